<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>CheckoutText</name>
    <message>
        <source>The purchase was sent, but the app could not read the store&apos;s answer, so it cannot tell whether the order was placed. It will not send it again. Your balance is being refreshed: if it went down, the order exists — use “Track order by id…” with the order id from the Telegram bot to follow it here. (What happened: {reason}.)</source>
        <translation>Покупка отправлена, но приложение не смогло прочитать ответ магазина и не знает, оформлен ли заказ. Повторно он отправлен не будет. Баланс обновляется: если он уменьшился, заказ есть — нажмите «Найти заказ по ID…» и введите ID заказа из Telegram-бота, чтобы следить за ним здесь. (Что произошло: {reason}.)</translation>
    </message>
    <message>
        <source>A purchase is being sent to the store. Wait for its answer.</source>
        <translation>Покупка отправляется в магазин. Дождитесь ответа.</translation>
    </message>
    <message>
        <source>Your last order was placed but is not saved on this computer yet. Read its message and close it first.</source>
        <translation>Последний заказ оформлен, но ещё не сохранён на этом компьютере. Сначала прочитайте сообщение о нём и закройте его.</translation>
    </message>
    <message>
        <source>The outcome of your last purchase is unknown. Read its message and close it before buying again.</source>
        <translation>Результат последней покупки неизвестен. Прочитайте сообщение о ней и закройте его, прежде чем покупать снова.</translation>
    </message>
    <message>
        <source>The store asked to wait before the next purchase: try again in {seconds} s.</source>
        <translation>Магазин просит подождать перед следующей покупкой: попробуйте снова через {seconds} с.</translation>
    </message>
    <message>
        <source>A checkout is already in progress.</source>
        <translation>Покупка уже выполняется.</translation>
    </message>
    <message>
        <source>Enter your API key to buy.</source>
        <translation>Чтобы покупать, введите API-ключ.</translation>
    </message>
    <message>
        <source>Nothing was bought: the purchase could not be written down on this computer first (is the disk full or read-only?). Free some space, then try again.</source>
        <translation>Ничего не куплено: не удалось сначала записать покупку на этом компьютере (диск заполнен или доступен только для чтения?). Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>an internal error ({name})</source>
        <translation>внутренняя ошибка ({name})</translation>
    </message>
    <message>
        <source>{name} is no longer available ({reason}). Nothing was bought; the category is being refreshed.</source>
        <translation>{name} больше нет в продаже ({reason}). Ничего не куплено; категория обновляется.</translation>
    </message>
    <message>
        <source>The store refused the API key. Nothing was bought. Enter a valid key, then buy again.</source>
        <translation>Магазин не принял API-ключ. Ничего не куплено. Введите действующий ключ и купите снова.</translation>
    </message>
    <message>
        <source>The store is receiving too many requests. Nothing was bought; you can try again when the countdown ends.</source>
        <translation>Магазин получает слишком много запросов. Ничего не куплено; попробуйте снова, когда закончится отсчёт.</translation>
    </message>
    <message>
        <source>The store rejected the order as invalid ({reason}). Nothing was bought.</source>
        <translation>Магазин отклонил заказ как неверный ({reason}). Ничего не куплено.</translation>
    </message>
    <message>
        <source>The store could not be reached ({reason}). Nothing was sent, so nothing was bought.</source>
        <translation>Не удалось связаться с магазином ({reason}). Ничего не отправлено, значит, ничего не куплено.</translation>
    </message>
    <message>
        <source>Order #{number} (id {order_id}) was placed and charged {charged}, but it could not be saved on this computer (is the disk full?). The app keeps it in memory and keeps trying to save it. Write the order id down: you can track it by id later. Do not buy it again.</source>
        <translation>Заказ №{number} (ID {order_id}) оформлен, списано {charged}, но сохранить его на этом компьютере не удалось (диск заполнен?). Приложение держит заказ в памяти и продолжает попытки сохранить его. Запишите ID заказа: позже его можно будет найти по ID. Не покупайте его снова.</translation>
    </message>
    <message>
        <source>Order #{number} placed: {count} × {name}, charged {charged}.</source>
        <translation>Заказ №{number} оформлен: {count} × {name}, списано {charged}.</translation>
    </message>
    <message>
        <source>Your balance is too low: this order costs {total} and you have {balance}. You need {missing} more. Nothing was bought. Top up in the Telegram bot or choose a smaller quantity.</source>
        <translation>Недостаточно средств: заказ стоит {total}, а на балансе {balance}. Не хватает {missing}. Ничего не куплено. Пополните баланс в Telegram-боте или уменьшите количество.</translation>
    </message>
    <message>
        <source>Your balance is too low for this order ({reason}). Nothing was bought.</source>
        <translation>На балансе недостаточно средств для этого заказа ({reason}). Ничего не куплено.</translation>
    </message>
    <message>
        <source>Buy {count} × {name} for {total}</source>
        <translation>Купить {count} × {name} за {total}</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Оформление покупки</translation>
    </message>
    <message>
        <source>Buy {name}</source>
        <translation>Покупка: {name}</translation>
    </message>
    <message>
        <source>Exactly {amount} per unit</source>
        <translation>Ровно {amount} за шт.</translation>
    </message>
    <message>
        <source>{count} in stock</source>
        <translation>{count} шт.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>What is wrong with the quantity</source>
        <translation>Что не так с количеством</translation>
    </message>
    <message>
        <source>Confirm purchase</source>
        <translation>Подтвердить покупку</translation>
    </message>
    <message>
        <source>Track order by id…</source>
        <translation>Найти заказ по ID…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>Цена за шт.:</translation>
    </message>
    <message>
        <source>Available:</source>
        <translation>В наличии:</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>Количество:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Итого:</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Баланс:</translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation>Баланс после:</translation>
    </message>
    <message>
        <source>{shown}  (exactly {exact})</source>
        <translation>{shown}  (ровно {exact})</translation>
    </message>
    <message>
        <source>Your balance is not known yet: the quantity is limited by stock only.</source>
        <translation>Баланс пока неизвестен: количество ограничено только наличием.</translation>
    </message>
    <message>
        <source>Your balance covers at most {count}.</source>
        <translation>Баланса хватит не больше чем на {count} шт.</translation>
    </message>
    <message>
        <source>This product is out of stock.</source>
        <translation>Этого товара нет в наличии.</translation>
    </message>
    <message>
        <source>At most {count}: only {count} in stock.</source>
        <translation>Не больше {count}: в наличии только {count} шт.</translation>
    </message>
    <message>
        <source>Your balance ({balance}) does not cover one unit. Top up in the Telegram bot.</source>
        <translation>Баланса ({balance}) не хватает даже на одну штуку. Пополните баланс в Telegram-боте.</translation>
    </message>
    <message>
        <source>At most {count}: your balance covers {count}.</source>
        <translation>Не больше {count}: баланса хватит только на {count} шт.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the balance</comment>
        <translation>неизвестен</translation>
    </message>
    <message>
        <source>Retry in {seconds} s</source>
        <translation>Повторить через {seconds} с</translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation>Покупка…</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Купить</translation>
    </message>
    <message>
        <source>This purchase is finished; close the dialog.</source>
        <translation>Эта покупка завершена; закройте окно.</translation>
    </message>
    <message>
        <source>Exactly {amount}</source>
        <translation>Ровно {amount}</translation>
    </message>
    <message>
        <source>Enter how many to buy (1 to {maximum}).</source>
        <translation>Введите количество (от 1 до {maximum}).</translation>
    </message>
    <message>
        <source>“{typed}” is not a whole number. Enter 1 to {maximum}.</source>
        <translation>«{typed}» — не целое число. Введите от 1 до {maximum}.</translation>
    </message>
    <message>
        <source>Buy at least 1 (you typed {typed}).</source>
        <translation>Купить можно не меньше 1 (вы ввели {typed}).</translation>
    </message>
</context>
<context>
    <name>DownloadText</name>
    <message>
        <source>The auto-save folder {folder} is not usable: {reason}</source>
        <translation>Папку для автосохранения {folder} нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>Enter your API key to download orders.</source>
        <translation>Чтобы скачивать заказы, введите API-ключ.</translation>
    </message>
    <message>
        <source>This order belongs to another account or store.</source>
        <translation>Этот заказ относится к другому аккаунту или магазину.</translation>
    </message>
    <message>
        <source>Order #{number} is not ready yet.</source>
        <translation>Заказ №{number} ещё не готов.</translation>
    </message>
    <message>
        <source>Order #{number} is already being saved.</source>
        <translation>Заказ №{number} уже сохраняется.</translation>
    </message>
    <message>
        <source>The API key changed before the order could be saved.</source>
        <translation>API-ключ сменился раньше, чем заказ удалось сохранить.</translation>
    </message>
    <message numerus="yes">
        <source>Order #{number} could not be saved automatically (%n attempt(s)): {reason} Use “Save…” to try again.</source>
        <translation>
            <numerusform>Заказ №{number} не удалось сохранить автоматически (%n попытка): {reason} Нажмите «Сохранить…», чтобы попробовать снова.</numerusform>
            <numerusform>Заказ №{number} не удалось сохранить автоматически (%n попытки): {reason} Нажмите «Сохранить…», чтобы попробовать снова.</numerusform>
            <numerusform>Заказ №{number} не удалось сохранить автоматически (%n попыток): {reason} Нажмите «Сохранить…», чтобы попробовать снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store refused the API key; enter a valid key.</source>
        <translation>Магазин не принял API-ключ; введите действующий ключ.</translation>
    </message>
    <message>
        <source>The download failed: {reason}</source>
        <translation>Скачивание не удалось: {reason}</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Не удалось сохранить файл: {reason}</translation>
    </message>
    <message>
        <source>The file could not be saved (an unexpected error).</source>
        <translation>Не удалось сохранить файл (непредвиденная ошибка).</translation>
    </message>
    <message>
        <source>The file could not be saved: the folder {folder} does not allow writing.</source>
        <translation>Не удалось сохранить файл: в папку {folder} запрещена запись.</translation>
    </message>
    <message>
        <source>The file could not be saved: the disk that holds {folder} is full.</source>
        <translation>Не удалось сохранить файл: диск с папкой {folder} заполнен.</translation>
    </message>
    <message>
        <source>The file could not be saved in {folder}: {reason}.</source>
        <translation>Не удалось сохранить файл в папке {folder}: {reason}.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{received} of {total}</source>
        <translation>{received} из {total}</translation>
    </message>
    <message>
        <source>{size}/s</source>
        <comment>a download&apos;s speed</comment>
        <translation>{size}/с</translation>
    </message>
    <message>
        <source>The folder {folder} no longer exists.</source>
        <translation>Папки {folder} больше нет.</translation>
    </message>
    <message>
        <source>{folder} could not be opened: no file manager answered.</source>
        <translation>Не удалось открыть {folder}: файловый менеджер не ответил.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Download of order {number}</source>
        <translation>Скачивание заказа №{number}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Download this order&apos;s ZIP again to the same file</source>
        <translation>Скачать ZIP этого заказа ещё раз в тот же файл</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Order #{number} saved</source>
        <translation>Заказ №{number} сохранён</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>a download</comment>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Order #{number} → {file}: not saved</source>
        <translation>Заказ №{number} → {file}: не сохранён</translation>
    </message>
    <message>
        <source>Order #{number} → {file}</source>
        <translation>Заказ №{number} → {file}</translation>
    </message>
    <message>
        <source>{reason} Nothing was left under {file}. Retry downloads it again.</source>
        <translation>{reason} Файл {file} не оставлен. «Повторить» скачает его заново.</translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message>
        <source>{amount} (exactly {exact})</source>
        <translation>{amount} (ровно {exact})</translation>
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
    <name>OrdersText</name>
    <message>
        <source>The file is missing: nothing is at {path} any more.</source>
        <translation>Файла нет: по пути {path} больше ничего нет.</translation>
    </message>
    <message>
        <source>The ZIP is readable and every file in it passes its check.</source>
        <translation>ZIP читается, и каждый файл в нём проходит проверку.</translation>
    </message>
    <message>
        <source>The file is the one that was saved (same SHA-256), and every file in it passes its check.</source>
        <translation>Это тот самый сохранённый файл (SHA-256 совпадает), и каждый файл в нём проходит проверку.</translation>
    </message>
    <message>
        <source>The file was changed since it was saved (it is {now} bytes, it was {then}). It is still a readable ZIP, but not the one the store sent: save it again.</source>
        <translation>Файл изменился после сохранения (сейчас в нём {now} байт, было {then}). Это по-прежнему читаемый ZIP, но не тот, что прислал магазин: сохраните его ещё раз.</translation>
    </message>
    <message>
        <source>The file was changed since it was saved (it is {now} bytes, it was {then}). It is no longer a readable ZIP: save it again.</source>
        <translation>Файл изменился после сохранения (сейчас в нём {now} байт, было {then}). Это больше не читаемый ZIP: сохраните его ещё раз.</translation>
    </message>
    <message>
        <source>The file was changed since it was saved (its SHA-256 is not the one recorded). It is still a readable ZIP, but not the one the store sent: save it again.</source>
        <translation>Файл изменился после сохранения (его SHA-256 не совпадает с записанным). Это по-прежнему читаемый ZIP, но не тот, что прислал магазин: сохраните его ещё раз.</translation>
    </message>
    <message>
        <source>The file was changed since it was saved (its SHA-256 is not the one recorded). It is no longer a readable ZIP: save it again.</source>
        <translation>Файл изменился после сохранения (его SHA-256 не совпадает с записанным). Это больше не читаемый ZIP: сохраните его ещё раз.</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Файл не читается: {reason}.</translation>
    </message>
    <message>
        <source>The file is not a valid ZIP archive; save it again.</source>
        <translation>Файл не является исправным ZIP-архивом; сохраните его ещё раз.</translation>
    </message>
    <message>
        <source>The file is not a valid ZIP archive: {name} is damaged; save it again.</source>
        <translation>Файл не является исправным ZIP-архивом: {name} повреждён; сохраните его ещё раз.</translation>
    </message>
    <message>
        <source>The file is not there any more.</source>
        <translation>Файла больше нет на месте.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of the archive could be listed, so its items cannot be counted against the %Ln ordered.</source>
        <translation>
            <numerusform>Прочитать удалось только часть архива, поэтому его содержимое нельзя сверить с заказом (%Ln шт.).</numerusform>
            <numerusform>Прочитать удалось только часть архива, поэтому его содержимое нельзя сверить с заказом (%Ln шт.).</numerusform>
            <numerusform>Прочитать удалось только часть архива, поэтому его содержимое нельзя сверить с заказом (%Ln шт.).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %Ln ordered, in {folder}/</source>
        <translation>
            <numerusform>Заказано %Ln, в архиве %Ln — всё на месте (папка {folder}/)</numerusform>
            <numerusform>Заказано %Ln, в архиве %Ln — всё на месте (папка {folder}/)</numerusform>
            <numerusform>Заказано %Ln, в архиве %Ln — всё на месте (папка {folder}/)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %Ln ordered</source>
        <translation>
            <numerusform>Заказано %Ln, в архиве %Ln — всё на месте</numerusform>
            <numerusform>Заказано %Ln, в архиве %Ln — всё на месте</numerusform>
            <numerusform>Заказано %Ln, в архиве %Ln — всё на месте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %Ln item file(s) but 1 was ordered: they cannot be matched one to one. Look inside before you use them.</source>
        <translation>
            <numerusform>В архиве %Ln файл с товаром, а заказана 1 шт.: их нельзя сопоставить один к одному. Загляните внутрь, прежде чем ими пользоваться.</numerusform>
            <numerusform>В архиве %Ln файла с товаром, а заказана 1 шт.: их нельзя сопоставить один к одному. Загляните внутрь, прежде чем ими пользоваться.</numerusform>
            <numerusform>В архиве %Ln файлов с товаром, а заказана 1 шт.: их нельзя сопоставить один к одному. Загляните внутрь, прежде чем ими пользоваться.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %Ln item file(s) but {quantity} were ordered: they cannot be matched one to one. Look inside before you use them.</source>
        <translation>
            <numerusform>В архиве %Ln файл с товаром, а заказано {quantity} шт.: их нельзя сопоставить один к одному. Загляните внутрь, прежде чем ими пользоваться.</numerusform>
            <numerusform>В архиве %Ln файла с товаром, а заказано {quantity} шт.: их нельзя сопоставить один к одному. Загляните внутрь, прежде чем ими пользоваться.</numerusform>
            <numerusform>В архиве %Ln файлов с товаром, а заказано {quantity} шт.: их нельзя сопоставить один к одному. Загляните внутрь, прежде чем ими пользоваться.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not a ZIP archive (it has no table of contents).</source>
        <translation>Файл не является ZIP-архивом (в нём нет оглавления).</translation>
    </message>
    <message>
        <source>The archive&apos;s table of contents is damaged.</source>
        <translation>Оглавление архива повреждено.</translation>
    </message>
    <message numerus="yes">
        <source>The archive claims %Ln entries, more than its table of contents can hold.</source>
        <translation>
            <numerusform>Архив заявляет %Ln запись — больше, чем вмещает его оглавление.</numerusform>
            <numerusform>Архив заявляет %Ln записи — больше, чем вмещает его оглавление.</numerusform>
            <numerusform>Архив заявляет %Ln записей — больше, чем вмещает его оглавление.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive&apos;s table of contents is too large to list in full; the first %Ln entries are shown.</source>
        <translation>
            <numerusform>Оглавление архива слишком велико, чтобы показать его целиком; показана первая %Ln запись.</numerusform>
            <numerusform>Оглавление архива слишком велико, чтобы показать его целиком; показаны первые %Ln записи.</numerusform>
            <numerusform>Оглавление архива слишком велико, чтобы показать его целиком; показаны первые %Ln записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive&apos;s table of contents is damaged after %Ln entries.</source>
        <translation>
            <numerusform>Оглавление архива повреждено после %Ln записи.</numerusform>
            <numerusform>Оглавление архива повреждено после %Ln записей.</numerusform>
            <numerusform>Оглавление архива повреждено после %Ln записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>unpacks to over a thousand times its packed size</source>
        <comment>a file in a ZIP</comment>
        <translation>при распаковке становится больше сжатого в тысячу с лишним раз</translation>
    </message>
    <message>
        <source>its name is not valid text</source>
        <comment>a file in a ZIP</comment>
        <translation>имя не является допустимым текстом</translation>
    </message>
    <message>
        <source>its name contains a NUL character</source>
        <comment>a file in a ZIP</comment>
        <translation>в имени есть нулевой символ</translation>
    </message>
    <message>
        <source>its name contains control characters</source>
        <comment>a file in a ZIP</comment>
        <translation>в имени есть управляющие символы</translation>
    </message>
    <message>
        <source>its name contains characters that reverse the text direction</source>
        <comment>a file in a ZIP</comment>
        <translation>в имени есть символы, меняющие направление текста</translation>
    </message>
    <message>
        <source>it has an absolute path</source>
        <comment>a file in a ZIP</comment>
        <translation>указан абсолютный путь</translation>
    </message>
    <message>
        <source>its name contains a backslash</source>
        <comment>a file in a ZIP</comment>
        <translation>в имени есть обратная косая черта</translation>
    </message>
    <message>
        <source>its path goes up out of the folder (..)</source>
        <comment>a file in a ZIP</comment>
        <translation>путь выходит за пределы папки (..)</translation>
    </message>
    <message>
        <source>it has no name</source>
        <comment>a file in a ZIP</comment>
        <translation>нет имени</translation>
    </message>
    <message>
        <source>The store refuses access to this order (403). It is no longer checked. “Check now” asks again.</source>
        <translation>Магазин запрещает доступ к этому заказу (403). Он больше не проверяется. «Проверить сейчас» спросит снова.</translation>
    </message>
    <message>
        <source>The store does not know order {order_id} ({status}). It is no longer checked. “Check now” asks again.</source>
        <translation>Магазин не знает заказ с ID {order_id} ({status}). Он больше не проверяется. «Проверить сейчас» спросит снова.</translation>
    </message>
    <message>
        <source>The store&apos;s answer about order {order_id} could not be read or stored. It is checked again later.</source>
        <translation>Не удалось прочитать или сохранить ответ магазина о заказе с ID {order_id}. Он будет проверен ещё раз позже.</translation>
    </message>
    <message>
        <source>Enter your API key to track orders.</source>
        <translation>Чтобы следить за заказами, введите API-ключ.</translation>
    </message>
    <message>
        <source>The API key changed while the order was being looked up.</source>
        <translation>API-ключ сменился, пока искался заказ.</translation>
    </message>
    <message>
        <source>Checking orders failed unexpectedly ({name}); it is tried again.</source>
        <translation>Проверка заказов неожиданно не удалась ({name}); она будет повторена.</translation>
    </message>
    <message>
        <source>Buying order #{number} again.</source>
        <translation>Повторная покупка заказа №{number}.</translation>
    </message>
    <message>
        <source>Now listed as “{name}”.</source>
        <translation>Теперь называется «{name}».</translation>
    </message>
    <message>
        <source>Price now {price} (what the order cost is not known here).</source>
        <translation>Цена сейчас {price} (сколько стоил заказ, здесь неизвестно).</translation>
    </message>
    <message>
        <source>Price now {price} (was {paid}).</source>
        <translation>Цена сейчас {price} (была {paid}).</translation>
    </message>
    <message>
        <source>Same price as then: {price}.</source>
        <translation>Цена та же: {price}.</translation>
    </message>
    <message>
        <source>Sold out now.</source>
        <translation>Сейчас нет в наличии.</translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln item(s) in stock now.</source>
        <translation>
            <numerusform>Сейчас в наличии только %Ln шт.</numerusform>
            <numerusform>Сейчас в наличии только %Ln шт.</numerusform>
            <numerusform>Сейчас в наличии только %Ln шт.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is no longer listed by the store, so it cannot be bought again. Nothing was opened.</source>
        <translation>«{name}» больше нет в магазине, поэтому купить его снова нельзя. Ничего не открыто.</translation>
    </message>
    <message>
        <source>Order #{number} was placed elsewhere, so its category is not known here: find “{name}” in the catalog to buy it again.</source>
        <translation>Заказ №{number} оформлен не здесь, поэтому его категория неизвестна: найдите «{name}» в каталоге, чтобы купить снова.</translation>
    </message>
    <message>
        <source>Another account is in use now, so the checkout was closed without buying. Open it again to buy with this account.</source>
        <translation>Теперь используется другой аккаунт, поэтому окно покупки закрыто без покупки. Откройте его снова, чтобы купить с этого аккаунта.</translation>
    </message>
    <message>
        <source>Orders summary</source>
        <translation>Сводка по заказам</translation>
    </message>
    <message>
        <source>Looking up today&apos;s price of “{name}”…</source>
        <translation>Узнаём сегодняшнюю цену «{name}»…</translation>
    </message>
    <message>
        <source>Today&apos;s price could not be read, so nothing was opened: {reason}</source>
        <translation>Не удалось узнать сегодняшнюю цену, поэтому ничего не открыто: {reason}</translation>
    </message>
    <message>
        <source>Save order #{number}</source>
        <translation>Сохранить заказ №{number}</translation>
    </message>
    <message>
        <source>ZIP archives ({pattern})</source>
        <translation>ZIP-архивы ({pattern})</translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation>Экспорт заказов в CSV</translation>
    </message>
    <message>
        <source>Enter your API key to export its orders.</source>
        <translation>Чтобы экспортировать заказы, введите API-ключ.</translation>
    </message>
    <message>
        <source>The orders could not be exported: {reason}</source>
        <translation>Не удалось экспортировать заказы: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to {path}.</source>
        <translation>
            <numerusform>Экспортирован %Ln заказ в {path}.</numerusform>
            <numerusform>Экспортировано %Ln заказа в {path}.</numerusform>
            <numerusform>Экспортировано %Ln заказов в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notice could not be dismissed: the order book cannot be written.</source>
        <translation>Не удалось скрыть уведомление: журнал заказов недоступен для записи.</translation>
    </message>
    <message>
        <source>Found by tracking the order by id.</source>
        <translation>Найден по ID заказа.</translation>
    </message>
    <message>
        <source>Order #{number} (id {order_id}) was already in your order list; it is selected and was checked again.</source>
        <translation>Заказ №{number} (ID {order_id}) уже был в вашем списке заказов; он выделен и проверен ещё раз.</translation>
    </message>
    <message>
        <source>Order #{number} (id {order_id}) is now in your order list.</source>
        <translation>Заказ №{number} (ID {order_id}) теперь в вашем списке заказов.</translation>
    </message>
    <message>
        <source>Order #{number} saved to {path}.</source>
        <translation>Заказ №{number} сохранён в {path}.</translation>
    </message>
    <message>
        <source>Asking the store about order #{number} now…</source>
        <translation>Спрашиваем магазин о заказе №{number}…</translation>
    </message>
    <message>
        <source>Order #{number} is ready ({account})</source>
        <translation>Заказ №{number} готов ({account})</translation>
    </message>
    <message>
        <source>Order #{number} is ready</source>
        <translation>Заказ №{number} готов</translation>
    </message>
    <message>
        <source>{count} × {name} — save the ZIP from the order list.</source>
        <translation>{count} × {name} — сохраните ZIP из списка заказов.</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Выберите заказ, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Not recorded (saved by an earlier version of the app)</source>
        <translation>Не записано (сохранено прежней версией приложения)</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>an order&apos;s ZIP</comment>
        <translation>Сохранён</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Подробности заказа</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>Order id (API)</source>
        <translation>ID заказа (API)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Оформлен</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>when the order was completed</comment>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>when the ZIP was saved</comment>
        <translation>Сохранён</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Сохранён в</translation>
    </message>
    <message>
        <source>Where the file was saved</source>
        <translation>Куда сохранён файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256 of the saved file</source>
        <translation>SHA-256 сохранённого файла</translation>
    </message>
    <message>
        <source>File check</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Entries in the archive</source>
        <translation>Записи в архиве</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Check the saved file against its recorded SHA-256 and the ZIP&apos;s own checksums</source>
        <translation>Сверить сохранённый файл с записанным SHA-256 и контрольными суммами самого ZIP</translation>
    </message>
    <message>
        <source>Files in the ZIP</source>
        <translation>Файлы в ZIP</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Copy order number</source>
        <translation>Копировать номер</translation>
    </message>
    <message>
        <source>Buy again…</source>
        <translation>Купить снова…</translation>
    </message>
    <message>
        <source>Open the checkout with the same product and quantity at today&apos;s price</source>
        <translation>Открыть покупку того же товара в том же количестве по сегодняшней цене</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
    <message>
        <source>Order details status</source>
        <translation>Состояние подробностей заказа</translation>
    </message>
    <message>
        <source>Save again…</source>
        <translation>Сохранить ещё раз…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранён.</translation>
    </message>
    <message>
        <source>Checked when it was saved; “Verify again” checks it now.</source>
        <translation>Проверен при сохранении; «Проверить снова» проверит его сейчас.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Проверяем файл…</translation>
    </message>
    <message>
        <source>Order #{number}</source>
        <translation>Заказ №{number}</translation>
    </message>
    <message>
        <source>Not known (the order was placed elsewhere)</source>
        <translation>Неизвестно (заказ оформлен не здесь)</translation>
    </message>
    <message>
        <source>{amount} (the store says {display})</source>
        <translation>{amount} (по данным магазина {display})</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранён</translation>
    </message>
    <message numerus="yes">
        <source>{size} (%Ln byte(s))</source>
        <translation>
            <numerusform>{size} (%Ln байт)</numerusform>
            <numerusform>{size} (%Ln байта)</numerusform>
            <numerusform>{size} (%Ln байт)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) ordered</source>
        <translation>
            <numerusform>Заказано: %Ln шт.</numerusform>
            <numerusform>Заказано: %Ln шт.</numerusform>
            <numerusform>Заказано: %Ln шт.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the archive&apos;s table of contents…</source>
        <translation>Читаем оглавление архива…</translation>
    </message>
    <message>
        <source>The contents cannot be shown: {reason}</source>
        <translation>Содержимое показать не удалось: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dangerous name(s): do not unpack this archive with another program before you look at it.</source>
        <translation>
            <numerusform>%Ln опасное имя: не распаковывайте этот архив другой программой, пока не посмотрите, что в нём.</numerusform>
            <numerusform>%Ln опасных имени: не распаковывайте этот архив другой программой, пока не посмотрите, что в нём.</numerusform>
            <numerusform>%Ln опасных имён: не распаковывайте этот архив другой программой, пока не посмотрите, что в нём.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more not listed.</source>
        <comment>entries of the archive</comment>
        <translation>
            <numerusform>… и ещё %Ln запись не показана.</numerusform>
            <numerusform>… и ещё %Ln записи не показаны.</numerusform>
            <numerusform>… и ещё %Ln записей не показано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries in the archive: {count}.</source>
        <translation>Записей в архиве: {count}.</translation>
    </message>
    <message>
        <source>Order #</source>
        <translation>№ заказа</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>the order&apos;s id in the store&apos;s API</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Qty</source>
        <comment>quantity, a short column header</comment>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Результат неизвестен</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>an order no longer checked</comment>
        <translation>Остановлен</translation>
    </message>
    <message>
        <source>Answer unreadable</source>
        <translation>Ответ не прочитан</translation>
    </message>
    <message>
        <source>Processing · {elapsed}</source>
        <translation>В обработке · {elapsed}</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>an order</comment>
        <translation>Готов</translation>
    </message>
    <message>
        <source>The app closed while this purchase was being sent.</source>
        <translation>Приложение закрылось, пока покупка отправлялась.</translation>
    </message>
    <message>
        <source>The app cannot tell whether this purchase of {count} × {name} went through. {why}
If your balance went down, track the order by id; otherwise dismiss it (right-click).</source>
        <translation>Приложение не знает, прошла ли покупка {count} × {name}. {why}
Если баланс уменьшился, найдите заказ по ID; если нет — скройте эту строку (правый щелчок).</translation>
    </message>
    <message>
        <source>Order #{number}; the store&apos;s API knows it as id {order_id} (use the id with “Track order by id…”)</source>
        <translation>Заказ №{number}; в API магазина у него ID {order_id} (введите этот ID в «Найти заказ по ID…»)</translation>
    </message>
    <message>
        <source>Charged exactly {amount}</source>
        <translation>Списано ровно {amount}</translation>
    </message>
    <message>
        <source>Placed {moment}</source>
        <translation>Оформлен {moment}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln байт</numerusform>
            <numerusform>%Ln байта</numerusform>
            <numerusform>%Ln байт</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed {moment}</source>
        <translation>Готов {moment}</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>an order&apos;s status</comment>
        <translation>В обработке</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>an order&apos;s status</comment>
        <translation>Готов</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>an order&apos;s status</comment>
        <translation>Не выполнен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>an order&apos;s status</comment>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>an order&apos;s status</comment>
        <translation>Деньги возвращены</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>an order&apos;s status</comment>
        <translation>Истёк</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>an order&apos;s status</comment>
        <translation>Отклонён</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) processing</source>
        <translation>
            <numerusform>%Ln заказ в обработке</numerusform>
            <numerusform>%Ln заказа в обработке</numerusform>
            <numerusform>%Ln заказов в обработке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) ready to save</source>
        <translation>
            <numerusform>%Ln заказ готов к сохранению</numerusform>
            <numerusform>%Ln заказа готовы к сохранению</numerusform>
            <numerusform>%Ln заказов готовы к сохранению</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) no longer checked</source>
        <translation>
            <numerusform>%Ln заказ больше не проверяется</numerusform>
            <numerusform>%Ln заказа больше не проверяются</numerusform>
            <numerusform>%Ln заказов больше не проверяются</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet.
Buy a product ({key}) and its order appears here at once. Orders placed in the Telegram bot or with curl can be added with “Track order by id…”.</source>
        <translation>Заказов пока нет.
Купите товар ({key}), и заказ сразу появится здесь. Заказы, оформленные в Telegram-боте или из командной строки, можно добавить кнопкой «Найти заказ по ID…».</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Track order by id…</source>
        <translation>Найти заказ по ID…</translation>
    </message>
    <message>
        <source>Dismiss: it did not go through</source>
        <translation>Скрыть: покупка не прошла</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Все заказы</translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation>Ваши заказы</translation>
    </message>
    <message>
        <source>Orders status</source>
        <translation>Состояние списка заказов</translation>
    </message>
    <message>
        <source>A purchase of {count} × {name} may have gone through at {moment}: the app closed before the store answered. It costs about {total}.</source>
        <translation>Покупка {count} × {name} могла пройти в {moment}: приложение закрылось раньше, чем ответил магазин. Её стоимость — около {total}.</translation>
    </message>
    <message>
        <source>Your balance was {before} then and is {now} now (down {change}): if that matches, the order exists — track it by id.</source>
        <translation>Тогда баланс был {before}, сейчас — {now} (меньше на {change}): если сумма совпадает, заказ есть — найдите его по ID.</translation>
    </message>
    <message>
        <source>Your balance was {before} then and is {now} now (not down): the purchase probably did not go through.</source>
        <translation>Тогда баланс был {before}, сейчас — {now} (не уменьшился): скорее всего, покупка не прошла.</translation>
    </message>
    <message>
        <source>Your balance was {before} then; the current balance is being fetched.</source>
        <translation>Тогда баланс был {before}; текущий баланс запрашивается.</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln more such purchase(s) in the order list.)</source>
        <translation>
            <numerusform>(Ещё %Ln такая покупка — в списке заказов.)</numerusform>
            <numerusform>(Ещё %Ln такие покупки — в списке заказов.)</numerusform>
            <numerusform>(Ещё %Ln таких покупок — в списке заказов.)</numerusform>
        </translation>
    </message>
    <message>
        <source>A purchase may have gone through</source>
        <translation>Покупка могла пройти</translation>
    </message>
    <message>
        <source>What may have happened</source>
        <translation>Что могло произойти</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>a notice</comment>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>It did not go through: remove this notice and its row</source>
        <translation>Покупка не прошла: убрать это уведомление и его строку</translation>
    </message>
    <message>
        <source>The store has no order with id {order_id} for this API key. Check the id — it is not the order number (#10094) but the id (74).</source>
        <translation>У магазина нет заказа с ID {order_id} для этого API-ключа. Проверьте ID — это не номер заказа (№10094), а его ID (74).</translation>
    </message>
    <message>
        <source>The store refused the API key. Enter a valid key, then try again.</source>
        <translation>Магазин не принял API-ключ. Введите действующий ключ и попробуйте снова.</translation>
    </message>
    <message>
        <source>The store is receiving too many requests. Try again in a few seconds.</source>
        <translation>Магазин получает слишком много запросов. Попробуйте снова через несколько секунд.</translation>
    </message>
    <message>
        <source>The store could not be reached: {reason}</source>
        <translation>Не удалось связаться с магазином: {reason}</translation>
    </message>
    <message>
        <source>The order could not be looked up: {reason}</source>
        <translation>Не удалось найти заказ: {reason}</translation>
    </message>
    <message>
        <source>Enter the order id (for example 74).</source>
        <translation>Введите ID заказа (например, 74).</translation>
    </message>
    <message>
        <source>“{typed}” is not an order id. An order id is a whole number, like 74.</source>
        <translation>«{typed}» — не ID заказа. ID заказа — целое число, например 74.</translation>
    </message>
    <message>
        <source>Ids start at 1.</source>
        <translation>ID начинаются с 1.</translation>
    </message>
    <message>
        <source>Order #{number} is order id {order_id}.</source>
        <translation>У заказа №{number} ID {order_id}.</translation>
    </message>
    <message>
        <source>Order #{number} is not in your order list, so its id is not known here. The store&apos;s API needs the order&apos;s id (for example 74), which the Telegram bot shows with the order; the order number (#10094) cannot be looked up.</source>
        <translation>Заказа №{number} нет в вашем списке, поэтому его ID здесь неизвестен. API магазина нужен ID заказа (например, 74) — Telegram-бот показывает его вместе с заказом; по номеру заказа (№10094) найти нельзя.</translation>
    </message>
    <message>
        <source>Track order by id</source>
        <translation>Найти заказ по ID</translation>
    </message>
    <message>
        <source>Add an order placed in the Telegram bot, with curl or when the app could not tell whether a purchase went through. Enter the order&apos;s id (for example 74). An order number (for example #10094) works only for orders already in your list.</source>
        <translation>Добавьте заказ, оформленный в Telegram-боте, из командной строки или когда приложение не смогло понять, прошла ли покупка. Введите ID заказа (например, 74). Номер заказа (например, №10094) подходит только для заказов, которые уже есть в вашем списке.</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID заказа</translation>
    </message>
    <message>
        <source>Track</source>
        <comment>a button: look the order up</comment>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Order id:</source>
        <translation>ID заказа:</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a file</comment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Do not unpack this archive with another program before you look at it: {problems}</source>
        <translation>Не распаковывайте этот архив другой программой, пока не посмотрите, что в нём: {problems}</translation>
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
