#include "harcapture.h"

#include "interop/har.h"
#include "interop/harentrywriter.h"

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

} // namespace

void writeCapture(JsonWriter &out, const CaptureInfo &c)
{
    using L = QLatin1StringView;
    out.beginObject();
    out.key(L("mode")).value(L(kModes[int(c.mode)]));
    out.key(L("clientAddress")).value(c.clientAddress).key(L("clientPort")).value(c.clientPort);
    out.key(L("clientRequest"));
    writeRawBytes(out, c.clientRequest);
    out.key(L("clientRequestBodyBytes")).value(c.clientRequestBodyBytes);
    out.key(L("clientResponse"));
    writeRawBytes(out, c.clientResponse);
    out.key(L("clientResponseBodyBytes")).value(c.clientResponseBodyBytes);
    if (!c.processName.isEmpty() || c.pid > 0)
        out.key(L("process")).value(c.processName).key(L("pid")).value(c.pid);
    if (!c.clientRequestBody.isEmpty()) {
        out.key(L("clientRequestBody"));
        writeRawBytes(out, c.clientRequestBody);
    }
    if (!c.clientTlsProtocol.isEmpty() || !c.serverName.isEmpty()) {
        out.key(L("clientTls")).beginObject();
        out.key(L("serverName")).latin1(c.serverName).key(L("protocol")).latin1(c.clientTlsProtocol);
        out.key(L("cipher")).latin1(c.clientTlsCipher).key(L("alpn")).latin1(c.clientAlpn);
        out.endObject();
    }
    if (c.upgraded)
        out.key(L("tunnel"))
                .beginObject()
                .key(L("bytesUp"))
                .value(c.tunnelBytesUp)
                .key(L("bytesDown"))
                .value(c.tunnelBytesDown)
                .endObject();
    if (!c.clientProblem.isEmpty())
        out.key(L("problem")).value(c.clientProblem);
    if (!c.previousEtag.isEmpty() || !c.previousLastModified.isEmpty())
        out.key(L("previous"))
                .beginObject()
                .key(L("etag"))
                .latin1(c.previousEtag)
                .key(L("lastModified"))
                .latin1(c.previousLastModified)
                .endObject();
    out.endObject();
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
    const QJsonObject previous = object.value(QStringLiteral("previous")).toObject();
    c.previousEtag = previous.value(QStringLiteral("etag")).toString().toLatin1();
    c.previousLastModified = previous.value(QStringLiteral("lastModified")).toString().toLatin1();
    return c;
}

} // namespace HttpLens
