#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace HttpLens::Capture {

// The program at the other end of a loopback connection to the proxy, as Linux shows it: the
// connection's socket inode from /proc/net/tcp (or tcp6), then the process that holds a
// descriptor for that inode (/proc/PID/fd). Both must be read while the client still holds the
// connection, which a quick client closes within a millisecond: the inode is read at once, the
// likely processes (the command the capture started, and its children) are searched at once,
// and the rest of /proc only when they do not hold it. Reads files only; an empty result when
// /proc says nothing (another system, another user's process).
struct ClientProcess
{
    QString name; // /proc/PID/comm
    qint64 pid = 0;

    // The inode of the client's socket; empty when /proc does not list the connection.
    static QByteArray socketInode(const QHostAddress &clientAddress,
                                  quint16 clientPort,
                                  const QHostAddress &proxyAddress,
                                  quint16 proxyPort);
    // The process among pids (every process when pids is empty) that holds the socket.
    static ClientProcess holderOf(const QByteArray &inode, const QList<qint64> &pids = {});
    // The process and its descendants, from /proc/PID/task/*/children.
    static QList<qint64> withDescendants(qint64 pid);
};

} // namespace HttpLens::Capture
