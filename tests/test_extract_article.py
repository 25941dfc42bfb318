import json
from datetime import datetime, timezone

import pytest
import trafilatura
import trafilatura.core
from trafilatura.settings import Extractor

from newsspider.dates import to_iso8601
from newsspider.extract.article import (
    READS_AS_ARTICLE,
    ExtractedArticle,
    ExtractOptions,
    element_tails,
    extract_article,
    pass_options,
    protect_joiners,
    sentence_share,
)
from newsspider.extract.parse import parse_html
from newsspider.urls import canonicalize_url, resolve_canonical

PARAGRAPHS = [
    "The city council voted on Tuesday to extend the tram line to the new northern district by 2027.",
    "The project, estimated at 120 million euros, will add six stations and a depot near the river.",
    "Residents had asked for a faster connection to the centre for more than a decade, the mayor said.",
    "Opposition members criticised the cost and asked for an independent audit before work begins.",
]


def page(body: str, head: str = "", lang: str = "en") -> str:
    return f"<html lang='{lang}'><head><title>Tram line extended</title>{head}</head><body>{body}</body></html>"


def extract_paragraphs(paragraphs: list[str], lang: str) -> ExtractedArticle:
    """Fields of a page whose <article> holds these paragraphs (short texts allowed)."""
    html = page("<article>" + "".join(f"<p>{t}</p>" for t in paragraphs) + "</article>", lang=lang)
    return extract_article(html, "https://x.org/a", options=ExtractOptions(min_text_chars=100)).article


def article_page(**kwargs) -> str:
    body = "<nav><a href='/'>Home</a></nav><article><h1>Tram line extended</h1>" + "".join(
        f"<p>{text}</p>" for text in PARAGRAPHS) + "</article><footer>Contact us</footer>"
    return page(body, **kwargs)


def test_article_fields_come_from_page_metadata_with_full_timestamps():
    head = ("<meta property='article:published_time' content='2024-03-05T08:30:00+01:00'>"
            "<meta property='article:modified_time' content='2024-03-05T12:00:00+01:00'>"
            "<meta name='author' content='Jane Doe'><meta property='og:image' content='https://x.org/a.jpg'>"
            "<meta name='description' content='The council voted.'>"
            "<link rel='canonical' href='https://x.org/tram-line-extended'>")
    result = extract_article(article_page(head=head), "https://x.org/tram-line-extended?utm_source=rss")
    fields = result.article
    assert result.reason is None and not result.article.via_jsonld
    assert fields.title == "Tram line extended"
    assert fields.published == "2024-03-05T08:30:00+01:00"
    assert fields.modified == "2024-03-05T12:00:00+01:00"
    assert fields.authors == ["Jane Doe"]
    assert fields.image == "https://x.org/a.jpg"
    assert fields.canonical == "https://x.org/tram-line-extended"
    assert fields.language == "en" and fields.direction == "ltr"
    for paragraph in PARAGRAPHS:
        assert paragraph in fields.text


def test_a_shown_headline_that_differs_from_the_declared_title_is_not_the_texts_first_line():
    # The article declares "Council extends tram line" (JSON-LD headline and og:title) and shows a
    # display variant: the shown headline is no sentence of the story either.
    declared = json.dumps({"@type": "NewsArticle", "headline": "Council extends tram line"})
    head = (f"<script type='application/ld+json'>{declared}</script>"
            "<meta property='og:title' content='Council extends tram line'>")
    body = ("<header><h1></h1></header><article><h1>Tram line extended to the north by 2027</h1>"
            + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</article>")
    fields = extract_article(page(body, head=head), "https://x.org/a").article
    assert fields.title == "Council extends tram line"
    assert fields.text.startswith(PARAGRAPHS[0]), fields.text[:80]
    # A first line that is no <h1> stays.
    lead = body.replace("<h1>Tram line extended to the north by 2027</h1>", "<p>Tram line extended to the north.</p>")
    assert extract_article(page(lead, head=head), "https://x.org/a").article.text.startswith("Tram line extended")


def test_modified_is_never_copied_from_published():
    head = "<meta property='article:published_time' content='2024-03-05T08:30:00+01:00'>"
    fields = extract_article(article_page(head=head), "https://x.org/a").article
    assert fields.published == "2024-03-05T08:30:00+01:00"
    assert fields.modified is None


def test_discovery_hints_fill_missing_metadata():
    hints = {"published": "2024-03-01T10:00:00+00:00", "title": "Feed title"}
    fields = extract_article(page("<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>"),
                             "https://x.org/a", hints).article
    assert fields.published == "2024-03-01T10:00:00+00:00"


def test_a_feed_date_after_the_fetch_is_not_the_publication_date():
    body = page("<article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>")
    fetched = datetime(2024, 3, 2, 12, 0, tzinfo=timezone.utc)
    hinted = extract_article(body, "https://x.org/a", {"published": "2024-03-09T10:00:00+00:00"}, now=fetched)
    assert hinted.article.published != "2024-03-09T10:00:00+00:00"
    kept = extract_article(body, "https://x.org/a", {"published": "2024-03-01T10:00:00+00:00"}, now=fetched)
    assert kept.article.published == "2024-03-01T10:00:00+00:00"


def test_script_rendered_page_falls_back_to_json_ld_article():
    data = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "X"}, {
        "@type": ["NewsArticle"], "headline": "Tram line extended", "articleBody": "\n".join(PARAGRAPHS),
        "datePublished": "2024-03-05T08:30:00+01:00", "dateModified": "2024-03-06T09:00:00+01:00",
        "author": [{"@type": "Person", "name": "Jane Doe"}], "inLanguage": "en-GB",
        "keywords": "transport, city"}]}
    html = page("<div id='app'></div><script>render()</script>",
                head=f"<script type='application/ld+json'>{json.dumps(data)}</script>")
    result = extract_article(html, "https://x.org/a")
    assert result.article.via_jsonld
    fields = result.article
    assert fields.text.splitlines() == PARAGRAPHS
    assert fields.title == "Tram line extended"
    assert fields.published == "2024-03-05T08:30:00+01:00"
    assert fields.modified == "2024-03-06T09:00:00+01:00"
    assert fields.authors == ["Jane Doe"]
    assert fields.tags == ["transport", "city"]


def test_broken_json_ld_does_not_break_extraction():
    html = article_page(head="<script type='application/ld+json'>{not json</script>")
    assert extract_article(html, "https://x.org/a").article is not None


def test_pages_that_are_not_articles_give_a_reason():
    assert extract_article("", "https://x.org/").reason == "empty_page"
    assert extract_article(page("<p>Nothing here.</p>"), "https://x.org/").reason == "too_little_text"
    assert extract_article("\x00\x01\x02\x89PNG" * 500, "https://x.org/").reason == "binary_content"
    listing = "<ul>" + "".join(f"<li><p><a href='/news/{n}'>Headline number {n} about the city</a></p></li>"
                               for n in range(30)) + "</ul>"
    assert extract_article(page(listing), "https://x.org/news/").reason in {"index_page", "too_little_text"}


def test_short_lines_that_link_nowhere_are_a_texts_own_and_emitted():
    """A poem, lyrics or an agenda: short lines without a sentence's end, none of them a link to
    another page, are no tag page's headlines (the same lines linked are: the test above)."""
    lines = "".join(f"<li><p>Headline number {n} about the city</p></li>" for n in range(30))
    result = extract_article(page(f"<ul>{lines}</ul>"), "https://x.org/news/")
    assert result.article is not None, result.reason
    assert "Headline number 29 about the city" in result.article.text


def test_arabic_page_with_wrong_html_lang_is_detected_as_arabic_rtl():
    text = ["قال مسؤولون أمنيون إن عدة صواريخ أطلقت اليوم الخميس على قاعدة تستضيف قوات من التحالف.",
            "وأضاف المسؤولون أن الهجوم لم يسفر عن إصابات أو أضرار في القاعدة بحسب التقارير الأولية.",
            "ولم تتبن أي جهة المسؤولية عن الهجوم حتى الآن بحسب ما أفادت مصادر أمنية عراقية."]
    fields = extract_paragraphs(text, lang="en")
    assert fields.language == "ar" and fields.direction == "rtl"


def test_canonical_url_drops_tracking_parameters_and_fragment():
    assert canonicalize_url("HTTPS://Example.org:443/a?utm_source=x&id=7&fbclid=1#top") == "https://example.org/a?id=7"
    assert resolve_canonical("https://x.org/a?utm_medium=rss", "/b") == "https://x.org/b"
    assert resolve_canonical("https://x.org/a", "javascript:void(0)") == "https://x.org/a"


def test_a_canonical_naming_the_home_page_is_not_an_articles_canonical():
    """Templates that declare the site's root as every page's canonical made all its articles one."""
    assert resolve_canonical("https://x.org/news/2026/story?utm_source=rss", "https://x.org/") == "https://x.org/news/2026/story"
    assert resolve_canonical("https://x.org/news/story", "/index.php") == "https://x.org/news/story"
    assert resolve_canonical("https://x.org/news/story", "https://www.x.org") == "https://x.org/news/story"
    assert resolve_canonical("https://x.org/", "https://www.x.org/") == "https://www.x.org/"  # a home page's own
    assert resolve_canonical("https://x.org/story", "/?p=123") == "https://x.org/?p=123"  # WordPress's plain links
    assert resolve_canonical("https://x.org/amp/story", "/story") == "https://x.org/story"


def test_dates_normalise_to_iso_8601_with_offset():
    assert to_iso8601("2024-01-19") == "2024-01-19T00:00:00+00:00"
    assert to_iso8601("2024-01-19T10:00:00Z") == "2024-01-19T10:00:00+00:00"
    assert to_iso8601("2024-01-19T10:00:00+0300") == "2024-01-19T10:00:00+03:00"
    assert to_iso8601("Fri, 19 Jan 2024 10:00:00 GMT") == "2024-01-19T10:00:00+00:00"
    assert to_iso8601("yesterday") is None and to_iso8601(None) is None


def test_zero_width_joiners_survive_extraction_in_persian_text():
    text = ["شورای شهر روز سه‌شنبه طرح تازه‌ای برای گسترش خطوط مترو و کاهش آلودگی هوا تصویب کرد.",
            "به گفته شهردار، ساخت این خط جدید حدود چهار سال طول می&zwnj;کشد و دوازده ایستگاه خواهد داشت.",
            "شهروندان از ترافیک سنگین در ساعات اوج رفت‌وآمد گلایه دارند و خواستار حمل‌ونقل عمومی بهترند."]
    fields = extract_paragraphs(text, lang="fa")
    assert "سه\u200cشنبه" in fields.text and "می\u200cکشد" in fields.text
    assert "\u2e3b" not in fields.text


def test_zero_width_spaces_and_bidi_marks_survive_extraction():
    text = ["Опитування показало, що явка становитиме від 30 до 43 відсотків, повідомив ​​інститут у понеділок.",
            "За даними центру, ‏ще&rlm; дві партії закликали бойкотувати референдум через його формулювання.",
            "Результати голосування мають оголосити у вівторок увечері після підрахунку всіх бюлетенів."]
    fields = extract_paragraphs(text, lang="uk")
    assert "повідомив \u200b\u200bінститут" in fields.text
    assert "\u200fще\u200f дві" in fields.text


def test_an_entity_name_with_a_non_ascii_letter_that_folds_to_ascii_is_no_joiner_and_no_crash():
    # Unicode case folding matches the long s "ſ" to "s": "&zwſp;" is not an HTML entity.
    html = "<html><body><p>a&zwſp;b &ZWNJ; c</p></body></html>"
    assert protect_joiners(html) == "<html><body><p>a&zwſp;b \u2e3b\u2e3aN c</p></body></html>"


def test_letters_a_page_spells_decomposed_come_out_composed_in_text_and_title():
    decomposed = "gepru\u0308ft"  # "u" and a combining diaeresis: the same word as "geprüft"
    text = [f"Besonders bei Babyschalen sollte {decomposed} werden, ob die Sitze sicher befestigt sind.",
            "Der Test umfasste dreißig Modelle aus allen Klassen, von der Babyschale bis zur Sitzerhöhung.",
            "Die Ergebnisse zeigen deutliche Unterschiede bei der Handhabung und beim Seitenaufprall."]
    html = (f"<html lang='de'><head><title>Kindersitze {decomposed}</title></head><body><article>"
            + "".join(f"<p>{t}</p>" for t in text) + "</article></body></html>")
    fields = extract_article(html, "https://x.org/a", options=ExtractOptions(min_text_chars=100)).article
    assert "sollte geprüft werden" in fields.text and "\u0308" not in fields.text
    assert fields.title == "Kindersitze geprüft"


def test_teasers_around_the_article_stay_out_and_inner_paragraphs_stay_in():
    teasers = "".join(f"<li><a href='/n/{n}'>Other story number {n} about something else</a></li>" for n in range(6))
    body = ("<article><h1>Tram line extended</h1>" + "".join(f"<p>{t}</p>" for t in PARAGRAPHS[:2])
            + "<p>Work starts in May.</p>" + "".join(f"<p>{t}</p>" for t in PARAGRAPHS[2:]) + "</article>"
            + f"<aside><h3>Most read</h3><ul>{teasers}</ul></aside>")
    fields = extract_article(page(body), "https://x.org/a").article
    for paragraph in PARAGRAPHS:
        assert paragraph in fields.text
    assert "Other story number" not in fields.text


def test_a_failing_trafilatura_pass_is_a_reason_not_an_exception(monkeypatch):
    import newsspider.extract.article as article

    def broken(*args, **kwargs):
        raise ValueError("trafilatura bug")

    monkeypatch.setattr(article.trafilatura, "bare_extraction", broken)
    result = extract_article(article_page(), "https://x.org/a")
    assert result.article is None and result.reason == "too_little_text"


def test_unknown_second_pass_mode_is_a_configuration_error():
    import pytest

    with pytest.raises(ValueError, match="NEWSSPIDER_EXTRACT_SECOND_PASS"):
        ExtractOptions(second_pass="sometimes")


def _passes(monkeypatch, first: str, precise: str) -> list[bool]:
    """Replace the trafilatura passes by canned texts; returns the precision flag of each call."""
    import newsspider.extract.article as article

    calls: list[bool] = []

    def fake(tree, url, *, precision, fast):
        calls.append(precision)
        return precise if precision else first

    monkeypatch.setattr(article, "trafilatura_text", fake)
    return calls


MENU = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Weather", "Contact"]) + "\n" + PARAGRAPHS[0]


def test_auto_second_pass_skips_pages_whose_text_reads_as_an_article(monkeypatch):
    calls = _passes(monkeypatch, "\n".join(PARAGRAPHS), "unused")
    fields = extract_article(article_page(), "https://x.org/a").article
    assert calls == [False] and fields.text == "\n".join(PARAGRAPHS)


def test_auto_second_pass_lets_precision_mode_replace_a_menu_dump(monkeypatch):
    calls = _passes(monkeypatch, MENU * 3, "\n".join(PARAGRAPHS))
    fields = extract_article(article_page(), "https://x.org/a").article
    assert calls == [False, True] and fields.text == "\n".join(PARAGRAPHS)


def _story_page(*extra: str, inside: str = "") -> str:
    """An article whose <article> holds the headline, the paragraphs, ``extra`` paragraphs of chrome
    and the elements ``inside``."""
    return page("<nav><a href='/'>Home</a></nav><article><h1>Tram line extended</h1>"
                + "".join(f"<p>{text}</p>" for text in (*PARAGRAPHS, *extra)) + inside
                + "</article><footer>Contact us</footer>")


def test_auto_second_pass_skips_a_text_made_of_the_story_paragraphs_and_headline(monkeypatch):
    """Lines that read as no sentence but are the story block's own paragraphs (a label, a share
    prompt): nothing outside the story for precision mode to cut; they are the cleaner's."""
    chrome = ["Latest news", "Share on Facebook", "Read also: <a href='/b'>Bridge reopens</a>"]
    first = "\n".join(["Tram line extended", "Latest news", *PARAGRAPHS, "Share on Facebook",
                       "Read also: Bridge reopens"])
    calls = _passes(monkeypatch, first, "\n".join(PARAGRAPHS))
    assert extract_article(_story_page(*chrome), "https://x.org/a").article is not None
    assert calls == [False]


def test_auto_second_pass_skips_a_text_whose_other_line_is_a_players_fallback_in_the_story(monkeypatch):
    """The text a player in the story shows where the browser plays nothing is the cleaner's too."""
    player = "<div class='video-player'><video src='/v.mp4'></video><div>Your browser does not play video</div></div>"
    first = "\n".join(["Tram line extended", "Latest news", *PARAGRAPHS, "Share on Facebook",
                       "Your browser does not play video"])
    calls = _passes(monkeypatch, first, "\n".join(PARAGRAPHS))
    extract_article(_story_page("Latest news", "Share on Facebook", inside=player), "https://x.org/a")
    assert calls == [False]


@pytest.mark.parametrize("line", ["Contact us", "Bridge reopens"])
def test_auto_second_pass_reads_a_text_with_lines_from_outside_the_story_or_a_link_of_its_own(monkeypatch, line):
    """A line from outside the story block (the footer), or a paragraph that is all one link's text
    (another story's title): precision mode judges."""
    first = "\n".join(["Tram line extended", "Latest news", *PARAGRAPHS, "Share on Facebook", line])
    calls = _passes(monkeypatch, first, "\n".join(PARAGRAPHS))
    extract_article(_story_page("Latest news", "Share on Facebook", "<a href='/b'>Bridge reopens</a>"), "https://x.org/a")
    assert calls == [False, True]


def _sections_page(header: str = "") -> str:
    """An article whose story block holds its paragraphs and a subheading, under a header holding
    the headline and ``header``."""
    return page("<nav><a href='/'>Home</a></nav><article><header><h1>Tram line extended</h1>" + header
                + "</header><div class='body'>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2])
                + "<h2>Several stops added on the northern branch of the line</h2>"
                + "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:]) + "</div></article><footer>Contact us</footer>")


def test_auto_second_pass_skips_a_text_whose_other_lines_are_the_storys_subheadings(monkeypatch):
    """A subheading among the story's paragraphs ends in no stop but is the story's own: nothing
    outside the story for precision mode to cut."""
    subheading = "Several stops added on the northern branch of the line"
    first = "\n".join(["Tram line extended", *PARAGRAPHS[:2], subheading, *PARAGRAPHS[2:]])
    assert sentence_share(first) < READS_AS_ARTICLE  # not read as an article by its sentences alone
    calls = _passes(monkeypatch, first, "\n".join(PARAGRAPHS))
    fields = extract_article(_sections_page(), "https://x.org/a").article
    assert calls == [False] and subheading in fields.text


def test_auto_second_pass_reads_a_text_holding_a_subtitle_set_as_a_heading(monkeypatch):
    """A subtitle set as a heading under the headline is no paragraph of the story block: precision
    mode judges (a dek the benchmark's gold leaves out)."""
    first = "\n".join(["Tram line extended", "Fifty workers on the site since Monday", *PARAGRAPHS[:2],
                       "Several stops added on the northern branch of the line", *PARAGRAPHS[2:]])
    calls = _passes(monkeypatch, first, "\n".join(PARAGRAPHS))
    extract_article(_sections_page("<h2>Fifty workers on the site since Monday</h2>"), "https://x.org/a")
    assert calls == [False, True]


def test_auto_second_pass_reads_a_text_holding_a_linked_heading_in_the_story(monkeypatch):
    """A heading that shows a link is a teaser's title, another story's: precision mode judges."""
    html = page("<article><h1>Tram line extended</h1><div class='body'>"
                + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
                + "<h3>Several stops added</h3><h3><a href='/b'>Bridge reopens after two years of repair works in the old town</a></h3>"
                + "</div></article>")
    first = "\n".join(["Tram line extended", *PARAGRAPHS, "Several stops added",
                       "Bridge reopens after two years of repair works in the old town"])
    calls = _passes(monkeypatch, first, "\n".join(PARAGRAPHS))
    extract_article(html, "https://x.org/a")
    assert calls == [False, True]


def _set_apart_page(paragraph_markup: str) -> str:
    """A story block of three paragraphs, an unlinked "Comments" heading and two paragraphs set
    apart by ``paragraph_markup``."""
    return page("<article><h1>Tram line extended</h1><div class='body'>" + "".join(f"<p>{t}</p>" for t in PARAGRAPHS[:3])
                + f"<h3>Comments</h3><p {paragraph_markup}>12 comments</p>"
                + f"<p {paragraph_markup}>Log in to join the conversation</p></div></article>")


@pytest.mark.parametrize("markup", ["class='link'", "class='comments-bottom'", "id='bottom-box'"])
def test_auto_second_pass_reads_a_text_holding_story_paragraphs_named_as_set_apart(monkeypatch, markup):
    """A paragraph of the story block named as set apart (the class token ``link``, a class or id
    starting or ending with ``bottom``: what precision mode discards by name) is no line of the
    story's, under an unlinked heading too: precision mode judges."""
    first = "\n".join(["Tram line extended", *PARAGRAPHS[:3], "Comments", "12 comments", "Log in to join the conversation"])
    calls = _passes(monkeypatch, first, "\n".join(PARAGRAPHS[:3]))
    extract_article(_set_apart_page(markup), "https://x.org/a")
    assert calls == [False, True]


@pytest.mark.parametrize("markup", ["style='box-sizing: border-box; margin: 0'", "class='permalink-note'",
                                    "class='margin-bottomless'"])
def test_auto_second_pass_skips_a_text_of_story_paragraphs_not_named_as_set_apart(monkeypatch, markup):
    """A story's own paragraphs pasted with "box-sizing: border-box" (precision mode's border test
    matches it) or with a class only holding "link" or "bottom" inside a token stay the story's."""
    html = page("<article><h1>Tram line extended</h1><div class='body'>"
                + "".join(f"<p {markup}>{t}</p>" for t in PARAGRAPHS) + "<h3>Several stops added</h3></div></article>")
    first = "\n".join(["Tram line extended", *PARAGRAPHS, "Several stops added"])
    calls = _passes(monkeypatch, first, "\n".join(PARAGRAPHS))
    extract_article(html, "https://x.org/a")
    assert calls == [False]


def test_comment_prompt_set_apart_under_an_unlinked_heading_is_cut():
    """End to end: the comment count and prompt set apart by a ``link`` class, under an unlinked
    "Comments" heading in the story block, are cut with their heading; the story stays whole."""
    text = extract_article(_set_apart_page("class='link'"), "https://x.org/a").article.text
    assert "Comments" not in text and "Log in" not in text
    assert all(paragraph in text for paragraph in PARAGRAPHS[:3])


def test_precision_text_equal_to_the_first_is_kept_without_the_repairs(monkeypatch):
    """Where precision mode keeps the first pass's text whole (about half the pages it reads),
    there is nothing it cut to give back nor two texts to choose between: the repairs, which
    search the page's tree, are not run, and the text is the first pass's."""
    import newsspider.extract.article as article

    _passes(monkeypatch, MENU * 3, MENU * 3)

    def not_run(*args, **kwargs):
        raise AssertionError("a repair ran on a text precision mode kept whole")

    for repair in ("with_loose_text", "with_inner_prose", "with_standfirst", "with_unlinked_headings",
                   "with_closing_sections", "_agreement"):
        monkeypatch.setattr(article, repair, not_run)
    assert extract_article(article_page(), "https://x.org/a", options=ExtractOptions(second_pass="always")
                           ).article.text.endswith(PARAGRAPHS[0])


def test_precision_text_that_lost_most_of_the_article_is_not_trusted(monkeypatch):
    first = "\n".join(PARAGRAPHS * 3) + "\nRead more\nShare"
    _passes(monkeypatch, first, PARAGRAPHS[0][:40])
    for mode, expected in (("always", first), ("never", first)):
        assert extract_article(article_page(), "https://x.org/a", options=ExtractOptions(second_pass=mode)
                               ).article.text == expected


def test_never_mode_runs_one_pass_and_always_mode_two(monkeypatch):
    calls = _passes(monkeypatch, "\n".join(PARAGRAPHS), "\n".join(PARAGRAPHS[:3]))
    extract_article(article_page(), "https://x.org/a", options=ExtractOptions(second_pass="never"))
    assert calls == [False]
    calls.clear()
    fields = extract_article(article_page(), "https://x.org/a", options=ExtractOptions(second_pass="always")).article
    assert calls == [False, True] and fields.text == "\n".join(PARAGRAPHS[:3])


def test_title_drops_the_site_name_and_authors_drop_the_byline_word():
    head = ("<meta property='og:title' content='Tram line extended | Valley Gazette'>"
            "<meta property='og:site_name' content='Valley Gazette'><meta name='author' content='By Jane Doe'>")
    fields = extract_article(article_page(head=head), "https://x.org/a").article
    assert fields.title == "Tram line extended"
    assert fields.authors == ["Jane Doe"]


def test_repeated_tag_metas_become_a_list_and_json_ld_entities_are_decoded():
    data = {"@type": "NewsArticle", "headline": "Tram line &#8216;extended&#8217;"}
    head = ("<meta property='article:tag' content='transport'><meta property='article:tag' content='city'>"
            f"<script type='application/ld+json'>{json.dumps(data)}</script>")
    html = article_page(head=head).replace("<h1>Tram line extended</h1>", "<h1>Tram line \u2018extended\u2019</h1>")
    fields = extract_article(html, "https://x.org/a").article
    assert fields.tags == ["transport", "city"]
    assert fields.title == "Tram line \u2018extended\u2019"


def test_front_page_whose_text_is_its_one_teaser_is_an_index_page():
    summary = " ".join(PARAGRAPHS)
    body = ("<main><h1>Home</h1><article class='teaser'><h2><a href='/n/1'>Tram line extended</a></h2>"
            f"<p>{summary}</p></article></main>")
    result = extract_article(page(body, head="<meta property='og:type' content='website'>"), "https://x.org/")
    assert result.reason == "index_page"


def test_precision_mode_uses_trafilatura_fallbacks_only_when_its_fast_run_lost_the_article(monkeypatch):
    import newsspider.extract.article as article

    calls: list[tuple[bool, bool]] = []

    def fake(tree, url, *, precision, fast):
        calls.append((precision, fast))
        if not precision:
            return MENU * 3
        return "\n".join(PARAGRAPHS) if not fast else ""

    monkeypatch.setattr(article, "trafilatura_text", fake)
    fields = extract_article(article_page(), "https://x.org/a").article
    assert calls == [(False, True), (True, True), (True, False)]
    assert fields.text == "\n".join(PARAGRAPHS)


def test_a_fast_pass_that_returns_a_lead_of_a_long_page_gets_a_second_look(monkeypatch):
    import newsspider.extract.article as article

    calls: list[tuple[bool, bool]] = []

    def fake(tree, url, *, precision, fast):
        calls.append((precision, fast))
        return PARAGRAPHS[0] if fast else "\n".join(PARAGRAPHS * 3)

    monkeypatch.setattr(article, "trafilatura_text", fake)
    body = "<article><h1>Tram line extended</h1>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS * 3) + "</article>"
    fields = extract_article(page(body), "https://x.org/a").article
    assert (False, False) in calls and fields.text == "\n".join(PARAGRAPHS * 3)


def test_a_fast_pass_that_keeps_most_of_the_page_gets_no_full_pass(monkeypatch):
    import newsspider.extract.article as article

    calls: list[tuple[bool, bool]] = []

    def fake(tree, url, *, precision, fast):
        calls.append((precision, fast))
        return "\n".join(PARAGRAPHS)

    monkeypatch.setattr(article, "trafilatura_text", fake)
    extract_article(article_page(), "https://x.org/a")
    assert calls == [(False, True)]


# The same short story in several languages: four paragraphs of running text.
STORIES = {
    "en": PARAGRAPHS,
    "de": ["Der Stadtrat hat am Dienstag beschlossen, die Straßenbahn bis 2027 in den neuen Norden zu verlängern.",
           "Das Projekt kostet rund 120 Millionen Euro und bringt sechs neue Haltestellen und ein Depot am Fluss.",
           "Anwohner hatten seit mehr als zehn Jahren eine schnellere Verbindung ins Zentrum gefordert, sagte der Bürgermeister.",
           "Die Opposition kritisierte die Kosten und verlangte vor Baubeginn eine unabhängige Prüfung."],
    "pl": ["Rada miasta zdecydowała we wtorek o przedłużeniu linii tramwajowej do nowej dzielnicy północnej do 2027 roku.",
           "Projekt o wartości 120 milionów euro obejmuje sześć przystanków i zajezdnię nad rzeką.",
           "Mieszkańcy od ponad dziesięciu lat domagali się szybszego połączenia z centrum, powiedział burmistrz.",
           "Opozycja skrytykowała koszty i zażądała niezależnego audytu przed rozpoczęciem prac."],
    "es": ["El ayuntamiento aprobó el martes ampliar la línea de tranvía hasta el nuevo distrito norte en 2027.",
           "El proyecto, de unos 120 millones de euros, añadirá seis paradas y unas cocheras junto al río.",
           "Los vecinos llevaban más de una década pidiendo una conexión más rápida con el centro, dijo el alcalde.",
           "La oposición criticó el coste y pidió una auditoría independiente antes del inicio de las obras."],
}


ARTICLE_TYPE = "<meta property='og:type' content='article'>"


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_an_articles_text_kept_much_shorter_than_the_page_holds_gets_the_default_passs_reading(monkeypatch, lang):
    """Precision mode took the story's first two paragraphs for all of it (less than an article's
    minimum, less than half of the story's block of paragraphs): trafilatura's default pass reads the
    page again, and its longer reading is the text, not a page dropped as too little text."""
    import newsspider.extract.article as article

    story = STORIES[lang]
    calls: list[tuple[bool, bool]] = []

    def fake(tree, url, *, precision, fast):
        calls.append((precision, fast))
        if precision:
            return "\n".join(story[:2])
        return MENU * 3 if fast else "\n".join(story)

    monkeypatch.setattr(article, "trafilatura_text", fake)
    body = "<nav><a href='/'>Home</a></nav><article><h1>Tram</h1>" + "".join(f"<p>{t}</p>" for t in story) + "</article>"
    result = extract_article(page(body, head=ARTICLE_TYPE, lang=lang), "https://x.org/a")
    assert result.reason is None and result.article.text == "\n".join(story)
    assert calls.count((False, False)) == 1
    # a page that says nothing of itself: its short reading stands (a front page's default
    # reading is its teasers run together)
    calls.clear()
    result = extract_article(page(body, lang=lang), "https://x.org/a")
    assert (False, False) not in calls
    assert result.article is None or result.article.text == "\n".join(story[:2])


def test_the_default_passs_reading_of_a_short_text_runs_once_and_is_kept_only_when_longer(monkeypatch):
    """A fast pass that came out short already had the default pass's reading: it is not read again.
    A default pass that keeps no more than the text leaves the text as it is."""
    import newsspider.extract.article as article

    calls: list[tuple[bool, bool]] = []

    def fake(tree, url, *, precision, fast):
        calls.append((precision, fast))
        return PARAGRAPHS[0] if fast else PARAGRAPHS[0][:50]

    monkeypatch.setattr(article, "trafilatura_text", fake)
    body = "<article><h1>Tram line extended</h1>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS * 3) + "</article>"
    result = extract_article(page(body, head=ARTICLE_TYPE), "https://x.org/a", options=ExtractOptions(min_text_chars=50))
    assert calls.count((False, False)) == 1
    assert result.article.text == PARAGRAPHS[0]


def test_trafilatura_pass_options_bound_dates_by_today_in_a_process_that_outlives_a_day(monkeypatch):
    pass_options("https://x.org/a", precision=False, fast=True)  # the template is built "yesterday"

    class Tomorrow(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2099, 1, 2, 12, 0, tzinfo=timezone.utc)

    monkeypatch.setattr(trafilatura.settings, "datetime", Tomorrow)
    assert pass_options("https://x.org/a", precision=False, fast=True).date_params["max_date"] == "2099-01-02"


@pytest.mark.parametrize("precision", [False, True])
@pytest.mark.parametrize("fast", [False, True])
def test_trafilatura_pass_options_are_those_its_keywords_build(monkeypatch, precision, fast):
    """The options each pass reuses are what bare_extraction builds from the pass's keywords."""
    built: list[Extractor] = []

    class Recorded(Extractor):
        __slots__ = ()

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            built.append(self)

    monkeypatch.setattr(trafilatura.core, "Extractor", Recorded)
    url = "https://x.org/tram-line-extended"
    trafilatura.bare_extraction(parse_html(article_page()), url=url, fast=fast, favor_precision=precision,
                                include_comments=False, include_tables=True, deduplicate=False, with_metadata=False)
    reused = pass_options(url, precision=precision, fast=fast)
    assert built and {slot: getattr(built[0], slot) for slot in Extractor.__slots__} == {
        slot: getattr(reused, slot) for slot in Extractor.__slots__}



@pytest.mark.parametrize("text", ["", "short", "x" * 30, "x" * 300, "漢字" * 40, "漢字 and Latin. " * 30, "한국어 " * 50])
def test_size_checks_that_skip_reading_a_long_text_decide_as_reading_it_would(text):
    from newsspider.extract.article import (
        MIN_PRECISE_SHARE,
        _shorter_than,
        _trust_precise,
        prose_size,
        sentence_share,
        text_size,
    )

    for size in (0, 1, 100, 150, 200.5, 250, 1000):
        assert _shorter_than(text, size) == (text_size(text) < size)
    for balanced in ("", "y" * 50, "y" * 500, "漢" * 500, "漢" * 80, "漢" * 100, "漢字 and Latin. " * 90):
        lost_most = 2 * text_size(text) < text_size(balanced) and 2 * prose_size(text) < prose_size(balanced)
        read = bool(text) and ((text_size(text) >= MIN_PRECISE_SHARE * text_size(balanced) and not lost_most)
                               or sentence_share(text) - sentence_share(balanced) >= 0.5)
        assert _trust_precise(balanced, text) == read


def test_precision_mode_that_drops_most_of_a_live_blogs_entries_is_not_trusted():
    """A live blog's entries are prose ending in a score, not in a full stop: precision mode kept a
    third of them (an NDTV blog: 4,586 of 12,282 characters); a precise text that dropped a menu
    around the story is trusted however much it dropped."""
    from newsspider.extract.article import _trust_precise, holds_sentence

    entries = [f"20:{i:02d} (IST) Live Score: OUT! Another peach from the bowler. The ball swung in.SL {i}/4 ({i}.1)"
               for i in range(30)]
    assert all(holds_sentence(entry) for entry in entries)
    assert not _trust_precise("\n".join(entries), "\n".join(entries[:10]))
    assert _trust_precise("\n".join(entries), "\n".join(entries[:20]))
    menu = [f"Section {i}" for i in range(60)]
    assert _trust_precise("\n".join(menu + entries[:10]), "\n".join(entries[:10]))
    assert not holds_sentence("Rezepte der Woche") and not holds_sentence("Score 3.5 wins")
    assert holds_sentence("中文句子。另一个句子") and holds_sentence("One sentence. Then a score 3/4")


def test_a_headline_loses_soft_hyphens_and_edge_zero_width_spaces_but_keeps_joiners():
    head = "<meta property='og:title' content='Bundes&shy;tag beschließt Gesetz&#8203;'>"
    result = extract_article(article_page(head=head).replace("Tram line extended", "Bundes&shy;tag beschließt Gesetz"),
                             "https://x.org/a")
    assert result.article.title == "Bundestag beschließt Gesetz"
    persian = "<meta property='og:title' content='می\u200cخواهد'>"
    result = extract_article(article_page(head=persian).replace("Tram line extended", "می\u200cخواهد"), "https://x.org/a")
    assert result.article.title == "می\u200cخواهد"


def test_short_chinese_article_keeps_its_paragraphs_not_the_flattened_page():
    """trafilatura rescues a text under 250 characters by flattening the whole page into one line
    (headline and date line included); a short Chinese article is that short, and its copies are
    then not found by their opening or paragraphs."""
    paragraphs = ["周五一名男子在东贝尔法斯特一家餐厅被刺伤，45岁的贝尔法斯特面临蓄意谋杀指控。",
                  "警察透露，事故发生在Ballyhackamore。", "被告人应在周一贝尔法斯特地方法院开庭之前现身。",
                  "公诉机关将对这起指控进行审查。"]
    page = ("<html lang='zh'><head><meta charset='utf-8'><title>贝尔法斯特面临餐厅内持刀杀人未遂指控</title>"
            "<meta property='article:published_time' content='2019-09-10T20:39:00+00:00'></head><body>"
            "<main><article><h1>贝尔法斯特面临餐厅内持刀杀人未遂指控</h1>"
            "<p class='date'><time datetime='2019-09-10T20:39:00+00:00'>2019-09-10T20:39:00+00:00</time></p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></main></body></html>")
    text = extract_article(page, "https://example.cn/news/1.html").article.text
    assert "2019-09-10T20:39:00" not in text
    assert text.splitlines()[-len(paragraphs):] == paragraphs


def test_a_heading_of_a_kicker_and_the_headline_is_not_the_texts_first_line():
    # The page shows its headline with a kicker in one <h2> ("Kicker:Headline" run into one line),
    # worded apart from the declared title.
    head = "<meta property='og:title' content='Council extends tram line to the north'>"
    body = ("<article><h2><span>Public transport</span><span>:</span><span>Council extends the tram line north"
            "</span></h2>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</article>")
    fields = extract_article(page(body, head=head), "https://x.org/a").article
    assert "Public transport" not in fields.text, fields.text[:120]
    assert fields.text.rstrip().endswith(PARAGRAPHS[-1])
    # A subheading of one element stays, and so does a kicker heading of another story's words.
    other = body.replace("Council extends the tram line north", "Ferry prices rise again in summer")
    assert "Public transport" in extract_article(page(other, head=head), "https://x.org/a").article.text


SECTIONS = [
    "The tour starts at the footbridge on the right bank. It heads for the old town, whose domes rise above the river.",
    "Cycling in the pedestrian zone is allowed. A pause at the market is worth it before the ride goes on to the lake.",
    "The last leg follows the canal. Its water and the old willows on the bank make the way back a quiet one.",
]


def _sectioned_page(sections: list[str]) -> str:
    """A story written as text between ``<br>`` and links in one site-builder module per section (no ``<p>``)."""
    modules = "".join(f"<div class='module'><div class='text'><h2>Part {n}</h2><br>{text}<br><br>"
                      f"<a href='/more'>More</a> {text}</div></div>" for n, text in enumerate(sections))
    return page(f"<article><h1>Cycling through the city</h1>{modules}</article>")


def _full_pass_calls(monkeypatch, fast_text: str) -> list[tuple[bool, bool]]:
    import newsspider.extract.article as article

    calls: list[tuple[bool, bool]] = []

    def fake(tree, url, *, precision, fast):
        calls.append((precision, fast))
        return fast_text

    monkeypatch.setattr(article, "trafilatura_text", fake)
    return calls


def test_a_fast_pass_that_keeps_one_section_of_a_story_written_without_paragraphs_gets_a_second_look(monkeypatch):
    calls = _full_pass_calls(monkeypatch, f"{SECTIONS[0]}\n{SECTIONS[0]}")
    extract_article(_sectioned_page(SECTIONS), "https://x.org/a")
    assert (False, False) in calls


def test_sections_of_a_kind_the_fast_text_holds_none_of_are_not_the_story(monkeypatch):
    story = "\n".join(PARAGRAPHS)
    calls = _full_pass_calls(monkeypatch, story)
    body = ("<article><h1>Tram line extended</h1>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</article>"
            + "<aside>" + "".join(f"<div class='notice'>{text} {text}</div>" for text in SECTIONS * 4) + "</aside>")
    extract_article(page(body), "https://x.org/a")
    assert (False, False) not in calls


def test_table_rows_whose_cells_are_all_empty_are_dropped():
    from newsspider.extract.article import without_empty_rows

    table = "| Name | Description |\n|---|---|\n|  |  |\n|  | A rare gem. |"
    assert without_empty_rows(f"Intro.\n|  |  |\n{table}\n|  |") == "Intro.\n| Name | Description |\n|---|---|\n|  | A rare gem. |"
    assert without_empty_rows("Scores: 3 | 4 |\n|") == "Scores: 3 | 4 |\n|"  # no row of empty cells


def test_a_table_row_whose_cells_trafilatura_empties_leaves_the_text():
    """A wiki table's row of a picture and a list: trafilatura takes the list out of the cell and
    writes the row with its cells empty."""
    row = ("<tr><td> <div class='center'><a href='/Penny.png' class='image'><img alt='Penny' src='/p.png'></a></div></td>"
           "<td colspan='4'> <ul><li><b>All <a href='/loves'>universal loves</a></b></li></ul></td></tr>")
    table = f"<table><tr><th>Image</th><th>Name</th></tr>{row}<tr><td>Diamond</td><td>A rare gem.</td></tr></table>"
    body = "<article><h1>Tram line extended</h1>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + table + "</article>"
    text = extract_article(page(body), "https://x.org/a").article.text
    assert "| Diamond | A rare gem. |" in text and all(paragraph in text for paragraph in PARAGRAPHS)
    assert not any(line.strip("| ") == "" for line in text.split("\n"))


def test_precision_mode_keeps_the_text_after_a_more_mark_in_a_paragraph_and_a_whole_one():
    """WordPress's empty "more" mark: precision mode deletes it with the text that follows it, the
    end of a paragraph or the whole of the next one; both are given back in place."""
    body = (f"<article><h1>Tram line extended</h1><p>{PARAGRAPHS[0]}</p>"
            f"<p>{PARAGRAPHS[1]} Work starts <span id='more-42'></span>in the spring, the city said.</p>"
            f"<p><span id='more-43'></span>{PARAGRAPHS[2]}</p><p>{PARAGRAPHS[3]}</p></article>")
    tree = parse_html(page(body))
    precise = trafilatura.bare_extraction(tree, options=pass_options("https://x.org/a", precision=True, fast=True)).text
    assert "the city said" not in precise and PARAGRAPHS[2] not in precise  # what trafilatura does
    text = extract_article(page(body), "https://x.org/a", options=ExtractOptions(second_pass="always")).article.text
    assert text.split("\n")[-3:] == [f"{PARAGRAPHS[1]} Work starts in the spring, the city said.", PARAGRAPHS[2],
                                     PARAGRAPHS[3]]


def test_precision_mode_keeps_a_posts_opening_sentences_after_a_placeholder():
    """A post written between <br> after an empty video placeholder: precision mode loses its first line."""
    lines = ["It was said that an angry person should write a letter. The letter goes to whoever hurt them.",
             "Today I will start. I have so many letters to write now.",
             "Can you walk up walls? Are you fed up? When were you last in love?",
             "And many more questions follow, one after the other, all evening long."]
    body = f"<article><h1>Letters</h1><div class='post'><div id='player'></div>{'<br>'.join(lines)}</div></article>"
    text = extract_article(page(body), "https://x.org/a", options=ExtractOptions(second_pass="always", min_text_chars=100)
                           ).article.text
    assert text.split("\n")[-4:] == lines


def test_text_precision_mode_dropped_that_is_an_elements_own_or_no_sentence_stays_out():
    """Only loose text after an element showing no text, holding a sentence, next to kept text comes back:
    not a dek (a paragraph's own text), not a label after an icon, not a sentence away from the kept run."""
    from newsspider.extract.article import with_loose_text

    tree = parse_html(page(
        "<p class='dek'>A dek that sums the story up in one sentence.</p>"
        f"<p>{PARAGRAPHS[0]}</p><p><i class='icon-clock'></i>5 min read</p><p>{PARAGRAPHS[1]}</p>"
        "<p>Related</p><div class='more'><i class='icon'></i>The mayor presents the plan on Friday.</div>"))
    balanced = "\n".join(["A dek that sums the story up in one sentence.", PARAGRAPHS[0], "5 min read", PARAGRAPHS[1],
                          "Related", "The mayor presents the plan on Friday."])
    precise = "\n".join(PARAGRAPHS[:2])
    assert with_loose_text(precise, balanced, tree) == precise
    given = with_loose_text(precise, balanced.replace("\nRelated", ""), tree)  # right after the kept run: back
    assert given == precise + "\nThe mayor presents the plan on Friday."


def test_a_sentence_precision_mode_cut_from_inside_the_story_comes_back():
    """piratenpartei.at: a sentence whose opening words link to a source sits between two paragraphs
    precision mode kept; it drops it for its links. Given back between them. A line that is all one
    link (a teaser's title, even worded as a sentence), one that holds no sentence, and one outside
    the run precision mode kept stay precision mode's."""
    from newsspider.extract.article import with_inner_prose

    linked = "Dennoch unterstützen wir dieses Volksbegehren, da es besser ist als der Status quo."
    teaser = "Why the council voted against the plan."
    tree = parse_html(page(f"<p>{PARAGRAPHS[0]}</p><p><a href='/i/7038'>Dennoch unterstützen wir dieses "
                           f"Volksbegehren</a>, da es besser ist als der Status quo.</p><p>{PARAGRAPHS[1]}</p>"
                           f"<p><a href='/other-story'>{teaser}</a></p><p>{PARAGRAPHS[2]}</p>"))
    precise = "\n".join(PARAGRAPHS[:3])
    balanced = "\n".join([PARAGRAPHS[0], linked, PARAGRAPHS[1], teaser, PARAGRAPHS[2], "Weitere Informationen:"])
    assert with_inner_prose(precise, balanced, tree).split("\n") == [PARAGRAPHS[0], linked, *PARAGRAPHS[1:3]]
    assert with_inner_prose(precise, "\n".join([linked, *PARAGRAPHS[:3]]), tree) == precise  # before the run
    assert with_inner_prose(precise, "\n".join([PARAGRAPHS[0], "Weitere Informationen", *PARAGRAPHS[1:3]]),
                            tree) == precise


def test_a_paragraph_that_is_one_link_off_the_site_between_the_storys_comes_back():
    """skateboardmsm.de: "Hier geht's zur Facebook Veranstaltung", a paragraph that is one link to
    the event's page on another site, between two paragraphs precision mode kept: where the story
    points its reader, given back. The same paragraph linking another page of the site (another
    story), one set in capitals (an app's banner), or a link that is only part of its paragraph
    stay precision mode's."""
    from newsspider.extract.article import with_inner_prose

    url = "https://skateboardmsm.de/news/contest.html"
    pointer = "Hier geht’s zur Facebook Veranstaltung"
    precise = "\n".join(PARAGRAPHS[:2])
    balanced = "\n".join([PARAGRAPHS[0], pointer, PARAGRAPHS[1]])

    def given(paragraph: str, text: str = pointer, urls: tuple[str | None, ...] = (url,)) -> bool:
        tree = parse_html(page(f"<div><p>{PARAGRAPHS[0]}</p>{paragraph}<p>{PARAGRAPHS[1]}</p></div>"))
        merged = with_inner_prose(precise, balanced.replace(pointer, text), tree, urls)
        return merged.split("\n") == [PARAGRAPHS[0], text, PARAGRAPHS[1]]

    assert given(f"<p><a href='https://www.facebook.com/events/1421695617910553'>{pointer}</a></p>")
    assert given(f"<p><strong><a href='https://www.facebook.com/events/1'>{pointer}</a></strong></p>")
    # served under another address, the page's canonical one names its site
    assert not given(f"<p><a href='https://skateboardmsm.de/news/other.html'>{pointer}</a></p>",
                     urls=("http://127.0.0.1:8000/news/contest.html", url))
    assert not given(f"<p><a href='/news/other.html'>{pointer}</a></p>")
    assert not given(f"<p><a href='https://www.skateboardmsm.de/news/other.html'>{pointer}</a></p>")
    banner = "CLICK HERE TO GET THE NEWS APP"
    assert not given(f"<p><a href='https://news.onelink.me/xLDS'>{banner}</a></p>", banner)
    assert not given(f"<p>Tickets: <a href='https://www.facebook.com/events/1'>{pointer}</a></p>",
                     f"Tickets: {pointer}")


def test_the_standfirst_under_the_headline_precision_mode_dropped_comes_back():
    """Precision mode drops the header around the headline, and with it the summary written under it
    as a paragraph: prose of the article, given back before the text. A subtitle set as a heading, a
    line without a sentence (a byline), or a text that does not open with the page's headline (an
    ``<h1>``, or a heading showing the declared title) keep precision mode's text."""
    from newsspider.extract.article import with_standfirst

    dek = "China built a network of spies at universities. Two suspects were arrested on Wednesday."
    precise = "\n".join(PARAGRAPHS[:2])
    balanced = "\n".join(["Spies at the universities", dek, *PARAGRAPHS[:2]])

    def tree(standfirst: str, headline: str = "<h1>Spies at the universities</h1>"):
        return parse_html(page(f"<header>{headline}{standfirst}</header>"
                               f"<div class='story'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>"))

    assert with_standfirst(precise, balanced, tree(f"<p class='excerpt'>\n  {dek}  </p>")) == f"{dek}\n{precise}"
    assert with_standfirst(precise, balanced, tree(f"<h2 class='sub-head'>{dek}</h2>")) == precise
    assert with_standfirst(precise, balanced, tree(f"<p>{dek}</p>", "<h2>Spies at the universities</h2>")) == precise
    byline = balanced.replace(dek, f"{dek}\nBy Till Eckert")
    assert with_standfirst(precise, byline, tree(f"<p>{dek}</p><p>By Till Eckert</p>")) == precise
    assert with_standfirst(precise, "\n".join([dek, *PARAGRAPHS[:2]]), tree(f"<p>{dek}</p>")) == precise
    # A page whose <h1> is its logo or a section's name sets the headline in an <h2>: the heading that
    # shows the title the page declares is the headline; another <h2> (a teaser's title) is not.
    section = tree(f"<p>{dek}</p>", "<h1>Current stories</h1><h2>Spies at the universities</h2>")
    assert with_standfirst(precise, balanced, section, "Spies at the universities") == f"{dek}\n{precise}"
    assert with_standfirst(precise, balanced, section, "Spies everywhere") == precise
    assert with_standfirst(precise, balanced, section) == precise
    # faz.net: the kicker, set apart from the <h1>, runs into the headline's line ("Kicker : Headline").
    kicked = balanced.replace("Spies at the universities", "Campus espionage : Spies at the universities", 1)
    assert with_standfirst(precise, kicked, tree(f"<p>{dek}</p>")) == f"{dek}\n{precise}"
    assert with_standfirst(precise, kicked.replace("universities", "campus", 1), tree(f"<p>{dek}</p>")) == precise
    # an <h1> that only ends the line, set apart by nothing, is no headline of it
    run_on = balanced.replace("Spies at the universities", "Campus Spies at the universities", 1)
    assert with_standfirst(precise, run_on, tree(f"<p>{dek}</p>")) == precise


def test_the_summary_a_page_declares_under_its_headline_comes_back_set_as_a_heading_or_without_a_stop():
    """The summary the page declares (its description) standing under the heading that shows its declared
    title is the standfirst, also where it is set as a heading or written as a headline without a full
    stop (a subtitle <h2>, an <h3>, a lead <p>), in any script: the page says the line is the article's
    summary. Without that declaration, or under a heading that is not the declared title (a blog's name
    over its tagline), or with another line (a teaser's title) between it and the story, precision
    mode's text stays as it was."""
    from newsspider.extract.article import with_standfirst

    cases = [("Spies at the universities", "Two suspects were arrested on Wednesday in Leipzig"),
             ("市議会、北部地区への新たな路面電車路線を承認", "事業費は240億円で、2029年の開業を目指す"),
             ("Το δημοτικό συμβούλιο ενέκρινε νέα γραμμή τραμ", "Το έργο θα κοστίσει 240 εκατομμύρια ευρώ")]
    precise = "\n".join(PARAGRAPHS[:2])

    def tree(header: str):
        return parse_html(page(f"<header>{header}</header>"
                               f"<div class='story'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>"))

    for headline, dek in cases:
        balanced = "\n".join([headline, dek, *PARAGRAPHS[:2]])
        for shown in (f"<h2 class='subtitle'>{dek}</h2>", f"<h3>{dek}</h3>", f"<p class='lead'>{dek}</p>"):
            header = tree(f"<h1>{headline}</h1>{shown}")
            assert with_standfirst(precise, balanced, header, headline, dek) == f"{dek}\n{precise}"
            assert with_standfirst(precise, balanced, header, headline, f"{dek}.") == f"{dek}\n{precise}"
            # precision mode kept the headline: the declared summary under it comes back after it
            kept = f"{headline}\n{precise}"
            assert with_standfirst(kept, balanced, header, headline, dek) == f"{headline}\n{dek}\n{precise}"
            # undeclared, or another summary declared: as before
            assert with_standfirst(precise, balanced, header, headline) == precise
            assert with_standfirst(precise, balanced, header, headline, "A summary of another story") == precise
        # a blog's name in <h1> and its tagline (its declared description) under it: no headline of the page
        blog = "\n".join(["Campus Watch", dek, *PARAGRAPHS[:2]])
        assert with_standfirst(precise, blog, tree(f"<h1>Campus Watch</h1><h2>{dek}</h2>"), headline, dek) == precise
        # another story's title set as a heading between the summary and the story: nothing comes back
        teaser = "Police search for witnesses after a warehouse fire"
        teased = "\n".join([headline, dek, teaser, *PARAGRAPHS[:2]])
        header = tree(f"<h1>{headline}</h1><h2>{dek}</h2><h2><a href='/other'>{teaser}</a></h2>")
        assert with_standfirst(precise, teased, header, headline, dek) == precise


def test_a_declared_description_shown_by_a_div_or_figure_under_the_headline_is_no_standfirst():
    """A site may declare its name, its tagline, a section's label or the lead picture's caption as a
    page's description, and show that line in a block (a <div>, a <figure>) right under the headline: a
    line without a sentence there is not told apart from what the site shows on every page, so the
    declared summary comes back only where it is set as a subtitle (a heading) or a paragraph."""
    from newsspider.extract.article import with_standfirst

    headline = "Harbour authority approves new ferry terminal for the east bank"
    precise = "\n".join(PARAGRAPHS[:2])
    lines = [("Coast Herald", "<div class='source'>{}</div>"),
             ("Your daily news from the coast", "<div class='tagline'>{}</div>"),
             ("Ferries waiting at the old terminal on Monday morning",
              "<figure><img src='/ferry.jpg' alt=''><figcaption>{}</figcaption></figure>"),
             ("港湾局の旧ターミナルに停泊するフェリー", "<div class='caption'>{}</div>"),
             ("أخبارك اليومية من الساحل", "<div class='tagline'>{}</div>"),
             ("Місцеві новини", "<div class='section'>{}</div>")]
    for line, shown in lines:
        html = page(f"<header><h1>{headline}</h1>{shown.format(line)}</header>"
                    f"<div class='story'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>")
        balanced = "\n".join([headline, line, *PARAGRAPHS[:2]])
        assert with_standfirst(precise, balanced, parse_html(html), headline, line) == precise
    # the same line set as a subtitle or a strapline <p> is the page's dek
    dek = "The 90-million project is due to open in spring 2029"
    for shown in (f"<h2>{dek}</h2>", f"<p class='strapline'>{dek}</p>", f"<div class='sub'><h2>{dek}</h2></div>"):
        html = page(f"<header><h1>{headline}</h1>{shown}</header>"
                    f"<div class='story'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>")
        balanced = "\n".join([headline, dek, *PARAGRAPHS[:2]])
        assert with_standfirst(precise, balanced, parse_html(html), headline, dek) == f"{dek}\n{precise}"


def test_a_subheadline_repeating_the_storys_opening_sentence_is_not_printed_twice():
    """Many CMSs fill the subheadline (and the declared description) with the story's first sentence: the
    declared summary set as an <h2> under the headline is then the opening of precision mode's first
    paragraph (or a later one: a live page's intro, a quote), and giving it back would print that sentence
    twice. A subheadline of its own comes back."""
    from newsspider.extract.article import with_standfirst

    stories = [("Stadtrat beschließt neue Fährlinie", "Der Stadtrat hat am Montag eine neue Fährlinie über die Weser beschlossen.",
                "Die Fähre soll ab Mai alle zwanzig Minuten fahren und Platz für 80 Fahrräder bieten.",
                "Ab Mai im Zwanzig-Minuten-Takt"),
               ("Рада ухвалила нову поромну лінію", "Міська рада в понеділок ухвалила нову поромну лінію через річку.",
                "Пором курсуватиме з травня кожні двадцять хвилин.", "Перший рейс вирушить у травні"),
               ("市议会批准新渡轮航线", "市议会周一批准了一条横跨河流的新渡轮航线。", "渡轮将从五月起每二十分钟一班。",
                "首班船五月启航")]
    for headline, opening, rest, dek in stories:
        first = f"{opening} {rest}"
        second = PARAGRAPHS[1]
        precise = f"{first}\n{second}"
        balanced = "\n".join([headline, opening, first, second])
        html = page(f"<header><h1>{headline}</h1><h2 class='subheadline'>{opening}</h2></header>"
                    f"<div class='story'><p>{first}</p><p>{second}</p></div>")
        assert with_standfirst(precise, balanced, parse_html(html), headline, opening) == precise
        kept = f"{headline}\n{precise}"
        assert with_standfirst(kept, balanced, parse_html(html), headline, opening) == kept
        # a later sentence of the story set as its dek (a live page's intro, a quote): the text says it already
        html = page(f"<header><h1>{headline}</h1><h2 class='subheadline'>{rest}</h2></header>"
                    f"<div class='story'><p>{first}</p><p>{second}</p></div>")
        quoted = "\n".join([headline, rest, first, second])
        assert with_standfirst(precise, quoted, parse_html(html), headline, rest) == precise
        # a subheadline that is not the story's opening is its standfirst
        html = page(f"<header><h1>{headline}</h1><h2 class='subheadline'>{dek}</h2></header>"
                    f"<div class='story'><p>{first}</p><p>{second}</p></div>")
        balanced = "\n".join([headline, dek, first, second])
        assert with_standfirst(precise, balanced, parse_html(html), headline, dek) == f"{dek}\n{precise}"


def test_a_flattened_balanced_text_is_read_in_the_pages_blocks_for_precision_modes_give_backs():
    """trafilatura's rescue of a short text reads the page flattened into one line, where precision
    mode reads the story's paragraphs as lines: cut at precision mode's lines, the page's headings
    and links, the flat text gives back the sentence between two kept paragraphs and the
    standfirst under the headline, as a text read in lines does. A stretch holding a link's text
    (a teaser) is cut at it and stays out; a flat text not holding precision mode's lines, or one
    already in lines, is left as it is."""
    from newsspider.extract.article import unflattened, with_inner_prose, with_standfirst

    headline, dek = "Tram line extended", "The northern district gets its tram by 2027."
    precise = "\n".join([PARAGRAPHS[0], *PARAGRAPHS[2:]])

    def tree(box: str):
        return parse_html(page(f"<header><h1>{headline}</h1><p class='standfirst'>{dek}</p></header>"
                               f"<div class='story'><p>{PARAGRAPHS[0]}</p><div class='related-context'>{box}</div>"
                               + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:]) + "</div>"))

    flat = " ".join([headline, dek, *PARAGRAPHS])
    boxed = tree(f"<p>{PARAGRAPHS[1]}</p>")
    read = unflattened(flat, precise, boxed, headline)
    assert read == "\n".join([headline, dek, *PARAGRAPHS])
    given = with_standfirst(with_inner_prose(precise, read, boxed), read, boxed, headline)
    assert given == "\n".join([dek, *PARAGRAPHS])
    # precision mode's give-backs found nothing to give back in the flat line
    assert with_standfirst(with_inner_prose(precise, flat, boxed), flat, boxed, headline) == precise
    # a teaser's linked headline in the stretch: cut at it, no longer one line between two kept ones
    teaser = "Bus lanes for the ring road"
    linked = tree(f"<p><a href='/2024/05/bus.html'>{teaser}</a> {PARAGRAPHS[1]}</p>")
    flat_linked = flat.replace(PARAGRAPHS[1], f"{teaser} {PARAGRAPHS[1]}")
    read = unflattened(flat_linked, precise, linked, headline)
    assert PARAGRAPHS[1] not in with_inner_prose(precise, read, linked).split("\n")
    # left as it is: a line of precision mode the flat text lacks, a text in lines, a precise text of one line
    assert unflattened(flat, precise + "\nA line of its own.", boxed, headline) == flat
    assert unflattened("\n".join(PARAGRAPHS), precise, boxed, headline) == "\n".join(PARAGRAPHS)
    assert unflattened(flat, PARAGRAPHS[0], boxed, headline) == flat


def test_a_flattened_balanced_text_is_cut_at_the_pages_innermost_blocks():
    """A stretch of a flat text between two kept paragraphs holding several of the page's blocks
    (an "Advertisement" label, a newsletter's call and its button; a caption and its credit) is
    several lines, not one line to give back; a paragraph or the standfirst holding a tag's linked
    word is read whole (the longest block's text first), so it still comes back. A block showing
    links (a byline) is cut at them as before."""
    from newsspider.extract.article import unflattened, with_inner_prose, with_standfirst

    headline, dek = "Tram line extended", "The northern district gets its tram by 2027."
    precise = "\n".join([PARAGRAPHS[0], *PARAGRAPHS[2:]])
    tags = "<div class='tags'><a href='/tag/tram'>tram</a> <a href='/tag/2027'>2027</a></div>"

    def given(box: str, box_text: str) -> list[str]:
        tree = parse_html(page(f"<header><h1>{headline}</h1><p>{dek}</p></header><div class='story'>"
                               f"<p>{PARAGRAPHS[0]}</p><div class='box'>{box}</div>"
                               + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:]) + f"</div>{tags}"))
        flat = " ".join([headline, dek, PARAGRAPHS[0], box_text, *PARAGRAPHS[2:]])
        read = unflattened(flat, precise, tree, headline)
        return with_standfirst(with_inner_prose(precise, read, tree), read, tree, headline).split("\n")

    assert given(f"<p>{PARAGRAPHS[1]}</p>", PARAGRAPHS[1]) == [dek, *PARAGRAPHS]
    # a block showing links is cut at them still: a byline under the headline is no standfirst
    # (htmldate-dev f2e5abdabd8f16a1, whose "17." reads as a sentence's stop)
    byline = "Veröffentlicht am <a href='/2019/12/17/x/'>17. Dezember 2019</a> von <a href='/author/sd/'>Simon Dückert</a>"
    tree = parse_html(page(f"<header><h1>{headline}</h1><div class='entry-meta'>{byline}</div></header>"
                           + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)))
    flat = " ".join([headline, "Veröffentlicht am 17. Dezember 2019 von Simon Dückert", *PARAGRAPHS])
    read = unflattened(flat, "\n".join(PARAGRAPHS), tree, headline)
    assert with_standfirst("\n".join(PARAGRAPHS), read, tree, headline) == "\n".join(PARAGRAPHS)
    for box, box_text in (("<div>Advertisement</div><div><p>Sign up for our daily newsletter.</p><button>Subscribe</button></div>",
                           "Advertisement Sign up for our daily newsletter. Subscribe"),
                          ("<figure><img src='x.jpg'><figcaption>The new tram stop.</figcaption><span>Photo: AP</span></figure>",
                           "The new tram stop. Photo: AP")):
        assert given(box, box_text) == [dek, PARAGRAPHS[0], *PARAGRAPHS[2:]], box_text


def test_a_huge_one_line_balanced_text_is_not_cut_into_blocks():
    """A one-line balanced text longer than MAX_UNFLATTENED_CHARS is a huge page read whole, not a
    short text trafilatura flattened: it is returned as it is, where cutting it at thousands of block
    and link texts would cost seconds a page."""
    from newsspider.extract.article import MAX_UNFLATTENED_CHARS, unflattened

    paragraphs = [f"Paragraph {n} of a very long page tells its own part of the story." for n in range(400)]
    flat = " ".join(paragraphs)
    assert len(flat) > MAX_UNFLATTENED_CHARS
    tree = parse_html(page("".join(f"<p>{p}</p>" for p in paragraphs)))
    assert unflattened(flat, "\n".join(paragraphs[::2]), tree) == flat
    short = paragraphs[:4]
    read = unflattened(" ".join(short), "\n".join(short[::2]), parse_html(page("".join(f"<p>{p}</p>" for p in short))))
    assert read.split("\n") == short


def test_a_subheading_whose_links_show_nothing_precision_mode_dropped_comes_back():
    """IGN: "<h2>PS4 DualShock Controller for $39.99<a href=...></a></h2>": precision mode takes the
    empty anchor for a heading made of links and drops it; the reader sees a section's heading, given
    back above the line precision mode kept after it. A heading whose link shows text, or one not
    followed by a kept line, stays out."""
    from newsspider.extract.article import with_unlinked_headings

    heading = "PS4 DualShock Controller in Crystal for $39.99"
    precise = "\n".join(PARAGRAPHS[:2])
    balanced = "\n".join([PARAGRAPHS[0], heading, PARAGRAPHS[1]])

    def tree(shown: str):
        return parse_html(page(f"<div><p>{PARAGRAPHS[0]}</p><h2>{shown}</h2><p>{PARAGRAPHS[1]}</p></div>"))

    empty = f"{heading}<a href='https://r.example.net/u/4o3t'></a>"
    assert with_unlinked_headings(precise, balanced, tree(empty)) == balanced
    assert with_unlinked_headings(precise, balanced, tree(f"<a href='/deals/ps4'>{heading}</a>")) == precise
    assert with_unlinked_headings(precise, balanced, tree(heading)) == precise
    trailing = "\n".join([*PARAGRAPHS[:2], heading])
    assert with_unlinked_headings(precise, trailing, tree(empty)) == precise


def test_the_standfirst_comes_back_when_the_header_opens_with_labels_above_the_headline():
    """1000things.at: the balanced text opens with the header's labels ("- Erholung", "- Anzeige")
    above the headline; the standfirst under the headline comes back, the labels stay out. A
    headline that ends in a question mark reads as a sentence and is still the headline."""
    from newsspider.extract.article import with_standfirst

    dek = "Was hilft am besten gegen die Kälte? Richtig: dampfendes Thermalwasser und gutes Essen."
    precise = "\n".join(PARAGRAPHS[:2])
    for headline in ("6 Wellnessoasen für eure Auszeit", "Wohin im Winter?"):
        tree = parse_html(page(f"<header><ul><li>Erholung</li><li>Anzeige</li></ul><h1>{headline}</h1>"
                               f"<div><p>{dek}</p></div></header><div><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>"))
        balanced = "\n".join(["- Erholung", "- Anzeige", headline, dek, *PARAGRAPHS[:2]])
        assert with_standfirst(precise, balanced, tree) == f"{dek}\n{precise}", headline
        # a line that is no paragraph of the page between the headline and the story: none given back
        assert with_standfirst(precise, balanced.replace(dek, f"{dek}\nBy Till Eckert."), tree) == precise


def test_the_standfirst_under_a_headline_precision_mode_kept_comes_back_without_the_promo_below_it():
    """portsmouth.co.uk: precision mode keeps the ``<h1>`` and cuts the dek set in a ``<div>`` under it,
    and a video's promo lines stand between the dek and the story. The dek (a block after the
    headline in its header) comes back under the headline; the promo lines (in a box of their own)
    stay out. A line under the headline that is no header block gives nothing back, in any language."""
    from newsspider.extract.article import with_standfirst

    cases = [
        ("Fareham Indoor Christmas Market to take place this weekend",
         "Hundreds of stalls will all be under one roof at the market this weekend.",
         ["Watch more of our videos on Shots!", "and live on Freeview channel 276", "Visit Shots! now"]),
        ("Weihnachtsmarkt in der Halle am Wochenende",
         "Hunderte Stände stehen an diesem Wochenende unter einem Dach.",
         ["Mehr Videos auf unserem Kanal!", "Jetzt ansehen"]),
        ("Mercado navideño cubierto este fin de semana",
         "Cientos de puestos estarán bajo un mismo techo este fin de semana.",
         ["¡Mira más vídeos en nuestro canal!", "Visítanos ahora"]),
    ]
    for headline, dek, promo in cases:
        precise = "\n".join([headline, *PARAGRAPHS[:2]])
        balanced = "\n".join([headline, dek, *promo, *PARAGRAPHS[:2]])
        player = "".join(f"<p>{line}</p>" for line in promo)
        tree = parse_html(page(f"<div class='article-header'><nav><a href='/news'>News</a></nav><h1>{headline}</h1>"
                               f"<div class='dek'>{dek}</div></div><div class='video'>{player}</div>"
                               f"<div class='story'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>"))
        assert with_standfirst(precise, balanced, tree) == "\n".join([headline, dek, *PARAGRAPHS[:2]]), headline
        # the line set elsewhere than in the headline's header (a teaser's blurb in a sidebar): none given back
        elsewhere = parse_html(page(f"<header><h1>{headline}</h1></header><aside><div><div>{dek}</div></div></aside>"
                                    f"<div class='story'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>"))
        assert with_standfirst(precise, balanced, elsewhere) == precise, headline
        # a subtitle set as a heading stays precision mode's
        heading = parse_html(page(f"<header><h1>{headline}</h1><h2>{dek}</h2></header>"
                                  f"<div class='story'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div>"))
        assert with_standfirst(precise, balanced, heading) == precise, headline


def test_a_line_precision_mode_kept_gets_back_the_text_it_lost_after_an_empty_element_sentence_or_not():
    """A table row or a paragraph precision mode kept, less the text after an element that shows
    nothing (an icon in a cell, an emoji picture mid-sentence): the line is the story's, and so is
    what the element took with it, whether or not that holds a sentence of its own ("Rote Beeren,
    Zitrusnoten" in a coffee's fact table). What is an element's own text stays precision mode's."""
    from newsspider.extract.article import with_loose_text

    row = "| Aroma | Rote Beeren, Zitrusnoten, süßlich |"
    sentence = "We walked up to the hut with the whole family, and then on to the lake."
    tree = parse_html(page(f"<p>{PARAGRAPHS[0]}</p><table><tr><td>Aroma</td><td><i class='icon-bean'></i>"
                           "Rote Beeren, Zitrusnoten, süßlich</td></tr></table>"
                           "<p>We walked up to the hut <img class='emoji' src='/smile.png'>with the whole family, and "
                           "<a href='/lake'>then</a> on to the lake.</p>"))
    balanced = "\n".join([PARAGRAPHS[0], row, sentence])
    precise = "\n".join([PARAGRAPHS[0], "| Aroma |  |", "We walked up to the hut then on to the lake."])
    assert with_loose_text(precise, balanced, tree) == balanced
    # An element's own text cut from the line (a bold aside) is not loose text: the line stays as kept.
    tree = parse_html(page(f"<p>{PARAGRAPHS[0]}</p><p>We walked up to the hut <b>with the whole family, and</b> "
                           "<a href='/lake'>then</a> on to the lake.</p>"))
    assert with_loose_text(precise, balanced, tree) == precise


def test_a_line_after_a_line_break_that_precision_mode_dropped_stays_out():
    """A line break shows no text, but the line after it is a text of its own (a sign-off, a plug
    for a newsletter), not loose text deleted with an element: precision mode's to judge."""
    from newsspider.extract.article import with_loose_text

    plug = "Sign up for our newsletter, and you will get the best stories every morning."
    tree = parse_html(page(f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}<br>{plug}</p>"))
    precise = "\n".join(PARAGRAPHS[:2])
    assert with_loose_text(precise, "\n".join([*PARAGRAPHS[:2], plug]), tree) == precise


def test_a_text_without_a_sentence_is_measured_against_every_kind_of_prose_section_the_page_holds():
    """A fast pass that took a story's subheadings for it holds no sentence: the story's prose
    sections (``<div>`` text of a kind the text holds none of) are then what the page holds, and
    the full pass takes a second look. A text that holds a sentence leaves other kinds aside (a
    sidebar's notices, reader comments)."""
    from newsspider.extract.article import ProseSections, held_chars

    sections = [ProseSections(("Der Abgeordnete wurde am 6. August verurteilt.",), 5_000)]
    assert held_chars("Eine Verurteilung\nZehn Ermittlungsverfahren\nBonus", 300, sections) == 5_000
    assert held_chars("Der Text des Artikels hat einen Satz.\nBonus", 300, sections) == 300
    assert held_chars("Der Abgeordnete wurde am 6. August verurteilt.", 300, sections) == 5_000


def test_prose_sections_count_for_the_story_whose_section_the_text_holds():
    """A story written in sections (text modules of one kind, each with prose between <br>, under
    the headline's container) holds all of them; containers of the same kind that are reader
    comments or other stories' bodies, each in its own box away from the headline, are not the
    story's (MacRumors: its story's div.content and each comment's)."""
    from newsspider.extract.article import held_chars, prose_sections, story_block
    from newsspider.extract.elements import PageElements

    def holds(body: str, text: str) -> int:
        elements = PageElements(parse_html(page(body)))
        _, story_chars, _, held = story_block(elements)
        return held_chars(text, story_chars, prose_sections(elements, held))

    first, second, third, fourth = PARAGRAPHS
    sections = (f"<main><h1>Tram line extended</h1><div class='text'>{first}<br>{second}</div>"
                f"<div class='text'>{third}<br>{fourth}</div></main>")
    assert holds(sections, f"{first}\n{second}") == sum(map(len, PARAGRAPHS))
    comments = (f"<div class='article'><h1>Tram line extended</h1><div class='content'>{first}<br>{second}</div></div>"
                f"<div id='comments'><div class='comment'><b>Reader</b><div class='content'>{third}<br>{fourth}</div></div>"
                f"<div class='comment'><b>Other</b><div class='content'>{fourth}<br>{third}</div></div></div>")
    assert holds(comments, f"{first}\n{second}") == len(first) + len(second)
    stories = "".join(f"<article><h2>Story</h2><div class='body'>{a}<br>{b}</div></article>"
                      for a, b in ((first, second), (third, fourth)))
    assert holds(f"<h1>Latest</h1>{stories}", f"{first}\n{second}") == len(first) + len(second)
    # Without a headline or an <article> around them, every container of the kind counts, as before.
    assert holds(comments.replace("<h1>Tram line extended</h1>", ""), f"{first}\n{second}") == (
        len(first) + len(second) + 2 * (len(third) + len(fourth)))


def test_a_list_a_story_paragraph_announces_is_in_the_text():
    """trafilatura's fast pass, where its main reading comes up short and it recovers the page's
    loose paragraphs, leaves out the list between two of them (dsv.de's order form)."""
    opening = "Seesterne sind nicht nur wunderschön anzuschauen und bewegen sich geschickt im Wasser. " * 3
    system = "Der Verband hat ein neues System für die Ausbildung eingeführt, das viele Vorteile bietet. " * 3
    html = (f"<html><head><title>Levelpass</title></head><body><div class='x'><p>{opening}</p><p>{system}</p>"
            "<p>Für die Bestellung sind folgende Angaben erforderlich:</p><ul><li>Name des Bestellers</li>"
            "<li>Anzahl der Pässe</li><li>Lieferadresse</li></ul>"
            "<p>Die Kosten für den Levelpass belaufen sich auf zwei Euro pro Exemplar.</p></div></body></html>")
    text = extract_article(html, "https://www.example.de/news/levelpass.html").article.text
    assert "erforderlich:\n- Name des Bestellers\n- Anzahl der Pässe\n- Lieferadresse\nDie Kosten" in text


def test_a_line_precision_mode_kept_with_other_spacing_is_not_given_back_again():
    """news.donga.com: the story's lines run between <br>, and precision mode keeps them with a space
    at their start or end that the balanced text trims. Such a line is the line the balanced text
    has, not text precision mode lost: the story's first paragraph (loose text after an empty
    element) was given back a second time, before the next line placed exactly (a subheading)."""
    from newsspider.extract.article import with_loose_text

    tree = parse_html(page(f"<div><p>Photo caption</p><span class='ad'></span>{PARAGRAPHS[0]} <br><br> "
                           f"{PARAGRAPHS[1]} <br><br>▼ <b>Subheading</b> ▼<br><br>{PARAGRAPHS[2]}</div>"))
    balanced = "\n".join(["Photo caption", PARAGRAPHS[0], PARAGRAPHS[1], "▼", "Subheading", "▼", PARAGRAPHS[2]])
    precise = "\n".join(["Photo caption", PARAGRAPHS[0] + " ", " " + PARAGRAPHS[1] + " ", "▼ ", "Subheading", " ▼",
                         PARAGRAPHS[2]])
    assert with_loose_text(precise, balanced, tree) == precise


def test_no_page_elements_cache_is_read_after_its_tree_changed(monkeypatch):
    """PageElements keeps each element's text and the page's links once a page: extraction edits only
    copies (the source's prune before the walk, a copy without teasers or with captions as text, each
    walked anew), so every cached read equals a fresh one, on articles and listings of every script."""
    from pathlib import Path

    from newsspider.extract import elements
    from newsspider.extract.selectors import SiteSelectors

    stale: list[str] = []
    cached_text, cached_links = elements.PageElements.text, elements.PageElements.links

    def text(page, element):
        found = cached_text(page, element)
        if found != elements.text_content(element):
            stale.append(f"text of <{element.tag}>")
        return found

    def links(page):
        found = cached_links(page)
        if found != [(link, href) for link in page.of("a") if (href := link.get("href"))]:
            stale.append("links")
        return found

    monkeypatch.setattr(elements.PageElements, "text", text)
    monkeypatch.setattr(elements.PageElements, "links", links)
    site = Path(__file__).resolve().parents[1] / "newsspider" / "sample" / "site"
    pages = sorted(site.glob("*/index.html")) + sorted(site.glob("*/*/**/*.html"))[::3]
    assert len(pages) > 20
    for path in pages:
        html = path.read_text(encoding="utf-8")
        url = f"https://{path.relative_to(site)}"
        for selectors in (None, SiteSelectors(body="article, main", prune=("nav", "aside"))):
            extract_article(html, url, selectors=selectors, now=datetime(2030, 1, 1, tzinfo=timezone.utc))
    assert stale == []


def _story_in_blocks(last: str, after: str = "", kind: str = "text-block") -> str:
    """A story built of blocks: a text block, a subheading block, a text block, then ``last`` in a
    block of ``kind`` below a subheading block; ``after`` outside the story."""
    return page(f"<article><h1>Tram line extended</h1><div class='text-block'><p>{PARAGRAPHS[0]}</p>"
                f"<p>{PARAGRAPHS[1]}</p></div><div class='subheadline'><h2>Who pays?</h2></div>"
                f"<div class='text-block'><p>{PARAGRAPHS[2]}</p></div><div class='subheadline'><h2>Who decides?</h2>"
                f"</div><div class='{kind}'>{last}</div></article>{after}")


def test_the_storys_closing_section_precision_mode_cut_comes_back():
    """bbc.co.uk: precision mode deletes the story's last text block (short, a link in its second
    paragraph) and the subheading it leaves trailing. Its paragraphs stand in blocks of the kind
    precision mode kept the story in, below a subheading of a kind it kept: given back, in any
    script; a teaser's paragraph outside the story, in a box of another kind, is not."""
    from newsspider.extract.article import with_closing_sections

    for closing in (["The committee has three members.", "It meets twice a year, before the budget."],
                    ["委员会有三名成员。", "它每年开会两次，在预算之前。"]):
        teaser = "Another story of the site, with a sentence of its own."
        last = f"<p>{closing[0]}</p><p>{closing[1].replace('It meets', '<a href=/x>It meets</a>', 1)}</p>"
        tree = parse_html(_story_in_blocks(last, f"<aside><div class='teaser'><p>{teaser}</p></div></aside>"))
        precise = "\n".join([PARAGRAPHS[0], PARAGRAPHS[1], "Who pays?", PARAGRAPHS[2]])
        balanced = "\n".join([precise, "Who decides?", *closing, teaser])
        assert with_closing_sections(precise, balanced, tree).split("\n") == [
            *precise.split("\n"), "Who decides?", *closing]


def test_closing_lines_of_another_kind_a_link_or_no_sentence_stay_precision_modes():
    from newsspider.extract.article import with_closing_sections

    precise = "\n".join([PARAGRAPHS[0], PARAGRAPHS[1], "Who pays?", PARAGRAPHS[2]])
    closing = "The committee has three members."
    # A block of another kind (a box the story's blocks are not), a bare <div> (no kind but itself).
    for kind in ("newsletter-box", ""):
        tree = parse_html(_story_in_blocks(f"<p>{closing}</p>", kind=kind))
        assert with_closing_sections(precise, "\n".join([precise, "Who decides?", closing]), tree) == precise
    # The end of a block precision mode kept lines of (a comment policy closing a post's container).
    policy = "Comments that are abusive or off topic will not be approved by the moderator."
    tree = parse_html(page(f"<article><div class='entry-content'><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
                           f"<p>{policy}</p></div></article>"))
    kept = "\n".join(PARAGRAPHS[:2])
    assert with_closing_sections(kept, f"{kept}\n{policy}", tree) == kept
    # A paragraph that is one link's text (another story's title), a line with no sentence.
    for last, line in ((f"<p><a href='/other.html'>{closing}</a></p>", closing), ("<p>Read more</p>", "Read more")):
        tree = parse_html(_story_in_blocks(last))
        assert with_closing_sections(precise, "\n".join([precise, "Who decides?", line]), tree) == precise


def test_element_tails_are_the_texts_after_elements_showing_none() -> None:
    """The text after an icon, an empty element or one holding only whitespace (its own or its
    children's) is an element tail; after an element whose own text or a child's shows, or a
    line break, it is not."""
    tree = parse_html(
        "<html><body><div><p><i class='icon'></i> after  the icon <b>bold</b> after bold"
        "<span> <em>\n</em> </span>after blanks<span> <em>shown</em></span>after a child's text"
        "<br>after a break</p></div></body></html>")
    assert element_tails(tree) == ["after the icon", "after blanks"]


def test_a_closing_paragraph_under_no_heading_of_the_storys_stays_precision_modes():
    """What closes a story in the story's own blocks after its last paragraph (a newsletter pitch,
    an author's bio, a disclaimer, a copyright, each linking somewhere) is no section: with no
    heading of a kind precision mode kept over it, precision mode's cut stands, in any script."""
    from newsspider.extract.article import with_closing_sections

    precise = "\n".join([PARAGRAPHS[0], PARAGRAPHS[1], "Who pays?", PARAGRAPHS[2]])
    for closing in ("Sign up for our morning newsletter to get the day's most important stories. More",
                    "الآراء الواردة في هذا المقال تعبر عن رأي كاتبها. المزيد",
                    "Анна Петрова — старший научный сотрудник Института городской политики. Далее"):
        tree = parse_html(page(f"<article><h1>Tram line extended</h1><div class='text-block'><p>{PARAGRAPHS[0]}</p>"
                               f"<p>{PARAGRAPHS[1]}</p></div><div class='subheadline'><h2>Who pays?</h2></div>"
                               f"<div class='text-block'><p>{PARAGRAPHS[2]}</p></div><div class='text-block'>"
                               f"<p>{closing.rsplit(' ', 1)[0]} <a href='/more'>{closing.rsplit(' ', 1)[1]}</a></p>"
                               "</div></article>"))
        assert with_closing_sections(precise, "\n".join([precise, closing]), tree) == precise


def test_a_section_whose_every_paragraph_ends_in_a_link_stays_precision_modes():
    """A heading of the story's kind over paragraphs that each end in a link ("Newsletter" over
    "Sign up for our morning newsletter ... <a>Sign up</a>", an author's box over a bio ending in the
    author's handle) is a pitch set as a section, whatever its words or script: precision mode's cut
    stands. A section with a paragraph that says something without ending in a link (a link inside
    its sentence) comes back."""
    from newsspider.extract.article import with_closing_sections

    precise = "\n".join([PARAGRAPHS[0], PARAGRAPHS[1], "Who pays?", PARAGRAPHS[2]])
    for heading, pitch, link in (("Newsletter", "Sign up for our morning newsletter to get the day's stories.", "Sign up"),
                                 ("Рассылка", "Подпишитесь на нашу утреннюю рассылку новостей.", "Подписаться"),
                                 ("作者简介", "作者是城市政策研究所高级研究员。", "@janedoe")):
        last = f"<p>{pitch} <a href='/nl'>{link}</a></p>"
        tree = parse_html(_story_in_blocks(last).replace("Who decides?", heading))
        balanced = "\n".join([precise, heading, f"{pitch} {link}"])
        assert with_closing_sections(precise, balanced, tree) == precise, heading
    closing = ["The committee has three members.", "It meets twice a year, before the budget."]
    last = f"<p>{closing[0]}</p><p>It meets <a href=/x>twice a year</a>, before the budget.</p>"
    tree = parse_html(_story_in_blocks(last))
    balanced = "\n".join([precise, "Who decides?", *closing])
    assert with_closing_sections(precise, balanced, tree).split("\n") == [*precise.split("\n"), "Who decides?", *closing]


def test_a_section_whose_paragraphs_run_into_their_links_comes_back():
    """A closing section whose sentence runs into its link ("How to help" over "Donations can be
    made through the Red Cross at <a>redcross.org</a>.", a correction citing the council's
    statement) says where to help or read on: the story's own, whatever its script. Only a link
    standing apart from the prose, after its sentence's end or alone, makes a pitch."""
    from newsspider.extract.article import with_closing_sections

    precise = "\n".join([PARAGRAPHS[0], PARAGRAPHS[1], "Who pays?", PARAGRAPHS[2]])
    for heading, prose, link, end in (
            ("How to help", "Donations for the families can be made through the Red Cross at", "redcross.org", "."),
            ("Как помочь", "Пожертвования для пострадавших семей можно перевести через Красный Крест на сайте",
             "redcross.ru", "."),
            ("कैसे मदद करें", "प्रभावित परिवारों के लिए दान रेड क्रॉस की वेबसाइट", "indianredcross.org", "।"),
            ("報告書の全文", "各停留所の費用見積もりを含む80ページの報告書は、市の", "ウェブサイト", "。")):
        tree = parse_html(_story_in_blocks(f"<p>{prose} <a href='https://ext.example.com/x'>{link}</a>{end}</p>")
                          .replace("Who decides?", heading))
        line = f"{prose} {link}{end}"
        balanced = "\n".join([precise, heading, line])
        assert with_closing_sections(precise, balanced, tree).split("\n") == [*precise.split("\n"), heading, line], heading


def _split_story(second: str) -> str:
    """A story whose container closes at an advertisement and goes on in ``second`` (markup holding
    PARAGRAPHS[2:]) beside it."""
    first = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2] * 2)
    return (f"<div class='wrap'><h1>Tram line extended</h1><div class='body'>{first}</div>"
            f"<div class='ad'><iframe src='https://ads.example.net/1'></iframe></div>{second}</div>")


def test_a_fast_pass_that_reads_one_container_of_a_story_split_at_an_ad_gets_a_second_look(monkeypatch):
    import newsspider.extract.article as article

    calls: list[tuple[bool, bool]] = []
    whole = "\n".join(PARAGRAPHS[:2] * 2 + PARAGRAPHS[2:])

    def fake(tree, url, *, precision, fast):
        calls.append((precision, fast))
        return "\n".join(PARAGRAPHS[:2] * 2) if fast else whole

    monkeypatch.setattr(article, "trafilatura_text", fake)
    second = "<div class='body-continued'>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:]) + "</div>"
    fields = extract_article(page(_split_story(second)), "https://x.org/a").article
    assert (False, False) in calls and fields.text == whole


def _closed_at_an_ad(ad: str, second: str) -> str:
    """A story in no ``<article>``: its container closed at ``ad`` and ``second`` after it."""
    first = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2] * 2)
    return (f"<nav><a href='/'>Home</a></nav><div class='col-main'><h1>Tram line extended</h1>"
            f"<div class='article-body'>{first}</div>{ad}{second}</div>")


@pytest.mark.parametrize("ad", ["<ins class='adsbygoogle' data-ad-slot='1'></ins>", "<div id='div-gpt-ad-1-0'></div>",
                                "<aside class='ad'><p>Advertisement</p></aside>"])
@pytest.mark.parametrize("cls", ["article-body", "article-body-more"])
def test_the_rest_of_a_story_closed_at_an_ad_is_read_where_every_pass_stops_at_the_first_container(ad, cls):
    """trafilatura's fast and full passes both take the first container only (no ``<article>`` holds both): the
    containers are read as one, the advertisement between them left out."""
    rest = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    text = extract_article(page(_closed_at_an_ad(ad, f"<div class='{cls}'>{rest}</div>")), "https://x.org/2026/a").article.text
    assert all(paragraph in text for paragraph in PARAGRAPHS) and "Advertisement" not in text


@pytest.mark.parametrize("box", [
    "<div class='related'><h3>Related</h3>" + "".join(f"<p><a href='/o{n}'>Story {n}</a> {text}</p>"
                                                     for n, text in enumerate(PARAGRAPHS[2:])) + "</div>",
    "<div class='article-body'>" + "".join(f"<h3><a href='/o{n}'>Story {n}</a></h3><p>{text}</p>"
                                           for n, text in enumerate(PARAGRAPHS[2:])) + "</div>",
    "<div class='article-body'><h2><a href='/next'>Harbour bridge reopens</a></h2>"
    + "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:]) + "</div>",
    "<article class='article-body'><h1>Harbour bridge reopens</h1>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    + "</article>",
    "<div class='author-bio'><p>" + PARAGRAPHS[3] + "</p></div>",
    "<div class='writer-card'><p>Anna Berg has reported on city hall for the paper since 2019.</p>"
    "<p>She previously worked for a regional radio station in Lyon and Geneva.</p></div>",
    "<div class='promo-x'><p>Get unlimited access to all our journalism for one euro a month.</p>"
    "<p>Cancel anytime. Your support keeps local reporting alive.</p></div>",
])
def test_a_box_or_the_next_story_after_the_ad_is_not_read_into_the_story(box):
    text = extract_article(page(_closed_at_an_ad("<div id='div-gpt-ad-1-0'></div>", box)), "https://x.org/2026/a").article.text
    assert PARAGRAPHS[3] not in text and "since 2019" not in text and "Cancel" not in text and PARAGRAPHS[0] in text


ANOTHER_STORY = {
    "en": ("Rain floods harbour district", ["Heavy rain flooded several streets in the harbour district overnight.",
                                            "Firefighters pumped water out of dozens of basements until the morning.",
                                            "No one was injured, but two schools will stay closed on Wednesday."]),
    "ru": ("Дождь затопил порт", ["Сильный дождь ночью затопил несколько улиц в портовом районе.",
                                  "Пожарные до утра откачивали воду из десятков подвалов.",
                                  "Никто не пострадал, но две школы в среду останутся закрытыми."]),
    "ja": ("大雨で港が冠水", ["大雨で夜のうちに港地区の複数の通りが冠水した。", "消防隊は早朝まで数十の地下室から水をくみ出した。",
                        "けが人はいなかったが、二つの学校が水曜日に休校となる。"]),
}


@pytest.mark.parametrize("lang", sorted(ANOTHER_STORY))
@pytest.mark.parametrize("layout", [
    "<h2>{title}</h2><p class='byline'>By Jan Nowak</p><div class='article-body'>{body}</div>",
    "<header><h2>{title}</h2><time datetime='2026-11-02'>2 Nov</time></header><div class='article-body'>{body}</div>",
    "<header><h2><a href='/next'>{title}</a></h2></header><div class='article-body'>{body}</div>",
    "<div class='meta'><h2>{title}</h2><a href='/author/jan-nowak'>Jan Nowak</a> <time>2 Nov</time></div>"
    "<div class='article-body'>{body}</div>",
    "<h1>{title}</h1><div class='article-body'>{body}</div>",
    "<div class='article-body'><h2>{title}</h2>{body}</div>",
    "<div class='article-body'><h2>{title}</h2><p class='byline'>By Jan Nowak</p>{body}</div>",
])
def test_the_next_story_set_in_the_story_s_container_after_an_ad_is_not_joined_to_it(lang, layout):
    """A page of several stories (the next one loaded in) sets each in the same template: a title before the later
    container, or one heading opening it, makes it a text of its own; the join of a story split at an ad reads
    only containers no title sets apart (base's text: the first story only)."""
    title, other = ANOTHER_STORY[lang]
    second = layout.format(title=title, body="".join(f"<p>{text}</p>" for text in other))
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    html = (f"<nav><a href='/'>Home</a></nav><div class='col-main'><h1>Tram line extended</h1>"
            f"<div class='article-body'>{story}</div><div class='ad'><span>Advertisement</span></div>{second}</div>")
    text = extract_article(page(html), "https://x.org/2026/a").article.text
    assert all(paragraph in text for paragraph in PARAGRAPHS) and not any(sentence in text for sentence in other)


@pytest.mark.parametrize("between", [
    "<aside class='read-also'><h3>Read also</h3><ul><li><a href='/o1'>Harbour bridge reopens</a></li>"
    "<li><a href='/o2'>Budget vote delayed</a></li></ul></aside>",
    "<div id='div-gpt-ad-1-0'></div>",
])
@pytest.mark.parametrize("rest", [
    "<div class='article-body'>{0}{1}</div>",
    "<div class='article-body'><h2>Costs</h2>{0}<p>The audit is due in May, officials said.</p><h2>Next steps</h2>{1}"
    "<p>The council meets again in January.</p></div>",
])
def test_a_story_split_at_an_ad_or_a_box_of_links_is_still_joined(between, rest):
    """A box of links ("read also") titles its links, not what follows; a rest told in sections under its own
    subheadings is the story's: both joined as before."""
    second = rest.format(*(f"<p>{text}</p>" for text in PARAGRAPHS[2:]))
    text = extract_article(page(_closed_at_an_ad(between, second)), "https://x.org/2026/a").article.text
    assert all(paragraph in text for paragraph in PARAGRAPHS)


@pytest.mark.parametrize(("one", "other", "alike"), [
    ("article-body", "article-body", True), ("entry-content", "entry-content-2", True), ("txt", "txt txt--cont", True),
    ("field field--name-body", "field field--name-body", True), ("article-body", "writer-card", False),
    ("col-md-8 article-body", "col-md-8 author-box", False), ("entry-content", "entry-contents", False), ("", "", False),
])
def test_containers_are_named_alike_by_their_template_not_by_a_layout_token(one, other, alike):
    from newsspider.extract.article import named_alike

    tree = parse_html(f"<html><body><div class='{one}'></div><div class='{other}'></div></body></html>")
    assert named_alike(*tree.findall(".//div")) is alike


def _numbered(first: str, second: str, between: str = "<div id='div-gpt-ad-1-0'></div>", lang: str = "en") -> str:
    """A story in no ``<article>`` whose container (class ``first``) closes at ``between`` and goes on in a container
    of class ``second`` holding ``PARAGRAPHS[2:]``."""
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2] * 2)
    rest = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    return page(f"<nav><a href='/'>Home</a></nav><div class='col-main'><h1>Tram line extended</h1>"
                f"<div class='{first}'>{story}</div>{between}<div class='{second}'>{rest}</div></div>", lang=lang)


@pytest.mark.parametrize(("first", "second"), [
    ("article-body part-1", "article-body part-2"), ("post-body-1", "post-body-2"),
    ("article__body article__body--1", "article__body article__body--2"), ("article-content chunk-0", "article-content chunk-1"),
    ("entry-content body-part-1", "entry-content body-part-2"),
])
@pytest.mark.parametrize("between", ["<div id='div-gpt-ad-1-0'></div>", "<figure><img src='/p.jpg' alt=''></figure>"])
def test_the_rest_of_a_story_in_numbered_parts_closed_at_an_ad_is_read(first, second, between):
    """A template that numbers a story's containers (``part-1``, ``part-2``) names its rest after an advertisement
    or an embed by the same name counted on: read as one container, as a rest of the same name."""
    text = extract_article(_numbered(first, second, between), "https://x.org/2026/a").article.text
    assert all(paragraph in text for paragraph in PARAGRAPHS)


FOLLOW_HEADER = ("<header class='post-header'><h2 class='entry-title'>{title}</h2><span class='author'>Jan Nowak</span>"
                 "<form class='follow'><input type='email' name='email'><button>Follow</button></form></header>")


@pytest.mark.parametrize("lang", sorted(ANOTHER_STORY))
@pytest.mark.parametrize(("first", "second"), [("article-body", "article-body"), ("story-body story-1", "story-body story-2")])
def test_the_next_story_under_a_header_with_an_email_follow_form_is_not_joined(lang, first, second):
    """The next story of an infinite scroll, its header showing its headline beside a form to follow its author by
    e-mail, is another story: the e-mail field does not make its headline a sign-up box's title."""
    title, other = ANOTHER_STORY[lang]
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    body = "".join(f"<p>{text}</p>" for text in other)
    html = page(f"<nav><a href='/'>Home</a></nav><div class='col-main'><h1>Tram line extended</h1>"
                f"<div class='{first}'>{story}</div><div id='div-gpt-ad-1-0'></div>{FOLLOW_HEADER.format(title=title)}"
                f"<div class='{second}'>{body}</div></div>", lang=lang)
    text = extract_article(html, "https://x.org/2026/a").article.text
    assert all(paragraph in text for paragraph in PARAGRAPHS) and not any(sentence in text for sentence in other)


@pytest.mark.parametrize("lang", sorted(ANOTHER_STORY))
@pytest.mark.parametrize(("second", "between"), [
    ("<div class='post-body post-body-2'><h2>{title}</h2>{body}</div>", ""),
    ("<div class='post-body post-body-2'><p class='kicker'>City</p><h2>{title}</h2>{body}</div>", ""),
    ("<div class='post-body post-body-2'><p class='byline'>By <a href='/author/jan'>Jan Nowak</a></p>{body}</div>", ""),
    ("<div class='post-body post-body-2'><time datetime='2026-11-02'>2 Nov</time>{body}</div>", ""),
    ("<div class='post-body post-body-2' itemscope itemtype='https://schema.org/NewsArticle'>{body}</div>", ""),
    ("<div class='post-body post-body-2'><img src='/a/jan.jpg' alt=''><p><a href='/author/jan'>Jan Nowak</a> "
     "writes on the harbour.</p>{body}</div>", ""),
    ("<div class='post-body post-body-2'>{body}</div><div class='post-body post-body-3'>{body}</div>", ""),
    ("<div class='post-body post-body-2 sponsored'>{body}</div>", ""),
    ("<div class='post-body post-body-0'>{body}</div>", ""),
    ("<div class='post-body post-body-2'>{body}</div>", "<header><h2>{title}</h2><form><input type='search'></form></header>"),
])
def test_the_next_text_in_a_numbered_container_after_the_story_is_not_joined(lang, second, between):
    """Numbered containers of one template hold the next post, a card, a bio or a sponsored text as well as a
    story's rest: a numbered container is joined only where it resumes the text (its first element a paragraph of
    prose not opening with a link), is no item of its own, is named as the story's part and nothing more, stands
    apart from other containers of its name, and no title stands before it (a search form does not make a
    headline a box's title)."""
    title, other = ANOTHER_STORY[lang]
    body = "".join(f"<p>{text}</p>" for text in other)
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2]) + "<h2>Costs</h2>" + "".join(
        f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    html = page(f"<nav><a href='/'>Home</a></nav><div class='col-main'><h1>Tram line extended</h1>"
                f"<div class='post-body post-body-1'>{story}</div><div id='div-gpt-ad-1-0'></div>"
                f"{between.format(title=title)}{second.format(title=title, body=body)}</div>", lang=lang)
    text = extract_article(html, "https://x.org/2026/a").article.text
    assert all(paragraph in text for paragraph in PARAGRAPHS) and not any(sentence in text for sentence in other)


@pytest.mark.parametrize("lang", sorted(ANOTHER_STORY))
@pytest.mark.parametrize("header", [
    "<div class='next-post-header'><div class='entry-title'>{title}</div><div class='byline'>By <a href='/author/jan'>"
    "Jan Nowak</a></div></div>",
    "<div class='next-article'><span>Next</span> <a class='entry-title' href='/2026/11/03/next.html'>{title}</a></div>",
    "<div class='next-story'><img src='/n.jpg' alt=''><div><span class='entry-title'>{title}</span></div></div>",
])
def test_the_next_story_of_an_infinite_scroll_numbered_as_parts_is_not_joined(lang, header):
    """A template numbers the stories of an infinite scroll (``article-1``, ``article-2``) as it numbers a story's
    parts; the next story's headline stands between them in the class of the page's ``<h1>``, in no heading tag."""
    title, other = ANOTHER_STORY[lang]
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    body = "".join(f"<p>{text}</p>" for text in other)
    html = page(f"<nav><a href='/'>Home</a></nav><div class='col-main'><h1 class='entry-title'>Tram line extended</h1>"
                f"<div class='article-body' id='article-1'>{story}</div><div id='div-gpt-ad-1-0'></div>"
                f"{header.format(title=title)}<div class='article-body' id='article-2'>{body}</div></div>", lang=lang)
    text = extract_article(html, "https://x.org/2026/a").article.text
    assert all(paragraph in text for paragraph in PARAGRAPHS) and not any(sentence in text for sentence in other)


@pytest.mark.parametrize("between", [
    "<figure class='wp-caption'><img src='/p.jpg' alt=''><figcaption class='wp-caption-text'>The tram depot.</figcaption>"
    "</figure>", "<div class='ad title-ad'><span class='label'>Advertisement</span></div>",
])
def test_the_rest_of_a_numbered_story_is_read_where_nothing_between_is_classed_as_its_headline(between):
    """Only an element of the ``<h1>``'s own class (the same tokens) between numbered parts is a headline: a caption or
    an advertisement classed otherwise stands between a story's parts."""
    html = _numbered("article-body part-1", "article-body part-2", between).replace("<h1>", "<h1 class='title'>")
    text = extract_article(html, "https://x.org/2026/a").article.text
    assert all(paragraph in text for paragraph in PARAGRAPHS)


@pytest.mark.parametrize(("one", "other", "alike"), [
    ("article-body part-1", "article-body part-2", True), ("text-block-2", "text-block-3", True),
    ("articleBody1", "articleBody2", True), ("chunk_0", "chunk_1", True),
    ("article-body part-1", "article-body part-3", False), ("part-2", "part-1", False), ("col-8", "col-4", False),
    ("article-body part-1", "article-body part-2 sponsored", False), ("article-body part-1", "article-body faq-2", False),
    ("article-body", "article-body", False),
])
def test_containers_are_numbered_alike_where_the_number_counts_on_in_page_order(one, other, alike):
    from newsspider.extract.article import numbered_alike

    tree = parse_html(f"<html><body><div class='{one}'></div><div class='{other}'></div></body></html>")
    assert numbered_alike(*tree.findall(".//div")) is alike


def test_joining_a_split_story_moves_the_later_container_whole_and_leaves_the_ad_and_loose_text_in_place():
    from newsspider.extract.article import joined_story

    tree = parse_html("<html><body><div id='w'><div class='a'><p>One.</p></div><div class='ad'>AD</div>"
                      "<div class='b'><p>Two.</p></div>after</div></body></html>")
    first, later = tree.find(".//div[@class='a']"), tree.find(".//div[@class='b']")
    joined = joined_story(tree, first, [later])
    assert joined.find(".//div[@class='a']/div[@class='b']/p").text == "Two."
    assert joined.find(".//div[@class='ad']").getparent().get("id") == "w"
    assert joined.find(".//div[@id='w']")[-1].tail == "after"
    assert tree.find(".//div[@class='a']/div") is None  # the page's own tree untouched


SIBLINGS_BESIDE_A_SPLIT_STORY = {
    "teasers": "<div class='more'>" + "".join(f"<h3><a href='/o{n}.html'>Another story {n}</a></h3><p>{text}</p>"
                                              for n, text in enumerate(PARAGRAPHS[2:])) + "</div>",
    "linked": "<div class='more'>" + "".join(f"<p><a href='/o{n}.html'>{text}</a></p>" for n, text in enumerate(PARAGRAPHS[2:])) + "</div>",
    "bio": f"<div class='bio'><p>{PARAGRAPHS[3]}</p></div>",
    "continued": "<div class='body-continued'>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:]) + "</div>",
}


@pytest.mark.parametrize(("second", "continues"), [("teasers", False), ("linked", False), ("bio", False), ("continued", True)])
def test_a_box_of_teasers_beside_the_story_is_no_continuation_of_it(second, continues):
    from newsspider.extract.article import story_block, story_continuation
    from newsspider.extract.elements import PageElements

    elements = PageElements(parse_html(page(_split_story(SIBLINGS_BESIDE_A_SPLIT_STORY[second]))))
    assert story_continuation(story_block(elements)[0], elements) == ([PARAGRAPHS[2:]] if continues else [])


def test_precision_mode_that_reads_one_container_of_a_split_story_is_not_trusted_with_it(monkeypatch):
    import newsspider.extract.article as article

    first = "\n".join(PARAGRAPHS[:2] * 2)
    whole = "\n".join(["Menu", "Home", *PARAGRAPHS[:2] * 2, *PARAGRAPHS[2:]])  # reads as no article: precision mode looks

    def fake(tree, url, *, precision, fast):
        return first if precision else whole

    monkeypatch.setattr(article, "trafilatura_text", fake)
    second = "<div class='body-continued'>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:]) + "</div>"
    fields = extract_article(page(_split_story(second)), "https://x.org/a").article
    assert PARAGRAPHS[3] in fields.text


def test_a_mark_or_a_line_both_containers_hold_tells_no_container_of_the_story_read():
    from newsspider.extract.article import story_block, story_parts
    from newsspider.extract.elements import PageElements

    second = ("<div class='body-continued'><p>.</p><p>Read the full timeline below.</p>"
              + "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:]) + "</div>")
    body = _split_story(second).replace("<div class='body'>", "<div class='body'><p>Read the full timeline below.</p>")
    elements = PageElements(parse_html(page(body)))
    parts = story_parts(story_block(elements)[0], elements)
    assert sorted(map(sorted, parts)) == sorted([sorted(PARAGRAPHS[:2] * 2), sorted(PARAGRAPHS[2:])])


def test_a_box_titled_before_its_paragraphs_beside_the_story_is_no_continuation_of_it():
    from newsspider.extract.article import story_block, story_continuation
    from newsspider.extract.elements import PageElements

    rest = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    background = f"<div class='background'><h4>Background</h4>{rest}</div>"  # another story's excerpt under a box title
    next_story = f"<div class='next-story'><header><h2>Harbour bridge reopens</h2></header>{rest}</div>"
    resumed = f"<div class='body'><h3>Cost</h3>{rest}</div>"  # the story's own subheading level: its rest
    for second, subheading, expected in ((background, "", []), (next_story, "", []), (resumed, "<h3>Plan</h3>", [PARAGRAPHS[2:]])):
        body = _split_story(second).replace("<div class='body'>", f"<div class='body'>{subheading}", 1)
        elements = PageElements(parse_html(page(body)))
        assert story_continuation(story_block(elements)[0], elements) == expected, second
    longer = f"<div class='next-story'><h2>Harbour bridge reopens</h2>{rest * 4}</div>"  # more than the page's own story
    elements = PageElements(parse_html(page(_split_story(longer))))
    block = story_block(elements)[0]
    assert block.get("class") == "next-story" and story_continuation(block, elements) == []
    first = "<div class='body'><h2>A standfirst</h2>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2]) + "</div>"
    more = "<div class='body'>" + "".join(f"<p>{text} {text}</p>" for text in PARAGRAPHS * 2) + "</div>"  # the larger
    elements = PageElements(parse_html(page(f"<div class='wrap'>{first}<div class='ad'></div>{more}</div>")))
    assert story_continuation(story_block(elements)[0], elements) == [PARAGRAPHS[:2]]  # the story's first container


def test_the_story_reopened_in_its_own_container_after_an_ad_goes_on_under_a_new_subheading():
    """The story block's own container (its tag and class) opened again after an ad is the story's text, whatever
    level its first subheading: the publisher's template, no box's. A block opening with a headline of its own is a
    post among posts, and an ``<h1>`` another story's headline."""
    from newsspider.extract.article import story_block, story_continuation
    from newsspider.extract.elements import PageElements

    rest = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    for second, headline, expected in ((f"<div class='body'><h2>Cost</h2>{rest}</div>", "", [PARAGRAPHS[2:]]),
                                       (f"<div class='body'><h1>Harbour bridge reopens</h1>{rest}</div>", "", []),
                                       (f"<div class='body'><h2>Harbour bridge reopens</h2>{rest}</div>",
                                        "<h3>Tram line extended</h3>", [])):
        body = _split_story(second).replace("<div class='body'>", f"<div class='body'>{headline}", 1)
        elements = PageElements(parse_html(page(body)))
        assert story_continuation(story_block(elements)[0], elements) == expected, second
    longer = "".join(f"<p>{text} {text}</p>" for text in PARAGRAPHS[2:] * 3)  # the rest holds more: the story block
    elements = PageElements(parse_html(page(_split_story(f"<div class='body'><h2>Cost</h2>{longer}</div>"))))
    block = story_block(elements)[0]
    assert block.index(block.find("h2")) == 0 and story_continuation(block, elements) == [PARAGRAPHS[:2] * 2]


def test_the_story_told_in_sections_after_an_ad_goes_on_where_a_box_is_titled_once():
    """A container after the story block holding two sections under headings of the level it opens with is the
    story's rest (its intro before the ad); a box titled once, or another story whose headline heads subheadings of
    a lower level, is not."""
    from newsspider.extract.article import story_block, story_continuation
    from newsspider.extract.elements import PageElements

    one, two = (f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    for second, expected in ((f"<div class='more'><h2>Cost</h2>{one}<h2>Plan</h2>{two}</div>", [PARAGRAPHS[2:]]),
                             (f"<div class='more'><h4>Background</h4>{one}{two}</div>", []),
                             (f"<div class='more'><h2>Harbour bridge reopens</h2>{one}<h3>Cost</h3>{two}</div>", []),
                             (f"<div class='more'><h2>Cost</h2>{one}<h2><a href='/o.html'>Plan</a></h2>{two}</div>",
                              []),
                             (f"<div class='more'><h2>Cost</h2>{one}<h2>Plan</h2><ul><li>{PARAGRAPHS[3]}</li></ul>"
                              f"{two}</div>", [])):
        elements = PageElements(parse_html(page(_split_story(second))))
        assert story_continuation(story_block(elements)[0], elements) == expected, second


def test_a_next_story_marked_as_its_own_in_the_story_s_container_is_no_resumed_rest():
    """The next story of an infinite scroll set in the story's own container and class, its headline an ``<h2>``, is
    another story when it is marked as one: a second ``<article>``, its own ``itemscope`` item, a headline linked to
    its own page, or a ``<time>`` under its headline; the story's rest under an unlinked subheading goes on."""
    from newsspider.extract.article import story_block, story_continuation
    from newsspider.extract.elements import PageElements

    rest = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    resumed = f"<div class='body'><h2>Cost</h2>{rest}</div>"
    elements = PageElements(parse_html(page(_split_story(resumed))))
    assert story_continuation(story_block(elements)[0], elements) == [PARAGRAPHS[2:]]
    for second in (f"<div class='body' itemscope itemtype='https://schema.org/NewsArticle'><h2>Cost</h2>{rest}</div>",
                   f"<div class='body'><h2><a href='/2026/12/port.html'>Port strike ends</a></h2>{rest}</div>",
                   f"<div class='body'><h2>Port strike ends</h2><div class='meta'><time datetime='2026-12-06'>"
                   f"6.12.2026</time></div>{rest}</div>"):
        elements = PageElements(parse_html(page(_split_story(second))))
        assert story_continuation(story_block(elements)[0], elements) == [], second
    first = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2] * 2)
    twice = (f"<div class='wrap'><h1>Tram line extended</h1><article class='post'>{first}</article>"
             f"<div class='ad'></div><article class='post'><h2>Port strike ends</h2>{rest}</article></div>")
    elements = PageElements(parse_html(page(twice)))
    assert story_continuation(story_block(elements)[0], elements) == []


def test_a_titled_box_of_teasers_in_the_story_s_container_is_no_resumed_rest():
    """A "Related" box set in the story's own container and class, each paragraph a linked story title before its
    blurb, is no rest of the story; the story's rest whose paragraphs hold a link inside goes on."""
    from newsspider.extract.article import story_block, story_continuation
    from newsspider.extract.elements import PageElements

    teasers = "".join(f"<p><a href='/o{n}.html'>{text[:20]}</a>{text[20:]}</p>" for n, text in enumerate(PARAGRAPHS[2:]))
    elements = PageElements(parse_html(page(_split_story(f"<div class='body'><h2>Related</h2>{teasers}</div>"))))
    assert story_continuation(story_block(elements)[0], elements) == []
    linked = "".join(f"<p>{text[:20]}<a href='/o{n}.html'>{text[20:30]}</a>{text[30:]}</p>"
                     for n, text in enumerate(PARAGRAPHS[2:]))
    elements = PageElements(parse_html(page(_split_story(f"<div class='body'><h2>Cost</h2>{linked}</div>"))))
    assert story_continuation(story_block(elements)[0], elements) == [PARAGRAPHS[2:]]


def test_a_titled_container_the_page_s_declared_article_body_holds_is_the_story_s_rest():
    """A container beside the story block opening with a subheading of a level the story block never sets (alike in
    structure to a box's title) is the story's rest where the page's JSON-LD ``articleBody`` holds most of its
    paragraphs and one of the story block's: the publisher's word. A box whose paragraphs the body does not hold, and a
    body cut to the story's lead, tell nothing."""
    from newsspider.extract.article import story_block, story_continuation
    from newsspider.extract.elements import PageElements

    rest = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    elements = PageElements(parse_html(page(_split_story(f"<div class='more'><h2>Cost</h2>{rest}</div>"))))
    story = story_block(elements)[0]
    whole = "\n\n".join(PARAGRAPHS[:2] * 2 + PARAGRAPHS[2:])
    assert story_continuation(story, elements) == []  # structure alone: a box's title
    assert story_continuation(story, elements, whole) == [PARAGRAPHS[2:]]
    assert story_continuation(story, elements, "\n\n".join(PARAGRAPHS[:2])) == []  # a lead: the rest not declared
    assert story_continuation(story, elements, "\n\n".join(PARAGRAPHS[2:])) == []  # the story block's none
    dated = PARAGRAPHS[2].replace("Residents", "BERLIN - Residents")  # a dateline the body writes otherwise
    elements = PageElements(parse_html(page(_split_story(f"<div class='more'><h2>Cost</h2><p>{dated}</p>{rest}</div>"))))
    assert story_continuation(story_block(elements)[0], elements, whole) == [[dated, *PARAGRAPHS[2:]]]


def test_a_split_story_s_rest_under_a_subheading_is_read_where_the_page_declares_its_body(monkeypatch):
    """Through extract_article: a fast pass that stops at the story's first container gets the full pass, whose text
    holds the rest the page's ``articleBody`` declares."""
    import json

    import newsspider.extract.article as article

    lead = PARAGRAPHS[:2] * 4  # more than an article's minimum: the fast text is no short one the body stands in for
    first, whole = "\n".join(lead), "\n".join([*lead, "Cost", *PARAGRAPHS[2:]])
    monkeypatch.setattr(article, "trafilatura_text", lambda tree, url, *, precision, fast: first if fast else whole)
    rest = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    declared = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tram line extended",
                           "articleBody": "\n\n".join(lead + PARAGRAPHS[2:])})
    body = "".join(f"<p>{text}</p>" for text in lead)
    html = page(f"<div class='wrap'><h1>Tram line extended</h1><div class='body'>{body}</div><div class='ad'></div>"
                f"<div class='more'><h2>Cost</h2>{rest}</div></div>",
                head=f"<script type='application/ld+json'>{declared}</script>")
    fields = extract_article(html, "https://x.org/2026/12/tram.html").article
    assert fields is not None and PARAGRAPHS[3] in fields.text


def test_a_byline_ending_in_its_authors_link_is_no_label_before_a_headline():
    """A label + same-site link line the byline pass takes ('Reporting by <a>Jane Doe</a>': its link is the
    author's name) is handed on as no label link: gone from the text, it would count as a label seen before
    another story's headline, and teach the site to drop every such line; a line the story keeps is handed on."""
    def extracted(line: str) -> ExtractedArticle:
        paragraphs = [f"<p>{text}</p>" for text in PARAGRAPHS]
        paragraphs.insert(2, f"<p>{line}</p>")
        html = page("<article><h1>Tram line extended</h1>" + "".join(paragraphs) + "</article>")
        return extract_article(html, "https://x.org/news/2024/05/01/tram").article

    byline = extracted("Reporting by <a href='/authors/jane-doe'>Jane Doe</a>")
    assert "Reporting by Jane Doe" not in byline.text and byline.authors == ["Jane Doe"] and byline.label_links == ()
    assert extracted("Venue: <a href='/venues/anfield'>Anfield</a>").label_links == (("Venue: Anfield", "Venue:"),)
