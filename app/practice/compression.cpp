#include "compression.h"

#include <brotli/encode.h>

#include <array>

namespace HttpLens::Practice {

namespace {

void appendLittleEndian(QByteArray &out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out += char((value >> (8 * i)) & 0xff);
}

} // namespace

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

QByteArray deflateEncode(const QByteArray &data)
{
    // qCompress prefixes the zlib stream with the length as four big-endian bytes.
    return qCompress(data).mid(4);
}

QByteArray brotliEncode(const QByteArray &data)
{
    size_t size = BrotliEncoderMaxCompressedSize(size_t(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const bool ok = BrotliEncoderCompress(5,
                                          BROTLI_DEFAULT_WINDOW,
                                          BROTLI_MODE_GENERIC,
                                          size_t(data.size()),
                                          reinterpret_cast<const uint8_t *>(data.constData()),
                                          &size,
                                          reinterpret_cast<uint8_t *>(out.data()));
    if (!ok)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

QByteArray gzipEncode(const QByteArray &data)
{
    const QByteArray zlib = deflateEncode(data);
    // The raw deflate data sits between zlib's 2-byte header and 4-byte Adler-32 trailer.
    const QByteArray raw = zlib.mid(2, zlib.size() - 6);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10); // magic, deflate, no flags, Unix
    out += raw;
    appendLittleEndian(out, crc32(data));
    appendLittleEndian(out, quint32(data.size()));
    return out;
}

QByteArray encodeBody(const QByteArray &data, const QByteArray &coding)
{
    if (coding == "gzip")
        return gzipEncode(data);
    if (coding == "deflate")
        return deflateEncode(data);
    return brotliEncode(data);
}

} // namespace HttpLens::Practice
