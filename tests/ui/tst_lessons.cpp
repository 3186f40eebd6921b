// Every lesson of Help → Lessons played to its end through the window, each step done as a
// person does it (the keys, the Cookies tab's table, the check window), in the interface's
// language: ctest runs this suite once in English and once in Chinese.
#include "capturedialog.h"
#include "checkwindow.h"
#include "historypanel.h"
#include "lessonsdialog.h"
#include "walkthroughpanel.h"
#include "windowtest.h"

#include "inspector/lessonplayer.h"

#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>

using namespace HttpLens;

class TestLessons : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void everyLessonFileIsRead();
    void playEveryLesson();
    void progressKeptBetweenSessions();
    void progressOfAnotherWindowKept();
    void brokenLessonFilesRefused_data();
    void brokenLessonFilesRefused();

private:
    void perform(const Lesson::Step &step);
    void startLesson(int row, bool fromStart);
    void editProfileCookie();
    void runCheck();
    void runCrawler();
    void editAndReplayCaptured();
    void startCapture();
};

void TestLessons::everyLessonFileIsRead()
{
    QVERIFY2(m_f->lessonProblems.isEmpty(), qPrintable(m_f->lessonProblems.join(u'\n')));
    const QList<Lesson> &lessons = m_f->lessons.lessons();
    QCOMPARE(lessons.size(), 9);
    for (const Lesson &lesson : lessons) {
        QVERIFY(hasChinese(lesson.title.chinese));
        for (const Lesson::Step &step : lesson.steps) {
            QVERIFY2(hasChinese(step.title.chinese) && hasChinese(step.text.chinese),
                     qPrintable(step.title.english));
            QVERIFY2(!step.action.isEmpty(), qPrintable(step.title.english));
        }
    }
}

void TestLessons::startLesson(int row, bool fromStart)
{
    LessonsDialog *dialog = m_window->showLessons();
    QVERIFY(dialog && dialog->isVisible());
    dialog->list()->setCurrentRow(row);
    if (fromStart)
        dialog->startSelected(true);
    else
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startLessonButton")),
                          Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    // The keys go to the window again, as they do for a person once the dialog is gone.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->urlEdit()->setFocus();
}

// As in the Cookies tab: one character of the profile cookie's value changed in its cell.
void TestLessons::editProfileCookie()
{
    CookieJar &jar = m_f->jar;
    for (int row = 0; row < jar.rowCount(); ++row) {
        const QModelIndex name = jar.index(row, CookieJar::Name);
        if (name.data().toString() != QLatin1String("profile"))
            continue;
        const QModelIndex value = jar.index(row, CookieJar::Value);
        QString text = value.data().toString();
        text[0] = text.at(0) == QLatin1Char('e') ? QLatin1Char('f') : QLatin1Char('e');
        QVERIFY(jar.setData(value, text));
        return;
    }
    QFAIL("the jar holds no profile cookie");
}

void TestLessons::runCheck()
{
    CheckWindow *check = m_window->showCheckWindow();
    check->setUrls(m_practice.url(QStringLiteral("/lab/crawl-a")) + QLatin1Char('\n')
                   + m_practice.url(QStringLiteral("/lab/crawl-b")));
    check->findChild<QLineEdit *>(QStringLiteral("stateFile"))
            ->setText(dataFile(QStringLiteral("lesson-check.db")));
    QVERIFY(check->start());
    QTRY_VERIFY_WITH_TIMEOUT(!check->run()->isRunning(), 10000);
}

// The step's crawler, run in a terminal through `httplens-cli capture` against this test's
// practice server, recording into the window's data folder: the window follows the journal.
void TestLessons::runCrawler()
{
    const int before = m_f->history.size();
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                                   ? QStringLiteral("/usr/bin/python3")
                                   : QStringLiteral("python3");
    QProcess capture;
    capture.start(QStringLiteral(HTTPLENS_CLI_PATH),
                  {QStringLiteral("capture"),
                   QStringLiteral("--port"),
                   QStringLiteral("0"),
                   QStringLiteral("-q"),
                   QStringLiteral("--data-dir"),
                   dataFile(QStringLiteral("data")),
                   QStringLiteral("--"),
                   python,
                   QStringLiteral("-c"),
                   QStringLiteral("import urllib.request as u; [u.urlopen('%1').read() for _ in "
                                  "range(2)]")
                           .arg(m_practice.url(QStringLiteral("/lab/welcome")))});
    // The practice server answers from this thread: its event loop must run meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(capture.state() == QProcess::NotRunning, 30000);
    QCOMPARE(capture.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->history.size(), before + 2, 10000);
}

// As a person would: a double-click on the last captured exchange, then Ctrl+R.
void TestLessons::editAndReplayCaptured()
{
    QTableView *view = m_window->historyPanel()->view();
    const int row = view->model()->rowCount() - 1;
    const QPoint centre = view->visualRect(view->model()->index(row, History::Url)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    replayWithKeyboard();
}

// File → Capture traffic…, on any free port, then Start capturing.
void TestLessons::startCapture()
{
    CaptureDialog *dialog = m_window->showCaptureDialog();
    auto *port = dialog->findChild<QSpinBox *>(QStringLiteral("capturePort"));
    port->setMinimum(0);
    port->setValue(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("captureToggle")),
                      Qt::LeftButton);
    QTRY_VERIFY(m_window->isCapturing());
    dialog->close();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestLessons::perform(const Lesson::Step &step)
{
    const int before = m_f->history.size();
    if (step.action == QLatin1String("send")) {
        sendWithKeyboard();
    } else if (step.action == QLatin1String("replay")) {
        replayWithKeyboard();
    } else if (step.action == QLatin1String("changeDocument")) {
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    } else if (step.action == QLatin1String("sendAsBrowser")) {
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        if (step.until.event == LessonCondition::Event::Exchange)
            QTRY_COMPARE_WITH_TIMEOUT(m_f->history.size(), before + 1, 15000);
    } else if (step.action == QLatin1String("editCookie")) {
        editProfileCookie();
        sendWithKeyboard();
    } else if (step.action == QLatin1String("check")) {
        runCheck();
    } else if (step.action == QLatin1String("crawl")) {
        runCrawler();
    } else if (step.action == QLatin1String("editAndReplay")) {
        editAndReplayCaptured();
    } else if (step.action == QLatin1String("startCapture")) {
        startCapture();
    } else {
        QFAIL(qPrintable(step.action));
    }
}

void TestLessons::playEveryLesson()
{
    LessonPlayer &player = m_f->lessons;
    const bool chinese = languageFor() == Language::Chinese;
    for (int i = 0; i < player.lessons().size(); ++i) {
        const Lesson &lesson = player.lessons().at(i);
        startLesson(i, false);
        QCOMPARE(player.current(), i);
        for (int k = 0; k < lesson.steps.size(); ++k) {
            const Lesson::Step &step = lesson.steps.at(k);
            QCOMPARE(player.step(), k);
            const QString shown = m_window->lessonPanel()->text();
            QCOMPARE(shown, step.text.in(chinese));
            QCOMPARE(hasChinese(shown), chinese);
            QVERIFY(m_window->lessonPanel()->title().contains(lesson.title.in(chinese)));
            if (step.start.given)
                QVERIFY2(m_window->urlEdit()->text().endsWith(step.start.path),
                         qPrintable(m_window->urlEdit()->text()));
            perform(step);
            if (QTest::currentTestFailed()) {
                qWarning("lesson %s, step %d", qPrintable(lesson.id), k + 1);
                return;
            }
            QTRY_VERIFY2_WITH_TIMEOUT(player.step() == k + 1,
                                      qPrintable(QStringLiteral("%1, step %2")
                                                         .arg(lesson.id)
                                                         .arg(k + 1)),
                                      10000);
        }
        QCOMPARE(player.stepsDone(lesson.id), int(lesson.steps.size()));
        if (i == 4) // the freshness lesson, at its end: the Cache tab and the panel in view
            screenshot(m_window.get(), QStringLiteral("lesson-freshness"));
    }
    const QVariantMap saved = QSettings().value(QStringLiteral("lessons/progress")).toMap();
    QCOMPARE(saved.size(), 9);
    for (const Lesson &lesson : player.lessons())
        QCOMPARE(saved.value(lesson.id).toInt(), int(lesson.steps.size()));
}

// A lesson left half way is open again at its step in the next session's window.
void TestLessons::progressKeptBetweenSessions()
{
    startLesson(2, true); // 200 → 304 → change → 200
    sendWithKeyboard();
    QTRY_COMPARE(m_f->lessons.step(), 1);
    screenshot(m_window.get(), QStringLiteral("lesson-revalidation"));
    m_window.reset();
    m_f->lessons.stop();
    m_f->lessons.setProgress({});
    m_window = openWindow();
    QCOMPARE(m_f->lessons.stepsDone(QStringLiteral("revalidation")), 1);
    QCOMPARE(m_f->lessons.current(), 2);
    QCOMPARE(m_f->lessons.step(), 1);
    LessonsDialog *dialog = m_window->showLessons();
    QVERIFY(dialog->rowText(2).contains(languageFor() == Language::Chinese
                                                ? QStringLiteral("1 / 4")
                                                : QStringLiteral("1 of 4 steps")));
    dialog->close();
}

// Another HTTP Lens on the same data folder records its own progress while this window plays a
// lesson: whichever writes last, both are kept; a lesson started again here goes back to 0.
void TestLessons::progressOfAnotherWindowKept()
{
    const QList<Lesson> &lessons = m_f->lessons.lessons();
    const QString mine = lessons.at(2).id;
    const QString theirs = lessons.at(0).id;
    const QString both = lessons.at(3).id;
    m_f->lessons.setProgress({{both, 2}});
    startLesson(2, true);
    QSettings().setValue(QStringLiteral("lessons/progress"),
                         QVariantMap{{theirs, 1}, {both, 3}}); // as the other window wrote it
    sendWithKeyboard();
    QTRY_COMPARE(m_f->lessons.step(), 1);
    const QVariantMap saved = QSettings().value(QStringLiteral("lessons/progress")).toMap();
    QCOMPARE(saved.value(mine).toInt(), 1);
    QCOMPARE(saved.value(theirs).toInt(), 1);
    QCOMPARE(saved.value(both).toInt(), 3); // unchanged here since it was read: theirs
    QCOMPARE(m_f->lessons.stepsDone(theirs), 1);
    // Starting a lesson again here is a change of ours: it wins over the other's progress.
    startLesson(3, true);
    QCOMPARE(QSettings().value(QStringLiteral("lessons/progress")).toMap().value(both).toInt(), 0);
    QCOMPARE(LessonPlayer::mergedProgress({{mine, 1}}, {{mine, 2}}, {{mine, 4}}).value(mine), 2);
    QCOMPARE(LessonPlayer::mergedProgress({{mine, 1}}, {}, {{mine, 1}}).contains(mine), false);
}

void TestLessons::brokenLessonFilesRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{");
    QTest::newRow("no format") << QByteArray("{\"id\":\"x\"}");
    QTest::newRow("no steps") << QByteArray("{\"format\":1,\"id\":\"x\",\"title\":{\"en\":\"T\"}}");
    const QByteArray head = "{\"format\":1,\"id\":\"x\",\"title\":{\"en\":\"T\"},\"steps\":[";
    QTest::newRow("step without text") << head + "{\"title\":{\"en\":\"a\"}}]}";
    QTest::newRow("unknown event")
            << head + "{\"title\":{\"en\":\"a\"},\"text\":{\"en\":\"b\"},\"until\":{\"event\":\"x\"}}]}";
    QTest::newRow("unknown criterion")
            << head + "{\"title\":{\"en\":\"a\"},\"text\":{\"en\":\"b\"},\"until\":{\"stat\":200}}]}";
    QTest::newRow("status out of range")
            << head + "{\"title\":{\"en\":\"a\"},\"text\":{\"en\":\"b\"},\"until\":{\"status\":7000}}]}";
    QTest::newRow("unknown action")
            << head + "{\"title\":{\"en\":\"a\"},\"text\":{\"en\":\"b\"},\"action\":\"dance\"}]}";
    QTest::newRow("start off the server")
            << head
                       + "{\"title\":{\"en\":\"a\"},\"text\":{\"en\":\"b\"},\"start\":{\"path\":"
                         "\"http://x/\"}}]}";
    QTest::newRow("too large") << QByteArray(Lesson::kMaxFileBytes + 1, ' ');
}

void TestLessons::brokenLessonFilesRefused()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!Lesson::parse(json, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
