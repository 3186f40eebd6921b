#include "routetable.h"

#include "languagescope.h"
#include "routehelpers.h"

namespace HttpLens::Practice {

namespace {

constexpr char kAnyRest[] = "[/...]";

QList<QByteArray> methodList(const char *methods)
{
    QList<QByteArray> list;
    for (const QByteArray &method : QByteArray(methods).split(','))
        list.append(method.trimmed());
    return list;
}

QByteArray matchedPart(const char *pattern)
{
    QByteArray part(pattern);
    const qsizetype query = part.indexOf('?');
    return query < 0 ? part : part.left(query);
}

QByteArray shownMethods(const char *methods)
{
    return qstrcmp(methods, "*") == 0 ? QByteArray("ANY") : QByteArray(methods);
}

} // namespace

bool Route::acceptsMethod(const QByteArray &method) const
{
    if (qstrcmp(methods, "*") == 0)
        return true;
    const QList<QByteArray> list = methodList(methods);
    return list.contains(method) || (method == "HEAD" && list.contains("GET"));
}

QByteArray Route::allowed() const
{
    if (qstrcmp(methods, "*") == 0)
        return "*";
    QList<QByteArray> list = methodList(methods);
    const qsizetype get = list.indexOf("GET");
    if (get >= 0 && !list.contains("HEAD"))
        list.insert(get + 1, "HEAD");
    return list.join(", ");
}

bool Route::matches(const QByteArray &path, QList<QByteArray> *captures) const
{
    QByteArray wanted = matchedPart(pattern);
    const bool anyRest = wanted.endsWith(kAnyRest);
    if (anyRest)
        wanted.chop(int(sizeof kAnyRest) - 1);
    const QList<QByteArray> want = wanted.split('/');
    const QList<QByteArray> have = path.split('/');
    if (have.size() < want.size() || (!anyRest && have.size() != want.size()))
        return false;
    QList<QByteArray> found;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QByteArray &segment = want.at(i);
        if (segment.startsWith('{') && segment.endsWith('}'))
            found.append(have.at(i));
        else if (segment != have.at(i))
            return false;
    }
    captures->append(found);
    return true;
}

const QList<Route> &RouteTable::routes()
{
    static const QList<Route> table = [] {
        QList<Route> all{
                {"GET",
                 "/",
                 QT_TRANSLATE_NOOP("HttpLens::Practice", "this list"),
                 [](const RouteCall &) { return Response::text(200, RouteTable::listing()); }}};
        for (const QList<Route> &theme : {echoRoutes(),
                                          redirectRoutes(),
                                          cachingRoutes(),
                                          cachingScenarioRoutes(),
                                          cookieLabRoutes(),
                                          labRoutes(),
                                          crawlRoutes(),
                                          sampleRoutes(),
                                          faultRoutes()})
            all.append(theme);
        return all;
    }();
    return table;
}

Response RouteTable::dispatch(const ParsedRequest &request,
                              const RequestContext &context,
                              ServerState &state)
{
    const QByteArray path = request.path();
    const QList<Route> &table = routes();
    for (qsizetype i = 0; i < table.size(); ++i) {
        QList<QByteArray> captures;
        if (!table.at(i).matches(path, &captures))
            continue;
        // The routes that share this pattern answer it between them, by method.
        QList<QByteArray> allow;
        for (qsizetype j = i; j < table.size(); ++j) {
            const Route &route = table.at(j);
            if (qstrcmp(route.pattern, table.at(i).pattern) != 0)
                continue;
            if (route.acceptsMethod(request.method))
                return route.handler(RouteCall{request, context, state, captures});
            allow.append(route.allowed());
        }
        return methodNotAllowed(allow.join(", "));
    }
    return sayText(404,
                   QT_TRANSLATE_NOOP("HttpLens::Practice",
                                     "No such endpoint. GET / lists them all."));
}

QList<QByteArray> RouteTable::listedPatterns()
{
    QList<QByteArray> lines;
    QByteArray lineMethods;
    for (const Route &route : routes()) {
        const QByteArray methods = shownMethods(route.methods);
        if (route.description || lines.isEmpty()) {
            lines.append(methods + ' ' + route.pattern);
        } else {
            lines.last() += ", ";
            lines.last() += methods == lineMethods ? QByteArray(route.pattern)
                                                   : methods + ' ' + route.pattern;
        }
        lineMethods = methods;
    }
    return lines;
}

QByteArray RouteTable::listing()
{
    QByteArray body = say(QT_TRANSLATE_NOOP("HttpLens::Practice", "HTTP Lens practice server"))
                              .toUtf8()
                      + "\n\n";
    // Each route on its line and what it does indented under it: no column to pad, so the list
    // reads the same in a narrow Body view that wraps and in a wide terminal.
    const QList<QByteArray> patterns = listedPatterns();
    qsizetype line = -1;
    for (const Route &route : routes()) {
        if (!route.description)
            continue;
        body += patterns.value(++line) + "\n    " + say(route.description).toUtf8() + '\n';
    }
    return body;
}

} // namespace HttpLens::Practice
