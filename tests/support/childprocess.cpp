#include "childprocess.h"

#include <QProcess>
#include <QSignalSpy>

ServedRun runServedCapturing(const QString &program,
                             const QStringList &arguments,
                             const QByteArray &input,
                             int timeoutMs)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    ServedRun run;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

int runServed(const QString &program, const QStringList &arguments)
{
    return runServedCapturing(program, arguments).exitCode;
}
