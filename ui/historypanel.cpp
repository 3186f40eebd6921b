#include "historypanel.h"

#include "tabledelegates.h"

#include "inspector/history.h"
#include "inspector/historyfilter.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace HttpLens {

HistoryPanel::HistoryPanel(History *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setPlaceholderText(tr("Filter: method, URL, status or program"));
    m_filter->setClearButtonEnabled(true);
    m_proxy = new HistoryFilter(this);
    m_proxy->setSourceModel(history);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    sizeColumns();
    m_view->setItemDelegateForColumn(History::Status,
                                     new StatusDelegate(History::StatusRole, m_view));
    m_view->setItemDelegateForColumn(History::Url, new UrlDelegate(m_view));
    m_compare = new QPushButton(tr("&Compare the two selected"), this);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setEnabled(false);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_compare);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &HistoryFilter::setFilterWords);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid())
            return;
        const quint64 id = index.data(History::IdRole).toULongLong();
        QMenu menu(this);
        menu.addAction(tr("&Edit and send"), this, [this, id] { emit editRequested(id); });
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit editRequested(index.data(History::IdRole).toULongLong());
    });

    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &HistoryPanel::onSelectionChanged);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<quint64> ids = selectedIds();
        if (ids.size() == 2)
            emit compareRequested(ids.at(0), ids.at(1));
    });
}

// Widths from the font, never from the rows: a history of thousands read back at start is not
// measured before the first paint, and no column moves when a response arrives. The URL takes
// what is left, so the Status column is always in view.
void HistoryPanel::sizeColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 8;
    auto widest = [&](const QFontMetrics &m, const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, m.horizontalAdvance(text));
        return width + padding;
    };
    auto headerText = [this](int column) {
        return m_history->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    };
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("000")));
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(History::Url, QHeaderView::Stretch);
    header->resizeSection(History::Number,
                          widest(metrics, {QStringLiteral("999"), headerText(History::Number)}));
    header->resizeSection(History::Method,
                          widest(metrics, {QStringLiteral("⇄ PATCH"), headerText(History::Method)}));
    header->resizeSection(History::Status,
                          widest(boldMetrics, {QStringLiteral("304"), headerText(History::Status)}));
    header->resizeSection(History::Time,
                          widest(metrics, {formatDuration(99900), headerText(History::Time)}));
    header->resizeSection(History::Size,
                          widest(metrics, {formatByteSize(99900), headerText(History::Size)}));
    header->resizeSection(History::Client,
                          widest(metrics,
                                 {QStringLiteral("python3[99999]"), headerText(History::Client)}));
    // The URL needs the room: the program of a captured exchange is in its tooltip and the
    // filter, and the column is there for a person who widens the panel and asks for it.
    m_view->setColumnHidden(History::Client, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu menu(this);
        QAction *client = menu.addAction(tr("Show the &program of captured exchanges"));
        client->setCheckable(true);
        client->setChecked(!m_view->isColumnHidden(History::Client));
        connect(client, &QAction::toggled, this, [this](bool on) {
            m_view->setColumnHidden(History::Client, !on);
        });
        menu.exec(header->mapToGlobal(at));
    });
}

QList<quint64> HistoryPanel::selectedIds() const
{
    QList<quint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(History::IdRole).toULongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void HistoryPanel::select(quint64 id)
{
    const int row = m_history->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_history->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index,
                                     QItemSelectionModel::ClearAndSelect
                                             | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void HistoryPanel::selectTwo(quint64 first, quint64 second)
{
    select(first);
    const int row = m_history->rowOf(second);
    const QModelIndex index = m_proxy->mapFromSource(m_history->index(row, 0));
    if (index.isValid())
        m_view->selectionModel()->select(index,
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void HistoryPanel::onSelectionChanged()
{
    const QList<quint64> ids = selectedIds();
    m_compare->setEnabled(ids.size() == 2);
    if (ids.size() == 1)
        emit entryActivated(ids.first());
}

} // namespace HttpLens
