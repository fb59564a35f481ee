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
    <message numerus="yes">
        <source>No API key is set. Enter the API key from the store&apos;s Telegram bot ({menu}).</source>
        <comment>menu: the bot&apos;s own button names</comment>
        <translation>
            <numerusform>No API key is set. Enter the API key from the store&apos;s Telegram bot ({menu}).</numerusform>
            <numerusform>No API key is set. Enter the API key from the store&apos;s Telegram bot ({menu}).</numerusform>
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
</TS>
