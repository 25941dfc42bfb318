"""``scrapy crawl`` with cron-friendly failures: a clear one-line error and a distinct exit status.

Scrapy would print a traceback for a broken sources file; a cron mail should say what to fix.
Exit statuses: 0 the crawl ran; 1 it failed; 2 the configuration (sources file, state store)
cannot be used.
"""
from __future__ import annotations

import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand

from newsspider.sources import SourcesError, load_sources

EXIT_CONFIG_ERROR = 2


class Command(ScrapyCrawlCommand):
    def run(self, args: list[str], opts) -> None:
        if args and args[0] == "news":
            path = opts.spargs.get("sources") or self.settings.get("NEWSSPIDER_SOURCES")
            try:
                load_sources(path)
            except SourcesError as exc:
                print(f"newsspider: {exc}", file=sys.stderr)
                self.exitcode = EXIT_CONFIG_ERROR
                return
        super().run(args, opts)
