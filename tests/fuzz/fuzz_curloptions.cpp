// curl's option parser: the input is argv, one argument per NUL-separated piece. Standard
// input is never read; files named by @ go through the bounded reader like any user's.
#include "fuzzinput.h"
#include "interop/curloptions.h"

using namespace HttpLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> arguments = Fuzz::bytesOf(data, size).split('\0');
    CurlParseOptions options;
    options.standardInput = false;
    options.urlRequired = false;
    const CurlParseResult result = parseCurlArguments(arguments, options);
    if (result.ok) {
        for (const Request &request : result.command.requests)
            withCommandLineOptions(request, request);
    }
    return 0;
}
