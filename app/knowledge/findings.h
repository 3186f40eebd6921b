#pragma once

#include "model/exchange.h"

#include <QList>
#include <QString>

namespace HttpLens {

// One statement about a particular exchange ("304 because If-None-Match matched the ETag"),
// with how much it matters and the header or RFC section it rests on.
struct Finding
{
    enum class Severity { Info, Notice, Warning, Problem };

    QByteArray id; // stable rule name, for tests and filters
    Severity severity = Severity::Info;
    QString text;
    QString basis; // "RFC 9110 §13.1.2", "Set-Cookie", ...
};

// Applies every rule to the exchange: conditional requests and 304s, validators, redirects,
// required headers, cookies, body length and coding, Retry-After, HSTS and Vary.
QList<Finding> findingsFor(const Exchange &exchange);

QByteArray severityName(Finding::Severity severity);
// The severity as a person reads it, in the interface language ("info", "提示").
QString severityLabel(Finding::Severity severity);

} // namespace HttpLens
