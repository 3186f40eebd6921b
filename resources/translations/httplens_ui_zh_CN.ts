<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HttpLens::CompareView</name>
    <message>
        <location filename="../../ui/compareview.cpp" line="37"/>
        <location filename="../../ui/compareview.cpp" line="134"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="45"/>
        <source>Compare exchanges</source>
        <translation>比较两次交换</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="80"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="108"/>
        <location filename="../../ui/compareview.cpp" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="115"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="120"/>
        <source>Bytes on the wire</source>
        <translation>线路上的字节</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="122"/>
        <source>Request (heads and bodies)</source>
        <translation>请求（头部和正文）</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="126"/>
        <source>Response heads</source>
        <translation>响应头部</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="130"/>
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="146"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="150"/>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="154"/>
        <source>changed</source>
        <translation>改变</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="160"/>
        <source>Response headers</source>
        <translation>响应头</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="161"/>
        <source>Request headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="163"/>
        <source>Timings</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="169"/>
        <source>#%1 (%2) moved %3 fewer bytes than #%4 (%5): %6% of the traffic saved.</source>
        <translation>#%1（%2）比 #%4（%5）少传输 %3：节省了 %6% 的流量。</translation>
    </message>
    <message>
        <location filename="../../ui/compareview.cpp" line="180"/>
        <source>#%1 (%2) moved %3 more bytes than #%4 (%5).</source>
        <translation>#%1（%2）比 #%4（%5）多传输 %3。</translation>
    </message>
</context>
<context>
    <name>HttpLens::CurlImportDialog</name>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="39"/>
        <source>Import a curl command</source>
        <translation>导入 curl 命令</translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="41"/>
        <source>Paste a curl command, for example from a browser&apos;s developer tools: Network, right-click a request, Copy as cURL (bash).</source>
        <translation>粘贴一条 curl 命令，例如来自浏览器开发者工具：网络，右键点击某个请求，复制为 cURL (bash)。</translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="54"/>
        <source>Open in the editor</source>
        <translation>在编辑器中打开</translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="82"/>
        <source>Cannot import: %1</source>
        <translation>无法导入：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/interopdialogs.cpp" line="89"/>
        <source>%1 %2 with %n header field(s)</source>
        <translation>
            <numerusform>%1 %2，含 %n 个头部字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/interopdialogs.cpp" line="92"/>
        <source>Body: %n byte(s)</source>
        <translation>
            <numerusform>请求体：%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="94"/>
        <source>Only the first of %1 URLs is opened.</source>
        <translation>%1 个 URL 中只打开第一个。</translation>
    </message>
</context>
<context>
    <name>HttpLens::EnvironmentsDialog</name>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="193"/>
        <source>Environments</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="195"/>
        <source>Write {{name}} in the URL, a header or the body; the environment chosen next to the URL gives its value.</source>
        <translation>在 URL、头部或请求体中写 {{name}}；URL 旁选中的环境提供它的值。</translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="206"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="207"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="228"/>
        <source>New environment</source>
        <translation>新建环境</translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="229"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>HttpLens::HistoryPanel</name>
    <message>
        <location filename="../../ui/historypanel.cpp" line="45"/>
        <source>Filter: method, URL or status</source>
        <translation>筛选：方法、URL 或状态码</translation>
    </message>
    <message>
        <location filename="../../ui/historypanel.cpp" line="69"/>
        <source>&amp;Compare the two selected</source>
        <translation>比较选中的两项(&amp;C)</translation>
    </message>
</context>
<context>
    <name>HttpLens::HttpFileDialog</name>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="141"/>
        <source>.http file</source>
        <translation>.http 文件</translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="148"/>
        <source>&amp;Open in the editor</source>
        <translation>在编辑器中打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="149"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="171"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>HttpLens::KeyValueTable</name>
    <message>
        <location filename="../../ui/keyvaluetable.cpp" line="45"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/keyvaluetable.cpp" line="45"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>HttpLens::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="53"/>
        <source>HTTP Lens</source>
        <translation>HTTP Lens</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="88"/>
        <source>Practice server: %1</source>
        <translation>练习服务器：%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="150"/>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="151"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="152"/>
        <source>Reopen it from the Help menu.</source>
        <translation>可从“帮助”菜单重新打开。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="182"/>
        <source>Method: pick one or type any token</source>
        <translation>方法：从列表中选择，或输入任意 token</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="185"/>
        <source>URL, for example %1</source>
        <translation>URL，例如 %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="192"/>
        <location filename="../../ui/mainwindow.cpp" line="240"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="194"/>
        <source>Send the request (Ctrl+Enter)</source>
        <translation>发送请求（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="196"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="198"/>
        <source>Stop the transfer (Esc)</source>
        <translation>停止传输（Esc）</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="201"/>
        <source>Environment: fills {{name}} in the URL, headers and body</source>
        <translation>环境：填入 URL、头部和请求体中的 {{name}}</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="225"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="226"/>
        <source>&amp;New request</source>
        <translation>新建请求(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="236"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="239"/>
        <source>&amp;Request</source>
        <translation>请求(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="243"/>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="245"/>
        <source>&amp;Replay conditionally</source>
        <translation>条件重放(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="250"/>
        <source>Send the request again with If-None-Match and If-Modified-Since from the last response to this URL</source>
        <translation>用此 URL 上一次响应中的值，带上 If-None-Match 和 If-Modified-Since 再次发送请求</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="253"/>
        <source>Copy as c&amp;url</source>
        <translation>复制为 c&amp;url</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="257"/>
        <source>The curl command is on the clipboard.</source>
        <translation>curl 命令已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="262"/>
        <source>Copy as c&amp;ode…</source>
        <translation>复制为代码(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="271"/>
        <source>&amp;Environments…</source>
        <translation>环境(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="282"/>
        <source>Go to &amp;URL</source>
        <translation>转到 URL(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="287"/>
        <source>Clear &amp;history</source>
        <translation>清空历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="294"/>
        <source>&amp;Practice</source>
        <translation>练习(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="295"/>
        <source>&amp;Change the lab document</source>
        <translation>修改实验文档(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="299"/>
        <source>Open the &amp;lab document</source>
        <translation>打开实验文档(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="305"/>
        <source>List the practice &amp;endpoints</source>
        <translation>列出练习端点(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="314"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="315"/>
        <source>&amp;Walkthrough: 200 vs 304</source>
        <translation>引导练习：200 与 304(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="319"/>
        <source>&amp;About HTTP Lens</source>
        <translation>关于 HTTP Lens(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="321"/>
        <source>About HTTP Lens</source>
        <translation>关于 HTTP Lens</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="322"/>
        <source>&lt;h3&gt;HTTP Lens %1&lt;/h3&gt;&lt;p&gt;An HTTP request inspector: the exact bytes, the timings, and what they mean.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;HTTP Lens %1&lt;/h3&gt;&lt;p&gt;HTTP 请求检查器：精确的字节、耗时，以及它们的含义。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="429"/>
        <source>No response to this URL has carried an ETag or Last-Modified yet, so there is nothing to revalidate with. Send it once first.</source>
        <translation>此 URL 的响应还没有带过 ETag 或 Last-Modified，因此没有可用于重新验证的值。请先发送一次。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="452"/>
        <source>Edit %1 at %2.</source>
        <translation>第 %1 次修改，时间 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="459"/>
        <source>The lab document &quot;%1&quot; changed: it has a new ETag and Last-Modified now.</source>
        <translation>实验文档“%1”已修改：它现在有新的 ETag 和 Last-Modified。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="485"/>
        <source>Walkthrough: 200 vs 304</source>
        <translation>引导练习：200 与 304</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="539"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="560"/>
        <source>Import &amp;curl command…</source>
        <translation>导入 &amp;curl 命令…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="573"/>
        <source>&amp;Open .http file…</source>
        <translation>打开 .http 文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="576"/>
        <source>Open .http file</source>
        <translation>打开 .http 文件</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="578"/>
        <source>HTTP requests (*.http *.rest);;All files (*)</source>
        <translation>HTTP 请求 (*.http *.rest);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="583"/>
        <source>&amp;Save request to .http file…</source>
        <translation>将请求保存到 .http 文件(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="584"/>
        <source>Save request to .http file</source>
        <translation>将请求保存到 .http 文件</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="587"/>
        <source>HTTP requests (*.http *.rest)</source>
        <translation>HTTP 请求 (*.http *.rest)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="596"/>
        <source>Import &amp;HAR…</source>
        <translation>导入 &amp;HAR…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="599"/>
        <source>Import HAR</source>
        <translation>导入 HAR</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="601"/>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>HAR 文件 (*.har *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="608"/>
        <source>Select exchanges in the history first.</source>
        <translation>请先在历史记录中选择交互。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="612"/>
        <location filename="../../ui/mainwindow.cpp" line="626"/>
        <source>Export HAR</source>
        <translation>导出 HAR</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="613"/>
        <source>HAR files are often shared. HTTP Lens masks Authorization, cookie values and token-like parameters unless you keep them. Bodies are exported as they are.</source>
        <translation>HAR 文件经常被分享。除非你选择保留，HTTP Lens 会遮盖 Authorization、Cookie 值以及类似令牌的参数。消息体按原样导出。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="618"/>
        <source>Export with secrets masked</source>
        <translation>遮盖机密后导出</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="620"/>
        <source>Keep secrets</source>
        <translation>保留机密</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="628"/>
        <source>HAR files (*.har)</source>
        <translation>HAR 文件 (*.har)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="632"/>
        <source>&amp;Export history as HAR…</source>
        <translation>将历史记录导出为 HAR(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="633"/>
        <source>Export &amp;selected exchanges as HAR…</source>
        <translation>将选中的交互导出为 HAR(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="637"/>
        <source>Import cookies.&amp;txt…</source>
        <translation>导入 cookies.&amp;txt…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="640"/>
        <source>Import cookies</source>
        <translation>导入 Cookie</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="642"/>
        <source>Netscape cookie files (*.txt);;All files (*)</source>
        <translation>Netscape Cookie 文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="646"/>
        <source>Export cookies.t&amp;xt…</source>
        <translation>导出 cookies.t&amp;xt…</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="648"/>
        <source>Export cookies</source>
        <translation>导出 Cookie</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="650"/>
        <source>Netscape cookie files (*.txt)</source>
        <translation>Netscape Cookie 文件 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="659"/>
        <source>No environment</source>
        <translation>无环境</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="680"/>
        <source>{{%1}} has no value in the environment &quot;%2&quot;. Choose an environment next to the URL or add the variable (Request, Environments).</source>
        <translation>{{%1}} 在环境“%2”中没有值。请在 URL 旁选择一个环境，或添加该变量（请求 → 环境）。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="704"/>
        <source>This curl command cannot be imported: %1</source>
        <translation>无法导入这条 curl 命令：%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="712"/>
        <source>Only the first of %1 URLs was opened.</source>
        <translation>%1 个 URL 中只打开了第一个。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="713"/>
        <source>The curl command is in the editor; Send it with Ctrl+Enter.</source>
        <translation>curl 命令已放入编辑器；按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="734"/>
        <location filename="../../ui/mainwindow.cpp" line="805"/>
        <location filename="../../ui/mainwindow.cpp" line="864"/>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="740"/>
        <source>%1 holds no request.</source>
        <translation>%1 中没有请求。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="785"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="797"/>
        <source>The request was added to %1.</source>
        <translation>请求已添加到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="810"/>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="822"/>
        <source>%n exchange(s) imported into the history; double-click one to send it again.</source>
        <translation>
            <numerusform>已将 %n 个交互导入历史记录；双击其中一个即可再次发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="848"/>
        <source>%n exchange(s) exported to %1, secrets kept.</source>
        <translation>
            <numerusform>已将 %n 个交互导出到 %1，保留了机密。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="852"/>
        <source>%n exchange(s) exported to %1, secrets masked.</source>
        <translation>
            <numerusform>已将 %n 个交互导出到 %1，机密已遮盖。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="887"/>
        <source>%n cookie(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个 Cookie。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="890"/>
        <source>%n line(s) were not cookies.txt lines and were skipped.</source>
        <translation>
            <numerusform>有 %n 行不是 cookies.txt 格式，已跳过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="905"/>
        <source>%n cookie(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个 Cookie 导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpLens::RequestEditor</name>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="45"/>
        <location filename="../../ui/requesteditor.cpp" line="444"/>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="46"/>
        <location filename="../../ui/requesteditor.cpp" line="445"/>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="47"/>
        <location filename="../../ui/requesteditor.cpp" line="446"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="48"/>
        <source>Auth</source>
        <translation>认证</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="49"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="50"/>
        <location filename="../../ui/requesteditor.cpp" line="448"/>
        <source>Conditional</source>
        <translation>条件请求</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="68"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="68"/>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="68"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="68"/>
        <source>Form (urlencoded)</source>
        <translation>表单（urlencoded）</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="68"/>
        <source>Multipart form</source>
        <translation>多部分表单（multipart）</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="69"/>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="77"/>
        <source>This request has no body.</source>
        <translation>此请求没有正文。</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="91"/>
        <source>Content-&amp;Type:</source>
        <translation>Content-&amp;Type：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="117"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="117"/>
        <source>Text or file path</source>
        <translation>文本或文件路径</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="117"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="117"/>
        <source>Content-Type</source>
        <translation>Content-Type</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="122"/>
        <source>Add text field</source>
        <translation>添加文本字段</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="123"/>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="124"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="136"/>
        <source>Attach a file</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="159"/>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="159"/>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="164"/>
        <source>&amp;Scheme:</source>
        <translation>方案(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="165"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="166"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="167"/>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="168"/>
        <source>&amp;Write Authorization header</source>
        <translation>写入 Authorization 请求头(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="171"/>
        <source>The helper writes a visible Authorization row into the Headers tab. Nothing is added behind your back.</source>
        <translation>此助手会在“请求头”页中写入一行可见的 Authorization，不会在背后偷偷添加任何东西。</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="192"/>
        <source>&amp;Follow redirects</source>
        <translation>跟随重定向(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="196"/>
        <source>Default (HTTP/1.1, HTTP/2 over TLS)</source>
        <translation>默认（HTTP/1.1；TLS 上为 HTTP/2）</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="202"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="203"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="204"/>
        <source>&amp;Verify TLS certificates</source>
        <translation>验证 TLS 证书(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="205"/>
        <source>Ask for and &amp;decode compressed bodies (Accept-Encoding)</source>
        <translation>请求并解码(&amp;D)压缩的正文（Accept-Encoding）</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="207"/>
        <source>Use the &amp;cookie jar</source>
        <translation>使用 Cookie 罐(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="209"/>
        <source>host:port:address, as curl --resolve</source>
        <translation>host:port:address，与 curl --resolve 相同</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="211"/>
        <source>&amp;Maximum redirects:</source>
        <translation>最多重定向次数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="212"/>
        <source>HTTP &amp;version:</source>
        <translation>HTTP 版本(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="213"/>
        <source>T&amp;imeout:</source>
        <translation>超时(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="217"/>
        <source>&amp;Resolve override:</source>
        <translation>解析覆盖(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="226"/>
        <source>Conditional requests ask the server to answer only if something holds. If-None-Match and If-Modified-Since are filled from the last response to the same URL.</source>
        <translation>条件请求让服务器只在某个条件成立时才回答。If-None-Match 和 If-Modified-Since 会用同一 URL 上一次响应中的值填好。</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="253"/>
        <source>&amp;Fill from last response</source>
        <translation>用上一次响应填写(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="284"/>
        <source>Empty body.</source>
        <translation>正文为空。</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="288"/>
        <source>✓ Valid JSON</source>
        <translation>✓ JSON 有效</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="288"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="315"/>
        <source>From the %1 of response #%2 (%3) received %4</source>
        <translation>来自响应 #%2（%3）的 %1，收到于 %4</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="322"/>
        <source>No ETag seen for this URL yet.</source>
        <translation>此 URL 还没有出现过 ETag。</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="326"/>
        <source>No Last-Modified seen for this URL yet.</source>
        <translation>此 URL 还没有出现过 Last-Modified。</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="444"/>
        <source>Params (%1)</source>
        <translation>参数（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="445"/>
        <source>Headers (%1)</source>
        <translation>请求头（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="446"/>
        <source>Body •</source>
        <translation>正文 •</translation>
    </message>
    <message>
        <location filename="../../ui/requesteditor.cpp" line="448"/>
        <source>Conditional (%1)</source>
        <translation>条件请求（%1）</translation>
    </message>
    <message>
        <source>Conditional requests ask the server to answer only if something holds. The fields are header rows like any other; If-None-Match and If-Modified-Since are offered from the last response to the same URL.</source>
        <translation>条件请求让服务器只在某个条件成立时才回答。这些字段和其他请求头一样都是请求头中的行；If-None-Match 和 If-Modified-Since 的值取自同一 URL 上一次的响应，供你选用。</translation>
    </message>
</context>
<context>
    <name>HttpLens::ResponseView</name>
    <message>
        <location filename="../../ui/responseview.cpp" line="136"/>
        <source>Find in the raw exchange (Enter: next, Shift+Enter: previous)</source>
        <translation>在原始报文中查找（Enter：下一个，Shift+Enter：上一个）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="150"/>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="156"/>
        <location filename="../../ui/responseview.cpp" line="222"/>
        <location filename="../../ui/responseview.cpp" line="225"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="156"/>
        <location filename="../../ui/responseview.cpp" line="222"/>
        <location filename="../../ui/responseview.cpp" line="225"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="156"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="161"/>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="170"/>
        <source>&amp;Hex</source>
        <translation>十六进制(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="171"/>
        <source>&amp;Save body…</source>
        <translation>保存正文(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="210"/>
        <source>Save the response body</source>
        <translation>保存响应正文</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="215"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="217"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="221"/>
        <source>Sent with the request</source>
        <translation>随请求发送</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="224"/>
        <source>Set by the response</source>
        <translation>由响应设置</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="225"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="229"/>
        <source>Cookie jar (sent with the next request; double-click to edit)</source>
        <translation>Cookie 罐（随下一个请求发送；双击可编辑）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="239"/>
        <source>&amp;Delete cookie</source>
        <translation>删除 Cookie(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="240"/>
        <source>C&amp;lear jar</source>
        <translation>清空 Cookie 罐(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="252"/>
        <source>Cookies</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="260"/>
        <source>Timing</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="265"/>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="268"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="303"/>
        <source>Compose a request and press Send (Ctrl+Enter).</source>
        <translation>编写请求，然后按“发送”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="319"/>
        <source>Sending…</source>
        <translation>发送中…</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="325"/>
        <source>/s</source>
        <translation>/秒</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="328"/>
        <source>Receiving… %1 of %2 (%3)</source>
        <translation>接收中… %1 / %2（%3）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="331"/>
        <source>Receiving… %1 (%2)</source>
        <translation>接收中… %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="337"/>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="339"/>
        <source>The request was not sent because:</source>
        <translation>请求没有发送，原因：</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="350"/>
        <source>Error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="365"/>
        <source>The transfer then failed: %1</source>
        <translation>随后传输失败：%1</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="378"/>
        <source>body %1</source>
        <translation>正文 %1</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="379"/>
        <location filename="../../ui/responseview.cpp" line="480"/>
        <source>%1 on the wire</source>
        <translation>线路上 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/responseview.cpp" line="381"/>
        <source>%n hop(s)</source>
        <translation>
            <numerusform>%n 跳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="382"/>
        <source>reused connection</source>
        <translation>复用的连接</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="382"/>
        <source>new connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="400"/>
        <source>── hop %1 of %2: %3</source>
        <translation>── 第 %1 跳，共 %2 跳：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/responseview.cpp" line="407"/>
        <source>[%n byte(s) of binary request body]</source>
        <translation>
            <numerusform>[%n 字节的二进制请求正文]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="417"/>
        <source>[body: %1 on the wire]</source>
        <translation>[正文：线路上 %1]</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="456"/>
        <source>Response headers (%1)</source>
        <translation>响应头（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="459"/>
        <source>Request headers (%1)</source>
        <translation>请求头（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="484"/>
        <source>No body.</source>
        <translation>没有正文。</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="487"/>
        <source>A 304 never has one: the cached copy is still good.</source>
        <translation>304 从不带正文：缓存的副本仍然有效。</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="509"/>
        <source>not a readable image</source>
        <translation>不是可读的图片</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="528"/>
        <source>showing the first %1; tick Hex or save the body to see all of it</source>
        <translation>只显示前 %1；勾选“十六进制”或保存正文可查看全部</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="579"/>
        <source>No HTTP response</source>
        <translation>没有 HTTP 响应</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="585"/>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="600"/>
        <source>none given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="602"/>
        <source>%1 s (heuristic)</source>
        <translation>%1 秒（启发式）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="607"/>
        <source>Caching (RFC 9111)</source>
        <translation>缓存（RFC 9111）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="608"/>
        <source>Storable</source>
        <translation>可存储</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="609"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="609"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="611"/>
        <source>Lifetime</source>
        <translation>新鲜期</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="612"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="613"/>
        <source>%1 s · %2</source>
        <translation>%1 秒 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="613"/>
        <source>fresh</source>
        <translation>新鲜</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="613"/>
        <source>stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="614"/>
        <source>Next time</source>
        <translation>下一次</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="617"/>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="627"/>
        <source>This exchange did not use TLS.</source>
        <translation>此次交换没有使用 TLS。</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="634"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="635"/>
        <source>Cipher</source>
        <translation>加密套件</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="636"/>
        <source>ALPN</source>
        <translation>ALPN</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="637"/>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="638"/>
        <source>switched off (insecure)</source>
        <translation>已关闭（不安全）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="639"/>
        <source>the chain verified</source>
        <translation>证书链验证通过</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="640"/>
        <source>failed: %1 (%2)</source>
        <translation>失败：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="641"/>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="645"/>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <location filename="../../ui/responseview.cpp" line="647"/>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>libcurl error %1: %2</source>
        <translation>libcurl 错误 %1：%2</translation>
    </message>
</context>
<context>
    <name>HttpLens::SnippetDialog</name>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="104"/>
        <source>Copy as code</source>
        <translation>复制为代码</translation>
    </message>
    <message>
        <location filename="../../ui/interopdialogs.cpp" line="115"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>HttpLens::WaterfallWidget</name>
    <message>
        <location filename="../../ui/waterfallwidget.cpp" line="74"/>
        <source>No timings: nothing was sent yet.</source>
        <translation>没有耗时数据：还没有发送任何请求。</translation>
    </message>
    <message>
        <location filename="../../ui/waterfallwidget.cpp" line="111"/>
        <source>Total: %1</source>
        <translation>总计：%1</translation>
    </message>
    <message>
        <location filename="../../ui/waterfallwidget.cpp" line="114"/>
        <source>queued before start: %1</source>
        <translation>开始前排队：%1</translation>
    </message>
    <message>
        <source> · stopped here</source>
        <translation> · 在此中断</translation>
    </message>
    <message>
        <source>did not happen</source>
        <translation>未发生</translation>
    </message>
</context>
</TS>
