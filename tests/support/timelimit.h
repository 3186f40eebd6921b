#pragma once

#include <QtGlobal>

// A time limit a test asserts, allowing for the build it runs in: AddressSanitizer and UBSan
// make the code several times slower, and HTTPLENS_TEST_TIME_FACTOR lets a slow machine say so.
inline qint64 timeLimit(qint64 milliseconds)
{
    qint64 factor = 1;
#if defined(__SANITIZE_ADDRESS__)
    factor = 4;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    factor = 4;
#endif
#endif
    bool ok = false;
    const int extra = qEnvironmentVariableIntValue("HTTPLENS_TEST_TIME_FACTOR", &ok);
    if (ok && extra > 1)
        factor *= extra;
    return milliseconds * factor;
}
