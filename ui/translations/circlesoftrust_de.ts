<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Language &amp;&amp; money</source>
        <translation>&amp;Sprache &amp;&amp; Geld</translation>
    </message>
</context>
</TS>