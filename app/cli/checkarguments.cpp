// The command line of `httplens-cli check`.
#include "checkcommand.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace HttpLens {

namespace {

class ArgumentText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Check)
};

struct Reader
{
    const QList<QByteArray> &arguments;
    qsizetype index = 0;
    CheckArgumentsResult result;

    bool fail(const QString &message)
    {
        result.error = message;
        return false;
    }

    bool value(const QByteArray &option, QByteArray *out)
    {
        if (index + 1 >= arguments.size())
            return fail(ArgumentText::tr("%1 needs a value.").arg(QString::fromUtf8(option)));
        *out = arguments.at(++index);
        return true;
    }

    bool whole(const QByteArray &option, int minimum, int maximum, int *out)
    {
        QByteArray text;
        if (!value(option, &text))
            return false;
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok || number < minimum || number > maximum)
            return fail(ArgumentText::tr("%1 expects a whole number from %2 to %3, not \"%4\".")
                                .arg(QString::fromUtf8(option))
                                .arg(minimum)
                                .arg(maximum)
                                .arg(QString::fromUtf8(text)));
        *out = number;
        return true;
    }

    enum class Unit { Seconds, PerSecond };

    bool positive(const QByteArray &option, Unit unit, double maximum, double *out)
    {
        QByteArray text;
        if (!value(option, &text))
            return false;
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok || !std::isfinite(number) || number <= 0 || number > maximum) {
            const QString sentence
                    = unit == Unit::Seconds
                              ? ArgumentText::tr("%1 expects a number of seconds above 0 and at "
                                                 "most %2, not \"%3\".")
                              : ArgumentText::tr("%1 expects a number of requests per second "
                                                 "above 0 and at most %2, not \"%3\".");
            return fail(sentence.arg(QString::fromUtf8(option))
                                .arg(maximum)
                                .arg(QString::fromUtf8(text)));
        }
        *out = number;
        return true;
    }

    bool failOn(const QByteArray &option)
    {
        QByteArray text;
        if (!value(option, &text))
            return false;
        static const QStringList known{QStringLiteral("1xx"),
                                       QStringLiteral("2xx"),
                                       QStringLiteral("3xx"),
                                       QStringLiteral("4xx"),
                                       QStringLiteral("5xx"),
                                       QStringLiteral("error")};
        for (const QByteArray &part : text.split(',')) {
            const QString name = QString::fromUtf8(part.trimmed()).toLower();
            if (!known.contains(name))
                return fail(ArgumentText::tr("--fail-on takes a list of 1xx, 2xx, 3xx, 4xx, 5xx "
                                             "and error, not \"%1\".")
                                    .arg(name));
            result.arguments.failOn.insert(name);
        }
        return true;
    }

    bool option(const QByteArray &arg);
};

bool Reader::option(const QByteArray &arg)
{
    CheckArguments &a = result.arguments;
    CheckOptions &o = a.options;
    QByteArray text;
    double number = 0;
    if (arg == "--concurrency")
        return whole(arg, 1, 1000, &o.concurrency);
    if (arg == "--per-host")
        return whole(arg, 1, 1000, &o.perHost);
    if (arg == "--retries")
        return whole(arg, 0, 10, &o.retries);
    if (arg == "--max-redirs")
        return whole(arg, 0, 1000, &o.maxRedirects);
    if (arg == "--rate") {
        if (!positive(arg, Unit::PerSecond, 100000, &number))
            return false;
        o.rate = number;
        return true;
    }
    if (arg == "-m" || arg == "--max-time" || arg == "--connect-timeout") {
        if (!positive(arg, Unit::Seconds, 86400, &number))
            return false;
        (arg == "--connect-timeout" ? o.connectTimeoutMs : o.timeoutMs) = qint64(number * 1000);
        return true;
    }
    if (arg == "-H" || arg == "--header") {
        if (!value(arg, &text))
            return false;
        o.headers.append(HeaderLine::fromCurlSyntax(text));
        return true;
    }
    if (arg == "-A" || arg == "--user-agent") {
        if (!value(arg, &o.userAgent))
            return false;
        o.userAgentSet = true;
        return true;
    }
    if (arg == "--sitemap" || arg == "--csv" || arg == "--state") {
        if (!value(arg, &text))
            return false;
        QString &target = arg == "--sitemap" ? a.sitemap : arg == "--csv" ? a.csv : a.state;
        target = QFile::decodeName(text);
        return true;
    }
    if (arg == "--fail-on")
        return failOn(arg);
    if (arg == "-L" || arg == "--location")
        o.followRedirects = true;
    else if (arg == "-I" || arg == "--head")
        o.head = true;
    else if (arg == "-k" || arg == "--insecure")
        o.insecure = true;
    else if (arg == "--json")
        a.json = true;
    else if (arg == "--resume")
        a.resume = true;
    else if (arg == "-q" || arg == "--quiet")
        a.quiet = true;
    else if (arg == "-h" || arg == "--help")
        result.help = true;
    else
        return fail(ArgumentText::tr("Option %1 is not one of check's; see httplens-cli check "
                                     "--help.")
                            .arg(QString::fromUtf8(arg)));
    return true;
}

} // namespace

CheckArgumentsResult parseCheckArguments(const QList<QByteArray> &arguments)
{
    Reader reader{arguments, 0, {}};
    CheckArguments &a = reader.result.arguments;
    for (; reader.index < arguments.size(); ++reader.index) {
        const QByteArray &arg = arguments.at(reader.index);
        if (arg.startsWith('-') && arg != "-") {
            if (!reader.option(arg))
                return reader.result;
            continue;
        }
        if (!a.input.isEmpty()) {
            reader.result.error = ArgumentText::tr("Give one list of URLs (a file, or - for "
                                                   "standard input).");
            return reader.result;
        }
        a.input = QFile::decodeName(arg);
    }
    if (reader.result.help) {
        reader.result.ok = true;
        return reader.result;
    }
    if (a.input.isEmpty() && a.sitemap.isEmpty())
        a.input = QStringLiteral("-");
    if (!a.input.isEmpty() && !a.sitemap.isEmpty()) {
        reader.result.error = ArgumentText::tr(
                "Give either a list of URLs or --sitemap, not both.");
        return reader.result;
    }
    if (a.resume && a.state.isEmpty()) {
        reader.result.error = ArgumentText::tr("--resume continues the run of a --state file; "
                                               "give --state FILE too.");
        return reader.result;
    }
    if (const QString problem = a.options.problem(); !problem.isEmpty()) {
        reader.result.error = problem;
        return reader.result;
    }
    reader.result.ok = true;
    return reader.result;
}

} // namespace HttpLens
