#pragma once

// What the window suites share: a fresh window for each test on its own data folder, against the
// practice server on loopback, driven as a user would (typing, keyboard shortcuts), offscreen.

#include "mainwindow.h"
#include "windowfixture.h"

#include "knowledge/localization.h"
#include "text.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace HttpLens {

class WindowTest : public QObject
{
protected:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Localization> m_localization;
    Practice::PracticeServer m_practice;
    std::optional<StatusCatalogue> m_statuses;
    std::optional<HeaderCatalogue> m_headers;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<WindowFixture> m_f;
    std::unique_ptr<MainWindow> m_window;

    std::unique_ptr<MainWindow> openWindow(QSize size = QSize(1280, 820))
    {
        auto window = std::make_unique<MainWindow>(m_f->services);
        if (size.isValid())
            window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the window was not exposed");
        return window;
    }

    QString dataFile(const QString &name) const { return m_dataDir->filePath(name); }

    void typeUrl(const QString &url)
    {
        QLineEdit *edit = m_window->urlEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        // QTest types ASCII by key code; other characters arrive as text, as from an input method.
        for (QChar c : url) {
            if (c.unicode() < 0x80)
                QTest::keyClick(edit, c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
        // History completion may have opened its popup; a user would dismiss it the same way.
        if (QCompleter *completer = edit->completer(); completer && completer->popup()->isVisible())
            QTest::keyClick(completer->popup(), Qt::Key_Escape);
    }

    // Ctrl+Enter, then wait for the exchange to land in the history.
    void sendWithKeyboard()
    {
        const int before = m_f->history.size();
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_f->history.size(), before + 1, 15000);
    }

    void replayWithKeyboard()
    {
        const int before = m_f->history.size();
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_f->history.size(), before + 1, 15000);
    }

    const Exchange &lastExchange() const
    {
        return *m_f->history.exchangeAt(m_f->history.size() - 1);
    }

    QByteArray lastRequestHead() const
    {
        const Exchange &e = lastExchange();
        return e.hops.isEmpty() ? QByteArray() : e.hops.last().request.raw;
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("HTTPLENS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        // The interface language decides the name: en-… or zh-….
        const QString language = hasChinese(QCoreApplication::translate("HttpLens::MainMenus",
                                                                        "&File"))
                                         ? QStringLiteral("zh")
                                         : QStringLiteral("en");
        const QString prefix = qEnvironmentVariable("HTTPLENS_SCREENSHOT_PREFIX", language);
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + prefix + QLatin1Char('-') + name
                                    + QStringLiteral(".png")));
    }

    // The 200 of the lab document, then its 304: the walkthrough's first half.
    void sendLabThenReplay()
    {
        typeUrl(m_practice.url(QStringLiteral("/lab/welcome")));
        sendWithKeyboard();
        QCOMPARE(lastExchange().status(), 200);
        replayWithKeyboard();
        QCOMPARE(lastExchange().status(), 304);
    }

    // initTestCase, init and cleanup of the suites.
    void setUpCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("HttpLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("httplens"));
        m_localization = std::make_unique<Localization>(
                QStringList{QStringLiteral("httplens"), QStringLiteral("httplens_ui")});
        QVERIFY(m_practice.listen());
        m_statuses = StatusCatalogue::load();
        m_headers = HeaderCatalogue::load();
        QVERIFY(m_statuses && m_headers);
    }
    void setUp()
    {
        QSettings().clear();
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
        m_f = std::make_unique<WindowFixture>(&m_practice,
                                              &*m_statuses,
                                              &*m_headers,
                                              m_dataDir->filePath(QStringLiteral("data")));
        QVERIFY(m_f->opened.isEmpty());
        m_window = openWindow();
    }
    void tearDown()
    {
        m_window.reset();
        m_f.reset();
        m_dataDir.reset();
    }
};

} // namespace HttpLens
