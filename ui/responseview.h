#pragma once

#include "inspector/history.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace HttpLens {

class CodeHighlighter;
class CookieJar;
class HeaderCatalogue;
class HexModel;
class StatusCatalogue;
class WaterfallWidget;

// The response area: a status badge with the reason and the one-line meaning, and the tabs Raw,
// Headers, Body, Cookies, Timing, Explain and TLS. It shows one exchange at a time; errors and
// progress appear here in plain words, never in a dialog.
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
    void clear();

    QTabWidget *tabs() const { return m_tabs; }
    QString badgeText() const;
    QString rawText() const;

private:
    void setBadge(const QString &text, const QColor &colour, const QString &summary);
    void fillRaw(const Exchange &exchange);
    void fillHeaders(const Exchange &exchange);
    void fillBody();
    void fillCookies(const Exchange &exchange);
    void fillExplain(const Exchange &exchange);
    void fillTls(const Exchange &exchange);
    void findInRaw(bool backwards);
    bool isDark() const;

    const StatusCatalogue *m_statuses;
    const HeaderCatalogue *m_headerCatalogue;
    CookieJar *m_jar;
    std::shared_ptr<const Exchange> m_exchange;

    QLabel *m_badge = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_meta = nullptr;
    QTabWidget *m_tabs = nullptr;

    QLineEdit *m_rawFind = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    CodeHighlighter *m_rawHighlighter = nullptr;

    QTreeWidget *m_headers = nullptr;

    QLabel *m_bodyInfo = nullptr;
    QStackedWidget *m_bodyStack = nullptr;
    QPlainTextEdit *m_bodyText = nullptr;
    CodeHighlighter *m_bodyHighlighter = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_image = nullptr;
    QTableView *m_hex = nullptr;
    HexModel *m_hexModel = nullptr;
    bool m_forceHex = false;

    QTableWidget *m_sentCookies = nullptr;
    QTableWidget *m_receivedCookies = nullptr;
    QTableView *m_jarView = nullptr;

    WaterfallWidget *m_waterfall = nullptr;
    QTextBrowser *m_explain = nullptr;
    QTextBrowser *m_tls = nullptr;
};

// Badge colours by status class, readable on light and dark palettes.
QColor statusColour(int status);

} // namespace HttpLens
