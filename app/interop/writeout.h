#pragma once

#include "model/exchange.h"

#include <QByteArray>
#include <QString>

namespace HttpLens {

// curl's -w/--write-out: a format with %{variable}, %header{name}, %% and \n, \r, \t, filled
// in from the exchange HTTP Lens recorded, in curl's formats (http_code as three digits, times
// in seconds with six decimals, sizes and speeds as whole bytes). %{stderr} and %{stdout} switch
// where the rest goes; %{json} and %{header_json} are JSON objects as curl writes them. An
// unknown variable writes nothing and a warning to standard error, as curl does.
struct WriteOutFacts
{
    int exitCode = 0;     // what this transfer's exit code is
    QString outputFile;   // -o for this URL, empty for standard output
    qint64 urlNumber = 0; // which URL of the command line, from 0
};

struct WriteOutText
{
    QByteArray out; // for standard output
    QByteArray err; // for standard error
};

WriteOutText renderWriteOut(const QByteArray &format,
                            const Exchange &exchange,
                            const WriteOutFacts &facts);

} // namespace HttpLens
