#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace HttpLens {

// Bytes from servers and files on their way to a terminal: shown, never obeyed. Control
// characters become visible escapes (a bare CR as \r, ESC as \x1b, DEL as \x7f), as do the C1
// controls (U+0080–U+009F) that some terminals also obey; tab, LF and the CR of a CRLF stay.

// UTF-8 text (sentences, findings, body previews), as bytes for the terminal.
QByteArray terminalSafe(QByteArrayView utf8);

// Wire bytes read as Latin-1 (heads, reason phrases); the CR of each CRLF is dropped, since the
// terminal ends lines with LF alone.
QString terminalSafeLatin1(QByteArrayView bytes);

} // namespace HttpLens
