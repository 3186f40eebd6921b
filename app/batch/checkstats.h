#pragma once

#include <QtGlobal>

#include <array>

namespace HttpLens {

// Counts of a check so far, for the progress line, the window and the summary.
struct CheckStats
{
    qint64 total = -1; // when known
    qint64 done = 0;
    qint64 invalid = 0;
    qint64 skipped = 0;                  // checked already by the run this one resumes
    std::array<qint64, 6> byClass = {};  // 1xx..5xx, and statuses outside 100-599
    std::array<qint64, 5> byChange = {}; // in the order of CheckResult::Change
    qint64 wireBytes = 0;
    qint64 savedBytes = 0; // what the 304s saved against downloading the resources again
    qint64 elapsedMs = 0;
};

} // namespace HttpLens
