#include "keyvaluetable.h"

#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyledItemDelegate>

namespace HttpLens {

namespace {

constexpr int SeparatorRole = Qt::UserRole + 1;

// Gives the name column's editor a completer over the catalogue's header names.
class NameDelegate : public QStyledItemDelegate
{
public:
    NameDelegate(const QStringList *names, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_names(names)
    {}

    QWidget *createEditor(QWidget *parent,
                          const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && !m_names->isEmpty()) {
            auto *completer = new QCompleter(*m_names, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
        return editor;
    }

private:
    const QStringList *m_names;
};

} // namespace

KeyValueTable::KeyValueTable(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->resizeSection(0, 200);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::AllEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    setItemDelegateForColumn(0, new NameDelegate(&m_completions, this));
    connect(this, &QTableWidget::itemChanged, this, &KeyValueTable::onItemChanged);
    ensureEmptyLastRow();
}

QList<KeyValueRow> KeyValueTable::rows() const
{
    QList<KeyValueRow> result;
    for (int r = 0; r < rowCount(); ++r) {
        const QTableWidgetItem *name = item(r, 0);
        const QTableWidgetItem *value = item(r, 1);
        const QString n = name ? name->text() : QString();
        const QString v = value ? value->text() : QString();
        if (n.isEmpty() && v.isEmpty())
            continue;
        result.append({name && name->checkState() == Qt::Checked,
                       n,
                       v,
                       name ? name->data(SeparatorRole).toByteArray() : QByteArray()});
    }
    return result;
}

void KeyValueTable::setRows(const QList<KeyValueRow> &rows)
{
    m_updating = true;
    setRowCount(0);
    for (const KeyValueRow &row : rows)
        appendRow(row);
    m_updating = false;
    ensureEmptyLastRow();
}

void KeyValueTable::setNameCompletions(const QStringList &names)
{
    m_completions = names;
}

void KeyValueTable::appendRow(const KeyValueRow &row)
{
    const int r = rowCount();
    insertRow(r);
    auto *name = new QTableWidgetItem(row.name);
    name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
    name->setCheckState(row.enabled ? Qt::Checked : Qt::Unchecked);
    // An imported header's exact spacing travels with its row, unseen but kept.
    if (!row.separator.isEmpty())
        name->setData(SeparatorRole, row.separator);
    setItem(r, 0, name);
    setItem(r, 1, new QTableWidgetItem(row.value));
}

void KeyValueTable::ensureEmptyLastRow()
{
    const bool wasUpdating = std::exchange(m_updating, true);
    const int last = rowCount() - 1;
    const bool lastEmpty = last >= 0 && (!item(last, 0) || item(last, 0)->text().isEmpty())
                           && (!item(last, 1) || item(last, 1)->text().isEmpty());
    if (!lastEmpty)
        appendRow({true, QString(), QString()});
    m_updating = wasUpdating;
}

void KeyValueTable::onItemChanged(QTableWidgetItem *)
{
    if (m_updating)
        return;
    ensureEmptyLastRow();
    emit rowsEdited();
}

void KeyValueTable::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && state() != QAbstractItemView::EditingState) {
        QList<int> selected;
        for (const QModelIndex &index : selectionModel()->selectedRows())
            selected.append(index.row());
        std::sort(selected.begin(), selected.end(), std::greater<int>());
        if (!selected.isEmpty()) {
            m_updating = true;
            for (int row : selected)
                removeRow(row);
            m_updating = false;
            ensureEmptyLastRow();
            emit rowsEdited();
            return;
        }
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace HttpLens
