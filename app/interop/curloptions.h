#pragma once

#include "files/filereadrule.h"

#include "model/request.h"

#include <QString>
#include <QStringList>

namespace HttpLens {

// What a curl-style command line asks for: the requests (one per URL) and what to do with the
// results. Shared by `httplens-cli send` and the curl command importer.
struct CurlCommand
{
    QList<Request> requests;
    QStringList outputs; // -o, paired with the URLs in order as curl does
    QString harFile;     // --har, "-" for standard output
    QString etagSave;
    QString etagCompare;
    bool verbose = false;
    bool include = false; // -i: the response head goes to standard output before the body
    enum class Fail {
        No,
        Quietly,
        WithBody
    } fail
            = Fail::No; // -f, --fail-with-body: 4xx/5xx exit 22
    bool silent = false;
    bool showError = false;
    QByteArray writeOut; // -w: written after each transfer (interop/writeout.h)
    bool parallel = false;
    int parallelMax = 50;
};

struct CurlParseResult
{
    bool ok = false;
    CurlCommand command;
    QString error;
    int exitCode = 0;                   // curl's exit code for the same mistake (2: bad usage)
    QList<FileReadRule::Check> refused; // files the rule did not let it read (not read)
};

// Parses curl's option syntax (argv without the program name and subcommand). File arguments
// (@file, -b FILE, -z FILE, --etag-compare) are read relative to the current directory.
// Arguments are bytes, as a program receives them: a body given on the command line is sent
// exactly. --har-in FILE [--entry N] takes the request from a HAR file instead of a URL.
// standardInput: whether "@-" and "-b -" may read this process's standard input (the command
// line may; a command pasted into the window may not). Without urlRequired, a command line of
// options only gives one request with an empty URL: the options for requests taken from
// elsewhere (an .http file), to be combined with withCommandLineOptions().
// files: null for a command the person typed (every file theirs to send); for a command pasted
// or read from a file, the files it may read (@file, -H @file, -b FILE, --etag-compare).
struct CurlParseOptions
{
    bool standardInput = true;
    bool urlRequired = true;
    const FileReadRule *files = nullptr;
};
CurlParseResult parseCurlArguments(const QList<QByteArray> &arguments,
                                   const CurlParseOptions &options = {});
CurlParseResult parseCurlArguments(const QStringList &arguments); // local 8-bit encoding

// A request recorded elsewhere (a HAR entry, an .http file) sent with options from the command
// line: its method, URL, headers and body, then the command line's headers after its own, and
// the command line's settings (timeouts, TLS, --resolve, ...). -X and a body given on the
// command line replace the recorded ones.
Request withCommandLineOptions(const Request &recorded, const Request &options);

// Options this parser understands, for help text and error messages.
QStringList supportedCurlOptions();

} // namespace HttpLens
