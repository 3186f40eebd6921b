#include "files/filereadrule.h"
#include "inspector/fileconsents.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace HttpLens;

// Which files a file or a pasted command may have read without asking: inside its folder, and
// no system file or secret place; "~" expanded, ".." and symlinks followed.
class TestFileReadRule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void insideAndOutside();
    void symlinkOutIsOutside();
    void systemAndSecretPlaces();
    void consent();
    void refusalNamesTheFile();
    void consentIsRememberedUntilTheFileChanges();

private:
    QString make(const QString &path, const QByteArray &content = "x");

    QTemporaryDir m_home;
    QTemporaryDir m_root;
};

void TestFileReadRule::initTestCase()
{
    // A home of the test's own, so that ~ is somewhere known, and settings of its own.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QCoreApplication::setOrganizationName(QStringLiteral("HTTP Lens tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_filereadrule"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
    QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("project/sub")));
    QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("elsewhere")));
}

QString TestFileReadRule::make(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return QFileInfo(path).canonicalFilePath();
}

void TestFileReadRule::insideAndOutside()
{
    const QString project = m_root.filePath(QStringLiteral("project"));
    const QString body = make(project + QStringLiteral("/sub/body.json"), "{}");
    const QString other = make(m_root.filePath(QStringLiteral("elsewhere/secret.txt")));
    const FileReadRule rule(project);
    FileReadRule::Check check = rule.check(QStringLiteral("sub/body.json"));
    QCOMPARE(check.place, FileReadRule::Place::Inside);
    QVERIFY(check.allowed);
    QCOMPARE(check.resolved, body);
    QCOMPARE(check.size, 2);
    // ".." that stays inside is inside; ".." that leaves is outside.
    QVERIFY(rule.check(QStringLiteral("sub/../sub/body.json")).allowed);
    check = rule.check(QStringLiteral("../elsewhere/secret.txt"));
    QCOMPARE(check.place, FileReadRule::Place::Outside);
    QVERIFY(!check.allowed);
    QCOMPARE(check.resolved, other);
    QVERIFY(!rule.check(other).allowed); // absolute
    // The folder itself and a name that only starts like it are not inside.
    QVERIFY(!rule.check(project + QStringLiteral("-copy/a")).allowed);
    // A command pasted into the window has no folder: nothing is inside.
    QVERIFY(!FileReadRule(QString()).check(body).allowed);
    // The person's own command line reads what it names.
    QVERIFY(FileReadRule::own().check(other).allowed);
}

void TestFileReadRule::symlinkOutIsOutside()
{
    const QString project = m_root.filePath(QStringLiteral("project"));
    const QString target = make(m_root.filePath(QStringLiteral("elsewhere/target.txt")));
    QVERIFY(QFile::link(target, project + QStringLiteral("/link.txt")));
    const FileReadRule::Check check = FileReadRule(project).check(QStringLiteral("link.txt"));
    QCOMPARE(check.resolved, target);
    QCOMPARE(check.place, FileReadRule::Place::Outside);
    QVERIFY(!check.allowed);
    // A symlinked folder: what lies under it is where the link points.
    QVERIFY(QFile::link(m_root.filePath(QStringLiteral("elsewhere")),
                        project + QStringLiteral("/away")));
    QVERIFY(!FileReadRule(project).check(QStringLiteral("away/target.txt")).allowed);
}

void TestFileReadRule::systemAndSecretPlaces()
{
    const QString home = QDir(m_home.path()).canonicalPath();
    const FileReadRule rule(home); // even a file in home: its secret places are asked about
    FileReadRule::Check check = rule.check(QStringLiteral("/proc/self/environ"));
    QCOMPARE(check.place, FileReadRule::Place::System);
    QVERIFY(!check.allowed);
    QCOMPARE(rule.check(QStringLiteral("/dev/zero")).place, FileReadRule::Place::System);
    const QString key = make(home + QStringLiteral("/.ssh/id_rsa"), QByteArray(2600, 'k'));
    check = rule.check(QStringLiteral("~/.ssh/id_rsa"));
    QCOMPARE(check.resolved, key);
    QCOMPARE(check.place, FileReadRule::Place::Secret);
    QVERIFY(!check.allowed);
    for (const char *secret : {"~/.aws/credentials",
                               "~/.netrc",
                               "~/.docker/config.json",
                               "~/.kube/config",
                               "~/.config/gh/hosts.yml",
                               "~/.gnupg/x"})
        QCOMPARE(rule.check(QLatin1String(secret)).place, FileReadRule::Place::Secret);
    QCOMPARE(rule.check(QStringLiteral("~/notes.txt")).place, FileReadRule::Place::Inside);
    // HTTP Lens's own data folder, where the CA key is.
    FileReadRule withData(home);
    withData.addSecretPlace(m_root.filePath(QStringLiteral("elsewhere")));
    QCOMPARE(withData.check(m_root.filePath(QStringLiteral("elsewhere/httplens-ca.key"))).place,
             FileReadRule::Place::Secret);
}

void TestFileReadRule::consent()
{
    const QString project = m_root.filePath(QStringLiteral("project"));
    const QString other = make(m_root.filePath(QStringLiteral("elsewhere/allowed.txt")));
    FileReadRule rule(project);
    rule.allow(other);
    QVERIFY(rule.check(other).allowed);
    QVERIFY(!rule.check(m_root.filePath(QStringLiteral("elsewhere/other.txt"))).allowed);
    rule.allowOutside();
    QVERIFY(rule.check(m_root.filePath(QStringLiteral("elsewhere/other.txt"))).allowed);
    // Outside allowed does not open secret or system places; naming one does.
    QVERIFY(!rule.check(QStringLiteral("~/.ssh/id_rsa")).allowed);
    QVERIFY(!rule.check(QStringLiteral("/proc/self/environ")).allowed);
    rule.allow(rule.resolve(QStringLiteral("~/.ssh/id_rsa")));
    QVERIFY(rule.check(QStringLiteral("~/.ssh/id_rsa")).allowed);
}

void TestFileReadRule::refusalNamesTheFile()
{
    const QString home = QDir(m_home.path()).canonicalPath();
    make(home + QStringLiteral("/.ssh/id_ed25519"), QByteArray(2600, 'k'));
    const FileReadRule rule(m_root.filePath(QStringLiteral("project")));
    const QString sentence = FileReadRule::refusal(rule.check(QStringLiteral("~/.ssh/id_ed25519")));
    QVERIFY2(sentence.startsWith(QStringLiteral("~/.ssh/id_ed25519, 2.60 kB, is where keys")),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(QLatin1String("consent")), qPrintable(sentence));
}

// The window's memory of "yes": per .http file and path, until the .http file changes; never for
// a secret place.
void TestFileReadRule::consentIsRememberedUntilTheFileChanges()
{
    const QString project = m_root.filePath(QStringLiteral("project"));
    const QString httpFile = make(project + QStringLiteral("/api.http"), "POST http://h.test/\n");
    const QString other = make(m_root.filePath(QStringLiteral("elsewhere/remembered.txt")));
    const QString key = make(QDir(m_home.path()).canonicalPath() + QStringLiteral("/.ssh/id_x"));
    QVERIFY(!FileConsents::ruleFor(httpFile).check(other).allowed);
    FileConsents::remember(httpFile, FileConsents::ruleFor(httpFile).check(other));
    FileConsents::remember(httpFile, FileConsents::ruleFor(httpFile).check(key));
    QVERIFY(FileConsents::ruleFor(httpFile).check(other).allowed);
    QVERIFY(!FileConsents::ruleFor(httpFile).check(key).allowed); // asked every time
    // Another .http file in the same folder has its own answers.
    const QString sibling = make(project + QStringLiteral("/other.http"), "GET http://h.test/\n");
    QVERIFY(!FileConsents::ruleFor(sibling).check(other).allowed);
    // Changed, the file is asked about again.
    make(httpFile, "POST http://h.test/changed\n");
    QVERIFY(!FileConsents::ruleFor(httpFile).check(other).allowed);
}

QTEST_GUILESS_MAIN(TestFileReadRule)
#include "tst_filereadrule.moc"
