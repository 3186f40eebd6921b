#include "headerspage.h"

#include "knowledge/headercatalogue.h"
#include "knowledge/statuscatalogue.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace HttpLens {

namespace {

// The meaning column's rows are as tall as their sentence needs at the column's width.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const int width = m_view->header()->sectionSize(index.column()) - 8;
        if (width <= 0)
            return size;
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000),
                                                           Qt::TextWordWrap,
                                                           index.data().toString());
        size.setHeight(qMax(size.height(), text.height() + 4));
        return size;
    }

private:
    QTreeView *m_view;
};

} // namespace

HeadersPage::HeadersPage(const HeaderCatalogue *catalogue, QWidget *parent)
    : QTreeWidget(parent)
    , m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("headersView"));
    setColumnCount(3);
    setHeaderLabels({tr("Name"), tr("Value"), tr("Meaning")});
    setRootIsDecorated(true);
    // Meanings are sentences: they wrap in a column that takes the room that is left.
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideRight);
    setItemDelegateForColumn(2, new WrappingDelegate(this));
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    header()->resizeSection(0, 24 * x);
    header()->resizeSection(1, 34 * x);
    // Rows are measured again when the meaning column gets another width.
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == 2)
            scheduleDelayedItemsLayout();
    });
}

void HeadersPage::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    scheduleDelayedItemsLayout();
}

void HeadersPage::addGroup(const QString &title, const HeaderList &headers)
{
    const Language language = languageFor();
    auto *group = new QTreeWidgetItem(this, {title});
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    for (const HeaderField &field : headers) {
        QString meaning;
        if (m_catalogue) {
            if (auto entry = m_catalogue->find(field.name, language))
                meaning = entry->meaning;
        }
        const QString value = QString::fromLatin1(field.value);
        auto *item = new QTreeWidgetItem(group, {QString::fromLatin1(field.name), value, meaning});
        item->setToolTip(1, value);
        item->setToolTip(2, meaning);
    }
    group->setExpanded(true);
}

void HeadersPage::showExchange(const Exchange &e)
{
    clear();
    const Hop *final = e.finalHop();
    if (final && final->hasResponse)
        addGroup(tr("Response headers (%1)").arg(final->response.headers.size()),
                 final->response.headers);
    if (final)
        addGroup(tr("Request headers (%1)").arg(final->request.headers.size()),
                 final->request.headers);
    // Names and values fit (up to a limit, measured in Latin letters whatever the interface
    // language), as the rows are drawn, fonts and indentation included; the meanings take what
    // is left. A head has a few dozen rows, so measuring them all costs nothing.
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    header()->resizeSection(0, qBound(12 * x, sizeHintForColumn(0) + 2 * x, 32 * x));
    header()->resizeSection(1, qBound(16 * x, sizeHintForColumn(1) + 2 * x, 40 * x));
}

} // namespace HttpLens
