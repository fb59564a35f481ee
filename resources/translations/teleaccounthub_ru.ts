<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context>
    <name>CheckoutText</name>
    <message>
        <source>The purchase was sent, but the app could not read the store&apos;s answer, so it cannot tell whether the order was placed. It will not send it again. Your balance is being refreshed: if it went down, the order exists — use “Track order by id…” with the order id from the Telegram bot to follow it here. (What happened: {reason}.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase is being sent to the store. Wait for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last order was placed but is not saved on this computer yet. Read its message and close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of your last purchase is unknown. Read its message and close it before buying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store asked to wait before the next purchase: try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkout is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your API key to buy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was bought: the purchase could not be written down on this computer first (is the disk full or read-only?). Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an internal error ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is no longer available ({reason}). Nothing was bought; the category is being refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the API key. Nothing was bought. Enter a valid key, then buy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is receiving too many requests. Nothing was bought; you can try again when the countdown ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store rejected the order as invalid ({reason}). Nothing was bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be reached ({reason}). Nothing was sent, so nothing was bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} (id {order_id}) was placed and charged {charged}, but it could not be saved on this computer (is the disk full?). The app keeps it in memory and keeps trying to save it. Write the order id down: you can track it by id later. Do not buy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} placed: {count} × {name}, charged {charged}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance is too low: this order costs {total} and you have {balance}. You need {missing} more. Nothing was bought. Top up in the Telegram bot or choose a smaller quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance is too low for this order ({reason}). Nothing was bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy {count} × {name} for {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly {amount} per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track order by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown}  (exactly {exact})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance is not known yet: the quantity is limited by stock only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance covers at most {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product is out of stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count}: only {count} in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance ({balance}) does not cover one unit. Top up in the Telegram bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count}: your balance covers {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the balance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This purchase is finished; close the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many to buy (1 to {maximum}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{typed}” is not a whole number. Enter 1 to {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy at least 1 (you typed {typed}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadText</name>
    <message>
        <source>The auto-save folder {folder} is not usable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your API key to download orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order belongs to another account or store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} is already being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key changed before the order could be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order #{number} could not be saved automatically (%n attempt(s)): {reason} Use “Save…” to try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The store refused the API key; enter a valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved (an unexpected error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: the folder {folder} does not allow writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: the disk that holds {folder} is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{received} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size}/s</source>
        <comment>a download&apos;s speed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} could not be opened: no file manager answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download this order&apos;s ZIP again to the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>a download</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} → {file}: not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} → {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} Nothing was left under {file}. Retry downloads it again.</source>
        <translation type="unfinished"></translation>
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
    <name>OrdersText</name>
    <message>
        <source>The file is missing: nothing is at {path} any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP is readable and every file in it passes its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is the one that was saved (same SHA-256), and every file in it passes its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed since it was saved (it is {now} bytes, it was {then}). It is still a readable ZIP, but not the one the store sent: save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed since it was saved (it is {now} bytes, it was {then}). It is no longer a readable ZIP: save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed since it was saved (its SHA-256 is not the one recorded). It is still a readable ZIP, but not the one the store sent: save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was changed since it was saved (its SHA-256 is not the one recorded). It is no longer a readable ZIP: save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a valid ZIP archive; save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a valid ZIP archive: {name} is damaged; save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only part of the archive could be listed, so its items cannot be counted against the %Ln ordered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %Ln ordered, in {folder}/</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %Ln ordered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %Ln item file(s) but 1 was ordered: they cannot be matched one to one. Look inside before you use them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive holds %Ln item file(s) but {quantity} were ordered: they cannot be matched one to one. Look inside before you use them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not a ZIP archive (it has no table of contents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s table of contents is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The archive claims %Ln entries, more than its table of contents can hold.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive&apos;s table of contents is too large to list in full; the first %Ln entries are shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The archive&apos;s table of contents is damaged after %Ln entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unpacks to over a thousand times its packed size</source>
        <comment>a file in a ZIP</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is not valid text</source>
        <comment>a file in a ZIP</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name contains a NUL character</source>
        <comment>a file in a ZIP</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name contains control characters</source>
        <comment>a file in a ZIP</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name contains characters that reverse the text direction</source>
        <comment>a file in a ZIP</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an absolute path</source>
        <comment>a file in a ZIP</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name contains a backslash</source>
        <comment>a file in a ZIP</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path goes up out of the folder (..)</source>
        <comment>a file in a ZIP</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name</source>
        <comment>a file in a ZIP</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refuses access to this order (403). It is no longer checked. “Check now” asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store does not know order {order_id} ({status}). It is no longer checked. “Check now” asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s answer about order {order_id} could not be read or stored. It is checked again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your API key to track orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key changed while the order was being looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking orders failed unexpectedly ({name}); it is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying order #{number} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now listed as “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price now {price} (what the order cost is not known here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price now {price} (was {paid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same price as then: {price}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln item(s) in stock now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” is no longer listed by the store, so it cannot be bought again. Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} was placed elsewhere, so its category is not known here: find “{name}” in the catalog to buy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account is in use now, so the checkout was closed without buying. Open it again to buy with this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up today&apos;s price of “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s price could not be read, so nothing was opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save order #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export orders as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your API key to export its orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders could not be exported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln order(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The notice could not be dismissed: the order book cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by tracking the order by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} (id {order_id}) was already in your order list; it is selected and was checked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} (id {order_id}) is now in your order list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the store about order #{number} now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} is ready ({account})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} × {name} — save the ZIP from the order list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded (saved by an earlier version of the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>an order&apos;s ZIP</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id (API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>when the order was completed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <comment>when the ZIP was saved</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the file was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the saved file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the saved file against its recorded SHA-256 and the ZIP&apos;s own checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the checkout with the same product and quantity at today&apos;s price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order details status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked when it was saved; “Verify again” checks it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known (the order was placed elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} (the store says {display})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{size} (%Ln byte(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) ordered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the archive&apos;s table of contents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contents cannot be shown: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln dangerous name(s): do not unpack this archive with another program before you look at it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more not listed.</source>
        <comment>entries of the archive</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entries in the archive: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <comment>the order&apos;s id in the store&apos;s API</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <comment>quantity, a short column header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>an order no longer checked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing · {elapsed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>an order</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app closed while this purchase was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app cannot tell whether this purchase of {count} × {name} went through. {why}
If your balance went down, track the order by id; otherwise dismiss it (right-click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number}; the store&apos;s API knows it as id {order_id} (use the id with “Track order by id…”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged exactly {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Completed {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>an order&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>an order&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>an order&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>an order&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <comment>an order&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>an order&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>an order&apos;s status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) processing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) ready to save</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) no longer checked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No orders yet.
Buy a product ({key}) and its order appears here at once. Orders placed in the Telegram bot or with curl can be added with “Track order by id…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track order by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss: it did not go through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase of {count} × {name} may have gone through at {moment}: the app closed before the store answered. It costs about {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance was {before} then and is {now} now (down {change}): if that matches, the order exists — track it by id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance was {before} then and is {now} now (not down): the purchase probably did not go through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your balance was {before} then; the current balance is being fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%Ln more such purchase(s) in the order list.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A purchase may have gone through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What may have happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>a notice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not go through: remove this notice and its row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no order with id {order_id} for this API key. Check the id — it is not the order number (#10094) but the id (74).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the API key. Enter a valid key, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is receiving too many requests. Try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be reached: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be looked up: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the order id (for example 74).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{typed}” is not an order id. An order id is a whole number, like 74.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} is order id {order_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order #{number} is not in your order list, so its id is not known here. The store&apos;s API needs the order&apos;s id (for example 74), which the Telegram bot shows with the order; the order number (#10094) cannot be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track order by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an order placed in the Telegram bot, with curl or when the app could not tell whether a purchase went through. Enter the order&apos;s id (for example 74). An order number (for example #10094) works only for orders already in your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <comment>a button: look the order up</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not unpack this archive with another program before you look at it: {problems}</source>
        <translation type="unfinished"></translation>
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
