#pragma once

#include "inspector/waterfall.h"

#include <QWidget>

namespace HttpLens {

// The timing waterfall: one bar per phase on a shared time axis, with its duration written
// beside it, the way browsers' network panels draw a request.
class WaterfallWidget : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaterfallWidget)

public:
    explicit WaterfallWidget(QWidget *parent = nullptr);

    // failed: the transfer ended with a transport error (the phase it stopped in is marked).
    void setTimings(const Timings &timings,
                    qint64 queueUs,
                    bool failed = false,
                    bool reusedConnection = false);
    const QList<PhaseSpan> &spans() const { return m_spans; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    static QString spanDuration(const PhaseSpan &span);
    int rowHeight() const;
    QList<PhaseSpan> m_spans;
    qint64 m_totalUs = 0;
    qint64 m_queueUs = -1;
};

} // namespace HttpLens
