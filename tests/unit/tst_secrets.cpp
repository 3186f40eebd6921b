// A HAR to share holds no password: convert --to har masks the ones curl options carry in
// forms (with curl's default type, or --data-urlencode), in the URL's authority and in -u,
// unless --keep-secrets says otherwise.

#include "childprocess.h"

#include <QTest>

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void convertToHarMasks_data();
    void convertToHarMasks();
};

void TestSecrets::convertToHarMasks_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::newRow("-d form, curl's default type")
            << QByteArray("curl -d 'user=a&password=hunter2' http://h.test/login");
    QTest::newRow("--data-urlencode")
            << QByteArray("curl --data-urlencode 'password=hunter2' http://h.test/login");
    QTest::newRow("form with its type")
            << QByteArray("curl -H 'Content-Type: application/x-www-form-urlencoded' "
                          "-d 'password=hunter2' http://h.test/login");
    QTest::newRow("password in the URL") << QByteArray("curl http://ann:hunter2@h.test/x?a=1");
    QTest::newRow("-u") << QByteArray("curl -u ann:hunter2 http://h.test/x");
    QTest::newRow("token in the query") << QByteArray("curl 'http://h.test/x?token=hunter2'");
}

void TestSecrets::convertToHarMasks()
{
    QFETCH(QByteArray, command);
    const QString cli = QStringLiteral(HTTPLENS_CLI_PATH);
    const QStringList convert{QStringLiteral("convert"),
                              QStringLiteral("--to"),
                              QStringLiteral("har"),
                              QStringLiteral("-")};
    const ServedRun masked = runServedCapturing(cli, convert, command);
    QCOMPARE(masked.exitCode, 0);
    QVERIFY2(masked.out.contains("\"log\""), masked.out.constData());
    QVERIFY2(!masked.out.contains("hunter2"), masked.out.constData());
    // The user's own copy keeps them, so the check above is not vacuous.
    const ServedRun kept = runServedCapturing(cli,
                                              convert + QStringList{QStringLiteral("--keep-secrets")},
                                              command);
    QCOMPARE(kept.exitCode, 0);
    QVERIFY2(kept.out.contains("hunter2") || kept.out.contains("aHVudGVyMg")
                     || kept.out.contains("YW5uOmh1bnRlcjI"),
             kept.out.constData());
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
