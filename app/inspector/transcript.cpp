#include "transcript.h"

#include "terminaltext.h"

#include "inspector/bodyformat.h"
#include "inspector/history.h"

#include <QCoreApplication>

namespace HttpLens {

namespace {

class TranscriptText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Transcript)
};

constexpr qsizetype kShownRequestBody = 64 * 1024;

// Bytes received from a server are shown as Latin-1, one character per byte, as on the wire.
QString wireText(const QByteArray &bytes, TranscriptStyle style)
{
    if (style == TranscriptStyle::Plain)
        return QString::fromLatin1(bytes).remove(QLatin1Char('\r'));
    return terminalSafeLatin1(bytes);
}

// A head (or trailers) as lines; in the terminal style each line carries the prefix.
void appendHead(QString &out, const QByteArray &raw, TranscriptStyle style, const char *prefix)
{
    const QString text = wireText(raw, style);
    if (style == TranscriptStyle::Plain) {
        out += text;
        return;
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    // A head ends with an empty line; the terminal report leaves that one out.
    qsizetype count = lines.size();
    while (count > 0 && lines.at(count - 1).isEmpty())
        --count;
    for (qsizetype i = 0; i < count; ++i)
        out += QLatin1String(prefix) + lines.at(i) + QLatin1Char('\n');
}

void appendRequestBody(QString &out, const QByteArray &body, TranscriptStyle style)
{
    if (body.isEmpty())
        return;
    if (style == TranscriptStyle::Terminal) {
        out += QStringLiteral("} ")
               + TranscriptText::tr("[%n byte(s) of request body]", nullptr, int(body.size()))
               + QLatin1Char('\n');
        return;
    }
    const QByteArray shown = body.left(kShownRequestBody);
    if (looksLikeUtf8Text(shown))
        out += QString::fromUtf8(shown).remove(QLatin1Char('\r'));
    else
        out += TranscriptText::tr("[%n byte(s) of binary request body]", nullptr, int(body.size()));
    if (body.size() > kShownRequestBody)
        out += QLatin1Char('\n')
               + TranscriptText::tr("[the first %1 of %2 shown]")
                         .arg(formatByteSize(kShownRequestBody), formatByteSize(body.size()));
    out += QStringLiteral("\n\n");
}

} // namespace

QString captureClientName(const CaptureInfo &capture)
{
    return capture.processName.isEmpty()
                   ? QStringLiteral("%1:%2").arg(capture.clientAddress).arg(capture.clientPort)
                   : QStringLiteral("%1[%2], %3:%4")
                             .arg(capture.processName)
                             .arg(capture.pid)
                             .arg(capture.clientAddress)
                             .arg(capture.clientPort);
}

// A captured exchange has a leg between the program and HTTP Lens besides the one to the
// server: both are shown, the program's around HTTP Lens's.
void appendClientRequest(QString &out, const CaptureInfo &capture, TranscriptStyle style)
{
    out += TranscriptText::tr("── as the program sent it (%1)").arg(captureClientName(capture))
           + QLatin1Char('\n');
    appendHead(out, capture.clientRequest, style, "> ");
    appendRequestBody(out, capture.clientRequestBody, style);
    if (capture.clientRequestBodyBytes > capture.clientRequestBody.size())
        out += TranscriptText::tr("[request body: %1 in all]")
                       .arg(formatByteSize(capture.clientRequestBodyBytes))
               + QLatin1Char('\n');
    if (style == TranscriptStyle::Plain)
        out += QLatin1Char('\n');
    out += TranscriptText::tr("── as HTTP Lens forwarded it") + QLatin1Char('\n');
}

void appendClientResponse(QString &out, const CaptureInfo &capture, TranscriptStyle style)
{
    if (capture.clientResponse.isEmpty() && !capture.upgraded)
        return;
    out += TranscriptText::tr("── as the program received it") + QLatin1Char('\n');
    appendHead(out, capture.clientResponse, style, "< ");
    if (capture.upgraded)
        out += TranscriptText::tr("[tunnel: %1 from the program, %2 to it]")
                       .arg(formatByteSize(capture.tunnelBytesUp),
                            formatByteSize(capture.tunnelBytesDown))
               + QLatin1Char('\n');
    else if (capture.clientResponseBodyBytes > 0)
        out += TranscriptText::tr("[body: %1 to the program]")
                       .arg(formatByteSize(capture.clientResponseBodyBytes))
               + QLatin1Char('\n');
    if (!capture.clientProblem.isEmpty())
        out += QStringLiteral("* ") + capture.clientProblem + QLatin1Char('\n');
}

QString transcript(const Exchange &e, TranscriptStyle style)
{
    QString out;
    const bool terminal = style == TranscriptStyle::Terminal;
    if (e.capture.captured)
        appendClientRequest(out, e.capture, style);
    for (qsizetype i = 0; i < e.hops.size(); ++i) {
        const Hop &hop = e.hops.at(i);
        if (terminal && !out.isEmpty() && i > 0)
            out += QLatin1Char('\n');
        if (e.hops.size() > 1)
            out += TranscriptText::tr("── hop %1 of %2: %3")
                           .arg(i + 1)
                           .arg(e.hops.size())
                           .arg(wireText(hop.url.toUtf8(), TranscriptStyle::Terminal))
                   + QLatin1Char('\n');
        appendHead(out, hop.request.raw, style, "> ");
        // Where a body read from a file came from: nothing a file sends is hidden.
        if (!hop.requestBody.isEmpty() && !e.request.bodyFile.isEmpty())
            out += TranscriptText::tr("[request body read from %1]")
                           .arg(wireText(e.request.bodyFile.toUtf8(), TranscriptStyle::Terminal))
                   + QLatin1Char('\n');
        appendRequestBody(out, hop.requestBody, style);
        for (const ResponseHead &interim : hop.interim)
            appendHead(out, interim.raw, style, "< ");
        if (hop.hasResponse)
            appendHead(out, hop.response.raw, style, "< ");
        if (!terminal && hop.bodyWireBytes > 0)
            out += TranscriptText::tr("[body: %1 on the wire]").arg(formatByteSize(hop.bodyWireBytes))
                   + QLatin1Char('\n');
        if (!hop.rawTrailers.isEmpty()) {
            if (!terminal)
                out += TranscriptText::tr("[trailers after the body]") + QLatin1Char('\n');
            appendHead(out, hop.rawTrailers, style, "< ");
        }
        if (!terminal)
            out += QLatin1Char('\n');
    }
    if (!terminal && e.error.isError())
        out += QStringLiteral("* ") + e.error.sentence + QLatin1Char('\n')
               + (e.error.curlText.isEmpty()
                          ? QString()
                          : QStringLiteral("* libcurl: ") + e.error.curlText + QLatin1Char('\n'));
    if (e.capture.captured)
        appendClientResponse(out, e.capture, style);
    return out;
}

} // namespace HttpLens
