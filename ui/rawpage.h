#pragma once

#include "model/exchange.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace HttpLens {

class CodeHighlighter;

// The Raw tab: every hop and 1xx as on the wire (the one transcript the CLI prints too), with
// a find field.
class RawPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawPage)

public:
    explicit RawPage(QWidget *parent = nullptr);
    void showExchange(const Exchange &exchange);
    void clear();
    QString text() const;
    QString matchesText() const; // "3 matches", "Not found", or nothing

private:
    void find(bool backwards);
    bool isDark() const;

    QLineEdit *m_find = nullptr;
    QLabel *m_matches = nullptr;
    QPlainTextEdit *m_raw = nullptr;
    CodeHighlighter *m_highlighter = nullptr;
};

} // namespace HttpLens
