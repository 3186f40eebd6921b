#pragma once

// Hand-made exchanges for the findings suites, and the check every rule row goes through.

#include "knowledge/findings.h"
#include "knowledge/statuscatalogue.h"
#include "text.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <memory>

// A hand-made exchange: each hop given as its raw request head and raw response head.
struct HopSpec
{
    QByteArray request;
    QByteArray response;
    qint64 wireBytes = 0;
    qint64 decodedBytes = -1; // -1: the same as wireBytes
    QByteArray interim = {};  // a raw 1xx head received before the response, if any
    QByteArray requestBody = {};
};

inline HttpLens::Exchange makeExchange(const QString &url, const QList<HopSpec> &hops)
{
    HttpLens::Exchange exchange;
    exchange.request.url = url;
    for (const HopSpec &spec : hops) {
        HttpLens::Hop hop;
        hop.url = url;
        hop.request = HttpLens::RequestHead::parse(spec.request);
        hop.response = HttpLens::ResponseHead::parse(spec.response);
        hop.hasResponse = true;
        hop.bodyWireBytes = spec.wireBytes;
        hop.bodyDecodedBytes = spec.decodedBytes < 0 ? spec.wireBytes : spec.decodedBytes;
        if (!spec.interim.isEmpty())
            hop.interim.append(HttpLens::ResponseHead::parse(spec.interim));
        hop.requestBody = spec.requestBody;
        exchange.hops.append(hop);
    }
    return exchange;
}

inline const QByteArray kGet = "GET /r HTTP/1.1\r\nHost: x\r\n\r\n";
inline QByteArray get(const QByteArray &headers)
{
    return "GET /r HTTP/1.1\r\nHost: x\r\n" + headers + "\r\n";
}
inline QByteArray response(const QByteArray &statusLine, const QByteArray &headers)
{
    return "HTTP/1.1 " + statusLine + "\r\n" + headers + "\r\n";
}

// Whether rule is among the exchange's findings as fires says, each finding with a text and a
// basis, and every one of them in Simplified Chinese too.
inline void checkRule(const QString &url,
                      const QList<HopSpec> &hops,
                      const QByteArray &rule,
                      bool fires)
{
    using namespace HttpLens;
    const QList<Finding> findings = findingsFor(makeExchange(url, hops));
    QStringList ids;
    bool found = false;
    for (const Finding &finding : findings) {
        ids.append(QString::fromLatin1(finding.id));
        if (finding.id == rule) {
            found = true;
            QVERIFY(!finding.text.isEmpty());
            QVERIFY(!finding.basis.isEmpty());
        }
    }
    QVERIFY2(found == fires,
             qPrintable(QStringLiteral("rule %1, findings: %2")
                                .arg(QString::fromLatin1(rule), ids.join(QLatin1Char(' ')))));
    const std::unique_ptr<QTranslator> chinese = translatorFor(Language::Chinese);
    QVERIFY(chinese);
    QCoreApplication::installTranslator(chinese.get());
    const QList<Finding> translated = findingsFor(makeExchange(url, hops));
    QCoreApplication::removeTranslator(chinese.get());
    QCOMPARE(translated.size(), findings.size());
    for (const Finding &finding : translated) {
        QVERIFY2(hasChinese(finding.text),
                 qPrintable(QString::fromLatin1(finding.id) + QStringLiteral(": ") + finding.text));
    }
}
