"""A separator at a title's edge that sets off nothing (a template's unfilled site name or headline:
"| Headline", wp_title()'s "» Headline" or "Headline » ") is the template's, not the headline's; quotation
marks, a dash opening speech, a rating's stars and a bar written as a click letter are the headline's own.
Small hand-written pages in several scripts."""
from __future__ import annotations

import pytest

from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html

BODY = "<main><article><p>" + "Text of the story. " * 30 + "</p></article></main>"
URL = "https://news.example/a/2024/05/10/story-1.html"


def title(head: str, body: str = BODY) -> str | None:
    return read_metadata(parse_html(f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"), URL).title


def shown(headline: str) -> str:
    return f"<main><article><h1>{headline}</h1>{BODY}</article></main>"


HEADLINES = [
    "Council approves new bridge over the river",
    "Городской совет одобрил строительство нового моста",
    "المجلس البلدي يوافق على بناء جسر جديد",
    "नगर परिषद ने नए पुल को मंजूरी दी",
    "市議会が新しい橋の建設を承認",
    "สภาเมืองอนุมัติสร้างสะพานใหม่",
]
EMPTY_PARTS = ["| {}", "{} |", "{} || ", "｜{}", "{}｜", "» {}", "{} »", "› {}"]


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize("shape", EMPTY_PARTS)
def test_a_separator_setting_off_an_empty_part_is_no_part_of_the_headline(headline, shape):
    # a bar closing a Hindi headline may be its full stop (a danda typed as "|") where no heading shows it
    closing_danda = headline[0] in "नगर" and shape.rstrip().endswith("|")
    assert title(f"<title>{shape.format(headline)}</title>") == (shape.format(headline).strip() if closing_danda else headline)
    assert title(f"<title>{shape.format(headline)}</title>", shown(headline)) == headline
    assert title(f'<meta property="og:title" content="{shape.format(headline)}"><title>{headline} | Site</title>',
                 shown(headline)) == headline


@pytest.mark.parametrize("headline", [
    "»Wir schaffen das«, sagt die Kanzlerin",          # German quotes open with »
    "»Vi klarer det«, siger ministeren",               # Danish
    "»Nej» säger statsministern",                      # Swedish closes with » too
    "Macron : « Nous sommes en guerre »",              # French closes with a spaced »
    "— Мы победим, — заявил президент",                # a dash opens speech
    "★★★★ Review: the year's best thriller",           # a rating
    "|Xam storytelling returns to the Karoo",           # a bar joined to a word writes a click
    "Budget 2024 | What changes for families",         # a bar inside the headline
    "Why the square root of x² is |x|",                 # a bar joined to a word is the word's
])
def test_a_headline_opening_or_closing_with_its_own_marks_keeps_them(headline):
    assert title(f"<title>{headline}</title>") == headline
    assert title(f'<meta property="og:title" content="{headline}"><title>{headline}</title>', shown(headline)) == headline


def test_a_bar_before_a_quoted_headline_goes_and_the_quotation_marks_stay():
    headline = "Macron : « Nous sommes en guerre »"
    assert title(f"<title>| {headline}</title>", shown(headline)) == headline


DANDA_HEADLINES = [  # the danda typed as a spaced bar closes the sentence: Hindi, Marathi, Nepali, Bengali, Punjabi, Odia
    "प्रधानमंत्री ने नए पुल का उद्घाटन किया |", "मुंबईत मुसळधार पावसामुळे वाहतूक ठप्प |",
    "काठमाडौंमा भारी वर्षा, जनजीवन अस्तव्यस्त |", "ঢাকায় ভারী বৃষ্টিতে জলাবদ্ধতা |",
    "ਪੰਜਾਬ ਵਿੱਚ ਭਾਰੀ ਮੀਂਹ ਦੀ ਚੇਤਾਵਨੀ |", "ଭୁବନେଶ୍ୱରରେ ପ୍ରବଳ ବର୍ଷା |",
]


@pytest.mark.parametrize("headline", DANDA_HEADLINES)
def test_a_bar_typed_as_a_danda_closing_an_indic_headline_stays(headline):
    assert title(f"<title>{headline}</title>") == headline
    assert title(f'<meta property="og:title" content="{headline}">') == headline
    assert title(f"<title>{headline}</title>", shown(headline)) == headline
    assert title(f'<meta property="og:title" content="{headline}"><title>{headline} - Site</title>', shown(headline)) == headline


@pytest.mark.parametrize("headline", DANDA_HEADLINES)
def test_a_bar_closing_an_indic_headline_goes_where_a_heading_shows_the_headline_without_it(headline):
    bare = headline.removesuffix(" |")
    assert title(f"<title>{headline}</title>", shown(bare)) == bare


@pytest.mark.parametrize("headline", [
    "|| श्री हनुमान चालीसा ||", "|| श्री गणेशाय नमः ||", "|| જય શ્રી કૃષ્ણ ||",  # verse marks typed as bars
    "| Bitcoin | Ethereum |",                                                # bars at both ends enclose it
])
def test_bars_at_both_ends_enclose_the_headline_and_stay(headline):
    assert title(f"<title>{headline}</title>") == headline
    assert title(f'<meta property="og:title" content="{headline}"><title>{headline}</title>', shown(headline)) == headline


@pytest.mark.parametrize("headline", [
    "Macron : \u201cNous sommes en guerre »",         # a French closing guillemet after an English opening mark
    "Merkel: \u201eWir schaffen das »",               # after a German low-9 opening mark
    'Le ministre : "On ne lâchera rien »',
])
def test_a_lone_closing_guillemet_after_another_opening_quotation_mark_is_the_headline_s_own(headline):
    assert title(f"<title>{headline}</title>") == headline
    assert title(f"<meta property='og:title' content='{headline}'>") == headline


def test_a_mark_a_heading_shows_with_the_headline_is_the_headline_s_own():
    headline = "| x | < 1: why the geometric series converges"
    assert title(f"<title>{headline}</title>", shown(headline)) == headline
