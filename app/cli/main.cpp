#include "cli/capturecommand.h"
#include "cli/checkcommand.h"
#include "cli/explaincommand.h"
#include "cli/runcommand.h"
#include "cli/sendcommand.h"
#include "cli/servecommand.h"
#include "knowledge/localization.h"
#include "knowledge/statuscatalogue.h"
#include "knowledge/versioninfo.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void printUsage(FILE *stream)
{
    const QByteArray text
            = QCoreApplication::translate(
                      "main",
                      "Usage: httplens-cli COMMAND [options]\n\n"
                      "Commands:\n"
                      "  send [options] URL...   send requests with curl's options and show every "
                      "byte\n"
                      "  run FILE.http [--name N] send the requests of an .http file\n"
                      "  check [FILE|--sitemap S] the status of many URLs, and which changed\n"
                      "  convert --to FORMAT     turn curl, HAR or .http requests into another "
                      "format or code\n"
                      "  serve [--port N]        run the practice server on loopback\n"
                      "  capture [-- COMMAND]    record what another program sends and gets "
                      "back (a proxy)\n"
                      "  explain CODE|HEADER...  what a status code or a header means\n\n"
                      "--lang en|zh_CN chooses the language of explanations (default: the "
                      "system's).\n"
                      "Run 'httplens-cli COMMAND --help' for the options of a command; --version "
                      "shows the versions of HTTP Lens, libcurl and Qt.\n")
                      .toUtf8();
    const QByteArray versions = HttpLens::VersionInfo::text(QStringLiteral("httplens-cli")).toUtf8();
    std::fwrite(versions.constData(), 1, size_t(versions.size()), stream);
    std::fwrite("\n", 1, 1, stream);
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
}

} // namespace

int main(int argc, char **argv)
{
    // The command line needs no desktop main-loop integration; Qt's own event dispatcher is
    // lighter than the GLib one for thousands of socket events.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("httplens-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("HTTP Lens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HTTPLENS_VERSION));

    // The arguments as bytes: a request body or header given on the command line is sent exactly
    // as it was typed, whatever the locale's encoding.
    QList<QByteArray> rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.append(QByteArray(argv[i]));
    if (rawArguments.isEmpty()) {
        printUsage(stderr);
        return 2;
    }
    // --lang applies to every command: it sets the default locale the texts follow.
    for (qsizetype i = 0; i + 1 < rawArguments.size(); ++i) {
        if (rawArguments.at(i) == "--lang") {
            QLocale::setDefault(QLocale(QString::fromLocal8Bit(rawArguments.at(i + 1))));
            rawArguments.remove(i, 2);
            break;
        }
    }
    QStringList arguments;
    for (const QByteArray &argument : std::as_const(rawArguments))
        arguments.append(QString::fromLocal8Bit(argument));
    rawArguments.removeFirst();
    const HttpLens::Localization localization;
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        printUsage(stdout);
        return 0;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-V")) {
        const QByteArray text = HttpLens::VersionInfo::text(QStringLiteral("httplens-cli")).toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return 0;
    }
    if (command == QLatin1String("send"))
        return HttpLens::runSendCommand(rawArguments);
    if (command == QLatin1String("check"))
        return HttpLens::runCheckCommand(rawArguments);
    if (command == QLatin1String("run"))
        return HttpLens::runRunCommand(rawArguments);
    if (command == QLatin1String("convert"))
        return HttpLens::runConvertCommand(rawArguments);
    if (command == QLatin1String("capture"))
        return HttpLens::runCaptureCommand(rawArguments);
    if (command == QLatin1String("serve"))
        return HttpLens::runServeCommand(arguments);
    if (command == QLatin1String("explain"))
        return HttpLens::runExplainCommand(arguments);
    const QByteArray message
            = QCoreApplication::translate("main", "httplens-cli: unknown command \"%1\".\n")
                      .arg(command)
                      .toUtf8();
    std::fwrite(message.constData(), 1, size_t(message.size()), stderr);
    printUsage(stderr);
    return 2;
}
