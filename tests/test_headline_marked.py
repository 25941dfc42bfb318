"""The headline a template sets in an element it marks as the story's title rather than in an <h1>:
Blogger's <h3 class="post-title entry-title"> under the blog's name in the <h1>, TYPO3's
<h3 itemprop="headline">. A social or search title adding a tag or a kicker gives way to the
declared title that element shows; nothing else changes."""
from __future__ import annotations

import json
from html import escape

import pytest

from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html

BODY = "<p>" + "Text of the story, told at length. " * 30 + "</p>"
SITE = "Riverside Courier"


def title(head: str, body: str, url: str = "https://courier.example/2024/05/story.html") -> str | None:
    return read_metadata(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"), url).title


def declared(og: str, page_title: str, ld: str | None = None) -> str:
    head = (f"<title>{escape(page_title)}</title><meta property='og:title' content='{escape(og)}'>"
            f"<meta property='og:site_name' content='{SITE}'>")
    if ld:
        head += f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": ld})}</script>'
    return head


def blogger(shown: str, extra: str = "") -> str:
    return (f"<header><h1 class='title'><a href='/'>{SITE}</a></h1></header><div class='date-outer'>"
            f"<h2 class='date-header'><span>3 May 2024</span></h2><div class='post hentry'>"
            f"<h3 class='post-title entry-title' itemprop='name'>{escape(shown, quote=False)}</h3>"
            f"<div class='post-body entry-content'>{BODY}</div></div></div>{extra}")


def typo3(shown: str, extra: str = "") -> str:
    return (f"<header><a class='logo' href='/'>{SITE}</a></header><div class='news news-single'>"
            f"<div class='article' itemscope itemtype='http://schema.org/Article'><div class='header'>"
            f"<h3 itemprop='headline'>{shown if '<' in shown else escape(shown, quote=False)}</h3></div><div itemprop='articleBody'>{BODY}</div></div></div>{extra}")


CASES = [  # (headline shown, label a social title adds)
    ("Council approves new flood barrier for the old harbour", "Flooding"),
    ("Željezničar pobijedio Sarajevo u gradskom derbiju", "Zagađenje zraka"),
    ("Нови мост у Новом Саду биће завршен годину дана касније", "Инфраструктура"),
    ("Giá cà phê xuất khẩu tăng mạnh", "Du lịch"),
    ("湖北多地遭遇强降雨 部分道路积水严重", "交通"),
    ("الإسكندرية تستعد لموسم النوات بخطة طوارئ جديدة", "اقتصاد"),
    ("የቡና ወጪ ንግድ ገቢ ከፍተኛ ደረጃ ላይ ደረሰ", "ኢኮኖሚ"),
]


@pytest.mark.parametrize(("shown", "label"), CASES)
@pytest.mark.parametrize("template", [blogger, typo3])
def test_a_marked_h3_shows_the_headline_a_social_title_adds_a_label_to(template, shown, label):
    page_title = f"{shown} | {SITE}"
    assert title(declared(f"{label}: {shown}", page_title), template(shown)) == shown
    assert title(declared(f"{shown} – {label}", page_title, f"{shown} – {label}"), template(shown)) == shown


def test_a_headline_opening_with_its_place_is_not_doubled_where_the_social_title_adds_the_place_again():
    shown = "Gdańsk: stocznia podpisała kontrakt na budowę promów"
    assert title(declared(f"Gdańsk: {shown}", f"{shown} - {SITE}"), blogger(shown)) == shown


@pytest.mark.parametrize("template", [blogger, typo3])
def test_a_headline_the_marked_heading_shows_with_its_colon_kicker_or_question_stays_whole(template):
    for shown in ("Brexit: what happens next for the port workers", "Trump: 'We will win'",
                  "Will the new bridge open before winter?", "Live: Zelensky visits Washington",
                  "Klinički centar u Nišu dobio novi angiosal – Niš"):
        assert title(declared(shown, f"{shown} | {SITE}"), template(shown)) == shown
    # a kicker the heading prints in an element of its own is the headline's
    assert title(declared("Flooding: Council approves new barrier", f"Council approves new barrier | {SITE}"),
                 typo3("<span class='kicker'>Flooding</span>: Council approves new barrier")) == (
        "Flooding: Council approves new barrier")


def test_a_marked_headline_in_navigation_or_hidden_shows_nothing():
    shown = "Council approves new flood barrier for the old harbour"
    head = declared(f"Flooding: {shown}", f"{shown} | {SITE}")
    story = f"<div class='story'><b>{shown}</b>{BODY}</div>"
    base = title(head, story)
    assert base == f"Flooding: {shown}"  # the page shows its headline in no heading: the most trusted title
    assert title(head, f"<nav><span itemprop='headline'>{shown}</span></nav>" + story) == base
    assert title(head, f"<h3 class='entry-title' hidden>{shown}</h3>" + story) == base


def test_a_related_entry_s_title_cuts_nothing_from_the_story_s():
    story = "Storm hits the coast – what we know so far"
    related = "<div class='related'><div class='hentry'><h3 class='entry-title'><a href='/b'>Storm hits the coast</a></h3></div></div>"
    assert title(declared(story, f"{story} | {SITE}"), f"<div class='story'>{BODY}</div>{related}") == story


def test_an_h1_showing_the_headline_still_decides_before_a_marked_element():
    shown = "Council approves new flood barrier for the old harbour"
    body = f"<article><h1>Flooding: {shown}</h1>{BODY}</article><div class='hentry'><h3 class='entry-title'>{shown}</h3></div>"
    assert title(declared(f"Flooding: {shown}", f"{shown} | {SITE}"), body) == f"Flooding: {shown}"


def test_a_later_marked_entry_listing_this_story_does_not_choose_its_title():
    story = "Storm hits the coast – what we know so far"
    listing = ("<div class='recent'><div class='hentry'><h3 class='entry-title'><a href='/b'>Ferry strike ends</a></h3></div>"
               "<div class='hentry'><h3 class='entry-title'><a href='/a'>Storm hits the coast</a></h3></div></div>")
    head = declared(story, f"Storm hits the coast | {SITE}")
    assert title(head, f"<div class='story'><b>{story}</b>{BODY}</div>{listing}") == title(head, f"<div class='story'><b>{story}</b>{BODY}</div>")


TEASED = [  # (headline the story shows, the shorter title its <title> and its teasers give)
    ("Council approves new flood barrier for the old harbour after years of delay", "Council approves flood barrier"),
    ("Городской совет утвердил строительство новой дамбы в старом порту", "Совет утвердил строительство дамбы"),
    ("المجلس البلدي يقر بناء حاجز جديد للفيضانات في الميناء القديم", "إقرار حاجز الفيضانات الجديد"),
    ("市议会在多年拖延后终于批准在老港口修建新的防洪堤", "市议会批准修建防洪堤"),
    ("สภาเมืองอนุมัติสร้างกำแพงกันน้ำท่วมแห่งใหม่ที่ท่าเรือเก่า", "อนุมัติกำแพงกันน้ำท่วม"),
]
STORY_URL = "https://courier.example/2024/05/story.html"


@pytest.mark.parametrize(("shown", "short"), TEASED)
def test_a_teaser_listing_this_story_above_it_does_not_choose_its_title(shown, short):
    """A trending strip, a carousel or related posts above the story may list this very story under the
    <title>'s shorter headline, marked as an entry's headline: a link to the story, not the story's own."""
    head = declared(shown, f"{short} | {SITE}", shown)
    story = f"<div class='story'><h3>{escape(shown, quote=False)}</h3>{BODY}</div>"
    ticker = (f"<header><a class='logo' href='/'>{SITE}</a><div class='ticker'><a href='{STORY_URL}'>"
              f"<span itemprop='headline'>{escape(short, quote=False)}</span></a></div></header>")
    carousel = (f"<div class='carousel'><div itemscope itemtype='https://schema.org/NewsArticle'><h3 itemprop='headline'>"
                f"<a href='{STORY_URL}'>{escape(short, quote=False)}</a></h3></div></div>")
    related = (f"<div class='related-posts'><div class='hentry'><h3 class='entry-title'><a href='{STORY_URL}' rel='bookmark'>"
               f"{escape(short, quote=False)}</a></h3></div></div>")
    for above in (ticker, carousel, related):
        assert title(head, above + story, STORY_URL) == shown


@pytest.mark.parametrize(("shown", "label"), CASES[:4])
def test_a_linked_entry_above_the_story_leaves_the_story_s_own_marked_headline_to_choose(shown, label):
    previous = ("<div class='post-navigation'><div class='hentry'><span class='entry-title'>"
                "<a href='/2024/04/prev.html'>Ferry strike ends after talks</a></span></div></div>")
    assert title(declared(f"{label}: {shown}", f"{shown} | {SITE}"), previous + blogger(shown)) == shown


def test_a_title_element_marked_as_the_headline_is_the_declared_title_not_a_shown_one():
    shown, short = TEASED[0]
    ld = f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": shown})}</script>'
    head = f"<title itemprop='headline'>{short}</title><meta property='og:title' content='{shown}'>{ld}"
    assert title(head, f"<div class='story'><div class='headline'>{shown}</div>{BODY}</div>") == shown
    head = f"<title itemprop='name headline'>{shown}</title><meta property='og:title' content='Flooding: {shown}'>"
    assert title(head, blogger(shown)) == shown
