#include "languagescope.h"

namespace HttpLens::Practice {

namespace {

thread_local LanguageScope *t_scope = nullptr;

bool isSimplifiedChinese(const QByteArray &tag)
{
    return tag == "zh" || tag == "zh-cn" || tag == "zh-sg" || tag.startsWith("zh-hans");
}

} // namespace

LanguageScope::LanguageScope(Language language)
    : m_outer(t_scope)
    , m_language(language)
{
    t_scope = this;
}

LanguageScope::LanguageScope(const QByteArray *rawHead)
    : m_outer(t_scope)
    , m_rawHead(rawHead)
{
    t_scope = this;
}

Language LanguageScope::language() const
{
    if (m_rawHead) {
        m_language = acceptedLanguageInRawHead(*m_rawHead);
        m_rawHead = nullptr;
    }
    return m_language;
}

LanguageScope::~LanguageScope()
{
    t_scope = m_outer;
}

void LanguageScope::negotiate(Response *response) const
{
    if (!m_used)
        return;
    response->setHeader("Content-Language", languageTag(language()));
    QByteArray vary = headerValue(response->headers, "Vary");
    if (!vary.toLower().contains("accept-language"))
        response->setHeader("Vary",
                            vary.isEmpty() ? QByteArray("Accept-Language")
                                           : vary + ", Accept-Language");
}

Language LanguageScope::current()
{
    return t_scope ? t_scope->language() : Language::English;
}

Language acceptedLanguage(const QList<QByteArray> &values)
{
    // The weight each language gets, and where its best tag stands in the list.
    double chinese = 0;
    double english = 0;
    int chineseAt = -1;
    int englishAt = -1;
    int position = 0;
    for (const QByteArray &value : values) {
        for (const QByteArray &item : value.split(',')) {
            const QList<QByteArray> parts = item.split(';');
            const QByteArray tag = parts.first().trimmed().toLower();
            double weight = 1;
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const QByteArray parameter = parts.at(i).trimmed().toLower();
                if (parameter.startsWith("q=")) {
                    bool ok = false;
                    weight = parameter.mid(2).toDouble(&ok);
                    if (!ok || weight < 0 || weight > 1)
                        weight = 0;
                }
            }
            if (isSimplifiedChinese(tag) && weight > chinese) {
                chinese = weight;
                chineseAt = position;
            } else if ((tag == "en" || tag.startsWith("en-") || tag == "*") && weight > english) {
                english = weight;
                englishAt = position;
            }
            ++position;
        }
    }
    if (chinese > english || (chinese > 0 && chinese == english && chineseAt < englishAt))
        return Language::Chinese;
    return Language::English;
}

Language acceptedLanguageInRawHead(const QByteArray &bytes)
{
    QList<QByteArray> values;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    const QByteArray head = end < 0 ? bytes.left(64 * 1024) : bytes.left(end);
    for (const QByteArray &line : head.split('\n')) {
        if (line.size() > 16 && line.left(16).toLower() == "accept-language:")
            values.append(line.mid(16).trimmed());
    }
    return acceptedLanguage(values);
}

QByteArray languageTag(Language language)
{
    return language == Language::Chinese ? "zh-CN" : "en";
}

QString say(const char *source)
{
    if (t_scope)
        t_scope->m_used = true;
    // The core's catalogue, but not the interface's language: the client's.
    return textIn(LanguageScope::current(), "HttpLens::Practice", source);
}

} // namespace HttpLens::Practice
