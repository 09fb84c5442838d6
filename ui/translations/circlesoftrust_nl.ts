<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Circles of Trust</source>
        <translation>Over Circles of Trust</translation>
    </message>
    <message>
        <source>An offline account manager built on concentric trust rings: serve your inner circle best, then grow outwards.</source>
        <translation>Een offline klantbeheerder rond concentrische cirkels van vertrouwen: bedien uw binnenste cirkel het best en groei dan naar buiten.</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept — {kind_label}</source>
        <translation>Accepteren — {kind_label}</translation>
    </message>
    <message>
        <source>{reason}

Accepting: {action}</source>
        <translation>{reason}

Bij accepteren: {action}</translation>
    </message>
    <message>
        <source>What happened, in a few words (optional)</source>
        <translation>Wat er gebeurde, in een paar woorden (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>nog geen antwoord</translation>
    </message>
    <message>
        <source>Fill in to resolve the complaint now</source>
        <translation>Vul in om de klacht nu af te handelen</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <source>NPS &amp;answer (0–10):</source>
        <translation>NPS-&amp;antwoord (0–10):</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Oplossing:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
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
        <translation>{name} aangemaakt in {ring_name}</translation>
    </message>
    <message>
        <source>Opening the account</source>
        <translation>Het account openen</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} opgeslagen</translation>
    </message>
    <message>
        <source>Move {name} to {to}</source>
        <translation>{name} verplaatsen naar {to}</translation>
    </message>
    <message>
        <source>Move a non-customer inwards?</source>
        <translation>Een niet-klant naar binnen verplaatsen?</translation>
    </message>
    <message>
        <source>Record the purchase first if there was one (Account → Record → Purchase).</source>
        <translation>Leg eerst de aankoop vast als die er was (Account → Vastleggen → Aankoop).</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
    <message>
        <source>is required: it is kept in the ring history</source>
        <translation>is verplicht: deze blijft in de ringgeschiedenis</translation>
    </message>
    <message>
        <source> — pinned until {day}</source>
        <translation> — vastgezet tot {day}</translation>
    </message>
    <message>
        <source> — pinned until you unpin it</source>
        <translation> — vastgezet tot je het losmaakt</translation>
    </message>
    <message>
        <source>Moved {account_name}: {from_ring} → {to_ring}{tasks}</source>
        <translation>{account_name} verplaatst: {from_ring} → {to_ring}{tasks}</translation>
    </message>
    <message>
        <source>Archived {name} — Ctrl+Z brings it back</source>
        <translation>{name} gearchiveerd — Ctrl+Z haalt het terug</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} verwijderen?</translation>
    </message>
    <message>
        <source>Its contacts, touchpoints, revenue, feedback and ring history are deleted too. Edit → Undo (Ctrl+Z) brings everything back; archiving keeps the account out  of sight without deleting it.</source>
        <translation>De contactpersonen, contactmomenten, omzet, feedback en cirkelgeschiedenis worden ook verwijderd. Bewerken → Ongedaan maken (Ctrl+Z) brengt alles terug; archiveren houdt het account uit het zicht zonder het te verwijderen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Deleted {name} — Ctrl+Z brings it back</source>
        <translation>{name} verwijderd — Ctrl+Z haalt het terug</translation>
    </message>
    <message>
        <source>Added {name} ({label}) to {name2}</source>
        <translation>{name} ({label}) toegevoegd aan {name2}</translation>
    </message>
    <message>
        <source>Opening the contact</source>
        <translation>De contactpersoon openen</translation>
    </message>
    <message>
        <source>Logged {lower} with {name} — Ctrl+Z undoes it</source>
        <translation>{lower} met {name} vastgelegd — Ctrl+Z maakt het ongedaan</translation>
    </message>
    <message>
        <source>Log {kind} with {name}</source>
        <translation>{kind} met {name} vastleggen</translation>
    </message>
    <message>
        <source> — {n} checklist tasks added</source>
        <translation> — {n} checklisttaken toegevoegd</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>het account</translation>
    </message>
    <message>
        <source>Create account {name}</source>
        <translation>Account {name} aanmaken</translation>
    </message>
    <message>
        <source>Edit account {name}</source>
        <translation>Account {name} bewerken</translation>
    </message>
    <message>
        <source>Archive account {name}</source>
        <translation>Account {name} archiveren</translation>
    </message>
    <message>
        <source>Delete account {name}</source>
        <translation>Account {name} verwijderen</translation>
    </message>
    <message>
        <source>Add contact {name} to {account}</source>
        <translation>Contact {name} toevoegen aan {account}</translation>
    </message>
    <message>
        <source>Edit contact {name}</source>
        <translation>Contact {name} bewerken</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Account bewerken</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation>bijv. Logistiek</translation>
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
        <translation>gescheiden door komma's, bijv. berlijn, partner</translation>
    </message>
    <message>
        <source>New accounts usually start in the outer ring</source>
        <translation>Nieuwe accounts beginnen meestal in de buitenste cirkel</translation>
    </message>
    <message>
        <source>&amp;Ring:</source>
        <translation>&amp;Cirkel:</translation>
    </message>
    <message>
        <source>&amp;Journey phase:</source>
        <translation>&amp;Fase in de klantreis:</translation>
    </message>
    <message>
        <source>Keep in its ring (suggestions only for large gaps)</source>
        <translation>In zijn cirkel houden (alleen suggesties bij grote verschillen)</translation>
    </message>
    <message>
        <source>Pinned:</source>
        <translation>Vastgezet:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Purchase…</source>
        <translation>Aankoop…</translation>
    </message>
    <message>
        <source>Record a purchase, renewal, up-sell or cross-sell</source>
        <translation>Een aankoop, verlenging, up-sell of cross-sell vastleggen</translation>
    </message>
    <message>
        <source>Feedback…</source>
        <translation>Feedback…</translation>
    </message>
    <message>
        <source>Record an NPS answer and the relational scores</source>
        <translation>Een NPS-antwoord en de relationele scores vastleggen</translation>
    </message>
    <message>
        <source>Complaint…</source>
        <translation>Klacht…</translation>
    </message>
    <message>
        <source>Open a complaint</source>
        <translation>Een klacht openen</translation>
    </message>
    <message>
        <source>Referral…</source>
        <translation>Doorverwijzing…</translation>
    </message>
    <message>
        <source>This account referred us to another account</source>
        <translation>Dit account heeft ons doorverwezen naar een ander account</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Een taak toevoegen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Mark the selected task done</source>
        <translation>De gekozen taak afronden</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Reopen the selected task</source>
        <translation>De gekozen taak heropenen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected task</source>
        <translation>De gekozen taak verwijderen</translation>
    </message>
    <message>
        <source>Grant…</source>
        <translation>Toekennen…</translation>
    </message>
    <message>
        <source>Grant a perk offered to this ring</source>
        <translation>Een voordeel van deze cirkel toekennen</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Inwisselen</translation>
    </message>
    <message>
        <source>The client used the selected perk</source>
        <translation>De klant heeft het gekozen voordeel gebruikt</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Take the selected perk back</source>
        <translation>Het gekozen voordeel intrekken</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Afhandelen…</translation>
    </message>
    <message>
        <source>Resolve the selected complaint</source>
        <translation>De gekozen klacht afhandelen</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <source>Pin…</source>
        <translation>Vastzetten…</translation>
    </message>
    <message>
        <source>Keep the account in its ring, with the reason</source>
        <translation>Het account in zijn cirkel houden, met de reden</translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation> (met de hand ingesteld)</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>tot {0}</translation>
    </message>
    <message>
        <source>📌 pinned {0}</source>
        <translation>📌 vastgezet {0}</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>er is geen reden gegeven</translation>
    </message>
    <message>
        <source>The ring was set by hand ({0}); suggestions only for large gaps</source>
        <translation>De cirkel is met de hand gekozen ({0}); alleen suggesties bij grote verschillen</translation>
    </message>
    <message>
        <source>Unpin…</source>
        <translation>Losmaken…</translation>
    </message>
    <message>
        <source>Let the advice place the account again, with the reason</source>
        <translation>Het advies het account weer laten plaatsen, met de reden</translation>
    </message>
    <message>
        <source>No perks for this account yet</source>
        <translation>Nog geen voordelen voor dit account</translation>
    </message>
    <message>
        <source>No insights for this account yet</source>
        <translation>Nog geen inzichten voor dit account</translation>
    </message>
    <message>
        <source>No tasks for this account yet</source>
        <translation>Nog geen taken voor dit account</translation>
    </message>
    <message>
        <source>No open complaints for this account yet</source>
        <translation>Geen open klachten voor dit account</translation>
    </message>
    <message>
        <source>Expiry…</source>
        <translation>Vervaldatum…</translation>
    </message>
    <message>
        <source>Set or clear the selected perk's last day</source>
        <translation>De laatste dag van het gekozen voordeel instellen of wissen</translation>
    </message>
    <message>
        <source>No account to show</source>
        <translation>Geen account om te tonen</translation>
    </message>
    <message>
        <source>Create an account with Ctrl+N. Its page shows the ring, the trust score, the buying group and the timeline.</source>
        <translation>Maak een account aan met Ctrl+N. De pagina toont de cirkel, de vertrouwensscore, het inkoopteam en de tijdlijn.</translation>
    </message>
    <message>
        <source>Select an account</source>
        <translation>Kies een account</translation>
    </message>
    <message>
        <source>Click a marker in the rings or a row in the table. Ctrl+T logs a touchpoint.</source>
        <translation>Klik op een markering in de cirkels of op een rij in de tabel. Ctrl+T legt een contactmoment vast.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>De database openen…</translation>
    </message>
    <message>
        <source>The account shows in a moment.</source>
        <translation>Het account verschijnt zo.</translation>
    </message>
    <message>
        <source>This account cannot be shown</source>
        <translation>Dit account kan niet worden getoond</translation>
    </message>
    <message>
        <source>no industry</source>
        <translation>geen branche</translation>
    </message>
    <message>
        <source>Perks</source>
        <translation>Voordelen</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>Reading accounts…</source>
        <translation>Accounts lezen…</translation>
    </message>
    <message>
        <source>Loading accounts</source>
        <translation>Accounts laden</translation>
    </message>
    <message>
        <source>Reading revenue and activity…</source>
        <translation>Omzet en activiteit lezen…</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>De accounts lezen</translation>
    </message>
    <message>
        <source>Explaining the score</source>
        <translation>De score uitleggen</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Ring</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Revenue 12 m</source>
        <translation>Omzet 12 mnd</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} dagen geleden</translation>
    </message>
    <message>
        <source>{n} months ago</source>
        <translation>{n} maanden geleden</translation>
    </message>
    <message>
        <source>{n} years ago</source>
        <translation>{n} jaar geleden</translation>
    </message>
    <message>
        <source>Repeat business</source>
        <translation>Herhaalaankoop</translation>
    </message>
    <message>
        <source>Referred a new client</source>
        <translation>Verwees een nieuwe klant door</translation>
    </message>
    <message>
        <source>Promoter in the last survey</source>
        <translation>Promotor in de laatste enquête</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Stil geworden</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Open klacht</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>Eerste aankoop</translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message>
        <source>Filter by name, contact, e-mail, tag…  (Ctrl+F)</source>
        <translation>Filteren op naam, contactpersoon, e-mail, tag…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Accounts laden…</translation>
    </message>
    <message>
        <source>Large databases take a moment; the window stays usable.</source>
        <translation>Grote databases duren even; het venster blijft bruikbaar.</translation>
    </message>
    <message>
        <source>{total} accounts</source>
        <translation>{total} accounts</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} van {total}</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Nog geen accounts</translation>
    </message>
    <message>
        <source>Create your first account with Ctrl+N, or import contacts from the File menu.</source>
        <translation>Maak je eerste account aan met Ctrl+N, of importeer contactpersonen via het menu Bestand.</translation>
    </message>
    <message>
        <source>You own no account yet</source>
        <translation>U bent nog van geen enkel account eigenaar</translation>
    </message>
    <message>
        <source>Edit an account (Ctrl+E) to make it yours, or untick Mine.</source>
        <translation>Bewerk een account (Ctrl+E) om het van u te maken, of vink Mijn uit.</translation>
    </message>
    <message>
        <source>Nothing matches “{strip}”</source>
        <translation>Niets komt overeen met „{strip}”</translation>
    </message>
    <message>
        <source>Try part of a name, a contact's e-mail or a tag. Esc clears the filter.</source>
        <translation>Probeer een deel van een naam, het e-mailadres van een contactpersoon of een tag. Esc wist het filter.</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Accounts filteren</translation>
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
        <translation>nooit</translation>
    </message>
    <message>
        <source>Scores appear when the trust engine is available</source>
        <translation>Scores verschijnen zodra de vertrouwensengine beschikbaar is</translation>
    </message>
    <message>
        <source>{name}
{industry} · {n} contacts</source>
        <translation>{name}
{industry} · {n} contactpersonen</translation>
    </message>
    <message>
        <source>no industry</source>
        <translation>geen branche</translation>
    </message>
    <message>
        <source>Score {score}: reading what it is made of…</source>
        <translation>Score {score}: lezen waaruit hij bestaat…</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Ongedaan maken: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Opnieuw: {what}</translation>
    </message>
    <message>
        <source>menu</source>
        <translation>menu</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nieuwe database…</translation>
    </message>
    <message>
        <source>Create an empty database file and open it</source>
        <translation>Een leeg databasebestand aanmaken en openen</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>Open another database file</source>
        <translation>Een ander databasebestand openen</translation>
    </message>
    <message>
        <source>Open the E&amp;xample Business</source>
        <translation>Het &amp;voorbeeldbedrijf openen</translation>
    </message>
    <message>
        <source>Open the example database with 60 accounts (your own data is untouched)</source>
        <translation>De voorbeelddatabase met 60 accounts openen (je eigen gegevens blijven onaangeroerd)</translation>
    </message>
    <message>
        <source>Import &amp;Mail and Calendar…</source>
        <translation>&amp;Mail en agenda importeren…</translation>
    </message>
    <message>
        <source>Log meetings and mails from calendar (.ics) and mail (mbox, .eml, .msg) files</source>
        <translation>Afspraken en mails vastleggen uit agenda- (.ics) en mailbestanden (mbox, .eml, .msg)</translation>
    </message>
    <message>
        <source>&amp;Encrypt Database…</source>
        <translation>Database &amp;versleutelen…</translation>
    </message>
    <message>
        <source>Protect the file with a password</source>
        <translation>Het bestand beveiligen met een wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Decrypt Database…</source>
        <translation>Database &amp;ontsleutelen…</translation>
    </message>
    <message>
        <source>Store the file without encryption</source>
        <translation>Het bestand zonder versleuteling opslaan</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>Choose a new password for the file</source>
        <translation>Een nieuw wachtwoord voor het bestand kiezen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Close Circles of Trust</source>
        <translation>Circles of Trust sluiten</translation>
    </message>
    <message>
        <source>&amp;Find Account…</source>
        <translation>Account &amp;zoeken…</translation>
    </message>
    <message>
        <source>Filter the accounts as you type</source>
        <translation>De accounts filteren terwijl je typt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Rings, perks, checklists, score weights</source>
        <translation>Cirkels, voordelen, checklists, scoregewichten</translation>
    </message>
    <message>
        <source>&amp;Mail and Calendar Settings…</source>
        <translation>Instellingen voor &amp;mail en agenda…</translation>
    </message>
    <message>
        <source>Your addresses, the watched folder, the calendar file, reminders</source>
        <translation>Je adressen, de bewaakte map, het agendabestand, herinneringen</translation>
    </message>
    <message>
        <source>&amp;Accounts and Rings</source>
        <translation>&amp;Accounts en cirkels</translation>
    </message>
    <message>
        <source>Rings, table and account page</source>
        <translation>Cirkels, tabel en accountpagina</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Vandaag</translation>
    </message>
    <message>
        <source>Today's suggestions</source>
        <translation>De suggesties van vandaag</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Mensen</translation>
    </message>
    <message>
        <source>The people to stay close to</source>
        <translation>De mensen om dichtbij te houden</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Inzichten</translation>
    </message>
    <message>
        <source>Write, publish and share insights</source>
        <translation>Inzichten schrijven, publiceren en delen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Revenue, Pareto, NPS, movements</source>
        <translation>Omzet, Pareto, NPS, verschuivingen</translation>
    </message>
    <message>
        <source>Zoom I&amp;n</source>
        <translation>I&amp;nzoomen</translation>
    </message>
    <message>
        <source>Zoom into the rings</source>
        <translation>Op de cirkels inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom out of the rings</source>
        <translation>Van de cirkels uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Fit the Rings</source>
        <translation>Cirkels &amp;passend maken</translation>
    </message>
    <message>
        <source>Show all rings</source>
        <translation>Alle cirkels tonen</translation>
    </message>
    <message>
        <source>Archi&amp;ved Accounts…</source>
        <translation>Gearchi&amp;veerde accounts…</translation>
    </message>
    <message>
        <source>The archived accounts; restore one with Enter</source>
        <translation>De gearchiveerde accounts; zet er een terug met Enter</translation>
    </message>
    <message>
        <source>Marker Size by &amp;Score</source>
        <translation>Grootte van markering naar &amp;score</translation>
    </message>
    <message>
        <source>Size ring markers by trust score instead of revenue</source>
        <translation>Grootte van markeringen naar vertrouwensscore in plaats van omzet</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Het &amp;systeem volgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <source>&amp;Reload Data</source>
        <translation>Gegevens opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Read everything from the database again</source>
        <translation>Alles opnieuw uit de database lezen</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Indeling herstellen</translation>
    </message>
    <message>
        <source>Restore the default window layout</source>
        <translation>De standaardindeling van het venster herstellen</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Nieuw account…</translation>
    </message>
    <message>
        <source>Create an account (Ctrl+N)</source>
        <translation>Een account aanmaken (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>Account &amp;bewerken…</translation>
    </message>
    <message>
        <source>Edit the current account</source>
        <translation>Het huidige account bewerken</translation>
    </message>
    <message>
        <source>Review D&amp;uplicates…</source>
        <translation>D&amp;ubbelen nakijken…</translation>
    </message>
    <message>
        <source>Contacts and accounts that may be one: merge them or mark them as not the same</source>
        <translation>Contactpersonen en accounts die mogelijk één zijn: voeg ze samen of markeer ze als niet dezelfde</translation>
    </message>
    <message>
        <source>Add &amp;Contact…</source>
        <translation>&amp;Contactpersoon toevoegen…</translation>
    </message>
    <message>
        <source>Add a person to the current account's buying group</source>
        <translation>Een persoon toevoegen aan het inkoopteam van het huidige account</translation>
    </message>
    <message>
        <source>&amp;Log Touchpoint</source>
        <translation>Contactmoment &amp;vastleggen</translation>
    </message>
    <message>
        <source>Kind, contact, note, Enter — done</source>
        <translation>Soort, contactpersoon, notitie, Enter — klaar</translation>
    </message>
    <message>
        <source>&amp;Quick Capture…</source>
        <translation>&amp;Snel vastleggen…</translation>
    </message>
    <message>
        <source>One line: “Alder Legal: call with Quentin yesterday”</source>
        <translation>Eén regel: „Alder Legal: gisteren gebeld met Quentin”</translation>
    </message>
    <message>
        <source>&amp;Move to Ring…</source>
        <translation>Naar cirkel &amp;verplaatsen…</translation>
    </message>
    <message>
        <source>Move the current account to another ring</source>
        <translation>Het huidige account naar een andere cirkel verplaatsen</translation>
    </message>
    <message>
        <source>P&amp;in or Unpin the Ring…</source>
        <translation>Cirkel vast&amp;zetten of losmaken…</translation>
    </message>
    <message>
        <source>Keep the current account in its ring (or let the advice place it again), with the reason</source>
        <translation>Het huidige account in zijn cirkel houden (of het advies het weer laten plaatsen), met de reden</translation>
    </message>
    <message>
        <source>&amp;Archive Account</source>
        <translation>Account &amp;archiveren</translation>
    </message>
    <message>
        <source>Archive the current account (Delete; undo with Ctrl+Z)</source>
        <translation>Het huidige account archiveren (Delete; ongedaan maken met Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Delete Account Permanently…</source>
        <translation>Account &amp;definitief verwijderen…</translation>
    </message>
    <message>
        <source>Delete the account and its whole history</source>
        <translation>Het account en zijn hele geschiedenis verwijderen</translation>
    </message>
    <message>
        <source>&amp;Purchase or Revenue…</source>
        <translation>&amp;Aankoop of omzet…</translation>
    </message>
    <message>
        <source>Record a purchase, renewal, up-sell or cross-sell</source>
        <translation>Een aankoop, verlenging, up-sell of cross-sell vastleggen</translation>
    </message>
    <message>
        <source>&amp;Feedback (NPS)…</source>
        <translation>&amp;Feedback (NPS)…</translation>
    </message>
    <message>
        <source>Record an NPS answer, its comment and the relational scores</source>
        <translation>Een NPS-antwoord, de opmerking en de relationele scores vastleggen</translation>
    </message>
    <message>
        <source>&amp;Open a Complaint…</source>
        <translation>Klacht &amp;openen…</translation>
    </message>
    <message>
        <source>Open a complaint for the current account</source>
        <translation>Een klacht openen voor het huidige account</translation>
    </message>
    <message>
        <source>Re&amp;solve a Complaint…</source>
        <translation>Klacht &amp;afhandelen…</translation>
    </message>
    <message>
        <source>Resolve one of the account's open complaints</source>
        <translation>Een van de open klachten van het account afhandelen</translation>
    </message>
    <message>
        <source>&amp;Referral…</source>
        <translation>&amp;Doorverwijzing…</translation>
    </message>
    <message>
        <source>The current account referred us to another account</source>
        <translation>Het huidige account heeft ons doorverwezen naar een ander account</translation>
    </message>
    <message>
        <source>Add a &amp;Task…</source>
        <translation>&amp;Taak toevoegen…</translation>
    </message>
    <message>
        <source>Add a task (title, due date, contact) to the current account</source>
        <translation>Een taak (titel, vervaldatum, contactpersoon) aan het huidige account toevoegen</translation>
    </message>
    <message>
        <source>Complete the Tas&amp;k</source>
        <translation>Taa&amp;k afronden</translation>
    </message>
    <message>
        <source>Mark the task selected in the Tasks tab done</source>
        <translation>De taak afronden die op het tabblad Taken is gekozen</translation>
    </message>
    <message>
        <source>R&amp;eopen the Task</source>
        <translation>Taak &amp;heropenen</translation>
    </message>
    <message>
        <source>Reopen the done task selected in the Tasks tab</source>
        <translation>De afgeronde taak heropenen die op het tabblad Taken is gekozen</translation>
    </message>
    <message>
        <source>De&amp;lete the Task</source>
        <translation>Taak &amp;verwijderen</translation>
    </message>
    <message>
        <source>Delete the task selected in the Tasks tab</source>
        <translation>De taak verwijderen die op het tabblad Taken is gekozen</translation>
    </message>
    <message>
        <source>Delete the Timeline E&amp;ntry</source>
        <translation>Regel uit de tijdlijn ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Delete the fact selected in the Timeline tab (Ctrl+Z brings it back)</source>
        <translation>Het feit verwijderen dat op het tabblad Tijdlijn is gekozen (Ctrl+Z haalt het terug)</translation>
    </message>
    <message>
        <source>&amp;Grant a Perk…</source>
        <translation>&amp;Voordeel toekennen…</translation>
    </message>
    <message>
        <source>Grant a perk offered to the account's ring</source>
        <translation>Een voordeel toekennen dat aan de cirkel van het account wordt aangeboden</translation>
    </message>
    <message>
        <source>Re&amp;deem the Perk</source>
        <translation>Voordeel &amp;inwisselen</translation>
    </message>
    <message>
        <source>The client used the perk selected in the Perks tab</source>
        <translation>De klant heeft het voordeel gebruikt dat op het tabblad Voordelen is gekozen</translation>
    </message>
    <message>
        <source>Set the Perk's E&amp;xpiry…</source>
        <translation>&amp;Vervaldatum van het voordeel instellen…</translation>
    </message>
    <message>
        <source>Set or clear the last day of the perk selected in the Perks tab</source>
        <translation>De laatste dag instellen of wissen van het voordeel dat op het tabblad Voordelen is gekozen</translation>
    </message>
    <message>
        <source>&amp;Withdraw the Perk</source>
        <translation>Voordeel &amp;intrekken</translation>
    </message>
    <message>
        <source>Take back the perk selected in the Perks tab</source>
        <translation>Het voordeel intrekken dat op het tabblad Voordelen is gekozen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>The shortcuts of the main window</source>
        <translation>De sneltoetsen van het hoofdvenster</translation>
    </message>
    <message>
        <source>&amp;About Circles of Trust</source>
        <translation>&amp;Over Circles of Trust</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>A consultant's week with Circles of Trust</source>
        <translation>Een week van een consultant met Circles of Trust</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>En&amp;cryption</source>
        <translation>&amp;Versleuteling</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bewerken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hema</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Ed&amp;it the Selected Entry…</source>
        <translation>Geselecteerde invoer be&amp;werken…</translation>
    </message>
    <message>
        <source>Open the fact selected in the Timeline, Tasks, Perks or Complaints tab in its form, to correct it (Ctrl+Z takes the change back)</source>
        <translation>Open het feit dat in het tabblad Tijdlijn, Taken, Voordelen of Klachten is geselecteerd in zijn formulier om het te corrigeren (Ctrl+Z maakt de wijziging ongedaan)</translation>
    </message>
</context>
<context>
    <name>AdviceRules</name>
    <message>
        <source>an inbound touch</source>
        <translation>een inkomend contact</translation>
    </message>
    <message>
        <source>an outbound one-way touch (newsletter, social post)</source>
        <translation>een uitgaand eenzijdig contact (nieuwsbrief, social post)</translation>
    </message>
    <message>
        <source>a purchase</source>
        <translation>een aankoop</translation>
    </message>
    <message>
        <source>a feedback answer</source>
        <translation>een feedbackantwoord</translation>
    </message>
    <message>
        <source>a complaint opened or resolved</source>
        <translation>een geopende of afgehandelde klacht</translation>
    </message>
    <message>
        <source>a referral given</source>
        <translation>een gegeven doorverwijzing</translation>
    </message>
    <message>
        <source>counts as contact</source>
        <translation>telt als contact</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>telt</translation>
    </message>
    <message>
        <source>does not count</source>
        <translation>telt niet</translation>
    </message>
    <message>
        <source>a two-way touch</source>
        <translation>een tweezijdig contact</translation>
    </message>
    <message>
        <source>Counts as contact: {kinds}.</source>
        <translation>Telt als contact: {kinds}.</translation>
    </message>
    <message>
        <source>Not contact: {kinds}.</source>
        <translation>Geen contact: {kinds}.</translation>
    </message>
    <message>
        <source>Recent customers are not held in any ring (the rule is off).</source>
        <translation>Recente klanten worden in geen enkele cirkel vastgehouden (de regel staat uit).</translation>
    </message>
    <message>
        <source>A customer with a purchase in the last {days} days sits at least in {ring}.</source>
        <translation>Een klant met een aankoop in de laatste {days} dagen zit minstens in {ring}.</translation>
    </message>
    <message>
        <source>Your move stands for {days} days (unless you choose otherwise when moving); meanwhile the advice suggests another ring only {gap} rings away, and says so.</source>
        <translation>Je verplaatsing geldt {days} dagen (tenzij je bij het verplaatsen anders kiest); intussen stelt het advies alleen een andere cirkel voor die {gap} cirkels verder ligt, en zegt het dat.</translation>
    </message>
    <message>
        <source>the inner ring</source>
        <translation>de binnenste cirkel</translation>
    </message>
    <message>
        <source>An insight reaches an outer ring once all of {inner} has it, or {days} days after that ring's own release date.</source>
        <translation>Een inzicht bereikt een buitenste cirkel zodra heel {inner} het heeft, of {days} dagen na de eigen vrijgavedatum van die cirkel.</translation>
    </message>
    <message>
        <source>Relational scores count for up to {share:.0%} of advocacy (good) or friction (poor); trust or issue resolution at {low} or below raises a suggestion for {days} days.</source>
        <translation>Relationele scores tellen voor hoogstens {share:.0%} mee in pleitbezorging (goed) of frictie (slecht); vertrouwen of probleemoplossing op {low} of lager geeft {days} dagen een suggestie.</translation>
    </message>
    <message>
        <source>Relational scores do not count in the score; trust or issue resolution at {low} or below raises a suggestion for {days} days.</source>
        <translation>Relationele scores tellen niet mee in de score; vertrouwen of probleemoplossing op {low} of lager geeft {days} dagen een suggestie.</translation>
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
        <translation>Cirkel</translation>
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
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Dit bericht verbergen</translation>
    </message>
</context>
<context>
    <name>BriefPrinter</name>
    <message>
        <source>Export meeting brief</source>
        <translation>Gespreksvoorbereiding exporteren</translation>
    </message>
    <message>
        <source>Meeting brief: {value}</source>
        <translation>Gespreksvoorbereiding: {value}</translation>
    </message>
    <message>
        <source>Ring, score and why, the buying group, recent timeline, revenue, open complaints and tasks, perks, insights to share and talking points — on one page.</source>
        <translation>Cirkel, score en waarom, het inkoopteam, recente tijdlijn, omzet, open klachten en taken, voordelen, te delen inzichten en gespreksonderwerpen — op één pagina.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>De map {parent} bestaat niet.</translation>
    </message>
    <message>
        <source>Gathering the brief…</source>
        <translation>Gespreksvoorbereiding verzamelen…</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>Gespreksvoorbereiding</translation>
    </message>
    <message>
        <source>Exporting the brief</source>
        <translation>Gespreksvoorbereiding exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Preparing the brief</source>
        <translation>Gespreksvoorbereiding maken</translation>
    </message>
    <message>
        <source>Print the meeting brief of {name}</source>
        <translation>De gespreksvoorbereiding van {name} afdrukken</translation>
    </message>
    <message>
        <source>Printing the brief</source>
        <translation>Gespreksvoorbereiding afdrukken</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>De gespreksvoorbereiding</translation>
    </message>
</context>
<context>
    <name>CaptureActions</name>
    <message>
        <source>Reading the settings</source>
        <translation>De instellingen lezen</translation>
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
        <translation>1 persoon die nog geen contactpersoon is, gezien bij het domein van een account ({who}): Bestand → Mail en agenda importeren… biedt aan hem of haar toe te voegen.</translation>
    </message>
    <message>
        <source>{n} people not yet contacts were seen at your accounts&apos; domains ({who}): File → Import Mail and Calendar… offers to add them.</source>
        <translation>{n} personen die nog geen contactpersoon zijn, gezien bij de domeinen van je accounts ({who}): Bestand → Mail en agenda importeren… biedt aan ze toe te voegen.</translation>
    </message>
    <message>
        <source>{file} could not be read: {why}</source>
        <translation>{file} kon niet worden gelezen: {why}</translation>
    </message>
    <message>
        <source>The watched folder: {files}</source>
        <translation>De bewaakte map: {files}</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>De instellingen lezen</translation>
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
    <message>
        <source>Circles of Trust</source>
        <translation>Circles of Trust</translation>
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
        <source>A calendar export (.ics), a mail folder (mbox, a Thunderbird profile) or saved messages (.eml, Outlook .msg). Only dates, people and durations are kept — never a message's text. Nothing is written until you click Import.</source>
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
        <translation>Agenda's en mail</translation>
    </message>
    <message>
        <source>Calendars only</source>
        <translation>Alleen agenda's</translation>
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
        <translation>De instellingen lezen</translation>
    </message>
    <message>
        <source>Choose a calendar or mail file</source>
        <translation>Kies een agenda- of mailbestand</translation>
    </message>
    <message>
        <source>Choose a folder of calendars or mail</source>
        <translation>Kies een map met agenda's of mail</translation>
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
        <source>Nobody new was seen at your accounts' domains.</source>
        <translation>Er is niemand nieuw gezien op de domeinen van je accounts.</translation>
    </message>
    <message>
        <source>People not yet contacts, seen at an account's domain. Tick those to add as contacts of that account (their meetings and mails are logged with them); nobody is added unless ticked.</source>
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
        <source>me@example.com, me@work.example</source>
        <translation>ik@voorbeeld.nl, ik@werk.voorbeeld</translation>
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
        <translation>Taken als to-do's in plaats van afspraken voor de hele dag</translation>
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
    <message>
        <source>iCalendar (*.ics);;All files (*)</source>
        <translation>iCalendar (*.ics);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>CascadeTimeline</name>
    <message>
        <source>Published {day}</source>
        <translation>Gepubliceerd op {day}</translation>
    </message>
    <message>
        <source>today ({day})</source>
        <translation>vandaag ({day})</translation>
    </message>
    <message>
        <source> · discuss</source>
        <translation> · bespreken</translation>
    </message>
    <message>
        <source> · from {day}</source>
        <translation> · vanaf {day}</translation>
    </message>
    <message>
        <source>day {delay}{when} · {level} · {received}/{members} received</source>
        <translation>dag {delay}{when} · {level} · {received}/{members} ontvangen</translation>
    </message>
    <message>
        <source>Publish the insight to see when each ring receives it.</source>
        <translation>Publiceer het inzicht om te zien wanneer elke cirkel het krijgt.</translation>
    </message>
    <message>
        <source>Insight cascade timeline</source>
        <translation>Tijdlijn van de inzichtcascade</translation>
    </message>
    <message>
        <source>day {n}</source>
        <translation>dag {n}</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Ring</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <source>{title}  ·  within {due_after_days} days</source>
        <translation>{title}  ·  binnen {due_after_days} dagen</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Checkliststappen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source> days after entering the ring</source>
        <translation> dagen na binnenkomst in de cirkel</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Stap:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vervaldatum:</translation>
    </message>
    <message>
        <source>When an account enters</source>
        <translation>Wanneer een account binnenkomt</translation>
    </message>
    <message>
        <source>these steps become its tasks:</source>
        <translation>worden deze stappen zijn taken:</translation>
    </message>
    <message>
        <source>Every checklist step needs a text.</source>
        <translation>Elke checkliststap heeft een tekst nodig.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Open a complaint — {account_name}</source>
        <translation>Een klacht openen — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>&amp;What is wrong:</source>
        <translation>&amp;Wat is er mis:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Open klacht</translation>
    </message>
    <message>
        <source>must not be empty: say what is wrong</source>
        <translation>mag niet leeg zijn: zeg wat er mis is</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Oplossing:</translation>
    </message>
    <message>
        <source>Resol&amp;ved on:</source>
        <translation>Opgel&amp;ost op:</translation>
    </message>
    <message>
        <source>must not be before the day it was opened</source>
        <translation>mag niet vóór de dag liggen waarop de klacht is geopend</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Nothing was saved. Your changes are still in the form: {fields}.</source>
        <translation>Er is niets opgeslagen. Je wijzigingen staan nog in het formulier: {fields}.</translation>
    </message>
    <message>
        <source>&amp;Reload and re-apply my changes</source>
        <translation>Opnieuw &amp;laden en mijn wijzigingen opnieuw toepassen</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>Mijn wijzigingen &amp;weggooien</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>someone else</source>
        <translation>iemand anders</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Niet opgeslagen: {why}</translation>
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
        <source>the other person</source>
        <translation>de ander</translation>
    </message>
    <message>
        <source>Reloaded with the changes of {who}; yours are applied on top.</source>
        <translation>Opnieuw geladen met de wijzigingen van {who}; de uwe zijn erbovenop toegepast.</translation>
    </message>
    <message>
        <source>You both changed {fields}: yours is kept.</source>
        <translation>Jullie hebben allebei {fields} gewijzigd: die van jou blijft.</translation>
    </message>
    <message>
        <source>Check and save.</source>
        <translation>Controleer en sla op.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Voor- en achternaam</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <source>e.g. Head of Purchasing</source>
        <translation>bijv. hoofd inkoop</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Relationship &amp;stage:</source>
        <translation>&amp;Fase van de relatie:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otities:</translation>
    </message>
    <message>
        <source>Edit contact — {account_name}</source>
        <translation>Contactpersoon bewerken — {account_name}</translation>
    </message>
    <message>
        <source>New contact — {account_name}</source>
        <translation>Nieuwe contactpersoon — {account_name}</translation>
    </message>
    <message>
        <source>Automatic (from touchpoints)</source>
        <translation>Automatisch (uit contactmomenten)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Last 3 months</source>
        <translation>Laatste 3 maanden</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Laatste 6 maanden</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Laatste 2 jaar</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Aangepast</translation>
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
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>vanaf</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>revenue in the period</source>
        <translation>omzet in de periode</translation>
    </message>
    <message>
        <source>of accounts make 80% of revenue</source>
        <translation>van de accounts maakt 80% van de omzet</translation>
    </message>
    <message>
        <source>net promoter score</source>
        <translation>net promoter score</translation>
    </message>
    <message>
        <source>customers retained</source>
        <translation>klanten behouden</translation>
    </message>
    <message>
        <source>return on relationship</source>
        <translation>rendement op de relatie</translation>
    </message>
    <message>
        <source>referrals given</source>
        <translation>doorverwijzingen gegeven</translation>
    </message>
    <message>
        <source>{name} chart</source>
        <translation>grafiek {name}</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>De periode begint na het einde.</translation>
    </message>
    <message>
        <source>Could not compute the KPIs: {exc}</source>
        <translation>Kon de kpi's niet berekenen: {exc}</translation>
    </message>
    <message>
        <source>Pareto curve ({start} to {end})</source>
        <translation>Paretocurve ({start} tot {end})</translation>
    </message>
    <message>
        <source>{n} accounts make 80% of the period's revenue; {inner} of them sit in the inner ring.</source>
        <translation>{n} accounts maken 80% van de omzet van de periode; {inner} daarvan zitten in de binnenste cirkel.</translation>
    </message>
    <message>
        <source>No revenue in this period</source>
        <translation>Geen omzet in deze periode</translation>
    </message>
    <message>
        <source>Relationship revenue (renewals, up-sells, cross-sells, referred accounts) divided by the cost of the perks granted in the period.</source>
        <translation>Relatie-omzet (verlengingen, up-sells, cross-sells, doorverwezen accounts) gedeeld door de kosten van de in de periode toegekende voordelen.</translation>
    </message>
    <message>
        <source>Computing KPIs</source>
        <translation>KPI's berekenen</translation>
    </message>
    <message>
        <source>Of the customers when the period began (a purchase from {before} to {eve}), the share still customers at its end (a purchase in the 12 months up to {end}).</source>
        <translation>Van de klanten bij het begin van de periode (een aankoop van {before} tot {eve}), het deel dat aan het eind nog klant is (een aankoop in de 12 maanden tot {end}).</translation>
    </message>
    <message>
        <source>{kept} of {base} customers retained.</source>
        <translation>{kept} van {base} klanten behouden.</translation>
    </message>
    <message>
        <source>no purchase recorded yet</source>
        <translation>nog geen aankoop vastgelegd</translation>
    </message>
    <message>
        <source>the records begin {day}</source>
        <translation>de gegevens beginnen op {day}</translation>
    </message>
    <message>
        <source>no customer before {start}</source>
        <translation>geen klant vóór {start}</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>geen cijfer</translation>
    </message>
    <message>
        <source>Nobody had bought in the 12 months before the period began, so there is nobody to retain yet: choose a later start.</source>
        <translation>Niemand had gekocht in de 12 maanden vóór het begin van de periode, dus er is nog niemand om te behouden: kies een later begin.</translation>
    </message>
    <message>
        <source>retention: {why}</source>
        <translation>behoud: {why}</translation>
    </message>
    <message>
        <source>no ring has a cadence</source>
        <translation>geen cirkel heeft een ritme</translation>
    </message>
    <message>
        <source>Engagement: the share of a ring's accounts in touch within the ring's follow-up cadence on {end} (their last contact at most that many days before). Contact is what Settings → Rules &amp; days counts: a two-way touch, and as set an inbound touch, a purchase, feedback, a complaint or a referral. Overall: {overall}.</source>
        <translation>Betrokkenheid: het deel van de accounts van een cirkel dat op {end} binnen het opvolgritme van de cirkel in contact is (laatste contact hooguit zoveel dagen eerder). Contact is wat Instellingen → Regels &amp; dagen meetelt: een tweezijdig contact en, zoals ingesteld, een inkomend contact, een aankoop, feedback, een klacht of een doorverwijzing. Totaal: {overall}.</translation>
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
        <translation>&lt;b&gt;{name}&lt;/b&gt; versleutelen met een wachtwoord: wie het bestand (of de automatische reservekopieën) kopieert, ziet alleen ruis, en Circles of Trust vraagt om het wachtwoord wanneer het het bestand opent.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Versleutelen</translation>
    </message>
    <message>
        <source>Encrypting {name}…</source>
        <translation>{name} versleutelen…</translation>
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
        <translation>Iedereen die het bestand kopieert, kan dan elke naam, elk e-mailadres en elke notitie erin lezen. Reservekopieën die versleuteld zijn gemaakt, blijven versleuteld met het oude wachtwoord.</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Ontsleutelen</translation>
    </message>
    <message>
        <source>Decrypting {name}…</source>
        <translation>{name} ontsleutelen…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Choose a new password for &lt;b&gt;{name}&lt;/b&gt;. Backups made before keep the old one.</source>
        <translation>Kies een nieuw wachtwoord voor &lt;b&gt;{name}&lt;/b&gt;. Eerder gemaakte reservekopieën houden het oude.</translation>
    </message>
    <message>
        <source>Changing the password of {name}…</source>
        <translation>Wachtwoord van {name} wijzigen…</translation>
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
        <translation>Te doen</translation>
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
    <name>DuplicatesReview</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>One</source>
        <translation>De ene</translation>
    </message>
    <message>
        <source>The other</source>
        <translation>De andere</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Review Duplicates</source>
        <translation>Dubbelen nakijken</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>People and accounts</source>
        <translation>Mensen en accounts</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <source>Look for duplicates among all contacts and accounts now</source>
        <translation>Nu zoeken naar dubbelen onder alle contactpersonen en accounts</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Samenvoegen…</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Geen dubbel</translation>
    </message>
    <message>
        <source>Hide this pair until one of the two changes (for you only)</source>
        <translation>Dit paar verbergen tot een van beide verandert (alleen voor jou)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Recent Merges…</source>
        <translation>&amp;Recente samenvoegingen…</translation>
    </message>
    <message>
        <source>Merges so far; split one again (Unmerge)</source>
        <translation>Samenvoegingen tot nu toe; splits er een weer (Splitsen)</translation>
    </message>
    <message>
        <source>Reading possible duplicates</source>
        <translation>Mogelijke dubbelen lezen</translation>
    </message>
    <message>
        <source>Looking for duplicates among all contacts and accounts…</source>
        <translation>Dubbelen zoeken onder alle contactpersonen en accounts…</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Dubbelen zoeken</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>De controle is mislukt: {error}</translation>
    </message>
    <message>
        <source>Never checked.</source>
        <translation>Nooit gecontroleerd.</translation>
    </message>
    <message>
        <source>{n} pair(s); checked {when}: {contacts} contacts, {accounts} accounts.</source>
        <translation>{n} paar/paren; gecontroleerd {when}: {contacts} contactpersonen, {accounts} accounts.</translation>
    </message>
    <message>
        <source>{n} you marked as not a duplicate are hidden.</source>
        <translation>{n} die je als geen dubbel hebt gemarkeerd, zijn verborgen.</translation>
    </message>
    <message>
        <source>{n} key(s) shared by too many to compare one by one (e.g. {example}).</source>
        <translation>{n} sleutel(s) gedeeld door te veel om één voor één te vergelijken (bijv. {example}).</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Geen mogelijke dubbelen.</translation>
    </message>
    <message>
        <source>{a} and {b} ({score} %): {why}</source>
        <translation>{a} en {b} ({score} %): {why}</translation>
    </message>
    <message>
        <source>{summary}. Undo with Ctrl+Z.</source>
        <translation>{summary}. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Not a duplicate: {a} / {b}</source>
        <translation>Geen dubbel: {a} / {b}</translation>
    </message>
    <message>
        <source>{a} and {b} are not shown again until one of them changes.</source>
        <translation>{a} en {b} worden niet meer getoond tot een van beide verandert.</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without a country code are from:</source>
        <translation>Telefoon&amp;nummers zonder landcode komen uit:</translation>
    </message>
    <message>
        <source>Where numbers like 030 8170947 are dialled: they are compared as +49 30 …</source>
        <translation>Waar nummers als 030 8170947 gebeld worden: ze worden vergeleken als +49 30 …</translation>
    </message>
    <message>
        <source>Phone numbers read in {region}</source>
        <translation>Telefoonnummers gelezen in {region}</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <source>Perk expiry — {0}</source>
        <translation>Vervaldatum voordeel — {0}</translation>
    </message>
    <message>
        <source>When does &lt;b&gt;{0}&lt;/b&gt; end for {1}?</source>
        <translation>Wanneer eindigt &lt;b&gt;{0}&lt;/b&gt; voor {1}?</translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation>&amp;Verloopt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Laatste dag:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>The file is plain text: anyone who gets it reads every name, number and note. Protect it with a password to keep it private.</source>
        <translation>Het bestand is platte tekst: wie het krijgt, leest elke naam, elk nummer en elke notitie. Bescherm het met een wachtwoord om het privé te houden.</translation>
    </message>
    <message>
        <source>&amp;Protect the file with a password</source>
        <translation>Bestand met een wachtwoord &amp;beschermen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Herhalen:</translation>
    </message>
    <message>
        <source>Import asks for the password; without it the file cannot be read.</source>
        <translation>Importeren vraagt om het wachtwoord; zonder is het bestand niet te lezen.</translation>
    </message>
    <message>
        <source>Type the password twice, or untick the protection.</source>
        <translation>Typ het wachtwoord twee keer, of vink de bescherming uit.</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>De twee wachtwoorden verschillen: typ ze opnieuw.</translation>
    </message>
    <message>
        <source>It is protected with a password; Import asks for it.</source>
        <translation>Het is beschermd met een wachtwoord; Importeren vraagt erom.</translation>
    </message>
    <message>
        <source>It is plain text.</source>
        <translation>Het is platte tekst.</translation>
    </message>
    <message>
        <source>All active accounts</source>
        <translation>Alle actieve accounts</translation>
    </message>
    <message>
        <source>Only {value}</source>
        <translation>Alleen {value}</translation>
    </message>
    <message>
        <source>Only the open account</source>
        <translation>Alleen het geopende account</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Accounts:</translation>
    </message>
    <message>
        <source>vCard 4.0 (current address books)</source>
        <translation>vCard 4.0 (huidige adresboeken)</translation>
    </message>
    <message>
        <source>vCard 3.0 (older programs)</source>
        <translation>vCard 3.0 (oudere programma's)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>All-day events (every calendar shows them)</source>
        <translation>Hele-dag-afspraken (elke agenda toont ze)</translation>
    </message>
    <message>
        <source>To-dos (VTODO)</source>
        <translation>Taken (VTODO)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Follow-ups due within:</source>
        <translation>Opvolgingen binnen:</translation>
    </message>
    <message>
        <source>Write them as:</source>
        <translation>Schrijven als:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Kies een bestand om te schrijven.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>De map {parent} bestaat niet.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Export contacts as vCard</source>
        <translation>Contactpersonen exporteren als vCard</translation>
    </message>
    <message>
        <source>One card per contact, with the account as organisation and the ring as category. Address books (Apple, Google, Outlook, Thunderbird) import it.</source>
        <translation>Eén kaart per contactpersoon, met het account als organisatie en de cirkel als categorie. Adresboeken (Apple, Google, Outlook, Thunderbird) kunnen het importeren.</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard-bestanden (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>Export accounts and contacts as CSV</source>
        <translation>Accounts en contactpersonen exporteren als CSV</translation>
    </message>
    <message>
        <source>One row per contact with its account's details, for spreadsheets. Cells that a spreadsheet would run as a formula are made safe.</source>
        <translation>Eén rij per contactpersoon met de gegevens van het account, voor spreadsheets. Cellen die een spreadsheet als formule zou uitvoeren, worden onschadelijk gemaakt.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Export follow-ups as iCalendar</source>
        <translation>Opvolgingen exporteren als iCalendar</translation>
    </message>
    <message>
        <source>Open tasks and follow-ups that fall due, as all-day entries a calendar shows (or as to-dos). Importing the file again updates the entries, it does not double them.</source>
        <translation>Open taken en opvolgingen die vervallen, als afspraken voor de hele dag die een agenda toont (of als taken). Het bestand opnieuw importeren werkt de afspraken bij en verdubbelt ze niet.</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-bestanden (*.ics)</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Alles exporteren als JSON</translation>
    </message>
    <message>
        <source>Every table, every row: a full copy that Import restores into a new, empty database with nothing lost.</source>
        <translation>Elke tabel, elke rij: een volledige kopie die Importeren in een nieuwe, lege database terugzet zonder dat er iets verloren gaat.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Wrote {items} contacts to {path}.</source>
        <translation>{items} contactpersonen opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Wrote {items} rows to {path}.</source>
        <translation>{items} rijen opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Wrote {items} calendar entries to {path}.</source>
        <translation>{items} agenda-items opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Wrote {items} rows from every table to {path}.</source>
        <translation>{items} rijen uit alle tabellen opgeslagen in {path}.</translation>
    </message>
</context>
<context>
    <name>ExternalChanges</name>
    <message>
        <source>Checking for changes made elsewhere</source>
        <translation>Controleren op wijzigingen die elders zijn gemaakt</translation>
    </message>
</context>
<context>
    <name>FactActions</name>
    <message>
        <source>Select an account first</source>
        <translation>Kies eerst een account</translation>
    </message>
    <message>
        <source>{verb} for {name}</source>
        <translation>{verb} voor {name}</translation>
    </message>
    <message>
        <source>{done} — Ctrl+Z undoes it</source>
        <translation>{done} — Ctrl+Z maakt het ongedaan</translation>
    </message>
    <message>
        <source>Record a purchase</source>
        <translation>Een aankoop vastleggen</translation>
    </message>
    <message>
        <source>Recorded {money} ({kind}) for {name}</source>
        <translation>{money} ({kind}) vastgelegd voor {name}</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>Feedback vastleggen</translation>
    </message>
    <message>
        <source>Recorded NPS {nps} for {name}</source>
        <translation>NPS {nps} vastgelegd voor {name}</translation>
    </message>
    <message>
        <source>Open a complaint</source>
        <translation>Een klacht openen</translation>
    </message>
    <message>
        <source>Complaint opened for {name}</source>
        <translation>Klacht geopend voor {name}</translation>
    </message>
    <message>
        <source>{name} has no open complaint</source>
        <translation>{name} heeft geen open klacht</translation>
    </message>
    <message>
        <source>Resolve a complaint</source>
        <translation>Een klacht afhandelen</translation>
    </message>
    <message>
        <source>Complaint of {name} resolved</source>
        <translation>Klacht van {name} afgehandeld</translation>
    </message>
    <message>
        <source>Record a referral</source>
        <translation>Een doorverwijzing vastleggen</translation>
    </message>
    <message>
        <source>Recorded the referral from {name}</source>
        <translation>De doorverwijzing van {name} vastgelegd</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Een taak toevoegen</translation>
    </message>
    <message>
        <source>Task “{title}” added, due {isoformat}</source>
        <translation>Taak „{title}” toegevoegd, uiterlijk {isoformat}</translation>
    </message>
    <message>
        <source>Select a task in the Tasks tab first</source>
        <translation>Kies eerst een taak op het tabblad Taken</translation>
    </message>
    <message>
        <source>Complete “{title}”</source>
        <translation>„{title}” afronden</translation>
    </message>
    <message>
        <source>Done: {title} — Ctrl+Z reopens it</source>
        <translation>Klaar: {title} — Ctrl+Z heropent het</translation>
    </message>
    <message>
        <source>Reopen “{title}”</source>
        <translation>„{title}” heropenen</translation>
    </message>
    <message>
        <source>Reopened: {title}</source>
        <translation>Heropend: {title}</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>„{title}” verwijderen</translation>
    </message>
    <message>
        <source>Deleted: {title} — Ctrl+Z brings it back</source>
        <translation>Verwijderd: {title} — Ctrl+Z haalt het terug</translation>
    </message>
    <message>
        <source>No perk is offered to {name}'s ring that it lacks</source>
        <translation>De cirkel van {name} biedt geen voordeel aan dat het nog niet heeft</translation>
    </message>
    <message>
        <source>Grant a perk</source>
        <translation>Een voordeel toekennen</translation>
    </message>
    <message>
        <source>Perk granted to {name}</source>
        <translation>Voordeel toegekend aan {name}</translation>
    </message>
    <message>
        <source>Select an active perk in the Perks tab first</source>
        <translation>Kies eerst een actief voordeel op het tabblad Voordelen</translation>
    </message>
    <message>
        <source>Redeem {name}</source>
        <translation>{name} inwisselen</translation>
    </message>
    <message>
        <source>Redeemed: {name}</source>
        <translation>Ingewisseld: {name}</translation>
    </message>
    <message>
        <source>Withdraw {name}</source>
        <translation>{name} intrekken</translation>
    </message>
    <message>
        <source>Withdrew: {name} — Ctrl+Z gives it back</source>
        <translation>Ingetrokken: {name} — Ctrl+Z geeft het terug</translation>
    </message>
    <message>
        <source>Select a granted perk in the Perks tab first</source>
        <translation>Kies eerst een toegekend voordeel op het tabblad Voordelen</translation>
    </message>
    <message>
        <source>{0} no longer expires</source>
        <translation>{0} verloopt niet meer</translation>
    </message>
    <message>
        <source>{0} expires on {1}</source>
        <translation>{0} verloopt op {1}</translation>
    </message>
    <message>
        <source>Set the expiry of {0}</source>
        <translation>Vervaldatum van {0} instellen</translation>
    </message>
    <message>
        <source>{0} is unpinned</source>
        <translation>{0} is losgemaakt</translation>
    </message>
    <message>
        <source>{0} is pinned to {1}</source>
        <translation>{0} is vastgezet in {1}</translation>
    </message>
    <message>
        <source>Unpin {0}</source>
        <translation>{0} losmaken</translation>
    </message>
    <message>
        <source>Pin {0}</source>
        <translation>{0} vastzetten</translation>
    </message>
    <message>
        <source>Select an entry in the Timeline tab first</source>
        <translation>Kies eerst een regel op het tabblad Tijdlijn</translation>
    </message>
    <message>
        <source>A ring move stays in the history: move the account again instead</source>
        <translation>Een cirkelwissel blijft in de geschiedenis: verplaats het account liever opnieuw</translation>
    </message>
    <message>
        <source>Delete “{0}”</source>
        <translation>„{0}” verwijderen</translation>
    </message>
    <message>
        <source>Deleted “{0}” — Ctrl+Z brings it back</source>
        <translation>„{0}” verwijderd — Ctrl+Z haalt het terug</translation>
    </message>
    <message>
        <source>is required: pick a value from 0 to 10</source>
        <translation>is verplicht: kies een waarde van 0 tot 10</translation>
    </message>
    <message>
        <source>is required: type the account's name</source>
        <translation>is verplicht: typ de naam van het account</translation>
    </message>
    <message>
        <source>With {name}</source>
        <translation>Met {name}</translation>
    </message>
    <message>
        <source>“{title}” is still open</source>
        <translation>„{title}” staat nog open</translation>
    </message>
    <message>
        <source>“{title}” is already done</source>
        <translation>„{title}” is al gedaan</translation>
    </message>
    <message>
        <source>is required: say why</source>
        <translation>is verplicht: zeg waarom</translation>
    </message>
</context>
<context>
    <name>FactEdits</name>
    <message>
        <source>Select an account first</source>
        <translation>Selecteer eerst een account</translation>
    </message>
    <message>
        <source>Select an entry in the Timeline, Tasks, Perks or Complaints tab first</source>
        <translation>Selecteer eerst een regel in het tabblad Tijdlijn, Taken, Voordelen of Klachten</translation>
    </message>
    <message>
        <source>A ring move stays in the history: move the account again instead</source>
        <translation>Een ringverplaatsing blijft in de geschiedenis: verplaats het account liever opnieuw</translation>
    </message>
    <message>
        <source>Edit {fact} ({account})</source>
        <translation>Bewerken: {fact} ({account})</translation>
    </message>
    <message>
        <source>Edit {fact} — {account}</source>
        <translation>Bewerken: {fact} — {account}</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Saved {fact} — Ctrl+Z undoes it</source>
        <translation>Opgeslagen: {fact} — Ctrl+Z maakt het ongedaan</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <source>New business</source>
        <translation>Nieuwe klant</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlenging</translation>
    </message>
    <message>
        <source>Up-sell</source>
        <translation>Up-sell</translation>
    </message>
    <message>
        <source>Cross-sell</source>
        <translation>Cross-sell</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Record feedback — {account_name}</source>
        <translation>Feedback vastleggen — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>— pick 0 to 10 —</source>
        <translation>— kies 0 tot 10 —</translation>
    </message>
    <message>
        <source>How likely to recommend us: 0 (not at all) to 10 (extremely)</source>
        <translation>Hoe waarschijnlijk is het dat men ons aanbeveelt: 0 (helemaal niet) tot 10 (zeer waarschijnlijk)</translation>
    </message>
    <message>
        <source>&amp;NPS:</source>
        <translation>&amp;NPS:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Op&amp;merking:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Relational scores (1–5, all optional)</source>
        <translation>Relationele scores (1–5, alle optioneel)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>is required: pick a value from 0 to 10</source>
        <translation>is verplicht: kies een waarde van 0 tot 10</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>Grant a perk — {account_name}</source>
        <translation>Een voordeel toekennen — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Perk:</source>
        <translation>&amp;Voordeel:</translation>
    </message>
    <message>
        <source>&amp;Granted on:</source>
        <translation>&amp;Toegekend op:</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Verloopt op:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Toekennen</translation>
    </message>
    <message>
        <source>must not be before the grant</source>
        <translation>mag niet vóór de toekenning liggen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Not ticked: the perk&apos;s default period</source>
        <translation>Niet aangevinkt: de standaardperiode van het voordeel</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>The export &lt;b&gt;{name}&lt;/b&gt; is protected with a password. Type it to restore it.</source>
        <translation>De export &lt;b&gt;{name}&lt;/b&gt; is beschermd met een wachtwoord. Typ het om hem terug te zetten.</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importeren</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Het bestand lezen…</translation>
    </message>
    <message>
        <source>Contacts are grouped into accounts by organisation; a person without one gets an account of their own, marked for review. Someone already here (same e-mail, or same name in the same account) is merged, never doubled. Nothing is written until you click Import.</source>
        <translation>Contactpersonen worden per organisatie in accounts gegroepeerd; iemand zonder organisatie krijgt een eigen account, gemarkeerd om na te kijken. Wie er al is (zelfde e-mail, of zelfde naam in hetzelfde account) wordt samengevoegd, nooit verdubbeld. Er wordt niets geschreven tot je op Importeren klikt.</translation>
    </message>
    <message>
        <source>No problems found in the file.</source>
        <translation>Geen problemen gevonden in het bestand.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemen in het bestand</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
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
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Checking the export…</source>
        <translation>De export controleren…</translation>
    </message>
    <message>
        <source>Reading and matching contacts…</source>
        <translation>Contactpersonen lezen en vergelijken…</translation>
    </message>
    <message>
        <source>{created} to create, {merged} to merge, {skipped} skipped</source>
        <translation>{created} aan te maken, {merged} samen te voegen, {skipped} overgeslagen</translation>
    </message>
    <message>
        <source>{n} new account</source>
        <translation>{n} nieuw account</translation>
    </message>
    <message>
        <source>{n} new accounts</source>
        <translation>{n} nieuwe accounts</translation>
    </message>
    <message>
        <source>, {n} with details filled in</source>
        <translation>, {n} met aangevulde gegevens</translation>
    </message>
    <message>
        <source>Everything ({len})</source>
        <translation>Alles ({len})</translation>
    </message>
    <message>
        <source>Problems in the file ({len})</source>
        <translation>Problemen in het bestand ({len})</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Niets te importeren</translation>
    </message>
    <message>
        <source>A full export of {day}</source>
        <translation>Een volledige export van {day}</translation>
    </message>
    <message>
        <source>A full export</source>
        <translation>Een volledige export</translation>
    </message>
    <message>
        <source>{export}: {accounts} accounts, {contacts} contacts, {rows} rows in all</source>
        <translation>{export}: {accounts} accounts, {contacts} contactpersonen, {rows} rijen in totaal</translation>
    </message>
    <message>
        <source>Everything in the file is restored into this database, which is empty: its default rings and settings are replaced by the ones in the file.</source>
        <translation>Alles in het bestand wordt in deze lege database teruggezet: de standaardcirkels en -instellingen worden vervangen door die uit het bestand.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} importeren</translation>
    </message>
    <message>
        <source>Restored {total_rows} rows from {source}.</source>
        <translation>{total_rows} rijen teruggezet uit {source}.</translation>
    </message>
    <message>
        <source>Everything from the export is back in this database.</source>
        <translation>Alles uit de export staat weer in deze database.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Organisation (account)</source>
        <translation>Organisatie (account)</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Role (decision maker, champion…)</source>
        <translation>Rol (beslisser, pleitbezorger…)</translation>
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
        <source>Notes</source>
        <translation>Notities</translation>
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
        <translation>nieuw</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>samenvoegen</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>overslaan</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>To create ({n})</source>
        <translation>Nieuw ({n})</translation>
    </message>
    <message>
        <source>To merge ({n})</source>
        <translation>Samen te voegen ({n})</translation>
    </message>
    <message>
        <source>Skipped ({n})</source>
        <translation>Overgeslagen ({n})</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Restore the export {name}</source>
        <translation>De export {name} terugzetten</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>The database changed after the preview, so the import was decided again on the current data.</source>
        <translation>De database is na het voorbeeld gewijzigd, dus de import is opnieuw bepaald op de huidige gegevens.</translation>
    </message>
    <message>
        <source>A backup was made first: {path}</source>
        <translation>Eerst is een back-up gemaakt: {path}</translation>
    </message>
    <message>
        <source>The import is recorded in the action log.</source>
        <translation>De import staat in het actielogboek.</translation>
    </message>
    <message>
        <source>line {line}: {message}</source>
        <translation>regel {line}: {message}</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Open complaints</source>
        <translation>Open klachten</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Naar binnen</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Naar buiten</translation>
    </message>
    <message>
        <source>Renewals coming</source>
        <translation>Verlengingen op komst</translation>
    </message>
    <message>
        <source>Satisfaction checks</source>
        <translation>Tevredenheidschecks</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Opvolgingen</translation>
    </message>
    <message>
        <source>Insights to share</source>
        <translation>Te delen inzichten</translation>
    </message>
    <message>
        <source>Perks to grant</source>
        <translation>Toe te kennen voordelen</translation>
    </message>
    <message>
        <source>Perks to withdraw</source>
        <translation>In te trekken voordelen</translation>
    </message>
    <message>
        <source>Ask for a referral</source>
        <translation>Om een doorverwijzing vragen</translation>
    </message>
    <message>
        <source>Widen single-threaded accounts</source>
        <translation>Accounts met één contactpersoon verbreden</translation>
    </message>
    <message>
        <source>Low relational scores</source>
        <translation>Lage relationele scores</translation>
    </message>
    <message>
        <source>Reach the decision maker</source>
        <translation>De beslisser bereiken</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
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
        <source>Due</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <source>{reason}
Accepting: {action}</source>
        <translation>{reason}
Bij accepteren: {action}</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Recompute today's suggestions (F5)</source>
        <translation>De suggesties van vandaag opnieuw berekenen (F5)</translation>
    </message>
    <message>
        <source>Inbox zero — nothing needs you today</source>
        <translation>Inbox leeg — vandaag hoeft er niets</translation>
    </message>
    <message>
        <source>New suggestions appear as facts change: purchases, quiet spells, feedback.</source>
        <translation>Nieuwe suggesties verschijnen als de feiten veranderen: aankopen, stille periodes, feedback.</translation>
    </message>
    <message>
        <source>Looking at your accounts…</source>
        <translation>Je accounts bekijken…</translation>
    </message>
    <message>
        <source>Selected suggestion</source>
        <translation>Gekozen suggestie</translation>
    </message>
    <message>
        <source>Could not compute suggestions: {exc}</source>
        <translation>Kon de suggesties niet berekenen: {exc}</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>niets te doen</translation>
    </message>
    <message>
        <source>{n} suggestion</source>
        <translation>{n} suggestie</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} suggesties</translation>
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
        <translation>Volledige tekst</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kopregel</translation>
    </message>
</context>
<context>
    <name>CascadePanel</name>
    <message>
        <source>Ring</source>
        <translation>Cirkel</translation>
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
        <source>Shared</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Versturen naar</translation>
    </message>
    <message>
        <source>(no contact yet)</source>
        <translation>(nog geen contactpersoon)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Record share…</source>
        <translation>Delen vastleggen…</translation>
    </message>
    <message>
        <source>Record that the selected due account received it (R)</source>
        <translation>Vastleggen dat het gekozen account het heeft ontvangen (R)</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Antwoord…</translation>
    </message>
    <message>
        <source>Note what the client answered (co-creation)</source>
        <translation>Noteer wat de klant antwoordde (co-creatie)</translation>
    </message>
    <message>
        <source>Ring:</source>
        <translation>Cirkel:</translation>
    </message>
    <message>
        <source>Reading the cascade</source>
        <translation>De cascade lezen</translation>
    </message>
    <message>
        <source>Publish the insight to start its cascade.</source>
        <translation>Publiceer het inzicht om de cascade te starten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ontvangen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due&lt;/b&gt;</source>
        <translation>&lt;b&gt;Te delen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>since</source>
        <translation>sinds</translation>
    </message>
    <message>
        <source>from</source>
        <translation>vanaf</translation>
    </message>
    <message>
        <source>, open for discussion</source>
        <translation>, open voor discussie</translation>
    </message>
    <message>
        <source>{ring_name} receives the {level} {when} {release_on}{discuss}: {received} of {members} accounts reached.</source>
        <translation>{ring_name} krijgt de {level} {when} {release_on}{discuss}: {received} van {members} accounts bereikt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;Ontvangen&lt;/b&gt; ({n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;Te delen&lt;/b&gt; ({n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due from {day}&lt;/b&gt; ({n})</source>
        <translation>&lt;b&gt;Te delen vanaf {day}&lt;/b&gt; ({n})</translation>
    </message>
    <message>
        <source>Reading the contacts</source>
        <translation>De contactpersonen lezen</translation>
    </message>
    <message>
        <source>Share recorded</source>
        <translation>Delen vastgelegd</translation>
    </message>
    <message>
        <source> with the answer.</source>
        <translation> met het antwoord.</translation>
    </message>
    <message>
        <source>Share {insight_title!r} with {account_name}</source>
        <translation>{insight_title!r} delen met {account_name}</translation>
    </message>
    <message>
        <source>Not recorded: </source>
        <translation>Niet vastgelegd: </translation>
    </message>
    <message>
        <source>Answer — {account_name}</source>
        <translation>Antwoord — {account_name}</translation>
    </message>
    <message>
        <source>What did they answer? (co-creation notes)</source>
        <translation>Wat antwoordden ze? (notities over co-creatie)</translation>
    </message>
    <message>
        <source>Answer of {account_name}</source>
        <translation>Antwoord van {account_name}</translation>
    </message>
    <message>
        <source>Answer recorded.</source>
        <translation>Antwoord vastgelegd.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>New insight</source>
        <translation>Nieuw inzicht</translation>
    </message>
    <message>
        <source>Start a new insight (Ctrl+Shift+I)</source>
        <translation>Een nieuw inzicht beginnen (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <source>Title of the insight</source>
        <translation>Titel van het inzicht</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the insight (Ctrl+S)</source>
        <translation>Het inzicht opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Publication day</source>
        <translation>Publicatiedag</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>Publish on the chosen day; each ring follows its delay</source>
        <translation>Publiceren op de gekozen dag; elke cirkel volgt met zijn vertraging</translation>
    </message>
    <message>
        <source>One sentence for the outer rings and the public</source>
        <translation>Eén zin voor de buitenste cirkels en het publiek</translation>
    </message>
    <message>
        <source>A paragraph: what it means for the reader</source>
        <translation>Een alinea: wat het voor de lezer betekent</translation>
    </message>
    <message>
        <source>The whole insight, for the inner rings</source>
        <translation>Het hele inzicht, voor de binnenste cirkels</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schrijven</translation>
    </message>
    <message>
        <source>&amp;Cascade &amp;&amp; shares</source>
        <translation>&amp;Cascade &amp;&amp; delen</translation>
    </message>
    <message>
        <source>No insight selected</source>
        <translation>Geen inzicht geselecteerd</translation>
    </message>
    <message>
        <source>Write down what you learned; the inner circle hears it first, in full.</source>
        <translation>Schrijf op wat je geleerd hebt; de binnenste cirkel hoort het als eerste, volledig.</translation>
    </message>
    <message>
        <source>Reading insights</source>
        <translation>Inzichten lezen</translation>
    </message>
    <message>
        <source>— read by {join}</source>
        <translation>— gelezen door {join}</translation>
    </message>
    <message>
        <source>— no ring receives this version</source>
        <translation>— geen cirkel krijgt deze versie</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Untitled insight</source>
        <translation>Inzicht zonder titel</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <source>Edit insight {value!r}</source>
        <translation>Inzicht {value!r} bewerken</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>Niet opgeslagen: </translation>
    </message>
    <message>
        <source>Published {day}.</source>
        <translation>Gepubliceerd op {day}.</translation>
    </message>
    <message>
        <source>{ring} receives the {level} from {day} ({n} accounts); the outer rings follow.</source>
        <translation>{ring} krijgt de {level} vanaf {day} ({n} accounts); de buitenste cirkels volgen.</translation>
    </message>
    <message>
        <source>Publish {strip!r}</source>
        <translation>{strip!r} publiceren</translation>
    </message>
    <message>
        <source>Not published: </source>
        <translation>Niet gepubliceerd: </translation>
    </message>
    <message>
        <source>on</source>
        <translation>op</translation>
    </message>
</context>
<context>
    <name>IoActions</name>
    <message>
        <source>The meeting brief</source>
        <translation>De gespreksvoorbereiding</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Reservekopie maken</translation>
    </message>
    <message>
        <source>The backup</source>
        <translation>De reservekopie</translation>
    </message>
    <message>
        <source>The backup &lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its password.</source>
        <translation>De reservekopie &lt;b&gt;{name}&lt;/b&gt; is versleuteld. Typ het wachtwoord.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Reservekopie controleren</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Terugzetten vanaf reservekopie</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Terugzetten vanaf een reservekopie</translation>
    </message>
    <message>
        <source>Replace the open database with this backup?

{path}</source>
        <translation>De geopende database vervangen door deze reservekopie?

{path}</translation>
    </message>
    <message>
        <source>The backup {name} ({stamp}, {accounts} accounts) replaces everything in the open database. The database as it is now is kept as a backup in {backups_dir}. Afterwards the database is opened again.</source>
        <translation>De reservekopie {name} ({stamp}, {accounts} accounts) vervangt alles in de geopende database. De database zoals die nu is, wordt bewaard als reservekopie in {backups_dir}. Daarna wordt de database opnieuw geopend.</translation>
    </message>
    <message>
        <source>Replace with backup</source>
        <translation>Vervangen door reservekopie</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Reservekopie terugzetten…</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Contactpersonen &amp;importeren…</translation>
    </message>
    <message>
        <source>Import contacts from a vCard or CSV file, or restore a full JSON export</source>
        <translation>Contactpersonen importeren uit een vCard- of CSV-bestand, of een volledige JSON-export terugzetten</translation>
    </message>
    <message>
        <source>Contacts as &amp;vCard…</source>
        <translation>Contactpersonen als &amp;vCard…</translation>
    </message>
    <message>
        <source>Export contacts for address books (vCard 4.0 or 3.0)</source>
        <translation>Contactpersonen exporteren voor adresboeken (vCard 4.0 of 3.0)</translation>
    </message>
    <message>
        <source>Accounts and contacts as &amp;CSV…</source>
        <translation>Accounts en contactpersonen als &amp;CSV…</translation>
    </message>
    <message>
        <source>Export accounts and contacts for spreadsheets</source>
        <translation>Accounts en contactpersonen exporteren voor spreadsheets</translation>
    </message>
    <message>
        <source>Follow-ups as &amp;iCalendar…</source>
        <translation>Opvolgingen als &amp;iCalendar…</translation>
    </message>
    <message>
        <source>Export open tasks and due follow-ups to a calendar</source>
        <translation>Open taken en opvolgingen naar een agenda exporteren</translation>
    </message>
    <message>
        <source>Everything as &amp;JSON…</source>
        <translation>Alles als &amp;JSON…</translation>
    </message>
    <message>
        <source>A full export of every table, restorable into an empty database</source>
        <translation>Een volledige export van elke tabel, terug te zetten in een lege database</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Reservekopie van database maken…</translation>
    </message>
    <message>
        <source>Copy the database file to a backup (checked after writing)</source>
        <translation>Het databasebestand naar een reservekopie kopiëren (na het schrijven gecontroleerd)</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Terugzetten vanaf reservekopie…</translation>
    </message>
    <message>
        <source>Replace the database with a backup (the current one is kept)</source>
        <translation>De database vervangen door een reservekopie (de huidige wordt bewaard)</translation>
    </message>
    <message>
        <source>&amp;Print meeting brief…</source>
        <translation>Gespreksvoorbereiding &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Print the one-page meeting brief of the open account</source>
        <translation>De gespreksvoorbereiding van één pagina van het geopende account afdrukken</translation>
    </message>
    <message>
        <source>E&amp;xport meeting brief…</source>
        <translation>Gespreksvoorbereiding e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save the meeting brief of the open account as PDF, HTML or Markdown</source>
        <translation>De gespreksvoorbereiding van het geopende account opslaan als PDF, HTML of Markdown</translation>
    </message>
    <message>
        <source>Address books and exports (*.vcf *.vcard *.csv *.tsv *.txt *.json);;vCard (*.vcf *.vcard);;CSV (*.csv *.tsv *.txt);;Full JSON export (*.json);;All files (*)</source>
        <translation>Adresboeken en exports (*.vcf *.vcard *.csv *.tsv *.txt *.json);;vCard (*.vcf *.vcard);;CSV (*.csv *.tsv *.txt);;Volledige JSON-export (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Circles of Trust backups (*.sqlite *.db);;All files (*)</source>
        <translation>Circles of Trust-back-ups (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>open a database first</source>
        <translation>open eerst een database</translation>
    </message>
    <message>
        <source>Import contacts or a full export</source>
        <translation>Contactpersonen of een volledige export importeren</translation>
    </message>
    <message>
        <source>open an account first: the brief is for the account on screen</source>
        <translation>open eerst een account: de gespreksvoorbereiding is voor het account op het scherm</translation>
    </message>
    <message>
        <source>backups work on SQLite files; back up a PostgreSQL database with pg_dump and restore it with pg_restore</source>
        <translation>back-ups werken op SQLite-bestanden; maak een back-up van een PostgreSQL-database met pg_dump en zet die terug met pg_restore</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Back-up van de database maken</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>The database was copied to {path} and checked: {accounts} accounts. Keep it somewhere safe (another disk, a cloud folder).</source>
        <translation>De database is gekopieerd naar {path} en gecontroleerd: {accounts} accounts. Bewaar de kopie op een veilige plek (een andere schijf, een cloudmap).</translation>
    </message>
    <message>
        <source>The restore</source>
        <translation>Het terugzetten</translation>
    </message>
    <message>
        <source>a change is still being saved; try the restore again in a moment</source>
        <translation>er wordt nog een wijziging opgeslagen; probeer het terugzetten zo opnieuw</translation>
    </message>
    <message>
        <source> The database it replaced was kept as {path}.</source>
        <translation> De vervangen database is bewaard als {path}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Restored {accounts} accounts from {name}.{kept}</source>
        <translation>{accounts} accounts teruggezet uit {name}.{kept}</translation>
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
    <name>LazyPage</name>
    <message>
        <source>Opening…</source>
        <translation>Openen…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working as {n}</source>
        <translation>U werkt als {n}</translation>
    </message>
    <message>
        <source>Circles of Trust</source>
        <translation>Circles of Trust</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Bijgewerkt met wijzigingen van elders</translation>
    </message>
    <message>
        <source>Reading the accounts</source>
        <translation>De accounts lezen</translation>
    </message>
    <message>
        <source>Example business</source>
        <translation>Voorbeeldbedrijf</translation>
    </message>
    <message>
        <source>{name} — Circles of Trust</source>
        <translation>{name} — Circles of Trust</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>versleuteld</translation>
    </message>
    <message>
        <source>Example business created</source>
        <translation>Voorbeeldbedrijf aangemaakt</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} geopend</translation>
    </message>
    <message>
        <source>the example business</source>
        <translation>het voorbeeldbedrijf</translation>
    </message>
    <message>
        <source>Opening {what}</source>
        <translation>{what} openen</translation>
    </message>
    <message>
        <source>Could not open {what}</source>
        <translation>Kon {what} niet openen</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Openen geannuleerd</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Er is geen database geopend</translation>
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
        <translation>Typ het wachtwoord…</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Een database openen…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nieuwe database…</translation>
    </message>
    <message>
        <source>Open the example business</source>
        <translation>Het voorbeeldbedrijf openen</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>Opnieuw laden…</translation>
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
        <source>Scores from the pass of {day}; today's pass is running…</source>
        <translation>Scores van de doorrekening van {day}; de doorrekening van vandaag loopt…</translation>
    </message>
    <message>
        <source>Select an account first, then Ctrl+T</source>
        <translation>Kies eerst een account, dan Ctrl+T</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>De instellingen lezen</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Instellingen opgeslagen</translation>
    </message>
    <message>
        <source>Layout reset</source>
        <translation>Indeling hersteld</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>{name} controleren</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>Circles of Trust — Manual</source>
        <translation>Circles of Trust — Handleiding</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column holds what?</source>
        <translation>Welke kolom bevat wat?</translation>
    </message>
    <message>
        <source>{file_name} is not a Google or Outlook export, so tell the import what each column holds. Columns set to “Ignore” are left out. A name (full, or first and last) is needed.</source>
        <translation>{file_name} is geen export van Google of Outlook; geef daarom aan wat elke kolom bevat. Kolommen op „Negeren” worden overgeslagen. Een naam (volledig, of voor- en achternaam) is nodig.</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Choose the column with the name (or first and last name).</source>
        <translation>Kies de kolom met de naam (of voor- en achternaam).</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(geen kop)</translation>
    </message>
    <message>
        <source>Column {header}</source>
        <translation>Kolom {header}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge Contacts</source>
        <translation>Contactpersonen samenvoegen</translation>
    </message>
    <message>
        <source>Merge Accounts</source>
        <translation>Accounts samenvoegen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Which one stays (its facts and the other's are kept):</source>
        <translation>Welke blijft (de eigen feiten en die van de ander blijven bewaard):</translation>
    </message>
    <message>
        <source>Where the two differ, choose what to keep:</source>
        <translation>Kies waar de twee verschillen wat blijft:</translation>
    </message>
    <message>
        <source>Both have revenue: I checked the combined figures</source>
        <translation>Beide hebben omzet: ik heb de samengevoegde cijfers gecontroleerd</translation>
    </message>
    <message>
        <source>Preparing the merge</source>
        <translation>Samenvoegen voorbereiden</translation>
    </message>
    <message>
        <source>Merge {other} (#{other_id}) into {keep} (#{keep_id})</source>
        <translation>{other} (#{other_id}) samenvoegen met {keep} (#{keep_id})</translation>
    </message>
    <message>
        <source>Keep {name} (#{id}, {account})</source>
        <translation>{name} (#{id}, {account}) houden</translation>
    </message>
    <message>
        <source>Keep {name} (#{id})</source>
        <translation>{name} (#{id}) houden</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Both hold the same values.</source>
        <translation>Beide hebben dezelfde waarden.</translation>
    </message>
    <message>
        <source>Moves to the one kept: {rows}.</source>
        <translation>Gaat naar degene die blijft: {rows}.</translation>
    </message>
    <message>
        <source>Nothing else points at {name}.</source>
        <translation>Niets anders verwijst naar {name}.</translation>
    </message>
    <message>
        <source>Notes are joined; an e-mail or phone not kept goes to the notes.</source>
        <translation>Notities worden samengevoegd; een e-mail of telefoonnummer dat niet blijft, gaat naar de notities.</translation>
    </message>
    <message>
        <source>Notes are joined.</source>
        <translation>Notities worden samengevoegd.</translation>
    </message>
    <message>
        <source>{keep} + {other}: revenue 12 m {recent} → ring {ring}</source>
        <translation>{keep} + {other}: omzet 12 mnd {recent} → cirkel {ring}</translation>
    </message>
    <message>
        <source>All revenue {a} + {b} = {total}.</source>
        <translation>Alle omzet {a} + {b} = {total}.</translation>
    </message>
    <message>
        <source>Trust score then {score}; the rules would place it in {target}.</source>
        <translation>Vertrouwensscore dan {score}; de regels zouden het in {target} plaatsen.</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}</source>
        <translation>{other} samenvoegen met {keep}</translation>
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
    <name>MoveDialog</name>
    <message>
        <source>Move {account_name}</source>
        <translation>{account_name} verplaatsen</translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation>Verplaatsen &amp;naar:</translation>
    </message>
    <message>
        <source>Why? (kept in the ring history)</source>
        <translation>Waarom? (bewaard in de cirkelgeschiedenis)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>The usual period (Settings)</source>
        <translation>De gebruikelijke periode (Instellingen)</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 dagen</translation>
    </message>
    <message>
        <source>180 days</source>
        <translation>180 dagen</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 jaar</translation>
    </message>
    <message>
        <source>Until I unpin it</source>
        <translation>Tot ik het losmaak</translation>
    </message>
    <message>
        <source>Do not pin (the advice may move it back)</source>
        <translation>Niet vastzetten (het advies kan het terugzetten)</translation>
    </message>
    <message>
        <source>While pinned, the advice suggests another ring only when the score is two rings away, and says that it overrides your move.</source>
        <translation>Zolang het vastzit, stelt het advies alleen een andere cirkel voor als de score twee cirkels verder ligt, en zegt het dat het jouw verplaatsing overschrijft.</translation>
    </message>
    <message>
        <source>&amp;Pin for:</source>
        <translation>&amp;Vastzetten voor:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>The usual period: {n} days</source>
        <translation>De gebruikelijke periode: {n} dagen</translation>
    </message>
    <message>
        <source>The usual period: no pin</source>
        <translation>De gebruikelijke periode: niet vastzetten</translation>
    </message>
    <message>
        <source>{account_name} has no purchase yet, and {value} holds customers only (at least one purchase). The advice will suggest moving it out again until a purchase is recorded.</source>
        <translation>{account_name} heeft nog geen aankoop, en {value} bevat alleen klanten (minstens één aankoop). Het advies zal voorstellen het weer naar buiten te verplaatsen tot er een aankoop is vastgelegd.</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{account}&lt;/b&gt; is in &lt;b&gt;{ring}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{account}&lt;/b&gt; zit in &lt;b&gt;{ring}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>↑ closer</source>
        <translation>↑ dichterbij</translation>
    </message>
    <message>
        <source>↓ further out</source>
        <translation>↓ verder naar buiten</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Inzichten</translation>
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
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>&lt;b&gt;There is no recovery without the password.&lt;/b&gt; {why}</source>
        <translation>&lt;b&gt;Zonder het wachtwoord is er geen herstel mogelijk.&lt;/b&gt; {why}</translation>
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
        <translation>&amp;Herhaal het:</translation>
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
        <source>Keeps the password in this computer's keyring, so it is not asked again</source>
        <translation>Bewaart het wachtwoord in de sleutelbos van deze computer, zodat er niet opnieuw om wordt gevraagd</translation>
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
        <translation>Dat is niet gelukt: {error}</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
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
        <translation>Voeg contactpersonen toe aan je accounts en leg contactmomenten vast; de mensen die je beste relaties dragen, verschijnen hier.</translation>
    </message>
    <message>
        <source>The people list could not be built</source>
        <translation>De lijst met mensen kon niet worden opgebouwd</translation>
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
    <message>
        <source>&amp;Reviewed</source>
        <translation>&amp;Gecontroleerd</translation>
    </message>
    <message>
        <source>The imported person's account is checked: clear its “needs review” flag</source>
        <translation>Het account van de geïmporteerde persoon is gecontroleerd: de markering „te controleren” verdwijnt</translation>
    </message>
    <message>
        <source>{0} is reviewed.</source>
        <translation>{0} is gecontroleerd.</translation>
    </message>
    <message>
        <source>Mark {0} reviewed</source>
        <translation>{0} als gecontroleerd markeren</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
</context>
<context>
    <name>PerksPage</name>
    <message>
        <source>Perks</source>
        <translation>Voordelen</translation>
    </message>
    <message>
        <source>Add perk</source>
        <translation>Voordeel toevoegen</translation>
    </message>
    <message>
        <source> per year</source>
        <translation> per jaar</translation>
    </message>
    <message>
        <source>Offered (switch off to stop offering it)</source>
        <translation>Aangeboden (uitzetten om het niet meer aan te bieden)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Offered &amp;from:</source>
        <translation>Aangeboden &amp;vanaf:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In gebruik:</translation>
    </message>
    <message>
        <source>A perk is offered to its ring and every ring inside.</source>
        <translation>Een voordeel wordt aangeboden aan zijn cirkel en elke cirkel daarbinnen.</translation>
    </message>
    <message>
        <source>  (switched off)</source>
        <translation>  (uitgeschakeld)</translation>
    </message>
    <message>
        <source>{name}  ·  {number}/year{off}</source>
        <translation>{name}  ·  {number}/jaar{off}</translation>
    </message>
    <message>
        <source>new perk (not saved yet)</source>
        <translation>nieuw voordeel (nog niet opgeslagen)</translation>
    </message>
    <message>
        <source>{ring} and inwards</source>
        <translation>{ring} en verder naar binnen</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Unpin {0}</source>
        <translation>{0} losmaken</translation>
    </message>
    <message>
        <source>Pin {0} to its ring</source>
        <translation>{0} in zijn cirkel vastzetten</translation>
    </message>
    <message>
        <source>until {0}</source>
        <translation>tot {0}</translation>
    </message>
    <message>
        <source>until it is unpinned</source>
        <translation>tot het wordt losgemaakt</translation>
    </message>
    <message>
        <source> because: &lt;i&gt;{0}&lt;/i&gt;</source>
        <translation> omdat: &lt;i&gt;{0}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; is pinned to &lt;b&gt;{1}&lt;/b&gt; {2}{3}. Unpinned, the advice suggests its ring from the score again.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; is vastgezet in &lt;b&gt;{1}&lt;/b&gt; {2}{3}. Losgemaakt stelt het advies de cirkel weer voor op basis van de score.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; stays in &lt;b&gt;{1}&lt;/b&gt;: the advice suggests moving it only when the score is two rings away, and says it overrides your decision.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; blijft in &lt;b&gt;{1}&lt;/b&gt;: het advies stelt alleen een verplaatsing voor als de score twee cirkels verder ligt, en zegt dan dat het jouw beslissing overschrijft.</translation>
    </message>
    <message>
        <source>until I unpin it</source>
        <translation>tot ik het losmaak</translation>
    </message>
    <message>
        <source>&amp;Keep it there:</source>
        <translation>&amp;Daar houden:</translation>
    </message>
    <message>
        <source>Why? (kept with the account)</source>
        <translation>Waarom? (bewaard bij het account)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Losmaken</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <source>is required: say why</source>
        <translation>is verplicht: zeg waarom</translation>
    </message>
    <message>
        <source>for 30 days</source>
        <translation>30 dagen</translation>
    </message>
    <message>
        <source>for 90 days</source>
        <translation>90 dagen</translation>
    </message>
    <message>
        <source>for 180 days</source>
        <translation>180 dagen</translation>
    </message>
    <message>
        <source>for a year</source>
        <translation>een jaar</translation>
    </message>
    <message>
        <source>Key partner, whatever the score says</source>
        <translation>Belangrijke partner, wat de score ook zegt</translation>
    </message>
    <message>
        <source>Strategic account for next year</source>
        <translation>Strategisch account voor volgend jaar</translation>
    </message>
    <message>
        <source>Relationship carried by the owner</source>
        <translation>Relatie gedragen door de eigenaar</translation>
    </message>
    <message>
        <source>Waiting for the renewal talk</source>
        <translation>Wacht op het verlengingsgesprek</translation>
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
        <translation>Alder Legal: gisteren gebeld met Quentin, gesprek over verlenging</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <source>Account first, then what happened: a call, meeting, e-mail, purchase with its amount, complaint or NPS answer; a person; a date (yesterday, last Friday, 3 March, gestern, gisteren). Enter saves, Esc closes.</source>
        <translation>Eerst het account, dan wat er gebeurde: een telefoontje, afspraak, e-mail, aankoop met bedrag, klacht of NPS-antwoord; een persoon; een datum (gisteren, afgelopen vrijdag, 3 maart, yesterday, gestern). Enter bewaart, Esc sluit.</translation>
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
        <translation>Snel vastleggen: {0}</translation>
    </message>
    <message>
        <source>Saved: {0}. Ctrl+Z undoes it.</source>
        <translation>Opgeslagen: {0}. Ctrl+Z maakt het ongedaan.</translation>
    </message>
</context>
<context>
    <name>RecentMerges</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Recent Merges</source>
        <translation>Recente samenvoegingen</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Recente samenvoegingen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Split again</source>
        <translation>Weer gesplitst</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>&amp;Splitsen</translation>
    </message>
    <message>
        <source>Split the two again (the merged one returns)</source>
        <translation>Splits de twee weer (de samengevoegde komt terug)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>No merges yet.</source>
        <translation>Nog geen samenvoegingen.</translation>
    </message>
    <message>
        <source>Unmerge: {what}</source>
        <translation>Splitsen: {what}</translation>
    </message>
</context>
<context>
    <name>RecordShareDialog</name>
    <message>
        <source>Record share — {account_name}</source>
        <translation>Delen vastleggen — {account_name}</translation>
    </message>
    <message>
        <source>(the account as a whole)</source>
        <translation>(het account als geheel)</translation>
    </message>
    <message>
        <source>{level}{discuss} (the ring's version)</source>
        <translation>{level}{discuss} (de versie van de cirkel)</translation>
    </message>
    <message>
        <source>Share before {ring_name}'s release on {release_on} (on purpose)</source>
        <translation>Delen vóór de vrijgave voor {ring_name} op {release_on} (bewust)</translation>
    </message>
    <message>
        <source>What did they answer? Ideas, objections, what they want to build with you…</source>
        <translation>Wat antwoordden ze? Ideeën, bezwaren, wat ze samen met je willen bouwen…</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>&amp;Shared on:</source>
        <translation>&amp;Gedeeld op:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Antwoord:</translation>
    </message>
    <message>
        <source>, open for discussion</source>
        <translation>, open voor discussie</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Record a referral — {account_name}</source>
        <translation>Een doorverwijzing vastleggen — {account_name}</translation>
    </message>
    <message>
        <source>Type the account's name</source>
        <translation>Typ de naam van het account</translation>
    </message>
    <message>
        <source>&amp;Referred to:</source>
        <translation>&amp;Doorverwezen naar:</translation>
    </message>
    <message>
        <source>&amp;By contact:</source>
        <translation>&amp;Door contactpersoon:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>“{0}” is not an account yet: it is created in {1} with the referral.</source>
        <translation>„{0}” is nog geen account: het wordt met de doorverwijzing aangemaakt in {1}.</translation>
    </message>
    <message>
        <source>Create and record</source>
        <translation>Aanmaken en vastleggen</translation>
    </message>
    <message>
        <source>is required: type the account's name</source>
        <translation>is verplicht: typ de naam van het account</translation>
    </message>
    <message>
        <source>&lt;b&gt;{account}&lt;/b&gt; referred us to:</source>
        <translation>&lt;b&gt;{account}&lt;/b&gt; heeft ons doorverwezen naar:</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Niemand in het bijzonder</translation>
    </message>
</context>
<context>
    <name>RemoveRingDialog</name>
    <message>
        <source>Remove the ring “{name}”</source>
        <translation>De cirkel “{name}” verwijderen</translation>
    </message>
    <message>
        <source>Move its accounts to</source>
        <translation>Verplaats de accounts naar</translation>
    </message>
    <message>
        <source>Nothing changes until you press Save. After saving, Undo (Ctrl+Z) brings the ring, its accounts and its perks back.</source>
        <translation>Er verandert niets tot u op Opslaan drukt. Na het opslaan brengt Ongedaan maken (Ctrl+Z) de cirkel, de accounts en de voordelen terug.</translation>
    </message>
    <message>
        <source>&amp;Remove ring</source>
        <translation>Cirkel &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Move its accounts to:</source>
        <translation>&amp;Verplaats de accounts naar:</translation>
    </message>
    <message>
        <source>1 account sits in {name}</source>
        <translation>1 account zit in {name}</translation>
    </message>
    <message>
        <source>{n} accounts sit in {name}</source>
        <translation>{n} accounts zitten in {name}</translation>
    </message>
    <message>
        <source>, and 1 archived one</source>
        <translation>, en 1 gearchiveerd account</translation>
    </message>
    <message>
        <source>, and {n} archived ones</source>
        <translation>, en {n} gearchiveerde accounts</translation>
    </message>
    <message>
        <source>; they move to the ring you choose below.</source>
        <translation>; ze gaan naar de cirkel die u hieronder kiest.</translation>
    </message>
    <message>
        <source>No account sits in {name}.</source>
        <translation>Er zit geen account in {name}.</translation>
    </message>
    <message>
        <source>Its perks ({names}) are then offered from that ring.</source>
        <translation>De voordelen ({names}) worden daarna vanaf die cirkel aangeboden.</translation>
    </message>
    <message>
        <source>Its checklist and its insight release dates go: the accounts follow the new ring's cadence, checklist and insight releases.</source>
        <translation>De checklist en de vrijgavedata van inzichten vervallen: de accounts volgen het ritme, de checklist en de inzichten van de nieuwe cirkel.</translation>
    </message>
    <message>
        <source>The accounts follow the new ring's cadence and insight releases.</source>
        <translation>De accounts volgen het ritme en de inzichten van de nieuwe cirkel.</translation>
    </message>
    <message>
        <source>1 ring move in the accounts' history keeps the name “{name}”.</source>
        <translation>1 cirkelwissel in de geschiedenis van de accounts houdt de naam “{name}”.</translation>
    </message>
    <message>
        <source>{n} ring moves in the accounts' history keep the name “{name}”.</source>
        <translation>{n} cirkelwissels in de geschiedenis van de accounts houden de naam “{name}”.</translation>
    </message>
    <message>
        <source>1 of these accounts has no purchase yet</source>
        <translation>1 van deze accounts heeft nog geen aankoop</translation>
    </message>
    <message>
        <source>{n} of these accounts have no purchase yet</source>
        <translation>{n} van deze accounts hebben nog geen aankoop</translation>
    </message>
    <message>
        <source>, and {name} is for customers only: the advice will suggest moving them out again.</source>
        <translation>, en {name} is alleen voor klanten: het advies zal voorstellen ze weer te verplaatsen.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve a complaint — {account_name}</source>
        <translation>Een klacht afhandelen — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Complaint:</source>
        <translation>&amp;Klacht:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Oplossing:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Afhandelen</translation>
    </message>
    <message>
        <source>must not be empty: say how it was resolved</source>
        <translation>mag niet leeg zijn: zeg hoe het is opgelost</translation>
    </message>
</context>
<context>
    <name>RevenueDialog</name>
    <message>
        <source>Record a purchase — {account_name}</source>
        <translation>Een aankoop vastleggen — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Bedrag:</translation>
    </message>
    <message>
        <source>e.g. 12000 or 1,250.50</source>
        <translation>bijv. 12000 of 1.250,50</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Renews on:</source>
        <translation>&amp;Verlengt op:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>must not be before the revenue date</source>
        <translation>mag niet vóór de omzetdatum liggen</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>Wordt verlengd</translation>
    </message>
</context>
<context>
    <name>RingLegend</name>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} van {total}</translation>
    </message>
    <message>
        <source>{name}: {count} accounts</source>
        <translation>{name}: {count} accounts</translation>
    </message>
</context>
<context>
    <name>RingPanel</name>
    <message>
        <source>All industries</source>
        <translation>Alle branches</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle tags</translation>
    </message>
    <message>
        <source>Filter rings by industry</source>
        <translation>Cirkels filteren op branche</translation>
    </message>
    <message>
        <source>Show only accounts of this industry</source>
        <translation>Alleen accounts uit deze branche tonen</translation>
    </message>
    <message>
        <source>Filter rings by tag</source>
        <translation>Cirkels filteren op tag</translation>
    </message>
    <message>
        <source>Show only accounts with this tag</source>
        <translation>Alleen accounts met deze tag tonen</translation>
    </message>
    <message>
        <source>Size: revenue</source>
        <translation>Grootte: omzet</translation>
    </message>
    <message>
        <source>Size: score</source>
        <translation>Grootte: score</translation>
    </message>
    <message>
        <source>Marker size</source>
        <translation>Grootte van markering</translation>
    </message>
    <message>
        <source>What the size of a marker shows</source>
        <translation>Wat de grootte van een markering toont</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Uitzoomen (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit the rings (Ctrl+0)</source>
        <translation>Cirkels passend maken (Ctrl+0)</translation>
    </message>
    <message>
        <source>Drag a marker to another ring to move the account</source>
        <translation>Sleep een markering naar een andere cirkel om het account te verplaatsen</translation>
    </message>
    <message>
        <source>Tags are shown once the tag index service is available</source>
        <translation>Tags worden getoond zodra de tagindex beschikbaar is</translation>
    </message>
    <message>
        <source>Reading accounts…</source>
        <translation>Accounts lezen…</translation>
    </message>
    <message>
        <source>The rings appear as soon as the accounts are read.</source>
        <translation>De cirkels verschijnen zodra de accounts gelezen zijn.</translation>
    </message>
    <message>
        <source>Your rings are empty</source>
        <translation>Je cirkels zijn leeg</translation>
    </message>
    <message>
        <source>Every account you add starts in the outer ring; work inside-out from there.</source>
        <translation>Elk account dat je toevoegt, begint in de buitenste cirkel; werk van daaruit van binnen naar buiten.</translation>
    </message>
</context>
<context>
    <name>RingScene</name>
    <message>
        <source>Ring {n}</source>
        <translation>Cirkel {n}</translation>
    </message>
</context>
<context>
    <name>RingView</name>
    <message>
        <source>{ring} · score {score}</source>
        <translation>{ring} · score {score}</translation>
    </message>
    <message>
        <source>Revenue 12 m: {money}</source>
        <translation>Omzet 12 mnd: {money}</translation>
    </message>
    <message>
        <source>Last touch: {ago}</source>
        <translation>Laatste contact: {ago}</translation>
    </message>
    <message>
        <source>Ring view</source>
        <translation>Cirkelweergave</translation>
    </message>
</context>
<context>
    <name>RingsPage</name>
    <message>
        <source>Rings, innermost first</source>
        <translation>Cirkels, binnenste eerst</translation>
    </message>
    <message>
        <source>Add ring</source>
        <translation>Cirkel toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Pick the ring's colour</source>
        <translation>Kies de kleur van de cirkel</translation>
    </message>
    <message>
        <source>no regular follow-up</source>
        <translation>geen vaste opvolging</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> days after publication</source>
        <translation> dagen na publicatie</translation>
    </message>
    <message>
        <source>Invite this ring to discuss new insights</source>
        <translation>Deze cirkel uitnodigen om nieuwe inzichten te bespreken</translation>
    </message>
    <message>
        <source>Only customers (at least one purchase) sit here</source>
        <translation>Hier zitten alleen klanten (minstens één aankoop)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Kleur:</translation>
    </message>
    <message>
        <source>Relationship &amp;stage:</source>
        <translation>&amp;Fase van de relatie:</translation>
    </message>
    <message>
        <source>&amp;Follow up every:</source>
        <translation>&amp;Opvolgen elke:</translation>
    </message>
    <message>
        <source>&amp;Insights arrive:</source>
        <translation>&amp;Inzichten komen:</translation>
    </message>
    <message>
        <source>Insight &amp;detail:</source>
        <translation>&amp;Detail van inzicht:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Omschrij&amp;ving:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Leden:</translation>
    </message>
    <message>
        <source>Keep between {MIN_RINGS} and {MAX_RINGS} rings.</source>
        <translation>Houd tussen {MIN_RINGS} en {MAX_RINGS} cirkels.</translation>
    </message>
    <message>
        <source>Ring colour</source>
        <translation>Kleur van de cirkel</translation>
    </message>
    <message>
        <source>new ring (not saved yet)</source>
        <translation>nieuwe cirkel (nog niet opgeslagen)</translation>
    </message>
    <message>
        <source>At least {MIN_RINGS} rings are needed.</source>
        <translation>Er zijn minstens {MIN_RINGS} cirkels nodig.</translation>
    </message>
    <message>
        <source>{n} rings (3–9), innermost first. New rings are added outside.</source>
        <translation>{n} cirkels (3–9), binnenste eerst. Nieuwe cirkels komen buiten erbij.</translation>
    </message>
    <message>
        <source>On Save, {name} goes and its account moves to {to}.</source>
        <translation>Bij Opslaan vervalt {name} en gaat het account naar {to}.</translation>
    </message>
    <message>
        <source>On Save, {name} goes and its {n} accounts move to {to}.</source>
        <translation>Bij Opslaan vervalt {name} en gaan de {n} accounts naar {to}.</translation>
    </message>
    <message>
        <source>Remove the ring; you choose where its accounts go</source>
        <translation>De cirkel verwijderen; u kiest waar de accounts heen gaan</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>How the score reads the facts</source>
        <translation>Hoe de score de feiten leest</translation>
    </message>
    <message>
        <source>When suggestions appear</source>
        <translation>Wanneer suggesties verschijnen</translation>
    </message>
    <message>
        <source>People and the customer journey</source>
        <translation>Mensen en de klantreis</translation>
    </message>
    <message>
        <source>Other rules</source>
        <translation>Overige regels</translation>
    </message>
    <message>
        <source>{help} (default {default})</source>
        <translation>{help} (standaard {default})</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
    <message>
        <source>Changes apply to scores and suggestions after Save.</source>
        <translation>Wijzigingen gelden voor scores en suggesties na Opslaan.</translation>
    </message>
    <message>
        <source>Advice: contact, placement, your moves, inner first</source>
        <translation>Advies: contact, plaatsing, jouw verplaatsingen, binnenste eerst</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <source>trust score</source>
        <translation>vertrouwensscore</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Scoren…</translation>
    </message>
    <message>
        <source>The score could not be computed (see the message).</source>
        <translation>De score kon niet worden berekend (zie het bericht).</translation>
    </message>
    <message>
        <source>weight {weight}, value {value}</source>
        <translation>gewicht {weight}, waarde {value}</translation>
    </message>
    <message>
        <source>The score fits the ring the account is in.</source>
        <translation>De score past bij de cirkel waarin het account zit.</translation>
    </message>
    <message>
        <source>The score points to {ring} — a promotion is suggested.</source>
        <translation>De score wijst naar {ring} — een promotie wordt voorgesteld.</translation>
    </message>
    <message>
        <source>The score points to {ring} — a move outwards is suggested.</source>
        <translation>De score wijst naar {ring} — een verplaatsing naar buiten wordt voorgesteld.</translation>
    </message>
    <message>
        <source>Trust score</source>
        <translation>Vertrouwensscore</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <source>Trust score weights</source>
        <translation>Gewichten van de vertrouwensscore</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Plaatsing</translation>
    </message>
    <message>
        <source>Ring thresholds (lowest score for each ring)</source>
        <translation>Cirkeldrempels (laagste score per cirkel)</translation>
    </message>
    <message>
        <source>Back to saved values</source>
        <translation>Terug naar opgeslagen waarden</translation>
    </message>
    <message>
        <source>What-if preview: accounts moving from ring to ring</source>
        <translation>Wat-als-voorbeeld: accounts die van cirkel naar cirkel gaan</translation>
    </message>
    <message>
        <source>Rows: where accounts are now; columns: where these rules would place them (green inwards, red outwards). Nothing is saved until you press Save.</source>
        <translation>Rijen: waar accounts nu zitten; kolommen: waar deze regels ze zouden plaatsen (groen naar binnen, rood naar buiten). Er wordt niets bewaard tot je op Opslaan drukt.</translation>
    </message>
    <message>
        <source>Threshold of {name}</source>
        <translation>Drempel van {name}</translation>
    </message>
    <message>
        <source>The outermost ring takes every score from 0.</source>
        <translation>De buitenste cirkel neemt elke score vanaf 0.</translation>
    </message>
    <message>
        <source>{name} needs a higher threshold than the ring outside it.</source>
        <translation>{name} heeft een hogere drempel nodig dan de cirkel erbuiten.</translation>
    </message>
    <message>
        <source>No preview: {exc}</source>
        <translation>Geen voorbeeld: {exc}</translation>
    </message>
    <message>
        <source>With these rules {n} of {accounts} accounts would be suggested a move: {inwards} inwards, {outwards} outwards.</source>
        <translation>Met deze regels zou voor {n} van {accounts} accounts een verplaatsing worden voorgesteld: {inwards} naar binnen, {outwards} naar buiten.</translation>
    </message>
    <message>
        <source>With these rules all {accounts} accounts stay where they are.</source>
        <translation>Met deze regels blijven alle {accounts} accounts waar ze zijn.</translation>
    </message>
    <message>
        <source> Your changes give {n} account another target than the saved rules do.</source>
        <translation> Je wijzigingen geven {n} account een ander doel dan de opgeslagen regels.</translation>
    </message>
    <message>
        <source> Your changes give {n} accounts another target than the saved rules do.</source>
        <translation> Je wijzigingen geven {n} accounts een ander doel dan de opgeslagen regels.</translation>
    </message>
    <message>
        <source> Your changes move nobody compared with the saved rules.</source>
        <translation> Je wijzigingen verplaatsen niemand ten opzichte van de opgeslagen regels.</translation>
    </message>
    <message>
        <source>What would move</source>
        <translation>Wat zou verschuiven</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Discount</source>
        <translation>Korting</translation>
    </message>
    <message>
        <source>Bonus programme</source>
        <translation>Bonusprogramma</translation>
    </message>
    <message>
        <source>Early access</source>
        <translation>Vroege toegang</translation>
    </message>
    <message>
        <source>VIP event</source>
        <translation>VIP-evenement</translation>
    </message>
    <message>
        <source>Product council</source>
        <translation>Productraad</translation>
    </message>
    <message>
        <source>Priority support</source>
        <translation>Voorrang bij support</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Strong tie</source>
        <translation>Sterke band</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>In opbouw</translation>
    </message>
    <message>
        <source>Weak tie</source>
        <translation>Zwakke band</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Bewust</translation>
    </message>
    <message>
        <source>Unaware</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Volledige tekst</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Headline only</source>
        <translation>Alleen kopregel</translation>
    </message>
    <message>
        <source>New ring {k}</source>
        <translation>Nieuwe cirkel {k}</translation>
    </message>
    <message>
        <source>Every ring needs a name.</source>
        <translation>Elke cirkel heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Two rings have the same name.</source>
        <translation>Twee cirkels hebben dezelfde naam.</translation>
    </message>
    <message>
        <source>New perk {k}</source>
        <translation>Nieuw voordeel {k}</translation>
    </message>
    <message>
        <source>Every perk needs a name.</source>
        <translation>Elk voordeel heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Two perks have the same name.</source>
        <translation>Twee voordelen hebben dezelfde naam.</translation>
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
        <source>{n} active grant</source>
        <translation>{n} actieve toekenning</translation>
    </message>
    <message>
        <source>{n} active grants</source>
        <translation>{n} actieve toekenningen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Check and save.</source>
        <translation>Controleer en sla op.</translation>
    </message>
    <message>
        <source>Not applied, removed meanwhile: {what}.</source>
        <translation>Niet toegepast, intussen verwijderd: {what}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You both changed&lt;/b&gt; {clashes}: yours is kept.</source>
        <translation>&lt;b&gt;U beiden wijzigde&lt;/b&gt; {clashes}: die van u blijft staan.</translation>
    </message>
    <message>
        <source>{what} (yours: {mine}, theirs: {theirs})</source>
        <translation>{what} (van u: {mine}, van de ander: {theirs})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Reloaded with the changes of {who}; yours are applied on top: {mine}.</source>
        <translation>Opnieuw geladen met de wijzigingen van {who}; die van u zijn er weer overheen gezet: {mine}.</translation>
    </message>
    <message>
        <source>the other person</source>
        <translation>de ander</translation>
    </message>
    <message>
        <source>Reloading the settings</source>
        <translation>De instellingen opnieuw lezen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Rings</source>
        <translation>&amp;Cirkels</translation>
    </message>
    <message>
        <source>&amp;Perks</source>
        <translation>&amp;Voordelen</translation>
    </message>
    <message>
        <source>&amp;Checklists</source>
        <translation>&amp;Checklists</translation>
    </message>
    <message>
        <source>&amp;Scoring &amp;&amp; what-if</source>
        <translation>&amp;Score &amp;&amp; wat-als</translation>
    </message>
    <message>
        <source>R&amp;ules &amp;&amp; days</source>
        <translation>R&amp;egels &amp;&amp; dagen</translation>
    </message>
    <message>
        <source>&amp;Language &amp;&amp; money</source>
        <translation>&amp;Taal &amp;&amp; geld</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
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
    <message>
        <source>Saving the settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <source>Not saved, nothing was changed: {exc}</source>
        <translation>Niet opgeslagen, er is niets gewijzigd: {exc}</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Instellingen wijzigen</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>Uitstellen tot</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <source>The suggestion comes back on the chosen day.</source>
        <translation>De suggestie komt terug op de gekozen dag.</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Promote</source>
        <translation>Naar binnen</translation>
    </message>
    <message>
        <source>Move outwards</source>
        <translation>Naar buiten verplaatsen</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Risico</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Opvolgen</translation>
    </message>
    <message>
        <source>Check satisfaction</source>
        <translation>Tevredenheid nagaan</translation>
    </message>
    <message>
        <source>Open complaint</source>
        <translation>Open klacht</translation>
    </message>
    <message>
        <source>Share insight</source>
        <translation>Inzicht delen</translation>
    </message>
    <message>
        <source>Grant perk</source>
        <translation>Voordeel toekennen</translation>
    </message>
    <message>
        <source>Withdraw perk</source>
        <translation>Voordeel intrekken</translation>
    </message>
    <message>
        <source>Ask for a referral</source>
        <translation>Om een doorverwijzing vragen</translation>
    </message>
    <message>
        <source>Renewal coming</source>
        <translation>Verlenging op komst</translation>
    </message>
    <message>
        <source>Widen the relationship</source>
        <translation>De relatie verbreden</translation>
    </message>
    <message>
        <source>Talk a low score through</source>
        <translation>Een lage score bespreken</translation>
    </message>
    <message>
        <source>Reach the decision maker</source>
        <translation>De beslisser bereiken</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
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
    <name>TaskDialog</name>
    <message>
        <source>Add a task — {account_name}</source>
        <translation>Een taak toevoegen — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>e.g. Send the renewal offer</source>
        <translation>bijv. verlengingsofferte sturen</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vervaldatum:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Taak toevoegen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop this work</source>
        <translation>Dit werk stoppen</translation>
    </message>
    <message>
        <source>{title} — cancelling…</source>
        <translation>{title} — annuleren…</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Not switched: {why}</source>
        <translation>Niet gewisseld: {why}</translation>
    </message>
    <message>
        <source>You now work as {name}.</source>
        <translation>U werkt nu als {name}.</translation>
    </message>
    <message>
        <source>&amp;Work as:</source>
        <translation>Werken &amp;als:</translation>
    </message>
    <message>
        <source>Work as this person on this database, on this computer, from now on</source>
        <translation>Vanaf nu als deze persoon werken in deze database, op deze computer</translation>
    </message>
    <message>
        <source>Switc&amp;h</source>
        <translation>&amp;Wisselen</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>your name, when you are new</source>
        <translation>uw naam, als u nieuw bent</translation>
    </message>
    <message>
        <source>Work as</source>
        <translation>Werken als</translation>
    </message>
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
    <name>TouchpointDialog</name>
    <message>
        <source>Touchpoint — {account_name}</source>
        <translation>Contactmoment — {account_name}</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>R&amp;ichting:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contactpersoon:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
</context>
<context>
    <name>TouchpointForm</name>
    <message>
        <source>Type the first letter: m meeting, c call, e e-mail…</source>
        <translation>Typ de eerste letter (Engels): m meeting, c call, e e-mail…</translation>
    </message>
    <message>
        <source>What happened? Enter saves</source>
        <translation>Wat gebeurde er? Enter bewaart</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Save the touchpoint (Enter)</source>
        <translation>Het contactmoment opslaan (Enter)</translation>
    </message>
    <message>
        <source>Usual direction</source>
        <translation>Gebruikelijke richting</translation>
    </message>
    <message>
        <source>Meetings and calls default to two-way, e-mails to outbound</source>
        <translation>Afspraken en telefoontjes zijn standaard tweezijdig, e-mails uitgaand</translation>
    </message>
    <message>
        <source>Log a touchpoint  (Ctrl+T)</source>
        <translation>Een contactmoment vastleggen  (Ctrl+T)</translation>
    </message>
    <message>
        <source>No particular contact</source>
        <translation>Geen specifieke contactpersoon</translation>
    </message>
    <message>
        <source>Touchpoint kind</source>
        <translation>Soort contactmoment</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
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
        <translation>Welkom bij Circles of Trust</translation>
    </message>
    <message>
        <source>Your accounts sit in concentric rings: the most loyal customers in the middle. Work inside-out — serve the inner circle best, then grow outwards.&lt;br&gt;&lt;br&gt;Your database is empty:&lt;br&gt;&lt;span style='font-family:monospace'&gt;{html_text}&lt;/span&gt;</source>
        <translation>Je accounts zitten in concentrische cirkels: de meest loyale klanten in het midden. Werk van binnen naar buiten — bedien de binnenste cirkel het best en groei dan naar buiten.&lt;br&gt;&lt;br&gt;Je database is leeg:&lt;br&gt;&lt;span style='font-family:monospace'&gt;{html_text}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Explore the example</source>
        <translation>Het voorbeeld verkennen</translation>
    </message>
    <message>
        <source>Opens a separate example database with 60 accounts; your own stays empty</source>
        <translation>Opent een aparte voorbeelddatabase met 60 accounts; je eigen database blijft leeg</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leeg beginnen</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Contactpersonen importeren…</translation>
    </message>
    <message>
        <source>Importing is not available in this version yet</source>
        <translation>Importeren is in deze versie nog niet beschikbaar</translation>
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
        <translation>Tot</translation>
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
    <name>WhatIfModel</name>
    <message>
        <source>from {value}</source>
        <translation>van {value}</translation>
    </message>
    <message>
        <source>to {value}</source>
        <translation>naar {value}</translation>
    </message>
    <message>
        <source>{value} stay</source>
        <translation>{value} blijven</translation>
    </message>
    <message>
        <source>{value} accounts stay in {value2}</source>
        <translation>{value} accounts blijven in {value2}</translation>
    </message>
    <message>
        <source>{value} accounts would move from {value2} to {value3}</source>
        <translation>{value} accounts zouden van {value2} naar {value3} gaan</translation>
    </message>
</context>
<context>
    <name>WriteFileDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>De gespreksvoorbereiding</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>De export</translation>
    </message>
</context>
<context>
    <name>account_page</name>
    <message>
        <source>{level} · answered: {answer}</source>
        <translation>{level} · beantwoord: {answer}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Nobody yet: add the people you deal with (decision maker, champion…).</source>
        <translation>Nog niemand: voeg de mensen toe met wie je zakendoet (beslisser, pleitbezorger…).</translation>
    </message>
    <message>
        <source>Only one person in the buying group — widen it.</source>
        <translation>Maar één persoon in het inkoopteam — verbreed het.</translation>
    </message>
    <message>
        <source>{n} people in the buying group.</source>
        <translation>{n} mensen in het inkoopteam.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
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
        <translation>Te doen</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Perk</source>
        <translation>Voordeel</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Inzicht</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>{kind} · {cost} a year</source>
        <translation>{kind} · {cost} per jaar</translation>
    </message>
    <message>
        <source>expires {day}</source>
        <translation>verloopt op {day}</translation>
    </message>
</context>
<context>
    <name>brief_pdf</name>
    <message>
        <source>Meeting brief — {name}</source>
        <translation>Gespreksvoorbereiding — {name}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>No data in this period</source>
        <translation>Geen gegevens in deze periode</translation>
    </message>
    <message>
        <source>Revenue per ring</source>
        <translation>Omzet per cirkel</translation>
    </message>
    <message>
        <source>Pareto curve</source>
        <translation>Paretocurve</translation>
    </message>
    <message>
        <source>{share} of accounts
make 80% of revenue</source>
        <translation>{share} van de accounts
maakt 80% van de omzet</translation>
    </message>
    <message>
        <source>% of accounts (by revenue)</source>
        <translation>% van de accounts (naar omzet)</translation>
    </message>
    <message>
        <source>% of revenue</source>
        <translation>% van de omzet</translation>
    </message>
    <message>
        <source>NPS per ring</source>
        <translation>NPS per cirkel</translation>
    </message>
    <message>
        <source>No feedback in this period</source>
        <translation>Geen feedback in deze periode</translation>
    </message>
    <message>
        <source> overall {nps}</source>
        <translation> totaal {nps}</translation>
    </message>
    <message>
        <source>Ring movements per month</source>
        <translation>Cirkelverschuivingen per maand</translation>
    </message>
    <message>
        <source>No ring changes in this period</source>
        <translation>Geen cirkelwisselingen in deze periode</translation>
    </message>
    <message>
        <source>inwards</source>
        <translation>naar binnen</translation>
    </message>
    <message>
        <source>outwards</source>
        <translation>naar buiten</translation>
    </message>
    <message>
        <source>Engagement per ring</source>
        <translation>Betrokkenheid per cirkel</translation>
    </message>
    <message>
        <source>no cadence</source>
        <translation>geen ritme</translation>
    </message>
    <message>
        <source>% in touch within the ring's cadence</source>
        <translation>% in contact binnen het ritme van de cirkel</translation>
    </message>
</context>
<context>
    <name>database_loader</name>
    <message>
        <source>Opening {describe}…</source>
        <translation>{describe} openen…</translation>
    </message>
    <message>
        <source>Preparing the example business</source>
        <translation>Het voorbeeldbedrijf voorbereiden</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>{name} openen</translation>
    </message>
    <message>
        <source>Creating the example business: {name}…</source>
        <translation>Voorbeeldbedrijf aanmaken: {name}…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>{name} already exists. Use File → Open Database… to open it.</source>
        <translation>{name} bestaat al. Gebruik Bestand → Database openen… om het te openen.</translation>
    </message>
    <message>
        <source>Example business</source>
        <translation>Voorbeeldbedrijf</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Geen recente databases</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>accounts</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactpersonen</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>contactmomenten</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>omzet</translation>
    </message>
    <message>
        <source>referrals, feedback, complaints</source>
        <translation>doorverwijzingen, feedback, klachten</translation>
    </message>
    <message>
        <source>perks, insights, tasks</source>
        <translation>voordelen, inzichten, taken</translation>
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
        <translation>{action} is mislukt</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Dat is niet gelukt</translation>
    </message>
    <message>
        <source>{prefix}: something unexpected happened.</source>
        <translation>{prefix}: er gebeurde iets onverwachts.</translation>
    </message>
    <message>
        <source>{name__}: {exc}

Your data is unchanged. If this keeps happening, please report it with the details below.</source>
        <translation>{name__}: {exc}

Je gegevens zijn niet gewijzigd. Blijft dit gebeuren, meld het dan met de details hieronder.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Log a touchpoint in seconds:&lt;/b&gt; Ctrl+T, type the kind's first letter, Tab, the contact's first letters, Tab, the note, Enter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Rings:&lt;/b&gt; drag a marker into another ring to move the account; wheel zooms, dragging the background pans.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Een contactmoment in seconden vastleggen:&lt;/b&gt; Ctrl+T, typ de eerste letter van de soort, Tab, de eerste letters van de contactpersoon, Tab, de notitie, Enter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cirkels:&lt;/b&gt; sleep een markering naar een andere cirkel om het account te verplaatsen; het scrollwiel zoomt, slepen over de achtergrond verschuift.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Matching {len} contacts with the database…</source>
        <translation>{len} contactpersonen vergelijken met de database…</translation>
    </message>
</context>
<context>
    <name>inbox_model</name>
    <message>
        <source>{ring} ({n} account)</source>
        <translation>{ring} ({n} account)</translation>
    </message>
    <message>
        <source>{ring} ({n} accounts)</source>
        <translation>{ring} ({n} accounts)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>{n} dagen te laat</translation>
    </message>
</context>
<context>
    <name>insights_models</name>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Scheduled for {day}</source>
        <translation>Gepland voor {day}</translation>
    </message>
    <message>
        <source>Published {day}</source>
        <translation>Gepubliceerd op {day}</translation>
    </message>
</context>
<context>
    <name>settings_scoring</name>
    <message>
        <source>{help}
Default: {default:g}</source>
        <translation>{help}
Standaard: {default:g}</translation>
    </message>
</context>
<context>
    <name>SettingsMerge</name>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Order of the checklist of {ring}</source>
        <translation>Volgorde van de checklist van {ring}</translation>
    </message>
    <message>
        <source>Checklist of {ring}, step “{title}”</source>
        <translation>Checklist van {ring}, stap “{title}”</translation>
    </message>
    <message>
        <source>Order of the perks</source>
        <translation>Volgorde van de voordelen</translation>
    </message>
    <message>
        <source>Perk {name}</source>
        <translation>Voordeel {name}</translation>
    </message>
    <message>
        <source>Threshold of {name}</source>
        <translation>Drempel van {name}</translation>
    </message>
    <message>
        <source>Order of the rings</source>
        <translation>Volgorde van de ringen</translation>
    </message>
    <message>
        <source>Ring {name}</source>
        <translation>Ring {name}</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nieuw)</translation>
    </message>
    <message>
        <source>changed meanwhile</source>
        <translation>intussen gewijzigd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>their order (kept)</source>
        <translation>hun volgorde (blijft staan)</translation>
    </message>
    <message>
        <source>your order</source>
        <translation>uw volgorde</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>due</source>
        <translation>termijn</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>aangeboden</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kosten</translation>
    </message>
    <message>
        <source>offered from</source>
        <translation>aangeboden vanaf</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>only customers</source>
        <translation>alleen klanten</translation>
    </message>
    <message>
        <source>invited to discuss</source>
        <translation>uitgenodigd om mee te praten</translation>
    </message>
    <message>
        <source>insight detail</source>
        <translation>detail van inzichten</translation>
    </message>
    <message>
        <source>insights arrive</source>
        <translation>inzichten komen aan</translation>
    </message>
    <message>
        <source>follow up every</source>
        <translation>opvolgen elke</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>kleur</translation>
    </message>
    <message>
        <source>relationship stage</source>
        <translation>relatiefase</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
</context>
<context>
    <name>BriefExportDialog</name>
    <message>
        <source>PDF (one page to print)</source>
        <translation>PDF (één pagina om te printen)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webpagina (HTML)</translation>
    </message>
    <message>
        <source>Markdown (notes, e-mail)</source>
        <translation>Markdown (notities, e-mail)</translation>
    </message>
    <message>
        <source>one page</source>
        <translation>één pagina</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} pagina's</translation>
    </message>
    <message>
        <source>Wrote the brief of {name} to {path} ({pages}, {paper}).</source>
        <translation>De gespreksvoorbereiding van {name} is opgeslagen in {path} ({pages}, {paper}).</translation>
    </message>
    <message>
        <source>Wrote the brief of {name} to {path}.</source>
        <translation>De gespreksvoorbereiding van {name} is opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Export meeting brief</source>
        <translation>Gespreksvoorbereiding exporteren</translation>
    </message>
</context>
<context>
    <name>BriefPdf</name>
    <message>
        <source>{paper!r} is not a4 or letter</source>
        <translation>{paper!r} is geen a4 of letter</translation>
    </message>
    <message>
        <source>cannot write {target}: {reason}</source>
        <translation>kan {target} niet schrijven: {reason}</translation>
    </message>
</context>
<context>
    <name>CaptureDialog</name>
    <message>
        <source>Calendars and mail (*.ics *.ical *.ifb *.vcs *.eml *.msg *.mbox *.mbx);;Calendars (*.ics *.ical *.ifb *.vcs);;Mail (*.eml *.msg *.mbox *.mbx);;All files (*)</source>
        <translation>Agenda's en mail (*.ics *.ical *.ifb *.vcs *.eml *.msg *.mbox *.mbx);;Agenda's (*.ics *.ical *.ifb *.vcs);;Mail (*.eml *.msg *.mbox *.mbx);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>DatabaseLoader</name>
    <message>
        <source>your database</source>
        <translation>je database</translation>
    </message>
    <message>
        <source>Circles of Trust database (*.sqlite *.db);;All files (*)</source>
        <translation>Circles of Trust-database (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>clients.sqlite</source>
        <translation>klanten.sqlite</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>{name} encrypted: {tables} tables, {rows} rows checked</source>
        <translation>{name} versleuteld: {tables} tabellen, {rows} rijen gecontroleerd</translation>
    </message>
    <message>
        <source>{name} decrypted: {tables} tables, {rows} rows checked</source>
        <translation>{name} ontsleuteld: {tables} tabellen, {rows} rijen gecontroleerd</translation>
    </message>
</context>
<context>
    <name>FactDialog</name>
    <message>
        <source>No particular contact</source>
        <translation>Geen bepaalde contactpersoon</translation>
    </message>
</context>
<context>
    <name>FilePickers</name>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>{suffix}-bestand</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>no database is open</source>
        <translation>er is geen database geopend</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>{verb} “{label}”</source>
        <translation>{verb}: „{label}”</translation>
    </message>
</context>
<context>
    <name>TeamUser</name>
    <message>
        <source>Add {name} to the team</source>
        <translation>{name} aan het team toevoegen</translation>
    </message>
    <message>
        <source>Someone new…</source>
        <translation>Iemand nieuws…</translation>
    </message>
</context>
<context>
    <name>WhoAreYouDialog</name>
    <message>
        <source>&amp;New name:</source>
        <translation>&amp;Nieuwe naam:</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Ik ben:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Wie u bent</translation>
    </message>
    <message>
        <source>Several people can work on &lt;b&gt;{where}&lt;/b&gt;. Choose yourself, or add your name: what you record carries it, and “Mine”, snoozes and dismissals are yours. This computer remembers the choice for this database; Settings → Team changes it.</source>
        <translation>Meerdere mensen kunnen werken in &lt;b&gt;{where}&lt;/b&gt;. Kies uzelf of voeg uw naam toe: wat u vastlegt draagt die naam, en “Mijn”, uitstellen en afwijzen gelden voor u. Deze computer onthoudt de keuze voor deze database; Instellingen → Team wijzigt haar.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wie bent u?</translation>
    </message>
</context>
<context>
    <name>EnginePasses</name>
    <message>
        <source>Scoring accounts and looking for suggestions…</source>
        <translation>Accounts scoren en suggesties zoeken…</translation>
    </message>
    <message>
        <source>Scoring accounts</source>
        <translation>Accounts scoren</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Scoren</translation>
    </message>
</context>
<context>
    <name>InboxActions</name>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Carry out the suggestion (A; Shift+A adds details)</source>
        <translation>De suggestie uitvoeren (A; Shift+A voegt details toe)</translation>
    </message>
    <message>
        <source>Snooze a week  (S)</source>
        <translation>Een week uitstellen  (S)</translation>
    </message>
    <message>
        <source>Hide it for {SNOOZE_DAYS} days (S; Shift+S picks a date)</source>
        <translation>{SNOOZE_DAYS} dagen verbergen (S; Shift+S kiest een datum)</translation>
    </message>
    <message>
        <source>Snooze until…</source>
        <translation>Uitstellen tot…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Hide it until its facts change (D)</source>
        <translation>Verbergen tot de feiten veranderen (D)</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>Account openen</translation>
    </message>
    <message>
        <source>Open the account (Enter)</source>
        <translation>Het account openen (Enter)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo the last inbox action (Ctrl+Z)</source>
        <translation>De laatste actie in de inbox ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Accept  (A)</source>
        <translation>Accepteren  (A)</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Tot morgen</translation>
    </message>
    <message>
        <source>For 3 days</source>
        <translation>3 dagen</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Een week</translation>
    </message>
    <message>
        <source>For a month</source>
        <translation>Een maand</translation>
    </message>
    <message>
        <source>Dismiss  (D)</source>
        <translation>Negeren  (D)</translation>
    </message>
    <message>
        <source>Open account  (↵)</source>
        <translation>Account openen  (↵)</translation>
    </message>
    <message>
        <source>Accept: {reason}</source>
        <translation>Accepteren: {reason}</translation>
    </message>
    <message>
        <source>Done: {summary}</source>
        <translation>Klaar: {summary}</translation>
    </message>
    <message>
        <source>Could not accept</source>
        <translation>Kon niet accepteren</translation>
    </message>
    <message>
        <source>Snooze until {until}: {reason}</source>
        <translation>Uitstellen tot {until}: {reason}</translation>
    </message>
    <message>
        <source>Snoozed until {until}: {reason}</source>
        <translation>Uitgesteld tot {until}: {reason}</translation>
    </message>
    <message>
        <source>Could not snooze</source>
        <translation>Kon niet uitstellen</translation>
    </message>
    <message>
        <source>Dismiss: {reason}</source>
        <translation>Negeren: {reason}</translation>
    </message>
    <message>
        <source>Dismissed until its facts change: {reason}</source>
        <translation>Genegeerd tot de feiten veranderen: {reason}</translation>
    </message>
    <message>
        <source>Could not dismiss</source>
        <translation>Kon niet negeren</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niets ongedaan te maken</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>Account: {account}</translation>
    </message>
    <message>
        <source>Contact: {contact}</source>
        <translation>Contactpersoon: {contact}</translation>
    </message>
    <message>
        <source>Due: {day}</source>
        <translation>Uiterlijk: {day}</translation>
    </message>
    <message>
        <source>Accepting: {action}</source>
        <translation>Bij accepteren: {action}</translation>
    </message>
</context>
<context>
    <name>InboxTree</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervalt</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
</context>
<context>
    <name>AccountPageParts</name>
    <message>
        <source>📌 pinned</source>
        <translation>📌 vastgezet</translation>
    </message>
    <message>
        <source>Pinned: the ring was set by hand; suggestions only for large gaps</source>
        <translation>Vastgezet: de cirkel is met de hand gekozen; alleen suggesties bij grote verschillen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Edit the account (Ctrl+E)</source>
        <translation>Het account bewerken (Ctrl+E)</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Verplaatsen…</translation>
    </message>
    <message>
        <source>Move to another ring (Ctrl+M)</source>
        <translation>Naar een andere cirkel verplaatsen (Ctrl+M)</translation>
    </message>
    <message>
        <source>Pin…</source>
        <translation>Vastzetten…</translation>
    </message>
    <message>
        <source>Keep the account in its ring, with the reason</source>
        <translation>Het account in zijn cirkel houden, met de reden</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Vastleggen:</translation>
    </message>
    <message>
        <source>Buying group</source>
        <translation>Inkoopteam</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Persoon toevoegen…</translation>
    </message>
    <message>
        <source>Add a person to the buying group (Ctrl+Shift+K)</source>
        <translation>Een persoon aan het inkoopteam toevoegen (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Persoon bewerken…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>&amp;Edit “{0}”…</source>
        <translation>&amp;Bewerken: “{0}”…</translation>
    </message>
    <message>
        <source>&amp;Delete “{0}”</source>
        <translation>„{0}” &amp;verwijderen</translation>
    </message>
    <message>
        <source>A ring move stays in the history</source>
        <translation>Een cirkelwissel blijft in de geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
</context>
</TS>