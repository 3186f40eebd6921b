#include "cachepage.h"
#include "checkwindow.h"
#include "compareview.h"
#include "historypanel.h"
#include "interopdialogs.h"
#include "keyvaluetable.h"
#include "mainwindow.h"
#include "requestbar.h"
#include "requesteditor.h"
#include "responseview.h"
#include "waterfallwidget.h"
#include "windowtest.h"

#include "childprocess.h"
#include "cookies/cookiejar.h"
#include "curlcorpus.h"
#include "http/engine.h"
#include "inspector/environments.h"
#include "inspector/history.h"
#include "inspector/inspectorsession.h"
#include "inspector/walkthrough.h"
#include "inspector/workspace.h"
#include "interop/curlcommand.h"
#include "interop/harreader.h"
#include "interop/httpfile.h"
#include "interop/shellwords.h"
#include "knowledge/headercatalogue.h"
#include "knowledge/localization.h"
#include "knowledge/statuscatalogue.h"
#include "practice/practiceserver.h"
#include "scriptedserver.h"
#include "text.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <thread>

using namespace HttpLens;

// The window driven as a user would: typing, keyboard shortcuts, clicks, against the practice
// server on loopback. Run offscreen. With HTTPLENS_SCREENSHOT_DIR set it also saves the
// screenshots the README shows.
class TestMainWindow : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunOpensTheLab();
    void firstWindowTakesAShareOfTheScreen();
    void sendWithCtrlEnter();
    void aFifoAsAFilePartIsRefusedAtOnce();
    void finishedWalkthroughIsRemembered();
    void historyFilter();
    void paramsFollowTheUrl();
    void typedUrlIsEncoded();
    void errorsStayInTheResponseArea();
    void escapeCancels();
    void cookiesReachTheJar();
    void cookieLabLoginFollowsThe303();
    void getWithABodySaysSo();
    void layoutStaysPutWhenAResponseArrives();
    void responseTabsStartFresh();
    void largeBodyStaysResponsive();
    void sessionIsRestored();
    void historySurvivesRestart();
    void checkWindowOpensUrlsInTheInspector();
    void screenshots_data();
    void screenshots();
    void windowSpeaksChinese();
    void downloadLimitStopsALargeBody();
    void cleanupTestCase();
};

void TestMainWindow::initTestCase()
{
    setUpCase();
}

void TestMainWindow::init()
{
    setUp();
}

void TestMainWindow::cleanup()
{
    tearDown();
}

void TestMainWindow::firstRunOpensTheLab()
{
    // No saved session: the lab document of the practice server and the walkthrough.
    QCOMPARE(m_window->urlEdit()->text(), m_practice.url(QStringLiteral("/lab/welcome")));
    auto *tour = m_window->findChild<QWidget *>(QStringLiteral("walkthroughPanel"));
    QVERIFY(tour && tour->isVisible());
    QCOMPARE(m_f->walkthrough.step(), Walkthrough::Send);
}

void TestMainWindow::firstWindowTakesAShareOfTheScreen()
{
    m_window.reset();
    m_window = openWindow(QSize());
    const QRect screen = m_window->screen()->availableGeometry();
    const QSize expected(qMin(1280, int(screen.width() * 0.85)),
                         qMin(820, int(screen.height() * 0.85)));
    QCOMPARE(m_window->size(), expected);
    QVERIFY(screen.contains(m_window->geometry()));
}

void TestMainWindow::sendWithCtrlEnter()
{
    typeUrl(m_practice.url(QStringLiteral("/lab/welcome")));
    sendWithKeyboard();
    ResponseView *response = m_window->responseView();
    QCOMPARE(response->badgeText(), QStringLiteral("200 OK"));
    QVERIFY(!response->summaryText().isEmpty());
    const QString raw = response->rawText();
    QVERIFY2(raw.startsWith(QLatin1String("GET /lab/welcome HTTP/1.1\nHost: 127.0.0.1:")),
             qPrintable(raw));
    QVERIFY(raw.contains(QLatin1String("\nHTTP/1.1 200 OK\n")));
    QVERIFY(raw.contains(QLatin1String("\nETag: \"")));
    // Nothing hidden: no header the user did not ask for beyond libcurl's visible defaults.
    const QString requestHead = raw.left(raw.indexOf(QLatin1String("\n\n")));
    // Request line, Host, and libcurl's Accept and Accept-Encoding (decoding is on).
    QCOMPARE(requestHead.count(u'\n'), 3);
    QVERIFY2(requestHead.contains(QLatin1String("\nAccept: */*\nAccept-Encoding: ")),
             qPrintable(requestHead));

    auto *view = m_window->historyPanel()->view();
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, History::Status).data().toInt(), 200);
    auto *etagSource = m_window->requestEditor()->findChild<QLabel *>(
            QStringLiteral("If-None-Match-source"));
    QVERIFY2(etagSource->text().contains(QLatin1String("#1")), qPrintable(etagSource->text()));
    QCOMPARE(m_f->walkthrough.step(), Walkthrough::Replay);
}

// A file part naming a FIFO (or a device) is refused with a sentence at once: reading it would
// block the window until someone wrote to it. The Cache tab, which asks every second, does not
// build the body at all. Something writes to the FIFO after three seconds, so that a window that
// does read it is freed, and found out by the clock.
void TestMainWindow::aFifoAsAFilePartIsRefusedAtOnce()
{
    const QString fifo = dataFile(QStringLiteral("part.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    std::thread writer([fifo] {
        std::this_thread::sleep_for(std::chrono::seconds(3));
        // Read and write, so the open never waits for a reader that is not there.
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDWR);
        if (fd >= 0) {
            (void) ::write(fd, "late", 4);
            ::close(fd);
        }
    });
    Composition c = m_window->composition();
    c.method = QStringLiteral("POST");
    c.url = m_practice.url(QStringLiteral("/post"));
    c.bodyMode = BodyMode::Multipart;
    c.multipart = {{true, QStringLiteral("upload"), fifo, true, {}}};
    m_window->setComposition(c);
    QElapsedTimer clock;
    clock.start();
    QSignalSpy notSent(m_f->session.get(), &InspectorSession::notSent);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(notSent.count(), 1);
    QVERIFY2(notSent.first().first().toStringList().join(u' ').contains(
                     QLatin1String("not a regular file")),
             qPrintable(notSent.first().first().toStringList().join(u' ')));
    m_window->cachePage()->refresh();
    const qint64 elapsed = clock.elapsed();
    writer.join();
    QVERIFY2(elapsed < 1500, QByteArray::number(elapsed).constData());
}

void TestMainWindow::finishedWalkthroughIsRemembered()
{
    m_f->walkthrough.resume(Walkthrough::Done);
    m_window->close();
    Walkthrough fresh;
    m_f->services.walkthrough = &fresh;
    {
        MainWindow again(m_f->services);
        QCOMPARE(fresh.step(), Walkthrough::Done);
        // Finished, it does not come back at the next start; Help reopens it.
        QVERIFY(again.findChild<QWidget *>(QStringLiteral("walkthroughPanel"))->isHidden());
    }
    m_f->services.walkthrough = &m_f->walkthrough;
}

void TestMainWindow::historyFilter()
{
    sendLabThenReplay();
    typeUrl(m_practice.url(QStringLiteral("/status/404")));
    sendWithKeyboard();
    HistoryPanel *panel = m_window->historyPanel();
    QTest::keyClicks(panel->filterEdit(), QStringLiteral("304"));
    QCOMPARE(panel->view()->model()->rowCount(), 1);
    panel->filterEdit()->clear();
    QCOMPARE(panel->view()->model()->rowCount(), 3);
}

void TestMainWindow::paramsFollowTheUrl()
{
    typeUrl(m_practice.url(QStringLiteral("/get?a=1&b=two")));
    auto *params = m_window->requestEditor()->findChild<QTableWidget *>(
            QStringLiteral("paramsTable"));
    QVERIFY(params);
    QCOMPARE(params->item(0, 0)->text(), QStringLiteral("a"));
    QCOMPARE(params->item(1, 1)->text(), QStringLiteral("two"));
    params->item(1, 1)->setText(QStringLiteral("x y"));
    QCOMPARE(m_window->urlEdit()->text(), m_practice.url(QStringLiteral("/get?a=1&b=x%20y")));
    params->item(0, 0)->setCheckState(Qt::Unchecked);
    QCOMPARE(m_window->urlEdit()->text(), m_practice.url(QStringLiteral("/get?b=x%20y")));
}

void TestMainWindow::typedUrlIsEncoded()
{
    // Typed as in a browser's address bar: the space is encoded when the request is built.
    typeUrl(m_practice.url(QStringLiteral("/get?a=1&b=two words&c=\u00e9")));
    sendWithKeyboard();
    QCOMPARE(lastExchange().status(), 200);
    QVERIFY2(m_window->responseView()->rawText().startsWith(
                     QLatin1String("GET /get?a=1&b=two%20words&c=%C3%A9 HTTP/1.1\n")),
             qPrintable(m_window->responseView()->rawText().left(80)));
    // What cannot be a URL gets one sentence of HTTP Lens's own.
    typeUrl(QStringLiteral("http://exa mple.org/"));
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("Not sent"));
    QVERIFY2(m_window->responseView()->summaryText().contains(QLatin1String("contains a space")),
             qPrintable(m_window->responseView()->summaryText()));
}

void TestMainWindow::errorsStayInTheResponseArea()
{
    typeUrl(QStringLiteral("http://127.0.0.1:1/"));
    sendWithKeyboard();
    QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("Connection refused"));
    const QString summary = m_window->responseView()->summaryText();
    QVERIFY2(summary.contains(QLatin1String("port 1 of 127.0.0.1")), qPrintable(summary));
    QVERIFY2(m_window->responseView()->explainText().contains(QLatin1String("libcurl error 7")),
             qPrintable(m_window->responseView()->explainText()));
    QVERIFY(!QApplication::activeModalWidget());
    // The waterfall draws the lookup and the refused connect, and a dash for the rest.
    auto *waterfall = m_window->responseView()->findChild<WaterfallWidget *>();
    QVERIFY(waterfall);
    for (const PhaseSpan &span : waterfall->spans()) {
        const bool happened = span.phase == PhaseSpan::Phase::Dns
                              || span.phase == PhaseSpan::Phase::Connect;
        QCOMPARE(span.happened(), happened);
        QCOMPARE(span.stopped, span.phase == PhaseSpan::Phase::Connect);
    }

    const int before = m_f->history.size();
    typeUrl(QStringLiteral("not a url"));
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("Not sent"));
    QCOMPARE(m_f->history.size(), before);
    QVERIFY(!QApplication::activeModalWidget());
}

void TestMainWindow::escapeCancels()
{
    typeUrl(m_practice.url(QStringLiteral("/delay/5")));
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(m_window->isSending());
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isSending(), 3000);
    QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("Cancelled"));
}

void TestMainWindow::cookiesReachTheJar()
{
    typeUrl(m_practice.url(QStringLiteral("/cookies/set?theme=dark")));
    sendWithKeyboard();
    QCOMPARE(m_f->jar.rowCount(), 1);
    QCOMPARE(m_f->jar.cookies().first().value, QByteArray("dark"));
    auto *received = m_window->responseView()->findChild<QTableWidget *>(
            QStringLiteral("receivedCookies"));
    QVERIFY(received->rowCount() >= 1);
    typeUrl(m_practice.url(QStringLiteral("/cookies")));
    sendWithKeyboard();
    QVERIFY(m_window->responseView()->rawText().contains(QLatin1String("\nCookie: theme=dark\n")));
}

void TestMainWindow::cookieLabLoginFollowsThe303()
{
    // The practice server's own login form, posted from the editor with redirects followed.
    Composition c;
    c.method = QStringLiteral("POST");
    c.url = m_practice.url(QStringLiteral("/lab/login"));
    c.bodyMode = BodyMode::Form;
    c.formFields = {{true, QStringLiteral("user"), QStringLiteral("ann")},
                    {true, QStringLiteral("password"), QStringLiteral("lens")}};
    m_window->setComposition(c);
    sendWithKeyboard();
    const Exchange &login = lastExchange();
    QCOMPARE(login.hops.size(), 2);
    QCOMPARE(login.hops.first().request.method, QByteArray("POST"));
    QCOMPARE(login.hops.first().response.status, 303);
    // After a 303 the next request is a GET, as curl and browsers make it.
    QCOMPARE(login.hops.last().request.method, QByteArray("GET"));
    QVERIFY(login.hops.last().request.raw.startsWith("GET /lab/private HTTP/1.1\r\n"));
    QVERIFY(login.hops.last().requestBody.isEmpty());
    QCOMPARE(login.status(), 200);
    QVERIFY(login.body.read().startsWith("Hello, ann."));
    QVERIFY(m_window->responseView()->badgeText().startsWith(QLatin1String("200")));
    // The history lists the exchange by the method it was sent with; the login is no lesson step.
    QCOMPARE(m_window->historyPanel()->view()->model()->index(0, History::Method).data().toString(),
             QStringLiteral("POST"));
    QCOMPARE(m_f->walkthrough.step(), Walkthrough::Send);
}

void TestMainWindow::getWithABodySaysSo()
{
    Composition c;
    c.url = m_practice.url(QStringLiteral("/anything"));
    c.bodyMode = BodyMode::Raw;
    c.rawBody = QStringLiteral("left in the Body tab");
    m_window->setComposition(c);
    sendWithKeyboard();
    QVERIFY(m_window->responseView()->rawText().contains(QLatin1String("left in the Body tab")));
    m_window->responseView()->tabs()->setCurrentIndex(ResponseView::ExplainTab);
    QVERIFY2(m_window->responseView()->explainText().contains(QStringLiteral("RFC 9110 §9.3.1")),
             qPrintable(m_window->responseView()->explainText()));
}

void TestMainWindow::layoutStaysPutWhenAResponseArrives()
{
    auto *main = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    auto *right = m_window->findChild<QSplitter *>(QStringLiteral("rightSplitter"));
    QCoreApplication::processEvents();
    const QSize size = m_window->size();
    const QList<int> mainSizes = main->sizes();
    const QList<int> rightSizes = right->sizes();
    // A status line much longer than the window, headers with long meanings, a long URL.
    const QString long_ = QString(300, u'x');
    typeUrl(m_practice.url(QStringLiteral("/status/299?") + long_));
    sendWithKeyboard();
    typeUrl(m_practice.url(QStringLiteral("/response-headers?X-Long=") + long_));
    sendWithKeyboard();
    m_window->responseView()->tabs()->setCurrentIndex(ResponseView::HeadersTab);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), size);
    QCOMPARE(main->sizes(), mainSizes);
    QCOMPARE(right->sizes(), rightSizes);
    // The history's Status column is in view whatever the URL.
    QTableView *history = m_window->historyPanel()->view();
    const int statusRight = history->horizontalHeader()->sectionViewportPosition(History::Status)
                            + history->horizontalHeader()->sectionSize(History::Status);
    QVERIFY2(statusRight <= history->viewport()->width(), qPrintable(QString::number(statusRight)));
    // The Cookies tab's three tables share its height.
    m_window->responseView()->tabs()->setCurrentIndex(ResponseView::CookiesTab);
    QCoreApplication::processEvents();
    QList<int> heights;
    for (QGroupBox *box :
         m_window->responseView()->findChildren<QGroupBox *>(QStringLiteral("cookieBox")))
        heights << box->height();
    QCOMPARE(heights.size(), 3);
    QVERIFY2(qAbs(heights.first() - heights.last()) <= 2,
             qPrintable(QStringLiteral("%1 %2").arg(heights.first()).arg(heights.last())));
}

void TestMainWindow::responseTabsStartFresh()
{
    // A binary body opens in the hex view; scrolled down, the next response starts at 0.
    typeUrl(m_practice.url(QStringLiteral("/bytes/40000")));
    sendWithKeyboard();
    ResponseView *response = m_window->responseView();
    response->tabs()->setCurrentIndex(ResponseView::BodyTab);
    auto *hex = response->findChild<QTableView *>(QStringLiteral("hexView"));
    QVERIFY(hex->isVisible());
    hex->scrollToBottom();
    QVERIFY(hex->rowAt(0) > 0);
    typeUrl(m_practice.url(QStringLiteral("/bytes/50000")));
    sendWithKeyboard();
    QCoreApplication::processEvents();
    QVERIFY(hex->isVisible());
    QCOMPARE(hex->rowAt(0), 0);
    // A text body after it shows as text, not in the hex view the last one needed.
    typeUrl(m_practice.url(QStringLiteral("/get")));
    sendWithKeyboard();
    QVERIFY(!hex->isVisible());
    QVERIFY(response->findChild<QWidget *>(QStringLiteral("bodyText"))->isVisible());
    // The list of endpoints is a document: it opens on the Body tab.
    response->tabs()->setCurrentIndex(ResponseView::RawTab);
    const int before = m_f->history.size();
    m_window->openPracticePath(QStringLiteral("/"), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_f->history.size(), before + 1, 15000);
    QCOMPARE(response->tabs()->currentIndex(), int(ResponseView::BodyTab));
}

void TestMainWindow::largeBodyStaysResponsive()
{
    QByteArray big(50 * 1024 * 1024, 'x');
    for (qsizetype i = 80; i < big.size(); i += 81)
        big[i] = '\n';
    m_practice.lab().edit("big", big);
    typeUrl(m_practice.url(QStringLiteral("/lab/big")));
    QElapsedTimer timer;
    timer.start();
    sendWithKeyboard();
    const qint64 total = timer.elapsed();
    QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("200 OK"));
    QCOMPARE(lastExchange().body.size(), big.size());
    // Showing it again (as selecting it in the history does) is quick: only a prefix is laid out.
    timer.restart();
    m_window->responseView()->showEntry(99, m_f->history.exchangeAt(m_f->history.size() - 1));
    const qint64 shown = timer.elapsed();
    qInfo("50 MB body: sent and shown in %lld ms, shown again in %lld ms", total, shown);
    QVERIFY2(shown < 1500, qPrintable(QString::number(shown)));
}

void TestMainWindow::sessionIsRestored()
{
    typeUrl(m_practice.url(QStringLiteral("/anything?restored=1")));
    m_window->close();
    MainWindow second(m_f->services);
    QCOMPARE(second.urlEdit()->text(), m_practice.url(QStringLiteral("/anything?restored=1")));
}

// Everything sent in this session is on disk: a new session reads it back.
void TestMainWindow::historySurvivesRestart()
{
    sendLabThenReplay();
    typeUrl(m_practice.url(QStringLiteral("/cookies/set?kept=1")));
    sendWithKeyboard();
    History history;
    CookieJar jar;
    Workspace again(m_f->workspace->dataDirectory(), &history, &jar);
    QVERIFY(again.open().isEmpty());
    QCOMPARE(history.size(), m_f->history.size());
    QCOMPARE(history.exchangeAt(history.size() - 1)->status(), lastExchange().status());
    QCOMPARE(jar.cookies().size(), m_f->jar.cookies().size());
}

// File → Check many URLs… opens one check window; a URL it hands over (a double-click in its
// table) becomes a GET in the inspector's editor.
void TestMainWindow::checkWindowOpensUrlsInTheInspector()
{
    QAction *action = nullptr;
    const QString text = QCoreApplication::translate("HttpLens::MainMenus", "Check &many URLs…");
    for (QAction *menu : m_window->menuBar()->actions()) {
        for (QAction *entry : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (entry->text() == text)
                action = entry;
        }
    }
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    action->trigger();
    auto *check = m_window->findChild<CheckWindow *>();
    QVERIFY(check);
    QVERIFY(check->isVisible());
    action->trigger(); // the same window again, not a second one
    QCOMPARE(m_window->findChildren<CheckWindow *>().size(), 1);
    const QString url = m_practice.url(QStringLiteral("/status/418"));
    emit check->openInInspector(url);
    QCOMPARE(m_window->urlEdit()->text(), url);
    QCOMPARE(m_window->composition().method, QStringLiteral("GET"));
    sendWithKeyboard();
    QCOMPARE(lastExchange().status(), 418);
}

void TestMainWindow::screenshots_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// The README's screenshots, at the sizes people's screens have. Without HTTPLENS_SCREENSHOT_DIR
// this still drives the same steps at each size.
void TestMainWindow::screenshots()
{
    QFETCH(QSize, size);
    const QString suffix = QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
    m_window->resize(size);
    sendLabThenReplay();
    ResponseView *response = m_window->responseView();
    m_window->historyPanel()->select(1);
    response->tabs()->setCurrentIndex(ResponseView::RawTab);
    screenshot(m_window.get(), QStringLiteral("window-200") + suffix);
    m_window->historyPanel()->select(2);
    QVERIFY2(response->badgeText().startsWith(QLatin1String("304")),
             qPrintable(response->badgeText()));
    response->tabs()->setCurrentIndex(ResponseView::ExplainTab);
    screenshot(m_window.get(), QStringLiteral("window-304-explain") + suffix);
    response->tabs()->setCurrentIndex(ResponseView::TimingTab);
    screenshot(m_window.get(), QStringLiteral("window-304-timing") + suffix);
    response->tabs()->setCurrentIndex(ResponseView::HeadersTab);
    screenshot(m_window.get(), QStringLiteral("window-304-headers") + suffix);
    m_window->requestEditor()->setCurrentIndex(RequestEditor::ConditionalTab);
    screenshot(m_window.get(), QStringLiteral("window-conditional") + suffix);
    m_window->historyPanel()->selectTwo(1, 2);
    m_window->compare(1, 2);
    m_window->compareView()->resize(size.width() * 2 / 3, size.height() * 2 / 3);
    screenshot(m_window->compareView(), QStringLiteral("compare-200-304") + suffix);
    m_window->compareView()->close();
}

// Every tab of the window by its label, counts such as "(3)" left out.
QStringList tabLabels(QWidget *window)
{
    static const QRegularExpression count(QStringLiteral("\\s*[(（]\\d+[)）]$"));
    QStringList labels;
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            labels << tabs->tabText(i).remove(QLatin1Char('&')).remove(count);
    }
    return labels;
}

// In Chinese, as the interface loads it at start (Localization, Qt's own texts included): the
// menus, the URL field's context menu, distinct tab labels, and the error a beginner meets
// first — a refused connection — in the badge and in Explain.
void TestMainWindow::windowSpeaksChinese()
{
    const QStringList english = tabLabels(m_window.get());
    // In English the two Body tabs share their word; the headers tabs never do.
    QCOMPARE(english.count(QStringLiteral("Body")), 2);
    QVERIFY(english.contains(QStringLiteral("Request headers")));
    QVERIFY(english.contains(QStringLiteral("Response headers")));

    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    auto chinese = std::make_unique<Localization>(
            QStringList{QStringLiteral("httplens"), QStringLiteral("httplens_ui")});
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    QVERIFY2(chinese->qtTextsLoaded(), "qtbase_zh_CN.qm not found (qt6-translations-l10n)");
    m_window = openWindow();

    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus.size(), 5);
    for (const QString &menu : menus)
        QVERIFY2(hasChinese(menu), qPrintable(menu));
    QMenu *context = m_window->urlEdit()->createStandardContextMenu();
    QStringList entries;
    for (QAction *action : context->actions()) {
        if (!action->isSeparator())
            entries << action->text();
    }
    delete context;
    QVERIFY(entries.size() >= 5);
    for (const QString &entry : entries)
        QVERIFY2(hasChinese(entry), qPrintable(entry));
    const QStringList labels = tabLabels(m_window.get());
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    QVERIFY(labels.contains(QStringLiteral("请求头")));
    QVERIFY(labels.contains(QStringLiteral("响应头")));

    // The interface's language reaches a server only when asked for, as a visible row; the
    // practice server then answers in it.
    typeUrl(m_practice.url(QStringLiteral("/lab/language-in-window")));
    sendWithKeyboard();
    QVERIFY(!lastRequestHead().contains("Accept-Language"));
    QVERIFY(lastExchange().body.read().startsWith("This is the lab document"));
    auto *language = m_window->findChild<QAction *>(QStringLiteral("languageAction"));
    QVERIFY(language);
    QVERIFY2(hasChinese(language->text()), qPrintable(language->text()));
    language->trigger();
    const Composition composed = m_window->requestEditor()->composition();
    const auto row = std::find_if(composed.headers.begin(), composed.headers.end(), [](auto &r) {
        return r.name == QLatin1String("Accept-Language");
    });
    QVERIFY(row != composed.headers.end() && row->enabled);
    sendWithKeyboard();
    QVERIFY2(lastRequestHead().contains("\r\nAccept-Language: zh-CN, zh;q=0.9, en;q=0.8\r\n"),
             lastRequestHead().constData());
    QVERIFY(lastExchange().body.read().contains("这是实验文档"));
    QCOMPARE(headerValue(lastExchange().finalHop()->response.headers, "Content-Language"),
             QByteArray("zh-CN"));

    typeUrl(QStringLiteral("http://127.0.0.1:1/"));
    sendWithKeyboard();
    const QString badge = m_window->responseView()->badgeText();
    const QString summary = m_window->responseView()->summaryText();
    const QString explain = m_window->responseView()->explainText();
    m_window.reset();
    chinese.reset();
    QVERIFY2(hasChinese(badge), qPrintable(badge));
    QVERIFY2(summary.contains(QStringLiteral("连接被拒绝")), qPrintable(summary));
    QVERIFY2(explain.contains(QStringLiteral("连接被拒绝")), qPrintable(explain));
    QVERIFY2(explain.contains(QStringLiteral("请启动服务器")), qPrintable(explain));
    QVERIFY2(!explain.contains(QLatin1String("nothing listens")), qPrintable(explain));
    QVERIFY2(!summary.contains(QLatin1String("nothing listens")), qPrintable(summary));
}

// The Options tab's download limit (1 GiB unless changed) stops a larger body, with a sentence
// in the response area and nothing in a dialog.
void TestMainWindow::downloadLimitStopsALargeBody()
{
    auto *limit = m_window->requestEditor()->findChild<QSpinBox *>(QStringLiteral("downloadLimit"));
    QVERIFY(limit);
    QCOMPARE(limit->value(), 1024);
    m_window->requestEditor()->setCurrentIndex(RequestEditor::OptionsTab);
    screenshot(m_window.get(), QStringLiteral("window-options"));
    limit->setValue(1);
    typeUrl(m_practice.url(QStringLiteral("/bytes/3000000")));
    sendWithKeyboard();
    QCOMPARE(lastExchange().error.curlCode, 63);
    QVERIFY(lastExchange().body.size() <= 1024 * 1024);
    const QString summary = m_window->responseView()->summaryText();
    const QString stopped = QCoreApplication::translate(
            "HttpLens::TransportError",
            "The body is larger than the download limit, so the transfer was stopped.");
    QVERIFY2(summary.contains(stopped), qPrintable(summary));
    QVERIFY(!QApplication::activeModalWidget());
    // The same body under the limit arrives whole.
    limit->setValue(4);
    sendWithKeyboard();
    QCOMPARE(lastExchange().error.curlCode, 0);
    QCOMPARE(lastExchange().body.size(), 3000000);
}

void TestMainWindow::cleanupTestCase() {}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
