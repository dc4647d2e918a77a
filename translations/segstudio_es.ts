<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>NodeKind</name>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose column value matches a comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers for whom a formula is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by what they did: counts, sums or averages of their events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in every input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in any input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Except</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in the first input but not in the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer not in the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derive column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new column computed from a formula or from events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest (or lowest) ranked customers by a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deterministic random groups, e.g. test and control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each customer goes to the first input that contains them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A named output you can check, preview and export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Segment graphs (*.segment.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunOnEngineDialog</name>
    <message>
        <source>Loaded %1 customers and %2 events. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design, check and export customer segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (en, de, fr, es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshots of the main views to &lt;dir&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .segment.json project to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::BehaviorForm</name>
    <message>
        <source>Import an events file to pick event types and columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer is a member when the number of these events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer is a member when this value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ComparisonEditor</name>
    <message>
        <source>is equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is within the last … days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than … days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the value is compared. The list fits the column&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value to compare with (press Enter or leave the field to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yes/no value to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest value (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest value (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values separated by commas, e.g. US, CA, MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. US, CA, MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of days counted back from the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore upper/lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare letters A–Z without regard to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM:SS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ConditionForm</name>
    <message>
        <source>The customer column (or derived column) to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the column to filter on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is not in the loaded data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customer data to see the columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ConnectionItem</name>
    <message>
        <source>%1 → %2 (click and press Delete to disconnect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reads the column made by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::DagNodeItem</name>
    <message>
        <source>%1 · ~%2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost: %1 ms at one thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 (longest chain of dependencies before it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in step %1 of the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is split over row partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-table step (waits for all rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d9482b&apos;&gt;On the critical path&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::DagScene</name>
    <message>
        <source>The graph has no nodes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the column that %2 derives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an input of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::DagView</name>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the run is scheduled. Sequential: one node after another on one thread. Parallel: one node at a time, its rows split over all threads. Hybrid: independent nodes run at the same time. Auto: the planner picks from its cost estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads for parallel and hybrid runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the plan as readable text (the same as segstudio-cli plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as DOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the DAG in Graphviz DOT format, e.g. for dot -Tsvg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom so the whole DAG is visible (the mouse wheel zooms in and out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph is empty. Add rules on the canvas to see how they will run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers to see the execution plan: the planner needs the columns and the row count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph cannot be planned yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 nodes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one node at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; on %n thread(s): %2 steps, %3; estimated %4 ms. &lt;span style=&apos;color:#d9482b&apos;&gt;Critical path&lt;/span&gt;: %5. Planned in %6 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Numbered badges: the step of the schedule in which a node runs; dark badges mark steps where several nodes run together. Dashed arrows: a node uses a derived column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::DataPanel</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nulls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data loaded. Use File &gt; Import Customers, or drop a CSV file on the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type set by the project, not detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; customers imported, %2 rows rejected, %3 duplicate keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; events imported, %2 rows rejected, %3 with unknown customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::DataSession</name>
    <message>
        <source>Import cancelled; the previous data is still loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; events not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::DeriveForm</name>
    <message>
        <source>The new column&apos;s name; other nodes use it like any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula over customer columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the customer&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the column from other columns, or from each customer&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers already have a column &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::Document</name>
    <message>
        <source>%1: cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; makes a column, not a set: use its column name in a condition instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no output &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) takes no inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already connected to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting &apos;%1&apos; to &apos;%2&apos; would make a cycle: &apos;%2&apos; already feeds &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) takes at most %3 inputs; disconnect one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard does not hold Segment Studio nodes (not JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard does not hold Segment Studio nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::EventAggregateEditor</name>
    <message>
        <source>Which events count: one event type, or any event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only events within this many days before the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only count events whose column matches a comparison (e.g. amount at least 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is computed over the matching events of each customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event column that is summed, averaged, or compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event column to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any event)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ExportDialog</name>
    <message>
        <source>Export segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files already exist and will be replaced:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segments to export; each becomes one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each segment&apos;s own export columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the columns set on each segment node (its export settings); uncheck to choose the same columns for all segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns written to the file, in this order (drag to reorder). Derived columns come from the derive nodes of the graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the file(s) go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character between values. Semicolon suits spreadsheets in countries that write decimals with a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the file with a byte order mark so that Excel shows accented letters correctly. Leave it off for other programs and databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet-safe text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets run a cell that starts with = + - or @ as a formula, which an attacker can abuse through a name or email field. This puts an apostrophe before such text cells so they open as plain text. Numbers are not changed. Leave it off when another program reads the file: it changes the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the graph on the current data and write the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customer(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Segment node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CSV file per segment is written into this folder, named after the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one segment to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: the existing files were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped. Files not finished were not written; existing files were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export; unfinished files are not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ExportJob</name>
    <message>
        <source>No data is loaded: import customers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it depends on a rule that has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &apos;%1&apos; could not be computed (%2); nothing was written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ExpressionField</name>
    <message>
        <source>e.g. total_spend &gt; 500 AND country IN (&apos;US&apos;, &apos;CA&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. total_spend / orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQL-like formula over customer columns and derived columns.
Applied when you leave the editor or press Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax OK. Columns and types are checked once customer data is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax OK. A derived column it uses has a problem of its own, so types are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid formula; the column&apos;s type is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ExpressionForm</name>
    <message>
        <source>formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers for whom the formula is TRUE are members. Columns: bare names or &quot;double quoted&quot;; text in &apos;single quotes&apos;; dates as DATE &apos;2024-01-31&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::GanttChart</name>
    <message>
        <source>Milliseconds since the run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set logic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top / split / priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hatched: result from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet. The timing of the last preview run appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)
Worker %4: %5 → %6 ms (%7 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Result taken from the cache (unchanged since an earlier run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last run had no nodes to time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::GraphSettingsForm</name>
    <message>
        <source>The project&apos;s name, shown in run reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: relative dates (&quot;within the last 30 days&quot;) count back from today (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day relative date conditions count back from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node on the canvas to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen yet (File &gt; Import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::HelpDialog</name>
    <message>
        <source>Segment Studio User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::HistogramView</name>
    <message>
        <source>Shares (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numeric or date column to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many bins (whole-number columns may use fewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: each group&apos;s bars are its share in percent, so a small segment compares with everybody. Off: member counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule or segment on the canvas to compare a column inside it with all customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has no numeric or date column to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 has no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of group (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NULL values (not in the bars): %1 of all customers, %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportColumnsPage</name>
    <message>
        <source>Describe the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column identifies a customer, and what type each column has. Types were guessed from the first rows; change one when the guess is wrong (for example ZIP codes as text, or dates written as 31.12.2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which columns hold the customer ID, the time and the kind of each event, and what type each column has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column with a unique ID per customer. Without one, customers are numbered by their row (column _row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column with the customer ID of each event; it is matched to the customers&apos; ID column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do when the same customer ID appears on more than one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the first row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate IDs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the event happened: a date or timestamp column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of event (purchase, visit ...), used by behavior rules; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: number the rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic uses the type found in the whole file when importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For dates written differently from 2024-12-31: %d day, %m month, %Y year, %H hour, %M minute, %S second, e.g. %d.%m.%Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO (2024-12-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Guessed from %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fits all sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sample value(s) do not fit, e.g. &apos;%1&apos;: those rows will be rejected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A column type is not valid (see Check).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportFilePage</name>
    <message>
        <source>Choose the customers file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the events file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per customer: an ID column and the attributes you want to segment on. CSV or TSV, as exported from your CRM or shop system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per event (purchase, visit, email open ...): the customer ID, when it happened and what kind of event it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv or .tsv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import. You can also drop a file onto this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the file in a file dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: drop a CSV file onto this page or onto the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns, %2. Click Next to check the format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportFormatPage</name>
    <message>
        <source>Comma  ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter and encoding were detected from the file. If the preview looks wrong (everything in one column, odd characters), change them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character between the values of a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file stores letters such as é or ü. Files from Excel on Windows are often Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells are missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read empty cells as NULL (no value) rather than as empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell texts that mean &quot;no value&quot;, separated by commas (compared after trimming spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. NULL, NA, N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also missing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by looking at the start of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be imported; grey cells are missing values, red rows cannot be imported (hover for the reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line number in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 will not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %n of the file&apos;s rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file starts with a UTF-8 byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) near the start cannot be imported as they are (red); the import will list them with their reasons.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportReportView</name>
    <message>
        <source>the last row of each ID was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row of each ID was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates stop the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each imported column with its type and how many rows have no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that were not imported, with the line of the file where they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln row(s) imported&lt;/b&gt; of %1 data rows in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected (listed below).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeated an ID that was seen before; %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer ID is unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) belong to no imported customer and were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (the first %1 of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read in the background. Check the report, then click Finish to use the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the import (the file is read twice: types, then values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import; the data you had before stays loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again with the same settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportWizard</name>
    <message>
        <source>Whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers first: events are matched to customers by their ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the customer ID of each event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the time of each event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time column &apos;%1&apos; does not hold dates or timestamps; choose another column or set its type (with a format) below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::MainWindow</name>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a segment graph (.segment.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the customer table from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an event log (purchases, visits…) from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the project&apos;s data files again (after they changed on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write segment members to CSV files for your campaign tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export S&amp;QL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the graph as SQL for SQLite or PostgreSQL, to copy or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on SQL &amp;Engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the graph inside an SQL database where the data lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Segment Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the whole graph now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Automatically After Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run the affected nodes in the background after every edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Segment Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import; the data loaded before stays in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened project&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 as the customer table or as the event log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data loaded — File &gt; Import Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: see Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1 ms (%2, threads: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · nodes that need attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Segment Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segment Studio %1&lt;/h3&gt;&lt;p&gt;Design customer segments as a graph of rules, check their sizes and overlaps, and export member lists for your campaign tools.&lt;/p&gt;&lt;p&gt;The same graph file runs headless with &lt;code&gt;segstudio-cli&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Built with Qt %2, oneTBB, SQLite and QCustomPlot.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Segment Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project opened with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was opened, but some nodes need attention:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign.segment.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not saved (the file on disk is unchanged):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recent projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the customers first: events are matched to customers by their key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::MemberSampleView</name>
    <message>
        <source> rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many members to show (the first ones in customer-key order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer and derived columns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule or segment on the canvas to see its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 members, showing the first %3 by %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: finding the first members…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::MemberTableModel</name>
    <message>
        <source>NULL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeEditorWidget</name>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the nodes in columns by dependency (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeForm</name>
    <message>
        <source>none yet: drag from another node&apos;s output port onto this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeItem</name>
    <message>
        <source>Column “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date (cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;0.1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::NodePalette</name>
    <message>
        <source>Drag a node type onto the canvas, or double-click it to add it in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeScene</name>
    <message>
        <source>Delete selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeView</name>
    <message>
        <source>Drag from a node&apos;s right port to another node to connect them. Wheel: zoom, middle button or Space+drag: pan, Delete: remove the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a node type from the palette onto the canvas to start.
Connect nodes by dragging from a node&apos;s right-hand port to another node.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::OverlapModel</name>
    <message>
        <source>%1: %2 members. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In both %1 and %2: %3 members
%4 % of %1, %5 % of %2
Jaccard index: %6
Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 (node %2): %3 members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::OverlapView</name>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaccard index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to see who is in both segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers in both segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity of two segments: members in both divided by members in either (0 to 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members shared by each pair of segments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus and dialogs; takes effect when Segment Studio starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the preview runs the graph; auto picks the fastest for the data size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads for runs; 0 uses every core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language changes apply after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;strategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::PreviewPanel</name>
    <message>
        <source>Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members per segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers shared by pairs of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample of the members of the selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column&apos;s distribution inside the selected node versus all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers to see the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview yet: add rules and connect them to a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segments of this cell have no result in the last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In both %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule or segment on the canvas (or click a cell of the overlap matrix) to see its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 did not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes the column &apos;%2&apos;, not a set of customers: pick it as a column of another node&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no result yet; it runs after the next edit settles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::PriorityForm</name>
    <message>
        <source>Each customer goes to the first input (from the top) that contains them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected input a higher priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected input a lower priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect more inputs on the canvas. Each input becomes an output port with the customers it wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::ProblemsPanel</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to select its node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::PropertiesPanel</name>
    <message>
        <source>The node&apos;s id in the graph file; other nodes refer to it by this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name shown on the canvas (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes are selected; this is the last one clicked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::RunOnEngineDialog</name>
    <message>
        <source>Load the current data into the engine first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on SQL Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sqlite:path/to/file.db, or postgres://user@host:port/db?table=customers&amp;events=events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this connection only; never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the engine&apos;s tables with the data loaded here (customers and events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the engine&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data loaded here to load into the engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the data, then running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran %1 remote queries in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentForm</name>
    <message>
        <source>The segment&apos;s name in reports and exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the segment is for (applied when you leave the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the segment has fewer customers (empty: no lower limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the segment has more customers (empty: no upper limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximum size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns written when the segment is exported (none ticked: the key column only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty segment, or one outside the expected size, shows a warning after each run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the loaded data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::SegmentSizeChart</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment with a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members per segment in the last preview run; amber bars have warnings (size outside the expected range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers and add a segment to see segment sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No segment has a result yet. Connect a rule to a segment node.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::SetLogicForm</name>
    <message>
        <source>Swap inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange which input is kept and which is taken away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs at least %n input(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::SplitForm</name>
    <message>
        <source>Any text: the same seed always gives the same groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group names become the node&apos;s output ports; percents must add up to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another group (its percent starts at 0: take some from the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group names must differ (&apos;%1&apos; is used twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &apos;%1&apos; needs a percent above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percents add up to %1%; they must add up to 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::SqlExportDialog</name>
    <message>
        <source>Export SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL engine the query is written for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s table that holds the customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s table that holds the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customers table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SQL to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the SQL to a .sql file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the customers first: the SQL is typed by the data&apos;s columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dialect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::StrategyCompareView</name>
    <message>
        <source>Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the graph sequentially, in parallel and hybrid on the current data (without the result cache) and compare the times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> runs each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each strategy runs this often; the median time is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequential time divided by this strategy&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare how long the three strategies take on the current data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers first: the comparison runs on the current data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running each strategy %n time(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms (%2×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median milliseconds per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All three strategies found the same members for every segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#d9482b&apos;&gt;The strategies disagree on segment sizes: please report this graph.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seg::ui::TimingPanel</name>
    <message>
        <source>Last preview run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategies on the current data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 ms&lt;/b&gt; in total · %2 on %n thread(s) · %3 nodes, %4 from the cache</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::TopForm</name>
    <message>
        <source>The column customers are ranked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a share of the ranked customers, or a fixed number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the ranked customers kept (rounded up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which end of the ranking is kept; ties go to the smaller customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers without a value in the column are never kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
