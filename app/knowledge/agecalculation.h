#pragma once

#include <QDateTime>
#include <QStringList>

namespace HttpLens {

// RFC 9111 §4.2.3, the age of a stored response, with every intermediate value kept so that it
// can be shown step by step with the real numbers.
struct AgeCalculation
{
    QDateTime date;         // the response's Date; invalid when it had none
    QDateTime requestTime;  // when the request was sent
    QDateTime responseTime; // when the response arrived
    QDateTime now;          // the moment asked about
    qint64 ageValue = 0;    // the Age field, 0 when absent

    qint64 apparentAge = 0;         // max(0, response_time - date_value)
    qint64 responseDelay = 0;       // response_time - request_time
    qint64 correctedAgeValue = 0;   // age_value + response_delay
    qint64 correctedInitialAge = 0; // max(apparent_age, corrected_age_value)
    qint64 residentTime = 0;        // now - response_time
    qint64 currentAge = 0;          // corrected_initial_age + resident_time

    static AgeCalculation compute(const QDateTime &date,
                                  qint64 ageValue,
                                  const QDateTime &requestTime,
                                  const QDateTime &responseTime,
                                  const QDateTime &now);

    // One line per step of the RFC's arithmetic, in the user's language.
    QStringList steps() const;
};

} // namespace HttpLens
