<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>HttpLens::Capture::Proxy</name>
    <message numerus="yes">
        <source>The request head did not arrive whole within %n second(s).</source>
        <translation>
            <numerusform>The request head did not arrive whole within %n second.</numerusform>
            <numerusform>The request head did not arrive whole within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::Check</name>
    <message numerus="yes">
        <source>%n URL(s) checked in %1 s.</source>
        <translation>
            <numerusform>%n URL checked in %1 s.</numerusform>
            <numerusform>%n URLs checked in %1 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list were no URL and were skipped.</source>
        <translation>
            <numerusform>%n line of the list was no URL and was skipped.</numerusform>
            <numerusform>%n lines of the list were no URL and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) had been checked by the interrupted run this one continues.</source>
        <translation>
            <numerusform>%n URL had been checked by the interrupted run this one continues.</numerusform>
            <numerusform>%n URLs had been checked by the interrupted run this one continues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::Findings</name>
    <message numerus="yes">
        <source>This %1 request carried a body of %n byte(s). A body has no defined meaning in a %1 request: servers may ignore it or reject the request, and proxies may drop it. Send it with POST or PUT, or as query parameters.</source>
        <translation>
            <numerusform>This %1 request carried a body of %n byte. A body has no defined meaning in a %1 request: servers may ignore it or reject the request, and proxies may drop it. Send it with POST or PUT, or as query parameters.</numerusform>
            <numerusform>This %1 request carried a body of %n bytes. A body has no defined meaning in a %1 request: servers may ignore it or reject the request, and proxies may drop it. Send it with POST or PUT, or as query parameters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interim (1xx) response(s) came before the final one.</source>
        <translation>
            <numerusform>%n interim (1xx) response came before the final one.</numerusform>
            <numerusform>%n interim (1xx) responses came before the final one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::HistoryJournal</name>
    <message numerus="yes">
        <source>%n history entries could not be read and the file could not be moved aside.</source>
        <translation>
            <numerusform>%n history entry could not be read and the file could not be moved aside.</numerusform>
            <numerusform>%n history entries could not be read and the file could not be moved aside.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entries could not be read. The whole file was kept as %1; the readable entries were kept.</source>
        <translation>
            <numerusform>%n history entry could not be read. The whole file was kept as %1; the readable entries were kept.</numerusform>
            <numerusform>%n history entries could not be read. The whole file was kept as %1; the readable entries were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The response bodies of %n history entries are missing from %1; their heads and sizes were kept.</source>
        <translation>
            <numerusform>The response body of %n history entry is missing from %1; its head and size were kept.</numerusform>
            <numerusform>The response bodies of %n history entries are missing from %1; their heads and sizes were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entries could not be read.</source>
        <translation>
            <numerusform>%n history entry could not be read.</numerusform>
            <numerusform>%n history entries could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::HttpFile</name>
    <message numerus="yes">
        <source>The body was read from %1 (%n byte(s)).</source>
        <translation>
            <numerusform>The body was read from %1 (%n byte).</numerusform>
            <numerusform>The body was read from %1 (%n bytes).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::InspectorSession</name>
    <message numerus="yes">
        <source>%n exchange(s) imported into the history; double-click one to send it again.</source>
        <translation>
            <numerusform>%n exchange imported into the history; double-click one to send it again.</numerusform>
            <numerusform>%n exchanges imported into the history; double-click one to send it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) exported to %1, secrets kept.</source>
        <translation>
            <numerusform>%n exchange exported to %1, secrets kept.</numerusform>
            <numerusform>%n exchanges exported to %1, secrets kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) exported to %1, secrets masked.</source>
        <translation>
            <numerusform>%n exchange exported to %1, secrets masked.</numerusform>
            <numerusform>%n exchanges exported to %1, secrets masked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) imported from %1.</source>
        <translation>
            <numerusform>%n cookie imported from %1.</numerusform>
            <numerusform>%n cookies imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) imported from %1; %2 line(s) were not cookies.txt lines and were skipped.</source>
        <translation>
            <numerusform>%n cookie imported from %1; %2 line(s) were not cookies.txt lines and were skipped.</numerusform>
            <numerusform>%n cookies imported from %1; %2 line(s) were not cookies.txt lines and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) exported to %1.</source>
        <translation>
            <numerusform>%n cookie exported to %1.</numerusform>
            <numerusform>%n cookies exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::Transcript</name>
    <message numerus="yes">
        <source>[%n byte(s) of request body]</source>
        <translation>
            <numerusform>[%n byte of request body]</numerusform>
            <numerusform>[%n bytes of request body]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n byte(s) of binary request body]</source>
        <translation>
            <numerusform>[%n byte of binary request body]</numerusform>
            <numerusform>[%n bytes of binary request body]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::Workspace</name>
    <message numerus="yes">
        <source>%n line(s) are not cookies.txt lines</source>
        <translation>
            <numerusform>%n line is not a cookies.txt line</numerusform>
            <numerusform>%n lines are not cookies.txt lines</numerusform>
        </translation>
    </message>
</context>
</TS>
