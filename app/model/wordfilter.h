#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace HttpLens {

// A filter box's proxy: every word typed must occur, case-insensitively, in the text the source
// model gives each row under textRole (column 0). The history and the check's results use it.
class WordFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WordFilter)

public:
    WordFilter(int textRole, QObject *parent = nullptr);
    void setFilterWords(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_textRole;
    QStringList m_words;
};

} // namespace HttpLens
