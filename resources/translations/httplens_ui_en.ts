<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HttpLens::CaptureDialog</name>
    <message numerus="yes">
        <source>Capturing on %1: %n exchange(s) so far.</source>
        <translation>
            <numerusform>Capturing on %1: %n exchange so far.</numerusform>
            <numerusform>Capturing on %1: %n exchanges so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::CheckWindow</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::CompareView</name>
    <message numerus="yes">
        <source>… %n unchanged line(s)</source>
        <translation>
            <numerusform>… %n unchanged line</numerusform>
            <numerusform>… %n unchanged lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n line added</numerusform>
            <numerusform>%n lines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::CurlImportDialog</name>
    <message numerus="yes">
        <source>%1 %2 with %n header field(s)</source>
        <translation>
            <numerusform>%1 %2 with %n header field</numerusform>
            <numerusform>%1 %2 with %n header fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Body: %n byte(s)</source>
        <translation>
            <numerusform>Body: %n byte</numerusform>
            <numerusform>Body: %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::MainWindow</name>
    <message numerus="yes">
        <source>%n conditional field(s) of the previous URL taken off: %1</source>
        <translation>
            <numerusform>%n conditional field of the previous URL taken off: %1</numerusform>
            <numerusform>%n conditional fields of the previous URL taken off: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::RawPage</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::ResponseView</name>
    <message numerus="yes">
        <source>%n hop(s)</source>
        <translation>
            <numerusform>%n hop</numerusform>
            <numerusform>%n hops</numerusform>
        </translation>
    </message>
</context>
</TS>
