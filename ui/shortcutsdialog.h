#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace HttpLens {

// Help → Keyboard shortcuts: every shortcut of the window's menus, read from the actions
// themselves (so the list cannot drift from what the keys do), and those of the Check many URLs
// window, in the interface language.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void addRow(const QString &where, const QString &what, const QString &keys);

    QTableWidget *m_table;
};

} // namespace HttpLens
