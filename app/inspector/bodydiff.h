#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace HttpLens {

// Two response bodies compared as a person reads them: text line by line, JSON after both are
// normalised (keys sorted, one value per line, so a key that moved is no change), anything else
// by size and SHA-256.
struct BodyDiff
{
    // NotCompared: one side has no body to compare (a 304, whose stored body is reused; a 204; a
    // response to HEAD). note says which and why.
    enum class Kind { Identical, Lines, Binary, NotCompared };
    enum class Format { Text, Json, Binary };

    struct Line
    {
        enum class Change { Same, Added, Removed };
        Change change = Change::Same;
        QString text;
        int leftNumber = 0;  // 1-based; 0 for an added line
        int rightNumber = 0; // 1-based; 0 for a removed line
    };

    Kind kind = Kind::Identical;
    Format format = Format::Text;
    QList<Line> lines; // Kind::Lines: every line of both, in order
    int added = 0;
    int removed = 0;
    qint64 leftBytes = 0;
    qint64 rightBytes = 0;
    QByteArray leftSha256; // hex
    QByteArray rightSha256;
    QString note; // in the user's language: why the bodies were compared as they were

    static constexpr qint64 kMaxLineDiffBytes = 4 * 1024 * 1024;
    static constexpr int kMaxLines = 100000;

    // For bodies too large to hold: their sizes and hashes, worked out by the caller.
    static BodyDiff bySizeAndHash(qint64 leftBytes,
                                  const QByteArray &leftSha256,
                                  qint64 rightBytes,
                                  const QByteArray &rightSha256);
    static BodyDiff compare(const QByteArray &left,
                            const QByteArray &leftContentType,
                            const QByteArray &right,
                            const QByteArray &rightContentType);
};

} // namespace HttpLens
