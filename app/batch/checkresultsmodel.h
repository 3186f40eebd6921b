#pragma once

#include "batch/checkresult.h"

#include <QAbstractTableModel>
#include <QList>

namespace HttpLens {

// The results of a check as a table, filled row by row while it runs: URL, status with its
// reason, redirects, time, bytes, change, what decided it, and the error or note. SortRole
// gives numbers where the display is text ("200 OK", "1.2 kB") so columns sort by value.
class CheckResultsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckResultsModel)

public:
    enum Column { Url, Status, Redirects, Time, Bytes, Change, DecidedBy, Message, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StatusRole,     // the status code, 0 after a transport error
        ChangeRole,     // CheckResult::Change as an int
        FilterTextRole, // what a filter's words are looked for in
        UrlRole,        // the URL as checked
    };

    explicit CheckResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void append(const CheckResult &result);
    void clear();
    const QList<CheckResult> &results() const { return m_results; }

private:
    QVariant display(const CheckResult &result, int column) const;
    QVariant sortValue(const CheckResult &result, int column) const;

    QList<CheckResult> m_results;
};

} // namespace HttpLens
