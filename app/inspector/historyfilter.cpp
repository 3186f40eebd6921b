#include "historyfilter.h"

#include "inspector/history.h"

namespace HttpLens {

HistoryFilter::HistoryFilter(QObject *parent)
    : WordFilter(History::FilterTextRole, parent)
{}

} // namespace HttpLens
