#pragma once

#include "batch/batchchecker.h"

#include <QSet>
#include <QStringList>

namespace HttpLens {

// `httplens-cli check`: many URLs at once, their statuses and, with --state, whether they
// changed since the last run. Returns the exit code: 0 when the run finished whatever the
// statuses, 1 when --fail-on matched, 2 for bad usage, 130 when interrupted.
int runCheckCommand(const QList<QByteArray> &arguments);

QByteArray checkUsage();

// The command line of `check`, read.
struct CheckArguments
{
    CheckOptions options;
    QString input; // a file of URLs, "-" for standard input, empty with --sitemap
    QString sitemap;
    bool json = false;
    QString csv;
    QString state;
    bool resume = false;
    QSet<QString> failOn; // "1xx".."5xx", "error"
    bool quiet = false;
};

struct CheckArgumentsResult
{
    bool ok = false;
    CheckArguments arguments;
    QString error;
    bool help = false;
};
CheckArgumentsResult parseCheckArguments(const QList<QByteArray> &arguments);

} // namespace HttpLens
