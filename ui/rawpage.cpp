#include "rawpage.h"

#include "codehighlighter.h"

#include "inspector/transcript.h"

#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace HttpLens {

RawPage::RawPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("rawFind"));
    m_find->setPlaceholderText(tr("Find in the raw exchange (Enter: next, Shift+Enter: previous)"));
    m_find->setClearButtonEnabled(true);
    m_raw = createCodeView(this);
    m_raw->setObjectName(QStringLiteral("rawView"));
    m_raw->setReadOnly(true);
    m_highlighter = new CodeHighlighter(m_raw->document());
    layout->addWidget(m_find);
    layout->addWidget(m_raw);
    connect(m_find, &QLineEdit::returnPressed, this, [this] {
        find(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier);
    });
    connect(m_find, &QLineEdit::textChanged, this, [this] { find(false); });
}

bool RawPage::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

void RawPage::showExchange(const Exchange &exchange)
{
    // Line endings are CRLF on the wire; the view shows them as line breaks. The exact bytes
    // remain in the exchange and in HAR.
    m_raw->setPlainText(transcript(exchange, TranscriptStyle::Plain));
    m_highlighter->setMode(CodeHighlighter::Mode::Http, isDark());
}

void RawPage::clear()
{
    m_raw->clear();
}

QString RawPage::text() const
{
    return m_raw->toPlainText();
}

void RawPage::find(bool backwards)
{
    const QString needle = m_find->text();
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
