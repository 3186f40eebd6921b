#include "checkwindow.h"

#include "checkoptionsform.h"
#include "scrollablepage.h"
#include "tabledelegates.h"

#include "batch/checkreport.h"
#include "batch/checkresultsfilter.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace HttpLens {

CheckWindow::CheckWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("checkWindow"));
    setWindowTitle(tr("Check many URLs – HTTP Lens"));
    // What to check and how on the left, the results with the whole height on the right: at
    // 1366×768 the table shows twenty rows and more in either language.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("checkSplitter"));
    splitter->addWidget(buildSourcePanel());
    splitter->addWidget(buildResultsPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    const QRect screen = this->screen() ? this->screen()->availableGeometry()
                                        : QRect(0, 0, 1366, 768);
    resize(qMin(1280, int(screen.width() * 0.85)), qMin(860, int(screen.height() * 0.85)));
    // The left column as narrow as its options allow; the table takes the rest.
    const int left = splitter->widget(0)->minimumSizeHint().width();
    splitter->setSizes({left, width() - left});

    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, &CheckWindow::refreshProgress);
    connect(&m_run, &CheckRun::finished, this, &CheckWindow::onFinished);
    connect(&m_run, &CheckRun::failed, this, [this] {
        m_ticker->stop();
        setRunning(false);
        showProblems();
        m_summary->setText(m_run.error());
    });
    connect(&m_run, &CheckRun::stateChanged, this, [this](CheckRun::State state) {
        if (state == CheckRun::State::Cancelling)
            m_summary->setText(tr("Cancelling…"));
        else if (state == CheckRun::State::Running)
            m_summary->clear();
        m_cancel->setEnabled(state == CheckRun::State::ReadingSitemap
                             || state == CheckRun::State::Running);
    });
    connect(&m_run, &CheckRun::problemFound, this, &CheckWindow::showProblems);
    connect(&m_run, &CheckRun::resultAdded, this, [this] {
        m_shown->setText(
                tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_run.model()->rowCount()));
    });
    auto *startKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(startKey, &QShortcut::activated, this, [this] {
        if (!m_run.isRunning())
            start();
    });
    auto *cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(cancelKey, &QShortcut::activated, this, &CheckWindow::cancel);
    setRunning(false);
}

CheckWindow::~CheckWindow() = default;

QWidget *CheckWindow::buildSourcePanel()
{
    auto *panel = new QWidget(this);
    m_source = new QComboBox(panel);
    m_source->setObjectName(QStringLiteral("checkSource"));
    m_source->addItem(tr("URLs pasted here"), int(CheckRun::Source::Text));
    m_source->addItem(tr("A list file"), int(CheckRun::Source::ListFile));
    m_source->addItem(tr("A sitemap (file or URL)"), int(CheckRun::Source::Sitemap));
    m_urls = new QPlainTextEdit(panel);
    m_urls->setObjectName(QStringLiteral("checkUrls"));
    m_urls->setPlaceholderText(tr("One URL per line; lines starting with # are comments."));
    m_urls->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *locationPage = new QWidget(panel);
    m_location = new QLineEdit(locationPage);
    m_location->setObjectName(QStringLiteral("checkLocation"));
    m_location->setPlaceholderText(tr("A file, or for a sitemap also an http(s) URL"));
    auto *browse = new QPushButton(tr("Open…"), locationPage);
    connect(browse, &QPushButton::clicked, this, &CheckWindow::chooseLocation);
    auto *locationRow = new QHBoxLayout(locationPage);
    locationRow->setContentsMargins(0, 0, 0, 0);
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);
    auto *locationColumn = new QWidget(panel);
    auto *column = new QVBoxLayout(locationColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(locationPage);
    column->addStretch(1);
    m_sourcePages = new QStackedWidget(panel);
    m_sourcePages->addWidget(m_urls);
    m_sourcePages->addWidget(locationColumn);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_sourcePages->setCurrentIndex(index == 0 ? 0 : 1);
    });
    m_options = new CheckOptionsForm(panel);
    auto *left = new QVBoxLayout(panel);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_source);
    left->addWidget(m_sourcePages, 2);
    // The options scroll on a small screen rather than pushing the run's controls out of sight.
    QScrollArea *options = scrollablePage(m_options, panel);
    // As wide as the options need: they scroll down, never sideways.
    options->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    options->setMinimumWidth(m_options->minimumSizeHint().width()
                             + options->verticalScrollBar()->sizeHint().width() + 4);
    left->addWidget(options, 3);
    buildRunControls(panel, left);
    return panel;
}

void CheckWindow::buildRunControls(QWidget *panel, QVBoxLayout *column)
{
    m_start = new QPushButton(tr("&Start"), panel);
    m_start->setObjectName(QStringLiteral("checkStart"));
    m_start->setToolTip(tr("Start the check (Ctrl+Return)"));
    m_cancel = new QPushButton(tr("Cancel"), panel);
    m_cancel->setObjectName(QStringLiteral("checkCancel"));
    m_cancel->setToolTip(tr("Stop the check (Esc); what finished stays in the table"));
    connect(m_start, &QPushButton::clicked, this, &CheckWindow::start);
    connect(m_cancel, &QPushButton::clicked, this, &CheckWindow::cancel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    // No bar before the first run: an empty box beside Start says nothing.
    m_progress = new QProgressBar(panel);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_progressText = new QLabel(panel);
    m_progressText->setObjectName(QStringLiteral("checkProgressText"));
    m_progressText->setWordWrap(true);
    m_summary = new QLabel(panel);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_problems = new QPlainTextEdit(panel);
    m_problems->setObjectName(QStringLiteral("checkProblems"));
    m_problems->setReadOnly(true);
    m_problems->setFixedHeight(QFontMetrics(font()).lineSpacing() * 4 + 12);
    m_problems->hide();
    m_exportCsv = new QPushButton(tr("Export &CSV…"), panel);
    m_exportJson = new QPushButton(tr("Export &JSON lines…"), panel);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportAs(CheckRun::Format::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] {
        exportAs(CheckRun::Format::JsonLines);
    });
    auto *exports = new QHBoxLayout;
    exports->addWidget(m_exportCsv);
    exports->addWidget(m_exportJson);
    exports->addStretch();
    m_exported = new QLabel(panel);
    m_exported->setObjectName(QStringLiteral("checkExported"));
    m_exported->setWordWrap(true);
    m_exported->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addLayout(buttons);
    column->addWidget(m_progress);
    column->addWidget(m_progressText);
    column->addWidget(m_summary);
    column->addWidget(m_problems);
    column->addLayout(exports);
    column->addWidget(m_exported);
}

QWidget *CheckWindow::buildResultsPanel()
{
    auto *panel = new QWidget(this);
    m_filter = new QLineEdit(panel);
    m_filter->setObjectName(QStringLiteral("checkFilter"));
    m_filter->setPlaceholderText(tr("Filter: URL, status, change or error"));
    m_filter->setClearButtonEnabled(true);
    m_change = new QComboBox(panel);
    m_change->setObjectName(QStringLiteral("checkChangeFilter"));
    m_change->addItem(tr("Every change"), -1);
    for (int i = 0; i <= int(CheckResult::Change::Error); ++i)
        m_change->addItem(changeLabel(CheckResult::Change(i)), i);
    m_shown = new QLabel(panel);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_change);
    filters->addWidget(m_shown);

    buildTable(panel);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    return panel;
}

void CheckWindow::buildTable(QWidget *panel)
{
    m_proxy = new CheckResultsFilter(this);
    m_proxy->setSourceModel(m_run.model());
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &CheckResultsFilter::setFilterWords);
    connect(m_change, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setChange(m_change->currentData().toInt());
    });
    m_table = new QTableView(panel);
    m_table->setObjectName(QStringLiteral("checkTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // in the order they finished until asked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->setItemDelegateForColumn(CheckResultsModel::Status,
                                      new StatusDelegate(CheckResultsModel::StatusRole, m_table));
    m_table->setItemDelegateForColumn(CheckResultsModel::Url, new UrlDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true); // errors and notes get what is left
    const QFontMetrics metrics(font());
    auto fit = [&](int column, const QString &sample) {
        const QString title
                = m_run.model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        header->resizeSection(column,
                              qMax(metrics.horizontalAdvance(sample),
                                   metrics.horizontalAdvance(title))
                                      + 28);
    };
    fit(CheckResultsModel::Status, QStringLiteral("500 Internal Server Error"));
    fit(CheckResultsModel::Redirects, QStringLiteral("00"));
    fit(CheckResultsModel::Time, QStringLiteral("1,234.5 ms"));
    fit(CheckResultsModel::Bytes, QStringLiteral("123.4 kB"));
    fit(CheckResultsModel::Change, changeLabel(CheckResult::Change::Unchanged));
    fit(CheckResultsModel::DecidedBy, QStringLiteral("hash"));
    fit(CheckResultsModel::Url, QStringLiteral("http://www.example.org/a/path/of/some/length"));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openInInspector(index.data(CheckResultsModel::UrlRole).toString());
    });
}

void CheckWindow::setUrls(const QString &text)
{
    m_source->setCurrentIndex(0);
    m_urls->setPlainText(text);
}

void CheckWindow::chooseLocation()
{
    const bool sitemap = m_source->currentData().toInt() == int(CheckRun::Source::Sitemap);
    const QString filter = sitemap ? tr("Sitemaps (*.xml *.xml.gz);;All files (*)")
                                   : tr("Lists of URLs (*.txt *.lst);;All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Open"), QString(), filter);
    if (!path.isEmpty())
        m_location->setText(path);
}

bool CheckWindow::start()
{
    CheckRun::Setup setup;
    setup.source = CheckRun::Source(m_source->currentData().toInt());
    setup.text = m_urls->toPlainText();
    setup.location = m_location->text().trimmed();
    setup.options = m_options->options();
    setup.statePath = m_options->statePath();
    setup.resume = m_options->resume();
    m_summary->setText(setup.source == CheckRun::Source::Sitemap ? tr("Reading the sitemap…")
                                                                 : QString());
    m_problems->clear();
    m_problems->hide();
    m_exported->clear();
    setRunning(true);
    if (!m_run.start(setup)) {
        setRunning(false);
        showProblems();
        m_summary->setText(m_run.error());
        return false;
    }
    showProblems();
    if (m_run.state() != CheckRun::State::ReadingSitemap)
        m_summary->clear();
    m_progress->show();
    m_ticker->start();
    refreshProgress();
    return true;
}

void CheckWindow::cancel()
{
    if (m_run.isRunning())
        m_run.cancel();
}

void CheckWindow::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_source->setEnabled(!running);
    m_sourcePages->setEnabled(!running);
    m_options->setEnabled(!running);
    const bool results = m_run.model()->rowCount() > 0;
    m_exportCsv->setEnabled(!running && results);
    m_exportJson->setEnabled(!running && results);
}

void CheckWindow::refreshProgress()
{
    const CheckStats stats = m_run.stats();
    const qint64 handled = stats.done + stats.invalid + stats.skipped;
    m_progress->setRange(0, stats.total > 0 ? int(qMin<qint64>(stats.total, INT_MAX)) : 0);
    if (stats.total > 0)
        m_progress->setValue(int(qMin(handled, stats.total)));
    m_progressText->setText(checkProgressLine(stats, !m_run.isRunning()));
    m_shown->setText(tr("%1 of %2 shown").arg(m_proxy->rowCount()).arg(m_run.model()->rowCount()));
}

void CheckWindow::onFinished(bool cancelled)
{
    m_ticker->stop();
    refreshProgress();
    setRunning(false);
    const QString summary = checkSummary(m_run.stats()).trimmed();
    m_summary->setText(cancelled ? tr("Cancelled: what finished is listed.\n%1").arg(summary)
                                 : summary);
    // The interrupted run is finished now: the next one starts afresh unless told otherwise.
    if (!cancelled)
        m_options->setResume(false);
}

void CheckWindow::showProblems()
{
    const QStringList problems = m_run.problems();
    m_problems->setVisible(!problems.isEmpty());
    m_problems->setPlainText(problems.join(QLatin1Char('\n')));
}

QString CheckWindow::summaryText() const
{
    return m_summary->text();
}

bool CheckWindow::exportTo(const QString &path, CheckRun::Format format)
{
    QString error;
    if (m_run.exportResults(path, format, &error)) {
        const int rows = m_run.model()->rowCount();
        m_exported->setText(
                tr("Exported %n row(s) to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
        return true;
    }
    QMessageBox::warning(this, tr("Export"), error);
    return false;
}

void CheckWindow::exportAs(CheckRun::Format format)
{
    const bool csv = format == CheckRun::Format::Csv;
    const QString path = QFileDialog::getSaveFileName(this,
                                                      csv ? tr("Export as CSV")
                                                          : tr("Export as JSON lines"),
                                                      csv ? QStringLiteral("check.csv")
                                                          : QStringLiteral("check.jsonl"),
                                                      csv ? tr("CSV (*.csv)")
                                                          : tr("JSON lines (*.jsonl *.json)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

void CheckWindow::closeEvent(QCloseEvent *event)
{
    cancel();
    QWidget::closeEvent(event);
}

} // namespace HttpLens
