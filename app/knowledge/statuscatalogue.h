#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <optional>

namespace HttpLens {

enum class Language { English, Chinese };

// The JSON object of a catalogue compiled into the program (":/httplens/knowledge/NAME").
std::optional<QJsonObject> loadCatalogue(const QString &name, QString *error);

// "zh_CN", "zh", "en", ...; empty picks the default locale (the system's unless the program
// set another with QLocale::setDefault). Unknown languages give English.
Language languageFor(const QString &name = {});

// The translator for the user-facing texts (findings, freshness, reports) in a language;
// nullptr for English, the language they are written in.
std::unique_ptr<QTranslator> translatorFor(Language language);
// A text in a language chosen for it rather than the interface's (the practice server answers
// in its client's): the source, marked with QT_TRANSLATE_NOOP(context, …), or its translation.
QString textIn(Language language, const char *context, const char *source);

// Every status code in the IANA registry and the unofficial ones people meet (nginx, Cloudflare,
// AWS, IIS, ...), each with its reason phrase, origin, defining section, whether it is
// cacheable by default, a one-line meaning and a short paragraph, in English and Simplified
// Chinese. Loaded from the catalogue compiled into the program.
class StatusCatalogue
{
public:
    struct Entry
    {
        int code = 0;
        QByteArray reason;
        QString spec; // "RFC 9110 §15.4.5"; empty for unofficial codes
        bool official = true;
        QString origin; // "IANA", "nginx", "Cloudflare", ...
        bool cacheable = false;
        QString summary;
        QString detail;
    };

    // What `explain` says about any number.
    struct Explanation
    {
        enum class Kind { Registered, Unofficial, ClassOnly, NotHttp };
        Kind kind = Kind::NotHttp;
        int code = 0;
        QString title; // "304 Not Modified"
        QString className;
        QString summary;
        QString detail;
        std::optional<Entry> entry;
    };

    static std::optional<StatusCatalogue> load(QString *error = nullptr);

    std::optional<Entry> find(int code, Language language) const;
    Explanation explain(int code, Language language) const;
    QList<int> codes() const;

private:
    struct Texts
    {
        QString summary;
        QString detail;
    };
    struct Record
    {
        Entry base;
        Texts english;
        Texts chinese;
    };
    QHash<int, Record> m_records;
    QHash<int, std::pair<Texts, Texts>> m_classes; // name in summary, text in detail
    std::pair<Texts, Texts> m_notHttp;
};

} // namespace HttpLens
