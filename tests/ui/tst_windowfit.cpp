// The window at 1366×768, the most common laptop screen, in whichever language the environment
// chooses (ctest runs this suite in English and in Chinese): nothing a response, a tab, a notice,
// a walkthrough or lesson step does may change the window's size or move a splitter, and every
// tab shows its content at the size the window first opens with.

#include "windowtest.h"

#include "cookiespage.h"
#include "inspector/lessonplayer.h"
#include "inspector/walkthrough.h"
#include "requesteditor.h"
#include "responseview.h"
#include "walkthroughpanel.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>

using namespace HttpLens;

namespace {

// What the window opens with on a 1366×768 screen (85 % of its width and height).
const QSize kLaptop(1161, 652);

struct Layout
{
    QSize window;
    QList<int> main;
    QList<int> right;
    QPoint responseTabs; // where the response's tab bar is in the window
    // A notice takes its height from the response's bottom edge and nothing else moves.
    bool sameAbove(const Layout &o) const
    {
        return window == o.window && main == o.main && right.value(0) == o.right.value(0)
               && responseTabs == o.responseTabs;
    }
    bool operator==(const Layout &o) const { return sameAbove(o) && right == o.right; }
};

QString describe(const Layout &l)
{
    auto list = [](const QList<int> &sizes) {
        QStringList parts;
        for (int s : sizes)
            parts << QString::number(s);
        return parts.join(QLatin1Char('/'));
    };
    return QStringLiteral("window %1×%2, main %3, right %4, response tabs at %5,%6")
            .arg(l.window.width())
            .arg(l.window.height())
            .arg(list(l.main), list(l.right))
            .arg(l.responseTabs.x())
            .arg(l.responseTabs.y());
}

} // namespace

class TestWindowFit : public WindowTest
{
    Q_OBJECT

private:
    Layout layout() const
    {
        QCoreApplication::processEvents();
        auto *main = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        auto *right = m_window->findChild<QSplitter *>(QStringLiteral("rightSplitter"));
        QTabWidget *tabs = response()->tabs();
        return {m_window->size(),
                main->sizes(),
                right->sizes(),
                tabs->tabBar()->mapTo(m_window.get(), QPoint(0, 0))};
    }
    ResponseView *response() const { return m_window->findChild<ResponseView *>(); }
    RequestEditor *editor() const { return m_window->findChild<RequestEditor *>(); }

    // Opens every tab of the response and of the editor, checking the layout after each.
    void visitEveryTab(const Layout &expected, const QString &when)
    {
        QTabWidget *tabs = response()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            const Layout now = layout();
            QVERIFY2(now == expected,
                     qPrintable(QStringLiteral("%1, response tab %2: %3, was %4")
                                        .arg(when,
                                             tabs->tabText(i),
                                             describe(now),
                                             describe(expected))));
        }
        for (int i = 0; i < editor()->count(); ++i) {
            editor()->setCurrentIndex(i);
            const Layout now = layout();
            QVERIFY2(now == expected,
                     qPrintable(QStringLiteral("%1, editor tab %2: %3, was %4")
                                        .arg(when,
                                             editor()->tabText(i),
                                             describe(now),
                                             describe(expected))));
        }
        tabs->setCurrentIndex(ResponseView::RawTab);
        editor()->setCurrentIndex(RequestEditor::ParamsTab);
    }

    void checkUnchanged(const Layout &expected, const QString &when, bool responseMayShrink = false)
    {
        const Layout now = layout();
        QVERIFY2(responseMayShrink ? now.sameAbove(expected) : now == expected,
                 qPrintable(QStringLiteral("%1: %2, was %3")
                                    .arg(when, describe(now), describe(expected))));
    }

    void sendTo(const QString &url)
    {
        const int before = m_f->history.size();
        typeUrl(url);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        // A URL that is not one is refused before anything is recorded.
        QTest::qWait(0);
        QTRY_VERIFY_WITH_TIMEOUT(m_f->history.size() == before + 1 || !m_window->isSending(), 15000);
    }

private slots:
    void initTestCase() { setUpCase(); }
    void init()
    {
        setUp();
        m_window->resize(kLaptop);
        QCoreApplication::processEvents();
    }
    void cleanup() { tearDown(); }

    void theWindowFitsTheLaptopScreen()
    {
        // Everything the window must show fits in what it opens with, with room to spare for a
        // notice: otherwise the layout pushes the window past the screen's bottom edge.
        const QSize minimum = m_window->minimumSizeHint();
        QVERIFY2(minimum.height() <= kLaptop.height() - 80,
                 qPrintable(QStringLiteral("minimum height %1").arg(minimum.height())));
        QVERIFY2(minimum.width() <= kLaptop.width(),
                 qPrintable(QStringLiteral("minimum width %1").arg(minimum.width())));
        QCOMPARE(m_window->size(), kLaptop);
    }

    void nothingTheExchangesShowMovesTheLayout()
    {
        const Layout start = layout();
        QCOMPARE(start.window, kLaptop);
        visitEveryTab(start, QStringLiteral("before any request"));

        sendTo(m_practice.url(QStringLiteral("/lab/welcome")));
        QCOMPARE(lastExchange().status(), 200);
        visitEveryTab(start, QStringLiteral("after a 200"));
        replayWithKeyboard();
        QCOMPARE(lastExchange().status(), 304);
        visitEveryTab(start, QStringLiteral("after a 304"));
        sendTo(m_practice.url(QStringLiteral("/cookies/set?session=abc&theme=dark&lang=zh")));
        visitEveryTab(start, QStringLiteral("after cookies were set"));
        sendTo(m_practice.url(QStringLiteral("/status/705")));
        visitEveryTab(start, QStringLiteral("after a 705"));
        sendTo(QStringLiteral("http://127.0.0.1:1/"));
        visitEveryTab(start, QStringLiteral("after a refused connection"));
        sendTo(QStringLiteral("not a url"));
        visitEveryTab(start, QStringLiteral("after a request that could not be sent"));
    }

    void noticesAndMessagesDoNotMoveTheLayout()
    {
        const Layout start = layout();
        const QString longText = QCoreApplication::translate(
                "HttpLens::MainWindow",
                "The history could not be read: the file is damaged. A copy was kept beside it "
                "and a new history was started, so nothing recorded from now on is lost.");
        m_window->showNotice(longText);
        const Layout withNotice = layout();
        checkUnchanged(start, QStringLiteral("the first notice"), true);
        QVERIFY(withNotice.right.value(1) > start.right.value(1) / 2);
        // More notices, longer ones, a long status message: the notice keeps its height.
        for (int i = 1; i < 6; ++i) {
            m_window->showNotice(longText.repeated(i + 1));
            checkUnchanged(withNotice, QStringLiteral("notice %1").arg(i + 1));
        }
        m_window->showMessage(longText.repeated(4), 0);
        checkUnchanged(withNotice, QStringLiteral("a long status message"));
        visitEveryTab(withNotice, QStringLiteral("with notices shown"));
    }

    void walkthroughAndLessonStepsDoNotMoveTheLayout()
    {
        const Layout start = layout();
        for (int s = Walkthrough::Send; s <= Walkthrough::Done; ++s) {
            m_f->walkthrough.resume(Walkthrough::Step(s));
            checkUnchanged(start, QStringLiteral("walkthrough step %1").arg(s));
        }
        const QList<Lesson> &lessons = m_f->lessons.lessons();
        QVERIFY(!lessons.isEmpty());
        for (int i = 0; i < lessons.size(); ++i) {
            for (int k = 0; k <= lessons.at(i).steps.size(); ++k) {
                m_f->lessons.setProgress({{lessons.at(i).id, k}});
                m_f->lessons.open(i);
                checkUnchanged(start,
                               QStringLiteral("lesson %1 step %2").arg(lessons.at(i).id).arg(k));
            }
        }
    }

    void theCookiesTabShowsThreeRowsOfEachTableAndItsButtons()
    {
        sendTo(m_practice.url(QStringLiteral("/cookies/set?session=abc&theme=dark&lang=zh")));
        response()->tabs()->setCurrentIndex(ResponseView::CookiesTab);
        QCoreApplication::processEvents();
        screenshot(m_window.get(), QStringLiteral("cookies-1366"));
        auto *page = response()->findChild<CookiesPage *>();
        QVERIFY(page);
        const QList<QTableView *> tables = page->findChildren<QTableView *>();
        QCOMPARE(tables.size(), 3);
        for (QTableView *table : tables) {
            const int row = table->verticalHeader()->defaultSectionSize();
            QVERIFY2(table->viewport()->height() >= 3 * row,
                     qPrintable(QStringLiteral("%1: %2 px for rows of %3 px")
                                        .arg(table->objectName())
                                        .arg(table->viewport()->height())
                                        .arg(row)));
            QVERIFY(table->isVisible());
        }
        const QList<QPushButton *> buttons = page->findChildren<QPushButton *>();
        QVERIFY(buttons.size() >= 2);
        for (QPushButton *button : buttons) {
            QVERIFY2(button->width() >= button->sizeHint().width()
                             && button->height() >= button->sizeHint().height(),
                     qPrintable(button->text()));
            // Whole inside the page, not cut by its bottom edge.
            const QRect inPage(button->mapTo(page, QPoint(0, 0)), button->size());
            QVERIFY2(page->rect().contains(inPage), qPrintable(button->text()));
        }
    }

    void theBannerFoldsToOneLineAndStaysFolded()
    {
        auto *banner = m_window->findChild<WalkthroughPanel *>();
        QVERIFY(banner && banner->isVisible());
        const Layout start = layout();
        const int unfolded = banner->height();
        auto *fold = m_window->findChild<QAction *>(QStringLiteral("foldBannerAction"));
        QVERIFY(fold);
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCoreApplication::processEvents();
        QVERIFY(banner->isFolded());
        const Layout folded = layout();
        QCOMPARE(folded.window, start.window);
        // One line: the title's row, and the room goes to the response.
        QVERIFY2(banner->height() <= banner->fontMetrics().lineSpacing() * 2 + 24,
                 qPrintable(QString::number(banner->height())));
        QVERIFY(folded.right.value(1) >= start.right.value(1) + unfolded - banner->height() - 2);
        // Steps come and go, the folded banner keeps its line.
        for (int s = Walkthrough::Send; s <= Walkthrough::Done; ++s) {
            m_f->walkthrough.resume(Walkthrough::Step(s));
            checkUnchanged(folded, QStringLiteral("folded, walkthrough step %1").arg(s));
        }
        QVERIFY(m_window->close());
        m_window = openWindow(kLaptop);
        QVERIFY(m_window->findChild<WalkthroughPanel *>()->isFolded());
    }

    void requestAndResponseGoSideBySideAndStaySo()
    {
        const Layout start = layout();
        QVERIFY(!m_window->isSideBySide());
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->isSideBySide());
        auto *right = m_window->findChild<QSplitter *>(QStringLiteral("rightSplitter"));
        QCOMPARE(right->orientation(), Qt::Horizontal);
        const Layout beside = layout();
        QCOMPARE(beside.window, start.window);
        QCOMPARE(beside.main, start.main);
        // The response is the wider of the two, and takes the whole height.
        QVERIFY(beside.right.value(1) > beside.right.value(0));
        QCOMPARE(response()->height(), right->height());
        sendTo(m_practice.url(QStringLiteral("/cookies/set?session=abc&theme=dark&lang=zh")));
        visitEveryTab(beside, QStringLiteral("side by side"));
        screenshot(m_window.get(), QStringLiteral("side-by-side-1366"));

        // The person moves the divider; the next start has the same arrangement.
        right->setSizes({beside.right.value(0) + 40, beside.right.value(1) - 40});
        const QList<int> moved = right->sizes();
        QVERIFY(m_window->close());
        m_window = openWindow(kLaptop);
        auto *reopened = m_window->findChild<QSplitter *>(QStringLiteral("rightSplitter"));
        QVERIFY(m_window->isSideBySide());
        QCOMPARE(reopened->sizes(), moved);

        // And back, one above the other.
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_window->isSideBySide());
        QVERIFY(reopened->sizes().value(1) > reopened->sizes().value(0));
    }
};

QTEST_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
