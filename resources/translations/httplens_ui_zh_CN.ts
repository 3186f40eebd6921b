<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HttpLens::BodyPage</name>
    <message>
        <source>&amp;Hex</source>
        <translation>十六进制(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save body…</source>
        <translation>保存响应体(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the response body</source>
        <translation>保存响应体</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <source>%1 on the wire</source>
        <translation>线路上 %1</translation>
    </message>
    <message>
        <source>No body. A 304 never has one: the cached copy is still good.</source>
        <translation>没有响应体。304 从来没有响应体：缓存里的副本仍然有效。</translation>
    </message>
    <message>
        <source>No body.</source>
        <translation>没有响应体。</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>不是可读的图片</translation>
    </message>
    <message>
        <source>showing the first %1; tick Hex or save the body to see all of it</source>
        <translation>只显示前 %1；勾选“十六进制”或保存响应体可查看全部</translation>
    </message>
</context>
<context>
    <name>HttpLens::CachePage</name>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>now + %1 s</source>
        <translation>现在 + %1 秒</translation>
    </message>
    <message>
        <source>now + %1 min</source>
        <translation>现在 + %1 分钟</translation>
    </message>
    <message>
        <source>now + %1 h</source>
        <translation>现在 + %1 小时</translation>
    </message>
    <message>
        <source>now + %1 d</source>
        <translation>现在 + %1 天</translation>
    </message>
    <message>
        <source>&amp;Moment:</source>
        <translation>时刻(&amp;M)：</translation>
    </message>
    <message>
        <source>Send as a &amp;browser would</source>
        <translation>像浏览器那样发送(&amp;B)</translation>
    </message>
    <message>
        <source>Browser (private cache)</source>
        <translation>浏览器（私有缓存）</translation>
    </message>
    <message>
        <source>CDN (shared cache)</source>
        <translation>CDN（共享缓存）</translation>
    </message>
    <message>
        <source>Last response, browser: %1
Last response, CDN: %2</source>
        <translation>上一个响应，浏览器：%1
上一个响应，CDN：%2</translation>
    </message>
    <message>
        <source>0 bytes sent, the browser&apos;s cache answered. Its decision: %1</source>
        <translation>发送 0 字节，由浏览器缓存作答。它的决定：%1</translation>
    </message>
</context>
<context>
    <name>HttpLens::CaptureDialog</name>
    <message>
        <source>Capture traffic</source>
        <translation>录制流量</translation>
    </message>
    <message>
        <source>HTTP Lens becomes a proxy on this computer: what other programs send through it, and what they get back, arrives in the history with both legs, HTTPS included.</source>
        <translation>HTTP Lens 在这台计算机上充当代理：其他程序经过它发送的内容和收到的回答，都会连同两侧一起出现在历史中，HTTPS 也不例外。</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Run one program through a capture of its own, into the same history:</source>
        <translation>让一个程序经过它自己的录制代理运行，记入同一份历史：</translation>
    </message>
    <message>
        <source>Copy &amp;command</source>
        <translation>复制命令(&amp;C)</translation>
    </message>
    <message>
        <source>Or paste these lines into another shell, then start the programs there:</source>
        <translation>或者把这些行粘贴到另一个 shell 中，再在那里启动程序：</translation>
    </message>
    <message>
        <source>Copy the &amp;lines</source>
        <translation>复制这些行(&amp;L)</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>HTTPS: trusting HTTP Lens&apos;s CA</source>
        <translation>HTTPS：信任 HTTP Lens 的 CA</translation>
    </message>
    <message numerus="yes">
        <source>Capturing on %1: %n exchange(s) so far.</source>
        <translation>
            <numerusform>正在 %1 上录制：到目前为止共 %n 次交互。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not capturing.</source>
        <translation>没有在录制。</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start capturing</source>
        <translation>开始录制(&amp;S)</translation>
    </message>
    <message>
        <source>Start capturing: the lines name the port it listens on.</source>
        <translation>开始录制后，这些行会写明它监听的端口。</translation>
    </message>
    <message>
        <source>HTTP Lens makes its CA the first time it captures; its place and how to trust it are shown here then.</source>
        <translation>HTTP Lens 第一次录制时会生成它的 CA；那时这里会显示 CA 的位置以及如何信任它。</translation>
    </message>
</context>
<context>
    <name>HttpLens::CheckOptionsForm</name>
    <message>
        <source>How many requests are under way at once (--concurrency).</source>
        <translation>同时进行的请求数（--concurrency）。</translation>
    </message>
    <message>
        <source>How many of them may go to one host at once, as browsers limit it (--per-host).</source>
        <translation>其中最多有多少个可以同时发往同一主机，与浏览器的限制相同（--per-host）。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Requests per second overall (--rate).</source>
        <translation>每秒发出的请求总数（--rate）。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The time limit of each request (--max-time).</source>
        <translation>每个请求的时间上限（--max-time）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The time limit to connect (--connect-timeout).</source>
        <translation>建立连接的时间上限（--connect-timeout）。</translation>
    </message>
    <message>
        <source>Tries again after a connection failure, a 429 or a 503, waiting as long as Retry-After says (--retries).</source>
        <translation>连接失败或收到 429、503 时重试，并按 Retry-After 所说的时间等待（--retries）。</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>跟随重定向</translation>
    </message>
    <message>
        <source>HEAD (GET where refused)</source>
        <translation>HEAD（被拒绝时改用 GET）</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates</source>
        <translation>不验证 TLS 证书</translation>
    </message>
    <message>
        <source>libcurl&apos;s default</source>
        <translation>libcurl 的默认值</translation>
    </message>
    <message>
        <source>Name: value, one per line</source>
        <translation>名称: 值，每行一个</translation>
    </message>
    <message>
        <source>none: nothing is remembered</source>
        <translation>无：不记住任何内容</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Continue the interrupted run</source>
        <translation>继续被中断的运行</translation>
    </message>
    <message>
        <source>At once:</source>
        <translation>同时：</translation>
    </message>
    <message>
        <source>Per host:</source>
        <translation>每主机：</translation>
    </message>
    <message>
        <source>Per second:</source>
        <translation>每秒：</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>重试：</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>时间上限：</translation>
    </message>
    <message>
        <source>To connect:</source>
        <translation>连接上限：</translation>
    </message>
    <message>
        <source>User-Agent:</source>
        <translation>User-Agent：</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>请求头：</translation>
    </message>
    <message>
        <source>State file:</source>
        <translation>状态文件：</translation>
    </message>
    <message>
        <source>State file: validators and hashes</source>
        <translation>状态文件：验证器和哈希值</translation>
    </message>
    <message>
        <source>SQLite state (*.db);;All files (*)</source>
        <translation>SQLite 状态文件 (*.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>HttpLens::CheckWindow</name>
    <message>
        <source>Check many URLs – HTTP Lens</source>
        <translation>检查大量 URL – HTTP Lens</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>显示 %1 / %2</translation>
    </message>
    <message>
        <source>URLs pasted here</source>
        <translation>粘贴在这里的 URL</translation>
    </message>
    <message>
        <source>A list file</source>
        <translation>列表文件</translation>
    </message>
    <message>
        <source>A sitemap (file or URL)</source>
        <translation>站点地图（文件或 URL）</translation>
    </message>
    <message>
        <source>One URL per line; lines starting with # are comments.</source>
        <translation>每行一个 URL；以 # 开头的行是注释。</translation>
    </message>
    <message>
        <source>A file, or for a sitemap also an http(s) URL</source>
        <translation>一个文件；站点地图也可以是 http(s) URL</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the check (Ctrl+Return)</source>
        <translation>开始检查（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the check (Esc); what finished stays in the table</source>
        <translation>停止检查（Esc）；已完成的结果保留在表格中</translation>
    </message>
    <message>
        <source>Filter: URL, status, change or error</source>
        <translation>筛选：URL、状态、变化或错误</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>所有变化</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;JSON lines…</source>
        <translation>导出 JSON 行(&amp;J)…</translation>
    </message>
    <message>
        <source>Sitemaps (*.xml *.xml.gz);;All files (*)</source>
        <translation>站点地图 (*.xml *.xml.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Lists of URLs (*.txt *.lst);;All files (*)</source>
        <translation>URL 列表 (*.txt *.lst);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Reading the sitemap…</source>
        <translation>正在读取站点地图…</translation>
    </message>
    <message>
        <source>Cancelled: what finished is listed.
%1</source>
        <translation>已取消：表中列出的是已完成的部分。
%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Export as JSON lines</source>
        <translation>导出为 JSON 行</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>JSON 行 (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::CompareView</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Compare exchanges</source>
        <translation>比较两次交互</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>线路上的字节</translation>
    </message>
    <message>
        <source>Request (heads and bodies)</source>
        <translation>请求（头部和请求体）</translation>
    </message>
    <message>
        <source>Response heads</source>
        <translation>响应头部</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>响应体</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>改变</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应头</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>#%1 (%2) moved %3 fewer bytes than #%4 (%5): %6% of the traffic saved.</source>
        <translation>#%1（%2）比 #%4（%5）少传输 %3：节省了 %6% 的流量。</translation>
    </message>
    <message>
        <source>#%1 (%2) moved %3 more bytes than #%4 (%5).</source>
        <translation>#%1（%2）比 #%4（%5）多传输 %3。</translation>
    </message>
    <message>
        <source>Hops</source>
        <translation>各跳</translation>
    </message>
    <message>
        <source>Hop %1</source>
        <translation>第 %1 跳</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message numerus="yes">
        <source>… %n unchanged line(s)</source>
        <translation>
            <numerusform>…… %n 行未变</numerusform>
        </translation>
    </message>
    <message>
        <source>… only the first %1 rows are shown</source>
        <translation>…… 只显示前 %1 行</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>响应体</translation>
    </message>
    <message>
        <source>JSON, normalised</source>
        <translation>JSON，已规范化</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>identical (%1)</source>
        <translation>相同（%1）</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>新增 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>different (%1)</source>
        <translation>不同（%1）</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较结果</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>A hop&apos;s time is measured by HTTP Lens from its start to the end of its response; the total under Timing is libcurl&apos;s measure of the whole exchange, every hop included. They differ by the moments between libcurl&apos;s last byte and HTTP Lens&apos;s.</source>
        <translation>每一跳的耗时由 HTTP Lens 从它开始量到它的响应结束；“耗时”标签页中的总计是 libcurl 对整个交互（包括每一跳）的测量。两者相差的是 libcurl 收到最后一个字节与 HTTP Lens 收到之间的那一点时间。</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>未比较</translation>
    </message>
</context>
<context>
    <name>HttpLens::CookiesPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>&amp;Delete cookie</source>
        <translation>删除 Cookie(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;lear jar</source>
        <translation>清空 Cookie 罐(&amp;L)</translation>
    </message>
    <message>
        <source>Sent with the request</source>
        <translation>随请求发送</translation>
    </message>
    <message>
        <source>Set by the response</source>
        <translation>由响应设置</translation>
    </message>
    <message>
        <source>Cookie jar (sent with the next request; double-click to edit)</source>
        <translation>Cookie 罐（随下一个请求发送；双击可编辑）</translation>
    </message>
</context>
<context>
    <name>HttpLens::CurlImportDialog</name>
    <message>
        <source>Import a curl command</source>
        <translation>导入 curl 命令</translation>
    </message>
    <message>
        <source>Paste a curl command, for example from a browser&apos;s developer tools: Network, right-click a request, Copy as cURL (bash).</source>
        <translation>粘贴一条 curl 命令，例如来自浏览器开发者工具：网络，右键点击某个请求，复制为 cURL (bash)。</translation>
    </message>
    <message>
        <source>Open in the editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 with %n header field(s)</source>
        <translation>
            <numerusform>%1 %2，含 %n 个头部字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Body: %n byte(s)</source>
        <translation>
            <numerusform>请求体：%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>It reads %1; you will be asked whether to send it before it is read.</source>
        <translation>它会读取 %1；读取之前会先询问你是否发送。</translation>
    </message>
</context>
<context>
    <name>HttpLens::EnvironmentsDialog</name>
    <message>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Write {{name}} in the URL, a header or the body; the environment chosen next to the URL gives its value.</source>
        <translation>在 URL、头部或请求体中写 {{name}}；URL 旁选中的环境提供它的值。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>新建环境</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>HttpLens::ExplainPage</name>
    <message>
        <source>No HTTP response</source>
        <translation>没有 HTTP 响应</translation>
    </message>
    <message>
        <source>libcurl error %1: %2</source>
        <translation>libcurl 错误 %1：%2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>诊断</translation>
    </message>
</context>
<context>
    <name>HttpLens::HeadersPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Response headers (%1)</source>
        <translation>响应头（%1）</translation>
    </message>
    <message>
        <source>Request headers (%1)</source>
        <translation>请求头（%1）</translation>
    </message>
</context>
<context>
    <name>HttpLens::HistoryPanel</name>
    <message>
        <source>&amp;Compare the two selected</source>
        <translation>比较选中的两项(&amp;C)</translation>
    </message>
    <message>
        <source>Filter: method, URL, status or program</source>
        <translation>筛选：方法、URL、状态或程序</translation>
    </message>
    <message>
        <source>&amp;Edit and send</source>
        <translation>编辑后发送(&amp;E)</translation>
    </message>
    <message>
        <source>Show the &amp;program of captured exchanges</source>
        <translation>显示被录制交互的程序(&amp;P)</translation>
    </message>
</context>
<context>
    <name>HttpLens::HttpFileDialog</name>
    <message>
        <source>.http file</source>
        <translation>.http 文件</translation>
    </message>
    <message>
        <source>&amp;Open in the editor</source>
        <translation>在编辑器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>HttpLens::KeyValueTable</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>HttpLens::LessonsDialog</name>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Each step moves on only when what it asks for has really happened. Your progress is kept.</source>
        <translation>每一步只有在它要求的事情真正发生之后才会前进。你的进度会被保留。</translation>
    </message>
    <message>
        <source>Lesson files that could not be read: %1</source>
        <translation>无法读取的课程文件：%1</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>从头开始(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>已完成 %1 / %2 步</translation>
    </message>
    <message>
        <source>%1. %2 — %3
%4</source>
        <translation>%1. %2 — %3
%4</translation>
    </message>
</context>
<context>
    <name>HttpLens::Main</name>
    <message>
        <source>HTTP Lens: an HTTP request inspector</source>
        <translation>HTTP Lens：HTTP 请求检查器</translation>
    </message>
    <message>
        <source>Port of the built-in practice server (default 8808, or any free port).</source>
        <translation>内置练习服务器的端口（默认 8808，被占用时任选一个空闲端口）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Do not start the practice server.</source>
        <translation>不启动练习服务器。</translation>
    </message>
    <message>
        <source>Print start-up time and memory, then quit (benchmark).</source>
        <translation>输出启动时间和内存占用，然后退出（用于基准测试）。</translation>
    </message>
    <message>
        <source>With --measure-startup: send N requests to the practice server first and report memory.</source>
        <translation>与 --measure-startup 一起使用：先向练习服务器发送 N 个请求，再报告内存占用。</translation>
    </message>
    <message>
        <source>Keep history, cookies, environments and settings in this folder instead of the platform&apos;s application-data location.</source>
        <translation>把历史记录、Cookie、环境和设置保存在这个文件夹中，而不是系统的应用数据目录。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Keep nothing on disk (a throw-away session).</source>
        <translation>不在磁盘上保存任何内容（一次性会话）。</translation>
    </message>
    <message>
        <source>httplens: the practice server could not start: %1</source>
        <translation>httplens：练习服务器无法启动：%1</translation>
    </message>
    <message>
        <source>Show the versions of HTTP Lens, libcurl and Qt.</source>
        <translation>显示 HTTP Lens、libcurl 和 Qt 的版本。</translation>
    </message>
</context>
<context>
    <name>HttpLens::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>请求(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>练习(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Walkthrough: 200 vs 304</source>
        <translation>引导练习：200 与 304(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About HTTP Lens</source>
        <translation>关于 HTTP Lens(&amp;A)</translation>
    </message>
    <message>
        <source>About HTTP Lens</source>
        <translation>关于 HTTP Lens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;HTTP Lens %1&lt;/h3&gt;&lt;p&gt;An HTTP request inspector: the exact bytes, the timings, and what they mean.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HTTP Lens %1&lt;/h3&gt;&lt;p&gt;HTTP 请求检查器：精确的字节、耗时，以及它们的含义。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>新建请求(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Import &amp;curl command…</source>
        <translation>导入 &amp;curl 命令…</translation>
    </message>
    <message>
        <source>&amp;Open .http file…</source>
        <translation>打开 .http 文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open .http file</source>
        <translation>打开 .http 文件</translation>
    </message>
    <message>
        <source>HTTP requests (*.http *.rest);;All files (*)</source>
        <translation>HTTP 请求 (*.http *.rest);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Save request to .http file…</source>
        <translation>将请求保存到 .http 文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Save request to .http file</source>
        <translation>将请求保存到 .http 文件</translation>
    </message>
    <message>
        <source>HTTP requests (*.http *.rest)</source>
        <translation>HTTP 请求 (*.http *.rest)</translation>
    </message>
    <message>
        <source>Import &amp;HAR…</source>
        <translation>导入 &amp;HAR…</translation>
    </message>
    <message>
        <source>Import HAR</source>
        <translation>导入 HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>HAR 文件 (*.har *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Export history as HAR…</source>
        <translation>将历史记录导出为 HAR(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;selected exchanges as HAR…</source>
        <translation>将选中的交互导出为 HAR(&amp;S)…</translation>
    </message>
    <message>
        <source>Import cookies.&amp;txt…</source>
        <translation>导入 cookies.&amp;txt…</translation>
    </message>
    <message>
        <source>Import cookies</source>
        <translation>导入 Cookie</translation>
    </message>
    <message>
        <source>Netscape cookie files (*.txt);;All files (*)</source>
        <translation>Netscape Cookie 文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export cookies.t&amp;xt…</source>
        <translation>导出 cookies.t&amp;xt…</translation>
    </message>
    <message>
        <source>Export cookies</source>
        <translation>导出 Cookie</translation>
    </message>
    <message>
        <source>Netscape cookie files (*.txt)</source>
        <translation>Netscape Cookie 文件 (*.txt)</translation>
    </message>
    <message>
        <source>Select exchanges in the history first.</source>
        <translation>请先在历史记录中选择交互。</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>导出 HAR</translation>
    </message>
    <message>
        <source>HAR files are often shared. HTTP Lens masks Authorization, cookie values and token-like parameters unless you keep them. Bodies are exported as they are.</source>
        <translation>HAR 文件经常被分享。除非你选择保留，HTTP Lens 会遮盖 Authorization、Cookie 值以及类似令牌的参数。请求体和响应体按原样导出。</translation>
    </message>
    <message>
        <source>Export with secrets masked</source>
        <translation>遮盖机密后导出</translation>
    </message>
    <message>
        <source>Keep secrets</source>
        <translation>保留机密</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR 文件 (*.har)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Replay conditionally</source>
        <translation>条件重放(&amp;R)</translation>
    </message>
    <message>
        <source>Send the request once more with If-None-Match and If-Modified-Since from the last response to this URL</source>
        <translation>再发送一次请求，带上此 URL 上一次响应给出的 If-None-Match 和 If-Modified-Since</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>复制为 c&amp;url</translation>
    </message>
    <message>
        <source>The curl command is on the clipboard.</source>
        <translation>curl 命令已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Copy as c&amp;ode…</source>
        <translation>复制为代码(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>环境(&amp;E)…</translation>
    </message>
    <message>
        <source>Go to &amp;URL</source>
        <translation>转到 URL(&amp;U)</translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation>清空历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Change the lab document</source>
        <translation>修改实验文档(&amp;C)</translation>
    </message>
    <message>
        <source>Open the &amp;lab document</source>
        <translation>打开实验文档(&amp;L)</translation>
    </message>
    <message>
        <source>List the practice &amp;endpoints</source>
        <translation>列出练习端点(&amp;E)</translation>
    </message>
    <message>
        <source>Check &amp;many URLs…</source>
        <translation>检查大量 URL(&amp;M)…</translation>
    </message>
    <message>
        <source>Ask for my &amp;language (Accept-Language: %1)</source>
        <translation>请求使用我的语言(&amp;L)（Accept-Language: %1）</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Send as a &amp;browser would</source>
        <translation>像浏览器那样发送(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Capture &amp;traffic…</source>
        <translation>录制流量(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Request and response &amp;side by side</source>
        <translation>请求与响应左右并排(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Fold the lesson banner</source>
        <translation>折叠课程横幅(&amp;F)</translation>
    </message>
</context>
<context>
    <name>HttpLens::MainWindow</name>
    <message>
        <source>HTTP Lens</source>
        <translation>HTTP Lens</translation>
    </message>
    <message>
        <source>Practice server: %1</source>
        <translation>练习服务器：%1</translation>
    </message>
    <message>
        <source>The curl command is in the editor; send it with Ctrl+Enter.</source>
        <translation>curl 命令已放入编辑器；按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <source>%1 holds no request.</source>
        <translation>%1 中没有请求。</translation>
    </message>
    <message numerus="yes">
        <source>%n conditional field(s) of the previous URL taken off: %1</source>
        <translation>
            <numerusform>去掉了属于之前 URL 的 %n 个条件字段：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Lesson finished. Help → Lessons has the others, with your progress.</source>
        <translation>课程完成。“帮助 → 课程”里有其他课程，并保留着你的进度。</translation>
    </message>
    <message>
        <source>Capture other programs&apos; traffic (File → Capture traffic…)</source>
        <translation>录制其他程序的流量（文件 → 录制流量…）</translation>
    </message>
    <message>
        <source>● Capturing on :%1</source>
        <translation>● 正在 :%1 上录制</translation>
    </message>
    <message>
        <source>Capture: off</source>
        <translation>录制：关闭</translation>
    </message>
    <message>
        <source>Capturing on %1. File → Capture traffic… shows how to send programs through it.</source>
        <translation>正在 %1 上录制。“文件 → 录制流量…”会说明如何让程序经过它。</translation>
    </message>
    <message>
        <source>0 bytes sent, the browser&apos;s cache answered. Its decision: %1</source>
        <translation>发送 0 字节，由浏览器缓存作答。它的决定：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The environments beside the file are in the list next to the URL: %1.</source>
        <translation>文件旁的环境已加入 URL 旁的列表：%1。</translation>
    </message>
    <message>
        <source>The pasted curl command reads this file.</source>
        <translation>粘贴的 curl 命令要读取这个文件。</translation>
    </message>
    <message>
        <source>Not read, and the request was not opened: %1</source>
        <translation>未读取，请求也没有打开：%1</translation>
    </message>
    <message>
        <source>Send a file?</source>
        <translation>发送文件？</translation>
    </message>
    <message>
        <source>Send the contents of %1 (%2) to %3?</source>
        <translation>把 %1（%2）的内容发送到 %3？</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>the request&apos;s host</source>
        <translation>请求的主机</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Do not read it</source>
        <translation>不要读取</translation>
    </message>
    <message>
        <source>The request of %1 reads this file as its body.</source>
        <translation>%1 中的请求把这个文件作为请求体读取。</translation>
    </message>
</context>
<context>
    <name>HttpLens::NoticePanel</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HttpLens::RawPage</name>
    <message>
        <source>Find in the raw exchange (Enter: next, Shift+Enter: previous)</source>
        <translation>在这次交互的原始报文中查找（Enter：下一个，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 处匹配</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::RequestBar</name>
    <message>
        <source>Method: pick one or type any token</source>
        <translation>方法：从列表中选择，或输入任意 token</translation>
    </message>
    <message>
        <source>Environment: fills {{name}} in the URL, headers and body</source>
        <translation>环境：填入 URL、头部和请求体中的 {{name}}</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>发送请求（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the transfer (Esc)</source>
        <translation>停止传输（Esc）</translation>
    </message>
    <message>
        <source>URL, for example %1</source>
        <translation>URL，例如 %1</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>无环境</translation>
    </message>
</context>
<context>
    <name>HttpLens::RequestEditor</name>
    <message>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>条件请求</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form (urlencoded)</source>
        <translation>表单（urlencoded）</translation>
    </message>
    <message>
        <source>Multipart form</source>
        <translation>多部分表单（multipart）</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>请求体(&amp;B)：</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>此请求没有请求体。</translation>
    </message>
    <message>
        <source>Content-&amp;Type:</source>
        <translation>Content-&amp;Type：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Text or file path</source>
        <translation>文本或文件路径</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <source>Add text field</source>
        <translation>添加文本字段</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>方案(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Write Authorization header</source>
        <translation>写入 Authorization 请求头(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Follow redirects</source>
        <translation>跟随重定向(&amp;F)</translation>
    </message>
    <message>
        <source>Default (HTTP/1.1, HTTP/2 over TLS)</source>
        <translation>默认（HTTP/1.1；TLS 上为 HTTP/2）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation>验证 TLS 证书(&amp;V)</translation>
    </message>
    <message>
        <source>Ask for and &amp;decode compressed bodies (Accept-Encoding)</source>
        <translation>请求并解码(&amp;D)压缩的响应体（Accept-Encoding）</translation>
    </message>
    <message>
        <source>Use the &amp;cookie jar</source>
        <translation>使用 Cookie 罐(&amp;C)</translation>
    </message>
    <message>
        <source>host:port:address, as curl --resolve</source>
        <translation>host:port:address，与 curl --resolve 相同</translation>
    </message>
    <message>
        <source>&amp;Maximum redirects:</source>
        <translation>最多重定向次数(&amp;M)：</translation>
    </message>
    <message>
        <source>HTTP &amp;version:</source>
        <translation>HTTP 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Resolve override:</source>
        <translation>解析覆盖(&amp;R)：</translation>
    </message>
    <message>
        <source>Conditional requests ask the server to answer only if something holds. The fields are header rows like any other; If-None-Match and If-Modified-Since are offered from the last response to the same URL.</source>
        <translation>条件请求让服务器只在某个条件成立时才回答。这些字段和其他请求头字段一样，都是“请求头”页中的行；If-None-Match 和 If-Modified-Since 的值取自同一 URL 上一次的响应，供你选用。</translation>
    </message>
    <message>
        <source>&amp;Fill from last response</source>
        <translation>用上一次响应填写(&amp;F)</translation>
    </message>
    <message>
        <source>Empty body.</source>
        <translation>请求体为空。</translation>
    </message>
    <message>
        <source>✓ Valid JSON</source>
        <translation>✓ JSON 有效</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Params (%1)</source>
        <translation>参数（%1）</translation>
    </message>
    <message>
        <source>Body •</source>
        <translation>请求体 •</translation>
    </message>
    <message>
        <source>Conditional (%1)</source>
        <translation>条件请求（%1）</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>The helper writes a visible Authorization row into the Request headers tab. Nothing is added behind your back.</source>
        <translation>此助手会在“请求头”页中写入一行可见的 Authorization，不会在背后偷偷添加任何东西。</translation>
    </message>
    <message>
        <source>Request headers (%1)</source>
        <translation>请求头（%1）</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>A larger body stops the transfer, with a sentence saying so</source>
        <translation>响应体超过上限时停止传输，并说明原因</translation>
    </message>
    <message>
        <source>&amp;Download limit:</source>
        <translation>下载上限(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>HttpLens::ResponseView</name>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>响应体</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Compose a request and press Send (Ctrl+Enter).</source>
        <translation>编写请求，然后按“发送”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <source>Receiving… %1 of %2 (%3/s)</source>
        <translation>正在接收… %1 / %2（%3/秒）</translation>
    </message>
    <message>
        <source>Receiving… %1 (%2/s)</source>
        <translation>正在接收… %1（%2/秒）</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>The request was not sent because:</source>
        <translation>请求没有发送，原因：</translation>
    </message>
    <message>
        <source>The transfer then failed: %1</source>
        <translation>随后传输失败：%1</translation>
    </message>
    <message>
        <source>body %1</source>
        <translation>响应体 %1</translation>
    </message>
    <message>
        <source>%1 on the wire</source>
        <translation>线路上 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s)</source>
        <translation>
            <numerusform>%n 跳</numerusform>
        </translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应头</translation>
    </message>
</context>
<context>
    <name>HttpLens::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Check many URLs</source>
        <translation>检查大量 URL</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HttpLens::SnippetDialog</name>
    <message>
        <source>Copy as code</source>
        <translation>复制为代码</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>HttpLens::TlsPage</name>
    <message>
        <source>This exchange did not use TLS.</source>
        <translation>此次交互没有使用 TLS。</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>加密套件</translation>
    </message>
    <message>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
</context>
<context>
    <name>HttpLens::WalkthroughPanel</name>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Reopen it from the Help menu.</source>
        <translation>可从“帮助”菜单重新打开。</translation>
    </message>
    <message>
        <source>Walkthrough: 200 vs 304 — %1</source>
        <translation>引导练习：200 与 304 — %1</translation>
    </message>
    <message>
        <source>Lesson: %1 — %2</source>
        <translation>课程：%1 — %2</translation>
    </message>
    <message>
        <source>Show the whole step</source>
        <translation>显示整个步骤</translation>
    </message>
    <message>
        <source>Fold to one line</source>
        <translation>折叠为一行</translation>
    </message>
</context>
<context>
    <name>HttpLens::WaterfallWidget</name>
    <message>
        <source>No timings: nothing was sent yet.</source>
        <translation>没有耗时数据：还没有发送任何请求。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>总计：%1</translation>
    </message>
    <message>
        <source>did not happen</source>
        <translation>未发生</translation>
    </message>
    <message>
        <source>%1 · stopped here</source>
        <translation>%1 · 停在这里</translation>
    </message>
    <message>
        <source>– (reused connection)</source>
        <translation>–（复用连接）</translation>
    </message>
    <message>
        <source>Total: %1, queued before start: %2</source>
        <translation>总计：%1，开始前排队：%2</translation>
    </message>
    <message>
        <source>did not happen: the connection was open</source>
        <translation>没有发生：连接已经打开</translation>
    </message>
</context>
</TS>
