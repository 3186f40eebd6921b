#pragma once

// Small pieces the practice server's route files share.

#include "conditional.h"
#include "languagescope.h"
#include "requestcontext.h"
#include "requestparser.h"
#include "response.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

namespace HttpLens::Practice {

QByteArray jsonBytes(const QJsonObject &object);
Response json(int status, const QJsonObject &object);
QString latin1(const QByteArray &bytes);
QList<std::pair<QString, QString>> queryItems(const ParsedRequest &request);
// The fields of an application/x-www-form-urlencoded body, where '+' stands for a space.
QList<std::pair<QString, QString>> formItems(QByteArray body);
QByteArray randomBytes(int count);
QString queryValue(const ParsedRequest &request, const QString &key);
QByteArray baseUrl(const ParsedRequest &request);
// Names as the client spelled them; repeated fields joined as RFC 9110 §5.3 allows.
QJsonObject headersObject(const HeaderList &headers);
// A plain-text answer in the client's language, ended by a newline: the source as marked for
// lupdate (QT_TRANSLATE_NOOP("HttpLens::Practice", …)), or a text already said with .arg().
Response sayText(int status, const char *source);
Response sayText(int status, const QString &text);
Response methodNotAllowed(const QByteArray &allow);
// The cookie lab's 401: RFC 9110 requires WWW-Authenticate, here naming the login form.
Response loginRequired(const char *source);
bool methodIn(const QByteArray &method, std::initializer_list<const char *> allowed);
// A whole number from a path segment, or -1.
int pathNumber(const QByteArray &text);
QByteArray base64Url(const QByteArray &bytes);
// The value of one cookie in the request's Cookie headers.
QByteArray cookieValue(const ParsedRequest &request, const QByteArray &name);
QByteArray chunked(const QList<QByteArray> &pieces);
// The request as JSON, the way httpbin echoes it: args, headers, method, origin, url, and for a
// body data, json and form.
QJsonObject echo(const ParsedRequest &request, const RequestContext &context);
// The answer to a request for a representation with these validators, its preconditions
// evaluated as RFC 9110 §13.2.2 orders them: ok, a 304 or a 412. Each carries the validators
// and Cache-Control, and X-Precondition says which precondition decided.
Response answerConditionally(const ParsedRequest &request,
                             const Validators &validators,
                             Response ok,
                             const QByteArray &cacheControl);

} // namespace HttpLens::Practice
