#include "checkreport.h"

#include "interop/jsonwriter.h"
#include "model/units.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace HttpLens {

namespace {

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Check)
};

// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; a field that
// a spreadsheet would run as a formula is quoted with a leading apostrophe.
QByteArray csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value.toUtf8();
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + value.toUtf8() + '"';
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

QString hopChain(const QList<CheckHop> &hops)
{
    QStringList parts;
    for (const CheckHop &hop : hops)
        parts << QStringLiteral("%1 %2").arg(hop.status).arg(hop.url);
    return parts.join(QStringLiteral(" -> "));
}

// One line of compact JSON, written as it goes: a run with a state file writes one per URL, and
// building a QJsonObject for it cost more than the rest of the URL's own work. The keys come in
// QJsonDocument's (sorted) order, so the lines read as they always did.
QByteArray checkResultJson(const CheckResult &r)
{
    JsonWriter json(256 + 2 * (r.url.size() + r.finalUrl.size()));
    json.beginObject();
    if (r.attempts > 1)
        json.key(QLatin1StringView("attempts")).value(r.attempts);
    json.key(QLatin1StringView("change")).value(changeName(r.change));
    json.key(QLatin1StringView("decidedBy")).value(decidedByName(r.decidedBy));
    if (r.curlCode != 0) {
        json.key(QLatin1StringView("error")).beginObject();
        json.key(QLatin1StringView("curlCode"))
                .value(r.curlCode)
                .key(QLatin1StringView("message"))
                .value(r.error);
        json.endObject();
    }
    json.key(QLatin1StringView("finalUrl")).value(r.finalUrl);
    if (!r.hops.isEmpty()) {
        json.key(QLatin1StringView("hops")).beginArray();
        for (const CheckHop &hop : r.hops)
            json.beginObject()
                    .key(QLatin1StringView("status"))
                    .value(hop.status)
                    .key(QLatin1StringView("url"))
                    .value(hop.url)
                    .endObject();
        json.endArray();
    }
    if (r.line > 0)
        json.key(QLatin1StringView("line")).value(r.line);
    if (!r.note.isEmpty())
        json.key(QLatin1StringView("note")).value(r.note);
    json.key(QLatin1StringView("reason")).latin1(r.reason);
    json.key(QLatin1StringView("redirects")).value(r.redirects);
    if (r.savedBytes > 0)
        json.key(QLatin1StringView("savedBytes")).value(r.savedBytes);
    json.key(QLatin1StringView("status")).value(r.status);
    json.key(QLatin1StringView("timeMs")).value(std::round(r.timeMs * 1000.0) / 1000.0);
    json.key(QLatin1StringView("url")).value(r.url);
    json.key(QLatin1StringView("wireBytes")).value(r.wireBytes);
    json.endObject();
    QByteArray line = json.take();
    line += '\n';
    return line;
}

std::optional<CheckResult> checkResultFromJson(const QByteArray &json)
{
    QJsonParseError problem;
    const QJsonObject o = QJsonDocument::fromJson(json, &problem).object();
    if (problem.error != QJsonParseError::NoError || !o.value(QStringLiteral("url")).isString())
        return std::nullopt;
    CheckResult r;
    r.url = o.value(QStringLiteral("url")).toString();
    r.finalUrl = o.value(QStringLiteral("finalUrl")).toString();
    r.status = o.value(QStringLiteral("status")).toInt();
    r.reason = o.value(QStringLiteral("reason")).toString().toLatin1();
    r.redirects = o.value(QStringLiteral("redirects")).toInt();
    for (const QJsonValue &hop : o.value(QStringLiteral("hops")).toArray())
        r.hops.append(
                {hop[QStringLiteral("status")].toInt(), hop[QStringLiteral("url")].toString()});
    r.timeMs = o.value(QStringLiteral("timeMs")).toDouble();
    r.wireBytes = o.value(QStringLiteral("wireBytes")).toInteger();
    const QString change = o.value(QStringLiteral("change")).toString();
    for (int i = 0; i <= int(CheckResult::Change::Error); ++i) {
        if (changeName(CheckResult::Change(i)) == change)
            r.change = CheckResult::Change(i);
    }
    const QString decided = o.value(QStringLiteral("decidedBy")).toString();
    if (decided == decidedByName(CheckResult::DecidedBy::NotModified))
        r.decidedBy = CheckResult::DecidedBy::NotModified;
    else if (decided == decidedByName(CheckResult::DecidedBy::Hash))
        r.decidedBy = CheckResult::DecidedBy::Hash;
    r.line = o.value(QStringLiteral("line")).toInteger();
    r.attempts = o.value(QStringLiteral("attempts")).toInt(1);
    r.savedBytes = o.value(QStringLiteral("savedBytes")).toInteger();
    r.note = o.value(QStringLiteral("note")).toString();
    const QJsonObject error = o.value(QStringLiteral("error")).toObject();
    r.curlCode = error.value(QStringLiteral("curlCode")).toInt();
    r.error = error.value(QStringLiteral("message")).toString();
    return r;
}

QByteArray checkCsvHeader()
{
    return "url,finalUrl,status,reason,redirects,timeMs,wireBytes,change,decidedBy,curlCode,"
           "error,note,hops\r\n";
}

QByteArray checkResultCsv(const CheckResult &r)
{
    const QList<QByteArray> fields{csvField(r.url),
                                   csvField(r.finalUrl),
                                   QByteArray::number(r.status),
                                   csvField(QString::fromLatin1(r.reason)),
                                   QByteArray::number(r.redirects),
                                   QByteArray::number(r.timeMs, 'f', 3),
                                   QByteArray::number(r.wireBytes),
                                   changeName(r.change).toLatin1(),
                                   decidedByName(r.decidedBy).toLatin1(),
                                   r.curlCode ? QByteArray::number(r.curlCode) : QByteArray(),
                                   csvField(r.error),
                                   csvField(r.note),
                                   csvField(hopChain(r.hops))};
    return fields.join(',') + "\r\n";
}

QString checkProgressLine(const CheckStats &s, bool ended)
{
    const double seconds = double(qMax<qint64>(1, s.elapsedMs)) / 1000.0;
    const double rate = double(s.done) / seconds;
    const qint64 handled = s.done + s.invalid + s.skipped;
    QStringList parts;
    parts << (s.total >= 0 ? ReportText::tr("%1 of %2").arg(number(handled), number(s.total))
                           : number(handled));
    parts << ReportText::tr("%1 URLs/s").arg(QLocale().toString(rate, 'f', 0));
    if (!ended && s.total > 0 && rate > 0 && handled < s.total)
        parts << ReportText::tr("%1 s left").arg(qint64((s.total - handled) / rate + 0.5));
    static const char *const classes[] = {"1xx", "2xx", "3xx", "4xx", "5xx"};
    for (int i = 0; i < 5; ++i) {
        if (s.byClass[size_t(i)] > 0)
            parts << QStringLiteral("%1 %2").arg(QLatin1String(classes[i]),
                                                 number(s.byClass[size_t(i)]));
    }
    if (s.byClass[5] > 0)
        parts << ReportText::tr("other %1").arg(number(s.byClass[5]));
    const qint64 errors = s.byChange[size_t(CheckResult::Change::Error)];
    if (errors > 0)
        parts << ReportText::tr("errors %1").arg(number(errors));
    return parts.join(QStringLiteral(" · "));
}

QString checkSummary(const CheckStats &s)
{
    QStringList lines;
    lines << ReportText::tr("%n URL(s) checked in %1 s.",
                            nullptr,
                            int(qMin<qint64>(s.done, INT_MAX)))
                     .arg(QLocale().toString(double(s.elapsedMs) / 1000.0, 'f', 1));
    if (s.invalid > 0)
        lines << ReportText::tr("%n line(s) of the list were no URL and were skipped.",
                                nullptr,
                                int(qMin<qint64>(s.invalid, INT_MAX)));
    if (s.skipped > 0)
        lines << ReportText::tr("%n URL(s) had been checked by the interrupted run this one "
                                "continues.",
                                nullptr,
                                int(qMin<qint64>(s.skipped, INT_MAX)));
    QStringList classes;
    static const char *const names[] = {"1xx", "2xx", "3xx", "4xx", "5xx"};
    for (int i = 0; i < 5; ++i)
        classes << QStringLiteral("%1 %2").arg(QLatin1String(names[i]),
                                               number(s.byClass[size_t(i)]));
    classes << ReportText::tr("not HTTP %1").arg(number(s.byClass[5]));
    lines << ReportText::tr("By status: %1").arg(classes.join(QStringLiteral(" · ")));
    QStringList changes;
    for (int i = 0; i < 5; ++i)
        changes << QStringLiteral("%1 %2").arg(changeLabel(CheckResult::Change(i)),
                                               number(s.byChange[size_t(i)]));
    lines << ReportText::tr("By change: %1").arg(changes.join(QStringLiteral(" · ")));
    const qint64 full = s.wireBytes + s.savedBytes;
    lines << (s.savedBytes > 0
                      ? ReportText::tr("Received %1; downloading everything again would have "
                                       "taken %2: revalidation saved %3 (%4%).")
                                .arg(formatByteSize(s.wireBytes),
                                     formatByteSize(full),
                                     formatByteSize(s.savedBytes))
                                .arg(QLocale().toString(100.0 * double(s.savedBytes) / double(full),
                                                        'f',
                                                        1))
                      : ReportText::tr("Received %1.").arg(formatByteSize(s.wireBytes)));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace HttpLens
