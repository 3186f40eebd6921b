#pragma once

#include <QString>

// Whether the text holds CJK ideographs: how tests tell a Chinese text from an English one.
inline bool hasChinese(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    }
    return false;
}
