"""parse_sitemap / robots helpers: news: fields kept, gzip handled safely, hostile XML refused."""
from __future__ import annotations

import gzip

import pytest

from newsspider.discovery.entry import DiscoveredLink
from newsspider.discovery.sitemaps import (
    Sitemap,
    SitemapError,
    is_robots_url,
    normalize_datetime,
    parse_sitemap,
    sitemap_urls_from_robots,
)

SITEMAP_URL = "https://www.example.com/sitemaps/news.xml"

NEWS_URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc> https://www.example.com/business/2024/01/05/markets-rally-on-rate-hopes </loc>
    <lastmod>2024-01-05T12:30:00Z</lastmod>
    <news:news>
      <news:publication><news:name>Example Times</news:name><news:language>zh-cn</news:language></news:publication>
      <news:publication_date>2024-01-05</news:publication_date>
      <news:title>Markets   rally on
        rate hopes</news:title>
    </news:news>
    <image:image><image:loc>https://cdn.example.com/a.jpg</image:loc><image:title>Not the title</image:title></image:image>
  </url>
  <url><loc>/world/relative-story-url</loc><news:news><news:publication_date>2024-01-05T08:00:00+05:30</news:publication_date></news:news></url>
  <url><loc>ftp://www.example.com/file</loc></url>
  <url><loc>https://www.example.com/business/2024/01/05/markets-rally-on-rate-hopes</loc></url>
</urlset>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://www.example.com/sitemap-news.xml</loc><lastmod>2024-01-05T10:00:00+01:00</lastmod></sitemap>
  <sitemap><loc>sitemap-2023.xml.gz</loc></sitemap>
</sitemapindex>"""


def test_urlset_keeps_google_news_fields():
    sitemap = parse_sitemap(NEWS_URLSET, SITEMAP_URL)
    assert sitemap.kind == "urlset"
    assert sitemap.links[0] == DiscoveredLink(
        url="https://www.example.com/business/2024/01/05/markets-rally-on-rate-hopes",
        title="Markets rally on rate hopes",
        published="2024-01-05T00:00:00+00:00",
        modified="2024-01-05T12:30:00+00:00",
        language="zh",
    )


def test_urlset_resolves_relative_loc_skips_non_http_and_dedupes():
    links = parse_sitemap(NEWS_URLSET, SITEMAP_URL).links
    assert [link.url for link in links] == [
        "https://www.example.com/business/2024/01/05/markets-rally-on-rate-hopes",
        "https://www.example.com/world/relative-story-url",
    ]
    assert links[1].published == "2024-01-05T08:00:00+05:30"
    assert links[1].title is None and links[1].language is None


def test_sitemap_index_lists_child_sitemaps_with_lastmod():
    assert parse_sitemap(INDEX, "https://www.example.com/sitemap.xml") == Sitemap(
        kind="sitemapindex",
        links=[
            DiscoveredLink("https://www.example.com/sitemap-news.xml", modified="2024-01-05T10:00:00+01:00"),
            DiscoveredLink("https://www.example.com/sitemap-2023.xml.gz"),
        ],
    )


def test_namespace_tolerant_no_namespace_and_wrong_version():
    no_ns = b"<urlset><url><loc>https://ex.com/a-b-c</loc><news><title>T</title></news></url></urlset>"
    wrong_ns = (
        b'<urlset xmlns="http://www.google.com/schemas/sitemap/0.84">'
        b"<url><loc>https://ex.com/a-b-c</loc></url></urlset>"
    )
    assert parse_sitemap(no_ns, "https://ex.com/s.xml").links == [DiscoveredLink("https://ex.com/a-b-c", title="T")]
    assert parse_sitemap(wrong_ns, "https://ex.com/s.xml").links == [DiscoveredLink("https://ex.com/a-b-c")]


def test_gzip_detected_by_magic_bytes_not_name():
    sitemap = parse_sitemap(gzip.compress(INDEX), "https://www.example.com/sitemap.xml")
    assert sitemap.kind == "sitemapindex" and len(sitemap.links) == 2


def test_multi_member_gzip_is_fully_read():
    half = len(NEWS_URLSET) // 2
    body = gzip.compress(NEWS_URLSET[:half]) + gzip.compress(NEWS_URLSET[half:])
    assert len(parse_sitemap(body, SITEMAP_URL).links) == 2


def test_gzip_bomb_stops_at_decompressed_cap():
    bomb = gzip.compress(b"\0" * 8_000_000, compresslevel=1)
    assert len(bomb) < 100_000
    with pytest.raises(SitemapError, match="cap"):
        parse_sitemap(bomb, SITEMAP_URL, max_bytes=1_000_000)


def test_multi_member_gzip_bomb_stops_at_cap():
    bomb = gzip.compress(b"\0" * 1_000_000) * 100  # 100 MB inflated from ~100 KB
    with pytest.raises(SitemapError, match="cap"):
        parse_sitemap(bomb, SITEMAP_URL, max_bytes=2_000_000)


def test_a_sitemap_cut_short_gives_the_urls_before_the_cut_and_says_it_was_cut():
    """gzip says when its stream is cut; plain XML only by its root element left open."""
    cut = NEWS_URLSET[:NEWS_URLSET.index(b"<url><loc>/world/relative")]
    sitemap = parse_sitemap(cut, SITEMAP_URL)
    assert len(sitemap.links) == 1 and sitemap.cut
    assert parse_sitemap(INDEX[:-30], SITEMAP_URL).cut
    assert not parse_sitemap(NEWS_URLSET, SITEMAP_URL).cut and not parse_sitemap(INDEX + b"\n", SITEMAP_URL).cut


def test_corrupt_and_truncated_gzip_raise_sitemap_error():
    good = gzip.compress(INDEX)
    with pytest.raises(SitemapError, match="truncated"):
        parse_sitemap(good[: len(good) // 2], SITEMAP_URL)
    with pytest.raises(SitemapError, match="corrupt"):
        parse_sitemap(b"\x1f\x8b" + b"\xff" * 40, SITEMAP_URL)


def test_oversized_body_rejected():
    with pytest.raises(SitemapError, match="cap"):
        parse_sitemap(INDEX, SITEMAP_URL, max_bytes=100)


def test_billion_laughs_rejected():
    body = b"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<urlset><url><loc>https://ex.com/&b;</loc></url></urlset>"""
    with pytest.raises(SitemapError, match="entities"):
        parse_sitemap(body, SITEMAP_URL)


def test_xxe_rejected_also_inside_gzip():
    body = b"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<urlset><url><loc>https://ex.com/&xxe;</loc></url></urlset>"""
    with pytest.raises(SitemapError, match="entities"):
        parse_sitemap(gzip.compress(body), SITEMAP_URL)


def test_unknown_root_rejected():
    with pytest.raises(SitemapError, match="an HTML page$"):
        parse_sitemap(b"<html><body>Not found</body></html>", SITEMAP_URL)
    with pytest.raises(SitemapError, match="root element <feedback>"):
        parse_sitemap(b"<feedback><item>x</item></feedback>", SITEMAP_URL)


def test_garbage_rejected():
    with pytest.raises(SitemapError, match="malformed"):
        parse_sitemap(b"this is not xml at all", SITEMAP_URL)


def test_malformed_xml_recovers_well_formed_prefix():
    body = b"<urlset><url><loc>https://ex.com/first-good-story</loc></url><url><loc>https://ex.com/x?a=1&b=2</loc></url><url><lo"
    urls = [link.url for link in parse_sitemap(body, SITEMAP_URL).links]
    assert urls[0] == "https://ex.com/first-good-story"


def test_an_unescaped_ampersand_keeps_the_address_it_is_part_of():
    """libxml2's recovery dropped a bare ``&`` and the name after it: ``?id=1&page=2`` was read
    as ``?id=1=2``, another page's address, and the article was never fetched."""
    body = (b"<urlset><url><loc>https://ex.com/story?id=1&page=2&amp;s=3&#38;t=4</loc></url>"
            b"<url><loc><![CDATA[https://ex.com/other?id=5&page=6]]></loc></url></urlset>")
    sitemap = parse_sitemap(body, SITEMAP_URL)
    assert [link.url for link in sitemap.links] == ["https://ex.com/story?id=1&page=2&s=3&t=4",
                                                    "https://ex.com/other?id=5&page=6"]
    assert sitemap.malformed is None  # nothing read past
    undeclared = b"<urlset><url><loc>https://ex.com/a</loc><title>A&nbsp;B</title></url></urlset>"
    assert parse_sitemap(undeclared, SITEMAP_URL).malformed is None  # a character of a text, no entry lost


def test_entries_an_unclosed_element_left_nested_in_the_one_before_are_read():
    """An unclosed ``<image:image>`` made the recovering parser nest every entry after it in its
    own: they were no child of the root, and dropped without a word."""
    body = (b"<urlset><url><loc>https://ex.com/a/1</loc><image></url><url><loc>https://ex.com/a/2</loc></url>"
            b"</urlset>")
    sitemap = parse_sitemap(body, SITEMAP_URL)
    assert [link.url for link in sitemap.links] == ["https://ex.com/a/1", "https://ex.com/a/2"]
    assert sitemap.malformed == "line 1, column 56: Opening and ending tag mismatch: image line 1 and url"
    index = (b"<sitemapindex><sitemap><loc>https://ex.com/1.xml</loc><x></sitemap>"
             b"<sitemap><loc>https://ex.com/2.xml</loc></sitemap></sitemapindex>")
    assert [link.url for link in parse_sitemap(index, SITEMAP_URL).links] == ["https://ex.com/1.xml",
                                                                            "https://ex.com/2.xml"]


def test_a_namespace_fault_is_no_damage_and_an_undeclared_prefix_is_read():
    """A sitemap in the wrong namespace, or using a prefix it never declares (``<image:image>``
    without ``xmlns:image``), loses no entry: it is not reported malformed every run (its feed
    validators dropped), and the undeclared prefix does not raise (the whole sitemap was lost)."""
    wrong = b'<urlset xmlns="sitemap"><url><loc>https://ex.com/a</loc></url></urlset>'
    assert parse_sitemap(wrong, SITEMAP_URL).malformed is None
    undeclared = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://ex.com/a</loc>'
                  b"<image:image><image:loc>https://ex.com/a.jpg</image:loc></image:image></url></urlset>")
    sitemap = parse_sitemap(undeclared, SITEMAP_URL)
    assert [link.url for link in sitemap.links] == ["https://ex.com/a"]
    assert sitemap.malformed is None


def test_what_loses_no_entry_is_no_damage_and_a_second_root_is():
    """A blank line before the XML declaration (a WordPress theme's) or a script's notice after the
    root loses no entry: not reported malformed every run. A second ``<urlset>`` after the first is
    lost, and is."""
    urlset = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://ex.com/a</loc></url></urlset>'
    for body in (b'\n<?xml version="1.0" encoding="UTF-8"?>' + urlset, urlset + b"<br /><b>Notice</b>: cache"):
        sitemap = parse_sitemap(body, SITEMAP_URL)
        assert [link.url for link in sitemap.links] == ["https://ex.com/a"]
        assert sitemap.malformed is None
    assert "Extra content" in (parse_sitemap(urlset + urlset.replace(b"/a<", b"/b<"), SITEMAP_URL).malformed or "")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-01-05", "2024-01-05T00:00:00+00:00"),
        ("2024-01-05T10:20:30Z", "2024-01-05T10:20:30+00:00"),
        ("2024-01-05T10:20:30.123456789Z", "2024-01-05T10:20:30+00:00"),
        ("2024-01-05T10:20+0530", "2024-01-05T10:20:00+05:30"),
        ("2024-01-05T10:20:30-03:00", "2024-01-05T10:20:30-03:00"),
        ("2024-01-05T10:20:30", "2024-01-05T10:20:30+00:00"),
        ("2024-01", "2024-01-01T00:00:00+00:00"),
        ("Fri, 05 Jan 2024 10:20:30 GMT", "2024-01-05T10:20:30+00:00"),
        ("2024-13-45", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_normalize_datetime(raw, expected):
    assert normalize_datetime(raw) == expected


def test_robots_sitemap_lines_case_insensitive_and_resolved():
    robots = (
        b"User-agent: *\nDisallow: /private\n"
        b"Sitemap: https://www.example.com/sitemap_index.xml\n"
        b"sitemap:/news-sitemap.xml # news\n"
        b"  SITEMAP :  https://www.example.com/sitemap_index.xml\n"
        b"# Sitemap: https://www.example.com/commented.xml\n"
    )
    assert sitemap_urls_from_robots(robots, "https://www.example.com/robots.txt") == [
        "https://www.example.com/sitemap_index.xml",
        "https://www.example.com/news-sitemap.xml",
    ]


def test_robots_accepts_str():
    assert sitemap_urls_from_robots("Sitemap: s.xml", "https://ex.com/robots.txt") == ["https://ex.com/s.xml"]


def test_is_robots_url():
    assert is_robots_url("https://ex.com/robots.txt")
    assert not is_robots_url("https://ex.com/robots.txt.html")
    assert not is_robots_url("https://ex.com/sitemap.xml?f=robots.txt")


def test_robots_site_map_spelling_is_a_sitemap_line():
    robots = "User-agent: *\nSite-map: /news.xml\nSitemaps: /not-a-key.xml\n"
    assert sitemap_urls_from_robots(robots, "https://ex.com/robots.txt") == ["https://ex.com/news.xml"]


def test_plain_text_sitemap_one_url_per_line():
    # sitemaps.org: a text file of URLs, one per line, UTF-8 (a BOM tolerated); other lines skipped.
    body = "\ufeffhttps://ex.com/2024/one-story\r\nhttps://ex.com/2024/zwei-geschichte-ä\n\n# note\nhttps://ex.com/2024/one-story\n"
    sitemap = parse_sitemap(body.encode("utf-8"), "https://ex.com/sitemap.txt")
    assert sitemap.kind == "urlset"
    assert [link.url for link in sitemap.links] == ["https://ex.com/2024/one-story", "https://ex.com/2024/zwei-geschichte-ä"]


def test_plain_text_sitemap_inside_gzip():
    sitemap = parse_sitemap(gzip.compress(b"https://ex.com/a-story\n"), "https://ex.com/sitemap.txt.gz")
    assert [link.url for link in sitemap.links] == ["https://ex.com/a-story"]


@pytest.mark.parametrize("feed", [
    b'<rss version="2.0"><channel><item><link>/world/a-story</link>'
    b"<pubDate>Wed, 01 May 2024 10:00:00 +0200</pubDate></item></channel></rss>",
    b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="/world/a-story"/><id>1</id>'
    b"<published>2024-05-01T08:00:00Z</published></entry></feed>",
])
def test_rss_or_atom_feed_given_as_a_sitemap_is_read_as_one(feed):
    # sitemaps.org accepts RSS 2.0 and Atom 0.3/1.0 feeds as sitemaps.
    sitemap = parse_sitemap(feed, "https://ex.com/sitemap-feed.xml")
    assert sitemap == Sitemap("urlset", [DiscoveredLink("https://ex.com/world/a-story", published="2024-05-01T08:00:00+00:00")])


@pytest.mark.parametrize("raw", ["2024-01-05T10:20:30+3000", "2024-01-05T10:20:30+15:00", "2024-01-05T10:20:30+05:75"])
def test_impossible_zone_offsets_are_not_dates(raw):
    assert normalize_datetime(raw) is None


def test_a_sitemap_whose_dtd_declares_a_plain_internal_entity_is_read_with_it_expanded():
    """A site's host written once as an entity: refused with the billion-laughs sitemaps, though it
    can neither reach outside the document nor multiply (also inside gzip)."""
    body = b"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY site "https://ex.com">]>
<urlset><url><loc>&site;/news/one</loc></url><url><loc>&site;/news/two</loc></url></urlset>"""
    for data in (body, gzip.compress(body)):
        sitemap = parse_sitemap(data, SITEMAP_URL)
        assert [link.url for link in sitemap.links] == ["https://ex.com/news/one", "https://ex.com/news/two"]


def test_an_html_error_page_at_a_sitemap_url_is_named_as_one():
    """An error page answered 200 at a sitemap URL: lxml's reason for a lower-case ``<!doctype
    html>`` was "malformed sitemap XML: no root element", which does not say what came."""
    body = b"<!doctype html>\n<html><head><title>Service unavailable</title></head><body>x</body></html>"
    with pytest.raises(SitemapError, match=r"not a sitemap \(.*\): an HTML page \('Service unavailable'\)$"):
        parse_sitemap(body, SITEMAP_URL)
