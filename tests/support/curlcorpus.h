#pragma once

#include <QList>
#include <QString>

// curl commands as browsers copy them and as people write them, for the tests that send each
// one several ways (curl itself, httplens-cli send, the editor's path, the window) to a recording
// server and require the same bytes. "URL" stands for the server's address.
struct CurlCorpusRow
{
    const char *name;
    QString command;
};

inline QList<CurlCorpusRow> curlCorpus()
{
    return {
            {"chrome GET",
             QStringLiteral(
                     "curl 'URL?page=2' \\\n  -H 'accept: application/json, text/plain, */*' "
                     "\\\n  -H 'accept-language: en-US,en;q=0.9' \\\n  -b 'sid=abc123; "
                     "theme=dark' \\\n  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64)' "
                     "\\\n  --compressed")},
            {"chrome POST json",
             QStringLiteral("curl 'URL' \\\n  -H 'content-type: application/json' \\\n"
                            "  --data-raw '{\"name\":\"x\",\"tags\":[\"a\",\"b\"]}' \\\n  "
                            "--compressed")},
            {"chrome ansi-c body",
             QStringLiteral("curl 'URL' -H 'content-type: text/plain' --data-raw $'it\\'s line "
                            "one\\nline two \\u00e9\\x01'")},
            {"firefox PUT",
             QStringLiteral("curl 'URL' -X PUT -H 'User-Agent: Mozilla/5.0 Firefox/120.0' -H "
                            "'Accept: */*' -H 'Content-Type: application/json' --data-raw '{}'")},
            {"urlencoded GET",
             QStringLiteral("curl -G 'URL' --data-urlencode 'q=hello world&x' -d 'n=1'")},
            {"url query", QStringLiteral("curl --url-query 'q=a b' --url-query '+raw=%41' 'URL'")},
            {"basic auth and referer", QStringLiteral("curl -u 'ann:p w' -e http://ref.test/ URL")},
            {"removed and empty fields",
             QStringLiteral("curl -H 'Accept:' -H 'X-Empty;' -H 'X-Sp:  two' URL")},
            {"json", QStringLiteral("curl --json '{\"k\": [1, 2]}' URL")},
            {"several -d", QStringLiteral("curl -d a=1 -d 'b=two words' URL")},
            {"file body", QStringLiteral("curl --data-binary @body.bin -X PATCH URL")},
            {"HEAD over HTTP/1.0", QStringLiteral("curl -I --http1.0 URL")},
            {"time condition", QStringLiteral("curl -z 'Sun, 06 Nov 1994 08:49:37 GMT' URL")},
            {"bearer", QStringLiteral("curl --oauth2-bearer tok123 URL")},
            // Validators, credentials and agents in unusual orders: libcurl writes its option
            // fields before the -H lines whatever the order on the command line.
            {"validators, credentials and agent",
             QStringLiteral("curl URL -A lens/1 -u ann:pw -H 'If-None-Match: \"v1\"' -z 'Tue, 01 "
                            "Dec 2026 06:00:00 GMT' -H 'X-Extra: 1' -H 'Accept: "
                            "application/json'")},
            {"-z after a -H line, then -A",
             QStringLiteral("curl -H 'X-First: 1' -z 'Sun, 06 Nov 1994 08:49:37 GMT' -A a/1 URL")},
            {"If-None-Match before -u",
             QStringLiteral("curl -H 'If-None-Match: W/\"x\"' -u u:p -A lens/2 URL")},
            {"-A, referer and compression",
             QStringLiteral("curl --compressed -e http://r.test/ -A x/2 URL")},
            {"User-Agent written as -H after -u",
             QStringLiteral("curl -u a:b -H 'User-Agent: h/1' -H 'X: 1' URL")},
            {"User-Agent written as -H first",
             QStringLiteral("curl -H 'User-Agent: h/1' -H 'X: 1' URL")},
            {"tight and wide separators",
             QStringLiteral("curl -H 'X-T:a' -H 'X-W:   b' -A a/3 URL")},
            {"cookie string and agent", QStringLiteral("curl -b 'a=1' -A x/4 -H 'X: 1' URL")},
            {"If-Unmodified-Since on a PUT",
             QStringLiteral("curl -z '-Sun, 06 Nov 1994 08:49:37 GMT' -X PUT -d x -A a/5 URL")},
            {"bearer after -A", QStringLiteral("curl -A a/6 --oauth2-bearer t URL")},
            {"-z replaced by a -H line of the same name",
             QStringLiteral("curl -z 'Sun, 06 Nov 1994 08:49:37 GMT' -H 'If-Modified-Since: Mon, "
                            "01 Jan 2024 00:00:00 GMT' -A a/7 URL")},
            {"no User-Agent at all", QStringLiteral("curl -A '' -H 'X: 1' URL")},
            {"POST that names its method", QStringLiteral("curl -X POST -d a=1 -A a/8 URL")},
            {"GET with a body", QStringLiteral("curl -X GET -d a=1 -A a/9 URL")},
    };
}
