"""The headline's suffixes and prefixes are cut by what the page declares about itself (its site's
name, publisher, host, sections, breadcrumb), not by words of one language: small hand-written
pages in several scripts."""
from __future__ import annotations

import json

import pytest

from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html

BODY = "<p>" + "Text of the story. " * 30 + "</p>"


def title(head: str, body: str = BODY, url: str = "https://news.example/a/1") -> str | None:
    return read_metadata(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"), url).title


def jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def crumbs(*entries: tuple[str, str]) -> str:
    return jsonld({"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": position, "name": name, "item": address}
        for position, (name, address) in enumerate(entries, 1)]})


@pytest.mark.parametrize(("head", "body", "url", "expected"), [
    # Arabic: og:site_name, with and without a heading showing the headline
    ('<title>ارتفاع أسعار النفط في الأسواق | الجزيرة نت</title><meta property="og:site_name" content="الجزيرة نت">'
     '<meta property="og:title" content="ارتفاع أسعار النفط في الأسواق | الجزيرة نت">',
     "<h1>ارتفاع أسعار النفط في الأسواق</h1>" + BODY, "https://www.aljazeera.net/ebusiness/2024/1/1/oil",
     "ارتفاع أسعار النفط في الأسواق"),
    ('<title>ارتفاع أسعار النفط في الأسواق | الجزيرة نت</title><meta property="og:site_name" content="الجزيرة نت">',
     BODY, "https://www.aljazeera.net/ebusiness/2024/1/1/oil", "ارتفاع أسعار النفط في الأسواق"),
    # Arabic: the JSON-LD publisher's name
    ('<title>ارتفاع أسعار النفط | اليوم السابع</title><meta property="og:title" content="ارتفاع أسعار النفط | اليوم السابع">'
     + jsonld({"@type": "NewsArticle", "headline": "ارتفاع أسعار النفط",
               "publisher": {"@type": "Organization", "name": "اليوم السابع"}}),
     BODY, "https://www.youm7.com/story/2024/1/1/x/123", "ارتفاع أسعار النفط"),
    # Chinese: application-name joined without a space; the JSON-LD publisher
    ('<title>国务院召开常务会议_新华网</title><meta name="application-name" content="新华网">',
     BODY, "http://www.news.cn/politics/2024-01/01/c_1.htm", "国务院召开常务会议"),
    ('<title>国务院召开常务会议-新华网</title>' + jsonld({"@type": "NewsArticle", "headline": "国务院召开常务会议-新华网",
                                                "publisher": {"@type": "Organization", "name": "新华网"}}),
     BODY, "http://www.news.cn/c_1.htm", "国务院召开常务会议"),
    # Chinese: a declared section, then the site, each set off by the title's unspaced mark
    ('<title>標題內容在此-體育新聞-新浪新聞中心</title><meta property="og:site_name" content="新浪新聞中心">'
     '<meta property="article:section" content="體育新聞">',
     BODY, "https://news.sina.com.tw/article/20200121/1.html", "標題內容在此"),
    # Greek: article:section, then the site
    ('<title>Νέα μέτρα για την ακρίβεια - Πολιτική - Η Καθημερινή</title>'
     '<meta property="og:site_name" content="Η Καθημερινή"><meta property="article:section" content="Πολιτική">',
     BODY, "https://www.kathimerini.gr/politics/562/nea-metra/", "Νέα μέτρα για την ακρίβεια"),
    # Polish: sections the breadcrumb names (in the navigation, in JSON-LD)
    ('<title>Polska wygrywa z Niemcami | Sport | Onet</title>'
     '<meta property="og:title" content="Polska wygrywa z Niemcami | Sport | Onet">',
     '<nav class="breadcrumb"><a href="/">Onet</a> <a href="/sport">Sport</a></nav>' + BODY,
     "https://www.onet.pl/sport/polska-wygrywa/abc123", "Polska wygrywa z Niemcami"),
    ('<title>Polska wygrywa z Niemcami - Piłka nożna - Przegląd Sportowy</title>'
     + crumbs(("Przegląd Sportowy", "https://www.przegladsportowy.pl/"),
              ("Piłka nożna", "https://www.przegladsportowy.pl/pilka-nozna")),
     BODY, "https://www.przegladsportowy.pl/pilka-nozna/polska-wygrywa/abc123", "Polska wygrywa z Niemcami"),
    # Polish: article:section listing several sections, and a second article:section tag
    ('<title>Polska wygrywa z Niemcami | Piłka nożna</title><meta property="og:title" content="Polska wygrywa z Niemcami | Piłka nożna">'
     '<meta property="article:section" content="Sport, Piłka nożna, Reprezentacja">',
     BODY, "https://www.example.pl/a/123", "Polska wygrywa z Niemcami"),
    ('<title>Polska wygrywa z Niemcami | Piłka nożna</title><meta property="og:title" content="Polska wygrywa z Niemcami | Piłka nożna">'
     '<meta property="article:section" content="Sport"><meta property="article:section" content="Piłka nożna">',
     BODY, "https://www.example.pl/a/123", "Polska wygrywa z Niemcami"),
    # Russian: the JSON-LD publisher, in <title> and og:title
    ('<title>Центробанк сохранил ставку — Коммерсантъ</title><meta property="og:title" content="Центробанк сохранил ставку — Коммерсантъ">'
     + jsonld({"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Коммерсантъ"}}),
     BODY, "https://www.kommersant.ru/doc/123456", "Центробанк сохранил ставку"),
    # Russian: a section the page's menu links to as one of the site's
    ('<title>Центробанк сохранил ставку | Экономика</title><meta property="og:title" content="Центробанк сохранил ставку | Экономика">',
     '<nav><a href="/ekonomika/">Экономика</a> <a href="/politika/">Политика</a></nav>' + BODY,
     "https://www.example.ru/doc/123456", "Центробанк сохранил ставку"),
    # Hindi: application-name in Devanagari; the host's registered name in Latin letters
    ('<title>दिल्ली में बारिश से जलभराव - अमर उजाला</title><meta name="application-name" content="अमर उजाला">',
     BODY, "https://www.amarujala.com/delhi-ncr/rain-123", "दिल्ली में बारिश से जलभराव"),
    ('<title>दिल्ली में बारिश से जलभराव | Amar Ujala</title>',
     BODY, "https://www.amarujala.com/delhi-ncr/rain-123", "दिल्ली में बारिश से जलभराव"),
    # Arabic: a site name in another script than it declares, stated in its copyright line
    ('<title>ارتفاع أسعار النفط - اليوم السابع</title><meta property="og:site_name" content="Youm7">',
     "<h1>ارتفاع أسعار النفط</h1>" + BODY + "<footer>© 2024 اليوم السابع</footer>",
     "https://www.youm7.com/story/2024/1/1/x/123", "ارتفاع أسعار النفط"),
])
def test_a_site_or_section_the_page_declares_is_cut_in_every_script(head: str, body: str, url: str, expected: str):
    assert title(head, body, url) == expected


@pytest.mark.parametrize(("head", "body", "url", "expected"), [
    # Polish: a dash subtitle the heading shows is the headline's own
    ('<title>Wybory w Polsce – Tusk wygrywa | Onet</title><meta property="og:site_name" content="Onet">',
     "<h1>Wybory w Polsce – Tusk wygrywa</h1>" + BODY, "https://wiadomosci.onet.pl/kraj/wybory/abc123",
     "Wybory w Polsce – Tusk wygrywa"),
    # Greek: a part after a dash that names neither the site nor a section
    ('<title>Εκλογές 2023 - Νίκη της ΝΔ</title><meta property="og:title" content="Εκλογές 2023 - Νίκη της ΝΔ">'
     '<meta property="og:site_name" content="Η Καθημερινή">',
     BODY, "https://www.kathimerini.gr/politics/1/a/", "Εκλογές 2023 - Νίκη της ΝΔ"),
    # German: a section's name ending a compound ("Ukraine-Krieg"), set off by another mark than the site's
    ('<title>Bericht zum Ukraine-Krieg - Der Spiegel</title><meta property="og:site_name" content="Der Spiegel">'
     '<meta property="article:section" content="Krieg">',
     BODY, "https://www.spiegel.de/ausland/a-123", "Bericht zum Ukraine-Krieg"),
])
def test_a_part_that_names_no_site_or_section_is_kept(head: str, body: str, url: str, expected: str):
    assert title(head, body, url) == expected
