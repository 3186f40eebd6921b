// MainWindow, the part that opens and saves what other tools read and write: curl commands,
// .http files, HAR and cookies.txt. Everything is done by the InspectorSession; this shows it.
#include "mainwindow.h"

#include "historypanel.h"
#include "interopdialogs.h"
#include "requestbar.h"
#include "responseview.h"

#include "inspector/fileconsents.h"
#include "inspector/inspectorsession.h"
#include "inspector/workspace.h"
#include "interop/curlcommand.h"
#include "interop/interopfiles.h"
#include "model/units.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <functional>
#include <optional>

namespace HttpLens {

namespace {

using Importer = std::function<InspectorSession::Import(const FileReadRule &files)>;
using Consent = std::function<bool(const FileReadRule::Check &check, const QString &host)>;

// Imports through importer; each file the rule refuses is put to consent() (at most 16) and read
// only after a yes. Nothing after a no.
std::optional<InspectorSession::Import> importWithConsent(FileReadRule files,
                                                          const Importer &importer,
                                                          const Consent &consent)
{
    InspectorSession::Import import = importer(files);
    for (int asked = 0; !import.ok && !import.refused.isEmpty() && asked < 16; ++asked) {
        const FileReadRule::Check check = import.refused.first();
        if (!consent(check, import.host))
            return std::nullopt;
        files.allow(check.resolved);
        import = importer(files);
    }
    return import;
}

} // namespace

bool MainWindow::importCurl(const QString &text)
{
    return readCurlCommand(text, false);
}

bool MainWindow::readCurlCommand(const QString &text, bool sending)
{
    // A pasted command was written by someone else: each file it reads is asked about first.
    const QString why = tr("The pasted curl command reads this file.");
    const std::optional<InspectorSession::Import> asked = importWithConsent(
            withOwnSecrets(FileReadRule(QString())),
            [&text](const FileReadRule &files) { return InspectorSession::importCurl(text, files); },
            [this, &why](const FileReadRule::Check &check, const QString &host) {
                return askToSendFile(check, host, why);
            });
    if (!asked)
        return false;
    const InspectorSession::Import &import = *asked;
    if (!import.ok) {
        m_response->showProblems({import.error});
        return false;
    }
    setComposition(import.composition);
    if (!import.notes.isEmpty())
        showMessage(import.notes.join(QLatin1Char(' ')), 15000);
    else if (!sending)
        showMessage(tr("The curl command is in the editor; send it with Ctrl+Enter."), 15000);
    return true;
}

QString MainWindow::curlForCurrentRequest() const
{
    const BuiltRequest built = currentRequest(false);
    if (!built.errors.isEmpty()) {
        m_response->showProblems(built.errors);
        return {};
    }
    return curlCommandLine(built.request);
}

void MainWindow::showCodeSnippet()
{
    const BuiltRequest built = currentRequest(false);
    if (!built.errors.isEmpty()) {
        m_response->showProblems(built.errors);
        return;
    }
    SnippetDialog dialog(built.request, SnippetLanguage::PythonRequests, this);
    dialog.exec();
}

void MainWindow::editEnvironments()
{
    if (!m_s.workspace)
        return;
    EnvironmentsDialog dialog(m_s.workspace->environments(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Environments environments = dialog.environments();
    environments.active = m_s.workspace->environments().active;
    m_s.workspace->setEnvironments(environments);
}

bool MainWindow::openHttpFile(const QString &path)
{
    QString error;
    const std::optional<HttpFile> file = readHttpFile(path, &error);
    if (!file) {
        showNotice(error);
        return false;
    }
    for (const QString &problem : file->problems)
        showNotice(tr("%1: %2").arg(QFileInfo(path).fileName(), problem));
    if (file->requests.isEmpty()) {
        showNotice(tr("%1 holds no request.").arg(path));
        return false;
    }
    QString environmentError;
    const QStringList offered = m_s.session->offerFileEnvironments(path, &environmentError);
    if (!environmentError.isEmpty())
        showNotice(environmentError);
    else if (!offered.isEmpty())
        showMessage(tr("The environments beside the file are in the list next to the URL: %1.")
                            .arg(offered.join(QStringLiteral(", "))),
                    15000);
    m_httpFilePath = path;
    m_httpFile = *file;
    if (!m_httpFileDialog) {
        m_httpFileDialog = new HttpFileDialog(this);
        connect(m_httpFileDialog, &HttpFileDialog::openRequested, this, [this](int index) {
            loadHttpFileRequest(index, false);
        });
        connect(m_httpFileDialog, &HttpFileDialog::sendRequested, this, [this](int index) {
            loadHttpFileRequest(index, true);
        });
    }
    m_httpFileDialog->setFile(path, m_httpFile);
    m_httpFileDialog->show();
    m_httpFileDialog->raise();
    return true;
}

FileReadRule MainWindow::withOwnSecrets(FileReadRule files) const
{
    if (m_s.workspace) // this window's data folder (--data-dir), as secret as the default one
        files.addSecretPlace(m_s.workspace->dataDirectory());
    return files;
}

// A file a request asks to read from outside its folder (or from a secret or system place): the
// person says whether its contents may go to the request's host. Nothing is read before; a no
// leaves a notice naming the file.
bool MainWindow::askToSendFile(const FileReadRule::Check &check,
                               const QString &host,
                               const QString &why)
{
    QMessageBox ask(QMessageBox::Question,
                    tr("Send a file?"),
                    tr("Send the contents of %1 (%2) to %3?")
                            .arg(FileReadRule::shownPath(check.resolved),
                                 check.size >= 0 ? formatByteSize(check.size) : tr("not found"),
                                 host.isEmpty() ? tr("the request's host") : host),
                    QMessageBox::NoButton,
                    this);
    ask.setObjectName(QStringLiteral("fileConsent"));
    ask.setInformativeText(tr("%1 %2").arg(why, FileReadRule::refusal(check)));
    QPushButton *send = ask.addButton(tr("Send it"), QMessageBox::AcceptRole);
    ask.addButton(tr("Do not read it"), QMessageBox::RejectRole);
    ask.setDefaultButton(qobject_cast<QPushButton *>(ask.buttons().last()));
    ask.exec();
    if (ask.clickedButton() == send)
        return true;
    showNotice(tr("Not read, and the request was not opened: %1").arg(FileReadRule::refusal(check)));
    return false;
}

bool MainWindow::loadHttpFileRequest(int index, bool sendNow)
{
    // Each file outside the rule is asked about, once; a yes is remembered for this .http file.
    const QString why = tr("The request of %1 reads this file as its body.")
                                .arg(QFileInfo(m_httpFilePath).fileName());
    const std::optional<InspectorSession::Import> asked = importWithConsent(
            withOwnSecrets(FileConsents::ruleFor(m_httpFilePath)),
            [this, index](const FileReadRule &files) {
                return m_s.session->importHttpFileRequest(m_httpFile, index, files);
            },
            [this, &why](const FileReadRule::Check &check, const QString &host) {
                if (!askToSendFile(check, host, why))
                    return false;
                FileConsents::remember(m_httpFilePath, check);
                return true;
            });
    if (!asked)
        return false;
    const InspectorSession::Import &import = *asked;
    if (!import.ok) {
        m_response->showProblems({import.error});
        return false;
    }
    setComposition(import.composition);
    if (!import.notes.isEmpty())
        showMessage(import.notes.join(QLatin1Char(' ')), 15000);
    if (sendNow)
        send();
    return true;
}

// What a file operation did: a passing message when it worked, a notice that stays when not.
bool MainWindow::showOutcome(bool ok, const QString &message)
{
    ok ? showMessage(message, 10000) : showNotice(message);
    return ok;
}

bool MainWindow::saveRequestToHttpFile(const QString &path, const QString &name)
{
    const InspectorSession::Outcome outcome = m_s.session->saveToHttpFile(path, composition(), name);
    return showOutcome(outcome.ok, outcome.message);
}

int MainWindow::importHar(const QString &path)
{
    const InspectorSession::Outcome outcome = m_s.session->importHar(path);
    if (outcome.ok && outcome.lastId) {
        showHistoryEntry(outcome.lastId);
        m_historyPanel->select(outcome.lastId);
    }
    return showOutcome(outcome.ok, outcome.message) ? outcome.count : -1;
}

bool MainWindow::exportHar(const QString &path, const QList<quint64> &ids, bool keepSecrets)
{
    const InspectorSession::Outcome outcome = m_s.session->exportHar(path, ids, keepSecrets);
    return showOutcome(outcome.ok, outcome.message);
}

int MainWindow::importCookies(const QString &path)
{
    const InspectorSession::Outcome outcome = m_s.session->importCookies(path);
    return showOutcome(outcome.ok, outcome.message) ? outcome.count : -1;
}

bool MainWindow::exportCookies(const QString &path)
{
    const InspectorSession::Outcome outcome = m_s.session->exportCookies(path);
    return showOutcome(outcome.ok, outcome.message);
}

} // namespace HttpLens
