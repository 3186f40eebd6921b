#pragma once

#include "knowledge/statuscatalogue.h"
#include "response.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace HttpLens::Practice {

// The practice server speaks the client's language: its human-readable texts (lab documents,
// the cookie lab, error bodies, the list at GET /) follow the request's Accept-Language, in
// Simplified Chinese or English (the default), and the answer says so with Content-Language and
// Vary: Accept-Language, a lesson in content negotiation.
//
// A LanguageScope holds the language of the one answer being written on this thread; say()
// reads it and notes that the answer followed it. Scopes nest (the innermost counts) and end with
// the answer. Outside any scope, texts are English.
class LanguageScope
{
    Q_DISABLE_COPY_MOVE(LanguageScope)

public:
    explicit LanguageScope(Language language);
    // For bytes not parsed yet (a request the parser may refuse): they are searched for an
    // Accept-Language only if a text of the answer needs the language, so a request that parses
    // costs nothing. rawHead must outlive the scope.
    explicit LanguageScope(const QByteArray *rawHead);
    ~LanguageScope();

    Language language() const;
    // Content-Language and Vary: Accept-Language, when a text of the answer followed the
    // language.
    void negotiate(Response *response) const;

    // The language of the innermost scope; English outside any.
    static Language current();

private:
    friend QString say(const char *source);

    LanguageScope *m_outer;
    mutable const QByteArray *m_rawHead
            = nullptr; // read on first use, then m_language holds the answer
    mutable Language m_language = Language::English;
    bool m_used = false;
};

// What an Accept-Language field asks for (RFC 9110 §12.5.4): Chinese when a Simplified Chinese
// tag (zh, zh-CN, zh-SG, zh-Hans…) weighs more than English, or comes first at equal weight.
Language acceptedLanguage(const QList<QByteArray> &values);
// The same from request bytes not parsed yet, for the answer to a request that cannot be parsed.
Language acceptedLanguageInRawHead(const QByteArray &bytes);
QByteArray languageTag(Language language); // "en", "zh-CN"

// A text of the practice server in the language of the answer being written. The source is
// marked for lupdate: say(QT_TRANSLATE_NOOP("HttpLens::Practice", "…")).
QString say(const char *source);

} // namespace HttpLens::Practice
