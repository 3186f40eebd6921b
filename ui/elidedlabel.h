#pragma once

#include <QWidget>

namespace HttpLens {

// A label of a fixed number of lines that never asks for more room than it has: each line is
// elided to the width it is given and the whole text is the tooltip. Used where a server's text
// (a reason phrase, an error sentence) would otherwise widen the window or move its splitters.
class ElidedLabel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(int lines, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setElideMode(Qt::TextElideMode mode);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
    int m_lines = 1;
    Qt::TextElideMode m_mode = Qt::ElideRight;
};

} // namespace HttpLens
