#!/usr/bin/env python3
"""Generates the benchmark's synthetic site twice, once for Disclose and once for Hugo, from the same N releases.

Each release is shaped like the demo release: front matter, Chinese paragraphs, a list, a GFM table and tags.
Everything is deterministic (seeded); the release files are byte-identical for both tools and in both shapes.

Shapes:
  full (default)    The Disclose site also gets N/2 complaint rows, 200 tasks and 30 indicators; Hugo gets a minimal
                    layout with the release pages, the release list and tag pages by 20 (no feed, no sitemap).
  --releases-only   Same work for both: the Disclose site gets the N releases, site.yaml and rounds.yaml only; Hugo
                    writes what Disclose writes as far as it can: release pages, the release list, tag pages and
                    year pages by 20, a home page, a 50-entry full-text feed, a sitemap, robots.txt, a 404 page and
                    a JSON search index (year pages need one stub _index.md per year in Hugo's content).

usage: generate.py N OUT_DIR PROJECT_DIR [--releases-only]
"""
import os, random, shutil, sys, datetime, csv

args = [a for a in sys.argv[1:] if not a.startswith("--")]
flags = [a for a in sys.argv[1:] if a.startswith("--")]
if len(args) != 3 or any(f != "--releases-only" for f in flags):
    sys.exit(__doc__)
N = int(args[0]); OUT = args[1]; PROJECT = args[2]
RELEASES_ONLY = "--releases-only" in flags
rnd = random.Random(N)
WORDS = ("督察整改 生态环境 污染防治 黑土地保护 秸秆禁烧 水污染治理 大气环境 优良天数 国考断面 群众投诉 举报案件 结案销号 "
         "责任追究 典型案例 长效机制 绿色发展 碳达峰 新能源 农村人居环境 畜禽粪污 垃圾收运 矿山修复 饮用水源 工业园区").split()
TAGS = ["督察整改", "大气", "水", "土壤", "生态", "农村环境", "典型案例", "信访举报", "责任追究", "绿色发展"]

# Hugo templates shared by both shapes
base = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
        '<body><main>{{ block "main" . }}{{ end }}</main></body></html>\n')
single = ('{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }}</p>'
          '{{ .Content }}<ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul></article>{{ end }}\n')
lst = ('{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">'
       '{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ template "_internal/pagination.html" . }}'
       '{{ end }}\n')
terms = '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms }}<li>{{ .Page.Title }}</li>{{ end }}</ul>{{ end }}\n'

def paragraph(k):
    return "，".join("".join(rnd.choice(WORDS) for _ in range(3)) for _ in range(k)) + "。"

def release(i):
    day = datetime.date(2018, 1, 1) + datetime.timedelta(days=i % 2900)
    tags = rnd.sample(TAGS, 2)
    front = (f"---\ntitle: 第{i}号整改进展情况通报\ndate: {day.isoformat()}\nsource: 示例省人民政府网\n"
             f"summary: {paragraph(1)}\ntags:\n" + "".join(f"  - {t}\n" for t in tags) + "---\n\n")
    body = "\n\n".join(paragraph(6) for _ in range(4))
    body += "\n\n## 主要进展\n\n" + "".join(f"- {paragraph(1)}\n" for _ in range(4))
    body += "\n| 指标 | 2021年 | 2022年 |\n| --- | --- | --- |\n"
    body += "".join(f"| {rnd.choice(WORDS)} | {rnd.randint(50, 99)} | {rnd.randint(50, 99)} |\n" for _ in range(4))
    body += "\n" + paragraph(5) + "\n"
    return day, front, body

def disclose_site(root):
    content = os.path.join(root, "content")
    for d in ("releases",) if RELEASES_ONLY else ("releases", "tasks", "indicators", "complaints"):
        os.makedirs(os.path.join(content, d), exist_ok=True)
    shutil.copytree(os.path.join(PROJECT, "themes"), os.path.join(root, "themes"))
    with open(os.path.join(content, "site.yaml"), "w", encoding="utf-8") as f:
        f.write("title: 基准测试站点\nbaseUrl: https://bench.example.gov.cn/\npageSize: 20\n"
                "organiser: 示例主办单位\nsiteCode: \"0000000000\"\nicp: 示例ICP备00000000号\n"
                "navigation:\n  - title: 首页\n    url: /\n  - title: 整改进展\n    url: /releases/\n")
    with open(os.path.join(content, "rounds.yaml"), "w", encoding="utf-8") as f:
        f.write("- id: r2\n  name: 第二轮中央生态环境保护督察\n  stationedFrom: 2017-08-01\n"
                "  stationedTo: 2017-09-01\n  feedbackDate: 2017-12-01\n")
    return content

def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    d_root = os.path.join(OUT, "disclose"); h_root = os.path.join(OUT, "hugo")
    content = disclose_site(d_root)
    h_content = os.path.join(h_root, "content", "releases"); os.makedirs(h_content)
    years = set()
    for i in range(1, N + 1):
        day, front, body = release(i)
        years.add(day.year)
        name = f"r{i:06d}.md"
        with open(os.path.join(content, "releases", name), "w", encoding="utf-8") as f:
            f.write(front + body)
        with open(os.path.join(h_content, name), "w", encoding="utf-8") as f:
            f.write(front + body)
    if RELEASES_ONLY:
        hugo_releases_only(h_root, sorted(years))
        return
    # 200 tasks
    with open(os.path.join(content, "tasks", "tasks.yaml"), "w", encoding="utf-8") as f:
        for i in range(1, 201):
            f.write(f"- id: \"{i}\"\n  round: r2\n  problem: {paragraph(1)}\n  target: {paragraph(1)}\n"
                    f"  deadline: 2019-12-31\n  region: 示例{i % 12}市\n  status: 已完成\n  progress:\n"
                    f"    - date: 2018-06-30\n      status: 达到序时进度\n    - date: 2019-06-30\n      status: 已完成\n")
    # 30 indicators
    with open(os.path.join(content, "indicators", "indicators.yaml"), "w", encoding="utf-8") as f:
        for i in range(1, 31):
            f.write(f"- id: ind-{i}\n  name: 示例指标{i}\n  category: 大气\n  unit: \"%\"\n  direction: higher\n"
                    "  series:\n" + "".join(f"    - period: {y}年\n      value: {rnd.randint(60, 99)}.{rnd.randint(0, 9)}\n"
                                            for y in range(2016, 2023)))
    # N/2 complaint rows in batches of 2,500
    header = ["序号", "受理编号", "交办问题基本情况", "行政区域", "问题类型", "调查核实情况", "是否属实", "办结目标",
              "处理和整改情况", "是否办结", "责任人被处理情况"]
    rows = N // 2; g = 0; b = 0
    while g < rows:
        b += 1
        with open(os.path.join(content, "complaints", f"b{b:03d}.csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f); w.writerow(header)
            for n in range(1, min(2500, rows - g) + 1):
                g += 1
                w.writerow([n, f"B{g:07d}", "反映" + paragraph(1), f"示例{g % 12}市", rnd.choice(["大气", "水", "噪声"]),
                            "经调查核实，反映问题属实。", "属实", "依法处理", "已整改", "已办结", "无"])
        with open(os.path.join(content, "complaints", f"b{b:03d}.yaml"), "w", encoding="utf-8") as f:
            f.write(f"batch: {b}\nassigned: 2017-08-{min(28, b % 28 + 1):02d}\nround: r2\n")
    # Hugo: a minimal layout producing the same pages: one per release, the release list and tag pages, by 20
    os.makedirs(os.path.join(h_root, "layouts", "_default"))
    with open(os.path.join(h_root, "config.toml"), "w") as f:
        f.write('baseURL = "https://bench.example.gov.cn/"\nlanguageCode = "zh-CN"\ntitle = "基准测试站点"\n'
                'paginate = 20\ndisableKinds = ["RSS", "sitemap", "robotsTXT", "404"]\n'
                '[taxonomies]\n  tag = "tags"\n')
    for name, text in (("baseof.html", base), ("single.html", single), ("list.html", lst), ("terms.html", terms)):
        with open(os.path.join(h_root, "layouts", "_default", name), "w") as f:
            f.write(text)
    with open(os.path.join(h_root, "layouts", "index.html"), "w") as f:
        f.write('{{ define "main" }}<h1>{{ .Site.Title }}</h1>{{ end }}\n')

def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)

def hugo_releases_only(h_root, years):
    """Hugo doing Disclose's releases-only work, as far as Hugo can: a page per release, the release list, tag pages
    and year pages (all by 20), a home page, a 50-entry full-content feed, a sitemap, robots.txt, a 404 page and a
    search index of every release's text. Release files are the same as Disclose's; the year pages need one stub
    _index.md per year, since Hugo makes list pages only from content or taxonomies."""
    write(os.path.join(h_root, "config.toml"),
          'baseURL = "https://bench.example.gov.cn/"\nlanguageCode = "zh-CN"\ntitle = "基准测试站点"\n'
          'paginate = 20\nrssLimit = 50\nenableRobotsTXT = true\ndisableKinds = ["taxonomy"]\nignoreErrors = ["error-disable-taxonomy"]\n'
          '[taxonomies]\n  tag = "tags"\n'
          '[outputs]\n  home = ["HTML", "RSS", "JSON"]\n  section = ["HTML"]\n  term = ["HTML"]\n')
    layouts = os.path.join(h_root, "layouts")
    for name, text in (("baseof.html", base), ("single.html", single), ("list.html", lst)):
        write(os.path.join(layouts, "_default", name), text)
    write(os.path.join(layouts, "index.html"), '{{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>'
          '{{ range first 20 (where .Site.RegularPages "Section" "releases") }}<li><a href="{{ .RelPermalink }}">'
          '{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}\n')
    write(os.path.join(layouts, "index.xml"),
          '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{{ .Site.Title }}</title>'
          '<link>{{ .Permalink }}</link>{{ range first .Site.Config.Services.RSS.Limit .Site.RegularPages }}'
          '<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><guid>{{ .Permalink }}</guid>'
          '<pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" }}</pubDate>'
          '<description>{{ .Content | html }}</description></item>{{ end }}</channel></rss>\n')
    write(os.path.join(layouts, "index.json"), '[{{ range $i, $p := .Site.RegularPages }}{{ if $i }},{{ end }}'
          '{{ dict "title" $p.Title "url" $p.RelPermalink "date" ($p.Date.Format "2006-01-02") '
          '"tags" $p.Params.tags "text" $p.Plain | jsonify }}{{ end }}]\n')
    write(os.path.join(layouts, "404.html"), '{{ define "main" }}<h1>404</h1>{{ end }}\n')
    # the releases grouped by year once for the whole build (partialCached), not filtered again on each of the
    # ~500 paginated year pages: a naive `where` there made Hugo 3x slower at N=10,000, which would flatter Disclose
    write(os.path.join(layouts, "partials", "years.html"), '{{ $m := dict }}'
          '{{ range .Site.RegularPages.GroupByDate "2006" }}{{ $m = merge $m (dict .Key .Pages) }}{{ end }}'
          '{{ return $m }}\n')
    write(os.path.join(layouts, "year", "list.html"), '{{ define "main" }}<h1>{{ .Title }}</h1><ul>'
          '{{ range (.Paginate (index (partialCached "years.html" . "all") (string .Params.year))).Pages }}'
          '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>'
          '{{ template "_internal/pagination.html" . }}{{ end }}\n')
    content = os.path.join(h_root, "content")
    write(os.path.join(content, "year", "_index.md"), "---\ntitle: 年度\nyear: 0\n---\n")
    for y in years:
        write(os.path.join(content, "year", str(y), "_index.md"), f"---\ntitle: {y}年\nyear: {y}\n---\n")

main()
