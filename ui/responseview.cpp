#include "responseview.h"

#include "bodypage.h"
#include "cookiespage.h"
#include "elidedlabel.h"
#include "explainpage.h"
#include "headerspage.h"
#include "rawpage.h"
#include "tlspage.h"
#include "waterfallwidget.h"

#include "http/transporterror.h"
#include "inspector/comparison.h"
#include "inspector/connectionsummary.h"
#include "inspector/history.h"
#include "inspector/waterfall.h"
#include "knowledge/statuscatalogue.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace HttpLens {

QColor statusColour(int status)
{
    if (status >= 100 && status < 200)
        return QColor(0x60, 0x7d, 0x8b);
    if (status >= 200 && status < 300)
        return QColor(0x2e, 0x7d, 0x32);
    if (status >= 300 && status < 400)
        return QColor(0x15, 0x65, 0xc0);
    if (status >= 400 && status < 500)
        return QColor(0xe6, 0x5c, 0x00);
    if (status >= 500 && status < 600)
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x6a, 0x1b, 0x9a); // not an HTTP status (705, 999)
}

ResponseView::ResponseView(const StatusCatalogue *statuses,
                           const HeaderCatalogue *headers,
                           CookieJar *jar,
                           QWidget *parent)
    : QWidget(parent)
    , m_statuses(statuses)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    QFont badgeFont = m_badge->font();
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.15);
    m_badge->setFont(badgeFont);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    // Two lines: a meaning, or an error's sentence and hint (libcurl's words are in Explain).
    m_summary = new ElidedLabel(2, this);
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    m_meta = new ElidedLabel(1, this);
    m_meta->setObjectName(QStringLiteral("statusMeta"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    texts->addWidget(m_summary);
    texts->addWidget(m_meta);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    top->addLayout(texts, 1);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    m_raw = new RawPage(this);
    m_headers = new HeadersPage(headers, this);
    m_body = new BodyPage(this);
    m_cookies = new CookiesPage(jar, this);
    auto *timing = new QScrollArea(this);
    m_waterfall = new WaterfallWidget(timing);
    m_waterfall->setObjectName(QStringLiteral("waterfall"));
    timing->setWidget(m_waterfall);
    timing->setWidgetResizable(true);
    m_explain = new ExplainPage(statuses, this);
    m_tls = new TlsPage(this);
    m_tabs->addTab(m_raw, tr("Raw"));
    m_tabs->addTab(m_headers, tr("Response headers"));
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_cookies, tr("Cookies"));
    m_tabs->addTab(timing, tr("Timing"));
    m_tabs->addTab(m_explain, tr("Explain"));
    m_tabs->addTab(m_tls, tr("TLS"));
    clear();
}

ResponseView::~ResponseView() = default;

QString ResponseView::badgeText() const
{
    return m_badgeText;
}

QString ResponseView::summaryText() const
{
    return m_summary->text();
}

QString ResponseView::rawText() const
{
    return m_raw->text();
}

QString ResponseView::explainText() const
{
    return m_explain->toPlainText();
}

void ResponseView::setBadge(const QString &text, const QColor &colour, const QString &summary)
{
    // A reason phrase is the server's to choose and may be any length: the badge keeps a size
    // of its own and the whole text is its tooltip.
    m_badgeText = text;
    const QFontMetrics metrics(m_badge->font());
    m_badge->setText(metrics.elidedText(text, Qt::ElideRight, metrics.averageCharWidth() * 28));
    m_badge->setToolTip(text);
    m_badge->setVisible(!text.isEmpty());
    m_badge->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; "
                                          "border-radius: 4px; padding: 4px 10px; }")
                                   .arg(colour.name()));
    m_summary->setText(summary);
}

void ResponseView::clear()
{
    m_exchange.reset();
    setBadge(QString(), Qt::gray, tr("Compose a request and press Send (Ctrl+Enter)."));
    m_meta->setText(QString());
    m_raw->clear();
    m_headers->clear();
    m_body->clear();
    m_cookies->clear();
    m_waterfall->setTimings(Timings(), -1);
    m_explain->clear();
    m_tls->clear();
}

void ResponseView::openOnBody()
{
    m_tabs->setCurrentIndex(BodyTab);
}

void ResponseView::showSending(const QString &url)
{
    setBadge(tr("Sending…"), QColor(0x75, 0x75, 0x75), url);
    m_meta->setText(QString());
}

void ResponseView::showProgress(qint64 received, qint64 expected, qint64 elapsedMs)
{
    const QString rate = elapsedMs > 0 ? formatByteSize(received * 1000 / elapsedMs) : QString();
    if (expected > 0)
        m_meta->setText(tr("Receiving… %1 of %2 (%3/s)")
                                .arg(formatByteSize(received), formatByteSize(expected), rate));
    else
        m_meta->setText(tr("Receiving… %1 (%2/s)").arg(formatByteSize(received), rate));
}

void ResponseView::showProblems(const QStringList &problems)
{
    clear();
    setBadge(tr("Not sent"),
             QColor(0x6d, 0x4c, 0x41),
             tr("The request was not sent because:") + QLatin1Char('\n') + QStringLiteral("• ")
                     + problems.join(QStringLiteral("\n• ")));
}

void ResponseView::showEntry(quint64 id, std::shared_ptr<const Exchange> exchange)
{
    m_exchange = std::move(exchange);
    const Exchange &e = *m_exchange;
    const Hop *final = e.finalHop();
    if (e.error.isError() && !(final && final->hasResponse)) {
        setBadge(transportErrorTitle(e),
                 QColor(0x8e, 0x24, 0xaa),
                 e.error.sentence
                         + (e.error.hint.isEmpty() ? QString() : QLatin1Char('\n') + e.error.hint));
    } else if (final && final->hasResponse) {
        const int status = final->response.status;
        QString reason = QString::fromLatin1(final->response.reason);
        QString summary;
        if (m_statuses) {
            const StatusCatalogue::Explanation explanation = m_statuses->explain(status,
                                                                                 languageFor());
            summary = explanation.summary;
            if (reason.isEmpty() && explanation.entry)
                reason = QString::fromLatin1(explanation.entry->reason);
        }
        if (e.error.isError())
            summary += QLatin1Char('\n') + tr("The transfer then failed: %1").arg(e.error.sentence);
        setBadge(QStringLiteral("%1 %2").arg(status).arg(reason).trimmed(),
                 statusColour(status),
                 summary);
    }
    showMeta(id, e);
    m_raw->showExchange(e);
    m_headers->showExchange(e);
    m_body->showExchange(m_exchange);
    m_cookies->showExchange(e);
    m_waterfall->setTimings(e.timings, e.timings.queueUs, e.error.isError(), e.connection.reused);
    m_explain->showExchange(e);
    m_tls->showExchange(e);
}

void ResponseView::showMeta(quint64 id, const Exchange &e)
{
    const WireSize wire = wireSize(e);
    QStringList meta;
    meta << QStringLiteral("#%1").arg(id);
    if (!e.connection.httpVersion.isEmpty())
        meta << QString::fromLatin1(e.connection.httpVersion);
    if (const QString peer = peerAddress(e.connection); !peer.isEmpty())
        meta << peer;
    meta << formatDuration(e.timings.totalUs);
    meta << tr("body %1").arg(formatByteSize(e.body.size()));
    meta << tr("%1 on the wire").arg(formatByteSize(wire.total()));
    if (e.hops.size() > 1)
        meta << tr("%n hop(s)", nullptr, int(e.hops.size()));
    meta << connectionUse(e);
    m_meta->setText(meta.join(QStringLiteral(" · ")));
}

} // namespace HttpLens
