#pragma once

#include "interop/httpfile.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace HttpLens {

// Named sets of variables ("dev", "staging") that {{name}} in the URL, the header rows and the
// body refer to; one is active at a time. Saved in the format of JetBrains'
// http-client.env.json ({"dev": {"host": "..."}}), so the same file serves .http files there.
struct Environment
{
    QString name;
    Variables variables;

    bool operator==(const Environment &other) const
    {
        return name == other.name && variables == other.variables;
    }
};

struct Environments
{
    QList<Environment> list;
    QString active; // empty: no environment

    const Environment *find(const QString &name) const;
    Variables activeVariables() const;
};

QJsonObject environmentsToJson(const Environments &environments);
// Reads http-client.env.json. Values that are not strings (numbers, booleans) are kept as text;
// nested objects are refused with a message naming the variable.
Environments environmentsFromJson(const QJsonObject &object, QStringList *problems);

} // namespace HttpLens
