"""Are the tags still the gold topics when a page declares or prints them the ways other sites do?

bench.author_variants' counterpart for tags: the fundus-dev pages (bench.realpages) whose gold names
topics, as served and rewritten, read by ``read_metadata`` in-process (a stress aid, not a figure).
The declared variants replace every keyword field the page has (JSON-LD ``keywords``, the keyword
meta tags: :func:`_drop_declared`) with one; the visible ones also take out the page's own tag
lists (links into a topic directory or marked as tags: :func:`_drop_tag_lists`) and print the gold
topics as a list of links after the story's last paragraph (:func:`_print_tags`):

``served``          the page as fetched;
``ld_list``         JSON-LD article ``keywords`` a list;
``ld_string``       JSON-LD article ``keywords`` one string joined by ", ";
``meta_semicolon``  ``<meta name="keywords">`` joined by "; ";
``meta_hashtags``   ``<meta name="keywords">`` "#A #B" (topics of one word each);
``title_words``     ``<meta name="keywords">`` the headline's words (in a script written without spaces, pieces of
                    two letters) then the topics, as a CMS spells it, the page's tag lists taken out;
``visible``         ``<ul class="tags">`` of ``<a href="/tag/...">`` links;
``site_sections``   ``visible``, and ``<meta name="keywords">`` the entries of the page's own largest menu above the
                    headline (the site's sections, the same on every page: no topic), where it has four or more;
``visible_counts``  the same, each link's text followed by the count of the topic's articles ("Ukraine (123)");
``visible_hashtags``  the same, each link's text a hashtag ("#Ukraine");
``visible_labelled``  ``<p>Tags: <a>A</a>, <a>B</a></p>`` (a label and commas between the links);
``visible_kicker``  ``visible`` and a section's one link above the headline (``<a class="tag">``): no topic of the list;
``visible_one``     ``visible`` of the first topic alone (gold: that topic), a list of one link;
``kicker_one``      ``visible_one`` with that one-link list above the headline instead: a kicker, no tag (gold: none);
``headed_one``      ``visible_one`` under the box's own heading (``<div class="keywords"><h2>Related keywords</h2><ul>...``);
``labelled_one``    ``visible_one`` after the box's label in a ``<span>`` of its own, no colon (``<span>More on this topic</span>``);
``article_tag``     one ``<meta property="article:tag">`` per topic (WordPress), ``og_article_tag`` the same named
                    ``og:article:tag``, ``news_keywords``/``parsely_tags``/``sailthru_tags`` those meta tags joined by ", ";
``rel_tag``         ``visible`` as ``<a rel="tag">`` links to addresses of no topic directory (``/t/<slug>``);
``meta_pipe``/``meta_ideographic``/``meta_fullwidth``/``meta_arabic``  ``<meta name="keywords">`` joined by " | ",
                    "、", "，", "، ";
``meta_script``     ``<meta name="keywords">`` topics of another script joined by its own separator (:data:`SCRIPTS`, one
                    script a page in turn: Arabic, Chinese, Japanese, Korean, Hindi, Thai by spaces, Russian, Greek,
                    Hebrew, Burmese, Amharic), ``visible_script`` the same topics as ``visible``'s links;
``site_keywords``   ``<meta name="keywords">`` the site's standing list (its name, "news", ...) and the topics as
                    ``article:tag``, the JSON-LD ``articleSection`` a section that is no topic.

Scored per page: the F1 of the sets of tags, case folded (bench.realpages.set_f1).

    python -m bench.tag_variants                     # tune split: each variant's mean F1
    python -m bench.tag_variants --show visible      # that variant's wrong pages ("all": every one)
    python -m bench.tag_variants --split test        # the test split, once, at the end
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.author_variants import _add_head, _slug, print_variant_scores, story_heading, variant_arguments  # noqa: E402
from bench.realpages import decode_as_crawl, edit_jsonld, gold_topics, set_f1  # noqa: E402

KICKER = "Ressort"  # the section label above the headline (visible_kicker): no topic
COUNTS = (123, 45, 7, 2981, 16, 310)  # the article counts printed after the topics, in turn
VISIBLE = ("visible", "visible_counts", "visible_hashtags", "visible_labelled", "visible_kicker", "site_sections")
ONE = ("visible_one", "kicker_one", "headed_one", "labelled_one")  # a list of one topic's link, after the story or above its headline
# One meta tag per topic (``article:tag`` as WordPress prints it), or one joined by ", ".
EACH_META = {"article_tag": "article:tag", "og_article_tag": "og:article:tag"}
JOINED_META = {"news_keywords": "news_keywords", "parsely_tags": "parsely-tags", "sailthru_tags": "sailthru.tags"}
# ``<meta name="keywords">`` joined by the separators of other scripts.
SEPARATED = {"meta_pipe": " | ", "meta_ideographic": "、", "meta_fullwidth": "，", "meta_arabic": "، "}
# Topics in other scripts, each with its list separator (meta_script, visible_script): a page's in turn.
SCRIPTS = (
    (("الانتخابات", "مصر", "الاقتصاد العالمي"), "، "), (("选举", "北京", "经济增长"), "，"), (("選挙", "東京都", "経済"), "、"),
    (("대통령 선거", "서울", "경제"), ", "), (("चुनाव", "दिल्ली", "अर्थव्यवस्था"), " | "),
    (("การเลือกตั้ง", "กรุงเทพมหานคร", "เศรษฐกิจ"), " "), (("Выборы", "Москва", "Экономика России"), "; "),
    (("Εκλογές", "Αθήνα", "Οικονομία"), ", "), (("בחירות", "ירושלים", "כלכלה"), ", "),
    (("ရွေးကောက်ပွဲ", "ရန်ကုန်", "စီးပွားရေး"), "၊ "), (("ምርጫ", "አዲስ አበባ", "ኢኮኖሚ"), "፣ "),
)
SITE_LIST = ("News", "Nachrichten", "Breaking News")  # a site's standing keywords beside its name (site_keywords)
SECTION = "Panorama"  # the JSON-LD articleSection of site_keywords: a section, no topic
VARIANTS = ("served", "ld_list", "ld_string", "meta_semicolon", "meta_hashtags", "title_words", *EACH_META, *JOINED_META,
            *SEPARATED, "meta_script", "site_keywords", *VISIBLE, "rel_tag", "visible_script", *ONE)


def title_pieces(title: str) -> list[str]:
    """The headline cut as a CMS cuts it into keywords: its words, or in a script written without
    spaces pieces of two letters (punctuation left out)."""
    from newsspider.extract.tags import TITLE_WORDS_MIN
    from newsspider.unicode_classes import alnum_only, is_unspaced

    letters = alnum_only(title)
    if 2 * sum(map(is_unspaced, letters)) > len(letters):
        pieces = re.findall(r"[^\W_]{1,2}", title)
    else:
        pieces = title.lower().split()
    return pieces if len(pieces) >= TITLE_WORDS_MIN else []


def _drop_declared(tree) -> None:
    """Every keyword field the page declares: JSON-LD ``keywords``, the meta tags named for tags or keywords."""
    from newsspider.extract.metadata import _TAG_FIELD, _TAG_META

    edit_jsonld(tree, lambda node: node.pop("keywords", None))
    for meta in tree.xpath("//meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _TAG_META or _TAG_FIELD.search(name):
            meta.drop_tree()


def _drop_tag_lists(tree) -> None:
    """The page's own tag links: into a topic directory, or marked as tags by the page's markup."""
    from newsspider.extract.metadata import _in_topic_directory, _TagMarks

    marks = _TagMarks()
    for link in tree.xpath("//a[@href]"):
        if _in_topic_directory(link.get("href")) or marks.tag(link):
            link.drop_tree()


def _set_ld_keywords(tree, keywords: object) -> bool:
    """``keywords`` on the page's JSON-LD article objects; False where it has none."""
    from bench.author_variants import _is_article

    found = []

    def visit(node: dict) -> None:
        if _is_article(node):
            node["keywords"] = keywords
            found.append(node)

    edit_jsonld(tree, visit)
    return bool(found)


def _links(topics: list[str], kind: str, rel: bool = False) -> list[tuple[str, str]]:
    """(text, address) of each topic's link as ``kind`` prints it (``rel``: to no topic directory)."""
    links = []
    for index, topic in enumerate(topics):
        text = topic
        if kind == "visible_counts":
            text = f"{topic} ({COUNTS[index % len(COUNTS)]})"
        elif kind == "visible_hashtags":
            text = f"#{topic}"
        links.append((text, f"/{'t' if rel else 'tag'}/{_slug(topic, '-')}"))
    return links


def _print_tags(tree, topics: list[str], kind: str, titles: tuple[str | None, ...]) -> bool:
    """The topics' list of links after the story's last paragraph (in the ``<article>`` if there is
    one; not in navigation, a header, footer, aside or form); for ``visible_kicker`` a section's link before the headline too
    (the heading showing one of ``titles``: :func:`bench.author_variants.story_heading`; not a later heading, below
    which a list follows the headline). False where the page has no paragraph, or for a kicker no heading showing the title."""
    from lxml import html as lxml_html

    from newsspider.extract.navigation import in_navigation

    kind, rel = ("visible", True) if kind == "rel_tag" else (kind, False)
    story = "[not(ancestor::nav or ancestor::footer or ancestor::aside or ancestor::header or ancestor::form)]"
    paragraphs = [paragraph for paragraph in tree.xpath(f"//article//p{story}") or tree.xpath(f"//body//p{story}")
                  if not in_navigation(paragraph)]
    if not paragraphs:
        return False
    links = _links(topics, kind, rel)
    if kind == "visible_labelled":
        box = lxml_html.Element("p")
        box.text = "Tags: "
        for index, (text, href) in enumerate(links):
            link = lxml_html.Element("a", href=href)
            link.text = text
            link.tail = ", " if index < len(links) - 1 else ""
            box.append(link)
    else:
        box = lxml_html.Element("ul", {} if rel else {"class": "tags"})
        for text, href in links:
            item = lxml_html.Element("li")
            link = lxml_html.Element("a", {"href": href, "rel": "tag"} if rel else {"href": href})
            link.text = text
            item.append(link)
            box.append(item)
        if kind in ("headed_one", "labelled_one"):
            heading = lxml_html.Element("h2" if kind == "headed_one" else "span")
            heading.text = "Related keywords" if kind == "headed_one" else "More on this topic"
            holder = lxml_html.Element("div", {"class": "keywords"})
            holder.extend([heading, box])
            box.set("class", "list")
            box = holder
    headline = story_heading(tree, titles) if kind in ("kicker_one", "visible_kicker") else None
    if kind == "kicker_one":
        if headline is None:
            return False
        headline.addprevious(box)
        return True
    paragraphs[-1].addnext(box)
    if kind == "visible_kicker":
        if headline is None:
            return False
        kicker = lxml_html.Element("a", {"class": "tag", "href": f"/thema/{KICKER.lower()}"})
        kicker.text = KICKER
        headline.addprevious(kicker)
    return True


def _declare_sections(tree, title: str | None) -> bool:
    """``<meta name="keywords">`` the entries of the page's largest menu above the headline
    (:func:`newsspider.extract.metadata._menus_above`, its links in navigation); False where none has :data:`SECTION_SIBLINGS_MIN` entries."""
    from newsspider.extract.elements import PageElements
    from newsspider.extract.metadata import _menus_above
    from newsspider.extract.navigation import in_navigation
    from newsspider.extract.tags import SECTION_SIBLINGS_MIN

    page = PageElements(tree)
    menus = [[" ".join(page.text(link).split()) for link in links if in_navigation(link)]
             for links in _menus_above(page, title)]
    menu = max(menus, key=len, default=[])
    entries = [entry for entry in dict.fromkeys(menu) if entry and "," not in entry]
    if len(entries) < SECTION_SIBLINGS_MIN:
        return False
    _add_head(tree, "meta", name="keywords", content=", ".join(entries))
    return True


def variant(html: str, topics: list[str], kind: str, titles: tuple[str | None, ...] = (), url: str = "",
            separator: str = ", "):
    """The parsed page in variant ``kind``; None where it does not apply (``separator``: meta_script's)."""
    from bench.author_variants import _is_article
    from newsspider.extract.parse import parse_html

    tree = parse_html(html)
    if tree is None:
        return None
    if kind == "served":
        return tree
    _drop_declared(tree)
    if kind == "ld_list":
        return tree if _set_ld_keywords(tree, list(topics)) else None
    if kind == "ld_string":
        return tree if _set_ld_keywords(tree, ", ".join(topics)) else None
    if kind == "meta_semicolon":
        _add_head(tree, "meta", name="keywords", content="; ".join(topics))
        return tree
    if kind in EACH_META:
        for topic in topics:
            _add_head(tree, "meta", property=EACH_META[kind], content=topic)
        return tree
    if kind in JOINED_META:
        _add_head(tree, "meta", name=JOINED_META[kind], content=", ".join(topics))
        return tree
    if kind in SEPARATED:
        _add_head(tree, "meta", name="keywords", content=SEPARATED[kind].join(topics))
        return tree
    if kind == "meta_script":
        _add_head(tree, "meta", name="keywords", content=separator.join(topics))
        return tree
    if kind == "site_keywords":
        site = urlsplit(url).hostname or ""
        _add_head(tree, "meta", property="og:site_name", content=site)
        _add_head(tree, "meta", name="keywords", content=", ".join([site, *SITE_LIST]))
        for topic in topics:
            _add_head(tree, "meta", property="article:tag", content=topic)
        edit_jsonld(tree, lambda node: node.update(articleSection=SECTION) if _is_article(node) else None)
        return tree
    if kind == "meta_hashtags":
        if any(len(topic.split()) != 1 for topic in topics):
            return None
        _add_head(tree, "meta", name="keywords", content=" ".join(f"#{topic}" for topic in topics))
        return tree
    _drop_tag_lists(tree)
    if kind == "site_sections":
        return tree if _print_tags(tree, topics, "visible", titles) and _declare_sections(tree, titles[-1]) else None
    if kind == "title_words":
        pieces = title_pieces(titles[-1] or "")
        if not pieces:
            return None
        _add_head(tree, "meta", name="keywords", content=", ".join([*pieces, *topics]))
        return tree
    kind = "visible" if kind == "visible_script" else kind
    return tree if _print_tags(tree, topics[:1] if kind in ONE else topics, kind, titles) else None


def gold_of(kind: str, topics: list[str]) -> list[str]:
    """What ``kind``'s page names as its topics: the first alone for ``visible_one``, none for ``kicker_one``."""
    return {"visible_one": topics[:1], "headed_one": topics[:1], "labelled_one": topics[:1], "kicker_one": []}.get(
        kind, topics)


def gold_of_page(kind: str, topics: list[str], turn: int) -> tuple[list[str], str]:
    """The topics a page of ``kind`` is given and their separator: another script's (:data:`SCRIPTS`, the page's
    ``turn``) for meta_script and visible_script, else the gold's."""
    if kind in ("meta_script", "visible_script"):
        script, separator = SCRIPTS[turn % len(SCRIPTS)]
        return list(script), separator
    return topics, ", "


def _job(args: tuple[str, str, bytes, list[str], str | None, int]) -> list[tuple[str, str, list[str]]]:
    ident, url, raw, gold, title, turn = args
    from newsspider.extract.elements import PageElements
    from newsspider.extract.metadata import read_metadata

    html = decode_as_crawl(raw, url)
    found = []
    titles: tuple[str | None, ...] = (title,)
    for kind in VARIANTS:
        topics, separator = gold_of_page(kind, gold, turn)
        if kind in (*VISIBLE, "rel_tag") and len(topics) < 2 or kind in ONE and len(topics[0].split()) > 3:
            continue  # a list of one link: not printed (a single link is a kicker's shape)
        tree = variant(html, topics, kind, titles, url, separator)
        if tree is not None:
            metadata = read_metadata(tree, url, PageElements(tree))
            titles = (title, metadata.title) if kind == "served" else titles  # the gold's and the page's
            found.append((ident, kind, metadata.tags))
    return found


def main(argv: list[str] | None = None) -> int:
    args, pages = variant_arguments(argv, __doc__, "topics")
    gold = {page.ident: gold_topics(page.gold["topics"]) for page in pages}
    jobs = [(page.ident, page.url, page.html, gold[page.ident], page.gold.get("title"), turn)
            for turn, page in enumerate(pages)]
    with ProcessPoolExecutor(2) as pool:
        results = [row for rows in pool.map(_job, jobs) for row in rows]
    turns = {page.ident: turn for turn, page in enumerate(pages)}
    scores: dict[str, list[float]] = defaultdict(list)
    wrong = []
    for ident, kind, got in results:
        wanted = gold_of(kind, gold_of_page(kind, gold[ident], turns[ident])[0])
        f1 = set_f1(got, wanted, fold_case=True)
        scores[kind].append(f1)
        if f1 < 1:
            wrong.append((kind, ident, got, wanted))
    print(f"fundus-dev {args.split}: {len(pages)} pages whose gold names topics")
    print_variant_scores(scores, VARIANTS, width=18)
    if args.show:
        for kind, ident, got, topics in wrong:
            if args.show in (kind, "all"):
                print(f"  {kind:18s} {ident}\n      gold {topics!r}\n      ours {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
