#include "clientprocess.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <cstring>

#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace HttpLens::Capture {

namespace {

// The hexadecimal form /proc/net/tcp gives an address: IPv4 as one 32-bit word and IPv6 as four,
// each in the machine's byte order (little-endian here), then ":PORT" in hex.
QByteArray procAddress(const QHostAddress &address, quint16 port)
{
    QByteArray hex;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        hex = QByteArray::number(qToBigEndian(v4), 16).rightJustified(8, '0');
    } else {
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        for (int word = 0; word < 4; ++word) {
            quint32 value = 0;
            std::memcpy(&value, &v6.c[word * 4], 4);
            hex += QByteArray::number(value, 16).rightJustified(8, '0');
        }
    }
    return hex.toUpper() + ':' + QByteArray::number(port, 16).rightJustified(4, '0').toUpper();
}

QByteArray tableInode(const QString &table, const QByteArray &local, const QByteArray &remote)
{
    QFile file(table);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // One line per socket: "sl local rem st tx:rx tr:when retrnsmt uid timeout inode ...".
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> parts = lines.at(i).simplified().split(' ');
        if (parts.size() > 9 && parts.at(1) == local && parts.at(2) == remote)
            return parts.at(9);
    }
    return {};
}

bool holds(qint64 pid, const QByteArray &link)
{
    const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
    const QStringList entries = QDir(fds).entryList(QDir::Files | QDir::System
                                                    | QDir::NoDotAndDotDot);
    char target[64];
    for (const QString &entry : entries) {
        const QByteArray path = (fds + u'/' + entry).toLocal8Bit();
        const ssize_t size = ::readlink(path.constData(), target, sizeof target);
        if (size == link.size() && std::memcmp(target, link.constData(), size_t(size)) == 0)
            return true;
    }
    return false;
}

QString commandName(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLocal8Bit(file.readAll().trimmed());
}

} // namespace

namespace {

// The kernel's socket diagnostics look one connection up by its addresses and ports, where
// /proc/net/tcp lists every socket of the machine (thousands on a busy one) to be read through.
QByteArray diagnosedInode(const QHostAddress &clientAddress,
                          quint16 clientPort,
                          const QHostAddress &proxyAddress,
                          quint16 proxyPort)
{
    bool isV4 = false;
    const quint32 client4 = clientAddress.toIPv4Address(&isV4);
    bool proxyV4 = false;
    const quint32 proxy4 = proxyAddress.toIPv4Address(&proxyV4);
    const int fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (fd < 0)
        return {};
    struct
    {
        nlmsghdr header;
        inet_diag_req_v2 request;
    } message = {};
    message.header.nlmsg_len = sizeof message;
    message.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    message.header.nlmsg_flags = NLM_F_REQUEST;
    inet_diag_req_v2 &r = message.request;
    r.sdiag_family = isV4 && proxyV4 ? AF_INET : AF_INET6;
    r.sdiag_protocol = IPPROTO_TCP;
    r.idiag_states = ~0U;
    r.id.idiag_sport = htons(clientPort);
    r.id.idiag_dport = htons(proxyPort);
    r.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    r.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
    if (r.sdiag_family == AF_INET) {
        r.id.idiag_src[0] = htonl(client4);
        r.id.idiag_dst[0] = htonl(proxy4);
    } else {
        const Q_IPV6ADDR client6 = clientAddress.toIPv6Address();
        const Q_IPV6ADDR proxy6 = proxyAddress.toIPv6Address();
        std::memcpy(r.id.idiag_src, client6.c, 16);
        std::memcpy(r.id.idiag_dst, proxy6.c, 16);
    }
    QByteArray inode;
    char reply[8192];
    if (::send(fd, &message, sizeof message, 0) == ssize_t(sizeof message)) {
        const ssize_t size = ::recv(fd, reply, sizeof reply, 0);
        const auto *header = reinterpret_cast<const nlmsghdr *>(reply);
        if (size >= ssize_t(NLMSG_LENGTH(sizeof(inet_diag_msg)))
            && header->nlmsg_type == SOCK_DIAG_BY_FAMILY) {
            const auto *found = static_cast<const inet_diag_msg *>(NLMSG_DATA(header));
            if (found->idiag_inode != 0)
                inode = QByteArray::number(found->idiag_inode);
        }
    }
    ::close(fd);
    return inode;
}

} // namespace

QByteArray ClientProcess::socketInode(const QHostAddress &clientAddress,
                                      quint16 clientPort,
                                      const QHostAddress &proxyAddress,
                                      quint16 proxyPort)
{
    const QByteArray diagnosed = diagnosedInode(clientAddress, clientPort, proxyAddress, proxyPort);
    if (!diagnosed.isEmpty())
        return diagnosed;
    // The client's socket: its local end is the client's address, its remote end the proxy.
    const bool v6 = clientAddress.protocol() == QAbstractSocket::IPv6Protocol
                    && !clientAddress.toIPv4Address();
    QByteArray inode;
    if (!v6)
        inode = tableInode(QStringLiteral("/proc/net/tcp"),
                           procAddress(clientAddress, clientPort),
                           procAddress(proxyAddress, proxyPort));
    if (inode.isEmpty())
        inode = tableInode(QStringLiteral("/proc/net/tcp6"),
                           procAddress(QHostAddress(clientAddress.toIPv6Address()), clientPort),
                           procAddress(QHostAddress(proxyAddress.toIPv6Address()), proxyPort));
    return inode == "0" ? QByteArray() : inode;
}

ClientProcess ClientProcess::holderOf(const QByteArray &inode, const QList<qint64> &pids)
{
    ClientProcess found;
    if (inode.isEmpty())
        return found;
    const QByteArray link = "socket:[" + inode + ']';
    QList<qint64> order = pids;
    if (order.isEmpty()) {
        const qint64 self = qint64(::getpid());
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool number = false;
            const qint64 pid = entry.toLongLong(&number);
            if (number && pid != self)
                order.append(pid);
        }
    }
    for (qint64 pid : std::as_const(order)) {
        if (holds(pid, link)) {
            found.pid = pid;
            found.name = commandName(pid);
            return found;
        }
    }
    return found;
}

QList<qint64> ClientProcess::withDescendants(qint64 pid)
{
    QList<qint64> all{pid};
    for (qsizetype i = 0; i < all.size() && all.size() < 4096; ++i) {
        const QString tasks = QStringLiteral("/proc/%1/task").arg(all.at(i));
        for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile children(tasks + u'/' + task + QStringLiteral("/children"));
            if (!children.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &child : children.readAll().simplified().split(' ')) {
                const qint64 value = child.toLongLong();
                if (value > 0 && !all.contains(value))
                    all.append(value);
            }
        }
    }
    return all;
}

} // namespace HttpLens::Capture
