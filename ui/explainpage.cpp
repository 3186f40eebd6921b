#include "explainpage.h"

#include "knowledge/cachingsummary.h"
#include "knowledge/findings.h"
#include "knowledge/statuscatalogue.h"

namespace HttpLens {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ExplainPage::ExplainPage(const StatusCatalogue *statuses, QWidget *parent)
    : QTextBrowser(parent)
    , m_statuses(statuses)
{
    setObjectName(QStringLiteral("explainView"));
    setOpenExternalLinks(false);
}

void ExplainPage::showExchange(const Exchange &e)
{
    QString out;
    const Hop *final = e.finalHop();
    if (final && final->hasResponse && m_statuses) {
        const StatusCatalogue::Explanation x = m_statuses->explain(final->response.status,
                                                                   languageFor());
        out += QStringLiteral("<h2>%1</h2>").arg(html(x.title));
        if (!x.className.isEmpty())
            out += QStringLiteral("<p><i>%1</i></p>").arg(html(x.className));
        out += QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(html(x.summary), html(x.detail));
        if (x.entry && !x.entry->spec.isEmpty())
            out += QStringLiteral("<p>%1</p>").arg(html(x.entry->spec));
    } else if (e.error.isError()) {
        out += QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p><small>%4</small></p>")
                       .arg(html(tr("No HTTP response")),
                            html(e.error.sentence),
                            html(e.error.hint),
                            html(tr("libcurl error %1: %2")
                                         .arg(e.error.curlCode)
                                         .arg(e.error.curlText)));
    }
    const QList<Finding> findings = findingsFor(e);
    if (!findings.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><ul>").arg(html(tr("Findings")));
        for (const Finding &finding : findings)
            out += QStringLiteral("<li><b>[%1]</b> %2 <i>(%3)</i></li>")
                           .arg(html(severityLabel(finding.severity)),
                                html(finding.text),
                                html(finding.basis));
        out += QStringLiteral("</ul>");
    }
    const CachingSummary caching = cachingSummary(e);
    if (!caching.rows.isEmpty()) {
        out += QStringLiteral("<h3>%1</h3><table cellpadding=3>").arg(html(caching.title));
        for (const CachingRow &row : caching.rows)
            out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                           .arg(html(row.label), html(row.value));
        out += QStringLiteral("</table>");
    }
    setHtml(out);
}

} // namespace HttpLens
