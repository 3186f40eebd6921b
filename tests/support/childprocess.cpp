#include "childprocess.h"

#include <QProcess>
#include <QSignalSpy>

int runServed(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    return process.exitCode();
}
