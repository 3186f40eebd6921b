#pragma once

#include <QByteArray>

namespace HttpLens {

// The reason phrase the IANA HTTP Status Code Registry gives a code ("Not Modified" for 304),
// or an empty array for a code it does not register.
QByteArray standardReasonPhrase(int status);

} // namespace HttpLens
