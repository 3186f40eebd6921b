#include "sendcommand.h"

#include "cli/report.h"
#include "http/engine.h"
#include "inspector/terminaltext.h"
#include "interop/curloptions.h"
#include "interop/har.h"
#include "interop/interopfiles.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <cstdio>
#include <vector>

namespace HttpLens {

namespace {

constexpr qint64 kPreviewBytes = 64 * 1024;

class SendText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Send)
};

void writeTo(FILE *stream, const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

// The body as it is, a piece at a time: a gigabyte costs a megabyte of memory on its way out.
void writeBody(FILE *stream, const Body &body)
{
    body.forEachChunk(1024 * 1024, [stream](QByteArrayView piece) {
        return std::fwrite(piece.data(), 1, size_t(piece.size()), stream) == size_t(piece.size());
    });
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

} // namespace

QByteArray sendUsage()
{
    QByteArray out = SendText::tr(
                             "Usage: httplens-cli send [options] URL...\n\n"
                             "Sends HTTP requests with curl's option names and shows exactly what "
                             "went over the wire.\n"
                             "Exit code: 0 when a response arrived, whatever its status; curl's "
                             "code on a transport failure.\n\n"
                             "Options:\n")
                             .toUtf8();
    for (const QString &option : supportedCurlOptions())
        out += "  " + option.toUtf8() + '\n';
    return out;
}

int runSendCommand(const QList<QByteArray> &arguments)
{
    if (arguments.contains("--help") || arguments.contains("-h")) {
        writeTo(stdout, sendUsage());
        return 0;
    }
    const CurlParseResult parsed = parseCurlArguments(arguments);
    if (!parsed.ok) {
        writeTo(stderr, "httplens-cli send: " + parsed.error.toUtf8() + '\n');
        return parsed.exitCode;
    }
    return sendRequests(parsed.command, "send", RequestsDiffer::OnlyInUrl);
}

int sendRequests(const CurlCommand &command, const char *commandName, RequestsDiffer differ)
{
    const QByteArray prefix = QByteArray("httplens-cli ") + commandName + ": ";
    // Every request is checked before the first one is sent. When the requests differ only in
    // their URL, each distinct URL is checked once.
    QSet<QString> checkedUrls;
    for (const Request &request : command.requests) {
        if (differ == RequestsDiffer::OnlyInUrl) {
            if (checkedUrls.contains(request.url))
                continue;
            checkedUrls.insert(request.url);
        }
        const QList<Request::Problem> problems = request.problems();
        if (!problems.isEmpty()) {
            for (const Request::Problem &problem : problems)
                writeTo(stderr, prefix + problem.message.toUtf8() + '\n');
            return problems.first().curlCode;
        }
    }

    const bool harToStdout = command.harFile == QLatin1String("-");
    FILE *reportStream = harToStdout ? stderr : stdout;
    const qsizetype count = command.requests.size();

    Engine engine;
    // Silent output shows bodies (and with -i the final response head) only: request heads,
    // trace and log would be recorded for nobody, as curl -s formats no verbose text.
    if (command.silent && !command.verbose && command.harFile.isEmpty())
        engine.setCapture(Engine::Capture::ResponsesOnly);
    if (command.parallel)
        engine.setMaxConcurrent(command.parallelMax);
    std::vector<Transfer *> transfers(size_t(count), nullptr);
    std::vector<bool> delivered(size_t(count), false);
    qsizetype nextToSend = 0;
    qsizetype finishedCount = 0;
    qsizetype nextToReport = 0;
    int exitCode = 0;
    QEventLoop loop;

    auto report = [&](qsizetype index) {
        const Exchange &exchange = transfers[size_t(index)]->exchange();
        if (exchange.error.isError()) {
            exitCode = exchange.error.curlCode;
            if (command.verbose && !command.silent)
                writeTo(stderr, formatVerboseTrace(exchange));
            if (!command.silent || command.showError)
                writeTo(stderr, formatError(exchange));
        }
        if (!exchange.finalHop())
            return;
        if (!command.silent || command.showError)
            writeTo(stderr, formatInsecureWarning(exchange));
        // -f: an HTTP error status is a failure to the caller's script (curl's exit code 22).
        const bool failed = command.fail != CurlCommand::Fail::No && exchange.status() >= 400;
        if (failed) {
            exitCode = 22;
            if (!command.silent || command.showError)
                writeTo(stderr,
                        SendText::tr("httplens-cli: the server answered %1 %2\n")
                                .arg(exchange.status())
                                .arg(terminalSafeLatin1(exchange.finalHop()->response.reason))
                                .toUtf8());
            if (command.fail == CurlCommand::Fail::Quietly)
                return;
        }
        if (command.include && (command.verbose || command.silent) && !harToStdout)
            writeTo(stdout, exchange.finalHop()->response.raw);
        const QString output = command.outputs.value(index);
        if (command.verbose) {
            if (!command.silent && !exchange.error.isError()) {
                writeTo(stderr, formatVerboseTrace(exchange));
                writeTo(stderr, formatTimingTable(exchange, "* "));
            }
            if (output.isEmpty() && !harToStdout)
                writeBody(stdout, exchange.body);
        } else if (command.silent) {
            if (output.isEmpty() && !harToStdout)
                writeBody(stdout, exchange.body);
        } else {
            writeTo(reportStream, formatReport(exchange));
            if (output.isEmpty() && !harToStdout) {
                const QByteArray preview = formatBodyPreview(exchange, kPreviewBytes);
                if (!preview.isEmpty())
                    writeTo(reportStream, '\n' + preview);
            }
        }
        if (!output.isEmpty()) {
            if (const int rc = writeOutput(exchange, output))
                exitCode = rc;
        }
        if (!command.etagSave.isEmpty())
            saveEtag(exchange, command.etagSave);
    };

    std::function<void()> sendNext;
    auto onFinished = [&](qsizetype index) {
        ++finishedCount;
        // Reports come out in the order of the URLs, whatever order the transfers end in.
        delivered[size_t(index)] = true;
        // Only transfers whose finished() has arrived are reported (and possibly deleted): a
        // transfer that finished in the same round may still have its signal ahead of it.
        while (nextToReport < count && delivered[size_t(nextToReport)]) {
            report(nextToReport);
            // Without a HAR to write, a reported exchange is not needed any more. The engine
            // allows deleting a transfer from its own finished() signal.
            if (command.harFile.isEmpty()) {
                delete transfers[size_t(nextToReport)];
                transfers[size_t(nextToReport)] = nullptr;
            }
            ++nextToReport;
        }
        if (finishedCount == count)
            loop.quit();
        else if (nextToSend < count)
            sendNext();
    };
    sendNext = [&] {
        const qsizetype index = nextToSend++;
        Transfer *transfer = engine.send(command.requests.at(index));
        transfers[size_t(index)] = transfer;
        QObject::connect(transfer, &Transfer::finished, &loop, [&onFinished, index] {
            onFinished(index);
        });
    };

    // In parallel, a window of twice the engine's limit is handed over: the engine starts a
    // queued request the moment a connection frees up, and each finished one brings the next.
    // A batch of thousands never holds thousands of queued exchanges in memory.
    const qsizetype window = command.parallel ? 2 * qsizetype(qMax(1, command.parallelMax)) : 1;
    while (nextToSend < count && nextToSend < window)
        sendNext();
    if (finishedCount < count)
        loop.exec();

    if (!command.harFile.isEmpty()) {
        QList<const Exchange *> exchanges;
        for (Transfer *transfer : transfers)
            exchanges.append(&transfer->exchange());
        // The user's own recording keeps everything, so the file is readable by them only.
        QString error;
        if (harToStdout) {
            writeTo(stdout, QJsonDocument(harLog(exchanges)).toJson(QJsonDocument::Indented));
        } else if (!writeHarFile(command.harFile, exchanges, HarOptions(), &error)) {
            writeTo(stderr,
                    SendText::tr("httplens-cli: cannot write the HAR file %1: %2\n")
                            .arg(command.harFile, error)
                            .toUtf8());
            return 23;
        }
    }
    std::fflush(stdout);
    return exitCode;
}

} // namespace HttpLens
