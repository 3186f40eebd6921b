// An .http file or a pasted curl command that reads a file outside its folder: the window asks,
// naming the file, its size and the host, before anything is read; "no" sends nothing, "yes"
// sends the bytes, and the answer is remembered for that .http file until it changes.

#include "mainwindow.h"
#include "noticepanel.h"
#include "responseview.h"
#include "windowtest.h"

#include "inspector/history.h"
#include "practice/practiceserver.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace HttpLens;

class TestWindowFileConsent : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase(); }
    void init()
    {
        setUp();
        m_questions = 0;
    }
    void cleanup() { tearDown(); }
    void httpFileReadingOutsideAsksFirst();
    void pastedCurlReadingAFileAsksFirst();

private:
    // Answers the next question about a file, as a person would click; remembers its text.
    void answerNextQuestion(bool send)
    {
        QTimer::singleShot(0, this, [this, send] { answer(send, 100); });
    }
    void answer(bool send, int triesLeft)
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("fileConsent")) {
            if (triesLeft > 0)
                QTimer::singleShot(20, this, [this, send, triesLeft] {
                    answer(send, triesLeft - 1);
                });
            return;
        }
        ++m_questions;
        m_question = box->text() + QLatin1Char('\n') + box->informativeText();
        if (m_questions == 1)
            screenshot(box, QStringLiteral("file-consent"));
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *button : buttons) {
            if ((box->buttonRole(button) == QMessageBox::AcceptRole) == send) {
                button->click();
                return;
            }
        }
    }
    static bool write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    int m_questions = 0;
    QString m_question;
};

void TestWindowFileConsent::httpFileReadingOutsideAsksFirst()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("project")));
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("private")));
    QVERIFY(write(root.filePath(QStringLiteral("private/token.txt")), "secret-token-42"));
    const QString httpFile = root.filePath(QStringLiteral("project/upload.http"));
    const QByteArray request = "POST " + m_practice.url(QStringLiteral("/anything")).toUtf8()
                               + "\nContent-Type: text/plain\n\n< ../private/token.txt\n";
    QVERIFY(write(httpFile, request));
    QVERIFY(m_window->openHttpFile(httpFile));
    QSignalSpy served(&m_practice, &Practice::PracticeServer::requestServed);
    const int before = m_f->history.size();

    // No: nothing is read, nothing is sent, and a notice names the file.
    answerNextQuestion(false);
    QVERIFY(!m_window->loadHttpFileRequest(0, true));
    QCOMPARE(m_questions, 1);
    QVERIFY2(m_question.contains(QLatin1String("private/token.txt")), qPrintable(m_question));
    QVERIFY2(m_question.contains(QLatin1String("127.0.0.1")), qPrintable(m_question));
    QVERIFY2(m_question.contains(QLatin1String("15")), qPrintable(m_question)); // its size
    auto *notice = m_window->findChild<NoticePanel *>(QStringLiteral("noticePanel"));
    QVERIFY(notice && notice->text().contains(QLatin1String("token.txt")));
    QTest::qWait(0);
    QCOMPARE(served.count(), 0);
    QCOMPARE(m_f->history.size(), before);

    // Yes: the bytes go to the server.
    answerNextQuestion(true);
    QVERIFY(m_window->loadHttpFileRequest(0, true));
    QCOMPARE(m_questions, 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->history.size(), before + 1, 15000);
    QCOMPARE(lastExchange().request.body, QByteArray("secret-token-42"));
    QVERIFY(lastExchange().body.read().contains("secret-token-42")); // echoed back
    const QString readFrom = QCoreApplication::translate("HttpLens::Transcript",
                                                         "[request body read from %1]")
                                     .arg(QFileInfo(root.filePath(
                                                            QStringLiteral("private/token.txt")))
                                                  .canonicalFilePath());
    QVERIFY2(m_window->responseView()->rawText().contains(readFrom),
             qPrintable(m_window->responseView()->rawText().left(400)));

    // Remembered for this .http file: not asked again.
    QVERIFY(m_window->loadHttpFileRequest(0, false));
    QCOMPARE(m_questions, 2);
    // Until the file changes.
    QVERIFY(write(httpFile, "# changed\n" + request));
    QVERIFY(m_window->openHttpFile(httpFile));
    answerNextQuestion(false);
    QVERIFY(!m_window->loadHttpFileRequest(0, false));
    QCOMPARE(m_questions, 3);
}

void TestWindowFileConsent::pastedCurlReadingAFileAsksFirst()
{
    QTemporaryDir away;
    const QString path = away.filePath(QStringLiteral("payload.txt"));
    QVERIFY(write(path, "pasted-payload"));
    const QString command = QStringLiteral("curl --data-binary @%1 %2")
                                    .arg(path, m_practice.url(QStringLiteral("/anything")));
    answerNextQuestion(false);
    QVERIFY(!m_window->importCurl(command));
    QCOMPARE(m_questions, 1);
    QVERIFY2(m_question.contains(QLatin1String("payload.txt")), qPrintable(m_question));
    QVERIFY(!m_window->composition().rawBody.contains(QLatin1String("pasted-payload")));
    answerNextQuestion(true);
    QVERIFY(m_window->importCurl(command));
    QCOMPARE(m_questions, 2);
    QCOMPARE(m_window->composition().rawBody, QStringLiteral("pasted-payload"));
}

QTEST_MAIN(TestWindowFileConsent)
#include "tst_windowfileconsent.moc"
