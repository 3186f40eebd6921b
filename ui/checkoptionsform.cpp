#include "checkoptionsform.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace HttpLens {

namespace {

QSpinBox *wholeBox(int minimum, int maximum, int value, const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

QDoubleSpinBox *secondsBox(double minimum, double value, const QString &name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setDecimals(1);
    box->setRange(minimum, 86400);
    box->setValue(value);
    return box;
}

} // namespace

CheckOptionsForm::CheckOptionsForm(QWidget *parent)
    : QWidget(parent)
{
    const CheckOptions defaults;
    m_concurrency = wholeBox(1, 1000, defaults.concurrency, QStringLiteral("concurrency"), this);
    m_concurrency->setToolTip(tr("How many requests are under way at once (--concurrency)."));
    m_perHost = wholeBox(1, 1000, defaults.perHost, QStringLiteral("perHost"), this);
    m_perHost->setToolTip(tr("How many of them may go to one host at once, as browsers limit it "
                             "(--per-host)."));
    m_rate = secondsBox(0, defaults.rate, QStringLiteral("rate"), this);
    m_rate->setRange(0, 100000);
    m_rate->setSpecialValueText(tr("no limit"));
    m_rate->setToolTip(tr("Requests per second overall (--rate)."));
    m_timeout = secondsBox(0.1,
                           double(defaults.timeoutMs) / 1000.0,
                           QStringLiteral("timeout"),
                           this);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("The time limit of each request (--max-time)."));
    m_connectTimeout = secondsBox(0, 0, QStringLiteral("connectTimeout"), this);
    m_connectTimeout->setSuffix(tr(" s"));
    m_connectTimeout->setSpecialValueText(tr("none"));
    m_connectTimeout->setToolTip(tr("The time limit to connect (--connect-timeout)."));
    m_retries = wholeBox(0, 10, defaults.retries, QStringLiteral("retries"), this);
    m_retries->setToolTip(tr("Tries again after a connection failure, a 429 or a 503, waiting "
                             "as long as Retry-After says (--retries)."));
    m_follow = new QCheckBox(tr("Follow redirects"), this);
    m_follow->setObjectName(QStringLiteral("followRedirects"));
    m_head = new QCheckBox(tr("HEAD (GET where refused)"), this);
    m_head->setObjectName(QStringLiteral("head"));
    m_insecure = new QCheckBox(tr("Do not verify TLS certificates"), this);
    m_insecure->setObjectName(QStringLiteral("insecure"));
    m_userAgent = new QLineEdit(this);
    m_userAgent->setObjectName(QStringLiteral("userAgent"));
    m_userAgent->setPlaceholderText(tr("libcurl's default"));
    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(QStringLiteral("headers"));
    m_headers->setPlaceholderText(tr("Name: value, one per line"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(QFontMetrics(m_headers->font()).lineSpacing() * 3 + 12);
    m_state = new QLineEdit(this);
    m_state->setObjectName(QStringLiteral("stateFile"));
    m_state->setPlaceholderText(tr("none: nothing is remembered"));
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &CheckOptionsForm::chooseStateFile);
    m_resume = new QCheckBox(tr("Continue the interrupted run"), this);
    m_resume->setObjectName(QStringLiteral("resume"));

    auto *limits = new QGridLayout;
    limits->addWidget(new QLabel(tr("At once:"), this), 0, 0);
    limits->addWidget(m_concurrency, 0, 1);
    limits->addWidget(new QLabel(tr("Per host:"), this), 0, 2);
    limits->addWidget(m_perHost, 0, 3);
    limits->addWidget(new QLabel(tr("Per second:"), this), 1, 0);
    limits->addWidget(m_rate, 1, 1);
    limits->addWidget(new QLabel(tr("Retries:"), this), 1, 2);
    limits->addWidget(m_retries, 1, 3);
    limits->addWidget(new QLabel(tr("Time limit:"), this), 2, 0);
    limits->addWidget(m_timeout, 2, 1);
    limits->addWidget(new QLabel(tr("To connect:"), this), 2, 2);
    limits->addWidget(m_connectTimeout, 2, 3);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(browse);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(limits);
    form->addRow(m_follow);
    form->addRow(m_head);
    form->addRow(m_insecure);
    form->addRow(tr("User-Agent:"), m_userAgent);
    form->addRow(tr("Headers:"), m_headers);
    form->addRow(tr("State file:"), stateRow);
    form->addRow(m_resume);
}

void CheckOptionsForm::chooseStateFile()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("State file: validators and hashes"),
                                                      m_state->text(),
                                                      tr("SQLite state (*.db);;All files (*)"),
                                                      nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_state->setText(path);
}

CheckOptions CheckOptionsForm::options() const
{
    CheckOptions o;
    o.concurrency = m_concurrency->value();
    o.perHost = m_perHost->value();
    o.rate = m_rate->value();
    o.timeoutMs = qint64(m_timeout->value() * 1000.0);
    o.connectTimeoutMs = qint64(m_connectTimeout->value() * 1000.0);
    o.retries = m_retries->value();
    o.followRedirects = m_follow->isChecked();
    o.head = m_head->isChecked();
    o.insecure = m_insecure->isChecked();
    if (!m_userAgent->text().isEmpty()) {
        o.userAgent = m_userAgent->text().toUtf8();
        o.userAgentSet = true;
    }
    const QStringList lines = m_headers->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            o.headers.append(HeaderLine::fromCurlSyntax(line.trimmed().toUtf8()));
    }
    return o;
}

QString CheckOptionsForm::statePath() const
{
    return m_state->text().trimmed();
}

bool CheckOptionsForm::resume() const
{
    return m_resume->isChecked();
}

void CheckOptionsForm::setResume(bool resume)
{
    m_resume->setChecked(resume);
}

} // namespace HttpLens
