#include "transferchannel.h"

#include <cstring>

namespace HttpLens {

namespace {

bool isEmptyLine(QByteArrayView line)
{
    return line == "\r\n" || line == "\n";
}

// A status line of a 1xx other than 101: an interim response, with a final one still to come.
bool isInterimHead(const QByteArray &head)
{
    return head.size() >= 12 && head.startsWith("HTTP/") && head.indexOf(' ') > 0
           && head.at(head.indexOf(' ') + 1) == '1' && head.mid(head.indexOf(' ') + 1, 3) != "101";
}

} // namespace

TransferChannel::TransferChannel(const Settings &settings)
    : m_settings(settings)
{}

bool TransferChannel::writeUpload(QByteArrayView bytes)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    // What libcurl has read goes, so the buffer holds only what is still to send.
    if (m_uploadRead > 0 && (m_uploadRead == m_upload.size() || m_uploadRead >= 64 * 1024)) {
        m_upload.remove(0, m_uploadRead);
        m_uploadRead = 0;
    }
    m_upload.append(bytes.data(), bytes.size());
    return std::exchange(m_uploadPaused, false);
}

bool TransferChannel::finishUpload()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_uploadDone = true;
    return std::exchange(m_uploadPaused, false);
}

qint64 TransferChannel::uploadBuffered() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_upload.size() - m_uploadRead;
}

qint64 TransferChannel::receivedBuffered() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_body.size();
}

TransferChannel::Received TransferChannel::take(qint64 maxBody)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    Received received;
    received.heads.swap(m_heads);
    if (m_body.size() <= maxBody) {
        received.body.swap(m_body);
    } else {
        received.body = m_body.left(maxBody);
        m_body.remove(0, maxBody);
    }
    m_told = !m_body.isEmpty();
    // Resume once half the window is free again, not at every byte taken.
    if (m_downloadPaused && m_body.size() <= m_settings.window / 2) {
        m_downloadPaused = false;
        received.resume = true;
    }
    return received;
}

bool TransferChannel::notifyLocked()
{
    return !std::exchange(m_told, true);
}

bool TransferChannel::headerLine(QByteArrayView line)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    // After the final head only trailer fields can come (no redirect is followed).
    if (m_finalHead)
        return false;
    m_line.append(line.data(), line.size());
    if (!isEmptyLine(line))
        return false;
    QByteArray head = std::exchange(m_line, {});
    if (!isInterimHead(head))
        m_finalHead = true;
    m_heads.append(std::move(head));
    return notifyLocked();
}

TransferChannel::BodyResult TransferChannel::body(QByteArrayView bytes)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_body.size() >= m_settings.window) {
        m_downloadPaused = true;
        return BodyResult::Full;
    }
    m_body.append(bytes.data(), bytes.size());
    return notifyLocked() ? BodyResult::TakenNotify : BodyResult::Taken;
}

qint64 TransferChannel::readUpload(char *buffer, qint64 size)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const qint64 available = m_upload.size() - m_uploadRead;
    if (available == 0) {
        if (m_uploadDone)
            return 0;
        m_uploadPaused = true;
        return -1;
    }
    const qint64 count = qMin(available, size);
    std::memcpy(buffer, m_upload.constData() + m_uploadRead, size_t(count));
    m_uploadRead += count;
    return count;
}

} // namespace HttpLens
