#include "interopdialogs.h"

#include "codehighlighter.h"
#include "keyvaluetable.h"

#include "interop/curlcommand.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QVBoxLayout>

namespace HttpLens {

namespace {

// The verdict with the hyphens of curl's options (--etag-compare) made non-breaking, so that
// an option is never split across two lines; everything else wraps as usual.
QString unbrokenOptions(const QString &plain)
{
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--?[A-Za-z0-9][\\w-]*"));
    QString text = plain;
    QRegularExpressionMatchIterator it = option.globalMatch(plain);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i) {
            if (text.at(i) == QLatin1Char('-'))
                text[i] = QChar(0x2011); // NON-BREAKING HYPHEN
        }
    }
    return text;
}

} // namespace

CurlImportDialog::CurlImportDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import a curl command"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Paste a curl command, for example from a browser's developer "
                               "tools: Network, right-click a request, Copy as cURL (bash)."),
                            this);
    hint->setWordWrap(true);
    m_text = createCodeView(this);
    m_text->setObjectName(QStringLiteral("curlText"));
    m_text->setPlaceholderText(QStringLiteral("curl 'https://example.com/' -H 'accept: */*'"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("curlVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Open in the editor"));
    layout->addWidget(hint);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_verdict);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CurlImportDialog::reparse);
    resize(720, 420);
    reparse();
}

void CurlImportDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString CurlImportDialog::text() const
{
    return m_text->toPlainText();
}

void CurlImportDialog::reparse()
{
    const QString text = m_text->toPlainText();
    m_imported = {};
    if (text.trimmed().isEmpty()) {
        m_verdict->setText(QString());
        m_ok->setEnabled(false);
        return;
    }
    m_imported = InspectorSession::importCurl(text);
    if (!m_imported.ok && !m_imported.refused.isEmpty()) {
        // Nothing is read while typing: the file is asked about when the command is imported.
        m_verdict->setText(
                tr("It reads %1; you will be asked whether to send it before it is read.")
                        .arg(FileReadRule::shownPath(m_imported.refused.first().resolved)));
        m_ok->setEnabled(true);
        return;
    }
    if (!m_imported.ok) {
        m_verdict->setText(unbrokenOptions(m_imported.error));
        m_ok->setEnabled(false);
        return;
    }
    const Composition &c = m_imported.composition;
    QStringList lines{tr("%1 %2 with %n header field(s)", nullptr, int(c.headers.size()))
                              .arg(c.method, c.url)};
    if (c.bodyMode != BodyMode::None)
        lines << tr("Body: %n byte(s)", nullptr, int(c.rawBody.toUtf8().size()));
    lines += m_imported.notes;
    m_verdict->setText(unbrokenOptions(lines.join(QLatin1Char('\n'))));
    m_ok->setEnabled(true);
}

SnippetDialog::SnippetDialog(const Request &request, SnippetLanguage language, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
{
    setWindowTitle(tr("Copy as code"));
    auto *layout = new QVBoxLayout(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("snippetLanguage"));
    for (SnippetLanguage each : snippetLanguages())
        m_language->addItem(snippetLanguageName(each), int(each));
    m_language->setCurrentIndex(m_language->findData(int(language)));
    m_code = createCodeView(this);
    m_code->setObjectName(QStringLiteral("snippetCode"));
    m_code->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    layout->addWidget(m_language);
    layout->addWidget(m_code, 1);
    layout->addWidget(buttons);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SnippetDialog::update);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(code());
    });
    resize(760, 520);
    update();
}

QString SnippetDialog::code() const
{
    return m_code->toPlainText();
}

void SnippetDialog::update()
{
    m_code->setPlainText(snippet(m_request, SnippetLanguage(m_language->currentData().toInt())));
}

HttpFileDialog::HttpFileDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr(".http file"));
    auto *layout = new QVBoxLayout(this);
    m_path = new QLabel(this);
    m_path->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("httpFileRequests"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open in the editor"), QDialogButtonBox::ActionRole);
    QPushButton *sendNow = buttons->addButton(tr("&Send"), QDialogButtonBox::ActionRole);
    layout->addWidget(m_path);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] { emit openRequested(currentIndex()); });
    connect(sendNow, &QPushButton::clicked, this, [this] { emit sendRequested(currentIndex()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        emit openRequested(currentIndex());
    });
    resize(640, 380);
}

void HttpFileDialog::setFile(const QString &path, const HttpFile &file)
{
    m_path->setText(path);
    m_list->clear();
    for (const HttpFileRequest &request : file.requests) {
        QString text = request.method + QLatin1Char(' ') + request.url;
        if (!request.name.isEmpty())
            text = request.name + QStringLiteral(" — ") + text;
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(tr("Line %1").arg(request.line)
                         + (request.notes.isEmpty()
                                    ? QString()
                                    : QLatin1Char('\n') + request.notes.join(QLatin1Char('\n'))));
    }
    m_list->setCurrentRow(0);
}

int HttpFileDialog::currentIndex() const
{
    return m_list->currentRow();
}

void HttpFileDialog::setCurrentIndex(int index)
{
    m_list->setCurrentRow(index);
}

EnvironmentsDialog::EnvironmentsDialog(const Environments &environments, QWidget *parent)
    : QDialog(parent)
    , m_environments(environments)
{
    setWindowTitle(tr("Environments"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Write {{name}} in the URL, a header or the body; the environment "
                               "chosen next to the URL gives its value."),
                            this);
    hint->setWordWrap(true);
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_names = new QListWidget(left);
    m_names->setObjectName(QStringLiteral("environmentNames"));
    auto *buttonRow = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), left);
    auto *remove = new QPushButton(tr("&Remove"), left);
    buttonRow->addWidget(add);
    buttonRow->addWidget(remove);
    leftLayout->addWidget(m_names, 1);
    leftLayout->addLayout(buttonRow);
    m_variables = new KeyValueTable(splitter);
    m_variables->setObjectName(QStringLiteral("environmentVariables"));
    splitter->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    for (const Environment &environment : std::as_const(m_environments.list))
        m_names->addItem(environment.name);
    connect(m_names, &QListWidget::currentRowChanged, this, [this] {
        storeCurrent();
        showCurrent();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this,
                                                   tr("New environment"),
                                                   tr("Name:"),
                                                   QLineEdit::Normal,
                                                   QString(),
                                                   &ok)
                                     .trimmed();
        if (!ok || name.isEmpty() || m_environments.find(name))
            return;
        storeCurrent();
        m_environments.list.append({name, {}});
        m_names->addItem(name);
        m_names->setCurrentRow(m_names->count() - 1);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int current = m_names->currentRow();
        if (current < 0)
            return;
        m_shown = -1;
        m_environments.list.removeAt(current);
        delete m_names->takeItem(current);
        showCurrent();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        storeCurrent();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_names->setCurrentRow(m_environments.list.isEmpty() ? -1 : 0);
    showCurrent();
    resize(680, 400);
}

Environments EnvironmentsDialog::environments() const
{
    // What is on screen counts, even before another environment is chosen.
    Environments environments = m_environments;
    if (m_shown >= 0 && m_shown < environments.list.size())
        environments.list[m_shown].variables = shownVariables();
    return environments;
}

Variables EnvironmentsDialog::shownVariables() const
{
    Variables variables;
    for (const KeyValueRow &row : m_variables->rows()) {
        if (row.enabled && !row.name.trimmed().isEmpty())
            variables.append({row.name.trimmed(), row.value});
    }
    return variables;
}

void EnvironmentsDialog::storeCurrent()
{
    if (m_shown >= 0 && m_shown < m_environments.list.size())
        m_environments.list[m_shown].variables = shownVariables();
}

void EnvironmentsDialog::showCurrent()
{
    m_shown = m_names->currentRow();
    QList<KeyValueRow> rows;
    if (m_shown >= 0 && m_shown < m_environments.list.size()) {
        for (const auto &[name, value] : m_environments.list.at(m_shown).variables)
            rows.append({true, name, value});
    }
    m_variables->setRows(rows);
    m_variables->setEnabled(m_shown >= 0);
}

} // namespace HttpLens
