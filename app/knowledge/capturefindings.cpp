#include "capturefindings.h"

#include "model/proxying.h"
#include "model/units.h"

#include <QCoreApplication>

namespace HttpLens {

namespace {

class CaptureFindingsText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Findings)
};

QList<QByteArray> headLines(const QByteArray &head)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray trimmed = line.endsWith('\r') ? line.chopped(1) : line;
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

// The field lines one head has and the other lacks, for a sentence: "X-A: 1, X-B: 2".
QString missingFrom(const QList<QByteArray> &lines, const QList<QByteArray> &other)
{
    QStringList missing;
    for (const QByteArray &line : lines) {
        if (!other.contains(line))
            missing.append(QString::fromLatin1(line.left(120)));
    }
    return missing.join(QStringLiteral(", "));
}

void forwardingRules(const Exchange &exchange, const Hop &hop, QList<Finding> &out)
{
    const CaptureInfo &capture = exchange.capture;
    if (capture.clientRequest.isEmpty() || hop.request.raw.isEmpty())
        return;
    QByteArrayView startLine;
    const HeaderList clientFields = parseHead(capture.clientRequest, &startLine);
    QStringList dropped;
    for (const HeaderField &field : clientFields) {
        if (connectionFields(clientFields, false).contains(field.name.toLower()))
            dropped.append(QString::fromLatin1(field.name));
    }
    const QByteArray expected = proxiedRequestHead(capture.clientRequest);
    if (expected == hop.request.raw) {
        out.append({"capture-forwarded-as-sent",
                    Finding::Severity::Info,
                    dropped.isEmpty()
                            ? CaptureFindingsText::tr("HTTP Lens forwarded the request exactly as "
                                                      "the program sent it.")
                            : CaptureFindingsText::tr("HTTP Lens forwarded the request as the "
                                                      "program sent it, less the fields that "
                                                      "belonged to its connection to the proxy "
                                                      "(%1).")
                                      .arg(dropped.join(QStringLiteral(", "))),
                    QStringLiteral("RFC 9110 §7.6.1")});
        return;
    }
    const QList<QByteArray> sent = headLines(expected);
    const QList<QByteArray> forwarded = headLines(hop.request.raw);
    const QString added = missingFrom(forwarded, sent);
    const QString lost = missingFrom(sent, forwarded);
    out.append({"capture-forwarded-differently",
                Finding::Severity::Notice,
                CaptureFindingsText::tr("What went to the server differs from what the program "
                                        "sent (beyond the fields of its connection to the "
                                        "proxy). Sent on: %1. Not sent on: %2. The Raw tab shows "
                                        "both.")
                        .arg(added.isEmpty() ? QStringLiteral("—") : added,
                             lost.isEmpty() ? QStringLiteral("—") : lost),
                QStringLiteral("RFC 9110 §7.6")});
}

// A program that fetches a page again without If-None-Match or If-Modified-Since, when the
// server's validators say nothing changed, downloads the same bytes for nothing.
void missedRevalidationRules(const Exchange &exchange, const Hop &hop, QList<Finding> &out)
{
    const CaptureInfo &capture = exchange.capture;
    if (hop.response.status != 200 || exchange.request.method != "GET")
        return;
    if (capture.previousEtag.isEmpty() && capture.previousLastModified.isEmpty())
        return;
    QByteArrayView startLine;
    const HeaderList sent = parseHead(capture.clientRequest, &startLine);
    if (hasHeader(sent, "If-None-Match") || hasHeader(sent, "If-Modified-Since"))
        return;
    const QByteArray etag = headerValue(hop.response.headers, "ETag");
    const QByteArray lastModified = headerValue(hop.response.headers, "Last-Modified");
    const qint64 saved = hop.bodyWireBytes > 0 ? hop.bodyWireBytes : hop.bodyDecodedBytes;
    if (!capture.previousEtag.isEmpty() && etag == capture.previousEtag) {
        out.append({"capture-missed-304",
                    Finding::Severity::Notice,
                    CaptureFindingsText::tr("The program fetched this URL before and was given "
                                            "ETag %1; the server still has it. Had the program "
                                            "sent If-None-Match: %1, the answer would have been "
                                            "304 Not Modified, saving %2 of body.")
                            .arg(QString::fromLatin1(etag), formatByteSize(saved)),
                    QStringLiteral("RFC 9110 §13.1.2")});
    } else if (capture.previousEtag.isEmpty() && !lastModified.isEmpty()
               && lastModified == capture.previousLastModified) {
        out.append({"capture-missed-304",
                    Finding::Severity::Notice,
                    CaptureFindingsText::tr("The program fetched this URL before and was told "
                                            "Last-Modified: %1, which has not changed. Had it "
                                            "sent If-Modified-Since: %1, the answer would have "
                                            "been 304 Not Modified, saving %2 of body.")
                            .arg(QString::fromLatin1(lastModified), formatByteSize(saved)),
                    QStringLiteral("RFC 9110 §13.1.3")});
    }
}

} // namespace

void captureRules(const Exchange &exchange, QList<Finding> &out)
{
    const Hop *hop = exchange.finalHop();
    if (!exchange.capture.captured || !hop)
        return;
    forwardingRules(exchange, *hop, out);
    if (hop->hasResponse)
        missedRevalidationRules(exchange, *hop, out);
}

} // namespace HttpLens
