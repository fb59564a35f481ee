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
        <source>Enter the proxy&apos;s address, for example {example}.</source>
        <translation>Введите адрес прокси, например {example}.</translation>
    </message>
    <message>
        <source>Enter only the proxy&apos;s address, for example {example}, without {http} or {socks} (choose the kind of proxy above).</source>
        <translation>Введите только адрес прокси, например {example}, без {http} и {socks} (тип прокси выбирается выше).</translation>
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
    <name>CatalogText</name>
    <message>
        <source>The catalog could not be refreshed ({reason}); it is tried again later.</source>
        <translation>Не удалось обновить каталог ({reason}); попробуем ещё раз позже.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>{name}: {stock} in stock</source>
        <translation>{name} — в наличии: {stock}</translation>
    </message>
    <message>
        <source>Loading categories…</source>
        <translation>Загружаем категории…</translation>
    </message>
    <message>
        <source>The store has no categories right now.</source>
        <translation>Сейчас в магазине нет ни одной категории.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <source>Categories status</source>
        <translation>Состояние списка категорий</translation>
    </message>
    <message>
        <source>Categories that could not be read</source>
        <translation>Категории, которые не удалось прочитать</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the categories could not be read</source>
        <translation>
            <numerusform>Не удалось прочитать %Ln категорию</numerusform>
            <numerusform>Не удалось прочитать %Ln категории</numerusform>
            <numerusform>Не удалось прочитать %Ln категорий</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Dial code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Favourites (click a star to pin a product; pinned products sort first)</source>
        <translation>Избранное (нажмите на звёздочку, чтобы закрепить товар; закреплённые товары идут первыми)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Название товара</translation>
    </message>
    <message>
        <source>Country dial code</source>
        <translation>Телефонный код страны</translation>
    </message>
    <message>
        <source>Numbers in stock</source>
        <translation>Сколько номеров в наличии</translation>
    </message>
    <message>
        <source>Price per number, paid from your wallet</source>
        <translation>Цена за номер, оплата с баланса</translation>
    </message>
    <message>
        <source>Click the bell to get an alert when this product is back in stock or cheaper</source>
        <translation>Нажмите на колокольчик, чтобы получить уведомление, когда товар снова появится в наличии или подешевеет</translation>
    </message>
    <message>
        <source>Watched: click the bell to change or stop watching</source>
        <translation>Вы следите за товаром: нажмите на колокольчик, чтобы изменить условие или перестать следить</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>В избранном</translation>
    </message>
    <message>
        <source>Not a favourite</source>
        <translation>Не в избранном</translation>
    </message>
    <message>
        <source>Unpin this product</source>
        <translation>Открепить товар</translation>
    </message>
    <message>
        <source>Pin this product to the top</source>
        <translation>Закрепить товар вверху списка</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Нет в наличии</translation>
    </message>
    <message>
        <source>{price} per number</source>
        <translation>{price} за номер</translation>
    </message>
    <message>
        <source>Pick a category on the left to see what is in stock.</source>
        <translation>Выберите категорию слева, чтобы увидеть, что есть в наличии.</translation>
    </message>
    <message>
        <source>Loading products…</source>
        <translation>Загружаем товары…</translation>
    </message>
    <message>
        <source>The products of this category could not be loaded yet. They show here as soon as the store answers.</source>
        <translation>Товары этой категории пока не загрузились. Они появятся здесь, как только магазин ответит.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Category shown</source>
        <translation>Открытая категория</translation>
    </message>
    <message>
        <source>Number of products</source>
        <translation>Количество товаров</translation>
    </message>
    <message>
        <source>Products that could not be read</source>
        <translation>Товары, которые не удалось прочитать</translation>
    </message>
    <message>
        <source>Filter products</source>
        <translation>Фильтр товаров</translation>
    </message>
    <message>
        <source>Filter by name, country or dial code, e.g. germany or +63  ({shortcut})</source>
        <translation>Фильтр по названию, стране или коду, например: россия или +63  ({shortcut})</translation>
    </message>
    <message>
        <source>In stock only</source>
        <translation>Только в наличии</translation>
    </message>
    <message>
        <source>Hide products that are out of stock</source>
        <translation>Скрыть товары, которых нет в наличии</translation>
    </message>
    <message>
        <source>Products status</source>
        <translation>Состояние списка товаров</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln товар</numerusform>
            <numerusform>%Ln товара</numerusform>
            <numerusform>%Ln товаров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln product(s)</source>
        <translation>
            <numerusform>{shown} из %Ln товара</numerusform>
            <numerusform>{shown} из %Ln товаров</numerusform>
            <numerusform>{shown} из %Ln товаров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) could not be read</source>
        <translation>
            <numerusform>Не удалось прочитать %Ln товар</numerusform>
            <numerusform>Не удалось прочитать %Ln товара</numerusform>
            <numerusform>Не удалось прочитать %Ln товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>This category has no products.</source>
        <translation>В этой категории нет товаров.</translation>
    </message>
    <message>
        <source>No product in stock matches “{text}”. Clear the filter or turn off “In stock only”.</source>
        <translation>По запросу «{text}» нет товаров в наличии. Очистите фильтр или снимите флажок «Только в наличии».</translation>
    </message>
    <message>
        <source>No product matches “{text}”. Try a country name or a dial code like +63.</source>
        <translation>По запросу «{text}» ничего не найдено. Попробуйте название страны по-английски или телефонный код, например +63.</translation>
    </message>
    <message>
        <source>Nothing is in stock in this category right now. Turn off “In stock only” to see every product.</source>
        <translation>Сейчас в этой категории ничего нет в наличии. Снимите флажок «Только в наличии», чтобы увидеть все товары.</translation>
    </message>
</context>
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
        <source>{rounded} (exactly {exact})</source>
        <translation>{rounded} (ровно {exact})</translation>
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
    <name>InsightsText</name>
    <message>
        <source>Nothing spent in the last 30 days.</source>
        <translation>За последние 30 дней расходов не было.</translation>
    </message>
    <message>
        <source>Spending per day, last 30 days</source>
        <translation>Расходы по дням за последние 30 дней</translation>
    </message>
    <message>
        <source>{day}: {amount}</source>
        <comment>a day of the chart and what was spent</comment>
        <translation>{day}: {amount}</translation>
    </message>
    <message>
        <source>The balance is drawn here once it has been fetched a few times.</source>
        <translation>График баланса появится здесь, когда баланс будет получен несколько раз.</translation>
    </message>
    <message>
        <source>Balance over time</source>
        <translation>Баланс во времени</translation>
    </message>
    <message>
        <source>The insights could not be read from the order book.</source>
        <translation>Не удалось прочитать статистику из журнала заказов.</translation>
    </message>
    <message>
        <source>Export insights as CSV</source>
        <translation>Экспорт статистики в CSV</translation>
    </message>
    <message>
        <source>Enter your API key to export its insights.</source>
        <translation>Введите API-ключ, чтобы выгрузить статистику его аккаунта.</translation>
    </message>
    <message>
        <source>The insights could not be exported: {error}</source>
        <translation>Не удалось выгрузить статистику: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to {path}.</source>
        <translation>
            <numerusform>Выгружена %Ln строка в {path}.</numerusform>
            <numerusform>Выгружено %Ln строки в {path}.</numerusform>
            <numerusform>Выгружено %Ln строк в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter your API key to see what its account has spent.</source>
        <translation>Введите API-ключ, чтобы увидеть расходы его аккаунта.</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>Аккаунт: {account}</translation>
    </message>
    <message>
        <source>Insights — TeleAccountHub</source>
        <translation>Статистика — TeleAccountHub</translation>
    </message>
    <message>
        <source>Insights: {account} — TeleAccountHub</source>
        <translation>Статистика: {account} — TeleAccountHub</translation>
    </message>
    <message>
        <source>Spent today</source>
        <translation>Расходы сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>За 7 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>В этом месяце</translation>
    </message>
    <message>
        <source>In total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>{figure}, exact amount</source>
        <translation>{figure}, точная сумма</translation>
    </message>
    <message>
        <source>Top products by spend</source>
        <translation>Товары с наибольшими расходами</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>Что учтено</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Insights status</source>
        <translation>Состояние статистики</translation>
    </message>
    <message>
        <source>exactly {amount}</source>
        <translation>ровно {amount}</translation>
    </message>
    <message numerus="yes">
        <source>Counted: %Ln order(s) bought in this app.</source>
        <translation>
            <numerusform>Учтён %Ln заказ, оформленный в этом приложении.</numerusform>
            <numerusform>Учтено %Ln заказа, оформленных в этом приложении.</numerusform>
            <numerusform>Учтено %Ln заказов, оформленных в этом приложении.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %Ln order(s) that failed, were cancelled or were placed elsewhere (their price is not known here).</source>
        <translation>
            <numerusform>Не учтён %Ln заказ: он не удался, отменён или оформлен в другом месте (его цена здесь неизвестна).</numerusform>
            <numerusform>Не учтено %Ln заказа: они не удались, отменены или оформлены в другом месте (их цена здесь неизвестна).</numerusform>
            <numerusform>Не учтено %Ln заказов: они не удались, отменены или оформлены в другом месте (их цена здесь неизвестна).</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
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
    <name>SearchText</name>
    <message>
        <source>The store has no categories to search</source>
        <translation>В магазине нет категорий для поиска</translation>
    </message>
    <message>
        <source>Searched 1 category</source>
        <translation>Просмотрена 1 категория</translation>
    </message>
    <message>
        <source>Searching 1 category…</source>
        <translation>Идёт поиск в 1 категории…</translation>
    </message>
    <message>
        <source>The only category could not be searched</source>
        <translation>В единственной категории искать не удалось</translation>
    </message>
    <message numerus="yes">
        <source>Searched all %Ln categories</source>
        <translation>
            <numerusform>Просмотрены все категории (%Ln)</numerusform>
            <numerusform>Просмотрены все категории (%Ln)</numerusform>
            <numerusform>Просмотрены все категории (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching {searched} of %Ln categories…</source>
        <translation>
            <numerusform>Идёт поиск: {searched} из %Ln категории…</numerusform>
            <numerusform>Идёт поиск: {searched} из %Ln категорий…</numerusform>
            <numerusform>Идёт поиск: {searched} из %Ln категорий…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched {searched} of %Ln categories</source>
        <translation>
            <numerusform>Просмотрено {searched} из %Ln категории</numerusform>
            <numerusform>Просмотрено {searched} из %Ln категорий</numerusform>
            <numerusform>Просмотрено {searched} из %Ln категорий</numerusform>
        </translation>
    </message>
    <message>
        <source>{category}: the store asks to wait {seconds} s.</source>
        <translation>{category}: магазин просит подождать {seconds} с.</translation>
    </message>
    <message>
        <source>The store answered with another category.</source>
        <translation>Магазин прислал товары другой категории.</translation>
    </message>
    <message>
        <source>{category} has too many products to search here ({count}): open it and use its filter.</source>
        <translation>В категории {category} слишком много товаров для поиска здесь ({count}): откройте её и воспользуйтесь фильтром.</translation>
    </message>
    <message>
        <source>{category} is no longer in the store&apos;s category list.</source>
        <translation>Категории {category} больше нет в списке магазина.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Нет в наличии</translation>
    </message>
    <message>
        <source>{price} per number</source>
        <translation>{price} за номер</translation>
    </message>
    <message>
        <source>Enter opens it in {category}</source>
        <translation>Enter откроет товар в категории {category}</translation>
    </message>
    <message>
        <source>Type a product, a country in any language or a dial code: germany, 대한민국, DE, +49.</source>
        <translation>Введите товар, страну (по-английски или на языке этой страны) или телефонный код: россия, 대한민국, DE, +49.</translation>
    </message>
    <message>
        <source>Search the store</source>
        <translation>Поиск по магазину</translation>
    </message>
    <message>
        <source>Search every category</source>
        <translation>Поиск по всем категориям</translation>
    </message>
    <message>
        <source>Search every category: product, country or dial code</source>
        <translation>Поиск по всем категориям: товар, страна или код</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Найденные товары</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Ход поиска</translation>
    </message>
    <message>
        <source>Categories not searched</source>
        <translation>Категории, в которых не искали</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) found</source>
        <translation>
            <numerusform>Найден %Ln товар</numerusform>
            <numerusform>Найдено %Ln товара</numerusform>
            <numerusform>Найдено %Ln товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} more — refine the search to see them</source>
        <translation>Ещё {count} — уточните запрос, чтобы их увидеть</translation>
    </message>
    <message>
        <source>stock and prices from {age}</source>
        <translation>наличие и цены: {age}</translation>
    </message>
    <message>
        <source>Not searched: {problems}</source>
        <translation>Не просмотрены: {problems}</translation>
    </message>
    <message>
        <source>Loading the store’s categories…</source>
        <translation>Загружаем категории магазина…</translation>
    </message>
    <message>
        <source>No product in 1 category matches “{query}” yet; still searching the others…</source>
        <translation>В просмотренной категории по запросу «{query}» пока ничего нет; ищем в остальных…</translation>
    </message>
    <message>
        <source>No product in 1 category matches “{query}”. Try a country name or a dial code like +63.</source>
        <translation>В просмотренной категории по запросу «{query}» ничего нет. Попробуйте название страны по-английски или телефонный код, например +63.</translation>
    </message>
    <message numerus="yes">
        <source>No product in %Ln categories matches “{query}” yet; still searching the others…</source>
        <translation>
            <numerusform>Ни в одной из %Ln категории пока нет товаров по запросу «{query}»; ищем в остальных…</numerusform>
            <numerusform>Ни в одной из %Ln категорий пока нет товаров по запросу «{query}»; ищем в остальных…</numerusform>
            <numerusform>Ни в одной из %Ln категорий пока нет товаров по запросу «{query}»; ищем в остальных…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No product in %Ln categories matches “{query}”. Try a country name or a dial code like +63.</source>
        <translation>
            <numerusform>Ни в одной из %Ln категории нет товаров по запросу «{query}». Попробуйте название страны по-английски или телефонный код, например +63.</numerusform>
            <numerusform>Ни в одной из %Ln категорий нет товаров по запросу «{query}». Попробуйте название страны по-английски или телефонный код, например +63.</numerusform>
            <numerusform>Ни в одной из %Ln категорий нет товаров по запросу «{query}». Попробуйте название страны по-английски или телефонный код, например +63.</numerusform>
        </translation>
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
<context>
    <name>WatchText</name>
    <message numerus="yes">
        <source>At most %Ln products can be watched.</source>
        <translation>
            <numerusform>Следить можно не больше чем за %Ln товаром.</numerusform>
            <numerusform>Следить можно не больше чем за %Ln товарами.</numerusform>
            <numerusform>Следить можно не больше чем за %Ln товарами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your watch list in {path} could not be read ({reason}); watches cannot be changed until it can.</source>
        <translation>Не удалось прочитать список отслеживания в {path} ({reason}); пока он недоступен, менять отслеживание нельзя.</translation>
    </message>
    <message>
        <source>Your watch list in {path} could not be read.</source>
        <translation>Не удалось прочитать список отслеживания в {path}.</translation>
    </message>
    <message>
        <source>Your watch list could not be read and was set aside as {path}.</source>
        <translation>Не удалось прочитать список отслеживания; он сохранён отдельно как {path}.</translation>
    </message>
    <message>
        <source>{path} could not be read, so it is not overwritten</source>
        <translation>Не удалось прочитать {path}, поэтому файл не перезаписан</translation>
    </message>
    <message>
        <source>price at or below {price}</source>
        <translation>цена не выше {price}</translation>
    </message>
    <message>
        <source>stock at least {stock}</source>
        <translation>в наличии не меньше {stock}</translation>
    </message>
    <message>
        <source>back in stock</source>
        <translation>снова в наличии</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Watching for</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Что было</translation>
    </message>
    <message>
        <source>{stock} in stock at {price}</source>
        <translation>в наличии: {stock}, цена {price}</translation>
    </message>
    <message>
        <source>{product} is back in stock</source>
        <translation>{product} снова в наличии</translation>
    </message>
    <message>
        <source>{product} is at your price</source>
        <translation>{product} — цена, которую вы ждали</translation>
    </message>
    <message>
        <source>{product} has the stock you wanted</source>
        <translation>{product} — в наличии столько, сколько вы ждали</translation>
    </message>
    <message>
        <source>{stock} in stock at {price} — {key} to buy.</source>
        <translation>В наличии: {stock}, цена {price} — {key}, чтобы купить.</translation>
    </message>
    <message>
        <source>Back in stock: {stock} in stock now at {price} each (alert at {time}).</source>
        <translation>Снова в наличии: сейчас {stock} шт. по {price} за шт. (уведомление в {time}).</translation>
    </message>
    <message>
        <source>Price alert: {stock} in stock now at {price} each (alert at {time}).</source>
        <translation>Уведомление о цене: сейчас {stock} шт. по {price} за шт. (уведомление в {time}).</translation>
    </message>
    <message>
        <source>Stock alert: {stock} in stock now at {price} each (alert at {time}).</source>
        <translation>Уведомление о наличии: сейчас {stock} шт. по {price} за шт. (уведомление в {time}).</translation>
    </message>
    <message>
        <source>The watch could not be saved: {error}</source>
        <translation>Не удалось сохранить отслеживание: {error}</translation>
    </message>
    <message>
        <source>Watching {product}: {condition}. That is true already; you get an alert the next time it becomes true.</source>
        <translation>Вы следите за «{product}»: {condition}. Это уже так; уведомление придёт, когда условие выполнится снова.</translation>
    </message>
    <message>
        <source>Watching {product}: {condition}.</source>
        <translation>Вы следите за «{product}»: {condition}.</translation>
    </message>
    <message>
        <source>Select a product to watch.</source>
        <translation>Выберите товар, за которым хотите следить.</translation>
    </message>
    <message>
        <source>Change watch…</source>
        <translation>Изменить отслеживание…</translation>
    </message>
    <message>
        <source>Watch…</source>
        <translation>Следить…</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Не следить</translation>
    </message>
    <message>
        <source>The watch could not be removed: {error}</source>
        <translation>Не удалось убрать отслеживание: {error}</translation>
    </message>
    <message>
        <source>Stopped watching {product}.</source>
        <translation>Вы больше не следите за «{product}».</translation>
    </message>
    <message>
        <source>Looking up today&apos;s price of “{product}”…</source>
        <translation>Узнаём актуальную цену товара «{product}»…</translation>
    </message>
    <message>
        <source>Today&apos;s price could not be read, so nothing was opened: {error}</source>
        <translation>Не удалось узнать актуальную цену, поэтому ничего не открыто: {error}</translation>
    </message>
    <message>
        <source>“{product}” is no longer listed by the store.</source>
        <translation>Товара «{product}» больше нет в магазине.</translation>
    </message>
    <message>
        <source>Watch alerts: {count}</source>
        <translation>Уведомления: {count}</translation>
    </message>
    <message numerus="yes">
        <source>Watching %Ln product(s)</source>
        <translation>
            <numerusform>Отслеживание: %Ln товар</numerusform>
            <numerusform>Отслеживание: %Ln товара</numerusform>
            <numerusform>Отслеживание: %Ln товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the watch list and alerts</source>
        <translation>Показать список отслеживания и уведомления</translation>
    </message>
    <message>
        <source>Watch list and alerts</source>
        <translation>Список отслеживания и уведомления</translation>
    </message>
    <message>
        <source>Price at or below</source>
        <translation>Цена не выше</translation>
    </message>
    <message>
        <source>Stock at least</source>
        <translation>В наличии не меньше</translation>
    </message>
    <message>
        <source>Back in stock</source>
        <translation>Снова в наличии</translation>
    </message>
    <message>
        <source>Watch a product</source>
        <translation>Следить за товаром</translation>
    </message>
    <message>
        <source>Watch product</source>
        <translation>Следить за товаром</translation>
    </message>
    <message>
        <source>Watch</source>
        <comment>a button: start watching</comment>
        <translation>Следить</translation>
    </message>
    <message>
        <source>Change watch</source>
        <translation>Изменить отслеживание</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Not listed yet since the app started.</source>
        <translation>С запуска приложения товар ещё не загружался.</translation>
    </message>
    <message>
        <source>Now: {stock} in stock at {price} each.</source>
        <translation>Сейчас в наличии: {stock}, цена {price} за шт.</translation>
    </message>
    <message>
        <source>Tell me when</source>
        <translation>Сообщить, когда</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Quantity to buy</source>
        <translation>Сколько купить</translation>
    </message>
    <message>
        <source>Optional: how many to buy when it happens</source>
        <translation>Необязательно: сколько тогда купить</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Что исправить</translation>
    </message>
    <message>
        <source>Tell me when:</source>
        <translation>Сообщить, когда:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Порог:</translation>
    </message>
    <message>
        <source>Quantity to buy:</source>
        <translation>Сколько купить:</translation>
    </message>
    <message>
        <source>Remove this watch; no more alerts for this product</source>
        <translation>Убрать отслеживание; уведомлений об этом товаре больше не будет</translation>
    </message>
    <message>
        <source>Dollars, e.g. 0.35</source>
        <translation>В долларах, например 0.35</translation>
    </message>
    <message>
        <source>How many in stock, e.g. 50</source>
        <translation>Сколько в наличии, например 50</translation>
    </message>
    <message>
        <source>No threshold needed</source>
        <translation>Порог не нужен</translation>
    </message>
    <message>
        <source>Enter the price to wait for (from {low} to {high}).</source>
        <translation>Введите цену, которой ждать (от {low} до {high}).</translation>
    </message>
    <message>
        <source>A price cannot be negative (you typed {text}).</source>
        <translation>Цена не может быть отрицательной (вы ввели {text}).</translation>
    </message>
    <message>
        <source>A price of at most {price}, please.</source>
        <translation>Введите цену не больше {price}.</translation>
    </message>
    <message>
        <source>“{text}” is not a price. Enter dollars like 0.35.</source>
        <translation>«{text}» — это не цена. Введите сумму в долларах, например 0.35.</translation>
    </message>
    <message>
        <source>Enter a stock ({low} to {high}).</source>
        <translation>Введите количество в наличии (от {low} до {high}).</translation>
    </message>
    <message>
        <source>Enter a quantity ({low} to {high}).</source>
        <translation>Введите количество (от {low} до {high}).</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number. Enter a stock ({low} to {high}).</source>
        <translation>«{text}» — не целое число. Введите количество в наличии (от {low} до {high}).</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number. Enter a quantity ({low} to {high}).</source>
        <translation>«{text}» — не целое число. Введите количество (от {low} до {high}).</translation>
    </message>
    <message>
        <source>Enter a stock of at least {low} (you typed {text}).</source>
        <translation>Введите количество в наличии не меньше {low} (вы ввели {text}).</translation>
    </message>
    <message>
        <source>Enter a quantity of at least {low} (you typed {text}).</source>
        <translation>Введите количество не меньше {low} (вы ввели {text}).</translation>
    </message>
    <message>
        <source>Enter a stock of at most {high}.</source>
        <translation>Введите количество в наличии не больше {high}.</translation>
    </message>
    <message>
        <source>Enter a quantity of at most {high}.</source>
        <translation>Введите количество не больше {high}.</translation>
    </message>
    <message>
        <source>Buy</source>
        <comment>the quantity to buy, a column header</comment>
        <translation>Купить</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>{stock} in stock at {price} (alerted)</source>
        <translation>в наличии: {stock}, цена {price} (уведомление было)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>No alerts yet. Watch a product (right-click it in the product list) and an alert appears here when it comes back in stock or gets cheaper.</source>
        <translation>Уведомлений пока нет. Следите за товаром (щёлкните по нему правой кнопкой в списке товаров) — уведомление появится здесь, когда он снова будет в наличии или подешевеет.</translation>
    </message>
    <message>
        <source>No alerts yet</source>
        <translation>Уведомлений пока нет</translation>
    </message>
    <message>
        <source>Buy…</source>
        <translation>Купить…</translation>
    </message>
    <message>
        <source>Open the checkout for this product at today&apos;s price and stock</source>
        <translation>Открыть оформление покупки этого товара по актуальной цене и наличию</translation>
    </message>
    <message>
        <source>Watched products</source>
        <translation>Товары, за которыми вы следите</translation>
    </message>
    <message>
        <source>You are not watching any product. Right-click a product and choose “Watch…”.</source>
        <translation>Вы ни за чем не следите. Щёлкните по товару правой кнопкой и выберите «Следить…».</translation>
    </message>
    <message>
        <source>Nothing watched</source>
        <translation>Отслеживаемых товаров нет</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Alerts and watched products</source>
        <translation>Уведомления и отслеживаемые товары</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Alerts ({count})</source>
        <translation>Уведомления ({count})</translation>
    </message>
    <message>
        <source>Watching ({count})</source>
        <translation>Отслеживание ({count})</translation>
    </message>
    <message>
        <source>Watching</source>
        <comment>a tab: the products watched</comment>
        <translation>Отслеживание</translation>
    </message>
</context>
<context>
    <name>WindowAppText</name>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside TeleAccountHub. The app keeps running; the details are in the log file.</source>
        <translation>В TeleAccountHub что-то пошло не так. Приложение продолжает работать; подробности — в лог-файле.</translation>
    </message>
</context>
<context>
    <name>WindowBannerText</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Текст сообщения</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Кнопка сообщения</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Скрыть сообщение</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
</context>
<context>
    <name>WindowDataFolderText</name>
    <message>
        <source>Your order book was written by a newer version of TeleAccountHub and was set aside as {path}; a new one was started. Your orders are still in the old file.</source>
        <translation>Журнал заказов записан более новой версией TeleAccountHub, поэтому он переименован в {path} и начат новый. Ваши заказы остались в старом файле.</translation>
    </message>
    <message>
        <source>Your order book could not be read and was set aside as {path}; a new one was started. Your orders are still in the old file.</source>
        <translation>Не удалось прочитать журнал заказов, поэтому он переименован в {path} и начат новый. Ваши заказы остались в старом файле.</translation>
    </message>
    <message>
        <source>TeleAccountHub cannot write to {folder} (the disk is full). Free some space or choose another folder with {option}.</source>
        <translation>TeleAccountHub не может записывать в {folder} (диск заполнен). Освободите место или выберите другую папку параметром {option}.</translation>
    </message>
    <message>
        <source>TeleAccountHub cannot write to {folder} (it is read-only). Make it writable or choose another folder with {option}.</source>
        <translation>TeleAccountHub не может записывать в {folder} (папка только для чтения). Разрешите запись или выберите другую папку параметром {option}.</translation>
    </message>
    <message>
        <source>TeleAccountHub cannot write to {folder} ({reason}). Check the folder or choose another one with {option}.</source>
        <translation>TeleAccountHub не может записывать в {folder} ({reason}). Проверьте папку или выберите другую параметром {option}.</translation>
    </message>
    <message>
        <source>Your order book {path} cannot be opened (another program, perhaps TeleAccountHub itself, is using it). Buying is disabled until this is fixed; you can still browse the catalog.</source>
        <translation>Не удаётся открыть журнал заказов {path}: он занят другой программой (возможно, самим TeleAccountHub). Покупки отключены, пока это не исправлено; каталог смотреть можно.</translation>
    </message>
    <message>
        <source>Your order book {path} cannot be opened ({reason}). Buying is disabled until this is fixed; you can still browse the catalog.</source>
        <translation>Не удаётся открыть журнал заказов {path} ({reason}). Покупки отключены, пока это не исправлено; каталог смотреть можно.</translation>
    </message>
</context>
<context>
    <name>WindowErrorText</name>
    <message>
        <source>Showing catalog from {age}</source>
        <translation>Показан каталог, полученный {age}</translation>
    </message>
    <message>
        <source>{age} — {reason}.</source>
        <translation>{age} — {reason}.</translation>
    </message>
    <message>
        <source>The categories could not be loaded. {reason}</source>
        <translation>Не удалось загрузить категории. {reason}</translation>
    </message>
    <message>
        <source>The products could not be loaded. {reason}</source>
        <translation>Не удалось загрузить товары. {reason}</translation>
    </message>
    <message>
        <source>{message} Next try in {seconds} s.</source>
        <translation>{message} Следующая попытка через {seconds} с.</translation>
    </message>
    <message>
        <source>Try now</source>
        <translation>Попробовать сейчас</translation>
    </message>
    <message>
        <source>{message} Trying again…</source>
        <translation>{message} Пробуем снова…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>The balance could not be refreshed. {reason}</source>
        <translation>Не удалось обновить баланс. {reason}</translation>
    </message>
    <message>
        <source>The store refused the API key: {reason}. Enter a valid key to see your balance and buy.</source>
        <translation>Магазин не принял API-ключ: {reason}. Введите действующий ключ, чтобы видеть баланс и покупать.</translation>
    </message>
    <message>
        <source>Set API key…</source>
        <translation>Ввести API-ключ…</translation>
    </message>
    <message>
        <source>The store is receiving too many requests. Retrying in {seconds} s…</source>
        <translation>Магазин получает слишком много запросов. Повтор через {seconds} с…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>the store is unreachable</source>
        <translation>магазин недоступен</translation>
    </message>
    <message>
        <source>the store had a problem on its side</source>
        <translation>на стороне магазина произошла ошибка</translation>
    </message>
    <message>
        <source>the store&apos;s answer could not be read</source>
        <translation>не удалось прочитать ответ магазина</translation>
    </message>
    <message>
        <source>The store is unreachable: {reason}.</source>
        <translation>Магазин недоступен: {reason}.</translation>
    </message>
    <message>
        <source>The store had a problem on its side (HTTP {status}). This usually passes; try again.</source>
        <translation>На стороне магазина произошла ошибка (HTTP {status}). Обычно это быстро проходит — попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The store had a problem on its side. This usually passes; try again.</source>
        <translation>На стороне магазина произошла ошибка. Обычно это быстро проходит — попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The store sent an answer the app cannot read. If this goes on, the app may need an update.</source>
        <translation>Магазин прислал ответ, который приложение не может прочитать. Если это повторяется, возможно, приложение нужно обновить.</translation>
    </message>
</context>
<context>
    <name>WindowFileText</name>
    <message>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
    <message>
        <source>CSV files ({pattern})</source>
        <translation>Файлы CSV ({pattern})</translation>
    </message>
</context>
<context>
    <name>WindowHelpText</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Browse live stock, buy with your wallet balance, follow your orders and save the finished ZIP files.</source>
        <translation>Смотрите наличие в реальном времени, покупайте с баланса кошелька, следите за заказами и сохраняйте готовые файлы ZIP.</translation>
    </message>
    <message>
        <source>Your API key is kept in the system keyring, never in a file.</source>
        <translation>API-ключ хранится в системном хранилище ключей и никогда — в файле.</translation>
    </message>
    <message>
        <source>The store and its API: {link}</source>
        <translation>Магазин и его API: {link}</translation>
    </message>
    <message>
        <source>Your API key comes from the store&apos;s Telegram bot: {buttons}.</source>
        <translation>API-ключ выдаёт Telegram-бот магазина: {buttons}.</translation>
    </message>
    <message>
        <source>About TeleAccountHub</source>
        <translation>О программе TeleAccountHub</translation>
    </message>
</context>
<context>
    <name>WindowMenuText</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Заказы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Аккаунты…</translation>
    </message>
    <message>
        <source>Add, switch, test or remove accounts (API keys)</source>
        <translation>Добавить, переключить, проверить или удалить аккаунты (API-ключи)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Reload the catalog and the balance</source>
        <translation>Заново загрузить каталог и баланс</translation>
    </message>
    <message>
        <source>&amp;Filter products</source>
        <translation>&amp;Фильтр товаров</translation>
    </message>
    <message>
        <source>Filter the products</source>
        <translation>Отфильтровать товары</translation>
    </message>
    <message>
        <source>&amp;Search the store…</source>
        <translation>&amp;Поиск по магазину…</translation>
    </message>
    <message>
        <source>Search every category for a product, country or dial code</source>
        <translation>Найти товар, страну или телефонный код во всех категориях</translation>
    </message>
    <message>
        <source>Search the store</source>
        <comment>the toolbar button: as short as the language allows</comment>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>In stock &amp;only</source>
        <translation>&amp;Только в наличии</translation>
    </message>
    <message>
        <source>Show only products in stock</source>
        <translation>Показывать только товары в наличии</translation>
    </message>
    <message>
        <source>&amp;Pin product</source>
        <translation>&amp;Закрепить товар</translation>
    </message>
    <message>
        <source>Pin or unpin the selected product</source>
        <translation>Закрепить или открепить выбранный товар</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Статистика</translation>
    </message>
    <message>
        <source>Show what this account spent and its balance over time</source>
        <translation>Показать расходы этого аккаунта и то, как менялся баланс</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>&amp;Купить…</translation>
    </message>
    <message>
        <source>Buy the selected product</source>
        <translation>Купить выбранный товар</translation>
    </message>
    <message>
        <source>&amp;Save ZIP…</source>
        <translation>&amp;Сохранить ZIP…</translation>
    </message>
    <message>
        <source>Save the selected order&apos;s ZIP</source>
        <translation>Сохранить ZIP выбранного заказа</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Show the keyboard shortcuts</source>
        <translation>Показать сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About TeleAccountHub</source>
        <translation>&amp;О программе TeleAccountHub</translation>
    </message>
    <message>
        <source>About TeleAccountHub</source>
        <translation>О программе TeleAccountHub</translation>
    </message>
    <message>
        <source>&amp;Watch product…</source>
        <translation>С&amp;ледить за товаром…</translation>
    </message>
    <message>
        <source>Get an alert when the selected product is back in stock or cheaper</source>
        <translation>Получить уведомление, когда выбранный товар снова появится в наличии или подешевеет</translation>
    </message>
    <message>
        <source>Watch list and &amp;alerts</source>
        <translation>Список отслеживания и &amp;уведомления</translation>
    </message>
    <message>
        <source>Show the watched products and their alerts</source>
        <translation>Показать отслеживаемые товары и уведомления о них</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In the products: open the checkout for the selected product (you still confirm). In the orders: save the selected order (once saved: open its folder)</source>
        <translation>В товарах: открыть оформление покупки выбранного товара (подтверждаете вы сами). В заказах: сохранить выбранный заказ (уже сохранённый — открыть его папку)</translation>
    </message>
    <message>
        <source>Copy the selected order number (in the order list)</source>
        <translation>Копировать номер выбранного заказа (в списке заказов)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous pane: categories, filter, products, orders, order details</source>
        <translation>Перейти к следующей или предыдущей области: категории, фильтр, товары, заказы, подробности заказа</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Стрелки</translation>
    </message>
    <message>
        <source>Move inside a list or table</source>
        <translation>Перемещение по списку или таблице</translation>
    </message>
    <message>
        <source>Menu key / Shift+F10</source>
        <translation>Клавиша меню / Shift+F10</translation>
    </message>
    <message>
        <source>Open the menu of the selected product or order</source>
        <translation>Открыть меню выбранного товара или заказа</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the filter: clear it and go to the products; in a dialog: close it</source>
        <translation>В фильтре: очистить его и перейти к товарам; в окне: закрыть его</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9</source>
        <translation>Ctrl+1 … Ctrl+9</translation>
    </message>
    <message>
        <source>Switch to account 1 … 9 (as listed under the account button)</source>
        <translation>Переключиться на аккаунт 1 … 9 (по порядку в списке под кнопкой аккаунта)</translation>
    </message>
    <message>
        <source>Up / Down, Enter</source>
        <translation>Вверх / Вниз, Enter</translation>
    </message>
    <message>
        <source>Move through the results and open the product (in the store search)</source>
        <translation>Перейти по результатам и открыть товар (в поиске по магазину)</translation>
    </message>
</context>
<context>
    <name>WindowNoticeText</name>
    <message>
        <source>{title}. {body}</source>
        <comment>a notification in the status bar</comment>
        <translation>{title}. {body}</translation>
    </message>
    <message>
        <source>TeleAccountHub is still running</source>
        <translation>TeleAccountHub продолжает работать</translation>
    </message>
    <message>
        <source>Your orders are still followed. Quit from this icon&apos;s menu.</source>
        <translation>Заказы по-прежнему отслеживаются. Выйти можно через меню этого значка.</translation>
    </message>
</context>
<context>
    <name>WindowSettingsFileText</name>
    <message>
        <source>Your settings in {path} could not be read; the defaults are used for now.</source>
        <translation>Не удалось прочитать настройки в {path}; пока используются значения по умолчанию.</translation>
    </message>
    <message>
        <source>Your settings could not be read and were set aside as {path}; the defaults are used.</source>
        <translation>Не удалось прочитать настройки, поэтому файл переименован в {path}; используются значения по умолчанию.</translation>
    </message>
</context>
<context>
    <name>WindowStartText</name>
    <message>
        <source>TeleAccountHub cannot write its log file in {folder}; the log goes to the terminal instead. Check that folder, or choose another one with {option}.</source>
        <translation>TeleAccountHub не может записать лог-файл в {folder}; лог выводится в терминал. Проверьте эту папку или выберите другую параметром {option}.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s usual port is taken (is TeleAccountHub already running with another data folder?), so this sandbox runs on another port: its orders and watches are not kept after you quit.</source>
        <translation>Обычный порт песочницы занят (может быть, TeleAccountHub уже запущен с другой папкой данных?), поэтому эта песочница работает на другом порту: её заказы и отслеживание не сохранятся после выхода.</translation>
    </message>
    <message>
        <source>TeleAccountHub was started again for the sandbox store; this window stays as it is. To use both at once, start the other with {option} and another folder.</source>
        <translation>TeleAccountHub запустили ещё раз — для песочницы; это окно остаётся как есть. Чтобы работать с обоими сразу, запустите второй с параметром {option} и другой папкой.</translation>
    </message>
    <message>
        <source>TeleAccountHub was started again for the real store; this window stays as it is. To use both at once, start the other with {option} and another folder.</source>
        <translation>TeleAccountHub запустили ещё раз — для настоящего магазина; это окно остаётся как есть. Чтобы работать с обоими сразу, запустите второй с параметром {option} и другой папкой.</translation>
    </message>
    <message>
        <source>Buying is disabled for this run: the order book cannot be opened, so a purchase could not be written down. See the message at the top of the window.</source>
        <translation>Покупки отключены до перезапуска: журнал заказов не открывается, и покупку негде было бы записать. Подробности — в сообщении вверху окна.</translation>
    </message>
</context>
<context>
    <name>WindowText</name>
    <message>
        <source>Starting up: buying is possible in a moment.</source>
        <translation>Приложение запускается: купить можно будет через мгновение.</translation>
    </message>
    <message>
        <source>The store is unreachable, so buying waits until it answers again (Refresh, F5, tries now).</source>
        <translation>Магазин недоступен, поэтому покупки подождут, пока он снова ответит («Обновить» или F5 — попробовать сейчас).</translation>
    </message>
    <message>
        <source>TeleAccountHub — Sandbox</source>
        <translation>TeleAccountHub — песочница</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Строка меню</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <source>Spacer</source>
        <translation>Отступ</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Products and orders</source>
        <translation>Товары и заказы</translation>
    </message>
    <message>
        <source>Categories and products</source>
        <translation>Категории и товары</translation>
    </message>
    <message>
        <source>Catalog status</source>
        <translation>Состояние каталога</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Строка состояния</translation>
    </message>
    <message>
        <source>Balance age</source>
        <translation>Давность баланса</translation>
    </message>
    <message>
        <source>Sandbox — nothing is charged</source>
        <translation>Песочница — деньги не списываются</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Режим песочницы</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <comment>the badge on the toolbar</comment>
        <translation>ПЕСОЧНИЦА</translation>
    </message>
    <message>
        <source>You are on the sandbox store: a demo key and demo products. Nothing is charged.</source>
        <translation>Вы в магазине-песочнице: демо-ключ и демо-товары. Деньги не списываются.</translation>
    </message>
    <message>
        <source>The store has no categories now.</source>
        <translation>Сейчас в магазине нет категорий.</translation>
    </message>
    <message>
        <source>No catalog yet: {reason}. It will show here as soon as the store answers.</source>
        <translation>Каталога пока нет: {reason}. Он появится здесь, как только магазин ответит.</translation>
    </message>
    <message>
        <source>The categories have not loaded yet.</source>
        <translation>Категории ещё не загрузились.</translation>
    </message>
    <message>
        <source>Catalog updated {time}</source>
        <translation>Каталог обновлён в {time}</translation>
    </message>
    <message>
        <source>The favourite could not be saved.</source>
        <translation>Не удалось сохранить избранное.</translation>
    </message>
    <message>
        <source>Product actions</source>
        <translation>Действия с товаром</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Закрепить наверху</translation>
    </message>
    <message>
        <source>Enter your API key to buy (File → Accounts…).</source>
        <translation>Чтобы покупать, введите API-ключ (Файл → Аккаунты…).</translation>
    </message>
    <message>
        <source>Select a product to buy.</source>
        <translation>Выберите товар для покупки.</translation>
    </message>
    <message>
        <source>{name} is out of stock.</source>
        <translation>{name}: нет в наличии.</translation>
    </message>
    <message>
        <source>The store says nothing can be bought right now.</source>
        <translation>Магазин сообщает, что сейчас ничего купить нельзя.</translation>
    </message>
    <message>
        <source>Un&amp;pin product</source>
        <translation>От&amp;крепить товар</translation>
    </message>
    <message>
        <source>from {age}</source>
        <comment>the balance shown is from 5 min ago</comment>
        <translation>получен {age}</translation>
    </message>
    <message>
        <source>The store is unreachable: this is the last balance it sent. Buying waits until it answers again.</source>
        <translation>Магазин недоступен: это последний баланс, который он прислал. Покупки подождут, пока он снова ответит.</translation>
    </message>
    <message>
        <source>Your balance is low</source>
        <translation>Баланс заканчивается</translation>
    </message>
    <message>
        <source>{balance} left, below the {threshold} set in Settings. Top up in the store&apos;s Telegram bot to keep buying.</source>
        <translation>Осталось {balance} — меньше порога {threshold} из настроек. Пополните баланс в Telegram-боте магазина, чтобы покупать дальше.</translation>
    </message>
    <message>
        <source>The store refused the API key ({reason}). Paste a valid key from the Telegram bot, then Test and Save.</source>
        <translation>Магазин не принял API-ключ ({reason}). Вставьте действующий ключ из Telegram-бота, затем нажмите «Проверить» и «Сохранить».</translation>
    </message>
</context>
<context>
    <name>WindowTrayText</name>
    <message numerus="yes">
        <source>TeleAccountHub — %n order(s) ready to save</source>
        <translation>
            <numerusform>TeleAccountHub — %n заказ готов к сохранению</numerusform>
            <numerusform>TeleAccountHub — %n заказа готовы к сохранению</numerusform>
            <numerusform>TeleAccountHub — %n заказов готовы к сохранению</numerusform>
        </translation>
    </message>
    <message>
        <source>Tray menu</source>
        <translation>Меню в трее</translation>
    </message>
    <message>
        <source>Show TeleAccountHub</source>
        <translation>Показать TeleAccountHub</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
</context>
</TS>
