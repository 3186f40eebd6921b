#pragma once

#include "interop/har.h"
#include "interop/jsonwriter.h"

namespace HttpLens {

// An exchange's HAR entries (one per hop, as har.h describes them), written as JSON text into
// the array open in `out`: the one writer behind harEntries(), harLog(), the history journal and
// streamed HAR files. Text rather than QJsonObjects, because the journal writes one line per
// exchange and the capture proxy records thousands a second.
void writeHarEntries(JsonWriter &out, const Exchange &exchange, const HarOptions &options = {});

// Exact bytes as rawBytesValue() gives them: a Latin-1 string, or base64 with its encoding.
void writeRawBytes(JsonWriter &out, const QByteArray &bytes);

} // namespace HttpLens
