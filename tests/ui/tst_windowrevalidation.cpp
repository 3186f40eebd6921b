#include "compareview.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "requesteditor.h"
#include "responseview.h"
#include "windowtest.h"

#include "inspector/history.h"
#include "inspector/walkthrough.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTreeWidget>

using namespace HttpLens;

// Revalidation in the window: the Conditional tab's validators follow the URL, a replay with
// them gives 304, Compare says what the 304 saved and diffs two 200s line by line.
class TestWindowRevalidation : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void anotherUrlOffersNoValidatorOfTheLast();
    void conditionalReplayGives304();
    void replayLeavesNoValidatorForAnotherUrl();
    void compareShowsTheBodyLineByLine();
    void compareShowsWhatThe304Saved();
    void changeTheDocumentThenReplay();
};

// The Conditional tab's unticked fields offer the last response's validators for the URL in the
// bar; typed another URL, they show nothing of the previous one.
void TestWindowRevalidation::anotherUrlOffersNoValidatorOfTheLast()
{
    typeUrl(m_practice.url(QStringLiteral("/lab/welcome")));
    sendWithKeyboard();
    auto *etag = m_window->findChild<QLineEdit *>(QStringLiteral("If-None-Match-value"));
    QVERIFY(etag);
    QVERIFY(etag->text().startsWith(u'"'));
    typeUrl(m_practice.url(QStringLiteral("/get")));
    QCOMPARE(etag->text(), QString());
    auto *source = m_window->findChild<QLabel *>(QStringLiteral("If-None-Match-source"));
    QCOMPARE(source->text(),
             QCoreApplication::translate("HttpLens::Conditionals",
                                         "No ETag seen for this URL yet."));
    // Back to the document: offered again.
    typeUrl(m_practice.url(QStringLiteral("/lab/welcome")));
    QVERIFY(etag->text().startsWith(u'"'));
}

void TestWindowRevalidation::conditionalReplayGives304()
{
    sendLabThenReplay();
    ResponseView *response = m_window->responseView();
    QCOMPARE(response->badgeText(), QStringLiteral("304 Not Modified"));
    QVERIFY(response->rawText().contains(QLatin1String("\nIf-None-Match: \"")));
    QVERIFY(response->rawText().contains(QLatin1String("\nIf-Modified-Since: ")));
    // The replay was one send with the validators: no toggle stays on.
    auto *toggle = m_window->requestEditor()->findChild<QCheckBox *>(
            QStringLiteral("If-None-Match"));
    QVERIFY(!toggle->isChecked());
    QVERIFY(!m_window->composition().headers.size());
    // The history keeps the request as it was sent, validators included.
    QCOMPARE(m_f->history.compositionAt(1).headers.size(), 2);
    auto *bodyInfo = response->findChild<QLabel *>(QStringLiteral("bodyInfo"));
    QVERIFY(!bodyInfo->text().isEmpty());
    QCOMPARE(m_f->walkthrough.step(), Walkthrough::Change);
}

void TestWindowRevalidation::replayLeavesNoValidatorForAnotherUrl()
{
    sendLabThenReplay();
    typeUrl(m_practice.url(QStringLiteral("/get")));
    sendWithKeyboard();
    const QByteArray head = lastRequestHead();
    QVERIFY2(head.startsWith("GET /get "), head.constData());
    QVERIFY2(!head.contains("If-None-Match"), head.constData());
    QVERIFY2(!head.contains("If-Modified-Since"), head.constData());

    // Validators ticked for the lab document are taken off when the URL names another one.
    typeUrl(m_practice.url(QStringLiteral("/lab/welcome")));
    QTest::mouseClick(m_window->requestEditor()->findChild<QPushButton *>(
                              QStringLiteral("fillConditionals")),
                      Qt::LeftButton);
    QCOMPARE(m_window->composition().headers.size(), 2);
    typeUrl(m_practice.url(QStringLiteral("/anything")));
    QVERIFY(m_window->composition().headers.isEmpty());
    sendWithKeyboard();
    QVERIFY(!lastRequestHead().contains("If-None-Match"));
    // Nor does a restart bring back validators that belong to another URL.
    m_window->close();
    m_window = openWindow();
    QCOMPARE(m_window->urlEdit()->text(), m_practice.url(QStringLiteral("/anything")));
    QVERIFY(m_window->composition().headers.isEmpty());
}

// The same caching scenario before and after its lab document changed: the JSON bodies are
// compared line by line, the changed version marked removed on the left and added on the right.
void TestWindowRevalidation::compareShowsTheBodyLineByLine()
{
    typeUrl(m_practice.url(QStringLiteral("/caching/strong-etag?doc=welcome")));
    sendWithKeyboard();
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    sendWithKeyboard();
    m_window->historyPanel()->selectTwo(1, 2);
    QTest::mouseClick(m_window->historyPanel()->findChild<QPushButton *>(
                              QStringLiteral("compareButton")),
                      Qt::LeftButton);
    CompareView *compare = m_window->compareView();
    QTRY_VERIFY(compare->isVisible());
    compare->resize(1100, 720);
    QTreeWidget *tree = compare->tree();
    // The Body group comes last: scrolled to, as a reader would.
    tree->scrollToItem(tree->topLevelItem(tree->topLevelItemCount() - 1),
                       QAbstractItemView::PositionAtTop);
    screenshot(compare, QStringLiteral("compare-body"));
    // The version changed; so did "modified" when the edit fell in the next second.
    static const QRegularExpression verdict(
            QStringLiteral("^(1 line added, 1 removed|2 lines added, 2 removed) \\(JSON, "
                           "normalised\\)$"));
    QVERIFY2(verdict.match(compare->bodyVerdict()).hasMatch(), qPrintable(compare->bodyVerdict()));
    QTreeWidgetItem *removed = nullptr;
    QTreeWidgetItem *added = nullptr;
    for (QTreeWidgetItem *item :
         tree->findItems(QStringLiteral("\"version\""), Qt::MatchContains | Qt::MatchRecursive, 1))
        removed = item->text(1).contains(QLatin1String("\"version\": 1")) ? item : removed;
    for (QTreeWidgetItem *item :
         tree->findItems(QStringLiteral("\"version\""), Qt::MatchContains | Qt::MatchRecursive, 2))
        added = item->text(2).contains(QLatin1String("\"version\": 2")) ? item : added;
    QVERIFY(removed && added);
    QVERIFY(removed->text(0).startsWith(u'−'));
    QVERIFY(added->text(0).startsWith(u'+'));
    QVERIFY(removed->background(1).color().isValid());
    // Each side's one hop, with its time.
    QCOMPARE(tree->findItems(QStringLiteral("Hop 1"), Qt::MatchExactly | Qt::MatchRecursive).size(),
             1);
    compare->close();
}

void TestWindowRevalidation::compareShowsWhatThe304Saved()
{
    sendLabThenReplay();
    HistoryPanel *panel = m_window->historyPanel();
    panel->selectTwo(1, 2);
    auto *button = panel->findChild<QPushButton *>(QStringLiteral("compareButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    CompareView *compare = m_window->compareView();
    QTRY_VERIFY(compare->isVisible());
    QVERIFY2(compare->verdict().contains(QLatin1String("#2 (304)")), qPrintable(compare->verdict()));
    QTreeWidget *tree = compare->tree();
    // Status row and the request's new validator, highlighted as added.
    bool foundStatusRow = false;
    for (QTreeWidgetItem *item :
         tree->findItems(QStringLiteral("Status"), Qt::MatchExactly | Qt::MatchRecursive)) {
        if (item->text(1).startsWith(QLatin1String("200"))
            && item->text(2).startsWith(QLatin1String("304")))
            foundStatusRow = true;
    }
    QVERIFY(foundStatusRow);
    const QList<QTreeWidgetItem *> inm = tree->findItems(QStringLiteral("If-None-Match"),
                                                         Qt::MatchStartsWith | Qt::MatchRecursive);
    QCOMPARE(inm.size(), 1);
    QVERIFY(inm.first()->text(1).isEmpty());
    QVERIFY(inm.first()->text(2).startsWith(u'"'));
    QVERIFY(inm.first()->background(0).color().isValid());
    const QList<QTreeWidgetItem *> body = tree->findItems(QStringLiteral("Response body"),
                                                          Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(body.size(), 1);
    QCOMPARE(body.first()->text(2), QStringLiteral("0 B"));
    // The 304's body is the stored one reused, not one whose lines were removed.
    QCOMPARE(compare->bodyVerdict(), QStringLiteral("not compared"));
    const QList<QTreeWidgetItem *> groups = tree->findItems(QStringLiteral("Body"),
                                                            Qt::MatchExactly);
    QCOMPARE(groups.size(), 1);
    bool reused = false;
    for (int i = 0; i < groups.first()->childCount(); ++i) {
        const QTreeWidgetItem *row = groups.first()->child(i);
        QVERIFY2(!row->text(1).contains(QLatin1String("removed")), qPrintable(row->text(1)));
        reused = reused || row->text(1).contains(QStringLiteral("RFC 9111 §4.3.4"));
    }
    QVERIFY(reused);
    compare->close();
}

void TestWindowRevalidation::changeTheDocumentThenReplay()
{
    // The walkthrough's text changes with each step; what is under it stays where it is.
    auto barTop = [this] { return m_window->urlEdit()->mapTo(m_window.get(), QPoint()).y(); };
    QCoreApplication::processEvents();
    const int top = barTop();
    sendLabThenReplay();
    QCoreApplication::processEvents();
    QCOMPARE(barTop(), top);
    m_window->changeLabDocument();
    QCOMPARE(m_f->walkthrough.step(), Walkthrough::ReplayAgain);
    replayWithKeyboard();
    QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("200 OK"));
    QCOMPARE(m_f->walkthrough.step(), Walkthrough::Done);
    QCoreApplication::processEvents();
    QCOMPARE(barTop(), top);
}

QTEST_MAIN(TestWindowRevalidation)
#include "tst_windowrevalidation.moc"
