#include "cachepage.h"

#include "inspector/inspectorsession.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

#include <iterator>

namespace HttpLens {

namespace {

// The moments the slider offers, from now to a year ahead.
constexpr qint64 kMoments[]
        = {0, 5, 10, 30, 60, 300, 600, 3600, 21600, 86400, 7 * 86400, 30 * 86400, 365 * 86400};

QString momentText(qint64 seconds)
{
    if (seconds == 0)
        return CachePage::tr("now");
    if (seconds < 60)
        return CachePage::tr("now + %1 s").arg(seconds);
    if (seconds < 3600)
        return CachePage::tr("now + %1 min").arg(seconds / 60);
    if (seconds < 86400)
        return CachePage::tr("now + %1 h").arg(seconds / 3600);
    return CachePage::tr("now + %1 d").arg(seconds / 86400);
}

// Sentences and field changes in one line: "A (RFC 9111 §4.3.4); ETag: a → b", never ").;".
QString clauses(const QStringList &parts)
{
    QStringList trimmed;
    for (QString part : parts) {
        while (part.endsWith(QLatin1Char('.')) || part.endsWith(QChar(0x3002)))
            part.chop(1);
        trimmed << part;
    }
    return trimmed.join(QStringLiteral("; "));
}

} // namespace

CachePage::CachePage(InspectorSession *session,
                     std::function<Composition()> composition,
                     QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_composition(std::move(composition))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    auto *momentLabel = new QLabel(tr("&Moment:"), this);
    m_moment = new QSlider(Qt::Horizontal, this);
    m_moment->setObjectName(QStringLiteral("cacheMoment"));
    m_moment->setRange(0, int(std::size(kMoments)) - 1);
    m_moment->setPageStep(1);
    m_moment->setTickPosition(QSlider::TicksBelow);
    momentLabel->setBuddy(m_moment);
    m_momentText = new QLabel(this);
    m_momentText->setObjectName(QStringLiteral("cacheMomentText"));
    // As wide as the widest moment, so that the slider does not move as it goes.
    int widest = 0;
    for (qint64 moment : kMoments)
        widest = qMax(widest, m_momentText->fontMetrics().horizontalAdvance(momentText(moment)));
    m_momentText->setMinimumWidth(widest + 4);
    m_send = new QPushButton(tr("Send as a &browser would"), this);
    m_send->setObjectName(QStringLiteral("sendAsBrowserButton"));
    top->addWidget(momentLabel);
    top->addWidget(m_moment, 1);
    top->addWidget(m_momentText);
    top->addSpacing(12);
    top->addWidget(m_send);
    layout->addLayout(top);

    auto *columns = new QHBoxLayout;
    auto *left = new QGroupBox(tr("Browser (private cache)"), this);
    auto *right = new QGroupBox(tr("CDN (shared cache)"), this);
    m_browser = addColumn(tr("Browser (private cache)"), QStringLiteral("browserCache"), left);
    m_shared = addColumn(tr("CDN (shared cache)"), QStringLiteral("sharedCache"), right);
    columns->addWidget(left, 1);
    columns->addWidget(right, 1);
    layout->addLayout(columns, 1);
    m_lastUpdate = new QLabel(this);
    m_lastUpdate->setObjectName(QStringLiteral("cacheLastUpdate"));
    m_lastUpdate->setWordWrap(true);
    m_lastUpdate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_lastUpdate);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000); // ages move on by the second
    connect(m_tick, &QTimer::timeout, this, &CachePage::refresh);
    connect(m_moment, &QSlider::valueChanged, this, &CachePage::refresh);
    connect(m_send, &QPushButton::clicked, this, &CachePage::sendAsBrowser);
    connect(m_session, &InspectorSession::sendingChanged, m_send, &QWidget::setDisabled);
    connect(m_session,
            &InspectorSession::servedFromCache,
            this,
            [this](const QString &, const QString &verdict) {
                m_served = tr("0 bytes sent, the browser's cache answered. Its decision: %1")
                                   .arg(verdict);
                refresh();
            });
    connect(m_session, &InspectorSession::cacheChanged, this, [this] {
        m_served.clear();
        refresh();
    });
    refresh();
}

CachePage::Column CachePage::addColumn(const QString &title, const QString &name, QWidget *parent)
{
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    Column column;
    column.verdict = new QLabel(parent);
    column.verdict->setObjectName(name + QStringLiteral("Verdict"));
    column.verdict->setWordWrap(true);
    QFont bold = column.verdict->font();
    bold.setBold(true);
    column.verdict->setFont(bold);
    column.verdict->setAccessibleName(title);
    column.steps = new QPlainTextEdit(parent);
    column.steps->setObjectName(name + QStringLiteral("Steps"));
    column.steps->setReadOnly(true);
    column.steps->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Room for six lines of the age arithmetic, so that the steps do not hide
    // behind a scroll bar at 1366×768.
    column.steps->setMinimumHeight(column.steps->fontMetrics().lineSpacing() * 6
                                   + 2 * column.steps->frameWidth() + 8);
    layout->addWidget(column.verdict);
    layout->addWidget(column.steps, 1);
    return column;
}

qint64 CachePage::secondsFromNow() const
{
    return kMoments[m_moment->value()];
}

void CachePage::setMomentIndex(int index)
{
    m_moment->setValue(index);
}

void CachePage::setSecondsFromNow(qint64 seconds)
{
    int best = 0;
    for (int i = 0; i < int(std::size(kMoments)); ++i) {
        if (qAbs(kMoments[i] - seconds) < qAbs(kMoments[best] - seconds))
            best = i;
    }
    m_moment->setValue(best);
}

void CachePage::show(const Column &column, const CacheDecision &decision)
{
    column.verdict->setText(decision.verdict());
    const QString steps = decision.steps.join(QLatin1Char('\n'));
    if (column.steps->toPlainText() == steps)
        return;
    // The age ticks every second: the lines change in place and the view stays where the person
    // scrolled it.
    QScrollBar *vertical = column.steps->verticalScrollBar();
    QScrollBar *horizontal = column.steps->horizontalScrollBar();
    const int top = vertical->value();
    const int left = horizontal->value();
    column.steps->setPlainText(steps);
    vertical->setValue(top);
    horizontal->setValue(left);
}

void CachePage::refresh()
{
    m_momentText->setText(momentText(secondsFromNow()));
    const BrowserCache::Decisions decisions = m_session->cacheDecisions(m_composition(),
                                                                        secondsFromNow());
    show(m_browser, decisions.browser);
    show(m_shared, decisions.shared);
    const BrowserCache::Recorded &last = m_session->lastCacheUpdate();
    const QStringList browser = BrowserCache::describe(last.browser);
    const QStringList shared = BrowserCache::describe(last.shared);
    if (!m_served.isEmpty())
        m_lastUpdate->setText(m_served);
    else if (!last.browser.reason.isEmpty())
        m_lastUpdate->setText(tr("Last response, browser: %1\nLast response, CDN: %2")
                                      .arg(clauses(browser), clauses(shared)));
}

void CachePage::sendAsBrowser()
{
    m_session->sendAsBrowser(m_composition(), secondsFromNow());
}

QString CachePage::browserVerdict() const
{
    return m_browser.verdict->text();
}

QString CachePage::sharedVerdict() const
{
    return m_shared.verdict->text();
}

QString CachePage::browserSteps() const
{
    return m_browser.steps->toPlainText();
}

QString CachePage::lastUpdateText() const
{
    return m_lastUpdate->text();
}

void CachePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_tick->start();
}

void CachePage::hideEvent(QHideEvent *event)
{
    m_tick->stop();
    QWidget::hideEvent(event);
}

} // namespace HttpLens
