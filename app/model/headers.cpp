#include "headers.h"

namespace HttpLens {

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const HeaderField &field : headers) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.value;
    }
    return {};
}

QList<QByteArray> headerValues(const HeaderList &headers, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const HeaderField &field : headers) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            values.append(field.value);
    }
    return values;
}

bool hasHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const HeaderField &field : headers) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HeaderList parseHeaderLines(const QList<QByteArray> &lines)
{
    HeaderList fields;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        if ((line.front() == ' ' || line.front() == '\t') && !fields.isEmpty()) {
            QByteArray &value = fields.last().value;
            const QByteArray continuation = line.trimmed();
            if (!continuation.isEmpty())
                value += (value.isEmpty() ? QByteArray() : QByteArray(" ")) + continuation;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        fields.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return fields;
}

QList<QByteArray> splitHeadLines(const QByteArray &raw)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < raw.size()) {
        qsizetype end = raw.indexOf('\n', start);
        if (end < 0)
            end = raw.size();
        qsizetype stop = end;
        if (stop > start && raw.at(stop - 1) == '\r')
            --stop;
        const QByteArray line = raw.mid(start, stop - start);
        if (line.isEmpty())
            break;
        lines.append(line);
        start = end + 1;
    }
    return lines;
}

} // namespace HttpLens
