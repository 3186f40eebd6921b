#pragma once

#include "model/exchange.h"

#include <QString>

namespace HttpLens {

// The raw exchange as text, hop by hop: each request head exactly as written and its body,
// every 1xx and final response head exactly as received, and the trailers after the body. One
// rendering serves the window's Raw tab and the CLI's report:
// - Plain: the heads as they are (line ends shown as line breaks), a text request body shown,
//   each body's size on the wire, and the transport error at the end;
// - Terminal: "> " before each line sent and "< " before each line received, control characters
//   shown as \xNN so that a response cannot drive the terminal, request bodies by size only.
enum class TranscriptStyle { Plain, Terminal };
QString transcript(const Exchange &exchange, TranscriptStyle style);

} // namespace HttpLens
