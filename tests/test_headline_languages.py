"""The headline's suffixes and prefixes are cut by what the page declares about itself (its site's
name, publisher, host, sections, breadcrumb), not by words of one language: small hand-written
pages in several scripts."""
from __future__ import annotations

import json

import pytest

from newsspider.extract.elements import PageElements
from newsspider.extract.headline import logo_names
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


# A theme's site title: the site's name as an <h1> holding one link home, the story's headline in another
# element. Japanese, Thai, Georgian, Amharic, Finnish: names no host spells and no meta tag declares.
_SITE_TITLE_PAGES = [
    ("https://www.asahi.com/business/2024/x.html", "朝日新聞デジタル", "日銀が金融政策の現状維持を決定"),
    ("https://www.thairath.co.th/business/2024/x.html", "ไทยรัฐออนไลน์", "แบงก์ชาติคงอัตราดอกเบี้ยนโยบาย"),
    ("https://www.interpressnews.ge/economy/2024/x.html", "ინტერპრესნიუსი", "ეროვნულმა ბანკმა განაკვეთი უცვლელი დატოვა"),
    ("https://www.bbc.com/amharic/articles/x", "BBC News አማርኛ", "ብሔራዊ ባንክ የወለድ መጠኑን አልቀየረም"),
    ("https://yle.fi/a/74-2001", "Yle Uutiset", "Orpo vastaan Marin vaalitentissä"),
]


@pytest.mark.parametrize(("url", "site", "headline"), _SITE_TITLE_PAGES)
@pytest.mark.parametrize("story", ["<h1>{}</h1>", "<h2>{}</h2>", "<div class='headline'>{}</div>"])
def test_an_h1_linking_home_names_the_site_not_the_story(url: str, site: str, headline: str, story: str):
    logo = f'<header><h1><a href="{url.split("/", 3)[0]}//{url.split("/")[2]}/">{site}</a></h1></header>'
    body = f"{logo}<main><article>{story.format(headline)}{BODY}</article></main>"
    assert title(f"<title>{headline} | {site}</title>", body, url) == headline
    assert title(f"<title>{site} | {headline}</title>", body, url) == headline
    assert title(f'<title>{headline} | {site}</title><meta property="og:title" content="{headline} | {site}">',
                 body, url) == headline


@pytest.mark.parametrize(("url", "site", "headline"), _SITE_TITLE_PAGES[:2])
def test_an_h1_linking_to_the_story_itself_is_its_headline(url: str, site: str, headline: str):
    body = f'<main><article><h1><a href="{url}">{headline}</a></h1>{BODY}</article></main>'
    assert title(f"<title>{headline} | {site}</title>", body, url) == headline


@pytest.mark.parametrize(("body", "named"), [
    ('<header><h1><a href="/">Дневник</a></h1></header>', True),
    ('<header><h1><a href="https://road.example/">Δρόμος</a></h1></header>', True),
    ('<header><h1>Welcome to <a href="/">Blog</a></h1></header>', False),  # a heading saying more than the link
    ('<header><h2><a href="/">Blog</a></h2></header>', False),  # a teaser's or a widget's heading
    ('<main><h1><a href="/notes/?p=2">Blog</a></h1></main>', False),  # a link to another page, not home
])
def test_only_a_whole_h1_linking_home_is_a_site_title(body: str, named: bool):
    page = PageElements(parse_html(f"<html><body>{body}{BODY}</body></html>"))
    names = logo_names(page, "https://road.example/notes/")
    assert bool(names) is named


def test_an_h1_linking_to_the_first_publisher_is_still_the_headline():
    # an aggregator links its <h1> to the story where it first ran; the <title> adds its desk and name
    body = ('<main><h1><a href="https://first.example/2020/05/14/story/">Files expose the team behind the spying</a></h1>'
            + BODY + "</main>")
    assert title("<title>Files expose the team behind the spying -- Puppet Masters -- Sott.net</title>", body,
                 "https://www.sott.net/article/434715-Files-expose") == "Files expose the team behind the spying"


@pytest.mark.parametrize(("site", "headline", "url"), [
    ("Salsa-Figuren - Rueda in Berlin", "Enchufla Figuren", "http://rueda.wikidot.com/enchufla"),
    ("Новини - Київ | Онлайн", "Україна вразила нафтобазу", "https://kyiv.example/news/1"),
    ("ข่าว - กรุงเทพ", "แบงก์ชาติคงอัตราดอกเบี้ยนโยบาย", "https://bkk.example/news/1"),
])
def test_the_site_title_a_heading_links_home_is_cut_whatever_separators_it_holds(site: str, headline: str, url: str):
    body = f'<header><h1><a href="/"><span>{site}</span></a></h1></header><main>{BODY}</main>'
    assert title(f"<title>{headline} - {site}</title>", body, url) == headline
    assert title(f"<title>{site} | {headline}</title>", body, url) == headline
    assert title(f"<title>{site}</title>", body, url) == site  # the name alone stays: nothing else is declared


@pytest.mark.parametrize("logo", [
    '<a class="navbar-brand" href="/">{}</a>',
    '<p class="site-title"><a href="/">{}</a></p>',
    '<div class="site-name"><a href="https://kyivindependent.com/">{}</a></div>',
    '<div class="header__logo"><a href="/">{}</a></div>',
])
@pytest.mark.parametrize(("site", "headline"), [
    ("Київ Незалежний", "Україна вразила нафтобазу"),
    ("Η Ανεξάρτητη", "Νέα μέτρα για την ακρίβεια"),
    ("المستقلة", "ارتفاع أسعار النفط في الأسواق"),
    ("한겨레", "한국은행 기준금리 동결 결정"),
    ("Le Petit Journal", "La BCE maintient ses taux"),
])
def test_a_text_link_home_classed_as_the_sites_title_names_the_site(logo: str, site: str, headline: str):
    body = (f'<header>{logo.format(site)}<nav><a href="/news/">News</a></nav></header>'
            f'<main><div class="headline">{headline}</div>{BODY}</main>')
    assert title(f"<title>{headline} | {site}</title>", body, "https://kyivindependent.com/news/x/") == headline


def test_a_text_link_home_in_the_menu_names_no_site():
    # a menu's link home labelled with a section's word is no site title: the <title> stays whole
    body = ('<header><nav><a class="menu-item" href="/">Новини</a></nav></header>'
            f'<main><div class="headline">Україна вразила нафтобазу</div>{BODY}</main>')
    assert title("<title>Україна вразила нафтобазу | Новини</title>", body,
                 "https://kyivindependent.com/news/x/") == "Україна вразила нафтобазу | Новини"


# A theme that links the story's own <h1> to the home page by mistake: the heading sits in the story's <article>,
# <main> or hAtom entry, and shows the headline, not the site's name (rev61b: the site's name came out instead).
@pytest.mark.parametrize(("url", "site", "headline"), _SITE_TITLE_PAGES)
@pytest.mark.parametrize("story", [
    '<main><article><h1><a href="/">{}</a></h1>' + BODY + "</article></main>",
    '<article><a href="/"><h1>{}</h1></a>' + BODY + "</article>",
    '<div class="post hentry"><h1 class="entry-title"><a href="/" rel="bookmark">{}</a></h1>' + BODY + "</div>",
])
def test_a_story_heading_a_theme_links_home_is_still_the_headline(url: str, site: str, headline: str, story: str):
    body = story.format(headline)
    assert title(f"<title>{headline} | {site}</title>", body, url) == headline
    assert title(f"<title>{site} - {headline}</title>", body, url) == headline
    assert title(f'<title>{headline} | {site}</title><meta property="og:site_name" content="{site}">', body, url) == headline
    assert not logo_names(PageElements(parse_html(f"<html><body>{body}</body></html>")), url)


@pytest.mark.parametrize(("url", "site", "headline"), [
    ("https://www.asahi.com/business/2024/x.html", "朝日新聞デジタル", "朝日新聞デジタル：日銀が金融政策の現状維持を決定"),
    ("https://www.nikkei.com/article/x", "Nikkei", "Nikkei: Tokyo stocks close at a record high"),
    ("https://www.aljazeera.net/ebusiness/x", "الجزيرة نت", "الجزيرة نت: البنك المركزي يثبت أسعار الفائدة"),
    ("https://www.thairath.co.th/business/x", "ไทยรัฐออนไลน์", "ไทยรัฐออนไลน์: แบงก์ชาติคงอัตราดอกเบี้ยนโยบาย"),
])
@pytest.mark.parametrize("tag", ["h1", "h2"])
def test_a_headline_opening_with_the_site_title_stays_whole_where_its_heading_shows_it(url: str, site: str, headline: str,
                                                                                       tag: str):
    body = f'<header><h1><a href="/">{site}</a></h1></header><main><article><{tag}>{headline}</{tag}>{BODY}</article></main>'
    assert title(f"<title>{headline}</title>", body, url) == headline
    assert title(f'<title>{headline}</title><meta property="og:title" content="{headline}">', body, url) == headline
    assert title(f"<title>{headline} | {site}</title>", body, url) == headline


@pytest.mark.parametrize(("site", "headline"), [
    ("Zeit", "Leben in der Corona-Zeit"),
    ("Петербург", "Выборы губернатора: Санкт-Петербург"),
    ("Biała", "Powódź zalała Bielsko-Biała"),
    ("Αθήνα", "Κίνηση στην οδό Πειραιώς-Αθήνα"),
    ("Москва", "Москва-Сити: пожар потушен"),
    ("Stuttgart", "Stuttgart-Bad Cannstatt: Wasen eröffnet"),
])
def test_a_site_title_that_is_a_compounds_word_is_not_cut_from_the_headline(site: str, headline: str):
    # "Corona-Zeit" under a site title "Zeit": the unspaced hyphen joins one word, it sets off no site's name
    body = f'<header><h1><a href="/">{site}</a></h1></header><main><div class="headline">{headline}</div>{BODY}</main>'
    assert title(f"<title>{headline}</title>", body, "https://news.example/x/1") == headline
    assert title(f"<title>{headline} | {site}</title>", body, "https://news.example/x/1") == headline


def test_a_site_title_an_uncased_script_joins_with_a_hyphen_is_cut():
    body = f'<header><h1><a href="/">新浪新闻</a></h1></header><main><div class="headline">央行维持利率不变</div>{BODY}</main>'
    assert title("<title>央行维持利率不变-新浪新闻</title>", body, "https://news.example/x/1") == "央行维持利率不变"


# A theme's story heading linked home by mistake in a bare <div> (no <article>, <main> or hAtom class) but marked as
# its entry's permalink, rel="bookmark": the story's headline, never the site's title (session 62).
@pytest.mark.parametrize(("url", "site", "headline"), _SITE_TITLE_PAGES)
@pytest.mark.parametrize("logo", ["", '<div id="top"><h1><a href="/">{}</a></h1></div>'])
def test_a_heading_linked_home_as_its_entrys_permalink_is_the_headline(url: str, site: str, headline: str, logo: str):
    body = logo.format(site) + f'<div class="post"><h1><a href="/" rel="bookmark">{headline}</a></h1>{BODY}</div>'
    assert title(f"<title>{headline} | {site}</title>", body, url) == headline
    assert title(f'<title>{headline} - {site}</title><meta property="og:title" content="{headline}">', body, url) == headline
    assert not logo_names(PageElements(parse_html(f"<html><body>{body}</body></html>")), url) or logo


@pytest.mark.parametrize(("url", "site", "headline"), [
    ("https://www.kompas.com/money/x", "Kompas.com", "Persija - Persib: Macan Kemayoran menang"),
    ("https://www.dn.se/sport/x", "DN.se", "AIK - Djurgården slutade oavgjort"),
    ("https://lenta.ru/news/x", "Лента.ру", "«Спартак» - «Зенит»: москвичи вырвали победу"),
    ("https://www.kathimerini.gr/x", "kathimerini.gr", "Ολυμπιακός - Παναθηναϊκός 2-1 στο ντέρμπι"),
])
def test_a_sites_address_run_into_a_fullwidth_colon_takes_no_word_of_the_headline(url: str, site: str, headline: str):
    # "Kompas.com：Persija - Persib": the part before the dash holds the address and the headline's first word, and is
    # no web address (a fullwidth colon is no character of one): "Persija" stays
    head = f'<title>{site}：{headline}</title><meta property="og:site_name" content="{site}">'
    assert title(head, BODY, url) == headline
    assert title(head, f"<main><article><h1>{headline}</h1>{BODY}</article></main>", url) == headline


@pytest.mark.parametrize(("capitals", "headline"), [
    ("ERDOĞAN İLE KILIÇDAROĞLU KARŞI KARŞIYA", "Erdoğan ile Kılıçdaroğlu karşı karşıya"),
    ("MERKEZ BANKASI FAİZİ SABİT TUTTU", "Merkez Bankası faizi sabit tuttu"),
    ("BAKI METROSUNDA YENİ STANSİYA AÇILDI", "Bakı metrosunda yeni stansiya açıldı"),
])
def test_a_headline_in_turkish_capitals_is_the_one_in_small_letters(capitals: str, headline: str):
    # Turkish capitals write ı as I and i as İ: the og:title in capitals is the <title>'s headline, spelled as it is
    head = (f'<title>{headline} | Hürriyet</title><meta property="og:title" content="{capitals}">'
            '<meta property="og:site_name" content="Hürriyet">')
    assert title(head, BODY, "https://www.hurriyet.com.tr/gundem/x") == headline


@pytest.mark.parametrize(("brand", "headline", "url"), [
    ("Live", "Hunt cuts national insurance - Live", "https://news.example/politics/x"),
    ("Wirtschaft", "Inflation sinkt im Mai - Wirtschaft", "https://news.example/wirtschaft/x"),
    ("Спорт", "Спартак победил Зенит - Спорт", "https://news.example/sport/x"),
    ("スポーツ", "巨人がサヨナラ勝ち - スポーツ", "https://news.example/sports/x"),
])
def test_a_part_only_a_brand_link_names_stays_where_the_h1_shows_the_title_whole(brand: str, headline: str, url: str):
    # a link home classed as the brand whose text is a word ("Live", a section's name) is the weakest evidence of a
    # name: on a page declaring only its <title>, a part the <h1> shows as the headline's own stays, as it does where
    # the page declares more
    body = f'<header><a class="navbar-brand" href="/">{brand}</a></header><main><article><h1>{headline}</h1>{BODY}</article></main>'
    assert title(f"<title>{headline}</title>", body, url) == headline


@pytest.mark.parametrize(("capitals", "headline", "site", "url"), [
    ("ΑΥΞΑΝΕΤΑΙ Ο ΚΑΤΩΤΑΤΟΣ ΜΙΣΘΟΣ ΑΠΟ ΤΟΝ ΑΠΡΙΛΙΟ", "Αυξάνεται ο κατώτατος μισθός από τον Απρίλιο", "Η ΚΑΘΗΜΕΡΙΝΗ",
     "https://www.kathimerini.gr/economy/x"),
    ("ELECTIONS : LA GAUCHE ARRIVE EN TETE A PARIS", "Élections : la gauche arrive en tête à Paris", "Le Figaro",
     "https://www.lefigaro.fr/politique/x"),
    ("NGÂN HANG NHA NƯỚC GIỮ NGUYEN LAI SUẤT", "Ngân hàng Nhà nước giữ nguyên lãi suất", "VnExpress",
     "https://vnexpress.net/kinh-doanh/x"),
])
def test_a_headline_in_capitals_without_accents_is_spelled_as_the_page_titles_it(capitals: str, headline: str, site: str,
                                                                                  url: str):
    # capitals drop the accents (Greek's tonos always): the og:title in capitals is the <title>'s headline
    head = f'<title>{headline} | {site}</title><meta property="og:title" content="{capitals}">'
    assert title(head, BODY, url) == headline


@pytest.mark.parametrize(("url", "site", "headline"), [
    ("https://www.asahi.com/business/x", "朝日新聞デジタル", "日銀が金融政策の現状維持を決定"),
    ("https://news.sina.com.cn/china/x", "新浪新闻", "央行宣布维持贷款市场报价利率不变"),
    ("https://www.thairath.co.th/business/x", "ไทยรัฐออนไลน์", "แบงก์ชาติคงอัตราดอกเบี้ยนโยบาย"),
    ("https://www.example-news.com/business/x", "Daily Courier", "Rates held"),
])
@pytest.mark.parametrize("logo", ["<h1>{}</h1>", '<h1><a href="javascript:void(0)">{}</a></h1>'])
def test_a_title_part_the_storys_h1_shows_is_the_headline_not_a_logo_headings_affix(url: str, site: str, headline: str,
                                                                                     logo: str):
    # a logo <h1> in the header and the story's <h1> in <main>: in a script without spaces (or a short headline) the
    # headline is as few words as a section's name, and was cut as the logo's prefix, leaving the site's name
    body = f"<header>{logo.format(site)}</header><main><h1>{headline}</h1>{BODY}</main>"
    assert title(f"<title>{headline} | {site}</title>", body, url) == headline
    assert title(f"<title>{site} | {headline}</title>", body, url) == headline


@pytest.mark.parametrize(("url", "site", "section", "headline"), [
    ("https://news.sina.com.cn/china/x", "新浪新闻", "国内", "央行宣布维持贷款市场报价利率不变"),
    ("https://www.thairath.co.th/business/x", "ไทยรัฐออนไลน์", "เศรษฐกิจ", "แบงก์ชาติคงอัตราดอกเบี้ยนโยบาย"),
    ("https://www.kommersant.ru/economics/x", "Коммерсантъ", "Экономика", "Центробанк сохранил ключевую ставку"),
    ("https://www.aljazeera.net/ebusiness/x", "الجزيرة نت", "اقتصاد", "البنك المركزي يثبت أسعار الفائدة"),
])
def test_a_section_or_site_h1_heading_main_is_cut_beside_a_declared_headline(url: str, site: str, section: str,
                                                                            headline: str):
    # an <h1> in <main> naming the section (or the site) above the story's <h2>: the og:title declares the headline,
    # and the <title>'s other part is cut, whatever the order (rev62b: the section's name came out)
    for h1 in (section, site):
        body = f"<main><h1>{h1}</h1><article><h2>{headline}</h2>{BODY}</article></main>"
        og = f'<meta property="og:title" content="{headline}"><meta property="og:site_name" content="{site}">'
        assert title(f"<title>{h1} | {headline}</title>{og}", body, url) == headline
        assert title(f"<title>{headline} | {h1}</title>{og}", body, url) == headline


@pytest.mark.parametrize(("url", "site", "headline"), _SITE_TITLE_PAGES)
@pytest.mark.parametrize("logo", ['<h1 class="site-title"><a href="/" rel="bookmark">{}</a></h1>',
                                  '<h1><a href="/" rel="home bookmark">{}</a></h1>',
                                  '<h1><a class="logo" href="/" rel="bookmark">{}</a></h1>'])
def test_a_site_title_a_theme_marks_as_a_permalink_still_names_the_site(url: str, site: str, headline: str, logo: str):
    # a theme marking its site's title rel="bookmark" as well: classed as the site's title or logo, or marked
    # rel="home" too, it is the site's (rev62b: the site's name came out as the headline)
    body = f'<div id="masthead">{logo.format(site)}</div><div class="post"><h2 class="title">{headline}</h2>{BODY}</div>'
    assert title(f"<title>{headline} | {site}</title>", body, url) == headline
    assert title(f"<title>{site} | {headline}</title>", body, url) == headline


@pytest.mark.parametrize(("url", "name", "headline"), [
    ("https://www.alarabiya.net/aswaq/x", "العربية.نت\u200f", "البنك المركزي يثبت أسعار الفائدة"),
    ("https://www.alarabiya.net/aswaq/x", "\u200fالعربية.نت", "البنك المركزي يثبت أسعار الفائدة"),
    ("https://lenta.ru/news/x", "«Лента.ру»", "Центробанк сохранил ключевую ставку"),
])
def test_a_web_address_in_quotation_marks_or_beside_a_direction_mark_names_the_site(url: str, name: str, headline: str):
    # a direction mark ordering the address in a right-to-left title, quotation marks around it: still an address
    assert title(f"<title>{headline} - {name}</title>", BODY, url) == headline
    assert title(f"<title>{headline} | {name}</title>", BODY, url) == headline


@pytest.mark.parametrize(("capitals", "unaccented", "headline"), [
    ("PERCHÉ LA CITTÀ È PIÙ CARA", "Perche la citta e piu cara", "Perché la città è più cara"),
    ("EL GOBIERNO APRUEBA LAS PENSIONES DEL AÑO", "El Gobierno aprueba las pensiones del ano",
     "El Gobierno aprueba las pensiones del año"),
    ("SEJM PRZYJĄŁ USTAWĘ O PODATKACH", "Sejm przyjął ustawe o podatkach", "Sejm przyjął ustawę o podatkach"),
    ("ПУТИН ОБЪЯВИЛ НОВЫЙ ЭТАП РЕФОРМЫ", "Путин объявил новыи этап реформы", "Путин объявил новый этап реформы"),
])
def test_a_headline_in_capitals_is_spelled_with_the_accents_the_page_shows(capitals: str, unaccented: str,
                                                                           headline: str):
    # a social title written without accents beside the capitals: the <h1>'s spelling, accents and all, is the
    # headline's (rev62b: the first spelling equal without accents came out, the unaccented one)
    head = f'<title>{capitals} | Site</title><meta property="og:title" content="{unaccented}">'
    body = f"<main><article><h1>{headline}</h1>{BODY}</article></main>"
    assert title(head, body) == headline
    head = f'<meta property="og:title" content="{capitals}"><meta name="twitter:title" content="{unaccented}">'
    assert title(head, body) == headline


@pytest.mark.parametrize(("url", "site", "headline"), [
    ("https://www.tagesanzeiger.ch/wirtschaft/2024/05/10/a.html", "Tages-Anzeiger", "Inflation sinkt auf zwei Prozent"),
    ("https://www.hani.co.kr/arti/economy/1.html", "한겨레", "한국은행 기준금리 동결 결정"),
    ("https://www.haaretz.co.il/news/1.html", "הארץ", "בנק ישראל הותיר את הריבית ללא שינוי"),
    ("https://www.rts.rs/ekonomija/1.html", "РТС", "Звезда - Партизан 2:1 у вечитом дербију"),
])
@pytest.mark.parametrize("named", ["og:site_name", "WebSite", "logo", "copyright"])
def test_a_story_h1_linked_home_beside_the_sites_declared_name_is_the_headline(url: str, site: str, headline: str,
                                                                              named: str):
    """A theme links the story's ``<h1>`` home in a bare ``<div>``: the ``<title>`` is that heading and the site's
    declared name (``og:site_name``, a WebSite's name, a logo picture's alt), so the heading is no site title."""
    logo = f'<header><a href="/"><img alt="{site}" src="/l.png"></a></header>' if named == "logo" else ""
    declared = {"og:site_name": f'<meta property="og:site_name" content="{site}">',
                "WebSite": jsonld({"@type": "WebSite", "name": site, "url": "/"})}.get(named, "")
    head = f"<title>{headline} | {site}</title>{declared}"
    footer = f"<footer><p>© 2024 {site}</p></footer>" if named == "copyright" else ""
    body = f'{logo}<div class="post"><h1><a href="/">{headline}</a></h1>{BODY}</div>{footer}'
    assert title(head, body, url) == headline


@pytest.mark.parametrize(("url", "site", "headline"), [
    ("https://www.pravda.com.ua/politics/1.html", "Українська правда", "Уряд ухвалив новий бюджет на рік"),
    ("https://www.bhaskar.com/national/1.html", "दैनिक भास्कर", "भारत - पाकिस्तान मैच में भारत की जीत"),
    ("https://www.aljazeera.net/ebusiness/1.html", "الجزيرة نت", "البنك المركزي يثبت أسعار الفائدة"),
])
@pytest.mark.parametrize("notice", ["<p>© 2024 {}</p>", "<p>Copyright © 2010-2024 {}. All rights reserved.</p>",
                                    "<p>{} © 2024</p>", '<div>© 2024 <a href="/">{}</a> | <a href="/imprint">Imprint</a></div>'])
def test_a_suffix_the_copyright_line_states_names_the_site(url: str, site: str, headline: str, notice: str):
    """A page declaring only its ``<title>`` names its owner in its copyright line (before or after the mark,
    linked or not): that suffix is the site's."""
    body = f"<main><article>{BODY}</article></main><footer>{notice.format(site)}</footer>"
    assert title(f"<title>{headline} | {site}</title>", body, url) == headline


@pytest.mark.parametrize(("url", "site", "headline"), [
    ("https://www.thairath.co.th/sport/1.html", "ไทยรัฐออนไลน์", "ไทย - เวียดนาม เสมอกัน 1-1"),
    ("https://www.bvb.de/news/1.html", "Borussia Dortmund", "Bayern - Dortmund 2:1"),
    ("https://press.example/newsroom/1.html", "Apple Inc.", "Apple - iPhone sales rise in the spring"),
    ("https://press.example/newsroom/1.html", "All content by Apple", "Apple - iPhone sales rise in the spring"),
])
def test_a_headline_word_inside_the_copyright_owners_name_stays(url: str, site: str, headline: str):
    """A headline's first or last word that the owner's name holds (inside a word of a script without spaces, or
    as one word of several) names no site: only the copyright line's whole name does."""
    body = f"<main><article>{BODY}</article></main><footer><p>© 2024 {site}</p></footer>"
    assert title(f"<title>{headline} | {site}</title>", body, url) == headline


def test_a_headline_part_a_script_holds_beside_copyright_is_no_owner():
    """A script's JSON-LD holds the headline beside a ``copyrightHolder``: no part of the title is its owner."""
    data = jsonld({"@type": "NewsArticle", "copyrightHolder": {"@id": "#org"}, "headline": "Signa in Sorge - Berater"})
    assert title(f"<title>Signa in Sorge - Berater</title>{data}", f"<main><article>{BODY}</article></main>",
                 "https://finanz.example/signa-1/") == "Signa in Sorge - Berater"


def test_a_page_declaring_its_sites_name_reads_no_copyright_notice_for_its_titles_parts(monkeypatch: pytest.MonkeyPatch):
    """The copyright notices are walked for a title's part only where the page names its site nowhere but its
    address: a page declaring ``og:site_name`` cuts that name by it (the walk costs more than the headline)."""
    monkeypatch.setattr(PageElements, "copyright_notices", lambda page: pytest.fail("copyright notices read"))
    head = ('<title>Шахтар - Динамо: гірники здобули перемогу | Українська правда</title>'
            '<meta property="og:site_name" content="Українська правда">')
    body = f"<main><article>{BODY}</article></main><footer><p>© 2024 Українська правда</p></footer>"
    assert title(head, body, "https://www.pravda.com.ua/sport/1.html") == "Шахтар - Динамо: гірники здобули перемогу"


@pytest.mark.parametrize(("url", "credited", "headline", "site"), [
    ("https://www.eldiario.es/deportes/1.html", "Real Madrid", "Real Madrid - Barcelona: el clásico en directo", "elDiario.es"),
    ("https://www.hurriyet.com.tr/spor/1.html", "Galatasaray", "Galatasaray - Fenerbahçe maçı 2-1 bitti", "Hürriyet"),
    ("https://www.prothomalo.com/sports/1.html", "আবাহনী", "আবাহনী - মোহামেডান ম্যাচ ড্র", "প্রথম আলো"),
    ("https://news.sina.com.cn/sports/1.html", "国安", "国安 - 申花：双方战成平局", "新浪新闻"),
])
@pytest.mark.parametrize("footer", [True, False])
def test_a_photo_credit_outside_the_footer_names_no_owner_of_the_headlines_part(url: str, credited: str, headline: str,
                                                                                site: str, footer: bool):
    """A photo's credit ("Foto: © Real Madrid") in a caption outside any ``<figure>`` (a WordPress ``wp-caption``)
    names another owner than the site's: the headline's first part it names stays, beside the site's own notice in
    the footer (whose suffix goes) or on a page with no other notice."""
    caption = f"<div class='wp-caption'><img src='/a.jpg'><p class='wp-caption-text'>Foto: © {credited}</p></div>"
    notice = f"<footer><p>© 2024 {site}</p></footer>" if footer else ""
    body = f"<div class='entry-content'>{caption}{BODY}</div>{notice}"
    assert title(f"<title>{headline} | {site}</title>" if footer else f"<title>{headline}</title>", body, url) == headline


@pytest.mark.parametrize(("url", "site", "section", "headline"), [
    ("https://www.eldiario.es/politica/1.html", "elDiario.es", "Política", "El Gobierno aprueba la reforma de las pensiones"),
    ("https://www.pravda.com.ua/politics/1.html", "Українська правда", "Політика", "Уряд ухвалив новий бюджет на рік"),
    ("https://news.sina.com.cn/china/1.html", "新浪新闻", "国内", "央行宣布维持贷款市场报价利率不变"),
    ("https://www.bhaskar.com/national/1.html", "दैनिक भास्कर", "देश", "रिज़र्व बैंक ने ब्याज दरें स्थिर रखीं"),
])
def test_a_section_logo_linked_home_is_no_headline_where_og_title_declares_another(url: str, site: str, section: str,
                                                                                  headline: str):
    """A section's logo ``<h1>`` linked home beside a ``<title>`` "Section - Site" (a static one) is no headline where
    ``og:title`` declares the story's own: a declared title neither showing nor holding the heading says so."""
    head = (f'<title>{section} - {site}</title><meta property="og:site_name" content="{site}">'
            f'<meta property="og:title" content="{headline}">')
    body = f'<div id="top"><h1><a href="/">{section}</a></h1></div><div class="post">{BODY}</div>'
    assert title(head, body, url) == headline
