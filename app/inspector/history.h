#pragma once

#include "inspector/composition.h"
#include "inspector/conditionals.h"
#include "model/exchange.h"
#include "model/units.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace HttpLens {

// Where a history entry's exchange and composition are kept on disk: a line of the journal.
struct HistoryLocation
{
    qint64 offset = -1;
    qint64 length = 0;
    bool isValid() const { return offset >= 0 && length > 0; }
};

// Every exchange of the session, newest last, with the composition that produced it so that
// selecting an entry can put its request back into the editor. Exchanges are shared and
// immutable once recorded.
//
// A history can grow to hundreds of thousands of exchanges (a capture of a crawler), so it keeps
// a short summary of every entry (what the list shows and filters by) and the whole exchange
// only for the newest entries and those recently looked at. Older ones are read back from where
// the journal put them (setLoader); an entry with no place on disk stays in memory whole.
class History : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(History)

public:
    // Client: the program a captured exchange came from (empty for the window's own requests);
    // a captured exchange's method is marked with ⇄.
    enum Column { Number, Method, Url, Status, Time, Size, Client, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, FilterTextRole };

    // What the list shows of an entry.
    struct Summary
    {
        QByteArray method; // of the first request: a POST answered 303 is listed as the POST
        QString url;
        QString shownUrl; // where it ended, when a redirect took it elsewhere
        int status = 0;
        QString failure; // the transport error's title; empty when a response came
        QString failureSentence;
        qint64 totalUs = -1;
        qint64 bodySize = 0;
        QString client; // a captured exchange's program; empty otherwise

        static Summary of(const Exchange &exchange);
    };
    using Location = HistoryLocation;
    struct Entry
    {
        quint64 id = 0;
        Summary summary;
    };
    using Loaded = std::pair<std::shared_ptr<const Exchange>, std::shared_ptr<const Composition>>;
    using Loader = std::function<std::optional<Loaded>(const Location &where)>;

    explicit History(QObject *parent = nullptr);

    // Records a finished exchange; returns its id (1, 2, 3, ...).
    quint64 add(Exchange exchange, const Composition &composition = {}, const Location &where = {});
    // The journal has kept the entry there: it may leave memory when it is no longer new.
    void setLocation(quint64 id, const Location &where);
    void setLoader(Loader loader) { m_loader = std::move(loader); }
    void clear();

    int size() const { return int(m_entries.size()); }
    // Whether any entry came through the capture proxy (the Client column is worth showing).
    bool hasCaptured() const { return m_captured > 0; }
    const Entry &at(int row) const { return m_entries.at(row); }
    const Entry *find(quint64 id) const;
    int rowOf(quint64 id) const;
    // The whole exchange and its composition; null (or empty) when it cannot be read back.
    std::shared_ptr<const Exchange> exchange(quint64 id) const;
    std::shared_ptr<const Exchange> exchangeAt(int row) const;
    Composition composition(quint64 id) const;
    Composition compositionAt(int row) const;

    // The validators of the newest exchange for the same resource that had any. Exchanges are
    // indexed by resource when they are added, so a look-up costs one URL parse, as the URL
    // field asks on every keystroke.
    std::optional<LearnedValidators> latestValidators(const QString &url) const;
    // Previously used URLs, newest first and without duplicates, for completion.
    QStringList recentUrls(int max = 200) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Entries kept in memory whole, newest first, besides those looked at recently.
    static constexpr int kResident = 256;

signals:
    void added(quint64 id);
    void cleared();

private:
    struct Kept
    {
        Location where;
        std::shared_ptr<const Exchange> exchange; // while resident
        std::shared_ptr<const Composition> composition;
    };
    void addToIndex(quint64 id, const Exchange &exchange);
    void settle(int row);
    std::optional<Loaded> loaded(int row) const;

    QList<Entry> m_entries;
    QList<Kept> m_kept; // beside m_entries, row for row
    Loader m_loader;
    mutable QCache<quint64, Loaded> m_recent{64};
    quint64 m_nextId = 1;
    int m_captured = 0;
    QHash<QString, LearnedValidators> m_validatorsByResource; // resource key -> newest validators
    QHash<QString, quint64> m_lastUseOfUrl; // URL as sent -> newest entry that sent it
};

} // namespace HttpLens
