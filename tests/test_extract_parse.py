"""newsspider.extract.parse: trafilatura's tree, built without a Python call per element."""
import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html, repair_faulty_html

from newsspider.extract.parse import _intact_utf8, parse_html

PAGES = [
    "<html><head><title>T</title></head><body><form><input name=q><label>L</label></form>"
    "<article><p>First paragraph.</p><!-- a comment --><p>Second &amp; last.</p></article></body></html>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>' + "word " * 50 + "</p></body></html>",
    "<!DOCTYPE html><html lang=ar dir=rtl><body><p>نص عربي قصير.</p></body></html>",
    "<html/><body><p>faulty html start</p></body>",
    "<p>a bare fragment</p>",
    "just some text, no markup at all",
    # what repair_faulty_html changes: read as it repairs them, not as the UTF-8 bytes of the page
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/x.dtd">\n'
    "<html><body><p>Grüße aus der Küche.</p></body></html>",
    "<!DOCTYPE html><html><body><p>a doctype and no line break, the text open to the end",
    "<!doctype html>\n<html><body><p>Control\x01 characters\x1f and \ufffe\uffff non-characters.</p></body></html>",
    "<!DOCTYPE html>\n<html lang=en/>\n<body><p>self-closing html on the second line</p></body>",
    "<html><body><p>a lone surrogate \ud800 in the text</p></body></html>",
    '<?xml version="1.0" encoding="iso-8859-1"?><html><body><p>Déclaré latin-1, lu en UTF-8.</p></body></html>',
    '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир: 漢字 and 😀.</p></body></html>',
    "\ufeff<!DOCTYPE html>\r\n<html><body><p>a byte order mark\u2028and a line separator</p></body></html>",
    # lxml's full-document test reads Unicode spaces in a string, not in bytes
    "\u00a0<html><head><title>t</title></head><body><p>x</p><p>y</p></body></html>",
    "\u3000<!DOCTYPE html>\n<html><body><p>an ideographic space first</p></body></html>",
    "\u2028<html><body><p>a line separator first</p></body></html>",
]


@pytest.mark.parametrize("page", PAGES)
def test_parses_the_same_tree_as_trafilatura(page):
    ours, theirs = parse_html(page), load_html(page)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert etree.tostring(ours, encoding="unicode") == etree.tostring(theirs, encoding="unicode")


@pytest.mark.parametrize("page", PAGES)
def test_bytes_are_parsed_only_when_trafilaturas_repair_would_change_nothing(page):
    if _intact_utf8(page, page[:50].lower()) is not None:
        assert repair_faulty_html(page, page[:50].lower()) == page


def test_a_plain_page_takes_the_bytes_path():
    assert _intact_utf8(PAGES[0], PAGES[0][:50].lower()) == PAGES[0].encode()


def test_every_element_is_a_plain_html_element_made_without_lxml_html_lookup():
    tree = parse_html(PAGES[0])
    assert {type(el) for el in tree.iter()} == {HtmlElement}  # form controls too
    assert "First paragraph." in tree.text_content()


def test_not_html_gives_none():
    assert parse_html("just some text, no markup at all") is None
    assert parse_html("") is None


def _nested(depth: int) -> str:
    """A page whose story stands under ``depth`` unclosed <div>s (sloppy markup: one per teaser or widget)."""
    return ("<html><body>" + "<div>" * depth + "<article><h1>Headline</h1><p>The story's first paragraph.</p>"
            "<p>Its last one.</p></article></body></html>")


@pytest.mark.parametrize("depth", [300, 500])
def test_a_story_nested_past_libxml2s_usual_limit_is_read(depth):
    tree = parse_html(_nested(depth))
    assert [p.text for p in tree.iter("p")] == ["The story's first paragraph.", "Its last one."]


@pytest.mark.parametrize("depth", [600, 3000])
def test_a_page_nested_past_the_deeper_limit_too_keeps_the_usual_reading(depth):
    tree = parse_html(_nested(depth))  # hostile: reading it deeper costs seconds downstream for nothing
    assert not list(tree.iter("p"))
    assert max(sum(1 for _ in element.iterancestors()) for element in tree.iter()) < 300
