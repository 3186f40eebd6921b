#include "compareview.h"
#include "historypanel.h"
#include "interopdialogs.h"
#include "keyvaluetable.h"
#include "localization.h"
#include "mainwindow.h"
#include "requesteditor.h"
#include "responseview.h"

#include "cookies/cookiejar.h"
#include "http/engine.h"
#include "inspector/environments.h"
#include "inspector/history.h"
#include "inspector/walkthrough.h"
#include "interop/curlcommand.h"
#include "interop/harreader.h"
#include "interop/httpfile.h"
#include "knowledge/headercatalogue.h"
#include "knowledge/statuscatalogue.h"
#include "practice/practiceserver.h"
#include "store/workspace.h"
#include "text.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace HttpLens;

// The window driven as a user would: typing, keyboard shortcuts, clicks, against the practice
// server on loopback. Run offscreen. With HTTPLENS_SCREENSHOT_DIR set it also saves the
// screenshots the README shows.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Localization> m_localization;
    Practice::PracticeServer m_practice;
    std::optional<StatusCatalogue> m_statuses;
    std::optional<HeaderCatalogue> m_headers;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<History> m_history;
    std::unique_ptr<CookieJar> m_jar;
    std::unique_ptr<Walkthrough> m_walkthrough;
    QTemporaryDir m_dataDir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;

    Services services()
    {
        Services s;
        s.engine = m_engine.get();
        s.history = m_history.get();
        s.jar = m_jar.get();
        s.walkthrough = m_walkthrough.get();
        s.workspace = m_workspace.get();
        s.practice = &m_practice;
        s.statuses = m_statuses ? &*m_statuses : nullptr;
        s.headers = m_headers ? &*m_headers : nullptr;
        return s;
    }

    void typeUrl(const QString &url)
    {
        QLineEdit *edit = m_window->urlEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, url);
        // History completion may have opened its popup; a user would dismiss it the same way.
        if (QCompleter *completer = edit->completer(); completer && completer->popup()->isVisible())
            QTest::keyClick(completer->popup(), Qt::Key_Escape);
    }

    // Ctrl+Enter, then wait for the exchange to land in the history.
    void sendWithKeyboard()
    {
        const int before = m_history->size();
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_history->size(), before + 1, 15000);
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("HTTPLENS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("HttpLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("httplens"));
        m_localization = std::make_unique<Localization>();
        QVERIFY(m_practice.listen());
        m_statuses = StatusCatalogue::load();
        m_headers = HeaderCatalogue::load();
        QVERIFY(m_statuses && m_headers);
        m_engine = std::make_unique<Engine>();
        m_history = std::make_unique<History>();
        m_jar = std::make_unique<CookieJar>();
        m_walkthrough = std::make_unique<Walkthrough>();
        m_workspace = std::make_unique<Workspace>(m_dataDir.filePath(QStringLiteral("data")),
                                                  m_history.get(),
                                                  m_jar.get());
        QVERIFY(m_workspace->open().isEmpty());
        m_window = std::make_unique<MainWindow>(services());
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void firstRunOpensTheLab()
    {
        // No saved session: the lab document of the practice server and the walkthrough.
        QCOMPARE(m_window->urlEdit()->text(), m_practice.url(QStringLiteral("/lab/welcome")));
        auto *tour = m_window->findChild<QWidget *>(QStringLiteral("walkthroughPanel"));
        QVERIFY(tour && tour->isVisible());
        QCOMPARE(m_walkthrough->step(), Walkthrough::Send);
    }

    void sendWithCtrlEnter()
    {
        typeUrl(m_practice.url(QStringLiteral("/lab/welcome")));
        sendWithKeyboard();
        ResponseView *response = m_window->responseView();
        QCOMPARE(response->badgeText(), QStringLiteral("200 OK"));
        auto *summary = response->findChild<QLabel *>(QStringLiteral("statusSummary"));
        QVERIFY(!summary->text().isEmpty());
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
        QCOMPARE(m_walkthrough->step(), Walkthrough::Replay);
        screenshot(m_window.get(), QStringLiteral("window-200"));
    }

    void conditionalReplayGives304()
    {
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_history->size(), 2, 15000);
        ResponseView *response = m_window->responseView();
        QCOMPARE(response->badgeText(), QStringLiteral("304 Not Modified"));
        QVERIFY(response->rawText().contains(QLatin1String("\nIf-None-Match: \"")));
        QVERIFY(response->rawText().contains(QLatin1String("\nIf-Modified-Since: ")));
        // The replay was one send with the validators: no toggle stays on.
        auto *toggle = m_window->requestEditor()->findChild<QCheckBox *>(
                QStringLiteral("If-None-Match"));
        QVERIFY(!toggle->isChecked());
        auto *bodyInfo = response->findChild<QLabel *>(QStringLiteral("bodyInfo"));
        QVERIFY(!bodyInfo->text().isEmpty());
        QCOMPARE(m_walkthrough->step(), Walkthrough::Change);
        response->tabs()->setCurrentIndex(ResponseView::ExplainTab);
        auto *explain = response->findChild<QWidget *>(QStringLiteral("explainView"));
        QVERIFY(explain);
        screenshot(m_window.get(), QStringLiteral("window-304-explain"));
        response->tabs()->setCurrentIndex(ResponseView::TimingTab);
        screenshot(m_window.get(), QStringLiteral("window-304-timing"));
        response->tabs()->setCurrentIndex(ResponseView::RawTab);
    }

    void compareShowsWhatThe304Saved()
    {
        HistoryPanel *panel = m_window->historyPanel();
        panel->selectTwo(1, 2);
        auto *button = panel->findChild<QPushButton *>(QStringLiteral("compareButton"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        CompareView *compare = m_window->compareView();
        QTRY_VERIFY(compare->isVisible());
        screenshot(compare, QStringLiteral("compare-200-304"));
        QVERIFY2(compare->verdict().contains(QLatin1String("#2 (304)")),
                 qPrintable(compare->verdict()));
        QTreeWidget *tree = compare->tree();
        // Status row and the request's new validator, highlighted as added.
        const QList<QTreeWidgetItem *> status = tree->findItems(QStringLiteral("Status"),
                                                                Qt::MatchExactly
                                                                        | Qt::MatchRecursive);
        QVERIFY(!status.isEmpty());
        bool foundStatusRow = false;
        for (QTreeWidgetItem *item : status) {
            if (item->text(1).startsWith(QLatin1String("200"))
                && item->text(2).startsWith(QLatin1String("304")))
                foundStatusRow = true;
        }
        QVERIFY(foundStatusRow);
        const QList<QTreeWidgetItem *> inm = tree->findItems(QStringLiteral("If-None-Match"),
                                                             Qt::MatchStartsWith
                                                                     | Qt::MatchRecursive);
        QCOMPARE(inm.size(), 1);
        QVERIFY(inm.first()->text(1).isEmpty());
        QVERIFY(inm.first()->text(2).startsWith(u'"'));
        QVERIFY(inm.first()->background(0).color().isValid());
        const QList<QTreeWidgetItem *> body = tree->findItems(QStringLiteral("Response body"),
                                                              Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(body.size(), 1);
        QCOMPARE(body.first()->text(2), QStringLiteral("0 B"));
        compare->close();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void changeTheDocumentThenReplay()
    {
        m_window->changeLabDocument();
        QCOMPARE(m_walkthrough->step(), Walkthrough::ReplayAgain);
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_history->size(), 3, 15000);
        QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("200 OK"));
        QCOMPARE(m_walkthrough->step(), Walkthrough::Done);
    }

    void historyFilter()
    {
        HistoryPanel *panel = m_window->historyPanel();
        QTest::keyClicks(panel->filterEdit(), QStringLiteral("304"));
        QCOMPARE(panel->view()->model()->rowCount(), 1);
        panel->filterEdit()->clear();
        QCOMPARE(panel->view()->model()->rowCount(), 3);
    }

    void paramsFollowTheUrl()
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

    void errorsStayInTheResponseArea()
    {
        typeUrl(QStringLiteral("http://127.0.0.1:1/"));
        sendWithKeyboard();
        QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("Connection refused"));
        auto *summary = m_window->responseView()->findChild<QLabel *>(
                QStringLiteral("statusSummary"));
        QVERIFY2(summary->text().contains(QLatin1String("1")), qPrintable(summary->text()));
        QVERIFY(!QApplication::activeModalWidget());

        const int before = m_history->size();
        typeUrl(QStringLiteral("not a url"));
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("Not sent"));
        QCOMPARE(m_history->size(), before);
        QVERIFY(!QApplication::activeModalWidget());
    }

    void escapeCancels()
    {
        typeUrl(m_practice.url(QStringLiteral("/delay/5")));
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(m_window->isSending());
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isSending(), 3000);
        QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("Cancelled"));
    }

    void cookiesReachTheJar()
    {
        typeUrl(m_practice.url(QStringLiteral("/cookies/set?theme=dark")));
        sendWithKeyboard();
        QCOMPARE(m_jar->rowCount(), 1);
        QCOMPARE(m_jar->cookies().first().value, QByteArray("dark"));
        auto *received = m_window->responseView()->findChild<QTableWidget *>(
                QStringLiteral("receivedCookies"));
        QVERIFY(received->rowCount() >= 1);
        typeUrl(m_practice.url(QStringLiteral("/cookies")));
        sendWithKeyboard();
        QVERIFY(m_window->responseView()->rawText().contains(
                QLatin1String("\nCookie: theme=dark\n")));
    }

    void largeBodyStaysResponsive()
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
        QCOMPARE(m_history->at(m_history->size() - 1).exchange->body.size(), big.size());
        // Showing it again (as selecting it in the history does) is quick: only a prefix is laid out.
        timer.restart();
        m_window->responseView()->showEntry(99, m_history->at(m_history->size() - 1).exchange);
        const qint64 shown = timer.elapsed();
        qInfo("50 MB body: sent and shown in %lld ms, shown again in %lld ms", total, shown);
        QVERIFY2(shown < 1500, qPrintable(QString::number(shown)));
    }

    void sessionIsRestored()
    {
        typeUrl(m_practice.url(QStringLiteral("/anything?restored=1")));
        m_window->close();
        MainWindow second(services());
        QCOMPARE(second.urlEdit()->text(), m_practice.url(QStringLiteral("/anything?restored=1")));
        m_window->show();
    }

    // A browser's "Copy as cURL" pasted into the URL field becomes the request.
    void pasteCurlIntoUrlField()
    {
        const QString command = QStringLiteral(
                                        "curl '%1' \\\n  -X 'PUT' \\\n"
                                        "  -H 'content-type: application/json' \\\n"
                                        "  -H 'x-from-browser: yes' \\\n"
                                        "  --data-raw $'{\"a\": \"it\\'s\"}' \\\n  --compressed")
                                        .arg(m_practice.url(QStringLiteral("/anything")));
        QApplication::clipboard()->setText(command);
        m_window->urlEdit()->setFocus();
        m_window->urlEdit()->selectAll();
        QTest::keySequence(m_window->urlEdit(), QKeySequence::Paste);
        QCOMPARE(m_window->urlEdit()->text(), m_practice.url(QStringLiteral("/anything")));
        const Composition c = m_window->composition();
        QCOMPARE(c.method, QStringLiteral("PUT"));
        QCOMPARE(c.rawBody, QStringLiteral("{\"a\": \"it's\"}"));
        sendWithKeyboard();
        const QString raw = m_window->responseView()->rawText();
        QVERIFY2(raw.startsWith(QLatin1String("PUT /anything HTTP/1.1")), qPrintable(raw.left(200)));
        QVERIFY(raw.contains(QLatin1String("\nx-from-browser: yes\n")));
        QVERIFY(raw.contains(QLatin1String("{\"a\": \"it's\"}")));

        // Copy as curl gives a command that reads back to the same request.
        QApplication::clipboard()->clear();
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QLatin1String("curl ")), qPrintable(copied));
        // The jar's cookie for this URL goes with it, as Send would send it.
        QVERIFY2(copied.contains(QLatin1String("\n  -b theme=dark \\\n")),
                 qPrintable(copied + QLatin1Char('\n')
                            + QString::fromLatin1(m_jar->toNetscapeLines().join('\n'))));
        const CurlImport back = importCurlCommand(copied);
        QVERIFY2(back.ok, qPrintable(back.error));
        QCOMPARE(back.command.requests.first().method, QByteArray("PUT"));
        QCOMPARE(back.command.requests.first().body, QByteArray("{\"a\": \"it's\"}"));

        // The import dialog shows what a command becomes as it is typed or pasted.
        {
            CurlImportDialog dialog(m_window.get());
            dialog.setText(command);
            dialog.show();
            auto *verdict = dialog.findChild<QLabel *>(QStringLiteral("curlVerdict"));
            QVERIFY2(verdict->text().contains(QLatin1String("PUT")), qPrintable(verdict->text()));
            QCOMPARE(dialog.imported().composition.method, QStringLiteral("PUT"));
            screenshot(&dialog, QStringLiteral("curl-import"));
            dialog.setText(QStringLiteral("curl -H \"Authorization: $TOKEN\" https://x/"));
            QVERIFY2(verdict->text().contains(QLatin1String("$TOKEN")), qPrintable(verdict->text()));
            SnippetDialog snippets(back.command.requests.first(),
                                   SnippetLanguage::PythonUrllib,
                                   m_window.get());
            snippets.show();
            QVERIFY(snippets.code().contains(QLatin1String("HTTPError")));
            screenshot(&snippets, QStringLiteral("copy-as-code"));
        }
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        // Pasted from the context menu (one edit that inserts the whole command) works too.
        m_window->setComposition(Composition());
        QApplication::clipboard()->setText(
                QStringLiteral("curl -X DELETE '%1'")
                        .arg(m_practice.url(QStringLiteral("/anything/9"))));
        m_window->urlEdit()->paste();
        QCOMPARE(m_window->composition().method, QStringLiteral("DELETE"));
        QCOMPARE(m_window->urlEdit()->text(), m_practice.url(QStringLiteral("/anything/9")));

        // A command that cannot be read says why, in the response area.
        QApplication::clipboard()->setText(QStringLiteral("curl 'unclosed"));
        QTest::keySequence(m_window->urlEdit(), QKeySequence::Paste);
        QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("Not sent"));
        QVERIFY(!QApplication::activeModalWidget());
    }

    void environmentsFillVariables()
    {
        Environments environments;
        environments.list = {{QStringLiteral("local"),
                              {{QStringLiteral("base"), m_practice.url(QString())},
                               {QStringLiteral("token"), QStringLiteral("t0k")}}}};
        m_workspace->setEnvironments(environments);
        auto *box = m_window->findChild<QComboBox *>(QStringLiteral("environmentBox"));
        QCOMPARE(box->count(), 2);
        m_window->setComposition(Composition());
        typeUrl(QStringLiteral("{{base}}/anything?t={{token}}"));
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("Not sent")); // none chosen
        box->setCurrentIndex(1);
        emit box->activated(1);
        QCOMPARE(m_workspace->environments().active, QStringLiteral("local"));
        sendWithKeyboard();
        QVERIFY(m_window->responseView()->rawText().startsWith(
                QLatin1String("GET /anything?t=t0k ")));
        // The history keeps the request as written, so it can be sent in another environment.
        QCOMPARE(m_history->at(m_history->size() - 1).composition.url,
                 QStringLiteral("{{base}}/anything?t={{token}}"));
        m_workspace->setActiveEnvironment(QString());
    }

    // The Environments dialog edits the sets; what it returns is what was typed.
    void environmentsDialogEdits()
    {
        EnvironmentsDialog dialog(m_workspace->environments(), m_window.get());
        dialog.show();
        auto *names = dialog.findChild<QListWidget *>(QStringLiteral("environmentNames"));
        auto *table = dialog.findChild<KeyValueTable *>(QStringLiteral("environmentVariables"));
        QCOMPARE(names->count(), 1);
        QCOMPARE(table->rows().first().name, QStringLiteral("base"));
        QList<KeyValueRow> rows = table->rows();
        rows.append({true, QStringLiteral("extra"), QStringLiteral("42")});
        table->setRows(rows);
        const Environments edited = dialog.environments();
        QCOMPARE(edited.list.first().variables.size(), 3); // base, token and extra
        QCOMPARE(edited.list.first().variables.last(),
                 (std::pair<QString, QString>(QStringLiteral("extra"), QStringLiteral("42"))));
        dialog.accept();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void httpFilesOpenRunAndSave()
    {
        const QString path = m_dataDir.filePath(QStringLiteral("lab.http"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("@base = " + m_practice.url(QString()).toUtf8()
                   + "\n\n### welcome\nGET {{base}}/lab/welcome\n\n### echo\n"
                     "POST {{base}}/anything\nContent-Type: text/plain\n\nhello from a file\n");
        file.close();
        QVERIFY(m_window->openHttpFile(path));
        HttpFileDialog *dialog = m_window->httpFileDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("httpFileRequests"));
        QCOMPARE(list->count(), 2);
        screenshot(dialog, QStringLiteral("http-file"));
        const int before = m_history->size();
        QVERIFY(m_window->loadHttpFileRequest(1, true));
        QTRY_COMPARE_WITH_TIMEOUT(m_history->size(), before + 1, 15000);
        QVERIFY(m_window->responseView()->rawText().contains(QLatin1String("hello from a file")));
        dialog->close();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        // Saving adds the request to the file and keeps what was there.
        QVERIFY(m_window->saveRequestToHttpFile(path, QStringLiteral("again")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const HttpFile saved = parseHttpFile(QString::fromUtf8(file.readAll()));
        file.close();
        QCOMPARE(saved.requests.size(), 3);
        QCOMPARE(saved.requests.at(2).name, QStringLiteral("again"));
        QCOMPARE(saved.requests.at(2).body, QStringLiteral("hello from a file"));
    }

    void harExportAndImport()
    {
        // Not following the redirect: /cookies would echo the cookie in its body, and bodies
        // are exported as they are.
        Composition c;
        c.url = m_practice.url(QStringLiteral("/cookies/set?session=s3cr3t"));
        c.followRedirects = false;
        m_window->setComposition(c);
        sendWithKeyboard();
        const QString masked = m_dataDir.filePath(QStringLiteral("masked.har"));
        const QString full = m_dataDir.filePath(QStringLiteral("full.har"));
        QVERIFY(m_window->exportHar(masked, {}, false));
        QVERIFY(m_window->exportHar(full, {m_history->at(m_history->size() - 1).id}, true));
        QFile maskedFile(masked);
        QVERIFY(maskedFile.open(QIODevice::ReadOnly));
        const QByteArray maskedText = maskedFile.readAll();
        QVERIFY(!maskedText.contains("s3cr3t"));
        QVERIFY(maskedText.contains("session=[masked]"));
        QFile fullFile(full);
        QVERIFY(fullFile.open(QIODevice::ReadOnly));
        QVERIFY(fullFile.readAll().contains("s3cr3t"));
        QCOMPARE(readHar(maskedText).exchanges.size(), m_history->size());

        const int before = m_history->size();
        QCOMPARE(m_window->importHar(full), 1);
        QCOMPARE(m_history->size(), before + 1);
        const History::Entry &imported = m_history->at(m_history->size() - 1);
        QCOMPARE(imported.exchange->status(), 302);
        QCOMPARE(imported.composition.url,
                 m_practice.url(QStringLiteral("/cookies/set?session=s3cr3t")));
        QCOMPARE(m_window->importHar(m_dataDir.filePath(QStringLiteral("missing.har"))), -1);
        auto *notice = m_window->findChild<QWidget *>(QStringLiteral("noticePanel"));
        QVERIFY(notice->isVisible());
        screenshot(m_window.get(), QStringLiteral("window-notice"));
        QTest::mouseClick(notice->findChild<QPushButton *>(), Qt::LeftButton);
        QVERIFY(!notice->isVisible());
    }

    void cookiesTxtRoundTrip()
    {
        const QString path = m_dataDir.filePath(QStringLiteral("cookies-export.txt"));
        QVERIFY(m_window->exportCookies(path));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const int count = int(m_jar->cookies().size());
        QVERIFY(count > 0);
        m_jar->clear();
        QCOMPARE(m_window->importCookies(path), count);
        QCOMPARE(int(m_jar->cookies().size()), count);
    }

    // Everything sent in this session is on disk: a new session reads it back.
    void historySurvivesRestart()
    {
        History history;
        CookieJar jar;
        Workspace again(m_workspace->dataDirectory(), &history, &jar);
        QVERIFY(again.open().isEmpty());
        QCOMPARE(history.size(), m_history->size());
        QCOMPARE(history.at(history.size() - 1).exchange->status(),
                 m_history->at(m_history->size() - 1).exchange->status());
        QCOMPARE(jar.cookies().size(), m_jar->cookies().size());
    }

    // Every text of the window and of the core has its Simplified Chinese translation.
    void translationsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ui") << QStringLiteral(HTTPLENS_SOURCE_DIR
                                              "/resources/translations/httplens_ui_zh_CN.ts");
        QTest::newRow("core") << QStringLiteral(HTTPLENS_SOURCE_DIR
                                                "/resources/translations/httplens_zh_CN.ts");
    }

    void translationsComplete()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                    xml.skipCurrentElement();
                    continue;
                }
                ++messages;
                QVERIFY2(type != QLatin1String("unfinished"), qPrintable(source));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(source));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
    }

    void windowSpeaksChinese()
    {
        QTranslator ui;
        QVERIFY(ui.load(QStringLiteral(":/httplens/i18n/httplens_ui_zh_CN.qm")));
        QCoreApplication::installTranslator(&ui);
        MainWindow chinese(services());
        QStringList menus;
        for (QAction *action : chinese.menuBar()->actions())
            menus << action->text();
        QCoreApplication::removeTranslator(&ui);
        QCOMPARE(menus.size(), 4);
        for (const QString &menu : menus)
            QVERIFY2(hasChinese(menu), qPrintable(menu));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
