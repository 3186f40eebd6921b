// The translations are maintained by Qt's lupdate: run over the sources, it must find nothing to
// add, nothing unfinished and nothing vanished, and the Chinese must use the glossary's terms.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // of the translation: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // A translation holds its text, or one <numerusform> per plural form.
            QString text;
            while (!xml.atEnd()) {
                const QXmlStreamReader::TokenType token = xml.readNext();
                if (token == QXmlStreamReader::Characters)
                    text += xml.text();
                else if (token == QXmlStreamReader::StartElement)
                    message.forms.append(xml.readElementText());
                else if (token == QXmlStreamReader::EndElement
                         && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (message.forms.isEmpty())
                message.forms.append(text);
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString describe(const Message &message)
{
    return QStringLiteral("%1: \"%2\"").arg(message.context, message.source.left(100));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void lupdateFindsNothingMissing_data();
    void lupdateFindsNothingMissing();
    void glossaryTermsAreUsed_data();
    void glossaryTermsAreUsed();
    void glossaryReadsAsWritten();
};

void TestTranslations::lupdateFindsNothingMissing_data()
{
    QTest::addColumn<QString>("sources");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("core zh_CN") << "app"
                                << "httplens_zh_CN.ts" << false;
    QTest::newRow("core en") << "app"
                             << "httplens_en.ts" << true;
    QTest::newRow("window zh_CN") << "ui"
                                  << "httplens_ui_zh_CN.ts" << false;
    QTest::newRow("window en") << "ui"
                               << "httplens_ui_en.ts" << true;
}

// lupdate run over the sources into a copy of the committed file, as ./dev.sh translations runs
// it: every text it finds must already be there, translated, and none may have vanished.
void TestTranslations::lupdateFindsNothingMissing()
{
    QFETCH(QString, sources);
    QFETCH(QString, file);
    QFETCH(bool, pluralOnly);
    const QDir root(QStringLiteral(HTTPLENS_SOURCE_DIR));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(file);
    QVERIFY(QFile::copy(root.filePath(QStringLiteral("resources/translations/") + file), copy));
    QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none")};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << root.filePath(sources) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(HTTPLENS_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QCOMPARE(lupdate.exitCode(), 0);
    // A text lupdate cannot file under its context ("lacks Q_OBJECT macro") is a defect too.
    QVERIFY2(!output.contains(QLatin1String("lacks Q_OBJECT")), qPrintable(output));

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > (pluralOnly ? 0 : 100));
    QStringList problems;
    for (const Message &message : messages) {
        if (!message.type.isEmpty())
            problems << QStringLiteral("%1 (%2)").arg(describe(message), message.type);
        else if (message.forms.join(QString()).trimmed().isEmpty())
            problems << QStringLiteral("%1 (empty)").arg(describe(message));
        else if (pluralOnly && message.forms.size() != 2)
            problems << QStringLiteral("%1 (English needs two plural forms)").arg(describe(message));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("Run ./dev.sh translations and translate:\n")
                        + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::glossaryTermsAreUsed_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("core") << "httplens_zh_CN.ts";
    QTest::newRow("window") << "httplens_ui_zh_CN.ts";
}

// Every text that uses a term of the glossary says it with the glossary's Chinese term.
void TestTranslations::glossaryTermsAreUsed()
{
    QFETCH(QString, file);
    const QDir translations(QStringLiteral(HTTPLENS_SOURCE_DIR "/resources/translations"));
    QFile glossary(translations.filePath(QStringLiteral("glossary.tsv")));
    QVERIFY(glossary.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<std::pair<QRegularExpression, QString>> terms;
    for (const QString &line : QString::fromUtf8(glossary.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 3);
        // The term as a word of its own, with any ending ("exchanges", "revalidated"), but
        // not inside a header or directive name ("Cache-Control", "must-revalidate") nor as the
        // name of a command ("httplens-cli capture").
        const QRegularExpression english(QStringLiteral("(?<![\\w-])(?<!cli )%1\\w*(?![\\w-])")
                                                 .arg(QRegularExpression::escape(fields.at(0))),
                                         QRegularExpression::CaseInsensitiveOption);
        terms.append({english, fields.at(1)});
    }
    QVERIFY(terms.size() >= 12);
    QString error;
    const QList<Message> messages = readTs(translations.filePath(file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    int checked = 0;
    for (const Message &message : messages) {
        for (const auto &[english, chinese] : terms) {
            if (!english.match(message.source).hasMatch())
                continue;
            ++checked;
            if (!message.forms.join(QString()).contains(chinese))
                problems << QStringLiteral("%1 needs %2").arg(describe(message), chinese);
        }
    }
    QVERIFY(checked > 10);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// The glossary is a three-column table a translator can read: no term twice.
void TestTranslations::glossaryReadsAsWritten()
{
    QFile glossary(QStringLiteral(HTTPLENS_SOURCE_DIR "/resources/translations/glossary.tsv"));
    QVERIFY(glossary.open(QIODevice::ReadOnly | QIODevice::Text));
    QSet<QString> seen;
    for (const QString &line : QString::fromUtf8(glossary.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString term = line.section(QLatin1Char('\t'), 0, 0).toLower();
        QVERIFY2(!seen.contains(term), qPrintable(term));
        seen.insert(term);
    }
    for (const char *term : {"exchange",
                             "request header",
                             "response header",
                             "hop",
                             "validator",
                             "revalidate",
                             "freshness",
                             "cache",
                             "cookie jar",
                             "finding",
                             "practice server",
                             "walkthrough"})
        QVERIFY2(seen.contains(QLatin1String(term)), term);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
