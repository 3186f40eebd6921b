#pragma once

#include "model/exchange.h"

#include <QTextBrowser>

namespace HttpLens {

// The TLS tab: protocol, cipher, verification and the certificate chain.
class TlsPage : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsPage)

public:
    explicit TlsPage(QWidget *parent = nullptr);
    void showExchange(const Exchange &exchange);
};

} // namespace HttpLens
