#pragma once

#include "inspector/composition.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QTimer;

namespace HttpLens {

class InspectorSession;
struct CacheDecision;

// The Cache tab: what a browser's private cache and a CDN's shared cache would do with the
// request in the bar, now or at a moment chosen on the slider, with RFC 9111's arithmetic step
// by step; and "Send as a browser would". Every decision comes from the session; the page only
// shows it.
class CachePage : public QWidget
{
    Q_OBJECT

public:
    CachePage(InspectorSession *session,
              std::function<Composition()> composition,
              QWidget *parent = nullptr);

    qint64 secondsFromNow() const;
    void setMomentIndex(int index);         // an index into the slider's moments
    void setSecondsFromNow(qint64 seconds); // the nearest moment the slider has
    QString browserVerdict() const;
    QString sharedVerdict() const;
    QString browserSteps() const;
    QString lastUpdateText() const;

    // Refreshes what the page shows for the request as it stands.
    void refresh();
    void sendAsBrowser();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Column
    {
        QLabel *verdict = nullptr;
        QPlainTextEdit *steps = nullptr;
    };
    Column addColumn(const QString &title, const QString &name, QWidget *parent);
    void show(const Column &column, const CacheDecision &decision);

    InspectorSession *m_session;
    std::function<Composition()> m_composition;
    QSlider *m_moment = nullptr;
    QLabel *m_momentText = nullptr;
    QPushButton *m_send = nullptr;
    Column m_browser;
    Column m_shared;
    QLabel *m_lastUpdate = nullptr;
    QString m_served; // what the last "Send as a browser would" did, when it sent nothing
    QTimer *m_tick = nullptr;
};

} // namespace HttpLens
