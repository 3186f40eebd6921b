#include "historyfilter.h"

#include "inspector/history.h"

namespace HttpLens {

HistoryFilter::HistoryFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void HistoryFilter::setFilterWords(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool HistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text = sourceModel()
                                 ->index(sourceRow, 0, sourceParent)
                                 .data(History::FilterTextRole)
                                 .toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace HttpLens
