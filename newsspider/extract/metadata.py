"""Page metadata read from the ``<head>``, the JSON-LD and microdata: headline, authors, dates
(full timestamps, the modified date kept apart from the published one), site name, description,
image, tags, ``<html lang>``, ``rel=canonical``, and what the page says it is. The headline's
choice is :mod:`newsspider.extract.headline`'s, the dates' :mod:`newsspider.extract.published`'s;
this module reads the declarations they choose from and joins their answers into a record.

Why not trafilatura's metadata: it costs about a third of trafilatura's time per page (author
and category searches through the whole DOM, licence lookup, extensive date search), while news
pages declare what a record needs in their meta tags and JSON-LD. Only a page that declares no
date at all pays for a search of its text (:func:`newsspider.extract.published.undeclared_date`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache, partial
from itertools import accumulate, islice, takewhile
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from newsspider.extract.addresses import (
    TOPIC_DIRECTORIES,
    address_key,
    join_url,
    other_site,
    registrable_domain,
    split_url,
)
from newsspider.extract.bylines import (
    MAX_NAME_WORDS,
    PHRASE_WORD_CHARS,
    SENTENCE_WORDS,
    author_names,
    ends_with_conjunction,
    is_author_word,
    is_byline_label,
    is_organisation_only,
    is_role,
    is_written_byline,
    name_key,
    names_author,
    opens_uncased_byline,
)
from newsspider.extract.cleaning.patterns import compiled_patterns
from newsspider.extract.elements import (
    HEADING_TAGS,
    ITEM_DATES,
    PageElements,
    following,
    neighbours,
    single_spaced,
    text_content,
    text_lines,
)
from newsspider.extract.headline import (
    MAX_SUFFIX_WORDS,
    TITLE_SEPARATOR,
    head_title,
    headline,
    headline_element,
    logo_names,
    names_section,
    site_name_key,
    site_name_keys,
    title_key,
)
from newsspider.extract.jsonld import JsonLd, JsonLdArticle, declares_listing, page_paths, read_jsonld
from newsspider.extract.meta_tags import first_meta, first_meta_of, meta_values
from newsspider.extract.navigation import class_words, in_navigation
from newsspider.extract.published import published_and_modified
from newsspider.extract.repair import readable
from newsspider.extract.tags import (
    SECTION_SIBLINGS_MIN,
    clean_tags,
    is_word_string,
    past_title,
    section_key,
    site_sections,
    split_keywords,
)
from newsspider.extract.title_suffixes import title_suffixes
from newsspider.unicode_classes import ascii_folded, ends_sentence, holds_words, text_size
from newsspider.urls import host_key

_AUTHOR_META = ("author", "article:author", "og:article:author", "parsely-author", "dc.creator", "dcterms.creator",
                "byl", "sailthru.author", "citation_author", "authors", "creator")
_SITE_META = ("og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site")
# A feed's title names the site, then what the feed is in at most this many words ("» Comments Feed").
FEED_LABEL_WORDS = 2
_APP_META = ("apple-mobile-web-app-title", "al:ios:app_name", "al:android:app_name", "al:windows_phone:app_name")
_DESCRIPTION_META = ("og:description", "description", "twitter:description", "dc.description")
_IMAGE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
# Keyword fields, the article's own declaration first (JSON-LD ``keywords`` comes before these).
# article:tag after keywords: sites put one generic category there ("Politics"; measured on the
# tuning split of fundus-dev: keywords agree with the gold tags better where both are set).
# og:article:tag is article:tag under Open Graph's prefix (one meta tag a topic, as WordPress's).
_TAG_META = ("news_keywords", "keywords", "article:tag", "og:article:tag", "parsely-tags", "sailthru.tags")
# Any other meta tag whose name says it holds tags or keywords ("classification-tags", "dc.keywords").
_TAG_FIELD = re.compile(r"(?:^|[:._-])(?:tags?|keywords?)$")
_SECTION_META = ("article:section", "og:section", "section")


def _alternation(words: Collection[str]) -> str:
    """A regex matching any of ``words``, their common openings written once (a trie, "t(?:ag(?:s)?|...)"):
    ``re`` tries an alternation's branches one after another: a search of the topic directories'
    names tried each of them at every slash of a page's addresses, a third of its time here."""
    branches: dict[str, list[str]] = {}
    for word in sorted(words):
        if word:
            branches.setdefault(word[0], []).append(word[1:])
    written = [re.escape(first) + _alternation(rests) for first, rests in branches.items()]
    if not written:
        return ""
    either = written[0] if len(written) == 1 else f"(?:{'|'.join(written)})"
    return f"(?:{either})?" if "" in words else either


# Matched in addresses folded to lower case (:func:`newsspider.unicode_classes.ascii_folded`): a case-insensitive search of many
# alternatives tries each of them at every slash, a case-sensitive one only those its character opens.
_TOPIC_HREF = re.compile(f"/{_alternation(TOPIC_DIRECTORIES)}/")
# Words of class, id and data- attributes that name a tag list, and how far up they are looked for.
_TAG_MARKS = frozenset({"tag", "tags", "hashtag", "hashtags", "keyword", "keywords", "topic", "topics",
                        "schlagwort", "schlagworte", "stichwort", "stichworte", "thema", "themen"})
TAG_MARK_DEPTH = 3
_TAG_STEM = re.compile("tag|topic|keyword|thema|themen|schlagwort|stichwort")  # _TAG_MARKS' stems, lower-cased
_NAMING_ATTRIBUTES = frozenset({"class", "id"})  # and the names of data- attributes
# A tag names a topic in a few words; a longer link text is a teaser or a caption.
MAX_TAG_WORDS = 5
# ... a list whose every link holds this many words at least is a list of headlines (tags name a topic in one to
# three: 578 of fundus-dev's 591 gold topics), no tag list, unless the markup calls it one (:func:`_headlines`).
MIN_HEADLINE_WORDS = 4
# Links' addresses whose path's parts are kept (:func:`_path_parts`): a page's links, a site's menus.
ADDRESSES_KEPT = 4096
# A tag list is a container whose text is mostly its links' text (not a paragraph with links in it).
TAG_LIST_LINK_SHARE = 0.5
# ... not counting the label before its colon ("Schlagworte:", "Tags zu diesem Artikel:"): a few words
# of letters (not a time's "14:34" before a teaser's categories), each read whole (a run of letters split
# every way before a colon found missing costs a run of n letters n**4 tries: links set without spaces).
_LIST_LABEL = re.compile(r"^(?:[^\W\d_]++ ?){1,5}[:：]\s*")
# The whole text before a list's first link when it is such a label without its colon ("Mehr zum Thema",
# "■関連キーワード"): marks around words, no digits (a teaser's time), a few words (not a sentence).
_LEADING_LABEL = re.compile(r"^[^\w\s]*+(?:[^\W\d_]++[^\w\s]*+ ?){1,5}[:：]?\s*$")
_HTML_LANG = etree.XPath("/html/@lang | /html/@xml:lang")
_MICRODATA_ARTICLE = re.compile(r"schema\.org/(?:\w*Article|BlogPosting|LiveBlogPosting|Report)\b", re.IGNORECASE)
# Where pages print their bylines (what trafilatura's author search looks at, in one XPath pass
# and without its copy of the tree), and how many of the first ones are read.
_BYLINE_XPATH = etree.XPath(  # through the attribute axis (as PageElements.declaring's)
    "/descendant::*/@class[contains(., 'uthor') or contains(., 'yline') or .='byl']/.."
    " | /descendant::*/@id[contains(., 'author')]/.. | /descendant::*/@rel[.='author']/.."
    " | /descendant::*/@itemprop[.='author']/..")
MAX_BYLINE_CHARS = 120
# The words of a label before a byline's linked names ("By", "Written by", "Láti ọwọ́", "Waxaa qoray",
# "Text und Fotos"): more than a label has are a name not linked (:func:`_linked_names`).
MAX_LINKED_BYLINE_LABEL_WORDS = 3
_BYLINE_PUNCTUATION = " .,;:|·•-–—"  # what may follow a byline's last linked name
_LIST_END = ",;、，،&+/"  # a label ending so is a list's names going on
BYLINE_BEFORE, BYLINE_AFTER = 30, 60  # elements around the headline a byline is looked for in
# ... and, where none of those is marked as one, the elements behind it up to the story's text (a share
# bar of empty icons may stand between: washingtonpost.com's byline is 78 elements behind its <h1>), this
# many at most: the article's header.
HEADER_ELEMENTS = 400
MAX_BYLINES = 3
# The elements that may open another story's teaser box (:func:`_links_another_story`): a heading, a link.
_BOX_OPENERS = frozenset({*HEADING_TAGS, "a"})
_SLUG_SEPARATOR = re.compile(r"[-_.+]+")  # between the words of an address's last part ("andre-schmidt")
_FILE_EXTENSION = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)
# Elements that hold a line of their own: a byline written out alone in one (:func:`_written_byline`).
_LINE_ELEMENTS = frozenset({"p", "li", "div"})
_LINE_ENDS = _LINE_ELEMENTS | {"br"}
# The class words of a byline block's parts that name no one (:func:`_visible_byline`).
_BYLINE_PARTS = frozenset({"date", "time", "datetime", "published", "updated", "category", "categories", "cat", "cats",
                           "section", "comments", "separator",
                           # where the story comes from: "München, Bayern" would read as a surname and a given name
                           "location", "dateline", "place", "city"})
# A Chinese agency's dateline set as a paragraph of its own: the outlet, the place (and day), "电" or "讯" (a
# dispatch, a report: "新华社北京电。", "中新网北京3月5日电：", "本报讯。"), no clause of a sentence (no comma).
# The outlet is named ("社", "网", "报": an agency, a site, a paper): "停电。" (a power cut) is a sentence.
_CHINESE_DATELINE = re.compile(r"[^，,；。]{0,30}[社网網报報][^，,；。]{0,20}[电電讯訊][。：:]?")
# The words of a class name that marks the author's name itself ("author", "byline-author", "author-name").
_AUTHOR_CLASS_WORDS = frozenset({"author", "authors", "byline", "name"})
# The class words of a control that acts on the author (follow, subscribe to): its label ("Follow", "Folgen",
# "Suivre") is no part of a byline (:func:`_is_control`).
_CONTROL_WORDS = frozenset({"follow", "unfollow", "subscribe", "unsubscribe"})
# Whether the element or one inside it may be a control (:func:`_is_control`'s tests, "ollow" for "follow" and
# "Follow"): found in C, so an element with none (most) is read by ``itertext`` in C, not walked in Python.
_MAY_BE_CONTROL = etree.XPath("boolean(descendant-or-self::*[self::button or @role = 'button'"
                              " or contains(@class, 'ollow') or contains(@class, 'ubscribe')])")
# ... and the elements inside one that may be controls printing a label (:func:`_holds_control`).
_LABELLED_CONTROLS_INSIDE = etree.XPath("descendant::*[self::button or @role = 'button' or contains(@class, 'ollow')"
                                        " or contains(@class, 'ubscribe')][normalize-space()]")
_AT = "@"  # in an e-mail address or a handle


@dataclass
class PageMetadata:
    """What a page says about itself, read from its head, JSON-LD and microdata."""

    html_lang: str | None = None
    canonical: str | None = None
    published: str | None = None
    modified: str | None = None
    jsonld: JsonLdArticle | None = None
    og_type: str | None = None
    declares_article: bool = False   # og:type=article, a JSON-LD or microdata article, article:published_time
    declares_listing: bool = False   # a JSON-LD CollectionPage/SearchResultsPage/ProfilePage (or rel=author to itself), no article
    # a JSON-LD work that is no story (a JobPosting) is the page's, no Article or microdata article declared
    declares_other_work: bool = False
    dated: bool = False              # the page states its own publication date in its metadata
    published_wall_clock: bool = False  # published is a wall clock no offset was found for (written as UTC)
    media_published: str | None = None  # the upload time of the JSON-LD video or audio the page plays
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    site_name: str | None = None
    description: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)


def _own_work(ld: JsonLd, title: str | None) -> bool:
    """Whether one of the page's JSON-LD works that are no story (:attr:`JsonLd.other_works`, a JobPosting)
    is the page's own: it bears the page's headline (``title``) and names no other page. Naming the page is
    not enough: a graph's nodes all name it (``@id`` the page's address and a fragment, ``mainEntityOfPage``),
    and a jobs widget may print the page's address as its posting's; its posting bears its job's title, the
    story its headline: the story stays one."""
    headline = single_spaced(title or "").casefold()
    return bool(headline) and any(names is not False and single_spaced(name or "").casefold() == headline
                                  for name, names in ld.other_works)


def _names_itself_author(page: PageElements, url: str | None, canonical: str | None) -> bool:
    """Whether the page's heading is a link marked ``rel=author`` (HTML's link to "the author of the current
    document") that leads to the page itself: an author's own page, as a ``ProfilePage`` declares it (their
    name as its ``<h1>``, linked so, or a link of that name elsewhere on it). A story's ``rel=author`` leads
    to its author's page, elsewhere; a link to a place on the page ("#", "#author"), another view of it (a
    query of its own), another site's page or the site's front page (a one-author blog's home) names no
    profile here. Nor does a story's template linking its byline (a name, a category, an icon: not the
    story's headline) or a ``<link rel=author>`` to the story's own permalink, as WordPress themes printing
    ``the_permalink()`` there do: such a link is no heading, and the page stays a story; nor a headline
    linked so (a heading the byline reader takes for no one name: :func:`author_names`)."""
    own = {address_key(address) for address in (url, canonical) if address}
    own.discard("")
    if not own:
        return False
    headings: set[str] | None = None
    for link in page.of("a"):
        href = (link.get("href") or "").strip()
        if ("author" not in (link.get("rel") or "").lower().split() or not href
                or href.startswith(("#", "javascript:", "mailto:"))):
            continue
        target = join_url(url, href)
        parts = split_url(target)
        if not (not parts.fragment and parts.query in ("", split_url(url).query) and not other_site(target, (url, canonical))
                and parts.path.strip("/") and address_key(target) in own):
            continue
        if headings is None:
            headings = {single_spaced(text_content(heading)) for heading in page.of("h1")}
            headings.discard("")
        name = single_spaced(text_content(link))
        if name in headings and author_names([name]) == [name]:
            return True
    return False


def read_metadata(tree: HtmlElement, url: str | None = None, page: PageElements | None = None,
                  now: datetime | None = None) -> PageMetadata:
    """Collect metadata from a parsed page without modifying the tree (``page``: its elements,
    when already found). ``now``: when the page was fetched (default: the wall clock), the moment
    no date of the page may lie after (a page re-read from an old crawl's WARC file is as old as
    its fetch)."""
    page = PageElements(tree) if page is None else page
    meta = meta_values(page)
    declared = next((link.get("href") for link in page.of("link") if link.get("rel") == "canonical"), None)
    canonical = join_url(url, declared.strip()) if declared and declared.strip() else None  # "/a.html" is this site's
    microdata = [element for element in page.declaring()  # the item types and the dates, in page order
                 if element.get("itemscope") is not None or element.get("itemprop") in ITEM_DATES]
    declares_microdata = any(_MICRODATA_ARTICLE.search(element.get("itemtype") or "") for element in microdata
                             if element.get("itemscope") is not None)
    # a forum posting is the page's where it bears its visible headline and no microdata article is the page's
    headlines = () if declares_microdata else [text_content(heading) for heading in page.of("h1")]
    ld = read_jsonld(page.of("script"), url, page_paths(url, canonical, *meta.get("og:url", ())), headlines,
                     partial(_shown_as_comment, page))
    article = ld.article
    html_lang = next(iter(_HTML_LANG(tree)), None)
    og_type = (first_meta(meta, "og:type") or "").strip().lower() or None
    declares_article = (bool(article) or declares_microdata or "article:published_time" in meta
                        or (og_type or "").split(":")[0] == "article")
    site_name = (first_meta_of(meta, _SITE_META) or (article.publisher if article else None)
                 or (ld.page.publisher if ld.page else None))
    organisations = [name for name in (site_name, article.publisher if article else None, first_meta(meta, "publisher"),
                                       first_meta(meta, "dc.publisher"), first_meta(meta, "og:site_name"),
                                       first_meta(meta, "application-name"), *ld.sites, *_app_names(meta), *_feed_names(page),
                                       split_url(url).hostname) if name]
    # A section field may list several ("David Zurawik, Columnists, Opinion"), or a page repeat the tag.
    declared_sections = split_keywords([*([article.section] if article and article.section else []),
                                        *(value for key in _SECTION_META for value in meta.get(key, ()))])
    trail = _trail_sections(ld.breadcrumbs, (url, canonical))
    sections = [name for name in (*declared_sections, *_path_words(url), *_edition_words(url), *trail) if name]
    title = headline(page, meta, article, organisations, sections, url, rubrics=[*declared_sections, *trail])
    published, modified, dated = published_and_modified(page, meta, ld, microdata, title, url, canonical,
                                         now or datetime.now(timezone.utc))
    return PageMetadata(
        html_lang=html_lang, canonical=canonical,
        published=published.iso() if published else None, modified=modified.iso() if modified else None,
        jsonld=article, og_type=og_type, declares_article=declares_article,
        # (kept for the page-type step's teasers, which ask it of a page declaring no article)
        declares_listing=not declares_article and (declares_listing(page, ld) or _names_itself_author(page, url, canonical)),
        declares_other_work=not (article or declares_microdata) and _own_work(ld, title),
        dated=dated,
        published_wall_clock=bool(published and published.has_time and not published.has_offset),
        media_published=ld.media_published,
        title=title,
        authors=_authors(page, meta, ld, organisations, title, url, html_lang or (article.language if article else None)),
        site_name=site_name,
        description=first_meta_of(meta, _DESCRIPTION_META) or (article.description if article else None),
        image=first_meta_of(meta, _IMAGE_META) or (article.image if article else None),
        tags=_tags(meta, ld, page, organisations, title),
    )


# --- site names ----------------------------------------------------------------------------------------
def _app_names(meta: dict[str, list[str]]) -> list[str]:
    """The names the site gives its web and store apps (``apple-mobile-web-app-title``,
    ``al:ios:app_name``...): its own name, often the short one a title's suffix uses ("ZDFheute")."""
    return [value for name in _APP_META for value in meta.get(name, ())]


def _feed_names(page: PageElements) -> list[str]:
    """The site's name as its feeds' titles start with it ("Wochenblatt » Feed", "Der Postillon -
    Atom", "Dizindaba » Comments Feed": WordPress and Blogger write the site's name, then the
    feed's label in a word or two), in a few words."""
    names = []
    for link in page.of("link"):
        title, kind = link.get("title"), (link.get("type") or "").lower()
        if title and ("rss" in kind or "atom" in kind) and "alternate" in (link.get("rel") or "").lower():
            parts = TITLE_SEPARATOR.split(readable(title).strip(), maxsplit=1)
            if len(parts) == 2 and 0 < len(parts[0].split()) <= MAX_SUFFIX_WORDS and (
                    len(parts[1].split()) <= FEED_LABEL_WORDS):
                names.append(parts[0])
    return names


# --- authors and tags -------------------------------------------------------------------------------
def _authors(page: PageElements, meta: dict[str, list[str]], ld: JsonLd, organisations: list[str],
             title: str | None, url: str | None = None, language: str | None = None) -> list[str]:
    """The people the JSON-LD article names (by name, or by the address of their page:
    :func:`_linked_names`), else the meta tags (each value an author of its own),
    else the page's visible byline (its elements one byline), else a paragraph after the headline
    that is a byline alone (:func:`_written_byline`); the publisher alone (a page without a
    personal byline) only when none names a person. Where the JSON-LD credits organisations alone
    (an agency, the newsroom), a byline written out under the headline comes first: it names the
    reporters the page shows (the other places name the organisation again, or a place). A name the page
    shows as its site's alone (:func:`_shown_site_names`) counts as the publisher's here, not beside people; after
    one, a visible byline counts only above the story's text and where it names more than a role ("Staff") or
    the site's newsroom ("Redaktion Site", :func:`_credits_site`):
    the site named itself, and a teaser's or an author box's name under the story is no better guess. ``language``
    is the one the page declares: its "and" joins names (:func:`author_names`)."""
    found: list[str] = []
    site_named = False  # whether a declared author was a name the page shows as its site's alone
    written = (lambda: _written_byline(page, title), False)
    searches = [(lambda: [*ld.article.authors, *_linked_names(page, ld.article.author_pages, url)] if ld.article else [],
                 True), (lambda: _meta_authors(meta, ld), True),
                (lambda: _visible_byline(page, title, url, above_story=site_named), False), written]
    if ld.article and ld.article.authors and ld.article.authors == ld.article.organisations:
        searches = [written, *searches[:-1]]  # an agency credited: its reporters' byline first
    sites: tuple[list[str], frozenset[str]] | None = None
    host = split_url(url).hostname if url else None
    shows_site = not any(name_key(name) != name_key(host or "") for name in organisations)
    for values, apart in searches:
        names = author_names(values(), organisations, apart=apart, language=language)
        if names and not is_organisation_only(names, organisations):
            if not shows_site:  # the page declares its site's name: an author is told from it by that name
                return names
            sites = _shown_site_names(page, title, url) if sites is None else sites
            own, logos = [*organisations, *sites[0]], sites[1]
            named = all(is_organisation_only([name], own) or site_name_key(name) in logos for name in names)
            if not named and not (site_named and all(
                    is_role(name) or _credits_site(name, own, logos) for name in names)):
                return names
            site_named = site_named or named
        found = found or names
    return found


def _credits_site(name: str, sites: Iterable[str], logos: Collection[str] = ()) -> bool:
    """Whether ``name`` holds one of the site's names (:func:`name_key`, or a logo's :func:`site_name_key`): a
    newsroom's credit ("Redaktion hessenschau.de", "Equipe Site"), the site again, not a person."""
    key, logo_key = name_key(name), site_name_key(name)
    return (any(site_key and site_key in key for site_key in map(name_key, sites))
            or any(logo and logo in logo_key for logo in logos))


def _shown_site_names(page: PageElements, title: str | None, url: str | None) -> tuple[list[str], frozenset[str]]:
    """The names the page shows as its site's, where it declares none (no ``og:site_name``, publisher, app or
    feed name: :func:`_authors` asks only then): its ``<title>``'s last part after the
    headline ("Headline | Site"), else its logo's (:func:`logo_names`' keys: the text or picture of its link home).
    A ``<meta name="author">`` or JSON-LD author that repeats one is the site naming itself, no byline: a
    person the page's byline names comes first (the site alone is still the author where nobody is named)."""
    shown = head_title(page)
    suffixes = title_suffixes(shown)
    if title and suffixes and title_key(suffixes[0]) and title_key(title) in title_key(shown[:-len(suffixes[0])]):
        return [suffixes[0]], frozenset()  # the title's suffix names the site (the logo is read only where it names none)
    return [], page.remembered(("logo_names", url), lambda: logo_names(page, url))  # their site_name_key, as the headline's


def _linked_names(page: PageElements, addresses: list[str], url: str | None) -> list[str]:
    """The text of the page's first link to each of ``addresses`` (the pages of authors its JSON-LD
    gives no name: a byline or author box links each name to its page), in their order; an address
    the page does not link to names the person the page prints alone whose name its last words
    spell (:func:`_slug_name`, :func:`_printed_names`: a byline of plain text), else no one (its
    words are a slug or an id, not a name as written)."""
    if not addresses:
        return []
    wanted = {address_key(join_url(url, address)): "" for address in addresses}
    for link in page.of("a"):
        href = link.get("href")
        key = address_key(join_url(url, href.strip())) if href else ""
        if key in wanted and not wanted[key]:
            wanted[key] = _short_text(link, MAX_BYLINE_CHARS)
    slugs = {key: slug for key, text in wanted.items() if not text for slug in [_slug_name(key)] if slug}
    if slugs:
        printed = _printed_names(page, set(slugs.values()))
        wanted.update((key, printed[slug]) for key, slug in slugs.items() if slug in printed)
    return [text for text in wanted.values() if text]


def _slug_name(key: str) -> str | None:
    """The :func:`name_key` of the words ending an author page's address (its :func:`address_key`)
    where they can spell a name ("/autor/andre-schmidt/" -> "andreschmidt"): two words of letters or
    more (one is a login, "jdoe"; a digit makes an id), after a file's extension goes."""
    if "/" not in key:
        return None  # the site's root: its host's words are no name
    last = key.rsplit("/", 1)[1]
    words = _SLUG_SEPARATOR.split(last.rsplit(".", 1)[0] if _FILE_EXTENSION.search(last) else last)
    if not 2 <= len(words) <= MAX_NAME_WORDS or not all(word.isalpha() for word in words):
        return None
    return name_key(" ".join(words))


def _printed_names(page: PageElements, keys: set[str]) -> dict[str, str]:
    """The page's spelling of each name key in ``keys``: the text of an element that is that name
    alone ("<span>André Schmidt</span>" for "andreschmidt": the address's words lost its accents and
    case), first in the page; a name inside a sentence is not printed as a byline prints it."""
    found: dict[str, str] = {}
    lengths = {len(key) for key in keys}
    for element in page.tree.iter():
        text = element.text if isinstance(element.tag, str) else None
        if not text or len(text) > MAX_BYLINE_CHARS:
            continue
        text = single_spaced(text)
        letters = sum(char.isalnum() for char in text)
        if not 2 <= len(text.split()) <= MAX_NAME_WORDS or not any(abs(letters - n) <= 2 for n in lengths):
            continue  # a name's key holds its letters (a few more: "ß" is "ss"; a ligature)
        key = name_key(text)
        if key in keys and key not in found:
            found[key] = text
    return found


def _visible_byline(page: PageElements, title: str | None, url: str | None = None, above_story: bool = False) -> list[str]:
    """The texts of the page's byline and author elements (``rel``/``itemprop`` author, a class or
    id naming an author or byline) around its headline (anywhere when it has no ``<h1>``), outside
    comments, navigation and asides; short ones only, not the parts a byline block marks as its
    date or category (:func:`_names_no_one`), nor a biography's sentence (:func:`_byline_lines`).
    ``above_story``: only those above the story's text (:func:`_holds_story_text`), the headline's byline."""
    heading = headline_element(page, title)
    if heading is not None:  # bylines stand by the headline
        before, after = neighbours(heading, BYLINE_BEFORE, BYLINE_AFTER)
        if above_story:  # under the headline only, declared the story's author (:func:`_declares_author`)
            header = _header(heading)
            candidates = _outside_teasers([element for element in after if element in header], heading, _declares_author)
        else:
            marked = _outside_teasers(after, heading, _marks_byline)
            english = [_marks_byline(element, other_languages=False) for element in marked]
            if not all(english):  # (rare) marked by an author word of another language: only in the header
                header = _header(heading)
                marked = [element for element, marks in zip(marked, english, strict=True) if marks or element in header]
            candidates = [element for element in reversed(before) if _marks_byline(element)] + marked
            candidates = candidates or _marked_in_header(heading)
    elif above_story:
        return []  # no headline: nothing tells a byline from a teaser's
    else:
        candidates = _BYLINE_XPATH(page.tree)
    parts: list[tuple[str, bool]] = []  # each text, and whether it may name someone
    known: dict[HtmlElement, bool] = {}
    for element in candidates:
        if _within_outside_story(element, known):
            continue
        text = _short_text(element, MAX_BYLINE_CHARS)
        text = _byline_lines(element, text) if text else text
        text = _names_of_links(element, text, url) if text else text
        if not text or _reads_as_sentence(text):
            continue
        if any(other in text for other, _ in parts):
            if (text, True) in parts and _names_no_one(element):  # the block's only text is its place or date part
                parts[parts.index((text, True))] = (text, False)
            continue
        # the innermost of nested ones; a part the byline block marks as its date or category
        # ("byline-part date", "cb-category cb-byline-element") names no one, but is still a part
        parts = [(other, named) for other, named in parts if text not in other] + [(text, not _names_no_one(element))]
        if len(parts) == MAX_BYLINES:
            break
    return [text for text, named in parts if named]


def _names_of_links(element: HtmlElement, text: str, url: str | None) -> str:
    """A byline that links each name to its page on the site: the links' texts, one a line. The
    words outside them are the byline's label before the first and its conjunctions between, in
    whatever language and script ("Daga <a>Aminu Ibrahim</a> da <a>Hauwa Bello</a>", "ရေးသားသူ <a>..</a>
    နှင့် <a>..</a>", Hebrew's "and" joined to the next name: "<a>..</a> ו<a>..</a>"). Else ``text``: a text
    after the last link (an agency, a role), a label longer than :data:`MAX_LINKED_BYLINE_LABEL_WORDS`, a
    word between two links longer than a conjunction, or a label ending as a list goes on (a
    separator, a conjunction: "Jane Doe and <a>John Roe</a>" names two) or naming someone after a known
    label (:func:`_names_in_label`: "记者 张三 <a>李四</a>") say more than the links do."""
    links = [link for link in element.iter("a") if _site_page_link(link.get("href"), url)]
    names = [single_spaced(link.text_content()) for link in links]
    if not names or not all(names) or "\n" in text:
        return text
    pieces, rest = [], text
    for name in names:
        before, found, rest = rest.partition(name)
        if not found:
            return text
        pieces.append(before.strip())
    label, *between = pieces
    if (rest.strip(_BYLINE_PUNCTUATION) or len(label.split()) > MAX_LINKED_BYLINE_LABEL_WORDS
            or any(len(piece.split()) > 1 for piece in between)
            or (label and (label[-1] in _LIST_END or ends_with_conjunction(label) or _names_in_label(label)))):
        return text
    return "\n".join(names)


def _names_in_label(label: str) -> bool:
    """Whether the words before a byline's first link name someone after a label the byline reader
    knows ("记者 张三 <a>李四</a>", "By Jane Doe <a>John Roe</a>": it reads fewer words than the label
    has, the known label left out, and a name). A label it does not know reads as a whole (Hausa "Daga",
    Yoruba "Láti ọwọ́") and is taken as a label, as a known label alone reads as none ("By", "记者")."""
    read = author_names([label])
    return bool(read) and sum(len(name.split()) for name in read) < len(label.split())


def _site_page_link(href: str | None, url: str | None) -> bool:
    """Whether ``href`` addresses a page (not an e-mail address, a script) of the site of ``url``."""
    if not href or not url:
        return False
    address = join_url(url, href.strip())
    return address.startswith(("http://", "https://")) and not other_site(address, [url])


def _header(heading: HtmlElement) -> set[HtmlElement]:
    """The elements behind the headline up to the story's text (:func:`_opens_story`), inside the headline's
    ``<article>`` where it has one, :data:`HEADER_ELEMENTS` at most: the story's header."""
    article = next(heading.iterancestors("article"), None)
    return set(takewhile(lambda element: not _opens_story(element), islice(following(heading, article), HEADER_ELEMENTS)))


def _marked_in_header(heading: HtmlElement) -> list[HtmlElement]:
    """The elements marked as a byline (:func:`_marks_byline`) behind the headline's first
    :data:`BYLINE_AFTER` up to the story's text (:func:`_holds_story_text`), inside the headline's
    ``<article>`` where it has one, :data:`HEADER_ELEMENTS` at most: a byline stands between the
    headline and the story however much chrome (share bars, ads) the header holds; an author box,
    related stories' or readers' replies' authors under the story are no byline of the header."""
    marked = []
    article = next(heading.iterancestors("article"), None)
    teasers = _TeaserBoxes(heading)
    for index, element in enumerate(islice(following(heading, article), HEADER_ELEMENTS)):
        if _holds_story_text(element):
            break  # the story has begun (also ahead of BYLINE_AFTER, whose elements were read)
        if not teasers.holds(element) and index >= BYLINE_AFTER and _marks_byline(element):
            marked.append(element)
    return marked


def _opens_story(element: HtmlElement) -> bool:
    """Whether ``element`` is the story's text (:func:`_holds_story_text`) or a paragraph the next element
    continues as one: paragraphs in a row are a text, however short each is (Arabic's, Thai's), where a
    byline is one line (a paragraph marked as the byline, ``<p class="byline">``, is none)."""
    if _holds_story_text(element):
        return True
    following_paragraph = element.getnext()
    return (element.tag == "p" and not _marks_byline(element) and following_paragraph is not None and following_paragraph.tag == "p"
            and bool(element.text_content().strip()) and bool(following_paragraph.text_content().strip()))


def _holds_story_text(element: HtmlElement) -> bool:
    """Whether ``element`` is a paragraph longer than a byline (:data:`MAX_BYLINE_CHARS`), or holds
    lines of its own as long (its text and its children's tails, lines a ``<br>`` child breaks: a story
    printed as "line<br>line" in a ``<div>``; not a picture's caption in a ``<span>``): the story's
    text, which no byline follows. Measured by :func:`text_size` (a Chinese, Japanese or Korean
    character carries a Latin word's letters); and a paragraph of those scripts that ends a sentence
    ("。", Korean's "다.": :func:`ends_sentence`) is the story's however short, so a story of short
    paragraphs ends the walk at its first (a byline, "記者 王小明", "홍길동 기자", ends in no full stop), but for
    an agency's dateline ("新华社北京电。": :data:`_CHINESE_DATELINE`), which the byline may follow."""
    if element.tag == "p":
        text = element.text_content()
        size = text_size(text)  # larger than its length: it holds such characters
        return size > MAX_BYLINE_CHARS or (size > len(text) and ends_sentence(text) and not _CHINESE_DATELINE.fullmatch(text.strip()))
    if element.find("br") is None:
        return False
    own = (element.text or "").strip() + "".join((child.tail or "").strip() for child in element)
    return text_size(own) > MAX_BYLINE_CHARS


class _TeaserBoxes:
    """The boxes of other stories' teasers behind a headline, as the elements behind it are read in
    page order: a box is an element around a heading that links another story (:func:`_links_another_story`)
    and not around the headline; a byline in one is that story's (a related story between the headline
    and the story, with its writer), not the article's. A teaser's heading standing beside the headline in
    its container boxes nothing: bylines after it are still read (a gallery's "more galleries" panel between
    the headline and the byline)."""

    def __init__(self, headline: HtmlElement) -> None:
        self.shared = set(headline.iterancestors())  # the headline's containers: no teaser's box
        self.boxes: set[HtmlElement] = set()

    def holds(self, element: HtmlElement) -> bool:
        """Whether ``element`` is in a teaser's box seen so far, or opens one (its heading)."""
        if self.boxes and any(box in self.boxes for box in self._boxes_around(element)):
            return True
        if not _links_another_story(element):
            return False
        boxes = list(self._boxes_around(element))
        if any(map(_marks_byline, boxes)):
            return False  # the author's name set as a heading in their byline box, linked to their page
        self.boxes.update(boxes)
        return True

    def _boxes_around(self, element: HtmlElement) -> Iterator[HtmlElement]:
        return takewhile(lambda box: box not in self.shared, element.iterancestors())


def _outside_teasers(elements: Iterable[HtmlElement], headline: HtmlElement,
                     wanted: Callable[[HtmlElement], bool] | None = None) -> list[HtmlElement]:
    """The ``elements`` behind the ``headline`` (in page order) outside other stories' teasers
    (:class:`_TeaserBoxes`), of those ``wanted`` only where given (:func:`_marks_byline`). The boxes are
    asked of a wanted element, and of a heading or a link (the only elements that may open a box:
    :func:`_links_another_story`); another element neither opens one nor is kept, so its answer is not
    read (most of the elements behind a headline)."""
    teasers = _TeaserBoxes(headline)
    kept = []
    for element in elements:
        if wanted is None or wanted(element):
            if not teasers.holds(element):
                kept.append(element)
        elif element.tag in _BOX_OPENERS:
            teasers.holds(element)
    return kept


def _links_another_story(element: HtmlElement) -> bool:
    """Whether ``element`` is a heading that links to another story, or a link holding a heading: a
    teaser's headline. Not the author's name set as a heading and linked to their page (the heading
    or its link marked as a byline: :func:`_marks_byline`; or a box around it: :class:`_TeaserBoxes`)."""
    if element.tag in HEADING_TAGS:
        links = list(element.iterdescendants("a"))
    elif element.tag == "a" and next(element.iterdescendants(*HEADING_TAGS), None) is not None:
        links = [element]
    else:
        return False
    return not _marks_byline(element) and any(_goes_elsewhere(link.get("href")) and not _marks_byline(link) for link in links)


def _goes_elsewhere(href: str | None) -> bool:
    """A link's address that leads to another story: not an anchor on this page, nor a script, nor a
    topic's page (a kicker linking its tag, "/tag/immunology": :func:`_in_topic_directory`), a section's
    or series' ("/politics/", "/series/budget-crisis", a breadcrumb's "/world/europe": :func:`names_section`,
    headed in the article's own header box beside its byline) or the site's root."""
    href = (href or "").strip()
    return (bool(href) and not href.startswith("#") and not href.lower().startswith("javascript:")
            and any(_path_parts(href)) and not _in_topic_directory(href) and not _topic_index(href)
            and not names_section(href))


def _byline_lines(element: HtmlElement, text: str) -> str:
    """The text of a byline box holding list items or paragraphs: a box listing its names in
    ``<li>`` items read by its lines (:func:`_lines`), one name a line, not run together ("Jane
    DoeJohn Roe"), and without the lines that are a biography's sentence (:func:`_reads_as_sentence`:
    "Jane is a reporter covering city politics." under the name). Else ``text``: other blocks and
    line breaks part a name from a reading time, a share button or an author page's label, each
    of which would pass for a name alone."""
    listed = element.find(".//li") is not None
    if not listed and element.find(".//p") is None:
        return text
    lines = _lines(element)
    kept = [line for line in lines if not _reads_as_sentence(line)]
    return "\n".join(kept) if len(kept) < len(lines) or listed else text


def _reads_as_sentence(text: str) -> bool:
    """A byline box's text that is one sentence: longer than a name (:data:`MAX_NAME_WORDS`), ending
    like a sentence and holding words of running text (:data:`SENTENCE_WORDS` words of
    :data:`PHRASE_WORD_CHARS` letters not capitalised: the author's biography, "Jane is a reporter
    covering city politics."), which is no part of the byline: the box around it, holding the name,
    is read instead. A line listing names ("Jane Doe, John Roe and Ann Lee.") holds none such: its
    words are names and short links ("and", "e", "in")."""
    words = text.split()
    return "\n" not in text and len(words) > MAX_NAME_WORDS and ends_sentence(text) and sum(
        word[0].isalpha() and not word[0].isupper() and len(word) >= PHRASE_WORD_CHARS for word in words) >= SENTENCE_WORDS


def _names_no_one(element: HtmlElement) -> bool:
    """Whether a byline's element is its date, category, comment count or separator (a ``<time>``,
    or its class says so: :data:`_BYLINE_PARTS`): a part of a byline block beside the names, whose
    text ("Donnerstag", "Wein & Geschmack") would read as one. Not where one of the class's names
    is the author's alone (:data:`_AUTHOR_CLASS_WORDS`: "author city-desk", the desk the person writes
    for; "byline-author city-news"): a part's name says what the part is ("byline__city", "byline-part date")."""
    if element.tag == "time":
        return True
    names = (element.get("class") or "").split()
    if not _BYLINE_PARTS & class_words(" ".join(names)):
        return False
    return not any(words and all(word in _AUTHOR_CLASS_WORDS or is_author_word(word) for word in words)
                   and any(word in {"author", "authors"} or is_author_word(word) for word in words)
                   for words in map(class_words, names))


def _written_byline(page: PageElements, title: str | None) -> list[str]:
    """The first line of text after the headline that is a byline alone ("By Jane Doe", "Written
    by: Jane Doe": :func:`is_written_byline`), where a page marks its byline by no class or
    metadata and prints it as the story's first lines: the first line of a paragraph, list item
    or block (a line break may set the writer's role under the name, "By Jane Doe<br>AP Science
    Writer", and share buttons may follow it in the block), or a byline word alone on its line
    and the name on the next ("Autor:" / "Jane Doe")."""
    heading = headline_element(page, title, matching=True)
    if heading is None:
        return []
    known: dict[HtmlElement, bool] = {}
    for element in _outside_teasers(neighbours(heading, 0, BYLINE_AFTER)[1], heading):
        parent = element.getparent()
        if element.tag in _LINE_ELEMENTS and not (parent is not None and _within_outside_story(parent, known)):
            if not _short_text(element, MAX_BYLINE_CHARS):
                continue
            lines = _lines(element)
            line = " ".join(lines[:2]) if len(lines) > 1 and is_byline_label(lines[0], written=True) else next(iter(lines), "")
            if is_written_byline(line):
                return [line]
    return []


def _short_text(element: HtmlElement, limit: int) -> str:
    """The element's text as a reader sees it (:func:`single_spaced`), or "" when it is longer than
    ``limit`` without its words holding an "@" (the e-mail addresses a byline prints after its names,
    "Jane Doe jane.doe@example.com", and handles: no text of its length): its pieces are read only until their characters other than spaces pass the limit
    (the story's block after the headline, read whole, held all of its text)."""
    pieces: list[str] = []
    seen = 0  # characters other than spaces and addresses: the spaced text holds at least these
    for piece in _shown_pieces(element):
        # (its words' characters, counted in C where it holds no "@": most pieces)
        seen += sum(len(word) for word in piece.split() if _AT not in word) if _AT in piece else len("".join(piece.split()))
        if seen > limit:
            return ""
        pieces.append(piece)
    text = single_spaced("".join(pieces))
    addresses = sum(len(word) + 1 for word in text.split() if _AT in word) if _AT in text else 0
    return text if len(text) - addresses <= limit else ""


def _shown_pieces(element: HtmlElement) -> Iterator[str]:
    """The element's text pieces (as ``itertext``, lazily) without those of the controls inside it (:func:`_is_control`:
    a byline box's "Follow" button beside the name, "Jane DoeFollow" run together), nor of a control it is."""
    if not _MAY_BE_CONTROL(element):
        yield from element.itertext()  # no control in it (most elements): read in C
        return
    if _is_control(element):
        return
    if element.text and isinstance(element.tag, str):
        yield element.text
    for child in element:
        if isinstance(child.tag, str):
            yield from _shown_pieces(child)
        if child.tail:
            yield child.tail


def _is_control(element: HtmlElement) -> bool:
    """A control a reader acts with, no text a byline prints: a ``<button>``, an element of role button, or one
    whose class names what it does to the author (:data:`_CONTROL_WORDS`: LinkedIn's ``author-info__follow-button``
    "Follow", a "Subscribe" link); not a button whose class marks the author's name (:data:`_AUTHOR_CLASS_WORDS`:
    ``<button class="byline__author">``, the name opening the author's card)."""
    words = class_words(element.get("class") or "")
    if not _CONTROL_WORDS.isdisjoint(words):
        return not _holds_control(element)  # a wrapper ("author-follow") holds the name beside its control
    # a button whose class marks the author's name is the name (it opens the author's card: "byline__author")
    return (element.tag == "button" or element.get("role") == "button") and _AUTHOR_CLASS_WORDS.isdisjoint(words)


def _holds_control(element: HtmlElement) -> bool:
    """Whether a control (:func:`_is_control`) that prints a label stands inside ``element``: then ``element`` is the
    box around it (``<div class="author-follow">`` around the name's link and a "Follow" button), not the control
    (``<a class="follow-btn">`` around its icon's ``<i class="follow-icon">`` and "Follow")."""
    return any(_is_control(inner) for inner in _LABELLED_CONTROLS_INSIDE(element))


def _lines(element: HtmlElement) -> list[str]:
    """The element's lines of text as a reader sees them (single-spaced, none empty): a ``<br>`` and the
    start and end of a paragraph, list item or block end one (a line break in the source is a space)."""
    return [text for text in (single_spaced(line.text) for line in text_lines(element, _LINE_ENDS)) if text]


def _marks_byline(element: HtmlElement, other_languages: bool = True) -> bool:
    """A class or id naming an author or a byline (in any language: :func:`names_author`, DataLife Engine's
    ``class="autor"``; a whole word, not "autorefresh"), ``rel`` or ``itemprop`` author: an element near the
    headline that holds the byline. Without ``other_languages``, not a word for the author in a language other than
    English's: such a word marks the byline only in the story's header (:func:`_visible_byline`), as the same words
    name the writers of a related list's teasers, of a quote or of a book in a box under the story, where they would
    outweigh the byline written under the headline ("Por Ana Souza")."""
    marks = element.get("class")
    if marks is not None and ("uthor" in marks or "yline" in marks or marks == "byl" or other_languages and names_author(marks)
                              or "by" in marks.lower() and _by_class_byline(element, marks)):
        return True
    marks = element.get("id")
    return ((marks is not None and ("uthor" in marks or "yline" in marks or other_languages and names_author(marks)))
            or element.get("rel") == "author" or element.get("itemprop") == "author")


def _declares_author(element: HtmlElement) -> bool:
    """Whether ``element`` declares its text the story's author (``rel="author"``, ``itemprop="author"``): asked where a
    byline must outweigh the author the page declares (its site's name, :func:`_authors`). A class naming an author or a
    byline is no declaration: a photo's, a quote's, a book's or a sponsor's credit, a reviewer, a teaser's byline over
    the story (``image-author``, ``quote-author``, ``byline-reviewer``) bear one too; in a ``<figure>`` it names the
    picture's author."""
    return ((element.get("rel") == "author" or element.get("itemprop") == "author")
            and next(element.iterancestors("figure"), None) is None)


def _by_class_byline(element: HtmlElement, marks: str) -> bool:
    """Whether an element of class "by" (the class is the byline word itself: ``<span class="by">By Jane Doe,
    Reuters</span>``) prints a byline (:func:`is_written_byline`): "sponsored-by", "powered-by" name a sponsor's or
    a software's box, and a class "by" over other words ("By the numbers") names no one; in a script without capitals, a
    byline word and a word after it (:func:`opens_uncased_byline`)."""
    if not any(mark.lower() == "by" for mark in marks.split()):
        return False
    text = single_spaced(element.text_content())
    return is_written_byline(text) or opens_uncased_byline(text)


# A comment posting's text is looked for on the page by its first line's first this many characters.
COMMENT_KEY_CHARS = 60
# The elements whose class names the whole page or story, not a part of it (WordPress writes "comments-open" there).
_WHOLE_PAGE_TAGS = frozenset({"article", "main", "body", "html"})


def _shown_as_comment(page: PageElements, text: str) -> bool:
    """Whether the page shows ``text`` (a posting's, from its JSON-LD) among readers' comments under a story
    of its own: first inside an element whose class or id names comments (:func:`_in_comments`; a reply
    quoting a thread's opening post shows its text again), where the first
    paragraph after the page's headline is outside any and opens the story's text (:func:`_opens_story`). A forum
    that classes every post as a comment (Flarum's ``CommentPost``, Invision's ``ipsComment`` under a short "By user,
    date in Forum" line) shows its opening post first under the headline, in one: no story stands above its posts there."""
    lines = text.strip().splitlines()
    key = single_spaced(lines[0])[:COMMENT_KEY_CHARS] if lines else ""
    heading = next(iter(page.of("h1")), None)
    if not key or heading is None:
        return False
    first = next(iter(heading.xpath("following::p[normalize-space()][1]")), None)
    if first is None or _in_comments(first) or not _opens_story(first):
        return False
    shown = page.tree.xpath("(//text()[not(ancestor::script or ancestor::style)][contains(normalize-space(.), $key)])[1]", key=key)  # a reply may quote it later
    parent = shown[0].getparent() if shown else None
    return parent is not None and _in_comments(parent)


def _in_comments(element: HtmlElement) -> bool:
    """Whether ``element`` or an ancestor other than the page's or story's whole (:data:`_WHOLE_PAGE_TAGS`) has
    a class or id naming comments ("comments", "comment-list", "CommentPost")."""
    return any(_classed_comment(node) for node in (element, *element.iterancestors()) if node.tag not in _WHOLE_PAGE_TAGS)


def _classed_comment(element: HtmlElement) -> bool:
    """Whether ``element``'s class or id holds "comment" ("comments", "comment-list", "CommentPost")."""
    return "comment" in f"{element.get('class') or ''} {element.get('id') or ''}".lower()


def _outside_story(element: HtmlElement) -> bool:
    """Navigation, an aside, a form, or a comment thread: bylines there are not the story's; nor is a
    picture's caption (``<figcaption>``): a name marked there is the picture's credit ("Fot. Jan Kowalski").
    A ``<figcaption>`` holding a heading is no picture's caption but the story's header set over its picture
    (a theme's hero image: the headline and its byline in one caption)."""
    return (element.tag in ("nav", "aside", "footer", "form") or _classed_comment(element)
            or element.tag == "figcaption" and next(element.iter(*HEADING_TAGS), None) is None)


def _within_outside_story(element: HtmlElement, known: dict[HtmlElement, bool]) -> bool:
    """Whether ``element`` or one of its ancestors is :func:`_outside_story`, each element judged
    once (``known``: the answers so far; the elements around a headline share their ancestors)."""
    unknown = []
    node: HtmlElement | None = element
    while node is not None and node not in known:
        unknown.append(node)
        node = node.getparent()
    found = known[node] if node is not None else False
    for node in reversed(unknown):
        found = known[node] = found or _outside_story(node)
    return found


def _meta_authors(meta: dict[str, list[str]], ld: JsonLd) -> list[str]:
    """Author values of the first meta tag that has any (profile URLs are not names), else the
    JSON-LD page's."""
    for name in _AUTHOR_META:
        values = [value for value in meta.get(name, ()) if not value.strip().startswith(("http:", "https:", "/"))]
        if any(value.strip() for value in values):
            return values
    return ld.page.authors if ld.page else []


def _tags(meta: dict[str, list[str]], ld: JsonLd, page: PageElements, site_names: list[str],
          title: str | None = None) -> list[str]:
    """The first keyword field that names topics: the JSON-LD article's ``keywords``, then the
    common meta tags, then the JSON-LD WebPage's (the page holding the article); else the page's
    visible list of tags (:func:`_visible_tags`); else any other meta tag whose name says it holds
    tags or keywords (``classification-tags``: vendors' fields carry analytics labels too,
    ``mrf:tags="www.berliner-zeitung.de;isRepublished:false"``). A string of words without
    separators only when nothing better is declared. A field that names the site itself
    ("朝日新聞デジタル, 社会, ニュース"; CNBC's article keywords "cnbc, Articles, ...") is the site's
    standing SEO list: a later field naming topics only comes first, and so does the story's own visible list of
    tags (inside its ``<article>``/``<main>``: Nikkan Gendai's keywords "日刊ゲンダイDIGITAL, 日刊ゲンダイ, 政治,
    ..." on every page, its ``tag-link`` links the story's own). A field spelling the headline
    (:func:`past_title`) is a CMS's, and so are the words it appends (HuffPost's section, ``...,
    effect, business``): its topics after the headline's words come last, where nothing else names any.
    A field naming the site's sections (:func:`site_sections`: entries of a menu above the
    headline, :func:`_menus_above`) may be the site's standing list, on every page: it gives way
    to a later field or the page's tag list naming one of them at most (AOL's ``news, nation,
    world, sports, ...`` to its ``rel="tag"`` links; an article's tags naming the section it is
    filed under, ``Politics, Joe Biden``; a later source's field naming the site too), and comes
    first otherwise: a later field naming several echoes the first's cross-listing (BMEL's tag
    list names three of its keywords' sections)."""
    declared = [ld.article.keywords if ld.article else None, *(meta.get(name) for name in _TAG_META),
                ld.page.keywords if ld.page else None]
    sites: set[str] | None = None
    after_title: list[str] = []  # the topics after the headline's words in the first field spelling it
    standing: list[str] = []  # the first field naming the site's sections (:func:`site_sections`)
    sections: set[str] = set()  # the menu's entries it names
    menus: list[list[HtmlElement]] | None = None  # the lists of links above the headline (found where a field may name them)
    site_named: list[str] = []  # a declared field naming the site itself, where the page's tag list may name topics
    sources: tuple[Callable[[], list[Any]], ...] = (
        lambda: declared, lambda: [_visible_tags(page, title, own=bool(site_named))],
        lambda: [values for name, values in meta.items() if name not in _TAG_META and _TAG_FIELD.search(name)])
    for index, source in enumerate(sources):
        if site_named and index > 1:  # the page's tag list named no topics: the site's field, before vendors' fields
            return site_named
        # the fields read in order, each split once, up to the first separated one not naming the site
        separated: list[str] = []  # the tags of the first separated field
        words: list[str] = []      # the entries of the first string of words
        earlier = bool(standing)   # a field naming the sections in an earlier source: this one's come first
        for value in source():
            entries = split_keywords(value) if value else []
            tags = clean_tags(entries) if entries else []
            if not tags:
                continue
            if (rest := past_title(entries, title)) is not None:
                after_title = after_title or clean_tags(rest)
                continue
            if sections and len(sections.intersection(map(section_key, tags))) > 1:
                # names several of its sections: another standing list, or the first's cross-listing
                # echoed (the first is the article's own then, and names more); one is the article's section
                continue
            if not sections and len(tags) >= SECTION_SIBLINGS_MIN:
                menus = _menus_above(page, title) if menus is None else menus
                if sections := _sections_named(page, menus, tags):
                    standing = tags
                    continue
            if is_word_string(entries):
                words = words or entries
                continue
            sites = site_name_keys(site_names) - {""} if sites is None else sites
            if not any(site_name_key(tag) in sites for tag in tags):
                return tags
            separated = separated or tags
        if (separated or words) and (earlier or not standing):
            if index or words:
                return site_named or separated or clean_tags(words[0].split())
            site_named = separated  # the declared fields name the site: the page's tag list (next) comes first
    return site_named or standing or after_title


def _menus_above(page: PageElements, title: str | None) -> list[list[HtmlElement]]:
    """The links of each list (the element holding the links' ``<li>``, else the link's parent) above
    the headline (the whole page where none shows it) of :data:`SECTION_SIBLINGS_MIN` links or more:
    the site's menus among them (:func:`_sections_named`)."""
    heading = headline_element(page, title, matching=True)
    lists: dict[HtmlElement, list[HtmlElement]] = {}
    for node in page.of("a", heading.tag) if heading is not None else page.of("a"):  # in page order
        if node is heading:
            break
        if node.tag == "a" and node.get("href"):
            holder = node.getparent()
            if holder is not None and holder.tag == "li":
                holder = holder.getparent()
            lists.setdefault(holder if holder is not None else node, []).append(node)
    return [links for links in lists.values() if len(links) >= SECTION_SIBLINGS_MIN]  # a list a field may name


def _sections_named(page: PageElements, lists: list[list[HtmlElement]], tags: list[str]) -> set[str]:
    """:func:`site_sections` of ``tags`` in the site's menus: the links of ``lists`` (:func:`_menus_above`)
    that are in its navigation, asked only of the links a tag names (most of a page's are no tag's)."""
    keys = {section_key(tag) for tag in tags}
    return site_sections(tags, [[text for link in links if section_key(text := page.text(link)) in keys
                                 and in_navigation(link)] for links in lists])


def _visible_tags(page: PageElements, title: str | None = None, own: bool = False) -> list[str]:
    """The page's list of topic links, for pages that declare no keywords: links to topic pages
    (:data:`TOPIC_DIRECTORIES`), else links the page's markup calls tags (:class:`_TagMarks`),
    grouped by the list holding them, outside the site's navigation (:func:`in_navigation`); the
    list inside the ``<article>``/``<main>`` if there is one, else the last in the page (tag lists
    follow the story, trending menus precede it); else a list of one such link after the headline
    (:func:`_lone_tag`). ``own``: only the story's own list, where a declared field stands behind it: inside the
    ``<article>``/``<main>`` (a blog's tag cloud in its footer or sidebar is the site's) in a box of its own, not
    links in a paragraph of the story (Asahi's "宮崎県：高鍋町、新富町、宮崎市", each a link to its topic page: the
    story's text) unless the markup calls that paragraph tags (:func:`_names_tags`)."""
    hrefs = page.links()
    # One search of all addresses: most pages link to no topic page, and most links of those that do go elsewhere.
    topics = [hrefs[i][0] for i in _holding([href for _, href in hrefs], _TOPIC_HREF) if _in_topic_directory(hrefs[i][1])]
    marks = _TagMarks()
    lists = (_own(_link_lists(topics, page.text), own, page, title)
             or _own(_link_lists([link for link, _ in hrefs], page.text, marks), own, page, title))
    if not lists:
        return _lone_tag(page, [link for link, _ in hrefs], marks, title, inside=own)
    inside = [(container, texts) for container, texts in lists if _in_story(container)]
    return clean_tags(inside[0][1] if inside else lists[-1][1])


def _in_story(element: HtmlElement) -> bool:
    """Whether ``element`` is inside the page's ``<article>`` or ``<main>``."""
    return _story_of(element) is not None


def _story_of(element: HtmlElement) -> HtmlElement | None:
    """The nearest ``<article>`` or ``<main>`` holding ``element``, if any."""
    return next((ancestor for ancestor in element.iterancestors() if ancestor.tag in ("article", "main")), None)


def _own(lists: list[tuple[HtmlElement, list[str]]], own: bool, page: PageElements,
         title: str | None) -> list[tuple[HtmlElement, list[str]]]:
    """``lists`` (:func:`_link_lists`), where ``own`` only the story's (:func:`_visible_tags`): inside its
    ``<article>``/``<main>``, not in a paragraph (``<p>``) unless the markup calls the paragraph tags, after the
    headline (above it a list is the site's breadcrumb or kicker), naming something the story names
    (:func:`_named_in_story`: a related-topics, trending or tag-cloud box inside the ``<main>`` names the site's)."""
    if not own:
        return lists
    heading = headline_element(page, title, matching=True) if lists else None
    return [(box, texts) for box, texts in lists if _in_story(box) and (box.tag != "p" or _names_tags(box))
            and (heading is None or _follows(page, box, heading)) and _named_in_story(box, texts)]


def _named_in_story(box: HtmlElement, texts: list[str]) -> bool:
    """Whether the story's ``<article>``/``<main>`` holding ``box`` (a tag list of ``texts``) names one of its tags
    outside it as a whole word (:func:`~newsspider.unicode_classes.holds_words`: "US" is no word of "discuss"), case
    aside: a story's own tags name what it is about (Nikkan Gendai's "フジテレビ" box under a story about Fuji TV), a
    box of the site's topics (trending, related topics, a tag cloud) names what others are about. Read only where a
    declared field names the site and the page's list may stand for it."""
    story = _story_of(box)
    if story is None:
        return False
    outside = single_spaced(" ".join(_text_outside(story, box))).casefold()
    return any(holds_words(outside, tag) for tag in {" ".join(text.split()).casefold() for text in texts})


def _text_outside(root: HtmlElement, left_out: HtmlElement) -> Iterator[str]:
    """The texts of ``root`` in page order but those inside ``left_out`` and in scripts and styles (a JSON-LD
    block's keywords are no words of the story's); a left-out element's tail is outside it."""
    skipped = {*left_out.iter(), *(inner for script in root.iter("script", "style") for inner in script.iter())}
    for node in root.xpath(".//text()"):
        owner = node.getparent()
        if owner is not None and node.is_tail:
            owner = owner.getparent()
        if owner not in skipped:
            yield str(node)


def _lone_tag(page: PageElements, links: list[HtmlElement], marks: _TagMarks, title: str | None,
              inside: bool = False) -> list[str]:
    """The topic of a tag list holding one link (``<ul class="tags"><li><a href="/tag/storm">Storm</a></li></ul>``):
    the first link to a topic page (:func:`_in_topic_directory`; not an author's, a search's, a
    related story's) in a few words (not a string of words: :func:`is_word_string`) whose list (the
    nearest element up to :data:`TAG_MARK_DEPTH` levels that the page's markup calls tags:
    :meth:`_TagMarks.list_of`) holds no other link and little other text (not a
    teaser's label: the teaser links to its story), outside navigation, after the headline: above
    it, one linked label is the story's kicker, its section. ``inside``: only in the ``<article>``/``<main>``
    (:func:`_visible_tags`' ``own``)."""
    for link in links:
        # the list first: the tag list's search asked it of most links (its answers kept), and most
        # pages' markup calls nothing a tag list (an address is parsed only for a link in one)
        box = marks.list_of(link)
        if box is None or (inside and not (_in_story(box) and _named_in_story(box, [page.text(link)]))):
            continue
        text = " ".join(page.text(link).split())
        href = link.get("href") or ""
        if not text or is_word_string([text]) or not _in_topic_directory(href) or _topic_index(href):
            continue
        if (in_navigation(link) or _holds_links(box) or len(text) < TAG_LIST_LINK_SHARE * _list_chars(box, labelled=True)
                or _prompts_reading(box)):
            continue
        heading = headline_element(page, title, matching=True)  # (found once a page)
        if heading is not None and _follows(page, link, heading):
            return clean_tags([text])
    return []


def _follows(page: PageElements, element: HtmlElement, earlier: HtmlElement) -> bool:
    """Whether ``element`` comes after ``earlier`` in the page, outside it."""
    for node in page.tree.iter():
        if node is earlier:
            return element not in earlier.iterdescendants()
        if node is element:
            return False
    return False


def _holding(texts: list[str], pattern: re.Pattern[str]) -> list[int]:
    """The indices of the ``texts`` in which ``pattern`` (one that matches no newline) finds a
    match in their :func:`ascii_folded` form, in order: one search of the texts joined by newlines,
    not a search of each (most texts hold none, and a search of many alternatives, as
    :data:`_TOPIC_HREF`'s, costs about a microsecond even so)."""
    starts = list(accumulate((len(text) + 1 for text in texts), initial=0))  # each text's offset in the joined
    found: list[int] = []
    for match in pattern.finditer(ascii_folded("\n".join(texts))):
        index = bisect_right(starts, match.start()) - 1
        if not found or found[-1] != index:
            found.append(index)
    return found


def _link_lists(links: list[HtmlElement], text_of: Callable[[HtmlElement], str],
                marks: _TagMarks | None = None) -> list[tuple[HtmlElement, list[str]]]:
    """The links (those ``marks`` calls tags, if given) grouped by the list holding them (the
    nearest ancestor holding another link), outside navigation, where the links' texts are most
    of the list's text and name topics in a few words. ``text_of``: a link's text
    (:meth:`PageElements.text`, read once a page)."""
    groups: dict[HtmlElement, list[str]] = {}
    holding: dict[HtmlElement, bool] = {}  # element -> holds more than one link (a list's links share them)
    for link in links:
        # the text first: most links hold it alone (read without an XPath call), and a teaser's is long
        words = text_of(link).split()
        if not words or len(words) > MAX_TAG_WORDS or (marks and not marks.tag(link)) or in_navigation(link):
            continue
        if _topic_index(link.get("href") or ""):
            continue  # "Alle Themen": the index of all topics, at the list's end
        text = " ".join(words)  # single-spaced
        container = link.getparent()
        for _ in range(3):  # the nearest ancestor holding another link: the list
            if container is None or container.getparent() is None:
                break
            holds = holding.get(container)
            if holds is None:
                holds = holding[container] = _holds_links(container)
            if holds:
                break
            container = container.getparent()
        if container is not None:
            groups.setdefault(container, []).append(text)
    return [(container, texts) for container, texts in groups.items() if len(set(texts)) > 1
            and sum(map(len, texts)) >= TAG_LIST_LINK_SHARE * _list_chars(container)
            and not _headlines(container, texts, marks)]


def _headlines(container: HtmlElement, texts: list[str], marks: _TagMarks | None) -> bool:
    """Whether a list's link ``texts`` are headlines, no topics: each of :data:`MIN_HEADLINE_WORDS` words or more,
    in a ``container`` the page's markup does not call tags (:meth:`_TagMarks.list_of`: a list so called names
    topics however long, "Krieg in der Ukraine", Vietnamese's syllables written apart, "Biến đổi khí hậu")."""
    if not all(len(text.split()) >= MIN_HEADLINE_WORDS for text in texts):
        return False
    link = next(container.iterdescendants("a"), None)
    return not _names_tags(container) and (link is None or (marks or _TagMarks()).list_of(link) is None)


def _prompts_reading(container: HtmlElement) -> bool:
    """Whether the text before the first link of ``container`` prompts to read on (the cleaning patterns' read-also
    phrases: "Читайте также", "Read also", "Lesen Sie auch") without naming a topic ("More on this topic", "Mehr zum
    Thema": a tag box's title): a box of one such link links a related story, not the story's topic. Asked of one-link
    boxes only: a list of several topic links under such a label is the story's tags (HuffPost's "Read More:
    Federal Reserve, Financial Crisis, ..."); a list of related stories is told by its headlines (:func:`_headlines`)."""
    first = next((link for link in container.iterdescendants("a") if link.get("href") is not None), None)
    if first is None:
        return False
    text = single_spaced(text_content(container))
    leading = _text_before(text, first).strip()
    return (bool(leading) and compiled_patterns().phrase_res["read_also"].match(leading) is not None
            and _TAG_STEM.search(leading.lower()) is None)


def _text_before(text: str, link: HtmlElement) -> str:
    """What a box's single-spaced ``text`` says before ``link``'s text (its label, if any); "" where the link's
    text is not found in it."""
    return text[:max(text.find(single_spaced(text_content(link))), 0)]


def _list_chars(container: HtmlElement, labelled: bool = False) -> int:
    """The length of a list's text, without its title: the headings before its first link
    (``<h2>Related keywords</h2>``, ``<h2>■関連キーワード</h2>``: a box's title, however long beside
    one tag; a heading after a link, or holding one, is a teaser's headline), else the label before
    its colon ("Schlagworte zu diesem Artikel: ...", "Tags: ..."), or in a box of one link
    (``labelled``) the few words before it (:data:`_LEADING_LABEL`: "Mehr zum Thema": all such a box
    says besides its tag; before a list of several links they may be a dateline's, WordPress's
    "Veröffentlicht am ... in" before its categories, and a list of several has no need of them);
    not prose around its links. Without the link to the index of all topics either
    (:func:`_topic_index`: "Alle Themen", no tag)."""
    text = single_spaced(text_content(container))
    titled = 0
    for element in container.iterdescendants("a", *HEADING_TAGS):
        if element.tag == "a" or next(element.iterdescendants("a"), None) is not None:
            if labelled and element.tag == "a" and not titled:  # the text before the link, a label without its colon
                leading = _text_before(text, element)
                titled = len(leading) if _LEADING_LABEL.match(leading) else 0
            break
        titled += len(single_spaced(text_content(element)))
    label = None if titled else _LIST_LABEL.match(text)
    index = sum(len(single_spaced(text_content(link))) for link in container.iterdescendants("a")
                if _topic_index(link.get("href") or ""))
    return len(text) - (label.end() if label else titled) - index


def _topic_index(href: str) -> bool:
    """An address of the index of all topics ("/thema/", "/tags/index.html"): a topic directory
    (:data:`TOPIC_DIRECTORIES`) itself, or its ``index`` page; a list of tags links to it at its end."""
    parts = _path_parts(href)
    if parts[-1] in TOPIC_DIRECTORIES:
        return True
    return len(parts) > 1 and parts[-2] in TOPIC_DIRECTORIES and parts[-1].split(".")[0] == "index"


def _holds_links(element: HtmlElement) -> bool:
    """More than one ``<a href>`` below the element."""
    found = 0
    for link in element.iterdescendants("a"):
        if link.get("href") is not None:
            found += 1
            if found > 1:
                return True
    return False


def _in_topic_directory(href: str) -> bool:
    """An address in which :data:`_TOPIC_HREF` matched is a topic page's: one of its directories
    is :data:`TOPIC_DIRECTORIES`."""
    return not TOPIC_DIRECTORIES.isdisjoint(_path_parts(href)[:-1])


@lru_cache(maxsize=ADDRESSES_KEPT)
def _path_parts(href: str) -> tuple[str, ...]:
    """The parts of the path of the address ``href`` writes, lower-cased, the last naming the
    page. Kept for the last :data:`ADDRESSES_KEPT` addresses (a pure function of the address):
    a list's links are asked of again for each of the blocks around them (:func:`_list_chars`),
    and a page's address parsed cost more than the rest of its tag-list search."""
    return tuple(split_url(href.strip()).path.lower().strip("/").split("/"))


class _TagMarks:
    """Whether the page's markup calls a link a tag: its ``rel="tag"`` (microformats' rel-tag), or
    a class or id of the link, of what it holds or of the list around it (:data:`TAG_MARK_DEPTH`
    levels up), or the name of a ``data-`` attribute there, is made of words one of which names tags or topics (``class="tag-like"``,
    ``class="art-tags"``, ``<section data-test-tags-box-v2>``): the site's own word for the list,
    whatever its URLs look like. The elements around the links are looked at once (a list's links
    share them); a link and what it holds are no other link's."""

    def __init__(self) -> None:
        self._seen: dict[HtmlElement, bool] = {}

    def tag(self, link: HtmlElement) -> bool:
        if "tag" in (link.get("rel") or "").lower().split():  # rel-tag: the link names a topic page
            return True
        if _names_tags(link) or (len(link) and any(map(_names_tags, link.iterdescendants()))):
            return True
        return self.list_of(link) is not None

    def list_of(self, link: HtmlElement) -> HtmlElement | None:
        """The nearest element above ``link``, up to :data:`TAG_MARK_DEPTH` levels, whose markup names
        tags: the list the link is a tag of."""
        seen = self._seen
        element = link
        for _ in range(TAG_MARK_DEPTH):  # up by getparent: an ancestors' iterator costs more than these steps
            element = element.getparent()
            if element is None:
                return None
            found = seen.get(element)
            if found is None:
                found = seen[element] = _names_tags(element)
            if found:
                return element
        return None


def _names_tags(element: HtmlElement) -> bool:
    """Whether a word of the element's class, id or ``data-`` attribute names is one of
    :data:`_TAG_MARKS` (their order does not matter); their words are split only where they hold
    a stem of one (most hold none)."""
    names = []  # (a loop, not a comprehension: no call of its own for each of a page's ~40 elements asked)
    for name, value in element.items():
        if name in _NAMING_ATTRIBUTES:
            names.append(value)
        elif name.startswith("data-"):
            names.append(name)
    if not names:  # (an image, a span inside a link)
        return False
    joined = " ".join(names)
    return _TAG_STEM.search(joined.lower()) is not None and any(_TAG_MARKS & class_words(name) for name in joined.split())


# --- structure ---------------------------------------------------------------------------------------
def _path_words(url: str | None) -> list[str]:
    """The words of the URL's directories ("/sport/fussball/x.html": sport, fussball): a site's
    section names, as a headline suffix ("... | Sport") may repeat them. The last part of the
    path names the page, with or without a trailing slash ("/tutorials/podcasts-in-plex/")."""
    directories = split_url(url).path.strip("/").split("/")[:-1]
    return [part.replace("-", " ") for part in directories if part and not any(char.isdigit() for char in part)]


def _edition_words(url: str | None) -> list[str]:
    """The labels of the URL's host before the domain the site registered ("sport.example.com":
    sport; "edition.cnn.com": edition; not "www"): a site serves a section or an edition from a
    subdomain as another from a directory, and its titles end in that name ("... - Sport") as in a
    directory's (:func:`_path_words`). A label holding a digit ("www2", "s3") names a server, no section."""
    host = host_key(url)
    registered = registrable_domain(host) if host.count(".") >= 2 else None  # kept per host
    if not registered or not host.endswith(f".{registered}"):
        return []
    return [label for label in host[:-len(registered) - 1].split(".") if label and not any(char.isdigit() for char in label)]


def _trail_sections(trail: list[tuple[str, str | None]], own: tuple[str | None, ...]) -> list[str]:
    """The names of a breadcrumb trail's entries above the page: the site and its sections, as a
    headline suffix ("... | Sport") may repeat them. The last entry is the page itself when it has
    no address or the page's own (its name is the headline: never a suffix)."""
    page = next((address for address in own if address), None)
    last = trail[-1][1] if trail else None
    if trail and (last is None or address_key(join_url(page, last)) in {address_key(a) for a in own if a}):
        trail = trail[:-1]
    return [name for name, _ in trail]
