#pragma once

#include "model/exchange.h"

#include <QTextBrowser>

namespace HttpLens {

class StatusCatalogue;

// The Explain tab: what the status means (or what the transport error was), the findings about
// this exchange, and the caching verdict of RFC 9111.
class ExplainPage : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainPage)

public:
    ExplainPage(const StatusCatalogue *statuses, QWidget *parent = nullptr);
    void showExchange(const Exchange &exchange);

private:
    const StatusCatalogue *m_statuses;
};

} // namespace HttpLens
