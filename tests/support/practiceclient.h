#pragma once

#include "http/engine.h"
#include "practice/practiceserver.h"

#include <QByteArray>
#include <QList>
#include <QString>

// How the practice server's tests talk to it: through the project's engine, and through a raw
// socket for what no client library would send. Both keep this thread's event loop running, on
// which the server answers.

// A request to path on server, sent by engine; the exchange once it finished (at most 10 s).
HttpLens::Exchange sendToPractice(HttpLens::Engine &engine,
                                  const HttpLens::Practice::PracticeServer &server,
                                  const QString &path,
                                  const QByteArray &method = {},
                                  const QList<HttpLens::HeaderLine> &headers = {},
                                  const QByteArray &body = {});

// Sends raw bytes on a fresh connection to port and returns everything the server sent until it
// closed (at most 5 s).
QByteArray rawExchangeWith(quint16 port, const QByteArray &bytes);
