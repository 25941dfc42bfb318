"""The state service, in process: one backend per crawl, chosen once, opened on first use, its
stores built once, the components' commits run before it closes at engine_stopped."""
from __future__ import annotations

import pytest
from scrapy import signals
from scrapy.utils.misc import build_from_crawler

from newsspider.distributed.state import RedisStateService
from newsspider.extensions.state import StateService
from newsspider.outcome import STATE_ERROR
from newsspider.state.base import EmittedArticle, LineStatsStore
from newsspider.state.redis import RedisState
from newsspider.state.sqlite import SQLiteState


def test_sqlite_backend_is_opened_on_first_use_and_its_stores_built_once(make_crawler, tmp_path):
    crawler = make_crawler(StateService, NEWSSPIDER_STATE_DIR=str(tmp_path / "state"))
    service = StateService.of(crawler)
    assert not (tmp_path / "state").exists()  # nothing opened yet
    assert service.seen is service.seen and service.learned_lines is service.learned_lines
    assert isinstance(service.backend, SQLiteState) and not service.shared
    assert isinstance(service.learned_lines, LineStatsStore)
    assert (tmp_path / "state" / "state.sqlite3").exists()


def test_commits_run_at_engine_stopped_then_the_backend_closes(make_crawler):
    crawler = make_crawler(StateService)
    service = StateService.of(crawler)
    order = []

    def commit():
        service.seen.add([EmittedArticle("a1", "https://x.org/a", "https://x.org/a", None)])
        order.append("commit")

    def broken():
        order.append("broken")
        raise OSError("disk full")

    service.before_close(broken)
    service.before_close(commit)
    crawler.signals.send_catch_log(signals.engine_stopped)
    assert order == ["broken", "commit"]  # an error in one does not stop the others
    assert service._backend is None  # closed
    reopened = SQLiteState(crawler.settings.get("NEWSSPIDER_STATE_DIR"))
    assert reopened.seen.modified_of("a1") == (True, None)
    reopened.close()


def test_a_crawl_without_the_service_gets_a_clear_error(make_crawler):
    with pytest.raises(RuntimeError, match="StateService must be enabled in EXTENSIONS"):
        StateService.of(make_crawler())


def test_redis_service_is_found_as_the_state_service_and_shared(make_crawler, redis_server, redis_client):
    crawler = make_crawler(RedisStateService, NEWSSPIDER_REDIS_URL=redis_server.url, NEWSSPIDER_REDIS_PREFIX="svc")
    service = StateService.of(crawler)
    assert isinstance(service, RedisStateService) and isinstance(service.backend, RedisState) and service.shared
    service.seen.add([EmittedArticle("a1", "https://x.org/a", "https://x.org/a?x", "2024-01-01")])
    assert redis_client.sismember("svc:seen:urls", "https://x.org/a?x")
    crawler.signals.send_catch_log(signals.engine_stopped)
    assert service._backend is None


def test_service_is_built_by_scrapy_from_the_crawler(make_crawler):
    service = build_from_crawler(StateService, make_crawler())
    assert service.backend.state_dir.name == "state"


def test_retention_forgets_old_articles_and_halves_big_sites_when_the_service_closes(make_crawler):
    crawler = make_crawler(StateService, NEWSSPIDER_SEEN_RETENTION_DAYS=30, NEWSSPIDER_MAX_AGE_DAYS=30,
                           NEWSSPIDER_BOILERPLATE_MAX_PAGES=3)
    service = StateService.of(crawler)
    service.seen.add([EmittedArticle("old", "https://x.org/old", "https://x.org/old", None),
                      EmittedArticle("new", "https://x.org/new", "https://x.org/new", None)])
    service.backend.connection.execute("UPDATE seen_articles SET emitted_at = '2020-01-01T00:00:00+00:00' "
                                       "WHERE id = 'old'")
    for i in range(4):
        service.learned_lines.observe("site", f"p{i}", ["Follow us", f"sentence {i}"])
    crawler.signals.send_catch_log(signals.engine_stopped)
    assert crawler.stats.get_value("newsspider/state/seen_forgotten") == 1
    assert crawler.stats.get_value("newsspider/state/learned_sites_halved") == 1
    reopened = SQLiteState(crawler.settings.get("NEWSSPIDER_STATE_DIR"))
    assert reopened.seen.modified_of("old") == (False, None) and reopened.seen.modified_of("new") == (True, None)
    assert reopened.learned_lines.page_count("site") == 2
    reopened.close()


def test_a_retention_that_fails_after_the_run_is_recorded_is_an_error_line_not_a_failed_run(make_crawler, caplog):
    """The retention runs after the run's articles and feed validators are saved. Its failing (a full
    disk, a lock) ended the run with status 4 saying 'the next run fetches its feeds in full', which
    it does not: the validators are saved, and nothing of the run is lost."""
    crawler = make_crawler(StateService, NEWSSPIDER_SEEN_RETENTION_DAYS=30, NEWSSPIDER_MAX_AGE_DAYS=30)
    service = StateService.of(crawler)
    saved = []

    def save_validators() -> None:
        service.seen.add([EmittedArticle("a1", "https://x.org/a", "https://x.org/a", None)])
        saved.append(True)
        service.backend.connection.execute("PRAGMA query_only=ON")  # every later write fails

    service.before_close(save_validators)
    crawler.signals.send_catch_log(signals.engine_stopped)
    assert saved and crawler.stats.get_value(STATE_ERROR) is None
    assert "readonly" in crawler.stats.get_value("newsspider/state/retention_error")
    assert "state retention failed" in caplog.text and "Traceback" not in caplog.text
    assert service._backend is None
