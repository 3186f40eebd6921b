#pragma once

#include "inspector/composition.h"
#include "interop/environment.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace HttpLens {

// The composition with every {{name}} replaced: URL, header rows, raw and JSON bodies, form
// fields and multipart values. Unknown names are listed and left as written.
Composition substituteComposition(const Composition &composition,
                                  const Variables &variables,
                                  QStringList *unknown);

} // namespace HttpLens
