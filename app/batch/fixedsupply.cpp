#include "fixedsupply.h"

namespace HttpLens {

FixedSupply::FixedSupply(const QStringList &lines)
    : m_urls(lines)
{
    for (const QString &line : lines) {
        const QStringView text = QStringView(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(u'#'))
            ++m_total;
    }
}

std::optional<UrlListReader::Item> FixedSupply::next()
{
    while (m_next < m_urls.size()) {
        const qsizetype index = m_next++;
        if (std::optional<UrlListReader::Item> item = urlListItem(m_urls.at(index).toUtf8(),
                                                                  index + 1))
            return item;
    }
    return std::nullopt;
}

} // namespace HttpLens
