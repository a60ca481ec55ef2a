package importer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A page as a government site serves it, saved from the browser: the
// navigation, banner, breadcrumb, sidebar, footer and scripts carry more
// Chinese than many short texts do. Fictional, like every fixture.
const savedPage = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="gb2312">
<title>某某市河湖保洁管理规定_政策文件_某某市人民政府门户网站</title>
<style>.nav { color: red } /* 首页 */</style>
<script>var tip = "欢迎访问某某市人民政府门户网站,请使用新版浏览器";</script>
</head>
<body>
<header class="top"><div class="logo">某某市人民政府门户网站</div><div>无障碍浏览 长者模式 繁体版</div></header>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li><li><a href="/bs">政务服务</a></li>
<li><a href="/hd">互动交流</a></li><li><a href="/zj">走进某某</a></li></ul></nav>
<div class="breadcrumb">当前位置:首页 &gt; 政务公开 &gt; 政策文件</div>
<div class="main">
  <h1>某某市河湖保洁管理规定</h1>
  <div class="info">发布时间:2023-06-01 来源:某某市水务局 浏览次数:1024 字号:大 中 小</div>
  <div class="article-content">
    <p style="text-align:center">(2023年5月20日某某市人民政府第12次常务会议通过)</p>
    <p>第一条&nbsp;为加强河湖保洁管理,改善水环境,根据有关法律法规,结合本市实际,制定本规定。</p>
    <p>第二条 本规定适用于本市行政区域内河湖的保洁及其监督管理活动。</p>
    <p>第三条 河湖保洁实行属地管理、分级负责:<br>(一)市水务部门负责统筹协调;<br>(二)区人民政府负责组织实施;<br>(三)街道办事处负责日常保洁。</p>
    <div>第四条 保洁作业标准如下:</div>
    <table><tr><th>水域</th><th>保洁频次</th></tr><tr><td>主要河道</td><td>每日2次</td></tr><tr><td>湖泊</td><td>每日1次</td></tr></table>
    <p>第五条 本规定自2023年7月1日起施行。</p>
  </div>
  <div class="share">分享到:微信 微博 QQ空间</div>
</div>
<aside class="sidebar"><h3>相关阅读</h3><ul>
<li>某某市水环境治理三年行动方案发布实施</li><li>某某市召开河长制工作推进会议部署下一阶段重点任务</li>
<li>某某区开展河湖清四乱专项整治行动取得阶段性成效</li><li>关于公开征求某某市水资源管理条例修订意见的公告</li>
<li>某某市二〇二三年度河湖健康评价报告正式发布</li></ul></aside>
<footer><p>主办:某某市人民政府办公室 承办:某某市大数据中心</p><p>版权所有 某某市人民政府 网站标识码1234567890 某ICP备12345678号</p></footer>
<script>document.write("<p>统计代码加载中请稍候</p>");</script>
</body>
</html>
`

func TestHTMLText(t *testing.T) {
	text, err := htmlText("page.html", savedPage)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"某某市河湖保洁管理规定",
		"(2023年5月20日某某市人民政府第12次常务会议通过)",
		"第一条 为加强河湖保洁管理,改善水环境,根据有关法律法规,结合本市实际,制定本规定。",
		"第二条 本规定适用于本市行政区域内河湖的保洁及其监督管理活动。",
		"第三条 河湖保洁实行属地管理、分级负责:",
		"(一)市水务部门负责统筹协调;",
		"(二)区人民政府负责组织实施;",
		"(三)街道办事处负责日常保洁。",
		"第四条 保洁作业标准如下:",
		"| 水域 | 保洁频次 |",
		"| --- | --- |",
		"| 主要河道 | 每日2次 |",
		"| 湖泊 | 每日1次 |",
		"第五条 本规定自2023年7月1日起施行。",
	}
	if got := strings.Split(text, "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("main text:\n%s\nwant:\n%s", text, strings.Join(want, "\n"))
	}
}

func TestImportHTML(t *testing.T) {
	gb := gb18030(t, savedPage) // the page declares gb2312 and is stored that way
	path := filepath.Join(t.TempDir(), "baojie.htm")
	if err := os.WriteFile(path, gb, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Import(Options{Site: t.TempDir()}, path)
	if err != nil {
		t.Fatal(err)
	}
	r := res[0]
	if len(res) != 1 || r.Kind != KindRegulation || r.Title != "某某市河湖保洁管理规定" || r.Counts.Articles != 5 || r.Counts.Items != 3 {
		t.Fatalf("%d documents; %s %q %+v", len(res), r.Kind, r.Title, r.Counts)
	}
	f := readContent(t, r.Path)
	if f.meta["adopted"] != "2023-05-20" || f.meta["effective"] != "2023-07-01" {
		t.Errorf("front matter %v", f.meta)
	}
	for _, noise := range []string{"首页", "政务公开", "当前位置", "相关阅读", "河长制工作推进会议", "版权所有", "ICP", "分享到", "统计代码", "欢迎访问", "无障碍"} {
		if strings.Contains(f.body, noise) {
			t.Errorf("body keeps page furniture %q:\n%s", noise, f.body)
		}
	}
}

func TestHTMLNoText(t *testing.T) {
	_, err := htmlText("empty.html", "<html><body><nav>首页 政务公开</nav><p>hello</p></body></html>")
	if err == nil || err.Error() != "empty.html: no Chinese text in the page outside its navigation; check that it is the right page" {
		t.Errorf("err = %v", err)
	}
}
