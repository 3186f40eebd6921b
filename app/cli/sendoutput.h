#pragma once

#include "http/engine.h"
#include "interop/curloptions.h"

#include <cstdint>
#include <cstdio>
#include <vector>

namespace HttpLens {

// Writes bytes to a C stream as they are.
void writeTo(FILE *stream, const QByteArray &bytes);

// Where the results of one `send` (or `run`) go, as curl's options ask: the report, -v's trace,
// bodies (-s, -v, -o), -i heads, -f's message, the ETag file. A body bound for standard output
// with -s or -v streams there while it arrives, one request at a time, so an endless or huge
// body costs neither memory nor disk; with -o, --har or -Z it is kept and written at the end.
class SendOutput
{
public:
    SendOutput(const CurlCommand &command, bool harToStdout);

    Engine::BodyHandling bodyHandling(qsizetype index) const;
    // The sink for a request whose body streams (called on the engine's worker thread).
    Engine::BodySink sinkFor(qsizetype index);
    // Writes what the command asks for about request index's finished exchange. Returns the
    // exit code it sets (0: none).
    int report(const Exchange &exchange, qsizetype index);

private:
    bool streams(qsizetype index) const;
    int reportExchange(const Exchange &exchange, qsizetype index);
    void reportBody(const Exchange &exchange, qsizetype index);

    const CurlCommand &m_command;
    bool m_harToStdout;
    FILE *m_reportStream;
    std::vector<std::uint8_t> m_headStreamed; // -i: the head went out before the body
};

} // namespace HttpLens
