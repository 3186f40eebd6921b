#include "capturecommand.h"

#include "capture/capturesession.h"
#include "capture/certificateauthority.h"
#include "capture/trustadvice.h"
#include "cli/capturerecorder.h"
#include "cli/interruptwatcher.h"
#include "files/datafolder.h"
#include "http/engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace HttpLens {

namespace {

class CaptureText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Capture)
};

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString usage()
{
    return CaptureText::tr(
                   "Usage: httplens-cli capture [options] [-- COMMAND [ARGS...]]\n\n"
                   "Runs HTTP Lens's recording proxy on loopback and records every exchange that "
                   "goes through it\n"
                   "in the history, HTTPS included (with a CA of its own). With a COMMAND it runs "
                   "the command with\n"
                   "its environment set to use the proxy and trust the CA, prints a line per "
                   "exchange as it\n"
                   "completes, and exits with the command's exit code. Without one it runs until "
                   "Ctrl+C and prints\n"
                   "the lines to paste into another shell.\n\n"
                   "  --port N            listen on port N (default 8899; 0: any free port)\n"
                   "  --reverse URL       a reverse proxy in front of URL: clients need no proxy "
                   "setting\n"
                   "  --passthrough HOST  pass CONNECT to HOST through untouched (repeatable)\n"
                   "  -k, --insecure      do not verify the servers' certificates\n"
                   "  --via               add a Via field to requests and responses\n"
                   "  --json              one JSON object per exchange instead of a line\n"
                   "  --har FILE          also write the exchanges to FILE (HAR 1.2)\n"
                   "  --log FILE          write the lines to FILE (default: standard output, "
                   "standard error\n"
                   "                      while a COMMAND runs)\n"
                   "  -q, --quiet         no line per exchange\n"
                   "  --data-dir DIR      the folder of the history and the CA (default: the "
                   "window's)\n"
                   "  --no-history        do not add the exchanges to the history\n"
                   "  --listen ADDRESS    listen elsewhere than 127.0.0.1 (needs --allow-remote "
                   "and --auth)\n"
                   "  --allow-remote      allow --listen on an address other machines reach\n"
                   "  --auth USER:PASS    the credentials clients must give the proxy\n"
                   "  --ca                where the CA is and how each program trusts it, then "
                   "exit\n\n")
           + Capture::TrustAdvice::proxyVariableCaveats() + u'\n';
}

struct Options
{
    Capture::ProxyOptions proxy;
    QStringList command;
    bool json = false;
    bool quiet = false;
    bool history = true;
    bool showCa = false;
    QString har;
    QString log;
    QString dataFolder;
};

// Reads the options; returns an exit code when the command ends here (help, a mistake).
std::optional<int> readOptions(const QList<QByteArray> &arguments, Options *o)
{
    bool allowRemote = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QByteArray &arg = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        const QString value = hasValue ? QString::fromLocal8Bit(arguments.at(i + 1)) : QString();
        auto needValue = [&]() -> std::optional<int> {
            print(stderr,
                  CaptureText::tr("httplens-cli capture: %1 needs a value.\n")
                          .arg(QString::fromLatin1(arg)));
            return 2;
        };
        if (arg == "--") {
            for (qsizetype j = i + 1; j < arguments.size(); ++j)
                o->command.append(QString::fromLocal8Bit(arguments.at(j)));
            break;
        }
        if (arg == "--help" || arg == "-h") {
            print(stdout, usage());
            return 0;
        } else if (arg == "--json") {
            o->json = true;
        } else if (arg == "-q" || arg == "--quiet") {
            o->quiet = true;
        } else if (arg == "--no-history") {
            o->history = false;
        } else if (arg == "--ca") {
            o->showCa = true;
        } else if (arg == "-k" || arg == "--insecure") {
            o->proxy.insecure = true;
        } else if (arg == "--via") {
            o->proxy.via = "1.1 httplens";
        } else if (arg == "--allow-remote") {
            allowRemote = true;
        } else if (arg == "--port" || arg == "--reverse" || arg == "--passthrough" || arg == "--har"
                   || arg == "--log" || arg == "--data-dir" || arg == "--listen"
                   || arg == "--auth") {
            if (!hasValue)
                return needValue();
            ++i;
            if (arg == "--port") {
                bool ok = false;
                const uint port = value.toUInt(&ok);
                if (!ok || port > 65535) {
                    print(stderr,
                          CaptureText::tr("httplens-cli capture: --port expects a number from 0 "
                                          "to 65535, not \"%1\".\n")
                                  .arg(value));
                    return 2;
                }
                o->proxy.port = quint16(port);
            } else if (arg == "--reverse") {
                o->proxy.reverse = QUrl(value);
            } else if (arg == "--passthrough") {
                o->proxy.passthrough.append(value);
            } else if (arg == "--har") {
                o->har = value;
            } else if (arg == "--log") {
                o->log = value;
            } else if (arg == "--data-dir") {
                o->dataFolder = value;
            } else if (arg == "--listen") {
                if (!o->proxy.listenAddress.setAddress(value)) {
                    print(stderr,
                          CaptureText::tr("httplens-cli capture: --listen expects an IP address, "
                                          "not \"%1\".\n")
                                  .arg(value));
                    return 2;
                }
            } else {
                o->proxy.credentials = value.toUtf8();
            }
        } else {
            print(stderr,
                  CaptureText::tr("httplens-cli capture: unknown argument \"%1\".\n")
                                  .arg(QString::fromLocal8Bit(arg))
                          + usage());
            return 2;
        }
    }
    if (!o->proxy.listenAddress.isLoopback() && !allowRemote) {
        print(stderr,
              CaptureText::tr("httplens-cli capture: --listen %1 lets other machines use the "
                              "proxy; add --allow-remote and --auth USER:PASS if that is what "
                              "you want.\n")
                      .arg(o->proxy.listenAddress.toString()));
        return 2;
    }
    if (o->dataFolder.isEmpty())
        o->dataFolder = defaultDataFolder();
    return std::nullopt;
}

int showCertificateAuthority(const Options &options)
{
    QString error;
    const QString folder = QDir(options.dataFolder).filePath(QStringLiteral("capture"));
    const std::unique_ptr<Capture::CertificateAuthority> authority
            = Capture::CertificateAuthority::open(folder, &error);
    if (!authority) {
        print(stderr, QStringLiteral("httplens-cli capture: %1\n").arg(error));
        return 1;
    }
    print(stdout,
          Capture::TrustAdvice::full(authority->certificatePath(),
                                     QDir(folder).filePath(
                                             QStringLiteral("httplens-ca-bundle.pem")),
                                     QStringLiteral("http://127.0.0.1:%1").arg(options.proxy.port)));
    print(stdout,
          CaptureText::tr("Its SHA-256 fingerprint: %1\n")
                  .arg(QString::fromLatin1(authority->sha256Fingerprint())));
    return 0;
}

// Runs the command through the proxy; its exit code becomes ours. Once it has ended, the
// connections it left are given a moment to finish recording.
int runCommand(const Options &options, Capture::CaptureSession &session)
{
    QProcess process;
    process.setProgram(options.command.first());
    process.setArguments(options.command.mid(1));
    process.setProcessEnvironment(session.environmentFor(QProcessEnvironment::systemEnvironment()));
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    int exitCode = 0;
    QObject::connect(&process,
                     &QProcess::finished,
                     &process,
                     [&](int code, QProcess::ExitStatus status) {
                         exitCode = status == QProcess::NormalExit ? code : 128 + 15;
                         QElapsedTimer clock;
                         clock.start();
                         auto *poll = new QTimer(&process);
                         QObject::connect(poll, &QTimer::timeout, &process, [&session, clock] {
                             if (session.connectionCount() == 0 || clock.elapsed() > 3000)
                                 QCoreApplication::quit();
                         });
                         poll->start(10);
                     });
    InterruptWatcher interrupts;
    // Ctrl+C reaches the command too (one process group); it decides how to stop.
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &process, [&process] {
        QTimer::singleShot(3000, &process, [&process] { process.terminate(); });
    });
    process.start();
    if (!process.waitForStarted(10000)) {
        print(stderr,
              CaptureText::tr("httplens-cli capture: cannot run %1: %2\n")
                      .arg(options.command.first(), process.errorString()));
        return 127;
    }
    session.setLikelyClients(process.processId());
    QCoreApplication::exec();
    return exitCode;
}

int runUntilInterrupted(const Options &options, Capture::CaptureSession &session)
{
    print(stdout,
          CaptureText::tr("HTTP Lens is capturing on %1. Ctrl+C stops it.\n"
                          "In another shell (bash, zsh):\n%2\nfish:\n%3\n")
                  .arg(session.proxyUrl(),
                       session.exportLines(Capture::CaptureSession::Shell::Posix),
                       session.exportLines(Capture::CaptureSession::Shell::Fish)));
    Q_UNUSED(options)
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &session, [] {
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return 0;
}

} // namespace

int runCaptureCommand(const QList<QByteArray> &arguments)
{
    Options options;
    if (const std::optional<int> code = readOptions(arguments, &options))
        return *code;
    if (options.showCa)
        return showCertificateAuthority(options);
    CaptureRecorder::Options recording;
    if (options.history)
        recording.journal = QDir(options.dataFolder).filePath(QStringLiteral("history.jsonl"));
    recording.har = options.har;
    recording.log = options.log;
    recording.stream = options.command.isEmpty() ? stdout : stderr;
    recording.json = options.json;
    recording.quiet = options.quiet;
    CaptureRecorder recorder(recording);
    QString error;
    if (!recorder.open(&error)) {
        print(stderr, QStringLiteral("httplens-cli capture: %1\n").arg(error));
        return 2;
    }
    Engine engine;
    Capture::CaptureSession session(&engine);
    QObject::connect(&session,
                     &Capture::CaptureSession::captured,
                     &session,
                     [&recorder](const Exchange &exchange) { recorder.record(exchange); });
    if (!session.start(options.proxy, options.dataFolder)) {
        print(stderr, QStringLiteral("httplens-cli capture: %1\n").arg(session.errorString()));
        return session.error() == Capture::CaptureSession::Error::Listen ? 7 : 2;
    }
    for (const QString &message : session.messages())
        print(stderr, QStringLiteral("httplens-cli capture: %1\n").arg(message));
    const int code = options.command.isEmpty() ? runUntilInterrupted(options, session)
                                               : runCommand(options, session);
    session.stop();
    if (!recorder.close(&error))
        print(stderr, QStringLiteral("httplens-cli capture: %1\n").arg(error));
    return code;
}

} // namespace HttpLens
