"""A page's reader comments, apart from its article text (``NEWSSPIDER_COMMENTS``).

Media monitors want what readers said under an article, but not in the article's text (a
comment is not the publisher's, and would change the text's duplicates and stories). The text
passes leave comments out (trafilatura's ``include_comments=False`` prunes their sections before
it reads the page); this reads them on their own, as trafilatura's ``include_comments=True`` does
before its main extraction: its raw-tree prune, tree cleaning and tag conversion on a copy of the
page, then its comment finder (``trafilatura.main_extractor.extract_comments``). The article
text is the same with the setting on or off, and a page costs about a third of a fast pass more
(no main extraction is run for the comments), only when it is on.
"""
from __future__ import annotations

import logging
import re
from copy import copy
from functools import cache

from lxml.html import HtmlElement
from trafilatura.core import RAW_TREE_PRUNE_XPATH
from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
from trafilatura.main_extractor import extract_comments
from trafilatura.settings import Extractor
from trafilatura.xml import xmltotxt

logger = logging.getLogger(__name__)

# A blog's notice that another page links here, not a reader's comment: WordPress labels it
# "Pingback:" or "Trackback:" (in every language), or shows the linking post's excerpt between
# ellipses in brackets ("[…] Gefällt mir – jovelblog – Unlängst ... […]").
_LINK_NOTICE = re.compile(r"^\s*(?:(?:pingback|trackback)\s*:|\[(?:…|\.\.\.)\].*\[(?:…|\.\.\.)\]\s*$)", re.IGNORECASE)


def reader_comments(tree: HtmlElement, url: str | None, text: str = "") -> str | None:
    """The reader comments of the page ``tree`` as trafilatura's plain text writes them (one
    paragraph a line), without the lines the article ``text`` already holds (a forum thread's
    posts are its text) and without pingbacks and trackbacks (:data:`_LINK_NOTICE`); None when
    it shows none. ``tree`` is not changed."""
    options = _options()
    try:
        page = prune_unwanted_nodes(copy(tree), RAW_TREE_PRUNE_XPATH)
        body, found, _ = extract_comments(convert_tags(tree_cleaning(page, options), options, url), options)
        if not found:
            return None
        comments = xmltotxt(body, options.formatting)
    except Exception:  # trafilatura bugs on odd pages must not cost the article
        logger.debug("trafilatura failed reading the comments of %s", url, exc_info=True)
        return None
    held = set(text.split("\n"))
    kept = [line for line in comments.strip().split("\n")
            if line.strip() and line not in held and not _LINK_NOTICE.match(line)]
    return "\n".join(kept) or None


@cache
def _options() -> Extractor:
    """The options of a pass that reads comments, built once per process (the configuration is read here)."""
    return Extractor(output_format="python", fast=True, comments=True, tables=True, dedup=False, with_metadata=False)
