#include "elidedlabel.h"

#include <QPainter>

namespace HttpLens {

ElidedLabel::ElidedLabel(int lines, QWidget *parent)
    : QWidget(parent)
    , m_lines(qMax(1, lines))
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    setToolTip(text);
    update();
}

void ElidedLabel::setElideMode(Qt::TextElideMode mode)
{
    m_mode = mode;
    update();
}

QSize ElidedLabel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 20, fontMetrics().lineSpacing() * m_lines};
}

QSize ElidedLabel::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 4, fontMetrics().lineSpacing() * m_lines};
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    const QFontMetrics metrics = fontMetrics();
    QStringList lines = m_text.split(QLatin1Char('\n'));
    // More lines than there is room for: the last one shown says there is more.
    if (lines.size() > m_lines) {
        lines[m_lines - 1] += QStringLiteral(" …");
        lines = lines.mid(0, m_lines);
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRect line(0, int(i) * metrics.lineSpacing(), width(), metrics.lineSpacing());
        painter.drawText(line,
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(lines.at(i), m_mode, width()));
    }
}

} // namespace HttpLens
