<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>BrokerUrl</name>
    <message>
        <source>The dock listens to redis://… or amqp://… URLs, not %1://…</source>
        <translation>Das Dock hört auf redis://…- oder amqp://…-URLs, nicht auf %1://…</translation>
    </message>
    <message>
        <source>The path of a Redis URL is the database number (redis://host:6379/0), not “%1”.</source>
        <translation>Der Pfad einer Redis-URL ist die Datenbanknummer (redis://host:6379/0), nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1” (a %2 source takes %3).</source>
        <translation>Unbekannter Parameter „%1“ (eine %2-Quelle nimmt %3).</translation>
    </message>
    <message>
        <source>Name the stream to read (?stream=…).</source>
        <translation>Geben Sie den zu lesenden Stream an (?stream=…).</translation>
    </message>
    <message>
        <source>Name the queue to read (?queue=…).</source>
        <translation>Geben Sie die zu lesende Queue an (?queue=…).</translation>
    </message>
    <message>
        <source>Name the consumer group (?group=…); a group of its own, such as %1, takes nothing from other consumers.</source>
        <translation>Geben Sie die Consumer-Gruppe an (?group=…); eine eigene Gruppe wie %1 nimmt anderen Consumern nichts weg.</translation>
    </message>
    <message>
        <source>Name the consumer within the group (?consumer=…).</source>
        <translation>Geben Sie den Consumer innerhalb der Gruppe an (?consumer=…).</translation>
    </message>
    <message>
        <source>Enter the broker to listen to (Broker…).</source>
        <translation>Geben Sie den Broker an, auf den gehört werden soll (Broker…).</translation>
    </message>
    <message>
        <source>%1 at %2:%3</source>
        <translation>%1 auf %2:%3</translation>
    </message>
</context>
<context>
    <name>DiagnosisText</name>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>kein Kunde</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>kein Ereignis</translation>
    </message>
    <message>
        <source>no '%1' event</source>
        <translation>kein '%1'-Ereignis</translation>
    </message>
    <message>
        <source> (did you mean '%1', %2?)</source>
        <translation> (meinten Sie '%1', %2?)</translation>
    </message>
    <message>
        <source>set as-of to the data's last day?</source>
        <translation>Stichtag auf den letzten Tag der Daten setzen?</translation>
    </message>
    <message>
        <source>the latest %1</source>
        <translation>dem spätesten %1</translation>
    </message>
    <message>
        <source>the earliest %1</source>
        <translation>dem frühesten %1</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>dem letzten Ereignis</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>dem ersten Ereignis</translation>
    </message>
    <message>
        <source>the last '%1' event</source>
        <translation>dem letzten '%1'-Ereignis</translation>
    </message>
    <message>
        <source>the first '%1' event</source>
        <translation>dem ersten '%1'-Ereignis</translation>
    </message>
    <message>
        <source>%1 has %2 = %3 (the values run from %4 to %5)</source>
        <translation>%1 hat %2 = %3 (die Werte reichen von %4 bis %5)</translation>
    </message>
    <message>
        <source>%1 has %2 = '%3'</source>
        <translation>%1 hat %2 = '%3'</translation>
    </message>
    <message>
        <source>%1 has %2: the values run from %3 to %4</source>
        <translation>%1 hat %2: die Werte reichen von %3 bis %4</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>%1 matches %2 %3 '%4'</source>
        <translation>%1 erfüllt %2 %3 '%4'</translation>
    </message>
    <message>
        <source> (%1 do when upper/lower case is ignored)</source>
        <translation> (%1 passen, wenn Groß-/Kleinschreibung ignoriert wird)</translation>
    </message>
    <message>
        <source>%1 has an empty (NULL) %2</source>
        <translation>%1 hat ein leeres (NULL) %2</translation>
    </message>
    <message>
        <source>%1 is empty (NULL) for every event</source>
        <translation>%1 ist bei jedem Ereignis leer (NULL)</translation>
    </message>
    <message>
        <source>%1 is empty (NULL) for every customer</source>
        <translation>%1 ist bei jedem Kunden leer (NULL)</translation>
    </message>
    <message>
        <source>as-of %1 is %2 after %3 (%4): %5</source>
        <translation>Stichtag %1 liegt %2 nach %3 (%4): %5</translation>
    </message>
    <message>
        <source>as-of %1 is %2 before %3 (%4): %5</source>
        <translation>Stichtag %1 liegt %2 vor %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 falls in the window %2 (the events run from %3 to %4)</source>
        <translation>%1 fällt in das Zeitfenster %2 (die Ereignisse reichen von %3 bis %4)</translation>
    </message>
    <message>
        <source>no event has type '%1'</source>
        <translation>kein Ereignis hat den Typ '%1'</translation>
    </message>
    <message>
        <source>the events dataset has no rows</source>
        <translation>die Ereignisdaten haben keine Zeilen</translation>
    </message>
    <message>
        <source>input '%1' is empty (because of '%2')</source>
        <translation>Eingang '%1' ist leer (wegen '%2')</translation>
    </message>
    <message>
        <source>input '%1' is empty</source>
        <translation>Eingang '%1' ist leer</translation>
    </message>
    <message>
        <source>none of the %1 members of '%2' has %3 (%4 customers do)</source>
        <translation>keines der %1 Mitglieder von '%2' hat %3 (%4 Kunden haben es)</translation>
    </message>
    <message>
        <source>%1 have no customer in common</source>
        <translation>%1 haben keinen Kunden gemeinsam</translation>
    </message>
    <message>
        <source>all %1 members of '%2' are also in '%3'</source>
        <translation>alle %1 Mitglieder von '%2' sind auch in '%3'</translation>
    </message>
    <message>
        <source>input '%1' holds every customer</source>
        <translation>Eingang '%1' enthält alle Kunden</translation>
    </message>
    <message>
        <source>the events end on %1, %2 before as-of %3: %4</source>
        <translation>die Ereignisse enden am %1, %2 vor dem Stichtag %3: %4</translation>
    </message>
    <message>
        <source>Use '%1'</source>
        <translation>'%1' verwenden</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Set as-of to %1</source>
        <translation>Stichtag auf %1 setzen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>ExplainTree</name>
    <message>
        <source>%1 events in all, %2 of its kind in the time window, %3 matched: %4 = %5</source>
        <translation>%1 Ereignisse insgesamt, %2 dieser Art im Zeitfenster, %3 passend: %4 = %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>✗ not evaluated</source>
        <translation>✗ nicht ausgewertet</translation>
    </message>
    <message>
        <source>✓ in</source>
        <translation>✓ drin</translation>
    </message>
    <message>
        <source>✗ out</source>
        <translation>✗ draußen</translation>
    </message>
    <message>
        <source>result = %1</source>
        <translation>Ergebnis = %1</translation>
    </message>
    <message>
        <source>Could not be evaluated: %1</source>
        <translation>Konnte nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>Rank %1 of %2 candidates; the cut keeps the first %3</source>
        <translation>Rang %1 von %2 Kandidaten; der Schnitt behält die ersten %3</translation>
    </message>
    <message>
        <source>Not ranked (not a candidate); %1 candidates, the cut keeps the first %2</source>
        <translation>Ohne Rang (kein Kandidat); %1 Kandidaten, der Schnitt behält die ersten %2</translation>
    </message>
    <message>
        <source>Bucket %1 of 100: part '%2'</source>
        <translation>Bucket %1 von 100: Teil '%2'</translation>
    </message>
    <message>
        <source>Taken by '%1' (earlier in the priority order)</source>
        <translation>Von '%1' übernommen (früher in der Rangfolge)</translation>
    </message>
    <message>
        <source>✓ input %1</source>
        <translation>✓ Eingang %1</translation>
    </message>
    <message>
        <source>✗ input %1</source>
        <translation>✗ Eingang %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>it could not be evaluated: %1</source>
        <translation>er konnte nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>%1 is %2, and the rule is: %3</source>
        <translation>%1 ist %2, und die Regel lautet: %3</translation>
    </message>
    <message>
        <source>the formula is empty (NULL) for this customer</source>
        <translation>die Formel ist für diesen Kunden leer (NULL)</translation>
    </message>
    <message>
        <source>the formula is false for this customer</source>
        <translation>die Formel ist für diesen Kunden falsch</translation>
    </message>
    <message>
        <source>%1 = %2, and the rule is: %3</source>
        <translation>%1 = %2, und die Regel lautet: %3</translation>
    </message>
    <message>
        <source>%1 is empty (NULL), so the customer is not ranked</source>
        <translation>%1 ist leer (NULL), daher hat der Kunde keinen Rang</translation>
    </message>
    <message>
        <source>rank %1 of %2 is after the cut at %3</source>
        <translation>Rang %1 von %2 liegt hinter dem Schnitt bei %3</translation>
    </message>
    <message>
        <source>the customer's bucket is in the part '%1'</source>
        <translation>der Bucket des Kunden liegt im Teil '%1'</translation>
    </message>
    <message>
        <source>an earlier segment took the customer: '%1'</source>
        <translation>ein früheres Segment hat den Kunden übernommen: '%1'</translation>
    </message>
    <message>
        <source>the customer is also in '%1', which this node takes away</source>
        <translation>der Kunde ist auch in '%1', das dieser Knoten abzieht</translation>
    </message>
    <message>
        <source>the customer is in '%1'</source>
        <translation>der Kunde ist in '%1'</translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Customers whose column value matches a comparison</source>
        <translation>Kunden, deren Spaltenwert einen Vergleich erfüllt</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>Customers for whom a formula is true</source>
        <translation>Kunden, für die eine Formel wahr ist</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Customers by what they did: counts, sums or averages of their events</source>
        <translation>Kunden nach ihrem Verhalten: Anzahl, Summe oder Durchschnitt ihrer Ereignisse</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Und</translation>
    </message>
    <message>
        <source>Customers in every input</source>
        <translation>Kunden, die in jeder Eingabe enthalten sind</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Oder</translation>
    </message>
    <message>
        <source>Customers in any input</source>
        <translation>Kunden, die in mindestens einer Eingabe enthalten sind</translation>
    </message>
    <message>
        <source>Except</source>
        <translation>Ohne</translation>
    </message>
    <message>
        <source>Customers in the first input but not in the second</source>
        <translation>Kunden in der ersten Eingabe, aber nicht in der zweiten</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Nicht</translation>
    </message>
    <message>
        <source>Every customer not in the input</source>
        <translation>Alle Kunden, die nicht in der Eingabe sind</translation>
    </message>
    <message>
        <source>Derive column</source>
        <translation>Spalte ableiten</translation>
    </message>
    <message>
        <source>A new column computed from a formula or from events</source>
        <translation>Eine neue Spalte, berechnet aus einer Formel oder aus Ereignissen</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>The highest (or lowest) ranked customers by a column</source>
        <translation>Die nach einer Spalte am höchsten (oder niedrigsten) eingestuften Kunden</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Deterministic random groups, e.g. test and control</source>
        <translation>Deterministische Zufallsgruppen, z. B. Test- und Kontrollgruppe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Each customer goes to the first input that contains them</source>
        <translation>Jeder Kunde wird der ersten Eingabe zugeordnet, die ihn enthält</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>A named output you can check, preview and export</source>
        <translation>Eine benannte Ausgabe, die Sie prüfen, in der Vorschau ansehen und exportieren können</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment graphs (*.segment.json *.json);;All files (*)</source>
        <translation>Segmentgraphen (*.segment.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>choose a column</source>
        <translation>Spalte wählen</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (abgeleitet)</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Projects (*.segment.json *.json *.segstudio);;Segment graphs (*.segment.json *.json);;Workspaces (*.segstudio);;All files (*)</source>
        <translation>Projekte (*.segment.json *.json *.segstudio);;Segmentgraphen (*.segment.json *.json);;Arbeitsbereiche (*.segstudio);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>RunOnEngineDialog</name>
    <message>
        <source>Loaded %1 customers and %2 events. </source>
        <translation>%1 Kunden und %2 Ereignisse geladen. </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, check and export customer segments.</source>
        <translation>Kundensegmente entwerfen, prüfen und exportieren.</translation>
    </message>
    <message>
        <source>Interface language (en, de, fr, es).</source>
        <translation>Sprache der Oberfläche (en, de, fr, es).</translation>
    </message>
    <message>
        <source>Save screenshots of the main views to &lt;dir&gt; and quit.</source>
        <translation>Screenshots der Hauptansichten in &lt;dir&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>A .segment.json project to open.</source>
        <translation>Ein zu öffnendes .segment.json-Projekt.</translation>
    </message>
</context>
<context>
    <name>seg::GraphTemplates</name>
    <message>
        <source>Win-back</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <source>Customers whose last order is more than 120 days ago, the better-spending half of them: the audience for a come-back offer.</source>
        <translation>Kunden, deren letzte Bestellung mehr als 120 Tage zurückliegt, davon die ausgabefreudigere Hälfte: die Zielgruppe für ein Rückkehrangebot.</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Warenkorbabbruch</translation>
    </message>
    <message>
        <source>Customers who added to the cart in the last 14 days but did not buy in that time: the audience for a reminder.</source>
        <translation>Kunden, die in den letzten 14 Tagen etwas in den Warenkorb gelegt, aber in dieser Zeit nicht gekauft haben: die Zielgruppe für eine Erinnerung.</translation>
    </message>
    <message>
        <source>VIP by spend</source>
        <translation>VIP nach Umsatz</translation>
    </message>
    <message>
        <source>The top 10 % of customers by total spend: early access and personal offers.</source>
        <translation>Die besten 10 % der Kunden nach Gesamtumsatz: früher Zugang und persönliche Angebote.</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Regular buyers (2+ purchases in the last year) who have not bought in the last 90 days: retention before they are gone.</source>
        <translation>Stammkäufer (2+ Käufe im letzten Jahr), die in den letzten 90 Tagen nicht gekauft haben: Kundenbindung, bevor sie weg sind.</translation>
    </message>
    <message>
        <source>New-customer welcome</source>
        <translation>Willkommen für Neukunden</translation>
    </message>
    <message>
        <source>Customers who signed up in the last 30 days: the audience for a welcome series.</source>
        <translation>Kunden, die sich in den letzten 30 Tagen angemeldet haben: die Zielgruppe für eine Willkommensserie.</translation>
    </message>
    <message>
        <source>RFM tiers</source>
        <translation>RFM-Stufen</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value in four tiers: champions, loyal, at risk and hibernating.</source>
        <translation>Aktualität, Häufigkeit und Umsatz in vier Stufen: Champions, Treue, Gefährdete und Schlafende.</translation>
    </message>
    <message>
        <source>customer ID column</source>
        <translation>Kunden-ID-Spalte</translation>
    </message>
    <message>
        <source>events' customer ID column</source>
        <translation>Kunden-ID-Spalte der Ereignisse</translation>
    </message>
    <message>
        <source>events' time column</source>
        <translation>Zeitspalte der Ereignisse</translation>
    </message>
    <message>
        <source>events' type column</source>
        <translation>Typspalte der Ereignisse</translation>
    </message>
    <message>
        <source>total spend column</source>
        <translation>Spalte Gesamtumsatz</translation>
    </message>
    <message>
        <source>last order date column</source>
        <translation>Spalte Datum der letzten Bestellung</translation>
    </message>
    <message>
        <source>purchase event type</source>
        <translation>Ereignistyp für Kauf</translation>
    </message>
    <message>
        <source>add-to-cart event type</source>
        <translation>Ereignistyp für Warenkorb</translation>
    </message>
    <message>
        <source>signup date column</source>
        <translation>Spalte Anmeldedatum</translation>
    </message>
    <message>
        <source>number of orders column</source>
        <translation>Spalte Anzahl Bestellungen</translation>
    </message>
</context>
<context>
    <name>seg::ui::BehaviorForm</name>
    <message>
        <source>Import an events file to pick event types and columns.</source>
        <translation>Importieren Sie eine Ereignisdatei, um Ereignistypen und Spalten auszuwählen.</translation>
    </message>
    <message>
        <source>A customer is a member when the number of these events:</source>
        <translation>Ein Kunde ist Mitglied, wenn die Anzahl dieser Ereignisse:</translation>
    </message>
    <message>
        <source>A customer is a member when this value:</source>
        <translation>Ein Kunde ist Mitglied, wenn dieser Wert:</translation>
    </message>
</context>
<context>
    <name>seg::ui::BrokerDialog</name>
    <message>
        <source>Connected. There is no queue “%1” yet: listening declares it (durable, quorum).</source>
        <translation>Verbunden. Die Queue „%1“ gibt es noch nicht: Das Zuhören legt sie an (dauerhaft, Quorum).</translation>
    </message>
    <message>
        <source>Connected. Queue “%1”: %2 message(s) ready, %3 consumer(s).</source>
        <translation>Verbunden. Queue „%1“: %2 Nachricht(en) bereit, %3 Consumer.</translation>
    </message>
    <message>
        <source>Connected. There is no stream “%1” yet: listening creates it, empty, with the group “%2”.</source>
        <translation>Verbunden. Den Stream „%1“ gibt es noch nicht: Das Zuhören legt ihn leer an, mit der Gruppe „%2“.</translation>
    </message>
    <message>
        <source>Connected. Stream “%1” holds %2 entries; the group “%3” does not exist yet: listening creates it from the stream's first entry, so all of them will be read.</source>
        <translation>Verbunden. Der Stream „%1“ enthält %2 Einträge; die Gruppe „%3“ gibt es noch nicht: Das Zuhören legt sie ab dem ersten Eintrag des Streams an, also werden alle gelesen.</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>eine unbekannte Zahl von</translation>
    </message>
    <message>
        <source>Connected. Stream “%1” holds %2 entries; for the group “%3”, %4 wait and %5 are delivered but not acknowledged; %6 consumer(s).</source>
        <translation>Verbunden. Der Stream „%1“ enthält %2 Einträge; für die Gruppe „%3“ warten %4, %5 sind zugestellt, aber nicht bestätigt; %6 Consumer.</translation>
    </message>
    <message>
        <source>Consumer &amp;group:</source>
        <translation>Consumer-&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Consumer:</source>
        <translation>&amp;Consumer:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Listen to a Broker</source>
        <translation>Auf einen Broker hören</translation>
    </message>
    <message>
        <source>Redis Streams</source>
        <translation>Redis Streams</translation>
    </message>
    <message>
        <source>RabbitMQ</source>
        <translation>RabbitMQ</translation>
    </message>
    <message>
        <source>The dock acknowledges what it reads, like a worker: give it a group of its own (the default, %1) so it takes no entries from the production consumers</source>
        <translation>Das Dock bestätigt, was es liest, wie ein Worker: Geben Sie ihm eine eigene Gruppe (Vorgabe: %1), damit es den Produktions-Consumern keine Einträge wegnimmt</translation>
    </message>
    <message>
        <source>The name of this reader within the group; a restart with the same name first re-reads what it had received and not acknowledged</source>
        <translation>Der Name dieses Lesers in der Gruppe; ein Neustart mit demselben Namen liest zuerst erneut, was er erhalten und nicht bestätigt hatte</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Kept in memory while Segment Studio runs; never saved, never shown</source>
        <translation>Nur im Speicher, solange Segment Studio läuft; nie gespeichert, nie angezeigt</translation>
    </message>
    <message>
        <source>The URL the form makes (the password shown as ***). Paste a URL here to fill the form.</source>
        <translation>Die URL, die das Formular ergibt (das Passwort als ***). Fügen Sie hier eine URL ein, um das Formular zu füllen.</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>The dock is a real consumer: it acknowledges each message once it has handled it. Read a Redis stream with a consumer group of its own, and RabbitMQ from a queue of its own (bound to the same exchange), so the preview takes no work from the production workers. The password is never saved.</source>
        <translation>Das Dock ist ein echter Consumer: Es bestätigt jede Nachricht, sobald es sie verarbeitet hat. Lesen Sie einen Redis-Stream mit einer eigenen Consumer-Gruppe und RabbitMQ aus einer eigenen Queue (an dieselbe Exchange gebunden), damit die Vorschau den Produktions-Workern keine Arbeit wegnimmt. Das Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Virtual host:</source>
        <translation>&amp;Virtueller Host:</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Stream:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Queue:</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>segment-studio-preview</source>
        <translation>segment-studio-preview</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ComparisonEditor</name>
    <message>
        <source>is equal to</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>is not equal to</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>liegt vor</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ist kleiner als</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>ist am oder vor</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ist höchstens</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>liegt nach</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>ist größer als</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>ist am oder nach</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ist mindestens</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>liegt zwischen</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist einer von</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keiner von</translation>
    </message>
    <message>
        <source>is empty (NULL)</source>
        <translation>ist leer (NULL)</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>hat einen Wert</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>is true</source>
        <translation>ist wahr</translation>
    </message>
    <message>
        <source>is false</source>
        <translation>ist falsch</translation>
    </message>
    <message>
        <source>is within the last … days</source>
        <translation>liegt in den letzten … Tagen</translation>
    </message>
    <message>
        <source>is more than … days ago</source>
        <translation>liegt mehr als … Tage zurück</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>How the value is compared. The list fits the column's type.</source>
        <translation>Wie der Wert verglichen wird. Die Liste richtet sich nach dem Typ der Spalte.</translation>
    </message>
    <message>
        <source>The value to compare with (press Enter or leave the field to apply)</source>
        <translation>Der Vergleichswert (zum Übernehmen Eingabetaste drücken oder das Feld verlassen)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>The yes/no value to compare with</source>
        <translation>Der Ja/Nein-Wert für den Vergleich</translation>
    </message>
    <message>
        <source>The date to compare with</source>
        <translation>Das Datum für den Vergleich</translation>
    </message>
    <message>
        <source>Lowest value (inclusive)</source>
        <translation>Kleinster Wert (einschließlich)</translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation>Erster Tag (einschließlich)</translation>
    </message>
    <message>
        <source>Highest value (inclusive)</source>
        <translation>Größter Wert (einschließlich)</translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation>Letzter Tag (einschließlich)</translation>
    </message>
    <message>
        <source>Values separated by commas, e.g. US, CA, MX</source>
        <translation>Werte durch Kommas getrennt, z. B. US, CA, MX</translation>
    </message>
    <message>
        <source>e.g. US, CA, MX</source>
        <translation>z. B. US, CA, MX</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Number of days counted back from the as-of date</source>
        <translation>Anzahl der Tage, vom Stichtag aus zurückgezählt</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Ignore upper/lower case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Compare letters A–Z without regard to case</source>
        <translation>Buchstaben A–Z ohne Beachtung der Groß-/Kleinschreibung vergleichen</translation>
    </message>
    <message>
        <source>ignore case</source>
        <translation>Groß-/Kleinschreibung ignorieren</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
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
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM:SS</source>
        <translation>JJJJ-MM-TT HH:MM:SS</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>The data runs from %1 to %2 (marked in the calendar)</source>
        <translation>Die Daten reichen von %1 bis %2 (im Kalender markiert)</translation>
    </message>
</context>
<context>
    <name>seg::ui::ConditionForm</name>
    <message>
        <source>The customer column (or derived column) to test</source>
        <translation>Die zu prüfende Kundenspalte (oder abgeleitete Spalte)</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Pick the column to filter on.</source>
        <translation>Wählen Sie die Spalte, nach der gefiltert wird.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>This column is not in the loaded data.</source>
        <translation>Diese Spalte ist in den geladenen Daten nicht vorhanden.</translation>
    </message>
    <message>
        <source>Import customer data to see the columns.</source>
        <translation>Importieren Sie Kundendaten, um die Spalten zu sehen.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ConnectionItem</name>
    <message>
        <source>%1 → %2 (click and press Delete to disconnect)</source>
        <translation>%1 → %2 (zum Trennen anklicken und Entf drücken)</translation>
    </message>
    <message>
        <source>%1 reads the column made by %2</source>
        <translation>%1 liest die von %2 erzeugte Spalte</translation>
    </message>
</context>
<context>
    <name>seg::ui::CrashRecovery</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Autosave is off: %1</source>
        <translation>Automatisches Speichern ist aus: %1</translation>
    </message>
    <message>
        <source>a new project that was never saved</source>
        <translation>einem neuen, nie gespeicherten Projekt</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Segment Studio was not closed properly. Unsaved changes to %1 were saved automatically at %2.

Restore them? Restoring opens them as unsaved changes; your project file stays as it is until you save.</source>
        <translation>Segment Studio wurde nicht ordnungsgemäß beendet. Nicht gespeicherte Änderungen an %1 wurden um %2 automatisch gesichert.

Wiederherstellen? Sie werden als nicht gespeicherte Änderungen geöffnet; Ihre Projektdatei bleibt unverändert, bis Sie speichern.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>The autosaved project %1 cannot be read: %2</source>
        <translation>Das automatisch gesicherte Projekt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Restored the changes autosaved at %1.</source>
        <translation>Die um %1 automatisch gesicherten Änderungen wurden wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>seg::ui::DagNodeItem</name>
    <message>
        <source>%1 · ~%2 ms</source>
        <translation>%1 · ~%2 ms</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Estimated cost: %1 ms at one thread</source>
        <translation>Geschätzte Kosten: %1 ms mit einem Thread</translation>
    </message>
    <message>
        <source>Level %1 (longest chain of dependencies before it)</source>
        <translation>Ebene %1 (längste Kette von Abhängigkeiten davor)</translation>
    </message>
    <message>
        <source>Runs in step %1 of the schedule</source>
        <translation>Läuft in Schritt %1 des Ablaufplans</translation>
    </message>
    <message>
        <source>Work is split over row partitions</source>
        <translation>Die Arbeit wird auf Zeilenpartitionen verteilt</translation>
    </message>
    <message>
        <source>Whole-table step (waits for all rows)</source>
        <translation>Schritt über die ganze Tabelle (wartet auf alle Zeilen)</translation>
    </message>
    <message>
        <source>&lt;span style='color:#d9482b'&gt;On the critical path&lt;/span&gt;</source>
        <translation>&lt;span style='color:#d9482b'&gt;Auf dem kritischen Pfad&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>seg::ui::DagScene</name>
    <message>
        <source>The graph has no nodes yet.</source>
        <translation>Der Graph hat noch keine Knoten.</translation>
    </message>
    <message>
        <source>%1 uses the column that %2 derives</source>
        <translation>%1 verwendet die Spalte, die %2 ableitet</translation>
    </message>
    <message>
        <source>%1 is an input of %2</source>
        <translation>%1 ist eine Eingabe von %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::DagView</name>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Sequenziell</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>How the run is scheduled. Sequential: one node after another on one thread. Parallel: one node at a time, its rows split over all threads. Hybrid: independent nodes run at the same time. Auto: the planner picks from its cost estimate.</source>
        <translation>Wie der Lauf geplant wird. Sequenziell: ein Knoten nach dem anderen auf einem Thread. Parallel: jeweils ein Knoten, seine Zeilen auf alle Threads verteilt. Hybrid: unabhängige Knoten laufen gleichzeitig. Automatisch: Der Planer wählt anhand seiner Kostenschätzung.</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Worker threads for parallel and hybrid runs</source>
        <translation>Worker-Threads für parallele und hybride Läufe</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the plan as readable text (the same as segstudio-cli plan)</source>
        <translation>Den Plan als lesbaren Text kopieren (wie segstudio-cli plan)</translation>
    </message>
    <message>
        <source>Copy as DOT</source>
        <translation>Als DOT kopieren</translation>
    </message>
    <message>
        <source>Copy the DAG in Graphviz DOT format, e.g. for dot -Tsvg</source>
        <translation>Den DAG im Graphviz-DOT-Format kopieren, z. B. für dot -Tsvg</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom so the whole DAG is visible (the mouse wheel zooms in and out)</source>
        <translation>So zoomen, dass der ganze DAG sichtbar ist (mit dem Mausrad vergrößern und verkleinern)</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Strategie:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <source>The graph is empty. Add rules on the canvas to see how they will run.</source>
        <translation>Der Graph ist leer. Fügen Sie auf der Arbeitsfläche Regeln hinzu, um zu sehen, wie sie ausgeführt werden.</translation>
    </message>
    <message>
        <source>Import customers to see the execution plan: the planner needs the columns and the row count.</source>
        <translation>Importieren Sie Kunden, um den Ausführungsplan zu sehen: Der Planer benötigt die Spalten und die Zeilenanzahl.</translation>
    </message>
    <message>
        <source>The graph cannot be planned yet:
%1</source>
        <translation>Der Graph kann noch nicht geplant werden:
%1</translation>
    </message>
    <message>
        <source>up to %1 nodes at once</source>
        <translation>bis zu %1 Knoten gleichzeitig</translation>
    </message>
    <message>
        <source>one node at a time</source>
        <translation>jeweils ein Knoten</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; on %n thread(s): %2 steps, %3; estimated %4 ms. &lt;span style='color:#d9482b'&gt;Critical path&lt;/span&gt;: %5. Planned in %6 ms.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; auf %n Thread: %2 Schritte, %3; geschätzt %4 ms. &lt;span style='color:#d9482b'&gt;Kritischer Pfad&lt;/span&gt;: %5. Geplant in %6 ms.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; auf %n Threads: %2 Schritte, %3; geschätzt %4 ms. &lt;span style='color:#d9482b'&gt;Kritischer Pfad&lt;/span&gt;: %5. Geplant in %6 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbered badges: the step of the schedule in which a node runs; dark badges mark steps where several nodes run together. Dashed arrows: a node uses a derived column.</source>
        <translation>Nummerierte Markierungen: der Schritt des Ablaufplans, in dem ein Knoten läuft; dunkle Markierungen kennzeichnen Schritte, in denen mehrere Knoten gleichzeitig laufen. Gestrichelte Pfeile: Ein Knoten verwendet eine abgeleitete Spalte.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Read together, one pass over the column: %1</source>
        <translation>Gemeinsam gelesen, ein Durchlauf über die Spalte: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::DataPanel</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation>NULL-Werte</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>No data loaded. Use File &gt; Import Customers, or drop a CSV file on the window.</source>
        <translation>Keine Daten geladen. Verwenden Sie Datei &gt; Kunden importieren oder ziehen Sie eine CSV-Datei auf das Fenster.</translation>
    </message>
    <message>
        <source>Type set by the project, not detected</source>
        <translation>Typ vom Projekt festgelegt, nicht erkannt</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers imported, %2 rows rejected, %3 duplicate keys.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Kunden importiert, %2 Zeilen abgelehnt, %3 doppelte Schlüssel.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; events imported, %2 rows rejected, %3 with unknown customers.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; Ereignisse importiert, %2 Zeilen abgelehnt, %3 mit unbekannten Kunden.</translation>
    </message>
    <message>
        <source>Events not loaded: %1</source>
        <translation>Ereignisse nicht geladen: %1</translation>
    </message>
    <message>
        <source>Data drift since the previous import:</source>
        <translation>Datendrift seit dem vorigen Import:</translation>
    </message>
    <message>
        <source>Compared with the import before this one, kept in the workspace (thresholds in its settings)</source>
        <translation>Verglichen mit dem Import davor, im Arbeitsbereich gespeichert (Schwellen in seinen Einstellungen)</translation>
    </message>
</context>
<context>
    <name>seg::ui::DataSession</name>
    <message>
        <source>Import cancelled; the previous data is still loaded.</source>
        <translation>Import abgebrochen; die vorherigen Daten sind weiterhin geladen.</translation>
    </message>
    <message>
        <source>Imported %1 customers</source>
        <translation>%1 Kunden importiert</translation>
    </message>
    <message>
        <source> and %1 events</source>
        <translation> und %1 Ereignisse</translation>
    </message>
    <message>
        <source>; events not loaded: %1</source>
        <translation>; Ereignisse nicht geladen: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::DateField</name>
    <message>
        <source>Type a whole date (2024-06-30, 30.06.2024) or pick it in the calendar</source>
        <translation>Ein ganzes Datum tippen (2024-06-30, 30.06.2024) oder im Kalender wählen</translation>
    </message>
</context>
<context>
    <name>seg::ui::DeriveForm</name>
    <message>
        <source>The new column's name; other nodes use it like any column</source>
        <translation>Der Name der neuen Spalte; andere Knoten verwenden sie wie jede andere Spalte</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>Spaltenname</translation>
    </message>
    <message>
        <source>Formula over customer columns</source>
        <translation>Formel über Kundenspalten</translation>
    </message>
    <message>
        <source>Summary of the customer's events</source>
        <translation>Zusammenfassung der Ereignisse des Kunden</translation>
    </message>
    <message>
        <source>Compute the column from other columns, or from each customer's events</source>
        <translation>Die Spalte aus anderen Spalten oder aus den Ereignissen jedes Kunden berechnen</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>Spaltenname</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>Berechnet aus</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>The column needs a name.</source>
        <translation>Die Spalte benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The customers already have a column '%1'.</source>
        <translation>Die Kunden haben bereits eine Spalte „%1“.</translation>
    </message>
</context>
<context>
    <name>seg::ui::DestinationDialog</name>
    <message>
        <source>Export for a Platform</source>
        <translation>Für eine Plattform exportieren</translation>
    </message>
    <message>
        <source>The platform the file goes to: its column names, which identifiers are hashed, its file limits and minimum audience (docs/destinations.md)</source>
        <translation>Die Plattform, für die die Datei bestimmt ist: ihre Spaltennamen, welche Kennungen gehasht werden, ihre Dateigrenzen und Mindestzielgruppe (docs/destinations.md)</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Zip:</source>
        <translation>PLZ:</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, when the row has no country</source>
        <translation>Das Land von Telefonnummern ohne Ländervorwahl, wenn die Zeile kein Land hat</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <source>&amp;Import List…</source>
        <translation>Liste &amp;importieren…</translation>
    </message>
    <message>
        <source>A CSV with a header naming its columns: email, phone, key, email_sha256 or phone_sha256; stored hashed beside the project</source>
        <translation>Eine CSV-Datei mit einer Kopfzeile, die ihre Spalten benennt: email, phone, key, email_sha256 oder phone_sha256; gehasht neben dem Projekt gespeichert</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>After the export: rows per file, members each list removed, warnings</source>
        <translation>Nach dem Export: Zeilen pro Datei, von jeder Liste entfernte Mitglieder, Warnungen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Change export settings</source>
        <translation>Exporteinstellungen ändern</translation>
    </message>
    <message>
        <source>Save the project first: suppression lists are stored beside the project file.</source>
        <translation>Speichern Sie zuerst das Projekt: Sperrlisten werden neben der Projektdatei gespeichert.</translation>
    </message>
    <message>
        <source>A suppression list needs a name.</source>
        <translation>Eine Sperrliste braucht einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Suppression list '%1': %n identifier(s) stored.</source>
        <translation>
            <numerusform>Sperrliste '%1': %n Kennung gespeichert.</numerusform>
            <numerusform>Sperrliste '%1': %n Kennungen gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read (first at line %1).</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden (der erste in Zeile %1).</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden (der erste in Zeile %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Suppression List</source>
        <translation>Sperrliste importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>Wählen Sie einen Ordner für den Export.</translation>
    </message>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation>Keine Daten geladen: importieren Sie zuerst Kunden.</translation>
    </message>
    <message>
        <source>Exporting ...</source>
        <translation>Exportiere ...</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert.</numerusform>
            <numerusform>%n Dateien nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped; the folder was left as it was.</source>
        <translation>Export angehalten; der Ordner blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (abgeleitet)</translation>
    </message>
    <message>
        <source>Length fits the country</source>
        <translation>Länge passt zum Land</translation>
    </message>
    <message>
        <source>Valid number range</source>
        <translation>Gültiger Nummernbereich</translation>
    </message>
    <message>
        <source>Valid number range also refuses numbers outside the ranges known as assigned; the phone data on this system may not know ranges opened recently</source>
        <translation>Gültiger Nummernbereich lehnt auch Nummern außerhalb der als vergeben bekannten Bereiche ab; die Telefondaten dieses Systems kennen kürzlich eröffnete Bereiche womöglich nicht</translation>
    </message>
    <message>
        <source>&amp;Phone check:</source>
        <translation>&amp;Telefonprüfung:</translation>
    </message>
    <message>
        <source>Segments to export:</source>
        <translation>Zu exportierende Segmente:</translation>
    </message>
    <message>
        <source>Suppression lists (checked: applied to this export):</source>
        <translation>Sperrlisten (angehakt: bei diesem Export angewendet):</translation>
    </message>
    <message>
        <source>&amp;Always Apply</source>
        <translation>&amp;Immer anwenden</translation>
    </message>
    <message>
        <source>Mark or unmark the selected list as applied to every export by default</source>
        <translation>Die gewählte Liste als standardmäßig bei jedem Export angewendet markieren oder die Markierung entfernen</translation>
    </message>
    <message>
        <source>%1 (always)</source>
        <translation>%1 (immer)</translation>
    </message>
    <message>
        <source>Choose at least one segment to export.</source>
        <translation>Wählen Sie mindestens ein Segment zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Nothing was exported: a mapped column does not look like its identifier. Check the mapping, or press Export Anyway.</source>
        <translation>Nichts wurde exportiert: eine zugeordnete Spalte sieht nicht wie ihr Merkmal aus. Prüfen Sie die Zuordnung oder wählen Sie „Trotzdem exportieren“.</translation>
    </message>
    <message>
        <source>Column '%1' (%2): %3 of %4 values cannot be read as %2.</source>
        <translation>Spalte '%1' (%2): %3 von %4 Werten lassen sich nicht als %2 lesen.</translation>
    </message>
    <message>
        <source>customer row %1: "%2"</source>
        <translation>Kundenzeile %1: „%2“</translation>
    </message>
</context>
<context>
    <name>seg::ui::DestinationJob</name>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation>Keine Daten geladen: importieren Sie zuerst Kunden.</translation>
    </message>
    <message>
        <source>Choose a destination.</source>
        <translation>Wählen Sie ein Ziel.</translation>
    </message>
    <message>
        <source>The graph could not be run: %1</source>
        <translation>Der Graph konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Segment '%1' could not be computed; nothing was written.</source>
        <translation>Segment '%1' konnte nicht berechnet werden; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members written to %4</source>
        <translation>%1: %2 von %3 Mitgliedern nach %4 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>suppression list '%1' removed %n</source>
        <translation>
            <numerusform>Sperrliste '%1' entfernte %n</numerusform>
            <numerusform>Sperrliste '%1' entfernte %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one segment to export.</source>
        <translation>Wählen Sie mindestens ein Segment zum Exportieren.</translation>
    </message>
    <message>
        <source>%1 needs columns mapped to %2.</source>
        <translation>%1 braucht zugeordnete Spalten für %2.</translation>
    </message>
</context>
<context>
    <name>seg::ui::Document</name>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1: kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Unknown node.</source>
        <translation>Unbekannter Knoten.</translation>
    </message>
    <message>
        <source>'%1' makes a column, not a set: use its column name in a condition instead.</source>
        <translation>„%1“ erzeugt eine Spalte, keine Menge: Verwenden Sie stattdessen ihren Spaltennamen in einer Bedingung.</translation>
    </message>
    <message>
        <source>'%1' has no output '%2'.</source>
        <translation>„%1“ hat keine Ausgabe „%2“.</translation>
    </message>
    <message>
        <source>'%1' (%2) takes no inputs.</source>
        <translation>„%1“ (%2) hat keine Eingaben.</translation>
    </message>
    <message>
        <source>'%1' is already connected to '%2'.</source>
        <translation>„%1“ ist bereits mit „%2“ verbunden.</translation>
    </message>
    <message>
        <source>Connecting '%1' to '%2' would make a cycle: '%2' already feeds '%1'.</source>
        <translation>„%1“ mit „%2“ zu verbinden würde einen Zyklus erzeugen: „%2“ speist bereits „%1“.</translation>
    </message>
    <message>
        <source>'%1' (%2) takes at most %3 inputs; disconnect one first.</source>
        <translation>„%1“ (%2) nimmt höchstens %3 Eingaben an; trennen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>%1 von %2 trennen</translation>
    </message>
    <message>
        <source>The clipboard does not hold Segment Studio nodes (not JSON).</source>
        <translation>Die Zwischenablage enthält keine Segment-Studio-Knoten (kein JSON).</translation>
    </message>
    <message>
        <source>The clipboard does not hold Segment Studio nodes.</source>
        <translation>Die Zwischenablage enthält keine Segment-Studio-Knoten.</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>Nichts zum Einfügen.</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Einfügen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>%n Knoten einfügen</numerusform>
            <numerusform>%n Knoten einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::EventAggregateEditor</name>
    <message>
        <source>Which events count: one event type, or any event</source>
        <translation>Welche Ereignisse zählen: ein Ereignistyp oder jedes Ereignis</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Only the last</source>
        <translation>Nur die letzten</translation>
    </message>
    <message>
        <source>Count only events within this many days before the as-of date</source>
        <translation>Nur Ereignisse in so vielen Tagen vor dem Stichtag zählen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Only count events whose column matches a comparison (e.g. amount at least 20)</source>
        <translation>Nur Ereignisse zählen, deren Spalte einen Vergleich erfüllt (z. B. Betrag mindestens 20)</translation>
    </message>
    <message>
        <source>where conditions</source>
        <translation>Filterbedingungen</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Anzahl der Ereignisse</translation>
    </message>
    <message>
        <source>Sum of</source>
        <translation>Summe von</translation>
    </message>
    <message>
        <source>Average of</source>
        <translation>Durchschnitt von</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Kleinster Wert</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Größter Wert</translation>
    </message>
    <message>
        <source>What is computed over the matching events of each customer</source>
        <translation>Was über die passenden Ereignisse jedes Kunden berechnet wird</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>The event column that is summed, averaged, or compared</source>
        <translation>Die Ereignisspalte, die summiert, gemittelt oder verglichen wird</translation>
    </message>
    <message>
        <source>measured column</source>
        <translation>Gemessene Spalte</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Of column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>The event column to check</source>
        <translation>Die zu prüfende Ereignisspalte</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>where field</source>
        <translation>Filterfeld</translation>
    </message>
    <message>
        <source>where %1</source>
        <translation>Filter-%1</translation>
    </message>
    <message>
        <source>(any event)</source>
        <translation>(jedes Ereignis)</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExplainPanel</name>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>The segment (or selected node) to explain</source>
        <translation>Das zu erklärende Segment (oder der ausgewählte Knoten)</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>Kundenschlüssel</translation>
    </message>
    <message>
        <source>Show why this customer is or is not in the segment</source>
        <translation>Zeigen, warum dieser Kunde im Segment ist oder nicht</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Value read</source>
        <translation>Gelesener Wert</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Pick a segment and type a customer key, or right-click a row in Preview &gt; Members.</source>
        <translation>Wählen Sie ein Segment und geben Sie einen Kundenschlüssel ein, oder klicken Sie mit der rechten Maustaste auf eine Zeile in Vorschau &gt; Mitglieder.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Nothing has run yet: import data and build a segment first.</source>
        <translation>Noch nichts ausgeführt: zuerst Daten importieren und ein Segment bauen.</translation>
    </message>
    <message>
        <source>Pick a segment and type a customer key.</source>
        <translation>Wählen Sie ein Segment und geben Sie einen Kundenschlüssel ein.</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Wird erklärt…</translation>
    </message>
    <message>
        <source>No customer with key '%1' in the data.</source>
        <translation>Kein Kunde mit dem Schlüssel '%1' in den Daten.</translation>
    </message>
    <message>
        <source>Cannot explain: %1</source>
        <translation>Erklärung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Customer %1 is in '%2'.</source>
        <translation>Kunde %1 ist in '%2'.</translation>
    </message>
    <message>
        <source>Customer %1 is not in '%2'. First excluded by '%3': %4</source>
        <translation>Kunde %1 ist nicht in '%2'. Zuerst ausgeschlossen durch '%3': %4</translation>
    </message>
    <message>
        <source>'%1' did not run: %2</source>
        <translation>'%1' wurde nicht ausgeführt: %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExportDialog</name>
    <message>
        <source>Export segments</source>
        <translation>Segmente exportieren</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weiterer</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>The segments to export; each becomes one CSV file</source>
        <translation>Die zu exportierenden Segmente; jedes wird zu einer CSV-Datei</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Check every segment</source>
        <translation>Alle Segmente auswählen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Uncheck every segment</source>
        <translation>Auswahl aller Segmente aufheben</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Each segment's own export columns</source>
        <translation>Eigene Exportspalten jedes Segments</translation>
    </message>
    <message>
        <source>Use the columns set on each segment node (its export settings); uncheck to choose the same columns for all segments</source>
        <translation>Die an jedem Segmentknoten festgelegten Spalten verwenden (seine Exporteinstellungen); deaktivieren, um für alle Segmente dieselben Spalten zu wählen</translation>
    </message>
    <message>
        <source>Columns written to the file, in this order (drag to reorder). Derived columns come from the derive nodes of the graph.</source>
        <translation>Spalten, die in dieser Reihenfolge in die Datei geschrieben werden (zum Umsortieren ziehen). Abgeleitete Spalten stammen aus den Ableitungsknoten des Graphen.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Choose where the file(s) go</source>
        <translation>Wählen Sie den Speicherort der Datei(en)</translation>
    </message>
    <message>
        <source>The character between values. Semicolon suits spreadsheets in countries that write decimals with a comma.</source>
        <translation>Das Zeichen zwischen den Werten. Das Semikolon eignet sich für Tabellenkalkulationen in Ländern, die Dezimalzahlen mit Komma schreiben.</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Komma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Semikolon  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation>Senkrechter Strich  |</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark (for Excel)</source>
        <translation>UTF-8 mit Byte-Order-Mark (für Excel)</translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark so that Excel shows accented letters correctly. Leave it off for other programs and databases.</source>
        <translation>Beginnt die Datei mit einer Byte-Order-Mark, damit Excel Umlaute und Akzente korrekt anzeigt. Für andere Programme und Datenbanken deaktiviert lassen.</translation>
    </message>
    <message>
        <source>Spreadsheet-safe text</source>
        <translation>Tabellenkalkulationssicherer Text</translation>
    </message>
    <message>
        <source>Spreadsheets run a cell that starts with = + - or @ as a formula, which an attacker can abuse through a name or email field. This puts an apostrophe before such text cells so they open as plain text. Numbers are not changed. Leave it off when another program reads the file: it changes the data.</source>
        <translation>Tabellenkalkulationen führen eine Zelle, die mit = + - oder @ beginnt, als Formel aus, was ein Angreifer über ein Namens- oder E-Mail-Feld missbrauchen kann. Diese Option setzt ein Apostroph vor solche Textzellen, damit sie als reiner Text geöffnet werden. Zahlen werden nicht verändert. Deaktiviert lassen, wenn ein anderes Programm die Datei liest: Die Option verändert die Daten.</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Run the graph on the current data and write the files</source>
        <translation>Den Graphen auf den aktuellen Daten ausführen und die Dateien schreiben</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customer(s))</source>
        <translation>
            <numerusform>%1 (%Ln Kunde)</numerusform>
            <numerusform>%1 (%Ln Kunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment node %1</source>
        <translation>Segmentknoten %1</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (abgeleitet)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>One CSV file per segment is written into this folder, named after the segment</source>
        <translation>In diesen Ordner wird pro Segment eine CSV-Datei geschrieben, benannt nach dem Segment</translation>
    </message>
    <message>
        <source>The CSV file to write</source>
        <translation>Die zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Writes %1</source>
        <translation>Schreibt %1</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export segment</source>
        <translation>Segment exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Check at least one segment to export.</source>
        <translation>Wählen Sie mindestens ein Segment zum Exportieren aus.</translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>Wählen Sie einen Zielordner für den Export.</translation>
    </message>
    <message>
        <source>Choose a file to export into.</source>
        <translation>Wählen Sie eine Zieldatei für den Export.</translation>
    </message>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation>Keine Daten geladen: Importieren Sie zuerst Kunden.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Nothing was exported: the existing files were kept.</source>
        <translation>Es wurde nichts exportiert: Die vorhandenen Dateien wurden beibehalten.</translation>
    </message>
    <message>
        <source>Exporting ...</source>
        <translation>Exportiere ...</translation>
    </message>
    <message>
        <source>Export stopped. Files not finished were not written; existing files were kept.</source>
        <translation>Export angehalten. Nicht fertiggestellte Dateien wurden nicht geschrieben; vorhandene Dateien wurden beibehalten.</translation>
    </message>
    <message>
        <source>Already written: %1.</source>
        <translation>Bereits geschrieben: %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert.</numerusform>
            <numerusform>%n Dateien nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the export; unfinished files are not written</source>
        <translation>Den Export anhalten; nicht fertiggestellte Dateien werden nicht geschrieben</translation>
    </message>
    <message>
        <source>These files already exist and will be replaced (or removed, when the last export into the folder wrote them and this one does not):

%1</source>
        <translation>Diese Dateien existieren bereits und werden ersetzt (oder entfernt, wenn der letzte Export in den Ordner sie geschrieben hat und dieser nicht):

%1</translation>
    </message>
    <message>
        <source>No file was changed.</source>
        <translation>Keine Datei wurde geändert.</translation>
    </message>
    <message>
        <source>The folder holds subfolders or links, so its files were replaced one by one; export into a folder of its own to have them replaced as a whole.</source>
        <translation>Der Ordner enthält Unterordner oder Verknüpfungen, daher wurden seine Dateien einzeln ersetzt; exportieren Sie in einen eigenen Ordner, damit sie als Ganzes ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExportJob</name>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation>Keine Daten geladen: Importieren Sie zuerst Kunden.</translation>
    </message>
    <message>
        <source>The graph could not be run: %1</source>
        <translation>Der Graph konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>it depends on a rule that has a problem</source>
        <translation>es hängt von einer Regel mit einem Problem ab</translation>
    </message>
    <message>
        <source>Segment '%1' could not be computed (%2); nothing was written to %3</source>
        <translation>Segment „%1“ konnte nicht berechnet werden (%2); nach %3 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for %2</source>
        <translation>Der Ordner %1 für %2 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExpressionField</name>
    <message>
        <source>e.g. total_spend &gt; 500 AND country IN ('US', 'CA')</source>
        <translation>z. B. total_spend &gt; 500 AND country IN ('US', 'CA')</translation>
    </message>
    <message>
        <source>e.g. total_spend / orders</source>
        <translation>z. B. total_spend / orders</translation>
    </message>
    <message>
        <source>A SQL-like formula over customer columns and derived columns.
Applied when you leave the editor or press Ctrl+Enter.</source>
        <translation>Eine SQL-ähnliche Formel über Kundenspalten und abgeleitete Spalten.
Wird übernommen, wenn Sie den Editor verlassen oder Strg+Eingabe drücken.</translation>
    </message>
    <message>
        <source>Syntax OK. Columns and types are checked once customer data is imported.</source>
        <translation>Syntax OK. Spalten und Typen werden geprüft, sobald Kundendaten importiert sind.</translation>
    </message>
    <message>
        <source>Syntax OK. A derived column it uses has a problem of its own, so types are not checked.</source>
        <translation>Syntax OK. Eine verwendete abgeleitete Spalte hat selbst ein Problem, daher werden die Typen nicht geprüft.</translation>
    </message>
    <message>
        <source>Valid formula.</source>
        <translation>Gültige Formel.</translation>
    </message>
    <message>
        <source>Valid formula; the column's type is %1.</source>
        <translation>Gültige Formel; der Typ der Spalte ist %1.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExpressionForm</name>
    <message>
        <source>formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Customers for whom the formula is TRUE are members. Columns: bare names or "double quoted"; text in 'single quotes'; dates as DATE '2024-01-31'.</source>
        <translation>Kunden, für die die Formel TRUE ergibt, sind Mitglieder. Spalten: einfache Namen oder in "doppelten Anführungszeichen"; Text in 'einfachen Anführungszeichen'; Datumswerte als DATE '2024-01-31'.</translation>
    </message>
</context>
<context>
    <name>seg::ui::GanttChart</name>
    <message>
        <source>Milliseconds since the run started</source>
        <translation>Millisekunden seit Beginn des Laufs</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>set logic</source>
        <translation>Mengenlogik</translation>
    </message>
    <message>
        <source>behavior</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>derive</source>
        <translation>Ableitung</translation>
    </message>
    <message>
        <source>top / split / priority</source>
        <translation>Top / Aufteilung / Priorität</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>hatched: result from the cache</source>
        <translation>schraffiert: Ergebnis aus dem Cache</translation>
    </message>
    <message>
        <source>No run yet. The timing of the last preview run appears here.</source>
        <translation>Noch kein Lauf. Hier erscheint die Zeitmessung des letzten Vorschaulaufs.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)
Worker %4: %5 → %6 ms (%7 ms)</source>
        <translation>%1 (%2, %3)
Worker %4: %5 → %6 ms (%7 ms)</translation>
    </message>
    <message>
        <source>
Result taken from the cache (unchanged since an earlier run)</source>
        <translation>
Ergebnis aus dem Cache übernommen (seit einem früheren Lauf unverändert)</translation>
    </message>
    <message>
        <source>
Status: %1</source>
        <translation>
Status: %1</translation>
    </message>
    <message>
        <source>The last run had no nodes to time.</source>
        <translation>Der letzte Lauf hatte keine Knoten zum Messen.</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Worker %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::GraphSettingsForm</name>
    <message>
        <source>The project's name, shown in run reports</source>
        <translation>Der Name des Projekts, angezeigt in Laufberichten</translation>
    </message>
    <message>
        <source>Rename graph</source>
        <translation>Graph umbenennen</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Festes Datum</translation>
    </message>
    <message>
        <source>Off: relative dates ("within the last 30 days") count back from today (UTC)</source>
        <translation>Aus: Relative Datumsangaben („in den letzten 30 Tagen“) zählen ab heute (UTC) zurück</translation>
    </message>
    <message>
        <source>The day relative date conditions count back from</source>
        <translation>Der Tag, ab dem relative Datumsbedingungen zurückzählen</translation>
    </message>
    <message>
        <source>Change as-of date</source>
        <translation>Stichtag ändern</translation>
    </message>
    <message>
        <source>Graph name</source>
        <translation>Graphname</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Select a node on the canvas to edit it.</source>
        <translation>Wählen Sie einen Knoten auf der Arbeitsfläche aus, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>not chosen yet (File &gt; Import)</source>
        <translation>noch nicht gewählt (Datei &gt; Importieren)</translation>
    </message>
    <message>
        <source>%1 (key: %2)</source>
        <translation>%1 (Schlüssel: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The events run from %1 to %2 (marked in the calendar).</source>
        <translation>Die Ereignisse reichen von %1 bis %2 (im Kalender markiert).</translation>
    </message>
</context>
<context>
    <name>seg::ui::HelpDialog</name>
    <message>
        <source>Segment Studio User Guide</source>
        <translation>Segment Studio – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>seg::ui::HistogramView</name>
    <message>
        <source>Shares (%)</source>
        <translation>Anteile (%)</translation>
    </message>
    <message>
        <source>The numeric or date column to compare</source>
        <translation>Die zu vergleichende numerische Spalte oder Datumsspalte</translation>
    </message>
    <message>
        <source>At most this many bins (whole-number columns may use fewer)</source>
        <translation>Höchstens so viele Klassen (Ganzzahlspalten können weniger verwenden)</translation>
    </message>
    <message>
        <source>On: each group's bars are its share in percent, so a small segment compares with everybody. Off: member counts.</source>
        <translation>Ein: Die Balken jeder Gruppe zeigen ihren Anteil in Prozent, sodass ein kleines Segment mit allen vergleichbar ist. Aus: Mitgliederzahlen.</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Spalte:</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Select a rule or segment on the canvas to compare a column inside it with all customers.</source>
        <translation>Wählen Sie eine Regel oder ein Segment auf der Arbeitsfläche aus, um eine Spalte darin mit allen Kunden zu vergleichen.</translation>
    </message>
    <message>
        <source>No members to compare yet.</source>
        <translation>Noch keine Mitglieder zum Vergleichen.</translation>
    </message>
    <message>
        <source>The data has no numeric or date column to compare.</source>
        <translation>Die Daten enthalten keine numerische Spalte oder Datumsspalte zum Vergleichen.</translation>
    </message>
    <message>
        <source>Column %1 has no values.</source>
        <translation>Spalte %1 hat keine Werte.</translation>
    </message>
    <message>
        <source>Share of group (%)</source>
        <translation>Anteil an der Gruppe (%)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>NULL values (not in the bars): %1 of all customers, %2 in %3</source>
        <translation>NULL-Werte (nicht in den Balken): %1 aller Kunden, %2 in %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportColumnsPage</name>
    <message>
        <source>Describe the columns</source>
        <translation>Spalten beschreiben</translation>
    </message>
    <message>
        <source>Which column identifies a customer, and what type each column has. Types were guessed from the first rows; change one when the guess is wrong (for example ZIP codes as text, or dates written as 31.12.2024).</source>
        <translation>Welche Spalte einen Kunden identifiziert und welchen Typ jede Spalte hat. Die Typen wurden aus den ersten Zeilen geschätzt; ändern Sie einen Typ, wenn die Schätzung falsch ist (zum Beispiel Postleitzahlen als Text oder Datumsangaben wie 31.12.2024).</translation>
    </message>
    <message>
        <source>Which columns hold the customer ID, the time and the kind of each event, and what type each column has.</source>
        <translation>Welche Spalten die Kunden-ID, den Zeitpunkt und die Art jedes Ereignisses enthalten und welchen Typ jede Spalte hat.</translation>
    </message>
    <message>
        <source>The column with a unique ID per customer. Without one, customers are numbered by their row (column _row).</source>
        <translation>Die Spalte mit einer eindeutigen ID pro Kunde. Ohne sie werden Kunden nach ihrer Zeile nummeriert (Spalte _row).</translation>
    </message>
    <message>
        <source>The column with the customer ID of each event; it is matched to the customers' ID column</source>
        <translation>Die Spalte mit der Kunden-ID jedes Ereignisses; sie wird der ID-Spalte der Kunden zugeordnet</translation>
    </message>
    <message>
        <source>Customer ID column:</source>
        <translation>Kunden-ID-Spalte:</translation>
    </message>
    <message>
        <source>What to do when the same customer ID appears on more than one row</source>
        <translation>Was geschehen soll, wenn dieselbe Kunden-ID in mehr als einer Zeile vorkommt</translation>
    </message>
    <message>
        <source>Keep the last row</source>
        <translation>Letzte Zeile behalten</translation>
    </message>
    <message>
        <source>Keep the first row</source>
        <translation>Erste Zeile behalten</translation>
    </message>
    <message>
        <source>Stop the import with an error</source>
        <translation>Import mit einem Fehler abbrechen</translation>
    </message>
    <message>
        <source>Duplicate IDs:</source>
        <translation>Doppelte IDs:</translation>
    </message>
    <message>
        <source>When the event happened: a date or timestamp column</source>
        <translation>Wann das Ereignis stattfand: eine Datums- oder Zeitstempelspalte</translation>
    </message>
    <message>
        <source>Time column:</source>
        <translation>Zeitspalte:</translation>
    </message>
    <message>
        <source>The kind of event (purchase, visit ...), used by behavior rules; optional</source>
        <translation>Die Art des Ereignisses (Kauf, Besuch ...), verwendet von Verhaltensregeln; optional</translation>
    </message>
    <message>
        <source>Event type column:</source>
        <translation>Ereignistyp-Spalte:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>(none: number the rows)</source>
        <translation>(keine: Zeilen nummerieren)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Automatic uses the type found in the whole file when importing</source>
        <translation>Automatisch verwendet den beim Import in der gesamten Datei erkannten Typ</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Guessed from %n row(s)</source>
        <translation>
            <numerusform>Aus %n Zeile geschätzt</numerusform>
            <numerusform>Aus %n Zeilen geschätzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Fits all sample values</source>
        <translation>Passt zu allen Beispielwerten</translation>
    </message>
    <message numerus="yes">
        <source>%n sample value(s) do not fit, e.g. '%1': those rows will be rejected</source>
        <translation>
            <numerusform>%n Beispielwert passt nicht, z. B. „%1“: Diese Zeile wird abgelehnt</numerusform>
            <numerusform>%n Beispielwerte passen nicht, z. B. „%1“: Diese Zeilen werden abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>A column type is not valid (see Check).</source>
        <translation>Ein Spaltentyp ist ungültig (siehe Prüfung).</translation>
    </message>
    <message>
        <source>How the dates of this column are written; the example is the column's first value read in that layout</source>
        <translation>Wie die Daten dieser Spalte geschrieben sind; das Beispiel ist der erste Wert der Spalte in dieser Schreibweise gelesen</translation>
    </message>
    <message>
        <source>Own date format</source>
        <translation>Eigenes Datumsformat</translation>
    </message>
    <message>
        <source>Write the layout with %d for the day, %m the month, %Y the year, %H hour, %M minute, %S second, e.g. %d.%m.%Y %H:%M</source>
        <translation>Schreiben Sie das Format mit %d für den Tag, %m den Monat, %Y das Jahr, %H Stunde, %M Minute, %S Sekunde, z. B. %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>Dates, but is %1 day first or month first? Choose the date format</source>
        <translation>Daten, aber steht in %1 der Tag oder der Monat vorne? Wählen Sie das Datumsformat</translation>
    </message>
    <message>
        <source>Recognised as %1; all sample values fit</source>
        <translation>Erkannt als %1; alle Stichprobenwerte passen</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportFilePage</name>
    <message>
        <source>Choose the customers file</source>
        <translation>Kundendatei auswählen</translation>
    </message>
    <message>
        <source>Choose the events file</source>
        <translation>Ereignisdatei auswählen</translation>
    </message>
    <message>
        <source>One row per customer: an ID column and the attributes you want to segment on. CSV or TSV, as exported from your CRM or shop system.</source>
        <translation>Eine Zeile pro Kunde: eine ID-Spalte und die Merkmale, nach denen Sie segmentieren möchten. CSV oder TSV, wie aus Ihrem CRM- oder Shopsystem exportiert.</translation>
    </message>
    <message>
        <source>One row per event (purchase, visit, email open ...): the customer ID, when it happened and what kind of event it was.</source>
        <translation>Eine Zeile pro Ereignis (Kauf, Besuch, E-Mail-Öffnung ...): die Kunden-ID, wann es stattfand und welche Art von Ereignis es war.</translation>
    </message>
    <message>
        <source>Path of a .csv or .tsv file</source>
        <translation>Pfad einer .csv- oder .tsv-Datei</translation>
    </message>
    <message>
        <source>The file to import. You can also drop a file onto this page.</source>
        <translation>Die zu importierende Datei. Sie können auch eine Datei auf diese Seite ziehen.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>Pick the file in a file dialog</source>
        <translation>Die Datei in einem Dateidialog auswählen</translation>
    </message>
    <message>
        <source>Tip: drop a CSV file onto this page or onto the main window.</source>
        <translation>Tipp: Ziehen Sie eine CSV-Datei auf diese Seite oder auf das Hauptfenster.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Import CSV file</source>
        <translation>CSV-Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 columns, %2. Click Next to check the format.</source>
        <translation>%1 Spalten, %2. Klicken Sie auf Weiter, um das Format zu prüfen.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportFormatPage</name>
    <message>
        <source>Comma  ,</source>
        <translation>Komma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Semikolon  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation>Senkrechter Strich  |</translation>
    </message>
    <message>
        <source>Check the format</source>
        <translation>Format prüfen</translation>
    </message>
    <message>
        <source>The delimiter and encoding were detected from the file. If the preview looks wrong (everything in one column, odd characters), change them here.</source>
        <translation>Trennzeichen und Kodierung wurden aus der Datei erkannt. Wenn die Vorschau falsch aussieht (alles in einer Spalte, seltsame Zeichen), ändern Sie sie hier.</translation>
    </message>
    <message>
        <source>The character between the values of a row</source>
        <translation>Das Zeichen zwischen den Werten einer Zeile</translation>
    </message>
    <message>
        <source>How the file stores letters such as é or ü. Files from Excel on Windows are often Windows-1252.</source>
        <translation>Wie die Datei Buchstaben wie é oder ü speichert. Dateien aus Excel unter Windows sind oft Windows-1252.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Empty cells are missing values</source>
        <translation>Leere Zellen sind fehlende Werte</translation>
    </message>
    <message>
        <source>Read empty cells as NULL (no value) rather than as empty text</source>
        <translation>Leere Zellen als NULL (kein Wert) statt als leeren Text lesen</translation>
    </message>
    <message>
        <source>Cell texts that mean "no value", separated by commas (compared after trimming spaces)</source>
        <translation>Zelltexte, die „kein Wert“ bedeuten, durch Kommas getrennt (verglichen nach Entfernen von Leerzeichen am Rand)</translation>
    </message>
    <message>
        <source>e.g. NULL, NA, N/A</source>
        <translation>z. B. NULL, NA, N/A</translation>
    </message>
    <message>
        <source>Also missing:</source>
        <translation>Ebenfalls fehlend:</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(erkannt)</translation>
    </message>
    <message>
        <source>Found by looking at the start of the file</source>
        <translation>Anhand des Dateianfangs ermittelt</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation>Fehlende Werte:</translation>
    </message>
    <message>
        <source>The first rows as they will be imported; grey cells are missing values, red rows cannot be imported (hover for the reason)</source>
        <translation>Die ersten Zeilen so, wie sie importiert werden; graue Zellen sind fehlende Werte, rote Zeilen können nicht importiert werden (für den Grund mit der Maus darauf zeigen)</translation>
    </message>
    <message>
        <source>Line number in the file</source>
        <translation>Zeilennummer in der Datei</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Line %1 will not be imported: %2</source>
        <translation>Zeile %1 wird nicht importiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of the file's rows.</source>
        <translation>
            <numerusform>%n Zeile der Datei wird angezeigt.</numerusform>
            <numerusform>%n Zeilen der Datei werden angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n rows.</source>
        <translation>
            <numerusform>%n Zeile vom Dateianfang wird angezeigt.</numerusform>
            <numerusform>Die ersten %n Zeilen werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark.</source>
        <translation>Die Datei beginnt mit einer UTF-8-Byte-Order-Mark.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) near the start cannot be imported as they are (red); the import will list them with their reasons.</source>
        <translation>
            <numerusform>%n Zeile am Anfang kann so nicht importiert werden (rot); der Import listet sie mit dem Grund auf.</numerusform>
            <numerusform>%n Zeilen am Anfang können so nicht importiert werden (rot); der Import listet sie mit ihren Gründen auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportReportView</name>
    <message>
        <source>the last row of each ID was kept</source>
        <translation>die letzte Zeile jeder ID wurde beibehalten</translation>
    </message>
    <message>
        <source>the first row of each ID was kept</source>
        <translation>die erste Zeile jeder ID wurde beibehalten</translation>
    </message>
    <message>
        <source>duplicates stop the import</source>
        <translation>Duplikate brechen den Import ab</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <source>Distinct texts</source>
        <translation>Verschiedene Texte</translation>
    </message>
    <message>
        <source>Each imported column with its type and how many rows have no value</source>
        <translation>Jede importierte Spalte mit ihrem Typ und der Anzahl der Zeilen ohne Wert</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Rows that were not imported, with the line of the file where they start</source>
        <translation>Nicht importierte Zeilen, mit der Zeile der Datei, in der sie beginnen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln row(s) imported&lt;/b&gt; of %1 data rows in the file.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Zeile importiert&lt;/b&gt; von %1 Datenzeilen in der Datei.</numerusform>
            <numerusform>&lt;b&gt;%Ln Zeilen importiert&lt;/b&gt; von %1 Datenzeilen in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected (listed below).</source>
        <translation>
            <numerusform>%Ln Zeile abgelehnt (unten aufgeführt).</numerusform>
            <numerusform>%Ln Zeilen abgelehnt (unten aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>Es wurden keine Zeilen abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeated an ID that was seen before; %1.</source>
        <translation>
            <numerusform>%Ln Zeile wiederholte eine bereits vorhandene ID; %1.</numerusform>
            <numerusform>%Ln Zeilen wiederholten eine bereits vorhandene ID; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer ID is unique.</source>
        <translation>Jede Kunden-ID ist eindeutig.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) belong to no imported customer and were ignored.</source>
        <translation>
            <numerusform>%Ln Ereignis gehört zu keinem importierten Kunden und wurde ignoriert.</numerusform>
            <numerusform>%Ln Ereignisse gehören zu keinem importierten Kunden und wurden ignoriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation>(gewählt)</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ganze Zeile)</translation>
    </message>
    <message>
        <source>Rejected rows: none</source>
        <translation>Abgelehnte Zeilen: keine</translation>
    </message>
    <message>
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>Abgelehnte Zeilen (die ersten %1 von %2):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Abgelehnte Zeilen:</translation>
    </message>
    <message>
        <source>Changed since the last import of this data:</source>
        <translation>Geändert seit dem letzten Import dieser Daten:</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The file is read in the background. Check the report, then click Finish to use the data.</source>
        <translation>Die Datei wird im Hintergrund gelesen. Prüfen Sie den Bericht und klicken Sie dann auf Fertigstellen, um die Daten zu verwenden.</translation>
    </message>
    <message>
        <source>Progress of the import (the file is read twice: types, then values)</source>
        <translation>Fortschritt des Imports (die Datei wird zweimal gelesen: erst Typen, dann Werte)</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Import anhalten</translation>
    </message>
    <message>
        <source>Stop the import; the data you had before stays loaded</source>
        <translation>Den Import anhalten; die vorherigen Daten bleiben geladen</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Erneut importieren</translation>
    </message>
    <message>
        <source>Read the file again with the same settings</source>
        <translation>Die Datei mit denselben Einstellungen erneut lesen</translation>
    </message>
    <message>
        <source>Importing %1 ...</source>
        <translation>%1 wird importiert ...</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportWizard</name>
    <message>
        <source>Whole number</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Dezimalzahl</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Ereignisse importieren</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>Import customers first: events are matched to customers by their ID.</source>
        <translation>Importieren Sie zuerst Kunden: Ereignisse werden den Kunden über ihre ID zugeordnet.</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer ID of each event.</source>
        <translation>Wählen Sie die Spalte, die die Kunden-ID jedes Ereignisses enthält.</translation>
    </message>
    <message>
        <source>Choose the column that holds the time of each event.</source>
        <translation>Wählen Sie die Spalte, die den Zeitpunkt jedes Ereignisses enthält.</translation>
    </message>
    <message>
        <source>The time column '%1' does not hold dates or timestamps; choose another column or set its type (with a format) below.</source>
        <translation>Die Zeitspalte „%1“ enthält keine Datumswerte oder Zeitstempel; wählen Sie eine andere Spalte oder legen Sie unten ihren Typ (mit Format) fest.</translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <translation>%1: %2 = %3</translation>
    </message>
    <message>
        <source>ISO: 2024-12-31 or 2024-12-31 14:30</source>
        <translation>ISO: 2024-12-31 oder 2024-12-31 14:30</translation>
    </message>
    <message>
        <source>Own format: %1</source>
        <translation>Eigenes Format: %1</translation>
    </message>
    <message>
        <source>Other format...</source>
        <translation>Anderes Format...</translation>
    </message>
    <message>
        <source>Column '%1' holds dates such as %2 that can be read day first or month first: choose its date format below.</source>
        <translation>Die Spalte „%1“ enthält Daten wie %2, die mit dem Tag oder dem Monat zuerst gelesen werden können: wählen Sie unten ihr Datumsformat.</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveChart</name>
    <message>
        <source>Replay time (s)</source>
        <translation>Wiedergabezeit (s)</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation>p50-Latenz</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <source>Messages applied per second, and how long an event took from its arrival to its enter/exit triggers (median and 99th percentile of each interval)</source>
        <translation>Angewendete Nachrichten pro Sekunde und wie lange ein Ereignis von seiner Ankunft bis zu seinen Eintritts-/Austrittsauslösern brauchte (Median und 99. Perzentil jedes Intervalls)</translation>
    </message>
    <message>
        <source>Waiting (lag)</source>
        <translation>Wartend (Rückstand)</translation>
    </message>
    <message>
        <source>Events/s, waiting</source>
        <translation>Ereignisse/s, wartend</translation>
    </message>
    <message>
        <source>Listening time (s)</source>
        <translation>Zuhörzeit (s)</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveFeedModel</name>
    <message>
        <source>enter</source>
        <translation>Eintritt</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <source>(clock)</source>
        <translation>(Uhr)</translation>
    </message>
    <message>
        <source>(profile update)</source>
        <translation>(Profiländerung)</translation>
    </message>
    <message>
        <source>Segment id: %1
Cause: %2
Change id: %3</source>
        <translation>Segment-ID: %1
Ursache: %2
Änderungs-ID: %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>seg::ui::LivePanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>E&amp;xport Feed…</source>
        <translation>Feed e&amp;xportieren…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>The project's events</source>
        <translation>Die Ereignisse des Projekts</translation>
    </message>
    <message>
        <source>An NDJSON file</source>
        <translation>Eine NDJSON-Datei</translation>
    </message>
    <message>
        <source>messages.ndjson</source>
        <translation>nachrichten.ndjson</translation>
    </message>
    <message>
        <source>One JSON message per line: events, and profile updates {"kind":"profile",…}</source>
        <translation>Eine JSON-Nachricht pro Zeile: Ereignisse und Profiländerungen {"kind":"profile",…}</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the NDJSON file to replay</source>
        <translation>Die abzuspielende NDJSON-Datei wählen</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Ereignisse pro Sekunde</translation>
    </message>
    <message>
        <source>Times real time</source>
        <translation>Mal Echtzeit</translation>
    </message>
    <message>
        <source>How fast messages are replayed: no pause between them, a fixed number per second, or the events' own pace sped up (86,400 = one day of events per second)</source>
        <translation>Wie schnell Nachrichten abgespielt werden: ohne Pause, eine feste Anzahl pro Sekunde oder im beschleunigten Takt der Ereignisse selbst (86.400 = ein Tag Ereignisse pro Sekunde)</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Festes Datum</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Ereigniszeit</translation>
    </message>
    <message>
        <source>Start the replay</source>
        <translation>Die Wiedergabe starten</translation>
    </message>
    <message>
        <source>Hold the replay after the current message</source>
        <translation>Die Wiedergabe nach der aktuellen Nachricht anhalten</translation>
    </message>
    <message>
        <source>Go on from where the replay was paused</source>
        <translation>Dort weitermachen, wo die Wiedergabe angehalten wurde</translation>
    </message>
    <message>
        <source>End the replay; the counts stay as they are now</source>
        <translation>Die Wiedergabe beenden; die Zahlen bleiben, wie sie jetzt sind</translation>
    </message>
    <message>
        <source>Write the feed's enters and exits to a CSV file</source>
        <translation>Die Ein- und Austritte des Feeds in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Empty the feed and the chart; the cards show the preview's counts again</source>
        <translation>Feed und Diagramm leeren; die Karten zeigen wieder die Zahlen der Vorschau</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Uhr:</translation>
    </message>
    <message>
        <source>Replay Messages</source>
        <translation>Nachrichten abspielen</translation>
    </message>
    <message>
        <source>NDJSON messages (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>NDJSON-Nachrichten (*.ndjson *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Export Live Feed</source>
        <translation>Live-Feed exportieren</translation>
    </message>
    <message>
        <source>live-feed.csv</source>
        <translation>live-feed.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>%n Änderung nach %1 exportiert.</numerusform>
            <numerusform>%n Änderungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1, clock %2</source>
        <translation>%1, Uhr %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Replay finished</source>
        <translation>Wiedergabe beendet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Enters and exits appear here, newest first.</source>
        <translation>Ein- und Austritte erscheinen hier, die neuesten zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest %1 of %2 changes</source>
        <translation>Die neuesten %1 von %2 Änderungen</translation>
    </message>
    <message>
        <source>Replays events through the live engine: the cards' counts move as customers enter and leave segments.</source>
        <translation>Spielt Ereignisse durch die Live-Engine ab: Die Zahlen der Karten ändern sich, während Kunden Segmente betreten und verlassen.</translation>
    </message>
    <message>
        <source>Cannot replay: %1</source>
        <translation>Wiedergabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 von %2 Nachrichten</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>%1 messages/s on average</source>
        <translation>%1 Nachrichten/s im Mittel</translation>
    </message>
    <message>
        <source>clock %1 (fixed)</source>
        <translation>Uhr %1 (fest)</translation>
    </message>
    <message>
        <source>clock %1 (event time)</source>
        <translation>Uhr %1 (Ereigniszeit)</translation>
    </message>
    <message>
        <source>%1 enters and exits</source>
        <translation>%1 Ein- und Austritte</translation>
    </message>
    <message>
        <source>%1 dead-lettered</source>
        <translation>%1 abgewiesen (Dead Letter)</translation>
    </message>
    <message>
        <source>%1 duplicates ignored</source>
        <translation>%1 Duplikate ignoriert</translation>
    </message>
    <message>
        <source>%1 of unknown customers</source>
        <translation>%1 von unbekannten Kunden</translation>
    </message>
    <message>
        <source>last dead letter: %1</source>
        <translation>letzter Dead Letter: %1</translation>
    </message>
    <message>
        <source>The graph was edited after the replay started: the cards show the preview again. Start again to replay the edited graph.</source>
        <translation>Der Graph wurde nach dem Start der Wiedergabe bearbeitet: Die Karten zeigen wieder die Vorschau. Erneut starten, um den bearbeiteten Graphen abzuspielen.</translation>
    </message>
    <message>
        <source>&amp;Broker…</source>
        <translation>&amp;Broker…</translation>
    </message>
    <message>
        <source>A broker (Redis or RabbitMQ)</source>
        <translation>Ein Broker (Redis oder RabbitMQ)</translation>
    </message>
    <message>
        <source>Replay the project's own events dataset in time order (the engine starts without them), a file of messages as segstudio-cli stream --from takes, or listen to a Redis stream or RabbitMQ queue (both start from the imported data)</source>
        <translation>Die Ereignisse des Projekts in zeitlicher Reihenfolge abspielen (die Engine startet ohne sie), eine Nachrichtendatei, wie segstudio-cli stream --from sie nimmt, oder auf einen Redis-Stream bzw. eine RabbitMQ-Queue hören (beide starten mit den importierten Daten)</translation>
    </message>
    <message>
        <source>redis://host:6379/0?stream=…</source>
        <translation>redis://host:6379/0?stream=…</translation>
    </message>
    <message>
        <source>The broker to listen to (the password, if any, shown as ***); change it with Broker…</source>
        <translation>Der Broker, auf den gehört wird (ein Passwort als ***); ändern mit Broker…</translation>
    </message>
    <message>
        <source>Choose the Redis stream or RabbitMQ queue to listen to, and test the connection</source>
        <translation>Den Redis-Stream oder die RabbitMQ-Queue wählen und die Verbindung testen</translation>
    </message>
    <message>
        <source>Today (UTC)</source>
        <translation>Heute (UTC)</translation>
    </message>
    <message>
        <source>The day “within the last N days” windows count from: a fixed date (the graph's as-of gives the batch result), the latest event time seen (windows move as events arrive), or today in UTC (windows move at midnight, as for a broker in production)</source>
        <translation>Der Tag, ab dem „in den letzten N Tagen“-Fenster zählen: ein festes Datum (das Stichtagsdatum des Graphen ergibt das Batch-Ergebnis), die späteste gesehene Ereigniszeit (Fenster wandern mit den Ereignissen) oder heute in UTC (Fenster wandern um Mitternacht, wie bei einem Broker im Betrieb)</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Hört zu</translation>
    </message>
    <message>
        <source>Stopped listening to %1.</source>
        <translation>Zuhören auf %1 beendet.</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 lehnt ab: %2</translation>
    </message>
    <message>
        <source>%1 is not reachable (%2)</source>
        <translation>%1 ist nicht erreichbar (%2)</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>neuer Versuch in %n s</numerusform>
            <numerusform>neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation>neuer Versuch jetzt</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>lag: at least %1 waiting</source>
        <translation>Rückstand: mindestens %1 wartend</translation>
    </message>
    <message>
        <source>lag: %1 waiting</source>
        <translation>Rückstand: %1 wartend</translation>
    </message>
    <message>
        <source>lag unknown (%1)</source>
        <translation>Rückstand unbekannt (%1)</translation>
    </message>
    <message>
        <source>lag: measuring…</source>
        <translation>Rückstand: wird gemessen…</translation>
    </message>
    <message numerus="yes">
        <source>reconnected %n time(s)</source>
        <translation>
            <numerusform>%n-mal neu verbunden</numerusform>
            <numerusform>%n-mal neu verbunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Listens to the broker through the live engine: the cards' counts move as customers enter and leave segments. The dock acknowledges what it reads: use a consumer group or queue of its own.</source>
        <translation>Hört über die Live-Engine auf den Broker: Die Zahlen der Karten ändern sich, wenn Kunden Segmente betreten und verlassen. Das Dock bestätigt, was es liest: Verwenden Sie eine eigene Consumer-Gruppe oder Queue.</translation>
    </message>
    <message>
        <source>clock %1 (today, UTC)</source>
        <translation>Uhr %1 (heute, UTC)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more reason(s)</source>
        <translation>
            <numerusform>%n weiterer Grund</numerusform>
            <numerusform>%n weitere Gründe</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letters by reason: %1</source>
        <translation>Abgewiesen nach Grund: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveReplayController</name>
    <message>
        <source>A replay is already running; stop it first.</source>
        <translation>Es läuft bereits eine Wiedergabe; zuerst stoppen.</translation>
    </message>
    <message>
        <source>No data is loaded: import the customers (and events) first.</source>
        <translation>Keine Daten geladen: zuerst die Kunden (und Ereignisse) importieren.</translation>
    </message>
    <message>
        <source>The project has no events to replay: import an events file, or replay an NDJSON file.</source>
        <translation>Das Projekt hat keine Ereignisse zum Abspielen: eine Ereignisdatei importieren oder eine NDJSON-Datei abspielen.</translation>
    </message>
    <message>
        <source>Choose the NDJSON file to replay.</source>
        <translation>Die abzuspielende NDJSON-Datei wählen.</translation>
    </message>
</context>
<context>
    <name>seg::ui::MainWindow</name>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>Ein neues, leeres Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a segment graph (.segment.json)</source>
        <translation>Einen Segmentgraphen öffnen (.segment.json)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>Import &amp;Customers…</source>
        <translation>&amp;Kunden importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import the customer table from a CSV file</source>
        <translation>Die Kundentabelle aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>Import &amp;Events…</source>
        <translation>&amp;Ereignisse importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import an event log (purchases, visits…) from a CSV file</source>
        <translation>Ein Ereignisprotokoll (Käufe, Besuche…) aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Reload Data</source>
        <translation>Daten neu &amp;laden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Import the project's data files again (after they changed on disk); a workspace records the new import</source>
        <translation>Die Datendateien des Projekts erneut importieren (nachdem sie sich geändert haben); ein Arbeitsbereich speichert den neuen Import</translation>
    </message>
    <message>
        <source>&amp;Export Segments…</source>
        <translation>Segmente e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write segment members to CSV files for your campaign tool</source>
        <translation>Segmentmitglieder für Ihr Kampagnentool in CSV-Dateien schreiben</translation>
    </message>
    <message>
        <source>Export S&amp;QL…</source>
        <translation>S&amp;QL exportieren…</translation>
    </message>
    <message>
        <source>Show the graph as SQL for SQLite or PostgreSQL, to copy or save</source>
        <translation>Den Graphen als SQL für SQLite oder PostgreSQL anzeigen, zum Kopieren oder Speichern</translation>
    </message>
    <message>
        <source>Run on SQL &amp;Engine…</source>
        <translation>In SQL-&amp;Engine ausführen…</translation>
    </message>
    <message>
        <source>Run the graph inside an SQL database where the data lives</source>
        <translation>Den Graphen in der SQL-Datenbank ausführen, in der die Daten liegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Segment Studio</source>
        <translation>Segment Studio beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Jetzt ausführen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Run the whole graph now</source>
        <translation>Den ganzen Graphen jetzt ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Ausführung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Stop the run in progress</source>
        <translation>Die laufende Ausführung anhalten</translation>
    </message>
    <message>
        <source>Run &amp;Automatically After Edits</source>
        <translation>Nach Änderungen &amp;automatisch ausführen</translation>
    </message>
    <message>
        <source>Re-run the affected nodes in the background after every edit</source>
        <translation>Die betroffenen Knoten nach jeder Änderung im Hintergrund erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Segment Studio</source>
        <translation>&amp;Über Segment Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Importing %p%</source>
        <translation>Importiere %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the import; the data loaded before stays in use</source>
        <translation>Den Import anhalten; die zuvor geladenen Daten bleiben in Verwendung</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;geöffnetes Projekt&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>Import %1 as the customer table or as the event log?</source>
        <translation>%1 als Kundentabelle oder als Ereignisprotokoll importieren?</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>No data loaded — File &gt; Import Customers</source>
        <translation>Keine Daten geladen — Datei &gt; Kunden importieren</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source> · %1 events</source>
        <translation> · %1 Ereignisse</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Not run: see Problems</source>
        <translation>Nicht ausgeführt: siehe Probleme</translation>
    </message>
    <message>
        <source>Last run: %1 ms (%2, threads: %3)</source>
        <translation>Letzter Lauf: %1 ms (%2, Threads: %3)</translation>
    </message>
    <message>
        <source> · nodes that need attention: %1</source>
        <translation> · Knoten, die Aufmerksamkeit erfordern: %1</translation>
    </message>
    <message>
        <source>About Segment Studio</source>
        <translation>Über Segment Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segment Studio %1&lt;/h3&gt;&lt;p&gt;Design customer segments as a graph of rules, check their sizes and overlaps, and export member lists for your campaign tools.&lt;/p&gt;&lt;p&gt;The same graph file runs headless with &lt;code&gt;segstudio-cli&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %2, oneTBB, SQLite and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segment Studio %1&lt;/h3&gt;&lt;p&gt;Entwerfen Sie Kundensegmente als Graph aus Regeln, prüfen Sie ihre Größen und Überschneidungen und exportieren Sie Mitgliederlisten für Ihre Kampagnentools.&lt;/p&gt;&lt;p&gt;Dieselbe Graphdatei läuft ohne Oberfläche mit &lt;code&gt;segstudio-cli&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, oneTBB, SQLite und QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Segment Studio</source>
        <translation>%1[*] — Segment Studio</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them before going on?</source>
        <translation>Das Projekt enthält nicht gespeicherte Änderungen. Vor dem Fortfahren speichern?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>%1 konnte nicht geöffnet werden:

%2</translation>
    </message>
    <message>
        <source>Project opened with problems</source>
        <translation>Projekt mit Problemen geöffnet</translation>
    </message>
    <message>
        <source>The project was opened, but some nodes need attention:

%1</source>
        <translation>Das Projekt wurde geöffnet, aber einige Knoten erfordern Aufmerksamkeit:

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>campaign.segment.json</source>
        <translation>kampagne.segment.json</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The project was not saved (the file on disk is unchanged):
%1</source>
        <translation>Das Projekt wurde nicht gespeichert (die Datei auf der Festplatte ist unverändert):
%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(keine zuletzt geöffneten Projekte)</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Ereignisse importieren</translation>
    </message>
    <message>
        <source>Import the customers first: events are matched to customers by their key.</source>
        <translation>Importieren Sie zuerst die Kunden: Ereignisse werden den Kunden über ihren Schlüssel zugeordnet.</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>A&amp;usschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitmessung</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>In Ansicht &amp;einpassen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation>Automatisches &amp;Layout</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Neu aus &amp;Vorlage…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Start from a ready graph (win-back, VIP, churn risk…) filled in with your data</source>
        <translation>Mit einem fertigen Graphen beginnen (Rückgewinnung, VIP, Abwanderungsrisiko…), ausgefüllt mit Ihren Daten</translation>
    </message>
    <message>
        <source>Compare &amp;Strategies</source>
        <translation>&amp;Strategien vergleichen</translation>
    </message>
    <message>
        <source>Time the graph sequentially, in parallel and hybrid on the current data</source>
        <translation>Den Graphen auf den aktuellen Daten sequenziell, parallel und hybrid stoppen</translation>
    </message>
    <message>
        <source>New from template: %1</source>
        <translation>Neu aus Vorlage: %1</translation>
    </message>
    <message>
        <source>Check the dates: %1</source>
        <translation>Daten prüfen: %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Replay Events &amp;Live…</source>
        <translation>Ereignisse &amp;live abspielen…</translation>
    </message>
    <message>
        <source>Replay the project's events (or an NDJSON file) through the live engine and watch the segments change</source>
        <translation>Die Ereignisse des Projekts (oder eine NDJSON-Datei) durch die Live-Engine abspielen und den Segmenten beim Ändern zusehen</translation>
    </message>
    <message>
        <source>Export for a &amp;Platform…</source>
        <translation>Für eine &amp;Plattform exportieren…</translation>
    </message>
    <message>
        <source>Write segments ready to upload to Mailchimp, Klaviyo, Google, Meta or LinkedIn</source>
        <translation>Segmente fertig zum Hochladen zu Mailchimp, Klaviyo, Google, Meta oder LinkedIn schreiben</translation>
    </message>
    <message>
        <source>Save &amp;Workspace…</source>
        <translation>&amp;Arbeitsbereich speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Save the project with its data and run history in one .segstudio file</source>
        <translation>Das Projekt mit seinen Daten und dem Laufverlauf in einer .segstudio-Datei speichern</translation>
    </message>
    <message>
        <source>%1 is a workspace; a plain graph is not written over it. Use File &gt; Save Workspace, or choose another name.</source>
        <translation>%1 ist ein Arbeitsbereich; er wird nicht mit einem reinen Graphen überschrieben. Verwenden Sie Datei &gt; Arbeitsbereich speichern oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>Laufverlauf</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1 (upgraded; the old file is kept as %2)</source>
        <translation>%1 geöffnet (aktualisiert; die alte Datei bleibt als %2 erhalten)</translation>
    </message>
    <message>
        <source>campaign.segstudio</source>
        <translation>kampagne.segstudio</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Arbeitsbereich speichern</translation>
    </message>
    <message>
        <source>Segment Studio workspaces (*.segstudio)</source>
        <translation>Segment-Studio-Arbeitsbereiche (*.segstudio)</translation>
    </message>
    <message>
        <source>A workspace is being saved; wait until it is done.</source>
        <translation>Ein Arbeitsbereich wird gerade gespeichert; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>A workspace keeps the project's data: import the customers first (or wait for the import).</source>
        <translation>Ein Arbeitsbereich enthält die Daten des Projekts: importieren Sie zuerst die Kunden (oder warten Sie auf den Import).</translation>
    </message>
    <message>
        <source>%1 is not a workspace (a graph or another file); it is not overwritten. Choose a .segstudio name.</source>
        <translation>%1 ist kein Arbeitsbereich (ein Graph oder eine andere Datei); sie wird nicht überschrieben. Wählen Sie einen .segstudio-Namen.</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>Arbeitsbereich kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saving workspace %1…</source>
        <translation>Arbeitsbereich %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>The workspace was not saved (the file on disk is unchanged):
%1</source>
        <translation>Der Arbeitsbereich wurde nicht gespeichert (die Datei auf dem Datenträger ist unverändert):
%1</translation>
    </message>
    <message>
        <source>Saved workspace %1</source>
        <translation>Arbeitsbereich %1 gespeichert</translation>
    </message>
    <message>
        <source> · data drift: %1</source>
        <translation> · Datendrift: %1</translation>
    </message>
    <message>
        <source>Run %1 recorded in the workspace history</source>
        <translation>Lauf %1 im Verlauf des Arbeitsbereichs gespeichert</translation>
    </message>
    <message>
        <source>Run not recorded: %1</source>
        <translation>Lauf nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Listen to a &amp;Broker…</source>
        <translation>Auf einen &amp;Broker hören…</translation>
    </message>
    <message>
        <source>Listen to a Redis stream or RabbitMQ queue through the live engine: counts, lag and connection problems in the Live dock</source>
        <translation>Über die Live-Engine auf einen Redis-Stream oder eine RabbitMQ-Queue hören: Zahlen, Rückstand und Verbindungsprobleme im Live-Dock</translation>
    </message>
    <message>
        <source>The workspace's import records cannot be read: %1</source>
        <translation>Die Importeinträge des Arbeitsbereichs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reload Data</source>
        <translation>Daten neu laden</translation>
    </message>
    <message>
        <source>Writing the reloaded data into %1…</source>
        <translation>Die neu geladenen Daten werden in %1 geschrieben…</translation>
    </message>
    <message>
        <source>The reloaded data was not written into the workspace (the file on disk is unchanged):
%1</source>
        <translation>Die neu geladenen Daten wurden nicht in den Arbeitsbereich geschrieben (die Datei auf der Festplatte ist unverändert):
%1</translation>
    </message>
    <message>
        <source>Reloaded the data into workspace %1</source>
        <translation>Daten in den Arbeitsbereich %1 neu geladen</translation>
    </message>
</context>
<context>
    <name>seg::ui::MemberSampleView</name>
    <message>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>How many members to show (the first ones in customer-key order)</source>
        <translation>Wie viele Mitglieder angezeigt werden (die ersten in der Reihenfolge der Kundenschlüssel)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the customer and derived columns to show</source>
        <translation>Die anzuzeigenden Kunden- und abgeleiteten Spalten wählen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Select a rule or segment on the canvas to see its members.</source>
        <translation>Wählen Sie eine Regel oder ein Segment auf der Arbeitsfläche aus, um die Mitglieder zu sehen.</translation>
    </message>
    <message>
        <source>No members to show yet.</source>
        <translation>Noch keine Mitglieder zum Anzeigen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 members, showing the first %3 by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Mitglieder, die ersten %3 nach %4 werden angezeigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: finding the first members…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: erste Mitglieder werden gesucht…</translation>
    </message>
    <message>
        <source>Why Is This Customer Here?</source>
        <translation>Warum ist dieser Kunde hier?</translation>
    </message>
    <message>
        <source>Show the rules that put this customer in the segment, node by node</source>
        <translation>Die Regeln zeigen, die diesen Kunden ins Segment bringen, Knoten für Knoten</translation>
    </message>
</context>
<context>
    <name>seg::ui::MemberTableModel</name>
    <message>
        <source>NULL</source>
        <translation>NULL</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>seg::ui::MiniMap</name>
    <message>
        <source>Overview of the whole graph: click or drag to move the view</source>
        <translation>Übersicht über den ganzen Graphen: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeEditorWidget</name>
    <message>
        <source>Canvas</source>
        <translation>Arbeitsfläche</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in on the canvas</source>
        <translation>Die Arbeitsfläche vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation>Die Arbeitsfläche verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Den ganzen Graphen anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisches Layout</translation>
    </message>
    <message>
        <source>Arrange the nodes in columns by dependency (can be undone)</source>
        <translation>Die Knoten nach Abhängigkeit in Spalten anordnen (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeForm</name>
    <message>
        <source>none yet: drag from another node's output port onto this node</source>
        <translation>noch keine: vom Ausgangsport eines anderen Knotens auf diesen Knoten ziehen</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeItem</name>
    <message>
        <source>Column “%1”</source>
        <translation>Spalte „%1“</translation>
    </message>
    <message>
        <source>– customers</source>
        <translation>– Kunden</translation>
    </message>
    <message>
        <source>%L1 customers</source>
        <translation>%L1 Kunden</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Up to date (cached)</source>
        <translation>Aktuell (zwischengespeichert)</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Last run: %1 ms</source>
        <translation>Letzter Lauf: %1 ms</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>minus</source>
        <translation>abziehen</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>&lt;0.1 ms</source>
        <translation>&lt;0,1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Warnhinweise:</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodePalette</name>
    <message>
        <source>Drag a node type onto the canvas, or double-click it to add it in the middle.</source>
        <translation>Ziehen Sie einen Knotentyp auf die Arbeitsfläche oder doppelklicken Sie darauf, um ihn in der Mitte hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeScene</name>
    <message>
        <source>Delete selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>%n Knoten kopiert.</numerusform>
            <numerusform>%n Knoten kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect “%1” to “%2”: %3</source>
        <translation>„%1“ kann nicht mit „%2“ verbunden werden: %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeView</name>
    <message>
        <source>Drag from a node's right port to another node to connect them. Wheel: zoom, middle button or Space+drag: pan, Delete: remove the selection.</source>
        <translation>Ziehen Sie vom rechten Port eines Knotens auf einen anderen Knoten, um beide zu verbinden. Mausrad: zoomen, mittlere Maustaste oder Leertaste+Ziehen: verschieben, Entf: Auswahl entfernen.</translation>
    </message>
    <message>
        <source>Drag a node type from the palette onto the canvas to start.
Connect nodes by dragging from a node's right-hand port to another node.</source>
        <translation>Ziehen Sie zum Start einen Knotentyp aus der Palette auf die Arbeitsfläche.
Verbinden Sie Knoten, indem Sie vom rechten Port eines Knotens auf einen anderen Knoten ziehen.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Add Node Here</source>
        <translation>Knoten hier hinzufügen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>An Ansicht anpassen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n node(s)</source>
        <translation>
            <numerusform>%n Knoten duplizieren</numerusform>
            <numerusform>%n Knoten duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect Inputs</source>
        <translation>Eingänge trennen</translation>
    </message>
    <message>
        <source>Show Members</source>
        <translation>Mitglieder anzeigen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Only segments are exported: connect this node to a segment first.</source>
        <translation>Nur Segmente werden exportiert: Verbinden Sie diesen Knoten zuerst mit einem Segment.</translation>
    </message>
    <message>
        <source>Add and connect to “%1”</source>
        <translation>Hinzufügen und mit „%1“ verbinden</translation>
    </message>
    <message>
        <source>Add %1 connected to %2</source>
        <translation>%1 hinzufügen, verbunden mit %2</translation>
    </message>
    <message>
        <source>Cannot connect “%1” to the new node: %2</source>
        <translation>„%1“ kann nicht mit dem neuen Knoten verbunden werden: %2</translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation>Knoten umbenennen</translation>
    </message>
    <message>
        <source>Label shown on the card of “%1” (empty: none):</source>
        <translation>Beschriftung auf der Karte von „%1“ (leer: keine):</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Disconnect the inputs of %1</source>
        <translation>Eingänge von %1 trennen</translation>
    </message>
</context>
<context>
    <name>seg::ui::OverlapModel</name>
    <message>
        <source>%1: %2 members. Click to list them.</source>
        <translation>%1: %2 Mitglieder. Klicken, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>In both %1 and %2: %3 members
%4 % of %1, %5 % of %2
Jaccard index: %6
Click to list them.</source>
        <translation>Sowohl in %1 als auch in %2: %3 Mitglieder
%4 % von %1, %5 % von %2
Jaccard-Index: %6
Klicken, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>Segment %1 (node %2): %3 members</source>
        <translation>Segment %1 (Knoten %2): %3 Mitglieder</translation>
    </message>
</context>
<context>
    <name>seg::ui::OverlapView</name>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Jaccard index</source>
        <translation>Jaccard-Index</translation>
    </message>
    <message>
        <source>Click a cell to see who is in both segments.</source>
        <translation>Klicken Sie auf eine Zelle, um zu sehen, wer in beiden Segmenten ist.</translation>
    </message>
    <message>
        <source>Number of customers in both segments</source>
        <translation>Anzahl der Kunden in beiden Segmenten</translation>
    </message>
    <message>
        <source>Similarity of two segments: members in both divided by members in either (0 to 1)</source>
        <translation>Ähnlichkeit zweier Segmente: Mitglieder in beiden geteilt durch Mitglieder in mindestens einem (0 bis 1)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Members shared by each pair of segments</source>
        <translation>Gemeinsame Mitglieder jedes Segmentpaars</translation>
    </message>
</context>
<context>
    <name>seg::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; takes effect when Segment Studio starts again</source>
        <translation>Die Sprache von Menüs und Dialogen; wird beim nächsten Start von Segment Studio wirksam</translation>
    </message>
    <message>
        <source>How the preview runs the graph; auto picks the fastest for the data size</source>
        <translation>Wie die Vorschau den Graphen ausführt; Automatisch wählt die schnellste Strategie für die Datenmenge</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>Worker threads for runs; 0 uses every core</source>
        <translation>Worker-Threads für Läufe; 0 verwendet alle Kerne</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language changes apply after a restart.</source>
        <translation>Sprachänderungen werden nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Run &amp;strategy:</source>
        <translation>&amp;Ausführungsstrategie:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
</context>
<context>
    <name>seg::ui::PreviewPanel</name>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Members per segment</source>
        <translation>Mitglieder pro Segment</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>Customers shared by pairs of segments</source>
        <translation>Gemeinsame Kunden von Segmentpaaren</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>A sample of the members of the selected node</source>
        <translation>Eine Stichprobe der Mitglieder des ausgewählten Knotens</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>A column's distribution inside the selected node versus all customers</source>
        <translation>Die Verteilung einer Spalte im ausgewählten Knoten im Vergleich zu allen Kunden</translation>
    </message>
    <message>
        <source>Import customers to see the preview.</source>
        <translation>Importieren Sie Kunden, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>The preview run failed: %1</source>
        <translation>Der Vorschaulauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing to preview yet: add rules and connect them to a segment.</source>
        <translation>Noch nichts für die Vorschau: Fügen Sie Regeln hinzu und verbinden Sie sie mit einem Segment.</translation>
    </message>
    <message>
        <source>The segments of this cell have no result in the last run.</source>
        <translation>Die Segmente dieser Zelle haben im letzten Lauf kein Ergebnis.</translation>
    </message>
    <message>
        <source>In both %1 and %2</source>
        <translation>Sowohl in %1 als auch in %2</translation>
    </message>
    <message>
        <source>Select a rule or segment on the canvas (or click a cell of the overlap matrix) to see its members.</source>
        <translation>Wählen Sie eine Regel oder ein Segment auf der Arbeitsfläche aus (oder klicken Sie auf eine Zelle der Überschneidungsmatrix), um die Mitglieder zu sehen.</translation>
    </message>
    <message>
        <source>Node %1 did not run: %2</source>
        <translation>Knoten %1 wurde nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>%1 makes the column '%2', not a set of customers: pick it as a column of another node's members.</source>
        <translation>%1 erzeugt die Spalte „%2“, keine Kundenmenge: Wählen Sie sie als Spalte für die Mitglieder eines anderen Knotens.</translation>
    </message>
    <message>
        <source>%1 has no result yet; it runs after the next edit settles.</source>
        <translation>%1 hat noch kein Ergebnis; der Knoten wird nach Abschluss der nächsten Änderung ausgeführt.</translation>
    </message>
</context>
<context>
    <name>seg::ui::PriorityForm</name>
    <message>
        <source>Each customer goes to the first input (from the top) that contains them</source>
        <translation>Jeder Kunde wird der ersten Eingabe (von oben) zugeordnet, die ihn enthält</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Give the selected input a higher priority</source>
        <translation>Der ausgewählten Eingabe eine höhere Priorität geben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Give the selected input a lower priority</source>
        <translation>Der ausgewählten Eingabe eine niedrigere Priorität geben</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Connect more inputs on the canvas. Each input becomes an output port with the customers it wins.</source>
        <translation>Verbinden Sie weitere Eingaben auf der Arbeitsfläche. Jede Eingabe wird zu einem Ausgangsport mit den Kunden, die ihr zugeordnet werden.</translation>
    </message>
    <message>
        <source>input order</source>
        <translation>Eingabereihenfolge</translation>
    </message>
</context>
<context>
    <name>seg::ui::ProblemsPanel</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Double-click a row to select its node; right-click for its fix</source>
        <translation>Doppelklick auf eine Zeile wählt ihren Knoten; Rechtsklick zeigt ihre Korrektur</translation>
    </message>
    <message>
        <source>Apply this fix (Ctrl+Z undoes it)</source>
        <translation>Diese Korrektur anwenden (Strg+Z macht sie rückgängig)</translation>
    </message>
    <message>
        <source>Select node</source>
        <translation>Knoten auswählen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Node id: %1</source>
        <translation>Knoten-ID: %1</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnhinweis</translation>
    </message>
</context>
<context>
    <name>seg::ui::PropertiesPanel</name>
    <message>
        <source>The node's id in the graph file; other nodes refer to it by this id</source>
        <translation>Die ID des Knotens in der Graphdatei; andere Knoten verweisen über diese ID auf ihn</translation>
    </message>
    <message>
        <source>A display name shown on the canvas (optional)</source>
        <translation>Ein auf der Arbeitsfläche angezeigter Anzeigename (optional)</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>optional display name</source>
        <translation>optionaler Anzeigename</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Graph settings</source>
        <translation>Graph-Einstellungen</translation>
    </message>
    <message>
        <source>%1 nodes are selected; this is the last one clicked.</source>
        <translation>%1 Knoten sind ausgewählt; dies ist der zuletzt angeklickte.</translation>
    </message>
</context>
<context>
    <name>seg::ui::RecoveryStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>der Wiederherstellungsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::RuleText</name>
    <message>
        <source>(empty text)</source>
        <translation>(leerer Text)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>(no values)</source>
        <translation>(keine Werte)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ist nicht %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 zwischen %2 und %3</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 ist eines von %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 ist keines von %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 has a value</source>
        <translation>%1 hat einen Wert</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 enthält %2</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 beginnt mit %2</translation>
    </message>
    <message>
        <source>%1 ends with %2</source>
        <translation>%1 endet auf %2</translation>
    </message>
    <message>
        <source>%1 is true</source>
        <translation>%1 ist wahr</translation>
    </message>
    <message>
        <source>%1 is false</source>
        <translation>%1 ist falsch</translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %n day(s)</source>
        <translation>
            <numerusform>%1 innerhalb von %n Tag</numerusform>
            <numerusform>%1 in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more than %n day(s) ago</source>
        <translation>
            <numerusform>%1 vor mehr als %n Tag</numerusform>
            <numerusform>%1 vor mehr als %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (ignore case)</source>
        <translation>%1 (ohne Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>kein %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 exactly %n time(s)</source>
        <translation>
            <numerusform>%1 genau %n-mal</numerusform>
            <numerusform>%1 genau %n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fewer than %n time(s)</source>
        <translation>
            <numerusform>%1 weniger als %n-mal</numerusform>
            <numerusform>%1 weniger als %n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at most %n time(s)</source>
        <translation>
            <numerusform>%1 höchstens %n-mal</numerusform>
            <numerusform>%1 höchstens %n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more than %n time(s)</source>
        <translation>
            <numerusform>%1 mehr als %n-mal</numerusform>
            <numerusform>%1 mehr als %n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at least %n time(s)</source>
        <translation>
            <numerusform>%1 mindestens %n-mal</numerusform>
            <numerusform>%1 mindestens %n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 between %2 and %3 times</source>
        <translation>%1 zwischen %2- und %3-mal</translation>
    </message>
    <message>
        <source>count of %1</source>
        <translation>Anzahl %1</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <source>sum of %1</source>
        <translation>Summe von %1</translation>
    </message>
    <message>
        <source>minimum of %1</source>
        <translation>Minimum von %1</translation>
    </message>
    <message>
        <source>maximum of %1</source>
        <translation>Maximum von %1</translation>
    </message>
    <message>
        <source>average of %1</source>
        <translation>Durchschnitt von %1</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>ein beliebiges Ereignis</translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>innerhalb von %n Tag</numerusform>
            <numerusform>in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>output of %1</source>
        <translation>Ergebnis von %1</translation>
    </message>
    <message>
        <source>%1, expected %2 to %3</source>
        <translation>%1, erwartet %2 bis %3</translation>
    </message>
    <message>
        <source>%1, expected at least %2</source>
        <translation>%1, erwartet mindestens %2</translation>
    </message>
    <message>
        <source>%1, expected at most %2</source>
        <translation>%1, erwartet höchstens %2</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(keine Spalte)</translation>
    </message>
    <message>
        <source>top %1 by %2</source>
        <translation>Top %1 nach %2</translation>
    </message>
    <message>
        <source>top %1 % by %2</source>
        <translation>Top %1 % nach %2</translation>
    </message>
    <message>
        <source>%1 (lowest first)</source>
        <translation>%1 (niedrigste zuerst)</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>(no parts)</source>
        <translation>(keine Teile)</translation>
    </message>
    <message>
        <source>(no formula)</source>
        <translation>(keine Formel)</translation>
    </message>
    <message>
        <source>%1 except %2</source>
        <translation>%1 außer %2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>first of %1</source>
        <translation>erstes von %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunHistoryChart</name>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunHistoryPanel</name>
    <message>
        <source>first run</source>
        <translation>erster Lauf</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>entfernt: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Graph changes</source>
        <translation>Änderungen am Graphen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Run history is kept in workspaces: File &gt; Save Workspace, then Run &gt; Run Now.</source>
        <translation>Der Laufverlauf wird in Arbeitsbereichen gespeichert: Datei &gt; Arbeitsbereich speichern, dann Ausführen &gt; Jetzt ausführen.</translation>
    </message>
    <message>
        <source>Select a segment to see its history.</source>
        <translation>Wählen Sie ein Segment, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>%1: no recorded runs yet (Run &gt; Run Now records one).</source>
        <translation>%1: noch keine gespeicherten Läufe (Ausführen &gt; Jetzt ausführen speichert einen).</translation>
    </message>
    <message>
        <source>%1: %2 members in run %3 (%4 UTC)</source>
        <translation>%1: %2 Mitglieder in Lauf %3 (%4 UTC)</translation>
    </message>
    <message>
        <source>, %1 since the run before</source>
        <translation>, %1 seit dem vorigen Lauf</translation>
    </message>
    <message>
        <source>Who Entered and Left…</source>
        <translation>Wer kam hinzu, wer schied aus…</translation>
    </message>
    <message>
        <source>A segment whose size differs from the median of its recent runs by more than this gets an alert. Kept in the workspace; segstudio-cli uses the same setting.</source>
        <translation>Ein Segment, dessen Größe um mehr als diesen Wert vom Median seiner letzten Läufe abweicht, erhält einen Warnhinweis. Im Arbeitsbereich gespeichert; segstudio-cli verwendet dieselbe Einstellung.</translation>
    </message>
    <message>
        <source>Alert when the size moves more than</source>
        <translation>Warnen, wenn sich die Größe stärker ändert als</translation>
    </message>
    <message>
        <source>Alerts now at ±%1 %</source>
        <translation>Warnhinweise jetzt bei ±%1 %</translation>
    </message>
    <message>
        <source>The threshold was not saved: %1</source>
        <translation>Die Schwelle wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Pick two runs in the list (or one, to compare with now or the latest run) and see who entered and who left the segment</source>
        <translation>Zwei Läufe in der Liste wählen (oder einen, um mit jetzt oder dem letzten Lauf zu vergleichen) und sehen, wer dem Segment hinzukam und wer ausschied</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunOnEngineDialog</name>
    <message>
        <source>Load the current data into the engine first</source>
        <translation>Zuerst die aktuellen Daten in die Engine laden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Run on SQL Engine</source>
        <translation>In SQL-Engine ausführen</translation>
    </message>
    <message>
        <source>sqlite:path/to/file.db, or postgres://user@host:port/db?table=customers&amp;events=events</source>
        <translation>sqlite:pfad/zu/datei.db oder postgres://user@host:port/db?table=customers&amp;events=events</translation>
    </message>
    <message>
        <source>Used for this connection only; never saved</source>
        <translation>Nur für diese Verbindung verwendet; wird nie gespeichert</translation>
    </message>
    <message>
        <source>Replaces the engine's tables with the data loaded here (customers and events)</source>
        <translation>Ersetzt die Tabellen der Engine durch die hier geladenen Daten (Kunden und Ereignisse)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Remote time (ms)</source>
        <translation>Entfernte Zeit (ms)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Engine URL:</source>
        <translation>Engine-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter the engine's URL.</source>
        <translation>Geben Sie die URL der Engine ein.</translation>
    </message>
    <message>
        <source>There is no data loaded here to load into the engine.</source>
        <translation>Hier sind keine Daten geladen, die in die Engine geladen werden könnten.</translation>
    </message>
    <message>
        <source>Loading the data, then running…</source>
        <translation>Daten werden geladen, dann ausgeführt…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Ran %1 remote queries in %2 ms.</source>
        <translation>%1 entfernte Abfragen in %2 ms ausgeführt.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentForm</name>
    <message>
        <source>The segment's name in reports and exports</source>
        <translation>Der Name des Segments in Berichten und Exporten</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What the segment is for (applied when you leave the field)</source>
        <translation>Wofür das Segment gedacht ist (wird beim Verlassen des Feldes übernommen)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Warn when the segment has fewer customers (empty: no lower limit)</source>
        <translation>Warnen, wenn das Segment weniger Kunden hat (leer: keine Untergrenze)</translation>
    </message>
    <message>
        <source>minimum size</source>
        <translation>Mindestgröße</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>kein Minimum</translation>
    </message>
    <message>
        <source>Warn when the segment has more customers (empty: no upper limit)</source>
        <translation>Warnen, wenn das Segment mehr Kunden hat (leer: keine Obergrenze)</translation>
    </message>
    <message>
        <source>maximum size</source>
        <translation>Höchstgröße</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>kein Maximum</translation>
    </message>
    <message>
        <source>Columns written when the segment is exported (none ticked: the key column only)</source>
        <translation>Spalten, die beim Export des Segments geschrieben werden (keine ausgewählt: nur die Schlüsselspalte)</translation>
    </message>
    <message>
        <source>export columns</source>
        <translation>Exportspalten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Expected at least</source>
        <translation>Erwartet mindestens</translation>
    </message>
    <message>
        <source>Expected at most</source>
        <translation>Erwartet höchstens</translation>
    </message>
    <message>
        <source>Export columns</source>
        <translation>Exportspalten</translation>
    </message>
    <message>
        <source>An empty segment, or one outside the expected size, shows a warning after each run.</source>
        <translation>Ein leeres Segment oder eines außerhalb der erwarteten Größe zeigt nach jedem Lauf eine Warnung.</translation>
    </message>
    <message>
        <source>Not in the loaded data</source>
        <translation>Nicht in den geladenen Daten</translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentSizeChart</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Segment with a warning</source>
        <translation>Segment mit Warnung</translation>
    </message>
    <message>
        <source>Members per segment in the last preview run; amber bars have warnings (size outside the expected range)</source>
        <translation>Mitglieder pro Segment im letzten Vorschaulauf; gelbe Balken haben Warnungen (Größe außerhalb des erwarteten Bereichs)</translation>
    </message>
    <message>
        <source>Import customers and add a segment to see segment sizes.</source>
        <translation>Importieren Sie Kunden und fügen Sie ein Segment hinzu, um die Segmentgrößen zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>No segment has a result yet. Connect a rule to a segment node.</source>
        <translation>Noch kein Segment hat ein Ergebnis. Verbinden Sie eine Regel mit einem Segmentknoten.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::SetLogicForm</name>
    <message>
        <source>Swap inputs</source>
        <translation>Eingaben tauschen</translation>
    </message>
    <message>
        <source>Exchange which input is kept and which is taken away</source>
        <translation>Vertauschen, welche Eingabe behalten und welche abgezogen wird</translation>
    </message>
    <message>
        <source>input order</source>
        <translation>Eingabereihenfolge</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message numerus="yes">
        <source>Needs at least %n input(s).</source>
        <translation>
            <numerusform>Benötigt mindestens %n Eingabe.</numerusform>
            <numerusform>Benötigt mindestens %n Eingaben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitForm</name>
    <message>
        <source>Any text: the same seed always gives the same groups</source>
        <translation>Beliebiger Text: Derselbe Startwert ergibt immer dieselben Gruppen</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Group names become the node's output ports; percents must add up to 100</source>
        <translation>Gruppennamen werden zu den Ausgangsports des Knotens; die Prozentwerte müssen zusammen 100 ergeben</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add another group (its percent starts at 0: take some from the others)</source>
        <translation>Eine weitere Gruppe hinzufügen (ihr Prozentwert beginnt bei 0: nehmen Sie etwas von den anderen)</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation>Die ausgewählte Gruppe entfernen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Every group needs a name.</source>
        <translation>Jede Gruppe benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Group names must differ ('%1' is used twice).</source>
        <translation>Gruppennamen müssen sich unterscheiden („%1“ wird zweimal verwendet).</translation>
    </message>
    <message>
        <source>Group '%1' needs a percent above 0.</source>
        <translation>Gruppe „%1“ benötigt einen Prozentwert über 0.</translation>
    </message>
    <message>
        <source>The percents add up to %1%; they must add up to 100%.</source>
        <translation>Die Prozentwerte ergeben zusammen %1 %; sie müssen 100 % ergeben.</translation>
    </message>
    <message>
        <source>Add at least one group.</source>
        <translation>Fügen Sie mindestens eine Gruppe hinzu.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SqlExportDialog</name>
    <message>
        <source>Export SQL</source>
        <translation>SQL exportieren</translation>
    </message>
    <message>
        <source>The SQL engine the query is written for</source>
        <translation>Die SQL-Engine, für die die Abfrage geschrieben wird</translation>
    </message>
    <message>
        <source>The engine's table that holds the customers</source>
        <translation>Die Tabelle der Engine, die die Kunden enthält</translation>
    </message>
    <message>
        <source>The engine's table that holds the events</source>
        <translation>Die Tabelle der Engine, die die Ereignisse enthält</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>&amp;Customers table:</source>
        <translation>&amp;Kundentabelle:</translation>
    </message>
    <message>
        <source>&amp;Events table:</source>
        <translation>&amp;Ereignistabelle:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the SQL to the clipboard</source>
        <translation>Das SQL in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the SQL to a .sql file</source>
        <translation>Das SQL in einer .sql-Datei speichern</translation>
    </message>
    <message>
        <source>Import the customers first: the SQL is typed by the data's columns.</source>
        <translation>Importieren Sie zuerst die Kunden: Das SQL wird anhand der Spalten der Daten typisiert.</translation>
    </message>
    <message>
        <source>Unknown dialect.</source>
        <translation>Unbekannter Dialekt.</translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>SQL speichern</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>SQL-Dateien (*.sql)</translation>
    </message>
</context>
<context>
    <name>seg::ui::StrategyCompareView</name>
    <message>
        <source>Sequential</source>
        <translation>Sequenziell</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Compare strategies</source>
        <translation>Strategien vergleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run the graph sequentially, in parallel and hybrid on the current data (without the result cache) and compare the times</source>
        <translation>Den Graphen sequenziell, parallel und hybrid auf den aktuellen Daten ausführen (ohne Ergebnis-Cache) und die Zeiten vergleichen</translation>
    </message>
    <message>
        <source>Stop the comparison</source>
        <translation>Den Vergleich anhalten</translation>
    </message>
    <message>
        <source> runs each</source>
        <translation> Läufe je Strategie</translation>
    </message>
    <message>
        <source>Each strategy runs this often; the median time is shown</source>
        <translation>So oft läuft jede Strategie; angezeigt wird die mittlere Zeit (Median)</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Median-Zeit</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Sequential time divided by this strategy's time</source>
        <translation>Sequenzielle Zeit geteilt durch die Zeit dieser Strategie</translation>
    </message>
    <message>
        <source>Compare how long the three strategies take on the current data.</source>
        <translation>Vergleichen Sie, wie lange die drei Strategien auf den aktuellen Daten brauchen.</translation>
    </message>
    <message>
        <source>Import customers first: the comparison runs on the current data.</source>
        <translation>Importieren Sie zuerst Kunden: Der Vergleich läuft auf den aktuellen Daten.</translation>
    </message>
    <message numerus="yes">
        <source>Running each strategy %n time(s)…</source>
        <translation>
            <numerusform>Jede Strategie wird %n-mal ausgeführt…</numerusform>
            <numerusform>Jede Strategie wird %n-mal ausgeführt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <source>The graph cannot run: %1</source>
        <translation>Der Graph kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 ms (%2×)</source>
        <translation>%1 ms (%2×)</translation>
    </message>
    <message>
        <source>Median milliseconds per run</source>
        <translation>Median der Millisekunden pro Lauf</translation>
    </message>
    <message>
        <source>All three strategies found the same members for every segment.</source>
        <translation>Alle drei Strategien haben für jedes Segment dieselben Mitglieder gefunden.</translation>
    </message>
    <message>
        <source>&lt;span style='color:#d9482b'&gt;The strategies disagree on segment sizes: please report this graph.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#d9482b'&gt;Die Strategien ergeben unterschiedliche Segmentgrößen: Bitte melden Sie diesen Graphen.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>seg::ui::TemplateDialog</name>
    <message>
        <source>any column</source>
        <translation>eine beliebige Spalte</translation>
    </message>
    <message>
        <source>a number column</source>
        <translation>eine Zahlenspalte</translation>
    </message>
    <message>
        <source>a date column</source>
        <translation>eine Datumsspalte</translation>
    </message>
    <message>
        <source>a text column</source>
        <translation>eine Textspalte</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Neu aus Vorlage</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which of your data plays each part:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Welche Ihrer Daten welche Rolle spielen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create Graph</source>
        <translation>Graph erstellen</translation>
    </message>
    <message>
        <source>%1 (%2 events)</source>
        <translation>%1 (%2 Ereignisse)</translation>
    </message>
    <message>
        <source>The event type in your events that means this</source>
        <translation>Der Ereignistyp in Ihren Ereignissen, der dies bedeutet</translation>
    </message>
    <message>
        <source>Needs %1 of your data</source>
        <translation>Braucht %1 Ihrer Daten</translation>
    </message>
    <message>
        <source>Import your customers first (File &gt; Import Customers): a template is filled in with the columns of your data.</source>
        <translation>Importieren Sie zuerst Ihre Kunden (Datei &gt; Kunden importieren): eine Vorlage wird mit den Spalten Ihrer Daten ausgefüllt.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
    <message>
        <source>This template looks at what customers did: import your events first (File &gt; Import Events).</source>
        <translation>Diese Vorlage betrachtet, was Kunden getan haben: importieren Sie zuerst Ihre Ereignisse (Datei &gt; Ereignisse importieren).</translation>
    </message>
    <message>
        <source>The graph replaces the canvas; your data stays loaded. Numbers such as 120 days or 10 % are starting points: change them on the canvas.</source>
        <translation>Der Graph ersetzt die Arbeitsfläche; Ihre Daten bleiben geladen. Zahlen wie 120 Tage oder 10 % sind Ausgangswerte: ändern Sie sie auf der Arbeitsfläche.</translation>
    </message>
    <message>
        <source>Dates are counted back from %1, the last day in your data.</source>
        <translation>Daten werden ab %1 zurückgerechnet, dem letzten Tag in Ihren Daten.</translation>
    </message>
</context>
<context>
    <name>seg::ui::TimingPanel</name>
    <message>
        <source>Last preview run</source>
        <translation>Letzter Vorschaulauf</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Noch kein Lauf.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 ms&lt;/b&gt; in total · %2 on %n thread(s) · %3 nodes, %4 from the cache</source>
        <translation>
            <numerusform>&lt;b&gt;%1 ms&lt;/b&gt; insgesamt · %2 auf %n Thread · %3 Knoten, %4 aus dem Cache</numerusform>
            <numerusform>&lt;b&gt;%1 ms&lt;/b&gt; insgesamt · %2 auf %n Threads · %3 Knoten, %4 aus dem Cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare strategies</source>
        <translation>Strategien vergleichen</translation>
    </message>
    <message>
        <source>How long sequential, parallel and hybrid take on the current data</source>
        <translation>Wie lange sequenziell, parallel und hybrid auf den aktuellen Daten brauchen</translation>
    </message>
</context>
<context>
    <name>seg::ui::TopForm</name>
    <message>
        <source>The column customers are ranked by</source>
        <translation>Die Spalte, nach der die Kunden eingestuft werden</translation>
    </message>
    <message>
        <source>ranking column</source>
        <translation>Rangfolgespalte</translation>
    </message>
    <message>
        <source>Top percent</source>
        <translation>Top-Prozent</translation>
    </message>
    <message>
        <source>Top count</source>
        <translation>Top-Anzahl</translation>
    </message>
    <message>
        <source>Keep a share of the ranked customers, or a fixed number</source>
        <translation>Einen Anteil der eingestuften Kunden oder eine feste Anzahl behalten</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>Schnitt</translation>
    </message>
    <message>
        <source>Share of the ranked customers kept (rounded up)</source>
        <translation>Anteil der behaltenen eingestuften Kunden (aufgerundet)</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Number of customers kept</source>
        <translation>Anzahl der behaltenen Kunden</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Highest first</source>
        <translation>Höchste zuerst</translation>
    </message>
    <message>
        <source>Lowest first</source>
        <translation>Niedrigste zuerst</translation>
    </message>
    <message>
        <source>Which end of the ranking is kept; ties go to the smaller customer key</source>
        <translation>Welches Ende der Rangfolge behalten wird; bei Gleichstand gewinnt der kleinere Kundenschlüssel</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Einstufen nach</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Customers without a value in the column are never kept.</source>
        <translation>Kunden ohne Wert in der Spalte werden nie behalten.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValueHints</name>
    <message>
        <source>Pick…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose from the values in the data (with how many customers have each)</source>
        <translation>Aus den Werten der Daten wählen (mit der Zahl der Kunden je Wert)</translation>
    </message>
    <message>
        <source>How the column's values are spread; the red line is the value you compare with</source>
        <translation>Wie sich die Werte der Spalte verteilen; die rote Linie ist der Vergleichswert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 value in the data: %1</source>
        <translation>1 Wert in den Daten: %1</translation>
    </message>
    <message>
        <source>%1 values in the data: %2</source>
        <translation>%1 Werte in den Daten: %2</translation>
    </message>
    <message>
        <source>In the data: %1 … %2</source>
        <translation>In den Daten: %1 … %2</translation>
    </message>
    <message>
        <source>No values in the data</source>
        <translation>Keine Werte in den Daten</translation>
    </message>
    <message>
        <source> · %1 empty</source>
        <translation> · %1 leer</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValuePickerPopup</name>
    <message>
        <source>Search values</source>
        <translation>Werte suchen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>The %1 most frequent of %2 values</source>
        <translation>Die %1 häufigsten von %2 Werten</translation>
    </message>
    <message>
        <source>Use the checked values</source>
        <translation>Die angehakten Werte verwenden</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunDiffDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Who entered and left %1</source>
        <translation>Wer %1 betreten und verlassen hat</translation>
    </message>
    <message>
        <source>Run %1 · %2 UTC · %3 members</source>
        <translation>Lauf %1 · %2 UTC · %3 Mitglieder</translation>
    </message>
    <message>
        <source>Now (the last preview, %1 members)</source>
        <translation>Jetzt (letzte Vorschau, %1 Mitglieder)</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Hinzugekommen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Write &lt;segment&gt;-entered.csv and &lt;segment&gt;-left.csv (the customers' keys) into a folder</source>
        <translation>&lt;segment&gt;-entered.csv und &lt;segment&gt;-left.csv (die Kundenschlüssel) in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>No recorded run has this segment yet (Run &gt; Run Now records one).</source>
        <translation>Noch kein gespeicherter Lauf hat dieses Segment (Ausführen &gt; Jetzt ausführen speichert einen).</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 → %2 members: %3 entered, %4 left.</source>
        <translation>%1 → %2 Mitglieder: %3 hinzugekommen, %4 ausgeschieden.</translation>
    </message>
    <message>
        <source>The first %1 of each are listed (by key); Export CSV writes all.</source>
        <translation>Die ersten %1 jeder Seite sind aufgeführt (nach Schlüssel); CSV exportieren schreibt alle.</translation>
    </message>
    <message>
        <source>Entered (%1)</source>
        <translation>Hinzugekommen (%1)</translation>
    </message>
    <message>
        <source>Left (%1)</source>
        <translation>Ausgeschieden (%1)</translation>
    </message>
    <message>
        <source>Export who entered and left</source>
        <translation>Exportieren, wer hinzukam und wer ausschied</translation>
    </message>
    <message>
        <source>Exported %1-entered.csv and %1-left.csv to %2</source>
        <translation>%1-entered.csv und %1-left.csv nach %2 exportiert</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
</context>
</TS>