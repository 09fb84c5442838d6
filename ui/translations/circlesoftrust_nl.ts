<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Language &amp;&amp; money</source>
        <translation>&amp;Taal &amp;&amp; geld</translation>
    </message>
</context>
</TS>