#pragma once

#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace HttpLens {

// Two programs on one data folder each keep a list (the cookie jar, the environments) and write
// it whole. Before writing, one reads what the other wrote and merges: base is what this program
// last read or wrote, ours what it holds now, theirs what the file holds now. What ours added or
// changed since base wins, what ours removed is removed, and everything else is theirs, so the
// program that writes last loses nothing the other did. Items are matched by key(); their order
// is theirs, with ours' new items after it.
template<typename T, typename Key>
QList<T> mergeThreeWays(const QList<T> &base,
                        const QList<T> &ours,
                        const QList<T> &theirs,
                        const std::function<Key(const T &)> &key)
{
    QHash<Key, T> baseByKey;
    for (const T &item : base)
        baseByKey.insert(key(item), item);
    QHash<Key, T> oursByKey;
    for (const T &item : ours)
        oursByKey.insert(key(item), item);
    QList<T> merged;
    QSet<Key> placed;
    for (const T &item : theirs) {
        const Key k = key(item);
        if (placed.contains(k))
            continue;
        const bool inBase = baseByKey.contains(k);
        const auto mine = oursByKey.constFind(k);
        if (mine == oursByKey.constEnd()) {
            // Gone from ours: removed here if it was there before, else new from them.
            if (!inBase || !(baseByKey.value(k) == item))
                merged.append(item); // theirs changed it after we removed it: keep theirs
        } else {
            const bool changedHere = !inBase || !(baseByKey.value(k) == *mine);
            merged.append(changedHere ? *mine : item);
        }
        placed.insert(k);
    }
    for (const T &item : ours) {
        const Key k = key(item);
        if (placed.contains(k))
            continue;
        // Not in theirs: new here, or removed there (then only a change made here keeps it).
        const bool inBase = baseByKey.contains(k);
        if (!inBase || !(baseByKey.value(k) == item))
            merged.append(item);
        placed.insert(k);
    }
    return merged;
}

} // namespace HttpLens
