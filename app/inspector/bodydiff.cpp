#include "bodydiff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QStringDecoder>

#include <optional>
#include <vector>

namespace HttpLens {

namespace {

class BodyDiffText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::BodyDiff)
};

// The longest-common-subsequence table is used only for the part that differs, and only when
// it stays this small; beyond it the lines are listed as removed and then added.
constexpr qint64 kMaxTableCells = 4 * 1000 * 1000;

bool isJsonType(const QByteArray &type)
{
    const QByteArray lower = type.toLower();
    return lower.contains("/json") || lower.contains("+json");
}

bool isTextType(const QByteArray &type)
{
    const QByteArray lower = type.toLower();
    return lower.startsWith("text/") || lower.contains("xml") || lower.contains("javascript")
           || lower.contains("x-www-form-urlencoded");
}

// The body as text: normalised JSON, UTF-8 text, or nothing for bytes that are neither.
std::optional<QString> asText(const QByteArray &body, const QByteArray &type, bool json)
{
    if (json) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError)
            return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }
    if (body.contains('\0') && !isTextType(type))
        return std::nullopt;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(body);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    return lines;
}

void diffMiddle(const QStringList &a,
                const QStringList &b,
                qsizetype start,
                qsizetype endA,
                qsizetype endB,
                BodyDiff *diff)
{
    const qsizetype n = endA - start;
    const qsizetype m = endB - start;
    auto removed = [&](qsizetype i) {
        diff->lines.append({BodyDiff::Line::Change::Removed, a.at(i), int(i + 1), 0});
        ++diff->removed;
    };
    auto added = [&](qsizetype j) {
        diff->lines.append({BodyDiff::Line::Change::Added, b.at(j), 0, int(j + 1)});
        ++diff->added;
    };
    if (n * m > kMaxTableCells) {
        for (qsizetype i = start; i < endA; ++i)
            removed(i);
        for (qsizetype j = start; j < endB; ++j)
            added(j);
        diff->note = BodyDiffText::tr("The bodies differ in too many lines for a line-by-line "
                                      "match: the differing part is shown removed, then added.");
        return;
    }
    // table[i][j]: the longest common subsequence of a[start+i..] and b[start+j..].
    std::vector<int> table(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return table[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(start + i) == b.at(start + j) ? at(i + 1, j + 1) + 1
                                                          : qMax(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(start + i) == b.at(start + j)) {
            diff->lines.append({BodyDiff::Line::Change::Same,
                                a.at(start + i),
                                int(start + i + 1),
                                int(start + j + 1)});
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            removed(start + i++); // removals first, as diff shows them
        } else {
            added(start + j++);
        }
    }
}

void diffLines(const QStringList &a, const QStringList &b, BodyDiff *diff)
{
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    for (qsizetype i = 0; i < prefix; ++i)
        diff->lines.append({BodyDiff::Line::Change::Same, a.at(i), int(i + 1), int(i + 1)});
    diffMiddle(a, b, prefix, a.size() - suffix, b.size() - suffix, diff);
    for (qsizetype k = suffix; k > 0; --k)
        diff->lines.append({BodyDiff::Line::Change::Same,
                            a.at(a.size() - k),
                            int(a.size() - k + 1),
                            int(b.size() - k + 1)});
}

} // namespace

BodyDiff BodyDiff::bySizeAndHash(qint64 leftBytes,
                                 const QByteArray &leftSha256,
                                 qint64 rightBytes,
                                 const QByteArray &rightSha256)
{
    BodyDiff diff;
    diff.format = Format::Binary;
    diff.leftBytes = leftBytes;
    diff.rightBytes = rightBytes;
    diff.leftSha256 = leftSha256;
    diff.rightSha256 = rightSha256;
    diff.kind = leftSha256 == rightSha256 ? Kind::Identical : Kind::Binary;
    diff.note = BodyDiffText::tr("Bodies over %1 MiB are compared by size and SHA-256 only.")
                        .arg(kMaxLineDiffBytes / (1024 * 1024));
    return diff;
}

BodyDiff BodyDiff::compare(const QByteArray &left,
                           const QByteArray &leftContentType,
                           const QByteArray &right,
                           const QByteArray &rightContentType)
{
    BodyDiff diff;
    diff.leftBytes = left.size();
    diff.rightBytes = right.size();
    diff.leftSha256 = QCryptographicHash::hash(left, QCryptographicHash::Sha256).toHex();
    diff.rightSha256 = QCryptographicHash::hash(right, QCryptographicHash::Sha256).toHex();
    const bool json = isJsonType(leftContentType) || isJsonType(rightContentType);
    diff.format = json ? Format::Json : Format::Text;
    if (left.size() > kMaxLineDiffBytes || right.size() > kMaxLineDiffBytes)
        return bySizeAndHash(left.size(), diff.leftSha256, right.size(), diff.rightSha256);
    const std::optional<QString> a = asText(left, leftContentType, json);
    const std::optional<QString> b = asText(right, rightContentType, json);
    if (!a || !b) {
        diff.format = Format::Binary;
        diff.kind = diff.leftSha256 == diff.rightSha256 ? Kind::Identical : Kind::Binary;
        return diff;
    }
    const QStringList linesA = linesOf(*a);
    const QStringList linesB = linesOf(*b);
    if (linesA.size() > kMaxLines || linesB.size() > kMaxLines) {
        diff.kind = diff.leftSha256 == diff.rightSha256 ? Kind::Identical : Kind::Binary;
        diff.note = BodyDiffText::tr("Bodies of more than %1 lines are compared by size and "
                                     "SHA-256 only.")
                            .arg(kMaxLines);
        return diff;
    }
    if (json && *a == *b && left != right)
        diff.note = BodyDiffText::tr("The JSON is the same once normalised: only the order of "
                                     "keys or the spacing differs.");
    diffLines(linesA, linesB, &diff);
    diff.kind = diff.added + diff.removed == 0 ? Kind::Identical : Kind::Lines;
    return diff;
}

} // namespace HttpLens
