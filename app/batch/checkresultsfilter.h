#pragma once

#include "model/wordfilter.h"

namespace HttpLens {

// Filters a check's results while it runs: every word must occur in the URL, the final URL,
// the status, the change or the error ("404", "lab changed"), and with a change chosen, only
// results of that change are shown. Sorts by CheckResultsModel::SortRole.
class CheckResultsFilter : public WordFilter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckResultsFilter)

public:
    explicit CheckResultsFilter(QObject *parent = nullptr);
    // A CheckResult::Change as an int, or -1 for every change.
    void setChange(int change);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_change = -1;
};

} // namespace HttpLens
