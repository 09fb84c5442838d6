<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <source>{0} accounts, {1} of them because of your change.</source>
        <translation>{0} accounts, waarvan {1} door uw wijziging.</translation>
    </message>
    <message>
        <source>The first {0} are listed.</source>
        <translation>De eerste {0} staan in de lijst.</translation>
    </message>
</context>
</TS>
