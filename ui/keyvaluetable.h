#pragma once

#include "inspector/composition.h"

#include <QTableWidget>

class QCompleter;

namespace HttpLens {

// An editable table of name/value rows with a checkbox each, as used for query parameters,
// headers and form fields. There is always one empty row at the bottom to type into; Delete
// removes the selected rows.
class KeyValueTable : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueTable)

public:
    explicit KeyValueTable(QWidget *parent = nullptr);

    QList<KeyValueRow> rows() const;
    void setRows(const QList<KeyValueRow> &rows);
    // Offers these names while typing in the name column (the header catalogue).
    void setNameCompletions(const QStringList &names);

signals:
    void rowsEdited();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void onItemChanged(QTableWidgetItem *item);
    void ensureEmptyLastRow();
    void appendRow(const KeyValueRow &row);

    bool m_updating = false;
    QStringList m_completions;
};

} // namespace HttpLens
