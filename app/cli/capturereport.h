#pragma once

#include "model/exchange.h"

#include <QByteArray>

namespace HttpLens {

// How `httplens-cli capture` reports each exchange as it completes: one line for a person, or
// one JSON object per line (--json) with the same facts, as `check --json` does for URLs.
QByteArray captureLine(const Exchange &exchange, qint64 number);
QByteArray captureJson(const Exchange &exchange, qint64 number);

} // namespace HttpLens
