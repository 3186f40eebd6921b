<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HttpLens::Findings</name>
    <message>
        <source>A cache may reuse this response for %1 more seconds without asking the server.</source>
        <translation>缓存还可以在 %1 秒内直接复用此响应，无需询问服务器。</translation>
    </message>
    <message>
        <source>A cache must revalidate this response before reusing it, with %1: %2.</source>
        <translation>缓存在复用此响应之前必须重新验证，使用 %1: %2。</translation>
    </message>
    <message>
        <source>Once stale this response has no validator (no ETag or Last-Modified), so a cache must download it again in full.</source>
        <translation>此响应过期后没有可用的验证器（没有 ETag 或 Last-Modified），缓存只能重新完整下载。</translation>
    </message>
    <message>
        <source>304 Not Modified: the ETag %1 sent in If-None-Match still matches (weak comparison), so the stored copy is current.</source>
        <translation>304 未修改：If-None-Match 中发送的 ETag %1 仍然匹配（弱比较），缓存的副本依然有效。</translation>
    </message>
    <message>
        <source>304 Not Modified in answer to If-None-Match %1.</source>
        <translation>针对 If-None-Match %1 返回了 304 未修改。</translation>
    </message>
    <message>
        <source>If-None-Match and If-Modified-Since were both sent; If-None-Match takes precedence, so the date was not consulted.</source>
        <translation>同时发送了 If-None-Match 和 If-Modified-Since；If-None-Match 优先，因此日期未被参考。</translation>
    </message>
    <message>
        <source>304 Not Modified: the resource has not changed since %1 (If-Modified-Since).</source>
        <translation>304 未修改：资源自 %1 以来没有变化（If-Modified-Since）。</translation>
    </message>
    <message>
        <source>304 Not Modified although the request carried no If-None-Match or If-Modified-Since: a cache or proxy may have answered.</source>
        <translation>请求中并没有 If-None-Match 或 If-Modified-Since，却收到了 304：可能是缓存或代理作答的。</translation>
    </message>
    <message>
        <source>The 304 carries no Date header; an origin server with a clock must send one.</source>
        <translation>该 304 没有 Date 头；有时钟的源服务器必须发送它。</translation>
    </message>
    <message>
        <source>The 304 carries no ETag although the request was validated by one; a cache cannot update its stored validator.</source>
        <translation>请求是用 ETag 验证的，但该 304 没有带 ETag；缓存无法更新其保存的验证器。</translation>
    </message>
    <message>
        <source>The 304 has a body (or announces one); a 304 never has content.</source>
        <translation>该 304 带有（或声明了）响应体；304 永远不应有内容。</translation>
    </message>
    <message>
        <source>200 although If-None-Match lists the current ETag %1: the server ignores validators and sends the whole body again.</source>
        <translation>If-None-Match 中已列出当前 ETag %1，却仍返回 200：服务器忽略了验证器，又把完整内容发送了一遍。</translation>
    </message>
    <message>
        <source>200 to a conditional request: the resource changed since the validator was saved (or the server ignores validators).</source>
        <translation>条件请求得到了 200：自保存验证器以来资源已发生变化（或服务器忽略了验证器）。</translation>
    </message>
    <message>
        <source>ETag %1 is weak: it promises equivalent content, not identical bytes. It works for If-None-Match but never for If-Match or range requests.</source>
        <translation>ETag %1 是弱验证器：它只保证内容等价，不保证字节相同。可用于 If-None-Match，但不能用于 If-Match 或范围请求。</translation>
    </message>
    <message>
        <source>ETag %1 is strong: it changes whenever the bytes change, so it also serves If-Match and range requests.</source>
        <translation>ETag %1 是强验证器：字节一变它就会变，因此也可用于 If-Match 和范围请求。</translation>
    </message>
    <message>
        <source>%1 without a Location header: a client has nowhere to go.</source>
        <translation>%1 缺少 Location 头：客户端不知道该去哪里。</translation>
    </message>
    <message>
        <source>%1 turned POST into GET for the next request, as browsers do; use 307 or 308 to keep the method and body.</source>
        <translation>%1 使下一个请求从 POST 变成了 GET，浏览器正是这样做的；若要保留方法和请求体，请使用 307 或 308。</translation>
    </message>
    <message>
        <source>303 See Other: the next request is always a GET, whatever the method before (%1).</source>
        <translation>303 参见其他：无论之前用的是什么方法（%1），下一个请求总是 GET。</translation>
    </message>
    <message>
        <source>%1 keeps the method (%2) and the body for the next request.</source>
        <translation>%1 在下一个请求中保留了方法（%2）和请求体。</translation>
    </message>
    <message>
        <source>401 without WWW-Authenticate: the server must say how to authenticate.</source>
        <translation>401 缺少 WWW-Authenticate：服务器必须说明如何进行认证。</translation>
    </message>
    <message>
        <source>405 without Allow: the server must list the methods the resource supports.</source>
        <translation>405 缺少 Allow：服务器必须列出该资源支持的方法。</translation>
    </message>
    <message>
        <source>Retry-After: try again after %1.</source>
        <translation>Retry-After：请在 %1 之后重试。</translation>
    </message>
    <message>
        <source>Retry-After: try again in %1 seconds.</source>
        <translation>Retry-After：请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>%1 without Retry-After: the client has to guess when to try again.</source>
        <translation>%1 缺少 Retry-After：客户端只能自己猜测何时重试。</translation>
    </message>
    <message>
        <source>Set-Cookie %1 has an expiry in the past: it deletes the cookie.</source>
        <translation>Set-Cookie %1 的过期时间已经过去：这是在删除该 Cookie。</translation>
    </message>
    <message>
        <source>Cookie %1 is set over HTTPS without Secure, so a browser would also send it over plain HTTP.</source>
        <translation>Cookie %1 通过 HTTPS 设置，却没有 Secure 属性，浏览器在明文 HTTP 上也会发送它。</translation>
    </message>
    <message>
        <source>Cookie %1 has no HttpOnly: page scripts can read it, and so can injected ones.</source>
        <translation>Cookie %1 没有 HttpOnly：页面脚本可以读取它，被注入的脚本同样可以。</translation>
    </message>
    <message>
        <source>Cookie %1 has no SameSite attribute; browsers then apply their default (Lax in most).</source>
        <translation>Cookie %1 没有 SameSite 属性，浏览器将采用各自的默认值（多数为 Lax）。</translation>
    </message>
    <message>
        <source>Content-Length says %1 bytes but %2 arrived.</source>
        <translation>Content-Length 声明 %1 字节，实际收到 %2 字节。</translation>
    </message>
    <message>
        <source>The body came %1-encoded: %2 bytes on the wire, %3 bytes decoded.</source>
        <translation>响应体经过 %1 编码：传输了 %2 字节，解码后 %3 字节。</translation>
    </message>
    <message>
        <source>The body is %1-encoded and was kept as it came (%2 bytes); send with decompression on to see it decoded.</source>
        <translation>响应体经过 %1 编码，按原样保留（%2 字节）；开启解压后重新发送即可看到解码后的内容。</translation>
    </message>
    <message>
        <source>The body has no Content-Type; clients must guess what it is.</source>
        <translation>响应体没有 Content-Type，客户端只能猜测它是什么。</translation>
    </message>
    <message>
        <source>Strict-Transport-Security: browsers will use only HTTPS for this host (%1).</source>
        <translation>Strict-Transport-Security：浏览器对该主机将只使用 HTTPS（%1）。</translation>
    </message>
    <message>
        <source>Strict-Transport-Security over plain HTTP is ignored by browsers; it only counts over HTTPS.</source>
        <translation>通过明文 HTTP 发送的 Strict-Transport-Security 会被浏览器忽略，只有通过 HTTPS 发送才有效。</translation>
    </message>
    <message>
        <source>Vary: * means no stored response can be reused for later requests.</source>
        <translation>Vary: * 意味着任何已存储的响应都不能复用于后续请求。</translation>
    </message>
    <message>
        <source>Vary: %1: caches keep a separate copy for each value of these request headers.</source>
        <translation>Vary: %1：缓存会按这些请求头的每种取值分别保存副本。</translation>
    </message>
    <message numerus="yes">
        <source>%n interim (1xx) response(s) came before the final one.</source>
        <translation>
            <numerusform>最终响应之前先收到了 %n 个临时（1xx）响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>200 although Last-Modified (%1) is not later than the If-Modified-Since that was sent (%2): this server compares the dates for exact equality, or ignores them (nginx does the first by default: if_modified_since exact). Send the exact Last-Modified value, or If-None-Match with the ETag, to get a 304.</source>
        <translation>返回了 200，但 Last-Modified（%1）并不晚于请求中发送的 If-Modified-Since（%2）：这台服务器要求两个日期完全相同才算匹配，或者干脆不理会日期（nginx 默认就是前者：if_modified_since exact）。要得到 304，请原样发送 Last-Modified 的值，或者改用带 ETag 的 If-None-Match。</translation>
    </message>
    <message numerus="yes">
        <source>This %1 request carried a body of %n byte(s). A body has no defined meaning in a %1 request: servers may ignore it or reject the request, and proxies may drop it. Send it with POST or PUT, or as query parameters.</source>
        <translation>
            <numerusform>这个 %1 请求带了 %n 字节的请求体。%1 请求的请求体没有规定的含义：服务器可能忽略它或拒绝整个请求，代理也可能把它丢掉。请改用 POST 或 PUT 发送，或者放进查询参数。</numerusform>
        </translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>HttpLens::Freshness</name>
    <message>
        <source>serve from the cache without asking the server</source>
        <translation>直接由缓存提供，无需询问服务器</translation>
    </message>
    <message>
        <source>revalidate with %1: %2</source>
        <translation>用 %1: %2 重新验证</translation>
    </message>
    <message>
        <source>fetch it again (no validator to revalidate with)</source>
        <translation>重新获取（没有可用于重新验证的验证器）</translation>
    </message>
    <message>
        <source>Only responses to GET and HEAD are stored by common caches.</source>
        <translation>常见的缓存只存储 GET 和 HEAD 的响应。</translation>
    </message>
    <message>
        <source>A 304 is not stored itself: it refreshes the stored response it validated (RFC 9111 §4.3.4).</source>
        <translation>304 本身不会被存储：它用来刷新被验证的那份已存储响应（RFC 9111 §4.3.4）。</translation>
    </message>
    <message>
        <source>Interim and partial responses are not stored as complete responses.</source>
        <translation>临时响应和部分响应不会作为完整响应存储。</translation>
    </message>
    <message>
        <source>Cache-Control: no-store forbids storing it (RFC 9111 §5.2.2.5).</source>
        <translation>Cache-Control: no-store 禁止存储它（RFC 9111 §5.2.2.5）。</translation>
    </message>
    <message>
        <source>Cache-Control: private forbids shared caches from storing it (RFC 9111 §5.2.2.7).</source>
        <translation>Cache-Control: private 禁止共享缓存存储它（RFC 9111 §5.2.2.7）。</translation>
    </message>
    <message>
        <source>A shared cache does not store responses to requests with Authorization unless public, s-maxage or must-revalidate allows it (RFC 9111 §3.5).</source>
        <translation>对带有 Authorization 的请求，除非 public、s-maxage 或 must-revalidate 允许，共享缓存不会存储其响应（RFC 9111 §3.5）。</translation>
    </message>
    <message>
        <source>Status %1 is not cacheable by default and the response gives no explicit freshness.</source>
        <translation>状态码 %1 默认不可缓存，且响应没有给出明确的新鲜期。</translation>
    </message>
    <message>
        <source>A cache may store this response.</source>
        <translation>缓存可以存储此响应。</translation>
    </message>
    <message>
        <source>Expires &quot;%1&quot; is not a valid date, so the response counts as already expired.</source>
        <translation>Expires “%1”不是有效日期，因此该响应视为已经过期。</translation>
    </message>
    <message>
        <source>No explicit freshness: a cache may guess 10% of the time since Last-Modified.</source>
        <translation>没有明确的新鲜期：缓存可以按距 Last-Modified 时长的 10% 估算。</translation>
    </message>
    <message>
        <source>The freshness information appears more than once with different values, so the response is treated as stale (RFC 9111 §4.2.1).</source>
        <translation>新鲜期信息出现了多次且取值不同，因此该响应被视为已过期（RFC 9111 §4.2.1）。</translation>
    </message>
    <message>
        <source>Age &quot;%1&quot; is not a non-negative number and is ignored.</source>
        <translation>Age “%1”不是非负整数，已忽略。</translation>
    </message>
    <message>
        <source>The server&#x27;s Date is %1 s ahead of this computer&#x27;s clock; apparent age counts as 0.</source>
        <translation>服务器的 Date 比本机时钟快 %1 秒；表观年龄按 0 计算。</translation>
    </message>
    <message>
        <source>Cache-Control: no-cache: a stored copy may only be used after revalidation.</source>
        <translation>Cache-Control: no-cache：已存储的副本只有在重新验证之后才能使用。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Report</name>
    <message>
        <source>Timing (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <source>(HTTP/2 sends no reason phrase)</source>
        <translation>（HTTP/2 不发送原因短语）</translation>
    </message>
    <message>
        <source>reused connection</source>
        <translation>复用连接</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>body</source>
        <translation>响应体</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>on the wire</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>跳</translation>
    </message>
    <message>
        <source>bytes of request body</source>
        <translation>字节请求体</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Caching (RFC 9111, a browser&#x27;s private cache)</source>
        <translation>缓存（RFC 9111，浏览器私有缓存）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>新鲜</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>binary body of</source>
        <translation>二进制响应体，共</translation>
    </message>
    <message>
        <source>bytes; save it with -o FILE</source>
        <translation>字节；可用 -o 文件 保存</translation>
    </message>
    <message>
        <source>showing the first</source>
        <translation>仅显示前</translation>
    </message>
    <message>
        <source>of</source>
        <translation>字节，共</translation>
    </message>
    <message>
        <source>bytes; save the whole body with -o FILE</source>
        <translation>字节；可用 -o 文件 保存完整内容</translation>
    </message>
</context>
<context>
    <name>HttpLens::Composition</name>
    <message>
        <source>&quot;%1:&quot; removes libcurl&apos;s default %1 field; the editor cannot express that, so the row is switched off.</source>
        <translation>“%1:” 会去掉 libcurl 默认的 %1 字段；编辑器无法表达这一点，因此该行被关闭。</translation>
    </message>
    <message>
        <source>The body is not UTF-8 text; the editor shows it as text, so bytes that are not UTF-8 change.</source>
        <translation>请求体不是 UTF-8 文本；编辑器按文本显示它，不属于 UTF-8 的字节会被改变。</translation>
    </message>
    <message>
        <source>Only the first --resolve entry is kept.</source>
        <translation>只保留了第一个 --resolve 条目。</translation>
    </message>
    <message>
        <source>Cookie files (-b FILE, -c FILE) are not read by the editor; import them into the cookie jar instead.</source>
        <translation>编辑器不读取 Cookie 文件（-b 文件、-c 文件）；请改为把它们导入 Cookie 罐。</translation>
    </message>
    <message>
        <source>The proxy %1 is not used by the editor.</source>
        <translation>编辑器不使用代理 %1。</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>A header row has a value but no name.</source>
        <translation>有一行请求头只有值，没有名称。</translation>
    </message>
    <message>
        <source>The JSON body is not valid. %1</source>
        <translation>JSON 正文无效。%1</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; for part &quot;%2&quot; cannot be read: %3</source>
        <translation>部分“%2”的文件“%1”无法读取：%3</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; removes a field libcurl does not write, so it changes nothing and has no row.</source>
        <translation>“%1:”要去掉的是 libcurl 本来就不会写的字段，不起任何作用，因此没有对应的行。</translation>
    </message>
    <message>
        <source>&quot;%1;&quot; sends an empty %1 field; an empty %1 row in the editor removes libcurl&apos;s %1 field instead.</source>
        <translation>“%1;”会发送一个空的 %1 字段；而编辑器里值为空的 %1 行表示去掉 libcurl 自带的 %1 字段。</translation>
    </message>
    <message>
        <source>The %1 field is not UTF-8 text; the editor shows it as text, so bytes that are not UTF-8 change.</source>
        <translation>%1 字段不是 UTF-8 文本；编辑器按文本显示它，不属于 UTF-8 的字节会被改变。</translation>
    </message>
    <message>
        <source>The time limit of %1 ms is rounded up to whole seconds.</source>
        <translation>%1 毫秒的时间限制被向上取整为整秒。</translation>
    </message>
    <message>
        <source>The editor has no connect time limit; only the overall time limit is kept.</source>
        <translation>编辑器没有单独的连接时间限制；只保留了总的时间限制。</translation>
    </message>
    <message>
        <source>A HEAD request is sent without the body of the Body tab: libcurl cannot send one and still read an answer that has none.</source>
        <translation>HEAD 请求发送时不带“请求体”标签页中的内容：libcurl 无法既发送请求体、又读取一个没有响应体的回答。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Waterfall</name>
    <message>
        <source>Redirects</source>
        <translation>重定向</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>DNS 查询</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <source>Waiting (TTFB)</source>
        <translation>等待（首字节）</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Every earlier hop of the redirect chain, from start to the last redirect.</source>
        <translation>重定向链中之前的每一跳，从开始到最后一次重定向。</translation>
    </message>
    <message>
        <source>Resolving the host name to an address.</source>
        <translation>把主机名解析为地址。</translation>
    </message>
    <message>
        <source>The TCP handshake with the server.</source>
        <translation>与服务器的 TCP 握手。</translation>
    </message>
    <message>
        <source>The TLS handshake: certificates, keys and ALPN.</source>
        <translation>TLS 握手：证书、密钥和 ALPN。</translation>
    </message>
    <message>
        <source>From the open connection until the request was ready to go.</source>
        <translation>从连接建立到请求准备好发送。</translation>
    </message>
    <message>
        <source>From sending the request to the first byte of the response: the server's thinking time plus one round trip.</source>
        <translation>从发送请求到收到响应的第一个字节：服务器的处理时间加一次往返。</translation>
    </message>
    <message>
        <source>From the first byte of the response to the last.</source>
        <translation>从响应的第一个字节到最后一个字节。</translation>
    </message>
</context>
<context>
    <name>HttpLens::CookieJar</name>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Secure</translation>
    </message>
    <message>
        <source>HttpOnly</source>
        <translation>HttpOnly</translation>
    </message>
</context>
<context>
    <name>HttpLens::History</name>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
</context>
<context>
    <name>HttpLens::Walkthrough</name>
    <message>
        <source>1. Fetch the lab document</source>
        <translation>1. 获取实验文档</translation>
    </message>
    <message>
        <source>2. Replay it conditionally</source>
        <translation>2. 条件重放</translation>
    </message>
    <message>
        <source>3. Change the document</source>
        <translation>3. 修改文档</translation>
    </message>
    <message>
        <source>4. Replay conditionally again</source>
        <translation>4. 再次条件重放</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The URL points at a document on the practice server built into HTTP Lens. Press Send (Ctrl+Enter). The answer is 200 OK with the whole document.</source>
        <translation>这个 URL 指向 HTTP Lens 内置练习服务器上的一份文档。按“发送”（Ctrl+Enter），得到的回答是 200 OK 和完整的文档。</translation>
    </message>
    <message>
        <source>Look at the Headers tab: the response carries an ETag and a Last-Modified date. The conditional panel has picked both up. Press &quot;Replay conditionally&quot; (Ctrl+R): the request now says &quot;send it only if it changed&quot;.</source>
        <translation>看“请求头”页：响应带有 ETag 和 Last-Modified 日期，条件请求面板已经记下了这两个值。按“条件重放”（Ctrl+R）：这次请求的意思是“只有变了才发给我”。</translation>
    </message>
    <message>
        <source>304 Not Modified: no body was sent, only headers. Compare the bytes on the wire in the Raw tab. Now change the document (Practice menu, &quot;Change the lab document&quot;): its ETag changes with it.</source>
        <translation>304 Not Modified：没有发送正文，只有头部。在“原始”页比较线路上的字节。现在修改文档（“练习”菜单中的“修改实验文档”）：它的 ETag 也随之改变。</translation>
    </message>
    <message>
        <source>Replay conditionally again. The old ETag no longer matches, so the server answers 200 with the new content and a new ETag.</source>
        <translation>再次条件重放。旧的 ETag 不再匹配，所以服务器回答 200，带上新内容和新的 ETag。</translation>
    </message>
    <message>
        <source>That is revalidation: a cache or a crawler asks &quot;has it changed?&quot; and downloads the body only when it has. Select the 200 and the 304 in the history and press Compare to see what the 304 saved.</source>
        <translation>这就是重新验证：缓存或爬虫先问“变了吗？”，只有变了才下载正文。在历史中选中 200 和 304，按“比较”，看看 304 节省了什么。</translation>
    </message>
</context>
<context>
    <name>HttpLens::ShellWords</name>
    <message>
        <source>The command uses `...` (command substitution), which only a shell can run. Replace it by its value.</source>
        <translation>该命令使用了 `...`（命令替换），只有 shell 才能执行。请把它替换成实际的值。</translation>
    </message>
    <message>
        <source>The command redirects input or output with &apos;%1&apos;. HTTP Lens takes the request only: remove the redirection.</source>
        <translation>该命令用“%1”重定向了输入或输出。HTTP Lens 只接收请求本身：请去掉重定向。</translation>
    </message>
    <message>
        <source>A single quote opened at character %1 is never closed.</source>
        <translation>第 %1 个字符处的单引号没有闭合。</translation>
    </message>
    <message>
        <source>A double quote opened at character %1 is never closed.</source>
        <translation>第 %1 个字符处的双引号没有闭合。</translation>
    </message>
    <message>
        <source>The command uses the shell expansion &quot;%1&quot;, which HTTP Lens does not perform (it runs no shell). Replace it by its value.</source>
        <translation>该命令使用了 shell 展开“%1”，HTTP Lens 不会执行它（它不运行 shell）。请把它替换成实际的值。</translation>
    </message>
    <message>
        <source>A $&apos; quote opened at character %1 is never closed.</source>
        <translation>第 %1 个字符处的 $&apos; 引号没有闭合。</translation>
    </message>
</context>
<context>
    <name>HttpLens::CurlCommand</name>
    <message>
        <source>This is a command for Windows cmd.exe (its quotes are ^&quot;...^&quot;). Copy the request as cURL for bash instead.</source>
        <translation>这是 Windows cmd.exe 的命令（引号是 ^&quot;...^&quot;）。请改为复制为 cURL (bash)。</translation>
    </message>
    <message>
        <source>This is a PowerShell command, not a curl command. Copy the request as cURL for bash instead.</source>
        <translation>这是 PowerShell 命令，不是 curl 命令。请改为复制为 cURL (bash)。</translation>
    </message>
    <message>
        <source>A curl command starts with the word curl.</source>
        <translation>curl 命令以单词 curl 开头。</translation>
    </message>
    <message>
        <source>%1 only changes what curl prints or saves; it is not part of the request.</source>
        <translation>%1 只影响 curl 打印或保存的内容，不属于请求本身。</translation>
    </message>
    <message>
        <source>Only the curl command was taken; what follows it was left out: %1</source>
        <translation>只采用了 curl 命令；其后的内容被略去：%1</translation>
    </message>
    <message>
        <source>What the command is piped into was left out: %1</source>
        <translation>命令通过管道传给的部分被略去：%1</translation>
    </message>
</context>
<context>
    <name>HttpLens::HttpFile</name>
    <message>
        <source>Line %1 is neither a header (Name: value) nor blank; it was left out.</source>
        <translation>第 %1 行既不是头部（Name: value）也不是空行，已略去。</translation>
    </message>
    <message>
        <source>The response handler script is not run by HTTP Lens.</source>
        <translation>HTTP Lens 不运行响应处理脚本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (a response handler or reference) is not used by HTTP Lens.</source>
        <translation>HTTP Lens 不使用“%1”（响应处理器或引用）。</translation>
    </message>
    <message>
        <source>The file has no request %1.</source>
        <translation>文件中没有第 %1 个请求。</translation>
    </message>
    <message>
        <source>The URL %1 has no host, and there is no Host field.</source>
        <translation>URL %1 没有主机，也没有 Host 字段。</translation>
    </message>
    <message>
        <source>Cannot read the body file %1: %2.</source>
        <translation>无法读取请求体文件 %1：%2。</translation>
    </message>
    <message>
        <source>The variable {{%1}} has no value: define it with @%1 = ... in the file or in the environment.</source>
        <translation>变量 {{%1}} 没有值：请在文件中用 @%1 = ... 定义，或在环境中定义。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Environments</name>
    <message>
        <source>&quot;%1&quot; is not an environment (an object of variables); it was left out.</source>
        <translation>“%1”不是环境（变量对象），已略去。</translation>
    </message>
    <message>
        <source>The variable %1 of %2 is not text; it was left out.</source>
        <translation>%2 的变量 %1 不是文本，已略去。</translation>
    </message>
</context>
<context>
    <name>HttpLens::DataFiles</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot make %1 private: %2.</source>
        <translation>无法将 %1 设为私有：%2。</translation>
    </message>
    <message>
        <source>The %1 file %2 cannot be read (%3); HTTP Lens starts without it and leaves the file alone.</source>
        <translation>无法读取%1文件 %2（%3）；HTTP Lens 在没有它的情况下启动，并保留该文件不动。</translation>
    </message>
    <message>
        <source>The %1 file %2 is damaged and could not be moved aside; HTTP Lens starts without it and leaves the file alone.</source>
        <translation>%1文件 %2 已损坏且无法移到一旁；HTTP Lens 在没有它的情况下启动，并保留该文件不动。</translation>
    </message>
    <message>
        <source>The %1 file was damaged (%2). It was kept as %3 and HTTP Lens starts with an empty one.</source>
        <translation>%1文件已损坏（%2）。原文件已保存为 %3，HTTP Lens 以空文件启动。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Workspace</name>
    <message>
        <source>History, cookies and environments are kept in memory only.</source>
        <translation>历史记录、Cookie 和环境只保存在内存中。</translation>
    </message>
    <message>
        <source>The cookie jar %1 cannot be read (%2); HTTP Lens starts with an empty jar and leaves the file alone.</source>
        <translation>无法读取 Cookie 罐 %1（%2）；HTTP Lens 以空的 Cookie 罐启动，并保留该文件不动。</translation>
    </message>
    <message>
        <source>environments</source>
        <translation>环境</translation>
    </message>
</context>
<context>
    <name>HttpLens::HistoryJournal</name>
    <message>
        <source>Cannot keep the response body in %1: %2.</source>
        <translation>无法把响应体保存到 %1：%2。</translation>
    </message>
    <message>
        <source>The history file %1 cannot be read (%2). HTTP Lens keeps this session&apos;s history in memory only.</source>
        <translation>无法读取历史文件 %1（%2）。HTTP Lens 只在内存中保存本次会话的历史记录。</translation>
    </message>
    <message>
        <source>The last history entry was cut off when HTTP Lens stopped; it was dropped (%1 bytes).</source>
        <translation>HTTP Lens 停止时最后一条历史记录被截断，已丢弃（%1 字节）。</translation>
    </message>
    <message numerus="yes">
        <source>%n history entries could not be read and the file could not be moved aside.</source>
        <translation>
            <numerusform>有 %n 条历史记录无法读取，且文件无法移到一旁。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entries could not be read. The whole file was kept as %1; the readable entries were kept.</source>
        <translation>
            <numerusform>有 %n 条历史记录无法读取。整个文件已保存为 %1；可读的记录已保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The response bodies of %n history entries are missing from %1; their heads and sizes were kept.</source>
        <translation>
            <numerusform>%1 中缺少 %n 条历史记录的响应体；其头部和大小已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2.</source>
        <translation>无法写入历史文件 %1：%2。</translation>
    </message>
</context>
<context>
    <name>HttpLens::CurlOptions</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>-z/--time-cond: &quot;%1&quot; is neither a date curl understands nor an existing file.</source>
        <translation>-z/--time-cond：“%1”既不是 curl 能理解的日期，也不是已存在的文件。</translation>
    </message>
    <message>
        <source>--max-redirs expects a whole number of -1 or more, not &quot;%1&quot;.</source>
        <translation>--max-redirs 需要不小于 -1 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>-b/--cookie: &quot;%1&quot; has no &apos;=&apos; so it names a cookie file, and that file does not exist.</source>
        <translation>-b/--cookie：“%1”不含“=”，因此表示一个 Cookie 文件，但该文件不存在。</translation>
    </message>
    <message>
        <source>-u/--user needs user:password; HTTP Lens does not prompt for passwords.</source>
        <translation>-u/--user 需要 user:password；HTTP Lens 不会提示输入密码。</translation>
    </message>
    <message>
        <source>-e/--referer with &quot;;auto&quot; is not supported.</source>
        <translation>不支持带“;auto”的 -e/--referer。</translation>
    </message>
    <message>
        <source>--resolve expects host:port:address, not &quot;%1&quot;.</source>
        <translation>--resolve 需要 host:port:address，而不是“%1”。</translation>
    </message>
    <message>
        <source>--%1 expects a number of seconds, not &quot;%2&quot;.</source>
        <translation>--%1 需要秒数，而不是“%2”。</translation>
    </message>
    <message>
        <source>--parallel-max expects a number from 1 to 300, not &quot;%1&quot;.</source>
        <translation>--parallel-max 需要 1 到 300 之间的数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--entry expects the number of a HAR entry, counted from 1, not &quot;%1&quot;.</source>
        <translation>--entry 需要 HAR 条目的序号（从 1 开始），而不是“%1”。</translation>
    </message>
    <message>
        <source>Option --%1 needs an argument.</source>
        <translation>选项 --%1 需要一个参数。</translation>
    </message>
    <message>
        <source>Option %1: curl&apos;s long options take their value as the next argument, not after &apos;=&apos;.</source>
        <translation>选项 %1：curl 的长选项把值写在下一个参数里，而不是写在“=”之后。</translation>
    </message>
    <message>
        <source>Option %1 is not supported by HTTP Lens. Supported options: %2.</source>
        <translation>HTTP Lens 不支持选项 %1。支持的选项：%2。</translation>
    </message>
    <message>
        <source>Option -%1 (in &quot;%2&quot;) is not supported by HTTP Lens. Supported options: %3.</source>
        <translation>HTTP Lens 不支持选项 -%1（在“%2”中）。支持的选项：%3。</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; contains &apos;%2&apos;: curl would expand it as a URL pattern, which HTTP Lens does not do. Add -g/--globoff to send the URL as it is written.</source>
        <translation>URL“%1”包含“%2”：curl 会把它当作 URL 模式展开，而 HTTP Lens 不会。加上 -g/--globoff 即可按原样发送该 URL。</translation>
    </message>
    <message>
        <source>--har-in replays a request from a HAR file; give no URL with it.</source>
        <translation>--har-in 会重放 HAR 文件中的请求；不要同时给出 URL。</translation>
    </message>
    <message>
        <source>--har-in %1: %2</source>
        <translation>--har-in %1：%2</translation>
    </message>
    <message>
        <source>--har-in %1: the HAR file has no entries.</source>
        <translation>--har-in %1：该 HAR 文件没有条目。</translation>
    </message>
    <message>
        <source>--har-in %1 has %2 entries: choose one with --entry N (1 to %2).</source>
        <translation>--har-in %1 有 %2 个条目：请用 --entry N（1 到 %2）选择一个。</translation>
    </message>
    <message>
        <source>--entry %1: the HAR file has only %2 entries.</source>
        <translation>--entry %1：该 HAR 文件只有 %2 个条目。</translation>
    </message>
    <message>
        <source>--entry chooses an entry of --har-in FILE, which is missing.</source>
        <translation>--entry 用于选择 --har-in FILE 中的条目，但缺少 --har-in。</translation>
    </message>
    <message>
        <source>No URL given.</source>
        <translation>没有给出 URL。</translation>
    </message>
    <message>
        <source>--etag-compare: cannot read &quot;%1&quot;: %2.</source>
        <translation>--etag-compare：无法读取“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Url</name>
    <message>
        <source>The IPv6 address in &quot;%1&quot; has no closing &apos;]&apos;.</source>
        <translation>“%1”中的 IPv6 地址缺少结尾的“]”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; follows the IPv6 address in &quot;%2&quot;; only :port may come after it.</source>
        <translation>“%2”中的 IPv6 地址后面跟着“%1”；那里只能写 :端口。</translation>
    </message>
    <message>
        <source>The URL &quot;%1&quot; has no host name.</source>
        <translation>URL“%1”没有主机名。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a space, which no host name may contain.</source>
        <translation>主机名“%1”中有空格，主机名里不能有空格。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains &apos;%2&apos;, which no host name may contain.</source>
        <translation>主机名“%1”中有“%2”，主机名里不能有这个字符。</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in &quot;%2&quot; is not a number from 1 to 65535.</source>
        <translation>“%2”中的端口“%1”不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>URL 是空的。</translation>
    </message>
    <message>
        <source>The URL contains a control character (U+%1), which no URL may contain.</source>
        <translation>URL 中有控制字符（U+%1），URL 里不能有控制字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme; start it with http:// or https://.</source>
        <translation>“%1”没有协议部分；请以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is not supported; HTTP Lens speaks http and https.</source>
        <translation>不支持“%1”协议；HTTP Lens 只支持 http 和 https。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lacks the &quot;//&quot; after &quot;%2:&quot;; write %2://host/.</source>
        <translation>“%1”在“%2:”后面缺少“//”；请写成 %2://主机/。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Conditionals</name>
    <message>
        <source>From the ETag of response #%1 (%2) received %3</source>
        <translation>来自 %3 收到的响应 #%1（%2）的 ETag</translation>
    </message>
    <message>
        <source>From the Last-Modified of response #%1 (%2) received %3</source>
        <translation>来自 %3 收到的响应 #%1（%2）的 Last-Modified</translation>
    </message>
    <message>
        <source>%1; tick it to send it.</source>
        <translation>%1；勾选后才会发送。</translation>
    </message>
    <message>
        <source>No ETag seen for this URL yet.</source>
        <translation>这个 URL 还没有收到过 ETag。</translation>
    </message>
    <message>
        <source>No Last-Modified seen for this URL yet.</source>
        <translation>这个 URL 还没有收到过 Last-Modified。</translation>
    </message>
    <message>
        <source>From the pasted curl command</source>
        <translation>来自粘贴的 curl 命令</translation>
    </message>
    <message>
        <source>From the imported HAR entry</source>
        <translation>来自导入的 HAR 条目</translation>
    </message>
    <message>
        <source>From the .http file</source>
        <translation>来自 .http 文件</translation>
    </message>
    <message>
        <source>From response #%1</source>
        <translation>来自响应 #%1</translation>
    </message>
    <message>
        <source>Written by hand</source>
        <translation>手动填写</translation>
    </message>
    <message>
        <source>Written in the Headers tab</source>
        <translation>在“请求头”标签页中填写</translation>
    </message>
</context>
<context>
    <name>HttpLens::TransportError</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Timed out after %1 s</source>
        <translation>%1 秒后超时</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>Proxy not found</source>
        <translation>找不到代理</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <source>Empty reply</source>
        <translation>空回复</translation>
    </message>
    <message>
        <source>Body cut short</source>
        <translation>响应体不完整</translation>
    </message>
    <message>
        <source>Connection broken</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <source>Not an HTTP reply</source>
        <translation>不是 HTTP 回复</translation>
    </message>
    <message>
        <source>Malformed URL</source>
        <translation>URL 格式错误</translation>
    </message>
    <message>
        <source>Transfer failed</source>
        <translation>传输失败</translation>
    </message>
</context>
<context>
    <name>HttpLens::Caching</name>
    <message>
        <source>none given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>%1 s (heuristic: 10% of the time since Last-Modified)</source>
        <translation>%1 秒（启发式：距 Last-Modified 时长的 10%）</translation>
    </message>
    <message>
        <source>%1 s (s-maxage)</source>
        <translation>%1 秒（s-maxage）</translation>
    </message>
    <message>
        <source>%1 s (max-age)</source>
        <translation>%1 秒（max-age）</translation>
    </message>
    <message>
        <source>%1 s (Expires minus Date)</source>
        <translation>%1 秒（Expires 减去 Date）</translation>
    </message>
    <message>
        <source>Caching (RFC 9111, a browser&apos;s private cache)</source>
        <translation>缓存（RFC 9111，浏览器私有缓存）</translation>
    </message>
    <message>
        <source>Storable</source>
        <translation>可存储</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>新鲜期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>%1 s · fresh</source>
        <translation>%1 秒 · 新鲜</translation>
    </message>
    <message>
        <source>%1 s · stale</source>
        <translation>%1 秒 · 已过期</translation>
    </message>
    <message>
        <source>Next time</source>
        <translation>下一次</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>HttpLens::Transcript</name>
    <message numerus="yes">
        <source>[%n byte(s) of request body]</source>
        <translation>
            <numerusform>[%n 字节请求体]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n byte(s) of binary request body]</source>
        <translation>
            <numerusform>[%n 字节二进制请求体]</numerusform>
        </translation>
    </message>
    <message>
        <source>[the first %1 of %2 shown]</source>
        <translation>[共 %2，只显示前 %1]</translation>
    </message>
    <message>
        <source>── hop %1 of %2: %3</source>
        <translation>── 第 %1 跳，共 %2 跳：%3</translation>
    </message>
    <message>
        <source>[body: %1 on the wire]</source>
        <translation>[响应体：线路上 %1]</translation>
    </message>
    <message>
        <source>[trailers after the body]</source>
        <translation>[响应体之后的尾部字段]</translation>
    </message>
</context>
<context>
    <name>HttpLens::Check</name>
    <message>
        <source>HEAD was refused (%1): sent as GET</source>
        <translation>HEAD 被拒绝（%1）：已改用 GET 发送</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 URLs/s</source>
        <translation>每秒 %1 个 URL</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <source>other %1</source>
        <translation>其他 %1</translation>
    </message>
    <message>
        <source>errors %1</source>
        <translation>错误 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) checked in %1 s.</source>
        <translation>
            <numerusform>用时 %1 秒，检查了 %n 个 URL。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list were no URL and were skipped.</source>
        <translation>
            <numerusform>列表中有 %n 行不是 URL，已跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n URL(s) had been checked by the interrupted run this one continues.</source>
        <translation>
            <numerusform>有 %n 个 URL 已由本次所继续的那次中断运行检查过。</numerusform>
        </translation>
    </message>
    <message>
        <source>not HTTP %1</source>
        <translation>非 HTTP %1</translation>
    </message>
    <message>
        <source>By status: %1</source>
        <translation>按状态：%1</translation>
    </message>
    <message>
        <source>By change: %1</source>
        <translation>按变化：%1</translation>
    </message>
    <message>
        <source>Received %1; downloading everything again would have taken %2: revalidation saved %3 (%4%).</source>
        <translation>收到 %1；若全部重新下载需要 %2：重新验证节省了 %3（%4%）。</translation>
    </message>
    <message>
        <source>Received %1.</source>
        <translation>收到 %1。</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已变</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>已消失</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>the body is the same, but the server ignored the validators and sent it again</source>
        <translation>响应体没有变化，但服务器忽略了验证器，又发送了一遍</translation>
    </message>
    <message>
        <source>no validators to revalidate with: the body&apos;s hash decided</source>
        <translation>没有可用于重新验证的验证器：由响应体的哈希值判定</translation>
    </message>
    <message>
        <source>Usage: httplens-cli check [options] [FILE|-]
       httplens-cli check [options] --sitemap FILE|URL

Checks many URLs at once (one per line; # comments and blank lines are skipped) and prints each one&apos;s status. With --state it remembers each URL&apos;s validators and a hash of its body, and the next run asks whether each one changed: a 304 answers in a few hundred bytes.

Options:
  --concurrency N      requests at once (50)
  --per-host N         requests at once to one host (6)
  --rate N             requests per second overall
  -m, --max-time S     time limit per request, seconds (30)
  --connect-timeout S  time limit to connect, seconds
  -L, --location       follow redirects (--max-redirs N)
  --retries N          retry connection failures, 429 and 503 (Retry-After is honoured)
  -H, --header, -A, --user-agent, -k, --insecure   as in curl
  -I, --head           HEAD; sent again as GET where refused (405, 501)
  --json               one JSON line per URL on standard output
  --csv FILE           the results as CSV too
  --state FILE         remember validators and hashes (SQLite); --resume continues an interrupted run
  --fail-on LIST       exit 1 when a URL&apos;s status class or an error is in the list (4xx,5xx,error)
  -q, --quiet          no progress line

Exit code: 0 when the run finished, whatever the statuses; 1 for --fail-on; 2 for bad usage; 130 after Ctrl+C (the state is written first).
</source>
        <translation>用法：httplens-cli check [选项] [文件|-]
      httplens-cli check [选项] --sitemap 文件|URL

同时检查大量 URL（每行一个；以 # 开头的注释行和空行会被跳过），并输出每个 URL 的状态。使用 --state 时，它会记住每个 URL 的验证器和响应体的哈希值，下一次运行时逐一询问是否有变化：304 只需几百字节就能回答。

选项：
  --concurrency N      同时发出的请求数（50）
  --per-host N         对同一主机同时发出的请求数（6）
  --rate N             每秒发出的请求总数上限
  -m, --max-time S     每个请求的时间上限，单位秒（30）
  --connect-timeout S  建立连接的时间上限，单位秒
  -L, --location       跟随重定向（--max-redirs N）
  --retries N          对连接失败、429 和 503 重试（遵守 Retry-After）
  -H, --header, -A, --user-agent, -k, --insecure   与 curl 相同
  -I, --head           发送 HEAD；被拒绝时（405、501）改用 GET 重发
  --json               在标准输出上为每个 URL 写一行 JSON
  --csv FILE           同时把结果写成 CSV
  --state FILE         记住验证器和哈希值（SQLite）；--resume 继续一次被中断的运行
  --fail-on LIST       当某个 URL 的状态类别或错误在列表中时以 1 退出（4xx,5xx,error）
  -q, --quiet          不显示进度行

退出码：运行完成即为 0，无论状态码如何；--fail-on 命中时为 1；用法错误为 2；按 Ctrl+C 后为 130（会先写好状态文件）。
</translation>
    </message>
    <message>
        <source>%1 is not a file of URLs.</source>
        <translation>%1 不是 URL 列表文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Interrupted; the state keeps every URL reported above.
</source>
        <translation>已中断；状态文件保留了上面报告过的每个 URL。
</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>%1 expects a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 需要 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>%1 expects a number of seconds above 0 and at most %2, not &quot;%3&quot;.</source>
        <translation>%1 需要大于 0、不超过 %2 的秒数，而不是“%3”。</translation>
    </message>
    <message>
        <source>--fail-on takes a list of 1xx, 2xx, 3xx, 4xx, 5xx and error, not &quot;%1&quot;.</source>
        <translation>--fail-on 接受由 1xx、2xx、3xx、4xx、5xx 和 error 组成的列表，而不是“%1”。</translation>
    </message>
    <message>
        <source>Option %1 is not one of check&apos;s; see httplens-cli check --help.</source>
        <translation>%1 不是 check 的选项；请查看 httplens-cli check --help。</translation>
    </message>
    <message>
        <source>Give one list of URLs (a file, or - for standard input).</source>
        <translation>请给出一个 URL 列表（一个文件，或用 - 表示标准输入）。</translation>
    </message>
    <message>
        <source>Give either a list of URLs or --sitemap, not both.</source>
        <translation>请给出 URL 列表或 --sitemap，二者只能选一。</translation>
    </message>
    <message>
        <source>--resume continues the run of a --state file; give --state FILE too.</source>
        <translation>--resume 继续的是某个 --state 文件中的运行；请同时给出 --state 文件。</translation>
    </message>
    <message>
        <source>There is no URL to check.</source>
        <translation>没有要检查的 URL。</translation>
    </message>
</context>
<context>
    <name>HttpLens::CheckState</name>
    <message>
        <source>The state file cannot be used: %1</source>
        <translation>无法使用状态文件：%1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian: libqt6sql6-sqlite).</source>
        <translation>缺少 Qt 的 SQLite 驱动（Debian：libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The state file %1 cannot be opened: %2</source>
        <translation>无法打开状态文件 %1：%2</translation>
    </message>
    <message>
        <source>The state file cannot be written: %1</source>
        <translation>无法写入状态文件：%1</translation>
    </message>
</context>
<context>
    <name>HttpLens::Sitemap</name>
    <message>
        <source>The gzip decoder could not start.</source>
        <translation>gzip 解码器无法启动。</translation>
    </message>
    <message>
        <source>The compressed sitemap unpacks to more than %1 MB.</source>
        <translation>压缩的站点地图解压后超过 %1 MB。</translation>
    </message>
    <message>
        <source>The gzip data is damaged or cut off.</source>
        <translation>gzip 数据已损坏或不完整。</translation>
    </message>
    <message>
        <source>The sitemap is larger than %1 MB.</source>
        <translation>站点地图大于 %1 MB。</translation>
    </message>
    <message>
        <source>The sitemap is empty.</source>
        <translation>站点地图是空的。</translation>
    </message>
    <message>
        <source>This is no sitemap: its root element is &lt;%1&gt;, not &lt;urlset&gt; or &lt;sitemapindex&gt;.</source>
        <translation>这不是站点地图：它的根元素是 &lt;%1&gt;，而不是 &lt;urlset&gt; 或 &lt;sitemapindex&gt;。</translation>
    </message>
    <message>
        <source>The sitemap lists more than %1 entries, the most the protocol allows.</source>
        <translation>站点地图列出的条目超过 %1 个，即协议允许的上限。</translation>
    </message>
    <message>
        <source>The sitemap is not well-formed XML (line %1): %2</source>
        <translation>站点地图不是格式正确的 XML（第 %1 行）：%2</translation>
    </message>
    <message>
        <source>The sitemap %1 could not be fetched: %2</source>
        <translation>无法获取站点地图 %1：%2</translation>
    </message>
    <message>
        <source>The sitemap %1 answered %2, not 200.</source>
        <translation>站点地图 %1 返回了 %2，而不是 200。</translation>
    </message>
    <message>
        <source>The sitemap %1 is larger than %2 MB.</source>
        <translation>站点地图 %1 大于 %2 MB。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>More than %1 URLs: the rest are not checked.</source>
        <translation>URL 超过 %1 个：其余的不再检查。</translation>
    </message>
    <message>
        <source>%1: a sitemap index inside an index inside an index is not followed.</source>
        <translation>%1：嵌套三层的站点地图索引不会被读取。</translation>
    </message>
    <message>
        <source>More than %1 sitemaps: the rest are not read.</source>
        <translation>站点地图超过 %1 个：其余的不再读取。</translation>
    </message>
</context>
<context>
    <name>HttpLens::UrlList</name>
    <message>
        <source>Line %1 is longer than %2 kB.</source>
        <translation>第 %1 行超过 %2 kB。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>HttpLens::CheckResultsModel</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>%1 (curl %2)</source>
        <translation>%1（curl %2）</translation>
    </message>
    <message>
        <source>%1
ended at %2</source>
        <translation>%1
最终到达 %2</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Redirects</source>
        <translation>重定向</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <source>Error or note</source>
        <translation>错误或说明</translation>
    </message>
</context>
</TS>
