#pragma once

#include "requestcontext.h"
#include "requestparser.h"
#include "serverstate.h"

#include <QByteArray>
#include <QList>

namespace HttpLens::Practice {

// One request handed to the route whose pattern it matched.
struct RouteCall
{
    const ParsedRequest &request;
    const RequestContext &context;
    ServerState &state;
    QList<QByteArray> captures; // the path segments matched by {…}, in order

    QByteArray capture(int index) const { return captures.value(index); }
};

} // namespace HttpLens::Practice
