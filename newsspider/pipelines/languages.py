"""Language filter: only articles in the languages of ``NEWSSPIDER_LANGUAGES`` are kept.

An article's language is known only once it is extracted (the text's own language, then the
page's, the feed's and the source's hints), so the filter stands right after extraction: an
article it drops is not recorded as seen, counts towards no source limit, and is neither cleaned
nor matched against stories. Dropped articles are counted per source as ``other_language``.
"""
from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.statscollectors import StatsCollector

from newsspider.items import Article
from newsspider.langcodes import normalize_language
from newsspider.outcome import source_key


def languages_setting(value: str | list | tuple | None) -> frozenset[str]:
    """The ISO 639-1 codes of ``NEWSSPIDER_LANGUAGES`` (``"en,de"`` or a list). Raises ValueError
    for a value that is no language tag."""
    parts = value.split(",") if isinstance(value, str) else list(value or ())
    codes = set()
    for part in (str(p).strip() for p in parts):
        if not part:
            continue
        code = normalize_language(part)
        if code is None:
            raise ValueError(f"NEWSSPIDER_LANGUAGES: {part!r} is not a language code (ISO 639-1, e.g. en, de, ar)")
        codes.add(code)
    return frozenset(codes)


class LanguageFilterPipeline:
    """Drop the articles whose language is not one of ``NEWSSPIDER_LANGUAGES`` (an article of
    unknown language too); ``NotConfigured`` when the setting is empty."""

    def __init__(self, languages: frozenset[str], stats: StatsCollector):
        self.languages = languages
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LanguageFilterPipeline:
        """The filter, or ``NotConfigured`` without languages."""
        languages = languages_setting(crawler.settings.get("NEWSSPIDER_LANGUAGES"))
        if not languages:
            raise NotConfigured
        return cls(languages, crawler.stats)

    def process_item(self, item: Any) -> Any:
        """The article when its language is selected; DropItem (counted) otherwise."""
        if isinstance(item, Article) and item.language not in self.languages:
            self.stats.inc_value(source_key(item.source, "other_language"))
            raise DropItem(f"language {item.language} not selected: {item.url}", log_level="DEBUG")
        return item
