"""Bylines63: a firm's "&", a writer's title and publication after a name, a place after a name in a script
without capitals, a keyword field written as a path."""
from __future__ import annotations

import pytest

from newsspider.extract.bylines import author_names
from newsspider.extract.tags import clean_tags, is_word_string, split_keywords


@pytest.mark.parametrize(("byline", "apart"), [
    ("Ernst & Young", True),
    ("Procter & Gamble", False),
    ("Ernst & Young GmbH", True),
    ("Dupont & Associés", True),
    ("Johnson & Johnson", True),
])
def test_an_ampersand_beside_one_word_joins_a_firms_name(byline, apart):
    assert author_names([byline], apart=apart) == [byline]


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
    ("Иван Петров & Анна Смирнова", ["Иван Петров", "Анна Смирнова"]),
    ("Jane Doe & AP", ["Jane Doe", "AP"]),  # an agency's acronym beside a name
    ("dpa & AFP", ["dpa", "AFP"]),
])
def test_an_ampersand_between_full_names_or_agencies_lists_them(byline, names):
    assert author_names([byline], apart=True) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("Jane Doe Reporter Los Angeles Times", ["Jane Doe"]),
    ("Jane Doe Staff Writer Associated Press", ["Jane Doe"]),
    ("Hans Meier Redakteur Süddeutsche Zeitung", ["Hans Meier"]),
    ("Jan Kowalski Dziennikarz Gazeta Wyborcza", ["Jan Kowalski"]),
    ("Иван Петров Корреспондент РИА Новости", ["Иван Петров"]),
    ("Ana Silva Repórter Folha de S.Paulo", ["Ana Silva"]),
    ("Ayşe Kaya Muhabir Hürriyet", ["Ayşe Kaya"]),
])
def test_a_writers_title_and_publication_after_a_name_are_no_part_of_it(byline, names):
    assert author_names([byline], apart=True) == names


@pytest.mark.parametrize("byline", [
    "Jane Reporter",  # one word before the title: a name
    "The Writer Magazine",
    "Antrim Court Reporter",  # a title ending the part: the words before it may be its beat
])
def test_a_title_word_after_one_word_stays_in_the_name(byline):
    assert author_names([byline], apart=True) == [byline]


def test_a_title_after_an_agency_or_the_pages_outlet_is_a_role_not_a_name():
    assert author_names(["TOM KRISHER, AP Auto Writer"]) == ["TOM KRISHER"]
    assert author_names(["New York Times Reporter"], ["New York Times"], apart=True) == ["New York Times Reporter"]


@pytest.mark.parametrize(("byline", "names"), [
    ("রাহুল দাস, ঢাকা", ["রাহুল দাস"]),  # Bengali: Dhaka
    ("محمد أحمد، القاهرة", ["محمد أحمد"]),  # Arabic: Cairo
    ("გიორგი ბერიძე, თბილისი", ["გიორგი ბერიძე"]),  # Georgian: Tbilisi
    ("山田太郎、東京", ["山田太郎"]),  # Japanese: a name of one word
    ("יוסי כהן, ירושלים", ["יוסי כהן"]),  # Hebrew
    ("สมชาย ใจดี, กรุงเทพฯ", ["สมชาย ใจดี"]),  # Thai: Bangkok, abbreviated with its sign
])
def test_a_cldr_place_after_a_name_in_a_script_without_capitals_is_where_they_report_from(byline, names):
    assert author_names([byline], apart=True) == names


@pytest.mark.parametrize(("byline", "names"), [
    ("রাহুল দাস, সুমন রায়", ["রাহুল দাস", "সুমন রায়"]),
    ("محمد أحمد، علي حسن", ["محمد أحمد", "علي حسن"]),
    ("山田太郎、佐藤花子", ["山田太郎", "佐藤花子"]),
])
def test_a_second_name_in_a_script_without_capitals_stays(byline, names):
    assert author_names([byline], apart=True) == names


def test_a_keyword_path_is_no_word_string_its_last_step_is_the_topic():
    entries = split_keywords("Nachrichten > Politik > Ausland")
    assert not is_word_string(entries)
    assert clean_tags(entries) == ["Ausland"]
    assert is_word_string(split_keywords("Boxen Russland Frank Warren"))


def test_the_shipped_uncased_places_are_cldrs_names_in_scripts_without_capitals():
    """uncased_places.json (scripts/cldr_uncased_places.py) holds Babel's country and zone city names of every
    language written without capitals, so reading it needs no scan of Babel's data in each process."""
    import json
    from pathlib import Path

    import newsspider.extract.bylines as bylines
    from scripts.cldr_uncased_places import places

    table = json.loads(Path(bylines.__file__).with_name("uncased_places.json").read_text(encoding="utf-8"))
    assert table["places"] == places()
    assert {"ঢাকা", "القاهرة", "თბილისი", "東京"} <= set(table["places"]) and "Paris" not in table["places"]


@pytest.mark.parametrize(("keywords", "expected"), [
    ("News › World › Europe", ["Europe"]),
    ("Startseite » Sport » Fußball", ["Fußball"]),
    ("Noticias → Deportes → Fútbol", ["Fútbol"]),
    ("Новости › Политика", ["Политика"]),
    ("أخبار › رياضة", ["رياضة"]),
])
def test_a_keyword_path_with_a_breadcrumbs_mark_names_its_last_step(keywords, expected):
    entries = split_keywords(keywords)
    assert not is_word_string(entries)
    assert clean_tags(entries) == expected


def test_a_quote_closing_a_tag_is_no_path_mark():
    assert clean_tags(split_keywords("«Brexit», EU")) == ["Brexit", "EU"]


@pytest.mark.parametrize(("byline", "names"), [
    ("Hans Meier aus Berlin", ["Hans Meier"]),
    ("Jan Kowalski w Krakowie", ["Jan Kowalski"]),
    ("Иван Петров из Москвы", ["Иван Петров"]),
    ("Γιώργος Παπαδόπουλος στην Αθήνα", ["Γιώργος Παπαδόπουλος"]),
    ("Jean Dupont à Paris", ["Jean Dupont"]),
])
def test_a_place_after_the_word_from_or_in_of_a_language_is_no_part_of_the_name(byline, names):
    assert author_names([byline], apart=True) == names


@pytest.mark.parametrize("byline", [
    "Carlo Alberto dalla Chiesa",  # a name's particle
    "Sophie in 't Veld",
    "Marie à Paris",  # one word before: no full name left
    "Jan Kowalski z Anną Nowak",  # Polish "z" is "with" too
])
def test_a_names_particle_or_a_short_name_before_the_word_stays(byline):
    assert author_names([byline], apart=True) == [byline]


def test_an_author_given_by_its_id_is_named_by_the_graphs_node_of_that_id():
    import json

    from lxml import html as lxml_html

    from newsspider.extract.jsonld import read_jsonld

    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Story", "author": [{"@id": "https://example.com/#/person/1"},
                                                                 {"@id": "https://example.com/#/person/2"}]},
        {"@type": "Person", "@id": "https://example.com/#/person/1", "name": "Jane Doe", "jobTitle": "Reporter"},
        {"@type": "Person", "@id": "https://example.com/#/person/2", "givenName": "Иван", "familyName": "Петров"}]}
    page = lxml_html.fromstring(f"<html><head><script type='application/ld+json'>{json.dumps(graph)}</script></head></html>")
    article = read_jsonld(page.iter("script")).article
    assert article is not None and article.authors == ["Jane Doe", "Иван Петров"]


def test_an_author_id_the_page_names_nowhere_names_no_one():
    import json

    from lxml import html as lxml_html

    from newsspider.extract.jsonld import read_jsonld

    node = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Story",
            "author": {"@id": "https://example.com/#/person/1"}}
    page = lxml_html.fromstring(f"<html><head><script type='application/ld+json'>{json.dumps(node)}</script></head></html>")
    article = read_jsonld(page.iter("script")).article
    assert article is not None and article.authors == []


def test_the_uncased_places_are_a_languages_own_territories_not_every_zone_of_the_world():
    """A language's names are of the territories CLDR counts it spoken in and their zones' cities (Thai's Bangkok),
    not of every zone (Thai's Vostok, in Antarctica) nor of a place no language is counted in (an unknown region):
    where bylines in that language report from, in a table of some 20 KB, not 744."""
    import json
    from pathlib import Path

    from babel import Locale

    import newsspider.extract.bylines as bylines

    table = set(json.loads(Path(bylines.__file__).with_name("uncased_places.json").read_text(encoding="utf-8"))["places"])
    thai = Locale("th")
    assert thai.time_zones["Asia/Bangkok"]["city"] in table
    assert thai.time_zones["Antarctica/Vostok"]["city"] not in table
    assert Locale("he").territories["ZZ"] not in table


def test_an_ampersand_before_an_agency_named_in_full_lists_it():
    """"Jane Doe & Reuters" credits a person and an agency the cleaning patterns list by name, as "Jane Doe & AP"
    does by acronym: no firm's "&" ("Ernst & Young")."""
    assert author_names(["Jane Doe & Reuters"]) == ["Jane Doe", "Reuters"]
    assert author_names(["Ernst & Young"]) == ["Ernst & Young"]


def test_an_author_id_names_only_a_person_or_organisation_node_and_no_login():
    """An author's ``@id`` is resolved to the graph's Person or Organization of that ``@id``; a WebSite or an
    ImageObject sharing it is no author, nor a Person named by its login (one word in lower case, or with an
    underscore or a digit: "admin", "kei_eno")."""
    import json

    from lxml import html as lxml_html

    from newsspider.extract.jsonld import read_jsonld

    def authors(node: dict) -> list[str]:
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "headline": "Story", "author": {"@id": "https://news.example/#a"}},
            {"@id": "https://news.example/#a", **node}]}
        page = lxml_html.fromstring(f"<html><head><script type='application/ld+json'>{json.dumps(graph)}</script></head></html>")
        article = read_jsonld(page.iter("script")).article
        return article.authors if article else []

    assert authors({"@type": "Person", "name": "Jane Doe"}) == ["Jane Doe"]
    assert authors({"@type": "Organization", "name": "dpa"}) == ["dpa"]
    assert authors({"@type": "WebSite", "name": "Daily Example"}) == []
    assert authors({"@type": "ImageObject", "name": "Jane Doe"}) == []
    assert authors({"@type": "Person", "name": "admin"}) == []
    assert authors({"@type": "Person", "name": "kei_eno"}) == []
    assert authors({"@type": "Person", "name": "Steffi"}) == ["Steffi"]
    assert authors({"@type": "Person", "name": "dpa"}) == ["dpa"]
    assert authors({"@type": "Person", "name": "News18"}) == ["News18"]


def test_a_tag_quoting_a_name_in_spaced_guillemets_is_no_path():
    """French (and Italian, Spanish) quotes with spaced guillemets: "L'affaire « Benalla » au Sénat" is one tag
    whose "»" closes the quote its step opened, not a breadcrumb's mark; "Actualités » Monde" still is one."""
    assert clean_tags(["L’affaire « Benalla » au Sénat"]) == ["L’affaire « Benalla » au Sénat"]
    assert clean_tags(split_keywords("loi « sécurité globale » et police, Paris")) == ["loi « sécurité globale » et police", "Paris"]
    assert clean_tags(["Actualités » Monde"]) == ["Monde"]
