#include "curloptions.h"

#include "curloptiontable.h"

#include "interop/harreader.h"
#include "model/httpdate.h"
#include "model/url.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <curl/curl.h>

#include <cmath>
#include <optional>

namespace HttpLens {

namespace {

class CurlOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::CurlOptions)
};

using Id = CurlOptionId;
using Option = CurlOption;

QString text(const QByteArray &argument)
{
    return QString::fromLocal8Bit(argument);
}

struct Parser
{
    bool standardInput = true;
    bool urlRequired = true;
    CurlCommand command;
    Request common;
    QList<QByteArray> urls;
    QList<QByteArray> urlQueries;
    QByteArray harIn;
    int harEntry = 0;
    bool globoff = false;
    QList<QByteArray> dataParts;
    QStringList dataFiles; // the files data parts were read from, resolved
    bool haveData = false;
    bool getMode = false;
    bool jsonUsed = false;
    std::optional<HeaderLine> timeConditionField;
    QString error;
    int exitCode = 2;
    // Null for the person's own command line; else the files a pasted command may read.
    const FileReadRule *files = nullptr;
    QList<FileReadRule::Check> refused;

    bool fail(const QString &message, int code = 2)
    {
        error = message;
        exitCode = refused.isEmpty() ? code : 2; // a refusal is a usage matter, not a read error
        return false;
    }

    // Whether the command may read path; a refused path is named in error and in refused.
    bool permitted(const QByteArray &path, QString *resolved)
    {
        *resolved = QFile::decodeName(path);
        if (!files || path == "-")
            return true;
        const FileReadRule::Check check = files->check(*resolved);
        *resolved = check.resolved;
        if (check.allowed)
            return true;
        refused.append(check);
        return fail(FileReadRule::refusal(check));
    }

    // A file the command reads (@file), through the rule; resolved: where it was read from.
    std::optional<QByteArray> readFile(const QByteArray &path,
                                       QString *readError,
                                       QString *resolvedPath = nullptr)
    {
        QString ignored;
        QString &resolved = resolvedPath ? *resolvedPath : ignored;
        if (!permitted(path, &resolved)) {
            *readError = error;
            return std::nullopt;
        }
        return readCurlOptionFile(path == "-" ? path : QFile::encodeName(resolved),
                                  standardInput,
                                  readError);
    }

    // --data-urlencode and --url-query: "content", "=content", "name=content", "@file" or
    // "name@file"; the content is encoded as curl does it.
    bool urlEncoded(const QByteArray &argument, QByteArray *out)
    {
        const qsizetype eq = argument.indexOf('=');
        const qsizetype at = argument.indexOf('@');
        QByteArray name;
        QByteArray content;
        if (at >= 0 && (eq < 0 || at < eq)) {
            name = argument.left(at);
            QString readError;
            const auto fileContent = readFile(argument.mid(at + 1), &readError);
            if (!fileContent)
                return fail(readError, 26);
            content = *fileContent;
        } else if (eq >= 0) {
            name = argument.left(eq);
            content = argument.mid(eq + 1);
        } else {
            content = argument;
        }
        // Like curl: unreserved characters stay, a space becomes '+', the rest is %XX.
        *out = content.toPercentEncoding(" ").replace(' ', '+');
        if (!name.isEmpty())
            *out = name + '=' + *out;
        return true;
    }

    bool addData(Id id, const QByteArray &argument)
    {
        QByteArray bytes = argument;
        const bool fromFile = argument.startsWith('@')
                              && (id == Id::Data || id == Id::DataBinary || id == Id::Json);
        if (fromFile) {
            QString readError;
            QString resolved;
            const auto content = readFile(argument.mid(1), &readError, &resolved);
            if (!content)
                return fail(readError, 26);
            bytes = *content;
            if (argument != "@-")
                dataFiles.append(QFileInfo(resolved).absoluteFilePath());
            if (id == Id::Data) // curl's -d @file drops carriage returns and newlines
                bytes.replace("\r", "").replace("\n", "");
        }
        if (id == Id::DataUrlencode && !urlEncoded(argument, &bytes))
            return false;
        if (id == Id::Json) {
            // --json parts are concatenated as they are, unlike -d parts which are joined by '&'.
            if (jsonUsed && !dataParts.isEmpty())
                dataParts.last().append(bytes);
            else
                dataParts.append(bytes);
            jsonUsed = true;
        } else {
            dataParts.append(bytes);
        }
        haveData = true;
        return true;
    }

    bool timeCondition(const QByteArray &argument)
    {
        QByteArray when = argument;
        QByteArray name = "If-Modified-Since";
        if (when.startsWith('-')) {
            name = "If-Unmodified-Since";
            when.remove(0, 1);
        } else if (when.startsWith('+')) {
            when.remove(0, 1);
        }
        const time_t parsed = curl_getdate(when.constData(), nullptr);
        qint64 value = qint64(parsed);
        if (parsed == time_t(-1)) {
            const QFileInfo info(QFile::decodeName(when));
            if (!info.exists())
                return fail(
                        CurlOptionsText::tr(
                                "-z/--time-cond: \"%1\" is neither a date curl understands nor an "
                                "existing file.")
                                .arg(text(when)));
            value = info.lastModified().toSecsSinceEpoch();
        }
        // curl_getdate reads years HTTP cannot write ("Dec 2026020260"): such a moment is
        // refused, not sent as a broken field.
        const QByteArray date = formatHttpDate(QDateTime::fromSecsSinceEpoch(value, Qt::UTC));
        if (date.isEmpty())
            return fail(CurlOptionsText::tr("-z/--time-cond: \"%1\" is a date outside the years "
                                            "1 to 9999, which an HTTP date cannot carry.")
                                .arg(text(when)));
        timeConditionField = HeaderLine{HeaderLine::Kind::Set, name, date};
        return true;
    }

    // libcurl writes its time condition after the Cookie field and before the -H fields, and
    // not at all when a -H field of the same name exists. It is written here as the first
    // header line instead, which puts the same bytes in the same place without libcurl's time
    // condition: that one drops a 200's body when the date does not match and fakes a 304.
    void addTimeCondition()
    {
        if (!timeConditionField)
            return;
        for (const HeaderLine &line : std::as_const(common.headers)) {
            if (line.name.compare(timeConditionField->name, Qt::CaseInsensitive) == 0)
                return;
        }
        common.headers.prepend(*timeConditionField);
    }

    bool apply(const Option &option, const QByteArray &argument)
    {
        return applyBodyOption(option, argument);
    }

    // Options for the method, the headers and the body.
    bool applyBodyOption(const Option &option, const QByteArray &argument)
    {
        switch (option.id) {
        case Id::Request:
            common.method = argument;
            break;
        case Id::Header:
            if (argument.startsWith('@')) {
                QString readError;
                const auto content = readFile(argument.mid(1), &readError);
                if (!content)
                    return fail(readError, 26);
                for (QByteArray line : content->split('\n')) {
                    if (line.endsWith('\r'))
                        line.chop(1);
                    if (!line.trimmed().isEmpty())
                        common.headers.append(HeaderLine::fromCurlSyntax(line));
                }
            } else {
                common.headers.append(HeaderLine::fromCurlSyntax(argument));
            }
            break;
        case Id::Data:
        case Id::DataRaw:
        case Id::DataBinary:
        case Id::DataUrlencode:
            return addData(option.id, argument);
        case Id::Json:
            if (!addData(option.id, argument))
                return false;
            if (!jsonHeadersAdded()) {
                common.headers.append(HeaderLine::fromCurlSyntax("Content-Type: application/json"));
                common.headers.append(HeaderLine::fromCurlSyntax("Accept: application/json"));
            }
            break;
        case Id::Get:
            getMode = true;
            break;
        case Id::Head:
            common.noBody = true;
            break;
        default:
            return applyRequestOption(option, argument);
        }
        return true;
    }

    // Options for redirects, validators, cookies and identity.
    bool applyRequestOption(const Option &option, const QByteArray &argument)
    {
        switch (option.id) {
        case Id::Location:
            common.followRedirects = true;
            break;
        case Id::MaxRedirs: {
            bool ok = false;
            const int value = argument.toInt(&ok);
            if (!ok || value < -1)
                return fail(
                        CurlOptionsText::tr(
                                "--max-redirs expects a whole number of -1 or more, not \"%1\".")
                                .arg(text(argument)));
            common.maxRedirects = value;
            break;
        }
        case Id::TimeCond:
            return timeCondition(argument);
        case Id::EtagSave:
            command.etagSave = QFile::decodeName(argument);
            break;
        case Id::EtagCompare:
            command.etagCompare = QFile::decodeName(argument);
            break;
        case Id::Cookie:
            if (argument.contains('=')) {
                common.cookie = common.cookie.isEmpty() ? argument
                                                        : common.cookie + "; " + argument;
            } else {
                const QString path = QFile::decodeName(argument);
                if (argument == "-" && !standardInput)
                    return fail(CurlOptionsText::tr(
                            "-b - reads cookies from standard input, which a pasted "
                            "command does not have."));
                QString resolved;
                if (argument != "-" && !permitted(argument, &resolved))
                    return false;
                if (argument != "-" && !QFileInfo::exists(resolved))
                    return fail(
                            CurlOptionsText::tr(
                                    "-b/--cookie: \"%1\" has no '=' so it names a cookie file, and "
                                    "that file does not exist.")
                                    .arg(path),
                            26);
                common.cookieFiles.append(argument == "-" ? path : resolved);
                common.cookieEngine = true;
            }
            break;
        case Id::CookieJar:
            common.cookieJar = QFile::decodeName(argument);
            common.cookieEngine = true;
            break;
        case Id::User:
            common.userPassword = argument;
            if (!common.userPassword.contains(':'))
                return fail(CurlOptionsText::tr(
                        "-u/--user needs user:password; HTTP Lens does not prompt for passwords."));
            break;
        case Id::UserAgent:
            common.userAgent = argument;
            common.userAgentSet = true;
            break;
        case Id::Referer:
            if (argument.endsWith(";auto"))
                return fail(CurlOptionsText::tr("-e/--referer with \";auto\" is not supported."));
            common.referer = argument;
            break;
        default:
            return applyConnectionOption(option, argument);
        }
        return true;
    }

    // Options for how the connection is made.
    bool applyConnectionOption(const Option &option, const QByteArray &argument)
    {
        switch (option.id) {
        case Id::Compressed:
            common.decompress = true;
            break;
        case Id::Insecure:
            common.insecure = true;
            break;
        case Id::Resolve:
            if (argument.count(':') < 2)
                return fail(CurlOptionsText::tr("--resolve expects host:port:address, not \"%1\".")
                                    .arg(text(argument)));
            common.resolve.append(text(argument));
            break;
        case Id::Http10:
            common.httpVersion = HttpVersion::Http1_0;
            break;
        case Id::Http11:
            common.httpVersion = HttpVersion::Http1_1;
            break;
        case Id::Http2:
            common.httpVersion = HttpVersion::Http2;
            break;
        case Id::MaxTime:
        case Id::ConnectTimeout: {
            const auto ms = parseCurlSeconds(argument);
            if (!ms)
                return fail(CurlOptionsText::tr("--%1 expects a number of seconds, not \"%2\".")
                                    .arg(QLatin1String(option.longName), text(argument)));
            (option.id == Id::MaxTime ? common.timeoutMs : common.connectTimeoutMs) = *ms;
            break;
        }
        case Id::Proxy:
            common.proxy = text(argument);
            break;
        case Id::MaxFilesize: {
            const std::optional<qint64> bytes = parseCurlSize(argument);
            if (!bytes)
                return fail(CurlOptionsText::tr("--max-filesize expects a number of bytes (with k, "
                                                "M or G if you like), not \"%1\".")
                                    .arg(text(argument)));
            common.maxFileSize = *bytes;
            break;
        }
        default:
            return applyOutputOption(option, argument);
        }
        return true;
    }

    // Options for what is shown and written, and which URLs.
    bool applyOutputOption(const Option &option, const QByteArray &argument)
    {
        switch (option.id) {
        case Id::Output:
            command.outputs.append(QFile::decodeName(argument));
            break;
        case Id::Verbose:
            command.verbose = true;
            break;
        case Id::Silent:
            command.silent = true;
            break;
        case Id::ShowError:
            command.showError = true;
            break;
        case Id::Parallel:
            command.parallel = true;
            break;
        case Id::ParallelMax: {
            bool ok = false;
            const int value = argument.toInt(&ok);
            if (!ok || value < 1 || value > 300)
                return fail(CurlOptionsText::tr(
                                    "--parallel-max expects a number from 1 to 300, not \"%1\".")
                                    .arg(text(argument)));
            command.parallelMax = value;
            break;
        }
        case Id::ParallelImmediate:
            // HTTP Lens always opens connections at once; the option asks for exactly that.
            break;
        case Id::Har:
            command.harFile = QFile::decodeName(argument);
            break;
        case Id::HarIn:
            harIn = argument;
            break;
        case Id::Entry: {
            bool ok = false;
            harEntry = argument.toInt(&ok);
            if (!ok || harEntry < 1)
                return fail(
                        CurlOptionsText::tr(
                                "--entry expects the number of a HAR entry, counted from 1, not "
                                "\"%1\".")
                                .arg(text(argument)));
            break;
        }
        case Id::Url:
            urls.append(argument);
            break;
        case Id::UrlQuery: {
            QByteArray part;
            if (argument.startsWith('+')) // "+name=value": added as it is, not encoded
                part = argument.mid(1);
            else if (!urlEncoded(argument, &part))
                return false;
            urlQueries.append(part);
            break;
        }
        case Id::Globoff:
            globoff = true;
            break;
        case Id::Include:
            command.include = true;
            break;
        case Id::Fail:
            command.fail = CurlCommand::Fail::Quietly;
            break;
        case Id::FailWithBody:
            command.fail = CurlCommand::Fail::WithBody;
            break;
        case Id::OAuth2Bearer:
            common.bearerToken = argument;
            break;
        case Id::WriteOut:
            if (argument.startsWith('@')) {
                // -w @file reads the format from a file ("@-": standard input), as curl does.
                QString readError;
                const auto content = readFile(argument.mid(1), &readError);
                if (!content)
                    return fail(readError, 26);
                command.writeOut = *content;
            } else {
                command.writeOut = argument;
            }
            break;
        default:
            break;
        }
        return true;
    }

    bool jsonHeadersAdded() const
    {
        for (const HeaderLine &line : common.headers) {
            if (line.name.compare("Content-Type", Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    bool parse(const QList<QByteArray> &arguments)
    {
        bool optionsEnded = false;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QByteArray &arg = arguments.at(i);
            auto takeArgument = [&](const Option &option, QByteArray *value) {
                if (i + 1 >= arguments.size())
                    return fail(CurlOptionsText::tr("Option --%1 needs an argument.")
                                        .arg(QLatin1String(option.longName)));
                *value = arguments.at(++i);
                return true;
            };
            if (optionsEnded || !arg.startsWith('-') || arg == "-") {
                urls.append(arg);
                continue;
            }
            if (arg == "--") {
                optionsEnded = true;
                continue;
            }
            if (arg.startsWith("--")) {
                const QByteArray name = arg.mid(2);
                const Option *option = findLongCurlOption(name);
                if (!option) {
                    if (name.contains('='))
                        return fail(
                                CurlOptionsText::tr(
                                        "Option %1: curl's long options take their value as the "
                                        "next argument, not after '='.")
                                        .arg(text(arg)));
                    return fail(
                            CurlOptionsText::tr("Option %1 is not supported by HTTP Lens. "
                                                "Supported options: %2.")
                                    .arg(text(arg), supportedCurlOptions().join(QLatin1Char(' '))));
                }
                QByteArray value;
                if (option->takesArgument && !takeArgument(*option, &value))
                    return false;
                if (!apply(*option, value))
                    return false;
                continue;
            }
            // A cluster of short options: "-sSL", "-XPOST", "-H" "x: y".
            for (qsizetype pos = 1; pos < arg.size(); ++pos) {
                const Option *option = findShortCurlOption(arg.at(pos));
                if (!option)
                    return fail(CurlOptionsText::tr(
                                        "Option -%1 (in \"%2\") is not supported by HTTP Lens. "
                                        "Supported options: %3.")
                                        .arg(QString(QLatin1Char(arg.at(pos))),
                                             text(arg),
                                             supportedCurlOptions().join(QLatin1Char(' '))));
                QByteArray value;
                if (option->takesArgument) {
                    if (pos + 1 < arg.size())
                        value = arg.mid(pos + 1);
                    else if (!takeArgument(*option, &value))
                        return false;
                    if (!apply(*option, value))
                        return false;
                    break;
                }
                if (!apply(*option, value))
                    return false;
            }
        }
        return finish();
    }

    // curl expands {a,b} and [1-9] in URLs unless -g is given; HTTP Lens sends one URL as it
    // is written, so a pattern is pointed out rather than sent differently from curl.
    bool checkGlobbing(const QByteArray &url)
    {
        if (globoff)
            return true;
        QByteArray rest = url;
        const qsizetype scheme = rest.indexOf("://");
        if (scheme >= 0)
            rest = rest.mid(scheme + 3);
        if (rest.startsWith('[')) // an IPv6 literal is not a pattern
            rest = rest.mid(rest.indexOf(']') + 1);
        for (char c : {'{', '}', '[', ']'}) {
            if (rest.contains(c))
                return fail(
                        CurlOptionsText::tr(
                                "The URL \"%1\" contains '%2': curl would expand it as a URL "
                                "pattern, which HTTP Lens does not do. Add -g/--globoff to send "
                                "the URL as it is written.")
                                .arg(text(url), QString(QLatin1Char(c))));
        }
        return true;
    }

    bool finishHarReplay()
    {
        if (!urls.isEmpty())
            return fail(CurlOptionsText::tr(
                    "--har-in replays a request from a HAR file; give no URL with it."));
        QString readError;
        const auto content = readFile(harIn, &readError);
        if (!content)
            return fail(readError, 26);
        const HarRequests har = readHarRequests(*content);
        if (!har.ok)
            return fail(CurlOptionsText::tr("--har-in %1: %2").arg(text(harIn), har.error), 26);
        if (har.requests.isEmpty())
            return fail(CurlOptionsText::tr("--har-in %1: the HAR file has no entries.")
                                .arg(text(harIn)),
                        26);
        if (harEntry == 0 && har.requests.size() > 1)
            return fail(CurlOptionsText::tr(
                                "--har-in %1 has %2 entries: choose one with --entry N (1 to %2).")
                                .arg(text(harIn))
                                .arg(har.requests.size()));
        const int index = qMax(1, harEntry);
        if (index > har.requests.size())
            return fail(CurlOptionsText::tr("--entry %1: the HAR file has only %2 entries.")
                                .arg(index)
                                .arg(har.requests.size()));
        command.requests.append(withCommandLineOptions(har.requests.at(index - 1), common));
        return true;
    }

    bool finish()
    {
        if (harEntry > 0 && harIn.isEmpty())
            return fail(CurlOptionsText::tr(
                    "--entry chooses an entry of --har-in FILE, which is missing."));
        if (urls.isEmpty() && harIn.isEmpty() && urlRequired)
            return fail(CurlOptionsText::tr("No URL given."), 2);
        if (!command.etagCompare.isEmpty()) {
            QString resolved;
            if (!permitted(QFile::encodeName(command.etagCompare), &resolved))
                return false;
            QFile file(resolved);
            QByteArray etag;
            if (file.open(QIODevice::ReadOnly)) {
                etag = file.readLine(4096).trimmed(); // a device would never end a line
            } else if (command.etagSave.isEmpty()) {
                return fail(CurlOptionsText::tr("--etag-compare: cannot read \"%1\": %2.")
                                    .arg(command.etagCompare, file.errorString()),
                            26);
            }
            // As curl does: a missing or empty file compares against the empty ETag.
            if (etag.isEmpty())
                etag = "\"\"";
            common.headers.append(HeaderLine{HeaderLine::Kind::Set, "If-None-Match", etag});
        }
        addTimeCondition();
        QByteArray body;
        if (haveData)
            body = jsonUsed ? dataParts.join(QByteArray()) : dataParts.join('&');
        if (haveData && !getMode) {
            common.hasBody = true;
            common.body = body;
            // The body is one file's: it is said where it came from.
            if (dataParts.size() == 1 && dataFiles.size() == 1)
                common.bodyFile = dataFiles.first();
        }
        if (!harIn.isEmpty())
            return finishHarReplay();
        if (urls.isEmpty()) { // options for requests that come from elsewhere
            command.requests.append(common);
            return true;
        }
        QList<QByteArray> queries = urlQueries;
        if (haveData && getMode)
            queries.append(body);
        for (const QByteArray &rawUrl : std::as_const(urls)) {
            QByteArray url = rawUrl.trimmed();
            if (!checkGlobbing(url))
                return false;
            // curl guesses http:// when the scheme is missing; so does HTTP Lens.
            if (!url.contains("://") && !url.isEmpty())
                url.prepend("http://");
            for (const QByteArray &query : std::as_const(queries)) {
                if (query.isEmpty())
                    continue;
                const qsizetype hash = url.indexOf('#');
                const QByteArray fragment = hash >= 0 ? url.mid(hash) : QByteArray();
                if (hash >= 0)
                    url.truncate(hash);
                url += (url.contains('?') ? '&' : '?') + query + fragment;
            }
            Request request = common;
            request.url = encodeUrl(QString::fromUtf8(url));
            command.requests.append(request);
        }
        return true;
    }
};

} // namespace

Request withCommandLineOptions(const Request &recorded, const Request &options)
{
    Request request = options;
    request.method = options.method.isEmpty() ? recorded.method : options.method;
    request.url = recorded.url;
    request.headers = recorded.headers + options.headers;
    if (!options.hasBody) {
        request.hasBody = recorded.hasBody;
        request.body = recorded.body;
        request.bodyFile = recorded.bodyFile;
        request.bodyFileUnread = recorded.bodyFileUnread;
    }
    request.noBody = options.noBody || recorded.noBody;
    request.decompress = options.decompress || recorded.decompress;
    request.followRedirects = options.followRedirects || recorded.followRedirects;
    return request;
}

QStringList supportedCurlOptions()
{
    QStringList names;
    for (const CurlOption *option : curlOptionTable()) {
        QString name;
        if (option->shortName)
            name = QLatin1Char('-') + QLatin1Char(option->shortName) + QLatin1Char('/');
        name += QLatin1String("--") + QLatin1String(option->longName);
        names.append(name);
    }
    return names;
}

CurlParseResult parseCurlArguments(const QStringList &arguments)
{
    QList<QByteArray> bytes;
    bytes.reserve(arguments.size());
    for (const QString &argument : arguments)
        bytes.append(argument.toLocal8Bit());
    return parseCurlArguments(bytes);
}

CurlParseResult parseCurlArguments(const QList<QByteArray> &arguments,
                                   const CurlParseOptions &options)
{
    Parser parser;
    parser.standardInput = options.standardInput;
    parser.files = options.files;
    parser.urlRequired = options.urlRequired;
    CurlParseResult result;
    result.ok = parser.parse(arguments);
    if (result.ok) {
        result.command = parser.command;
    } else {
        result.error = parser.error;
        result.exitCode = parser.exitCode;
        result.refused = parser.refused;
    }
    return result;
}

} // namespace HttpLens
