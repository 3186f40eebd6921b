#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <vector>

class QJsonValue;

namespace HttpLens {

// Compact JSON text written as it goes, for the documents HTTP Lens writes often and large: a
// history journal line per exchange, HAR entries. Several times faster than building a
// QJsonObject and asking QJsonDocument for its text, which costs an allocation per value; the
// text reads the same (keys in the order written, strings escaped as QJsonDocument does).
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 4096);

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QLatin1StringView name); // ASCII names, written as they are
    JsonWriter &value(const QString &text);
    JsonWriter &value(QLatin1StringView text);
    JsonWriter &latin1(QByteArrayView bytes); // each byte a character (raw HTTP bytes)
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(double number);
    JsonWriter &value(bool flag);
    JsonWriter &null();
    // Anything else, as QJsonDocument writes it (for the odd nested object).
    JsonWriter &value(const QJsonValue &json);

    const QByteArray &text() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void separate();
    void quoted(QStringView text);

    QByteArray m_out;
    std::vector<bool> m_empty; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace HttpLens
