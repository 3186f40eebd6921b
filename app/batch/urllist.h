#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace HttpLens {

// The URLs of a list, one per line, read as they are needed so that a list of millions costs
// no more memory than a short one. Blank lines and lines starting with '#' are skipped; a URL
// without a scheme gets http://, as curl guesses; a line that is no URL is handed out with a
// sentence saying why, and its number, so the run can report it and go on.
class UrlListReader
{
public:
    explicit UrlListReader(QIODevice *device);

    struct Item
    {
        qint64 line = 0;
        QString url;
        QString problem; // not empty: the line is no URL
    };
    // The next URL or invalid line; nothing at the end of the list.
    std::optional<Item> next();

    // Lines of a file whose URLs are counted in advance (for a progress line's total).
    static qint64 countUrls(const QString &path);

private:
    // The next raw line (a line over the limit as a line of that many 'x'); false at the end.
    bool nextLine(QByteArray *line);

    QIODevice *m_device;
    qint64 m_line = 0;
    QByteArray m_buffer;
};

// What one line of a list says: nothing (blank, a comment), a URL ready to send, or a problem.
std::optional<UrlListReader::Item> urlListItem(const QByteArray &line, qint64 number);

} // namespace HttpLens
