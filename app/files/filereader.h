#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace HttpLens {

// Reads a file the user named (a HAR or .http file to open, a cookies.txt to import): regular
// files only, so a device or a pipe cannot be read for ever, and at most maxBytes, so a huge
// file cannot exhaust memory. On failure `error` holds a sentence naming the file and the cause.
std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxBytes, QString *error);

// Request bodies are held in memory: a body file (-d @file, .http "< file") larger than this is
// refused, not read.
constexpr qint64 kMaxRequestBodyFileBytes = 512 * 1024 * 1024;

} // namespace HttpLens
