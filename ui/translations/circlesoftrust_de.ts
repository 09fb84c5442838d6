<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountActions</name>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Besi&amp;tzer:</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>You own no account yet</source>
        <translation>Ihnen gehört noch kein Konto</translation>
    </message>
    <message>
        <source>Edit an account (Ctrl+E) to make it yours, or untick Mine.</source>
        <translation>Bearbeiten Sie ein Konto (Strg+E), um es zu Ihrem zu machen, oder entfernen Sie das Häkchen bei Meine.</translation>
    </message>
</context>
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
    <name>CaptureActions</name>
    <message>
        <source>Reading the settings</source>
        <translation>Die Einstellungen werden gelesen</translation>
    </message>
</context>
<context>
    <name>CaptureHub</name>
    <message>
        <source>Reading the settings</source>
        <translation>Die Einstellungen werden gelesen</translation>
    </message>
    <message>
        <source>Mail and calendar: {why}</source>
        <translation>Mail und Kalender: {why}</translation>
    </message>
    <message>
        <source>Writing the calendar file</source>
        <translation>Die Kalenderdatei wird geschrieben</translation>
    </message>
    <message>
        <source>The calendar file could not be written: {why}</source>
        <translation>Die Kalenderdatei konnte nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>Log mail and calendar from the watched folder</source>
        <translation>Mail und Kalender aus dem überwachten Ordner erfassen</translation>
    </message>
    <message>
        <source>Reading the watched folder</source>
        <translation>Der überwachte Ordner wird gelesen</translation>
    </message>
    <message>
        <source>From the watched folder: {what}.</source>
        <translation>Aus dem überwachten Ordner: {what}.</translation>
    </message>
    <message>
        <source>The watched folder could not be read: {why}</source>
        <translation>Der überwachte Ordner konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The pickup from the watched folder was undone</source>
        <translation>Die Übernahme aus dem überwachten Ordner wurde rückgängig gemacht</translation>
    </message>
    <message>
        <source>Other changes came after the pickup: undo them first (Edit → Undo)</source>
        <translation>Nach der Übernahme kamen andere Änderungen: machen Sie diese zuerst rückgängig (Bearbeiten → Rückgängig)</translation>
    </message>
    <message>
        <source>Reading the reminders</source>
        <translation>Die Erinnerungen werden gelesen</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
</context>
<context>
    <name>CaptureImportDialog</name>
    <message>
        <source>Import mail and calendar</source>
        <translation>Mail und Kalender importieren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Log meetings and mails from your own files</source>
        <translation>Termine und Mails aus Ihren eigenen Dateien erfassen</translation>
    </message>
    <message>
        <source>A calendar export (.ics), a mail folder (mbox, a Thunderbird profile) or saved messages (.eml, Outlook .msg). Only dates, people and durations are kept — never a message&apos;s text. Nothing is written until you click Import.</source>
        <translation>Ein Kalenderexport (.ics), ein Mailordner (mbox, ein Thunderbird-Profil) oder gespeicherte Nachrichten (.eml, Outlook .msg). Nur Daten, Personen und Dauer werden behalten — nie der Text einer Nachricht. Nichts wird geschrieben, bevor Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>A file or a folder</source>
        <translation>Eine Datei oder ein Ordner</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Calendars and mail</source>
        <translation>Kalender und Mail</translation>
    </message>
    <message>
        <source>Calendars only</source>
        <translation>Nur Kalender</translation>
    </message>
    <message>
        <source>Mail only</source>
        <translation>Nur Mail</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Keep meeting titles and mail subjects in the notes</source>
        <translation>Termintitel und Mailbetreffs in den Notizen behalten</translation>
    </message>
    <message>
        <source>me@example.com, me@work.example</source>
        <translation>ich@beispiel.de, ich@arbeit.beispiel</translation>
    </message>
    <message>
        <source>Mail from these addresses was sent by you, mail to them received; a thread with both is a conversation. Set them for good in Edit → Mail and Calendar Settings.</source>
        <translation>Mail von diesen Adressen haben Sie gesendet, Mail an sie empfangen; ein Verlauf mit beidem ist ein Gespräch. Dauerhaft festlegen unter Bearbeiten → Mail- und Kalendereinstellungen.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>My addresses:</source>
        <translation>Meine Adressen:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>My addresses</source>
        <translation>Meine Adressen</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Die Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>What will be logged, per account</source>
        <translation>Was erfasst wird, pro Konto</translation>
    </message>
    <message>
        <source>People to add as contacts</source>
        <translation>Personen, die als Kontakte hinzugefügt werden</translation>
    </message>
    <message>
        <source>Skipped, unmatched and problems</source>
        <translation>Übersprungen, nicht zugeordnet und Probleme</translation>
    </message>
    <message>
        <source>Import writes everything in one step, after a backup of the database file. Edit → Undo takes the whole import back. Importing the same files again logs nothing twice.</source>
        <translation>Der Import schreibt alles in einem Schritt, nach einer Sicherung der Datenbankdatei. Bearbeiten → Rückgängig nimmt den ganzen Import zurück. Dieselben Dateien erneut zu importieren erfasst nichts doppelt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>Die Einstellungen werden gelesen</translation>
    </message>
    <message>
        <source>Choose a calendar or mail file</source>
        <translation>Kalender- oder Maildatei wählen</translation>
    </message>
    <message>
        <source>Choose a folder of calendars or mail</source>
        <translation>Ordner mit Kalendern oder Mail wählen</translation>
    </message>
    <message>
        <source>Choose a file or a folder first.</source>
        <translation>Wählen Sie zuerst eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <source>{path}: no such file or folder.</source>
        <translation>{path}: diese Datei oder dieser Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>{done} of {total} read</source>
        <translation>{done} von {total} gelesen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Reading stopped. Nothing was imported.</source>
        <translation>Lesen abgebrochen. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Die Dateien lesen</translation>
    </message>
    <message>
        <source>{meetings} and {emails} to log on {accounts}</source>
        <translation>{meetings} und {emails} zu erfassen bei {accounts}</translation>
    </message>
    <message>
        <source>{n} meeting</source>
        <translation>{n} Termin</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>{n} Termine</translation>
    </message>
    <message>
        <source>{n} e-mail</source>
        <translation>{n} E-Mail</translation>
    </message>
    <message>
        <source>{n} e-mails</source>
        <translation>{n} E-Mails</translation>
    </message>
    <message>
        <source>{n} account</source>
        <translation>{n} Konto</translation>
    </message>
    <message>
        <source>{n} accounts</source>
        <translation>{n} Konten</translation>
    </message>
    <message>
        <source>Nothing new to log</source>
        <translation>Nichts Neues zu erfassen</translation>
    </message>
    <message>
        <source>{read} read from {files}.</source>
        <translation>{read} aus {files} gelesen.</translation>
    </message>
    <message>
        <source>{n} item</source>
        <translation>{n} Eintrag</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>{n} file</source>
        <translation>{n} Datei</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} Dateien</translation>
    </message>
    <message>
        <source>{n} already logged by an earlier import: not logged again.</source>
        <translation>{n} bereits durch einen früheren Import erfasst: nicht erneut erfasst.</translation>
    </message>
    <message>
        <source>{n} earlier e-mail becomes a conversation (two-way).</source>
        <translation>{n} frühere E-Mail wird zu einem Gespräch (beidseitig).</translation>
    </message>
    <message>
        <source>{n} earlier e-mails become a conversation (two-way).</source>
        <translation>{n} frühere E-Mails werden zu einem Gespräch (beidseitig).</translation>
    </message>
    <message>
        <source>Nobody new was seen at your accounts&apos; domains.</source>
        <translation>Bei den Domains Ihrer Konten wurde niemand Neues gesehen.</translation>
    </message>
    <message>
        <source>People not yet contacts, seen at an account&apos;s domain. Tick those to add as contacts of that account (their meetings and mails are logged with them); nobody is added unless ticked.</source>
        <translation>Personen, die noch keine Kontakte sind, gesehen bei der Domain eines Kontos. Haken Sie an, wen Sie als Kontakt dieses Kontos hinzufügen möchten (ihre Termine und Mails werden mit ihnen erfasst); ohne Haken wird niemand hinzugefügt.</translation>
    </message>
    <message>
        <source>{name} · {email}
{account}, seen {times}</source>
        <translation>{name} · {email}
{account}, {times} gesehen</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n}-mal</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <source>Addresses that belong to no contact or account ({n}), most seen first:</source>
        <translation>Adressen, die zu keinem Kontakt und keinem Konto gehören ({n}), die häufigsten zuerst:</translation>
    </message>
    <message>
        <source>Problems in the files ({n}):</source>
        <translation>Probleme in den Dateien ({n}):</translation>
    </message>
    <message>
        <source>Import mail and calendar from {source}</source>
        <translation>Mail und Kalender aus {source} importieren</translation>
    </message>
    <message>
        <source>Reading the files again with the people you added…</source>
        <translation>Die Dateien werden mit den hinzugefügten Personen erneut gelesen…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>{n} new contact added.</source>
        <translation>{n} neuer Kontakt hinzugefügt.</translation>
    </message>
    <message>
        <source>{n} new contacts added.</source>
        <translation>{n} neue Kontakte hinzugefügt.</translation>
    </message>
    <message>
        <source>A backup was made first: {path}</source>
        <translation>Zuerst wurde eine Sicherung angelegt: {path}</translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>Bearbeiten → Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <source>Not imported, nothing was written: {why}</source>
        <translation>Nicht importiert, nichts wurde geschrieben: {why}</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>CaptureSettingsDialog</name>
    <message>
        <source>Mail and Calendar Settings</source>
        <translation>Mail- und Kalendereinstellungen</translation>
    </message>
    <message>
        <source>My e-mail addresses:</source>
        <translation>Meine E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>Keep meeting titles in the notes</source>
        <translation>Termintitel in den Notizen behalten</translation>
    </message>
    <message>
        <source>Keep mail subjects in the notes</source>
        <translation>Mailbetreffs in den Notizen behalten</translation>
    </message>
    <message>
        <source>None: nothing is picked up by itself</source>
        <translation>Keiner: nichts wird von selbst übernommen</translation>
    </message>
    <message>
        <source>Watched folder:</source>
        <translation>Überwachter Ordner:</translation>
    </message>
    <message>
        <source>Calendar and mail files dropped in this folder are logged when the app starts and while it runs; a notice says what was logged, with Undo.</source>
        <translation>Kalender- und Maildateien, die in diesem Ordner landen, werden beim Start und während des Betriebs erfasst; ein Hinweis sagt, was erfasst wurde, mit Rückgängig.</translation>
    </message>
    <message>
        <source>None: no calendar file is kept</source>
        <translation>Keine: es wird keine Kalenderdatei geführt</translation>
    </message>
    <message>
        <source>Calendar file:</source>
        <translation>Kalenderdatei:</translation>
    </message>
    <message>
        <source>Tasks and follow-ups, rewritten after every change: subscribe to this file in Thunderbird, Apple Calendar or Outlook.</source>
        <translation>Aufgaben und Nachfassen, nach jeder Änderung neu geschrieben: abonnieren Sie diese Datei in Thunderbird, Apple Kalender oder Outlook.</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> Tage voraus</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>Nachfassen:</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Keine Erinnerungen</translation>
    </message>
    <message>
        <source>08:00 on the day</source>
        <translation>08:00 am Tag selbst</translation>
    </message>
    <message>
        <source>09:00 on the day</source>
        <translation>09:00 am Tag selbst</translation>
    </message>
    <message>
        <source>12:00 on the day</source>
        <translation>12:00 am Tag selbst</translation>
    </message>
    <message>
        <source>18:00 the day before</source>
        <translation>18:00 am Vortag</translation>
    </message>
    <message>
        <source>{n} minutes after the day starts</source>
        <translation>{n} Minuten nach Tagesbeginn</translation>
    </message>
    <message>
        <source>Calendar reminder:</source>
        <translation>Erinnerung im Kalender:</translation>
    </message>
    <message>
        <source>Tasks as to-dos instead of all-day events</source>
        <translation>Aufgaben als To-dos statt als ganztägige Termine</translation>
    </message>
    <message>
        <source>Desktop notifications for due tasks and accounts at risk</source>
        <translation>Desktop-Benachrichtigungen für fällige Aufgaben und gefährdete Konten</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Erinnerungen:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Überwachter Ordner</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <source>Change mail and calendar settings</source>
        <translation>Mail- und Kalendereinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Nothing was saved. Your changes are still in the form: {fields}.</source>
        <translation>Es wurde nichts gespeichert. Ihre Änderungen stehen noch im Formular: {fields}.</translation>
    </message>
    <message>
        <source>&amp;Reload and re-apply my changes</source>
        <translation>Neu &amp;laden und meine Änderungen übernehmen</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>Meine &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source> at {time}</source>
        <translation> um {time}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt; was changed by &lt;b&gt;{who}&lt;/b&gt;{when} after you opened it</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt; wurde{when} von &lt;b&gt;{who}&lt;/b&gt; geändert, nachdem Sie es geöffnet hatten</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nicht gespeichert: {why}</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>der anderen Person</translation>
    </message>
    <message>
        <source>Reloaded with the changes of {who}; yours are applied on top.</source>
        <translation>Neu geladen mit den Änderungen von {who}; Ihre wurden darüber angewendet.</translation>
    </message>
    <message>
        <source>You both changed {fields}: yours is kept.</source>
        <translation>Sie haben beide {fields} geändert: Ihre Fassung bleibt.</translation>
    </message>
    <message>
        <source>Check and save.</source>
        <translation>Prüfen und speichern.</translation>
    </message>
</context>
<context>
    <name>DatabaseEncryption</name>
    <message>
        <source>a PostgreSQL database is protected by the server, not here</source>
        <translation>eine PostgreSQL-Datenbank wird vom Server geschützt, nicht hier</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>{name} is encrypted already</source>
        <translation>{name} ist bereits verschlüsselt</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation>Datenbank verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt &lt;b&gt;{name}&lt;/b&gt; with a password: anyone who copies the file (or its automatic backups) sees only noise, and Circles of Trust asks for the password when it opens the file.</source>
        <translation>Verschlüsseln Sie &lt;b&gt;{name}&lt;/b&gt; mit einem Passwort: Wer die Datei (oder ihre automatischen Sicherungen) kopiert, sieht nur Rauschen, und Circles of Trust fragt beim Öffnen der Datei nach dem Passwort.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypting {name}…</source>
        <translation>{name} wird verschlüsselt…</translation>
    </message>
    <message>
        <source>Decrypt database</source>
        <translation>Datenbank entschlüsseln</translation>
    </message>
    <message>
        <source>Store {name} without encryption?</source>
        <translation>{name} ohne Verschlüsselung speichern?</translation>
    </message>
    <message>
        <source>Anyone who copies the file can then read every name, e-mail and note in it. Backups made while it was encrypted stay encrypted with the old password.</source>
        <translation>Wer die Datei kopiert, kann dann jeden Namen, jede E-Mail-Adresse und jede Notiz darin lesen. Sicherungen aus der verschlüsselten Zeit bleiben mit dem alten Passwort verschlüsselt.</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Entschlüsseln</translation>
    </message>
    <message>
        <source>Decrypting {name}…</source>
        <translation>{name} wird entschlüsselt…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Choose a new password for &lt;b&gt;{name}&lt;/b&gt;. Backups made before keep the old one.</source>
        <translation>Wählen Sie ein neues Passwort für &lt;b&gt;{name}&lt;/b&gt;. Frühere Sicherungen behalten das alte.</translation>
    </message>
    <message>
        <source>Changing the password of {name}…</source>
        <translation>Das Passwort von {name} wird geändert…</translation>
    </message>
    <message>
        <source>{name} is not encrypted</source>
        <translation>{name} ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Converting {name}</source>
        <translation>{name} umwandeln</translation>
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
        <source>For</source>
        <translation>Für</translation>
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
        <source>Assi&amp;gn…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Give the selected task to someone on the team</source>
        <translation>Die gewählte Aufgabe jemandem im Team geben</translation>
    </message>
    <message>
        <source>M&amp;y tasks</source>
        <translation>Meine Auf&amp;gaben</translation>
    </message>
    <message>
        <source>Only the tasks assigned to you</source>
        <translation>Nur die Ihnen zugewiesenen Aufgaben</translation>
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
    <name>IoActions</name>
    <message>
        <source>The backup &lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its password.</source>
        <translation>Die Sicherung &lt;b&gt;{name}&lt;/b&gt; ist verschlüsselt. Geben Sie ihr Passwort ein.</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Mit Änderungen von anderswo aktualisiert</translation>
    </message>
    <message>
        <source>{name} is encrypted</source>
        <translation>{name} ist verschlüsselt</translation>
    </message>
    <message>
        <source>Nothing was opened: type its password to open it.</source>
        <translation>Es wurde nichts geöffnet: Geben Sie das Passwort ein, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>Type the password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <source>Scores from the pass of {day}; today&apos;s pass is running…</source>
        <translation>Werte aus der Berechnung vom {day}; die heutige Berechnung läuft…</translation>
    </message>
</context>
<context>
    <name>MineFilter</name>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>Only the accounts you own</source>
        <translation>Nur die Konten, die Ihnen gehören</translation>
    </message>
    <message>
        <source>My accounts only</source>
        <translation>Nur meine Konten</translation>
    </message>
    <message>
        <source>Reading your accounts</source>
        <translation>Ihre Konten lesen</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>&lt;b&gt;There is no recovery without the password.&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;Ohne das Passwort gibt es keine Wiederherstellung.&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Type the new password.</source>
        <translation>Geben Sie das neue Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords differ — type them again.</source>
        <translation>Die beiden Passwörter unterscheiden sich — bitte erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>Verschlüsselte Datenbank</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its password to open it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ist verschlüsselt. Geben Sie das Passwort ein, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>Auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>Keeps the password in this computer&apos;s keyring, so it is not asked again</source>
        <translation>Speichert das Passwort im Schlüsselbund dieses Computers, damit es nicht erneut abgefragt wird</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Geben Sie zuerst das Passwort ein.</translation>
    </message>
    <message>
        <source>Wrong password — try again (the file is unchanged).</source>
        <translation>Falsches Passwort — versuchen Sie es erneut (die Datei ist unverändert).</translation>
    </message>
    <message>
        <source>That did not work: {error}</source>
        <translation>Das hat nicht geklappt: {error}</translation>
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
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
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
    <name>TaskAssign</name>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Assign task</source>
        <translation>Aufgabe zuweisen</translation>
    </message>
    <message>
        <source>Who does “{0}” ({1})?</source>
        <translation>Wer erledigt „{0}“ ({1})?</translation>
    </message>
    <message>
        <source>Assign “{0}” to {1}</source>
        <translation>„{0}“ {1} zuweisen</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Save the name the team sees for you</source>
        <translation>Den Namen speichern, den das Team für Sie sieht</translation>
    </message>
    <message>
        <source>What you record carries your name: in the timeline, the meeting brief and the history. Accounts can have an owner and tasks someone they are for; “Mine” in the accounts list and “My tasks” on Today show yours.</source>
        <translation>Was Sie erfassen, trägt Ihren Namen: in der Zeitleiste, im Gesprächsbriefing und im Verlauf. Konten können einen Besitzer haben und Aufgaben jemanden, für den sie sind; „Meine“ in der Kontenliste und „Meine Aufgaben“ unter Heute zeigen Ihre.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>The team:</source>
        <translation>Das Team:</translation>
    </message>
    <message>
        <source>Signed in as {login}</source>
        <translation>Angemeldet als {login}</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(Sie)</translation>
    </message>
    <message>
        <source>Only you so far.</source>
        <translation>Bisher nur Sie.</translation>
    </message>
    <message>
        <source>Saved: the team sees you as {name}.</source>
        <translation>Gespeichert: Das Team sieht Sie als {name}.</translation>
    </message>
    <message>
        <source>Not renamed: {why}</source>
        <translation>Nicht umbenannt: {why}</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>{old} in {new} umbenennen</translation>
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
        <source>stays</source>
        <translation>bleibt</translation>
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
        <source>{0} would move; your change gives {1} another target.</source>
        <translation>{0} würden wechseln; Ihre Änderung gibt {1} ein anderes Ziel.</translation>
    </message>
    <message>
        <source>The first {0} are listed.</source>
        <translation>Die ersten {0} sind aufgeführt.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Circles of Trust</source>
        <translation>Über Circles of Trust</translation>
    </message>
    <message>
        <source>An offline account manager built on concentric trust rings: serve your inner circle best, then grow outwards.</source>
        <translation>Eine Offline-Kundenverwaltung in konzentrischen Vertrauenskreisen: den inneren Kreis am besten betreuen, dann nach außen wachsen.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>The manual (docs/manual.md) is not part of this installation.</source>
        <translation>Das Handbuch (docs/manual.md) gehört nicht zu dieser Installation.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>keine geöffnet</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Circles of Trust — Manual</source>
        <translation>Circles of Trust — Handbuch</translation>
    </message>
</context>
</TS>
