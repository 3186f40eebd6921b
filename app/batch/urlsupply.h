#pragma once

#include "batch/urllist.h"

#include <optional>

namespace HttpLens {

// Where the URLs of a check come from, pulled one at a time as the checker has room: a list
// read line by line, or URLs already at hand (a sitemap, text pasted into the window).
class UrlSupply
{
public:
    virtual ~UrlSupply() = default;
    virtual std::optional<UrlListReader::Item> next() = 0;
    // How many URLs there are, when that is known beforehand (-1 otherwise).
    virtual qint64 total() const { return -1; }
};

} // namespace HttpLens
