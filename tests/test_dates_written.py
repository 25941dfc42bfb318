"""Zones, addresses and day orders as pages write them (session 56): a zone's abbreviation in its written case
right after a time, a name's capitals no zone, an event's year in an address no day, a day-first address read
only where the page's locale tells the order."""
from __future__ import annotations

import json
from datetime import date

import pytest

from newsspider.dates import to_iso8601, zoned_clock
from newsspider.extract.article import extract_article
from tests.test_dates import dateline_published
from tests.test_extract_article import PARAGRAPHS, page

STORY = "https://edition.example.com/politics/story"  # no day in the address, no country


@pytest.mark.parametrize("value", ["Jun 4, 2024 6:11 PM art", "2024-06-04 18:11 art", "June 4, 2024 6:11 PM est",
                                   "28.04.2023 18:11 mez", "Tue Jun 04 18:11:00 cest 2024"])
def test_a_lower_case_word_after_a_declared_time_is_no_zone(value):
    # a section's or a language's word ("art", Latin "est") after the clock: the wall clock, for the page to place
    stamp = to_iso8601(value)
    assert stamp is not None and stamp.endswith("+00:00"), (value, stamp)


@pytest.mark.parametrize("value", ["2024-06-04 18:11 Cet", "2024-06-04T18:11 Gmt", "2024-06-04 18:11 Est"])
def test_a_title_case_word_after_a_declared_time_is_no_zone_and_the_day_is_kept(value):
    # a zone's abbreviation counts in its written case only; in another the wall clock is read, the day not lost
    stamp = to_iso8601(value)
    assert stamp == "2024-06-04T18:11:00+00:00", (value, stamp)


@pytest.mark.parametrize(("value", "offset"), [
    ("Jun 4, 2024 6:11 PM ART", "-03:00"), ("2024-06-04 18:11 PhST", "+08:00"), ("June 4, 2024 6:11 PM PhST", "+08:00"),
    ("2024-06-04 18:11 ChST", "+10:00"), ("2024-06-04 18:11 AKDT", "-08:00"), ("2024-06-04 18:11 HST", "-10:00"),
    ("2024-06-04 18:11 NZST", "+12:00"), ("2024-06-04 18:11 AWST", "+08:00"), ("2024-06-04 18:11 SGT", "+08:00"),
    ("2024-06-04 18:11 ICT", "+07:00"), ("2024-06-04 18:11 NPT", "+05:45"), ("2024-06-04 18:11 IRST", "+03:30"),
    ("2024-06-04 18:11 AFT", "+04:30"), ("04.06.2024 18:11 MESZ", "+02:00"), ("2024-06-04T18:11:00z", "+00:00"),
])
def test_a_zone_abbreviation_in_its_written_case_gives_its_offset(value, offset):
    stamp = to_iso8601(value)
    assert stamp is not None and stamp.endswith(offset), (value, stamp)


def test_gulf_standard_time_is_the_pages_countrys_only_where_it_names_one():
    # "GST": the Gulf's +04:00 in the Emirates or Oman, South Georgia's -02:00, India's goods and services tax
    assert to_iso8601("2024-06-04 18:11 GST") == "2024-06-04T18:11:00+00:00"  # the wall clock, for the page to place
    html = page("<article><h1>Tram line extended</h1>" + "".join(f"<p>{t}</p>" for t in PARAGRAPHS) + "</article>",
                head="<meta property='article:published_time' content='2024-06-04 18:11 GST'>")
    assert extract_article(html, "https://www.example.ae/news/story").article.published == "2024-06-04T18:11:00+04:00"


def test_a_mixed_case_zone_after_a_datelines_clock_gives_its_instant():
    assert dateline_published("June 4, 2024 6:11 PM PhST", "en", STORY) == "2024-06-04T18:11:00+08:00"
    assert dateline_published("June 4, 2024, 6:11 PM ChST", "en", STORY) == "2024-06-04T18:11:00+10:00"
    assert zoned_clock("6:11 PM PhST", date(2024, 6, 4)) is not None
    # a lower-case word after the clock names no zone
    assert zoned_clock("6:11 PM art", date(2024, 6, 4)) is None
    assert zoned_clock("18:11 cet", date(2024, 6, 4)) is None


@pytest.mark.parametrize("text", ["10:00 ART BASEL", "10:00 ART Basel Miami Beach", "19:30 EAT Festival",
                                  "19:30 CAT Expo"])
def test_a_zone_like_word_starting_a_name_is_no_zone(text):
    # an abbreviation that is also a word, followed by more capitalised words: the name of a fair, a festival
    assert zoned_clock(text, date(2024, 6, 4)) is None
    assert dateline_published(f"June 4, 2024 {text}", "en", STORY) == f"2024-06-04T{text[:5]}:00+00:00"


@pytest.mark.parametrize(("text", "offset"), [("10:00 ART", "-03:00"), ("10:00 ART | Buenos Aires", "-03:00"),
                                              ("10:00 EAT Fri June 4", "+03:00"), ("10:00 EST Miami", "-05:00"),
                                              ("10:00 MYT PUTRAJAYA", "+08:00")])
def test_a_zone_before_a_weekday_a_separator_or_a_place_of_one_meaning_stays_a_zone(text, offset):
    zoned = zoned_clock(text, date(2024, 6, 4))
    assert zoned is not None and str(zoned[2]).endswith(offset), (text, zoned)


def _undated(url: str, body_extra: str = "") -> str | None:
    """The published time of a page that declares and prints no date, its own address in its canonical link,
    its ``og:url`` and its navigation (htmldate's search reads every address in the HTML)."""
    head = f"<link rel='canonical' href='{url}'><meta property='og:url' content='{url}'>"
    body = (f"<nav><a href='/'>Home</a><a href='{url}'>This story</a></nav><article><h1>Tram line extended</h1>"
            + "".join(f"<p>{t}</p>" for t in PARAGRAPHS) + f"{body_extra}</article>")
    return extract_article(page(body, head=head), url).article.published


@pytest.mark.parametrize("path", ["/top-10-2023-films", "/news/2024-06/story", "/news/2024-10-things-to-do",
                                  "/g20-11-2022-summit", "/news/12-2023", "/euro-2024/12-things",
                                  "/world-cup-2026/final-draw", "/sports/2024-olympics-opening-ceremony",
                                  "/health/covid-19-vaccines-winter", "/news/2023_05/story"])
def test_a_number_in_an_address_is_a_day_only_in_a_dates_shape(path):
    # an event's year, a count, a summit's name or a month's directory: the page shows no day
    assert _undated(f"https://news.example.com{path}") is None


@pytest.mark.parametrize(("path", "day"), [("/news/2023/05/12/story", "2023-05-12"),
                                           ("/news/story-2023-05-12.html", "2023-05-12"),
                                           ("/news/20230512/story", "2023-05-12")])
def test_an_address_in_a_dates_shape_still_dates_the_page(path, day):
    published = _undated(f"https://news.example.com{path}")
    assert published is not None and published.startswith(day)
    # another story's address in a date's shape, in a link of the page: htmldate's search still reads it
    other = _undated("https://news.example.com/news/story", f"<p><a href='https://news.example.com{path}'>Earlier</a></p>")
    assert other is not None and other.startswith(day)


@pytest.mark.parametrize(("url", "lang", "head", "day"), [
    # English without a region: the United States writes 5 March, Britain 3 May; the language alone does not tell
    ("https://news.example.com/news/03-05-2024/story", "en", "", None),
    ("https://news.example.com/news/03-05-2024/story", "en", "<meta property='og:locale' content='en_US'>", "2024-03-05"),
    ("https://news.example.com/news/03-05-2024/story", "en-US", "", "2024-03-05"),
    ("https://news.example.co.uk/news/03-05-2024/story", "en", "", "2024-05-03"),  # Britain's domain
    ("https://news.example.com/news/03-05-2024/story", "en-GB", "", "2024-05-03"),
    ("https://news.example.com/news/03-05-2024/story", "en-IN", "", "2024-05-03"),
    # a language every CLDR locale of which writes the day first: the day first, wherever the page is for
    ("https://news.example.com/news/03-05-2024/story", "fr", "", "2024-05-03"),
    ("https://news.example.com/news/03-05-2024/story", "de", "", "2024-05-03"),
    # Spanish of the United States or Panama writes the month first: undecided without a region
    ("https://news.example.com/news/03-05-2024/story", "es", "", None),
    ("https://news.example.com/news/03-05-2024/story", "es-ES", "", "2024-05-03"),
    # one reading only: that day, whatever the page
    ("https://news.example.com/news/28-04-2024/story", "en", "", "2024-04-28"),
    ("https://news.example.com/news/04-28-2024/story", "en", "", "2024-04-28"),
])
def test_a_day_first_address_reading_both_ways_is_read_only_where_the_pages_locale_tells_the_order(url, lang, head,
                                                                                                   day):
    body = ("<article><h1>Tram line extended</h1>" + "".join(f"<p>{t}</p>" for t in PARAGRAPHS) + "</article>")
    published = extract_article(page(body, head=head, lang=lang), url).article.published
    assert (published[:10] if published else None) == day


@pytest.mark.parametrize(("dateline", "lang", "published"), [
    ("<span>March 5, 2024 10:15</span> <span>CET</span>", "en", "2024-03-05T10:15:00+01:00"),
    ("<span>March 5, 2024, 10:15 AM</span> | <span>(ET)</span>", "en", "2024-03-05T10:15:00-05:00"),
    ("<time>05.03.2024, 10:15 Uhr</time> · <span>MEZ</span>", "de", "2024-03-05T10:15:00+01:00"),
    ("<span>5 March 2024 10:15</span><span>GMT+3</span>", "en", "2024-03-05T10:15:00+03:00"),
    # a word, a lower-case one or another clock's zone after a text naming its own: not the clock's
    ("<span>March 5, 2024 10:15</span> <span>art</span>", "en", "2024-03-05T10:15:00+00:00"),
    ("<span>March 5, 2024 10:15</span> <span>Politics</span>", "en", "2024-03-05T10:15:00+00:00"),
    ("<span>March 5, 2024</span> <span>CET</span>", "en", "2024-03-05T00:00:00+00:00"),  # a day alone: no clock
])
def test_a_zone_set_in_an_element_of_its_own_after_the_datelines_clock_is_its_zone(dateline, lang, published):
    body = (f"<article><h1>Tram line extended</h1><div class='meta'>{dateline}</div>"
            + "".join(f"<p>{t}</p>" for t in PARAGRAPHS) + "</article>")
    assert extract_article(page(body, lang=lang), STORY).article.published == published


@pytest.mark.parametrize(("declared", "shown", "published"), [
    ("2024-03-05T10:15:00", "<p>Published 10:15 | CET</p>", "2024-03-05T10:15:00+01:00"),
    ("2024-03-05T10:15:00", "<p><span>Published 10:15</span> <span>CET</span></p>", "2024-03-05T10:15:00+01:00"),
    ("2024-03-05T10:15:00", "<p>Published 10:15 CET</p>", "2024-03-05T10:15:00+01:00"),
    ("2024-03-05T15:15:00", "<p>Published 10:15 AM · (ET)</p>", "2024-03-05T10:15:00-05:00"),  # the moment in UTC
    # another clock's zone, or a clock naming none: the declared time as it was
    ("2024-03-05T10:15:00", "<p>Published 11:40 | CET</p>", "2024-03-05T10:15:00+00:00"),
    ("2024-03-05T10:15:00", "<p>Published 10:15 | Politics</p>", "2024-03-05T10:15:00+00:00"),
    ("2024-03-05T10:15:00", "<p>Published 10:15 | ART BASEL</p>", "2024-03-05T10:15:00+00:00"),
])
def test_a_declared_wall_clock_takes_the_zone_a_clock_by_the_headline_names_apart(declared, shown, published):
    from tests.test_dates import utc_page

    assert extract_article(utc_page(declared, meta=shown), STORY).article.published == published


def test_an_element_of_another_namespace_holding_an_address_costs_the_search_nothing():
    # Google's <g:plusone href=...> beside the story: its address edited or not, htmldate's search reads the page
    url = "https://news.example.com/rezepte/top-10-2009-rinderleber.htm"
    extra = (f"<g:plusone annotation='bubble' href='{url}'></g:plusone>"
             "<p><small class='commentmetadata'>8. Dezember 2010 um 10:56</small></p>")
    published = _undated(url, extra)
    assert published is not None and published.startswith("2010-12-08")


@pytest.mark.parametrize("tag", ["g:plusone", "fb:like"])
def test_an_address_in_an_element_of_another_namespace_is_no_day_either(tag):
    # the copy htmldate's search reads is edited there too: a share button's slug is no day
    url = "https://news.example.com/rezepte/top-10-2023-films"
    assert _undated(url, f"<{tag} href='{url}'></{tag}>") is None


def _printed(dateline: str, lang: str, url: str = STORY, extra: str = "") -> str | None:
    body = (f"<article><h1>Tram line extended</h1><p class='meta'>{dateline}</p>"
            + "".join(f"<p>{t}</p>" for t in PARAGRAPHS) + f"{extra}</article>")
    published = extract_article(page(body, lang=lang), url).article.published
    return published[:10] if published else None


@pytest.mark.parametrize(("lang", "extra", "day"), [
    # English or Spanish without a region: "03/05/2024" is 3 May or 5 March; another source the page shows decides
    ("en", "<div class='info'>Published: 5 March 2024</div>", "2024-03-05"),
    ("en", "<p>Last modified on March 5, 2024</p>", "2024-03-05"),
    ("es", "<div class='info'>Publicado: 5 de marzo de 2024</div>", "2024-03-05"),
    # a locale that settles the order reads the printed date as it writes it
    ("en-GB", "<div class='info'>Published: 5 March 2024</div>", "2024-05-03"),
    ("fr", "<div class='info'>Publié le 5 mars 2024</div>", "2024-05-03"),
    # nothing else dates the page: the printed date, day first as most of the world writes it
    ("en", "", "2024-05-03"),
])
def test_a_printed_date_reading_both_ways_is_not_decided_by_a_language_written_both_ways(lang, extra, day):
    assert _printed("03/05/2024", lang, extra=extra) == day


@pytest.mark.parametrize("extra", [
    # another date the page shows on neither of the printed date's days tells no order: the printed date stays the
    # page's, day first, as where the locale tells the order (a date in the story, a caption's, a reader's comment)
    "<p>Works on the new line begin on June 1, 2024, the council said.</p>",
    "<figure><img src='/depot.jpg'><figcaption>The depot on February 2, 2024. Photo: J. Doe</figcaption></figure>",
    "<div class='comment'><b>Bob</b> <span>May 6, 2024 at 10:00 am</span><p>Long overdue, this tram.</p></div>",
])
def test_a_date_on_neither_day_of_a_printed_date_reading_both_ways_does_not_replace_it(extra):
    assert _printed("03/05/2024", "en", extra=extra) == "2024-05-03"


def test_a_date_on_neither_day_of_a_printed_date_dates_the_page_where_the_printed_date_cannot():
    # the address's day lies two months from either reading: the printed date is no publication's, the address's is
    assert _printed("03/05/2024", "en", "https://edition.example.com/2024/03/07/story") == "2024-03-07"


def test_a_complete_time_on_one_day_of_a_printed_date_keeps_its_own_clock():
    # a script's time with its offset tells the order and the instant; the printed clock names no zone
    script = '<script>var meta = {"headline": "Tram line extended", "pubDate": "2024-03-05T10:15:00-05:00"};</script>'
    body = (f"{script}<article><h1>Tram line extended</h1><p class='meta'>03/05/2024 10:15</p>"
            + "".join(f"<p>{t}</p>" for t in PARAGRAPHS) + "</article>")
    assert extract_article(page(body, lang="en"), STORY).article.published == "2024-03-05T10:15:00-05:00"


def test_a_printed_date_reading_both_ways_gives_way_to_the_day_of_the_address():
    assert _printed("03/05/2024", "en", "https://edition.example.com/2024/03/05/story") == "2024-03-05"
    assert _printed("28/04/2024", "en") == "2024-04-28"  # one reading only: that day


@pytest.mark.parametrize(("dateline", "extra", "published"), [
    # another source tells the order, the printed date its clock
    ("03/05/2024 10:15", "<div class='info'>Published: 5 March 2024</div>", "2024-03-05T10:15:00+00:00"),
    ("<time>03/05/2024 10:15</time>", "<div class='info'>Published: 5 March 2024</div>", "2024-03-05T10:15:00+00:00"),
    ("Posted: 03/05/2024", "<div class='info'>Published: 5 March 2024</div>", "2024-03-05T00:00:00+00:00"),
])
def test_another_source_tells_the_order_of_a_printed_date_and_the_printed_date_its_clock(dateline, extra, published):
    body = (f"<article><h1>Tram line extended</h1><p class='meta'>{dateline}</p>"
            + "".join(f"<p>{t}</p>" for t in PARAGRAPHS) + f"{extra}</article>")
    assert extract_article(page(body, lang="en"), STORY).article.published == published


@pytest.mark.parametrize(("dateline", "lang", "published"), [
    # a zone's word before the city of a zone on its clock: the zone, then the place the story is from
    ("March 5, 2024 10:15 EAT Nairobi", "en", "2024-03-05T10:15:00+03:00"),
    ("5 mars 2024 à 10h15 EAT Nairobi", "fr", "2024-03-05T10:15:00+03:00"),
    ("5 de marzo de 2024, 10:00 ART Buenos Aires", "es", "2024-03-05T10:00:00-03:00"),
    ("5 Maret 2024 10:00 WIT Jayapura", "id", "2024-03-05T10:00:00+09:00"),
    ("5 March 2024 10:00 WAT Lagos", "en", "2024-03-05T10:00:00+01:00"),
    ("March 5, 2024 10:15 EAT Dar es Salaam", "en", "2024-03-05T10:15:00+03:00"),
    # a city on another clock, or no city: a name (a fair's, a festival's), the wall clock
    ("March 5, 2024 10:00 ART Paris", "en", "2024-03-05T10:00:00+00:00"),
    ("March 5, 2024 10:00 ART BASEL", "en", "2024-03-05T10:00:00+00:00"),
])
def test_a_zone_word_before_a_city_on_its_clock_is_the_zone(dateline, lang, published):
    assert dateline_published(dateline, lang, STORY) == published


@pytest.mark.parametrize(("locale", "country"), [("zh-Hant", "TW"), ("zh_Hant", "TW"), ("zh-Hans", "CN"), ("de-Latn", "DE"),
                                                 ("ja-Jpan", "JP"), ("pa-Arab", None), ("sr-Latn", "RS"), ("sr-Cyrl", "RS")])
def test_a_language_with_its_script_is_its_likely_country_where_that_keeps_the_languages_clock(locale, country):
    # Taiwan's Chinese is on China's one clock; Punjabi in Arabic script is Pakistan's, not India's
    from newsspider.extract.zones import page_country

    assert page_country([], [locale]) == country


@pytest.mark.parametrize(("dateline", "lang", "published"), [
    ("2024年3月5日 下午2:20", "zh-Hant", "2024-03-05T14:20:00+08:00"),
    ("113年3月5日 14:20", "zh-Hant", "2024-03-05T14:20:00+08:00"),
    ("2024年3月5日 14:20", "zh-Hans", "2024-03-05T14:20:00+08:00"),
])
def test_a_dateline_on_a_page_in_chinese_with_its_script_is_on_chinas_clock(dateline, lang, published):
    assert dateline_published(dateline, lang, STORY) == published


def test_a_page_showing_no_date_reading_both_ways_is_searched_once(monkeypatch):
    # the searches that read a printed date passed over run again only where the page shows one: an undated
    # English page is not searched twice by htmldate (a page of thousands of links: 0.2-0.3 s each)
    from newsspider.extract import published

    calls = []
    search = published._htmldate_search
    monkeypatch.setattr(published, "_htmldate_search", lambda *args: calls.append(1) or search(*args))
    body = "<article><h1>Tram line extended</h1>" + "".join(f"<p>{t}</p>" for t in PARAGRAPHS) + "</article>"
    assert extract_article(page(body, lang="en"), STORY).article.published is None
    assert len(calls) == 1


@pytest.mark.parametrize(("dateline", "lang", "published"), [
    ("Veröffentlicht am: 2023 ഒക്\u200cടോബർ 28", "ml", "2023-10-28T00:00:00+00:00"),  # a joiner inside the month's name
    ("ಅಕ್ಟೋಬರ್ 28, 2023", "kn", "2023-10-28T00:00:00+00:00"),
])
def test_a_dateline_whose_month_name_holds_a_zero_width_joiner_is_read(dateline, lang, published):
    # Malayalam's CLDR names write a zero-width non-joiner inside ("ഒക്‌ടോബർ"); the page's text carries it as a
    # stand-in through trafilatura (article.protect_joiners), which the date's reading must not see
    assert dateline_published(dateline, lang, STORY) == published


@pytest.mark.parametrize(("dateline", "lang", "published"), [
    ("2024.03.05. 오후 3:20", "ko-KR", "2024-03-05T15:20:00+09:00"),  # year first, the date closed by a full stop
    ("05.03.2024. u 15:20", "hr", "2024-03-05T15:20:00+01:00"),  # Croatian, Serbian: the year closed by one too
    ("05.03.24 | 15:20", "he", "2024-03-05T15:20:00+02:00"),  # a two-digit year: ynet's dateline
])
def test_a_clock_after_a_date_closed_by_a_full_stop_or_with_a_two_digit_year_is_the_dates(dateline, lang, published):
    assert dateline_published(dateline, lang, STORY) == published


def test_a_full_stop_after_a_date_then_a_number_that_is_no_clock_gives_the_day_alone():
    # a sentence ending with the date, the next one opening with a number: no clock of the date's
    assert dateline_published("5. März 2024. 15 Menschen, 10:30", "de", STORY) == "2024-03-05T00:00:00+00:00"


@pytest.mark.parametrize(("dateline", "lang"), [
    ("5 martie 2024, 14:20 ora României", "ro"),
    ("5 марта 2024, 14:20 по местному времени", "ru"),  # an inflected word ("время"), no place
    ("5 مارس 2024، 14:20 بتوقيت مكة المكرمة", "ar"),  # the preposition written joined to the word
    ("5 مارس 2024، 14:20 بالتوقيت المحلي", "ar"),
    ("5 de marzo de 2024, 14:20 hora peninsular", "es"),
    ("5 de marzo de 2024 14:20 (hora local)", "es"),
    ("5 Maret 2024, 14:20 waktu setempat", "id"),
    ("5 মার্চ 2024, 14:20 স্থানীয় সময়", "bn"),
    ("2024년 3월 5일 14:20 (한국시간)", "ko"),  # a compound of a script without case
])
def test_a_clock_followed_by_a_zone_phrase_no_data_resolves_on_a_page_of_no_clock_gives_the_day_alone(dateline, lang):
    # that zone's time, not UTC's: a wrong instant is worse than none
    assert dateline_published(dateline, lang, STORY) == "2024-03-05T00:00:00+00:00"


@pytest.mark.parametrize(("dateline", "lang", "published"), [
    ("5 de marzo de 2024, 14:20 horas", "es", "2024-03-05T14:20:00+00:00"),  # the word alone, or a plural: no zone
    ("5 de marzo de 2024, 14:20 hora", "es", "2024-03-05T14:20:00+00:00"),
    ("5 Maret 2024, 14:20 waktu baca 3 menit", "id", "2024-03-05T14:20:00+00:00"),  # a reading time: a number
    ("5 березня 2024 р., 14:20 | час читання 3 хв", "uk", "2024-03-05T14:20:00+00:00"),
    ("5 de marzo de 2024, 14:20 hora UTC", "es", "2024-03-05T14:20:00+00:00"),  # an abbreviation
    ("5 de marzo de 2024, 14:20 hora de Greenwich", "es", "2024-03-05T14:20:00+00:00"),  # CLDR's GMT's word
    ("5 مارس 2024، 14:20 بتوقيت جرينتش", "ar", "2024-03-05T14:20:00+00:00"),  # and its other spelling
    ("5 مارس 2024، 14:20 بتوقيت غرينتش", "ar", "2024-03-05T14:20:00+00:00"),  # CLDR's name: read
    ("5 marzo 2024, 14:20 ora locale", "it", "2024-03-05T14:20:00+01:00"),  # the language's countries' one clock
    ("5 de marzo de 2024, 14:20 hora local", "es", "2024-03-05T14:20:00-03:00"),  # the country's clock (.com.ar)
])
def test_a_clock_followed_by_no_zone_phrase_or_on_a_known_clock_is_read_as_before(dateline, lang, published):
    url = "https://news.com.ar/story" if published.endswith("-03:00") else STORY
    assert dateline_published(dateline, lang, url) == published


def test_a_languages_word_for_a_zones_time_is_in_most_of_its_cldr_names_and_no_preposition():
    from newsspider.dates import _zone_word
    assert [_zone_word(lang) for lang in ("ru", "uk", "ro", "ar", "es", "ko", "bn")] == [
        "время", "часом", "ora", "توقيت", "hora", "시간", "সময়"]
    assert _zone_word("de") is None and _zone_word("ja") is None  # names of several shapes


@pytest.mark.parametrize(("dateline", "lang", "published"), [
    ("5 martie 2024, <b>14:20</b> (ora României)", "ro", "2024-03-05T00:00:00+00:00"),  # the zone's time: unknown
    ("5 de marzo de 2024, 14:20 hora local", "es", "2024-03-05T00:00:00+00:00"),
    ("5 de marzo de 2024, 14:20 horas", "es", "2024-03-05T14:20:00+00:00"),  # no zone named: as before
    ("5 de marzo de 2024, 15:20 hora local", "es", "2024-03-05T14:20:00+00:00"),  # another clock: not the same moment
])
def test_an_offset_less_declared_time_whose_dateline_clock_names_a_zone_no_data_resolves_keeps_the_day(
        dateline, lang, published):
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tram line extended",
          "datePublished": "2024-03-05T14:20:00"}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    body = (f"<article><h1>Tram line extended</h1><p class='meta'>{dateline}</p>"
            + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</article>")
    assert extract_article(page(body, head=head, lang=lang), STORY).article.published == published


@pytest.mark.parametrize(("dateline", "lang"), [
    ("5 марта 2024, 14:20 время шло медленно", "ru"),  # the word opens: CLDR's Russian names close with it
    ("5 марта 2024, 14:20 (время публикации)", "ru"),  # a label of the clock, no zone
    ("March 5, 2024, 14:20 time was running out.", "en"),
    ("5 березня 2024 р., 14:20 часом буває важко", "uk"),  # "часом": also "at times"
    ("5 Mart 2024, 14:20 saati itibarıyla yollar kapandı", "tr"),
    ("5 maart 2024, 14:20 tijd voor actie", "nl"),
    ("5 mart 2024, 14:20 vaxtı bitdi və", "az"),
])
def test_a_story_opening_with_the_zone_word_where_cldr_closes_zone_names_with_it_keeps_the_clock(dateline, lang):
    # a sentence's subject, not a zone's name: the clock is read as before (UTC on a page of no clock)
    assert dateline_published(dateline, lang, STORY) == "2024-03-05T14:20:00+00:00"


@pytest.mark.parametrize(("dateline", "lang"), [
    ("5 مارس 2024، 14:20 به وقت محلی", "fa"),  # a preposition before a word CLDR's Persian names open with
    ("2024년 3월 5일 14:20 (현지시간 기준)", "ko"),  # a postposition's word after one they close with
    ("5 Mart 2024, 14:20 yerel saat ile", "tr"),
])
def test_a_zone_phrase_with_a_preposition_or_postposition_beside_the_zone_word_gives_the_day_alone(dateline, lang):
    assert dateline_published(dateline, lang, STORY) == "2024-03-05T00:00:00+00:00"


def test_a_languages_zone_word_opens_or_closes_its_cldr_zone_names():
    from newsspider.dates import _zone_word_leads
    assert [_zone_word_leads(lang) for lang in ("es", "fr", "ar", "fa", "id", "en", "ru", "tr", "ko", "nl")] == [
        True, True, True, True, True, False, False, False, False, False]


@pytest.mark.parametrize(("dateline", "lang", "published"), [
    ("5 maart 2024, 14.20 uur CET", "nl", "2024-03-05T14:20:00+01:00"),  # Dutch "uur" as German "Uhr"
    ("dinsdag 5 maart 2024 14:20 uur (CET)", "nl", "2024-03-05T14:20:00+01:00"),
    ("2024 m. kovo 5 d. 14:20 val. EET", "lt", "2024-03-05T14:20:00+02:00"),
    ("5 март 2024, 14:20 ч. CET", "bg", "2024-03-05T14:20:00+01:00"),  # not Bulgaria's clock, which the language tells
])
def test_a_zone_abbreviation_after_the_languages_word_for_oclock_is_the_clocks_zone(dateline, lang, published):
    assert dateline_published(dateline, lang, STORY) == published


@pytest.mark.parametrize(("dateline", "lang"), [
    ("5 maart 2024, 14:20 uur NOS", "nl"),  # capitals of no zone
    ("March 5, 2024, 14:20 TO CET", "en"),  # a word in capitals between: a word of its own
    ("5 maart 2024, 14:20 uur ART Rotterdam", "nl"),  # a zone's word beginning a name
    ("5 maart 2024, 14:20 uur", "nl"),
])
def test_a_word_after_a_clock_before_capitals_of_no_zone_or_in_capitals_names_no_zone(dateline, lang):
    assert dateline_published(dateline, lang, STORY) == "2024-03-05T14:20:00+00:00"


@pytest.mark.parametrize(("dateline", "url", "published"), [
    ("March 5, 2024, 2:20 PM IST", STORY, "2024-03-05T00:00:00+00:00"),  # India's, Ireland's or Israel's: unknown
    ("March 5, 2024 2:20 PM CST", "https://www.example.co.uk/a", "2024-03-05T00:00:00+00:00"),  # not Britain's clock
    ("March 5, 2024, 2:20 PM IST", "https://www.example.in/a", "2024-03-05T14:20:00+05:30"),
    ("March 5, 2024, 2:20 PM IST", "https://www.example.ie/a", "2024-03-05T14:20:00+00:00"),
    ("March 5, 2024, 2:20 PM IST", "https://www.example.co.il/a", "2024-03-05T14:20:00+02:00"),
])
def test_a_zone_abbreviation_of_several_meanings_none_of_them_the_pages_countrys_gives_the_day_alone(
        dateline, url, published):
    # neither UTC nor the page's own country's clock: a wrong instant is worse than none
    assert dateline_published(dateline, "en", url) == published


@pytest.mark.parametrize(("dateline", "url", "published"), [
    ("March 5, 2024 2:20 PM by ET Online", "https://www.example.in/a", "2024-03-05T14:20:00+05:30"),  # Economic Times
    ("March 5, 2024 2:20 PM on ET Now", "https://www.example.in/a", "2024-03-05T14:20:00+05:30"),
    ("March 5, 2024 14:20 on TRT World", STORY, "2024-03-05T14:20:00+00:00"),
    ("Selasa, 5 Maret 2024 14:20 oleh PT KAI", STORY, "2024-03-05T14:20:00+00:00"),  # a company's name
    ("5 marzo 2024 14:20 su MT Malta", "https://www.example.it/a", "2024-03-05T14:20:00+01:00"),
])
def test_a_zone_abbreviation_a_name_goes_on_after_is_no_clocks_zone_behind_a_short_word(dateline, url, published):
    # "by ET Bureau": a preposition and a name's first word, not the language's o'clock and a zone
    assert dateline_published(dateline, "en", url) == published


@pytest.mark.parametrize(("dateline", "lang", "url", "published"), [
    ("5. März 2024, 14:20 Uhr (Indien: 18:50 IST)", "de", "https://www.example.de/a", "2024-03-05T14:20:00+01:00"),
    ("March 5, 2024 14:20 | Rs 500 GST", "en", "https://www.example.in/a", "2024-03-05T14:20:00+05:30"),
])
def test_a_shared_abbreviation_after_another_clock_or_a_number_leaves_the_datelines_clock(dateline, lang, url,
                                                                                           published):
    # only a shared zone right after the clock read makes the clock unknown
    assert dateline_published(dateline, lang, url) == published
