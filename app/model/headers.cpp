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

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

QByteArrayView trimBlanks(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text.at(begin)))
        ++begin;
    while (end > begin && isBlank(text.at(end - 1)))
        --end;
    return text.sliced(begin, end - begin);
}

HeaderList parseHead(QByteArrayView raw, QByteArrayView *startLine)
{
    HeaderList fields;
    fields.reserve(raw.count('\n'));
    qsizetype pos = 0;
    bool first = true;
    while (pos < raw.size()) {
        qsizetype end = raw.indexOf('\n', pos);
        const qsizetype next = end < 0 ? raw.size() : end + 1;
        if (end < 0)
            end = raw.size();
        if (end > pos && raw.at(end - 1) == '\r')
            --end;
        const QByteArrayView line = raw.sliced(pos, end - pos);
        pos = next;
        if (line.isEmpty())
            break;
        if (first) {
            first = false;
            if (startLine)
                *startLine = line;
            continue;
        }
        if (isBlank(line.front())) {
            if (fields.isEmpty())
                continue;
            const QByteArrayView continuation = trimBlanks(line);
            QByteArray &value = fields.last().value;
            if (!continuation.isEmpty()) {
                if (!value.isEmpty())
                    value += ' ';
                value += continuation;
            }
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        fields.append({trimBlanks(line.first(colon)).toByteArray(),
                       trimBlanks(line.sliced(colon + 1)).toByteArray()});
    }
    return fields;
}

} // namespace HttpLens
