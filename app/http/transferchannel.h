#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <mutex>

namespace HttpLens {

// The two directions of a relayed transfer, for the capture proxy: the request body as a client
// sends it, on its way to libcurl, and the response (each head as received, then the body) on
// its way back to the client, while both are in flight. The owning thread writes the upload and
// takes the response; libcurl's callbacks on the engine's worker do the opposite. Neither
// direction grows without bound: a full response buffer pauses the download, an empty upload
// buffer pauses the upload, and the owner's next take or write reports that the engine must
// resume the transfer (Engine::resume). A slow client so slows the server instead of filling
// memory, and a 1 GiB body costs one window.
class TransferChannel
{
public:
    enum class Upload { None, Sized, Chunked };
    struct Settings
    {
        QByteArray requestTarget; // written as is in the request line (CURLOPT_REQUEST_TARGET)
        Upload upload = Upload::None;
        qint64 uploadSize = 0; // Upload::Sized
        qint64 window = 256 * 1024;
        qint64 keepBody = 16 * 1024 * 1024;   // of the response body, kept in the exchange
        qint64 keepRequestBody = 1024 * 1024; // of the request body, kept in the hop
    };

    explicit TransferChannel(const Settings &settings);
    Q_DISABLE_COPY_MOVE(TransferChannel)

    const Settings &settings() const { return m_settings; }

    // The owning thread's side. Each returns true when the engine must resume the transfer.
    bool writeUpload(QByteArrayView bytes);
    bool finishUpload();
    qint64 uploadBuffered() const;
    qint64 receivedBuffered() const; // response body bytes not taken yet

    struct Received
    {
        QList<QByteArray> heads; // complete response heads in order, interim ones first
        // Decoded of its transfer coding, as libcurl hands it on. Trailer fields are not here:
        // libcurl marks no end of them, so they are read from the finished exchange.
        QByteArray body;
        bool resume = false;
    };
    // Everything received since the last take, the body up to maxBody bytes.
    Received take(qint64 maxBody);

    // The worker's side, from libcurl's callbacks. headerLine and body return true when the
    // owner should be told that something arrived (it had taken everything before).
    bool headerLine(QByteArrayView line);
    enum class BodyResult { Taken, TakenNotify, Full };
    BodyResult body(QByteArrayView bytes);
    // Copies up to size bytes of the upload: their count, 0 at its end, or -1 when none has
    // arrived yet (the transfer pauses until writeUpload resumes it).
    qint64 readUpload(char *buffer, qint64 size);

private:
    bool notifyLocked();

    const Settings m_settings;
    mutable std::mutex m_mutex;
    // Upload.
    QByteArray m_upload;
    qint64 m_uploadRead = 0; // bytes of m_upload already handed to libcurl
    bool m_uploadDone = false;
    bool m_uploadPaused = false;
    // Response.
    QByteArray m_line; // the head being received
    QList<QByteArray> m_heads;
    bool m_finalHead = false; // a final head has arrived: later header lines are trailers
    QByteArray m_body;
    bool m_downloadPaused = false;
    bool m_told = false; // the owner was told and has not taken yet
};

} // namespace HttpLens
