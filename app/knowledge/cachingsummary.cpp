#include "cachingsummary.h"

#include "knowledge/freshness.h"

#include <QCoreApplication>

namespace HttpLens {

namespace {

class CachingText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Caching)
};

QString lifetimeText(const Freshness &f)
{
    switch (f.source) {
    case Freshness::Source::None:
        return CachingText::tr("none given");
    case Freshness::Source::Heuristic:
        return CachingText::tr("%1 s (heuristic: 10% of the time since Last-Modified)")
                .arg(f.lifetime);
    case Freshness::Source::SMaxAge:
        return CachingText::tr("%1 s (s-maxage)").arg(f.lifetime);
    case Freshness::Source::MaxAge:
        return CachingText::tr("%1 s (max-age)").arg(f.lifetime);
    case Freshness::Source::Expires:
        return CachingText::tr("%1 s (Expires minus Date)").arg(f.lifetime);
    }
    return {};
}

} // namespace

CachingSummary cachingSummary(const Exchange &exchange)
{
    CachingSummary summary;
    const Hop *hop = exchange.finalHop();
    if (!hop || !hop->hasResponse)
        return summary;
    const Freshness f = evaluateFreshness(exchange, *hop);
    summary.title = CachingText::tr("Caching (RFC 9111, a browser's private cache)");
    summary.rows.append({CachingText::tr("Storable"),
                         CachingText::tr("%1 · %2").arg(f.storable ? CachingText::tr("yes")
                                                                   : CachingText::tr("no"),
                                                        f.storableReason)});
    if (f.storable) {
        summary.rows.append({CachingText::tr("Lifetime"), lifetimeText(f)});
        summary.rows.append({CachingText::tr("Age"),
                             f.fresh ? CachingText::tr("%1 s · fresh").arg(f.currentAge)
                                     : CachingText::tr("%1 s · stale").arg(f.currentAge)});
        summary.rows.append({CachingText::tr("Next time"), nextStepText(f)});
    }
    for (const QString &note : f.notes)
        summary.rows.append({CachingText::tr("Note"), note});
    return summary;
}

} // namespace HttpLens
