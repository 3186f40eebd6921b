#pragma once

#include <QString>

namespace HttpLens {

struct CurlCommand;

// `httplens-cli send --cache DIR`: each request goes through the browser-cache simulator kept in
// DIR. The decision is printed on standard error; a fresh stored response sends nothing, a
// stale one is revalidated with its validators, and every response is recorded into the cache.
int sendThroughCache(const CurlCommand &command, const QString &directory);

} // namespace HttpLens
