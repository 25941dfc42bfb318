"""A site's name as its titles agree on it: a declared title that is the name the ``<title>`` closes with after a
sentence, a logo's permalink heading showing that name, and a club's name closing a title its headline opens with.
Small hand-written pages in several scripts."""
from __future__ import annotations

import json

import pytest

from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html

BODY = "<p>" + "Text of the story. " * 30 + "</p>"
ARTICLE = f"<main><article>{BODY}</article></main>"
URL = "https://www.paper.example/local/2024/06/11/a-98765.html"

SITES = [
    ("de", "Mitteldeutsche Zeitung", "Stadtrat stimmt für neuen Radweg am Fluss"),
    ("ru", "Вечерний Петербург", "Власти города утвердили новый генплан на десять лет"),
    ("ar", "صحيفة الوادي", "المحافظة تفتتح مستشفى جديدا في وسط المدينة"),
    ("hi", "नवभारत समाचार", "नगर निगम ने नई बस सेवा शुरू की"),
    ("el", "Εφημερίδα Βορρά", "Ο δήμος ανακοίνωσε νέο πρόγραμμα ανακύκλωσης"),
]

CLUBS = [
    ("de", "Hallescher FC", "Hallescher FC verliert knapp gegen Aue"),
    ("el", "ΠΑΟΚ", "ΠΑΟΚ: νίκη με ανατροπή στην Τούμπα"),
    ("ar", "الأهلي", "الأهلي يفوز على الزمالك في القمة"),
    ("ko", "롯데", "롯데 두산에 역전승"),
    ("ka", "დინამო თბილისი", "დინამო თბილისი ტორპედოს დაუპირისპირდა"),
]


def title(head: str, body: str = ARTICLE) -> str | None:
    return read_metadata(parse_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"), URL).title


@pytest.mark.parametrize(("lang", "site", "headline"), SITES)
def test_a_declared_title_that_is_the_name_the_title_closes_with_after_a_sentence_is_the_sites(lang, site, headline):
    assert title(f"<title>{headline} | {site}</title><meta property='og:title' content='{site}'>") == headline
    assert title(f"<title>{headline} | {site}</title><meta name='twitter:title' content='{site}'>") == headline
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": site}, ensure_ascii=False)
    assert title(f"<title>{headline} - {site}</title><script type='application/ld+json'>{ld}</script>") == headline


@pytest.mark.parametrize(("lang", "site", "headline"), SITES)
def test_a_short_headline_a_title_puts_after_a_label_or_before_the_name_stays_the_headline(lang, site, headline):
    short = " ".join(headline.split()[:2])
    assert title(f"<title>Sport | {short}</title><meta property='og:title' content='{short}'>") == short
    assert title(f"<title>{short} | {site}</title><meta property='og:title' content='{short}'>") == short


@pytest.mark.parametrize(("lang", "site", "headline"), SITES)
def test_a_logo_heading_linked_home_as_a_permalink_showing_the_name_the_title_closes_with_is_the_sites(lang, site, headline):
    logo = f"<header><h1><a href='/' rel='bookmark'>{site}</a></h1></header>"
    assert title(f"<title>{headline} | {site}</title>", logo + f"<div class='content'>{BODY}</div>") == headline
    story = f"<div class='post'><h1><a href='/' rel='bookmark'>{headline}</a></h1>{BODY}</div>"
    assert title(f"<title>{headline} | {site}</title>", story) == headline


@pytest.mark.parametrize(("lang", "club", "headline"), CLUBS)
def test_a_name_closing_a_title_whose_headline_opens_with_it_is_cut(lang, club, headline):
    assert title(f"<title>{headline} | {club}</title>") == headline
    assert title(f"<title>{headline} - {club}</title>") == headline
    assert title(f"<title>{headline} | {club}</title><meta property='og:title' content='{headline} | {club}'>") == headline


@pytest.mark.parametrize(("lang", "club", "headline"), CLUBS)
def test_a_part_closing_a_title_that_its_headline_does_not_open_with_is_kept(lang, club, headline):
    assert title(f"<title>{headline} | {club}x</title>") == f"{headline} | {club}x"



FIXTURES = [
    ("en", "Inter Miami – Inter"),
    ("de", "Bayern München II – Bayern"),
    ("ru", "Динамо Москва – Динамо"),
    ("ar", "الأهلي بنغازي - الأهلي"),
    ("pt", "Sporting Gijón – Sporting"),
]


@pytest.mark.parametrize(("lang", "headline"), FIXTURES)
def test_a_headline_a_heading_shows_whole_keeps_its_closing_part_that_its_opening_repeats(lang, headline):
    shown = f"<main><article><h1>{headline}</h1>{BODY}</article></main>"
    assert title(f"<title>{headline}</title><meta property='og:title' content='{headline}'>", shown) == headline
    assert title(f"<title>{headline} | Sportblatt</title><meta property='og:title' content='{headline}'>"
                 "<meta property='og:site_name' content='Sportblatt'>", shown) == headline


KICKED = [
    ("en", "Department of Foreign Affairs and Trade", "Minister visits Jakarta"),
    ("de", "Liveblog zum Krieg in der Ukraine", "Selenskyj besucht Washington"),
    ("ru", "Война на Украине: хроника событий дня", "Зеленский в Вашингтоне"),
    ("ar", "آخر أخبار الحرب في أوكرانيا اليوم", "زيلينسكي في واشنطن"),
    ("hi", "यूक्रेन युद्ध की ताजा खबरें यहां पढ़ें", "ज़ेलेंस्की वाशिंगटन पहुंचे"),
]


@pytest.mark.parametrize(("lang", "kicker", "headline"), KICKED)
def test_a_short_declared_title_closing_a_long_part_stays_the_headline_where_the_site_declares_another_name(lang, kicker, headline):
    head = f"<title>{kicker} | {headline}</title><meta property='og:title' content='{headline}'>"
    assert title(head + "<meta property='og:site_name' content='Regionalblatt'>") == headline


@pytest.mark.parametrize(("lang", "site", "headline"), [entry for entry in SITES if entry[0] in ("de", "ru", "el")])
def test_a_declared_name_of_the_titles_initials_names_the_same_site(lang, site, headline):
    initials = "".join(word[0] for word in site.split())  # MZ, ВП, ΕΒ
    head = f"<title>{headline} | {site}</title><meta property='og:title' content='{site}'>"
    assert title(head + f"<meta name='application-name' content='{initials}'>") == headline


@pytest.mark.parametrize(("lang", "kicker", "headline"), KICKED)
def test_a_short_declared_title_closing_a_long_part_stays_the_headline_where_a_heading_shows_it_after_a_label(lang, kicker, headline):
    shown = f"<main><article><h1><span>Live:</span> {headline}</h1>{BODY}</article></main>"
    assert title(f"<title>{kicker} | {headline}</title><meta property='og:title' content='{headline}'>", shown) == headline


@pytest.mark.parametrize(("lang", "kicker", "headline"), KICKED)
def test_a_permalink_heading_over_its_entrys_text_stays_the_headline_though_the_title_closes_with_it(lang, kicker, headline):
    for href in ("/", "/index.html", "https://www.paper.example/"):
        story = (f"<div class='post'><div class='title'><h1><a href='{href}' rel='bookmark'>{headline}</a></h1></div>"
                 f"<div class='entry'>{BODY}</div></div>")
        assert title(f"<title>{kicker} | {headline}</title>", story) == headline


UNSPACED = [  # scripts written without spaces between words: their words are no space-separated tokens
    ("zh", "江南日报", "杭州市政府发布新的城市更新计划", "城市", "计划发布"),
    ("ja", "北陸新聞", "金沢市が新しい観光振興策を正式に発表", "地域", "振興策発表"),
    ("th", "ข่าวอีสาน", "จังหวัดขอนแก่นเปิดโครงการรถไฟฟ้าสายใหม่อย่างเป็นทางการ", "ข่าว", "เปิดรถไฟ"),
    ("lo", "ຂ່າວສາລະວັນ", "ແຂວງສາລະວັນເປີດໂຄງການສ້າງຂົວໃໝ່ຢ່າງເປັນທາງການ", "ຂ່າວ", "ເປີດຂົວ"),
    ("km", "ព័ត៌មានខេត្ត", "ខេត្តសៀមរាបបើកគម្រោងសាងសង់ស្ពានថ្មីជាផ្លូវការ", "ព័ត៌មាន", "បើកស្ពាន"),
]


@pytest.mark.parametrize(("lang", "site", "headline", "section", "short"), UNSPACED)
def test_a_declared_title_that_is_the_name_the_title_closes_with_after_an_unspaced_sentence_is_the_sites(
        lang, site, headline, section, short):
    for separator in (" | ", "｜", " - "):
        assert title(f"<title>{headline}{separator}{site}</title><meta property='og:title' content='{site}'>") == headline
        assert title(f"<title>{headline}{separator}{site}</title><meta name='twitter:title' content='{site}'>") == headline
    logo = f"<header><h1><a href='/' rel='bookmark'>{site}</a></h1><nav><a href='/x/'>X</a></nav></header>"
    assert title(f"<title>{headline} | {site}</title>", logo + f"<div class='content'>{BODY}</div>") == headline


@pytest.mark.parametrize(("lang", "site", "headline", "section", "short"), UNSPACED)
def test_a_short_unspaced_headline_after_a_label_or_before_the_name_stays_the_headline(lang, site, headline, section, short):
    assert title(f"<title>{section} | {short}</title><meta property='og:title' content='{short}'>") == short
    assert title(f"<title>{short} | {site}</title><meta property='og:title' content='{short}'>") == short
    assert title(f"<title>{headline} | {short}</title><meta property='og:title' content='{short}'>"
                 "<meta property='og:site_name' content='Regionalblatt'>") == short
    shown = f"<main><article><h1>{short}</h1>{BODY}</article></main>"
    assert title(f"<title>{headline} | {short}</title><meta property='og:title' content='{short}'>", shown) == short
    story = (f"<div class='post'><div class='title'><h1><a href='/' rel='bookmark'>{short}</a></h1></div>"
             f"<div class='entry'>{BODY}</div></div>")
    assert title(f"<title>{headline} | {short}</title>", story) == short


@pytest.mark.parametrize(("lang", "site", "headline", "section", "short"), UNSPACED)
def test_a_short_unspaced_declared_title_after_a_long_part_stays_the_headline_where_the_footer_names_another_owner(
        lang, site, headline, section, short):
    footer = f"<footer><p>© 2024 {site}</p></footer>"
    assert title(f"<title>{headline} | {short}</title><meta property='og:title' content='{short}'>", ARTICLE + footer) == short
    assert title(f"<title>{headline} | {site}</title><meta property='og:title' content='{site}'>", ARTICLE + footer) == headline


@pytest.mark.parametrize(("lang", "site", "headline", "section", "short"), UNSPACED)
def test_a_short_unspaced_banner_heading_after_a_long_part_stays_the_headline_where_the_footer_names_another_owner(
        lang, site, headline, section, short):
    def banner(text: str) -> str:
        return (f"<header class='banner'><h1><a href='/' rel='bookmark'>{text}</a></h1><nav><a href='/x/'>X</a></nav>"
                f"</header><div class='content'>{BODY}</div><footer><p>© 2024 {site}</p></footer>")
    assert title(f"<title>{headline} | {short}</title>", banner(short)) == short
    assert title(f"<title>{headline} | {site}</title>", banner(site)) == headline
