// The practice server's request parser, fed in pieces the size of the input's first byte, and
// the preconditions of every request it completes evaluated as the server would; every field
// value also goes through the entity-tag parser, strictly and leniently (as the findings read).
#include "fuzzinput.h"
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
    return 0;
}
