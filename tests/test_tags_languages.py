"""Keyword fields split at what separates keywords in each script: a space separates them in the
scripts written without spaces between words, and is part of a keyword elsewhere."""
from __future__ import annotations

import pytest

from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html
from newsspider.extract.tags import split_keywords


def tags(head: str) -> list[str]:
    return read_metadata(parse_html(f"<html><head>{head}</head><body><p>x</p></body></html>"),
                         "https://news.example/a/1").tags


@pytest.mark.parametrize(("keywords", "expected"), [
    ("社会 政治 経済", ["社会", "政治", "経済"]),  # Japanese, three keywords (not a run of words: a separated list)
    ("政治 经济", ["政治", "经济"]),  # Chinese
    ("การเมือง สิทธิมนุษยชน", ["การเมือง", "สิทธิมนุษยชน"]),  # Thai
    ("社会、政治、経済", ["社会", "政治", "経済"]),
    ("NBA 勇士, 库里", ["NBA 勇士", "库里"]),  # a keyword of Latin and Han words is one
    ("سياسة، اقتصاد، مصر", ["سياسة", "اقتصاد", "مصر"]),  # Arabic comma
    ("राजनीति, अर्थव्यवस्था", ["राजनीति", "अर्थव्यवस्था"]),  # Hindi
    ("Πολιτική · Οικονομία", ["Πολιτική", "Οικονομία"]),  # Greek
    ("Polityka; Sejm; Wybory 2023", ["Polityka", "Sejm", "Wybory 2023"]),  # Polish: a keyword of two words
    ("Политика, Госдума, Выборы-2024", ["Политика", "Госдума", "Выборы-2024"]),  # Russian
    ("နိုင်ငံရေး၊ ရွေးကောက်ပွဲ၊ ရန်ကုန်", ["နိုင်ငံရေး", "ရွေးကောက်ပွဲ", "ရန်ကုန်"]),  # Burmese: the Myanmar comma
    ("ᠤᠯᠤᠰ᠂ ᠰᠤᠩᠭᠤᠯᠲᠠ", ["ᠤᠯᠤᠰ", "ᠰᠤᠩᠭᠤᠯᠲᠠ"]),  # Mongolian comma
])
def test_keywords_are_split_at_the_separators_of_their_script(keywords: str, expected: list[str]):
    assert tags(f'<meta name="keywords" content="{keywords}">') == expected


def test_a_space_inside_a_keyword_of_a_spaced_script_is_the_keywords_own():
    assert split_keywords("Theresa May") == ["Theresa May"]
    assert split_keywords("대한민국 정부") == ["대한민국 정부"]  # Korean writes spaces between words


@pytest.mark.parametrize(("values", "expected"), [
    (["Ukraine (123)", "Russland (45)", "Krieg (2981)"], ["Ukraine", "Russland", "Krieg"]),  # each topic's article count
    (["Ukraine(12)", "Russland (7)"], ["Ukraine", "Russland"]),
    (["Olympia (2024)", "Paris (2024)"], ["Olympia (2024)", "Paris (2024)"]),  # one number they share: the topics'
    (["Ukraine (123)", "Russland"], ["Ukraine (123)", "Russland"]),  # not every tag counted: a tag's own brackets
    (["Ukraine (123)"], ["Ukraine (123)"]),  # one tag: no list of counts
])
def test_the_article_counts_after_a_lists_tags_are_no_part_of_them(values, expected):
    from newsspider.extract.tags import clean_tags

    assert clean_tags(values) == expected


@pytest.mark.parametrize(("values", "expected"), [
    # a year in brackets is a part of the topic's name: "Bundestagswahl (2021)" and "(2025)" are two elections
    (["Bundestagswahl (2021)", "Bundestagswahl (2025)"], ["Bundestagswahl (2021)", "Bundestagswahl (2025)"]),
    (["Olympia (1972)", "Olympia (2024)", "München"], ["Olympia (1972)", "Olympia (2024)", "München"]),
    (["Bundestagswahl (2021)", "Bundestagswahl (2025)", "Krieg (45)"],
     ["Bundestagswahl (2021)", "Bundestagswahl (2025)", "Krieg"]),
    (["Ukraine (123)", "Krieg (2021)"], ["Ukraine", "Krieg"]),  # a count in a list of counts, though of a year's digits
])
def test_a_year_after_a_tag_is_its_own_a_count_is_not(values, expected):
    from newsspider.extract.tags import clean_tags

    assert clean_tags(values) == expected


def test_a_keyword_field_spelling_the_headline_word_by_word_names_no_topics():
    head = ("<title>Federal Reserve's Low Rate Policy Is A 'Dangerous Gamble,' Says Top Official</title>"
            "<meta name=\"keywords\" content=\"federal, reserve's, low, rate, policy, is, a, 'dangerous, gamble,', says, "
            "top, official, business\">"
            "<meta property=\"article:tag\" content=\"Federal Reserve\"><meta property=\"article:tag\" content=\"Interest Rates\">")
    assert tags(head) == ["Federal Reserve", "Interest Rates"]


@pytest.mark.parametrize(("title", "keywords", "expected"), [
    # topics that are all words of the headline, not all of them in its order: an editor's choice
    ("Trump and Biden clash over Ukraine and Russia aid", "Trump, Biden, Ukraine, Russia",
     ["Trump", "Biden", "Ukraine", "Russia"]),
    ("Biden meets Xi in Bali", "Biden, Xi, Bali", ["Biden", "Xi", "Bali"]),  # a short headline: three topics may be it
])
def test_topics_that_are_words_of_the_headline_stay(title: str, keywords: str, expected: list[str]):
    assert tags(f'<title>{title}</title><meta name="keywords" content="{keywords}">') == expected


def test_a_keyword_string_that_is_the_headline_names_no_topics():
    # the same CMS habit written as one string of words, no separators: its words are the headline's
    head = ("<title>Federal Reserve's Low Rate Policy Is A Failure</title>"
            "<meta name=\"keywords\" content=\"federal reserve's low rate policy is a failure\">")
    assert tags(head) == []


@pytest.mark.parametrize(("title", "keywords", "expected"), [
    # the headline's words, then the editor's topics: the topics stay
    ("Federal Reserve's Low Rate Policy Is A Failure", "federal, reserve's, low, rate, policy, is, a, failure, "
     "Thomas Hoenig, Interest Rates", ["Thomas Hoenig", "Interest Rates"]),
    ("Wie die Bahn ihre Pünktlichkeit verspielt", "wie, die, bahn, ihre, pünktlichkeit, verspielt, Deutsche Bahn, Verkehr",
     ["Deutsche Bahn", "Verkehr"]),  # German
    ("Как Москва готовится к зиме", "как, москва, готовится, к, зиме, ЖКХ, Москва", ["ЖКХ", "Москва"]),  # Russian
    ("Η κυβέρνηση ανακοινώνει νέα μέτρα", "η, κυβέρνηση, ανακοινώνει, νέα, μέτρα; Οικονομία", ["Οικονομία"]),  # Greek
    ("الحكومة تعلن عن خطة جديدة للطاقة", "الحكومة، تعلن، عن، خطة، جديدة، للطاقة، الطاقة الشمسية", ["الطاقة الشمسية"]),
    # the headline again, whole: no topic (Turkish, as Mynet writes it); a word of it is an editor's topic
    ("Samsun’da sobadan zehirlenen 2 çocuk hastanelik oldu", "Samsun’da, sobadan, zehirlenen, 2, çocuk, hastanelik, "
     "oldu, Samsun’da sobadan zehirlenen 2 çocuk hastanelik oldu, Samsun", ["Samsun"]),
    ("港特首梁振英就住宅违建事件道歉", "港, 特首, 梁振英, 就, 住宅, 违建, 事件, 道歉, 港特首梁振英就住宅违建事件道歉", []),
    # one string of the headline's words and a topic's after them: the topic
    ("Federal Reserve's Low Rate Policy Is A Failure", "federal reserve's low rate policy is a failure hoenig",
     ["hoenig"]),
])
def test_the_topics_after_a_keyword_field_spelling_the_headline_stay(title: str, keywords: str, expected: list[str]):
    assert tags(f'<title>{title}</title><meta name="keywords" content="{keywords}">') == expected


def test_the_topics_after_the_headlines_words_give_way_to_a_field_naming_topics_only():
    # HuffPost's habit: the headline's words and the section; its tag list (another field) comes first
    head = ("<title>Alabama Workers Leave State As Immigration Law Takes Effect</title>"
            "<meta name=\"keywords\" content=\"alabama, workers, leave, state, as, immigration, law, takes, effect, business\">"
            "<meta property=\"article:tag\" content=\"Immigration Reform\">")
    assert tags(head) == ["Immigration Reform"]


@pytest.mark.parametrize(("title", "keywords", "expected"), [
    # a headline written without spaces cut into pieces as keywords, then topics
    ("港特首梁振英就住宅违建事件道歉", "港, 特首, 梁振英, 就, 住宅, 违建, 事件, 道歉, 香港政治", ["香港政治"]),  # Chinese
    ("宮崎県で震度5弱、高知と宮崎に津波注意報", "宮崎県, 震度5弱, 高知, 宮崎, 津波注意報", []),  # Japanese: particles left out
    ("宮崎県で震度5弱、高知と宮崎に津波注意報", "宮崎県、震度5弱、高知、宮崎、津波注意報、気象庁", ["気象庁"]),
    ("กรุงเทพฯเตรียมรับมือน้ำท่วมใหญ่", "กรุงเทพฯ เตรียม รับมือ น้ำท่วม ใหญ่", []),  # Thai, pieces at spaces
])
def test_a_keyword_field_cutting_an_unspaced_headline_into_pieces_names_no_topics(title, keywords, expected):
    assert tags(f'<title>{title}</title><meta name="keywords" content="{keywords}">') == expected


@pytest.mark.parametrize(("title", "keywords", "expected"), [
    # the headline whole as the field's first entry, in a script written without spaces (a Chinese
    # CMS writes the title as the keywords): no topic, as a spaced headline's words are none
    ("港特首梁振英就住宅违建事件道歉", "港特首梁振英就住宅违建事件道歉", []),  # Chinese
    ("港特首梁振英就住宅违建事件道歉", "港特首梁振英就住宅违建事件道歉, 香港", ["香港"]),
    ("กรุงเทพฯเตรียมรับมือน้ำท่วมใหญ่", "กรุงเทพฯเตรียมรับมือน้ำท่วมใหญ่", []),  # Thai
    ("宮崎県で震度5弱、高知と宮崎に津波注意報", "宮崎県で震度5弱、高知と宮崎に津波注意報、気象庁", ["気象庁"]),  # Japanese
    ("الحكومة تعلن عن خطة جديدة للطاقة", "الحكومة تعلن عن خطة جديدة للطاقة", []),  # Arabic: spaced, as before
    ("मोदी ने नई ऊर्जा योजना की घोषणा की", "मोदी ने नई ऊर्जा योजना की घोषणा की, सौर ऊर्जा", ["सौर ऊर्जा"]),  # Hindi
    # a topic that is a piece of the headline stays (the field does not open with the whole)
    ("港特首梁振英就住宅违建事件道歉", "梁振英", ["梁振英"]),
])
def test_a_keyword_field_opening_with_the_whole_headline_names_no_topic_in_every_script(title, keywords, expected):
    assert tags(f'<title>{title}</title><meta name="keywords" content="{keywords}">') == expected


@pytest.mark.parametrize(("title", "keywords", "expected"), [
    # topics cut from an unspaced headline by an editor: a few, not the whole headline in order
    ("港特首梁振英就住宅违建事件道歉", "香港, 梁振英, 行政长官, 特首, 违建", ["香港", "梁振英", "行政长官", "特首", "违建"]),
    ("宮崎県で震度5弱、高知と宮崎に津波注意報", "社会, 災害・気象, 宮崎県", ["社会", "災害・気象", "宮崎県"]),
    ("宮崎県で震度5弱、高知と宮崎に津波注意報", "宮崎県, 高知, 津波注意報", ["宮崎県", "高知", "津波注意報"]),  # in order, gaps
])
def test_topics_cut_from_an_unspaced_headline_stay(title: str, keywords: str, expected: list[str]):
    assert tags(f'<title>{title}</title><meta name="keywords" content="{keywords}">') == expected


def _page_with_menu(sections: list[str], keywords: str, *, after: bool = False, tag: str = "", tag_list: str = "") -> list[str]:
    menu = "<nav><ul>" + "".join(f'<li><a href="/{i}/">{s}</a></li>' for i, s in enumerate(sections)) + "</ul></nav>"
    story = f"<article><h1>A headline of the story</h1><p>The story's text.</p>{tag_list}</article>"
    body = story + menu if after else menu + story
    head = f'<title>A headline of the story</title><meta name="keywords" content="{keywords}">{tag}'
    return read_metadata(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"),
                         "https://news.example/a/1").tags


@pytest.mark.parametrize(("sections", "keywords"), [
    (["Nation", "World", "Entertainment", "Sports", "Business", "Health"],
     "news, update, nation, U.S., world, entertainment, sports, business, health, top news"),
    (["정치", "경제", "사회", "국제", "문화"], "뉴스, 정치, 경제, 사회, 국제, 문화, 동아일보"),  # Korean
    (["politique", "économie", "international", "arts", "sports"],
     "Radio-Canada, politique, économie, international, arts, sports"),  # French
    (["سياسة", "اقتصاد", "رياضة", "ثقافة"], "أخبار، سياسة، اقتصاد، رياضة، ثقافة"),  # Arabic
    (["政治", "社会", "芸能", "スポーツ", "健康"], "日刊, 政治, 社会, 芸能, スポーツ, 健康"),  # Japanese
    (["Front Page", "Explainers", "World", "Future Perfect"], "front-page, explainers, world, future-perfect, climate"),
])
def test_a_keyword_field_naming_the_sites_menu_sections_gives_way_to_one_naming_none(sections, keywords):
    # the site's standing list, or an article cross-listed in many sections: another field naming
    # none of the sections comes first, and so does one naming one of them (an article's own filing
    # under its section); one naming several does not (a standing list, or the first's cross-listing
    # echoed); alone, the field stands
    assert _page_with_menu(sections, keywords, tag='<meta property="article:tag" content="Robert Gates">') == [
        "Robert Gates"]
    assert _page_with_menu(sections, keywords, tag=f'<meta property="article:tag" content="Gates, {sections[0]}">') == [
        "Gates", sections[0]]
    assert _page_with_menu(sections, keywords, tag=f'<meta property="article:tag" content="Gates, {sections[0]}, {sections[1]}">') == (
        _page_with_menu(sections, keywords))
    assert len(_page_with_menu(sections, keywords)) == len(split_keywords(keywords))


@pytest.mark.parametrize(("sections", "keywords", "tag_list", "expected"), [
    (["News", "World", "Politics", "Sports", "Business", "Health"], "news, world, politics, sports, business, health",
     ["Politics", "Joe Biden", "Election 2024"], ["Politics", "Joe Biden", "Election 2024"]),
    (["سياسة", "اقتصاد", "رياضة", "ثقافة", "لبنان"], "أخبار، سياسة، اقتصاد، رياضة، ثقافة",
     ["لبنان", "الانتخابات البلدية"], ["لبنان", "الانتخابات البلدية"]),  # Arabic
    (["राजनीति", "देश", "विदेश", "खेल", "मनोरंजन"], "राजनीति, देश, विदेश, खेल, मनोरंजन",
     ["राजनीति", "चुनाव"], ["राजनीति", "चुनाव"]),  # Hindi
])
def test_an_articles_tag_list_naming_its_own_section_comes_before_the_sites_standing_list(
        sections, keywords, tag_list, expected):
    # the site's sections on every page, then the article's tags, one of them its section: the article's
    links = "".join(f'<li><a rel="tag" href="/tag/{n}">{tag}</a></li>' for n, tag in enumerate(tag_list))
    assert _page_with_menu(sections, keywords, tag_list=f'<ul class="tags">{links}</ul>') == expected


def test_an_article_filed_under_a_few_sections_keeps_them_and_a_list_after_the_story_is_no_menu():
    sections = ["Politik", "Wirtschaft", "Sport", "Kultur", "Panorama"]
    # a section and two cross-listings among topics: the article's own
    assert _page_with_menu(sections, "Politik, Wirtschaft, Sport, Bundestag") == ["Politik", "Wirtschaft", "Sport", "Bundestag"]
    # the same links in a list below the headline: the story's tags, not the site's menu
    assert _page_with_menu(sections, "Politik, Wirtschaft, Sport, Kultur", after=True) == [
        "Politik", "Wirtschaft", "Sport", "Kultur"]


def test_a_tag_list_naming_the_site_comes_before_a_keyword_field_naming_the_sites_sections():
    # heise's tag list names its section "Security", which the page also gives as its site's name
    sections = ["Shop", "Stellenmarkt", "Academy", "Download", "Preisvergleich"]
    tag_list = '<ul class="tags"><li><a href="/thema/phishing">Phishing</a></li><li><a href="/thema/security">Security</a></li></ul>'
    assert _page_with_menu(sections, "Shop, Stellenmarkt, Academy, Download, Preisvergleich", tag_list=tag_list,
                           tag='<meta property="og:site_name" content="Security">') == ["Phishing", "Security"]


@pytest.mark.parametrize(("keywords", "expected"), [
    ("राजनीति | चुनाव | भाजपा", ["राजनीति", "चुनाव", "भाजपा"]),  # pipes, Hindi
    ("政治，选举，美国", ["政治", "选举", "美国"]),  # fullwidth commas, Chinese
    ("Выборы; Госдума; rubric/политика", ["Выборы", "Госдума", "политика"]),  # a CMS path before a Russian topic
    ("sections/sverige, rubrik/politik, Stockholm", ["sverige", "politik", "Stockholm"]),
    ("tag:brexit, _hidden, 3f2504e0-4f89-11d3-9a0c-0305e82c3301, 1234567, Wahl", ["brexit", "Wahl"]),
    ("Brexit / EU / Theresa May", ["Brexit", "EU", "Theresa May"]),  # spaced slashes between three entries or more
    ("TCP/IP, Netz", ["TCP/IP", "Netz"]),  # a slash inside a name
    ("Donald Trump", ["Donald Trump"]),  # a phrase of two words: one tag
    ("Boxen Russland Frank Warren", ["Boxen", "Russland", "Frank", "Warren"]),  # a string of words, no phrase
])
def test_keyword_fields_split_and_cleaned_in_every_script(keywords: str, expected: list[str]):
    assert tags(f'<meta name="keywords" content="{keywords}">') == expected


def test_open_graph_article_tags_one_a_meta_tag_are_declared_keywords():
    # og:article:tag is article:tag under Open Graph's prefix, one meta tag a topic: the article's own,
    # before a list of links the page prints (another story's, a trending box)
    head = "".join(f'<meta property="og:article:tag" content="{topic}">' for topic in ("Bundestag", "Wahl 2025", "選挙"))
    body = ('<article><p>Text.</p></article><div class="tags"><a href="/tag/a">Wetter</a>'
            '<a href="/tag/b">Fußball</a></div>')
    assert read_metadata(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"),
                         "https://news.example/a/1").tags == ["Bundestag", "Wahl 2025", "選挙"]


@pytest.mark.parametrize(("heading", "topic"), [
    ("Related keywords", "Storm"),
    ("■関連キーワード", "フジテレビ"),  # Japanese: the heading longer than the one tag
    ("Теги статьи", "Шторм"),  # Russian
    ("كلمات مفتاحية", "عاصفة"),  # Arabic
])
def test_the_heading_of_a_tag_box_of_one_link_is_its_title_not_text_around_the_tag(heading: str, topic: str):
    text = "<p>" + "The storm came ashore on Monday and damaged many houses. " * 8 + "</p>"
    head = "<title>Big storm hits the coast</title>"
    box = f"<div class='keyword-list'><h2>{heading}</h2><ul><li><a href='/tags/1607'>{topic}</a></li></ul></div>"
    page = f"<html><head>{head}</head><body><article><h1>Big storm hits the coast</h1>{text}{box}</article></body></html>"
    assert read_metadata(parse_html(page), "https://news.example/a/1").tags == [topic]
    # a heading after the label is a teaser's headline: text around the link, which is its kicker
    teaser = f"<div class='tag'><a href='/tag/x'>{topic}</a><h3>Council approves the new harbour budget today</h3></div>"
    page = f"<html><head>{head}</head><body><article><h1>Big storm hits the coast</h1>{text}{teaser}</article></body></html>"
    assert read_metadata(parse_html(page), "https://news.example/a/1").tags == []


@pytest.mark.parametrize(("directory", "topics"), [
    ("topik", ["Pemilu 2024", "Jakarta"]),  # Indonesian, Malay
    ("chu-de", ["Bầu cử", "Hà Nội"]),  # Vietnamese: topic
    ("tu-khoa", ["Bầu cử", "Hà Nội"]),  # Vietnamese: keyword
    ("tagy", ["Volby", "Praha"]),  # Czech, Slovak
    ("temata", ["Volby", "Praha"]),  # Czech: topics
    ("teemad", ["Valimised", "Tallinn"]),  # Estonian
    ("taggar", ["Val", "Stockholm"]),  # Swedish: tags
    ("tunnisteet", ["Vaalit", "Helsinki"]),  # Finnish: tags
    ("etiketter", ["Valg", "Oslo"]),  # Danish, Norwegian, Swedish: labels
    ("temi", ["Elezioni", "Roma"]),  # Italian: topics
    ("tegi", ["Выборы", "Москва"]),  # Russian "теги" transliterated
])
def test_links_into_a_topic_directory_named_in_the_sites_language_are_a_tag_list(directory: str, topics: list[str]):
    # no class, no rel: the address alone says the links go to topic pages
    links = "".join(f"<li><a href='/{directory}/{n}'>{topic}</a></li>" for n, topic in enumerate(topics))
    body = f"<article><p>Text.</p><ul>{links}</ul></article>"
    assert read_metadata(parse_html(f"<html><head></head><body>{body}</body></html>"),
                         "https://news.example/a/1").tags == topics


@pytest.mark.parametrize(("label", "topic"), [
    ("More on this topic", "Storm"),
    ("Mehr zum Thema", "EU"),  # German: the label longer than the tag
    ("■関連キーワード", "フジテレビ"),  # Japanese, in a <span>
    ("Больше по теме", "Шторм"),  # Russian
])
def test_the_label_before_a_one_link_tag_box_is_its_title_without_a_colon_too(label: str, topic: str):
    text = "<p>" + "The storm came ashore on Monday and damaged many houses. " * 8 + "</p>"
    head = "<title>Big storm hits the coast</title>"

    def tags_of(box: str) -> list[str]:
        page = f"<html><head>{head}</head><body><article><h1>Big storm hits the coast</h1>{text}{box}</article></body></html>"
        return read_metadata(parse_html(page), "https://news.example/a/1").tags

    assert tags_of(f"<div class='tags'><span>{label}</span> <a href='/tag/x'>{topic}</a></div>") == [topic]
    # a sentence before the link, or a time (a teaser's), is text around it: no box of one tag
    assert tags_of(f"<div class='tags'>The council met on Monday to discuss <a href='/tag/x'>{topic}</a></div>") == []
    assert tags_of(f"<div class='tags'>14:34 Uhr, {label} <a href='/tag/x'>{topic}</a></div>") == []


# A box of one link whose label prompts to read on ("Читайте также", "Read also", "Lesen Sie auch": the cleaning
# patterns' read-also phrases) links a related story, not its topic, whatever directory the link goes to; a label naming the
# topic ("More on this topic", "Mehr zum Thema") still titles a tag box.
@pytest.mark.parametrize("box", [
    "<div class='tags'><span>Читайте также</span> <a href='/tegi/x'>Шторм</a></div>",
    "<div class='tags'>Читайте также: <a href='/tegi/x'>Шторм на побережье</a></div>",
    "<div class='tags'><span>Read also</span> <a href='/tag/x'>Storm</a></div>",
])
def test_a_box_labelled_with_a_read_also_prompt_holds_no_tag(box: str):
    text = "<p>" + "The storm came ashore on Monday and damaged many houses. " * 8 + "</p>"
    page = (f"<html><head><title>Big storm hits the coast</title></head><body><article><h1>Big storm hits the coast</h1>"
            f"{text}{box}</article></body></html>")
    assert read_metadata(parse_html(page), "https://news.example/a/1").tags == []


# ... but a list of several topic links under such a label is the story's tags: HuffPost labels its tag list "Read
# More:" (goose's fixture test_testHuffingtonPost), and a list of related stories is told by its headlines instead.
def test_a_list_of_topic_links_under_a_read_more_label_is_the_storys_tags():
    text = "<p>" + "The storm came ashore on Monday and damaged many houses. " * 8 + "</p>"
    box = ("<div class='read_more'><strong>Read More:</strong> <a href='/tag/storms'>Storms</a>, "
           "<a href='/tag/coast-guard'>Coast Guard</a>, <a href='/tag/climate'>Climate</a></div>")
    page = (f"<html><head><title>Big storm hits the coast</title></head><body><article><h1>Big storm hits the coast</h1>"
            f"{text}{box}</article></body></html>")
    assert read_metadata(parse_html(page), "https://news.example/a/1").tags == ["Storms", "Coast Guard", "Climate"]


# A list of links into a topic directory each of which is a headline (four words or more: tags name a topic in one
# to three) is a list of stories, no tag list; one long topic beside short ones is a tag.
def test_a_list_of_headlines_linked_into_a_topic_directory_is_no_tag_list():
    def tags_of(topics: list[str]) -> list[str]:
        links = "".join(f"<li><a href='/tegi/{n}'>{topic}</a></li>" for n, topic in enumerate(topics))
        body = f"<article><p>Text.</p><ul>{links}</ul></article>"
        return read_metadata(parse_html(f"<html><head></head><body>{body}</body></html>"), "https://news.example/a/1").tags

    assert tags_of(["Шторм обрушился на побережье Крыма", "Власти эвакуировали жителей посёлка"]) == []
    assert tags_of(["Выборы", "Москва", "Президентские выборы в России 2024"]) == [
        "Выборы", "Москва", "Президентские выборы в России 2024"]


# ... but a list the page's markup calls tags (its class, id or a data- attribute: :class:`_TagMarks`) names topics
# whatever their length: Vietnamese writes a word's syllables apart ("Biến đổi khí hậu", climate change), German and
# Spanish name a topic in a phrase ("Krieg in der Ukraine", "Elecciones generales de 2024").
@pytest.mark.parametrize("topics", [
    ["Biến đổi khí hậu", "Năng lượng tái tạo"],
    ["Krieg in der Ukraine", "Wahlen in den USA"],
    ["Elecciones generales de 2024", "Partido Popular de Madrid"],
])
def test_a_list_marked_as_tags_keeps_topics_of_four_words_or_more(topics: list[str]):
    links = "".join(f"<li><a href='/tag/{n}'>{topic}</a></li>" for n, topic in enumerate(topics))
    for box in (f"<ul class='tags'>{links}</ul>", f"<div class='article-tags'><ul>{links}</ul></div>"):
        body = f"<article><p>Text.</p>{box}</article>"
        assert read_metadata(parse_html(f"<html><head></head><body>{body}</body></html>"),
                             "https://news.example/a/1").tags == topics, box


def test_direction_marks_beside_a_right_to_left_lists_separators_are_no_part_of_the_tags():
    """CLDR's Persian list writes "،\u200f " (RLM) between items: no part of the next keyword."""
    from newsspider.extract.tags import clean_tags, split_keywords

    assert clean_tags(split_keywords("ایران،\u200f تهران، \u200fالأمم المتحدة\u200e")) == ["ایران", "تهران", "الأمم المتحدة"]
