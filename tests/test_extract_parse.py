"""newsspider.extract.parse: trafilatura's tree, built without a Python call per element."""
import pytest
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from newsspider.extract.parse import parse_html

PAGES = [
    "<html><head><title>T</title></head><body><form><input name=q><label>L</label></form>"
    "<article><p>First paragraph.</p><!-- a comment --><p>Second &amp; last.</p></article></body></html>",
    '<?xml version="1.0" encoding="utf-8"?><html><body><p>' + "word " * 50 + "</p></body></html>",
    "<!DOCTYPE html><html lang=ar dir=rtl><body><p>نص عربي قصير.</p></body></html>",
    "<html/><body><p>faulty html start</p></body>",
    "<p>a bare fragment</p>",
    "just some text, no markup at all",
]


@pytest.mark.parametrize("page", PAGES)
def test_parses_the_same_tree_as_trafilatura(page):
    ours, theirs = parse_html(page), load_html(page)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert etree.tostring(ours, encoding="unicode") == etree.tostring(theirs, encoding="unicode")


def test_every_element_is_a_plain_html_element_made_without_lxml_html_lookup():
    tree = parse_html(PAGES[0])
    assert {type(el) for el in tree.iter()} == {HtmlElement}  # form controls too
    assert "First paragraph." in tree.text_content()


def test_not_html_gives_none():
    assert parse_html("just some text, no markup at all") is None
    assert parse_html("") is None
