#include "runcommand.h"

#include "cli/sendcommand.h"
#include "inspector/environments.h"
#include "interop/curlcommand.h"
#include "interop/curloptions.h"
#include "interop/har.h"
#include "interop/harreader.h"
#include "interop/httpfile.h"
#include "interop/httpfileenvironments.h"
#include "interop/snippets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>

#include <cstdio>

namespace HttpLens {

namespace {

class RunText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Run)
};

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

int fail(const char *command, const QString &message, int code = 2)
{
    print(stderr, QStringLiteral("httplens-cli %1: %2\n").arg(QLatin1String(command), message));
    return code;
}

// Our own options, taken out of the argument list; the rest are curl options.
struct OwnOptions
{
    QString file;
    QStringList names;
    QString environment;
    QString environmentFile;
    QString from;
    QString to;
    int entry = 0;
    bool list = false;
    bool keepSecrets = false;
    QStringList allowedFiles; // --allow-file, as typed (relative to the current directory)
    bool allowOutside = false;
    bool inlineFiles = false; // convert: a body file's contents rather than a reference to it
    QList<QByteArray> curlArguments;
    QString error;
};

OwnOptions takeOwnOptions(const QList<QByteArray> &arguments, bool convert)
{
    OwnOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QByteArray &arg = arguments.at(i);
        auto value = [&](QString *target) {
            if (i + 1 >= arguments.size()) {
                options.error = RunText::tr("%1 needs a value.").arg(QString::fromLocal8Bit(arg));
                return;
            }
            *target = QString::fromLocal8Bit(arguments.at(++i));
        };
        if (arg == "--name") {
            QString name;
            value(&name);
            options.names.append(name);
        } else if (arg == "--env") {
            value(&options.environment);
        } else if (arg == "--env-file") {
            value(&options.environmentFile);
        } else if (arg == "--list" && !convert) {
            options.list = true;
        } else if (arg == "--from" && convert) {
            value(&options.from);
        } else if (arg == "--to" && convert) {
            value(&options.to);
        } else if (arg == "--entry" && convert) {
            QString text;
            value(&text);
            options.entry = text.toInt();
            if (options.entry < 1)
                options.error = RunText::tr("--entry expects a number from 1.");
        } else if (arg == "--allow-file") {
            QString path;
            value(&path);
            options.allowedFiles.append(path);
        } else if (arg == "--allow-files-outside") {
            options.allowOutside = true;
        } else if (arg == "--inline-files" && convert) {
            options.inlineFiles = true;
        } else if (arg == "--keep-secrets" && convert) {
            options.keepSecrets = true;
        } else if (options.file.isEmpty() && (arg == "-" || !arg.startsWith('-'))) {
            options.file = QFile::decodeName(arg);
        } else {
            options.curlArguments.append(arg);
        }
        if (!options.error.isEmpty())
            break;
    }
    return options;
}

std::optional<QByteArray> readInput(const QString &path, QString *error)
{
    QFile file(path);
    const bool opened = path.isEmpty() || path == QLatin1String("-")
                                ? file.open(stdin, QIODevice::ReadOnly)
                                : file.open(QIODevice::ReadOnly);
    if (!opened) {
        *error = RunText::tr("Cannot read %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// The active environment's variables: --env-file, or the JetBrains files beside the .http file
// (the private one's values win).
std::optional<Variables> environmentFor(const OwnOptions &options, QString *error)
{
    if (options.environment.isEmpty())
        return Variables();
    // The files beside the .http file, as the window reads them, unless --env-file names one.
    const std::optional<FileEnvironments> files = options.environmentFile.isEmpty()
                                                          ? environmentsBeside(options.file, error)
                                                          : environmentsIn({options.environmentFile},
                                                                           error);
    if (!files)
        return std::nullopt;
    QStringList known;
    for (const Environment &environment : files->list)
        known.append(environment.name);
    if (!known.contains(options.environment)) {
        *error = RunText::tr("There is no environment \"%1\" (found: %2).")
                         .arg(options.environment,
                              known.isEmpty() ? RunText::tr("no environment file")
                                              : known.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return layeredVariables(*files, options.environment, {});
}

// Lines that looked like no request, on standard error: the file may not be an .http file.
void warnAbout(const HttpFile &file, const QString &path, const char *command)
{
    for (const QString &problem : file.problems)
        print(stderr,
              QStringLiteral("httplens-cli %1: %2: %3\n").arg(QLatin1String(command), path, problem));
}

// The files a file of requests may read: those inside folder, and those the person allowed on
// the command line (--allow-file PATH, relative to the current directory; --allow-files-outside).
FileReadRule allowedFiles(const OwnOptions &options, const QString &folder)
{
    FileReadRule files(folder);
    for (const QString &path : options.allowedFiles)
        files.allow(FileReadRule::own().resolve(path));
    if (options.allowOutside)
        files.allowOutside();
    return files;
}

// The sentence of a refusal, and how to give consent from the command line.
QString withAllowHint(const QString &error, const QList<FileReadRule::Check> &refused)
{
    if (refused.isEmpty())
        return error;
    return error + QLatin1Char(' ')
           + RunText::tr("To read it, run again with --allow-file %1.").arg(refused.first().resolved);
}

// The requests of an .http file chosen by --name (all when none), resolved.
std::optional<QList<Request>> httpFileRequests(const QByteArray &content,
                                               const OwnOptions &options,
                                               const char *command,
                                               QString *error,
                                               BodyFiles bodyFiles = BodyFiles::Read)
{
    const HttpFile file = parseHttpFile(QString::fromUtf8(content));
    warnAbout(file, options.file, command);
    if (file.requests.isEmpty()) {
        *error = RunText::tr("%1 holds no request.").arg(options.file);
        return std::nullopt;
    }
    const auto environment = environmentFor(options, error);
    if (!environment)
        return std::nullopt;
    QList<int> indexes;
    for (const QString &name : options.names) {
        const int index = findHttpRequest(file, name);
        if (index < 0) {
            *error = RunText::tr("%1 has no request named \"%2\".").arg(options.file, name);
            return std::nullopt;
        }
        indexes.append(index);
    }
    if (indexes.isEmpty()) {
        for (int i = 0; i < file.requests.size(); ++i)
            indexes.append(i);
    }
    QList<Request> requests;
    // Files the .http file reads: inside its folder, or named by the person on the command line.
    const FileReadRule files = allowedFiles(options, QFileInfo(options.file).absolutePath());
    for (int index : std::as_const(indexes)) {
        const ResolvedHttpRequest resolved = resolveHttpRequest(file,
                                                                index,
                                                                *environment,
                                                                files,
                                                                bodyFiles);
        if (!resolved.errors.isEmpty()) {
            *error = withAllowHint(RunText::tr("request at line %1: %2")
                                           .arg(file.requests.at(index).line)
                                           .arg(resolved.errors.join(QStringLiteral("; "))),
                                   resolved.refused);
            return std::nullopt;
        }
        for (const QString &note : file.requests.at(index).notes + resolved.notes)
            print(stderr,
                  RunText::tr("httplens-cli: line %1: %2\n")
                          .arg(file.requests.at(index).line)
                          .arg(note));
        requests.append(resolved.request);
    }
    return requests;
}

} // namespace

int runRunCommand(const QList<QByteArray> &arguments)
{
    if (arguments.contains("--help") || arguments.contains("-h") || arguments.isEmpty()) {
        print(arguments.isEmpty() ? stderr : stdout,
              RunText::tr(
                      "Usage: httplens-cli run FILE.http [--name NAME]... [--env NAME] [--env-file "
                      "FILE] [--list] [--allow-file PATH]... [--allow-files-outside] [send "
                      "options]\n\n"
                      "Sends the requests of an .http file (JetBrains / VS Code REST Client "
                      "syntax), all of them in order or the named ones, and reports them as send "
                      "does.\n\n"
                      "A body read from a file (\"< path\") is read when the file is in the .http "
                      "file's folder. Any other file, a system file (/proc, /sys, /dev) or a place "
                      "of keys and passwords (~/.ssh, ~/.aws, ...) is refused (exit 2) unless "
                      "--allow-file names it; --allow-files-outside allows every file outside "
                      "the folder but those.\n"));
        return arguments.isEmpty() ? 2 : 0;
    }
    const OwnOptions options = takeOwnOptions(arguments, false);
    if (!options.error.isEmpty())
        return fail("run", options.error);
    if (options.file.isEmpty())
        return fail("run", RunText::tr("Name the .http file to run."));
    QString error;
    const auto content = readInput(options.file, &error);
    if (!content)
        return fail("run", error, 26);
    if (options.list) {
        const HttpFile file = parseHttpFile(QString::fromUtf8(*content));
        warnAbout(file, options.file, "run");
        for (qsizetype i = 0; i < file.requests.size(); ++i) {
            const HttpFileRequest &request = file.requests.at(i);
            print(stdout,
                  QStringLiteral("%1\t%2\t%3 %4\n")
                          .arg(i + 1)
                          .arg(request.name.isEmpty() ? QStringLiteral("-") : request.name,
                               request.method,
                               request.url));
        }
        return 0;
    }
    const auto requests = httpFileRequests(*content, options, "run", &error);
    if (!requests)
        return fail("run", error);
    // The curl options apply to every request of the file.
    CurlParseOptions parseOptions;
    parseOptions.urlRequired = false;
    const CurlParseResult parsed = parseCurlArguments(options.curlArguments, parseOptions);
    if (!parsed.ok)
        return fail("run", parsed.error, parsed.exitCode);
    CurlCommand command = parsed.command;
    const Request commandLine = command.requests.first();
    command.requests.clear();
    for (const Request &request : *requests)
        command.requests.append(withCommandLineOptions(request, commandLine));
    return sendRequests(command, "run", RequestsDiffer::InAnything);
}

int runConvertCommand(const QList<QByteArray> &arguments)
{
    static const QStringList targets = {QStringLiteral("curl"),
                                        QStringLiteral("har"),
                                        QStringLiteral("http"),
                                        QStringLiteral("python"),
                                        QStringLiteral("urllib"),
                                        QStringLiteral("httpie"),
                                        QStringLiteral("fetch"),
                                        QStringLiteral("cpp")};
    if (arguments.contains("--help") || arguments.contains("-h") || arguments.isEmpty()) {
        print(arguments.isEmpty() ? stderr : stdout,
              RunText::tr(
                      "Usage: httplens-cli convert [--from curl|har|http] --to FORMAT [--entry N] "
                      "[--name NAME] [--env NAME] [--keep-secrets] [--inline-files] "
                      "[--allow-file PATH]... [--allow-files-outside] [FILE|-]\n\n"
                      "FORMAT: %1. The input format is guessed from the file name or its content "
                      "when "
                      "--from is not given. HAR output masks secrets unless --keep-secrets is "
                      "given. Files the input reads (an .http file's \"< path\", a curl "
                      "command's @file) are read inside its folder (a curl command's: the current "
                      "directory) and elsewhere only when --allow-file names them. To curl and "
                      ".http, an .http file's body file is written as a reference (@path, \"< "
                      "path\") and not read at all, unless --inline-files is given.\n")
                      .arg(targets.join(QStringLiteral(", "))));
        return arguments.isEmpty() ? 2 : 0;
    }
    const OwnOptions options = takeOwnOptions(arguments, true);
    if (!options.error.isEmpty())
        return fail("convert", options.error);
    if (!options.curlArguments.isEmpty())
        return fail("convert",
                    RunText::tr("Unknown option %1.")
                            .arg(QString::fromLocal8Bit(options.curlArguments.first())));
    if (!targets.contains(options.to))
        return fail("convert",
                    RunText::tr("--to must be one of: %1.").arg(targets.join(QStringLiteral(", "))));
    QString error;
    const auto content = readInput(options.file, &error);
    if (!content)
        return fail("convert", error, 26);

    QString from = options.from;
    if (from.isEmpty()) {
        const QString suffix = QFileInfo(options.file).suffix().toLower();
        const QString text = QString::fromUtf8(content->left(4096)).trimmed();
        if (suffix == QLatin1String("har") || text.startsWith(QLatin1Char('{')))
            from = QStringLiteral("har");
        else if (suffix == QLatin1String("http") || suffix == QLatin1String("rest"))
            from = QStringLiteral("http");
        else if (looksLikeCurlCommand(text))
            from = QStringLiteral("curl");
        else
            from = QStringLiteral("http");
    }
    QList<Request> requests;
    if (from == QLatin1String("curl")) {
        // A command read from a file was written by someone: it reads files under the current
        // directory, and others the person names with --allow-file.
        const FileReadRule files = allowedFiles(options, QDir::currentPath());
        for (const CurlImport &import : importCurlCommands(QString::fromUtf8(*content), files)) {
            if (!import.ok)
                return fail("convert", withAllowHint(import.error, import.refused));
            for (const QString &note : import.notes)
                print(stderr, QStringLiteral("httplens-cli convert: %1\n").arg(note));
            requests += import.command.requests;
        }
    } else if (from == QLatin1String("har")) {
        const HarRequests har = readHarRequests(*content);
        if (!har.ok)
            return fail("convert", har.error);
        requests = har.requests;
    } else if (from == QLatin1String("http")) {
        // To curl or .http, a body file stays a reference ("< path", @path) and is not read.
        const bool reference = !options.inlineFiles
                               && (options.to == QLatin1String("curl")
                                   || options.to == QLatin1String("http"));
        auto resolved = httpFileRequests(*content,
                                         options,
                                         "convert",
                                         &error,
                                         reference ? BodyFiles::Reference : BodyFiles::Read);
        if (!resolved)
            return fail("convert", error);
        requests = *resolved;
        // curl reads @path from where it runs: a path relative to the .http file is made whole.
        const QDir folder = QFileInfo(options.file).absoluteDir();
        for (Request &request : requests) {
            if (request.bodyFileUnread && options.to == QLatin1String("curl")) {
                const bool substitute = request.bodyFile.startsWith(QLatin1Char('@'));
                const QString path = substitute ? request.bodyFile.mid(1).trimmed()
                                                : request.bodyFile;
                request.bodyFile = QDir::cleanPath(folder.filePath(path));
            }
        }
    } else {
        return fail("convert", RunText::tr("--from must be curl, har or http."));
    }
    if (options.entry > 0) {
        if (options.entry > requests.size())
            return fail("convert",
                        RunText::tr("--entry %1: there are only %2 requests.")
                                .arg(options.entry)
                                .arg(requests.size()));
        requests = {requests.at(options.entry - 1)};
    }
    if (requests.isEmpty())
        return fail("convert", RunText::tr("The input holds no request."));
    // Text that is no request (a URL with a space in its host, a method that is no token) is
    // refused as send would refuse it, not turned into a command that cannot work.
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QList<Request::Problem> problems = requests.at(i).problems();
        if (!problems.isEmpty())
            return fail("convert",
                        RunText::tr("request %1: %2").arg(i + 1).arg(problems.first().message),
                        2);
    }

    QString out;
    if (options.to == QLatin1String("har")) {
        HarOptions har;
        har.maskSecrets = !options.keepSecrets;
        out = QString::fromUtf8(QJsonDocument(harLogOfRequests(requests, har)).toJson());
    } else if (options.to == QLatin1String("http")) {
        for (const Request &request : std::as_const(requests))
            out = appendHttpFileRequest(out, httpFileRequestFrom(request));
    } else {
        const QHash<QString, SnippetLanguage>
                languages{{QStringLiteral("curl"), SnippetLanguage::Curl},
                          {QStringLiteral("python"), SnippetLanguage::PythonRequests},
                          {QStringLiteral("urllib"), SnippetLanguage::PythonUrllib},
                          {QStringLiteral("httpie"), SnippetLanguage::HTTPie},
                          {QStringLiteral("fetch"), SnippetLanguage::JavaScriptFetch},
                          {QStringLiteral("cpp"), SnippetLanguage::CppLibcurl}};
        const SnippetLanguage language = languages.value(options.to);
        for (const Request &request : std::as_const(requests)) {
            if (!out.isEmpty())
                out += QLatin1Char('\n');
            out += snippet(request, language);
        }
    }
    print(stdout, out);
    return 0;
}

} // namespace HttpLens
