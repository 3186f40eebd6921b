#include "response.h"

#include "knowledge/reasonphrases.h"

namespace HttpLens::Practice {

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (HeaderField &field : headers) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0) {
            field.value = value;
            return;
        }
    }
    headers.append(HeaderField{name, value});
}

QByteArray Response::serialize(bool headRequest) const
{
    QByteArray out;
    for (const QByteArray &head : interim)
        out += head;
    const QByteArray phrase = reason.isEmpty() ? standardReasonPhrase(status) : reason;
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + phrase + "\r\n";
    for (const HeaderField &field : headers)
        out += field.name + ": " + field.value + "\r\n";
    // RFC 9110 §15.4.5 and §15.3.5: a 304 and a 204 never carry a body; 1xx neither.
    const bool bodyAllowed = status >= 200 && status != 204 && status != 304;
    if (bodyAllowed && !hasHeader(headers, "Content-Length")
        && !hasHeader(headers, "Transfer-Encoding"))
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    if (bodyAllowed && !headRequest)
        out += body;
    return out;
}

Response Response::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    Response response;
    response.status = status;
    response.addHeader("Content-Type", contentType);
    response.body = body;
    return response;
}

} // namespace HttpLens::Practice
