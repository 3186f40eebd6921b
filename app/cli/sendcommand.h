#pragma once

#include <QStringList>

#include <functional>

namespace HttpLens {

// `httplens-cli send`: curl's options in, the exchange out. Returns the process exit code:
// 0 whenever an HTTP response arrived (whatever its status), curl's exit code for the same
// failure otherwise. Writes to the process's standard output and error.
int runSendCommand(const QList<QByteArray> &arguments);

QByteArray sendUsage();

struct CurlCommand;
enum class RequestsDiffer { OnlyInUrl, InAnything };
struct Exchange;
// Sends the command's requests and reports them as `send` does; shared by `send` and `run`.
// observe, when given, sees each finished exchange before it is reported.
int sendRequests(const CurlCommand &command,
                 const char *commandName,
                 RequestsDiffer differ,
                 const std::function<void(const Exchange &)> &observe = {});

} // namespace HttpLens
