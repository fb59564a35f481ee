<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AccountKeyText</name>
    <message numerus="yes">
        <source>This is %Ln character(s) long; an API key is much shorter.</source>
        <translation>
            <numerusform>This is %Ln character long; an API key is much shorter.</numerusform>
            <numerusform>This is %Ln characters long; an API key is much shorter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountText</name>
    <message numerus="yes">
        <source>Get a key in the store&apos;s Telegram bot: {menu}. It starts with {prefix}.</source>
        <comment>menu: the bot&apos;s buttons; prefix: how a key begins</comment>
        <translation>
            <numerusform>Get a key in the store&apos;s Telegram bot: {menu}. It starts with {prefix}.</numerusform>
            <numerusform>Get a key in the store&apos;s Telegram bot: {menu}. It starts with {prefix}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiText</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No API key is set. Enter the API key from the store&apos;s Telegram bot ({menu}).</source>
        <comment>menu: the bot&apos;s own button names</comment>
        <translation>
            <numerusform>No API key is set. Enter the API key from the store&apos;s Telegram bot ({menu}).</numerusform>
            <numerusform>No API key is set. Enter the API key from the store&apos;s Telegram bot ({menu}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The proxy&apos;s address is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>The proxy&apos;s address is too long (at most %n character).</numerusform>
            <numerusform>The proxy&apos;s address is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The user name is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>The user name is too long (at most %n character).</numerusform>
            <numerusform>The user name is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password is too long (at most %n character(s)).</source>
        <translation>
            <numerusform>The password is too long (at most %n character).</numerusform>
            <numerusform>The password is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The store redirected the download more than %n time(s); it was not followed further.</source>
        <translation>
            <numerusform>The store redirected the download more than %n time; it was not followed further.</numerusform>
            <numerusform>The store redirected the download more than %n times; it was not followed further.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message numerus="yes">
        <source>%Ln of the categories could not be read</source>
        <translation>
            <numerusform>%Ln of the categories could not be read</numerusform>
            <numerusform>%Ln of the categories could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln product(s)</source>
        <translation>
            <numerusform>{shown} of %Ln product</numerusform>
            <numerusform>{shown} of %Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) could not be read</source>
        <translation>
            <numerusform>%Ln product could not be read</numerusform>
            <numerusform>%Ln products could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadText</name>
    <message numerus="yes">
        <source>Order #{number} could not be saved automatically (%n attempt(s)): {reason} Use “Save…” to try again.</source>
        <translation>
            <numerusform>Order #{number} could not be saved automatically (%n attempt): {reason} Use “Save…” to try again.</numerusform>
            <numerusform>Order #{number} could not be saved automatically (%n attempts): {reason} Use “Save…” to try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatText</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsText</name>
    <message numerus="yes">
        <source>Exported %Ln row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln row to {path}.</numerusform>
            <numerusform>Exported %Ln rows to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted: %Ln order(s) bought in this app.</source>
        <translation>
            <numerusform>Counted: %Ln order bought in this app.</numerusform>
            <numerusform>Counted: %Ln orders bought in this app.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %Ln order(s) that failed, were cancelled or were placed elsewhere (their price is not known here).</source>
        <translation>
            <numerusform>Not counted: %Ln order that failed, were cancelled or were placed elsewhere (their price is not known here).</numerusform>
            <numerusform>Not counted: %Ln orders that failed, were cancelled or were placed elsewhere (their price is not known here).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrdersText</name>
    <message numerus="yes">
        <source>Only part of the archive could be listed, so its items cannot be counted against the %Ln ordered.</source>
        <translation>
            <numerusform>Only part of the archive could be listed, so its items cannot be counted against the %Ln ordered.</numerusform>
            <numerusform>Only part of the archive could be listed, so its items cannot be counted against the %Ln ordered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %Ln ordered, in {folder}/</source>
        <translation>
            <numerusform>%Ln of %Ln ordered, in {folder}/</numerusform>
            <numerusform>%Ln of %Ln ordered, in {folder}/</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %Ln ordered</source>
        <translation>
            <numerusform>%Ln of %Ln ordered</numerusform>
            <numerusform>%Ln of %Ln ordered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %Ln item file(s) but 1 was ordered: they cannot be matched one to one. Look inside before you use them.</source>
        <translation>
            <numerusform>The archive holds %Ln item file but 1 was ordered: they cannot be matched one to one. Look inside before you use them.</numerusform>
            <numerusform>The archive holds %Ln item files but 1 was ordered: they cannot be matched one to one. Look inside before you use them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %Ln item file(s) but {quantity} were ordered: they cannot be matched one to one. Look inside before you use them.</source>
        <translation>
            <numerusform>The archive holds %Ln item file but {quantity} were ordered: they cannot be matched one to one. Look inside before you use them.</numerusform>
            <numerusform>The archive holds %Ln item files but {quantity} were ordered: they cannot be matched one to one. Look inside before you use them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive claims %Ln entries, more than its table of contents can hold.</source>
        <translation>
            <numerusform>The archive claims %Ln entries, more than its table of contents can hold.</numerusform>
            <numerusform>The archive claims %Ln entries, more than its table of contents can hold.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive&apos;s table of contents is too large to list in full; the first %Ln entries are shown.</source>
        <translation>
            <numerusform>The archive&apos;s table of contents is too large to list in full; the first %Ln entries are shown.</numerusform>
            <numerusform>The archive&apos;s table of contents is too large to list in full; the first %Ln entries are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive&apos;s table of contents is damaged after %Ln entries.</source>
        <translation>
            <numerusform>The archive&apos;s table of contents is damaged after %Ln entries.</numerusform>
            <numerusform>The archive&apos;s table of contents is damaged after %Ln entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln item(s) in stock now.</source>
        <translation>
            <numerusform>Only %Ln item in stock now.</numerusform>
            <numerusform>Only %Ln items in stock now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to {path}.</source>
        <translation>
            <numerusform>Exported %Ln order to {path}.</numerusform>
            <numerusform>Exported %Ln orders to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{size} (%Ln byte(s))</source>
        <translation>
            <numerusform>{size} (%Ln byte)</numerusform>
            <numerusform>{size} (%Ln bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) ordered</source>
        <translation>
            <numerusform>%Ln item ordered</numerusform>
            <numerusform>%Ln items ordered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dangerous name(s): do not unpack this archive with another program before you look at it.</source>
        <translation>
            <numerusform>%Ln dangerous name: do not unpack this archive with another program before you look at it.</numerusform>
            <numerusform>%Ln dangerous names: do not unpack this archive with another program before you look at it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more not listed.</source>
        <comment>entries of the archive</comment>
        <translation>
            <numerusform>… and %Ln more not listed.</numerusform>
            <numerusform>… and %Ln more not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) processing</source>
        <translation>
            <numerusform>%Ln order processing</numerusform>
            <numerusform>%Ln orders processing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) ready to save</source>
        <translation>
            <numerusform>%Ln order ready to save</numerusform>
            <numerusform>%Ln orders ready to save</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) no longer checked</source>
        <translation>
            <numerusform>%Ln order no longer checked</numerusform>
            <numerusform>%Ln orders no longer checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln more such purchase(s) in the order list.)</source>
        <translation>
            <numerusform>(%Ln more such purchase in the order list.)</numerusform>
            <numerusform>(%Ln more such purchases in the order list.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchText</name>
    <message numerus="yes">
        <source>Searched all %Ln categories</source>
        <translation>
            <numerusform>Searched all %Ln categories</numerusform>
            <numerusform>Searched all %Ln categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching {searched} of %Ln categories…</source>
        <translation>
            <numerusform>Searching {searched} of %Ln categories…</numerusform>
            <numerusform>Searching {searched} of %Ln categories…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched {searched} of %Ln categories</source>
        <translation>
            <numerusform>Searched {searched} of %Ln categories</numerusform>
            <numerusform>Searched {searched} of %Ln categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) found</source>
        <translation>
            <numerusform>%Ln product found</numerusform>
            <numerusform>%Ln products found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No product in %Ln categories matches “{query}” yet; still searching the others…</source>
        <translation>
            <numerusform>No product in %Ln categories matches “{query}” yet; still searching the others…</numerusform>
            <numerusform>No product in %Ln categories matches “{query}” yet; still searching the others…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No product in %Ln categories matches “{query}”. Try a country name or a dial code like +63.</source>
        <translation>
            <numerusform>No product in %Ln categories matches “{query}”. Try a country name or a dial code like +63.</numerusform>
            <numerusform>No product in %Ln categories matches “{query}”. Try a country name or a dial code like +63.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchText</name>
    <message numerus="yes">
        <source>At most %Ln products can be watched.</source>
        <translation>
            <numerusform>At most %Ln products can be watched.</numerusform>
            <numerusform>At most %Ln products can be watched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %Ln product(s)</source>
        <translation>
            <numerusform>Watching %Ln product</numerusform>
            <numerusform>Watching %Ln products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowTrayText</name>
    <message numerus="yes">
        <source>TeleAccountHub — %n order(s) ready to save</source>
        <translation>
            <numerusform>TeleAccountHub — %n order ready to save</numerusform>
            <numerusform>TeleAccountHub — %n orders ready to save</numerusform>
        </translation>
    </message>
</context>
</TS>
