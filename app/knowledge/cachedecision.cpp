#include "cachedecision.h"

#include "simulatedcache.h"

#include <QCoreApplication>

namespace HttpLens {

namespace {

class DecisionText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::CacheDecision)
};

QString lifetimeStep(const Freshness &freshness)
{
    switch (freshness.source) {
    case Freshness::Source::SMaxAge:
        return DecisionText::tr("freshness lifetime = s-maxage = %1 s (a shared cache)")
                .arg(freshness.lifetime);
    case Freshness::Source::MaxAge:
        return DecisionText::tr("freshness lifetime = max-age = %1 s").arg(freshness.lifetime);
    case Freshness::Source::Expires:
        return DecisionText::tr("freshness lifetime = Expires − Date = %1 s").arg(freshness.lifetime);
    case Freshness::Source::Heuristic:
        return DecisionText::tr("freshness lifetime = 10% of (Date − Last-Modified) = 10% of %1 s "
                                "= %2 s (heuristic, RFC 9111 §4.2.2)")
                .arg(freshness.sinceLastModified)
                .arg(freshness.lifetime);
    case Freshness::Source::None:
        break;
    }
    return DecisionText::tr("freshness lifetime = 0 s (no max-age, Expires or Last-Modified)");
}

FreshnessInput inputFor(const CacheEntry &entry,
                        const HeaderList &requestHeaders,
                        const QDateTime &at,
                        bool shared)
{
    FreshnessInput input;
    input.method = entry.method;
    input.status = entry.status;
    input.requestHeaders = requestHeaders;
    input.responseHeaders = entry.responseHeaders;
    input.requestTime = entry.requestTime;
    input.responseTime = entry.responseTime;
    input.now = at;
    input.sharedCache = shared;
    return input;
}

void chooseValidators(CacheDecision *decision)
{
    const HeaderList &stored = decision->entry->responseHeaders;
    const QByteArray etag = headerValue(stored, "ETag");
    const QByteArray lastModified = headerValue(stored, "Last-Modified");
    // Browsers send both; the server lets If-None-Match decide (RFC 9110 §13.2.2).
    if (!etag.isEmpty())
        decision->conditional.append(HeaderField{"If-None-Match", etag});
    if (!lastModified.isEmpty())
        decision->conditional.append(HeaderField{"If-Modified-Since", lastModified});
}

} // namespace

CacheDecision CacheDecision::decide(const SimulatedCache &cache,
                                    const QString &url,
                                    const QByteArray &method,
                                    const HeaderList &requestHeaders,
                                    const QDateTime &at)
{
    CacheDecision decision;
    QString mismatch;
    decision.entry = cache.find(url, method, requestHeaders, &mismatch);
    if (!decision.entry) {
        decision.steps.append(mismatch.isEmpty()
                                      ? DecisionText::tr("Nothing is stored for this URL.")
                                      : mismatch);
        return decision;
    }
    decision.steps.append(DecisionText::tr("Stored: %1, received %2.")
                                  .arg(decision.entry->status)
                                  .arg(decision.entry->responseTime.toUTC().toString(Qt::ISODate)));
    decision.freshness = evaluateFreshness(
            inputFor(*decision.entry, requestHeaders, at, cache.isShared()));
    const Freshness &f = decision.freshness;
    decision.steps += f.age.steps();
    decision.steps.append(lifetimeStep(f));
    decision.steps += f.notes;
    const CacheControl control = CacheControl::parse(decision.entry->responseHeaders);
    const bool noCache = control.has("no-cache")
                         || CacheControl::parse(requestHeaders).has("no-cache");
    const qint64 staleFor = f.currentAge - f.lifetime;
    if (f.next == Freshness::Next::Serve) { // fresh, and no no-cache on either side
        decision.action = Action::Serve;
        decision.steps.append(DecisionText::tr("fresh: age %1 s < lifetime %2 s, so no request "
                                               "is sent")
                                      .arg(f.currentAge)
                                      .arg(f.lifetime));
        if (control.has("immutable"))
            decision.steps.append(DecisionText::tr("immutable: even a reload would not revalidate "
                                                   "it while it is fresh."));
        return decision;
    }
    if (noCache)
        decision.steps.append(DecisionText::tr("no-cache: a stored response is used only after "
                                               "revalidation."));
    else
        decision.steps.append(DecisionText::tr("stale: age %1 s ≥ lifetime %2 s, %3 s past it")
                                      .arg(f.currentAge)
                                      .arg(f.lifetime)
                                      .arg(staleFor));
    const std::optional<qint64> window = control.seconds("stale-while-revalidate");
    const bool mustRevalidate = control.has("must-revalidate")
                                || (cache.isShared() && control.has("proxy-revalidate"));
    if (mustRevalidate)
        decision.steps.append(DecisionText::tr("must-revalidate: a stale copy is never served "
                                               "without asking, not even when the server cannot "
                                               "be reached."));
    chooseValidators(&decision);
    if (!noCache && !mustRevalidate && window && staleFor <= *window
        && !decision.conditional.isEmpty()) {
        decision.action = Action::ServeStale;
        decision.steps.append(DecisionText::tr("stale-while-revalidate=%1: served stale now, "
                                               "revalidated in the background (RFC 5861)")
                                      .arg(*window));
        return decision;
    }
    decision.action = decision.conditional.isEmpty() ? Action::Fetch : Action::Revalidate;
    if (decision.action == Action::Fetch)
        decision.steps.append(DecisionText::tr("no ETag or Last-Modified to revalidate with: the "
                                               "whole response is fetched again"));
    return decision;
}

QString CacheDecision::verdict() const
{
    switch (action) {
    case Action::Serve:
        return DecisionText::tr("serve from the cache without a request: fresh, age %1 s of %2 s")
                .arg(freshness.currentAge)
                .arg(freshness.lifetime);
    case Action::ServeStale:
        return DecisionText::tr("serve the stale copy and revalidate in the background");
    case Action::Revalidate: {
        QStringList fields;
        for (const HeaderField &field : conditional)
            fields.append(QStringLiteral("%1: %2").arg(QString::fromLatin1(field.name),
                                                       QString::fromLatin1(field.value)));
        return DecisionText::tr("revalidate with %1").arg(fields.join(QStringLiteral(", ")));
    }
    case Action::Fetch:
        break;
    }
    return entry ? DecisionText::tr("download it again") : DecisionText::tr("download it");
}

} // namespace HttpLens
