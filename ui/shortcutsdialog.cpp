#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace HttpLens {

namespace {

// "&Open .http file…" as a person reads it in a list: no mnemonic marker, no ellipsis.
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))); // "(&F)" in Chinese menus
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString keysOf(const QList<QKeySequence> &shortcuts)
{
    QStringList keys;
    for (const QKeySequence &shortcut : shortcuts) {
        const QString text = shortcut.toString(QKeySequence::NativeText);
        if (!keys.contains(text)) // Return and Enter are one key name in some languages
            keys.append(text);
    }
    return keys.join(QStringLiteral(" / "));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (const QAction *menuAction : menus->actions()) {
        const QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (const QAction *action : menu->actions()) {
            if (!action->shortcuts().isEmpty())
                addRow(plainText(menu->title()),
                       plainText(action->text()),
                       keysOf(action->shortcuts()));
        }
    }
    const QString check = tr("Check many URLs");
    addRow(check,
           tr("Start"),
           QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
    addRow(check, tr("Cancel"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    int width = 0;
    for (int column = 0; column < m_table->columnCount(); ++column)
        width += m_table->columnWidth(column);
    resize(qMax(width + 60, 480), qMin(120 + m_table->rowCount() * 32, 640));
}

void ShortcutsDialog::addRow(const QString &where, const QString &what, const QString &keys)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(where));
    m_table->setItem(row, 1, new QTableWidgetItem(what));
    m_table->setItem(row, 2, new QTableWidgetItem(keys));
}

} // namespace HttpLens
