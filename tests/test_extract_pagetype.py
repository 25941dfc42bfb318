"""Not-an-article decisions: articles that declare nothing are kept, listings are dropped, in any script."""
from __future__ import annotations

import json

import pytest

from newsspider.extract.article import extract_article

POLISH = [
    "Rada Miasta Krakowa przyjęła w środę uchwałę o strefie czystego transportu, która obejmie całe miasto od lipca.",
    "Do strefy nie będą mogły wjeżdżać najstarsze samochody z silnikami Diesla, które nie spełniają norm Euro 4.",
    "Mieszkańcy, których nie stać na wymianę auta, mogą ubiegać się o dopłaty z miejskiego programu wsparcia.",
    "Przeciwnicy uchwały zapowiedzieli zebranie podpisów pod wnioskiem o referendum w tej sprawie przed końcem roku.",
    "Urzędnicy szacują, że nowe przepisy zmniejszą emisję tlenków azotu w centrum miasta o jedną trzecią.",
    "Podobne strefy działają już w wielu miastach zachodniej Europy, między innymi w Berlinie i w Paryżu.",
]
TEASERS_PL = "".join(f"<li><h3><a href='/wiadomosci/inne-{n}.html'>Inna wiadomość numer {n} z regionu</a></h3></li>"
                     for n in range(5))


def page(body: str, head: str = "", lang: str = "pl") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>Strona</title>"
            f"<meta property='og:type' content='website'>{head}</head><body>{body}</body></html>")


def polish_article(head: str = "", teasers_inside: bool = False) -> str:
    story = "<h1>Kraków wprowadza strefę czystego transportu</h1>" + "".join(f"<p>{p}</p>" for p in POLISH)
    related = f"<section><h2>Czytaj także</h2><ul>{TEASERS_PL}</ul></section>"
    if teasers_inside:
        return page(f"<article>{story}{related}</article>", head)
    return page(f"<aside>{related}</aside><main>{story}</main><aside><h2>Najnowsze</h2><ul>{TEASERS_PL}</ul></aside>",
                head)


def tag_page(entries: int = 8, lang: str = "en") -> str:
    items = "".join(
        f"<article class='teaser'><h2><a href='/news/{n}.html'>Tram line {n} gets new carriages this year</a></h2>"
        f"<time datetime='2024-05-0{n % 9 + 1}T09:00:00+02:00'>May {n % 9 + 1}</time>"
        f"<p>The city transport company said on Monday that line {n} will run modern low-floor carriages from the "
        f"autumn, with air conditioning and more room for prams.</p></article>" for n in range(entries))
    return page(f"<main><h1>Tag: tram</h1>{items}</main>", lang=lang)


def test_long_polish_article_with_og_website_and_linked_headings_is_emitted():
    result = extract_article(polish_article(), "https://wiadomosci.example.pl/krakow/strefa.html")
    assert result.article is not None, result.reason
    assert result.article.page_type == "undeclared"
    assert all(paragraph in result.article.text for paragraph in POLISH)


STORIES = {
    "ru": ["Городская дума в среду утвердила план реконструкции трамвайной сети на ближайшие пять лет.",
           "Программа предусматривает замену путей на двенадцати улицах и закупку сорока новых вагонов.",
           "По словам мэра, работы начнутся весной и будут вестись поэтапно, чтобы не парализовать движение.",
           "Жители окраин давно жаловались на редкие рейсы и переполненные вагоны в часы пик.",
           "Оппозиционные депутаты потребовали опубликовать смету проекта до начала торгов."],
    "zh": ["市政府周三批准了未来五年的有轨电车网络改造计划，总投资约四十亿元。",
           "该计划包括更换十二条街道的轨道，并采购四十辆新型低地板电车。",
           "市长表示，工程将于明年春季分阶段启动，以尽量减少对交通的影响。",
           "郊区居民长期抱怨班次稀少，高峰时段车厢拥挤不堪。",
           "部分人大代表要求在招标前公开项目预算明细。"],
    "el": ["Το δημοτικό συμβούλιο ενέκρινε την Τετάρτη το σχέδιο ανακαίνισης του δικτύου του τραμ.",
           "Το πρόγραμμα προβλέπει την αντικατάσταση των γραμμών σε δώδεκα δρόμους και σαράντα νέα οχήματα.",
           "Σύμφωνα με τον δήμαρχο, οι εργασίες θα ξεκινήσουν την άνοιξη και θα γίνουν σε φάσεις.",
           "Οι κάτοικοι των προαστίων παραπονιούνται εδώ και χρόνια για τα αραιά δρομολόγια.",
           "Η αντιπολίτευση ζήτησε να δημοσιοποιηθεί ο προϋπολογισμός πριν από τον διαγωνισμό."],
}


HEADLINES = {"ru": "Другие новости города, выпуск", "zh": "本市其他新闻第", "el": "Άλλες ειδήσεις της πόλης, μέρος"}


@pytest.mark.parametrize("language", sorted(STORIES))
def test_undeclared_articles_in_other_scripts_are_emitted_among_linked_headings(language):
    paragraphs = STORIES[language]
    teasers = "".join(f"<li><h3><a href='/news/other-{n}.html'>{HEADLINES[language]} {n + 1}</a></h3></li>"
                      for n in range(4))
    body = (f"<aside><ul>{teasers}</ul></aside><main><h1>{paragraphs[0][:25]}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + f"</main><aside><ul>{teasers}</ul></aside>")
    result = extract_article(page(body, lang=language), f"https://news.example/{language}/story.html")
    assert result.article is not None, result.reason
    assert result.article.language == language


def test_teasers_kept_in_the_text_do_not_turn_an_article_into_a_listing():
    result = extract_article(polish_article(teasers_inside=True), "https://wiadomosci.example.pl/krakow/strefa.html")
    assert result.article is not None, result.reason


def test_a_page_with_its_own_date_and_a_body_is_a_dated_article():
    result = extract_article(polish_article(head="<meta name='date' content='2024-05-02T10:00:00+02:00'>"),
                             "https://wiadomosci.example.pl/krakow/strefa.html")
    assert result.article.page_type == "dated"


def test_what_a_page_declares_comes_first():
    for head in ("<meta property='og:type' content='article'>",
                 "<script type='application/ld+json'>" + json.dumps(
                     {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "x"}}) + "</script>"):
        result = extract_article(tag_page().replace("<meta property='og:type' content='website'>", head),
                                 "https://x.org/tag/tram/")
        assert result.article is not None and result.article.page_type == "declared"


def test_a_tag_page_is_not_an_article():
    assert extract_article(tag_page(), "https://x.org/tag/tram/").reason == "index_page"


def test_a_tag_page_in_another_script_is_not_an_article_either():
    html = tag_page().replace("Tram line", "有轨电车线路").replace(
        "The city transport company said on Monday that line", "市公交公司周一表示，线路").replace(
        "will run modern low-floor carriages from the autumn, with air conditioning and more room for prams.",
        "将从秋季开始运行配有空调的现代低地板车厢，为婴儿车留出更多空间。")
    assert extract_article(html, "https://x.org/tag/tram/").reason == "index_page"


def test_a_declared_collection_without_a_body_is_not_an_article():
    head = "<script type='application/ld+json'>" + json.dumps({"@type": "CollectionPage", "name": "Tram"}) + "</script>"
    html = tag_page(entries=2).replace("<meta property='og:type' content='website'>", head)
    assert extract_article(html, "https://x.org/tag/tram/").reason == "index_page"



def test_a_short_story_followed_by_longer_teasers_is_still_an_article(monkeypatch):
    import newsspider.extract.article as article

    blurbs = [f"{POLISH[2 + n]} {POLISH[2 + (n + 1) % 4]}" for n in range(4)]  # not the story's paragraphs
    related = "".join(f"<div class='related'><h3><a href='/wiadomosci/inne-{n}.html'>Inna wiadomość numer {n}</a>"
                      f"</h3><p>{blurb}</p></div>" for n, blurb in enumerate(blurbs))
    html = page("<main><h1>Kraków: strefa czystego transportu</h1>" + "".join(f"<p>{p}</p>" for p in POLISH[:2])
                + related + "</main>")
    # trafilatura keeps the teasers under the story: they outweigh it, and the story is still a body
    text = "\n".join([*POLISH[:2], *(f"Inna wiadomość numer {n}\n{blurb}" for n, blurb in enumerate(blurbs))])
    monkeypatch.setattr(article, "_bare", lambda tree, url, *, precision, fast: text)
    result = extract_article(html, "https://wiadomosci.example.pl/krakow/strefa.html")
    assert result.article is not None and result.article.page_type == "undeclared", result.reason


def test_a_listing_whose_teasers_are_links_around_their_headings_is_not_an_article():
    html = tag_page()
    html = html.replace("<h2><a href='/news/", "<a href='/news/").replace("</a></h2>", "")
    html = html.replace(".html'>Tram line", ".html'><h2>Tram line").replace("this year<time", "this year</h2><time")
    html = html.replace("prams.</p></article>", "prams.</p></a></article>")
    assert "<a href='/news/0.html'><h2>" in html
    assert extract_article(html, "https://x.org/tag/tram/").reason == "index_page"


def test_a_declared_article_with_only_its_lead_is_emitted_and_an_undeclared_page_is_not():
    lead = "<h1>Wohnungsnot</h1><p>" + POLISH[0] + " " + POLISH[1][:40] + ".</p>"
    assert extract_article(page(lead, head="<meta property='og:type' content='article'>").replace(
        "<meta property='og:type' content='website'>", ""), "https://x.org/a").article is not None
    assert extract_article(page(lead), "https://x.org/a").reason == "too_little_text"
