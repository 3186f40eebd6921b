#include "wordfilter.h"

namespace HttpLens {

WordFilter::WordFilter(int textRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_textRole(textRole)
{}

void WordFilter::setFilterWords(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool WordFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text = sourceModel()->index(sourceRow, 0, sourceParent).data(m_textRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace HttpLens
