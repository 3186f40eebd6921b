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

// Parses the field lines of a raw head (everything after the start line). Obsolete line
// folding is joined with a single space; lines without a colon are skipped.
HeaderList parseHeaderLines(const QList<QByteArray> &lines);

// Splits raw head bytes into lines without their CRLF or LF terminator; the terminating empty
// line is not returned.
QList<QByteArray> splitHeadLines(const QByteArray &raw);

} // namespace HttpLens
