#pragma once

#include "knowledge/findings.h"

namespace HttpLens {

// The findings about an exchange the capture proxy relayed for another program (findingsFor
// adds them): how what it forwarded differs from what the program sent, and whether the program
// could have asked conditionally and been answered 304.
void captureRules(const Exchange &exchange, QList<Finding> &out);

} // namespace HttpLens
