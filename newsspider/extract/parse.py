"""Parse a page into the lxml.html tree that trafilatura and the metadata reader work on.

What ``trafilatura.utils.load_html`` does for a string, with one difference: lxml.html's own
parser finds the class of every element object through a Python method (lxml.html's
``HtmlElementClassLookup``), called each time lxml hands an element to Python: some 420,000
calls on the 181 pages of the extraction benchmark, in every trafilatura pass and tree copy.
lxml's C default lookup gives the same tree and the same ``HtmlElement`` objects; only the form
controls (form, input, select, textarea, label), which neither trafilatura nor this package
treats apart, become plain ``HtmlElement`` too. About 3% of the extraction's CPU.

And libxml2 is given the page as UTF-8 bytes, which the parser's ``encoding="utf-8"`` reads as
the string's text whatever the page declares (a ``<meta charset>``, an XML declaration): a page
that ``repair_faulty_html`` would leave as it is (nearly every page) is encoded once, and the
repair's regex over the whole page (a third of the parse's time) becomes a scan of the bytes in C.
"""
from __future__ import annotations

import logging
import re

from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction, fromstring
from trafilatura.utils import DOCTYPE_TAG, INVALID_XML_CHARS, is_dubious_html, repair_faulty_html

logger = logging.getLogger(__name__)


def _parser(*, deep: bool = False) -> HTMLParser:
    """trafilatura's parser options (``trafilatura.utils.HTML_PARSER``), lxml's C class lookup;
    ``deep``: without libxml2's limits on nesting (256 elements: 2,048) and a text node's size (``huge_tree``)."""
    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                        remove_comments=True, remove_pis=True, huge_tree=deep)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    return parser


# What INVALID_XML_CHARS removes below U+0080, as bytes (each is one byte in UTF-8).
_CONTROL_BYTES = bytes(code for code in range(0x80) if INVALID_XML_CHARS.match(chr(code)))
_UNICODE_SPACE_FIRST = re.compile(r"\s*[^\S\x00-\x7f]")  # leading spaces, one of them outside ASCII

# One per process, as trafilatura's own: lxml parsers must not be shared between threads, and
# extraction runs in single-threaded worker processes.
_PARSER = _parser()
_DEEP_PARSER = _parser(deep=True)
# The nesting a page read again without libxml2's limits may have (see _fromstring).
MAX_NESTING = 512
_NESTED_PAST_MAX = etree.XPath(f"boolean(//*[count(ancestor::*) >= {MAX_NESTING}])")


def parse_html(text: str) -> HtmlElement | None:
    """The page's tree, or None when it is not HTML (trafilatura's own rejection test)."""
    beginning = text[:50].lower()
    dubious = is_dubious_html(beginning)
    page: str | bytes | None = _intact_utf8(text, beginning)
    if page is None:
        page = text = repair_faulty_html(text, beginning)
    try:
        tree = _fromstring(page)
    except ValueError:  # a string that declares its encoding (<?xml ... encoding=...?>): lxml wants bytes
        tree = None
    except Exception as exc:  # lxml's ParserError on an empty document, and the like
        logger.debug("lxml could not parse the page: %r", exc)
        tree = None
    if (tree is None or len(tree) < 1) and isinstance(page, str):  # bytes would be read as they just were
        try:
            tree = _fromstring(text.encode("utf-8", "surrogatepass"))
        except Exception as exc:
            logger.debug("lxml could not parse the page as bytes: %r", exc)
            return None
    if tree is None or (dubious and len(tree) < 2):
        return None
    return tree


def _fromstring(page: str | bytes) -> HtmlElement:
    """The page's tree. libxml2 stops reading a page nested deeper than 256 elements (or holding a
    text node over 10 MB), and all that follows is lost: a page of sloppy markup that opens a
    ``<div>`` per teaser or widget and never closes them holds its story past that depth (plain
    trafilatura loses it too). Such a page is read again without libxml2's limits, and that reading
    is kept where it nests no deeper than :data:`MAX_NESTING`: trafilatura's link-density pass costs
    the square of the depth (seconds at 600 levels of links), and a page nested deeper is hostile,
    not sloppy; it keeps the first reading."""
    tree = fromstring(page, parser=_PARSER)
    if not _too_deep(_PARSER):
        return tree
    deep = fromstring(page, parser=_DEEP_PARSER)
    if _too_deep(_DEEP_PARSER) or _NESTED_PAST_MAX(deep):
        return tree
    return deep


def _too_deep(parser: HTMLParser) -> bool:
    """Whether the parser's last page went past one of libxml2's limits (its nesting, a text node's size)."""
    return any(error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log)


def _intact_utf8(text: str, beginning: str) -> bytes | None:
    """``text`` in UTF-8 when ``repair_faulty_html(text, beginning)`` would return it unchanged:
    no character XML forbids (the control characters are single bytes in UTF-8, found by one
    ``bytes.translate``; U+FFFE and U+FFFF are looked for in the string, where finding a character
    costs a sixth of finding its three bytes), no doctype on the first line that it cuts, no
    self-closing ``<html/>`` in the first lines; and no space outside ASCII before the first tag
    (lxml's full-document test counts Unicode spaces in a string, ASCII ones in bytes). None
    otherwise, and for a string UTF-8 cannot encode (lone surrogates)."""
    if _UNICODE_SPACE_FIRST.match(text) or "\ufffe" in text or "\uffff" in text:
        return None
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return None
    if len(data.translate(None, _CONTROL_BYTES)) != len(data):
        return None
    if "doctype" in beginning:
        newline = text.find("\n")
        if newline < 0 or DOCTYPE_TAG.search(text, 0, newline):  # the repair adds a newline, or cuts a doctype
            return None
    if any("<html" in line and line.endswith("/>") for line in text[:4096].splitlines()[:4]):
        return None
    return data

