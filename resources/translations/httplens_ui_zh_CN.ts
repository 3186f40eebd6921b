<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HttpLens::CompareView</name>
    <message>
        <location filename="../../ui/compareview.cpp" line="37" />
        <location filename="../../ui/compareview.cpp" line="134" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="45" />
        <source>Compare exchanges</source>
        <translation>比较两次交换</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="80" />
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="108" />
        <location filename="../../ui/compareview.cpp" line="110" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="115" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="120" />
        <source>Bytes on the wire</source>
        <translation>线路上的字节</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="122" />
        <source>Request (heads and bodies)</source>
        <translation>请求（头部和正文）</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="126" />
        <source>Response heads</source>
        <translation>响应头部</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="130" />
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="146" />
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="150" />
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="154" />
        <source>changed</source>
        <translation>改变</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="160" />
        <source>Response headers</source>
        <translation>响应头</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="161" />
        <source>Request headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="163" />
        <source>Timings</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="169" />
        <source>#%1 (%2) moved %3 fewer bytes than #%4 (%5): %6% of the traffic saved.</source>
        <translation>#%1（%2）比 #%4（%5）少传输 %3：节省了 %6% 的流量。</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="180" />
        <source>#%1 (%2) moved %3 more bytes than #%4 (%5).</source>
        <translation>#%1（%2）比 #%4（%5）多传输 %3。</translation>
    </message>
</context>
<context>
    <name>HttpLens::HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="45" />
        <source>Filter: method, URL or status</source>
        <translation>筛选：方法、URL 或状态码</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="69" />
        <source>&amp;Compare the two selected</source>
        <translation>比较选中的两项(&amp;C)</translation>
    </message>
</context>
<context>
    <name>HttpLens::KeyValueTable</name>
    <message>
        <location filename="../../ui/keyvaluetable.cpp" line="45" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/keyvaluetable.cpp" line="45" />
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>HttpLens::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="42" />
        <source>HTTP Lens</source>
        <translation>HTTP Lens</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="76" />
        <source>Practice server: %1</source>
        <translation>练习服务器：%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="129" />
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="130" />
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="131" />
        <source>Reopen it from the Help menu.</source>
        <translation>可从“帮助”菜单重新打开。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="161" />
        <source>Method: pick one or type any token</source>
        <translation>方法：从列表中选择，或输入任意 token</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="164" />
        <source>URL, for example %1</source>
        <translation>URL，例如 %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="171" />
        <location filename="../../ui/mainwindow.cpp" line="207" />
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="173" />
        <source>Send the request (Ctrl+Enter)</source>
        <translation>发送请求（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="175" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="177" />
        <source>Stop the transfer (Esc)</source>
        <translation>停止传输（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="193" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="194" />
        <source>&amp;New request</source>
        <translation>新建请求(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="203" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="206" />
        <source>&amp;Request</source>
        <translation>请求(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="210" />
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="212" />
        <source>&amp;Replay conditionally</source>
        <translation>条件重放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="217" />
        <source>Send the request again with If-None-Match and If-Modified-Since from the last response to this URL</source>
        <translation>用此 URL 上一次响应中的值，带上 If-None-Match 和 If-Modified-Since 再次发送请求</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="220" />
        <source>Go to &amp;URL</source>
        <translation>转到 URL(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="225" />
        <source>Clear &amp;history</source>
        <translation>清空历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="232" />
        <source>&amp;Practice</source>
        <translation>练习(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="233" />
        <source>&amp;Change the lab document</source>
        <translation>修改实验文档(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="237" />
        <source>Open the &amp;lab document</source>
        <translation>打开实验文档(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="243" />
        <source>List the practice &amp;endpoints</source>
        <translation>列出练习端点(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="252" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="253" />
        <source>&amp;Walkthrough: 200 vs 304</source>
        <translation>引导练习：200 与 304(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="257" />
        <source>&amp;About HTTP Lens</source>
        <translation>关于 HTTP Lens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="259" />
        <source>About HTTP Lens</source>
        <translation>关于 HTTP Lens</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="260" />
        <source>&lt;h3&gt;HTTP Lens %1&lt;/h3&gt;&lt;p&gt;An HTTP request inspector: the exact bytes, the timings, and what they mean.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HTTP Lens %1&lt;/h3&gt;&lt;p&gt;HTTP 请求检查器：精确的字节、耗时，以及它们的含义。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="363" />
        <source>No response to this URL has carried an ETag or Last-Modified yet, so there is nothing to revalidate with. Send it once first.</source>
        <translation>此 URL 的响应还没有带过 ETag 或 Last-Modified，因此没有可用于重新验证的值。请先发送一次。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="386" />
        <source>Edit %1 at %2.</source>
        <translation>第 %1 次修改，时间 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="393" />
        <source>The lab document "%1" changed: it has a new ETag and Last-Modified now.</source>
        <translation>实验文档“%1”已修改：它现在有新的 ETag 和 Last-Modified。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="419" />
        <source>Walkthrough: 200 vs 304</source>
        <translation>引导练习：200 与 304</translation>
    </message>
</context>
<context>
    <name>HttpLens::RequestEditor</name>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="45" />
        <location filename="../../ui/requesteditor.cpp" line="456" />
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="46" />
        <location filename="../../ui/requesteditor.cpp" line="457" />
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="47" />
        <location filename="../../ui/requesteditor.cpp" line="458" />
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="48" />
        <source>Auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="49" />
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="50" />
        <location filename="../../ui/requesteditor.cpp" line="460" />
        <source>Conditional</source>
        <translation>条件请求</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="68" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="68" />
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="68" />
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="68" />
        <source>Form (urlencoded)</source>
        <translation>表单（urlencoded）</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="68" />
        <source>Multipart form</source>
        <translation>多部分表单（multipart）</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="69" />
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="77" />
        <source>This request has no body.</source>
        <translation>此请求没有正文。</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="91" />
        <source>Content-&amp;Type:</source>
        <translation>Content-&amp;Type：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="117" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="117" />
        <source>Text or file path</source>
        <translation>文本或文件路径</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="117" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="117" />
        <source>Content-Type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="122" />
        <source>Add text field</source>
        <translation>添加文本字段</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="123" />
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="124" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="136" />
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="159" />
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="159" />
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="164" />
        <source>&amp;Scheme:</source>
        <translation>方案(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="165" />
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="166" />
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="167" />
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="168" />
        <source>&amp;Write Authorization header</source>
        <translation>写入 Authorization 请求头(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="171" />
        <source>The helper writes a visible Authorization row into the Headers tab. Nothing is added behind your back.</source>
        <translation>此助手会在“请求头”页中写入一行可见的 Authorization，不会在背后偷偷添加任何东西。</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="192" />
        <source>&amp;Follow redirects</source>
        <translation>跟随重定向(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="196" />
        <source>Default (HTTP/1.1, HTTP/2 over TLS)</source>
        <translation>默认（HTTP/1.1；TLS 上为 HTTP/2）</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="202" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="203" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="204" />
        <source>&amp;Verify TLS certificates</source>
        <translation>验证 TLS 证书(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="205" />
        <source>Ask for and &amp;decode compressed bodies (Accept-Encoding)</source>
        <translation>请求并解码(&amp;D)压缩的正文（Accept-Encoding）</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="207" />
        <source>Use the &amp;cookie jar</source>
        <translation>使用 Cookie 罐(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="209" />
        <source>host:port:address, as curl --resolve</source>
        <translation>host:port:address，与 curl --resolve 相同</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="211" />
        <source>&amp;Maximum redirects:</source>
        <translation>最多重定向次数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="212" />
        <source>HTTP &amp;version:</source>
        <translation>HTTP 版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="213" />
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="217" />
        <source>&amp;Resolve override:</source>
        <translation>解析覆盖(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="226" />
        <source>Conditional requests ask the server to answer only if something holds. If-None-Match and If-Modified-Since are filled from the last response to the same URL.</source>
        <translation>条件请求让服务器只在某个条件成立时才回答。If-None-Match 和 If-Modified-Since 会用同一 URL 上一次响应中的值填好。</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="253" />
        <source>&amp;Fill from last response</source>
        <translation>用上一次响应填写(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="284" />
        <source>Empty body.</source>
        <translation>正文为空。</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="288" />
        <source>✓ Valid JSON</source>
        <translation>✓ JSON 有效</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="288" />
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="315" />
        <source>From the %1 of response #%2 (%3) received %4</source>
        <translation>来自响应 #%2（%3）的 %1，收到于 %4</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="322" />
        <source>No ETag seen for this URL yet.</source>
        <translation>此 URL 还没有出现过 ETag。</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="326" />
        <source>No Last-Modified seen for this URL yet.</source>
        <translation>此 URL 还没有出现过 Last-Modified。</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="456" />
        <source>Params (%1)</source>
        <translation>参数（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="457" />
        <source>Headers (%1)</source>
        <translation>请求头（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="458" />
        <source>Body •</source>
        <translation>正文 •</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="460" />
        <source>Conditional (%1)</source>
        <translation>条件请求（%1）</translation>
    </message>
</context>
<context>
    <name>HttpLens::ResponseView</name>
    <message>
        <location filename="../../ui/responseview.cpp" line="136" />
        <source>Find in the raw exchange (Enter: next, Shift+Enter: previous)</source>
        <translation>在原始报文中查找（Enter：下一个，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="150" />
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="156" />
        <location filename="../../ui/responseview.cpp" line="222" />
        <location filename="../../ui/responseview.cpp" line="225" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="156" />
        <location filename="../../ui/responseview.cpp" line="222" />
        <location filename="../../ui/responseview.cpp" line="225" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="156" />
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="161" />
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="170" />
        <source>&amp;Hex</source>
        <translation>十六进制(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="171" />
        <source>&amp;Save body…</source>
        <translation>保存正文(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="210" />
        <source>Save the response body</source>
        <translation>保存响应正文</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="215" />
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="217" />
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="221" />
        <source>Sent with the request</source>
        <translation>随请求发送</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="224" />
        <source>Set by the response</source>
        <translation>由响应设置</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="225" />
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="229" />
        <source>Cookie jar (sent with the next request; double-click to edit)</source>
        <translation>Cookie 罐（随下一个请求发送；双击可编辑）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="239" />
        <source>&amp;Delete cookie</source>
        <translation>删除 Cookie(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="240" />
        <source>C&amp;lear jar</source>
        <translation>清空 Cookie 罐(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="252" />
        <source>Cookies</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="260" />
        <source>Timing</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="265" />
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="268" />
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="303" />
        <source>Compose a request and press Send (Ctrl+Enter).</source>
        <translation>编写请求，然后按“发送”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="319" />
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="325" />
        <source>/s</source>
        <translation>/秒</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="328" />
        <source>Receiving… %1 of %2 (%3)</source>
        <translation>接收中… %1 / %2（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="331" />
        <source>Receiving… %1 (%2)</source>
        <translation>接收中… %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="337" />
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="339" />
        <source>The request was not sent because:</source>
        <translation>请求没有发送，原因：</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="350" />
        <source>Error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="365" />
        <source>The transfer then failed: %1</source>
        <translation>随后传输失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="378" />
        <source>body %1</source>
        <translation>正文 %1</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="379" />
        <location filename="../../ui/responseview.cpp" line="480" />
        <source>%1 on the wire</source>
        <translation>线路上 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/responseview.cpp" line="381" />
        <source>%n hop(s)</source>
        <translation><numerusform>%n 跳</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="382" />
        <source>reused connection</source>
        <translation>复用的连接</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="382" />
        <source>new connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="400" />
        <source>── hop %1 of %2: %3</source>
        <translation>── 第 %1 跳，共 %2 跳：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/responseview.cpp" line="407" />
        <source>[%n byte(s) of binary request body]</source>
        <translation><numerusform>[%n 字节的二进制请求正文]</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="417" />
        <source>[body: %1 on the wire]</source>
        <translation>[正文：线路上 %1]</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="456" />
        <source>Response headers (%1)</source>
        <translation>响应头（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="459" />
        <source>Request headers (%1)</source>
        <translation>请求头（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="484" />
        <source>No body.</source>
        <translation>没有正文。</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="487" />
        <source>A 304 never has one: the cached copy is still good.</source>
        <translation>304 从不带正文：缓存的副本仍然有效。</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="509" />
        <source>not a readable image</source>
        <translation>不是可读的图片</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="528" />
        <source>showing the first %1; tick Hex or save the body to see all of it</source>
        <translation>只显示前 %1；勾选“十六进制”或保存正文可查看全部</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="579" />
        <source>No HTTP response</source>
        <translation>没有 HTTP 响应</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="585" />
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="600" />
        <source>none given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="602" />
        <source>%1 s (heuristic)</source>
        <translation>%1 秒（启发式）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="620" />
        <source>Caching (RFC 9111)</source>
        <translation>缓存（RFC 9111）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="621" />
        <source>Storable</source>
        <translation>可存储</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="622" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="622" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="624" />
        <source>Lifetime</source>
        <translation>新鲜期</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="625" />
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="626" />
        <source>%1 s · %2</source>
        <translation>%1 秒 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="626" />
        <source>fresh</source>
        <translation>新鲜</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="626" />
        <source>stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="627" />
        <source>Next time</source>
        <translation>下一次</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="630" />
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="640" />
        <source>This exchange did not use TLS.</source>
        <translation>此次交换没有使用 TLS。</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="647" />
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="648" />
        <source>Cipher</source>
        <translation>加密套件</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="649" />
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="650" />
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="651" />
        <source>switched off (insecure)</source>
        <translation>已关闭（不安全）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="652" />
        <source>the chain verified</source>
        <translation>证书链验证通过</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="653" />
        <source>failed: %1 (%2)</source>
        <translation>失败：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="654" />
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="658" />
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="660" />
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
</context>
<context>
    <name>HttpLens::WaterfallWidget</name>
    <message>
        <location filename="../../ui/waterfallwidget.cpp" line="74" />
        <source>No timings: nothing was sent yet.</source>
        <translation>没有耗时数据：还没有发送任何请求。</translation>
    </message>
    <message>
        <location filename="../../ui/waterfallwidget.cpp" line="111" />
        <source>Total: %1</source>
        <translation>总计：%1</translation>
    </message>
    <message>
        <location filename="../../ui/waterfallwidget.cpp" line="114" />
        <source>queued before start: %1</source>
        <translation>开始前排队：%1</translation>
    </message>
</context>
</TS>