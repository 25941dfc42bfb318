"""The crawl's stats collector counts as Scrapy's does, at plain attribute speed."""
import timeit

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newsspider.stats import MemoryStats


def test_the_crawl_counts_its_stats_with_memory_stats():
    crawler = get_crawler(settings_dict={"STATS_CLASS": "newsspider.stats.MemoryStats"})
    assert isinstance(crawler.stats, MemoryStats)


def test_memory_stats_keep_what_scrapys_collector_keeps():
    ours, scrapys = MemoryStats(get_crawler()), MemoryStatsCollector(get_crawler())
    for stats in (ours, scrapys):
        stats.inc_value("a")
        stats.inc_value("a", 2)
        stats.inc_value("b", start=10)
        stats.max_value("m", 3)
        stats.max_value("m", 1)
        stats.min_value("n", 3)
        stats.min_value("n", 1)
        stats.set_value("s", "x")
    assert ours.get_stats() == scrapys.get_stats() == {"a": 3, "b": 11, "m": 3, "n": 1, "s": "x"}
    assert ours.get_value("a") == 3 and ours.get_value("missing", 7) == 7


def test_counting_a_stat_costs_no_per_read_check():
    ours, scrapys = MemoryStats(get_crawler()), MemoryStatsCollector(get_crawler())
    mine = min(timeit.repeat(lambda: ours.inc_value("a"), number=2000, repeat=5))
    theirs = min(timeit.repeat(lambda: scrapys.inc_value("a"), number=2000, repeat=5))
    assert mine < theirs / 3
