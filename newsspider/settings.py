"""Scrapy settings for newsspider: polite defaults a news site operator would accept.

Every project-specific setting is named ``NEWSSPIDER_*``, defined here with its default and
documented in the README. Override any of them with ``-s NAME=VALUE`` or a settings module.
"""

BOT_NAME = "newsspider"
SPIDER_MODULES = ["newsspider.spiders"]
NEWSPIDER_MODULE = "newsspider.spiders"

# --- Politeness -------------------------------------------------------------------------
USER_AGENT = "newsspider/0.1 (+https://pypi.org/project/newsspider/; Scrapy news crawler)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
COOKIES_ENABLED = False
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024   # hard cap per response (compressed bombs included)
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5

# --- No listening sockets unless the user asks for them ----------------------------------
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# --- Output: one JSONL file per run unless -o/-O is given ---------------------------------
FEED_EXPORT_ENCODING = "utf-8"
FEED_URI_PARAMS = "newsspider.output.uri_params"
NEWSSPIDER_DEFAULT_FEED = "output/articles-%(utc)s.jsonl"   # used only when no FEEDS / -o / -O is given
FEED_STORAGES = {"file": "newsspider.output.AtomicFileFeedStorage", "": "newsspider.output.AtomicFileFeedStorage"}
FEED_STORE_EMPTY = True

ITEM_PIPELINES = {
    "newsspider.pipelines.ExtractPipeline": 100,
    "newsspider.pipelines.IncrementalPipeline": 150,
}
EXTENSIONS = {
    "newsspider.workers.WorkerPool": 0,
    "newsspider.extensions.StateStore": 0,
    "newsspider.extensions.RunState": 0,
    "newsspider.extensions.CrawlSummary": 0,
}
DOWNLOADER_MIDDLEWARES = {
    "newsspider.middlewares.ConditionalGetMiddleware": 560,
}
DEFAULT_DROPITEM_LOG_LEVEL = "INFO"
CLOSESPIDER_TIMEOUT = 3600                 # a cron run never runs longer than an hour
LOG_LEVEL = "INFO"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# --- newsspider ---------------------------------------------------------------------------
NEWSSPIDER_SOURCES = "sources.toml"        # used when no -a sources=PATH is given
NEWSSPIDER_STATE_DIR = ".newsspider"       # state kept between runs (seen URLs, story index, learned lines)
NEWSSPIDER_WORKERS = 0                     # worker processes for CPU-heavy stages; 0 = number of cores
NEWSSPIDER_MIN_TEXT_CHARS = 200            # less text than this after extraction: try JSON-LD, else not an article
NEWSSPIDER_LANGUAGE_MIN_CONFIDENCE = 0.90  # text detection at least this sure overrides page/feed/source hints
NEWSSPIDER_FEED_MAX_BYTES = 10 * 1024 * 1024
NEWSSPIDER_SITEMAP_MAX_BYTES = 50 * 1024 * 1024   # after gzip decompression
NEWSSPIDER_SITEMAP_MAX_DEPTH = 3           # sitemap index nesting followed at most
NEWSSPIDER_MAX_AGE_DAYS = 30               # skip articles published longer ago (0 = no limit)
NEWSSPIDER_MAX_ARTICLES_PER_SOURCE = 1000  # per run (0 = no limit)
NEWSSPIDER_REEMIT_MODIFIED = False         # emit an article again (same id) when its modified date changed
COMMANDS_MODULE = "newsspider.commands"
