// The knowledge code fed arbitrary heads: an exchange recorded from raw bytes (see fuzzinput.h)
// goes through the findings, the freshness arithmetic, the caching summary, the transcript, the
// HAR writer and the comparison, as the window and the CLI would show it.
#include "fuzzinput.h"
#include "inspector/comparison.h"
#include "inspector/transcript.h"
#include "interop/har.h"
#include "knowledge/cachingsummary.h"
#include "knowledge/findings.h"
#include "knowledge/freshness.h"
#include "model/httpdate.h"

using namespace HttpLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Exchange exchange = Fuzz::recordExchange(Fuzz::bytesOf(data, size));
    findingsFor(exchange);
    cachingSummary(exchange);
    for (const Hop &hop : exchange.hops) {
        nextStepText(evaluateFreshness(exchange, hop));
        CacheControl::parse(hop.response.headers).seconds("max-age");
        for (const HeaderField &header : hop.response.headers)
            parseHttpDate(header.value);
    }
    transcript(exchange, TranscriptStyle::Terminal);
    harEntries(exchange);
    compareExchanges(exchange, exchange);
    return 0;
}
