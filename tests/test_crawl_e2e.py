"""End to end: a real ``scrapy crawl news`` against sites served on 127.0.0.1."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsspider.sample.server import LocalSite
from tests.crawl import run_crawl, validate_records

FIXTURES = Path(__file__).parent / "fixtures"
PARAGRAPHS = {
    "en": ["The city council voted on Tuesday to extend the tram line to the new northern district by 2027.",
           "The project, estimated at 120 million euros, will add six stations and a depot near the river.",
           "Residents had asked for a faster connection to the centre for more than a decade, the mayor said."],
    "fr": ["Le conseil municipal a adopté mardi un plan visant à rénover les écoles primaires de la ville.",
           "Les travaux, estimés à vingt millions d'euros, commenceront à la fin de l'année scolaire.",
           "Les parents d'élèves réclamaient depuis longtemps de meilleures conditions d'accueil pour les enfants."],
    "uk": ["Міська рада у вівторок ухвалила рішення про ремонт трамвайних колій на центральних вулицях міста.",
           "Роботи коштуватимуть близько ста мільйонів гривень і триватимуть до кінця осені, повідомили в мерії.",
           "Мешканці давно скаржилися на шум і вібрацію від старих колій, зазначили депутати."],
    "zh": ["市政府周二宣布，将在明年春天之前完成老城区供水管网的全面改造工程，以改善居民用水质量。",
           "该工程总投资约三亿元，将更换超过一百二十公里的老旧管道，并新建两座加压泵站。",
           "市民表示，过去几年夏季经常出现水压不足的问题，希望改造工程能够尽快完工。"],
    "fa": ["شورای شهر روز سه‌شنبه طرح تازه‌ای برای گسترش خطوط مترو و کاهش آلودگی هوا تصویب کرد.",
           "به گفته شهردار، ساخت این خط جدید حدود چهار سال طول می‌کشد و دوازده ایستگاه خواهد داشت.",
           "شهروندان از ترافیک سنگین در ساعات اوج رفت‌وآمد گلایه دارند و خواستار حمل‌ونقل عمومی بهترند."],
}
ARTICLE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="{published}"><link rel="canonical" href="{{{{BASE}}}}{path}">
</head><body><nav><a href="/">Home</a> <a href="/tag/city/">City</a></nav><article><h1>{title}</h1>{body}</article>
<footer>© Example Media</footer></body></html>"""


def build_site(root: Path) -> dict[str, dict]:
    """Five articles in five languages, reached through every discovery path; returns path -> expectation."""
    expected = {}
    for number, (lang, paragraphs) in enumerate(PARAGRAPHS.items(), start=1):
        path = f"/news/2024/03/0{number}/story-number-{number}-{lang}.html"
        title = paragraphs[0][:40]
        published = f"2024-03-0{number}T08:00:00+00:00"
        body = "".join(f"<p>{text}</p>" for text in paragraphs)
        target = root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(ARTICLE.format(lang="en", title=title, published=published, path=path, body=body),
                          encoding="utf-8")
        expected[path] = {"language": lang, "published": published, "text": paragraphs}
    paths = sorted(expected)
    # en + fr through an RSS feed (fr also with a tracking parameter through the sitemap: one record only)
    items = "".join(f"<item><title>t</title><link>{{{{BASE}}}}{p}</link></item>" for p in paths[:2])
    (root / "rss.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>{items}</channel></rss>')
    # uk + zh through a gzipped Google News sitemap behind a sitemap index behind robots.txt
    urls = "".join(
        f"<url><loc>{{{{BASE}}}}{p}?utm_source=sitemap</loc><news:news><news:publication><news:name>X</news:name>"
        f"<news:language>{expected[p]['language']}</news:language></news:publication>"
        f"<news:publication_date>{expected[p]['published']}</news:publication_date><news:title>T</news:title>"
        f"</news:news></url>" for p in paths[1:4])
    urlset = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
              f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>')
    (root / "news-sitemap.xml").write_text(urlset)
    (root / "sitemap-index.xml").write_text(
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        '<sitemap><loc>{{BASE}}/news-sitemap.xml</loc></sitemap>'
        '<sitemap><loc>{{BASE}}/sitemap-index.xml</loc></sitemap></sitemapindex>')
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\nSitemap: {{BASE}}/sitemap-index.xml\n")
    # fa through a listing page that also links to a tag page, pagination, login and a disallowed page
    (root / "world").mkdir()
    (root / "world" / "index.html").write_text(
        f'<html><body><a href="{paths[4]}">Metro</a> <a href="/tag/city/">City</a> <a href="/world/?page=2">Next</a>'
        '<a href="/login">Log in</a> <a href="/private/2024/03/01/secret-story-here.html">Secret</a></body></html>')
    return expected


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    expected = build_site(root)
    workdir = tmp_path_factory.mktemp("run")
    with LocalSite(root) as site:
        sources = workdir / "sources.toml"
        sources.write_text(f"""
[[source]]
name = "example"
language = "en"
feeds = ["{site.base_url}/rss.xml"]
sitemaps = ["{site.base_url}/robots.txt"]
pages = ["{site.base_url}/world/"]
""", encoding="utf-8")
        result = run_crawl(sources, workdir)
        base_url = site.base_url
    return result, expected, base_url, site.requested


def test_every_article_is_emitted_exactly_once(crawled):
    result, expected, base, _ = crawled
    assert result.returncode == 0, result.log[-3000:]
    urls = sorted(record["canonical_url"] for record in result.records)
    assert urls == sorted(base + path for path in expected)


def test_records_validate_against_the_schema(crawled):
    result, _, _, _ = crawled
    validate_records(result.records)


def test_records_carry_title_text_date_and_the_right_language(crawled):
    result, expected, base, _ = crawled
    for record in result.records:
        want = expected[record["canonical_url"].removeprefix(base)]
        assert record["title"]
        assert record["published"] == want["published"]
        assert record["language"] == want["language"], record["url"]
        for paragraph in want["text"]:
            assert paragraph in record["text"]
        assert record["story_id"] == record["id"] or record["duplicate_of"]


def test_tag_login_pagination_and_robots_disallowed_pages_are_not_fetched(crawled):
    """Read from the server's request log: the listing page links to each of these."""
    _, _, _, requested = crawled
    assert "/world/" in requested and "/robots.txt" in requested
    for fragment in ("/tag/city/", "?page=2", "/login", "/private/"):
        assert not [path for path in requested if fragment in path], fragment


def test_stats_file_is_written_beside_the_output(crawled):
    result, expected, _, _ = crawled
    assert result.stats["finish_reason"] == "finished"
    assert result.stats["item_scraped_count"] == len(expected) == len(result.records)
    assert result.stats["newsspider/source/example/requests"] >= len(expected)


def test_broken_sources_file_stops_before_any_request_with_exit_status_2(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nname = "a"\nfeedz = ["http://127.0.0.1:9/"]\n', encoding="utf-8")
    result = run_crawl(sources, tmp_path)
    assert result.returncode == 2
    assert "sources.toml" in result.log and "'a'" in result.log and "'feedz'" in result.log
    assert "Spider opened" not in result.log


def test_articles_whose_template_declares_the_home_page_canonical_are_each_written_once(tmp_path):
    """Every article page of a site declared ``<link rel=canonical href="/">``: the run wrote the
    first and dropped the other three as the same page (``duplicates/same_url``), the next run none."""
    from tests.static_site import StaticSite
    from tests.test_source_options import source_table, write_article, write_feed

    root = tmp_path / "site"
    with StaticSite(root) as site:
        paths = []
        for n in range(5):
            path = write_article(root, f"/news/2026/11/30/story-{n}", n)
            page = root / path.lstrip("/")
            page.write_text(page.read_text().replace("<title>", f'<link rel="canonical" href="{site.base_url}/"><title>'))
            paths.append(path)
        feed = write_feed(root, "/f.xml", site.base_url, paths[:4])
        (tmp_path / "sources.toml").write_text(source_table("c", feeds=f'["{feed}"]'))
        settings = {"NEWSSPIDER_STORIES_BACKEND": "none"}
        first = run_crawl(tmp_path / "sources.toml", tmp_path, output="one.jsonl", settings=settings)
        write_feed(root, "/f.xml", site.base_url, paths, pub_date="Mon, 30 Nov 2026 09:00:00 +0000")  # one more
        again = run_crawl(tmp_path / "sources.toml", tmp_path, output="two.jsonl", settings=settings)
    assert first.returncode == 0, first.log[-3000:]
    validate_records(first.records)
    assert sorted(r["canonical_url"] for r in first.records) == [site.base_url + p for p in paths[:4]]
    assert len({r["id"] for r in first.records}) == 4 and "newsspider/duplicates/same_url" not in first.stats
    assert again.returncode == 0, again.log[-3000:]
    assert [r["url"] for r in again.records] == [site.base_url + paths[4]]
    assert again.stats["newsspider/source/c/skipped_seen"] == 4


def test_a_listing_page_once_emitted_as_an_article_is_still_read_as_a_listing_by_later_runs(tmp_path):
    """A feed linked the site's front page, which held one long story and was emitted as an
    article; once the source was given by that home page (no feed: read as a listing), the run
    dropped the listing request as already emitted (the seen check ran on every request, not only on article links), and no
    story the front page links was found."""
    from tests.static_site import StaticSite
    from tests.test_source_options import ARTICLE, source_table, write_article, write_feed

    root = tmp_path / "site"
    with StaticSite(root) as site:
        front = ARTICLE.format(lang="en", title="Harlow council weighs plan 7", town="Harlow", n=7,
                               published="2026-11-30T07:00:00+00:00", extra="")
        root.mkdir(parents=True, exist_ok=True)
        (root / "index.html").write_text(front, encoding="utf-8")
        feed = write_feed(root, "/f.xml", site.base_url, ["/"])
        sources = tmp_path / "sources.toml"
        sources.write_text(source_table("front", feeds=f'["{feed}"]'))
        settings = {"NEWSSPIDER_STORIES_BACKEND": "none"}
        first = run_crawl(sources, tmp_path, output="one.jsonl", settings=settings)
        story = write_article(root, "/news/2026/11/30/story-2", 2)
        (root / "index.html").write_text(front.replace("</article>", f'<p><a href="{story}">More</a></p></article>'),
                                         encoding="utf-8")
        sources.write_text(source_table("front", home=f'["{site.base_url}/"]'))  # no feed: read as a listing
        again = run_crawl(sources, tmp_path, output="two.jsonl", settings=settings)
    assert first.returncode == 0, first.log[-3000:]
    assert [r["url"] for r in first.records] == [site.base_url + "/"]
    assert again.returncode == 0, again.log[-3000:]
    assert [r["url"] for r in again.records] == [site.base_url + story]
