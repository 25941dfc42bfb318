"""The headline as the page shows it: headings' and links' texts without what a reader never sees
(a ``<style>``, ``<script>``, ``<noscript>`` or ``<template>`` inside them), and the headline spelt as
its heading prints it."""
from __future__ import annotations

from newsspider.extract.elements import PageElements, seen_text
from newsspider.extract.headline import headline_element
from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html

HEADLINE = "Stadtrat beschließt neuen Haushalt"
STYLE = "<style>.headline{font-size:2rem;color:#222}</style>"
SCRIPT = "<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'page':'article'})</script>"


def metadata(head: str = "", body: str = "<p>Text.</p>", url: str = "https://news.example/politik/a.html"):
    return read_metadata(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"), url)


def test_seen_text_leaves_out_styles_scripts_noscripts_and_templates():
    element = parse_html(f"<html><body><div><h1>{STYLE}Stadtrat <b>beschließt</b>{SCRIPT} neuen"
                         "<noscript>Bitte JavaScript aktivieren</noscript><template>x</template> Haushalt</h1></div></body></html>")
    h1 = next(element.iter("h1"))
    assert seen_text(h1) == HEADLINE
    assert seen_text(next(h1.iter("b"))) == "beschließt"


def test_a_heading_holding_a_style_or_script_shows_the_headline_alone():
    # SZ sets a <style> inside its <h1>: its rules are no words of the headline.
    for hidden in (STYLE, SCRIPT, "<noscript><img src='x.jpg'>Bild</noscript>"):
        body = f"<article><h1>{hidden}{HEADLINE}</h1><p>Text.</p></article>"
        assert metadata(f"<title>{HEADLINE} | Lokales | Example Zeitung</title>", body).title == HEADLINE, hidden
        assert metadata("<title>Example Zeitung</title>", body).title == HEADLINE, hidden
        page = PageElements(parse_html(f"<html><body>{body}</body></html>"))
        element = headline_element(page, HEADLINE, matching=True)
        assert element is not None and element.tag == "h1"


def test_a_section_link_holding_a_script_still_names_the_section():
    nav = f"<nav><a href='/'>Start</a><a href='/lokales/'>Lokales{SCRIPT}</a></nav>"
    assert metadata(f"<title>{HEADLINE} - Lokales</title>", f"{nav}<article><p>Text.</p></article>",
                    url="https://news.example/2024/stadtrat-123.html").title == HEADLINE


def test_a_wire_services_slug_before_the_headline_is_dropped_where_the_h1_shows_it_without():
    # Reuters declares "UPDATE 2-Headline", "EXCLUSIVE-Headline" (a slug in capitals joined by a hyphen
    # without spaces) where its <h1> shows the headline alone.
    for slug, headline in (("UPDATE 2-", "Oil prices rise on supply fears"), ("EXCLUSIVE-", "Banks weigh a merger"),
                           ("RPT-UPDATE 1-", "Ölpreis steigt nach Förderkürzung"), ("EXCLUSIVA-", "El Gobierno prepara un plan"),
                           ("UPDATE 1-", "550 Kinder gezeugt: Gericht stoppt Samenspender"),
                           ("EXCLUSIVE-", "„Niemand glaubt Euch“: FDP-Generalsekretär tritt zurück"),
                           ("UPDATE 2-", "‘흙수저’ 소년공이 쏘아올린 정치 신화")):
        metas = f"<meta property='og:title' content='{slug}{headline}'><title>{slug}{headline} | Reuters</title>"
        assert metadata(metas, f"<article><h1>{headline}</h1><p>Text.</p></article>").title == headline, slug
        # The slug in the <h1> too: the reader sees it.
        assert metadata(metas, f"<article><h1>{slug}{headline}</h1><p>Text.</p></article>").title == slug + headline
    # A hyphenated name in capitals starts the headline itself ("UK-India", "COVID-19"): no <h1> shows the
    # rest alone.
    for headline in ("UK-India trade deal signed", "COVID-19 cases rise again"):
        metas = f"<meta property='og:title' content='{headline}'>"
        assert metadata(metas, f"<article><h1>{headline}</h1><p>Text.</p></article>").title == headline


def test_a_kicker_before_a_colon_stays_even_where_the_page_prints_it_as_a_label_above_the_h1():
    # A German page's Dachzeile: printed above the <h1>, declared before a colon, the headline's own
    # (fundus' gold keeps it), as "Exclusive: " may be too.
    for label, headline in (("Rückbau von Atomkraftwerk", "Kühltürme gesprengt"), ("Exclusive", "Banks weigh a merger")):
        metas = f"<meta property='og:title' content='{label}: {headline}'><title>{label}: {headline} | Example</title>"
        for body in (f"<article><header><span class='label'>{label}</span><h1>{headline}</h1></header><p>Text.</p></article>",
                     f"<article><header><h1>{headline}</h1></header><p>Text.</p></article>"):
            assert metadata(metas, body).title == f"{label}: {headline}", body


def test_a_suffix_spelling_the_registered_name_of_a_subdomains_site_in_words_names_the_site():
    # china.chinadaily.com.cn: "China Daily" is the registered domain's name, chinadaily, in words.
    url = "http://china.chinadaily.com.cn/a/201810/08/WS5b.html"
    assert metadata("<title>外国专家：中美合作共赢符合国际社会利益 - China Daily</title>", url=url).title == \
        "外国专家：中美合作共赢符合国际社会利益"
    assert metadata("<title>Les Échos du marché | Les Echos</title>",
                    url="https://investir.lesechos.fr/a/1").title == "Les Échos du marché"
    # One word may be the headline's own (wiki.python.org: "How we test - Python" stays).
    assert metadata("<title>How we test - Python</title>", url="https://wiki.python.org/moin/x").title == \
        "How we test - Python"


def test_a_lone_h1_in_another_script_than_the_title_is_a_logo_not_the_headline():
    # A page declaring nothing but its <title>, whose only <h1> is the site's logo in another script.
    for title, logo, url in (
            ("Inflation eases in May | eKathimerini.com", "Η ΚΑΘΗΜΕΡΙΝΗ", "https://www.ekathimerini.com/economy/1/"),
            ("Ο πληθωρισμός υποχώρησε τον Μάιο - kathimerini.gr", "eKathimerini", "https://www.kathimerini.gr/economy/1/"),
            ("Цены на нефть выросли | vedomosti.ru", "The Moscow Daily", "https://www.vedomosti.ru/economics/1"),
            ("外国专家：中美合作共赢符合国际社会利益 - chinadaily.com.cn", "CHINA DAILY NETWORK",
             "http://china.chinadaily.com.cn/a/2018/WS5b.html")):
        body = f"<header><h1><a href='/'>{logo}</a></h1></header><article><p>Text.</p></article>"
        assert metadata(f"<title>{title}</title>", body, url=url).title == title.split(" | ")[0].split(" - ")[0], logo
    # The only <h1> in the <title>'s script, showing a rewrite of it, stays the headline.
    assert metadata("<title>Inflation eases in May | eKathimerini.com</title>",
                    "<article><h1>Inflation eases again in May</h1><p>Text.</p></article>",
                    url="https://www.ekathimerini.com/economy/1/").title == "Inflation eases again in May"


def test_a_wire_slug_and_a_suffix_both_go_where_the_h1_shows_the_headline_alone():
    url = "http://china.chinadaily.com.cn/a/2018/WS5b.html"
    metas = "<meta property='og:title' content='UPDATE 2-外国专家：中美合作共赢 | Chinadaily'>"
    assert metadata(metas, "<article><h1>外国专家：中美合作共赢</h1><p>Text.</p></article>", url=url).title == \
        "外国专家：中美合作共赢"
    # A hyphenated domain's name, spelt in words: "Stuttgarter Zeitung" on a subdomain of stuttgarter-zeitung.de.
    assert metadata("<title>Stadtrat beschließt Haushalt | Stuttgarter Zeitung</title>",
                    url="https://epaper.stuttgarter-zeitung.de/a/1").title == "Stadtrat beschließt Haushalt"
    # A logo in Latin letters over a Chinese headline whose <title> names the site in Latin letters too:
    # not the headline; the <title>'s Latin brand, the subdomain's registered name, goes (session 52).
    body = "<header><h1><a href='/'>Daily Network</a></h1></header><article><p>Text.</p></article>"
    assert metadata("<title>外国专家：中美合作共赢符合国际社会利益 | Chinadaily</title>", body, url=url).title == \
        "外国专家：中美合作共赢符合国际社会利益"


def test_a_line_break_in_a_heading_is_a_space_between_its_words():
    heading = parse_html("<html><body><h1>Council approves<br>the budget<br/>for <b>schools</b></h1></body></html>").find(".//h1")
    assert seen_text(heading) == "Council approves the budget for schools"
    # the headline read from the story's <h1> where the page declares nothing but its site's name
    page = ("<html><head><title>Daily Planet</title><meta property='og:site_name' content='Daily Planet'></head><body>"
            "<main><h1>Council approves<br>the budget</h1><p>" + "Text of the story. " * 20 + "</p></main></body></html>")
    assert read_metadata(parse_html(page), "https://www.example.com/a/1").title == "Council approves the budget"
