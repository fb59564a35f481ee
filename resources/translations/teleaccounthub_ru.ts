<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
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
        <source>Demo 2</source>
        <translation>Демо 2</translation>
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
