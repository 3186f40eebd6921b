#include "mainwindow.h"
#include "startupbenchmark.h"

#include "capture/capturesession.h"
#include "cookies/cookiejar.h"
#include "files/datafiles.h"
#include "http/engine.h"
#include "inspector/history.h"
#include "inspector/inspectorsession.h"
#include "inspector/lessonplayer.h"
#include "inspector/walkthrough.h"
#include "inspector/workspace.h"
#include "knowledge/headercatalogue.h"
#include "knowledge/localization.h"
#include "knowledge/statuscatalogue.h"
#include "knowledge/versioninfo.h"
#include "practice/practiceserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace HttpLens;

namespace {

class MainText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Main)
};

struct StartOptions
{
    QString dataFolder; // empty: keep nothing on disk
    bool practice = true;
    int practicePort = -1; // -1: 8808, or any free port when that is taken
    bool measure = false;
    int fill = 0;
};

// --help and --version need no display: they are answered without starting the GUI.
bool answersWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all"
            || argument == "--version" || argument == "-v")
            return true;
    }
    return false;
}

// Reads the command line; --help and --version print and exit here.
StartOptions readCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    const QString versions = VersionInfo::text(QStringLiteral("httplens"));
    parser.setApplicationDescription(MainText::tr("HTTP Lens: an HTTP request inspector") + u'\n'
                                     + versions.trimmed());
    parser.addHelpOption();
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     MainText::tr("Show the versions of HTTP Lens, libcurl and "
                                                  "Qt."));
    parser.addOption(version);
    const QCommandLineOption practicePort(
            QStringLiteral("practice-port"),
            MainText::tr("Port of the built-in practice server (default 8808, or any free port)."),
            MainText::tr("port"));
    const QCommandLineOption noPractice(QStringLiteral("no-practice"),
                                        MainText::tr("Do not start the practice server."));
    const QCommandLineOption
            measure(QStringLiteral("measure-startup"),
                    MainText::tr("Print start-up time and memory, then quit (benchmark)."));
    const QCommandLineOption fill(QStringLiteral("measure-history"),
                                  MainText::tr("With --measure-startup: send N requests to the "
                                               "practice server first and report memory."),
                                  QStringLiteral("N"));
    const QCommandLineOption dataDir(
            QStringLiteral("data-dir"),
            MainText::tr("Keep history, cookies, environments and settings in this folder instead "
                         "of the platform's application-data location."),
            MainText::tr("folder"));
    const QCommandLineOption noData(QStringLiteral("no-data"),
                                    MainText::tr("Keep nothing on disk (a throw-away session)."));
    parser.addOptions({practicePort, noPractice, measure, fill, dataDir, noData});
    parser.process(app);
    if (parser.isSet(version)) {
        const QByteArray text = versions.toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        std::exit(0);
    }

    StartOptions options;
    // Everything HTTP Lens keeps lives in one folder, settings included.
    options.dataFolder = parser.isSet(noData) ? QString()
                         : parser.isSet(dataDir)
                                 ? parser.value(dataDir)
                                 : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.practice = !parser.isSet(noPractice);
    if (parser.isSet(practicePort))
        options.practicePort = int(parser.value(practicePort).toUInt());
    options.measure = parser.isSet(measure);
    options.fill = parser.value(fill).toInt();
    return options;
}

bool startPractice(Practice::PracticeServer *practice, const StartOptions &start)
{
    if (!start.practice)
        return false;
    Practice::PracticeServer::Options options;
    options.port = quint16(start.practicePort >= 0 ? start.practicePort : 8808);
    bool running = practice->listen(options);
    if (!running && start.practicePort < 0) {
        // 8808 is taken (perhaps by `httplens-cli serve`): any free port will do.
        options.port = 0;
        running = practice->listen(options);
    }
    if (!running)
        std::fprintf(stderr,
                     "%s\n",
                     qPrintable(MainText::tr("httplens: the practice server could not start: %1")
                                        .arg(practice->errorString())));
    return running;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool windowless = answersWithoutWindow(argc, argv);
    std::unique_ptr<QCoreApplication> app = windowless
                                                    ? std::make_unique<QCoreApplication>(argc, argv)
                                                    : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HttpLens"));
    QCoreApplication::setApplicationName(QStringLiteral("httplens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HTTPLENS_VERSION));
    if (!windowless) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("HTTP Lens"));
        QGuiApplication::setDesktopFileName(QStringLiteral("org.httplens.HttpLens"));
        QIcon icon;
        for (const int size : {16, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/httplens/icons/httplens-%1.png").arg(size),
                         QSize(size, size));
        QGuiApplication::setWindowIcon(icon);
    }
    // Before the command line is read, so that --help speaks the interface language.
    const Localization localization({QStringLiteral("httplens"), QStringLiteral("httplens_ui")});
    const StartOptions start = readCommandLine(*app);
    if (!start.dataFolder.isEmpty()) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, start.dataFolder);
        QString error;
        if (!ensureSecretFile(QSettings().fileName(), &error))
            std::fprintf(stderr, "httplens: %s\n", qPrintable(error));
    }

    const std::optional<StatusCatalogue> statuses = StatusCatalogue::load();
    const std::optional<HeaderCatalogue> headers = HeaderCatalogue::load();

    Practice::PracticeServer practice;
    const bool practiceRunning = startPractice(&practice, start);

    Engine engine;
    Capture::CaptureSession capture(&engine);
    History history;
    CookieJar jar;
    Walkthrough walkthrough;
    QStringList lessonProblems;
    LessonPlayer lessons(Lesson::builtIn(&lessonProblems));
    Workspace workspace(start.dataFolder, &history, &jar);
    QElapsedTimer openClock;
    openClock.start();
    const QStringList openMessages = workspace.open();
    const qint64 openMs = openClock.elapsed();
    InspectorSession::Parts parts;
    parts.engine = &engine;
    parts.history = &history;
    parts.jar = &jar;
    parts.walkthrough = &walkthrough;
    parts.workspace = &workspace;
    parts.practice = practiceRunning ? &practice : nullptr;
    parts.lessons = &lessons;
    parts.capture = &capture;
    InspectorSession session(parts);
    Services services;
    services.session = &session;
    services.history = &history;
    services.jar = &jar;
    services.walkthrough = &walkthrough;
    services.lessons = &lessons;
    services.lessonProblems = lessonProblems;
    services.workspace = &workspace;
    services.practice = practiceRunning ? &practice : nullptr;
    services.statuses = statuses ? &*statuses : nullptr;
    services.headers = headers ? &*headers : nullptr;
    services.capture = &capture;
    services.dataFolder = start.dataFolder;

    MainWindow window(services);
    for (const QString &message : openMessages)
        window.showNotice(message);

    if (start.measure)
        new StartupBenchmark(&window,
                             &history,
                             practiceRunning ? &practice : nullptr,
                             openMs,
                             start.fill);
    window.show();
    return QApplication::exec();
}
