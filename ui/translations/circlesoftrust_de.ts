<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArchivedDialog</name>
    <message>
        <source>Archived Accounts</source>
        <translation>Archivierte Accounts</translation>
    </message>
    <message>
        <source>Archived accounts are out of the rings, the table and the suggestions; their history is kept. Restore puts one back where it was (Ctrl+Z undoes).</source>
        <translation>Archivierte Accounts stehen nicht in den Ringen, der Tabelle und den Vorschlägen; ihre Geschichte bleibt erhalten. Wiederherstellen setzt einen Account dorthin zurück, wo er war (Strg+Z macht es rückgängig).</translation>
    </message>
    <message>
        <source>Filter by name, ring or industry</source>
        <translation>Nach Name, Ring oder Branche filtern</translation>
    </message>
    <message>
        <source>Filter archived accounts</source>
        <translation>Archivierte Accounts filtern</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Archived accounts</source>
        <translation>Archivierte Accounts</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the selected account (Enter)</source>
        <translation>Den gewählten Account wiederherstellen (Eingabe)</translation>
    </message>
    <message>
        <source>No archived account matches “{0}”.</source>
        <translation>Kein archivierter Account passt zu „{0}“.</translation>
    </message>
    <message>
        <source>No account is archived.</source>
        <translation>Kein Account ist archiviert.</translation>
    </message>
    <message>
        <source>Restored {0} to {1}. Ctrl+Z archives it again.</source>
        <translation>{0} in {1} wiederhergestellt. Strg+Z archiviert ihn wieder.</translation>
    </message>
    <message>
        <source>Restore {0}</source>
        <translation>{0} wiederherstellen</translation>
    </message>
</context>
<context>
    <name>DueTaskModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation>{0} Tage überfällig</translation>
    </message>
</context>
<context>
    <name>DueTasksPanel</name>
    <message>
        <source>&lt;b&gt;Tasks due&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fällige Aufgaben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tasks due today and overdue</source>
        <translation>Heute fällige und überfällige Aufgaben</translation>
    </message>
    <message>
        <source>No task is due. Well done.</source>
        <translation>Keine Aufgabe ist fällig. Gut gemacht.</translation>
    </message>
    <message>
        <source>Done  (C)</source>
        <translation>Erledigt  (C)</translation>
    </message>
    <message>
        <source>Complete the selected task (C or Space; Ctrl+Z undoes)</source>
        <translation>Die gewählte Aufgabe erledigen (C oder Leertaste; Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Open account  (↵)</source>
        <translation>Account öffnen  (↵)</translation>
    </message>
    <message>
        <source>{0} due</source>
        <translation>{0} fällig</translation>
    </message>
    <message>
        <source>{0}, {1} overdue</source>
        <translation>{0}, {1} überfällig</translation>
    </message>
    <message>
        <source>Complete the task “{0}” ({1})</source>
        <translation>Aufgabe „{0}“ erledigen ({1})</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>As the system ({language})</source>
        <extracomment>Currencies offered first (the app's users: the euro zone, Switzerland, the UK, the US).</extracomment>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>The new language shows when Circles of Trust starts again.</source>
        <translation>Die neue Sprache erscheint, sobald Circles of Trust neu startet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Currency of this database:</source>
        <translation>&amp;Währung dieser Datenbank:</translation>
    </message>
    <message>
        <source>Every amount is shown in this currency; amounts already recorded are not converted.</source>
        <translation>Jeder Betrag wird in dieser Währung angezeigt; bereits erfasste Beträge werden nicht umgerechnet.</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <source>{money} · {date} · weeks start on {weekday}</source>
        <translation>{money} · {date} · Wochen beginnen am {weekday}</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>needs review: imported without an organisation</source>
        <translation>prüfen: ohne Organisation importiert</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Relationships are personal. Double-click a person to open the account; “Log touch” records a call with them today.</source>
        <translation>Beziehungen sind persönlich. Doppelklicken Sie auf eine Person, um den Account zu öffnen; „Kontakt erfassen“ erfasst heute einen Anruf mit ihr.</translation>
    </message>
    <message>
        <source>To stay close to</source>
        <translation>Nah zu bleiben</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Which people</source>
        <translation>Welche Personen</translation>
    </message>
    <message>
        <source>Filter by name, account, e-mail or phone</source>
        <translation>Nach Name, Account, E-Mail oder Telefon filtern</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Log touch</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <source>Record a call with the selected person today</source>
        <translation>Heute einen Anruf mit der gewählten Person erfassen</translation>
    </message>
    <message>
        <source>A call today</source>
        <translation>Heute ein Anruf</translation>
    </message>
    <message>
        <source>A meeting today</source>
        <translation>Heute ein Termin</translation>
    </message>
    <message>
        <source>An e-mail today</source>
        <translation>Heute eine E-Mail</translation>
    </message>
    <message>
        <source>An event today</source>
        <translation>Heute eine Veranstaltung</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Account öffnen</translation>
    </message>
    <message>
        <source>Finding your people…</source>
        <translation>Ihre Personen werden gesucht…</translation>
    </message>
    <message>
        <source>Needs review ({0})</source>
        <translation>Zu prüfen ({0})</translation>
    </message>
    <message>
        <source>{0} of {1} — type to narrow</source>
        <translation>{0} von {1} — tippen zum Eingrenzen</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} Personen</translation>
    </message>
    <message>
        <source>Nobody matches “{0}”</source>
        <translation>Niemand passt zu „{0}“</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <source>Contacts imported without an organisation appear here until their account is checked.</source>
        <translation>Ohne Organisation importierte Kontakte stehen hier, bis ihr Account geprüft ist.</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Noch keine Personen</translation>
    </message>
    <message>
        <source>Add contacts to your accounts and log touchpoints; the people who carry your best relationships show up here.</source>
        <translation>Fügen Sie Ihren Accounts Kontakte hinzu und erfassen Sie Kontaktpunkte; die Personen, die Ihre besten Beziehungen tragen, erscheinen hier.</translation>
    </message>
    <message>
        <source>The people list could not be built</source>
        <translation>Die Personenliste konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Logged a {0} with {1} ({2}) today.</source>
        <translation>Heute erfasst: {0} mit {1} ({2}).</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Log a {0} with {1}</source>
        <translation>{0} mit {1} erfassen</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Quick Capture</source>
        <translation>Schnell erfassen</translation>
    </message>
    <message>
        <source>Alder Legal: call with Quentin yesterday, renewal talk</source>
        <translation>Alder Legal: gestern Anruf mit Quentin, über die Verlängerung</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Account first, then what happened: a call, meeting, e-mail, purchase with its amount, complaint or NPS answer; a person; a date (yesterday, last Friday, 3 March, gestern, gisteren). Enter saves, Esc closes.</source>
        <translation>Zuerst der Account, dann was geschah: ein Anruf, Termin, eine E-Mail, ein Kauf mit Betrag, eine Beschwerde oder NPS-Antwort; eine Person; ein Datum (gestern, vorgestern, 3. März, yesterday). Eingabe speichert, Esc schließt.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Öffnen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <source>Quick capture: {0}</source>
        <translation>Schnell erfasst: {0}</translation>
    </message>
    <message>
        <source>Saved: {0}. Ctrl+Z undoes it.</source>
        <translation>Gespeichert: {0}. Strg+Z macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Language &amp;&amp; money</source>
        <translation>&amp;Sprache &amp;&amp; Geld</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Discard your changes to the settings?</source>
        <translation>Ihre Änderungen an den Einstellungen verwerfen?</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Keep editing to save them with Save.</source>
        <translation>Es wurde noch nichts gespeichert. Bearbeiten Sie weiter, um sie mit Speichern zu sichern.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>WhatIfAccounts</name>
    <message>
        <source>&lt;b&gt;Accounts that would move&lt;/b&gt;</source>
        <translation>&lt;b&gt;Accounts, die wechseln würden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>saved rules too</source>
        <translation>auch die gespeicherten Regeln</translation>
    </message>
    <message>
        <source>The saved rules place it in {0}</source>
        <translation>Die gespeicherten Regeln setzen ihn in {0}</translation>
    </message>
    <message>
        <source>The saved rules already suggest this move</source>
        <translation>Die gespeicherten Regeln schlagen diesen Wechsel schon vor</translation>
    </message>
    <message>
        <source>Accounts that would move</source>
        <translation>Accounts, die wechseln würden</translation>
    </message>
    <message>
        <source>Nobody would move.</source>
        <translation>Niemand würde wechseln.</translation>
    </message>
    <message>
        <source>{0} accounts, {1} of them because of your change.</source>
        <translation>{0} Accounts, davon {1} wegen Ihrer Änderung.</translation>
    </message>
    <message>
        <source>The first {0} are listed.</source>
        <translation>Die ersten {0} sind aufgeführt.</translation>
    </message>
</context>
</TS>
