#include "cookiespage.h"

#include "cookies/cookiejar.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace HttpLens {

namespace {

// Rows as high as the text needs: at 1366×768 each table shows three of them and more.
void compactRows(QTableView *table)
{
    const int row = table->fontMetrics().height() + 6;
    table->verticalHeader()->setMinimumSectionSize(row);
    table->verticalHeader()->setDefaultSectionSize(row);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
}

QTableWidget *smallTable(const QStringList &labels, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(labels.size()), parent);
    table->setHorizontalHeaderLabels(labels);
    compactRows(table);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    table->resizeColumnsToContents();
}

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    group->setObjectName(QStringLiteral("cookieBox"));
    group->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(content);
    return group;
}

} // namespace

CookiesPage::CookiesPage(CookieJar *jar, QWidget *parent)
    : QWidget(parent)
    , m_jar(jar)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_sent = smallTable({tr("Name"), tr("Value")}, this);
    m_received = smallTable({tr("Name"), tr("Value"), tr("Attributes")}, this);
    m_received->setObjectName(QStringLiteral("receivedCookies"));
    auto *jarPage = new QWidget(this);
    auto *jarLayout = new QVBoxLayout(jarPage);
    jarLayout->setContentsMargins(0, 0, 0, 0);
    m_jarView = new QTableView(jarPage);
    m_jarView->setObjectName(QStringLiteral("jarView"));
    m_jarView->setModel(m_jar);
    compactRows(m_jarView);
    m_jarView->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *buttons = new QHBoxLayout;
    auto *remove = new QPushButton(tr("&Delete cookie"), jarPage);
    auto *clearJar = new QPushButton(tr("C&lear jar"), jarPage);
    buttons->addWidget(remove);
    buttons->addWidget(clearJar);
    buttons->addStretch();
    jarLayout->addWidget(m_jarView, 1);
    jarLayout->addLayout(buttons);
    // The three side by side, each with the page's whole height, the jar the widest: under one
    // another each would show a row or two at 1366×768. None has a size of its own, so the page
    // shares what the response view has whatever the tables hold.
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->setObjectName(QStringLiteral("cookieSplitter"));
    sides->setChildrenCollapsible(false);
    sides->addWidget(box(tr("Sent with the request"), m_sent, sides));
    sides->addWidget(box(tr("Set by the response"), m_received, sides));
    sides->addWidget(box(tr("Cookie jar (sent with the next request; double-click to edit)"),
                         jarPage,
                         sides));
    sides->setStretchFactor(0, 2);
    sides->setStretchFactor(1, 3);
    sides->setStretchFactor(2, 5);
    layout->addWidget(sides, 1);
    // The jar's columns as wide as what they hold, so that all of them fit beside the others.
    auto fitColumns = [this] { m_jarView->resizeColumnsToContents(); };
    connect(m_jar, &QAbstractItemModel::rowsInserted, this, fitColumns);
    connect(m_jar, &QAbstractItemModel::modelReset, this, fitColumns);
    connect(m_jar, &QAbstractItemModel::dataChanged, this, fitColumns);
    fitColumns();
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_jarView->currentIndex();
        if (current.isValid())
            m_jar->removeCookie(current.row());
    });
    connect(clearJar, &QPushButton::clicked, m_jar, &CookieJar::clear);
}

void CookiesPage::clear()
{
    m_sent->setRowCount(0);
    m_received->setRowCount(0);
}

void CookiesPage::showExchange(const Exchange &e)
{
    clear();
    auto latin1 = [](const QByteArray &bytes) { return QString::fromLatin1(bytes); };
    for (const Hop &hop : e.hops) {
        for (const QByteArray &value : headerValues(hop.request.headers, "Cookie")) {
            for (const auto &pair : parseCookieHeader(value))
                addRow(m_sent, {latin1(pair.first), latin1(pair.second)});
        }
        if (!hop.hasResponse)
            continue;
        for (const QByteArray &value : headerValues(hop.response.headers, "Set-Cookie")) {
            const SetCookie cookie = SetCookie::parse(value);
            QStringList attributes;
            for (const auto &attribute : cookie.attributes)
                attributes << (attribute.second.isEmpty()
                                       ? latin1(attribute.first)
                                       : latin1(attribute.first) + QLatin1Char('=')
                                                 + latin1(attribute.second));
            addRow(m_received,
                   {latin1(cookie.name),
                    latin1(cookie.value),
                    attributes.join(QStringLiteral("; "))});
        }
    }
}

} // namespace HttpLens
