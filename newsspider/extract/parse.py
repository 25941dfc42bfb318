"""Parse a page into the lxml.html tree that trafilatura and the metadata reader work on.

What ``trafilatura.utils.load_html`` does for a string, with one difference: lxml.html's own
parser finds the class of every element object through a Python method (lxml.html's
``HtmlElementClassLookup``), called each time lxml hands an element to Python: some 420,000
calls on the 181 pages of the extraction benchmark, in every trafilatura pass and tree copy.
lxml's C default lookup gives the same tree and the same ``HtmlElement`` objects; only the form
controls (form, input, select, textarea, label), which neither trafilatura nor this package
treats apart, become plain ``HtmlElement`` too. About 3% of the extraction's CPU.
"""
from __future__ import annotations

import logging

from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HTMLParser, HtmlProcessingInstruction, fromstring
from trafilatura.utils import is_dubious_html, repair_faulty_html

logger = logging.getLogger(__name__)


def _parser() -> HTMLParser:
    """trafilatura's parser options (``trafilatura.utils.HTML_PARSER``), lxml's C class lookup."""
    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                        remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))
    return parser


# One per process, as trafilatura's own: lxml parsers must not be shared between threads, and
# extraction runs in single-threaded worker processes.
_PARSER = _parser()


def parse_html(text: str) -> HtmlElement | None:
    """The page's tree, or None when it is not HTML (trafilatura's own rejection test)."""
    beginning = text[:50].lower()
    dubious = is_dubious_html(beginning)
    text = repair_faulty_html(text, beginning)
    try:
        tree = fromstring(text, parser=_PARSER)
    except ValueError:  # a string that declares its encoding (<?xml ... encoding=...?>): lxml wants bytes
        tree = None
    except Exception as exc:  # lxml's ParserError on an empty document, and the like
        logger.debug("lxml could not parse the page as a string: %r", exc)
        tree = None
    if tree is None or len(tree) < 1:
        try:
            tree = fromstring(text.encode("utf-8", "surrogatepass"), parser=_PARSER)
        except Exception as exc:
            logger.debug("lxml could not parse the page as bytes: %r", exc)
            return None
    if dubious and len(tree) < 2:
        return None
    return tree
