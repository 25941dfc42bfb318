"""The headline where a page declares its titles as other sites do (bench.title_variants): in
capitals, cut short, with a site name of many words or parts, a section the address names, a
kicker in the heading."""
from __future__ import annotations

import json

from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html

BODY = "<p>" + "Text of the story. " * 30 + "</p>"
HEADLINE = "Council approves the new budget for schools"


def title(head: str, body: str = BODY, url: str = "https://news.example/a/1") -> str | None:
    return read_metadata(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"), url).title


def jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def test_a_title_declared_in_capitals_reads_as_the_heading_spells_it():
    caps = HEADLINE.upper()
    head = (f"<meta property='og:title' content='{caps}'><meta name='twitter:title' content='{caps}'>"
            + jsonld({"@type": "NewsArticle", "headline": caps}) + f"<title>{caps} | Example</title>")
    assert title(head, f"<h1>{HEADLINE}</h1>" + BODY) == HEADLINE
    # the page's own spelling in capitals, shown so: kept
    assert title(head, f"<h1>{caps}</h1>" + BODY) == caps
    assert title(head, BODY) == caps


def test_a_declared_site_name_of_many_words_or_with_separators_is_cut_whole():
    long_name = "Example Verlag und Druck GmbH & Co. KG"
    head = (f"<meta property='og:title' content='{HEADLINE} | {long_name}'>"
            + jsonld({"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": long_name}}))
    assert title(head) == HEADLINE
    parted = "Israel News – Chadashoth – חדשות"
    head = f"<meta property='og:title' content='{parted} | {HEADLINE}'><meta property='og:site_name' content='{parted}'>"
    assert title(head) == HEADLINE


def test_a_section_the_pages_address_files_it_under_is_cut():
    head = f"<meta property='og:title' content='{HEADLINE} | Politics | Example'>"
    assert title(head, url="https://www.example.com/politics/council-budget-1.123") == HEADLINE
    # a part naming no directory of the address is kept; the page's own slug is no section
    assert title(f"<meta property='og:title' content='{HEADLINE} | Politics'>",
                 url="https://www.example.com/news/council-budget-1.123") == f"{HEADLINE} | Politics"
    assert title("<meta property='og:title' content='Wahl - Ergebnis'>",
                 url="https://www.example.com/news/ergebnis") == "Wahl - Ergebnis"


def test_a_title_cut_with_an_ellipsis_is_completed_from_a_heading():
    cut = " ".join(HEADLINE.split()[:4]) + "…"
    head = f"<meta property='og:title' content='{cut}'><meta name='twitter:title' content='{cut}'>"
    # the <h1> a breadcrumb's last entry (an SEO variant), the story's heading an <h2>
    body = f"<nav><h1>Budget: council says yes</h1></nav><h2>{HEADLINE}</h2>" + BODY
    assert title(head + "<title>Budget: council says yes</title>", body) == HEADLINE


def test_a_kicker_in_the_heading_before_the_title_is_not_the_headlines():
    head = f"<title>{HEADLINE} | Example</title>"
    body = f"<h1><span class='kicker'>Politics</span><span>{HEADLINE}</span></h1>" + BODY
    assert title(head, body, "https://www.example.com/a/1") == HEADLINE




def test_an_address_holding_the_headline_does_not_cut_the_headline_as_a_section():
    # the address's words are sections' names too ("/politics/"), and a slug spells the headline
    head = f"<meta property='og:title' content='Example | {HEADLINE}'><meta property='og:site_name' content='Example'>"
    url = "https://www.example.com/news/" + HEADLINE.lower().replace(" ", "-") + "/123"
    assert title(head, f"<h1>{HEADLINE}</h1>" + BODY, url) == HEADLINE


def test_every_scripts_dashes_and_bars_set_off_a_suffix_the_heading_goes_without():
    for separator in (" ― ", " ‒ ", " ¦ ", " │ ", " • ", "／", " ► "):
        head = f"<meta property='og:title' content='{HEADLINE}{separator}Daily Planet'><title>{HEADLINE}{separator}Daily Planet</title>"
        assert title(head, f"<h1>{HEADLINE}</h1>" + BODY, "https://www.example.com/a/1") == HEADLINE, separator
    # without a heading showing it, a part after a dash is the headline's own unless it names the site
    head = "<meta property='og:title' content='Rückbau von Atomkraftwerk ― Kühltürme gesprengt'>"
    assert title(head, BODY, "https://www.example.com/a/1") == "Rückbau von Atomkraftwerk ― Kühltürme gesprengt"


def test_the_headline_a_title_and_a_heading_share_where_each_adds_a_label():
    url = "https://www.example.com/politics/budget"
    # a kicker in an element of its own before the headline, the <title> the site's name after it
    assert title(f"<title>{HEADLINE} | Example</title>",
                 f"<nav><h1><span>Politics</span><span>{HEADLINE}</span></h1></nav>" + BODY, url) == HEADLINE
    # the site's name run into the heading, the <title> sections and the name after the headline
    assert title(f"<title>{HEADLINE} » Local » News » Daily Planet Mallorca</title>",
                 f"<h1>{HEADLINE}<span>Daily Planet Mallorca</span></h1>" + BODY, url) == HEADLINE
    # a logo's <h1> and the story's: the one the <title> starts with, before the page's labels
    assert title("<title>動画：ナイジェリアで少女らによる自爆攻撃、31人死亡\u3000写真1枚\u3000国際ニュース：AFPBB News</title>",
                 "<h1>国際ニュース：AFPBB News</h1><h1>動画：ナイジェリアで少女らによる自爆攻撃、31人死亡</h1>" + BODY,
                 "http://www.afpbb.com/articles/-/3178894") == "動画：ナイジェリアで少女らによる自爆攻撃、31人死亡"
    # a heading that adds words after a space is the reader's headline; a section's name is none
    assert title(f"<title>{HEADLINE} | Example</title>", f"<h1>{HEADLINE} (Video)</h1>" + BODY, url) == \
        f"{HEADLINE} (Video)"
    assert title(f"<title>Politics | {HEADLINE}</title>", "<h1>Politics</h1><h1>Other</h1>" + BODY, url) != "Politics"


def test_a_direction_mark_beside_a_separator_is_the_separators():
    headline = "ارتفاع أسعار النفط في الأسواق"
    for declared in (f"{headline}\u200f | Daily Planet", f"{headline} \u200f- Daily Planet", f"{headline}\u200f｜Daily Planet"):
        head = f"<meta property='og:title' content='{declared}'><meta property='og:site_name' content='Daily Planet'>"
        assert title(head, f"<h1>{headline}</h1>" + BODY, "https://www.example.com/a/1") == headline, declared
        assert title(head, BODY, "https://www.example.com/a/1") == headline, declared
