#include "checkresultsfilter.h"

#include "batch/checkresultsmodel.h"

namespace HttpLens {

CheckResultsFilter::CheckResultsFilter(QObject *parent)
    : WordFilter(CheckResultsModel::FilterTextRole, parent)
{
    setSortRole(CheckResultsModel::SortRole);
    // Rows that arrive while the table is sorted or filtered land where they belong.
    setDynamicSortFilter(true);
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
    return WordFilter::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace HttpLens
