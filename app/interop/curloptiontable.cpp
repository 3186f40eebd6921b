#include "curloptiontable.h"

#include "files/filereader.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace HttpLens {

namespace {

class CurlOptionsText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::CurlOptions)
};

const CurlOption kOptions[] = {
        {CurlOptionId::Request, 'X', "request", true},
        {CurlOptionId::Header, 'H', "header", true},
        {CurlOptionId::Data, 'd', "data", true},
        {CurlOptionId::Data, 0, "data-ascii", true},
        {CurlOptionId::DataRaw, 0, "data-raw", true},
        {CurlOptionId::DataBinary, 0, "data-binary", true},
        {CurlOptionId::DataUrlencode, 0, "data-urlencode", true},
        {CurlOptionId::Json, 0, "json", true},
        {CurlOptionId::Get, 'G', "get", false},
        {CurlOptionId::Head, 'I', "head", false},
        {CurlOptionId::Location, 'L', "location", false},
        {CurlOptionId::MaxRedirs, 0, "max-redirs", true},
        {CurlOptionId::TimeCond, 'z', "time-cond", true},
        {CurlOptionId::EtagSave, 0, "etag-save", true},
        {CurlOptionId::EtagCompare, 0, "etag-compare", true},
        {CurlOptionId::Cookie, 'b', "cookie", true},
        {CurlOptionId::CookieJar, 'c', "cookie-jar", true},
        {CurlOptionId::User, 'u', "user", true},
        {CurlOptionId::UserAgent, 'A', "user-agent", true},
        {CurlOptionId::Referer, 'e', "referer", true},
        {CurlOptionId::Compressed, 0, "compressed", false},
        {CurlOptionId::Insecure, 'k', "insecure", false},
        {CurlOptionId::Resolve, 0, "resolve", true},
        {CurlOptionId::Http10, '0', "http1.0", false},
        {CurlOptionId::Http11, 0, "http1.1", false},
        {CurlOptionId::Http2, 0, "http2", false},
        {CurlOptionId::MaxTime, 'm', "max-time", true},
        {CurlOptionId::ConnectTimeout, 0, "connect-timeout", true},
        {CurlOptionId::Proxy, 'x', "proxy", true},
        {CurlOptionId::Output, 'o', "output", true},
        {CurlOptionId::Verbose, 'v', "verbose", false},
        {CurlOptionId::Silent, 's', "silent", false},
        {CurlOptionId::ShowError, 'S', "show-error", false},
        {CurlOptionId::Parallel, 'Z', "parallel", false},
        {CurlOptionId::ParallelMax, 0, "parallel-max", true},
        {CurlOptionId::ParallelImmediate, 0, "parallel-immediate", false},
        {CurlOptionId::Har, 0, "har", true},
        {CurlOptionId::HarIn, 0, "har-in", true},
        {CurlOptionId::Entry, 0, "entry", true},
        {CurlOptionId::Url, 0, "url", true},
        {CurlOptionId::UrlQuery, 0, "url-query", true},
        {CurlOptionId::Globoff, 'g', "globoff", false},
        {CurlOptionId::Include, 'i', "include", false},
        {CurlOptionId::Fail, 'f', "fail", false},
        {CurlOptionId::FailWithBody, 0, "fail-with-body", false},
        {CurlOptionId::OAuth2Bearer, 0, "oauth2-bearer", true},
        {CurlOptionId::MaxFilesize, 0, "max-filesize", true},
        {CurlOptionId::WriteOut, 'w', "write-out", true},
};

} // namespace

const CurlOption *findLongCurlOption(const QByteArray &name)
{
    for (const CurlOption &option : kOptions) {
        if (name == option.longName)
            return &option;
    }
    return nullptr;
}

const CurlOption *findShortCurlOption(char name)
{
    for (const CurlOption &option : kOptions) {
        if (option.shortName && name == option.shortName)
            return &option;
    }
    return nullptr;
}

std::optional<QByteArray> readCurlOptionFile(const QByteArray &path,
                                             bool standardInput,
                                             QString *error)
{
    if (path == "-") {
        if (!standardInput) {
            *error = CurlOptionsText::tr(
                    "\"@-\" reads standard input, which a pasted command does not have; "
                    "put the data in the command or in a file.");
            return std::nullopt;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = CurlOptionsText::tr("Cannot read standard input: %1.").arg(in.errorString());
            return std::nullopt;
        }
        return in.readAll();
    }
    // One reader for every file a request reads: regular files only (a device or a pipe such as
    // /dev/zero could be read for ever), and never more than a body may hold.
    return readRegularFile(QFile::decodeName(path), kMaxRequestBodyFileBytes, error);
}

std::optional<qint64> parseCurlSeconds(const QByteArray &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    // NaN passes both comparisons, so it is refused by name.
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 1e9)
        return std::nullopt;
    return qint64(seconds * 1000.0 + 0.5);
}

std::optional<qint64> parseCurlSize(const QByteArray &text)
{
    // curl's units: a number of bytes, or with k, M or G (binary multiples).
    qint64 unit = 1;
    QByteArray digits = text.trimmed();
    const char last = digits.isEmpty() ? '\0' : char(digits.back() | 0x20);
    if (last == 'k' || last == 'm' || last == 'g') {
        unit = last == 'k' ? 1024 : last == 'm' ? 1024 * 1024 : 1024 * 1024 * 1024;
        digits.chop(1);
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value < 0 || value > (qint64(1) << 50) / unit)
        return std::nullopt;
    return value * unit;
}

QList<const CurlOption *> curlOptionTable()
{
    QList<const CurlOption *> table;
    for (const CurlOption &option : kOptions)
        table.append(&option);
    return table;
}

} // namespace HttpLens
