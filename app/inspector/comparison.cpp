#include "comparison.h"

#include "inspector/waterfall.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace HttpLens {

namespace {

class ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Comparison)
};

QList<QByteArray> valuesOf(const HeaderList &headers, const QByteArray &lowerName)
{
    QList<QByteArray> values;
    for (const HeaderField &field : headers) {
        if (field.name.toLower() == lowerName)
            values.append(field.value);
    }
    return values;
}

} // namespace

WireSize wireSize(const Exchange &exchange)
{
    WireSize size;
    for (const Hop &hop : exchange.hops) {
        size.requestBytes += hop.request.raw.size() + hop.requestBody.size();
        for (const ResponseHead &interim : hop.interim)
            size.responseHeadBytes += interim.raw.size();
        if (hop.hasResponse)
            size.responseHeadBytes += hop.response.raw.size();
        size.responseBodyBytes += hop.bodyWireBytes;
    }
    return size;
}

QList<HeaderDifference> compareHeaders(const HeaderList &left, const HeaderList &right)
{
    // Names in the order they first appear on the left, then those only on the right.
    QList<QByteArray> order;
    QList<QByteArray> spelling;
    auto collect = [&](const HeaderList &headers) {
        for (const HeaderField &field : headers) {
            const QByteArray lower = field.name.toLower();
            if (!order.contains(lower)) {
                order.append(lower);
                spelling.append(field.name);
            }
        }
    };
    collect(left);
    collect(right);

    QList<HeaderDifference> differences;
    for (qsizetype i = 0; i < order.size(); ++i) {
        HeaderDifference difference;
        difference.name = spelling.at(i);
        difference.left = valuesOf(left, order.at(i));
        difference.right = valuesOf(right, order.at(i));
        if (difference.left.isEmpty())
            difference.kind = HeaderDifference::Kind::Added;
        else if (difference.right.isEmpty())
            difference.kind = HeaderDifference::Kind::Removed;
        else if (difference.left != difference.right)
            difference.kind = HeaderDifference::Kind::Changed;
        differences.append(difference);
    }
    return differences;
}

namespace {

QByteArray contentType(const Exchange &exchange)
{
    const Hop *hop = exchange.finalHop();
    return hop && hop->hasResponse ? headerValue(hop->response.headers, "Content-Type")
                                   : QByteArray();
}

QByteArray streamedSha256(const Body &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    body.forEachChunk(1024 * 1024, [&hash](QByteArrayView piece) {
        hash.addData(piece);
        return true;
    });
    return hash.result().toHex();
}

// A response with no body by definition: it has nothing to compare, and a 304 is not a body
// that was emptied but the stored one confirmed (RFC 9111 §4.3.4).
bool carriesNoBody(const Exchange &exchange)
{
    const int status = exchange.status();
    const Hop *hop = exchange.finalHop();
    return status == 304 || status == 204 || (hop && hop->request.method == "HEAD");
}

BodyDiff compareBodies(const Exchange &left, const Exchange &right)
{
    if (carriesNoBody(left) || carriesNoBody(right)) {
        BodyDiff diff;
        diff.kind = BodyDiff::Kind::NotCompared;
        diff.leftBytes = left.body.size();
        diff.rightBytes = right.body.size();
        const bool notModified = left.status() == 304 || right.status() == 304;
        diff.note = notModified
                            ? ComparisonText::tr("A 304 Not Modified carries no body: the client "
                                                 "goes on using the body it stored, which has not "
                                                 "changed (RFC 9111 §4.3.4).")
                            : ComparisonText::tr("One response carries no body by definition (a "
                                                 "204, or the answer to HEAD): there is nothing to "
                                                 "compare.");
        return diff;
    }
    if (left.body.size() > BodyDiff::kMaxLineDiffBytes
        || right.body.size() > BodyDiff::kMaxLineDiffBytes)
        return BodyDiff::bySizeAndHash(left.body.size(),
                                       streamedSha256(left.body),
                                       right.body.size(),
                                       streamedSha256(right.body));
    return BodyDiff::compare(left.body.read(),
                             contentType(left),
                             right.body.read(),
                             contentType(right));
}

qint64 hopDuration(const Hop &hop)
{
    return hop.startUs >= 0 && hop.endUs >= hop.startUs ? hop.endUs - hop.startUs : -1;
}

QList<Comparison::HopRow> compareHops(const Exchange &left, const Exchange &right)
{
    QList<Comparison::HopRow> rows;
    for (qsizetype i = 0; i < qMax(left.hops.size(), right.hops.size()); ++i) {
        Comparison::HopRow row;
        if (i < left.hops.size()) {
            const Hop &hop = left.hops.at(i);
            row.leftUrl = hop.url;
            row.leftMethod = hop.request.method;
            row.leftStatus = hop.hasResponse ? hop.response.status : 0;
            row.leftUs = hopDuration(hop);
        }
        if (i < right.hops.size()) {
            const Hop &hop = right.hops.at(i);
            row.rightUrl = hop.url;
            row.rightMethod = hop.request.method;
            row.rightStatus = hop.hasResponse ? hop.response.status : 0;
            row.rightUs = hopDuration(hop);
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

Comparison compareExchanges(const Exchange &left, const Exchange &right)
{
    Comparison comparison;
    const Hop *l = left.finalHop();
    const Hop *r = right.finalHop();
    comparison.leftStatus = left.status();
    comparison.rightStatus = right.status();
    if (l && l->hasResponse)
        comparison.leftReason = l->response.reason;
    if (r && r->hasResponse)
        comparison.rightReason = r->response.reason;
    comparison.requestHeaders = compareHeaders(l ? l->request.headers : HeaderList(),
                                               r ? r->request.headers : HeaderList());
    comparison.responseHeaders = compareHeaders(l && l->hasResponse ? l->response.headers
                                                                    : HeaderList(),
                                                r && r->hasResponse ? r->response.headers
                                                                    : HeaderList());
    comparison.leftWire = wireSize(left);
    comparison.rightWire = wireSize(right);
    // The phases as each waterfall shows them: a reused connection did no lookup.
    const QList<PhaseTime> a = phaseTimes(left);
    const QList<PhaseTime> b = phaseTimes(right);
    for (qsizetype i = 0; i < a.size(); ++i)
        comparison.timings.append({a.at(i).key, a.at(i).us, b.at(i).us});
    comparison.timings.append({"total", left.timings.totalUs, right.timings.totalUs});
    comparison.hops = compareHops(left, right);
    comparison.body = compareBodies(left, right);
    return comparison;
}

} // namespace HttpLens
