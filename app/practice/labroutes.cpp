// The lab documents: a strong ETag and a Last-Modified that change only when the document does,
// and a PUT that honours If-Match.
#include "routetable.h"

#include "routehelpers.h"

namespace HttpLens::Practice {

namespace {

Response badName()
{
    return sayText(404,
                   QT_TRANSLATE_NOOP("HttpLens::Practice",
                                     "Lab documents are named with letters, digits and -._~ (at "
                                     "most 64)."));
}

Response read(const RouteCall &call)
{
    const QByteArray name = call.capture(0);
    if (!Lab::isValidName(name))
        return badName();
    const Lab::Document &document = call.state.lab->document(name);
    return answerConditionally(call.request,
                               document.validators(),
                               Response::text(200, document.body(), document.contentType),
                               "no-cache");
}

Response write(const RouteCall &call)
{
    const QByteArray name = call.capture(0);
    if (!Lab::isValidName(name))
        return badName();
    Lab &lab = *call.state.lab;
    Validators current;
    current.exists = lab.contains(name);
    if (current.exists)
        current = lab.document(name).validators();
    const PreconditionResult check = evaluatePreconditions(call.request.method,
                                                           call.request.headers,
                                                           current);
    if (check.outcome != PreconditionResult::Outcome::Proceed) {
        Response response = sayText(412, check.reasonSaid());
        if (current.exists)
            response.addHeader("ETag", current.etag.toHeader());
        response.addHeader("X-Precondition", check.reason.toUtf8());
        return response;
    }
    const bool existed = current.exists;
    lab.edit(name, call.request.body, headerValue(call.request.headers, "Content-Type"));
    const Lab::Document &document = lab.document(name);
    const Validators now = document.validators();
    Response response = sayText(existed ? 200 : 201,
                                say(QT_TRANSLATE_NOOP("HttpLens::Practice",
                                                      "Lab document \"%1\" is now version %2."))
                                        .arg(QString::fromUtf8(name))
                                        .arg(document.version));
    response.addHeader("ETag", now.etag.toHeader());
    response.addHeader("Last-Modified", formatHttpDate(now.lastModified));
    if (!existed)
        response.addHeader("Location", "/lab/" + name);
    return response;
}

} // namespace

QList<Route> labRoutes()
{
    return {
            {"GET",
             "/lab/{name}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "a lab document with a strong ETag and Last-Modified that change "
                               "only when it changes"),
             read},
            {"PUT",
             "/lab/{name}",
             QT_TRANSLATE_NOOP("HttpLens::Practice",
                               "replace a lab document (honours If-Match: 412 when someone changed "
                               "it first)"),
             write},
    };
}

} // namespace HttpLens::Practice
