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
``cards``       ``undeclared`` with a box of other stories' cards before the headline's block, each
                a linked heading with its date beside the link, days before the gold's (a sidebar's
                "latest": the date nearest the headline is then the last card's);
``comments``    ``undeclared`` with a comment thread after the story (its ``<article>``, else closing
                the body), its ``<time datetime>``s days after the gold's (a reader's comment is no
                publication);
``latest``      ``undeclared`` with a "latest" list before the headline's block and no heading in it:
                each item a link to another story with its date beside the link, days before the
                gold's ("<li><a href=...>Other story</a> <span class=date>...</span></li>");
``aside``       ``undeclared`` with an ``<aside>`` of dated notices right after the headline (a
                sidebar the layout sets between the headline and the text), days before the gold's;
``top_comment`` ``undeclared`` with a comment thread right after the headline (a short post's
                comments), each a reader's name and a date days after the gold's.

Scores: day right (htmldate-dev: the annotated day; fundus-dev: the gold's day in the gold's own
offset), and for fundus-dev the same instant as the gold (to the second; a day alone is not one).
Split as bench.realpages splits (tune by default; the test split once, at the end).

    python bench/date_variants.py                     # tune split
    python bench/date_variants.py --show utc_only     # the pages a variant gets wrong
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.realpages import DATA, decode_as_crawl, edit_jsonld, load_set, same_instant  # noqa: E402

VARIANTS = ("served", "undeclared", "naive_ld", "utc_only", "cards", "comments", "latest", "aside", "top_comment")
OTHER_DATES = ("cards", "comments", "latest", "aside", "top_comment")  # undeclared, with other things' dates added
DAY_VARIANTS = ("served", "undeclared", *OTHER_DATES)  # the variants of pages with a gold day only
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


def _in_utc(value: str) -> str:
    """A complete time written in UTC ("...Z"); any other value as it was."""
    from newsspider.dates import parse_timestamp

    stamp = parse_timestamp(value)
    if stamp is None or not stamp.complete:
        return value
    return stamp.moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def variant(html: str, kind: str, gold: str | None) -> str | None:
    """The page in variant ``kind``; None where it does not apply (no gold instant)."""
    from lxml import html as lxml_html

    if kind == "served":
        return html
    tree = lxml_html.fromstring(_XML_DECLARATION.sub("", html, count=1))
    if kind == "undeclared" or kind in OTHER_DATES:
        for meta in tree.xpath("//meta"):
            if _DATE_NAME.search(meta.get("property") or meta.get("name") or meta.get("itemprop") or ""):
                meta.drop_tree()
        edit_jsonld(tree, lambda node: [node.pop(key) for key in list(node) if _DATE_KEY.search(key)])
        for element in tree.xpath("//*[@itemprop]"):
            if _DATE_NAME.search(element.get("itemprop") or ""):
                del element.attrib["itemprop"]
        for element in tree.xpath("//time[@datetime]"):
            del element.attrib["datetime"]
        if kind != "undeclared" and not _add_other_dates(tree, kind, gold):
            return None
    else:
        moment = datetime.fromisoformat(gold) if gold and "T" in gold else None
        if moment is None or moment.tzinfo is None:
            return None
        if kind == "naive_ld":
            wall = moment.replace(tzinfo=None).isoformat(sep=" ")
            edit_jsonld(tree, lambda node: node.update({_PUBLISHED_KEY: wall}) if _PUBLISHED_KEY in node else None)
            for meta in _published_metas(tree):
                meta.drop_tree()
            head = tree.find("head")
            if head is None:
                return None
            head.insert(0, lxml_html.fromstring(f'<meta property="article:published_time" content="{gold}">'))
        else:  # utc_only: every declared time (modified, <time> too) in UTC
            utc = moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
            edit_jsonld(tree, lambda node: node.update({_PUBLISHED_KEY: utc}) if _PUBLISHED_KEY in node else None)
            edit_jsonld(tree, lambda node: node.update({key: _in_utc(value) for key, value in node.items()
                                                         if _DATE_KEY.search(key) and isinstance(value, str)}))
            for meta in _published_metas(tree):
                meta.set("content", utc)
            for meta in tree.xpath("//meta[@content]"):
                if _DATE_NAME.search(meta.get("property") or meta.get("name") or meta.get("itemprop") or ""):
                    meta.set("content", _in_utc(meta.get("content")))
            for element in tree.xpath("//*[@itemprop='datePublished']"):
                element.set("content" if element.get("content") else "datetime", utc)
            for element in tree.xpath("//time[@datetime]"):
                element.set("datetime", _in_utc(element.get("datetime")))
    return lxml_html.tostring(tree, encoding="unicode")


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
    elif kind == "aside":
        notices = "".join(f"<p><span class='date'>{_dotted(day - timedelta(days=n))}</span> Notice number {n}</p>"
                          for n in CARD_DAYS_BEFORE[::-1])
        headings[0].addnext(lxml_html.fromstring(f"<aside class='sidebar'>{notices}</aside>"))
    elif kind == "top_comment":
        comments = "".join(f"<li><b class='author'>Reader {n}</b> <span>{_dotted(day + timedelta(days=n))}</span>"
                           f"<p>I agree with this.</p></li>" for n in COMMENT_DAYS_AFTER)
        headings[0].addnext(lxml_html.fromstring(f"<ol class='replies'>{comments}</ol>"))
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


def _dotted(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _job(args: tuple[str, str, bytes, str, str | None]) -> tuple[str, str, str | None]:
    ident, url, raw, kind, gold = args
    from newsspider.extract.article import extract_article

    html = variant(decode_as_crawl(raw, url), kind, gold)
    if html is None:
        return ident, kind, "n/a"
    result = extract_article(html, url)
    return ident, kind, result.article.published if result.article else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune")
    parser.add_argument("--show", choices=VARIANTS, help="list the wrong pages of this variant")
    parser.add_argument("--json", type=Path, help="also write every page's result here")
    args = parser.parse_args(argv)
    jobs, golds = [], {}
    for name in ("htmldate", "fundus"):
        for page in load_set(name, DATA):
            gold = str(page.gold.get("published") or "")
            if (args.split != "all" and page.split != args.split) or not re.match(r"\d{4}-\d\d-\d\d", gold):
                continue
            golds[page.ident] = (name, gold, page.url)
            kinds = VARIANTS if name == "fundus" else DAY_VARIANTS
            jobs += [(page.ident, page.url, page.html, kind, gold) for kind in kinds]
    with ProcessPoolExecutor(2) as pool:
        results = list(pool.map(_job, jobs, chunksize=4))
    scores: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # pages, day right, instant right
    crossing = {ident for ident, (name, gold, _) in golds.items() if name == "fundus" and "T" in gold
                and datetime.fromisoformat(gold).astimezone(timezone.utc).date().isoformat() != gold[:10]}
    wrong = []
    for ident, kind, got in results:
        name, gold, url = golds[ident]
        if got == "n/a":
            continue
        row = scores[(name, kind)]
        day = (got or "")[:10] == gold[:10]
        row[0] += 1
        row[1] += day
        row[2] += name == "fundus" and bool(got) and same_instant(got, gold)
        if not day or (name == "fundus" and not (got and same_instant(got, gold))):
            wrong.append((kind, ident, got, gold, url))
    near = [(kind, got) for ident, kind, got in results if ident in crossing and kind == "utc_only"]
    print(f"fundus pages whose UTC day is not their gold's local day: {len(crossing)}; utc_only day right on "
          f"{sum((got or '')[:10] == golds[ident][1][:10] for ident, kind, got in results if ident in crossing and kind == 'utc_only')}"
          f" of {len(near)}")
    for (name, kind), (pages, day, instant) in sorted(scores.items()):
        extra = f"   same instant {instant / pages:.3f} ({instant})" if name == "fundus" else ""
        print(f"{name:9} {kind:11} {pages:4} pages   day right {day / pages:.3f} ({day}){extra}")
    if args.show:
        for kind, ident, got, gold, url in wrong:
            if kind == args.show:
                print(f"  {ident} got {got} gold {gold} {url}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
