#pragma once

#include <QString>
#include <QStringList>

// Runs a program to its end while this process's event loop keeps running, so that servers the
// test serves itself (ScriptedServer) answer it. Returns the exit code, -1 after 30 s.
int runServed(const QString &program, const QStringList &arguments);
