#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace HttpLens {

// The request bar: method (the common ones, or any token typed), URL with completion from the
// history, the environment, Send and Cancel. A curl command pasted into the URL field (with the
// Paste key, from the context menu or dropped) is reported as curlPasted instead of becoming
// the URL.
class RequestBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestBar)

public:
    explicit RequestBar(QWidget *parent = nullptr);

    QString method() const;
    void setMethod(const QString &method);
    QString url() const;
    // Sets the URL without reporting an edit.
    void setUrl(const QString &url);
    void setPlaceholderUrl(const QString &url);
    void setCompletions(const QStringList &urls);
    // The environments to choose from ("No environment" comes first) and the active one.
    void setEnvironments(const QStringList &names, const QString &active);
    void setEnvironmentsAvailable(bool available);
    QString environmentText() const;
    void setSending(bool sending);

    QLineEdit *urlEdit() const { return m_url; }

signals:
    void sendRequested();
    void cancelRequested();
    void urlEdited(const QString &url);
    void curlPasted(const QString &command);
    void environmentChosen(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextEdited(const QString &text);

    QComboBox *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_environment = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QStringListModel *m_completions = nullptr;
    qsizetype m_urlLength = 0;
};

} // namespace HttpLens
