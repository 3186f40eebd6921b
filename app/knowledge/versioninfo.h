#pragma once

#include <QString>

namespace HttpLens {

// What --version and --help say about a program of HTTP Lens, in the interface language: its
// version, and the versions of libcurl (with its TLS library and features) and Qt it runs with.
class VersionInfo
{
public:
    static QString text(const QString &program);
    static QString libcurl(); // "7.88.1 (OpenSSL/3.0.17, HTTP/2, brotli, zstd, libpsl)"
    static QString qt();      // "6.4.2", with the version built against when it differs
};

} // namespace HttpLens
