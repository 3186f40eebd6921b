#include "entitytag.h"

namespace HttpLens {

namespace {

// etagc: %x21 / %x23-7E / obs-text.
bool isEtagChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u == 0x21 || (u >= 0x23 && u <= 0x7e) || u >= 0x80;
}

bool isSeparator(char c)
{
    return c == ' ' || c == '\t' || c == ',';
}

// One tag at the start of rest, which is advanced past it; false when there is none.
bool takeTag(QByteArrayView &rest, EntityTag::Parsing parsing, EntityTag *tag)
{
    const bool lenient = parsing == EntityTag::Parsing::Lenient;
    tag->weak = rest.startsWith("W/") || (lenient && rest.startsWith("w/"));
    if (tag->weak)
        rest = rest.sliced(2);
    if (!rest.isEmpty() && rest.front() == '"') {
        const qsizetype close = rest.indexOf('"', 1);
        if (close < 0)
            return false;
        const QByteArrayView inner = rest.sliced(1, close - 1);
        for (char c : inner) {
            if (!isEtagChar(c) && !(lenient && (c == ' ' || c == '\t')))
                return false;
        }
        tag->opaque = rest.first(close + 1).toByteArray();
        rest = rest.sliced(close + 1);
        return true;
    }
    if (!lenient)
        return false;
    // An unquoted tag runs to the next separator; it is read as the quoted one it stands for.
    qsizetype end = 0;
    while (end < rest.size() && !isSeparator(rest.at(end)) && isEtagChar(rest.at(end)))
        ++end;
    if (end == 0)
        return false;
    tag->opaque = '"' + rest.first(end).toByteArray() + '"';
    rest = rest.sliced(end);
    return true;
}

} // namespace

bool EntityTag::List::containsWeakly(const EntityTag &other) const
{
    for (const EntityTag &tag : tags) {
        if (tag.weakMatch(other))
            return true;
    }
    return false;
}

EntityTag::List EntityTag::parseList(const QList<QByteArray> &values, Parsing parsing)
{
    List list;
    for (const QByteArray &value : values) {
        QByteArrayView rest(value);
        for (;;) {
            while (!rest.isEmpty() && isSeparator(rest.front()))
                rest = rest.sliced(1);
            if (rest.isEmpty())
                break;
            if (rest.front() == '*') {
                list.star = true;
                rest = rest.sliced(1);
                continue;
            }
            EntityTag tag;
            if (!takeTag(rest, parsing, &tag))
                return {};
            list.tags.append(tag);
            // A tag ends at a separator (or the end), not in the middle of more text.
            if (!rest.isEmpty() && !isSeparator(rest.front()))
                return {};
        }
    }
    // "*" combined with tags is not a valid field value.
    list.valid = !(list.star && !list.tags.isEmpty()) && (list.star || !list.tags.isEmpty());
    if (!list.valid)
        return {};
    return list;
}

EntityTag EntityTag::parse(QByteArrayView text, bool *ok, Parsing parsing)
{
    const List list = parseList({text.trimmed().toByteArray()}, parsing);
    const bool valid = list.valid && !list.star && list.tags.size() == 1;
    if (ok)
        *ok = valid;
    return valid ? list.tags.first() : EntityTag();
}

} // namespace HttpLens
