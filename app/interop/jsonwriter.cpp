#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <cmath>

namespace HttpLens {

namespace {

const char kHex[] = "0123456789abcdef";

// The escapes QJsonDocument uses: the short ones where JSON has them, \u00XX for the other
// control characters, everything else as it is (non-ASCII as UTF-8).
void escapeAscii(QByteArray &out, unsigned char c)
{
    switch (c) {
    case '"':
        out += "\\\"";
        return;
    case '\\':
        out += "\\\\";
        return;
    case '\b':
        out += "\\b";
        return;
    case '\f':
        out += "\\f";
        return;
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        break;
    }
    if (c < 0x20 || c == 0x7f) {
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xf];
        return;
    }
    out += char(c);
}

} // namespace

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.empty()) {
        if (!m_empty.back())
            m_out += ',';
        m_empty.back() = false;
    }
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_empty.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_out += '}';
    m_empty.pop_back();
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_out += '[';
    m_empty.push_back(true);
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_out += ']';
    m_empty.pop_back();
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out += '"';
    m_out.append(name.data(), name.size());
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

void JsonWriter::quoted(QStringView text)
{
    m_out += '"';
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x20 && c <= 0x7f && c != '"' && c != '\\')
            continue;
        if (c >= 0x80)
            continue; // encoded with the run it belongs to
        m_out += text.sliced(start, i - start).toUtf8();
        escapeAscii(m_out, static_cast<unsigned char>(c));
        start = i + 1;
    }
    m_out += text.sliced(start).toUtf8();
    m_out += '"';
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    quoted(text);
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView text)
{
    return latin1(QByteArrayView(text.data(), text.size()));
}

JsonWriter &JsonWriter::latin1(QByteArrayView bytes)
{
    separate();
    m_out.reserve(m_out.size() + bytes.size() + 2);
    m_out += '"';
    // Runs of ASCII that needs no escape (DEL included, as QJsonDocument writes it) go in one
    // append; only the rest is looked at byte by byte.
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x20 && c <= 0x7f && c != '"' && c != '\\')
            continue;
        m_out.append(bytes.data() + start, i - start);
        start = i + 1;
        if (c >= 0x80) {
            // One Latin-1 character, two bytes of UTF-8.
            m_out += char(0xc0 | (c >> 6));
            m_out += char(0x80 | (c & 0x3f));
        } else {
            escapeAscii(m_out, c);
        }
    }
    m_out.append(bytes.data() + start, bytes.size() - start);
    m_out += '"';
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(double number)
{
    separate();
    // As QJsonDocument writes a double: a whole number as an integer (1000000, not 1e+06).
    constexpr double exactIntegers = 9007199254740992.0; // 2^53
    if (!std::isfinite(number))
        m_out += "null";
    else if (number == std::trunc(number) && std::fabs(number) < exactIntegers)
        m_out += QByteArray::number(qint64(number));
    else
        m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    m_out += "null";
    return *this;
}

JsonWriter &JsonWriter::value(const QJsonValue &json)
{
    separate();
    if (json.isObject())
        m_out += QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    else if (json.isArray())
        m_out += QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    else if (json.isString())
        quoted(json.toString());
    else if (json.isBool())
        m_out += json.toBool() ? "true" : "false";
    else if (json.isDouble())
        m_out += QByteArray::number(json.toDouble(), 'g', QLocale::FloatingPointShortest);
    else
        m_out += "null";
    return *this;
}

} // namespace HttpLens
