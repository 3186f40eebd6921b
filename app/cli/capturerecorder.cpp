#include "capturerecorder.h"

#include "cli/capturereport.h"
#include "interop/harstreamwriter.h"
#include "store/historyjournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace HttpLens {

namespace {

class RecorderText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Capture)
};

} // namespace

CaptureRecorder::CaptureRecorder(const Options &options)
    : m_options(options)
    , m_har(std::make_unique<HarStreamWriter>())
{}

CaptureRecorder::~CaptureRecorder()
{
    QString ignored;
    close(&ignored);
}

bool CaptureRecorder::open(QString *error)
{
    if (!m_options.log.isEmpty()) {
        m_log.setFileName(m_options.log);
        if (!m_log.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = RecorderText::tr("Cannot write %1: %2.").arg(m_options.log, m_log.errorString());
            return false;
        }
    }
    if (!m_options.har.isEmpty() && !m_har->open(m_options.har, error))
        return false;
    if (!m_options.journal.isEmpty()) {
        QDir().mkpath(QFileInfo(m_options.journal).path());
        m_journal = std::make_unique<HistoryJournal>(m_options.journal);
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

void CaptureRecorder::record(const Exchange &exchange)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.push_back(exchange); // its bytes are shared, not copied
    }
    m_wake.notify_one();
}

void CaptureRecorder::run()
{
    for (;;) {
        std::deque<Exchange> batch;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopping, with nothing left
            batch.swap(m_queue);
        }
        for (const Exchange &exchange : batch)
            write(exchange);
    }
}

void CaptureRecorder::write(const Exchange &exchange)
{
    ++m_count;
    QString error;
    // A captured exchange's composition is made again from it when the journal is read.
    if (m_journal && !m_journal->append(exchange, {}, &error) && !m_journalFailed) {
        m_journalFailed = true; // said once, not per exchange
        const QByteArray text = QStringLiteral("httplens-cli capture: %1\n").arg(error).toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    }
    if (m_har->isOpen())
        m_har->add(exchange);
    if (m_options.quiet)
        return;
    const QByteArray line = m_options.json ? captureJson(exchange, m_count)
                                           : captureLine(exchange, m_count);
    if (m_log.isOpen()) {
        m_log.write(line);
        m_log.flush();
        return;
    }
    std::fwrite(line.constData(), 1, size_t(line.size()), m_options.stream);
    std::fflush(m_options.stream);
}

bool CaptureRecorder::close(QString *error)
{
    if (m_thread.joinable()) {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    return m_har->close(error);
}

} // namespace HttpLens
