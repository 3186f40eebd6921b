#include "servecommand.h"

#include "practice/practiceserver.h"

#include <QCoreApplication>

#include <cstdio>

namespace HttpLens {

namespace {

constexpr quint16 kDefaultPort = 8808;

QByteArray tr(const char *text)
{
    return QCoreApplication::translate("HttpLens::Serve", text).toUtf8();
}

void print(FILE *stream, const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stream);
    std::fflush(stream);
}

QByteArray usage()
{
    return tr(
            "Usage: httplens-cli serve [--port N] [--bind ADDRESS] [--quiet]\n\n"
            "Runs the HTTP Lens practice server: httpbin-style endpoints, conditional requests\n"
            "evaluated for real, and the /lab documents. Listens on 127.0.0.1:8808 by default;\n"
            "--port 0 picks a free port. Open http://127.0.0.1:PORT/ for the list of endpoints.\n");
}

} // namespace

int runServeCommand(const QStringList &arguments)
{
    Practice::PracticeServer::Options options;
    options.port = kDefaultPort;
    bool quiet = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        const QString value = arguments.value(i + 1);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            print(stdout, usage());
            return 0;
        }
        if (arg == QLatin1String("--quiet") || arg == QLatin1String("-q")) {
            quiet = true;
        } else if (arg == QLatin1String("--port") && i + 1 < arguments.size()) {
            bool ok = false;
            const uint port = value.toUInt(&ok);
            if (!ok || port > 65535) {
                print(stderr,
                      "httplens-cli serve: " + tr("--port expects a number from 0 to 65535, not")
                              + " \"" + value.toUtf8() + "\".\n");
                return 2;
            }
            options.port = quint16(port);
            ++i;
        } else if (arg == QLatin1String("--bind") && i + 1 < arguments.size()) {
            if (!options.address.setAddress(value)) {
                print(stderr,
                      "httplens-cli serve: " + tr("--bind expects an IP address, not") + " \""
                              + value.toUtf8() + "\".\n");
                return 2;
            }
            ++i;
        } else {
            print(stderr,
                  "httplens-cli serve: " + tr("unknown argument") + " \"" + arg.toUtf8() + "\".\n"
                          + usage());
            return 2;
        }
    }

    Practice::PracticeServer server;
    if (!server.listen(options)) {
        print(stderr,
              "httplens-cli serve: " + tr("cannot listen on") + ' '
                      + options.address.toString().toUtf8() + ':' + QByteArray::number(options.port)
                      + ": " + server.errorString().toUtf8() + '\n'
                      + tr("Hint: another program may use that port; try --port 0 for any free "
                           "port.")
                      + '\n');
        return 7;
    }
    if (!options.address.isLoopback())
        print(stderr,
              tr("Warning: the practice server is reachable from other machines on") + ' '
                      + options.address.toString().toUtf8() + tr("; it is meant for loopback use.")
                      + '\n');
    print(stdout, tr("HTTP Lens practice server listening on") + ' ' + server.url().toUtf8() + '\n');
    if (!quiet) {
        QObject::connect(&server,
                         &Practice::PracticeServer::requestServed,
                         &server,
                         [](const QByteArray &method, const QByteArray &target, int status) {
                             print(stderr,
                                   method + ' ' + target.left(200) + " -> "
                                           + QByteArray::number(status) + '\n');
                         });
    }
    return QCoreApplication::exec();
}

} // namespace HttpLens
