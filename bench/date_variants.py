"""Are publication days and instants right when pages declare their dates in the ways other pages do?
Real pages of htmldate-dev and fundus-dev, as served and made harder, through ``extract_article``:

``served``      the page as fetched;
``undeclared``  no date declared: the date meta tags, JSON-LD's ``date*`` fields, microdata date
                properties and ``<time datetime>`` removed (the page's printed dates, its URL and
                htmldate's search are left);
``naive_ld``    (fundus-dev: a gold instant) the JSON-LD publication date written as the local wall
                clock without an offset ("2023-04-28 18:11:01") and ``article:published_time`` with
                its offset: one instant, which the meta tag says;
``utc_only``    (fundus-dev) every declared time (published, modified, ``<time datetime>``) written in
                UTC ("...Z"), the page's printed dates, locale and address left: the local day is the
                page's to tell (counted apart on the pages whose UTC day is not the gold's local day);
``offset_ld``, ``offset_meta``, ``offset_time``, ``offset_none`` (fundus-dev: a gold instant) one
                source alone writes the publication's offset: every declared time (JSON-LD's ``date*``,
                the date meta tags, microdata, ``<time datetime>``) written as its local wall clock
                without one, but the JSON-LD ``datePublished`` (added to the page's JSON-LD, else a
                NewsArticle of its own), ``article:published_time`` or a ``<time datetime>`` after the
                headline, written with the gold's offset; ``offset_none``: no source writes one (the
                page's country and language tell the zone, or none does; of a gold written in UTC the
                local wall clock is unknown: not run);
``naive_utc``   (fundus-dev: a gold instant) the JSON-LD publication date written as the local wall
                clock without an offset ("2023-04-28T18:11:00") and ``article:published_time`` in UTC
                ("2023-04-28T16:11:00Z"): one instant, the wall clock telling its offset (to the
                minute where the gold has no seconds);
``loose_ld``    the JSON-LD blocks as templates leave them (wrapped in ``/*<![CDATA[*/ ... /*]]>*/``, a
                comma after each object's last member), the only declaration of the page's dates (the
                date meta tags, microdata dates and ``<time datetime>`` removed); pages whose JSON-LD
                declares no publication date are left out;
``cards``       ``undeclared`` with a box of other stories' cards before the headline's block, each
                a linked heading with its date beside the link, days before the gold's (a sidebar's
                "latest": the date nearest the headline is then the last card's);
``comments``    ``undeclared`` with a comment thread after the story (its ``<article>``, else closing
                the body), its ``<time datetime>``s days after the gold's (a reader's comment is no
                publication);
``latest``      ``undeclared`` with a "latest" list before the headline's block and no heading in it:
                each item a link to another story with its date beside the link, days before the
                gold's ("<li><a href=...>Other story</a> <span class=date>...</span></li>");
``latest_tail`` as ``latest``, each date the bare text after its link ("<li><a href=...>Other story</a>
                12.02.2024</li>");
``aside``       ``undeclared`` with an ``<aside>`` of dated notices right after the headline (a
                sidebar the layout sets between the headline and the text), days before the gold's;
``top_comment`` ``undeclared`` with a comment thread right after the headline (a short post's
                comments), each a reader's name and a date days after the gold's;
``hatom``       ``undeclared`` with the story's dates as hAtom classes them after the headline, the
                update's first (``<time class="updated">`` days after the gold's, then ``<time
                class="entry-date published">`` on the gold's day), as WordPress themes print them;
``languages``   ``undeclared``, the page's address (and every link and meta tag naming it: not a
                link to the archive of its day) without its day, and every short text printing the gold's day rewritten as pages in one of
                29 languages and scripts print it (chosen by the page's address; ``<html lang>``
                set to it): month names (pl, ru, uk, el, tr, cs, hu, ro, fi, sv, pt, es, it, fr,
                de, nl, id, vi, he), Eastern Arabic digits (ar), Persian digits with the Gregorian
                month names Iranian sites print (fa), Devanagari and Bengali digits and names (hi,
                bn), Thai digits and the Buddhist era (th), 年月日 (zh, ja), Korean dots and 년월일
                (ko); the gold's wall-clock time with it where the gold has one. A page printing no
                such text gets the dateline right after its ``<h1>``;
``scripts``     as ``languages``, in one of 60 other forms, languages, scripts and calendars (:data:`SCRIPT_FORMS`; the
                page's half of them, :data:`SCRIPT_SPLITS`, fixed before any ran): the Solar Hijri calendar in
                Persian digits (Iran's month names, Afghanistan's), the Ethiopian calendar in Amharic, Thai with the
                Buddhist era's mark or its last two digits, Japanese eras, 12-hour clocks with their language's
                marker (오후, 下午, 午後, م, PTG), Burmese, Khmer, Devanagari digits, Levantine month names, years in
                two digits, a time before its date, and CLDR's patterns and names of languages from Afrikaans to
                Welsh, each with the gold's wall-clock time where it has one (on its publisher's clock: a gold in
                UTC on its domain's country's); the time scored as the gold's instant or the wall clock printed;
``zone_offset`` (fundus-dev: a gold instant) ``undeclared`` with the gold's instant shown right after the
                ``<h1>`` on the wall clock of the publisher (the gold's offset; a gold in UTC on its country's clock, by
                its domain) naming that offset as pages print it ("5 March 2024, 14:20 GMT+2", "(GMT+02:00)",
                "UTC+02:00", "GMT+0200");
``zone_named``  as ``zone_offset``, the zone named by its abbreviation as the publisher's country names it
                then ("IST", "CST", "WIB"; German pages "MEZ"/"MESZ", Russian "МСК"; else a zone of one
                meaning for the offset: "CET", "EDT"); pages whose offset has no such name are left out;
``zone_city``   as ``zone_named``, the zone followed by the city the story is from, a city of a zone on that clock then:
                on half the pages (by address) a zone whose abbreviation spells a word and a city of it where one
                runs at the offset ("10:15 EAT Nairobi", "WAT Lagos", "CAT Harare", "ART Buenos Aires"), else the
                zone as ``zone_named`` names it and a city of the page's country on that clock ("09:00 CET Berlin");
                pages whose offset has neither are left out;
``zone_shared`` as ``zone_offset``, on the clock of a zone whose abbreviation names several ("CST" in the United
                States or China, "IST" in India, Ireland or Israel, "AST" in Canada or Saudi Arabia), named so, the
                page's ``og:locale`` naming that country (chosen by the page's address); only pages whose domain
                names no country (else the domain's country is the page's);
``month_first`` ``undeclared``, the address without its day, every short text printing the gold's day
                rewritten month first as the United States writes it ("3/5/2024"), ``<html lang="en">`` and
                the region declared elsewhere (``og:locale`` "en_US", else ``<meta http-equiv=content-language
                content=en-US>``); only golds whose day reads both ways (day and month 1-12, not equal);
``open_order``  as ``month_first``, the day printed in numbers zero-padded with slashes ("03/05/2024") on a page in a
                language alone, no region declared (no ``og:locale``, no ``content-language``; the address's host
                names none): English or Spanish, whose countries write it both ways (month first on half the pages,
                day first on the others, chosen by the address), or French, German, Portuguese (day first, as they
                write it everywhere); the story's last paragraph followed by its publication's day with the
                month's name, labelled ("Published: 5 Mar 2024", "Publicado: 5 de marzo de 2024"): the order
                is the page's to tell, not its language's;
``digits``      as ``month_first``, the day printed day first with slashes in the digits of Arabic, Hindi or
                Bengali pages ("٥/٣/٢٠٢٤", "५/३/२०२४"), ``<html lang>`` set to that language;
``video``       ``undeclared``, the page's JSON-LD only a ``VideoObject`` naming its headline, uploaded at the
                gold's time (a video page's: a broadcaster's player page), its only declared date;
``us_zone``     (fundus-dev: a gold instant) ``undeclared`` with ``article:published_time`` the gold's instant on the
                clock of a zone of the United States named without its season ("2024-03-05 09:20:00 ET", "PT");
``dotnet``      ``undeclared`` with the JSON-LD ``datePublished`` the gold's wall clock (a gold in UTC on its
                domain's country's clock; not run where none tells it) as .NET's invariant culture writes a
                DateTime, "M/d/yyyy h:mm:ss tt" ("3/5/2024 2:20:00 PM"), its only declaration;
``dotnet_local`` as ``dotnet``, the date written day first ("5/3/2024 2:20:00 PM", the gold's own wall clock) and
                ``og:locale`` naming the English of a country that writes the day first on a 12-hour clock
                ("en_SG", "en_MY", "en_AU", "en_HK", "en_NZ"), as .NET's culture of that country writes a DateTime;
                only pages whose domain names no country (else the domain's country is the page's) and golds
                whose day reads both ways;
``masthead``    ``undeclared`` with the site's header before everything printing the day the page is read,
                days after the gold's ("Thursday, 14 March 2024"), as newspapers print today's date by their logo;
``footer``      ``undeclared`` with the site's footer after everything: its copyright's year and a notice's
                date days after the gold's ("© 2024 ... Last updated: 14.03.2024");
``address_day_first`` ``undeclared``, the page's address without its day and with the gold's day written day first as a
                path's part before its last ("/politik/05-03-2024/story", "/politik/05.03.2024/story", chosen by the
                page's address), as sites of day-first countries write it: a weak source, read where nothing the page
                prints by its headline dates it;
``zone_apart``  as ``zone_named``, the zone in an element of its own after the clock's, a separator between
                ("<span>5 March 2024, 14:20</span> | <span>CET</span>");
``event_address`` ``undeclared``, the page's address (wherever the page names it) without its day and with an
                event's year and a count in its path ("/world-cup-2026/top-10-2023-story"), numbers in no date's shape;
``labelled``    as ``languages`` (the same languages, fewer: those with labels below), the dateline
                labelled as the publication's beside an update that is later ("Published: 5 Dec
                2024, 14:05 · Updated 2 hours ago", "Aktualisiert am 7. Dezember 2024 · Erstellt am
                5. Dezember 2024"): the page's own date is the published one.

Scores: day right (htmldate-dev: the annotated day; fundus-dev: the gold's day in the gold's own
offset), and for fundus-dev the same instant as the gold (to the second; a day alone is not one).
Split as bench.realpages splits (tune by default; the test split once, at the end).

    python bench/date_variants.py                     # tune split
    python bench/date_variants.py --show utc_only     # the pages a variant gets wrong
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.realpages import DATA, decode_as_crawl, edit_jsonld, load_set, same_instant  # noqa: E402

OFFSET_SOURCES = ("offset_ld", "offset_meta", "offset_time", "offset_none")  # the one source writing the offset
ZONED = ("zone_offset", "zone_named", "zone_shared", "zone_apart", "zone_city")  # undeclared, the gold's instant shown with its zone after the headline
VARIANTS = ("served", "undeclared", "naive_ld", "naive_utc", "utc_only", *OFFSET_SOURCES, "loose_ld", "cards",
            "comments", "latest", "latest_tail", "aside", "top_comment", "hatom", "languages", "scripts", "labelled",
            "month_first", "open_order", "digits", *ZONED, "video", "us_zone", "dotnet", "dotnet_local", "masthead", "footer",
            "address_day_first", "event_address")
OTHER_DATES = ("cards", "comments", "latest", "latest_tail", "aside", "top_comment", "hatom")  # undeclared, with other things' dates added
REWRITTEN = ("languages", "scripts", "labelled", "month_first", "open_order", "digits")  # undeclared, the address without its day, the printed day rewritten
# the page's date declarations taken out (``loose_ld``: all but its JSON-LD, loosened)
MACHINE = ("us_zone", "dotnet", "dotnet_local")  # undeclared, the publication declared once in a machine field as other software writes it
SITE_DATES = ("masthead", "footer")  # undeclared, the site's own dates (today's in the masthead, its notices') added
UNDECLARED = ("undeclared", "loose_ld", *OTHER_DATES, *REWRITTEN, *ZONED, "video", *MACHINE, *SITE_DATES,
              "address_day_first", "event_address")
DAY_VARIANTS = ("served", *UNDECLARED)  # the variants of pages with a gold day only
UPDATE_CLASS_DAYS_AFTER = 3  # ``hatom``: the update's day after the gold's
CARD_DAYS_BEFORE = (8, 5, 3)  # the cards' days before the gold's, the last nearest the headline
COMMENT_DAYS_AFTER = (1, 2)  # the comments' days after the gold's
_DATE_NAME = re.compile(r"date|time|published|modified|created|issued|updated", re.IGNORECASE)
_DATE_KEY = re.compile(r"^date|^uploadDate$", re.IGNORECASE)
_PUBLISHED_KEY = "datePublished"
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")  # lxml parses no str that declares its encoding


def _published_metas(tree) -> list:
    from newsspider.extract.published import _PUBLISHED_META

    return [meta for meta in tree.xpath("//meta[@content]")
            if (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower() in _PUBLISHED_META]


def _date_meta(meta) -> bool:
    """Whether a meta tag's name (its property, name or itemprop) says it holds a date or time."""
    return bool(_DATE_NAME.search(meta.get("property") or meta.get("name") or meta.get("itemprop") or ""))


def _rewrite_declared_times(tree, rewrite: Callable[[str], str]) -> None:
    """Every time the page declares (JSON-LD's date keys, the date meta tags, ``<time datetime>``)
    written anew by ``rewrite``."""
    edit_jsonld(tree, lambda node: node.update({key: rewrite(value) for key, value in node.items()
                                                 if _DATE_KEY.search(key) and isinstance(value, str)}))
    for meta in tree.xpath("//meta[@content]"):
        if _date_meta(meta):
            meta.set("content", rewrite(meta.get("content")))
    for element in tree.xpath("//time[@datetime]"):
        element.set("datetime", rewrite(element.get("datetime")))


def _in_utc(value: str) -> str:
    """A complete time written in UTC ("...Z"); any other value as it was."""
    from newsspider.dates import parse_timestamp

    stamp = parse_timestamp(value)
    if stamp is None or not stamp.complete:
        return value
    return stamp.moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def variant(html: str, kind: str, gold: str | None, url: str = "", split: str = "tune") -> str | None:
    """The page in variant ``kind``; None where it does not apply (no gold instant). ``split``: the page's (``scripts``
    prints the languages of that half, :data:`SCRIPT_SPLITS`)."""
    from lxml import html as lxml_html

    if kind == "served":
        return html
    tree = lxml_html.fromstring(_XML_DECLARATION.sub("", html, count=1))
    if kind in UNDECLARED:
        for meta in tree.xpath("//meta"):
            if _date_meta(meta):
                meta.drop_tree()
        if kind == "loose_ld":
            if not _loosen_jsonld(tree):
                return None
        else:
            edit_jsonld(tree, lambda node: [node.pop(key) for key in list(node) if _DATE_KEY.search(key)])
        for element in tree.xpath("//*[@itemprop]"):
            if _DATE_NAME.search(element.get("itemprop") or ""):
                del element.attrib["itemprop"]
        for element in tree.xpath("//time[@datetime]"):
            del element.attrib["datetime"]
        if kind in REWRITTEN:
            if not gold or not _rewrite_printed_day(tree, kind, gold, url, split):
                return None
        elif kind in ZONED:
            if not gold or not _zoned_dateline(tree, kind, gold, url):
                return None
        elif kind == "video":
            if not gold or not _video_object(tree, gold):
                return None
        elif kind in MACHINE:
            if not gold or not _machine_declaration(tree, kind, gold, url):
                return None
        elif kind in SITE_DATES:
            if not gold or not _site_dates(tree, kind, gold):
                return None
        elif kind == "event_address":
            if not gold:
                return None
            _name_address(tree, url, event_address(url, date.fromisoformat(gold[:10])))
        elif kind not in ("undeclared", "loose_ld", "address_day_first") and not _add_other_dates(tree, kind, gold):
            return None
    else:
        moment = datetime.fromisoformat(gold) if gold and "T" in gold else None
        if moment is None or moment.tzinfo is None:
            return None
        if kind in ("naive_ld", "naive_utc"):
            wall = moment.replace(tzinfo=None).isoformat(sep=" " if kind == "naive_ld" else "T")
            edit_jsonld(tree, lambda node: node.update({_PUBLISHED_KEY: wall}) if _PUBLISHED_KEY in node else None)
            for meta in _published_metas(tree):
                meta.drop_tree()
            head = tree.find("head")
            if head is None:
                return None
            declared = gold if kind == "naive_ld" else _in_utc(gold)
            head.insert(0, lxml_html.fromstring(f'<meta property="article:published_time" content="{declared}">'))
        elif kind in OFFSET_SOURCES:
            if (kind == "offset_none" and not moment.utcoffset()) or not _offset_in_one_source(tree, kind, gold, moment):
                return None
        else:  # utc_only: every declared time (modified, <time> too) in UTC
            utc = moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
            edit_jsonld(tree, lambda node: node.update({_PUBLISHED_KEY: utc}) if _PUBLISHED_KEY in node else None)
            _rewrite_declared_times(tree, _in_utc)
            for meta in _published_metas(tree):
                meta.set("content", utc)
            for element in tree.xpath("//*[@itemprop='datePublished']"):
                element.set("content" if element.get("content") else "datetime", utc)
    return lxml_html.tostring(tree, encoding="unicode")


def _loosen_jsonld(tree) -> bool:
    """``loose_ld``: every JSON-LD block written as templates leave it, wrapped in a commented CDATA
    section, a comma after each object's last member; False where none declares a publication date."""
    declared = []
    edit_jsonld(tree, lambda node: declared.append(node) if _PUBLISHED_KEY in node else None)
    if not declared:
        return False
    for script in tree.xpath("//script[@type='application/ld+json']"):
        text = script.text or ""
        if text.strip():
            script.text = "/*<![CDATA[*/" + re.sub(r"\}", ",}", text.replace("{}", "{\"@type\": \"Thing\"}")) + "/*]]>*/"
    return True


def _wall_clock_of(value: str) -> str:
    """A complete time as its local wall clock without its offset ("2023-04-28T18:11:01"); any other value as it was."""
    from newsspider.dates import parse_timestamp

    stamp = parse_timestamp(value)
    if stamp is None or not stamp.complete:
        return value
    return stamp.moment.replace(tzinfo=None).isoformat()


def _offset_in_one_source(tree, kind: str, gold: str, moment: datetime) -> bool:
    """:data:`OFFSET_SOURCES`: every declared time offset-less, the publication's with its offset in
    the one source ``kind`` names (added where the page has none); False where the page has no ``<h1>``
    (``offset_time``) or no ``<head>`` (``offset_meta``)."""
    from lxml import html as lxml_html

    wall = moment.replace(tzinfo=None).isoformat()
    _rewrite_declared_times(tree, _wall_clock_of)
    for element in tree.xpath("//*[@itemprop]"):
        if _DATE_NAME.search(element.get("itemprop") or ""):
            for attribute in ("content", "datetime"):
                if element.get(attribute):
                    element.set(attribute, _wall_clock_of(element.get(attribute)))
    if kind == "offset_ld":
        found = []
        edit_jsonld(tree, lambda node: (node.update({_PUBLISHED_KEY: gold}), found.append(node))
                    if _PUBLISHED_KEY in node else None)
        if not found:
            body = tree.find("body")
            if body is None:
                return False
            script = lxml_html.fromstring('<script type="application/ld+json"></script>')
            script.text = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", _PUBLISHED_KEY: gold})
            body.append(script)
    elif kind == "offset_meta":
        for meta in _published_metas(tree):
            meta.drop_tree()
        head = tree.find("head")
        if head is None:
            return False
        head.insert(0, lxml_html.fromstring(f'<meta property="article:published_time" content="{gold}">'))
    elif kind == "offset_time":
        headings = tree.xpath("//body//h1")
        if not headings:
            return False
        headings[0].addnext(lxml_html.fromstring(f"<time datetime='{gold}'>{wall[:10]}</time>"))
    return True


def _add_other_dates(tree, kind: str, gold: str | None) -> bool:
    """Other stories' cards before the headline's block (``cards``) or a comment thread after the
    story (``comments``), dated days from the gold day; False where the page has no ``<h1>``."""
    from lxml import html as lxml_html

    headings = tree.xpath("//body//h1")
    if not gold or not headings:
        return False
    day = date.fromisoformat(gold[:10])
    block = headings[0].getparent()
    if block is None or block.getparent() is None:
        return False
    if kind == "cards":
        cards = "".join(f"<div class='teaser'><a href='/other-story-{n}'><h3>Another story number {n}</h3></a>"
                        f"<span class='date'>{(day - timedelta(days=n)).strftime('%d.%m.%Y')}</span></div>"
                        for n in CARD_DAYS_BEFORE)
        block.addprevious(lxml_html.fromstring(f"<div class='box'>{cards}</div>"))
    elif kind == "latest":
        items = "".join(f"<li><a href='/other-story-{n}'>Another story number {n}</a> "
                        f"<span class='date'>{_dotted(day - timedelta(days=n))}</span></li>" for n in CARD_DAYS_BEFORE)
        block.addprevious(lxml_html.fromstring(f"<div class='latest'><b>Latest</b><ul>{items}</ul></div>"))
    elif kind == "latest_tail":
        items = "".join(f"<li><a href='/other-story-{n}'>Another story number {n}</a> {_dotted(day - timedelta(days=n))}"
                        "</li>" for n in CARD_DAYS_BEFORE)
        block.addprevious(lxml_html.fromstring(f"<div class='latest'><b>Latest</b><ul>{items}</ul></div>"))
    elif kind == "aside":
        notices = "".join(f"<p><span class='date'>{_dotted(day - timedelta(days=n))}</span> Notice number {n}</p>"
                          for n in CARD_DAYS_BEFORE[::-1])
        headings[0].addnext(lxml_html.fromstring(f"<aside class='sidebar'>{notices}</aside>"))
    elif kind == "top_comment":
        comments = "".join(f"<li><b class='author'>Reader {n}</b> <span>{_dotted(day + timedelta(days=n))}</span>"
                           f"<p>I agree with this.</p></li>" for n in COMMENT_DAYS_AFTER)
        headings[0].addnext(lxml_html.fromstring(f"<ol class='replies'>{comments}</ol>"))
    elif kind == "hatom":
        later = day + timedelta(days=UPDATE_CLASS_DAYS_AFTER)
        headings[0].addnext(lxml_html.fromstring(
            f"<p class='entry-meta'><time class='updated' datetime='{later.isoformat()}'>{_dotted(later)}</time> "
            f"<time class='entry-date published' datetime='{day.isoformat()}'>{_dotted(day)}</time></p>"))
    else:
        story = next(headings[0].iterancestors("article"), None)
        comments = "".join(f"<li class='comment'><time datetime='{(day + timedelta(days=n)).isoformat()}T10:00:00'>"
                           f"{(day + timedelta(days=n)).strftime('%d.%m.%Y')}</time> Reader {n}: I agree.</li>"
                           for n in COMMENT_DAYS_AFTER)
        thread = lxml_html.fromstring(f"<ol class='comment-list'>{comments}</ol>")
        if story is not None and story.getparent() is not None:
            story.addnext(thread)
        else:  # the story's end is not marked: the thread closes the page's body
            headings[0].getroottree().getroot().find("body").append(thread)
    return True


# The ways pages in each language print a publication date: babel patterns (CLDR month names, in the
# case a date takes: "5 grudnia 2024"), the first without a time, the second with the gold's wall-clock
# time. Digits of other scripts written after.
LANGUAGE_FORMATS: dict[str, tuple[str, str]] = {
    "pl": ("d MMMM y", "d MMMM y, HH:mm"), "ru": ("d MMMM y", "d MMMM y, HH:mm"),
    "uk": ("d MMMM y", "d MMMM y 'о' HH:mm"), "el": ("d MMMM y", "d MMMM y, HH:mm"),
    "tr": ("d MMMM y", "d MMMM y EEEE HH:mm"), "cs": ("d. MMMM y", "d. M. y H:mm"),
    "hu": ("y. MMMM d.", "y. MMMM d. HH:mm"), "ro": ("d MMMM y", "d MMMM y, HH:mm"),
    "fi": ("d.M.y", "d.M.y 'klo' H.mm"), "sv": ("d MMMM y", "d MMM y 'kl.' HH.mm"),
    "pt": ("d 'de' MMMM 'de' y", "dd/MM/y HH'h'mm"), "es": ("d 'de' MMMM 'de' y", "d MMM y - HH:mm"),
    "it": ("d MMMM y", "d MMMM y, HH:mm"), "fr": ("d MMMM y", "d MMMM y 'à' HH'h'mm"),
    "de": ("d. MMMM y", "dd.MM.y, HH:mm 'Uhr'"), "nl": ("d MMMM y", "d MMM y, HH:mm"),
    "id": ("EEEE, d MMMM y", "EEEE, d MMMM y HH:mm 'WIB'"), "vi": ("EEEE, d/M/y", "EEEE, d/M/y, HH:mm"),
    "ar": ("EEEE، d MMMM y", "d MMMM y، HH:mm"), "fa": ("d MMMM y", "d MMMM y - HH:mm"),
    "hi": ("d MMMM y", "d MMMM y, HH:mm"), "bn": ("d MMMM y", "d MMMM y, HH:mm"),
    "th": ("d MMMM G", "d MMM G HH:mm 'น.'"), "zh": ("y年M月d日", "y年M月d日 HH:mm"),
    "ja": ("y年M月d日", "y年M月d日 H時mm分"), "ko": ("y. M. d.", "y년 M월 d일 HH:mm"),
    "he": ("d בMMMM y", "d בMMMM y, HH:mm"),
}
# Digits as pages in these languages print them (Thai sites print either).
LANGUAGE_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹", "hi": "०१२३४५६७८९", "bn": "০১২৩৪৫৬৭৮৯", "th": "๐๑๒๓๔๕๖๗๘๙"}
SLASHED_DIGITS = ("ar", "hi", "bn")  # ``digits``: languages whose pages print a day first with slashes in their digits
BUDDHIST_ERA = 543  # a Thai year is the Gregorian one plus this ("G" in the Thai patterns)
# The labels of a publication and of a later update (an update's count back, or its date), as sites print them.
LABELS: dict[str, tuple[str, str, str]] = {
    "en": ("Published: {date}", "Updated {ago} hours ago", "Updated: {date}"),
    "de": ("Veröffentlicht am {date}", "Aktualisiert vor {ago} Stunden", "Aktualisiert am {date}"),
    "fr": ("Publié le {date}", "Mis à jour il y a {ago} heures", "Mis à jour le {date}"),
    "es": ("Publicado: {date}", "Actualizado hace {ago} horas", "Actualizado: {date}"),
    "it": ("Pubblicato il {date}", "Aggiornato {ago} ore fa", "Aggiornato il {date}"),
    "pt": ("Publicado em {date}", "Atualizado há {ago} horas", "Atualizado em {date}"),
    "nl": ("Gepubliceerd: {date}", "Bijgewerkt {ago} uur geleden", "Bijgewerkt: {date}"),
    "pl": ("Opublikowano: {date}", "Aktualizacja: {ago} godziny temu", "Aktualizacja: {date}"),
    "ru": ("Опубликовано: {date}", "Обновлено {ago} часа назад", "Обновлено: {date}"),
    "tr": ("Yayınlanma: {date}", "Güncelleme: {ago} saat önce", "Güncelleme: {date}"),
    "id": ("Diterbitkan: {date}", "Diperbarui {ago} jam yang lalu", "Diperbarui: {date}"),
    "ko": ("입력 {date}", "수정 {ago}시간 전", "수정 {date}"),
    "ja": ("公開日：{date}", "更新：{ago}時間前", "更新日：{date}"),
    "zh": ("发布时间：{date}", "更新于{ago}小时前", "更新时间：{date}"),
}
OPEN_ORDER_LANGUAGES = ("en", "es", "fr", "de", "pt")  # ``open_order``: written both ways in CLDR (en, es), or day first
UPDATE_HOURS_AGO = 2  # the count back of the update beside the publication
UPDATE_DAYS_AFTER = 2  # the update's day after the gold's, where it is printed as a date
_ENGLISH_FORMATS = ("d MMM y", "d MMM y, HH:mm")
MAX_PRINTED_CHARS = 100  # a text this short showing the gold's day is a printed date


# ``scripts``: the printed dates of languages, scripts and calendars ``languages`` does not print, as news sites in
# them print a publication (CLDR's patterns and names through babel; the calendars' own month names): the babel
# locale, the pattern without a time and with the gold's wall-clock time, the digits printed, the calendar. Patterns
# may hold {era} (a Japanese era's year), {calendar} (the day in the language's calendar), {offset} (the gold's
# offset, "GMT+7", where the gold has one).
SCRIPT_FORMS: dict[str, tuple[str, str, str, str | None, str | None]] = {
    "fa-IR": ("fa", "EEEE {calendar}", "{calendar} - HH:mm", "۰۱۲۳۴۵۶۷۸۹", "solar_hijri"),  # "۱۴ آذر ۱۴۰۳ - ۱۵:۲۰"
    "fa-AF": ("fa", "{calendar}", "{calendar} ساعت HH:mm", "۰۱۲۳۴۵۶۷۸۹", "solar_hijri_dari"),  # "۱۵ حوت ۱۴۰۲"
    "ps-AF": ("ps", "d MMMM y", "d MMMM y HH:mm", "۰۱۲۳۴۵۶۷۸۹", None),  # BBC Pashto: "۵ مارچ ۲۰۲۴"
    "am-ET": ("am", "{calendar}", "{calendar}", None, "ethiopian"),  # "የካቲት 26 ቀን 2016 ዓ.ም"
    "th-TH": ("th", "EEEEที่ d MMMM 'พ.ศ.' {buddhist}", "d MMM {buddhist_short} HH:mm 'น.'", None, None),
    "ja-JP": ("ja", "{era}M月d日", "{era}M月d日 ah時mm分", None, None),  # "令和6年3月5日 午後3時20分"
    "ko-KR": ("ko", "y.MM.dd.", "y.MM.dd. a h:mm", None, None),  # "2024.03.05. 오후 3:20"
    "zh-TW": ("zh_Hant", "y年M月d日", "y年M月d日 ah:mm", None, None),  # "2024年3月5日 下午3:20"
    "zh-CN": ("zh", "y年MM月dd日", "y年MM月dd日 HH:mm", None, None),  # "2024年03月05日 15:20"
    "vi-VN": ("vi", "EEEE, d/M/y", "EEEE, d/M/y, HH:mm '({offset})'", None, None),  # "Thứ Ba, 5/3/2024, 15:20 (GMT+7)"
    "my-MM": ("my", "y MMMM d", "y MMMM d HH:mm", "၀၁၂၃၄၅၆၇၈၉", None),  # "၂၀၂၄ မတ် ၅"
    "km-KH": ("km", "'ថ្ងៃទី'd 'ខែ'MMMM 'ឆ្នាំ'y", "'ថ្ងៃទី'd 'ខែ'MMMM 'ឆ្នាំ'y, HH:mm", "០១២៣៤៥៦៧៨៩", None),
    "lo-LA": ("lo", "d MMMM y", "d MMMM y, HH:mm", None, None),  # "5 ມີນາ 2024"
    "ne-NP": ("ne", "y MMMM d", "y MMMM d, HH:mm", "०१२३४५६७८९", None),  # "२०२४ मार्च ५"
    "mr-IN": ("mr", "d MMMM y", "d MMMM y, HH:mm", "०१२३४५६७८९", None),  # "५ मार्च २०२४"
    "hi-IN": ("hi", "EEEE, d MMMM y", "d MMMM y, h:mm a", None, None),  # "5 मार्च 2024, 3:20 PM"
    "ta-IN": ("ta", "d MMMM, y", "d MMMM, y, h:mm a", None, None),  # "5 மார்ச், 2024, 3:20 PM"
    "te-IN": ("te", "d MMMM, y", "d MMMM, y h:mm a", None, None),
    "kn-IN": ("kn", "MMMM d, y", "MMMM d, y hh:mm a", None, None),  # "ಮಾರ್ಚ್ 5, 2024 03:20 PM"
    "ml-IN": ("ml", "y MMMM d", "y MMMM d, h:mm a", None, None),  # "2024 മാർച്ച് 5"
    "gu-IN": ("gu", "d MMMM, y", "d MMMM, y hh:mm a", None, None),
    "pa-IN": ("pa", "d MMMM y", "d MMMM y, h:mm a", None, None),
    "ur-PK": ("ur", "dd MMMM، y", "dd MMMM، y HH:mm", None, None),  # "05 مارچ، 2024"
    "ar-EG": ("ar", "EEEE، dd MMMM y", "EEEE، dd MMMM y hh:mm a", None, None),  # "... 03:20 م"
    "ar-LB": ("ar", "EEEE {levantine}", "{levantine} HH:mm", None, None),  # "الثلاثاء 5 آذار 2024"
    "he-IL": ("he", "dd.MM.yy", "dd.MM.yy | HH:mm", None, None),  # ynet: "05.03.24 | 15:20"
    "ka-GE": ("ka", "d MMMM, y", "d MMMM, y, HH:mm", None, None),  # "5 მარტი, 2024"
    "hy-AM": ("hy", "d MMMM, y", "d MMMM, y, HH:mm", None, None),  # "5 մարտի, 2024"
    "mn-MN": ("mn", "y 'оны' M 'сарын' d", "y 'оны' M 'сарын' d, HH:mm", None, None),  # "2024 оны 3 сарын 5"
    "kk-KZ": ("kk", "d MMMM y 'ж.'", "d MMMM y, HH:mm", None, None),  # "5 наурыз 2024 ж."
    "uz-UZ": ("uz", "d-MMMM, y", "d-MMMM y, HH:mm", None, None),  # "5-mart, 2024"
    "az-AZ": ("az", "d MMMM y", "d MMMM y, HH:mm", None, None),
    "be-BY": ("be", "d MMMM y", "d MMMM y, HH:mm", None, None),  # "5 сакавіка 2024"
    "bg-BG": ("bg", "d MMMM y 'г.'", "d MMMM y 'г.', HH:mm 'ч.'", None, None),
    "mk-MK": ("mk", "d MMMM y", "dd.MM.y HH:mm", None, None),
    "sr-RS": ("sr", "d. MMMM y.", "dd. MM. y. HH:mm", None, None),  # "5. март 2024."
    "hr-HR": ("hr", "d. MMMM y.", "dd.MM.y. 'u' HH:mm", None, None),  # "5. ožujka 2024.", "05.03.2024. u 15:20"
    "sl-SI": ("sl", "d. MMMM y", "d. M. y 'ob' HH.mm", None, None),
    "sk-SK": ("sk", "d. MMMM y", "d. MMMM y, HH:mm", None, None),  # "5. marca 2024"
    "uk-UA": ("uk", "EEEE, d MMMM y", "d MMMM y 'р.', HH:mm", None, None),  # "5 березня 2024 р., 15:20"
    "ru-RU": ("ru", "dd.MM.y", "HH:mm dd.MM.y", None, None),  # RIA: "15:20 05.03.2024"
    "pl-PL": ("pl", "dd.MM.y", "dd.MM.y HH:mm", None, None),
    "el-GR": ("el", "EEEE, d MMMM y", "EEEE, d MMMM y HH:mm", None, None),  # "Τρίτη, 5 Μαρτίου 2024"
    "tr-TR": ("tr", "dd.MM.y", "dd.MM.y - HH:mm", None, None),
    "lt-LT": ("lt", "y 'm.' MMMM d 'd.'", "y-MM-dd HH:mm", None, None),  # "2024 m. kovo 5 d."
    "lv-LV": ("lv", "y. 'gada' d. MMMM", "d.MM.y HH:mm", None, None),
    "et-EE": ("et", "d. MMMM y", "d. MMMM y, HH:mm", None, None),
    "nb-NO": ("nb", "d. MMMM y", "d. MMMM y 'kl.' HH.mm", None, None),
    "da-DK": ("da", "d. MMMM y", "d. MMM y 'kl.' HH.mm", None, None),  # "5. mar. 2024 kl. 15.20"
    "is-IS": ("is", "d. MMMM y", "d. MMMM y 'kl.' HH:mm", None, None),
    "eu-ES": ("eu", "y'ko' MMMM'ren' d'a'", "y'ko' MMMM'ren' d'a', HH:mm", None, None),  # "2024ko martxoaren 5a"
    "ca-ES": ("ca", "d MMMM 'de' y", "dd/MM/y HH:mm", None, None),  # "5 de març de 2024"
    "gl-ES": ("gl", "d 'de' MMMM 'de' y", "dd/MM/y 'ás' HH:mm", None, None),
    "sq-AL": ("sq", "d MMMM y", "d MMMM y, HH:mm", None, None),
    "sw-TZ": ("sw", "EEEE, MMMM d, y", "d MMMM y, HH:mm", None, None),  # "Jumanne, Machi 5, 2024"
    "ms-MY": ("ms", "d MMMM y", "d MMMM y, h:mm a", None, None),  # "5 Mac 2024, 3:20 PTG"
    "fil-PH": ("fil", "MMMM d, y", "MMMM d, y h:mm a", None, None),  # "Marso 5, 2024 3:20 PM"
    "af-ZA": ("af", "dd MMMM y", "dd MMMM y HH:mm", None, None),  # "05 Maart 2024"
    "ga-IE": ("ga", "d MMMM y", "d MMMM y, HH:mm", None, None),
    "cy-GB": ("cy", "d MMMM y", "d MMMM y, HH:mm", None, None),
}
# The languages of ``scripts`` run on tuning pages and on test pages: fixed before any was run (seed 58).
_SCRIPT_ORDER = sorted(SCRIPT_FORMS)
random.Random(58).shuffle(_SCRIPT_ORDER)
SCRIPT_SPLITS = {"tune": sorted(_SCRIPT_ORDER[::2]), "test": sorted(_SCRIPT_ORDER[1::2])}
# Month names of calendars CLDR's Gregorian data lacks: the Solar Hijri months in Persian (Iran) and Dari (Afghanistan,
# the zodiac's), the Ethiopian months in Amharic, the Levantine names of the Gregorian months.
SOLAR_HIJRI_NAMES = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
DARI_NAMES = ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت")
ETHIOPIAN_NAMES = ("መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜን")
LEVANTINE_NAMES = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                   "تشرين الثاني", "كانون الأول")
NOWRUZ_1403 = date(2024, 3, 20)  # 1 Farvardin 1403 (Iran's calendar centre)
SOLAR_HIJRI_LEAP = (1, 5, 9, 13, 17, 22, 26, 30)  # a year's place in the 33-year cycle, for the years of our pages
ETHIOPIAN_EPOCH_JDN = 1724221  # 1 Meskerem of year 1 (Amete Mihret), a Julian day number
ORDINAL_JDN = 1721425  # date.toordinal() plus this is a Julian day number
JAPANESE_ERAS = ((date(2019, 5, 1), "令和", 2018), (date(1989, 1, 8), "平成", 1988))


def _solar_hijri(day: date) -> tuple[int, int, int]:
    """(year, month, day) of ``day`` in the Solar Hijri calendar, counted from 1 Farvardin 1403 by the 33-year cycle."""
    def length(year: int) -> int:
        return 366 if year % 33 in SOLAR_HIJRI_LEAP else 365

    year, start = 1403, NOWRUZ_1403
    while day < start:
        year -= 1
        start -= timedelta(days=length(year))
    while day >= start + timedelta(days=length(year)):
        start += timedelta(days=length(year))
        year += 1
    days = (day - start).days
    return (year, days // 31 + 1, days % 31 + 1) if days < 186 else (year, (days - 186) // 30 + 7, (days - 186) % 30 + 1)


def _ethiopian(day: date) -> tuple[int, int, int]:
    """(year, month, day) of ``day`` in the Ethiopian calendar (12 months of 30 days, a 13th of 5 or 6)."""
    jdn = day.toordinal() + ORDINAL_JDN
    year = (4 * (jdn - ETHIOPIAN_EPOCH_JDN) + 1463) // 1461
    start = ETHIOPIAN_EPOCH_JDN + 365 * (year - 1) + year // 4
    return year, (jdn - start) // 30 + 1, (jdn - start) % 30 + 1


def _calendar_day(day: date, calendar: str) -> str:
    """``day`` as pages of ``calendar`` print it (digits ASCII; the form's digits are written after)."""
    if calendar == "ethiopian":
        year, month, number = _ethiopian(day)
        return f"{ETHIOPIAN_NAMES[month - 1]} {number} ቀን {year} ዓ.ም"
    year, month, number = _solar_hijri(day)
    return f"{number} {(DARI_NAMES if calendar == 'solar_hijri_dari' else SOLAR_HIJRI_NAMES)[month - 1]} {year}"


def _script_printed(moment: datetime, form: str, with_time: bool, offset: timedelta | None) -> str | None:
    """``moment`` as pages of ``form`` (:data:`SCRIPT_FORMS`) print it; None where the form cannot (a Japanese day
    before the Heisei era, a time on a clock whose offset is unknown)."""
    from babel.dates import format_datetime

    locale, plain, timed, digits, calendar = SCRIPT_FORMS[form]
    pattern = timed if with_time else plain
    if "{offset}" in pattern:
        if offset is None:
            pattern = pattern.replace(" '({offset})'", "")
        else:
            minutes = int(offset.total_seconds()) // 60
            pattern = pattern.replace("{offset}", f"GMT{'-' if minutes < 0 else '+'}{abs(minutes) // 60}"
                                      + (f":{abs(minutes) % 60:02}" if minutes % 60 else ""))
    if "{era}" in pattern:
        era = next(((name, moment.year - before) for start, name, before in JAPANESE_ERAS if moment.date() >= start), None)
        if era is None:
            return None
        pattern = pattern.replace("{era}", f"'{era[0]}{'元' if era[1] == 1 else era[1]}年'")
    if "{levantine}" in pattern:
        pattern = pattern.replace("{levantine}", f"d '{LEVANTINE_NAMES[moment.month - 1]}' y")
    pattern = pattern.replace("{buddhist}", f"'{moment.year + BUDDHIST_ERA}'").replace(
        "{buddhist_short}", f"'{(moment.year + BUDDHIST_ERA) % 100:02}'")
    if calendar:
        pattern = pattern.replace("{calendar}", f"'{_calendar_day(moment.date(), calendar)}'")
    text = format_datetime(moment.replace(tzinfo=None), pattern, locale=locale)
    return text.translate(str.maketrans("0123456789", digits)) if digits else text


def _language_of(url: str, choices: list[str]) -> str:
    """One of ``choices`` for the page at ``url``, the same on every run."""
    return choices[int(hashlib.sha1(url.encode()).hexdigest(), 16) % len(choices)]


def _printed(day: datetime, language: str, with_time: bool) -> str:
    """``day`` as a page in ``language`` prints it (:data:`LANGUAGE_FORMATS`)."""
    from babel.dates import format_datetime

    formats = LANGUAGE_FORMATS.get(language, _ENGLISH_FORMATS)
    pattern = formats[with_time]
    if "G" in pattern:  # the Buddhist era's year, in place of babel's era name
        pattern = pattern.replace("G", f"'{day.year + BUDDHIST_ERA}'")
    text = format_datetime(day.replace(tzinfo=None), pattern, locale=language if language != "en" else "en_GB")
    digits = LANGUAGE_DIGITS.get(language)
    return text.translate(str.maketrans("0123456789", digits)) if digits else text


def _wall_clock(gold: str) -> tuple[datetime, bool]:
    """The gold's local date and time (midnight for a day), and whether it has a time."""
    if "T" in gold:
        return datetime.fromisoformat(gold).replace(tzinfo=None), True
    return datetime.fromisoformat(gold[:10]), False


def _dateline_for(kind: str, gold: str, url: str, split: str = "tune") -> tuple[str, str | None]:
    """The language and the dateline text of variant ``kind`` for the page at ``url`` (None where its form prints none)."""
    moment, with_time = _wall_clock(gold)
    if kind == "scripts":  # an instant on its publisher's clock (:func:`_publisher_moment`)
        form = _language_of(url, SCRIPT_SPLITS[split])
        local = _publisher_moment(gold, url) if with_time else None
        if local is not None:
            moment = local.replace(tzinfo=None)
        return form.split("-")[0], _script_printed(moment, form, with_time, local.utcoffset() if local else None)
    if kind == "languages":
        language = _language_of(url, sorted(LANGUAGE_FORMATS))
        return language, _printed(moment, language, with_time)
    if kind == "month_first":
        return "en", f"{moment.month}/{moment.day}/{moment.year}"
    if kind == "open_order":
        language = _language_of(url, list(OPEN_ORDER_LANGUAGES))
        month_first = language in ("en", "es") and _language_of(url[::-1], [False, True])
        first, second = (moment.month, moment.day) if month_first else (moment.day, moment.month)
        return language, f"{first:02}/{second:02}/{moment.year}"
    if kind == "digits":
        language = _language_of(url, list(SLASHED_DIGITS))
        return language, f"{moment.day}/{moment.month}/{moment.year}".translate(
            str.maketrans("0123456789", LANGUAGE_DIGITS[language]))
    language = _language_of(url, sorted(LABELS))
    published_label, ago_label, updated_label = LABELS[language]
    published = published_label.format(date=_printed(moment, language, with_time))
    if int(hashlib.sha1(url.encode()).hexdigest(), 16) % 2:  # the update's count back after the publication
        return language, f"{published} · {ago_label.format(ago=UPDATE_HOURS_AGO)}"
    later = moment + timedelta(days=UPDATE_DAYS_AFTER, hours=1)
    return language, f"{updated_label.format(date=_printed(later, language, with_time))} · {published}"


def _day_patterns(day: date) -> list[str]:
    """How an address writes ``day`` ("2024/12/05", "2024-12-05", "20241205", "2024/12/5")."""
    y, m, d = day.year, day.month, day.day
    return [f"{y}/{m:02}/{d:02}", f"{y}-{m:02}-{d:02}", f"{y}_{m:02}_{d:02}", f"{y}{m:02}{d:02}",
            f"{y}/{m}/{d}", f"{d:02}-{m:02}-{y}", f"{d:02}.{m:02}.{y}", f"{y}/{m:02}", f"{y}-{m:02}"]


def undated_address(address: str, day: date) -> str:
    """``address`` without the ``day`` (or its month) it names: "/2024/12/05/story" is "/story"."""
    for pattern in _day_patterns(day):
        for written, undated in ((f"/{pattern}/", "/"), (f"/{pattern}", ""), (f"-{pattern}", ""), (pattern, "")):
            address = address.replace(written, undated)
    return address


def day_first_address(address: str, day: date) -> str:
    """``address`` without the ``day`` it names and with it written day first as a path's part before the last
    ("https://x.de/politik/story" -> "https://x.de/politik/05-03-2024/story"; dotted on half the pages, by address)."""
    parts = urlsplit(undated_address(address, day))
    head, _, last = parts.path.rstrip("/").rpartition("/")
    mark = "-" if int(hashlib.sha1(address.encode()).hexdigest(), 16) % 2 else "."
    path = f"{head}/{day.day:02}{mark}{day.month:02}{mark}{day.year}/{last}"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))


def event_address(address: str, day: date) -> str:
    """``address`` without the ``day`` it names and with an event's year and a count in its path before the last part,
    numbers in no date's shape ("https://x.com/sport/story" -> "https://x.com/sport/world-cup-2026/top-10-2023-story"),
    as sites name a story's event: no day of the page."""
    parts = urlsplit(undated_address(address, day))
    head, _, last = parts.path.rstrip("/").rpartition("/")
    path = f"{head}/world-cup-{day.year + 2}/top-10-{day.year - 1}-{last}"
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))


def _name_address(tree, url: str, address: str) -> None:
    """The page's own address (``url``'s path) written as ``address``'s wherever the page names it (its canonical
    link, ``og:url``, a permalink)."""
    path, new = urlsplit(url).path, urlsplit(address).path
    if len(path) <= 1:  # a home page's "/" is in every link
        return
    for element in tree.iter():
        for name in ("href", "content"):
            value = element.get(name) if isinstance(element.tag, str) else None
            if value and path in value:
                element.set(name, value.replace(path, new))


def _rewrite_printed_day(tree, kind: str, gold: str, url: str, split: str = "tune") -> bool:
    """``languages``/``labelled``: every short text printing the gold's day rewritten as the variant's
    dateline (else the dateline right after the ``<h1>``), the addresses on the page without the day,
    ``<html lang>`` the dateline's language. False where the page has neither such a text nor an ``<h1>``."""
    from lxml import html as lxml_html

    from newsspider.extract.published import day_in_short_text

    day = date.fromisoformat(gold[:10])
    if kind in ("month_first", "open_order", "digits") and not (day.day <= 12 and day.day != day.month):
        return False  # a day only one way reads
    if kind == "open_order":
        from newsspider.extract.zones import page_country

        if page_country([url], []) is not None:
            return False  # the domain's country tells the order
    language, dateline = _dateline_for(kind, gold, url, split)
    if dateline is None:
        return False
    numbers = {str(day.year), f"{day.year % 100:02}"}
    rewritten = 0
    body = tree.find("body")
    for element in (body.iter() if body is not None else ()):
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        for attribute in ("text", "tail"):
            text = (getattr(element, attribute) or "").strip()
            if (text and len(text) <= MAX_PRINTED_CHARS and any(number in text for number in numbers)
                    and day_in_short_text(text) == day.isoformat()):
                setattr(element, attribute, f" {dateline} ")
                rewritten += 1
    if not rewritten:
        headings = tree.xpath("//body//h1")
        if not headings:
            return False
        headings[0].addnext(lxml_html.fromstring(f"<p class='meta'><span class='date'>{dateline}</span></p>"))
    path = urlsplit(url).path  # the page's own address wherever the page names it (canonical, og:url, a permalink)
    undated = undated_address(path, day)
    if undated != path:
        _name_address(tree, url, undated)
    tree.set("lang", language)
    if kind == "open_order":
        return _labelled_after_story(tree, gold, language)
    if kind == "month_first":
        head = tree.find("head")
        if head is None:
            return False
        declared = ('<meta property="og:locale" content="en_US">' if _language_of(url, [0, 1])
                    else '<meta http-equiv="content-language" content="en-US">')
        for meta in head.xpath("meta[@property='og:locale' or @http-equiv='content-language']"):
            meta.drop_tree()
        head.insert(0, lxml_html.fromstring(declared))
    return True


def _labelled_after_story(tree, gold: str, language: str) -> bool:
    """``open_order``: no locale naming a region, and the story's last paragraph followed by its publication's day
    with the month's name, labelled in ``language``. False where the page has no paragraph."""
    from lxml import html as lxml_html

    for meta in tree.xpath("//meta[@property='og:locale' or @http-equiv='content-language' "
                           "or @name='language' or @http-equiv='Content-Language']"):
        meta.drop_tree()
    paragraphs = tree.xpath("//body//p[not(ancestor::footer or ancestor::nav or ancestor::aside or ancestor::form)]")
    if not paragraphs:
        return False
    counts: dict = defaultdict(int)
    for paragraph in paragraphs:
        counts[paragraph.getparent()] += 1
    story = max(counts, key=counts.__getitem__)  # the block holding most paragraphs: the story's text
    moment, _ = _wall_clock(gold)
    label = LABELS[language][0].format(date=_printed(moment, language, False))
    [*story.iterchildren("p")][-1].addnext(lxml_html.fromstring(f"<p class='published'>{label}</p>"))
    return True


# ``zone_named``: the abbreviations of a zone of one meaning for an offset (hours), where the country's
# own clock names none; German and Russian pages' own names.
ZONE_NAMES = {0: "GMT", 1: "CET", 2: "CEST", 3: "MSK", 5.5: "IST", 7: "WIB", 8: "SGT", 9: "JST", -4: "EDT",
              -5: "EST", -7: "PDT", -8: "PST"}
LANGUAGE_ZONE_NAMES = {"de": {1: "MEZ", 2: "MESZ"}, "ru": {3: "МСК"}}
OFFSET_FORMS = ("GMT{sign}{hours}", "(GMT{sign}{hh}:{mm})", "UTC{sign}{hh}:{mm}", "GMT{sign}{hh}{mm}")


def _publisher_moment(gold: str, url: str) -> datetime | None:
    """The gold's instant on its publisher's wall clock: in the gold's offset, a gold in UTC on the clock
    of the country the page's domain names (None where it names none)."""
    from newsspider.extract.zones import country_offset, page_country

    moment = datetime.fromisoformat(gold)
    if moment.tzinfo is None:
        return None
    if not moment.utcoffset():
        offset = country_offset(moment, page_country([url], []))
        moment = moment.astimezone(offset) if offset is not None else moment
    return moment


def _zone_name(moment: datetime, kind: str, url: str, language: str) -> str | None:
    """How the dateline of variant ``kind`` names the zone of ``moment``'s offset."""
    offset = moment.utcoffset() or timedelta(0)
    hours = offset.total_seconds() / 3600
    key = int(hours) if hours == int(hours) else hours
    if kind == "zone_offset":
        sign, minutes = ("-" if offset < timedelta(0) else "+"), int(abs(offset).total_seconds()) // 60
        return _language_of(url, list(OFFSET_FORMS)).format(
            sign=sign, hours=f"{minutes // 60}" + (f":{minutes % 60:02}" if minutes % 60 else ""),
            hh=f"{minutes // 60:02}", mm=f"{minutes % 60:02}")
    own = LANGUAGE_ZONE_NAMES.get(language, {}).get(key)
    if own:
        return own
    from newsspider.extract.zones import MAIN_ZONES, page_country

    country = page_country([url], [language])
    name = None
    if country:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(MAIN_ZONES.get(country, "UTC")) if country in MAIN_ZONES else None
        local = moment.astimezone(zone) if zone is not None else None
        name = local.tzname() if local is not None and local.utcoffset() == offset else None
    return name if name and name.isalpha() else ZONE_NAMES.get(key)


def _zoned_dateline(tree, kind: str, gold: str, url: str) -> bool:
    """``zone_offset``/``zone_named``: the gold's instant on its publisher's clock, its zone named, right
    after the ``<h1>``; False where the gold is a day, the page has no ``<h1>`` or the zone no name."""
    from lxml import html as lxml_html

    headings = tree.xpath("//body//h1")
    if kind == "zone_shared":
        return "T" in gold and bool(headings) and _shared_zone_dateline(tree, headings[0], gold, url)
    moment = _publisher_moment(gold, url) if "T" in gold else None
    if moment is None or not headings:
        return False
    language = (tree.get("lang") or "en").split("-")[0].lower()
    zone = _zone_name(moment, "zone_named" if kind in ("zone_apart", "zone_city") else kind, url, language)
    if kind == "zone_city":
        zone = _zone_and_city(moment, zone, url)
    if zone is None:
        return False
    printed = f"{moment.day} {moment.strftime('%B')} {moment.year}, {moment:%H:%M}"
    shown = (f"<span class='date'>{printed}</span> | <span class='zone'>{zone}</span>" if kind == "zone_apart"
             else f"<span class='date'>{printed} {zone}</span>")
    headings[0].addnext(lxml_html.fromstring(f"<p class='meta'>{shown}</p>"))
    return True


# ``zone_city``: the zones whose abbreviation spells a word (newsspider.dates.ZONE_WORDS) by their offset (hours), and a
# city on their clock.
ZONE_WORD_CITIES = {1: ("WAT", "Lagos"), 2: ("CAT", "Harare"), 3: ("EAT", "Nairobi"), -3: ("ART", "Buenos Aires"),
                    9: ("WIT", "Jayapura"), 4.5: ("AFT", "Kabul")}


def _zone_and_city(moment: datetime, zone: str | None, url: str) -> str | None:
    """``zone_city``: a zone's name and a city on its clock at ``moment`` (:data:`ZONE_WORD_CITIES`, else ``zone`` and
    a city of the page's country, by its domain); None where neither is known."""
    from zoneinfo import ZoneInfo

    from newsspider.extract.zones import page_country, zone_table

    hours = (moment.utcoffset() or timedelta(0)).total_seconds() / 3600
    word = ZONE_WORD_CITIES.get(int(hours) if hours == int(hours) else hours)
    if word and _language_of(url[::-1], [0, 1]):
        return f"{word[0]} {word[1]}"
    country = page_country([url], [])
    city = next((name.rsplit("/", 1)[-1].replace("_", " ") for code, name in zone_table()
                 if code == country and moment.astimezone(ZoneInfo(name)).utcoffset() == moment.utcoffset()), None)
    if zone and city:
        return f"{zone} {city}"
    return f"{word[0]} {word[1]}" if word else None


# ``zone_shared``: a country's locale, the abbreviation of several meanings its zone goes by, and that zone.
SHARED_ZONES = (("en_US", "CST", "America/Chicago"), ("zh_CN", "CST", "Asia/Shanghai"), ("en_IN", "IST", "Asia/Kolkata"),
                ("en_IE", "IST", "Europe/Dublin"), ("he_IL", "IST", "Asia/Jerusalem"), ("en_CA", "AST", "America/Halifax"),
                ("ar_SA", "AST", "Asia/Riyadh"))


def _shared_zone_dateline(tree, heading, gold: str, url: str) -> bool:
    """``zone_shared``: the gold's instant on the clock of one of :data:`SHARED_ZONES`, named by its abbreviation,
    right after ``heading``, the page's ``og:locale`` that zone's country's; False where the domain names a country."""
    from zoneinfo import ZoneInfo

    from lxml import html as lxml_html

    from newsspider.extract.zones import page_country

    head = tree.find("head")
    moment = datetime.fromisoformat(gold)
    if head is None or moment.tzinfo is None or page_country([url], []) is not None:
        return False
    locale, name, region = _language_of(url, list(SHARED_ZONES))
    for element in tree.xpath("//meta[@property='og:locale']"):
        element.drop_tree()
    head.insert(0, lxml_html.fromstring(f'<meta property="og:locale" content="{locale}">'))
    local = moment.astimezone(ZoneInfo(region))
    printed = f"{local.day} {local.strftime('%B')} {local.year}, {local:%H:%M} {name}"
    heading.addnext(lxml_html.fromstring(f"<p class='meta'><span class='date'>{printed}</span></p>"))
    return True


def _video_object(tree, gold: str) -> bool:
    """``video``: a JSON-LD ``VideoObject`` naming the page's headline, uploaded at the gold's time,
    closing the body, in place of the page's JSON-LD; False where the page has no ``<h1>``."""
    from lxml import html as lxml_html

    headings = tree.xpath("//body//h1")
    body = tree.find("body")
    if not headings or body is None:
        return False
    for other in tree.xpath("//script[@type='application/ld+json']"):
        other.drop_tree()
    script = lxml_html.Element("script", type="application/ld+json")  # (fromstring wraps a lone <script> in <html>)
    script.text = json.dumps({"@context": "https://schema.org", "@type": "VideoObject",
                              "name": headings[0].text_content().strip(), "uploadDate": gold})
    body.append(script)
    return True


US_ZONES = {"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles"}
DAY_FIRST_LOCALES = ("AU", "HK", "MY", "NZ", "SG")  # ``dotnet_local``: countries whose English writes d/M/yyyy h:mm:ss tt
SITE_DAYS_AFTER = 9  # ``masthead``/``footer``: the site's date (the day the page is read, a notice's) after the gold's


def _machine_declaration(tree, kind: str, gold: str, url: str) -> bool:
    """``us_zone`` (a gold instant): ``article:published_time`` the gold's instant on the clock of a zone of the
    United States, named as US sites name it without its summer or winter ("2024-03-05 09:20:00 ET");
    ``dotnet``: the JSON-LD ``datePublished`` the gold's wall clock as .NET's invariant culture (and en-US)
    writes a DateTime, "M/d/yyyy h:mm:ss tt" ("3/5/2024 2:20:00 PM"; a day's midnight for a gold day),
    added to the page's JSON-LD article, else a NewsArticle of its own (a gold instant on its publisher's clock,
    one in UTC on its domain's country's: not run where no country's domain tells it). False where it does not apply."""
    from zoneinfo import ZoneInfo

    from lxml import html as lxml_html

    if kind == "us_zone":
        moment = datetime.fromisoformat(gold) if "T" in gold else None
        head = tree.find("head")
        if moment is None or moment.tzinfo is None or head is None:
            return False
        name = _language_of(url, sorted(US_ZONES))
        local = moment.astimezone(ZoneInfo(US_ZONES[name])).replace(tzinfo=None)
        head.insert(0, lxml_html.fromstring(f'<meta property="article:published_time" content="{local} {name}">'))
        return True
    wall, _ = _wall_clock(gold)
    if kind == "dotnet_local":
        from newsspider.extract.zones import page_country

        if page_country([url], []) is not None or not (wall.day <= 12 and wall.month <= 12 and wall.day != wall.month):
            return False
        for locale in tree.xpath("//meta[@property='og:locale']"):
            locale.drop_tree()
        head = tree.find("head")
        if head is None:
            return False
        region = _language_of(url, list(DAY_FIRST_LOCALES))
        head.insert(0, lxml_html.fromstring(f'<meta property="og:locale" content="en_{region}">'))
    elif "T" in gold:  # on the publisher's clock (a gold in UTC: its country's, by its domain)
        moment = _publisher_moment(gold, url)
        if moment is None or (not moment.utcoffset() and not _utc_country(url)):
            return False
        wall = moment.replace(tzinfo=None)
    hour = wall.hour % 12 or 12
    first, second = (wall.day, wall.month) if kind == "dotnet_local" else (wall.month, wall.day)
    written = f"{first}/{second}/{wall.year} {hour}:{wall:%M:%S} {'PM' if wall.hour >= 12 else 'AM'}"
    found = []
    edit_jsonld(tree, lambda node: (node.update({_PUBLISHED_KEY: written}), found.append(node))
                if str(node.get("@type", "")).endswith("Article") and not found else None)
    if not found:
        body = tree.find("body")
        if body is None:
            return False
        script = lxml_html.Element("script", type="application/ld+json")
        script.text = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", _PUBLISHED_KEY: written})
        body.append(script)
    return True


def _printed_wall_clock(gold: str, url: str) -> str:
    """``scripts``: the day, and the wall clock to the minute, its dateline prints ("2024-03-05T15:20"; a day alone
    for a gold day). Its time is right as the gold's instant (to the minute) or as that wall clock read: the zone of a
    page in a language its domain's country does not speak is no form's to tell (other variants score zones)."""
    if "T" not in gold:
        return gold[:10]
    local = _publisher_moment(gold, url) or datetime.fromisoformat(gold)  # a gold without an offset: its wall clock
    return local.replace(tzinfo=None).isoformat()[:16]


def _utc_country(url: str) -> bool:
    """Whether the page's domain names a country whose clock is UTC's in winter (a gold in UTC may be its wall clock)."""
    from newsspider.extract.zones import page_country

    return page_country([url], []) in ("GB", "IE", "PT", "IS", "SN", "GH", "CI", "MA")


def _site_dates(tree, kind: str, gold: str) -> bool:
    """``masthead``: the site's header, before everything, printing the day the page is read (days after the
    gold's: "Thursday, 14 March 2024"), as newspapers' sites print today's date by their logo; ``footer``: the
    site's footer, after everything, with its copyright year and a notice's date days after the gold's
    ("© 2024 ... Last updated: 14.03.2024"). False where the page has no body."""
    from lxml import html as lxml_html

    body = tree.find("body")
    if body is None:
        return False
    later = date.fromisoformat(gold[:10]) + timedelta(days=SITE_DAYS_AFTER)
    if kind == "masthead":
        body.insert(0, lxml_html.fromstring(f"<header class='site-header'><a href='/'>Home</a> "
                                            f"<span class='today'>{later:%A}, {later.day} {later:%B %Y}</span></header>"))
    else:
        body.append(lxml_html.fromstring(f"<footer class='site-footer'><p>© {later.year} The Publisher. All rights "
                                         f"reserved.</p><p>Last updated: {_dotted(later)}</p></footer>"))
    return True


def _to_the_minute(gold: str) -> str:
    """A gold time as a dateline showing hours and minutes tells it."""
    return datetime.fromisoformat(gold).replace(second=0, microsecond=0).isoformat() if "T" in gold else gold


def _dotted(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _job(args: tuple[str, str, bytes, str, str | None, str]) -> tuple[str, str, str | None]:
    ident, url, raw, kind, gold, split = args
    from newsspider.extract.article import extract_article

    html = variant(decode_as_crawl(raw, url), kind, gold, url, split)
    if html is None:
        return ident, kind, "n/a"
    if kind in REWRITTEN and gold:
        url = undated_address(url, date.fromisoformat(gold[:10]))
    elif kind == "address_day_first" and gold:
        url = day_first_address(url, date.fromisoformat(gold[:10]))
    elif kind == "event_address" and gold:
        url = event_address(url, date.fromisoformat(gold[:10]))
    result = extract_article(html, url)
    return ident, kind, result.article.published if result.article else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune")
    parser.add_argument("--show", choices=VARIANTS, help="list the wrong pages of this variant")
    parser.add_argument("--only", choices=VARIANTS, nargs="+", help="run only these variants")
    parser.add_argument("--json", type=Path, help="also write every page's result here")
    args = parser.parse_args(argv)
    jobs, golds = [], {}
    for name in ("htmldate", "fundus"):
        for page in load_set(name, DATA):
            gold = str(page.gold.get("published") or "")
            if (args.split != "all" and page.split != args.split) or not re.match(r"\d{4}-\d\d-\d\d", gold):
                continue
            golds[page.ident] = (name, gold, page.url, page.split)
            kinds = [kind for kind in (VARIANTS if name == "fundus" else DAY_VARIANTS) if not args.only or kind in args.only]
            jobs += [(page.ident, page.url, page.html, kind, gold, page.split) for kind in kinds]
    with ProcessPoolExecutor(2) as pool:
        results = list(pool.map(_job, jobs, chunksize=4))
    scores: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # pages, day right, instant right
    crossing = {ident for ident, (name, gold, _, _) in golds.items() if name == "fundus" and "T" in gold
                and datetime.fromisoformat(gold).astimezone(timezone.utc).date().isoformat() != gold[:10]}
    forms: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # ``scripts``: pages, day right, instants, right
    timed_rows: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # ``scripts``: instants scored, right
    wrong = []
    for ident, kind, got in results:
        name, gold, url, split = golds[ident]
        if got == "n/a":
            continue
        row = scores[(name, kind)]
        printed = _printed_wall_clock(gold, url) if kind == "scripts" else None
        day = (got or "")[:10] == (printed or gold)[:10]
        row[0] += 1
        row[1] += day
        shown = _to_the_minute(gold) if kind in (*ZONED, "scripts") else gold  # the dateline shows the minute
        instant = name == "fundus" and bool(got) and (same_instant(got, shown) or (
            printed is not None and (got or "")[:16] == printed[:16]))
        row[2] += instant
        timed = name == "fundus" and "T" in gold
        if kind == "scripts":
            form = forms[_language_of(url, SCRIPT_SPLITS[split])]
            form[0] += 1
            form[1] += day
            form[2] += timed
            form[3] += timed and instant
            timed_rows[name][0] += timed
            timed_rows[name][1] += timed and instant
        if not day or (timed and not instant):
            wrong.append((kind, ident, got, gold, url, split))
    near = [(kind, got) for ident, kind, got in results if ident in crossing and kind == "utc_only"]
    print(f"fundus pages whose UTC day is not their gold's local day: {len(crossing)}; utc_only day right on "
          f"{sum((got or '')[:10] == golds[ident][1][:10] for ident, kind, got in results if ident in crossing and kind == 'utc_only')}"
          f" of {len(near)}")
    for (name, kind), (pages, day, instant) in sorted(scores.items()):
        extra = f"   same instant {instant / pages:.3f} ({instant})" if name == "fundus" else ""
        print(f"{name:9} {kind:11} {pages:4} pages   day right {day / pages:.3f} ({day}){extra}")
    for name, (pages, right) in timed_rows.items():
        if pages:
            print(f"{name:9} scripts     printed wall clock read (to the minute) {right / pages:.3f} ({right} of {pages})")
    if forms:
        print("scripts by form (pages, day right, fundus instants right):",
              ", ".join(f"{form} {pages}/{day}/{instant}:{right}" for form, (pages, day, instant, right) in sorted(forms.items())))
    if args.show:
        for kind, ident, got, gold, url, split in wrong:
            if kind == args.show:
                shown = f"  [{_dateline_for(kind, gold, url, split)[1]}]" if kind in REWRITTEN else ""
                print(f"  {ident} got {got} gold {gold} {url}{shown}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
