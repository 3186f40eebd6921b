#pragma once

#include "inspector/composition.h"

#include <optional>

namespace HttpLens {

// The conditional fields among a composition's header rows, as the Conditional tab shows and
// edits them. Field i is conditionalHeaderNames()[i]; it is on when an enabled row of that name
// exists, and its row stays where it is among the other header rows.

// The first row of field i, or -1.
int conditionalRow(const Composition &composition, int field);
bool conditionalEnabled(const Composition &composition, int field);
QString conditionalValue(const Composition &composition, int field);

// Writes field i: an existing row keeps its place, a new one goes after the other rows.
void setConditional(Composition &composition,
                    int field,
                    const QString &value,
                    bool enabled,
                    ValidatorOrigin origin);

// If-None-Match and If-Modified-Since switched on with the learned values (RFC 9110 §13.1.1 and
// §13.1.3): what a cache or a careful crawler sends to revalidate.
void applyRevalidation(Composition &composition, const LearnedValidators &validators);

// What the Conditional tab says under field i: where the value of its row came from, or what
// the last response to the URL offers for it when there is no row.
QString conditionalSourceText(const Composition &composition,
                              int field,
                              const std::optional<LearnedValidators> &learned);

// The composition sent to url: the conditional fields belong to the resource they were written
// for, so when url names another resource they are taken off (a field of value "*", which names
// no version, stays). Returns the names of the fields taken off.
QStringList moveToUrl(Composition &composition, const QString &url);

} // namespace HttpLens
