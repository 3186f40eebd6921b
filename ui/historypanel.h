#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTableView;

namespace HttpLens {

class History;
class HistoryFilter;

// The side list of every exchange, with a filter. One selected entry is shown; two can be
// compared.
class HistoryPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    HistoryPanel(History *history, QWidget *parent = nullptr);

    QList<quint64> selectedIds() const;
    void select(quint64 id);
    void selectTwo(quint64 first, quint64 second);
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }

signals:
    void entryActivated(quint64 id);
    // Double-click, or "Edit and send" in the entry's context menu: its request into the editor.
    void editRequested(quint64 id);
    void compareRequested(quint64 left, quint64 right);

private:
    void sizeColumns();
    void onSelectionChanged();

    History *m_history;
    HistoryFilter *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_compare = nullptr;
};

} // namespace HttpLens
