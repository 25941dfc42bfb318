"""Metadata in the languages no real-page set checks: authors, tags, title, language and page type
on article pages in 32 language variants, through the real crawl, next to plain trafilatura.

fundus-dev covers 20-odd languages, htmldate-dev mostly German; publishers in Korean, Japanese,
Serbian (both scripts), Persian, Thai, Nepali, Amharic, Vietnamese, Hebrew, Swahili ... are never
checked. Their pages are written here (``bench.meta_language_data``) the way their publishers mark
them up: each language has three publishers, one a markup style:

``visible``  no meta, no JSON-LD: ``<html lang>``, a ``<title>`` with the site after a bar, a kicker
             above the ``<h1>``, the byline in a ``byline`` element, a ``<time>``, a list of tag links;
``meta``     no ``<html lang>``; ``og:type=article``, ``og:title`` with the site after a dash,
             ``<meta name="author">`` holding the byline as printed, ``<meta name="keywords">``
             joined with the language's separator, ``article:published_time``;
``json-ld``  a NewsArticle with the byline as its author Person's name, keywords as a list, the
             ``<title>`` with the site after "::", a section kicker.

Each publisher prints one of its language's three bylines (a role word, an agency prefix, a label,
a "by" word, a joined byline), gold: the people it names. The publishers were split into a tuning
and a test half before any page was built or crawled (SHA-256 parity of ``"meta-lang:<html
lang>:<publisher index>"``, ``bench.splits``). Pages are crawled and scored as fundus-dev's
(``bench.realpages``: one source and sitemap per publisher, 127.0.0.1, ``scrapy crawl news``).

    python -m bench.meta_languages --split tune --show tune
    python -m bench.meta_languages --split test
    python -m bench.meta_languages --split tune --publishers title-forms

Publishers added later (``bench.meta_language_data.TITLE_FORMS``) print their titles as real sites
of their language do ("제목 < 사회 < 기사본문 - 신문", "[단독] ...", "見出し：サイト", "【速報】...",
"标题_网易新闻", "... | الجزيرة نت", "... - خبرگزاری مهر | Mehr News Agency", "... - Báo VnExpress") and
their bylines' leftovers (a dateline before the name, a "by" letter, a label without a colon, an
agency that names nobody). The gold title is the visible ``<h1>``'s text: a kicker in brackets
belongs to the headline where the ``<h1>`` shows it, not where only a declared title carries it.
Their split is fixed by ``meta-lang-title:<html lang>:<index within the language>``; those added
third (``KICKER_FORMS``: the kicker in the declared titles, the ``<h1>``, or both) by
``meta-lang-kicker:...``.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.meta_language_data import KICKER_FORMS, LANGUAGES, TITLE_FORMS, LanguageSpec, TitleForm  # noqa: E402
from bench.realpages import (  # noqa: E402
    CRAWL_SETTINGS,
    GoldPage,
    crawl,
    direct,
    plain_trafilatura,
    print_run_header,
    report_fundus,
)
from bench.splits import split_of  # noqa: E402

STYLES = ("visible", "meta", "json-ld")


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _page(spec: LanguageSpec, index: int) -> tuple[str, dict]:
    """The HTML of publisher ``index``'s page and its gold values."""
    style, site = STYLES[index], spec.sites[index]
    byline, people = spec.bylines[index]
    published = f"2024-03-14T{9 + index:02d}:{15 * index:02d}:00{spec.offset}"
    head, top, bottom = [], [], []
    nav = "".join(f'<li><a href="/section/{n}">{_esc(word)}</a></li>'
                  for n, word in enumerate((spec.kicker, *spec.tags)))
    if style == "visible":
        lang = f' lang="{spec.html_lang}"'
        head.append(f"<title>{_esc(spec.headline)} | {_esc(site)}</title>")
        top.append(f'<p class="kicker">{_esc(spec.kicker)}</p>')
        top.append(f"<h1>{_esc(spec.headline)}</h1>")
        top.append(f'<div class="byline">{_esc(byline)}</div>')
        top.append(f'<time datetime="{published}">{published[:10]} {published[11:16]}</time>')
        links = "".join(f'<li><a href="/tag/{n}-{_esc(tag.replace(" ", "-"))}">{_esc(tag)}</a></li>'
                        for n, tag in enumerate(spec.tags))
        bottom.append(f'<div class="tags"><ul>{links}</ul></div>')
    elif style == "meta":
        lang = ""
        head += [f"<title>{_esc(spec.headline)} - {_esc(site)}</title>",
                 '<meta property="og:type" content="article">',
                 f'<meta property="og:title" content="{_esc(spec.headline)} - {_esc(site)}">',
                 f'<meta property="og:site_name" content="{_esc(site)}">',
                 f'<meta name="author" content="{_esc(byline)}">',
                 f'<meta name="keywords" content="{_esc(spec.keyword_separator.join(spec.tags))}">',
                 f'<meta property="article:published_time" content="{published}">']
        top.append(f"<h1>{_esc(spec.headline)}</h1>")
        top.append(f'<p><span class="author">{_esc(byline)}</span> · <span class="date">{published[:10]}</span></p>')
    else:
        lang = f' lang="{spec.html_lang}"'
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": spec.headline,
              "datePublished": published, "inLanguage": spec.html_lang,
              "author": [{"@type": "Person", "name": byline}], "keywords": list(spec.tags),
              "articleSection": spec.kicker, "publisher": {"@type": "Organization", "name": site}}
        head.append(f"<title>{_esc(spec.headline)} :: {_esc(site)}</title>")
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        top.append(f'<span class="section">{_esc(spec.kicker)}</span>')
        top.append(f"<h1>{_esc(spec.headline)}</h1>")
        top.append(f'<div class="article-author">{_esc(byline)}</div>')
        top.append(f'<div class="date">{published[:10]}</div>')
    body = "".join(f"<p>{_esc(paragraph)}</p>" for paragraph in spec.paragraphs)
    page = (f'<!DOCTYPE html>\n<html{lang}><head><meta charset="utf-8">{"".join(head)}</head>\n<body>'
            f'<header><a href="/">{_esc(site)}</a><nav><ul>{nav}</ul></nav></header>\n'
            f'<main><article>{"".join(top)}\n<div class="article-body">{body}</div>{"".join(bottom)}</article></main>\n'
            f'<footer><p>© 2024 {_esc(site)}</p></footer></body></html>\n')
    gold = {"title": spec.headline, "authors": list(people), "published": published, "lang": spec.code,
            "topics": list(spec.tags), "body_text": "\n".join(spec.paragraphs),
            "publisher": f"{spec.html_lang}/{style}", "page": ""}
    return page, gold


def _title_page(form: TitleForm, spec: LanguageSpec, index: int) -> tuple[str, dict]:
    """The HTML of a :data:`TITLE_FORMS` publisher's page and its gold values: the title is the
    text of the visible ``<h1>`` (a bracketed kicker counts only where the ``<h1>`` shows it)."""
    fill = {"h": spec.headline}
    published = f"2024-03-14T{10 + index % 8:02d}:{5 * index % 60:02d}:00{spec.offset}"
    h1 = form.h1.format(**fill)
    head = [f'<meta name="viewport" content="width=device-width"><title>{_esc(form.head_title.format(**fill))}</title>',
            '<meta property="og:type" content="article">',
            f'<meta property="article:published_time" content="{published}">']
    if form.og_title:
        head.append(f'<meta property="og:title" content="{_esc(form.og_title.format(**fill))}">')
    if form.site_name:
        head.append(f'<meta property="og:site_name" content="{_esc(form.site_name)}">')
    top = [f'<p class="kicker">{_esc(form.kicker)}</p>'] if form.kicker else []
    top.append(f"<h1>{h1}</h1>")
    if form.ld_headline:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": form.ld_headline.format(**fill),
              "datePublished": published, "author": [{"@type": "Person", "name": form.byline}],
              "keywords": list(spec.tags), "publisher": {"@type": "Organization", "name": form.site}}
        head.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    else:
        head.append(f'<meta name="keywords" content="{_esc(spec.keyword_separator.join(spec.tags))}">')
        top.append(f'<div class="byline">{_esc(form.byline)}</div>')
    top.append(f'<time datetime="{published}">{published[:10]} {published[11:16]}</time>')
    nav = "".join(f'<li><a href="/section/{n}">{_esc(word)}</a></li>' for n, word in enumerate(spec.tags))
    body = "".join(f"<p>{_esc(paragraph)}</p>" for paragraph in spec.paragraphs)
    page = (f'<!DOCTYPE html>\n<html lang="{spec.html_lang}"><head><meta charset="utf-8">{"".join(head)}</head>\n<body>'
            f'<header><a href="/">{_esc(form.site)}</a><nav><ul>{nav}</ul></nav></header>\n'
            f'<main><article>{"".join(top)}\n<div class="article-body">{body}</div></article></main>\n'
            f'<footer><p>© 2024 {_esc(form.site)}</p></footer></body></html>\n')
    title = " ".join(re.sub(r"<[^>]+>", "", h1).split())
    gold = {"title": html.unescape(title), "authors": list(form.people), "published": published, "lang": spec.code,
            "topics": list(spec.tags), "body_text": "\n".join(spec.paragraphs),
            "publisher": f"{spec.html_lang}/{form.site}", "page": ""}
    return page, gold


def build_pages() -> list[GoldPage]:
    """Every publisher's page, its split fixed by its key (not by anything in the page): the
    first three of each language by ``meta-lang:<html lang>:<index>``, the :data:`TITLE_FORMS`
    publishers (added later) by ``meta-lang-title:<html lang>:<index within the language>``."""
    pages = []
    for spec in LANGUAGES:
        for index in range(len(STYLES)):
            page, gold = _page(spec, index)
            source = f"{spec.html_lang.lower()}-{index}"
            url = f"http://{source}.example/{spec.html_lang.lower()}/2024/03/14/story-{index}.html"
            gold["url"] = url
            pages.append(GoldPage(ident=source, url=url, split=split_of(f"meta-lang:{spec.html_lang}:{index}"),
                                  source=source, gold=gold, html=page.encode("utf-8"), served=url.split("/", 3)[3]))
    specs = {spec.html_lang: spec for spec in LANGUAGES}
    number = 0
    for forms, mark, key in ((TITLE_FORMS, "t", "meta-lang-title"), (KICKER_FORMS, "k", "meta-lang-kicker")):
        counts: dict[str, int] = {}
        for form in forms:
            index = counts[form.html_lang] = counts.get(form.html_lang, -1) + 1
            page, gold = _title_page(form, specs[form.html_lang], number)
            source = f"{form.html_lang.lower()}-{mark}{index}"
            url = f"http://{source}.example/news/2024/03/14/{100 + number}.html"
            gold["url"] = url
            pages.append(GoldPage(ident=source, url=url, split=split_of(f"{key}:{form.html_lang}:{index}"),
                                  source=source, gold=gold, html=page.encode("utf-8"), served=url.split("/", 3)[3]))
            number += 1
    for page in pages:
        page.served = "/" + page.served
    return pages


def _publishers(ident: str) -> str:
    """Which set a page's publisher belongs to (``--publishers``), by its source name."""
    mark = ident.rsplit("-", 1)[1][0]
    return {"t": "title-forms", "k": "kicker-forms"}.get(mark, "first")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("tune", "test", "all"), default="tune",
                        help="crawl and score this split's pages (tune while tuning; test once, at the end)")
    parser.add_argument("--show", choices=("tune", "test", "all"), help="list the wrong fields of this split's pages")
    parser.add_argument("--publishers", choices=("all", "first", "title-forms", "kicker-forms"), default="all",
                        help="all; the first three of each language; the TITLE_FORMS or the KICKER_FORMS ones")
    parser.add_argument("--direct", action="store_true",
                        help="extract_article + clean_text in-process instead of the crawl (tuning aid, not a figure)")
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args(argv)
    pages = [page for page in build_pages() if args.split in ("all", page.split)
             and args.publishers in ("all", _publishers(page.ident))]
    outcome = direct(pages) if args.direct else crawl(pages, dict(CRAWL_SETTINGS))
    plain = plain_trafilatura("meta-languages", pages)
    print_run_header(f"meta-languages: {len(pages)} pages of {len(LANGUAGES)} language variants", pages, outcome,
                     args.direct)
    report = report_fundus(pages, outcome, plain, args.show)
    nobody = [page for page in pages if not page.gold["authors"]]
    if nobody:  # authors F1 scores only pages that name someone: a byline naming an agency must give none
        right = [page.ident for page in nobody if not (outcome.records.get(page.ident) or {}).get("authors")]
        print(f"  pages whose byline names no person (an agency), given no author: {len(right)}/{len(nobody)}"
              f" ({', '.join(page.split for page in nobody)})")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
