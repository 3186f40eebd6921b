#include "urllist.h"

#include "model/url.h"

#include <QCoreApplication>
#include <QFile>

namespace HttpLens {

namespace {

class ListText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::UrlList)
};

// A line longer than this is no URL anyone means; reading stops there instead of growing.
constexpr qint64 kMaxLine = 64 * 1024;

// Blank lines and comments are no entries of the list.
bool isEntry(QByteArrayView trimmed)
{
    return !trimmed.isEmpty() && !trimmed.startsWith('#');
}

} // namespace

std::optional<UrlListReader::Item> urlListItem(const QByteArray &raw, qint64 number)
{
    const QByteArray line = raw.trimmed();
    if (!isEntry(line))
        return std::nullopt;
    UrlListReader::Item item;
    item.line = number;
    QString text = QString::fromUtf8(line);
    if (!text.contains(QLatin1String("://")) && !text.contains(QLatin1Char(' ')))
        text.prepend(QLatin1String("http://"));
    item.url = encodeUrl(text);
    if (raw.size() >= kMaxLine)
        item.problem = ListText::tr("Line %1 is longer than %2 kB.").arg(number).arg(kMaxLine / 1024);
    else if (const std::optional<UrlProblem> problem = urlProblem(text))
        item.problem = ListText::tr("Line %1: %2").arg(number).arg(problem->sentence);
    return item;
}

UrlListReader::UrlListReader(QIODevice *device)
    : m_device(device)
{}

bool UrlListReader::nextLine(QByteArray *line)
{
    // One buffer for every line: QIODevice::readLine(qint64) would allocate the whole bound
    // for each line, a system call apiece once the bound is past malloc's mmap threshold.
    if (m_buffer.isEmpty())
        m_buffer.resize(kMaxLine + 1);
    if (m_device->atEnd())
        return false;
    const qint64 read = m_device->readLine(m_buffer.data(), kMaxLine + 1);
    if (read < 0)
        return false;
    ++m_line;
    *line = QByteArray::fromRawData(m_buffer.constData(), qsizetype(read));
    if (read >= kMaxLine && !line->endsWith('\n')) {
        // Skip the rest of an endless line without keeping it.
        while (!m_device->atEnd()) {
            const qint64 more = m_device->readLine(m_buffer.data(), kMaxLine + 1);
            if (more <= 0 || m_buffer.at(qsizetype(more) - 1) == '\n')
                break;
        }
        *line = QByteArray(kMaxLine, 'x');
    }
    return true;
}

std::optional<UrlListReader::Item> UrlListReader::next()
{
    QByteArray line;
    while (nextLine(&line)) {
        if (std::optional<Item> item = urlListItem(line, m_line))
            return item;
    }
    return std::nullopt;
}

// Counted as next() would hand them out (invalid lines included), without reading each URL.
qint64 UrlListReader::countUrls(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    UrlListReader reader(&file);
    qint64 count = 0;
    QByteArray line;
    while (reader.nextLine(&line)) {
        if (isEntry(QByteArrayView(line).trimmed()))
            ++count;
    }
    return count;
}

} // namespace HttpLens
