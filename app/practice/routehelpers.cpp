#include "routehelpers.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace HttpLens::Practice {

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Response json(int status, const QJsonObject &object)
{
    return Response::text(status, jsonBytes(object), "application/json");
}

QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QList<std::pair<QString, QString>> queryItems(const ParsedRequest &request)
{
    return QUrlQuery(QString::fromUtf8(request.query())).queryItems(QUrl::FullyDecoded);
}

// The fields of an application/x-www-form-urlencoded body, where '+' stands for a space.
QList<std::pair<QString, QString>> formItems(QByteArray body)
{
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body)).queryItems(QUrl::FullyDecoded);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::system()->bounded(256));
    return bytes;
}

QString queryValue(const ParsedRequest &request, const QString &key)
{
    for (const auto &item : queryItems(request)) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

QByteArray baseUrl(const ParsedRequest &request)
{
    const QByteArray host = headerValue(request.headers, "Host");
    return "http://" + (host.isEmpty() ? QByteArray("127.0.0.1") : host);
}

QJsonObject headersObject(const HeaderList &headers)
{
    // Names as the client spelled them; repeated fields joined as RFC 9110 §5.3 allows.
    QJsonObject object;
    for (const HeaderField &field : headers) {
        const QString name = latin1(field.name);
        const QString value = latin1(field.value);
        object.insert(name,
                      object.contains(name)
                              ? object.value(name).toString() + QStringLiteral(", ") + value
                              : value);
    }
    return object;
}

Response sayText(int status, const char *source)
{
    return sayText(status, say(source));
}

Response sayText(int status, const QString &text)
{
    return Response::text(status, text.toUtf8() + '\n');
}

Response methodNotAllowed(const QByteArray &allow)
{
    Response response = sayText(405,
                                say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                      "This endpoint accepts %1."))
                                        .arg(QString::fromLatin1(allow)));
    response.addHeader("Allow", allow);
    return response;
}

// The cookie lab's 401: RFC 9110 requires WWW-Authenticate, here naming the login form.
Response loginRequired(const char *source)
{
    Response response = sayText(401, source);
    response.addHeader("WWW-Authenticate", "Form realm=\"practice lab\", login=\"/lab/login\"");
    return response;
}

bool methodIn(const QByteArray &method, std::initializer_list<const char *> allowed)
{
    for (const char *name : allowed) {
        if (method == name)
            return true;
    }
    return false;
}

// A whole number from a path segment, or -1.
int pathNumber(const QByteArray &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && !text.isEmpty() && text.size() <= 9 && !text.startsWith('+')
                           && !text.startsWith('-')
                   ? value
                   : -1;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The value of one cookie in the request's Cookie headers.
QByteArray cookieValue(const ParsedRequest &request, const QByteArray &name)
{
    for (const QByteArray &header : headerValues(request.headers, "Cookie")) {
        for (const QByteArray &pair : header.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            if (trimmed.startsWith(QByteArray(name + '=')))
                return trimmed.mid(name.size() + 1);
        }
    }
    return {};
}

QByteArray chunked(const QList<QByteArray> &pieces)
{
    QByteArray out;
    for (const QByteArray &piece : pieces)
        out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    return out + "0\r\n\r\n";
}

Response answerConditionally(const ParsedRequest &request,
                             const Validators &validators,
                             Response ok,
                             const QByteArray &cacheControl)
{
    QList<HeaderField> validatorHeaders;
    if (!validators.etag.opaque.isEmpty())
        validatorHeaders.append(HeaderField{"ETag", validators.etag.toHeader()});
    if (validators.lastModified.isValid())
        validatorHeaders.append(
                HeaderField{"Last-Modified", formatHttpDate(validators.lastModified)});
    if (!cacheControl.isEmpty())
        validatorHeaders.append(HeaderField{"Cache-Control", cacheControl});

    const PreconditionResult result = evaluatePreconditions(request.method,
                                                            request.headers,
                                                            validators);
    Response response;
    switch (result.outcome) {
    case PreconditionResult::Outcome::NotModified:
        // RFC 9110 §15.4.5: the validators and Cache-Control a 200 would carry, and no body.
        response.status = 304;
        response.headers = validatorHeaders;
        break;
    case PreconditionResult::Outcome::PreconditionFailed:
        response = sayText(412, result.reasonSaid());
        response.headers.append(validatorHeaders);
        break;
    case PreconditionResult::Outcome::Proceed:
        response = std::move(ok);
        response.headers.append(validatorHeaders);
        break;
    }
    if (!result.decidedBy.isEmpty())
        response.addHeader("X-Precondition", result.reason.toUtf8());
    return response;
}

} // namespace HttpLens::Practice
