#include "history.h"

#include "http/transporterror.h"

#include <QLocale>

namespace HttpLens {

namespace {

// "python3[4242]", or the address where /proc did not say.
QString clientName(const CaptureInfo &capture)
{
    return capture.processName.isEmpty()
                   ? QStringLiteral("%1:%2").arg(capture.clientAddress).arg(capture.clientPort)
                   : QStringLiteral("%1[%2]").arg(capture.processName).arg(capture.pid);
}

} // namespace

History::Summary History::Summary::of(const Exchange &exchange)
{
    Summary s;
    const Hop *first = exchange.hops.isEmpty() ? nullptr : &exchange.hops.first();
    s.method = first && !first->request.method.isEmpty() ? first->request.method
                                                         : exchange.request.effectiveMethod();
    s.url = exchange.request.url;
    if (!exchange.effectiveUrl.isEmpty() && exchange.effectiveUrl != exchange.request.url)
        s.shownUrl = exchange.effectiveUrl;
    s.status = exchange.status();
    if (exchange.error.isError()) {
        s.failure = transportErrorTitle(exchange);
        s.failureSentence = exchange.error.sentence;
    }
    s.totalUs = exchange.timings.totalUs;
    s.bodySize = exchange.body.size();
    if (exchange.capture.captured)
        s.client = clientName(exchange.capture);
    return s;
}

History::History(QObject *parent)
    : QAbstractTableModel(parent)
{}

quint64 History::add(Exchange exchange, const Composition &composition, const Location &where)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    Entry entry;
    entry.id = m_nextId++;
    entry.summary = Summary::of(exchange);
    m_captured += exchange.capture.captured ? 1 : 0;
    addToIndex(entry.id, exchange);
    Kept kept;
    kept.where = where;
    kept.exchange = std::make_shared<const Exchange>(std::move(exchange));
    kept.composition = std::make_shared<const Composition>(composition);
    m_entries.append(std::move(entry));
    m_kept.append(std::move(kept));
    endInsertRows();
    settle(row - kResident);
    emit added(m_entries.constLast().id);
    return m_entries.constLast().id;
}

void History::setLocation(quint64 id, const Location &where)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_kept[row].where = where;
    if (row < m_entries.size() - kResident)
        settle(row);
}

// An entry no longer among the newest leaves memory when the journal can give it back.
void History::settle(int row)
{
    if (row < 0 || row >= m_kept.size() || !m_kept.at(row).where.isValid() || !m_loader)
        return;
    m_kept[row].exchange.reset();
    m_kept[row].composition.reset();
}

void History::addToIndex(quint64 id, const Exchange &exchange)
{
    m_lastUseOfUrl.insert(exchange.request.url, id);
    LearnedValidators learned = validatorsFrom(exchange);
    if (learned.isEmpty())
        return;
    learned.historyId = id;
    const QString requested = resourceKey(exchange.request.url);
    m_validatorsByResource.insert(requested, learned);
    if (!exchange.effectiveUrl.isEmpty() && exchange.effectiveUrl != exchange.request.url) {
        const QString reached = resourceKey(exchange.effectiveUrl);
        if (reached != requested)
            m_validatorsByResource.insert(reached, learned);
    }
}

void History::clear()
{
    beginResetModel();
    m_entries.clear();
    m_kept.clear();
    m_recent.clear();
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

std::optional<History::Loaded> History::loaded(int row) const
{
    if (row < 0 || row >= m_kept.size())
        return std::nullopt;
    const Kept &kept = m_kept.at(row);
    if (kept.exchange)
        return Loaded{kept.exchange, kept.composition};
    const quint64 id = m_entries.at(row).id;
    if (const Loaded *cached = m_recent.object(id))
        return *cached;
    if (!m_loader)
        return std::nullopt;
    std::optional<Loaded> read = m_loader(kept.where);
    if (read)
        m_recent.insert(id, new Loaded(*read));
    return read;
}

std::shared_ptr<const Exchange> History::exchangeAt(int row) const
{
    const std::optional<Loaded> found = loaded(row);
    return found ? found->first : nullptr;
}

std::shared_ptr<const Exchange> History::exchange(quint64 id) const
{
    return exchangeAt(rowOf(id));
}

Composition History::compositionAt(int row) const
{
    const std::optional<Loaded> found = loaded(row);
    return found && found->second ? *found->second : Composition();
}

Composition History::composition(quint64 id) const
{
    return compositionAt(rowOf(id));
}

std::optional<LearnedValidators> History::latestValidators(const QString &url) const
{
    const auto it = m_validatorsByResource.constFind(resourceKey(url));
    if (it == m_validatorsByResource.cend())
        return std::nullopt;
    return *it;
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
    const Summary &s = entry.summary;
    const bool failed = !s.failure.isEmpty();
    switch (role) {
    case IdRole:
        return entry.id;
    case StatusRole:
        return s.status;
    case FilterTextRole:
        return QString(QString::fromLatin1(s.method) + QLatin1Char(' ') + s.url + QLatin1Char(' ')
                       + (failed ? s.failure : QString::number(s.status))
                       + (s.client.isEmpty() ? QString() : u' ' + s.client + u' ' + tr("captured")));
    case Qt::ToolTipRole: {
        const QString url = s.shownUrl.isEmpty() ? s.url : s.shownUrl;
        const QString captured = s.client.isEmpty() ? QString()
                                                    : u'\n' + tr("Captured from %1").arg(s.client);
        if (failed)
            return QString(tr("%1\n%2: %3").arg(url, s.failure, s.failureSentence) + captured);
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
        return s.client.isEmpty() ? QString::fromLatin1(s.method)
                                  : QStringLiteral("⇄ ") + QString::fromLatin1(s.method);
    case Url: {
        // The scheme takes room and says little in a narrow list; the tooltip has it all.
        const qsizetype scheme = s.url.indexOf(QLatin1String("://"));
        return scheme < 0 ? s.url : s.url.mid(scheme + 3);
    }
    case Status:
        // A transport failure has no status; its title and sentence are in the tooltip.
        if (failed)
            return QStringLiteral("✕");
        return s.status;
    case Time:
        return formatDuration(s.totalUs);
    case Size:
        return formatByteSize(s.bodySize);
    case Client:
        return s.client;
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

} // namespace HttpLens
