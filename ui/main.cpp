#include "localization.h"
#include "mainwindow.h"
#include "startupbenchmark.h"

#include "cookies/cookiejar.h"
#include "http/engine.h"
#include "inspector/history.h"
#include "inspector/inspectorsession.h"
#include "inspector/walkthrough.h"
#include "knowledge/headercatalogue.h"
#include "knowledge/statuscatalogue.h"
#include "practice/practiceserver.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

using namespace HttpLens;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HttpLens"));
    QApplication::setApplicationName(QStringLiteral("httplens"));
    QApplication::setApplicationDisplayName(QStringLiteral("HTTP Lens"));
    QApplication::setApplicationVersion(QStringLiteral(HTTPLENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("httplens"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("HTTP Lens: an HTTP request inspector"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption practicePort(QStringLiteral("practice-port"),
                                          QStringLiteral("Port of the built-in practice server "
                                                         "(default 8808, or any free port)."),
                                          QStringLiteral("port"));
    const QCommandLineOption noPractice(QStringLiteral("no-practice"),
                                        QStringLiteral("Do not start the practice server."));
    const QCommandLineOption measure(QStringLiteral("measure-startup"),
                                     QStringLiteral("Print start-up time and memory, then quit "
                                                    "(benchmark)."));
    const QCommandLineOption fill(QStringLiteral("measure-history"),
                                  QStringLiteral("With --measure-startup: send N requests to the "
                                                 "practice server first and report memory."),
                                  QStringLiteral("N"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep history, cookies, environments and "
                                                    "settings in this folder instead of the "
                                                    "platform's application-data location."),
                                     QStringLiteral("folder"));
    const QCommandLineOption noData(QStringLiteral("no-data"),
                                    QStringLiteral("Keep nothing on disk (a throw-away session)."));
    parser.addOptions({practicePort, noPractice, measure, fill, dataDir, noData});
    parser.process(app);

    // Everything HTTP Lens keeps lives in one folder, settings included.
    const QString dataFolder = parser.isSet(noData)    ? QString()
                               : parser.isSet(dataDir) ? parser.value(dataDir)
                                                       : QStandardPaths::writableLocation(
                                                               QStandardPaths::AppDataLocation);
    if (!dataFolder.isEmpty()) {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataFolder);
    }

    const Localization localization;

    const std::optional<StatusCatalogue> statuses = StatusCatalogue::load();
    const std::optional<HeaderCatalogue> headers = HeaderCatalogue::load();

    Practice::PracticeServer practice;
    bool practiceRunning = false;
    if (!parser.isSet(noPractice)) {
        Practice::PracticeServer::Options options;
        options.port = quint16(parser.isSet(practicePort) ? parser.value(practicePort).toUInt()
                                                          : 8808);
        practiceRunning = practice.listen(options);
        if (!practiceRunning && !parser.isSet(practicePort)) {
            // 8808 is taken (perhaps by `httplens-cli serve`): any free port will do.
            options.port = 0;
            practiceRunning = practice.listen(options);
        }
        if (!practiceRunning)
            std::fprintf(stderr,
                         "httplens: the practice server could not start: %s\n",
                         qPrintable(practice.errorString()));
    }

    Engine engine;
    History history;
    CookieJar jar;
    Walkthrough walkthrough;
    Workspace workspace(dataFolder, &history, &jar);
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
    InspectorSession session(parts);
    Services services;
    services.session = &session;
    services.history = &history;
    services.jar = &jar;
    services.walkthrough = &walkthrough;
    services.workspace = &workspace;
    services.practice = practiceRunning ? &practice : nullptr;
    services.statuses = statuses ? &*statuses : nullptr;
    services.headers = headers ? &*headers : nullptr;

    MainWindow window(services);
    for (const QString &message : openMessages)
        window.showNotice(message);

    if (parser.isSet(measure))
        new StartupBenchmark(&window,
                             &history,
                             practiceRunning ? &practice : nullptr,
                             openMs,
                             parser.value(fill).toInt());
    window.show();
    return QApplication::exec();
}
