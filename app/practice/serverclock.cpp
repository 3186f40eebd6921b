#include "serverclock.h"

namespace HttpLens::Practice {

QDateTime ServerClock::now() const
{
    return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds);
}

QDateTime ServerClock::nowInSeconds() const
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + m_offsetSeconds,
                                         Qt::UTC);
}

void ServerClock::advance(qint64 seconds)
{
    if (seconds > 0)
        m_offsetSeconds += seconds;
}

} // namespace HttpLens::Practice
