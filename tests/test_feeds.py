"""parse_feed: RSS 2.0 / RSS 1.0 / Atom to DiscoveredLink, and refusal of hostile or non-feed bodies."""
from __future__ import annotations

import codecs
import re

import pytest

from newsspider.discovery.entry import DiscoveredLink
from newsspider.discovery.feeds import FeedError, parse_feed, read_feed
from newsspider.discovery.xmlsafety import declares_entities

FEED_URL = "https://news.example.com/feeds/world.xml"

RSS20 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>World</title><link>https://news.example.com/</link><language>en-us</language>
  <item>
    <title>  Talks   resume in Geneva </title>
    <link>https://news.example.com/world/2024/05/01/talks-resume#comments</link>
    <pubDate>Wed, 01 May 2024 10:00:00 +0200</pubDate>
  </item>
  <item><title>Relative</title><link>/world/relative-link-story</link></item>
  <item><title>Permalink guid</title><guid>https://news.example.com/world/guid-story</guid></item>
  <item><title>Duplicate</title><link>https://news.example.com/world/2024/05/01/talks-resume</link></item>
  <item><title>Not http</title><link>mailto:desk@example.com</link></item>
  <item><title>Opaque guid only</title><guid isPermaLink="false">tag:example,2024:1</guid></item>
</channel></rss>"""

RSS10 = b"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://ex.fr/"><title>Actu</title><link>https://ex.fr/</link>
    <dc:language>fr-FR</dc:language></channel>
  <item rdf:about="https://ex.fr/monde/un-article-du-jour">
    <title>Un article</title><link>https://ex.fr/monde/un-article-du-jour</link>
    <dc:date>2024-05-01T10:00:00+02:00</dc:date>
  </item>
</rdf:RDF>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar-SA" xml:base="https://ar.example.org/ar/">
  <title>أخبار</title><id>urn:feed</id><updated>2024-05-02T09:00:00Z</updated>
  <entry xml:base="news/">
    <title type="html">&lt;b&gt;عنوان&lt;/b&gt; الخبر</title>
    <link rel="alternate" href="story-1"/>
    <link rel="enclosure" href="https://cdn.example.org/a.jpg"/>
    <id>urn:1</id>
    <published>2024-05-01T09:00:00+03:00</published>
    <updated>2024-05-02T09:00:00Z</updated>
  </entry>
  <entry xml:lang="en-GB"><title>English one</title><link href="/en/story-2"/><id>urn:2</id></entry>
  <entry><title>No link at all</title><id>urn:3</id></entry>
</feed>""".encode()

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&xxe;</title><link>https://x.com/a-b-c</link></item></channel></rss>"""


def test_rss20_links_titles_dates_and_language():
    links = parse_feed(RSS20, FEED_URL)
    assert links[0] == DiscoveredLink(
        url="https://news.example.com/world/2024/05/01/talks-resume",
        title="Talks resume in Geneva",
        published="2024-05-01T08:00:00+00:00",
        language="en",
    )


def test_rss20_relative_link_resolved_against_feed_url():
    urls = [link.url for link in parse_feed(RSS20, FEED_URL)]
    assert "https://news.example.com/world/relative-link-story" in urls


def test_rss20_permalink_guid_used_when_no_link():
    urls = [link.url for link in parse_feed(RSS20, FEED_URL)]
    assert "https://news.example.com/world/guid-story" in urls


def test_rss20_skips_non_http_and_opaque_ids_and_dedupes_ignoring_fragment():
    urls = [link.url for link in parse_feed(RSS20, FEED_URL)]
    assert urls == [
        "https://news.example.com/world/2024/05/01/talks-resume",
        "https://news.example.com/world/relative-link-story",
        "https://news.example.com/world/guid-story",
    ]


def test_rss10_dc_date_is_the_items_publication_date():
    # RSS 1.0 items carry dc:date as their only date; feedparser files it as "updated".
    (link,) = parse_feed(RSS10, "https://ex.fr/rss.rdf")
    assert link.url == "https://ex.fr/monde/un-article-du-jour"
    assert link.title == "Un article"
    assert link.published == "2024-05-01T08:00:00+00:00"
    assert link.modified is None
    assert link.language == "fr"


def test_item_level_dc_language_overrides_the_channel_language():
    body = RSS10.replace(b"<dc:date>", b"<dc:language>de-AT</dc:language><dc:date>")
    (link,) = parse_feed(body, "https://ex.fr/rss.rdf")
    assert link.language == "de"


def test_atom_updated_stays_a_modification_time():
    (_, second) = parse_feed(ATOM.replace(b"<id>urn:2</id>", b"<id>urn:2</id><updated>2024-05-03T00:00:00Z</updated>"),
                             "https://ar.example.org/atom")[:2]
    assert second.published is None
    assert second.modified == "2024-05-03T00:00:00+00:00"


UNDECLARED_UTF8 = """<rss version="2.0"><channel><title>Новости</title>
<item><title>«Во заваливает!» £31 million</title><link>https://ex.ru/a/one-story</link></item>
</channel></rss>"""


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
@pytest.mark.parametrize("content_type", [None, "", "text/xml", "application/rss+xml"])
def test_feed_without_a_charset_anywhere_is_read_as_utf8(bom, content_type):
    # XML 1.0: a document with no encoding declaration and no BOM (or a UTF-8 BOM) is UTF-8;
    # without a Content-Type feedparser guessed ISO-8859-1 and gave "Â«Ð’Ð¾".
    (link,) = parse_feed(bom + UNDECLARED_UTF8.encode("utf-8"), "https://ex.ru/rss", content_type=content_type)
    assert link.title == "«Во заваливает!» £31 million"


def test_charset_named_by_the_http_header_decides_the_encoding():
    body = UNDECLARED_UTF8.encode("windows-1251", errors="replace")
    (link,) = parse_feed(body, "https://ex.ru/rss", content_type="application/rss+xml; charset=windows-1251")
    assert link.title.startswith("«Во заваливает!»")


def test_xml_declaration_decides_when_the_header_names_no_charset():
    body = ('<?xml version="1.0" encoding="windows-1251"?>' + UNDECLARED_UTF8).encode("windows-1251", errors="replace")
    (link,) = parse_feed(body, "https://ex.ru/rss", content_type="text/xml")
    assert link.title.startswith("«Во заваливает!»")


@pytest.mark.parametrize("zone", ["+3000", "+1500", "+0575"])
def test_impossible_zone_offset_gives_no_date(zone):
    body = RSS20.replace(b"+0200</pubDate>", zone.encode() + b"</pubDate>")
    assert parse_feed(body, FEED_URL)[0].published is None


def test_atom_xml_base_nested_resolution_html_title_and_dates():
    first = parse_feed(ATOM, "https://elsewhere.example.net/atom")[0]
    assert first == DiscoveredLink(
        url="https://ar.example.org/ar/news/story-1",
        title="عنوان الخبر",
        published="2024-05-01T06:00:00+00:00",
        modified="2024-05-02T09:00:00+00:00",
        language="ar",
    )


def test_atom_entry_xml_lang_overrides_feed_language_and_linkless_entry_skipped():
    links = parse_feed(ATOM, "https://elsewhere.example.net/atom")
    assert [(link.url, link.language) for link in links] == [
        ("https://ar.example.org/ar/news/story-1", "ar"),
        ("https://ar.example.org/en/story-2", "en"),
    ]


def test_relative_links_resolve_against_feed_url_without_xml_base():
    body = b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="a/b-c-d"/><id>1</id></entry></feed>'
    assert parse_feed(body, "https://ex.com/feeds/atom.xml")[0].url == "https://ex.com/feeds/a/b-c-d"


def test_a_feed_cut_short_gives_the_links_before_the_cut_and_says_it_was_cut():
    """A connection closed mid-body with no Content-Length gives a 200 with half a feed: its links
    are read, and the caller is told, so that a 304 next run does not hide the rest."""
    cut = RSS20[:RSS20.index(b"<item><title>Relative")]
    links, _, was_cut = read_feed(cut, FEED_URL)
    assert [link.url for link in links] == ["https://news.example.com/world/2024/05/01/talks-resume"] and was_cut
    utf16 = codecs.BOM_UTF16_LE + RSS20.decode().replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16-le")
    for whole in (RSS20, RSS20 + b"\n<!-- served in 3 ms -->\n", RSS20 + b"<script>track()</script>", utf16):
        assert read_feed(whole, FEED_URL)[2] is False


def test_empty_feed_gives_empty_list():
    body = b'<rss version="2.0"><channel><title>Nothing yet</title></channel></rss>'
    assert parse_feed(body, FEED_URL) == []


def test_html_page_is_not_a_feed():
    body = b"<!DOCTYPE html><html><head><title>Home</title></head><body><a href='/x'>x</a></body></html>"
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(body, FEED_URL)


@pytest.mark.parametrize(("body", "says"), [
    (b"<!doctype html>\n<html><head><title>502 Bad\n Gateway</title></head><body>nginx</body></html>",
     "an HTML page ('502 Bad Gateway'), not RSS or Atom"),
    (b"<?xml version='1.0'?><!-- x --><html xmlns='http://www.w3.org/1999/xhtml'><body>x</body></html>",
     "an HTML page, not RSS or Atom"),
    (b"<!DOCTYPE html><p>Sorry", "an HTML page, not RSS or Atom"),
])
def test_an_html_error_page_at_a_feed_url_is_named_as_one(body, says):
    """A site answering its feed URL with an error page and status 200: the reason was the XML
    parser's ("<unknown>:2:0: syntax error"), which does not tell a user what came instead."""
    with pytest.raises(FeedError, match=re.escape(says)):
        parse_feed(body, FEED_URL)


def test_empty_body_is_not_a_feed():
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(b"  \n", FEED_URL)


def test_billion_laughs_rejected_before_parsing():
    with pytest.raises(FeedError, match="entities"):
        parse_feed(BILLION_LAUGHS, FEED_URL)


def test_xxe_external_entity_rejected():
    with pytest.raises(FeedError, match="entities"):
        parse_feed(XXE, FEED_URL)


def test_entity_declaration_in_utf16_body_rejected():
    body = codecs.BOM_UTF16_LE + XXE.decode().replace('<?xml version="1.0"?>', "").encode("utf-16-le")
    with pytest.raises(FeedError, match="entities"):
        parse_feed(body, FEED_URL)


def test_oversized_body_rejected():
    with pytest.raises(FeedError, match="cap"):
        parse_feed(RSS20, FEED_URL, max_bytes=100)


def test_utf16_feed_without_entities_is_parsed():
    body = codecs.BOM_UTF16_LE + RSS20.decode().replace('encoding="utf-8"', 'encoding="utf-16"').encode("utf-16-le")
    assert len(parse_feed(body, FEED_URL)) == 3


@pytest.mark.parametrize(
    "body",
    [
        b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://x/rss.dtd"><rss/>',
        b"<!DOCTYPE rss [<!ELEMENT rss ANY>]><rss/>",
        b"<rss><description>&lt;!ENTITY is fine in content</description></rss>",
        b"<?xml version='1.0'?><!-- comment --><rss/>",
    ],
)
def test_entity_check_accepts_doctypes_without_entity_declarations(body):
    assert not declares_entities(body)


@pytest.mark.parametrize(
    "body",
    [
        b"<!-- <rss> --><!DOCTYPE rss [<!ENTITY a 'b'>]><rss/>",  # decoy root inside a comment
        b"<?pi <rss> ?><!DOCTYPE rss [<!ENTITY a 'b'>]><rss/>",  # decoy root inside a PI
        b"<!DOCTYPE rss [<!ATTLIST rss a CDATA ']>'><!ENTITY a 'b'>]><rss/>",  # ']>' in a literal
        b"<!DOCTYPE rss [<!-- ]> --><!ENTITY a 'b'>]><rss/>",  # ']>' in a subset comment
        b"junk<!DOCTYPE rss [<!entity a 'b'>]><rss/>",  # junk before, lower-case keyword
        b"\xef\xbb\xbf<!DOCTYPE rss [<!ENTITY % p SYSTEM 'http://evil/x.dtd'> %p;]><rss/>",
        b"<!DOCTYPE rss [<!ENTITY a 'unterminated",
    ],
)
def test_entity_check_not_fooled_by_comments_literals_or_junk(body):
    assert declares_entities(body)


ENTITY_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss [
  <!ELEMENT rss ANY>
  <!-- the publisher's name, written once -->
  <!ENTITY publisher "R\xc3\xa9gion Info">
  <!ENTITY amp "&#38;#38;">
]>
<rss version="2.0"><channel><title>&publisher;</title>
<item><title>&publisher;: the council &amp; the budget</title><link>https://news.example.com/a/&publisher;-story</link>
<description><![CDATA[&publisher; kept as written]]></description></item>
</channel></rss>"""


def test_a_feed_whose_dtd_declares_plain_internal_entities_is_read_with_them_expanded():
    """An internal entity whose value is plain text (a publisher's name written once) can neither
    reach outside the document nor grow it past its cap: such a feed was refused with the
    billion-laughs ones. Its references are expanded (not inside CDATA), the predefined ``amp``
    redeclared as XML allows."""
    [link] = parse_feed(ENTITY_FEED, FEED_URL)
    assert link.url == "https://news.example.com/a/Région Info-story"
    assert link.title == "Région Info: the council & the budget"


@pytest.mark.parametrize(("subset", "why"), [
    ('<!ENTITY a "aa"><!ENTITY b "&a;&a;">', "refers to another"),        # nesting: billion laughs
    ('<!ENTITY a "&#38;b;"><!ENTITY b "x">', "refers to another"),        # a reference made by a character
    ('<!ENTITY a SYSTEM "file:///etc/passwd">', "external"),
    ('<!ENTITY a PUBLIC "-//x//y" "http://127.0.0.1:9/x">', "external"),
    ('<!ENTITY % p "<!ENTITY a \'x\'>"> %p;', "parameter"),
    ('<!ENTITY a "x"', "unterminated"),
    ('<!ENTITY a "<!DOCTYPE x [<!ENTITY b SYSTEM \'file:///etc/passwd\'>]>">', "markup"),
])
def test_a_feed_whose_entities_could_reach_out_or_multiply_is_still_refused(subset, why):
    body = (f'<?xml version="1.0"?><!DOCTYPE rss [{subset}]><rss version="2.0"><channel>'
            f'<item><title>&a;</title><link>https://x.org/a</link></item></channel></rss>').encode()
    with pytest.raises(FeedError, match=f"entities.*{why}"):
        parse_feed(body, FEED_URL)


def test_a_plain_entity_referenced_until_the_feed_outgrows_its_cap_is_refused():
    """Quadratic blow-up: one 1 KB literal referenced 2,000 times makes 2 MB of a 10 KB feed."""
    refs = "&a;" * 2000
    body = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "{"x" * 1000}">]><rss version="2.0"><channel>'
            f'<item><title>{refs}</title><link>https://x.org/a</link></item></channel></rss>').encode()
    with pytest.raises(FeedError, match="entities.*cap"):
        parse_feed(body, FEED_URL, max_bytes=1_000_000)
