// The caching scenarios under /caching/: one representation each, showing one rule of RFC 9110
// and RFC 9111 (or one way servers get it wrong). The validator scenarios are backed by a lab
// document (?doc=NAME, "caching" by default), so `PUT /lab/caching` changes them all.
#include "routetable.h"

#include "compression.h"
#include "routehelpers.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace HttpLens::Practice {

namespace {

// How a scenario's server departs from RFC 9110's preconditions, or what else it adds.
enum class Quirk {
    None,
    ExactDate,    // If-Modified-Since matches only when exactly Last-Modified (nginx's default)
    DateFirst,    // a matching date answers 304 whatever If-None-Match says
    Coding,       // gzip when asked, with an ETag of its own that matches itself
    CodingSuffix, // gzip with "-gzip" on the ETag, compared against the plain tag: never 304
    Language,     // the text in the client's language, each with its own ETag
    Archived,     // a fixed page last modified long before: only the heuristic gives freshness
    Cdn,          // as a CDN hop serves its stored copy: the origin's Date, Age and Via
    CdnStatus,    // the same with Cache-Status (RFC 9211)
};

struct Scenario
{
    const char *name;
    bool etag;
    bool weak;
    bool lastModified;
    const char *cacheControl; // nullptr: none
    Quirk quirk;
};

constexpr Scenario kScenarios[] = {
        {"strong-etag", true, false, false, "no-cache", Quirk::None},
        {"weak-etag", true, true, false, "no-cache", Quirk::None},
        {"last-modified", false, false, true, "no-cache", Quirk::None},
        {"etag-and-date", true, false, true, "max-age=10", Quirk::None},
        {"exact-date", false, false, true, "no-cache", Quirk::ExactDate},
        {"broken-precedence", true, false, true, "no-cache", Quirk::DateFirst},
        {"gzip-etag", true, false, false, "no-cache", Quirk::CodingSuffix},
        {"vary-encoding", true, false, false, "max-age=60", Quirk::Coding},
        {"vary-language", true, false, false, "max-age=60", Quirk::Language},
        {"no-store", true, false, false, "no-store", Quirk::None},
        {"no-cache", true, false, true, "no-cache", Quirk::None},
        {"must-revalidate", true, false, false, "max-age=10, must-revalidate", Quirk::None},
        {"s-maxage", true, false, false, "public, max-age=10, s-maxage=60", Quirk::None},
        {"heuristic", false, false, true, nullptr, Quirk::Archived},
        {"immutable", true, false, false, "public, max-age=31536000, immutable", Quirk::None},
        {"stale-while-revalidate",
         true,
         false,
         false,
         "max-age=5, stale-while-revalidate=30",
         Quirk::None},
        {"cdn-age", true, false, false, "public, max-age=60", Quirk::Cdn},
        {"cache-status", true, false, false, "public, max-age=60", Quirk::CdnStatus},
};

constexpr qint64 kArchivedAge = 10 * 24 * 3600; // the heuristic page: ten days before the start
constexpr qint64 kCdnRefetch = 60;              // the simulated CDN fetches again every minute

const Scenario *scenarioNamed(const QByteArray &name)
{
    for (const Scenario &scenario : kScenarios) {
        if (name == scenario.name)
            return &scenario;
    }
    return nullptr;
}

// Whether Accept-Encoding lets the answer be gzip (RFC 9110 §12.5.3): named, or *, with q > 0.
bool acceptsGzip(const HeaderList &headers)
{
    for (const QByteArray &value : headerValues(headers, "Accept-Encoding")) {
        for (const QByteArray &item : value.split(',')) {
            const QList<QByteArray> parts = item.split(';');
            const QByteArray coding = parts.first().trimmed().toLower();
            if (coding != "gzip" && coding != "x-gzip" && coding != "*")
                continue;
            double q = 1;
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const QByteArray parameter = parts.at(i).trimmed().toLower();
                if (parameter.startsWith("q="))
                    q = parameter.mid(2).toDouble();
            }
            if (q > 0)
                return true;
        }
    }
    return false;
}

QByteArray tagOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16);
}

// What the scenario serves before any precondition: the body, its date and its plain tag.
struct Representation
{
    QByteArray body;
    QByteArray contentType = "application/json";
    QDateTime lastModified;
    QByteArray tag; // opaque, unquoted
    QByteArray coding;
};

Representation represent(const RouteCall &call, const Scenario &scenario)
{
    Representation out;
    const QDateTime started = call.state.started;
    if (scenario.quirk == Quirk::Archived) {
        out.lastModified = started.addSecs(-kArchivedAge);
        out.body = jsonBytes(
                {{QStringLiteral("scenario"), QLatin1String(scenario.name)},
                 {QStringLiteral("published"), latin1(formatHttpDate(out.lastModified))}});
    } else if (scenario.quirk == Quirk::Language) {
        out.body = say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                         "This representation is in English. Ask with "
                                         "Accept-Language: zh-CN for the Chinese one, which has "
                                         "its own ETag."))
                           .toUtf8()
                   + '\n';
        out.contentType = "text/plain; charset=utf-8";
        out.lastModified = started;
    } else if (scenario.quirk == Quirk::Cdn || scenario.quirk == Quirk::CdnStatus) {
        out.lastModified = started;
        out.body = jsonBytes({{QStringLiteral("scenario"), QLatin1String(scenario.name)}});
    } else {
        QString doc = queryValue(call.request, QStringLiteral("doc"));
        if (doc.isEmpty())
            doc = QStringLiteral("caching");
        const QByteArray name = doc.toUtf8();
        const Lab::Document &document = call.state.lab->document(
                Lab::isValidName(name) ? name : QByteArray("caching"));
        out.lastModified = document.lastModified;
        out.body = jsonBytes(
                {{QStringLiteral("scenario"), QLatin1String(scenario.name)},
                 {QStringLiteral("document"), latin1(document.name)},
                 {QStringLiteral("version"), document.version},
                 {QStringLiteral("modified"), latin1(formatHttpDate(document.lastModified))}});
    }
    out.tag = tagOf(out.body);
    if ((scenario.quirk == Quirk::Coding || scenario.quirk == Quirk::CodingSuffix)
        && acceptsGzip(call.request.headers))
        out.coding = "gzip";
    return out;
}

EntityTag servedTag(const Scenario &scenario, const Representation &representation)
{
    const QByteArray suffix = representation.coding.isEmpty() ? QByteArray() : "-gzip";
    return EntityTag{'"' + representation.tag + suffix + '"', scenario.weak};
}

// The preconditions as this scenario's server evaluates them.
PreconditionResult evaluate(const RouteCall &call,
                            const Scenario &scenario,
                            const Validators &validators)
{
    const HeaderList &headers = call.request.headers;
    const QList<QByteArray> since = headerValues(headers, "If-Modified-Since");
    const QDateTime date = since.size() == 1 ? parseHttpDate(since.first()) : QDateTime();
    PreconditionResult result;
    if (scenario.quirk == Quirk::DateFirst && date.isValid() && validators.lastModified <= date) {
        result.outcome = PreconditionResult::Outcome::NotModified;
        result.decidedBy = "If-Modified-Since";
        result.reason = QStringLiteral("If-Modified-Since is not earlier than Last-Modified; this "
                                       "server answered 304 without looking at If-None-Match");
        return result;
    }
    if (scenario.quirk == Quirk::ExactDate && date.isValid()
        && headerValues(headers, "If-None-Match").isEmpty()) {
        const bool same = date == validators.lastModified;
        result.outcome = same ? PreconditionResult::Outcome::NotModified
                              : PreconditionResult::Outcome::Proceed;
        result.decidedBy = "If-Modified-Since";
        result.reason = same ? QStringLiteral("If-Modified-Since is exactly Last-Modified")
                             : QStringLiteral("If-Modified-Since is not exactly Last-Modified, and "
                                              "this server compares dates exactly");
        return result;
    }
    return evaluatePreconditions(call.request.method, headers, validators);
}

void addHop(Response *response, const Scenario &scenario, const ServerState &state)
{
    const QDateTime now = state.clock->nowInSeconds();
    const QDateTime &started = state.started;
    const qint64 age = started.secsTo(now) % kCdnRefetch;
    // A cache passes on the origin's Date: the moment it fetched, age seconds ago.
    response->headers.prepend(HeaderField{"Date", formatHttpDate(now.addSecs(-age))});
    response->addHeader("Age", QByteArray::number(age));
    response->addHeader("Via", "1.1 practice-cdn");
    if (scenario.quirk == Quirk::CdnStatus)
        response->addHeader("Cache-Status",
                            age == 0 ? QByteArray("practice-cdn; fwd=uri-miss; stored")
                                     : "practice-cdn; hit; ttl="
                                               + QByteArray::number(kCdnRefetch - age));
}

Response serve(const RouteCall &call)
{
    const Scenario *scenario = scenarioNamed(call.request.path().mid(int(sizeof "/caching/") - 1));
    if (!scenario)
        return sayText(404,
                       QT_TRANSLATE_NOOP("HttpLens::Practice",
                                         "No such endpoint. GET / lists them all."));
    const Representation representation = represent(call, *scenario);
    Validators validators;
    const EntityTag served = servedTag(*scenario, representation);
    if (scenario->etag) // the broken server compares with the tag of the uncompressed body
        validators.etag = scenario->quirk == Quirk::CodingSuffix
                                  ? EntityTag{'"' + representation.tag + '"', false}
                                  : served;
    if (scenario->lastModified)
        validators.lastModified = representation.lastModified;
    const PreconditionResult result = evaluate(call, *scenario, validators);

    Response response;
    if (result.outcome == PreconditionResult::Outcome::NotModified) {
        response.status = 304;
    } else if (result.outcome == PreconditionResult::Outcome::PreconditionFailed) {
        response = sayText(412, result.reasonSaid());
    } else {
        response = Response::text(200,
                                  representation.coding.isEmpty()
                                          ? representation.body
                                          : encodeBody(representation.body, representation.coding),
                                  representation.contentType);
        if (!representation.coding.isEmpty())
            response.addHeader("Content-Encoding", representation.coding);
    }
    if (scenario->etag)
        response.addHeader("ETag", served.toHeader());
    if (scenario->lastModified)
        response.addHeader("Last-Modified", formatHttpDate(representation.lastModified));
    if (scenario->cacheControl)
        response.addHeader("Cache-Control", scenario->cacheControl);
    if (scenario->quirk == Quirk::Coding || scenario->quirk == Quirk::CodingSuffix)
        response.addHeader("Vary", "Accept-Encoding");
    if (scenario->quirk == Quirk::Cdn || scenario->quirk == Quirk::CdnStatus)
        addHop(&response, *scenario, call.state);
    if (!result.decidedBy.isEmpty())
        response.addHeader("X-Precondition", result.reason.toUtf8());
    return response;
}

} // namespace

QList<Route> cachingScenarioRoutes()
{
    const char *const descriptions[] = {
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "a strong ETag: If-None-Match with it answers 304"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "a weak ETag (W/): good for If-None-Match, never for If-Match or "
                              "Range"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "Last-Modified only: revalidation by date, blind to two changes in "
                              "one second"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "ETag and Last-Modified, fresh for 10 s: If-None-Match takes "
                              "precedence"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "a server that answers 304 only when If-Modified-Since is exactly "
                              "Last-Modified, as nginx does by default"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "a server that breaks the precedence rule: 304 on a matching date "
                              "although If-None-Match does not match"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "gzip adds -gzip to the ETag and the server compares the plain tag: "
                              "revalidation never matches"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "Vary: Accept-Encoding done right: gzip has its own ETag that "
                              "matches itself"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "Vary: Accept-Language: English and Chinese are two representations "
                              "with two ETags"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "Cache-Control: no-store: no cache may keep it, so every use "
                              "downloads it again"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "Cache-Control: no-cache: stored, but revalidated before every use"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "max-age=10 with must-revalidate: once stale, never served without "
                              "asking"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "s-maxage=60 for shared caches (a CDN), max-age=10 for a browser"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "Last-Modified ten days back and no lifetime: caches may use 10% of "
                              "that age (heuristic freshness)"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "immutable for a year: not even a reload revalidates it"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "max-age=5, stale-while-revalidate=30: served stale while a "
                              "revalidation runs in the background"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "as a CDN hop serves it: the origin's Date and an Age, so less "
                              "freshness is left"),
            QT_TRANSLATE_NOOP("HttpLens::Practice",
                              "the same with Cache-Status (RFC 9211): the CDN says hit or miss and "
                              "the time to live"),
    };
    static_assert(std::size(descriptions) == std::size(kScenarios));
    static QList<QByteArray> patterns; // the routes point into these for the program's lifetime
    if (patterns.isEmpty()) {
        for (const Scenario &scenario : kScenarios)
            patterns.append(QByteArray("/caching/") + scenario.name);
    }
    QList<Route> routes;
    for (size_t i = 0; i < std::size(kScenarios); ++i)
        routes.append(Route{"GET", patterns.at(qsizetype(i)).constData(), descriptions[i], serve});
    return routes;
}

} // namespace HttpLens::Practice
