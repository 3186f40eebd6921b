#include "terminaltext.h"

#include <algorithm>

namespace HttpLens {

namespace {

QByteArray escaped(unsigned char u)
{
    if (u == '\r')
        return "\\r";
    return "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
}

bool isControl(unsigned char u)
{
    return (u < 0x20 && u != '\t' && u != '\n') || u == 0x7f;
}

} // namespace

QByteArray terminalSafe(QByteArrayView utf8)
{
    // Nearly every line has nothing to escape: it is copied whole.
    const bool plain = std::all_of(utf8.begin(), utf8.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u != '\r' && u != 0xc2 && !isControl(u);
    });
    if (plain)
        return utf8.toByteArray();
    QByteArray out;
    out.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<unsigned char>(utf8.at(i));
        const auto next = i + 1 < utf8.size() ? static_cast<unsigned char>(utf8.at(i + 1)) : 0;
        if (u == '\r' && next == '\n') {
            out += '\r';
        } else if (isControl(u)) {
            out += escaped(u);
        } else if (u == 0xc2 && next >= 0x80 && next <= 0x9f) {
            out += "\\u00" + QByteArray::number(next, 16);
            ++i;
        } else {
            out += char(u);
        }
    }
    return out;
}

QString terminalSafeLatin1(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto u = static_cast<unsigned char>(bytes.at(i));
        if (u == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
            continue;
        if (isControl(u) || (u >= 0x80 && u <= 0x9f))
            out += QString::fromLatin1(escaped(u));
        else
            out += QChar::fromLatin1(char(u));
    }
    return out;
}

} // namespace HttpLens
