#include "curlcommand.h"

#include "interop/shellwords.h"
#include "model/httpdate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

namespace HttpLens {

namespace {

class CurlCommandText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::CurlCommand)
};

QString withoutPrompt(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("$ ")) || trimmed.startsWith(QLatin1String("% ")))
        trimmed = trimmed.mid(2).trimmed();
    return trimmed;
}

// Options that shape what curl prints or saves, not what it sends.
bool onlyShapesOutput(const QByteArray &word)
{
    static const QList<QByteArray> names = {"-o",
                                            "--output",
                                            "-s",
                                            "--silent",
                                            "-S",
                                            "--show-error",
                                            "-v",
                                            "--verbose",
                                            "-i",
                                            "--include",
                                            "--har",
                                            "-c",
                                            "--cookie-jar",
                                            "--etag-save",
                                            "-w",
                                            "--write-out"};
    return names.contains(word);
}

bool takesValue(const QByteArray &word)
{
    return word == "-o" || word == "--output" || word == "--har" || word == "-c"
           || word == "--cookie-jar" || word == "--etag-save" || word == "-w"
           || word == "--write-out";
}

QByteArray number(qint64 milliseconds)
{
    return QByteArray::number(double(milliseconds) / 1000.0, 'g', 12);
}

} // namespace

bool looksLikeCurlCommand(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^curl(\\.exe)?\\s"));
    return pattern.match(withoutPrompt(text)).hasMatch();
}

namespace {

// The checks that need the whole text: syntaxes of other shells.
QString otherShellProblem(const QString &command)
{
    if (command.contains(QLatin1String("^\"")) || command.contains(QLatin1String(" ^\n"))
        || command.contains(QLatin1String(" ^\r\n")))
        return CurlCommandText::tr(
                "This is a command for Windows cmd.exe (its quotes are ^\"...^\"). Copy the "
                "request as cURL for bash instead.");
    if (command.startsWith(QLatin1String("Invoke-WebRequest"))
        || command.startsWith(QLatin1String("Invoke-RestMethod")))
        return CurlCommandText::tr(
                "This is a PowerShell command, not a curl command. Copy the request as cURL for "
                "bash instead.");
    return {};
}

CurlImport importWords(QList<QByteArray> arguments, const FileReadRule &files)
{
    CurlImport result;
    if (arguments.isEmpty() || (arguments.first() != "curl" && arguments.first() != "curl.exe")) {
        result.error = CurlCommandText::tr("A curl command starts with the word curl.");
        return result;
    }
    arguments.removeFirst();
    QList<QByteArray> kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QByteArray &word = arguments.at(i);
        if (onlyShapesOutput(word)) {
            QString shown = QString::fromUtf8(word);
            if (takesValue(word) && i + 1 < arguments.size())
                shown += QLatin1Char(' ') + QString::fromUtf8(arguments.at(++i));
            result.notes.append(
                    CurlCommandText::tr(
                            "%1 only changes what curl prints or saves; it is not part of "
                            "the request.")
                            .arg(shown));
            continue;
        }
        kept.append(word);
    }
    CurlParseOptions options;
    options.standardInput = false; // a pasted command has no standard input to read
    options.files = &files;
    const CurlParseResult parsed = parseCurlArguments(kept, options);
    if (!parsed.ok) {
        result.error = parsed.error;
        result.refused = parsed.refused;
        return result;
    }
    result.command = parsed.command;
    result.ok = true;
    return result;
}

} // namespace

CurlImport importCurlCommand(const QString &text, const FileReadRule &files)
{
    const QString command = withoutPrompt(text);
    CurlImport result;
    result.error = otherShellProblem(command);
    if (!result.error.isEmpty())
        return result;
    const ShellWords words = splitShellWords(command.toUtf8());
    if (!words.ok) {
        result.error = words.error;
        return result;
    }
    result = importWords(words.words, files);
    if (result.ok && !words.rest.isEmpty())
        result.notes.prepend(
                CurlCommandText::tr("Only the curl command was taken; what follows it was left "
                                    "out: %1")
                        .arg(words.rest.left(80)));
    return result;
}

QList<CurlImport> importCurlCommands(const QString &text, const FileReadRule &files)
{
    QList<CurlImport> imports;
    QString remaining = withoutPrompt(text);
    const QString problem = otherShellProblem(remaining);
    if (!problem.isEmpty()) {
        CurlImport failed;
        failed.error = problem;
        return {failed};
    }
    while (!remaining.trimmed().isEmpty()) {
        const ShellWords words = splitShellWords(remaining.toUtf8());
        if (!words.ok) {
            CurlImport failed;
            failed.error = words.error;
            imports.append(failed);
            break;
        }
        if (!words.words.isEmpty())
            imports.append(importWords(words.words, files));
        QString rest = words.rest;
        if (rest.startsWith(QLatin1Char('|')) && !rest.startsWith(QLatin1String("||"))) {
            if (!imports.isEmpty())
                imports.last().notes.append(
                        CurlCommandText::tr("What the command is piped into was left out: %1")
                                .arg(rest.left(80)));
            break;
        }
        // Commands joined by ";", "&&", "||", "&" or a newline are taken one after another.
        while (!rest.isEmpty()
               && (rest.at(0) == QLatin1Char(';') || rest.at(0) == QLatin1Char('&')
                   || rest.at(0) == QLatin1Char('|') || rest.at(0).isSpace()))
            rest.remove(0, 1);
        remaining = withoutPrompt(rest);
    }
    return imports;
}

namespace {

// The command as groups: the URL, then each option with its value.
QList<QList<QByteArray>> curlGroups(const Request &r)
{
    QList<QList<QByteArray>> groups;
    groups.append({r.url.toUtf8()});
    const bool impliedMethod = r.method.isEmpty() || (r.method == "GET" && !r.hasBody && !r.noBody)
                               || (r.method == "POST" && r.hasBody && !r.noBody)
                               || (r.method == "HEAD" && r.noBody);
    if (r.noBody)
        groups.append({"-I"});
    if (!impliedMethod)
        groups.append({"-X", r.method});
    for (const HeaderLine &line : r.headers)
        groups.append({"-H", line.toCurlSyntax()});
    if (r.userAgentSet)
        groups.append({"-A", r.userAgent});
    if (!r.referer.isEmpty())
        groups.append({"-e", r.referer});
    if (!r.userPassword.isEmpty())
        groups.append({"-u", r.userPassword});
    if (!r.bearerToken.isEmpty())
        groups.append({"--oauth2-bearer", r.bearerToken});
    if (!r.cookie.isEmpty())
        groups.append({"-b", r.cookie});
    for (const QString &file : r.cookieFiles)
        groups.append({"-b", file.toLocal8Bit()});
    if (!r.cookieJar.isEmpty())
        groups.append({"-c", r.cookieJar.toLocal8Bit()});
    if (r.bodyFileUnread)
        groups.append({"--data-binary",
                       '@'
                               + QFile::encodeName(r.bodyFile.startsWith(u'@')
                                                           ? r.bodyFile.mid(1).trimmed()
                                                           : r.bodyFile)});
    else if (r.hasBody)
        groups.append({"--data-raw", r.body});
    if (r.followRedirects)
        groups.append({"-L"});
    // The limit only matters when redirects are followed.
    if (r.followRedirects && r.maxRedirects != 50)
        groups.append({"--max-redirs", QByteArray::number(r.maxRedirects)});
    switch (r.httpVersion) {
    case HttpVersion::Default:
        break;
    case HttpVersion::Http1_0:
        groups.append({"--http1.0"});
        break;
    case HttpVersion::Http1_1:
        groups.append({"--http1.1"});
        break;
    case HttpVersion::Http2:
        groups.append({"--http2"});
        break;
    }
    if (r.decompress)
        groups.append({"--compressed"});
    if (r.insecure)
        groups.append({"-k"});
    for (const QString &entry : r.resolve)
        groups.append({"--resolve", entry.toUtf8()});
    if (!r.proxy.isEmpty())
        groups.append({"-x", r.proxy.toUtf8()});
    if (r.timeoutMs > 0)
        groups.append({"-m", number(r.timeoutMs)});
    if (r.connectTimeoutMs > 0)
        groups.append({"--connect-timeout", number(r.connectTimeoutMs)});
    if (r.maxFileSize > 0)
        groups.append({"--max-filesize", QByteArray::number(r.maxFileSize)});
    // A URL with braces or brackets is sent as written; curl would expand it without -g.
    QByteArray rest = groups.first().first();
    if (rest.contains("://"))
        rest = rest.mid(rest.indexOf("://") + 3);
    if (rest.startsWith('['))
        rest = rest.mid(rest.indexOf(']') + 1);
    if (rest.contains('{') || rest.contains('}') || rest.contains('[') || rest.contains(']'))
        groups.append({"-g"});
    return groups;
}

} // namespace

QList<QByteArray> curlArguments(const Request &request)
{
    QList<QByteArray> args;
    for (const QList<QByteArray> &group : curlGroups(request))
        args += group;
    return args;
}

QString curlCommandLine(const Request &request, CurlLayout layout)
{
    QList<QList<QByteArray>> groups = curlGroups(request);
    QByteArray out = "curl " + shellQuote(groups.first().first());
    // A NUL byte cannot travel in an argument, so such a body comes through a pipe.
    if (request.hasBody && request.body.contains('\0')) {
        QByteArray format;
        for (char c : request.body) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '%')
                format += "%%";
            else if (u < 0x20 || u >= 0x7f || c == '\\' || c == '\'')
                format += '\\' + QByteArray::number(u, 8).rightJustified(3, '0');
            else
                format += c;
        }
        out = "printf '" + format + "' | " + out;
        for (QList<QByteArray> &group : groups) {
            if (group.first() == "--data-raw")
                group = {"--data-binary", "@-"};
        }
    }
    for (qsizetype i = 1; i < groups.size(); ++i) {
        const QList<QByteArray> &group = groups.at(i);
        out += layout == CurlLayout::MultiLine ? QByteArray(" \\\n  ") : QByteArray(" ");
        out += group.first(); // option names need no quoting
        for (qsizetype j = 1; j < group.size(); ++j)
            out += ' ' + shellQuote(group.at(j));
    }
    return QString::fromUtf8(out);
}

} // namespace HttpLens
