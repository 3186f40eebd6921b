#pragma once

#include "batch/batchchecker.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace HttpLens {

// The options of a check, as `httplens-cli check` takes them: limits at once, per host and
// per second, time limits, retries, redirects, HEAD, TLS verification, extra headers and the
// User-Agent, and the state file that remembers validators between runs. Starts from the
// command line's defaults.
class CheckOptionsForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckOptionsForm)

public:
    explicit CheckOptionsForm(QWidget *parent = nullptr);

    CheckOptions options() const;
    QString statePath() const;
    bool resume() const;
    void setResume(bool resume);

private:
    void chooseStateFile();

    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_perHost = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QDoubleSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_retries = nullptr;
    QCheckBox *m_follow = nullptr;
    QCheckBox *m_head = nullptr;
    QCheckBox *m_insecure = nullptr;
    QLineEdit *m_userAgent = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLineEdit *m_state = nullptr;
    QCheckBox *m_resume = nullptr;
};

} // namespace HttpLens
