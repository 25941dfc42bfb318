"""Shared fixtures: crawlers with the project's settings for in-process component tests, a
throw-away redis-server (``tests/redis_server.py``) for the distributed tests, and one crawl of
the sample corpus for the tests that read what it wrote."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from scrapy.crawler import Crawler
from scrapy.extension import ExtensionManager
from scrapy.spiders import Spider
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

import newsspider.settings as project_settings_module
from newsspider.sample.server import LocalSite, render_sources
from tests.crawl import run_crawl
from tests.redis_server import RedisServer, unavailable

SAMPLE = Path(__file__).resolve().parent.parent / "newsspider" / "sample"


def project_settings(**overrides: Any) -> dict[str, Any]:
    """The project's settings as a dict, with ``overrides``.

    The reactor is left to ``get_crawler`` (whatever the test process has), and no extension is
    listed: a test names the ones it needs (``make_crawler(extensions=...)``).
    """
    settings = {name: getattr(project_settings_module, name) for name in dir(project_settings_module)
                if name.isupper() and name != "TWISTED_REACTOR"}
    settings.update(EXTENSIONS={}, EXTENSIONS_BASE={}, LOG_LEVEL="INFO")
    settings.update(overrides)
    return settings


@pytest.fixture
def make_crawler(tmp_path: Path) -> Callable[..., Crawler]:
    """``make_crawler(*extensions, spidercls=Spider, **settings)``: a configured crawler (the
    project's settings, a fresh state directory) whose extension manager holds ``extensions``, the
    way ``Crawler.crawl()`` builds it; components are then built with ``build_from_crawler``."""

    def make(*extensions: type | str, spidercls: type[Spider] = Spider, **settings: Any) -> Crawler:
        settings.setdefault("NEWSSPIDER_STATE_DIR", str(tmp_path / "state"))
        settings.setdefault("EXTENSIONS", {extension: 0 for extension in extensions})
        crawler = get_crawler(spidercls, project_settings(**settings))
        crawler.extensions = build_from_crawler(ExtensionManager, crawler)
        return crawler

    return make


@pytest.fixture(scope="module")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A redis-server on 127.0.0.1 for the tests of one module (skipped, or failed in CI, without one)."""
    try:
        import redis  # noqa: F401
    except ImportError:
        unavailable("redis-py is not installed (pip install -e '.[test]')")
    server = RedisServer(tmp_path_factory.mktemp("redis")).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_client(redis_server: RedisServer) -> Iterator[Any]:
    """A client of ``redis_server`` on an empty database."""
    client = redis_server.client()
    client.flushdb()
    yield client
    client.close()


@pytest.fixture(scope="session")
def sample_crawl(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, dict], Any, Path]:
    """One ``scrapy crawl news`` of the bundled sample corpus to ``out.jsonl``: (records by page path,
    the ``CrawlResult``, the working directory holding the output, its stats and story files)."""
    workdir = tmp_path_factory.mktemp("sample")
    with LocalSite(SAMPLE / "site") as site:
        sources = workdir / "sources.toml"
        sources.write_text(render_sources(SAMPLE / "sources.template.toml", site.base_url), encoding="utf-8")
        result = run_crawl(sources, workdir)
        base = site.base_url
    assert result.returncode == 0, result.log[-3000:]
    return ({unquote(record["url"].removeprefix(base).split("?")[0]): record for record in result.records}, result,
            workdir)
