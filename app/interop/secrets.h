#pragma once

#include "model/exchange.h"

#include <QByteArray>
#include <QString>

namespace HttpLens {

// What counts as a secret when exchanges leave HTTP Lens (HAR export): credentials in
// Authorization and Proxy-Authorization, cookie values in Cookie and Set-Cookie, header fields
// named like tokens or API keys, and query or form parameters named like them (token,
// access_token, api_key, password, signature, code, ...). Masking keeps every name, the auth
// scheme and the cookie attributes, so the exchange can still be read and taught from.
inline constexpr char kMasked[] = "[masked]";

bool isSecretHeader(const QByteArray &name);
bool isSecretParameter(const QString &name);

QByteArray maskedHeaderValue(const QByteArray &name, const QByteArray &value);
QString maskedUrl(const QString &url);
// "a=1&password=x" -> "a=1&password=[masked]"; for urlencoded forms and raw query strings.
QByteArray maskedForm(const QByteArray &form);
// A request or response head with the values of secret fields (and the request target's
// secret parameters) masked; line ends and everything else stay byte for byte.
QByteArray maskedHead(const QByteArray &raw, bool isRequest);

// A copy of the exchange as it may be shared: every hop's heads, URLs and urlencoded request
// bodies masked.
Exchange maskedExchange(const Exchange &exchange);

} // namespace HttpLens
