#pragma once

#include "inspector/composition.h"
#include "inspector/conditionals.h"
#include "model/exchange.h"
#include "model/units.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

#include <memory>
#include <optional>

namespace HttpLens {

// Every exchange of the session, newest last, with the composition that produced it so that
// selecting an entry can put its request back into the editor. Exchanges are shared and
// immutable once recorded.
class History : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(History)

public:
    // Client: the program a captured exchange came from (empty for the window's own requests);
    // a captured exchange's method is marked with ⇄.
    enum Column { Number, Method, Url, Status, Time, Size, Client, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, FilterTextRole };

    struct Entry
    {
        quint64 id = 0;
        std::shared_ptr<const Exchange> exchange;
        Composition composition;
    };

    explicit History(QObject *parent = nullptr);

    // Records a finished exchange; returns its id (1, 2, 3, ...).
    quint64 add(Exchange exchange, const Composition &composition = {});
    void clear();

    int size() const { return int(m_entries.size()); }
    // Whether any entry came through the capture proxy (the Client column is worth showing).
    bool hasCaptured() const { return m_captured > 0; }
    const Entry &at(int row) const { return m_entries.at(row); }
    const Entry *find(quint64 id) const;
    int rowOf(quint64 id) const;

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

signals:
    void added(quint64 id);
    void cleared();

private:
    void addToIndex(const Entry &entry);

    QList<Entry> m_entries;
    int m_captured = 0;
    quint64 m_nextId = 1;
    QHash<QString, quint64> m_validatorsByResource; // resource key -> newest entry with validators
    QHash<QString, quint64> m_lastUseOfUrl;         // URL as sent -> newest entry that sent it
};

// Filters the history by words: every word must occur in the method, URL or status of an
// entry ("304", "post lab", "404 api"), case-insensitively.
class HistoryFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilter)

public:
    explicit HistoryFilter(QObject *parent = nullptr);
    void setFilterWords(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};

} // namespace HttpLens
