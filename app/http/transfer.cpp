#include "transfer.h"

#include "engine.h"

namespace HttpLens {

Transfer::Transfer(Engine *engine, quint64 id)
    : QObject(engine)
    , m_engine(engine)
    , m_id(id)
{}

Transfer::~Transfer()
{
    if (m_engine && !m_finished)
        m_engine->forgetTransfer(this);
}

void Transfer::cancel()
{
    if (m_engine && !m_finished)
        m_engine->cancelTransfer(this);
}

} // namespace HttpLens
