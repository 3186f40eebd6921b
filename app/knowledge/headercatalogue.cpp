#include "headercatalogue.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace HttpLens {

std::optional<HeaderCatalogue> HeaderCatalogue::load(QString *error)
{
    const std::optional<QJsonObject> root = loadCatalogue(QStringLiteral("headers.json"), error);
    if (!root)
        return std::nullopt;
    HeaderCatalogue catalogue;
    for (const QJsonValue &value : root->value(QStringLiteral("headers")).toArray()) {
        const QJsonObject object = value.toObject();
        Record record;
        record.base.name = object.value(QStringLiteral("name")).toString().toLatin1();
        record.base.direction = object.value(QStringLiteral("direction")).toString();
        record.base.spec = object.value(QStringLiteral("spec")).toString();
        record.base.example = object.value(QStringLiteral("example")).toString().toLatin1();
        record.english = object.value(QStringLiteral("en"))
                                 .toObject()
                                 .value(QStringLiteral("meaning"))
                                 .toString();
        record.chinese = object.value(QStringLiteral("zh_CN"))
                                 .toObject()
                                 .value(QStringLiteral("meaning"))
                                 .toString();
        catalogue.m_records.insert(record.base.name.toLower(), record);
    }
    if (catalogue.m_records.isEmpty()) {
        if (error)
            *error = QStringLiteral("the header catalogue is empty");
        return std::nullopt;
    }
    return catalogue;
}

std::optional<HeaderCatalogue::Entry> HeaderCatalogue::find(const QByteArray &name,
                                                            Language language) const
{
    const auto it = m_records.constFind(name.trimmed().toLower());
    if (it == m_records.cend())
        return std::nullopt;
    Entry entry = it->base;
    entry.meaning = language == Language::Chinese ? it->chinese : it->english;
    return entry;
}

QList<QByteArray> HeaderCatalogue::names() const
{
    QList<QByteArray> list;
    for (const Record &record : m_records)
        list.append(record.base.name);
    std::sort(list.begin(), list.end(), [](const QByteArray &a, const QByteArray &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    return list;
}

} // namespace HttpLens
