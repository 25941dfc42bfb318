"""A short story's text holds no label the page prints outside the element holding its headline and
sentences (``without_outside_lines``): trafilatura reads the whole page where a story is short."""
import pytest

from newsspider.extract.article import extract_article, without_outside_lines
from newsspider.extract.elements import PageElements
from newsspider.extract.parse import parse_html

HEAD = ("<meta property='og:type' content='article'><script type='application/ld+json'>"
        "{\"@type\": \"NewsArticle\", \"datePublished\": \"2025-05-06T10:00:00+02:00\"}</script>")
# language: (headline, two sentences of a brief, an app's prompt, the site's tagline)
BRIEFS = {
    "en": ("Council approves new bridge", "The city council approved the new bridge on Monday.",
           "Work will start in spring and last two years.", "Download our free app", "Your independent local news"),
    "ru": ("Горсовет одобрил мост", "Городской совет в понедельник одобрил строительство нового моста.",
           "Работы начнутся весной и продлятся два года.", "Скачайте наше бесплатное приложение",
           "Ваша независимая городская газета"),
    "ar": ("المجلس البلدي يقر جسرا جديدا", "أقر المجلس البلدي يوم الاثنين بناء الجسر الجديد.",
           "وستبدأ الأشغال في الربيع وتستمر عامين.", "حمّل تطبيقنا المجاني", "صحيفتك المحلية المستقلة"),
    "ja": ("市議会、新しい橋の建設を承認", "市議会は月曜日、新しい橋の建設を承認した。", "工事は春に始まり、二年間続く見通しだ。",
           "無料アプリをダウンロード", "あなたの街の独立系新聞"),
    "hi": ("नगर परिषद ने नए पुल को मंजूरी दी", "नगर परिषद ने सोमवार को नए पुल के निर्माण को मंजूरी दी।",
           "काम वसंत में शुरू होगा और दो साल चलेगा।", "हमारा मुफ्त ऐप डाउनलोड करें", "आपका स्वतंत्र स्थानीय अखबार"),
}


def brief_page(lang: str, story: str, after: str = "") -> str:
    headline, *_ , app, tagline = BRIEFS[lang]
    return (f"<html lang='{lang}'><head><title>{headline}</title>{HEAD}</head><body>"
            "<header><a href='/'>Site</a><nav><a href='/a/'>A</a><a href='/b/'>B</a></nav></header><main>"
            f"<article class='post'><h1>{headline}</h1>{story}</article>{after}"
            f"<p class='app-promo'>{app}</p><p class='site-description'>{tagline}</p></main></body></html>")


def text_of(html: str) -> str:
    result = extract_article(html, "https://news.example/a/1.html")
    assert result.article is not None, result.reason
    return result.article.text


@pytest.mark.parametrize("lang", sorted(BRIEFS))
def test_a_briefs_text_holds_no_prompt_or_tagline_printed_outside_its_article(lang):
    _, first, second, app, tagline = BRIEFS[lang]
    text = text_of(brief_page(lang, f"<div class='entry'><p>{first} {second}</p></div>"))
    assert first in text and second in text
    assert app not in text and tagline not in text


@pytest.mark.parametrize("lang", sorted(BRIEFS))
def test_a_briefs_second_paragraph_in_a_sibling_box_stays(lang):
    _, first, second, app, _tagline = BRIEFS[lang]
    text = text_of(brief_page(lang, f"<div class='lead'><p>{first}</p></div><div class='more'><p>{second}</p></div>"))
    assert first in text and second in text
    assert app not in text


@pytest.mark.parametrize("lang", sorted(BRIEFS))
def test_a_sentence_set_after_the_article_closes_stays_and_widens_the_story(lang):
    """A story's last paragraph printed after its container (a template closing it early, the rest
    after an advertisement) is the story's: the container is then what holds it too."""
    _, first, second, _app, _tagline = BRIEFS[lang]
    text = text_of(brief_page(lang, f"<p>{first}</p>", after=f"<div class='ad'></div><p>{second}</p>"))
    assert first in text and second in text


def test_two_stories_under_their_own_headlines_have_no_one_container():
    """An infinite scroll: the next story's headline is an ``<h1>`` too; nothing below the body holds both."""
    html = ("<html><body><article><h1>Bridge approved</h1><p>The council approved the bridge on Monday.</p>"
            "</article><article><h1>Rain expected</h1><p>Forecasters expect heavy rain on Friday.</p>"
            "<p>Short label</p></article></body></html>")
    page = PageElements(parse_html(html))
    text = "The council approved the bridge on Monday.\nShort label"
    assert without_outside_lines(text, page) == text


def test_a_short_line_the_story_also_holds_stays():
    html = ("<html><body><article><h1>Bridge approved</h1><p>The council approved the bridge on Monday.</p>"
            "<p>Photo: City Hall</p></article><p>Photo: City Hall</p><p>Get our app</p></body></html>")
    page = PageElements(parse_html(html))
    text = "The council approved the bridge on Monday.\nPhoto: City Hall\nGet our app"
    assert without_outside_lines(text, page) == "The council approved the bridge on Monday.\nPhoto: City Hall"


def test_a_line_run_together_from_blocks_inside_and_outside_stays():
    """A reading that ran the page's blocks into one line is found whole nowhere: it stays."""
    html = ("<html><body><article><h1>Bridge approved</h1><p>The council approved the bridge on Monday.</p>"
            "<p>Vote 12</p></article><p>to 3</p></body></html>")
    page = PageElements(parse_html(html))
    text = "The council approved the bridge on Monday.\nVote 12 to 3"
    assert without_outside_lines(text, page) == text


def test_a_page_without_a_headline_element_keeps_its_text():
    html = ("<html><body><article><h3>Bridge approved</h3><p>The council approved the bridge on Monday.</p>"
            "</article><p>Get our app</p></body></html>")
    page = PageElements(parse_html(html))
    text = "The council approved the bridge on Monday.\nGet our app"
    assert without_outside_lines(text, page) == text


def test_an_index_page_with_one_intro_line_is_still_no_article():
    teasers = "".join(f"<article class='teaser'><h2><a href='/a/{n}.html'>Bridge story number {n}</a></h2>"
                      f"<p>The council approved bridge number {n} on Monday after a long debate.</p></article>"
                      for n in range(6))
    html = (f"<html><body><main><div class='section'><h1>Transport</h1><p class='intro'>All the news about transport."
            f"</p>{teasers}</div><p class='app-promo'>Download our free app</p></main></body></html>")
    assert extract_article(html, "https://news.example/transport/").article is None


# language: (a story's own lines without a sentence: a poem's, a scoreline's, an address's)
OWN_LINES = {
    "en": ["The river keeps its silver road", "past the mill and the old bridge", "and no one fishes now"],
    "ru": ["Река хранит свою серебряную дорогу", "мимо мельницы и старого моста", "и никто теперь не рыбачит"],
    "ja": ["川は銀の道を守る", "水車小屋と古い橋のそばで", "今は誰も釣らない"],
    "ar": ["النهر يحفظ طريقه الفضي", "قرب الطاحونة والجسر القديم", "ولا أحد يصطاد الآن"],
    "hi": ["Arsenal 2–1 Chelsea", "Saka 12', Havertz 55' – Palmer 80'", "Emirates Stadium, 60 112"],
}


@pytest.mark.parametrize("lang", sorted(OWN_LINES))
def test_a_storys_lines_without_a_sentence_after_its_head_of_headline_and_standfirst_stay(lang):
    """A template prints headline and standfirst in one box and the story's body in the next; a poem's,
    a scoreline's lines there hold no sentence, and are the story, not labels around it."""
    headline, first, second, *_ = BRIEFS[lang]
    own = OWN_LINES[lang][:2]
    story = "".join(f"<p>{line}</p>" for line in own)
    html = brief_page(lang, "").replace(
        f"<article class='post'><h1>{headline}</h1></article>",
        f"<article class='post'><div class='entry-header'><h1>{headline}</h1><p class='lead'>{first} {second}</p></div>"
        f"<div class='entry-content'>{story}</div></article>")
    text = text_of(html)
    assert first in text and second in text and all(line in text for line in own)


def test_a_storys_body_in_a_layout_of_boxes_stays():
    """No <article> or <main> marks the story (a framework's boxes): nothing tells a head box from the story."""
    html = ("<html><body><div id='root'><div class='hero'><h1>Poet wins city prize</h1><p>The poet Mary Collins won "
            "this year's city literature prize on Friday evening at a ceremony in the old town hall.</p></div>"
            "<div class='content'><p>The river keeps its silver road</p></div><div class='promo'><p>Get our app</p></div></div></body></html>")
    page = PageElements(parse_html(html))
    text = ("The poet Mary Collins won this year's city literature prize on Friday evening at a ceremony in the old "
            "town hall.\nThe river keeps its silver road\nGet our app")
    assert without_outside_lines(text, page) == text
