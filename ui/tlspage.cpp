#include "tlspage.h"

#include "inspector/connectionsummary.h"

namespace HttpLens {

TlsPage::TlsPage(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("tlsView"));
}

void TlsPage::showExchange(const Exchange &e)
{
    const TlsInfo &t = e.tls;
    auto html = [](const QString &text) { return text.toHtmlEscaped(); };
    if (!t.used && t.chain.isEmpty()) {
        setHtml(QStringLiteral("<p>%1</p>").arg(html(tr("This exchange did not use TLS."))));
        return;
    }
    QString out = QStringLiteral("<table cellpadding=3>");
    auto row = [&](const QString &name, const QString &value) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(html(name), html(value));
    };
    row(tr("Protocol"), QString::fromLatin1(t.protocol));
    row(tr("Cipher"), QString::fromLatin1(t.cipher));
    row(tr("ALPN"), QString::fromLatin1(t.alpn));
    row(tr("Verification"), tlsVerification(t));
    out += QStringLiteral("</table><h3>%1</h3>").arg(html(tr("Certificate chain")));
    for (const QSslCertificate &cert : t.chain) {
        out += QStringLiteral("<p><b>%1</b><br>%2: %3<br>%4: %5 – %6<br>SHA-256: %7</p>")
                       .arg(html(cert.subjectDisplayName()),
                            html(tr("Issuer")),
                            html(cert.issuerDisplayName()),
                            html(tr("Valid")),
                            cert.effectiveDate().toString(Qt::ISODate),
                            cert.expiryDate().toString(Qt::ISODate),
                            QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':')));
    }
    setHtml(out);
}

} // namespace HttpLens
