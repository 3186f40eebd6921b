#include "cachedsend.h"

#include "cli/sendcommand.h"
#include "cli/sendoutput.h"
#include "inspector/browsercache.h"
#include "interop/curloptions.h"

#include <QCoreApplication>

namespace HttpLens {

namespace {

class CachedSendText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Send)
};

void say(const QString &line)
{
    writeTo(stderr, "httplens-cli send: " + line.toUtf8() + '\n');
}

// The conditional fields the decision asks for, unless the user set the same field already.
void addConditional(Request *request, const CacheDecision &decision)
{
    for (const HeaderField &field : decision.conditional) {
        const bool given = std::any_of(request->headers.begin(),
                                       request->headers.end(),
                                       [&](const HeaderLine &line) {
                                           return line.name.compare(field.name, Qt::CaseInsensitive)
                                                  == 0;
                                       });
        if (!given)
            request->headers.append(HeaderLine::fromCurlSyntax(field.name + ": " + field.value));
    }
}

} // namespace

int sendThroughCache(const CurlCommand &command, const QString &directory)
{
    BrowserCache cache;
    QString error;
    if (!cache.load(directory, &error)) {
        say(error);
        return 26;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CurlCommand toSend = command;
    toSend.requests.clear();
    for (Request request : command.requests) {
        const CacheDecision decision = cache.decide(request.url,
                                                    request.effectiveMethod(),
                                                    BrowserCache::fieldsOf(request.headers),
                                                    now)
                                               .browser;
        say(CachedSendText::tr("cache: %1: %2").arg(request.url, decision.verdict()));
        if (command.verbose) {
            for (const QString &step : decision.steps)
                say(QStringLiteral("  ") + step);
        }
        if (decision.action == CacheDecision::Action::Serve) {
            say(CachedSendText::tr("served from cache, 0 bytes sent: the stored %1 (%2 bytes) is "
                                   "fresh")
                        .arg(decision.entry->status)
                        .arg(decision.entry->bodyBytes));
            continue;
        }
        if (decision.action != CacheDecision::Action::Fetch)
            addConditional(&request, decision);
        toSend.requests.append(request);
    }
    int exitCode = 0;
    if (!toSend.requests.isEmpty())
        exitCode = sendRequests(toSend,
                                "send",
                                RequestsDiffer::InAnything,
                                [&](const Exchange &exchange) {
                                    for (const QString &line :
                                         BrowserCache::describe(cache.record(exchange).browser))
                                        say(CachedSendText::tr("cache: %1").arg(line));
                                });
    if (!cache.save(directory, &error)) {
        say(error);
        return exitCode ? exitCode : 23;
    }
    return exitCode;
}

} // namespace HttpLens
