#pragma once

#include "statuscatalogue.h"

#include <QHash>
#include <QString>

#include <optional>

namespace HttpLens {

// The request and response headers people meet, each with its meaning in English and
// Simplified Chinese, an example field line and the document that defines it. Names are looked
// up case-insensitively.
class HeaderCatalogue
{
public:
    struct Entry
    {
        QByteArray name;   // canonical spelling: "If-None-Match"
        QString direction; // "request", "response" or "both"
        QString spec;
        QByteArray example;
        QString meaning;
    };

    static std::optional<HeaderCatalogue> load(QString *error = nullptr);

    std::optional<Entry> find(const QByteArray &name, Language language) const;
    QList<QByteArray> names() const;

private:
    struct Record
    {
        Entry base;
        QString english;
        QString chinese;
    };
    QHash<QByteArray, Record> m_records; // key: lower-case name
};

} // namespace HttpLens
