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


def test_a_title_cut_before_the_sites_suffix_is_completed_from_the_heading():
    cases = [("Ministers agree on a new plan to cut energy prices for households", "Daily Courier"),
             ("Правительство утвердило новый пакет мер по снижению цен на энергию", "Северные вести"),
             ("الحكومة تقر حزمة جديدة لخفض أسعار الطاقة على الأسر خلال الشتاء", "صحيفة الشرق"),
             ("सरकार ने घरों के लिए ऊर्जा की कीमतें घटाने के नए पैकेज को मंजूरी दी", "दैनिक समाचार")]
    for headline, site in cases:
        cut = " ".join(headline.split()[:5])
        body = f"<h1>{headline}</h1>" + BODY
        site_meta = f"<meta property='og:site_name' content='{site}'>"
        # <title> the cut headline and the suffix, og:title the cut headline alone
        head = f"<title>{cut}… | {site}</title><meta property='og:title' content='{cut}…'>" + site_meta
        assert title(head, body) == headline
        # both with the suffix, three full stops and a dash
        head = f"<title>{cut}... - {site}</title><meta property='og:title' content='{cut}... - {site}'>" + site_meta
        assert title(head, body) == headline


def test_a_title_cut_in_capitals_is_completed_as_the_heading_spells_it():
    for headline in ("Bundesregierung einigt sich auf neues Paket gegen hohe Energiepreise",
                     "Η κυβέρνηση ενέκρινε νέο πακέτο μέτρων για τη μείωση των τιμών ενέργειας",
                     "Hükümet bu kış hanelerin enerji faturalarını düşürmek için yeni paketi onayladı"):
        cut = " ".join(headline.split()[:5]).upper() + "…"
        head = f"<title>{cut}</title><meta property='og:title' content='{cut}'>"
        assert title(head, f"<h1>{headline}</h1>" + BODY) == headline


def test_a_headline_that_ends_in_an_ellipsis_is_not_completed_from_other_titles():
    for real in ("Und dann kam…", "А потом пришёл…", "ثم جاء المطر…", "그리고 비가 왔다…"):
        # the same cut title with a suffix, a section's <h1>, the headline in capitals: nothing to complete from
        head = f"<title>{real} | Rheinbote</title><meta property='og:title' content='{real}'>"
        assert title(head, f"<h1>{real}</h1>" + BODY) == real
        assert title(head, f"<h1>{real.upper()}</h1>" + BODY) == real
        assert title(f"<title>{real}</title><meta property='og:title' content='{real}'>", "<h1>Politik</h1>" + BODY) == real


def test_a_headline_ending_in_an_ellipsis_is_not_completed_from_a_teaser_starting_with_its_words():
    teaser = "<div class='more-stories'><h2><a href='/b/1'>{}</a></h2><p>Teaser.</p></div>"
    for real, other in (("Und dann kam…", "Und dann kam der große Regen über Köln"),
                        ("И тут пришёл…", "И тут пришёл первый снег в Москве"),
                        ("ثم جاء…", "ثم جاء المطر إلى القاهرة"), ("そして雨が…", "そして雨が東京に降り続いた")):
        caps = real.upper()
        # the site's titles in capitals beside a teaser in small letters, or in quotes: another story
        head = f"<title>{caps}</title><meta property='og:title' content='{caps}'>"
        assert title(head, f"<h1>{caps}</h1>" + BODY + teaser.format(other)) == caps
        head = f"<title>{real}</title><meta property='og:title' content='{real}'>"
        assert title(head, f"<h1>{real}</h1>" + BODY + teaser.format(f"“{other}”")) == real
        # the same spelling: the <h1> shows the headline with its ellipsis as it is
        assert title(head, f"<h1>{real}</h1>" + BODY + teaser.format(other)) == real
        # cut before the suffix, the teaser in capitals
        head = f"<title>{real} | Rheinbote</title><meta property='og:title' content='{real}'><meta property='og:site_name' content='Rheinbote'>"
        assert title(head, f"<h1>{real}</h1>" + BODY + teaser.format(other.upper())) == real
        if caps != real:  # no heading shows it: a teaser in other capitals completes nothing
            head = f"<title>{caps}</title><meta property='og:title' content='{caps}'>"
            body = f"<h1><a href='/'>Rheinbote</a></h1><div class='headline'>{caps}</div>" + BODY + teaser.format(other)
            assert title(head, body) == caps


def test_a_title_with_an_ellipsis_the_heading_shows_without_it_is_the_headings():
    # an SEO title that adds "..." to the whole headline: the <h1> shows the headline without it
    whole = "Linda Nolan reveals update and says ‘I’m trying not to panic’"
    head = f"<title>{whole}... | The Sun</title><meta property='og:title' content='{whole}...'>"
    assert title(head, f"<h1>{whole}</h1>" + BODY) == whole


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


def test_a_sections_name_between_the_headline_and_the_sites_is_cut_with_it():
    # a name no other part of the page gives, set off by the same mark as the site's name after it
    site = "<meta property='og:site_name' content='Daily Planet'>"
    url = "https://www.example.com/a/1"
    for separator in (" | ", " » ", " · ", "_", "｜", " :: ", " / "):
        head = f"<meta property='og:title' content='{HEADLINE}{separator}Region{separator}Daily Planet'>" + site
        assert title(head, BODY, url) == HEADLINE, separator
    assert title("<meta property='og:title' content='北京暴雨致多条道路积水_国内新闻_新浪网'>"
                 "<meta property='og:site_name' content='新浪网'>", BODY, url) == "北京暴雨致多条道路积水"
    # a site's name of many words
    assert title(f"<meta property='og:title' content='{HEADLINE} | Region | Daily Planet of the Bay Area'>"
                 "<meta property='og:site_name' content='Daily Planet of the Bay Area'>", BODY, url) == HEADLINE
    # a dash also sets off a kicker before its headline ("Kicker - Headline - Site"): kept
    dashed = f"<meta property='og:title' content='Rückbau von Atomkraftwerk - Kühltürme gesprengt - Daily Planet'>{site}"
    assert title(dashed, BODY, url) == "Rückbau von Atomkraftwerk - Kühltürme gesprengt"
    # two marks of different kinds are no trail; nor is a part after a part that names no site
    assert title(f"<meta property='og:title' content='{HEADLINE} · Region | Daily Planet'>{site}", BODY, url) == \
        f"{HEADLINE} · Region"
    assert title(f"<meta property='og:title' content='{HEADLINE} | Region | Daily Post'>{site}", BODY, url) == \
        f"{HEADLINE} | Region | Daily Post"


def test_a_page_titled_with_its_sites_name_alone_reads_the_headline_from_its_storys_heading():
    head = "<title>Daily Planet</title><meta property='og:site_name' content='Daily Planet'>"
    url = "https://www.example.com/2024/05/01/budget.html"
    story = f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>"
    # a logo's <h1> linking home, in another script than the story's (no name the page declares)
    assert title(head, "<header><h1 class='logo'><a href='/'>Η ΚΑΘΗΜΕΡΙΝΗ</a></h1></header>" + story, url) == HEADLINE
    # an alert strip's heading, a link to another page
    alert = "<div class='alert'><ul><li><h1><a href='/warnings/storm'>Storm warning</a></h1></li></ul></div>"
    assert title(head, alert + story, url) == HEADLINE
    # a widget's label <h1> outside the page's main content
    assert title(head, "<div class='widget'><ul><li><h1><span>Tsunami advisory</span></h1></li></ul></div>" + story,
                 url) == HEADLINE
    # the <h1> a breadcrumb's entry, the logo's linking home: the breadcrumb's shows the headline
    assert title(head, "<header><h1><a href='/'>Η ΚΑΘΗΜΕΡΙΝΗ</a></h1></header><main><nav><ol><li><a href='/'>Home</a></li>"
                 f"<li><h1>{HEADLINE}</h1></li></ol></nav><article><h2>Budget</h2>{BODY}<h2>More</h2></article>"
                 "</main>", url) == HEADLINE
    # a modal's heading is shown when asked for, the breadcrumb's entry is the headline
    assert title(head, f"<main><article><nav><ul><li><a href='/'>Home</a></li><li><h1>{HEADLINE}</h1></li></ul></nav>"
                 f"{BODY}</article></main><dialog><header><h1>Save this article</h1></header></dialog>", url) == HEADLINE
    # a post's title linking to the post itself is its headline
    assert title(head, f"<header><h1><a href='/'>Η ΚΑΘΗΜΕΡΙΝΗ</a></h1></header><div><h1><a href='{url}'>{HEADLINE}</a>"
                 f"</h1>{BODY}</div>", url) == HEADLINE


def test_a_sites_trail_after_the_headline_the_heading_shows_is_cut_whatever_its_mark():
    headline = "Путин провел переговоры с Си Цзиньпином в Пекине"
    url = "https://lenta.ru/news/2024/05/16/putin/"
    head = f"<meta property='og:title' content='{headline}: Политика: Мир: Lenta.ru'>"
    assert title(head, f"<h1>{headline}</h1>" + BODY, url) == headline
    slashed = f"<meta property='og:title' content='{headline} / Новости / Сайт'><meta property='og:site_name' content='Сайт'>"
    assert title(slashed, f"<h1>{headline}</h1>" + BODY, "https://site.ru/news/1") == headline
    # the headline's own colon stays; without a heading showing where the headline ends, the trail too
    kicked = f"<meta property='og:title' content='Саммит: {headline}: Политика: Lenta.ru'>"
    assert title(kicked, f"<h1>Саммит: {headline}</h1>" + BODY, url) == f"Саммит: {headline}"
    assert title(head, BODY, url) == f"{headline}: Политика: Мир"


def test_a_suffix_naming_the_site_without_its_article_is_cut():
    url = "https://www.example.com/a/1"
    for name, suffix in (("The Guardian", "Guardian"), ("Le Monde", "Monde"), ("Der Standard", "Standard")):
        head = f"<meta property='og:title' content='{HEADLINE} | {suffix}'><meta property='og:site_name' content='{name}'>"
        assert title(head, BODY, url) == HEADLINE, suffix
    # a short name ("Die Welt": "Welt" is a word too), or a name's word not after an article, is no such spelling
    for name, suffix in (("Die Welt", "Welt"), ("Daily Planet", "Planet")):
        head = f"<meta property='og:title' content='{HEADLINE} | {suffix}'><meta property='og:site_name' content='{name}'>"
        assert title(head, BODY, url) == f"{HEADLINE} | {suffix}", suffix


def test_a_sections_name_between_the_sites_and_the_headline_is_cut_with_it():
    site = "<meta property='og:site_name' content='Daily Planet'>"
    for separator in (" | ", " » ", "｜"):
        head = f"<meta property='og:title' content='Daily Planet{separator}Region{separator}{HEADLINE}'>" + site
        assert title(head, BODY, "https://www.example.com/a/1") == HEADLINE, separator


def test_a_visually_hidden_h1_is_no_rendering_of_the_headline():
    # A screen reader's label of the page in an <h1> the page hides from sight (Bootstrap's "sr-only",
    # "visually-hidden", Naver's "blind", the hidden attribute, an inline display:none): the reader sees
    # the story's heading set as a <div>, and the <title> declares the headline.
    head = f"<title>{HEADLINE} | Example News</title><meta property='og:site_name' content='Example News'>"
    story = f"<div class='headline'>{HEADLINE}</div>" + BODY
    for hidden in ("<h1 class='sr-only'>Nachrichten</h1>", "<h1 class='visually-hidden'>Artikel</h1>",
                   "<h1 class='is_blind'>뉴스 본문</h1>", "<div class='blind'><h1>뉴스 본문</h1></div>",
                   "<h1 hidden>Nachrichten</h1>", "<h1 style='display: none'>Nachrichten</h1>"):
        assert title(head, hidden + story) == HEADLINE, hidden
    # A visible <h1> alone is the page's headline.
    assert title(head, "<h1>Council approves budget</h1>" + BODY) == "Council approves budget"
    # Shown again from a screen's width up (Tailwind's "sr-only sm:not-sr-only", hessenschau.de): seen.
    shown = "<h1 class='inline sr-only sm:not-sr-only'>Council approves budget</h1>"
    assert title(head, shown + BODY) == "Council approves budget"


def test_a_page_hidden_whole_while_it_loads_hides_no_headline():
    # A page hiding its <body> or <html> until its styles or scripts load ("<body style='visibility:
    # hidden'>", a class "hidden" a script removes) shows the reader all of it then: its <h1> is seen.
    head = "<title>Example News</title><meta property='og:site_name' content='Example News'>"
    for html, body in (("<html>", "<body style='visibility: hidden'>"), ("<html class='hidden'>", "<body>"),
                       ("<html>", "<body hidden>")):
        page = f"{html}<head>{head}</head>{body}<h1>{HEADLINE}</h1>{BODY}</body></html>"
        assert read_metadata(parse_html(page), "https://news.example/a/1").title == HEADLINE, html + body


def test_a_screen_readers_label_hidden_inside_the_h1_is_no_part_of_the_headline():
    # "<h1><span class='visually-hidden'>Artikel: </span>Headline</h1>": the reader sees the headline alone.
    head = f"<title>{HEADLINE} | Example News</title><meta property='og:site_name' content='Example News'>"
    h1 = f"<h1><span class='visually-hidden'>Artikel: </span>{HEADLINE}</h1>"
    assert title(head, h1 + BODY) == HEADLINE
    assert title("<title>Example News</title>", h1 + BODY) == HEADLINE
    # nor where the <title> is the site's name alone (the story's <h1>s read)
    assert title("<title>Example News</title><meta property='og:site_name' content='Example News'>", h1 + BODY) == HEADLINE
    # a label the reader sees stays the heading's
    assert title("<title>Example News</title>", f"<h1><span class='kicker'>Artikel: </span>{HEADLINE}</h1>" + BODY) == \
        f"Artikel: {HEADLINE}"


def test_the_sites_name_in_lenticular_brackets_before_or_after_the_headline_is_cut():
    # Chinese sites name themselves in 【】 ("【新华网】标题", "标题【新华网】"); a kicker there that names
    # no site ("【独家】") stays where no heading shows the headline without it.
    site = "<meta property='og:site_name' content='Example News'>"
    for declared in (f"【Example News】{HEADLINE}", f"{HEADLINE}【Example News】"):
        assert title(f"<meta property='og:title' content='{declared}'>" + site) == HEADLINE, declared
    assert title(f"<meta property='og:title' content='【独家】{HEADLINE}'>" + site) == f"【独家】{HEADLINE}"
    # nor one with a dot in it that is no web address: a number, an abbreviation
    for kicker in ("【3.15晚会】", "[v2.0]", "[U.S.]"):
        assert title(f"<meta property='og:title' content='{kicker}{HEADLINE}'>" + site) == f"{kicker}{HEADLINE}", kicker
    # a subdomain's registered name, in another script than the headline's (china.chinadaily.com.cn)
    assert title("<title>外国专家：中美合作共赢符合国际社会利益【Chinadaily】</title>",
                 url="http://china.chinadaily.com.cn/a/201810/08/WS5b.html") == "外国专家：中美合作共赢符合国际社会利益"


def test_the_sites_name_after_a_japanese_middle_dot_is_cut():
    # "見出し・サイト": the middle dot sets the site's own name off as "_" or "：" do; inside a name it
    # joins words ("ドナルド・トランプ"), which name no site.
    site = "<meta property='og:site_name' content='東都新聞'>"
    assert title("<meta property='og:title' content='地震で津波注意報・東都新聞'>" + site) == "地震で津波注意報"
    assert title("<meta property='og:title' content='ドナルド・トランプ氏が来日'>" + site) == "ドナルド・トランプ氏が来日"


def test_a_subdomains_registered_name_in_another_script_than_the_headline_names_the_site():
    # arabic.cnn.com: "Cnn" after an Arabic headline, "Chinadaily" after a Chinese one, set off by any
    # punctuation, is the site's name; in the headline's own script it may be a word of the headline
    # ("How we test - Python" on wiki.python.org stays).
    for headline, url in (("معارضون يسيطرون على مخازن للصواريخ بريف دمشق", "http://arabic.cnn.com/2013/a/index.html"),
                          ("外国专家：中美合作共赢符合国际社会利益", "http://china.chinadaily.com.cn/a/201810/08/WS5b.html")):
        name = "Cnn" if "cnn" in url else "Chinadaily"
        for separator in (" | ", "_", " / ", "：", " - "):
            assert title(f"<title>{headline}{separator}{name}</title>", url=url) == headline, (separator, name)
    assert title("<title>How we test - Python</title>", url="https://wiki.python.org/moin/x") == "How we test - Python"


def test_the_sites_declared_name_of_two_words_or_a_domain_before_a_colon_is_cut_without_a_heading():
    # "Braunschweiger Zeitung : Headline", "Süddeutsche.de: Headline": the name the page declares for its site,
    # of two words or more (however many) or written as a domain, is no kicker; a one-word name may be a topic
    # the site is named after ("Bitcoin: price hits a record" on bitcoin.example).
    for name in ("Braunschweiger Zeitung", "Süddeutsche.de", "Example Verlag und Druck GmbH & Co. KG"):
        site = f"<meta property='og:site_name' content='{name}'>"
        for colon in (" : ", ": "):
            assert title(f"<meta property='og:title' content='{name}{colon}{HEADLINE}'>" + site) == HEADLINE, (name, colon)
    assert title("<meta property='og:title' content='Bitcoin: price hits a record'><meta property='og:site_name' "
                 "content='Bitcoin'>", url="https://bitcoin.example/a/1") == "Bitcoin: price hits a record"
    # a kicker naming no site stays
    assert title(f"<meta property='og:title' content='Rückbau von Atomkraftwerk: {HEADLINE}'>"
                 "<meta property='og:site_name' content='Braunschweiger Zeitung'>") == f"Rückbau von Atomkraftwerk: {HEADLINE}"


def test_the_sites_name_before_a_fullwidth_colon_is_cut_as_before_a_colon():
    # CJK typography writes the colon fullwidth and unspaced ("新华网：G"): the site's name before it goes where
    # the <h1> shows the rest alone, and the declared name of two words or a domain goes without a heading, as
    # before ": "; a kicker naming no site stays ("外国专家：G").
    headline = "中美合作共赢符合国际社会利益"
    site = "<meta property='og:site_name' content='新华网'>"
    assert title(f"<meta property='og:title' content='新华网：{headline}'>" + site, f"<h1>{headline}</h1>" + BODY) == headline
    assert title(f"<meta property='og:title' content='Daily Planet：{HEADLINE}'><meta property='og:site_name' "
                 "content='Daily Planet'>") == HEADLINE
    assert title(f"<meta property='og:title' content='外国专家：{headline}'>" + site,
                 f"<h1>{headline}</h1>" + BODY) == f"外国专家：{headline}"


def test_a_suffix_naming_the_site_with_letters_its_host_spells_in_ascii_is_cut():
    # a host name is written in ASCII: the site's name loses its accents there ("Hürriyet" on hurriyet.com.tr,
    # "Le Télégramme" on letelegramme.fr) or spells German's umlauts out ("Börsen-Zeitung" on boersen-zeitung.de),
    # and a page that declares no site name is named by its host alone
    for url, name in (("https://www.hurriyet.com.tr/gundem/a-1", "Hürriyet"),
                      ("https://www.letelegramme.fr/france/a-1.php", "Le Télégramme"),
                      ("https://www.boersen-zeitung.de/unternehmen/a-1", "Börsen-Zeitung"),
                      ("https://www.goettinger-tageblatt.de/lokales/a-1.html", "Göttinger Tageblatt")):
        for separator in (" | ", " - "):
            assert title(f"<meta property='og:title' content='{HEADLINE}{separator}{name}'>", url=url) == HEADLINE, name
    # a part spelling no host stays
    assert title(f"<meta property='og:title' content='{HEADLINE} | Börsen-Ticker'>",
                 url="https://www.boersen-zeitung.de/unternehmen/a-1") == f"{HEADLINE} | Börsen-Ticker"


def test_a_suffix_the_sites_logo_names_is_cut_where_the_page_declares_no_name():
    """A site that declares no og:site_name or publisher still names itself in its logo (an image's
    alternative text, an SVG's title, the home link's label); its titles' suffix repeats that name."""
    head = f"<meta property='og:title' content='{HEADLINE} | Abendkurier am Fluss'>"
    for logo in ('<img src="/logo.svg" alt="Abendkurier am Fluss">', '<img src="/l.png" alt="Logo Abendkurier am Fluss">',
                 '<svg><title>Abendkurier am Fluss</title></svg>'):
        assert title(head, f'<header><a href="/">{logo}</a></header>' + BODY) == HEADLINE
    assert title(head, '<header><a href="https://news.example/" aria-label="Abendkurier am Fluss">AK</a></header>'
                 + BODY) == HEADLINE
    arabic = "أخبار اليوم"
    assert title(f"<meta property='og:title' content='{HEADLINE} - {arabic}'>",
                 f'<a href="/"><img alt="{arabic}"></a>' + BODY) == HEADLINE
    # an image linking to another page (a story, another site) names no site: the part stays
    for other in ("/sport/story-1.html", "https://other.example/"):
        assert title(head, f'<a href="{other}"><img alt="Abendkurier am Fluss"></a>' + BODY) == (
            f"{HEADLINE} | Abendkurier am Fluss")


def test_a_suffix_naming_the_site_in_cyrillic_or_greek_letters_its_host_spells_in_latin_is_cut():
    """Sites romanise their names each their own way (izvestia, izvestiya): the consonants compare."""
    for name, url in (("Ведомости", "https://www.vedomosti.ru/politics/1"), ("Новая газета", "https://novayagazeta.ru/a/1"),
                      ("Καθημερινή", "https://www.kathimerini.gr/politics/1"), ("Ελεύθερος Τύπος", "https://eleftherostypos.gr/a/1"),
                      ("Блиц", "https://www.blic.rs/vesti/1"), ("Лента.ру", "https://lenta.ru/news/1")):
        assert title(f"<meta property='og:title' content='{HEADLINE} | {name}'>", url=url) == HEADLINE, name
    # a part naming no host's spelling, or a Latin one the host does not spell, stays
    assert title(f"<meta property='og:title' content='{HEADLINE} | Новости спорта'>",
                 url="https://www.vedomosti.ru/politics/1") == f"{HEADLINE} | Новости спорта"
    assert title(f"<meta property='og:title' content='{HEADLINE} | Βίντεο'>",
                 url="https://www.kathimerini.gr/politics/1") == f"{HEADLINE} | Βίντεο"


def test_a_hidden_separator_between_a_kicker_and_the_headline_in_the_heading_parts_them():
    """A page shows kicker and headline as two lines and writes the colon between them for screen
    readers: the headline reads "Kicker: Headline", not "KickerHeadline"."""
    heading = ('<h1><span class="kicker">Stuttgart hat\'s drauf</span><span class="visually-hidden">: </span>'
               '<span class="headline">Stadt der Superlative</span></h1>')
    assert title("<title>Example</title><meta property='og:site_name' content='Example'>",
                 heading + BODY) == "Stuttgart hat's drauf: Stadt der Superlative"
    # a hidden label of words is still no word of the headline
    labelled = f'<h1><span class="visually-hidden">Artikel: </span>{HEADLINE}</h1>'
    assert title("<title>Example</title><meta property='og:site_name' content='Example'>", labelled + BODY) == HEADLINE


def test_a_part_opening_with_the_sites_domain_before_a_colon_is_no_name_of_the_site():
    """ "mbl.is：Headline words – rest": the part before the dash holds the headline's first words after
    the site's address, and is no name of the site to cut whole."""
    title_text = "mbl.is：Sálfræðihernaður fyrir dómi – Vottar Jehóva ryðjast inn í salinn"
    headline_text = "Sálfræðihernaður fyrir dómi – Vottar Jehóva ryðjast inn í salinn"
    assert title(f"<meta property='og:title' content='{title_text}'><title>{title_text}</title>",
                 f"<h1>{headline_text}</h1>" + BODY, url="https://www.mbl.is/frettir/innlent/1/") == headline_text
    # the site's name with its domain ending is still the site's
    assert title(f"<meta property='og:title' content='{HEADLINE} - Le Monde.fr'>",
                 url="https://www.lemonde.fr/politique/article/1.html") == HEADLINE


def test_the_hosts_domain_without_www_before_a_colon_names_the_site():
    """A page on www.mbl.is declaring nothing but its <title> "mbl.is：Headline": the domain is the site's
    name as the host gives it, cut before the colon as a declared name written as a domain is."""
    assert title(f"<title>mbl.is：{HEADLINE}</title>", url="https://www.mbl.is/frettir/innlent/1/") == HEADLINE
    assert title(f"<title>mbl.is: {HEADLINE}</title>", url="https://www.mbl.is/frettir/innlent/1/") == HEADLINE
    # another domain before the colon is the headline's
    assert title(f"<title>example.org: {HEADLINE}</title>", url="https://www.mbl.is/frettir/innlent/1/") == (
        f"example.org: {HEADLINE}")


def test_a_hidden_mark_at_the_headings_edge_or_an_emoji_parts_nothing_and_stays_out():
    """A hidden separator is kept only where it parts shown words: one before or after all of them
    ("Headline<span class=sr-only>|</span>") and a hidden emoji are no marks a reader sees."""
    head = "<title>Example</title><meta property='og:site_name' content='Example'>"
    for heading in (f'<h1>{HEADLINE}<span class="visually-hidden">|</span></h1>',
                    f'<h1><span class="sr-only">|</span>{HEADLINE}</h1>',
                    f'<h1><span class="sr-only">🔴</span>{HEADLINE}</h1>',
                    f'<h1>{HEADLINE}<span class="visually-hidden"> 🔴</span></h1>'):
        assert title(head, heading + BODY) == HEADLINE, heading
    # the colon written without a space still parts the two lines
    heading = ('<h1><span class="kicker">Stuttgart</span><span class="visually-hidden">:</span>'
               '<span class="headline">Stadt der Superlative</span></h1>')
    assert title(head, heading + BODY) == "Stuttgart: Stadt der Superlative"


def test_an_in_page_anchor_is_no_link_to_the_sites_home_page():
    """On a page at the site's root, "#comments" resolves to the root address but names no logo."""
    assert title(f"<meta property='og:title' content='Breaking - {HEADLINE}'>",
                 '<a href="#comments" title="Breaking">3</a>' + BODY, url="https://news.example/") == (
        f"Breaking - {HEADLINE}")


def test_the_logo_is_read_from_a_link_home_however_its_address_is_written():
    """The links read for a logo are those :func:`is_home_page` takes for the site's home, found
    without joining every link (a teaser grid's links to stories are passed over unjoined)."""
    from newsspider.extract.addresses import join_url
    from newsspider.extract.elements import PageElements
    from newsspider.extract.headline import logo_names
    from newsspider.urls import host_key, is_home_page

    url = "https://www.news.example/politik/a/1.html"
    hrefs = ["/", " / ", "https://news.example", "//www.news.example/", "HTTPS://NEWS.EXAMPLE/INDEX.HTML",
             "https://news.example#top", "/?", "/#top", "../../", "../", "./", ".", "..", "index.html",
             "/index.php", "/default.aspx", "https://sport.news.example/", "https://other.example/",
             "/?p=12", "/politik/", "/politik/a/2.html", "#comments", "", "javascript:void(0)",
             "mailto:desk@news.example", "http://[bad/", "https://news.example?x=1"]
    for href in hrefs:
        page = PageElements(parse_html(f'<html><body><a href="{href}"><img alt="Abendkurier"></a></body></html>'))
        address = join_url(url, href.strip())
        linked, own = host_key(address), host_key(url)  # the page's host or a parent domain's, no other subdomain
        home = bool(href.strip()) and not href.startswith("#") and is_home_page(address) and (
            linked == own or own.endswith(f".{linked}"))
        assert (logo_names(page, url) == {"abendkurier"}) == home, href


def test_an_inflected_form_of_the_sites_romanised_name_is_the_headlines_word():
    """Greek and Russian inflect a name by its ending: "Καθημερινά" (daily) on kathimerini.gr,
    "Ведомостей" (genitive) on vedomosti.ru share the name's consonants but are words of the headline,
    where the name itself ("Καθημερινή", "Известия" as izvestia or izvestiya) is cut."""
    for word, url in (("Καθημερινά", "https://www.kathimerini.gr/politics/1"),
                      ("Ведомостей", "https://www.vedomosti.ru/politics/1"),
                      ("Коммерсанта", "https://www.kommersant.ru/doc/1"), ("Блица", "https://www.blic.rs/vesti/1")):
        shown = f"{word} - {HEADLINE}"
        assert title(f"<meta property='og:title' content='{shown} | Example'>", f"<h1>{shown}</h1>" + BODY,
                     url=url) == shown, word
        assert title(f"<meta property='og:title' content='{HEADLINE} - {word}'>", url=url) == f"{HEADLINE} - {word}", word
    for name, url in (("Καθημερινή", "https://www.kathimerini.gr/politics/1"), ("Коммерсантъ", "https://www.kommersant.ru/doc/1"),
                      ("Известия", "https://izvestia.ru/a/1"), ("Известия", "https://izvestiya.ru/a/1")):
        assert title(f"<meta property='og:title' content='{HEADLINE} - {name}'>", url=url) == HEADLINE, (name, url)


def test_a_name_whose_kh_or_g_the_host_spells_h_is_the_sites():
    """Cyrillic "х" and Greek "χ" are "kh", "ch" or "h" in a host; Ukrainian "г" is "h" (Russian "г" "g")."""
    for name, url in (("Хабр", "https://habr.com/ru/articles/1/"), ("Громадське", "https://hromadske.ua/posts/1"),
                      ("Хабаровские вести", "https://habarovskie-vesti.ru/a/1"),
                      ("Хабаровские вести", "https://khabarovskie-vesti.ru/a/1"),
                      ("Χανιώτικα Νέα", "https://www.haniotika-nea.gr/a/1"), ("Χανιώτικα Νέα", "https://www.chaniotika-nea.gr/a/1"),
                      ("Новая газета", "https://novayagazeta.ru/a/1")):
        assert title(f"<meta property='og:title' content='{HEADLINE} | {name}'>", url=url) == HEADLINE, (name, url)
    # the consonants the host spells are still all compared
    assert title(f"<meta property='og:title' content='{HEADLINE} | Хроника'>", url="https://habr.com/ru/articles/1/") == (
        f"{HEADLINE} | Хроника")


def test_a_dot_in_a_titles_part_ends_a_domain_or_the_sites_name_in_every_script():
    """One reading of the dot after a site's name for every rule: a domain ending ("Le Monde.fr",
    "Лента.ру") or a full stop before the site's section ("Ведомости. Главное", "Le Monde. Économie",
    an acronym's "ТАСС. Главное"); not an abbreviation's dot ("Dr. Who" on dr.dk) nor a full stop before the headline's words."""
    cases = ((f"{HEADLINE} | Le Monde.fr", "https://www.lemonde.fr/a/1.html", HEADLINE),
             (f"{HEADLINE} | Le Monde. Économie", "https://www.lemonde.fr/a/1.html", HEADLINE),
             (f"{HEADLINE} | Le Monde. Sport", "https://www.lemonde.fr/a/1.html", HEADLINE),
             (f"{HEADLINE} | Лента.ру", "https://lenta.ru/news/1", HEADLINE),
             (f"{HEADLINE} | Ведомости. Главное", "https://www.vedomosti.ru/politics/1", HEADLINE),
             (f"Ведомости. Главное | {HEADLINE}", "https://www.vedomosti.ru/politics/1", HEADLINE),
             (f"{HEADLINE} | ТАСС. Главное", "https://tass.ru/politika/1", HEADLINE),
             (f"{HEADLINE} | BBC. News", "https://www.bbc.co.uk/news/1", HEADLINE),
             (f"Dr. Who | {HEADLINE}", "https://www.dr.dk/nyheder/1", f"Dr. Who | {HEADLINE}"),
             (f"Ведомости. Нефть дорожает | {HEADLINE}", "https://www.vedomosti.ru/politics/1",
              f"Ведомости. Нефть дорожает | {HEADLINE}"))
    for declared, url, right in cases:
        assert title(f"<meta property='og:title' content='{declared}'>", url=url) == right, declared


def test_a_generic_label_of_the_link_home_names_no_site():
    """A home link's "Startseite", "Главная", "首页" is what the link does, not the site's name, and a
    link to another subdomain's home (a special's: "Wahl 2025") names that subdomain, not the site."""
    from newsspider.extract.elements import PageElements
    from newsspider.extract.headline import logo_names

    url = "https://www.news.example/politik/a/1.html"
    for label in ("Home", "Startseite", "Главная", "首页", "الرئيسية", "Αρχική"):
        page = PageElements(parse_html(f'<html><body><a href="/" title="{label}">x</a></body></html>'))
        assert logo_names(page, url) == frozenset(), label
        shown = f"{label} - {HEADLINE}"
        assert title(f"<meta property='og:title' content='{shown}'>", f'<a href="/" aria-label="{label}">x</a><h1>{shown}</h1>'
                     + BODY, url=url) == shown, label
    special = f"Wahl 2025 - {HEADLINE}"
    assert title(f"<meta property='og:title' content='{special}'>",
                 f'<a href="https://wahl.news.example/"><img alt="Wahl 2025"></a><h1>{special}</h1>' + BODY,
                 url=url) == special
    # the site's own logo, on its host or the parent domain's, still names it
    for home in ("/", "https://news.example/"):
        page = PageElements(parse_html(f'<html><body><a href="{home}"><img alt="Abendkurier"></a></body></html>'))
        assert logo_names(page, "https://sport.news.example/a/1") == {"abendkurier"}, home


def test_the_sites_name_ending_a_hyphenated_compound_is_the_headlines_word():
    """ "Corona-Zeit" on zeit.de: an unspaced hyphen or slash between two letters of a script written with
    spaces joins a compound, whose last word may be the site's name; it sets off no part of the title.
    Between the letters of a script written without spaces it still does ("标题-新浪网")."""
    for declared, url in (("Schulen schließen in der Corona-Zeit", "https://www.zeit.de/a/1"),
                          ("Der neue Wettbewerb der Welt-Spiegel", "https://www.spiegel.de/a/1"),
                          ("Rozmowa z redakcją-Polityka", "https://www.polityka.pl/a/1"),
                          ("Нефть/Ведомости", "https://www.vedomosti.ru/a/1")):
        assert title(f"<meta property='og:title' content='{declared}'>", url=url) == declared, declared
        assert title(f"<meta property='og:title' content='{declared} | Example'><meta property='og:site_name' "
                     "content='Example'>", url=url) == declared, declared
    for declared, name in (("Рынок нефти-Ведомости", "Ведомости"), ("Οι εκλογές και η Ελλάδα-Καθημερινή", "Καθημερινή")):
        assert title(f"<meta property='og:title' content='{declared}'><meta property='og:site_name' content='{name}'>",
                     url="https://www.example.ru/a/1") == declared, declared
    assert title("<meta property='og:title' content='中美合作共赢符合国际社会利益-新浪网'>"
                 "<meta property='og:site_name' content='新浪网'>", url="https://news.sina.com.cn/a/1") == "中美合作共赢符合国际社会利益"
    # a spaced dash is a separator in every script
    assert title(f"<meta property='og:title' content='{HEADLINE} - Zeit'>", url="https://www.zeit.de/a/1") == HEADLINE


def test_an_unspaced_hyphen_before_a_name_no_compound_can_end_in_sets_it_off():
    """A compound joins one word of its own script: a site's name of several words, with a domain ending,
    in another script, or in a script without letter case (Arabic, Hebrew, Korean, Devanagari: no hyphenated
    compounds) after an unspaced hyphen or slash is set off by it ("Headline-Example News", "...-الجزيرة")."""
    cases = (("Council approves budget-Example News", "Example News", "https://example.com/a/1"),
             ("Council approves budget/Example News", "Example News", "https://example.com/a/1"),
             ("Council approves budget-Lenta.ru", None, "https://lenta.ru/news/1"),
             ("Нефть дорожает/Lenta.ru", None, "https://lenta.ru/news/1"),
             ("苹果发布iPhone-36氪", "36氪", "https://36kr.com/p/1"),
             ("ChatGPT-IT之家", "IT之家", "https://www.ithome.com/0/1.htm"),
             ("新型iPhone-ITmedia NEWS", "ITmedia NEWS", "https://www.itmedia.co.jp/news/1"),
             ("عنوان الخبر-الجزيرة", "الجزيرة", "https://www.aljazeera.net/news/1"),
             ("כותרת הידיעה-וואלה", "וואלה", "https://news.walla.co.il/item/1"),
             ("כותרת הידיעה-ynet", "ynet", "https://www.ynet.co.il/news/1"),
             ("기사 제목-연합뉴스", "연합뉴스", "https://www.yna.co.kr/view/1"),
             ("शीर्षक समाचार-आज तक", "आज तक", "https://www.aajtak.in/1"))
    for declared, name, url in cases:
        site = f"<meta property='og:site_name' content='{name}'>" if name else ""
        headline = declared[:max(declared.rfind("-"), declared.rfind("/"))]
        assert title(f"<meta property='og:title' content='{declared}'>{site}", url=url) == headline, declared


def test_a_name_ending_in_a_consonant_is_the_sites_whatever_vowels_its_host_adds():
    """"Гордон" on gordonua.com: the host spells the name and adds the country's letters, vowels; the
    name itself, ending in its consonant, is no inflected form (those add or change the ending: "Блица")."""
    for name, url in (("Гордон", "https://gordonua.com/news/1"), ("ГОРДОН", "https://gordonua.com/news/1")):
        assert title(f"<meta property='og:title' content='{HEADLINE} | {name}'>", url=url) == HEADLINE, name
    assert title(f"<meta property='og:title' content='{HEADLINE} - Гордона'>", url="https://gordonua.com/news/1") == (
        f"{HEADLINE} - Гордона")


def test_the_sites_name_joined_to_the_headline_goes_where_the_h1_shows_the_headline_before_it():
    """ "Polska wygrywa z Niemcami-Onet" on onet.pl: an unspaced hyphen or slash before the site's name
    joins it as a compound's last word is ("Corona-Zeit"); where the page's <h1> shows the headline ending
    before the mark, the reader sees where the headline ends and the name is no word of it. A compound the
    <h1> shows whole stays, and so does one no heading shows (no cue tells it from a name)."""
    cases = (("Polska wygrywa z Niemcami", "-Onet", "https://wiadomosci.onet.pl/kraj/abc123", ""),
             ("Rozmowa z redakcją", "-Polityka", "https://www.polityka.pl/a/1", ""),
             (HEADLINE, "/Example", "https://www.example.com/a/1", ""),
             ("Es geht um unser Leben", "-Berliner-Zeitung", "https://www.berliner-zeitung.de/a/1", ""),
             ("Нефть дорожает", "-Ведомости", "https://www.vedomosti.ru/a/1", ""),
             ("Οι εκλογές και η Ελλάδα", "-Καθημερινή", "https://www.example.gr/a/1",
              "<meta property='og:site_name' content='Καθημερινή'>"))
    for headline, joined, url, site in cases:
        declared = f"<title>{headline}{joined}</title><meta property='og:title' content='{headline}{joined}'>{site}"
        assert title(declared, f"<h1>{headline}</h1>" + BODY, url=url) == headline, joined
        assert title(declared, url=url) == headline + joined, joined
    compound = "Schulen schließen in der Corona-Zeit"
    assert title(f"<meta property='og:title' content='{compound}'>", f"<h1>{compound}</h1>" + BODY,
                 url="https://www.zeit.de/a/1") == compound


def test_a_part_only_a_link_homes_label_names_stays_where_the_h1_shows_it():
    """A link home labelled with where it leads ("Tin tức", news, in a language no phrase list covers) names
    no site: where the <h1> shows the declared title whole, "Tin tức - ..." is the headline the reader sees,
    its kicker included. A pipe still sets the logo's name off, and a name the page declares still goes."""
    word, url = "Tin tức", "https://www.news.example/thoi-su/a-1"
    icon = f'<header><a class="home" href="/" aria-label="{word}"><svg viewBox="0 0 24 24"><path d="M3 12"/></svg></a></header>'
    for shown in (f"{word} - {HEADLINE}", f"{HEADLINE} - {word}"):
        assert title(f"<meta property='og:title' content='{shown}'>", icon + f"<h1>{shown}</h1>" + BODY, url=url) == shown
    piped = f"{HEADLINE} | {word}"
    assert title(f"<meta property='og:title' content='{piped}'>", icon + f"<h1>{piped}</h1>" + BODY, url=url) == HEADLINE
    declared = f"<meta property='og:title' content='{HEADLINE} - {word}'><meta property='og:site_name' content='{word}'>"
    assert title(declared, icon + f"<h1>{HEADLINE} - {word}</h1>" + BODY, url=url) == HEADLINE


def test_a_link_home_showing_a_symbol_alone_is_a_button_whose_label_names_no_site():
    """A link home that shows a symbol ("⌂", "🏠", an icon font's private-use character) is a button: its label says
    what it does in the page's language ("Tin tức", "Habari"), whatever the language; a logo shows a picture,
    letters, or nothing the markup holds (a style sheet's picture)."""
    from newsspider.extract.elements import PageElements
    from newsspider.extract.headline import logo_names

    url = "https://www.news.example/siasa/a-1"
    for shows in ("&#8962;", '<i class="icon">&#xe900;</i>', "<span>&#x1F3E0;</span>",
                  # an icon font's glyph drawn by its style sheet: an element classed as an icon, showing nothing
                  '<i class="fa fa-home"></i>', '<span class="glyphicon glyphicon-home"></span>', '<i class="bi bi-house"></i>',
                  '<span class="icon-home" aria-hidden="true"></span>'):
        page = PageElements(parse_html(f'<html><body><a href="/" aria-label="Habari">{shows}</a></body></html>'))
        assert logo_names(page, url) == frozenset(), shows
        kicked = f"Habari - {HEADLINE}"
        assert title(f"<meta property='og:title' content='{kicked}'>",
                     f'<a href="/" aria-label="Habari">{shows}</a>' + BODY, url=url) == kicked, shows
    for shows in ("AK", '<img src="/logo.png">', '<svg viewBox="0 0 160 30"><path d="M0"/></svg>', '<span class="logo"></span>',
                  '<span class="logo-icon"></span>', '<span class="site-brand"></span>'):
        page = PageElements(parse_html(f'<html><body><a href="/" aria-label="Abendkurier">{shows}</a></body></html>'))
        assert logo_names(page, url) == {"abendkurier"}, shows
    # a link classed as the logo ("site-logo", Bootstrap's "navbar-brand") is one whatever its glyph is classed as
    for link in ('<a href="/" class="site-logo" aria-label="Abendkurier"><span class="icon"></span></a>',
                 '<a href="/" class="navbar-brand" aria-label="Abendkurier"><i class="icon icon-ak"></i></a>'):
        page = PageElements(parse_html(f'<html><body>{link}</body></html>'))
        assert logo_names(page, url) == {"abendkurier"}, link


def test_a_link_homes_label_beside_a_picture_naming_itself_says_what_the_link_does():
    """ "<a title='Trang chủ'><img alt='VnExpress'></a>": the picture names the logo, the link's own label says
    where it leads, in a language no phrase list covers; the label names the site where the picture names nothing."""
    from newsspider.extract.elements import PageElements
    from newsspider.extract.headline import logo_names

    url = "https://www.news.example/thoi-su/a-1"
    for logo in ('<img src="/logo.png" alt="Nhật Báo">', "<svg><title>Nhật Báo</title><path d='M0'/></svg>"):
        page = PageElements(parse_html(f'<html><body><a href="/" title="Trang chủ">{logo}</a></body></html>'))
        assert logo_names(page, url) == {"nhậtbáo"}, logo
        kicked = f"Trang chủ - {HEADLINE}"
        assert title(f"<meta property='og:title' content='{kicked}'>", f'<a href="/" title="Trang chủ">{logo}</a>' + BODY,
                     url=url) == kicked, logo
        assert title(f"<meta property='og:title' content='{HEADLINE} | Nhật Báo'>",
                     f'<a href="/" title="Trang chủ">{logo}</a>' + BODY, url=url) == HEADLINE, logo
    page = PageElements(parse_html('<html><body><a href="/" aria-label="Nhật Báo"><img src="/l.png" alt=""></a></body></html>'))
    assert logo_names(page, url) == {"nhậtbáo"}


def test_a_picture_whose_text_names_nothing_leaves_the_link_homes_label_the_sites_name():
    """ "<a aria-label='Abendkurier'><img alt='logo'></a>": a picture whose text says only that it is a logo, or
    where the link leads ("Home", "Startseite"), names nothing itself; the link's label names the site, as it did
    before pictures naming themselves took the label's place."""
    from newsspider.extract.elements import PageElements
    from newsspider.extract.headline import logo_names

    url = "https://www.ak-news.example/politik/a-1"
    for picture in ('<img src="/l.png" alt="logo">', '<img src="/l.png" alt="Logo">', '<img src="/l.png" alt="Home">',
                    '<img src="/l.png" alt="Startseite">', "<svg><title>logo</title><path d='M0'/></svg>"):
        link = f'<a href="/" aria-label="Abendkurier">{picture}</a>'
        page = PageElements(parse_html(f"<html><body>{link}</body></html>"))
        assert logo_names(page, url) == {"abendkurier"}, picture
        assert title(f"<meta property='og:title' content='{HEADLINE} - Abendkurier'>", link + BODY, url=url) == HEADLINE, picture
