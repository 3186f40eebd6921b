#include "writeout.h"

#include "interop/jsonwriter.h"

#include <QCoreApplication>
#include <QUrl>

#include <curl/curl.h>

#include <optional>

namespace HttpLens {

namespace {

class WriteOutWords
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::WriteOut)
};

// One variable's value; nothing for one that has none (JSON null, no text).
struct Value
{
    enum class Kind { Integer, Code, Seconds, Text, None } kind = Kind::None;
    qint64 number = 0;
    QByteArray text;

    static Value integer(qint64 n) { return {Kind::Integer, n, {}}; }
    static Value code(qint64 n) { return {Kind::Code, n, {}}; }
    static Value microseconds(qint64 us) { return {Kind::Seconds, qMax<qint64>(0, us), {}}; }
    static Value string(const QByteArray &t) { return {Kind::Text, 0, t}; }
    static Value none() { return {}; }
};

struct Input
{
    const Exchange &exchange;
    const WriteOutFacts &facts;
    const Hop *final;
};

QByteArray seconds(qint64 us)
{
    return QByteArray::number(double(us) / 1e6, 'f', 6);
}

qint64 sizeDownload(const Input &in)
{
    return in.final ? in.final->bodyWireBytes : 0;
}

qint64 sizeRequest(const Input &in)
{
    qint64 total = 0;
    for (const Hop &hop : in.exchange.hops)
        total += hop.request.raw.size() + hop.requestBody.size();
    return total;
}

qint64 perSecond(qint64 bytes, qint64 us)
{
    return us > 0 ? qint64(double(bytes) * 1e6 / double(us)) : 0;
}

QByteArray httpVersion(const Input &in)
{
    QByteArray version = in.exchange.connection.httpVersion;
    if (version.startsWith("HTTP/"))
        version.remove(0, 5);
    return version.isEmpty() ? QByteArray("0") : version;
}

QByteArray method(const Input &in)
{
    if (in.final && !in.final->request.method.isEmpty())
        return in.final->request.method;
    return in.exchange.request.effectiveMethod();
}

Value redirectUrl(const Input &in)
{
    if (!in.final || in.final->response.status < 300 || in.final->response.status > 399)
        return Value::none();
    const QByteArray location = headerValue(in.final->response.headers, "Location");
    if (location.isEmpty())
        return Value::none();
    const QUrl base(in.exchange.effectiveUrl);
    return Value::string(base.resolved(QUrl::fromEncoded(location)).toEncoded());
}

struct Variable
{
    const char *name;
    Value (*read)(const Input &);
};

// curl's variables, in alphabetical order as its %{json} lists them.
const Variable kVariables[] = {
        {"content_type",
         [](const Input &in) {
             const QByteArray type = in.final ? headerValue(in.final->response.headers,
                                                            "Content-Type")
                                              : QByteArray();
             return type.isEmpty() ? Value::none() : Value::string(type);
         }},
        {"errormsg",
         [](const Input &in) {
             const TransportError &e = in.exchange.error;
             if (!e.isError())
                 return Value::none();
             return Value::string((e.curlText.isEmpty() ? e.sentence : e.curlText).toUtf8());
         }},
        {"exitcode", [](const Input &in) { return Value::integer(in.facts.exitCode); }},
        {"filename_effective",
         [](const Input &in) {
             return in.facts.outputFile.isEmpty() ? Value::none()
                                                  : Value::string(in.facts.outputFile.toUtf8());
         }},
        {"http_code", [](const Input &in) { return Value::code(in.exchange.status()); }},
        {"http_connect", [](const Input &) { return Value::code(0); }},
        {"http_version", [](const Input &in) { return Value::string(httpVersion(in)); }},
        {"local_ip",
         [](const Input &in) {
             return Value::string(in.exchange.connection.localAddress.toUtf8());
         }},
        {"local_port",
         [](const Input &in) { return Value::integer(in.exchange.connection.localPort); }},
        {"method", [](const Input &in) { return Value::string(method(in)); }},
        {"num_certs", [](const Input &in) { return Value::integer(in.exchange.tls.chain.size()); }},
        {"num_connects",
         [](const Input &in) { return Value::integer(in.exchange.connection.connectionsOpened); }},
        {"num_headers",
         [](const Input &in) {
             return Value::integer(in.final ? in.final->response.headers.size() : 0);
         }},
        {"num_redirects",
         [](const Input &in) {
             return Value::integer(qMax<qsizetype>(0, in.exchange.hops.size() - 1));
         }},
        {"proxy_ssl_verify_result", [](const Input &) { return Value::integer(0); }},
        {"redirect_url", redirectUrl},
        {"referer",
         [](const Input &in) {
             const QByteArray referer = in.final ? headerValue(in.final->request.headers, "Referer")
                                                 : QByteArray();
             return referer.isEmpty() ? Value::none() : Value::string(referer);
         }},
        {"remote_ip",
         [](const Input &in) {
             return Value::string(in.exchange.connection.remoteAddress.toUtf8());
         }},
        {"remote_port",
         [](const Input &in) { return Value::integer(in.exchange.connection.remotePort); }},
        {"response_code", [](const Input &in) { return Value::code(in.exchange.status()); }},
        {"scheme",
         [](const Input &in) {
             const QString url = in.exchange.effectiveUrl.isEmpty() ? in.exchange.request.url
                                                                    : in.exchange.effectiveUrl;
             return Value::string(QUrl(url).scheme().toUpper().toUtf8());
         }},
        {"size_download", [](const Input &in) { return Value::integer(sizeDownload(in)); }},
        {"size_header", [](const Input &in) { return Value::integer(in.exchange.headerBytes); }},
        {"size_request", [](const Input &in) { return Value::integer(sizeRequest(in)); }},
        {"size_upload", [](const Input &in) { return Value::integer(in.exchange.uploadBytes); }},
        {"speed_download",
         [](const Input &in) {
             return Value::integer(perSecond(sizeDownload(in), in.exchange.timings.totalUs));
         }},
        {"speed_upload",
         [](const Input &in) {
             return Value::integer(perSecond(in.exchange.uploadBytes, in.exchange.timings.totalUs));
         }},
        {"ssl_verify_result",
         [](const Input &in) { return Value::integer(in.exchange.tls.verifyResult); }},
        {"time_appconnect",
         [](const Input &in) { return Value::microseconds(in.exchange.timings.appConnectUs); }},
        {"time_connect",
         [](const Input &in) { return Value::microseconds(in.exchange.timings.connectUs); }},
        {"time_namelookup",
         [](const Input &in) { return Value::microseconds(in.exchange.timings.nameLookupUs); }},
        {"time_pretransfer",
         [](const Input &in) { return Value::microseconds(in.exchange.timings.preTransferUs); }},
        {"time_redirect",
         [](const Input &in) { return Value::microseconds(in.exchange.timings.redirectUs); }},
        {"time_starttransfer",
         [](const Input &in) { return Value::microseconds(in.exchange.timings.startTransferUs); }},
        {"time_total",
         [](const Input &in) { return Value::microseconds(in.exchange.timings.totalUs); }},
        {"url", [](const Input &in) { return Value::string(in.exchange.request.url.toUtf8()); }},
        {"url_effective",
         [](const Input &in) { return Value::string(in.exchange.effectiveUrl.toUtf8()); }},
        {"urlnum", [](const Input &in) { return Value::integer(in.facts.urlNumber); }},
};

std::optional<Value> lookUp(QByteArrayView name, const Input &in)
{
    for (const Variable &variable : kVariables) {
        if (name == variable.name)
            return variable.read(in);
    }
    return std::nullopt;
}

QByteArray plain(const Value &value)
{
    switch (value.kind) {
    case Value::Kind::Integer:
        return QByteArray::number(value.number);
    case Value::Kind::Code:
        return QByteArray::number(value.number).rightJustified(3, '0');
    case Value::Kind::Seconds:
        return seconds(value.number);
    case Value::Kind::Text:
        return value.text;
    case Value::Kind::None:
        break;
    }
    return {};
}

// A JSON string as JsonWriter writes one.
QByteArray quoted(const QByteArray &utf8)
{
    JsonWriter json(utf8.size() + 8);
    json.beginArray().value(QString::fromUtf8(utf8)).endArray();
    return json.text().mid(1, json.text().size() - 2);
}

// %{json}: every variable, then curl_version, as curl writes them (times as numbers with six
// decimals, a variable without a value as null).
QByteArray allAsJson(const Input &in)
{
    QByteArray out = "{";
    for (const Variable &variable : kVariables) {
        const Value value = variable.read(in);
        out += '"';
        out += variable.name;
        out += "\":";
        switch (value.kind) {
        case Value::Kind::Integer:
        case Value::Kind::Code:
            out += QByteArray::number(value.number);
            break;
        case Value::Kind::Seconds:
            out += seconds(value.number);
            break;
        case Value::Kind::Text:
            out += quoted(value.text);
            break;
        case Value::Kind::None:
            out += "null";
            break;
        }
        out += ',';
    }
    out += "\"curl_version\":" + quoted(QByteArray(curl_version())) + '}';
    return out;
}

// %{header_json}: the final response's fields, names in lower case, each with its values.
QByteArray headersAsJson(const Input &in)
{
    QList<QByteArray> names;
    QList<QList<QByteArray>> values;
    if (in.final) {
        for (const HeaderField &field : in.final->response.headers) {
            const QByteArray name = field.name.toLower();
            const qsizetype at = names.indexOf(name);
            if (at < 0) {
                names.append(name);
                values.append({field.value});
            } else {
                values[at].append(field.value);
            }
        }
    }
    QByteArray out = "{";
    for (qsizetype i = 0; i < names.size(); ++i) {
        JsonWriter member(128);
        member.beginArray();
        for (const QByteArray &value : values.at(i))
            member.latin1(value);
        member.endArray();
        if (i > 0)
            out += ",\n";
        out += '"' + names.at(i) + "\":" + member.text();
    }
    out += "\n}";
    return out;
}

} // namespace

WriteOutText renderWriteOut(const QByteArray &format,
                            const Exchange &exchange,
                            const WriteOutFacts &facts)
{
    const Input in{exchange, facts, exchange.finalHop()};
    WriteOutText text;
    QByteArray *to = &text.out;
    const qsizetype n = format.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = format.at(i);
        const char next = i + 1 < n ? format.at(i + 1) : '\0';
        if (c == '\\' && next) {
            *to += next == 'n'   ? QByteArray("\n")
                   : next == 'r' ? QByteArray("\r")
                   : next == 't' ? QByteArray("\t")
                                 : QByteArray(1, c) + next;
            ++i;
            continue;
        }
        if (c != '%' || !next) {
            *to += c;
            continue;
        }
        if (next == '%') {
            *to += '%';
            ++i;
            continue;
        }
        const bool header = format.mid(i + 1, 7) == "header{";
        const qsizetype open = header ? i + 8 : i + 2;
        const qsizetype close = format.indexOf('}', open);
        if ((!header && next != '{') || close < 0) {
            // Not a variable: written as it stands, as curl does.
            *to += c;
            *to += next;
            ++i;
            continue;
        }
        const QByteArray name = format.mid(open, close - open);
        i = close;
        if (header) {
            if (in.final)
                *to += headerValue(in.final->response.headers, name);
        } else if (name == "stdout") {
            to = &text.out;
        } else if (name == "stderr") {
            to = &text.err;
        } else if (name == "json") {
            *to += allAsJson(in);
        } else if (name == "header_json") {
            *to += headersAsJson(in);
        } else if (const std::optional<Value> value = lookUp(name, in)) {
            *to += plain(*value);
        } else {
            text.err += WriteOutWords::tr("httplens-cli: unknown --write-out variable: '%1'\n")
                                .arg(QString::fromUtf8(name))
                                .toUtf8();
        }
    }
    return text;
}

} // namespace HttpLens
