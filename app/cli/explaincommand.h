#pragma once

#include <QStringList>

namespace HttpLens {

// `httplens-cli explain CODE... [--lang en|zh_CN]`: what a status code means, in English or
// Simplified Chinese (the system language by default).
int runExplainCommand(const QStringList &arguments);

} // namespace HttpLens
