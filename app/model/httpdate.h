#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

namespace HttpLens {

// HTTP-date (RFC 9110 §5.6.7): parses IMF-fixdate and the obsolete RFC 850 and asctime forms;
// an invalid QDateTime when the text is none of them. Formatting gives IMF-fixdate, or nothing
// for a moment outside the years 1 to 9999 (or invalid).
QDateTime parseHttpDate(QByteArrayView text);
QByteArray formatHttpDate(const QDateTime &time);

} // namespace HttpLens
