#pragma once

class QLabel;
class QScrollArea;
class QWidget;

namespace HttpLens {

// A form page in a frameless scroll area: on a small screen it scrolls instead of forcing the
// window to grow, and where there is room it fills it.
QScrollArea *scrollablePage(QWidget *page, QWidget *parent);

// A word-wrapped label in a frameless scroll area exactly `lines` lines high: however long its
// text, the banner that holds it keeps its height and the window its layout.
QScrollArea *fixedLinesLabel(QLabel *label, int lines, QWidget *parent);

} // namespace HttpLens
