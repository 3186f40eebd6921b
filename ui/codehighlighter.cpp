#include "codehighlighter.h"

#include <QFontDatabase>
#include <QPlainTextEdit>

namespace HttpLens {

QPlainTextEdit *createCodeView(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

CodeHighlighter::CodeHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

void CodeHighlighter::setMode(Mode mode, bool dark)
{
    m_mode = mode;
    m_rules.clear();
    auto format = [](const QColor &colour, bool bold = false) {
        QTextCharFormat f;
        f.setForeground(colour);
        if (bold)
            f.setFontWeight(QFont::Bold);
        return f;
    };
    const QColor key = dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x55, 0xaa);
    const QColor string = dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15);
    const QColor number = dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58);
    const QColor keyword = dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff);
    const QColor muted = dark ? QColor(0x80, 0x80, 0x80) : QColor(0x70, 0x70, 0x70);
    using RE = QRegularExpression;
    switch (mode) {
    case Mode::Plain:
        break;
    case Mode::Json:
        m_rules.append(
                {RE(QStringLiteral("-?\\b\\d+(\\.\\d+)?([eE][+-]?\\d+)?\\b")), format(number)});
        m_rules.append({RE(QStringLiteral("\\b(true|false|null)\\b")), format(keyword)});
        m_rules.append({RE(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"")), format(string)});
        m_rules.append({RE(QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:")), format(key), 1});
        break;
    case Mode::Markup:
        m_rules.append({RE(QStringLiteral("</?[A-Za-z][\\w:.-]*|/?>")), format(keyword)});
        m_rules.append({RE(QStringLiteral("\\b([\\w:.-]+)=")), format(key), 1});
        m_rules.append({RE(QStringLiteral("\"[^\"]*\"|'[^']*'")), format(string)});
        m_rules.append(
                {RE(QStringLiteral("<!--.*?-->|<!DOCTYPE[^>]*>|<\\?.*?\\?>")), format(muted)});
        break;
    case Mode::Http:
        m_rules.append({RE(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+(?=:)")), format(key, true)});
        m_rules.append({RE(QStringLiteral("^(HTTP/\\S+ \\d{3}.*|[A-Z]+ \\S+ HTTP/\\S+)$")),
                        format(keyword, true)});
        m_rules.append({RE(QStringLiteral("^(──|\\*).*$")), format(muted)});
        break;
    }
    rehighlight();
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    if (m_rules.isEmpty() || text.size() > 10000)
        return; // minified megabyte lines would stall the view
    for (const Rule &rule : std::as_const(m_rules)) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            setFormat(int(match.capturedStart(rule.group)),
                      int(match.capturedLength(rule.group)),
                      rule.format);
        }
    }
}

} // namespace HttpLens
