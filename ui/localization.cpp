#include "localization.h"

#include "knowledge/statuscatalogue.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace HttpLens {

Localization::Localization()
    : m_core(translatorFor(languageFor()))
{
    if (!m_core)
        return;
    QCoreApplication::installTranslator(m_core.get());
    m_uiInstalled = m_ui.load(QStringLiteral(":/httplens/i18n/httplens_ui_zh_CN.qm"))
                    && QCoreApplication::installTranslator(&m_ui);
    m_qtInstalled = m_qt.load(QStringLiteral("qtbase_zh_CN"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                    && QCoreApplication::installTranslator(&m_qt);
}

Localization::~Localization()
{
    if (m_core)
        QCoreApplication::removeTranslator(m_core.get());
    if (m_uiInstalled)
        QCoreApplication::removeTranslator(&m_ui);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
}

} // namespace HttpLens
