#pragma once

#include "mainwindow.h"

#include "capture/capturesession.h"
#include "cookies/cookiejar.h"
#include "http/engine.h"
#include "inspector/history.h"
#include "inspector/inspectorsession.h"
#include "inspector/lessonplayer.h"
#include "inspector/walkthrough.h"
#include "inspector/workspace.h"
#include "knowledge/headercatalogue.h"
#include "knowledge/statuscatalogue.h"
#include "practice/practiceserver.h"

#include <QStringList>

#include <memory>

namespace HttpLens {

// Everything one window needs, made fresh for each test so that every slot runs alone as well
// as with the others: a data folder of its own, an empty history and jar, no saved settings.
struct WindowFixture
{
    explicit WindowFixture(Practice::PracticeServer *practice,
                           const StatusCatalogue *statuses,
                           const HeaderCatalogue *headers,
                           const QString &dataDir)
    {
        workspace = std::make_unique<Workspace>(dataDir, &history, &jar);
        opened = workspace->open();
        InspectorSession::Parts parts;
        parts.engine = &engine;
        parts.history = &history;
        parts.jar = &jar;
        parts.walkthrough = &walkthrough;
        parts.workspace = workspace.get();
        parts.practice = practice;
        parts.lessons = &lessons;
        parts.capture = &capture;
        session = std::make_unique<InspectorSession>(parts);
        services.session = session.get();
        services.history = &history;
        services.jar = &jar;
        services.walkthrough = &walkthrough;
        services.lessons = &lessons;
        services.lessonProblems = lessonProblems;
        services.workspace = workspace.get();
        services.practice = practice;
        services.statuses = statuses;
        services.headers = headers;
        services.capture = &capture;
        services.dataFolder = dataDir;
    }

    Engine engine;
    Capture::CaptureSession capture{&engine};
    History history;
    CookieJar jar;
    Walkthrough walkthrough;
    QStringList lessonProblems;
    LessonPlayer lessons{Lesson::builtIn(&lessonProblems)};
    std::unique_ptr<Workspace> workspace;
    QStringList opened;
    std::unique_ptr<InspectorSession> session;
    Services services;
};

} // namespace HttpLens
