#include "inspectorsession.h"

#include "capture/capturesession.h"
#include "cookies/cookiejar.h"
#include "http/engine.h"
#include "inspector/conditionalrows.h"
#include "inspector/environments.h"
#include "inspector/history.h"
#include "inspector/lessonplayer.h"
#include "inspector/walkthrough.h"
#include "inspector/workspace.h"
#include "interop/curlcommand.h"
#include "interop/httpfileenvironments.h"
#include "interop/interopfiles.h"
#include "practice/practiceserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace HttpLens {

InspectorSession::InspectorSession(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    Q_ASSERT(parts.engine && parts.history && parts.jar);
    // What other programs record on the same data folder counts for a lesson too (a crawler
    // run through `httplens-cli capture` in a terminal).
    if (parts.workspace && parts.lessons)
        connect(parts.workspace, &Workspace::followed, this, [this](quint64 id) {
            if (const std::shared_ptr<const Exchange> exchange = m_parts.history->exchange(id))
                m_parts.lessons->observe(*exchange);
        });
    if (parts.capture) {
        connect(parts.capture,
                &Capture::CaptureSession::captured,
                this,
                &InspectorSession::recordCaptured);
        connect(parts.capture,
                &Capture::CaptureSession::stateChanged,
                this,
                [this](Capture::CaptureSession::State state) {
                    if (m_parts.lessons && state == Capture::CaptureSession::State::Listening)
                        m_parts.lessons->captureStarted();
                });
    }
}

InspectorSession::~InspectorSession()
{
    if (m_transfer)
        delete m_transfer.data(); // cancels quietly
}

BuiltRequest InspectorSession::requestFor(const Composition &c, Purpose purpose) const
{
    QStringList unknown;
    const Environments none;
    const Environments &environments = m_parts.workspace ? m_parts.workspace->environments() : none;
    const Composition filled = substituteComposition(c, environments.activeVariables(), &unknown);
    const bool sending = purpose == Purpose::Send;
    BuiltRequest built = buildRequest(filled,
                                      sending ? m_parts.jar->toNetscapeLines()
                                              : QList<QByteArray>());
    // Written out for another tool, the jar's cookies for this URL become a literal Cookie
    // value (curl -b 'a=1; b=2'), so the copy sends what Send would.
    if (!sending && filled.useCookieJar) {
        bool hasCookieRow = false;
        for (const HeaderLine &line : std::as_const(built.request.headers))
            hasCookieRow = hasCookieRow || line.name.compare("Cookie", Qt::CaseInsensitive) == 0;
        if (!hasCookieRow)
            built.request.cookie = cookieHeaderFor(m_parts.jar->cookies(),
                                                   QUrl(built.request.url),
                                                   QDateTime::currentSecsSinceEpoch());
    }
    for (const QString &name : std::as_const(unknown)) {
        built.errors.prepend(
                environments.active.isEmpty()
                        ? tr("{{%1}} has no value: no environment is chosen. Choose one next to "
                             "the URL or add the variable (Request, Environments).")
                                  .arg(name)
                        : tr("{{%1}} has no value in the environment \"%2\". Choose another "
                             "environment next to the URL or add the variable (Request, "
                             "Environments).")
                                  .arg(name, environments.active));
    }
    return built;
}

std::optional<LearnedValidators> InspectorSession::validatorsFor(const QString &url) const
{
    return m_parts.history->latestValidators(url);
}

bool InspectorSession::send(const Composition &composition)
{
    if (m_transfer)
        return false;
    return sendBuilt(composition, requestFor(composition, Purpose::Send));
}

bool InspectorSession::replayConditionally(const Composition &composition)
{
    if (m_transfer)
        return false;
    const std::optional<LearnedValidators> learned = validatorsFor(composition.url);
    if (!learned) {
        emit notSent({tr("No response to this URL has carried an ETag or Last-Modified yet, so "
                         "there is nothing to revalidate with. Send it once first.")});
        return false;
    }
    Composition revalidating = composition;
    applyRevalidation(revalidating, *learned);
    return send(revalidating);
}

BrowserCache::Decisions InspectorSession::cacheDecisions(const Composition &composition,
                                                         qint64 secondsFromNow) const
{
    // A cache decides by the URL, the method and the header fields: the body is not built (its
    // files not read), as the Cache tab asks again every second.
    Composition head = composition;
    head.bodyMode = BodyMode::None;
    const Request request = requestFor(head, Purpose::Send).request;
    return m_cache.decide(request.url,
                          request.effectiveMethod(),
                          BrowserCache::fieldsOf(request.headers),
                          QDateTime::currentDateTimeUtc().addSecs(secondsFromNow));
}

bool InspectorSession::sendAsBrowser(const Composition &composition, qint64 secondsFromNow)
{
    if (m_transfer)
        return false;
    const CacheDecision decision = cacheDecisions(composition, secondsFromNow).browser;
    if (decision.action == CacheDecision::Action::Serve) {
        emit servedFromCache(decision.entry->url, decision.verdict());
        if (m_parts.lessons)
            m_parts.lessons->servedFromCache();
        return true;
    }
    Composition asBrowser = composition;
    for (int field = 0; field < int(asBrowser.validatorOrigins.size()); ++field) {
        if (conditionalEnabled(asBrowser, field))
            setConditional(asBrowser, field, conditionalValue(asBrowser, field), false, {});
    }
    if (decision.action != CacheDecision::Action::Fetch) {
        LearnedValidators stored;
        for (const HeaderField &field : decision.conditional) {
            if (field.name == "If-None-Match")
                stored.etag = field.value;
            else
                stored.lastModified = field.value;
        }
        applyRevalidation(asBrowser, stored);
    }
    return send(asBrowser);
}

bool InspectorSession::sendBuilt(const Composition &composition, const BuiltRequest &built)
{
    if (!built.errors.isEmpty()) {
        emit notSent(built.errors);
        return false;
    }
    m_sentComposition = composition;
    m_clock.start();
    m_transfer = m_parts.engine->send(built.request);
    m_transfer->setParent(this); // the session owns what it started
    Transfer *transfer = m_transfer;
    connect(transfer, &Transfer::progress, this, [this](qint64 received, qint64 expected) {
        emit progress(received, expected, m_clock.elapsed());
    });
    connect(transfer, &Transfer::finished, this, [this, transfer] { onFinished(transfer); });
    emit sendStarted(built.request.url);
    emit sendingChanged(true);
    if (!built.notes.isEmpty())
        emit sentWithNotes(built.notes);
    return true;
}

void InspectorSession::cancel()
{
    if (m_transfer)
        m_transfer->cancel();
}

void InspectorSession::onFinished(Transfer *transfer)
{
    Exchange exchange = transfer->exchange();
    transfer->deleteLater();
    m_transfer.clear();
    if (m_sentComposition.useCookieJar && !exchange.error.isError())
        m_parts.jar->setFromNetscapeLines(exchange.cookies);
    if (m_parts.walkthrough)
        m_parts.walkthrough->observe(exchange);
    if (m_parts.lessons)
        m_parts.lessons->observe(exchange);
    m_lastCacheUpdate = m_cache.record(exchange);
    const quint64 id = m_parts.history->add(std::move(exchange), m_sentComposition);
    emit sendingChanged(false);
    emit recorded(id);
    emit cacheChanged();
}

quint64 InspectorSession::recordCaptured(const Exchange &exchange)
{
    if (m_parts.lessons)
        m_parts.lessons->observe(exchange);
    const quint64 id = m_parts.history->add(exchange, capturedComposition(exchange));
    emit captured(id);
    return id;
}

InspectorSession::Import InspectorSession::importCurl(const QString &text, const FileReadRule &files)
{
    Import result;
    const CurlImport import = importCurlCommand(text, files);
    if (!import.ok) {
        result.error = tr("This curl command cannot be imported: %1").arg(import.error);
        result.refused = import.refused;
        // Where the file would go: the command's first URL.
        static const QRegularExpression url(QStringLiteral("https?://[^\\s'\"]+"));
        result.host = QUrl(url.match(text).captured()).host();
        return result;
    }
    const ImportedComposition imported = compositionFromRequest(import.command.requests.first(),
                                                                ValidatorOrigin::Kind::CurlCommand);
    result.ok = true;
    result.composition = imported.composition;
    if (import.command.requests.size() > 1)
        result.notes.append(
                tr("Only the first of %1 URLs was opened.").arg(import.command.requests.size()));
    result.notes += import.notes + imported.notes;
    return result;
}

InspectorSession::Import InspectorSession::importHttpFileRequest(const HttpFile &file,
                                                                 int index,
                                                                 const FileReadRule &files) const
{
    const QString directory = files.folder();
    Import result;
    if (index < 0 || index >= file.requests.size()) {
        result.error = tr("The .http file has no request %1.").arg(index + 1);
        return result;
    }
    Variables variables;
    if (m_parts.workspace) {
        // The environment chosen in the window, with the values the files beside the .http file
        // give it first, as `httplens-cli run --env NAME` reads them.
        const Environments &own = m_parts.workspace->environments();
        variables = own.activeVariables();
        if (!own.active.isEmpty()) {
            QString error;
            const std::optional<FileEnvironments> beside = environmentsInFolder(directory, &error);
            if (!beside) {
                result.error = error;
                return result;
            }
            variables = layeredVariables(*beside, own.active, variables);
        }
    }
    const ResolvedHttpRequest resolved = resolveHttpRequest(file, index, variables, files);
    if (!resolved.errors.isEmpty()) {
        result.error = resolved.errors.join(QLatin1Char(' '));
        result.refused = resolved.refused;
        result.host = QUrl(resolved.request.url).host();
        return result;
    }
    const ImportedComposition imported = compositionFromRequest(resolved.request,
                                                                ValidatorOrigin::Kind::HttpFile);
    result.ok = true;
    result.composition = imported.composition;
    result.notes = file.requests.at(index).notes + resolved.notes + imported.notes;
    return result;
}

QStringList InspectorSession::offerFileEnvironments(const QString &httpFile, QString *error)
{
    QStringList added;
    if (!m_parts.workspace)
        return added;
    const std::optional<FileEnvironments> beside = environmentsBeside(httpFile, error);
    if (!beside)
        return added;
    Environments own = m_parts.workspace->environments();
    for (const Environment &environment : beside->list) {
        if (!own.find(environment.name)) {
            own.list.append({environment.name, {}});
            added.append(environment.name);
        }
    }
    if (!added.isEmpty())
        m_parts.workspace->setEnvironments(own);
    return added;
}

InspectorSession::Outcome InspectorSession::importHar(const QString &path)
{
    Outcome outcome;
    HarReadResult read = readHarFile(path);
    if (!read.ok) {
        outcome.message = read.error;
        return outcome;
    }
    for (Exchange &exchange : read.exchanges) {
        const Composition composition = compositionFromRequest(exchange.request,
                                                               ValidatorOrigin::Kind::HarEntry)
                                                .composition;
        outcome.lastId = m_parts.history->add(std::move(exchange), composition);
    }
    outcome.ok = true;
    outcome.count = int(read.exchanges.size());
    outcome.message = tr("%n exchange(s) imported into the history; double-click one to send it "
                         "again.",
                         nullptr,
                         outcome.count);
    return outcome;
}

InspectorSession::Outcome InspectorSession::exportHar(const QString &path,
                                                      const QList<quint64> &ids,
                                                      bool keepSecrets) const
{
    Outcome outcome;
    QList<std::shared_ptr<const Exchange>> kept;
    QList<const Exchange *> exchanges;
    for (int row = 0; row < m_parts.history->size(); ++row) {
        if (!ids.isEmpty() && !ids.contains(m_parts.history->at(row).id))
            continue;
        if (std::shared_ptr<const Exchange> exchange = m_parts.history->exchangeAt(row)) {
            exchanges.append(exchange.get());
            kept.append(std::move(exchange));
        }
    }
    HarOptions options;
    options.maskSecrets = !keepSecrets;
    if (!writeHarFile(path, exchanges, options, &outcome.message))
        return outcome;
    outcome.ok = true;
    outcome.count = int(exchanges.size());
    outcome.message = keepSecrets ? tr("%n exchange(s) exported to %1, secrets kept.",
                                       nullptr,
                                       outcome.count)
                                            .arg(path)
                                  : tr("%n exchange(s) exported to %1, secrets masked.",
                                       nullptr,
                                       outcome.count)
                                            .arg(path);
    return outcome;
}

InspectorSession::Outcome InspectorSession::importCookies(const QString &path)
{
    Outcome outcome;
    const std::optional<CookiesTxt> read = readCookiesTxtFile(path, &outcome.message);
    if (!read)
        return outcome;
    m_parts.jar->setCookies(mergeCookies(m_parts.jar->cookies(), read->cookies));
    outcome.ok = true;
    outcome.count = int(read->cookies.size());
    outcome.message = read->skipped == 0
                              ? tr("%n cookie(s) imported from %1.", nullptr, outcome.count).arg(path)
                              : tr("%n cookie(s) imported from %1; %2 line(s) were not cookies.txt "
                                   "lines and were skipped.",
                                   nullptr,
                                   outcome.count)
                                        .arg(path)
                                        .arg(read->skipped);
    return outcome;
}

InspectorSession::Outcome InspectorSession::exportCookies(const QString &path) const
{
    Outcome outcome;
    if (!writeCookiesTxtFile(path, m_parts.jar->cookies(), &outcome.message))
        return outcome;
    outcome.ok = true;
    outcome.count = int(m_parts.jar->cookies().size());
    outcome.message = tr("%n cookie(s) exported to %1.", nullptr, outcome.count).arg(path);
    return outcome;
}

InspectorSession::Outcome InspectorSession::saveToHttpFile(const QString &path,
                                                           const Composition &composition,
                                                           const QString &name) const
{
    Outcome outcome;
    // The composition as written, {{variables}} kept, so the file works in any environment.
    const BuiltRequest built = buildRequest(composition);
    if (!appendToHttpFile(path, httpFileRequestFrom(built.request, name), &outcome.message))
        return outcome;
    outcome.ok = true;
    outcome.message = tr("The request was added to %1.").arg(path);
    return outcome;
}

InspectorSession::Outcome InspectorSession::changeLabDocument(const QString &url)
{
    Outcome outcome;
    if (!m_parts.practice)
        return outcome;
    QByteArray name = "welcome";
    const QUrl parsed(url);
    const QString path = parsed.path();
    const QString doc = QUrlQuery(parsed).queryItemValue(QStringLiteral("doc"));
    if (path.startsWith(QLatin1String("/lab/")) && path.size() > 5)
        name = path.mid(5).toUtf8();
    else if (path.startsWith(QLatin1String("/crawl/")) && path.count(QLatin1Char('/')) == 3)
        name = path.section(QLatin1Char('/'), 3).toUtf8();
    else if (path.startsWith(QLatin1String("/caching/")))
        name = doc.isEmpty() ? QByteArray("caching") : doc.toUtf8(); // the scenarios' document
    Practice::Lab &lab = m_parts.practice->lab();
    const Practice::Lab::Document &before = lab.document(name);
    lab.addNote(name,
                tr("Edit %1 at %2.")
                                .arg(before.version + 1)
                                .arg(QTime::currentTime().toString(Qt::ISODate))
                                .toUtf8()
                        + '\n');
    if (m_parts.walkthrough)
        m_parts.walkthrough->documentChanged();
    if (m_parts.lessons)
        m_parts.lessons->documentChanged();
    outcome.ok = true;
    outcome.message = tr("The lab document \"%1\" changed: it has a new ETag and Last-Modified "
                         "now.")
                              .arg(QString::fromUtf8(name));
    return outcome;
}

} // namespace HttpLens
