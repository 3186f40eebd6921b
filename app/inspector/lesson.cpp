#include "lesson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace HttpLens {

namespace {

class LessonText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Lesson)
};

const QStringList kActions = {QStringLiteral("send"),
                              QStringLiteral("replay"),
                              QStringLiteral("changeDocument"),
                              QStringLiteral("sendAsBrowser"),
                              QStringLiteral("editCookie"),
                              QStringLiteral("check"),
                              QStringLiteral("crawl"),
                              QStringLiteral("editAndReplay"),
                              QStringLiteral("startCapture")};

bool readText(const QJsonValue &value, Lesson::Text *text)
{
    const QJsonObject object = value.toObject();
    text->english = object.value(QStringLiteral("en")).toString();
    text->chinese = object.value(QStringLiteral("zh_CN")).toString();
    return !text->english.isEmpty();
}

bool readStart(const QJsonObject &object, Lesson::Start *start, QString *error)
{
    if (object.isEmpty())
        return true;
    start->given = true;
    start->method = object.value(QStringLiteral("method")).toString(QStringLiteral("GET"));
    start->path = object.value(QStringLiteral("path")).toString();
    for (const QJsonValue &header : object.value(QStringLiteral("headers")).toArray())
        start->headers.append(header.toString());
    start->body = object.value(QStringLiteral("body")).toString();
    start->contentType = object.value(QStringLiteral("contentType")).toString();
    start->followRedirects = object.value(QStringLiteral("followRedirects")).toBool(true);
    if (!start->path.startsWith(QLatin1Char('/'))) {
        *error = LessonText::tr("\"start\" needs a \"path\" on the practice server, starting with "
                                "/.");
        return false;
    }
    return true;
}

bool readStep(const QJsonObject &object, int number, Lesson::Step *step, QString *error)
{
    if (!readText(object.value(QStringLiteral("title")), &step->title)
        || !readText(object.value(QStringLiteral("text")), &step->text)) {
        *error = LessonText::tr("Step %1 needs a title and a text with at least \"en\".").arg(number);
        return false;
    }
    step->action = object.value(QStringLiteral("action")).toString();
    step->moment = object.value(QStringLiteral("moment")).toInt(-1);
    if (!step->action.isEmpty() && !kActions.contains(step->action)) {
        *error = LessonText::tr("Step %1 names an unknown action \"%2\".")
                         .arg(number)
                         .arg(step->action);
        return false;
    }
    QString why;
    if (!readStart(object.value(QStringLiteral("start")).toObject(), &step->start, &why)
        || !LessonCondition::parse(object.value(QStringLiteral("until")).toObject(),
                                   &step->until,
                                   &why)) {
        *error = LessonText::tr("Step %1: %2").arg(number).arg(why);
        return false;
    }
    return true;
}

} // namespace

std::optional<Lesson> Lesson::parse(const QByteArray &json, QString *error)
{
    if (json.size() > kMaxFileBytes) {
        *error = LessonText::tr("A lesson file may be at most 1 MiB.");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = LessonText::tr("The lesson is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    if (object.value(QStringLiteral("format")).toInt() != 1) {
        *error = LessonText::tr("The lesson's \"format\" must be 1.");
        return std::nullopt;
    }
    Lesson lesson;
    lesson.id = object.value(QStringLiteral("id")).toString();
    const QJsonArray steps = object.value(QStringLiteral("steps")).toArray();
    if (lesson.id.isEmpty() || !readText(object.value(QStringLiteral("title")), &lesson.title)
        || steps.isEmpty() || steps.size() > kMaxSteps) {
        *error = LessonText::tr("A lesson needs an \"id\", a \"title\" and from 1 to %1 "
                                "\"steps\".")
                         .arg(kMaxSteps);
        return std::nullopt;
    }
    readText(object.value(QStringLiteral("summary")), &lesson.summary);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        Step step;
        if (!readStep(steps.at(i).toObject(), int(i + 1), &step, error))
            return std::nullopt;
        lesson.steps.append(step);
    }
    return lesson;
}

QList<Lesson> Lesson::builtIn(QStringList *problems)
{
    QList<Lesson> lessons;
    const QDir dir(QStringLiteral(":/httplens/lessons"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        QString error;
        std::optional<Lesson> lesson;
        if (file.open(QIODevice::ReadOnly))
            lesson = parse(file.read(kMaxFileBytes + 1), &error);
        else
            error = file.errorString();
        if (lesson)
            lessons.append(*lesson);
        else if (problems)
            problems->append(QStringLiteral("%1: %2").arg(name, error));
    }
    return lessons;
}

} // namespace HttpLens
