// The window's capture, driven as a person would: the status bar's toggle starts the proxy, a
// program (curl) goes through it to the practice server, the exchange arrives in the history
// marked with its program, its Raw tab shows both legs, and a double-click puts the request in
// the composer, from which a conditional replay gets the 304 the program could have had.
#include "capturedialog.h"
#include "historypanel.h"
#include "responseview.h"
#include "windowtest.h"

#include "capture/capturesession.h"

#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>

using namespace HttpLens;

class TestCaptureWindow : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void capturedExchangeArrivesWithBothLegs();
    void captureViewShowsLinesAndTrust();

private:
    void startCapture();
};

void TestCaptureWindow::startCapture()
{
    // Port 0: any free port, as the dialog's spin box would be set to one not taken.
    CaptureDialog *dialog = m_window->showCaptureDialog();
    QVERIFY(dialog);
    auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("capturePort"));
    port->setMinimum(0);
    port->setValue(0);
    dialog->hide();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *toggle = m_window->findChild<QToolButton *>(QStringLiteral("captureStatusToggle"));
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(m_window->isCapturing());
    QVERIFY(toggle->isChecked());
}

void TestCaptureWindow::capturedExchangeArrivesWithBothLegs()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        QSKIP("curl is not installed");
    startCapture();
    const QString url = m_practice.url(QStringLiteral("/lab/welcome"));
    QProcess client;
    client.start(curl,
                 {QStringLiteral("-s"),
                  QStringLiteral("-o"),
                  QStringLiteral("/dev/null"),
                  QStringLiteral("-x"),
                  m_f->capture.proxyUrl(),
                  url,
                  url});
    m_f->capture.setLikelyClients(client.processId());
    QTRY_COMPARE_WITH_TIMEOUT(m_f->history.size(), 2, 15000);
    QTRY_VERIFY(client.state() == QProcess::NotRunning);
    const Exchange &second = lastExchange();
    QVERIFY(second.capture.captured);
    QCOMPARE(second.capture.processName, QStringLiteral("curl"));
    QCOMPARE(second.status(), 200);

    // The history shows the program; selecting the entry opens it in every tab.
    auto *view = m_window->historyPanel()->view();
    const QModelIndex program = view->model()->index(1, History::Client);
    QCOMPARE(program.data().toString(), QStringLiteral("curl[%1]").arg(second.capture.pid));
    QCOMPARE(view->model()->index(1, History::Method).data().toString(), QStringLiteral("⇄ GET"));
    QVERIFY(view->model()
                    ->index(1, History::Url)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("curl[")));
    // Filtered by the program's name, only the captured ones stay.
    m_window->historyPanel()->filterEdit()->setText(QStringLiteral("curl"));
    QCOMPARE(view->model()->rowCount(), 2);
    m_window->historyPanel()->filterEdit()->clear();
    view->setFocus();
    view->selectRow(1);
    // The headings in the interface's language.
    auto heading = [](const char *text) {
        return QCoreApplication::translate("HttpLens::Transcript", text);
    };
    const QString sent = heading("── as the program sent it (%1)")
                                 .arg(QStringLiteral("curl[%1], 127.0.0.1:%2")
                                              .arg(second.capture.pid)
                                              .arg(second.capture.clientPort));
    QTRY_VERIFY(m_window->responseView()->rawText().contains(sent));
    const QString raw = m_window->responseView()->rawText();
    QVERIFY2(raw.contains(QStringLiteral("GET %1 HTTP/1.1").arg(url)), qPrintable(raw));
    QVERIFY(raw.contains(heading("── as HTTP Lens forwarded it")));
    QVERIFY(raw.contains(QLatin1String("GET /lab/welcome HTTP/1.1")));
    QVERIFY(raw.contains(heading("── as the program received it")));
    // Explain says the second fetch could have been a 304.
    const QString explained = m_window->responseView()->explainText();
    QVERIFY2(explained.contains(QLatin1String("If-None-Match: \"")), qPrintable(explained));
    QVERIFY(explained.contains(QLatin1String("304 Not Modified")));

    // Edit and send: the request into the composer, then the conditional replay: a 304.
    const QPoint centre = view->visualRect(view->model()->index(1, History::Url)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(m_window->composition().url, url);
    QCOMPARE(m_window->composition().headers, m_f->history.compositionAt(1).headers);
    replayWithKeyboard();
    QCOMPARE(lastExchange().status(), 304);
    QVERIFY(!lastExchange().capture.captured);
    screenshot(m_window.get(), QStringLiteral("capture-history"));

    // Off again from the status bar.
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("captureStatusToggle")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->isCapturing());
}

void TestCaptureWindow::captureViewShowsLinesAndTrust()
{
    startCapture();
    CaptureDialog *dialog = m_window->showCaptureDialog();
    const QList<QPlainTextEdit *> lines = dialog->findChildren<QPlainTextEdit *>();
    bool exports = false;
    for (QPlainTextEdit *box : lines)
        exports = exports
                  || box->toPlainText().contains(
                          QStringLiteral("export HTTPS_PROXY='%1'").arg(m_f->capture.proxyUrl()));
    QVERIFY(exports);
    auto *trust = dialog->findChild<QPlainTextEdit *>(QStringLiteral("captureTrust"));
    QVERIFY(trust->toPlainText().contains(m_f->capture.caPath()));
    QVERIFY(trust->toPlainText().contains(QLatin1String("NODE_EXTRA_CA_CERTS")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("copyCaptureCommand")),
                      Qt::LeftButton);
    QVERIFY2(QApplication::clipboard()->text().startsWith(
                     QLatin1String("httplens-cli capture --port 0 --data-dir ")),
             qPrintable(QApplication::clipboard()->text()));
    QVERIFY(QApplication::clipboard()->text().endsWith(QLatin1String("-- python3 crawler.py")));
    dialog->resize(760, 600);
    screenshot(dialog, QStringLiteral("capture-view"));
}

QTEST_MAIN(TestCaptureWindow)
#include "tst_capturewindow.moc"
