#include "compareview.h"

#include "inspector/history.h"
#include "inspector/waterfall.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace HttpLens {

namespace {

QString joined(const QList<QByteArray> &values)
{
    QStringList parts;
    for (const QByteArray &value : values)
        parts << QString::fromLatin1(value);
    return parts.join(QLatin1Char('\n'));
}

QString timingName(const QByteArray &phase)
{
    static const std::pair<const char *, PhaseSpan::Phase> phases[]
            = {{"dns", PhaseSpan::Phase::Dns},
               {"connect", PhaseSpan::Phase::Connect},
               {"tls", PhaseSpan::Phase::Tls},
               {"send", PhaseSpan::Phase::Send},
               {"wait", PhaseSpan::Phase::Wait},
               {"download", PhaseSpan::Phase::Download}};
    for (const auto &entry : phases) {
        if (phase == entry.first)
            return phaseName(entry.second);
    }
    return CompareView::tr("Total");
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare exchanges"));
    resize(860, 620);
    auto *layout = new QVBoxLayout(this);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("compareVerdict"));
    m_verdict->setWordWrap(true);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setColumnCount(3);
    m_tree->header()->resizeSection(0, 270);
    m_tree->header()->resizeSection(1, 290);
    m_tree->setWordWrap(true);
    m_tree->setAlternatingRowColors(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_verdict);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
}

QString CompareView::verdict() const
{
    return m_verdict->text();
}

namespace {

struct Colours
{
    QColor added;
    QColor removed;
    QColor changed;
};

// The rows of the comparison tree, grouped under bold titles.
class TreeRows
{
public:
    TreeRows(QTreeWidget *tree, const Colours &colours)
        : m_tree(tree)
        , c(colours)
    {}

    QTreeWidgetItem *group(const QString &title) const
    {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(true);
        return item;
    }
    QTreeWidgetItem *row(QTreeWidgetItem *parent,
                         const QString &name,
                         const QString &a,
                         const QString &b,
                         const QColor &colour = QColor()) const
    {
        auto *item = new QTreeWidgetItem(parent, {name, a, b});
        // A cell too narrow for its text shows the whole of it on hovering.
        item->setToolTip(0, name);
        item->setToolTip(1, a);
        item->setToolTip(2, b);
        if (colour.isValid()) {
            for (int col = 0; col < 3; ++col)
                item->setBackground(col, colour);
        }
        return item;
    }
    QColor changedIf(bool differs) const { return differs ? c.changed : QColor(); }

    QTreeWidget *m_tree;
    Colours c;
};

QString hopText(const QByteArray &method, const QString &url, int status)
{
    if (url.isEmpty())
        return QString();
    return status ? QStringLiteral("%1 %2 → %3").arg(QString::fromLatin1(method), url).arg(status)
                  : QStringLiteral("%1 %2").arg(QString::fromLatin1(method), url);
}

void addWire(const TreeRows &t, const Comparison &c)
{
    QTreeWidgetItem *wire = t.group(CompareView::tr("Bytes on the wire"));
    t.row(wire,
          CompareView::tr("Request (heads and bodies)"),
          formatByteSize(c.leftWire.requestBytes),
          formatByteSize(c.rightWire.requestBytes));
    t.row(wire,
          CompareView::tr("Response heads"),
          formatByteSize(c.leftWire.responseHeadBytes),
          formatByteSize(c.rightWire.responseHeadBytes));
    t.row(wire,
          CompareView::tr("Response body"),
          formatByteSize(c.leftWire.responseBodyBytes),
          formatByteSize(c.rightWire.responseBodyBytes),
          t.changedIf(c.leftWire.responseBodyBytes != c.rightWire.responseBodyBytes));
    t.row(wire,
          CompareView::tr("Total"),
          formatByteSize(c.leftWire.total()),
          formatByteSize(c.rightWire.total()));
}

void addHeaders(const TreeRows &t, const QString &title, const QList<HeaderDifference> &differences)
{
    QTreeWidgetItem *parent = t.group(title);
    for (const HeaderDifference &d : differences) {
        QColor colour;
        QString name = QString::fromLatin1(d.name);
        switch (d.kind) {
        case HeaderDifference::Kind::Same:
            break;
        case HeaderDifference::Kind::Added:
            colour = t.c.added;
            name += QStringLiteral("  (+) ") + CompareView::tr("added");
            break;
        case HeaderDifference::Kind::Removed:
            colour = t.c.removed;
            name += QStringLiteral("  (−) ") + CompareView::tr("removed");
            break;
        case HeaderDifference::Kind::Changed:
            colour = t.c.changed;
            name += QStringLiteral("  (≠) ") + CompareView::tr("changed");
            break;
        }
        t.row(parent, name, joined(d.left), joined(d.right), colour);
    }
}

// Every hop of both exchanges, side by side, with the time each took.
void addHops(const TreeRows &t, const Comparison &c)
{
    QTreeWidgetItem *hops = t.group(CompareView::tr("Hops"));
    for (qsizetype i = 0; i < c.hops.size(); ++i) {
        const Comparison::HopRow &h = c.hops.at(i);
        const QString a = hopText(h.leftMethod, h.leftUrl, h.leftStatus);
        const QString b = hopText(h.rightMethod, h.rightUrl, h.rightStatus);
        QTreeWidgetItem *hop = t.row(hops,
                                     CompareView::tr("Hop %1").arg(i + 1),
                                     a,
                                     b,
                                     t.changedIf(a != b));
        t.row(hop, CompareView::tr("Time"), formatDuration(h.leftUs), formatDuration(h.rightUs));
        hop->setExpanded(true);
    }
    // Two clocks: a hop's time is what HTTP Lens saw of it, the total under Timing is
    // libcurl's own measure of the whole exchange.
    if (!c.hops.isEmpty())
        t.row(hops,
              CompareView::tr("Note"),
              CompareView::tr("A hop's time is measured by HTTP Lens from its start to the end "
                              "of its response; the total under Timing is libcurl's measure of "
                              "the whole exchange, every hop included. They differ by the "
                              "moments between libcurl's last byte and HTTP Lens's."),
              {});
}

constexpr int kContextLines = 3;
constexpr int kMaxShownLines = 2000;

void addBodyLines(const TreeRows &t, QTreeWidgetItem *parent, const BodyDiff &d)
{
    // Unchanged lines more than kContextLines away from a change are folded into one row.
    QList<bool> shown(d.lines.size(), false);
    for (qsizetype i = 0; i < d.lines.size(); ++i) {
        if (d.lines.at(i).change == BodyDiff::Line::Change::Same)
            continue;
        for (qsizetype k = qMax<qsizetype>(0, i - kContextLines);
             k <= qMin(d.lines.size() - 1, i + kContextLines);
             ++k)
            shown[k] = true;
    }
    int rows = 0;
    for (qsizetype i = 0; i < d.lines.size() && rows < kMaxShownLines; ++rows) {
        if (!shown.at(i)) {
            qsizetype end = i;
            while (end < d.lines.size() && !shown.at(end))
                ++end;
            t.row(parent, CompareView::tr("… %n unchanged line(s)", nullptr, int(end - i)), {}, {});
            i = end;
            continue;
        }
        const BodyDiff::Line &line = d.lines.at(i++);
        switch (line.change) {
        case BodyDiff::Line::Change::Same:
            t.row(parent, QStringLiteral("  %1").arg(line.leftNumber), line.text, line.text);
            break;
        case BodyDiff::Line::Change::Removed:
            t.row(parent, QStringLiteral("− %1").arg(line.leftNumber), line.text, {}, t.c.removed);
            break;
        case BodyDiff::Line::Change::Added:
            t.row(parent, QStringLiteral("+ %1").arg(line.rightNumber), {}, line.text, t.c.added);
            break;
        }
    }
    if (rows >= kMaxShownLines)
        t.row(parent,
              CompareView::tr("… only the first %1 rows are shown").arg(kMaxShownLines),
              {},
              {});
}

void addBody(const TreeRows &t, const Comparison &c)
{
    const BodyDiff &d = c.body;
    QTreeWidgetItem *body = t.group(CompareView::tr("Body"));
    const QString format = d.format == BodyDiff::Format::Json ? CompareView::tr("JSON, normalised")
                           : d.format == BodyDiff::Format::Text ? CompareView::tr("text")
                                                                : CompareView::tr("binary");
    QString verdict;
    if (d.kind == BodyDiff::Kind::NotCompared) {
        // Neither red nor green: nothing was added or removed.
        t.row(body, CompareView::tr("Comparison"), CompareView::tr("not compared"), {});
        t.row(body, CompareView::tr("Note"), d.note, {});
        return;
    }
    if (d.kind == BodyDiff::Kind::Identical)
        verdict = CompareView::tr("identical (%1)").arg(format);
    else if (d.kind == BodyDiff::Kind::Lines)
        verdict = CompareView::tr("%1, %2 (%3)")
                          .arg(CompareView::tr("%n line(s) added", nullptr, d.added),
                               CompareView::tr("%n removed", nullptr, d.removed),
                               format);
    else
        verdict = CompareView::tr("different (%1)").arg(format);
    t.row(body, CompareView::tr("Comparison"), verdict, {});
    t.row(body,
          CompareView::tr("Size"),
          formatByteSize(d.leftBytes),
          formatByteSize(d.rightBytes),
          t.changedIf(d.leftBytes != d.rightBytes));
    t.row(body,
          QStringLiteral("SHA-256"),
          QString::fromLatin1(d.leftSha256),
          QString::fromLatin1(d.rightSha256),
          t.changedIf(d.leftSha256 != d.rightSha256));
    if (!d.note.isEmpty())
        t.row(body, CompareView::tr("Note"), d.note, {});
    if (d.kind == BodyDiff::Kind::Lines)
        addBodyLines(t, body, d);
}

} // namespace

QString CompareView::bodyVerdict() const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        if (group->text(0) == tr("Body") && group->childCount() > 0)
            return group->child(0)->text(1);
    }
    return {};
}

void CompareView::compare(quint64 leftId,
                          const Exchange &left,
                          quint64 rightId,
                          const Exchange &right)
{
    const Comparison c = compareExchanges(left, right);
    m_tree->clear();
    m_tree->setHeaderLabels({QString(), tr("#%1").arg(leftId), tr("#%1").arg(rightId)});
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const TreeRows t(m_tree,
                     {dark ? QColor(0x1b, 0x5e, 0x20) : QColor(0xc8, 0xe6, 0xc9),
                      dark ? QColor(0x7f, 0x1d, 0x1d) : QColor(0xff, 0xcd, 0xd2),
                      dark ? QColor(0x6d, 0x5a, 0x00) : QColor(0xff, 0xf3, 0xb0)});

    QTreeWidgetItem *status = t.group(tr("Status"));
    t.row(status,
          tr("Status"),
          QStringLiteral("%1 %2").arg(c.leftStatus).arg(QString::fromLatin1(c.leftReason)),
          QStringLiteral("%1 %2").arg(c.rightStatus).arg(QString::fromLatin1(c.rightReason)),
          t.changedIf(c.leftStatus != c.rightStatus));
    t.row(status,
          tr("URL"),
          left.request.url,
          right.request.url,
          t.changedIf(left.request.url != right.request.url));
    addWire(t, c);
    addHeaders(t, tr("Response headers"), c.responseHeaders);
    addHeaders(t, tr("Request headers"), c.requestHeaders);
    addHops(t, c);
    QTreeWidgetItem *timing = t.group(tr("Timings"));
    for (const Comparison::TimingRow &row : c.timings)
        t.row(timing,
              timingName(row.phase),
              formatDuration(row.leftUs),
              formatDuration(row.rightUs));
    addBody(t, c);
    setVerdict(leftId, rightId, c);
}

void CompareView::setVerdict(quint64 leftId, quint64 rightId, const Comparison &c)
{
    const qint64 saved = c.bytesSaved();
    if (saved > 0)
        m_verdict->setText(tr("#%1 (%2) moved %3 fewer bytes than #%4 (%5): %6% of the "
                              "traffic saved.")
                                   .arg(rightId)
                                   .arg(c.rightStatus)
                                   .arg(formatByteSize(saved))
                                   .arg(leftId)
                                   .arg(c.leftStatus)
                                   .arg(c.leftWire.total() > 0 ? qRound(
                                                100.0 * double(saved) / double(c.leftWire.total()))
                                                               : 0));
    else
        m_verdict->setText(tr("#%1 (%2) moved %3 more bytes than #%4 (%5).")
                                   .arg(rightId)
                                   .arg(c.rightStatus)
                                   .arg(formatByteSize(-saved))
                                   .arg(leftId)
                                   .arg(c.leftStatus));
}

} // namespace HttpLens
