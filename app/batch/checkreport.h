#pragma once

#include "batch/batchchecker.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace HttpLens {

// The renderings of a check: one JSON line and one CSV row per URL, the live progress line and
// the summary at the end. Shared by `httplens-cli check` and the window's exports.

// {"url", "finalUrl", "status", "reason", "redirects", "timeMs", "wireBytes", "change",
//  "decidedBy", "error": {"curlCode", "message"} when there was one, "note" when there is one,
//  "hops": [{"status", "url"}] for the redirects followed}
QByteArray checkResultJson(const CheckResult &result);
// The redirects followed, as "302 URL -> 301 URL" (CSV, the window's tooltips).
QString hopChain(const QList<CheckHop> &hops);
// A line written by checkResultJson read back (a resumed run reports what the interrupted one
// had checked); nothing when it is not such a line.
std::optional<CheckResult> checkResultFromJson(const QByteArray &json);
QByteArray checkCsvHeader();
QByteArray checkResultCsv(const CheckResult &result);

// "1,234 of 10,000 · 812 URLs/s · 11 s left · 2xx 1,200 · 4xx 30 · errors 4"
// "handled of total" counts the lines that were no URL and the URLs a resumed run skips, so that a
// finished run reads N of N; a run that has ended (finished) says no time left.
QString checkProgressLine(const CheckStats &stats, bool ended = false);
// What the run found, by status class and by change, and what revalidation saved.
QString checkSummary(const CheckStats &stats);

} // namespace HttpLens
