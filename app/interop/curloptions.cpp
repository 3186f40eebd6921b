#include "curloptions.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <curl/curl.h>

#include <optional>

namespace HttpLens {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HttpLens::CurlOptions", text);
}

enum class Id {
    Request,
    Header,
    Data,
    DataRaw,
    DataBinary,
    DataUrlencode,
    Json,
    Get,
    Head,
    Location,
    MaxRedirs,
    TimeCond,
    EtagSave,
    EtagCompare,
    Cookie,
    CookieJar,
    User,
    UserAgent,
    Referer,
    Compressed,
    Insecure,
    Resolve,
    Http10,
    Http11,
    Http2,
    MaxTime,
    ConnectTimeout,
    Proxy,
    Output,
    Verbose,
    Silent,
    ShowError,
    Parallel,
    ParallelMax,
    ParallelImmediate,
    Har,
    Url
};

struct Option
{
    Id id;
    char shortName; // 0 when there is none
    const char *longName;
    bool takesArgument;
};

const Option kOptions[] = {
        {Id::Request, 'X', "request", true},
        {Id::Header, 'H', "header", true},
        {Id::Data, 'd', "data", true},
        {Id::Data, 0, "data-ascii", true},
        {Id::DataRaw, 0, "data-raw", true},
        {Id::DataBinary, 0, "data-binary", true},
        {Id::DataUrlencode, 0, "data-urlencode", true},
        {Id::Json, 0, "json", true},
        {Id::Get, 'G', "get", false},
        {Id::Head, 'I', "head", false},
        {Id::Location, 'L', "location", false},
        {Id::MaxRedirs, 0, "max-redirs", true},
        {Id::TimeCond, 'z', "time-cond", true},
        {Id::EtagSave, 0, "etag-save", true},
        {Id::EtagCompare, 0, "etag-compare", true},
        {Id::Cookie, 'b', "cookie", true},
        {Id::CookieJar, 'c', "cookie-jar", true},
        {Id::User, 'u', "user", true},
        {Id::UserAgent, 'A', "user-agent", true},
        {Id::Referer, 'e', "referer", true},
        {Id::Compressed, 0, "compressed", false},
        {Id::Insecure, 'k', "insecure", false},
        {Id::Resolve, 0, "resolve", true},
        {Id::Http10, '0', "http1.0", false},
        {Id::Http11, 0, "http1.1", false},
        {Id::Http2, 0, "http2", false},
        {Id::MaxTime, 'm', "max-time", true},
        {Id::ConnectTimeout, 0, "connect-timeout", true},
        {Id::Proxy, 'x', "proxy", true},
        {Id::Output, 'o', "output", true},
        {Id::Verbose, 'v', "verbose", false},
        {Id::Silent, 's', "silent", false},
        {Id::ShowError, 'S', "show-error", false},
        {Id::Parallel, 'Z', "parallel", false},
        {Id::ParallelMax, 0, "parallel-max", true},
        {Id::ParallelImmediate, 0, "parallel-immediate", false},
        {Id::Har, 0, "har", true},
        {Id::Url, 0, "url", true},
};

const Option *findLong(const QString &name)
{
    for (const Option &option : kOptions) {
        if (name == QLatin1String(option.longName))
            return &option;
    }
    return nullptr;
}

const Option *findShort(QChar name)
{
    for (const Option &option : kOptions) {
        if (option.shortName && name == QLatin1Char(option.shortName))
            return &option;
    }
    return nullptr;
}

std::optional<QByteArray> readWholeFile(const QString &path, QString *error)
{
    QFile file(path);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *error = tr("Cannot read \"%1\": %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<qint64> parseSeconds(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 1e9)
        return std::nullopt;
    return qint64(seconds * 1000.0 + 0.5);
}

struct Parser
{
    CurlCommand command;
    Request common;
    QStringList urls;
    QList<QByteArray> dataParts;
    bool haveData = false;
    bool getMode = false;
    bool jsonUsed = false;
    QString error;
    int exitCode = 2;

    bool fail(const QString &message, int code = 2)
    {
        error = message;
        exitCode = code;
        return false;
    }

    bool addData(Id id, const QString &argument)
    {
        QByteArray bytes = argument.toLocal8Bit();
        const bool fromFile = argument.startsWith(QLatin1Char('@'))
                              && (id == Id::Data || id == Id::DataBinary || id == Id::Json);
        if (fromFile) {
            QString readError;
            const auto content = readWholeFile(argument.mid(1), &readError);
            if (!content)
                return fail(readError, 26);
            bytes = *content;
            if (id == Id::Data) // curl's -d @file drops carriage returns and newlines
                bytes.replace("\r", "").replace("\n", "");
        }
        if (id == Id::DataUrlencode) {
            QString readError;
            const qsizetype eq = argument.indexOf(QLatin1Char('='));
            const qsizetype at = argument.indexOf(QLatin1Char('@'));
            QByteArray name;
            QByteArray content;
            if (at >= 0 && (eq < 0 || at < eq)) {
                name = argument.left(at).toLocal8Bit();
                const auto fileContent = readWholeFile(argument.mid(at + 1), &readError);
                if (!fileContent)
                    return fail(readError, 26);
                content = *fileContent;
            } else if (eq >= 0) {
                name = argument.left(eq).toLocal8Bit();
                content = argument.mid(eq + 1).toLocal8Bit();
            } else {
                content = bytes;
            }
            // Like curl: unreserved characters stay, a space becomes '+', the rest is %XX.
            bytes = content.toPercentEncoding(" ").replace(' ', '+');
            if (!name.isEmpty())
                bytes = name + '=' + bytes;
        }
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

    bool timeCondition(const QString &argument)
    {
        QString text = argument;
        TimeCondition condition = TimeCondition::IfModifiedSince;
        if (text.startsWith(QLatin1Char('-'))) {
            condition = TimeCondition::IfUnmodifiedSince;
            text.remove(0, 1);
        } else if (text.startsWith(QLatin1Char('+'))) {
            text.remove(0, 1);
        }
        const time_t parsed = curl_getdate(text.toLatin1().constData(), nullptr);
        qint64 value = qint64(parsed);
        if (parsed == time_t(-1)) {
            const QFileInfo info(text);
            if (!info.exists())
                return fail(tr("-z/--time-cond: \"%1\" is neither a date curl understands nor an "
                               "existing file.")
                                    .arg(text));
            value = info.lastModified().toSecsSinceEpoch();
        }
        common.timeCondition = condition;
        common.timeConditionValue = value;
        return true;
    }

    bool apply(const Option &option, const QString &argument)
    {
        switch (option.id) {
        case Id::Request:
            common.method = argument.toLatin1();
            break;
        case Id::Header:
            if (argument.startsWith(QLatin1Char('@'))) {
                QString readError;
                const auto content = readWholeFile(argument.mid(1), &readError);
                if (!content)
                    return fail(readError, 26);
                for (QByteArray line : content->split('\n')) {
                    if (line.endsWith('\r'))
                        line.chop(1);
                    if (!line.trimmed().isEmpty())
                        common.headers.append(HeaderLine::fromCurlSyntax(line));
                }
            } else {
                common.headers.append(HeaderLine::fromCurlSyntax(argument.toUtf8()));
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
        case Id::Location:
            common.followRedirects = true;
            break;
        case Id::MaxRedirs: {
            bool ok = false;
            const int value = argument.toInt(&ok);
            if (!ok || value < -1)
                return fail(tr("--max-redirs expects a whole number of -1 or more, not \"%1\".")
                                    .arg(argument));
            common.maxRedirects = value;
            break;
        }
        case Id::TimeCond:
            return timeCondition(argument);
        case Id::EtagSave:
            command.etagSave = argument;
            break;
        case Id::EtagCompare:
            command.etagCompare = argument;
            break;
        case Id::Cookie:
            if (argument.contains(QLatin1Char('='))) {
                const QByteArray value = argument.toUtf8();
                common.cookie = common.cookie.isEmpty() ? value : common.cookie + "; " + value;
            } else {
                if (argument != QLatin1String("-") && !QFileInfo::exists(argument))
                    return fail(tr("-b/--cookie: \"%1\" has no '=' so it names a cookie file, and "
                                   "that file does not exist.")
                                        .arg(argument),
                                26);
                common.cookieFiles.append(argument);
                common.cookieEngine = true;
            }
            break;
        case Id::CookieJar:
            common.cookieJar = argument;
            common.cookieEngine = true;
            break;
        case Id::User:
            common.userPassword = argument.toUtf8();
            if (!common.userPassword.contains(':'))
                return fail(tr(
                        "-u/--user needs user:password; HTTP Lens does not prompt for passwords."));
            break;
        case Id::UserAgent:
            common.userAgent = argument.toUtf8();
            common.userAgentSet = true;
            break;
        case Id::Referer:
            if (argument.endsWith(QLatin1String(";auto")))
                return fail(tr("-e/--referer with \";auto\" is not supported."));
            common.referer = argument.toUtf8();
            break;
        case Id::Compressed:
            common.decompress = true;
            break;
        case Id::Insecure:
            common.insecure = true;
            break;
        case Id::Resolve:
            if (argument.count(QLatin1Char(':')) < 2)
                return fail(tr("--resolve expects host:port:address, not \"%1\".").arg(argument));
            common.resolve.append(argument);
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
            const auto ms = parseSeconds(argument);
            if (!ms)
                return fail(tr("--%1 expects a number of seconds, not \"%2\".")
                                    .arg(QLatin1String(option.longName), argument));
            (option.id == Id::MaxTime ? common.timeoutMs : common.connectTimeoutMs) = *ms;
            break;
        }
        case Id::Proxy:
            common.proxy = argument;
            break;
        case Id::Output:
            command.outputs.append(argument);
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
                return fail(tr("--parallel-max expects a number from 1 to 300, not \"%1\".")
                                    .arg(argument));
            command.parallelMax = value;
            break;
        }
        case Id::ParallelImmediate:
            // HTTP Lens always opens connections at once; the option asks for exactly that.
            break;
        case Id::Har:
            command.harFile = argument;
            break;
        case Id::Url:
            urls.append(argument);
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

    bool parse(const QStringList &arguments)
    {
        bool optionsEnded = false;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString &arg = arguments.at(i);
            auto takeArgument = [&](const Option &option, QString *value) {
                if (i + 1 >= arguments.size())
                    return fail(tr("Option --%1 needs an argument.")
                                        .arg(QLatin1String(option.longName)));
                *value = arguments.at(++i);
                return true;
            };
            if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
                urls.append(arg);
                continue;
            }
            if (arg == QLatin1String("--")) {
                optionsEnded = true;
                continue;
            }
            if (arg.startsWith(QLatin1String("--"))) {
                const QString name = arg.mid(2);
                const Option *option = findLong(name);
                if (!option) {
                    if (name.contains(QLatin1Char('=')))
                        return fail(tr("Option %1: curl's long options take their value as the "
                                       "next argument, not after '='.")
                                            .arg(arg));
                    return fail(
                            tr("Option %1 is not supported by HTTP Lens. Supported options: %2.")
                                    .arg(arg, supportedCurlOptions().join(QLatin1Char(' '))));
                }
                QString value;
                if (option->takesArgument && !takeArgument(*option, &value))
                    return false;
                if (!apply(*option, value))
                    return false;
                continue;
            }
            // A cluster of short options: "-sSL", "-XPOST", "-H" "x: y".
            for (qsizetype pos = 1; pos < arg.size(); ++pos) {
                const Option *option = findShort(arg.at(pos));
                if (!option)
                    return fail(tr("Option -%1 (in \"%2\") is not supported by HTTP Lens. "
                                   "Supported options: %3.")
                                        .arg(arg.at(pos),
                                             arg,
                                             supportedCurlOptions().join(QLatin1Char(' '))));
                QString value;
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

    bool finish()
    {
        if (urls.isEmpty())
            return fail(tr("No URL given."), 2);
        if (!command.etagCompare.isEmpty()) {
            QFile file(command.etagCompare);
            QByteArray etag;
            if (file.open(QIODevice::ReadOnly)) {
                etag = file.readLine().trimmed();
            } else if (command.etagSave.isEmpty()) {
                return fail(tr("--etag-compare: cannot read \"%1\": %2.")
                                    .arg(command.etagCompare, file.errorString()),
                            26);
            }
            // As curl does: a missing or empty file compares against the empty ETag.
            if (etag.isEmpty())
                etag = "\"\"";
            common.headers.append(HeaderLine{HeaderLine::Kind::Set, "If-None-Match", etag});
        }
        if (haveData) {
            QByteArray body;
            if (jsonUsed)
                body = dataParts.join(QByteArray());
            else
                body = dataParts.join('&');
            if (getMode) {
                for (QString &url : urls)
                    url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                           + QString::fromLatin1(body);
            } else {
                common.hasBody = true;
                common.body = body;
            }
        }
        for (const QString &rawUrl : std::as_const(urls)) {
            Request request = common;
            QString url = rawUrl.trimmed();
            // curl guesses http:// when the scheme is missing; so does HTTP Lens.
            if (!url.contains(QLatin1String("://")) && !url.isEmpty())
                url.prepend(QLatin1String("http://"));
            request.url = url;
            command.requests.append(request);
        }
        return true;
    }
};

} // namespace

QStringList supportedCurlOptions()
{
    QStringList names;
    for (const Option &option : kOptions) {
        QString name;
        if (option.shortName)
            name = QLatin1Char('-') + QLatin1Char(option.shortName) + QLatin1Char('/');
        name += QLatin1String("--") + QLatin1String(option.longName);
        names.append(name);
    }
    return names;
}

CurlParseResult parseCurlArguments(const QStringList &arguments)
{
    Parser parser;
    CurlParseResult result;
    result.ok = parser.parse(arguments);
    if (result.ok) {
        result.command = parser.command;
    } else {
        result.error = parser.error;
        result.exitCode = parser.exitCode;
    }
    return result;
}

} // namespace HttpLens
