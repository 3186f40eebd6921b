#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QUrl>

#include <optional>

namespace HttpLens {

// One cookie as libcurl's cookie engine and curl's cookies.txt (the Netscape format) know it.
struct Cookie
{
    QByteArray domain;
    bool includeSubdomains = false;
    QByteArray path = "/";
    bool secure = false;
    qint64 expires = 0; // seconds since the epoch; 0 for a session cookie
    QByteArray name;
    QByteArray value;
    bool httpOnly = false;

    // Parses one line of cookies.txt ("#HttpOnly_" prefix included). Comments, blank lines and
    // lines without seven tab-separated fields give nothing.
    static std::optional<Cookie> fromNetscapeLine(const QByteArray &line);
    QByteArray toNetscapeLine() const;

    bool operator==(const Cookie &other) const;
};

// A Set-Cookie field taken apart: name, value and the attributes in their order.
struct SetCookie
{
    QByteArray name;
    QByteArray value;
    QList<std::pair<QByteArray, QByteArray>> attributes; // name as sent, value ("" for flags)

    QByteArray attribute(const QByteArray &name) const; // case-insensitive, last one wins
    bool hasAttribute(const QByteArray &name) const;
    static SetCookie parse(const QByteArray &fieldValue);
};

// The name=value pairs of a Cookie request field, in order. A pair without '=' keeps its text
// as the name and an empty value.
QList<std::pair<QByteArray, QByteArray>> parseCookieHeader(const QByteArray &fieldValue);

// The Cookie field value a client sends with these cookies to url at time now (seconds since
// the epoch), by RFC 6265's matching rules: domain (exact, or a subdomain when the cookie allows
// it), path prefix on a '/' boundary, Secure only over https, expired ones left out; longer
// paths first. Empty when none matches. For writing the jar's part of a request out as curl -b.
QByteArray cookieHeaderFor(const QList<Cookie> &cookies, const QUrl &url, qint64 now);

// The GUI's cookie jar: what libcurl's cookie engine holds between requests, shown as a table
// the user can edit. Each request hands the jar to libcurl and the jar takes back libcurl's
// list afterwards, so what the table shows is exactly what the next request will send.
class CookieJar : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CookieJar)

public:
    enum Column { Domain, Path, Name, Value, Expires, Secure, HttpOnly, ColumnCount };

    explicit CookieJar(QObject *parent = nullptr);

    const QList<Cookie> &cookies() const { return m_cookies; }
    void setCookies(const QList<Cookie> &cookies);
    // Replaces the jar with libcurl's list after a transfer.
    void setFromNetscapeLines(const QList<QByteArray> &lines);
    QList<QByteArray> toNetscapeLines() const;
    void removeCookie(int row);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QList<Cookie> m_cookies;
};

} // namespace HttpLens
