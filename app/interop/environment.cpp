#include "environment.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace HttpLens {

const Environment *Environments::find(const QString &name) const
{
    for (const Environment &environment : list) {
        if (environment.name == name)
            return &environment;
    }
    return nullptr;
}

Variables Environments::activeVariables() const
{
    const Environment *environment = find(active);
    return environment ? environment->variables : Variables();
}

QJsonObject environmentsToJson(const Environments &environments)
{
    QJsonObject object;
    for (const Environment &environment : environments.list) {
        QJsonObject variables;
        for (const auto &[name, value] : environment.variables)
            variables.insert(name, value);
        object.insert(environment.name, variables);
    }
    return object;
}

Environments environmentsFromJson(const QJsonObject &object, QStringList *problems)
{
    Environments environments;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isObject()) {
            problems->append(QCoreApplication::translate("HttpLens::Environments",
                                                         "\"%1\" is not an environment (an object "
                                                         "of variables); it was left out.")
                                     .arg(it.key()));
            continue;
        }
        Environment environment;
        environment.name = it.key();
        const QJsonObject variables = it.value().toObject();
        for (auto v = variables.begin(); v != variables.end(); ++v) {
            const QJsonValue value = v.value();
            if (value.isString())
                environment.variables.append({v.key(), value.toString()});
            else if (value.isDouble())
                environment.variables.append({v.key(), QString::number(value.toDouble(), 'g', 17)});
            else if (value.isBool())
                environment.variables.append(
                        {v.key(),
                         value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
            else
                problems->append(QCoreApplication::translate("HttpLens::Environments",
                                                             "The variable %1 of %2 is not text; "
                                                             "it was left out.")
                                         .arg(v.key(), it.key()));
        }
        environments.list.append(environment);
    }
    return environments;
}

} // namespace HttpLens
