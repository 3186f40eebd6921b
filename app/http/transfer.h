#pragma once

#include "model/exchange.h"

#include <QObject>

namespace HttpLens {

class Engine;
struct TransferState;

// One request in flight, and afterwards its complete Exchange. Owned by the Engine (its
// QObject parent) unless the caller takes it; deleting a running Transfer cancels it quietly.
class Transfer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transfer)

public:
    ~Transfer() override;

    quint64 id() const { return m_id; }
    bool isFinished() const { return m_finished; }
    // Complete once finished() has been emitted.
    const Exchange &exchange() const { return m_exchange; }
    // Moves the finished exchange out, for a caller that keeps it and needs the Transfer no more.
    Exchange takeExchange() { return std::move(m_exchange); }
    qint64 bytesReceived() const { return m_received; }
    qint64 bytesExpected() const { return m_expected; }

    // Stops the transfer; finished() follows with error CURLE_ABORTED_BY_CALLBACK (42).
    void cancel();

signals:
    void progress(qint64 received, qint64 expected);
    // A relayed transfer's channel has something new to take (Engine::forward).
    void received();
    void finished();

private:
    friend class Engine;
    Transfer(Engine *engine, quint64 id);

    Engine *m_engine = nullptr;
    TransferState *m_state = nullptr;
    quint64 m_id = 0;
    bool m_finished = false;
    Exchange m_exchange;
    qint64 m_received = 0;
    qint64 m_expected = 0;
};

} // namespace HttpLens
