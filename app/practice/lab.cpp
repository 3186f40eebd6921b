#include "lab.h"

#include "languagescope.h"

#include "model/request.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace HttpLens::Practice {

namespace {

// A change of a document that existed: its next version, and Last-Modified the moment of the
// change. Never a later one, not even for two changes within one second: a Last-Modified after
// the response's Date is what RFC 9110 §8.8.2.1 forbids. Such changes share a Last-Modified and
// differ in ETag, which is why If-None-Match decides before If-Modified-Since.
void markChanged(Lab::Document &document, const QDateTime &now)
{
    document.lastModified = now;
    ++document.version;
}

} // namespace

QByteArray Lab::Document::body() const
{
    if (!pristine)
        return content;
    QByteArray text
            = say(QT_TRANSLATE_NOOP(
                          "HttpLens::Practice",
                          "This is the lab document \"%1\".\n"
                          "Fetch it again with If-None-Match set to its ETag and the server "
                          "answers 304 Not Modified.\n"
                          "Change it with PUT /lab/%1 and the next conditional request gets "
                          "200 and the new text.\n"))
                      .arg(QString::fromUtf8(name))
                      .toUtf8();
    for (qsizetype i = 0; i < notes.size(); ++i)
        text += say(QT_TRANSLATE_NOOP("HttpLens::Practice", "Edit %1 at %2."))
                        .arg(i + 2)
                        .arg(notes.at(i).toString(Qt::ISODate))
                        .toUtf8()
                + '\n';
    return text;
}

Validators Lab::Document::validators() const
{
    Validators validators;
    validators.etag.opaque
            = '"' + QCryptographicHash::hash(body(), QCryptographicHash::Sha256).toHex().left(16)
              + '"';
    validators.lastModified = lastModified;
    return validators;
}

bool Lab::isValidName(const QByteArray &name)
{
    return !name.isEmpty() && name.size() <= 64 && isToken(name);
}

const Lab::Document &Lab::document(const QByteArray &name)
{
    auto it = m_documents.find(name);
    if (it == m_documents.end()) {
        Document document;
        document.name = name;
        document.lastModified = m_clock->nowInSeconds();
        it = m_documents.insert(name, document);
    }
    return *it;
}

void Lab::addNote(const QByteArray &name, const QByteArray &lineForContent)
{
    document(name); // created with its first text if it is new
    Document &document = m_documents[name];
    if (!document.pristine) {
        edit(name, document.content + lineForContent);
        return;
    }
    document.notes.append(QTime::currentTime());
    markChanged(document, m_clock->nowInSeconds());
}

bool Lab::edit(const QByteArray &name, const QByteArray &content, const QByteArray &contentType)
{
    Document &document = m_documents[name];
    const bool created = document.lastModified.isNull();
    if (!created && !document.pristine && document.content == content
        && (contentType.isEmpty() || contentType == document.contentType))
        return false;
    document.name = name;
    document.content = content;
    document.pristine = false;
    if (!contentType.isEmpty())
        document.contentType = contentType;
    if (created) {
        document.lastModified = m_clock->nowInSeconds();
        document.version = 1;
    } else {
        markChanged(document, m_clock->nowInSeconds());
    }
    return true;
}

} // namespace HttpLens::Practice
