#pragma once

#include <QTranslator>

#include <memory>

namespace HttpLens {

// Installs the translators for the language the interface follows (the system's, or the one set
// with QLocale::setDefault): the core's texts, the window's and Qt's own dialogs. English needs
// none. Keep the object alive as long as the application.
class Localization
{
    Q_DISABLE_COPY_MOVE(Localization)

public:
    Localization();
    ~Localization();

private:
    std::unique_ptr<QTranslator> m_core;
    QTranslator m_ui;
    QTranslator m_qt;
    bool m_uiInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace HttpLens
