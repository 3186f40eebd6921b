#include "checkrun.h"

#include "batch/checkreport.h"
#include "batch/checkstate.h"
#include "batch/sitemapfetch.h"
#include "http/engine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace HttpLens {

namespace {

class RunText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Check)
};

} // namespace

CheckRun::CheckRun(QObject *parent)
    : QObject(parent)
{}

CheckRun::~CheckRun()
{
    release();
}

void CheckRun::release()
{
    m_sitemap.reset();
    m_checker.reset(); // cancels what still runs, quietly
    m_checkState.reset();
    m_supply.reset();
    m_list.close();
}

void CheckRun::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool CheckRun::isRunning() const
{
    return m_state == State::ReadingSitemap || m_state == State::Running
           || m_state == State::Cancelling;
}

CheckStats CheckRun::stats() const
{
    return m_checker ? m_checker->stats() : m_last;
}

bool CheckRun::openSupply(const Setup &setup)
{
    switch (setup.source) {
    case Source::Text: {
        const QStringList lines = setup.text.split(QLatin1Char('\n'));
        m_supply = std::make_unique<FixedSupply>(lines);
        return true;
    }
    case Source::ListFile:
        if (!QFileInfo(setup.location).isFile()) {
            m_error = RunText::tr("%1 is not a file of URLs.").arg(setup.location);
            return false;
        }
        m_list.setFileName(setup.location);
        if (!m_list.open(QIODevice::ReadOnly)) {
            m_error = RunText::tr("%1 cannot be read: %2.").arg(setup.location, m_list.errorString());
            return false;
        }
        m_supply = std::make_unique<ListSupply>(&m_list, UrlListReader::countUrls(setup.location));
        return true;
    case Source::StandardInput:
        if (!m_list.open(stdin, QIODevice::ReadOnly)) {
            m_error = RunText::tr("%1 cannot be read: %2.")
                              .arg(QStringLiteral("-"), m_list.errorString());
            return false;
        }
        m_supply = std::make_unique<ListSupply>(&m_list, -1);
        return true;
    case Source::Sitemap:
        // Read while the event loop runs; sitemapRead() goes on.
        m_sitemap = std::make_unique<SitemapFetch>(m_engine.get(), setup.location, setup.options);
        connect(m_sitemap.get(), &SitemapFetch::finished, this, &CheckRun::sitemapRead);
        m_sitemap->start();
        return true;
    }
    return false;
}

bool CheckRun::start(const Setup &setup)
{
    if (isRunning())
        return false;
    release();
    m_error.clear();
    if (const QString problem = setup.options.problem(); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    m_model.clear();
    m_problems.clear();
    m_last = {};
    m_setup = setup;
    if (!m_engine) {
        m_engine = std::make_unique<Engine>();
        // Only heads and a hash of each body are kept, as in httplens-cli check.
        m_engine->setCapture(Engine::Capture::ResponsesOnly);
    }
    if (!openSupply(setup))
        return false;
    if (m_sitemap) {
        setState(State::ReadingSitemap);
        return true;
    }
    return begin();
}

void CheckRun::sitemapRead()
{
    const SitemapUrls urls = m_sitemap->result();
    const bool cancelled = m_sitemap->wasCancelled();
    m_sitemap.release()->deleteLater(); // this is its signal
    for (const QString &problem : urls.problems) {
        m_problems.append(problem);
        emit problemFound(problem);
    }
    if (cancelled) {
        setState(State::Finished);
        emit finished(true);
        return;
    }
    if (!urls.ok) {
        fail(urls.problems.value(0));
        return;
    }
    m_supply = std::make_unique<FixedSupply>(urls.urls);
    if (!begin())
        fail(m_error);
}

void CheckRun::fail(const QString &error)
{
    m_error = error;
    release();
    setState(State::Finished);
    emit failed();
}

bool CheckRun::begin()
{
    if (m_supply->total() == 0) {
        m_error = RunText::tr("There is no URL to check.");
        return false;
    }
    if (!m_setup.statePath.isEmpty()) {
        m_checkState = std::make_unique<CheckState>();
        if (!m_checkState->open(m_setup.statePath) || !m_checkState->beginRun(m_setup.resume)) {
            m_error = m_checkState->error();
            m_checkState.reset();
            return false;
        }
    }
    m_checker = std::make_unique<BatchChecker>(m_engine.get(),
                                               m_supply.get(),
                                               m_checkState.get(),
                                               m_setup.options);
    connect(m_checker.get(), &BatchChecker::resultReady, this, [this](const CheckResult &result) {
        emit resultReady(result);
        if (!m_setup.keepResults)
            return;
        m_model.append(result);
        emit resultAdded();
    });
    connect(m_checker.get(), &BatchChecker::batchReported, this, &CheckRun::batchReported);
    auto problem = [this](const QString &text) {
        m_problems.append(text);
        emit problemFound(text);
    };
    connect(m_checker.get(),
            &BatchChecker::invalidLine,
            this,
            [problem](qint64, const QString &text) { problem(text); });
    connect(m_checker.get(), &BatchChecker::stateError, this, problem);
    connect(m_checker.get(), &BatchChecker::finished, this, [this](bool cancelled) {
        m_last = m_checker->stats();
        setState(State::Finished);
        emit finished(cancelled);
    });
    setState(State::Running);
    m_checker->start();
    return true;
}

void CheckRun::cancel()
{
    if (m_state == State::ReadingSitemap) {
        setState(State::Cancelling);
        m_sitemap->cancel();
    } else if (m_state == State::Running && m_checker) {
        setState(State::Cancelling);
        m_checker->cancel();
    }
}

bool CheckRun::exportResults(const QString &path, Format format, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = RunText::tr("%1 cannot be written: %2.").arg(path, file.errorString());
        return false;
    }
    if (format == Format::Csv)
        file.write(checkCsvHeader());
    for (const CheckResult &result : m_model.results())
        file.write(format == Format::Csv ? checkResultCsv(result) : checkResultJson(result));
    if (!file.commit()) {
        *error = RunText::tr("%1 cannot be written: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace HttpLens
