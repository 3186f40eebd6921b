#pragma once

#include "inspector/comparison.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace HttpLens {

// Two exchanges side by side: status, bytes on the wire, every header (added, removed and
// changed ones highlighted) and the timing phases. This is where a 304 shows what it saved.
class CompareView : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    explicit CompareView(QWidget *parent = nullptr);

    void compare(quint64 leftId, const Exchange &left, quint64 rightId, const Exchange &right);
    QTreeWidget *tree() const { return m_tree; }
    QString verdict() const;
    // The Body group's one-line comparison ("3 lines added, 1 removed (JSON, normalised)").
    QString bodyVerdict() const;

private:
    void setVerdict(quint64 leftId, quint64 rightId, const Comparison &comparison);

    QLabel *m_verdict = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace HttpLens
