// The Cache tab and "Send as a browser would", driven from the keyboard as a person would: the
// decisions shown for the request in the bar, and what is (and is not) sent because of them.
#include "cachepage.h"
#include "windowtest.h"

#include "responseview.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTabWidget>

using namespace HttpLens;

class TestCacheWindow : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void freshSendsNothing();
    void staleRevalidatesWithTheStoredValidators();
    void sharedCacheKeepsItLonger();
    void noStoreDownloadsWithoutValidators();
    void theArithmeticTicksInPlace();

private:
    CachePage *openCacheTab();
    void moveSliderTo(CachePage *page, int index);
    void sendAsBrowser(int expectedNewExchanges);
};

CachePage *TestCacheWindow::openCacheTab()
{
    auto *page = m_window->findChild<CachePage *>(QStringLiteral("cachePage"));
    if (!page)
        return nullptr;
    auto *tabs = m_window->findChild<ResponseView *>()->tabs();
    tabs->setCurrentWidget(page);
    QCoreApplication::processEvents();
    return page;
}

// As a person would: focus the slider and press the right arrow.
void TestCacheWindow::moveSliderTo(CachePage *page, int index)
{
    auto *slider = page->findChild<QSlider *>(QStringLiteral("cacheMoment"));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(slider, Qt::Key_Right);
}

void TestCacheWindow::sendAsBrowser(int expectedNewExchanges)
{
    const int before = m_f->history.size();
    // Served from the cache is an event of its own: waited for, not guessed with a sleep.
    QSignalSpy served(m_f->session.get(), &InspectorSession::servedFromCache);
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    if (expectedNewExchanges > 0)
        QTRY_COMPARE_WITH_TIMEOUT(m_f->history.size(), before + expectedNewExchanges, 15000);
    else
        QTRY_COMPARE_WITH_TIMEOUT(served.count(), 1, 5000);
    QCOMPARE(m_f->history.size(), before + expectedNewExchanges);
}

void TestCacheWindow::freshSendsNothing()
{
    typeUrl(m_practice.url(QStringLiteral("/caching/etag-and-date")));
    sendWithKeyboard();
    CachePage *page = openCacheTab();
    QVERIFY(page);
    QVERIFY2(page->browserVerdict().startsWith(
                     QStringLiteral("serve from the cache without a request: fresh, age")),
             qPrintable(page->browserVerdict()));
    QVERIFY(page->browserSteps().contains(QStringLiteral("freshness lifetime = max-age = 10 s")));
    QVERIFY(page->lastUpdateText().contains(QStringLiteral("Stored.")));
    QSignalSpy served(&m_practice, &Practice::PracticeServer::requestServed);
    sendAsBrowser(0);
    screenshot(m_window.get(), QStringLiteral("cache-fresh"));
    QCOMPARE(served.size(), 0);
    QVERIFY2(page->lastUpdateText().startsWith(
                     QStringLiteral("0 bytes sent, the browser's cache answered. Its decision: "
                                    "serve from the cache without a request: fresh, age")),
             qPrintable(page->lastUpdateText()));
    QCOMPARE(page->lastUpdateText().count(QStringLiteral("from the cache")), 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("0 bytes sent")));
}

void TestCacheWindow::staleRevalidatesWithTheStoredValidators()
{
    typeUrl(m_practice.url(QStringLiteral("/caching/etag-and-date")));
    sendWithKeyboard();
    const QByteArray etag = headerValue(lastExchange().finalHop()->response.headers, "ETag");
    CachePage *page = openCacheTab();
    moveSliderTo(page, 4); // now + 1 min: past max-age=10
    QCOMPARE(page->secondsFromNow(), 60);
    // Taken before the checks of English words, so that a Chinese run takes them too.
    for (const QSize size : {QSize(1280, 820), QSize(1366, 768), QSize(1920, 1080)}) {
        m_window->resize(size);
        screenshot(m_window.get(), QStringLiteral("cache-stale-%1").arg(size.width()));
    }
    QVERIFY2(page->browserVerdict().startsWith(QStringLiteral("revalidate with If-None-Match: ")
                                               + QString::fromLatin1(etag)),
             qPrintable(page->browserVerdict()));
    QVERIFY(page->browserSteps().contains(QStringLiteral("resident time = now ")));
    QVERIFY(page->browserSteps().contains(QStringLiteral("stale: age 6")));
    m_practice.advanceClock(1); // so that the 304's Date is another second
    sendAsBrowser(1);
    const QByteArray head = lastRequestHead();
    QVERIFY2(head.contains(QByteArray("If-None-Match: " + etag)), head.constData());
    QVERIFY2(head.contains("\r\nIf-Modified-Since: "), head.constData());
    QCOMPARE(lastExchange().status(), 304);
    QTRY_VERIFY(page->lastUpdateText().contains(
            QStringLiteral("The 304 refreshed the stored response (RFC 9111 §4.3.4); ")));
    QVERIFY2(page->lastUpdateText().contains(QStringLiteral("Date: ")),
             qPrintable(page->lastUpdateText()));
    // One punctuation mark between a sentence and the next clause.
    QVERIFY2(!page->lastUpdateText().contains(QStringLiteral(".;")),
             qPrintable(page->lastUpdateText()));

    // Refreshed by the 304: fresh again at once.
    moveSliderTo(page, 0);
    QVERIFY(page->browserVerdict().startsWith(QStringLiteral("serve from the cache")));
}

void TestCacheWindow::sharedCacheKeepsItLonger()
{
    typeUrl(m_practice.url(QStringLiteral("/caching/s-maxage")));
    sendWithKeyboard();
    CachePage *page = openCacheTab();
    moveSliderTo(page, 3); // now + 30 s: past max-age=10, within s-maxage=60
    QVERIFY2(page->browserVerdict().startsWith(QStringLiteral("revalidate with")),
             qPrintable(page->browserVerdict()));
    QVERIFY2(page->sharedVerdict().startsWith(QStringLiteral("serve from the cache")),
             qPrintable(page->sharedVerdict()));
}

void TestCacheWindow::noStoreDownloadsWithoutValidators()
{
    typeUrl(m_practice.url(QStringLiteral("/caching/no-store")));
    sendWithKeyboard();
    CachePage *page = openCacheTab();
    QCOMPARE(page->browserVerdict(), QStringLiteral("download it"));
    QVERIFY(page->lastUpdateText().contains(QStringLiteral("Not stored.")));
    sendAsBrowser(1);
    QVERIFY(!lastRequestHead().contains("If-None-Match"));
    QCOMPARE(lastExchange().status(), 200);
}

QTEST_MAIN(TestCacheWindow)
#include "tst_cachewindow.moc"

// The age goes up every second; a person reading the lower lines keeps them in view.
void TestCacheWindow::theArithmeticTicksInPlace()
{
    typeUrl(m_practice.url(QStringLiteral("/caching/etag-and-date")));
    sendWithKeyboard();
    CachePage *page = openCacheTab();
    auto *steps = page->findChild<QPlainTextEdit *>(QStringLiteral("browserCacheSteps"));
    QVERIFY(steps);
    // Short enough that the lines scroll, as on a small screen.
    steps->setMaximumHeight(steps->fontMetrics().lineSpacing() * 3);
    QTRY_VERIFY(steps->verticalScrollBar()->maximum() > 0);
    steps->verticalScrollBar()->setValue(steps->verticalScrollBar()->maximum());
    const int scrolled = steps->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    const QString before = steps->toPlainText();
    QTRY_VERIFY_WITH_TIMEOUT(steps->toPlainText() != before, 5000);
    QCOMPARE(steps->verticalScrollBar()->value(), scrolled);
    // The moment's label keeps its distance from the button beside it.
    auto *moment = page->findChild<QLabel *>(QStringLiteral("cacheMomentText"));
    auto *button = page->findChild<QPushButton *>(QStringLiteral("sendAsBrowserButton"));
    QVERIFY(button->x() - (moment->x() + moment->width()) >= 8);
}
