#include "snippets.h"

#include "interop/curlcommand.h"
#include "interop/shellwords.h"

#include <QCoreApplication>

#include <algorithm>

namespace HttpLens {

namespace {

class SnippetText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Snippets)
};

// A comment in the reader's language: each line of the text behind the marker, indented.
QByteArray comment(const char *marker, const QString &text, const QByteArray &indent = {})
{
    QByteArray out;
    for (const QString &line : text.split(QLatin1Char('\n')))
        out += indent + marker + ' ' + line.toUtf8() + '\n';
    return out;
}

struct Field
{
    QByteArray name;
    QByteArray value;
    bool remove = false; // a default of the tool taken away ("Accept:" in curl)
};

// The header fields the request asks for, with curl's separate options written out. Basic
// credentials are left to the tool's own auth option where it has one.
QList<Field> fieldsOf(const Request &r, bool includeAuthorization)
{
    Request withoutCredentials = r;
    if (!includeAuthorization)
        withoutCredentials.userPassword.clear();
    if (!includeAuthorization && r.userPassword.isEmpty())
        withoutCredentials.bearerToken = r.bearerToken; // no auth option of its own: a field
    QList<Field> fields;
    for (const HeaderLine &line : explicitHeaderFields(withoutCredentials)) {
        if (!line.name.isEmpty())
            fields.append({line.name, line.value, line.kind == HeaderLine::Kind::Remove});
    }
    // What libcurl writes on its own, which these tools would not write, or not the same: its
    // Accept, and the urlencoded Content-Type of a body sent without one.
    auto named = [&fields](const QByteArray &name) {
        return std::any_of(fields.begin(), fields.end(), [&name](const Field &f) {
            return f.name.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    if (!named("Accept"))
        fields.append({"Accept", "*/*", false});
    if (r.hasBody && !r.noBody && !named("Content-Type"))
        fields.append({"Content-Type", "application/x-www-form-urlencoded", false});
    return fields;
}

QByteArray octal(unsigned char u)
{
    QByteArray out = "\\";
    out += char('0' + ((u >> 6) & 7));
    out += char('0' + ((u >> 3) & 7));
    out += char('0' + (u & 7));
    return out;
}

// A double-quoted literal for C, C++, Python and JavaScript: printable ASCII as it is,
// the usual escapes, everything else as an escape the language understands. Python strings are
// escaped by code point (\U0001f600, never a lone surrogate), JavaScript strings by UTF-16 unit
// (a pair of \ud83d\ude00 is one character there); the byte forms escape each byte (\xNN), for
// Python bytes and for JavaScript header values, which fetch sends one byte per character.
enum class Lang { C, Python, PythonBytes, JavaScript, JavaScriptBytes };

QByteArray escapedUnit(char32_t u)
{
    if (u == '"' || u == '\\')
        return '\\' + QByteArray(1, char(u));
    if (u == '\n')
        return "\\n";
    if (u == '\r')
        return "\\r";
    if (u == '\t')
        return "\\t";
    if (u >= 0x20 && u < 0x7f)
        return QByteArray(1, char(u));
    if (u > 0xffff) // Python only: JavaScript strings are walked by UTF-16 unit
        return "\\U" + QByteArray::number(quint32(u), 16).rightJustified(8, '0');
    return "\\u" + QByteArray::number(quint32(u), 16).rightJustified(4, '0');
}

QByteArray quoted(const QByteArray &bytes, Lang lang)
{
    QByteArray out = "\"";
    const QString text = QString::fromUtf8(bytes);
    const bool utf8 = text.toUtf8() == bytes;
    if (lang == Lang::Python && utf8) {
        for (const char32_t u : text.toUcs4())
            out += escapedUnit(u);
        return out + '"';
    }
    if (lang == Lang::JavaScript && utf8) {
        for (const QChar c : text)
            out += escapedUnit(c.unicode());
        return out + '"';
    }
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            out += '\\' + QByteArray(1, c);
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (u < 0x20 || u >= 0x7f)
            out += lang == Lang::C ? octal(u)
                                   : "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out + '"';
}

// A header value or a body for Python: a string when it is ASCII, bytes otherwise. http.client
// encodes str headers and bodies as Latin-1, which cannot hold an emoji and would not send the
// UTF-8 bytes of an é, so anything beyond ASCII goes as the exact bytes.
QByteArray pythonValue(const QByteArray &bytes)
{
    const bool ascii = std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x80;
    });
    return ascii ? quoted(bytes, Lang::Python) : 'b' + quoted(bytes, Lang::PythonBytes);
}

QByteArray seconds(qint64 ms)
{
    return QByteArray::number(double(ms) / 1000.0, 'g', 12);
}

QByteArray pythonRequests(const Request &r)
{
    const QByteArray method = r.effectiveMethod();
    QByteArray out = "import requests\n\n";
    const QList<Field> fields = fieldsOf(r, false);
    out += comment("#",
                   SnippetText::tr("requests adds User-Agent, Accept, Accept-Encoding and "
                                   "Connection unless they are set\nhere; None takes one of "
                                   "them away."));
    out += "headers = {\n";
    for (const Field &f : fields)
        out += "    " + quoted(f.name, Lang::Python) + ": "
               + (f.remove ? QByteArray("None") : pythonValue(f.value)) + ",\n";
    out += "}\n";
    if (r.hasBody)
        out += "data = " + pythonValue(r.body) + "\n";
    out += "\nresponse = requests.request(\n    " + quoted(method, Lang::Python) + ",\n    "
           + quoted(r.url.toUtf8(), Lang::Python) + ",\n    headers=headers,\n";
    if (r.hasBody)
        out += "    data=data,\n";
    if (!r.userPassword.isEmpty()) {
        const qsizetype colon = r.userPassword.indexOf(':');
        out += "    auth=(" + pythonValue(r.userPassword.left(colon)) + ", "
               + pythonValue(r.userPassword.mid(colon + 1)) + "),\n";
    }
    out += QByteArray("    allow_redirects=") + (r.followRedirects ? "True" : "False") + ",\n";
    if (r.timeoutMs > 0)
        out += "    timeout=" + seconds(r.timeoutMs) + ",\n";
    if (r.insecure)
        out += "    verify=False,\n";
    out += ")\n"
           + comment("#",
                     SnippetText::tr("Every status is a response here, 304 Not Modified "
                                     "included."))
           + "print(response.status_code, response.reason)\n"
             "print(response.text)\n";
    return out;
}

QByteArray pythonUrllib(const Request &r)
{
    const QByteArray method = r.effectiveMethod();
    QByteArray out = "import urllib.error\nimport urllib.request\n\n";
    out += comment("#",
                   SnippetText::tr("urllib adds Host, User-Agent, Accept-Encoding: identity and "
                                   "Connection: close."));
    out += "headers = {\n";
    QList<QByteArray> removed;
    for (const Field &f : fieldsOf(r, true)) {
        if (f.remove)
            removed.append(f.name);
        else
            out += "    " + quoted(f.name, Lang::Python) + ": " + pythonValue(f.value) + ",\n";
    }
    out += "}\n";
    if (!removed.isEmpty())
        out += comment("#",
                       SnippetText::tr("urllib cannot take away a default field (%1).")
                               .arg(QString::fromLatin1(removed.join(", "))));
    out += "request = urllib.request.Request(\n    " + quoted(r.url.toUtf8(), Lang::Python)
           + ",\n    headers=headers,\n    method=" + quoted(method, Lang::Python) + ",\n";
    if (r.hasBody)
        out += "    data="
               + (QString::fromUtf8(r.body).toUtf8() == r.body
                          ? QByteArray(quoted(r.body, Lang::Python) + ".encode(\"utf-8\")")
                          : QByteArray('b' + quoted(r.body, Lang::PythonBytes)))
               + ",\n";
    out += ")\n";
    if (!r.followRedirects)
        out += comment("#", SnippetText::tr("urllib follows redirects; HTTP Lens was told not to."));
    out += "try:\n    with urllib.request.urlopen(request";
    if (r.timeoutMs > 0)
        out += ", timeout=" + seconds(r.timeoutMs);
    out += ") as response:\n"
           "        print(response.status, response.reason)\n"
           "        body = response.read()\n"
           "except urllib.error.HTTPError as error:\n"
           + comment("#",
                     SnippetText::tr("urllib raises HTTPError for any status it does not handle "
                                     "itself, and that\nincludes 304 Not Modified: the normal "
                                     "answer to a conditional request, not a\nfailure. The "
                                     "status and the headers are on the exception."),
                     "    ")
           + "    print(error.code, error.reason)\n"
             "    print(error.headers)\n"
             "    body = error.read()\n";
    return out;
}

QByteArray httpie(const Request &r)
{
    // --ignore-stdin: in a script or a pipe HTTPie would otherwise take standard input for the body.
    QList<QByteArray> words{"http", "--ignore-stdin", "--print=HhBb"};
    if (r.followRedirects) {
        words.append("--follow");
        if (r.maxRedirects >= 0 && r.maxRedirects != 30)
            words.append("--max-redirects=" + QByteArray::number(r.maxRedirects));
    }
    if (r.insecure)
        words.append("--verify=no");
    if (r.timeoutMs > 0)
        words.append("--timeout=" + seconds(r.timeoutMs));
    if (!r.userPassword.isEmpty())
        words << "--auth" << r.userPassword;
    if (r.hasBody)
        words << "--raw" << r.body;
    QByteArray out = comment("#",
                             SnippetText::tr("HTTPie adds User-Agent, Accept, Accept-Encoding "
                                             "and Connection unless they\nare set; \"Name:\" "
                                             "with nothing after the colon takes one away."));
    for (const Field &f : fieldsOf(r, false)) {
        if (QString::fromUtf8(f.value).toUtf8() != f.value)
            out += comment("#",
                           SnippetText::tr("HTTPie sends header values as UTF-8: the bytes of %1 "
                                           "are not UTF-8 and it refuses to send them.")
                                   .arg(QString::fromLatin1(f.name)));
    }
    for (const QByteArray &word : std::as_const(words))
        out += shellQuote(word) + ' ';
    out += shellQuote(r.effectiveMethod()) + ' ' + shellQuote(r.url.toUtf8());
    for (const Field &f : fieldsOf(r, false)) {
        QByteArray item;
        if (f.remove)
            item = f.name + ':';
        else if (f.value.isEmpty())
            item = f.name + ';';
        else
            item = f.name + ':' + f.value;
        out += " \\\n  " + shellQuote(item);
    }
    return out + '\n';
}

// Text goes as a string (fetch sends it as UTF-8); other bytes as they are, in a Uint8Array.
QByteArray javaScriptBody(const QByteArray &body)
{
    if (QString::fromUtf8(body).toUtf8() == body)
        return quoted(body, Lang::JavaScript);
    QByteArray out = "new Uint8Array([";
    for (qsizetype i = 0; i < body.size(); ++i)
        out += (i ? ", " : "") + QByteArray::number(static_cast<unsigned char>(body.at(i)));
    return out + "])";
}

QByteArray fetchSnippet(const Request &r)
{
    const QByteArray method = r.effectiveMethod();
    QByteArray out;
    QList<QByteArray> forbidden;
    out += "const response = await fetch(" + quoted(r.url.toUtf8(), Lang::JavaScript) + ", {\n";
    out += "  method: " + quoted(method, Lang::JavaScript) + ",\n  headers: {\n";
    static const QList<QByteArray> browserOnly = {"cookie",
                                                  "host",
                                                  "connection",
                                                  "referer",
                                                  "accept-encoding",
                                                  "content-length",
                                                  "origin"};
    for (const Field &f : fieldsOf(r, true)) {
        if (f.remove)
            continue;
        if (browserOnly.contains(f.name.toLower()))
            forbidden.append(f.name);
        out += "    " + quoted(f.name, Lang::JavaScript) + ": "
               + quoted(f.value, Lang::JavaScriptBytes) + ",\n";
    }
    out += "  },\n";
    if (r.hasBody)
        out += "  body: " + javaScriptBody(r.body) + ",\n";
    if (!r.followRedirects)
        out += "  redirect: \"manual\",\n";
    out += comment("//",
                   SnippetText::tr("Without this a browser may answer from its own cache."),
                   "  ")
           + "  cache: \"no-store\",\n";
    out += "});\n";
    if (!forbidden.isEmpty())
        out += comment("//",
                       SnippetText::tr("In a browser %1 cannot be set by a script; the browser "
                                       "writes them itself.")
                               .arg(QString::fromLatin1(forbidden.join(", "))));
    out += comment("//",
                   SnippetText::tr("fetch resolves for every status: a 304 or a 404 is a "
                                   "response, not an exception."))
           + "console.log(response.status, response.statusText);\n"
             "console.log(await response.text());\n";
    return out;
}

QByteArray cppLibcurl(const Request &r)
{
    QByteArray out = "#include <curl/curl.h>\n\n#include <cstdio>\n\n"
                     "int main()\n{\n"
                     "    curl_global_init(CURL_GLOBAL_DEFAULT);\n"
                     "    CURL *curl = curl_easy_init();\n"
                     "    if (!curl)\n        return 1;\n";
    out += "    curl_easy_setopt(curl, CURLOPT_URL, " + quoted(r.url.toUtf8(), Lang::C) + ");\n";
    const bool implied = r.method.isEmpty() || (r.method == "GET" && !r.hasBody)
                         || (r.method == "POST" && r.hasBody);
    if (r.noBody)
        out += "    curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);\n";
    if (!implied && !(r.noBody && r.method == "HEAD"))
        out += "    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, " + quoted(r.method, Lang::C)
               + ");\n";
    out += "    struct curl_slist *headers = nullptr;\n";
    for (const HeaderLine &line : r.headers)
        out += "    headers = curl_slist_append(headers, " + quoted(line.toCurlSyntax(), Lang::C)
               + ");\n";
    out += "    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);\n";
    if (r.userAgentSet)
        out += "    curl_easy_setopt(curl, CURLOPT_USERAGENT, " + quoted(r.userAgent, Lang::C)
               + ");\n";
    if (!r.referer.isEmpty())
        out += "    curl_easy_setopt(curl, CURLOPT_REFERER, " + quoted(r.referer, Lang::C) + ");\n";
    if (!r.cookie.isEmpty())
        out += "    curl_easy_setopt(curl, CURLOPT_COOKIE, " + quoted(r.cookie, Lang::C) + ");\n";
    if (!r.bearerToken.isEmpty())
        out += "    curl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, "
               + quoted(r.bearerToken, Lang::C)
               + ");\n    curl_easy_setopt(curl, CURLOPT_HTTPAUTH, CURLAUTH_BEARER);\n";
    if (!r.userPassword.isEmpty())
        out += "    curl_easy_setopt(curl, CURLOPT_USERPWD, " + quoted(r.userPassword, Lang::C)
               + ");\n";
    if (r.hasBody) {
        out += "    static const char body[] = " + quoted(r.body, Lang::C) + ";\n";
        out += "    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body);\n"
               "    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, long(sizeof body - 1));\n";
    }
    if (r.followRedirects)
        out += "    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);\n"
               "    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, "
               + QByteArray::number(r.maxRedirects) + "L);\n";
    if (r.decompress)
        out += "    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, \"\");\n";
    if (r.insecure)
        out += "    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);\n"
               "    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);\n";
    if (r.timeoutMs > 0)
        out += "    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, " + QByteArray::number(r.timeoutMs)
               + "L);\n";
    out += "\n    const CURLcode rc = curl_easy_perform(curl);\n"
           "    if (rc == CURLE_OK) {\n"
           "        long status = 0;\n"
           "        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);\n"
           + comment("//",
                     SnippetText::tr("Any status is a response: a 304 Not Modified is not an "
                                     "error."),
                     "        ")
           + "        std::printf(\"status %ld\\n\", status);\n"
             "    } else {\n"
             "        std::fprintf(stderr, \"%s\\n\", curl_easy_strerror(rc));\n"
             "    }\n"
             "    curl_slist_free_all(headers);\n"
             "    curl_easy_cleanup(curl);\n"
             "    curl_global_cleanup();\n"
             "    return rc == CURLE_OK ? 0 : 1;\n}\n";
    return out;
}

} // namespace

QList<SnippetLanguage> snippetLanguages()
{
    return {SnippetLanguage::Curl,
            SnippetLanguage::PythonRequests,
            SnippetLanguage::PythonUrllib,
            SnippetLanguage::HTTPie,
            SnippetLanguage::JavaScriptFetch,
            SnippetLanguage::CppLibcurl};
}

QString snippetLanguageName(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Curl:
        return QStringLiteral("curl");
    case SnippetLanguage::PythonRequests:
        return QStringLiteral("Python (requests)");
    case SnippetLanguage::PythonUrllib:
        return QStringLiteral("Python (urllib)");
    case SnippetLanguage::HTTPie:
        return QStringLiteral("HTTPie");
    case SnippetLanguage::JavaScriptFetch:
        return QStringLiteral("JavaScript (fetch)");
    case SnippetLanguage::CppLibcurl:
        return QStringLiteral("C++ (libcurl)");
    }
    return {};
}

QString snippet(const Request &request, SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Curl:
        return curlCommandLine(request) + QLatin1Char('\n');
    case SnippetLanguage::PythonRequests:
        return QString::fromUtf8(pythonRequests(request));
    case SnippetLanguage::PythonUrllib:
        return QString::fromUtf8(pythonUrllib(request));
    case SnippetLanguage::HTTPie:
        return QString::fromUtf8(httpie(request));
    case SnippetLanguage::JavaScriptFetch:
        return QString::fromUtf8(fetchSnippet(request));
    case SnippetLanguage::CppLibcurl:
        return QString::fromUtf8(cppLibcurl(request));
    }
    return {};
}

} // namespace HttpLens
