#include "servecommand.h"

#include "practice/practiceserver.h"

#include <QCoreApplication>

#include <cstdio>

namespace HttpLens {

namespace {

constexpr quint16 kDefaultPort = 8808;

class ServeText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Serve)
};

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString usage()
{
    return ServeText::tr(
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
                      ServeText::tr("httplens-cli serve: --port expects a number from 0 to 65535, "
                                    "not \"%1\".\n")
                              .arg(value));
                return 2;
            }
            options.port = quint16(port);
            ++i;
        } else if (arg == QLatin1String("--bind") && i + 1 < arguments.size()) {
            if (!options.address.setAddress(value)) {
                print(stderr,
                      ServeText::tr(
                              "httplens-cli serve: --bind expects an IP address, not \"%1\".\n")
                              .arg(value));
                return 2;
            }
            ++i;
        } else {
            print(stderr,
                  ServeText::tr("httplens-cli serve: unknown argument \"%1\".\n").arg(arg)
                          + usage());
            return 2;
        }
    }

    Practice::PracticeServer server;
    if (!server.listen(options)) {
        print(stderr,
              ServeText::tr("httplens-cli serve: cannot listen on %1:%2: %3\n"
                            "Hint: another program may use that port; try --port 0 for any free "
                            "port.\n")
                      .arg(options.address.toString())
                      .arg(options.port)
                      .arg(server.errorString()));
        return 7;
    }
    if (!options.address.isLoopback())
        print(stderr,
              ServeText::tr("Warning: the practice server is reachable from other machines on %1; "
                            "it is meant for loopback use.\n")
                      .arg(options.address.toString()));
    print(stdout, ServeText::tr("HTTP Lens practice server listening on %1\n").arg(server.url()));
    if (!quiet) {
        QObject::connect(&server,
                         &Practice::PracticeServer::requestServed,
                         &server,
                         [](const QByteArray &method, const QByteArray &target, int status) {
                             print(stderr,
                                   QStringLiteral("%1 %2 -> %3\n")
                                           .arg(QString::fromLatin1(method),
                                                QString::fromLatin1(target.left(200)))
                                           .arg(status));
                         });
    }
    return QCoreApplication::exec();
}

} // namespace HttpLens
