#include "connectionsummary.h"

#include <QCoreApplication>

namespace HttpLens {

namespace {

class SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::ConnectionSummary)
};

} // namespace

QString peerAddress(const ConnectionInfo &connection)
{
    if (connection.remoteAddress.isEmpty())
        return {};
    return QStringLiteral("%1:%2").arg(connection.remoteAddress).arg(connection.remotePort);
}

QString tlsVerification(const TlsInfo &t)
{
    if (!t.verificationEnabled)
        return t.verifyResult == 0
                       ? SummaryText::tr("switched off (insecure); the chain would have verified")
                       : SummaryText::tr("switched off (insecure); the check failed: %1 (%2) and "
                                         "the certificate was used anyway")
                                 .arg(t.verifyText)
                                 .arg(t.verifyResult);
    return t.verifyResult == 0
                   ? SummaryText::tr("the chain verified")
                   : SummaryText::tr("failed: %1 (%2)").arg(t.verifyText).arg(t.verifyResult);
}

QString tlsSummary(const TlsInfo &t)
{
    if (!t.used)
        return {};
    return SummaryText::tr("%1 · %2 · certificate: %3")
            .arg(QString::fromLatin1(t.protocol), QString::fromLatin1(t.cipher), tlsVerification(t));
}

} // namespace HttpLens
