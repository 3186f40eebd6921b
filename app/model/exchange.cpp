#include "exchange.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QThread>

namespace HttpLens {

RequestHead RequestHead::parse(const QByteArray &raw)
{
    RequestHead head;
    head.raw = raw;
    QByteArrayView requestLine;
    head.headers = parseHead(raw, &requestLine);
    // "METHOD target HTTP/x.y"
    const qsizetype firstSpace = requestLine.indexOf(' ');
    head.method = requestLine.first(firstSpace < 0 ? requestLine.size() : firstSpace).toByteArray();
    if (firstSpace >= 0) {
        const QByteArrayView rest = requestLine.sliced(firstSpace + 1);
        const qsizetype lastSpace = rest.lastIndexOf(' ');
        head.target = rest.first(lastSpace < 0 ? rest.size() : lastSpace).toByteArray();
        if (lastSpace >= 0)
            head.httpVersion = rest.sliced(lastSpace + 1).toByteArray();
    }
    return head;
}

ResponseHead ResponseHead::parse(const QByteArray &raw)
{
    ResponseHead head;
    head.raw = raw;
    QByteArrayView statusLine;
    head.headers = parseHead(raw, &statusLine);
    // "HTTP/x.y NNN reason", where the reason may be empty or missing.
    const qsizetype firstSpace = statusLine.indexOf(' ');
    head.httpVersion = statusLine.first(firstSpace < 0 ? statusLine.size() : firstSpace)
                               .toByteArray();
    if (firstSpace < 0)
        return head;
    QByteArrayView rest = statusLine.sliced(firstSpace + 1);
    while (rest.startsWith(' '))
        rest = rest.sliced(1);
    const qsizetype secondSpace = rest.indexOf(' ');
    const QByteArrayView code = rest.first(secondSpace < 0 ? rest.size() : secondSpace);
    bool ok = false;
    const int status = code.toInt(&ok);
    head.status = ok && code.size() == 3 ? status : 0;
    if (secondSpace >= 0)
        head.reason = rest.sliced(secondSpace + 1).trimmed().toByteArray();
    return head;
}

// Phases 0 to 4 end at the lookup, connect, TLS, pretransfer and first-byte moments; the
// download (5) runs from the first byte to the end of the final hop.
qint64 Timings::phaseUs(int phase) const
{
    const qint64 moments[] = {nameLookupUs,
                              connectUs,
                              secure || appConnectUs > 0 ? appConnectUs : -1,
                              preTransferUs,
                              startTransferUs};
    const qint64 end = totalUs < 0 ? -1 : totalUs - (redirectUs > 0 ? redirectUs : 0);
    if (phase == 5)
        return startTransferUs > 0 && end >= startTransferUs ? end - startTransferUs : -1;
    if (moments[phase] < 0 && phase == 2)
        return -1; // no TLS on this connection
    qint64 from = 0;
    for (int i = 0; i < phase; ++i)
        from = qMax(from, moments[i]);
    if (moments[phase] > 0)
        return moments[phase] >= from ? moments[phase] - from : -1;
    // Not reached: skipped when a later moment was reached, else where the transfer stopped.
    for (int i = phase + 1; i < 5; ++i) {
        if (moments[i] > 0)
            return -1;
    }
    for (int i = 0; i < phase; ++i) {
        if (moments[i] == 0 && (i != 2 || secure))
            return -1; // an earlier phase is where it stopped
    }
    if (moments[phase] < 0 || end < 0)
        return -1;
    return end >= from ? end - from : -1;
}

qint64 Timings::dnsPhaseUs() const
{
    return phaseUs(0);
}

qint64 Timings::connectPhaseUs() const
{
    return phaseUs(1);
}

qint64 Timings::tlsPhaseUs() const
{
    return phaseUs(2);
}

qint64 Timings::sendPhaseUs() const
{
    return phaseUs(3);
}

qint64 Timings::waitPhaseUs() const
{
    return phaseUs(4);
}

qint64 Timings::downloadPhaseUs() const
{
    return phaseUs(5);
}

QString Body::filePath() const
{
    return m_file ? m_file->fileName() : QString();
}

QByteArray Body::read(qint64 maxBytes) const
{
    if (!m_file)
        return maxBytes < 0 ? m_data : m_data.left(maxBytes);
    // Readers open the path independently, so nothing may linger in the write buffer.
    if (m_file->isOpen())
        m_file->flush();
    QFile file(m_file->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return maxBytes < 0 ? file.readAll() : file.read(maxBytes);
}

QByteArray Body::readAt(qint64 offset, qint64 length) const
{
    if (offset < 0 || length <= 0 || offset >= m_size)
        return {};
    if (!m_file)
        return m_data.mid(offset, length);
    if (m_file->isOpen())
        m_file->flush();
    QFile file(m_file->fileName());
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.read(length);
}

bool Body::forEachChunk(qint64 chunkBytes, const std::function<bool(QByteArrayView)> &sink) const
{
    if (!m_file) {
        for (qsizetype at = 0; at < m_data.size(); at += chunkBytes) {
            if (!sink(QByteArrayView(m_data).sliced(at,
                                                    qMin<qint64>(chunkBytes, m_data.size() - at))))
                return false;
        }
        return true;
    }
    if (m_file->isOpen())
        m_file->flush();
    QFile file(m_file->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // One buffer for every piece: nothing is allocated per megabyte.
    QByteArray buffer(qsizetype(chunkBytes), Qt::Uninitialized);
    while (!file.atEnd()) {
        const qint64 read = file.read(buffer.data(), chunkBytes);
        if (read <= 0 || !sink(QByteArrayView(buffer.constData(), qsizetype(read))))
            return false;
    }
    return true;
}

void Body::finishWriting()
{
    if (m_file && m_file->isOpen()) {
        m_file->flush();
        m_file->close();
    }
}

bool Body::saveTo(const QString &path, QString *error) const
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = out.errorString();
        return false;
    }
    if (!m_file) {
        if (out.write(m_data) != m_data.size()) {
            if (error)
                *error = out.errorString();
            return false;
        }
        return true;
    }
    if (m_file->isOpen())
        m_file->flush();
    QFile in(m_file->fileName());
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = in.errorString();
        return false;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            if (error)
                *error = out.errorString();
            return false;
        }
    }
    return true;
}

bool Body::append(const char *data, qint64 size)
{
    if (size <= 0)
        return true;
    if (!m_file && m_data.size() + size > m_limit) {
        auto file = std::make_shared<QTemporaryFile>(QDir::tempPath()
                                                     + QStringLiteral("/httplens-body-XXXXXX"));
        if (!file->open())
            return false;
        if (file->write(m_data) != m_data.size())
            return false;
        m_data.clear();
        m_data.squeeze();
        m_file = std::move(file);
    }
    if (m_file) {
        if (m_file->write(data, size) != size)
            return false;
    } else {
        m_data.append(data, size);
    }
    m_size += size;
    return true;
}

void Body::moveFileToThread(QThread *thread)
{
    if (m_file && m_file->thread() != thread)
        m_file->moveToThread(thread);
}

Body Body::fromFile(const QString &path)
{
    Body body;
    body.m_file = std::make_shared<QFile>(path);
    body.m_size = QFileInfo(path).size();
    return body;
}

void Body::clear()
{
    m_data.clear();
    m_file.reset();
    m_size = 0;
}

QByteArrayView Exchange::traceData(const TraceEvent &event) const
{
    if (event.kind == TraceEvent::Kind::RequestBody || event.kind == TraceEvent::Kind::ResponseBody)
        return {};
    return QByteArrayView(traceBytes).sliced(event.offset, event.size);
}

const Hop *Exchange::finalHop() const
{
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        if (it->hasResponse)
            return &*it;
    }
    return nullptr;
}

int Exchange::status() const
{
    const Hop *hop = finalHop();
    return hop ? hop->response.status : 0;
}

} // namespace HttpLens
