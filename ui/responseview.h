#pragma once

#include "model/exchange.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;

namespace HttpLens {

class BodyPage;
class CookieJar;
class CookiesPage;
class ElidedLabel;
class ExplainPage;
class HeaderCatalogue;
class HeadersPage;
class RawPage;
class StatusCatalogue;
class TlsPage;
class WaterfallWidget;

// The response area: a status badge with the reason and the one-line meaning, and the tabs Raw,
// Headers, Body, Cookies, Timing, Explain and TLS, one widget each. It shows one exchange at a
// time; errors and progress appear here in plain words, never in a dialog. Its header keeps its
// height and elides long texts (a server's reason phrase, an error sentence), so nothing a
// response says can resize the window.
class ResponseView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseView)

public:
    enum Tab { RawTab, HeadersTab, BodyTab, CookiesTab, TimingTab, ExplainTab, TlsTab };

    ResponseView(const StatusCatalogue *statuses,
                 const HeaderCatalogue *headers,
                 CookieJar *jar,
                 QWidget *parent = nullptr);
    ~ResponseView() override;

    void showEntry(quint64 id, std::shared_ptr<const Exchange> exchange);
    void showSending(const QString &url);
    void showProgress(qint64 received, qint64 expected, qint64 elapsedMs);
    void showProblems(const QStringList &problems);
    // The Body tab in front, for a response that is a document to read.
    void openOnBody();
    void clear();

    QTabWidget *tabs() const { return m_tabs; }
    QString badgeText() const;
    QString summaryText() const;
    QString rawText() const;
    QString explainText() const;

private:
    void setBadge(const QString &text, const QColor &colour, const QString &summary);
    void showMeta(quint64 id, const Exchange &exchange);

    const StatusCatalogue *m_statuses;
    std::shared_ptr<const Exchange> m_exchange;
    QString m_badgeText;
    QLabel *m_badge = nullptr;
    ElidedLabel *m_summary = nullptr;
    ElidedLabel *m_meta = nullptr;
    QTabWidget *m_tabs = nullptr;
    RawPage *m_raw = nullptr;
    HeadersPage *m_headers = nullptr;
    BodyPage *m_body = nullptr;
    CookiesPage *m_cookies = nullptr;
    WaterfallWidget *m_waterfall = nullptr;
    ExplainPage *m_explain = nullptr;
    TlsPage *m_tls = nullptr;
};

// Badge colours by status class, readable on light and dark palettes.
QColor statusColour(int status);

} // namespace HttpLens
