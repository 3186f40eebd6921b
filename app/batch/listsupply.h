#pragma once

#include "batch/urlsupply.h"

namespace HttpLens {

// The lines of a list file, read as the checker asks for them.
class ListSupply : public UrlSupply
{
public:
    ListSupply(QIODevice *device, qint64 total);
    std::optional<UrlListReader::Item> next() override { return m_reader.next(); }
    qint64 total() const override { return m_total; }

private:
    UrlListReader m_reader;
    qint64 m_total;
};

} // namespace HttpLens
