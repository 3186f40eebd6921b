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

void CompareView::compare(quint64 leftId,
                          const Exchange &left,
                          quint64 rightId,
                          const Exchange &right)
{
    const Comparison c = compareExchanges(left, right);
    m_tree->clear();
    m_tree->setHeaderLabels({QString(), tr("#%1").arg(leftId), tr("#%1").arg(rightId)});

    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor added = dark ? QColor(0x1b, 0x5e, 0x20) : QColor(0xc8, 0xe6, 0xc9);
    const QColor removed = dark ? QColor(0x7f, 0x1d, 0x1d) : QColor(0xff, 0xcd, 0xd2);
    const QColor changed = dark ? QColor(0x6d, 0x5a, 0x00) : QColor(0xff, 0xf3, 0xb0);

    auto group = [&](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setExpanded(true);
        return item;
    };
    auto row = [&](QTreeWidgetItem *parent,
                   const QString &name,
                   const QString &a,
                   const QString &b,
                   const QColor &colour = QColor()) {
        auto *item = new QTreeWidgetItem(parent, {name, a, b});
        if (colour.isValid()) {
            for (int col = 0; col < 3; ++col)
                item->setBackground(col, colour);
        }
        return item;
    };

    QTreeWidgetItem *status = group(tr("Status"));
    row(status,
        tr("Status"),
        QStringLiteral("%1 %2").arg(c.leftStatus).arg(QString::fromLatin1(c.leftReason)),
        QStringLiteral("%1 %2").arg(c.rightStatus).arg(QString::fromLatin1(c.rightReason)),
        c.leftStatus != c.rightStatus ? changed : QColor());
    row(status,
        tr("URL"),
        left.request.url,
        right.request.url,
        left.request.url != right.request.url ? changed : QColor());

    QTreeWidgetItem *wire = group(tr("Bytes on the wire"));
    row(wire,
        tr("Request (heads and bodies)"),
        formatByteSize(c.leftWire.requestBytes),
        formatByteSize(c.rightWire.requestBytes));
    row(wire,
        tr("Response heads"),
        formatByteSize(c.leftWire.responseHeadBytes),
        formatByteSize(c.rightWire.responseHeadBytes));
    row(wire,
        tr("Response body"),
        formatByteSize(c.leftWire.responseBodyBytes),
        formatByteSize(c.rightWire.responseBodyBytes),
        c.leftWire.responseBodyBytes != c.rightWire.responseBodyBytes ? changed : QColor());
    row(wire, tr("Total"), formatByteSize(c.leftWire.total()), formatByteSize(c.rightWire.total()));

    auto headerGroup = [&](const QString &title, const QList<HeaderDifference> &differences) {
        QTreeWidgetItem *parent = group(title);
        for (const HeaderDifference &d : differences) {
            QColor colour;
            QString name = QString::fromLatin1(d.name);
            switch (d.kind) {
            case HeaderDifference::Kind::Same:
                break;
            case HeaderDifference::Kind::Added:
                colour = added;
                name += QStringLiteral("  (+) ") + tr("added");
                break;
            case HeaderDifference::Kind::Removed:
                colour = removed;
                name += QStringLiteral("  (−) ") + tr("removed");
                break;
            case HeaderDifference::Kind::Changed:
                colour = changed;
                name += QStringLiteral("  (≠) ") + tr("changed");
                break;
            }
            row(parent, name, joined(d.left), joined(d.right), colour);
        }
    };
    headerGroup(tr("Response headers"), c.responseHeaders);
    headerGroup(tr("Request headers"), c.requestHeaders);

    QTreeWidgetItem *timing = group(tr("Timings"));
    for (const Comparison::TimingRow &t : c.timings)
        row(timing, timingName(t.phase), formatDuration(t.leftUs), formatDuration(t.rightUs));

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
