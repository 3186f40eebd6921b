// The floor for any Qt Widgets program: an empty QMainWindow with one label, measured the same
// way as httplens (first paint after the time the script passes in, resident memory then).
#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

long long residentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

class Window : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QMainWindow::paintEvent(event);
        if (m_reported)
            return;
        m_reported = true;
        QTimer::singleShot(0, this, [] {
            const qint64 t0 = qgetenv("HTTPLENS_BENCH_T0_MS").toLongLong();
            std::printf("first-paint-ms %lld\nrss-after-start-kb %lld\n",
                        static_cast<long long>(QDateTime::currentMSecsSinceEpoch() - t0),
                        residentKilobytes());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Window window;
    window.setCentralWidget(new QLabel(QStringLiteral("minimal"), &window));
    window.resize(1280, 820);
    window.show();
    return QApplication::exec();
}
