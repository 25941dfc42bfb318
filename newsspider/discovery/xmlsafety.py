"""Input hygiene shared by the discovery parsers: hostile XML and URLs.

Feeds and sitemaps come from sites we do not control. An internal DTD subset that declares
entities is the vehicle for both billion-laughs (exponential expansion) and XXE (external
entities), so no XML parser ever sees one: ``without_internal_entities`` expands the entities
that can do neither (a plain literal, naming no other entity: a publisher's name written once)
itself, within the document's byte cap, and drops the subset; any other declaration refuses the
body. The check only walks the prolog (everything before the root element) with plain byte
searches, so it costs next to nothing on normal documents.

URL normalisation lives here too so that feeds, sitemaps and listing pages apply exactly the
same rules (http(s) only, no fragment, first occurrence wins). Language tags go through
``newsspider.langcodes``.
"""
from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Iterable
from urllib.parse import urldefrag, urljoin

from newsspider.discovery.entry import DiscoveredLink
from newsspider.urls import url_problem

_WHITESPACE = b" \t\r\n"
_MISC_RUN = re.compile(rb"(?:[ \t\r\n]++|<\?.*?\?>|<!--.*?-->)*+", re.DOTALL)
_MARKUP_START = re.compile(rb"<(?:[?A-Za-z_:\x80-\xff]|!--|!(?i:DOCTYPE))")
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ELEMENT_LIKE = re.compile(rb"<\w")
_ELEMENT_NAME = re.compile(rb"<([^\s/>]+)")
# Walks over a prolog's parts with one regex each, not a Python step per byte (a 10 MB subset
# took seconds); possessive, so a part never closed fails without backtracking.
_DOCTYPE_HEAD = re.compile(rb"(?:[^\"'\[>]++|\"[^\"]*+\"|'[^']*+')*+")
"""A DOCTYPE from after its keyword to its ``[`` or ``>`` (or an unterminated literal): names, ids."""
_DECLARATION_REST = re.compile(rb"(?:[^\"'>]++|\"[^\"]*+\"|'[^']*+')*+>")
"""A markup declaration from after its ``<!`` to its closing ``>``, quoted literals skipped."""
_SUBSET_MARKUP = re.compile(rb"[<\]]")
"""What can start a subset's next part or end it: text before it is skipped as a whole."""

# BOM -> codec for the encodings whose bytes are not ASCII-compatible.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A document's first characters without a BOM -> its codec, as XML 1.0 appendix F (and feedparser)
# detects it (UTF-32 first: its "<\0\0\0" starts like UTF-16's "<\0"; "<?xm" in EBCDIC last).
_FIRST_CHARS = (
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00", "utf-16-le"),
    (b"\x00<", "utf-16-be"),
    (b"\x4c\x6f\xa7\x94", "cp037"),
)

_DECLARED_ENCODING = re.compile(rb"<\?xml[^>]*?[ \t\r\n]encoding[ \t\r\n]*=[ \t\r\n]*[\"']([A-Za-z0-9._-]+)[\"']")
_SHIFTED_ASCII = b"+ADw-\x1b$B<a\x1b(B~{<a~}<!--&;-->"
"""ASCII bytes that an encoding not keeping ASCII as ASCII reads as other characters: UTF-7's
``+...-``, ISO-2022's escapes, HZ's ``~{``; EBCDIC reads all of them otherwise."""


def declares_entities(body: bytes) -> bool:
    """True if the document's DOCTYPE has an internal subset with an ``<!ENTITY`` declaration.

    Comments, processing instructions and junk before the root element are skipped so they
    cannot be used to hide a DOCTYPE from this check. When the DOCTYPE is malformed or
    unterminated we err on the side of refusing (any ``<!ENTITY`` after it counts).
    """
    data = _ascii_compatible(body)
    if _declaration_before_elements(data):
        return True
    pos = 0
    while True:
        pos = _skip_misc(data, pos)
        if pos >= len(data):
            return False
        if (skipped := _after_comment_or_pi(data, pos)) is not None:
            pos = skipped
        elif data[pos:pos + 9].upper() == b"<!DOCTYPE":
            verdict, pos = _scan_doctype(data, pos + 9)
            if verdict is not None:
                return verdict
        elif _is_element_start(data, pos):
            return False  # reached the root element: the prolog is clean
        else:
            pos = _next_markup(data, pos + 1)  # junk before the root: lenient parsers skip it too
        if pos < 0:  # unterminated comment/PI, or no root at all: be conservative
            return _ENTITY_DECL.search(data) is not None


class UnsafeEntities(ValueError):
    """A DTD's entity declarations that are not expanded: their reason (``... entities: <why>``)."""


PREDEFINED_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})
"""XML's own entities: a document may declare them (as their characters), the parser knows them."""
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY[ \t\r\n]+([^ \t\r\n%\"'<>&;]+)[ \t\r\n]+(?:\"([^\"]*)\"|'([^']*)')"
                                 rb"[ \t\r\n]*>", re.IGNORECASE)
"""A general internal entity: its name and its literal value (no external identifier)."""
_PARAMETER_ENTITY_DECLARATION = re.compile(rb"<!ENTITY[ \t\r\n]+%", re.IGNORECASE)
_ENTITY_REFERENCE = re.compile(rb"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)|<\?.*?(?:\?>|\Z)"
                               rb"|&([^ \t\r\n%\"'<>&;#][^ \t\r\n%\"'<>&;]*);", re.DOTALL)
"""An entity reference in the document (a name as ``_ENTITY_DECLARATION`` reads one; ``&#`` starts a
character reference, never one), or a part where
``&name;`` is text (CDATA, comment, PI; unterminated, to the end: so each is searched for its end once)."""
_VALUE_REFERENCE = re.compile(rb"&(#x0*[0-9a-fA-F]{1,6};|#0*[0-9]{1,7};|(?:amp|lt|gt|quot|apos);)?")
"""A ``&`` in an entity's value, and what it starts when that is a reference naming no entity of the
document's: a character reference (digits bounded: no code point has more) or one of XML's own."""
_ATTRIBUTE_SAFE = ((b'"', b"&quot;"), (b"'", b"&apos;"), (b">", b"&gt;"))
"""A value's characters that can end something where they are pasted, and their references."""


def without_internal_entities(body: bytes, max_bytes: int) -> bytes:
    """``body`` with its DTD's internal entities expanded and its internal subset dropped, when
    each entity is plain text (naming no other entity, it cannot multiply; holding no markup, it
    cannot bring a declaration of its own into the document; a character reference or one of XML's
    own entities names none) and the document expanded stays within ``max_bytes``; ``body`` itself
    when it declares no entity. Raises
    ``UnsafeEntities`` for anything else: an external or parameter entity, a value naming another
    entity (billion laughs) or holding markup, expansion past the cap (a long literal referenced many times), a
    subset that cannot be read, a document whose encoding does not keep ASCII as ASCII (UTF-16/32,
    UTF-7, ISO-2022, EBCDIC: its bytes are not scanned as such)."""
    if not declares_entities(body):
        return body
    data = _ascii_compatible(body)
    if data is not body and not body.startswith(codecs.BOM_UTF8):
        raise UnsafeEntities("entities: declared in a document whose encoding reads ASCII bytes "
                             "as other characters (UTF-16/32, UTF-7, ISO-2022, EBCDIC)")
    subset = _internal_subset(data)
    if subset is None:
        raise UnsafeEntities("entities: the DOCTYPE's internal subset is unterminated (or there is none)")
    opened, closed, doctype_end = subset
    values = {name: _as_data(value) for name, value in _plain_entities(data[opened + 1:closed]).items()}
    rest = data[doctype_end:]
    size = len(data)

    def expanded(match: re.Match[bytes]) -> bytes:
        """The reference's value, counted: past the cap the expansion stops, in one pass over the
        document and never holding more than the cap."""
        nonlocal size
        value = values.get(match.group(1) or b"")
        if value is None:
            return match.group()
        size += len(value) - len(match.group())
        if size > max_bytes:
            raise UnsafeEntities(f"entities: they expand the document past its {max_bytes}-byte cap")
        return value

    without_subset = data[:opened] + data[closed + 1:doctype_end]
    if _declaration_before_elements(without_subset + rest):
        raise UnsafeEntities("entities: a declaration outside the DOCTYPE's subset (a comment, a PI)")
    bom = body[:len(body) - len(data)]  # a UTF-8 BOM outranks the declared encoding: kept
    return bom + without_subset + _ENTITY_REFERENCE.sub(expanded, rest)


def _declaration_before_elements(data: bytes) -> bool:
    """True if text reading as an entity declaration comes before the first tag that looks like an
    element's (``<`` and a word character), wherever it is (a comment, a literal, junk): lenient
    readers act on it. feedparser re-declares every such ``<!ENTITY`` in a DOCTYPE of its own and
    expands it, past any cap, where XML reads a comment."""
    first = _ELEMENT_LIKE.search(data)
    return _ENTITY_DECL.search(data, 0, first.start() if first else len(data)) is not None


def _internal_subset(data: bytes) -> tuple[int, int, int] | None:
    """Where the DOCTYPE's internal subset opens (``[``) and closes (``]``), and the position after
    the DOCTYPE's ``>``; None when there is none or it cannot be read to its end."""
    pos = 0
    while 0 <= pos < len(data):
        pos = _skip_misc(data, pos)
        if (skipped := _after_comment_or_pi(data, pos)) is not None:
            pos = skipped
        elif data[pos:pos + 9].upper() == b"<!DOCTYPE":
            pos = _doctype_head_end(data, pos + 9)
            if not data.startswith(b"[", pos):  # no subset, or a literal never closed
                return None
            opened, pos = pos, pos + 1
            while 0 <= pos < len(data) and not data.startswith(b"]", pos):
                skipped = _after_subset_part(data, pos)
                pos = _next_subset_markup(data, pos + 1) if skipped is None else skipped
            end = data.find(b">", pos) if pos >= 0 else -1
            if end < 0 or data[pos + 1:end].strip(_WHITESPACE):
                return None
            return opened, pos, end + 1
        elif _is_element_start(data, pos):
            return None
        else:
            pos = _next_markup(data, pos + 1)
    return None


def _plain_entities(subset: bytes) -> dict[bytes, bytes]:
    """The internal subset's general entities, name -> value, when every entity declared is a plain
    literal; ``UnsafeEntities`` otherwise. Other declarations (elements, attribute lists,
    comments) are left to the parser's indifference: the subset is dropped."""
    values: dict[bytes, bytes] = {}
    pos = 0
    while pos < len(subset):
        pos = _skip_misc(subset, pos)
        if pos >= len(subset):
            break
        if subset[pos:pos + 8].upper() == b"<!ENTITY":
            if _PARAMETER_ENTITY_DECLARATION.match(subset, pos):
                raise UnsafeEntities("entities: a parameter entity is declared")
            declaration = _ENTITY_DECLARATION.match(subset, pos)
            if declaration is None:
                raise UnsafeEntities("entities: an external entity (SYSTEM or PUBLIC) is declared")
            name, value = declaration.group(1), declaration.group(2) or declaration.group(3) or b""
            if name not in PREDEFINED_ENTITIES:
                if problem := _value_problem(value):
                    raise UnsafeEntities(f"entities: {name.decode('ascii', 'replace')!r} {problem}")
                values.setdefault(name, value)  # the first declaration binds, as in XML
            pos = declaration.end()
        elif (skipped := _after_subset_part(subset, pos)) is not None:
            pos = skipped
        else:
            raise UnsafeEntities("entities: a parameter entity is referenced in the DTD")
        if pos < 0:
            raise UnsafeEntities("entities: the DOCTYPE's internal subset is unterminated")
    return values


def _as_data(value: bytes) -> bytes:
    """``value`` with the characters that would end an attribute value (or make ``]]>``) where it
    is pasted written as references: XML reads an entity's text as data, a pasted quote ends it."""
    for char, reference in _ATTRIBUTE_SAFE:
        value = value.replace(char, reference)
    return value


def _value_problem(value: bytes) -> str | None:
    """Why an entity's literal value cannot be pasted in place of its references, or None. Pasted
    once (the pasted text is not searched again), a value naming another entity would not read as
    XML reads it (and repeated, it is billion laughs), and markup in it (also made by a character
    reference) would bring a declaration of its own into the document, unseen by these checks."""
    if b"%" in value:  # a parameter-entity reference: not allowed in an internal subset's values
        return "refers to another entity (billion-laughs risk)"
    if b"<" in value:
        return "holds markup"
    for reference in _VALUE_REFERENCE.finditer(value):
        target = reference.group(1)
        if target is None:
            return "refers to another entity (billion-laughs risk)"
        if target.startswith(b"#"):
            code = int(target[2:-1], 16) if target.startswith(b"#x") else int(target[1:-1])
            if code == ord("&"):
                return "refers to another entity (billion-laughs risk)"
            if code == ord("<"):
                return "holds markup"
    return None


def html_title(body: bytes) -> str | None:
    """The title of ``body`` when it is an HTML page (its DOCTYPE or its root element says
    ``html``: a site's error page at a feed URL), ``""`` for one without a title; None for any
    other document. Read by what the document declares, before any parser."""
    data = _ascii_compatible(body)
    doctype = _DOCTYPE_NAME.match(data, _skip_prolog(data, 0, doctype=False))
    root = _root_start(data)
    name = _ELEMENT_NAME.match(data, root) if root is not None else None
    local = name.group(1).rsplit(b":", 1)[-1].lower() if name else None
    if local != b"html" and not (doctype and doctype.group(1).lower() == b"html"):
        return None
    title = re.search(rb"<title[^>]*>([^<]*)</title", data, re.IGNORECASE)
    return " ".join(title.group(1).decode("utf-8", "replace").split())[:TITLE_SHOWN_CHARS] if title else ""


def html_page(body: bytes) -> str | None:
    """What ``body`` is when it is an HTML page, as a reason line says it (``an HTML page ('502 Bad
    Gateway')``, ``an HTML page`` without a title: ``html_title``); None for any other document."""
    title = html_title(body)
    if title is None:
        return None
    return f"an HTML page ({title!r})" if title else "an HTML page"


TITLE_SHOWN_CHARS = 80
"""How much of an HTML page's title a reason shows (``html_title``)."""
_DOCTYPE_NAME = re.compile(rb"<!DOCTYPE[ \t\r\n]+([^ \t\r\n>\[]+)", re.IGNORECASE)


def _skip_prolog(data: bytes, pos: int, *, doctype: bool = True) -> int:
    """The position, from ``pos``, after the prolog's white space, comments and processing
    instructions (and its DOCTYPE, when ``doctype``), or len(data)."""
    while 0 <= pos < len(data):
        pos = _skip_misc(data, pos)
        if (skipped := _after_comment_or_pi(data, pos)) is not None:
            pos = skipped
        elif doctype and data[pos:pos + 9].upper() == b"<!DOCTYPE":
            pos = _scan_doctype(data, pos + 9)[1]
        else:
            return pos
    return len(data)


def _root_start(data: bytes) -> int | None:
    """Where the root element starts (junk before it skipped, as lenient parsers do), or None."""
    pos = _skip_prolog(data, 0)
    while 0 <= pos < len(data):
        if _is_element_start(data, pos):
            return pos
        pos = _next_markup(data, pos + 1)  # junk before the root
        if pos >= 0:
            pos = _skip_prolog(data, pos)
    return None


def cut_short(body: bytes) -> bool:
    """True if the document ends before its root element closes: cut in transit (a connection
    closed mid-body, with no Content-Length to tell) or by the site. Lenient parsers read what came
    before the cut; its entries after the cut are missing, so the document must be read again in
    full, not answered with a 304. A document with no root element is not judged here."""
    data = _ascii_compatible(body)
    pos = _root_start(data)
    if pos is None:
        return False
    name = _ELEMENT_NAME.match(data, pos)
    start_tag_end = data.find(b">", pos)
    if name is None or start_tag_end < 0:
        return True
    if data[start_tag_end - 1:start_tag_end] == b"/":  # an empty root: <urlset/>
        return False
    # anywhere after the start tag: what a host injects after the root (a <script>) is no cut
    return re.compile(rb"</" + re.escape(name.group(1)) + rb"\s*>").search(data, start_tag_end) is None


def absolute_http_url(value: str | None, base: str) -> str | None:
    """``value`` resolved against ``base``, fragment dropped; None unless an http(s) address a
    request can be made to (``url_problem``).

    Fragments never reach the server, so two URLs differing only there are the same page.
    """
    if not value or not value.strip():
        return None
    try:
        absolute, _fragment = urldefrag(urljoin(base, value.strip()))
    except ValueError:  # e.g. malformed IPv6 literal
        return None
    return absolute if url_problem(absolute) is None else None


def dedupe_links(links: Iterable[DiscoveredLink]) -> list[DiscoveredLink]:
    """Links in order, keeping the first record for each URL."""
    seen: set[str] = set()
    unique = []
    for link in links:
        if link.url not in seen:
            seen.add(link.url)
            unique.append(link)
    return unique


def _ascii_compatible(body: bytes) -> bytes:
    """The body as bytes in which markup characters are plain ASCII (re-encoding UTF-16/32 and a
    declared encoding that does not keep ASCII as ASCII, as the parsers decode them)."""
    for bom, codec in _WIDE_BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace").encode("utf-8")
    for first, codec in _FIRST_CHARS:
        if body.startswith(first):
            return body.decode(codec, errors="replace").encode("utf-8")
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8):]
    declared = _DECLARED_ENCODING.match(body)
    encoding = declared.group(1).decode("ascii").lower() if declared else ""
    if declared and not _keeps_ascii(encoding):
        try:
            text = body.decode(encoding, errors="replace")
        except UnicodeError:  # a codec refusing these bytes whatever the error handler: no parser reads it
            return body
        if text.startswith(declared.group().decode("latin-1")):  # the declaration reads as itself: believed
            return text.encode("utf-8")
    return body


@functools.cache
def _keeps_ascii(encoding: str) -> bool:
    """True if every ASCII byte means its ASCII character in ``encoding`` (UTF-8, ISO-8859-*, Shift_JIS...),
    so that bytes can be read for markup; an encoding Python does not know is read as bytes, as the
    parsers (which decode with Python's codecs) fall back to."""
    try:
        return _SHIFTED_ASCII.decode(encoding, errors="replace") == _SHIFTED_ASCII.decode("latin-1")
    except (LookupError, UnicodeError):  # unknown, not a text encoding, or refusing ASCII itself (idna)
        return True


def _scan_doctype(data: bytes, pos: int) -> tuple[bool | None, int]:
    """Walk a DOCTYPE from just after ``<!DOCTYPE``.

    Returns (True, _) if it declares entities, (None, next_pos) if it is clean, and falls back to
    a plain search of the rest of the document when the declaration is unterminated.
    """
    start = pos
    pos = _doctype_head_end(data, pos)
    if data.startswith(b"[", pos):
        return _scan_internal_subset(data, pos + 1, start)
    if data.startswith(b">", pos):
        return None, pos + 1
    return _fallback(data, start)  # a literal never closed, or no end


def _scan_internal_subset(data: bytes, pos: int, doctype_start: int) -> tuple[bool | None, int]:
    """Walk the ``[...]`` of a DOCTYPE, looking for an entity declaration."""
    while 0 <= pos < len(data):
        pos = _skip_misc(data, pos)
        if data.startswith(b"]", pos):
            end = data.find(b">", pos)
            return (None, end + 1) if end >= 0 else _fallback(data, doctype_start)
        if data[pos:pos + 8].upper() == b"<!ENTITY":
            return True, pos
        skipped = _after_subset_part(data, pos)  # None: a parameter-entity reference or stray text
        pos = _next_subset_markup(data, pos + 1) if skipped is None else skipped
    return _fallback(data, doctype_start)


def _after_comment_or_pi(data: bytes, pos: int) -> int | None:
    """Position after the comment or processing instruction starting at ``pos`` (-1 when it is
    never closed), or None when neither starts there: the prolog's and the subset's walks skip them
    alike."""
    if data.startswith(b"<?", pos):
        return _after(data, b"?>", pos + 2)
    if data.startswith(b"<!--", pos):
        return _after(data, b"-->", pos + 4)
    return None


def _after_subset_part(data: bytes, pos: int) -> int | None:
    """Position after the comment, processing instruction or markup declaration (``<!ELEMENT``,
    ``<!ATTLIST`` ...; an entity's is the caller's to read first) starting at ``pos`` in an internal
    subset (-1 when it is never closed), or None when none starts there."""
    skipped = _after_comment_or_pi(data, pos)
    if skipped is None and data.startswith(b"<!", pos):
        return _after_declaration(data, pos + 2)
    return skipped


def _after_declaration(data: bytes, pos: int) -> int:
    """Position after the ``>`` closing a markup declaration, skipping quoted literals."""
    end = _DECLARATION_REST.match(data, pos)
    return end.end() if end else -1


def _doctype_head_end(data: bytes, pos: int) -> int:
    """Position of a DOCTYPE's ``[`` or ``>`` from after its keyword (or of a literal never closed,
    or len(data))."""
    head = _DOCTYPE_HEAD.match(data, pos)
    return head.end() if head else pos


def _next_subset_markup(data: bytes, pos: int) -> int:
    """Position of the next ``<`` or ``]`` at or after ``pos``, or len(data)."""
    found = _SUBSET_MARKUP.search(data, pos)
    return found.start() if found else len(data)


def _fallback(data: bytes, doctype_start: int) -> tuple[bool, int]:
    """Unterminated DOCTYPE: refuse if an entity declaration appears anywhere after it."""
    return _ENTITY_DECL.search(data, doctype_start) is not None, -1


def _after(data: bytes, token: bytes, pos: int) -> int:
    """Position just after the next ``token`` at or after ``pos``, or -1."""
    found = data.find(token, pos)
    return found + len(token) if found >= 0 else -1


def _skip_misc(data: bytes, pos: int) -> int:
    """Position after the white space, comments and processing instructions from ``pos`` (one
    that is never closed is left to the caller)."""
    match = _MISC_RUN.match(data, pos)
    return match.end() if match and pos < len(data) else pos


def _next_markup(data: bytes, pos: int) -> int:
    """Position of the next ``<`` at or after ``pos`` that can start a part of the prolog or the
    root element (junk before the root skipped as a whole, as lenient parsers skip it), or -1."""
    found = _MARKUP_START.search(data, pos)
    return found.start() if found else -1


def _is_element_start(data: bytes, pos: int) -> bool:
    """``<`` followed by an XML name-start character (ASCII letter, ``_``, ``:`` or non-ASCII)."""
    if not data.startswith(b"<", pos) or pos + 1 >= len(data):
        return False
    nxt = data[pos + 1]
    return nxt >= 0x80 or chr(nxt).isalpha() or nxt in b"_:"
