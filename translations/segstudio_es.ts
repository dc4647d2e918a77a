<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>BrokerUrl</name>
    <message>
        <source>The dock listens to redis://… or amqp://… URLs, not %1://…</source>
        <translation>El panel escucha URL redis://… o amqp://…, no %1://…</translation>
    </message>
    <message>
        <source>The path of a Redis URL is the database number (redis://host:6379/0), not “%1”.</source>
        <translation>La ruta de una URL de Redis es el número de base de datos (redis://host:6379/0), no «%1».</translation>
    </message>
    <message>
        <source>Unknown parameter “%1” (a %2 source takes %3).</source>
        <translation>Parámetro desconocido «%1» (una fuente %2 admite %3).</translation>
    </message>
    <message>
        <source>Name the stream to read (?stream=…).</source>
        <translation>Indique el stream que se leerá (?stream=…).</translation>
    </message>
    <message>
        <source>Name the queue to read (?queue=…).</source>
        <translation>Indique la cola que se leerá (?queue=…).</translation>
    </message>
    <message>
        <source>Name the consumer group (?group=…); a group of its own, such as %1, takes nothing from other consumers.</source>
        <translation>Indique el grupo de consumidores (?group=…); un grupo propio, como %1, no quita nada a otros consumidores.</translation>
    </message>
    <message>
        <source>Name the consumer within the group (?consumer=…).</source>
        <translation>Indique el consumidor dentro del grupo (?consumer=…).</translation>
    </message>
    <message>
        <source>Enter the broker to listen to (Broker…).</source>
        <translation>Indique el broker que se escuchará (Broker…).</translation>
    </message>
    <message>
        <source>%1 at %2:%3</source>
        <translation>%1 en %2:%3</translation>
    </message>
</context>
<context>
    <name>DiagnosisText</name>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>no customer</source>
        <translation>ningún cliente</translation>
    </message>
    <message>
        <source>no event</source>
        <translation>ningún evento</translation>
    </message>
    <message>
        <source>no '%1' event</source>
        <translation>ningún evento '%1'</translation>
    </message>
    <message>
        <source> (did you mean '%1', %2?)</source>
        <translation> (¿quiso decir '%1', %2?)</translation>
    </message>
    <message>
        <source>set as-of to the data's last day?</source>
        <translation>¿fijar la fecha de referencia en el último día de los datos?</translation>
    </message>
    <message>
        <source>the latest %1</source>
        <translation>último %1</translation>
    </message>
    <message>
        <source>the earliest %1</source>
        <translation>primer %1</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>último evento</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>primer evento</translation>
    </message>
    <message>
        <source>the last '%1' event</source>
        <translation>último evento '%1'</translation>
    </message>
    <message>
        <source>the first '%1' event</source>
        <translation>primer evento '%1'</translation>
    </message>
    <message>
        <source>%1 has %2 = %3 (the values run from %4 to %5)</source>
        <translation>%1 tiene %2 = %3 (los valores van de %4 a %5)</translation>
    </message>
    <message>
        <source>%1 has %2 = '%3'</source>
        <translation>%1 tiene %2 = '%3'</translation>
    </message>
    <message>
        <source>%1 has %2: the values run from %3 to %4</source>
        <translation>%1 tiene %2: los valores van de %3 a %4</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>termina en</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>%1 matches %2 %3 '%4'</source>
        <translation>%1 cumple %2 %3 '%4'</translation>
    </message>
    <message>
        <source> (%1 do when upper/lower case is ignored)</source>
        <translation> (%1 coinciden si se ignoran mayúsculas/minúsculas)</translation>
    </message>
    <message>
        <source>%1 has an empty (NULL) %2</source>
        <translation>%1 tiene %2 vacío (NULL)</translation>
    </message>
    <message>
        <source>%1 is empty (NULL) for every event</source>
        <translation>%1 está vacío (NULL) para todos los eventos</translation>
    </message>
    <message>
        <source>%1 is empty (NULL) for every customer</source>
        <translation>%1 está vacío (NULL) para todos los clientes</translation>
    </message>
    <message>
        <source>as-of %1 is %2 after %3 (%4): %5</source>
        <translation>la fecha de referencia %1 es %2 posterior al %3 (%4): %5</translation>
    </message>
    <message>
        <source>as-of %1 is %2 before %3 (%4): %5</source>
        <translation>la fecha de referencia %1 es %2 anterior al %3 (%4): %5</translation>
    </message>
    <message>
        <source>%1 falls in the window %2 (the events run from %3 to %4)</source>
        <translation>%1 cae en la ventana %2 (los eventos van del %3 al %4)</translation>
    </message>
    <message>
        <source>no event has type '%1'</source>
        <translation>ningún evento es del tipo '%1'</translation>
    </message>
    <message>
        <source>the events dataset has no rows</source>
        <translation>los datos de eventos no tienen filas</translation>
    </message>
    <message>
        <source>input '%1' is empty (because of '%2')</source>
        <translation>la entrada '%1' está vacía (por '%2')</translation>
    </message>
    <message>
        <source>input '%1' is empty</source>
        <translation>la entrada '%1' está vacía</translation>
    </message>
    <message>
        <source>none of the %1 members of '%2' has %3 (%4 customers do)</source>
        <translation>ninguno de los %1 miembros de '%2' tiene %3 (%4 clientes sí)</translation>
    </message>
    <message>
        <source>%1 have no customer in common</source>
        <translation>%1 no tienen ningún cliente en común</translation>
    </message>
    <message>
        <source>all %1 members of '%2' are also in '%3'</source>
        <translation>los %1 miembros de '%2' están también en '%3'</translation>
    </message>
    <message>
        <source>input '%1' holds every customer</source>
        <translation>la entrada '%1' contiene a todos los clientes</translation>
    </message>
    <message>
        <source>the events end on %1, %2 before as-of %3: %4</source>
        <translation>los eventos terminan el %1, %2 antes de la fecha de referencia %3: %4</translation>
    </message>
    <message>
        <source>Use '%1'</source>
        <translation>Usar '%1'</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ignorar mayúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Set as-of to %1</source>
        <translation>Fijar la fecha de referencia en %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>ExplainTree</name>
    <message>
        <source>%1 events in all, %2 of its kind in the time window, %3 matched: %4 = %5</source>
        <translation>%1 eventos en total, %2 de su tipo en la ventana, %3 coinciden: %4 = %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>✗ not evaluated</source>
        <translation>✗ no evaluado</translation>
    </message>
    <message>
        <source>✓ in</source>
        <translation>✓ dentro</translation>
    </message>
    <message>
        <source>✗ out</source>
        <translation>✗ fuera</translation>
    </message>
    <message>
        <source>result = %1</source>
        <translation>resultado = %1</translation>
    </message>
    <message>
        <source>Could not be evaluated: %1</source>
        <translation>No se pudo evaluar: %1</translation>
    </message>
    <message>
        <source>Rank %1 of %2 candidates; the cut keeps the first %3</source>
        <translation>Puesto %1 de %2 candidatos; el corte conserva los %3 primeros</translation>
    </message>
    <message>
        <source>Not ranked (not a candidate); %1 candidates, the cut keeps the first %2</source>
        <translation>Sin puesto (no es candidato); %1 candidatos, el corte conserva los %2 primeros</translation>
    </message>
    <message>
        <source>Bucket %1 of 100: part '%2'</source>
        <translation>Cubeta %1 de 100: parte '%2'</translation>
    </message>
    <message>
        <source>Taken by '%1' (earlier in the priority order)</source>
        <translation>Tomado por '%1' (antes en el orden de prioridad)</translation>
    </message>
    <message>
        <source>✓ input %1</source>
        <translation>✓ entrada %1</translation>
    </message>
    <message>
        <source>✗ input %1</source>
        <translation>✗ entrada %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>it could not be evaluated: %1</source>
        <translation>no se pudo evaluar: %1</translation>
    </message>
    <message>
        <source>%1 is %2, and the rule is: %3</source>
        <translation>%1 es %2, y la regla es: %3</translation>
    </message>
    <message>
        <source>the formula is empty (NULL) for this customer</source>
        <translation>la fórmula está vacía (NULL) para este cliente</translation>
    </message>
    <message>
        <source>the formula is false for this customer</source>
        <translation>la fórmula es falsa para este cliente</translation>
    </message>
    <message>
        <source>%1 = %2, and the rule is: %3</source>
        <translation>%1 = %2, y la regla es: %3</translation>
    </message>
    <message>
        <source>%1 is empty (NULL), so the customer is not ranked</source>
        <translation>%1 está vacío (NULL), así que el cliente no tiene puesto</translation>
    </message>
    <message>
        <source>rank %1 of %2 is after the cut at %3</source>
        <translation>el puesto %1 de %2 está después del corte en %3</translation>
    </message>
    <message>
        <source>the customer's bucket is in the part '%1'</source>
        <translation>la cubeta del cliente está en la parte '%1'</translation>
    </message>
    <message>
        <source>an earlier segment took the customer: '%1'</source>
        <translation>un segmento anterior tomó al cliente: '%1'</translation>
    </message>
    <message>
        <source>the customer is also in '%1', which this node takes away</source>
        <translation>el cliente también está en '%1', que este nodo quita</translation>
    </message>
    <message>
        <source>the customer is in '%1'</source>
        <translation>el cliente está en '%1'</translation>
    </message>
</context>
<context>
    <name>NodeKind</name>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Customers whose column value matches a comparison</source>
        <translation>Clientes cuyo valor de columna cumple una comparación</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expresión</translation>
    </message>
    <message>
        <source>Customers for whom a formula is true</source>
        <translation>Clientes para los que una fórmula es verdadera</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Customers by what they did: counts, sums or averages of their events</source>
        <translation>Clientes según lo que hicieron: recuentos, sumas o promedios de sus eventos</translation>
    </message>
    <message>
        <source>And</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Customers in every input</source>
        <translation>Clientes presentes en todas las entradas</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>O</translation>
    </message>
    <message>
        <source>Customers in any input</source>
        <translation>Clientes presentes en alguna entrada</translation>
    </message>
    <message>
        <source>Except</source>
        <translation>Excepto</translation>
    </message>
    <message>
        <source>Customers in the first input but not in the second</source>
        <translation>Clientes de la primera entrada que no están en la segunda</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Every customer not in the input</source>
        <translation>Todos los clientes que no están en la entrada</translation>
    </message>
    <message>
        <source>Derive column</source>
        <translation>Columna derivada</translation>
    </message>
    <message>
        <source>A new column computed from a formula or from events</source>
        <translation>Una nueva columna calculada a partir de una fórmula o de eventos</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>The highest (or lowest) ranked customers by a column</source>
        <translation>Los clientes mejor (o peor) clasificados según una columna</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>División</translation>
    </message>
    <message>
        <source>Deterministic random groups, e.g. test and control</source>
        <translation>Grupos aleatorios deterministas, p. ej., prueba y control</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Each customer goes to the first input that contains them</source>
        <translation>Cada cliente va a la primera entrada que lo contiene</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>A named output you can check, preview and export</source>
        <translation>Una salida con nombre que puede comprobar, previsualizar y exportar</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Mover %n nodo</numerusform>
            <numerusform>Mover %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Eliminar %n nodo</numerusform>
            <numerusform>Eliminar %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment graphs (*.segment.json *.json);;All files (*)</source>
        <translation>Grafos de segmentos (*.segment.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>choose a column</source>
        <translation>elija una columna</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (derivada)</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>derivada</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>sí/no</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Projects (*.segment.json *.json *.segstudio);;Segment graphs (*.segment.json *.json);;Workspaces (*.segstudio);;All files (*)</source>
        <translation>Proyectos (*.segment.json *.json *.segstudio);;Grafos de segmentos (*.segment.json *.json);;Espacios de trabajo (*.segstudio);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RunOnEngineDialog</name>
    <message>
        <source>Loaded %1 customers and %2 events. </source>
        <translation>Se cargaron %1 clientes y %2 eventos. </translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, check and export customer segments.</source>
        <translation>Diseñe, compruebe y exporte segmentos de clientes.</translation>
    </message>
    <message>
        <source>Interface language (en, de, fr, es).</source>
        <translation>Idioma de la interfaz (en, de, fr, es).</translation>
    </message>
    <message>
        <source>Save screenshots of the main views to &lt;dir&gt; and quit.</source>
        <translation>Guardar capturas de pantalla de las vistas principales en &lt;dir&gt; y salir.</translation>
    </message>
    <message>
        <source>A .segment.json project to open.</source>
        <translation>Un proyecto .segment.json que abrir.</translation>
    </message>
</context>
<context>
    <name>seg::GraphTemplates</name>
    <message>
        <source>Win-back</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Customers whose last order is more than 120 days ago, the better-spending half of them: the audience for a come-back offer.</source>
        <translation>Clientes cuyo último pedido fue hace más de 120 días, la mitad que más gasta: el público de una oferta de regreso.</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Carrito abandonado</translation>
    </message>
    <message>
        <source>Customers who added to the cart in the last 14 days but did not buy in that time: the audience for a reminder.</source>
        <translation>Clientes que añadieron algo al carrito en los últimos 14 días pero no compraron en ese tiempo: el público de un recordatorio.</translation>
    </message>
    <message>
        <source>VIP by spend</source>
        <translation>VIP por gasto</translation>
    </message>
    <message>
        <source>The top 10 % of customers by total spend: early access and personal offers.</source>
        <translation>El 10 % de clientes con mayor gasto total: acceso anticipado y ofertas personales.</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Riesgo de abandono</translation>
    </message>
    <message>
        <source>Regular buyers (2+ purchases in the last year) who have not bought in the last 90 days: retention before they are gone.</source>
        <translation>Compradores habituales (2 o más compras el último año) que no han comprado en los últimos 90 días: retenerlos antes de que se vayan.</translation>
    </message>
    <message>
        <source>New-customer welcome</source>
        <translation>Bienvenida a nuevos clientes</translation>
    </message>
    <message>
        <source>Customers who signed up in the last 30 days: the audience for a welcome series.</source>
        <translation>Clientes que se registraron en los últimos 30 días: el público de una serie de bienvenida.</translation>
    </message>
    <message>
        <source>RFM tiers</source>
        <translation>Niveles RFM</translation>
    </message>
    <message>
        <source>Recency, frequency and monetary value in four tiers: champions, loyal, at risk and hibernating.</source>
        <translation>Recencia, frecuencia y valor monetario en cuatro niveles: campeones, leales, en riesgo e inactivos.</translation>
    </message>
    <message>
        <source>customer ID column</source>
        <translation>columna del ID de cliente</translation>
    </message>
    <message>
        <source>events' customer ID column</source>
        <translation>columna del ID de cliente de los eventos</translation>
    </message>
    <message>
        <source>events' time column</source>
        <translation>columna de la hora de los eventos</translation>
    </message>
    <message>
        <source>events' type column</source>
        <translation>columna del tipo de los eventos</translation>
    </message>
    <message>
        <source>total spend column</source>
        <translation>columna del gasto total</translation>
    </message>
    <message>
        <source>last order date column</source>
        <translation>columna de la fecha del último pedido</translation>
    </message>
    <message>
        <source>purchase event type</source>
        <translation>tipo de evento de compra</translation>
    </message>
    <message>
        <source>add-to-cart event type</source>
        <translation>tipo de evento de añadir al carrito</translation>
    </message>
    <message>
        <source>signup date column</source>
        <translation>columna de la fecha de registro</translation>
    </message>
    <message>
        <source>number of orders column</source>
        <translation>columna del número de pedidos</translation>
    </message>
</context>
<context>
    <name>seg::ui::BehaviorForm</name>
    <message>
        <source>Import an events file to pick event types and columns.</source>
        <translation>Importe un archivo de eventos para elegir tipos de evento y columnas.</translation>
    </message>
    <message>
        <source>A customer is a member when the number of these events:</source>
        <translation>Un cliente es miembro cuando el número de estos eventos:</translation>
    </message>
    <message>
        <source>A customer is a member when this value:</source>
        <translation>Un cliente es miembro cuando este valor:</translation>
    </message>
</context>
<context>
    <name>seg::ui::BrokerDialog</name>
    <message>
        <source>Connected. There is no queue “%1” yet: listening declares it (durable, quorum).</source>
        <translation>Conectado. La cola «%1» aún no existe: al escuchar se declara (duradera, quorum).</translation>
    </message>
    <message>
        <source>Connected. Queue “%1”: %2 message(s) ready, %3 consumer(s).</source>
        <translation>Conectado. Cola «%1»: %2 mensaje(s) listo(s), %3 consumidor(es).</translation>
    </message>
    <message>
        <source>Connected. There is no stream “%1” yet: listening creates it, empty, with the group “%2”.</source>
        <translation>Conectado. El stream «%1» aún no existe: al escuchar se crea, vacío, con el grupo «%2».</translation>
    </message>
    <message>
        <source>Connected. Stream “%1” holds %2 entries; the group “%3” does not exist yet: listening creates it from the stream's first entry, so all of them will be read.</source>
        <translation>Conectado. El stream «%1» contiene %2 entradas; el grupo «%3» aún no existe: al escuchar se crea desde la primera entrada del stream, así que se leerán todas.</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>un número desconocido de</translation>
    </message>
    <message>
        <source>Connected. Stream “%1” holds %2 entries; for the group “%3”, %4 wait and %5 are delivered but not acknowledged; %6 consumer(s).</source>
        <translation>Conectado. El stream «%1» contiene %2 entradas; para el grupo «%3», %4 esperan y %5 están entregadas sin confirmar; %6 consumidor(es).</translation>
    </message>
    <message>
        <source>Consumer &amp;group:</source>
        <translation>&amp;Grupo de consumidores:</translation>
    </message>
    <message>
        <source>&amp;Consumer:</source>
        <translation>&amp;Consumidor:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Listen to a Broker</source>
        <translation>Escuchar un broker</translation>
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
        <translation>El panel confirma lo que lee, como un worker: dele un grupo propio (por defecto %1) para que no quite entradas a los consumidores de producción</translation>
    </message>
    <message>
        <source>The name of this reader within the group; a restart with the same name first re-reads what it had received and not acknowledged</source>
        <translation>El nombre de este lector dentro del grupo; un reinicio con el mismo nombre vuelve a leer primero lo que había recibido sin confirmar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Kept in memory while Segment Studio runs; never saved, never shown</source>
        <translation>Se guarda en memoria mientras Segment Studio está abierto; nunca se guarda en disco ni se muestra</translation>
    </message>
    <message>
        <source>The URL the form makes (the password shown as ***). Paste a URL here to fill the form.</source>
        <translation>La URL que genera el formulario (la contraseña como ***). Pegue una URL aquí para rellenar el formulario.</translation>
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
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>The dock is a real consumer: it acknowledges each message once it has handled it. Read a Redis stream with a consumer group of its own, and RabbitMQ from a queue of its own (bound to the same exchange), so the preview takes no work from the production workers. The password is never saved.</source>
        <translation>El panel es un consumidor real: confirma cada mensaje una vez procesado. Lea un stream de Redis con un grupo de consumidores propio, y RabbitMQ desde una cola propia (enlazada al mismo exchange), para que la vista previa no quite trabajo a los workers de producción. La contraseña nunca se guarda.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Virtual host:</source>
        <translation>Host &amp;virtual:</translation>
    </message>
    <message>
        <source>&amp;Stream:</source>
        <translation>&amp;Stream:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Cola:</translation>
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
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ComparisonEditor</name>
    <message>
        <source>is equal to</source>
        <translation>es igual a</translation>
    </message>
    <message>
        <source>is not equal to</source>
        <translation>no es igual a</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>es anterior a</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>es menor que</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>es igual o anterior a</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>es como máximo</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>es posterior a</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>es mayor que</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>es igual o posterior a</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>es como mínimo</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>está entre</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>es uno de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>no es ninguno de</translation>
    </message>
    <message>
        <source>is empty (NULL)</source>
        <translation>está vacío (NULL)</translation>
    </message>
    <message>
        <source>has a value</source>
        <translation>tiene un valor</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>termina en</translation>
    </message>
    <message>
        <source>is true</source>
        <translation>es verdadero</translation>
    </message>
    <message>
        <source>is false</source>
        <translation>es falso</translation>
    </message>
    <message>
        <source>is within the last … days</source>
        <translation>está dentro de los últimos … días</translation>
    </message>
    <message>
        <source>is more than … days ago</source>
        <translation>fue hace más de … días</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>range</source>
        <translation>rango</translation>
    </message>
    <message>
        <source>values</source>
        <translation>valores</translation>
    </message>
    <message>
        <source>How the value is compared. The list fits the column's type.</source>
        <translation>Cómo se compara el valor. La lista se ajusta al tipo de la columna.</translation>
    </message>
    <message>
        <source>The value to compare with (press Enter or leave the field to apply)</source>
        <translation>El valor con el que comparar (pulse Intro o salga del campo para aplicarlo)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>The yes/no value to compare with</source>
        <translation>El valor sí/no con el que comparar</translation>
    </message>
    <message>
        <source>The date to compare with</source>
        <translation>La fecha con la que comparar</translation>
    </message>
    <message>
        <source>Lowest value (inclusive)</source>
        <translation>Valor mínimo (incluido)</translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation>Primer día (incluido)</translation>
    </message>
    <message>
        <source>Highest value (inclusive)</source>
        <translation>Valor máximo (incluido)</translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation>Último día (incluido)</translation>
    </message>
    <message>
        <source>Values separated by commas, e.g. US, CA, MX</source>
        <translation>Valores separados por comas, p. ej., US, CA, MX</translation>
    </message>
    <message>
        <source>e.g. US, CA, MX</source>
        <translation>p. ej., US, CA, MX</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Number of days counted back from the as-of date</source>
        <translation>Número de días contados hacia atrás desde la fecha de referencia</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Ignore upper/lower case</source>
        <translation>Ignorar mayúsculas/minúsculas</translation>
    </message>
    <message>
        <source>Compare letters A–Z without regard to case</source>
        <translation>Comparar las letras A–Z sin distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>ignore case</source>
        <translation>ignorar mayúsculas</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM:SS</source>
        <translation>YYYY-MM-DD HH:MM:SS</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>The data runs from %1 to %2 (marked in the calendar)</source>
        <translation>Los datos van del %1 al %2 (marcados en el calendario)</translation>
    </message>
</context>
<context>
    <name>seg::ui::ConditionForm</name>
    <message>
        <source>The customer column (or derived column) to test</source>
        <translation>La columna de cliente (o columna derivada) que se evalúa</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Pick the column to filter on.</source>
        <translation>Elija la columna por la que filtrar.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>This column is not in the loaded data.</source>
        <translation>Esta columna no está en los datos cargados.</translation>
    </message>
    <message>
        <source>Import customer data to see the columns.</source>
        <translation>Importe datos de clientes para ver las columnas.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ConnectionItem</name>
    <message>
        <source>%1 → %2 (click and press Delete to disconnect)</source>
        <translation>%1 → %2 (haga clic y pulse Supr para desconectar)</translation>
    </message>
    <message>
        <source>%1 reads the column made by %2</source>
        <translation>%1 lee la columna creada por %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::CrashRecovery</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el guardado automático: %1</translation>
    </message>
    <message>
        <source>Autosave is off: %1</source>
        <translation>El guardado automático está desactivado: %1</translation>
    </message>
    <message>
        <source>a new project that was never saved</source>
        <translation>un proyecto nuevo que nunca se guardó</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>Segment Studio was not closed properly. Unsaved changes to %1 were saved automatically at %2.

Restore them? Restoring opens them as unsaved changes; your project file stays as it is until you save.</source>
        <translation>Segment Studio no se cerró correctamente. Los cambios sin guardar de %1 se guardaron automáticamente a las %2.

¿Restaurarlos? Se abren como cambios sin guardar; su archivo de proyecto no cambia hasta que guarde.</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>The autosaved project %1 cannot be read: %2</source>
        <translation>No se puede leer el proyecto guardado automáticamente %1: %2</translation>
    </message>
    <message>
        <source>Restored the changes autosaved at %1.</source>
        <translation>Se restauraron los cambios guardados automáticamente a las %1.</translation>
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
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Estimated cost: %1 ms at one thread</source>
        <translation>Coste estimado: %1 ms con un hilo</translation>
    </message>
    <message>
        <source>Level %1 (longest chain of dependencies before it)</source>
        <translation>Nivel %1 (cadena más larga de dependencias anterior)</translation>
    </message>
    <message>
        <source>Runs in step %1 of the schedule</source>
        <translation>Se ejecuta en el paso %1 de la planificación</translation>
    </message>
    <message>
        <source>Work is split over row partitions</source>
        <translation>El trabajo se reparte entre particiones de filas</translation>
    </message>
    <message>
        <source>Whole-table step (waits for all rows)</source>
        <translation>Paso de tabla completa (espera a todas las filas)</translation>
    </message>
    <message>
        <source>&lt;span style='color:#d9482b'&gt;On the critical path&lt;/span&gt;</source>
        <translation>&lt;span style='color:#d9482b'&gt;En la ruta crítica&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>seg::ui::DagScene</name>
    <message>
        <source>The graph has no nodes yet.</source>
        <translation>El grafo aún no tiene nodos.</translation>
    </message>
    <message>
        <source>%1 uses the column that %2 derives</source>
        <translation>%1 usa la columna que deriva %2</translation>
    </message>
    <message>
        <source>%1 is an input of %2</source>
        <translation>%1 es una entrada de %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::DagView</name>
    <message>
        <source>Auto</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>Secuencial</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Paralela</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>How the run is scheduled. Sequential: one node after another on one thread. Parallel: one node at a time, its rows split over all threads. Hybrid: independent nodes run at the same time. Auto: the planner picks from its cost estimate.</source>
        <translation>Cómo se planifica la ejecución. Secuencial: un nodo tras otro en un solo hilo. Paralela: un nodo cada vez, con sus filas repartidas entre todos los hilos. Híbrida: los nodos independientes se ejecutan a la vez. Automática: el planificador elige según su estimación de coste.</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <source>Worker threads for parallel and hybrid runs</source>
        <translation>Hilos de trabajo para las ejecuciones paralelas e híbridas</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Copy the plan as readable text (the same as segstudio-cli plan)</source>
        <translation>Copiar el plan como texto legible (igual que segstudio-cli plan)</translation>
    </message>
    <message>
        <source>Copy as DOT</source>
        <translation>Copiar como DOT</translation>
    </message>
    <message>
        <source>Copy the DAG in Graphviz DOT format, e.g. for dot -Tsvg</source>
        <translation>Copiar el DAG en formato DOT de Graphviz, p. ej., para dot -Tsvg</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Zoom so the whole DAG is visible (the mouse wheel zooms in and out)</source>
        <translation>Ajustar el zoom para que se vea todo el DAG (la rueda del ratón acerca y aleja)</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Estrategia:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Hilos:</translation>
    </message>
    <message>
        <source>The graph is empty. Add rules on the canvas to see how they will run.</source>
        <translation>El grafo está vacío. Añada reglas en el lienzo para ver cómo se ejecutarán.</translation>
    </message>
    <message>
        <source>Import customers to see the execution plan: the planner needs the columns and the row count.</source>
        <translation>Importe clientes para ver el plan de ejecución: el planificador necesita las columnas y el número de filas.</translation>
    </message>
    <message>
        <source>The graph cannot be planned yet:
%1</source>
        <translation>El grafo aún no se puede planificar:
%1</translation>
    </message>
    <message>
        <source>up to %1 nodes at once</source>
        <translation>hasta %1 nodos a la vez</translation>
    </message>
    <message>
        <source>one node at a time</source>
        <translation>un nodo cada vez</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; on %n thread(s): %2 steps, %3; estimated %4 ms. &lt;span style='color:#d9482b'&gt;Critical path&lt;/span&gt;: %5. Planned in %6 ms.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; con %n hilo: %2 pasos, %3; estimado %4 ms. &lt;span style='color:#d9482b'&gt;Ruta crítica&lt;/span&gt;: %5. Planificado en %6 ms.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; con %n hilos: %2 pasos, %3; estimado %4 ms. &lt;span style='color:#d9482b'&gt;Ruta crítica&lt;/span&gt;: %5. Planificado en %6 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbered badges: the step of the schedule in which a node runs; dark badges mark steps where several nodes run together. Dashed arrows: a node uses a derived column.</source>
        <translation>Insignias numeradas: el paso de la planificación en el que se ejecuta un nodo; las insignias oscuras marcan los pasos en los que varios nodos se ejecutan a la vez. Flechas discontinuas: un nodo usa una columna derivada.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Read together, one pass over the column: %1</source>
        <translation>Leídas juntas, una pasada por la columna: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::DataPanel</name>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation>Nulos</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distintos</translation>
    </message>
    <message>
        <source>No data loaded. Use File &gt; Import Customers, or drop a CSV file on the window.</source>
        <translation>No hay datos cargados. Use Archivo &gt; Importar clientes o suelte un archivo CSV en la ventana.</translation>
    </message>
    <message>
        <source>Type set by the project, not detected</source>
        <translation>Tipo fijado por el proyecto, no detectado</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers imported, %2 rows rejected, %3 duplicate keys.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; clientes importados, %2 filas rechazadas, %3 claves duplicadas.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; events imported, %2 rows rejected, %3 with unknown customers.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; eventos importados, %2 filas rechazadas, %3 con clientes desconocidos.</translation>
    </message>
    <message>
        <source>Events not loaded: %1</source>
        <translation>Eventos no cargados: %1</translation>
    </message>
    <message>
        <source>Data drift since the previous import:</source>
        <translation>Deriva de datos desde la importación anterior:</translation>
    </message>
    <message>
        <source>Compared with the import before this one, kept in the workspace (thresholds in its settings)</source>
        <translation>Comparado con la importación anterior, guardada en el espacio de trabajo (umbrales en su configuración)</translation>
    </message>
</context>
<context>
    <name>seg::ui::DataSession</name>
    <message>
        <source>Import cancelled; the previous data is still loaded.</source>
        <translation>Importación cancelada; los datos anteriores siguen cargados.</translation>
    </message>
    <message>
        <source>Imported %1 customers</source>
        <translation>Se importaron %1 clientes</translation>
    </message>
    <message>
        <source> and %1 events</source>
        <translation> y %1 eventos</translation>
    </message>
    <message>
        <source>; events not loaded: %1</source>
        <translation>; eventos no cargados: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::DateField</name>
    <message>
        <source>Type a whole date (2024-06-30, 30.06.2024) or pick it in the calendar</source>
        <translation>Escriba una fecha completa (2024-06-30, 30.06.2024) o elíjala en el calendario</translation>
    </message>
</context>
<context>
    <name>seg::ui::DeriveForm</name>
    <message>
        <source>The new column's name; other nodes use it like any column</source>
        <translation>El nombre de la nueva columna; otros nodos la usan como cualquier otra columna</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>nombre de columna</translation>
    </message>
    <message>
        <source>Formula over customer columns</source>
        <translation>Fórmula sobre columnas de cliente</translation>
    </message>
    <message>
        <source>Summary of the customer's events</source>
        <translation>Resumen de los eventos del cliente</translation>
    </message>
    <message>
        <source>Compute the column from other columns, or from each customer's events</source>
        <translation>Calcular la columna a partir de otras columnas o de los eventos de cada cliente</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>formula</source>
        <translation>fórmula</translation>
    </message>
    <message>
        <source>Column name</source>
        <translation>Nombre de columna</translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation>Calculada a partir de</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>The column needs a name.</source>
        <translation>La columna necesita un nombre.</translation>
    </message>
    <message>
        <source>The customers already have a column '%1'.</source>
        <translation>Los clientes ya tienen una columna '%1'.</translation>
    </message>
</context>
<context>
    <name>seg::ui::DestinationDialog</name>
    <message>
        <source>Export for a Platform</source>
        <translation>Exportar para una plataforma</translation>
    </message>
    <message>
        <source>The platform the file goes to: its column names, which identifiers are hashed, its file limits and minimum audience (docs/destinations.md)</source>
        <translation>La plataforma a la que va el archivo: sus nombres de columna, qué identificadores se cifran con hash, sus límites de archivo y su audiencia mínima (docs/destinations.md)</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Apellido:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Zip:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation>p. ej. ES</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code, when the row has no country</source>
        <translation>El país de los números de teléfono escritos sin prefijo de país, cuando la fila no tiene país</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Región predeterminada:</translation>
    </message>
    <message>
        <source>&amp;Import List…</source>
        <translation>&amp;Importar lista…</translation>
    </message>
    <message>
        <source>A CSV with a header naming its columns: email, phone, key, email_sha256 or phone_sha256; stored hashed beside the project</source>
        <translation>Un CSV con una cabecera que nombra sus columnas: email, phone, key, email_sha256 o phone_sha256; se guarda cifrado con hash junto al proyecto</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>After the export: rows per file, members each list removed, warnings</source>
        <translation>Tras la exportación: filas por archivo, miembros que quitó cada lista, avisos</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Change export settings</source>
        <translation>Cambiar los ajustes de exportación</translation>
    </message>
    <message>
        <source>Save the project first: suppression lists are stored beside the project file.</source>
        <translation>Guarde primero el proyecto: las listas de exclusión se guardan junto al archivo del proyecto.</translation>
    </message>
    <message>
        <source>A suppression list needs a name.</source>
        <translation>Una lista de exclusión necesita un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Suppression list '%1': %n identifier(s) stored.</source>
        <translation>
            <numerusform>Lista de exclusión '%1': %n identificador guardado.</numerusform>
            <numerusform>Lista de exclusión '%1': %n identificadores guardados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read (first at line %1).</source>
        <translation>
            <numerusform>%n entrada no se pudo leer (la primera en la línea %1).</numerusform>
            <numerusform>%n entradas no se pudieron leer (la primera en la línea %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Suppression List</source>
        <translation>Importar lista de exclusión</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>Elija una carpeta donde exportar.</translation>
    </message>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation>No hay datos cargados: importe primero los clientes.</translation>
    </message>
    <message>
        <source>Exporting ...</source>
        <translation>Exportando ...</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n archivo exportado a %1.</numerusform>
            <numerusform>%n archivos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped; the folder was left as it was.</source>
        <translation>Exportación detenida; la carpeta quedó como estaba.</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (derivada)</translation>
    </message>
    <message>
        <source>Length fits the country</source>
        <translation>Longitud válida para el país</translation>
    </message>
    <message>
        <source>Valid number range</source>
        <translation>Rango de números válido</translation>
    </message>
    <message>
        <source>Valid number range also refuses numbers outside the ranges known as assigned; the phone data on this system may not know ranges opened recently</source>
        <translation>Rango de números válido también rechaza números fuera de los rangos conocidos como asignados; los datos telefónicos de este sistema pueden no conocer rangos abiertos recientemente</translation>
    </message>
    <message>
        <source>&amp;Phone check:</source>
        <translation>Comprobación del &amp;teléfono:</translation>
    </message>
    <message>
        <source>Segments to export:</source>
        <translation>Segmentos a exportar:</translation>
    </message>
    <message>
        <source>Suppression lists (checked: applied to this export):</source>
        <translation>Listas de supresión (marcadas: aplicadas a esta exportación):</translation>
    </message>
    <message>
        <source>&amp;Always Apply</source>
        <translation>&amp;Aplicar siempre</translation>
    </message>
    <message>
        <source>Mark or unmark the selected list as applied to every export by default</source>
        <translation>Marcar o desmarcar la lista seleccionada como aplicada por defecto a cada exportación</translation>
    </message>
    <message>
        <source>%1 (always)</source>
        <translation>%1 (siempre)</translation>
    </message>
    <message>
        <source>Choose at least one segment to export.</source>
        <translation>Elija al menos un segmento para exportar.</translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>Nothing was exported: a mapped column does not look like its identifier. Check the mapping, or press Export Anyway.</source>
        <translation>No se exportó nada: una columna asignada no parece su identificador. Revise la asignación o pulse «Exportar de todos modos».</translation>
    </message>
    <message>
        <source>Column '%1' (%2): %3 of %4 values cannot be read as %2.</source>
        <translation>Columna '%1' (%2): %3 de %4 valores no se pueden leer como %2.</translation>
    </message>
    <message>
        <source>customer row %1: "%2"</source>
        <translation>fila de cliente %1: «%2»</translation>
    </message>
</context>
<context>
    <name>seg::ui::DestinationJob</name>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation>No hay datos cargados: importe primero los clientes.</translation>
    </message>
    <message>
        <source>Choose a destination.</source>
        <translation>Elija un destino.</translation>
    </message>
    <message>
        <source>The graph could not be run: %1</source>
        <translation>No se pudo ejecutar el grafo: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Segment '%1' could not be computed; nothing was written.</source>
        <translation>No se pudo calcular el segmento '%1'; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members written to %4</source>
        <translation>%1: %2 de %3 miembros escritos en %4</translation>
    </message>
    <message numerus="yes">
        <source>suppression list '%1' removed %n</source>
        <translation>
            <numerusform>la lista de exclusión '%1' quitó %n</numerusform>
            <numerusform>la lista de exclusión '%1' quitó %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one segment to export.</source>
        <translation>Elija al menos un segmento para exportar.</translation>
    </message>
    <message>
        <source>%1 needs columns mapped to %2.</source>
        <translation>%1 necesita columnas asignadas a %2.</translation>
    </message>
</context>
<context>
    <name>seg::ui::Document</name>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1: no se puede abrir</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Unknown node.</source>
        <translation>Nodo desconocido.</translation>
    </message>
    <message>
        <source>'%1' makes a column, not a set: use its column name in a condition instead.</source>
        <translation>'%1' crea una columna, no un conjunto: use su nombre de columna en una condición.</translation>
    </message>
    <message>
        <source>'%1' has no output '%2'.</source>
        <translation>'%1' no tiene la salida '%2'.</translation>
    </message>
    <message>
        <source>'%1' (%2) takes no inputs.</source>
        <translation>'%1' (%2) no admite entradas.</translation>
    </message>
    <message>
        <source>'%1' is already connected to '%2'.</source>
        <translation>'%1' ya está conectado a '%2'.</translation>
    </message>
    <message>
        <source>Connecting '%1' to '%2' would make a cycle: '%2' already feeds '%1'.</source>
        <translation>Conectar '%1' a '%2' crearía un ciclo: '%2' ya alimenta a '%1'.</translation>
    </message>
    <message>
        <source>'%1' (%2) takes at most %3 inputs; disconnect one first.</source>
        <translation>'%1' (%2) admite como máximo %3 entradas; desconecte una primero.</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 a %2</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>Desconectar %1 de %2</translation>
    </message>
    <message>
        <source>The clipboard does not hold Segment Studio nodes (not JSON).</source>
        <translation>El portapapeles no contiene nodos de Segment Studio (no es JSON).</translation>
    </message>
    <message>
        <source>The clipboard does not hold Segment Studio nodes.</source>
        <translation>El portapapeles no contiene nodos de Segment Studio.</translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation>No hay nada que pegar.</translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation>No se puede pegar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Pegar %n nodo</numerusform>
            <numerusform>Pegar %n nodos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::EventAggregateEditor</name>
    <message>
        <source>Which events count: one event type, or any event</source>
        <translation>Qué eventos cuentan: un tipo de evento o cualquier evento</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>Only the last</source>
        <translation>Solo los últimos</translation>
    </message>
    <message>
        <source>Count only events within this many days before the as-of date</source>
        <translation>Contar solo los eventos de este número de días antes de la fecha de referencia</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>time window</source>
        <translation>ventana temporal</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <source>Only count events whose column matches a comparison (e.g. amount at least 20)</source>
        <translation>Contar solo los eventos cuya columna cumpla una comparación (p. ej., importe de al menos 20)</translation>
    </message>
    <message>
        <source>where conditions</source>
        <translation>condiciones de filtro</translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation>Número de eventos</translation>
    </message>
    <message>
        <source>Sum of</source>
        <translation>Suma de</translation>
    </message>
    <message>
        <source>Average of</source>
        <translation>Promedio de</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>What is computed over the matching events of each customer</source>
        <translation>Qué se calcula sobre los eventos coincidentes de cada cliente</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>The event column that is summed, averaged, or compared</source>
        <translation>La columna de eventos que se suma, se promedia o se compara</translation>
    </message>
    <message>
        <source>measured column</source>
        <translation>columna medida</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Ventana temporal</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Donde</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Of column</source>
        <translation>De la columna</translation>
    </message>
    <message>
        <source>The event column to check</source>
        <translation>La columna de eventos que se comprueba</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <source>where field</source>
        <translation>campo de filtro</translation>
    </message>
    <message>
        <source>where %1</source>
        <translation>donde %1</translation>
    </message>
    <message>
        <source>(any event)</source>
        <translation>(cualquier evento)</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExplainPanel</name>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>The segment (or selected node) to explain</source>
        <translation>El segmento (o el nodo seleccionado) a explicar</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>Show why this customer is or is not in the segment</source>
        <translation>Mostrar por qué este cliente está o no en el segmento</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Value read</source>
        <translation>Valor leído</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Pick a segment and type a customer key, or right-click a row in Preview &gt; Members.</source>
        <translation>Elija un segmento y escriba una clave de cliente, o haga clic derecho en una fila de Vista previa &gt; Miembros.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Seleccionado: %1</translation>
    </message>
    <message>
        <source>Nothing has run yet: import data and build a segment first.</source>
        <translation>Aún no se ha ejecutado nada: importe datos y construya un segmento primero.</translation>
    </message>
    <message>
        <source>Pick a segment and type a customer key.</source>
        <translation>Elija un segmento y escriba una clave de cliente.</translation>
    </message>
    <message>
        <source>Explaining…</source>
        <translation>Explicando…</translation>
    </message>
    <message>
        <source>No customer with key '%1' in the data.</source>
        <translation>Ningún cliente con la clave '%1' en los datos.</translation>
    </message>
    <message>
        <source>Cannot explain: %1</source>
        <translation>No se puede explicar: %1</translation>
    </message>
    <message>
        <source>Customer %1 is in '%2'.</source>
        <translation>El cliente %1 está en '%2'.</translation>
    </message>
    <message>
        <source>Customer %1 is not in '%2'. First excluded by '%3': %4</source>
        <translation>El cliente %1 no está en '%2'. Excluido primero por '%3': %4</translation>
    </message>
    <message>
        <source>'%1' did not run: %2</source>
        <translation>'%1' no se ejecutó: %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExportDialog</name>
    <message>
        <source>Export segments</source>
        <translation>Exportar segmentos</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... y %n más</numerusform>
            <numerusform>... y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>¿Reemplazar archivos?</translation>
    </message>
    <message>
        <source>The segments to export; each becomes one CSV file</source>
        <translation>Los segmentos que se exportan; cada uno se convierte en un archivo CSV</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Check every segment</source>
        <translation>Marcar todos los segmentos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Uncheck every segment</source>
        <translation>Desmarcar todos los segmentos</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Each segment's own export columns</source>
        <translation>Columnas de exportación propias de cada segmento</translation>
    </message>
    <message>
        <source>Use the columns set on each segment node (its export settings); uncheck to choose the same columns for all segments</source>
        <translation>Usar las columnas definidas en cada nodo de segmento (su configuración de exportación); desmarque para elegir las mismas columnas para todos los segmentos</translation>
    </message>
    <message>
        <source>Columns written to the file, in this order (drag to reorder). Derived columns come from the derive nodes of the graph.</source>
        <translation>Columnas que se escriben en el archivo, en este orden (arrastre para reordenar). Las columnas derivadas proceden de los nodos de columna derivada del grafo.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Choose where the file(s) go</source>
        <translation>Elija dónde se guardan los archivos</translation>
    </message>
    <message>
        <source>The character between values. Semicolon suits spreadsheets in countries that write decimals with a comma.</source>
        <translation>El carácter entre valores. El punto y coma es adecuado para hojas de cálculo en países que escriben los decimales con coma.</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Coma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Punto y coma  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation>Barra vertical  |</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark (for Excel)</source>
        <translation>UTF-8 con marca de orden de bytes (para Excel)</translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark so that Excel shows accented letters correctly. Leave it off for other programs and databases.</source>
        <translation>Inicia el archivo con una marca de orden de bytes para que Excel muestre correctamente las letras acentuadas. Desactívelo para otros programas y bases de datos.</translation>
    </message>
    <message>
        <source>Spreadsheet-safe text</source>
        <translation>Texto seguro para hojas de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets run a cell that starts with = + - or @ as a formula, which an attacker can abuse through a name or email field. This puts an apostrophe before such text cells so they open as plain text. Numbers are not changed. Leave it off when another program reads the file: it changes the data.</source>
        <translation>Las hojas de cálculo ejecutan como fórmula una celda que empieza por = + - o @, lo que un atacante puede aprovechar mediante un campo de nombre o de correo electrónico. Esta opción antepone un apóstrofo a esas celdas de texto para que se abran como texto sin formato. Los números no se modifican. Desactívela cuando otro programa lea el archivo: modifica los datos.</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Run the graph on the current data and write the files</source>
        <translation>Ejecutar el grafo con los datos actuales y escribir los archivos</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customer(s))</source>
        <translation>
            <numerusform>%1 (%Ln cliente)</numerusform>
            <numerusform>%1 (%Ln clientes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment node %1</source>
        <translation>Nodo de segmento %1</translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation>%1 (derivada)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>One CSV file per segment is written into this folder, named after the segment</source>
        <translation>Se escribe un archivo CSV por segmento en esta carpeta, con el nombre del segmento</translation>
    </message>
    <message>
        <source>The CSV file to write</source>
        <translation>El archivo CSV que se escribe</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Writes %1</source>
        <translation>Escribe %1</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exportar a una carpeta</translation>
    </message>
    <message>
        <source>Export segment</source>
        <translation>Exportar segmento</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Check at least one segment to export.</source>
        <translation>Marque al menos un segmento para exportar.</translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>Elija una carpeta de destino.</translation>
    </message>
    <message>
        <source>Choose a file to export into.</source>
        <translation>Elija un archivo de destino.</translation>
    </message>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation>No hay datos cargados: importe primero los clientes.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>Nothing was exported: the existing files were kept.</source>
        <translation>No se exportó nada: se conservaron los archivos existentes.</translation>
    </message>
    <message>
        <source>Exporting ...</source>
        <translation>Exportando ...</translation>
    </message>
    <message>
        <source>Export stopped. Files not finished were not written; existing files were kept.</source>
        <translation>Exportación detenida. Los archivos sin terminar no se escribieron; se conservaron los archivos existentes.</translation>
    </message>
    <message>
        <source>Already written: %1.</source>
        <translation>Ya escritos: %1.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n archivo a %1.</numerusform>
            <numerusform>Se exportaron %n archivos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the export; unfinished files are not written</source>
        <translation>Detener la exportación; los archivos sin terminar no se escriben</translation>
    </message>
    <message>
        <source>These files already exist and will be replaced (or removed, when the last export into the folder wrote them and this one does not):

%1</source>
        <translation>Estos archivos ya existen y se reemplazarán (o se eliminarán, si la última exportación a la carpeta los escribió y esta no):

%1</translation>
    </message>
    <message>
        <source>No file was changed.</source>
        <translation>No se modificó ningún archivo.</translation>
    </message>
    <message>
        <source>The folder holds subfolders or links, so its files were replaced one by one; export into a folder of its own to have them replaced as a whole.</source>
        <translation>La carpeta contiene subcarpetas o enlaces, así que sus archivos se reemplazaron uno a uno; exporte a una carpeta propia para que se reemplacen en conjunto.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExportJob</name>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation>No hay datos cargados: importe primero los clientes.</translation>
    </message>
    <message>
        <source>The graph could not be run: %1</source>
        <translation>No se pudo ejecutar el grafo: %1</translation>
    </message>
    <message>
        <source>it depends on a rule that has a problem</source>
        <translation>depende de una regla que tiene un problema</translation>
    </message>
    <message>
        <source>Segment '%1' could not be computed (%2); nothing was written to %3</source>
        <translation>No se pudo calcular el segmento '%1' (%2); no se escribió nada en %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for %2</source>
        <translation>No se puede crear la carpeta %1 para %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExpressionField</name>
    <message>
        <source>e.g. total_spend &gt; 500 AND country IN ('US', 'CA')</source>
        <translation>p. ej., total_spend &gt; 500 AND country IN ('US', 'CA')</translation>
    </message>
    <message>
        <source>e.g. total_spend / orders</source>
        <translation>p. ej., total_spend / orders</translation>
    </message>
    <message>
        <source>A SQL-like formula over customer columns and derived columns.
Applied when you leave the editor or press Ctrl+Enter.</source>
        <translation>Una fórmula de tipo SQL sobre columnas de cliente y columnas derivadas.
Se aplica al salir del editor o al pulsar Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Syntax OK. Columns and types are checked once customer data is imported.</source>
        <translation>Sintaxis correcta. Las columnas y los tipos se comprueban una vez importados los datos de clientes.</translation>
    </message>
    <message>
        <source>Syntax OK. A derived column it uses has a problem of its own, so types are not checked.</source>
        <translation>Sintaxis correcta. Una columna derivada que usa tiene su propio problema, así que no se comprueban los tipos.</translation>
    </message>
    <message>
        <source>Valid formula.</source>
        <translation>Fórmula válida.</translation>
    </message>
    <message>
        <source>Valid formula; the column's type is %1.</source>
        <translation>Fórmula válida; el tipo de la columna es %1.</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Columna %1: %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::ExpressionForm</name>
    <message>
        <source>formula</source>
        <translation>fórmula</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Fórmula</translation>
    </message>
    <message>
        <source>Customers for whom the formula is TRUE are members. Columns: bare names or "double quoted"; text in 'single quotes'; dates as DATE '2024-01-31'.</source>
        <translation>Los clientes para los que la fórmula es TRUE son miembros. Columnas: nombres sin comillas o "entre comillas dobles"; texto entre 'comillas simples'; fechas como DATE '2024-01-31'.</translation>
    </message>
</context>
<context>
    <name>seg::ui::GanttChart</name>
    <message>
        <source>Milliseconds since the run started</source>
        <translation>Milisegundos desde el inicio de la ejecución</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>condiciones</translation>
    </message>
    <message>
        <source>set logic</source>
        <translation>lógica de conjuntos</translation>
    </message>
    <message>
        <source>behavior</source>
        <translation>comportamiento</translation>
    </message>
    <message>
        <source>derive</source>
        <translation>columna derivada</translation>
    </message>
    <message>
        <source>top / split / priority</source>
        <translation>top / división / prioridad</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segmentos</translation>
    </message>
    <message>
        <source>hatched: result from the cache</source>
        <translation>rayado: resultado de la caché</translation>
    </message>
    <message>
        <source>No run yet. The timing of the last preview run appears here.</source>
        <translation>Aún no hay ejecuciones. Aquí aparecen los tiempos de la última ejecución de la vista previa.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)
Worker %4: %5 → %6 ms (%7 ms)</source>
        <translation>%1 (%2, %3)
Hilo de trabajo %4: %5 → %6 ms (%7 ms)</translation>
    </message>
    <message>
        <source>
Result taken from the cache (unchanged since an earlier run)</source>
        <translation>
Resultado tomado de la caché (sin cambios desde una ejecución anterior)</translation>
    </message>
    <message>
        <source>
Status: %1</source>
        <translation>
Estado: %1</translation>
    </message>
    <message>
        <source>The last run had no nodes to time.</source>
        <translation>La última ejecución no tenía nodos que medir.</translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation>Hilo de trabajo %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::GraphSettingsForm</name>
    <message>
        <source>The project's name, shown in run reports</source>
        <translation>El nombre del proyecto, que aparece en los informes de ejecución</translation>
    </message>
    <message>
        <source>Rename graph</source>
        <translation>Cambiar nombre del grafo</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Fecha fija</translation>
    </message>
    <message>
        <source>Off: relative dates ("within the last 30 days") count back from today (UTC)</source>
        <translation>Desactivado: las fechas relativas («en los últimos 30 días») se cuentan hacia atrás desde hoy (UTC)</translation>
    </message>
    <message>
        <source>The day relative date conditions count back from</source>
        <translation>El día desde el que se cuentan hacia atrás las condiciones de fecha relativa</translation>
    </message>
    <message>
        <source>Change as-of date</source>
        <translation>Cambiar fecha de referencia</translation>
    </message>
    <message>
        <source>Graph name</source>
        <translation>Nombre del grafo</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Select a node on the canvas to edit it.</source>
        <translation>Seleccione un nodo en el lienzo para editarlo.</translation>
    </message>
    <message>
        <source>not chosen yet (File &gt; Import)</source>
        <translation>aún no elegido (Archivo &gt; Importar)</translation>
    </message>
    <message>
        <source>%1 (key: %2)</source>
        <translation>%1 (clave: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The events run from %1 to %2 (marked in the calendar).</source>
        <translation>Los eventos van del %1 al %2 (marcados en el calendario).</translation>
    </message>
</context>
<context>
    <name>seg::ui::HelpDialog</name>
    <message>
        <source>Segment Studio User Guide</source>
        <translation>Guía del usuario de Segment Studio</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Esta compilación no incluye la guía del usuario.</translation>
    </message>
</context>
<context>
    <name>seg::ui::HistogramView</name>
    <message>
        <source>Shares (%)</source>
        <translation>Proporciones (%)</translation>
    </message>
    <message>
        <source>The numeric or date column to compare</source>
        <translation>La columna numérica o de fecha que se compara</translation>
    </message>
    <message>
        <source>At most this many bins (whole-number columns may use fewer)</source>
        <translation>Como máximo este número de intervalos (las columnas de números enteros pueden usar menos)</translation>
    </message>
    <message>
        <source>On: each group's bars are its share in percent, so a small segment compares with everybody. Off: member counts.</source>
        <translation>Activado: las barras de cada grupo son su proporción en porcentaje, de modo que un segmento pequeño se puede comparar con el total. Desactivado: número de miembros.</translation>
    </message>
    <message>
        <source>Column:</source>
        <translation>Columna:</translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation>Intervalos:</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Select a rule or segment on the canvas to compare a column inside it with all customers.</source>
        <translation>Seleccione una regla o un segmento en el lienzo para comparar una columna dentro de él con todos los clientes.</translation>
    </message>
    <message>
        <source>No members to compare yet.</source>
        <translation>Aún no hay miembros que comparar.</translation>
    </message>
    <message>
        <source>The data has no numeric or date column to compare.</source>
        <translation>Los datos no tienen ninguna columna numérica o de fecha que comparar.</translation>
    </message>
    <message>
        <source>Column %1 has no values.</source>
        <translation>La columna %1 no tiene valores.</translation>
    </message>
    <message>
        <source>Share of group (%)</source>
        <translation>Proporción del grupo (%)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>NULL values (not in the bars): %1 of all customers, %2 in %3</source>
        <translation>Valores NULL (no incluidos en las barras): %1 de todos los clientes, %2 en %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportColumnsPage</name>
    <message>
        <source>Describe the columns</source>
        <translation>Describir las columnas</translation>
    </message>
    <message>
        <source>Which column identifies a customer, and what type each column has. Types were guessed from the first rows; change one when the guess is wrong (for example ZIP codes as text, or dates written as 31.12.2024).</source>
        <translation>Qué columna identifica a un cliente y qué tipo tiene cada columna. Los tipos se han deducido de las primeras filas; cambie uno si la deducción es incorrecta (por ejemplo, códigos postales como texto o fechas escritas como 31.12.2024).</translation>
    </message>
    <message>
        <source>Which columns hold the customer ID, the time and the kind of each event, and what type each column has.</source>
        <translation>Qué columnas contienen el ID de cliente, la hora y el tipo de cada evento, y qué tipo tiene cada columna.</translation>
    </message>
    <message>
        <source>The column with a unique ID per customer. Without one, customers are numbered by their row (column _row).</source>
        <translation>La columna con un ID único por cliente. Si no la hay, los clientes se numeran por su fila (columna _row).</translation>
    </message>
    <message>
        <source>The column with the customer ID of each event; it is matched to the customers' ID column</source>
        <translation>La columna con el ID de cliente de cada evento; se compara con la columna de ID de los clientes</translation>
    </message>
    <message>
        <source>Customer ID column:</source>
        <translation>Columna de ID de cliente:</translation>
    </message>
    <message>
        <source>What to do when the same customer ID appears on more than one row</source>
        <translation>Qué hacer cuando el mismo ID de cliente aparece en más de una fila</translation>
    </message>
    <message>
        <source>Keep the last row</source>
        <translation>Conservar la última fila</translation>
    </message>
    <message>
        <source>Keep the first row</source>
        <translation>Conservar la primera fila</translation>
    </message>
    <message>
        <source>Stop the import with an error</source>
        <translation>Detener la importación con un error</translation>
    </message>
    <message>
        <source>Duplicate IDs:</source>
        <translation>IDs duplicados:</translation>
    </message>
    <message>
        <source>When the event happened: a date or timestamp column</source>
        <translation>Cuándo ocurrió el evento: una columna de fecha o de marca de tiempo</translation>
    </message>
    <message>
        <source>Time column:</source>
        <translation>Columna de hora:</translation>
    </message>
    <message>
        <source>The kind of event (purchase, visit ...), used by behavior rules; optional</source>
        <translation>El tipo de evento (compra, visita ...), que usan las reglas de comportamiento; opcional</translation>
    </message>
    <message>
        <source>Event type column:</source>
        <translation>Columna de tipo de evento:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>(none: number the rows)</source>
        <translation>(ninguna: numerar las filas)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Automatic uses the type found in the whole file when importing</source>
        <translation>Automático usa el tipo detectado en todo el archivo al importar</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automático (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Guessed from %n row(s)</source>
        <translation>
            <numerusform>Deducido de %n fila</numerusform>
            <numerusform>Deducido de %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Fits all sample values</source>
        <translation>Todos los valores de muestra encajan</translation>
    </message>
    <message numerus="yes">
        <source>%n sample value(s) do not fit, e.g. '%1': those rows will be rejected</source>
        <translation>
            <numerusform>%n valor de muestra no encaja, p. ej., '%1': esas filas se rechazarán</numerusform>
            <numerusform>%n valores de muestra no encajan, p. ej., '%1': esas filas se rechazarán</numerusform>
        </translation>
    </message>
    <message>
        <source>A column type is not valid (see Check).</source>
        <translation>Un tipo de columna no es válido (véase Comprobación).</translation>
    </message>
    <message>
        <source>How the dates of this column are written; the example is the column's first value read in that layout</source>
        <translation>Cómo están escritas las fechas de esta columna; el ejemplo es el primer valor de la columna leído con ese formato</translation>
    </message>
    <message>
        <source>Own date format</source>
        <translation>Formato de fecha propio</translation>
    </message>
    <message>
        <source>Write the layout with %d for the day, %m the month, %Y the year, %H hour, %M minute, %S second, e.g. %d.%m.%Y %H:%M</source>
        <translation>Escriba el formato con %d para el día, %m el mes, %Y el año, %H la hora, %M el minuto, %S el segundo, p. ej. %d.%m.%Y %H:%M</translation>
    </message>
    <message>
        <source>Dates, but is %1 day first or month first? Choose the date format</source>
        <translation>Fechas, pero ¿%1 empieza por el día o por el mes? Elija el formato de fecha</translation>
    </message>
    <message>
        <source>Recognised as %1; all sample values fit</source>
        <translation>Reconocido como %1; todos los valores de la muestra encajan</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportFilePage</name>
    <message>
        <source>Choose the customers file</source>
        <translation>Elija el archivo de clientes</translation>
    </message>
    <message>
        <source>Choose the events file</source>
        <translation>Elija el archivo de eventos</translation>
    </message>
    <message>
        <source>One row per customer: an ID column and the attributes you want to segment on. CSV or TSV, as exported from your CRM or shop system.</source>
        <translation>Una fila por cliente: una columna de ID y los atributos por los que quiere segmentar. CSV o TSV, tal como se exporta desde su CRM o su tienda.</translation>
    </message>
    <message>
        <source>One row per event (purchase, visit, email open ...): the customer ID, when it happened and what kind of event it was.</source>
        <translation>Una fila por evento (compra, visita, apertura de correo ...): el ID de cliente, cuándo ocurrió y qué tipo de evento fue.</translation>
    </message>
    <message>
        <source>Path of a .csv or .tsv file</source>
        <translation>Ruta de un archivo .csv o .tsv</translation>
    </message>
    <message>
        <source>The file to import. You can also drop a file onto this page.</source>
        <translation>El archivo que se importa. También puede soltar un archivo en esta página.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Pick the file in a file dialog</source>
        <translation>Elegir el archivo en un cuadro de diálogo</translation>
    </message>
    <message>
        <source>Tip: drop a CSV file onto this page or onto the main window.</source>
        <translation>Consejo: suelte un archivo CSV en esta página o en la ventana principal.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Import CSV file</source>
        <translation>Importar archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 columns, %2. Click Next to check the format.</source>
        <translation>%1 columnas, %2. Haga clic en Siguiente para comprobar el formato.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportFormatPage</name>
    <message>
        <source>Comma  ,</source>
        <translation>Coma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Punto y coma  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation>Barra vertical  |</translation>
    </message>
    <message>
        <source>Check the format</source>
        <translation>Comprobar el formato</translation>
    </message>
    <message>
        <source>The delimiter and encoding were detected from the file. If the preview looks wrong (everything in one column, odd characters), change them here.</source>
        <translation>El delimitador y la codificación se han detectado a partir del archivo. Si la vista previa no parece correcta (todo en una columna, caracteres extraños), cámbielos aquí.</translation>
    </message>
    <message>
        <source>The character between the values of a row</source>
        <translation>El carácter entre los valores de una fila</translation>
    </message>
    <message>
        <source>How the file stores letters such as é or ü. Files from Excel on Windows are often Windows-1252.</source>
        <translation>Cómo almacena el archivo letras como é o ü. Los archivos de Excel en Windows suelen estar en Windows-1252.</translation>
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
        <translation>Las celdas vacías son valores ausentes</translation>
    </message>
    <message>
        <source>Read empty cells as NULL (no value) rather than as empty text</source>
        <translation>Leer las celdas vacías como NULL (sin valor) en lugar de como texto vacío</translation>
    </message>
    <message>
        <source>Cell texts that mean "no value", separated by commas (compared after trimming spaces)</source>
        <translation>Textos de celda que significan «sin valor», separados por comas (se comparan tras quitar los espacios)</translation>
    </message>
    <message>
        <source>e.g. NULL, NA, N/A</source>
        <translation>p. ej., NULL, NA, N/A</translation>
    </message>
    <message>
        <source>Also missing:</source>
        <translation>También ausentes:</translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation>(detectado)</translation>
    </message>
    <message>
        <source>Found by looking at the start of the file</source>
        <translation>Detectado examinando el inicio del archivo</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation>Valores ausentes:</translation>
    </message>
    <message>
        <source>The first rows as they will be imported; grey cells are missing values, red rows cannot be imported (hover for the reason)</source>
        <translation>Las primeras filas tal como se importarán; las celdas grises son valores ausentes y las filas rojas no se pueden importar (pase el cursor por encima para ver el motivo)</translation>
    </message>
    <message>
        <source>Line number in the file</source>
        <translation>Número de línea en el archivo</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>Line %1 will not be imported: %2</source>
        <translation>La línea %1 no se importará: %2</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of the file's rows.</source>
        <translation>
            <numerusform>Se muestra %n de las filas del archivo.</numerusform>
            <numerusform>Se muestran %n de las filas del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n rows.</source>
        <translation>
            <numerusform>Se muestra %n fila (la primera).</numerusform>
            <numerusform>Se muestran las primeras %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark.</source>
        <translation>El archivo empieza con una marca de orden de bytes UTF-8.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) near the start cannot be imported as they are (red); the import will list them with their reasons.</source>
        <translation>
            <numerusform>%n fila cerca del inicio no se puede importar tal cual (en rojo); la importación la listará con su motivo.</numerusform>
            <numerusform>%n filas cerca del inicio no se pueden importar tal cual (en rojo); la importación las listará con sus motivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportReportView</name>
    <message>
        <source>the last row of each ID was kept</source>
        <translation>se conservó la última fila de cada ID</translation>
    </message>
    <message>
        <source>the first row of each ID was kept</source>
        <translation>se conservó la primera fila de cada ID</translation>
    </message>
    <message>
        <source>duplicates stop the import</source>
        <translation>los duplicados detienen la importación</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Valores ausentes</translation>
    </message>
    <message>
        <source>Distinct texts</source>
        <translation>Textos distintos</translation>
    </message>
    <message>
        <source>Each imported column with its type and how many rows have no value</source>
        <translation>Cada columna importada con su tipo y cuántas filas no tienen valor</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Rows that were not imported, with the line of the file where they start</source>
        <translation>Filas que no se importaron, con la línea del archivo en la que empiezan</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln row(s) imported&lt;/b&gt; of %1 data rows in the file.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln fila importada&lt;/b&gt; de %1 filas de datos del archivo.</numerusform>
            <numerusform>&lt;b&gt;%Ln filas importadas&lt;/b&gt; de %1 filas de datos del archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected (listed below).</source>
        <translation>
            <numerusform>%Ln fila rechazada (se lista abajo).</numerusform>
            <numerusform>%Ln filas rechazadas (se listan abajo).</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>No se rechazó ninguna fila.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeated an ID that was seen before; %1.</source>
        <translation>
            <numerusform>%Ln fila repetía un ID ya visto; %1.</numerusform>
            <numerusform>%Ln filas repetían un ID ya visto; %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer ID is unique.</source>
        <translation>Todos los ID de cliente son únicos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) belong to no imported customer and were ignored.</source>
        <translation>
            <numerusform>%Ln evento no pertenece a ningún cliente importado y se ignoró.</numerusform>
            <numerusform>%Ln eventos no pertenecen a ningún cliente importado y se ignoraron.</numerusform>
        </translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation>(elegida)</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(fila completa)</translation>
    </message>
    <message>
        <source>Rejected rows: none</source>
        <translation>Filas rechazadas: ninguna</translation>
    </message>
    <message>
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>Filas rechazadas (las primeras %1 de %2):</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Filas rechazadas:</translation>
    </message>
    <message>
        <source>Changed since the last import of this data:</source>
        <translation>Cambiado desde la última importación de estos datos:</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The file is read in the background. Check the report, then click Finish to use the data.</source>
        <translation>El archivo se lee en segundo plano. Revise el informe y haga clic en Finalizar para usar los datos.</translation>
    </message>
    <message>
        <source>Progress of the import (the file is read twice: types, then values)</source>
        <translation>Progreso de la importación (el archivo se lee dos veces: tipos y luego valores)</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>Detener importación</translation>
    </message>
    <message>
        <source>Stop the import; the data you had before stays loaded</source>
        <translation>Detener la importación; los datos que tenía antes siguen cargados</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>Importar de nuevo</translation>
    </message>
    <message>
        <source>Read the file again with the same settings</source>
        <translation>Volver a leer el archivo con la misma configuración</translation>
    </message>
    <message>
        <source>Importing %1 ...</source>
        <translation>Importando %1 ...</translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportWizard</name>
    <message>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation>Número decimal</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Sí/no</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Importar eventos</translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation>Elija un archivo CSV.</translation>
    </message>
    <message>
        <source>Import customers first: events are matched to customers by their ID.</source>
        <translation>Importe primero los clientes: los eventos se asocian a los clientes por su ID.</translation>
    </message>
    <message>
        <source>Choose the column that holds the customer ID of each event.</source>
        <translation>Elija la columna que contiene el ID de cliente de cada evento.</translation>
    </message>
    <message>
        <source>Choose the column that holds the time of each event.</source>
        <translation>Elija la columna que contiene la hora de cada evento.</translation>
    </message>
    <message>
        <source>The time column '%1' does not hold dates or timestamps; choose another column or set its type (with a format) below.</source>
        <translation>La columna de hora '%1' no contiene fechas ni marcas de tiempo; elija otra columna o defina su tipo (con un formato) abajo.</translation>
    </message>
    <message>
        <source>%1: %2 = %3</source>
        <translation>%1: %2 = %3</translation>
    </message>
    <message>
        <source>ISO: 2024-12-31 or 2024-12-31 14:30</source>
        <translation>ISO: 2024-12-31 o 2024-12-31 14:30</translation>
    </message>
    <message>
        <source>Own format: %1</source>
        <translation>Formato propio: %1</translation>
    </message>
    <message>
        <source>Other format...</source>
        <translation>Otro formato...</translation>
    </message>
    <message>
        <source>Column '%1' holds dates such as %2 that can be read day first or month first: choose its date format below.</source>
        <translation>La columna «%1» contiene fechas como %2 que pueden leerse con el día o con el mes primero: elija su formato de fecha abajo.</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveChart</name>
    <message>
        <source>Replay time (s)</source>
        <translation>Tiempo de reproducción (s)</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>Eventos/s</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation>Latencia p50</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>Latencia p99</translation>
    </message>
    <message>
        <source>Messages applied per second, and how long an event took from its arrival to its enter/exit triggers (median and 99th percentile of each interval)</source>
        <translation>Mensajes aplicados por segundo y cuánto tardó un evento desde su llegada hasta sus disparadores de entrada/salida (mediana y percentil 99 de cada intervalo)</translation>
    </message>
    <message>
        <source>Waiting (lag)</source>
        <translation>En espera (retraso)</translation>
    </message>
    <message>
        <source>Events/s, waiting</source>
        <translation>Eventos/s, en espera</translation>
    </message>
    <message>
        <source>Listening time (s)</source>
        <translation>Tiempo de escucha (s)</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveFeedModel</name>
    <message>
        <source>enter</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>(clock)</source>
        <translation>(reloj)</translation>
    </message>
    <message>
        <source>(profile update)</source>
        <translation>(actualización de perfil)</translation>
    </message>
    <message>
        <source>Segment id: %1
Cause: %2
Change id: %3</source>
        <translation>ID del segmento: %1
Causa: %2
ID del cambio: %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>seg::ui::LivePanel</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>E&amp;xport Feed…</source>
        <translation>E&amp;xportar el registro…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>The project's events</source>
        <translation>Los eventos del proyecto</translation>
    </message>
    <message>
        <source>An NDJSON file</source>
        <translation>Un archivo NDJSON</translation>
    </message>
    <message>
        <source>messages.ndjson</source>
        <translation>mensajes.ndjson</translation>
    </message>
    <message>
        <source>One JSON message per line: events, and profile updates {"kind":"profile",…}</source>
        <translation>Un mensaje JSON por línea: eventos y actualizaciones de perfil {"kind":"profile",…}</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the NDJSON file to replay</source>
        <translation>Elegir el archivo NDJSON que reproducir</translation>
    </message>
    <message>
        <source>As fast as possible</source>
        <translation>Lo más rápido posible</translation>
    </message>
    <message>
        <source>Events per second</source>
        <translation>Eventos por segundo</translation>
    </message>
    <message>
        <source>Times real time</source>
        <translation>Veces el tiempo real</translation>
    </message>
    <message>
        <source>How fast messages are replayed: no pause between them, a fixed number per second, or the events' own pace sped up (86,400 = one day of events per second)</source>
        <translation>Con qué rapidez se reproducen los mensajes: sin pausa, un número fijo por segundo, o al ritmo propio de los eventos acelerado (86.400 = un día de eventos por segundo)</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>Fecha fija</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>Hora de los eventos</translation>
    </message>
    <message>
        <source>Start the replay</source>
        <translation>Iniciar la reproducción</translation>
    </message>
    <message>
        <source>Hold the replay after the current message</source>
        <translation>Pausar la reproducción tras el mensaje actual</translation>
    </message>
    <message>
        <source>Go on from where the replay was paused</source>
        <translation>Seguir desde donde se pausó la reproducción</translation>
    </message>
    <message>
        <source>End the replay; the counts stay as they are now</source>
        <translation>Terminar la reproducción; los recuentos quedan como están ahora</translation>
    </message>
    <message>
        <source>Write the feed's enters and exits to a CSV file</source>
        <translation>Escribir las entradas y salidas del registro en un archivo CSV</translation>
    </message>
    <message>
        <source>Empty the feed and the chart; the cards show the preview's counts again</source>
        <translation>Vaciar el registro y el gráfico; las tarjetas vuelven a mostrar los recuentos de la vista previa</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Reloj:</translation>
    </message>
    <message>
        <source>Replay Messages</source>
        <translation>Reproducir mensajes</translation>
    </message>
    <message>
        <source>NDJSON messages (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>Mensajes NDJSON (*.ndjson *.jsonl *.json);;Todos los archivos (*)</translation>
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
        <translation>Exportar el registro en vivo</translation>
    </message>
    <message>
        <source>live-feed.csv</source>
        <translation>registro-en-vivo.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>%n cambio exportado a %1.</numerusform>
            <numerusform>%n cambios exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>%1, clock %2</source>
        <translation>%1, reloj %2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Replay finished</source>
        <translation>Reproducción terminada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Enters and exits appear here, newest first.</source>
        <translation>Las entradas y salidas aparecen aquí, las más recientes primero.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest %1 of %2 changes</source>
        <translation>Los últimos %1 de %2 cambios</translation>
    </message>
    <message>
        <source>Replays events through the live engine: the cards' counts move as customers enter and leave segments.</source>
        <translation>Reproduce eventos en el motor en vivo: los recuentos de las tarjetas cambian a medida que los clientes entran y salen de los segmentos.</translation>
    </message>
    <message>
        <source>Cannot replay: %1</source>
        <translation>No se puede reproducir: %1</translation>
    </message>
    <message>
        <source>%1 of %2 messages</source>
        <translation>%1 de %2 mensajes</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 mensajes</translation>
    </message>
    <message>
        <source>%1 messages/s on average</source>
        <translation>%1 mensajes/s de media</translation>
    </message>
    <message>
        <source>clock %1 (fixed)</source>
        <translation>reloj %1 (fijo)</translation>
    </message>
    <message>
        <source>clock %1 (event time)</source>
        <translation>reloj %1 (hora de los eventos)</translation>
    </message>
    <message>
        <source>%1 enters and exits</source>
        <translation>%1 entradas y salidas</translation>
    </message>
    <message>
        <source>%1 dead-lettered</source>
        <translation>%1 rechazados (dead letter)</translation>
    </message>
    <message>
        <source>%1 duplicates ignored</source>
        <translation>%1 duplicados ignorados</translation>
    </message>
    <message>
        <source>%1 of unknown customers</source>
        <translation>%1 de clientes desconocidos</translation>
    </message>
    <message>
        <source>last dead letter: %1</source>
        <translation>último rechazo: %1</translation>
    </message>
    <message>
        <source>The graph was edited after the replay started: the cards show the preview again. Start again to replay the edited graph.</source>
        <translation>El grafo se editó después de iniciar la reproducción: las tarjetas vuelven a mostrar la vista previa. Inicie de nuevo para reproducir el grafo editado.</translation>
    </message>
    <message>
        <source>&amp;Broker…</source>
        <translation>&amp;Broker…</translation>
    </message>
    <message>
        <source>A broker (Redis or RabbitMQ)</source>
        <translation>Un broker (Redis o RabbitMQ)</translation>
    </message>
    <message>
        <source>Replay the project's own events dataset in time order (the engine starts without them), a file of messages as segstudio-cli stream --from takes, or listen to a Redis stream or RabbitMQ queue (both start from the imported data)</source>
        <translation>Reproducir los eventos del proyecto en orden temporal (el motor arranca sin ellos), un archivo de mensajes como el que toma segstudio-cli stream --from, o escuchar un stream de Redis o una cola de RabbitMQ (ambos parten de los datos importados)</translation>
    </message>
    <message>
        <source>redis://host:6379/0?stream=…</source>
        <translation>redis://host:6379/0?stream=…</translation>
    </message>
    <message>
        <source>The broker to listen to (the password, if any, shown as ***); change it with Broker…</source>
        <translation>El broker que se escucha (la contraseña, si hay, como ***); cámbielo con Broker…</translation>
    </message>
    <message>
        <source>Choose the Redis stream or RabbitMQ queue to listen to, and test the connection</source>
        <translation>Elegir el stream de Redis o la cola de RabbitMQ que se escuchará, y probar la conexión</translation>
    </message>
    <message>
        <source>Today (UTC)</source>
        <translation>Hoy (UTC)</translation>
    </message>
    <message>
        <source>The day “within the last N days” windows count from: a fixed date (the graph's as-of gives the batch result), the latest event time seen (windows move as events arrive), or today in UTC (windows move at midnight, as for a broker in production)</source>
        <translation>El día desde el que cuentan las ventanas «en los últimos N días»: una fecha fija (la fecha de referencia del grafo da el resultado por lotes), la hora del último evento visto (las ventanas avanzan con los eventos) o hoy en UTC (las ventanas avanzan a medianoche, como con un broker en producción)</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Stopped listening to %1.</source>
        <translation>Se dejó de escuchar %1.</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 rechaza: %2</translation>
    </message>
    <message>
        <source>%1 is not reachable (%2)</source>
        <translation>%1 no es accesible (%2)</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>reintento en %n s</numerusform>
            <numerusform>reintento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation>reintentando ahora</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <source>lag: at least %1 waiting</source>
        <translation>retraso: al menos %1 en espera</translation>
    </message>
    <message>
        <source>lag: %1 waiting</source>
        <translation>retraso: %1 en espera</translation>
    </message>
    <message>
        <source>lag unknown (%1)</source>
        <translation>retraso desconocido (%1)</translation>
    </message>
    <message>
        <source>lag: measuring…</source>
        <translation>retraso: midiendo…</translation>
    </message>
    <message numerus="yes">
        <source>reconnected %n time(s)</source>
        <translation>
            <numerusform>reconectado %n vez</numerusform>
            <numerusform>reconectado %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Listens to the broker through the live engine: the cards' counts move as customers enter and leave segments. The dock acknowledges what it reads: use a consumer group or queue of its own.</source>
        <translation>Escucha el broker a través del motor en vivo: los recuentos de las tarjetas cambian cuando los clientes entran y salen de los segmentos. El panel confirma lo que lee: use un grupo de consumidores o una cola propios.</translation>
    </message>
    <message>
        <source>clock %1 (today, UTC)</source>
        <translation>reloj %1 (hoy, UTC)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more reason(s)</source>
        <translation>
            <numerusform>%n motivo más</numerusform>
            <numerusform>%n motivos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Dead letters by reason: %1</source>
        <translation>Rechazados por motivo: %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::LiveReplayController</name>
    <message>
        <source>A replay is already running; stop it first.</source>
        <translation>Ya hay una reproducción en curso; deténgala primero.</translation>
    </message>
    <message>
        <source>No data is loaded: import the customers (and events) first.</source>
        <translation>No hay datos cargados: importe primero los clientes (y los eventos).</translation>
    </message>
    <message>
        <source>The project has no events to replay: import an events file, or replay an NDJSON file.</source>
        <translation>El proyecto no tiene eventos que reproducir: importe un archivo de eventos o reproduzca un archivo NDJSON.</translation>
    </message>
    <message>
        <source>Choose the NDJSON file to replay.</source>
        <translation>Elija el archivo NDJSON que reproducir.</translation>
    </message>
</context>
<context>
    <name>seg::ui::MainWindow</name>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation>Iniciar un proyecto nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a segment graph (.segment.json)</source>
        <translation>Abrir un grafo de segmentos (.segment.json)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Guardar el proyecto con otro nombre</translation>
    </message>
    <message>
        <source>Import &amp;Customers…</source>
        <translation>Importar &amp;clientes…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import the customer table from a CSV file</source>
        <translation>Importar la tabla de clientes desde un archivo CSV</translation>
    </message>
    <message>
        <source>Import &amp;Events…</source>
        <translation>Importar &amp;eventos…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import an event log (purchases, visits…) from a CSV file</source>
        <translation>Importar un registro de eventos (compras, visitas…) desde un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Reload Data</source>
        <translation>Recargar &amp;datos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Import the project's data files again (after they changed on disk); a workspace records the new import</source>
        <translation>Importar de nuevo los archivos de datos del proyecto (tras cambiar en disco); un espacio de trabajo registra la nueva importación</translation>
    </message>
    <message>
        <source>&amp;Export Segments…</source>
        <translation>E&amp;xportar segmentos…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write segment members to CSV files for your campaign tool</source>
        <translation>Escribir los miembros de los segmentos en archivos CSV para su herramienta de campañas</translation>
    </message>
    <message>
        <source>Export S&amp;QL…</source>
        <translation>Exportar S&amp;QL…</translation>
    </message>
    <message>
        <source>Show the graph as SQL for SQLite or PostgreSQL, to copy or save</source>
        <translation>Mostrar el grafo como SQL para SQLite o PostgreSQL, para copiarlo o guardarlo</translation>
    </message>
    <message>
        <source>Run on SQL &amp;Engine…</source>
        <translation>Ejecutar en &amp;motor SQL…</translation>
    </message>
    <message>
        <source>Run the graph inside an SQL database where the data lives</source>
        <translation>Ejecutar el grafo dentro de la base de datos SQL donde residen los datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Segment Studio</source>
        <translation>Salir de Segment Studio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>E&amp;jecutar ahora</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Run the whole graph now</source>
        <translation>Ejecutar todo el grafo ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation>Shift+F5</translation>
    </message>
    <message>
        <source>Stop the run in progress</source>
        <translation>Detener la ejecución en curso</translation>
    </message>
    <message>
        <source>Run &amp;Automatically After Edits</source>
        <translation>Ejecutar &amp;automáticamente tras editar</translation>
    </message>
    <message>
        <source>Re-run the affected nodes in the background after every edit</source>
        <translation>Volver a ejecutar en segundo plano los nodos afectados tras cada edición</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About Segment Studio</source>
        <translation>&amp;Acerca de Segment Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Importing %p%</source>
        <translation>Importando %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the import; the data loaded before stays in use</source>
        <translation>Detener la importación; los datos cargados antes siguen en uso</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error de importación</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation>&lt;proyecto abierto&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>Import %1 as the customer table or as the event log?</source>
        <translation>¿Importar %1 como tabla de clientes o como registro de eventos?</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>No data loaded — File &gt; Import Customers</source>
        <translation>No hay datos cargados — Archivo &gt; Importar clientes</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source> · %1 events</source>
        <translation> · %1 eventos</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Sin ejecutar</translation>
    </message>
    <message>
        <source>Not run: see Problems</source>
        <translation>Sin ejecutar: consulte Problemas</translation>
    </message>
    <message>
        <source>Last run: %1 ms (%2, threads: %3)</source>
        <translation>Última ejecución: %1 ms (%2, hilos: %3)</translation>
    </message>
    <message>
        <source> · nodes that need attention: %1</source>
        <translation> · nodos que requieren atención: %1</translation>
    </message>
    <message>
        <source>About Segment Studio</source>
        <translation>Acerca de Segment Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segment Studio %1&lt;/h3&gt;&lt;p&gt;Design customer segments as a graph of rules, check their sizes and overlaps, and export member lists for your campaign tools.&lt;/p&gt;&lt;p&gt;The same graph file runs headless with &lt;code&gt;segstudio-cli&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %2, oneTBB, SQLite and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segment Studio %1&lt;/h3&gt;&lt;p&gt;Diseñe segmentos de clientes como un grafo de reglas, compruebe sus tamaños y solapamientos, y exporte listas de miembros para sus herramientas de campañas.&lt;/p&gt;&lt;p&gt;El mismo archivo de grafo se ejecuta sin interfaz con &lt;code&gt;segstudio-cli&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Creado con Qt %2, oneTBB, SQLite y QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1[*] — Segment Studio</source>
        <translation>%1[*] — Segment Studio</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them before going on?</source>
        <translation>El proyecto tiene cambios sin guardar. ¿Desea guardarlos antes de continuar?</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>No se pudo abrir %1:

%2</translation>
    </message>
    <message>
        <source>Project opened with problems</source>
        <translation>Proyecto abierto con problemas</translation>
    </message>
    <message>
        <source>The project was opened, but some nodes need attention:

%1</source>
        <translation>El proyecto se abrió, pero algunos nodos requieren atención:

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>campaign.segment.json</source>
        <translation>campaña.segment.json</translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>The project was not saved (the file on disk is unchanged):
%1</source>
        <translation>El proyecto no se guardó (el archivo en el disco no ha cambiado):
%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation>(no hay proyectos recientes)</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Importar eventos</translation>
    </message>
    <message>
        <source>Import the customers first: events are matched to customers by their key.</source>
        <translation>Importe primero los clientes: los eventos se asocian a los clientes por su clave.</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>A&amp;justar a la vista</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation>&amp;Organizar automáticamente</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nuevo desde &amp;plantilla…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Start from a ready graph (win-back, VIP, churn risk…) filled in with your data</source>
        <translation>Empezar con un grafo listo (recuperación, VIP, riesgo de abandono…) completado con sus datos</translation>
    </message>
    <message>
        <source>Compare &amp;Strategies</source>
        <translation>Comparar &amp;estrategias</translation>
    </message>
    <message>
        <source>Time the graph sequentially, in parallel and hybrid on the current data</source>
        <translation>Cronometrar el grafo en secuencial, en paralelo e híbrido sobre los datos actuales</translation>
    </message>
    <message>
        <source>New from template: %1</source>
        <translation>Nuevo desde plantilla: %1</translation>
    </message>
    <message>
        <source>Check the dates: %1</source>
        <translation>Revise las fechas: %1</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Replay Events &amp;Live…</source>
        <translation>Reproducir eventos en &amp;vivo…</translation>
    </message>
    <message>
        <source>Replay the project's events (or an NDJSON file) through the live engine and watch the segments change</source>
        <translation>Reproducir los eventos del proyecto (o un archivo NDJSON) en el motor en vivo y ver cómo cambian los segmentos</translation>
    </message>
    <message>
        <source>Export for a &amp;Platform…</source>
        <translation>Exportar para una &amp;plataforma…</translation>
    </message>
    <message>
        <source>Write segments ready to upload to Mailchimp, Klaviyo, Google, Meta or LinkedIn</source>
        <translation>Escribir segmentos listos para subir a Mailchimp, Klaviyo, Google, Meta o LinkedIn</translation>
    </message>
    <message>
        <source>Save &amp;Workspace…</source>
        <translation>Guardar espacio de &amp;trabajo…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Save the project with its data and run history in one .segstudio file</source>
        <translation>Guardar el proyecto con sus datos y el historial de ejecuciones en un archivo .segstudio</translation>
    </message>
    <message>
        <source>%1 is a workspace; a plain graph is not written over it. Use File &gt; Save Workspace, or choose another name.</source>
        <translation>%1 es un espacio de trabajo; no se sobrescribe con un grafo simple. Use Archivo &gt; Guardar espacio de trabajo o elija otro nombre.</translation>
    </message>
    <message>
        <source>Run History</source>
        <translation>Historial de ejecuciones</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Opened %1 (upgraded; the old file is kept as %2)</source>
        <translation>%1 abierto (actualizado; el archivo anterior se conserva como %2)</translation>
    </message>
    <message>
        <source>campaign.segstudio</source>
        <translation>campana.segstudio</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Guardar espacio de trabajo</translation>
    </message>
    <message>
        <source>Segment Studio workspaces (*.segstudio)</source>
        <translation>Espacios de trabajo de Segment Studio (*.segstudio)</translation>
    </message>
    <message>
        <source>A workspace is being saved; wait until it is done.</source>
        <translation>Se está guardando un espacio de trabajo; espere a que termine.</translation>
    </message>
    <message>
        <source>A workspace keeps the project's data: import the customers first (or wait for the import).</source>
        <translation>Un espacio de trabajo guarda los datos del proyecto: importe primero los clientes (o espere a que termine la importación).</translation>
    </message>
    <message>
        <source>%1 is not a workspace (a graph or another file); it is not overwritten. Choose a .segstudio name.</source>
        <translation>%1 no es un espacio de trabajo (un grafo u otro archivo); no se sobrescribe. Elija un nombre .segstudio.</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>No se puede guardar el espacio de trabajo</translation>
    </message>
    <message>
        <source>Saving workspace %1…</source>
        <translation>Guardando el espacio de trabajo %1…</translation>
    </message>
    <message>
        <source>The workspace was not saved (the file on disk is unchanged):
%1</source>
        <translation>El espacio de trabajo no se guardó (el archivo en disco no ha cambiado):
%1</translation>
    </message>
    <message>
        <source>Saved workspace %1</source>
        <translation>Espacio de trabajo %1 guardado</translation>
    </message>
    <message>
        <source> · data drift: %1</source>
        <translation> · deriva de datos: %1</translation>
    </message>
    <message>
        <source>Run %1 recorded in the workspace history</source>
        <translation>Ejecución %1 registrada en el historial del espacio de trabajo</translation>
    </message>
    <message>
        <source>Run not recorded: %1</source>
        <translation>Ejecución no registrada: %1</translation>
    </message>
    <message>
        <source>Listen to a &amp;Broker…</source>
        <translation>Escuchar un &amp;broker…</translation>
    </message>
    <message>
        <source>Listen to a Redis stream or RabbitMQ queue through the live engine: counts, lag and connection problems in the Live dock</source>
        <translation>Escuchar un stream de Redis o una cola de RabbitMQ a través del motor en vivo: recuentos, retraso y problemas de conexión en el panel En vivo</translation>
    </message>
    <message>
        <source>The workspace's import records cannot be read: %1</source>
        <translation>No se pueden leer los registros de importación del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Reload Data</source>
        <translation>Recargar datos</translation>
    </message>
    <message>
        <source>Writing the reloaded data into %1…</source>
        <translation>Escribiendo los datos recargados en %1…</translation>
    </message>
    <message>
        <source>The reloaded data was not written into the workspace (the file on disk is unchanged):
%1</source>
        <translation>Los datos recargados no se escribieron en el espacio de trabajo (el archivo en disco no ha cambiado):
%1</translation>
    </message>
    <message>
        <source>Reloaded the data into workspace %1</source>
        <translation>Datos recargados en el espacio de trabajo %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::MemberSampleView</name>
    <message>
        <source> rows</source>
        <translation> filas</translation>
    </message>
    <message>
        <source>How many members to show (the first ones in customer-key order)</source>
        <translation>Cuántos miembros mostrar (los primeros en orden de clave de cliente)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose the customer and derived columns to show</source>
        <translation>Elija las columnas de cliente y derivadas que se muestran</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Select a rule or segment on the canvas to see its members.</source>
        <translation>Seleccione una regla o un segmento en el lienzo para ver sus miembros.</translation>
    </message>
    <message>
        <source>No members to show yet.</source>
        <translation>Aún no hay miembros que mostrar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 members, showing the first %3 by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 miembros; se muestran los primeros %3 por %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: finding the first members…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: buscando los primeros miembros…</translation>
    </message>
    <message>
        <source>Why Is This Customer Here?</source>
        <translation>¿Por qué está aquí este cliente?</translation>
    </message>
    <message>
        <source>Show the rules that put this customer in the segment, node by node</source>
        <translation>Mostrar las reglas que ponen a este cliente en el segmento, nodo a nodo</translation>
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
        <translation>Vista general del grafo: haga clic o arrastre para mover la vista</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeEditorWidget</name>
    <message>
        <source>Canvas</source>
        <translation>Lienzo</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in on the canvas</source>
        <translation>Acercar el lienzo</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation>Alejar el lienzo</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>Mostrar todo el grafo</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Organización automática</translation>
    </message>
    <message>
        <source>Arrange the nodes in columns by dependency (can be undone)</source>
        <translation>Ordenar los nodos en columnas según sus dependencias (se puede deshacer)</translation>
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
        <translation>ninguna todavía: arrastre desde el puerto de salida de otro nodo hasta este nodo</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambiar %1 de %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeItem</name>
    <message>
        <source>Column “%1”</source>
        <translation>Columna “%1”</translation>
    </message>
    <message>
        <source>– customers</source>
        <translation>– clientes</translation>
    </message>
    <message>
        <source>%L1 customers</source>
        <translation>%L1 clientes</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Aún sin ejecutar</translation>
    </message>
    <message>
        <source>Up to date (cached)</source>
        <translation>Actualizado (en caché)</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation>Desactualizado</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>No válido: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Last run: %1 ms</source>
        <translation>Última ejecución: %1 ms</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conservar</translation>
    </message>
    <message>
        <source>minus</source>
        <translation>restar</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>&lt;0.1 ms</source>
        <translation>&lt;0.1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Alertas:</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodePalette</name>
    <message>
        <source>Drag a node type onto the canvas, or double-click it to add it in the middle.</source>
        <translation>Arrastre un tipo de nodo al lienzo o haga doble clic en él para añadirlo en el centro.</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeScene</name>
    <message>
        <source>Delete selection</source>
        <translation>Eliminar selección</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>Se copió %n nodo.</numerusform>
            <numerusform>Se copiaron %n nodos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot connect “%1” to “%2”: %3</source>
        <translation>No se puede conectar «%1» con «%2»: %3</translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeView</name>
    <message>
        <source>Drag from a node's right port to another node to connect them. Wheel: zoom, middle button or Space+drag: pan, Delete: remove the selection.</source>
        <translation>Arrastre desde el puerto derecho de un nodo hasta otro nodo para conectarlos. Rueda: zoom; botón central o Espacio+arrastrar: desplazar; Supr: eliminar la selección.</translation>
    </message>
    <message>
        <source>Drag a node type from the palette onto the canvas to start.
Connect nodes by dragging from a node's right-hand port to another node.</source>
        <translation>Arrastre un tipo de nodo desde la paleta al lienzo para empezar.
Conecte los nodos arrastrando desde el puerto derecho de un nodo hasta otro nodo.</translation>
    </message>
    <message>
        <source>Delete Connection</source>
        <translation>Eliminar la conexión</translation>
    </message>
    <message>
        <source>Add Node Here</source>
        <translation>Añadir un nodo aquí</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Disposición automática</translation>
    </message>
    <message>
        <source>Fit to View</source>
        <translation>Ajustar a la vista</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n node(s)</source>
        <translation>
            <numerusform>Duplicar %n nodo</numerusform>
            <numerusform>Duplicar %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Eliminar %n nodo</numerusform>
            <numerusform>Eliminar %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect Inputs</source>
        <translation>Desconectar las entradas</translation>
    </message>
    <message>
        <source>Show Members</source>
        <translation>Mostrar los miembros</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Only segments are exported: connect this node to a segment first.</source>
        <translation>Solo se exportan segmentos: conecte primero este nodo a un segmento.</translation>
    </message>
    <message>
        <source>Add and connect to “%1”</source>
        <translation>Añadir y conectar a «%1»</translation>
    </message>
    <message>
        <source>Add %1 connected to %2</source>
        <translation>Añadir %1 conectado a %2</translation>
    </message>
    <message>
        <source>Cannot connect “%1” to the new node: %2</source>
        <translation>No se puede conectar «%1» al nodo nuevo: %2</translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation>Cambiar el nombre del nodo</translation>
    </message>
    <message>
        <source>Label shown on the card of “%1” (empty: none):</source>
        <translation>Etiqueta en la tarjeta de «%1» (vacía: ninguna):</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Cambiar el nombre de %1</translation>
    </message>
    <message>
        <source>Disconnect the inputs of %1</source>
        <translation>Desconectar las entradas de %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::OverlapModel</name>
    <message>
        <source>%1: %2 members. Click to list them.</source>
        <translation>%1: %2 miembros. Haga clic para listarlos.</translation>
    </message>
    <message>
        <source>In both %1 and %2: %3 members
%4 % of %1, %5 % of %2
Jaccard index: %6
Click to list them.</source>
        <translation>En %1 y en %2: %3 miembros
%4 % de %1, %5 % de %2
Índice de Jaccard: %6
Haga clic para listarlos.</translation>
    </message>
    <message>
        <source>Segment %1 (node %2): %3 members</source>
        <translation>Segmento %1 (nodo %2): %3 miembros</translation>
    </message>
</context>
<context>
    <name>seg::ui::OverlapView</name>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Jaccard index</source>
        <translation>Índice de Jaccard</translation>
    </message>
    <message>
        <source>Click a cell to see who is in both segments.</source>
        <translation>Haga clic en una celda para ver quién está en ambos segmentos.</translation>
    </message>
    <message>
        <source>Number of customers in both segments</source>
        <translation>Número de clientes en ambos segmentos</translation>
    </message>
    <message>
        <source>Similarity of two segments: members in both divided by members in either (0 to 1)</source>
        <translation>Similitud de dos segmentos: miembros en ambos divididos entre miembros en cualquiera de ellos (de 0 a 1)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Members shared by each pair of segments</source>
        <translation>Miembros compartidos por cada par de segmentos</translation>
    </message>
</context>
<context>
    <name>seg::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>The language of menus and dialogs; takes effect when Segment Studio starts again</source>
        <translation>El idioma de los menús y cuadros de diálogo; se aplica cuando Segment Studio se vuelve a iniciar</translation>
    </message>
    <message>
        <source>How the preview runs the graph; auto picks the fastest for the data size</source>
        <translation>Cómo ejecuta el grafo la vista previa; la automática elige la más rápida según el tamaño de los datos</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todos (%1)</translation>
    </message>
    <message>
        <source>Worker threads for runs; 0 uses every core</source>
        <translation>Hilos de trabajo para las ejecuciones; 0 usa todos los núcleos</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language changes apply after a restart.</source>
        <translation>Los cambios de idioma se aplican tras reiniciar.</translation>
    </message>
    <message>
        <source>Run &amp;strategy:</source>
        <translation>E&amp;strategia de ejecución:</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>&amp;Hilos:</translation>
    </message>
</context>
<context>
    <name>seg::ui::PreviewPanel</name>
    <message>
        <source>Sizes</source>
        <translation>Tamaños</translation>
    </message>
    <message>
        <source>Members per segment</source>
        <translation>Miembros por segmento</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Solapamiento</translation>
    </message>
    <message>
        <source>Customers shared by pairs of segments</source>
        <translation>Clientes compartidos por pares de segmentos</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>A sample of the members of the selected node</source>
        <translation>Una muestra de los miembros del nodo seleccionado</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histograma</translation>
    </message>
    <message>
        <source>A column's distribution inside the selected node versus all customers</source>
        <translation>La distribución de una columna en el nodo seleccionado frente a todos los clientes</translation>
    </message>
    <message>
        <source>Import customers to see the preview.</source>
        <translation>Importe clientes para ver la vista previa.</translation>
    </message>
    <message>
        <source>The preview run failed: %1</source>
        <translation>Error en la ejecución de la vista previa: %1</translation>
    </message>
    <message>
        <source>Nothing to preview yet: add rules and connect them to a segment.</source>
        <translation>Aún no hay nada que previsualizar: añada reglas y conéctelas a un segmento.</translation>
    </message>
    <message>
        <source>The segments of this cell have no result in the last run.</source>
        <translation>Los segmentos de esta celda no tienen resultado en la última ejecución.</translation>
    </message>
    <message>
        <source>In both %1 and %2</source>
        <translation>En %1 y en %2</translation>
    </message>
    <message>
        <source>Select a rule or segment on the canvas (or click a cell of the overlap matrix) to see its members.</source>
        <translation>Seleccione una regla o un segmento en el lienzo (o haga clic en una celda de la matriz de solapamiento) para ver sus miembros.</translation>
    </message>
    <message>
        <source>Node %1 did not run: %2</source>
        <translation>El nodo %1 no se ejecutó: %2</translation>
    </message>
    <message>
        <source>%1 makes the column '%2', not a set of customers: pick it as a column of another node's members.</source>
        <translation>%1 crea la columna '%2', no un conjunto de clientes: elíjala como columna de los miembros de otro nodo.</translation>
    </message>
    <message>
        <source>%1 has no result yet; it runs after the next edit settles.</source>
        <translation>%1 aún no tiene resultado; se ejecutará cuando termine la próxima edición.</translation>
    </message>
</context>
<context>
    <name>seg::ui::PriorityForm</name>
    <message>
        <source>Each customer goes to the first input (from the top) that contains them</source>
        <translation>Cada cliente va a la primera entrada (desde arriba) que lo contiene</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Give the selected input a higher priority</source>
        <translation>Dar más prioridad a la entrada seleccionada</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Give the selected input a lower priority</source>
        <translation>Dar menos prioridad a la entrada seleccionada</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Connect more inputs on the canvas. Each input becomes an output port with the customers it wins.</source>
        <translation>Conecte más entradas en el lienzo. Cada entrada se convierte en un puerto de salida con los clientes que gana.</translation>
    </message>
    <message>
        <source>input order</source>
        <translation>orden de las entradas</translation>
    </message>
</context>
<context>
    <name>seg::ui::ProblemsPanel</name>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Sin ejecutar</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Double-click a row to select its node; right-click for its fix</source>
        <translation>Doble clic en una fila selecciona su nodo; clic derecho para su corrección</translation>
    </message>
    <message>
        <source>Apply this fix (Ctrl+Z undoes it)</source>
        <translation>Aplicar esta corrección (Ctrl+Z la deshace)</translation>
    </message>
    <message>
        <source>Select node</source>
        <translation>Seleccionar nodo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>Node id: %1</source>
        <translation>Id. del nodo: %1</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
</context>
<context>
    <name>seg::ui::PropertiesPanel</name>
    <message>
        <source>The node's id in the graph file; other nodes refer to it by this id</source>
        <translation>El ID del nodo en el archivo de grafo; otros nodos hacen referencia a él mediante este ID</translation>
    </message>
    <message>
        <source>A display name shown on the canvas (optional)</source>
        <translation>Un nombre visible que se muestra en el lienzo (opcional)</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Cambiar nombre de %1</translation>
    </message>
    <message>
        <source>optional display name</source>
        <translation>nombre visible opcional</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Graph settings</source>
        <translation>Configuración del grafo</translation>
    </message>
    <message>
        <source>%1 nodes are selected; this is the last one clicked.</source>
        <translation>Hay %1 nodos seleccionados; este es el último en el que se hizo clic.</translation>
    </message>
</context>
<context>
    <name>seg::ui::RecoveryStore</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>no se puede crear la carpeta de recuperación %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
</context>
<context>
    <name>seg::ui::RuleText</name>
    <message>
        <source>(empty text)</source>
        <translation>(texto vacío)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(sin valor)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>(no values)</source>
        <translation>(sin valores)</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 es %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 no es %2</translation>
    </message>
    <message>
        <source>%1 between %2 and %3</source>
        <translation>%1 entre %2 y %3</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <translation>%1 es uno de %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 no es ninguno de %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 has a value</source>
        <translation>%1 tiene un valor</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 contiene %2</translation>
    </message>
    <message>
        <source>%1 starts with %2</source>
        <translation>%1 empieza por %2</translation>
    </message>
    <message>
        <source>%1 ends with %2</source>
        <translation>%1 termina en %2</translation>
    </message>
    <message>
        <source>%1 is true</source>
        <translation>%1 es verdadero</translation>
    </message>
    <message>
        <source>%1 is false</source>
        <translation>%1 es falso</translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %n day(s)</source>
        <translation>
            <numerusform>%1 en el último %n día</numerusform>
            <numerusform>%1 en los últimos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more than %n day(s) ago</source>
        <translation>
            <numerusform>%1 hace más de %n día</numerusform>
            <numerusform>%1 hace más de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (ignore case)</source>
        <translation>%1 (sin distinguir mayúsculas)</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>ningún %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 exactly %n time(s)</source>
        <translation>
            <numerusform>%1 exactamente %n vez</numerusform>
            <numerusform>%1 exactamente %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fewer than %n time(s)</source>
        <translation>
            <numerusform>%1 menos de %n vez</numerusform>
            <numerusform>%1 menos de %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at most %n time(s)</source>
        <translation>
            <numerusform>%1 como máximo %n vez</numerusform>
            <numerusform>%1 como máximo %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more than %n time(s)</source>
        <translation>
            <numerusform>%1 más de %n vez</numerusform>
            <numerusform>%1 más de %n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at least %n time(s)</source>
        <translation>
            <numerusform>%1 al menos %n vez</numerusform>
            <numerusform>%1 al menos %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 between %2 and %3 times</source>
        <translation>%1 entre %2 y %3 veces</translation>
    </message>
    <message>
        <source>count of %1</source>
        <translation>número de %1</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>todos los eventos</translation>
    </message>
    <message>
        <source>sum of %1</source>
        <translation>suma de %1</translation>
    </message>
    <message>
        <source>minimum of %1</source>
        <translation>mínimo de %1</translation>
    </message>
    <message>
        <source>maximum of %1</source>
        <translation>máximo de %1</translation>
    </message>
    <message>
        <source>average of %1</source>
        <translation>promedio de %1</translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>any event</source>
        <translation>cualquier evento</translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>en el último %n día</numerusform>
            <numerusform>en los últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>output of %1</source>
        <translation>resultado de %1</translation>
    </message>
    <message>
        <source>%1, expected %2 to %3</source>
        <translation>%1, se esperan de %2 a %3</translation>
    </message>
    <message>
        <source>%1, expected at least %2</source>
        <translation>%1, se esperan al menos %2</translation>
    </message>
    <message>
        <source>%1, expected at most %2</source>
        <translation>%1, se esperan como máximo %2</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(sin columna)</translation>
    </message>
    <message>
        <source>top %1 by %2</source>
        <translation>los %1 primeros por %2</translation>
    </message>
    <message>
        <source>top %1 % by %2</source>
        <translation>el %1 % superior por %2</translation>
    </message>
    <message>
        <source>%1 (lowest first)</source>
        <translation>%1 (los más bajos primero)</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>(no parts)</source>
        <translation>(sin partes)</translation>
    </message>
    <message>
        <source>(no formula)</source>
        <translation>(sin fórmula)</translation>
    </message>
    <message>
        <source>%1 except %2</source>
        <translation>%1 excepto %2</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>no %1</translation>
    </message>
    <message>
        <source>first of %1</source>
        <translation>primero de %1</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunHistoryChart</name>
    <message>
        <source>members</source>
        <translation>miembros</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunHistoryPanel</name>
    <message>
        <source>first run</source>
        <translation>primera ejecución</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>añadido: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>eliminado: %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>cambiado: %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Graph changes</source>
        <translation>Cambios en el grafo</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>No se puede leer el historial: %1</translation>
    </message>
    <message>
        <source>Run history is kept in workspaces: File &gt; Save Workspace, then Run &gt; Run Now.</source>
        <translation>El historial de ejecuciones se guarda en los espacios de trabajo: Archivo &gt; Guardar espacio de trabajo y luego Ejecutar &gt; Ejecutar ahora.</translation>
    </message>
    <message>
        <source>Select a segment to see its history.</source>
        <translation>Seleccione un segmento para ver su historial.</translation>
    </message>
    <message>
        <source>%1: no recorded runs yet (Run &gt; Run Now records one).</source>
        <translation>%1: aún no hay ejecuciones registradas (Ejecutar &gt; Ejecutar ahora registra una).</translation>
    </message>
    <message>
        <source>%1: %2 members in run %3 (%4 UTC)</source>
        <translation>%1: %2 miembros en la ejecución %3 (%4 UTC)</translation>
    </message>
    <message>
        <source>, %1 since the run before</source>
        <translation>, %1 desde la ejecución anterior</translation>
    </message>
    <message>
        <source>Who Entered and Left…</source>
        <translation>Quién entró y salió…</translation>
    </message>
    <message>
        <source>A segment whose size differs from the median of its recent runs by more than this gets an alert. Kept in the workspace; segstudio-cli uses the same setting.</source>
        <translation>Un segmento cuyo tamaño difiere de la mediana de sus últimas ejecuciones en más de este valor recibe una alerta. Se guarda en el espacio de trabajo; segstudio-cli usa la misma configuración.</translation>
    </message>
    <message>
        <source>Alert when the size moves more than</source>
        <translation>Alertar cuando el tamaño varíe más de</translation>
    </message>
    <message>
        <source>Alerts now at ±%1 %</source>
        <translation>Alertas ahora a ±%1 %</translation>
    </message>
    <message>
        <source>The threshold was not saved: %1</source>
        <translation>No se guardó el umbral: %1</translation>
    </message>
    <message>
        <source>Pick two runs in the list (or one, to compare with now or the latest run) and see who entered and who left the segment</source>
        <translation>Elija dos ejecuciones de la lista (o una, para comparar con ahora o la última) y vea quién entró en el segmento y quién salió</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunOnEngineDialog</name>
    <message>
        <source>Load the current data into the engine first</source>
        <translation>Cargar primero los datos actuales en el motor</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Run on SQL Engine</source>
        <translation>Ejecutar en motor SQL</translation>
    </message>
    <message>
        <source>sqlite:path/to/file.db, or postgres://user@host:port/db?table=customers&amp;events=events</source>
        <translation>sqlite:path/to/file.db, o postgres://user@host:port/db?table=customers&amp;events=events</translation>
    </message>
    <message>
        <source>Used for this connection only; never saved</source>
        <translation>Solo se usa para esta conexión; nunca se guarda</translation>
    </message>
    <message>
        <source>Replaces the engine's tables with the data loaded here (customers and events)</source>
        <translation>Reemplaza las tablas del motor por los datos cargados aquí (clientes y eventos)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Remote time (ms)</source>
        <translation>Tiempo remoto (ms)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Engine URL:</source>
        <translation>&amp;URL del motor:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Enter the engine's URL.</source>
        <translation>Introduzca la URL del motor.</translation>
    </message>
    <message>
        <source>There is no data loaded here to load into the engine.</source>
        <translation>Aquí no hay datos cargados que cargar en el motor.</translation>
    </message>
    <message>
        <source>Loading the data, then running…</source>
        <translation>Cargando los datos y luego ejecutando…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Ran %1 remote queries in %2 ms.</source>
        <translation>Se ejecutaron %1 consultas remotas en %2 ms.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentForm</name>
    <message>
        <source>The segment's name in reports and exports</source>
        <translation>El nombre del segmento en informes y exportaciones</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>What the segment is for (applied when you leave the field)</source>
        <translation>Para qué sirve el segmento (se aplica al salir del campo)</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>Warn when the segment has fewer customers (empty: no lower limit)</source>
        <translation>Avisar cuando el segmento tenga menos clientes (vacío: sin límite inferior)</translation>
    </message>
    <message>
        <source>minimum size</source>
        <translation>tamaño mínimo</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>sin mínimo</translation>
    </message>
    <message>
        <source>Warn when the segment has more customers (empty: no upper limit)</source>
        <translation>Avisar cuando el segmento tenga más clientes (vacío: sin límite superior)</translation>
    </message>
    <message>
        <source>maximum size</source>
        <translation>tamaño máximo</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>sin máximo</translation>
    </message>
    <message>
        <source>Columns written when the segment is exported (none ticked: the key column only)</source>
        <translation>Columnas que se escriben al exportar el segmento (ninguna marcada: solo la columna clave)</translation>
    </message>
    <message>
        <source>export columns</source>
        <translation>columnas de exportación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Expected at least</source>
        <translation>Se esperan al menos</translation>
    </message>
    <message>
        <source>Expected at most</source>
        <translation>Se esperan como máximo</translation>
    </message>
    <message>
        <source>Export columns</source>
        <translation>Columnas de exportación</translation>
    </message>
    <message>
        <source>An empty segment, or one outside the expected size, shows a warning after each run.</source>
        <translation>Un segmento vacío, o uno fuera del tamaño esperado, muestra una advertencia tras cada ejecución.</translation>
    </message>
    <message>
        <source>Not in the loaded data</source>
        <translation>No está en los datos cargados</translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentSizeChart</name>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Segment with a warning</source>
        <translation>Segmento con advertencia</translation>
    </message>
    <message>
        <source>Members per segment in the last preview run; amber bars have warnings (size outside the expected range)</source>
        <translation>Miembros por segmento en la última ejecución de la vista previa; las barras ámbar tienen advertencias (tamaño fuera del rango esperado)</translation>
    </message>
    <message>
        <source>Import customers and add a segment to see segment sizes.</source>
        <translation>Importe clientes y añada un segmento para ver los tamaños de los segmentos.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>No segment has a result yet. Connect a rule to a segment node.</source>
        <translation>Ningún segmento tiene resultado todavía. Conecte una regla a un nodo de segmento.</translation>
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
        <translation>Intercambiar entradas</translation>
    </message>
    <message>
        <source>Exchange which input is kept and which is taken away</source>
        <translation>Intercambiar qué entrada se conserva y cuál se resta</translation>
    </message>
    <message>
        <source>input order</source>
        <translation>orden de las entradas</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message numerus="yes">
        <source>Needs at least %n input(s).</source>
        <translation>
            <numerusform>Necesita al menos %n entrada.</numerusform>
            <numerusform>Necesita al menos %n entradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitForm</name>
    <message>
        <source>Any text: the same seed always gives the same groups</source>
        <translation>Cualquier texto: la misma semilla siempre da los mismos grupos</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Group names become the node's output ports; percents must add up to 100</source>
        <translation>Los nombres de los grupos se convierten en los puertos de salida del nodo; los porcentajes deben sumar 100</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <source>Add another group (its percent starts at 0: take some from the others)</source>
        <translation>Añadir otro grupo (su porcentaje empieza en 0: tome una parte de los demás)</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>grupos</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Quitar grupo</translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation>Quitar el grupo seleccionado</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Every group needs a name.</source>
        <translation>Todos los grupos necesitan un nombre.</translation>
    </message>
    <message>
        <source>Group names must differ ('%1' is used twice).</source>
        <translation>Los nombres de los grupos deben ser distintos ('%1' se usa dos veces).</translation>
    </message>
    <message>
        <source>Group '%1' needs a percent above 0.</source>
        <translation>El grupo '%1' necesita un porcentaje mayor que 0.</translation>
    </message>
    <message>
        <source>The percents add up to %1%; they must add up to 100%.</source>
        <translation>Los porcentajes suman %1%; deben sumar 100%.</translation>
    </message>
    <message>
        <source>Add at least one group.</source>
        <translation>Añada al menos un grupo.</translation>
    </message>
</context>
<context>
    <name>seg::ui::SqlExportDialog</name>
    <message>
        <source>Export SQL</source>
        <translation>Exportar SQL</translation>
    </message>
    <message>
        <source>The SQL engine the query is written for</source>
        <translation>El motor SQL para el que se escribe la consulta</translation>
    </message>
    <message>
        <source>The engine's table that holds the customers</source>
        <translation>La tabla del motor que contiene los clientes</translation>
    </message>
    <message>
        <source>The engine's table that holds the events</source>
        <translation>La tabla del motor que contiene los eventos</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialecto:</translation>
    </message>
    <message>
        <source>&amp;Customers table:</source>
        <translation>Tabla de &amp;clientes:</translation>
    </message>
    <message>
        <source>&amp;Events table:</source>
        <translation>Tabla de &amp;eventos:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the SQL to the clipboard</source>
        <translation>Copiar el SQL al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the SQL to a .sql file</source>
        <translation>Guardar el SQL en un archivo .sql</translation>
    </message>
    <message>
        <source>Import the customers first: the SQL is typed by the data's columns.</source>
        <translation>Importe primero los clientes: los tipos del SQL dependen de las columnas de los datos.</translation>
    </message>
    <message>
        <source>Unknown dialect.</source>
        <translation>Dialecto desconocido.</translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation>Guardar SQL</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>Archivos SQL (*.sql)</translation>
    </message>
</context>
<context>
    <name>seg::ui::StrategyCompareView</name>
    <message>
        <source>Sequential</source>
        <translation>Secuencial</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Paralela</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Compare strategies</source>
        <translation>Comparar estrategias</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Run the graph sequentially, in parallel and hybrid on the current data (without the result cache) and compare the times</source>
        <translation>Ejecutar el grafo de forma secuencial, paralela e híbrida con los datos actuales (sin la caché de resultados) y comparar los tiempos</translation>
    </message>
    <message>
        <source>Stop the comparison</source>
        <translation>Detener la comparación</translation>
    </message>
    <message>
        <source> runs each</source>
        <translation> ejecuciones cada una</translation>
    </message>
    <message>
        <source>Each strategy runs this often; the median time is shown</source>
        <translation>Número de veces que se ejecuta cada estrategia; se muestra el tiempo mediano</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Tiempo mediano</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Aceleración</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>Sequential time divided by this strategy's time</source>
        <translation>Tiempo secuencial dividido entre el tiempo de esta estrategia</translation>
    </message>
    <message>
        <source>Compare how long the three strategies take on the current data.</source>
        <translation>Compare cuánto tardan las tres estrategias con los datos actuales.</translation>
    </message>
    <message>
        <source>Import customers first: the comparison runs on the current data.</source>
        <translation>Importe primero los clientes: la comparación se ejecuta con los datos actuales.</translation>
    </message>
    <message numerus="yes">
        <source>Running each strategy %n time(s)…</source>
        <translation>
            <numerusform>Ejecutando cada estrategia %n vez…</numerusform>
            <numerusform>Ejecutando cada estrategia %n veces…</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Comparación cancelada.</translation>
    </message>
    <message>
        <source>The graph cannot run: %1</source>
        <translation>El grafo no se puede ejecutar: %1</translation>
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
        <translation>Mediana de milisegundos por ejecución</translation>
    </message>
    <message>
        <source>All three strategies found the same members for every segment.</source>
        <translation>Las tres estrategias encontraron los mismos miembros para todos los segmentos.</translation>
    </message>
    <message>
        <source>&lt;span style='color:#d9482b'&gt;The strategies disagree on segment sizes: please report this graph.&lt;/span&gt;</source>
        <translation>&lt;span style='color:#d9482b'&gt;Las estrategias no coinciden en los tamaños de los segmentos: informe de este grafo.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>seg::ui::TemplateDialog</name>
    <message>
        <source>any column</source>
        <translation>cualquier columna</translation>
    </message>
    <message>
        <source>a number column</source>
        <translation>una columna numérica</translation>
    </message>
    <message>
        <source>a date column</source>
        <translation>una columna de fechas</translation>
    </message>
    <message>
        <source>a text column</source>
        <translation>una columna de texto</translation>
    </message>
    <message>
        <source>New from Template</source>
        <translation>Nuevo desde plantilla</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which of your data plays each part:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qué datos suyos cumplen cada papel:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create Graph</source>
        <translation>Crear grafo</translation>
    </message>
    <message>
        <source>%1 (%2 events)</source>
        <translation>%1 (%2 eventos)</translation>
    </message>
    <message>
        <source>The event type in your events that means this</source>
        <translation>El tipo de evento de sus eventos que significa esto</translation>
    </message>
    <message>
        <source>Needs %1 of your data</source>
        <translation>Necesita %1 de sus datos</translation>
    </message>
    <message>
        <source>Import your customers first (File &gt; Import Customers): a template is filled in with the columns of your data.</source>
        <translation>Importe primero sus clientes (Archivo &gt; Importar clientes): una plantilla se completa con las columnas de sus datos.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>Elija una plantilla.</translation>
    </message>
    <message>
        <source>This template looks at what customers did: import your events first (File &gt; Import Events).</source>
        <translation>Esta plantilla mira lo que hicieron los clientes: importe primero sus eventos (Archivo &gt; Importar eventos).</translation>
    </message>
    <message>
        <source>The graph replaces the canvas; your data stays loaded. Numbers such as 120 days or 10 % are starting points: change them on the canvas.</source>
        <translation>El grafo reemplaza el lienzo; sus datos siguen cargados. Números como 120 días o 10 % son puntos de partida: cámbielos en el lienzo.</translation>
    </message>
    <message>
        <source>Dates are counted back from %1, the last day in your data.</source>
        <translation>Las fechas se cuentan hacia atrás desde el %1, el último día de sus datos.</translation>
    </message>
</context>
<context>
    <name>seg::ui::TimingPanel</name>
    <message>
        <source>Last preview run</source>
        <translation>Última ejecución de la vista previa</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Aún no hay ejecuciones.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 ms&lt;/b&gt; in total · %2 on %n thread(s) · %3 nodes, %4 from the cache</source>
        <translation>
            <numerusform>&lt;b&gt;%1 ms&lt;/b&gt; en total · %2 con %n hilo · %3 nodos, %4 de la caché</numerusform>
            <numerusform>&lt;b&gt;%1 ms&lt;/b&gt; en total · %2 con %n hilos · %3 nodos, %4 de la caché</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare strategies</source>
        <translation>Comparar estrategias</translation>
    </message>
    <message>
        <source>How long sequential, parallel and hybrid take on the current data</source>
        <translation>Cuánto tardan secuencial, paralelo e híbrido sobre los datos actuales</translation>
    </message>
</context>
<context>
    <name>seg::ui::TopForm</name>
    <message>
        <source>The column customers are ranked by</source>
        <translation>La columna por la que se clasifica a los clientes</translation>
    </message>
    <message>
        <source>ranking column</source>
        <translation>columna de clasificación</translation>
    </message>
    <message>
        <source>Top percent</source>
        <translation>Porcentaje superior</translation>
    </message>
    <message>
        <source>Top count</source>
        <translation>Número superior</translation>
    </message>
    <message>
        <source>Keep a share of the ranked customers, or a fixed number</source>
        <translation>Conservar una proporción de los clientes clasificados o un número fijo</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>corte</translation>
    </message>
    <message>
        <source>Share of the ranked customers kept (rounded up)</source>
        <translation>Proporción de clientes clasificados que se conserva (redondeada hacia arriba)</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>Number of customers kept</source>
        <translation>Número de clientes que se conservan</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Highest first</source>
        <translation>Los más altos primero</translation>
    </message>
    <message>
        <source>Lowest first</source>
        <translation>Los más bajos primero</translation>
    </message>
    <message>
        <source>Which end of the ranking is kept; ties go to the smaller customer key</source>
        <translation>Qué extremo de la clasificación se conserva; los empates se resuelven a favor de la clave de cliente menor</translation>
    </message>
    <message>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation>Clasificar por</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Customers without a value in the column are never kept.</source>
        <translation>Los clientes sin valor en la columna nunca se conservan.</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValueHints</name>
    <message>
        <source>Pick…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose from the values in the data (with how many customers have each)</source>
        <translation>Elegir entre los valores de los datos (con cuántos clientes tiene cada uno)</translation>
    </message>
    <message>
        <source>How the column's values are spread; the red line is the value you compare with</source>
        <translation>Cómo se reparten los valores de la columna; la línea roja es el valor con el que compara</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 value in the data: %1</source>
        <translation>1 valor en los datos: %1</translation>
    </message>
    <message>
        <source>%1 values in the data: %2</source>
        <translation>%1 valores en los datos: %2</translation>
    </message>
    <message>
        <source>In the data: %1 … %2</source>
        <translation>En los datos: %1 … %2</translation>
    </message>
    <message>
        <source>No values in the data</source>
        <translation>Ningún valor en los datos</translation>
    </message>
    <message>
        <source> · %1 empty</source>
        <translation> · %1 vacíos</translation>
    </message>
</context>
<context>
    <name>seg::ui::ValuePickerPopup</name>
    <message>
        <source>Search values</source>
        <translation>Buscar valores</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>The %1 most frequent of %2 values</source>
        <translation>Los %1 más frecuentes de %2 valores</translation>
    </message>
    <message>
        <source>Use the checked values</source>
        <translation>Usar los valores marcados</translation>
    </message>
</context>
<context>
    <name>seg::ui::RunDiffDialog</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Who entered and left %1</source>
        <translation>Quién entró en %1 y quién salió</translation>
    </message>
    <message>
        <source>Run %1 · %2 UTC · %3 members</source>
        <translation>Ejecución %1 · %2 UTC · %3 miembros</translation>
    </message>
    <message>
        <source>Now (the last preview, %1 members)</source>
        <translation>Ahora (última vista previa, %1 miembros)</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Entraron</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Salieron</translation>
    </message>
    <message>
        <source>Write &lt;segment&gt;-entered.csv and &lt;segment&gt;-left.csv (the customers' keys) into a folder</source>
        <translation>Escribir &lt;segment&gt;-entered.csv y &lt;segment&gt;-left.csv (las claves de los clientes) en una carpeta</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <source>No recorded run has this segment yet (Run &gt; Run Now records one).</source>
        <translation>Ninguna ejecución registrada tiene aún este segmento (Ejecutar &gt; Ejecutar ahora registra una).</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>No se puede comparar: %1</translation>
    </message>
    <message>
        <source>%1 → %2 members: %3 entered, %4 left.</source>
        <translation>%1 → %2 miembros: %3 entraron, %4 salieron.</translation>
    </message>
    <message>
        <source>The first %1 of each are listed (by key); Export CSV writes all.</source>
        <translation>Se listan los primeros %1 de cada lado (por clave); Exportar CSV los escribe todos.</translation>
    </message>
    <message>
        <source>Entered (%1)</source>
        <translation>Entraron (%1)</translation>
    </message>
    <message>
        <source>Left (%1)</source>
        <translation>Salieron (%1)</translation>
    </message>
    <message>
        <source>Export who entered and left</source>
        <translation>Exportar quién entró y quién salió</translation>
    </message>
    <message>
        <source>Exported %1-entered.csv and %1-left.csv to %2</source>
        <translation>%1-entered.csv y %1-left.csv exportados a %2</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
</context>
</TS>