#include "capturedialog.h"

#include "capture/capturesession.h"
#include "capture/trustadvice.h"
#include "files/datafolder.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace HttpLens {

namespace {

QPlainTextEdit *codeBox(QWidget *parent, int lines)
{
    auto *box = new QPlainTextEdit(parent);
    box->setReadOnly(true);
    box->setLineWrapMode(QPlainTextEdit::NoWrap);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + 12);
    return box;
}

// A shell word: quoted when it holds anything a shell would read.
QString shellWord(const QString &word)
{
    static const QString plain = QStringLiteral(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:@%+,");
    bool safe = !word.isEmpty();
    for (QChar c : word)
        safe = safe && plain.contains(c);
    if (safe)
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

CaptureDialog::CaptureDialog(Capture::CaptureSession *capture,
                             const QString &dataFolder,
                             QWidget *parent)
    : QDialog(parent)
    , m_capture(capture)
    , m_dataFolder(dataFolder)
{
    setWindowTitle(tr("Capture traffic"));
    setObjectName(QStringLiteral("captureDialog"));
    resize(760, 600);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("HTTP Lens becomes a proxy on this computer: what other programs "
                                "send through it, and what they get back, arrives in the history "
                                "with both legs, HTTPS included."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Port:"), this));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("capturePort"));
    m_port->setRange(1, 65535);
    m_port->setValue(QSettings().value(QStringLiteral("capture/port"), 8899).toInt());
    controls->addWidget(m_port);
    m_toggle = new QPushButton(this);
    m_toggle->setObjectName(QStringLiteral("captureToggle"));
    controls->addWidget(m_toggle);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("captureState"));
    m_state->setWordWrap(true);
    controls->addWidget(m_state, 1);
    layout->addLayout(controls);

    // Two pages, so that each has the dialog's height: the programs, and HTTPS.
    auto *pages = new QTabWidget(this);
    pages->setObjectName(QStringLiteral("capturePages"));
    auto *programs = new QWidget(pages);
    auto *programsLayout = new QVBoxLayout(programs);
    auto *runLabel = new QLabel(tr("Run one program through a capture of its own, into the same "
                                   "history:"),
                                programs);
    runLabel->setWordWrap(true);
    programsLayout->addWidget(runLabel);
    auto *runRow = new QHBoxLayout;
    m_program = new QLineEdit(QStringLiteral("python3 crawler.py"), programs);
    m_program->setObjectName(QStringLiteral("captureProgram"));
    runRow->addWidget(m_program, 1);
    auto *copyCommand = new QPushButton(tr("Copy &command"), programs);
    copyCommand->setObjectName(QStringLiteral("copyCaptureCommand"));
    runRow->addWidget(copyCommand);
    programsLayout->addLayout(runRow);
    auto *shellLabel = new QLabel(tr("Or paste these lines into another shell, then start the "
                                     "programs there:"),
                                  programs);
    shellLabel->setWordWrap(true);
    programsLayout->addWidget(shellLabel);
    m_shells = new QTabWidget(programs);
    m_posix = codeBox(m_shells, 10);
    m_fish = codeBox(m_shells, 10);
    m_shells->addTab(m_posix, QStringLiteral("bash, zsh"));
    m_shells->addTab(m_fish, QStringLiteral("fish"));
    // The lines take their rows and no more.
    m_shells->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    programsLayout->addWidget(m_shells);
    auto *copyLines = new QPushButton(tr("Copy the &lines"), programs);
    programsLayout->addWidget(copyLines, 0, Qt::AlignLeft);
    auto *caveats = new QLabel(Capture::TrustAdvice::proxyVariableCaveats(), programs);
    caveats->setWordWrap(true);
    programsLayout->addWidget(caveats);
    programsLayout->addStretch(1);
    pages->addTab(programs, tr("Programs"));

    auto *https = new QWidget(pages);
    auto *httpsLayout = new QVBoxLayout(https);
    m_trust = new QPlainTextEdit(https);
    m_trust->setObjectName(QStringLiteral("captureTrust"));
    m_trust->setReadOnly(true);
    httpsLayout->addWidget(m_trust);
    pages->addTab(https, tr("HTTPS: trusting HTTP Lens's CA"));
    layout->addWidget(pages, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        if (m_capture->state() == Capture::CaptureSession::State::Listening)
            stop();
        else
            start();
    });
    connect(copyCommand, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(commandFor(m_program->text()));
    });
    connect(copyLines, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_shells->currentIndex() == 0 ? m_posix->toPlainText()
                                                                         : m_fish->toPlainText());
    });
    connect(m_capture, &Capture::CaptureSession::stateChanged, this, &CaptureDialog::refresh);
    // The count follows at most four times a second, whatever the rate of exchanges.
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(250);
    connect(&m_countTimer, &QTimer::timeout, this, &CaptureDialog::refreshState);
    connect(m_capture, &Capture::CaptureSession::captured, this, [this] {
        if (!m_countTimer.isActive())
            m_countTimer.start();
    });
    refresh();
}

bool CaptureDialog::start()
{
    Capture::ProxyOptions options;
    options.port = quint16(m_port->value());
    QSettings().setValue(QStringLiteral("capture/port"), m_port->value());
    if (!m_capture->start(options, m_dataFolder.isEmpty() ? defaultDataFolder() : m_dataFolder)) {
        emit failed(m_capture->errorString());
        return false;
    }
    return true;
}

void CaptureDialog::stop()
{
    m_capture->stop();
}

QString CaptureDialog::commandFor(const QString &program) const
{
    QStringList words{QStringLiteral("httplens-cli"),
                      QStringLiteral("capture"),
                      QStringLiteral("--port"),
                      QStringLiteral("0")};
    if (!m_dataFolder.isEmpty() && QDir(m_dataFolder) != QDir(defaultDataFolder()))
        words << QStringLiteral("--data-dir") << shellWord(QDir::toNativeSeparators(m_dataFolder));
    words << QStringLiteral("--");
    // The program is taken as the person typed it, words and quotes included.
    return words.join(u' ') + u' ' + program.trimmed();
}

void CaptureDialog::refreshState()
{
    const bool listening = m_capture->state() == Capture::CaptureSession::State::Listening;
    if (listening)
        m_state->setText(tr("Capturing on %1: %n exchange(s) so far.",
                            nullptr,
                            int(m_capture->capturedCount()))
                                 .arg(m_capture->proxyUrl()));
    else if (m_capture->state() == Capture::CaptureSession::State::Failed)
        m_state->setText(m_capture->errorString());
    else
        m_state->setText(tr("Not capturing."));
}

void CaptureDialog::refresh()
{
    const bool listening = m_capture->state() == Capture::CaptureSession::State::Listening;
    m_toggle->setText(listening ? tr("S&top") : tr("&Start capturing"));
    m_port->setEnabled(!listening);
    refreshState();
    const QString waiting = tr("Start capturing: the lines name the port it listens on.");
    m_posix->setPlainText(listening ? m_capture->exportLines(Capture::CaptureSession::Shell::Posix)
                                    : waiting);
    m_fish->setPlainText(listening ? m_capture->exportLines(Capture::CaptureSession::Shell::Fish)
                                   : waiting);
    m_trust->setPlainText(m_capture->caPath().isEmpty()
                                  ? tr("HTTP Lens makes its CA the first time it captures; its "
                                       "place and how to trust it are shown here then.")
                                  : Capture::TrustAdvice::full(m_capture->caPath(),
                                                               m_capture->bundlePath(),
                                                               m_capture->proxyUrl()));
}

} // namespace HttpLens
