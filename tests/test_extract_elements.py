"""The page's elements found in one walk, and the elements around one of them."""
from __future__ import annotations

import pytest
from lxml import etree
from lxml.html import fromstring

from newsspider.extract.elements import (
    PageElements,
    around,
    copyright_lines,
    copyright_notices,
    first_showing,
    neighbours,
    text_content,
    text_lines,
)
from newsspider.extract.parse import parse_html

PAGE = """<html><head><title>T</title><meta name="a" content="1"></head><body>
<header><nav><a href="/">Home</a><a href="/sport">Sport</a><!-- menu --></nav></header>
<main><article><div class="kicker"><span>Kicker</span></div><h1 id="headline">Headline</h1>
<p class="byline">By <a rel="author" href="/a">Ann</a></p><p>One <b>bold</b> <i>word</i>.</p>
<figure><img src="x.jpg"><figcaption>Caption</figcaption></figure><p>Two.</p></article>
<aside><h2>More</h2><ul><li><a href="/x">X</a></li><li><a href="/y">Y</a></li></ul></aside></main>
<footer><p>Footer</p></footer></body></html>"""

AXES = etree.XPath("preceding::*[position() <= $before] | following::*[position() <= $after]")


@pytest.mark.parametrize("before, after", [(0, 0), (1, 1), (3, 5), (30, 60), (1000, 1000)])
def test_around_is_the_nearest_preceding_and_following_elements_in_page_order(before, after):
    tree = parse_html(PAGE)
    for element in tree.iter(etree.Element):
        assert around(element, before, after) == AXES(element, before=before, after=after)


def test_neighbours_are_the_xpath_axes_each_nearest_first():
    tree = parse_html(PAGE)
    for element in tree.iter(etree.Element):
        before, after = neighbours(element, 4, 7)
        assert before == element.xpath("preceding::*[position() <= 4]")[::-1]
        assert after == element.xpath("following::*[position() <= 7]")


def test_around_leaves_out_ancestors_descendants_and_comments():
    tree = parse_html(PAGE)
    headline = tree.get_element_by_id("headline")
    found = around(headline, 1000, 1000)
    assert not {*headline.iterancestors()} & {*found}
    assert all(isinstance(element.tag, str) for element in found)
    assert [element.tag for element in around(headline, 2, 2)] == ["div", "span", "p", "a"]


def test_page_elements_by_tag_in_page_order():
    tree = parse_html(PAGE)
    page = PageElements(tree)
    assert [a.text for a in page.of("a")] == ["Home", "Sport", "Ann", "X", "Y"]
    assert [e.tag for e in page.of("h1", "h2")] == ["h1", "h2"]
    assert page.outside(("h2",), frozenset({"aside"})) == []


def test_page_elements_of_several_tags_is_the_walk_of_those_tags():
    tree = parse_html(PAGE)
    page = PageElements(tree)
    for tags in (("h1", "h2", "p"), ("p", "h1"), ("a", "img", "h2", "meta"), ("h1", "h1"), ("p", "video")):
        assert page.of(*tags) == list(tree.iter(*tags))


def test_page_elements_hold_the_photos_captions_found_in_the_one_walk():
    tree = parse_html("<html><body><h1>H</h1><figure><img src='a.jpg'><figcaption>The tram stop.</figcaption></figure>"
                      "<p>Text.</p><figure><figcaption>Photo: AP</figcaption></figure></body></html>")
    page = PageElements(tree)
    assert page.of("figcaption") == list(tree.iter("figcaption"))
    assert [caption.text for caption in page.of("figcaption")] == ["The tram stop.", "Photo: AP"]
    assert PageElements(parse_html("<html><body><h1>H</h1><p>Text.</p></body></html>")).of("figcaption") == []


DECLARING_PAGE = """<html><head><meta property="article:published_time" content="2024-01-02">
<meta itemprop="datePublished" content="2024-01-02"></head><body>
<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">H</h1>
<span property="dc:date dc:created" content="2024-01-02T10:00:00+01:00">2. Januar</span>
<time itemprop="dateModified" datetime="2024-01-03">3.1.</time><span itemprop="author">A</span>
<meta property="og:x" content="in the body"><span property="dc:title">no content</span></div>
<div itemscope><span itemprop="datePublished" property="schema:datePublished" content="2023-12-31">old</span></div>
</body></html>"""


def test_declaring_elements_are_microdatas_items_and_dates_and_the_bodys_rdfa_values_in_page_order():
    tree = parse_html(DECLARING_PAGE)
    microdata = tree.xpath("//*[@itemscope or @itemprop='datePublished' or @itemprop='dateModified']")
    rdfa = tree.xpath("//body//*[@property and @content and not(self::meta)]")
    declaring = PageElements(tree).declaring()
    assert [e.tag for e in declaring] == ["meta", "div", "span", "time", "div", "span"]
    assert declaring == [e for e in tree.iter(etree.Element) if e in microdata or e in rdfa]


def test_copyright_lines_are_the_xpaths_text_nodes_in_page_order():
    html = ("<html><head><title>© in the title</title><script>var c = 'Copyright';</script></head><body>"
            "<p>Intro <b>CopyRight 2024</b> tail © here</p><article><p>© the author</p><figure>"
            "<figcaption>Photo © Agency</figcaption></figure></article>after the article, COPYRIGHT"
            "<div>no mark</div><footer>© 2024 <span>Site</span> copyrighted</footer>"
            "<p>K\u212a copyr\u0130ght</p></body></html>")
    tree = parse_html(html)
    xpath = etree.XPath("//text()[contains(., '©') or contains(translate(., 'COPYRIGHT', 'copyright'),"
                        " 'copyright')][not(ancestor::article or ancestor::figure)]")
    expected = [str(text) for text in xpath(tree)]
    assert copyright_lines(tree) == expected
    assert expected == ["© in the title", "var c = 'Copyright';", "CopyRight 2024", " tail © here",
                        "after the article, COPYRIGHT", "© 2024 ", " copyrighted"]
    assert copyright_lines(tree.find(".//footer")) == expected  # the whole document, as XPath's //


def test_copyright_lines_neither_join_texts_nor_repeat_one():
    """The texts are searched at once: a mark split over two texts is none, one holding two is one line."""
    html = ("<html><body><p>Copy<b>right</b> ©<i>©</i></p><figure><figure>©</figure>© inner</figure>© after"
            "<br>© © two in one<article>©</article></body></html>")
    tree = parse_html(html)
    xpath = etree.XPath("//text()[contains(., '©') or contains(translate(., 'COPYRIGHT', 'copyright'),"
                        " 'copyright')][not(ancestor::article or ancestor::figure)]")
    assert copyright_lines(tree) == [str(text) for text in xpath(tree)] == [" ©", "©", "© after", "© © two in one"]


def test_first_showing_maps_each_line_to_the_outermost_block_showing_it_and_skips_the_rest():
    tree = fromstring("<html><body><div><div><p>An  intro\n line.</p></div><p>Other <b>text</b>.</p>"
                                "<!-- a note --><p>Tail <i>kept</i><!-- x --> here.</p></div></body></html>")
    found = first_showing(tree, tree.iter("div", "p"), ["An intro line.", "Other text.", "Tail kept here.", "Gone.", ""])
    assert {line: element.tag for line, element in found.items()} == {
        "An intro line.": "div", "Other text.": "p", "Tail kept here.": "p"}
    assert found["An intro line."] is next(tree.iter("div")).find("div")


def test_an_elements_text_is_its_text_content_read_once_per_page():
    tree = parse_html(PAGE)
    page = PageElements(tree)
    for element in tree.iter(etree.Element):
        assert page.text(element) == element.text_content()
    nested = next(p for p in page.of("p") if len(p))
    assert page.text(nested) is page.text(nested)  # read once: the same string


def test_the_pages_links_are_its_anchors_with_an_address_in_page_order_read_once_per_page():
    page = PageElements(fromstring('<div><a href="/a">A</a><a>no address</a><a href="">empty</a>'
                                   '<a name="x" href=" /b ">B</a><p><a href="#top">Top</a></p></div>'))
    links = page.links()
    assert [(link.text, href) for link, href in links] == [("A", "/a"), ("B", " /b "), ("Top", "#top")]
    assert [link for link, _ in links] == [link for link in page.of("a") if link.get("href")]
    assert page.links() is links


def test_text_content_is_the_xpath_string_value_of_every_element():
    """text_content writes an element holding others out with tostring's text method: the same text
    as lxml.html's XPath string value, scripts, styles, entities, comments and tails included."""
    tree = parse_html("""<html><head><title>A &amp; B</title><style>p{x:1}</style></head><body>
<div id="a">One <b>two<!-- note --> <i>three</i></b>&nbsp;four&#8203;<script>var x = "<p>";</script> five
<p>新华网<span>版权所有</span>&lt;tag&gt;</p><br>tail<span></span><img src="x.jpg">after</div>
<ul><li><a href="/x">X</a> <em></em></li><li>  </li></ul><template><p>hidden</p></template></body></html>""")
    for element in tree.iter():
        assert text_content(element) == element.text_content()


def _texts(html: str, ends: tuple[str, ...], nested: bool = True) -> list[str]:
    return [line.text for line in text_lines(fromstring(html), ends, nested=nested)]


def test_text_lines_part_the_text_content_where_a_line_end_stands():
    tree = parse_html(PAGE)
    for element in tree.iter(etree.Element):
        for ends in ((), ("br",), ("p", "li", "div", "br")):
            assert "".join(line.text for line in text_lines(element, ends)) == text_content(element)


def test_a_line_break_is_one_place_two_in_a_row_leave_an_empty_line_between():
    assert _texts("<p>one<br>two<br><br>three</p>", ("br",)) == ["one", "two", "", "three"]
    assert _texts("<p>no break</p>", ("br",)) == ["no break"]


def test_a_block_that_ends_lines_is_a_line_of_its_own_its_tail_the_next():
    html = "<div>By <a>Jane Doe</a><p>Jane covers <b>city</b> politics.</p>Editor<br>Berlin</div>"
    assert _texts(html, ("p", "br")) == ["By Jane Doe", "Jane covers city politics.", "Editor", "Berlin"]


def test_without_nesting_only_the_elements_own_line_ends_part_it():
    html = "<p><a>First<br>story</a><br><span>Second <br>story</span></p>"
    assert _texts(html, ("br",), nested=False) == ["Firststory", "Second story"]
    assert _texts(html, ("br",)) == ["First", "story", "Second ", "story"]


def test_each_line_holds_the_elements_that_start_on_it():
    lines = text_lines(fromstring("<p><b>Related</b><br><a>One</a> and <a>Two</a><br><span><a>Three</a></span></p>"), ("br",))
    assert [[element.tag for element in line.elements] for line in lines] == [["b"], ["br", "a", "a"], ["br", "span", "a"]]


def test_a_comment_is_no_text_of_a_line_its_tail_is():
    assert _texts("<p>one<!-- hidden --> two<br><!-- x -->three</p>", ("br",)) == ["one two", "three"]


def test_a_copyright_notice_runs_on_into_a_linked_owner_after_its_mark():
    """A line holding no letter after its mark runs on into the page's next text (a linked owner); others stay."""
    tree = parse_html("<html><body><footer><div>© 2024 <a href='/'>Site</a> | <a>Imprint</a></div>"
                      "<p>© Other Owner</p></footer></body></html>")
    assert copyright_lines(tree) == ["© 2024 ", "© Other Owner"]
    assert copyright_notices(tree) == ["© 2024 Site", "© Other Owner"]
