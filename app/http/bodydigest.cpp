#include "bodydigest.h"

#include <openssl/evp.h>

namespace HttpLens {

namespace {

// Fetched once: an implicit fetch by EVP_sha256() at every start costs a provider lookup.
const EVP_MD *sha256()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md ? md : EVP_sha256();
}

} // namespace

struct BodyDigest::Context
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    bool finished = false;
    QByteArray result;
    ~Context() { EVP_MD_CTX_free(md); }
};

BodyDigest::BodyDigest()
    : m_context(std::make_unique<Context>())
{
    if (m_context->md)
        EVP_DigestInit_ex(m_context->md, sha256(), nullptr);
}

BodyDigest::~BodyDigest() = default;

void BodyDigest::addData(QByteArrayView bytes)
{
    if (m_context->md && !m_context->finished)
        EVP_DigestUpdate(m_context->md, bytes.data(), size_t(bytes.size()));
}

QByteArray BodyDigest::result()
{
    if (!m_context->finished && m_context->md) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (EVP_DigestFinal_ex(m_context->md, digest, &length) == 1)
            m_context->result = QByteArray(reinterpret_cast<const char *>(digest), int(length));
        m_context->finished = true;
    }
    return m_context->result;
}

} // namespace HttpLens
