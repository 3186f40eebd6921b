// .http files: parsed, each request resolved (variables, includes), written back and parsed
// again. Includes are looked up from a folder that does not exist.
#include "fuzzinput.h"
#include "interop/httpfile.h"

using namespace HttpLens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const HttpFile file = parseHttpFile(QString::fromUtf8(Fuzz::bytesOf(data, size)));
    const int resolved = qMin<int>(file.requests.size(), 16);
    for (int i = 0; i < resolved; ++i) {
        const ResolvedHttpRequest request
                = resolveHttpRequest(file,
                                     i,
                                     {},
                                     FileReadRule(QStringLiteral("/nonexistent/httplens-fuzz")));
        const QString written = formatHttpFileRequest(file.requests.at(i));
        parseHttpFile(appendHttpFileRequest(written, file.requests.at(i)));
        findHttpRequest(file, file.requests.at(i).name);
    }
    return 0;
}
