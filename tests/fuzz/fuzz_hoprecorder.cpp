// The recorder of libcurl's debug stream: response heads, 1xx heads, trailers and libcurl's
// text, split anywhere (see fuzzinput.h for the input's layout). Whatever arrives, every head
// the recorder keeps is a run of bytes that was received, wherever the pieces were cut; only a
// 1xx head may end in the empty line the recorder restores (libcurl does not report it).
#include "fuzzinput.h"

#include <cstdlib>

using namespace HttpLens;

namespace {

// The response bytes of the input, joined as one stream: what the recorder was given.
QByteArray receivedBytes(const QByteArray &input)
{
    QByteArray received;
    const QList<QByteArray> events = input.sliced(1).split('\0');
    for (const QByteArray &event : events) {
        if (Fuzz::eventKind(event) == 'i')
            received += event;
    }
    return received;
}

void requireReceived(const QByteArray &head, const QByteArray &received)
{
    if (!head.isEmpty() && !received.contains(head))
        std::abort();
}

void requireReceivedInterim(const QByteArray &head, const QByteArray &received)
{
    const qsizetype restored = head.endsWith("\r\n") ? 2 : head.endsWith('\n') ? 1 : 0;
    if (!received.contains(head) && !received.contains(head.chopped(restored)))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytesOf(data, size);
    if (input.isEmpty())
        return 0;
    const Exchange exchange = Fuzz::recordExchange(input);
    const QByteArray received = receivedBytes(input);
    for (const Hop &hop : exchange.hops) {
        requireReceived(hop.response.raw, received);
        for (const ResponseHead &interim : hop.interim)
            requireReceivedInterim(interim.raw, received);
    }
    return 0;
}
