#pragma once

#include <QByteArray>

namespace HttpLens::Practice {

// Content codings for the practice server's /gzip, /deflate, /brotli and gzip-bomb endpoints,
// built on the zlib inside Qt and on libbrotlienc: "gzip" is RFC 1952, "deflate" in HTTP means the zlib format of RFC 1950.
QByteArray gzipEncode(const QByteArray &data);
QByteArray deflateEncode(const QByteArray &data);
QByteArray brotliEncode(const QByteArray &data);
// The body in a content coding named as HTTP names it: gzip, deflate or br.
QByteArray encodeBody(const QByteArray &data, const QByteArray &coding);
quint32 crc32(const QByteArray &data);

} // namespace HttpLens::Practice
