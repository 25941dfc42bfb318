"""How many pages, feeds and sitemaps of the charset matrix decode to their gold text.

The matrix (``tests/charset_matrix.py``): news text in 20 languages, in their legacy charsets and in
UTF-8, served the ways servers get charsets wrong (no charset, header contradicting the page, meta
tag late, ISO-8859-1 for UTF-8, stray bytes, BOMs, feeds without Content-Type). Pages are decoded
as the crawl decodes them (``page_text``) and extracted (``extract_article``); feeds and sitemaps
parsed as the spider parses them. Prints the counts per kind and way, and the failures.

    python -m bench.charsets [--failures]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.charset_matrix import Case, cases, feed_titles, has_text  # noqa: E402

URL = "http://127.0.0.1/"


def check(case: Case) -> dict[str, bool]:
    """The parts of ``case`` that came out as written: decoded text, extracted title and body."""
    if case.kind == "page":
        from scrapy.http import HtmlResponse

        from newsspider.extract.article import extract_article
        from newsspider.spiders.news import page_text

        headers = {"Content-Type": case.content_type} if case.content_type else {}
        text = page_text(HtmlResponse(URL + "a.html", body=case.body, headers=headers))
        title_in, body_in = has_text(text, case)
        article = extract_article(text, URL + "a.html").article
        return {"decoded": title_in and body_in,
                "title": article is not None and _words(article.title) == _words(case.title),
                "body": article is not None and has_text(article.text, case)[1]}
    if case.kind == "feed":
        from newsspider.discovery.feeds import parse_feed

        try:
            links = parse_feed(case.body, URL + "feed.xml", content_type=case.content_type or "")
        except ValueError:
            return {"titles": False}
        return {"titles": [_words(link.title) for link in links] == [_words(t) for t in feed_titles(case.lang)]}
    from newsspider.discovery.sitemaps import parse_sitemap

    try:
        links = parse_sitemap(case.body, URL + "sitemap.xml").links
    except ValueError:
        return {"titles": False}
    return {"titles": [_words(link.title) for link in links] == [_words(case.title)]}


def _words(text: str | None) -> list[str]:
    """A title's words: titles are compared with their spaces normalised (an ideographic space
    becomes a space), which is the title code's business, not the charset's."""
    return (text or "").split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--failures", action="store_true", help="list every failed case")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    failures = []
    for case in cases():
        way = case.name.split(":", 1)[0] + ":" + case.name.rsplit(":", 1)[1]
        totals[f"{way} cases"] += 1
        for part, ok in check(case).items():
            totals[f"{way} {part}"] += ok
            totals[f"{case.kind} {part}"] += ok
            if not ok:
                failures.append(f"{case.name} {part}")
        totals[f"{case.kind} cases"] += 1
    print(json.dumps(dict(sorted(totals.items())), indent=1, ensure_ascii=False))
    if args.failures:
        print("\n".join(failures))


if __name__ == "__main__":
    main()
