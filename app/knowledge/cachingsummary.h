#pragma once

#include "model/exchange.h"

#include <QList>
#include <QString>

namespace HttpLens {

// What a browser's private cache would make of an exchange's final response (RFC 9111), as
// labelled rows: may it be stored and why, for how long it is fresh and where that lifetime
// comes from, how old it is, what the cache does next, and notes (clock skew, conflicting
// directives). The one rendering of the verdict for the window's Explain tab and the CLI.
struct CachingRow
{
    QString label;
    QString value;
};

struct CachingSummary
{
    QString title;
    QList<CachingRow> rows;
};

// Empty (no title, no rows) when no response arrived.
CachingSummary cachingSummary(const Exchange &exchange);

} // namespace HttpLens
