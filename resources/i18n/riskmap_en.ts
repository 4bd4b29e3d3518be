<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionPlanModel</name>
    <message numerus="yes">
        <source>Overdue: the deadline passed %n day(s) ago</source>
        <translation>
            <numerusform>Overdue: the deadline passed %n day ago</numerusform>
            <numerusform>Overdue: the deadline passed %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; overdue</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; overdue</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; risk(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; risk</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; measure(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; measure</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message numerus="yes">
        <source>Inherent risk — %n risk(s)</source>
        <translation>
            <numerusform>Inherent risk — %n risk</numerusform>
            <numerusform>Inherent risk — %n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Residual risk — %n risk(s)</source>
        <translation>
            <numerusform>Residual risk — %n risk</numerusform>
            <numerusform>Residual risk — %n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Target risk — %n risk(s)</source>
        <translation>
            <numerusform>Target risk — %n risk</numerusform>
            <numerusform>Target risk — %n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatmapWidget</name>
    <message numerus="yes">
        <source>Likelihood {lik}, impact {imp}: {band}, score {score}, %n risk(s) {codes}</source>
        <translation>
            <numerusform>Likelihood {lik}, impact {imp}: {band}, score {score}, %n risk {codes}</numerusform>
            <numerusform>Likelihood {lik}, impact {imp}: {band}, score {score}, %n risks {codes}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s). Arrow keys move between cells; Enter shows a cell&apos;s risks in the register.</source>
        <translation>
            <numerusform>%n risk. Arrow keys move between cells; Enter shows a cell&apos;s risks in the register.</numerusform>
            <numerusform>%n risks. Arrow keys move between cells; Enter shows a cell&apos;s risks in the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{lik} × {imp}: score {score}, {band} — %n risk(s)</source>
        <translation>
            <numerusform>{lik} × {imp}: score {score}, {band} — %n risk</numerusform>
            <numerusform>{lik} × {imp}: score {score}, {band} — %n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkRisksDialog</name>
    <message numerus="yes">
        <source>%n risk(s) linked</source>
        <translation>
            <numerusform>%n risk linked</numerusform>
            <numerusform>%n risks linked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n stage(s) match “{text}”</source>
        <translation>
            <numerusform>%n stage match “{text}”</numerusform>
            <numerusform>%n stages match “{text}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Conflicts (%n): both copies changed these differently. Choose the value to keep.</source>
        <translation>
            <numerusform>Conflicts (%n): both copies changed these differently. Choose the value to keep.</numerusform>
            <numerusform>Conflicts (%n): both copies changed these differently. Choose the value to keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notes (%n)</numerusform>
            <numerusform>Notes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n measure(s)</source>
        <translation>
            <numerusform>{shown} of %n measure</numerusform>
            <numerusform>{shown} of %n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{measures}, %n overdue</source>
        <translation>
            <numerusform>{measures}, %n overdue</numerusform>
            <numerusform>{measures}, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessMapView</name>
    <message numerus="yes">
        <source>Cut %n stage(s)</source>
        <translation>
            <numerusform>Cut %n stage</numerusform>
            <numerusform>Cut %n stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProcessTabs</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n risk(s)</source>
        <translation>
            <numerusform>{shown} of %n risk</numerusform>
            <numerusform>{shown} of %n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s)</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n risk</numerusform>
            <numerusform>%n risks</numerusform>
        </translation>
    </message>
</context>
</TS>
