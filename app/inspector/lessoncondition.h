#pragma once

#include "model/headers.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace HttpLens {

struct Exchange;

// What makes a lesson step done: an event of the given kind that meets every criterion the
// lesson file names. Read from a step's "until" object (resources/lessons/README.md).
struct LessonCondition
{
    enum class Event { Exchange, DocumentChanged, ServedFromCache, CheckFinished, CaptureStarted };
    Event event = Event::Exchange;

    // Event::Exchange: a finished exchange without a transport error.
    QString path;                           // the final URL's path, exactly ...
    QString pathPrefix;                     // ... or starting with this
    QByteArray method;                      // of the first request
    QByteArray finalMethod;                 // of the last hop's request
    QList<int> statuses;                    // the final status is one of these
    int minHops = 0;                        // at least this many hops (redirects followed)
    QList<QByteArray> requestHeaders;       // fields the final request sent
    QList<QByteArray> absentRequestHeaders; // fields it did not send
    QList<QByteArray> responseHeaders;      // fields the final response carried
    HeaderList responseValues;              // fields with exactly these values
    bool captured = false;                  // relayed by the capture proxy for a program
    QList<QByteArray> findings;             // ids of findings the exchange must have

    // Event::CheckFinished: a check of many URLs that ended (not cancelled).
    qint64 minUnchanged = 0;  // at least this many URLs found unchanged
    qint64 minSavedBytes = 0; // at least this many bytes saved by them

    // False with a sentence in error when the object names an unknown event or a bad value.
    static bool parse(const QJsonObject &object, LessonCondition *condition, QString *error);
    bool matches(const Exchange &exchange) const;
};

} // namespace HttpLens
