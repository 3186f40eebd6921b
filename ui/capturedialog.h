#pragma once

#include <QDialog>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace HttpLens {

namespace Capture {
class CaptureSession;
}

// File → Capture traffic…: start and stop the recording proxy on a port, the lines that send
// another shell's programs through it (bash and fish), a command line that runs one program
// through `httplens-cli capture`, and the CA with how each runtime and browser trusts it. The
// captured exchanges themselves arrive in the history. It only drives the CaptureSession.
class CaptureDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureDialog)

public:
    CaptureDialog(Capture::CaptureSession *capture,
                  const QString &dataFolder,
                  QWidget *parent = nullptr);

    // Starts on the port shown (saved for next time); false, with the reason shown, when it
    // cannot.
    bool start();
    void stop();
    // The command line that runs `program` through its own capture into the same history.
    QString commandFor(const QString &program) const;

signals:
    void failed(const QString &reason);

private:
    void refresh();
    void refreshState();

    Capture::CaptureSession *m_capture;
    QString m_dataFolder;
    QSpinBox *m_port = nullptr;
    QPushButton *m_toggle = nullptr;
    QLabel *m_state = nullptr;
    QTabWidget *m_shells = nullptr;
    QPlainTextEdit *m_posix = nullptr;
    QPlainTextEdit *m_fish = nullptr;
    QLineEdit *m_program = nullptr;
    QPlainTextEdit *m_trust = nullptr;
    QTimer m_countTimer;
};

} // namespace HttpLens
