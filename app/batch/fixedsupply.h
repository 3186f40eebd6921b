#pragma once

#include "batch/urlsupply.h"

#include <QStringList>

namespace HttpLens {

// URLs already at hand: a sitemap's, or text pasted into the window.
class FixedSupply : public UrlSupply
{
public:
    // Lines of a list (blank lines and # comments are skipped, and not counted in total()).
    explicit FixedSupply(const QStringList &lines);
    std::optional<UrlListReader::Item> next() override;
    qint64 total() const override { return m_total; }

private:
    QStringList m_urls;
    qsizetype m_next = 0;
    qint64 m_total = 0;
};

} // namespace HttpLens
