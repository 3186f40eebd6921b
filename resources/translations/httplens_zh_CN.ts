<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HttpLens::AgeCalculation</name>
    <message>
        <source>apparent age = max(0, response time %1 − Date %2) = %3 s</source>
        <translation>表观年龄 = max(0, 响应时间 %1 − Date %2) = %3 秒</translation>
    </message>
    <message>
        <source>apparent age = 0 s (the response had no Date)</source>
        <translation>表观年龄 = 0 秒（响应没有 Date）</translation>
    </message>
    <message>
        <source>response delay = response time %1 − request time %2 = %3 s</source>
        <translation>响应延迟 = 响应时间 %1 − 请求时间 %2 = %3 秒</translation>
    </message>
    <message>
        <source>corrected Age value = Age %1 + response delay %2 = %3 s</source>
        <translation>校正后的 Age 值 = Age %1 + 响应延迟 %2 = %3 秒</translation>
    </message>
    <message>
        <source>corrected initial age = max(apparent age %1, corrected Age value %2) = %3 s</source>
        <translation>校正后的初始年龄 = max(表观年龄 %1, 校正后的 Age 值 %2) = %3 秒</translation>
    </message>
    <message>
        <source>resident time = now %1 − response time %2 = %3 s</source>
        <translation>驻留时间 = 现在 %1 − 响应时间 %2 = %3 秒</translation>
    </message>
    <message>
        <source>current age = corrected initial age %1 + resident time %2 = %3 s</source>
        <translation>当前年龄 = 校正后的初始年龄 %1 + 驻留时间 %2 = %3 秒</translation>
    </message>
</context>
<context>
    <name>HttpLens::BodyDiff</name>
    <message>
        <source>The bodies differ in too many lines for a line-by-line match: the differing part is shown removed, then added.</source>
        <translation>两个响应体不同的行太多，无法逐行匹配：不同的部分先显示为删除，再显示为新增。</translation>
    </message>
    <message>
        <source>Bodies over %1 MiB are compared by size and SHA-256 only.</source>
        <translation>超过 %1 MiB 的响应体只比较大小和 SHA-256。</translation>
    </message>
    <message>
        <source>Bodies of more than %1 lines are compared by size and SHA-256 only.</source>
        <translation>超过 %1 行的响应体只比较大小和 SHA-256。</translation>
    </message>
    <message>
        <source>The JSON is the same once normalised: only the order of keys or the spacing differs.</source>
        <translation>规范化之后 JSON 相同：只有键的顺序或空白不同。</translation>
    </message>
</context>
<context>
    <name>HttpLens::BrowserCache</name>
    <message>
        <source>No complete response: nothing to store.</source>
        <translation>没有完整的响应：没有可保存的内容。</translation>
    </message>
    <message>
        <source>Stored. %1</source>
        <translation>已保存。%1</translation>
    </message>
    <message>
        <source>%1: (none) → %2</source>
        <translation>%1：（无）→ %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>No stored header field changed.</source>
        <translation>保存的头字段没有变化。</translation>
    </message>
    <message>
        <source>Not stored. %1</source>
        <translation>未保存。%1</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be read: %2</source>
        <translation>无法读取缓存文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>HttpLens::CacheDecision</name>
    <message>
        <source>freshness lifetime = s-maxage = %1 s (a shared cache)</source>
        <translation>新鲜度有效期 = s-maxage = %1 秒（共享缓存）</translation>
    </message>
    <message>
        <source>freshness lifetime = max-age = %1 s</source>
        <translation>新鲜度有效期 = max-age = %1 秒</translation>
    </message>
    <message>
        <source>freshness lifetime = Expires − Date = %1 s</source>
        <translation>新鲜度有效期 = Expires − Date = %1 秒</translation>
    </message>
    <message>
        <source>freshness lifetime = 10% of (Date − Last-Modified) = 10% of %1 s = %2 s (heuristic, RFC 9111 §4.2.2)</source>
        <translation>新鲜度有效期 = (Date − Last-Modified) 的 10% = %1 秒的 10% = %2 秒（启发式，RFC 9111 §4.2.2）</translation>
    </message>
    <message>
        <source>freshness lifetime = 0 s (no max-age, Expires or Last-Modified)</source>
        <translation>新鲜度有效期 = 0 秒（没有 max-age、Expires 或 Last-Modified）</translation>
    </message>
    <message>
        <source>Nothing is stored for this URL.</source>
        <translation>这个 URL 没有保存任何响应。</translation>
    </message>
    <message>
        <source>Stored: %1, received %2.</source>
        <translation>已保存：%1，收到于 %2。</translation>
    </message>
    <message>
        <source>fresh: age %1 s &lt; lifetime %2 s, so no request is sent</source>
        <translation>新鲜：年龄 %1 秒 &lt; 有效期 %2 秒，所以不发送请求</translation>
    </message>
    <message>
        <source>immutable: even a reload would not revalidate it while it is fresh.</source>
        <translation>immutable：新鲜期内连刷新都不会重新验证它。</translation>
    </message>
    <message>
        <source>no-cache: a stored response is used only after revalidation.</source>
        <translation>no-cache：保存的响应只有在重新验证之后才能使用。</translation>
    </message>
    <message>
        <source>stale: age %1 s ≥ lifetime %2 s, %3 s past it</source>
        <translation>已过期：年龄 %1 秒 ≥ 有效期 %2 秒，超出 %3 秒</translation>
    </message>
    <message>
        <source>must-revalidate: a stale copy is never served without asking, not even when the server cannot be reached.</source>
        <translation>must-revalidate：过期的副本不询问服务器就绝不使用，即使服务器无法连接也是如此。</translation>
    </message>
    <message>
        <source>stale-while-revalidate=%1: served stale now, revalidated in the background (RFC 5861)</source>
        <translation>stale-while-revalidate=%1：现在先用过期的副本，同时在后台重新验证（RFC 5861）</translation>
    </message>
    <message>
        <source>no ETag or Last-Modified to revalidate with: the whole response is fetched again</source>
        <translation>没有可用于重新验证的 ETag 或 Last-Modified：重新获取整个响应</translation>
    </message>
    <message>
        <source>serve from the cache without a request: fresh, age %1 s of %2 s</source>
        <translation>不发请求，直接从缓存提供：新鲜，年龄 %1 秒，有效期 %2 秒</translation>
    </message>
    <message>
        <source>serve the stale copy and revalidate in the background</source>
        <translation>先提供过期的副本，并在后台重新验证</translation>
    </message>
    <message>
        <source>revalidate with %1</source>
        <translation>用 %1 重新验证</translation>
    </message>
    <message>
        <source>download it again</source>
        <translation>重新下载</translation>
    </message>
    <message>
        <source>download it</source>
        <translation>下载</translation>
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
    <name>HttpLens::Capture</name>
    <message>
        <source>Usage: httplens-cli capture [options] [-- COMMAND [ARGS...]]

Runs HTTP Lens&apos;s recording proxy on loopback and records every exchange that goes through it
in the history, HTTPS included (with a CA of its own). With a COMMAND it runs the command with
its environment set to use the proxy and trust the CA, prints a line per exchange as it
completes, and exits with the command&apos;s exit code. Without one it runs until Ctrl+C and prints
the lines to paste into another shell.

  --port N            listen on port N (default 8899; 0: any free port)
  --reverse URL       a reverse proxy in front of URL: clients need no proxy setting
  --passthrough HOST  pass CONNECT to HOST through untouched (repeatable)
  -k, --insecure      do not verify the servers&apos; certificates
  --via               add a Via field to requests and responses
  --json              one JSON object per exchange instead of a line
  --har FILE          also write the exchanges to FILE (HAR 1.2)
  --log FILE          write the lines to FILE (default: standard output, standard error
                      while a COMMAND runs)
  -q, --quiet         no line per exchange
  --data-dir DIR      the folder of the history and the CA (default: the window&apos;s)
  --no-history        do not add the exchanges to the history
  --listen ADDRESS    listen elsewhere than 127.0.0.1 (needs --allow-remote and --auth)
  --allow-remote      allow --listen on an address other machines reach
  --auth USER:PASS    the credentials clients must give the proxy
  --ca                where the CA is and how each program trusts it, then exit

</source>
        <translation>用法：httplens-cli capture [选项] [-- 命令 [参数...]]

在本机回环地址上运行 HTTP Lens 的录制代理，把经过它的每一次交互都记入历史，
HTTPS 也不例外（使用它自己的 CA）。给出命令时，它运行该命令，并为其设置好使用代理、
信任该 CA 的环境变量；每完成一次交互打印一行；最后以该命令的退出码退出。
不给命令时，它一直运行到按下 Ctrl+C，并打印可粘贴到另一个 shell 中的设置行。

  --port N            在端口 N 上监听（默认 8899；0：任意空闲端口）
  --reverse URL       作为 URL 前面的反向代理：客户端无需任何代理设置
  --passthrough 主机  对该主机的 CONNECT 原样转发，不作解密（可重复）
  -k, --insecure      不验证服务器的证书
  --via               在请求和响应中加上 Via 头
  --json              每次交互输出一个 JSON 对象，而不是一行文字
  --har 文件          同时把交互写入该文件（HAR 1.2）
  --log 文件          把各行写入该文件（默认：标准输出；运行命令时为标准错误）
  -q, --quiet         不为每次交互打印一行
  --data-dir 目录     历史和 CA 所在的文件夹（默认：与窗口相同）
  --no-history        不把交互加入历史
  --listen 地址       在 127.0.0.1 以外的地址上监听（需要 --allow-remote 和 --auth）
  --allow-remote      允许 --listen 使用其他机器能访问的地址
  --auth 用户:密码    客户端必须向代理提供的凭据
  --ca                显示 CA 的位置以及各个程序如何信任它，然后退出

</translation>
    </message>
    <message>
        <source>httplens-cli capture: %1 needs a value.
</source>
        <translation>httplens-cli capture：%1 需要一个值。
</translation>
    </message>
    <message>
        <source>httplens-cli capture: --port expects a number from 0 to 65535, not &quot;%1&quot;.
</source>
        <translation>httplens-cli capture：--port 需要 0 到 65535 之间的数字，而不是“%1”。
</translation>
    </message>
    <message>
        <source>httplens-cli capture: --listen expects an IP address, not &quot;%1&quot;.
</source>
        <translation>httplens-cli capture：--listen 需要一个 IP 地址，而不是“%1”。
</translation>
    </message>
    <message>
        <source>httplens-cli capture: unknown argument &quot;%1&quot;.
</source>
        <translation>httplens-cli capture：未知参数“%1”。
</translation>
    </message>
    <message>
        <source>httplens-cli capture: --listen %1 lets other machines use the proxy; add --allow-remote and --auth USER:PASS if that is what you want.
</source>
        <translation>httplens-cli capture：--listen %1 会让其他机器也能使用这个代理；如果这正是你想要的，请加上 --allow-remote 和 --auth 用户:密码。
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Its SHA-256 fingerprint: %1
</source>
        <translation>它的 SHA-256 指纹：%1
</translation>
    </message>
    <message>
        <source>httplens-cli capture: cannot run %1: %2
</source>
        <translation>httplens-cli capture：无法运行 %1：%2
</translation>
    </message>
    <message>
        <source>HTTP Lens is capturing on %1. Ctrl+C stops it.
In another shell (bash, zsh):
%2
fish:
%3
</source>
        <translation>HTTP Lens 正在 %1 上录制。按 Ctrl+C 停止。
在另一个 shell 中（bash、zsh）：
%2
fish：
%3
</translation>
    </message>
</context>
<context>
    <name>HttpLens::Capture::CaptureSession</name>
    <message>
        <source>Listening on %1 lets other machines use the proxy: it needs --allow-remote and --auth USER:PASSWORD.</source>
        <translation>在 %1 上监听会让其他机器也能使用这个代理：需要 --allow-remote 和 --auth 用户:密码。</translation>
    </message>
    <message>
        <source>--auth takes USER:PASSWORD.</source>
        <translation>--auth 的格式是 用户:密码。</translation>
    </message>
    <message>
        <source>--reverse takes the origin&apos;s URL, as in http://127.0.0.1:8080.</source>
        <translation>--reverse 需要源服务器的 URL，例如 http://127.0.0.1:8080。</translation>
    </message>
    <message>
        <source>The capture proxy cannot listen on %1:%2: %3</source>
        <translation>录制代理无法在 %1:%2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>HttpLens::Capture::CertificateAuthority</name>
    <message>
        <source>OpenSSL could not make a key for the capture&apos;s certificates.</source>
        <translation>OpenSSL 无法为录制所用的证书生成密钥。</translation>
    </message>
    <message>
        <source>Another HTTP Lens holds the lock on the capture&apos;s CA in %1.</source>
        <translation>另一个 HTTP Lens 正锁定着 %1 中录制所用的 CA。</translation>
    </message>
    <message>
        <source>The capture&apos;s CA in %1 could not be read; it was moved aside and a new one made. Programs that trusted the old one must be told to trust the new one.</source>
        <translation>%1 中录制所用的 CA 无法读取；已把它移到一旁并生成了新的 CA。信任旧 CA 的程序需要改为信任新的。</translation>
    </message>
    <message>
        <source>OpenSSL could not make the capture&apos;s CA.</source>
        <translation>OpenSSL 无法生成录制所用的 CA。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Capture::Forwarding</name>
    <message>
        <source>The request target &quot;%1&quot; names no host and port to forward to.</source>
        <translation>请求目标“%1”没有给出要转发到的主机和端口。</translation>
    </message>
    <message>
        <source>HTTP Lens is a proxy here: a request to it must name the server, as in &quot;GET http://host/path&quot;. Set it as the program&apos;s proxy (HTTP_PROXY), or start the capture with --reverse URL to put it in front of one server.</source>
        <translation>这里的 HTTP Lens 是一个代理：发给它的请求必须指明服务器，例如“GET http://host/path”。请把它设为程序的代理（HTTP_PROXY），或者用 --reverse URL 启动录制，让它站在某一台服务器前面。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Capture::Proxy</name>
    <message>
        <source>CONNECT needs a host and a port, as in &quot;CONNECT example.com:443&quot;; it named &quot;%1&quot;.</source>
        <translation>CONNECT 需要主机和端口，例如“CONNECT example.com:443”；它给出的是“%1”。</translation>
    </message>
    <message>
        <source>The CONNECT names the capture proxy itself (%1:%2); forwarding it would loop.</source>
        <translation>这个 CONNECT 指向录制代理自己（%1:%2）；转发它会形成循环。</translation>
    </message>
    <message>
        <source>HTTP Lens could not connect to %1: %2</source>
        <translation>HTTP Lens 无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>An Upgrade request with a body is not relayed.</source>
        <translation>带请求体的 Upgrade 请求不会被转发。</translation>
    </message>
    <message>
        <source>HTTP Lens could not get a response from %1: %2</source>
        <translation>HTTP Lens 没能从 %1 得到响应：%2</translation>
    </message>
    <message>
        <source>The server&apos;s response head is too large.</source>
        <translation>服务器的响应头部太大。</translation>
    </message>
    <message>
        <source>The request names the capture proxy itself (%1:%2); forwarding it would loop.</source>
        <translation>这个请求指向录制代理自己（%1:%2）；转发它会形成循环。</translation>
    </message>
    <message>
        <source>This proxy needs a user name and password (Proxy-Authorization).</source>
        <translation>这个代理需要用户名和密码（Proxy-Authorization）。</translation>
    </message>
    <message>
        <source>The program closed the connection before the response was complete.</source>
        <translation>程序在响应完成之前关闭了连接。</translation>
    </message>
    <message numerus="yes">
        <source>The request head did not arrive whole within %n second(s).</source>
        <translation>
            <numerusform>请求头部没有在 %n 秒内完整到达。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::Capture::Tls</name>
    <message>
        <source>OpenSSL could not start a TLS session.</source>
        <translation>OpenSSL 无法开始 TLS 会话。</translation>
    </message>
    <message>
        <source>No certificate can be made for the name &quot;%1&quot;.</source>
        <translation>无法为名称“%1”生成证书。</translation>
    </message>
    <message>
        <source>The program refused the certificate HTTP Lens made for %1 (TLS alert %2): it does not trust HTTP Lens&apos;s CA.</source>
        <translation>程序拒绝了 HTTP Lens 为 %1 生成的证书（TLS 警报 %2）：它不信任 HTTP Lens 的 CA。</translation>
    </message>
    <message>
        <source>The TLS handshake with the program failed: %1.</source>
        <translation>与程序之间的 TLS 握手失败：%1。</translation>
    </message>
    <message>
        <source>The program closed the connection after HTTP Lens sent its certificate for %1, without saying why: most likely it does not trust HTTP Lens&apos;s CA.</source>
        <translation>HTTP Lens 发出为 %1 生成的证书后，程序没有说明原因就关闭了连接：最可能的原因是它不信任 HTTP Lens 的 CA。</translation>
    </message>
    <message>
        <source>The program closed the connection before the TLS handshake with HTTP Lens was done.</source>
        <translation>与 HTTP Lens 的 TLS 握手完成之前，程序就关闭了连接。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Capture::TrustAdvice</name>
    <message>
        <source>Python reads SSL_CERT_FILE (urllib, aiohttp) and REQUESTS_CA_BUNDLE (requests): set both to %1.</source>
        <translation>Python 读取 SSL_CERT_FILE（urllib、aiohttp）和 REQUESTS_CA_BUNDLE（requests）：把两者都设为 %1。</translation>
    </message>
    <message>
        <source>Node adds the certificates of NODE_EXTRA_CA_CERTS to its own: set it to %1.</source>
        <translation>Node 会把 NODE_EXTRA_CA_CERTS 中的证书加到它自己的证书之外：把它设为 %1。</translation>
    </message>
    <message>
        <source>curl reads CURL_CA_BUNDLE: set it to %1 (or pass --cacert %1).</source>
        <translation>curl 读取 CURL_CA_BUNDLE：把它设为 %1（或者传入 --cacert %1）。</translation>
    </message>
    <message>
        <source>wget reads no variable for this: pass --ca-certificate=%1 (or put &quot;ca_certificate = %1&quot; in the file WGETRC names).</source>
        <translation>wget 不读取这类环境变量：请传入 --ca-certificate=%1（或者在 WGETRC 所指的文件中写上“ca_certificate = %1”）。</translation>
    </message>
    <message>
        <source>Tell the program to trust %1: SSL_CERT_FILE=%2 for Python, curl, Go and Ruby, REQUESTS_CA_BUNDLE=%2 for Python requests, NODE_EXTRA_CA_CERTS=%1 for Node (httplens-cli capture --ca says more).</source>
        <translation>请让程序信任 %1：Python、curl、Go 和 Ruby 用 SSL_CERT_FILE=%2，Python requests 用 REQUESTS_CA_BUNDLE=%2，Node 用 NODE_EXTRA_CA_CERTS=%1（httplens-cli capture --ca 有更多说明）。</translation>
    </message>
    <message>
        <source>HTTP Lens&apos;s CA: %1
A bundle of the system&apos;s CAs plus HTTP Lens&apos;s: %2

`httplens-cli capture -- COMMAND` sets all of this for the command it runs. By hand, per runtime:
  Python (urllib, http.client, aiohttp)  SSL_CERT_FILE=%2
  Python requests, httpx                 REQUESTS_CA_BUNDLE=%2
  Node.js                                NODE_EXTRA_CA_CERTS=%1
  curl                                   CURL_CA_BUNDLE=%2 (or --cacert %2)
  wget                                   --ca-certificate=%2
  Go, Ruby, OpenSSL&apos;s tools              SSL_CERT_FILE=%2
  Every program on this machine (Debian) copy %1 to /usr/local/share/ca-certificates/httplens-ca.crt, then run update-ca-certificates

Browsers keep their own stores:
  Firefox   Settings → Privacy &amp; Security → Certificates → View Certificates → Authorities → Import: choose %1 and tick &quot;Trust this CA to identify websites&quot;. Proxy: Settings → Network Settings → Manual proxy configuration, HTTP and HTTPS proxy %3.
  Chromium  Settings → Privacy and security → Security → Manage certificates → Authorities → Import %1, or: certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n &quot;HTTP Lens&quot; -i %1. Proxy: start it with --proxy-server=%3.

Remove the trust when you are done: anyone with the key in the data folder could read what those programs send.
</source>
        <translation>HTTP Lens 的 CA：%1
系统 CA 加上 HTTP Lens 的 CA 合成的证书包：%2

`httplens-cli capture -- 命令` 会为它运行的命令设置好这一切。如果手动设置，各运行环境分别是：
  Python（urllib、http.client、aiohttp）  SSL_CERT_FILE=%2
  Python requests、httpx                  REQUESTS_CA_BUNDLE=%2
  Node.js                                 NODE_EXTRA_CA_CERTS=%1
  curl                                    CURL_CA_BUNDLE=%2（或 --cacert %2）
  wget                                    --ca-certificate=%2
  Go、Ruby、OpenSSL 的工具                SSL_CERT_FILE=%2
  本机的所有程序（Debian）                把 %1 复制为 /usr/local/share/ca-certificates/httplens-ca.crt，再运行 update-ca-certificates

浏览器使用各自的证书库：
  Firefox   设置 → 隐私与安全 → 证书 → 查看证书 → 证书颁发机构 → 导入：选择 %1，并勾选“信任由此证书颁发机构来标识网站”。代理：设置 → 网络设置 → 手动配置代理，HTTP 和 HTTPS 代理均为 %3。
  Chromium  设置 → 隐私和安全 → 安全 → 管理证书 → 授权机构 → 导入 %1，或者：certutil -d sql:$HOME/.pki/nssdb -A -t C,, -n &quot;HTTP Lens&quot; -i %1。代理：用 --proxy-server=%3 启动它。

用完之后请撤销这份信任：任何拿到数据文件夹中密钥的人，都能读到这些程序发送的内容。
</translation>
    </message>
    <message>
        <source>Programs that ignore HTTP_PROXY and HTTPS_PROXY are not captured unless told: aiohttp needs ClientSession(trust_env=True); Node&apos;s fetch and http modules read them only with NODE_USE_ENV_PROXY=1, from Node 24 on (older versions need a proxy agent); browsers need their own proxy setting.</source>
        <translation>不读取 HTTP_PROXY 和 HTTPS_PROXY 的程序，除非另行设置，否则不会被录制：aiohttp 需要 ClientSession(trust_env=True)；Node 的 fetch 和 http 模块从 Node 24 起，且要设置 NODE_USE_ENV_PROXY=1，才读取它们（更早的版本需要代理 agent）；浏览器需要在自己的设置中指定代理。</translation>
    </message>
</context>
<context>
    <name>HttpLens::CaptureReport</name>
    <message>
        <source>%1, tunnel: %2 up, %3 down</source>
        <translation>%1，隧道：上行 %2，下行 %3</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation>%1 %2，%3，%4</translation>
    </message>
    <message>
        <source> (HTTPS, intercepted)</source>
        <translation>（HTTPS，已解密录制）</translation>
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
    <message>
        <source>%1 expects a number of requests per second above 0 and at most %2, not &quot;%3&quot;.</source>
        <translation>%1 需要大于 0、不超过 %2 的每秒请求数，而不是“%3”。</translation>
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
<context>
    <name>HttpLens::CheckState</name>
    <message>
        <source>The state file cannot be used: %1</source>
        <translation>无法使用状态文件：%1</translation>
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
    <name>HttpLens::Comparison</name>
    <message>
        <source>A 304 Not Modified carries no body: the client goes on using the body it stored, which has not changed (RFC 9111 §4.3.4).</source>
        <translation>304 Not Modified 不带响应体：客户端继续使用它保存的响应体，那个响应体没有变化（RFC 9111 §4.3.4）。</translation>
    </message>
    <message>
        <source>One response carries no body by definition (a 204, or the answer to HEAD): there is nothing to compare.</source>
        <translation>其中一个响应按定义就没有响应体（204，或对 HEAD 的回答）：没有什么可比较的。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Composition</name>
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
        <translation>JSON 请求体无效。%1</translation>
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
    <message>
        <source>From the program&apos;s captured request</source>
        <translation>来自程序被录制的请求</translation>
    </message>
</context>
<context>
    <name>HttpLens::ConnectionSummary</name>
    <message>
        <source>switched off (insecure); the chain would have verified</source>
        <translation>已关闭（不安全）；证书链本可以通过验证</translation>
    </message>
    <message>
        <source>switched off (insecure); the check failed: %1 (%2) and the certificate was used anyway</source>
        <translation>已关闭（不安全）；检查未通过：%1（%2），但证书仍被使用</translation>
    </message>
    <message>
        <source>the chain verified</source>
        <translation>证书链验证通过</translation>
    </message>
    <message>
        <source>failed: %1 (%2)</source>
        <translation>失败：%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2 · certificate: %3</source>
        <translation>%1 · %2 · 证书：%3</translation>
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
    <name>HttpLens::CurlOptions</name>
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
    <message>
        <source>&quot;@-&quot; reads standard input, which a pasted command does not have; put the data in the command or in a file.</source>
        <translation>“@-”表示从标准输入读取，而粘贴的命令没有标准输入；请把数据直接写进命令或放进文件。</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1.</source>
        <translation>无法读取标准输入：%1。</translation>
    </message>
    <message>
        <source>-b - reads cookies from standard input, which a pasted command does not have.</source>
        <translation>-b - 表示从标准输入读取 Cookie，而粘贴的命令没有标准输入。</translation>
    </message>
    <message>
        <source>--max-filesize expects a number of bytes (with k, M or G if you like), not &quot;%1&quot;.</source>
        <translation>--max-filesize 需要一个字节数（可以带 k、M 或 G），而不是“%1”。</translation>
    </message>
    <message>
        <source>-z/--time-cond: &quot;%1&quot; is a date outside the years 1 to 9999, which an HTTP date cannot carry.</source>
        <translation>-z/--time-cond：“%1”是 1 到 9999 年之外的日期，HTTP 日期无法表示。</translation>
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
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>无法创建 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot make %1 private.</source>
        <translation>无法把 %1 设为仅本人可读写。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Engine</name>
    <message>
        <source>Nothing was sent. Correct the request and send it again.</source>
        <translation>什么也没有发送。请修正请求后再发送。</translation>
    </message>
</context>
<context>
    <name>HttpLens::EnvironmentFiles</name>
    <message>
        <source>%1 is not a JSON object of environments (%2).</source>
        <translation>%1 不是由各个环境组成的 JSON 对象（%2）。</translation>
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
    <name>HttpLens::Explain</name>
    <message>
        <source>  Class: %1xx %2
</source>
        <translation>  类别：%1xx %2
</translation>
    </message>
    <message>
        <source>  Defined in: %1 · cacheable by default
</source>
        <translation>  定义：%1 · 默认可缓存
</translation>
    </message>
    <message>
        <source>  Defined in: %1 · not cacheable by default
</source>
        <translation>  定义：%1 · 默认不可缓存
</translation>
    </message>
    <message>
        <source>  Unofficial code, used by %1 (not in the IANA registry)
</source>
        <translation>  非官方状态码，来源：%1（未在 IANA 注册）
</translation>
    </message>
    <message>
        <source>  A request header · defined in: %1
</source>
        <translation>  请求头 · 定义：%1
</translation>
    </message>
    <message>
        <source>  A response header · defined in: %1
</source>
        <translation>  响应头 · 定义：%1
</translation>
    </message>
    <message>
        <source>  A request and response header · defined in: %1
</source>
        <translation>  请求头和响应头 · 定义：%1
</translation>
    </message>
    <message>
        <source>  Example: %1
</source>
        <translation>  示例：%1
</translation>
    </message>
    <message>
        <source>httplens-cli explain: %1 is larger than 512 MiB.
</source>
        <translation>httplens-cli explain：%1 超过 512 MiB。
</translation>
    </message>
    <message>
        <source>httplens-cli explain: cannot read %1: %2
</source>
        <translation>httplens-cli explain：无法读取 %1：%2
</translation>
    </message>
    <message>
        <source>httplens-cli explain: %1: %2
</source>
        <translation>httplens-cli explain：%1：%2
</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <source>Entry %1: %2 → %3 (%4 hops)</source>
        <translation>第 %1 项：%2 → %3（%4 跳）</translation>
    </message>
    <message>
        <source>Entry %1: %2 → %3</source>
        <translation>第 %1 项：%2 → %3</translation>
    </message>
    <message>
        <source>The HAR file has no entries.
</source>
        <translation>这个 HAR 文件中没有条目。
</translation>
    </message>
    <message>
        <source>httplens-cli explain: %1
</source>
        <translation>httplens-cli explain：%1
</translation>
    </message>
    <message>
        <source>httplens-cli explain: &quot;%1&quot; is neither a status code nor a header in the catalogue.
</source>
        <translation>httplens-cli explain：“%1”既不是状态码，也不是目录中的头字段。
</translation>
    </message>
    <message>
        <source>  %1 s later (%2): %3
</source>
        <translation>  %1 秒之后（%2）：%3
</translation>
    </message>
    <message>
        <source>Usage: httplens-cli explain CODE|HEADER... [--lang en|zh_CN]

Explains HTTP status codes: every code in the IANA registry and the unofficial ones
people meet (nginx, Cloudflare, AWS, IIS, ...). Any other number from 100 to 599 is
explained by its class; numbers outside that range are not HTTP status codes.
Also explains request and response headers by name (explain etag), and with
--har FILE gives the findings for every exchange in a HAR file; with --at +SECONDS
(or +30m, +2h, +1d) it also says what a browser&apos;s cache would do that much later.
</source>
        <translation>用法：httplens-cli explain 状态码|头字段名... [--lang en|zh_CN]

解释 HTTP 状态码：IANA 注册表中的每一个状态码，以及人们常会遇到的非官方状态码
（nginx、Cloudflare、AWS、IIS 等）。100 到 599 之间的其他数字按其类别解释；
超出这个范围的数字不是 HTTP 状态码。
也可以按名称解释请求头和响应头（explain etag）；使用 --har 文件 时，
给出 HAR 文件中每次交互的诊断；再加上 --at +秒数（或 +30m、+2h、+1d），
还会说明浏览器缓存在那么久之后会怎么做。
</translation>
    </message>
    <message>
        <source>httplens-cli explain: --at takes +SECONDS, +MINUTESm, +HOURSh or +DAYSd, at most ten years.
</source>
        <translation>httplens-cli explain：--at 接受 +秒数、+分钟数m、+小时数h 或 +天数d，最多十年。
</translation>
    </message>
    <message>
        <source>httplens-cli explain: --at needs --har FILE.
</source>
        <translation>httplens-cli explain：--at 需要与 --har 文件 一起使用。
</translation>
    </message>
    <message>
        <source>Against the earlier entries (a browser&apos;s cache)
</source>
        <translation>对照前面的条目（浏览器缓存）
</translation>
    </message>
</context>
<context>
    <name>HttpLens::FileReadRule</name>
    <message>
        <source>%1 (that is %2)</source>
        <translation>%1（即 %2）</translation>
    </message>
    <message>
        <source>%1, %2,</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is a system file (under /proc, /sys or /dev); it is not read without your consent.</source>
        <translation>%1 是系统文件（位于 /proc、/sys 或 /dev 下）；未经你同意不会读取。</translation>
    </message>
    <message>
        <source>%1 is where keys, tokens or passwords are kept; it is not read without your consent.</source>
        <translation>%1 是存放密钥、令牌或密码的地方；未经你同意不会读取。</translation>
    </message>
    <message>
        <source>%1 is outside the folder of the file that asks for it; it is not read without your consent.</source>
        <translation>%1 位于要求读取它的文件所在文件夹之外；未经你同意不会读取。</translation>
    </message>
</context>
<context>
    <name>HttpLens::FileReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than HTTP Lens reads from such a file.</source>
        <translation>%1 超过 %2 MB，超出了 HTTP Lens 从这类文件读取的上限。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 grew beyond %2 MB while it was read.</source>
        <translation>%1 在读取过程中增长到了 %2 MB 以上。</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a NUL character, which no file name can hold.</source>
        <translation>文件名“%1”含有 NUL 字符，任何文件名都不能含有它。</translation>
    </message>
</context>
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
    <message>
        <source>Content-Length is given %1 times (%2). The values agree, so a recipient may use one, but a sender must send it once.</source>
        <translation>Content-Length 出现了 %1 次（%2）。这些值一致，接收方可以取其一，但发送方只应发送一次。</translation>
    </message>
    <message>
        <source>Content-Length is given %1 times with different values (%2): nobody can tell where the body ends, so the response is invalid and a proxy must not forward it.</source>
        <translation>Content-Length 出现了 %1 次且取值不同（%2）：无法判断响应体在哪里结束，因此该响应无效，代理不得转发。</translation>
    </message>
    <message>
        <source>The response has both Transfer-Encoding and Content-Length. Transfer-Encoding wins and the length must be ignored; a sender must not send both, and the pair is how responses are smuggled.</source>
        <translation>响应同时带有 Transfer-Encoding 和 Content-Length。以 Transfer-Encoding 为准，必须忽略长度；发送方不得同时发送两者，这种组合正是响应走私的手段。</translation>
    </message>
    <message>
        <source>Certificate verification was switched off (insecure, -k), and the certificate failed the check: %1. Anyone on the path could have read or changed this exchange.</source>
        <translation>证书验证已关闭（不安全，-k），而且证书未通过检查：%1。传输路径上的任何人都可能读取或篡改这次交互。</translation>
    </message>
    <message>
        <source>Certificate verification was switched off (insecure, -k); the certificate would have passed the check.</source>
        <translation>证书验证已关闭（不安全，-k）；这张证书本可以通过检查。</translation>
    </message>
    <message>
        <source>304 although If-None-Match (%1) does not list the current ETag %2: the server answered from If-Modified-Since, which it must not consult when If-None-Match is present. A change within the same second would be missed.</source>
        <translation>虽然 If-None-Match（%1）不包含当前的 ETag %2，服务器仍返回了 304：它依据的是 If-Modified-Since，而请求带有 If-None-Match 时服务器不得参考这个日期。同一秒内发生的变化会因此被漏掉。</translation>
    </message>
    <message>
        <source>If-Modified-Since %1 is not an HTTP-date, so the server must ignore it. Send the Last-Modified value exactly as received.</source>
        <translation>If-Modified-Since %1 不是 HTTP 日期，所以服务器必须忽略它。请按收到时的原样发送 Last-Modified 的值。</translation>
    </message>
    <message>
        <source>If-Modified-Since %1 is later than the server&apos;s Date %2: a date in the future is not valid, so the server must ignore it.</source>
        <translation>If-Modified-Since %1 晚于服务器的 Date %2：未来的日期无效，所以服务器必须忽略它。</translation>
    </message>
    <message>
        <source>If-Match compares entity tags strongly: the weak tag %1 can never match, so the request fails with 412 whatever the resource.</source>
        <translation>If-Match 用强比较来比较实体标签：弱标签 %1 永远不会匹配，所以无论资源如何，请求都会以 412 失败。</translation>
    </message>
    <message>
        <source>412 Precondition Failed: for %1, a matching If-None-Match means the precondition failed; only GET and HEAD get 304 Not Modified.</source>
        <translation>412 Precondition Failed：对于 %1，If-None-Match 匹配意味着前提条件失败；只有 GET 和 HEAD 才会得到 304 Not Modified。</translation>
    </message>
    <message>
        <source>The ETag %1 differs from the %2 that was sent only by &quot;%3&quot;: the server tags each content coding (%4) of the page differently, so a validator saved from one never matches the other and every revalidation downloads the page again.</source>
        <translation>ETag %1 与发送的 %2 只差“%3”：服务器给页面的每种内容编码（%4）打上不同的标签，所以从一种编码保存的验证器永远不会匹配另一种，每次重新验证都会重新下载整个页面。</translation>
    </message>
    <message>
        <source>200 to a conditional request: the ETag changed from %1 (sent in If-None-Match) to %2, so this is a new representation.</source>
        <translation>条件请求得到 200：ETag 从 %1（在 If-None-Match 中发送）变成了 %2，所以这是一个新的表示。</translation>
    </message>
    <message>
        <source>200 to a conditional request, and the response carries neither ETag nor Last-Modified: this server does not validate this resource, so every request downloads it again. Only a hash of the body can tell whether it changed.</source>
        <translation>条件请求得到 200，而响应既没有 ETag 也没有 Last-Modified：这个服务器不为这个资源提供验证器，所以每次请求都要重新下载。只有响应体的哈希才能看出它是否变化。</translation>
    </message>
    <message>
        <source>HTTP Lens forwarded the request exactly as the program sent it.</source>
        <translation>HTTP Lens 完全按程序发出的样子转发了这个请求。</translation>
    </message>
    <message>
        <source>HTTP Lens forwarded the request as the program sent it, less the fields that belonged to its connection to the proxy (%1).</source>
        <translation>HTTP Lens 按程序发出的样子转发了这个请求，只去掉了属于程序与代理之间那条连接的字段（%1）。</translation>
    </message>
    <message>
        <source>What went to the server differs from what the program sent (beyond the fields of its connection to the proxy). Sent on: %1. Not sent on: %2. The Raw tab shows both.</source>
        <translation>发往服务器的内容与程序发出的不同（属于程序与代理之间连接的字段除外）。多出的：%1。缺少的：%2。“原始”标签页同时显示两者。</translation>
    </message>
    <message>
        <source>The program fetched this URL before and was given ETag %1; the server still has it. Had the program sent If-None-Match: %1, the answer would have been 304 Not Modified, saving %2 of body.</source>
        <translation>程序之前获取过这个 URL，得到的 ETag 是 %1；服务器上的仍是它。如果程序发送了 If-None-Match: %1，回答本会是 304 Not Modified，省下 %2 的响应体。</translation>
    </message>
    <message>
        <source>The program fetched this URL before and was told Last-Modified: %1, which has not changed. Had it sent If-Modified-Since: %1, the answer would have been 304 Not Modified, saving %2 of body.</source>
        <translation>程序之前获取过这个 URL，得到的 Last-Modified 是 %1，至今未变。如果它发送了 If-Modified-Since: %1，回答本会是 304 Not Modified，省下 %2 的响应体。</translation>
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
        <translation>状态码 %1 默认不可缓存，且响应没有给出明确的新鲜度。</translation>
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
        <translation>没有明确的新鲜度：缓存可以按距 Last-Modified 时长的 10% 估算。</translation>
    </message>
    <message>
        <source>The freshness information appears more than once with different values, so the response is treated as stale (RFC 9111 §4.2.1).</source>
        <translation>新鲜度信息出现了多次且取值不同，因此该响应被视为已过期（RFC 9111 §4.2.1）。</translation>
    </message>
    <message>
        <source>Age &quot;%1&quot; is not a non-negative number and is ignored.</source>
        <translation>Age “%1”不是非负整数，已忽略。</translation>
    </message>
    <message>
        <source>The server&apos;s Date is %1 s ahead of this computer&apos;s clock; apparent age counts as 0.</source>
        <translation>服务器的 Date 比本机时钟快 %1 秒；表观年龄按 0 计算。</translation>
    </message>
    <message>
        <source>Cache-Control: no-cache: a stored copy may only be used after revalidation.</source>
        <translation>Cache-Control: no-cache：已存储的副本只有在重新验证之后才能使用。</translation>
    </message>
</context>
<context>
    <name>HttpLens::HarReader</name>
    <message>
        <source>This is not valid JSON (%1 at byte %2).</source>
        <translation>这不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>This JSON is not a HAR file: it has no log.entries array.</source>
        <translation>这个 JSON 不是 HAR 文件：其中没有 log.entries 数组。</translation>
    </message>
</context>
<context>
    <name>HttpLens::HarStreamWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>HttpLens::History</name>
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
    <message>
        <source>captured</source>
        <translation>录制</translation>
    </message>
    <message>
        <source>Captured from %1</source>
        <translation>录制自 %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
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
    <message>
        <source>Cannot lock the history file %1: %2.</source>
        <translation>无法锁定历史文件 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n history entries could not be read.</source>
        <translation>
            <numerusform>有 %n 条历史记录无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot empty the history file %1: %2.</source>
        <translation>无法清空历史文件 %1：%2。</translation>
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
        <source>The variable {{%1}} has no value: define it with @%1 = ... in the file or in the environment.</source>
        <translation>变量 {{%1}} 没有值：请在文件中用 @%1 = ... 定义，或在环境中定义。</translation>
    </message>
    <message>
        <source>The variables of this file expand too far (more than %1 substitutions or %2 MB); check for variables that use each other many times.</source>
        <translation>此文件中的变量展开过度（超过 %1 次替换或 %2 MB）；请检查是否有变量相互多次引用。</translation>
    </message>
    <message>
        <source>Cannot read the body file %1: %2</source>
        <translation>无法读取请求体文件 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The body was read from %1 (%n byte(s)).</source>
        <translation>
            <numerusform>请求体读自 %1（%n 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <source>{{%1}}: $randomInt takes two whole numbers, the lowest value and one past the highest, the first below the second (as in {{$randomInt 1 100}}).</source>
        <translation>{{%1}}：$randomInt 需要两个整数，即最小值和比最大值大一的数，且第一个小于第二个（例如 {{$randomInt 1 100}}）。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a request line, which is a method and a URL, or a URL alone; it is left out.</source>
        <translation>第 %1 行：“%2”不是请求行（请求行是方法加 URL，或只有 URL），已略过。</translation>
    </message>
</context>
<context>
    <name>HttpLens::InspectorSession</name>
    <message>
        <source>{{%1}} has no value: no environment is chosen. Choose one next to the URL or add the variable (Request, Environments).</source>
        <translation>{{%1}} 没有值：尚未选择环境。请在 URL 旁选择一个环境，或添加该变量（“请求”→“环境”）。</translation>
    </message>
    <message>
        <source>{{%1}} has no value in the environment &quot;%2&quot;. Choose another environment next to the URL or add the variable (Request, Environments).</source>
        <translation>{{%1}} 在环境“%2”中没有值。请在 URL 旁选择其他环境，或添加该变量（“请求”→“环境”）。</translation>
    </message>
    <message>
        <source>No response to this URL has carried an ETag or Last-Modified yet, so there is nothing to revalidate with. Send it once first.</source>
        <translation>到目前为止，发往这个 URL 的请求所得到的响应都没有带 ETag 或 Last-Modified，因此没有可用于重新验证的验证器。请先发送一次。</translation>
    </message>
    <message>
        <source>This curl command cannot be imported: %1</source>
        <translation>无法导入这条 curl 命令：%1</translation>
    </message>
    <message>
        <source>Only the first of %1 URLs was opened.</source>
        <translation>共有 %1 个 URL，只打开了第一个。</translation>
    </message>
    <message>
        <source>The .http file has no request %1.</source>
        <translation>.http 文件中没有第 %1 个请求。</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) imported into the history; double-click one to send it again.</source>
        <translation>
            <numerusform>已将 %n 次交互导入历史记录；双击其中一次即可再次发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) exported to %1, secrets kept.</source>
        <translation>
            <numerusform>已将 %n 次交互导出到 %1，保留了其中的机密信息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s) exported to %1, secrets masked.</source>
        <translation>
            <numerusform>已将 %n 次交互导出到 %1，机密信息已遮盖。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个 Cookie。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) imported from %1; %2 line(s) were not cookies.txt lines and were skipped.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个 Cookie；有 %2 行不是 cookies.txt 格式的行，已跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个 Cookie 导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was added to %1.</source>
        <translation>请求已添加到 %1。</translation>
    </message>
    <message>
        <source>Edit %1 at %2.</source>
        <translation>第 %1 次修改，时间 %2。</translation>
    </message>
    <message>
        <source>The lab document &quot;%1&quot; changed: it has a new ETag and Last-Modified now.</source>
        <translation>实验文档“%1”已更改：它现在有了新的 ETag 和 Last-Modified。</translation>
    </message>
</context>
<context>
    <name>HttpLens::InteropFiles</name>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
</context>
<context>
    <name>HttpLens::Lesson</name>
    <message>
        <source>&quot;start&quot; needs a &quot;path&quot; on the practice server, starting with /.</source>
        <translation>&quot;start&quot; 需要练习服务器上的一个 &quot;path&quot;，以 / 开头。</translation>
    </message>
    <message>
        <source>Step %1 needs a title and a text with at least &quot;en&quot;.</source>
        <translation>第 %1 步需要标题和正文，至少要有 &quot;en&quot;。</translation>
    </message>
    <message>
        <source>Step %1 names an unknown action &quot;%2&quot;.</source>
        <translation>第 %1 步指定了未知的操作“%2”。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>A lesson file may be at most 1 MiB.</source>
        <translation>课程文件最多 1 MiB。</translation>
    </message>
    <message>
        <source>The lesson is not a JSON object: %1</source>
        <translation>这个课程不是一个 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The lesson&apos;s &quot;format&quot; must be 1.</source>
        <translation>课程的 &quot;format&quot; 必须是 1。</translation>
    </message>
    <message>
        <source>A lesson needs an &quot;id&quot;, a &quot;title&quot; and from 1 to %1 &quot;steps&quot;.</source>
        <translation>课程需要一个 &quot;id&quot;、一个 &quot;title&quot;，以及 1 到 %1 个 &quot;steps&quot;。</translation>
    </message>
    <message>
        <source>&quot;until&quot; has an unknown criterion &quot;%1&quot;.</source>
        <translation>&quot;until&quot; 含有未知的条件“%1”。</translation>
    </message>
    <message>
        <source>&quot;until&quot; names an unknown event &quot;%1&quot;.</source>
        <translation>&quot;until&quot; 指定了未知的事件“%1”。</translation>
    </message>
    <message>
        <source>&quot;status&quot; takes codes from 100 to 999.</source>
        <translation>&quot;status&quot; 接受 100 到 999 的状态码。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Practice</name>
    <message>
        <source>If-Match: * requires the resource to exist, and it does not.</source>
        <translation>If-Match: * 要求资源存在，而该资源不存在。</translation>
    </message>
    <message>
        <source>No entity tag in If-Match matches the current one %1 by strong comparison.</source>
        <translation>If-Match 中没有任何实体标签能以强比较匹配当前的实体标签 %1。</translation>
    </message>
    <message>
        <source>The resource was modified at %1, after %2.</source>
        <translation>资源在 %1 被修改过，晚于 %2。</translation>
    </message>
    <message>
        <source>If-None-Match: * matches because the resource exists.</source>
        <translation>If-None-Match: * 匹配，因为资源存在。</translation>
    </message>
    <message>
        <source>If-None-Match lists %1, which matches the current entity tag by weak comparison.</source>
        <translation>If-None-Match 列出了 %1，它以弱比较匹配当前的实体标签。</translation>
    </message>
    <message>
        <source>The resource has not been modified since %1 (last modified %2).</source>
        <translation>资源自 %1 以来没有被修改过（最后修改于 %2）。</translation>
    </message>
    <message>
        <source>Cookie lab</source>
        <translation>Cookie 实验</translation>
    </message>
    <message>
        <source>Any user name with the password &lt;code&gt;lens&lt;/code&gt; logs in.</source>
        <translation>任何用户名配上密码 &lt;code&gt;lens&lt;/code&gt; 都能登录。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Wrong user name or password (any user, password lens).</source>
        <translation>用户名或密码错误（用户名任意，密码是 lens）。</translation>
    </message>
    <message>
        <source>Logged in; see /lab/private.</source>
        <translation>已登录；请看 /lab/private。</translation>
    </message>
    <message>
        <source>This page needs the session cookie. Log in at /lab/login.</source>
        <translation>这个页面需要会话 Cookie。请在 /lab/login 登录。</translation>
    </message>
    <message>
        <source>The profile cookie is missing.</source>
        <translation>缺少 profile Cookie。</translation>
    </message>
    <message>
        <source>The profile cookie&apos;s signature is valid: %1</source>
        <translation>profile Cookie 的签名有效：%1</translation>
    </message>
    <message>
        <source>The profile cookie&apos;s signature does not match: it was changed after the server signed it.</source>
        <translation>profile Cookie 的签名不匹配：服务器签名之后它被改动过。</translation>
    </message>
    <message>
        <source>Hello, %1.
%2</source>
        <translation>你好，%1。
%2</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <source>Lab documents are named with letters, digits and -._~.</source>
        <translation>实验文档的名称只能使用字母、数字和 -._~。</translation>
    </message>
    <message>
        <source>Use /crawl/retry-after/{0-3600}?key=K&amp;status=429|503.</source>
        <translation>请使用 /crawl/retry-after/{0-3600}?key=K&amp;status=429|503。</translation>
    </message>
    <message>
        <source>Come back in %1 s.</source>
        <translation>请 %1 秒后再来。</translation>
    </message>
    <message>
        <source>Thank you for waiting.</source>
        <translation>感谢等待。</translation>
    </message>
    <message>
        <source>No such endpoint. GET / lists them all.</source>
        <translation>没有这个端点。GET / 会列出全部端点。</translation>
    </message>
    <message>
        <source>this list</source>
        <translation>本列表</translation>
    </message>
    <message>
        <source>echo the request as JSON: args, headers, origin, url</source>
        <translation>以 JSON 回显请求：args、headers、origin、url</translation>
    </message>
    <message>
        <source>echo the request and its body (data, json, form)</source>
        <translation>回显请求及其请求体（data、json、form）</translation>
    </message>
    <message>
        <source>echo any method</source>
        <translation>回显任意方法的请求</translation>
    </message>
    <message>
        <source>the request&apos;s headers, the client address, its User-Agent</source>
        <translation>请求的请求头、客户端地址及其 User-Agent</translation>
    </message>
    <message>
        <source>answer with any code from 100 to 999, including non-standard ones such as 705</source>
        <translation>用 100 到 999 之间的任意状态码回答，包括 705 这样的非标准状态码</translation>
    </message>
    <message>
        <source>answer after s seconds (at most 10)</source>
        <translation>等待 s 秒后再回答（最多 10 秒）</translation>
    </message>
    <message>
        <source>n random bytes (at most 10 MiB); ?seed= makes them repeatable</source>
        <translation>n 个随机字节（最多 10 MiB）；?seed= 可以让它们重复出现</translation>
    </message>
    <message>
        <source>n redirects, then /get</source>
        <translation>n 次重定向，最后到 /get</translation>
    </message>
    <message>
        <source>redirect to url with a 3xx code (302 by default)</source>
        <translation>以 3xx 状态码重定向到 url（默认 302）</translation>
    </message>
    <message>
        <source>answer with the given response headers</source>
        <translation>用给定的响应头回答</translation>
    </message>
    <message>
        <source>a resource with ETag &quot;{etag}&quot;: If-None-Match and If-Match evaluated for real</source>
        <translation>一个 ETag 为 &quot;{etag}&quot; 的资源：真实地求值 If-None-Match 和 If-Match</translation>
    </message>
    <message>
        <source>a resource with ETag and Last-Modified: send them back and get 304 Not Modified</source>
        <translation>一个带 ETag 和 Last-Modified 的资源：把它们发回来，就会得到 304 Not Modified</translation>
    </message>
    <message>
        <source>a response that may be cached for n seconds (Cache-Control: public, max-age=n)</source>
        <translation>一个可以缓存 n 秒的响应（Cache-Control: public, max-age=n）</translation>
    </message>
    <message>
        <source>a lab document with a strong ETag and Last-Modified that change only when it changes</source>
        <translation>一份实验文档，带强 ETag 和 Last-Modified，只有文档变化时它们才会变</translation>
    </message>
    <message>
        <source>replace a lab document (honours If-Match: 412 when someone changed it first)</source>
        <translation>替换一份实验文档（遵循 If-Match：如果别人先改过，返回 412）</translation>
    </message>
    <message>
        <source>the cookie lab: log in (any user, password lens) for a session and a signed cookie</source>
        <translation>Cookie 实验：登录（用户名任意，密码 lens）后得到一个会话 Cookie 和一个签名的 Cookie</translation>
    </message>
    <message>
        <source>a page that needs the session cookie (401 without it); logging out deletes it</source>
        <translation>一个需要会话 Cookie 的页面（没有则返回 401）；退出登录会删除它</translation>
    </message>
    <message>
        <source>a lab document without ETag or Last-Modified: a crawler can only compare hashes</source>
        <translation>一份没有 ETag 和 Last-Modified 的实验文档：爬虫只能比较哈希值</translation>
    </message>
    <message>
        <source>a lab document with validators, answered 200 whatever If-None-Match says</source>
        <translation>一份带验证器的实验文档，不管 If-None-Match 写什么都回答 200</translation>
    </message>
    <message>
        <source>a lab document that answers HEAD with 405 Method Not Allowed, as some servers do</source>
        <translation>一份实验文档，像有些服务器那样用 405 Method Not Allowed 回答 HEAD</translation>
    </message>
    <message>
        <source>429 (or 503) with Retry-After: s the first time a key is asked for, then 200</source>
        <translation>某个 key 第一次被请求时返回 429（或 503）和 Retry-After: s，之后返回 200</translation>
    </message>
    <message>
        <source>how many connections are open, from your address, and the most you held at once</source>
        <translation>当前打开了多少连接、其中来自你的地址的有多少，以及你最多同时占用过多少</translation>
    </message>
    <message>
        <source>show, set and delete cookies</source>
        <translation>查看、设置和删除 Cookie</translation>
    </message>
    <message>
        <source>401 with WWW-Authenticate until the right Authorization is sent</source>
        <translation>在发送正确的 Authorization 之前一直返回带 WWW-Authenticate 的 401</translation>
    </message>
    <message>
        <source>a body with Content-Encoding gzip, deflate or br</source>
        <translation>Content-Encoding 为 gzip、deflate 或 br 的响应体</translation>
    </message>
    <message>
        <source>n bytes that honour Range and If-Range: 206, 200 or 416</source>
        <translation>n 个字节，遵循 Range 和 If-Range：206、200 或 416</translation>
    </message>
    <message>
        <source>n JSON lines in chunks; bytes trickling in over a few seconds</source>
        <translation>分块发送的 n 行 JSON；在几秒内一点点流出的字节</translation>
    </message>
    <message>
        <source>sample documents of each type</source>
        <translation>各种类型的示例文档</translation>
    </message>
    <message>
        <source>broken responses: short-body, truncated, bad-chunk, reset, huge-header, bad-status-line, redirect-loop, interim, gzip-bomb</source>
        <translation>有问题的响应：short-body、truncated、bad-chunk、reset、huge-header、bad-status-line、redirect-loop、interim、gzip-bomb</translation>
    </message>
    <message>
        <source>Lab documents are named with letters, digits and -._~ (at most 64).</source>
        <translation>实验文档的名称只能使用字母、数字和 -._~（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Lab document &quot;%1&quot; is now version %2.</source>
        <translation>实验文档“%1”现在是第 %2 版。</translation>
    </message>
    <message>
        <source>HTTP Lens practice server</source>
        <translation>HTTP Lens 练习服务器</translation>
    </message>
    <message>
        <source>Use a status code from 100 to 999.</source>
        <translation>请使用 100 到 999 之间的状态码。</translation>
    </message>
    <message>
        <source>101 Switching Protocols ends HTTP on the connection; it needs an Upgrade request.</source>
        <translation>101 Switching Protocols 会让连接不再使用 HTTP；它需要一个 Upgrade 请求。</translation>
    </message>
    <message>
        <source>The interim %1 response came first; this is the final one.</source>
        <translation>先发送了临时响应 %1；这是最终响应。</translation>
    </message>
    <message>
        <source>Status %1 (not a registered status code).</source>
        <translation>状态码 %1（不是已注册的状态码）。</translation>
    </message>
    <message>
        <source>Status %1 %2.</source>
        <translation>状态码 %1 %2。</translation>
    </message>
    <message>
        <source>Use a delay from 0 to 10 seconds.</source>
        <translation>请使用 0 到 10 秒之间的延迟。</translation>
    </message>
    <message>
        <source>Use a byte count from 0 to 10485760.</source>
        <translation>请使用 0 到 10485760 之间的字节数。</translation>
    </message>
    <message>
        <source>Use from 1 to 50 redirects.</source>
        <translation>请使用 1 到 50 次重定向。</translation>
    </message>
    <message>
        <source>Redirecting to %1.</source>
        <translation>正在重定向到 %1。</translation>
    </message>
    <message>
        <source>Give ?url= without control characters.</source>
        <translation>请给出不含控制字符的 ?url=。</translation>
    </message>
    <message>
        <source>status_code must be from 300 to 399.</source>
        <translation>status_code 必须在 300 到 399 之间。</translation>
    </message>
    <message>
        <source>Header names must be tokens and values free of CR, LF and NUL.</source>
        <translation>头字段名必须是 token，值中不能有 CR、LF 和 NUL。</translation>
    </message>
    <message>
        <source>The ETag may not contain spaces, quotes or control characters.</source>
        <translation>ETag 中不能有空格、引号或控制字符。</translation>
    </message>
    <message>
        <source>Use a whole number of seconds.</source>
        <translation>请使用整数秒数。</translation>
    </message>
    <message>
        <source>The range %1 lies outside the %2 bytes.</source>
        <translation>范围 %1 超出了总共 %2 个字节。</translation>
    </message>
    <message>
        <source>Redirecting to /cookies.</source>
        <translation>正在重定向到 /cookies。</translation>
    </message>
    <message>
        <source>Cookie names must be tokens and values free of &apos;;&apos;, CR, LF and NUL.</source>
        <translation>Cookie 名称必须是 token，值中不能有“;”、CR、LF 和 NUL。</translation>
    </message>
    <message>
        <source>Send Authorization: Basic with %1 and the password in the URL.</source>
        <translation>请发送 Authorization: Basic，用户名为 %1，密码为 URL 中给出的那个。</translation>
    </message>
    <message>
        <source>Send Authorization: Bearer TOKEN.</source>
        <translation>请发送 Authorization: Bearer 令牌。</translation>
    </message>
    <message>
        <source>Use from 1 to 1048576 bytes.</source>
        <translation>请使用 1 到 1048576 个字节。</translation>
    </message>
    <message>
        <source>Use from 0 to 100 lines.</source>
        <translation>请使用 0 到 100 行。</translation>
    </message>
    <message>
        <source>numbytes from 1 to 10000, duration from 0 to 10 seconds.</source>
        <translation>numbytes 在 1 到 10000 之间，duration 在 0 到 10 秒之间。</translation>
    </message>
    <message>
        <source>size from 1 to 4194304 bytes.</source>
        <translation>size 在 1 到 4194304 字节之间。</translation>
    </message>
    <message>
        <source>This redirects to itself.</source>
        <translation>这个地址重定向到它自己。</translation>
    </message>
    <message>
        <source>After 100 Continue and 103 Early Hints, the final response.</source>
        <translation>先是 100 Continue 和 103 Early Hints，然后是最终响应。</translation>
    </message>
    <message>
        <source>This is the lab document &quot;%1&quot;.
Fetch it again with If-None-Match set to its ETag and the server answers 304 Not Modified.
Change it with PUT /lab/%1 and the next conditional request gets 200 and the new text.
</source>
        <translation>这是实验文档“%1”。
把它的 ETag 放进 If-None-Match 再取一次，服务器会回答 304 Not Modified。
用 PUT /lab/%1 修改它，下一次条件请求就会得到 200 和新的内容。
</translation>
    </message>
    <message>
        <source>The practice server has %1 connections open, its limit.</source>
        <translation>练习服务器已打开 %1 个连接，达到了上限。</translation>
    </message>
    <message>
        <source>The request line &quot;%1&quot; is not METHOD TARGET VERSION separated by single spaces (RFC 9112 §3).</source>
        <translation>请求行“%1”不是以单个空格分隔的“方法 目标 版本”（RFC 9112 §3）。</translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; is not a token (RFC 9110 §9.1).</source>
        <translation>方法“%1”不是合法的 token（RFC 9110 §9.1）。</translation>
    </message>
    <message>
        <source>The request target &quot;%1&quot; contains a space, a control character or a non-ASCII byte; such bytes must be percent-encoded (RFC 3986).</source>
        <translation>请求目标“%1”含有空格、控制字符或非 ASCII 字节；这些字节必须经过百分号编码（RFC 3986）。</translation>
    </message>
    <message>
        <source>The request target &quot;%1&quot; must start with &apos;/&apos; (or be an absolute http URL, or &apos;*&apos;).</source>
        <translation>请求目标“%1”必须以“/”开头（或者是绝对 http URL，或者是“*”）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTP version; the request line must end in HTTP/1.1.</source>
        <translation>“%1”不是 HTTP 版本；请求行必须以 HTTP/1.1 结尾。</translation>
    </message>
    <message>
        <source>This is a TLS handshake: the client speaks HTTPS to a plain HTTP port. Use an http:// URL.</source>
        <translation>这是一次 TLS 握手：客户端在用 HTTPS 连接普通的 HTTP 端口。请使用 http:// URL。</translation>
    </message>
    <message>
        <source>The request head is larger than %1 bytes.</source>
        <translation>请求头部超过 %1 字节。</translation>
    </message>
    <message>
        <source>No request line after %1 bytes.</source>
        <translation>%1 字节之后仍没有请求行。</translation>
    </message>
    <message>
        <source>A bare CR inside the head (RFC 9112 §2.2).</source>
        <translation>头部中有单独的 CR（RFC 9112 §2.2）。</translation>
    </message>
    <message>
        <source>Obsolete line folding (a field line starting with a space or tab) is not accepted (RFC 9112 §5.2).</source>
        <translation>不接受已废弃的折行写法（以空格或制表符开头的字段行）（RFC 9112 §5.2）。</translation>
    </message>
    <message>
        <source>The field line &quot;%1&quot; has no name and colon.</source>
        <translation>字段行“%1”缺少名称和冒号。</translation>
    </message>
    <message>
        <source>Whitespace between the field name &quot;%1&quot; and the colon is not allowed (RFC 9112 §5.1).</source>
        <translation>字段名“%1”与冒号之间不允许有空白（RFC 9112 §5.1）。</translation>
    </message>
    <message>
        <source>The field name &quot;%1&quot; is not a token (RFC 9110 §5.1).</source>
        <translation>字段名“%1”不是合法的 token（RFC 9110 §5.1）。</translation>
    </message>
    <message>
        <source>The value of %1 contains a control character.</source>
        <translation>%1 的值含有控制字符。</translation>
    </message>
    <message>
        <source>More than %1 header fields.</source>
        <translation>头字段超过 %1 个。</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request must have a Host header (RFC 9112 §3.2).</source>
        <translation>HTTP/1.1 请求必须带 Host 请求头（RFC 9112 §3.2）。</translation>
    </message>
    <message>
        <source>The request has %1 Host headers; exactly one is allowed (RFC 9112 §3.2).</source>
        <translation>请求带有 %1 个 Host 请求头；只允许一个（RFC 9112 §3.2）。</translation>
    </message>
    <message>
        <source>Both Transfer-Encoding and Content-Length: a request smuggling risk, refused (RFC 9112 §6.1).</source>
        <translation>同时带有 Transfer-Encoding 和 Content-Length：有请求走私的风险，已拒绝（RFC 9112 §6.1）。</translation>
    </message>
    <message>
        <source>Transfer-Encoding in an HTTP/1.0 request (RFC 9112 §6.1).</source>
        <translation>HTTP/1.0 请求中出现了 Transfer-Encoding（RFC 9112 §6.1）。</translation>
    </message>
    <message>
        <source>Content-Length &quot;%1&quot; is not a number.</source>
        <translation>Content-Length“%1”不是数字。</translation>
    </message>
    <message>
        <source>Content-Length values disagree (%1): a request smuggling risk, refused.</source>
        <translation>Content-Length 的值互相矛盾（%1）：有请求走私的风险，已拒绝。</translation>
    </message>
    <message>
        <source>The body of %1 bytes is larger than the %2 bytes allowed.</source>
        <translation>%1 字节的请求体超过了允许的 %2 字节。</translation>
    </message>
    <message>
        <source>A chunk-size or trailer line longer than 1024 bytes.</source>
        <translation>块大小行或尾部字段行超过 1024 字节。</translation>
    </message>
    <message>
        <source>The chunked trailer section is larger than %1 bytes.</source>
        <translation>分块传输的尾部字段超过 %1 字节。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid chunk size (hexadecimal digits, RFC 9112 §7.1).</source>
        <translation>“%1”不是有效的块大小（应为十六进制数字，RFC 9112 §7.1）。</translation>
    </message>
    <message>
        <source>The chunked body is larger than the %1 bytes allowed.</source>
        <translation>分块传输的请求体超过了允许的 %1 字节。</translation>
    </message>
    <message>
        <source>Chunk data is not followed by CRLF (RFC 9112 §7.1).</source>
        <translation>块数据之后没有 CRLF（RFC 9112 §7.1）。</translation>
    </message>
    <message>
        <source>This endpoint accepts %1.</source>
        <translation>这个端点接受 %1。</translation>
    </message>
    <message>
        <source>Edit %1 at %2.</source>
        <translation>第 %1 次修改，时间 %2。</translation>
    </message>
    <message>
        <source>The request head did not arrive whole within %1 s.</source>
        <translation>请求头部没有在 %1 秒内完整到达。</translation>
    </message>
    <message>
        <source>Your address already holds %1 of the practice server&apos;s %2 connections, the most one address may hold, so that others can still connect.</source>
        <translation>你的地址已占用练习服务器 %2 个连接中的 %1 个，这是单个地址允许的上限，以便其他客户端仍能连接。</translation>
    </message>
    <message>
        <source>This representation is in English. Ask with Accept-Language: zh-CN for the Chinese one, which has its own ETag.</source>
        <translation>这是中文的表示。用 Accept-Language: en 请求英文的那个，它有自己的 ETag。</translation>
    </message>
    <message>
        <source>a strong ETag: If-None-Match with it answers 304</source>
        <translation>强 ETag：带上它的 If-None-Match 得到 304</translation>
    </message>
    <message>
        <source>a weak ETag (W/): good for If-None-Match, never for If-Match or Range</source>
        <translation>弱 ETag（W/）：可用于 If-None-Match，绝不能用于 If-Match 或 Range</translation>
    </message>
    <message>
        <source>Last-Modified only: revalidation by date, blind to two changes in one second</source>
        <translation>只有 Last-Modified：按日期重新验证，看不见同一秒内的两次修改</translation>
    </message>
    <message>
        <source>ETag and Last-Modified, fresh for 10 s: If-None-Match takes precedence</source>
        <translation>ETag 与 Last-Modified，新鲜 10 秒：If-None-Match 优先</translation>
    </message>
    <message>
        <source>a server that answers 304 only when If-Modified-Since is exactly Last-Modified, as nginx does by default</source>
        <translation>只有 If-Modified-Since 恰好等于 Last-Modified 时才答 304 的服务器，nginx 默认如此</translation>
    </message>
    <message>
        <source>a server that breaks the precedence rule: 304 on a matching date although If-None-Match does not match</source>
        <translation>违反优先规则的服务器：If-None-Match 不匹配，却因日期相符答 304</translation>
    </message>
    <message>
        <source>gzip adds -gzip to the ETag and the server compares the plain tag: revalidation never matches</source>
        <translation>gzip 给 ETag 加上 -gzip，服务器却与原标签比较：重新验证永远不匹配</translation>
    </message>
    <message>
        <source>Vary: Accept-Encoding done right: gzip has its own ETag that matches itself</source>
        <translation>正确的 Vary: Accept-Encoding：gzip 有自己的 ETag，并能与自身匹配</translation>
    </message>
    <message>
        <source>Vary: Accept-Language: English and Chinese are two representations with two ETags</source>
        <translation>Vary: Accept-Language：英文与中文是两个表示，各有一个 ETag</translation>
    </message>
    <message>
        <source>Cache-Control: no-store: no cache may keep it, so every use downloads it again</source>
        <translation>Cache-Control: no-store：任何缓存都不得保存，每次使用都要重新下载</translation>
    </message>
    <message>
        <source>Cache-Control: no-cache: stored, but revalidated before every use</source>
        <translation>Cache-Control: no-cache：可以保存，但每次使用前都要重新验证</translation>
    </message>
    <message>
        <source>max-age=10 with must-revalidate: once stale, never served without asking</source>
        <translation>max-age=10 加 must-revalidate：一旦过期，不询问服务器就绝不使用</translation>
    </message>
    <message>
        <source>s-maxage=60 for shared caches (a CDN), max-age=10 for a browser</source>
        <translation>s-maxage=60 给共享缓存（CDN），max-age=10 给浏览器</translation>
    </message>
    <message>
        <source>Last-Modified ten days back and no lifetime: caches may use 10% of that age (heuristic freshness)</source>
        <translation>Last-Modified 在十天前且没有有效期：缓存可取这段时间的 10%（启发式新鲜度）</translation>
    </message>
    <message>
        <source>immutable for a year: not even a reload revalidates it</source>
        <translation>immutable，一年有效：连刷新都不会重新验证</translation>
    </message>
    <message>
        <source>max-age=5, stale-while-revalidate=30: served stale while a revalidation runs in the background</source>
        <translation>max-age=5, stale-while-revalidate=30：后台重新验证期间先用过期的副本</translation>
    </message>
    <message>
        <source>as a CDN hop serves it: the origin&apos;s Date and an Age, so less freshness is left</source>
        <translation>像 CDN 那一跳那样提供：源站的 Date 加上 Age，剩下的新鲜度就少了</translation>
    </message>
    <message>
        <source>the same with Cache-Status (RFC 9211): the CDN says hit or miss and the time to live</source>
        <translation>同上，另带 Cache-Status（RFC 9211）：CDN 说明命中与否和剩余存活时间</translation>
    </message>
    <message>
        <source>%1 is not supported here: only HTTP/1.0 and HTTP/1.1 are.</source>
        <translation>这里不支持 %1：只支持 HTTP/1.0 和 HTTP/1.1。</translation>
    </message>
    <message>
        <source>Transfer-Encoding &quot;%1&quot; is not supported: only &quot;chunked&quot; is accepted.</source>
        <translation>不支持 Transfer-Encoding“%1”：只接受“chunked”。</translation>
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
        <source>Findings</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · body %4 bytes (%5 on the wire)</source>
        <translation>%1 · %2 · %3 · 响应体 %4 字节（传输中 %5 字节）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · body %4 bytes</source>
        <translation>%1 · %2 · %3 · 响应体 %4 字节</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>[binary body of %1 bytes; save it with -o FILE]</source>
        <translation>[二进制响应体，共 %1 字节；可用 -o 文件 保存]</translation>
    </message>
    <message>
        <source>[showing the first %1 of %2 bytes; save the whole body with -o FILE]</source>
        <translation>[只显示前 %1 字节，共 %2 字节；可用 -o 文件 保存完整的响应体]</translation>
    </message>
    <message>
        <source>Refused because: %1 (OpenSSL&apos;s verify code %2).</source>
        <translation>拒绝原因：%1（OpenSSL 验证代码 %2）。</translation>
    </message>
    <message>
        <source>Certificate %1 of %2: %3, issued by %4, valid %5 to %6, SHA-256 %7</source>
        <translation>证书 %1/%2：%3，颁发者 %4，有效期 %5 至 %6，SHA-256 %7</translation>
    </message>
    <message>
        <source>its certificate failed the check (%1) and was used anyway</source>
        <translation>其证书未通过检查（%1），但仍被使用</translation>
    </message>
    <message>
        <source>its certificate passed the check, which was not required</source>
        <translation>其证书通过了检查，尽管本次并未要求检查</translation>
    </message>
    <message>
        <source>Warning: certificate verification is off (-k) for %1: %2. Anyone on the path could have read or changed this exchange.</source>
        <translation>警告：对 %1 的证书验证已关闭（-k）：%2。传输路径上的任何人都可能读取或篡改这次交互。</translation>
    </message>
    <message>
        <source>The request body is read from %1 (%2 bytes).</source>
        <translation>请求体读取自 %1（%2 字节）。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Request</name>
    <message>
        <source>The method &quot;%1&quot; is not a valid token (RFC 9110 §9.1): use letters, digits and !#$%&amp;&apos;*+-.^_`|~ only.</source>
        <translation>方法“%1”不是合法的 token（RFC 9110 §9.1）：只能使用字母、数字和 !#$%&amp;&apos;*+-.^_`|~。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has no name; write it as Name: value.</source>
        <translation>请求头“%1”没有名称；请写成“名称: 值”。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; contains CR, LF or NUL, which would split the request (RFC 9110 §5.5).</source>
        <translation>请求头“%1”含有 CR、LF 或 NUL，会把请求拆分开（RFC 9110 §5.5）。</translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; is not a valid token (RFC 9110 §5.1).</source>
        <translation>请求头名称“%1”不是合法的 token（RFC 9110 §5.1）。</translation>
    </message>
    <message>
        <source>The %1 contains CR, LF or NUL, which would split the request.</source>
        <translation>%1 含有 CR、LF 或 NUL，会把请求拆分开。</translation>
    </message>
    <message>
        <source>The redirect limit must be -1 (unlimited) or more.</source>
        <translation>重定向上限必须是 -1（不限）或更大的数。</translation>
    </message>
    <message>
        <source>Timeouts cannot be negative.</source>
        <translation>超时时间不能为负数。</translation>
    </message>
</context>
<context>
    <name>HttpLens::Run</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>--entry expects a number from 1.</source>
        <translation>--entry 需要一个从 1 开始的数字。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>There is no environment &quot;%1&quot; (found: %2).</source>
        <translation>没有名为“%1”的环境（找到的有：%2）。</translation>
    </message>
    <message>
        <source>no environment file</source>
        <translation>没有环境文件</translation>
    </message>
    <message>
        <source>%1 holds no request.</source>
        <translation>%1 中没有请求。</translation>
    </message>
    <message>
        <source>%1 has no request named &quot;%2&quot;.</source>
        <translation>%1 中没有名为“%2”的请求。</translation>
    </message>
    <message>
        <source>request at line %1: %2</source>
        <translation>第 %1 行的请求：%2</translation>
    </message>
    <message>
        <source>Name the .http file to run.</source>
        <translation>请指定要运行的 .http 文件。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>--to must be one of: %1.</source>
        <translation>--to 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>--from must be curl, har or http.</source>
        <translation>--from 必须是 curl、har 或 http。</translation>
    </message>
    <message>
        <source>--entry %1: there are only %2 requests.</source>
        <translation>--entry %1：总共只有 %2 个请求。</translation>
    </message>
    <message>
        <source>The input holds no request.</source>
        <translation>输入中没有请求。</translation>
    </message>
    <message>
        <source>httplens-cli: line %1: %2
</source>
        <translation>httplens-cli：第 %1 行：%2
</translation>
    </message>
    <message>
        <source>request %1: %2</source>
        <translation>第 %1 个请求：%2</translation>
    </message>
    <message>
        <source>To read it, run again with --allow-file %1.</source>
        <translation>若要读取它，请加上 --allow-file %1 重新运行。</translation>
    </message>
    <message>
        <source>Usage: httplens-cli run FILE.http [--name NAME]... [--env NAME] [--env-file FILE] [--list] [--allow-file PATH]... [--allow-files-outside] [send options]

Sends the requests of an .http file (JetBrains / VS Code REST Client syntax), all of them in order or the named ones, and reports them as send does.

A body read from a file (&quot;&lt; path&quot;) is read when the file is in the .http file&apos;s folder. Any other file, a system file (/proc, /sys, /dev) or a place of keys and passwords (~/.ssh, ~/.aws, ...) is refused (exit 2) unless --allow-file names it; --allow-files-outside allows every file outside the folder but those.
</source>
        <translation>用法：httplens-cli run 文件.http [--name 名称]... [--env 名称] [--env-file 文件] [--list] [--allow-file 路径]... [--allow-files-outside] [send 的选项]

发送 .http 文件（JetBrains / VS Code REST Client 语法）中的请求：按顺序全部发送，或只发送指定名称的请求，并像 send 一样报告结果。

从文件读取的请求体（“&lt; 路径”）只有在该文件位于 .http 文件所在文件夹内时才会读取。其他文件、系统文件（/proc、/sys、/dev）或存放密钥和密码的地方（~/.ssh、~/.aws 等）都会被拒绝（退出码 2），除非用 --allow-file 指明它；--allow-files-outside 允许读取文件夹之外除上述地方以外的所有文件。
</translation>
    </message>
    <message>
        <source>Usage: httplens-cli convert [--from curl|har|http] --to FORMAT [--entry N] [--name NAME] [--env NAME] [--keep-secrets] [--inline-files] [--allow-file PATH]... [--allow-files-outside] [FILE|-]

FORMAT: %1. The input format is guessed from the file name or its content when --from is not given. HAR output masks secrets unless --keep-secrets is given. Files the input reads (an .http file&apos;s &quot;&lt; path&quot;, a curl command&apos;s @file) are read inside its folder (a curl command&apos;s: the current directory) and elsewhere only when --allow-file names them. To curl and .http, an .http file&apos;s body file is written as a reference (@path, &quot;&lt; path&quot;) and not read at all, unless --inline-files is given.
</source>
        <translation>用法：httplens-cli convert [--from curl|har|http] --to 格式 [--entry N] [--name 名称] [--env 名称] [--keep-secrets] [--inline-files] [--allow-file 路径]... [--allow-files-outside] [文件|-]

格式：%1。未给出 --from 时，根据文件名或内容推断输入格式。输出 HAR 时会遮盖机密信息，除非给出 --keep-secrets。输入要读取的文件（.http 文件的“&lt; 路径”、curl 命令的 @文件）只在其所在文件夹内读取（curl 命令则为当前目录），其他位置的文件只有用 --allow-file 指明才会读取。转换为 curl 和 .http 时，.http 文件的请求体文件写成引用（@路径、“&lt; 路径”），根本不会读取，除非给出 --inline-files。
</translation>
    </message>
</context>
<context>
    <name>HttpLens::Send</name>
    <message>
        <source>httplens-cli: cannot write %1: %2
</source>
        <translation>httplens-cli：无法写入 %1：%2
</translation>
    </message>
    <message>
        <source>httplens-cli: cannot write the ETag to %1
</source>
        <translation>httplens-cli：无法把 ETag 写入 %1
</translation>
    </message>
    <message>
        <source>Usage: httplens-cli send [options] URL...

Sends HTTP requests with curl&apos;s option names and shows exactly what went over the wire.
Exit code: 0 when a response arrived, whatever its status; curl&apos;s code on a transport failure.

Options:
</source>
        <translation>用法：httplens-cli send [选项] URL...

使用 curl 的选项名发送 HTTP 请求，并准确显示线路上传输的内容。
退出码：只要收到响应就是 0，不论状态码是什么；传输失败时与 curl 的退出码相同。

选项：
</translation>
    </message>
    <message>
        <source>httplens-cli: the server answered %1 %2
</source>
        <translation>httplens-cli：服务器的回答是 %1 %2
</translation>
    </message>
    <message>
        <source>httplens-cli: cannot write the HAR file %1: %2
</source>
        <translation>httplens-cli：无法写入 HAR 文件 %1：%2
</translation>
    </message>
    <message>
        <source>cache: %1: %2</source>
        <translation>缓存：%1：%2</translation>
    </message>
    <message>
        <source>served from cache, 0 bytes sent: the stored %1 (%2 bytes) is fresh</source>
        <translation>从缓存提供，发送 0 字节：保存的 %1（%2 字节）仍然新鲜</translation>
    </message>
    <message>
        <source>cache: %1</source>
        <translation>缓存：%1</translation>
    </message>
    <message>
        <source>HTTP Lens&apos;s own option:
  --cache DIR  keep a browser&apos;s cache in DIR between runs: say what a browser would do with each request, send nothing while the stored response is fresh, revalidate when it is stale
</source>
        <translation>HTTP Lens 自己的选项：
  --cache 目录  在目录中保存一个浏览器缓存，跨多次运行保留：说明浏览器对每个请求会怎么做，保存的响应新鲜时什么也不发送，过期时重新验证
</translation>
    </message>
    <message>
        <source>httplens-cli send: --cache needs a folder.
</source>
        <translation>httplens-cli send：--cache 需要一个目录。
</translation>
    </message>
</context>
<context>
    <name>HttpLens::Serve</name>
    <message>
        <source>Usage: httplens-cli serve [--port N] [--bind ADDRESS] [--quiet]

Runs the HTTP Lens practice server: httpbin-style endpoints, conditional requests
evaluated for real, and the /lab documents. Listens on 127.0.0.1:8808 by default;
--port 0 picks a free port. Open http://127.0.0.1:PORT/ for the list of endpoints.
</source>
        <translation>用法：httplens-cli serve [--port N] [--bind 地址] [--quiet]

运行 HTTP Lens 练习服务器：提供 httpbin 风格的端点、真实求值的条件请求
以及 /lab 文档。默认监听 127.0.0.1:8808；--port 0 表示任选一个空闲端口。
打开 http://127.0.0.1:端口/ 可以看到端点列表。
</translation>
    </message>
    <message>
        <source>httplens-cli serve: --port expects a number from 0 to 65535, not &quot;%1&quot;.
</source>
        <translation>httplens-cli serve：--port 需要 0 到 65535 之间的数字，而不是“%1”。
</translation>
    </message>
    <message>
        <source>httplens-cli serve: --bind expects an IP address, not &quot;%1&quot;.
</source>
        <translation>httplens-cli serve：--bind 需要一个 IP 地址，而不是“%1”。
</translation>
    </message>
    <message>
        <source>httplens-cli serve: unknown argument &quot;%1&quot;.
</source>
        <translation>httplens-cli serve：未知参数“%1”。
</translation>
    </message>
    <message>
        <source>httplens-cli serve: cannot listen on %1:%2: %3
Hint: another program may use that port; try --port 0 for any free port.
</source>
        <translation>httplens-cli serve：无法在 %1:%2 上监听：%3
提示：可能有别的程序占用了这个端口；试试用 --port 0 任选一个空闲端口。
</translation>
    </message>
    <message>
        <source>Warning: the practice server is reachable from other machines on %1; it is meant for loopback use.
</source>
        <translation>警告：练习服务器可以从其他机器通过 %1 访问；它只应在本机回环地址上使用。
</translation>
    </message>
    <message>
        <source>HTTP Lens practice server listening on %1
</source>
        <translation>HTTP Lens 练习服务器正在监听 %1
</translation>
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
    <name>HttpLens::SimulatedCache</name>
    <message>
        <source>The stored response has Vary: *, so it matches no later request.</source>
        <translation>保存的响应带有 Vary: *，所以不匹配之后的任何请求。</translation>
    </message>
    <message>
        <source>The stored response varies on %1: it was stored for &quot;%2&quot;, and this request sends &quot;%3&quot; (RFC 9111 §4.1).</source>
        <translation>保存的响应随 %1 变化：保存时是“%2”，这个请求发送的是“%3”（RFC 9111 §4.1）。</translation>
    </message>
    <message>
        <source>A successful %1 invalidates what is stored for the URL (RFC 9111 §4.4).</source>
        <translation>成功的 %1 使这个 URL 保存的内容失效（RFC 9111 §4.4）。</translation>
    </message>
    <message>
        <source>This 304 validates no stored response.</source>
        <translation>这个 304 没有验证任何已保存的响应。</translation>
    </message>
    <message>
        <source>The 304 refreshed the stored response (RFC 9111 §4.3.4).</source>
        <translation>这个 304 刷新了保存的响应（RFC 9111 §4.3.4）。</translation>
    </message>
    <message>
        <source>The cache file has no list of at most %1 entries.</source>
        <translation>缓存文件没有一个至多 %1 项的列表。</translation>
    </message>
    <message>
        <source>Entry %1 of the cache file cannot be read.</source>
        <translation>无法读取缓存文件的第 %1 项。</translation>
    </message>
    <message>
        <source>A response to HEAD has no body to store.</source>
        <translation>HEAD 的响应没有可保存的响应体。</translation>
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
    <name>HttpLens::Snippets</name>
    <message>
        <source>requests adds User-Agent, Accept, Accept-Encoding and Connection unless they are set
here; None takes one of them away.</source>
        <translation>除非在这里设置了，requests 会自己加上 User-Agent、Accept、Accept-Encoding 和 Connection；
值为 None 会去掉其中一个。</translation>
    </message>
    <message>
        <source>Every status is a response here, 304 Not Modified included.</source>
        <translation>在这里每个状态都是一个响应，304 Not Modified 也不例外。</translation>
    </message>
    <message>
        <source>urllib adds Host, User-Agent, Accept-Encoding: identity and Connection: close.</source>
        <translation>urllib 会自己加上 Host、User-Agent、Accept-Encoding: identity 和 Connection: close。</translation>
    </message>
    <message>
        <source>urllib cannot take away a default field (%1).</source>
        <translation>urllib 无法去掉默认字段（%1）。</translation>
    </message>
    <message>
        <source>urllib follows redirects; HTTP Lens was told not to.</source>
        <translation>urllib 会跟随重定向，而 HTTP Lens 被设置为不跟随。</translation>
    </message>
    <message>
        <source>urllib raises HTTPError for any status it does not handle itself, and that
includes 304 Not Modified: the normal answer to a conditional request, not a
failure. The status and the headers are on the exception.</source>
        <translation>urllib 对它自己不处理的任何状态都会抛出 HTTPError，其中包括
304 Not Modified：这是条件请求的正常回答，不是失败。
状态和响应头都在这个异常上。</translation>
    </message>
    <message>
        <source>HTTPie adds User-Agent, Accept, Accept-Encoding and Connection unless they
are set; &quot;Name:&quot; with nothing after the colon takes one away.</source>
        <translation>除非设置了，HTTPie 会自己加上 User-Agent、Accept、Accept-Encoding 和 Connection；
冒号后什么都不写的 &quot;Name:&quot; 会去掉其中一个。</translation>
    </message>
    <message>
        <source>HTTPie sends header values as UTF-8: the bytes of %1 are not UTF-8 and it refuses to send them.</source>
        <translation>HTTPie 以 UTF-8 发送头字段值：%1 的字节不是 UTF-8，它会拒绝发送。</translation>
    </message>
    <message>
        <source>Without this a browser may answer from its own cache.</source>
        <translation>没有这一行，浏览器可能直接用自己的缓存作答。</translation>
    </message>
    <message>
        <source>In a browser %1 cannot be set by a script; the browser writes them itself.</source>
        <translation>在浏览器中脚本不能设置 %1，由浏览器自己写入。</translation>
    </message>
    <message>
        <source>fetch resolves for every status: a 304 or a 404 is a response, not an exception.</source>
        <translation>fetch 对每个状态都会正常完成：304 或 404 是响应，不是异常。</translation>
    </message>
    <message>
        <source>Any status is a response: a 304 Not Modified is not an error.</source>
        <translation>任何状态都是响应：304 Not Modified 不是错误。</translation>
    </message>
</context>
<context>
    <name>HttpLens::StatusCatalogue</name>
    <message>
        <source>An unregistered code; clients treat it by its class, %1xx %2.</source>
        <translation>未注册的状态码，按其类别（%1xx %2）理解。</translation>
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
    <message>
        <source>── as the program sent it (%1)</source>
        <translation>── 程序发出的样子（%1）</translation>
    </message>
    <message>
        <source>[request body: %1 in all]</source>
        <translation>[请求体：共 %1]</translation>
    </message>
    <message>
        <source>── as HTTP Lens forwarded it</source>
        <translation>── HTTP Lens 转发的样子</translation>
    </message>
    <message>
        <source>── as the program received it</source>
        <translation>── 程序收到的样子</translation>
    </message>
    <message>
        <source>[tunnel: %1 from the program, %2 to it]</source>
        <translation>[隧道：程序发出 %1，发给程序 %2]</translation>
    </message>
    <message>
        <source>[body: %1 to the program]</source>
        <translation>[响应体：发给程序 %1]</translation>
    </message>
    <message>
        <source>[request body read from %1]</source>
        <translation>[请求体读取自 %1]</translation>
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
    <message>
        <source>The reply from %1 does not start with a valid HTTP status line.</source>
        <translation>来自 %1 的回复不是以有效的 HTTP 状态行开头的。</translation>
    </message>
    <message>
        <source>libcurl would have to read it as HTTP/0.9, which it refuses: the server is broken or speaks another protocol on port %1.</source>
        <translation>libcurl 只能把它当作 HTTP/0.9 来读，而它拒绝这样做：服务器有问题，或者端口 %1 上运行的是别的协议。</translation>
    </message>
    <message>
        <source>The URL&apos;s scheme is not one HTTP Lens can speak.</source>
        <translation>HTTP Lens 不支持这个 URL 的协议。</translation>
    </message>
    <message>
        <source>Use a URL that starts with http:// or https://.</source>
        <translation>请使用以 http:// 或 https:// 开头的 URL。</translation>
    </message>
    <message>
        <source>The URL is malformed.</source>
        <translation>URL 格式不正确。</translation>
    </message>
    <message>
        <source>Check for spaces, a missing host or a stray character.</source>
        <translation>请检查是否有空格、缺少主机名或多余的字符。</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name could not be resolved.</source>
        <translation>无法解析代理服务器的主机名。</translation>
    </message>
    <message>
        <source>Check the proxy setting.</source>
        <translation>请检查代理设置。</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved to an address.</source>
        <translation>无法把主机名 %1 解析为地址。</translation>
    </message>
    <message>
        <source>Check the spelling, your DNS settings, or map it with --resolve %1:%2:ADDRESS.</source>
        <translation>请检查拼写和 DNS 设置，或者用 --resolve %1:%2:地址 指定它的地址。</translation>
    </message>
    <message>
        <source>Connection refused: nothing listens on port %1 of %2.</source>
        <translation>连接被拒绝：%2 的 %1 端口上没有程序在监听。</translation>
    </message>
    <message>
        <source>Start the server, or check the port number in the URL.</source>
        <translation>请启动服务器，或检查 URL 中的端口号。</translation>
    </message>
    <message>
        <source>Could not connect to port %1 of %2.</source>
        <translation>无法连接到 %2 的 %1 端口。</translation>
    </message>
    <message>
        <source>The host may be down or a firewall may drop the connection.</source>
        <translation>主机可能已关闭，或者防火墙丢弃了连接。</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid HTTP.</source>
        <translation>服务器的回复不是有效的 HTTP。</translation>
    </message>
    <message>
        <source>The port may belong to another protocol (try https:// or another port), or the server is broken.</source>
        <translation>这个端口可能属于别的协议（试试 https:// 或其他端口），或者服务器有问题。</translation>
    </message>
    <message>
        <source>The HTTP/2 layer failed.</source>
        <translation>HTTP/2 层出错。</translation>
    </message>
    <message>
        <source>Try again with HTTP/1.1 (--http1.1).</source>
        <translation>请改用 HTTP/1.1 再试一次（--http1.1）。</translation>
    </message>
    <message>
        <source>The connection closed before the whole body arrived.</source>
        <translation>响应体还没有全部到达，连接就关闭了。</translation>
    </message>
    <message>
        <source>The server announced more bytes than it sent; the received part is kept.</source>
        <translation>服务器声明的字节数比实际发送的多；已收到的部分会保留。</translation>
    </message>
    <message>
        <source>The response body could not be stored.</source>
        <translation>无法保存响应体。</translation>
    </message>
    <message>
        <source>Check the free space of the temporary or output directory.</source>
        <translation>请检查临时目录或输出目录的剩余空间。</translation>
    </message>
    <message>
        <source>The request body could not be read.</source>
        <translation>无法读取请求体。</translation>
    </message>
    <message>
        <source>Check that the file given for the body exists and is readable.</source>
        <translation>请检查作为请求体的文件是否存在并且可读。</translation>
    </message>
    <message>
        <source>The response headers from %1 are larger than libcurl accepts.</source>
        <translation>来自 %1 的响应头超出了 libcurl 能接受的大小。</translation>
    </message>
    <message>
        <source>A server sending headers this large is broken or hostile; libcurl&apos;s limit protects the client.</source>
        <translation>发送如此庞大响应头的服务器不是有问题就是怀有恶意；libcurl 的上限是在保护客户端。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>Close other programs or lower the body size limit.</source>
        <translation>请关闭其他程序，或调低响应体大小的上限。</translation>
    </message>
    <message>
        <source>The time limit ran out before the exchange finished.</source>
        <translation>交互完成之前就已超时。</translation>
    </message>
    <message>
        <source>Raise the timeout (-m, --connect-timeout) or check whether %1 is reachable.</source>
        <translation>请放宽时间限制（-m、--connect-timeout），或检查 %1 是否可以访问。</translation>
    </message>
    <message>
        <source>The server does not support the requested range.</source>
        <translation>服务器不支持所请求的范围。</translation>
    </message>
    <message>
        <source>Request the whole resource.</source>
        <translation>请请求整个资源。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed.</source>
        <translation>与 %1 的 TLS 握手失败。</translation>
    </message>
    <message>
        <source>The server may not speak TLS on port %1 (try http://), or no protocol version or cipher is shared.</source>
        <translation>服务器的 %1 端口上可能没有使用 TLS（试试 http://），或者双方没有共同支持的协议版本或加密套件。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Send it again when you are ready.</source>
        <translation>准备好后可以再次发送。</translation>
    </message>
    <message>
        <source>The redirect limit was reached.</source>
        <translation>已达到重定向次数上限。</translation>
    </message>
    <message>
        <source>The server may be in a redirect loop; look at the hops, or raise --max-redirs.</source>
        <translation>服务器可能陷入了重定向循环；请查看各跳，或调高 --max-redirs。</translation>
    </message>
    <message>
        <source>The server closed the connection without sending any response.</source>
        <translation>服务器没有发送任何响应就关闭了连接。</translation>
    </message>
    <message>
        <source>The server may have crashed or rejected the request; check its log.</source>
        <translation>服务器可能已崩溃或拒绝了这个请求；请查看服务器的日志。</translation>
    </message>
    <message>
        <source>Sending the request failed.</source>
        <translation>发送请求失败。</translation>
    </message>
    <message>
        <source>The server closed or reset the connection while the request was being sent.</source>
        <translation>发送请求的过程中，服务器关闭或重置了连接。</translation>
    </message>
    <message>
        <source>Receiving the response failed.</source>
        <translation>接收响应失败。</translation>
    </message>
    <message>
        <source>The connection was reset or broken; the server may have crashed mid-response.</source>
        <translation>连接被重置或中断；服务器可能在响应途中崩溃了。</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>无法验证 %1 的证书。</translation>
    </message>
    <message>
        <source>It may be self-signed, expired, or for another name. Inspect the chain; send insecurely (-k) only if you trust this server.</source>
        <translation>证书可能是自签名的、已过期，或者是颁发给其他名称的。请检查证书链；只有在信任这台服务器时才用不验证证书的方式（-k）发送。</translation>
    </message>
    <message>
        <source>The body&apos;s Content-Encoding could not be decoded.</source>
        <translation>无法解码响应体的 Content-Encoding。</translation>
    </message>
    <message>
        <source>Send again without decompression to see the raw bytes.</source>
        <translation>请关闭解压再发送一次，以查看原始字节。</translation>
    </message>
    <message>
        <source>The server denied the login.</source>
        <translation>服务器拒绝了登录。</translation>
    </message>
    <message>
        <source>Check the user name and password.</source>
        <translation>请检查用户名和密码。</translation>
    </message>
    <message>
        <source>The CA certificate file could not be loaded.</source>
        <translation>无法加载 CA 证书文件。</translation>
    </message>
    <message>
        <source>Check the system&apos;s CA certificates (ca-certificates package).</source>
        <translation>请检查系统的 CA 证书（ca-certificates 软件包）。</translation>
    </message>
    <message>
        <source>The TLS settings could not be used.</source>
        <translation>无法使用这些 TLS 设置。</translation>
    </message>
    <message>
        <source>Check the certificate and cipher options.</source>
        <translation>请检查证书和加密套件选项。</translation>
    </message>
    <message>
        <source>The transfer failed: %1.</source>
        <translation>传输失败：%1。</translation>
    </message>
    <message>
        <source>libcurl error %1; see libcurl&apos;s list of error codes.</source>
        <translation>libcurl 错误 %1；请查阅 libcurl 的错误码列表。</translation>
    </message>
    <message>
        <source>The body is larger than the download limit, so the transfer was stopped.</source>
        <translation>响应体超过了下载上限，传输已停止。</translation>
    </message>
    <message>
        <source>Raise the limit (Options → Download limit in the window, --max-filesize on the command line) if you expect a body this large.</source>
        <translation>如果确实需要这么大的响应体，请调高上限（窗口中为“选项”→“下载上限”，命令行中为 --max-filesize）。</translation>
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
    <name>HttpLens::Version</name>
    <message>
        <source>%1 (built against %2)</source>
        <translation>%1（编译时为 %2）</translation>
    </message>
    <message>
        <source>%1 version %2
libcurl %3
Qt %4
</source>
        <translation>%1 版本 %2
libcurl %3
Qt %4
</translation>
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
        <source>304 Not Modified: no body was sent, only headers. Compare the bytes on the wire in the Raw tab. Now change the document (Practice menu, &quot;Change the lab document&quot;): its ETag changes with it.</source>
        <translation>304 Not Modified：服务器没有发送响应体，只发送了响应头。在“原始”页比较线路上的字节。现在修改文档（“练习”菜单中的“修改实验文档”）：它的 ETag 也随之改变。</translation>
    </message>
    <message>
        <source>Replay conditionally again. The old ETag no longer matches, so the server answers 200 with the new content and a new ETag.</source>
        <translation>再次条件重放。旧的 ETag 不再匹配，所以服务器回答 200，带上新内容和新的 ETag。</translation>
    </message>
    <message>
        <source>Look at the Response headers tab: the response carries an ETag and a Last-Modified date. The Conditional tab has picked both up. Press &quot;Replay conditionally&quot; (Request menu, Ctrl+R): the request now says &quot;send it only if it changed&quot;.</source>
        <translation>看“响应头”页：响应带有 ETag 和 Last-Modified 日期，“条件请求”页已经记下了这两个值。按“条件重放”（“请求”菜单，Ctrl+R）：这次请求的意思是“只有变了才发给我”。</translation>
    </message>
    <message>
        <source>That is revalidation: a cache or a crawler asks &quot;has it changed?&quot; and downloads the body only when it has. Select the 200 and the 304 in the history and press &quot;Compare the two selected&quot; to see what the 304 saved.</source>
        <translation>这就是重新验证：缓存或爬虫先问一句“变了吗？”，只有变了才下载响应体。在历史记录中选中 200 和 304 两次交互，按“比较选中的两项”，看看 304 省下了什么。</translation>
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
        <source>From sending the request to the first byte of the response: the server&apos;s thinking time plus one round trip.</source>
        <translation>从发送请求到收到响应的第一个字节：服务器的处理时间加一次往返。</translation>
    </message>
    <message>
        <source>From the first byte of the response to the last.</source>
        <translation>从响应的第一个字节到最后一个字节。</translation>
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
        <source>no connection</source>
        <translation>没有连接</translation>
    </message>
</context>
<context>
    <name>HttpLens::Workspace</name>
    <message>
        <source>History, cookies and environments are kept in memory only.</source>
        <translation>历史记录、Cookie 和环境只保存在内存中。</translation>
    </message>
    <message>
        <source>environments</source>
        <translation>环境</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not cookies.txt lines</source>
        <translation>
            <numerusform>有 %n 行不是 cookies.txt 格式的行</numerusform>
        </translation>
    </message>
    <message>
        <source>The cookie jar %1 is damaged (%2) and could not be moved aside; HTTP Lens keeps cookies in memory and leaves the file alone.</source>
        <translation>Cookie 罐 %1 已损坏（%2），且无法移到一旁；HTTP Lens 只在内存中保存 Cookie，不会改动该文件。</translation>
    </message>
    <message>
        <source>The cookie jar was damaged (%1). It was kept as %2, and the %3 cookies that could be read are in the jar.</source>
        <translation>Cookie 罐已损坏（%1）。原文件已保存为 %2，能读出的 %3 个 Cookie 已放入 Cookie 罐。</translation>
    </message>
</context>
<context>
    <name>HttpLens::WriteOut</name>
    <message>
        <source>httplens-cli: unknown --write-out variable: &apos;%1&apos;
</source>
        <translation>httplens-cli：--write-out 中没有变量“%1”
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>httplens-cli: unknown command &quot;%1&quot;.
</source>
        <translation>httplens-cli：未知命令“%1”。
</translation>
    </message>
    <message>
        <source>Usage: httplens-cli COMMAND [options]

Commands:
  send [options] URL...   send requests with curl&apos;s options and show every byte
  run FILE.http [--name N] send the requests of an .http file
  check [FILE|--sitemap S] the status of many URLs, and which changed
  convert --to FORMAT     turn curl, HAR or .http requests into another format or code
  serve [--port N]        run the practice server on loopback
  capture [-- COMMAND]    record what another program sends and gets back (a proxy)
  explain CODE|HEADER...  what a status code or a header means

--lang en|zh_CN chooses the language of explanations (default: the system&apos;s).
Run &apos;httplens-cli COMMAND --help&apos; for the options of a command; --version shows the versions of HTTP Lens, libcurl and Qt.
</source>
        <translation>用法：httplens-cli 命令 [选项]

命令：
  send [选项] URL...       使用 curl 的选项发送请求，显示每一个字节
  run 文件.http [--name N] 发送 .http 文件中的请求
  check [文件|--sitemap S] 大量 URL 的状态，以及哪些发生了变化
  convert --to 格式        把 curl、HAR 或 .http 请求转换为另一种格式或代码
  serve [--port N]         在本机回环地址上运行练习服务器
  capture [-- 命令]        录制另一个程序发出和收到的内容（一个代理）
  explain 状态码|头字段名... 状态码或头字段的含义

--lang en|zh_CN 选择解释所用的语言（默认使用系统语言）。
运行“httplens-cli 命令 --help”查看某个命令的选项；--version 显示 HTTP Lens、libcurl 和 Qt 的版本。
</translation>
    </message>
</context>
</TS>
