#pragma once

#include "headers.h"
#include "request.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <functional>
#include <memory>

class QFile;
class QThread;

namespace HttpLens {

// A request head exactly as libcurl wrote it to the socket, with its parsed parts.
struct RequestHead
{
    QByteArray raw;
    QByteArray method;
    QByteArray target;
    QByteArray httpVersion;
    HeaderList headers;

    static RequestHead parse(const QByteArray &raw);
};

// A response head exactly as received (status line to the empty line), with its parsed parts.
struct ResponseHead
{
    QByteArray raw;
    QByteArray httpVersion;
    int status = 0;
    QByteArray reason;
    HeaderList headers;

    bool isInterim() const { return status >= 100 && status < 200 && status != 101; }
    static ResponseHead parse(const QByteArray &raw);
};

// One request/response round trip of an exchange: the first request, each redirect that was
// followed, each authentication round. 1xx responses belong to the hop they interrupted.
struct Hop
{
    QString url;
    RequestHead request;
    QByteArray requestBody; // bytes libcurl sent after the head
    // Bytes sent after those requestBody keeps: a relayed upload is kept up to a limit.
    qint64 requestBodyOmitted = 0;
    QList<ResponseHead> interim;
    bool hasResponse = false;
    ResponseHead response;
    QByteArray rawTrailers;
    qint64 bodyWireBytes = 0;    // body bytes as received, before any decoding
    qint64 bodyDecodedBytes = 0; // body bytes after content decoding
    QDateTime started;
    // Microseconds since the exchange started; -1 when the moment did not happen.
    qint64 startUs = -1;
    qint64 requestUs = -1; // the request head was written
    qint64 firstByteUs = -1;
    qint64 endUs = -1;
};

// libcurl's cumulative timings in microseconds from the start of the final hop (queue, redirect
// and total are for the whole exchange). -1 means "not measured".
struct Timings
{
    qint64 queueUs = -1;
    qint64 nameLookupUs = -1;
    qint64 connectUs = -1;
    qint64 appConnectUs = -1; // TLS handshake done; 0 without TLS
    qint64 preTransferUs = -1;
    qint64 startTransferUs = -1; // first response byte
    qint64 totalUs = -1;
    qint64 redirectUs = -1;
    bool secure = false; // an https URL: a TLS handshake was due after connecting

    // Phase durations derived the way curl's documentation draws them; -1 for a phase that did
    // not happen. libcurl reports 0 for a moment that was not reached: when a later one was, the
    // phase was skipped (a reused connection needs no lookup and no connect); when none was,
    // the transfer stopped in the first such phase, which then lasts until the end (a refused
    // connection: the lookup, then the connect that failed, and nothing sent or received).
    qint64 dnsPhaseUs() const;
    qint64 connectPhaseUs() const;
    qint64 tlsPhaseUs() const;
    qint64 sendPhaseUs() const;
    qint64 waitPhaseUs() const;
    qint64 downloadPhaseUs() const;

private:
    qint64 phaseUs(int phase) const;
};

struct ConnectionInfo
{
    QString remoteAddress;
    int remotePort = 0;
    QString localAddress;
    int localPort = 0;
    QByteArray httpVersion; // "HTTP/1.1", "HTTP/2"
    bool reused = false;
    qint64 connectionsOpened = 0;
};

struct TlsInfo
{
    bool used = false;
    QByteArray protocol; // "TLSv1.3"
    QByteArray cipher;
    QByteArray alpn;
    bool verificationEnabled = true;
    long verifyResult = 0; // OpenSSL X509_V_* code, 0 when the chain verified
    QString verifyText;
    QList<QSslCertificate> chain;
};

// The response body of the final hop: in memory up to a limit, in a temporary file beyond it.
class Body
{
public:
    qint64 size() const { return m_size; }
    bool inMemory() const { return !m_file; }
    QString filePath() const;
    // The first maxBytes of the body (all of it when maxBytes < 0).
    QByteArray read(qint64 maxBytes = -1) const;
    // length bytes from offset (fewer at the end); for views that page through a large body.
    QByteArray readAt(qint64 offset, qint64 length) const;
    bool saveTo(const QString &path, QString *error) const;
    // The whole body in pieces of at most chunkBytes, in order, so that writing it out costs the
    // same memory whatever its size; the sink returns false to stop. False when the body could
    // not be read or the sink stopped.
    bool forEachChunk(qint64 chunkBytes, const std::function<bool(QByteArrayView)> &sink) const;
    // A body already on disk (the history keeps large bodies in files of their own): read from
    // there when needed, never copied into memory or deleted.
    static Body fromFile(const QString &path);

    void setMemoryLimit(qint64 bytes) { m_limit = bytes; }
    bool append(const char *data, qint64 size);
    // The transfer is over: a body spilled to a file lets its descriptor go (it is reopened by
    // path when read), so a long session does not hold one per exchange.
    void finishWriting();
    // The file a body spilled into belongs to the thread that wrote it; the engine's worker
    // hands it to the thread that reads the exchange.
    void moveFileToThread(QThread *thread);
    void clear();

private:
    QByteArray m_data;
    std::shared_ptr<QFile> m_file; // a temporary file, or a kept one (fromFile)
    qint64 m_size = 0;
    qint64 m_limit = 8 * 1024 * 1024;
};

// One event of libcurl's debug stream, in order: what `-v` prints and a timeline shows. The
// bytes of text and head events live in Exchange::traceBytes (one buffer, no allocation per
// event); body events carry only their size, the bytes are in Hop and Body.
struct TraceEvent
{
    enum class Kind { Info, RequestHead, RequestBody, ResponseHead, ResponseBody };
    Kind kind = Kind::Info;
    qint64 atUs = 0;
    qint64 offset = 0; // into Exchange::traceBytes; text and head events only
    qint64 size = 0;
};

// A transport failure: no complete HTTP response arrived. HTTP statuses are never errors.
struct TransportError
{
    int curlCode = 0;
    QString curlText; // libcurl's own detail message
    QString sentence; // what happened, in words a person understands
    QString hint;     // what to try next

    bool isError() const { return curlCode != 0; }
};

// What the capture proxy saw of an exchange it relayed for another program: the client's side
// of it, beside the upstream side that the rest of the Exchange records.
struct CaptureInfo
{
    enum class Mode { Forward, Reverse, Intercepted, Tunnel };

    bool captured = false;
    Mode mode = Mode::Forward;
    QString clientAddress;
    int clientPort = 0;
    QString processName; // where Linux tells (/proc): the program that holds the connection
    qint64 pid = 0;
    QByteArray clientRequest;     // the request head exactly as the program sent it
    QByteArray clientRequestBody; // its body (decoded of chunked framing), up to a limit
    qint64 clientRequestBodyBytes = 0;
    QByteArray clientResponse; // the response head exactly as the proxy wrote it back
    qint64 clientResponseBodyBytes = 0;
    // TLS between the program and the proxy (Intercepted): the name it asked for and what the
    // handshake agreed on.
    QByteArray serverName;
    QByteArray clientTlsProtocol;
    QByteArray clientTlsCipher;
    QByteArray clientAlpn;
    // A connection that became a tunnel (an Upgrade after 101, or CONNECT passed through).
    bool upgraded = false;
    qint64 tunnelBytesUp = 0;
    qint64 tunnelBytesDown = 0;
    // What went wrong on the client's side (it closed early, it sent a malformed request).
    QString clientProblem;
    // The validators of the last response the capture relayed for the same URL before this one,
    // for the finding that this request could have been a conditional one.
    QByteArray previousEtag;
    QByteArray previousLastModified;
};

// Everything that happened when one Request was sent: each hop's exact bytes, the body,
// timings, connection and TLS details, and the transport error if there was one.
struct Exchange
{
    Request request;
    QDateTime started;
    QList<Hop> hops;
    Body body;
    Timings timings;
    ConnectionInfo connection;
    TlsInfo tls;
    TransportError error;
    // The cookie engine's jar after the transfer, as Netscape cookies.txt lines (libcurl's
    // CURLINFO_COOKIELIST); empty when the cookie engine was off.
    QList<QByteArray> cookies;
    QByteArray log; // libcurl's informational lines ("Trying 127.0.0.1:80...")
    // The SHA-256 of the final body when the engine was asked to keep only that
    // (Engine::BodyHandling::Digest); the body itself is then empty.
    QByteArray bodyDigest;
    QList<TraceEvent> trace;
    QByteArray traceBytes;

    // The bytes of a text or head event; empty for body events.
    QByteArrayView traceData(const TraceEvent &event) const;
    QString effectiveUrl;
    CaptureInfo capture; // for an exchange relayed by the capture proxy
    qint64 headerBytes = 0;
    qint64 uploadBytes = 0;

    const Hop *finalHop() const;
    int status() const; // final status, 0 when no response arrived
};

} // namespace HttpLens
