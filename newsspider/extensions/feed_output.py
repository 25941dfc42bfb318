"""Scrapy's feed exports with the guarantees a cron crawl needs: an article counts as emitted only
once its line is durably written, and a write error stops the run instead of being logged and lost."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from scrapy.extensions.feedexport import FeedExporter, FeedSlot, StdoutFeedStorage
from scrapy.utils.asyncio import call_later, create_looping_call
from scrapy.utils.url import strip_url

from newsspider.extensions import stop_run
from newsspider.items import Article
from newsspider.outcome import OUTPUT_FAILED, STATE_ERROR, note_output_error, note_source_error, source_key
from newsspider.output import CUT_ARTICLES, AtomicFileFeedStorage, OutputError
from newsspider.signals import articles_lost, items_committed

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.spiders import Spider

logger = logging.getLogger(__name__)

FEED_EXPORT_LOGGER = "scrapy.extensions.feedexport"
"""The logger of Scrapy's feed exports, whose lines name a feed's URI whole (``Stored jsonl feed (3
items) in: ftp://user:password@host/...``, ``Error storing ...``): ``CredentialsHidden`` rewrites them."""
URI_IN_TEXT = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://\S+")
"""A URI inside a log line: a scheme, ``://``, and what follows up to the next white space."""
USERINFO = re.compile(r"(?<=://)[^/@\s]*@")
"""The credentials part of a URI (``user:password@``), cut where ``shown_uri`` cannot parse the URI."""


@dataclass
class OutputReport:
    """One output file (or other feed) of the run, as the run report shows it."""

    uri: str
    path: str | None        # the local file, or None (S3, stdout, ...)
    format: str
    articles: int           # records written to it
    stored: bool            # complete and in place (or uploaded)
    error: str | None


class FeedOutput(FeedExporter):
    """Scrapy's ``FeedExporter`` (``-o``, ``-O``, ``FEEDS``), in its place in ``EXTENSIONS_BASE``.

    * **Written means written whole.** Local files go through ``AtomicFileFeedStorage``, whose
      file raises on any write error. The first one stops the run (finish reason
      ``output_failed``, exit status 4) with one log line naming the file and the error; the
      items still arriving are not written. The complete lines written before are kept (a cut
      last line is removed) and put in place.
    * **Emitted means durable.** Items written are pending until a commit point: every
      ``NEWSSPIDER_OUTPUT_COMMIT_SECONDS`` the local files are fsync'd, and at the end every feed
      is stored. Then ``newsspider.signals.items_committed`` announces them: the incremental
      pipeline records them as emitted, the distributed scheduler lets their requests go. A feed
      that is not a local JSON lines file (S3, FTP, a compressed file, JSON, CSV, XML) is durable
      only once stored (a killed run's file of such a format cannot be read back), so its items are
      committed at the end, if every feed was stored.
    * Local files are opened when the spider opens, so an unwritable output stops the run before
      anything is fetched. A feed with ``store_empty`` off that received nothing leaves no file.

    Each item written counts ``newsspider/source/<name>/written`` (and ``.../written_copies`` for
    a copy of a known story): the summary line's ``new`` and ``duplicates``.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        hide_feed_credentials()
        self.stats = crawler.stats
        self.commit_seconds = crawler.settings.getfloat("NEWSSPIDER_OUTPUT_COMMIT_SECONDS")
        self.failure: OutputError | None = None
        self._pending_items: list[Any] = []
        self._pending_responses: list[Any] = []
        self._pending_ids: dict[int, list[str]] = {}  # id(storage) -> pending articles written to it
        self._committed_ids: dict[int, list[str]] = {}  # id(storage) -> articles announced as durable in it
        self._committed_sources: dict[str, tuple[str, bool]] = {}  # article id -> its source, whether a copy
        self._slots_seen: list[FeedSlot] = []
        self._salvaged: dict[int, int] = {}   # id(slot) -> complete records kept after a failure
        self._unsynced = False  # a file was cut back to its last good fsync: what is pending is in it no more
        self._slot_errors: dict[int, str] = {}
        self._closing = False
        self._unrecorded = False  # items written were not recorded as emitted for want of a journal note
        self._cut_sources: frozenset[str] | None = frozenset()  # of cut lines' articles (None: unknown, any)
        self._loop: Any = None

    @staticmethod
    def of(crawler: Crawler) -> FeedOutput | None:
        """The crawl's output, or None when the crawl has none (no ``-o``/``-O``/``FEEDS``)."""
        return crawler.get_extension(FeedOutput)

    @property
    def commits_at_end_only(self) -> bool:
        """Some feed can only be made durable by storing it (it is not a plain local file or stdout)."""
        return any(not _committable(slot) for slot in self.slots)

    # --- signals ----------------------------------------------------------------------------------
    def open_spider(self, spider: Spider) -> None:
        """Open every local file now (an unwritable output stops the run before any request)."""
        super().open_spider(spider)
        for slot in self.slots:
            self._remember(slot)
            if isinstance(slot.storage, AtomicFileFeedStorage):
                try:
                    slot.start_exporting()
                except OSError as exc:
                    self._fail(exc)
        self._write_cut_articles_again()
        if self.commit_seconds > 0:
            self._loop = create_looping_call(self.commit)
            self._loop.start(self.commit_seconds, now=False)

    def item_scraped(self, item: Any, spider: Spider, response: Any = None) -> None:
        """Write ``item`` to every feed; it is pending until the next commit point."""
        if self.failure is not None:
            self.stats.inc_value("newsspider/output/not_written")
            return
        # the feeds that took it, by their counts (asking a filter again would call a stateful one twice)
        counts = [(slot, slot.itemcount) for slot in self.slots]
        try:
            super().item_scraped(item, spider)
        except OSError as exc:
            self.stats.inc_value("newsspider/output/not_written")
            self._fail(exc)
            return
        except Exception as exc:  # this article only: a value its exporter cannot encode
            if not isinstance(item, Article):
                raise
            self._not_writable(item, exc)
            return
        for slot in self.slots:
            self._remember(slot)
        self._pending_items.append(item)
        self._pending_responses.append(response)
        if isinstance(item, Article):
            for slot, count in counts:
                if slot.itemcount > count:
                    self._pending_ids.setdefault(id(slot.storage), []).append(item.id)
            self._count_written(item, 1)

    def _count_written(self, item: Article, change: int) -> None:
        """Count ``item`` as written (``change`` 1) or, its lines not kept, as not written after all (-1)."""
        self._count_written_of(item.source, bool(item.duplicate_kind), change)

    def _count_written_of(self, source: str, copy: bool, change: int) -> None:
        self.stats.inc_value(source_key(source, "written"), change)
        if copy:
            self.stats.inc_value(source_key(source, "written_copies"), change)

    def _not_writable(self, item: Article, exc: Exception) -> None:
        """An article the exporter could not serialize: one error line, an error of its source
        (which keeps no feed validators, so the next run fetches the article again), and the crawl
        goes on. It is neither pending nor counted as written."""
        self.stats.inc_value("newsspider/output/not_written")
        logger.error("article not written: %s (%s): %r; the next run fetches it again", item.url, item.source, exc)
        note_source_error(self.stats, item.source, "output", item.url, repr(exc))

    async def close_spider(self, spider: Spider) -> None:
        """Store every feed, keeping the complete lines of a failed one; then commit what is pending
        if everything written is in place."""
        self._closing = True
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        try:
            await self._close_feeds(spider)
        finally:
            self._end_journals()

    async def _close_feeds(self, spider: Spider) -> None:
        self._settle_local_slots()
        failed_before = self._failed_store_count()
        await super().close_spider(spider)
        self.announce_lost_articles()
        broken = [storage for storage in self._local_storages() if storage.file is not None and not storage.stored]
        for storage in broken:
            self._slot_errors.setdefault(id(storage), f"could not be stored: {storage.target}")
        if broken or self._failed_store_count() > failed_before:
            self._fail(OutputError(None, "the feed could not be stored (see the error above)",
                                   str(broken[0].target) if broken else self._failed_remote_feeds()))
            self._drop_pending("not stored")
            return
        if self._salvage_failed():
            self._drop_pending("not kept")
            return
        if self._unsynced:
            self._drop_pending("not on disk (the disk failed to store them)")
            return
        self._commit_pending()

    def _end_journals(self) -> None:
        """The files are stored and their articles recorded: their journal entries go. When the state
        failed, or the journal could not note what was to be recorded, a stored JSON lines file keeps
        its entry: the next run records its articles as emitted (as after a kill), so that it does
        not write them again."""
        unrecorded = self._unrecorded or bool(self.stats.get_value(STATE_ERROR))
        for slot in self._slots_seen:
            storage = slot.storage
            if not isinstance(storage, AtomicFileFeedStorage) or not storage.stored:
                continue  # not put in place: its entry stays for the next run to finish the file
            if unrecorded and storage.in_place and storage.recoverable and slot.itemcount:
                logger.warning("%s stays in the output journal: the next run records its %d articles as emitted",
                               storage.target, slot.itemcount)
            else:  # recorded, or nothing written to it by this run: nothing for the next run to record
                storage.end_journal()

    def _write_cut_articles_again(self) -> None:
        """An appended file's last line was cut (``repair_last_line``): its article may be recorded as
        emitted though no complete line holds it. Announce it lost (the incremental pipeline forgets
        it) and count it (``CUT_ARTICLES``: its source's feeds are then fetched in full, so that this
        run finds it again even where a feed has not changed since the last run: ``reads_in_full``)."""
        ids = list(dict.fromkeys(article_id for storage in self._local_storages() for article_id in storage.cut_article_ids))
        if ids:
            sources = [source for storage in self._local_storages() for source in storage.cut_sources]
            self._cut_sources = None if None in sources else frozenset(source for source in sources if source)
            self.stats.set_value(CUT_ARTICLES, len(ids))
            self.crawler.signals.send_catch_log(signal=articles_lost, article_ids=ids)

    def reads_in_full(self, source: str | None) -> bool:
        """Whether ``source``'s feeds are fetched without validators this run: an article of it was
        lost with a cut line (every source's when a cut line was cut before its source)."""
        return self._cut_sources is None or source in self._cut_sources

    # --- commit points --------------------------------------------------------------------------
    def commit(self) -> None:
        """A commit point: make the local files durable and announce the items written so far."""
        if not self._pending_items or self.failure is not None or self.commits_at_end_only:
            return
        try:
            for storage in self._local_storages():  # a batch closed since is fsync'd here or by its store
                storage.commit()
            for slot in self.slots:
                if not isinstance(slot.storage, AtomicFileFeedStorage) and slot.file is not None:  # stdout
                    slot.file.flush()
        except OSError as exc:
            self._fail(exc)
            return
        self._commit_pending()

    def _commit_pending(self) -> None:
        items, responses, committing = self._pending_items, self._pending_responses, self._pending_ids
        if not items:
            return
        self._pending_items, self._pending_responses, self._pending_ids = [], [], {}
        try:  # noted in each file's journal entry first: a kill, then the file lost, and they are forgotten
            for storage in self._local_storages():
                storage.note_committed(committing.get(id(storage), []))
        except OSError as exc:  # the journal's folder (in the state directory) cannot be written
            self._unrecorded = True
            self._fail(exc)
            logger.error("%d items written since the last commit point are not recorded as emitted", len(items))
            return
        for storage_id, ids in committing.items():
            self._committed_ids.setdefault(storage_id, []).extend(ids)
        for item in items:
            if isinstance(item, Article):
                self._committed_sources[item.id] = (item.source, bool(item.duplicate_kind))
        self.stats.inc_value("newsspider/output/committed", len(items))
        self.crawler.signals.send_catch_log(signal=items_committed, items=items, responses=responses)

    def announce_lost_articles(self) -> None:
        """A file deleted while the run wrote it took the articles already announced as durable in
        it with it: announce them lost (the incremental pipeline forgets them; the next run writes
        them; in a distributed crawl the scheduler requeues their requests). Only that file's: the
        other files (feeds, batches) of the run still hold theirs. An article also in a kept file is
        forgotten all the same: "emitted" is one record for every output, and writing it again to
        all of them (the same ``id``) loses nothing. Each file is checked now (the distributed
        scheduler calls this when it closes, before the feeds are stored); an article is announced
        once."""
        lost = [storage for storage in self._local_storages() if storage.file is not None and storage.file.unlinked()]
        ids = list(dict.fromkeys(article_id for storage in lost for article_id in self._committed_ids.pop(id(storage), [])))
        if not ids:
            return
        kept = set().union(*self._committed_ids.values()) & set(ids)
        also = f" ({len(kept)} of them also in the run's other files, which get them again too)" if kept else ""
        logger.error("%d articles written to %s before it was deleted or replaced are not recorded as emitted: the next run "
                     "writes them again%s", len(ids), ", ".join(str(storage.target) for storage in lost), also)
        self.stats.inc_value("newsspider/output/lost", len(ids))
        for article_id in set(ids) - kept:  # in no file now: not written after all (the summary's ``new``)
            if (written := self._committed_sources.get(article_id)) is not None:
                self._count_written_of(*written, -1)
        self.crawler.signals.send_catch_log(signal=articles_lost, article_ids=ids)

    def _drop_pending(self, why: str) -> None:
        """Forget the items written since the last commit point: they are not kept, so they are not
        recorded as emitted (the next run writes them), nor counted as written in the summary."""
        if self._pending_items:
            logger.error("%d items written since the last commit point are %s and not recorded as emitted",
                         len(self._pending_items), why)
        for item in self._pending_items:
            if isinstance(item, Article):
                self._count_written(item, -1)
        self._pending_items, self._pending_responses, self._pending_ids = [], [], {}

    # --- failure --------------------------------------------------------------------------------
    def _fail(self, exc: OSError) -> None:
        """Record an output error and stop the run at the first one. The run's error stays the
        first of the run (``note_output_error``: an earlier one of another output, the WARC files
        on the same full disk, is not replaced); later ones are added beside it."""
        error = OutputError.wrap(exc, exc.filename or self._unnamed_output())
        note_output_error(self.stats, error.describe())
        if self.failure is not None:
            logger.error("output: %s", error.describe())
            return
        self.failure = error
        logger.error("output failed: %s; stopping the run", error.describe())
        if not self._closing:
            call_later(0, self._stop_run)

    def _unnamed_output(self) -> str:
        """What an error naming no file was about: standard output (``-o -``), the one feed written
        through no file of ours (a closed pipe to ``head`` gave ``cannot write ?: Broken pipe``)."""
        return "standard output" if any(isinstance(slot.storage, StdoutFeedStorage) for slot in self.slots) else "?"

    def _stop_run(self) -> None:
        stop_run(self.crawler, OUTPUT_FAILED)

    def _settle_local_slots(self) -> None:
        """Before Scrapy stores the feeds: make the files durable (a failed fsync here is a failed
        write, not a store that Scrapy would log with a traceback), keep the complete lines of a
        file whose writing failed (after a failed fsync, those of its last good one), forget a file
        that could not be opened, remove an empty file nobody wants stored."""
        for slot in list(self.slots):
            storage = slot.storage
            if not isinstance(storage, AtomicFileFeedStorage):
                continue
            if storage.file is not None and storage.file.error is None and slot.itemcount:
                try:
                    storage.commit()
                except OSError as exc:
                    self._fail(exc)
            if storage.file is None:
                if self.failure is not None:
                    self.slots.remove(slot)
                    self._slot_errors[id(slot)] = self.failure.describe()
            elif storage.file.error is not None:
                self.slots.remove(slot)
                self._slot_errors[id(slot)] = storage.file.error.describe()
                try:
                    storage.salvage()
                except OSError as exc:
                    logger.error("output: %s", OutputError.wrap(exc, storage.target).describe())
                    self._salvaged[id(slot)] = -1
                else:
                    kept = slot.itemcount
                    if storage.file.sync_failed:  # cut back to its last good fsync: its pending records went
                        self._unsynced = True
                        kept -= len(self._pending_ids.get(id(storage), []))
                    self._salvaged[id(slot)] = kept
                    logger.warning("kept the %d complete records written to %s before the failure",
                                   kept, storage.target)
            elif slot.itemcount == 0 and not slot.store_empty:
                self.slots.remove(slot)
                storage.discard()
        if self.failure is not None:
            self._keep_earlier_files()

    def _keep_earlier_files(self) -> None:
        """A run whose output failed leaves a file it wrote no article to as it was: the earlier
        run's file a ``-O`` output would replace with an empty one (another output unusable at the
        start stops the run before any article) may hold lines its consumer has not read yet."""
        for slot in list(self.slots):
            storage = slot.storage
            if isinstance(storage, AtomicFileFeedStorage) and storage.partial is not None and slot.itemcount == 0 \
                    and storage.file is not None and storage.file.error is None:
                self.slots.remove(slot)
                storage.discard()
                self._slot_errors[id(slot)] = "not written: the run's output failed before an article was written to it"
                logger.info("%s left as it was: the run's output failed before an article was written to it",
                            storage.target)

    def _failed_remote_feeds(self) -> str:
        """The feeds not written to a local file (FTP, S3) of the kinds Scrapy failed to store
        (``feedexport/failed_count/<storage>``), credentials left out: the run's line named none
        (``cannot write ?``)."""
        uris = [shown_uri(slot.uri) for slot in self._slots_seen if self._remote_store_failed(slot)]
        return ", ".join(dict.fromkeys(uris)) or "?"

    def _remote_store_failed(self, slot: FeedSlot) -> bool:
        """Whether ``slot`` is a feed not written to a local file whose kind of storage Scrapy failed to store."""
        if isinstance(slot.storage, AtomicFileFeedStorage):
            return False
        return bool(self.stats.get_value(f"feedexport/failed_count/{type(slot.storage).__name__}"))

    def _salvage_failed(self) -> bool:
        return any(kept < 0 for kept in self._salvaged.values())

    def _failed_store_count(self) -> int:
        stats = self.stats.get_stats()
        return sum(value for key, value in stats.items() if key.startswith("feedexport/failed_count/"))

    # --- what the run report shows --------------------------------------------------------------
    def _remember(self, slot: FeedSlot) -> None:
        if all(seen is not slot for seen in self._slots_seen):
            self._slots_seen.append(slot)
            if isinstance(slot.storage, AtomicFileFeedStorage):
                slot.storage.keep_journal = True  # until its articles are recorded (``_end_journals``)

    def _local_storages(self) -> list[AtomicFileFeedStorage]:
        return [slot.storage for slot in self._slots_seen if isinstance(slot.storage, AtomicFileFeedStorage)]

    def reports(self) -> list[OutputReport]:
        """Every feed of the run: where, how many records, whether it is complete and in place."""
        reports = []
        for slot in self._slots_seen:
            storage = slot.storage
            articles = slot.itemcount
            if isinstance(storage, AtomicFileFeedStorage):
                path: str | None = str(storage.target)
                stored = storage.in_place
                error = self._slot_errors.get(id(slot)) or self._slot_errors.get(id(storage))
                if self._salvaged.get(id(slot), -1) >= 0:  # kept after a failure: the complete records
                    articles = self._salvaged[id(slot)]
            else:
                path, stored, error = None, self._closing and self.failure is None, None
                if self._remote_store_failed(slot):
                    error = "could not be stored (see the log)"
            reports.append(OutputReport(uri=shown_uri(slot.uri), path=path, format=slot.format, articles=articles,
                                        stored=stored, error=error))
        return reports

    def local_paths(self) -> list[str]:
        """The local output files of the run (written or not; through a symbolic link, the file it names;
        not a pipe or device written as a stream)."""
        return [str(storage.written) for storage in self._local_storages() if not storage.streamed]


def shown_uri(uri: str) -> str:
    """A feed's URI as logs and the run report show it: without the credentials of an FTP or S3 URI
    (any other, a local path, as given)."""
    parsed = urlparse(uri)
    if parsed.username is None and parsed.password is None:
        return uri
    return strip_url(uri, strip_credentials=True, strip_default_port=False, strip_fragment=False)


def without_credentials(text: str) -> str:
    """``text`` with every URI in it as ``shown_uri`` shows it (a URI it cannot parse: its
    ``user:password@`` cut)."""
    def shown(match: re.Match[str]) -> str:
        try:
            return shown_uri(match.group())
        except ValueError:  # an invalid IPv6 host or port: cut what would be its credentials
            return USERINFO.sub("", match.group(), count=1)
    return URI_IN_TEXT.sub(shown, text)


class CredentialsHidden(logging.Filter):
    """Rewrites a record of Scrapy's feed exports (``FEED_EXPORT_LOGGER``) that names a feed's URI
    with its credentials: Scrapy formats the URI whole into its ``Stored ...`` and ``Error storing
    ...`` lines, where our own lines show it by ``shown_uri``. Its traceback (``exc_info``) is
    rewritten too: a storage backend's exception may name the URI it was given whole (``PUT
    dav://user:password@host/out.jsonl failed``)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep every record; one naming credentials in a URI, as plain text without them."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # arguments that do not fit: the handler reports it, as without us
            return True
        shown = without_credentials(message)
        if shown != message:
            record.msg, record.args = shown, ()
        if record.exc_info and not record.exc_text:  # the text a handler's formatter prints for it
            traceback = logging.Formatter().formatException(record.exc_info)
            if (shown_traceback := without_credentials(traceback)) != traceback:
                record.exc_text = shown_traceback
        return True


def hide_feed_credentials() -> None:
    """Attach ``CredentialsHidden`` to Scrapy's feed export logger, once per process (a logger's
    filters outlive the crawl that attached them; a second crawl of the process finds it there)."""
    feed_logger = logging.getLogger(FEED_EXPORT_LOGGER)
    if not any(isinstance(attached, CredentialsHidden) for attached in feed_logger.filters):
        feed_logger.addFilter(CredentialsHidden())


def _committable(slot: FeedSlot) -> bool:
    """Whether a feed's records can be committed while the crawl runs: a local file whose complete
    lines the next run can read back if this one is killed (JSON lines), or a stream: stdout, a
    pipe or a device, which has what it was given once written."""
    storage = slot.storage
    if isinstance(storage, AtomicFileFeedStorage):
        return storage.recoverable or storage.streamed
    return isinstance(storage, StdoutFeedStorage)
