#include "listsupply.h"

namespace HttpLens {

ListSupply::ListSupply(QIODevice *device, qint64 total)
    : m_reader(device)
    , m_total(total)
{}

} // namespace HttpLens
