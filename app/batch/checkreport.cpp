#include "checkreport.h"

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

void appendJsonKey(QByteArray &out, const char *key)
{
    out += '"';
    out += key;
    out += "\":";
}

// A JSON string as QJsonDocument writes it: quote, backslash and control characters escaped,
// everything else as UTF-8.
void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendJsonMember(QByteArray &out, const char *key, const QString &value)
{
    appendJsonKey(out, key);
    appendJsonString(out, value);
    out += ',';
}

void appendJsonMember(QByteArray &out, const char *key, qint64 value)
{
    appendJsonKey(out, key);
    out += QByteArray::number(value);
    out += ',';
}

// Whole numbers as integers, others in their shortest exact form, as QJsonDocument does.
void appendJsonNumber(QByteArray &out, const char *key, double value)
{
    appendJsonKey(out, key);
    constexpr double exactIntegers = 9007199254740992.0; // 2^53
    if (!std::isfinite(value))
        out += "null";
    else if (value == std::trunc(value) && std::fabs(value) < exactIntegers)
        out += QByteArray::number(qint64(value));
    else
        out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    out += ',';
}

} // namespace

QString hopChain(const QList<CheckHop> &hops)
{
    QStringList parts;
    for (const CheckHop &hop : hops)
        parts << QStringLiteral("%1 %2").arg(hop.status).arg(hop.url);
    return parts.join(QStringLiteral(" -> "));
}

// One line of compact JSON, written directly: a run with a state file writes one per URL, and
// building a QJsonObject for it cost more than the rest of the URL's own work. The keys come
// in QJsonDocument's (sorted) order and values are written as it writes them, so the lines read
// as they always did.
QByteArray checkResultJson(const CheckResult &r)
{
    QByteArray out;
    out.reserve(256 + 2 * (r.url.size() + r.finalUrl.size()));
    out += '{';
    if (r.attempts > 1)
        appendJsonMember(out, "attempts", qint64(r.attempts));
    appendJsonMember(out, "change", changeName(r.change));
    appendJsonMember(out, "decidedBy", decidedByName(r.decidedBy));
    if (r.curlCode != 0) {
        appendJsonKey(out, "error");
        out += '{';
        appendJsonMember(out, "curlCode", qint64(r.curlCode));
        appendJsonMember(out, "message", r.error);
        out.back() = '}';
        out += ',';
    }
    appendJsonMember(out, "finalUrl", r.finalUrl);
    if (!r.hops.isEmpty()) {
        appendJsonKey(out, "hops");
        out += '[';
        for (const CheckHop &hop : r.hops) {
            out += '{';
            appendJsonMember(out, "status", qint64(hop.status));
            appendJsonMember(out, "url", hop.url);
            out.back() = '}';
            out += ',';
        }
        out.back() = ']';
        out += ',';
    }
    if (r.line > 0)
        appendJsonMember(out, "line", qint64(r.line));
    if (!r.note.isEmpty())
        appendJsonMember(out, "note", r.note);
    appendJsonMember(out, "reason", QString::fromLatin1(r.reason));
    appendJsonMember(out, "redirects", qint64(r.redirects));
    if (r.savedBytes > 0)
        appendJsonMember(out, "savedBytes", qint64(r.savedBytes));
    appendJsonMember(out, "status", qint64(r.status));
    appendJsonNumber(out, "timeMs", std::round(r.timeMs * 1000.0) / 1000.0);
    appendJsonMember(out, "url", r.url);
    appendJsonMember(out, "wireBytes", qint64(r.wireBytes));
    out.back() = '}';
    out += '\n';
    return out;
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
