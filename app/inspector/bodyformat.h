#pragma once

#include <QByteArray>
#include <QString>

namespace HttpLens {

// How the body tab shows a response body.
enum class BodyKind { Empty, Json, Xml, Html, Image, Text, Binary };

// Decides from the Content-Type and, when that says little, from the first bytes.
BodyKind detectBodyKind(const QByteArray &contentType, const QByteArray &head);

// Indented JSON; the input unchanged (and ok false) when it does not parse.
QByteArray prettyJson(const QByteArray &json, bool *ok = nullptr);
// Indented XML; the input unchanged (and ok false) when it is not well-formed.
QByteArray prettyXml(const QByteArray &xml, bool *ok = nullptr);

// One line of a hex view: offset, 16 bytes in hex, the printable ASCII.
// "00000010  48 54 54 50 2f 31 2e 31  20 32 30 30 20 4f 4b 0d  |HTTP/1.1 200 OK.|"
QString hexLine(qint64 offset, const QByteArray &bytes);

// True when the bytes decode as UTF-8 without errors (a cut multi-byte sequence at the very
// end is allowed, since views show a prefix).
bool looksLikeUtf8Text(const QByteArray &bytes);

} // namespace HttpLens
