#include "composition.h"

#include <QCoreApplication>

#include <curl/curl.h>

namespace HttpLens {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::Composition)
};

bool hasCustom(const Request &r, const QByteArray &name)
{
    for (const HeaderLine &line : r.headers) {
        if (line.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

KeyValueRow rowFor(const HeaderLine &line)
{
    KeyValueRow row{true, QString::fromUtf8(line.name), QString::fromUtf8(line.value)};
    if (line.kind == HeaderLine::Kind::Set && line.separator != ": ")
        row.separator = line.separator;
    if (line.kind != HeaderLine::Kind::Set)
        row.value.clear();
    return row;
}

// libcurl's own Accept and Accept-Encoding, as rows, unless a header line replaces them.
QList<KeyValueRow> defaultRows(const Request &r)
{
    QList<KeyValueRow> rows;
    if (!hasCustom(r, "Accept"))
        rows.append({true, QStringLiteral("Accept"), QStringLiteral("*/*")});
    if (r.decompress && !hasCustom(r, "Accept-Encoding"))
        rows.append({true,
                     QStringLiteral("Accept-Encoding"),
                     QString::fromLatin1(libcurlAcceptEncoding())});
    return rows;
}

// The header rows of a request as libcurl writes them: its option fields, libcurl's own Accept
// and Accept-Encoding where an option field comes before them, then the -H lines.
QList<KeyValueRow> headerRows(const Request &r, QStringList *notes)
{
    const QList<HeaderLine> fields = explicitHeaderFields(r);
    const qsizetype optionCount = fields.size() - r.headers.size();
    // libcurl writes Authorization and User-Agent before its Accept and Accept-Encoding, and
    // Referer and Cookie after them. Rows are sent after libcurl's defaults, so where one of the
    // first two is a row the defaults must be rows too, right after it, to keep that order.
    qsizetype defaultsAt = 0;
    for (qsizetype i = 0; i < optionCount; ++i) {
        const QByteArray &name = fields.at(i).name;
        if (name == "Authorization" || name == "User-Agent")
            defaultsAt = i + 1;
    }
    QList<KeyValueRow> rows;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i == defaultsAt && defaultsAt > 0)
            rows += defaultRows(r);
        const HeaderLine &line = fields.at(i);
        const bool isDefault = isLibcurlDefaultField(line.name);
        if (line.kind == HeaderLine::Kind::Remove && !isDefault) {
            notes->append(ImportText::tr("\"%1:\" removes a field libcurl does not write, so it "
                                         "changes nothing and has no row.")
                                  .arg(QString::fromUtf8(line.name)));
            continue;
        }
        if (line.kind == HeaderLine::Kind::Empty && isDefault)
            notes->append(ImportText::tr("\"%1;\" sends an empty %1 field; an empty %1 row in the "
                                         "editor removes libcurl's %1 field instead.")
                                  .arg(QString::fromUtf8(line.name)));
        const KeyValueRow row = rowFor(line);
        if (row.name.toUtf8() != line.name || row.value.toUtf8() != line.value)
            notes->append(ImportText::tr("The %1 field is not UTF-8 text; the editor shows it as "
                                         "text, so bytes that are not UTF-8 change.")
                                  .arg(row.name));
        rows.append(row);
    }
    if (defaultsAt == fields.size() && defaultsAt > 0)
        rows += defaultRows(r); // the option fields were all there is
    return rows;
}

void optionNotes(const Request &r, QStringList *notes)
{
    if (r.timeoutMs % 1000 != 0)
        notes->append(ImportText::tr("The time limit of %1 ms is rounded up to whole seconds.")
                              .arg(r.timeoutMs));
    if (r.connectTimeoutMs > 0)
        notes->append(ImportText::tr("The editor has no connect time limit; only the overall "
                                     "time limit is kept."));
    if (r.resolve.size() > 1)
        notes->append(ImportText::tr("Only the first --resolve entry is kept."));
    if (!r.cookieFiles.isEmpty() || !r.cookieJar.isEmpty())
        notes->append(ImportText::tr("Cookie files (-b FILE, -c FILE) are not read by the "
                                     "editor; import them into the cookie jar instead."));
    if (!r.proxy.isEmpty())
        notes->append(ImportText::tr("The proxy %1 is not used by the editor.").arg(r.proxy));
}

} // namespace

bool isLibcurlDefaultField(const QByteArray &name)
{
    static const char *const names[] = {"Host",
                                        "Accept",
                                        "Accept-Encoding",
                                        "Content-Type",
                                        "Content-Length",
                                        "Expect",
                                        "Transfer-Encoding",
                                        "User-Agent"};
    for (const char *known : names) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray libcurlAcceptEncoding()
{
    const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    QList<QByteArray> codings;
    if (info->features & CURL_VERSION_LIBZ)
        codings << "deflate"
                << "gzip";
    if (info->features & CURL_VERSION_BROTLI)
        codings << "br";
    if (info->features & CURL_VERSION_ZSTD)
        codings << "zstd";
    return codings.join(", ");
}

ImportedComposition compositionFromRequest(const Request &r, ValidatorOrigin::Kind source)
{
    ImportedComposition imported;
    Composition &c = imported.composition;
    c.method = QString::fromLatin1(r.effectiveMethod());
    c.url = r.url;
    c.headers = headerRows(r, &imported.notes);
    for (const KeyValueRow &row : std::as_const(c.headers)) {
        const int index = conditionalIndex(row.name.toLatin1());
        if (index >= 0)
            c.validatorOrigins[size_t(index)] = {source, 0};
    }
    if (r.hasBody) {
        c.bodyMode = BodyMode::Raw;
        c.rawBody = QString::fromUtf8(r.body);
        // Read from a file here (an .http include, a pasted -d @file); a HAR's _bodyFile only
        // says where someone else's body came from, and its bytes are the HAR's.
        if (source != ValidatorOrigin::Kind::HarEntry)
            c.rawBodyFile = r.bodyFile;
        if (c.rawBody.toUtf8() != r.body)
            imported.notes.append(ImportText::tr("The body is not UTF-8 text; the editor shows it "
                                                 "as text, so bytes that are not UTF-8 change."));
        // libcurl labels a body without a Content-Type as a urlencoded form; so does the editor.
        c.rawContentType = QStringLiteral("application/x-www-form-urlencoded");
    }
    c.followRedirects = r.followRedirects;
    if (r.followRedirects)
        c.maxRedirects = r.maxRedirects;
    c.httpVersion = r.httpVersion;
    c.timeoutSeconds = int((r.timeoutMs + 999) / 1000);
    // A command without a limit keeps the editor's, which guards the window against an endless
    // body; one with a limit brings it (rounded up to whole MiB).
    if (r.maxFileSize > 0)
        c.downloadLimitMiB = int(
                qMin<qint64>((r.maxFileSize + 1024 * 1024 - 1) / (1024 * 1024), 1024 * 1024));
    c.verifyTls = !r.insecure;
    c.decompress = r.decompress;
    c.resolve = r.resolve.value(0);
    optionNotes(r, &imported.notes);
    return imported;
}

Composition capturedComposition(const Exchange &exchange)
{
    return compositionFromRequest(exchange.request, ValidatorOrigin::Kind::Captured).composition;
}

} // namespace HttpLens
