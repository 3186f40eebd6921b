#pragma once

#include "lab.h"
#include "serverclock.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace HttpLens::Practice {

// What the practice server's routes remember between requests.
struct ServerState
{
    Lab *lab = nullptr;
    const ServerClock *clock = nullptr;
    QDateTime started;                      // whole seconds, UTC: the fixed resources' date
    QByteArray secret;                      // signs the cookie lab's profile cookie
    QHash<QByteArray, QByteArray> sessions; // cookie lab: session id -> user
    QByteArray gzipBomb;                    // built on first use
    QHash<QString, bool> retryKeys;         // /crawl/retry-after keys asked for once
};

} // namespace HttpLens::Practice
