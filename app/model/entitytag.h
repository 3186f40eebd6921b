#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace HttpLens {

// An entity tag as it appears on the wire: "W/\"abc\"" or "\"abc\"" (RFC 9110 §8.8.3). The one
// parser of ETag, If-Match and If-None-Match values, for the practice server (strict, as the
// RFC says) and for the findings about what real servers send (lenient).
struct EntityTag
{
    QByteArray opaque; // the quoted part, quotes included
    bool weak = false;

    // Strict: only the RFC's syntax. Lenient: also the unquoted tags some servers send
    // (ETag: abc, W/abc), read as if they were quoted, and spaces inside a tag.
    enum class Parsing { Strict, Lenient };

    // A field that lists tags (If-Match, If-None-Match), or "*". Commas inside a quoted tag
    // belong to the tag. valid is false for a value the RFC does not allow, in which case a
    // server ignores the precondition.
    struct List
    {
        bool valid = false;
        bool star = false;
        QList<EntityTag> tags;

        // Whether other matches a listed tag by weak comparison (RFC 9110 §8.8.3.2).
        bool containsWeakly(const EntityTag &other) const;
    };

    static EntityTag parse(QByteArrayView text,
                           bool *ok = nullptr,
                           Parsing parsing = Parsing::Strict);
    static List parseList(const QList<QByteArray> &values, Parsing parsing = Parsing::Strict);

    QByteArray toHeader() const { return weak ? "W/" + opaque : opaque; }
    // RFC 9110 §8.8.3.2: strong comparison needs both strong and equal; weak only equal.
    bool strongMatch(const EntityTag &other) const
    {
        return !weak && !other.weak && opaque == other.opaque;
    }
    bool weakMatch(const EntityTag &other) const { return opaque == other.opaque; }
};

} // namespace HttpLens
