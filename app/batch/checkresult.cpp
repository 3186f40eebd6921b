#include "checkresult.h"

#include <QCoreApplication>

namespace HttpLens {

namespace {

class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Check)
};

bool isGone(int status)
{
    return status == 404 || status == 410;
}

} // namespace

QString changeName(CheckResult::Change change)
{
    switch (change) {
    case CheckResult::Change::New:
        return QStringLiteral("new");
    case CheckResult::Change::Unchanged:
        return QStringLiteral("unchanged");
    case CheckResult::Change::Changed:
        return QStringLiteral("changed");
    case CheckResult::Change::Gone:
        return QStringLiteral("gone");
    case CheckResult::Change::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString decidedByName(CheckResult::DecidedBy decided)
{
    switch (decided) {
    case CheckResult::DecidedBy::NotModified:
        return QStringLiteral("304");
    case CheckResult::DecidedBy::Hash:
        return QStringLiteral("hash");
    case CheckResult::DecidedBy::None:
        break;
    }
    return QStringLiteral("none");
}

QString changeLabel(CheckResult::Change change)
{
    switch (change) {
    case CheckResult::Change::New:
        return CheckText::tr("new");
    case CheckResult::Change::Unchanged:
        return CheckText::tr("unchanged");
    case CheckResult::Change::Changed:
        return CheckText::tr("changed");
    case CheckResult::Change::Gone:
        return CheckText::tr("gone");
    case CheckResult::Change::Error:
        return CheckText::tr("error");
    }
    return {};
}

ChangeDecision decideChange(const std::optional<ResourceRecord> &before,
                            int status,
                            const QByteArray &sha256,
                            bool transportError,
                            bool sentValidators)
{
    using Change = CheckResult::Change;
    using DecidedBy = CheckResult::DecidedBy;
    ChangeDecision d;
    if (transportError) {
        d.change = Change::Error;
        return d;
    }
    if (isGone(status)) {
        d.change = Change::Gone;
        return d;
    }
    if (!before || before->status == 0) {
        d.change = Change::New;
        return d;
    }
    if (status == 304) {
        d.change = Change::Unchanged;
        d.decidedBy = DecidedBy::NotModified;
        return d;
    }
    if (status >= 200 && status < 300 && !sha256.isEmpty() && !before->sha256.isEmpty()) {
        d.decidedBy = DecidedBy::Hash;
        d.change = sha256 == before->sha256 ? Change::Unchanged : Change::Changed;
        if (d.change == Change::Unchanged && sentValidators)
            d.note = CheckText::tr("the body is the same, but the server ignored the validators "
                                   "and sent it again");
        else if (!sentValidators)
            d.note = CheckText::tr("no validators to revalidate with: the body's hash decided");
        return d;
    }
    d.change = status == before->status ? Change::Unchanged : Change::Changed;
    return d;
}

ResourceRecord updatedRecord(const std::optional<ResourceRecord> &before,
                             const CheckResult &result,
                             const QByteArray &etag,
                             const QByteArray &lastModified,
                             const QByteArray &sha256,
                             qint64 now)
{
    ResourceRecord record = before.value_or(ResourceRecord());
    record.url = result.url;
    record.checkedAt = now;
    if (result.change == CheckResult::Change::Error)
        return record;
    if (result.change != CheckResult::Change::Unchanged || record.changedAt == 0)
        record.changedAt = now;
    if (result.status == 304) {
        // A 304 carries the current validators; what it leaves out stays as it was.
        if (!etag.isEmpty())
            record.etag = etag;
        if (!lastModified.isEmpty())
            record.lastModified = lastModified;
        return record;
    }
    record.status = result.status;
    if (result.change == CheckResult::Change::Gone) {
        record.etag.clear();
        record.lastModified.clear();
        record.sha256.clear();
        return record;
    }
    record.etag = etag;
    record.lastModified = lastModified;
    if (!sha256.isEmpty())
        record.sha256 = sha256;
    if (result.status >= 200 && result.status < 300)
        record.fullBytes = result.wireBytes;
    return record;
}

} // namespace HttpLens
