"""Does the not-an-article decision keep every real article, and still drop listings? Per-reason
drop counts on the real article pages we have, as served and made harder the way held-out pages are.

Sets (read from ../shared/data by path): htmldate-dev (484 pages, split by host), fundus-dev (133
pages, split by publisher), the article-extraction benchmark (181 pages, split by page id); and,
from ../extdata, ``trafilatura`` (the pages trafilatura 1.1.0's (and 1.0.0's) real-world tests check, split by host,
as bench.trafilatura_eval; not all of them articles: a drop there is a page to read) and
``newspaper`` (newspaper4k 0.9.6's article pages, as bench.newspaper_pages decides them). Each
page goes through what the crawl's extract and cleaning stages do (``extract_article``, then
``clean_text``: nothing left is ``only_boilerplate``), in these variants:

``served``      the page as fetched;
``undeclared``  what the page says about itself removed: ``og:type`` is ``website``, no
                ``article:*`` meta, JSON-LD articles (at any depth) and microdata articles become
                ``WebPage`` (their dates stay: a page without ``og:type=article`` still dates itself);
``undated``     ``undeclared`` without any JSON-LD and without the date meta tags;
``grid``        ``undeclared`` plus a grid of 20 linked headlines with a teaser each at the end of
                the body, and 6 linked headings ("related") between the story's paragraphs, as
                Polish and German portals show them;
``interleaved`` ``grid`` with, after every paragraph of the story, a line linking to another story
                that is no heading ("<p><strong>Czytaj także:</strong> <a>headline</a></p>"), as Polish
                portals set them between every two paragraphs;
``divs``        ``undeclared`` with the story block's paragraphs in ``<div>`` instead of ``<p>``;
``br``          ``undeclared`` with the story block's paragraphs run into one ``<div>``, ``<br><br>``
                between them (a story written without paragraphs);
``unmarked``    ``grid`` with no sentence mark at the end of the story's paragraphs, as Thai and
                Lao write (and short news in other scripts often end a paragraph);
``related``     ``undeclared`` with a "Czytaj też" box inside the story, after its second paragraph: 4
                linked headlines, each with a linked thumbnail and a short teaser (as Polish portals
                set them);
``listing``     not an article: the page (``undeclared``) with its story block replaced by 20 linked
                headlines with a date and a teaser each, and no other paragraph (a
                section page from the same template).
                Counted as emitted (should be 0);
``flatlisting`` ``listing`` with the teasers' headings, dates and teasers one after another in the
                block, no element around each (an archive page of many blogs).
                Counted as emitted (should be 0);
``linklisting`` ``listing`` whose teasers' headlines are links outside any heading
                (``<a><strong>headline</strong></a>``), a box each. Counted as emitted (should be 0);
``linelisting`` ``flatlisting`` whose headlines are plain link lines (``<p><a>headline</a></p>``).
                Counted as emitted (should be 0);
``longlisting`` ``listing`` whose teasers show two paragraphs each (a blog's front page showing
                each post's start). Counted as emitted (should be 0);
``liveblog``    ``undeclared`` with the story's paragraphs as a live blog's entries: an ``<h3>`` (a
                time and another page's headline, linking nowhere) before each paragraph;
``anchors``     ``undeclared`` with a subheading before every second paragraph that is a link to a
                place on the page (``<h2><a href="#part-2">``), as a table of contents links them;
``teasersafter`` ``undeclared`` with 10 teasers (``flatlisting``'s: no box each) after the story's
                paragraphs in its own block.

A story told in sections, each under a heading that links to another page (must stay: each as
served, and ``<name>-undeclared`` as ``undeclared``), on pages whose story block holds at least
:data:`SECTIONED_MIN` paragraphs; its paragraphs regrouped in order, in groups of one and two (boxes:
two or more):

``boxes``       boxes (``<section>``) whose ``<h2>`` links to another page of the page's own site;
``qa``          a Q&A: question headings (another page's headline and the script's question mark)
                linking to explainers on the site, the answers' paragraphs under them, no box;
``photos``      a photo story: figures, each a linked image, a heading linking to the image's own
                page (under the page's path) and a caption of the paragraphs;
``listicle``    numbered headings, every other one linking to another site, paragraphs under them,
                no box;
``live``        a live page: updates (``<article id>``) each with its time linking to its anchor
                and a heading linking to the update's own path under the page's.

A live page or a "what we know" timeline whose dated updates (``<article>`` each: an ``<h3>``
linking to another story of the site, its own ``<time datetime>``, :data:`UPDATE_PARAGRAPHS`
paragraphs of the story) run
newest first, a day apart, as a blog's front page lists its posts (must stay; the story block's
paragraphs, at least :data:`SECTIONED_MIN`, become the updates; ``<name>-nodigits``: the same
page served at a story address without digits, ``/news/live-<words>``, which reads as a section's):

``updates-og``  declared by ``og:type=article`` alone (``undeclared`` otherwise), every paragraph in an update;
``updates-ld``  declared by a JSON-LD ``LiveBlogPosting`` whose headline is the page's ``<h1>`` alone
                (``og:type`` ``website``), every paragraph in an update;
``updates-own`` no declaration (``undeclared``), the story's paragraphs up to the :data:`OWN_PARAGRAPHS`-th
                of body text (:data:`BODY_TEXT_CHARS` or more) left under its headline as its own
                text, the others (three at least, else the page is left as it is) in updates.

Listings that must go whatever address or declaration they carry (counted as emitted, should be 0):
``longlisting-section``, ``longlisting-tag`` and ``longlisting-paged`` are ``longlisting`` served at a
section's address (``/politics/``, ``/tag/<word>/``, ``/category/<word>/page/2/``);
``longlisting-website`` declares ``og:type=website``, ``longlisting-collection`` a JSON-LD
``CollectionPage`` whose ``mainEntity`` is an ``ItemList``, ``longlisting-intro`` opens with a
section's one-paragraph description under its ``<h1>``, ``longlisting-intro2`` with a two-paragraph one
(an SEO text over a tag's, an author's bio over their list), ``longlisting-intro2-author`` that one served at
an author's address (``/author/<word>/``: the address says what the page is).

Headlines and teasers are other pages' titles and paragraphs of the same set.

Sets in other scripts: ``ntrex``, real article pages (the benchmark's, of the same split) whose
story block, headline and title carry an NTREX-128 news story (ntrex-dev) in each of
:data:`NTREX_LANGUAGES` (English, Arabic, Hindi, Russian, Chinese), split by story as bench.ntrex
(even tune, odd test); other pages' headlines and teasers are other stories in the same language.

    python bench/article_keep.py                      # tune split, all sets
    python bench/article_keep.py --split test         # once, at the end
    python bench/article_keep.py --show undeclared    # list the dropped pages of one variant
    python bench/article_keep.py --census             # each page's decision and how close it came
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.splits import host_key, split_of  # noqa: E402

DATA = REPO.parent / "shared" / "data"
SECTIONED = ("boxes", "qa", "photos", "listicle", "live")  # a story in sections linking elsewhere: must stay
UNDECLARED = "-undeclared"
UPDATES = ("updates-og", "updates-ld", "updates-own")  # a live page or timeline of dated updates: must stay
NO_DIGITS = "-nodigits"
# A section's addresses a listing is served at (``longlisting-<name>``); ``{word}``: a word of the page's path.
SECTION_PATHS = {"section": "/politics/", "tag": "/tag/{word}/", "paged": "/category/{word}/page/2/",
                 "intro2-author": "/author/{word}/"}
LONG_LISTINGS = ("longlisting", *(f"longlisting-{name}" for name in (*SECTION_PATHS, "website", "collection", "intro", "intro2")))
VARIANTS = ("served", "undeclared", "undated", "grid", "interleaved", "divs", "br", "unmarked", "related", "liveblog",
            "anchors", "teasersafter", *SECTIONED, *(kind + UNDECLARED for kind in SECTIONED),
            *UPDATES, *(kind + NO_DIGITS for kind in UPDATES),
            "listing", "flatlisting", "linklisting", "linelisting", *LONG_LISTINGS)
LISTINGS = ("listing", "flatlisting", "linklisting", "linelisting", *LONG_LISTINGS)  # not articles: emitted is wrong
# updates-own: the story's paragraphs left under its headline as the page's own text, up to this many
# of body text (a paragraph of BODY_TEXT_CHARS or more: a byline, a dateline or a "Share" line is shorter).
OWN_PARAGRAPHS = 2
BODY_TEXT_CHARS = 80
# An update shows this many of the story's paragraphs (the last one those left over): as many as a
# longlisting entry, a blog post's start.
UPDATE_PARAGRAPHS = 2
AFTER_TEASERS = 10
RELATED_BOX = 4
SETS = ("htmldate", "fundus", "benchmark", "trafilatura", "newspaper", "ntrex")
NTREX_LANGUAGES = ("en", "ar", "hi", "ru", "zh")
# A story of this many sentences or more gets two a paragraph (shorter ones one: paragraphs enough to section).
NTREX_PAIRED_SENTENCES = 12
# The sectioned variants regroup a story block of at least this many paragraphs (two sections of two).
SECTIONED_MIN = 4
GRID_TEASERS = 20
RELATED_HEADINGS = 6
TEASER_MIN_CHARS = 80
_DATE_META = re.compile(r"date|time|published|created|modified|issued", re.IGNORECASE)
_ARTICLE_TYPE = re.compile(r"Article|BlogPosting|Report|ClaimReview")


def load(name: str) -> list[dict]:
    """[{set, id, url, split, html(bytes)}] of one set (``ntrex``: also ``entry``, the page's
    headline and teaser for other pages, and ``group``, its language: others come from it)."""
    if name == "ntrex":
        return ntrex_pages(load("benchmark"))
    if name in ("trafilatura", "newspaper"):
        from bench import newspaper_pages, trafilatura_eval

        if name == "trafilatura":
            gold_pages = trafilatura_eval.load_pages(trafilatura_eval.DEFAULT_DIR, "all")[0]
        else:
            gold_pages = [p for p in newspaper_pages.load_pages(newspaper_pages.DATA) if p.gold["article"]]
        return [{"set": name, "id": p.ident, "url": p.url, "split": p.split, "html": p.html} for p in gold_pages]
    if name == "benchmark":
        folder = DATA / "article-extraction-benchmark"
        gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        return [{"set": name, "id": pid, "url": entry["url"], "split": split_of(pid),
                 "html": gzip.decompress((folder / "html" / f"{pid}.html.gz").read_bytes())}
                for pid, entry in sorted(gold.items())]
    folder = DATA / {"htmldate": "htmldate-dev", "fundus": "fundus-dev"}[name]
    pages = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            gold = json.loads(line)
            key = gold["publisher"] if name == "fundus" else host_key(gold["url"])
            pages.append({"set": name, "id": Path(gold["page"]).name.removesuffix(".html.gz"), "url": gold["url"],
                          "split": split_of(key), "html": gzip.decompress((folder / gold["page"]).read_bytes())})
    return pages


def ntrex_pages(templates: list[dict]) -> list[dict]:
    """Each NTREX story in each of :data:`NTREX_LANGUAGES` on a real article page of its split
    (``templates``, the benchmark's pages, taken in turn), language by language."""
    from bench.ntrex import read_stories

    stories = read_stories()
    by_split = {split: [t for t in templates if t["split"] == split] for split in ("tune", "test")}
    pages = []
    for language in NTREX_LANGUAGES:
        for index, (story, variants) in enumerate(stories):
            split = "tune" if index % 2 == 0 else "test"
            template = by_split[split][index // 2 % len(by_split[split])]
            sentences = [sentence for sentence in variants[language] if sentence.strip()]
            headline, body = sentences[0], sentences[1:]
            size = 2 if len(body) >= NTREX_PAIRED_SENTENCES else 1
            joiner = "" if language == "zh" else " "
            paragraphs = [joiner.join(body[at:at + size]) for at in range(0, len(body), size)]
            parts = urlsplit(template["url"])
            url = f"{parts.scheme}://{parts.netloc}/{language}/{story.replace('.', '-')}.html"
            pages.append({"set": "ntrex", "id": f"{story}/{language}", "url": url, "split": split, "group": language,
                          "entry": (headline, paragraphs[0][:300]),
                          "html": _restory(_decode(template["html"], template["url"]), headline, paragraphs,
                                           language).encode("utf-8")})
    return pages


def _restory(html: str, headline: str, paragraphs: list[str], language: str) -> str:
    """``html`` (an article page) telling another story: its story block's paragraphs, its
    ``<h1>``, ``<title>`` and title metas replaced, its language and charset declared anew."""
    from lxml.html import fragment_fromstring, tostring

    from newsspider.extract.parse import parse_html

    tree = parse_html(html)
    block = story_block(tree)
    old = [] if block is None else [p for p in block if p.tag == "p"]
    for text in paragraphs:
        paragraph = fragment_fromstring("<p></p>")
        paragraph.text = text
        if old:
            old[0].addprevious(paragraph)
        else:
            next(tree.iter("body"), tree).append(paragraph)
    for paragraph in old:
        paragraph.drop_tree()
    for element in (next(tree.iter("h1"), None), next(tree.iter("title"), None)):
        if element is not None:
            for child in list(element):
                element.remove(child)
            element.text = headline
    for meta in list(tree.iter("meta")):
        name = (meta.get("property") or meta.get("name") or "").lower()
        if name in ("og:title", "twitter:title"):
            meta.set("content", headline)
        elif meta.get("charset") or (meta.get("http-equiv") or "").lower() == "content-type":
            meta.getparent().remove(meta)
    head = next(tree.iter("head"), None)
    if head is not None:
        head.insert(0, fragment_fromstring("<meta charset='utf-8'>"))
    tree.set("lang", language)
    if language == "ar":
        tree.set("dir", "rtl")
    return tostring(tree, encoding="unicode")


def _decode(html: bytes, url: str) -> str:
    from scrapy.http import HtmlResponse

    from newsspider.spiders.news import page_text

    return page_text(HtmlResponse(url, body=html, headers={"Content-Type": "text/html"}))


# --- variants ---------------------------------------------------------------------------------


def _retype(node):
    """JSON-LD with every article type (at any depth) renamed ``WebPage``."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "@type":
                types = value if isinstance(value, list) else [value]
                types = ["WebPage" if isinstance(t, str) and _ARTICLE_TYPE.search(t) else t for t in types]
                out[key] = types if isinstance(value, list) else types[0]
            else:
                out[key] = _retype(value)
        return out
    if isinstance(node, list):
        return [_retype(value) for value in node]
    return node


def undeclare(tree, *, undated: bool = False) -> None:
    for meta in tree.iter("meta"):
        prop = (meta.get("property") or meta.get("name") or "").strip().lower()
        if prop == "og:type":
            meta.set("content", "website")
        elif prop.startswith("article:") or (undated and _DATE_META.search(prop)):
            meta.getparent().remove(meta)
    for script in list(tree.iter("script")):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        if undated:
            script.getparent().remove(script)
            continue
        try:
            script.text = json.dumps(_retype(json.loads(script.text or "")))
        except ValueError:
            script.getparent().remove(script)
    for element in tree.xpath("//*[@itemtype]"):
        if _ARTICLE_TYPE.search(element.get("itemtype") or ""):
            element.set("itemtype", "https://schema.org/WebPage")


def _teaser(entry: tuple[str, str, str], n: int, *, dated: bool, headline: str = "<h3><a></a></h3>",
            second: str | None = None):
    """A teaser's box: its ``headline`` (markup whose innermost element gets the title, its ``<a>``
    the link), a date (``dated``: each entry a day older than the one before it, newest first, as a
    listing and a feed show their entries), the blurb and a ``second`` paragraph."""
    from lxml.html import fragment_fromstring

    title, blurb, href = entry
    div = fragment_fromstring(f"<div class='teaser'>{headline}<p></p></div>")
    next(div[0].iter("a")).set("href", href)
    innermost = div[0]
    while len(innermost):
        innermost = innermost[0]
    innermost.text = title
    div[1].text = blurb
    if second:
        div.append(fragment_fromstring("<p></p>"))
        div[-1].text = second
    if dated:
        day = 28 - n % 28  # newest first, as a listing shows its entries
        time_ = fragment_fromstring(f"<time datetime='2024-05-{day:02d}T09:00:00+02:00'>{day}.05.2024</time>")
        div.insert(1, time_)
    return div


def story_block(tree):
    from newsspider.extract.article import story_block as largest_paragraph_block
    from newsspider.extract.elements import PageElements

    return largest_paragraph_block(PageElements(tree))[0]


def variant(html: str, url: str, kind: str, others: list[tuple[str, str, str]]) -> str:
    from lxml.html import fragment_fromstring, tostring

    from newsspider.extract.parse import parse_html

    if kind == "served":
        return html
    tree = parse_html(html)
    if tree is None:
        return html
    address = served_address(url, kind)
    if address != url:
        _readdress(tree, url, address)
    if kind.removesuffix(NO_DIGITS) in UPDATES:
        _updates(tree, address, kind.removesuffix(NO_DIGITS), others)
        return tostring(tree, encoding="unicode")
    if kind not in SECTIONED:
        undeclare(tree, undated=kind == "undated")
    if kind.removesuffix(UNDECLARED) in SECTIONED:
        _section(tree, url, kind.removesuffix(UNDECLARED), others)
        return tostring(tree, encoding="unicode")
    body = next(tree.iter("body"), tree)
    if kind in ("grid", "unmarked", "interleaved"):
        grid = fragment_fromstring("<section class='more'><h2>Mehr zum Thema</h2></section>")
        for n, entry in enumerate(others[:GRID_TEASERS]):
            grid.append(_teaser(entry, n, dated=False))
        body.append(grid)
        block = story_block(tree)
        if block is not None:
            paragraphs = [p for p in block if p.tag == "p"]
            for n, entry in enumerate(others[GRID_TEASERS:GRID_TEASERS + RELATED_HEADINGS]):
                if len(paragraphs) < 2:
                    break
                at = paragraphs[(n + 1) * len(paragraphs) // (RELATED_HEADINGS + 1)]
                related = fragment_fromstring("<h4>Czytaj także: <a></a></h4>")
                related[0].set("href", entry[2])
                related[0].text = entry[0]
                at.addprevious(related)
    if kind == "interleaved":
        block = story_block(tree)
        paragraphs = [] if block is None else [p for p in block if p.tag == "p"]
        for n, paragraph in enumerate(paragraphs[:-1]):
            entry = others[(GRID_TEASERS + n) % len(others)] if others else ("Inna wiadomość", "", "/inna.html")
            line = fragment_fromstring("<p><strong>Czytaj także:</strong> <a></a></p>")
            line[1].set("href", entry[2])
            line[1].text = entry[0]
            paragraph.addnext(line)
    if kind == "unmarked":
        block = story_block(tree)
        for paragraph in [] if block is None else [p for p in block if p.tag == "p"]:
            _unmark(paragraph)
    elif kind in ("divs", "br"):
        block = story_block(tree)
        paragraphs = [] if block is None else [p for p in block if p.tag == "p"]
        if kind == "divs":
            for paragraph in paragraphs:
                paragraph.tag = "div"
        elif paragraphs:
            holder = fragment_fromstring("<div class='text'></div>")
            paragraphs[0].addprevious(holder)
            for n, paragraph in enumerate(paragraphs):
                if n:
                    holder.append(fragment_fromstring("<br>"))
                    holder.append(fragment_fromstring("<br>"))
                    holder[-1].tail = paragraph.text
                else:
                    holder.text = paragraph.text
                for child in list(paragraph):
                    holder.append(child)
                paragraph.getparent().remove(paragraph)
    elif kind == "related":
        block = story_block(tree)
        paragraphs = [] if block is None else [p for p in block if p.tag == "p"]
        if len(paragraphs) >= 2:
            box = fragment_fromstring("<div class='related-box'><span class='label'>Czytaj też</span><ul></ul></div>")
            for entry in others[:RELATED_BOX]:
                item = fragment_fromstring("<li><a class='thumb'><img src='/img/thumb.jpg' alt=''></a>"
                                           "<h3><a></a></h3><p></p></li>")
                item[0].set("href", entry[2])
                item[1][0].set("href", entry[2])
                item[1][0].text = entry[0]
                item[2].text = entry[1][:120]
                box[1].append(item)
            paragraphs[1].addnext(box)
    elif kind in ("liveblog", "anchors"):
        block = story_block(tree)
        paragraphs = [] if block is None else [p for p in block if p.tag == "p"]
        for n, paragraph in enumerate(paragraphs):
            if kind == "liveblog":
                entry = others[n % len(others)][0] if others else f"Update {n}"
                heading = fragment_fromstring(f"<h3><time datetime='2024-05-02T{n % 24:02d}:00:00+02:00'>"
                                              f"{n % 24:02d}:00</time> </h3>")
                heading[0].tail = f" {entry}"
            elif n % 2:
                heading = fragment_fromstring(f"<h2><a href='#part-{n}'></a></h2>")
                heading[0].text = f"Part {n // 2 + 1}"
            else:
                continue
            paragraph.addprevious(heading)
    elif kind == "teasersafter":
        block = story_block(tree)
        if block is not None:
            for n, entry in enumerate(others[:AFTER_TEASERS]):
                block.extend(list(_teaser(entry, n, dated=True)))
    elif kind in LISTINGS:
        _declare_listing(tree, kind, address)
        block = story_block(tree)
        holder = block if block is not None else body
        for child in list(holder):
            holder.remove(child)
        holder.text = None
        for element in list(body.iter("p")):  # what is left of the story: a listing has none
            if element.getparent() is not None:
                element.drop_tree()
        headline = {"linklisting": "<a><strong></strong></a>", "linelisting": "<p><a></a></p>"}.get(kind, "<h3><a></a></h3>")
        if kind in ("longlisting-intro", "longlisting-intro2", "longlisting-intro2-author") and others:  # a description
            name = fragment_fromstring("<h1></h1>")
            name.text = urlsplit(address).path.strip("/").split("/")[0].capitalize() or "News"
            holder.append(name)
            for entry in others[-(1 if kind == "longlisting-intro" else 2):]:
                intro = fragment_fromstring("<p class='description'></p>")
                intro.text = entry[1]
                holder.append(intro)
        for n, entry in enumerate(others[:GRID_TEASERS]):
            second = others[(n + 1) % len(others)][1] if kind in LONG_LISTINGS else None
            teaser = _teaser(entry, n, dated=True, headline=headline, second=second)
            if kind in ("flatlisting", "linelisting"):
                holder.extend(list(teaser))
            else:
                holder.append(teaser)
    return tostring(tree, encoding="unicode")


def served_address(url: str, kind: str) -> str:
    """The address a variant's page is served at: ``<kind>-nodigits`` at a story address without
    digits (``/news/live-<the words of its path>``, a section's by the look of it),
    ``longlisting-<section>`` at a section's (:data:`SECTION_PATHS`); others at the page's own."""
    parts = urlsplit(url)
    words = [word for word in re.split(r"[^a-z]+", parts.path.lower())
             if len(word) > 2 and word not in ("html", "htm", "php", "aspx", "shtml", "amp")]
    if kind.endswith(NO_DIGITS):
        path = "/news/live-" + "-".join(words[-3:] or ["story"])
    elif kind.removeprefix("longlisting-") in SECTION_PATHS:
        path = SECTION_PATHS[kind.removeprefix("longlisting-")].format(word=(words or ["news"])[0])
    else:
        return url
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _readdress(tree, url: str, address: str) -> None:
    """The page's canonical link, ``og:url`` and links to itself (``url``: a headline's permalink)
    naming ``address`` (the page served there); a link no address can be read from ("http://[ccpa-...]")
    is none of them."""
    from newsspider.extract.addresses import split_url

    path = urlsplit(url).path.rstrip("/")
    for link in tree.iter("a"):
        href = (link.get("href") or "").strip()
        if href and not href.startswith("#") and path and split_url(href).path.rstrip("/") == path:
            link.set("href", address)
    for link in tree.iter("link"):
        if (link.get("rel") or "").strip().lower() == "canonical":
            link.set("href", address)
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").strip().lower() == "og:url":
            meta.set("content", address)


def _set_og_type(tree, value: str) -> None:
    """``og:type`` set to ``value``, its meta added to the head where the page has none."""
    from lxml.html import fragment_fromstring

    metas = [meta for meta in tree.iter("meta") if (meta.get("property") or "").strip().lower() == "og:type"]
    for meta in metas:
        meta.set("content", value)
    head = next(tree.iter("head"), None)
    if not metas and head is not None:
        head.append(fragment_fromstring(f"<meta property='og:type' content='{value}'>"))


def _add_jsonld(tree, node: dict) -> None:
    from lxml.html import fragment_fromstring

    script = fragment_fromstring("<script type='application/ld+json'></script>")
    script.text = json.dumps(node, ensure_ascii=False)
    head = next(tree.iter("head"), None)
    (next(tree.iter("body"), tree) if head is None else head).append(script)


def _headline(tree) -> str:
    return next((" ".join(h.text_content().split()) for h in tree.iter("h1") if h.text_content().strip()), "") or next(
        (" ".join(t.text_content().split()) for t in tree.iter("title")), "")


def _declare_listing(tree, kind: str, address: str) -> None:
    """``longlisting-website``: ``og:type=website`` declared; ``longlisting-collection``: a JSON-LD
    ``CollectionPage`` listing its entries in an ``ItemList`` (besides ``undeclare``'s ``WebPage``)."""
    if kind == "longlisting-website":
        _set_og_type(tree, "website")
    elif kind == "longlisting-collection":
        _add_jsonld(tree, {"@context": "https://schema.org", "@type": "CollectionPage", "url": address,
                           "name": _headline(tree), "mainEntity": {"@type": "ItemList", "itemListElement": []}})


def _updates(tree, address: str, kind: str, others: list[tuple[str, str, str]]) -> None:
    """The story block's paragraphs (at least :data:`SECTIONED_MIN`) as a live page's or a timeline's
    dated updates, newest first a day apart, each an ``<article>`` with an ``<h3>`` linking to another
    story of the site, its ``<time datetime>`` and :data:`UPDATE_PARAGRAPHS` paragraphs (``updates-own``: those up
    to the :data:`OWN_PARAGRAPHS`-th of body text stay under the headline); the page declared as one of
    :data:`UPDATES` says."""
    from lxml.html import fragment_fromstring

    undeclare(tree)
    if kind == "updates-og":
        _set_og_type(tree, "article")
    elif kind == "updates-ld":
        _add_jsonld(tree, {"@context": "https://schema.org", "@type": "LiveBlogPosting", "url": address,
                           "headline": _headline(tree)})
    block = story_block(tree)
    paragraphs = [] if block is None else [p for p in block if p.tag == "p" and p.text_content().strip()]
    if len(paragraphs) < SECTIONED_MIN:
        return
    own = 0  # updates-own: the paragraphs up to the OWN_PARAGRAPHS-th of body text stay under the headline
    if kind == "updates-own":
        long = [at for at, p in enumerate(paragraphs) if len(" ".join(p.text_content().split())) >= BODY_TEXT_CHARS]
        own = long[OWN_PARAGRAPHS - 1] + 1 if len(long) >= OWN_PARAGRAPHS else 0
    updated = paragraphs[own:]
    if len(updated) < SECTIONED_MIN - 1:  # fewer than three updates of one paragraph at least: no feed's shape
        return
    groups = [updated[at:at + UPDATE_PARAGRAPHS] for at in range(0, len(updated), UPDATE_PARAGRAPHS)]
    if len(groups) > 1 and len(groups[-1]) < UPDATE_PARAGRAPHS:
        groups[-2].extend(groups.pop())
    for n, group in enumerate(groups):
        title, _, href = others[n % len(others)] if others else (f"Update {n + 1}", "", f"/news/{n}.html")
        day = 28 - n % 28
        unit = fragment_fromstring(f"<article class='update'><h3><a></a></h3>"
                                   f"<time datetime='2024-05-{day:02d}T{8 + n % 12:02d}:00:00+02:00'>"
                                   f"{day}.05.2024</time></article>")
        unit[0][0].set("href", _on_site(href))
        unit[0][0].text = title
        group[0].addprevious(unit)
        unit.extend(group)


def _on_site(href: str) -> str:
    """``href``'s path and query as a link of the page's own site (relative to its host)."""
    parts = urlsplit(href)
    return urlunsplit(("", "", parts.path or "/", parts.query, ""))


def _section(tree, url: str, kind: str, others: list[tuple[str, str, str]]) -> None:
    """The story block's paragraphs regrouped as one of the :data:`SECTIONED` stories (see the
    module's docstring), in groups of one and two (``boxes``: two, the last taking a paragraph left
    over); a block of fewer than :data:`SECTIONED_MIN` paragraphs with text is left as it is."""
    from lxml.html import fragment_fromstring

    from newsspider.extract.language import dominant_script

    block = story_block(tree)
    paragraphs = [] if block is None else [p for p in block if p.tag == "p" and p.text_content().strip()]
    if len(paragraphs) < SECTIONED_MIN:
        return
    groups: list[list] = []
    while len(paragraphs) > sum(map(len, groups)):
        at = sum(map(len, groups))
        groups.append(paragraphs[at:at + (2 if kind == "boxes" else 1 + len(groups) % 2)])
    if kind == "boxes" and len(groups[-1]) == 1:
        groups[-2].extend(groups.pop())
    path = urlsplit(url).path.rstrip("/")
    question = {"ARABIC": "؟", "CJK": "？"}.get(dominant_script(" ".join(p.text_content() for p in paragraphs)) or "", "?")
    for n, group in enumerate(groups):
        title, _, href = others[n % len(others)] if others else (f"Part {n + 1}", "", f"https://example.org/{n}.html")
        own = f"{path}/{kind}-{n + 1}"
        if kind == "boxes":
            unit = fragment_fromstring("<section class='box'><h2><a></a></h2></section>")
            holder, link = unit, unit[0][0]
            link.set("href", _on_site(href))
        elif kind == "qa":
            unit = holder = fragment_fromstring("<h3><a></a></h3>")
            link = unit[0]
            link.set("href", _on_site(href))
            title = title.rstrip(".!?。！？؟ ") + question
        elif kind == "photos":
            unit = fragment_fromstring(f"<figure class='photo'><a href='{own}'><img src='{own}.jpg' alt=''></a>"
                                       f"<h3><a href='{own}'></a></h3><figcaption></figcaption></figure>")
            holder, link = unit[2], unit[1][0]
        elif kind == "listicle":
            unit = holder = fragment_fromstring(f"<h2>{n + 1}. <a href='{href}'></a></h2>" if n % 2 == 0
                                                else f"<h2>{n + 1}. <span></span></h2>")
            link = unit[0]
        else:  # live
            hour = 20 - n % 20
            unit = fragment_fromstring(f"<article class='update' id='update-{n + 1}'><a href='#update-{n + 1}'>"
                                       f"<time datetime='2024-05-02T{hour:02d}:00:00+02:00'>{hour:02d}:00</time></a>"
                                       f"<h3><a href='{own}'></a></h3></article>")
            holder, link = unit, unit[1][0]
        link.text = title
        group[0].addprevious(unit)
        if holder is unit and kind in ("qa", "listicle"):  # no box: the heading stands before its paragraphs
            continue
        for paragraph in group:
            holder.append(paragraph)


def _unmark(element) -> None:
    """``element``'s text without the sentence mark it ends with."""
    from newsspider.unicode_classes import CLOSING_MARKS, REVERSED_CLOSING_QUOTES, SENTENCE_ENDS

    last, attribute = element, "text"
    while len(last):
        child = last[-1]
        if (child.tail or "").strip():
            last, attribute = child, "tail"
            break
        if not child.text_content().strip():
            break
        last = child
    value = getattr(last, attribute) or ""
    stripped = value.rstrip().rstrip(CLOSING_MARKS + REVERSED_CLOSING_QUOTES).rstrip()  # „... ist.“ too
    if stripped and stripped[-1] in SENTENCE_ENDS:
        setattr(last, attribute, stripped[:-1])


# --- running --------------------------------------------------------------------------------


def _page_entry(job: tuple[str, bytes]) -> tuple[str, str]:
    """(headline, teaser) of a page, for other pages' grids."""
    url, raw = job
    from newsspider.extract.parse import parse_html

    tree = parse_html(_decode(raw, url))
    if tree is None:
        return "", ""
    heading = next((h.text_content().strip() for h in tree.iter("h1") if h.text_content().strip()), "")
    if not heading:
        heading = next((t.text_content().strip() for t in tree.iter("title")), "")
    blurb = next((" ".join(p.text_content().split()) for p in tree.iter("p")
                  if len(" ".join(p.text_content().split())) >= TEASER_MIN_CHARS), "")
    return " ".join(heading.split())[:120], blurb[:300]


def _job(job: tuple[str, bytes, str, list, bool]) -> tuple[str, str, str]:
    """(outcome, page type, how close it came): ``emitted`` or the drop reason; how close only
    when ``shown`` (it reads the page again: as much CPU as the extraction)."""
    url, raw, kind, others, shown = job
    from newsspider.extract.article import extract_article
    from newsspider.extract.cleaning import clean_text

    html = variant(_decode(raw, url), url, kind, others)
    url = served_address(url, kind)
    extraction = extract_article(html, url)
    if extraction.article is None:
        return extraction.reason or "?", "", closeness(html, url) if shown else ""
    article = extraction.article
    if not clean_text(article.text, title=article.title, site_name=article.site_name).text.strip():
        return "only_boilerplate", article.page_type, closeness(html, url) if shown else ""
    return "emitted", article.page_type, closeness(html, url) if shown and article.page_type != "declared" else ""


def closeness(html: str, url: str) -> str:
    """What the decision saw on the page: what it declares, the fast pass's text size against
    the page's visible text, the text's shape (own and teaser characters, whether a body held)
    and its longest run of running-text paragraphs."""
    from newsspider.extract.article import read_page_text, trafilatura_text
    from newsspider.extract.elements import PageElements
    from newsspider.extract.metadata import read_metadata
    from newsspider.extract.options import ExtractOptions
    from newsspider.extract.pagetype import listing_teasers, longest_body, text_shape
    from newsspider.extract.parse import parse_html

    tree = parse_html(html)
    if tree is None:
        return "unparseable"
    page = PageElements(tree)
    from datetime import datetime, timezone

    meta = read_metadata(tree, url, page, datetime.now(timezone.utc))
    fast = trafilatura_text(tree, url, precision=False, fast=True)
    _, text, _, _ = read_page_text(tree, page, tree, page, url, meta, ExtractOptions())
    visible = sum(len(" ".join(p.text_content().split())) for p in page.of("p"))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    shape = text_shape(lines, listing_teasers(tree, url, meta.canonical, page))
    said = "".join(flag for flag, on in (("A", meta.declares_article), ("L", meta.declares_listing),
                                         ("d", meta.dated)) if on) or "-"
    return (f"says {said} fast {len(fast)} text {len(text)} <p> {visible} own {shape.own} teasers {shape.teasers}"
            f" body {int(shape.body)} longest {len(longest_body(text))}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", default=list(SETS))
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--show", metavar="VARIANT", help="list these variants' (comma-separated) dropped (or, listing: emitted) pages")
    parser.add_argument("--census", action="store_true", help="list every page of the served variant, how close it came")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    kinds = args.variants.split(",")
    started = time.monotonic()
    with ProcessPoolExecutor(args.workers) as pool:
        for name in args.sets:
            every = load(name)
            entries = list(pool.map(_page_entry, [(p["url"], p["html"]) for p in every if "entry" not in p], chunksize=8))
            read = iter(entries)
            pool_entries = [(title, blurb, p["url"], p.get("group"))
                            for p, (title, blurb) in ((p, p["entry"] if "entry" in p else next(read)) for p in every)
                            if title and blurb]
            pages = [p for p in every if args.split in ("all", p["split"])]
            print(f"\n== {name}: {len(pages)} pages ({args.split})")
            for kind in kinds:
                shown = kind in (args.show or "").split(",") or (args.census and kind == "served")
                jobs = []
                for p in pages:
                    at = next(i for i, e in enumerate(pool_entries + [("", "", p["url"], None)]) if e[2] == p["url"])
                    others = [e[:3] for e in pool_entries[at + 1:] + pool_entries[:at]
                              if e[2] != p["url"] and e[3] == p.get("group")]
                    jobs.append((p["url"], p["html"], kind, others[:GRID_TEASERS + RELATED_HEADINGS], shown))
                results = list(pool.map(_job, jobs, chunksize=4))
                by_split: dict[str, Counter] = defaultdict(Counter)
                types: dict[str, Counter] = defaultdict(Counter)
                for p, (outcome, ptype, _) in zip(pages, results, strict=True):
                    by_split[p["split"]][outcome] += 1
                    if ptype:
                        types[p["split"]][ptype] += 1
                for split, counts in sorted(by_split.items()):
                    total = sum(counts.values())
                    drops = {k: v for k, v in sorted(counts.items()) if k != "emitted"}
                    print(f"  {kind:<21} {split:<4} emitted {counts['emitted']:>3}/{total:<3} dropped {drops}"
                          f"  page types {dict(sorted(types[split].items()))}")
                for p, (outcome, ptype, close) in zip(pages, results, strict=True):
                    if (kind in (args.show or "").split(",") and (outcome == "emitted") == (kind in LISTINGS)) or (
                            args.census and kind == "served"):
                        print(f"    {outcome:<16} {ptype:<10} {p['id'][:24]:<24} {close}  {p['url'][:70]}")
    print(f"\n({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
