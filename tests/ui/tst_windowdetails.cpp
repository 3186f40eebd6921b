// Small things a person meets in the window, each once seen wrong: the Raw tab's find says what
// it found and keeps looking in the next exchange; the timing of a reused connection; what the
// Body view does with the practice server's route list; the Import curl dialog's option names;
// a file that is not an .http file; a lesson resumed at start; the texts of the Chinese window.

#include "windowtest.h"

#include "interopdialogs.h"
#include "rawpage.h"
#include "walkthroughpanel.h"

#include "inspector/lessonplayer.h"
#include "responseview.h"
#include "waterfallwidget.h"

#include <QDir>
#include <QFile>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace HttpLens;

class TestWindowDetails : public WindowTest
{
    Q_OBJECT

    ResponseView *response() const { return m_window->findChild<ResponseView *>(); }

private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void rawFindSaysWhatItFoundInEachExchange()
    {
        typeUrl(m_practice.url(QStringLiteral("/lab/welcome")));
        sendWithKeyboard();
        auto *page = response()->findChild<RawPage *>();
        auto *find = page->findChild<QLineEdit *>(QStringLiteral("rawFind"));
        auto *matches = page->findChild<QLabel *>(QStringLiteral("rawMatches"));
        response()->tabs()->setCurrentIndex(ResponseView::RawTab);
        find->setFocus();
        QTest::keyClicks(find, QStringLiteral("ETag"));
        auto found = [page](const QString &words) {
            const int n = int(page->text().count(words, Qt::CaseInsensitive));
            return QCoreApplication::translate("HttpLens::RawPage", "%n match(es)", nullptr, n);
        };
        QVERIFY(page->text().contains(QLatin1String("ETag: ")));
        QCOMPARE(page->matchesText(), found(QStringLiteral("ETag")));
        QVERIFY(matches->isVisible());
        QTest::keyClicks(find, QStringLiteral("-nowhere"));
        QCOMPARE(page->matchesText(), QCoreApplication::translate("HttpLens::RawPage", "Not found"));
        // The 304 of the replay: the field stays and the count is this exchange's.
        find->clear();
        QTest::keyClicks(find, QStringLiteral("If-None-Match"));
        QCOMPARE(page->matchesText(), QCoreApplication::translate("HttpLens::RawPage", "Not found"));
        replayWithKeyboard();
        QCOMPARE(find->text(), QStringLiteral("If-None-Match"));
        QVERIFY(page->text().contains(QLatin1String("If-None-Match: ")));
        QCOMPARE(page->matchesText(), found(QStringLiteral("If-None-Match")));
    }

    void routeListReadsInANarrowView()
    {
        typeUrl(m_practice.url(QStringLiteral("/")));
        sendWithKeyboard();
        response()->tabs()->setCurrentIndex(ResponseView::BodyTab);
        screenshot(m_window.get(), QStringLiteral("routes"));
        // Each route starts a line and its description is indented under it, with no padding
        // that a wrapping view would break into a ragged column.
        const QByteArray body = lastExchange().body.read();
        const QList<QByteArray> lines = body.split('\n');
        QVERIFY(lines.contains("GET /get"));
        const qsizetype get = lines.indexOf("GET /get");
        QVERIFY(lines.value(get + 1).startsWith("    "));
        QVERIFY2(!body.contains("     "), "a column padded with spaces");
    }

    // Laid out at any width, no line of the verdict ends inside an option name.
    void curlOptionNamesAreNotBrokenAcrossLines()
    {
        CurlImportDialog dialog(m_window.get());
        dialog.setText(QStringLiteral("curl --entry 2 http://127.0.0.1:1/"));
        dialog.show();
        auto *verdict = dialog.findChild<QLabel *>(QStringLiteral("curlVerdict"));
        QTextDocument document;
        document.setDefaultFont(verdict->font());
        document.setPlainText(verdict->text());
        // Shown with non-breaking hyphens, which look the same.
        const QString plain = QString(verdict->text()).replace(QChar(0x2011), QLatin1Char('-'));
        QVERIFY2(plain.contains(QLatin1String("--har-in")), qPrintable(plain));
        // From the narrowest width the option fits in, to a dialog's.
        const int narrowest = QFontMetrics(verdict->font())
                                      .horizontalAdvance(QStringLiteral("--har-in"))
                              + 3 * verdict->fontMetrics().height(); // and its colon
        for (int width = narrowest; width <= 700; width += 3) {
            document.setTextWidth(width);
            QVERIFY(document.size().height() > 0); // lays it out
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                const QString text = QString(block.text()).replace(QChar(0x2011), QLatin1Char('-'));
                const qsizetype start = text.indexOf(QLatin1String("--har-in"));
                if (start < 0)
                    continue;
                const qsizetype end = start + 8;
                QTextLayout *layout = block.layout();
                for (int i = 0; i + 1 < layout->lineCount(); ++i) {
                    const QTextLine line = layout->lineAt(i);
                    const qsizetype breakAt = line.textStart() + line.textLength();
                    QVERIFY2(breakAt <= start || breakAt >= end,
                             qPrintable(
                                     QStringLiteral("%1 px: %2")
                                             .arg(width)
                                             .arg(text.mid(line.textStart(), line.textLength()))));
                }
            }
        }
    }

    // A file that is no .http file is not listed as requests: each line that should have been
    // one is named in a notice.
    void aFileThatIsNoHttpFileSaysSo()
    {
        const QString path = dataFile(QStringLiteral("data.http"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("GET not json\n\n###\n{\n  \"a\": 1\n}\n\n###\nGET /fine\nHost: example.org\n");
        file.close();
        QVERIFY(m_window->openHttpFile(path));
        const QString notice = m_window->findChild<QLabel *>(QStringLiteral("noticeText"))->text();
        QVERIFY2(notice.contains(QLatin1String("GET not json")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("“{”")), qPrintable(notice));
        auto *list = m_window->findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains(QLatin1String("GET /fine")),
                 qPrintable(list->item(0)->text()));
    }

    // Quit in the middle of a lesson with a request of one's own in the editor: the next start
    // takes the lesson up and leaves the request alone.
    void anUnfinishedLessonKeepsTheEditorsRequestAtStart()
    {
        const QList<Lesson> &lessons = m_f->lessons.lessons();
        qsizetype index = -1;
        for (qsizetype i = 0; i < lessons.size(); ++i) {
            if (!lessons.at(i).steps.isEmpty() && lessons.at(i).steps.first().start.given)
                index = i;
        }
        QVERIFY(index >= 0);
        m_f->lessons.open(int(index), true);
        const QString lessonUrl = m_practice.url(lessons.at(index).steps.first().start.path);
        QCOMPARE(m_window->composition().url, lessonUrl);
        const QString mine = m_practice.url(QStringLiteral("/anything/mine"));
        typeUrl(mine);
        QVERIFY(m_window->close());
        m_window = openWindow();
        QCOMPARE(m_f->lessons.current(), int(index));
        const QString title = m_window->findChild<WalkthroughPanel *>()->title();
        QVERIFY2(title.contains(lessons.at(index).title.in(false))
                         || title.contains(lessons.at(index).title.in(true)),
                 qPrintable(title));
        QCOMPARE(m_window->composition().url, mine);
    }

    // The file dialog's Type column in the Chinese window: Qt's own texts that Debian's
    // translation lacks come from HTTP Lens.
    void fileTypesSpeakTheWindowsLanguage()
    {
        QFileIconProvider provider;
        const QString folder = provider.type(QFileInfo(QDir::tempPath()));
        const bool chinese = hasChinese(QCoreApplication::translate("HttpLens::MainMenus", "&File"));
        QCOMPARE(hasChinese(folder), chinese);
        if (chinese)
            QCOMPARE(folder, QStringLiteral("文件夹"));
        else
            QCOMPARE(folder, QStringLiteral("Folder"));
    }

    // Copy as code explains itself in comments, in the window's language.
    void snippetCommentsSpeakTheWindowsLanguage()
    {
        Request request;
        request.url = m_practice.url(QStringLiteral("/cache"));
        const bool chinese = hasChinese(QCoreApplication::translate("HttpLens::MainMenus", "&File"));
        int seen = 0;
        for (SnippetLanguage language : snippetLanguages()) {
            SnippetDialog dialog(request, language, m_window.get());
            QStringList comments;
            for (const QString &line : dialog.code().split(QLatin1Char('\n'))) {
                const QString trimmed = line.trimmed();
                if (trimmed.startsWith(QLatin1String("# "))
                    || trimmed.startsWith(QLatin1String("// ")))
                    comments << trimmed;
            }
            seen += int(comments.size());
            for (const QString &line : std::as_const(comments))
                QVERIFY2(hasChinese(line) == chinese, qPrintable(line));
        }
        QVERIFY(seen >= 6);
    }

    // One .http file, one result: the window and `httplens-cli run --env dev` read the same
    // environment files beside it, the private one first, and send the same request.
    void anHttpFileGivesTheSameRequestInTheWindowAndTheCli()
    {
        const QString folder = dataFile(QStringLiteral("api"));
        QVERIFY(QDir().mkpath(folder));
        auto write = [&folder](const QString &name, const QByteArray &content) {
            QFile file(QDir(folder).filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
        };
        const QString path = QDir(folder).filePath(QStringLiteral("api.http"));
        QVERIFY(write(QStringLiteral("api.http"),
                      "GET {{base}}/anything/{{item}}\nX-Token: {{token}}\n"));
        QVERIFY(write(QStringLiteral("http-client.env.json"),
                      "{\"dev\": {\"base\": \"" + m_practice.url(QString()).toUtf8()
                              + "\", \"item\": \"public\"}}"));
        QVERIFY(write(QStringLiteral("http-client.private.env.json"),
                      "{\"dev\": {\"token\": \"s3cret\", \"item\": \"private\"}}"));

        QVERIFY(m_window->openHttpFile(path));
        QVERIFY(m_f->workspace->environments().find(QStringLiteral("dev")));
        m_f->workspace->setActiveEnvironment(QStringLiteral("dev"));
        const int before = m_f->history.size();
        QVERIFY(m_window->loadHttpFileRequest(0, true));
        QTRY_COMPARE_WITH_TIMEOUT(m_f->history.size(), before + 1, 15000);
        const QJsonObject window = QJsonDocument::fromJson(lastExchange().body.read()).object();

        QProcess cli;
        cli.start(QStringLiteral(HTTPLENS_CLI_PATH),
                  {QStringLiteral("run"), path, QStringLiteral("--env"), QStringLiteral("dev")});
        // The practice server answers from this event loop: wait with it running.
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 15000);
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray out = cli.readAllStandardOutput();
        const QJsonObject fromCli = QJsonDocument::fromJson(out.mid(out.indexOf('{'))).object();

        QCOMPARE(window.value(QStringLiteral("url")).toString(),
                 m_practice.url(QStringLiteral("/anything/private")));
        QCOMPARE(fromCli.value(QStringLiteral("url")), window.value(QStringLiteral("url")));
        const QJsonObject headers = window.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("X-Token")).toString(), QStringLiteral("s3cret"));
        QCOMPARE(fromCli.value(QStringLiteral("headers")).toObject().value(QStringLiteral("X-Token")),
                 headers.value(QStringLiteral("X-Token")));
    }
};

QTEST_MAIN(TestWindowDetails)
#include "tst_windowdetails.moc"
