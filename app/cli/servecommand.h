#pragma once

#include <QStringList>

namespace HttpLens {

// `httplens-cli serve [--port N] [--bind ADDR]`: runs the practice server until interrupted.
int runServeCommand(const QStringList &arguments);

} // namespace HttpLens
