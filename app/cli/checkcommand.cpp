#include "checkcommand.h"

#include "batch/checkreport.h"
#include "batch/checkrun.h"
#include "cli/interruptwatcher.h"
#include "inspector/terminaltext.h"

#include <QCoreApplication>
#include <QEventLoop>
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

// The run's setup from the command line: the same CheckRun as the window's check.
CheckRun::Setup checkSetup(const CheckArguments &a)
{
    CheckRun::Setup setup;
    if (!a.sitemap.isEmpty()) {
        setup.source = CheckRun::Source::Sitemap;
        setup.location = a.sitemap;
    } else if (a.input == QLatin1String("-")) {
        setup.source = CheckRun::Source::StandardInput;
    } else {
        setup.source = CheckRun::Source::ListFile;
        setup.location = a.input;
    }
    setup.options = a.options;
    setup.statePath = a.state;
    setup.resume = a.resume;
    setup.keepResults = false; // each result is written out as it comes
    return setup;
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

struct RunEnd
{
    bool started = false; // false: a problem is on standard error
    bool interrupted = false;
    bool failOnMatched = false;
};

// One run with its outputs: the lines on standard output, the CSV, the progress line, Ctrl+C.
RunEnd runCheck(CheckRun &run, const CheckArguments &a, QSaveFile *csv)
{
    RunEnd end;
    ProgressLine progress(!a.quiet);
    const bool stdoutIsTerminal = ::isatty(1);
    QObject::connect(&run, &CheckRun::resultReady, &run, [&](const CheckResult &r) {
        if (stdoutIsTerminal)
            progress.wipe();
        write(stdout, a.json ? checkResultJson(r) : plainLine(r));
        if (csv)
            csv->write(checkResultCsv(r));
        end.failOnMatched = end.failOnMatched || matchesFailOn(a.failOn, r);
    });
    // Out before the state marks the batch as reported.
    QObject::connect(&run, &CheckRun::batchReported, &run, [] { std::fflush(stdout); });
    QSet<QString> written;
    QObject::connect(&run, &CheckRun::problemFound, &run, [&](const QString &problem) {
        progress.wipe();
        write(stderr, problemLine(problem));
        written.insert(problem);
    });
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &run, [&] {
        progress.show(checkProgressLine(run.stats()));
    });
    InterruptWatcher watcher;
    QObject::connect(&watcher, &InterruptWatcher::interrupted, &run, [&] {
        end.interrupted = true;
        run.cancel();
    });
    QEventLoop loop;
    QObject::connect(&run, &CheckRun::finished, &loop, &QEventLoop::quit);
    QObject::connect(&run, &CheckRun::failed, &loop, &QEventLoop::quit);
    end.started = run.start(checkSetup(a));
    if (end.started && run.isRunning()) {
        ticker.start(100);
        loop.exec();
    }
    ticker.stop();
    progress.wipe();
    std::fflush(stdout);
    if (!end.started || (run.state() == CheckRun::State::Finished && !run.error().isEmpty())) {
        if (!written.contains(run.error())) // a sitemap's problem is out already
            write(stderr, problemLine(run.error()));
        end.started = false;
    }
    return end;
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
    std::unique_ptr<QSaveFile> csv;
    if (!a.csv.isEmpty() && !(csv = openCsv(a.csv)))
        return 2;
    CheckRun run;
    const RunEnd end = runCheck(run, a, csv.get());
    if (!end.started)
        return 2; // the CSV is not committed: nothing was checked
    if (csv && !csv->commit())
        write(stderr,
              problemLine(
                      CommandText::tr("%1 cannot be written: %2.").arg(a.csv, csv->errorString())));
    const bool interrupted = end.interrupted;
    const QString summary = checkSummary(run.stats());
    write(stderr,
          (interrupted ? CommandText::tr("Interrupted; the state keeps every URL reported above.\n")
                       : QString())
                          .toUtf8()
                  + summary.toUtf8());
    if (interrupted)
        return 130;
    return end.failOnMatched ? 1 : 0;
}

} // namespace HttpLens
