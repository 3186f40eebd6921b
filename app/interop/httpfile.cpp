#include "httpfile.h"

#include "files/filereader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <climits>

namespace HttpLens {

namespace {

class HttpFileText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::HttpFile)
};

constexpr qsizetype kMaxExpandedSize = 16 * 1000 * 1000;

bool isComment(const QString &trimmed)
{
    return trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1String("//"));
}

// "# @name login", "// @no-redirect": the tags both clients read from comments.
QString commentTag(const QString &trimmed, QString *argument)
{
    static const QRegularExpression tag(QStringLiteral("^(?:#|//)\\s*@([\\w-]+)\\s*(.*)$"));
    const QRegularExpressionMatch match = tag.match(trimmed);
    if (!match.hasMatch())
        return {};
    *argument = match.captured(2).trimmed();
    return match.captured(1);
}

bool isMethod(const QString &word)
{
    if (word.isEmpty())
        return false;
    for (QChar c : word) {
        if (!(c.isUpper() || c == QLatin1Char('-')) || c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// A request target as the two clients accept it: it starts as an absolute URL, a path (the host
// comes from the Host field), a {{variable}}, or host[:port][/path]. What follows may hold
// spaces (a query written "q=a b" is encoded when sent).
bool looksLikeTarget(const QString &url)
{
    static const QRegularExpression variables(QStringLiteral("\\{\\{[^}]*\\}\\}"));
    static const QRegularExpression hostFirst(QStringLiteral(
            "^(?:[A-Za-z][A-Za-z0-9+.-]*://|/|\\*$|\\x{E000}|[A-Za-z0-9.-]+(?::\\d+)?(?:[/"
            "?#]|$)|\\[[0-9A-Fa-f:.]+\\])"));
    QString target = url;
    target.replace(variables, QString(QChar(0xE000))); // a character no URL holds
    return hostFirst.match(target).hasMatch();
}

class Parser
{
public:
    HttpFile run(const QString &text)
    {
        QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            handle(line, int(i) + 1);
        }
        finishBlock();
        return m_file;
    }

private:
    enum class State { Preamble, Headers, Body, Handler };

    void handle(const QString &line, int number)
    {
        const QString trimmed = line.trimmed();
        if (line.startsWith(QLatin1String("###"))) {
            finishBlock();
            m_pendingName = line.mid(3).trimmed();
            return;
        }
        switch (m_state) {
        case State::Preamble:
            preamble(trimmed, number);
            return;
        case State::Headers:
            header(line, trimmed, number);
            return;
        case State::Body:
            body(line, trimmed);
            return;
        case State::Handler:
            if (trimmed.endsWith(QLatin1String("%}")))
                m_state = State::Body;
            return;
        }
    }

    void preamble(const QString &trimmed, int number)
    {
        if (trimmed.isEmpty())
            return;
        if (isComment(trimmed)) {
            QString argument;
            const QString tag = commentTag(trimmed, &argument);
            if (tag == QLatin1String("name") && !argument.isEmpty())
                m_pendingName = argument;
            else if (tag == QLatin1String("no-redirect"))
                m_noRedirect = true;
            return;
        }
        if (trimmed.startsWith(QLatin1Char('@')) && trimmed.contains(QLatin1Char('='))) {
            const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
            m_file.variables.append(
                    {trimmed.mid(1, eq - 1).trimmed(), trimmed.mid(eq + 1).trimmed()});
            return;
        }
        // The request line: "METHOD URL [HTTP/x]" or just the URL.
        m_current = HttpFileRequest();
        m_current.line = number;
        m_requestLine = trimmed;
        m_current.name = m_pendingName;
        m_current.followRedirects = !m_noRedirect;
        QStringList words = trimmed.split(QRegularExpression(QStringLiteral("\\s+")));
        if (words.size() > 1 && words.last().startsWith(QLatin1String("HTTP/")))
            words.removeLast();
        if (words.size() > 1 && isMethod(words.first())) {
            m_current.method = words.takeFirst();
        } else {
            m_current.method = QStringLiteral("GET");
        }
        m_current.url = words.join(QLatin1Char(' '));
        m_inRequest = true;
        m_state = State::Headers;
    }

    void header(const QString &line, const QString &trimmed, int number)
    {
        if (trimmed.isEmpty()) {
            m_state = State::Body;
            return;
        }
        // A query continued on the next lines: "    ?page=2" and "    &size=10".
        if (m_current.headers.isEmpty() && line.at(0).isSpace()
            && (trimmed.startsWith(QLatin1Char('?')) || trimmed.startsWith(QLatin1Char('&')))) {
            m_current.url += trimmed;
            return;
        }
        if (isComment(trimmed))
            return;
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            m_current.notes.append(
                    HttpFileText::tr(
                            "Line %1 is neither a header (Name: value) nor blank; it was left out.")
                            .arg(number));
            return;
        }
        m_current.headers.append({trimmed.left(colon).trimmed(), trimmed.mid(colon + 1).trimmed()});
    }

    void body(const QString &line, const QString &trimmed)
    {
        if (trimmed.startsWith(QLatin1String("> {%"))) {
            m_current.notes.append(
                    HttpFileText::tr("The response handler script is not run by HTTP Lens."));
            if (!trimmed.endsWith(QLatin1String("%}")))
                m_state = State::Handler;
            return;
        }
        if (trimmed.startsWith(QLatin1String("> ")) || trimmed.startsWith(QLatin1String("<> "))) {
            m_current.notes.append(
                    HttpFileText::tr("\"%1\" (a response handler or reference) is not used by "
                                     "HTTP Lens.")
                            .arg(trimmed));
            return;
        }
        if (m_bodyLines.isEmpty() && m_current.bodyFile.isEmpty()
            && trimmed.startsWith(QLatin1String("<"))) {
            m_current.bodyFile = trimmed.mid(1).trimmed();
            return;
        }
        m_bodyLines.append(line);
    }

    void finishBlock()
    {
        if (m_inRequest) {
            while (!m_bodyLines.isEmpty() && m_bodyLines.last().trimmed().isEmpty())
                m_bodyLines.removeLast();
            m_current.body = m_bodyLines.join(QLatin1Char('\n'));
            if (looksLikeTarget(m_current.url))
                m_file.requests.append(m_current);
            else
                m_file.problems.append(
                        HttpFileText::tr(
                                "Line %1: “%2” is not a request line, which is a method and a URL, "
                                "or a URL alone; it is left out.")
                                .arg(m_current.line)
                                .arg(m_requestLine.left(80)));
        }
        m_bodyLines.clear();
        m_inRequest = false;
        m_pendingName.clear();
        m_noRedirect = false;
        m_state = State::Preamble;
    }

    HttpFile m_file;
    HttpFileRequest m_current;
    QString m_requestLine; // as written, for a problem
    QStringList m_bodyLines;
    QString m_pendingName;
    bool m_noRedirect = false;
    bool m_inRequest = false;
    State m_state = State::Preamble;
};

std::optional<QString> dynamicVariable(const QString &expression)
{
    const QStringList words = expression.split(QRegularExpression(QStringLiteral("\\s+")),
                                               Qt::SkipEmptyParts);
    const QString name = words.value(0);
    if (name == QLatin1String("$timestamp"))
        return QString::number(QDateTime::currentSecsSinceEpoch());
    if (name == QLatin1String("$isoTimestamp"))
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (name == QLatin1String("$guid") || name == QLatin1String("$uuid")
        || name == QLatin1String("$random.uuid"))
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (name == QLatin1String("$randomInt")) {
        // Whole numbers that fit, the first below the second; anything else (nan, 1e400, a
        // reversed range) has no value and is refused with a sentence.
        bool lowOk = false;
        bool highOk = false;
        const int low = words.value(1, QStringLiteral("0")).toInt(&lowOk);
        const int high = words.value(2, QStringLiteral("1000")).toInt(&highOk);
        if (!lowOk || !highOk || high <= low || words.size() > 3)
            return std::nullopt;
        return QString::number(QRandomGenerator::global()->bounded(low, high));
    }
    return std::nullopt;
}

} // namespace

HttpFile parseHttpFile(const QString &text)
{
    return Parser().run(text);
}

QString substituteVariables(const QString &text, const VariableLookup &lookup, QStringList *unknown)
{
    static const QRegularExpression reference(QStringLiteral("\\{\\{\\s*([^{}]+?)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = reference.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        std::optional<QString> value = name.startsWith(QLatin1Char('$')) ? dynamicVariable(name)
                                                                         : lookup(name);
        if (value) {
            out += *value;
        } else {
            out += match.captured(0);
            if (unknown && !unknown->contains(name))
                unknown->append(name);
        }
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

ResolvedHttpRequest resolveHttpRequest(const HttpFile &file,
                                       int index,
                                       const Variables &environment,
                                       const FileReadRule &files,
                                       BodyFiles bodyFiles)
{
    ResolvedHttpRequest resolved;
    if (index < 0 || index >= file.requests.size()) {
        resolved.errors.append(HttpFileText::tr("The file has no request %1.").arg(index + 1));
        return resolved;
    }
    const HttpFileRequest &source = file.requests.at(index);
    // File variables win over the environment; a file variable may use both. The depth guards
    // against variables that refer to each other in a circle, the budget against a file whose
    // variables each use another several times (which grows exponentially).
    QStringList unknown;
    int budget = 10000;
    bool exhausted = false;
    std::function<std::optional<QString>(const QString &, int)> lookup;
    lookup = [&](const QString &name, int depth) -> std::optional<QString> {
        if (depth > 16 || exhausted)
            return std::nullopt;
        if (--budget < 0) {
            exhausted = true;
            return std::nullopt;
        }
        for (auto it = file.variables.crbegin(); it != file.variables.crend(); ++it) {
            if (it->first != name)
                continue;
            QString value = substituteVariables(
                    it->second,
                    [&](const QString &inner) { return lookup(inner, depth + 1); },
                    &unknown);
            if (value.size() > kMaxExpandedSize) {
                exhausted = true;
                return std::nullopt;
            }
            return value;
        }
        for (const auto &[envName, value] : environment) {
            if (envName == name)
                return value;
        }
        return std::nullopt;
    };
    const VariableLookup top = [&](const QString &name) { return lookup(name, 0); };
    auto substitute = [&](const QString &text) { return substituteVariables(text, top, &unknown); };

    Request &r = resolved.request;
    r.method = substitute(source.method).toLatin1();
    QString url = substitute(source.url);
    for (const auto &[name, value] : source.headers) {
        const QByteArray headerValue = substitute(value).toUtf8();
        r.headers.append(
                HeaderLine{headerValue.isEmpty() ? HeaderLine::Kind::Empty : HeaderLine::Kind::Set,
                           substitute(name).toUtf8(),
                           headerValue,
                           ": "});
    }
    if (url.startsWith(QLatin1Char('/'))) {
        // "GET /path" with a Host field, as a request head is written on the wire.
        QByteArray host;
        for (const HeaderLine &line : std::as_const(r.headers)) {
            if (line.name.compare("Host", Qt::CaseInsensitive) == 0)
                host = line.value;
        }
        if (host.isEmpty())
            resolved.errors.append(
                    HttpFileText::tr("The URL %1 has no host, and there is no Host field.").arg(url));
        else
            url = (host.endsWith(":443") ? QStringLiteral("https://") : QStringLiteral("http://"))
                  + QString::fromUtf8(host) + url;
    } else if (!url.contains(QLatin1String("://")) && !url.isEmpty()) {
        url.prepend(QLatin1String("http://"));
    }
    r.url = url;
    if (!source.bodyFile.isEmpty() && bodyFiles == BodyFiles::Reference) {
        r.hasBody = true;
        r.bodyFile = source.bodyFile; // as written: "<@ path" keeps its '@'
        r.bodyFileUnread = true;
    } else if (!source.bodyFile.isEmpty()) {
        QString path = source.bodyFile;
        const bool substituteInFile = path.startsWith(QLatin1Char('@')); // "<@ file" in REST Client
        if (substituteInFile)
            path = path.mid(1).trimmed();
        const FileReadRule::Check check = files.check(path);
        if (!check.allowed) {
            resolved.refused.append(check);
            resolved.errors.append(FileReadRule::refusal(check));
            return resolved;
        }
        // The same reader as -d @file: regular files only, bounded (no /dev/zero, no FIFO).
        QString error;
        const std::optional<QByteArray> content = readRegularFile(check.resolved,
                                                                  kMaxRequestBodyFileBytes,
                                                                  &error);
        if (!content) {
            resolved.errors.append(
                    HttpFileText::tr("Cannot read the body file %1: %2").arg(path, error));
        } else {
            // Said every time: what was read, from where.
            resolved.notes.append(HttpFileText::tr("The body was read from %1 (%n byte(s)).",
                                                   nullptr,
                                                   int(qMin<qsizetype>(content->size(), INT_MAX)))
                                          .arg(FileReadRule::shownPath(check.resolved)));
            r.body = *content;
            if (substituteInFile)
                r.body = substitute(QString::fromUtf8(r.body)).toUtf8();
            r.hasBody = true;
            r.bodyFile = check.resolved;
        }
    } else if (!source.body.isEmpty()) {
        r.body = substitute(source.body).toUtf8();
        r.hasBody = true;
    }
    r.followRedirects = source.followRedirects;
    if (exhausted) {
        resolved.errors.append(
                HttpFileText::tr("The variables of this file expand too far (more than %1 "
                                 "substitutions or %2 MB); check for variables that use each "
                                 "other many times.")
                        .arg(10000)
                        .arg(kMaxExpandedSize / 1000000));
        return resolved;
    }
    for (const QString &name : std::as_const(unknown)) {
        if (name.startsWith(QLatin1String("$randomInt")))
            resolved.errors.append(
                    HttpFileText::tr("{{%1}}: $randomInt takes two whole numbers, the lowest value "
                                     "and one past the highest, the first below the second (as "
                                     "in {{$randomInt 1 100}}).")
                            .arg(name));
        else
            resolved.errors.append(
                    HttpFileText::tr("The variable {{%1}} has no value: define it with @%1 = ... "
                                     "in the file or in the environment.")
                            .arg(name));
    }
    return resolved;
}

int findHttpRequest(const HttpFile &file, const QString &name)
{
    for (qsizetype i = 0; i < file.requests.size(); ++i) {
        if (file.requests.at(i).name == name)
            return int(i);
    }
    return -1;
}

HttpFileRequest httpFileRequestFrom(const Request &r, const QString &name)
{
    HttpFileRequest out;
    out.name = name;
    out.method = QString::fromLatin1(r.effectiveMethod());
    out.url = r.url;
    for (const HeaderLine &line : explicitHeaderFields(r)) {
        if (line.kind == HeaderLine::Kind::Remove)
            continue; // an .http file cannot take a default field away
        out.headers.append({QString::fromUtf8(line.name), QString::fromUtf8(line.value)});
    }
    if (r.bodyFileUnread)
        out.bodyFile = r.bodyFile;
    else if (r.hasBody)
        out.body = QString::fromUtf8(r.body);
    out.followRedirects = r.followRedirects;
    return out;
}

QString formatHttpFileRequest(const HttpFileRequest &request)
{
    static const QRegularExpression identifier(QStringLiteral("^[\\w.-]+$"));
    QString out;
    if (identifier.match(request.name).hasMatch())
        out += QStringLiteral("# @name ") + request.name + QLatin1Char('\n');
    if (!request.followRedirects)
        out += QStringLiteral("# @no-redirect\n");
    out += request.method + QLatin1Char(' ') + request.url + QLatin1Char('\n');
    for (const auto &[name, value] : request.headers)
        out += name + QStringLiteral(": ") + value + QLatin1Char('\n');
    if (!request.bodyFile.isEmpty())
        out += QStringLiteral("\n< ") + request.bodyFile + QLatin1Char('\n');
    else if (!request.body.isEmpty())
        out += QLatin1Char('\n') + request.body + QLatin1Char('\n');
    return out;
}

QString appendHttpFileRequest(const QString &existing, const HttpFileRequest &request)
{
    QString out = existing;
    if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    if (!out.trimmed().isEmpty())
        out += QLatin1Char('\n');
    out += QStringLiteral("###");
    if (!request.name.isEmpty())
        out += QLatin1Char(' ') + request.name;
    out += QLatin1Char('\n') + formatHttpFileRequest(request);
    return out;
}

} // namespace HttpLens
