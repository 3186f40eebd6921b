#include "hexmodel.h"

#include "inspector/bodyformat.h"

namespace HttpLens {

namespace {
constexpr qint64 pageSize = 64 * 1024;
}

HexModel::HexModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HexModel::setExchange(std::shared_ptr<const Exchange> exchange)
{
    beginResetModel();
    m_exchange = std::move(exchange);
    m_pageOffset = -1;
    m_page.clear();
    endResetModel();
}

int HexModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_exchange)
        return 0;
    const qint64 rows = (m_exchange->body.size() + 15) / 16;
    return int(qMin<qint64>(rows, std::numeric_limits<int>::max()));
}

int HexModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QByteArray HexModel::bytesAt(qint64 offset) const
{
    const qint64 page = offset / pageSize * pageSize;
    if (page != m_pageOffset) {
        m_page = m_exchange->body.readAt(page, pageSize);
        m_pageOffset = page;
    }
    return m_page.mid(offset - page, 16);
}

QVariant HexModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_exchange)
        return {};
    if (role == Qt::DisplayRole) {
        const qint64 offset = qint64(index.row()) * 16;
        return hexLine(offset, bytesAt(offset));
    }
    return {};
}

} // namespace HttpLens
