#include "explaincommand.h"

#include "knowledge/statuscatalogue.h"

#include <QCoreApplication>

#include <cstdio>

namespace HttpLens {

namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

QString describe(const StatusCatalogue::Explanation &e, Language language)
{
    const bool zh = language == Language::Chinese;
    QString out = e.title + QLatin1Char('\n');
    using Kind = StatusCatalogue::Explanation::Kind;
    if (e.kind != Kind::NotHttp)
        out += (zh ? QStringLiteral("  类别：%1xx %2\n") : QStringLiteral("  Class: %1xx %2\n"))
                       .arg(e.code / 100)
                       .arg(e.className);
    if (e.kind == Kind::Registered) {
        const StatusCatalogue::Entry &entry = *e.entry;
        const QString cacheable = zh ? (entry.cacheable ? QStringLiteral("是")
                                                        : QStringLiteral("否"))
                                     : (entry.cacheable ? QStringLiteral("yes")
                                                        : QStringLiteral("no"));
        out += (zh ? QStringLiteral("  定义：%1 · 默认可缓存：%2\n")
                   : QStringLiteral("  Defined in: %1 · cacheable by default: %2\n"))
                       .arg(entry.spec, cacheable);
    } else if (e.kind == Kind::Unofficial) {
        out += (zh ? QStringLiteral("  非官方状态码，来源：%1（未在 IANA 注册）\n")
                   : QStringLiteral("  Unofficial code, used by %1 (not in the IANA registry)\n"))
                       .arg(e.entry->origin);
    }
    out += QStringLiteral("  ") + e.summary + QStringLiteral("\n\n  ") + e.detail
           + QLatin1Char('\n');
    return out;
}

QString usage()
{
    return QCoreApplication::translate(
            "HttpLens::Explain",
            "Usage: httplens-cli explain CODE... [--lang en|zh_CN]\n\n"
            "Explains HTTP status codes: every code in the IANA registry and the unofficial ones\n"
            "people meet (nginx, Cloudflare, AWS, IIS, ...). Any other number from 100 to 599 is\n"
            "explained by its class; numbers outside that range are not HTTP status codes.\n");
}

} // namespace

int runExplainCommand(const QStringList &arguments)
{
    QString languageName;
    QList<int> codes;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            print(stdout, usage());
            return 0;
        }
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size()) {
            languageName = arguments.at(++i);
            continue;
        }
        bool ok = false;
        const int code = arg.toInt(&ok);
        if (!ok || arg.size() > 9) {
            print(stderr,
                  QStringLiteral("httplens-cli explain: \"%1\" is not a status code.\n").arg(arg)
                          + usage());
            return 2;
        }
        codes.append(code);
    }
    if (codes.isEmpty()) {
        print(stderr, usage());
        return 2;
    }
    QString error;
    const std::optional<StatusCatalogue> catalogue = StatusCatalogue::load(&error);
    if (!catalogue) {
        print(stderr, QStringLiteral("httplens-cli explain: %1\n").arg(error));
        return 1;
    }
    const Language language = languageFor(languageName);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (i > 0)
            print(stdout, QStringLiteral("\n"));
        print(stdout, describe(catalogue->explain(codes.at(i), language), language));
    }
    return 0;
}

} // namespace HttpLens
