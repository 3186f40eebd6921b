#include "shellwords.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace HttpLens {

namespace {

class ShellWordsText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::ShellWords)
};

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// What bash expands after a '$': a name, ${...}, $(...), a positional or special parameter.
bool startsExpansion(char next)
{
    static const QByteArray specials("{(@*#?!$-");
    return isNameStart(next) || (next >= '0' && next <= '9') || specials.contains(next);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendCodePoint(QByteArray &out, char32_t codePoint)
{
    out += QString::fromUcs4(&codePoint, 1).toUtf8();
}

class Splitter
{
public:
    explicit Splitter(const QByteArray &text)
        : m_text(text)
    {}

    ShellWords run()
    {
        ShellWords result;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                endWord();
                ++m_pos;
            } else if (c == '\n') {
                endWord();
                // A newline ends a command, as ';' does, unless nothing came before it.
                if (!m_words.isEmpty()) {
                    result.rest = QString::fromUtf8(m_text.mid(m_pos + 1)).trimmed();
                    break;
                }
                ++m_pos;
            } else if (c == '#' && !m_inWord) {
                while (m_pos < m_text.size() && m_text.at(m_pos) != '\n')
                    ++m_pos;
            } else if (c == '\\') {
                backslash();
            } else if (c == '\'') {
                if (!singleQuoted())
                    return failed();
            } else if (c == '"') {
                if (!doubleQuoted())
                    return failed();
            } else if (c == '$') {
                if (!dollar())
                    return failed();
            } else if (c == '`') {
                return fail(ShellWordsText::tr(
                        "The command uses `...` (command substitution), which only a "
                        "shell can run. Replace it by its value."));
            } else if (c == '|' || c == '&' || c == ';') {
                endWord();
                result.rest = QString::fromUtf8(m_text.mid(m_pos)).trimmed();
                break;
            } else if (c == '<' || c == '>') {
                return fail(ShellWordsText::tr(
                                    "The command redirects input or output with '%1'. HTTP Lens "
                                    "takes the request only: remove the redirection.")
                                    .arg(QLatin1Char(c)));
            } else {
                m_word += c;
                m_inWord = true;
                ++m_pos;
            }
        }
        if (!m_error.isEmpty())
            return failed();
        endWord();
        result.ok = true;
        result.words = m_words;
        return result;
    }

private:
    ShellWords fail(const QString &message)
    {
        m_error = message;
        return failed();
    }

    ShellWords failed() const
    {
        ShellWords result;
        result.error = m_error;
        return result;
    }

    void endWord()
    {
        if (m_inWord)
            m_words.append(m_word);
        m_word.clear();
        m_inWord = false;
    }

    // Outside quotes a backslash keeps the next character; before a newline it joins lines.
    void backslash()
    {
        ++m_pos;
        if (m_pos >= m_text.size())
            return;
        if (m_text.at(m_pos) == '\n') {
            ++m_pos;
            return;
        }
        if (m_text.at(m_pos) == '\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == '\n') {
            m_pos += 2;
            return;
        }
        m_word += m_text.at(m_pos++);
        m_inWord = true;
    }

    bool singleQuoted()
    {
        const qsizetype end = m_text.indexOf('\'', m_pos + 1);
        if (end < 0) {
            m_error = ShellWordsText::tr("A single quote opened at character %1 is never closed.")
                              .arg(m_pos + 1);
            return false;
        }
        m_word += m_text.mid(m_pos + 1, end - m_pos - 1);
        m_inWord = true;
        m_pos = end + 1;
        return true;
    }

    bool doubleQuoted()
    {
        const qsizetype start = m_pos;
        ++m_pos;
        m_inWord = true;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c == '\\' && m_pos + 1 < m_text.size()) {
                const char next = m_text.at(m_pos + 1);
                if (next == '\n') {
                    m_pos += 2;
                    continue;
                }
                if (next == '$' || next == '`' || next == '"' || next == '\\') {
                    m_word += next;
                    m_pos += 2;
                    continue;
                }
                m_word += c;
                ++m_pos;
                continue;
            }
            if (c == '`') {
                m_error = ShellWordsText::tr(
                        "The command uses `...` (command substitution), which only a shell "
                        "can run. Replace it by its value.");
                return false;
            }
            if (c == '$' && m_pos + 1 < m_text.size()) {
                const char next = m_text.at(m_pos + 1);
                if (startsExpansion(next)) {
                    m_error = expansionError();
                    return false;
                }
            }
            m_word += c;
            ++m_pos;
        }
        m_error = ShellWordsText::tr("A double quote opened at character %1 is never closed.")
                          .arg(start + 1);
        return false;
    }

    QString expansionError() const
    {
        qsizetype end = m_pos + 1;
        while (end < m_text.size() && end < m_pos + 24 && m_text.at(end) != ' '
               && m_text.at(end) != '"' && m_text.at(end) != '\n')
            ++end;
        return ShellWordsText::
                tr("The command uses the shell expansion \"%1\", which HTTP Lens does not perform "
                   "(it runs no shell). Replace it by its value.")
                        .arg(QString::fromUtf8(m_text.mid(m_pos, end - m_pos)));
    }

    bool dollar()
    {
        if (m_pos + 1 >= m_text.size()) {
            m_word += '$';
            m_inWord = true;
            ++m_pos;
            return true;
        }
        const char next = m_text.at(m_pos + 1);
        if (next == '\'')
            return ansiC();
        if (next == '"') { // $"..." is a translatable string; without a catalogue it is "..."
            ++m_pos;
            return doubleQuoted();
        }
        if (startsExpansion(next)) {
            m_error = expansionError();
            return false;
        }
        m_word += '$';
        m_inWord = true;
        ++m_pos;
        return true;
    }

    // $'...': backslash escapes as in C, \x and octal give bytes, \u and \U code points.
    bool ansiC()
    {
        const qsizetype start = m_pos;
        m_pos += 2;
        m_inWord = true;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == '\'') {
                ++m_pos;
                return true;
            }
            if (c != '\\' || m_pos + 1 >= m_text.size()) {
                m_word += c;
                ++m_pos;
                continue;
            }
            const char e = m_text.at(m_pos + 1);
            m_pos += 2;
            switch (e) {
            case 'a':
                m_word += '\a';
                break;
            case 'b':
                m_word += '\b';
                break;
            case 'e':
            case 'E':
                m_word += '\x1b';
                break;
            case 'f':
                m_word += '\f';
                break;
            case 'n':
                m_word += '\n';
                break;
            case 'r':
                m_word += '\r';
                break;
            case 't':
                m_word += '\t';
                break;
            case 'v':
                m_word += '\v';
                break;
            case '\\':
                m_word += '\\';
                break;
            case '\'':
                m_word += '\'';
                break;
            case '"':
                m_word += '"';
                break;
            case '?':
                m_word += '?';
                break;
            case 'c':
                if (m_pos < m_text.size())
                    m_word += char(m_text.at(m_pos++) & 0x1f);
                break;
            case 'x': {
                int value = 0;
                int digits = 0;
                while (digits < 2 && m_pos < m_text.size() && hexValue(m_text.at(m_pos)) >= 0) {
                    value = value * 16 + hexValue(m_text.at(m_pos++));
                    ++digits;
                }
                if (digits == 0)
                    m_word += "\\x";
                else
                    m_word += char(value);
                break;
            }
            case 'u':
            case 'U': {
                const int maxDigits = e == 'u' ? 4 : 8;
                char32_t value = 0;
                int digits = 0;
                while (digits < maxDigits && m_pos < m_text.size()
                       && hexValue(m_text.at(m_pos)) >= 0) {
                    value = value * 16 + char32_t(hexValue(m_text.at(m_pos++)));
                    ++digits;
                }
                if (digits == 0) {
                    m_word += '\\';
                    m_word += e;
                } else {
                    appendCodePoint(m_word, value);
                }
                break;
            }
            default:
                if (e >= '0' && e <= '7') {
                    int value = e - '0';
                    int digits = 1;
                    while (digits < 3 && m_pos < m_text.size() && m_text.at(m_pos) >= '0'
                           && m_text.at(m_pos) <= '7') {
                        value = value * 8 + (m_text.at(m_pos++) - '0');
                        ++digits;
                    }
                    m_word += char(value & 0xff);
                } else {
                    m_word += '\\';
                    m_word += e;
                }
            }
        }
        m_error = ShellWordsText::tr("A $' quote opened at character %1 is never closed.")
                          .arg(start + 1);
        return false;
    }

    const QByteArray m_text;
    qsizetype m_pos = 0;
    QByteArray m_word;
    bool m_inWord = false;
    QList<QByteArray> m_words;
    QString m_error;
};

bool needsNoQuotes(const QByteArray &word)
{
    if (word.isEmpty())
        return false;
    for (char c : word) {
        const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                          || c == '_' || c == '-' || c == '.' || c == '/' || c == ':' || c == ','
                          || c == '+' || c == '@' || c == '%' || c == '=';
        if (!safe)
            return false;
    }
    return true;
}

bool isPrintableUtf8(const QByteArray &word)
{
    for (char c : word) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(word);
    return !decoder.hasError();
}

} // namespace

ShellWords splitShellWords(const QByteArray &text)
{
    return Splitter(text).run();
}

QByteArray shellQuote(const QByteArray &word)
{
    if (needsNoQuotes(word))
        return word;
    if (isPrintableUtf8(word)) {
        QByteArray quoted = word;
        quoted.replace('\'', "'\\''");
        return '\'' + quoted + '\'';
    }
    // $'...' for control characters and bytes that are not UTF-8. Valid UTF-8 sequences stay
    // as they are so that text remains readable.
    QByteArray out = "$'";
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    for (qsizetype i = 0; i < word.size(); ++i) {
        const auto u = static_cast<unsigned char>(word.at(i));
        if (u >= 0x80) {
            // The length of a well-formed UTF-8 sequence starting here, or 0.
            const int length = u >= 0xf0 ? 4 : u >= 0xe0 ? 3 : u >= 0xc2 ? 2 : 0;
            if (length > 0 && i + length <= word.size()) {
                const QByteArray sequence = word.mid(i, length);
                decoder.resetState();
                const QString decoded = decoder.decode(sequence);
                if (!decoder.hasError() && decoded.size() >= 1) {
                    out += sequence;
                    i += length - 1;
                    continue;
                }
            }
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
            continue;
        }
        switch (u) {
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\'':
            out += "\\'";
            break;
        default:
            if (u < 0x20 || u == 0x7f)
                out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += char(u);
        }
    }
    return out + '\'';
}

} // namespace HttpLens
