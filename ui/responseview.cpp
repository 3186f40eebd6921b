#include "responseview.h"

#include "codehighlighter.h"
#include "waterfallwidget.h"

#include "cookies/cookiejar.h"
#include "http/transporterror.h"
#include "inspector/bodyformat.h"
#include "inspector/comparison.h"
#include "inspector/hexmodel.h"
#include "inspector/transcript.h"
#include "knowledge/cachingsummary.h"
#include "knowledge/findings.h"
#include "knowledge/headercatalogue.h"
#include "knowledge/statuscatalogue.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace HttpLens {

namespace {

// Beyond these sizes the body view shows a prefix (the hex view and Save still see it all).
constexpr qint64 textViewLimit = 2 * 1024 * 1024;
constexpr qint64 prettyLimit = 1024 * 1024;
constexpr qint64 imageLimit = 32 * 1024 * 1024;

QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QTableWidget *smallTable(const QStringList &labels, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(labels.size()), parent);
    table->setHorizontalHeaderLabels(labels);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    return table;
}

void addTableRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

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
    , m_headerCatalogue(headers)
    , m_jar(jar)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("statusBadge"));
    m_badge->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont badgeFont = m_badge->font();
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 1.15);
    m_badge->setFont(badgeFont);
    auto *texts = new QVBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("statusMeta"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_summary);
    texts->addWidget(m_meta);
    top->addWidget(m_badge, 0, Qt::AlignTop);
    top->addLayout(texts, 1);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    // Raw
    auto *raw = new QWidget(this);
    auto *rawLayout = new QVBoxLayout(raw);
    rawLayout->setContentsMargins(0, 4, 0, 0);
    m_rawFind = new QLineEdit(raw);
    m_rawFind->setObjectName(QStringLiteral("rawFind"));
    m_rawFind->setPlaceholderText(
            tr("Find in the raw exchange (Enter: next, Shift+Enter: previous)"));
    m_rawFind->setClearButtonEnabled(true);
    m_raw = createCodeView(raw);
    m_raw->setObjectName(QStringLiteral("rawView"));
    m_raw->setReadOnly(true);
    m_rawHighlighter = new CodeHighlighter(m_raw->document());
    rawLayout->addWidget(m_rawFind);
    rawLayout->addWidget(m_raw);
    connect(m_rawFind, &QLineEdit::returnPressed, this, [this] {
        findInRaw(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier);
    });
    connect(m_rawFind, &QLineEdit::textChanged, this, [this] { findInRaw(false); });
    m_tabs->addTab(raw, tr("Raw"));

    // Headers
    m_headers = new QTreeWidget(this);
    m_headers->setObjectName(QStringLiteral("headersView"));
    m_headers->setColumnCount(3);
    m_headers->setHeaderLabels({tr("Name"), tr("Value"), tr("Meaning")});
    m_headers->setRootIsDecorated(true);
    m_headers->setWordWrap(true);
    m_headers->header()->resizeSection(0, 180);
    m_headers->header()->resizeSection(1, 280);
    m_tabs->addTab(m_headers, tr("Headers"));

    // Body
    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 4, 0, 0);
    auto *bodyBar = new QHBoxLayout;
    m_bodyInfo = new QLabel(body);
    m_bodyInfo->setObjectName(QStringLiteral("bodyInfo"));
    auto *hexToggle = new QCheckBox(tr("&Hex"), body);
    auto *save = new QPushButton(tr("&Save body…"), body);
    bodyBar->addWidget(m_bodyInfo, 1);
    bodyBar->addWidget(hexToggle);
    bodyBar->addWidget(save);
    bodyLayout->addLayout(bodyBar);
    m_bodyStack = new QStackedWidget(body);
    m_bodyText = new QPlainTextEdit(body);
    m_bodyText->setObjectName(QStringLiteral("bodyText"));
    m_bodyText->setReadOnly(true);
    m_bodyText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_bodyHighlighter = new CodeHighlighter(m_bodyText->document());
    m_imageArea = new QScrollArea(body);
    m_image = new QLabel(m_imageArea);
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_hex = new QTableView(body);
    m_hex->setObjectName(QStringLiteral("hexView"));
    m_hexModel = new HexModel(this);
    m_hex->setModel(m_hexModel);
    m_hex->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_hex->horizontalHeader()->hide();
    m_hex->horizontalHeader()->setStretchLastSection(true);
    m_hex->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring millions of rows.
    m_hex->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_hex->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_hex->font()).height() + 2);
    m_hex->setShowGrid(false);
    m_bodyStack->addWidget(m_bodyText);
    m_bodyStack->addWidget(m_imageArea);
    m_bodyStack->addWidget(m_hex);
    bodyLayout->addWidget(m_bodyStack);
    connect(hexToggle, &QCheckBox::toggled, this, [this](bool on) {
        m_forceHex = on;
        fillBody();
    });
    connect(save, &QPushButton::clicked, this, [this] {
        if (!m_exchange)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the response body"));
        if (path.isEmpty())
            return;
        QString error;
        if (!m_exchange->body.saveTo(path, &error))
            m_bodyInfo->setText(tr("Could not save: %1").arg(error));
    });
    m_tabs->addTab(body, tr("Body"));

    // Cookies
    auto *cookies = new QSplitter(Qt::Vertical, this);
    auto *sentBox = new QGroupBox(tr("Sent with the request"), cookies);
    m_sentCookies = smallTable({tr("Name"), tr("Value")}, sentBox);
    (new QVBoxLayout(sentBox))->addWidget(m_sentCookies);
    auto *receivedBox = new QGroupBox(tr("Set by the response"), cookies);
    m_receivedCookies = smallTable({tr("Name"), tr("Value"), tr("Attributes")}, receivedBox);
    m_receivedCookies->setObjectName(QStringLiteral("receivedCookies"));
    (new QVBoxLayout(receivedBox))->addWidget(m_receivedCookies);
    auto *jarBox
            = new QGroupBox(tr("Cookie jar (sent with the next request; double-click to edit)"),
                            cookies);
    auto *jarLayout = new QVBoxLayout(jarBox);
    m_jarView = new QTableView(jarBox);
    m_jarView->setObjectName(QStringLiteral("jarView"));
    m_jarView->setModel(m_jar);
    m_jarView->horizontalHeader()->setStretchLastSection(true);
    m_jarView->verticalHeader()->hide();
    m_jarView->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *jarButtons = new QHBoxLayout;
    auto *remove = new QPushButton(tr("&Delete cookie"), jarBox);
    auto *clearJar = new QPushButton(tr("C&lear jar"), jarBox);
    jarButtons->addWidget(remove);
    jarButtons->addWidget(clearJar);
    jarButtons->addStretch();
    jarLayout->addWidget(m_jarView);
    jarLayout->addLayout(jarButtons);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_jarView->currentIndex();
        if (current.isValid())
            m_jar->removeCookie(current.row());
    });
    connect(clearJar, &QPushButton::clicked, m_jar, &CookieJar::clear);
    m_tabs->addTab(cookies, tr("Cookies"));

    // Timing
    auto *timingArea = new QScrollArea(this);
    m_waterfall = new WaterfallWidget(timingArea);
    m_waterfall->setObjectName(QStringLiteral("waterfall"));
    timingArea->setWidget(m_waterfall);
    timingArea->setWidgetResizable(true);
    m_tabs->addTab(timingArea, tr("Timing"));

    m_explain = new QTextBrowser(this);
    m_explain->setObjectName(QStringLiteral("explainView"));
    m_explain->setOpenExternalLinks(false);
    m_tabs->addTab(m_explain, tr("Explain"));
    m_tls = new QTextBrowser(this);
    m_tls->setObjectName(QStringLiteral("tlsView"));
    m_tabs->addTab(m_tls, tr("TLS"));

    clear();
}

ResponseView::~ResponseView() = default;

bool ResponseView::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

QString ResponseView::badgeText() const
{
    return m_badge->text();
}

QString ResponseView::rawText() const
{
    return m_raw->toPlainText();
}

void ResponseView::setBadge(const QString &text, const QColor &colour, const QString &summary)
{
    m_badge->setText(text);
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
    m_meta->clear();
    m_raw->clear();
    m_headers->clear();
    m_bodyInfo->clear();
    m_bodyText->clear();
    m_hexModel->setExchange(nullptr);
    m_sentCookies->setRowCount(0);
    m_receivedCookies->setRowCount(0);
    m_waterfall->setTimings(Timings(), -1);
    m_explain->clear();
    m_tls->clear();
}

void ResponseView::showSending(const QString &url)
{
    setBadge(tr("Sending…"), QColor(0x75, 0x75, 0x75), url);
    m_meta->clear();
}

void ResponseView::showProgress(qint64 received, qint64 expected, qint64 elapsedMs)
{
    const QString rate = elapsedMs > 0 ? formatByteSize(received * 1000 / elapsedMs) + tr("/s")
                                       : QString();
    if (expected > 0)
        m_meta->setText(tr("Receiving… %1 of %2 (%3)")
                                .arg(formatByteSize(received), formatByteSize(expected), rate));
    else
        m_meta->setText(tr("Receiving… %1 (%2)").arg(formatByteSize(received), rate));
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
    const Language language = languageFor();
    if (e.error.isError() && !(final && final->hasResponse)) {
        setBadge(transportErrorTitle(e),
                 QColor(0x8e, 0x24, 0xaa),
                 e.error.sentence
                         + (e.error.hint.isEmpty() ? QString() : QLatin1Char('\n') + e.error.hint)
                         + QLatin1Char('\n')
                         + tr("libcurl error %1: %2").arg(e.error.curlCode).arg(e.error.curlText));
    } else if (final && final->hasResponse) {
        const int status = final->response.status;
        QString reason = latin1(final->response.reason);
        QString summary;
        if (m_statuses) {
            const StatusCatalogue::Explanation explanation = m_statuses->explain(status, language);
            summary = explanation.summary;
            if (reason.isEmpty() && explanation.entry)
                reason = latin1(explanation.entry->reason);
        }
        if (e.error.isError())
            summary += QLatin1Char('\n') + tr("The transfer then failed: %1").arg(e.error.sentence);
        setBadge(QStringLiteral("%1 %2").arg(status).arg(reason).trimmed(),
                 statusColour(status),
                 summary);
    }
    const WireSize wire = wireSize(e);
    QStringList meta;
    meta << QStringLiteral("#%1").arg(id);
    if (!e.connection.httpVersion.isEmpty())
        meta << latin1(e.connection.httpVersion);
    if (!e.connection.remoteAddress.isEmpty())
        meta << QStringLiteral("%1:%2").arg(e.connection.remoteAddress).arg(e.connection.remotePort);
    meta << formatDuration(e.timings.totalUs);
    meta << tr("body %1").arg(formatByteSize(e.body.size()));
    meta << tr("%1 on the wire").arg(formatByteSize(wire.total()));
    if (e.hops.size() > 1)
        meta << tr("%n hop(s)", nullptr, int(e.hops.size()));
    meta << (e.connection.reused ? tr("reused connection") : tr("new connection"));
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    fillRaw(e);
    fillHeaders(e);
    fillBody();
    fillCookies(e);
    m_waterfall->setTimings(e.timings, e.timings.queueUs, e.error.isError());
    fillExplain(e);
    fillTls(e);
}

void ResponseView::fillRaw(const Exchange &e)
{
    // Line endings are CRLF on the wire; the view shows them as line breaks. The exact bytes
    // remain in the exchange and in HAR.
    m_raw->setPlainText(transcript(e, TranscriptStyle::Plain));
    m_rawHighlighter->setMode(CodeHighlighter::Mode::Http, isDark());
}

void ResponseView::fillHeaders(const Exchange &e)
{
    m_headers->clear();
    const Language language = languageFor();
    auto addGroup = [&](const QString &title, const HeaderList &headers) {
        auto *group = new QTreeWidgetItem(m_headers, {title});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const HeaderField &field : headers) {
            QString meaning;
            if (m_headerCatalogue) {
                if (auto entry = m_headerCatalogue->find(field.name, language))
                    meaning = entry->meaning;
            }
            auto *item = new QTreeWidgetItem(group,
                                             {latin1(field.name), latin1(field.value), meaning});
            item->setToolTip(1, latin1(field.value));
            item->setToolTip(2, meaning);
        }
        group->setExpanded(true);
    };
    const Hop *final = e.finalHop();
    if (final && final->hasResponse)
        addGroup(tr("Response headers (%1)").arg(final->response.headers.size()),
                 final->response.headers);
    if (final)
        addGroup(tr("Request headers (%1)").arg(final->request.headers.size()),
                 final->request.headers);
}

void ResponseView::fillBody()
{
    if (!m_exchange)
        return;
    const Exchange &e = *m_exchange;
    const qint64 size = e.body.size();
    const Hop *final = e.finalHop();
    const QByteArray contentType = final && final->hasResponse
                                           ? headerValue(final->response.headers, "Content-Type")
                                           : QByteArray();
    const QByteArray head = e.body.read(qMin(size, textViewLimit));
    const BodyKind kind = detectBodyKind(contentType, head);
    QString info = formatByteSize(size);
    if (!contentType.isEmpty())
        info += QStringLiteral(" · ") + latin1(contentType);
    if (final && final->bodyWireBytes != size)
        info += QStringLiteral(" · ")
                + tr("%1 on the wire").arg(formatByteSize(final->bodyWireBytes));
    m_hexModel->setExchange(m_exchange);

    if (kind == BodyKind::Empty) {
        m_bodyInfo->setText(tr("No body.")
                            + (final && final->response.status == 304
                                       ? QLatin1Char(' ')
                                                 + tr("A 304 never has one: the "
                                                      "cached copy is still good.")
                                       : QString()));
        m_bodyText->clear();
        m_bodyStack->setCurrentWidget(m_bodyText);
        return;
    }
    if (m_forceHex || kind == BodyKind::Binary) {
        m_bodyInfo->setText(info);
        m_bodyStack->setCurrentWidget(m_hex);
        return;
    }
    if (kind == BodyKind::Image && size <= imageLimit) {
        QImage image;
        if (image.loadFromData(e.body.read())) {
            m_image->setPixmap(QPixmap::fromImage(image));
            m_bodyInfo->setText(
                    info + QStringLiteral(" · %1×%2").arg(image.width()).arg(image.height()));
            m_bodyStack->setCurrentWidget(m_imageArea);
            return;
        }
        m_bodyStack->setCurrentWidget(m_hex);
        m_bodyInfo->setText(info + QStringLiteral(" · ") + tr("not a readable image"));
        return;
    }
    QByteArray shown = head;
    CodeHighlighter::Mode mode = CodeHighlighter::Mode::Plain;
    bool ok = false;
    if (size <= prettyLimit) {
        if (kind == BodyKind::Json) {
            shown = prettyJson(head, &ok);
            mode = CodeHighlighter::Mode::Json;
        } else if (kind == BodyKind::Xml) {
            shown = prettyXml(head, &ok);
            mode = CodeHighlighter::Mode::Markup;
        } else if (kind == BodyKind::Html) {
            mode = CodeHighlighter::Mode::Markup;
        }
    }
    if (size > textViewLimit)
        info += QStringLiteral(" · ")
                + tr("showing the first %1; tick Hex or save the body to see all of it")
                          .arg(formatByteSize(textViewLimit));
    m_bodyInfo->setText(info);
    m_bodyHighlighter->setMode(CodeHighlighter::Mode::Plain, isDark());
    m_bodyText->setPlainText(QString::fromUtf8(shown));
    m_bodyHighlighter->setMode(mode, isDark());
    m_bodyStack->setCurrentWidget(m_bodyText);
}

void ResponseView::fillCookies(const Exchange &e)
{
    m_sentCookies->setRowCount(0);
    m_receivedCookies->setRowCount(0);
    for (const Hop &hop : e.hops) {
        for (const QByteArray &value : headerValues(hop.request.headers, "Cookie")) {
            for (const auto &pair : parseCookieHeader(value))
                addTableRow(m_sentCookies, {latin1(pair.first), latin1(pair.second)});
        }
        if (!hop.hasResponse)
            continue;
        for (const QByteArray &value : headerValues(hop.response.headers, "Set-Cookie")) {
            const SetCookie cookie = SetCookie::parse(value);
            QStringList attributes;
            for (const auto &attribute : cookie.attributes)
                attributes << (attribute.second.isEmpty()
                                       ? latin1(attribute.first)
                                       : latin1(attribute.first) + QLatin1Char('=')
                                                 + latin1(attribute.second));
            addTableRow(m_receivedCookies,
                        {latin1(cookie.name),
                         latin1(cookie.value),
                         attributes.join(QStringLiteral("; "))});
        }
    }
}

void ResponseView::fillExplain(const Exchange &e)
{
    QString out;
    const Hop *final = e.finalHop();
    const Language language = languageFor();
    if (final && final->hasResponse && m_statuses) {
        const StatusCatalogue::Explanation x = m_statuses->explain(final->response.status, language);
        out += QStringLiteral("<h2>%1</h2>").arg(html(x.title));
        if (!x.className.isEmpty())
            out += QStringLiteral("<p><i>%1</i></p>").arg(html(x.className));
        out += QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(html(x.summary), html(x.detail));
        if (x.entry && !x.entry->spec.isEmpty())
            out += QStringLiteral("<p>%1</p>").arg(html(x.entry->spec));
    } else if (e.error.isError()) {
        out += QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
                       .arg(html(tr("No HTTP response")),
                            html(e.error.sentence),
                            html(e.error.hint));
    }
    const QList<Finding> findings = findingsFor(e);
    if (!findings.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(html(tr("Findings")));
        for (const Finding &finding : findings)
            out += QStringLiteral("<li><b>[%1]</b> %2 <i>(%3)</i></li>")
                           .arg(html(QString::fromLatin1(severityName(finding.severity))),
                                html(finding.text),
                                html(finding.basis));
        out += QStringLiteral("</ul>");
    }
    const CachingSummary caching = cachingSummary(e);
    if (!caching.rows.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><table cellpadding=3>").arg(html(caching.title));
        for (const CachingRow &row : caching.rows)
            out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                           .arg(html(row.label), html(row.value));
        out += QStringLiteral("</table>");
    }
    m_explain->setHtml(out);
}

void ResponseView::fillTls(const Exchange &e)
{
    const TlsInfo &t = e.tls;
    if (!t.used && t.chain.isEmpty()) {
        m_tls->setHtml(QStringLiteral("<p>%1</p>").arg(html(tr("This exchange did not use TLS."))));
        return;
    }
    QString out = QStringLiteral("<table cellpadding=3>");
    auto row = [&](const QString &name, const QString &value) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(html(name), html(value));
    };
    row(tr("Protocol"), latin1(t.protocol));
    row(tr("Cipher"), latin1(t.cipher));
    row(tr("ALPN"), latin1(t.alpn));
    row(tr("Verification"),
        !t.verificationEnabled ? tr("switched off (insecure)")
        : t.verifyResult == 0  ? tr("the chain verified")
                               : tr("failed: %1 (%2)").arg(t.verifyText).arg(t.verifyResult));
    out += QStringLiteral("</table><h3>%1</h3>").arg(html(tr("Certificate chain")));
    for (const QSslCertificate &cert : t.chain) {
        out += QStringLiteral("<p><b>%1</b><br>%2: %3<br>%4: %5 – %6<br>SHA-256: %7</p>")
                       .arg(html(cert.subjectDisplayName()),
                            html(tr("Issuer")),
                            html(cert.issuerDisplayName()),
                            html(tr("Valid")),
                            cert.effectiveDate().toString(Qt::ISODate),
                            cert.expiryDate().toString(Qt::ISODate),
                            QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':')));
    }
    m_tls->setHtml(out);
}

void ResponseView::findInRaw(bool backwards)
{
    const QString needle = m_rawFind->text();
    QList<QTextEdit::ExtraSelection> selections;
    if (!needle.isEmpty()) {
        QTextCursor cursor(m_raw->document());
        QTextCharFormat format;
        format.setBackground(QColor(0xff, 0xe0, 0x66));
        format.setForeground(Qt::black);
        while (!(cursor = m_raw->document()->find(needle, cursor)).isNull()
               && selections.size() < 10000)
            selections.append({cursor, format});
        QTextDocument::FindFlags flags;
        if (backwards)
            flags |= QTextDocument::FindBackward;
        if (!m_raw->find(needle, flags)) {
            m_raw->moveCursor(backwards ? QTextCursor::End : QTextCursor::Start);
            m_raw->find(needle, flags);
        }
    }
    m_raw->setExtraSelections(selections);
}

} // namespace HttpLens
