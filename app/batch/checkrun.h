#pragma once

#include "batch/batchchecker.h"
#include "batch/checkresultsmodel.h"

#include <QFile>
#include <QObject>

#include <memory>

namespace HttpLens {

class CheckState;
class Engine;
class SitemapFetch;

// One check, as the window and `httplens-cli check` both run it: the URLs pasted, in a list
// file, on standard input or in a sitemap, the options, an optional state file, the
// BatchChecker on an engine of its own, and the results in a table model. Exports write the same CSV and JSON
// lines as the command line. Nothing blocks: a sitemap is read while the event loop runs, and
// the run goes through its states, each reported by stateChanged().
class CheckRun : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckRun)

public:
    enum class Source { Text, ListFile, StandardInput, Sitemap };
    // Idle before the first run; Finished after one, whether it ended, was cancelled or could
    // not begin (then error() says why).
    enum class State { Idle, ReadingSitemap, Running, Cancelling, Finished };
    Q_ENUM(State)
    struct Setup
    {
        Source source = Source::Text;
        QString text;     // Source::Text: one URL per line
        QString location; // a list file, or a sitemap's file or URL
        CheckOptions options;
        QString statePath; // empty: nothing remembered
        bool resume = false;
        // Whether model() keeps every result; the command line writes each one out instead.
        bool keepResults = true;
    };

    explicit CheckRun(QObject *parent = nullptr);
    ~CheckRun() override;

    // Starts a check; false with a sentence in error() when it cannot start (no URL, a file that
    // cannot be read, a state file that cannot be opened, a run already under way). A sitemap is
    // read after this returns; one that cannot be read ends the run with failed().
    bool start(const Setup &setup);
    // Stops reading the sitemap or checking; finished(true) follows.
    void cancel();
    State state() const { return m_state; }
    // Reading the sitemap, running or cancelling.
    bool isRunning() const;
    CheckStats stats() const;
    QString error() const { return m_error; }
    // Lines that were no URL and sitemaps that could not be read, with what was wrong.
    QStringList problems() const { return m_problems; }
    CheckResultsModel *model() { return &m_model; }

    enum class Format { Csv, JsonLines };
    bool exportResults(const QString &path, Format format, QString *error) const;

signals:
    // Each result as it comes, then resultAdded() once it is in the model.
    void resultReady(const HttpLens::CheckResult &result);
    void resultAdded();
    // The results given so far are out; the state file marks them as reported next.
    void batchReported();
    void problemFound(const QString &problem);
    void stateChanged(HttpLens::CheckRun::State state);
    void finished(bool cancelled);
    // The run could not begin after all (the sitemap could not be read): error() says why.
    void failed();

private:
    bool openSupply(const Setup &setup);
    void sitemapRead();
    bool begin();
    void fail(const QString &error);
    void setState(State state);
    void release();

    CheckResultsModel m_model;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<UrlSupply> m_supply;
    std::unique_ptr<SitemapFetch> m_sitemap;
    std::unique_ptr<CheckState> m_checkState;
    Setup m_setup;
    State m_state = State::Idle;
    std::unique_ptr<BatchChecker> m_checker;
    QFile m_list;
    QString m_error;
    QStringList m_problems;
    CheckStats m_last; // of the run that finished
};

} // namespace HttpLens
