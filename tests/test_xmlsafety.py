"""xmlsafety.without_internal_entities against hostile feeds and sitemaps: what an attacker can
put in a document that declares internal entities, and what the expansion must keep as it was."""
from __future__ import annotations

import codecs
import time

import pytest

from newsspider.discovery.feeds import FeedError, parse_feed
from newsspider.discovery.xmlsafety import (
    UnsafeEntities,
    cut_short,
    declares_entities,
    html_title,
    without_internal_entities,
)

CAP = 10 * 1024 * 1024
SUBSET = b'<!DOCTYPE rss [<!ENTITY a "x">]>'
QUICK_SECONDS = 2.0
"""A hostile document of a few hundred KB must be walked in far less than this (it took minutes)."""


def _expanded(body: bytes) -> bytes:
    return without_internal_entities(body, CAP)


def _quick(body: bytes) -> None:
    """Expanding or refusing ``body`` takes time linear in its size, not quadratic."""
    started = time.perf_counter()
    try:
        _expanded(body)
    except UnsafeEntities:
        pass
    assert time.perf_counter() - started < QUICK_SECONDS


def test_a_value_holding_quotes_cannot_break_out_of_an_attribute():
    """In XML an entity's text inside an attribute value is data: its quote ends nothing. Pasted as
    is, ``x" rel="y`` added an attribute of the attacker's choosing to the element."""
    out = _expanded(b'<!DOCTYPE feed [<!ENTITY a \'x" rel="y\'>]><feed><link href="&a;"/></feed>')
    assert out.endswith(b'<feed><link href="x&quot; rel=&quot;y"/></feed>')


def test_a_value_holding_cdata_end_does_not_end_text_early():
    assert _expanded(b'<!DOCTYPE rss [<!ENTITY a "]]>">]><rss>&a;</rss>').endswith(b"<rss>]]&gt;</rss>")


@pytest.mark.parametrize("value", [b"&#160;", b"&#xA0;", b"AT&amp;T", b"&lt;b&gt;", b"100&#37;"])
def test_character_and_predefined_references_in_a_value_are_plain_text(value):
    """``<!ENTITY nbsp "&#160;">`` (HTML's names declared for a feed) is the commonest internal
    entity there is, and was refused as one naming another entity. A character reference or one of
    XML's own entities names no entity of the document's: expanded once, it reads as XML reads it."""
    assert _expanded(b'<!DOCTYPE rss [<!ENTITY e "' + value + b'">]><rss>&e;</rss>').endswith(b"<rss>" + value + b"</rss>")


@pytest.mark.parametrize(("value", "why"), [
    (b"&#38;a;", "refers to another"), (b"&#x26;a;", "refers to another"), (b"&#0038;a;", "refers to another"),
    (b"&#60;x/>", "markup"), (b"&#x3c;x/>", "markup"), (b"&a;", "refers to another"), (b"& b", "refers to another"),
    (b"&#" + b"9" * 5000 + b";", "refers to another"), (b"50%", "refers to another"),
], ids=["dec-38", "hex-26", "zeros-38", "dec-60", "hex-3c", "named", "bare", "5000-digits", "percent"])
def test_a_value_whose_references_make_a_reference_or_markup_is_refused(value, why):
    body = b'<!DOCTYPE rss [<!ENTITY a "x"><!ENTITY e "' + value + b'">]><rss>&e;</rss>'
    with pytest.raises(UnsafeEntities, match=why):
        _expanded(body)


def test_references_in_cdata_comments_and_pis_stay_text_and_the_rest_passes_untouched():
    body = (b'<?xml version="1.0" encoding="iso-8859-1"?>\n<!-- &a; -->' + SUBSET
            + b'\n<rss a="&a;">\xe9&amp;&a;<![CDATA[&a;]]><!--&a;--><?pi &a;?>&#38;a;&b;</rss>\n')
    assert _expanded(body) == (b'<?xml version="1.0" encoding="iso-8859-1"?>\n<!-- &a; --><!DOCTYPE rss >'
                               b'\n<rss a="x">\xe9&amp;x<![CDATA[&a;]]><!--&a;--><?pi &a;?>&#38;a;&b;</rss>\n')


def test_a_utf8_bom_is_kept():
    """The BOM outranks the declared encoding: dropped, an ISO-8859-1 declaration would be believed."""
    body = codecs.BOM_UTF8 + b'<?xml version="1.0" encoding="iso-8859-1"?>' + SUBSET + b"<rss>&a;\xc3\xa9</rss>"
    assert _expanded(body) == codecs.BOM_UTF8 + b'<?xml version="1.0" encoding="iso-8859-1"?><!DOCTYPE rss ><rss>x\xc3\xa9</rss>'


def test_a_system_id_beside_the_subset_is_kept_and_an_undeclared_reference_left_to_the_parser():
    body = b'<!DOCTYPE rss SYSTEM "http://evil.example/x.dtd" [<!ENTITY a "x">]><rss>&a;&b;</rss>'
    assert _expanded(body) == b'<!DOCTYPE rss SYSTEM "http://evil.example/x.dtd" ><rss>x&b;</rss>'


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
def test_entities_in_a_wide_body_without_bom_are_refused(codec):
    """A UTF-32 body without a BOM was scanned as bytes, where ``<!DOCTYPE`` never appears: its
    entities reached the feed parser, which read the encoding and expanded them."""
    body = '<!DOCTYPE rss [<!ENTITY a "x">]><rss>&a;</rss>'.encode(codec)
    assert declares_entities(body)
    with pytest.raises(UnsafeEntities, match="UTF-16/32"):
        _expanded(body)
    feed = ('<?xml version="1.0" encoding="utf-32"?><!DOCTYPE rss [<!ENTITY a "EXPANDED">]><rss version="2.0">'
            '<channel><item><title>&a;</title><link>https://x.org/a</link></item></channel></rss>').encode(codec)
    with pytest.raises(FeedError, match="entities"):
        parse_feed(feed, "https://x.org/feed")


@pytest.mark.parametrize("keyword", [b"<!entity", b"<!Entity", b"<!ENTITY\n\t", b"<!ENTITY\r\n"])
def test_keyword_case_and_white_space_variants_are_read_as_declarations(keyword):
    body = b"<!DOCTYPE rss [" + keyword + b' a SYSTEM "file:///etc/passwd">]><rss>&a;</rss>'
    with pytest.raises(UnsafeEntities, match="external"):
        _expanded(body)


@pytest.mark.parametrize("body", [
    b'<!DOCTYPE rss [<!ENTITY a "x">',                          # subset never closed
    b'<!DOCTYPE rss [<!ENTITY a "x">]',                         # DOCTYPE never closed
    b'<!DOCTYPE rss [<!ENTITY a "x"><rss>&a;</rss>',
    b'<!DOCTYPE rss [<!ENTITY a "x">] junk><rss>&a;</rss>',
    b'<!DOCTYPE rss [<!ENTITY a "]>"><rss>&a;</rss>',            # "]>" inside a literal ends nothing
])
def test_a_subset_that_cannot_be_read_to_its_end_is_refused(body):
    with pytest.raises(UnsafeEntities):
        _expanded(body)


def test_expansion_is_capped_on_the_output_size():
    body = b'<!DOCTYPE rss [<!ENTITY a "' + b"x" * 1000 + b'">]><rss>' + b"&a;" * 1000 + b"</rss>"
    assert len(without_internal_entities(body, 1_010_000)) > 1_000_000
    with pytest.raises(UnsafeEntities, match="cap"):
        without_internal_entities(body, 990_000)


@pytest.mark.parametrize("tail", [b"<![CDATA[", b"<!--", b"<?"])
def test_many_unterminated_sections_are_walked_in_linear_time(tail):
    """Each unterminated CDATA section, comment or PI was searched to the end of the document: 20,000
    of them (180 KB) took 23 s."""
    _quick(SUBSET + b"<rss>&a;" + tail * 50_000)


def test_very_many_declarations_are_read_in_linear_time():
    """Each declaration copied the rest of the subset: 200,000 of them took 12 s."""
    _quick(b"<!DOCTYPE rss [" + b"".join(b'<!ENTITY e%d "v">' % i for i in range(100_000)) + b"]><rss>&e1;</rss>")


@pytest.mark.parametrize("body", [
    b"<!DOCTYPE rss [" + b"x" * 3_000_000 + b'<!ENTITY a "x">]><rss/>',           # stray text in the subset
    b"<!DOCTYPE rss [<!ELEMENT " + b"x" * 3_000_000 + b'><!ENTITY a "x">]><rss/>',  # a long declaration
    b"<!DOCTYPE rss " + b"x" * 3_000_000 + b' [<!ENTITY a "x">]><rss/>',           # a long DOCTYPE head
    b" " * 3_000_000 + SUBSET + b"<rss/>",                                          # white space before it
], ids=["subset-text", "long-declaration", "long-doctype-head", "white-space"])
def test_a_long_prolog_is_walked_without_a_python_step_per_byte(body):
    """A 10 MB subset of stray text took 11 s, walked a byte at a time in Python."""
    _quick(body)


@pytest.mark.parametrize("body", [b"<" * 2_000_000, b"< " * 1_000_000, b"<!x>" * 500_000, b"<?a?><!---->" * 200_000],
                         ids=["lt", "lt-space", "bang-junk", "pis-and-comments"])
def test_junk_and_misc_before_the_root_are_skipped_without_a_python_step_per_part(body):
    """Every feed and sitemap is walked to its root by these checks, DTD or not: 2 MB of ``<`` took
    13 s over the three (a 10 MB feed, a minute), where the feed parser refused it in 2 s."""
    for check in (declares_entities, cut_short, html_title):
        started = time.perf_counter()
        check(body)
        assert time.perf_counter() - started < QUICK_SECONDS, check.__name__


def test_a_character_reference_in_the_document_is_never_taken_for_an_entity():
    """``#38`` is no XML name, but the declaration's name is read loosely: ``&#38;`` must stay
    the character it is, whatever the subset declares."""
    assert _expanded(b'<!DOCTYPE rss [<!ENTITY #38 "y">]><rss>&#38;</rss>').endswith(b"<rss>&#38;</rss>")


UTF7_DOCTYPE = b'<?xml version="1.0" encoding="utf-7"?>+ADw-!DOCTYPE rss +AFs-+ADw-!ENTITY a +ACI-x+ACI-+AD4-+AF0-+AD4-'
JIS_DOCTYPE = (b'<?xml version="1.0" encoding="iso-2022-jp"?>'
               b'<?x \x1b$B?><ab>\x1b(B ?><!DOCTYPE rss [<!ENTITY a "EXPANDED">]>')  # "?><ab>": 3 kanji


@pytest.mark.parametrize("head", [UTF7_DOCTYPE, JIS_DOCTYPE], ids=["utf-7", "iso-2022-jp"])
def test_a_declared_encoding_that_reads_ascii_bytes_as_other_characters_cannot_hide_a_doctype(head):
    """The checks read bytes; the parser reads characters in the declared encoding. In ISO-2022-JP
    the bytes ``?><ab>`` after an escape are three kanji inside a PI: the checks saw its end and a
    root element, the parser a DOCTYPE after the PI, and expanded its entities."""
    feed = (head + b'<rss version="2.0"><channel><item><title>&a;</title><link>https://x.org/a</link></item>'
            b"</channel></rss>")
    assert declares_entities(feed)
    with pytest.raises(FeedError, match="entities"):
        parse_feed(feed, "https://x.org/feed")


@pytest.mark.parametrize("encoding", ["utf-8", "iso-8859-1", "windows-1252", "shift_jis", "euc-jp", "gb18030",
                                      "big5", "euc-kr", "koi8-r"])
def test_entities_in_an_ascii_compatible_declared_encoding_are_still_expanded(encoding):
    body = f'<?xml version="1.0" encoding="{encoding}"?>'.encode() + SUBSET + b"<rss>&a;</rss>"
    assert _expanded(body).endswith(b"<rss>x</rss>")


@pytest.mark.parametrize("encoding", ["idna", "punycode", "undefined", "rot13", "no-such-codec", "utf-16", "cp037"])
def test_a_declared_encoding_no_parser_can_read_the_document_in_is_read_as_bytes_without_error(encoding):
    """``encoding="idna"`` made the checks raise UnicodeError (no FeedError: the crawl's error path
    missed); a declaration the document's own bytes do not read as in that encoding is not believed."""
    body = f'<?xml version="1.0" encoding="{encoding}"?>'.encode() + b'<!DOCTYPE rss [<!ENTITY a "x">]><rss>\xff&a;</rss>'
    assert declares_entities(body)
    assert not cut_short(body)
    assert html_title(body) is None
    assert _expanded(body).endswith(b"<rss>\xffx</rss>")


def test_an_ebcdic_document_is_read_in_ebcdic():
    """feedparser reads a document starting with "<?xm" in EBCDIC as cp037: its DOCTYPE is one."""
    body = '<?xml version="1.0" encoding="cp037"?><!DOCTYPE rss [<!ENTITY a "x">]><rss>&a;</rss>'.encode("cp037")
    assert declares_entities(body)
    with pytest.raises(UnsafeEntities, match="UTF-16/32"):
        _expanded(body)


BLOWUP_VALUE = "X" * 1000
BLOWUP_REFS = "&a;" * 1000  # 3 KB of references: 1 MB expanded, past a 100 KB cap


@pytest.mark.parametrize("head", [
    '<!DOCTYPE rss [\n<!--\n<!ENTITY a "{v}">\n-->\n]>\n',                       # in a subset comment
    '<!DOCTYPE rss [\n<!ATTLIST rss a CDATA \'\n<!ENTITY a "{v}">\n\'>\n]>\n',    # in a literal
    '<!--\n<!ENTITY a "{v}">\n-->\n<!DOCTYPE rss>\n',                             # in a comment before it
    '<!DOCTYPE rss>\n<\u00e9/>\n<!ENTITY a "{v}">\n',                             # after a root \\w does not start
], ids=["subset-comment", "attlist-literal", "prolog-comment", "after-non-ascii-root"])
def test_an_entity_declaration_hidden_where_xml_reads_none_is_not_expanded_past_the_cap(head):
    """feedparser re-declares every ``<!ENTITY`` it finds before the first ``<`` + word character, in
    a comment or literal too, and expands it itself (strict or loose parse): a 31 KB feed gave a 10 MB
    title, past every cap. Such text counts as a declaration: dropped with the subset, or refused."""
    body = ('<?xml version="1.0"?>\n' + head.format(v=BLOWUP_VALUE) + '<rss version="2.0"><channel><item><title>'
            + BLOWUP_REFS + "</title><link>https://x.org/a</link></item></channel></rss>").encode()
    try:
        links = parse_feed(body, "https://x.org/feed", max_bytes=100_000)
    except FeedError as exc:
        assert "entities" in str(exc)
    else:
        assert all(BLOWUP_VALUE not in (link.title or "") for link in links)
