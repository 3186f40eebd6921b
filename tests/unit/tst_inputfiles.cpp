// Every file a request reads goes through one reader: regular files only, never more than a
// request body may hold, a sentence naming the file and the cause. A device such as /dev/zero
// or a FIFO nobody writes to is refused at once instead of read for ever.

#include "childprocess.h"
#include "interop/curloptions.h"
#include "interop/httpfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <QProcess>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace HttpLens;

class TestInputFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void curlOptions_data();
    void curlOptions();
    void httpFileIncludes_data();
    void httpFileIncludes();
    void randomIntBounds_data();
    void randomIntBounds();
    void convertRefusesWhatIsNoRequest_data();
    void convertRefusesWhatIsNoRequest();
    void smallFilesReadUnderAnAddressSpaceLimit();

private:
    QTemporaryDir m_dir;
    QString m_fifo;
};

void TestInputFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fifo = m_dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
    QFile body(m_dir.filePath(QStringLiteral("body.txt")));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write("from a file\n");
}

void TestInputFiles::curlOptions_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("path");
    for (const char *option : {"-d", "--data-binary", "-H"}) {
        QTest::addRow("%s /dev/zero", option) << option << QStringLiteral("/dev/zero");
        QTest::addRow("%s FIFO", option) << option << QStringLiteral("fifo");
        QTest::addRow("%s directory", option) << option << QStringLiteral(".");
    }
}

void TestInputFiles::curlOptions()
{
    QFETCH(QString, option);
    QFETCH(QString, path);
    const QString file = path.startsWith(QLatin1Char('/')) ? path : m_dir.filePath(path);
    QElapsedTimer clock;
    clock.start();
    const CurlParseResult parsed = parseCurlArguments(
            QStringList{option, QLatin1Char('@') + file, QStringLiteral("http://h.test/")});
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(!parsed.ok);
    QVERIFY2(parsed.error.contains(QLatin1String("not a regular file")), qPrintable(parsed.error));
    QVERIFY2(parsed.error.contains(file), qPrintable(parsed.error));
}

void TestInputFiles::httpFileIncludes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("readable");
    QTest::newRow("a file") << QStringLiteral("body.txt") << true;
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << false;
    QTest::newRow("FIFO") << QStringLiteral("fifo") << false;
    QTest::newRow("missing") << QStringLiteral("missing.txt") << false;
    // Found by fuzzing: Qt only warned on standard error about such a name.
    QTest::newRow("NUL in the name")
            << QStringLiteral("body") + QChar(0) + QStringLiteral(".txt") << false;
}

// `< FILE` in an .http file reads as -d @FILE does.
void TestInputFiles::httpFileIncludes()
{
    QFETCH(QString, path);
    QFETCH(bool, readable);
    const HttpFile file = parseHttpFile(
            QStringLiteral("POST http://h.test/\nContent-Type: text/plain\n\n< %1\n").arg(path));
    QCOMPARE(file.requests.size(), 1);
    QElapsedTimer clock;
    clock.start();
    const ResolvedHttpRequest resolved = resolveHttpRequest(file, 0, {}, FileReadRule(m_dir.path()));
    QVERIFY(clock.elapsed() < 5000);
    if (readable) {
        QVERIFY2(resolved.errors.isEmpty(), qPrintable(resolved.errors.join(QLatin1Char('\n'))));
        QCOMPARE(resolved.request.body, QByteArray("from a file\n"));
        // What was read is said: an include reads any file the user can read.
        QCOMPARE(resolved.notes.size(), 1);
        QVERIFY2(resolved.notes.first().contains(m_dir.filePath(path)),
                 qPrintable(resolved.notes.first()));
        return;
    }
    QCOMPARE(resolved.errors.size(), 1);
    const QString named = QString(path).replace(QChar(0), QLatin1String("\\0"));
    QVERIFY2(resolved.errors.first().contains(named), qPrintable(resolved.errors.first()));
}

void TestInputFiles::randomIntBounds_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1 3") << QStringLiteral("1 3") << true;
    QTest::newRow("none") << QString() << true;
    QTest::newRow("nan") << QStringLiteral("nan 5") << false;
    QTest::newRow("1e400") << QStringLiteral("1 1e400") << false;
    QTest::newRow("beyond int") << QStringLiteral("1 9223372036854775807") << false;
    QTest::newRow("reversed") << QStringLiteral("5 1") << false;
    QTest::newRow("empty range") << QStringLiteral("5 5") << false;
}

// {{$randomInt low high}}: numbers that are not whole, do not fit or make no range are refused
// with a sentence, never silently replaced by a constant.
void TestInputFiles::randomIntBounds()
{
    QFETCH(QString, arguments);
    QFETCH(bool, valid);
    const QString reference = QStringLiteral("{{$randomInt %1}}")
                                      .arg(arguments)
                                      .replace(QStringLiteral("randomInt }}"),
                                               QStringLiteral("randomInt}}"));
    const HttpFile file = parseHttpFile(QStringLiteral("GET http://h.test/?n=%1\n").arg(reference));
    const ResolvedHttpRequest resolved = resolveHttpRequest(file, 0, {}, FileReadRule(m_dir.path()));
    if (!valid) {
        QCOMPARE(resolved.errors.size(), 1);
        QVERIFY2(resolved.errors.first().contains(QLatin1String("$randomInt takes two whole")),
                 qPrintable(resolved.errors.first()));
        return;
    }
    QVERIFY2(resolved.errors.isEmpty(), qPrintable(resolved.errors.join(QLatin1Char('\n'))));
    const int value
            = QUrlQuery(QUrl(resolved.request.url)).queryItemValue(QStringLiteral("n")).toInt();
    QVERIFY(arguments.isEmpty() ? value >= 0 && value < 1000 : value == 1 || value == 2);
}

void TestInputFiles::convertRefusesWhatIsNoRequest_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("prose") << QByteArray("garbage here\n") << 2;
    QTest::newRow("not JSON") << QByteArray("{ nope") << 2;
    QTest::newRow("JSON, no HAR") << QByteArray("{\"a\": 1}") << 2;
    QTest::newRow("empty") << QByteArray() << 2;
    QTest::newRow("a request") << QByteArray("GET http://h.test/ok\n") << 0;
}

// convert on input it cannot read says why and exits non-zero, instead of printing a command
// that cannot work.
void TestInputFiles::convertRefusesWhatIsNoRequest()
{
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    const ServedRun run = runServedCapturing(QStringLiteral(HTTPLENS_CLI_PATH),
                                             {QStringLiteral("convert"),
                                              QStringLiteral("--to"),
                                              QStringLiteral("curl"),
                                              QStringLiteral("-")},
                                             input);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0) {
        QVERIFY(run.out.startsWith("curl http://h.test/ok"));
        return;
    }
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith("httplens-cli convert: "), run.err.constData());
}

// Containers and CI runners often cap a process's address space. Under 1 GB, an .http file
// whose requests read twelve small files converts: each read takes what the file holds, not
// the 512 MB a body file may have (twelve such reservations used to end in std::bad_alloc).
void TestInputFiles::smallFilesReadUnderAnAddressSpaceLimit()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer reserves terabytes of address space for itself");
#endif
    QFile http(m_dir.filePath(QStringLiteral("many.http")));
    QVERIFY(http.open(QIODevice::WriteOnly));
    for (int i = 0; i < 12; ++i)
        http.write("### r" + QByteArray::number(i) + "\nPOST http://h.test/" + QByteArray::number(i)
                   + "\nContent-Type: text/plain\n\n< ./body.txt\n\n");
    http.close();
    QProcess convert;
    convert.setChildProcessModifier([] {
        const rlimit limit{1000L * 1000 * 1000, 1000L * 1000 * 1000};
        ::setrlimit(RLIMIT_AS, &limit);
    });
    convert.start(QStringLiteral(HTTPLENS_CLI_PATH),
                  {QStringLiteral("convert"),
                   QStringLiteral("--to"),
                   QStringLiteral("curl"),
                   QStringLiteral("--inline-files"), // read, not referred to
                   http.fileName()});
    QVERIFY(convert.waitForFinished(30000));
    const QByteArray err = convert.readAllStandardError();
    QVERIFY2(convert.exitStatus() == QProcess::NormalExit && convert.exitCode() == 0,
             err.constData());
    QCOMPARE(convert.readAllStandardOutput().count("from a file"), 12);
}

QTEST_GUILESS_MAIN(TestInputFiles)
#include "tst_inputfiles.moc"
