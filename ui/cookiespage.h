#pragma once

#include "model/exchange.h"

#include <QWidget>

class QTableView;
class QTableWidget;

namespace HttpLens {

class CookieJar;

// The Cookies tab: the cookies sent with the request, those the response set (with their
// attributes), and the jar, editable. The three tables share the height.
class CookiesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CookiesPage)

public:
    CookiesPage(CookieJar *jar, QWidget *parent = nullptr);
    void showExchange(const Exchange &exchange);
    void clear();

private:
    CookieJar *m_jar;
    QTableWidget *m_sent = nullptr;
    QTableWidget *m_received = nullptr;
    QTableView *m_jarView = nullptr;
};

} // namespace HttpLens
