#pragma once

#include "cookies/cookiestxt.h"
#include "interop/har.h"
#include "interop/harreader.h"
#include "interop/httpfile.h"

#include <QString>

#include <optional>

namespace HttpLens {

// The files the inspector opens and saves for other tools, read and written whole: HAR logs,
// .http files and cookies.txt. Each function reports a failure in `error` as a sentence naming
// the file; writes go to a temporary file renamed over the old one, so a failed write leaves the
// old file as it was.

HarReadResult readHarFile(const QString &path);
// HAR files are often shared: masked ones are readable by anyone (0644), ones that keep
// secrets by their owner only (0600).
bool writeHarFile(const QString &path,
                  const QList<const Exchange *> &exchanges,
                  const HarOptions &options,
                  QString *error);

std::optional<HttpFile> readHttpFile(const QString &path, QString *error);
// Adds the request after the file's requests and keeps what was there (a missing file is
// created).
bool appendToHttpFile(const QString &path, const HttpFileRequest &request, QString *error);

std::optional<CookiesTxt> readCookiesTxtFile(const QString &path, QString *error);
bool writeCookiesTxtFile(const QString &path, const QList<Cookie> &cookies, QString *error);

} // namespace HttpLens
