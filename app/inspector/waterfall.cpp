#include "waterfall.h"

#include <QCoreApplication>

namespace HttpLens {

namespace {

class WaterfallText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Waterfall)
};

} // namespace

QList<PhaseSpan> waterfall(const Timings &t, bool failed, bool reusedConnection)
{
    QList<PhaseSpan> spans;
    if (t.totalUs < 0)
        return spans; // nothing was sent
    qint64 at = 0;
    auto add = [&](PhaseSpan::Phase phase, qint64 duration) {
        spans.append({phase, at, duration, false});
        if (duration > 0)
            at += duration;
    };
    if (t.redirectUs > 0)
        add(PhaseSpan::Phase::Redirects, t.redirectUs);
    if (reusedConnection && t.preTransferUs >= 0) {
        const qint64 start = at;
        for (PhaseSpan::Phase phase : {PhaseSpan::Phase::Dns, PhaseSpan::Phase::Connect})
            spans.append({phase, start, -1, false, true});
        if (t.secure)
            spans.append({PhaseSpan::Phase::Tls, start, -1, false, true});
        add(PhaseSpan::Phase::Send, t.preTransferUs - qMax<qint64>(0, t.redirectUs));
    } else {
        add(PhaseSpan::Phase::Dns, t.dnsPhaseUs());
        add(PhaseSpan::Phase::Connect, t.connectPhaseUs());
        if (t.secure || t.tlsPhaseUs() >= 0)
            add(PhaseSpan::Phase::Tls, t.tlsPhaseUs());
        add(PhaseSpan::Phase::Send, t.sendPhaseUs());
    }
    add(PhaseSpan::Phase::Wait, t.waitPhaseUs());
    add(PhaseSpan::Phase::Download, t.downloadPhaseUs());
    if (failed) {
        for (auto it = spans.rbegin(); it != spans.rend(); ++it) {
            if (it->happened()) {
                it->stopped = true;
                break;
            }
        }
    }
    return spans;
}

QList<PhaseTime> phaseTimes(const Exchange &e)
{
    QList<PhaseTime> times{{"dns"}, {"connect"}, {"tls"}, {"send"}, {"wait"}, {"download"}};
    for (const PhaseSpan &span : waterfall(e.timings, false, e.connection.reused)) {
        if (span.phase != PhaseSpan::Phase::Redirects)
            times[int(span.phase) - int(PhaseSpan::Phase::Dns)].us = span.durationUs;
    }
    return times;
}

QString connectionUse(const Exchange &e)
{
    if (e.connection.reused)
        return WaterfallText::tr("reused connection");
    if (e.connection.connectionsOpened > 0)
        return WaterfallText::tr("new connection");
    return WaterfallText::tr("no connection");
}

QString phaseName(PhaseSpan::Phase phase)
{
    switch (phase) {
    case PhaseSpan::Phase::Redirects:
        return WaterfallText::tr("Redirects");
    case PhaseSpan::Phase::Dns:
        return WaterfallText::tr("DNS lookup");
    case PhaseSpan::Phase::Connect:
        return WaterfallText::tr("TCP connect");
    case PhaseSpan::Phase::Tls:
        return WaterfallText::tr("TLS handshake");
    case PhaseSpan::Phase::Send:
        return WaterfallText::tr("Request sent");
    case PhaseSpan::Phase::Wait:
        return WaterfallText::tr("Waiting (TTFB)");
    case PhaseSpan::Phase::Download:
        return WaterfallText::tr("Download");
    }
    return {};
}

QString phaseDescription(PhaseSpan::Phase phase)
{
    switch (phase) {
    case PhaseSpan::Phase::Redirects:
        return WaterfallText::tr(
                "Every earlier hop of the redirect chain, from start to the last redirect.");
    case PhaseSpan::Phase::Dns:
        return WaterfallText::tr("Resolving the host name to an address.");
    case PhaseSpan::Phase::Connect:
        return WaterfallText::tr("The TCP handshake with the server.");
    case PhaseSpan::Phase::Tls:
        return WaterfallText::tr("The TLS handshake: certificates, keys and ALPN.");
    case PhaseSpan::Phase::Send:
        return WaterfallText::tr("From the open connection until the request was ready to go.");
    case PhaseSpan::Phase::Wait:
        return WaterfallText::tr(
                "From sending the request to the first byte of the response: the server's "
                "thinking time plus one round trip.");
    case PhaseSpan::Phase::Download:
        return WaterfallText::tr("From the first byte of the response to the last.");
    }
    return {};
}

} // namespace HttpLens
