"""The loss audit's attribution: which stage of ours lost a gold line, read from the crawl's outcome
and the events of a traced in-process extraction (hand-written events: no page, no crawl)."""
from __future__ import annotations

from bench.text_losses import stage_of

LINE = "The council approved the budget on Monday."
OTHER = "Share this article"


def has(text: str) -> bool:
    return LINE in text


def run(*events: tuple, article: str = "", text: str = "", removed: tuple = ()) -> dict:
    return {"events": list(events), "article": article, "text": text, "removed": list(removed)}


def reading(read: str, kept: str, *steps: tuple[str, str]) -> list[tuple]:
    """One reading of a pass's text: the text read, each step of the text kept, the text kept."""
    return [("reading",), *(("step", name, text) for name, text in steps), ("read", read, kept)]


def test_a_page_the_crawl_did_not_emit_lost_its_lines_to_the_page_decision():
    assert stage_of(has, run(text=LINE), None, "index_page") == "page dropped (index_page)"


def test_a_line_the_in_process_text_keeps_and_the_crawls_lacks_went_to_what_the_crawl_learned():
    assert stage_of(has, run(text=LINE), OTHER, None) == "crawl only (site lines)"


def test_a_line_no_fast_pass_read_is_the_fast_passs_where_another_pass_read_it():
    events = [("pass", False, True, OTHER), ("pass", False, False, f"{OTHER}\n{LINE}"),
              *reading(OTHER, OTHER), ("shown", OTHER, OTHER)]
    assert stage_of(has, run(*events, article=OTHER, text=OTHER), OTHER, None) == "fast pass (second look has it)"
    alone = [("pass", False, True, OTHER), *reading(OTHER, OTHER), ("shown", OTHER, OTHER)]
    assert stage_of(has, run(*alone, article=OTHER, text=OTHER), OTHER, None) == "no pass reads it"


def test_a_line_the_fast_pass_read_and_the_precise_text_chosen_lacks_is_precision_modes():
    events = [("pass", False, True, f"{OTHER}\n{LINE}"), ("pass", True, True, OTHER),
              *reading(OTHER, OTHER), ("shown", OTHER, OTHER)]
    assert stage_of(has, run(*events, article=OTHER, text=OTHER), OTHER, None) == "precision mode"


def test_a_line_of_the_text_read_goes_to_the_first_step_of_the_text_kept_without_it():
    read = f"{OTHER}\n{LINE}"
    events = [("pass", False, True, read),
              *reading(read, OTHER, ("drop_tree_chrome", read), ("drop_author_bio", OTHER), ("drop_author_line", OTHER)),
              ("shown", OTHER, OTHER)]
    assert stage_of(has, run(*events, article=OTHER, text=OTHER), OTHER, None) == "author bio"


def test_a_line_the_page_read_again_without_its_teasers_lacks_went_with_the_teasers():
    first = f"{OTHER}\n{LINE}"
    events = [("pass", False, True, first), *reading(first, first), ("teasers",),
              ("pass", False, True, OTHER), *reading(OTHER, OTHER), ("shown", OTHER, OTHER)]
    assert stage_of(has, run(*events, article=OTHER, text=OTHER), OTHER, None) == "teasers removed"


def test_a_line_the_article_text_holds_is_the_headline_steps_or_the_cleaners():
    kept = f"{LINE}\n{OTHER}"
    events = [("pass", False, True, kept), *reading(kept, kept), ("shown", kept, OTHER)]
    assert stage_of(has, run(*events, article=OTHER, text=OTHER), OTHER, None) == "shown headline"
    events = [("pass", False, True, kept), *reading(kept, kept), ("shown", kept, kept)]
    cleaned = run(*events, article=kept, text=OTHER, removed=(("follow", LINE),))
    assert stage_of(has, cleaned, OTHER, None) == "cleaning:follow"
