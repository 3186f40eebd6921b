#include "agecalculation.h"

#include <QCoreApplication>

namespace HttpLens {

namespace {

constexpr qint64 kMaxDelta = 2147483648LL; // RFC 9111 §1.2.2

class AgeText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::AgeCalculation)
};

QString clock(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

AgeCalculation AgeCalculation::compute(const QDateTime &date,
                                       qint64 ageValue,
                                       const QDateTime &requestTime,
                                       const QDateTime &responseTime,
                                       const QDateTime &now)
{
    AgeCalculation age;
    age.date = date;
    age.now = now;
    age.responseTime = responseTime.isValid() ? responseTime : now;
    age.requestTime = requestTime.isValid() ? requestTime : age.responseTime;
    age.ageValue = qBound<qint64>(0, ageValue, kMaxDelta);
    if (date.isValid())
        age.apparentAge = qMax<qint64>(0, date.secsTo(age.responseTime));
    age.responseDelay = qMax<qint64>(0, age.requestTime.secsTo(age.responseTime));
    age.correctedAgeValue = qMin(age.ageValue + age.responseDelay, kMaxDelta);
    age.correctedInitialAge = qMax(age.apparentAge, age.correctedAgeValue);
    age.residentTime = qMax<qint64>(0, age.responseTime.secsTo(now));
    age.currentAge = qMin(age.correctedInitialAge + age.residentTime, kMaxDelta);
    return age;
}

QStringList AgeCalculation::steps() const
{
    QStringList lines;
    if (date.isValid())
        lines.append(AgeText::tr("apparent age = max(0, response time %1 − Date %2) = %3 s")
                             .arg(clock(responseTime), clock(date))
                             .arg(apparentAge));
    else
        lines.append(AgeText::tr("apparent age = 0 s (the response had no Date)"));
    lines.append(AgeText::tr("response delay = response time %1 − request time %2 = %3 s")
                         .arg(clock(responseTime), clock(requestTime))
                         .arg(responseDelay));
    lines.append(AgeText::tr("corrected Age value = Age %1 + response delay %2 = %3 s")
                         .arg(ageValue)
                         .arg(responseDelay)
                         .arg(correctedAgeValue));
    lines.append(AgeText::tr("corrected initial age = max(apparent age %1, corrected Age value "
                             "%2) = %3 s")
                         .arg(apparentAge)
                         .arg(correctedAgeValue)
                         .arg(correctedInitialAge));
    lines.append(AgeText::tr("resident time = now %1 − response time %2 = %3 s")
                         .arg(clock(now), clock(responseTime))
                         .arg(residentTime));
    lines.append(AgeText::tr("current age = corrected initial age %1 + resident time %2 = %3 s")
                         .arg(correctedInitialAge)
                         .arg(residentTime)
                         .arg(currentAge));
    return lines;
}

} // namespace HttpLens
