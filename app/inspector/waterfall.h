#pragma once

#include "model/exchange.h"

#include <QList>

namespace HttpLens {

// One bar of the timing waterfall: a phase of the final hop, placed on a time axis that starts
// when the hop started. Phases that did not happen (TLS on plain HTTP, DNS for an address) are
// left out.
struct PhaseSpan
{
    enum class Phase { Redirects, Dns, Connect, Tls, Send, Wait, Download };
    Phase phase = Phase::Dns;
    qint64 startUs = 0;
    qint64 durationUs = 0;
};

QList<PhaseSpan> waterfall(const Timings &timings);
QString phaseName(PhaseSpan::Phase phase);
// What the phase measures, for the tooltip.
QString phaseDescription(PhaseSpan::Phase phase);

} // namespace HttpLens
