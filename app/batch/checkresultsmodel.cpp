#include "checkresultsmodel.h"

#include "batch/checkreport.h"
#include "model/units.h"

#include <QLocale>

namespace HttpLens {

CheckResultsModel::CheckResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int CheckResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int CheckResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CheckResultsModel::append(const CheckResult &result)
{
    const int row = int(m_results.size());
    beginInsertRows({}, row, row);
    m_results.append(result);
    endInsertRows();
}

void CheckResultsModel::clear()
{
    beginResetModel();
    m_results.clear();
    endResetModel();
}

QVariant CheckResultsModel::display(const CheckResult &r, int column) const
{
    const bool failed = r.change == CheckResult::Change::Error && r.status == 0;
    switch (column) {
    case Url:
        return r.url;
    case Status:
        if (failed)
            return tr("error");
        return r.reason.isEmpty()
                       ? QString::number(r.status)
                       : QStringLiteral("%1 %2").arg(r.status).arg(QString::fromLatin1(r.reason));
    case Redirects:
        return r.redirects;
    case Time:
        return formatDuration(qint64(r.timeMs * 1000.0));
    case Bytes:
        return formatByteSize(r.wireBytes);
    case Change:
        return changeLabel(r.change);
    case DecidedBy:
        switch (r.decidedBy) {
        case CheckResult::DecidedBy::NotModified:
            return QStringLiteral("304");
        case CheckResult::DecidedBy::Hash:
            return tr("hash");
        case CheckResult::DecidedBy::None:
            break;
        }
        return QStringLiteral("–");
    case Message:
        if (!r.error.isEmpty())
            return tr("%1 (curl %2)").arg(r.error).arg(r.curlCode);
        return r.note;
    default:
        return {};
    }
}

QVariant CheckResultsModel::sortValue(const CheckResult &r, int column) const
{
    switch (column) {
    case Status:
        return r.status;
    case Redirects:
        return r.redirects;
    case Time:
        return r.timeMs;
    case Bytes:
        return r.wireBytes;
    case Change:
        return int(r.change);
    case DecidedBy:
        return int(r.decidedBy);
    default:
        return display(r, column);
    }
}

QVariant CheckResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const CheckResult &r = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case SortRole:
        return sortValue(r, index.column());
    case StatusRole:
        return r.status;
    case ChangeRole:
        return int(r.change);
    case UrlRole:
        return r.url;
    case FilterTextRole:
        return QStringList{r.url,
                           r.finalUrl,
                           QString::number(r.status),
                           QString::fromLatin1(r.reason),
                           changeLabel(r.change),
                           r.error,
                           r.note}
                .join(QLatin1Char(' '));
    case Qt::ToolTipRole:
        if (index.column() == Url && r.finalUrl != r.url)
            return tr("%1\nended at %2").arg(r.url, r.finalUrl);
        if (index.column() == Redirects && !r.hops.isEmpty())
            return hopChain(r.hops);
        if (index.column() == Url || index.column() == Message)
            return display(r, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Redirects || index.column() == Time || index.column() == Bytes)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant CheckResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Url:
        return tr("URL");
    case Status:
        return tr("Status");
    case Redirects:
        return tr("Redirects");
    case Time:
        return tr("Time");
    case Bytes:
        return tr("Bytes");
    case Change:
        return tr("Change");
    case DecidedBy:
        return tr("Decided by");
    case Message:
        return tr("Error or note");
    default:
        return {};
    }
}

} // namespace HttpLens
