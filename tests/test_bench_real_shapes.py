"""bench.real_shapes: every shape shows the sentences it scores, in the page's text."""
from __future__ import annotations

import random

import lxml.html
import pytest

from bench.real_shapes import CHROME_WORDS, SHAPES, build_page

STORY = ["The council met on Monday to discuss the budget for next year.",
         "Several members raised concerns about the cost of the new bridge.",
         "A final vote is expected later this month after a consultation.",
         "The mayor said the town could not afford to wait much longer.",
         "Work on the bridge would take two years, engineers estimate.",
         "Residents will be able to comment on the plans until Friday."]
OTHERS = [("Fire destroys warehouse", "https://meridian-news.example/2019/fire.html"),
          ("New school for the town", "https://meridian-news.example/2019/school.html")]


@pytest.mark.parametrize("shape", SHAPES)
def test_each_shape_puts_its_scored_sentences_in_the_page(shape):
    """A sentence the bench counts as lost must be on the page (else the loss is the bench's)."""
    page, targets = build_page(shape, "en", "Council debates bridge budget", STORY, OTHERS, random.Random(1))
    shown = " ".join(lxml.html.fromstring(page).text_content().split())
    assert targets and all(target in shown for target in targets)
    assert all(sentence in STORY or sentence in CHROME_WORDS["en"] for sentence in targets)
