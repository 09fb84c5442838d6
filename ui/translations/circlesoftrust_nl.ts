<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountActions</name>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Eigen&amp;aar:</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>You own no account yet</source>
        <translation>U bent nog van geen enkel account eigenaar</translation>
    </message>
    <message>
        <source>Edit an account (Ctrl+E) to make it yours, or untick Mine.</source>
        <translation>Bewerk een account (Ctrl+E) om het van u te maken, of vink Mijn uit.</translation>
    </message>
</context>
<context>
    <name>ArchivedDialog</name>
    <message>
        <source>Archived Accounts</source>
        <translation>Gearchiveerde accounts</translation>
    </message>
    <message>
        <source>Archived accounts are out of the rings, the table and the suggestions; their history is kept. Restore puts one back where it was (Ctrl+Z undoes).</source>
        <translation>Gearchiveerde accounts staan niet in de ringen, de tabel en de suggesties; hun geschiedenis blijft bewaard. Herstellen zet een account terug waar het was (Ctrl+Z maakt dat ongedaan).</translation>
    </message>
    <message>
        <source>Filter by name, ring or industry</source>
        <translation>Filter op naam, ring of branche</translation>
    </message>
    <message>
        <source>Filter archived accounts</source>
        <translation>Gearchiveerde accounts filteren</translation>
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
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Archived accounts</source>
        <translation>Gearchiveerde accounts</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Restore the selected account (Enter)</source>
        <translation>Het gekozen account herstellen (Enter)</translation>
    </message>
    <message>
        <source>No archived account matches “{0}”.</source>
        <translation>Geen gearchiveerd account past bij „{0}”.</translation>
    </message>
    <message>
        <source>No account is archived.</source>
        <translation>Er is geen account gearchiveerd.</translation>
    </message>
    <message>
        <source>Restored {0} to {1}. Ctrl+Z archives it again.</source>
        <translation>{0} hersteld in {1}. Ctrl+Z archiveert het weer.</translation>
    </message>
    <message>
        <source>Restore {0}</source>
        <translation>{0} herstellen</translation>
    </message>
</context>
<context>
    <name>CaptureActions</name>
    <message>
        <source>Reading the settings</source>
        <translation>De instellingen worden gelezen</translation>
    </message>
</context>
<context>
    <name>CaptureHub</name>
    <message>
        <source>Reading the settings</source>
        <translation>De instellingen worden gelezen</translation>
    </message>
    <message>
        <source>Mail and calendar: {why}</source>
        <translation>Mail en agenda: {why}</translation>
    </message>
    <message>
        <source>Writing the calendar file</source>
        <translation>Het agendabestand wordt geschreven</translation>
    </message>
    <message>
        <source>The calendar file could not be written: {why}</source>
        <translation>Het agendabestand kon niet worden geschreven: {why}</translation>
    </message>
    <message>
        <source>Log mail and calendar from the watched folder</source>
        <translation>Mail en agenda uit de bewaakte map vastleggen</translation>
    </message>
    <message>
        <source>Reading the watched folder</source>
        <translation>De bewaakte map wordt gelezen</translation>
    </message>
    <message>
        <source>From the watched folder: {what}.</source>
        <translation>Uit de bewaakte map: {what}.</translation>
    </message>
    <message>
        <source>The watched folder could not be read: {why}</source>
        <translation>De bewaakte map kon niet worden gelezen: {why}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>The pickup from the watched folder was undone</source>
        <translation>Wat uit de bewaakte map kwam, is ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Other changes came after the pickup: undo them first (Edit → Undo)</source>
        <translation>Na het ophalen kwamen andere wijzigingen: maak die eerst ongedaan (Bewerken → Ongedaan maken)</translation>
    </message>
    <message>
        <source>Reading the reminders</source>
        <translation>De herinneringen worden gelezen</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… en nog {n}</translation>
    </message>
</context>
<context>
    <name>CaptureImportDialog</name>
    <message>
        <source>Import mail and calendar</source>
        <translation>Mail en agenda importeren</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Log meetings and mails from your own files</source>
        <translation>Afspraken en mails uit je eigen bestanden vastleggen</translation>
    </message>
    <message>
        <source>A calendar export (.ics), a mail folder (mbox, a Thunderbird profile) or saved messages (.eml, Outlook .msg). Only dates, people and durations are kept — never a message&apos;s text. Nothing is written until you click Import.</source>
        <translation>Een agenda-export (.ics), een mailmap (mbox, een Thunderbird-profiel) of opgeslagen berichten (.eml, Outlook .msg). Alleen data, mensen en duur worden bewaard — nooit de tekst van een bericht. Er wordt niets geschreven tot je op Importeren klikt.</translation>
    </message>
    <message>
        <source>A file or a folder</source>
        <translation>Een bestand of een map</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Bestand…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Map…</translation>
    </message>
    <message>
        <source>Calendars and mail</source>
        <translation>Agenda&apos;s en mail</translation>
    </message>
    <message>
        <source>Calendars only</source>
        <translation>Alleen agenda&apos;s</translation>
    </message>
    <message>
        <source>Mail only</source>
        <translation>Alleen mail</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Keep meeting titles and mail subjects in the notes</source>
        <translation>Titels van afspraken en onderwerpen van mails in de notities bewaren</translation>
    </message>
    <message>
        <source>me@example.com, me@work.example</source>
        <translation>ik@voorbeeld.nl, ik@werk.voorbeeld</translation>
    </message>
    <message>
        <source>Mail from these addresses was sent by you, mail to them received; a thread with both is a conversation. Set them for good in Edit → Mail and Calendar Settings.</source>
        <translation>Mail van deze adressen heb jij verstuurd, mail aan deze adressen ontvangen; een draad met beide is een gesprek. Leg ze vast in Bewerken → Instellingen voor mail en agenda.</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Bestanden:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Wat:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>My addresses:</source>
        <translation>Mijn adressen:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>My addresses</source>
        <translation>Mijn adressen</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>De bestanden worden gelezen…</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stoppen met lezen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>What will be logged, per account</source>
        <translation>Wat er wordt vastgelegd, per account</translation>
    </message>
    <message>
        <source>People to add as contacts</source>
        <translation>Mensen om als contactpersoon toe te voegen</translation>
    </message>
    <message>
        <source>Skipped, unmatched and problems</source>
        <translation>Overgeslagen, niet herkend en problemen</translation>
    </message>
    <message>
        <source>Import writes everything in one step, after a backup of the database file. Edit → Undo takes the whole import back. Importing the same files again logs nothing twice.</source>
        <translation>Importeren schrijft alles in één stap, na een back-up van het databasebestand. Bewerken → Ongedaan maken neemt de hele import terug. Dezelfde bestanden opnieuw importeren legt niets dubbel vast.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>De instellingen worden gelezen</translation>
    </message>
    <message>
        <source>Choose a calendar or mail file</source>
        <translation>Kies een agenda- of mailbestand</translation>
    </message>
    <message>
        <source>Choose a folder of calendars or mail</source>
        <translation>Kies een map met agenda&apos;s of mail</translation>
    </message>
    <message>
        <source>Choose a file or a folder first.</source>
        <translation>Kies eerst een bestand of een map.</translation>
    </message>
    <message>
        <source>{path}: no such file or folder.</source>
        <translation>{path}: dit bestand of deze map bestaat niet.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wordt gelezen…</translation>
    </message>
    <message>
        <source>{done} of {total} read</source>
        <translation>{done} van {total} gelezen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Reading stopped. Nothing was imported.</source>
        <translation>Lezen gestopt. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>De bestanden lezen</translation>
    </message>
    <message>
        <source>{meetings} and {emails} to log on {accounts}</source>
        <translation>{meetings} en {emails} vast te leggen bij {accounts}</translation>
    </message>
    <message>
        <source>{n} meeting</source>
        <translation>{n} afspraak</translation>
    </message>
    <message>
        <source>{n} meetings</source>
        <translation>{n} afspraken</translation>
    </message>
    <message>
        <source>{n} e-mail</source>
        <translation>{n} e-mail</translation>
    </message>
    <message>
        <source>{n} e-mails</source>
        <translation>{n} e-mails</translation>
    </message>
    <message>
        <source>{n} account</source>
        <translation>{n} account</translation>
    </message>
    <message>
        <source>{n} accounts</source>
        <translation>{n} accounts</translation>
    </message>
    <message>
        <source>Nothing new to log</source>
        <translation>Niets nieuws om vast te leggen</translation>
    </message>
    <message>
        <source>{read} read from {files}.</source>
        <translation>{read} gelezen uit {files}.</translation>
    </message>
    <message>
        <source>{n} item</source>
        <translation>{n} item</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>{n} file</source>
        <translation>{n} bestand</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} bestanden</translation>
    </message>
    <message>
        <source>{n} already logged by an earlier import: not logged again.</source>
        <translation>{n} al vastgelegd door een eerdere import: niet opnieuw vastgelegd.</translation>
    </message>
    <message>
        <source>{n} earlier e-mail becomes a conversation (two-way).</source>
        <translation>{n} eerdere e-mail wordt een gesprek (tweerichting).</translation>
    </message>
    <message>
        <source>{n} earlier e-mails become a conversation (two-way).</source>
        <translation>{n} eerdere e-mails worden een gesprek (tweerichting).</translation>
    </message>
    <message>
        <source>Nobody new was seen at your accounts&apos; domains.</source>
        <translation>Er is niemand nieuw gezien op de domeinen van je accounts.</translation>
    </message>
    <message>
        <source>People not yet contacts, seen at an account&apos;s domain. Tick those to add as contacts of that account (their meetings and mails are logged with them); nobody is added unless ticked.</source>
        <translation>Mensen die nog geen contactpersoon zijn, gezien op het domein van een account. Vink aan wie je als contactpersoon van dat account wilt toevoegen (hun afspraken en mails worden met hen vastgelegd); niemand wordt toegevoegd zonder vinkje.</translation>
    </message>
    <message>
        <source>{name} · {email}
{account}, seen {times}</source>
        <translation>{name} · {email}
{account}, {times} gezien</translation>
    </message>
    <message>
        <source>once</source>
        <translation>één keer</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} keer</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Overgeslagen:</translation>
    </message>
    <message>
        <source>Addresses that belong to no contact or account ({n}), most seen first:</source>
        <translation>Adressen die bij geen contactpersoon of account horen ({n}), vaakst gezien eerst:</translation>
    </message>
    <message>
        <source>Problems in the files ({n}):</source>
        <translation>Problemen in de bestanden ({n}):</translation>
    </message>
    <message>
        <source>Import mail and calendar from {source}</source>
        <translation>Mail en agenda importeren uit {source}</translation>
    </message>
    <message>
        <source>Reading the files again with the people you added…</source>
        <translation>De bestanden worden opnieuw gelezen met de mensen die je toevoegde…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>{n} new contact added.</source>
        <translation>{n} nieuwe contactpersoon toegevoegd.</translation>
    </message>
    <message>
        <source>{n} new contacts added.</source>
        <translation>{n} nieuwe contactpersonen toegevoegd.</translation>
    </message>
    <message>
        <source>A backup was made first: {path}</source>
        <translation>Eerst is er een back-up gemaakt: {path}</translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>Bewerken → Ongedaan maken neemt de hele import terug.</translation>
    </message>
    <message>
        <source>Not imported, nothing was written: {why}</source>
        <translation>Niet geïmporteerd, er is niets geschreven: {why}</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importeren</translation>
    </message>
</context>
<context>
    <name>CaptureSettingsDialog</name>
    <message>
        <source>Mail and Calendar Settings</source>
        <translation>Instellingen voor mail en agenda</translation>
    </message>
    <message>
        <source>My e-mail addresses:</source>
        <translation>Mijn e-mailadressen:</translation>
    </message>
    <message>
        <source>Keep meeting titles in the notes</source>
        <translation>Titels van afspraken in de notities bewaren</translation>
    </message>
    <message>
        <source>Keep mail subjects in the notes</source>
        <translation>Onderwerpen van mails in de notities bewaren</translation>
    </message>
    <message>
        <source>None: nothing is picked up by itself</source>
        <translation>Geen: er wordt niets vanzelf opgehaald</translation>
    </message>
    <message>
        <source>Watched folder:</source>
        <translation>Bewaakte map:</translation>
    </message>
    <message>
        <source>Calendar and mail files dropped in this folder are logged when the app starts and while it runs; a notice says what was logged, with Undo.</source>
        <translation>Agenda- en mailbestanden die in deze map komen, worden vastgelegd als de app start en terwijl hij draait; een melding zegt wat er is vastgelegd, met Ongedaan maken.</translation>
    </message>
    <message>
        <source>None: no calendar file is kept</source>
        <translation>Geen: er wordt geen agendabestand bijgehouden</translation>
    </message>
    <message>
        <source>Calendar file:</source>
        <translation>Agendabestand:</translation>
    </message>
    <message>
        <source>Tasks and follow-ups, rewritten after every change: subscribe to this file in Thunderbird, Apple Calendar or Outlook.</source>
        <translation>Taken en opvolgingen, herschreven na elke wijziging: abonneer je op dit bestand in Thunderbird, Apple Agenda of Outlook.</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> dagen vooruit</translation>
    </message>
    <message>
        <source>Follow-ups:</source>
        <translation>Opvolgingen:</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>Geen herinneringen</translation>
    </message>
    <message>
        <source>08:00 on the day</source>
        <translation>08:00 op de dag zelf</translation>
    </message>
    <message>
        <source>09:00 on the day</source>
        <translation>09:00 op de dag zelf</translation>
    </message>
    <message>
        <source>12:00 on the day</source>
        <translation>12:00 op de dag zelf</translation>
    </message>
    <message>
        <source>18:00 the day before</source>
        <translation>18:00 de dag ervoor</translation>
    </message>
    <message>
        <source>{n} minutes after the day starts</source>
        <translation>{n} minuten na het begin van de dag</translation>
    </message>
    <message>
        <source>Calendar reminder:</source>
        <translation>Herinnering in de agenda:</translation>
    </message>
    <message>
        <source>Tasks as to-dos instead of all-day events</source>
        <translation>Taken als to-do&apos;s in plaats van afspraken voor de hele dag</translation>
    </message>
    <message>
        <source>Desktop notifications for due tasks and accounts at risk</source>
        <translation>Bureaubladmeldingen voor taken die vervallen en accounts in gevaar</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Herinneringen:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Bewaakte map</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Agendabestand</translation>
    </message>
    <message>
        <source>Change mail and calendar settings</source>
        <translation>Instellingen voor mail en agenda wijzigen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Door iemand anders gewijzigd</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Nothing was saved. Your changes are still in the form: {fields}.</source>
        <translation>Er is niets opgeslagen. Uw wijzigingen staan nog in het formulier: {fields}.</translation>
    </message>
    <message>
        <source>&amp;Reload and re-apply my changes</source>
        <translation>&amp;Opnieuw laden en mijn wijzigingen toepassen</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>Mijne &amp;verwerpen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Verder &amp;bewerken</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source> at {time}</source>
        <translation> om {time}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{what}&lt;/b&gt; was changed by &lt;b&gt;{who}&lt;/b&gt;{when} after you opened it</source>
        <translation>&lt;b&gt;{what}&lt;/b&gt; is{when} gewijzigd door &lt;b&gt;{who}&lt;/b&gt; nadat u het opende</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Niet opgeslagen: {why}</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>de ander</translation>
    </message>
    <message>
        <source>Reloaded with the changes of {who}; yours are applied on top.</source>
        <translation>Opnieuw geladen met de wijzigingen van {who}; de uwe zijn erbovenop toegepast.</translation>
    </message>
    <message>
        <source>You both changed {fields}: yours is kept.</source>
        <translation>Jullie hebben allebei {fields} gewijzigd: de uwe blijft staan.</translation>
    </message>
    <message>
        <source>Check and save.</source>
        <translation>Controleer en sla op.</translation>
    </message>
</context>
<context>
    <name>DatabaseEncryption</name>
    <message>
        <source>a PostgreSQL database is protected by the server, not here</source>
        <translation>een PostgreSQL-database wordt door de server beveiligd, niet hier</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>{name} is encrypted already</source>
        <translation>{name} is al versleuteld</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Versleutelen</translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation>Database versleutelen</translation>
    </message>
    <message>
        <source>Encrypt &lt;b&gt;{name}&lt;/b&gt; with a password: anyone who copies the file (or its automatic backups) sees only noise, and Circles of Trust asks for the password when it opens the file.</source>
        <translation>Versleutel &lt;b&gt;{name}&lt;/b&gt; met een wachtwoord: wie het bestand (of de automatische back-ups) kopieert, ziet alleen ruis, en Circles of Trust vraagt om het wachtwoord wanneer het het bestand opent.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Versleutelen</translation>
    </message>
    <message>
        <source>Encrypting {name}…</source>
        <translation>{name} wordt versleuteld…</translation>
    </message>
    <message>
        <source>Decrypt database</source>
        <translation>Database ontsleutelen</translation>
    </message>
    <message>
        <source>Store {name} without encryption?</source>
        <translation>{name} zonder versleuteling opslaan?</translation>
    </message>
    <message>
        <source>Anyone who copies the file can then read every name, e-mail and note in it. Backups made while it was encrypted stay encrypted with the old password.</source>
        <translation>Wie het bestand kopieert, kan dan elke naam, elk e-mailadres en elke notitie erin lezen. Back-ups die gemaakt zijn terwijl het versleuteld was, blijven versleuteld met het oude wachtwoord.</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Ontsleutelen</translation>
    </message>
    <message>
        <source>Decrypting {name}…</source>
        <translation>{name} wordt ontsleuteld…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Choose a new password for &lt;b&gt;{name}&lt;/b&gt;. Backups made before keep the old one.</source>
        <translation>Kies een nieuw wachtwoord voor &lt;b&gt;{name}&lt;/b&gt;. Eerder gemaakte back-ups houden het oude.</translation>
    </message>
    <message>
        <source>Changing the password of {name}…</source>
        <translation>Het wachtwoord van {name} wordt gewijzigd…</translation>
    </message>
    <message>
        <source>{name} is not encrypted</source>
        <translation>{name} is niet versleuteld</translation>
    </message>
    <message>
        <source>Converting {name}</source>
        <translation>{name} omzetten</translation>
    </message>
</context>
<context>
    <name>DueTaskModel</name>
    <message>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>1 day late</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <source>{0} days late</source>
        <translation>{0} dagen te laat</translation>
    </message>
</context>
<context>
    <name>DueTasksPanel</name>
    <message>
        <source>&lt;b&gt;Tasks due&lt;/b&gt;</source>
        <translation>&lt;b&gt;Taken die vervallen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tasks due today and overdue</source>
        <translation>Taken van vandaag en te late taken</translation>
    </message>
    <message>
        <source>No task is due. Well done.</source>
        <translation>Geen taak vervalt. Goed gedaan.</translation>
    </message>
    <message>
        <source>Done  (C)</source>
        <translation>Klaar  (C)</translation>
    </message>
    <message>
        <source>Complete the selected task (C or Space; Ctrl+Z undoes)</source>
        <translation>De gekozen taak afronden (C of spatie; Ctrl+Z maakt ongedaan)</translation>
    </message>
    <message>
        <source>Open account  (↵)</source>
        <translation>Account openen  (↵)</translation>
    </message>
    <message>
        <source>Assi&amp;gn…</source>
        <translation>&amp;Toewijzen…</translation>
    </message>
    <message>
        <source>Give the selected task to someone on the team</source>
        <translation>Geef de gekozen taak aan iemand in het team</translation>
    </message>
    <message>
        <source>M&amp;y tasks</source>
        <translation>Mijn ta&amp;ken</translation>
    </message>
    <message>
        <source>Only the tasks assigned to you</source>
        <translation>Alleen de taken die aan u zijn toegewezen</translation>
    </message>
    <message>
        <source>{0} due</source>
        <translation>{0} te doen</translation>
    </message>
    <message>
        <source>{0}, {1} overdue</source>
        <translation>{0}, {1} te laat</translation>
    </message>
    <message>
        <source>Complete the task “{0}” ({1})</source>
        <translation>Taak „{0}” afronden ({1})</translation>
    </message>
</context>
<context>
    <name>IoActions</name>
    <message>
        <source>The backup &lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its password.</source>
        <translation>De back-up &lt;b&gt;{name}&lt;/b&gt; is versleuteld. Typ het wachtwoord ervan.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>As the system ({language})</source>
        <extracomment>Currencies offered first (the app's users: the euro zone, Switzerland, the UK, the US).</extracomment>
        <translation>Zoals het systeem ({language})</translation>
    </message>
    <message>
        <source>The new language shows when Circles of Trust starts again.</source>
        <translation>De nieuwe taal verschijnt wanneer Circles of Trust opnieuw start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Currency of this database:</source>
        <translation>&amp;Valuta van deze database:</translation>
    </message>
    <message>
        <source>Every amount is shown in this currency; amounts already recorded are not converted.</source>
        <translation>Elk bedrag wordt in deze valuta getoond; al vastgelegde bedragen worden niet omgerekend.</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Notatie:</translation>
    </message>
    <message>
        <source>{money} · {date} · weeks start on {weekday}</source>
        <translation>{money} · {date} · weken beginnen op {weekday}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Bijgewerkt met wijzigingen van elders</translation>
    </message>
    <message>
        <source>{name} is encrypted</source>
        <translation>{name} is versleuteld</translation>
    </message>
    <message>
        <source>Nothing was opened: type its password to open it.</source>
        <translation>Er is niets geopend: typ het wachtwoord om het te openen.</translation>
    </message>
    <message>
        <source>Type the password…</source>
        <translation>Wachtwoord typen…</translation>
    </message>
    <message>
        <source>Scores from the pass of {day}; today&apos;s pass is running…</source>
        <translation>Scores van de doorrekening van {day}; de doorrekening van vandaag loopt…</translation>
    </message>
</context>
<context>
    <name>MineFilter</name>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mijn</translation>
    </message>
    <message>
        <source>Only the accounts you own</source>
        <translation>Alleen de accounts waarvan u eigenaar bent</translation>
    </message>
    <message>
        <source>My accounts only</source>
        <translation>Alleen mijn accounts</translation>
    </message>
    <message>
        <source>Reading your accounts</source>
        <translation>Uw accounts lezen</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>&lt;b&gt;There is no recovery without the password.&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;Zonder het wachtwoord is herstel onmogelijk.&lt;/b&gt; {why}</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Herhaal het wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>Type the new password.</source>
        <translation>Typ het nieuwe wachtwoord.</translation>
    </message>
    <message>
        <source>The two passwords differ — type them again.</source>
        <translation>De twee wachtwoorden verschillen — typ ze opnieuw.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Encrypted database</source>
        <translation>Versleutelde database</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its password to open it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; is versleuteld. Typ het wachtwoord om het te openen.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Onthouden op deze computer</translation>
    </message>
    <message>
        <source>Keeps the password in this computer&apos;s keyring, so it is not asked again</source>
        <translation>Bewaart het wachtwoord in de sleutelbos van deze computer, zodat het niet opnieuw wordt gevraagd</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Typ eerst het wachtwoord.</translation>
    </message>
    <message>
        <source>Wrong password — try again (the file is unchanged).</source>
        <translation>Verkeerd wachtwoord — probeer het opnieuw (het bestand is ongewijzigd).</translation>
    </message>
    <message>
        <source>That did not work: {error}</source>
        <translation>Dat lukte niet: {error}</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>needs review: imported without an organisation</source>
        <translation>controleren: geïmporteerd zonder organisatie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Relationships are personal. Double-click a person to open the account; “Log touch” records a call with them today.</source>
        <translation>Relaties zijn persoonlijk. Dubbelklik op iemand om het account te openen; „Contact vastleggen” legt vandaag een telefoongesprek met die persoon vast.</translation>
    </message>
    <message>
        <source>To stay close to</source>
        <translation>Om dichtbij te blijven</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Te controleren</translation>
    </message>
    <message>
        <source>Which people</source>
        <translation>Welke mensen</translation>
    </message>
    <message>
        <source>Filter by name, account, e-mail or phone</source>
        <translation>Filter op naam, account, e-mail of telefoon</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Mensen filteren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Log touch</source>
        <translation>Contact vastleggen</translation>
    </message>
    <message>
        <source>Record a call with the selected person today</source>
        <translation>Vandaag een telefoongesprek met de gekozen persoon vastleggen</translation>
    </message>
    <message>
        <source>A call today</source>
        <translation>Vandaag een telefoongesprek</translation>
    </message>
    <message>
        <source>A meeting today</source>
        <translation>Vandaag een afspraak</translation>
    </message>
    <message>
        <source>An e-mail today</source>
        <translation>Vandaag een e-mail</translation>
    </message>
    <message>
        <source>An event today</source>
        <translation>Vandaag een evenement</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Account openen</translation>
    </message>
    <message>
        <source>Finding your people…</source>
        <translation>Uw mensen worden gezocht…</translation>
    </message>
    <message>
        <source>Needs review ({0})</source>
        <translation>Te controleren ({0})</translation>
    </message>
    <message>
        <source>{0} of {1} — type to narrow</source>
        <translation>{0} van {1} — typ om te beperken</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} mensen</translation>
    </message>
    <message>
        <source>Nobody matches “{0}”</source>
        <translation>Niemand past bij „{0}”</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Niets te controleren</translation>
    </message>
    <message>
        <source>Contacts imported without an organisation appear here until their account is checked.</source>
        <translation>Contactpersonen die zonder organisatie zijn geïmporteerd, staan hier tot hun account is gecontroleerd.</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Nog geen mensen</translation>
    </message>
    <message>
        <source>Add contacts to your accounts and log touchpoints; the people who carry your best relationships show up here.</source>
        <translation>Voeg contactpersonen toe aan uw accounts en leg contactmomenten vast; de mensen die uw beste relaties dragen, verschijnen hier.</translation>
    </message>
    <message>
        <source>The people list could not be built</source>
        <translation>De lijst met mensen kon niet worden gemaakt</translation>
    </message>
    <message>
        <source>call</source>
        <translation>telefoongesprek</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evenement</translation>
    </message>
    <message>
        <source>Logged a {0} with {1} ({2}) today.</source>
        <translation>Vandaag vastgelegd: {0} met {1} ({2}).</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Log a {0} with {1}</source>
        <translation>{0} met {1} vastleggen</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Quick Capture</source>
        <translation>Snel vastleggen</translation>
    </message>
    <message>
        <source>Alder Legal: call with Quentin yesterday, renewal talk</source>
        <translation>Alder Legal: gisteren gebeld met Quentin, over de verlenging</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Account first, then what happened: a call, meeting, e-mail, purchase with its amount, complaint or NPS answer; a person; a date (yesterday, last Friday, 3 March, gestern, gisteren). Enter saves, Esc closes.</source>
        <translation>Eerst het account, dan wat er gebeurde: een telefoongesprek, afspraak, e-mail, aankoop met het bedrag, klacht of NPS-antwoord; een persoon; een datum (gisteren, vorige week, 3 maart, yesterday). Enter slaat op, Esc sluit.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>Open eerst een database.</translation>
    </message>
    <message>
        <source>Quick capture: {0}</source>
        <translation>Snel vastgelegd: {0}</translation>
    </message>
    <message>
        <source>Saved: {0}. Ctrl+Z undoes it.</source>
        <translation>Opgeslagen: {0}. Ctrl+Z maakt het ongedaan.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Language &amp;&amp; money</source>
        <translation>&amp;Taal &amp;&amp; geld</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Discard your changes to the settings?</source>
        <translation>Uw wijzigingen aan de instellingen weggooien?</translation>
    </message>
    <message>
        <source>Nothing has been saved yet. Keep editing to save them with Save.</source>
        <translation>Er is nog niets opgeslagen. Ga verder met bewerken om ze met Opslaan te bewaren.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Wijzigingen &amp;weggooien</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
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
        <translation>Taak toewijzen</translation>
    </message>
    <message>
        <source>Who does “{0}” ({1})?</source>
        <translation>Wie doet „{0}” ({1})?</translation>
    </message>
    <message>
        <source>Assign “{0}” to {1}</source>
        <translation>„{0}” toewijzen aan {1}</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Hernoemen</translation>
    </message>
    <message>
        <source>Save the name the team sees for you</source>
        <translation>Sla de naam op die het team voor u ziet</translation>
    </message>
    <message>
        <source>What you record carries your name: in the timeline, the meeting brief and the history. Accounts can have an owner and tasks someone they are for; “Mine” in the accounts list and “My tasks” on Today show yours.</source>
        <translation>Wat u vastlegt, draagt uw naam: in de tijdlijn, de gespreksbriefing en de geschiedenis. Accounts kunnen een eigenaar hebben en taken iemand voor wie ze zijn; „Mijn” in de accountlijst en „Mijn taken” bij Vandaag tonen de uwe.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Uw naam:</translation>
    </message>
    <message>
        <source>The team:</source>
        <translation>Het team:</translation>
    </message>
    <message>
        <source>Signed in as {login}</source>
        <translation>Aangemeld als {login}</translation>
    </message>
    <message>
        <source>(you)</source>
        <translation>(u)</translation>
    </message>
    <message>
        <source>Only you so far.</source>
        <translation>Tot nu toe alleen u.</translation>
    </message>
    <message>
        <source>Saved: the team sees you as {name}.</source>
        <translation>Opgeslagen: het team ziet u als {name}.</translation>
    </message>
    <message>
        <source>Not renamed: {why}</source>
        <translation>Niet hernoemd: {why}</translation>
    </message>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>{old} hernoemen tot {new}</translation>
    </message>
</context>
<context>
    <name>WhatIfAccounts</name>
    <message>
        <source>&lt;b&gt;Accounts that would move&lt;/b&gt;</source>
        <translation>&lt;b&gt;Accounts die zouden verschuiven&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>stays</source>
        <translation>blijft</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>your change</source>
        <translation>uw wijziging</translation>
    </message>
    <message>
        <source>saved rules too</source>
        <translation>ook de opgeslagen regels</translation>
    </message>
    <message>
        <source>The saved rules place it in {0}</source>
        <translation>De opgeslagen regels plaatsen het in {0}</translation>
    </message>
    <message>
        <source>The saved rules already suggest this move</source>
        <translation>De opgeslagen regels stellen deze verschuiving al voor</translation>
    </message>
    <message>
        <source>Accounts that would move</source>
        <translation>Accounts die zouden verschuiven</translation>
    </message>
    <message>
        <source>Nobody would move.</source>
        <translation>Niemand zou verschuiven.</translation>
    </message>
    <message>
        <source>{0} would move; your change gives {1} another target.</source>
        <translation>{0} zouden verschuiven; uw wijziging geeft er {1} een ander doel.</translation>
    </message>
    <message>
        <source>The first {0} are listed.</source>
        <translation>De eerste {0} staan in de lijst.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Circles of Trust</source>
        <translation>Over Circles of Trust</translation>
    </message>
    <message>
        <source>An offline account manager built on concentric trust rings: serve your inner circle best, then grow outwards.</source>
        <translation>Een offline klantbeheerder rond concentrische kringen van vertrouwen: bedien je binnenste kring het best en groei dan naar buiten.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>The manual (docs/manual.md) is not part of this installation.</source>
        <translation>De handleiding (docs/manual.md) hoort niet bij deze installatie.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>geen geopend</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Circles of Trust — Manual</source>
        <translation>Circles of Trust — Handleiding</translation>
    </message>
</context>
</TS>
