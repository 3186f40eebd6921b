// File → Check many URLs…, driven through its widgets against the practice server: the table
// fills while the check runs, sorts and filters meanwhile, Cancel stops it halfway, the CSV
// export holds what the table holds, and a double-click asks the inspector to open a URL.
#include "batch/checkreport.h"
#include "batch/checkrun.h"
#include "checkwindow.h"
#include "knowledge/localization.h"
#include "practice/practiceserver.h"
#include "timelimit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;

class TestCheckWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fillsSortsFiltersCancelsAndExports();
    void doubleClickOpensInInspector();
    void refusesWhatCannotRun();
    void remembersAcrossRunsWithAStateFile();
    void fitsTwentyRowsAtTheLaptopSize();
    void progressEndsWhereTheRunEnded();
    void resumeIsUntickedOnceTheRunFinished();
    void readingASitemapLeavesTheWindowResponsive();
    void screenshots_data();
    void screenshots();

private:
    QString urlList(int delayed) const;

    Practice::PracticeServer m_practice;
    QTemporaryDir m_dir;
    std::unique_ptr<Localization> m_localization; // LANG=zh_CN.UTF-8 runs it in Chinese
};

void TestCheckWindow::initTestCase()
{
    m_localization = std::make_unique<Localization>(
            QStringList{QStringLiteral("httplens"), QStringLiteral("httplens_ui")});
    QVERIFY(m_practice.listen());
    QVERIFY(m_dir.isValid());
}

// A 705 and a 404 first, then delayed answers: the table has rows to sort and filter while
// the rest is still under way.
QString TestCheckWindow::urlList(int delayed) const
{
    QStringList lines{QStringLiteral("# a comment"),
                      m_practice.url(QStringLiteral("/status/705")),
                      m_practice.url(QStringLiteral("/status/404")),
                      QStringLiteral("not a url at all")};
    for (int i = 0; i < delayed; ++i)
        lines << m_practice.url(QStringLiteral("/delay/0.3?n=%1").arg(i));
    return lines.join(QLatin1Char('\n'));
}

void TestCheckWindow::fillsSortsFiltersCancelsAndExports()
{
    CheckWindow window;
    window.show();
    window.setUrls(urlList(60));
    window.findChild<QSpinBox *>(QStringLiteral("concurrency"))->setValue(4);
    auto *startButton = window.findChild<QPushButton *>(QStringLiteral("checkStart"));
    auto *cancelButton = window.findChild<QPushButton *>(QStringLiteral("checkCancel"));
    QVERIFY(startButton->isEnabled());
    QVERIFY(!cancelButton->isEnabled());
    QTest::mouseClick(startButton, Qt::LeftButton);
    QVERIFY(window.run()->isRunning());
    QVERIFY(!startButton->isEnabled());
    QVERIFY(cancelButton->isEnabled());

    QTableView *table = window.table();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 8, 10000);
    QVERIFY(window.run()->isRunning());
    // The invalid line is reported with its number and skipped.
    auto *problems = window.findChild<QPlainTextEdit *>(QStringLiteral("checkProblems"));
    QVERIFY2(problems->toPlainText().contains(QLatin1String("4"))
                     && problems->toPlainText().contains(QLatin1String("not a url at all")),
             qPrintable(problems->toPlainText()));
    QVERIFY(problems->isVisible());
    // The progress bar knows the total: 62 URLs, the bad line counted as handled.
    auto *progress = window.findChild<QProgressBar *>(QStringLiteral("checkProgress"));
    QTRY_VERIFY(progress->maximum() == 63 && progress->value() >= 9);

    // Sorted by status while it runs: 705 on top, and a new row does not move it.
    table->sortByColumn(CheckResultsModel::Status, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, CheckResultsModel::Status).data().toString(),
             QStringLiteral("705"));
    const int before = table->model()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > before, 5000);
    QCOMPARE(table->model()->index(0, CheckResultsModel::Status).data().toString(),
             QStringLiteral("705"));
    QCOMPARE(table->model()->index(1, CheckResultsModel::Status).data().toString(),
             QStringLiteral("404 Not Found"));

    // Filtered while it runs: by words, then by change.
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("checkFilter"));
    QTest::keyClicks(filter, QStringLiteral("404"));
    QCOMPARE(table->model()->rowCount(), 1);
    filter->clear();
    auto *change = window.findChild<QComboBox *>(QStringLiteral("checkChangeFilter"));
    change->setCurrentIndex(change->findData(int(CheckResult::Change::Gone)));
    QCOMPARE(table->model()->rowCount(), 1);
    change->setCurrentIndex(0);

    // Cancelled halfway: it stops at once, the finished rows stay, the rest never come.
    QSignalSpy finished(window.run(), &CheckRun::finished);
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning(), 3000);
    const int rows = window.run()->model()->rowCount();
    QVERIFY2(rows < 62, qPrintable(QString::number(rows)));
    QVERIFY(startButton->isEnabled());
    QVERIFY(!cancelButton->isEnabled());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true); // cancelled
    const QString cancelled
            = QCoreApplication::translate("HttpLens::CheckWindow",
                                          "Cancelled: what finished is listed.\n%1");
    QVERIFY2(window.summaryText().startsWith(cancelled.left(cancelled.indexOf(u'\n'))),
             qPrintable(window.summaryText()));
    // Nothing more arrives once cancelled. The server answers these URLs 0.3 s after it reads
    // them, so any answer to a request sent before the cancel is in by 0.6 s (the engine keeps
    // its idle connections open, so their count cannot say so); no result may follow it.
    QSignalSpy added(window.run(), &CheckRun::resultAdded);
    QTest::qWait(600);
    QCOMPARE(added.count(), 0);
    QCOMPARE(window.run()->model()->rowCount(), rows);

    // The CSV holds what the table holds, written as httplens-cli check --csv writes it.
    const QString path = m_dir.filePath(QStringLiteral("check.csv"));
    QVERIFY(window.exportTo(path, CheckRun::Format::Csv));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray expected = checkCsvHeader();
    for (const CheckResult &result : window.run()->model()->results())
        expected += checkResultCsv(result);
    QCOMPARE(file.readAll(), expected);
    QCOMPARE(expected.count("\r\n"), rows + 1);
}

void TestCheckWindow::doubleClickOpensInInspector()
{
    CheckWindow window;
    window.show();
    const QString url = m_practice.url(QStringLiteral("/status/201"));
    window.setUrls(url);
    QVERIFY(window.start());
    QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning(), 5000);
    QCOMPARE(window.table()->model()->rowCount(), 1);
    QSignalSpy opened(&window, &CheckWindow::openInInspector);
    const QModelIndex index = window.table()->model()->index(0, CheckResultsModel::Url);
    const QPoint centre = window.table()->visualRect(index).center();
    // As a person double-clicks: a click, then the second press that makes it a double one.
    QTest::mouseClick(window.table()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(window.table()->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), url);
}

void TestCheckWindow::refusesWhatCannotRun()
{
    CheckWindow window;
    window.show();
    window.setUrls(QStringLiteral("# only a comment\n\n"));
    QVERIFY(!window.start());
    QCOMPARE(window.summaryText(),
             QCoreApplication::translate("HttpLens::Check", "There is no URL to check."));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("checkStart"))->isEnabled());
    // A header no server could read is refused before anything is sent.
    window.setUrls(m_practice.url(QStringLiteral("/get")));
    window.findChild<QPlainTextEdit *>(QStringLiteral("headers"))
            ->setPlainText(QStringLiteral("Bad Name: 2"));
    QVERIFY(!window.start());
    CheckOptions bad;
    bad.headers.append(HeaderLine::fromCurlSyntax("Bad Name: 2"));
    QVERIFY(!bad.problem().isEmpty());
    QCOMPARE(window.summaryText(), bad.problem());
    // A list file that is not there.
    window.findChild<QPlainTextEdit *>(QStringLiteral("headers"))->clear();
    auto *source = window.findChild<QComboBox *>(QStringLiteral("checkSource"));
    source->setCurrentIndex(source->findData(int(CheckRun::Source::ListFile)));
    window.findChild<QLineEdit *>(QStringLiteral("checkLocation"))
            ->setText(m_dir.filePath(QStringLiteral("none.txt")));
    QVERIFY(!window.start());
    QVERIFY2(window.summaryText().contains(QLatin1String("none.txt")),
             qPrintable(window.summaryText()));
}

void TestCheckWindow::remembersAcrossRunsWithAStateFile()
{
    CheckWindow window;
    window.show();
    window.setUrls(m_practice.url(QStringLiteral("/lab/window-state")));
    window.findChild<QLineEdit *>(QStringLiteral("stateFile"))
            ->setText(m_dir.filePath(QStringLiteral("window.db")));
    for (const QString &expected : {QStringLiteral("new"), QStringLiteral("unchanged")}) {
        QVERIFY(window.start());
        QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning(), 5000);
        QCOMPARE(window.run()->model()->rowCount(), 1);
        const CheckResult result = window.run()->model()->results().first();
        QCOMPARE(changeName(result.change), expected);
    }
    // The second run asked with the validators and got a 304.
    const CheckResult second = window.run()->model()->results().first();
    QCOMPARE(second.status, 304);
    QCOMPARE(second.decidedBy, CheckResult::DecidedBy::NotModified);
    QVERIFY(window.run()->stats().savedBytes > 0);
    QCOMPARE(window.summaryText(), checkSummary(window.run()->stats()).trimmed());
}

// At what the window opens with on a 1366×768 screen, in English and in Chinese.
void TestCheckWindow::fitsTwentyRowsAtTheLaptopSize()
{
    CheckWindow window;
    window.resize(1161, 652);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1161, 652));
    QTableView *table = window.table();
    const int rows = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
    QVERIFY2(rows >= 20, qPrintable(QString::number(rows)));
    // Before a run nothing stands beside Start that says nothing.
    QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("checkProgress"))->isVisible());
    // A 500's whole status line fits its column.
    window.setUrls(m_practice.url(QStringLiteral("/status/500")));
    QVERIFY(window.start());
    QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning(), 5000);
    const QString status = table->model()->index(0, CheckResultsModel::Status).data().toString();
    QCOMPARE(status, QStringLiteral("500 Internal Server Error"));
    QVERIFY2(table->columnWidth(CheckResultsModel::Status)
                     >= table->fontMetrics().horizontalAdvance(status) + 12,
             qPrintable(QString::number(table->columnWidth(CheckResultsModel::Status))));
}

// After a run the line reads N of N with no time left; after Cancel no time is left either;
// an export says where it went.
void TestCheckWindow::progressEndsWhereTheRunEnded()
{
    CheckWindow window;
    window.show();
    window.setUrls(urlList(3)); // a comment, three checked, a line that is no URL, three delayed
    QVERIFY(window.start());
    auto *line = window.findChild<QLabel *>(QStringLiteral("checkProgressText"));
    QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("checkProgress"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning(), 5000);
    QVERIFY2(line->text().startsWith(
                     QCoreApplication::translate("HttpLens::Check", "%1 of %2").arg(6).arg(6)),
             qPrintable(line->text()));
    const QString left = QCoreApplication::translate("HttpLens::Check", "%1 s left").arg(QString());
    QVERIFY2(!line->text().contains(left.trimmed()), qPrintable(line->text()));

    const QString path = m_dir.filePath(QStringLiteral("exported.csv"));
    QVERIFY(window.exportTo(path, CheckRun::Format::Csv));
    auto *exported = window.findChild<QLabel *>(QStringLiteral("checkExported"));
    QVERIFY2(exported->isVisible() && exported->text().contains(path), qPrintable(exported->text()));

    window.setUrls(urlList(40));
    window.findChild<QSpinBox *>(QStringLiteral("concurrency"))->setValue(2);
    QVERIFY(window.start());
    QVERIFY(exported->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.run()->stats().done >= 4, 5000);
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning(), 5000);
    QCOMPARE(window.run()->state(), CheckRun::State::Finished);
    QVERIFY2(!line->text().contains(left.trimmed()), qPrintable(line->text()));
}

void TestCheckWindow::resumeIsUntickedOnceTheRunFinished()
{
    CheckWindow window;
    window.show();
    window.setUrls(urlList(30));
    window.findChild<QSpinBox *>(QStringLiteral("concurrency"))->setValue(2);
    window.findChild<QLineEdit *>(QStringLiteral("stateFile"))
            ->setText(m_dir.filePath(QStringLiteral("resume.db")));
    QVERIFY(window.start());
    QTRY_VERIFY_WITH_TIMEOUT(window.run()->stats().done >= 4, 5000);
    window.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning(), 5000);
    auto *resume = window.findChild<QCheckBox *>(QStringLiteral("resume"));
    resume->setChecked(true);
    window.findChild<QSpinBox *>(QStringLiteral("concurrency"))->setValue(16);
    QVERIFY(window.start());
    QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning(), 10000);
    QVERIFY(window.run()->stats().skipped >= 4);
    QVERIFY(!resume->isChecked());
}

// A sitemap whose server never answers: the window stays responsive, a second start is refused
// and Esc stops the reading at once.
void TestCheckWindow::readingASitemapLeavesTheWindowResponsive()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held; // accepted and never answered
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held << socket;
    });
    CheckWindow window;
    window.show();
    auto *source = window.findChild<QComboBox *>(QStringLiteral("checkSource"));
    source->setCurrentIndex(source->findData(int(CheckRun::Source::Sitemap)));
    window.findChild<QLineEdit *>(QStringLiteral("checkLocation"))
            ->setText(QStringLiteral("http://127.0.0.1:%1/sitemap.xml").arg(silent.serverPort()));
    QSignalSpy states(window.run(), &CheckRun::stateChanged);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(window.start());
    QVERIFY2(clock.elapsed() < timeLimit(1000), "start() waited for the sitemap");
    QCOMPARE(window.run()->state(), CheckRun::State::ReadingSitemap);
    QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, 5000);
    auto *cancelButton = window.findChild<QPushButton *>(QStringLiteral("checkCancel"));
    QVERIFY(cancelButton->isEnabled());
    // Ctrl+Enter meanwhile does not start a second run inside the first.
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(window.run()->state(), CheckRun::State::ReadingSitemap);
    QCOMPARE(held.size(), 1);
    QSignalSpy finished(window.run(), &CheckRun::finished);
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(window.run()->state(), CheckRun::State::Finished);
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("checkStart"))->isEnabled());
    QList<CheckRun::State> seen;
    for (const QList<QVariant> &args : states)
        seen << args.first().value<CheckRun::State>();
    QCOMPARE(seen,
             (QList<CheckRun::State>{CheckRun::State::ReadingSitemap,
                                     CheckRun::State::Cancelling,
                                     CheckRun::State::Finished}));
    qDeleteAll(held);
}

void TestCheckWindow::screenshots_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("first start") << QSize();
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// A second run over a state file, as the README shows it: 304s, a hash decision, a change, a
// gone page, a 705, a redirect chain and a refused connection. With HTTPLENS_SCREENSHOT_DIR set
// the window is saved at each size; without, the same steps run.
void TestCheckWindow::screenshots()
{
    QFETCH(QSize, size);
    CheckWindow window;
    if (size.isValid())
        window.resize(size);
    window.show();
    const QString tag = size.isValid()
                                ? QStringLiteral("%1x%2").arg(size.width()).arg(size.height())
                                : QStringLiteral("first");
    QStringList urls;
    for (const char *path : {"/lab/shot-a",
                             "/lab/shot-b",
                             "/lab/shot-c",
                             "/crawl/plain/shot-d",
                             "/crawl/ignoring/shot-e",
                             "/redirect/2",
                             "/status/404",
                             "/status/705",
                             "/cache",
                             "/etag/v1"})
        urls << m_practice.url(QString::fromLatin1(path));
    urls << QStringLiteral("http://127.0.0.1:1/refused");
    window.setUrls(urls.join(QLatin1Char('\n')));
    window.findChild<QCheckBox *>(QStringLiteral("followRedirects"))->setChecked(true);
    window.findChild<QLineEdit *>(QStringLiteral("stateFile"))
            ->setText(m_dir.filePath(QStringLiteral("shots-%1.db").arg(tag)));
    for (int run = 0; run < 2; ++run) {
        if (run == 1) {
            // One lab document changes between the runs.
            Practice::Lab &lab = m_practice.lab();
            lab.edit("shot-c", "changed " + QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
        }
        QVERIFY(window.start());
        QTRY_VERIFY_WITH_TIMEOUT(!window.run()->isRunning(), 10000);
    }
    QAbstractItemModel *model = window.run()->model();
    QCOMPARE(model->rowCount(), urls.size());
    // The redirect chain is shown where the count is: both hops, with their statuses.
    const QModelIndexList redirected = model->match(model->index(0, CheckResultsModel::Url),
                                                    CheckResultsModel::UrlRole,
                                                    urls.at(5),
                                                    1,
                                                    Qt::MatchExactly);
    QCOMPARE(redirected.size(), 1);
    const QString chain = redirected.first()
                                  .siblingAtColumn(CheckResultsModel::Redirects)
                                  .data(Qt::ToolTipRole)
                                  .toString();
    QVERIFY2(chain.startsWith(QStringLiteral("302 %1 -> 302 ").arg(urls.at(5))), qPrintable(chain));
    window.table()->sortByColumn(CheckResultsModel::Change, Qt::AscendingOrder);
    const QString dir = qEnvironmentVariable("HTTPLENS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    const bool chinese = window.windowTitle().contains(QChar(0x68c0)); // 检
    const QString name = QStringLiteral("%1/%2-check-%3.png")
                                 .arg(dir,
                                      chinese ? QStringLiteral("zh") : QStringLiteral("en"),
                                      tag);
    QVERIFY(window.grab().save(name));
}

QTEST_MAIN(TestCheckWindow)
#include "tst_checkwindow.moc"
