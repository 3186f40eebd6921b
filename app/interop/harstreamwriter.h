#pragma once

#include "interop/har.h"

#include <QFile>
#include <QString>

namespace HttpLens {

// A HAR 1.2 file written entry by entry as exchanges finish (httplens-cli capture --har): the
// log's head when it opens, each exchange's entries as they come, the end when it closes. A
// capture of any length so costs the memory of one exchange; a file left without its end (the
// process killed) is missing only the closing brackets, and the history journal has the rest.
class HarStreamWriter
{
    Q_DISABLE_COPY_MOVE(HarStreamWriter)

public:
    HarStreamWriter() = default;
    ~HarStreamWriter();

    bool open(const QString &path, QString *error);
    bool add(const Exchange &exchange, const HarOptions &options = {});
    bool close(QString *error);
    bool isOpen() const { return m_file.isOpen(); }

private:
    QFile m_file;
    bool m_first = true;
};

} // namespace HttpLens
