#include "sendcommand.h"

#include "cli/cachedsend.h"
#include "cli/report.h"
#include "cli/sendoutput.h"
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

class SendText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Send)
};

// Every request is checked before the first one is sent. When the requests differ only in
// their URL, each distinct URL is checked once. Returns the exit code of the first problem.
int checkRequests(const CurlCommand &command, const char *commandName, RequestsDiffer differ)
{
    const QByteArray prefix = QByteArray("httplens-cli ") + commandName + ": ";
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
    return 0;
}

// --har: every exchange, to standard output ("-") or to a file readable by the user only (the
// user's own recording keeps everything). Returns 23 when the file cannot be written.
int writeHar(const QString &harFile, const std::vector<Transfer *> &transfers)
{
    QList<const Exchange *> exchanges;
    for (Transfer *transfer : transfers)
        exchanges.append(&transfer->exchange());
    QString error;
    if (harFile == QLatin1String("-")) {
        writeTo(stdout, QJsonDocument(harLog(exchanges)).toJson(QJsonDocument::Indented));
    } else if (!writeHarFile(harFile, exchanges, HarOptions(), &error)) {
        writeTo(stderr,
                SendText::tr("httplens-cli: cannot write the HAR file %1: %2\n")
                        .arg(harFile, error)
                        .toUtf8());
        return 23;
    }
    return 0;
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
    out += '\n'
           + SendText::tr("HTTP Lens's own option:\n"
                          "  --cache DIR  keep a browser's cache in DIR between runs: say what a "
                          "browser would do with each request, send nothing while the stored "
                          "response is fresh, revalidate when it is stale\n")
                     .toUtf8();
    return out;
}

int runSendCommand(const QList<QByteArray> &arguments)
{
    if (arguments.contains("--help") || arguments.contains("-h")) {
        writeTo(stdout, sendUsage());
        return 0;
    }
    // --cache DIR is HTTP Lens's own, not curl's: taken out before curl's options are read.
    QList<QByteArray> curlArguments = arguments;
    QString cacheDirectory;
    const qsizetype cache = curlArguments.indexOf("--cache");
    if (cache >= 0) {
        if (cache + 1 >= curlArguments.size() || curlArguments.at(cache + 1).isEmpty()) {
            writeTo(stderr, SendText::tr("httplens-cli send: --cache needs a folder.\n").toUtf8());
            return 2;
        }
        cacheDirectory = QString::fromLocal8Bit(curlArguments.at(cache + 1));
        curlArguments.remove(cache, 2);
    }
    const CurlParseResult parsed = parseCurlArguments(curlArguments);
    if (!parsed.ok) {
        writeTo(stderr, "httplens-cli send: " + parsed.error.toUtf8() + '\n');
        return parsed.exitCode;
    }
    if (!cacheDirectory.isEmpty())
        return sendThroughCache(parsed.command, cacheDirectory);
    return sendRequests(parsed.command, "send", RequestsDiffer::OnlyInUrl);
}

int sendRequests(const CurlCommand &command,
                 const char *commandName,
                 RequestsDiffer differ,
                 const std::function<void(const Exchange &)> &observe)
{
    if (const int rc = checkRequests(command, commandName, differ))
        return rc;

    const bool harToStdout = command.harFile == QLatin1String("-");
    const qsizetype count = command.requests.size();

    Engine engine;
    // Silent output shows bodies (and with -i the final response head) only: request heads,
    // trace and log would be recorded for nobody, as curl -s formats no verbose text.
    // An observer (the cache of --cache) needs the request heads too, and so does -w (the
    // method and size of what was sent).
    if (command.silent && !command.verbose && command.harFile.isEmpty() && !observe
        && command.writeOut.isEmpty())
        engine.setCapture(Engine::Capture::ResponsesOnly);
    // Without -Z one request at a time, as curl sends them.
    engine.setMaxConcurrent(command.parallel ? qMax(1, command.parallelMax) : 1);
    std::vector<Transfer *> transfers(size_t(count), nullptr);
    std::vector<bool> delivered(size_t(count), false);
    qsizetype nextToSend = 0;
    qsizetype finishedCount = 0;
    qsizetype nextToReport = 0;
    int exitCode = 0;
    QEventLoop loop;

    SendOutput output(command, harToStdout);
    auto report = [&](qsizetype index) {
        if (observe)
            observe(transfers[size_t(index)]->exchange());
        if (const int rc = output.report(transfers[size_t(index)]->exchange(), index))
            exitCode = rc;
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
        Transfer *transfer = engine.send(command.requests.at(index),
                                         output.bodyHandling(index),
                                         output.sinkFor(index));
        transfers[size_t(index)] = transfer;
        QObject::connect(transfer, &Transfer::finished, &loop, [&onFinished, index] {
            onFinished(index);
        });
    };

    // A window of twice the engine's limit is handed over: the engine's thread starts a waiting
    // request the moment one ends (one after another, too), and each finished one brings the
    // next. A batch of thousands never holds thousands of queued exchanges in memory.
    const qsizetype window = 2 * qsizetype(engine.maxConcurrent());
    while (nextToSend < count && nextToSend < window)
        sendNext();
    if (finishedCount < count)
        loop.exec();

    if (!command.harFile.isEmpty()) {
        if (const int rc = writeHar(command.harFile, transfers))
            return rc;
    }
    std::fflush(stdout);
    return exitCode;
}

} // namespace HttpLens
