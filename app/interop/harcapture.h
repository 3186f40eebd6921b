#pragma once

#include "model/exchange.h"

#include <QJsonObject>

namespace HttpLens {

class JsonWriter;

// The `_capture` field of a HAR entry: what the capture proxy saw of an exchange on the client's
// side (CaptureInfo), written on the first entry of a captured exchange and read back from it,
// so a captured exchange survives the history journal and HAR files whole.
void writeCapture(JsonWriter &out, const CaptureInfo &capture);
CaptureInfo captureFromObject(const QJsonObject &object);

} // namespace HttpLens
