#pragma once

#include "model/exchange.h"

#include <QAbstractTableModel>

#include <memory>

namespace HttpLens {

// A hex view of a response body of any size: one row per 16 bytes, read on demand in 64 KiB
// pages from memory or the body's temporary file, so a 50 MB body costs one page at a time.
class HexModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HexModel)

public:
    explicit HexModel(QObject *parent = nullptr);

    void setExchange(std::shared_ptr<const Exchange> exchange);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QByteArray bytesAt(qint64 offset) const;

    std::shared_ptr<const Exchange> m_exchange;
    mutable qint64 m_pageOffset = -1;
    mutable QByteArray m_page;
};

} // namespace HttpLens
