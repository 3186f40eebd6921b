// The cookie lab: a login form, a session cookie and a signed profile cookie.
#include "endpoints.h"

#include "routehelpers.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace HttpLens::Practice {

namespace {

constexpr int kMaxSessions = 10000;

const char kLoginForm[]
        = "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Cookie "
          "lab</title></head>\n<body>\n"
          "<h1>Cookie lab</h1>\n<p>Any user name with the password <code>lens</code> logs in.</p>\n"
          "<form method=\"post\" action=\"/lab/login\">\n<label>User <input "
          "name=\"user\"></label>\n"
          "<label>Password <input name=\"password\" type=\"password\"></label>\n<button>Log "
          "in</button>\n</form>\n</body>\n</html>\n";

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
        return Response::text(200, kLoginForm, "text/html; charset=utf-8");
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
            return loginRequired("Wrong user name or password (any user, password lens).\n");
        }
        if (m_sessions.size() >= kMaxSessions)
            m_sessions.clear();
        const QByteArray session = randomBytes(16).toHex();
        m_sessions.insert(session, user.toUtf8());
        const QByteArray profile = QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                                             {QStringLiteral("theme"),
                                                              QStringLiteral("light")}})
                                           .toJson(QJsonDocument::Compact);
        Response response = Response::text(303, "Logged in; see /lab/private.\n");
        response.addHeader("Location", "/lab/private");
        response.addHeader("Set-Cookie", "session=" + session + "; Path=/; HttpOnly; SameSite=Lax");
        response.addHeader("Set-Cookie", "profile=" + sign(profile) + "; Path=/; SameSite=Lax");
        return response;
    }
    if (page == "private" && methodIn(request.method, {"GET", "HEAD"})) {
        const QByteArray session = cookieValue(request, "session");
        if (!m_sessions.contains(session)) {
            return loginRequired("This page needs the session cookie. Log in at /lab/login.\n");
        }
        QByteArray payload;
        const QByteArray profile = cookieValue(request, "profile");
        QByteArray note = "The profile cookie is missing.";
        if (!profile.isEmpty())
            note = verify(profile, &payload)
                           ? "The profile cookie's signature is valid: " + payload
                           : QByteArray("The profile cookie's signature does not match: it was "
                                        "changed after the server signed it.");
        Response response = Response::text(200,
                                           "Hello, " + m_sessions.value(session) + ".\n" + note
                                                   + '\n');
        response.addHeader("Cache-Control", "private, no-store");
        return response;
    }
    if (page == "logout" && methodIn(request.method, {"POST", "GET"})) {
        m_sessions.remove(cookieValue(request, "session"));
        Response response = Response::text(303, "Logged out.\n");
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
