// The cookie lab: a login form, a session cookie and a signed profile cookie.
#include "routetable.h"

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

// A signed value in the style of itsdangerous (Flask's session cookie): the payload and a
// timestamp are readable base64; the HMAC after them proves the server wrote both.
QByteArray sign(const QByteArray &payload, const QByteArray &secret, const ServerClock &clock)
{
    QByteArray time(4, '\0');
    const quint32 now = quint32(clock.nowInSeconds().toSecsSinceEpoch());
    for (int i = 0; i < 4; ++i)
        time[i] = char((now >> (24 - 8 * i)) & 0xff);
    const QByteArray signedPart = base64Url(payload) + '.' + base64Url(time);
    return signedPart + '.'
           + base64Url(
                   QMessageAuthenticationCode::hash(signedPart, secret, QCryptographicHash::Sha1));
}

bool verify(const QByteArray &cookie, const QByteArray &secret, QByteArray *payload)
{
    const qsizetype lastDot = cookie.lastIndexOf('.');
    if (lastDot <= 0)
        return false;
    const QByteArray signedPart = cookie.left(lastDot);
    const QByteArray expected = base64Url(
            QMessageAuthenticationCode::hash(signedPart, secret, QCryptographicHash::Sha1));
    if (cookie.mid(lastDot + 1) != expected)
        return false;
    *payload = QByteArray::fromBase64(signedPart.left(signedPart.indexOf('.')),
                                      QByteArray::Base64UrlEncoding);
    return true;
}

Response loginPage(const RouteCall &)
{
    return Response::text(200, loginForm(), "text/html; charset=utf-8");
}

Response logIn(const RouteCall &call)
{
    QString user;
    QString password;
    for (const auto &item : formItems(call.request.body)) {
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
    if (call.state.sessions.size() >= kMaxSessions)
        call.state.sessions.clear();
    const QByteArray session = randomBytes(16).toHex();
    call.state.sessions.insert(session, user.toUtf8());
    const QByteArray profile = QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                                         {QStringLiteral("theme"),
                                                          QStringLiteral("light")}})
                                       .toJson(QJsonDocument::Compact);
    Response response = sayText(303,
                                QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                  "Logged in; see /lab/private."));
    response.addHeader("Location", "/lab/private");
    response.addHeader("Set-Cookie", "session=" + session + "; Path=/; HttpOnly; SameSite=Lax");
    response.addHeader("Set-Cookie",
                       "profile=" + sign(profile, call.state.secret, *call.state.clock)
                               + "; Path=/; SameSite=Lax");
    return response;
}

Response privatePage(const RouteCall &call)
{
    const QByteArray session = cookieValue(call.request, "session");
    if (!call.state.sessions.contains(session)) {
        return loginRequired(
                QT_TRANSLATE_NOOP("HttpLens::Practice",
                                  "This page needs the session cookie. Log in at /lab/login."));
    }
    QByteArray payload;
    const QByteArray profile = cookieValue(call.request, "profile");
    QString note = say(QT_TRANSLATE_NOOP("HttpLens::Practice", "The profile cookie is missing."));
    const bool valid = !profile.isEmpty() && verify(profile, call.state.secret, &payload);
    if (!profile.isEmpty())
        note = valid ? say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                             "The profile cookie's signature is valid: %1"))
                               .arg(QString::fromUtf8(payload))
                     : say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                             "The profile cookie's signature does not "
                                             "match: it was changed after the server "
                                             "signed it."));
    Response response = sayText(200,
                                say(QT_TRANSLATE_NOOP("HttpLens::Practice", "Hello, %1.\n%2"))
                                        .arg(QString::fromUtf8(call.state.sessions.value(session)),
                                             note));
    response.addHeader("Cache-Control", "private, no-store");
    // The verdict for programs and lessons, whatever the language of the text.
    response.addHeader("X-Profile-Signature",
                       profile.isEmpty() ? "missing"
                       : valid           ? "valid"
                                         : "invalid");
    return response;
}

Response logOut(const RouteCall &call)
{
    call.state.sessions.remove(cookieValue(call.request, "session"));
    Response response = sayText(303, QT_TRANSLATE_NOOP("HttpLens::Practice", "Logged out."));
    response.addHeader("Location", "/lab/login");
    // A cookie is deleted by setting it again with an expiry in the past.
    response.addHeader("Set-Cookie",
                       "session=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    response.addHeader("Set-Cookie",
                       "profile=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    return response;
}

} // namespace

QList<Route> cookieLabRoutes()
{
    return {
            {"GET",
             "/lab/login",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "the cookie lab: log in (any user, password lens) for a session and "
                               "a signed cookie"),
             loginPage},
            {"POST", "/lab/login", nullptr, logIn},
            {"GET",
             "/lab/private",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a page that needs the session cookie (401 without it); logging out "
                               "deletes it"),
             privatePage},
            {"POST", "/lab/logout", nullptr, logOut},
    };
}

} // namespace HttpLens::Practice
