#pragma once

#include <QByteArray>
#include <QList>

namespace HttpLens {

// httplens-cli capture: the recording proxy, for a command it runs or until Ctrl+C.
int runCaptureCommand(const QList<QByteArray> &arguments);

} // namespace HttpLens
