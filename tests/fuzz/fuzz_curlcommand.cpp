// Shell words and pasted curl commands: split, import, write back as a command, import again.
#include "fuzzinput.h"
#include "interop/curlcommand.h"
#include "interop/shellwords.h"

using namespace HttpLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytesOf(data, size);
    const ShellWords words = splitShellWords(input);
    for (const QByteArray &word : words.words)
        splitShellWords(shellQuote(word));
    const QString text = QString::fromUtf8(input);
    looksLikeCurlCommand(text);
    for (const CurlImport &imported : importCurlCommands(text)) {
        for (const Request &request : imported.command.requests) {
            curlArguments(request);
            importCurlCommand(curlCommandLine(request, CurlLayout::OneLine));
        }
    }
    return 0;
}
