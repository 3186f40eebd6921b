#pragma once

#include <QByteArray>
#include <QList>

namespace HttpLens {

// One header field as it appeared on the wire: name case, value bytes and position are kept,
// and duplicates stay separate entries (Set-Cookie must never be folded).
struct HeaderField
{
    QByteArray name;
    QByteArray value;

    bool operator==(const HeaderField &other) const
    {
        return name == other.name && value == other.value;
    }
};

using HeaderList = QList<HeaderField>;

// Case-insensitive look-ups over a HeaderList.
QByteArray headerValue(const HeaderList &headers, const QByteArray &name);
QList<QByteArray> headerValues(const HeaderList &headers, const QByteArray &name);
bool hasHeader(const HeaderList &headers, const QByteArray &name);

// Removes spaces and tabs (HTTP's OWS) from both ends.
QByteArrayView trimBlanks(QByteArrayView text);

// Parses a raw head: the start line (returned through startLine, without its line ending) and
// the field lines up to the empty line. Obsolete line folding is joined with a single space;
// lines without a colon are skipped. One pass over the bytes, one allocation per field part.
HeaderList parseHead(QByteArrayView raw, QByteArrayView *startLine);

} // namespace HttpLens
