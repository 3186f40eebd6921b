#pragma once

#include "conditional.h"
#include "serverclock.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTime>

namespace HttpLens::Practice {

// The lab documents behind /lab/{name}: each has a strong ETag derived from its content and a
// Last-Modified that moves only when the content really changes, so a conditional GET answers
// 304 until somebody edits the document.
class Lab
{
public:
    // Dates come from the server's clock, which outlives the lab.
    explicit Lab(const ServerClock *clock)
        : m_clock(clock)
    {}

    struct Document
    {
        QByteArray name;
        QByteArray content;   // as last PUT; empty while the document keeps its first text
        bool pristine = true; // never PUT: its text follows the client's language
        QList<QTime> notes;   // the edits noted on it since (Practice → Change the lab document)
        QByteArray contentType = "text/plain; charset=utf-8";
        QDateTime lastModified;
        int version = 1;

        // What GET answers: the content, or the first text in the language of the answer.
        QByteArray body() const;
        Validators validators() const; // the ETag is the body's, so it differs by language
    };

    // Lab documents are named with 1 to 64 token characters (letters, digits, -._~ and the like).
    static bool isValidName(const QByteArray &name);

    // The document, created with a default text the first time a name is asked for.
    const Document &document(const QByteArray &name);
    bool contains(const QByteArray &name) const { return m_documents.contains(name); }
    // Replaces the content; returns true when it changed (and with it ETag and Last-Modified).
    bool edit(const QByteArray &name, const QByteArray &content, const QByteArray &contentType = {});
    // Changes the document without choosing its words: a line "Edit N at TIME." at its end, in
    // the reader's language while the document keeps its first text, or as given (in the
    // writer's language) once somebody has PUT their own.
    void addNote(const QByteArray &name, const QByteArray &lineForContent);

private:
    const ServerClock *m_clock;
    QHash<QByteArray, Document> m_documents;
};

} // namespace HttpLens::Practice
