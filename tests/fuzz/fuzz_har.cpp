// The HAR reader: exchanges and requests read from arbitrary JSON, then written back as HAR and
// analysed as the window and explain --har would.
#include "fuzzinput.h"
#include "interop/har.h"
#include "interop/harreader.h"
#include "knowledge/findings.h"

using namespace HttpLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytesOf(data, size);
    const HarReadResult read = readHar(input);
    QList<const Exchange *> exchanges;
    for (const Exchange &exchange : read.exchanges) {
        findingsFor(exchange);
        exchanges.append(&exchange);
    }
    harLog(exchanges);
    const HarRequests requests = readHarRequests(input);
    harLogOfRequests(requests.requests);
    return 0;
}
