#pragma once

#include "batch/checkrun.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace HttpLens {

class CheckOptionsForm;
class CheckResultsFilter;

// File → Check many URLs…: the status of many URLs at once and, with a state file, which of
// them changed since the last run, on the same core as `httplens-cli check` (CheckRun). URLs
// are pasted, or come from a list file or a sitemap; the table fills while the check runs and
// sorts and filters meanwhile; Cancel stops it at any moment; the results export as CSV or JSON
// lines; a double-click opens a URL in the inspector.
class CheckWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckWindow)

public:
    explicit CheckWindow(QWidget *parent = nullptr);
    ~CheckWindow() override;

    void setUrls(const QString &text);
    bool start(); // false (with the reason shown) when the check cannot start
    void cancel();
    bool exportTo(const QString &path, CheckRun::Format format);

    CheckRun *run() { return &m_run; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;

signals:
    void openInInspector(const QString &url);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildSourcePanel();
    QWidget *buildResultsPanel();
    void buildRunControls(QWidget *panel, QVBoxLayout *column);
    void buildTable(QWidget *panel);
    void chooseLocation();
    void exportAs(CheckRun::Format format);
    void refreshProgress();
    void onFinished(bool cancelled);
    void setRunning(bool running);
    void showProblems();

    CheckRun m_run;
    QComboBox *m_source = nullptr;
    QStackedWidget *m_sourcePages = nullptr;
    QPlainTextEdit *m_urls = nullptr;
    QLineEdit *m_location = nullptr;
    CheckOptionsForm *m_options = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportJson = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_change = nullptr;
    QLabel *m_shown = nullptr;
    QTableView *m_table = nullptr;
    CheckResultsFilter *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_exported = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QTimer *m_ticker = nullptr;
};

} // namespace HttpLens
