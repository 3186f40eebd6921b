#include "hoprecorder.h"

namespace HttpLens {

namespace {

// Room for a typical response head at once, rather than growing it line by line.
constexpr qsizetype kTypicalHead = 512;

bool isBlankLine(QByteArrayView line)
{
    return line == "\r\n" || line == "\n";
}

bool isCompleteHead(QByteArrayView head)
{
    return isBlankLine(head) || head.endsWith("\n\r\n") || head.endsWith("\n\n");
}

// "HTTP/1.1 103 ..." but not 101, which ends the HTTP exchange on that connection. The status
// is read as ResponseHead reads it, so a head is never restored as 1xx and then kept as final.
bool isInterimStatusLine(QByteArrayView head)
{
    const qsizetype end = head.indexOf('\n');
    return ResponseHead::parse(head.first(end < 0 ? head.size() : end + 1).toByteArray()).isInterim();
}

} // namespace

HopRecorder::HopRecorder(Exchange *exchange,
                         std::function<qint64()> now,
                         std::function<QString()> url)
    : m_exchange(exchange)
    , m_now(std::move(now))
    , m_url(std::move(url))
{}

void HopRecorder::beginHop()
{
    if (m_hop)
        m_hop->endUs = m_now();
    m_exchange->hops.append(Hop());
    m_hop = &m_exchange->hops.last();
    m_hop->started = QDateTime::currentDateTimeUtc();
    m_hop->startUs = m_exchange->hops.size() == 1 ? 0 : m_now();
    m_hop->url = m_url();
    m_responseStarted = false;
    m_finalHeadDone = false;
    m_pendingHead.clear();
    m_line.clear();
    // Only the final hop's body is kept; earlier ones are counted, not stored.
    m_exchange->body.clear();
}

void HopRecorder::trace(TraceEvent::Kind kind, QByteArrayView data, qint64 size)
{
    if (!m_tracing)
        return;
    QList<TraceEvent> &events = m_exchange->trace;
    QByteArray &bytes = m_exchange->traceBytes;
    const bool keepBytes = kind != TraceEvent::Kind::RequestBody
                           && kind != TraceEvent::Kind::ResponseBody;
    if (!events.isEmpty() && events.last().kind == kind && kind != TraceEvent::Kind::Info) {
        TraceEvent &last = events.last();
        // Bodies merge; a head is one event until its empty line.
        const bool merge = !keepBytes
                           || !isCompleteHead(QByteArrayView(bytes).sliced(last.offset, last.size));
        if (merge) {
            if (keepBytes)
                bytes.append(data.data(), data.size());
            last.size += size;
            return;
        }
    }
    TraceEvent event;
    event.kind = kind;
    event.atUs = m_now();
    event.size = size;
    if (keepBytes) {
        event.offset = bytes.size();
        bytes.append(data.data(), data.size());
    }
    events.append(event);
}

void HopRecorder::text(QByteArrayView data)
{
    if (!m_tracing)
        return;
    trace(TraceEvent::Kind::Info, data, data.size());
    m_exchange->log.append(data.data(), data.size());
}

void HopRecorder::requestHead(QByteArrayView data)
{
    if (!m_hop || m_responseStarted)
        beginHop();
    if (m_hop->requestUs < 0)
        m_hop->requestUs = m_now();
    trace(TraceEvent::Kind::RequestHead, data, data.size());
    // Parsed once the hop's response begins or the transfer ends.
    m_hop->request.raw.append(data.data(), data.size());
}

void HopRecorder::requestBody(QByteArrayView data)
{
    if (!m_hop)
        beginHop();
    trace(TraceEvent::Kind::RequestBody, {}, data.size());
    qint64 keep = data.size();
    if (m_requestBodyLimit >= 0)
        keep = qBound<qint64>(0, m_requestBodyLimit - m_hop->requestBody.size(), data.size());
    m_hop->requestBody.append(data.data(), keep);
    m_hop->requestBodyOmitted += data.size() - keep;
}

void HopRecorder::responseBytes(QByteArrayView data)
{
    // Lines are processed whole, however the bytes were cut.
    while (!data.isEmpty()) {
        const qsizetype newline = data.indexOf('\n');
        if (newline < 0) {
            m_line.append(data.data(), data.size());
            return;
        }
        if (m_line.isEmpty()) {
            // libcurl hands over one whole line at a time: no copy is needed.
            line(data.first(newline + 1));
        } else {
            // Taken out first: a new hop clears m_line.
            m_line.append(data.data(), newline + 1);
            const QByteArray complete = std::exchange(m_line, QByteArray());
            line(complete);
        }
        data = data.sliced(newline + 1);
    }
}

void HopRecorder::line(QByteArrayView line)
{
    if (!m_hop || (m_finalHeadDone && line.startsWith("HTTP/")))
        beginHop();
    if (!m_responseStarted) {
        m_responseStarted = true;
        m_hop->firstByteUs = m_now();
        if (!m_hop->request.raw.isEmpty())
            m_hop->request = RequestHead::parse(m_hop->request.raw);
    }
    trace(TraceEvent::Kind::ResponseHead, line, line.size());
    if (m_finalHeadDone) {
        // A trailer cannot be mistaken for a status line: a field name is a token, with no '/'.
        m_hop->rawTrailers.append(line.data(), line.size());
        return;
    }
    // libcurl 7.88 does not report the empty line that ends a 1xx head; the next status line
    // shows it was there. It is restored with the head's own line ending.
    if (!m_pendingHead.isEmpty() && line.startsWith("HTTP/") && isInterimStatusLine(m_pendingHead)) {
        const qsizetype firstEnd = m_pendingHead.indexOf('\n');
        const bool crlf = firstEnd > 0 && m_pendingHead.at(firstEnd - 1) == '\r';
        m_pendingHead.append(crlf ? "\r\n" : "\n");
        completeHead();
    }
    if (m_pendingHead.isEmpty())
        m_pendingHead.reserve(kTypicalHead);
    m_pendingHead.append(line.data(), line.size());
    if (isBlankLine(line))
        completeHead();
}

void HopRecorder::completeHead()
{
    ResponseHead head = ResponseHead::parse(m_pendingHead);
    m_pendingHead.clear();
    if (head.isInterim()) {
        m_hop->interim.append(head);
    } else {
        m_hop->response = head;
        m_hop->hasResponse = true;
        m_finalHeadDone = true;
    }
}

void HopRecorder::responseBody(qint64 wireBytes)
{
    trace(TraceEvent::Kind::ResponseBody, {}, wireBytes);
    if (m_hop)
        m_hop->bodyWireBytes += wireBytes;
}

void HopRecorder::finish()
{
    // A line without its LF at the very end (a head cut off) still belongs to the record.
    if (!m_line.isEmpty() && m_hop) {
        if (m_finalHeadDone)
            m_hop->rawTrailers.append(m_line);
        else
            m_pendingHead.append(m_line);
        m_line.clear();
    }
    if (m_hop)
        m_hop->endUs = m_now();
    for (Hop &hop : m_exchange->hops) {
        // A hop whose response never began (cancel, timeout, reset) still shows its request.
        if (hop.request.method.isEmpty() && !hop.request.raw.isEmpty())
            hop.request = RequestHead::parse(hop.request.raw);
    }
}

} // namespace HttpLens
