#include "sendoutput.h"

#include "cli/report.h"
#include "inspector/terminaltext.h"
#include "interop/writeout.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace HttpLens {

namespace {

constexpr qint64 kPreviewBytes = 64 * 1024;

class SendText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Send)
};

bool writeAll(FILE *stream, QByteArrayView piece)
{
    return std::fwrite(piece.data(), 1, size_t(piece.size()), stream) == size_t(piece.size());
}

// The body as it is, a piece at a time: a gigabyte costs a megabyte of memory on its way out.
void writeBody(FILE *stream, const Body &body)
{
    body.forEachChunk(1024 * 1024,
                      [stream](QByteArrayView piece) { return writeAll(stream, piece); });
}

// Writes the body where -o asks. Like curl, a response without a body (a 304 above all) leaves
// an existing file alone, so a cached copy survives revalidation.
int writeOutput(const Exchange &exchange, const QString &path)
{
    const int status = exchange.status();
    if (exchange.body.size() == 0 && !(status >= 200 && status < 300))
        return 0;
    QString error;
    if (path == QLatin1String("-")) {
        writeBody(stdout, exchange.body);
        return 0;
    }
    if (!exchange.body.saveTo(path, &error)) {
        writeTo(stderr,
                SendText::tr("httplens-cli: cannot write %1: %2\n").arg(path, error).toUtf8());
        return 23; // curl's CURLE_WRITE_ERROR
    }
    return 0;
}

void saveEtag(const Exchange &exchange, const QString &path)
{
    const Hop *hop = exchange.finalHop();
    if (!hop)
        return;
    const QByteArray etag = headerValue(hop->response.headers, "ETag");
    if (etag.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(etag + '\n') < 0 || !file.commit())
        writeTo(stderr,
                SendText::tr("httplens-cli: cannot write the ETag to %1\n").arg(path).toUtf8());
}

bool failedStatus(const CurlCommand &command, int status)
{
    return command.fail != CurlCommand::Fail::No && status >= 400;
}

// -f without --fail-with-body: an error status shows no head and no body.
bool failsQuietly(const CurlCommand &command, int status)
{
    return failedStatus(command, status) && command.fail == CurlCommand::Fail::Quietly;
}

} // namespace

void writeTo(FILE *stream, const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        writeAll(stream, bytes);
}

SendOutput::SendOutput(const CurlCommand &command, bool harToStdout)
    : m_command(command)
    , m_harToStdout(harToStdout)
    , m_reportStream(harToStdout ? stderr : stdout)
    , m_headStreamed(size_t(command.requests.size()), 0)
{}

bool SendOutput::streams(qsizetype index) const
{
    return (m_command.silent || m_command.verbose) && m_command.harFile.isEmpty()
           && m_command.outputs.value(index).isEmpty() && !m_command.parallel;
}

Engine::BodyHandling SendOutput::bodyHandling(qsizetype index) const
{
    return streams(index) ? Engine::BodyHandling::Stream : Engine::BodyHandling::Keep;
}

Engine::BodySink SendOutput::sinkFor(qsizetype index)
{
    if (!streams(index))
        return {};
    std::uint8_t *headStreamed = &m_headStreamed[size_t(index)];
    const CurlCommand *command = &m_command;
    return [command, headStreamed](const Hop &hop, QByteArrayView piece) {
        if (failsQuietly(*command, hop.response.status))
            return true;
        if (command->include && !*headStreamed) {
            *headStreamed = 1;
            if (!writeAll(stdout, hop.response.raw))
                return false;
        }
        return writeAll(stdout, piece);
    };
}

int SendOutput::report(const Exchange &exchange, qsizetype index)
{
    const int exitCode = reportExchange(exchange, index);
    // -w comes after everything else about the transfer, failed ones included (http_code 000).
    if (!m_command.writeOut.isEmpty()) {
        const WriteOutText text = renderWriteOut(m_command.writeOut,
                                                 exchange,
                                                 {exitCode, m_command.outputs.value(index), index});
        writeTo(stdout, text.out);
        writeTo(stderr, text.err);
    }
    return exitCode;
}

int SendOutput::reportExchange(const Exchange &exchange, qsizetype index)
{
    int exitCode = 0;
    const CurlCommand &command = m_command;
    if (exchange.error.isError()) {
        exitCode = exchange.error.curlCode;
        if (command.verbose && !command.silent)
            writeTo(stderr, formatVerboseTrace(exchange));
        if (!command.silent || command.showError)
            writeTo(stderr, formatError(exchange));
    }
    if (!exchange.finalHop())
        return exitCode;
    if (!command.silent || command.showError)
        writeTo(stderr, formatInsecureWarning(exchange));
    // -f: an HTTP error status is a failure to the caller's script (curl's exit code 22).
    if (failedStatus(command, exchange.status())) {
        exitCode = 22;
        if (!command.silent || command.showError)
            writeTo(stderr,
                    SendText::tr("httplens-cli: the server answered %1 %2\n")
                            .arg(exchange.status())
                            .arg(terminalSafeLatin1(exchange.finalHop()->response.reason))
                            .toUtf8());
        if (failsQuietly(command, exchange.status()))
            return exitCode;
    }
    reportBody(exchange, index);
    const QString output = command.outputs.value(index);
    if (!output.isEmpty()) {
        if (const int rc = writeOutput(exchange, output))
            exitCode = rc;
    }
    if (!command.etagSave.isEmpty())
        saveEtag(exchange, command.etagSave);
    return exitCode;
}

// The head (-i), the trace (-v) and the body, or the report with a preview of the body.
void SendOutput::reportBody(const Exchange &exchange, qsizetype index)
{
    const CurlCommand &command = m_command;
    const bool toStdout = command.outputs.value(index).isEmpty() && !m_harToStdout;
    const bool streamed = streams(index);
    if (command.include && (command.verbose || command.silent) && !m_harToStdout
        && !m_headStreamed[size_t(index)])
        writeTo(stdout, exchange.finalHop()->response.raw);
    if (command.verbose || command.silent) {
        if (command.verbose && !command.silent && !exchange.error.isError()) {
            writeTo(stderr, formatVerboseTrace(exchange));
            writeTo(stderr, formatTimingTable(exchange, "* "));
        }
        if (toStdout && !streamed)
            writeBody(stdout, exchange.body);
        return;
    }
    writeTo(m_reportStream, formatReport(exchange));
    if (toStdout) {
        const QByteArray preview = formatBodyPreview(exchange, kPreviewBytes);
        if (!preview.isEmpty())
            writeTo(m_reportStream, '\n' + preview);
    }
}

} // namespace HttpLens
