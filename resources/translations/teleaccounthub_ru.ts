<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>FormatText</name>
    <message>
        <source>{rounded} (exactly {exact})</source>
        <translation>{rounded} (точно {exact})</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
            <numerusform>%n мин назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
            <numerusform>%n ч назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Когда меняется язык</translation>
    </message>
    <message>
        <source>Menus, buttons and tables change at once; a message already on screen changes when it next updates.</source>
        <translation>Меню, кнопки и таблицы меняются сразу; сообщение, которое уже на экране, сменится при следующем обновлении.</translation>
    </message>
    <message>
        <source>Low-balance warning below</source>
        <translation>Предупреждать, если баланс ниже</translation>
    </message>
    <message>
        <source>Tell me when an order is ready or a watch alert comes in</source>
        <translation>Сообщать, когда заказ готов или сработало отслеживание</translation>
    </message>
    <message>
        <source>A message from the tray (or the status bar). Watch alerts are listed in View → Watch list and alerts either way.</source>
        <translation>Уведомление из трея (или в строке состояния). Срабатывания отслеживания в любом случае видны в меню Вид → Отслеживание и уведомления.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Auto-save folder</source>
        <translation>Папка для автосохранения</translation>
    </message>
    <message>
        <source>Ask where to save each ZIP</source>
        <translation>Спрашивать, куда сохранить каждый ZIP</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose the auto-save folder</source>
        <translation>Выбрать папку для автосохранения</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds, after a number</comment>
        <translation> с</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Обновлять каждые</translation>
    </message>
    <message>
        <source>Check watched products every</source>
        <translation>Проверять отслеживаемые товары каждые</translation>
    </message>
    <message>
        <source>Keep running in the tray when I close the window</source>
        <translation>Оставаться в трее при закрытии окна</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Оставаться в трее</translation>
    </message>
    <message>
        <source>What closing the window does</source>
        <translation>Что происходит при закрытии окна</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Warn when the balance is below:</source>
        <translation>Предупреждать, если баланс ниже:</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Уведомления:</translation>
    </message>
    <message>
        <source>Save finished ZIPs to:</source>
        <translation>Сохранять готовые ZIP в:</translation>
    </message>
    <message>
        <source>Refresh stock and balance every:</source>
        <translation>Обновлять наличие и баланс каждые:</translation>
    </message>
    <message>
        <source>Check watched products every:</source>
        <translation>Проверять отслеживаемые товары каждые:</translation>
    </message>
    <message>
        <source>Closing the window:</source>
        <translation>При закрытии окна:</translation>
    </message>
    <message>
        <source>Save finished ZIPs to</source>
        <translation>Сохранять готовые ZIP в</translation>
    </message>
    <message>
        <source>Your desktop shows no tray icons, so closing the window quits TeleAccountHub.</source>
        <translation>Ваш рабочий стол не показывает значки в трее, поэтому закрытие окна завершает TeleAccountHub.</translation>
    </message>
    <message>
        <source>When this is on, closing the window hides it: orders keep being followed and you are told when one is ready. Quit from the tray icon&apos;s menu or with File → Quit. When it is off, closing the window quits.</source>
        <translation>Когда включено, закрытие окна только скрывает его: заказы продолжают отслеживаться, и вы узнаете, когда заказ готов. Выйти можно из меню значка в трее или через Файл → Выход. Когда выключено, закрытие окна завершает программу.</translation>
    </message>
</context>
</TS>
