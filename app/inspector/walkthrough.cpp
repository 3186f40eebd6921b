#include "walkthrough.h"

#include "model/exchange.h"

#include <QUrl>

namespace HttpLens {

namespace {

// A lab document (GET /lab/{name}), answered with its ETag; the cookie lab's pages under /lab/
// are not part of this lesson.
bool isLabDocument(const Exchange &exchange)
{
    const Hop *hop = exchange.finalHop();
    if (!hop || !hop->hasResponse || !hasHeader(hop->response.headers, "ETag"))
        return false;
    const QString path = QUrl(exchange.effectiveUrl.isEmpty() ? exchange.request.url
                                                              : exchange.effectiveUrl)
                                 .path();
    static const QStringList cookieLab = {QStringLiteral("/lab/login"),
                                          QStringLiteral("/lab/private"),
                                          QStringLiteral("/lab/logout")};
    return path.startsWith(QLatin1String("/lab/")) && !cookieLab.contains(path);
}

bool sentValidator(const Exchange &exchange)
{
    const Hop *hop = exchange.finalHop();
    return hop
           && (hasHeader(hop->request.headers, "If-None-Match")
               || hasHeader(hop->request.headers, "If-Modified-Since"));
}

} // namespace

Walkthrough::Walkthrough(QObject *parent)
    : QObject(parent)
{}

QString Walkthrough::title(Step step)
{
    switch (step) {
    case Send:
        return tr("1. Fetch the lab document");
    case Replay:
        return tr("2. Replay it conditionally");
    case Change:
        return tr("3. Change the document");
    case ReplayAgain:
        return tr("4. Replay conditionally again");
    case Done:
        return tr("Well done");
    }
    return {};
}

QString Walkthrough::text(Step step)
{
    switch (step) {
    case Send:
        return tr("The URL points at a document on the practice server built into HTTP Lens. "
                  "Press Send (Ctrl+Enter). The answer is 200 OK with the whole document.");
    case Replay:
        return tr(
                "Look at the Response headers tab: the response carries an ETag and a "
                "Last-Modified "
                "date. The Conditional tab has picked both up. Press \"Replay "
                "conditionally\" (Request menu, Ctrl+R): the request now says \"send it only if it "
                "changed\".");
    case Change:
        return tr("304 Not Modified: no body was sent, only headers. Compare the bytes on the "
                  "wire in the Raw tab. Now change the document (Practice menu, \"Change the "
                  "lab document\"): its ETag changes with it.");
    case ReplayAgain:
        return tr("Replay conditionally again. The old ETag no longer matches, so the server "
                  "answers 200 with the new content and a new ETag.");
    case Done:
        return tr("That is revalidation: a cache or a crawler asks \"has it changed?\" and "
                  "downloads the body only when it has. Select the 200 and the 304 in the "
                  "history and press \"Compare the two selected\" to see what the 304 saved.");
    }
    return {};
}

void Walkthrough::observe(const Exchange &exchange)
{
    if (!isLabDocument(exchange) || exchange.error.isError())
        return;
    const int status = exchange.status();
    switch (m_step) {
    case Send:
        if (status == 200)
            advanceTo(Replay);
        break;
    case Replay:
        if (status == 304)
            advanceTo(Change);
        break;
    case ReplayAgain:
        if (status == 200 && sentValidator(exchange))
            advanceTo(Done);
        break;
    case Change:
    case Done:
        break;
    }
}

void Walkthrough::documentChanged()
{
    if (m_step == Change)
        advanceTo(ReplayAgain);
}

void Walkthrough::restart()
{
    advanceTo(Send);
}

void Walkthrough::advanceTo(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged(step);
}

} // namespace HttpLens
