<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>AccountKeyText</name>
    <message numerus="yes">
        <source>This is %Ln character(s) long; an API key is much shorter.</source>
        <translation>
            <numerusform>Здесь %Ln символ, а API-ключ гораздо короче.</numerusform>
            <numerusform>Здесь %Ln символа, а API-ключ гораздо короче.</numerusform>
            <numerusform>Здесь %Ln символов, а API-ключ гораздо короче.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key contains spaces or characters an API key cannot have; paste it again.</source>
        <translation>В ключе есть пробелы или символы, которых не бывает в API-ключе; вставьте его ещё раз.</translation>
    </message>
    <message>
        <source>An API key cannot be empty.</source>
        <translation>API-ключ не может быть пустым.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Дайте аккаунту название.</translation>
    </message>
    <message>
        <source>The name looks like an API key; paste the key in the key field.</source>
        <translation>Название похоже на API-ключ; вставьте ключ в поле для ключа.</translation>
    </message>
    <message>
        <source>this session only (not saved)</source>
        <translation>только на этот сеанс (не сохранено)</translation>
    </message>
    <message>
        <source>Cannot read the API key: this computer has no system keyring that this app can use (such as {examples}). The key can be kept for this session only.</source>
        <translation>Не удалось прочитать API-ключ: на этом компьютере нет системного хранилища паролей, с которым может работать программа (например, {examples}). Ключ можно хранить только до конца сеанса.</translation>
    </message>
    <message>
        <source>Cannot delete the API key: this computer has no system keyring that this app can use (such as {examples}). The key can be kept for this session only.</source>
        <translation>Не удалось удалить API-ключ: на этом компьютере нет системного хранилища паролей, с которым может работать программа (например, {examples}). Ключ можно хранить только до конца сеанса.</translation>
    </message>
    <message>
        <source>Cannot save the API key: this computer has no system keyring that this app can use (such as {examples}). The key can be kept for this session only.</source>
        <translation>Не удалось сохранить API-ключ: на этом компьютере нет системного хранилища паролей, с которым может работать программа (например, {examples}). Ключ можно хранить только до конца сеанса.</translation>
    </message>
    <message>
        <source>Cannot read the API key: the system keyring ({keyring}) failed: {detail}</source>
        <translation>Не удалось прочитать API-ключ: ошибка системного хранилища паролей ({keyring}): {detail}</translation>
    </message>
    <message>
        <source>Cannot delete the API key: the system keyring ({keyring}) failed: {detail}</source>
        <translation>Не удалось удалить API-ключ: ошибка системного хранилища паролей ({keyring}): {detail}</translation>
    </message>
    <message>
        <source>Cannot save the API key: the system keyring ({keyring}) failed: {detail}</source>
        <translation>Не удалось сохранить API-ключ: ошибка системного хранилища паролей ({keyring}): {detail}</translation>
    </message>
    <message>
        <source>The system keyring failed: {reason}</source>
        <translation>Ошибка системного хранилища паролей: {reason}</translation>
    </message>
</context>
<context>
    <name>AccountText</name>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Key kept</source>
        <comment>the column saying where the API key is kept</comment>
        <translation>Где хранится ключ</translation>
    </message>
    <message>
        <source>✓ In use</source>
        <translation>✓ Используется</translation>
    </message>
    <message>
        <source>Key could not be read from the keyring</source>
        <translation>Не удалось прочитать ключ из хранилища паролей</translation>
    </message>
    <message>
        <source>Double-click to use this account; F2 to rename it</source>
        <translation>Двойной щелчок — перейти на этот аккаунт; F2 — переименовать</translation>
    </message>
    <message>
        <source>The new name could not be saved: {reason}</source>
        <translation>Не удалось сохранить новое название: {reason}</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Нет аккаунта</translation>
    </message>
    <message>
        <source>There is no account {number}.</source>
        <translation>Аккаунта № {number} нет.</translation>
    </message>
    <message>
        <source>Using the account “{name}”.</source>
        <translation>Используется аккаунт «{name}».</translation>
    </message>
    <message>
        <source>The account in use: click to switch (Ctrl+1 … Ctrl+9)</source>
        <translation>Текущий аккаунт: нажмите, чтобы сменить (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Управление аккаунтами…</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Добавить аккаунт…</translation>
    </message>
    <message>
        <source>Account in use: {name}</source>
        <translation>Текущий аккаунт: {name}</translation>
    </message>
    <message numerus="yes">
        <source>Get a key in the store&apos;s Telegram bot: {menu}. It starts with {prefix}.</source>
        <comment>menu: the bot&apos;s buttons; prefix: how a key begins</comment>
        <translation>
            <numerusform>Ключ выдаёт Telegram-бот магазина: {menu}. Ключ начинается с {prefix}.</numerusform>
            <numerusform>Ключ выдаёт Telegram-бот магазина: {menu}. Ключ начинается с {prefix}.</numerusform>
            <numerusform>Ключ выдаёт Telegram-бот магазина: {menu}. Ключ начинается с {prefix}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts and API keys</source>
        <translation>Аккаунты и API-ключи</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Use the selected account</source>
        <translation>Перейти на выбранный аккаунт</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Переи&amp;меновать</translation>
    </message>
    <message>
        <source>Rename the account</source>
        <translation>Переименовать аккаунт</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <comment>test the selected account&apos;s key</comment>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Fetch the balance with the account&apos;s key</source>
        <translation>Запросить баланс по ключу этого аккаунта</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove the selected account</source>
        <translation>Удалить выбранный аккаунт</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>Пр&amp;оверить ключ</translation>
    </message>
    <message>
        <source>Fetch the balance with it</source>
        <translation>Запросить баланс по этому ключу</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Добавить аккаунт</translation>
    </message>
    <message>
        <source>Test the key, then keep it as an account</source>
        <translation>Проверить ключ и сохранить его как аккаунт</translation>
    </message>
    <message>
        <source>Use the &amp;demo keys</source>
        <translation>Вернуть д&amp;емо-ключи</translation>
    </message>
    <message>
        <source>Bring back the sandbox&apos;s demo accounts</source>
        <translation>Вернуть демо-аккаунты песочницы</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Добавить аккаунт</translation>
    </message>
    <message>
        <source>Where to get the key</source>
        <translation>Где взять ключ</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Название аккаунта</translation>
    </message>
    <message>
        <source>e.g. Team wallet (optional)</source>
        <translation>например, Общий кошелёк (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>✓ “{name}” is in use now.</source>
        <translation>✓ Теперь используется «{name}».</translation>
    </message>
    <message>
        <source>✗ The key of this account could not be read from the system keyring. Remove it and add its key again.</source>
        <translation>✗ Не удалось прочитать ключ этого аккаунта из системного хранилища паролей. Удалите аккаунт и добавьте его ключ заново.</translation>
    </message>
    <message>
        <source>✗ {reason}</source>
        <translation>✗ {reason}</translation>
    </message>
    <message>
        <source>Testing the account&apos;s key…</source>
        <translation>Проверяем ключ аккаунта…</translation>
    </message>
    <message>
        <source>✓ The key works. Balance: {balance}</source>
        <translation>✓ Ключ работает. Баланс: {balance}</translation>
    </message>
    <message>
        <source>Remove the account?</source>
        <translation>Удалить аккаунт?</translation>
    </message>
    <message>
        <source>Remove “{name}” and forget its API key?</source>
        <translation>Удалить «{name}» и забыть его API-ключ?</translation>
    </message>
    <message>
        <source>Remove this account and forget its API key?</source>
        <translation>Удалить этот аккаунт и забыть его API-ключ?</translation>
    </message>
    <message>
        <source>Its orders stay on this computer and show again if you add the same key later.</source>
        <translation>Его заказы останутся на этом компьютере и снова появятся, если позже добавить тот же ключ.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Удаляем…</translation>
    </message>
    <message>
        <source>✓ Using the demo key (“{name}”).</source>
        <translation>✓ Используется демо-ключ («{name}»).</translation>
    </message>
    <message>
        <source>Testing the key…</source>
        <translation>Проверяем ключ…</translation>
    </message>
    <message>
        <source>✓ {result} You can add it now.</source>
        <translation>✓ {result} Теперь его можно добавить.</translation>
    </message>
    <message>
        <source>✗ {reason} It cannot be added.</source>
        <translation>✗ {reason} Добавить его нельзя.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохраняем…</translation>
    </message>
    <message>
        <source>✗ {reason} It was not added.</source>
        <translation>✗ {reason} Ключ не добавлен.</translation>
    </message>
    <message>
        <source>Add the key without testing it?</source>
        <translation>Добавить ключ без проверки?</translation>
    </message>
    <message>
        <source>The store could not be reached, so this key is not tested.</source>
        <translation>Не удалось связаться с магазином, поэтому ключ не проверен.</translation>
    </message>
    <message>
        <source>Add it anyway? If the store refuses it later, the window will say so.</source>
        <translation>Всё равно добавить? Если магазин потом его отклонит, программа сообщит об этом.</translation>
    </message>
    <message>
        <source>Add untested</source>
        <translation>Добавить без проверки</translation>
    </message>
    <message>
        <source>✓ {result} It is in use now.</source>
        <translation>✓ {result} Теперь он используется.</translation>
    </message>
    <message>
        <source>✓ {result} It is in use now. It is not tested yet.</source>
        <translation>✓ {result} Теперь он используется. Ключ ещё не проверен.</translation>
    </message>
    <message>
        <source>⚠ {result} It is in use now.</source>
        <translation>⚠ {result} Теперь он используется.</translation>
    </message>
    <message>
        <source>⚠ {result} It is in use now. It is not tested yet.</source>
        <translation>⚠ {result} Теперь он используется. Ключ ещё не проверен.</translation>
    </message>
    <message>
        <source>The key works. Balance: {balance}.</source>
        <translation>Ключ работает. Баланс: {balance}.</translation>
    </message>
    <message>
        <source>The store refused it.</source>
        <translation>Магазин его отклонил.</translation>
    </message>
    <message>
        <source>The store refused this key: {reason}.</source>
        <translation>Магазин отклонил этот ключ: {reason}.</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>the typed key</comment>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>the typed key</comment>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Скрыть ключ</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Показать ключ</translation>
    </message>
    <message>
        <source>The store refused this key: edit it or paste another one</source>
        <translation>Магазин отклонил этот ключ: исправьте его или вставьте другой</translation>
    </message>
    <message>
        <source>⚠ The key could not be tested: {reason}</source>
        <translation>⚠ Не удалось проверить ключ: {reason}</translation>
    </message>
    <message>
        <source>Set API key…</source>
        <translation>Указать API-ключ…</translation>
    </message>
    <message>
        <source>Balance …</source>
        <comment>the balance is being fetched</comment>
        <translation>Баланс …</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>The store refused the API key: enter a valid one</source>
        <translation>Магазин отклонил API-ключ: введите действующий</translation>
    </message>
    <message>
        <source>Enter your API key to see your balance and buy</source>
        <translation>Введите API-ключ, чтобы видеть баланс и делать покупки</translation>
    </message>
    <message>
        <source>Your balance is below {threshold}: top up in the Telegram bot. (The threshold is in Settings.)</source>
        <translation>Баланс ниже {threshold}: пополните его в Telegram-боте. (Порог задаётся в настройках.)</translation>
    </message>
    <message>
        <source>Your wallet balance (refreshed periodically)</source>
        <translation>Баланс кошелька (обновляется периодически)</translation>
    </message>
</context>
<context>
    <name>ApiText</name>
    <message>
        <source>The store&apos;s answer was too large (over {size}); it was not read.</source>
        <translation>Ответ магазина слишком большой (больше {size}); он не прочитан.</translation>
    </message>
    <message>
        <source>{count} MiB</source>
        <translation>{count} МиБ</translation>
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
        <source>The store did not answer the purchase within {seconds}.</source>
        <translation>Магазин не ответил на покупку за {seconds}.</translation>
    </message>
    <message>
        <source>Could not reach the store within {seconds}; the purchase was not sent.</source>
        <translation>Не удалось связаться с магазином за {seconds}; покупка не отправлена.</translation>
    </message>
    <message>
        <source>The store answered HTTP {status} to the purchase.</source>
        <translation>На покупку магазин ответил HTTP {status}.</translation>
    </message>
    <message>
        <source>The connection failed after the purchase was sent ({reason}).</source>
        <translation>Соединение прервалось уже после отправки покупки ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>No API key is set. Enter the API key from the store&apos;s Telegram bot ({menu}).</source>
        <comment>menu: the bot&apos;s own button names</comment>
        <translation>
            <numerusform>API-ключ не указан. Введите API-ключ из Telegram-бота магазина ({menu}).</numerusform>
            <numerusform>API-ключ не указан. Введите API-ключ из Telegram-бота магазина ({menu}).</numerusform>
            <numerusform>API-ключ не указан. Введите API-ключ из Telegram-бота магазина ({menu}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key contains spaces or characters an API key cannot have; paste it again.</source>
        <translation>В API-ключе есть пробелы или символы, которых в нём не бывает; вставьте его ещё раз.</translation>
    </message>
    <message>
        <source>The store did not answer within {seconds}.</source>
        <translation>Магазин не ответил за {seconds}.</translation>
    </message>
    <message>
        <source>The download stalled: no data for {seconds}.</source>
        <translation>Скачивание застряло: данных нет уже {seconds}.</translation>
    </message>
    <message>
        <source>{reason} The purchase may or may not have gone through: check the balance and the order list before buying again.</source>
        <translation>{reason} Покупка могла пройти, а могла и нет: проверьте баланс и список заказов, прежде чем покупать снова.</translation>
    </message>
    <message>
        <source>The store&apos;s answer to the purchase could not be read ({reason}).</source>
        <translation>Не удалось прочитать ответ магазина на покупку ({reason}).</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds, after a number</comment>
        <translation>{seconds} с</translation>
    </message>
    <message>
        <source>The category id must be a whole number of at least {minimum}, not {value}.</source>
        <translation>Номер категории должен быть целым числом не меньше {minimum}, а не {value}.</translation>
    </message>
    <message>
        <source>The order id must be a whole number of at least {minimum}, not {value}.</source>
        <translation>Номер заказа должен быть целым числом не меньше {minimum}, а не {value}.</translation>
    </message>
    <message>
        <source>The product id must be a whole number of at least {minimum}, not {value}.</source>
        <translation>Номер товара должен быть целым числом не меньше {minimum}, а не {value}.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least {minimum}, not {value}.</source>
        <translation>Количество должно быть целым числом не меньше {minimum}, а не {value}.</translation>
    </message>
    <message>
        <source>The downloaded file is not a valid ZIP archive; try the download again.</source>
        <translation>Скачанный файл не является корректным ZIP-архивом; скачайте его ещё раз.</translation>
    </message>
    <message>
        <source>The downloaded file is not a valid ZIP archive: {name} is damaged; try the download again.</source>
        <translation>Скачанный файл не является корректным ZIP-архивом: {name} повреждён; скачайте его ещё раз.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: {where} has no {name}.</source>
        <translation>Неожиданный ответ магазина: в {where} нет поля {name}.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: {field} should be {kind}.</source>
        <translation>Неожиданный ответ магазина: поле {field} должно иметь тип {kind}.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: {field} should be {kind}, got {got}.</source>
        <translation>Неожиданный ответ магазина: поле {field} должно иметь тип {kind}, а пришёл {got}.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: {field} should be a string.</source>
        <translation>Неожиданный ответ магазина: поле {field} должно быть строкой.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: {field} should be a number.</source>
        <translation>Неожиданный ответ магазина: поле {field} должно быть числом.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: {field} is not a finite number.</source>
        <translation>Неожиданный ответ магазина: поле {field} — не конечное число.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: {where} is not an object.</source>
        <translation>Неожиданный ответ магазина: {where} — не объект.</translation>
    </message>
    <message>
        <source>The proxy refused the user name or password.</source>
        <translation>Прокси не принял имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The proxy at {proxy} could not reach the store.</source>
        <translation>Прокси {proxy} не смог связаться с магазином.</translation>
    </message>
    <message>
        <source>The proxy at {proxy} could not reach the store ({detail}).</source>
        <translation>Прокси {proxy} не смог связаться с магазином ({detail}).</translation>
    </message>
    <message>
        <source>No proxy answers at {proxy} in time. Check its address and port.</source>
        <translation>Прокси по адресу {proxy} не ответил вовремя. Проверьте адрес и порт.</translation>
    </message>
    <message>
        <source>No proxy answers at {proxy}. Check its address and port.</source>
        <translation>По адресу {proxy} прокси не отвечает. Проверьте адрес и порт.</translation>
    </message>
    <message>
        <source>Could not connect to the store in time. Check the internet connection.</source>
        <translation>Не удалось вовремя подключиться к магазину. Проверьте подключение к интернету.</translation>
    </message>
    <message>
        <source>The store&apos;s security certificate could not be verified, so nothing was sent. The network may be intercepting the connection.</source>
        <translation>Не удалось проверить сертификат безопасности магазина, поэтому ничего не отправлено. Возможно, сеть перехватывает соединение.</translation>
    </message>
    <message>
        <source>A secure connection to the store could not be set up.</source>
        <translation>Не удалось установить защищённое соединение с магазином.</translation>
    </message>
    <message>
        <source>Could not connect to the store. Check the internet connection.</source>
        <translation>Не удалось подключиться к магазину. Проверьте подключение к интернету.</translation>
    </message>
    <message>
        <source>The store did not answer in time.</source>
        <translation>Магазин не ответил вовремя.</translation>
    </message>
    <message>
        <source>Too many requests to the store are already waiting; try again.</source>
        <translation>Слишком много запросов к магазину уже ждут ответа; попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The connection to the store was closed before the answer was complete.</source>
        <translation>Соединение с магазином закрылось раньше, чем пришёл весь ответ.</translation>
    </message>
    <message>
        <source>The connection to the store was interrupted.</source>
        <translation>Соединение с магазином прервалось.</translation>
    </message>
    <message>
        <source>The proxy server refused the connection to the store.</source>
        <translation>Прокси-сервер отказал в соединении с магазином.</translation>
    </message>
    <message>
        <source>The store redirected the request too many times.</source>
        <translation>Магазин перенаправил запрос слишком много раз.</translation>
    </message>
    <message>
        <source>The store&apos;s answer could not be decoded.</source>
        <translation>Не удалось разобрать ответ магазина.</translation>
    </message>
    <message>
        <source>The request to the store failed.</source>
        <translation>Запрос к магазину не удался.</translation>
    </message>
    <message>
        <source>The proxy&apos;s address cannot contain spaces.</source>
        <translation>В адресе прокси не может быть пробелов.</translation>
    </message>
    <message numerus="yes">
        <source>The proxy&apos;s address is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>Адрес прокси слишком длинный (максимум %n символ).</numerusform>
            <numerusform>Адрес прокси слишком длинный (максимум %n символа).</numerusform>
            <numerusform>Адрес прокси слишком длинный (максимум %n символов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s address, for example {example}.</source>
        <translation>Введите адрес прокси, например {example}.</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s address, for example {example}, without {http} or {socks} (choose the kind of proxy above).</source>
        <translation>Введите только адрес прокси, например {example}, без {http} и {socks} (тип прокси выбирается выше).</translation>
    </message>
    <message>
        <source>The proxy&apos;s address can only be a name such as {example} or an IP address.</source>
        <translation>Адресом прокси может быть только имя вроде {example} или IP-адрес.</translation>
    </message>
    <message>
        <source>Put the port in the Port field, not in the address.</source>
        <translation>Укажите порт в поле «Порт», а не в адресе.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port, a number such as 8080 or 1080.</source>
        <translation>Введите порт прокси — число, например 8080 или 1080.</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>Порт должен быть целым числом от 1 до 65535.</translation>
    </message>
    <message>
        <source>The user name cannot start or end with a space.</source>
        <translation>Имя пользователя не может начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Введите имя пользователя к этому паролю.</translation>
    </message>
    <message numerus="yes">
        <source>The user name is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>Имя пользователя слишком длинное (максимум %n символ).</numerusform>
            <numerusform>Имя пользователя слишком длинное (максимум %n символа).</numerusform>
            <numerusform>Имя пользователя слишком длинное (максимум %n символов).</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name contains characters a user name cannot have.</source>
        <translation>В имени пользователя есть недопустимые символы.</translation>
    </message>
    <message numerus="yes">
        <source>The password is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>Пароль слишком длинный (максимум %n символ).</numerusform>
            <numerusform>Пароль слишком длинный (максимум %n символа).</numerusform>
            <numerusform>Пароль слишком длинный (максимум %n символов).</numerusform>
        </translation>
    </message>
    <message>
        <source>The password contains characters a password cannot have.</source>
        <translation>В пароле есть недопустимые символы.</translation>
    </message>
    <message>
        <source>The store redirected the download to an address that is not valid; it was not followed.</source>
        <translation>Магазин перенаправил скачивание на недействительный адрес; переход не выполнен.</translation>
    </message>
    <message>
        <source>The store redirected the download to an insecure address ({address}); it was not followed.</source>
        <translation>Магазин перенаправил скачивание на незащищённый адрес ({address}); переход не выполнен.</translation>
    </message>
    <message numerus="yes">
        <source>The store redirected the download more than %n time(s); it was not followed further.</source>
        <translation>
            <numerusform>Магазин перенаправил скачивание больше %n раза; дальше переход не выполнен.</numerusform>
            <numerusform>Магазин перенаправил скачивание больше %n раз; дальше переход не выполнен.</numerusform>
            <numerusform>Магазин перенаправил скачивание больше %n раз; дальше переход не выполнен.</numerusform>
        </translation>
    </message>
    <message>
        <source>The store rejected the request as invalid.</source>
        <translation>Магазин отклонил запрос как неправильный.</translation>
    </message>
    <message>
        <source>The store refused the API key.</source>
        <translation>Магазин отклонил API-ключ.</translation>
    </message>
    <message>
        <source>The wallet balance is too low.</source>
        <translation>На балансе недостаточно средств.</translation>
    </message>
    <message>
        <source>The store refuses access to this item.</source>
        <translation>Магазин не даёт доступа к этой позиции.</translation>
    </message>
    <message>
        <source>The store does not know this item.</source>
        <translation>В магазине нет такой позиции.</translation>
    </message>
    <message>
        <source>This product is no longer available.</source>
        <translation>Этот товар больше недоступен.</translation>
    </message>
    <message>
        <source>Too many requests; the store asks to wait.</source>
        <translation>Слишком много запросов; магазин просит подождать.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: the answer is not a JSON object.</source>
        <translation>Неожиданный ответ магазина: это не объект JSON.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: the answer does not say ok ({message}).</source>
        <translation>Неожиданный ответ магазина: в ответе нет «ok» ({message}).</translation>
    </message>
    <message>
        <source>Unexpected response from the store: the answer does not say ok.</source>
        <translation>Неожиданный ответ магазина: в ответе нет «ok».</translation>
    </message>
    <message>
        <source>Unexpected response from the store: the answer could not be read ({reason}).</source>
        <translation>Неожиданный ответ магазина: ответ не удалось прочитать ({reason}).</translation>
    </message>
    <message>
        <source>The store returned an error page (HTTP {status}); try again later.</source>
        <translation>Магазин вернул страницу с ошибкой (HTTP {status}); попробуйте позже.</translation>
    </message>
    <message>
        <source>The store failed (HTTP {status}); try again later.</source>
        <translation>Сбой на стороне магазина (HTTP {status}); попробуйте позже.</translation>
    </message>
    <message>
        <source>The store answered HTTP {status}.</source>
        <translation>Магазин ответил HTTP {status}.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: HTTP {status} with an HTML page.</source>
        <translation>Неожиданный ответ магазина: HTTP {status} и веб-страница вместо данных.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: expected JSON, got an HTML page.</source>
        <translation>Неожиданный ответ магазина: ожидался JSON, а пришла веб-страница.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: HTTP {status} with an empty body.</source>
        <translation>Неожиданный ответ магазина: HTTP {status} и пустой ответ.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: expected JSON, got an empty body.</source>
        <translation>Неожиданный ответ магазина: ожидался JSON, а пришёл пустой ответ.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: HTTP {status} with a body of type {kind}.</source>
        <translation>Неожиданный ответ магазина: HTTP {status} и данные типа {kind}.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: expected JSON, got a body of type {kind}.</source>
        <translation>Неожиданный ответ магазина: ожидался JSON, а пришли данные типа {kind}.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: HTTP {status} with a body that is not JSON.</source>
        <translation>Неожиданный ответ магазина: HTTP {status} и данные не в формате JSON.</translation>
    </message>
    <message>
        <source>Unexpected response from the store: expected JSON, got a body that is not JSON.</source>
        <translation>Неожиданный ответ магазина: ожидался JSON, а пришли данные в другом формате.</translation>
    </message>
    <message>
        <source>{address} is not a valid address for the store.</source>
        <translation>{address} — неправильный адрес магазина.</translation>
    </message>
    <message>
        <source>{address} is not a valid address for the store; it must start with https://.</source>
        <translation>{address} — неправильный адрес магазина; он должен начинаться с https://.</translation>
    </message>
    <message>
        <source>The store&apos;s address may not contain a user name, a password, a query or a fragment.</source>
        <translation>Адрес магазина не может содержать имя пользователя, пароль, параметры запроса или фрагмент.</translation>
    </message>
    <message>
        <source>Refusing {address}: plain http:// would send the API key unencrypted. Use https://.</source>
        <translation>Адрес {address} не принят: по обычному HTTP API-ключ ушёл бы без шифрования. Используйте https://.</translation>
    </message>
</context>
<context>
    <name>FormatText</name>
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
    <name>NetworkText</name>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation>Использовать системные настройки прокси</translation>
    </message>
    <message>
        <source>No proxy: connect directly</source>
        <translation>Без прокси: подключаться напрямую</translation>
    </message>
    <message>
        <source>Use this proxy:</source>
        <translation>Использовать этот прокси:</translation>
    </message>
    <message>
        <source>Use this proxy</source>
        <translation>Использовать этот прокси</translation>
    </message>
    <message>
        <source>The system&apos;s proxy</source>
        <translation>Системный прокси</translation>
    </message>
    <message>
        <source>Kind of proxy</source>
        <translation>Тип прокси</translation>
    </message>
    <message>
        <source>Kinds of proxy</source>
        <translation>Типы прокси</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Адрес прокси</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Порт прокси</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Имя пользователя прокси</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Пароль прокси</translation>
    </message>
    <message>
        <source>optional</source>
        <comment>a field that may be left empty</comment>
        <translation>необязательно</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>What is wrong with the proxy</source>
        <translation>Что не так с прокси</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <source>Test the connection to the store</source>
        <translation>Проверить соединение с магазином</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Результат проверки соединения</translation>
    </message>
    <message>
        <source>Testing: asking the store for its categories…</source>
        <translation>Проверяем: запрашиваем у магазина список категорий…</translation>
    </message>
    <message>
        <source>The network setting could not be saved: {reason}</source>
        <translation>Не удалось сохранить настройки сети: {reason}</translation>
    </message>
    <message>
        <source>No system keyring is available: the proxy&apos;s password is kept until you quit.</source>
        <translation>Системного хранилища паролей нет: пароль прокси хранится до выхода из программы.</translation>
    </message>
    <message>
        <source>The proxy&apos;s password is kept until you quit.</source>
        <translation>Пароль прокси хранится до выхода из программы.</translation>
    </message>
    <message>
        <source>Connected through {proxy}: the store answered in {seconds} s.</source>
        <translation>Соединение через {proxy} работает: магазин ответил за {seconds} с.</translation>
    </message>
    <message>
        <source>Connected directly: the store answered in {seconds} s.</source>
        <translation>Прямое соединение работает: магазин ответил за {seconds} с.</translation>
    </message>
    <message>
        <source>The store on this computer (the sandbox) is always reached directly.</source>
        <translation>Песочница на этом компьютере всегда работает без прокси.</translation>
    </message>
    <message>
        <source>The system sets no proxy for the store: it is reached directly.</source>
        <translation>Система не задаёт прокси для магазина: подключение напрямую.</translation>
    </message>
    <message>
        <source>The system&apos;s proxy for the store is {proxy}.</source>
        <translation>Системный прокси для магазина: {proxy}.</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>From {variable}, this run only</source>
        <translation>Из {variable}, только на этот запуск</translation>
    </message>
    <message>
        <source>Saved in the system keyring</source>
        <translation>В системном хранилище паролей</translation>
    </message>
    <message>
        <source>This session only (not saved)</source>
        <translation>Только на этот сеанс (не сохранён)</translation>
    </message>
    <message>
        <source>Sandbox demo key</source>
        <translation>Демо-ключ песочницы</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Нет ключа</translation>
    </message>
    <message>
        <source>From the environment</source>
        <translation>Из переменной окружения</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Мой аккаунт</translation>
    </message>
    <message>
        <source>Account {number}</source>
        <translation>Аккаунт {number}</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <source>Demo {number}</source>
        <translation>Демо {number}</translation>
    </message>
    <message>
        <source>The balance could not be refreshed ({reason}); it is tried again later.</source>
        <translation>Не удалось обновить баланс ({reason}); попробуем ещё раз позже.</translation>
    </message>
    <message>
        <source>No system keyring is available — the key is kept for this session only. You will need to enter it again next time.</source>
        <translation>Системного хранилища паролей нет — ключ хранится только до конца сеанса. В следующий раз его придётся ввести заново.</translation>
    </message>
    <message>
        <source>The key of “{name}” could not be read from the system keyring. Remove the account and add its key again.</source>
        <translation>Не удалось прочитать ключ аккаунта «{name}» из системного хранилища паролей. Удалите аккаунт и добавьте его ключ заново.</translation>
    </message>
    <message>
        <source>The key of this account could not be read from the system keyring.</source>
        <translation>Не удалось прочитать ключ этого аккаунта из системного хранилища паролей.</translation>
    </message>
    <message>
        <source>This key is already the account “{name}”; it is now in use.</source>
        <translation>Этот ключ уже есть — это аккаунт «{name}»; теперь он используется.</translation>
    </message>
    <message>
        <source>“{name}” is saved in {keyring}.</source>
        <comment>keyring: the keyring&apos;s name</comment>
        <translation>«{name}» сохранён в хранилище {keyring}.</translation>
    </message>
    <message>
        <source>“{name}” is kept for this session only.</source>
        <translation>«{name}» хранится только до конца сеанса.</translation>
    </message>
    <message>
        <source>That account is no longer in the list.</source>
        <translation>Этого аккаунта уже нет в списке.</translation>
    </message>
    <message>
        <source>“{name}” was removed. Its orders stay on this computer and show again if you add the same key.</source>
        <translation>«{name}» удалён. Его заказы останутся на этом компьютере и снова появятся, если добавить тот же ключ.</translation>
    </message>
    <message>
        <source>“{name}” is no longer used; the keyring could not be changed: {reason}</source>
        <translation>«{name}» больше не используется, но изменить хранилище паролей не удалось: {reason}</translation>
    </message>
    <message>
        <source>No account is in use.</source>
        <translation>Ни один аккаунт не используется.</translation>
    </message>
    <message>
        <source>The store refused the API key.</source>
        <translation>Магазин отклонил API-ключ.</translation>
    </message>
    <message>
        <source>The list of accounts could not be saved: {reason}</source>
        <translation>Не удалось сохранить список аккаунтов: {reason}</translation>
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
