#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

class QPlainTextEdit;
class QWidget;

namespace HttpLens {

// A text view for code and raw HTTP: the system's fixed-width font, lines not wrapped.
QPlainTextEdit *createCodeView(QWidget *parent);

// Colours JSON, XML/HTML and raw HTTP heads in a read-only view. Colours come from the palette's
// lightness so they read on light and dark themes alike.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeHighlighter)

public:
    enum class Mode { Plain, Json, Markup, Http };

    explicit CodeHighlighter(QTextDocument *document);
    void setMode(Mode mode, bool darkTheme);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    Mode m_mode = Mode::Plain;
    QList<Rule> m_rules;
};

} // namespace HttpLens
