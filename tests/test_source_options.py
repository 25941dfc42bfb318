"""End-to-end: each per-source option of the sources file changes what a real crawl does, and a
source given only by its home page finds the site's feed and news sitemap."""
from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from tests.crawl import run_crawl, validate_records
from tests.static_site import StaticSite
from tests.test_extract_selectors import PAGE as PROMO_PAGE

TOWNS = ["Ashford", "Brambleton", "Carrow", "Dunmore", "Eastwick", "Fernhill", "Glenrock", "Harlow"]

ARTICLE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="{published}"></head><body><article><h1>{title}</h1>
<p>The council of {town} met on Tuesday evening to discuss plan number {n} for the old market square.</p>
<p>Residents of {town} filled the hall and asked how plan {n} would change traffic in the town centre.</p>
<p>A final vote on plan {n} is expected next month, after a second round of public consultation in {town}.</p>
{extra}</article></body></html>"""


def write_article(root: Path, path: str, n: int, published: str = "2026-11-30T08:00:00+00:00", extra: str = "") -> str:
    town = TOWNS[n % len(TOWNS)]
    target = root / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(ARTICLE.format(lang="en", title=f"{town} council weighs plan {n}", town=town, n=n,
                                     published=published, extra=extra), encoding="utf-8")
    return path


def write_feed(root: Path, path: str, base_url: str, paths: list[str], pub_date: str = "Mon, 30 Nov 2026 08:00:00 +0000") -> str:
    items = "".join(f"<item><title>{p}</title><link>{base_url}{p}</link><pubDate>{pub_date}</pubDate></item>"
                    for p in paths)
    target = root / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>',
                      encoding="utf-8")
    return f"{base_url}{path}"


def write_listing(root: Path, path: str, links: list[str]) -> None:
    target = root / path.lstrip("/") / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    anchors = "".join(f'<li><a href="{link}">{link}</a></li>' for link in links)
    target.write_text(f"<!doctype html><html><body><ul>{anchors}</ul></body></html>", encoding="utf-8")


def source_table(name: str, **options: str) -> str:
    return f'[[source]]\nname = "{name}"\n' + "".join(f"{key} = {value}\n" for key, value in options.items())


def urls_of(records: list[dict], source: str) -> set[str]:
    return {r["url"] for r in records if r["source"] == source}


def test_each_per_source_option_shows_its_effect_in_one_crawl(tmp_path):
    root = tmp_path / "site"
    with StaticSite(root) as site:
        base = site.base_url
        filtered = [write_article(root, f"/filtered/{section}/2026/11/30/story-number-{n}", n)
                    for n, section in enumerate(["world", "world", "world/opinion", "sport"])]
        motto = "<p>This newsroom follows the press council\u2019s code of practice</p>"
        headed = [write_article(root, f"/headed/2026/11/30/story-number-{n}", 10 + n, extra=motto) for n in range(2)]
        limited = [write_article(root, f"/limited/2026/11/30/story-number-{n}", 30 + n) for n in range(5)]
        # on one page of another source: what it teaches does not take the line, the option must not
        paced = [write_article(root, f"/paced/2026/11/30/story-number-{n}", 20 + n, extra=motto if n == 0 else "")
                 for n in range(5)]
        aged = [write_article(root, f"/aged/2024/05/01/story-number-{n}", 40 + n, "2024-05-01T08:00:00+00:00")
                for n in range(2)]
        deep = write_article(root, "/deep/sec/2026/11/30/first-page-story", 50)
        deeper = write_article(root, "/deep/sec/2026/11/30/second-page-story", 51)
        # relative links, so that the same pages served under /deep-sec-copy/ link their own copies
        write_listing(root, "/deep/sec/", ["2026/11/30/first-page-story", "page/2/", "/elsewhere/"])
        write_listing(root, "/deep/sec/page/2/", ["../../2026/11/30/second-page-story"])
        (root / "deep-sec-copy").symlink_to(root / "deep")
        selected = ["/selected/2026/11/30/harbour-plan-approved", "/plain/2026/11/30/harbour-plan-approved"]
        for path in selected:
            (root / path.lstrip("/")).parent.mkdir(parents=True)
            (root / path.lstrip("/")).write_text(PROMO_PAGE, encoding="utf-8")
        sources = "\n".join([
            source_table("filtered", feeds=f'["{write_feed(root, "/filtered.xml", base, filtered)}"]',
                         include="['/world/']", exclude="['/opinion/']"),
            source_table("headed", language='"pt-BR"', feeds=f'["{write_feed(root, "/headed.xml", base, headed)}"]',
                         headers='{ X-Newsroom = "desk-7", Accept-Language = "pt-BR" }',
                         boilerplate='["This newsroom follows the press council\'s code of practice"]'),
            source_table("paced", feeds=f'["{write_feed(root, "/paced.xml", base, paced)}"]',
                         delay="0.4", concurrency="1"),
            source_table("limited", feeds=f'["{write_feed(root, "/limited.xml", base, limited)}"]', max_articles="2"),
            source_table("aged", max_age_days="30", feeds=f'["{write_feed(root, "/aged.xml", base, aged, "Wed, 01 May 2024 08:00:00 +0000")}"]'),
            source_table("deep", pages=f'["{base}/deep/sec/"]', depth="2"),
            source_table("shallow", pages=f'["{base}/deep-sec-copy/sec/"]'),
            source_table("selected", feeds=f'["{write_feed(root, "/selected.xml", base, selected[:1])}"]',
                         body='"div.story-body"', prune='[".factbox"]'),
            source_table("plain", feeds=f'["{write_feed(root, "/plain.xml", base, selected[1:])}"]'),
        ])
        (tmp_path / "sources.toml").write_text(sources, encoding="utf-8")
        result = run_crawl(tmp_path / "sources.toml", tmp_path)
    assert result.returncode == 0, result.log[-3000:]
    validate_records(result.records)
    records, stats = result.records, result.stats

    # include / exclude: only /world/ articles, and not the opinion piece
    assert urls_of(records, "filtered") == {base + filtered[0], base + filtered[1]}
    assert stats["newsspider/source/filtered/skipped_pattern"] == 2
    assert result.report["sources"]["filtered"]["skipped_pattern"] == 2  # a field of the run report too

    # headers on every request of the source, the feed's and the articles'; a region subtag is dropped
    headed_requests = [headers for path, headers in site.requests if path.startswith("/headed")]
    assert len(headed_requests) == 3 and all(h.get("X-Newsroom") == "desk-7" for h in headed_requests)
    assert all(h.get("Accept-Language") == "pt-BR" for h in headed_requests)
    assert not any("X-Newsroom" in headers for path, headers in site.requests if not path.startswith("/headed"))
    assert urls_of(records, "headed") == {base + p for p in headed}

    # boilerplate: the source's own line is gone from its articles (and only from its articles)
    assert all("code of practice" not in r["text"] for r in records if r["source"] == "headed")
    assert stats["newsspider/boilerplate/source_boilerplate"] == 2
    assert sum("code of practice" in r["text"] for r in records if r["source"] == "paced") == 1

    # delay and concurrency: one request at a time, spaced (Scrapy randomises the delay 0.5x-1.5x)
    spans = sorted((start, end) for path, start, end in site.timings if path.startswith("/paced/"))
    assert len(spans) == 5
    assert all(later[0] >= earlier[1] for earlier, later in pairwise(spans))
    # on average (one late server-side timestamp under load must not decide): 0.4 s expected
    assert (spans[-1][0] - spans[0][0]) / (len(spans) - 1) >= 0.6 * 0.4

    # max_articles: two of five, the other three never requested (left for the next run)
    assert len(urls_of(records, "limited")) == 2
    assert stats["newsspider/source/limited/over_limit_skipped"] == 3
    assert len([path for path, _ in site.requests if path.startswith("/limited/")]) == 2

    # max_age_days of the source, where the crawl itself has no age limit (NEWSSPIDER_MAX_AGE_DAYS=0)
    assert urls_of(records, "aged") == set()
    assert stats["newsspider/source/aged/skipped_too_old"] == 2
    assert not any(path.startswith("/aged/") for path, _ in site.requests)

    # depth: the listing's second page is followed at depth 2, not at the default depth 1
    assert urls_of(records, "deep") == {base + deep, base + deeper}
    assert urls_of(records, "shallow") == {base + "/deep-sec-copy/sec/2026/11/30/first-page-story"}
    assert "/elsewhere/" not in {path for path, _ in site.requests}

    # body and prune selectors: the story's own lines without its fact box, not the promotion
    (chosen,) = [r["text"] for r in records if r["source"] == "selected"]
    (heuristic,) = [r["text"] for r in records if r["source"] == "plain"]
    assert "approved the plan for the new harbour wall" in chosen and "lighthouse" not in chosen
    assert "built in 1902" not in chosen
    assert "lighthouse keepers" in heuristic


HOME = """<!doctype html><html><head><title>Valley Gazette</title>
<link rel="alternate" type="application/rss+xml" title="Latest news" href="/feeds/latest.xml">
<link rel="alternate" type="application/rss+xml" title="Comments" href="/comments/feed/">
</head><body><a href="/2026/11/30/an-unlisted-story-here">teaser</a></body></html>"""


def news_sitemap(base: str, paths: list[str]) -> str:
    entries = "".join(
        f"<url><loc>{base}{p}</loc><news:news><news:publication><news:name>Gazette</news:name>"
        f"<news:language>en</news:language></news:publication><news:publication_date>2026-11-30T08:00:00Z"
        f"</news:publication_date><news:title>{p}</news:title></news:news></url>" for p in paths)
    return ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}</urlset>')


def test_source_given_by_its_home_page_finds_feed_and_news_sitemap_and_emits_what_the_feed_gives(tmp_path):
    root = tmp_path / "site"
    with StaticSite(root) as site:
        base = site.base_url
        paths = [write_article(root, f"/2026/11/30/valley-story-number-{n}", 60 + n) for n in range(4)]
        write_article(root, "/2026/11/30/an-unlisted-story-here", 70)
        (root / "index.html").write_text(HOME, encoding="utf-8")
        write_feed(root, "/feeds/latest.xml", base, paths)
        (root / "sitemaps").mkdir()
        (root / "sitemaps" / "news.xml").write_text(news_sitemap(base, paths), encoding="utf-8")
        (root / "robots.txt").write_text("User-agent: *\nSitemap: /sitemaps/news.xml\nSitemap: /sitemap_index.xml\n",
                                         encoding="utf-8")
        (tmp_path / "home.toml").write_text(source_table("gazette", home=f'["{base}/"]'), encoding="utf-8")
        (tmp_path / "feed.toml").write_text(source_table("gazette", feeds=f'["{base}/feeds/latest.xml"]'),
                                            encoding="utf-8")
        (tmp_path / "by-home").mkdir()
        (tmp_path / "by-feed").mkdir()
        by_home = run_crawl(tmp_path / "home.toml", tmp_path / "by-home")
        by_feed = run_crawl(tmp_path / "feed.toml", tmp_path / "by-feed")
    assert by_home.returncode == 0 and by_feed.returncode == 0, by_home.log[-3000:]
    assert {r["url"] for r in by_home.records} == {r["url"] for r in by_feed.records} == {base + p for p in paths}
    assert by_home.stats["newsspider/source/gazette/home_feeds"] == 1   # the comment feed is not one
    assert by_home.stats["newsspider/source/gazette/home_sitemaps"] == 1  # robots.txt's news sitemap only
    requested = {path for path, _ in site.requests}
    assert {"/feeds/latest.xml", "/sitemaps/news.xml"} <= requested
    assert "/comments/feed/" not in requested and "/sitemap_index.xml" not in requested
    assert "newsspider/source/gazette/errors" not in by_home.stats
    assert "errors=0 home_feeds=1 home_sitemaps=1;" in summary_line(by_home.log) + ";"
    assert by_home.report["sources"]["gazette"]["home_feeds"] == 1


def summary_line(log: str) -> str:
    return next(line for line in log.splitlines() if "summary (finished)" in line)


def test_home_page_with_no_feed_or_news_sitemap_is_read_as_a_listing_page(tmp_path):
    root = tmp_path / "site"
    with StaticSite(root) as site:
        base = site.base_url
        story = write_article(root, "/2026/11/30/an-unlisted-story-here", 80)
        (root / "index.html").write_text(f'<html><body><a href="{story}">Story</a></body></html>', encoding="utf-8")
        (tmp_path / "sources.toml").write_text(source_table("plain", home=f'["{base}/"]'), encoding="utf-8")
        result = run_crawl(tmp_path / "sources.toml", tmp_path)
    assert result.returncode == 0, result.log[-3000:]
    assert {r["url"] for r in result.records} == {base + story}
    assert result.stats["newsspider/source/plain/home_as_listing"] == 1
    assert "newsspider/source/plain/errors" not in result.stats
    assert "new=1 duplicates=0 seen=0 errors=0 home_feeds=0 home_sitemaps=0 home_as_listing=1" in summary_line(
        result.log)
    assert result.report["sources"]["plain"]["home_as_listing"] == 1


def test_home_pages_that_lead_nowhere_are_errors_that_say_why(tmp_path):
    root = tmp_path / "site"
    with StaticSite(root) as site:
        base = site.base_url
        root.mkdir(exist_ok=True)
        (root / "index.html").write_text("<html><body><p>Under construction.</p></body></html>", encoding="utf-8")
        (tmp_path / "sources.toml").write_text(
            source_table("empty", home=f'["{base}/"]') + source_table("gone", home=f'["{base}/missing/"]'),
            encoding="utf-8")
        result = run_crawl(tmp_path / "sources.toml", tmp_path, settings={"RETRY_TIMES": "0"})
    assert result.returncode == 1, result.log[-3000:]  # every source failed
    summary = summary_line(result.log)
    assert "empty requests=7 new=0 duplicates=0 seen=0 errors=1 home_feeds=0 home_sitemaps=0 home_as_listing=1" in summary
    assert "gone requests=6 new=0 duplicates=0 seen=0 errors=1 home_feeds=0 home_sitemaps=0;" in summary + ";"
    failing = next(line for line in result.log.splitlines() if "sources with errors:" in line)
    assert (f"empty (home {base}/: nothing found: no feed announced, no news sitemap, and no link on the page "
            "looks like an article)") in failing
    assert f"gone (home {base}/missing/: HTTP 404)" in failing
    reasons = {name: source["error_reasons"] for name, source in result.report["sources"].items()}
    assert [r["stage"] for r in reasons["empty"]] == [r["stage"] for r in reasons["gone"]] == ["home"]
