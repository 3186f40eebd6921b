// The window's side of the capture proxy: File → Capture traffic… and the toggle in the status
// bar. What the proxy records arrives in the history through the InspectorSession.
#include "mainwindow.h"

#include "capturedialog.h"

#include "capture/capturesession.h"

#include <QStatusBar>
#include <QToolButton>

namespace HttpLens {

void MainWindow::setUpCapture()
{
    if (!m_s.capture)
        return;
    m_captureToggle = new QToolButton(this);
    m_captureToggle->setObjectName(QStringLiteral("captureStatusToggle"));
    m_captureToggle->setCheckable(true);
    m_captureToggle->setAutoRaise(true);
    m_captureToggle->setToolTip(tr("Capture other programs' traffic (File → Capture traffic…)"));
    statusBar()->addPermanentWidget(m_captureToggle);
    connect(m_captureToggle, &QToolButton::clicked, this, [this](bool on) { setCapturing(on); });
    connect(m_s.capture,
            &Capture::CaptureSession::stateChanged,
            this,
            &MainWindow::updateCaptureToggle);
    updateCaptureToggle();
}

void MainWindow::updateCaptureToggle()
{
    if (!m_captureToggle)
        return;
    const bool on = isCapturing();
    m_captureToggle->setChecked(on);
    m_captureToggle->setText(on ? tr("● Capturing on :%1").arg(m_s.capture->port())
                                : tr("Capture: off"));
}

CaptureDialog *MainWindow::showCaptureDialog()
{
    if (!m_s.capture)
        return nullptr;
    if (!m_captureDialog) {
        m_captureDialog = new CaptureDialog(m_s.capture, m_s.dataFolder, this);
        connect(m_captureDialog, &CaptureDialog::failed, this, &MainWindow::showNotice);
    }
    m_captureDialog->show();
    m_captureDialog->raise();
    m_captureDialog->activateWindow();
    return m_captureDialog;
}

bool MainWindow::setCapturing(bool on)
{
    if (!m_s.capture)
        return false;
    if (!m_captureDialog) {
        // The dialog knows the port and the data folder; it is made hidden when first needed.
        m_captureDialog = new CaptureDialog(m_s.capture, m_s.dataFolder, this);
        connect(m_captureDialog, &CaptureDialog::failed, this, &MainWindow::showNotice);
    }
    if (on == isCapturing())
        return true;
    if (!on) {
        m_captureDialog->stop();
        return true;
    }
    const bool started = m_captureDialog->start();
    updateCaptureToggle();
    if (started)
        showMessage(tr("Capturing on %1. File → Capture traffic… shows how to send programs "
                       "through it.")
                            .arg(m_s.capture->proxyUrl()));
    return started;
}

bool MainWindow::isCapturing() const
{
    return m_s.capture && m_s.capture->state() == Capture::CaptureSession::State::Listening;
}

} // namespace HttpLens
