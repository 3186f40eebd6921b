#include "bodypage.h"

#include "codehighlighter.h"

#include "inspector/bodyformat.h"
#include "inspector/hexmodel.h"
#include "inspector/history.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace HttpLens {

namespace {

// Beyond these sizes the body view shows a prefix (the hex view and Save still see it all).
constexpr qint64 textViewLimit = 2 * 1024 * 1024;
constexpr qint64 prettyLimit = 1024 * 1024;
constexpr qint64 imageLimit = 32 * 1024 * 1024;

} // namespace

BodyPage::BodyPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("bodyInfo"));
    m_info->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_hexToggle = new QCheckBox(tr("&Hex"), this);
    auto *save = new QPushButton(tr("&Save body…"), this);
    bar->addWidget(m_info, 1);
    bar->addWidget(m_hexToggle);
    bar->addWidget(save);
    layout->addLayout(bar);
    m_stack = new QStackedWidget(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("bodyText"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new CodeHighlighter(m_text->document());
    m_imageArea = new QScrollArea(this);
    m_image = new QLabel(m_imageArea);
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_hex = new QTableView(this);
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
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_imageArea);
    m_stack->addWidget(m_hex);
    layout->addWidget(m_stack);
    connect(m_hexToggle, &QCheckBox::toggled, this, &BodyPage::fill);
    connect(save, &QPushButton::clicked, this, [this] {
        if (!m_exchange)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the response body"));
        if (path.isEmpty())
            return;
        QString error;
        if (!m_exchange->body.saveTo(path, &error))
            m_info->setText(tr("Could not save: %1").arg(error));
    });
}

bool BodyPage::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void BodyPage::showExchange(std::shared_ptr<const Exchange> exchange)
{
    m_exchange = std::move(exchange);
    // A new response opens in the view that suits it, at its start.
    const QSignalBlocker blocker(m_hexToggle);
    m_hexToggle->setChecked(false);
    fill();
    m_hex->scrollToTop();
    m_text->moveCursor(QTextCursor::Start);
}

void BodyPage::clear()
{
    m_exchange.reset();
    m_info->clear();
    m_text->clear();
    m_hexModel->setExchange(nullptr);
}

void BodyPage::fill()
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
        info += QStringLiteral(" · ") + QString::fromLatin1(contentType);
    if (final && final->bodyWireBytes != size)
        info += QStringLiteral(" · ")
                + tr("%1 on the wire").arg(formatByteSize(final->bodyWireBytes));
    m_hexModel->setExchange(m_exchange);

    if (kind == BodyKind::Empty) {
        m_info->setText(final && final->response.status == 304
                                ? tr("No body. A 304 never has one: the cached copy is still good.")
                                : tr("No body."));
        m_text->clear();
        m_stack->setCurrentWidget(m_text);
        return;
    }
    if (m_hexToggle->isChecked() || kind == BodyKind::Binary) {
        m_info->setText(info);
        m_stack->setCurrentWidget(m_hex);
        return;
    }
    if (kind == BodyKind::Image && size <= imageLimit) {
        QImage image;
        if (image.loadFromData(e.body.read())) {
            m_image->setPixmap(QPixmap::fromImage(image));
            m_info->setText(info
                            + QStringLiteral(" · %1×%2").arg(image.width()).arg(image.height()));
            m_stack->setCurrentWidget(m_imageArea);
            return;
        }
        m_stack->setCurrentWidget(m_hex);
        m_info->setText(info + QStringLiteral(" · ") + tr("not a readable image"));
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
    m_info->setText(info);
    m_info->setToolTip(info);
    m_highlighter->setMode(CodeHighlighter::Mode::Plain, isDark());
    m_text->setPlainText(QString::fromUtf8(shown));
    m_highlighter->setMode(mode, isDark());
    m_stack->setCurrentWidget(m_text);
}

} // namespace HttpLens
