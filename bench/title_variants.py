"""Is the headline still the gold when a page declares its titles the ways other sites do?

The tuning pages of fundus-dev (bench.realpages) and newspaper4k's tests/data
(bench.newspaper_pages) that have a gold title, as served and rewritten, read by ``read_metadata``
in-process (without the crawl's learned suffixes: a stress aid, not a figure). ``G`` is the gold
headline, ``S`` the site's name (its ``og:site_name``, else JSON-LD publisher, else its host's
registered name), "the declared titles" the title meta tags (``og:title``, ``twitter:title``...)
and ``<title>``:

``served``          the page as fetched;
``no_meta``         no title meta tags;
``no_ld``           no JSON-LD headline (``headline``, an article's ``name``);
``title_only``      neither: ``<title>`` = G | S and the page's ``<h1>``;
``suffix<sep>``     the declared titles G<sep>S, no JSON-LD headline (" | ", " - ", " — ", " :: ",
                    " « ", " » ", "｜", "丨", "：", " : ", "_", " / ", " ― ", " ¦ ", " ‒ ", "／", " › ", " · ", " • ");
``prefix<sep>``     the declared titles S<sep>G, no JSON-LD headline (the separators but :data:`SUFFIX_ONLY`;
                    before a colon the site's name is cut only where an ``<h1>`` shows the rest: a site may
                    be named after a topic, "Bitcoin: ...");
``section``         the declared titles G | Section | S (Section: the address's first directory), no
                    JSON-LD headline;
``suffix_no_h1``    the declared titles G | S, no JSON-LD headline, the ``<h1>`` a ``<div>``;
``host_suffix``     no ``og:site_name``; the declared titles G - Host (the host's registered name,
                    capitalised), no JSON-LD headline;
``ld_cut``          (G longer than 110 characters) the JSON-LD headline G cut at 110;
``og_cut``          (G of six words or more) ``og:title``/``twitter:title`` G cut after 60% of its
                    words and "…", no JSON-LD headline;
``caps``            the JSON-LD headline and title meta tags G in capitals;
``kicker``          the ``<h1>`` holding a section label in a ``<span>`` before G;
``kicker_title``    ``kicker`` and ``title_only``;
``logo_h1``         a logo's ``<h1>`` (S, linked to "/") before the page's, and ``title_only``;
``rtl_name``        the site named in Arabic (``og:site_name``), the declared titles G - name;
``cjk_name``        the site named in Chinese (``og:site_name``), the declared titles G丨name;
``bidi_marks``      the declared titles G, a right-to-left mark (U+200F), then " | S".

Other languages' and scripts' ways (no JSON-LD headline unless said):

``quote<style>``    the headline quotes: Q = its first word, then the rest in quotation marks of a
                    language (``quote_fr`` "W : « R »", ``quote_ru`` "W: «R»", ``quote_de`` "W: „R“",
                    ``quote_de2`` "W: »R«", ``quote_ja`` "W「R」") as the ``<h1>`` and the JSON-LD
                    headline show it, the declared titles Q | S; the headline right is Q;
``emoji``           ``og:title``/``twitter:title`` "🔴 G" (a social title's emoji), the rest as served;
``domain_suffix``   the declared titles G - host (the page's host without "www.": "example.com.ua");
``latin_brand``     the site named in Cyrillic (``og:site_name``), the declared titles G | Host (its
                    Latin brand: the host's registered name, capitalised);
``site_title``      ``<title>`` S alone, the title meta tags G;
``site_title_h1``   ``<title>`` S alone, no title meta tags: the ``<h1>`` shows G;
``bracket_ko``      the declared titles "[속보] G | S"; ``bracket_zh`` "【独家】G | S";
``rubric<sep>``     the declared titles Rubric<sep>G (Rubric: the section the page declares,
                    ``article:section`` or JSON-LD ``articleSection``, else the address's first
                    directory; ``rubric | ``, ``rubric丨``, ``rubric: ``).
``wire<slug>``      the declared titles and the JSON-LD headline "<slug>G | S" (a wire service's slug:
                    ``wire_update`` "UPDATE 2-", ``wire_exclusive`` "EXCLUSIVE-", ``wire_rpt`` "RPT-UPDATE 1-"),
                    on the pages whose ``<h1>`` shows G;
``style_h1``        a ``<style>`` and a ``<script>`` inside the headline's ``<h1>``, and ``title_only``;
``subdomain_name``  the page on a subdomain of its host ("news."), no ``og:site_name`` or JSON-LD
                    publisher, the declared titles G | N (N: the host's registered name spelt in two
                    capitalised words, "Spie Gel"), no JSON-LD headline;
``logo_alt<script>`` the site named only by its logo (no ``og:site_name``, no JSON-LD publisher: an
                    ``<img alt="N">`` in a link to the home page, N a name no host spells, Latin or
                    Arabic), the declared titles G | N (Arabic: G - N), no JSON-LD headline, the
                    ``<h1>`` elements ``<div>``s (no heading shows where the headline ends);
``romanized<script>`` the site named in Cyrillic or Greek letters that its host spells in Latin ones (the page
                    served from that host, no ``og:site_name`` or JSON-LD publisher), the declared titles
                    G | name, no JSON-LD headline, the ``<h1>`` elements ``<div>``s;
``logo_script``     ``title_only``, the page's ``<h1>`` elements ``<div>``, and a logo's ``<h1>`` in
                    another script than G's (Greek "Η ΚΑΘΗΜΕΡΙΝΗ" for a headline with Latin letters, else
                    Latin "Daily Network").
``trail<sep>``      the declared titles G<sep>Desk<sep>S (Desk: a section's name the page gives nowhere else,
                    :data:`DESK`), no JSON-LD headline (" | ", " – ", " » ", " · ", "_", "｜", ": ", " / ");
``lead_trail``      the declared titles S | Desk | G, no JSON-LD headline;
``article_name``    (S of one word, five letters or more) ``og:site_name`` "The S", the declared titles G | S,
                    no JSON-LD headline;
``initials``        (S of two words or more) the declared titles G | its initials ("DW"), no JSON-LD headline;
``name_<script>``   the site named in another script (``og:site_name``: Greek, Devanagari, Thai, Hebrew),
                    the declared titles G | name, no JSON-LD headline;
``site_title_logo`` ``site_title_h1``, and a banner's logo ``<h1>`` before the story (the site's name in
                    another script than G's, linked to "/", in the page's ``<header>``);
``site_title_alert`` ``site_title_h1``, and an alert strip before the story: a list whose item is an
                    ``<h1>`` linking to another page (:data:`ALERT`).

Shapes of session 52 (no JSON-LD headline):

``hidden_h1<kind>`` ``title_only``, the page's ``<h1>`` elements ``<div>``, and a visually hidden ``<h1>``
                    before the story (:data:`HIDDEN_H1`: a screen reader's label of the page, "sr-only",
                    "visually-hidden", Naver's "blind" class; or a logo's ``<h1>`` holding only its picture);
``sr_span_h1``      ``title_only``, and a screen reader's label in a visually hidden ``<span>`` opening the
                    headline's ``<h1>`` (:data:`SR_SPAN`);
``lenticular_site`` the declared titles "【S】G" (Chinese sites name themselves in lenticular brackets);
                    ``site_lenticular`` "G【S】";
``suffix_dot``      the declared titles "G・S" (the Japanese middle dot, unspaced);
``bidi_first``      an RTL page's way: the site's name first, "S | G", in Arabic (``og:site_name``);
``rubric_title``    ``<title>`` "Rubric: G | S", the title meta tags G, the ``<h1>`` elements ``<div>``s: the meta tags
                    give the headline without the section's label;
``brand_no_h1<script>`` ``latin_brand`` and ``name_<script>`` with the ``<h1>`` elements ``<div>``s: a name in
                    another script than the headline's and no heading to show where the headline ends.

Shapes of session 56 (no JSON-LD headline):

``inflected<lang>`` the page on a host spelling a Cyrillic or Greek site name in Latin letters (no ``og:site_name``
                    or JSON-LD publisher), the headline's ``<h1>`` and the declared titles "I - G", "I - G | name"
                    (I: the name inflected, a word of the headline: "Καθημερινά", "Ведомостей", "Блица"); right: "I - G";
``romanized_h<lang>`` ``romanized<script>`` with names whose "х", "χ" or Ukrainian "г" the host spells "h" ("Хабр" on
                    habr.com, "Громадське" on hromadske.ua, "Χανιώτικα Νέα" on haniotika-nea.gr);
``home_word<lang>`` a link home labelled with what it leads to (``aria-label`` "Aktuell", "Новости", "新闻", "أخبار"),
                    the headline's ``<h1>`` and the declared titles "W - G" (the word as the headline's kicker); right: "W - G";
``special<lang>``   a link to a special's subdomain home (``https://wahl.<host>/``) whose logo names the special
                    ("Wahl 2025", "Выборы 2024"), the headline's ``<h1>`` and the declared titles "K - G"; right: "K - G";
``stopped_label``   the declared titles "G | S. Region" (the site's name, a full stop, its section; S's last word of
                    five letters or more), the ``<h1>`` elements ``<div>``s; ``stopped_label_ru`` "G | Ведомости. Главное"
                    on vedomosti.ru (no ``og:site_name`` or JSON-LD publisher);
``compound``        the headline's ``<h1>`` and the declared titles "G: Corona-Host" (a compound ending in the host's
                    registered name, capitalised: "Corona-Zeit" on zeit.de); right: "G: Corona-Host"; ``compound_ru``
                    ``og:site_name`` "Ведомости", the ``<h1>`` and the declared titles "G: Нефть-Ведомости".

Shapes of session 57 (no JSON-LD headline):

``joined<script>``  the headline's ``<h1>`` shows G, the declared titles "G-N" (an unspaced hyphen; ``joined_slash``
                    "G/N"), N the host's registered name capitalised ("...-Onet" on onet.pl); ``joined_ru``
                    ``og:site_name`` "Ведомости", ``joined_el`` "Καθημερινή"; right: G;
``home_icon<lang>`` a link home showing a symbol ("⌂") labelled with what it leads to in a language no phrase list
                    covers ("Tin tức", "Habari", "Uutiset", "Hírek"), the headline's ``<h1>`` and the declared titles
                    "W - G"; ``home_svg<lang>`` the link shows an untitled SVG icon; right: "W - G";
``home_title<lang>`` a logo picture naming the site ("Abendkurier") in a link home whose ``title`` says where it
                    leads ("Trang chủ", "Nyumbani", "Etusivu", "Címlap"), the declared titles "W - G", the ``<h1>``
                    elements ``<div>``s; right: "W - G".

    python -m bench.title_variants                # tune split: each variant's right/applicable
    python -m bench.title_variants --show suffix_no_h1   # that variant's wrong pages
    python -m bench.title_variants --only initials name_thai   # these variants alone

The test split is not offered: its pages are not looked at.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import newspaper_pages  # noqa: E402
from bench.realpages import DATA, decode_as_crawl, edit_jsonld, load_set, reader_text  # noqa: E402

SEPARATORS = (" | ", " - ", " — ", " :: ", " « ", " » ", "｜", "丨", "：", " : ", "_", " / ", " ― ", " ¦ ", " ‒ ", "／", " › ", " · ", " • ")
_TITLE_META = ("og:title", "twitter:title", "dc.title", "headline", "sailthru.title", "title")
# Marks titles set a site's name off with after the headline, never before it (prefix<sep> leaves them out).
SUFFIX_ONLY = ("_", " / ")
LD_LIMIT = 110  # where publishers cut a JSON-LD headline
OG_CUT_SHARE = 0.6  # og_cut keeps this share of the words
OG_CUT_MIN_WORDS = 6
RTL_NAME = "الجريدة اليومية"
CJK_NAME = "每日新闻网"
RLM = "\u200f"
_ARTICLE_TYPES = ("Article", "Posting", "Report", "Blog")
CYRILLIC_NAME = "Ежедневные новости"
EMOJI = "🔴"
# The quotation styles of quote<style>: the headline's first word, then its rest quoted.
QUOTES = {"quote_fr": "{w} : « {r} »", "quote_ru": "{w}: «{r}»", "quote_de": "{w}: „{r}“",
          "quote_de2": "{w}: »{r}«", "quote_ja": "{w}「{r}」"}
BRACKETS = {"bracket_ko": "[속보] ", "bracket_zh": "【独家】"}
RUBRIC_SEPARATORS = (" | ", "丨", ": ")
WIRE_SLUGS = {"wire_update": "UPDATE 2-", "wire_exclusive": "EXCLUSIVE-", "wire_rpt": "RPT-UPDATE 1-"}
HIDDEN_IN_H1 = "<style>.headline{font-size:2rem}</style><script>dataLayer.push({'page':'article'})</script>"
LOGOS = ("Η ΚΑΘΗΜΕΡΙΝΗ", "Daily Network")
SUBDOMAIN = "news."
# trail<sep>: a section's name no other part of the page gives; its separators.
DESK = "Region"
TRAIL_SEPARATORS = (" | ", " – ", " » ", " · ", "_", "｜", ": ", " / ")
# bidi_first, brand_no_h1_arabic: a site named in Arabic before a headline in any script.
RTL_NAME_2 = "أخبار اليوم"
# name_<script>: the site's name in other scripts.
SCRIPT_NAMES = {"name_greek": "Η Καθημερινή Ενημέρωση", "name_deva": "दैनिक समाचार", "name_thai": "ข่าวรายวัน",
                "name_hebrew": "חדשות היום"}
# site_title_alert: an alert strip's heading, a link to another page.
# hidden_h1<kind>: an <h1> a reader does not see, before the story.
HIDDEN_H1 = {"hidden_h1_sr": '<h1 class="sr-only">Nachrichten</h1>',
             "hidden_h1_vh": '<h1 class="visually-hidden">Artikel</h1>',
             "hidden_h1_blind": '<h1 class="blind">뉴스 본문</h1>',
             "hidden_h1_logo": '<h1 class="logo"><img src="/logo.svg" alt="Logo"></h1>'}
SR_SPAN = '<span class="visually-hidden">Artikel: </span>'
LENTICULAR = {"lenticular_site": "【{s}】{g}", "site_lenticular": "{g}【{s}】", "suffix_dot": "{g}・{s}",
              "bidi_first": "{s} | {g}"}
NO_H1_NAMES = {"brand_no_h1_latin": None, "brand_no_h1_greek": SCRIPT_NAMES["name_greek"], "brand_no_h1_arabic": RTL_NAME_2}
# logo_alt<script>: the site's name as only its logo's alternative text gives it.
LOGO_ALT_NAMES = {"logo_alt": ("Abendkurier am Fluss", " | "), "logo_alt_rtl": (RTL_NAME_2, " - ")}
# romanized<script>: a site's name and the host that spells it in Latin letters.
ROMANIZED = {"romanized_ru": ("Вечерние Вести", "vecherniye-vesti.ru"), "romanized_el": ("Ελεύθερη Ώρα", "eleftheriora.gr"),
             "romanized_sr": ("Дневни Глас", "dnevniglas.rs"), "romanized_h_ru": ("Хабр", "habr.com"),
             "romanized_h_uk": ("Громадське", "hromadske.ua"), "romanized_h_el": ("Χανιώτικα Νέα", "haniotika-nea.gr")}
# inflected<lang>: a site's name, the same name inflected (a word of a headline), the host spelling the name.
INFLECTED = {"inflected_ru": ("Ведомости", "Ведомостей", "vedomosti.ru"),
             "inflected_el": ("Καθημερινή", "Καθημερινά", "kathimerini.gr"), "inflected_sr": ("Блиц", "Блица", "blic.rs")}
# home_word<lang>: what a link home is labelled with, set before the headline as its kicker.
HOME_WORDS = {"home_word_de": "Aktuell", "home_word_ru": "Новости", "home_word_zh": "新闻", "home_word_ar": "أخبار"}
# special<lang>: a special's name, its logo linking to its subdomain's home, set as the headline's kicker.
SPECIALS = {"special_de": "Wahl 2025", "special_ru": "Выборы 2024"}
STOPPED = {"stopped_label": None, "stopped_label_ru": ("Ведомости. Главное", "vedomosti.ru")}
MIN_STOPPED_WORD = 5
# compound<lang>: a compound's first word, and its last, the site's name (None: the host's registered name).
COMPOUNDS = {"compound": ("Corona", None), "compound_ru": ("Нефть", "Ведомости")}
# Session 57. joined<script>: the site's name (None: the host's registered name, capitalised) joined to the
# headline by an unspaced mark, as a compound's last word is.
JOINED = {"joined": ("-", None), "joined_slash": ("/", None), "joined_ru": ("-", "Ведомости"),
          "joined_el": ("-", "Καθημερινή")}
# home_icon<lang>: a link home showing a symbol, labelled with what it leads to in a language without a phrase
# list, set before the headline as its kicker; home_svg<lang>: the link shows an untitled SVG icon.
HOME_ICONS = {"home_icon_vi": "Tin tức", "home_icon_sw": "Habari", "home_icon_fi": "Uutiset", "home_icon_hu": "Hírek"}
HOME_SVGS = {"home_svg_vi": "Tin tức", "home_svg_sw": "Habari", "home_svg_fi": "Uutiset", "home_svg_hu": "Hírek"}
# home_title<lang>: a logo picture naming the site, in a link home whose title says where it leads (a language
# without a phrase list), that word set before the headline as its kicker, and no <h1> (no heading to show it).
HOME_TITLES = {"home_title_vi": "Trang chủ", "home_title_sw": "Nyumbani", "home_title_fi": "Etusivu",
               "home_title_hu": "Címlap"}
HOME_LINKS = {**{kind: f'<a class="logo" href="/" title="{word}"><img src="/logo.png" alt="Abendkurier"></a>'
                 for kind, word in HOME_TITLES.items()},
              **{kind: f'<a class="home" href="/" aria-label="{word}">&#8962;</a>' for kind, word in {**HOME_WORDS, **HOME_ICONS}.items()},
              **{kind: f'<a class="home" href="/" aria-label="{word}"><svg viewBox="0 0 24 24"><path d="M3 12l9-9 9 9"/></svg></a>'
                 for kind, word in HOME_SVGS.items()}}
ALERT = '<div class="alert"><ul class="alert-list"><li><h1><a href="/warnings/storm">Storm warning</a></h1></li></ul></div>'


def expected(kind: str, gold: str, url: str = "") -> str | None:
    """The headline right in variant ``kind`` (the gold but where the variant rewrites the headline, ``url``:
    the page's address as served); None where the variant does not apply."""
    if kind in QUOTES:
        words = gold.split(maxsplit=1)
        shape = QUOTES[kind]
        return shape.format(w=words[0], r=words[1]) if len(words) == 2 else None
    if kind in KICKED:
        return f"{KICKED[kind]} - {gold}"
    if kind in COMPOUNDS:
        return f"{gold}: {COMPOUNDS[kind][0]}-{COMPOUNDS[kind][1] or _host_name(url)}"
    return gold


def page_url(kind: str, url: str) -> str:
    """The page's address in variant ``kind``: ``subdomain_name`` serves it from a subdomain,
    ``romanized<script>``, ``inflected<lang>`` and ``stopped_label_ru`` from the host spelling the site's name."""
    hosts = {**{name: spec[1] for name, spec in ROMANIZED.items()}, **{name: spec[2] for name, spec in INFLECTED.items()},
             "stopped_label_ru": STOPPED["stopped_label_ru"][1]}
    if kind != "subdomain_name" and kind not in hosts:
        return url
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    host = hosts.get(kind) or SUBDOMAIN + host
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def _spelt_in_words(name: str) -> str:
    """A one-word name spelt as two capitalised words ("Spiegel": "Spie Gel")."""
    if "-" in name:  # "Stuttgarter-zeitung": its words
        return " ".join(word.capitalize() for word in name.split("-"))
    half = max(1, len(name) // 2)
    return f"{name[:half].capitalize()} {name[half:].capitalize()}"


def _rubric(tree, url: str) -> str:
    """The section the page declares (``article:section``, else JSON-LD ``articleSection``), else
    the address's first directory (:func:`_section`)."""
    declared = [value.strip() for value in tree.xpath("//meta[@property='article:section']/@content") if value.strip()]
    found: list[str] = []
    edit_jsonld(tree, lambda node: found.append(node["articleSection"]) if isinstance(node.get("articleSection"), str)
                and node["articleSection"].strip() else None)
    return (declared or [name.strip() for name in found] or [_section(url)])[0]


def _names(meta: str) -> str:
    return (meta or "").lower()


def _is_article(node: dict) -> bool:
    kinds = node.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and kind.endswith(_ARTICLE_TYPES) for kind in kinds)


def _drop_ld_headline(node: dict) -> None:
    for key in ("headline", "alternativeHeadline"):
        node.pop(key, None)
    if _is_article(node):
        node.pop("name", None)


def _set_ld_headline(text: Callable[[str], str]) -> Callable[[dict], None]:
    def visit(node: dict) -> None:
        if isinstance(node.get("headline"), str):
            node["headline"] = text(node["headline"])
    return visit


def _title_metas(tree) -> list:
    return [meta for meta in tree.xpath("//meta[@content]")
            if _names(meta.get("property") or meta.get("name") or meta.get("itemprop")) in _TITLE_META]


def _set_declared(tree, text: str, metas: bool = True, title: bool = True) -> None:
    """The title meta tags (adding ``og:title`` where there is none) and ``<title>`` read ``text``."""
    from lxml import html as lxml_html

    head = tree.find("head")
    if head is None:
        head = lxml_html.Element("head")
        tree.insert(0, head)
    if metas:
        found = _title_metas(tree)
        for meta in found:
            meta.set("content", text)
        if not found:
            meta = lxml_html.Element("meta", property="og:title", content=text)
            head.insert(0, meta)
    if title:
        titles = tree.xpath("//head//title") or tree.xpath("//title")
        if titles:
            for child in list(titles[0]):
                titles[0].remove(child)
            titles[0].text = text
        else:
            element = lxml_html.Element("title")
            element.text = text
            head.insert(0, element)


def _site_name(tree, url: str) -> str:
    declared = tree.xpath("//meta[@property='og:site_name']/@content")
    if declared and declared[0].strip():
        return declared[0].strip()
    found: list[str] = []
    edit_jsonld(tree, lambda node: found.append(node["publisher"]["name"]) if isinstance(node.get("publisher"), dict)
                and isinstance(node["publisher"].get("name"), str) else None)
    return found[0].strip() if found and found[0].strip() else _host_name(url)


def _host_name(url: str) -> str:
    from newsspider.urls import registered_domain

    registered = registered_domain(url) or urlsplit(url).hostname or "site"
    return registered.split(".", 1)[0].capitalize()


def _section(url: str) -> str:
    """The address's first directory (not the page's own last part), capitalised, else "News"."""
    parts = [part for part in urlsplit(url).path.split("/") if part]
    first = parts[0] if len(parts) > 1 else ""
    return first.replace("-", " ").capitalize() if first and not any(map(str.isdigit, first)) else "News"


def _without_og_site_name(tree) -> None:
    """No ``og:site_name``."""
    for meta in tree.xpath("//meta[@property='og:site_name']"):
        meta.drop_tree()


def _declare_site_name(tree, name: str) -> None:
    """``og:site_name`` is ``name`` (the page's own dropped), the head's first element."""
    from lxml import html as lxml_html

    _without_og_site_name(tree)
    head = tree.find("head")
    if head is not None:
        head.insert(0, lxml_html.Element("meta", property="og:site_name", content=name))


def _without_site_names(tree) -> None:
    """No ``og:site_name`` and no JSON-LD publisher: the page names its site by its host alone."""
    _without_og_site_name(tree)
    edit_jsonld(tree, lambda node: node.pop("publisher", None))


def _h1s_as_divs(tree) -> None:
    """The page's ``<h1>`` elements made ``<div>``: a headline no heading marks."""
    for h1 in _h1s(tree):
        h1.tag = "div"


def _h1s(tree) -> list:
    return tree.xpath("//h1")


def _headline_h1(tree, gold: str):
    """The ``<h1>`` showing the gold (else the first)."""
    h1s = _h1s(tree)
    return next((h1 for h1 in h1s if reader_text(h1.text_content()) == gold), h1s[0] if h1s else None)


def variant(html: str, url: str, gold: str, kind: str):
    """The parsed page in variant ``kind``; None where it does not apply."""
    from lxml import html as lxml_html

    from newsspider.extract.parse import parse_html

    tree = parse_html(html)
    if tree is None:
        return None
    site = _site_name(tree, url)
    if kind == "served":
        return tree
    if kind in ("no_meta", "title_only", "kicker_title", "logo_h1", "site_title_h1", "style_h1", "logo_script",
                "site_title_logo", "site_title_alert", *HIDDEN_H1, "sr_span_h1"):
        for meta in _title_metas(tree):
            meta.drop_tree()
    if kind in ("no_ld", "title_only", "kicker_title", "logo_h1", "section", "suffix_no_h1", "host_suffix",
                "og_cut", "rtl_name", "cjk_name", "bidi_marks", "domain_suffix", "latin_brand", "site_title",
                "site_title_h1", *BRACKETS, "style_h1", "logo_script", "subdomain_name", "initials", *SCRIPT_NAMES,
                "site_title_logo", "site_title_alert", "lead_trail", "article_name", *HIDDEN_H1, *LENTICULAR, "rubric_title", "sr_span_h1",
                *NO_H1_NAMES, *LOGO_ALT_NAMES, *ROMANIZED, *KICKED, *STOPPED, *COMPOUNDS, *JOINED) or kind.startswith(
                    ("suffix", "prefix", "rubric", "trail")):
        edit_jsonld(tree, _drop_ld_headline)
    if kind in QUOTES:
        quoted = expected(kind, gold)
        h1 = _headline_h1(tree, gold)
        if quoted is None or h1 is None:
            return None
        for child in list(h1):
            h1.remove(child)
        h1.text = quoted
        edit_jsonld(tree, _set_ld_headline(lambda _: quoted))
        _set_declared(tree, f"{quoted} | {site}")
    elif kind in WIRE_SLUGS:
        if not any(reader_text(h1.text_content()) == gold for h1 in _h1s(tree)):
            return None  # the variant's shape: an <h1> shows the headline
        edit_jsonld(tree, _set_ld_headline(lambda _: WIRE_SLUGS[kind] + gold))
        _set_declared(tree, f"{WIRE_SLUGS[kind]}{gold} | {site}")
    elif kind in JOINED:
        if not any(reader_text(h1.text_content()) == gold for h1 in _h1s(tree)):
            return None  # the variant's shape: an <h1> shows the headline
        mark, name = JOINED[kind]
        if name:
            _without_site_names(tree)
            _declare_site_name(tree, name)
        _set_declared(tree, f"{gold}{mark}{name or _host_name(url)}")
    elif kind in (*KICKED, *COMPOUNDS):
        shown = expected(kind, gold, url)
        h1 = _headline_h1(tree, gold)
        if h1 is None or reader_text(h1.text_content()) != gold:
            return None  # the variant's shape: an <h1> shows the headline, and the kicker with it
        for child in list(h1):
            h1.remove(child)
        h1.text = shown
        body = tree.find("body")
        if body is None:
            return None
        if kind in INFLECTED:
            _without_site_names(tree)
            _set_declared(tree, f"{shown} | {INFLECTED[kind][0]}")
        elif kind in COMPOUNDS:
            if COMPOUNDS[kind][1]:
                _declare_site_name(tree, COMPOUNDS[kind][1])
            _set_declared(tree, f"{shown}")
        else:
            _set_declared(tree, f"{shown}")
            host = (urlsplit(url).hostname or "").removeprefix("www.")
            logo = (HOME_LINKS[kind] if kind in HOME_LINKS else
                    f'<a class="special" href="https://wahl.{host}/"><img src="/special.svg" alt="{SPECIALS[kind]}"></a>')
            body.insert(0, lxml_html.fromstring(f"<header>{logo}</header>"))
            if kind in HOME_TITLES:
                _h1s_as_divs(tree)
    elif kind in STOPPED:
        if STOPPED[kind] is None:
            words = _NAME_WORD.findall(site)
            if not words or len(words[-1]) < MIN_STOPPED_WORD:
                return None  # a shorter word before a dot may be an abbreviation's
            _set_declared(tree, f"{gold} | {site}. {DESK}")
        else:
            _without_site_names(tree)
            _set_declared(tree, f"{gold} | {STOPPED[kind][0]}")
        _h1s_as_divs(tree)
    elif kind == "subdomain_name":
        _without_site_names(tree)
        _set_declared(tree, f"{gold} | {_spelt_in_words(_host_name(url))}")
    elif kind == "emoji":
        for meta in _title_metas(tree):
            if _names(meta.get("property") or meta.get("name")) in ("og:title", "twitter:title"):
                meta.set("content", f"{EMOJI} {gold}")
    elif kind == "domain_suffix":
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        _set_declared(tree, f"{gold} - {host}")
    elif kind == "latin_brand":
        _declare_site_name(tree, CYRILLIC_NAME)
        _set_declared(tree, f"{gold} | {_host_name(url)}")
    elif kind == "site_title":
        _set_declared(tree, gold, title=False)
        _set_declared(tree, site, metas=False)
    elif kind in ("site_title_h1", "site_title_logo", "site_title_alert"):
        _set_declared(tree, site, metas=False)
    elif kind.startswith("trail"):
        _set_declared(tree, f"{gold}{kind.removeprefix('trail')}{DESK}{kind.removeprefix('trail')}{site}")
    elif kind == "lead_trail":
        _set_declared(tree, f"{site} | {DESK} | {gold}")
    elif kind == "article_name":
        if len(site.split()) != 1 or len(site) < 5:
            return None
        _declare_site_name(tree, f"The {site}")
        edit_jsonld(tree, lambda node: node.pop("publisher", None))
        _set_declared(tree, f"{gold} | {site}")
    elif kind == "initials":
        initials = "".join(word[0] for word in site.split() if word[:1].isalpha()).upper()
        if len(site.split()) < 2 or len(initials) < 2:
            return None
        _set_declared(tree, f"{gold} | {initials}")
    elif kind in SCRIPT_NAMES:
        _declare_site_name(tree, SCRIPT_NAMES[kind])
        _set_declared(tree, f"{gold} | {SCRIPT_NAMES[kind]}")
    elif kind in HIDDEN_H1:
        _set_declared(tree, f"{gold} | {site}", metas=False)
        body = tree.find("body")
        if body is None:
            return None
        _h1s_as_divs(tree)
        body.insert(0, lxml_html.fromstring(HIDDEN_H1[kind]))
    elif kind in LENTICULAR:
        if kind == "bidi_first":
            site = RTL_NAME_2
            _declare_site_name(tree, site)
        _set_declared(tree, LENTICULAR[kind].format(s=site, g=gold))
    elif kind in NO_H1_NAMES:
        name = NO_H1_NAMES[kind] or _host_name(url)
        _declare_site_name(tree, CYRILLIC_NAME if NO_H1_NAMES[kind] is None else name)
        _set_declared(tree, f"{gold} | {name}")
        _h1s_as_divs(tree)
    elif kind in ROMANIZED:
        _without_site_names(tree)
        _set_declared(tree, f"{gold} | {ROMANIZED[kind][0]}")
        _h1s_as_divs(tree)
    elif kind in LOGO_ALT_NAMES:
        name, separator = LOGO_ALT_NAMES[kind]
        _without_site_names(tree)
        _set_declared(tree, f"{gold}{separator}{name}")
        body = tree.find("body")
        if body is None:
            return None
        _h1s_as_divs(tree)
        body.insert(0, lxml_html.fromstring(f'<header><a class="brand" href="/"><img src="/logo.svg" alt="{name}"></a></header>'))
    elif kind in BRACKETS:
        _set_declared(tree, f"{BRACKETS[kind]}{gold} | {site}")
    elif kind == "rubric_title":
        _set_declared(tree, gold, title=False)
        _set_declared(tree, f"{_rubric(tree, url)}: {gold} | {site}", metas=False)
        _h1s_as_divs(tree)
    elif kind.startswith("rubric"):
        _set_declared(tree, f"{_rubric(tree, url)}{kind.removeprefix('rubric')}{gold}")
    elif kind in ("title_only", "kicker_title", "logo_h1", "style_h1", "logo_script", "sr_span_h1"):
        _set_declared(tree, f"{gold} | {site}", metas=False)
    elif kind.startswith("suffix") and kind != "suffix_no_h1":
        _set_declared(tree, f"{gold}{kind.removeprefix('suffix')}{site}")
    elif kind.startswith("prefix"):
        _set_declared(tree, f"{site}{kind.removeprefix('prefix')}{gold}")
    elif kind == "section":
        _set_declared(tree, f"{gold} | {_section(url)} | {site}")
    elif kind == "suffix_no_h1":
        _set_declared(tree, f"{gold} | {site}")
        _h1s_as_divs(tree)
    elif kind == "host_suffix":
        _without_og_site_name(tree)
        _set_declared(tree, f"{gold} - {_host_name(url)}")
    elif kind == "ld_cut":
        if len(gold) <= LD_LIMIT:
            return None
        edit_jsonld(tree, _set_ld_headline(lambda _: gold[:LD_LIMIT]))
    elif kind == "og_cut":
        words = gold.split()
        if len(words) < OG_CUT_MIN_WORDS:
            return None
        cut = " ".join(words[:int(len(words) * OG_CUT_SHARE)]) + "…"
        _set_declared(tree, cut, title=False)
    elif kind == "caps":
        for meta in _title_metas(tree):
            meta.set("content", gold.upper())
        edit_jsonld(tree, _set_ld_headline(lambda _: gold.upper()))
    elif kind in ("rtl_name", "cjk_name"):
        name = RTL_NAME if kind == "rtl_name" else CJK_NAME
        _declare_site_name(tree, name)
        _set_declared(tree, f"{gold} - {name}" if kind == "rtl_name" else f"{gold}丨{name}")
    elif kind == "bidi_marks":
        _set_declared(tree, f"{gold}{RLM} | {site}")
    if kind in ("kicker", "kicker_title"):
        h1 = _headline_h1(tree, gold)
        if h1 is None:
            return None
        for child in list(h1):
            h1.remove(child)
        h1.text = None
        label = lxml_html.Element("span", {"class": "kicker"})
        label.text = _section(url)
        text = lxml_html.Element("span", {"class": "headline"})
        text.text = gold
        h1.extend([label, text])
    if kind == "style_h1":
        h1 = _headline_h1(tree, gold)
        if h1 is None:
            return None
        for hidden in reversed(lxml_html.fragments_fromstring(HIDDEN_IN_H1)):
            h1.insert(0, hidden)
    if kind == "sr_span_h1":
        h1 = _headline_h1(tree, gold)
        if h1 is None:
            return None
        label = lxml_html.fromstring(SR_SPAN)
        label.tail = h1.text
        h1.text = None
        h1.insert(0, label)
    if kind == "logo_script":
        body = tree.find("body")
        if body is None:
            return None
        _h1s_as_divs(tree)
        logo = LOGOS[0] if any("LATIN" in unicodedata.name(char, "") for char in gold if char.isalpha()) else LOGOS[1]
        body.insert(0, lxml_html.fromstring(f'<header><h1 class="logo"><a href="/">{logo}</a></h1></header>'))
    if kind in ("site_title_logo", "site_title_alert"):
        body = tree.find("body")
        if body is None:
            return None
        logo = LOGOS[0] if any("LATIN" in unicodedata.name(char, "") for char in gold if char.isalpha()) else LOGOS[1]
        body.insert(0, lxml_html.fromstring(f'<header><h1 class="logo"><a href="/">{logo}</a></h1></header>'
                                            if kind == "site_title_logo" else ALERT))
    if kind == "logo_h1":
        body = tree.find("body")
        if body is None:
            return None
        logo = lxml_html.fromstring(f'<header><h1 class="logo"><a href="/">{site}</a></h1></header>')
        body.insert(0, logo)
    return tree


# The variants whose right headline is a kicker, " - ", then the gold.
KICKED = {**{name: spec[1] for name, spec in INFLECTED.items()}, **HOME_WORDS, **HOME_ICONS, **HOME_SVGS, **HOME_TITLES,
          **SPECIALS}
_NAME_WORD = re.compile(r"[^\W\d_]+")

VARIANTS = ("served", "no_meta", "no_ld", "title_only", *(f"suffix{sep}" for sep in SEPARATORS),
            *(f"prefix{sep}" for sep in SEPARATORS if sep not in SUFFIX_ONLY), "section", "suffix_no_h1", "host_suffix", "ld_cut",
            "og_cut", "caps", "kicker", "kicker_title", "logo_h1", "rtl_name", "cjk_name", "bidi_marks",
            *QUOTES, "emoji", "domain_suffix", "latin_brand", "site_title", "site_title_h1", *BRACKETS,
            *(f"rubric{sep}" for sep in RUBRIC_SEPARATORS), *WIRE_SLUGS, "style_h1", "subdomain_name",
            "logo_script", *(f"trail{sep}" for sep in TRAIL_SEPARATORS), "lead_trail", "article_name", "initials",
            *SCRIPT_NAMES,
            "site_title_logo", "site_title_alert", *HIDDEN_H1, "sr_span_h1", *LENTICULAR, "rubric_title", *NO_H1_NAMES, *LOGO_ALT_NAMES, *ROMANIZED,
            *INFLECTED, *HOME_WORDS, *SPECIALS, *STOPPED, *COMPOUNDS, *JOINED, *HOME_ICONS, *HOME_SVGS,
            *HOME_TITLES)


def _job(args: tuple[str, str, bytes, str, tuple[str, ...]]) -> list[tuple[str, str, str | None, str]]:
    ident, url, raw, gold, kinds = args
    from newsspider.extract.elements import PageElements
    from newsspider.extract.metadata import read_metadata

    html = decode_as_crawl(raw, url)
    found = []
    for kind in kinds:
        right = expected(kind, gold, url)
        tree = variant(html, url, gold, kind) if right is not None else None
        if tree is None or right is None:
            continue
        found.append((ident, kind, read_metadata(tree, page_url(kind, url), PageElements(tree)).title, right))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", help="list the wrong pages of this variant (or 'all')")
    parser.add_argument("--only", nargs="+", choices=VARIANTS, metavar="VARIANT", help="run only these variants")
    args = parser.parse_args(argv)
    kinds = tuple(args.only or VARIANTS)
    jobs, golds = [], {}
    sets = {"fundus": load_set("fundus", DATA), "newspaper": newspaper_pages.load_pages(newspaper_pages.DATA)}
    for name, pages in sets.items():
        for page in pages:
            if page.split != "tune" or not page.gold.get("title"):
                continue
            gold = reader_text(page.gold["title"])
            golds[page.ident] = (name, gold)
            jobs.append((page.ident, page.url, page.html, gold, kinds))
    with ProcessPoolExecutor(2) as pool:
        results = [row for rows in pool.map(_job, jobs) for row in rows]
    served = {ident for ident, kind, got, right in results if kind == "served" and reader_text(got) == right}
    scores: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # pages, right, served-right pages, right
    for ident, kind, got, gold in results:
        right = reader_text(got) == reader_text(gold)
        row = scores[kind]
        row[0] += 1
        row[1] += right
        row[2] += ident in served
        row[3] += right and ident in served
    total = [0, 0]
    print(f"{'variant':14s} pages  right       (of the pages served right)")
    for kind in kinds:
        pages, right, base, kept = scores[kind]
        total[0] += base
        total[1] += kept
        print(f"{kind!r:14s} {pages:4d}  {right:4d} {right / max(pages, 1):.3f}   {kept:4d}/{base:<4d} {kept / max(base, 1):.3f}")
    print(f"all variants on the pages served right: {total[1]}/{total[0]} {total[1] / max(total[0], 1):.3f}")
    if args.show:
        for ident, kind, got, gold in results:
            if (args.show in (kind, "all")) and reader_text(got) != reader_text(gold) and ident in served:
                print(f"  {kind!r:14s} {ident}\n      gold {gold!r}\n      ours {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
