#pragma once

#include "model/exchange.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace HttpLens {

class CodeHighlighter;
class HexModel;

// The Body tab: pretty JSON and XML, coloured HTML, images, and a hex view that pages through a
// body of any size. Each new response opens in the view that suits it, at its start.
class BodyPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyPage)

public:
    explicit BodyPage(QWidget *parent = nullptr);
    void showExchange(std::shared_ptr<const Exchange> exchange);
    void clear();

private:
    void fill();
    bool isDark() const;

    std::shared_ptr<const Exchange> m_exchange;
    QLabel *m_info = nullptr;
    QCheckBox *m_hexToggle = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_text = nullptr;
    CodeHighlighter *m_highlighter = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_image = nullptr;
    QTableView *m_hex = nullptr;
    HexModel *m_hexModel = nullptr;
};

} // namespace HttpLens
