#include "proxying.h"

namespace HttpLens {

QList<QByteArray> connectionFields(const HeaderList &fields, bool keepUpgrade)
{
    QList<QByteArray> names{"connection",
                            "proxy-connection",
                            "keep-alive",
                            "te",
                            "proxy-authorization"};
    if (!keepUpgrade)
        names.append("upgrade");
    for (const QByteArray &value : headerValues(fields, "Connection")) {
        for (const QByteArray &option : value.split(',')) {
            const QByteArray name = option.trimmed().toLower();
            if (name.isEmpty() || (keepUpgrade && name == "upgrade"))
                continue;
            if (!names.contains(name))
                names.append(name);
        }
    }
    if (keepUpgrade)
        names.removeAll("connection");
    return names;
}

QByteArray proxiedRequestHead(const QByteArray &clientHead)
{
    QByteArrayView startLine;
    const HeaderList fields = parseHead(clientHead, &startLine);
    const QList<QByteArray> dropped = connectionFields(fields, false);
    QList<QByteArray> parts = startLine.toByteArray().split(' ');
    if (parts.size() == 3) {
        QByteArray &target = parts[1];
        if (target.startsWith("http://") || target.startsWith("https://")) {
            const qsizetype authority = target.indexOf("//") + 2;
            qsizetype end = authority;
            while (end < target.size() && target.at(end) != '/' && target.at(end) != '?')
                ++end;
            target = target.mid(end);
            if (target.isEmpty() || target.startsWith('?'))
                target.prepend('/');
        }
    }
    QByteArray out = parts.join(' ') + "\r\n";
    const QList<QByteArray> lines = clientHead.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        if (line.isEmpty())
            break;
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        if (!dropped.contains(name))
            out += line + "\r\n";
    }
    return out + "\r\n";
}

} // namespace HttpLens
