<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExplainTree</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Delete %n node</numerusform>
            <numerusform>Delete %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::DagView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; on %n thread(s): %2 steps, %3; estimated %4 ms. &lt;span style=&apos;color:#d9482b&apos;&gt;Critical path&lt;/span&gt;: %5. Planned in %6 ms.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; on %n thread: %2 steps, %3; estimated %4 ms. &lt;span style=&apos;color:#d9482b&apos;&gt;Critical path&lt;/span&gt;: %5. Planned in %6 ms.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; on %n threads: %2 steps, %3; estimated %4 ms. &lt;span style=&apos;color:#d9482b&apos;&gt;Critical path&lt;/span&gt;: %5. Planned in %6 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::DestinationDialog</name>
    <message numerus="yes">
        <source>Suppression list &apos;%1&apos;: %n identifier(s) stored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) could not be read (first at line %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation type="unfinished">
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::DestinationJob</name>
    <message numerus="yes">
        <source>suppression list &apos;%1&apos; removed %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::Document</name>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Paste %n node</numerusform>
            <numerusform>Paste %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ExportDialog</name>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... and %n more</numerusform>
            <numerusform>... and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln customer(s))</source>
        <translation>
            <numerusform>%1 (%Ln customer)</numerusform>
            <numerusform>%1 (%Ln customers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>Exported %n file to %1.</numerusform>
            <numerusform>Exported %n files to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportColumnsPage</name>
    <message numerus="yes">
        <source>Guessed from %n row(s)</source>
        <translation>
            <numerusform>Guessed from %n row</numerusform>
            <numerusform>Guessed from %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample value(s) do not fit, e.g. &apos;%1&apos;: those rows will be rejected</source>
        <translation>
            <numerusform>%n sample value does not fit, e.g. &apos;%1&apos;: those rows will be rejected</numerusform>
            <numerusform>%n sample values do not fit, e.g. &apos;%1&apos;: those rows will be rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportFormatPage</name>
    <message numerus="yes">
        <source>Showing %n of the file&apos;s rows.</source>
        <translation>
            <numerusform>Showing the file&apos;s only row.</numerusform>
            <numerusform>Showing %n of the file&apos;s rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n rows.</source>
        <translation>
            <numerusform>Showing the first row.</numerusform>
            <numerusform>Showing the first %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) near the start cannot be imported as they are (red); the import will list them with their reasons.</source>
        <translation>
            <numerusform>%n row near the start cannot be imported as it is (red); the import will list it with their reasons.</numerusform>
            <numerusform>%n rows near the start cannot be imported as they are (red); the import will list them with their reasons.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::ImportReportView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln row(s) imported&lt;/b&gt; of %1 data rows in the file.</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln row imported&lt;/b&gt; of %1 data rows in the file.</numerusform>
            <numerusform>&lt;b&gt;%Ln rows imported&lt;/b&gt; of %1 data rows in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) rejected (listed below).</source>
        <translation>
            <numerusform>%Ln row rejected (listed below).</numerusform>
            <numerusform>%Ln rows rejected (listed below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) repeated an ID that was seen before; %1.</source>
        <translation>
            <numerusform>%Ln row repeated an ID that was seen before; %1.</numerusform>
            <numerusform>%Ln rows repeated an ID that was seen before; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) belong to no imported customer and were ignored.</source>
        <translation>
            <numerusform>%Ln event belongs to no imported customer and was ignored.</numerusform>
            <numerusform>%Ln events belong to no imported customer and were ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::LivePanel</name>
    <message numerus="yes">
        <source>Exported %n change(s) to %1.</source>
        <translation>
            <numerusform>Exported %n change to %1.</numerusform>
            <numerusform>Exported %n changes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>retrying in %n s</numerusform>
            <numerusform>retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reconnected %n time(s)</source>
        <translation>
            <numerusform>reconnected %n time</numerusform>
            <numerusform>reconnected %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more reason(s)</source>
        <translation>
            <numerusform>%n more reason</numerusform>
            <numerusform>%n more reasons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeScene</name>
    <message numerus="yes">
        <source>Copied %n node(s).</source>
        <translation>
            <numerusform>Copied %n node.</numerusform>
            <numerusform>Copied %n nodes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::NodeView</name>
    <message numerus="yes">
        <source>Duplicate %n node(s)</source>
        <translation>
            <numerusform>Duplicate %n node</numerusform>
            <numerusform>Duplicate %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Delete %n node</numerusform>
            <numerusform>Delete %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::RuleText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in the last %n day(s)</source>
        <translation>
            <numerusform>%1 in the last %n day</numerusform>
            <numerusform>%1 in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more than %n day(s) ago</source>
        <translation>
            <numerusform>%1 more than %n day ago</numerusform>
            <numerusform>%1 more than %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 exactly %n time(s)</source>
        <translation>
            <numerusform>%1 exactly %n time</numerusform>
            <numerusform>%1 exactly %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 fewer than %n time(s)</source>
        <translation>
            <numerusform>%1 fewer than %n time</numerusform>
            <numerusform>%1 fewer than %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at most %n time(s)</source>
        <translation>
            <numerusform>%1 at most %n time</numerusform>
            <numerusform>%1 at most %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more than %n time(s)</source>
        <translation>
            <numerusform>%1 more than %n time</numerusform>
            <numerusform>%1 more than %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 at least %n time(s)</source>
        <translation>
            <numerusform>%1 at least %n time</numerusform>
            <numerusform>%1 at least %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>in the last %n day</numerusform>
            <numerusform>in the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::SetLogicForm</name>
    <message numerus="yes">
        <source>Needs at least %n input(s).</source>
        <translation>
            <numerusform>Needs at least %n input.</numerusform>
            <numerusform>Needs at least %n inputs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::StrategyCompareView</name>
    <message numerus="yes">
        <source>Running each strategy %n time(s)…</source>
        <translation>
            <numerusform>Running each strategy %n time…</numerusform>
            <numerusform>Running each strategy %n times…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seg::ui::TimingPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1 ms&lt;/b&gt; in total · %2 on %n thread(s) · %3 nodes, %4 from the cache</source>
        <translation>
            <numerusform>&lt;b&gt;%1 ms&lt;/b&gt; in total · %2 on %n thread · %3 nodes, %4 from the cache</numerusform>
            <numerusform>&lt;b&gt;%1 ms&lt;/b&gt; in total · %2 on %n threads · %3 nodes, %4 from the cache</numerusform>
        </translation>
    </message>
</context>
</TS>
