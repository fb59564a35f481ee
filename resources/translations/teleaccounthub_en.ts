<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
</TS>
