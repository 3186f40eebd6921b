#pragma once

#include <QStyledItemDelegate>

namespace HttpLens {

// Draws a status column in its class colour (statusColour()), bold; the status code comes from
// the model's statusRole.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    StatusDelegate(int statusRole, QObject *parent);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
};

// A URL column that keeps the end of the path in view, where URLs differ.
class UrlDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace HttpLens
