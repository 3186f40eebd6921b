#pragma once

#include <QStringList>
#include <QTranslator>

#include <memory>
#include <vector>

namespace HttpLens {

// Installs the translators for the language the interface follows (the system's, or the one set
// with QLocale::setDefault, as --lang does): HTTP Lens's own catalogues, and Qt's own texts
// (qtbase: context menus, standard buttons, dialogs) from Qt's translations folder. In English
// the catalogues give the plural forms of texts with %n ("1 URL", "2 URLs"). Keep the object
// alive as long as the application; both programs make one at start.
class Localization
{
    Q_DISABLE_COPY_MOVE(Localization)

public:
    // catalogues: base names of NAME_LANG.qm files in translationsDirectory() ("httplens" for
    // the core, "httplens_ui" for the window).
    explicit Localization(const QStringList &catalogues = {QStringLiteral("httplens")});
    ~Localization();

    // Whether Qt's own translation (qtbase_zh_CN.qm) was found; English needs none.
    bool qtTextsLoaded() const { return m_qtLoaded; }

    // Where HTTP Lens's compiled translations are: share/httplens/translations beside the
    // program's bin folder (an install, an unpacked package, the build tree), else the folder of
    // the install prefix HTTP Lens was built for. Empty when neither holds them.
    static QString translationsDirectory();
    // A translator loaded with NAME_LANG.qm from there, or nullptr.
    static std::unique_ptr<QTranslator> catalogue(const QString &name, const QString &language);

private:
    bool install(std::unique_ptr<QTranslator> translator);

    std::vector<std::unique_ptr<QTranslator>> m_installed;
    bool m_qtLoaded = false;
};

} // namespace HttpLens
