#include "waterfallwidget.h"

#include "inspector/history.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace HttpLens {

namespace {

QColor phaseColour(PhaseSpan::Phase phase)
{
    switch (phase) {
    case PhaseSpan::Phase::Redirects:
        return QColor(0x9e, 0x9e, 0x9e);
    case PhaseSpan::Phase::Dns:
        return QColor(0x26, 0xa6, 0x9a);
    case PhaseSpan::Phase::Connect:
        return QColor(0xff, 0x98, 0x00);
    case PhaseSpan::Phase::Tls:
        return QColor(0xab, 0x47, 0xbc);
    case PhaseSpan::Phase::Send:
        return QColor(0x42, 0xa5, 0xf5);
    case PhaseSpan::Phase::Wait:
        return QColor(0x66, 0xbb, 0x6a);
    case PhaseSpan::Phase::Download:
        return QColor(0x1e, 0x88, 0xe5);
    }
    return Qt::gray;
}

} // namespace

QString WaterfallWidget::spanDuration(const PhaseSpan &span)
{
    return span.stopped ? tr("%1 · stopped here").arg(formatDuration(span.durationUs))
                        : formatDuration(span.durationUs);
}

WaterfallWidget::WaterfallWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
}

void WaterfallWidget::setTimings(const Timings &timings,
                                 qint64 queueUs,
                                 bool failed,
                                 bool reusedConnection)
{
    m_spans = waterfall(timings, failed, reusedConnection);
    m_totalUs = timings.totalUs;
    m_queueUs = queueUs;
    updateGeometry();
    update();
}

int WaterfallWidget::rowHeight() const
{
    return fontMetrics().height() + 10;
}

QSize WaterfallWidget::sizeHint() const
{
    return {480, rowHeight() * (int(m_spans.size()) + 3)};
}

QSize WaterfallWidget::minimumSizeHint() const
{
    return {240, rowHeight() * 3};
}

void WaterfallWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int h = rowHeight();
    if (m_spans.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No timings: nothing was sent yet."));
        return;
    }
    int labelWidth = 0;
    for (const PhaseSpan &span : m_spans)
        labelWidth = qMax(labelWidth, fontMetrics().horizontalAdvance(phaseName(span.phase)));
    labelWidth += 16;
    const int valueWidth = fontMetrics().horizontalAdvance(
                                   tr("%1 · stopped here").arg(QStringLiteral("0000.00 ms")))
                           + 12;
    const int barLeft = labelWidth;
    const int barWidth = qMax(40, width() - barLeft - valueWidth - 8);
    qint64 end = 1;
    for (const PhaseSpan &span : m_spans)
        end = qMax(end, span.startUs + qMax<qint64>(0, span.durationUs));

    int y = 4;
    for (const PhaseSpan &span : m_spans) {
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(8, y, labelWidth - 8, h),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   phaseName(span.phase));
        const int x = barLeft + int(double(span.startUs) / double(end) * barWidth);
        int w = 0;
        if (span.happened()) {
            w = qMax(2, int(double(span.durationUs) / double(end) * barWidth));
            p.setPen(span.stopped ? QPen(QColor(0xc6, 0x28, 0x28), 2) : QPen(Qt::NoPen));
            p.setBrush(phaseColour(span.phase));
            p.drawRoundedRect(QRectF(x, y + 4, w, h - 8), 2, 2);
        }
        // A phase that did not happen has no bar, only a dash, or says the connection was open.
        const QString value = span.reused        ? tr("– (reused connection)")
                              : !span.happened() ? QStringLiteral("–")
                                                 : spanDuration(span);
        p.setPen(span.happened() ? pal.color(QPalette::WindowText)
                                 : pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(x + w + 6, y, valueWidth + barWidth, h),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   value);
        y += h;
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(barLeft, y + 2, barLeft + barWidth, y + 2);
    p.setPen(pal.color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QString total = m_queueUs > 0 ? tr("Total: %1, queued before start: %2")
                                                  .arg(formatDuration(m_totalUs),
                                                       formatDuration(m_queueUs))
                                        : tr("Total: %1").arg(formatDuration(m_totalUs));
    p.drawText(QRect(8, y + 4, width() - 16, h), Qt::AlignVCenter | Qt::AlignLeft, total);
}

bool WaterfallWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = (help->pos().y() - 4) / rowHeight();
        if (row >= 0 && row < m_spans.size()) {
            const PhaseSpan &span = m_spans.at(row);
            const QString duration = span.reused ? tr("did not happen: the connection was open")
                                     : !span.happened() ? tr("did not happen")
                                                        : spanDuration(span);
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<b>%1</b> %2<br>%3")
                                       .arg(phaseName(span.phase).toHtmlEscaped(),
                                            duration.toHtmlEscaped(),
                                            phaseDescription(span.phase).toHtmlEscaped()),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace HttpLens
