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

QString transcript(const Exchange &e, TranscriptStyle style)
{
    QString out;
    const bool terminal = style == TranscriptStyle::Terminal;
    for (qsizetype i = 0; i < e.hops.size(); ++i) {
        const Hop &hop = e.hops.at(i);
        if (terminal && !out.isEmpty())
            out += QLatin1Char('\n');
        if (e.hops.size() > 1)
            out += TranscriptText::tr("── hop %1 of %2: %3")
                           .arg(i + 1)
                           .arg(e.hops.size())
                           .arg(wireText(hop.url.toUtf8(), TranscriptStyle::Terminal))
                   + QLatin1Char('\n');
        appendHead(out, hop.request.raw, style, "> ");
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
               + QStringLiteral("* libcurl: ") + e.error.curlText + QLatin1Char('\n');
    return out;
}

} // namespace HttpLens
