#include "harstreamwriter.h"

#include "interop/harentrywriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace HttpLens {

namespace {

class HarStreamText
{
    Q_DECLARE_TR_FUNCTIONS(HttpLens::HarStreamWriter)
};

} // namespace

HarStreamWriter::~HarStreamWriter()
{
    QString ignored;
    close(&ignored);
}

bool HarStreamWriter::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = HarStreamText::tr("Cannot write %1: %2.").arg(path, m_file.errorString());
        return false;
    }
    // The same log object harLog() makes, with its entries array left open.
    const QByteArray creator = QJsonDocument(QJsonObject{{QStringLiteral("name"),
                                                          QStringLiteral("HTTP Lens")},
                                                         {QStringLiteral("version"),
                                                          QStringLiteral(HTTPLENS_VERSION)}})
                                       .toJson(QJsonDocument::Compact);
    m_file.write("{\"log\":{\"version\":\"1.2\",\"creator\":" + creator + ",\"entries\":[\n");
    m_first = true;
    return m_file.flush();
}

bool HarStreamWriter::add(const Exchange &exchange, const HarOptions &options)
{
    if (!m_file.isOpen())
        return false;
    JsonWriter out;
    out.beginArray();
    writeHarEntries(out, exchange, options);
    out.endArray();
    // The entries without their brackets, after those written before.
    const QByteArray &text = out.text();
    if (text.size() > 2) {
        if (!m_first)
            m_file.write(",\n");
        m_first = false;
        m_file.write(text.constData() + 1, text.size() - 2);
    }
    return m_file.flush();
}

bool HarStreamWriter::close(QString *error)
{
    if (!m_file.isOpen())
        return true;
    m_file.write("\n]}}\n");
    const bool ok = m_file.flush();
    if (!ok)
        *error = HarStreamText::tr("Cannot write %1: %2.")
                         .arg(m_file.fileName(), m_file.errorString());
    m_file.close();
    return ok;
}

} // namespace HttpLens
