"""Data pages (a day's scores, a forecast, a price board, a horoscope's or a TV guide's cards pointing
at pages of their own) are no articles; stories with tables, listicles and columns stay articles."""
from __future__ import annotations

import pytest

from newsspider.extract.article import extract_article
from newsspider.extract.pagetype import tabulates_only

SENTENCES = {
    "en": ["City won the derby with a goal in the last minute.", "The manager praised the young defenders after the match.",
           "The next game is on Saturday at home."],
    "ru": ["Зенит выиграл дерби благодаря голу на последней минуте.", "Тренер похвалил молодых защитников после матча.",
           "Следующая игра пройдёт в субботу дома."],
    "ar": ["فاز الأهلي في الديربي بهدف في الدقيقة الأخيرة.", "أشاد المدرب بالمدافعين الشباب بعد المباراة.",
           "تقام المباراة المقبلة يوم السبت على أرضه."],
    "zh": ["武汉队在比赛最后一分钟打进制胜球。", "主教练赛后称赞了年轻的后卫。", "下一场比赛将于周六在主场进行。"],
    "hi": ["लखनऊ ने आखिरी ओवर में मुकाबला जीत लिया।", "कप्तान ने मैच के बाद युवा गेंदबाजों की तारीफ की।",
           "अगला मैच शनिवार को घरेलू मैदान पर होगा।"],
}
NAMES = {"en": ["Leeds", "York", "Hull", "Derby"], "ru": ["Зенит", "Спартак", "Динамо", "Ростов"],
         "ar": ["الأهلي", "الزمالك", "الإسماعيلي", "المصري"], "zh": ["武汉", "上海", "北京", "广州"],
         "hi": ["लखनऊ", "कानपुर", "आगरा", "मेरठ"]}
DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "hi": "०१२३४५६७८९"}


def _digits(text: str, lang: str) -> str:
    table = DIGITS.get(lang)
    return "".join(table[int(c)] if table and c.isdigit() else c for c in text)


def page(lang: str, h1: str, main: str, head: str = "") -> str:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{h1}</title>"
            f"<meta property='og:type' content='website'>{head}</head><body><header><a href='/'>Site</a>"
            f"<nav><a href='/news/'>News</a> <a href='/sport/'>Sport</a></nav></header><main><h1>{h1}</h1>{main}</main>"
            f"<footer><p>© 2026 Site</p></footer></body></html>")


def scores(lang: str, rows: int = 12) -> str:
    names = NAMES[lang]
    return "<table>" + "".join(
        f"<tr><td>{_digits(f'{12 + n % 9}:30', lang)}</td><td>{names[n % 4]}</td>"
        f"<td>{_digits(f'{n % 4} – {n * 7 % 4}', lang)}</td><td>{names[(n + 1) % 4]}</td></tr>" for n in range(rows)) + "</table>"


def forecast(lang: str) -> str:
    return "<table>" + "".join(f"<tr><td>{_digits(f'{7 + n}. 12. 2026.', lang)}</td><td>☀</td>"
                               f"<td>{_digits(f'{10 + n}°', lang)}</td><td>{_digits(f'{n - 3}°', lang)}</td></tr>"
                               for n in range(7)) + "</table>"


def cards(lang: str, arrow: str = "»", count: int = 12, href: str = "/horoscope/{}") -> str:
    names, sentences = NAMES[lang], SENTENCES[lang]
    return "<div class='signs'>" + "".join(
        f"<div class='sign'><h3>{names[n % 4]} {n + 1}</h3><p>{sentences[n % 3]}</p><a href='{href.format(n)}'>{arrow}</a></div>"
        for n in range(count)) + "</div>"


def paragraphs(lang: str, count: int = 3) -> str:
    sentences = SENTENCES[lang]
    return "".join(f"<p>{sentences[n % 3]} {sentences[(n + 1) % 3]}</p>" for n in range(count))


URL = "https://site.example/x/page-1"


@pytest.mark.parametrize("lang", list(SENTENCES))
def test_a_page_of_scores_and_nothing_that_reads_is_no_article(lang):
    result = extract_article(page(lang, "Scores", scores(lang)), URL)
    assert result.article is None and result.reason == "data_page"


@pytest.mark.parametrize("lang", list(SENTENCES))
def test_a_forecast_table_whose_dates_end_with_a_dot_is_no_article(lang):
    """"7. 12. 2026." ends with a number's dot, no sentence's."""
    result = extract_article(page(lang, NAMES[lang][1], forecast(lang)), URL)
    assert result.article is None and result.reason == "data_page"


@pytest.mark.parametrize("lang", list(SENTENCES))
@pytest.mark.parametrize("arrow", ["»", "→", "♈"])
def test_a_grid_of_cards_each_pointing_at_its_own_page_with_an_arrow_is_no_article(lang, arrow):
    result = extract_article(page(lang, "♈ ♉ ♊ ♋", cards(lang, arrow)), URL)
    assert result.article is None and result.reason == "data_page"


@pytest.mark.parametrize("lang", list(SENTENCES))
@pytest.mark.parametrize("main", [
    lambda lang: paragraphs(lang, 3) + scores(lang, 6),                    # a match report over its results
    lambda lang: paragraphs(lang, 2) + forecast(lang),                     # a weather story with its forecast
    lambda lang: f"<p>{SENTENCES[lang][0]}</p>" + scores(lang),             # results under one sentence
    lambda lang: scores(lang) + f"<p><small>{SENTENCES[lang][1]}</small></p>",  # a table and its note
    lambda lang: "<table>" + "".join(f"<tr><td>{_digits(f'{8 + n}:00', lang)}</td><td>{SENTENCES[lang][n % 3]}</td></tr>"
                                     for n in range(6)) + "</table>",      # a timeline's events in sentences
    lambda lang: f"<div class='stats'>{scores(lang, 30)}</div><div class='story'>{paragraphs(lang, 3)}</div>",
    lambda lang: paragraphs(lang, 1) + cards(lang, "→", 10, "/places/{}"),  # a listicle's intro over its cards
    lambda lang: "".join(f"<div class='u'><h3>{NAMES[lang][n % 4]}</h3><p>{SENTENCES[lang][n % 3]}</p>"
                         f"<a href='/x/page-1/update-{n}'>#</a></div>" for n in range(8)),  # a live page's updates
    lambda lang: cards(lang, "→", 5, "https://source{}.example.org/a"),   # pointers to other sites' pages
])
def test_stories_with_tables_and_cards_stay_articles(lang, main):
    result = extract_article(page(lang, "Headline of the story", main(lang)), URL)
    assert result.article is not None, result.reason


@pytest.mark.parametrize("head", [
    "<meta name='author' content='Anna Smith'>",
    "<script type='application/ld+json'>{\"@type\": \"WebPage\", \"datePublished\": \"2026-12-07T09:00:00+01:00\"}</script>",
])
@pytest.mark.parametrize("main", [lambda: scores("en"), lambda: cards("en", "→", 10, "/places/{}")])
def test_a_bylined_or_dated_table_or_grid_stays_an_article(head, main):
    """A page naming its author is someone's writing; a dated grid of cards may be a story's list."""
    result = extract_article(page("en", "Ten places to see", main(), head), URL)
    assert result.article is not None, result.reason


def test_a_declared_article_holding_only_a_table_stays_one():
    html = page("en", "Results", scores("en")).replace("content='website'", "content='article'")
    assert extract_article(html, URL).article is not None


@pytest.mark.parametrize("lines, expected", [
    (["| 18:30 | Leeds | 2 – 1 | York |"] * 3, True),
    (["| 31. 5. 2026. | ☀ | 12° |"] * 3, True),
    (["Sport", "| 18:30 | Leeds | 2 – 1 | York |", "| 19:30 | Hull | 0 – 0 | Derby |"], False),  # two rows only
    (["| The council met on Monday. | It voted. |"] * 3, False),
    (["| 1 | 武汉队在比赛最后一分钟打进制胜球。 |"] * 3, False),
    (["City won the derby.", "| 18:30 | Leeds | 2 – 1 | York |", "| 1 | 2 |", "| 3 | 4 |"], False),
])
def test_tabulates_only_reads_rows_with_no_sentence_in_any_cell(lines, expected):
    assert tabulates_only(lines) is expected


def test_a_layout_table_framing_the_pages_own_headline_is_no_data():
    """An old site's (a forum's) layout table holds the page's headline and name in its cells: its frame, no
    data under it, whatever its post's text ends with."""
    lines = ["| Home | Cloud Town |", "| Forum | Log in |", "| bong effect finish never | Reply |",
             "| Posts: 3 | bong effect finish never bong effect finish never |"]
    assert tabulates_only(lines) is True
    assert tabulates_only(lines, title="bong effect finish never - Cloud Town") is False


# A poem's lines, or a notice's, end with no mark: set in a table of one column (a stanza or a line a row,
# an old site's layout), they are no data's rows.
POEM = {
    "en": ["The river runs grey tonight", "the lamps burn low along the quay", "my father walks here every winter",
           "and counts the boats that never come"],
    "ru": ["Река сегодня серая", "фонари горят низко у причала", "отец гуляет здесь каждой зимой",
           "и считает лодки что не придут"],
    "zh": ["今夜的河水是灰色的", "码头上的灯低低地亮着", "父亲每年冬天都在这里散步", "数着那些不会回来的船"],
    "hi": ["आज रात नदी धूसर है", "घाट पर दीये मद्धम जलते हैं", "मेरे पिता हर सर्दी यहाँ टहलते हैं",
           "और उन नावों को गिनते हैं जो नहीं आतीं"],
    "ar": ["النهر رمادي الليلة", "المصابيح تحترق خافتة على الرصيف", "أبي يمشي هنا كل شتاء", "ويعد القوارب التي لا تأتي"],
}


@pytest.mark.parametrize("lang", list(POEM))
@pytest.mark.parametrize("per_row", ["stanza", "line"])
def test_a_poem_set_in_a_table_of_one_column_stays_an_article(lang, per_row):
    lines = POEM[lang]
    if per_row == "stanza":
        rows = ["<br>".join(lines[n:] + lines[:n]) for n in range(4)]
    else:
        rows = lines + lines[::-1] + lines
    result = extract_article(page(lang, "River", "<table>" + "".join(f"<tr><td>{row}</td></tr>" for row in rows)
                                  + "</table>"), URL)
    assert result.article is not None, result.reason


@pytest.mark.parametrize("lines, expected", [
    (["| Montag, 7. 12. | ☀ | 12° |"] * 3, True),  # a date with its weekday ends with a number's dot
    (["| 12' | Der späte Kopfball von Sané bedeutete den Endstand von 2:1. |"] * 3, False),  # a sentence ends in a score
    (["| 12' | 补时阶段的头球将比分定格为2-1. |"] * 3, False),  # an ideograph is a word
    (["| The river runs grey tonight |", "| the lamps burn low along the quay |", "| my father walks here |"], False),
])
def test_tabulates_only_tells_a_sentence_ending_in_a_number_and_a_one_column_table(lines, expected):
    assert tabulates_only(lines) is expected
