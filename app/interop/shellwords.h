#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace HttpLens {

// A command line split into words the way bash would split it, without running anything:
// single quotes, double quotes, $'...' (ANSI-C quoting, as Chrome's "Copy as cURL" writes
// binary bodies), backslash escapes and backslash-newline continuations.
//
// bash would expand $NAME, ${...}, $(...) and `...`; HTTP Lens does not run a shell, so it
// reports them as an error instead of sending something the user did not see. A command that
// goes on after a control operator ("curl URL | jq .") ends at the operator; the rest is
// returned in `rest` so the caller can say what was left out.
struct ShellWords
{
    bool ok = false;
    QList<QByteArray> words; // bytes, as a program would receive them in argv
    QString rest;            // text after the first |, ||, &&, ; or &, trimmed
    QString error;           // why the text could not be split
};

ShellWords splitShellWords(const QByteArray &text); // UTF-8

// One word quoted so that bash reads it back unchanged: bare when it only holds characters
// that need no quoting, in single quotes when it is printable, in $'...' when it holds control
// characters.
// Valid UTF-8 stays readable; other bytes become \xHH.
QByteArray shellQuote(const QByteArray &word);

} // namespace HttpLens
