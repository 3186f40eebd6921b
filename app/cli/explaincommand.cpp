#include "explaincommand.h"

#include "cli/report.h"
#include "inspector/browsercache.h"
#include "inspector/terminaltext.h"
#include "interop/harreader.h"
#include "knowledge/headercatalogue.h"
#include "knowledge/statuscatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <optional>

namespace HttpLens {

namespace {

class ExplainText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Explain)
};

QString safe(const QString &text)
{
    return QString::fromUtf8(terminalSafe(text.toUtf8()));
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

// The catalogue's texts come in the language asked for; the labels around them in the
// interface's, which --lang sets to the same.
QString describe(const StatusCatalogue::Explanation &e)
{
    QString out = e.title + QLatin1Char('\n');
    using Kind = StatusCatalogue::Explanation::Kind;
    if (e.kind != Kind::NotHttp)
        out += ExplainText::tr("  Class: %1xx %2\n").arg(e.code / 100).arg(e.className);
    if (e.kind == Kind::Registered) {
        const StatusCatalogue::Entry &entry = *e.entry;
        out += (entry.cacheable ? ExplainText::tr("  Defined in: %1 · cacheable by default\n")
                                : ExplainText::tr("  Defined in: %1 · not cacheable by default\n"))
                       .arg(entry.spec);
    } else if (e.kind == Kind::Unofficial) {
        out += ExplainText::tr("  Unofficial code, used by %1 (not in the IANA registry)\n")
                       .arg(e.entry->origin);
    }
    out += QStringLiteral("  ") + e.summary + QStringLiteral("\n\n  ") + e.detail
           + QLatin1Char('\n');
    return out;
}

QString describeHeader(const HeaderCatalogue::Entry &entry)
{
    const QString line = entry.direction == QLatin1String("request")
                                 ? ExplainText::tr("  A request header · defined in: %1\n")
                         : entry.direction == QLatin1String("response")
                                 ? ExplainText::tr("  A response header · defined in: %1\n")
                                 : ExplainText::tr(
                                         "  A request and response header · defined in: %1\n");
    QString out = QString::fromLatin1(entry.name) + QLatin1Char('\n');
    out += line.arg(entry.spec);
    out += QStringLiteral("  ") + entry.meaning + QLatin1Char('\n');
    out += ExplainText::tr("  Example: %1\n").arg(QString::fromLatin1(entry.example));
    return out;
}

// --at: "+3600", "3600", "+90s", "+30m", "+2h" or "+1d", at most ten years.
std::optional<qint64> parseOffset(QString text)
{
    if (text.startsWith(QLatin1Char('+')))
        text.remove(0, 1);
    qint64 unit = 1;
    const QChar last = text.isEmpty() ? QChar() : text.back();
    if (last == QLatin1Char('s') || last == QLatin1Char('m') || last == QLatin1Char('h')
        || last == QLatin1Char('d')) {
        unit = last == QLatin1Char('m')   ? 60
               : last == QLatin1Char('h') ? 3600
               : last == QLatin1Char('d') ? 86400
                                          : 1;
        text.chop(1);
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || text.size() > 12 || value * unit > 10LL * 366 * 86400)
        return std::nullopt;
    return value * unit;
}

// What a browser's cache, fed with the file's exchanges in order, would do with the request of
// this exchange a given time after its response arrived.
// What the entry did to a browser's cache fed with the earlier entries: a 304's refreshed
// fields with their old and new values, or the Vary field that kept a stored response from
// answering it (RFC 9111 §4.1, §4.3.4).
void printAgainstEarlier(BrowserCache &cache, const Exchange &exchange)
{
    const CacheEntry entry = BrowserCache::entryFor(exchange);
    if (entry.status == 0)
        return;
    QString mismatch;
    const bool stored = cache.browser()
                                .find(entry.url, entry.method, entry.requestHeaders, &mismatch)
                                .has_value();
    QStringList lines;
    if (!stored && !mismatch.isEmpty())
        lines.append(mismatch);
    const BrowserCache::Recorded recorded = cache.record(exchange);
    if (recorded.browser.kind == SimulatedCache::Update::Kind::Refreshed)
        lines += BrowserCache::describe(recorded.browser);
    if (lines.isEmpty())
        return;
    print(stdout, ExplainText::tr("Against the earlier entries (a browser's cache)\n"));
    for (const QString &line : lines)
        print(stdout, QStringLiteral("  ") + safe(line) + QLatin1Char('\n'));
}

void printLater(BrowserCache &cache, const Exchange &exchange, qint64 offset)
{
    const CacheEntry entry = BrowserCache::entryFor(exchange);
    if (entry.status == 0)
        return;
    const QDateTime later = entry.responseTime.addSecs(offset);
    const CacheDecision decision
            = cache.decide(entry.url, entry.method, entry.requestHeaders, later).browser;
    print(stdout,
          ExplainText::tr("  %1 s later (%2): %3\n")
                  .arg(offset)
                  .arg(later.toUTC().toString(Qt::ISODate), safe(decision.verdict())));
    for (const QString &step : decision.steps)
        print(stdout, QStringLiteral("    ") + safe(step) + QLatin1Char('\n'));
}

// Findings and caching for every exchange in a HAR file, and with --at what a browser would do
// that much later.
int explainHar(const QString &path, Language language, std::optional<qint64> offset)
{
    constexpr qint64 kMaxHarBytes = 512LL * 1024 * 1024;
    QFile file(path);
    if (QFileInfo(path).size() > kMaxHarBytes) {
        print(stderr,
              ExplainText::tr("httplens-cli explain: %1 is larger than 512 MiB.\n").arg(path));
        return 2;
    }
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : file.open(QIODevice::ReadOnly);
    if (!opened) {
        print(stderr,
              ExplainText::tr("httplens-cli explain: cannot read %1: %2\n")
                      .arg(path, file.errorString()));
        return 26;
    }
    const HarReadResult har = readHar(file.read(kMaxHarBytes));
    if (!har.ok) {
        print(stderr, ExplainText::tr("httplens-cli explain: %1: %2\n").arg(path, har.error));
        return 2;
    }
    const std::optional<StatusCatalogue> catalogue = StatusCatalogue::load();
    BrowserCache cache;
    for (qsizetype i = 0; i < har.exchanges.size(); ++i) {
        const Exchange &exchange = har.exchanges.at(i);
        const Hop *hop = exchange.finalHop();
        // What the file says is shown, never obeyed: its bytes cannot drive the terminal.
        const QString request = safe(QString::fromLatin1(exchange.hops.first().request.method)
                                     + QLatin1Char(' ') + exchange.hops.first().url);
        const QString response = hop ? safe(QStringLiteral("%1 %2")
                                                    .arg(hop->response.status)
                                                    .arg(QString::fromLatin1(hop->response.reason)))
                                     : QString();
        QString head;
        if (!hop)
            head = ExplainText::tr("Entry %1: %2").arg(i + 1).arg(request);
        else if (exchange.hops.size() > 1)
            head = ExplainText::tr("Entry %1: %2 → %3 (%4 hops)")
                           .arg(i + 1)
                           .arg(request, response)
                           .arg(exchange.hops.size());
        else
            head = ExplainText::tr("Entry %1: %2 → %3").arg(i + 1).arg(request, response);
        print(stdout, (i > 0 ? QStringLiteral("\n") : QString()) + head + QLatin1Char('\n'));
        if (hop && catalogue)
            print(stdout,
                  QStringLiteral("  ") + catalogue->explain(hop->response.status, language).summary
                          + QLatin1Char('\n'));
        if (exchange.error.isError())
            print(stdout, QStringLiteral("  ") + safe(exchange.error.sentence) + QLatin1Char('\n'));
        print(stdout, QString::fromUtf8(formatFindings(exchange)));
        print(stdout, QString::fromUtf8(formatCaching(exchange)));
        printAgainstEarlier(cache, exchange);
        if (offset)
            printLater(cache, exchange, *offset);
    }
    if (har.exchanges.isEmpty())
        print(stdout, ExplainText::tr("The HAR file has no entries.\n"));
    return 0;
}

QString usage()
{
    return ExplainText::tr(
            "Usage: httplens-cli explain CODE|HEADER... [--lang en|zh_CN]\n\n"
            "Explains HTTP status codes: every code in the IANA registry and the unofficial ones\n"
            "people meet (nginx, Cloudflare, AWS, IIS, ...). Any other number from 100 to 599 is\n"
            "explained by its class; numbers outside that range are not HTTP status codes.\n"
            "Also explains request and response headers by name (explain etag), and with\n"
            "--har FILE gives the findings for every exchange in a HAR file; with --at +SECONDS\n"
            "(or +30m, +2h, +1d) it also says what a browser's cache would do that much later.\n");
}

} // namespace

int runExplainCommand(const QStringList &arguments)
{
    QString languageName;
    QString harPath;
    std::optional<qint64> offset;
    QStringList topics;
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
        if (arg == QLatin1String("--har") && i + 1 < arguments.size()) {
            harPath = arguments.at(++i);
            continue;
        }
        if (arg == QLatin1String("--at") && i + 1 < arguments.size()) {
            offset = parseOffset(arguments.at(++i));
            if (!offset) {
                print(stderr,
                      ExplainText::tr("httplens-cli explain: --at takes +SECONDS, +MINUTESm, "
                                      "+HOURSh or +DAYSd, at most ten years.\n"));
                return 2;
            }
            continue;
        }
        topics.append(arg);
    }
    if (offset && harPath.isEmpty()) {
        print(stderr, ExplainText::tr("httplens-cli explain: --at needs --har FILE.\n"));
        return 2;
    }
    if (!harPath.isEmpty())
        return explainHar(harPath, languageFor(languageName), offset);
    if (topics.isEmpty()) {
        print(stderr, usage());
        return 2;
    }
    QString error;
    const std::optional<StatusCatalogue> catalogue = StatusCatalogue::load(&error);
    const std::optional<HeaderCatalogue> headers = HeaderCatalogue::load(&error);
    if (!catalogue || !headers) {
        print(stderr, ExplainText::tr("httplens-cli explain: %1\n").arg(error));
        return 1;
    }
    const Language language = languageFor(languageName);
    int exitCode = 0;
    for (qsizetype i = 0; i < topics.size(); ++i) {
        const QString &topic = topics.at(i);
        if (i > 0)
            print(stdout, QStringLiteral("\n"));
        bool isNumber = false;
        const int code = topic.toInt(&isNumber);
        if (isNumber && topic.size() <= 9) {
            print(stdout, describe(catalogue->explain(code, language)));
            continue;
        }
        const std::optional<HeaderCatalogue::Entry> entry = headers->find(topic.toLatin1(),
                                                                          language);
        if (!entry) {
            print(stderr,
                  ExplainText::tr("httplens-cli explain: \"%1\" is neither a status code nor a "
                                  "header in the catalogue.\n")
                          .arg(safe(topic)));
            exitCode = 2;
            continue;
        }
        print(stdout, describeHeader(*entry));
    }
    return exitCode;
}

} // namespace HttpLens
