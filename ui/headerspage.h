#pragma once

#include "model/exchange.h"

#include <QTreeWidget>

namespace HttpLens {

class HeaderCatalogue;

// The Headers tab: the final hop's response header fields and the request's, each with the
// catalogue's meaning, which wraps to the width it has.
class HeadersPage : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadersPage)

public:
    HeadersPage(const HeaderCatalogue *catalogue, QWidget *parent = nullptr);
    void showExchange(const Exchange &exchange);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addGroup(const QString &title, const HeaderList &headers);

    const HeaderCatalogue *m_catalogue;
};

} // namespace HttpLens
