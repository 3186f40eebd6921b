#include "capturereport.h"

#include "inspector/history.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace HttpLens {

namespace {

class CaptureReportText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::CaptureReport)
};

const char *const kModeNames[] = {"forward", "reverse", "intercepted", "tunnel"};

QString client(const CaptureInfo &capture)
{
    if (!capture.processName.isEmpty())
        return QStringLiteral("%1[%2]").arg(capture.processName).arg(capture.pid);
    return QStringLiteral("%1:%2").arg(capture.clientAddress).arg(capture.clientPort);
}

qint64 bodyBytes(const Exchange &exchange)
{
    const Hop *hop = exchange.finalHop();
    return hop ? hop->bodyDecodedBytes : 0;
}

} // namespace

QByteArray captureLine(const Exchange &exchange, qint64 number)
{
    const CaptureInfo &capture = exchange.capture;
    const QString what = QStringLiteral("%1 %2").arg(QString::fromLatin1(exchange.request.method),
                                                     exchange.request.url);
    QString outcome;
    if (capture.upgraded) {
        outcome = CaptureReportText::tr("%1, tunnel: %2 up, %3 down")
                          .arg(exchange.status())
                          .arg(formatByteSize(capture.tunnelBytesUp),
                               formatByteSize(capture.tunnelBytesDown));
    } else if (exchange.error.isError()) {
        outcome = CaptureReportText::tr("failed: %1").arg(exchange.error.sentence);
    } else {
        const Hop *hop = exchange.finalHop();
        outcome = CaptureReportText::tr("%1 %2, %3, %4")
                          .arg(exchange.status())
                          .arg(hop ? QString::fromLatin1(hop->response.reason) : QString(),
                               formatByteSize(bodyBytes(exchange)),
                               formatDuration(exchange.timings.totalUs));
    }
    const QString mode = capture.mode == CaptureInfo::Mode::Intercepted
                                 ? CaptureReportText::tr(" (HTTPS, intercepted)")
                                 : QString();
    return QStringLiteral("#%1 %2 %3%4 → %5\n")
            .arg(number)
            .arg(client(capture), what, mode, outcome)
            .toUtf8();
}

QByteArray captureJson(const Exchange &exchange, qint64 number)
{
    const CaptureInfo &capture = exchange.capture;
    const Hop *hop = exchange.finalHop();
    QJsonObject object{{QStringLiteral("n"), number},
                       {QStringLiteral("started"), exchange.started.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("client"),
                        QStringLiteral("%1:%2").arg(capture.clientAddress).arg(capture.clientPort)},
                       {QStringLiteral("mode"), QLatin1String(kModeNames[int(capture.mode)])},
                       {QStringLiteral("method"), QString::fromLatin1(exchange.request.method)},
                       {QStringLiteral("url"), exchange.request.url},
                       {QStringLiteral("status"), exchange.status()},
                       {QStringLiteral("reason"),
                        hop ? QString::fromLatin1(hop->response.reason) : QString()},
                       {QStringLiteral("bodyBytes"), bodyBytes(exchange)},
                       {QStringLiteral("timeUs"), exchange.timings.totalUs}};
    if (!capture.processName.isEmpty()) {
        object.insert(QStringLiteral("process"), capture.processName);
        object.insert(QStringLiteral("pid"), capture.pid);
    }
    if (capture.upgraded)
        object.insert(QStringLiteral("tunnel"),
                      QJsonObject{{QStringLiteral("bytesUp"), capture.tunnelBytesUp},
                                  {QStringLiteral("bytesDown"), capture.tunnelBytesDown}});
    if (exchange.error.isError())
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("curlCode"), exchange.error.curlCode},
                                  {QStringLiteral("message"), exchange.error.sentence}});
    if (!capture.clientProblem.isEmpty())
        object.insert(QStringLiteral("problem"), capture.clientProblem);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace HttpLens
