#include "report.h"

#include "inspector/connectionsummary.h"
#include "inspector/terminaltext.h"
#include "inspector/transcript.h"
#include "inspector/waterfall.h"
#include "interop/har.h"
#include "knowledge/cachingsummary.h"
#include "knowledge/findings.h"
#include "knowledge/statuscatalogue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QStringDecoder>
#include <QUrl>

namespace HttpLens {

namespace {

// Text from a server or a file, made safe for a terminal.
QString safeText(const QString &text)
{
    return QString::fromUtf8(terminalSafe(text.toUtf8()));
}

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Report)
};

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray msText(qint64 us)
{
    if (us < 0)
        return "-";
    return QByteArray::number(double(us) / 1000.0, 'f', 3);
}

// Splits raw bytes into lines that keep their terminators.
QList<QByteArray> linesWithTerminators(const QByteArray &raw)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < raw.size()) {
        qsizetype end = raw.indexOf('\n', start);
        end = end < 0 ? raw.size() : end + 1;
        lines.append(raw.mid(start, end - start));
        start = end;
    }
    return lines;
}

void appendPrefixed(QByteArray &out,
                    const QByteArray &prefix,
                    const QByteArray &raw,
                    bool keepTerminators)
{
    for (QByteArray line : linesWithTerminators(terminalSafe(raw))) {
        if (!keepTerminators) {
            if (line.endsWith('\n'))
                line.chop(1);
            if (line.endsWith('\r'))
                line.chop(1);
            line += '\n';
        }
        out += prefix + line;
    }
}

} // namespace

QByteArray formatTimingTable(const Exchange &exchange, const QByteArray &prefix)
{
    const Timings &t = exchange.timings;
    QList<PhaseTime> rows{{"queue", t.queueUs}};
    rows += phaseTimes(exchange);
    rows += {{"redirects", t.redirectUs > 0 ? t.redirectUs : -1}, {"total", t.totalUs}};
    QByteArray out = prefix + ReportText::tr("Timing (ms)").toUtf8() + '\n';
    for (const PhaseTime &row : rows)
        out += prefix + "  " + row.key.leftJustified(10) + msText(row.us).rightJustified(12) + '\n';
    return out;
}

QByteArray formatReport(const Exchange &exchange)
{
    QByteArray out;
    const Hop *final = exchange.finalHop();
    if (final) {
        const ResponseHead &head = final->response;
        out += terminalSafeLatin1(head.httpVersion).toUtf8() + ' ' + number(head.status);
        if (!head.reason.isEmpty())
            out += ' ' + terminalSafeLatin1(head.reason).toUtf8();
        else if (head.httpVersion.startsWith("HTTP/2"))
            out += ' ' + ReportText::tr("(HTTP/2 sends no reason phrase)").toUtf8();
        out += '\n';
        // The meaning in the user's language, from the status catalogue.
        static const std::optional<StatusCatalogue> catalogue = StatusCatalogue::load();
        if (catalogue)
            out += "  " + catalogue->explain(head.status, languageFor()).summary.toUtf8() + '\n';
        const ConnectionInfo &c = exchange.connection;
        const QString address = peerAddress(c);
        const QString connection = connectionUse(exchange);
        const QString line
                = final->bodyWireBytes != exchange.body.size()
                          ? ReportText::tr("%1 · %2 · %3 · body %4 bytes (%5 on the wire)")
                                    .arg(address, QString::fromLatin1(c.httpVersion), connection)
                                    .arg(exchange.body.size())
                                    .arg(final->bodyWireBytes)
                          : ReportText::tr("%1 · %2 · %3 · body %4 bytes")
                                    .arg(address, QString::fromLatin1(c.httpVersion), connection)
                                    .arg(exchange.body.size());
        out += "  " + line.toUtf8() + '\n';
        if (exchange.tls.used)
            out += "  " + tlsSummary(exchange.tls).toUtf8() + '\n';
    }
    if (!exchange.hops.isEmpty())
        out += '\n' + transcript(exchange, TranscriptStyle::Terminal).toUtf8();
    out += '\n' + formatTimingTable(exchange, QByteArray());
    out += '\n' + formatFindings(exchange);
    out += '\n' + formatCaching(exchange);
    return out;
}

QByteArray formatVerboseTrace(const Exchange &exchange)
{
    QByteArray out;
    if (!exchange.request.bodyFile.isEmpty())
        out += "* "
               + terminalSafe(ReportText::tr("The request body is read from %1 (%2 bytes).")
                                      .arg(exchange.request.bodyFile)
                                      .arg(exchange.request.body.size())
                                      .toUtf8())
               + '\n';
    for (const TraceEvent &event : exchange.trace) {
        switch (event.kind) {
        case TraceEvent::Kind::Info:
            appendPrefixed(out, "* ", exchange.traceData(event).toByteArray(), true);
            break;
        case TraceEvent::Kind::RequestHead:
            appendPrefixed(out, "> ", exchange.traceData(event).toByteArray(), true);
            break;
        case TraceEvent::Kind::ResponseHead:
            appendPrefixed(out, "< ", exchange.traceData(event).toByteArray(), true);
            break;
        case TraceEvent::Kind::RequestBody:
            out += "} [" + number(event.size) + " bytes data]\n";
            break;
        case TraceEvent::Kind::ResponseBody:
            out += "{ [" + number(event.size) + " bytes data]\n";
            break;
        }
    }
    return out;
}

QByteArray formatFindings(const Exchange &exchange)
{
    const QList<Finding> findings = findingsFor(exchange);
    if (findings.isEmpty())
        return {};
    QByteArray out = ReportText::tr("Findings").toUtf8() + '\n';
    for (const Finding &finding : findings)
        out += "  [" + severityLabel(finding.severity).toUtf8() + "] "
               + terminalSafe(finding.text.toUtf8()) + " (" + finding.basis.toUtf8() + ")\n";
    return out;
}

QByteArray formatCaching(const Exchange &exchange)
{
    const CachingSummary summary = cachingSummary(exchange);
    if (summary.rows.isEmpty())
        return {};
    qsizetype width = 0;
    for (const CachingRow &row : summary.rows)
        width = qMax(width, row.label.size());
    QByteArray out = summary.title.toUtf8() + '\n';
    for (const CachingRow &row : summary.rows)
        out += "  " + row.label.leftJustified(width + 2).toUtf8() + terminalSafe(row.value.toUtf8())
               + '\n';
    return out;
}

QByteArray formatError(const Exchange &exchange)
{
    const TransportError &e = exchange.error;
    if (!e.isError())
        return {};
    QByteArray out = ReportText::tr("Error: %1").arg(e.sentence).toUtf8() + '\n';
    if (!e.hint.isEmpty())
        out += ReportText::tr("Hint: %1").arg(e.hint).toUtf8() + '\n';
    out += "(libcurl " + number(e.curlCode) + ": " + e.curlText.toUtf8() + ")\n";
    const TlsInfo &tls = exchange.tls;
    if (tls.verifyResult != 0 && tls.verificationEnabled) {
        out += ReportText::tr("Refused because: %1 (OpenSSL's verify code %2).")
                       .arg(safeText(tls.verifyText))
                       .arg(tls.verifyResult)
                       .toUtf8()
               + '\n';
        out += formatCertificates(tls.chain);
    }
    return out;
}

QByteArray formatCertificates(const QList<QSslCertificate> &chain)
{
    QByteArray out;
    for (int i = 0; i < chain.size(); ++i) {
        const QSslCertificate &c = chain.at(i);
        const QString line = ReportText::tr(
                                     "Certificate %1 of %2: %3, issued by %4, valid %5 to %6, "
                                     "SHA-256 %7")
                                     .arg(i + 1)
                                     .arg(chain.size())
                                     .arg(c.subjectDisplayName(),
                                          c.issuerDisplayName(),
                                          c.effectiveDate().toString(Qt::ISODate),
                                          c.expiryDate().toString(Qt::ISODate),
                                          QString::fromLatin1(
                                                  c.digest(QCryptographicHash::Sha256).toHex(':')));
        out += "  " + terminalSafe(line.toUtf8()) + '\n';
    }
    return out;
}

QByteArray formatInsecureWarning(const Exchange &exchange)
{
    const TlsInfo &tls = exchange.tls;
    if (!tls.used || tls.verificationEnabled)
        return {};
    const QString host = QUrl(exchange.effectiveUrl.isEmpty() ? exchange.request.url
                                                              : exchange.effectiveUrl)
                                 .host();
    const QString verdict
            = tls.verifyResult != 0
                      ? ReportText::tr("its certificate failed the check (%1) and was used anyway")
                                .arg(safeText(tls.verifyText))
                      : ReportText::tr("its certificate passed the check, which was not required");
    QByteArray out = ReportText::tr("Warning: certificate verification is off (-k) for %1: %2. "
                                    "Anyone on the path could have read or changed this "
                                    "exchange.")
                             .arg(safeText(host), verdict)
                             .toUtf8()
                     + '\n';
    if (tls.verifyResult != 0)
        out += formatCertificates(tls.chain);
    return out;
}

QByteArray formatBodyPreview(const Exchange &exchange, qint64 maxBytes)
{
    const qint64 size = exchange.body.size();
    if (size == 0)
        return {};
    const QByteArray head = exchange.body.read(maxBytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // A cut may split a UTF-8 sequence; judge the text on whole characters only.
    const QByteArray sample = size > maxBytes ? head.left(head.size() - 4) : head;
    (void) decoder.decode(sample);
    const bool text = !decoder.hasError() && isTextBytes(sample);
    if (!text) {
        return ReportText::tr("[binary body of %1 bytes; save it with -o FILE]").arg(size).toUtf8()
               + '\n';
    }
    QByteArray out = terminalSafe(head); // all of it, the cut end included
    if (!out.endsWith('\n'))
        out += '\n';
    if (size > maxBytes)
        out += ReportText::tr(
                       "[showing the first %1 of %2 bytes; save the whole body with -o FILE]")
                       .arg(maxBytes)
                       .arg(size)
                       .toUtf8()
               + '\n';
    return out;
}

} // namespace HttpLens
