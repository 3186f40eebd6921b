#pragma once

#include "inspector/lessoncondition.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace HttpLens {

// A guided lesson, read from a data file in resources/lessons/ (its format is documented in
// resources/lessons/README.md, so that a teacher can write one): a title and steps in English
// and Simplified Chinese, each step with what it puts in the editor when it begins and the
// event that ends it. A step advances only on what really happened.
struct Lesson
{
    // A text in both languages; Chinese falls back to English only where a file lacks it.
    struct Text
    {
        QString english;
        QString chinese;
        QString in(bool chineseInterface) const
        {
            return chineseInterface && !chinese.isEmpty() ? chinese : english;
        }
    };

    // What the step puts in the request editor: a request to the practice server.
    struct Start
    {
        bool given = false;
        QString method = QStringLiteral("GET");
        QString path;        // on the practice server, query included
        QStringList headers; // "Name: value"
        QString body;
        QString contentType;
        bool followRedirects = true;
    };

    struct Step
    {
        Text title;
        Text text;
        Start start;
        LessonCondition until;
        // What a person does to end the step, for the lesson's tests and its own checks:
        // send, replay, changeDocument, sendAsBrowser, editCookie, check.
        QString action;
        // sendAsBrowser: the moment, in seconds from now, the Cache tab's slider is set to when
        // the step begins; -1 leaves it where it is.
        int moment = -1;
    };

    QString id;
    Text title;
    Text summary;
    QList<Step> steps;

    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static constexpr int kMaxSteps = 40;

    // False (nullopt) with a sentence naming what is wrong when the file is no lesson.
    static std::optional<Lesson> parse(const QByteArray &json, QString *error);
    // The lessons compiled into HTTP Lens, in order; problems names any that could not be read.
    static QList<Lesson> builtIn(QStringList *problems = nullptr);
};

} // namespace HttpLens
