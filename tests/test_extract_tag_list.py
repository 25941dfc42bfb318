"""A line of the text listing the page's own tags is its tag list, not its story, in any language."""
from __future__ import annotations

import pytest

from newsspider.extract.article import _without_tag_list, extract_article

STORIES = {
    "az": ["Bakının mərkəzi küçələrində ictimai nəqliyyat üçün ayrılmış yeni avtobus zolaqları bu gündən istifadəyə verilib.",
           "Nəqliyyat Agentliyinin məlumatına görə, zolaqların ümumi uzunluğu otuz kilometrdən çoxdur və şəhərin mərkəzini əhatə edir.",
           "Agentlik bildirib ki, bu addım sərnişinlərin yolda keçirdiyi vaxtı təxminən iyirmi faiz azaldacaq."],
    "ta": ["சென்னை மெட்ரோ ரயிலின் இரண்டாம் கட்டத் திட்டத்தின் முதல் வழித்தடம் அடுத்த மாதம் பொதுமக்கள் பயன்பாட்டுக்குத் திறக்கப்படும் என்று அதிகாரிகள் தெரிவித்தனர்.",
           "பூந்தமல்லி முதல் போரூர் வரையிலான இந்த வழித்தடத்தில் ஒன்பது நிலையங்கள் அமைக்கப்பட்டுள்ளன என்று மெட்ரோ நிர்வாகம் கூறியது.",
           "இந்த வழித்தடம் திறக்கப்பட்டால் தினமும் சுமார் ஒரு லட்சம் பயணிகள் பயன்பெறுவார்கள் என்று எதிர்பார்க்கப்படுகிறது."],
}
TAGS = {"az": ("Teqlər:", ["Bakı", "Nəqliyyat", "Avtobus"]), "ta": ("குறிச்சொற்கள்:", ["மெட்ரோ", "சென்னை", "போக்குவரத்து"])}


def page(language: str, closing: str) -> str:
    label, tags = TAGS[language]
    links = " ".join(f"<a href='/tag/t{n}' rel='tag'>{tag}</a>" for n, tag in enumerate(tags))
    paragraphs = "".join(f"<p>{text}</p>" for text in STORIES[language])
    return (f"<html><head><title>Headline</title></head><body><div class='c1'><h1>{STORIES[language][0][:40]}</h1>"
            f"<div class='c4'>{paragraphs}<p>{closing or label} {links}</p></div></div></body></html>")


@pytest.mark.parametrize("language", sorted(STORIES))
def test_a_line_of_a_label_and_the_pages_tags_is_no_part_of_the_text(language):
    article = extract_article(page(language, ""), "https://news.example/2026/05/story.html").article
    assert article is not None and article.tags == TAGS[language][1]
    assert all(tag not in article.text for tag in ("Avtobus", "போக்குவரத்து"))
    assert all(text in article.text for text in STORIES[language])


def test_a_sentence_ending_with_the_pages_tags_is_text():
    closing = "Agentlik bildirib ki, yeni zolaqlar bütün şəhər üçün vacibdir, xüsusilə"  # more words than a label
    article = extract_article(page("az", closing), "https://news.example/2026/05/story.html").article
    assert article is not None and "xüsusilə Bakı Nəqliyyat Avtobus" in article.text


def test_a_subheading_of_two_of_the_pages_tags_is_text():
    subheading = "Bakı Nəqliyyat"  # two tags in a row: a subheading's words as well as a list
    last = f"<p>{STORIES['az'][-1]}</p>"
    article = extract_article(page("az", "").replace(last, f"<h3>{subheading}</h3>{last}"),
                              "https://news.example/2026/05/story.html").article
    assert article is not None and subheading in article.text.split("\n")



def test_a_list_item_of_the_pages_tags_is_text():
    """A story's list item ("- 10 GB LTE Datenvolumen" on a page tagged "10 GB", "LTE", "Datenvolumen") is
    one item of a list the story makes: a tag list's items are a line each."""
    text = "Der neue Tarif bietet:\n- 10 GB LTE Datenvolumen\n- 50 Mbit/s"
    tags = ["10 GB", "LTE", "Datenvolumen"]
    assert _without_tag_list(text, tags, lambda: {"10 gb", "lte", "datenvolumen"}) == (text, [])
    assert _without_tag_list("Schlagwörter: 10 GB, LTE, Datenvolumen", tags, lambda: {"10 gb", "lte", "datenvolumen"}) == (
        "", ["Schlagwörter: 10 GB, LTE, Datenvolumen"])


SCORERS = {  # a story's line naming the page's tags in plain text, in scripts with and without sentence marks
    "en": ("Scorers: Saka, Havertz, Rice", ["Arsenal", "Saka", "Havertz", "Rice"]),
    "ru": ("Голы: Дзюба, Соболев, Миранчук", ["Зенит", "Дзюба", "Соболев", "Миранчук"]),
    "th": ("จังหวัดที่ได้รับผลกระทบ ได้แก่ เชียงใหม่ เชียงราย ลำปาง", ["น้ำท่วม", "เชียงใหม่", "เชียงราย", "ลำปาง"]),
    "ja": ("左から 三笘薫 久保建英 上田綺世", ["サッカー日本代表", "三笘薫", "久保建英", "上田綺世"]),
}


@pytest.mark.parametrize("language", sorted(SCORERS))
def test_a_story_line_naming_the_pages_tags_without_linking_them_is_text(language):
    """A tag list links each tag to its topic's page: the same names in plain text are the story's
    (a scorers' line, the places a flood hit), whatever the label before them."""
    line, tags = SCORERS[language]
    text = f"The story's first sentence.\n{line}\nIts last sentence."
    assert _without_tag_list(text, tags, lambda: {"home", tags[0].casefold()}) == (text, [])
    assert _without_tag_list(text, tags, lambda: {tag.casefold() for tag in tags})[1] == [line]


def test_a_keywords_field_of_thousands_of_entries_reads_a_line_by_its_last_characters():
    tags = [f"keyword {number}" for number in range(20000)] + ["Saka", "Havertz", "Rice"]
    text = "\n".join(["A sentence of the story, ending with keyword 7"] * 2000 + ["Tags: Saka, Havertz, Rice"])
    kept, dropped = _without_tag_list(text, tags, lambda: {"saka", "havertz", "rice"})
    assert dropped == ["Tags: Saka, Havertz, Rice"] and kept.count("\n") == 1999


def test_a_line_of_hashtag_links_is_the_tag_list():
    """A link's text may hold its separator ("#Gaza", "Rafah,"): the tag is the text without it."""
    tags = ["Gaza", "Rafah", "Khan Younis"]
    kept, dropped = _without_tag_list("A sentence.\n#Gaza #Rafah #KhanYounis\nRafah, Gaza, Khan Younis",
                                      tags + ["KhanYounis"], lambda: {"#gaza", "#rafah", "#khanyounis", "rafah,", "gaza,"})
    assert kept == "A sentence.\nRafah, Gaza, Khan Younis" and dropped == ["#Gaza #Rafah #KhanYounis"]


@pytest.mark.parametrize(("line", "tags"), [
    ("الوسوم: غزة، رفح، خان يونس", ["غزة", "رفح", "خان يونس"]),       # the Arabic comma
    ("መለያዎች፡ ጎርፍ፣ አማራ፣ ትግራይ", ["ጎርፍ", "አማራ", "ትግራይ"]),              # the Ethiopic comma
    ("Պիտակներ՝ Երևան, Գյումրի, Վանաձոր", ["Երևան", "Գյումրի", "Վանաձոր"]),
])
def test_a_tag_list_set_apart_by_its_scripts_commas_is_the_tag_list(line, tags):
    kept, dropped = _without_tag_list(f"A sentence.\n{line}", tags, lambda: {tag.casefold() for tag in tags})
    assert kept == "A sentence." and dropped == [line]


def test_the_list_commas_are_every_scripts_commas_and_the_burmese_little_section():
    from newsspider.unicode_classes import CLAUSE_MARKS, LIST_COMMAS
    assert set(LIST_COMMAS) == set(CLAUSE_MARKS) | {"\u104a"}
