#pragma once

#include <QByteArray>

#include <zlib.h>

// bytes in the gzip format (RFC 1952), as a .gz file or Content-Encoding: gzip holds them.
inline QByteArray gzipped(const QByteArray &bytes, int level = Z_DEFAULT_COMPRESSION)
{
    z_stream stream = {};
    deflateInit2(&stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(bytes.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}
