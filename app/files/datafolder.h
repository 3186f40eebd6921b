#pragma once

#include <QString>

namespace HttpLens {

// The folder HTTP Lens keeps its history, cookies, settings and the capture's CA in when none
// is given: the platform's application-data location of the window (on Linux
// ~/.local/share/HttpLens/httplens), so that `httplens-cli capture` records into the history
// the window shows and uses the CA the window's Capture view made.
QString defaultDataFolder();

} // namespace HttpLens
