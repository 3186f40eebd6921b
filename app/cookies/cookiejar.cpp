#include "cookiejar.h"

#include "model/headers.h"

#include <QDateTime>

#include <algorithm>

namespace HttpLens {

namespace {

const QByteArray httpOnlyPrefix = QByteArrayLiteral("#HttpOnly_");

bool hasLineBreakOrTab(const QByteArray &text)
{
    return text.contains('\n') || text.contains('\r') || text.contains('\t') || text.contains('\0');
}

} // namespace

std::optional<Cookie> Cookie::fromNetscapeLine(const QByteArray &line)
{
    QByteArray text = line;
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    Cookie cookie;
    if (text.startsWith(httpOnlyPrefix)) {
        cookie.httpOnly = true;
        text.remove(0, httpOnlyPrefix.size());
    } else if (text.startsWith('#') || trimBlanks(text).isEmpty()) {
        return std::nullopt;
    }
    const QList<QByteArray> fields = text.split('\t');
    if (fields.size() < 7 || fields.at(0).isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 expires = fields.at(4).toLongLong(&ok);
    if (!ok || expires < 0)
        return std::nullopt;
    cookie.domain = fields.at(0);
    cookie.includeSubdomains = fields.at(1).compare("TRUE", Qt::CaseInsensitive) == 0;
    cookie.path = fields.at(2);
    cookie.secure = fields.at(3).compare("TRUE", Qt::CaseInsensitive) == 0;
    cookie.expires = expires;
    cookie.name = fields.at(5);
    // A value may itself contain tabs in theory; keep everything after the name.
    cookie.value = fields.mid(6).join('\t');
    return cookie;
}

QByteArray Cookie::toNetscapeLine() const
{
    QByteArray line;
    if (httpOnly)
        line += httpOnlyPrefix;
    line += domain + '\t' + (includeSubdomains ? "TRUE" : "FALSE") + '\t'
            + (path.isEmpty() ? QByteArray("/") : path) + '\t' + (secure ? "TRUE" : "FALSE") + '\t'
            + QByteArray::number(expires) + '\t' + name + '\t' + value;
    return line;
}

bool Cookie::operator==(const Cookie &other) const
{
    return domain == other.domain && includeSubdomains == other.includeSubdomains
           && path == other.path && secure == other.secure && expires == other.expires
           && name == other.name && value == other.value && httpOnly == other.httpOnly;
}

QByteArray SetCookie::attribute(const QByteArray &wanted) const
{
    QByteArray found;
    for (const auto &attribute : attributes) {
        if (attribute.first.compare(wanted, Qt::CaseInsensitive) == 0)
            found = attribute.second;
    }
    return found;
}

bool SetCookie::hasAttribute(const QByteArray &wanted) const
{
    for (const auto &attribute : attributes) {
        if (attribute.first.compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

SetCookie SetCookie::parse(const QByteArray &fieldValue)
{
    SetCookie result;
    const QList<QByteArray> parts = fieldValue.split(';');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray part = parts.at(i);
        const qsizetype equals = part.indexOf('=');
        const QByteArray name = trimBlanks(equals < 0 ? QByteArrayView(part)
                                                      : QByteArrayView(part).first(equals))
                                        .toByteArray();
        const QByteArray value = equals < 0 ? QByteArray()
                                            : trimBlanks(QByteArrayView(part).sliced(equals + 1))
                                                      .toByteArray();
        if (i == 0) {
            result.name = name;
            result.value = value;
        } else if (!name.isEmpty()) {
            result.attributes.append({name, value});
        }
    }
    return result;
}

QList<std::pair<QByteArray, QByteArray>> parseCookieHeader(const QByteArray &fieldValue)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &part : fieldValue.split(';')) {
        const QByteArrayView item = trimBlanks(part);
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        if (equals < 0)
            pairs.append({item.toByteArray(), QByteArray()});
        else
            pairs.append({trimBlanks(item.first(equals)).toByteArray(),
                          trimBlanks(item.sliced(equals + 1)).toByteArray()});
    }
    return pairs;
}

QByteArray cookieHeaderFor(const QList<Cookie> &cookies, const QUrl &url, qint64 now)
{
    const QByteArray host = url.host(QUrl::FullyEncoded).toLower().toUtf8();
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    const bool secure = url.scheme() == QLatin1String("https");
    QList<const Cookie *> matching;
    for (const Cookie &cookie : cookies) {
        QByteArray domain = cookie.domain.toLower();
        if (domain.startsWith('.'))
            domain.remove(0, 1);
        const bool domainMatches = host == domain
                                   || (cookie.includeSubdomains
                                       && host.endsWith(QByteArray('.' + domain)));
        const QByteArray &cookiePath = cookie.path.isEmpty() ? QByteArray("/") : cookie.path;
        const bool pathMatches = path == cookiePath
                                 || (path.startsWith(cookiePath)
                                     && (cookiePath.endsWith('/')
                                         || path.at(cookiePath.size()) == '/'));
        if (!domainMatches || !pathMatches || (cookie.secure && !secure)
            || (cookie.expires != 0 && cookie.expires <= now))
            continue;
        matching.append(&cookie);
    }
    std::stable_sort(matching.begin(), matching.end(), [](const Cookie *a, const Cookie *b) {
        return a->path.size() > b->path.size();
    });
    QByteArray header;
    for (const Cookie *cookie : std::as_const(matching)) {
        if (!header.isEmpty())
            header += "; ";
        header += cookie->name + '=' + cookie->value;
    }
    return header;
}

CookieJar::CookieJar(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CookieJar::setCookies(const QList<Cookie> &cookies)
{
    beginResetModel();
    m_cookies = cookies;
    endResetModel();
}

void CookieJar::setFromNetscapeLines(const QList<QByteArray> &lines)
{
    QList<Cookie> cookies;
    for (const QByteArray &line : lines) {
        if (std::optional<Cookie> cookie = Cookie::fromNetscapeLine(line))
            cookies.append(*cookie);
    }
    setCookies(cookies);
}

QList<QByteArray> CookieJar::toNetscapeLines() const
{
    QList<QByteArray> lines;
    lines.reserve(m_cookies.size());
    for (const Cookie &cookie : m_cookies)
        lines.append(cookie.toNetscapeLine());
    return lines;
}

void CookieJar::removeCookie(int row)
{
    if (row < 0 || row >= m_cookies.size())
        return;
    beginRemoveRows({}, row, row);
    m_cookies.removeAt(row);
    endRemoveRows();
}

void CookieJar::clear()
{
    setCookies({});
}

int CookieJar::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cookies.size());
}

int CookieJar::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CookieJar::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cookies.size())
        return {};
    const Cookie &cookie = m_cookies.at(index.row());
    if (role == Qt::CheckStateRole) {
        if (index.column() == Secure)
            return cookie.secure ? Qt::Checked : Qt::Unchecked;
        if (index.column() == HttpOnly)
            return cookie.httpOnly ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Domain:
        return QString::fromUtf8(cookie.domain);
    case Path:
        return QString::fromUtf8(cookie.path);
    case Name:
        return QString::fromUtf8(cookie.name);
    case Value:
        return QString::fromUtf8(cookie.value);
    case Expires:
        if (role == Qt::EditRole)
            return cookie.expires;
        return cookie.expires == 0
                       ? tr("Session")
                       : QDateTime::fromSecsSinceEpoch(cookie.expires).toUTC().toString(Qt::ISODate);
    default:
        return {};
    }
}

QVariant CookieJar::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Domain:
        return tr("Domain");
    case Path:
        return tr("Path");
    case Name:
        return tr("Name");
    case Value:
        return tr("Value");
    case Expires:
        return tr("Expires");
    case Secure:
        return tr("Secure");
    case HttpOnly:
        return tr("HttpOnly");
    default:
        return {};
    }
}

Qt::ItemFlags CookieJar::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Secure || index.column() == HttpOnly)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool CookieJar::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_cookies.size())
        return false;
    Cookie &cookie = m_cookies[index.row()];
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        if (index.column() == Secure)
            cookie.secure = on;
        else if (index.column() == HttpOnly)
            cookie.httpOnly = on;
        else
            return false;
        emit dataChanged(index, index);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QByteArray text = value.toString().toUtf8();
    // A tab or line break would corrupt the cookies.txt line libcurl parses.
    if (hasLineBreakOrTab(text))
        return false;
    switch (index.column()) {
    case Domain:
        if (text.isEmpty())
            return false;
        cookie.domain = text;
        break;
    case Path:
        cookie.path = text.isEmpty() ? QByteArray("/") : text;
        break;
    case Name:
        if (text.isEmpty())
            return false;
        cookie.name = text;
        break;
    case Value:
        cookie.value = text;
        break;
    case Expires: {
        bool ok = false;
        qint64 seconds = value.toLongLong(&ok);
        if (!ok) {
            const QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
            if (!when.isValid())
                return false;
            seconds = when.toSecsSinceEpoch();
        }
        if (seconds < 0)
            return false;
        cookie.expires = seconds;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

} // namespace HttpLens
