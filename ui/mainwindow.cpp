#include "mainwindow.h"

#include "compareview.h"
#include "historypanel.h"
#include "interopdialogs.h"
#include "requesteditor.h"
#include "responseview.h"

#include "cookies/cookiejar.h"
#include "http/engine.h"
#include "inspector/conditionalrows.h"
#include "inspector/environments.h"
#include "inspector/history.h"
#include "inspector/walkthrough.h"
#include "interop/curlcommand.h"
#include "interop/har.h"
#include "interop/harreader.h"
#include "knowledge/headercatalogue.h"
#include "practice/practiceserver.h"
#include "store/datafiles.h"
#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace HttpLens {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_s(services)
{
    setWindowTitle(tr("HTTP Lens"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    buildNotice(central, layout);
    buildWalkthrough(central, layout);
    buildRequestBar(central, layout);

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_historyPanel = new HistoryPanel(m_s.history, m_mainSplitter);
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_editor = new RequestEditor(m_rightSplitter);
    m_response = new ResponseView(m_s.statuses, m_s.headers, m_s.jar, m_rightSplitter);
    m_rightSplitter->setStretchFactor(0, 2);
    m_rightSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setSizes({330, 900});
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);
    m_compare = new CompareView(this);

    if (m_s.headers) {
        QStringList names;
        for (const QByteArray &name : m_s.headers->names())
            names << QString::fromLatin1(name);
        names.sort(Qt::CaseInsensitive);
        m_editor->setHeaderNames(names);
    }

    buildMenus();
    if (m_s.practice && m_s.practice->port())
        statusBar()->addPermanentWidget(
                new QLabel(tr("Practice server: %1").arg(practiceUrl(QStringLiteral("/"))), this));

    connect(m_editor, &RequestEditor::paramsEdited, this, [this](const QList<KeyValueRow> &rows) {
        m_url->setText(urlWithQueryRows(m_url->text(), rows));
        refreshLearnedValidators();
    });
    connect(m_historyPanel, &HistoryPanel::entryActivated, this, &MainWindow::showHistoryEntry);
    connect(m_historyPanel, &HistoryPanel::compareRequested, this, &MainWindow::compare);
    connect(m_historyPanel->view(), &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (const History::Entry *entry = m_s.history->find(i.data(History::IdRole).toULongLong()))
            setComposition(entry->composition);
    });
    connect(m_s.history, &History::added, this, [this] {
        m_urlCompletions->setStringList(m_s.history->recentUrls());
    });
    connect(m_s.walkthrough, &Walkthrough::stepChanged, this, &MainWindow::updateWalkthrough);
    if (m_s.workspace) {
        connect(m_s.workspace, &Workspace::problem, this, &MainWindow::showNotice);
        connect(m_s.workspace,
                &Workspace::environmentsChanged,
                this,
                &MainWindow::refreshEnvironments);
    }
    m_urlCompletions->setStringList(m_s.history->recentUrls());
    refreshEnvironments();

    restoreSession();
    setSending(false);
    updateWalkthrough();
}

MainWindow::~MainWindow()
{
    if (m_transfer)
        delete m_transfer.data(); // cancels quietly
}

QString MainWindow::practiceUrl(const QString &path) const
{
    return m_s.practice ? m_s.practice->url(path) : QString();
}

void MainWindow::buildWalkthrough(QWidget *parent, QVBoxLayout *layout)
{
    m_tour = new QFrame(parent);
    m_tour->setObjectName(QStringLiteral("walkthroughPanel"));
    m_tour->setFrameShape(QFrame::StyledPanel);
    m_tour->setAutoFillBackground(true);
    QPalette pal = m_tour->palette();
    pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
    m_tour->setPalette(pal);
    auto *row = new QHBoxLayout(m_tour);
    auto *texts = new QVBoxLayout;
    m_tourTitle = new QLabel(m_tour);
    QFont bold = m_tourTitle->font();
    bold.setBold(true);
    m_tourTitle->setFont(bold);
    m_tourText = new QLabel(m_tour);
    m_tourText->setObjectName(QStringLiteral("walkthroughText"));
    m_tourText->setWordWrap(true);
    texts->addWidget(m_tourTitle);
    texts->addWidget(m_tourText);
    auto *restart = new QPushButton(tr("Start over"), m_tour);
    auto *hide = new QPushButton(tr("Hide"), m_tour);
    hide->setToolTip(tr("Reopen it from the Help menu."));
    row->addLayout(texts, 1);
    row->addWidget(restart, 0, Qt::AlignTop);
    row->addWidget(hide, 0, Qt::AlignTop);
    layout->addWidget(m_tour);
    connect(hide, &QPushButton::clicked, this, [this] { showWalkthrough(false); });
    connect(restart, &QPushButton::clicked, this, [this] {
        m_s.walkthrough->restart();
        Composition c = composition();
        moveToUrl(c, practiceUrl(QStringLiteral("/lab/welcome")));
        c.method = QStringLiteral("GET");
        setComposition(c);
    });
}

void MainWindow::buildRequestBar(QWidget *parent, QVBoxLayout *layout)
{
    auto *bar = new QHBoxLayout;
    m_method = new QComboBox(parent);
    m_method->setObjectName(QStringLiteral("methodBox"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"),
                        QStringLiteral("POST"),
                        QStringLiteral("PUT"),
                        QStringLiteral("PATCH"),
                        QStringLiteral("DELETE"),
                        QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    m_method->setMinimumContentsLength(8);
    m_method->setToolTip(tr("Method: pick one or type any token"));
    m_url = new QLineEdit(parent);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(tr("URL, for example %1").arg(practiceUrl(QStringLiteral("/get"))));
    m_url->setClearButtonEnabled(true);
    m_urlCompletions = new QStringListModel(this);
    auto *completer = new QCompleter(m_urlCompletions, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_url->setCompleter(completer);
    m_sendButton = new QPushButton(tr("&Send"), parent);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the request (Ctrl+Enter)"));
    m_sendButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), parent);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop the transfer (Esc)"));
    m_environment = new QComboBox(parent);
    m_environment->setObjectName(QStringLiteral("environmentBox"));
    m_environment->setToolTip(tr("Environment: fills {{name}} in the URL, headers and body"));
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_method);
    bar->addWidget(m_url, 1);
    bar->addWidget(m_environment);
    bar->addWidget(m_sendButton);
    bar->addWidget(m_cancelButton);
    layout->addLayout(bar);
    connect(m_sendButton, &QPushButton::clicked, this, qOverload<>(&MainWindow::send));
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_url, &QLineEdit::returnPressed, this, qOverload<>(&MainWindow::send));
    connect(m_url, &QLineEdit::textEdited, this, &MainWindow::onUrlEdited);
    // A curl command pasted into the URL field becomes the request.
    m_url->installEventFilter(this);
    connect(m_environment, &QComboBox::activated, this, [this](int index) {
        if (m_s.workspace)
            m_s.workspace->setActiveEnvironment(m_environment->itemData(index).toString());
    });
    setTabOrder(m_method, m_url);
    setTabOrder(m_url, m_sendButton);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newRequest = file->addAction(tr("&New request"), this, [this] {
        Composition c;
        c.url = practiceUrl(QStringLiteral("/get"));
        setComposition(c);
        m_response->clear();
        m_url->setFocus();
    });
    newRequest->setShortcut(QKeySequence::New);
    buildFileMenu(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *request = menuBar()->addMenu(tr("&Request"));
    m_sendAction = request->addAction(tr("&Send"), this, qOverload<>(&MainWindow::send));
    m_sendAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_cancelAction = request->addAction(tr("&Cancel"), this, &MainWindow::cancel);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    QAction *replay = request->addAction(tr("&Replay conditionally"),
                                         this,
                                         &MainWindow::replayConditionally);
    replay->setObjectName(QStringLiteral("replayAction"));
    replay->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    replay->setToolTip(tr("Send the request again with If-None-Match and If-Modified-Since "
                          "from the last response to this URL"));
    request->addSeparator();
    QAction *copyCurl = request->addAction(tr("Copy as c&url"), this, [this] {
        const QString command = curlForCurrentRequest();
        if (!command.isEmpty()) {
            QApplication::clipboard()->setText(command);
            statusBar()->showMessage(tr("The curl command is on the clipboard."), 5000);
        }
    });
    copyCurl->setObjectName(QStringLiteral("copyCurlAction"));
    copyCurl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    request->addAction(tr("Copy as c&ode…"), this, [this] {
        const BuiltRequest built = currentRequest(false);
        if (!built.errors.isEmpty()) {
            m_response->showProblems(built.errors);
            return;
        }
        SnippetDialog dialog(built.request, SnippetLanguage::PythonRequests, this);
        dialog.exec();
    });
    request->addAction(tr("&Environments…"), this, [this] {
        if (!m_s.workspace)
            return;
        EnvironmentsDialog dialog(m_s.workspace->environments(), this);
        if (dialog.exec() == QDialog::Accepted) {
            Environments environments = dialog.environments();
            environments.active = m_s.workspace->environments().active;
            m_s.workspace->setEnvironments(environments);
        }
    });
    request->addSeparator();
    QAction *focusUrl = request->addAction(tr("Go to &URL"), m_url, [this] {
        m_url->setFocus();
        m_url->selectAll();
    });
    focusUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *clearHistory = request->addAction(tr("Clear &history"), this, [this] {
        m_s.history->clear();
        m_response->clear();
        refreshLearnedValidators();
    });
    Q_UNUSED(clearHistory)

    QMenu *practice = menuBar()->addMenu(tr("&Practice"));
    QAction *change = practice->addAction(tr("&Change the lab document"),
                                          this,
                                          &MainWindow::changeLabDocument);
    change->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    practice->addAction(tr("Open the &lab document"), this, [this] {
        Composition c = composition();
        c.method = QStringLiteral("GET");
        c.url = practiceUrl(QStringLiteral("/lab/welcome"));
        setComposition(c);
    });
    practice->addAction(tr("List the practice &endpoints"), this, [this] {
        Composition c = composition();
        c.method = QStringLiteral("GET");
        c.url = practiceUrl(QStringLiteral("/"));
        setComposition(c);
        send();
    });
    practice->setEnabled(m_s.practice != nullptr);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_tourAction = help->addAction(tr("&Walkthrough: 200 vs 304"), this, [this] {
        showWalkthrough(true);
    });
    m_tourAction->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About HTTP Lens"), this, [this] {
        QMessageBox::about(this,
                           tr("About HTTP Lens"),
                           tr("<h3>HTTP Lens %1</h3><p>An HTTP request inspector: the exact "
                              "bytes, the timings, and what they mean.</p>")
                                   .arg(QStringLiteral(HTTPLENS_VERSION)));
    });
}

Composition MainWindow::composition() const
{
    Composition c = m_editor->composition();
    c.method = m_method->currentText().trimmed();
    c.url = m_url->text().trimmed();
    return c;
}

void MainWindow::setComposition(const Composition &c)
{
    m_method->setCurrentText(c.method);
    m_url->setText(c.url);
    m_urlLength = c.url.size();
    m_editor->setComposition(c);
    refreshLearnedValidators();
}

void MainWindow::onUrlEdited(const QString &text)
{
    // A curl command that arrived in one edit (pasted from the context menu, dropped) is
    // imported as the Paste key imports it; typing one character at a time is left alone.
    const qsizetype grew = text.size() - m_urlLength;
    m_urlLength = text.size();
    if (grew > 5 && looksLikeCurlCommand(text)) {
        importCurl(text);
        return;
    }
    m_editor->setUrlForParams(text);
    refreshLearnedValidators();
}

void MainWindow::refreshLearnedValidators()
{
    m_editor->setLearnedValidators(m_s.history->latestValidators(m_url->text()));
}

void MainWindow::setSending(bool sending)
{
    m_cancelButton->setEnabled(sending);
    m_cancelAction->setEnabled(sending);
    m_sendButton->setEnabled(!sending);
    m_sendAction->setEnabled(!sending);
}

void MainWindow::send()
{
    const Composition c = composition();
    if (looksLikeCurlCommand(c.url)) {
        importCurl(c.url);
        return;
    }
    send(c);
}

void MainWindow::send(const Composition &c)
{
    if (m_transfer)
        return;
    const BuiltRequest built = requestFor(c, true);
    if (!built.errors.isEmpty()) {
        m_response->showProblems(built.errors);
        return;
    }
    m_sentComposition = c;
    m_response->showSending(c.url);
    m_sendClock.start();
    m_transfer = m_s.engine->send(built.request);
    m_transfer->setParent(this); // the window owns what it started
    connect(m_transfer, &Transfer::progress, this, [this](qint64 received, qint64 expected) {
        m_response->showProgress(received, expected, m_sendClock.elapsed());
    });
    Transfer *transfer = m_transfer;
    connect(m_transfer, &Transfer::finished, this, [this, transfer] { onFinished(transfer); });
    setSending(true);
}

void MainWindow::cancel()
{
    if (m_transfer)
        m_transfer->cancel();
}

void MainWindow::onFinished(Transfer *transfer)
{
    Exchange exchange = transfer->exchange();
    transfer->deleteLater();
    m_transfer.clear();
    setSending(false);
    if (m_sentComposition.useCookieJar && !exchange.error.isError())
        m_s.jar->setFromNetscapeLines(exchange.cookies);
    m_s.walkthrough->observe(exchange);
    const quint64 id = m_s.history->add(std::move(exchange), m_sentComposition);
    showHistoryEntry(id);
    m_historyPanel->select(id);
    refreshLearnedValidators();
    saveSession();
}

void MainWindow::showHistoryEntry(quint64 id)
{
    if (id == m_shownId && m_s.history->find(id))
        return;
    const History::Entry *entry = m_s.history->find(id);
    if (!entry)
        return;
    m_shownId = id;
    m_response->showEntry(id, entry->exchange);
    emit exchangeShown(id);
}

void MainWindow::replayConditionally()
{
    const std::optional<LearnedValidators> learned = m_s.history->latestValidators(m_url->text());
    if (!learned) {
        m_response->showProblems(
                {tr("No response to this URL has carried an ETag or Last-Modified yet, so "
                    "there is nothing to revalidate with. Send it once first.")});
        return;
    }
    // One send with the validators: the editor keeps what it had.
    Composition c = composition();
    applyRevalidation(c, *learned);
    send(c);
}

void MainWindow::changeLabDocument()
{
    if (!m_s.practice)
        return;
    QByteArray name = "welcome";
    const QString path = QUrl(m_url->text()).path();
    if (path.startsWith(QLatin1String("/lab/")) && path.size() > 5)
        name = path.mid(5).toUtf8();
    const Practice::Lab::Document &before = m_s.practice->lab().document(name);
    const int version = before.version + 1;
    QByteArray content = before.content;
    content += tr("Edit %1 at %2.")
                       .arg(version)
                       .arg(QTime::currentTime().toString(Qt::ISODate))
                       .toUtf8()
               + '\n';
    m_s.practice->lab().edit(name, content);
    m_s.walkthrough->documentChanged();
    statusBar()->showMessage(tr("The lab document \"%1\" changed: it has a new ETag and "
                                "Last-Modified now.")
                                     .arg(QString::fromUtf8(name)),
                             8000);
}

void MainWindow::compare(quint64 left, quint64 right)
{
    const History::Entry *a = m_s.history->find(left);
    const History::Entry *b = m_s.history->find(right);
    if (!a || !b)
        return;
    m_compare->compare(left, *a->exchange, right, *b->exchange);
    m_compare->show();
    m_compare->raise();
}

void MainWindow::showWalkthrough(bool visible)
{
    m_tour->setVisible(visible);
    QSettings().setValue(QStringLiteral("walkthrough/hidden"), !visible);
}

void MainWindow::updateWalkthrough()
{
    const Walkthrough::Step step = m_s.walkthrough->step();
    m_tourTitle->setText(tr("Walkthrough: 200 vs 304") + QStringLiteral(" — ")
                         + Walkthrough::title(step));
    m_tourText->setText(Walkthrough::text(step));
}

void MainWindow::restoreSession()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_mainSplitter->restoreState(
            settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_rightSplitter->restoreState(
            settings.value(QStringLiteral("window/rightSplitter")).toByteArray());
    const QByteArray saved = settings.value(QStringLiteral("session/lastRequest")).toByteArray();
    const QJsonDocument document = QJsonDocument::fromJson(saved);
    if (document.isObject()) {
        setComposition(compositionFromJson(document.object()));
    } else {
        // First run: the lab document of the practice server and the walkthrough.
        Composition c;
        c.url = practiceUrl(QStringLiteral("/lab/welcome"));
        setComposition(c);
    }
    m_tour->setVisible(!settings.value(QStringLiteral("walkthrough/hidden"), false).toBool());
    if (size().width() < 400)
        resize(1280, 820);
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/rightSplitter"), m_rightSplitter->saveState());
    settings.setValue(QStringLiteral("session/lastRequest"),
                      QJsonDocument(compositionToJson(composition())).toJson(QJsonDocument::Compact));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::buildNotice(QWidget *parent, QVBoxLayout *layout)
{
    m_notice = new QFrame(parent);
    m_notice->setObjectName(QStringLiteral("noticePanel"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(m_notice);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_notice);
    row->addWidget(m_noticeText, 1);
    row->addWidget(dismiss, 0, Qt::AlignTop);
    layout->addWidget(m_notice);
    m_notice->hide();
    connect(dismiss, &QPushButton::clicked, m_notice, [this] {
        m_noticeText->clear();
        m_notice->hide();
    });
}

void MainWindow::showNotice(const QString &text)
{
    const QString shown = m_noticeText->text();
    m_noticeText->setText(shown.isEmpty() ? text : shown + QLatin1Char('\n') + text);
    m_notice->show();
}

void MainWindow::buildFileMenu(QMenu *file)
{
    file->addSeparator();
    QAction *importCurlAction = file->addAction(tr("Import &curl command…"), this, [this] {
        CurlImportDialog dialog(this);
        const QString clip = QApplication::clipboard()->text();
        if (looksLikeCurlCommand(clip))
            dialog.setText(clip);
        if (dialog.exec() == QDialog::Accepted) {
            const ImportedComposition imported = dialog.imported();
            setComposition(imported.composition);
            if (!imported.notes.isEmpty())
                statusBar()->showMessage(imported.notes.join(QLatin1Char(' ')), 15000);
        }
    });
    importCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    QAction *open = file->addAction(tr("&Open .http file…"), this, [this] {
        const QString path
                = QFileDialog::getOpenFileName(this,
                                               tr("Open .http file"),
                                               QString(),
                                               tr("HTTP requests (*.http *.rest);;All files (*)"));
        if (!path.isEmpty())
            openHttpFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save request to .http file…"), this, [this] {
        QFileDialog dialog(this, tr("Save request to .http file"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setOption(QFileDialog::DontConfirmOverwrite); // the request is added, not replacing
        dialog.setNameFilter(tr("HTTP requests (*.http *.rest)"));
        dialog.setDefaultSuffix(QStringLiteral("http"));
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return;
        const QString name = QUrl(m_url->text()).path().section(QLatin1Char('/'), -1);
        saveRequestToHttpFile(dialog.selectedFiles().first(), name);
    });
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    file->addAction(tr("Import &HAR…"), this, [this] {
        const QString path
                = QFileDialog::getOpenFileName(this,
                                               tr("Import HAR"),
                                               QString(),
                                               tr("HAR files (*.har *.json);;All files (*)"));
        if (!path.isEmpty())
            importHar(path);
    });
    auto exportAction = [this](bool selectedOnly) {
        const QList<quint64> ids = selectedOnly ? selectedHistoryIds() : QList<quint64>();
        if (selectedOnly && ids.isEmpty()) {
            statusBar()->showMessage(tr("Select exchanges in the history first."), 5000);
            return;
        }
        QMessageBox ask(QMessageBox::Question,
                        tr("Export HAR"),
                        tr("HAR files are often shared. HTTP Lens masks Authorization, cookie "
                           "values and token-like parameters unless you keep them. Bodies are "
                           "exported as they are."),
                        QMessageBox::Cancel,
                        this);
        QPushButton *masked = ask.addButton(tr("Export with secrets masked"),
                                            QMessageBox::AcceptRole);
        QPushButton *keep = ask.addButton(tr("Keep secrets"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(masked);
        ask.exec();
        if (ask.clickedButton() != masked && ask.clickedButton() != keep)
            return;
        const QString path = QFileDialog::getSaveFileName(this,
                                                          tr("Export HAR"),
                                                          QStringLiteral("httplens.har"),
                                                          tr("HAR files (*.har)"));
        if (!path.isEmpty())
            exportHar(path, ids, ask.clickedButton() == keep);
    };
    file->addAction(tr("&Export history as HAR…"), this, [exportAction] { exportAction(false); });
    file->addAction(tr("Export &selected exchanges as HAR…"), this, [exportAction] {
        exportAction(true);
    });
    file->addSeparator();
    file->addAction(tr("Import cookies.&txt…"), this, [this] {
        const QString path
                = QFileDialog::getOpenFileName(this,
                                               tr("Import cookies"),
                                               QString(),
                                               tr("Netscape cookie files (*.txt);;All files (*)"));
        if (!path.isEmpty())
            importCookies(path);
    });
    file->addAction(tr("Export cookies.t&xt…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this,
                                                          tr("Export cookies"),
                                                          QStringLiteral("cookies.txt"),
                                                          tr("Netscape cookie files (*.txt)"));
        if (!path.isEmpty())
            exportCookies(path);
    });
}

void MainWindow::refreshEnvironments()
{
    m_environment->clear();
    m_environment->addItem(tr("No environment"), QString());
    if (!m_s.workspace) {
        m_environment->setEnabled(false);
        return;
    }
    const Environments &environments = m_s.workspace->environments();
    for (const Environment &environment : environments.list)
        m_environment->addItem(environment.name, environment.name);
    m_environment->setCurrentIndex(qMax(0, m_environment->findData(environments.active)));
}

BuiltRequest MainWindow::currentRequest(bool withJar) const
{
    return requestFor(composition(), withJar);
}

BuiltRequest MainWindow::requestFor(const Composition &c, bool withJar) const
{
    QStringList unknown;
    const Variables variables = m_s.workspace ? m_s.workspace->environments().activeVariables()
                                              : Variables();
    const Composition filled = substituteComposition(c, variables, &unknown);
    BuiltRequest built = buildRequest(filled,
                                      withJar ? m_s.jar->toNetscapeLines() : QList<QByteArray>());
    // Written out for another tool, the jar's cookies for this URL become a literal Cookie
    // value (curl -b 'a=1; b=2'), so the copy sends what Send would.
    if (!withJar && filled.useCookieJar) {
        bool hasCookieRow = false;
        for (const HeaderLine &line : std::as_const(built.request.headers))
            hasCookieRow = hasCookieRow || line.name.compare("Cookie", Qt::CaseInsensitive) == 0;
        if (!hasCookieRow)
            built.request.cookie = cookieHeaderFor(m_s.jar->cookies(),
                                                   QUrl(built.request.url),
                                                   QDateTime::currentSecsSinceEpoch());
    }
    for (const QString &name : std::as_const(unknown))
        built.errors.prepend(tr("{{%1}} has no value in the environment \"%2\". Choose an "
                                "environment next to the URL or add the variable (Request, "
                                "Environments).")
                                     .arg(name, m_environment->currentText()));
    return built;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_url && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString clip = QApplication::clipboard()->text();
        if (looksLikeCurlCommand(clip)) {
            importCurl(clip);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::importCurl(const QString &text)
{
    const CurlImport import = importCurlCommand(text);
    if (!import.ok) {
        m_response->showProblems({tr("This curl command cannot be imported: %1").arg(import.error)});
        return false;
    }
    const ImportedComposition imported = compositionFromRequest(import.command.requests.first());
    setComposition(imported.composition);
    QStringList notes = import.notes + imported.notes;
    if (import.command.requests.size() > 1)
        notes.prepend(
                tr("Only the first of %1 URLs was opened.").arg(import.command.requests.size()));
    statusBar()->showMessage(notes.isEmpty() ? tr("The curl command is in the editor; Send it "
                                                  "with Ctrl+Enter.")
                                             : notes.join(QLatin1Char(' ')),
                             15000);
    return true;
}

QString MainWindow::curlForCurrentRequest() const
{
    const BuiltRequest built = currentRequest(false);
    if (!built.errors.isEmpty()) {
        m_response->showProblems(built.errors);
        return {};
    }
    return curlCommandLine(built.request);
}

bool MainWindow::openHttpFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showNotice(tr("Cannot open %1: %2.").arg(path, file.errorString()));
        return false;
    }
    m_httpFilePath = path;
    m_httpFile = parseHttpFile(QString::fromUtf8(file.readAll()));
    if (m_httpFile.requests.isEmpty()) {
        showNotice(tr("%1 holds no request.").arg(path));
        return false;
    }
    if (!m_httpFileDialog) {
        m_httpFileDialog = new HttpFileDialog(this);
        connect(m_httpFileDialog, &HttpFileDialog::openRequested, this, [this](int index) {
            loadHttpFileRequest(index, false);
        });
        connect(m_httpFileDialog, &HttpFileDialog::sendRequested, this, [this](int index) {
            loadHttpFileRequest(index, true);
        });
    }
    m_httpFileDialog->setFile(path, m_httpFile);
    m_httpFileDialog->show();
    m_httpFileDialog->raise();
    return true;
}

bool MainWindow::loadHttpFileRequest(int index, bool sendNow)
{
    const Variables variables = m_s.workspace ? m_s.workspace->environments().activeVariables()
                                              : Variables();
    const ResolvedHttpRequest resolved = resolveHttpRequest(m_httpFile,
                                                            index,
                                                            variables,
                                                            QFileInfo(m_httpFilePath).absolutePath());
    if (!resolved.errors.isEmpty()) {
        m_response->showProblems(resolved.errors);
        return false;
    }
    const ImportedComposition imported = compositionFromRequest(resolved.request);
    setComposition(imported.composition);
    if (sendNow)
        send();
    return true;
}

bool MainWindow::saveRequestToHttpFile(const QString &path, const QString &name)
{
    // The composition as written, {{variables}} kept, so the file works in any environment.
    const BuiltRequest built = buildRequest(composition());
    QString existing;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            showNotice(tr("Cannot read %1: %2.").arg(path, file.errorString()));
            return false;
        }
        existing = QString::fromUtf8(file.readAll());
        file.close();
    }
    const QString text = appendHttpFileRequest(existing, httpFileRequestFrom(built.request, name));
    QString error;
    if (!writeFileAtomically(path, text.toUtf8(), FileSecrecy::Public, &error)) {
        showNotice(error);
        return false;
    }
    statusBar()->showMessage(tr("The request was added to %1.").arg(path), 8000);
    return true;
}

int MainWindow::importHar(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showNotice(tr("Cannot open %1: %2.").arg(path, file.errorString()));
        return -1;
    }
    HarReadResult read = readHar(file.readAll());
    if (!read.ok) {
        showNotice(tr("%1 cannot be imported: %2").arg(path, read.error));
        return -1;
    }
    quint64 last = 0;
    for (Exchange &exchange : read.exchanges) {
        const Composition composition = compositionFromRequest(exchange.request).composition;
        last = m_s.history->add(std::move(exchange), composition);
    }
    if (last) {
        showHistoryEntry(last);
        m_historyPanel->select(last);
    }
    statusBar()->showMessage(tr("%n exchange(s) imported into the history; double-click one to "
                                "send it again.",
                                nullptr,
                                int(read.exchanges.size())),
                             10000);
    return int(read.exchanges.size());
}

bool MainWindow::exportHar(const QString &path, const QList<quint64> &ids, bool keepSecrets)
{
    QList<const Exchange *> exchanges;
    for (int row = 0; row < m_s.history->size(); ++row) {
        const History::Entry &entry = m_s.history->at(row);
        if (ids.isEmpty() || ids.contains(entry.id))
            exchanges.append(entry.exchange.get());
    }
    HarOptions options;
    options.maskSecrets = !keepSecrets;
    QString error;
    if (!writeFileAtomically(path,
                             QJsonDocument(harLog(exchanges, options)).toJson(),
                             keepSecrets ? FileSecrecy::Secret : FileSecrecy::Public,
                             &error)) {
        showNotice(error);
        return false;
    }
    statusBar()->showMessage(keepSecrets ? tr("%n exchange(s) exported to %1, secrets kept.",
                                              nullptr,
                                              int(exchanges.size()))
                                                   .arg(path)
                                         : tr("%n exchange(s) exported to %1, secrets masked.",
                                              nullptr,
                                              int(exchanges.size()))
                                                   .arg(path),
                             10000);
    return true;
}

int MainWindow::importCookies(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showNotice(tr("Cannot open %1: %2.").arg(path, file.errorString()));
        return -1;
    }
    QList<Cookie> cookies = m_s.jar->cookies();
    int added = 0;
    int skipped = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const std::optional<Cookie> cookie = Cookie::fromNetscapeLine(line);
        if (!cookie) {
            const QByteArray trimmed = line.trimmed();
            if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
                ++skipped;
            continue;
        }
        // A cookie of the same name, domain and path is replaced, as a browser would.
        cookies.removeIf([&cookie](const Cookie &old) {
            return old.name == cookie->name && old.domain == cookie->domain
                   && old.path == cookie->path;
        });
        cookies.append(*cookie);
        ++added;
    }
    m_s.jar->setCookies(cookies);
    QString message = tr("%n cookie(s) imported from %1.", nullptr, added).arg(path);
    if (skipped > 0)
        message += QLatin1Char(' ')
                   + tr("%n line(s) were not cookies.txt lines and were skipped.", nullptr, skipped);
    statusBar()->showMessage(message, 10000);
    return added;
}

bool MainWindow::exportCookies(const QString &path)
{
    QByteArray content = "# Netscape HTTP Cookie File\n# Exported by HTTP Lens.\n\n";
    for (const QByteArray &line : m_s.jar->toNetscapeLines())
        content += line + '\n';
    QString error;
    if (!writeFileAtomically(path, content, FileSecrecy::Secret, &error)) {
        showNotice(error);
        return false;
    }
    statusBar()->showMessage(tr("%n cookie(s) exported to %1.",
                                nullptr,
                                int(m_s.jar->cookies().size()))
                                     .arg(path),
                             8000);
    return true;
}

QList<quint64> MainWindow::selectedHistoryIds() const
{
    QList<quint64> ids;
    for (const QModelIndex &index : m_historyPanel->view()->selectionModel()->selectedRows())
        ids.append(index.data(History::IdRole).toULongLong());
    return ids;
}

} // namespace HttpLens
