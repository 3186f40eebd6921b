#include "checkwindow.h"
#include "compareview.h"
#include "historypanel.h"
#include "interopdialogs.h"
#include "keyvaluetable.h"
#include "mainwindow.h"
#include "requestbar.h"
#include "requesteditor.h"
#include "responseview.h"
#include "shortcutsdialog.h"
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
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace HttpLens;

// What comes into the window from elsewhere and goes out again: curl commands pasted or typed,
// environments, .http files, HAR and cookies.txt.
class TestWindowInterop : public WindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void pasteCurlIntoUrlField();
    void pastedCommandSendsCurlsBytes_data();
    void pastedCommandSendsCurlsBytes();
    void typedCommandSendsCurlsBytes();
    void environmentsFillVariables();
    void environmentsDialogEdits();
    void httpFilesOpenRunAndSave();
    void harExportAndImport();
    void cookiesTxtRoundTrip();
    void keyboardShortcutsListed();
};

// A browser's "Copy as cURL" pasted into the URL field becomes the request.
void TestWindowInterop::pasteCurlIntoUrlField()
{
    m_f->jar.setCookies({*Cookie::fromNetscapeLine("127.0.0.1\tFALSE\t/\tFALSE\t0\ttheme\tdark")});
    const QString command = QStringLiteral("curl '%1' \\\n  -X 'PUT' \\\n"
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
    QVERIFY2(copied.contains(QLatin1String("\n  -b theme=dark \\\n")), qPrintable(copied));
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

    // Pasted from the context menu (one edit that inserts the whole command) works too.
    m_window->setComposition(Composition());
    QApplication::clipboard()->setText(QStringLiteral("curl -X DELETE '%1'")
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

void TestWindowInterop::pastedCommandSendsCurlsBytes_data()
{
    QTest::addColumn<QString>("command");
    for (const CurlCorpusRow &row : curlCorpus()) {
        // Files named on the command line are read relative to the test's working folder.
        if (!row.command.contains(QLatin1String("@body.bin")))
            QTest::newRow(row.name) << row.command;
    }
}

namespace {

// The command with the server's URL in it and a User-Agent named, as curl otherwise sends its
// own; both go to curl and to the window.
QString commandFor(const QString &corpusCommand, const ScriptedServer &server)
{
    QString text = QString(corpusCommand)
                           .replace(QLatin1String("URL"), server.url(QStringLiteral("/r")));
    if (!text.contains(QLatin1String(" -A "))
        && !text.contains(QLatin1String("ser-Agent"), Qt::CaseInsensitive))
        text += QStringLiteral(" -A lens-diff/1");
    return text;
}

QStringList curlArguments(const QString &command)
{
    const ShellWords words = splitShellWords(command.toUtf8());
    QStringList arguments;
    for (const QByteArray &word : words.words.mid(1))
        arguments.append(QString::fromUtf8(word));
    return arguments
           + QStringList{QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null")};
}

} // namespace

// Each command of the corpus pasted into the URL field and sent with Ctrl+Enter, through the
// window's own widgets, puts curl's exact bytes on the wire.
void TestWindowInterop::pastedCommandSendsCurlsBytes()
{
    QFETCH(QString, command);
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    QVERIFY2(!curl.isEmpty(), "the curl command-line tool is needed as the reference");
    ScriptedServer server;
    QVERIFY(server.listen());
    for (int i = 0; i < 2; ++i)
        server.addStep({QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"), 0, true});
    const QString text = commandFor(command, server);
    QCOMPARE(runServed(curl, curlArguments(text)), 0);

    QApplication::clipboard()->setText(text);
    m_window->urlEdit()->setFocus();
    m_window->urlEdit()->selectAll();
    QTest::keySequence(m_window->urlEdit(), QKeySequence::Paste);
    sendWithKeyboard();
    QVERIFY2(!lastExchange().error.isError(), qPrintable(lastExchange().error.sentence));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1), server.requests().at(0));
}

// The command of the issue typed into the URL field key by key, then Ctrl+Enter.
void TestWindowInterop::typedCommandSendsCurlsBytes()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    QVERIFY(!curl.isEmpty());
    ScriptedServer server;
    QVERIFY(server.listen());
    for (int i = 0; i < 2; ++i)
        server.addStep({QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"), 0, true});
    const QString text = commandFor(
            QStringLiteral(
                    "curl URL -A lens/1 -u ann:pw -H 'If-None-Match: \"v1\"' -z 'Tue, 01 Dec "
                    "2026 06:00:00 GMT' -H 'X-Extra: 1' -H 'Accept: application/json'"),
            server);
    QCOMPARE(runServed(curl, curlArguments(text)), 0);
    typeUrl(text);
    sendWithKeyboard();
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1), server.requests().at(0));
    // The validators are in the Conditional tab, ticked, saying where they came from.
    auto *editor = m_window->requestEditor();
    QVERIFY(editor->findChild<QCheckBox *>(QStringLiteral("If-None-Match"))->isChecked());
    QVERIFY(editor->findChild<QCheckBox *>(QStringLiteral("If-Modified-Since"))->isChecked());
    QCOMPARE(editor->findChild<QLabel *>(QStringLiteral("If-None-Match-source"))->text(),
             QStringLiteral("From the pasted curl command"));
}

void TestWindowInterop::environmentsFillVariables()
{
    Environments environments;
    environments.list = {{QStringLiteral("local"),
                          {{QStringLiteral("base"), m_practice.url(QString())},
                           {QStringLiteral("token"), QStringLiteral("t0k")}}}};
    m_f->workspace->setEnvironments(environments);
    auto *box = m_window->findChild<QComboBox *>(QStringLiteral("environmentBox"));
    QCOMPARE(box->count(), 2);
    m_window->setComposition(Composition());
    typeUrl(QStringLiteral("{{base}}/anything?t={{token}}"));
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_window->responseView()->badgeText(), QStringLiteral("Not sent")); // none chosen
    box->setCurrentIndex(1);
    emit box->activated(1);
    QCOMPARE(m_f->workspace->environments().active, QStringLiteral("local"));
    sendWithKeyboard();
    QVERIFY(m_window->responseView()->rawText().startsWith(QLatin1String("GET /anything?t=t0k ")));
    // The history keeps the request as written, so it can be sent in another environment.
    QCOMPARE(m_f->history.compositionAt(m_f->history.size() - 1).url,
             QStringLiteral("{{base}}/anything?t={{token}}"));
}

// The Environments dialog edits the sets; what it returns is what was typed.
void TestWindowInterop::environmentsDialogEdits()
{
    Environments environments;
    environments.list = {{QStringLiteral("local"),
                          {{QStringLiteral("base"), QStringLiteral("http://h")},
                           {QStringLiteral("token"), QStringLiteral("t0k")}}}};
    EnvironmentsDialog dialog(environments, m_window.get());
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
}

void TestWindowInterop::httpFilesOpenRunAndSave()
{
    const QString path = dataFile(QStringLiteral("lab.http"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("@base = " + m_practice.url(QString()).toUtf8()
               + "\n\n### welcome\nGET {{base}}/lab/welcome\nIf-None-Match: \"v0\"\n\n### echo\n"
                 "POST {{base}}/anything\nContent-Type: text/plain\n\nhello from a file\n");
    file.close();
    QVERIFY(m_window->openHttpFile(path));
    HttpFileDialog *dialog = m_window->httpFileDialog();
    QVERIFY(dialog && dialog->isVisible());
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("httpFileRequests"));
    QCOMPARE(list->count(), 2);
    screenshot(dialog, QStringLiteral("http-file"));
    const int before = m_f->history.size();
    QVERIFY(m_window->loadHttpFileRequest(1, true));
    QTRY_COMPARE_WITH_TIMEOUT(m_f->history.size(), before + 1, 15000);
    QVERIFY(m_window->responseView()->rawText().contains(QLatin1String("hello from a file")));
    // A validator in the file is a ticked conditional field from the file.
    QVERIFY(m_window->loadHttpFileRequest(0, false));
    QCOMPARE(m_window->requestEditor()
                     ->findChild<QLabel *>(QStringLiteral("If-None-Match-source"))
                     ->text(),
             QStringLiteral("From the .http file"));
    dialog->close();

    // Saving adds the request to the file and keeps what was there.
    QVERIFY(m_window->loadHttpFileRequest(1, false));
    QVERIFY(m_window->saveRequestToHttpFile(path, QStringLiteral("again")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const HttpFile saved = parseHttpFile(QString::fromUtf8(file.readAll()));
    file.close();
    QCOMPARE(saved.requests.size(), 3);
    QCOMPARE(saved.requests.at(2).name, QStringLiteral("again"));
    QCOMPARE(saved.requests.at(2).body, QStringLiteral("hello from a file"));
}

void TestWindowInterop::harExportAndImport()
{
    // Not following the redirect: /cookies would echo the cookie in its body, and bodies are
    // exported as they are.
    Composition c;
    c.url = m_practice.url(QStringLiteral("/cookies/set?session=s3cr3t"));
    c.followRedirects = false;
    m_window->setComposition(c);
    sendWithKeyboard();
    const QString masked = dataFile(QStringLiteral("masked.har"));
    const QString full = dataFile(QStringLiteral("full.har"));
    QVERIFY(m_window->exportHar(masked, {}, false));
    QVERIFY(m_window->exportHar(full, {m_f->history.at(m_f->history.size() - 1).id}, true));
    QFile maskedFile(masked);
    QVERIFY(maskedFile.open(QIODevice::ReadOnly));
    const QByteArray maskedText = maskedFile.readAll();
    QVERIFY(!maskedText.contains("s3cr3t"));
    QVERIFY(maskedText.contains("session=[masked]"));
    QFile fullFile(full);
    QVERIFY(fullFile.open(QIODevice::ReadOnly));
    QVERIFY(fullFile.readAll().contains("s3cr3t"));
    QCOMPARE(readHar(maskedText).exchanges.size(), m_f->history.size());

    const int before = m_f->history.size();
    QCOMPARE(m_window->importHar(full), 1);
    QCOMPARE(m_f->history.size(), before + 1);
    const int imported = m_f->history.size() - 1;
    QCOMPARE(m_f->history.exchangeAt(imported)->status(), 302);
    QCOMPARE(m_f->history.compositionAt(imported).url,
             m_practice.url(QStringLiteral("/cookies/set?session=s3cr3t")));
    QCOMPARE(m_window->importHar(dataFile(QStringLiteral("missing.har"))), -1);
    auto *notice = m_window->findChild<QWidget *>(QStringLiteral("noticePanel"));
    QVERIFY(notice->isVisible());
    screenshot(m_window.get(), QStringLiteral("window-notice"));
    QTest::mouseClick(notice->findChild<QPushButton *>(), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
}

void TestWindowInterop::cookiesTxtRoundTrip()
{
    typeUrl(m_practice.url(QStringLiteral("/cookies/set?a=1&b=2")));
    sendWithKeyboard();
    const QString path = dataFile(QStringLiteral("cookies-export.txt"));
    QVERIFY(m_window->exportCookies(path));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    const int count = int(m_f->jar.cookies().size());
    QCOMPARE(count, 2);
    m_f->jar.clear();
    QCOMPARE(m_window->importCookies(path), count);
    QCOMPARE(int(m_f->jar.cookies().size()), count);
    QCOMPARE(m_window->importCookies(dataFile(QStringLiteral("none.txt"))), -1);
}

// Help → Keyboard shortcuts lists every shortcut the menus really have, read from the actions:
// opened through the Help menu as a person would, in the interface's language.
void TestWindowInterop::keyboardShortcutsListed()
{
    QAction *open = m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"));
    QVERIFY(open);
    QStringList expected; // as the dialog shows them, in the interface's language
    QStringList written;  // as the READMEs write them ("Ctrl+Enter" for Ctrl+Return)
    for (const QAction *menu : m_window->menuBar()->actions()) {
        for (const QAction *action : menu->menu()->actions()) {
            for (const QKeySequence &key : action->shortcuts()) {
                expected.append(key.toString(QKeySequence::NativeText));
                written.append(key.toString(QKeySequence::PortableText)
                                       .replace(QLatin1String("Return"), QLatin1String("Enter")));
            }
        }
    }
    QVERIFY(expected.size() >= 12);
    QStringList listed;
    bool shown = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = true;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            listed.append(dialog->table()->item(row, 1)->text() + QLatin1Char('=')
                          + dialog->table()->item(row, 2)->text());
        screenshot(dialog, QStringLiteral("keyboard-shortcuts"));
        dialog->reject();
    });
    open->trigger();
    QVERIFY(shown);
    const QString all = listed.join(QLatin1Char('\n'));
    for (const QString &key : std::as_const(expected))
        QVERIFY2(all.contains(key), qPrintable(key + QStringLiteral(" missing from:\n") + all));
    QString send = QCoreApplication::translate("HttpLens::MainMenus", "&Send");
    send.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))).remove(u'&'); // "发送(&S)"
    // Ctrl+Return and Ctrl+Enter read the same in Chinese (回车), and are then listed once.
    const QString keys = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    const QString pad = QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText);
    QVERIFY2(all.contains(send + u'=' + (keys == pad ? keys : keys + QStringLiteral(" / ") + pad)
                          + u'\n'),
             qPrintable(all));
    QVERIFY(!all.contains(u'&'));

    // Both READMEs list the same keys in their Keyboard shortcuts section.
    for (const char *readme : {"README.md", "README.zh-CN.md"}) {
        QFile file(QStringLiteral(HTTPLENS_SOURCE_DIR "/") + QLatin1String(readme));
        QVERIFY2(file.open(QIODevice::ReadOnly), readme);
        const QString text = QString::fromUtf8(file.readAll());
        qsizetype start = text.indexOf(QLatin1String("\n## Keyboard shortcuts\n"));
        if (start < 0)
            start = text.indexOf(QStringLiteral("\n## 键盘快捷键\n"));
        QVERIFY2(start >= 0, readme);
        const QString section = text.mid(start,
                                         text.indexOf(QLatin1String("\n## "), start + 4) - start);
        for (const QString &shortcut : std::as_const(written))
            QVERIFY2(section.contains(QStringLiteral("| %1 |").arg(shortcut)),
                     qPrintable(QStringLiteral("%1 lacks %2").arg(QLatin1String(readme), shortcut)));
    }
}

QTEST_MAIN(TestWindowInterop)
#include "tst_windowinterop.moc"
