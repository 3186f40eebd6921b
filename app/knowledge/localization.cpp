#include "localization.h"

#include "knowledge/statuscatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>

namespace HttpLens {

Localization::Localization(const QStringList &catalogues)
{
    const bool chinese = languageFor() == Language::Chinese;
    const QString suffix = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    for (const QString &name : catalogues) {
        if (std::unique_ptr<QTranslator> translator = catalogue(name, suffix))
            install(std::move(translator));
    }
    if (chinese) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_zh_CN"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_qtLoaded = install(std::move(qt));
        // What qtbase_zh_CN leaves in English and the window shows (the file dialog's types).
        if (std::unique_ptr<QTranslator> gaps = catalogue(QStringLiteral("httplens_qt"), suffix))
            install(std::move(gaps));
    }
}

Localization::~Localization()
{
    for (const std::unique_ptr<QTranslator> &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
}

QString Localization::translationsDirectory()
{
    static const QString found = [] {
        QStringList candidates;
        if (QCoreApplication::instance())
            candidates.append(QCoreApplication::applicationDirPath()
                              + QStringLiteral("/../share/httplens/translations"));
        candidates.append(QStringLiteral(HTTPLENS_TRANSLATIONS_DIR));
        for (const QString &candidate : candidates) {
            if (QFileInfo::exists(candidate + QStringLiteral("/httplens_en.qm")))
                return QDir::cleanPath(candidate);
        }
        return QString();
    }();
    return found;
}

std::unique_ptr<QTranslator> Localization::catalogue(const QString &name, const QString &language)
{
    const QString directory = translationsDirectory();
    auto translator = std::make_unique<QTranslator>();
    if (directory.isEmpty()
        || !translator->load(QStringLiteral("%1_%2.qm").arg(name, language), directory))
        return nullptr;
    return translator;
}

bool Localization::install(std::unique_ptr<QTranslator> translator)
{
    if (!QCoreApplication::installTranslator(translator.get()))
        return false;
    m_installed.push_back(std::move(translator));
    return true;
}

} // namespace HttpLens
