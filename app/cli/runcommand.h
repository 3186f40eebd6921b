#pragma once

#include <QByteArray>
#include <QList>

namespace HttpLens {

// `httplens-cli run FILE.http [--name NAME]... [--env NAME] [--env-file FILE] [--list]
// [curl options]`: sends the requests of an .http file (all of them in order, or the named
// ones) and reports them as `send` does. Environments come from http-client.env.json and
// http-client.private.env.json beside the file, as JetBrains' client reads them.
int runRunCommand(const QList<QByteArray> &arguments);

// `httplens-cli convert [--from curl|har|http] --to FORMAT [--entry N] [--name NAME]
// [--env NAME] [--keep-secrets] [FILE|-]`: turns requests from one format into another, or
// into code. HAR output masks secrets unless --keep-secrets is given.
int runConvertCommand(const QList<QByteArray> &arguments);

} // namespace HttpLens
