#pragma once

#include "response.h"
#include "routecall.h"

namespace HttpLens::Practice {

// One entry of the practice server's route table, read both by the dispatch and by `GET /`.
struct Route
{
    // "GET" (HEAD included), "GET, PUT", "POST", or "*" for any method.
    const char *methods;
    // Segments to match: literals, {name} for any one segment, and a final "[/...]" for any
    // number of further segments. A "?…" part is shown by `GET /` only.
    const char *pattern;
    // What `GET /` says of it, marked with QT_TRANSLATE_NOOP("HttpLens::Practice", …);
    // nullptr lists the route on the line of the one above it.
    const char *description;
    Response (*handler)(const RouteCall &call);

    bool acceptsMethod(const QByteArray &method) const;
    // The method list for an Allow field: GET brings HEAD.
    QByteArray allowed() const;
    // Whether the path matches; the {…} segments are appended to captures.
    bool matches(const QByteArray &path, QList<QByteArray> *captures) const;
};

} // namespace HttpLens::Practice
