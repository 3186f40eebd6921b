#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Runs a program to its end while this process's event loop keeps running, so that servers the
// test serves itself (ScriptedServer) answer it. Returns the exit code, -1 after 30 s.
int runServed(const QString &program, const QStringList &arguments);

// The same, with what the program wrote and input on its standard input (closed at once).
struct ServedRun
{
    int exitCode = -1; // -1: it crashed or ran past the time limit
    QByteArray out;
    QByteArray err;
};
ServedRun runServedCapturing(const QString &program,
                             const QStringList &arguments,
                             const QByteArray &input = {},
                             int timeoutMs = 30000);
