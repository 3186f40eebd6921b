#include "environments.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace HttpLens {

Composition substituteComposition(const Composition &composition,
                                  const Variables &variables,
                                  QStringList *unknown)
{
    const VariableLookup lookup = [&variables](const QString &name) -> std::optional<QString> {
        for (const auto &[variable, value] : variables) {
            if (variable == name)
                return value;
        }
        return std::nullopt;
    };
    auto substitute = [&](QString &text) { text = substituteVariables(text, lookup, unknown); };
    Composition c = composition;
    substitute(c.url);
    for (KeyValueRow &row : c.headers) {
        if (!row.enabled)
            continue;
        substitute(row.name);
        substitute(row.value);
    }
    // Only the body that is sent: a variable in a hidden body mode is not reported as missing.
    if (c.bodyMode == BodyMode::Raw)
        substitute(c.rawBody);
    if (c.bodyMode == BodyMode::Json)
        substitute(c.jsonBody);
    for (KeyValueRow &row : c.formFields) {
        if (!row.enabled || c.bodyMode != BodyMode::Form)
            continue;
        substitute(row.name);
        substitute(row.value);
    }
    for (FormPart &part : c.multipart) {
        if (!part.enabled || c.bodyMode != BodyMode::Multipart)
            continue;
        substitute(part.name);
        substitute(part.value);
    }
    return c;
}

} // namespace HttpLens
