"""Page metadata: the JSON-LD article at any depth, authors from bylines, tags, headlines."""
from __future__ import annotations

import json
import time

import pytest

from newsspider.extract.bylines import author_names
from newsspider.extract.elements import PageElements
from newsspider.extract.jsonld import declares_listing, page_paths, read_jsonld
from newsspider.extract.meta_tags import meta_values
from newsspider.extract.metadata import read_metadata
from newsspider.extract.parse import parse_html
from newsspider.extract.tags import clean_tags, split_keywords


def metadata(head: str = "", body: str = "<p>Text.</p>", url: str = "https://news.example/politik/a.html"):
    return read_metadata(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"), url)


def jsonld(data: object) -> str:
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


# --- JSON-LD --------------------------------------------------------------------------------------
def test_a_json_ld_person_named_by_given_and_family_name_is_an_author():
    person = {"@type": "Person", "givenName": "Jane", "familyName": "Doe", "url": "https://news.example/a/jd"}
    page = metadata(jsonld({"@type": "NewsArticle", "headline": "H", "author": [person]}))
    assert page.authors == ["Jane Doe"]
    given_only = {"@type": "Person", "givenName": "Jane"}  # half a name: none
    assert metadata(jsonld({"@type": "NewsArticle", "headline": "H", "author": given_only})).authors == []


def test_a_json_ld_author_given_as_a_list_of_name_parts_is_one_name():
    for author in (["Jane", "Doe"], {"@type": "Person", "name": ["Jane", "Doe"]}):
        page = metadata(jsonld({"@type": "NewsArticle", "headline": "H", "author": [author]}))
        assert page.authors == ["Jane Doe"], author


def test_a_json_ld_name_given_as_a_list_of_full_names_is_each_a_person():
    author = {"@type": "Person", "name": ["Jane Doe", "John Roe"]}
    page = metadata(jsonld({"@type": "NewsArticle", "headline": "H", "author": author}))
    assert page.authors == ["Jane Doe", "John Roe"]
    korean = {"@type": "Person", "name": ["배윤경", "이상현"]}  # a Korean name is one word
    assert metadata(jsonld({"@type": "NewsArticle", "headline": "H", "author": korean})).authors == ["배윤경", "이상현"]
    assert metadata(jsonld({"@type": "NewsArticle", "headline": "H", "author": ["Jane Doe", "John Roe"]})).authors == [
        "Jane Doe", "John Roe"]


def test_article_is_found_in_graph_and_as_main_entity_of_a_web_page():
    in_graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Example"}, {"@type": "NewsArticle", "headline": "In the graph"}]}
    assert metadata(jsonld(in_graph)).title == "In the graph"
    main_entity = {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "headline": "Main entity",
                                                      "author": {"@type": "Person", "name": "Jane Doe"}}}
    meta = metadata(jsonld(main_entity))
    assert meta.title == "Main entity" and meta.authors == ["Jane Doe"] and meta.declares_article
    nested_list = [[{"@type": ["Thing", "ReportageNewsArticle"], "headline": "Listed"}]]
    assert metadata(jsonld(nested_list)).declares_article


def test_a_related_storys_article_block_before_the_pages_own_is_not_the_pages_article():
    def story(headline: str, path: str, day: str, key: str = "url") -> dict:
        return {"@type": "NewsArticle", "headline": headline, key: f"https://news.example{path}",
                "datePublished": f"2023-04-{day}T10:00:00+02:00"}

    related = jsonld(story("Another story", "/politik/b.html", "01"))
    own = story("This story", "/politik/a.html", "28")
    meta = metadata(related + jsonld(own))
    assert (meta.title, meta.published) == ("This story", "2023-04-28T10:00:00+02:00")
    # named by mainEntityOfPage, or by the canonical link of a page served elsewhere
    entity = story("This story", "/politik/a.html", "28", key="mainEntityOfPage")
    assert metadata(related + jsonld(entity)).published == "2023-04-28T10:00:00+02:00"
    canonical = "<link rel='canonical' href='https://news.example/politik/a.html'>"
    served = read_metadata(parse_html(f"<html><head>{canonical}{related}{jsonld(own)}</head><body></body></html>"),
                           "http://127.0.0.1:8080/mirror/a")
    assert served.published == "2023-04-28T10:00:00+02:00"
    # an article naming no page (or the site's root) is the page's where none names it
    unnamed = {"@type": "NewsArticle", "headline": "This story", "url": "https://news.example/",
               "datePublished": "2023-04-28T10:00:00+02:00"}
    assert metadata(related + jsonld(unnamed)).published == "2023-04-28T10:00:00+02:00"
    # all naming other pages (another spelling of the page's address?): the first, as before
    assert metadata(related).published == "2023-04-01T10:00:00+02:00"


def test_json_ld_dates_written_as_value_objects_are_read():
    data = {"@type": "NewsArticle", "headline": "Typed",
            "datePublished": {"@value": "2023-04-28T18:11:01+02:00", "@type": "DateTime"},
            "dateModified": [{"@value": "2023-04-29T08:00:00+02:00"}]}
    meta = metadata(jsonld(data))
    assert meta.published == "2023-04-28T18:11:01+02:00" and meta.modified == "2023-04-29T08:00:00+02:00"


def test_publication_dates_under_the_other_meta_names_in_use_are_read():
    for name in ("og:published_time", "published_date", "dcterms.issued", "publication_date", "article.published",
                 "article:published_date", "article:post_date", "DC.date.created", "dc:created", "dateCreated"):
        meta = metadata(f"<meta name='{name}' content='2023-04-28T18:11:01+02:00'>")
        assert meta.published == "2023-04-28T18:11:01+02:00" and meta.dated, name
    assert metadata("<meta property='og:modified_time' content='2023-04-29T08:00:00+02:00'>").modified == (
        "2023-04-29T08:00:00+02:00")
    assert metadata("<meta name='timestamp' content='2023-04-28T18:11:01+02:00'>").published is None  # any time


def test_articles_listed_by_a_collection_page_are_not_the_pages_article():
    listing = {"@type": "CollectionPage", "mainEntity": {"@type": "ItemList", "itemListElement": [
        {"@type": "ListItem", "item": {"@type": "NewsArticle", "headline": "A teaser"}}]}}
    meta = metadata(jsonld(listing))
    assert not meta.declares_article and meta.declares_listing


def test_the_listing_the_json_ld_declares_does_not_depend_on_the_addresses_it_was_read_for():
    listing = {"@type": "CollectionPage", "url": "https://news.example/tag/storm"}
    article = {"@type": "NewsArticle", "headline": "H", "url": "https://news.example/other.html"}
    for blocks, expected in (([listing], True), ([listing, article], False), ([article], False)):
        page = PageElements(parse_html(f"<html><head>{''.join(map(jsonld, blocks))}</head><body></body></html>"))
        reads = [read_jsonld(page.of("script"), url, page_paths(url)) for url in
                 (None, "https://news.example/tag/storm", "https://news.example/a.html")]
        assert [read.listing for read in reads] == [expected] * 3, blocks
        assert declares_listing(page) is expected  # read anew
        read_first = PageElements(page.tree)
        assert declares_listing(read_first, reads[2]) is expected and declares_listing(read_first) is expected


def test_meta_values_of_some_names_are_those_of_all_names():
    page = PageElements(parse_html("<html><head><meta property='og:locale' content='en_GB'>"
                                   "<meta name='description' content='A &amp; B'><meta property=' OG:URL ' content='/a'>"
                                   "<meta http-equiv='Content-Language' content='en-GB'><meta name='' content='x'>"
                                   "</head><body></body></html>"))
    every = meta_values(page)
    for names in (("og:locale", "content-language"), ("og:url", "og:locale"), ("description",), ()):
        assert meta_values(page, names) == {name: values for name, values in every.items() if name in names}


# --- authors --------------------------------------------------------------------------------------
def test_bylines_split_at_the_conjunctions_of_many_languages():
    assert author_names(["Samya Kullab and Vasilisa Stepanenko"]) == ["Samya Kullab", "Vasilisa Stepanenko"]
    assert author_names(["Felix Schröder und Jörg Soldwisch, dpa"]) == ["Felix Schröder", "Jörg Soldwisch", "dpa"]
    assert author_names(["Trine Juncher Jørgensen og Tôrtia Reimer-Johansen"]) == [
        "Trine Juncher Jørgensen", "Tôrtia Reimer-Johansen"]
    assert author_names(["Par Jean Dupont et Marie Curie"]) == ["Jean Dupont", "Marie Curie"]
    assert author_names(["Ana María López y Pedro Gómez"]) == ["Ana María López", "Pedro Gómez"]
    assert author_names(["Ayşe Yılmaz ve Mehmet Demir"]) == ["Ayşe Yılmaz", "Mehmet Demir"]
    assert author_names(["Иван Петров и Анна Смирнова"]) == ["Иван Петров", "Анна Смирнова"]
    assert author_names(["محمد علي و أحمد حسن"]) == ["محمد علي", "أحمد حسن"]


def test_the_conjunction_after_a_lists_last_separator_is_not_part_of_the_name():
    """The serial comma: ", and Tom Watkins" is Tom Watkins; a capitalised "Na" opens a Korean name."""
    assert author_names(["Dana A. Ford, James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN"], ["CNN"]) == [
        "Dana A. Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watkins"]
    assert author_names(["Ana López, Pedro Gómez, y Luis Ruiz"]) == ["Ana López", "Pedro Gómez", "Luis Ruiz"]
    assert author_names(["JANE DOE, JOHN ROE, AND MAX MUSTER"]) == ["JANE DOE", "JOHN ROE", "MAX MUSTER"]
    assert author_names(["Kim Min-ji, Na Kyung Won"]) == ["Kim Min-ji", "Na Kyung Won"]


def test_each_name_a_conjunction_joins_loses_the_agency_or_reporters_credited_with_it():
    assert author_names(["Jane Doe and John Roe with additional reporting by Max Muster"]) == [
        "Jane Doe", "John Roe", "Max Muster"]
    assert author_names(["Jane Doe and John Roe mit dpa"]) == ["Jane Doe", "John Roe", "dpa"]
    assert author_names(["Jane Doe with additional reporting by John Roe and Max Muster"]) == [
        "Jane Doe", "John Roe", "Max Muster"]


def test_a_particle_joined_to_a_capitalised_name_opens_a_name_not_a_phrase():
    assert author_names(["al-Hassan Ahmed"]) == ["al-Hassan Ahmed"]
    assert author_names(["d'Alembert Jean"]) == ["d'Alembert Jean"]
    assert author_names(["Amira al-Hassan"]) == ["Amira al-Hassan"]
    assert author_names(["state-run Xinhua News"]) == []  # a hyphen before a word in lower case joins no particle
    assert author_names(["lives in Paris"]) == []


def test_an_updater_is_no_author():
    assert author_names(["Updated by Jane Doe"]) == []
    assert author_names(["By Jane Doe\nUpdated by John Roe"]) == ["Jane Doe"]


def test_a_keyword_field_of_a_long_run_of_spaces_splits_in_linear_time():
    started = time.perf_counter()
    assert split_keywords("a" + " " * 20_000 + "x") == ["a" + " " * 20_000 + "x"]
    assert split_keywords("a" + " \t" * 20_000 + "; x") == ["a", "x"]
    assert time.perf_counter() - started < 1  # ~5 s when tried from every space of the run


def test_a_capitalised_di_opens_a_surname_and_a_lower_case_di_is_the_byline_word():
    assert author_names(["Di Maio Luigi"]) == ["Di Maio Luigi"]
    assert author_names(["di Marco Rossi"]) == ["Marco Rossi"]
    assert author_names(["Di: Marco Rossi"]) == ["Marco Rossi"]  # a label
    assert author_names(["Di Battista Alessandro e di Marco Rossi"]) == ["Di Battista Alessandro", "Marco Rossi"]
    assert author_names(["Von Jane Doe"]) == ["Jane Doe"]  # German opens a byline with a capital


def test_a_conjunction_inside_one_name_does_not_split_it():
    assert author_names(["José Ortega y Gasset"]) == ["José Ortega y Gasset"]
    assert author_names(["Maria Rodrigues e Silva"]) == ["Maria Rodrigues e Silva"]


def test_a_colon_after_a_name_sets_off_a_role_or_a_time_and_a_label_before_names_is_dropped():
    assert author_names(["Jane Doe: Reporter"]) == ["Jane Doe"]
    assert author_names(["Jane Doe: Political Correspondent"]) == ["Jane Doe"]
    assert author_names(["Jane Doe: Analyse"]) == ["Jane Doe"]
    assert author_names(["By Jane Doe: Updated 12:30 p.m."]) == ["Jane Doe"]
    assert author_names(["Text: Jane Doe"]) == ["Jane Doe"]
    assert author_names(["Tác giả: Nguyễn Văn A"]) == ["Nguyễn Văn A"]
    assert author_names(["Written By: Jane Doe"]) == ["Jane Doe"]
    assert author_names(["Reporter: Jane Doe"]) == ["Jane Doe"]
    assert author_names(["Stand: 20. April 2020, 14:57 Uhr"]) == []  # a label before a time: no name at all


def test_bylines_are_cleaned_of_emails_credits_initials_and_ids():
    assert author_names(["Jane Doe jane.doe@example.com"]) == ["Jane Doe"]
    assert author_names(["Elena Oberholzer (obe)"]) == ["Elena Oberholzer"]
    assert author_names(["John Smith (Image: Getty Images)"]) == ["John Smith"]
    assert author_names(["Foto: Reuters", "Max Muster"]) == ["Max Muster"]
    assert author_names(["By Jane Doe", "12345678"]) == ["Jane Doe"]


def test_roles_lone_byline_words_picture_credits_and_web_addresses_are_not_authors():
    assert author_names(["TOM KRISHER, AP Auto Writer"]) == ["TOM KRISHER"]
    assert author_names(["Jane Doe", "Staff Reporter"]) == ["Jane Doe"]
    assert author_names(["HT Correspondent"]) == ["HT Correspondent"]  # a role alone is all the page credits
    assert author_names(["Par"]) == [] and author_names(["Autor:"]) == []
    assert author_names(["Photo by Nikolai Tornau", "Joe Matazzoni"]) == ["Joe Matazzoni"]
    assert author_names(["Frank Bueltge - http://bueltge.de"]) == ["Frank Bueltge"]
    assert author_names(["Web Commerce GmbH www.w-commerce.de"]) == []
    assert author_names(["Deutsche Welle (www.dw.com)"]) == ["Deutsche Welle"]


def test_the_publisher_is_an_author_only_when_nobody_else_is_named():
    own = ["STERN.de", "stern.de", "Deutsche Welle"]
    assert author_names(["Jane Doe", "STERN.de"], own) == ["Jane Doe"]
    assert author_names(["Deutsche Welle (www.dw.com)", "Jane Doe"], own) == ["Jane Doe"]
    assert author_names(["Stern"], own) == ["Stern"]
    meta = metadata(jsonld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Example News"}})
                    + "<meta property='og:site_name' content='Example News'><meta name='author' content='Jane Doe'>")
    assert meta.authors == ["Jane Doe"]


def test_a_byline_label_of_any_language_before_a_colon_is_not_part_of_the_name():
    assert author_names(["Kirjoittaja: Matti Meikäläinen"]) == ["Matti Meikäläinen"]  # Finnish
    assert author_names(["Tác giả: Nguyễn Văn An"]) == ["Nguyễn Văn An"]  # Vietnamese
    assert author_names(["Muhabir: Ahmet Yılmaz"]) == ["Ahmet Yılmaz"]  # Turkish
    assert author_names(["Текст: Лида Буслаева"]) == ["Лида Буслаева"]
    assert author_names(["كتب: محمد علي"]) == ["محمد علي"]
    assert author_names(["質問者：あいぎゅ"]) == ["あいぎゅ"]
    assert author_names(["Text und Fotos: Anna Schmidt"]) == ["Anna Schmidt"]
    assert author_names(["Oleh Budi Santoso"]) == ["Budi Santoso"] and author_names(["Napisał Jan Kowalski"]) == [
        "Jan Kowalski"]
    assert author_names(["Foto: Max Muster"]) == []  # a picture's credit stays no byline


def test_a_one_letter_conjunction_is_lower_case_and_a_sentence_is_no_pair_of_names():
    assert author_names(["Nguyễn Văn A và Trần Thị B"]) == ["Nguyễn Văn A", "Trần Thị B"]  # "A" is an initial
    assert author_names(["Jan Kowalski i Anna Nowak"]) == ["Jan Kowalski", "Anna Nowak"]
    assert author_names(["JAN KOWALSKI I ANNA NOWAK"]) == ["JAN KOWALSKI", "ANNA NOWAK"]
    assert author_names(["Là-bas si j'y suis"]) == ["Là-bas si j'y suis"]  # a show's name, not two people
    assert author_names(["Jane Doe is a reporter at Example"]) == []
    assert author_names(["Jane Doe and AP"]) == ["Jane Doe", "AP"]  # an agency's acronym beside a name
    assert author_names(["Felix Schröder und dpa"]) == ["Felix Schröder", "dpa"]
    assert author_names(["José Ortega y Gasset"]) == ["José Ortega y Gasset"]


def test_the_publication_written_for_credits_photographers_times_and_desks_are_not_names():
    own = ["Example News", "nj.com"]
    assert author_names(["Jane Doe for Example News"], own) == ["Jane Doe"]
    assert author_names(["NJ Advance Media for NJ.com"], own) == ["NJ Advance Media"]
    assert author_names(["Juan Pérez para elpais.com"]) == ["Juan Pérez"]
    # an organisation's own "for" stays
    assert author_names(["Bayerische Landesanstalt für Wald und Forstwirtschaft"]) == [
        "Bayerische Landesanstalt für Wald und Forstwirtschaft"]
    assert author_names(["Jane Doe (Text), John Roe (Fotos)"]) == ["Jane Doe"]
    assert author_names(["Interview: Jens Bergmann Foto: Michael Hudler"]) == ["Jens Bergmann"]
    assert author_names(["Jane Doe - 2 hours ago"]) == ["Jane Doe"]
    assert author_names(["Jane Doe\nJohn Roe"]) == ["Jane Doe", "John Roe"]
    assert author_names(["Jane Doe, Redaktion"]) == ["Jane Doe"] and author_names(["Redazione"]) == ["Redazione"]
    assert author_names(["Марія Іваненко", "Редакція"]) == ["Марія Іваненко"]


def test_editors_updates_roles_degrees_handles_and_phrases_beside_a_name_are_not_names():
    assert author_names(["Written by Jane Doe; Edited by John Roe"]) == ["Jane Doe"]
    assert author_names(["Jane Doe | Updated March 5, 2024"]) == ["Jane Doe"]
    assert author_names(["Jane Doe, Special to CNN"]) == ["Jane Doe"]
    assert author_names(["Jane Doe, MD", "John Roe, Ph.D."]) == ["Jane Doe", "John Roe"]
    assert author_names(["Jack Ma", "Jane Doe, Contributor"]) == ["Jack Ma", "Jane Doe"]
    assert author_names(["Jane Doe @janedoe"]) == ["Jane Doe"]
    assert author_names(["Jane Doe, 34, lives in Paris"]) == ["Jane Doe"]
    assert author_names(["Jane Doe with additional reporting by John Roe"]) == ["Jane Doe", "John Roe"]
    assert author_names(["Jane Doe mit dpa"]) == ["Jane Doe", "dpa"]
    assert author_names(["Un article par Jeanne Dupont"]) == ["Jeanne Dupont"]
    assert author_names(["Ursula von der Leyen", "Piet de Vries"]) == ["Ursula von der Leyen", "Piet de Vries"]
    assert author_names(["Richard David Precht im Gespräch mit Karin Fischer"]) == []  # an interview's people
    assert author_names(["public domain", "Joe Matazzoni"]) == ["Joe Matazzoni"]


def test_names_of_scripts_without_capitals_and_their_conjunctions():
    assert author_names(["ნინო ბერიძე და გიორგი ლომიძე"]) == ["ნინო ბერიძე", "გიორგი ლომიძე"]  # Georgian
    assert author_names(["viktor hedlund"]) == ["viktor hedlund"]  # written all in lower case: still a name
    assert author_names(["राहुल शर्मा और प्रिया सिंह"]) == ["राहुल शर्मा", "प्रिया सिंह"]  # Hindi
    assert author_names(["علی رضایی اور احمد خان"]) == ["علی رضایی", "احمد خان"]  # Urdu
    assert author_names(["สมชาย ใจดี และ สมหญิง รักไทย"]) == ["สมชาย ใจดี", "สมหญิง รักไทย"]  # Thai


# --- tags -----------------------------------------------------------------------------------------
def test_tags_are_split_and_cleaned():
    assert clean_tags(split_keywords("Politik, Berlin; Wahl")) == ["Politik", "Berlin", "Wahl"]
    assert clean_tags(["sections/sverige", "organization/lundsberg", "topic/misshandel & överfall"]) == [
        "sverige", "lundsberg", "misshandel & överfall"]
    assert clean_tags(["sub-section:panorama", "isRepublished:false", "Brexit: the deal", "1&1"]) == [
        "Brexit: the deal", "1&1"]
    ids_and_duplicates = ["3f2b8c1e-9d4a-4f6e-8b2a-1c3d5e7f9a0b", "2001195551", "Klima", "klima", "TCP/IP"]
    assert clean_tags(ids_and_duplicates) == ["Klima", "TCP/IP"]


def test_cms_identifiers_flags_paths_and_field_names_are_not_tags():
    assert clean_tags(["ctp_video", "Hong Kong", "_no-apple-news", "type_news", "@hp-top-stories", "/article",
                       "donald-trump", "C#", "1&1"]) == ["Hong Kong", "donald-trump", "C#", "1&1"]
    assert clean_tags(["Category: Jupiter", "topic: White House", "section: Article", "Section: News:World News",
                       "type: news", "Brexit: the deal"]) == ["Jupiter", "White House", "Brexit: the deal"]


def test_an_escaped_ampersand_does_not_split_a_keyword():
    assert clean_tags(split_keywords("PG&amp;E, Sierra Nevada; AT&amp;T")) == ["PG&E", "Sierra Nevada", "AT&T"]


def test_a_keyword_is_unescaped_once():
    # "&amp;amp;" is the text "&amp;" escaped once: the field is unescaped once, not again per tag
    assert clean_tags(split_keywords("HTML &amp;amp; entities, Q&amp;A")) == ["HTML &amp; entities", "Q&A"]
    assert split_keywords("Q&A; Politik") == ["Q&A", "Politik"]  # "&A;" is no entity: its semicolon separates


def test_a_short_number_among_words_is_a_tag_and_a_list_of_numbers_is_ids():
    assert clean_tags(split_keywords("israel, asesina, 58, palestinos, 2024")) == [
        "israel", "asesina", "58", "palestinos", "2024"]
    assert clean_tags(split_keywords("264,181")) == []
    assert clean_tags(split_keywords("Klima, 157698, 12.05.2024")) == ["Klima"]


def test_keywords_are_split_at_the_commas_and_semicolons_of_every_script_and_at_line_breaks():
    assert split_keywords("سياسة، اقتصاد؛ رياضة") == ["سياسة", "اقتصاد", "رياضة"]
    assert split_keywords("政治、経済，社会") == ["政治", "経済", "社会"]
    assert split_keywords("ፖለቲካ፣ ኢኮኖሚ") == ["ፖለቲካ", "ኢኮኖሚ"]
    assert split_keywords("Politik\nBerlin\r\nTyson Fury") == ["Politik", "Berlin", "Tyson Fury"]
    assert split_keywords("Tyson Fury") == ["Tyson Fury"]  # a space alone does not separate


def test_json_ld_keywords_given_as_defined_terms_are_read_by_name():
    terms = {"@type": "NewsArticle", "headline": "H", "keywords": [
        {"@type": "DefinedTerm", "name": "Klimawandel"}, {"@type": "Thing", "name": "Hitze"}, "Sommer"]}
    assert metadata(jsonld(terms)).tags == ["Klimawandel", "Hitze", "Sommer"]
    one_term = {"@type": "NewsArticle", "headline": "H", "keywords": {"@type": "DefinedTerm", "name": "Energie"}}
    assert metadata(jsonld(one_term)).tags == ["Energie"]


def test_the_web_pages_keywords_stand_in_when_the_article_and_meta_tags_declare_none():
    graph = {"@graph": [{"@type": "WebPage", "keywords": ["Landtag", "Haushalt"]},
                        {"@type": "NewsArticle", "headline": "H"}]}
    visible = "<article><p>Text.</p><ul><li><a href='/thema/a'>A</a></li><li><a href='/thema/b'>B</a></li></ul></article>"
    assert metadata(jsonld(graph), body=visible).tags == ["Landtag", "Haushalt"]
    assert metadata(jsonld(graph) + "<meta name='keywords' content='Politik'>").tags == ["Politik"]


def test_a_keyword_field_naming_the_site_gives_way_to_one_naming_only_topics():
    head = ("<meta property='og:site_name' content='Example News'>"
            "<meta name='keywords' content='Example News, news, latest news'>"
            "<meta property='article:tag' content='Klimawandel'><meta property='article:tag' content='Hitze'>")
    assert metadata(head).tags == ["Klimawandel", "Hitze"]
    alone = "<meta property='og:site_name' content='Example News'><meta name='keywords' content='Example News, Hitze'>"
    assert metadata(alone).tags == ["Example News", "Hitze"]  # nothing better declared: kept
    seo = jsonld({"@type": "NewsArticle", "headline": "H", "keywords": ["example news", "Articles", "Streik"]})
    assert metadata(seo + head).tags == ["Klimawandel", "Hitze"]  # the article's keywords too, matched by key


def test_a_keyword_field_naming_the_site_gives_way_to_the_pages_tag_list():
    # Nikkan Gendai: the site's standing keywords on every page, the story's own topics in its tag links.
    head = ("<meta property='og:site_name' content='日刊ゲンダイDIGITAL'>"
            "<meta name='keywords' content='日刊ゲンダイDIGITAL,日刊ゲンダイ,政治,社会,芸能'>")
    links = ("<article><h1>見出し</h1><p>フジテレビ問題が本文。</p><div><a class='tag-link' href='/tags/1607'>フジテレビ</a>"
             "<a class='tag-link' href='/tags/494'>サッカー</a></div></article>")
    assert metadata(head, body=links).tags == ["フジテレビ", "サッカー"]
    assert metadata(head).tags == ["日刊ゲンダイDIGITAL", "日刊ゲンダイ", "政治", "社会", "芸能"]  # no tag list: kept
    cloud = ("<article><h1>見出し</h1><p>本文。</p></article><div id='footer'><a href='/tag/a'>政治</a>"
             "<a href='/tag/b'>芸能</a><a href='/tag/c'>健康</a></div>")
    assert metadata(head, body=cloud).tags[0] == "日刊ゲンダイDIGITAL"  # a tag cloud outside the story is the site's
    inline = ("<article><h1>見出し</h1><p>宮崎県：<a href='/topics/word/高鍋町.html'>高鍋町</a>、"
              "<a href='/topics/word/新富町.html'>新富町</a></p></article>")
    assert metadata(head, body=inline).tags[0] == "日刊ゲンダイDIGITAL"  # links in the story's paragraph: its text
    lone = ("<main><h1>見出し</h1><p>フジテレビ問題が本文。</p><div class='m-keyword-list2'><ul><li><a href='/tags/1607'>フジテレビ</a>"
            "</li></ul></div></main>")
    assert metadata(head, body=lone).tags == ["フジテレビ"]  # a tag box of one topic link in the story
    swahili = ("<meta property='og:site_name' content='Taifa Leo'><meta name='keywords' content='Taifa Leo, Habari'>"
               "<meta name='classification-tags' content='siasa'>")
    assert metadata(swahili).tags == ["Taifa Leo", "Habari"]  # a vendor's field does not outrank a declared one
    topics = "<meta name='keywords' content='Siasa, Uchumi'><meta property='og:site_name' content='Taifa Leo'>"
    body = "<article><p>Text.</p><a rel='tag' href='/k/1'>Afya</a>, <a rel='tag' href='/k/2'>Elimu</a></article>"
    assert metadata(topics, body=body).tags == ["Siasa", "Uchumi"]  # a field of topics still comes first


_SITE_NAMED = ("<meta property='og:site_name' content='Daily Planet'>"
               "<meta name='keywords' content='Daily Planet, politics, election, budget'>")
_STORY = "<h1>Story</h1><p>The council met on Monday to discuss the budget for the coming year.</p>"


@pytest.mark.parametrize("body", [
    # a related-topics box in the story's <article>, a trending box and a tag cloud after it in the <main>
    f"<article>{_STORY}<div class='related-topics'><ul><li><a href='/topic/sports'>Sports</a></li>"
    "<li><a href='/topic/weather'>Weather</a></li></ul></div></article>",
    f"<main><article>{_STORY}</article><section><ul><li><a href='/tag/taylor-swift'>Taylor Swift</a></li>"
    "<li><a href='/tag/bitcoin'>Bitcoin</a></li></ul></section></main>",
    f"<main><article>{_STORY}</article><div class='tagcloud'><a href='/tag/a'>Alpha</a> <a href='/tag/b'>Beta</a></div></main>",
    f"<main><article>{_STORY}</article><div class='keywords'><a href='/tag/nfl'>NFL</a></div></main>",
    # a trending topic named only in a script's data inside the <main>, not by the story
    f"<main><article>{_STORY}<script>var trending = ['nfl'];</script></article>"
    "<div class='keywords'><a href='/tag/nfl'>NFL</a></div></main>",
    # a list above the headline in the <main>: a breadcrumb or kicker, though the story names one of its links
    "<main><ol><li><a href='/topic/politics'>Politics</a></li><li><a href='/topic/budget'>Budget</a></li></ol>"
    f"<article>{_STORY}</article></main>",
])
def test_a_site_named_keyword_field_keeps_before_a_list_of_topics_the_story_does_not_name(body):
    assert metadata(_SITE_NAMED, body=body).tags == ["Daily Planet", "politics", "election", "budget"]


def test_a_tag_list_the_story_names_only_inside_other_words_keeps_the_site_named_field():
    # "us" stands in "discuss", "ai" in "said": a trending box of short topics names no word of the story
    body = (f"<main><article>{_STORY}<p>The mayor said so.</p></article><div class='topics'><ul>"
            "<li><a href='/tag/us'>US</a></li><li><a href='/tag/ai'>AI</a></li></ul></div></main>")
    assert metadata(_SITE_NAMED, body=body).tags == ["Daily Planet", "politics", "election", "budget"]


def test_a_site_named_keyword_field_gives_way_to_a_tag_list_naming_the_storys_topics():
    body = (f"<article>{_STORY}<ul class='tags'><li><a href='/tag/budget'>Budget</a></li>"
            "<li><a href='/tag/council'>Council</a></li></ul></article>")
    assert metadata(_SITE_NAMED, body=body).tags == ["Budget", "Council"]


def test_a_comma_inside_a_number_and_marks_inside_a_tag_stay():
    assert clean_tags(split_keywords("1,5-Grad-Ziel, Klima, 10,000 Steps")) == ["1,5-Grad-Ziel", "Klima", "10,000 Steps"]
    assert clean_tags(["Operation »Walküre«", "C#", "#Brexit", "«Brexit»", "China'", '"', "Rock'n'Roll"]) == [
        "Operation »Walküre«", "C#", "Brexit", "China", "Rock'n'Roll"]
    assert clean_tags(split_keywords("264, 181, isRepublished:false, #264")) == []  # ids beside no topic


def test_quotes_of_every_script_and_hash_signs_around_a_tag_are_dropped():
    assert clean_tags(["«Brexit»", "„Klima“", "「五輪」", "#Wahl", "＃選挙", "'Rock 'n' Roll'"]) == [
        "Brexit", "Klima", "五輪", "Wahl", "選挙", "Rock 'n' Roll"]


def test_a_word_string_is_split_only_when_no_separated_keywords_exist():
    words = jsonld({"@type": "NewsArticle", "keywords": "Boxen Russland Frank Warren Tyson Fury"})
    assert metadata(words + "<meta name='keywords' content='Boxen,Tyson Fury,Frank Warren'>").tags == [
        "Boxen", "Tyson Fury", "Frank Warren"]
    assert metadata(words).tags == ["Boxen", "Russland", "Frank", "Warren", "Tyson", "Fury"]


def test_the_pages_list_of_topic_links_stands_in_for_missing_keywords():
    body = ("<nav><a href='/thema/politik'>Politik</a><a href='/thema/sport'>Sport</a></nav>"
            "<article><p>Text with an inline <a href='/thema/berlin'>Berlin</a> link, which is not a tag list.</p>"
            "<footer><ul><li><a href='/thema/wahl'>Wahl</a></li><li><a href='/thema/berlin'>Berlin</a></li>"
            "<li><a href='/thema/cdu'>CDU</a></li></ul></footer></article>")
    assert metadata(body=body).tags == ["Wahl", "Berlin", "CDU"]


def test_a_link_to_the_index_of_all_topics_in_a_tag_list_is_no_tag():
    for index in ("/thema/", "/thema/index", "/tags/index.html", "https://news.example/thema"):
        body = (f"<article><p>Text.</p><ul><li><a href='/thema/wahl'>Wahl</a></li><li><a href='/thema/cdu'>CDU</a>"
                f"</li><li><a href='{index}'>Alle Themen</a></li></ul></article>")
        assert metadata(body=body).tags == ["Wahl", "CDU"], index
    marked = ("<article><p>Text.</p><div class='tags'><a href='/s/wahl'>Wahl</a><a href='/s/cdu'>CDU</a>"
              "<a href='/tags/'>All topics</a></div></article>")
    assert metadata(body=marked).tags == ["Wahl", "CDU"]


def test_the_label_before_a_tag_lists_links_is_not_counted_against_it():
    body = ("<article><p>Text.</p><div class='schlagworte'>Schlagworte zu diesem Artikel: <a href='/s/1'>Biden</a>, "
            "<a href='/s/2'>Wahl</a></div></article>")
    assert metadata(body=body).tags == ["Biden", "Wahl"]
    prose = ("<article><p>Text.</p><p class='tags'>Officials in <a href='/s/1'>Ohio</a> and <a href='/s/2'>Iowa</a> "
             "said on Monday that the count would take another week.</p></article>")
    assert metadata(body=prose).tags == []  # links in a sentence: no list


def test_a_tag_lists_run_of_letters_without_a_label_is_read_in_linear_time():
    # links set side by side with no space ("PolitikWirtschaft...", and Chinese writes none): the words
    # before a label's colon are each read whole, not split every way before the missing colon is found
    german = ["Politik", "Wirtschaft", "Kultur", "Sport", "Wissenschaft", "Gesellschaft", "Klimawandel",
              "Bundestag", "Landtagswahl", "Energiewende", "Verkehrspolitik", "Digitalisierung"]
    chinese = ["经济", "政治", "社会", "文化", "体育", "科技", "国际", "军事", "教育", "健康", "环境", "法治", "财经",
               "房产", "汽车", "旅游", "美食", "时尚", "娱乐", "历史", "读书", "艺术", "人物", "评论", "视频",
               "图片", "直播", "数据", "专题", "地方", "港澳", "台湾", "海外", "三农", "公益", "养老", "就业",
               "交通", "天气", "能源", "金融", "证券", "保险", "基金", "外汇", "期货", "黄金", "债券", "理财"]
    started = time.perf_counter()
    for tags in (german, chinese):
        links = "".join(f"<a href='/tag/{index}'>{tag}</a>" for index, tag in enumerate(tags))
        assert metadata(body=f"<article><p>Text.</p><div class='tags'>{links}</div></article>").tags == tags
    assert time.perf_counter() - started < 1  # about a minute when a run of n letters was split n**4 ways


@pytest.mark.parametrize("directory", ["mots-cles", "trefwoorden", "assuntos", "emner", "stitky", "etichete",
                                       "etiketler", "hashtag"])
def test_topic_pages_are_recognised_by_their_directory_in_more_languages(directory):
    body = (f"<article><p>Text.</p><ul><li><a href='/{directory}/klima'>Klima</a></li>"
            f"<li><a href='/{directory}/energie'>Energie</a></li></ul></article>")
    assert metadata(body=body).tags == ["Klima", "Energie"]


def test_a_list_the_markup_calls_hashtags_is_a_tag_list():
    body = ("<article><p>Text.</p><div class='hashtags'><a href='/s?q=klima'>#Klima</a> "
            "<a href='/s?q=energie'>#Energie</a></div></article>")
    assert metadata(body=body).tags == ["Klima", "Energie"]


def test_links_marked_rel_tag_are_a_tag_list():
    body = ("<article><p>Text.</p><p><a rel='tag' href='/k/1'>Klima</a>, <a rel='tag' href='/k/2'>Energie</a></p>"
            "<p><a href='/a/1'>Mehr</a> <a href='/a/2'>Weiter</a></p></article>")
    assert metadata(body=body).tags == ["Klima", "Energie"]


def test_a_list_the_pages_markup_calls_tags_stands_in_when_its_links_do_not_say_so():
    story = "<article><h1>Ampeln tot</h1><p>Text.</p></article>"
    tags = ("<section data-test-tags-box><h4>Mehr lesen über</h4><ul><li><a href='/wirtschaft/energie/'>Energie</a>"
            "</li><li><a href='/panorama/berlin/'>Berlin</a></li></ul></section>")
    assert metadata(body=f"<main>{story}{tags}</main>").tags == ["Energie", "Berlin"]
    assert metadata(body="<article><div class='top-header'><a href='/list/Covid-19'><span class='tag-like'>Covid-19"
                         "</span></a> <a href='/list/Impfungen'><span class='tag-like'>Impfungen</span></a></div>"
                         "<p>Text.</p></article>").tags == ["Covid-19", "Impfungen"]
    # A WordPress menu of tag pages, teasers in "topic" boxes and a comment's "report" tag are not the story's tags.
    menu = "".join(f"<li class='menu-item menu-item-object-post_tag'><a href='/{name.lower()}/'>{name}</a></li>"
                   for name in ("Politics", "Crime", "Weather"))
    teasers = "".join(f"<div class='topic-teaser'><a href='/a/{n}'>Council approves the new budget for the "
                      f"harbour district number {n}</a></div>" for n in range(3))
    comments = ("<div class='comments'><p>Nice.</p><a class='tag comment__report' href='#r'>Report</a>"
                "<a class='tag' href='#l'>Recommend</a></div>")
    assert metadata(body=f"<div><ul class='menu'>{menu}</ul></div>{story}{teasers}{comments}").tags == []


def test_other_fields_named_for_tags_are_read_after_the_visible_list_and_placeholders_are_not_tags():
    assert metadata("<meta name='classification-tags' content='china,houseofreps,fbi'>").tags == [
        "china", "houseofreps", "fbi"]
    visible = ("<article><p>Text.</p><footer><ul><li><a href='/thema/kinder'>Kinderlosigkeit</a></li>"
               "<li><a href='/thema/ramadan'>Ramadan</a></li></ul></footer></article>")
    vendor = "<meta name='mrf:tags' content='www.berliner-zeitung.de;isRepublished:false'>"
    assert metadata(vendor, visible).tags == ["Kinderlosigkeit", "Ramadan"]
    assert metadata("<meta name='cxenseparse:ash-tag' content='None'>").tags == []


def test_a_topic_field_name_a_hashtag_string_bullets_and_a_breadcrumb_path_leave_the_topics():
    assert clean_tags(split_keywords("tag:brexit, tag:eu, cat:medien, type:post")) == ["brexit", "eu"]
    assert clean_tags(split_keywords(["subject:Local news", "path:news"])) == ["Local news"]
    assert clean_tags(split_keywords("#Brexit #EU #TheresaMay")) == ["Brexit", "EU", "TheresaMay"]
    assert clean_tags(split_keywords("Brexit · EU • Theresa May")) == ["Brexit", "EU", "Theresa May"]
    assert clean_tags(split_keywords("Col·legi de Metges, Sanitat")) == ["Col·legi de Metges", "Sanitat"]  # Catalan
    assert clean_tags(split_keywords("Politik > Ausland > Ukraine, Krieg")) == ["Ukraine", "Krieg"]
    assert clean_tags(split_keywords("Brexit - EU - Theresa May")) == ["Brexit", "EU", "Theresa May"]
    assert clean_tags(split_keywords("Brexit / EU / Theresa May")) == ["Brexit", "EU", "Theresa May"]
    assert clean_tags(split_keywords("Frankfurt - Offenbach")) == ["Frankfurt - Offenbach"]
    assert clean_tags(split_keywords("article-123456, node98765, COVID-19, G20, 2024, Brexit")) == [
        "COVID-19", "G20", "2024", "Brexit"]


# --- headlines ------------------------------------------------------------------------------------
def test_headlines_lose_site_and_section_suffixes():
    assert metadata("<meta property='og:title' content='Bubi-Bomber wieder da | Sport'>",
                    url="https://www.bild.de/sport/fussball/bubi-bomber.html").title == "Bubi-Bomber wieder da"
    assert metadata("<meta property='og:title' content='Germany votes | DW'>"
                    "<meta property='og:site_name' content='DW'>").title == "Germany votes"
    publisher = {"@type": "Organization", "name": "Die Neue Südtiroler Tageszeitung"}
    headline = "Neuer Tunnel eröffnet - Die Neue Südtiroler Tageszeitung"
    assert metadata(jsonld({"@type": "NewsArticle", "headline": headline, "publisher": publisher})).title == \
        "Neuer Tunnel eröffnet"
    assert metadata("<meta property='og:title' content='Ein Titel - mit Gedankenstrich'>").title == \
        "Ein Titel - mit Gedankenstrich"
    assert metadata("<meta property='og:title' content='スポーツ界にも大激震！｜日刊ゲンダイDIGITAL'>"
                    "<meta property='og:site_name' content='日刊ゲンダイDIGITAL'>").title == "スポーツ界にも大激震！"



def test_an_emoji_a_social_title_adds_is_no_part_of_the_headline():
    # og:title and twitter:title "🔴 ..." (a social feed's eye-catcher) where the <title> or the <h1>
    # writes the same headline without it: the headline is without.
    headline = "Krieg in der Ukraine: Die Lage am Morgen"
    for social in (f"🔴 {headline}", f"{headline} 📸", f"⚡️ {headline}"):
        metas = f"<meta property='og:title' content='{social}'><meta name='twitter:title' content='{social}'>"
        assert metadata(f"{metas}<title>{headline} | Spiegel</title><meta property='og:site_name' content='Spiegel'>",
                        "<h1>Liveblog</h1>").title == headline, social
        assert metadata(metas, f"<h1>{headline}</h1>").title == headline, social
    # Written with it everywhere: the page's own.
    assert metadata(f"<meta property='og:title' content='🔴 {headline}'>", f"<h1>🔴 {headline}</h1>").title == \
        f"🔴 {headline}"


def test_a_heading_that_is_the_registered_name_of_the_sites_host_alone_is_its_logo():
    # On a subdomain (arabic.cnn.com) too: a logo's <h1> "CNN" names the site, not the story.
    headline = "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert metadata("<meta property='og:site_name' content='CNNArabic'><title>CNNArabic</title>",
                    f"<div><h1><a href='/'>CNN</a></h1></div><article><h1>{headline}</h1><p>x</p></article>",
                    "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html").title == headline
    assert metadata("<title>Chinadaily</title>", "<div><h1><a href='/'>Chinadaily</a></h1></div>"
                    "<article><h1>外国专家：中美合作共赢符合国际社会利益</h1><p>x</p></article>",
                    "http://china.chinadaily.com.cn/a/201810/08/WS5b.html").title == "外国专家：中美合作共赢符合国际社会利益"


def test_a_rubric_the_page_declares_as_its_section_before_a_colon_is_cut_where_the_h1_goes_without():
    # "Sport: ..." where the page files itself under "Sport" (article:section, JSON-LD articleSection,
    # its breadcrumb) and its <h1> shows the headline alone: the rubric is the section's label.
    headline = "Oil prices rise on supply fears"
    url = "https://www.example.com/sport/oil-prices-1.123"
    declared = f"<meta property='og:title' content='Sport: {headline}'>"
    for section in ("<meta property='article:section' content='Sport'>",
                    jsonld({"@type": "NewsArticle", "articleSection": "Sport"}),
                    jsonld({"@type": "BreadcrumbList", "itemListElement": [
                        {"@type": "ListItem", "position": 1, "item": {"@id": "/sport/", "name": "Sport"}}]})):
        assert metadata(declared + section, f"<h1>{headline}</h1>", url).title == headline, section
    # A kicker that names no declared section (the address's directory is none), or that the <h1> shows, stays.
    assert metadata(declared, f"<h1>{headline}</h1>", url).title == f"Sport: {headline}"
    section = "<meta property='article:section' content='Sport'>"
    assert metadata(declared + section, f"<h1>Sport: {headline}</h1>", url).title == f"Sport: {headline}"


def test_the_sites_name_then_a_section_of_the_address_ends_a_trail_of_desks():
    # "G » Local » Noticias » Ultima Hora Mallorca" on ultimahora.es/mallorca/...: the site's name (its host
    # spelled in words) and its edition (a directory of the address) sign the page, the desks before them go.
    headline = "Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta"
    url = "http://ultimahora.es/mallorca/noticia/noticias/local/fiscalia-anticorrupcion.html"
    declared = f"<title>{headline} » Local » Noticias » Ultima Hora Mallorca</title>"
    assert metadata(declared, "<p>Text.</p>", url).title == headline
    # A part holding a word of neither (no section of the page) is no signature: the desks stay.
    other = f"<title>{headline} » Local » Noticias » Ultima Hora Palma</title>"
    assert metadata(other, "<p>Text.</p>", url).title == f"{headline} » Local » Noticias » Ultima Hora Palma"


def test_the_sites_name_then_an_accented_section_of_the_address_ends_the_title():
    # An address spells the edition without its accents: "El País América" on elpais.com/america/,
    # "Hürriyet Gündem" on /gundem/, "Le Monde Économie" on /economie/.
    cases = [("El País", "El País América", "https://elpais.com/america/2024-01-01/x.html"),
             ("Hürriyet", "Hürriyet Gündem", "https://www.hurriyet.com.tr/gundem/x-123"),
             ("Le Monde", "Le Monde Économie", "https://www.lemonde.fr/economie/article/2024/01/01/x_1.html")]
    headline = "Anticorrupción decidirá si recurre la imputación"
    for site, signature, url in cases:
        head = f"<meta property='og:site_name' content='{site}'><title>{headline} | {signature}</title>"
        assert metadata(head, "<p>Text.</p>", url).title == headline
    # A word the address does not spell, accents dropped or not, stays.
    head = f"<meta property='og:site_name' content='El País'><title>{headline} | El País Ámsterdam</title>"
    assert metadata(head, "<p>Text.</p>", cases[0][2]).title == f"{headline} | El País Ámsterdam"


def test_the_sites_name_run_into_a_section_where_the_script_writes_no_spaces_ends_the_title():
    # "新浪财经" on a page whose breadcrumb files it under "财经": the site's name and the section's run
    # together, set off by a spaced dash or by the unspaced "_" Chinese titles use.
    crumbs = jsonld({"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "财经", "item": "https://finance.sina.com.cn/"},
        {"@type": "ListItem", "position": 2, "name": "央行宣布降准"}]})
    url = "https://finance.sina.com.cn/china/2024-01-01/doc-1.shtml"
    site = "<meta property='og:site_name' content='新浪'>"
    for title in ("央行宣布降准 - 新浪财经", "央行宣布降准_新浪财经"):
        assert metadata(f"{site}{crumbs}<title>{title}</title>", "<p>Text.</p>", url).title == "央行宣布降准"
    # A section's name alone after "_" may end a compound of the headline's: it stays.
    assert metadata(f"{site}{crumbs}<title>央行宣布降准_财经</title>", "<p>Text.</p>", url).title == "央行宣布降准_财经"
    # Latin letters run together are a compound, not a name and a section ("Marcafutbol").
    head = "<meta property='og:site_name' content='Marca'><title>Real Madrid gana la Liga - Marcafutbol</title>"
    marca = "https://www.marca.com/futbol/2024/01/01/x.html"
    assert metadata(head, "<p>Text.</p>", marca).title == "Real Madrid gana la Liga - Marcafutbol"


def test_a_section_opening_a_title_the_h1_shows_whole_stays():
    # marca.com/futbol/real-madrid/...: "Real Madrid" is a directory of the address, and also the first
    # words of the match's headline the <h1> shows: the reader sees no kicker to cut.
    url = "https://www.marca.com/futbol/real-madrid/2024/01/01/x.html"
    headline = "Real Madrid - Barça: 2-1"
    head = (f"<meta property='og:site_name' content='Marca'><meta property='og:title' content='{headline}'>"
            f"<title>{headline} | Marca</title>")
    assert metadata(head, f"<h1>{headline}</h1><p>Text.</p>", url).title == headline
    # Where no heading shows the title at all, the dash may set off the headline's own first words: it
    # stays (session 60); where a heading shows the rest alone, the section's name is the page's kicker.
    assert metadata(head, "<p>Text.</p>", url).title == headline
    assert metadata(head, "<h1>Barça: 2-1</h1><p>Text.</p>", url).title == "Barça: 2-1"


def test_a_subdomains_section_or_edition_name_ends_a_title_as_a_directorys_does():
    # sport.example.de serves the sport desk as example.de/sport/ would: "... - Sport" names it, and so does
    # the site's name then the edition's in the headline's script ("РБК Спорт" on sport.rbc.ru).
    cases = [("Bayern gewinnt das Derby deutlich", "Sport", "https://sport.example.de/fussball/a-1.html"),
             ("Зенит выиграл дерби", "РБК Спорт", "https://sport.rbc.ru/football/a-1.html"),
             ("Storm hits the coast", "Edition", "https://edition.example.com/2024/01/02/world/a/index.html")]
    for headline, section, url in cases:
        for separator in (" - ", " | "):
            title = f"{headline}{separator}{section}"
            assert metadata(f"<meta property='og:site_name' content='РБК'><meta property='og:title' content='{title}'>"
                            f"<title>{title}</title>", "<p>Text.</p>", url).title == headline, (title, url)
    # A server's numbered label names no section, and the site's own host none either.
    title = "Storm hits the coast - Www2"
    assert metadata(f"<title>{title}</title>", "<p>Text.</p>", "https://www2.example.com/a/b.html").title == title
    assert metadata("<title>Storm hits the coast - Edition</title>", "<p>Text.</p>",
                    "https://www.example.com/a/b.html").title == "Storm hits the coast - Edition"


def test_a_sections_name_before_a_dash_stays_where_no_heading_shows_the_rest():
    # A page declaring its <title> alone, on .../review/: "Review - ..." may be the headline's own first
    # words, as the reader sees them; no heading shows the rest alone.
    url = "https://www.example.com/review/orient-express.html"
    assert metadata("<title>Review - Orient Express Travel</title>", "<p>Text.</p>", url).title == (
        "Review - Orient Express Travel")
    # Where a heading shows the rest alone, the section's name is the page's kicker.
    assert metadata("<title>Review - Orient Express Travel</title>", "<h1>Orient Express Travel</h1><p>Text.</p>",
                    url).title == "Orient Express Travel"
    # A bar sets the site's chrome off wherever it stands: the section goes.
    assert metadata("<title>Review | Orient Express Travel</title>", "<p>Text.</p>", url).title == (
        "Orient Express Travel")
    # Other scripts alike: "Спорт — ..." on .../sport/, "Αθλητικά - ..." on a section the breadcrumb names.
    russian = "Спорт — Зенит выиграл дерби"
    assert metadata(f"<meta property='og:title' content='{russian}'>", "<p>Text.</p>",
                    "https://example.ru/sport/a-1.html").title == russian
    greek = "Αθλητικά - Ο Ολυμπιακός κέρδισε"
    crumbs = jsonld({"@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Αθλητικά", "item": "https://example.gr/athlitika/"},
        {"@type": "ListItem", "position": 2, "name": "x", "item": "https://example.gr/athlitika/a-1"}]})
    assert metadata(f"{crumbs}<meta property='og:title' content='{greek}'>", "<p>Text.</p>",
                    "https://example.gr/athlitika/a-1").title == greek
    assert metadata(f"{crumbs}<meta property='og:title' content='{greek}'>", "<h1>Ο Ολυμπιακός κέρδισε</h1>",
                    "https://example.gr/athlitika/a-1").title == "Ο Ολυμπιακός κέρδισε"


def test_a_subdomains_registered_name_after_a_bar_is_the_sites():
    # "G | Yomiuri" on japannews.yomiuri.co.jp, the site named otherwise in another script: a bar sets the
    # registered name off as the site's, at the end or the start, the fullwidth bar of CJK titles too.
    site = "<meta property='og:site_name' content='Йомиури'>"
    url = "https://japannews.yomiuri.co.jp/politics/20240101-1/"
    for title in ("Japan PM dodges criticism | Yomiuri", "Japan PM dodges criticism｜Yomiuri",
                  "Yomiuri | Japan PM dodges criticism"):
        assert metadata(f"{site}<title>{title}</title>", "<p>Text.</p>", url).title == "Japan PM dodges criticism"
    assert metadata(f"{site}<title>日本の首相｜Yomiuri</title>", "<p>Text.</p>", url).title == "日本の首相"
    # After a dash one word may be the headline's own ("How we test - Python" on wiki.python.org): it stays.
    assert metadata("<title>How we test - Python</title>", "<p>Text.</p>",
                    "https://wiki.python.org/moin/HowWeTest").title == "How we test - Python"


def test_a_sections_name_before_a_dash_goes_where_a_heading_shows_the_rest_in_its_own_words():
    # The page's heading shows the headline without the section's name, in longer words, with a kicker of its
    # own, or without a wire's slug: the section's name before the dash is the site's chrome (session 60, rev60a).
    url = "https://www.example.de/sport/a-1.html"
    head = ("<meta property='og:site_name' content='Example'><meta property='og:title' content='{0}'>"
            "<title>{0} | Example</title>")
    for title, heading, expected in (
            ("Sport - Bayern gewinnt das Derby", "Bayern gewinnt das Derby deutlich mit 3:0", "Bayern gewinnt das Derby"),
            ("Sport - Bayern gewinnt das Derby", "Fußball: Bayern gewinnt das Derby", "Bayern gewinnt das Derby"),
            ("Sport – Спартак выиграл дерби", "«Спартак» выиграл дерби со счётом 2:1", "Спартак выиграл дерби"),
            ("Sport - Reuters: Bayern gewinnt das Derby", "Bayern gewinnt das Derby", "Reuters: Bayern gewinnt das Derby")):
        assert metadata(head.format(title), f"<h1>{heading}</h1><p>Text.</p>", url).title == expected, title
    # A heading showing the section's name and then the rest shows the title whole: the name is the headline's.
    title = "Sport - Bayern gewinnt das Derby"
    assert metadata(head.format(title), "<h1><small>Sport</small> Bayern gewinnt das Derby deutlich</h1><p>Text.</p>",
                    url).title == title


def test_words_ending_in_the_sites_name_then_a_section_are_the_headlines_own():
    # "Orient Express Travel" on express.co.uk/travel/: title-case words ending in the host's name ("Express")
    # and a section's ("Travel") are a headline's, not the site's signature; the site's name itself and the
    # section's are one ("Express Travel").
    url = "https://www.express.co.uk/travel/articles/123/orient-express"
    title = "Review - Orient Express Travel"
    assert metadata(f"<title>{title}</title>", "<p>Text.</p>", url).title == title
    assert metadata("<title>Orient Express: the train reviewed - Express Travel</title>", "<p>Text.</p>",
                    url).title == "Orient Express: the train reviewed"


def test_the_sites_name_after_its_article_then_a_section_is_the_sites_signature():
    # "The Irish Times Sport" on irishtimes.com/sport/, "Die Welt Politik" on welt.de/politik/: a leading article,
    # the site's name (its host's), a section's; no og:site_name spells the name out (session 60, rev60a).
    for title, url in (("Ireland win the Six Nations - The Irish Times Sport", "https://www.irishtimes.com/sport/rugby/a-1"),
                       ("Rekordhitze in Spanien - Die Welt Politik", "https://www.welt.de/politik/article1/a.html")):
        assert metadata(f"<title>{title}</title>", "<p>Text.</p>", url).title == title.split(" - ")[0], title


def test_a_sections_name_ending_a_title_a_heading_shows_whole_stays_after_a_dash():
    # "... – live" on .../politics/live/ or live.example.com, the <h1> ending so: the reader reads the section's
    # name as the headline's last word (session 60, rev60a); where the <h1> leaves it out, it goes.
    title = "Autumn statement 2023: Hunt cuts national insurance – live"
    head = f"<meta property='og:site_name' content='The Guardian'><meta property='og:title' content='{title}'>"
    for url in ("https://www.theguardian.com/politics/live/2023/nov/22/autumn-statement",
                "https://live.example.com/2023/nov/22/autumn-statement"):
        assert metadata(head, f"<h1>{title}</h1><p>Text.</p>", url).title == title, url
        assert metadata(head, "<h1>Autumn statement 2023: Hunt cuts national insurance</h1><p>Text.</p>",
                        url).title == "Autumn statement 2023: Hunt cuts national insurance", url
    # The site's name after the dash goes however the heading shows the title.
    assert metadata(head.replace("– live", "– The Guardian"), f"<h1>{title.replace('– live', '– The Guardian')}</h1>",
                    "https://www.theguardian.com/politics/live/2023/nov/22/a").title == title.replace(" – live", "")


def test_a_title_only_page_whose_heading_shows_the_title_whole_keeps_a_sections_name_after_a_dash():
    # "Real Madrid - Barca" on .../barca/, the page declaring its <title> alone and its <h1> showing it whole: the
    # team's name is the headline's last word (session 60, rev60a); with no heading showing it, it goes as before.
    url = "https://www.example.es/barca/a-1.html"
    assert metadata("<title>Real Madrid - Barca</title>", "<h1>Real Madrid - Barca</h1><p>Text.</p>", url).title == (
        "Real Madrid - Barca")
    assert metadata("<title>Real Madrid - Barca</title>", "<p>Text.</p>", url).title == "Real Madrid"


def test_two_hyphens_between_spaces_are_a_dash():
    # " -- " is the dash as a typewriter (and ASCII) writes it: a section after it is set off as after " — ".
    title = "'The American friends': New court files expose a spy operation"
    assert metadata(f"<meta property='og:title' content=\"{title} -- Puppet Masters\">", f"<h1>{title}</h1>",
                    "https://www.sott.net/article/123-x").title == title
    assert metadata(f"<title>{title} -- Example Site</title><meta property='og:site_name' content='Example Site'>",
                    "<p>x</p>", "https://www.example.org/a/123-x").title == title


def test_the_cjk_bar_sets_a_rubric_off_as_the_fullwidth_bar_does():
    # "丨" (U+4E28) is the bar Chinese titles set a rubric or section off with ("专题丨...", "...丨体育"),
    # without spaces, as "｜": a rubric before the headline the <h1> shows alone is cut.
    for title in ("专题丨油价上涨三成", "油价上涨三成丨财经频道"):
        assert metadata(f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='新华网'>",
                        "<h1>油价上涨三成</h1>", "https://www.news.cn/2024-01/02/c_1.htm").title == "油价上涨三成"


def test_the_sites_own_name_is_cut_whatever_punctuation_sets_it_off_but_a_sections_name_ends_a_compound():
    for title, site in (("某某事件最新进展_网易新闻", "网易新闻"), ("某某事件最新进展-新浪网", "新浪网"),
                        ("見出しのニュース：朝日新聞デジタル", "朝日新聞デジタル"),
                        ("Titre de l'article : Le Monde", "Le Monde"), ("Headline of the story / Example Times",
                                                                      "Example Times")):
        head = f"<meta property='og:title' content=\"{title}\"><meta property='og:site_name' content='{site}'>"
        assert metadata(head).title == title[:-len(site)].rstrip(" _-：:/"), title
    tagline = "<meta property='og:title' content='Headline - Example Times - Breaking News'>"
    assert metadata(tagline + "<meta property='og:site_name' content='Example Times'>").title == "Headline"
    quoted = "<meta property='og:title' content='Report: Example Times - and others - matter'>"
    assert metadata(quoted + "<meta property='og:site_name' content='Example Times'>").title == \
        "Report: Example Times - and others - matter"  # the name inside the headline, not a tagline after it
    # "krieg" is a section of this address, not the site's name: the compound stays whole.
    assert metadata("<meta property='og:title' content='Ukraine-Krieg'>",
                    url="https://news.example/krieg/a.html").title == "Ukraine-Krieg"
    assert metadata("<meta property='og:title' content='Le Monde'><meta property='og:site_name' content='Le Monde'>"
                    ).title == "Le Monde"


def test_a_suffix_naming_a_section_of_the_breadcrumb_trail_is_dropped_but_not_the_pages_own_entry():
    def trail(*entries):
        return jsonld({"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, **({"item": address} if address else {})}
            for n, (name, address) in enumerate(entries, 1)]})
    url = "https://news.example/2024/a.html"  # no section in the path
    head = "<meta property='og:title' content='Cup final ends in penalties | Fußball'>"
    sections = trail(("Home", "https://news.example/"), ("Fußball", "https://news.example/fb/"))
    assert metadata(head + sections, url=url).title == "Cup final ends in penalties"
    assert metadata(head, url=url).title == "Cup final ends in penalties | Fußball"  # the guard
    # The trail's last entry is the page itself (no address, or its own): its name is the headline.
    for last in (("Cup final ends", None), ("Cup final ends", url), ("Cup final ends", "/2024/a.html")):
        own = trail(("Home", "https://news.example/"), last)
        assert metadata(head.replace(" in penalties", "") + own, url=url).title == "Cup final ends | Fußball"
    # ... or the page's canonical address, however the canonical link spells it.
    own = trail(("Home", "https://news.example/"), ("Cup final ends", "https://news.example/2024/a.html"))
    for canonical in ("https://news.example/2024/a.html", "/2024/a.html", " /2024/a.html "):
        link = f"<link rel='canonical' href='{canonical}'>"
        assert metadata(head.replace(" in penalties", "") + link + own, url="https://news.example/amp/2024/a.html"
                        ).title == "Cup final ends | Fußball", canonical


def test_a_suffix_naming_the_site_by_initials_domain_or_a_longer_name_is_cut():
    def title(og_title: str, url: str, site: str = "") -> str | None:
        name = f"<meta property='og:site_name' content='{site}'>" if site else ""
        return metadata(f"<meta property='og:title' content='{og_title}'>{name}", "<h2>x</h2>", url).title
    assert title("Ein Titel hier | DW", "https://www.deutschewelle.example/a-1", "Deutsche Welle") == "Ein Titel hier"
    assert title("DW - Ein Titel hier", "https://www.deutschewelle.example/a-1", "Deutsche Welle") == "Ein Titel hier"
    assert title("Titre ici - Le Monde.fr", "https://www.lemonde.fr/a/1.html") == "Titre ici"
    assert title("A headline here - The Irish Times", "https://www.irishtimes.com/a-1.1") == "A headline here"
    assert title("Ein Titel hier – Die Neue Südtiroler Tageszeitung", "https://www.tageszeitung.it/2023/x/",
                 "Tageszeitung Online") == "Ein Titel hier"
    assert title("Заголовок новости - РИА Новости, 01.01.2024", "https://ria.ru/20240101/x.html",
                 "РИА Новости") == "Заголовок новости"
    # words spelling the host's initials name the site where its footer or copyright line states them
    footer = "<h2>x</h2><div id='footer'>DSV Deutscher Schwimm-Verband 2021</div>"
    dsv = "<meta property='og:title' content='Ein Titel hier | Deutscher Schwimm-Verband e.V.'>"
    assert metadata(dsv, footer, "https://www.dsv.de/x/1").title == "Ein Titel hier"
    assert metadata(dsv, "<h2>x</h2><p>© Deutscher Schwimm-Verband</p>", "https://www.dsv.de/x/1").title == (
        "Ein Titel hier")
    assert title("Ein Titel hier | Deutscher Schwimm-Verband e.V.", "https://www.dsv.de/x/1") == (
        "Ein Titel hier | Deutscher Schwimm-Verband e.V.")
    quoted = "<meta property='og:title' content='Ein Satz hier – Fernando Torres'>"
    credit = "<h2>x</h2><article><figure><figcaption>© Fernando Torres</figcaption></figure></article>"
    assert metadata(quoted, credit, "https://www.ft.com/content/1").title == "Ein Satz hier – Fernando Torres"
    # a phrase that ends in a common word the site is named after is the headline's
    assert title("Tarifstreit - Es ist Zeit", "https://www.zeit.de/x/1") == "Tarifstreit - Es ist Zeit"
    assert title("Weltweit - Eine Neue Welt", "https://www.welt.de/x/1") == "Weltweit - Eine Neue Welt"
    # a quote's speaker whose words spell the site's initials is the headline's
    quote = "‘I never wanted to leave Liverpool’ – Fernando Torres"
    assert title(quote, "https://www.ft.com/content/1", "Financial Times") == quote
    assert title("Why the economy stalls | Daniel Weber", "https://www.dw.com/a-1",
                 "Deutsche Welle") == "Why the economy stalls | Daniel Weber"
    assert title("Ottawa unveils plan – Canada Border Crossings", "https://www.cbc.ca/news/1",
                 "CBC") == "Ottawa unveils plan – Canada Border Crossings"


def test_a_section_the_sites_navigation_links_to_is_cut_in_any_language():
    def title(og_title: str, body: str) -> str | None:
        return metadata(f"<meta property='og:title' content='{og_title}'>", body, "https://news.example/a/1.html").title
    menu = "<nav><a href='/sport/'>{}</a><a href='/politik/'>Politik</a></nav><h2>x</h2>"
    assert title("Ein Titel hier | Sport", menu.format("Sport")) == "Ein Titel hier"
    assert title("Заголовок новости | Спорт", menu.format("Спорт")) == "Заголовок новости"
    assert title("Τίτλος ειδήσεων - Αθλητισμός", menu.format("Αθλητισμός")) == "Τίτλος ειδήσεων"
    assert title("Sport | Ein Titel hier", menu.format("Sport")) == "Ein Titel hier"
    breadcrumb = "<ol class='breadcrumb'><li><a href='/wirtschaft/'>Wirtschaft</a></li><li>x</li></ol><h2>x</h2>"
    assert title("Ein Titel hier - Wirtschaft", breadcrumb) == "Ein Titel hier"
    # a dash sets off a kicker before the headline; a topic a tag list links to may be the person quoted;
    # a link to an article (a number in its address) names no section
    assert title("Sport - Ein Titel hier", menu.format("Sport")) == "Sport - Ein Titel hier"
    tags = "<article><ul class='tags'><li><a href='/thema/olaf-scholz'>Olaf Scholz</a></li></ul></article>"
    assert title("Wir schaffen das - Olaf Scholz", tags) == "Wir schaffen das - Olaf Scholz"
    # a menu's topic page (two directories) may be a person's; a breadcrumb's entry at that depth is a section
    topic = "<nav><a href='/politik/'>Politik</a><a href='/thema/olaf-scholz/'>Olaf Scholz</a></nav><h2>x</h2>"
    assert title("„Wir schaffen das“ - Olaf Scholz", topic) == "„Wir schaffen das“ - Olaf Scholz"
    deeper = "<ol class='breadcrumb'><li><a href='/sport/fussball/'>Fußball</a></li></ol><h2>x</h2>"
    assert title("Ein Titel hier - Fußball", deeper) == "Ein Titel hier"
    # another host's section, or a page without an address (no host to tell the site's links by)
    elsewhere = "<nav><a href='https://other.example/sport/'>Sport</a></nav><h2>x</h2>"
    assert title("Ein Titel hier | Sport", elsewhere) == "Ein Titel hier | Sport"
    assert metadata("<meta property='og:title' content='Ein Titel hier | Sport'>", menu.format("Sport"),
                    None).title == "Ein Titel hier | Sport"
    teaser = "<nav><a href='/2023/05/ausblick-123.html'>Ausblick</a><a href='/x/'>x</a></nav>"
    assert title("Ein Titel hier - Ausblick", teaser) == "Ein Titel hier - Ausblick"
    # the page shows the title whole as its headline: a dash sets off nothing there
    shown = "<nav><a href='/sport/'>Sport</a></nav><h1>Ein Titel hier - Sport</h1>"
    assert title("Ein Titel hier - Sport", shown) == "Ein Titel hier - Sport"


def test_the_names_of_the_sites_feeds_apps_and_json_ld_website_are_its_names():
    def title(head: str) -> str | None:
        return metadata(f"<meta property='og:title' content='Ein Titel hier | Kurzname'>{head}", "<h2>x</h2>",
                        "https://www.example.it/2023/x/").title
    feeds = ("<link rel='alternate' type='application/rss+xml' title='Kurzname &raquo; Feed' href='/feed/'>"
             "<link rel='alternate' type='application/rss+xml' title='Kurzname &raquo; Ein Titel hier Kommentar-Feed'"
             " href='/x/feed/'>")
    assert title(feeds) == "Ein Titel hier"
    assert title("<meta name='apple-mobile-web-app-title' content='Kurzname'>") == "Ein Titel hier"
    website = {"@graph": [{"@type": "WebSite", "name": "Langer Name", "alternateName": "Kurzname"}]}
    assert title(jsonld(website)) == "Ein Titel hier"
    # a feed's title going on with the headline names no site
    post = "<link rel='alternate' type='application/rss+xml' title='Ein Titel hier &raquo; Ein langer Kommentar-Feed'>"
    assert title(post) == "Ein Titel hier | Kurzname"


def test_the_publisher_of_the_json_ld_website_names_the_site():
    # The WebSite's publisher (a company's legal name, however long) ends the titles as the site's
    # name does: "... | Chemnitzer Verlag und Druck GmbH & Co. KG".
    publisher = "Chemnitzer Verlag und Druck GmbH & Co. KG"
    website = {"@type": "WebSite", "name": "Freie Presse", "publisher": {"@type": "Organization", "name": publisher}}
    head = f"<meta property='og:title' content='Wann das Fest steigt | {publisher}'>{jsonld(website)}"
    assert metadata(head, "<h2>x</h2>", "https://www.freiepresse.de/chemnitz/fest-artikel1").title == \
        "Wann das Fest steigt"


def test_guillemets_that_pair_up_quote_and_separate_nothing():
    # French sets its guillemets off by spaces (" « ", " » " are separators too): a « and the » after
    # it quote words of the headline, and the closing one stays ("Путін: «...» - pravda.com.ua" too).
    def title(declared: str, body: str = "<p>x</p>", site: str = "Le Monde") -> str | None:
        return metadata(f"<meta property='og:site_name' content='{site}'><title>{declared}</title>", body,
                        "https://www.lemonde.fr/politique/article/2020/03/16/a.html").title
    quoted = "Emmanuel Macron : « Nous sommes en guerre »"
    assert title(f"{quoted} | Le Monde") == quoted
    assert title(f"{quoted} - Le Monde") == quoted
    assert title(f"{quoted} | Le Monde", f"<h1>{quoted}</h1>") == quoted
    assert title("« Nous sommes en guerre » | Le Monde") == "« Nous sommes en guerre »"
    assert title("Macron : « Nous » et « eux » | Le Monde") == "Macron : « Nous » et « eux »"
    assert title("Путін: «Ми не відступимо» - pravda.com.ua", site="Українська правда") == "Путін: «Ми не відступимо»"
    # A mark that pairs with none still separates: WordPress's "Post « Blog", "Blog » Section » Post".
    assert title("Mein Beitrag « Le Monde") == "Mein Beitrag"
    assert title("Le Monde » Mein Beitrag") == "Mein Beitrag"


def test_a_suffix_another_title_of_the_page_goes_without_is_dropped():
    head = (jsonld({"@type": "NewsArticle", "headline": "Budget approved after long night | Lokales"})
            + "<meta property='og:title' content='Budget approved after long night'>")
    assert metadata(head).title == "Budget approved after long night"
    prefixed = (jsonld({"@type": "NewsArticle", "headline": "Lokales | Budget approved after long night"})
                + "<meta property='og:title' content='Budget approved after long night'>")
    assert metadata(prefixed).title == "Budget approved after long night"
    kicker = (jsonld({"@type": "NewsArticle", "headline": "Nach langer Nacht - Haushalt beschlossen"})
              + "<title>Nach langer Nacht - Haushalt beschlossen</title>")
    assert metadata(kicker, "<h1>Haushalt beschlossen</h1>").title == "Nach langer Nacht - Haushalt beschlossen"


def test_a_trail_of_sections_and_the_site_another_title_goes_without_is_dropped():
    """" » Local » Noticias » Ultima Hora Mallorca": each part a few words, set off by a separator."""
    head = ("<meta name='twitter:title' content='Anticorrupción decidirá si recurre la imputación'>"
            "<meta name='title' content='Anticorrupción decidirá si recurre la imputación » Local » Noticias"
            " » Ultima Hora Mallorca'>"
            "<title>Anticorrupción decidirá si recurre la imputación » Local » Noticias » Ultima Hora Mallorca</title>")
    assert metadata(head).title == "Anticorrupción decidirá si recurre la imputación"
    # a part of more words than a section's name is the headline's own
    kept = ("<meta name='twitter:title' content='Rückbau beginnt'>"
            "<meta property='og:title' content='Rückbau beginnt - Kühltürme des Atomkraftwerks am Morgen gesprengt"
            " - Lokales'>"
            "<title>Rückbau beginnt - Kühltürme des Atomkraftwerks am Morgen gesprengt - Lokales</title>")
    assert metadata(kept).title == "Rückbau beginnt - Kühltürme des Atomkraftwerks am Morgen gesprengt - Lokales"


def test_the_title_of_the_pages_one_hatom_entry_is_its_headline_where_it_declares_no_other():
    """An AP story in a table: no title metadata, no heading, a ``<title>`` naming the site."""
    entry = ("<table class='ap-story-table hnews hentry item'><tr><td><p class='body'>"
             "<span class='headline entry-title'>Father of gunman known for political videos</span>"
             "<span class='byline author vcard'>By JANE DOE</span></p>"
             "<p class='entry-content'>KABUL (AP) -- The father of the gunman came to the U.S. years ago.</p>"
             "</td></tr></table>")
    head = "<title>News from The Associated Press</title>"
    assert metadata(head, entry).title == "Father of gunman known for political videos"
    assert metadata(head, entry + entry.replace("Father of", "Mother of")).title == "News from The Associated Press"
    declared = "<meta property='og:title' content='Father of gunman known for videos'>"
    assert metadata(declared, entry).title == "Father of gunman known for videos"


def test_a_title_the_page_shows_as_its_h1_keeps_a_part_another_declared_title_goes_without():
    head = ("<meta property='og:title' content='Vanlife in Schweden: Skandinavien im Wohnmobil erleben'>"
            "<meta name='headline' content='Vanlife in Schweden'>"
            "<title>Vanlife in Schweden - Skandinavien im Wohnmobil | outdoor-magazin.com</title>")
    body = ("<article><h1>Vanlife in Schweden - Skandinavien im Wohnmobil</h1>"
            "<h2>Vanlife in Schweden: Skandinavien im Wohnmobil erleben</h2><p>Text.</p></article>")
    url = "https://www.outdoor-magazin.com/outdoor-szene/vanlife-in-schweden/"
    assert metadata(head, body, url).title == "Vanlife in Schweden - Skandinavien im Wohnmobil"
    # a pipe sets off a section even in the <h1>: cut where another title goes without it
    piped = ("<meta property='og:title' content='Mayor elected in St. Louis Park'>"
             "<title>Crime and Safety | Mayor elected in St. Louis Park</title>")
    assert metadata(piped, "<h1>Crime and Safety | Mayor elected in St. Louis Park</h1>").title == (
        "Mayor elected in St. Louis Park")


def test_a_place_or_label_a_declared_title_adds_after_the_headline_the_story_shows_is_cut():
    de = ("<meta property='og:title' content='Frei erfunden: Grab-Bote fliegt nach Singapur, Thailand'>"
          "<title>Frei erfunden: Grab-Bote fliegt nach Singapur, Thailand</title>")
    body = "<h1>Bangkok</h1><div><h1>Frei erfunden: Grab-Bote fliegt nach Singapur</h1><p>Text.</p></div>"
    assert metadata(de, body).title == "Frei erfunden: Grab-Bote fliegt nach Singapur"
    issue = "<meta property='og:title' content='Der historische Purzelbaum (2021/5)'>"
    assert metadata(issue, "<header><h2>Der historische Purzelbaum</h2></header><p>Text.</p>").title == (
        "Der historische Purzelbaum")
    fr = jsonld({"@type": "NewsArticle", "headline": "Incendie dans un entrepôt de Gennevilliers (VIDÉO)"})
    assert metadata(fr, "<h1>Incendie dans un entrepôt de Gennevilliers</h1>").title == (
        "Incendie dans un entrepôt de Gennevilliers")
    # a heading of one name is no headline the rest was added to; a menu's heading is not the story's
    en = "<meta property='og:title' content='Biden, Xi meet in Bali'>"
    assert metadata(en, "<h1>Biden</h1><p>Text.</p>").title == "Biden, Xi meet in Bali"
    es = "<meta property='og:title' content='Lluvias torrenciales en Valencia, España'>"
    assert metadata(es, "<nav><h2>Lluvias torrenciales en Valencia</h2></nav><p>Text.</p>").title == (
        "Lluvias torrenciales en Valencia, España")


def test_a_date_after_a_colon_that_the_shown_headline_goes_without_is_cut():
    head = "<meta property='og:title' content='So viel Regen gab es lange nicht : 31.10.2023, 10.19 Uhr'>"
    assert metadata(head, "<h1>So viel Regen gab es lange nicht</h1>").title == "So viel Regen gab es lange nicht"
    # a colon is the headline's own before anything but a date
    kicker = "<meta property='og:title' content='Ukraine: Angriff auf Kiew'>"
    assert metadata(kicker, "<h1>Ukraine</h1><h2>Angriff auf Kiew</h2>").title == "Ukraine: Angriff auf Kiew"


def test_the_declared_title_the_page_shows_as_its_headline_wins():
    head = (jsonld({"@type": "NewsArticle", "headline": "Pendler sparen 60 Prozent bei Bus und Bahn"})
            + "<meta property='og:title' content='49-Euro-Ticket: Pendler zahlen 60 Prozent weniger'>"
            + "<title>49-Euro-Ticket: Pendler zahlen 60 Prozent weniger</title>")
    shown = "<article><h1><span>49-Euro-Ticket</span><span>Pendler zahlen 60 Prozent weniger</span></h1></article>"
    assert metadata(head, shown).title == "49-Euro-Ticket: Pendler zahlen 60 Prozent weniger"
    logo = "<h1>Frankfurter Rundschau</h1><article><h2>Pendler sparen 60 Prozent bei Bus und Bahn</h2></article>"
    assert metadata(head, logo).title == "Pendler sparen 60 Prozent bei Bus und Bahn"


def test_without_declared_titles_the_title_a_heading_shows_beats_a_logo_h1():
    body = "<header><h1>regards.fr</h1></header><div><h2>Deux ans et demi en Macronie</h2><p>Text.</p></div>"
    assert metadata("<title>Deux ans et demi en Macronie - regards.fr</title>", body,
                    url="https://www.regards.fr/politique/article/x").title == "Deux ans et demi en Macronie"
    # The last part of a path is the page's name, not a section the headline could be a suffix of.
    assert metadata("<title>Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden</title>",
                    "<h1>Disfunctions.de</h1><div><h2>Podcasts in Plex einbinden</h2><p>Text.</p></div>",
                    url="https://disfunctions.de/tutorials/podcasts-in-plex-einbinden/").title == \
        "Podcasts in Plex einbinden"
    # No heading shows the <title>: the page's only <h1> is its headline, as before.
    assert metadata("<title>Regards | Le magazine</title>", "<h1>Deux ans et demi en Macronie</h1><p>Text.</p>",
                    url="https://www.regards.fr/politique/article/x").title == "Deux ans et demi en Macronie"


def test_a_kicker_and_the_headline_in_one_h1_show_the_declared_title_that_ends_it():
    head = (jsonld({"@type": "NewsArticle", "headline": "Wurmkiste selber bauen"})
            + "<meta property='og:title' content='Wurmkiste | selbst.de'>"
            + "<meta name='twitter:title' content='Wurmkiste | selbst.de'><title>Wurmkiste | selbst.de</title>")
    body = "<h1><span class='kicker'>Wurmkiste</span> Wurmkiste selber bauen</h1><p>Text.</p>"
    assert metadata(head, body, url="https://www.selbst.de/wurmkiste-39572.html").title == "Wurmkiste selber bauen"
    # Without that <h1>, the title most declarations agree on.
    assert metadata(head, "<h1>selbst.de</h1><p>Text.</p>",
                    url="https://www.selbst.de/wurmkiste-39572.html").title == "Wurmkiste"


def test_a_breadcrumb_heading_is_not_the_headline_and_declarations_are_outvoted_only_by_more_of_them():
    head = (jsonld({"@type": "NewsArticle", "headline": "Ampeln tot: Wie sicher ist das Stromnetz?"})
            + "<meta property='og:title' content='Stromausfall Berlin: Wie sicher ist unser Stromnetz?'>")
    breadcrumb = ("<nav><ul><li><a href='/'>Start</a></li><li><h1>Stromausfall Berlin: Wie sicher ist unser "
                  "Stromnetz?</h1></li></ul></nav><p>Text.</p>")
    assert metadata(head, breadcrumb).title == "Ampeln tot: Wie sicher ist das Stromnetz?"  # a tie: JSON-LD
    kicker = (jsonld({"@type": "NewsArticle", "headline": "Rückbau von Atomkraftwerk - Kühltürme gesprengt"})
              + "<meta property='og:title' content='Rückbau von Atomkraftwerk: Kühltürme gesprengt'>"
              + "<title>Rückbau von Atomkraftwerk: Kühltürme gesprengt - Politik</title>")
    assert metadata(kicker, "<h1>Kühltürme gesprengt</h1>",
                    url="https://news.example/politik/a.html").title == "Rückbau von Atomkraftwerk: Kühltürme gesprengt"


def test_a_title_cut_short_without_a_mark_is_completed_from_one_that_continues_it_with_a_word():
    full = ("Hunter diagnosed with bubonic plague after eating a rabbit making him third Beijing local to contract"
            " medieval disease")
    head = (jsonld({"@type": "NewsArticle", "headline": full[:len(full) - len(" medieval disease")]})
            + "<meta property='og:title' content='Hunter in Beijing diagnosed with plague'>"
            + f"<title>{full} – The Sun</title><meta property='og:site_name' content='The Sun'>")
    assert metadata(head, "<p>Text.</p>").title == full
    # A shorter headline is whole: a heading may run on into a button's label without a separator.
    short = jsonld({"@type": "NewsArticle", "headline": "Kindergottesdienst macht Spaß"})
    assert metadata(short, "<h1>Kindergottesdienst macht Spaß CC-Editor öffnen</h1>").title == \
        "Kindergottesdienst macht Spaß"
    # A colon or a separator after it starts a subtitle or a suffix: the shorter title stands.
    kicker = (jsonld({"@type": "NewsArticle", "headline": "Vanlife in Schweden"})
              + "<meta property='og:title' content='Vanlife in Schweden'>"
              + "<title>Vanlife in Schweden: Skandinavien im Wohnmobil</title>")
    assert metadata(kicker, "<p>Text.</p>").title == "Vanlife in Schweden"


def test_twice_escaped_entities_and_windows_1252_read_utf8_are_repaired():
    from newsspider.extract.repair import readable

    assert readable("It&amp;#8217;s") == "It\u2019s"
    assert readable("Toller Tarif f\u00c3\u00bcr 5,99 Euro") == "Toller Tarif für 5,99 Euro"
    assert readable("AT&T, S\u00e3o Paulo, \u00c0 la carte") == "AT&T, S\u00e3o Paulo, \u00c0 la carte"
    mangled = "<meta property='og:title' content='Neuer Tarif f\u00c3\u00bcr alle'>"
    assert metadata(mangled).title == "Neuer Tarif für alle"


def test_a_visible_byline_by_the_headline_names_the_authors_when_no_metadata_does():
    body = ("<header><h1>KBS WORLD</h1></header><div class='comments'><span class='author'>troll42</span></div>"
            "<article><h1>Budget approved after long night</h1><p class='byline'>By Jane Doe and John Roe</p>"
            "<p>Text.</p></article>")
    assert metadata("<meta property='og:title' content='Budget approved after long night'>", body).authors == [
        "Jane Doe", "John Roe"]


def test_a_visible_bylines_names_in_list_items_are_each_a_person():
    head = "<meta property='og:title' content='Budget approved after long night'>"
    listed = ("<article><h1>Budget approved after long night</h1><ul class='article-authors'><li><a href='/a/1'>"
              "Jane Doe</a></li><li><a href='/a/2'>John Roe</a></li></ul><p>Text.</p></article>")
    assert metadata(head, listed).authors == ["Jane Doe", "John Roe"]


def test_a_byline_box_listing_names_in_a_line_ending_with_a_full_stop_is_no_biography():
    # a list of names is no sentence however long: its words in lower case are short ("and", "e", "in")
    for byline, names in (("Jane Doe, John Roe and Ann Lee.", ["Jane Doe", "John Roe", "Ann Lee"]),
                          ("Jane Doe and John Roe in Washington.", ["Jane Doe", "John Roe"]),
                          ("Ana Silva, João Souza e Maria Lima.", ["Ana Silva", "João Souza", "Maria Lima"])):
        body = (f"<article><h1>Council approves the budget for next year</h1><div class='byline'>{byline}</div>"
                "<p>Text.</p></article>")
        assert metadata(body=body).authors == names, byline


def test_an_authors_biography_in_the_byline_box_is_no_name():
    head = "<meta property='og:title' content='Budget approved after long night'>"
    body = ("<article><h1>Budget approved after long night</h1><div class='author'><a href='/a/1'>Jane Doe</a>"
            "<p class='author-bio'>Jane is a reporter covering city politics.</p></div><p>Text.</p></article>")
    assert metadata(head, body).authors == ["Jane Doe"]
    assert author_names(["Jane is a reporter covering politics"]) == []  # a sentence about her
    assert author_names(["Luca della Valle"]) == ["Luca della Valle"]  # one particle of that length
    assert author_names(["viktor hedlund"]) == ["viktor hedlund"]


def test_microdata_declares_an_article_and_its_dates():
    body = ("<div itemscope itemtype='https://schema.org/NewsArticle'><h1 itemprop='headline'>Budget approved</h1>"
            "<meta itemprop='datePublished' content='2024-03-05T08:30:00+01:00'><p>Text.</p></div>")
    meta = metadata(body=body)
    assert meta.declares_article and meta.published == "2024-03-05T08:30:00+01:00"
    assert not metadata(body="<div itemscope itemtype='https://schema.org/Person'><p>Text.</p></div>").declares_article


def test_a_suffix_after_the_shown_headline_that_the_page_states_as_its_name_is_cut_whatever_sets_it_off():
    # No og:site_name: the site names itself in its footer, and the <h1> shows the headline alone.
    footer = "<footer><p>© 2024 {}</p></footer>"  # its copyright line
    for title, site in (("東京の新しい駅が開業へ：東都新聞デジタル", "東都新聞デジタル"),
                        ("我国首条跨海高铁全线贯通-新华网", "新华网"),
                        ("خط جدید متروی تهران - خبرگزاری مهر | Mehr News Agency", "خبرگزاری مهر")):
        shown = title[:len(title) - len(title.split(site)[1]) - len(site)].rstrip(" -：")
        page = metadata(f"<meta property='og:title' content='{title}'><title>{title}</title>",
                        f"<h1>{shown}</h1><p>Text.</p>{footer.format(site)}")
        assert page.title == shown, title
    # What follows is not the name the page states: a subtitle the <h1> leaves out is kept.
    page = metadata("<meta property='og:title' content='見出し：詳しい副題'>",
                    f"<h1>見出し</h1><p>Text.</p>{footer.format('東都新聞デジタル')}")
    assert page.title == "見出し：詳しい副題"
    # A blog's <h1> is its own name, and its archive (in a footer) lists the post's title: the post's title stays.
    blog = "EMACSPEAK The Complete Audio Desktop: Meta-Programming In Emacs Using Defadvice"
    page = metadata(f"<title>{blog}</title>", "<h1>EMACSPEAK The Complete Audio Desktop</h1>"
                    "<h1>Meta-Programming In Emacs Using Defadvice</h1><p>Text.</p>"
                    "<div class='footer'><a href='/p'>Meta-Programming In Emacs Using Defadvice</a></div>")
    assert page.title.endswith("Meta-Programming In Emacs Using Defadvice")  # not the blog's name

def test_a_suffix_the_page_declares_as_its_name_is_cut_without_searching_its_copyright_lines(monkeypatch):
    """A name the page declares (og:site_name, its host) is cut as the site's name; the copyright
    lines, whose walk costs more than the rest of the headline, are searched only for a name it
    does not declare."""
    from newsspider.extract.elements import PageElements

    footer = "<footer><p>© 2024 {}</p></footer>"
    for title, site in (("我国首条跨海高铁全线贯通-新华网", "新华网"), ("Heatwave hits the coast | The Olive Press", "The Olive Press")):
        shown = title.split(site)[0].rstrip(" -|")
        head = f"<meta property='og:site_name' content='{site}'><meta property='og:title' content='{title}'>"
        with monkeypatch.context() as patched:
            patched.setattr(PageElements, "copyright_lines", lambda page: pytest.fail("copyright lines searched"))
            assert metadata(head, f"<h1>{shown}</h1><p>Text.</p>").title == shown
        assert metadata(head, f"<h1>{shown}</h1><p>Text.</p>{footer.format(site)}").title == shown
    page = metadata("<meta property='og:title' content='我国首条跨海高铁全线贯通-新华网'>",
                    f"<h1>我国首条跨海高铁全线贯通</h1><p>Text.</p>{footer.format('新华网')}")
    assert page.title == "我国首条跨海高铁全线贯通"  # undeclared: the copyright line states it


def test_the_site_name_is_stated_by_whole_words_of_the_copyright_line_in_every_script():
    footer = "<footer><p>© 2024 {}</p></footer>"
    # (a colon sets the name off: no separator of another title's suffix)
    # "Live" is inside "Olive", no word of the line: the subtitle the <h1> leaves out stays
    page = metadata("<meta property='og:title' content='Heatwave hits the coast: Live'>",
                    f"<h1>Heatwave hits the coast</h1><p>Text.</p>{footer.format('The Olive Press')}")
    assert page.title == "Heatwave hits the coast: Live"
    page = metadata("<meta property='og:title' content='Heatwave hits the coast: Olive Press'>",
                    f"<h1>Heatwave hits the coast</h1><p>Text.</p>{footer.format('The Olive Press')}")
    assert page.title == "Heatwave hits the coast"
    # Chinese writes no spaces: a word may end where the next begins ("新华网版权所有")
    page = metadata("<meta property='og:title' content='我国首条跨海高铁全线贯通-新华网'>",
                    f"<h1>我国首条跨海高铁全线贯通</h1><p>Text.</p>{footer.format('新华网版权所有')}")
    assert page.title == "我国首条跨海高铁全线贯通"
    # Hindi's vowel signs are part of their word: "उजाला" is no word of "अमरउजाला"
    page = metadata("<meta property='og:title' content='दिल्ली में बारिश: उजाला'>",
                    f"<h1>दिल्ली में बारिश</h1><p>Text.</p>{footer.format('अमरउजाला')}")
    assert page.title == "दिल्ली में बारिश: उजाला"


def test_a_stated_name_is_found_in_a_long_text_by_its_letters_read_in_blocks():
    """The letters of a long footer are read a block at a time, and a match located in its block:
    the letters and their positions are those of reading it character by character, across
    blocks, foldings into two letters ("ß": "ss") and U+0345, which folds to a letter alone."""
    from newsspider.extract.headline import _LETTER_BLOCK, _LetterPositions, _stated_in

    def by_character(text: str) -> tuple[str, list[int]]:
        pairs = [(folded, position) for position, char in enumerate(text) if char.isalnum()
                 for folded in char.casefold() if folded.isalnum()]
        return "".join(f for f, _ in pairs), [position for _, position in pairs]

    filler = "Straße, İstanbul ﬁle ΐ 新华网 — "
    for text in (filler * (3 * _LETTER_BLOCK // len(filler)), "x\u0345y " + filler * 40, "", "©"):
        letters, positions = by_character(text)
        found = _LetterPositions(text)
        assert found.letters == letters and len(found) == len(positions)
        assert [found[i] for i in range(len(found))] == positions
    long_footer = "© 2024 " + "{\"copyright\": \"x\"} " * 4000 + "Fox Business Network"
    assert _stated_in("FOX BUSINESS", long_footer) and not _stated_in("Business Net", long_footer)
    assert not _stated_in("Live", "x" * 3000 + " The Olive Press")


def test_only_the_main_heading_or_one_holding_all_but_a_word_of_the_title_cuts_its_trailing_part():
    # a related story's <h2> that starts as the headline does cuts nothing of more words
    head = "<meta property='og:title' content='Storm floods the streets of Valencia, homes evacuated'>"
    related = "<section><h2>Storm floods the streets of Valencia</h2></section>"
    body = f"<h1>Storm floods the streets of Valencia, homes evacuated</h1><p>Text.</p>{related}"
    assert metadata(head, body).title == "Storm floods the streets of Valencia, homes evacuated"
    assert metadata(head, f"<h1>Weather</h1><p>Text.</p>{related}").title == (
        "Storm floods the streets of Valencia, homes evacuated")
    # the page's main heading (its <h1>, else its first <h2>) shows the headline without the part
    shown = "Storm floods the streets of Valencia"
    assert metadata(head, f"<h1>{shown}</h1><p>Text.</p>").title == shown
    assert metadata(head, f"<h2>{shown}</h2><p>Text.</p>").title == shown
    # another heading cuts a label of one word
    label = "<meta property='og:title' content='Storm floods the streets of Valencia (VIDEO)'>"
    assert metadata(label, f"<h1>Weather</h1><h2>{shown}</h2><p>Text.</p>").title == shown


def test_a_bracketed_kicker_belongs_to_the_title_where_the_h1_shows_it():
    ndsoft = "[단독] 서울 지하철 9호선 연장 &lt; 사회 &lt; 기사본문 - 한빛신문"
    page = metadata(f"<title>{ndsoft}</title><meta property='og:title' content='[단독] 서울 지하철 9호선 연장 - 한빛신문'>",
                    "<h1>[단독] 서울 지하철 9호선 연장</h1><p>Text.</p><footer>© 한빛신문</footer>")
    assert page.title == "[단독] 서울 지하철 9호선 연장"
    page = metadata("<meta property='og:title' content='【速報】見出しの記事｜日報オンライン'>",
                    "<h1>【速報】見出しの記事</h1><p>Text.</p><footer>© 日報オンライン</footer>")
    assert page.title == "【速報】見出しの記事"
    # The kicker in every declared title, not in the <h1> (a label of its own above it): the <h1>'s headline.
    page = metadata("<title>[속보] 지하철 연장 구간 개통 - 아시아일보</title>"
                    "<meta property='og:title' content='[속보] 지하철 연장 구간 개통'>",
                    "<p class='kicker'>속보</p><h1>지하철 연장 구간 개통</h1><p>Text.</p>")
    assert page.title == "지하철 연장 구간 개통"
    # The kicker in the <h1>, in an element of its own, and in no declared title: the reader sees it.
    page = metadata(jsonld({"@type": "NewsArticle", "headline": "我国首条跨海高铁全线贯通"}),
                    "<h1><em>【视频】</em>我国首条跨海高铁全线贯通</h1><p>Text.</p>")
    assert page.title == "【视频】我国首条跨海高铁全线贯通"
    # A bracketed phrase of more words than a label is no kicker.
    page = metadata("<meta property='og:title' content='[Updated with the latest figures from today] Headline'>",
                    "<h1>Headline</h1><p>Text.</p>")
    assert page.title != "Headline"


def test_a_suffix_naming_the_host_is_cut_whatever_its_countrys_public_suffix():
    for host in ("www.dailyplanet.com", "www.dailyplanet.co.uk", "dailyplanet.com.au"):
        page = metadata("<title>Council approves the new bridge | Daily Planet</title>",
                        url=f"https://{host}/local/2023/council-bridge-123.html")
        assert page.title == "Council approves the new bridge", host


def test_a_declared_title_that_is_only_the_sites_name_is_not_the_headline():
    # twitter:title copied from og:site_name, and a logo's <h1> showing it before the story's.
    head = ("<meta property='og:site_name' content='News.az'><meta name='twitter:title' content='News.az'>"
            "<meta property='og:title' content=' Azerbaijan launches counteroffensive, envoy says '>")
    body = ("<header><div class='logo'><h1>News.az</h1></div></header>"
            "<div class='post'><h1>Azerbaijan launches counteroffensive, envoy says</h1><p>Text.</p></div>")
    assert metadata(head, body, url="https://www.news.az/news/a").title == "Azerbaijan launches counteroffensive, envoy says"
    # A Dublin Core title naming the host: the <title> is the page's own.
    assert metadata("<meta name='DC.title' content='gnu.org'><title>The GNU General Public License v3.0</title>",
                    url="https://www.gnu.org/licenses/gpl-3.0.en.html").title == "The GNU General Public License v3.0"
    # og:title and <title> both the site's name (and a name of mere punctuation is none): the <h1> is the headline.
    site = ".:: NMB-MEDIA ::. eBay-Templates, JTL-Wawi"
    head = f"<meta property='og:site_name' content='{site}'><meta property='og:title' content='{site}'><title>{site}</title>"
    assert metadata(head, "<article><h1>Datenschutztechnische Anpassung</h1><p>Text.</p></article>",
                    url="https://shop.nmb-media.de/x").title == "Datenschutztechnische Anpassung"
    # A site that copies its og:title into og:site_name names itself nowhere: the title stays whole,
    # and its blog's name in a logo's <h1> is not the headline.
    title = "Oyama renge in bloom (7/2) - Tekitou de eenen"
    head = f"<meta property='og:site_name' content='{title}'><meta property='og:title' content='{title}'><title>{title}</title>"
    assert metadata(head, "<div><h1>Tekitou de eenen</h1></div><p>Text.</p>",
                    url="https://blog.goo.ne.jp/jgccg115/e/5d8c").title == title
    # Only the site's name: still the page's title when nothing else names it.
    assert metadata("<meta property='og:site_name' content='News.az'><title>News.az</title>",
                    url="https://www.news.az/").title == "News.az"


def test_a_suffix_of_the_hosts_labels_in_any_order_names_the_site():
    assert metadata("<title>BeginnersGuide/Download - Python Wiki</title>",
                    url="https://wiki.python.org/moin/BeginnersGuide/Download").title == "BeginnersGuide/Download"
    # One word, or words of which one is not a label, may be the headline's own.
    assert metadata("<title>Learning to code - Python Tutorial</title>",
                    url="https://wiki.python.org/moin/x").title == "Learning to code - Python Tutorial"
    assert metadata("<title>How we test - Python</title>",
                    url="https://wiki.python.org/moin/x").title == "How we test - Python"


def test_a_suffix_after_the_headline_an_h1_ends_with_is_cut():
    title = "Bundesministerin Raab: Mehr Kinderbetreuung - Bundeskanzleramt Österreich"
    shown = "<main><h1><span>1. Februar 2022</span> Bundesministerin Raab: Mehr Kinderbetreuung</h1><p>Text.</p></main>"
    assert metadata(f"<meta property='og:title' content='{title}'><title>{title}</title>", shown,
                    url="https://www.bundeskanzleramt.gv.at/a/2022/raab.html").title == \
        "Bundesministerin Raab: Mehr Kinderbetreuung"
    # The <h1> shows the suffix too, or ends with one word of the title only: the title stays whole.
    whole = "<main><h1>1. Februar 2022 Bundesministerin Raab: Mehr Kinderbetreuung - Bundeskanzleramt Österreich</h1></main>"
    assert metadata(f"<meta property='og:title' content='{title}'>", whole,
                    url="https://www.bundeskanzleramt.gv.at/a/2022/raab.html").title == title
    assert metadata("<meta property='og:title' content='Ukraine - Zehn Fragen'>", "<h1>Krieg in der Ukraine</h1>",
                    url="https://news.example/a/1.html").title == "Ukraine - Zehn Fragen"


def test_a_byline_written_as_the_storys_first_paragraph_names_its_author_where_nothing_else_does():
    head = "<title>Forest story</title>"
    body = ("<article><h1>Forest story</h1><p><em>Courtesy of Forests News</em></p>"
            "<p><em>Written by: <a href='/julie'>Julie Mollins</a></em></p><p>Indigenous Peoples have had a record.</p></article>")
    assert metadata(head, body).authors == ["Julie Mollins"]
    declared = "<meta name='author' content='John Roe'>"
    assert metadata(head + declared, body).authors == ["John Roe"]  # what the page declares first
    sentence = body.replace("Written by: <a href='/julie'>Julie Mollins</a>", "Von der Leyen sagte am Montag nichts")
    assert metadata(head, sentence).authors == []
    aside = body.replace("<p><em>Written", "<aside><p><em>Written").replace("</em></p><p>Indigenous", "</em></p></aside><p>Indigenous")
    assert metadata(head, aside).authors == []  # a byline in an aside is another story's


def test_a_written_byline_in_a_list_item_or_block_is_read_by_its_lines():
    head = "<title>Forest story</title>"
    item = ("<article><h1>Forest story</h1><ul><li>3 min read</li><li>Von:\n <span><a href='/b'>Bill McCarthy</a>,</span>"
            "\n <span><a href='/m'>Marisha Goldhamer</a></span></li></ul><p>Indigenous Peoples have had a record.</p></article>")
    assert metadata(head, item).authors == ["Bill McCarthy", "Marisha Goldhamer"]
    role = ("<article><h1>Forest story</h1><div><span>By Andrew Dalton<br>AP Entertainment Writer</span></div>"
            "<p>Indigenous Peoples have had a record.</p></article>")
    assert metadata(head, role).authors == ["Andrew Dalton"]  # the writer's role on the next line
    share = ("<article><h1>Forest story</h1><div><div>By <span>Michael Hingston</span></div>"
             "<div><a href='/f'>facebook</a><a href='/t'>twitter</a></div></div><p>Indigenous Peoples have had a record.</p></article>")
    assert metadata(head, share).authors == ["Michael Hingston"]  # the block's first line, not its buttons
    label = "<article><h1>Forest story</h1><div><p>Автор:</p><p><a href='/o'>Олеся Жуковень</a></p></div><p>Text.</p></article>"
    assert metadata(head, label).authors == ["Олеся Жуковень"]  # a byline word alone, the name on the next line


@pytest.mark.parametrize("line", ["Mwandishi Mkongwe Afariki Dunia", "ጸሐፊ ታሰረ", "Autorius Jonas Jonaitis",
                                  "Зохиогч Д.Нацагдорж", "Szerző Díjat Kapott", "Kirjoittaja Palkittiin",
                                  "Yazar Gözaltına Alındı", "Author Jane Doe", "Autor Günter Grass"])
def test_a_story_line_opening_with_a_bare_writers_word_is_a_kicker_or_a_sentence_not_its_byline(line):
    head = "<title>Forest story</title>"
    body = f"<article><h1>Forest story</h1><p>{line}</p><p>Indigenous Peoples have had a record.</p></article>"
    assert metadata(head, body).authors == []  # a writer dies, is arrested, is awarded: a headline's noun
    labelled = body.replace(f"<p>{line}</p>", "<p>Szerző: <a href='/k'>Kovács Anna</a></p>")
    assert metadata(head, labelled).authors == ["Kovács Anna"]  # set off by a colon, it is a byline's label
    assert metadata(head, body.replace(f"<p>{line}</p>", "<p>Yazar: Ayşe Yılmaz</p>")).authors == ["Ayşe Yılmaz"]
    assert metadata(head, body.replace(f"<p>{line}</p>", "<p>By Jane Doe</p>")).authors == ["Jane Doe"]  # "by" bare


def test_a_byline_blocks_date_and_category_parts_name_no_one():
    head = "<title>Forest story</title>"
    body = ("<article><h1>Forest story</h1><div class='cb-byline'><div class='cb-author cb-byline-element'>Stefanus</div>"
            "<div class='cb-date cb-byline-element'>Donnerstag</div><div class='cb-category cb-byline-element'>Werkstatt</div>"
            "</div><p>Indigenous Peoples have had a record.</p></article>")
    assert metadata(head, body).authors == ["Stefanus"]
    anonymous = body.replace("<div class='cb-author cb-byline-element'>Stefanus</div>", "")
    assert metadata(head, anonymous).authors == []  # not the block's text, of its parts


def test_an_agency_the_json_ld_credits_as_author_yields_to_the_reporters_byline():
    agency = jsonld({"@type": "NewsArticle", "headline": "Forest story",
                     "author": {"@type": "NewsMediaOrganization", "name": "AFP"}})
    body = "<article><h1>Forest story</h1><p>Par Jeanne Durand</p><p>Indigenous Peoples have had a record.</p></article>"
    assert metadata(agency, body).authors == ["Jeanne Durand"]
    assert metadata(agency, body.replace("Par Jeanne Durand", "Un texte")).authors == ["AFP"]  # none named: the agency
    person = agency.replace("NewsMediaOrganization", "Person")
    assert metadata(person, body).authors == ["AFP"]  # a person the JSON-LD names comes first


def test_a_trail_of_site_and_section_before_the_headline_a_heading_shows_is_cut():
    # An old blog theme's "<site> » <section> » <post>", the site's name its logo's <h1> (under an
    # archive's host, which names another site), the post's title an <h2>.
    head = "<title>Time 4 talks  &raquo; Blog Archiv   &raquo; Weitere Digitalisierung der Schweizer Kinos</title>"
    body = "<h1>Time 4 talks</h1><h2>Weitere Digitalisierung der Schweizer Kinos</h2><p>Text.</p>"
    url = "https://web.archive.org/web/2014/http://www.time4talks.com/2013/08/07/kinos/"
    assert metadata(head, body, url=url).title == "Weitere Digitalisierung der Schweizer Kinos"
    long = head.replace("Blog Archiv", "Ein Blog über Kinos und Filme")  # a part of five words: no label
    assert metadata(long, body, url=url).title == "Time 4 talks"  # as before: the trail holds no label alone


def test_a_declared_title_that_is_a_slug_declares_no_headline():
    # og:title copied from an asset's name: the page's <title> or <h1> names the story.
    slug = "<meta property='og:title' content='adac-kindersitztest-herbst-2018'>"
    assert metadata(slug + "<title>Kindersitz-Test 2018</title>").title == "Kindersitz-Test 2018"
    assert metadata(slug, "<article><h1>18 Kindersitze im Test</h1><p>Text.</p></article>").title == "18 Kindersitze im Test"
    # Not a hyphenated word, a capitalised compound or a title in a script without case.
    for title in ("e-mail", "Ost-West-Konflikt-Gipfel", "covid-19", "東京-大阪-名古屋"):
        assert metadata(f"<meta property='og:title' content='{title}'>").title == title


def test_a_title_the_parser_put_in_the_body_still_names_the_page():
    # A stray character before <title> ends the head; an <svg>'s title is a tooltip.
    html = ("<html><head><meta charset='utf-8'>x<title>Briefe an die Redaktion</title></head>"
            "<body><svg><title>Close</title></svg><p>Text.</p></body></html>")
    assert read_metadata(parse_html(html), "https://news.example/a.html").title == "Briefe an die Redaktion"
    assert metadata("", "<svg><title>Close</title></svg><p>Text.</p>").title is None


def test_html_tags_a_cms_left_in_a_declared_title_are_not_its_text():
    def headline_ld(text: str) -> str:
        return jsonld({"@type": "NewsArticle", "headline": text})
    assert metadata(headline_ld("Why <i>Oppenheimer</i> won")).title == "Why Oppenheimer won"
    assert metadata(headline_ld("Line one<br/>line two")).title == "Line one line two"
    assert metadata("<meta property='og:title' content='&lt;em&gt;Dune&lt;/em&gt; review'>").title == "Dune review"
    assert metadata("<title>&lt;b&gt;Bold&lt;/b&gt; news</title>").title == "Bold news"
    # Angle brackets that open no tag are the headline's own.
    assert metadata(headline_ld("Why a < b and c > d")).title == "Why a < b and c > d"
    # nor does a work's title in angle brackets, as Korean and Chinese headlines write it
    assert metadata(headline_ld("영화 <기생충> 아카데미 4관왕")).title == "영화 <기생충> 아카데미 4관왕"
    assert metadata(headline_ld("电影<流浪地球>票房破纪录")).title == "电影<流浪地球>票房破纪录"


def test_the_sites_name_before_a_colon_is_cut_where_the_h1_shows_the_headline_without_it():
    declared = "<meta property='og:title' content='The Daily Planet: Mayor opens the new bridge'>"
    shown = "<article><h1>Mayor opens the new bridge</h1><p>Text.</p></article>"
    assert metadata(declared, shown, url="https://www.dailyplanet.example/a/1").title == "Mayor opens the new bridge"
    host = "<meta property='og:title' content='dailyplanet.example: Mayor opens the new bridge'>"
    assert metadata(host, shown, url="https://www.dailyplanet.example/a/1").title == "Mayor opens the new bridge"
    # A site named after a topic, with no heading to tell: the kicker may be the headline's own.
    assert metadata("<meta property='og:title' content='Bitcoin: price hits a record'>",
                    url="https://bitcoin.example/a/1").title == "Bitcoin: price hits a record"
    # A section's name, or another kicker, before the colon is the headline's, as the declared title has it.
    assert metadata("<meta property='og:title' content='Sport: Mayor opens the new bridge'>", shown,
                    url="https://www.dailyplanet.example/sport/1").title == "Sport: Mayor opens the new bridge"


def test_the_only_h1_naming_the_site_or_a_section_is_not_the_headline_the_title_gives():
    nav = "<nav><a href='/aktuelles/'>Aktuelles</a><a href='/verband/'>Verband</a></nav>"
    title = "<title>Norddeutschland findet seine Meister</title>"
    # A section its navigation links to, or one its address names, above the story.
    assert metadata(title, nav + "<h1>Aktuelles</h1><p>Text.</p>",
                    url="https://www.lv.example/a/meister-123").title == "Norddeutschland findet seine Meister"
    assert metadata(title, "<h1>Pressemitteilungen</h1><p>Text.</p>",
                    url="https://www.lv.example/pressemitteilungen/meister-123").title == "Norddeutschland findet seine Meister"
    # The site's logo.
    assert metadata("<title>Deux ans en Macronie - regards.fr</title>", "<h1>regards.fr</h1><p>Text.</p>",
                    url="http://www.regards.fr/politique/article/deux-ans").title == "Deux ans en Macronie"
    # Any other only <h1> is the headline the reader sees.
    assert metadata("<title>Some SEO title - Site</title>", "<h1>The real headline</h1><p>Text.</p>",
                    url="http://www.site.example/a/1").title == "The real headline"


def test_the_addresses_printed_after_a_bylines_names_do_not_make_it_too_long_to_be_one():
    """A byline is short; the e-mail addresses printed after its names are no text of its length."""
    names = ["Christian Unger", "Tobias Köberlein", "Laura Wagener", "Alexander Rothe"]
    byline = ", ".join(f"{name} {name.lower().replace(' ', '.')}@zeitung.example" for name in names)
    assert len(byline) > 120
    body = f"<article><h1>Headline of the story</h1><div class='byline'>{byline}</div><p>Text.</p></article>"
    assert metadata("<title>Headline of the story</title>", body).authors == names


def test_a_json_ld_person_with_an_address_and_no_name_is_named_by_the_pages_link_to_that_address():
    """``"author": {"@type": "Person", "url": ...}``: the page's link to the author's page shows the name."""
    article = {"@type": "NewsArticle", "headline": "Headline", "author": [
        {"@type": "Person", "url": "https://news.example/autor/jane-doe/"},
        {"@type": "Person", "url": "https://news.example/autor/john-roe/"}]}
    body = ("<article><h1>Headline</h1><p>Text.</p><p class='bio'><a href='/autor/jane-doe/'>Jane Doe</a> und "
            "<a href='https://news.example/autor/john-roe/'>John Roe</a></p></article>")
    assert metadata(jsonld(article), body).authors == ["Jane Doe", "John Roe"]
    unlinked = "<article><h1>Headline</h1><p>Text.</p><a href='/autor/other/'>Max Muster</a></article>"
    assert metadata(jsonld(article), unlinked).authors == []  # no link to them: no name (not the address's words)


def test_an_unlinked_author_address_whose_words_spell_a_name_the_page_prints_is_that_name():
    """The page's link to the author's page may be missing (a byline of plain text): the address's last
    words ("andre-schmidt") are read only as the page's own spelling of them, an element's text."""
    article = {"@type": "NewsArticle", "headline": "Headline", "author": [
        {"@type": "Person", "url": "https://news.example/autor/andre-schmidt/"},
        {"@type": "Person", "url": "https://news.example/autor/jdoe"},  # one word: a login, no name
        {"@type": "Person", "url": "https://news.example/autor/max-muster-12345"}]}  # an id
    body = ("<article><h1>Headline</h1><div><span>André Schmidt</span> <span>Jdoe</span> "
            "<span>Max Muster</span></div><p>Text.</p></article>")
    assert metadata(jsonld(article), body).authors == ["André Schmidt"]
    unprinted = "<article><h1>Headline</h1><p>André Schmidt sagte, es sei heiß.</p></article>"
    assert metadata(jsonld(article), unprinted).authors == []  # in a sentence: not the name as printed alone


def test_a_written_byline_naming_our_staff_member_by_role_is_read_for_the_name_after_the_role():
    head = "<title>Forest story</title>"
    body = ("<article><h1>Forest story</h1><p>Von unserem Korrespondenten Max Muster</p>"
            "<p>Indigenous Peoples have had a record.</p></article>")
    assert metadata(head, body).authors == ["Max Muster"]
    unnamed = body.replace(" Max Muster", "")
    assert metadata(head, unnamed).authors == []


def test_json_ld_a_template_wraps_or_leaves_a_comma_after_is_read():
    article = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tram, line", ' \
              '"datePublished": "2024-03-05T14:05:00+01:00", "keywords": ["a,", "b"],}'
    blocks = {
        "a comma after the last member": article,
        "a CDATA section in comments": f"/*<![CDATA[*/{article}/*]]>*/",
        "an HTML comment": f"<!-- {article} -->",
        "two objects one after another": '{"@type": "Organization", "name": "Example"}\n' + article,
    }
    for shape, block in blocks.items():
        meta = metadata(f"<script type='application/ld+json'>{block}</script>")
        assert meta.published == "2024-03-05T14:05:00+01:00", shape
        assert meta.title == "Tram, line", shape
    # a string holding ",}" is kept as written
    kept = '{"@type": "NewsArticle", "headline": "A ,} B", "datePublished": "2024-03-05T14:05:00+01:00",}'
    assert metadata(f"<script type='application/ld+json'>{kept}</script>").title == "A ,} B"
    # what cannot be read as JSON stays unread
    assert metadata("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", headline: x}</script>").published is None


def test_json_ld_types_written_as_compact_iris_are_read():
    data = {"@context": "https://schema.org", "@type": "schema:NewsArticle", "headline": "Tram",
            "datePublished": "2024-03-05T14:05:00+01:00"}
    assert metadata(jsonld(data)).published == "2024-03-05T14:05:00+01:00"


def test_a_tag_list_of_one_link_after_the_headline_is_a_tag_but_a_kicker_above_it_is_none():
    text = "<p>" + "The storm came ashore on Monday and damaged many houses. " * 8 + "</p>"
    one = "<ul class='tags'><li><a href='/tag/storm'>Storm</a></li></ul>"
    head = "<title>Big storm hits the coast</title>"
    assert metadata(head, f"<article><h1>Big storm hits the coast</h1>{text}{one}</article>").tags == ["Storm"]
    assert metadata(head, f"<article>{one}<h1>Big storm hits the coast</h1>{text}</article>").tags == []  # a kicker
    # a teaser's label after the story: its list is the teaser, which links to another story
    teaser = "<div class='teaser'><a class='tag' href='/tag/sport'>Sport</a><h3><a href='/other'>Other story</a></h3></div>"
    assert metadata(head, f"<article><h1>Big storm hits the coast</h1>{text}</article>{teaser}").tags == []


def test_a_lone_link_marked_as_a_tag_names_a_topic_only_when_it_links_to_a_topic_page():
    text = "<p>" + "The storm came ashore on Monday and damaged many houses. " * 8 + "</p>"
    head = "<title>Big storm hits the coast</title>"
    for link in ("<a href='/autor/jil-schuller'>Jil Schuller</a>",  # an author's page (htmldate-dev 3add269d)
                 "<a href='/search.php?sid=c6'>Erweiterte Suche</a>"):  # a search form's (htmldate-dev 3bef51bf)
        box = f"<div class='field-tag-author tags'>{link}</div>"
        assert metadata(head, f"<article><h1>Big storm hits the coast</h1>{text}{box}</article>").tags == [], link


def test_the_list_of_a_lone_tag_is_looked_for_as_far_up_as_a_tag_mark_is():
    """A lone tag's list is the nearest element naming tags up to TAG_MARK_DEPTH levels above the
    link, as far as the marks that call a link a tag are looked for, not a level further."""
    text = "<p>" + "The storm came ashore on Monday and damaged many houses. " * 8 + "</p>"
    head = "<title>Big storm hits the coast</title>"
    link = "<a rel='tag' href='/tag/storm'>Storm</a>"
    near = f"<div class='tags'><div><div>{link}</div></div></div>"  # the list three levels up
    far = f"<div class='tags'><div><div><div>{link}</div></div></div></div>"  # four: beyond the marks' reach
    assert metadata(head, f"<article><h1>Big storm hits the coast</h1>{text}{near}</article>").tags == ["Storm"]
    assert metadata(head, f"<article><h1>Big storm hits the coast</h1>{text}{far}</article>").tags == []


def test_an_unlinked_author_page_named_as_a_file_spells_the_name_without_its_extension():
    article = {"@type": "NewsArticle", "headline": "Headline", "author": [
        {"@type": "Person", "url": "https://news.example/autoren/andre-schmidt.html"}]}
    body = "<article><h1>Headline</h1><div><span>André Schmidt</span></div><p>Text.</p></article>"
    assert metadata(jsonld(article), body).authors == ["André Schmidt"]


def test_a_lone_tag_inside_the_headline_is_its_kicker_not_a_tag():
    text = "<p>" + "The storm came ashore on Monday and damaged many houses. " * 8 + "</p>"
    head = "<title>Big storm hits the coast</title>"
    kicker = "<span class='tags'><a href='/tag/storm'>Storm</a></span>"
    assert metadata(head, f"<article><h1>{kicker} Big storm hits the coast</h1>{text}</article>").tags == []


def test_a_kicker_above_the_headline_is_none_where_an_earlier_h1_shows_a_word_of_the_title():
    # asahi.com: an alert's <h1> ("Tsunami warning") holds a part of the title; the <h1> showing the whole
    # title is the headline, and the one-link list above it its kicker, no tag
    text = "<p>" + "The storm came ashore on Monday and damaged many houses. " * 8 + "</p>"
    one = "<ul class='tags'><li><a href='/tag/storm'>Storm</a></li></ul>"
    head = "<title>Big storm hits the coast as a tsunami warning is issued</title>"
    body = f"<h1>Tsunami warning</h1><article>{one}<h1>Big storm hits the coast as a tsunami warning is issued</h1>{text}</article>"
    assert metadata(head, body).tags == []
    after = f"<h1>Tsunami warning</h1><article><h1>Big storm hits the coast as a tsunami warning is issued</h1>{text}{one}</article>"
    assert metadata(head, after).tags == ["Storm"]


def test_a_marked_byline_behind_a_long_share_bar_before_the_storys_text_names_the_author():
    # washingtonpost.com: the byline stands past BYLINE_AFTER elements behind the <h1> (a share bar of
    # empty icons), still ahead of the story's first paragraph of text: the article's header
    from newsspider.extract.metadata import BYLINE_AFTER

    head = "<meta property='og:title' content='Budget approved after long night'>"
    share = "".join(f"<a href='#'><div class='tool'><span>Share {n}</span><span class='icon'></span></div></a>"
                    for n in range(BYLINE_AFTER))
    story = "<p>" + "The council approved the budget after a long night of talks in the city hall. " * 3 + "</p>"
    body = (f"<article><h1>Budget approved after long night</h1><div class='share'>{share}</div>"
            f"<div class='sig-line'><span class='pb-byline'>By <a href='/people/jane-doe'>Jane Doe</a></span></div>"
            f"{story}</article>")
    assert metadata(head, body).authors == ["Jane Doe"]
    # ... but not one behind the story's text (an author box under the story is read by other means)
    late = (f"<article><h1>Budget approved after long night</h1><div class='share'>{share}</div>{story}"
            f"<div class='sig-line'><span class='pb-byline'>By <a href='/people/jane-doe'>Jane Doe</a></span></div>"
            "</article>")
    assert metadata(head, late).authors == []


def test_the_header_walk_for_a_marked_byline_ends_with_the_story_not_behind_it():
    # the story's text printed as lines of a <div> (no <p>), or a short story: the walk for a byline
    # behind a long share bar must not run on into the related stories' or the replies' authors
    from newsspider.extract.metadata import BYLINE_AFTER

    head = "<meta property='og:title' content='Budget approved after long night'>"
    share = "".join(f"<a href='#'><div class='tool'><span>Share {n}</span><span class='icon'></span></div></a>"
                    for n in range(BYLINE_AFTER))
    related = "".join(f"<div class='teaser'><a href='/s{n}'>Other story {n}</a><span class='author'>Other Writer{n}</span></div>"
                      for n in range(3))
    replies = "".join(f"<div class='reply'><span class='author-name'>reader{n}</span><p>Agreed.</p></div>" for n in range(3))
    lines = "<div class='text'>" + "The council approved the budget after a long night of talks. <br>" * 8 + "</div>"
    short = "<p>The council approved the budget.</p><p>More soon.</p>"
    header = f"<h1>Budget approved after long night</h1><div class='share'>{share}</div>"
    assert metadata(head, f"<article>{header}{lines}{related}</article>").authors == []
    assert metadata(head, f"<article>{header}{short}</article><div class='related'>{related}</div>").authors == []
    assert metadata(head, f"<article>{header}{short}</article><div class='responses'>{replies}</div>").authors == []


def test_a_byline_blocks_place_part_names_no_one():
    # "München, Bayern" in a byline block's location part would read as a surname and a given name
    head = "<title>Forest story</title>"
    for part in ("location", "dateline", "place", "city"):
        body = ("<article><h1>Forest story</h1><div class='byline'><span class='byline__author'>Jane Doe</span>"
                f"<span class='byline__{part}'>München, Bayern</span></div><p>Indigenous Peoples have had a record.</p></article>")
        assert metadata(head, body).authors == ["Jane Doe"], part
        alone = body.replace("<span class='byline__author'>Jane Doe</span>", "")
        assert metadata(head, alone).authors == [], part


def test_a_byline_in_another_storys_teaser_box_behind_the_headline_names_no_author():
    # the box is opened by its heading or link (a card's link holding a heading, a heading holding a link); the
    # byline inside it, a div or span that opens nothing, is that story's, however deep it sits
    head = "<meta property='og:title' content='Budget approved after long night'>"
    for card in ("<article class='card'><a href='/2024/05/other-story'><h3>Other story</h3></a>"
                 "<div class='byline'>By Ann Other</div></article>",
                 "<div class='related'><h3><a href='/2024/05/other-story'>Other story</a></h3>"
                 "<p><span class='author'>Ann Other</span></p></div>",
                 "<figure><a href='/2024/05/gallery'><h4>Gallery</h4></a><figcaption><span class='author'>"
                 "Ann Other</span></figcaption></figure>"):
        body = (f"<article><h1>Budget approved after long night</h1>{card}<p class='byline'>By Jane Doe</p>"
                "<p>Text.</p></article>")
        assert metadata(head, body).authors == ["Jane Doe"], card


def test_only_a_heading_or_a_link_opens_another_storys_teaser_box():
    # the byline filter asks the teasers' boxes only of these (_BOX_OPENERS) and of marked elements:
    # an element of any other tag must open none, or a byline in its box would be read as the article's
    from newsspider.extract.metadata import _BOX_OPENERS, _links_another_story

    tags = ("a", "h2", "h3", "div", "article", "section", "figure", "figcaption", "li", "span", "p", "button")
    boxes = "".join(f"<{tag} onclick='go()'><a href='/2024/05/story-{tag}'><h3>Story {tag}</h3></a></{tag}>"
                    for tag in tags)
    tree = parse_html(f"<html><body><h1>Headline</h1>{boxes}<h2><a href='/2024/05/x'>X</a></h2></body></html>")
    opening = {element.tag for element in tree.iter() if isinstance(element.tag, str) and _links_another_story(element)}
    assert {"a", "h2"} <= opening <= _BOX_OPENERS


@pytest.mark.parametrize(("attributes", "names"), [
    ("", False), ("href='/tag/x' title='Tags'", False), ("class='tags'", True), ("id='topics'", True),
    ("data-test-tags-box-v2", True), ("data-tag-id='3'", False), ("class='tag_3195808'", False),
    ("lang='de' class='art-Schlagworte'", True), ("class='x' data-role='y' id='related-themen'", True),
    ("data-x='tags' class='list'", False), ("class='' id='' data-keywords", True), ("CLASS='Tags'", True),
])
def test_names_tags_reads_class_id_and_data_names_whatever_else_the_element_has(attributes: str, names: bool) -> None:
    """The markup's word for a tag list is read in its class, id or a data- attribute's name (not in a data-
    attribute's value, a title or an address), in any order among the element's other attributes."""
    from lxml.html import fragment_fromstring

    from newsspider.extract.metadata import _names_tags

    assert _names_tags(fragment_fromstring(f"<div {attributes}>x</div>")) is names
