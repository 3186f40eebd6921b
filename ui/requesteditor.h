#pragma once

#include "inspector/composition.h"
#include "inspector/conditionals.h"

#include <QTabWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace HttpLens {

class KeyValueTable;

// The request editor's tabs: params, headers, body, auth, options and the conditional panel.
// It only shows and edits a Composition; building the request happens in app/.
class RequestEditor : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestEditor)

public:
    enum Tab { ParamsTab, HeadersTab, BodyTab, AuthTab, OptionsTab, ConditionalTab };

    explicit RequestEditor(QWidget *parent = nullptr);

    // Everything but method and URL, which live in the request bar.
    Composition composition() const;
    void setComposition(const Composition &composition);
    void setHeaderNames(const QStringList &names);

    // Replaces the header rows (and where their conditional fields came from) only.
    void setHeaderRows(const QList<KeyValueRow> &rows, const ValidatorOrigins &origins);
    // Keeps the params table in step with the URL text.
    void setUrlForParams(const QString &url);
    // What the conditional panel offers from the last response to the same URL.
    void setLearnedValidators(const std::optional<LearnedValidators> &validators);
    const std::optional<LearnedValidators> &learnedValidators() const { return m_learned; }
    // An Accept-Language row with the interface's language, switched on, shown in its tab.
    void writeLanguageHeader();

signals:
    // The params table was edited: the URL must follow.
    void paramsEdited(const QList<HttpLens::KeyValueRow> &rows);

private:
    QWidget *buildBodyTab();
    QWidget *buildAuthTab();
    QWidget *buildOptionsTab();
    QWidget *buildConditionalTab();
    void addMultipartRow(const FormPart &part);
    void validateJson();
    void writeAuthHeader();
    void fillFromLearned();
    void editConditional(int field, bool toggled);
    void refreshConditionalTab();
    void updateTabTitles();

    KeyValueTable *m_params = nullptr;
    KeyValueTable *m_headers = nullptr;

    QComboBox *m_bodyMode = nullptr;
    QStackedWidget *m_bodyStack = nullptr;
    QComboBox *m_rawType = nullptr;
    QPlainTextEdit *m_rawBody = nullptr;
    QString m_loadedRawBody; // as setComposition() gave it
    QString m_rawBodyFile;   // the file it came from, kept while it is unchanged
    QPlainTextEdit *m_jsonBody = nullptr;
    QLabel *m_jsonStatus = nullptr;
    KeyValueTable *m_form = nullptr;
    QTableWidget *m_multipart = nullptr;

    QComboBox *m_authMode = nullptr;
    QLineEdit *m_authUser = nullptr;
    QLineEdit *m_authPassword = nullptr;
    QLineEdit *m_authToken = nullptr;

    QCheckBox *m_follow = nullptr;
    QSpinBox *m_maxRedirects = nullptr;
    QComboBox *m_version = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_downloadLimit = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    QCheckBox *m_decompress = nullptr;
    QCheckBox *m_cookieJar = nullptr;
    QLineEdit *m_resolve = nullptr;

    struct ConditionalRow
    {
        QCheckBox *toggle = nullptr;
        QLineEdit *value = nullptr;
        QLabel *source = nullptr;
    };
    ConditionalRow m_conditional[ConditionalField::Count];
    ValidatorOrigins m_origins;
    std::optional<LearnedValidators> m_learned;
    bool m_updatingParams = false;
};

} // namespace HttpLens
