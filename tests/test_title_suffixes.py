"""Title suffixes and prefixes a site repeats ("... | Sport", "Sport | ...") are its chrome; a story's
own subtitle or kicker is kept."""
from __future__ import annotations

from newsspider.extract.cleaning.keys import line_key
from newsspider.extract.title_suffixes import (
    suffix_site,
    title_prefixes,
    title_suffixes,
    without_learned_prefixes,
    without_learned_suffixes,
)
from newsspider.state.learned_lines import MemoryLineStats

SITE_TITLES = [
    "Flood warnings lifted along the Danube | Sport | DW",
    "Parliament passes the budget after a long night | DW",
    "Hamburg beat Bremen in the derby | Sport | DW",
    "Heat wave: what the forecasters expect | DW",
    "Rückbau von Atomkraftwerk - Kühltürme gesprengt | DW",
    "Central bank holds rates - for now | DW",
    "Cup final ends in penalties | Sport | DW",
    "Election night in Warsaw | DW",
    "Wildfires reach the coast | DW",
    "New rail line opens in the north | DW",
]


def learned_suffixes(titles: list[str], *, min_pages: int = 3, min_share: float = 0.1) -> frozenset[str]:
    store = MemoryLineStats()
    for n, title in enumerate(titles):
        store.observe(suffix_site("dw"), f"p{n}", title_suffixes(title))
    return store.template_lines(suffix_site("dw"), min_pages=min_pages, min_share=min_share)


def test_a_suffix_that_ends_many_of_a_sites_titles_is_cut_from_all_of_them():
    learned = learned_suffixes(SITE_TITLES)
    assert learned == {line_key("DW"), line_key("Sport")}
    cut = [without_learned_suffixes(title, learned) for title in SITE_TITLES]
    assert cut[0] == "Flood warnings lifted along the Danube"
    assert cut[2] == "Hamburg beat Bremen in the derby"
    assert cut[1] == "Parliament passes the budget after a long night"


def test_a_one_off_subtitle_after_a_colon_or_a_dash_is_kept():
    learned = learned_suffixes(SITE_TITLES)
    cut = [without_learned_suffixes(title, learned) for title in SITE_TITLES]
    assert cut[3] == "Heat wave: what the forecasters expect"
    assert cut[4] == "Rückbau von Atomkraftwerk - Kühltürme gesprengt"
    assert cut[5] == "Central bank holds rates - for now"


def test_a_suffix_on_too_few_pages_is_no_chrome():
    learned = learned_suffixes(SITE_TITLES[:2])  # "DW" on two pages only
    assert not learned
    assert without_learned_suffixes(SITE_TITLES[1], learned) == SITE_TITLES[1]


def test_the_trailing_parts_are_short_and_leave_a_headline():
    assert title_suffixes("Hamburg beat Bremen | Sport | DW") == ["DW", "Sport"]
    assert title_suffixes("見出しの記事｜朝日新聞デジタル") == ["朝日新聞デジタル"]
    assert title_suffixes("Heat wave: what the forecasters expect") == []
    assert title_suffixes("Budget - a compromise nobody in the coalition wanted") == []  # a subtitle of many words
    assert title_suffixes("| DW") == []  # no headline before it
    assert title_suffixes(None) == []


def test_a_title_that_is_only_its_suffix_is_kept():
    assert without_learned_suffixes("DW", {line_key("DW")}) == "DW"
    assert without_learned_suffixes(None, {line_key("DW")}) is None


PREFIXED_TITLES = [
    "Sport | Hamburg beat Bremen in the derby",
    "Sport | Cup final ends in penalties",
    "Blog » Parliament passes the budget after a long night",
    "Sport | Heat wave stops the marathon",
    "Corona-Pandemie - Hospitals fill up again",
    "Corona-Pandemie - Schools close for two weeks",
    "Corona-Pandemie - Vaccines arrive in the north",
    "Wildfires reach the coast",
    "Election night in Warsaw",
    "New rail line opens in the north",
]


def test_a_prefix_that_starts_many_of_a_sites_titles_is_cut_and_a_one_off_is_kept():
    learned = learned_prefixes(PREFIXED_TITLES)
    assert learned == {line_key("Sport")}
    cut = [without_learned_prefixes(title, learned) for title in PREFIXED_TITLES]
    assert cut[0] == "Hamburg beat Bremen in the derby"
    assert cut[2] == "Blog » Parliament passes the budget after a long night"  # on one page only


def test_a_kicker_set_off_by_a_dash_is_no_prefix_however_often_it_recurs():
    assert title_prefixes("Corona-Pandemie - Hospitals fill up again") == []
    assert "Corona-Pandemie - Schools close for two weeks" == without_learned_prefixes(
        "Corona-Pandemie - Schools close for two weeks", {line_key("Corona-Pandemie")})


def test_the_leading_parts_are_short_and_leave_a_headline():
    assert title_prefixes("Time 4 talks » Blog Archiv » Weitere Digitalisierung der Kinos") == [
        "Time 4 talks", "Blog Archiv"]
    assert title_prefixes("Ελλάδα | Νέα μέτρα για την ακρίβεια") == ["Ελλάδα"]
    assert title_prefixes("الرياضة | فوز المنتخب في المباراة النهائية") == ["الرياضة"]
    assert title_prefixes("A long kicker of many more words than a label | Headline") == []
    assert title_prefixes("Sport |") == []  # no headline after it
    assert title_prefixes(None) == []
    assert without_learned_prefixes("Sport", {line_key("Sport")}) == "Sport"


def learned_prefixes(titles: list[str], *, min_pages: int = 3, min_share: float = 0.1) -> frozenset[str]:
    store = MemoryLineStats()
    for n, title in enumerate(titles):
        store.observe(suffix_site("site"), f"p{n}", [*title_suffixes(title), *title_prefixes(title)])
    return store.template_lines(suffix_site("site"), min_pages=min_pages, min_share=min_share)
