"""Remove the site chrome that trafilatura leaves inside the article text.

trafilatura returns the body as paragraphs separated by newlines, but CMS residue survives as
ordinary paragraphs: ``[ad_1]`` placeholders and other unreplaced shortcodes, taglines and
breadcrumbs above the headline, a repeated headline, bylines/datelines that only repeat metadata,
and trailing "Source:", "Read also", share/follow/subscribe/newsletter/comment prompts and
copyright lines.

The hard requirement is to never remove a real sentence, so the rules are deliberately narrow:
edge rules peel short lines made of nothing but a known phrase (plus a short name/URL tail) from
the start or the end of the text and stop at the first line that does not match; in the middle
only shortcodes, "read also: <title>" lines and lines learned as the site's template go.

The package: ``keys`` (the normal forms lines are compared and learned under), ``patterns`` (the
phrase lists in ``patterns/<lang>.toml``, compiled once), ``limits`` (every length and count the
rules apply), ``rules`` (does one line read as a kind of chrome?), ``reading_time`` (a count of minutes
in any language, by the CLDR) and ``passes`` (``clean_text``).
"""

from newsspider.extract.cleaning import patterns, reading_time
from newsspider.extract.cleaning.keys import line_key, phrase_key
from newsspider.extract.cleaning.passes import RULES, CleanResult, clean_text, story_short_lines
from newsspider.extract.cleaning.patterns import available_languages, load_patterns

__all__ = ["RULES", "CleanResult", "available_languages", "clean_text", "line_key", "load_patterns", "phrase_key",
           "story_short_lines", "warm_up"]


def warm_up() -> None:
    """Compile every language's patterns and the CLDR's minute units now; see newsspider.worker_process."""
    patterns.warm_up()
    reading_time.warm_up()
