#include "rawpage.h"

#include "codehighlighter.h"

#include "inspector/transcript.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
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
    // How many places the text was found, or that it was not: a find that says nothing leaves
    // the person unsure whether it ran.
    m_matches = new QLabel(this);
    m_matches->setObjectName(QStringLiteral("rawMatches"));
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_matches);
    layout->addLayout(findRow);
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
    // The words being looked for stay, and are looked for in this exchange.
    find(false);
}

void RawPage::clear()
{
    m_raw->clear();
    find(false);
}

QString RawPage::matchesText() const
{
    return m_matches->text();
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
    QPalette pal = m_matches->palette();
    pal.setColor(QPalette::WindowText,
                 selections.isEmpty() ? QColor(0xc6, 0x28, 0x28)
                                      : palette().color(QPalette::WindowText));
    m_matches->setPalette(pal);
    m_matches->setText(needle.isEmpty() ? QString()
                       : selections.isEmpty()
                               ? tr("Not found")
                               : tr("%n match(es)", nullptr, int(selections.size())));
}

} // namespace HttpLens
