"""The byline by the headline: which marked elements behind the headline are the article's own."""
from __future__ import annotations

import pytest

from newsspider.extract.metadata import BYLINE_AFTER, read_metadata
from newsspider.extract.parse import parse_html

TITLE = "Budget approved after long night"
HEAD = f"<meta property='og:title' content='{TITLE}'>"
SHARE = "".join(f"<a href='#'><div class='tool'><span>Share {n}</span><span class='icon'></span></div></a>"
                for n in range(BYLINE_AFTER))
STORY = "<p>" + "The council approved the budget after a long night of talks in the city hall. " * 3 + "</p>"


def authors(body: str) -> list[str]:
    return read_metadata(parse_html(f"<html><head>{HEAD}</head><body>{body}</body></html>"),
                         "https://news.example/politik/a.html").authors


# A related story's teaser (its own headline linking to it, its writer) between the headline and the story,
# in several scripts: its writer is not the article's.
TEASERS = [
    ("<h3><a href='/2024/05/other-story'>Another story</a></h3>", "Max Muster"),
    ("<a href='/news/drugaya-123'><h4>Другая новость</h4></a>", "Иван Петров"),
    ("<h2><a href='/allo-456.html'>Άλλη είδηση</a></h2>", "Γιώργος Παπαδόπουλος"),
    ("<h3><a href='/akhar/789'>خبر آخر</a></h3>", "محمد أحمد"),
    ("<h3><a href='/2024/qita.shtml'>其他新闻</a></h3>", "李四"),
]


@pytest.mark.parametrize(("headline", "writer"), TEASERS)
def test_a_related_storys_byline_between_the_headline_and_the_story_is_not_the_articles(headline, writer):
    teaser = f"<div class='related'>{headline}<span class='author'>{writer}</span></div>"
    byline = "<div class='byline'>Jane Doe</div>"
    assert authors(f"<article><h1>{TITLE}</h1>{byline}{teaser}{STORY}</article>") == ["Jane Doe"]
    # ... nor behind a share bar, where the header's walk looks for a marked byline
    assert authors(f"<article><h1>{TITLE}</h1><div class='share'>{SHARE}</div>{teaser}{STORY}</article>") == []
    # ... while a heading of the story's own (no link) leaves the byline after it the article's
    own = f"<h2>A subtitle of the story</h2><div class='byline'>{writer}</div>"
    assert authors(f"<article><h1>{TITLE}</h1>{own}{STORY}</article>") == [writer]


# A story in short paragraphs of a script written without spaces (or of dense syllables): each is the story's
# text however few its characters (:func:`newsspider.unicode_classes.text_size`), so the header's walk ends there.
SHORT_PARAGRAPHS = [
    "<p>市议会经过一夜的漫长谈判，终于批准了明年的预算案，其中包括对公共交通的大量投资。</p>",
    "<p>市議会は長い夜の協議の末、来年度の予算案を承認した。公共交通への大規模な投資が含まれる。</p>",
    "<p>시의회는 긴 밤샘 협상 끝에 내년도 예산안을 승인했다. 대중교통에 대한 대규모 투자가 포함됐다.</p>",
]


@pytest.mark.parametrize("paragraph", SHORT_PARAGRAPHS)
def test_the_header_walk_ends_at_a_cjk_storys_short_paragraphs(paragraph):
    teaser = "<div class='teaser'><a href='/s1'>他の記事</a><span class='author'>王小明</span></div>"
    byline = "<div class='sig'><span class='byline'>김철수</span></div>"
    body = f"<article><h1>{TITLE}</h1><div class='share'>{SHARE}</div>{byline}{paragraph * 3}{teaser}</article>"
    assert authors(body) == ["김철수"]
    # ... not a byline's few characters, which the walk reads on past
    assert authors(f"<article><h1>{TITLE}</h1><div class='share'>{SHARE}</div><p>記者 王小明</p>{byline}{STORY}</article>") == ["김철수"]


@pytest.mark.parametrize("marks", ["author city-desk", "author metro-desk", "byline-author city-news"])
def test_a_class_naming_the_author_beside_a_desk_names_the_person(marks):
    # one of the class's words names the author; another ("city-desk") is the desk the person writes for,
    # no byline block's place part ("byline__city": München, Bayern)
    body = f"<article><h1>{TITLE}</h1><div class='meta'><span class='{marks}'>Jane Doe</span></div>{STORY}</article>"
    assert authors(body) == ["Jane Doe"]
    place = f"<article><h1>{TITLE}</h1><div class='byline'><span class='byline__city'>München, Bayern</span></div>{STORY}</article>"
    assert authors(place) == []


def test_a_byline_after_a_teaser_box_or_an_authors_linked_heading_is_the_articles():
    # a gallery's "more galleries" panel (headings linking other pages, in a box of its own) between the
    # headline and the byline (seattletimes.com); the author's name set as a heading linked to their page
    # (news.sky.com); a kicker heading linking its tag (quantamagazine.org)
    gallery = "".join(f"<li><h2 class='related-title'><a href='/gallery-{n}'>Gallery {n}</a></h2></li>" for n in range(3))
    byline = "<div class='article-byline'>By <a href='/author/jane-doe'>Jane Doe</a></div>"
    body = f"<article><h1>{TITLE}</h1><div class='media'><ul>{gallery}</ul></div><div class='body'>{byline}{STORY}</div></article>"
    assert authors(body) == ["Jane Doe"]
    named = ("<div class='article-author'><div class='article-author__details'><h3 class='article-author__name'>"
             "<a href='/author/jane-doe'>Jane Doe</a></h3><p class='article-author__role'>News reporter</p></div></div>")
    assert authors(f"<article><h1>{TITLE}</h1>{named}{STORY}</article>") == ["Jane Doe"]
    kicker = "<h6 class='kicker'><a href='/tag/budget/'>budget</a></h6>"
    assert authors(f"<article><h1>{TITLE}</h1><div class='share'>{SHARE}</div>{kicker}<div class='byline'>Jane Doe</div>{STORY}</article>") == ["Jane Doe"]
    # ... the name's heading inside the marked author box, the link itself unmarked (linkedin.com)
    boxed = ("<div class='author-info'><section><h3 class='card__title'><a href='/in/janedoe'>Profile</a></h3></section>"
             "<span class='author-info__name'>Jane Doe</span></div>")
    assert authors(f"<article><h1>{TITLE}</h1>{boxed}{STORY}</article>") == ["Jane Doe"]


# A heading in the article's own header box linking a section, a series or a breadcrumb's place (an address of a few
# directories without a date or an id: headline.names_section), before the byline: no other story's teaser.
SECTION_LINKS = ["<h4 class='series'><a href='/series/budget-crisis'>Budget crisis</a></h4>",
                 "<h5><a href='/politics/'>Politics</a></h5>",
                 "<nav><h2><a href='/world/europe/germany'>Germany</a></h2></nav>",
                 "<h5><a href='/nachrichten/politik'>Politik</a></h5>"]


@pytest.mark.parametrize("kicker", SECTION_LINKS)
def test_a_byline_beside_a_heading_linking_a_section_in_the_header_box_is_the_articles(kicker):
    header = f"<header><h1>{TITLE}</h1><div class='meta'>{kicker}<span class='byline'>By Jane Doe</span></div></header>"
    assert authors(f"<article>{header}{STORY}</article>") == ["Jane Doe"]
    # ... behind a share bar too, where the header's walk reads it
    header = f"<header><h1>{TITLE}</h1><div class='share'>{SHARE}</div><div class='meta'>{kicker}<div class='author'>Jane Doe</div></div></header>"
    assert authors(f"<article>{header}{STORY}</article>") == ["Jane Doe"]


# A Chinese agency's dateline set as a paragraph of its own before the byline: no paragraph of the story, so the
# header's walk reads on to the byline behind it; a short paragraph of the story (a clause, a comma) still ends it.
@pytest.mark.parametrize("dateline", ["<p>新华社北京电。</p>", "<p>中新网北京3月5日电：</p>", "<p>本报讯。</p>", "<p>中央社台北5日電。</p>"])
def test_an_agency_dateline_paragraph_does_not_end_the_cjk_header_walk(dateline):
    story = SHORT_PARAGRAPHS[0] * 3
    byline = "<div class='byline'>记者 王小明</div>"
    assert authors(f"<article><h1>{TITLE}</h1><div class='share'>{SHARE}</div>{dateline}{byline}{story}</article>") == ["王小明"]
    short = "<p>全市今天停电，居民受影响。</p>"
    assert authors(f"<article><h1>{TITLE}</h1><div class='share'>{SHARE}</div>{short}{byline}{story}</article>") == []


# A control beside the name in a byline box ("Follow" the author, "Subscribe"): its label is no name, nor a part of one.
@pytest.mark.parametrize("box", [
    "<div class='author-info'><a href='/in/jane'>Jane Doe</a><a class='author-info__follow-button' href='/login'>Follow</a></div>",
    "<div class='byline'><a href='/@jane'>Jane Doe</a><button>Follow</button></div>",
    "<div class='author'><a href='/@jane'>Jane Doe</a> <span class='follow'><button>Folgen</button></span></div>",
    "<div class='byline'><a href='/@jane'>Jane Doe</a><a role='button' href='/f'>Suivre</a></div>",
    "<div class='byline'><span class='author-name'>Jane Doe</span> <a class='subscribe-author' href='/s'>Abonnieren</a></div>",
])
def test_a_follow_or_subscribe_control_in_the_byline_box_is_no_name(box):
    assert authors(f"<article><h1>{TITLE}</h1>{box}{STORY}</article>") == ["Jane Doe"]


# A wrapper whose class names following holds the control (a button, a follow-classed element with its label) beside
# the name: the control inside it is the one that prints no name, not the wrapper, whose name is read; a control
# whose own label holds only an icon classed so is the control still.
@pytest.mark.parametrize("box", [
    "<div class='byline'><div class='author-follow'><a href='/@jane'>Jane Doe</a><button>Follow</button></div></div>",
    "<div class='byline follow-wrapper'><a href='/@jane'>Jane Doe</a> <button class='btn'>Folgen</button></div>",
    "<div class='author-subscribe'><a href='/@jane'>Jane Doe</a> <a class='subscribe-link' href='/s'>Subscribe</a></div>",
    "<div class='byline'><a href='/@jane'>Jane Doe</a> <a class='follow-btn' href='/f'><i class='follow-icon'></i>Follow</a></div>",
])
def test_a_wrapper_classed_follow_holding_the_control_keeps_the_name(box):
    assert authors(f"<article><h1>{TITLE}</h1>{box}{STORY}</article>") == ["Jane Doe"]


# The author's name set as a button (it opens the author's card) is the name: its class marks it as the author's.
@pytest.mark.parametrize("box", [
    "<div class='byline'><button class='byline__author'>Jane Doe</button></div>",
    "<div class='byline'><span class='author-name' role='button' tabindex='0'>Jane Doe</span></div>",
])
def test_the_authors_name_set_as_a_button_is_the_name(box):
    assert authors(f"<article><h1>{TITLE}</h1>{box}{STORY}</article>") == ["Jane Doe"]


# A short lead sentence ending in 电 or 讯 that names no outlet ("停电": a power cut) is the story's: the walk ends.
def test_a_short_lead_sentence_ending_in_a_dispatch_character_ends_the_cjk_header_walk():
    byline = "<div class='byline'>记者 王小明</div>"
    lead = "<p>昨晚全市大面积停电。</p>"
    assert authors(f"<article><h1>{TITLE}</h1><div class='share'>{SHARE}</div>{lead}{byline}{SHORT_PARAGRAPHS[0] * 3}</article>") == []


# A byline linking each name to its page on the site: the links are the names, the words around them its
# label and conjunctions in a language no list holds (Hausa, Burmese, Yoruba; Hebrew's "and" joined to a name).
LINKED_BYLINES = [
    ("Daga <a href='/author/1'>Aminu Ibrahim</a> da <a href='/author/2'>Hauwa Bello</a>", ["Aminu Ibrahim", "Hauwa Bello"]),
    ("ရေးသားသူ <a href='/author/1'>အောင်ကျော်မင်း</a> နှင့် <a href='/author/2'>ခင်မာလာ</a>", ["အောင်ကျော်မင်း", "ခင်မာလာ"]),
    ("Láti ọwọ́ <a href='/author/1'>Adéwálé Ògúnlẹ́yẹ</a>", ["Adéwálé Ògúnlẹ́yẹ"]),
    ("מאת <a href='/author/1'>יוסי כהן</a> ו<a href='/author/2'>מיכל לוי</a>", ["יוסי כהן", "מיכל לוי"]),
]


@pytest.mark.parametrize(("byline", "names"), LINKED_BYLINES)
def test_a_byline_linking_each_name_to_its_page_names_the_links(byline, names):
    assert authors(f"<article><h1>{TITLE}</h1><div class='byline'>{byline}</div>{STORY}</article>") == names


@pytest.mark.parametrize("byline", [
    "Jane Doe and <a href='/author/2'>John Roe</a>",     # a name not linked before a linked one
    "<a href='/author/1'>Jane Doe</a>, Reuters",        # an agency after the names
    "<a href='https://twitter.com/jdoe'>Jane Doe</a>",  # a link to another site
    "记者 张三 <a href='/author/2'>李四</a>",               # a known label, then a name not linked
    "By Jane Doe <a href='/author/2'>John Roe</a>",
])
def test_a_byline_saying_more_than_its_links_is_read_as_text(byline):
    found = authors(f"<article><h1>{TITLE}</h1><div class='byline'>{byline}</div>{STORY}</article>")
    base = authors(f"<article><h1>{TITLE}</h1><div class='byline'>{byline.replace('<a ', '<b ').replace('</a>', '</b>')}</div>{STORY}</article>")
    assert found == base
