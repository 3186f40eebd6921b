#include "history.h"

#include "http/transporterror.h"

#include <QLocale>

namespace HttpLens {

History::History(QObject *parent)
    : QAbstractTableModel(parent)
{}

namespace {

// "python3[4242]", or the address where /proc did not say.
QString clientName(const CaptureInfo &capture)
{
    return capture.processName.isEmpty()
                   ? QStringLiteral("%1:%2").arg(capture.clientAddress).arg(capture.clientPort)
                   : QStringLiteral("%1[%2]").arg(capture.processName).arg(capture.pid);
}

} // namespace

quint64 History::add(Exchange exchange, const Composition &composition)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry entry;
    entry.id = m_nextId++;
    m_captured += exchange.capture.captured ? 1 : 0;
    entry.exchange = std::make_shared<const Exchange>(std::move(exchange));
    entry.composition = composition;
    addToIndex(entry);
    m_entries.append(std::move(entry));
    endInsertRows();
    emit added(m_entries.constLast().id);
    return m_entries.constLast().id;
}

void History::addToIndex(const Entry &entry)
{
    const Exchange &exchange = *entry.exchange;
    m_lastUseOfUrl.insert(exchange.request.url, entry.id);
    if (validatorsFrom(exchange).isEmpty())
        return;
    const QString requested = resourceKey(exchange.request.url);
    m_validatorsByResource.insert(requested, entry.id);
    if (!exchange.effectiveUrl.isEmpty() && exchange.effectiveUrl != exchange.request.url) {
        const QString reached = resourceKey(exchange.effectiveUrl);
        if (reached != requested)
            m_validatorsByResource.insert(reached, entry.id);
    }
}

void History::clear()
{
    beginResetModel();
    m_entries.clear();
    m_captured = 0;
    m_validatorsByResource.clear();
    m_lastUseOfUrl.clear();
    endResetModel();
    emit cleared();
}

const History::Entry *History::find(quint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_entries.at(row);
}

int History::rowOf(quint64 id) const
{
    // Ids grow with the row, so a binary search finds any entry.
    auto it = std::lower_bound(m_entries.cbegin(),
                               m_entries.cend(),
                               id,
                               [](const Entry &entry, quint64 wanted) { return entry.id < wanted; });
    if (it == m_entries.cend() || it->id != id)
        return -1;
    return int(it - m_entries.cbegin());
}

std::optional<LearnedValidators> History::latestValidators(const QString &url) const
{
    const auto it = m_validatorsByResource.constFind(resourceKey(url));
    if (it == m_validatorsByResource.cend())
        return std::nullopt;
    const Entry *entry = find(*it);
    if (!entry)
        return std::nullopt;
    LearnedValidators learned = validatorsFrom(*entry->exchange);
    learned.historyId = entry->id;
    return learned;
}

QStringList History::recentUrls(int max) const
{
    // The newest use of each URL, newest first: the last max of them by entry id.
    std::vector<std::pair<quint64, const QString *>> uses;
    uses.reserve(size_t(m_lastUseOfUrl.size()));
    for (auto it = m_lastUseOfUrl.cbegin(); it != m_lastUseOfUrl.cend(); ++it)
        uses.emplace_back(it.value(), &it.key());
    const size_t count = std::min(uses.size(), size_t(qMax(0, max)));
    std::partial_sort(uses.begin(),
                      uses.begin() + qsizetype(count),
                      uses.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList urls;
    urls.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        urls.append(*uses[i].second);
    return urls;
}

int History::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int History::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant History::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const Exchange &exchange = *entry.exchange;
    // The method the request was sent with; a POST answered 303 is still listed as the POST.
    const Hop *first = exchange.hops.isEmpty() ? nullptr : &exchange.hops.first();
    const QByteArray method = first && !first->request.method.isEmpty()
                                      ? first->request.method
                                      : exchange.request.effectiveMethod();
    switch (role) {
    case IdRole:
        return entry.id;
    case StatusRole:
        return exchange.status();
    case FilterTextRole:
        return QString(QString::fromLatin1(method) + QLatin1Char(' ') + exchange.request.url
                       + QLatin1Char(' ')
                       + (exchange.error.isError() ? transportErrorTitle(exchange)
                                                   : QString::number(exchange.status()))
                       + (exchange.capture.captured
                                  ? u' ' + clientName(exchange.capture) + u' ' + tr("captured")
                                  : QString()));
    case Qt::ToolTipRole: {
        const QString url = exchange.effectiveUrl.isEmpty() ? exchange.request.url
                                                            : exchange.effectiveUrl;
        const QString captured
                = exchange.capture.captured
                          ? u'\n' + tr("Captured from %1").arg(clientName(exchange.capture))
                          : QString();
        if (exchange.error.isError())
            return QString(
                    tr("%1\n%2: %3").arg(url, transportErrorTitle(exchange), exchange.error.sentence)
                    + captured);
        return QString(url + captured);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Number || index.column() == Time || index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Number:
        return entry.id;
    case Method:
        // A captured exchange is marked where the eye starts: ⇄ before its method.
        return exchange.capture.captured ? QStringLiteral("⇄ ") + QString::fromLatin1(method)
                                         : QString::fromLatin1(method);
    case Url: {
        // The scheme takes room and says little in a narrow list; the tooltip has it all.
        const QString &url = exchange.request.url;
        const qsizetype scheme = url.indexOf(QLatin1String("://"));
        return scheme < 0 ? url : url.mid(scheme + 3);
    }
    case Status:
        // A transport failure has no status; its title and sentence are in the tooltip.
        if (exchange.error.isError())
            return QStringLiteral("✕");
        return exchange.status();
    case Time:
        return formatDuration(exchange.timings.totalUs);
    case Size:
        return formatByteSize(exchange.body.size());
    case Client:
        return exchange.capture.captured ? clientName(exchange.capture) : QString();
    default:
        return {};
    }
}

QVariant History::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return QStringLiteral("#");
    case Method:
        return tr("Method");
    case Url:
        return tr("URL");
    case Status:
        return tr("Status");
    case Time:
        return tr("Time");
    case Size:
        return tr("Size");
    case Client:
        return tr("Client");
    default:
        return {};
    }
}

HistoryFilter::HistoryFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void HistoryFilter::setFilterWords(const QString &text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool HistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text = sourceModel()
                                 ->index(sourceRow, 0, sourceParent)
                                 .data(History::FilterTextRole)
                                 .toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace HttpLens
