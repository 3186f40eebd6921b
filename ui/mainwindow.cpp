#include "mainwindow.h"

#include "cachepage.h"
#include "checkwindow.h"
#include "compareview.h"
#include "historypanel.h"
#include "interopdialogs.h"
#include "mainmenus.h"
#include "noticepanel.h"
#include "requestbar.h"
#include "requesteditor.h"
#include "responseview.h"
#include "walkthroughpanel.h"

#include "inspector/conditionalrows.h"
#include "inspector/history.h"
#include "inspector/inspectorsession.h"
#include "inspector/lessonplayer.h"
#include "inspector/walkthrough.h"
#include "inspector/workspace.h"
#include "interop/curlcommand.h"
#include "interop/interopfiles.h"
#include "knowledge/headercatalogue.h"
#include "practice/practiceserver.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
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
    m_notice = new NoticePanel(central);
    m_tour = new WalkthroughPanel(central);
    m_bar = new RequestBar(central);
    m_bar->setPlaceholderUrl(practiceUrl(QStringLiteral("/get")));
    layout->addWidget(m_tour);
    layout->addWidget(m_bar);

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_historyPanel = new HistoryPanel(m_s.history, m_mainSplitter);
    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_rightSplitter->setChildrenCollapsible(false);
    m_editor = new RequestEditor(m_rightSplitter);
    m_response = new ResponseView(m_s.statuses, m_s.headers, m_s.jar, m_rightSplitter);
    m_cache = new CachePage(
            m_s.session, [this] { return composition(); }, m_response);
    m_cache->setObjectName(QStringLiteral("cachePage"));
    m_response->tabs()->addTab(m_cache, tr("Cache"));
    // What the panes hold never sizes the window: each has a minimum of its own, and when a
    // notice or the window takes height, the response gives it and the editor keeps its size.
    const int line = fontMetrics().lineSpacing();
    m_historyPanel->setMinimumSize(line * 8, line * 6);
    m_editor->setMinimumSize(line * 12, line * 5);
    m_response->setMinimumSize(line * 12, line * 8);
    m_rightSplitter->setStretchFactor(0, 0);
    m_rightSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);
    layout->addWidget(m_mainSplitter, 1);
    // Notices under the panes: when one appears, nothing above it moves, the response's bottom
    // edge makes room.
    layout->addWidget(m_notice);
    setCentralWidget(central);
    m_compare = new CompareView(this);
    m_menus = new MainMenus(this);

    if (m_s.headers) {
        QStringList names;
        for (const QByteArray &name : m_s.headers->names())
            names << QString::fromLatin1(name);
        names.sort(Qt::CaseInsensitive);
        m_editor->setHeaderNames(names);
    }
    if (m_s.practice && m_s.practice->port())
        statusBar()->addPermanentWidget(
                new QLabel(tr("Practice server: %1").arg(practiceUrl(QStringLiteral("/"))), this));

    connectSession();
    setUpCapture();
    restoreSession();
    setSending(false);
    updateWalkthrough();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectSession()
{
    InspectorSession *session = m_s.session;
    connect(m_bar, &RequestBar::sendRequested, this, &MainWindow::send);
    connect(m_bar, &RequestBar::cancelRequested, this, &MainWindow::cancel);
    connect(m_bar, &RequestBar::urlEdited, this, &MainWindow::onUrlEdited);
    connect(m_bar, &RequestBar::curlPasted, this, &MainWindow::importCurl);
    connect(m_bar, &RequestBar::environmentChosen, this, [this](const QString &name) {
        if (m_s.workspace)
            m_s.workspace->setActiveEnvironment(name);
    });
    connect(m_editor, &RequestEditor::paramsEdited, this, [this](const QList<KeyValueRow> &rows) {
        m_bar->setUrl(urlWithQueryRows(m_bar->url(), rows));
        onUrlEdited(m_bar->url());
    });
    connect(m_tour, &WalkthroughPanel::hideRequested, this, [this] {
        if (m_s.lessons)
            m_s.lessons->stop();
        showWalkthrough(false);
    });
    connect(m_tour, &WalkthroughPanel::foldedChanged, this, &MainWindow::setWalkthroughFolded);
    connect(m_tour, &WalkthroughPanel::restartRequested, this, [this] {
        if (m_s.lessons && m_s.lessons->current() >= 0)
            m_s.lessons->open(m_s.lessons->current(), true);
        else
            restartWalkthrough();
    });
    if (m_s.lessons)
        connect(m_s.lessons, &LessonPlayer::stepChanged, this, &MainWindow::updateLesson);
    connect(m_historyPanel, &HistoryPanel::entryActivated, this, &MainWindow::showHistoryEntry);
    connect(m_historyPanel, &HistoryPanel::compareRequested, this, &MainWindow::compare);
    connect(m_historyPanel, &HistoryPanel::editRequested, this, [this](quint64 id) {
        if (m_s.history->find(id))
            setComposition(m_s.history->composition(id));
    });
    connect(m_s.history, &History::added, this, [this] {
        m_bar->setCompletions(m_s.history->recentUrls());
    });
    connect(m_s.walkthrough, &Walkthrough::stepChanged, this, &MainWindow::updateWalkthrough);
    if (m_s.workspace) {
        connect(m_s.workspace, &Workspace::problem, this, &MainWindow::showNotice);
        connect(m_s.workspace,
                &Workspace::environmentsChanged,
                this,
                &MainWindow::refreshEnvironments);
    }
    connect(session, &InspectorSession::sendingChanged, this, &MainWindow::setSending);
    connect(session, &InspectorSession::sendStarted, m_response, &ResponseView::showSending);
    connect(session, &InspectorSession::progress, m_response, &ResponseView::showProgress);
    connect(session, &InspectorSession::notSent, m_response, &ResponseView::showProblems);
    connect(session,
            &InspectorSession::servedFromCache,
            this,
            [this](const QString &, const QString &verdict) {
                showMessage(tr("0 bytes sent, the browser's cache answered. Its decision: %1")
                                    .arg(verdict),
                            15000);
            });
    connect(session, &InspectorSession::sentWithNotes, this, [this](const QStringList &notes) {
        showMessage(notes.join(QLatin1Char(' ')), 15000);
    });
    connect(session, &InspectorSession::recorded, this, [this](quint64 id) {
        showHistoryEntry(id);
        m_historyPanel->select(id);
        refreshLearnedValidators();
        saveSession();
    });
    m_bar->setCompletions(m_s.history->recentUrls());
    refreshEnvironments();
}

QString MainWindow::practiceUrl(const QString &path) const
{
    return m_s.practice ? m_s.practice->url(path) : QString();
}

bool MainWindow::hasPractice() const
{
    return m_s.practice != nullptr;
}

QLineEdit *MainWindow::urlEdit() const
{
    return m_bar->urlEdit();
}

bool MainWindow::isSending() const
{
    return m_s.session->isSending();
}

Composition MainWindow::composition() const
{
    Composition c = m_editor->composition();
    c.method = m_bar->method();
    c.url = m_bar->url();
    return c;
}

void MainWindow::setComposition(const Composition &c)
{
    m_bar->setMethod(c.method);
    m_bar->setUrl(c.url);
    m_composedUrl = c.url;
    m_editor->setComposition(c);
    refreshLearnedValidators();
}

void MainWindow::onUrlEdited(const QString &url)
{
    // The conditional fields belong to the URL they were written for: another resource does
    // not get them.
    Composition c = m_editor->composition();
    c.url = m_composedUrl;
    const QStringList removed = moveToUrl(c, url);
    m_composedUrl = url;
    if (!removed.isEmpty()) {
        m_editor->setHeaderRows(c.headers, c.validatorOrigins);
        showMessage(tr("%n conditional field(s) of the previous URL taken off: %1",
                       nullptr,
                       int(removed.size()))
                            .arg(removed.join(QStringLiteral(", "))));
    }
    m_editor->setUrlForParams(url);
    refreshLearnedValidators();
}

void MainWindow::refreshLearnedValidators()
{
    m_editor->setLearnedValidators(m_s.session->validatorsFor(m_bar->url()));
}

void MainWindow::setSending(bool sending)
{
    m_bar->setSending(sending);
    m_menus->setSending(sending);
}

void MainWindow::send()
{
    // A curl command typed into the URL field is read when it is sent, then sent.
    if (looksLikeCurlCommand(m_bar->url()) && !readCurlCommand(m_bar->url(), true))
        return;
    m_s.session->send(composition());
}

void MainWindow::sendAsBrowser()
{
    m_response->tabs()->setCurrentWidget(m_cache);
    m_cache->sendAsBrowser();
}

void MainWindow::cancel()
{
    m_s.session->cancel();
}

void MainWindow::replayConditionally()
{
    m_s.session->replayConditionally(composition());
}

BuiltRequest MainWindow::currentRequest(bool withJar) const
{
    return m_s.session->requestFor(composition(),
                                   withJar ? InspectorSession::Purpose::Send
                                           : InspectorSession::Purpose::Export);
}

void MainWindow::showHistoryEntry(quint64 id)
{
    if (id == m_shownId)
        return;
    const std::shared_ptr<const Exchange> exchange = m_s.history->exchange(id);
    if (!exchange)
        return;
    m_shownId = id;
    m_response->showEntry(id, exchange);
    emit exchangeShown(id);
}

void MainWindow::compare(quint64 left, quint64 right)
{
    const std::shared_ptr<const Exchange> a = m_s.history->exchange(left);
    const std::shared_ptr<const Exchange> b = m_s.history->exchange(right);
    if (!a || !b)
        return;
    m_compare->compare(left, *a, right, *b);
    m_compare->show();
    m_compare->raise();
}

void MainWindow::clearHistory()
{
    m_s.history->clear();
    m_response->clear();
    m_shownId = 0;
    refreshLearnedValidators();
}

void MainWindow::refreshEnvironments()
{
    if (!m_s.workspace) {
        m_bar->setEnvironments({}, QString());
        m_bar->setEnvironmentsAvailable(false);
        return;
    }
    const Environments &environments = m_s.workspace->environments();
    QStringList names;
    for (const Environment &environment : environments.list)
        names << environment.name;
    m_bar->setEnvironments(names, environments.active);
}

void MainWindow::showNotice(const QString &text)
{
    m_notice->addNotice(text);
}

void MainWindow::showMessage(const QString &text, int milliseconds)
{
    statusBar()->showMessage(text, milliseconds);
}

QList<quint64> MainWindow::selectedHistoryIds() const
{
    return m_historyPanel->selectedIds();
}

void MainWindow::newRequest()
{
    Composition c;
    c.url = practiceUrl(QStringLiteral("/get"));
    setComposition(c);
    m_response->clear();
    m_shownId = 0;
    urlEdit()->setFocus();
}

void MainWindow::openPracticePath(const QString &path, bool sendNow)
{
    Composition c = composition();
    moveToUrl(c, practiceUrl(path));
    c.method = QStringLiteral("GET");
    setComposition(c);
    if (!sendNow)
        return;
    // The endpoint list is a document to read: show it where a document is shown.
    m_response->openOnBody();
    send();
}

void MainWindow::openUrl(const QString &url)
{
    Composition c = composition();
    moveToUrl(c, url);
    c.method = QStringLiteral("GET");
    setComposition(c);
    raise();
    activateWindow();
}

CheckWindow *MainWindow::showCheckWindow()
{
    if (!m_check) {
        m_check = new CheckWindow(this);
        connect(m_check, &CheckWindow::openInInspector, this, &MainWindow::openUrl);
        connect(m_check->run(), &CheckRun::finished, this, [this](bool cancelled) {
            if (m_s.lessons)
                m_s.lessons->checkFinished(m_check->run()->stats(), cancelled);
        });
    }
    m_check->show();
    m_check->raise();
    m_check->activateWindow();
    return m_check;
}

void MainWindow::changeLabDocument()
{
    const InspectorSession::Outcome outcome = m_s.session->changeLabDocument(m_bar->url());
    if (outcome.ok)
        showMessage(outcome.message);
}

void MainWindow::showWalkthrough(bool visible)
{
    if (visible && m_s.lessons)
        m_s.lessons->stop(); // F1 is the walkthrough, whatever lesson was open
    m_tour->setVisible(visible);
    QSettings().setValue(QStringLiteral("walkthrough/hidden"), !visible);
}

void MainWindow::setWalkthroughFolded(bool folded)
{
    m_tour->setFolded(folded);
    QSettings().setValue(QStringLiteral("walkthrough/folded"), folded);
}

void MainWindow::setSideBySide(bool sideBySide)
{
    // The response gets the larger share either way: it is what the person came to read.
    const Qt::Orientation orientation = sideBySide ? Qt::Horizontal : Qt::Vertical;
    m_rightSplitter->setOrientation(orientation);
    const int room = sideBySide ? m_rightSplitter->width() : m_rightSplitter->height();
    const int total = room > 100 ? room : (sideBySide ? 800 : 480);
    m_rightSplitter->setSizes(sideBySide ? QList<int>{total * 2 / 5, total * 3 / 5}
                                         : QList<int>{total / 3, total * 2 / 3});
}

bool MainWindow::isWalkthroughFolded() const
{
    return m_tour->isFolded();
}

bool MainWindow::isSideBySide() const
{
    return m_rightSplitter->orientation() == Qt::Horizontal;
}

void MainWindow::restartWalkthrough()
{
    m_s.walkthrough->restart();
    openPracticePath(QStringLiteral("/lab/welcome"), false);
}

void MainWindow::updateWalkthrough()
{
    if (m_s.lessons && m_s.lessons->current() >= 0)
        return; // the panel shows the lesson
    const Walkthrough::Step step = m_s.walkthrough->step();
    m_tour->showStep(step);
    // A finished walkthrough is remembered: the next start does not begin it again.
    QSettings().setValue(QStringLiteral("walkthrough/finished"), step == Walkthrough::Done);
}

void MainWindow::restoreSession()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: a good share of the screen, centred.
        const QRect screen = this->screen() ? this->screen()->availableGeometry()
                                            : QRect(0, 0, 1600, 1000);
        const QSize size(qMin(1280, int(screen.width() * 0.85)),
                         qMin(820, int(screen.height() * 0.85)));
        resize(size);
        move(screen.center() - QPoint(size.width() / 2, size.height() / 2));
        m_mainSplitter->setSizes({size.width() * 30 / 100, size.width() * 70 / 100});
        setSideBySide(false);
    }
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
    if (settings.value(QStringLiteral("walkthrough/finished"), false).toBool())
        m_s.walkthrough->resume(Walkthrough::Done);
    const bool hidden = settings.value(QStringLiteral("walkthrough/hidden"),
                                       m_s.walkthrough->step() == Walkthrough::Done)
                                .toBool();
    m_tour->setVisible(!hidden);
    m_tour->setFolded(settings.value(QStringLiteral("walkthrough/folded"), false).toBool());
    restoreLessons();
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

} // namespace HttpLens
