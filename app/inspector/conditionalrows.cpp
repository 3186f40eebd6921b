#include "conditionalrows.h"

#include <QCoreApplication>
#include <QLocale>

namespace HttpLens {

namespace {

class ConditionalText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Conditionals)
};

// "From the ETag of response #3 (200) received 10:04:12"
QString learnedText(const LearnedValidators &learned, int field)
{
    const QString time = QLocale().toString(learned.received.toLocalTime().time(),
                                            QLocale::LongFormat);
    return field == ConditionalField::IfNoneMatch
                   ? ConditionalText::tr("From the ETag of response #%1 (%2) received %3")
                             .arg(learned.historyId)
                             .arg(learned.status)
                             .arg(time)
                   : ConditionalText::tr("From the Last-Modified of response #%1 (%2) "
                                         "received %3")
                             .arg(learned.historyId)
                             .arg(learned.status)
                             .arg(time);
}

} // namespace

QString conditionalSourceText(const Composition &c,
                              int field,
                              const std::optional<LearnedValidators> &learned)
{
    const bool offers = learned && field < 2
                        && !(field == ConditionalField::IfNoneMatch ? learned->etag
                                                                    : learned->lastModified)
                                    .isEmpty();
    if (conditionalRow(c, field) < 0) {
        if (offers)
            return ConditionalText::tr("%1; tick it to send it.").arg(learnedText(*learned, field));
        if (field == ConditionalField::IfNoneMatch)
            return ConditionalText::tr("No ETag seen for this URL yet.");
        if (field == ConditionalField::IfModifiedSince)
            return ConditionalText::tr("No Last-Modified seen for this URL yet.");
        return {};
    }
    const ValidatorOrigin &origin = c.validatorOrigins.at(size_t(field));
    switch (origin.kind) {
    case ValidatorOrigin::Kind::CurlCommand:
        return ConditionalText::tr("From the pasted curl command");
    case ValidatorOrigin::Kind::HarEntry:
        return ConditionalText::tr("From the imported HAR entry");
    case ValidatorOrigin::Kind::HttpFile:
        return ConditionalText::tr("From the .http file");
    case ValidatorOrigin::Kind::Captured:
        return ConditionalText::tr("From the program's captured request");
    case ValidatorOrigin::Kind::Response:
        if (learned && learned->historyId == origin.historyId && field < 2)
            return learnedText(*learned, field);
        return ConditionalText::tr("From response #%1").arg(origin.historyId);
    case ValidatorOrigin::Kind::Typed:
        return ConditionalText::tr("Written by hand");
    case ValidatorOrigin::Kind::None:
        break;
    }
    return ConditionalText::tr("Written in the Headers tab");
}

int conditionalRow(const Composition &c, int field)
{
    const QByteArray &name = conditionalHeaderNames().at(field);
    for (qsizetype i = 0; i < c.headers.size(); ++i) {
        if (c.headers.at(i).name.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool conditionalEnabled(const Composition &c, int field)
{
    const QByteArray &name = conditionalHeaderNames().at(field);
    for (const KeyValueRow &row : c.headers) {
        if (row.enabled && row.name.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString conditionalValue(const Composition &c, int field)
{
    const int row = conditionalRow(c, field);
    return row < 0 ? QString() : c.headers.at(row).value;
}

void setConditional(
        Composition &c, int field, const QString &value, bool enabled, ValidatorOrigin origin)
{
    const int row = conditionalRow(c, field);
    if (row >= 0) {
        c.headers[row].value = value;
        c.headers[row].enabled = enabled;
    } else {
        c.headers.append({enabled, QString::fromLatin1(conditionalHeaderNames().at(field)), value});
    }
    c.validatorOrigins[size_t(field)] = origin;
}

void applyRevalidation(Composition &c, const LearnedValidators &validators)
{
    const ValidatorOrigin origin{ValidatorOrigin::Kind::Response, validators.historyId};
    if (!validators.etag.isEmpty())
        setConditional(c,
                       ConditionalField::IfNoneMatch,
                       QString::fromLatin1(validators.etag),
                       true,
                       origin);
    if (!validators.lastModified.isEmpty())
        setConditional(c,
                       ConditionalField::IfModifiedSince,
                       QString::fromLatin1(validators.lastModified),
                       true,
                       origin);
}

QStringList moveToUrl(Composition &c, const QString &url)
{
    QStringList removed;
    if (resourceKey(url) != resourceKey(c.url)) {
        c.headers.removeIf([&removed](const KeyValueRow &row) {
            if (conditionalIndex(row.name.trimmed().toLatin1()) < 0
                || row.value.trimmed() == QLatin1String("*"))
                return false;
            if (row.enabled)
                removed.append(row.name.trimmed());
            return true;
        });
        for (int field = 0; field < ConditionalField::Count; ++field) {
            if (conditionalRow(c, field) < 0)
                c.validatorOrigins[size_t(field)] = {};
        }
    }
    c.url = url;
    return removed;
}

} // namespace HttpLens
