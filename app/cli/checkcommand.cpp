#include "checkcommand.h"

#include "batch/checkreport.h"
#include "batch/checkstate.h"
#include "batch/sitemapfetch.h"
#include "cli/interruptwatcher.h"
#include "http/engine.h"
#include "inspector/terminaltext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace HttpLens {

namespace {

class CommandText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Check)
};

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

// The live progress line on a terminal's standard error, redrawn at most ten times a second
// and wiped before anything else is written to the same terminal.
class ProgressLine
{
public:
    explicit ProgressLine(bool enabled)
        : m_enabled(enabled && ::isatty(2))
    {}
    void show(const QString &text)
    {
        if (!m_enabled)
            return;
        write(stderr, "\r\x1b[K" + text.toUtf8());
        std::fflush(stderr);
        m_shown = true;
    }
    void wipe()
    {
        if (!m_enabled || !m_shown)
            return;
        write(stderr, "\r\x1b[K");
        m_shown = false;
    }

private:
    bool m_enabled;
    bool m_shown = false;
};

bool matchesFailOn(const QSet<QString> &failOn, const CheckResult &result)
{
    if (result.change == CheckResult::Change::Error)
        return failOn.contains(QStringLiteral("error"));
    return result.status >= 100 && result.status <= 599
           && failOn.contains(QStringLiteral("%1xx").arg(result.status / 100));
}

// A short line per URL for standard output when it is not JSON: status, change, URL.
QByteArray plainLine(const CheckResult &r)
{
    QByteArray line = r.curlCode ? QByteArray("ERR") : QByteArray::number(r.status);
    line += '\t' + changeName(r.change).toUtf8() + '\t' + r.url.toUtf8();
    if (r.curlCode)
        line += '\t' + r.error.toUtf8();
    else if (r.finalUrl != r.url)
        line += "\t-> " + r.finalUrl.toUtf8();
    // The note says why a page was unchanged or refused HEAD; errors and URLs are shown safely.
    if (!r.curlCode && !r.note.isEmpty())
        line += '\t' + r.note.toUtf8();
    return terminalSafe(line) + '\n';
}

} // namespace

QByteArray checkUsage()
{
    return CommandText::tr(
                   "Usage: httplens-cli check [options] [FILE|-]\n"
                   "       httplens-cli check [options] --sitemap FILE|URL\n\n"
                   "Checks many URLs at once (one per line; # comments and blank lines are "
                   "skipped) and prints each one's status. With --state it remembers each URL's "
                   "validators and a hash of its body, and the next run asks whether each one "
                   "changed: a 304 answers in a few hundred bytes.\n\n"
                   "Options:\n"
                   "  --concurrency N      requests at once (50)\n"
                   "  --per-host N         requests at once to one host (6)\n"
                   "  --rate N             requests per second overall\n"
                   "  -m, --max-time S     time limit per request, seconds (30)\n"
                   "  --connect-timeout S  time limit to connect, seconds\n"
                   "  -L, --location       follow redirects (--max-redirs N)\n"
                   "  --retries N          retry connection failures, 429 and 503 (Retry-After "
                   "is honoured)\n"
                   "  -H, --header, -A, --user-agent, -k, --insecure   as in curl\n"
                   "  -I, --head           HEAD; sent again as GET where refused (405, 501)\n"
                   "  --json               one JSON line per URL on standard output\n"
                   "  --csv FILE           the results as CSV too\n"
                   "  --state FILE         remember validators and hashes (SQLite); --resume "
                   "continues an interrupted run\n"
                   "  --fail-on LIST       exit 1 when a URL's status class or an error is in "
                   "the list (4xx,5xx,error)\n"
                   "  -q, --quiet          no progress line\n\n"
                   "Exit code: 0 when the run finished, whatever the statuses; 1 for --fail-on; "
                   "2 for bad usage; 130 after Ctrl+C (the state is written first).\n")
            .toUtf8();
}

namespace {

QByteArray problemLine(const QString &problem)
{
    return "httplens-cli check: " + problem.toUtf8() + '\n';
}

// Where the URLs come from: the sitemap, the file or standard input. Null after a problem,
// written to standard error.
std::unique_ptr<UrlSupply> openSupply(const CheckArguments &a, Engine *engine, QFile *input)
{
    if (!a.sitemap.isEmpty()) {
        const SitemapUrls urls = loadSitemapUrls(engine, a.sitemap, a.options);
        for (const QString &problem : urls.problems)
            write(stderr, problemLine(problem));
        if (!urls.ok)
            return nullptr;
        return std::make_unique<FixedSupply>(urls.urls);
    }
    const bool fromStdin = a.input == QLatin1String("-");
    if (!fromStdin && !QFileInfo(a.input).isFile()) {
        write(stderr, problemLine(CommandText::tr("%1 is not a file of URLs.").arg(a.input)));
        return nullptr;
    }
    if (fromStdin ? !input->open(stdin, QIODevice::ReadOnly)
                  : (input->setFileName(a.input), !input->open(QIODevice::ReadOnly))) {
        write(stderr,
              problemLine(
                      CommandText::tr("%1 cannot be read: %2.").arg(a.input, input->errorString())));
        return nullptr;
    }
    return std::make_unique<ListSupply>(input, fromStdin ? -1 : UrlListReader::countUrls(a.input));
}

std::unique_ptr<CheckState> openState(const CheckArguments &a)
{
    auto state = std::make_unique<CheckState>();
    if (state->open(a.state) && state->beginRun(a.resume))
        return state;
    write(stderr, problemLine(state->error()));
    return nullptr;
}

std::unique_ptr<QSaveFile> openCsv(const QString &path)
{
    auto csv = std::make_unique<QSaveFile>(path);
    if (!csv->open(QIODevice::WriteOnly)) {
        write(stderr,
              problemLine(
                      CommandText::tr("%1 cannot be written: %2.").arg(path, csv->errorString())));
        return nullptr;
    }
    csv->write(checkCsvHeader());
    return csv;
}

// One run of the checker with its outputs: the lines on standard output, the CSV, the progress
// line, Ctrl+C. Returns whether it was interrupted.
bool runChecker(BatchChecker &checker, const CheckArguments &a, QSaveFile *csv, bool *failOn)
{
    ProgressLine progress(!a.quiet);
    const bool stdoutIsTerminal = ::isatty(1);
    bool interrupted = false;
    QObject::connect(&checker, &BatchChecker::resultReady, &checker, [&](const CheckResult &r) {
        if (stdoutIsTerminal)
            progress.wipe();
        write(stdout, a.json ? checkResultJson(r) : plainLine(r));
        if (csv)
            csv->write(checkResultCsv(r));
        *failOn = *failOn || matchesFailOn(a.failOn, r);
    });
    // Out before the state marks the batch as reported.
    QObject::connect(&checker, &BatchChecker::batchReported, &checker, [] { std::fflush(stdout); });
    QObject::connect(&checker, &BatchChecker::invalidLine, &checker, [&](qint64, const QString &p) {
        progress.wipe();
        write(stderr, problemLine(p));
    });
    QObject::connect(&checker, &BatchChecker::stateError, &checker, [&](const QString &p) {
        progress.wipe();
        write(stderr, problemLine(p));
    });
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &checker, [&] {
        progress.show(checkProgressLine(checker.stats()));
    });
    ticker.start(100);
    InterruptWatcher watcher;
    QObject::connect(&watcher, &InterruptWatcher::interrupted, &checker, [&] {
        interrupted = true;
        checker.cancel();
    });
    QEventLoop loop;
    QObject::connect(&checker, &BatchChecker::finished, &loop, &QEventLoop::quit);
    checker.start();
    if (checker.isRunning())
        loop.exec();
    ticker.stop();
    progress.wipe();
    std::fflush(stdout);
    return interrupted;
}

} // namespace

int runCheckCommand(const QList<QByteArray> &rawArguments)
{
    const CheckArgumentsResult parsed = parseCheckArguments(rawArguments);
    if (parsed.help) {
        write(stdout, checkUsage());
        return 0;
    }
    if (!parsed.ok) {
        write(stderr, problemLine(parsed.error));
        return 2;
    }
    const CheckArguments &a = parsed.arguments;
    Engine engine;
    // Only the heads and the hash of each body are kept: libcurl's debug stream is not needed.
    engine.setCapture(Engine::Capture::ResponsesOnly);
    QFile input;
    const std::unique_ptr<UrlSupply> supply = openSupply(a, &engine, &input);
    if (!supply)
        return 2;
    std::unique_ptr<CheckState> state;
    if (!a.state.isEmpty() && !(state = openState(a)))
        return 2;
    std::unique_ptr<QSaveFile> csv;
    if (!a.csv.isEmpty() && !(csv = openCsv(a.csv)))
        return 2;

    BatchChecker checker(&engine, supply.get(), state.get(), a.options);
    bool failOnMatched = false;
    const bool interrupted = runChecker(checker, a, csv.get(), &failOnMatched);
    if (csv && !csv->commit())
        write(stderr,
              problemLine(
                      CommandText::tr("%1 cannot be written: %2.").arg(a.csv, csv->errorString())));
    const QString summary = checkSummary(checker.stats());
    write(stderr,
          (interrupted ? CommandText::tr("Interrupted; the state keeps every URL reported above.\n")
                       : QString())
                          .toUtf8()
                  + summary.toUtf8());
    if (interrupted)
        return 130;
    return failOnMatched ? 1 : 0;
}

} // namespace HttpLens
