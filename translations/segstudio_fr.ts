<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>BrokerUrl</name>
    <message>
        <source>The dock listens to redis://… or amqp://… URLs, not %1://…</source>
        <translation>Le panneau écoute des URL redis://… ou amqp://…, pas %1://…</translation>
    </message>
    <message>
        <source>The path of a Redis URL is the database number (redis://host:6379/0), not “%1”.</source>
        <translation>Le chemin d’une URL Redis est le numéro de base (redis://host:6379/0), pas « %1 ».</translation>
    </message>
    <message>
        <source>Unknown parameter “%1” (a %2 source takes %3).</source>
        <translation>Paramètre inconnu « %1 » (une source %2 accepte %3).</translation>
    </message>
    <message>
        <source>Name the stream to read (?stream=…).</source>
        <translation>Indiquez le flux à lire (?stream=…).</translation>
    </message>
    <message>
        <source>Name the queue to read (?queue=…).</source>
        <translation>Indiquez la file à lire (?queue=…).</translation>
    </message>
    <message>
        <source>Name the consumer group (?group=…); a group of its own, such as %1, takes nothing from other consumers.</source>
        <translation>Indiquez le groupe de consommateurs (?group=…) ; un groupe à lui, comme %1, ne prend rien aux autres consommateurs.</translation>
    </message>
    <message>
        <source>Name the consumer within the group (?consumer=…).</source>
        <translation>Indiquez le consommateur dans le groupe (?consumer=…).</translation>
    </message>
    <message>
        <source>Enter the broker to listen to (Broker…).</source>
        <translation>Indiquez le broker à écouter (Broker…).</translation>
    </message>
    <message>
        <source>%1 at %2:%3</source>
        <translation>%1 sur %2:%3</translation>
    </message>
</context>
<context>
    <name>DiagnosisText</name>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>aucun client</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>aucun événement</translation>
    </message>
    <message>
        <source>no '%1' event</source>
        <translation>aucun événement '%1'</translation>
    </message>
    <message>
        <source> (did you mean '%1', %2?)</source>
        <translation> (vouliez-vous dire '%1', %2 ?)</translation>
    </message>
    <message>
        <source>set as-of to the data's last day?</source>
        <translation>fixer la date de référence au dernier jour des données ?</translation>
    </message>
    <message>
        <source>the latest %1</source>
        <translation>le dernier %1</translation>
    </message>
    <message>
        <source>the earliest %1</source>
        <translation>le premier %1</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>le dernier événement</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>le premier événement</translation>
    </message>
    <message>
        <source>the last '%1' event</source>
        <translation>le dernier événement '%1'</translation>
    </message>
    <message>
        <source>the first '%1' event</source>
        <translation>le premier événement '%1'</translation>
    </message>
    <message>
        <source>%1 has %2 = %3 (the values run from %4 to %5)</source>
        <translation>%1 n'a %2 = %3 (les valeurs vont de %4 à %5)</translation>
    </message>
    <message>
        <source>%1 has %2 = '%3'</source>
        <translation>%1 n'a %2 = '%3'</translation>
    </message>
    <message>
        <source>%1 has %2: the values run from %3 to %4</source>
        <translation>%1 n'a %2 : les valeurs vont de %3 à %4</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>%1 matches %2 %3 '%4'</source>
        <translation>%1 ne vérifie %2 %3 '%4'</translation>
    </message>
    <message>
        <source> (%1 do when upper/lower case is ignored)</source>
        <translation> (%1 correspondent si la casse est ignorée)</translation>
    </message>
    <message>
        <source>%1 has an empty (NULL) %2</source>
        <translation>%1 n'a de %2 vide (NULL)</translation>
    </message>
    <message>
        <source>%1 is empty (NULL) for every event</source>
        <translation>%1 est vide (NULL) pour chaque événement</translation>
    </message>
    <message>
        <source>%1 is empty (NULL) for every customer</source>
        <translation>%1 est vide (NULL) pour chaque client</translation>
    </message>
    <message>
        <source>as-of %1 is %2 after %3 (%4): %5</source>
        <translation>la date de référence %1 est %2 après %3 (%4) : %5</translation>
    </message>
    <message>
        <source>as-of %1 is %2 before %3 (%4): %5</source>
        <translation>la date de référence %1 est %2 avant %3 (%4) : %5</translation>
    </message>
    <message>
        <source>%1 falls in the window %2 (the events run from %3 to %4)</source>
        <translation>%1 ne tombe dans la fenêtre %2 (les événements vont du %3 au %4)</translation>
    </message>
    <message>
        <source>no event has type '%1'</source>
        <translation>aucun événement n'est du type '%1'</translation>
    </message>
    <message>
        <source>the events dataset has no rows</source>
        <translation>le jeu d'événements n'a aucune ligne</translation>
    </message>
    <message>
        <source>input '%1' is empty (because of '%2')</source>
        <translation>l'entrée '%1' est vide (à cause de '%2')</translation>
    </message>
    <message>
        <source>input '%1' is empty</source>
        <translation>l'entrée '%1' est vide</translation>
    </message>
    <message>
        <source>none of the %1 members of '%2' has %3 (%4 customers do)</source>
        <translation>aucun des %1 membres de '%2' n'a %3 (%4 clients l'ont)</translation>
    </message>
    <message>
        <source>%1 have no customer in common</source>
        <translation>%1 n'ont aucun client en commun</translation>
    </message>
    <message>
        <source>all %1 members of '%2' are also in '%3'</source>
        <translation>les %1 membres de '%2' sont tous aussi dans '%3'</translation>
    </message>
    <message>
        <source>input '%1' holds every customer</source>
        <translation>l'entrée '%1' contient tous les clients</translation>
    </message>
    <message>
        <source>the events end on %1, %2 before as-of %3: %4</source>
        <translation>les événements s'arrêtent le %1, %2 avant la date de référence %3 : %4</translation>
    </message>
    <message>
        <source>Use '%1'</source>
        <translation>Utiliser '%1'</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ignorer la casse</translation>
    </message>
    <message>
        <source>Set as-of to %1</source>
        <translation>Fixer la date de référence au %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
</context>
<context>
    <name>ExplainTree</name>
    <message>
        <source>%1 events in all, %2 of its kind in the time window, %3 matched: %4 = %5</source>
        <translation>%1 événements en tout, %2 de ce type dans la fenêtre, %3 retenus : %4 = %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>✗ not evaluated</source>
        <translation>✗ non évalué</translation>
    </message>
    <message>
        <source>✓ in</source>
        <translation>✓ dedans</translation>
    </message>
    <message>
        <source>✗ out</source>
        <translation>✗ dehors</translation>
    </message>
    <message>
        <source>result = %1</source>
        <translation>résultat = %1</translation>
    </message>
    <message>
        <source>Could not be evaluated: %1</source>
        <translation>Évaluation impossible : %1</translation>
    </message>
    <message>
        <source>Rank %1 of %2 candidates; the cut keeps the first %3</source>
        <translation>Rang %1 sur %2 candidats ; la coupe garde les %3 premiers</translation>
    </message>
    <message>
        <source>Not ranked (not a candidate); %1 candidates, the cut keeps the first %2</source>
        <translation>Non classé (pas candidat) ; %1 candidats, la coupe garde les %2 premiers</translation>
    </message>
    <message>
        <source>Bucket %1 of 100: part '%2'</source>
        <translation>Tranche %1 sur 100 : partie '%2'</translation>
    </message>
    <message>
        <source>Taken by '%1' (earlier in the priority order)</source>
        <translation>Pris par '%1' (plus tôt dans l'ordre de priorité)</translation>
    </message>
    <message>
        <source>✓ input %1</source>
        <translation>✓ entrée %1</translation>
    </message>
    <message>
        <source>✗ input %1</source>
        <translation>✗ entrée %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>it could not be evaluated: %1</source>
        <translation>il n'a pas pu être évalué : %1</translation>
    </message>
    <message>
        <source>%1 is %2, and the rule is: %3</source>
        <translation>%1 vaut %2, et la règle est : %3</translation>
    </message>
    <message>
        <source>the formula is empty (NULL) for this customer</source>
        <translation>la formule est vide (NULL) pour ce client</translation>
    </message>
    <message>
        <source>the formula is false for this customer</source>
        <translation>la formule est fausse pour ce client</translation>
    </message>
    <message>
        <source>%1 = %2, and the rule is: %3</source>
        <translation>%1 = %2, et la règle est : %3</translation>
    </message>
    <message>
        <source>%1 is empty (NULL), so the customer is not ranked</source>
        <translation>%1 est vide (NULL), le client n'est donc pas classé</translation>
    </message>
    <message>
        <source>rank %1 of %2 is after the cut at %3</source>
        <translation>le rang %1 sur %2 est après la coupe à %3</translation>
    </message>
    <message>
        <source>the customer's bucket is in the part '%1'</source>
        <translation>la tranche du client est dans la partie '%1'</translation>
    </message>
    <message>
        <source>an earlier segment took the customer: '%1'</source>
        <translation>un segment précédent a pris le client : '%1'</translation>
    </message>
    <message>
        <source>the customer is also in '%1', which this node takes away</source>
        <translation>le client est aussi dans '%1', que ce nœud retire</translation>
    </message>
    <message>
        <source>the customer is in '%1'</source>
        <translation>le client est dans '%1'</translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Customers whose column value matches a comparison</source>
        <translation>Clients dont la valeur d'une colonne satisfait une comparaison</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>Customers for whom a formula is true</source>
        <translation>Clients pour lesquels une formule est vraie</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>Customers by what they did: counts, sums or averages of their events</source>
        <translation>Clients selon ce qu'ils ont fait : nombre, somme ou moyenne de leurs événements</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Et</translation>
    </message>
    <message>
        <source>Customers in every input</source>
        <translation>Clients présents dans toutes les entrées</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Ou</translation>
    </message>
    <message>
        <source>Customers in any input</source>
        <translation>Clients présents dans au moins une entrée</translation>
    </message>
    <message>
        <source>Except</source>
        <translation>Sauf</translation>
    </message>
    <message>
        <source>Customers in the first input but not in the second</source>
        <translation>Clients de la première entrée absents de la seconde</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Every customer not in the input</source>
        <translation>Tous les clients absents de l'entrée</translation>
    </message>
    <message>
        <source>Derive column</source>
        <translation>Colonne dérivée</translation>
    </message>
    <message>
        <source>A new column computed from a formula or from events</source>
        <translation>Nouvelle colonne calculée à partir d'une formule ou d'événements</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>The highest (or lowest) ranked customers by a column</source>
        <translation>Les clients les mieux (ou les moins bien) classés selon une colonne</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Deterministic random groups, e.g. test and control</source>
        <translation>Groupes aléatoires déterministes, p. ex. test et témoin</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Each customer goes to the first input that contains them</source>
        <translation>Chaque client va dans la première entrée qui le contient</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>A named output you can check, preview and export</source>
        <translation>Une sortie nommée que vous pouvez vérifier, prévisualiser et exporter</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Supprimer %n nœud</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment graphs (*.segment.json *.json);;All files (*)</source>
        <translation>Graphes de segments (*.segment.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>choose a column</source>
        <translation>choisir une colonne</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (dérivée)</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>dérivée</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Projects (*.segment.json *.json *.segstudio);;Segment graphs (*.segment.json *.json);;Workspaces (*.segstudio);;All files (*)</source>
        <translation>Projets (*.segment.json *.json *.segstudio);;Graphes de segments (*.segment.json *.json);;Espaces de travail (*.segstudio);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RunOnEngineDialog</name>
    <message>
        <source>Loaded %1 customers and %2 events. </source>
        <translation>%1 clients et %2 événements chargés. </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, check and export customer segments.</source>
        <translation>Concevez, vérifiez et exportez des segments de clients.</translation>
    </message>
    <message>
        <source>Interface language (en, de, fr, es).</source>
        <translation>Langue de l'interface (en, de, fr, es).</translation>
    </message>
    <message>
        <source>Save screenshots of the main views to &lt;dir&gt; and quit.</source>
        <translation>Enregistre des captures d'écran des vues principales dans &lt;dir&gt; puis quitte.</translation>
    </message>
    <message>
        <source>A .segment.json project to open.</source>
        <translation>Un projet .segment.json à ouvrir.</translation>
    </message>
</context>
<context>
    <name>seg::GraphTemplates</name>
    <message>
        <source>Win-back</source>
        <translation>Reconquête</translation>
    </message>
    <message>
        <source>Customers whose last order is more than 120 days ago, the better-spending half of them: the audience for a come-back offer.</source>
        <translation>Les clients dont la dernière commande date de plus de 120 jours, la moitié qui dépense le plus : le public d’une offre de retour.</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Panier abandonné</translation>
    </message>
    <message>
        <source>Customers who added to the cart in the last 14 days but did not buy in that time: the audience for a reminder.</source>
        <translation>Les clients qui ont ajouté au panier ces 14 derniers jours sans acheter pendant ce temps : le public d’un rappel.</translation>
    </message>
    <message>
        <source>VIP by spend</source>
        <translation>VIP par dépenses</translation>
    </message>
    <message>
        <source>The top 10 % of customers by total spend: early access and personal offers.</source>
        <translation>Les 10 % meilleurs clients par dépenses totales : accès anticipé et offres personnelles.</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Risque d’attrition</translation>
    </message>
    <message>
        <source>Regular buyers (2+ purchases in the last year) who have not bought in the last 90 days: retention before they are gone.</source>
        <translation>Les acheteurs réguliers (2 achats ou plus l’an dernier) sans achat ces 90 derniers jours : les retenir avant qu’ils partent.</translation>
    </message>
    <message>
        <source>New-customer welcome</source>
        <translation>Bienvenue aux nouveaux clients</translation>
    </message>
    <message>
        <source>Customers who signed up in the last 30 days: the audience for a welcome series.</source>
        <translation>Les clients inscrits ces 30 derniers jours : le public d’une série de bienvenue.</translation>
    </message>
    <message>
        <source>RFM tiers</source>
        <translation>Niveaux RFM</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value in four tiers: champions, loyal, at risk and hibernating.</source>
        <translation>Récence, fréquence et montant en quatre niveaux : champions, fidèles, à risque et en sommeil.</translation>
    </message>
    <message>
        <source>customer ID column</source>
        <translation>colonne de l’identifiant client</translation>
    </message>
    <message>
        <source>events' customer ID column</source>
        <translation>colonne de l’identifiant client des événements</translation>
    </message>
    <message>
        <source>events' time column</source>
        <translation>colonne de l’heure des événements</translation>
    </message>
    <message>
        <source>events' type column</source>
        <translation>colonne du type des événements</translation>
    </message>
    <message>
        <source>total spend column</source>
        <translation>colonne des dépenses totales</translation>
    </message>
    <message>
        <source>last order date column</source>
        <translation>colonne de la date de la dernière commande</translation>
    </message>
    <message>
        <source>purchase event type</source>
        <translation>type d’événement d’achat</translation>
    </message>
    <message>
        <source>add-to-cart event type</source>
        <translation>type d’événement d’ajout au panier</translation>
    </message>
    <message>
        <source>signup date column</source>
        <translation>colonne de la date d’inscription</translation>
    </message>
    <message>
        <source>number of orders column</source>
        <translation>colonne du nombre de commandes</translation>
    </message>
</context>
<context>
    <name>seg::ui::BehaviorForm</name>
    <message>
        <source>Import an events file to pick event types and columns.</source>
        <translation>Importez un fichier d'événements pour choisir les types d'événements et les colonnes.</translation>
    </message>
    <message>
        <source>A customer is a member when the number of these events:</source>
        <translation>Un client est membre lorsque le nombre de ces événements :</translation>
    </message>
    <message>
        <source>A customer is a member when this value:</source>
        <translation>Un client est membre lorsque cette valeur :</translation>
    </message>
</context>
<context>
    <name>seg::ui::BrokerDialog</name>
    <message>
        <source>Connected. There is no queue “%1” yet: listening declares it (durable, quorum).</source>
        <translation>Connecté. La file « %1 » n’existe pas encore : l’écoute la déclare (durable, quorum).</translation>
    </message>
    <message>
        <source>Connected. Queue “%1”: %2 message(s) ready, %3 consumer(s).</source>
        <translation>Connecté. File « %1 » : %2 message(s) prêt(s), %3 consommateur(s).</translation>
    </message>
    <message>
        <source>Connected. There is no stream “%1” yet: listening creates it, empty, with the group “%2”.</source>
        <translation>Connecté. Le flux « %1 » n’existe pas encore : l’écoute le crée, vide, avec le groupe « %2 ».</translation>
    </message>
    <message>
        <source>Connected. Stream “%1” holds %2 entries; the group “%3” does not exist yet: listening creates it from the stream's first entry, so all of them will be read.</source>
        <translation>Connecté. Le flux « %1 » contient %2 entrées ; le groupe « %3 » n’existe pas encore : l’écoute le crée à partir de la première entrée du flux, donc toutes seront lues.</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>au moins %1</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>un nombre inconnu de</translation>
    </message>
    <message>
        <source>Connected. Stream “%1” holds %2 entries; for the group “%3”, %4 wait and %5 are delivered but not acknowledged; %6 consumer(s).</source>
        <translation>Connecté. Le flux « %1 » contient %2 entrées ; pour le groupe « %3 », %4 attendent et %5 sont livrées sans accusé de réception ; %6 consommateur(s).</translation>
    </message>
    <message>
        <source>Consumer &amp;group:</source>
        <translation>&amp;Groupe de consommateurs :</translation>
    </message>
    <message>
        <source>&amp;Consumer:</source>
        <translation>&amp;Consommateur :</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Listen to a Broker</source>
        <translation>Écouter un broker</translation>
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
        <translation>Le panneau accuse réception de ce qu’il lit, comme un worker : donnez-lui un groupe à lui (par défaut %1) pour qu’il ne prenne aucune entrée aux consommateurs de production</translation>
    </message>
    <message>
        <source>The name of this reader within the group; a restart with the same name first re-reads what it had received and not acknowledged</source>
        <translation>Le nom de ce lecteur dans le groupe ; un redémarrage sous le même nom relit d’abord ce qu’il avait reçu sans en accuser réception</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Kept in memory while Segment Studio runs; never saved, never shown</source>
        <translation>Gardé en mémoire tant que Segment Studio tourne ; jamais enregistré, jamais affiché</translation>
    </message>
    <message>
        <source>The URL the form makes (the password shown as ***). Paste a URL here to fill the form.</source>
        <translation>L’URL que donne le formulaire (le mot de passe affiché ***). Collez une URL ici pour remplir le formulaire.</translation>
    </message>
    <message>
        <source>&amp;Broker:</source>
        <translation>&amp;Broker :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>The dock is a real consumer: it acknowledges each message once it has handled it. Read a Redis stream with a consumer group of its own, and RabbitMQ from a queue of its own (bound to the same exchange), so the preview takes no work from the production workers. The password is never saved.</source>
        <translation>Le panneau est un vrai consommateur : il accuse réception de chaque message une fois traité. Lisez un flux Redis avec un groupe de consommateurs à lui, et RabbitMQ depuis une file à lui (liée au même exchange), pour que l’aperçu ne prenne pas de travail aux workers de production. Le mot de passe n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>&amp;Virtual host:</source>
        <translation>Hôte &amp;virtuel :</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Flux :</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File :</translation>
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
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Connexion à %1 impossible : %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ComparisonEditor</name>
    <message>
        <source>is equal to</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <source>is not equal to</source>
        <translation>est différent de</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>est avant le</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>est inférieur à</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>est au plus tard le</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>est après le</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>est supérieur à</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>est au plus tôt le</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>est compris entre</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est l'un de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>n'est aucun de</translation>
    </message>
    <message>
        <source>is empty (NULL)</source>
        <translation>est vide (NULL)</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>a une valeur</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <source>is true</source>
        <translation>est vrai</translation>
    </message>
    <message>
        <source>is false</source>
        <translation>est faux</translation>
    </message>
    <message>
        <source>is within the last … days</source>
        <translation>est dans les … derniers jours</translation>
    </message>
    <message>
        <source>is more than … days ago</source>
        <translation>remonte à plus de … jours</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>range</source>
        <translation>plage</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valeurs</translation>
    </message>
    <message>
        <source>How the value is compared. The list fits the column's type.</source>
        <translation>Mode de comparaison de la valeur. La liste dépend du type de la colonne.</translation>
    </message>
    <message>
        <source>The value to compare with (press Enter or leave the field to apply)</source>
        <translation>La valeur de comparaison (appuyez sur Entrée ou quittez le champ pour appliquer)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>The yes/no value to compare with</source>
        <translation>La valeur oui/non de comparaison</translation>
    </message>
    <message>
        <source>The date to compare with</source>
        <translation>La date de comparaison</translation>
    </message>
    <message>
        <source>Lowest value (inclusive)</source>
        <translation>Valeur la plus basse (incluse)</translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation>Premier jour (inclus)</translation>
    </message>
    <message>
        <source>Highest value (inclusive)</source>
        <translation>Valeur la plus haute (incluse)</translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation>Dernier jour (inclus)</translation>
    </message>
    <message>
        <source>Values separated by commas, e.g. US, CA, MX</source>
        <translation>Valeurs séparées par des virgules, p. ex. US, CA, MX</translation>
    </message>
    <message>
        <source>e.g. US, CA, MX</source>
        <translation>p. ex. US, CA, MX</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Number of days counted back from the as-of date</source>
        <translation>Nombre de jours comptés à rebours depuis la date de référence</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Ignore upper/lower case</source>
        <translation>Ignorer la casse</translation>
    </message>
    <message>
        <source>Compare letters A–Z without regard to case</source>
        <translation>Comparer les lettres A–Z sans tenir compte de la casse</translation>
    </message>
    <message>
        <source>ignore case</source>
        <translation>ignorer la casse</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM:SS</source>
        <translation>AAAA-MM-JJ HH:MM:SS</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>The data runs from %1 to %2 (marked in the calendar)</source>
        <translation>Les données vont du %1 au %2 (marqués dans le calendrier)</translation>
    </message>
</context>
<context>
    <name>seg::ui::ConditionForm</name>
    <message>
        <source>The customer column (or derived column) to test</source>
        <translation>La colonne client (ou colonne dérivée) à tester</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Pick the column to filter on.</source>
        <translation>Choisissez la colonne à filtrer.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>This column is not in the loaded data.</source>
        <translation>Cette colonne ne figure pas dans les données chargées.</translation>
    </message>
    <message>
        <source>Import customer data to see the columns.</source>
        <translation>Importez des données clients pour voir les colonnes.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ConnectionItem</name>
    <message>
        <source>%1 → %2 (click and press Delete to disconnect)</source>
        <translation>%1 → %2 (cliquez puis appuyez sur Suppr pour déconnecter)</translation>
    </message>
    <message>
        <source>%1 reads the column made by %2</source>
        <translation>%1 lit la colonne créée par %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::CrashRecovery</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique : %1</translation>
    </message>
    <message>
        <source>Autosave is off: %1</source>
        <translation>Enregistrement automatique désactivé : %1</translation>
    </message>
    <message>
        <source>a new project that was never saved</source>
        <translation>un nouveau projet jamais enregistré</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>Segment Studio was not closed properly. Unsaved changes to %1 were saved automatically at %2.

Restore them? Restoring opens them as unsaved changes; your project file stays as it is until you save.</source>
        <translation>Segment Studio n’a pas été fermé correctement. Les modifications non enregistrées de %1 ont été sauvegardées automatiquement à %2.

Les restaurer ? Elles s’ouvrent comme modifications non enregistrées ; votre fichier de projet reste tel quel jusqu’à ce que vous enregistriez.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>The autosaved project %1 cannot be read: %2</source>
        <translation>Le projet sauvegardé automatiquement %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Restored the changes autosaved at %1.</source>
        <translation>Modifications sauvegardées automatiquement à %1 restaurées.</translation>
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
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Estimated cost: %1 ms at one thread</source>
        <translation>Coût estimé : %1 ms sur un thread</translation>
    </message>
    <message>
        <source>Level %1 (longest chain of dependencies before it)</source>
        <translation>Niveau %1 (plus longue chaîne de dépendances le précédant)</translation>
    </message>
    <message>
        <source>Runs in step %1 of the schedule</source>
        <translation>S'exécute à l'étape %1 de la planification</translation>
    </message>
    <message>
        <source>Work is split over row partitions</source>
        <translation>Le travail est réparti sur des partitions de lignes</translation>
    </message>
    <message>
        <source>Whole-table step (waits for all rows)</source>
        <translation>Étape sur la table entière (attend toutes les lignes)</translation>
    </message>
    <message>
        <source>&lt;span style='color:#d9482b'&gt;On the critical path&lt;/span&gt;</source>
        <translation>&lt;span style='color:#d9482b'&gt;Sur le chemin critique&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>seg::ui::DagScene</name>
    <message>
        <source>The graph has no nodes yet.</source>
        <translation>Le graphe ne contient encore aucun nœud.</translation>
    </message>
    <message>
        <source>%1 uses the column that %2 derives</source>
        <translation>%1 utilise la colonne dérivée par %2</translation>
    </message>
    <message>
        <source>%1 is an input of %2</source>
        <translation>%1 est une entrée de %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::DagView</name>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Séquentielle</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Parallèle</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>How the run is scheduled. Sequential: one node after another on one thread. Parallel: one node at a time, its rows split over all threads. Hybrid: independent nodes run at the same time. Auto: the planner picks from its cost estimate.</source>
        <translation>Mode de planification de l'exécution. Séquentielle : un nœud après l'autre sur un seul thread. Parallèle : un nœud à la fois, ses lignes réparties sur tous les threads. Hybride : les nœuds indépendants s'exécutent en même temps. Auto : le planificateur choisit d'après son estimation des coûts.</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tous (%1)</translation>
    </message>
    <message>
        <source>Worker threads for parallel and hybrid runs</source>
        <translation>Threads de travail pour les exécutions parallèles et hybrides</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Copy the plan as readable text (the same as segstudio-cli plan)</source>
        <translation>Copier le plan en texte lisible (identique à segstudio-cli plan)</translation>
    </message>
    <message>
        <source>Copy as DOT</source>
        <translation>Copier en DOT</translation>
    </message>
    <message>
        <source>Copy the DAG in Graphviz DOT format, e.g. for dot -Tsvg</source>
        <translation>Copier le DAG au format Graphviz DOT, p. ex. pour dot -Tsvg</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Zoom so the whole DAG is visible (the mouse wheel zooms in and out)</source>
        <translation>Zoomer pour afficher tout le DAG (la molette de la souris zoome en avant et en arrière)</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Stratégie :</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads :</translation>
    </message>
    <message>
        <source>The graph is empty. Add rules on the canvas to see how they will run.</source>
        <translation>Le graphe est vide. Ajoutez des règles sur le canevas pour voir comment elles seront exécutées.</translation>
    </message>
    <message>
        <source>Import customers to see the execution plan: the planner needs the columns and the row count.</source>
        <translation>Importez des clients pour voir le plan d'exécution : le planificateur a besoin des colonnes et du nombre de lignes.</translation>
    </message>
    <message>
        <source>The graph cannot be planned yet:
%1</source>
        <translation>Le graphe ne peut pas encore être planifié :
%1</translation>
    </message>
    <message>
        <source>up to %1 nodes at once</source>
        <translation>jusqu'à %1 nœuds simultanément</translation>
    </message>
    <message>
        <source>one node at a time</source>
        <translation>un nœud à la fois</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; on %n thread(s): %2 steps, %3; estimated %4 ms. &lt;span style='color:#d9482b'&gt;Critical path&lt;/span&gt;: %5. Planned in %6 ms.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; sur %n thread : %2 étapes, %3 ; estimation %4 ms. &lt;span style='color:#d9482b'&gt;Chemin critique&lt;/span&gt; : %5. Planifié en %6 ms.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; sur %n threads : %2 étapes, %3 ; estimation %4 ms. &lt;span style='color:#d9482b'&gt;Chemin critique&lt;/span&gt; : %5. Planifié en %6 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbered badges: the step of the schedule in which a node runs; dark badges mark steps where several nodes run together. Dashed arrows: a node uses a derived column.</source>
        <translation>Badges numérotés : l'étape de la planification à laquelle un nœud s'exécute ; les badges foncés marquent les étapes où plusieurs nœuds s'exécutent ensemble. Flèches en pointillés : un nœud utilise une colonne dérivée.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>Read together, one pass over the column: %1</source>
        <translation>Lues ensemble, une seule passe sur la colonne : %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::DataPanel</name>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation>Valeurs nulles</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distinctes</translation>
    </message>
    <message>
        <source>No data loaded. Use File &gt; Import Customers, or drop a CSV file on the window.</source>
        <translation>Aucune donnée chargée. Utilisez Fichier &gt; Importer les clients, ou déposez un fichier CSV sur la fenêtre.</translation>
    </message>
    <message>
        <source>Type set by the project, not detected</source>
        <translation>Type défini par le projet, non détecté</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers imported, %2 rows rejected, %3 duplicate keys.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; clients importés, %2 lignes rejetées, %3 clés en double.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; events imported, %2 rows rejected, %3 with unknown customers.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; événements importés, %2 lignes rejetées, %3 avec des clients inconnus.</translation>
    </message>
    <message>
        <source>Events not loaded: %1</source>
        <translation>Événements non chargés : %1</translation>
    </message>
    <message>
        <source>Data drift since the previous import:</source>
        <translation>Dérive des données depuis l'import précédent :</translation>
    </message>
    <message>
        <source>Compared with the import before this one, kept in the workspace (thresholds in its settings)</source>
        <translation>Comparé à l'import précédent, conservé dans l'espace de travail (seuils dans ses réglages)</translation>
    </message>
</context>
<context>
    <name>seg::ui::DataSession</name>
    <message>
        <source>Import cancelled; the previous data is still loaded.</source>
        <translation>Import annulé ; les données précédentes restent chargées.</translation>
    </message>
    <message>
        <source>Imported %1 customers</source>
        <translation>%1 clients importés</translation>
    </message>
    <message>
        <source> and %1 events</source>
        <translation> et %1 événements</translation>
    </message>
    <message>
        <source>; events not loaded: %1</source>
        <translation> ; événements non chargés : %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::DateField</name>
    <message>
        <source>Type a whole date (2024-06-30, 30.06.2024) or pick it in the calendar</source>
        <translation>Tapez une date entière (2024-06-30, 30.06.2024) ou choisissez-la dans le calendrier</translation>
    </message>
</context>
<context>
    <name>seg::ui::DeriveForm</name>
    <message>
        <source>The new column's name; other nodes use it like any column</source>
        <translation>Le nom de la nouvelle colonne ; les autres nœuds l'utilisent comme n'importe quelle colonne</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>nom de colonne</translation>
    </message>
    <message>
        <source>Formula over customer columns</source>
        <translation>Formule sur les colonnes clients</translation>
    </message>
    <message>
        <source>Summary of the customer's events</source>
        <translation>Synthèse des événements du client</translation>
    </message>
    <message>
        <source>Compute the column from other columns, or from each customer's events</source>
        <translation>Calculer la colonne à partir d'autres colonnes, ou des événements de chaque client</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>formule</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>Nom de colonne</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>Calculée à partir de</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>The column needs a name.</source>
        <translation>La colonne doit avoir un nom.</translation>
    </message>
    <message>
        <source>The customers already have a column '%1'.</source>
        <translation>Les clients ont déjà une colonne « %1 ».</translation>
    </message>
</context>
<context>
    <name>seg::ui::DestinationDialog</name>
    <message>
        <source>Export for a Platform</source>
        <translation>Exporter pour une plateforme</translation>
    </message>
    <message>
        <source>The platform the file goes to: its column names, which identifiers are hashed, its file limits and minimum audience (docs/destinations.md)</source>
        <translation>La plateforme à laquelle le fichier est destiné : ses noms de colonnes, les identifiants hachés, ses limites de fichier et son audience minimale (docs/destinations.md)</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prénom :</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Zip:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(non associé)</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>p. ex. FR</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, when the row has no country</source>
        <translation>Le pays des numéros de téléphone écrits sans indicatif de pays, quand la ligne n’a pas de pays</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Région par défaut :</translation>
    </message>
    <message>
        <source>&amp;Import List…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <source>A CSV with a header naming its columns: email, phone, key, email_sha256 or phone_sha256; stored hashed beside the project</source>
        <translation>Un CSV dont l’en-tête nomme les colonnes : email, phone, key, email_sha256 ou phone_sha256 ; stocké haché à côté du projet</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>After the export: rows per file, members each list removed, warnings</source>
        <translation>Après l’export : lignes par fichier, membres retirés par chaque liste, avertissements</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Change export settings</source>
        <translation>Modifier les réglages d’export</translation>
    </message>
    <message>
        <source>Save the project first: suppression lists are stored beside the project file.</source>
        <translation>Enregistrez d’abord le projet : les listes d’exclusion sont stockées à côté du fichier du projet.</translation>
    </message>
    <message>
        <source>A suppression list needs a name.</source>
        <translation>Une liste d’exclusion doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>Suppression list '%1': %n identifier(s) stored.</source>
        <translation>
            <numerusform>Liste d’exclusion '%1' : %n identifiant stocké.</numerusform>
            <numerusform>Liste d’exclusion '%1' : %n identifiants stockés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read (first at line %1).</source>
        <translation>
            <numerusform>%n entrée n’a pas pu être lue (la première à la ligne %1).</numerusform>
            <numerusform>%n entrées n’ont pas pu être lues (la première à la ligne %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Suppression List</source>
        <translation>Importer une liste d’exclusion</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>Choisissez un dossier où exporter.</translation>
    </message>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation>Aucune donnée chargée : importez d’abord les clients.</translation>
    </message>
    <message>
        <source>Exporting ...</source>
        <translation>Export en cours ...</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fichier exporté dans %1.</numerusform>
            <numerusform>%n fichiers exportés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped; the folder was left as it was.</source>
        <translation>Export arrêté ; le dossier est resté tel quel.</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (dérivée)</translation>
    </message>
    <message>
        <source>Length fits the country</source>
        <translation>Longueur valable pour le pays</translation>
    </message>
    <message>
        <source>Valid number range</source>
        <translation>Plage de numéros valide</translation>
    </message>
    <message>
        <source>Valid number range also refuses numbers outside the ranges known as assigned; the phone data on this system may not know ranges opened recently</source>
        <translation>Plage de numéros valide refuse aussi les numéros hors des plages connues comme attribuées ; les données téléphoniques de ce système peuvent ignorer les plages ouvertes récemment</translation>
    </message>
    <message>
        <source>&amp;Phone check:</source>
        <translation>Contrôle du &amp;téléphone :</translation>
    </message>
    <message>
        <source>Segments to export:</source>
        <translation>Segments à exporter :</translation>
    </message>
    <message>
        <source>Suppression lists (checked: applied to this export):</source>
        <translation>Listes d'exclusion (cochées : appliquées à cet export) :</translation>
    </message>
    <message>
        <source>&amp;Always Apply</source>
        <translation>&amp;Toujours appliquer</translation>
    </message>
    <message>
        <source>Mark or unmark the selected list as applied to every export by default</source>
        <translation>Marquer ou démarquer la liste choisie comme appliquée par défaut à chaque export</translation>
    </message>
    <message>
        <source>%1 (always)</source>
        <translation>%1 (toujours)</translation>
    </message>
    <message>
        <source>Choose at least one segment to export.</source>
        <translation>Choisissez au moins un segment à exporter.</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <source>Nothing was exported: a mapped column does not look like its identifier. Check the mapping, or press Export Anyway.</source>
        <translation>Rien n'a été exporté : une colonne associée ne ressemble pas à son identifiant. Vérifiez l'association ou cliquez sur « Exporter quand même ».</translation>
    </message>
    <message>
        <source>Column '%1' (%2): %3 of %4 values cannot be read as %2.</source>
        <translation>Colonne '%1' (%2) : %3 valeurs sur %4 ne peuvent pas être lues comme %2.</translation>
    </message>
    <message>
        <source>customer row %1: "%2"</source>
        <translation>ligne client %1 : « %2 »</translation>
    </message>
</context>
<context>
    <name>seg::ui::DestinationJob</name>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation>Aucune donnée chargée : importez d’abord les clients.</translation>
    </message>
    <message>
        <source>Choose a destination.</source>
        <translation>Choisissez une destination.</translation>
    </message>
    <message>
        <source>The graph could not be run: %1</source>
        <translation>Le graphe n’a pas pu être exécuté : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Segment '%1' could not be computed; nothing was written.</source>
        <translation>Le segment '%1' n’a pas pu être calculé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members written to %4</source>
        <translation>%1 : %2 membres sur %3 écrits dans %4</translation>
    </message>
    <message numerus="yes">
        <source>suppression list '%1' removed %n</source>
        <translation>
            <numerusform>la liste d’exclusion '%1' a retiré %n</numerusform>
            <numerusform>la liste d’exclusion '%1' a retiré %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one segment to export.</source>
        <translation>Choisissez au moins un segment à exporter.</translation>
    </message>
    <message>
        <source>%1 needs columns mapped to %2.</source>
        <translation>%1 a besoin de colonnes associées à %2.</translation>
    </message>
</context>
<context>
    <name>seg::ui::Document</name>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1 : ouverture impossible</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Unknown node.</source>
        <translation>Nœud inconnu.</translation>
    </message>
    <message>
        <source>'%1' makes a column, not a set: use its column name in a condition instead.</source>
        <translation>« %1 » crée une colonne, pas un ensemble : utilisez plutôt son nom de colonne dans une condition.</translation>
    </message>
    <message>
        <source>'%1' has no output '%2'.</source>
        <translation>« %1 » n'a pas de sortie « %2 ».</translation>
    </message>
    <message>
        <source>'%1' (%2) takes no inputs.</source>
        <translation>« %1 » (%2) n'accepte aucune entrée.</translation>
    </message>
    <message>
        <source>'%1' is already connected to '%2'.</source>
        <translation>« %1 » est déjà connecté à « %2 ».</translation>
    </message>
    <message>
        <source>Connecting '%1' to '%2' would make a cycle: '%2' already feeds '%1'.</source>
        <translation>Connecter « %1 » à « %2 » créerait un cycle : « %2 » alimente déjà « %1 ».</translation>
    </message>
    <message>
        <source>'%1' (%2) takes at most %3 inputs; disconnect one first.</source>
        <translation>« %1 » (%2) accepte au plus %3 entrées ; déconnectez-en d'abord une.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Connecter %1 à %2</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>Déconnecter %1 de %2</translation>
    </message>
    <message>
        <source>The clipboard does not hold Segment Studio nodes (not JSON).</source>
        <translation>Le presse-papiers ne contient pas de nœuds Segment Studio (pas de JSON).</translation>
    </message>
    <message>
        <source>The clipboard does not hold Segment Studio nodes.</source>
        <translation>Le presse-papiers ne contient pas de nœuds Segment Studio.</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>Rien à coller.</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>Collage impossible : %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Coller %n nœud</numerusform>
            <numerusform>Coller %n nœuds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::EventAggregateEditor</name>
    <message>
        <source>Which events count: one event type, or any event</source>
        <translation>Les événements comptés : un type d'événement, ou n'importe quel événement</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>Only the last</source>
        <translation>Seulement les derniers</translation>
    </message>
    <message>
        <source>Count only events within this many days before the as-of date</source>
        <translation>Ne compter que les événements survenus dans ce nombre de jours avant la date de référence</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>période</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Only count events whose column matches a comparison (e.g. amount at least 20)</source>
        <translation>Ne compter que les événements dont une colonne satisfait une comparaison (p. ex. montant d'au moins 20)</translation>
    </message>
    <message>
        <source>where conditions</source>
        <translation>conditions de filtre</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Nombre d'événements</translation>
    </message>
    <message>
        <source>Sum of</source>
        <translation>Somme de</translation>
    </message>
    <message>
        <source>Average of</source>
        <translation>Moyenne de</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>What is computed over the matching events of each customer</source>
        <translation>Ce qui est calculé sur les événements correspondants de chaque client</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>The event column that is summed, averaged, or compared</source>
        <translation>La colonne d'événement additionnée, moyennée ou comparée</translation>
    </message>
    <message>
        <source>measured column</source>
        <translation>colonne mesurée</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Of column</source>
        <translation>De la colonne</translation>
    </message>
    <message>
        <source>The event column to check</source>
        <translation>La colonne d'événement à vérifier</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
    <message>
        <source>where field</source>
        <translation>champ du filtre</translation>
    </message>
    <message>
        <source>where %1</source>
        <translation>filtre %1</translation>
    </message>
    <message>
        <source>(any event)</source>
        <translation>(tout événement)</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExplainPanel</name>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>The segment (or selected node) to explain</source>
        <translation>Le segment (ou le nœud sélectionné) à expliquer</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>Clé client</translation>
    </message>
    <message>
        <source>Show why this customer is or is not in the segment</source>
        <translation>Montrer pourquoi ce client est ou n'est pas dans le segment</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Value read</source>
        <translation>Valeur lue</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Pick a segment and type a customer key, or right-click a row in Preview &gt; Members.</source>
        <translation>Choisissez un segment et tapez une clé client, ou faites un clic droit sur une ligne dans Aperçu &gt; Membres.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Sélection : %1</translation>
    </message>
    <message>
        <source>Nothing has run yet: import data and build a segment first.</source>
        <translation>Rien n'a encore tourné : importez d'abord des données et construisez un segment.</translation>
    </message>
    <message>
        <source>Pick a segment and type a customer key.</source>
        <translation>Choisissez un segment et tapez une clé client.</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Explication…</translation>
    </message>
    <message>
        <source>No customer with key '%1' in the data.</source>
        <translation>Aucun client avec la clé '%1' dans les données.</translation>
    </message>
    <message>
        <source>Cannot explain: %1</source>
        <translation>Impossible d'expliquer : %1</translation>
    </message>
    <message>
        <source>Customer %1 is in '%2'.</source>
        <translation>Le client %1 est dans '%2'.</translation>
    </message>
    <message>
        <source>Customer %1 is not in '%2'. First excluded by '%3': %4</source>
        <translation>Le client %1 n'est pas dans '%2'. Exclu d'abord par '%3' : %4</translation>
    </message>
    <message>
        <source>'%1' did not run: %2</source>
        <translation>'%1' n'a pas été exécuté : %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExportDialog</name>
    <message>
        <source>Export segments</source>
        <translation>Exporter les segments</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... et %n autre</numerusform>
            <numerusform>... et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Remplacer les fichiers ?</translation>
    </message>
    <message>
        <source>The segments to export; each becomes one CSV file</source>
        <translation>Les segments à exporter ; chacun devient un fichier CSV</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Check every segment</source>
        <translation>Cocher tous les segments</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Uncheck every segment</source>
        <translation>Décocher tous les segments</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Each segment's own export columns</source>
        <translation>Colonnes d'export propres à chaque segment</translation>
    </message>
    <message>
        <source>Use the columns set on each segment node (its export settings); uncheck to choose the same columns for all segments</source>
        <translation>Utiliser les colonnes définies sur chaque nœud Segment (ses paramètres d'export) ; décochez pour choisir les mêmes colonnes pour tous les segments</translation>
    </message>
    <message>
        <source>Columns written to the file, in this order (drag to reorder). Derived columns come from the derive nodes of the graph.</source>
        <translation>Colonnes écrites dans le fichier, dans cet ordre (faites glisser pour réordonner). Les colonnes dérivées proviennent des nœuds Colonne dérivée du graphe.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Choose where the file(s) go</source>
        <translation>Choisir l'emplacement du ou des fichiers</translation>
    </message>
    <message>
        <source>The character between values. Semicolon suits spreadsheets in countries that write decimals with a comma.</source>
        <translation>Le caractère entre les valeurs. Le point-virgule convient aux tableurs des pays qui écrivent les décimales avec une virgule.</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Virgule  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Point-virgule  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation>Barre verticale  |</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark (for Excel)</source>
        <translation>UTF-8 avec indicateur d'ordre des octets (pour Excel)</translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark so that Excel shows accented letters correctly. Leave it off for other programs and databases.</source>
        <translation>Commence le fichier par un indicateur d'ordre des octets (BOM) pour qu'Excel affiche correctement les lettres accentuées. Laissez désactivé pour les autres programmes et les bases de données.</translation>
    </message>
    <message>
        <source>Spreadsheet-safe text</source>
        <translation>Texte sûr pour tableurs</translation>
    </message>
    <message>
        <source>Spreadsheets run a cell that starts with = + - or @ as a formula, which an attacker can abuse through a name or email field. This puts an apostrophe before such text cells so they open as plain text. Numbers are not changed. Leave it off when another program reads the file: it changes the data.</source>
        <translation>Les tableurs exécutent comme une formule toute cellule commençant par = + - ou @, ce qu'un attaquant peut exploiter via un champ nom ou e-mail. Cette option place une apostrophe devant ces cellules de texte pour qu'elles s'ouvrent en texte brut. Les nombres ne sont pas modifiés. Laissez désactivé si un autre programme lit le fichier : cela modifie les données.</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Délimiteur :</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Progression de l'export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Run the graph on the current data and write the files</source>
        <translation>Exécuter le graphe sur les données actuelles et écrire les fichiers</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customer(s))</source>
        <translation>
            <numerusform>%1 (%Ln client)</numerusform>
            <numerusform>%1 (%Ln clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment node %1</source>
        <translation>Nœud Segment %1</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (dérivée)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>One CSV file per segment is written into this folder, named after the segment</source>
        <translation>Un fichier CSV par segment est écrit dans ce dossier, nommé d'après le segment</translation>
    </message>
    <message>
        <source>The CSV file to write</source>
        <translation>Le fichier CSV à écrire</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Writes %1</source>
        <translation>Écrit %1</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <source>Export segment</source>
        <translation>Exporter le segment</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Check at least one segment to export.</source>
        <translation>Cochez au moins un segment à exporter.</translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>Choisissez un dossier de destination.</translation>
    </message>
    <message>
        <source>Choose a file to export into.</source>
        <translation>Choisissez un fichier de destination.</translation>
    </message>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation>Aucune donnée chargée : importez d'abord des clients.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 est un dossier ; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Nothing was exported: the existing files were kept.</source>
        <translation>Rien n'a été exporté : les fichiers existants ont été conservés.</translation>
    </message>
    <message>
        <source>Exporting ...</source>
        <translation>Export en cours ...</translation>
    </message>
    <message>
        <source>Export stopped. Files not finished were not written; existing files were kept.</source>
        <translation>Export arrêté. Les fichiers non terminés n'ont pas été écrits ; les fichiers existants ont été conservés.</translation>
    </message>
    <message>
        <source>Already written: %1.</source>
        <translation>Déjà écrits : %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n fichier exporté vers %1.</numerusform>
            <numerusform>%n fichiers exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the export; unfinished files are not written</source>
        <translation>Arrêter l'export ; les fichiers non terminés ne sont pas écrits</translation>
    </message>
    <message>
        <source>These files already exist and will be replaced (or removed, when the last export into the folder wrote them and this one does not):

%1</source>
        <translation>Ces fichiers existent déjà et seront remplacés (ou supprimés, si le dernier export dans ce dossier les a écrits et pas celui-ci) :

%1</translation>
    </message>
    <message>
        <source>No file was changed.</source>
        <translation>Aucun fichier n’a été modifié.</translation>
    </message>
    <message>
        <source>The folder holds subfolders or links, so its files were replaced one by one; export into a folder of its own to have them replaced as a whole.</source>
        <translation>Le dossier contient des sous-dossiers ou des liens, ses fichiers ont donc été remplacés un par un ; exportez dans un dossier à part pour qu’ils soient remplacés d’un seul coup.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExportJob</name>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation>Aucune donnée chargée : importez d'abord des clients.</translation>
    </message>
    <message>
        <source>The graph could not be run: %1</source>
        <translation>Le graphe n'a pas pu être exécuté : %1</translation>
    </message>
    <message>
        <source>it depends on a rule that has a problem</source>
        <translation>il dépend d'une règle qui présente un problème</translation>
    </message>
    <message>
        <source>Segment '%1' could not be computed (%2); nothing was written to %3</source>
        <translation>Le segment « %1 » n'a pas pu être calculé (%2) ; rien n'a été écrit dans %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for %2</source>
        <translation>Impossible de créer le dossier %1 pour %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExpressionField</name>
    <message>
        <source>e.g. total_spend &gt; 500 AND country IN ('US', 'CA')</source>
        <translation>p. ex. total_spend &gt; 500 AND country IN ('US', 'CA')</translation>
    </message>
    <message>
        <source>e.g. total_spend / orders</source>
        <translation>p. ex. total_spend / orders</translation>
    </message>
    <message>
        <source>A SQL-like formula over customer columns and derived columns.
Applied when you leave the editor or press Ctrl+Enter.</source>
        <translation>Une formule de type SQL sur les colonnes clients et les colonnes dérivées.
Appliquée lorsque vous quittez l'éditeur ou appuyez sur Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>Syntax OK. Columns and types are checked once customer data is imported.</source>
        <translation>Syntaxe correcte. Les colonnes et les types sont vérifiés une fois les données clients importées.</translation>
    </message>
    <message>
        <source>Syntax OK. A derived column it uses has a problem of its own, so types are not checked.</source>
        <translation>Syntaxe correcte. Une colonne dérivée qu'elle utilise présente elle-même un problème ; les types ne sont donc pas vérifiés.</translation>
    </message>
    <message>
        <source>Valid formula.</source>
        <translation>Formule valide.</translation>
    </message>
    <message>
        <source>Valid formula; the column's type is %1.</source>
        <translation>Formule valide ; le type de la colonne est %1.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1 : %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExpressionForm</name>
    <message>
        <source>formula</source>
        <translation>formule</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Customers for whom the formula is TRUE are members. Columns: bare names or "double quoted"; text in 'single quotes'; dates as DATE '2024-01-31'.</source>
        <translation>Les clients pour lesquels la formule est TRUE sont membres. Colonnes : noms simples ou "entre guillemets doubles" ; texte entre 'apostrophes' ; dates sous la forme DATE '2024-01-31'.</translation>
    </message>
</context>
<context>
    <name>seg::ui::GanttChart</name>
    <message>
        <source>Milliseconds since the run started</source>
        <translation>Millisecondes depuis le début de l'exécution</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>conditions</translation>
    </message>
    <message>
        <source>set logic</source>
        <translation>logique d'ensembles</translation>
    </message>
    <message>
        <source>behavior</source>
        <translation>comportement</translation>
    </message>
    <message>
        <source>derive</source>
        <translation>dérivation</translation>
    </message>
    <message>
        <source>top / split / priority</source>
        <translation>top / répartition / priorité</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segments</translation>
    </message>
    <message>
        <source>hatched: result from the cache</source>
        <translation>hachuré : résultat issu du cache</translation>
    </message>
    <message>
        <source>No run yet. The timing of the last preview run appears here.</source>
        <translation>Aucune exécution pour l'instant. Les temps de la dernière exécution de l'aperçu s'affichent ici.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)
Worker %4: %5 → %6 ms (%7 ms)</source>
        <translation>%1 (%2, %3)
Thread %4 : %5 → %6 ms (%7 ms)</translation>
    </message>
    <message>
        <source>
Result taken from the cache (unchanged since an earlier run)</source>
        <translation>
Résultat repris du cache (inchangé depuis une exécution précédente)</translation>
    </message>
    <message>
        <source>
Status: %1</source>
        <translation>
État : %1</translation>
    </message>
    <message>
        <source>The last run had no nodes to time.</source>
        <translation>La dernière exécution n'avait aucun nœud à chronométrer.</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Thread %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::GraphSettingsForm</name>
    <message>
        <source>The project's name, shown in run reports</source>
        <translation>Le nom du projet, affiché dans les rapports d'exécution</translation>
    </message>
    <message>
        <source>Rename graph</source>
        <translation>Renommer le graphe</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Date fixe</translation>
    </message>
    <message>
        <source>Off: relative dates ("within the last 30 days") count back from today (UTC)</source>
        <translation>Désactivé : les dates relatives (« au cours des 30 derniers jours ») sont comptées à rebours depuis aujourd'hui (UTC)</translation>
    </message>
    <message>
        <source>The day relative date conditions count back from</source>
        <translation>Le jour à partir duquel les conditions de date relative sont comptées à rebours</translation>
    </message>
    <message>
        <source>Change as-of date</source>
        <translation>Modifier la date de référence</translation>
    </message>
    <message>
        <source>Graph name</source>
        <translation>Nom du graphe</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Select a node on the canvas to edit it.</source>
        <translation>Sélectionnez un nœud sur le canevas pour le modifier.</translation>
    </message>
    <message>
        <source>not chosen yet (File &gt; Import)</source>
        <translation>pas encore choisi (Fichier &gt; Importer)</translation>
    </message>
    <message>
        <source>%1 (key: %2)</source>
        <translation>%1 (clé : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The events run from %1 to %2 (marked in the calendar).</source>
        <translation>Les événements vont du %1 au %2 (marqués dans le calendrier).</translation>
    </message>
</context>
<context>
    <name>seg::ui::HelpDialog</name>
    <message>
        <source>Segment Studio User Guide</source>
        <translation>Guide de l'utilisateur de Segment Studio</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide de l'utilisateur est absent de cette version.</translation>
    </message>
</context>
<context>
    <name>seg::ui::HistogramView</name>
    <message>
        <source>Shares (%)</source>
        <translation>Parts (%)</translation>
    </message>
    <message>
        <source>The numeric or date column to compare</source>
        <translation>La colonne numérique ou de date à comparer</translation>
    </message>
    <message>
        <source>At most this many bins (whole-number columns may use fewer)</source>
        <translation>Au plus ce nombre de classes (les colonnes de nombres entiers peuvent en utiliser moins)</translation>
    </message>
    <message>
        <source>On: each group's bars are its share in percent, so a small segment compares with everybody. Off: member counts.</source>
        <translation>Activé : les barres de chaque groupe représentent sa part en pourcentage, pour comparer un petit segment à l'ensemble des clients. Désactivé : nombre de membres.</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Colonne :</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Classes :</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Select a rule or segment on the canvas to compare a column inside it with all customers.</source>
        <translation>Sélectionnez une règle ou un segment sur le canevas pour y comparer une colonne avec l'ensemble des clients.</translation>
    </message>
    <message>
        <source>No members to compare yet.</source>
        <translation>Aucun membre à comparer pour l'instant.</translation>
    </message>
    <message>
        <source>The data has no numeric or date column to compare.</source>
        <translation>Les données ne comportent aucune colonne numérique ou de date à comparer.</translation>
    </message>
    <message>
        <source>Column %1 has no values.</source>
        <translation>La colonne %1 n'a aucune valeur.</translation>
    </message>
    <message>
        <source>Share of group (%)</source>
        <translation>Part du groupe (%)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>NULL values (not in the bars): %1 of all customers, %2 in %3</source>
        <translation>Valeurs NULL (hors barres) : %1 de l'ensemble des clients, %2 dans %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportColumnsPage</name>
    <message>
        <source>Describe the columns</source>
        <translation>Décrire les colonnes</translation>
    </message>
    <message>
        <source>Which column identifies a customer, and what type each column has. Types were guessed from the first rows; change one when the guess is wrong (for example ZIP codes as text, or dates written as 31.12.2024).</source>
        <translation>La colonne qui identifie un client et le type de chaque colonne. Les types ont été devinés à partir des premières lignes ; modifiez-en un si la supposition est fausse (par exemple des codes postaux en texte, ou des dates écrites 31.12.2024).</translation>
    </message>
    <message>
        <source>Which columns hold the customer ID, the time and the kind of each event, and what type each column has.</source>
        <translation>Les colonnes qui contiennent l'ID client, la date et le type de chaque événement, et le type de chaque colonne.</translation>
    </message>
    <message>
        <source>The column with a unique ID per customer. Without one, customers are numbered by their row (column _row).</source>
        <translation>La colonne contenant un ID unique par client. Sans elle, les clients sont numérotés d'après leur ligne (colonne _row).</translation>
    </message>
    <message>
        <source>The column with the customer ID of each event; it is matched to the customers' ID column</source>
        <translation>La colonne contenant l'ID client de chaque événement ; elle est rapprochée de la colonne ID des clients</translation>
    </message>
    <message>
        <source>Customer ID column:</source>
        <translation>Colonne ID client :</translation>
    </message>
    <message>
        <source>What to do when the same customer ID appears on more than one row</source>
        <translation>Que faire lorsque le même ID client apparaît sur plusieurs lignes</translation>
    </message>
    <message>
        <source>Keep the last row</source>
        <translation>Conserver la dernière ligne</translation>
    </message>
    <message>
        <source>Keep the first row</source>
        <translation>Conserver la première ligne</translation>
    </message>
    <message>
        <source>Stop the import with an error</source>
        <translation>Arrêter l'import avec une erreur</translation>
    </message>
    <message>
        <source>Duplicate IDs:</source>
        <translation>ID en double :</translation>
    </message>
    <message>
        <source>When the event happened: a date or timestamp column</source>
        <translation>Le moment où l'événement s'est produit : une colonne de date ou d'horodatage</translation>
    </message>
    <message>
        <source>Time column:</source>
        <translation>Colonne de date :</translation>
    </message>
    <message>
        <source>The kind of event (purchase, visit ...), used by behavior rules; optional</source>
        <translation>Le type d'événement (achat, visite ...), utilisé par les règles de comportement ; facultatif</translation>
    </message>
    <message>
        <source>Event type column:</source>
        <translation>Colonne du type d'événement :</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>(none: number the rows)</source>
        <translation>(aucune : numéroter les lignes)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Automatic uses the type found in the whole file when importing</source>
        <translation>Automatique utilise le type détecté dans l'ensemble du fichier lors de l'import</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Guessed from %n row(s)</source>
        <translation>
            <numerusform>Deviné à partir de %n ligne</numerusform>
            <numerusform>Deviné à partir de %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Fits all sample values</source>
        <translation>Correspond à toutes les valeurs d'exemple</translation>
    </message>
    <message numerus="yes">
        <source>%n sample value(s) do not fit, e.g. '%1': those rows will be rejected</source>
        <translation>
            <numerusform>%n valeur d'exemple ne correspond pas, p. ex. « %1 » : ces lignes seront rejetées</numerusform>
            <numerusform>%n valeurs d'exemple ne correspondent pas, p. ex. « %1 » : ces lignes seront rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>A column type is not valid (see Check).</source>
        <translation>Un type de colonne n'est pas valide (voir Vérification).</translation>
    </message>
    <message>
        <source>How the dates of this column are written; the example is the column's first value read in that layout</source>
        <translation>Comment les dates de cette colonne sont écrites ; l’exemple est la première valeur de la colonne lue selon ce format</translation>
    </message>
    <message>
        <source>Own date format</source>
        <translation>Format de date personnalisé</translation>
    </message>
    <message>
        <source>Write the layout with %d for the day, %m the month, %Y the year, %H hour, %M minute, %S second, e.g. %d.%m.%Y %H:%M</source>
        <translation>Écrivez le format avec %d pour le jour, %m le mois, %Y l’année, %H l’heure, %M la minute, %S la seconde, p. ex. %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>Dates, but is %1 day first or month first? Choose the date format</source>
        <translation>Des dates, mais %1 commence-t-il par le jour ou par le mois ? Choisissez le format de date</translation>
    </message>
    <message>
        <source>Recognised as %1; all sample values fit</source>
        <translation>Reconnu comme %1 ; toutes les valeurs de l’échantillon conviennent</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportFilePage</name>
    <message>
        <source>Choose the customers file</source>
        <translation>Choisir le fichier des clients</translation>
    </message>
    <message>
        <source>Choose the events file</source>
        <translation>Choisir le fichier des événements</translation>
    </message>
    <message>
        <source>One row per customer: an ID column and the attributes you want to segment on. CSV or TSV, as exported from your CRM or shop system.</source>
        <translation>Une ligne par client : une colonne ID et les attributs sur lesquels vous voulez segmenter. CSV ou TSV, tel qu'exporté depuis votre CRM ou votre boutique en ligne.</translation>
    </message>
    <message>
        <source>One row per event (purchase, visit, email open ...): the customer ID, when it happened and what kind of event it was.</source>
        <translation>Une ligne par événement (achat, visite, ouverture d'e-mail ...) : l'ID client, le moment où il s'est produit et son type.</translation>
    </message>
    <message>
        <source>Path of a .csv or .tsv file</source>
        <translation>Chemin d'un fichier .csv ou .tsv</translation>
    </message>
    <message>
        <source>The file to import. You can also drop a file onto this page.</source>
        <translation>Le fichier à importer. Vous pouvez aussi déposer un fichier sur cette page.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Pick the file in a file dialog</source>
        <translation>Choisir le fichier dans une boîte de dialogue</translation>
    </message>
    <message>
        <source>Tip: drop a CSV file onto this page or onto the main window.</source>
        <translation>Astuce : déposez un fichier CSV sur cette page ou sur la fenêtre principale.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Import CSV file</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 columns, %2. Click Next to check the format.</source>
        <translation>%1 colonnes, %2. Cliquez sur Suivant pour vérifier le format.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportFormatPage</name>
    <message>
        <source>Comma  ,</source>
        <translation>Virgule  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Point-virgule  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation>Barre verticale  |</translation>
    </message>
    <message>
        <source>Check the format</source>
        <translation>Vérifier le format</translation>
    </message>
    <message>
        <source>The delimiter and encoding were detected from the file. If the preview looks wrong (everything in one column, odd characters), change them here.</source>
        <translation>Le délimiteur et l'encodage ont été détectés à partir du fichier. Si l'aperçu semble incorrect (tout dans une seule colonne, caractères étranges), modifiez-les ici.</translation>
    </message>
    <message>
        <source>The character between the values of a row</source>
        <translation>Le caractère entre les valeurs d'une ligne</translation>
    </message>
    <message>
        <source>How the file stores letters such as é or ü. Files from Excel on Windows are often Windows-1252.</source>
        <translation>La façon dont le fichier stocke les lettres comme é ou ü. Les fichiers issus d'Excel sous Windows sont souvent en Windows-1252.</translation>
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
        <translation>Les cellules vides sont des valeurs manquantes</translation>
    </message>
    <message>
        <source>Read empty cells as NULL (no value) rather than as empty text</source>
        <translation>Lire les cellules vides comme NULL (aucune valeur) plutôt que comme du texte vide</translation>
    </message>
    <message>
        <source>Cell texts that mean "no value", separated by commas (compared after trimming spaces)</source>
        <translation>Textes de cellule signifiant « aucune valeur », séparés par des virgules (comparés après suppression des espaces)</translation>
    </message>
    <message>
        <source>e.g. NULL, NA, N/A</source>
        <translation>p. ex. NULL, NA, N/A</translation>
    </message>
    <message>
        <source>Also missing:</source>
        <translation>Également manquantes :</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(détecté)</translation>
    </message>
    <message>
        <source>Found by looking at the start of the file</source>
        <translation>Trouvé en examinant le début du fichier</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Délimiteur :</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation>Valeurs manquantes :</translation>
    </message>
    <message>
        <source>The first rows as they will be imported; grey cells are missing values, red rows cannot be imported (hover for the reason)</source>
        <translation>Les premières lignes telles qu'elles seront importées ; les cellules grises sont des valeurs manquantes, les lignes rouges ne peuvent pas être importées (survolez-les pour en voir la raison)</translation>
    </message>
    <message>
        <source>Line number in the file</source>
        <translation>Numéro de ligne dans le fichier</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>Line %1 will not be imported: %2</source>
        <translation>La ligne %1 ne sera pas importée : %2</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of the file's rows.</source>
        <translation>
            <numerusform>Affichage de %n ligne du fichier.</numerusform>
            <numerusform>Affichage des %n lignes du fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n rows.</source>
        <translation>
            <numerusform>%n ligne affichée (la première).</numerusform>
            <numerusform>Affichage des %n premières lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark.</source>
        <translation>Le fichier commence par un indicateur d'ordre des octets UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) near the start cannot be imported as they are (red); the import will list them with their reasons.</source>
        <translation>
            <numerusform>%n ligne proche du début ne peut pas être importée telle quelle (en rouge) ; l'import la listera avec la raison.</numerusform>
            <numerusform>%n lignes proches du début ne peuvent pas être importées telles quelles (en rouge) ; l'import les listera avec leurs raisons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportReportView</name>
    <message>
        <source>the last row of each ID was kept</source>
        <translation>la dernière ligne de chaque ID a été conservée</translation>
    </message>
    <message>
        <source>the first row of each ID was kept</source>
        <translation>la première ligne de chaque ID a été conservée</translation>
    </message>
    <message>
        <source>duplicates stop the import</source>
        <translation>les doublons arrêtent l'import</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valeurs manquantes</translation>
    </message>
    <message>
        <source>Distinct texts</source>
        <translation>Textes distincts</translation>
    </message>
    <message>
        <source>Each imported column with its type and how many rows have no value</source>
        <translation>Chaque colonne importée avec son type et le nombre de lignes sans valeur</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Rows that were not imported, with the line of the file where they start</source>
        <translation>Lignes non importées, avec la ligne du fichier où elles commencent</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln row(s) imported&lt;/b&gt; of %1 data rows in the file.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln ligne importée&lt;/b&gt; sur %1 lignes de données du fichier.</numerusform>
            <numerusform>&lt;b&gt;%Ln lignes importées&lt;/b&gt; sur %1 lignes de données du fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected (listed below).</source>
        <translation>
            <numerusform>%Ln ligne rejetée (voir ci-dessous).</numerusform>
            <numerusform>%Ln lignes rejetées (voir ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>Aucune ligne n'a été rejetée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeated an ID that was seen before; %1.</source>
        <translation>
            <numerusform>%Ln ligne répétait un ID déjà rencontré ; %1.</numerusform>
            <numerusform>%Ln lignes répétaient un ID déjà rencontré ; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer ID is unique.</source>
        <translation>Chaque ID client est unique.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) belong to no imported customer and were ignored.</source>
        <translation>
            <numerusform>%Ln événement n'appartient à aucun client importé et a été ignoré.</numerusform>
            <numerusform>%Ln événements n'appartiennent à aucun client importé et ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation>(choisie)</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ligne entière)</translation>
    </message>
    <message>
        <source>Rejected rows: none</source>
        <translation>Lignes rejetées : aucune</translation>
    </message>
    <message>
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>Lignes rejetées (les %1 premières sur %2) :</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Lignes rejetées :</translation>
    </message>
    <message>
        <source>Changed since the last import of this data:</source>
        <translation>Modifié depuis le dernier import de ces données :</translation>
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
        <translation>Le fichier est lu en arrière-plan. Vérifiez le rapport, puis cliquez sur Terminer pour utiliser les données.</translation>
    </message>
    <message>
        <source>Progress of the import (the file is read twice: types, then values)</source>
        <translation>Progression de l'import (le fichier est lu deux fois : types, puis valeurs)</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Arrêter l'import</translation>
    </message>
    <message>
        <source>Stop the import; the data you had before stays loaded</source>
        <translation>Arrêter l'import ; les données chargées auparavant restent chargées</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Importer à nouveau</translation>
    </message>
    <message>
        <source>Read the file again with the same settings</source>
        <translation>Relire le fichier avec les mêmes paramètres</translation>
    </message>
    <message>
        <source>Importing %1 ...</source>
        <translation>Import de %1 ...</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportWizard</name>
    <message>
        <source>Whole number</source>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Nombre décimal</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Oui/non</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Importer des événements</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Choisissez un fichier CSV.</translation>
    </message>
    <message>
        <source>Import customers first: events are matched to customers by their ID.</source>
        <translation>Importez d'abord les clients : les événements sont rattachés aux clients par leur ID.</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer ID of each event.</source>
        <translation>Choisissez la colonne qui contient l'ID client de chaque événement.</translation>
    </message>
    <message>
        <source>Choose the column that holds the time of each event.</source>
        <translation>Choisissez la colonne qui contient la date de chaque événement.</translation>
    </message>
    <message>
        <source>The time column '%1' does not hold dates or timestamps; choose another column or set its type (with a format) below.</source>
        <translation>La colonne de date « %1 » ne contient ni dates ni horodatages ; choisissez une autre colonne ou définissez son type (avec un format) ci-dessous.</translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <translation>%1 : %2 = %3</translation>
    </message>
    <message>
        <source>ISO: 2024-12-31 or 2024-12-31 14:30</source>
        <translation>ISO : 2024-12-31 ou 2024-12-31 14:30</translation>
    </message>
    <message>
        <source>Own format: %1</source>
        <translation>Format personnalisé : %1</translation>
    </message>
    <message>
        <source>Other format...</source>
        <translation>Autre format...</translation>
    </message>
    <message>
        <source>Column '%1' holds dates such as %2 that can be read day first or month first: choose its date format below.</source>
        <translation>La colonne « %1 » contient des dates comme %2 qui peuvent se lire jour d’abord ou mois d’abord : choisissez son format de date ci-dessous.</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveChart</name>
    <message>
        <source>Replay time (s)</source>
        <translation>Temps de relecture (s)</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>Événements/s</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation>Latence p50</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>Latence p99</translation>
    </message>
    <message>
        <source>Messages applied per second, and how long an event took from its arrival to its enter/exit triggers (median and 99th percentile of each interval)</source>
        <translation>Messages appliqués par seconde, et temps entre l'arrivée d'un événement et ses déclencheurs d'entrée/sortie (médiane et 99e centile de chaque intervalle)</translation>
    </message>
    <message>
        <source>Waiting (lag)</source>
        <translation>En attente (retard)</translation>
    </message>
    <message>
        <source>Events/s, waiting</source>
        <translation>Événements/s, en attente</translation>
    </message>
    <message>
        <source>Listening time (s)</source>
        <translation>Temps d’écoute (s)</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveFeedModel</name>
    <message>
        <source>enter</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>(clock)</source>
        <translation>(horloge)</translation>
    </message>
    <message>
        <source>(profile update)</source>
        <translation>(mise à jour du profil)</translation>
    </message>
    <message>
        <source>Segment id: %1
Cause: %2
Change id: %3</source>
        <translation>ID du segment : %1
Cause : %2
ID du changement : %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>seg::ui::LivePanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>E&amp;xport Feed…</source>
        <translation>E&amp;xporter le flux…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>E&amp;ffacer</translation>
    </message>
    <message>
        <source>The project's events</source>
        <translation>Les événements du projet</translation>
    </message>
    <message>
        <source>An NDJSON file</source>
        <translation>Un fichier NDJSON</translation>
    </message>
    <message>
        <source>messages.ndjson</source>
        <translation>messages.ndjson</translation>
    </message>
    <message>
        <source>One JSON message per line: events, and profile updates {"kind":"profile",…}</source>
        <translation>Un message JSON par ligne : événements et mises à jour de profil {"kind":"profile",…}</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the NDJSON file to replay</source>
        <translation>Choisir le fichier NDJSON à rejouer</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Aussi vite que possible</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Événements par seconde</translation>
    </message>
    <message>
        <source>Times real time</source>
        <translation>Fois le temps réel</translation>
    </message>
    <message>
        <source>How fast messages are replayed: no pause between them, a fixed number per second, or the events' own pace sped up (86,400 = one day of events per second)</source>
        <translation>Vitesse de relecture des messages : sans pause, un nombre fixe par seconde, ou le rythme propre des événements accéléré (86 400 = un jour d'événements par seconde)</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Date fixe</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Heure des événements</translation>
    </message>
    <message>
        <source>Start the replay</source>
        <translation>Démarrer la relecture</translation>
    </message>
    <message>
        <source>Hold the replay after the current message</source>
        <translation>Suspendre la relecture après le message en cours</translation>
    </message>
    <message>
        <source>Go on from where the replay was paused</source>
        <translation>Reprendre là où la relecture a été suspendue</translation>
    </message>
    <message>
        <source>End the replay; the counts stay as they are now</source>
        <translation>Terminer la relecture ; les effectifs restent tels quels</translation>
    </message>
    <message>
        <source>Write the feed's enters and exits to a CSV file</source>
        <translation>Écrire les entrées et sorties du flux dans un fichier CSV</translation>
    </message>
    <message>
        <source>Empty the feed and the chart; the cards show the preview's counts again</source>
        <translation>Vider le flux et le graphique ; les cartes affichent de nouveau les effectifs de l'aperçu</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse :</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Horloge :</translation>
    </message>
    <message>
        <source>Replay Messages</source>
        <translation>Rejouer des messages</translation>
    </message>
    <message>
        <source>NDJSON messages (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>Messages NDJSON (*.ndjson *.jsonl *.json);;Tous les fichiers (*)</translation>
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
        <translation>Exporter le flux en direct</translation>
    </message>
    <message>
        <source>live-feed.csv</source>
        <translation>flux-direct.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>%n changement exporté vers %1.</numerusform>
            <numerusform>%n changements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l'export : %1</translation>
    </message>
    <message>
        <source>%1, clock %2</source>
        <translation>%1, horloge %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarré</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Replay finished</source>
        <translation>Relecture terminée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Enters and exits appear here, newest first.</source>
        <translation>Les entrées et sorties apparaissent ici, les plus récentes en premier.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n changement</numerusform>
            <numerusform>%n changements</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest %1 of %2 changes</source>
        <translation>Les %1 derniers des %2 changements</translation>
    </message>
    <message>
        <source>Replays events through the live engine: the cards' counts move as customers enter and leave segments.</source>
        <translation>Rejoue des événements dans le moteur en direct : les effectifs des cartes bougent à mesure que les clients entrent dans les segments et en sortent.</translation>
    </message>
    <message>
        <source>Cannot replay: %1</source>
        <translation>Relecture impossible : %1</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 messages sur %2</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>%1 messages/s on average</source>
        <translation>%1 messages/s en moyenne</translation>
    </message>
    <message>
        <source>clock %1 (fixed)</source>
        <translation>horloge %1 (fixe)</translation>
    </message>
    <message>
        <source>clock %1 (event time)</source>
        <translation>horloge %1 (heure des événements)</translation>
    </message>
    <message>
        <source>%1 enters and exits</source>
        <translation>%1 entrées et sorties</translation>
    </message>
    <message>
        <source>%1 dead-lettered</source>
        <translation>%1 rejetés (dead letter)</translation>
    </message>
    <message>
        <source>%1 duplicates ignored</source>
        <translation>%1 doublons ignorés</translation>
    </message>
    <message>
        <source>%1 of unknown customers</source>
        <translation>%1 de clients inconnus</translation>
    </message>
    <message>
        <source>last dead letter: %1</source>
        <translation>dernier rejet : %1</translation>
    </message>
    <message>
        <source>The graph was edited after the replay started: the cards show the preview again. Start again to replay the edited graph.</source>
        <translation>Le graphe a été modifié après le début de la relecture : les cartes affichent de nouveau l'aperçu. Redémarrez pour rejouer le graphe modifié.</translation>
    </message>
    <message>
        <source>&amp;Broker…</source>
        <translation>&amp;Broker…</translation>
    </message>
    <message>
        <source>A broker (Redis or RabbitMQ)</source>
        <translation>Un broker (Redis ou RabbitMQ)</translation>
    </message>
    <message>
        <source>Replay the project's own events dataset in time order (the engine starts without them), a file of messages as segstudio-cli stream --from takes, or listen to a Redis stream or RabbitMQ queue (both start from the imported data)</source>
        <translation>Rejouer les événements du projet dans l’ordre chronologique (le moteur démarre sans eux), un fichier de messages comme le prend segstudio-cli stream --from, ou écouter un flux Redis ou une file RabbitMQ (tous deux partent des données importées)</translation>
    </message>
    <message>
        <source>redis://host:6379/0?stream=…</source>
        <translation>redis://host:6379/0?stream=…</translation>
    </message>
    <message>
        <source>The broker to listen to (the password, if any, shown as ***); change it with Broker…</source>
        <translation>Le broker écouté (le mot de passe éventuel affiché ***) ; modifiez-le avec Broker…</translation>
    </message>
    <message>
        <source>Choose the Redis stream or RabbitMQ queue to listen to, and test the connection</source>
        <translation>Choisir le flux Redis ou la file RabbitMQ à écouter, et tester la connexion</translation>
    </message>
    <message>
        <source>Today (UTC)</source>
        <translation>Aujourd’hui (UTC)</translation>
    </message>
    <message>
        <source>The day “within the last N days” windows count from: a fixed date (the graph's as-of gives the batch result), the latest event time seen (windows move as events arrive), or today in UTC (windows move at midnight, as for a broker in production)</source>
        <translation>Le jour à partir duquel comptent les fenêtres « dans les N derniers jours » : une date fixe (la date de référence du graphe donne le résultat du lot), la dernière heure d’événement vue (les fenêtres avancent avec les événements), ou aujourd’hui en UTC (les fenêtres avancent à minuit, comme pour un broker en production)</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>À l’écoute</translation>
    </message>
    <message>
        <source>Stopped listening to %1.</source>
        <translation>Écoute de %1 arrêtée.</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 refuse : %2</translation>
    </message>
    <message>
        <source>%1 is not reachable (%2)</source>
        <translation>%1 est injoignable (%2)</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>nouvel essai dans %n s</numerusform>
            <numerusform>nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation>nouvel essai maintenant</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>lag: at least %1 waiting</source>
        <translation>retard : au moins %1 en attente</translation>
    </message>
    <message>
        <source>lag: %1 waiting</source>
        <translation>retard : %1 en attente</translation>
    </message>
    <message>
        <source>lag unknown (%1)</source>
        <translation>retard inconnu (%1)</translation>
    </message>
    <message>
        <source>lag: measuring…</source>
        <translation>retard : mesure…</translation>
    </message>
    <message numerus="yes">
        <source>reconnected %n time(s)</source>
        <translation>
            <numerusform>reconnecté %n fois</numerusform>
            <numerusform>reconnecté %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Listens to the broker through the live engine: the cards' counts move as customers enter and leave segments. The dock acknowledges what it reads: use a consumer group or queue of its own.</source>
        <translation>Écoute le broker via le moteur en direct : les comptes des cartes bougent quand des clients entrent dans les segments et en sortent. Le panneau accuse réception de ce qu’il lit : utilisez un groupe de consommateurs ou une file à lui.</translation>
    </message>
    <message>
        <source>clock %1 (today, UTC)</source>
        <translation>horloge %1 (aujourd’hui, UTC)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more reason(s)</source>
        <translation>
            <numerusform>%n autre raison</numerusform>
            <numerusform>%n autres raisons</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letters by reason: %1</source>
        <translation>Rejets par raison : %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveReplayController</name>
    <message>
        <source>A replay is already running; stop it first.</source>
        <translation>Une relecture est déjà en cours ; arrêtez-la d'abord.</translation>
    </message>
    <message>
        <source>No data is loaded: import the customers (and events) first.</source>
        <translation>Aucune donnée chargée : importez d'abord les clients (et les événements).</translation>
    </message>
    <message>
        <source>The project has no events to replay: import an events file, or replay an NDJSON file.</source>
        <translation>Le projet n'a pas d'événements à rejouer : importez un fichier d'événements, ou rejouez un fichier NDJSON.</translation>
    </message>
    <message>
        <source>Choose the NDJSON file to replay.</source>
        <translation>Choisissez le fichier NDJSON à rejouer.</translation>
    </message>
</context>
<context>
    <name>seg::ui::MainWindow</name>
    <message>
        <source>Running…</source>
        <translation>Exécution en cours…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>Démarrer un nouveau projet vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a segment graph (.segment.json)</source>
        <translation>Ouvrir un graphe de segments (.segment.json)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer so&amp;us…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Enregistrer le projet sous un nouveau nom</translation>
    </message>
    <message>
        <source>Import &amp;Customers…</source>
        <translation>Importer les &amp;clients…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import the customer table from a CSV file</source>
        <translation>Importer la table des clients depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Import &amp;Events…</source>
        <translation>Importer les é&amp;vénements…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import an event log (purchases, visits…) from a CSV file</source>
        <translation>Importer un journal d'événements (achats, visites…) depuis un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Reload Data</source>
        <translation>Recharger les &amp;données</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Import the project's data files again (after they changed on disk); a workspace records the new import</source>
        <translation>Importer à nouveau les fichiers de données du projet (après leur modification) ; un espace de travail enregistre le nouvel import</translation>
    </message>
    <message>
        <source>&amp;Export Segments…</source>
        <translation>E&amp;xporter les segments…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write segment members to CSV files for your campaign tool</source>
        <translation>Écrire les membres des segments dans des fichiers CSV pour votre outil de campagne</translation>
    </message>
    <message>
        <source>Export S&amp;QL…</source>
        <translation>Exporter en &amp;SQL…</translation>
    </message>
    <message>
        <source>Show the graph as SQL for SQLite or PostgreSQL, to copy or save</source>
        <translation>Afficher le graphe en SQL pour SQLite ou PostgreSQL, pour le copier ou l'enregistrer</translation>
    </message>
    <message>
        <source>Run on SQL &amp;Engine…</source>
        <translation>Exécuter sur un &amp;moteur SQL…</translation>
    </message>
    <message>
        <source>Run the graph inside an SQL database where the data lives</source>
        <translation>Exécuter le graphe dans la base de données SQL où se trouvent les données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Segment Studio</source>
        <translation>Quitter Segment Studio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>&amp;Exécuter maintenant</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Run the whole graph now</source>
        <translation>Exécuter tout le graphe maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Annuler l'exécution</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Stop the run in progress</source>
        <translation>Arrêter l'exécution en cours</translation>
    </message>
    <message>
        <source>Run &amp;Automatically After Edits</source>
        <translation>Exécuter a&amp;utomatiquement après les modifications</translation>
    </message>
    <message>
        <source>Re-run the affected nodes in the background after every edit</source>
        <translation>Réexécuter les nœuds concernés en arrière-plan après chaque modification</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Segment Studio</source>
        <translation>À &amp;propos de Segment Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Importing %p%</source>
        <translation>Import %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the import; the data loaded before stays in use</source>
        <translation>Arrêter l'import ; les données chargées auparavant restent utilisées</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l'import</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;projet ouvert&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Import %1 as the customer table or as the event log?</source>
        <translation>Importer %1 comme table des clients ou comme journal d'événements ?</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No data loaded — File &gt; Import Customers</source>
        <translation>Aucune donnée chargée — Fichier &gt; Importer les clients</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <source> · %1 events</source>
        <translation> · %1 événements</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>Not run: see Problems</source>
        <translation>Non exécuté : voir Problèmes</translation>
    </message>
    <message>
        <source>Last run: %1 ms (%2, threads: %3)</source>
        <translation>Dernière exécution : %1 ms (%2, threads : %3)</translation>
    </message>
    <message>
        <source> · nodes that need attention: %1</source>
        <translation> · nœuds à vérifier : %1</translation>
    </message>
    <message>
        <source>About Segment Studio</source>
        <translation>À propos de Segment Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segment Studio %1&lt;/h3&gt;&lt;p&gt;Design customer segments as a graph of rules, check their sizes and overlaps, and export member lists for your campaign tools.&lt;/p&gt;&lt;p&gt;The same graph file runs headless with &lt;code&gt;segstudio-cli&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %2, oneTBB, SQLite and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segment Studio %1&lt;/h3&gt;&lt;p&gt;Concevez des segments de clients sous forme de graphe de règles, vérifiez leurs tailles et leurs chevauchements, et exportez les listes de membres pour vos outils de campagne.&lt;/p&gt;&lt;p&gt;Le même fichier de graphe s'exécute sans interface avec &lt;code&gt;segstudio-cli&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2, oneTBB, SQLite et QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — Segment Studio</source>
        <translation>%1[*] — Segment Studio</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them before going on?</source>
        <translation>Le projet contient des modifications non enregistrées. Les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d'ouvrir le projet</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>Impossible d'ouvrir %1 :

%2</translation>
    </message>
    <message>
        <source>Project opened with problems</source>
        <translation>Projet ouvert avec des problèmes</translation>
    </message>
    <message>
        <source>The project was opened, but some nodes need attention:

%1</source>
        <translation>Le projet a été ouvert, mais certains nœuds sont à vérifier :

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>campaign.segment.json</source>
        <translation>campagne.segment.json</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>Impossible d'enregistrer le projet</translation>
    </message>
    <message>
        <source>The project was not saved (the file on disk is unchanged):
%1</source>
        <translation>Le projet n'a pas été enregistré (le fichier sur le disque est inchangé) :
%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(aucun projet récent)</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Importer des événements</translation>
    </message>
    <message>
        <source>Import the customers first: events are matched to customers by their key.</source>
        <translation>Importez d'abord les clients : les événements sont rattachés aux clients par leur clé.</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Temps d'exécution</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>A&amp;juster à la vue</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation>&amp;Disposition automatique</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nouveau depuis un &amp;modèle…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Start from a ready graph (win-back, VIP, churn risk…) filled in with your data</source>
        <translation>Partir d’un graphe prêt (reconquête, VIP, risque d’attrition…) rempli avec vos données</translation>
    </message>
    <message>
        <source>Compare &amp;Strategies</source>
        <translation>Comparer les &amp;stratégies</translation>
    </message>
    <message>
        <source>Time the graph sequentially, in parallel and hybrid on the current data</source>
        <translation>Chronométrer le graphe en séquentiel, en parallèle et en hybride sur les données actuelles</translation>
    </message>
    <message>
        <source>New from template: %1</source>
        <translation>Nouveau depuis un modèle : %1</translation>
    </message>
    <message>
        <source>Check the dates: %1</source>
        <translation>Vérifiez les dates : %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Replay Events &amp;Live…</source>
        <translation>Rejouer les événements en &amp;direct…</translation>
    </message>
    <message>
        <source>Replay the project's events (or an NDJSON file) through the live engine and watch the segments change</source>
        <translation>Rejouer les événements du projet (ou un fichier NDJSON) dans le moteur en direct et voir les segments changer</translation>
    </message>
    <message>
        <source>Export for a &amp;Platform…</source>
        <translation>Exporter pour une &amp;plateforme…</translation>
    </message>
    <message>
        <source>Write segments ready to upload to Mailchimp, Klaviyo, Google, Meta or LinkedIn</source>
        <translation>Écrire des segments prêts à importer dans Mailchimp, Klaviyo, Google, Meta ou LinkedIn</translation>
    </message>
    <message>
        <source>Save &amp;Workspace…</source>
        <translation>Enregistrer l'espace de &amp;travail…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Save the project with its data and run history in one .segstudio file</source>
        <translation>Enregistrer le projet avec ses données et l'historique des exécutions dans un fichier .segstudio</translation>
    </message>
    <message>
        <source>%1 is a workspace; a plain graph is not written over it. Use File &gt; Save Workspace, or choose another name.</source>
        <translation>%1 est un espace de travail ; il n'est pas remplacé par un simple graphe. Utilisez Fichier &gt; Enregistrer l'espace de travail, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Impossible d'ouvrir l'espace de travail</translation>
    </message>
    <message>
        <source>Opened %1 (upgraded; the old file is kept as %2)</source>
        <translation>%1 ouvert (mis à niveau ; l'ancien fichier est conservé sous %2)</translation>
    </message>
    <message>
        <source>campaign.segstudio</source>
        <translation>campagne.segstudio</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Enregistrer l'espace de travail</translation>
    </message>
    <message>
        <source>Segment Studio workspaces (*.segstudio)</source>
        <translation>Espaces de travail Segment Studio (*.segstudio)</translation>
    </message>
    <message>
        <source>A workspace is being saved; wait until it is done.</source>
        <translation>Un espace de travail est en cours d'enregistrement ; attendez qu'il soit terminé.</translation>
    </message>
    <message>
        <source>A workspace keeps the project's data: import the customers first (or wait for the import).</source>
        <translation>Un espace de travail contient les données du projet : importez d'abord les clients (ou attendez la fin de l'import).</translation>
    </message>
    <message>
        <source>%1 is not a workspace (a graph or another file); it is not overwritten. Choose a .segstudio name.</source>
        <translation>%1 n'est pas un espace de travail (un graphe ou un autre fichier) ; il n'est pas remplacé. Choisissez un nom en .segstudio.</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>Impossible d'enregistrer l'espace de travail</translation>
    </message>
    <message>
        <source>Saving workspace %1…</source>
        <translation>Enregistrement de l'espace de travail %1…</translation>
    </message>
    <message>
        <source>The workspace was not saved (the file on disk is unchanged):
%1</source>
        <translation>L'espace de travail n'a pas été enregistré (le fichier sur le disque est inchangé) :
%1</translation>
    </message>
    <message>
        <source>Saved workspace %1</source>
        <translation>Espace de travail %1 enregistré</translation>
    </message>
    <message>
        <source> · data drift: %1</source>
        <translation> · dérive des données : %1</translation>
    </message>
    <message>
        <source>Run %1 recorded in the workspace history</source>
        <translation>Exécution %1 enregistrée dans l'historique de l'espace de travail</translation>
    </message>
    <message>
        <source>Run not recorded: %1</source>
        <translation>Exécution non enregistrée : %1</translation>
    </message>
    <message>
        <source>Listen to a &amp;Broker…</source>
        <translation>Écouter un &amp;broker…</translation>
    </message>
    <message>
        <source>Listen to a Redis stream or RabbitMQ queue through the live engine: counts, lag and connection problems in the Live dock</source>
        <translation>Écouter un flux Redis ou une file RabbitMQ via le moteur en direct : comptes, retard et problèmes de connexion dans le panneau Direct</translation>
    </message>
    <message>
        <source>The workspace's import records cannot be read: %1</source>
        <translation>Les enregistrements d'import de l'espace de travail sont illisibles : %1</translation>
    </message>
    <message>
        <source>Reload Data</source>
        <translation>Recharger les données</translation>
    </message>
    <message>
        <source>Writing the reloaded data into %1…</source>
        <translation>Écriture des données rechargées dans %1…</translation>
    </message>
    <message>
        <source>The reloaded data was not written into the workspace (the file on disk is unchanged):
%1</source>
        <translation>Les données rechargées n'ont pas été écrites dans l'espace de travail (le fichier sur le disque est inchangé) :
%1</translation>
    </message>
    <message>
        <source>Reloaded the data into workspace %1</source>
        <translation>Données rechargées dans l'espace de travail %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::MemberSampleView</name>
    <message>
        <source> rows</source>
        <translation> lignes</translation>
    </message>
    <message>
        <source>How many members to show (the first ones in customer-key order)</source>
        <translation>Nombre de membres à afficher (les premiers dans l'ordre de la clé client)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose the customer and derived columns to show</source>
        <translation>Choisir les colonnes clients et dérivées à afficher</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Select a rule or segment on the canvas to see its members.</source>
        <translation>Sélectionnez une règle ou un segment sur le canevas pour voir ses membres.</translation>
    </message>
    <message>
        <source>No members to show yet.</source>
        <translation>Aucun membre à afficher pour l'instant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 members, showing the first %3 by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 membres, affichage des %3 premiers par %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: finding the first members…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : recherche des premiers membres…</translation>
    </message>
    <message>
        <source>Why Is This Customer Here?</source>
        <translation>Pourquoi ce client est-il ici ?</translation>
    </message>
    <message>
        <source>Show the rules that put this customer in the segment, node by node</source>
        <translation>Montrer les règles qui mettent ce client dans le segment, nœud par nœud</translation>
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
        <translation>Vue d’ensemble du graphe : cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeEditorWidget</name>
    <message>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in on the canvas</source>
        <translation>Zoomer sur le canevas</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation>Dézoomer le canevas</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Afficher tout le graphe</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>Arrange the nodes in columns by dependency (can be undone)</source>
        <translation>Disposer les nœuds en colonnes selon leurs dépendances (annulable)</translation>
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
        <translation>aucune pour l'instant : faites glisser depuis le port de sortie d'un autre nœud jusqu'à ce nœud</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 (%2)</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeItem</name>
    <message>
        <source>Column “%1”</source>
        <translation>Colonne « %1 »</translation>
    </message>
    <message>
        <source>– customers</source>
        <translation>– clients</translation>
    </message>
    <message>
        <source>%L1 customers</source>
        <translation>%L1 clients</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Pas encore exécuté</translation>
    </message>
    <message>
        <source>Up to date (cached)</source>
        <translation>À jour (en cache)</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution en cours…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Non valide : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Last run: %1 ms</source>
        <translation>Dernière exécution : %1 ms</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>garder</translation>
    </message>
    <message>
        <source>minus</source>
        <translation>moins</translation>
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
        <translation>En direct</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Alertes :</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodePalette</name>
    <message>
        <source>Drag a node type onto the canvas, or double-click it to add it in the middle.</source>
        <translation>Faites glisser un type de nœud sur le canevas, ou double-cliquez dessus pour l'ajouter au centre.</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeScene</name>
    <message>
        <source>Delete selection</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>%n nœud copié.</numerusform>
            <numerusform>%n nœuds copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect “%1” to “%2”: %3</source>
        <translation>Impossible de relier « %1 » à « %2 » : %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeView</name>
    <message>
        <source>Drag from a node's right port to another node to connect them. Wheel: zoom, middle button or Space+drag: pan, Delete: remove the selection.</source>
        <translation>Faites glisser depuis le port droit d'un nœud vers un autre nœud pour les connecter. Molette : zoom, bouton du milieu ou Espace+glisser : défilement, Suppr : supprimer la sélection.</translation>
    </message>
    <message>
        <source>Drag a node type from the palette onto the canvas to start.
Connect nodes by dragging from a node's right-hand port to another node.</source>
        <translation>Faites glisser un type de nœud de la palette sur le canevas pour commencer.
Connectez les nœuds en faisant glisser depuis le port droit d'un nœud jusqu'à un autre nœud.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Add Node Here</source>
        <translation>Ajouter un nœud ici</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>Ajuster à la vue</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n node(s)</source>
        <translation>
            <numerusform>Dupliquer %n nœud</numerusform>
            <numerusform>Dupliquer %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Supprimer %n nœud</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect Inputs</source>
        <translation>Déconnecter les entrées</translation>
    </message>
    <message>
        <source>Show Members</source>
        <translation>Afficher les membres</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Only segments are exported: connect this node to a segment first.</source>
        <translation>Seuls les segments sont exportés : reliez d’abord ce nœud à un segment.</translation>
    </message>
    <message>
        <source>Add and connect to “%1”</source>
        <translation>Ajouter et relier à « %1 »</translation>
    </message>
    <message>
        <source>Add %1 connected to %2</source>
        <translation>Ajouter %1 relié à %2</translation>
    </message>
    <message>
        <source>Cannot connect “%1” to the new node: %2</source>
        <translation>Impossible de relier « %1 » au nouveau nœud : %2</translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation>Renommer le nœud</translation>
    </message>
    <message>
        <source>Label shown on the card of “%1” (empty: none):</source>
        <translation>Libellé affiché sur la carte de « %1 » (vide : aucun) :</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Disconnect the inputs of %1</source>
        <translation>Déconnecter les entrées de %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::OverlapModel</name>
    <message>
        <source>%1: %2 members. Click to list them.</source>
        <translation>%1 : %2 membres. Cliquez pour les lister.</translation>
    </message>
    <message>
        <source>In both %1 and %2: %3 members
%4 % of %1, %5 % of %2
Jaccard index: %6
Click to list them.</source>
        <translation>Dans %1 et %2 : %3 membres
%4 % de %1, %5 % de %2
Indice de Jaccard : %6
Cliquez pour les lister.</translation>
    </message>
    <message>
        <source>Segment %1 (node %2): %3 members</source>
        <translation>Segment %1 (nœud %2) : %3 membres</translation>
    </message>
</context>
<context>
    <name>seg::ui::OverlapView</name>
    <message>
        <source>Counts</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Jaccard index</source>
        <translation>Indice de Jaccard</translation>
    </message>
    <message>
        <source>Click a cell to see who is in both segments.</source>
        <translation>Cliquez sur une cellule pour voir qui fait partie des deux segments.</translation>
    </message>
    <message>
        <source>Number of customers in both segments</source>
        <translation>Nombre de clients présents dans les deux segments</translation>
    </message>
    <message>
        <source>Similarity of two segments: members in both divided by members in either (0 to 1)</source>
        <translation>Similarité de deux segments : membres communs aux deux divisés par les membres de l'un ou l'autre (de 0 à 1)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Members shared by each pair of segments</source>
        <translation>Membres communs à chaque paire de segments</translation>
    </message>
</context>
<context>
    <name>seg::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; takes effect when Segment Studio starts again</source>
        <translation>La langue des menus et des boîtes de dialogue ; prend effet au prochain démarrage de Segment Studio</translation>
    </message>
    <message>
        <source>How the preview runs the graph; auto picks the fastest for the data size</source>
        <translation>Mode d'exécution du graphe pour l'aperçu ; Auto choisit le plus rapide selon la taille des données</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Tous (%1)</translation>
    </message>
    <message>
        <source>Worker threads for runs; 0 uses every core</source>
        <translation>Threads de travail pour les exécutions ; 0 utilise tous les cœurs</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language changes apply after a restart.</source>
        <translation>Le changement de langue s'applique après un redémarrage.</translation>
    </message>
    <message>
        <source>Run &amp;strategy:</source>
        <translation>&amp;Stratégie d'exécution :</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads :</translation>
    </message>
</context>
<context>
    <name>seg::ui::PreviewPanel</name>
    <message>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <source>Members per segment</source>
        <translation>Membres par segment</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>Customers shared by pairs of segments</source>
        <translation>Clients communs à des paires de segments</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>A sample of the members of the selected node</source>
        <translation>Un échantillon des membres du nœud sélectionné</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>A column's distribution inside the selected node versus all customers</source>
        <translation>La distribution d'une colonne dans le nœud sélectionné par rapport à l'ensemble des clients</translation>
    </message>
    <message>
        <source>Import customers to see the preview.</source>
        <translation>Importez des clients pour voir l'aperçu.</translation>
    </message>
    <message>
        <source>The preview run failed: %1</source>
        <translation>L'exécution de l'aperçu a échoué : %1</translation>
    </message>
    <message>
        <source>Nothing to preview yet: add rules and connect them to a segment.</source>
        <translation>Rien à prévisualiser pour l'instant : ajoutez des règles et reliez-les à un segment.</translation>
    </message>
    <message>
        <source>The segments of this cell have no result in the last run.</source>
        <translation>Les segments de cette cellule n'ont aucun résultat lors de la dernière exécution.</translation>
    </message>
    <message>
        <source>In both %1 and %2</source>
        <translation>Dans %1 et %2</translation>
    </message>
    <message>
        <source>Select a rule or segment on the canvas (or click a cell of the overlap matrix) to see its members.</source>
        <translation>Sélectionnez une règle ou un segment sur le canevas (ou cliquez sur une cellule de la matrice de chevauchement) pour voir ses membres.</translation>
    </message>
    <message>
        <source>Node %1 did not run: %2</source>
        <translation>Le nœud %1 ne s'est pas exécuté : %2</translation>
    </message>
    <message>
        <source>%1 makes the column '%2', not a set of customers: pick it as a column of another node's members.</source>
        <translation>%1 crée la colonne « %2 », pas un ensemble de clients : choisissez-la comme colonne des membres d'un autre nœud.</translation>
    </message>
    <message>
        <source>%1 has no result yet; it runs after the next edit settles.</source>
        <translation>%1 n'a pas encore de résultat ; il s'exécutera une fois la prochaine modification terminée.</translation>
    </message>
</context>
<context>
    <name>seg::ui::PriorityForm</name>
    <message>
        <source>Each customer goes to the first input (from the top) that contains them</source>
        <translation>Chaque client va dans la première entrée (en partant du haut) qui le contient</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Give the selected input a higher priority</source>
        <translation>Donner une priorité plus élevée à l'entrée sélectionnée</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Give the selected input a lower priority</source>
        <translation>Donner une priorité plus basse à l'entrée sélectionnée</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Connect more inputs on the canvas. Each input becomes an output port with the customers it wins.</source>
        <translation>Connectez d'autres entrées sur le canevas. Chaque entrée devient un port de sortie avec les clients qu'elle remporte.</translation>
    </message>
    <message>
        <source>input order</source>
        <translation>ordre des entrées</translation>
    </message>
</context>
<context>
    <name>seg::ui::ProblemsPanel</name>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Double-click a row to select its node; right-click for its fix</source>
        <translation>Double-cliquez sur une ligne pour sélectionner son nœud ; clic droit pour sa correction</translation>
    </message>
    <message>
        <source>Apply this fix (Ctrl+Z undoes it)</source>
        <translation>Appliquer cette correction (Ctrl+Z l'annule)</translation>
    </message>
    <message>
        <source>Select node</source>
        <translation>Sélectionner le nœud</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Node id: %1</source>
        <translation>Identifiant du nœud : %1</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
</context>
<context>
    <name>seg::ui::PropertiesPanel</name>
    <message>
        <source>The node's id in the graph file; other nodes refer to it by this id</source>
        <translation>L'ID du nœud dans le fichier de graphe ; les autres nœuds y font référence par cet ID</translation>
    </message>
    <message>
        <source>A display name shown on the canvas (optional)</source>
        <translation>Un nom d'affichage visible sur le canevas (facultatif)</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>optional display name</source>
        <translation>nom d'affichage facultatif</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Graph settings</source>
        <translation>Paramètres du graphe</translation>
    </message>
    <message>
        <source>%1 nodes are selected; this is the last one clicked.</source>
        <translation>%1 nœuds sont sélectionnés ; voici le dernier cliqué.</translation>
    </message>
</context>
<context>
    <name>seg::ui::RecoveryStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>impossible de créer le dossier de récupération %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::RuleText</name>
    <message>
        <source>(empty text)</source>
        <translation>(texte vide)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>(no values)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 n’est pas %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 entre %2 et %3</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 est l’un de %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 n’est aucun de %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 has a value</source>
        <translation>%1 a une valeur</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 contient %2</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 commence par %2</translation>
    </message>
    <message>
        <source>%1 ends with %2</source>
        <translation>%1 se termine par %2</translation>
    </message>
    <message>
        <source>%1 is true</source>
        <translation>%1 est vrai</translation>
    </message>
    <message>
        <source>%1 is false</source>
        <translation>%1 est faux</translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %n day(s)</source>
        <translation>
            <numerusform>%1 au cours des %n derniers jours</numerusform>
            <numerusform>%1 au cours des %n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more than %n day(s) ago</source>
        <translation>
            <numerusform>%1 il y a plus de %n jour</numerusform>
            <numerusform>%1 il y a plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (ignore case)</source>
        <translation>%1 (sans tenir compte de la casse)</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>aucun %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 exactly %n time(s)</source>
        <translation>
            <numerusform>%1 exactement %n fois</numerusform>
            <numerusform>%1 exactement %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fewer than %n time(s)</source>
        <translation>
            <numerusform>%1 moins de %n fois</numerusform>
            <numerusform>%1 moins de %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at most %n time(s)</source>
        <translation>
            <numerusform>%1 au plus %n fois</numerusform>
            <numerusform>%1 au plus %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more than %n time(s)</source>
        <translation>
            <numerusform>%1 plus de %n fois</numerusform>
            <numerusform>%1 plus de %n fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at least %n time(s)</source>
        <translation>
            <numerusform>%1 au moins %n fois</numerusform>
            <numerusform>%1 au moins %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 between %2 and %3 times</source>
        <translation>%1 entre %2 et %3 fois</translation>
    </message>
    <message>
        <source>count of %1</source>
        <translation>nombre de %1</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <source>sum of %1</source>
        <translation>somme de %1</translation>
    </message>
    <message>
        <source>minimum of %1</source>
        <translation>minimum de %1</translation>
    </message>
    <message>
        <source>maximum of %1</source>
        <translation>maximum de %1</translation>
    </message>
    <message>
        <source>average of %1</source>
        <translation>moyenne de %1</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>un événement quelconque</translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>au cours des %n derniers jours</numerusform>
            <numerusform>au cours des %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>output of %1</source>
        <translation>résultat de %1</translation>
    </message>
    <message>
        <source>%1, expected %2 to %3</source>
        <translation>%1, attendu de %2 à %3</translation>
    </message>
    <message>
        <source>%1, expected at least %2</source>
        <translation>%1, attendu au moins %2</translation>
    </message>
    <message>
        <source>%1, expected at most %2</source>
        <translation>%1, attendu au plus %2</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(aucune colonne)</translation>
    </message>
    <message>
        <source>top %1 by %2</source>
        <translation>les %1 premiers par %2</translation>
    </message>
    <message>
        <source>top %1 % by %2</source>
        <translation>les %1 % premiers par %2</translation>
    </message>
    <message>
        <source>%1 (lowest first)</source>
        <translation>%1 (les plus bas d’abord)</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>(no parts)</source>
        <translation>(aucune partie)</translation>
    </message>
    <message>
        <source>(no formula)</source>
        <translation>(aucune formule)</translation>
    </message>
    <message>
        <source>%1 except %2</source>
        <translation>%1 sauf %2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <source>first of %1</source>
        <translation>premier parmi %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunHistoryChart</name>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunHistoryPanel</name>
    <message>
        <source>first run</source>
        <translation>première exécution</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajouté : %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>supprimé : %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modifié : %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Graph changes</source>
        <translation>Modifications du graphe</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>L'historique ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Run history is kept in workspaces: File &gt; Save Workspace, then Run &gt; Run Now.</source>
        <translation>L'historique des exécutions est conservé dans les espaces de travail : Fichier &gt; Enregistrer l'espace de travail, puis Exécution &gt; Exécuter maintenant.</translation>
    </message>
    <message>
        <source>Select a segment to see its history.</source>
        <translation>Sélectionnez un segment pour voir son historique.</translation>
    </message>
    <message>
        <source>%1: no recorded runs yet (Run &gt; Run Now records one).</source>
        <translation>%1 : aucune exécution enregistrée pour l'instant (Exécution &gt; Exécuter maintenant en enregistre une).</translation>
    </message>
    <message>
        <source>%1: %2 members in run %3 (%4 UTC)</source>
        <translation>%1 : %2 membres dans l'exécution %3 (%4 UTC)</translation>
    </message>
    <message>
        <source>, %1 since the run before</source>
        <translation>, %1 depuis l'exécution précédente</translation>
    </message>
    <message>
        <source>Who Entered and Left…</source>
        <translation>Qui est entré et sorti…</translation>
    </message>
    <message>
        <source>A segment whose size differs from the median of its recent runs by more than this gets an alert. Kept in the workspace; segstudio-cli uses the same setting.</source>
        <translation>Un segment dont la taille s'écarte de la médiane de ses dernières exécutions de plus que cette valeur reçoit une alerte. Conservé dans l'espace de travail ; segstudio-cli utilise le même réglage.</translation>
    </message>
    <message>
        <source>Alert when the size moves more than</source>
        <translation>Alerter quand la taille varie de plus de</translation>
    </message>
    <message>
        <source>Alerts now at ±%1 %</source>
        <translation>Alertes désormais à ±%1 %</translation>
    </message>
    <message>
        <source>The threshold was not saved: %1</source>
        <translation>Le seuil n'a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Pick two runs in the list (or one, to compare with now or the latest run) and see who entered and who left the segment</source>
        <translation>Choisissez deux exécutions dans la liste (ou une, à comparer avec maintenant ou la dernière) pour voir qui est entré dans le segment et qui en est sorti</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunOnEngineDialog</name>
    <message>
        <source>Load the current data into the engine first</source>
        <translation>Charger d'abord les données actuelles dans le moteur</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Run on SQL Engine</source>
        <translation>Exécuter sur un moteur SQL</translation>
    </message>
    <message>
        <source>sqlite:path/to/file.db, or postgres://user@host:port/db?table=customers&amp;events=events</source>
        <translation>sqlite:chemin/vers/fichier.db, ou postgres://user@host:port/db?table=customers&amp;events=events</translation>
    </message>
    <message>
        <source>Used for this connection only; never saved</source>
        <translation>Utilisé pour cette connexion uniquement ; jamais enregistré</translation>
    </message>
    <message>
        <source>Replaces the engine's tables with the data loaded here (customers and events)</source>
        <translation>Remplace les tables du moteur par les données chargées ici (clients et événements)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Remote time (ms)</source>
        <translation>Temps distant (ms)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Engine URL:</source>
        <translation>&amp;URL du moteur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Enter the engine's URL.</source>
        <translation>Saisissez l'URL du moteur.</translation>
    </message>
    <message>
        <source>There is no data loaded here to load into the engine.</source>
        <translation>Aucune donnée n'est chargée ici à charger dans le moteur.</translation>
    </message>
    <message>
        <source>Loading the data, then running…</source>
        <translation>Chargement des données, puis exécution…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution en cours…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Ran %1 remote queries in %2 ms.</source>
        <translation>%1 requêtes distantes exécutées en %2 ms.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentForm</name>
    <message>
        <source>The segment's name in reports and exports</source>
        <translation>Le nom du segment dans les rapports et les exports</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>What the segment is for (applied when you leave the field)</source>
        <translation>L'objectif du segment (appliqué lorsque vous quittez le champ)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>Warn when the segment has fewer customers (empty: no lower limit)</source>
        <translation>Avertir si le segment compte moins de clients (vide : pas de limite inférieure)</translation>
    </message>
    <message>
        <source>minimum size</source>
        <translation>taille minimale</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>pas de minimum</translation>
    </message>
    <message>
        <source>Warn when the segment has more customers (empty: no upper limit)</source>
        <translation>Avertir si le segment compte plus de clients (vide : pas de limite supérieure)</translation>
    </message>
    <message>
        <source>maximum size</source>
        <translation>taille maximale</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>pas de maximum</translation>
    </message>
    <message>
        <source>Columns written when the segment is exported (none ticked: the key column only)</source>
        <translation>Colonnes écrites lors de l'export du segment (aucune cochée : colonne clé uniquement)</translation>
    </message>
    <message>
        <source>export columns</source>
        <translation>colonnes d'export</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Expected at least</source>
        <translation>Attendu au moins</translation>
    </message>
    <message>
        <source>Expected at most</source>
        <translation>Attendu au plus</translation>
    </message>
    <message>
        <source>Export columns</source>
        <translation>Colonnes d'export</translation>
    </message>
    <message>
        <source>An empty segment, or one outside the expected size, shows a warning after each run.</source>
        <translation>Un segment vide, ou hors de la taille attendue, affiche un avertissement après chaque exécution.</translation>
    </message>
    <message>
        <source>Not in the loaded data</source>
        <translation>Absente des données chargées</translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentSizeChart</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Segment with a warning</source>
        <translation>Segment avec avertissement</translation>
    </message>
    <message>
        <source>Members per segment in the last preview run; amber bars have warnings (size outside the expected range)</source>
        <translation>Membres par segment lors de la dernière exécution de l'aperçu ; les barres orange signalent des avertissements (taille hors de la plage attendue)</translation>
    </message>
    <message>
        <source>Import customers and add a segment to see segment sizes.</source>
        <translation>Importez des clients et ajoutez un segment pour voir les tailles des segments.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>No segment has a result yet. Connect a rule to a segment node.</source>
        <translation>Aucun segment n'a encore de résultat. Reliez une règle à un nœud Segment.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::SetLogicForm</name>
    <message>
        <source>Swap inputs</source>
        <translation>Inverser les entrées</translation>
    </message>
    <message>
        <source>Exchange which input is kept and which is taken away</source>
        <translation>Échanger l'entrée conservée et l'entrée soustraite</translation>
    </message>
    <message>
        <source>input order</source>
        <translation>ordre des entrées</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message numerus="yes">
        <source>Needs at least %n input(s).</source>
        <translation>
            <numerusform>Nécessite au moins %n entrée.</numerusform>
            <numerusform>Nécessite au moins %n entrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitForm</name>
    <message>
        <source>Any text: the same seed always gives the same groups</source>
        <translation>Texte libre : la même graine donne toujours les mêmes groupes</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Group names become the node's output ports; percents must add up to 100</source>
        <translation>Les noms de groupe deviennent les ports de sortie du nœud ; les pourcentages doivent totaliser 100</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Add another group (its percent starts at 0: take some from the others)</source>
        <translation>Ajouter un groupe (son pourcentage démarre à 0 : prélevez-en sur les autres)</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation>Supprimer le groupe sélectionné</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Every group needs a name.</source>
        <translation>Chaque groupe doit avoir un nom.</translation>
    </message>
    <message>
        <source>Group names must differ ('%1' is used twice).</source>
        <translation>Les noms de groupe doivent être différents (« %1 » est utilisé deux fois).</translation>
    </message>
    <message>
        <source>Group '%1' needs a percent above 0.</source>
        <translation>Le groupe « %1 » nécessite un pourcentage supérieur à 0.</translation>
    </message>
    <message>
        <source>The percents add up to %1%; they must add up to 100%.</source>
        <translation>Le total des pourcentages est de %1% ; il doit être de 100%.</translation>
    </message>
    <message>
        <source>Add at least one group.</source>
        <translation>Ajoutez au moins un groupe.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SqlExportDialog</name>
    <message>
        <source>Export SQL</source>
        <translation>Exporter en SQL</translation>
    </message>
    <message>
        <source>The SQL engine the query is written for</source>
        <translation>Le moteur SQL pour lequel la requête est écrite</translation>
    </message>
    <message>
        <source>The engine's table that holds the customers</source>
        <translation>La table du moteur qui contient les clients</translation>
    </message>
    <message>
        <source>The engine's table that holds the events</source>
        <translation>La table du moteur qui contient les événements</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialecte :</translation>
    </message>
    <message>
        <source>&amp;Customers table:</source>
        <translation>Table des &amp;clients :</translation>
    </message>
    <message>
        <source>&amp;Events table:</source>
        <translation>Table des é&amp;vénements :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the SQL to the clipboard</source>
        <translation>Copier le SQL dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>En&amp;registrer…</translation>
    </message>
    <message>
        <source>Save the SQL to a .sql file</source>
        <translation>Enregistrer le SQL dans un fichier .sql</translation>
    </message>
    <message>
        <source>Import the customers first: the SQL is typed by the data's columns.</source>
        <translation>Importez d'abord les clients : le SQL est typé d'après les colonnes des données.</translation>
    </message>
    <message>
        <source>Unknown dialect.</source>
        <translation>Dialecte inconnu.</translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>Enregistrer le SQL</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>Fichiers SQL (*.sql)</translation>
    </message>
</context>
<context>
    <name>seg::ui::StrategyCompareView</name>
    <message>
        <source>Sequential</source>
        <translation>Séquentielle</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Parallèle</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Compare strategies</source>
        <translation>Comparer les stratégies</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Run the graph sequentially, in parallel and hybrid on the current data (without the result cache) and compare the times</source>
        <translation>Exécuter le graphe en séquentiel, en parallèle et en hybride sur les données actuelles (sans le cache des résultats) et comparer les temps</translation>
    </message>
    <message>
        <source>Stop the comparison</source>
        <translation>Arrêter la comparaison</translation>
    </message>
    <message>
        <source> runs each</source>
        <translation> exécutions chacune</translation>
    </message>
    <message>
        <source>Each strategy runs this often; the median time is shown</source>
        <translation>Nombre d'exécutions de chaque stratégie ; le temps médian est affiché</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Temps médian</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Accélération</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Sequential time divided by this strategy's time</source>
        <translation>Temps séquentiel divisé par le temps de cette stratégie</translation>
    </message>
    <message>
        <source>Compare how long the three strategies take on the current data.</source>
        <translation>Comparez la durée des trois stratégies sur les données actuelles.</translation>
    </message>
    <message>
        <source>Import customers first: the comparison runs on the current data.</source>
        <translation>Importez d'abord des clients : la comparaison s'exécute sur les données actuelles.</translation>
    </message>
    <message numerus="yes">
        <source>Running each strategy %n time(s)…</source>
        <translation>
            <numerusform>Exécution de chaque stratégie %n fois…</numerusform>
            <numerusform>Exécution de chaque stratégie %n fois…</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Comparaison annulée.</translation>
    </message>
    <message>
        <source>The graph cannot run: %1</source>
        <translation>Le graphe ne peut pas s'exécuter : %1</translation>
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
        <translation>Millisecondes médianes par exécution</translation>
    </message>
    <message>
        <source>All three strategies found the same members for every segment.</source>
        <translation>Les trois stratégies ont trouvé les mêmes membres pour chaque segment.</translation>
    </message>
    <message>
        <source>&lt;span style='color:#d9482b'&gt;The strategies disagree on segment sizes: please report this graph.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#d9482b'&gt;Les stratégies divergent sur la taille des segments : veuillez signaler ce graphe.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>seg::ui::TemplateDialog</name>
    <message>
        <source>any column</source>
        <translation>n’importe quelle colonne</translation>
    </message>
    <message>
        <source>a number column</source>
        <translation>une colonne de nombres</translation>
    </message>
    <message>
        <source>a date column</source>
        <translation>une colonne de dates</translation>
    </message>
    <message>
        <source>a text column</source>
        <translation>une colonne de texte</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Nouveau depuis un modèle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which of your data plays each part:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quelles données jouent chaque rôle :&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create Graph</source>
        <translation>Créer le graphe</translation>
    </message>
    <message>
        <source>%1 (%2 events)</source>
        <translation>%1 (%2 événements)</translation>
    </message>
    <message>
        <source>The event type in your events that means this</source>
        <translation>Le type d’événement de vos événements qui signifie cela</translation>
    </message>
    <message>
        <source>Needs %1 of your data</source>
        <translation>Demande %1 de vos données</translation>
    </message>
    <message>
        <source>Import your customers first (File &gt; Import Customers): a template is filled in with the columns of your data.</source>
        <translation>Importez d’abord vos clients (Fichier &gt; Importer des clients) : un modèle est rempli avec les colonnes de vos données.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <source>This template looks at what customers did: import your events first (File &gt; Import Events).</source>
        <translation>Ce modèle regarde ce que les clients ont fait : importez d’abord vos événements (Fichier &gt; Importer des événements).</translation>
    </message>
    <message>
        <source>The graph replaces the canvas; your data stays loaded. Numbers such as 120 days or 10 % are starting points: change them on the canvas.</source>
        <translation>Le graphe remplace le canevas ; vos données restent chargées. Les nombres comme 120 jours ou 10 % sont des points de départ : modifiez-les sur le canevas.</translation>
    </message>
    <message>
        <source>Dates are counted back from %1, the last day in your data.</source>
        <translation>Les dates sont comptées à rebours depuis le %1, le dernier jour de vos données.</translation>
    </message>
</context>
<context>
    <name>seg::ui::TimingPanel</name>
    <message>
        <source>Last preview run</source>
        <translation>Dernière exécution de l'aperçu</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Aucune exécution pour l'instant.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 ms&lt;/b&gt; in total · %2 on %n thread(s) · %3 nodes, %4 from the cache</source>
        <translation>
            <numerusform>&lt;b&gt;%1 ms&lt;/b&gt; au total · %2 sur %n thread · %3 nœuds, %4 issus du cache</numerusform>
            <numerusform>&lt;b&gt;%1 ms&lt;/b&gt; au total · %2 sur %n threads · %3 nœuds, %4 issus du cache</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare strategies</source>
        <translation>Comparer les stratégies</translation>
    </message>
    <message>
        <source>How long sequential, parallel and hybrid take on the current data</source>
        <translation>Combien de temps prennent le séquentiel, le parallèle et l’hybride sur les données actuelles</translation>
    </message>
</context>
<context>
    <name>seg::ui::TopForm</name>
    <message>
        <source>The column customers are ranked by</source>
        <translation>La colonne selon laquelle les clients sont classés</translation>
    </message>
    <message>
        <source>ranking column</source>
        <translation>colonne de classement</translation>
    </message>
    <message>
        <source>Top percent</source>
        <translation>Top pourcentage</translation>
    </message>
    <message>
        <source>Top count</source>
        <translation>Top nombre</translation>
    </message>
    <message>
        <source>Keep a share of the ranked customers, or a fixed number</source>
        <translation>Conserver une part des clients classés, ou un nombre fixe</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>Share of the ranked customers kept (rounded up)</source>
        <translation>Part des clients classés conservée (arrondie au supérieur)</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>Number of customers kept</source>
        <translation>Nombre de clients conservés</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Highest first</source>
        <translation>Les plus élevés d'abord</translation>
    </message>
    <message>
        <source>Lowest first</source>
        <translation>Les plus bas d'abord</translation>
    </message>
    <message>
        <source>Which end of the ranking is kept; ties go to the smaller customer key</source>
        <translation>Extrémité du classement conservée ; en cas d'égalité, la plus petite clé client l'emporte</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Classer par</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Customers without a value in the column are never kept.</source>
        <translation>Les clients sans valeur dans cette colonne ne sont jamais conservés.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValueHints</name>
    <message>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose from the values in the data (with how many customers have each)</source>
        <translation>Choisir parmi les valeurs des données (avec le nombre de clients pour chacune)</translation>
    </message>
    <message>
        <source>How the column's values are spread; the red line is the value you compare with</source>
        <translation>Répartition des valeurs de la colonne ; la ligne rouge est la valeur comparée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 value in the data: %1</source>
        <translation>1 valeur dans les données : %1</translation>
    </message>
    <message>
        <source>%1 values in the data: %2</source>
        <translation>%1 valeurs dans les données : %2</translation>
    </message>
    <message>
        <source>In the data: %1 … %2</source>
        <translation>Dans les données : %1 … %2</translation>
    </message>
    <message>
        <source>No values in the data</source>
        <translation>Aucune valeur dans les données</translation>
    </message>
    <message>
        <source> · %1 empty</source>
        <translation> · %1 vides</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValuePickerPopup</name>
    <message>
        <source>Search values</source>
        <translation>Rechercher des valeurs</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The %1 most frequent of %2 values</source>
        <translation>Les %1 plus fréquentes des %2 valeurs</translation>
    </message>
    <message>
        <source>Use the checked values</source>
        <translation>Utiliser les valeurs cochées</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunDiffDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Who entered and left %1</source>
        <translation>Qui est entré dans %1 et qui en est sorti</translation>
    </message>
    <message>
        <source>Run %1 · %2 UTC · %3 members</source>
        <translation>Exécution %1 · %2 UTC · %3 membres</translation>
    </message>
    <message>
        <source>Now (the last preview, %1 members)</source>
        <translation>Maintenant (dernier aperçu, %1 membres)</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entrés</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sortis</translation>
    </message>
    <message>
        <source>Write &lt;segment&gt;-entered.csv and &lt;segment&gt;-left.csv (the customers' keys) into a folder</source>
        <translation>Écrire &lt;segment&gt;-entered.csv et &lt;segment&gt;-left.csv (les clés des clients) dans un dossier</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>No recorded run has this segment yet (Run &gt; Run Now records one).</source>
        <translation>Aucune exécution enregistrée n'a encore ce segment (Exécuter &gt; Exécuter maintenant en enregistre une).</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Comparaison impossible : %1</translation>
    </message>
    <message>
        <source>%1 → %2 members: %3 entered, %4 left.</source>
        <translation>%1 → %2 membres : %3 entrés, %4 sortis.</translation>
    </message>
    <message>
        <source>The first %1 of each are listed (by key); Export CSV writes all.</source>
        <translation>Les %1 premiers de chaque côté sont listés (par clé) ; Exporter en CSV les écrit tous.</translation>
    </message>
    <message>
        <source>Entered (%1)</source>
        <translation>Entrés (%1)</translation>
    </message>
    <message>
        <source>Left (%1)</source>
        <translation>Sortis (%1)</translation>
    </message>
    <message>
        <source>Export who entered and left</source>
        <translation>Exporter qui est entré et qui est sorti</translation>
    </message>
    <message>
        <source>Exported %1-entered.csv and %1-left.csv to %2</source>
        <translation>%1-entered.csv et %1-left.csv exportés dans %2</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
</context>
</TS>