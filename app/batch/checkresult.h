#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace HttpLens {

// What a check remembers of one URL between runs: the validators exactly as received, a SHA-256
// of the decoded body, the last status, when it was seen and when it last changed, and how many
// bytes a full download of it took.
struct ResourceRecord
{
    QString url;
    QByteArray etag;
    QByteArray lastModified;
    QByteArray sha256;
    int status = 0;
    qint64 checkedAt = 0; // seconds since the epoch
    qint64 changedAt = 0;
    qint64 fullBytes = 0; // head and body of the last full (200) download, on the wire
};

// A response that sent the check on to another URL (with -L): its status and the URL it answered.
struct CheckHop
{
    int status = 0;
    QString url;
};

// The outcome of checking one URL, as `httplens-cli check` writes it (one JSON line, a CSV row)
// and the window lists it.
struct CheckResult
{
    enum class Change { New, Unchanged, Changed, Gone, Error };
    enum class DecidedBy { None, NotModified, Hash };

    qint64 line = 0; // in the list it came from, 0 when it has none
    QString url;
    QString finalUrl;
    int status = 0;
    QByteArray reason;
    int redirects = 0;
    QList<CheckHop> hops; // the redirects followed, in order (redirects of them)
    double timeMs = 0;    // the whole exchange, to the microsecond
    qint64 wireBytes = 0; // heads and bodies of every hop, as on the wire
    Change change = Change::New;
    DecidedBy decidedBy = DecidedBy::None;
    int attempts = 1; // with retries
    bool sentValidators = false;
    QString note;          // "the server ignored the validators", "HEAD refused: sent as GET"
    int curlCode = 0;      // a transport error
    QString error;         // its sentence
    qint64 savedBytes = 0; // a full download minus this exchange's bytes, when it was a 304
};

QString changeName(CheckResult::Change change);        // "new", "unchanged", ... (JSON, CSV)
QString decidedByName(CheckResult::DecidedBy decided); // "304", "hash", "none"
// In the interface language, for the window and the terminal summary.
QString changeLabel(CheckResult::Change change);

// What an exchange says about a URL given what was known of it: new, unchanged (by a 304, or
// by an equal hash when the server sent the body again), changed, gone (404, 410) or an error.
// A status other than those compares with the last one seen.
struct ChangeDecision
{
    CheckResult::Change change = CheckResult::Change::New;
    CheckResult::DecidedBy decidedBy = CheckResult::DecidedBy::None;
    QString note;
};
ChangeDecision decideChange(const std::optional<ResourceRecord> &before,
                            int status,
                            const QByteArray &sha256,
                            bool transportError,
                            bool sentValidators);

// The record to keep after this check: validators and hash from a 2xx, kept as they were by a
// 304, cleared by a gone resource, untouched by an error except for when it was checked.
ResourceRecord updatedRecord(const std::optional<ResourceRecord> &before,
                             const CheckResult &result,
                             const QByteArray &etag,
                             const QByteArray &lastModified,
                             const QByteArray &sha256,
                             qint64 now);

} // namespace HttpLens
