#include "findings.h"

#include "knowledge/capturefindings.h"

#include "cookies/cookiejar.h"

#include "freshness.h"
#include "model/entitytag.h"
#include "model/httpdate.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace HttpLens {

namespace {

class FindingsText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Findings)
};

QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

void add(QList<Finding> &out,
         const char *id,
         Finding::Severity severity,
         const QString &text,
         const QString &basis)
{
    out.append({QByteArray(id), severity, text, basis});
}

// Whether the response's ETag is among the request's If-None-Match tags by weak comparison. Read
// leniently, as real servers and clients write them: unquoted tags count too, and a comma inside
// a quoted tag belongs to it.
bool listsCurrentTag(const QList<QByteArray> &ifNoneMatch, const QByteArray &etag)
{
    bool ok = false;
    const EntityTag current = EntityTag::parse(etag, &ok, EntityTag::Parsing::Lenient);
    return ok
           && EntityTag::parseList(ifNoneMatch, EntityTag::Parsing::Lenient).containsWeakly(current);
}

// The suffix a server gave a compressed variant's entity tag ("abc-gzip", "abc;br"), or nothing.
QByteArray codingSuffix(const QByteArray &sent, const QByteArray &current)
{
    const QByteArray inner = sent.mid(1, sent.size() - 2);
    const QByteArray other = current.mid(1, current.size() - 2);
    const QByteArray &longer = inner.size() > other.size() ? inner : other;
    const QByteArray &shorter = inner.size() > other.size() ? other : inner;
    if (shorter.isEmpty() || !longer.startsWith(shorter))
        return {};
    const QByteArray suffix = longer.mid(shorter.size());
    for (const char *coding : {"gzip", "br", "deflate", "zstd", "compress"}) {
        if (suffix.size() > 1 && (suffix.front() == '-' || suffix.front() == ';')
            && suffix.mid(1).startsWith(coding))
            return suffix;
    }
    return {};
}

// A 200 to If-None-Match: the tag sent and the current one side by side, or that they differ
// only by a content coding's suffix, so that revalidation can never match.
void changedRules(const QList<QByteArray> &inm,
                  const QByteArray &etag,
                  const HeaderList &response,
                  QList<Finding> &out)
{
    const EntityTag::List sent = EntityTag::parseList(inm, EntityTag::Parsing::Lenient);
    bool ok = false;
    const EntityTag current = EntityTag::parse(etag, &ok, EntityTag::Parsing::Lenient);
    if (ok && sent.valid && sent.tags.size() == 1) {
        const QByteArray suffix = codingSuffix(sent.tags.first().opaque, current.opaque);
        if (!suffix.isEmpty()) {
            add(out,
                "etag-coding",
                Finding::Severity::Problem,
                FindingsText::tr("The ETag %1 differs from the %2 that was sent only by \"%3\": "
                                 "the server tags each content coding (%4) of the page "
                                 "differently, so a validator saved from one never matches the "
                                 "other and every revalidation downloads the page again.")
                        .arg(latin1(etag),
                             latin1(sent.tags.first().toHeader()),
                             latin1(suffix),
                             latin1(headerValue(response, "Content-Encoding").isEmpty()
                                            ? suffix.mid(1)
                                            : headerValue(response, "Content-Encoding"))),
                QStringLiteral("RFC 9110 §8.8.3"));
            return;
        }
        add(out,
            "changed",
            Finding::Severity::Notice,
            FindingsText::tr("200 to a conditional request: the ETag changed from %1 (sent in "
                             "If-None-Match) to %2, so this is a new representation.")
                    .arg(latin1(sent.tags.first().toHeader()), latin1(etag)),
            QStringLiteral("RFC 9110 §13.2.2"));
        return;
    }
    if (etag.isEmpty() && !hasHeader(response, "Last-Modified")) {
        add(out,
            "no-validator",
            Finding::Severity::Warning,
            FindingsText::tr("200 to a conditional request, and the response carries neither "
                             "ETag nor Last-Modified: this server does not validate this "
                             "resource, so every request downloads it again. Only a hash of the "
                             "body can tell whether it changed."),
            QStringLiteral("RFC 9110 §13.1"));
        return;
    }
    add(out,
        "changed",
        Finding::Severity::Notice,
        FindingsText::tr("200 to a conditional request: the resource changed since the "
                         "validator was "
                         "saved (or the server ignores validators)."),
        QStringLiteral("RFC 9110 §13.2.2"));
}

void conditionalRules(const Hop &hop, QList<Finding> &out)
{
    const HeaderList &request = hop.request.headers;
    const HeaderList &response = hop.response.headers;
    const int status = hop.response.status;
    const QList<QByteArray> inm = headerValues(request, "If-None-Match");
    const QByteArray ims = headerValue(request, "If-Modified-Since");
    const QByteArray etag = headerValue(response, "ETag");
    const QByteArray lastModified = headerValue(response, "Last-Modified");

    if (status == 304) {
        if (!inm.isEmpty()) {
            const bool matched = listsCurrentTag(inm, etag);
            add(out,
                "not-modified-etag",
                Finding::Severity::Info,
                matched ? FindingsText::tr("304 Not Modified: the ETag %1 sent in If-None-Match "
                                           "still matches "
                                           "(weak comparison), so the stored copy is current.")
                                  .arg(latin1(etag))
                        : FindingsText::tr("304 Not Modified in answer to If-None-Match %1.")
                                  .arg(latin1(inm.join(", "))),
                QStringLiteral("RFC 9110 §13.1.2"));
            if (!matched && !etag.isEmpty() && !ims.isEmpty())
                add(out,
                    "inm-precedence-broken",
                    Finding::Severity::Problem,
                    FindingsText::tr("304 although If-None-Match (%1) does not list the current "
                                     "ETag %2: the server answered from If-Modified-Since, "
                                     "which it must not consult when If-None-Match is present. "
                                     "A change within the same second would be missed.")
                            .arg(latin1(inm.join(", ")), latin1(etag)),
                    QStringLiteral("RFC 9110 §13.2.2"));
            else if (!ims.isEmpty())
                add(out,
                    "inm-precedence",
                    Finding::Severity::Info,
                    FindingsText::tr("If-None-Match and If-Modified-Since were both sent; "
                                     "If-None-Match takes "
                                     "precedence, so the date was not consulted."),
                    QStringLiteral("RFC 9110 §13.2.2"));
        } else if (!ims.isEmpty()) {
            add(out,
                "not-modified-date",
                Finding::Severity::Info,
                FindingsText::tr("304 Not Modified: the resource has not changed since %1 "
                                 "(If-Modified-Since).")
                        .arg(latin1(ims)),
                QStringLiteral("RFC 9110 §13.1.3"));
        } else {
            add(out,
                "not-modified-unasked",
                Finding::Severity::Warning,
                FindingsText::tr(
                        "304 Not Modified although the request carried no If-None-Match or "
                        "If-Modified-Since: a cache or proxy may have answered."),
                QStringLiteral("RFC 9110 §15.4.5"));
        }
        if (!hasHeader(response, "Date"))
            add(out,
                "not-modified-no-date",
                Finding::Severity::Warning,
                FindingsText::tr("The 304 carries no Date header; an origin server with a clock "
                                 "must send one."),
                QStringLiteral("RFC 9110 §6.6.1"));
        if (etag.isEmpty() && !inm.isEmpty())
            add(out,
                "not-modified-no-etag",
                Finding::Severity::Warning,
                FindingsText::tr("The 304 carries no ETag although the request was validated by "
                                 "one; a cache "
                                 "cannot update its stored validator."),
                QStringLiteral("RFC 9110 §15.4.5"));
        if (hop.bodyWireBytes > 0 || headerValue(response, "Content-Length").toLongLong() > 0)
            add(out,
                "not-modified-body",
                Finding::Severity::Problem,
                FindingsText::tr("The 304 has a body (or announces one); a 304 never has content."),
                QStringLiteral("RFC 9110 §15.4.5"));
        return;
    }
    if (status == 200 && (!inm.isEmpty() || !ims.isEmpty())
        && (hop.request.method == "GET" || hop.request.method == "HEAD")) {
        const bool sameTag = listsCurrentTag(inm, etag);
        const QDateTime since = parseHttpDate(ims);
        const QDateTime modified = parseHttpDate(lastModified);
        if (inm.isEmpty() && since.isValid() && modified.isValid() && modified <= since)
            add(out,
                "date-not-exact",
                Finding::Severity::Notice,
                FindingsText::tr(
                        "200 although Last-Modified (%1) is not later than the If-Modified-Since "
                        "that "
                        "was sent (%2): this server compares the dates for exact equality, or "
                        "ignores "
                        "them (nginx does the first by default: if_modified_since exact). Send the "
                        "exact Last-Modified value, or If-None-Match with the ETag, to get a 304.")
                        .arg(latin1(lastModified), latin1(ims)),
                QStringLiteral("RFC 9110 §13.1.3"));
        else if (sameTag)
            add(out,
                "validator-ignored",
                Finding::Severity::Problem,
                FindingsText::tr(
                        "200 although If-None-Match lists the current ETag %1: the server ignores "
                        "validators and sends the whole body again.")
                        .arg(latin1(etag)),
                QStringLiteral("RFC 9110 §13.1.2"));
        else
            changedRules(inm, etag, response, out);
    }
}

// Preconditions a server must ignore or cannot satisfy, whatever the resource.
void preconditionRules(const Hop &hop, const QDateTime &serverDate, QList<Finding> &out)
{
    const HeaderList &request = hop.request.headers;
    const QByteArray ims = headerValue(request, "If-Modified-Since");
    const QDateTime since = parseHttpDate(ims);
    if (!ims.isEmpty() && !since.isValid())
        add(out,
            "ims-invalid",
            Finding::Severity::Notice,
            FindingsText::tr("If-Modified-Since %1 is not an HTTP-date, so the server must ignore "
                             "it. Send the Last-Modified value exactly as received.")
                    .arg(latin1(ims)),
            QStringLiteral("RFC 9110 §13.1.3"));
    else if (since.isValid() && serverDate.isValid() && since > serverDate)
        add(out,
            "ims-future",
            Finding::Severity::Notice,
            FindingsText::tr("If-Modified-Since %1 is later than the server's Date %2: a date in "
                             "the future is not valid, so the server must ignore it.")
                    .arg(latin1(ims), latin1(headerValue(hop.response.headers, "Date"))),
            QStringLiteral("RFC 9110 §13.1.3"));
    const QList<QByteArray> ifMatch = headerValues(request, "If-Match");
    for (const EntityTag &tag : EntityTag::parseList(ifMatch, EntityTag::Parsing::Lenient).tags) {
        if (!tag.weak)
            continue;
        add(out,
            "if-match-weak",
            Finding::Severity::Notice,
            FindingsText::tr("If-Match compares entity tags strongly: the weak tag %1 can never "
                             "match, so the request fails with 412 whatever the resource.")
                    .arg(latin1(tag.toHeader())),
            QStringLiteral("RFC 9110 §13.1.1"));
        break;
    }
    const QByteArray method = hop.request.method;
    if (hop.response.status == 412 && method != "GET" && method != "HEAD"
        && hasHeader(request, "If-None-Match"))
        add(out,
            "none-match-412",
            Finding::Severity::Info,
            FindingsText::tr("412 Precondition Failed: for %1, a matching If-None-Match means "
                             "the precondition failed; only GET and HEAD get 304 Not Modified.")
                    .arg(latin1(method)),
            QStringLiteral("RFC 9110 §13.1.2"));
}

void validatorRules(const Hop &hop, QList<Finding> &out)
{
    const QByteArray etag = headerValue(hop.response.headers, "ETag");
    if (etag.startsWith("W/"))
        add(out,
            "weak-etag",
            Finding::Severity::Info,
            FindingsText::tr("ETag %1 is weak: it promises equivalent content, not identical "
                             "bytes. It works for "
                             "If-None-Match but never for If-Match or range requests.")
                    .arg(latin1(etag)),
            QStringLiteral("RFC 9110 §8.8.3"));
    else if (!etag.isEmpty())
        add(out,
            "strong-etag",
            Finding::Severity::Info,
            FindingsText::tr(
                    "ETag %1 is strong: it changes whenever the bytes change, so it also serves "
                    "If-Match and range requests.")
                    .arg(latin1(etag)),
            QStringLiteral("RFC 9110 §8.8.3"));
}

void redirectRules(const Exchange &exchange, QList<Finding> &out)
{
    for (qsizetype i = 0; i < exchange.hops.size(); ++i) {
        const Hop &hop = exchange.hops.at(i);
        const int status = hop.response.status;
        if (status < 300 || status > 399 || status == 304)
            continue;
        if (!hasHeader(hop.response.headers, "Location")) {
            add(out,
                "redirect-no-location",
                Finding::Severity::Warning,
                FindingsText::tr("%1 without a Location header: a client has nowhere to go.")
                        .arg(status),
                QStringLiteral("RFC 9110 §10.2.2"));
            continue;
        }
        if (i + 1 >= exchange.hops.size())
            continue;
        const QByteArray before = hop.request.method;
        const QByteArray after = exchange.hops.at(i + 1).request.method;
        if ((status == 301 || status == 302) && before == "POST" && after == "GET")
            add(out,
                "redirect-post-to-get",
                Finding::Severity::Notice,
                FindingsText::tr("%1 turned POST into GET for the next request, as browsers do; "
                                 "use 307 or 308 "
                                 "to keep the method and body.")
                        .arg(status),
                QStringLiteral("RFC 9110 §15.4.2"));
        else if (status == 303 && before != "GET" && before != "HEAD")
            add(out,
                "redirect-see-other",
                Finding::Severity::Info,
                FindingsText::tr("303 See Other: the next request is always a GET, whatever the "
                                 "method before "
                                 "(%1).")
                        .arg(latin1(before)),
                QStringLiteral("RFC 9110 §15.4.4"));
        else if ((status == 307 || status == 308) && before != "GET")
            add(out,
                "redirect-keeps-method",
                Finding::Severity::Info,
                FindingsText::tr("%1 keeps the method (%2) and the body for the next request.")
                        .arg(status)
                        .arg(latin1(before)),
                QStringLiteral("RFC 9110 §15.4.8"));
    }
}

void requiredHeaderRules(const Hop &hop, QList<Finding> &out)
{
    const HeaderList &headers = hop.response.headers;
    const int status = hop.response.status;
    if (status == 401 && !hasHeader(headers, "WWW-Authenticate"))
        add(out,
            "401-no-challenge",
            Finding::Severity::Problem,
            FindingsText::tr(
                    "401 without WWW-Authenticate: the server must say how to authenticate."),
            QStringLiteral("RFC 9110 §15.5.2"));
    if (status == 405 && !hasHeader(headers, "Allow"))
        add(out,
            "405-no-allow",
            Finding::Severity::Warning,
            FindingsText::tr(
                    "405 without Allow: the server must list the methods the resource supports."),
            QStringLiteral("RFC 9110 §15.5.6"));
    if (status == 429 || status == 503) {
        const QByteArray retry = headerValue(headers, "Retry-After");
        if (!retry.isEmpty())
            add(out,
                "retry-after",
                Finding::Severity::Info,
                parseHttpDate(retry).isValid()
                        ? FindingsText::tr("Retry-After: try again after %1.").arg(latin1(retry))
                        : FindingsText::tr("Retry-After: try again in %1 seconds.")
                                  .arg(latin1(retry)),
                QStringLiteral("RFC 9110 §10.2.3"));
        else
            add(out,
                "no-retry-after",
                Finding::Severity::Notice,
                FindingsText::tr(
                        "%1 without Retry-After: the client has to guess when to try again.")
                        .arg(status),
                QStringLiteral("RFC 9110 §10.2.3"));
    }
}

void cookieRules(const Hop &hop, bool https, QList<Finding> &out)
{
    for (const QByteArray &cookie : headerValues(hop.response.headers, "Set-Cookie")) {
        const SetCookie parsed = SetCookie::parse(cookie);
        bool secure = false, httpOnly = false, sameSite = false, deletes = false;
        for (const auto &[attribute, value] : parsed.attributes) {
            const QByteArray key = attribute.toLower();
            secure = secure || key == "secure";
            httpOnly = httpOnly || key == "httponly";
            sameSite = sameSite || key == "samesite";
            if (key == "max-age" && value.toLongLong() <= 0)
                deletes = true;
            if (key == "expires") {
                const QDateTime expiry = parseHttpDate(value);
                if (expiry.isValid() && expiry < QDateTime::currentDateTimeUtc())
                    deletes = true;
            }
        }
        const QString shown = latin1(parsed.name);
        if (deletes) {
            add(out,
                "cookie-deleted",
                Finding::Severity::Info,
                FindingsText::tr("Set-Cookie %1 has an expiry in the past: it deletes the cookie.")
                        .arg(shown),
                QStringLiteral("RFC 6265 §5.3"));
            continue;
        }
        if (https && !secure)
            add(out,
                "cookie-not-secure",
                Finding::Severity::Warning,
                FindingsText::tr("Cookie %1 is set over HTTPS without Secure, so a browser would "
                                 "also send it "
                                 "over plain HTTP.")
                        .arg(shown),
                QStringLiteral("RFC 6265 §4.1.2.5"));
        if (!httpOnly)
            add(out,
                "cookie-not-httponly",
                Finding::Severity::Notice,
                FindingsText::tr("Cookie %1 has no HttpOnly: page scripts can read it, and so can "
                                 "injected ones.")
                        .arg(shown),
                QStringLiteral("RFC 6265 §4.1.2.6"));
        if (!sameSite)
            add(out,
                "cookie-no-samesite",
                Finding::Severity::Notice,
                FindingsText::tr("Cookie %1 has no SameSite attribute; browsers then apply their "
                                 "default (Lax in "
                                 "most).")
                        .arg(shown),
                QStringLiteral("Set-Cookie SameSite"));
    }
}

// A body on a request whose method gives it no meaning (RFC 9110 §9.3.1, §9.3.2).
void requestBodyRules(const Exchange &exchange, QList<Finding> &out)
{
    if (exchange.hops.isEmpty())
        return;
    const Hop &first = exchange.hops.first();
    const QByteArray method = first.request.method;
    if ((method != "GET" && method != "HEAD") || first.requestBody.isEmpty())
        return;
    add(out,
        "body-without-meaning",
        Finding::Severity::Warning,
        QCoreApplication::translate("HttpLens::Findings",
                                    "This %1 request carried a body of %n byte(s). A body has no "
                                    "defined meaning in a %1 request: servers may ignore it or "
                                    "reject the request, and proxies may drop it. Send it with "
                                    "POST or PUT, or as query parameters.",
                                    nullptr,
                                    int(first.requestBody.size()))
                .arg(latin1(method)),
        QStringLiteral("RFC 9110 §9.3.1"));
}

// Several Content-Length values (in repeated fields or one list) leave the body's end unknown
// unless they all agree; with Transfer-Encoding the length must be ignored.
void lengthFieldRules(const Hop &hop, QList<Finding> &out)
{
    const HeaderList &headers = hop.response.headers;
    QList<QByteArray> values;
    for (const QByteArray &field : headerValues(headers, "Content-Length")) {
        for (const QByteArray &value : field.split(','))
            values.append(value.trimmed());
    }
    if (values.size() > 1) {
        const bool agree = std::all_of(values.begin(), values.end(), [&](const QByteArray &v) {
            return v == values.first();
        });
        const QString list = QString::fromLatin1(values.join(", "));
        add(out,
            "content-length-repeated",
            agree ? Finding::Severity::Notice : Finding::Severity::Problem,
            agree ? FindingsText::tr(
                            "Content-Length is given %1 times (%2). The values agree, so a "
                            "recipient may use one, but a sender must send it once.")
                            .arg(values.size())
                            .arg(list)
                  : FindingsText::tr("Content-Length is given %1 times with different values "
                                     "(%2): nobody can tell where the body ends, so the response "
                                     "is invalid and a proxy must not forward it.")
                            .arg(values.size())
                            .arg(list),
            QStringLiteral("RFC 9112 §6.3"));
    }
    if (!values.isEmpty() && hasHeader(headers, "Transfer-Encoding"))
        add(out,
            "content-length-with-transfer-encoding",
            Finding::Severity::Warning,
            FindingsText::tr("The response has both Transfer-Encoding and Content-Length. "
                             "Transfer-Encoding wins and the length must be ignored; a sender "
                             "must not send both, and the pair is how responses are smuggled."),
            QStringLiteral("RFC 9112 §6.1"));
}

void bodyRules(const Exchange &exchange, const Hop &hop, QList<Finding> &out)
{
    const HeaderList &headers = hop.response.headers;
    const int status = hop.response.status;
    const bool bodyless = hop.request.method == "HEAD" || status == 204 || status == 304
                          || status < 200;
    const QByteArray length = headerValue(headers, "Content-Length");
    const QByteArray coding = headerValue(headers, "Content-Encoding");
    if (!length.isEmpty() && !bodyless && !hasHeader(headers, "Transfer-Encoding")
        && !exchange.error.isError()) {
        bool ok = false;
        const qint64 announced = length.trimmed().toLongLong(&ok);
        if (ok && announced != hop.bodyWireBytes)
            add(out,
                "length-mismatch",
                Finding::Severity::Problem,
                FindingsText::tr("Content-Length says %1 bytes but %2 arrived.")
                        .arg(announced)
                        .arg(hop.bodyWireBytes),
                QStringLiteral("RFC 9110 §8.6"));
    }
    if (!coding.isEmpty() && coding.toLower() != "identity") {
        const bool decoded = hop.bodyDecodedBytes != hop.bodyWireBytes;
        add(out,
            "content-encoding",
            Finding::Severity::Info,
            decoded ? FindingsText::tr(
                              "The body came %1-encoded: %2 bytes on the wire, %3 bytes decoded.")
                              .arg(latin1(coding))
                              .arg(hop.bodyWireBytes)
                              .arg(hop.bodyDecodedBytes)
                    : FindingsText::tr("The body is %1-encoded and was kept as it came (%2 bytes); "
                                       "send with "
                                       "decompression on to see it decoded.")
                              .arg(latin1(coding))
                              .arg(hop.bodyWireBytes),
            QStringLiteral("RFC 9110 §8.4"));
    }
    if (!bodyless && hop.bodyWireBytes > 0 && !hasHeader(headers, "Content-Type"))
        add(out,
            "no-content-type",
            Finding::Severity::Warning,
            FindingsText::tr("The body has no Content-Type; clients must guess what it is."),
            QStringLiteral("RFC 9110 §8.3"));
    if (!hop.interim.isEmpty())
        add(out,
            "interim",
            Finding::Severity::Info,
            QCoreApplication::translate("HttpLens::Findings",
                                        "%n interim (1xx) response(s) came before the final one.",
                                        nullptr,
                                        int(hop.interim.size())),
            QStringLiteral("RFC 9110 §15.2"));
}

void transportRules(const Hop &hop, bool https, QList<Finding> &out)
{
    const QByteArray hsts = headerValue(hop.response.headers, "Strict-Transport-Security");
    if (!hsts.isEmpty())
        add(out,
            https ? "hsts" : "hsts-over-http",
            https ? Finding::Severity::Info : Finding::Severity::Notice,
            https ? FindingsText::tr(
                            "Strict-Transport-Security: browsers will use only HTTPS for this host "
                            "(%1).")
                            .arg(latin1(hsts))
                  : FindingsText::tr("Strict-Transport-Security over plain HTTP is ignored by "
                                     "browsers; it only "
                                     "counts over HTTPS."),
            QStringLiteral("RFC 6797 §8.1"));
    const QByteArray vary = headerValue(hop.response.headers, "Vary");
    if (vary.trimmed() == "*")
        add(out,
            "vary-star",
            Finding::Severity::Warning,
            FindingsText::tr("Vary: * means no stored response can be reused for later requests."),
            QStringLiteral("RFC 9110 §12.5.5"));
    else if (!vary.isEmpty())
        add(out,
            "vary",
            Finding::Severity::Info,
            FindingsText::tr("Vary: %1: caches keep a separate copy for each value of these "
                             "request headers.")
                    .arg(latin1(vary)),
            QStringLiteral("RFC 9111 §4.1"));
}

// RFC 9111 as a finding: what a private cache may do with the final response.
void freshnessRules(const Exchange &exchange, const Hop &hop, QList<Finding> &out)
{
    const Freshness f = evaluateFreshness(exchange, hop);
    if (!f.storable) {
        add(out,
            "not-storable",
            Finding::Severity::Info,
            f.storableReason,
            QStringLiteral("RFC 9111 §3"));
    } else if (f.fresh && f.next == Freshness::Next::Serve) {
        add(out,
            "fresh",
            Finding::Severity::Info,
            FindingsText::tr("A cache may reuse this response for %1 more seconds without asking "
                             "the server.")
                    .arg(f.lifetime - f.currentAge),
            QStringLiteral("RFC 9111 §4.2"));
    } else if (f.next == Freshness::Next::Revalidate) {
        add(out,
            "revalidate",
            Finding::Severity::Info,
            FindingsText::tr(
                    "A cache must revalidate this response before reusing it, with %1: %2.")
                    .arg(latin1(f.validatorHeader), latin1(f.validatorValue)),
            QStringLiteral("RFC 9111 §4.3.1"));
    } else {
        add(out,
            "refetch",
            Finding::Severity::Notice,
            FindingsText::tr("Once stale this response has no validator (no ETag or "
                             "Last-Modified), so a cache "
                             "must download it again in full."),
            QStringLiteral("RFC 9111 §4.3.1"));
    }
}

// -k: the exchange went over TLS whose certificate nobody checked.
void tlsRules(const Exchange &exchange, QList<Finding> &out)
{
    const TlsInfo &tls = exchange.tls;
    if (!tls.used || tls.verificationEnabled)
        return;
    add(out,
        "tls-unverified",
        Finding::Severity::Warning,
        tls.verifyResult != 0
                ? FindingsText::tr("Certificate verification was switched off (insecure, -k), "
                                   "and the certificate failed the check: %1. Anyone on the "
                                   "path could have read or changed this exchange.")
                          .arg(tls.verifyText)
                : FindingsText::tr("Certificate verification was switched off (insecure, -k); "
                                   "the certificate would have passed the check."),
        QStringLiteral("RFC 9110 §4.3.4"));
}

} // namespace

QByteArray severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info:
        return "info";
    case Finding::Severity::Notice:
        return "notice";
    case Finding::Severity::Warning:
        return "warning";
    case Finding::Severity::Problem:
        return "problem";
    }
    return {};
}

QString severityLabel(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info:
        return FindingsText::tr("info");
    case Finding::Severity::Notice:
        return FindingsText::tr("notice");
    case Finding::Severity::Warning:
        return FindingsText::tr("warning");
    case Finding::Severity::Problem:
        return FindingsText::tr("problem");
    }
    return {};
}

QList<Finding> findingsFor(const Exchange &exchange)
{
    QList<Finding> out;
    const Hop *hop = exchange.finalHop();
    redirectRules(exchange, out);
    requestBodyRules(exchange, out);
    tlsRules(exchange, out);
    captureRules(exchange, out);
    if (!hop)
        return out;
    const bool https = QUrl(hop->url).scheme() == QLatin1String("https");
    conditionalRules(*hop, out);
    preconditionRules(*hop, parseHttpDate(headerValue(hop->response.headers, "Date")), out);
    validatorRules(*hop, out);
    requiredHeaderRules(*hop, out);
    cookieRules(*hop, https, out);
    lengthFieldRules(*hop, out);
    bodyRules(exchange, *hop, out);
    transportRules(*hop, https, out);
    freshnessRules(exchange, *hop, out);
    return out;
}

} // namespace HttpLens
