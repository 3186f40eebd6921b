#include "checkresultsfilter.h"

#include "batch/checkresultsmodel.h"

namespace HttpLens {

CheckResultsFilter::CheckResultsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CheckResultsModel::SortRole);
    // Rows that arrive while the table is sorted or filtered land where they belong.
    setDynamicSortFilter(true);
}

void CheckResultsFilter::setFilterWords(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void CheckResultsFilter::setChange(int change)
{
    m_change = change;
    invalidateFilter();
}

bool CheckResultsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_change >= 0 && index.data(CheckResultsModel::ChangeRole).toInt() != m_change)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(CheckResultsModel::FilterTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace HttpLens
