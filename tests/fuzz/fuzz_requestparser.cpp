// The practice server's request parser, fed in pieces the size of the input's first byte, and
// the preconditions of every request it completes evaluated as the server would; every field
// value also goes through the entity-tag parser, strictly and leniently (as the findings read).
// The same input then goes through the parser in streaming mode, as the capture proxy reads its
// clients, with the proxy's rules (where it goes, what is forwarded) applied to every head; the
// streamed body must never be held whole.
#include "capture/forwarding.h"
#include "fuzzinput.h"
#include "model/proxying.h"
#include "practice/conditional.h"
#include "practice/requestparser.h"

#include <QDateTime>

using namespace HttpLens;
using namespace HttpLens::Practice;

namespace {

void evaluate(const ParsedRequest &request)
{
    request.path();
    request.query();
    Validators validators;
    validators.etag = EntityTag::parse("\"v1\"");
    validators.lastModified = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    evaluatePreconditions(request.method, request.headers, validators);
    for (const HeaderField &header : request.headers) {
        EntityTag::parse(header.value);
        EntityTag::parseList({header.value}, EntityTag::Parsing::Lenient);
        ifRangeAllows(header.value, validators);
    }
}

void streamThrough(QByteArrayView input, qsizetype piece)
{
    RequestParser::Limits limits;
    limits.streamBody = true;
    limits.maxHeadBytes = 4096;
    RequestParser parser(limits);
    bool headSeen = false;
    for (qsizetype at = 0; at < input.size() && parser.state() != RequestParser::State::Error;
         at += piece) {
        parser.feed(input.sliced(at, qMin(piece, input.size() - at)).toByteArray());
        for (;;) {
            if (parser.headComplete() && !headSeen) {
                headSeen = true;
                const ParsedRequest &head = parser.head();
                Capture::forwardTarget(head, QUrl(QStringLiteral("http://127.0.0.1:9/")));
                Capture::forwardTarget(head, QUrl());
                Capture::forwardedHeaderLines(head.rawHead, false, "1.1 fuzz");
                Capture::forwardedHeaderLines(head.rawHead, true, {});
                proxiedRequestHead(head.rawHead);
            }
            parser.takeBody();
            // What is buffered is a head, the next one coming, a chunk-size line and a piece at
            // most: never the body.
            if (parser.bufferedBytes() > 2 * limits.maxHeadBytes + 2048 + 2 * piece)
                __builtin_trap();
            if (parser.state() != RequestParser::State::Complete)
                break;
            parser.takeRequest();
            headSeen = false;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytesOf(data, size);
    if (input.isEmpty())
        return 0;
    const qsizetype piece = qMax<qsizetype>(static_cast<unsigned char>(input.front()), 1);
    RequestParser::Limits limits;
    limits.maxHeadBytes = 4096;
    limits.maxBodyBytes = 65536;
    RequestParser parser(limits);
    const QByteArrayView stream = QByteArrayView(input).sliced(1);
    for (qsizetype at = 0; at < stream.size() && parser.state() != RequestParser::State::Error;
         at += piece) {
        RequestParser::State state = parser.feed(
                stream.sliced(at, qMin(piece, stream.size() - at)).toByteArray());
        while (state == RequestParser::State::Complete) {
            evaluate(parser.takeRequest());
            state = parser.state();
        }
    }
    streamThrough(stream, piece);
    return 0;
}
