#include "requestparser.h"

#include "languagescope.h"
#include "model/request.h"

#include <QCoreApplication>

namespace HttpLens::Practice {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// A printable rendering of untrusted bytes for error messages, at most 40 of them.
QString shown(QByteArrayView bytes)
{
    QString out;
    for (char c : bytes.first(qMin<qsizetype>(bytes.size(), 40))) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f)
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        else
            out += QChar::fromLatin1(c);
    }
    if (bytes.size() > 40)
        out += QStringLiteral("…");
    return out;
}

// Splits off one line ending in LF (CR before it removed). Returns false when no LF follows.
bool takeLine(QByteArrayView data, qsizetype from, QByteArrayView *line, qsizetype *next)
{
    const qsizetype lf = data.indexOf('\n', from);
    if (lf < 0)
        return false;
    qsizetype end = lf;
    if (end > from && data.at(end - 1) == '\r')
        --end;
    *line = data.sliced(from, end - from);
    *next = lf + 1;
    return true;
}

bool isHttpVersionShape(QByteArrayView version)
{
    return version.size() == 8 && version.startsWith("HTTP/") && version.at(5) >= '0'
           && version.at(5) <= '9' && version.at(6) == '.' && version.at(7) >= '0'
           && version.at(7) <= '9';
}

} // namespace

QByteArray ParsedRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? target : target.left(question);
}

QByteArray ParsedRequest::query() const
{
    const qsizetype question = target.indexOf('?');
    return question < 0 ? QByteArray() : target.mid(question + 1);
}

RequestParser::RequestParser()
    : RequestParser(Limits())
{}

RequestParser::RequestParser(const Limits &limits)
    : m_limits(limits)
{}

RequestParser::State RequestParser::fail(int status, const QString &message)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorMessage = message;
    return m_state;
}

RequestParser::State RequestParser::feed(const QByteArray &bytes)
{
    if (m_state == State::Error)
        return m_state;
    m_buffer.append(bytes);
    if (m_state == State::Complete)
        return m_state; // the caller takes the request first
    return parse();
}

ParsedRequest RequestParser::takeRequest()
{
    ParsedRequest request = std::move(m_request);
    m_request = ParsedRequest();
    m_buffer.remove(0, m_consumed);
    m_consumed = 0;
    m_headParsed = false;
    m_bodyStart = 0;
    m_contentLength = 0;
    m_chunkPos = 0;
    m_inTrailers = false;
    m_trailerBytes = 0;
    m_bodyPassed = 0;
    m_chunkLeft = 0;
    m_state = State::Incomplete;
    // A pipelined request may already be waiting in the buffer.
    if (!m_buffer.isEmpty())
        parse();
    return request;
}

RequestParser::State RequestParser::checkRequestLine(QByteArrayView line)
{
    const qsizetype first = line.indexOf(' ');
    const qsizetype last = line.lastIndexOf(' ');
    if (first <= 0 || last == first || last == line.size() - 1)
        return fail(400,
                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                          "The request line \"%1\" is not METHOD TARGET VERSION "
                                          "separated by single "
                                          "spaces (RFC 9112 §3)."))
                            .arg(shown(line)));
    const QByteArray method = line.first(first).toByteArray();
    const QByteArrayView target = line.sliced(first + 1, last - first - 1);
    const QByteArrayView version = line.sliced(last + 1);
    if (!isToken(method))
        return fail(400,
                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                          "The method \"%1\" is not a token (RFC 9110 §9.1)."))
                            .arg(shown(method)));
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return fail(400,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                              "The request target \"%1\" contains a space, a "
                                              "control character or a "
                                              "non-ASCII byte; such bytes must be percent-encoded "
                                              "(RFC 3986)."))
                                .arg(shown(target)));
    }
    // CONNECT names an authority, "host:port" (RFC 9112 §3.2.3); every other method a path,
    // an absolute URL or '*'.
    const bool authorityForm = method == "CONNECT" && !target.isEmpty() && !target.contains('/')
                               && target.lastIndexOf(':') > 0;
    if (!(authorityForm || target.startsWith('/') || target == "*" || target.startsWith("http://")
          || target.startsWith("https://")))
        return fail(400,
                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                          "The request target \"%1\" must start with '/' (or be an "
                                          "absolute http URL, "
                                          "or '*')."))
                            .arg(shown(target)));
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (isHttpVersionShape(version))
            return fail(505,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                              "%1 is not supported here: only HTTP/1.0 and "
                                              "HTTP/1.1 are."))
                                .arg(shown(version)));
        return fail(400,
                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                          "\"%1\" is not an HTTP version; the request line must "
                                          "end in HTTP/1.1."))
                            .arg(shown(version)));
    }
    m_request.method = method;
    m_request.target = target.toByteArray();
    m_request.version = version.toByteArray();
    return State::Incomplete;
}

RequestParser::State RequestParser::parse()
{
    if (m_state != State::Incomplete)
        return m_state;
    if (!m_headParsed) {
        // RFC 9112 §2.2: empty lines before the request line are ignored.
        qsizetype skip = 0;
        while (skip < m_buffer.size() && (m_buffer.at(skip) == '\r' || m_buffer.at(skip) == '\n')
               && skip < 8)
            ++skip;
        if (skip > 0)
            m_buffer.remove(0, skip);
        if (!m_buffer.isEmpty() && m_buffer.at(0) == '\x16')
            return fail(400,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                              "This is a TLS handshake: the client speaks HTTPS to "
                                              "a plain HTTP port. "
                                              "Use an http:// URL.")));

        const QByteArrayView data(m_buffer);
        QByteArrayView line;
        qsizetype next = 0;
        qsizetype pos = 0;
        bool first = true;
        while (takeLine(data, pos, &line, &next)) {
            if (first) {
                // Judge the request line as soon as it is there, so garbage is refused early.
                if (checkRequestLine(line) == State::Error)
                    return m_state;
                first = false;
            } else if (line.isEmpty()) {
                if (next > m_limits.maxHeadBytes)
                    break;
                return parseHead(pos, next) == State::Error ? m_state : parseBody();
            }
            pos = next;
        }
        if (m_buffer.size() > m_limits.maxHeadBytes)
            return fail(431,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                              "The request head is larger than %1 bytes."))
                                .arg(m_limits.maxHeadBytes));
        if (first && m_buffer.size() > 8192)
            return fail(400,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                              "No request line after %1 bytes."))
                                .arg(m_buffer.size()));
        return State::Incomplete;
    }
    return parseBody();
}

RequestParser::State RequestParser::parseHead(qsizetype headEnd, qsizetype bodyStart)
{
    const QByteArrayView data(m_buffer);
    m_request.rawHead = m_buffer.left(bodyStart);
    for (qsizetype i = 0; i < headEnd; ++i) {
        if (data.at(i) == '\r' && (i + 1 >= data.size() || data.at(i + 1) != '\n'))
            return fail(400,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                              "A bare CR inside the head (RFC 9112 §2.2).")));
    }
    QByteArrayView line;
    qsizetype next = 0;
    takeLine(data, 0, &line, &next); // the request line, already checked
    qsizetype pos = next;
    HeaderList fields;
    while (pos < headEnd && takeLine(data, pos, &line, &next)) {
        pos = next;
        if (isBlank(line.front()))
            return fail(400,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                              "Obsolete line folding (a field line starting with a "
                                              "space or tab) is "
                                              "not accepted (RFC 9112 §5.2).")));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                              "The field line \"%1\" has no name and colon."))
                                .arg(shown(line)));
        const QByteArray name = line.first(colon).toByteArray();
        if (isBlank(name.back()))
            return fail(400,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                              "Whitespace between the field name \"%1\" and the "
                                              "colon is not allowed "
                                              "(RFC 9112 §5.1)."))
                                .arg(shown(name.trimmed())));
        if (!isToken(name))
            return fail(
                    400,
                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                          "The field name \"%1\" is not a token (RFC 9110 §5.1)."))
                            .arg(shown(name)));
        const QByteArrayView value = trimBlanks(line.sliced(colon + 1));
        for (char c : value) {
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && u != '\t') || u == 0x7f)
                return fail(400,
                            say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                  "The value of %1 contains a control character."))
                                    .arg(QString::fromLatin1(name)));
        }
        fields.append({name, value.toByteArray()});
        if (fields.size() > m_limits.maxHeaderFields)
            return fail(431,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice", "More than %1 header fields."))
                                .arg(m_limits.maxHeaderFields));
    }
    m_request.headers = fields;

    if (m_request.version == "HTTP/1.1") {
        const qsizetype hosts = headerValues(fields, "Host").size();
        if (hosts != 1)
            return fail(400,
                        hosts == 0 ? say(QT_TRANSLATE_NOOP(
                                "HttpLens::Practice",
                                "An HTTP/1.1 request must have a Host header (RFC 9112 §3.2)."))
                                   : say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                           "The request has %1 Host headers; "
                                                           "exactly one is allowed (RFC "
                                                           "9112 §3.2)."))
                                             .arg(hosts));
    }

    const QList<QByteArray> encodings = headerValues(fields, "Transfer-Encoding");
    const QList<QByteArray> lengths = headerValues(fields, "Content-Length");
    if (!encodings.isEmpty()) {
        if (!lengths.isEmpty())
            return fail(400,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                              "Both Transfer-Encoding and Content-Length: a "
                                              "request smuggling risk, "
                                              "refused (RFC 9112 §6.1).")));
        if (m_request.version == "HTTP/1.0")
            return fail(400,
                        say(QT_TRANSLATE_NOOP(
                                "HttpLens::Practice",
                                "Transfer-Encoding in an HTTP/1.0 request (RFC 9112 §6.1).")));
        QList<QByteArray> codings;
        for (const QByteArray &value : encodings) {
            for (const QByteArray &coding : value.split(','))
                codings.append(coding.trimmed().toLower());
        }
        if (codings.size() != 1 || codings.first() != "chunked")
            return fail(501,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                              "Transfer-Encoding \"%1\" is not supported: only "
                                              "\"chunked\" is accepted."))
                                .arg(QString::fromLatin1(encodings.join(", "))));
        m_request.chunked = true;
    } else if (!lengths.isEmpty()) {
        QByteArray agreed;
        for (const QByteArray &value : lengths) {
            for (const QByteArray &part : value.split(',')) {
                const QByteArray digits = part.trimmed();
                bool allDigits = !digits.isEmpty() && digits.size() <= 18;
                for (char c : digits)
                    allDigits = allDigits && c >= '0' && c <= '9';
                if (!allDigits)
                    return fail(400,
                                say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                      "Content-Length \"%1\" is not a number."))
                                        .arg(shown(value)));
                if (!agreed.isEmpty() && digits.toLongLong() != agreed.toLongLong())
                    return fail(400,
                                say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                      "Content-Length values disagree (%1): a "
                                                      "request smuggling risk, "
                                                      "refused."))
                                        .arg(QString::fromLatin1(lengths.join(", "))));
                agreed = digits;
            }
        }
        m_contentLength = agreed.toLongLong();
        if (m_contentLength > m_limits.maxBodyBytes && !m_limits.streamBody)
            return fail(413,
                        say(QT_TRANSLATE_NOOP(
                                    "HttpLens::Practice",
                                    "The body of %1 bytes is larger than the %2 bytes allowed."))
                                .arg(m_contentLength)
                                .arg(m_limits.maxBodyBytes));
    }

    QList<QByteArray> connection;
    for (const QByteArray &value : headerValues(fields, "Connection")) {
        for (const QByteArray &option : value.split(','))
            connection.append(option.trimmed().toLower());
    }
    m_request.keepAlive = m_request.version == "HTTP/1.1" ? !connection.contains("close")
                                                          : connection.contains("keep-alive");

    m_headParsed = true;
    m_bodyStart = bodyStart;
    m_chunkPos = bodyStart;
    return State::Incomplete;
}

RequestParser::State RequestParser::parseBody()
{
    if (m_request.chunked)
        return parseChunks();
    if (m_limits.streamBody)
        return streamSizedBody();
    if (m_buffer.size() - m_bodyStart < m_contentLength)
        return State::Incomplete;
    m_request.body = m_buffer.mid(m_bodyStart, m_contentLength);
    m_consumed = m_bodyStart + m_contentLength;
    m_state = State::Complete;
    return m_state;
}

// The body bytes that have arrived leave the buffer at once; the head stays until the request
// is taken.
RequestParser::State RequestParser::streamSizedBody()
{
    const qsizetype available = qMin<qsizetype>(m_buffer.size() - m_bodyStart,
                                                m_contentLength - m_bodyPassed);
    if (available > 0) {
        m_streamed.append(QByteArrayView(m_buffer).sliced(m_bodyStart, available));
        m_buffer.remove(m_bodyStart, available);
        m_bodyPassed += available;
    }
    if (m_bodyPassed < m_contentLength)
        return State::Incomplete;
    m_consumed = m_bodyStart;
    m_state = State::Complete;
    return m_state;
}

RequestParser::State RequestParser::parseChunks()
{
    const State state = parseChunkLines();
    if (!m_limits.streamBody || state == State::Error || m_chunkPos <= m_bodyStart)
        return state;
    // Streaming: what the chunk lines used is handed over or framing, so it leaves the buffer.
    const qsizetype used = m_chunkPos - m_bodyStart;
    m_buffer.remove(m_bodyStart, used);
    m_chunkPos = m_bodyStart;
    if (state == State::Complete)
        m_consumed -= used;
    return state;
}

RequestParser::State RequestParser::parseChunkLines()
{
    const QByteArrayView data(m_buffer);
    if (const State state = chunkData(data); state != State::Complete)
        return state;
    for (;;) {
        QByteArrayView line;
        qsizetype next = 0;
        if (!takeLine(data, m_chunkPos, &line, &next)) {
            if (data.size() - m_chunkPos > 1024)
                return fail(400,
                            say(QT_TRANSLATE_NOOP(
                                    "HttpLens::Practice",
                                    "A chunk-size or trailer line longer than 1024 bytes.")));
            return State::Incomplete;
        }
        if (m_inTrailers) {
            m_trailerBytes += next - m_chunkPos;
            if (m_trailerBytes > m_limits.maxHeadBytes)
                return fail(431,
                            say(QT_TRANSLATE_NOOP(
                                        "HttpLens::Practice",
                                        "The chunked trailer section is larger than %1 bytes."))
                                    .arg(m_limits.maxHeadBytes));
            m_chunkPos = next;
            if (line.isEmpty()) {
                m_consumed = next;
                m_state = State::Complete;
                return m_state;
            }
            continue;
        }
        QByteArrayView sizeText = line;
        const qsizetype semicolon = sizeText.indexOf(';');
        if (semicolon >= 0)
            sizeText = sizeText.first(semicolon);
        // chunk-size = 1*HEXDIG: blanks may come before a ';' (BWS), never before the size.
        while (!sizeText.isEmpty() && isBlank(sizeText.back()))
            sizeText.chop(1);
        bool ok = !sizeText.isEmpty() && sizeText.size() <= 15;
        qint64 size = 0;
        // At most 15 hexadecimal digits, so the value always fits in 64 bits.
        for (qsizetype i = 0; ok && i < sizeText.size(); ++i) {
            const char c = sizeText.at(i);
            const int digit = (c >= '0' && c <= '9')   ? c - '0'
                              : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                              : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                       : -1;
            ok = digit >= 0;
            size = size * 16 + qMax(digit, 0);
        }
        if (!ok)
            return fail(400,
                        say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                              "\"%1\" is not a valid chunk size (hexadecimal "
                                              "digits, RFC 9112 §7.1)."))
                                .arg(shown(line)));
        if (!m_limits.streamBody && m_request.body.size() + size > m_limits.maxBodyBytes)
            return fail(
                    413,
                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                          "The chunked body is larger than the %1 bytes allowed."))
                            .arg(m_limits.maxBodyBytes));
        if (size == 0) {
            m_inTrailers = true;
            m_chunkPos = next;
            continue;
        }
        m_chunkPos = next;
        m_chunkLeft = size;
        if (const State state = chunkData(data); state != State::Complete)
            return state;
    }
}

// The data of the current chunk and the line end after it. Collecting, the chunk is taken when
// it has arrived whole; streaming, whatever part of it has arrived is handed over at once, so a
// chunk of any size costs no more memory than one read. Complete here means "chunk done".
RequestParser::State RequestParser::chunkData(QByteArrayView data)
{
    if (m_chunkLeft > 0) {
        const qsizetype available = data.size() - m_chunkPos;
        if (!m_limits.streamBody && available < m_chunkLeft)
            return State::Incomplete;
        const qsizetype take = qMin<qsizetype>(available, m_chunkLeft);
        (m_limits.streamBody ? m_streamed : m_request.body).append(data.sliced(m_chunkPos, take));
        m_chunkPos += take;
        m_chunkLeft -= take;
        if (m_chunkLeft > 0)
            return State::Incomplete;
        m_chunkLeft = -1; // the line end after the data is due
    }
    if (m_chunkLeft < 0) {
        qsizetype after = m_chunkPos;
        if (data.size() < after + 1)
            return State::Incomplete;
        if (data.at(after) == '\r') {
            if (data.size() < after + 2)
                return State::Incomplete;
            ++after;
        }
        if (data.at(after) != '\n')
            return fail(
                    400,
                    say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                          "Chunk data is not followed by CRLF (RFC 9112 §7.1).")));
        m_chunkPos = after + 1;
        m_chunkLeft = 0;
    }
    return State::Complete;
}

} // namespace HttpLens::Practice
