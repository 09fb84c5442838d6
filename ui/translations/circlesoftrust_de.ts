<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>AcceptDialog</name>
    <message>
        <source>Accept — {kind_label}</source>
        <translation>Annehmen — {kind_label}</translation>
    </message>
    <message>
        <source>{reason}

Accepting: {action}</source>
        <translation>{reason}

Beim Annehmen: {action}</translation>
    </message>
    <message>
        <source>What happened, in a few words (optional)</source>
        <translation>Was geschah, in wenigen Worten (optional)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>Fill in to resolve the complaint now</source>
        <translation>Ausfüllen, um die Beschwerde jetzt zu erledigen</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>NPS &amp;answer (0–10):</source>
        <translation>NPS-&amp;Antwort (0–10):</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Lösung:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Created {name} in {ring_name}</source>
        <translation>{name} in {ring_name} angelegt</translation>
    </message>
    <message>
        <source>Opening the account</source>
        <translation>Der Account wird geöffnet</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Betreuer:</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>Move {name} to {to}</source>
        <translation>{name} nach {to} verschieben</translation>
    </message>
    <message>
        <source>Move a non-customer inwards?</source>
        <translation>Einen Nicht-Kunden nach innen verschieben?</translation>
    </message>
    <message>
        <source>Record the purchase first if there was one (Account → Record → Purchase).</source>
        <translation>Erfassen Sie zuerst den Kauf, falls es einen gab (Account → Erfassen → Kauf).</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Trotzdem verschieben</translation>
    </message>
    <message>
        <source>is required: it is kept in the ring history</source>
        <translation>ist erforderlich: er bleibt im Ringverlauf</translation>
    </message>
    <message>
        <source> — pinned until {day}</source>
        <translation> — fixiert bis {day}</translation>
    </message>
    <message>
        <source> — pinned until you unpin it</source>
        <translation> — fixiert, bis Sie die Fixierung lösen</translation>
    </message>
    <message>
        <source>Moved {account_name}: {from_ring} → {to_ring}{tasks}</source>
        <translation>{account_name} verschoben: {from_ring} → {to_ring}{tasks}</translation>
    </message>
    <message>
        <source>Archived {name} — Ctrl+Z brings it back</source>
        <translation>{name} archiviert — Strg+Z holt ihn zurück</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Account löschen</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message>
        <source>Its contacts, touchpoints, revenue, feedback and ring history are deleted too. Edit → Undo (Ctrl+Z) brings everything back; archiving keeps the account out  of sight without deleting it.</source>
        <translation>Ansprechpartner, Kontaktpunkte, Umsatz, Feedback und Kreisverlauf werden ebenfalls gelöscht. Bearbeiten → Rückgängig (Strg+Z) holt alles zurück; Archivieren blendet den Account aus, ohne ihn zu löschen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted {name} — Ctrl+Z brings it back</source>
        <translation>{name} gelöscht — Strg+Z holt ihn zurück</translation>
    </message>
    <message>
        <source>Added {name} ({label}) to {name2}</source>
        <translation>{name} ({label}) zu {name2} hinzugefügt</translation>
    </message>
    <message>
        <source>Opening the contact</source>
        <translation>Der Ansprechpartner wird geöffnet</translation>
    </message>
    <message>
        <source>Logged {lower} with {name} — Ctrl+Z undoes it</source>
        <translation>{lower} mit {name} erfasst — Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Log {kind} with {name}</source>
        <translation>{kind} mit {name} erfassen</translation>
    </message>
    <message>
        <source> — {n} checklist tasks added</source>
        <translation> — {n} Checklisten-Aufgaben hinzugefügt</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>den Account</translation>
    </message>
    <message>
        <source>Create account {name}</source>
        <translation>Account {name} anlegen</translation>
    </message>
    <message>
        <source>Edit account {name}</source>
        <translation>Account {name} bearbeiten</translation>
    </message>
    <message>
        <source>Archive account {name}</source>
        <translation>Account {name} archivieren</translation>
    </message>
    <message>
        <source>Delete account {name}</source>
        <translation>Account {name} löschen</translation>
    </message>
    <message>
        <source>Add contact {name} to {account}</source>
        <translation>Kontakt {name} zu {account} hinzufügen</translation>
    </message>
    <message>
        <source>Edit contact {name}</source>
        <translation>Kontakt {name} bearbeiten</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Account bearbeiten</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neuer Account</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation>z. B. Logistik</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. berlin, partner</source>
        <translation>durch Kommas getrennt, z. B. berlin, partner</translation>
    </message>
    <message>
        <source>New accounts usually start in the outer ring</source>
        <translation>Neue Accounts beginnen meist im äußeren Kreis</translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation>&amp;Kreis:</translation>
    </message>
    <message>
        <source>&amp;Journey phase:</source>
        <translation>&amp;Phase der Customer Journey:</translation>
    </message>
    <message>
        <source>Keep in its ring (suggestions only for large gaps)</source>
        <translation>In seinem Kreis halten (Vorschläge nur bei großen Abständen)</translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation>Fixiert:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Purchase…</source>
        <translation>Kauf…</translation>
    </message>
    <message>
        <source>Record a purchase, renewal, up-sell or cross-sell</source>
        <translation>Einen Kauf, eine Verlängerung, ein Up-Selling oder Cross-Selling erfassen</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>Feedback…</translation>
    </message>
    <message>
        <source>Record an NPS answer and the relational scores</source>
        <translation>Eine NPS-Antwort und die Beziehungswerte erfassen</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>Beschwerde…</translation>
    </message>
    <message>
        <source>Open a complaint</source>
        <translation>Eine Beschwerde eröffnen</translation>
    </message>
    <message>
        <source>Referral…</source>
        <translation>Empfehlung…</translation>
    </message>
    <message>
        <source>This account referred us to another account</source>
        <translation>Dieser Account hat uns an einen anderen Account empfohlen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Eine Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected task done</source>
        <translation>Die gewählte Aufgabe als erledigt markieren</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen the selected task</source>
        <translation>Die gewählte Aufgabe wieder öffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected task</source>
        <translation>Die gewählte Aufgabe löschen</translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation>Gewähren…</translation>
    </message>
    <message>
        <source>Grant a perk offered to this ring</source>
        <translation>Einen Vorteil dieses Kreises gewähren</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Einlösen</translation>
    </message>
    <message>
        <source>The client used the selected perk</source>
        <translation>Der Kunde hat den gewählten Vorteil genutzt</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Take the selected perk back</source>
        <translation>Den gewählten Vorteil zurücknehmen</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Erledigen…</translation>
    </message>
    <message>
        <source>Resolve the selected complaint</source>
        <translation>Die gewählte Beschwerde erledigen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Pin…</source>
        <translation>Fixieren…</translation>
    </message>
    <message>
        <source>Keep the account in its ring, with the reason</source>
        <translation>Den Account in seinem Kreis halten, mit Begründung</translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation> (von Hand gesetzt)</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>bis {0}</translation>
    </message>
    <message>
        <source>📌 pinned {0}</source>
        <translation>📌 fixiert {0}</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>es wurde kein Grund angegeben</translation>
    </message>
    <message>
        <source>The ring was set by hand ({0}); suggestions only for large gaps</source>
        <translation>Der Kreis wurde von Hand gesetzt ({0}); Vorschläge nur bei großen Abständen</translation>
    </message>
    <message>
        <source>Unpin…</source>
        <translation>Lösen…</translation>
    </message>
    <message>
        <source>Let the advice place the account again, with the reason</source>
        <translation>Die Empfehlung den Account wieder platzieren lassen, mit Begründung</translation>
    </message>
    <message>
        <source>No perks for this account yet</source>
        <translation>Noch keine Vorteile für diesen Account</translation>
    </message>
    <message>
        <source>No insights for this account yet</source>
        <translation>Noch keine Erkenntnisse für diesen Account</translation>
    </message>
    <message>
        <source>No tasks for this account yet</source>
        <translation>Noch keine Aufgaben für diesen Account</translation>
    </message>
    <message>
        <source>No open complaints for this account yet</source>
        <translation>Keine offenen Beschwerden für diesen Account</translation>
    </message>
    <message>
        <source>Expiry…</source>
        <translation>Ablauf…</translation>
    </message>
    <message>
        <source>Set or clear the selected perk's last day</source>
        <translation>Den letzten Tag des gewählten Vorteils setzen oder löschen</translation>
    </message>
    <message>
        <source>No account to show</source>
        <translation>Kein Account anzuzeigen</translation>
    </message>
    <message>
        <source>Create an account with Ctrl+N. Its page shows the ring, the trust score, the buying group and the timeline.</source>
        <translation>Legen Sie mit Strg+N einen Account an. Seine Seite zeigt den Kreis, den Vertrauensscore, das Buying Center und den Verlauf.</translation>
    </message>
    <message>
        <source>Select an account</source>
        <translation>Wählen Sie einen Account</translation>
    </message>
    <message>
        <source>Click a marker in the rings or a row in the table. Ctrl+T logs a touchpoint.</source>
        <translation>Klicken Sie auf eine Markierung in den Kreisen oder eine Zeile der Tabelle. Strg+T erfasst einen Kontaktpunkt.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Die Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>The account shows in a moment.</source>
        <translation>Der Account erscheint gleich.</translation>
    </message>
    <message>
        <source>This account cannot be shown</source>
        <translation>Dieser Account kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>no industry</source>
        <translation>keine Branche</translation>
    </message>
    <message>
        <source>Perks</source>
        <translation>Vorteile</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Reading accounts…</source>
        <translation>Accounts werden gelesen…</translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation>Accounts werden geladen</translation>
    </message>
    <message>
        <source>Reading revenue and activity…</source>
        <translation>Umsatz und Aktivität werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>Die Accounts werden gelesen</translation>
    </message>
    <message>
        <source>Explaining the score</source>
        <translation>Die Bewertung wird erklärt</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Revenue 12 m</source>
        <translation>Umsatz 12 Mon.</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächste Aktion</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>vor {n} Tagen</translation>
    </message>
    <message>
        <source>{n} months ago</source>
        <translation>vor {n} Monaten</translation>
    </message>
    <message>
        <source>{n} years ago</source>
        <translation>vor {n} Jahren</translation>
    </message>
    <message>
        <source>Repeat business</source>
        <translation>Folgegeschäft</translation>
    </message>
    <message>
        <source>Referred a new client</source>
        <translation>Hat einen Neukunden empfohlen</translation>
    </message>
    <message>
        <source>Promoter in the last survey</source>
        <translation>Promotor in der letzten Umfrage</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Still geworden</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Offene Beschwerde</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Erster Kauf</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Filter by name, contact, e-mail, tag…  (Ctrl+F)</source>
        <translation>Filtern nach Name, Ansprechpartner, E-Mail, Tag…  (Strg+F)</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Accounts werden geladen…</translation>
    </message>
    <message>
        <source>Large databases take a moment; the window stays usable.</source>
        <translation>Große Datenbanken brauchen einen Moment; das Fenster bleibt bedienbar.</translation>
    </message>
    <message>
        <source>{total} accounts</source>
        <translation>{total} Accounts</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Accounts</translation>
    </message>
    <message>
        <source>Create your first account with Ctrl+N, or import contacts from the File menu.</source>
        <translation>Legen Sie Ihren ersten Account mit Strg+N an oder importieren Sie Ansprechpartner über das Menü Datei.</translation>
    </message>
    <message>
        <source>You own no account yet</source>
        <translation>Ihnen gehört noch kein Account</translation>
    </message>
    <message>
        <source>Edit an account (Ctrl+E) to make it yours, or untick Mine.</source>
        <translation>Bearbeiten Sie einen Account (Strg+E), um ihn zu Ihrem zu machen, oder entfernen Sie das Häkchen bei Meine.</translation>
    </message>
    <message>
        <source>Nothing matches “{strip}”</source>
        <translation>Nichts passt zu „{strip}“</translation>
    </message>
    <message>
        <source>Try part of a name, a contact's e-mail or a tag. Esc clears the filter.</source>
        <translation>Versuchen Sie einen Teil eines Namens, die E-Mail eines Ansprechpartners oder einen Tag. Esc leert den Filter.</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Accounts filtern</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>AccountsTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Scores appear when the trust engine is available</source>
        <translation>Bewertungen erscheinen, sobald die Vertrauens-Engine verfügbar ist</translation>
    </message>
    <message>
        <source>{name}
{industry} · {n} contacts</source>
        <translation>{name}
{industry} · {n} Ansprechpartner</translation>
    </message>
    <message>
        <source>no industry</source>
        <translation>keine Branche</translation>
    </message>
    <message>
        <source>Score {score}: reading what it is made of…</source>
        <translation>Bewertung {score}: wird aufgeschlüsselt…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Rückgängig: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Wiederholen: {what}</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Create an empty database file and open it</source>
        <translation>Eine leere Datenbankdatei anlegen und öffnen</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Eine andere Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Open the E&amp;xample Business</source>
        <translation>Das &amp;Beispielunternehmen öffnen</translation>
    </message>
    <message>
        <source>Open the example database with 60 accounts (your own data is untouched)</source>
        <translation>Die Beispieldatenbank mit 60 Accounts öffnen (Ihre eigenen Daten bleiben unberührt)</translation>
    </message>
    <message>
        <source>Import &amp;Mail and Calendar…</source>
        <translation>&amp;Mail und Kalender importieren…</translation>
    </message>
    <message>
        <source>Log meetings and mails from calendar (.ics) and mail (mbox, .eml, .msg) files</source>
        <translation>Termine und Mails aus Kalender- (.ics) und Maildateien (mbox, .eml, .msg) erfassen</translation>
    </message>
    <message>
        <source>&amp;Encrypt Database…</source>
        <translation>Datenbank &amp;verschlüsseln…</translation>
    </message>
    <message>
        <source>Protect the file with a password</source>
        <translation>Die Datei mit einem Passwort schützen</translation>
    </message>
    <message>
        <source>&amp;Decrypt Database…</source>
        <translation>Datenbank &amp;entschlüsseln…</translation>
    </message>
    <message>
        <source>Store the file without encryption</source>
        <translation>Die Datei ohne Verschlüsselung speichern</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>Choose a new password for the file</source>
        <translation>Ein neues Passwort für die Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Circles of Trust</source>
        <translation>Circles of Trust schließen</translation>
    </message>
    <message>
        <source>&amp;Find Account…</source>
        <translation>Account &amp;suchen…</translation>
    </message>
    <message>
        <source>Filter the accounts as you type</source>
        <translation>Die Accounts beim Tippen filtern</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Rings, perks, checklists, score weights</source>
        <translation>Kreise, Vorteile, Checklisten, Bewertungsgewichte</translation>
    </message>
    <message>
        <source>&amp;Mail and Calendar Settings…</source>
        <translation>Einstellungen für &amp;Mail und Kalender…</translation>
    </message>
    <message>
        <source>Your addresses, the watched folder, the calendar file, reminders</source>
        <translation>Ihre Adressen, der überwachte Ordner, die Kalenderdatei, Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Accounts and Rings</source>
        <translation>&amp;Accounts und Kreise</translation>
    </message>
    <message>
        <source>Rings, table and account page</source>
        <translation>Kreise, Tabelle und Account-Seite</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Today's suggestions</source>
        <translation>Die heutigen Vorschläge</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Menschen</translation>
    </message>
    <message>
        <source>The people to stay close to</source>
        <translation>Die Menschen, mit denen Sie in Kontakt bleiben sollten</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Erkenntnisse</translation>
    </message>
    <message>
        <source>Write, publish and share insights</source>
        <translation>Erkenntnisse schreiben, veröffentlichen und teilen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Revenue, Pareto, NPS, movements</source>
        <translation>Umsatz, Pareto, NPS, Bewegungen</translation>
    </message>
    <message>
        <source>Zoom I&amp;n</source>
        <translation>V&amp;ergrößern</translation>
    </message>
    <message>
        <source>Zoom into the rings</source>
        <translation>Die Kreise vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out of the rings</source>
        <translation>Die Kreise verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit the Rings</source>
        <translation>Kreise &amp;einpassen</translation>
    </message>
    <message>
        <source>Show all rings</source>
        <translation>Alle Kreise anzeigen</translation>
    </message>
    <message>
        <source>Archi&amp;ved Accounts…</source>
        <translation>Archi&amp;vierte Accounts…</translation>
    </message>
    <message>
        <source>The archived accounts; restore one with Enter</source>
        <translation>Die archivierten Accounts; mit Enter einen wiederherstellen</translation>
    </message>
    <message>
        <source>Marker Size by &amp;Score</source>
        <translation>Markierungsgröße nach &amp;Bewertung</translation>
    </message>
    <message>
        <source>Size ring markers by trust score instead of revenue</source>
        <translation>Markierungsgröße nach Vertrauensscore statt nach Umsatz</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Reload Data</source>
        <translation>Daten neu &amp;laden</translation>
    </message>
    <message>
        <source>Read everything from the database again</source>
        <translation>Alles erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>Restore the default window layout</source>
        <translation>Das Standardlayout des Fensters wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Neuer Account…</translation>
    </message>
    <message>
        <source>Create an account (Ctrl+N)</source>
        <translation>Einen Account anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>Account &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the current account</source>
        <translation>Den aktuellen Account bearbeiten</translation>
    </message>
    <message>
        <source>Review D&amp;uplicates…</source>
        <translation>D&amp;ubletten prüfen…</translation>
    </message>
    <message>
        <source>Contacts and accounts that may be one: merge them or mark them as not the same</source>
        <translation>Ansprechpartner und Accounts, die möglicherweise eins sind: zusammenführen oder als nicht dieselben markieren</translation>
    </message>
    <message>
        <source>Add &amp;Contact…</source>
        <translation>&amp;Ansprechpartner hinzufügen…</translation>
    </message>
    <message>
        <source>Add a person to the current account's buying group</source>
        <translation>Eine Person zum Buying Center des aktuellen Accounts hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Log Touchpoint</source>
        <translation>Kontaktpunkt &amp;erfassen</translation>
    </message>
    <message>
        <source>Kind, contact, note, Enter — done</source>
        <translation>Art, Ansprechpartner, Notiz, Enter — fertig</translation>
    </message>
    <message>
        <source>&amp;Quick Capture…</source>
        <translation>&amp;Schnellerfassung…</translation>
    </message>
    <message>
        <source>One line: “Alder Legal: call with Quentin yesterday”</source>
        <translation>Eine Zeile: „Alder Legal: gestern Anruf mit Quentin“</translation>
    </message>
    <message>
        <source>&amp;Move to Ring…</source>
        <translation>In Kreis &amp;verschieben…</translation>
    </message>
    <message>
        <source>Move the current account to another ring</source>
        <translation>Den aktuellen Account in einen anderen Kreis verschieben</translation>
    </message>
    <message>
        <source>P&amp;in or Unpin the Ring…</source>
        <translation>Kreis f&amp;ixieren oder lösen…</translation>
    </message>
    <message>
        <source>Keep the current account in its ring (or let the advice place it again), with the reason</source>
        <translation>Den aktuellen Account in seinem Kreis halten (oder die Empfehlung ihn wieder platzieren lassen), mit Begründung</translation>
    </message>
    <message>
        <source>&amp;Archive Account</source>
        <translation>Account &amp;archivieren</translation>
    </message>
    <message>
        <source>Archive the current account (Delete; undo with Ctrl+Z)</source>
        <translation>Den aktuellen Account archivieren (Entf; rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Delete Account Permanently…</source>
        <translation>Account &amp;endgültig löschen…</translation>
    </message>
    <message>
        <source>Delete the account and its whole history</source>
        <translation>Den Account und seinen gesamten Verlauf löschen</translation>
    </message>
    <message>
        <source>&amp;Purchase or Revenue…</source>
        <translation>&amp;Kauf oder Umsatz…</translation>
    </message>
    <message>
        <source>Record a purchase, renewal, up-sell or cross-sell</source>
        <translation>Einen Kauf, eine Verlängerung, ein Up-Selling oder Cross-Selling erfassen</translation>
    </message>
    <message>
        <source>&amp;Feedback (NPS)…</source>
        <translation>&amp;Feedback (NPS)…</translation>
    </message>
    <message>
        <source>Record an NPS answer, its comment and the relational scores</source>
        <translation>Eine NPS-Antwort, ihren Kommentar und die Beziehungswerte erfassen</translation>
    </message>
    <message>
        <source>&amp;Open a Complaint…</source>
        <translation>Beschwerde &amp;eröffnen…</translation>
    </message>
    <message>
        <source>Open a complaint for the current account</source>
        <translation>Eine Beschwerde für den aktuellen Account eröffnen</translation>
    </message>
    <message>
        <source>Re&amp;solve a Complaint…</source>
        <translation>Beschwerde &amp;erledigen…</translation>
    </message>
    <message>
        <source>Resolve one of the account's open complaints</source>
        <translation>Eine der offenen Beschwerden des Accounts erledigen</translation>
    </message>
    <message>
        <source>&amp;Referral…</source>
        <translation>&amp;Empfehlung…</translation>
    </message>
    <message>
        <source>The current account referred us to another account</source>
        <translation>Der aktuelle Account hat uns an einen anderen Account empfohlen</translation>
    </message>
    <message>
        <source>Add a &amp;Task…</source>
        <translation>&amp;Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <source>Add a task (title, due date, contact) to the current account</source>
        <translation>Eine Aufgabe (Titel, Fälligkeit, Ansprechpartner) zum aktuellen Account hinzufügen</translation>
    </message>
    <message>
        <source>Complete the Tas&amp;k</source>
        <translation>Aufgabe &amp;erledigen</translation>
    </message>
    <message>
        <source>Mark the task selected in the Tasks tab done</source>
        <translation>Die im Reiter Aufgaben gewählte Aufgabe als erledigt markieren</translation>
    </message>
    <message>
        <source>R&amp;eopen the Task</source>
        <translation>Aufgabe &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>Reopen the done task selected in the Tasks tab</source>
        <translation>Die im Reiter Aufgaben gewählte erledigte Aufgabe wieder öffnen</translation>
    </message>
    <message>
        <source>De&amp;lete the Task</source>
        <translation>Aufgabe &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the task selected in the Tasks tab</source>
        <translation>Die im Reiter Aufgaben gewählte Aufgabe löschen</translation>
    </message>
    <message>
        <source>Delete the Timeline E&amp;ntry</source>
        <translation>Eintrag im Verlauf &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the fact selected in the Timeline tab (Ctrl+Z brings it back)</source>
        <translation>Die im Reiter Verlauf gewählte Tatsache löschen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Grant a Perk…</source>
        <translation>&amp;Vorteil gewähren…</translation>
    </message>
    <message>
        <source>Grant a perk offered to the account's ring</source>
        <translation>Einen Vorteil gewähren, der dem Kreis des Accounts angeboten wird</translation>
    </message>
    <message>
        <source>Re&amp;deem the Perk</source>
        <translation>Vorteil &amp;einlösen</translation>
    </message>
    <message>
        <source>The client used the perk selected in the Perks tab</source>
        <translation>Der Kunde hat den im Reiter Vorteile gewählten Vorteil genutzt</translation>
    </message>
    <message>
        <source>Set the Perk's E&amp;xpiry…</source>
        <translation>&amp;Ablauf des Vorteils festlegen…</translation>
    </message>
    <message>
        <source>Set or clear the last day of the perk selected in the Perks tab</source>
        <translation>Den letzten Tag des im Reiter Vorteile gewählten Vorteils setzen oder löschen</translation>
    </message>
    <message>
        <source>&amp;Withdraw the Perk</source>
        <translation>Vorteil &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Take back the perk selected in the Perks tab</source>
        <translation>Den im Reiter Vorteile gewählten Vorteil zurücknehmen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>The shortcuts of the main window</source>
        <translation>Die Tastenkürzel des Hauptfensters</translation>
    </message>
    <message>
        <source>&amp;About Circles of Trust</source>
        <translation>&amp;Über Circles of Trust</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>A consultant's week with Circles of Trust</source>
        <translation>Die Woche eines Beraters mit Circles of Trust</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>En&amp;cryption</source>
        <translation>&amp;Verschlüsselung</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Ed&amp;it the Selected Entry…</source>
        <translation>Ausgewählten Eintrag bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Open the fact selected in the Timeline, Tasks, Perks or Complaints tab in its form, to correct it (Ctrl+Z takes the change back)</source>
        <translation>Öffnet den im Reiter Zeitleiste, Aufgaben, Vorteile oder Beschwerden gewählten Eintrag in seinem Formular, um ihn zu korrigieren (Strg+Z nimmt die Änderung zurück)</translation>
    </message>
</context>
<context>
    <name>AdviceRules</name>
    <message>
        <source>an inbound touch</source>
        <translation>ein eingehender Kontakt</translation>
    </message>
    <message>
        <source>an outbound one-way touch (newsletter, social post)</source>
        <translation>ein ausgehender einseitiger Kontakt (Newsletter, Social-Media-Beitrag)</translation>
    </message>
    <message>
        <source>a purchase</source>
        <translation>ein Kauf</translation>
    </message>
    <message>
        <source>a feedback answer</source>
        <translation>eine Feedback-Antwort</translation>
    </message>
    <message>
        <source>a complaint opened or resolved</source>
        <translation>eine eröffnete oder erledigte Beschwerde</translation>
    </message>
    <message>
        <source>a referral given</source>
        <translation>eine gegebene Empfehlung</translation>
    </message>
    <message>
        <source>counts as contact</source>
        <translation>zählt als Kontakt</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>zählt</translation>
    </message>
    <message>
        <source>does not count</source>
        <translation>zählt nicht</translation>
    </message>
    <message>
        <source>a two-way touch</source>
        <translation>ein beidseitiger Kontakt</translation>
    </message>
    <message>
        <source>Counts as contact: {kinds}.</source>
        <translation>Zählt als Kontakt: {kinds}.</translation>
    </message>
    <message>
        <source>Not contact: {kinds}.</source>
        <translation>Kein Kontakt: {kinds}.</translation>
    </message>
    <message>
        <source>Recent customers are not held in any ring (the rule is off).</source>
        <translation>Neue Kunden werden in keinem Kreis gehalten (die Regel ist aus).</translation>
    </message>
    <message>
        <source>A customer with a purchase in the last {days} days sits at least in {ring}.</source>
        <translation>Ein Kunde mit einem Kauf in den letzten {days} Tagen ist mindestens in {ring}.</translation>
    </message>
    <message>
        <source>Your move stands for {days} days (unless you choose otherwise when moving); meanwhile the advice suggests another ring only {gap} rings away, and says so.</source>
        <translation>Ihr Wechsel gilt {days} Tage (außer Sie wählen beim Verschieben anders); inzwischen schlägt die Empfehlung einen anderen Kreis nur vor, wenn er {gap} Kreise entfernt ist, und sagt das.</translation>
    </message>
    <message>
        <source>the inner ring</source>
        <translation>der innere Kreis</translation>
    </message>
    <message>
        <source>An insight reaches an outer ring once all of {inner} has it, or {days} days after that ring's own release date.</source>
        <translation>Eine Erkenntnis erreicht einen äußeren Kreis, sobald ganz {inner} sie hat, oder {days} Tage nach dem eigenen Freigabedatum dieses Kreises.</translation>
    </message>
    <message>
        <source>Relational scores count for up to {share:.0%} of advocacy (good) or friction (poor); trust or issue resolution at {low} or below raises a suggestion for {days} days.</source>
        <translation>Beziehungswerte zählen bis zu {share:.0%} für Fürsprache (gut) oder Reibung (schlecht); Vertrauen oder Problemlösung bei {low} oder darunter löst für {days} Tage einen Vorschlag aus.</translation>
    </message>
    <message>
        <source>Relational scores do not count in the score; trust or issue resolution at {low} or below raises a suggestion for {days} days.</source>
        <translation>Beziehungswerte zählen nicht in der Bewertung; Vertrauen oder Problemlösung bei {low} oder darunter löst für {days} Tage einen Vorschlag aus.</translation>
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
        <translation>Kreis</translation>
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
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>BriefPrinter</name>
    <message>
        <source>Export meeting brief</source>
        <translation>Gesprächsvorbereitung exportieren</translation>
    </message>
    <message>
        <source>Meeting brief: {value}</source>
        <translation>Gesprächsvorbereitung: {value}</translation>
    </message>
    <message>
        <source>Ring, score and why, the buying group, recent timeline, revenue, open complaints and tasks, perks, insights to share and talking points — on one page.</source>
        <translation>Kreis, Bewertung und Begründung, das Buying Center, jüngster Verlauf, Umsatz, offene Beschwerden und Aufgaben, Vorteile, zu teilende Erkenntnisse und Gesprächspunkte — auf einer Seite.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Der Ordner {parent} existiert nicht.</translation>
    </message>
    <message>
        <source>Gathering the brief…</source>
        <translation>Gesprächsvorbereitung wird zusammengestellt…</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>Gesprächsvorbereitung</translation>
    </message>
    <message>
        <source>Exporting the brief</source>
        <translation>Gesprächsvorbereitung wird exportiert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Preparing the brief</source>
        <translation>Gesprächsvorbereitung wird erstellt</translation>
    </message>
    <message>
        <source>Print the meeting brief of {name}</source>
        <translation>Die Gesprächsvorbereitung von {name} drucken</translation>
    </message>
    <message>
        <source>Printing the brief</source>
        <translation>Gesprächsvorbereitung wird gedruckt</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>Die Gesprächsvorbereitung</translation>
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
        <source>{title}: {lines}</source>
        <translation>{title}: {lines}</translation>
    </message>
    <message>
        <source>1 person not yet a contact was seen at an account&apos;s domain ({who}): File → Import Mail and Calendar… offers to add them.</source>
        <translation>1 Person, die noch kein Kontakt ist, bei der Domain eines Accounts gesehen ({who}): Datei → Mail und Kalender importieren… bietet an, sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>{n} people not yet contacts were seen at your accounts&apos; domains ({who}): File → Import Mail and Calendar… offers to add them.</source>
        <translation>{n} Personen, die noch keine Kontakte sind, bei den Domains Ihrer Accounts gesehen ({who}): Datei → Mail und Kalender importieren… bietet an, sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>{file} could not be read: {why}</source>
        <translation>{file} konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>The watched folder: {files}</source>
        <translation>Der überwachte Ordner: {files}</translation>
    </message>
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
    <message>
        <source>Circles of Trust</source>
        <translation>Circles of Trust</translation>
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
        <source>A calendar export (.ics), a mail folder (mbox, a Thunderbird profile) or saved messages (.eml, Outlook .msg). Only dates, people and durations are kept — never a message's text. Nothing is written until you click Import.</source>
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
        <translation>Account</translation>
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
        <translation>Was erfasst wird, pro Account</translation>
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
        <translation>{n} Account</translation>
    </message>
    <message>
        <source>{n} accounts</source>
        <translation>{n} Accounts</translation>
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
        <source>Nobody new was seen at your accounts' domains.</source>
        <translation>Bei den Domains Ihrer Konten wurde niemand Neues gesehen.</translation>
    </message>
    <message>
        <source>People not yet contacts, seen at an account's domain. Tick those to add as contacts of that account (their meetings and mails are logged with them); nobody is added unless ticked.</source>
        <translation>Personen, die noch keine Kontakte sind, gesehen bei der Domain eines Accounts. Haken Sie an, wen Sie als Ansprechpartner dieses Accounts hinzufügen möchten (ihre Termine und Mails werden mit ihnen erfasst); ohne Haken wird niemand hinzugefügt.</translation>
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
        <translation>Adressen, die zu keinem Ansprechpartner und keinem Account gehören ({n}), die häufigsten zuerst:</translation>
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
        <source>me@example.com, me@work.example</source>
        <translation>ich@beispiel.de, ich@arbeit.beispiel</translation>
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
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <translation>iCalendar (*.ics);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>CascadeTimeline</name>
    <message>
        <source>Published {day}</source>
        <translation>Veröffentlicht am {day}</translation>
    </message>
    <message>
        <source>today ({day})</source>
        <translation>heute ({day})</translation>
    </message>
    <message>
        <source> · discuss</source>
        <translation> · diskutieren</translation>
    </message>
    <message>
        <source> · from {day}</source>
        <translation> · ab {day}</translation>
    </message>
    <message>
        <source>day {delay}{when} · {level} · {received}/{members} received</source>
        <translation>Tag {delay}{when} · {level} · {received}/{members} erhalten</translation>
    </message>
    <message>
        <source>Publish the insight to see when each ring receives it.</source>
        <translation>Veröffentlichen Sie die Erkenntnis, um zu sehen, wann jeder Kreis sie erhält.</translation>
    </message>
    <message>
        <source>Insight cascade timeline</source>
        <translation>Zeitleiste der Erkenntnis-Kaskade</translation>
    </message>
    <message>
        <source>day {n}</source>
        <translation>Tag {n}</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Ring</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>{title}  ·  within {due_after_days} days</source>
        <translation>{title}  ·  innerhalb von {due_after_days} Tagen</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Checklistenschritte</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source> days after entering the ring</source>
        <translation> Tage nach Eintritt in den Kreis</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Schritt:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>When an account enters</source>
        <translation>Wenn ein Account eintritt</translation>
    </message>
    <message>
        <source>these steps become its tasks:</source>
        <translation>werden diese Schritte seine Aufgaben:</translation>
    </message>
    <message>
        <source>Every checklist step needs a text.</source>
        <translation>Jeder Checklistenschritt braucht einen Text.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Open a complaint — {account_name}</source>
        <translation>Eine Beschwerde eröffnen — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Ansprechpartner:</translation>
    </message>
    <message>
        <source>&amp;What is wrong:</source>
        <translation>&amp;Was ist falsch:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Offene Beschwerde</translation>
    </message>
    <message>
        <source>must not be empty: say what is wrong</source>
        <translation>darf nicht leer sein: sagen Sie, was nicht stimmt</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Lösung:</translation>
    </message>
    <message>
        <source>Resol&amp;ved on:</source>
        <translation>Gelö&amp;st am:</translation>
    </message>
    <message>
        <source>must not be before the day it was opened</source>
        <translation>darf nicht vor dem Tag liegen, an dem sie eröffnet wurde</translation>
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
        <translation>Nichts wurde gespeichert. Ihre Änderungen stehen noch im Formular: {fields}.</translation>
    </message>
    <message>
        <source>&amp;Reload and re-apply my changes</source>
        <translation>Neu &amp;laden und meine Änderungen erneut anwenden</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>Meine Änderungen &amp;verwerfen</translation>
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
        <translation>jemand anderes</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Nicht gespeichert: {why}</translation>
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
        <source>the other person</source>
        <translation>der anderen Person</translation>
    </message>
    <message>
        <source>Reloaded with the changes of {who}; yours are applied on top.</source>
        <translation>Neu geladen mit den Änderungen von {who}; Ihre wurden darüber angewendet.</translation>
    </message>
    <message>
        <source>You both changed {fields}: yours is kept.</source>
        <translation>Sie haben beide {fields} geändert: Ihre Änderung bleibt.</translation>
    </message>
    <message>
        <source>Check and save.</source>
        <translation>Prüfen und speichern.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>e.g. Head of Purchasing</source>
        <translation>z. B. Leiter Einkauf</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Relationship &amp;stage:</source>
        <translation>&amp;Beziehungsphase:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Edit contact — {account_name}</source>
        <translation>Ansprechpartner bearbeiten — {account_name}</translation>
    </message>
    <message>
        <source>New contact — {account_name}</source>
        <translation>Neuer Ansprechpartner — {account_name}</translation>
    </message>
    <message>
        <source>Automatic (from touchpoints)</source>
        <translation>Automatisch (aus Kontaktpunkten)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Letzte 2 Jahre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>revenue in the period</source>
        <translation>Umsatz im Zeitraum</translation>
    </message>
    <message>
        <source>of accounts make 80% of revenue</source>
        <translation>der Accounts bringen 80 % des Umsatzes</translation>
    </message>
    <message>
        <source>net promoter score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>customers retained</source>
        <translation>Kunden gehalten</translation>
    </message>
    <message>
        <source>return on relationship</source>
        <translation>Return on Relationship</translation>
    </message>
    <message>
        <source>referrals given</source>
        <translation>Empfehlungen gegeben</translation>
    </message>
    <message>
        <source>{name} chart</source>
        <translation>Diagramm {name}</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
    <message>
        <source>Could not compute the KPIs: {exc}</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden: {exc}</translation>
    </message>
    <message>
        <source>Pareto curve ({start} to {end})</source>
        <translation>Pareto-Kurve ({start} bis {end})</translation>
    </message>
    <message>
        <source>{n} accounts make 80% of the period's revenue; {inner} of them sit in the inner ring.</source>
        <translation>{n} Accounts bringen 80 % des Umsatzes im Zeitraum; {inner} davon sind im inneren Kreis.</translation>
    </message>
    <message>
        <source>No revenue in this period</source>
        <translation>Kein Umsatz in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Relationship revenue (renewals, up-sells, cross-sells, referred accounts) divided by the cost of the perks granted in the period.</source>
        <translation>Beziehungsumsatz (Verlängerungen, Up-Selling, Cross-Selling, empfohlene Accounts) geteilt durch die Kosten der im Zeitraum gewährten Vorteile.</translation>
    </message>
    <message>
        <source>Computing KPIs</source>
        <translation>KPIs berechnen</translation>
    </message>
    <message>
        <source>Of the customers when the period began (a purchase from {before} to {eve}), the share still customers at its end (a purchase in the 12 months up to {end}).</source>
        <translation>Von den Kunden zu Beginn des Zeitraums (ein Kauf von {before} bis {eve}) der Anteil, der an seinem Ende noch Kunde ist (ein Kauf in den 12 Monaten bis {end}).</translation>
    </message>
    <message>
        <source>{kept} of {base} customers retained.</source>
        <translation>{kept} von {base} Kunden gehalten.</translation>
    </message>
    <message>
        <source>no purchase recorded yet</source>
        <translation>noch kein Kauf erfasst</translation>
    </message>
    <message>
        <source>the records begin {day}</source>
        <translation>die Daten beginnen am {day}</translation>
    </message>
    <message>
        <source>no customer before {start}</source>
        <translation>kein Kunde vor dem {start}</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Nobody had bought in the 12 months before the period began, so there is nobody to retain yet: choose a later start.</source>
        <translation>Niemand hatte in den 12 Monaten vor Beginn des Zeitraums gekauft, es gibt also noch niemanden zu halten: wählen Sie einen späteren Beginn.</translation>
    </message>
    <message>
        <source>retention: {why}</source>
        <translation>Kundenbindung: {why}</translation>
    </message>
    <message>
        <source>no ring has a cadence</source>
        <translation>kein Kreis hat einen Rhythmus</translation>
    </message>
    <message>
        <source>Engagement: the share of a ring's accounts in touch within the ring's follow-up cadence on {end} (their last contact at most that many days before). Contact is what Settings → Rules &amp; days counts: a two-way touch, and as set an inbound touch, a purchase, feedback, a complaint or a referral. Overall: {overall}.</source>
        <translation>Engagement: der Anteil der Accounts eines Kreises, die am {end} innerhalb des Nachfassrhythmus des Kreises in Kontakt sind (letzter Kontakt höchstens so viele Tage zuvor). Kontakt ist, was Einstellungen → Regeln &amp; Tage zählt: ein beidseitiger Kontakt und, wie eingestellt, ein eingehender Kontakt, ein Kauf, Feedback, eine Beschwerde oder eine Empfehlung. Gesamt: {overall}.</translation>
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
        <translation>Verschlüsselung läuft</translation>
    </message>
    <message>
        <source>Encrypt database</source>
        <translation>Datenbank verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt &lt;b&gt;{name}&lt;/b&gt; with a password: anyone who copies the file (or its automatic backups) sees only noise, and Circles of Trust asks for the password when it opens the file.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; mit einem Passwort verschlüsseln: Wer die Datei (oder ihre automatischen Sicherungen) kopiert, sieht nur Rauschen, und Circles of Trust fragt beim Öffnen der Datei nach dem Passwort.</translation>
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
        <translation>Wer die Datei kopiert, kann dann jeden Namen, jede E-Mail und jede Notiz darin lesen. Sicherungen, die verschlüsselt angelegt wurden, bleiben mit dem alten Passwort verschlüsselt.</translation>
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
        <translation>Passwort von {name} wird geändert…</translation>
    </message>
    <message>
        <source>{name} is not encrypted</source>
        <translation>{name} ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Converting {name}</source>
        <translation>{name} wird umgewandelt</translation>
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
    <name>DuplicatesReview</name>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>One</source>
        <translation>Der eine</translation>
    </message>
    <message>
        <source>The other</source>
        <translation>Der andere</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Review Duplicates</source>
        <translation>Dubletten prüfen</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>People and accounts</source>
        <translation>Menschen und Accounts</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Look for duplicates among all contacts and accounts now</source>
        <translation>Jetzt unter allen Ansprechpartnern und Accounts nach Dubletten suchen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Keine Dublette</translation>
    </message>
    <message>
        <source>Hide this pair until one of the two changes (for you only)</source>
        <translation>Dieses Paar ausblenden, bis sich eines der beiden ändert (nur für Sie)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Recent Merges…</source>
        <translation>&amp;Letzte Zusammenführungen…</translation>
    </message>
    <message>
        <source>Merges so far; split one again (Unmerge)</source>
        <translation>Bisherige Zusammenführungen; eine wieder trennen (Trennen)</translation>
    </message>
    <message>
        <source>Reading possible duplicates</source>
        <translation>Mögliche Dubletten werden gelesen</translation>
    </message>
    <message>
        <source>Looking for duplicates among all contacts and accounts…</source>
        <translation>Dubletten werden unter allen Ansprechpartnern und Accounts gesucht…</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Dubletten werden gesucht</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>Die Prüfung ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Never checked.</source>
        <translation>Nie geprüft.</translation>
    </message>
    <message>
        <source>{n} pair(s); checked {when}: {contacts} contacts, {accounts} accounts.</source>
        <translation>{n} Paar(e); geprüft {when}: {contacts} Ansprechpartner, {accounts} Accounts.</translation>
    </message>
    <message>
        <source>{n} you marked as not a duplicate are hidden.</source>
        <translation>{n}, die Sie als keine Dublette markiert haben, sind ausgeblendet.</translation>
    </message>
    <message>
        <source>{n} key(s) shared by too many to compare one by one (e.g. {example}).</source>
        <translation>{n} Schlüssel, die zu viele teilen, um sie einzeln zu vergleichen (z. B. {example}).</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Keine möglichen Dubletten.</translation>
    </message>
    <message>
        <source>{a} and {b} ({score} %): {why}</source>
        <translation>{a} und {b} ({score} %): {why}</translation>
    </message>
    <message>
        <source>{summary}. Undo with Ctrl+Z.</source>
        <translation>{summary}. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Not a duplicate: {a} / {b}</source>
        <translation>Keine Dublette: {a} / {b}</translation>
    </message>
    <message>
        <source>{a} and {b} are not shown again until one of them changes.</source>
        <translation>{a} und {b} werden nicht mehr angezeigt, bis sich eines der beiden ändert.</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a country code are from:</source>
        <translation>&amp;Telefonnummern ohne Ländervorwahl stammen aus:</translation>
    </message>
    <message>
        <source>Where numbers like 030 8170947 are dialled: they are compared as +49 30 …</source>
        <translation>Wo Nummern wie 030 8170947 gewählt werden: Sie werden als +49 30 … verglichen</translation>
    </message>
    <message>
        <source>Phone numbers read in {region}</source>
        <translation>Telefonnummern gelesen in {region}</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <source>Perk expiry — {0}</source>
        <translation>Ablauf des Vorteils — {0}</translation>
    </message>
    <message>
        <source>When does &lt;b&gt;{0}&lt;/b&gt; end for {1}?</source>
        <translation>Wann endet &lt;b&gt;{0}&lt;/b&gt; für {1}?</translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation>&amp;Läuft ab</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Tag:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The file is plain text: anyone who gets it reads every name, number and note. Protect it with a password to keep it private.</source>
        <translation>Die Datei ist Klartext: Wer sie bekommt, liest jeden Namen, jede Nummer und jede Notiz. Schützen Sie sie mit einem Passwort, damit sie privat bleibt.</translation>
    </message>
    <message>
        <source>&amp;Protect the file with a password</source>
        <translation>Datei mit einem Passwort &amp;schützen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <source>Import asks for the password; without it the file cannot be read.</source>
        <translation>Der Import fragt nach dem Passwort; ohne es ist die Datei nicht lesbar.</translation>
    </message>
    <message>
        <source>Type the password twice, or untick the protection.</source>
        <translation>Geben Sie das Passwort zweimal ein oder entfernen Sie den Haken beim Schutz.</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>Die beiden Passwörter unterscheiden sich: Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>It is protected with a password; Import asks for it.</source>
        <translation>Sie ist mit einem Passwort geschützt; der Import fragt danach.</translation>
    </message>
    <message>
        <source>It is plain text.</source>
        <translation>Sie ist Klartext.</translation>
    </message>
    <message>
        <source>All active accounts</source>
        <translation>Alle aktiven Accounts</translation>
    </message>
    <message>
        <source>Only {value}</source>
        <translation>Nur {value}</translation>
    </message>
    <message>
        <source>Only the open account</source>
        <translation>Nur der geöffnete Account</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Accounts:</translation>
    </message>
    <message>
        <source>vCard 4.0 (current address books)</source>
        <translation>vCard 4.0 (aktuelle Adressbücher)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older programs)</source>
        <translation>vCard 3.0 (ältere Programme)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>All-day events (every calendar shows them)</source>
        <translation>Ganztägige Termine (jeder Kalender zeigt sie)</translation>
    </message>
    <message>
        <source>To-dos (VTODO)</source>
        <translation>Aufgaben (VTODO)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Follow-ups due within:</source>
        <translation>Nachfassen fällig innerhalb:</translation>
    </message>
    <message>
        <source>Write them as:</source>
        <translation>Schreiben als:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Der Ordner {parent} existiert nicht.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Ansprechpartner als vCard exportieren</translation>
    </message>
    <message>
        <source>One card per contact, with the account as organisation and the ring as category. Address books (Apple, Google, Outlook, Thunderbird) import it.</source>
        <translation>Eine Karte pro Ansprechpartner, mit dem Account als Organisation und dem Kreis als Kategorie. Adressbücher (Apple, Google, Outlook, Thunderbird) können sie importieren.</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard-Dateien (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Export accounts and contacts as CSV</source>
        <translation>Accounts und Ansprechpartner als CSV exportieren</translation>
    </message>
    <message>
        <source>One row per contact with its account's details, for spreadsheets. Cells that a spreadsheet would run as a formula are made safe.</source>
        <translation>Eine Zeile pro Ansprechpartner mit den Angaben seines Accounts, für Tabellenkalkulationen. Zellen, die eine Tabellenkalkulation als Formel ausführen würde, werden entschärft.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export follow-ups as iCalendar</source>
        <translation>Nachfassaktionen als iCalendar exportieren</translation>
    </message>
    <message>
        <source>Open tasks and follow-ups that fall due, as all-day entries a calendar shows (or as to-dos). Importing the file again updates the entries, it does not double them.</source>
        <translation>Offene Aufgaben und fällige Nachfassaktionen als ganztägige Einträge, die ein Kalender anzeigt (oder als Aufgaben). Ein erneuter Import der Datei aktualisiert die Einträge, statt sie zu verdoppeln.</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Alles als JSON exportieren</translation>
    </message>
    <message>
        <source>Every table, every row: a full copy that Import restores into a new, empty database with nothing lost.</source>
        <translation>Jede Tabelle, jede Zeile: eine vollständige Kopie, die der Import verlustfrei in eine neue, leere Datenbank zurückspielt.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Wrote {items} contacts to {path}.</source>
        <translation>{items} Ansprechpartner in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Wrote {items} rows to {path}.</source>
        <translation>{items} Zeilen in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Wrote {items} calendar entries to {path}.</source>
        <translation>{items} Kalendereinträge in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Wrote {items} rows from every table to {path}.</source>
        <translation>{items} Zeilen aus allen Tabellen in {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <source>Checking for changes made elsewhere</source>
        <translation>Prüfen, ob anderswo etwas geändert wurde</translation>
    </message>
</context>
<context>
    <name>FactActions</name>
    <message>
        <source>Select an account first</source>
        <translation>Wählen Sie zuerst einen Account</translation>
    </message>
    <message>
        <source>{verb} for {name}</source>
        <translation>{verb} für {name}</translation>
    </message>
    <message>
        <source>{done} — Ctrl+Z undoes it</source>
        <translation>{done} — Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Record a purchase</source>
        <translation>Einen Kauf erfassen</translation>
    </message>
    <message>
        <source>Recorded {money} ({kind}) for {name}</source>
        <translation>{money} ({kind}) für {name} erfasst</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>Feedback erfassen</translation>
    </message>
    <message>
        <source>Recorded NPS {nps} for {name}</source>
        <translation>NPS {nps} für {name} erfasst</translation>
    </message>
    <message>
        <source>Open a complaint</source>
        <translation>Eine Beschwerde eröffnen</translation>
    </message>
    <message>
        <source>Complaint opened for {name}</source>
        <translation>Beschwerde für {name} eröffnet</translation>
    </message>
    <message>
        <source>{name} has no open complaint</source>
        <translation>{name} hat keine offene Beschwerde</translation>
    </message>
    <message>
        <source>Resolve a complaint</source>
        <translation>Eine Beschwerde erledigen</translation>
    </message>
    <message>
        <source>Complaint of {name} resolved</source>
        <translation>Beschwerde von {name} erledigt</translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation>Eine Empfehlung erfassen</translation>
    </message>
    <message>
        <source>Recorded the referral from {name}</source>
        <translation>Die Empfehlung von {name} erfasst</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Eine Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Task “{title}” added, due {isoformat}</source>
        <translation>Aufgabe „{title}“ hinzugefügt, fällig am {isoformat}</translation>
    </message>
    <message>
        <source>Select a task in the Tasks tab first</source>
        <translation>Wählen Sie zuerst eine Aufgabe im Reiter Aufgaben</translation>
    </message>
    <message>
        <source>Complete “{title}”</source>
        <translation>„{title}“ erledigen</translation>
    </message>
    <message>
        <source>Done: {title} — Ctrl+Z reopens it</source>
        <translation>Erledigt: {title} — Strg+Z öffnet es wieder</translation>
    </message>
    <message>
        <source>Reopen “{title}”</source>
        <translation>„{title}“ wieder öffnen</translation>
    </message>
    <message>
        <source>Reopened: {title}</source>
        <translation>Wieder geöffnet: {title}</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>„{title}“ löschen</translation>
    </message>
    <message>
        <source>Deleted: {title} — Ctrl+Z brings it back</source>
        <translation>Gelöscht: {title} — Strg+Z holt es zurück</translation>
    </message>
    <message>
        <source>No perk is offered to {name}'s ring that it lacks</source>
        <translation>Dem Kreis von {name} wird kein Vorteil angeboten, der noch fehlt</translation>
    </message>
    <message>
        <source>Grant a perk</source>
        <translation>Einen Vorteil gewähren</translation>
    </message>
    <message>
        <source>Perk granted to {name}</source>
        <translation>Vorteil an {name} gewährt</translation>
    </message>
    <message>
        <source>Select an active perk in the Perks tab first</source>
        <translation>Wählen Sie zuerst einen aktiven Vorteil im Reiter Vorteile</translation>
    </message>
    <message>
        <source>Redeem {name}</source>
        <translation>{name} einlösen</translation>
    </message>
    <message>
        <source>Redeemed: {name}</source>
        <translation>Eingelöst: {name}</translation>
    </message>
    <message>
        <source>Withdraw {name}</source>
        <translation>{name} zurückziehen</translation>
    </message>
    <message>
        <source>Withdrew: {name} — Ctrl+Z gives it back</source>
        <translation>Zurückgezogen: {name} — Strg+Z gibt ihn zurück</translation>
    </message>
    <message>
        <source>Select a granted perk in the Perks tab first</source>
        <translation>Wählen Sie zuerst einen gewährten Vorteil im Reiter Vorteile</translation>
    </message>
    <message>
        <source>{0} no longer expires</source>
        <translation>{0} läuft nicht mehr ab</translation>
    </message>
    <message>
        <source>{0} expires on {1}</source>
        <translation>{0} läuft am {1} ab</translation>
    </message>
    <message>
        <source>Set the expiry of {0}</source>
        <translation>Ablauf von {0} festlegen</translation>
    </message>
    <message>
        <source>{0} is unpinned</source>
        <translation>Fixierung von {0} gelöst</translation>
    </message>
    <message>
        <source>{0} is pinned to {1}</source>
        <translation>{0} ist in {1} fixiert</translation>
    </message>
    <message>
        <source>Unpin {0}</source>
        <translation>{0} lösen</translation>
    </message>
    <message>
        <source>Pin {0}</source>
        <translation>{0} fixieren</translation>
    </message>
    <message>
        <source>Select an entry in the Timeline tab first</source>
        <translation>Wählen Sie zuerst einen Eintrag im Reiter Verlauf</translation>
    </message>
    <message>
        <source>A ring move stays in the history: move the account again instead</source>
        <translation>Ein Kreiswechsel bleibt im Verlauf: verschieben Sie den Account stattdessen erneut</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>„{0}“ löschen</translation>
    </message>
    <message>
        <source>Deleted “{0}” — Ctrl+Z brings it back</source>
        <translation>„{0}“ gelöscht — Strg+Z holt es zurück</translation>
    </message>
    <message>
        <source>is required: pick a value from 0 to 10</source>
        <translation>ist erforderlich: einen Wert von 0 bis 10 wählen</translation>
    </message>
    <message>
        <source>is required: type the account's name</source>
        <translation>ist erforderlich: den Namen des Accounts eingeben</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Mit {name}</translation>
    </message>
    <message>
        <source>“{title}” is still open</source>
        <translation>„{title}“ ist noch offen</translation>
    </message>
    <message>
        <source>“{title}” is already done</source>
        <translation>„{title}“ ist schon erledigt</translation>
    </message>
    <message>
        <source>is required: say why</source>
        <translation>ist erforderlich: den Grund angeben</translation>
    </message>
</context>
<context>
    <name>FactEdits</name>
    <message>
        <source>Select an account first</source>
        <translation>Wählen Sie zuerst einen Account</translation>
    </message>
    <message>
        <source>Select an entry in the Timeline, Tasks, Perks or Complaints tab first</source>
        <translation>Wählen Sie zuerst einen Eintrag im Reiter Zeitleiste, Aufgaben, Vorteile oder Beschwerden</translation>
    </message>
    <message>
        <source>A ring move stays in the history: move the account again instead</source>
        <translation>Ein Kreiswechsel bleibt im Verlauf: verschieben Sie den Account stattdessen erneut</translation>
    </message>
    <message>
        <source>Edit {fact} ({account})</source>
        <translation>Bearbeiten: {fact} ({account})</translation>
    </message>
    <message>
        <source>Edit {fact} — {account}</source>
        <translation>Bearbeiten: {fact} — {account}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved {fact} — Ctrl+Z undoes it</source>
        <translation>Gespeichert: {fact} — Strg+Z macht es rückgängig</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <source>New business</source>
        <translation>Neugeschäft</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Up-sell</source>
        <translation>Up-Selling</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>Cross-Selling</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Record feedback — {account_name}</source>
        <translation>Feedback erfassen — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Ansprechpartner:</translation>
    </message>
    <message>
        <source>— pick 0 to 10 —</source>
        <translation>— 0 bis 10 wählen —</translation>
    </message>
    <message>
        <source>How likely to recommend us: 0 (not at all) to 10 (extremely)</source>
        <translation>Wie wahrscheinlich ist eine Weiterempfehlung: 0 (gar nicht) bis 10 (äußerst wahrscheinlich)</translation>
    </message>
    <message>
        <source>&amp;NPS:</source>
        <translation>&amp;NPS:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Kom&amp;mentar:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Relational scores (1–5, all optional)</source>
        <translation>Beziehungswerte (1–5, alle optional)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>is required: pick a value from 0 to 10</source>
        <translation>ist erforderlich: wählen Sie einen Wert von 0 bis 10</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Grant a perk — {account_name}</source>
        <translation>Einen Vorteil gewähren — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Perk:</source>
        <translation>&amp;Vorteil:</translation>
    </message>
    <message>
        <source>&amp;Granted on:</source>
        <translation>&amp;Gewährt am:</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Läuft ab am:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Gewähren</translation>
    </message>
    <message>
        <source>must not be before the grant</source>
        <translation>darf nicht vor der Gewährung liegen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Not ticked: the perk&apos;s default period</source>
        <translation>Nicht angehakt: die Standardlaufzeit des Vorteils</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>The export &lt;b&gt;{name}&lt;/b&gt; is protected with a password. Type it to restore it.</source>
        <translation>Der Export &lt;b&gt;{name}&lt;/b&gt; ist mit einem Passwort geschützt. Geben Sie es ein, um ihn wiederherzustellen.</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Contacts are grouped into accounts by organisation; a person without one gets an account of their own, marked for review. Someone already here (same e-mail, or same name in the same account) is merged, never doubled. Nothing is written until you click Import.</source>
        <translation>Ansprechpartner werden nach Organisation zu Accounts gruppiert; eine Person ohne Organisation erhält einen eigenen Account, zur Prüfung markiert. Wer schon da ist (gleiche E-Mail oder gleicher Name im selben Account), wird zusammengeführt, nie verdoppelt. Nichts wird geschrieben, bis Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>No problems found in the file.</source>
        <translation>Keine Probleme in der Datei gefunden.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
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
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Checking the export…</source>
        <translation>Der Export wird geprüft…</translation>
    </message>
    <message>
        <source>Reading and matching contacts…</source>
        <translation>Ansprechpartner werden gelesen und abgeglichen…</translation>
    </message>
    <message>
        <source>{created} to create, {merged} to merge, {skipped} skipped</source>
        <translation>{created} anzulegen, {merged} zusammenzuführen, {skipped} übersprungen</translation>
    </message>
    <message>
        <source>{n} new account</source>
        <translation>{n} neuer Account</translation>
    </message>
    <message>
        <source>{n} new accounts</source>
        <translation>{n} neue Accounts</translation>
    </message>
    <message>
        <source>, {n} with details filled in</source>
        <translation>, {n} mit ergänzten Angaben</translation>
    </message>
    <message>
        <source>Everything ({len})</source>
        <translation>Alles ({len})</translation>
    </message>
    <message>
        <source>Problems in the file ({len})</source>
        <translation>Probleme in der Datei ({len})</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>A full export of {day}</source>
        <translation>Ein vollständiger Export vom {day}</translation>
    </message>
    <message>
        <source>A full export</source>
        <translation>Ein vollständiger Export</translation>
    </message>
    <message>
        <source>{export}: {accounts} accounts, {contacts} contacts, {rows} rows in all</source>
        <translation>{export}: {accounts} Accounts, {contacts} Ansprechpartner, {rows} Zeilen insgesamt</translation>
    </message>
    <message>
        <source>Everything in the file is restored into this database, which is empty: its default rings and settings are replaced by the ones in the file.</source>
        <translation>Alles aus der Datei wird in diese leere Datenbank wiederhergestellt: ihre Standardkreise und -einstellungen werden durch die aus der Datei ersetzt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} wird importiert</translation>
    </message>
    <message>
        <source>Restored {total_rows} rows from {source}.</source>
        <translation>{total_rows} Zeilen aus {source} wiederhergestellt.</translation>
    </message>
    <message>
        <source>Everything from the export is back in this database.</source>
        <translation>Alles aus dem Export ist wieder in dieser Datenbank.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Organisation (account)</source>
        <translation>Organisation (Account)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role (decision maker, champion…)</source>
        <translation>Rolle (Entscheider, Fürsprecher…)</translation>
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
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>create</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>zusammenführen</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>To create ({n})</source>
        <translation>Neu ({n})</translation>
    </message>
    <message>
        <source>To merge ({n})</source>
        <translation>Zusammenzuführen ({n})</translation>
    </message>
    <message>
        <source>Skipped ({n})</source>
        <translation>Übersprungen ({n})</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the export {name}</source>
        <translation>Den Export {name} wiederherstellen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>The database changed after the preview, so the import was decided again on the current data.</source>
        <translation>Die Datenbank hat sich nach der Vorschau geändert; der Import wurde deshalb anhand der aktuellen Daten neu entschieden.</translation>
    </message>
    <message>
        <source>A backup was made first: {path}</source>
        <translation>Zuerst wurde eine Sicherung angelegt: {path}</translation>
    </message>
    <message>
        <source>The import is recorded in the action log.</source>
        <translation>Der Import ist im Aktionsprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>Zeile {line}: {message}</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Open complaints</source>
        <translation>Offene Beschwerden</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Hochstufen</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Herabstufen</translation>
    </message>
    <message>
        <source>Renewals coming</source>
        <translation>Anstehende Verlängerungen</translation>
    </message>
    <message>
        <source>Satisfaction checks</source>
        <translation>Zufriedenheitsprüfungen</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Nachfassaktionen</translation>
    </message>
    <message>
        <source>Insights to share</source>
        <translation>Zu teilende Erkenntnisse</translation>
    </message>
    <message>
        <source>Perks to grant</source>
        <translation>Zu gewährende Vorteile</translation>
    </message>
    <message>
        <source>Perks to withdraw</source>
        <translation>Zurückzuziehende Vorteile</translation>
    </message>
    <message>
        <source>Ask for a referral</source>
        <translation>Um eine Empfehlung bitten</translation>
    </message>
    <message>
        <source>Widen single-threaded accounts</source>
        <translation>Accounts mit nur einem Ansprechpartner verbreitern</translation>
    </message>
    <message>
        <source>Low relational scores</source>
        <translation>Niedrige Beziehungswerte</translation>
    </message>
    <message>
        <source>Reach the decision maker</source>
        <translation>Den Entscheider erreichen</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>{reason}
Accepting: {action}</source>
        <translation>{reason}
Beim Annehmen: {action}</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Recompute today's suggestions (F5)</source>
        <translation>Die heutigen Vorschläge neu berechnen (F5)</translation>
    </message>
    <message>
        <source>Inbox zero — nothing needs you today</source>
        <translation>Posteingang leer — heute ist nichts zu tun</translation>
    </message>
    <message>
        <source>New suggestions appear as facts change: purchases, quiet spells, feedback.</source>
        <translation>Neue Vorschläge erscheinen, wenn sich Fakten ändern: Käufe, ruhige Phasen, Feedback.</translation>
    </message>
    <message>
        <source>Looking at your accounts…</source>
        <translation>Ihre Accounts werden angesehen…</translation>
    </message>
    <message>
        <source>Selected suggestion</source>
        <translation>Gewählter Vorschlag</translation>
    </message>
    <message>
        <source>Could not compute suggestions: {exc}</source>
        <translation>Vorschläge konnten nicht berechnet werden: {exc}</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>{n} suggestion</source>
        <translation>{n} Vorschlag</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} Vorschläge</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Volltext</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Schlagzeile</translation>
    </message>
</context>
<context>
    <name>CascadePanel</name>
    <message>
        <source>Ring</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message>
        <source>(no contact yet)</source>
        <translation>(noch kein Ansprechpartner)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Record share…</source>
        <translation>Weitergabe erfassen…</translation>
    </message>
    <message>
        <source>Record that the selected due account received it (R)</source>
        <translation>Erfassen, dass der gewählte fällige Account sie erhalten hat (R)</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Antwort…</translation>
    </message>
    <message>
        <source>Note what the client answered (co-creation)</source>
        <translation>Notieren Sie, was der Kunde geantwortet hat (Co-Creation)</translation>
    </message>
    <message>
        <source>Ring:</source>
        <translation>Kreis:</translation>
    </message>
    <message>
        <source>Reading the cascade</source>
        <translation>Die Kaskade wird gelesen</translation>
    </message>
    <message>
        <source>Publish the insight to start its cascade.</source>
        <translation>Veröffentlichen Sie die Erkenntnis, um ihre Kaskade zu starten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erhalten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fällig&lt;/b&gt;</translation>
    </message>
    <message>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ab</translation>
    </message>
    <message>
        <source>, open for discussion</source>
        <translation>, offen zur Diskussion</translation>
    </message>
    <message>
        <source>{ring_name} receives the {level} {when} {release_on}{discuss}: {received} of {members} accounts reached.</source>
        <translation>{ring_name} erhält die Fassung „{level}“ {when} {release_on}{discuss}: {received} von {members} Accounts erreicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;Erhalten&lt;/b&gt; ({n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;Fällig&lt;/b&gt; ({n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due from {day}&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;Fällig ab {day}&lt;/b&gt; ({n})</translation>
    </message>
    <message>
        <source>Reading the contacts</source>
        <translation>Die Ansprechpartner werden gelesen</translation>
    </message>
    <message>
        <source>Share recorded</source>
        <translation>Weitergabe erfasst</translation>
    </message>
    <message>
        <source> with the answer.</source>
        <translation> mit der Antwort.</translation>
    </message>
    <message>
        <source>Share {insight_title!r} with {account_name}</source>
        <translation>{insight_title!r} mit {account_name} teilen</translation>
    </message>
    <message>
        <source>Not recorded: </source>
        <translation>Nicht erfasst: </translation>
    </message>
    <message>
        <source>Answer — {account_name}</source>
        <translation>Antwort — {account_name}</translation>
    </message>
    <message>
        <source>What did they answer? (co-creation notes)</source>
        <translation>Was haben sie geantwortet? (Notizen zur Co-Creation)</translation>
    </message>
    <message>
        <source>Answer of {account_name}</source>
        <translation>Antwort von {account_name}</translation>
    </message>
    <message>
        <source>Answer recorded.</source>
        <translation>Antwort erfasst.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>New insight</source>
        <translation>Neue Erkenntnis</translation>
    </message>
    <message>
        <source>Start a new insight (Ctrl+Shift+I)</source>
        <translation>Eine neue Erkenntnis beginnen (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Title of the insight</source>
        <translation>Titel der Erkenntnis</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the insight (Ctrl+S)</source>
        <translation>Die Erkenntnis speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Publication day</source>
        <translation>Veröffentlichungstag</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish on the chosen day; each ring follows its delay</source>
        <translation>Am gewählten Tag veröffentlichen; jeder Kreis folgt mit seiner Verzögerung</translation>
    </message>
    <message>
        <source>One sentence for the outer rings and the public</source>
        <translation>Ein Satz für die äußeren Kreise und die Öffentlichkeit</translation>
    </message>
    <message>
        <source>A paragraph: what it means for the reader</source>
        <translation>Ein Absatz: was es für den Leser bedeutet</translation>
    </message>
    <message>
        <source>The whole insight, for the inner rings</source>
        <translation>Die ganze Erkenntnis, für die inneren Kreise</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>&amp;Cascade &amp;&amp; shares</source>
        <translation>&amp;Kaskade &amp;&amp; Weitergaben</translation>
    </message>
    <message>
        <source>No insight selected</source>
        <translation>Keine Erkenntnis ausgewählt</translation>
    </message>
    <message>
        <source>Write down what you learned; the inner circle hears it first, in full.</source>
        <translation>Schreiben Sie auf, was Sie gelernt haben; der innere Kreis erfährt es zuerst, vollständig.</translation>
    </message>
    <message>
        <source>Reading insights</source>
        <translation>Erkenntnisse werden gelesen</translation>
    </message>
    <message>
        <source>— read by {join}</source>
        <translation>— gelesen von {join}</translation>
    </message>
    <message>
        <source>— no ring receives this version</source>
        <translation>— kein Kreis erhält diese Fassung</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Untitled insight</source>
        <translation>Erkenntnis ohne Titel</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Edit insight {value!r}</source>
        <translation>Erkenntnis {value!r} bearbeiten</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Nicht gespeichert: </translation>
    </message>
    <message>
        <source>Published {day}.</source>
        <translation>Veröffentlicht am {day}.</translation>
    </message>
    <message>
        <source>{ring} receives the {level} from {day} ({n} accounts); the outer rings follow.</source>
        <translation>{ring} erhält die Fassung „{level}“ ab {day} ({n} Accounts); die äußeren Kreise folgen.</translation>
    </message>
    <message>
        <source>Publish {strip!r}</source>
        <translation>{strip!r} veröffentlichen</translation>
    </message>
    <message>
        <source>Not published: </source>
        <translation>Nicht veröffentlicht: </translation>
    </message>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
</context>
<context>
    <name>IoActions</name>
    <message>
        <source>The meeting brief</source>
        <translation>Die Gesprächsvorbereitung</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sicherung läuft</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>Die Sicherung</translation>
    </message>
    <message>
        <source>The backup &lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its password.</source>
        <translation>Die Sicherung &lt;b&gt;{name}&lt;/b&gt; ist verschlüsselt. Geben Sie ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Sicherung wird geprüft</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the open database with this backup?

{path}</source>
        <translation>Die geöffnete Datenbank durch diese Sicherung ersetzen?

{path}</translation>
    </message>
    <message>
        <source>The backup {name} ({stamp}, {accounts} accounts) replaces everything in the open database. The database as it is now is kept as a backup in {backups_dir}. Afterwards the database is opened again.</source>
        <translation>Die Sicherung {name} ({stamp}, {accounts} Accounts) ersetzt alles in der geöffneten Datenbank. Die Datenbank in ihrem jetzigen Zustand wird als Sicherung in {backups_dir} aufbewahrt. Danach wird die Datenbank erneut geöffnet.</translation>
    </message>
    <message>
        <source>Replace with backup</source>
        <translation>Durch Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Sicherung wird wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Ansprechpartner &amp;importieren…</translation>
    </message>
    <message>
        <source>Import contacts from a vCard or CSV file, or restore a full JSON export</source>
        <translation>Ansprechpartner aus einer vCard- oder CSV-Datei importieren oder einen vollständigen JSON-Export wiederherstellen</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>Ansprechpartner als &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts for address books (vCard 4.0 or 3.0)</source>
        <translation>Ansprechpartner für Adressbücher exportieren (vCard 4.0 oder 3.0)</translation>
    </message>
    <message>
        <source>Accounts and contacts as &amp;CSV…</source>
        <translation>Accounts und Ansprechpartner als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export accounts and contacts for spreadsheets</source>
        <translation>Accounts und Ansprechpartner für Tabellenkalkulationen exportieren</translation>
    </message>
    <message>
        <source>Follow-ups as &amp;iCalendar…</source>
        <translation>Nachfassaktionen als &amp;iCalendar…</translation>
    </message>
    <message>
        <source>Export open tasks and due follow-ups to a calendar</source>
        <translation>Offene Aufgaben und fällige Nachfassaktionen in einen Kalender exportieren</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Alles als &amp;JSON…</translation>
    </message>
    <message>
        <source>A full export of every table, restorable into an empty database</source>
        <translation>Ein vollständiger Export aller Tabellen, in eine leere Datenbank wiederherstellbar</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>Copy the database file to a backup (checked after writing)</source>
        <translation>Die Datenbankdatei in eine Sicherung kopieren (nach dem Schreiben geprüft)</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the database with a backup (the current one is kept)</source>
        <translation>Die Datenbank durch eine Sicherung ersetzen (die aktuelle wird aufbewahrt)</translation>
    </message>
    <message>
        <source>&amp;Print meeting brief…</source>
        <translation>Gesprächsvorbereitung &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the one-page meeting brief of the open account</source>
        <translation>Die einseitige Gesprächsvorbereitung des geöffneten Accounts drucken</translation>
    </message>
    <message>
        <source>E&amp;xport meeting brief…</source>
        <translation>Gesprächsvorbereitung e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the meeting brief of the open account as PDF, HTML or Markdown</source>
        <translation>Die Gesprächsvorbereitung des geöffneten Accounts als PDF, HTML oder Markdown speichern</translation>
    </message>
    <message>
        <source>Address books and exports (*.vcf *.vcard *.csv *.tsv *.txt *.json);;vCard (*.vcf *.vcard);;CSV (*.csv *.tsv *.txt);;Full JSON export (*.json);;All files (*)</source>
        <translation>Adressbücher und Exporte (*.vcf *.vcard *.csv *.tsv *.txt *.json);;vCard (*.vcf *.vcard);;CSV (*.csv *.tsv *.txt);;Vollständiger JSON-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Circles of Trust backups (*.sqlite *.db);;All files (*)</source>
        <translation>Circles-of-Trust-Sicherungen (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>open a database first</source>
        <translation>zuerst eine Datenbank öffnen</translation>
    </message>
    <message>
        <source>Import contacts or a full export</source>
        <translation>Ansprechpartner oder einen vollständigen Export importieren</translation>
    </message>
    <message>
        <source>open an account first: the brief is for the account on screen</source>
        <translation>zuerst einen Account öffnen: die Gesprächsvorbereitung gilt dem Account auf dem Bildschirm</translation>
    </message>
    <message>
        <source>backups work on SQLite files; back up a PostgreSQL database with pg_dump and restore it with pg_restore</source>
        <translation>Sicherungen funktionieren mit SQLite-Dateien; eine PostgreSQL-Datenbank mit pg_dump sichern und mit pg_restore wiederherstellen</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sicherung angelegt</translation>
    </message>
    <message>
        <source>The database was copied to {path} and checked: {accounts} accounts. Keep it somewhere safe (another disk, a cloud folder).</source>
        <translation>Die Datenbank wurde nach {path} kopiert und geprüft: {accounts} Accounts. Bewahren Sie die Kopie sicher auf (andere Festplatte, Cloud-Ordner).</translation>
    </message>
    <message>
        <source>The restore</source>
        <translation>Die Wiederherstellung</translation>
    </message>
    <message>
        <source>a change is still being saved; try the restore again in a moment</source>
        <translation>eine Änderung wird noch gespeichert; die Wiederherstellung gleich noch einmal versuchen</translation>
    </message>
    <message>
        <source> The database it replaced was kept as {path}.</source>
        <translation> Die ersetzte Datenbank wurde als {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored {accounts} accounts from {name}.{kept}</source>
        <translation>{accounts} Accounts aus {name} wiederhergestellt.{kept}</translation>
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
    <name>LazyPage</name>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working as {n}</source>
        <translation>Sie arbeiten als {n}</translation>
    </message>
    <message>
        <source>Circles of Trust</source>
        <translation>Circles of Trust</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Mit Änderungen von anderswo aktualisiert</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>Die Accounts werden gelesen</translation>
    </message>
    <message>
        <source>Example business</source>
        <translation>Beispielunternehmen</translation>
    </message>
    <message>
        <source>{name} — Circles of Trust</source>
        <translation>{name} — Circles of Trust</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>Example business created</source>
        <translation>Beispielunternehmen angelegt</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} geöffnet</translation>
    </message>
    <message>
        <source>the example business</source>
        <translation>das Beispielunternehmen</translation>
    </message>
    <message>
        <source>Opening {what}</source>
        <translation>{what} öffnen</translation>
    </message>
    <message>
        <source>Could not open {what}</source>
        <translation>{what} konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>{name} is encrypted</source>
        <translation>{name} ist verschlüsselt</translation>
    </message>
    <message>
        <source>Nothing was opened: type its password to open it.</source>
        <translation>Nichts wurde geöffnet: Geben Sie das Passwort ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Type the password…</source>
        <translation>Passwort eingeben…</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Eine Datenbank öffnen…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Neue Datenbank…</translation>
    </message>
    <message>
        <source>Open the example business</source>
        <translation>Das Beispielunternehmen öffnen</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>Wird neu geladen…</translation>
    </message>
    <message>
        <source>{n} account</source>
        <translation>{n} Account</translation>
    </message>
    <message>
        <source>{n} accounts</source>
        <translation>{n} Accounts</translation>
    </message>
    <message>
        <source>Scores from the pass of {day}; today's pass is running…</source>
        <translation>Werte aus der Berechnung vom {day}; die heutige Berechnung läuft…</translation>
    </message>
    <message>
        <source>Select an account first, then Ctrl+T</source>
        <translation>Wählen Sie zuerst einen Account, dann Strg+T</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>Die Einstellungen werden gelesen</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>Layout reset</source>
        <translation>Layout zurückgesetzt</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>{name} prüfen</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Circles of Trust — Manual</source>
        <translation>Circles of Trust — Handbuch</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column holds what?</source>
        <translation>Welche Spalte enthält was?</translation>
    </message>
    <message>
        <source>{file_name} is not a Google or Outlook export, so tell the import what each column holds. Columns set to “Ignore” are left out. A name (full, or first and last) is needed.</source>
        <translation>{file_name} ist kein Google- oder Outlook-Export; geben Sie deshalb an, was jede Spalte enthält. Spalten auf „Ignorieren“ werden ausgelassen. Ein Name (vollständig oder Vor- und Nachname) ist nötig.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Choose the column with the name (or first and last name).</source>
        <translation>Wählen Sie die Spalte mit dem Namen (oder Vor- und Nachname).</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(keine Überschrift)</translation>
    </message>
    <message>
        <source>Column {header}</source>
        <translation>Spalte {header}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation>Ansprechpartner zusammenführen</translation>
    </message>
    <message>
        <source>Merge Accounts</source>
        <translation>Accounts zusammenführen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Which one stays (its facts and the other's are kept):</source>
        <translation>Welcher bleibt (seine Fakten und die des anderen bleiben erhalten):</translation>
    </message>
    <message>
        <source>Where the two differ, choose what to keep:</source>
        <translation>Wo sich die beiden unterscheiden, wählen Sie, was bleibt:</translation>
    </message>
    <message>
        <source>Both have revenue: I checked the combined figures</source>
        <translation>Beide haben Umsatz: Ich habe die zusammengeführten Zahlen geprüft</translation>
    </message>
    <message>
        <source>Preparing the merge</source>
        <translation>Zusammenführen wird vorbereitet</translation>
    </message>
    <message>
        <source>Merge {other} (#{other_id}) into {keep} (#{keep_id})</source>
        <translation>{other} (#{other_id}) mit {keep} (#{keep_id}) zusammenführen</translation>
    </message>
    <message>
        <source>Keep {name} (#{id}, {account})</source>
        <translation>{name} (#{id}, {account}) behalten</translation>
    </message>
    <message>
        <source>Keep {name} (#{id})</source>
        <translation>{name} (#{id}) behalten</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Both hold the same values.</source>
        <translation>Beide haben dieselben Werte.</translation>
    </message>
    <message>
        <source>Moves to the one kept: {rows}.</source>
        <translation>Geht an den, der bleibt: {rows}.</translation>
    </message>
    <message>
        <source>Nothing else points at {name}.</source>
        <translation>Nichts anderes verweist auf {name}.</translation>
    </message>
    <message>
        <source>Notes are joined; an e-mail or phone not kept goes to the notes.</source>
        <translation>Notizen werden zusammengefügt; eine nicht behaltene E-Mail oder Telefonnummer geht in die Notizen.</translation>
    </message>
    <message>
        <source>Notes are joined.</source>
        <translation>Notizen werden zusammengefügt.</translation>
    </message>
    <message>
        <source>{keep} + {other}: revenue 12 m {recent} → ring {ring}</source>
        <translation>{keep} + {other}: Umsatz 12 Mon. {recent} → Kreis {ring}</translation>
    </message>
    <message>
        <source>All revenue {a} + {b} = {total}.</source>
        <translation>Gesamter Umsatz {a} + {b} = {total}.</translation>
    </message>
    <message>
        <source>Trust score then {score}; the rules would place it in {target}.</source>
        <translation>Vertrauensscore dann {score}; die Regeln würden ihn in {target} platzieren.</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}</source>
        <translation>{other} mit {keep} zusammenführen</translation>
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
    <name>MoveDialog</name>
    <message>
        <source>Move {account_name}</source>
        <translation>{account_name} verschieben</translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation>Verschieben &amp;nach:</translation>
    </message>
    <message>
        <source>Why? (kept in the ring history)</source>
        <translation>Warum? (im Kreisverlauf gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>The usual period (Settings)</source>
        <translation>Der übliche Zeitraum (Einstellungen)</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>180 days</source>
        <translation>180 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Until I unpin it</source>
        <translation>Bis ich die Fixierung löse</translation>
    </message>
    <message>
        <source>Do not pin (the advice may move it back)</source>
        <translation>Nicht fixieren (die Empfehlung kann ihn zurückschieben)</translation>
    </message>
    <message>
        <source>While pinned, the advice suggests another ring only when the score is two rings away, and says that it overrides your move.</source>
        <translation>Solange er fixiert ist, schlägt die Empfehlung einen anderen Kreis nur vor, wenn die Bewertung zwei Kreise entfernt ist, und sagt, dass sie Ihren Wechsel übergeht.</translation>
    </message>
    <message>
        <source>&amp;Pin for:</source>
        <translation>&amp;Fixieren für:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>The usual period: {n} days</source>
        <translation>Der übliche Zeitraum: {n} Tage</translation>
    </message>
    <message>
        <source>The usual period: no pin</source>
        <translation>Der übliche Zeitraum: nicht fixieren</translation>
    </message>
    <message>
        <source>{account_name} has no purchase yet, and {value} holds customers only (at least one purchase). The advice will suggest moving it out again until a purchase is recorded.</source>
        <translation>{account_name} hat noch keinen Kauf, und {value} enthält nur Kunden (mindestens ein Kauf). Die Empfehlung wird vorschlagen, ihn wieder nach außen zu verschieben, bis ein Kauf erfasst ist.</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Trotzdem verschieben</translation>
    </message>
    <message>
        <source>&lt;b&gt;{account}&lt;/b&gt; is in &lt;b&gt;{ring}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{account}&lt;/b&gt; ist in &lt;b&gt;{ring}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>↑ closer</source>
        <translation>↑ näher</translation>
    </message>
    <message>
        <source>↓ further out</source>
        <translation>↓ weiter außen</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
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
        <translation>Die beiden Passwörter unterscheiden sich — geben Sie sie erneut ein.</translation>
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
        <translation>&lt;b&gt;{name}&lt;/b&gt; ist verschlüsselt. Geben Sie das Passwort ein, um sie zu öffnen.</translation>
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
        <source>Keeps the password in this computer's keyring, so it is not asked again</source>
        <translation>Bewahrt das Passwort im Schlüsselbund dieses Computers auf, damit nicht erneut danach gefragt wird</translation>
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
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
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
        <translation>Menschen</translation>
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
        <translation>Noch keine Menschen</translation>
    </message>
    <message>
        <source>Add contacts to your accounts and log touchpoints; the people who carry your best relationships show up here.</source>
        <translation>Fügen Sie Ihren Accounts Ansprechpartner hinzu und erfassen Sie Kontaktpunkte; die Menschen, die Ihre besten Beziehungen tragen, erscheinen hier.</translation>
    </message>
    <message>
        <source>The people list could not be built</source>
        <translation>Die Liste der Menschen konnte nicht erstellt werden</translation>
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
    <message>
        <source>&amp;Reviewed</source>
        <translation>&amp;Geprüft</translation>
    </message>
    <message>
        <source>The imported person's account is checked: clear its “needs review” flag</source>
        <translation>Der Account der importierten Person ist geprüft: die Markierung „zu prüfen“ entfällt</translation>
    </message>
    <message>
        <source>{0} is reviewed.</source>
        <translation>{0} ist geprüft.</translation>
    </message>
    <message>
        <source>Mark {0} reviewed</source>
        <translation>{0} als geprüft markieren</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>PerksPage</name>
    <message>
        <source>Perks</source>
        <translation>Vorteile</translation>
    </message>
    <message>
        <source>Add perk</source>
        <translation>Vorteil hinzufügen</translation>
    </message>
    <message>
        <source> per year</source>
        <translation> pro Jahr</translation>
    </message>
    <message>
        <source>Offered (switch off to stop offering it)</source>
        <translation>Angeboten (ausschalten, um es nicht mehr anzubieten)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Offered &amp;from:</source>
        <translation>Angeboten &amp;ab:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In Verwendung:</translation>
    </message>
    <message>
        <source>A perk is offered to its ring and every ring inside.</source>
        <translation>Ein Vorteil wird seinem Kreis und jedem inneren Kreis angeboten.</translation>
    </message>
    <message>
        <source>  (switched off)</source>
        <translation>  (ausgeschaltet)</translation>
    </message>
    <message>
        <source>{name}  ·  {number}/year{off}</source>
        <translation>{name}  ·  {number}/Jahr{off}</translation>
    </message>
    <message>
        <source>new perk (not saved yet)</source>
        <translation>neuer Vorteil (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>{ring} and inwards</source>
        <translation>{ring} und weiter innen</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Unpin {0}</source>
        <translation>{0} lösen</translation>
    </message>
    <message>
        <source>Pin {0} to its ring</source>
        <translation>{0} in seinem Kreis fixieren</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>bis {0}</translation>
    </message>
    <message>
        <source>until it is unpinned</source>
        <translation>bis die Fixierung gelöst wird</translation>
    </message>
    <message>
        <source> because: &lt;i&gt;{0}&lt;/i&gt;</source>
        <translation>, weil: &lt;i&gt;{0}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; is pinned to &lt;b&gt;{1}&lt;/b&gt; {2}{3}. Unpinned, the advice suggests its ring from the score again.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; ist in &lt;b&gt;{1}&lt;/b&gt; fixiert {2}{3}. Ohne Fixierung schlägt die Empfehlung den Kreis wieder nach der Bewertung vor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; stays in &lt;b&gt;{1}&lt;/b&gt;: the advice suggests moving it only when the score is two rings away, and says it overrides your decision.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; bleibt in &lt;b&gt;{1}&lt;/b&gt;: Die Empfehlung schlägt einen Wechsel nur vor, wenn die Bewertung zwei Kreise entfernt ist, und sagt dann, dass sie Ihre Entscheidung übergeht.</translation>
    </message>
    <message>
        <source>until I unpin it</source>
        <translation>bis ich die Fixierung löse</translation>
    </message>
    <message>
        <source>&amp;Keep it there:</source>
        <translation>&amp;Dort halten:</translation>
    </message>
    <message>
        <source>Why? (kept with the account)</source>
        <translation>Warum? (beim Account gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <source>is required: say why</source>
        <translation>ist erforderlich: sagen Sie, warum</translation>
    </message>
    <message>
        <source>for 30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>for 90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>for 180 days</source>
        <translation>180 Tage</translation>
    </message>
    <message>
        <source>for a year</source>
        <translation>ein Jahr</translation>
    </message>
    <message>
        <source>Key partner, whatever the score says</source>
        <translation>Wichtiger Partner, egal was der Score sagt</translation>
    </message>
    <message>
        <source>Strategic account for next year</source>
        <translation>Strategischer Account für das nächste Jahr</translation>
    </message>
    <message>
        <source>Relationship carried by the owner</source>
        <translation>Beziehung liegt beim Inhaber</translation>
    </message>
    <message>
        <source>Waiting for the renewal talk</source>
        <translation>Wartet auf das Verlängerungsgespräch</translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <source>Quick Capture</source>
        <translation>Schnellerfassung</translation>
    </message>
    <message>
        <source>Alder Legal: call with Quentin yesterday, renewal talk</source>
        <translation>Alder Legal: gestern Anruf mit Quentin, Gespräch über Verlängerung</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Account first, then what happened: a call, meeting, e-mail, purchase with its amount, complaint or NPS answer; a person; a date (yesterday, last Friday, 3 March, gestern, gisteren). Enter saves, Esc closes.</source>
        <translation>Zuerst der Account, dann was geschah: ein Anruf, Termin, E-Mail, Kauf mit Betrag, Beschwerde oder NPS-Antwort; eine Person; ein Datum (gestern, letzten Freitag, 3. März, yesterday, gisteren). Enter speichert, Esc schließt.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
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
        <translation>Schnellerfassung: {0}</translation>
    </message>
    <message>
        <source>Saved: {0}. Ctrl+Z undoes it.</source>
        <translation>Gespeichert: {0}. Strg+Z macht es rückgängig.</translation>
    </message>
</context>
<context>
    <name>RecentMerges</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Recent Merges</source>
        <translation>Letzte Zusammenführungen</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Letzte Zusammenführungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Split again</source>
        <translation>Wieder getrennt</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Split the two again (the merged one returns)</source>
        <translation>Die beiden wieder trennen (der zusammengeführte Eintrag kehrt zurück)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>Noch keine Zusammenführungen.</translation>
    </message>
    <message>
        <source>Unmerge: {what}</source>
        <translation>Trennen: {what}</translation>
    </message>
</context>
<context>
    <name>RecordShareDialog</name>
    <message>
        <source>Record share — {account_name}</source>
        <translation>Weitergabe erfassen — {account_name}</translation>
    </message>
    <message>
        <source>(the account as a whole)</source>
        <translation>(der Account als Ganzes)</translation>
    </message>
    <message>
        <source>{level}{discuss} (the ring's version)</source>
        <translation>{level}{discuss} (die Fassung des Kreises)</translation>
    </message>
    <message>
        <source>Share before {ring_name}'s release on {release_on} (on purpose)</source>
        <translation>Vor der Freigabe für {ring_name} am {release_on} teilen (bewusst)</translation>
    </message>
    <message>
        <source>What did they answer? Ideas, objections, what they want to build with you…</source>
        <translation>Was haben sie geantwortet? Ideen, Einwände, was sie mit Ihnen aufbauen wollen…</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Ansprechpartner:</translation>
    </message>
    <message>
        <source>&amp;Shared on:</source>
        <translation>&amp;Geteilt am:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>, open for discussion</source>
        <translation>, offen zur Diskussion</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Record a referral — {account_name}</source>
        <translation>Eine Empfehlung erfassen — {account_name}</translation>
    </message>
    <message>
        <source>Type the account's name</source>
        <translation>Namen des Accounts eingeben</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>&amp;Empfohlen an:</translation>
    </message>
    <message>
        <source>&amp;By contact:</source>
        <translation>&amp;Durch Ansprechpartner:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>“{0}” is not an account yet: it is created in {1} with the referral.</source>
        <translation>„{0}“ ist noch kein Account: Er wird mit der Empfehlung in {1} angelegt.</translation>
    </message>
    <message>
        <source>Create and record</source>
        <translation>Anlegen und erfassen</translation>
    </message>
    <message>
        <source>is required: type the account's name</source>
        <translation>ist erforderlich: geben Sie den Namen des Accounts ein</translation>
    </message>
    <message>
        <source>&lt;b&gt;{account}&lt;/b&gt; referred us to:</source>
        <translation>&lt;b&gt;{account}&lt;/b&gt; hat uns empfohlen an:</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
</context>
<context>
    <name>RemoveRingDialog</name>
    <message>
        <source>Remove the ring “{name}”</source>
        <translation>Den Kreis „{name}“ entfernen</translation>
    </message>
    <message>
        <source>Move its accounts to</source>
        <translation>Seine Accounts verschieben nach</translation>
    </message>
    <message>
        <source>Nothing changes until you press Save. After saving, Undo (Ctrl+Z) brings the ring, its accounts and its perks back.</source>
        <translation>Nichts ändert sich, bevor Sie auf Speichern drücken. Nach dem Speichern holt Rückgängig (Strg+Z) den Kreis, seine Accounts und seine Vorteile zurück.</translation>
    </message>
    <message>
        <source>&amp;Remove ring</source>
        <translation>Kreis &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Move its accounts to:</source>
        <translation>Accounts &amp;verschieben nach:</translation>
    </message>
    <message>
        <source>1 account sits in {name}</source>
        <translation>1 Account ist in {name}</translation>
    </message>
    <message>
        <source>{n} accounts sit in {name}</source>
        <translation>{n} Accounts sind in {name}</translation>
    </message>
    <message>
        <source>, and 1 archived one</source>
        <translation> und 1 archivierter</translation>
    </message>
    <message>
        <source>, and {n} archived ones</source>
        <translation> und {n} archivierte</translation>
    </message>
    <message>
        <source>; they move to the ring you choose below.</source>
        <translation>; sie wechseln in den Kreis, den Sie unten wählen.</translation>
    </message>
    <message>
        <source>No account sits in {name}.</source>
        <translation>In {name} ist kein Account.</translation>
    </message>
    <message>
        <source>Its perks ({names}) are then offered from that ring.</source>
        <translation>Seine Vorteile ({names}) werden dann ab diesem Kreis angeboten.</translation>
    </message>
    <message>
        <source>Its checklist and its insight release dates go: the accounts follow the new ring's cadence, checklist and insight releases.</source>
        <translation>Seine Checkliste und die Freigabedaten der Erkenntnisse entfallen: die Accounts folgen dem Rhythmus, der Checkliste und den Erkenntnissen des neuen Kreises.</translation>
    </message>
    <message>
        <source>The accounts follow the new ring's cadence and insight releases.</source>
        <translation>Die Accounts folgen dem Rhythmus und den Erkenntnissen des neuen Kreises.</translation>
    </message>
    <message>
        <source>1 ring move in the accounts' history keeps the name “{name}”.</source>
        <translation>1 Kreiswechsel im Verlauf der Accounts behält den Namen „{name}“.</translation>
    </message>
    <message>
        <source>{n} ring moves in the accounts' history keep the name “{name}”.</source>
        <translation>{n} Kreiswechsel im Verlauf der Accounts behalten den Namen „{name}“.</translation>
    </message>
    <message>
        <source>1 of these accounts has no purchase yet</source>
        <translation>1 dieser Accounts hat noch keinen Kauf</translation>
    </message>
    <message>
        <source>{n} of these accounts have no purchase yet</source>
        <translation>{n} dieser Accounts haben noch keinen Kauf</translation>
    </message>
    <message>
        <source>, and {name} is for customers only: the advice will suggest moving them out again.</source>
        <translation>, und {name} ist nur für Kunden: die Empfehlungen werden vorschlagen, sie wieder zu verschieben.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve a complaint — {account_name}</source>
        <translation>Eine Beschwerde erledigen — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Complaint:</source>
        <translation>&amp;Beschwerde:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Lösung:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>must not be empty: say how it was resolved</source>
        <translation>darf nicht leer sein: sagen Sie, wie es gelöst wurde</translation>
    </message>
</context>
<context>
    <name>RevenueDialog</name>
    <message>
        <source>Record a purchase — {account_name}</source>
        <translation>Einen Kauf erfassen — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>e.g. 12000 or 1,250.50</source>
        <translation>z. B. 12000 oder 1.250,50</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Renews on:</source>
        <translation>&amp;Verlängert am:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>must not be before the revenue date</source>
        <translation>darf nicht vor dem Umsatzdatum liegen</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Verlängert sich</translation>
    </message>
</context>
<context>
    <name>RingLegend</name>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <source>{name}: {count} accounts</source>
        <translation>{name}: {count} Accounts</translation>
    </message>
</context>
<context>
    <name>RingPanel</name>
    <message>
        <source>All industries</source>
        <translation>Alle Branchen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Filter rings by industry</source>
        <translation>Kreise nach Branche filtern</translation>
    </message>
    <message>
        <source>Show only accounts of this industry</source>
        <translation>Nur Accounts dieser Branche anzeigen</translation>
    </message>
    <message>
        <source>Filter rings by tag</source>
        <translation>Kreise nach Tag filtern</translation>
    </message>
    <message>
        <source>Show only accounts with this tag</source>
        <translation>Nur Accounts mit diesem Tag anzeigen</translation>
    </message>
    <message>
        <source>Size: revenue</source>
        <translation>Größe: Umsatz</translation>
    </message>
    <message>
        <source>Size: score</source>
        <translation>Größe: Bewertung</translation>
    </message>
    <message>
        <source>Marker size</source>
        <translation>Markierungsgröße</translation>
    </message>
    <message>
        <source>What the size of a marker shows</source>
        <translation>Was die Größe einer Markierung zeigt</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Fit the rings (Ctrl+0)</source>
        <translation>Kreise einpassen (Strg+0)</translation>
    </message>
    <message>
        <source>Drag a marker to another ring to move the account</source>
        <translation>Ziehen Sie eine Markierung in einen anderen Kreis, um den Account zu verschieben</translation>
    </message>
    <message>
        <source>Tags are shown once the tag index service is available</source>
        <translation>Tags werden angezeigt, sobald der Tag-Index verfügbar ist</translation>
    </message>
    <message>
        <source>Reading accounts…</source>
        <translation>Accounts werden gelesen…</translation>
    </message>
    <message>
        <source>The rings appear as soon as the accounts are read.</source>
        <translation>Die Kreise erscheinen, sobald die Accounts gelesen sind.</translation>
    </message>
    <message>
        <source>Your rings are empty</source>
        <translation>Ihre Kreise sind leer</translation>
    </message>
    <message>
        <source>Every account you add starts in the outer ring; work inside-out from there.</source>
        <translation>Jeder neue Account beginnt im äußeren Kreis; arbeiten Sie von dort aus von innen nach außen.</translation>
    </message>
</context>
<context>
    <name>RingScene</name>
    <message>
        <source>Ring {n}</source>
        <translation>Kreis {n}</translation>
    </message>
</context>
<context>
    <name>RingView</name>
    <message>
        <source>{ring} · score {score}</source>
        <translation>{ring} · Bewertung {score}</translation>
    </message>
    <message>
        <source>Revenue 12 m: {money}</source>
        <translation>Umsatz 12 Mon.: {money}</translation>
    </message>
    <message>
        <source>Last touch: {ago}</source>
        <translation>Letzter Kontakt: {ago}</translation>
    </message>
    <message>
        <source>Ring view</source>
        <translation>Kreisansicht</translation>
    </message>
</context>
<context>
    <name>RingsPage</name>
    <message>
        <source>Rings, innermost first</source>
        <translation>Kreise, innerster zuerst</translation>
    </message>
    <message>
        <source>Add ring</source>
        <translation>Kreis hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Pick the ring's colour</source>
        <translation>Farbe des Kreises wählen</translation>
    </message>
    <message>
        <source>no regular follow-up</source>
        <translation>kein regelmäßiges Nachfassen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> days after publication</source>
        <translation> Tage nach Veröffentlichung</translation>
    </message>
    <message>
        <source>Invite this ring to discuss new insights</source>
        <translation>Diesen Kreis einladen, neue Erkenntnisse zu diskutieren</translation>
    </message>
    <message>
        <source>Only customers (at least one purchase) sit here</source>
        <translation>Hier sind nur Kunden (mindestens ein Kauf)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Relationship &amp;stage:</source>
        <translation>&amp;Beziehungsphase:</translation>
    </message>
    <message>
        <source>&amp;Follow up every:</source>
        <translation>&amp;Nachfassen alle:</translation>
    </message>
    <message>
        <source>&amp;Insights arrive:</source>
        <translation>&amp;Erkenntnisse kommen:</translation>
    </message>
    <message>
        <source>Insight &amp;detail:</source>
        <translation>&amp;Detailgrad der Erkenntnis:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Mitglieder:</translation>
    </message>
    <message>
        <source>Keep between {MIN_RINGS} and {MAX_RINGS} rings.</source>
        <translation>Zwischen {MIN_RINGS} und {MAX_RINGS} Kreise behalten.</translation>
    </message>
    <message>
        <source>Ring colour</source>
        <translation>Farbe des Kreises</translation>
    </message>
    <message>
        <source>new ring (not saved yet)</source>
        <translation>neuer Kreis (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>At least {MIN_RINGS} rings are needed.</source>
        <translation>Es werden mindestens {MIN_RINGS} Kreise benötigt.</translation>
    </message>
    <message>
        <source>{n} rings (3–9), innermost first. New rings are added outside.</source>
        <translation>{n} Kreise (3–9), innerster zuerst. Neue Kreise kommen außen hinzu.</translation>
    </message>
    <message>
        <source>On Save, {name} goes and its account moves to {to}.</source>
        <translation>Beim Speichern entfällt {name} und sein Account wechselt nach {to}.</translation>
    </message>
    <message>
        <source>On Save, {name} goes and its {n} accounts move to {to}.</source>
        <translation>Beim Speichern entfällt {name} und seine {n} Accounts wechseln nach {to}.</translation>
    </message>
    <message>
        <source>Remove the ring; you choose where its accounts go</source>
        <translation>Den Kreis entfernen; Sie wählen, wohin seine Accounts gehen</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>How the score reads the facts</source>
        <translation>Wie die Bewertung die Fakten liest</translation>
    </message>
    <message>
        <source>When suggestions appear</source>
        <translation>Wann Vorschläge erscheinen</translation>
    </message>
    <message>
        <source>People and the customer journey</source>
        <translation>Menschen und die Customer Journey</translation>
    </message>
    <message>
        <source>Other rules</source>
        <translation>Weitere Regeln</translation>
    </message>
    <message>
        <source>{help} (default {default})</source>
        <translation>{help} (Standard {default})</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>Changes apply to scores and suggestions after Save.</source>
        <translation>Änderungen gelten für Bewertungen und Vorschläge nach dem Speichern.</translation>
    </message>
    <message>
        <source>Advice: contact, placement, your moves, inner first</source>
        <translation>Empfehlungen: Kontakt, Platzierung, Ihre Verschiebungen, innen zuerst</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <source>trust score</source>
        <translation>Vertrauensscore</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Bewerten…</translation>
    </message>
    <message>
        <source>The score could not be computed (see the message).</source>
        <translation>Die Bewertung konnte nicht berechnet werden (siehe Meldung).</translation>
    </message>
    <message>
        <source>weight {weight}, value {value}</source>
        <translation>Gewicht {weight}, Wert {value}</translation>
    </message>
    <message>
        <source>The score fits the ring the account is in.</source>
        <translation>Die Bewertung passt zum Kreis, in dem der Account ist.</translation>
    </message>
    <message>
        <source>The score points to {ring} — a promotion is suggested.</source>
        <translation>Die Bewertung weist auf {ring} — eine Hochstufung wird vorgeschlagen.</translation>
    </message>
    <message>
        <source>The score points to {ring} — a move outwards is suggested.</source>
        <translation>Die Bewertung weist auf {ring} — ein Wechsel nach außen wird vorgeschlagen.</translation>
    </message>
    <message>
        <source>Trust score</source>
        <translation>Vertrauensscore</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Trust score weights</source>
        <translation>Gewichte des Vertrauensscores</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Ring thresholds (lowest score for each ring)</source>
        <translation>Kreisschwellen (niedrigster Wert je Kreis)</translation>
    </message>
    <message>
        <source>Back to saved values</source>
        <translation>Zurück zu den gespeicherten Werten</translation>
    </message>
    <message>
        <source>What-if preview: accounts moving from ring to ring</source>
        <translation>Was-wäre-wenn-Vorschau: Accounts, die von Kreis zu Kreis wechseln</translation>
    </message>
    <message>
        <source>Rows: where accounts are now; columns: where these rules would place them (green inwards, red outwards). Nothing is saved until you press Save.</source>
        <translation>Zeilen: wo Accounts jetzt sind; Spalten: wo diese Regeln sie platzieren würden (grün nach innen, rot nach außen). Nichts wird gespeichert, bis Sie Speichern drücken.</translation>
    </message>
    <message>
        <source>Threshold of {name}</source>
        <translation>Schwelle von {name}</translation>
    </message>
    <message>
        <source>The outermost ring takes every score from 0.</source>
        <translation>Der äußerste Kreis nimmt jeden Wert ab 0.</translation>
    </message>
    <message>
        <source>{name} needs a higher threshold than the ring outside it.</source>
        <translation>{name} braucht eine höhere Schwelle als der Kreis außerhalb.</translation>
    </message>
    <message>
        <source>No preview: {exc}</source>
        <translation>Keine Vorschau: {exc}</translation>
    </message>
    <message>
        <source>With these rules {n} of {accounts} accounts would be suggested a move: {inwards} inwards, {outwards} outwards.</source>
        <translation>Mit diesen Regeln würde für {n} von {accounts} Accounts ein Wechsel vorgeschlagen: {inwards} nach innen, {outwards} nach außen.</translation>
    </message>
    <message>
        <source>With these rules all {accounts} accounts stay where they are.</source>
        <translation>Mit diesen Regeln bleiben alle {accounts} Accounts, wo sie sind.</translation>
    </message>
    <message>
        <source> Your changes give {n} account another target than the saved rules do.</source>
        <translation> Ihre Änderungen geben {n} Account ein anderes Ziel als die gespeicherten Regeln.</translation>
    </message>
    <message>
        <source> Your changes give {n} accounts another target than the saved rules do.</source>
        <translation> Ihre Änderungen geben {n} Accounts ein anderes Ziel als die gespeicherten Regeln.</translation>
    </message>
    <message>
        <source> Your changes move nobody compared with the saved rules.</source>
        <translation> Ihre Änderungen verschieben niemanden gegenüber den gespeicherten Regeln.</translation>
    </message>
    <message>
        <source>What would move</source>
        <translation>Was sich verschieben würde</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Bonus programme</source>
        <translation>Bonusprogramm</translation>
    </message>
    <message>
        <source>Early access</source>
        <translation>Frühzugang</translation>
    </message>
    <message>
        <source>VIP event</source>
        <translation>VIP-Veranstaltung</translation>
    </message>
    <message>
        <source>Product council</source>
        <translation>Produktbeirat</translation>
    </message>
    <message>
        <source>Priority support</source>
        <translation>Bevorzugter Support</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Strong tie</source>
        <translation>Starke Bindung</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Im Aufbau</translation>
    </message>
    <message>
        <source>Weak tie</source>
        <translation>Schwache Bindung</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Bewusst</translation>
    </message>
    <message>
        <source>Unaware</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Volltext</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Headline only</source>
        <translation>Nur Schlagzeile</translation>
    </message>
    <message>
        <source>New ring {k}</source>
        <translation>Neuer Kreis {k}</translation>
    </message>
    <message>
        <source>Every ring needs a name.</source>
        <translation>Jeder Kreis braucht einen Namen.</translation>
    </message>
    <message>
        <source>Two rings have the same name.</source>
        <translation>Zwei Kreise haben denselben Namen.</translation>
    </message>
    <message>
        <source>New perk {k}</source>
        <translation>Neuer Vorteil {k}</translation>
    </message>
    <message>
        <source>Every perk needs a name.</source>
        <translation>Jeder Vorteil braucht einen Namen.</translation>
    </message>
    <message>
        <source>Two perks have the same name.</source>
        <translation>Zwei Vorteile haben denselben Namen.</translation>
    </message>
    <message>
        <source>{n} account</source>
        <translation>{n} Account</translation>
    </message>
    <message>
        <source>{n} accounts</source>
        <translation>{n} Accounts</translation>
    </message>
    <message>
        <source>{n} active grant</source>
        <translation>{n} aktive Gewährung</translation>
    </message>
    <message>
        <source>{n} active grants</source>
        <translation>{n} aktive Gewährungen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Check and save.</source>
        <translation>Prüfen und speichern.</translation>
    </message>
    <message>
        <source>Not applied, removed meanwhile: {what}.</source>
        <translation>Nicht angewendet, inzwischen entfernt: {what}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You both changed&lt;/b&gt; {clashes}: yours is kept.</source>
        <translation>&lt;b&gt;Sie beide änderten&lt;/b&gt; {clashes}: Ihr Wert bleibt.</translation>
    </message>
    <message>
        <source>{what} (yours: {mine}, theirs: {theirs})</source>
        <translation>{what} (Ihr Wert: {mine}, der andere: {theirs})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Reloaded with the changes of {who}; yours are applied on top: {mine}.</source>
        <translation>Mit den Änderungen von {who} neu geladen; Ihre sind darüber wieder angewendet: {mine}.</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>die andere Person</translation>
    </message>
    <message>
        <source>Reloading the settings</source>
        <translation>Die Einstellungen neu laden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Rings</source>
        <translation>&amp;Kreise</translation>
    </message>
    <message>
        <source>&amp;Perks</source>
        <translation>&amp;Vorteile</translation>
    </message>
    <message>
        <source>&amp;Checklists</source>
        <translation>&amp;Checklisten</translation>
    </message>
    <message>
        <source>&amp;Scoring &amp;&amp; what-if</source>
        <translation>&amp;Bewertung &amp;&amp; Was-wäre-wenn</translation>
    </message>
    <message>
        <source>R&amp;ules &amp;&amp; days</source>
        <translation>R&amp;egeln &amp;&amp; Tage</translation>
    </message>
    <message>
        <source>&amp;Language &amp;&amp; money</source>
        <translation>&amp;Sprache &amp;&amp; Geld</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
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
    <message>
        <source>Saving the settings</source>
        <translation>Einstellungen werden gespeichert</translation>
    </message>
    <message>
        <source>Not saved, nothing was changed: {exc}</source>
        <translation>Nicht gespeichert, nichts wurde geändert: {exc}</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Zurückstellen bis</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>The suggestion comes back on the chosen day.</source>
        <translation>Der Vorschlag kommt am gewählten Tag zurück.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Promote</source>
        <translation>Hochstufen</translation>
    </message>
    <message>
        <source>Move outwards</source>
        <translation>Nach außen verschieben</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Check satisfaction</source>
        <translation>Zufriedenheit prüfen</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Offene Beschwerde</translation>
    </message>
    <message>
        <source>Share insight</source>
        <translation>Erkenntnis teilen</translation>
    </message>
    <message>
        <source>Grant perk</source>
        <translation>Vorteil gewähren</translation>
    </message>
    <message>
        <source>Withdraw perk</source>
        <translation>Vorteil zurückziehen</translation>
    </message>
    <message>
        <source>Ask for a referral</source>
        <translation>Um eine Empfehlung bitten</translation>
    </message>
    <message>
        <source>Renewal coming</source>
        <translation>Verlängerung steht an</translation>
    </message>
    <message>
        <source>Widen the relationship</source>
        <translation>Die Beziehung verbreitern</translation>
    </message>
    <message>
        <source>Talk a low score through</source>
        <translation>Eine niedrige Bewertung besprechen</translation>
    </message>
    <message>
        <source>Reach the decision maker</source>
        <translation>Den Entscheider erreichen</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliche Dublette</translation>
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
    <name>TaskDialog</name>
    <message>
        <source>Add a task — {account_name}</source>
        <translation>Eine Aufgabe hinzufügen — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>e.g. Send the renewal offer</source>
        <translation>z. B. Verlängerungsangebot senden</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Ansprechpartner:</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this work</source>
        <translation>Diese Arbeit abbrechen</translation>
    </message>
    <message>
        <source>{title} — cancelling…</source>
        <translation>{title} — wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Not switched: {why}</source>
        <translation>Nicht gewechselt: {why}</translation>
    </message>
    <message>
        <source>You now work as {name}.</source>
        <translation>Sie arbeiten jetzt als {name}.</translation>
    </message>
    <message>
        <source>&amp;Work as:</source>
        <translation>Arbeiten &amp;als:</translation>
    </message>
    <message>
        <source>Work as this person on this database, on this computer, from now on</source>
        <translation>Ab jetzt als diese Person in dieser Datenbank auf diesem Computer arbeiten</translation>
    </message>
    <message>
        <source>Switc&amp;h</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>your name, when you are new</source>
        <translation>Ihr Name, wenn Sie neu sind</translation>
    </message>
    <message>
        <source>Work as</source>
        <translation>Arbeiten als</translation>
    </message>
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
    <name>TouchpointDialog</name>
    <message>
        <source>Touchpoint — {account_name}</source>
        <translation>Kontaktpunkt — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>R&amp;ichtung:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <source>Type the first letter: m meeting, c call, e e-mail…</source>
        <translation>Ersten Buchstaben eingeben (englisch): m meeting, c call, e e-mail…</translation>
    </message>
    <message>
        <source>What happened? Enter saves</source>
        <translation>Was geschah? Enter speichert</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Save the touchpoint (Enter)</source>
        <translation>Den Kontaktpunkt speichern (Enter)</translation>
    </message>
    <message>
        <source>Usual direction</source>
        <translation>Übliche Richtung</translation>
    </message>
    <message>
        <source>Meetings and calls default to two-way, e-mails to outbound</source>
        <translation>Termine und Anrufe sind standardmäßig beidseitig, E-Mails ausgehend</translation>
    </message>
    <message>
        <source>Log a touchpoint  (Ctrl+T)</source>
        <translation>Einen Kontaktpunkt erfassen  (Strg+T)</translation>
    </message>
    <message>
        <source>No particular contact</source>
        <translation>Kein bestimmter Ansprechpartner</translation>
    </message>
    <message>
        <source>Touchpoint kind</source>
        <translation>Art des Kontaktpunkts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Circles of Trust</source>
        <translation>Willkommen bei Circles of Trust</translation>
    </message>
    <message>
        <source>Your accounts sit in concentric rings: the most loyal customers in the middle. Work inside-out — serve the inner circle best, then grow outwards.&lt;br&gt;&lt;br&gt;Your database is empty:&lt;br&gt;&lt;span style='font-family:monospace'&gt;{html_text}&lt;/span&gt;</source>
        <translation>Ihre Accounts liegen in konzentrischen Kreisen: die treuesten Kunden in der Mitte. Arbeiten Sie von innen nach außen — bedienen Sie den inneren Kreis am besten, dann wachsen Sie nach außen.&lt;br&gt;&lt;br&gt;Ihre Datenbank ist leer:&lt;br&gt;&lt;span style='font-family:monospace'&gt;{html_text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Explore the example</source>
        <translation>Das Beispiel erkunden</translation>
    </message>
    <message>
        <source>Opens a separate example database with 60 accounts; your own stays empty</source>
        <translation>Öffnet eine separate Beispieldatenbank mit 60 Accounts; Ihre eigene bleibt leer</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Ansprechpartner importieren…</translation>
    </message>
    <message>
        <source>Importing is not available in this version yet</source>
        <translation>Importieren ist in dieser Version noch nicht verfügbar</translation>
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
        <translation>Bis</translation>
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
    <name>WhatIfModel</name>
    <message>
        <source>from {value}</source>
        <translation>von {value}</translation>
    </message>
    <message>
        <source>to {value}</source>
        <translation>nach {value}</translation>
    </message>
    <message>
        <source>{value} stay</source>
        <translation>{value} bleiben</translation>
    </message>
    <message>
        <source>{value} accounts stay in {value2}</source>
        <translation>{value} Accounts bleiben in {value2}</translation>
    </message>
    <message>
        <source>{value} accounts would move from {value2} to {value3}</source>
        <translation>{value} Accounts würden von {value2} nach {value3} wechseln</translation>
    </message>
</context>
<context>
    <name>WriteFileDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>Die Gesprächsvorbereitung</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>Der Export</translation>
    </message>
</context>
<context>
    <name>account_page</name>
    <message>
        <source>{level} · answered: {answer}</source>
        <translation>{level} · beantwortet: {answer}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Nobody yet: add the people you deal with (decision maker, champion…).</source>
        <translation>Noch niemand: Fügen Sie die Menschen hinzu, mit denen Sie zu tun haben (Entscheider, Fürsprecher…).</translation>
    </message>
    <message>
        <source>Only one person in the buying group — widen it.</source>
        <translation>Nur eine Person im Buying Center — verbreitern Sie es.</translation>
    </message>
    <message>
        <source>{n} people in the buying group.</source>
        <translation>{n} Personen im Buying Center.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Perk</source>
        <translation>Vorteil</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>{kind} · {cost} a year</source>
        <translation>{kind} · {cost} pro Jahr</translation>
    </message>
    <message>
        <source>expires {day}</source>
        <translation>läuft am {day} ab</translation>
    </message>
</context>
<context>
    <name>brief_pdf</name>
    <message>
        <source>Meeting brief — {name}</source>
        <translation>Gesprächsvorbereitung — {name}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>No data in this period</source>
        <translation>Keine Daten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Revenue per ring</source>
        <translation>Umsatz je Kreis</translation>
    </message>
    <message>
        <source>Pareto curve</source>
        <translation>Pareto-Kurve</translation>
    </message>
    <message>
        <source>{share} of accounts
make 80% of revenue</source>
        <translation>{share} der Accounts
bringen 80 % des Umsatzes</translation>
    </message>
    <message>
        <source>% of accounts (by revenue)</source>
        <translation>% der Accounts (nach Umsatz)</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% des Umsatzes</translation>
    </message>
    <message>
        <source>NPS per ring</source>
        <translation>NPS je Kreis</translation>
    </message>
    <message>
        <source>No feedback in this period</source>
        <translation>Kein Feedback in diesem Zeitraum</translation>
    </message>
    <message>
        <source> overall {nps}</source>
        <translation> gesamt {nps}</translation>
    </message>
    <message>
        <source>Ring movements per month</source>
        <translation>Kreiswechsel je Monat</translation>
    </message>
    <message>
        <source>No ring changes in this period</source>
        <translation>Keine Kreiswechsel in diesem Zeitraum</translation>
    </message>
    <message>
        <source>inwards</source>
        <translation>nach innen</translation>
    </message>
    <message>
        <source>outwards</source>
        <translation>nach außen</translation>
    </message>
    <message>
        <source>Engagement per ring</source>
        <translation>Engagement je Kreis</translation>
    </message>
    <message>
        <source>no cadence</source>
        <translation>kein Rhythmus</translation>
    </message>
    <message>
        <source>% in touch within the ring's cadence</source>
        <translation>% in Kontakt im Rhythmus des Kreises</translation>
    </message>
</context>
<context>
    <name>database_loader</name>
    <message>
        <source>Opening {describe}…</source>
        <translation>{describe} wird geöffnet…</translation>
    </message>
    <message>
        <source>Preparing the example business</source>
        <translation>Das Beispielunternehmen wird vorbereitet</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>{name} wird geöffnet</translation>
    </message>
    <message>
        <source>Creating the example business: {name}…</source>
        <translation>Beispielunternehmen wird angelegt: {name}…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>{name} already exists. Use File → Open Database… to open it.</source>
        <translation>{name} existiert bereits. Öffnen Sie sie mit Datei → Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Example business</source>
        <translation>Beispielunternehmen</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>Kontaktpunkte</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>referrals, feedback, complaints</source>
        <translation>Empfehlungen, Feedback, Beschwerden</translation>
    </message>
    <message>
        <source>perks, insights, tasks</source>
        <translation>Vorteile, Erkenntnisse, Aufgaben</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Circles of Trust</source>
        <translation>Circles of Trust</translation>
    </message>
    <message>
        <source>{action} failed</source>
        <translation>{action} ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Das hat nicht geklappt</translation>
    </message>
    <message>
        <source>{prefix}: something unexpected happened.</source>
        <translation>{prefix}: Etwas Unerwartetes ist passiert.</translation>
    </message>
    <message>
        <source>{name__}: {exc}

Your data is unchanged. If this keeps happening, please report it with the details below.</source>
        <translation>{name__}: {exc}

Ihre Daten sind unverändert. Wenn das wieder vorkommt, melden Sie es bitte mit den Details unten.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Log a touchpoint in seconds:&lt;/b&gt; Ctrl+T, type the kind's first letter, Tab, the contact's first letters, Tab, the note, Enter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rings:&lt;/b&gt; drag a marker into another ring to move the account; wheel zooms, dragging the background pans.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Einen Kontaktpunkt in Sekunden erfassen:&lt;/b&gt; Strg+T, den ersten Buchstaben der Art, Tab, die ersten Buchstaben des Ansprechpartners, Tab, die Notiz, Enter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kreise:&lt;/b&gt; Ziehen Sie eine Markierung in einen anderen Kreis, um den Account zu verschieben; das Mausrad zoomt, Ziehen des Hintergrunds verschiebt die Ansicht.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Matching {len} contacts with the database…</source>
        <translation>{len} Ansprechpartner werden mit der Datenbank abgeglichen…</translation>
    </message>
</context>
<context>
    <name>inbox_model</name>
    <message>
        <source>{ring} ({n} account)</source>
        <translation>{ring} ({n} Account)</translation>
    </message>
    <message>
        <source>{ring} ({n} accounts)</source>
        <translation>{ring} ({n} Accounts)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>{n} Tage überfällig</translation>
    </message>
</context>
<context>
    <name>insights_models</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled for {day}</source>
        <translation>Geplant für {day}</translation>
    </message>
    <message>
        <source>Published {day}</source>
        <translation>Veröffentlicht am {day}</translation>
    </message>
</context>
<context>
    <name>settings_scoring</name>
    <message>
        <source>{help}
Default: {default:g}</source>
        <translation>{help}
Standard: {default:g}</translation>
    </message>
</context>
<context>
    <name>SettingsMerge</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Order of the checklist of {ring}</source>
        <translation>Reihenfolge der Checkliste von {ring}</translation>
    </message>
    <message>
        <source>Checklist of {ring}, step “{title}”</source>
        <translation>Checkliste von {ring}, Schritt „{title}“</translation>
    </message>
    <message>
        <source>Order of the perks</source>
        <translation>Reihenfolge der Vorteile</translation>
    </message>
    <message>
        <source>Perk {name}</source>
        <translation>Vorteil {name}</translation>
    </message>
    <message>
        <source>Threshold of {name}</source>
        <translation>Schwelle von {name}</translation>
    </message>
    <message>
        <source>Order of the rings</source>
        <translation>Reihenfolge der Ringe</translation>
    </message>
    <message>
        <source>Ring {name}</source>
        <translation>Ring {name}</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>changed meanwhile</source>
        <translation>inzwischen geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>their order (kept)</source>
        <translation>die andere Reihenfolge (bleibt)</translation>
    </message>
    <message>
        <source>your order</source>
        <translation>Ihre Reihenfolge</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>offered from</source>
        <translation>angeboten ab</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>only customers</source>
        <translation>nur Kunden</translation>
    </message>
    <message>
        <source>invited to discuss</source>
        <translation>zur Diskussion eingeladen</translation>
    </message>
    <message>
        <source>insight detail</source>
        <translation>Detail der Erkenntnisse</translation>
    </message>
    <message>
        <source>insights arrive</source>
        <translation>Erkenntnisse kommen an</translation>
    </message>
    <message>
        <source>follow up every</source>
        <translation>nachfassen alle</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>relationship stage</source>
        <translation>Beziehungsphase</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>BriefExportDialog</name>
    <message>
        <source>PDF (one page to print)</source>
        <translation>PDF (eine Seite zum Drucken)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>Markdown (notes, e-mail)</source>
        <translation>Markdown (Notizen, E-Mail)</translation>
    </message>
    <message>
        <source>one page</source>
        <translation>eine Seite</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} Seiten</translation>
    </message>
    <message>
        <source>Wrote the brief of {name} to {path} ({pages}, {paper}).</source>
        <translation>Die Gesprächsvorbereitung für {name} wurde in {path} gespeichert ({pages}, {paper}).</translation>
    </message>
    <message>
        <source>Wrote the brief of {name} to {path}.</source>
        <translation>Die Gesprächsvorbereitung für {name} wurde in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Export meeting brief</source>
        <translation>Gesprächsvorbereitung exportieren</translation>
    </message>
</context>
<context>
    <name>BriefPdf</name>
    <message>
        <source>{paper!r} is not a4 or letter</source>
        <translation>{paper!r} ist weder a4 noch letter</translation>
    </message>
    <message>
        <source>cannot write {target}: {reason}</source>
        <translation>{target} kann nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Calendars and mail (*.ics *.ical *.ifb *.vcs *.eml *.msg *.mbox *.mbx);;Calendars (*.ics *.ical *.ifb *.vcs);;Mail (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>Kalender und Mail (*.ics *.ical *.ifb *.vcs *.eml *.msg *.mbox *.mbx);;Kalender (*.ics *.ical *.ifb *.vcs);;Mail (*.eml *.msg *.mbox *.mbx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DatabaseLoader</name>
    <message>
        <source>your database</source>
        <translation>Ihre Datenbank</translation>
    </message>
    <message>
        <source>Circles of Trust database (*.sqlite *.db);;All files (*)</source>
        <translation>Circles-of-Trust-Datenbank (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>clients.sqlite</source>
        <translation>kunden.sqlite</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>{name} encrypted: {tables} tables, {rows} rows checked</source>
        <translation>{name} verschlüsselt: {tables} Tabellen, {rows} Zeilen geprüft</translation>
    </message>
    <message>
        <source>{name} decrypted: {tables} tables, {rows} rows checked</source>
        <translation>{name} entschlüsselt: {tables} Tabellen, {rows} Zeilen geprüft</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>No particular contact</source>
        <translation>Kein bestimmter Ansprechpartner</translation>
    </message>
</context>
<context>
    <name>FilePickers</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>{suffix}-Datei</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>no database is open</source>
        <translation>keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>{verb} “{label}”</source>
        <translation>{verb}: „{label}“</translation>
    </message>
</context>
<context>
    <name>TeamUser</name>
    <message>
        <source>Add {name} to the team</source>
        <translation>{name} zum Team hinzufügen</translation>
    </message>
    <message>
        <source>Someone new…</source>
        <translation>Jemand Neues…</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Neuer Name:</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Ich bin:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Wer Sie sind</translation>
    </message>
    <message>
        <source>Several people can work on &lt;b&gt;{where}&lt;/b&gt;. Choose yourself, or add your name: what you record carries it, and “Mine”, snoozes and dismissals are yours. This computer remembers the choice for this database; Settings → Team changes it.</source>
        <translation>Mehrere Personen können in &lt;b&gt;{where}&lt;/b&gt; arbeiten. Wählen Sie sich aus oder fügen Sie Ihren Namen hinzu: was Sie erfassen, trägt ihn, und „Meine“, Zurückstellen und Verwerfen gelten für Sie. Dieser Computer merkt sich die Wahl für diese Datenbank; Einstellungen → Team ändert sie.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
</context>
<context>
    <name>EnginePasses</name>
    <message>
        <source>Scoring accounts and looking for suggestions…</source>
        <translation>Accounts werden bewertet und Vorschläge gesucht…</translation>
    </message>
    <message>
        <source>Scoring accounts</source>
        <translation>Accounts werden bewertet</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>InboxActions</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Carry out the suggestion (A; Shift+A adds details)</source>
        <translation>Den Vorschlag ausführen (A; Umschalt+A ergänzt Details)</translation>
    </message>
    <message>
        <source>Snooze a week  (S)</source>
        <translation>Eine Woche zurückstellen  (S)</translation>
    </message>
    <message>
        <source>Hide it for {SNOOZE_DAYS} days (S; Shift+S picks a date)</source>
        <translation>{SNOOZE_DAYS} Tage ausblenden (S; Umschalt+S wählt ein Datum)</translation>
    </message>
    <message>
        <source>Snooze until…</source>
        <translation>Zurückstellen bis…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Hide it until its facts change (D)</source>
        <translation>Ausblenden, bis sich die Fakten ändern (D)</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Account öffnen</translation>
    </message>
    <message>
        <source>Open the account (Enter)</source>
        <translation>Den Account öffnen (Enter)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last inbox action (Ctrl+Z)</source>
        <translation>Die letzte Aktion im Posteingang rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Accept  (A)</source>
        <translation>Annehmen  (A)</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Eine Woche</translation>
    </message>
    <message>
        <source>For a month</source>
        <translation>Einen Monat</translation>
    </message>
    <message>
        <source>Dismiss  (D)</source>
        <translation>Verwerfen  (D)</translation>
    </message>
    <message>
        <source>Open account  (↵)</source>
        <translation>Account öffnen  (↵)</translation>
    </message>
    <message>
        <source>Accept: {reason}</source>
        <translation>Annehmen: {reason}</translation>
    </message>
    <message>
        <source>Done: {summary}</source>
        <translation>Erledigt: {summary}</translation>
    </message>
    <message>
        <source>Could not accept</source>
        <translation>Annehmen nicht möglich</translation>
    </message>
    <message>
        <source>Snooze until {until}: {reason}</source>
        <translation>Zurückstellen bis {until}: {reason}</translation>
    </message>
    <message>
        <source>Snoozed until {until}: {reason}</source>
        <translation>Zurückgestellt bis {until}: {reason}</translation>
    </message>
    <message>
        <source>Could not snooze</source>
        <translation>Zurückstellen nicht möglich</translation>
    </message>
    <message>
        <source>Dismiss: {reason}</source>
        <translation>Verwerfen: {reason}</translation>
    </message>
    <message>
        <source>Dismissed until its facts change: {reason}</source>
        <translation>Verworfen, bis sich die Fakten ändern: {reason}</translation>
    </message>
    <message>
        <source>Could not dismiss</source>
        <translation>Verwerfen nicht möglich</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>Account: {account}</translation>
    </message>
    <message>
        <source>Contact: {contact}</source>
        <translation>Ansprechpartner: {contact}</translation>
    </message>
    <message>
        <source>Due: {day}</source>
        <translation>Fällig: {day}</translation>
    </message>
    <message>
        <source>Accepting: {action}</source>
        <translation>Beim Annehmen: {action}</translation>
    </message>
</context>
<context>
    <name>InboxTree</name>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>AccountPageParts</name>
    <message>
        <source>📌 pinned</source>
        <translation>📌 fixiert</translation>
    </message>
    <message>
        <source>Pinned: the ring was set by hand; suggestions only for large gaps</source>
        <translation>Fixiert: Der Kreis wurde von Hand gesetzt; Vorschläge nur bei großen Abständen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the account (Ctrl+E)</source>
        <translation>Den Account bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <source>Move to another ring (Ctrl+M)</source>
        <translation>In einen anderen Kreis verschieben (Strg+M)</translation>
    </message>
    <message>
        <source>Pin…</source>
        <translation>Fixieren…</translation>
    </message>
    <message>
        <source>Keep the account in its ring, with the reason</source>
        <translation>Den Account in seinem Kreis halten, mit Begründung</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Erfassen:</translation>
    </message>
    <message>
        <source>Buying group</source>
        <translation>Buying Center</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>Add a person to the buying group (Ctrl+Shift+K)</source>
        <translation>Eine Person zum Buying Center hinzufügen (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Person bearbeiten…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Edit “{0}”…</source>
        <translation>&amp;Bearbeiten: „{0}“…</translation>
    </message>
    <message>
        <source>&amp;Delete “{0}”</source>
        <translation>„{0}“ &amp;löschen</translation>
    </message>
    <message>
        <source>A ring move stays in the history</source>
        <translation>Ein Kreiswechsel bleibt im Verlauf</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
</context>
</TS>