#include "lab.h"

#include "languagescope.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace HttpLens::Practice {

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

const Lab::Document &Lab::document(const QByteArray &name)
{
    auto it = m_documents.find(name);
    if (it == m_documents.end()) {
        Document document;
        document.name = name;
        // HTTP dates have one-second resolution; so does Last-Modified here.
        document.lastModified = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(),
                                                              Qt::UTC);
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
    QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    if (now <= document.lastModified)
        now = document.lastModified.addSecs(1);
    document.lastModified = now;
    ++document.version;
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
    QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    // Two edits within one second must still yield a later Last-Modified.
    if (!created && now <= document.lastModified)
        now = document.lastModified.addSecs(1);
    document.lastModified = now;
    document.version = created ? 1 : document.version + 1;
    return true;
}

} // namespace HttpLens::Practice
