"""The story report of a real crawl of the sample corpus, opened in headless Chromium: what it
renders once its script has run (the filter, right-to-left titles), and a screenshot of it."""
from __future__ import annotations

from collections.abc import Iterator

import lxml.html
import pytest

from tests.browser import HeadlessChromium

RTL_LANGUAGES = {"ar", "ur", "fa"}


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HeadlessChromium]:
    yield HeadlessChromium.find(tmp_path_factory.mktemp("chromium"))


@pytest.fixture(scope="module")
def report(sample_crawl) -> tuple[str, list[dict]]:
    _, result, workdir = sample_crawl
    return (workdir / "out.stories.html").as_uri(), result.records


def _render(browser: HeadlessChromium, url: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(browser.dump_dom(url))


def _stories(page: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return page.xpath('//section[contains(concat(" ", @class, " "), " story ")]')


def _visible(page: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return [story for story in _stories(page) if story.get("hidden") is None]


def test_the_report_shows_every_story_biggest_first_once_its_script_ran(browser, report):
    url, records = report
    page = _render(browser, url)
    stories = _stories(page)
    assert len(stories) == len({record["story_id"] for record in records}) == len(_visible(page))
    sizes = [int(story.get("data-size")) for story in stories]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] == 4  # the AFP copies first
    assert page.get_element_by_id("language-filter").get("disabled") is None  # enabled by the script
    assert page.get_element_by_id("shown").text_content() == f"{len(stories)} stories shown"
    first = stories[0].xpath('.//li[contains(@class, "member")]')
    assert len(first) == 4 and len({member.get("data-language") for member in first}) == 4
    facts = first[1].xpath('.//ul[@class="facts"]/li/@class')
    assert {"language", "source", "time", "score"} <= set(facts) and any(f.startswith("kind") for f in facts)


def test_right_to_left_titles_are_rendered_right_to_left(browser, report):
    url, records = report
    page = _render(browser, url)
    members = page.xpath('//li[contains(@class, "member")]')
    rtl = [m for m in members if m.get("data-language") in RTL_LANGUAGES]
    assert len(rtl) == sum(1 for record in records if record["language"] in RTL_LANGUAGES) > 0
    for member in rtl:
        (title,) = member.xpath('./p[@class="title"]/*')
        assert title.get("dir") == "rtl" and title.get("lang") == member.get("data-language")
    assert all(m.xpath('./p[@class="title"]/*/@dir') == ["ltr"] for m in members if m not in rtl)


def test_the_language_filter_shows_only_stories_in_that_language(browser, report):
    url, records = report
    page = _render(browser, url + "#language=ar")
    arabic_stories = {record["story_id"] for record in records if record["language"] == "ar"}
    visible = _visible(page)
    assert {story.get("id").removeprefix("story-") for story in visible} == arabic_stories
    assert page.get_element_by_id("shown").text_content() == f"{len(arabic_stories)} stories shown"
    marked = page.xpath('//li[contains(concat(" ", @class, " "), " match ")]')
    assert len(marked) == sum(1 for record in records if record["language"] == "ar")
    assert all(member.get("data-language") == "ar" for member in marked)

    shared_english = _visible(_render(browser, url + "#language=en&shared"))
    expected = {story for story, n in _sizes(records, "en").items() if n > 1}
    assert {story.get("id").removeprefix("story-") for story in shared_english} == expected and expected


def _sizes(records: list[dict], language: str) -> dict[str, int]:
    """Members per story, for the stories with a member in ``language``."""
    with_language = {record["story_id"] for record in records if record["language"] == language}
    sizes: dict[str, int] = {}
    for record in records:
        if record["story_id"] in with_language:
            sizes[record["story_id"]] = sizes.get(record["story_id"], 0) + 1
    return sizes


def test_a_screenshot_of_the_report_is_saved(browser, report, tmp_path):
    shot = browser.screenshot(report[0], tmp_path / "stories.png")
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000  # a rendered page, not a blank one
