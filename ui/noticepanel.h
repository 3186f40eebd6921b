#pragma once

#include <QFrame>

class QLabel;
class QScrollArea;

namespace HttpLens {

// A message above the request bar that stays until dismissed: a damaged file moved aside, a
// file that could not be written.
class NoticePanel : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticePanel)

public:
    explicit NoticePanel(QWidget *parent = nullptr);
    // Adds a line; the panel shows every line since it was last dismissed.
    void addNotice(const QString &text);
    QString text() const;

private:
    QLabel *m_text = nullptr;
    QScrollArea *m_area = nullptr;
};

} // namespace HttpLens
