#include "lessoncondition.h"

#include "knowledge/findings.h"
#include "model/exchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace HttpLens {

namespace {

class LessonText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Lesson)
};

QList<QByteArray> names(const QJsonValue &value)
{
    QList<QByteArray> out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString().toLatin1());
    return out;
}

bool hasAll(const HeaderList &headers, const QList<QByteArray> &wanted)
{
    return std::all_of(wanted.begin(), wanted.end(), [&](const QByteArray &name) {
        return hasHeader(headers, name);
    });
}

const QStringList kKnownKeys = {QStringLiteral("event"),
                                QStringLiteral("path"),
                                QStringLiteral("pathPrefix"),
                                QStringLiteral("method"),
                                QStringLiteral("finalMethod"),
                                QStringLiteral("status"),
                                QStringLiteral("minHops"),
                                QStringLiteral("requestHeaders"),
                                QStringLiteral("absentRequestHeaders"),
                                QStringLiteral("responseHeaders"),
                                QStringLiteral("responseValues"),
                                QStringLiteral("captured"),
                                QStringLiteral("findings"),
                                QStringLiteral("minUnchanged"),
                                QStringLiteral("minSavedBytes")};

} // namespace

bool LessonCondition::parse(const QJsonObject &object, LessonCondition *c, QString *error)
{
    for (const QString &key : object.keys()) {
        if (!kKnownKeys.contains(key)) {
            *error = LessonText::tr("\"until\" has an unknown criterion \"%1\".").arg(key);
            return false;
        }
    }
    const QString event = object.value(QStringLiteral("event")).toString(QStringLiteral("exchange"));
    if (event == QLatin1String("exchange"))
        c->event = Event::Exchange;
    else if (event == QLatin1String("documentChanged"))
        c->event = Event::DocumentChanged;
    else if (event == QLatin1String("servedFromCache"))
        c->event = Event::ServedFromCache;
    else if (event == QLatin1String("checkFinished"))
        c->event = Event::CheckFinished;
    else if (event == QLatin1String("captureStarted"))
        c->event = Event::CaptureStarted;
    else {
        *error = LessonText::tr("\"until\" names an unknown event \"%1\".").arg(event);
        return false;
    }
    c->path = object.value(QStringLiteral("path")).toString();
    c->pathPrefix = object.value(QStringLiteral("pathPrefix")).toString();
    c->method = object.value(QStringLiteral("method")).toString().toLatin1();
    c->finalMethod = object.value(QStringLiteral("finalMethod")).toString().toLatin1();
    const QJsonValue status = object.value(QStringLiteral("status"));
    const QJsonArray codes = status.isArray()                          ? status.toArray()
                             : status.isUndefined() || status.isNull() ? QJsonArray()
                                                                       : QJsonArray{status};
    for (const QJsonValue &item : codes) {
        if (!item.isDouble() || item.toInt() < 100 || item.toInt() > 999) {
            *error = LessonText::tr("\"status\" takes codes from 100 to 999.");
            return false;
        }
        c->statuses.append(item.toInt());
    }
    c->minHops = object.value(QStringLiteral("minHops")).toInt();
    c->requestHeaders = names(object.value(QStringLiteral("requestHeaders")));
    c->absentRequestHeaders = names(object.value(QStringLiteral("absentRequestHeaders")));
    c->responseHeaders = names(object.value(QStringLiteral("responseHeaders")));
    const QJsonObject values = object.value(QStringLiteral("responseValues")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        c->responseValues.append(HeaderField{it.key().toLatin1(), it.value().toString().toLatin1()});
    c->captured = object.value(QStringLiteral("captured")).toBool();
    c->findings = names(object.value(QStringLiteral("findings")));
    c->minUnchanged = qint64(object.value(QStringLiteral("minUnchanged")).toDouble());
    c->minSavedBytes = qint64(object.value(QStringLiteral("minSavedBytes")).toDouble());
    return true;
}

bool LessonCondition::matches(const Exchange &exchange) const
{
    const Hop *last = exchange.finalHop();
    if (event != Event::Exchange || exchange.error.isError() || !last || !last->hasResponse)
        return false;
    const QString url = exchange.effectiveUrl.isEmpty() ? exchange.request.url
                                                        : exchange.effectiveUrl;
    const QString finalPath = QUrl(url).path();
    if ((!path.isEmpty() && finalPath != path)
        || (!pathPrefix.isEmpty() && !finalPath.startsWith(pathPrefix)))
        return false;
    if (!method.isEmpty() && exchange.hops.first().request.method != method)
        return false;
    if (!finalMethod.isEmpty() && last->request.method != finalMethod)
        return false;
    if (!statuses.isEmpty() && !statuses.contains(last->response.status))
        return false;
    if (exchange.hops.size() < minHops)
        return false;
    if (!hasAll(last->request.headers, requestHeaders)
        || !hasAll(last->response.headers, responseHeaders))
        return false;
    for (const QByteArray &name : absentRequestHeaders) {
        if (hasHeader(last->request.headers, name))
            return false;
    }
    for (const HeaderField &field : responseValues) {
        if (headerValue(last->response.headers, field.name) != field.value)
            return false;
    }
    if (captured && !exchange.capture.captured)
        return false;
    if (!findings.isEmpty()) {
        QList<QByteArray> found;
        for (const Finding &finding : findingsFor(exchange))
            found.append(finding.id);
        for (const QByteArray &id : findings) {
            if (!found.contains(id))
                return false;
        }
    }
    return true;
}

} // namespace HttpLens
