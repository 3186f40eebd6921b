#include "localization.h"

#include "knowledge/statuscatalogue.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace HttpLens {

Localization::Localization(const QStringList &catalogues)
{
    const bool chinese = languageFor() == Language::Chinese;
    const QString suffix = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    for (const QString &name : catalogues) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/httplens/i18n/%1_%2.qm").arg(name, suffix)))
            install(std::move(translator));
    }
    if (chinese) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_zh_CN"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_qtLoaded = install(std::move(qt));
    }
}

Localization::~Localization()
{
    for (const std::unique_ptr<QTranslator> &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
}

bool Localization::install(std::unique_ptr<QTranslator> translator)
{
    if (!QCoreApplication::installTranslator(translator.get()))
        return false;
    m_installed.push_back(std::move(translator));
    return true;
}

} // namespace HttpLens
