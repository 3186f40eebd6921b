#pragma once

// Private to interop/: the curl options HTTP Lens understands, and the readers of their values.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace HttpLens {

enum class CurlOptionId {
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
    HarIn,
    Entry,
    Url,
    UrlQuery,
    Globoff,
    Include,
    Fail,
    FailWithBody,
    OAuth2Bearer,
    MaxFilesize,
    WriteOut
};

struct CurlOption
{
    CurlOptionId id;
    char shortName; // 0 when there is none
    const char *longName;
    bool takesArgument;
};

const CurlOption *findLongCurlOption(const QByteArray &name);
const CurlOption *findShortCurlOption(char name);
// Every option, in the order --help lists them.
QList<const CurlOption *> curlOptionTable();

// The file an option names (-d @file, -H @file, ...): "-" is standard input when the command has
// one; any other path goes through the store's bounded regular-file reader.
std::optional<QByteArray> readCurlOptionFile(const QByteArray &path,
                                             bool standardInput,
                                             QString *error);
// Seconds as curl's -m takes them ("2.5"), in milliseconds; nothing for what is not a finite,
// non-negative number.
std::optional<qint64> parseCurlSeconds(const QByteArray &text);
// A size as curl's --max-filesize takes it: bytes, or with a k, M or G suffix.
std::optional<qint64> parseCurlSize(const QByteArray &text);

} // namespace HttpLens
