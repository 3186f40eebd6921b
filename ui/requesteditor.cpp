#include "requesteditor.h"

#include "codehighlighter.h"
#include "keyvaluetable.h"
#include "scrollablepage.h"

#include "inspector/conditionalrows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace HttpLens {

namespace {

// Body editors: Tab moves on to the next field, as in the rest of the form.
QPlainTextEdit *codeEditor(QWidget *parent)
{
    QPlainTextEdit *edit = createCodeView(parent);
    edit->setTabChangesFocus(true);
    return edit;
}

enum MultipartColumn { PartName, PartValue, PartIsFile, PartType };

} // namespace

RequestEditor::RequestEditor(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    m_params = new KeyValueTable(this);
    m_params->setObjectName(QStringLiteral("paramsTable"));
    m_headers = new KeyValueTable(this);
    m_headers->setObjectName(QStringLiteral("headersTable"));
    addTab(m_params, tr("Params"));
    addTab(m_headers, tr("Request headers"));
    addTab(buildBodyTab(), tr("Body"));
    // Forms scroll on a small screen instead of making the window taller.
    addTab(scrollablePage(buildAuthTab(), this), tr("Auth"));
    addTab(scrollablePage(buildOptionsTab(), this), tr("Options"));
    addTab(scrollablePage(buildConditionalTab(), this), tr("Conditional"));

    connect(m_params, &KeyValueTable::rowsEdited, this, [this] {
        if (!m_updatingParams)
            emit paramsEdited(m_params->rows());
        updateTabTitles();
    });
    connect(m_headers, &KeyValueTable::rowsEdited, this, &RequestEditor::refreshConditionalTab);
    refreshConditionalTab();
}

QWidget *RequestEditor::buildBodyTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_bodyMode = new QComboBox(page);
    m_bodyMode->setObjectName(QStringLiteral("bodyMode"));
    m_bodyMode->addItems(
            {tr("None"), tr("Raw"), tr("JSON"), tr("Form (urlencoded)"), tr("Multipart form")});
    auto *modeLabel = new QLabel(tr("&Body:"), page);
    modeLabel->setBuddy(m_bodyMode);
    top->addWidget(modeLabel);
    top->addWidget(m_bodyMode);
    top->addStretch();
    layout->addLayout(top);

    m_bodyStack = new QStackedWidget(page);
    auto *none = new QLabel(tr("This request has no body."), page);
    none->setAlignment(Qt::AlignCenter);
    m_bodyStack->addWidget(none);

    auto *raw = new QWidget(page);
    auto *rawLayout = new QVBoxLayout(raw);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    m_rawType = new QComboBox(raw);
    m_rawType->setEditable(true);
    m_rawType->addItems({QStringLiteral("text/plain; charset=utf-8"),
                         QStringLiteral("application/xml"),
                         QStringLiteral("text/html; charset=utf-8"),
                         QStringLiteral("application/octet-stream")});
    auto *typeRow = new QFormLayout;
    typeRow->addRow(tr("Content-&Type:"), m_rawType);
    rawLayout->addLayout(typeRow);
    m_rawBody = codeEditor(raw);
    rawLayout->addWidget(m_rawBody);
    m_bodyStack->addWidget(raw);

    auto *json = new QWidget(page);
    auto *jsonLayout = new QVBoxLayout(json);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    m_jsonBody = codeEditor(json);
    m_jsonBody->setObjectName(QStringLiteral("jsonBody"));
    m_jsonStatus = new QLabel(json);
    m_jsonStatus->setObjectName(QStringLiteral("jsonStatus"));
    jsonLayout->addWidget(m_jsonBody);
    jsonLayout->addWidget(m_jsonStatus);
    m_bodyStack->addWidget(json);
    connect(m_jsonBody, &QPlainTextEdit::textChanged, this, &RequestEditor::validateJson);

    m_form = new KeyValueTable(page);
    m_bodyStack->addWidget(m_form);

    auto *multipart = new QWidget(page);
    auto *multipartLayout = new QVBoxLayout(multipart);
    multipartLayout->setContentsMargins(0, 0, 0, 0);
    m_multipart = new QTableWidget(0, 4, multipart);
    m_multipart->setHorizontalHeaderLabels(
            {tr("Name"), tr("Text or file path"), tr("File"), tr("Content-Type")});
    m_multipart->horizontalHeader()->setSectionResizeMode(PartValue, QHeaderView::Stretch);
    m_multipart->verticalHeader()->hide();
    m_multipart->setTabKeyNavigation(false);
    auto *buttons = new QHBoxLayout;
    auto *addText = new QPushButton(tr("Add text field"), multipart);
    auto *addFile = new QPushButton(tr("Add file…"), multipart);
    auto *remove = new QPushButton(tr("Remove"), multipart);
    buttons->addWidget(addText);
    buttons->addWidget(addFile);
    buttons->addWidget(remove);
    buttons->addStretch();
    multipartLayout->addWidget(m_multipart);
    multipartLayout->addLayout(buttons);
    m_bodyStack->addWidget(multipart);
    connect(addText, &QPushButton::clicked, this, [this] {
        addMultipartRow({true, QStringLiteral("field"), QString(), false, QString()});
    });
    connect(addFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"));
        if (!path.isEmpty())
            addMultipartRow({true, QStringLiteral("file"), path, true, QString()});
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_multipart->currentRow();
        if (row >= 0)
            m_multipart->removeRow(row);
    });
    layout->addWidget(m_bodyStack);
    connect(m_bodyMode,
            &QComboBox::currentIndexChanged,
            m_bodyStack,
            &QStackedWidget::setCurrentIndex);
    connect(m_bodyMode, &QComboBox::currentIndexChanged, this, &RequestEditor::updateTabTitles);
    return page;
}

QWidget *RequestEditor::buildAuthTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_authMode = new QComboBox(page);
    m_authMode->addItems({tr("Basic"), tr("Bearer token")});
    m_authUser = new QLineEdit(page);
    m_authPassword = new QLineEdit(page);
    m_authPassword->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_authToken = new QLineEdit(page);
    form->addRow(tr("&Scheme:"), m_authMode);
    form->addRow(tr("&User:"), m_authUser);
    form->addRow(tr("&Password:"), m_authPassword);
    form->addRow(tr("&Token:"), m_authToken);
    auto *write = new QPushButton(tr("&Write Authorization header"), page);
    write->setObjectName(QStringLiteral("writeAuth"));
    form->addRow(QString(), write);
    auto *note = new QLabel(
            tr("The helper writes a visible Authorization row into the Request headers "
               "tab. Nothing is added behind your back."),
            page);
    note->setWordWrap(true);
    form->addRow(note);
    auto updateFields = [this] {
        const bool basic = m_authMode->currentIndex() == 0;
        m_authUser->setEnabled(basic);
        m_authPassword->setEnabled(basic);
        m_authToken->setEnabled(!basic);
    };
    connect(m_authMode, &QComboBox::currentIndexChanged, this, updateFields);
    updateFields();
    connect(write, &QPushButton::clicked, this, &RequestEditor::writeAuthHeader);
    return page;
}

QWidget *RequestEditor::buildOptionsTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_follow = new QCheckBox(tr("&Follow redirects"), page);
    m_maxRedirects = new QSpinBox(page);
    m_maxRedirects->setRange(0, 100);
    m_version = new QComboBox(page);
    m_version->addItems({tr("Default (HTTP/1.1, HTTP/2 over TLS)"),
                         QStringLiteral("HTTP/1.0"),
                         QStringLiteral("HTTP/1.1"),
                         QStringLiteral("HTTP/2")});
    m_timeout = new QSpinBox(page);
    m_timeout->setRange(0, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("none"));
    m_verifyTls = new QCheckBox(tr("&Verify TLS certificates"), page);
    m_decompress = new QCheckBox(tr("Ask for and &decode compressed bodies (Accept-Encoding)"),
                                 page);
    m_cookieJar = new QCheckBox(tr("Use the &cookie jar"), page);
    m_resolve = new QLineEdit(page);
    m_resolve->setPlaceholderText(tr("host:port:address, as curl --resolve"));
    form->addRow(m_follow);
    form->addRow(tr("&Maximum redirects:"), m_maxRedirects);
    form->addRow(tr("HTTP &version:"), m_version);
    form->addRow(tr("T&imeout:"), m_timeout);
    m_downloadLimit = new QSpinBox(page);
    m_downloadLimit->setObjectName(QStringLiteral("downloadLimit"));
    m_downloadLimit->setRange(0, 1024 * 1024);
    m_downloadLimit->setSuffix(tr(" MiB"));
    m_downloadLimit->setSpecialValueText(tr("none"));
    m_downloadLimit->setToolTip(tr("A larger body stops the transfer, with a sentence saying so"));
    form->addRow(tr("&Download limit:"), m_downloadLimit);
    form->addRow(m_verifyTls);
    form->addRow(m_decompress);
    form->addRow(m_cookieJar);
    form->addRow(tr("&Resolve override:"), m_resolve);
    connect(m_follow, &QCheckBox::toggled, m_maxRedirects, &QSpinBox::setEnabled);
    return page;
}

QWidget *RequestEditor::buildConditionalTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Conditional requests ask the server to answer only if "
                                "something holds. The fields are header rows like any other; "
                                "If-None-Match and If-Modified-Since are offered from the last "
                                "response to the same URL."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QFormLayout;
    grid->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<QByteArray> &names = conditionalHeaderNames();
    for (int i = 0; i < ConditionalField::Count; ++i) {
        ConditionalRow &row = m_conditional[i];
        row.toggle = new QCheckBox(QString::fromLatin1(names.at(i)), page);
        row.toggle->setObjectName(QString::fromLatin1(names.at(i)));
        row.value = new QLineEdit(page);
        row.value->setObjectName(QString::fromLatin1(names.at(i) + "-value"));
        row.value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        row.source = new QLabel(page);
        row.source->setObjectName(QString::fromLatin1(names.at(i) + "-source"));
        row.source->setWordWrap(true);
        row.source->setForegroundRole(QPalette::PlaceholderText);
        auto *field = new QVBoxLayout;
        field->setSpacing(1);
        field->addWidget(row.value);
        field->addWidget(row.source);
        grid->addRow(row.toggle, field);
        connect(row.toggle, &QCheckBox::clicked, this, [this, i] { editConditional(i, true); });
        connect(row.value, &QLineEdit::textEdited, this, [this, i] { editConditional(i, false); });
    }
    layout->addLayout(grid);
    auto *fill = new QPushButton(tr("&Fill from last response"), page);
    fill->setObjectName(QStringLiteral("fillConditionals"));
    connect(fill, &QPushButton::clicked, this, &RequestEditor::fillFromLearned);
    auto *row = new QHBoxLayout;
    row->addWidget(fill);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

void RequestEditor::addMultipartRow(const FormPart &part)
{
    const int row = m_multipart->rowCount();
    m_multipart->insertRow(row);
    auto *name = new QTableWidgetItem(part.name);
    name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
    name->setCheckState(part.enabled ? Qt::Checked : Qt::Unchecked);
    m_multipart->setItem(row, PartName, name);
    m_multipart->setItem(row, PartValue, new QTableWidgetItem(part.value));
    auto *file = new QTableWidgetItem;
    file->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    file->setCheckState(part.isFile ? Qt::Checked : Qt::Unchecked);
    m_multipart->setItem(row, PartIsFile, file);
    m_multipart->setItem(row, PartType, new QTableWidgetItem(part.contentType));
}

void RequestEditor::validateJson()
{
    const QString text = m_jsonBody->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_jsonStatus->setText(tr("Empty body."));
        return;
    }
    const QString problem = jsonProblem(text);
    m_jsonStatus->setText(problem.isEmpty() ? tr("✓ Valid JSON") : tr("✗ %1").arg(problem));
}

void RequestEditor::writeAuthHeader()
{
    QList<KeyValueRow> rows = m_headers->rows();
    setHeaderRow(rows,
                 QStringLiteral("Authorization"),
                 m_authMode->currentIndex() == 0
                         ? basicAuthorization(m_authUser->text(), m_authPassword->text())
                         : bearerAuthorization(m_authToken->text()));
    m_headers->setRows(rows);
    updateTabTitles();
    setCurrentIndex(HeadersTab);
}

void RequestEditor::writeLanguageHeader()
{
    QList<KeyValueRow> rows = m_headers->rows();
    setHeaderRow(rows, QStringLiteral("Accept-Language"), interfaceAcceptLanguage());
    m_headers->setRows(rows);
    updateTabTitles();
    setCurrentIndex(HeadersTab);
}

void RequestEditor::fillFromLearned()
{
    if (!m_learned)
        return;
    Composition c;
    c.headers = m_headers->rows();
    c.validatorOrigins = m_origins;
    applyRevalidation(c, *m_learned);
    m_headers->setRows(c.headers);
    m_origins = c.validatorOrigins;
    refreshConditionalTab();
}

// A tick or an edit in the Conditional tab writes the field's header row.
void RequestEditor::editConditional(int field, bool toggled)
{
    Composition c;
    c.headers = m_headers->rows();
    c.validatorOrigins = m_origins;
    const QString value = m_conditional[field].value->text().trimmed();
    if (!toggled && conditionalRow(c, field) < 0)
        return; // a value typed before the tick only waits for it
    const QByteArray offered = !m_learned                               ? QByteArray()
                               : field == ConditionalField::IfNoneMatch ? m_learned->etag
                               : field == ConditionalField::IfModifiedSince
                                       ? m_learned->lastModified
                                       : QByteArray();
    const ValidatorOrigin origin = !offered.isEmpty() && value.toLatin1() == offered
                                           ? ValidatorOrigin{ValidatorOrigin::Kind::Response,
                                                             m_learned->historyId}
                                           : ValidatorOrigin{ValidatorOrigin::Kind::Typed, 0};
    const bool enabled = toggled ? m_conditional[field].toggle->isChecked()
                                 : conditionalEnabled(c, field);
    setConditional(c, field, value, enabled, origin);
    m_headers->setRows(c.headers);
    m_origins = c.validatorOrigins;
    refreshConditionalTab();
}

void RequestEditor::refreshConditionalTab()
{
    Composition c;
    c.headers = m_headers->rows();
    c.validatorOrigins = m_origins;
    for (int i = 0; i < ConditionalField::Count; ++i) {
        ConditionalRow &row = m_conditional[i];
        row.toggle->setChecked(conditionalEnabled(c, i));
        const QByteArray offered = !m_learned ? QByteArray()
                                   : i == 0   ? m_learned->etag
                                   : i == 1   ? m_learned->lastModified
                                              : QByteArray();
        if (conditionalRow(c, i) >= 0) {
            if (row.value->text() != conditionalValue(c, i))
                row.value->setText(conditionalValue(c, i));
        } else if (!offered.isEmpty()) {
            row.value->setText(QString::fromLatin1(offered));
        }
        row.source->setText(conditionalSourceText(c, i, m_learned));
    }
    updateTabTitles();
}

void RequestEditor::setLearnedValidators(const std::optional<LearnedValidators> &validators)
{
    const bool changed = validators.has_value() != m_learned.has_value()
                         || (validators && m_learned
                             && (validators->historyId != m_learned->historyId
                                 || validators->etag != m_learned->etag
                                 || validators->lastModified != m_learned->lastModified));
    m_learned = validators;
    if (changed) {
        // Another resource: a value offered for the previous one is not offered for this one.
        Composition c;
        c.headers = m_headers->rows();
        for (int i = 0; i < ConditionalField::Count; ++i) {
            if (conditionalRow(c, i) < 0)
                m_conditional[i].value->clear();
        }
    }
    // Offer the values without switching anything on: the toggles stay the user's.
    refreshConditionalTab();
}

void RequestEditor::setHeaderRows(const QList<KeyValueRow> &rows, const ValidatorOrigins &origins)
{
    m_headers->setRows(rows);
    m_origins = origins;
    refreshConditionalTab();
}

void RequestEditor::setHeaderNames(const QStringList &names)
{
    m_headers->setNameCompletions(names);
}

void RequestEditor::setUrlForParams(const QString &url)
{
    m_updatingParams = true;
    m_params->setRows(queryRows(url));
    m_updatingParams = false;
    updateTabTitles();
}

Composition RequestEditor::composition() const
{
    Composition c;
    c.headers = m_headers->rows();
    c.bodyMode = BodyMode(m_bodyMode->currentIndex());
    c.rawBody = m_rawBody->toPlainText();
    // Edited, the body is no longer the file's.
    if (c.rawBody == m_loadedRawBody)
        c.rawBodyFile = m_rawBodyFile;
    c.rawContentType = m_rawType->currentText();
    c.jsonBody = m_jsonBody->toPlainText();
    c.formFields = m_form->rows();
    for (int r = 0; r < m_multipart->rowCount(); ++r) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_multipart->item(r, column);
            return item ? item->text() : QString();
        };
        const QTableWidgetItem *name = m_multipart->item(r, PartName);
        const QTableWidgetItem *file = m_multipart->item(r, PartIsFile);
        c.multipart.append({name && name->checkState() == Qt::Checked,
                            text(PartName),
                            text(PartValue),
                            file && file->checkState() == Qt::Checked,
                            text(PartType)});
    }
    c.validatorOrigins = m_origins;
    c.followRedirects = m_follow->isChecked();
    c.maxRedirects = m_maxRedirects->value();
    c.httpVersion = HttpVersion(m_version->currentIndex());
    c.timeoutSeconds = m_timeout->value();
    c.downloadLimitMiB = m_downloadLimit->value();
    c.verifyTls = m_verifyTls->isChecked();
    c.decompress = m_decompress->isChecked();
    c.useCookieJar = m_cookieJar->isChecked();
    c.resolve = m_resolve->text();
    return c;
}

void RequestEditor::setComposition(const Composition &c)
{
    setUrlForParams(c.url);
    m_headers->setRows(c.headers);
    m_bodyMode->setCurrentIndex(int(c.bodyMode));
    m_bodyStack->setCurrentIndex(int(c.bodyMode));
    m_rawBody->setPlainText(c.rawBody);
    m_loadedRawBody = c.rawBody;
    m_rawBodyFile = c.rawBodyFile;
    m_rawType->setCurrentText(c.rawContentType);
    m_jsonBody->setPlainText(c.jsonBody);
    m_form->setRows(c.formFields);
    m_multipart->setRowCount(0);
    for (const FormPart &part : c.multipart)
        addMultipartRow(part);
    m_origins = c.validatorOrigins;
    for (ConditionalRow &row : m_conditional)
        row.value->clear();
    m_follow->setChecked(c.followRedirects);
    m_maxRedirects->setValue(c.maxRedirects);
    m_maxRedirects->setEnabled(c.followRedirects);
    m_version->setCurrentIndex(int(c.httpVersion));
    m_timeout->setValue(c.timeoutSeconds);
    m_downloadLimit->setValue(c.downloadLimitMiB);
    m_verifyTls->setChecked(c.verifyTls);
    m_decompress->setChecked(c.decompress);
    m_cookieJar->setChecked(c.useCookieJar);
    m_resolve->setText(c.resolve);
    validateJson();
    refreshConditionalTab();
}

void RequestEditor::updateTabTitles()
{
    // Counts in the tab titles show what is active without opening each tab.
    auto countEnabled = [](const QList<KeyValueRow> &rows) {
        return std::count_if(rows.cbegin(), rows.cend(), [](const KeyValueRow &row) {
            return row.enabled;
        });
    };
    const auto params = countEnabled(m_params->rows());
    const auto headers = countEnabled(m_headers->rows());
    int conditionals = 0;
    for (const ConditionalRow &row : m_conditional)
        conditionals += row.toggle->isChecked() ? 1 : 0;
    setTabText(ParamsTab, params ? tr("Params (%1)").arg(params) : tr("Params"));
    setTabText(HeadersTab,
               headers ? tr("Request headers (%1)").arg(headers) : tr("Request headers"));
    setTabText(BodyTab, m_bodyMode->currentIndex() ? tr("Body •") : tr("Body"));
    setTabText(ConditionalTab,
               conditionals ? tr("Conditional (%1)").arg(conditionals) : tr("Conditional"));
}

} // namespace HttpLens
