// The cookie lab: a login form, a session cookie and a signed profile cookie.
#include "endpoints.h"

#include "routehelpers.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace HttpLens::Practice {

namespace {

constexpr int kMaxSessions = 10000;

QByteArray loginForm()
{
    const QString title = say(QT_TRANSLATE_NOOP("HttpLens::Practice", "Cookie lab"));
    return QStringLiteral("<!doctype html>\n<html lang=\"%1\">\n<head><meta charset=\"utf-8\">"
                          "<title>%2</title></head>\n<body>\n<h1>%2</h1>\n<p>%3</p>\n"
                          "<form method=\"post\" action=\"/lab/login\">\n"
                          "<label>%4 <input name=\"user\"></label>\n"
                          "<label>%5 <input name=\"password\" type=\"password\"></label>\n"
                          "<button>%6</button>\n</form>\n</body>\n</html>\n")
            .arg(QString::fromLatin1(languageTag(LanguageScope::current())),
                 title,
                 say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                       "Any user name with the password <code>lens</code> logs "
                                       "in.")),
                 say(QT_TRANSLATE_NOOP("HttpLens::Practice", "User")),
                 say(QT_TRANSLATE_NOOP("HttpLens::Practice", "Password")),
                 say(QT_TRANSLATE_NOOP("HttpLens::Practice", "Log in")))
            .toUtf8();
}

} // namespace

QByteArray Endpoints::sign(const QByteArray &payload) const
{
    QByteArray time(4, '\0');
    const quint32 now = quint32(QDateTime::currentSecsSinceEpoch());
    for (int i = 0; i < 4; ++i)
        time[i] = char((now >> (24 - 8 * i)) & 0xff);
    const QByteArray signedPart = base64Url(payload) + '.' + base64Url(time);
    return signedPart + '.'
           + base64Url(
                   QMessageAuthenticationCode::hash(signedPart, m_secret, QCryptographicHash::Sha1));
}

bool Endpoints::verify(const QByteArray &cookie, QByteArray *payload) const
{
    const qsizetype lastDot = cookie.lastIndexOf('.');
    if (lastDot <= 0)
        return false;
    const QByteArray signedPart = cookie.left(lastDot);
    const QByteArray expected = base64Url(
            QMessageAuthenticationCode::hash(signedPart, m_secret, QCryptographicHash::Sha1));
    if (cookie.mid(lastDot + 1) != expected)
        return false;
    *payload = QByteArray::fromBase64(signedPart.left(signedPart.indexOf('.')),
                                      QByteArray::Base64UrlEncoding);
    return true;
}

Response Endpoints::cookieLab(const ParsedRequest &request, const QByteArray &page)
{
    if (page == "login" && methodIn(request.method, {"GET", "HEAD"}))
        return Response::text(200, loginForm(), "text/html; charset=utf-8");
    if (page == "login" && request.method == "POST") {
        QString user;
        QString password;
        for (const auto &item : formItems(request.body)) {
            if (item.first == QLatin1String("user"))
                user = item.second;
            else if (item.first == QLatin1String("password"))
                password = item.second;
        }
        if (user.isEmpty() || password != QLatin1String("lens")) {
            return loginRequired(
                    QT_TRANSLATE_NOOP("HttpLens::Practice",
                                      "Wrong user name or password (any user, password lens)."));
        }
        if (m_sessions.size() >= kMaxSessions)
            m_sessions.clear();
        const QByteArray session = randomBytes(16).toHex();
        m_sessions.insert(session, user.toUtf8());
        const QByteArray profile = QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                                             {QStringLiteral("theme"),
                                                              QStringLiteral("light")}})
                                           .toJson(QJsonDocument::Compact);
        Response response = sayText(303,
                                    QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                      "Logged in; see /lab/private."));
        response.addHeader("Location", "/lab/private");
        response.addHeader("Set-Cookie", "session=" + session + "; Path=/; HttpOnly; SameSite=Lax");
        response.addHeader("Set-Cookie", "profile=" + sign(profile) + "; Path=/; SameSite=Lax");
        return response;
    }
    if (page == "private" && methodIn(request.method, {"GET", "HEAD"})) {
        const QByteArray session = cookieValue(request, "session");
        if (!m_sessions.contains(session)) {
            return loginRequired(
                    QT_TRANSLATE_NOOP("HttpLens::Practice",
                                      "This page needs the session cookie. Log in at /lab/login."));
        }
        QByteArray payload;
        const QByteArray profile = cookieValue(request, "profile");
        QString note = say(
                QT_TRANSLATE_NOOP("HttpLens::Practice", "The profile cookie is missing."));
        if (!profile.isEmpty())
            note = verify(profile, &payload)
                           ? say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                   "The profile cookie's signature is valid: %1"))
                                     .arg(QString::fromUtf8(payload))
                           : say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                   "The profile cookie's signature does not "
                                                   "match: it was changed after the server "
                                                   "signed it."));
        Response response = sayText(200,
                                    say(QT_TRANSLATE_NOOP("HttpLens::Practice", "Hello, %1.\n%2"))
                                            .arg(QString::fromUtf8(m_sessions.value(session)),
                                                 note));
        response.addHeader("Cache-Control", "private, no-store");
        return response;
    }
    if (page == "logout" && methodIn(request.method, {"POST", "GET"})) {
        m_sessions.remove(cookieValue(request, "session"));
        Response response = sayText(303, QT_TRANSLATE_NOOP("HttpLens::Practice", "Logged out."));
        response.addHeader("Location", "/lab/login");
        // A cookie is deleted by setting it again with an expiry in the past.
        response.addHeader("Set-Cookie",
                           "session=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
        response.addHeader("Set-Cookie",
                           "profile=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
        return response;
    }
    return methodNotAllowed(page == "login"    ? "GET, HEAD, POST"
                            : page == "logout" ? "POST"
                                               : "GET, HEAD");
}

} // namespace HttpLens::Practice
