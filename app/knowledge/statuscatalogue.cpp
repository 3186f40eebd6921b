#include "statuscatalogue.h"

#include "knowledge/localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace HttpLens {

std::optional<QJsonObject> loadCatalogue(const QString &name, QString *error)
{
    QFile file(QStringLiteral(":/httplens/knowledge/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the catalogue %1 is missing from the program").arg(name);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = QStringLiteral("the catalogue %1 is damaged: %2")
                             .arg(name, parseError.errorString());
        return std::nullopt;
    }
    return document.object();
}

Language languageFor(const QString &name)
{
    const QString chosen = name.isEmpty() ? QLocale().name() : name;
    return chosen.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) ? Language::Chinese
                                                                       : Language::English;
}

std::unique_ptr<QTranslator> translatorFor(Language language)
{
    if (language != Language::Chinese)
        return nullptr;
    return Localization::catalogue(QStringLiteral("httplens"), QStringLiteral("zh_CN"));
}

QString textIn(Language language, const char *context, const char *source)
{
    if (language == Language::Chinese) {
        // Read once and never installed.
        static const std::unique_ptr<QTranslator> chinese = translatorFor(Language::Chinese);
        if (chinese) {
            const QString text = chinese->translate(context, source);
            if (!text.isEmpty())
                return text;
        }
    }
    return QString::fromUtf8(source);
}

std::optional<StatusCatalogue> StatusCatalogue::load(QString *error)
{
    const std::optional<QJsonObject> loaded = loadCatalogue(QStringLiteral("status.json"), error);
    if (!loaded)
        return std::nullopt;
    const QJsonObject &root = *loaded;
    auto texts = [](const QJsonObject &object, const char *summaryKey, const char *detailKey) {
        return Texts{object.value(QLatin1String(summaryKey)).toString(),
                     object.value(QLatin1String(detailKey)).toString()};
    };
    StatusCatalogue catalogue;
    const QJsonArray codes = root.value(QStringLiteral("codes")).toArray();
    for (const QJsonValue &value : codes) {
        const QJsonObject object = value.toObject();
        Record record;
        record.base.code = object.value(QStringLiteral("code")).toInt();
        record.base.reason = object.value(QStringLiteral("reason")).toString().toLatin1();
        record.base.spec = object.value(QStringLiteral("spec")).toString();
        record.base.official = object.value(QStringLiteral("official")).toBool();
        record.base.origin = object.value(QStringLiteral("origin")).toString();
        record.base.cacheable = object.value(QStringLiteral("cacheable")).toBool();
        record.english = texts(object.value(QStringLiteral("en")).toObject(), "summary", "detail");
        record.chinese = texts(object.value(QStringLiteral("zh_CN")).toObject(),
                               "summary",
                               "detail");
        catalogue.m_records.insert(record.base.code, record);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject object = value.toObject();
        catalogue.m_classes
                .insert(object.value(QStringLiteral("class")).toInt(),
                        {texts(object.value(QStringLiteral("en")).toObject(), "name", "summary"),
                         texts(object.value(QStringLiteral("zh_CN")).toObject(), "name", "summary")});
    }
    const QJsonObject notHttp = root.value(QStringLiteral("notHttp")).toObject();
    catalogue.m_notHttp
            = {texts(notHttp.value(QStringLiteral("en")).toObject(), "summary", "detail"),
               texts(notHttp.value(QStringLiteral("zh_CN")).toObject(), "summary", "detail")};
    if (catalogue.m_records.isEmpty() || catalogue.m_classes.size() != 5) {
        if (error)
            *error = QStringLiteral("the status catalogue is incomplete");
        return std::nullopt;
    }
    return catalogue;
}

std::optional<StatusCatalogue::Entry> StatusCatalogue::find(int code, Language language) const
{
    const auto it = m_records.constFind(code);
    if (it == m_records.cend())
        return std::nullopt;
    Entry entry = it->base;
    const Texts &texts = language == Language::Chinese ? it->chinese : it->english;
    entry.summary = texts.summary;
    entry.detail = texts.detail;
    return entry;
}

StatusCatalogue::Explanation StatusCatalogue::explain(int code, Language language) const
{
    Explanation explanation;
    explanation.code = code;
    const bool chinese = language == Language::Chinese;
    if (code < 100 || code > 599) {
        const Texts &texts = chinese ? m_notHttp.second : m_notHttp.first;
        explanation.kind = Explanation::Kind::NotHttp;
        explanation.title = QString::number(code);
        explanation.summary = texts.summary;
        explanation.detail = texts.detail;
        return explanation;
    }
    const auto &classTexts = m_classes.value(code / 100);
    const Texts &cls = chinese ? classTexts.second : classTexts.first;
    explanation.className = cls.summary;
    explanation.entry = find(code, language);
    if (explanation.entry) {
        const Entry &entry = *explanation.entry;
        explanation.kind = entry.official ? Explanation::Kind::Registered
                                          : Explanation::Kind::Unofficial;
        explanation.title = QString::number(code) + QLatin1Char(' ')
                            + QString::fromLatin1(entry.reason);
        explanation.summary = entry.summary;
        explanation.detail = entry.detail;
        return explanation;
    }
    explanation.kind = Explanation::Kind::ClassOnly;
    explanation.title = QString::number(code);
    explanation.summary = textIn(language,
                                 "HttpLens::StatusCatalogue",
                                 QT_TRANSLATE_NOOP("HttpLens::StatusCatalogue",
                                                   "An unregistered code; clients treat it by its "
                                                   "class, %1xx %2."))
                                  .arg(code / 100)
                                  .arg(cls.summary);
    explanation.detail = cls.detail;
    return explanation;
}

QList<int> StatusCatalogue::codes() const
{
    QList<int> list = m_records.keys();
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace HttpLens
