#include "freshness.h"

#include "model/httpdate.h"

#include "agecalculation.h"

#include <QCoreApplication>

namespace HttpLens {

namespace {

// RFC 9111 §1.2.2: a delta-seconds value too large to represent counts as 2^31.
constexpr qint64 kMaxDelta = 2147483648LL;

class FreshnessText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Freshness)
};

std::optional<qint64> deltaSeconds(QByteArrayView text)
{
    text = trimBlanks(text);
    if (text.isEmpty())
        return std::nullopt;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    if (text.size() > 10)
        return kMaxDelta;
    return qMin(text.toLongLong(), kMaxDelta);
}

} // namespace

CacheControl CacheControl::parse(const HeaderList &headers)
{
    CacheControl control;
    for (const QByteArray &value : headerValues(headers, "Cache-Control")) {
        // Split on commas outside quoted strings.
        QByteArray current;
        bool quoted = false;
        QList<QByteArray> parts;
        for (char c : value) {
            if (c == '"')
                quoted = !quoted;
            if (c == ',' && !quoted) {
                parts.append(current);
                current.clear();
            } else {
                current += c;
            }
        }
        parts.append(current);
        for (const QByteArray &part : parts) {
            const QByteArray trimmed = part.trimmed();
            if (trimmed.isEmpty())
                continue;
            const qsizetype eq = trimmed.indexOf('=');
            QByteArray name = (eq < 0 ? trimmed : trimmed.left(eq)).trimmed().toLower();
            QByteArray argument = eq < 0 ? QByteArray() : trimmed.mid(eq + 1).trimmed();
            if (argument.size() >= 2 && argument.startsWith('"') && argument.endsWith('"'))
                argument = argument.mid(1, argument.size() - 2);
            control.m_directives.append({name, argument});
        }
    }
    return control;
}

bool CacheControl::has(const QByteArray &directive) const
{
    for (const auto &entry : m_directives) {
        if (entry.first == directive)
            return true;
    }
    return false;
}

std::optional<qint64> CacheControl::seconds(const QByteArray &directive, bool *conflict) const
{
    std::optional<qint64> found;
    if (conflict)
        *conflict = false;
    for (const auto &entry : m_directives) {
        if (entry.first != directive)
            continue;
        const std::optional<qint64> value = deltaSeconds(entry.second);
        if (found && value != found && conflict)
            *conflict = true;
        if (!found)
            found = value;
    }
    return found;
}

bool isHeuristicallyCacheable(int status)
{
    switch (status) {
    case 200:
    case 203:
    case 204:
    case 206:
    case 300:
    case 301:
    case 308:
    case 404:
    case 405:
    case 410:
    case 414:
    case 451: // RFC 7725 §3
    case 501:
        return true;
    default:
        return false;
    }
}

namespace {

// RFC 9111 §3: may the response be stored at all, and why (not).
void storability(const FreshnessInput &input,
                 const CacheControl &response,
                 const CacheControl &request,
                 bool explicitFreshness,
                 Freshness *out)
{
    Freshness &result = *out;
    const bool methodCacheable = input.method == "GET" || input.method == "HEAD";
    if (!methodCacheable) {
        result.storableReason = FreshnessText::tr(
                "Only responses to GET and HEAD are stored by common caches.");
    } else if (input.status < 200 || input.status == 206 || input.status == 304) {
        result.storableReason
                = input.status == 304
                          ? FreshnessText::tr("A 304 is not stored itself: it refreshes the stored "
                                              "response it validated (RFC 9111 §4.3.4).")
                          : FreshnessText::tr("Interim and partial responses are not stored as "
                                              "complete responses.");
    } else if (response.has("no-store") || request.has("no-store")) {
        result.storableReason = FreshnessText::tr(
                "Cache-Control: no-store forbids storing it (RFC 9111 §5.2.2.5).");
    } else if (input.sharedCache && response.has("private")) {
        result.storableReason = FreshnessText::tr(
                "Cache-Control: private forbids shared caches from storing it "
                "(RFC 9111 §5.2.2.7).");
    } else if (input.sharedCache && hasHeader(input.requestHeaders, "Authorization")
               && !response.has("public") && !response.has("s-maxage")
               && !response.has("must-revalidate")) {
        result.storableReason = FreshnessText::tr(
                "A shared cache does not store responses to requests with Authorization unless "
                "public, s-maxage or must-revalidate allows it (RFC 9111 §3.5).");
    } else if (!explicitFreshness && !response.has("public")
               && !isHeuristicallyCacheable(input.status) && !response.has("no-cache")) {
        result.storableReason
                = FreshnessText::tr("Status %1 is not cacheable by default and the response gives "
                                    "no explicit freshness.")
                          .arg(input.status);
    } else {
        result.storable = true;
        result.storableReason = FreshnessText::tr("A cache may store this response.");
    }
}

} // namespace

Freshness evaluateFreshness(const FreshnessInput &input)
{
    Freshness result;
    const HeaderList &headers = input.responseHeaders;
    const CacheControl response = CacheControl::parse(headers);
    const CacheControl request = CacheControl::parse(input.requestHeaders);

    const bool hasExpires = hasHeader(headers, "Expires");
    const bool explicitFreshness = response.has("max-age")
                                   || (input.sharedCache && response.has("s-maxage")) || hasExpires;
    storability(input, response, request, explicitFreshness, &result);

    // RFC 9111 §4.2.1: freshness lifetime.
    const QDateTime date = parseHttpDate(headerValue(headers, "Date"));
    bool conflict = false;
    if (input.sharedCache && response.seconds("s-maxage", &conflict)) {
        result.source = Freshness::Source::SMaxAge;
        result.lifetime = conflict ? 0 : *response.seconds("s-maxage");
    } else if (response.seconds("max-age", &conflict)) {
        result.source = Freshness::Source::MaxAge;
        result.lifetime = conflict ? 0 : *response.seconds("max-age");
    } else if (hasExpires) {
        result.source = Freshness::Source::Expires;
        const QList<QByteArray> expires = headerValues(headers, "Expires");
        const QDateTime expiry = parseHttpDate(expires.first());
        conflict = expires.size() > 1;
        if (!expiry.isValid()) {
            // RFC 9111 §5.3: an invalid Expires, "0" above all, means already expired.
            result.lifetime = 0;
            result.notes.append(
                    FreshnessText::tr(
                            "Expires \"%1\" is not a valid date, so the response counts as "
                            "already expired.")
                            .arg(QString::fromLatin1(expires.first())));
        } else {
            const QDateTime base = date.isValid() ? date : input.responseTime;
            result.lifetime = qMax<qint64>(0, base.secsTo(expiry));
        }
    } else if (result.storable
               && (isHeuristicallyCacheable(input.status) || response.has("public"))) {
        const QDateTime lastModified = parseHttpDate(headerValue(headers, "Last-Modified"));
        const QDateTime base = date.isValid() ? date : input.responseTime;
        if (lastModified.isValid() && lastModified < base) {
            result.source = Freshness::Source::Heuristic;
            // RFC 9111 §4.2.2: a typical heuristic is 10% of the time since the last change.
            result.sinceLastModified = lastModified.secsTo(base);
            result.lifetime = result.sinceLastModified / 10;
            result.notes.append(FreshnessText::tr(
                    "No explicit freshness: a cache may guess 10% of the time since "
                    "Last-Modified."));
        }
    }
    if (conflict)
        result.notes.append(FreshnessText::tr(
                "The freshness information appears more than once with different "
                "values, so the response is treated as stale (RFC 9111 §4.2.1)."));

    // RFC 9111 §4.2.3: current age.
    qint64 ageValue = 0;
    const QList<QByteArray> ages = headerValues(headers, "Age");
    if (!ages.isEmpty()) {
        const std::optional<qint64> parsed = deltaSeconds(ages.first());
        if (parsed)
            ageValue = *parsed;
        else
            result.notes.append(
                    FreshnessText::tr("Age \"%1\" is not a non-negative number and is ignored.")
                            .arg(QString::fromLatin1(ages.first())));
    }
    result.age = AgeCalculation::compute(date,
                                         ageValue,
                                         input.requestTime,
                                         input.responseTime,
                                         input.now);
    if (date.isValid() && date > result.age.responseTime.addSecs(1))
        result.notes.append(
                FreshnessText::tr("The server's Date is %1 s ahead of this computer's clock; "
                                  "apparent age counts as 0.")
                        .arg(result.age.responseTime.secsTo(date)));
    result.currentAge = result.age.currentAge;
    result.fresh = result.storable && result.source != Freshness::Source::None && !conflict
                   && result.lifetime > result.currentAge;

    // What a cache does next.
    const QByteArray etag = headerValue(headers, "ETag");
    const QByteArray lastModified = headerValue(headers, "Last-Modified");
    const bool mustRevalidateNow = response.has("no-cache") || request.has("no-cache");
    if (!result.storable) {
        result.next = Freshness::Next::Fetch;
    } else if (result.fresh && !mustRevalidateNow) {
        result.next = Freshness::Next::Serve;
    } else if (!etag.isEmpty() || !lastModified.isEmpty()) {
        result.next = Freshness::Next::Revalidate;
        // If-None-Match takes precedence at the server, so a cache sends it when it can.
        result.validatorHeader = etag.isEmpty() ? QByteArray("If-Modified-Since")
                                                : QByteArray("If-None-Match");
        result.validatorValue = etag.isEmpty() ? lastModified : etag;
        if (mustRevalidateNow)
            result.notes.append(FreshnessText::tr(
                    "Cache-Control: no-cache: a stored copy may only be used after revalidation."));
    } else {
        result.next = Freshness::Next::Fetch;
    }
    return result;
}

QString nextStepText(const Freshness &f)
{
    switch (f.next) {
    case Freshness::Next::Serve:
        return FreshnessText::tr("serve from the cache without asking the server");
    case Freshness::Next::Revalidate:
        return FreshnessText::tr("revalidate with %1: %2")
                .arg(QString::fromLatin1(f.validatorHeader), QString::fromLatin1(f.validatorValue));
    case Freshness::Next::Fetch:
        return FreshnessText::tr("fetch it again (no validator to revalidate with)");
    }
    return {};
}

Freshness evaluateFreshness(const Exchange &exchange, const Hop &hop)
{
    FreshnessInput input;
    input.method = hop.request.method;
    input.status = hop.response.status;
    input.requestHeaders = hop.request.headers;
    input.responseHeaders = hop.response.headers;
    input.requestTime = exchange.started;
    if (exchange.started.isValid())
        input.responseTime = exchange.started.addMSecs(qMax<qint64>(0, exchange.timings.totalUs)
                                                       / 1000);
    input.now = QDateTime::currentDateTimeUtc();
    return evaluateFreshness(input);
}

} // namespace HttpLens
