"""A site names itself once in a title, at the same end in all its titles; a declared title that is only
the name another title sets off is no headline; a title's format characters at its ends draw nothing.
Small hand-written pages in several scripts."""
from __future__ import annotations

import pytest

from newsspider.extract.article import _headline_text
from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html

BODY = "<main><article><p>" + "Text of the story. " * 30 + "</p></article></main>"


def title(head: str, body: str = BODY, url: str = "https://news.example/a/2024/05/10/story-1.html") -> str | None:
    return read_metadata(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"), url).title


CLUB_HEADLINES = [
    ("es", "Real Madrid", "Real Madrid - Barcelona: el clásico en directo"),
    ("ru", "«Спартак»", "«Спартак» - «Зенит»: москвичи вырвали победу"),
    ("ja", "巨人", "巨人 - 阪神 延長戦でサヨナラ勝ち"),
    ("ka", "დინამო", "დინამო - საბურთალო ფრედ დასრულდა"),
    ("hi", "भारत", "भारत - पाकिस्तान मैच में भारत की जीत"),
]


@pytest.mark.parametrize(("lang", "club", "headline"), CLUB_HEADLINES)
def test_a_clubs_own_name_opening_its_headline_is_kept_where_its_titles_end_with_the_name(lang, club, headline):
    site = f'<meta property="og:site_name" content="{club}">'
    assert title(f"<title>{headline} | {club}</title>{site}") == headline
    assert title(f'<title>{headline} | {club}</title><meta property="og:title" content="{headline}">{site}') == headline
    assert title(f"<title>{headline} | {club}</title>{site}", f"<main><article><h1>{headline}</h1>{BODY}</article></main>") == headline


@pytest.mark.parametrize(("lang", "club", "headline"), CLUB_HEADLINES)
def test_the_sites_name_opening_a_title_is_still_cut_where_no_title_ends_with_it(lang, club, headline):
    rest = headline.split(" - ", 1)[1]
    assert title(f"<title>{club} - {rest}</title><meta property='og:site_name' content='{club}'>",
                 f"<main><article><h1>{rest}</h1>{BODY}</article></main>") == rest


@pytest.mark.parametrize(("site", "headline"), [
    ("Sport", "Barça gana al Girona con un gol de Lewandowski"),
    ("Спорт-Экспресс", "Спартак - ЦСКА: красно-белые победили в дерби"),
    ("كووورة", "الهلال يفوز على النصر في ديربي الرياض"),
    ("日刊スポーツ", "阪神が巨人に逆転勝ち、佐藤輝明が決勝弾"),
])
def test_the_sites_name_a_bar_sets_off_opening_a_title_is_cut_where_the_title_ends_with_it_too(site, headline):
    head = f"<title>{site} | {headline} - {site}</title>"
    assert title(f"{head}<meta property='og:site_name' content='{site}'>") == headline
    logo = f'<header><a href="/"><img alt="{site}" src="/logo.png"></a></header>'
    assert title(head, logo + BODY) == headline  # a site its logo alone names
    assert title(head, BODY + f"<footer><p>© 2024 {site}. All rights reserved.</p></footer>") == headline


@pytest.mark.parametrize(("host", "site", "headline"), [
    ("www.sport.pl", "Sport.pl", "Legia - Raków: stołeczni wygrywają w końcówce"),
    ("www.bola.com", "Bola.com", "Persib kalahkan Persija di Stadion Jalak Harupat"),
])
def test_the_sites_address_a_dash_sets_off_opening_a_title_is_cut_where_the_title_ends_with_its_name(host, site, headline):
    url = f"https://{host}/news/2024/05/10/story-1.html"
    head = f"<title>{host.removeprefix('www.')} - {headline} | {site}</title><meta property='og:site_name' content='{site}'>"
    assert title(head, url=url) == headline


@pytest.mark.parametrize(("host", "site", "headline"), [
    ("www.publico.pt", "PÚBLICO", "Governo aprova aumento do salário mínimo"),
    ("www.hurriyet.com.tr", "Hürriyet", "Merkez Bankası faizi sabit tuttu"),
    ("www.lefigaro.fr", "Le Figaro", "La BCE maintient ses taux pour le troisième mois"),
])
def test_an_og_title_that_is_the_name_the_title_sets_off_declares_no_headline(host, site, headline):
    url = f"https://{host}/economia/2024/05/10/story-1.html"
    assert title(f'<title>{headline} | {site}</title><meta property="og:title" content="{site}">', url=url) == headline


def test_an_og_title_that_is_a_titles_part_but_names_no_site_is_kept():
    url = "https://www.publico.pt/economia/2024/05/10/story-1.html"
    headline = "Governo aprova aumento do salário mínimo"
    assert title(f'<title>Opinião | {headline}</title><meta property="og:title" content="{headline}">', url=url) == headline


@pytest.mark.parametrize(("raw", "expected"), [
    ("\u200fالبنك المركزي يثبت أسعار الفائدة\u200f", "البنك المركزي يثبت أسعار الفائدة"),
    ("\u200eבנק ישראל הותיר את הריבית\u200e ", "בנק ישראל הותיר את הריבית"),
    ("\u202bپرسپولیس - استقلال\u202c", "پرسپولیس - استقلال"),
    ("\ufeff\u200bแบงก์ชาติคงอัตราดอกเบี้ย", "แบงก์ชาติคงอัตราดอกเบี้ย"),
    ("Bundes\u00adtag beschließt Haushalt", "Bundestag beschließt Haushalt"),
    ("می\u200cخواهد", "می\u200cخواهد"),  # a Persian word's non-joiner inside stays
    ("\u200f", None),
])
def test_format_characters_at_a_headlines_ends_are_dropped_and_inside_kept(raw, expected):
    assert _headline_text(raw) == expected


ENGLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"


@pytest.mark.parametrize("headline", [
    f"England beat Scotland in the Calcutta Cup {ENGLAND}",  # an emoji's tag sequence closes it
    "\u0600\u0661\u0662 مليون دولار للمشروع",  # the Arabic number sign spans the digits after it
    "\u06dd\u0661\u0662 آية اليوم",  # the end of ayah mark encloses the verse's number
])
def test_format_characters_bound_to_a_character_stay_at_a_headlines_ends(headline):
    assert _headline_text(f"\u200f{headline}\u200f") == headline


@pytest.mark.parametrize(("site", "headline"), [
    ("Hürriyet", "Merkez Bankası faizi sabit tuttu"),
    ("הארץ", "בנק ישראל הותיר את הריבית ללא שינוי"),
    ("朝日新聞デジタル", "日銀が金融政策の現状維持を決定"),
    ("Tages-Anzeiger", "Scholz vs. Merz im Duell um die Mitte"),
])
def test_the_name_another_title_closes_with_opening_the_same_headline_is_cut(site, headline):
    site_meta = f'<meta property="og:site_name" content="{site}">'
    assert title(f'<title>{headline} | {site}</title><meta property="og:title" content="{site}: {headline}">{site_meta}') == headline
    assert title(f'<title>{headline} | {site}</title><meta property="og:title" content="{site} | {headline}">{site_meta}') == headline


@pytest.mark.parametrize(("host", "site", "credit", "headline"), [
    ("www.eldiario.es", "elDiario.es", "Real Madrid", "Real Madrid - Barcelona: el clásico en directo"),
    ("www.kommersant.ru", "Коммерсантъ", "«Спартак»", "«Спартак» - «Зенит»: москвичи вырвали победу"),
    ("www.onet.pl", "Onet Wiadomości", "Legia", "Legia - Lech 2:1. Warszawianie liderem"),
])
def test_a_footers_photo_credit_opening_a_title_that_closes_with_the_sites_name_is_kept(host, site, credit, headline):
    footer = f"<footer><p>© 2024 {site}</p><p>Fotos: © {credit}</p></footer>"
    url = f"https://{host}/a/2024/05/10/story-1.html"
    assert title(f"<title>{headline} | {site}</title>", BODY + footer, url) == headline


def test_a_copyright_owner_opening_a_title_is_still_cut_where_no_title_closes_with_a_name():
    footer = "<footer><p>© 2024 Українська правда</p></footer>"
    url = "https://www.pravda.com.ua/news/2024/05/10/story-1/"
    assert title("<title>Українська правда | Уряд ухвалив новий бюджет на рік</title>", BODY + footer, url) == (
        "Уряд ухвалив новий бюджет на рік")


@pytest.mark.parametrize(("site", "headline"), [
    ("ไทยรัฐออนไลน์", "แบงก์ชาติคงอัตราดอกเบี้ยนโยบาย"),
    ("朝日新聞デジタル", "日銀が金融政策の現状維持を決定"),
    ("Yle Uutiset", "Keskuspankki piti korot ennallaan"),
])
def test_an_og_title_that_is_the_part_beside_what_the_articles_h1_shows_declares_no_headline(site, headline):
    body = f"<main><article><h1>{headline}</h1>{BODY}</article></main>"
    assert title(f'<title>{headline} | {site}</title><meta property="og:title" content="{site}">', body) == headline


def test_a_sections_h1_heading_main_does_not_make_the_og_title_a_name():
    headline = "Keskuspankki piti korot ennallaan"
    body = f"<main><h1>Talous</h1><article>{BODY}</article></main>"
    assert title(f'<title>Talous | {headline}</title><meta property="og:title" content="{headline}">', body) == headline


def test_a_sections_kicker_h1_in_the_article_does_not_make_the_og_title_a_name():
    headline = "Центробанк сохранил ключевую ставку"
    body = f"<main><article><h1 class='kicker'>Экономика</h1><h2>{headline}</h2>{BODY}</article></main>"
    assert title(f'<title>{headline} | Экономика</title><meta property="og:title" content="{headline}">', body) == headline
