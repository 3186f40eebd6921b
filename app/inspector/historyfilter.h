#pragma once

#include "model/wordfilter.h"

namespace HttpLens {

// Filters the history by words: every word must occur in the method, URL, status or program of
// an entry ("304", "post lab", "404 api", "python3"), case-insensitively.
class HistoryFilter : public WordFilter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilter)

public:
    explicit HistoryFilter(QObject *parent = nullptr);
};

} // namespace HttpLens
