#pragma once

#include <QString>

namespace HttpLens {

// Sizes and durations as HTTP Lens writes them everywhere, in the interface's locale.
// "1.2 kB", "3.4 MB" (decimal units, as browsers' network panels show them).
QString formatByteSize(qint64 bytes);
// "12.3 ms", "1.52 s".
QString formatDuration(qint64 microseconds);

} // namespace HttpLens
