#pragma once

#include <QByteArray>

namespace HttpLens::Practice {

// What the connection knows about the client of one request.
struct RequestContext
{
    QByteArray peerAddress;
    int openConnections = 0; // the server's, all clients
    int openFromPeer = 0;    // this client address's
    int mostFromPeer = 0;    // the most this client address held at once
};

} // namespace HttpLens::Practice
