#pragma once

#include "model/headers.h"

#include <QByteArray>
#include <QString>

#include <utility>

namespace HttpLens::Practice {

// One request as the practice server received it: the exact head bytes and the parsed parts.
struct ParsedRequest
{
    QByteArray rawHead;
    QByteArray method;
    QByteArray target;  // request-target as sent: "/path?query"
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    HeaderList headers;
    QByteArray body; // decoded when it came chunked
    bool chunked = false;
    bool keepAlive = true;

    QByteArray path() const;
    QByteArray query() const;
};

// A pure, incremental HTTP/1.1 request parser (RFC 9112). Feed it bytes as they arrive; it
// answers Incomplete, Complete (take the request; bytes after it stay buffered for pipelined
// requests) or Error with the status to answer and a sentence saying what was wrong. It never
// reads past its limits, so no input can make it use unbounded memory or time.
//
// With Limits::streamBody (the capture proxy) a body of any size passes through instead of
// being collected: once headComplete(), head() is the request so far and takeBody() hands over
// the body bytes decoded so far (chunked framing removed), until Complete.
class RequestParser
{
public:
    enum class State { Incomplete, Complete, Error };

    struct Limits
    {
        qsizetype maxHeadBytes = 16 * 1024;
        qsizetype maxBodyBytes = 1024 * 1024;
        int maxHeaderFields = 100;
        bool streamBody = false; // the body is handed over piece by piece, and has no limit
    };

    RequestParser();
    explicit RequestParser(const Limits &limits);

    State feed(const QByteArray &bytes);
    // Parses what is buffered again (after takeRequest(), for the next pipelined request).
    State state() const { return m_state; }
    ParsedRequest takeRequest();
    // With streamBody: the request whose head is complete, and its body bytes since the last
    // call; the buffer keeps only what is not handed over yet.
    const ParsedRequest &head() const { return m_request; }
    QByteArray takeBody() { return std::exchange(m_streamed, {}); }
    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    // The head of the request being read has arrived whole (its body may still be coming).
    bool headComplete() const { return m_headParsed; }

private:
    State parse();
    State fail(int status, const QString &message);
    State checkRequestLine(QByteArrayView line);
    State parseHead(qsizetype headEnd, qsizetype bodyStart);
    State parseBody();
    State parseChunks();
    State parseChunkLines();
    State chunkData(QByteArrayView data);
    State streamSizedBody();

    Limits m_limits;
    QByteArray m_buffer;
    State m_state = State::Incomplete;
    ParsedRequest m_request;
    bool m_headParsed = false;
    qsizetype m_bodyStart = 0;
    qsizetype m_contentLength = 0;
    qsizetype m_chunkPos = 0; // where the next chunk-size line starts
    bool m_inTrailers = false;
    qsizetype m_trailerBytes = 0;
    qsizetype m_consumed = 0;   // bytes of the buffer the complete request used
    QByteArray m_streamed;      // streamBody: decoded body bytes not taken yet
    qsizetype m_bodyPassed = 0; // streamBody: body bytes of a sized body handed over so far
    // Data bytes of the current chunk still to come; -1: its data is done, its CRLF is due.
    qint64 m_chunkLeft = 0;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace HttpLens::Practice
