// The browser-cache simulator and its neighbours: a cache file read (send --cache DIR), a
// lesson file read, two bodies compared, and a recorded exchange fed to both caches and asked
// about at several moments, with the cache written back and read again.
#include "fuzzinput.h"
#include "inspector/bodydiff.h"
#include "inspector/browsercache.h"
#include "inspector/lesson.h"

#include <QJsonDocument>

using namespace HttpLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytesOf(data, size);
    QString error;
    const QJsonObject object = QJsonDocument::fromJson(input).object();
    if (const std::optional<SimulatedCache> read = SimulatedCache::fromJson(object, &error))
        SimulatedCache::fromJson(read->toJson(), &error);
    Lesson::parse(input, &error);

    const qsizetype split = input.indexOf('\0');
    const QByteArray left = split < 0 ? input : input.left(split);
    const QByteArray right = split < 0 ? QByteArray() : input.mid(split + 1);
    BodyDiff::compare(left, "application/json", right, "text/plain");
    BodyDiff::compare(left, "text/plain", right, "image/png");

    BrowserCache cache;
    const Exchange exchange = Fuzz::recordExchange(input);
    for (int round = 0; round < 2; ++round) // the second time, a 304 or a replacement
        BrowserCache::describe(cache.record(exchange).browser);
    const CacheEntry entry = BrowserCache::entryFor(exchange);
    for (const qint64 later : {0LL, 10LL, 3600LL, 86400LL * 400}) {
        const BrowserCache::Decisions decisions = cache.decide(entry.url,
                                                               entry.method,
                                                               entry.requestHeaders,
                                                               entry.responseTime.addSecs(later));
        decisions.browser.verdict();
        decisions.shared.verdict();
    }
    SimulatedCache::fromJson(cache.browser().toJson(), &error);
    return 0;
}
