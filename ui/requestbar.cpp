#include "requestbar.h"

#include "interop/curlcommand.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>

namespace HttpLens {

RequestBar::RequestBar(QWidget *parent)
    : QWidget(parent)
{
    auto *bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodBox"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"),
                        QStringLiteral("POST"),
                        QStringLiteral("PUT"),
                        QStringLiteral("PATCH"),
                        QStringLiteral("DELETE"),
                        QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    m_method->setMinimumContentsLength(8);
    m_method->setToolTip(tr("Method: pick one or type any token"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setClearButtonEnabled(true);
    m_completions = new QStringListModel(this);
    auto *completer = new QCompleter(m_completions, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_url->setCompleter(completer);
    // Rows of one height: opening the list does not measure every completion.
    if (auto *list = qobject_cast<QListView *>(completer->popup()))
        list->setUniformItemSizes(true);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environmentBox"));
    m_environment->setToolTip(tr("Environment: fills {{name}} in the URL, headers and body"));
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_send = new QPushButton(tr("&Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setToolTip(tr("Send the request (Ctrl+Enter)"));
    m_send->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop the transfer (Esc)"));
    bar->addWidget(m_method);
    bar->addWidget(m_url, 1);
    bar->addWidget(m_environment);
    bar->addWidget(m_send);
    bar->addWidget(m_cancel);
    connect(m_send, &QPushButton::clicked, this, &RequestBar::sendRequested);
    connect(m_cancel, &QPushButton::clicked, this, &RequestBar::cancelRequested);
    connect(m_url, &QLineEdit::returnPressed, this, &RequestBar::sendRequested);
    connect(m_url, &QLineEdit::textEdited, this, &RequestBar::onTextEdited);
    connect(m_environment, &QComboBox::activated, this, [this](int index) {
        emit environmentChosen(m_environment->itemData(index).toString());
    });
    m_url->installEventFilter(this);
    setTabOrder(m_method, m_url);
    setTabOrder(m_url, m_send);
    setSending(false);
}

QString RequestBar::method() const
{
    return m_method->currentText().trimmed();
}

void RequestBar::setMethod(const QString &method)
{
    m_method->setCurrentText(method);
}

QString RequestBar::url() const
{
    return m_url->text().trimmed();
}

void RequestBar::setUrl(const QString &url)
{
    m_url->setText(url);
    m_urlLength = url.size();
}

void RequestBar::setPlaceholderUrl(const QString &url)
{
    m_url->setPlaceholderText(tr("URL, for example %1").arg(url));
}

void RequestBar::setCompletions(const QStringList &urls)
{
    m_completions->setStringList(urls);
}

void RequestBar::setEnvironments(const QStringList &names, const QString &active)
{
    m_environment->clear();
    m_environment->addItem(tr("No environment"), QString());
    for (const QString &name : names)
        m_environment->addItem(name, name);
    m_environment->setCurrentIndex(qMax(0, m_environment->findData(active)));
}

void RequestBar::setEnvironmentsAvailable(bool available)
{
    m_environment->setEnabled(available);
}

QString RequestBar::environmentText() const
{
    return m_environment->currentText();
}

void RequestBar::setSending(bool sending)
{
    m_cancel->setEnabled(sending);
    m_send->setEnabled(!sending);
}

void RequestBar::onTextEdited(const QString &text)
{
    // A curl command that arrived in one edit (pasted from the context menu, dropped) is
    // imported as the Paste key imports it; typing one character at a time is left alone.
    const qsizetype grew = text.size() - m_urlLength;
    m_urlLength = text.size();
    if (grew > 5 && looksLikeCurlCommand(text)) {
        emit curlPasted(text);
        return;
    }
    emit urlEdited(text.trimmed());
}

bool RequestBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_url && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString clip = QApplication::clipboard()->text();
        if (looksLikeCurlCommand(clip)) {
            emit curlPasted(clip);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace HttpLens
