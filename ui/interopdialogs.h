#pragma once

#include "inspector/composition.h"
#include "inspector/environments.h"
#include "inspector/inspectorsession.h"
#include "interop/httpfile.h"
#include "interop/snippets.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace HttpLens {

class KeyValueTable;

// Paste a curl command (a browser's "Copy as cURL") and see at once what it becomes: the
// request, or the reason it cannot be read, and what was left out.
class CurlImportDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlImportDialog)

public:
    explicit CurlImportDialog(QWidget *parent = nullptr);
    void setText(const QString &text);
    QString text() const;
    // What the command becomes in the editor, as it stands.
    InspectorSession::Import imported() const { return m_imported; }

private:
    void reparse();

    QPlainTextEdit *m_text = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_ok = nullptr;
    InspectorSession::Import m_imported;
};

// The request as code for another tool, with a button that copies it.
class SnippetDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnippetDialog)

public:
    SnippetDialog(const Request &request, SnippetLanguage language, QWidget *parent = nullptr);
    QString code() const;

private:
    void update();

    Request m_request;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_code = nullptr;
};

// The requests of an open .http file: open one in the editor or send it at once.
class HttpFileDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFileDialog)

public:
    explicit HttpFileDialog(QWidget *parent = nullptr);
    void setFile(const QString &path, const HttpFile &file);
    int currentIndex() const;
    void setCurrentIndex(int index);

signals:
    void openRequested(int index);
    void sendRequested(int index);

private:
    QLabel *m_path = nullptr;
    QListWidget *m_list = nullptr;
};

// Named sets of variables; the one chosen in the request bar fills {{name}} in URL, headers
// and body.
class EnvironmentsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsDialog)

public:
    explicit EnvironmentsDialog(const Environments &environments, QWidget *parent = nullptr);
    Environments environments() const;

private:
    void storeCurrent();
    void showCurrent();
    Variables shownVariables() const;

    Environments m_environments;
    QListWidget *m_names = nullptr;
    KeyValueTable *m_variables = nullptr;
    int m_shown = -1;
};

} // namespace HttpLens
