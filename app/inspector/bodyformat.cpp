#include "bodyformat.h"

#include <QJsonDocument>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace HttpLens {

namespace {

QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

QByteArray firstNonBlank(const QByteArray &head, int count)
{
    qsizetype i = 0;
    if (head.startsWith("\xEF\xBB\xBF"))
        i = 3;
    while (i < head.size() && QByteArrayView(" \t\r\n").contains(head.at(i)))
        ++i;
    return head.mid(i, count);
}

} // namespace

bool looksLikeUtf8Text(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    // Allow a multi-byte sequence cut off by the end of a prefix.
    qsizetype end = bytes.size();
    for (int back = 1; back <= 3 && end - back >= 0; ++back) {
        const uchar c = uchar(bytes.at(end - back));
        if ((c & 0xC0) == 0xC0) {
            const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            if (length > back)
                end -= back;
            break;
        }
        if ((c & 0xC0) != 0x80)
            break;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(QByteArrayView(bytes).first(end));
    return !decoder.hasError();
}

BodyKind detectBodyKind(const QByteArray &contentType, const QByteArray &head)
{
    if (head.isEmpty())
        return BodyKind::Empty;
    const QByteArray type = mediaType(contentType);
    if (type == "application/json" || type.endsWith("+json"))
        return BodyKind::Json;
    if (type == "text/html" || type == "application/xhtml+xml")
        return BodyKind::Html;
    if (type == "application/xml" || type == "text/xml" || type.endsWith("+xml"))
        return BodyKind::Xml;
    if (type.startsWith("image/"))
        return BodyKind::Image;
    // Content-Type says nothing useful: look at the bytes.
    const QByteArray start = firstNonBlank(head, 16).toLower();
    if (head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("GIF8")
        || (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP"))
        return BodyKind::Image;
    if (!looksLikeUtf8Text(head))
        return BodyKind::Binary;
    if (start.startsWith("{") || start.startsWith("["))
        return BodyKind::Json;
    if (start.startsWith("<!doctype html") || start.startsWith("<html"))
        return BodyKind::Html;
    if (start.startsWith("<?xml"))
        return BodyKind::Xml;
    return BodyKind::Text;
}

QByteArray prettyJson(const QByteArray &json, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (ok)
        *ok = error.error == QJsonParseError::NoError;
    if (error.error != QJsonParseError::NoError)
        return json;
    return document.toJson(QJsonDocument::Indented);
}

QByteArray prettyXml(const QByteArray &xml, bool *ok)
{
    QXmlStreamReader reader(xml);
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::Characters && reader.isWhitespace())
            continue;
        // The reader reports a document start even when the text had no declaration.
        if (reader.tokenType() == QXmlStreamReader::StartDocument
            && reader.documentVersion().isEmpty())
            continue;
        if (reader.tokenType() != QXmlStreamReader::Invalid)
            writer.writeCurrentToken(reader);
    }
    const bool good = !reader.hasError();
    if (ok)
        *ok = good;
    if (out.startsWith('\n'))
        out.remove(0, 1);
    return good ? out : xml;
}

QString hexLine(qint64 offset, const QByteArray &bytes)
{
    static const char digits[] = "0123456789abcdef";
    QString line = QStringLiteral("%1  ").arg(offset, 8, 16, QLatin1Char('0'));
    QString ascii;
    for (int i = 0; i < 16; ++i) {
        if (i == 8)
            line += QLatin1Char(' ');
        if (i < bytes.size()) {
            const uchar c = uchar(bytes.at(i));
            line += QLatin1Char(digits[c >> 4]);
            line += QLatin1Char(digits[c & 15]);
            line += QLatin1Char(' ');
            ascii += (c >= 0x20 && c < 0x7f) ? QLatin1Char(char(c)) : QLatin1Char('.');
        } else {
            line += QStringLiteral("   ");
        }
    }
    return line + QStringLiteral(" |") + ascii + QLatin1Char('|');
}

} // namespace HttpLens
