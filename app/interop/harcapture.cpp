#include "harcapture.h"

#include "interop/har.h"

#include <QJsonValue>

namespace HttpLens {

namespace {

const char *const kModes[] = {"forward", "reverse", "intercepted", "tunnel"};

QByteArray rawField(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toLatin1();
    const QJsonObject object = value.toObject();
    if (object.value(QStringLiteral("encoding")).toString() == QLatin1String("base64"))
        return QByteArray::fromBase64(object.value(QStringLiteral("text")).toString().toLatin1());
    return object.value(QStringLiteral("text")).toString().toLatin1();
}

QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

} // namespace

QJsonObject captureObject(const CaptureInfo &c)
{
    QJsonObject object{{QStringLiteral("mode"), QLatin1String(kModes[int(c.mode)])},
                       {QStringLiteral("clientAddress"), c.clientAddress},
                       {QStringLiteral("clientPort"), c.clientPort},
                       {QStringLiteral("clientRequest"), rawBytesValue(c.clientRequest)},
                       {QStringLiteral("clientRequestBodyBytes"), c.clientRequestBodyBytes},
                       {QStringLiteral("clientResponse"), rawBytesValue(c.clientResponse)},
                       {QStringLiteral("clientResponseBodyBytes"), c.clientResponseBodyBytes}};
    if (!c.processName.isEmpty() || c.pid > 0) {
        object.insert(QStringLiteral("process"), c.processName);
        object.insert(QStringLiteral("pid"), c.pid);
    }
    if (!c.clientRequestBody.isEmpty())
        object.insert(QStringLiteral("clientRequestBody"), rawBytesValue(c.clientRequestBody));
    if (!c.clientTlsProtocol.isEmpty() || !c.serverName.isEmpty())
        object.insert(QStringLiteral("clientTls"),
                      QJsonObject{{QStringLiteral("serverName"), latin1(c.serverName)},
                                  {QStringLiteral("protocol"), latin1(c.clientTlsProtocol)},
                                  {QStringLiteral("cipher"), latin1(c.clientTlsCipher)},
                                  {QStringLiteral("alpn"), latin1(c.clientAlpn)}});
    if (c.upgraded)
        object.insert(QStringLiteral("tunnel"),
                      QJsonObject{{QStringLiteral("bytesUp"), c.tunnelBytesUp},
                                  {QStringLiteral("bytesDown"), c.tunnelBytesDown}});
    if (!c.clientProblem.isEmpty())
        object.insert(QStringLiteral("problem"), c.clientProblem);
    return object;
}

CaptureInfo captureFromObject(const QJsonObject &object)
{
    CaptureInfo c;
    if (object.isEmpty())
        return c;
    c.captured = true;
    const QString mode = object.value(QStringLiteral("mode")).toString();
    for (int i = 0; i < 4; ++i) {
        if (mode == QLatin1String(kModes[i]))
            c.mode = CaptureInfo::Mode(i);
    }
    c.clientAddress = object.value(QStringLiteral("clientAddress")).toString();
    c.clientPort = object.value(QStringLiteral("clientPort")).toInt();
    c.processName = object.value(QStringLiteral("process")).toString();
    c.pid = object.value(QStringLiteral("pid")).toInteger();
    c.clientRequest = rawField(object.value(QStringLiteral("clientRequest")));
    c.clientRequestBody = rawField(object.value(QStringLiteral("clientRequestBody")));
    c.clientRequestBodyBytes = object.value(QStringLiteral("clientRequestBodyBytes")).toInteger();
    c.clientResponse = rawField(object.value(QStringLiteral("clientResponse")));
    c.clientResponseBodyBytes = object.value(QStringLiteral("clientResponseBodyBytes")).toInteger();
    const QJsonObject tls = object.value(QStringLiteral("clientTls")).toObject();
    c.serverName = tls.value(QStringLiteral("serverName")).toString().toLatin1();
    c.clientTlsProtocol = tls.value(QStringLiteral("protocol")).toString().toLatin1();
    c.clientTlsCipher = tls.value(QStringLiteral("cipher")).toString().toLatin1();
    c.clientAlpn = tls.value(QStringLiteral("alpn")).toString().toLatin1();
    const QJsonObject tunnel = object.value(QStringLiteral("tunnel")).toObject();
    c.upgraded = !tunnel.isEmpty();
    c.tunnelBytesUp = tunnel.value(QStringLiteral("bytesUp")).toInteger();
    c.tunnelBytesDown = tunnel.value(QStringLiteral("bytesDown")).toInteger();
    c.clientProblem = object.value(QStringLiteral("problem")).toString();
    return c;
}

} // namespace HttpLens
