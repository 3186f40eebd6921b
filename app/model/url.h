#pragma once

#include <QString>

#include <optional>

namespace HttpLens {

// A URL the way a browser treats what was typed into its address bar: characters that may not
// appear in a URL as they are (space, '"', '<', '>', '`' and everything beyond ASCII) are
// percent-encoded as UTF-8 in the path, query and fragment. What is already percent-encoded
// stays as it is, so encoding twice changes nothing; the scheme, user and host are left alone
// (libcurl converts an international host name itself). Blanks around the text are dropped.
QString encodeUrl(const QString &typed);

// Why text cannot be sent as an http or https URL, in one sentence, with the exit code curl gives
// for the same mistake (1: unsupported scheme, 3: malformed). Nothing when it can be sent.
struct UrlProblem
{
    int curlCode = 3;
    QString sentence;
};
std::optional<UrlProblem> urlProblem(const QString &url);

// The scheme, host and port that a URL's connections go to, lowercased, with the scheme's
// default port when it names none: "http://example.test:80". For a URL urlProblem() accepts.
QString connectionOrigin(const QString &url);

} // namespace HttpLens
