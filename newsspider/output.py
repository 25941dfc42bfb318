"""Local output files a crawl can vouch for: every line complete, durable before it counts, and
the files of a killed run finished by the next one.

* ``OutputFile`` writes each chunk whole (a short write is retried, an error is raised, never
  dropped), knows how many bytes are complete, and makes them durable on ``commit()`` (fsync).
* ``AtomicFileFeedStorage`` is the feed storage of local files (``-o``, ``-O``, ``FEEDS``, the
  default file): an overwritten file is written under a hidden ``.<name>.part`` name and renamed
  into place when complete (a consumer polling the folder never reads a half-written line); an
  appended one is written in place. Each open file is recorded in the output journal.
* ``OutputJournal`` (``<NEWSSPIDER_STATE_DIR>/outputs/``) lists the files runs have open. A run
  killed before it stored its files leaves its entries behind; the next run (holding the run
  lock) or, in a distributed crawl, the next worker started on the host, finishes each JSON lines
  file with ``recover_outputs``: complete lines kept, a cut last line removed, the hidden file
  renamed into place, and the articles on those lines recorded as emitted. An appended file holds a
  shared ``flock`` while open: a file another live process appends to is never cut.
"""
from __future__ import annotations

import codecs
import dataclasses
import errno
import fcntl
import io
import json
import logging
import os
import re
import socket
import stat
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from itertools import chain
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast
from urllib.parse import urlparse

from scrapy.exporters import JsonItemExporter, JsonLinesItemExporter
from scrapy.extensions.feedexport import FileFeedStorage
from w3lib.url import file_uri_to_path

from newsspider.dates import utc_now_iso
from newsspider.items import Article
from newsspider.side_files import REPLACED_AT_THE_END, same_file, side_file_of
from newsspider.signals import output_opening
from newsspider.state.base import EmittedArticle

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from scrapy.signalmanager import SignalManager

    from newsspider.state.base import SeenStore

logger = logging.getLogger(__name__)

OPTIONAL_ARTICLE_FIELDS = ("comments",)
"""Fields of an ``Article`` written only when set (not None): what a setting asks for."""
ARTICLE_FIELDS = tuple(field.name for field in dataclasses.fields(Article) if field.name not in OPTIONAL_ARTICLE_FIELDS)
JSON_LINES_FORMATS = frozenset({"jsonlines", "jsonl", "jl"})
"""Feed formats whose files are recovered line by line after a killed run."""
TAIL_CHUNK = 1 << 16
"""Bytes read at a time when looking for the last newline of a file appended to."""
SHARED_LOCK_WAIT_SECONDS = 1.0
"""How long opening a file to append waits for another process's exclusive lock on it (a writer
checking its last line, a recovery cutting it: milliseconds) before it appends without a lock."""
PIPE_READER_WAIT_SECONDS = 30.0
"""How long a run given a named pipe to write waits for a process to read it (a reader started just
after the crawl) before it stops with an output failure, rather than hanging at its start."""
MAX_UNTERMINATED_RECORD = 64 << 20
"""The longest last line without a newline read to see whether it is a whole record (an article
record is far shorter); a longer one is taken for a cut line."""
CUT_ID_BYTES = 4096
"""The bytes of a cut line read for the article id at its start."""
_JSON_STRING = rb'"(?:[^"\\]|\\.)*"'
CUT_RECORD_ID = re.compile(rb'\{\s*"id"\s*:\s*(' + _JSON_STRING + rb')')
"""The start of an article record: its id is its first field (``ARTICLE_FIELDS``)."""
CUT_RECORD_SOURCE = re.compile(rb'\{\s*"id"\s*:\s*' + _JSON_STRING + rb'\s*,\s*"url"\s*:\s*' + _JSON_STRING
                               + rb'\s*,\s*"canonical_url"\s*:\s*' + _JSON_STRING + rb'\s*,\s*"source"\s*:\s*('
                               + _JSON_STRING + rb')')
"""The start of an article record up to its source, its fourth field (``ARTICLE_FIELDS``)."""
CUT_ARTICLES = "newsspider/output/cut_articles"
"""The stats key counting the articles of cut last lines removed from appended files when the run
opened them: written again, and their sources' feeds fetched in full for them (no conditional
requests; ``FeedOutput.reads_in_full``)."""
JOURNAL_DIR = "outputs"
"""The output journal's folder inside ``NEWSSPIDER_STATE_DIR``."""


def uri_params(params: dict[str, Any], spider: Spider) -> dict[str, Any]:
    """Add ``%(utc)s`` (e.g. ``20261121T143000Z``) to the feed URI placeholders: the current second,
    or ``20261121T143000Z-2``... when a feed of the run would be named like a file that exists (an
    earlier run's, the clock set back since, or a run started in the same second): that file is
    never overwritten (the default feed overwrites: its articles are recorded as emitted)."""
    crawler = getattr(spider, "crawler", None)
    templates = [str(uri) for uri in crawler.settings.getdict("FEEDS") if "%(utc)s" in str(uri)] if crawler else []
    return {**params, "utc": _free_utc(templates, params, datetime.now(timezone.utc))}


def _free_utc(templates: list[str], params: dict[str, Any], now: datetime) -> str:
    """``%(utc)s`` for ``now``: its second, numbered ("-2", "-3"...) until no local file any of
    ``templates`` names with it exists (:func:`uri_params`)."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    candidate, number = stamp, 1
    while any(_exists(template, {**params, "utc": candidate}) for template in templates):
        number += 1
        candidate = f"{stamp}-{number}"
    return candidate


def _exists(template: str, params: dict[str, Any]) -> bool:
    """Whether the local file ``template`` names with ``params`` exists (False for a remote feed,
    or a template with a placeholder not yet known)."""
    try:
        path = local_path(template % params)
    except (KeyError, ValueError, TypeError):
        return False
    return path is not None and os.path.lexists(path)


def recoverable(feed_format: str, postprocessed: bool) -> bool:
    """Whether a file of this feed format, compressed or not, can be read back line by line (after
    a kill, or a failed write): JSON lines written as such."""
    return feed_format in JSON_LINES_FORMATS and not postprocessed


def partial_name(target: Path) -> Path:
    """The hidden name a file is written under until it is complete: ``.<name>.part``."""
    return target.with_name(f".{target.name}.part")


def is_stream(path: str | Path) -> bool:
    """Whether ``path`` names something that is neither a file nor a folder: a pipe, a terminal,
    a device (``/dev/stdout``, ``/dev/null``). Such an output is written as a stream: in place, with
    no hidden name, no fsync, nothing to read back after a kill, and no report or story files beside it."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _open_pipe(path: Path) -> io.FileIO:
    """A named pipe opened to write once a process reads it (``PIPE_READER_WAIT_SECONDS``), its
    writes blocking as usual then: a plain open would wait for a reader for ever."""
    deadline = time.monotonic() + PIPE_READER_WAIT_SECONDS
    waiting = False
    while True:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NONBLOCK)
            break
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
            if time.monotonic() >= deadline:
                raise OSError(errno.ENXIO, "no process reads the named pipe", str(path)) from None
            if not waiting:
                logger.warning("waiting up to %g s for a process to read the named pipe %s",
                               PIPE_READER_WAIT_SECONDS, path)
                waiting = True
            time.sleep(0.1)
    os.set_blocking(fd, True)
    return io.FileIO(fd, "ab")


def journal_dir(state_dir: str | Path) -> Path:
    """Where the runs of a state directory record the output files they have open."""
    return Path(state_dir) / JOURNAL_DIR


class OutputError(OSError):
    """An output file could not be written, made durable or put in place (``errno`` and
    ``filename`` are those of the underlying ``OSError``)."""

    @classmethod
    def wrap(cls, exc: OSError, path: Path | str) -> OutputError:
        """``exc`` as an ``OutputError`` about ``path`` (unchanged if it already is one)."""
        if isinstance(exc, OutputError):
            return exc
        error = cls(exc.errno, exc.strerror or str(exc), str(path))
        error.__cause__ = exc
        return error

    def describe(self) -> str:
        """One line: ``cannot write out.jsonl: No space left on device``."""
        return f"cannot write {self.filename}: {self.strerror}"


class OutputFile(io.RawIOBase):
    """A file opened for writing that never loses track of what reached it.

    ``write`` writes all of its bytes (retrying short writes, as a nearly full disk gives) or
    raises ``OutputError``; after an error every further write raises it again. ``complete`` is
    the size of the file after the last whole write: a line cut by a failed write lies beyond it,
    and ``salvage()`` cuts it off. ``commit()`` flushes to disk (fsync); what was complete then is
    ``committed``. A failed fsync (``sync_failed``: a full NFS share or thin volume, which take
    writes and then cannot store them) leaves the writes since the last good one nowhere for sure:
    the kernel reports the error once and may drop those pages, so a second fsync proves nothing,
    and ``salvage()`` cuts the file back to ``committed``.
    """

    def __init__(self, raw: io.FileIO, path: Path, start: int = 0, *, stream: bool = False,
                 appended: bool = False, hidden: Path | None = None) -> None:
        super().__init__()
        self.raw = raw
        self.path = path
        self.hidden = hidden  # the hidden name it is written under, renamed to ``path`` at the end (``-O``)
        self.complete = start
        self.committed = start
        self.stream = stream  # a pipe or device (``is_stream``): what it took is gone, nothing to fsync or cut
        self.appended = appended  # ``-o``: other processes may append to it too (``salvage``)
        self.deleted = False  # found unlinked: what it holds is on no disk once closed
        self.sync_failed = False  # an fsync failed: only ``committed`` bytes are known to be on disk
        self.error: OutputError | None = None

    def writable(self) -> bool:
        """Always: it is an output."""
        return True

    def fileno(self) -> int:
        """The underlying file's descriptor."""
        return self.raw.fileno()

    def write(self, data: Any) -> int:
        """Write every byte of ``data`` or raise ``OutputError``."""
        if self.error is not None:
            raise self.error
        view = memoryview(data).cast("B")
        done = 0
        try:
            while done < len(view):
                done += self.raw.write(view[done:]) or 0
        except OSError as exc:
            self.error = OutputError.wrap(exc, self.path)
            raise self.error from exc
        self.complete += done
        return done

    def commit(self) -> None:
        """Make every complete write durable (fsync); ``OutputError`` if the disk refuses."""
        if self.error is not None:
            raise self.error
        if not self.stream:  # unbuffered writes: a pipe or device has had every byte already
            try:
                os.fsync(self.raw.fileno())
            except OSError as exc:
                self.sync_failed = True
                self.error = OutputError.wrap(exc, self.path)
                raise self.error from exc
            self._check_linked()
        self.committed = self.complete

    def unlinked(self) -> bool:
        """Whether the file was deleted while open (found so now, or at a commit): what it holds is
        on no disk once closed; or, written under a hidden name, moved away from it: what holds
        that name now is not this run's to put in place. Asks only; ``commit`` is what fails on it."""
        if not self.deleted and not self.stream and not self.closed:
            try:
                return self._gone()
            except OSError:
                return False
        return self.deleted

    def _gone(self) -> bool:
        """Deleted (no link left), or no longer under its hidden name (moved away, another file or
        a folder made there): renaming that name at the end would put someone else's in place."""
        opened = os.fstat(self.raw.fileno())
        if opened.st_nlink == 0:
            return True
        if self.hidden is None:  # written in place (``-o``): moved away it keeps its lines (a log rotation)
            return False
        try:
            named = os.lstat(self.hidden)
        except FileNotFoundError:
            return True
        return (named.st_dev, named.st_ino) != (opened.st_dev, opened.st_ino)

    def _check_linked(self) -> None:
        """``OutputError`` if the file was deleted or moved from its hidden name while open: its
        writes would reach no file the run puts in place."""
        if self._gone():
            self.deleted = True
            self.error = OutputError(errno.ENOENT, "the file was deleted or replaced while the run wrote it",
                                     str(self.path))
            raise self.error

    def salvage(self) -> None:
        """After a failed write: cut the file back to its complete writes and make them durable
        (a stream keeps what it took: it cannot be cut back); after a failed fsync, back to the
        writes the last good fsync made durable (``sync_failed``). An appended file may hold other
        processes' lines past this one's complete writes (two workers on one ``-o`` file): only
        its cut last line goes (``_cut_own_last_line``), or, after a failed fsync, what this
        process wrote since its last good one, when no other process appends to it now."""
        if self.stream:
            self.committed = self.complete
            return
        try:
            if self.sync_failed:
                self._cut_back_to_committed()
            elif self.appended:
                self._cut_own_last_line()
            else:
                self.raw.truncate(self.complete)
            os.fsync(self.raw.fileno())
        except OSError as exc:
            raise OutputError.wrap(exc, self.path) from exc
        self.committed = self.complete

    def _cut_back_to_committed(self) -> None:
        """After a failed fsync: drop the writes since the last good one (``complete`` then counts
        only what is known to be on disk). An appended file another process appends to now is left
        as it is: cutting it back would remove that writer's lines too."""
        if self.appended and not _lock_alone(self.raw):
            logger.warning("%s: another process appends to it too: the lines this run wrote since its last good "
                           "fsync stay, not recorded as emitted (the next run writes them again)", self.path)
            return
        self.raw.truncate(self.committed)
        self.complete = self.committed

    def _cut_own_last_line(self) -> None:
        """Cut an appended file's last line without its newline (the failed write's), never a
        complete line: ``complete`` counts this process's bytes only, and cutting back to it would
        remove the lines other processes appended since. A file another live process appends to
        now is not cut (its last bytes may be that writer's): the cut line stays for the next run
        opening the file alone (``repair_last_line``)."""
        if not _lock_alone(self.raw):
            logger.warning("%s: another process appends to it too: the line this run's failed write cut stays, "
                           "for the next run opening the file to move aside", self.path)
            return
        size = os.fstat(self.raw.fileno()).st_size
        with self.path.open("rb") as reader:
            start = _last_line_start(reader, size) if size else None
        if start is not None:
            self.raw.truncate(start)

    def close(self) -> None:
        """Close the underlying file."""
        if not self.closed:
            self.raw.close()
        super().close()


@dataclasses.dataclass(frozen=True)
class JournalEntry:
    """An output file a run has open: where its lines go, and from which byte they are the run's."""

    target: str                 # the file's final name
    partial: str | None         # the hidden name it is written under, or None when appended in place
    offset: int                 # the run's lines start here (the size of an appended file when opened)
    format: str                 # the feed format
    postprocessed: bool         # compressed (FEEDS postprocessing): not recoverable line by line
    host: str
    pid: int
    started: str
    device: int | None = None   # the file written (``os.stat``'s st_dev, st_ino): after a rename, the
    inode: int | None = None    # target is that file only if it is the same; None in older entries

    @property
    def recoverable(self) -> bool:
        """JSON lines written as such: the complete lines can be read back after a kill."""
        return recoverable(self.format, self.postprocessed)

    def wrote(self, path: Path) -> bool:
        """Whether ``path`` is the file this entry's run wrote: the same file (device and inode), at
        least as long as when the run opened it. A file deleted and created again, or another run's
        file renamed over it, is not: it holds none of this run's lines (nor should it be cut)."""
        try:
            found = os.stat(path)
        except OSError:
            return False
        if self.inode is not None and (found.st_dev, found.st_ino) != (self.device, self.inode):
            return False
        return not stat.S_ISREG(found.st_mode) or found.st_size >= self.offset


class OutputJournal:
    """The output files open in the runs of one state directory, one small JSON file each."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def begin(self, entry: JournalEntry) -> Path:
        """Record ``entry`` durably; returns the handle ``end`` takes."""
        self.directory.mkdir(parents=True, exist_ok=True)
        name = f"{entry.host}-{entry.pid}-{time.time_ns()}.json"
        path = self.directory / name
        temporary = path.with_name(f".{name}.tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(dataclasses.asdict(entry), handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        return path

    def note(self, handle: Path, article_ids: Iterable[str]) -> None:
        """Record durably that these articles, about to be recorded as emitted, are in the hidden
        file of ``handle``: if it is gone when its run is found killed, they are forgotten (``noted``)."""
        text = "".join(f"{article_id}\n" for article_id in article_ids)
        if not text:
            return
        with _noted_path(handle).open("a", encoding="utf-8") as ids:
            ids.write(text)
            ids.flush()
            os.fsync(ids.fileno())

    def noted(self, handle: Path) -> list[str]:
        """The articles ``note`` recorded for ``handle`` (a cut last line, from a kill mid-write, left out)."""
        try:
            text = _noted_path(handle).read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        return text.splitlines()[:text.count("\n")]

    def drop_notes(self, handle: Path) -> None:
        """The file of ``handle`` is in place: what ``note`` recorded is no longer needed."""
        _noted_path(handle).unlink(missing_ok=True)

    def end(self, handle: Path) -> None:
        """The file of ``handle`` is complete (or given up): forget it."""
        self.drop_notes(handle)
        handle.unlink(missing_ok=True)

    def entries(self) -> Iterator[tuple[Path, JournalEntry]]:
        """Every entry left, oldest first (an unreadable one is skipped with a warning)."""
        if not self.directory.is_dir():
            return
        for path in sorted(self.directory.glob("*.json"), key=lambda p: p.stat().st_mtime):
            try:
                yield path, JournalEntry(**json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError) as exc:
                logger.warning("unreadable output journal entry %s (%s): removed", path, exc)
                self.end(path)


def _noted_path(handle: Path) -> Path:
    """Where ``OutputJournal.note`` keeps the articles of the entry ``handle`` (not a ``*.json``: no entry)."""
    return handle.with_suffix(".ids")


class AtomicFileFeedStorage(FileFeedStorage):
    """Local file storage (``-o``, ``-O``, ``FEEDS``, the default file) writing through an
    ``OutputFile`` and recorded in the output journal while open.

    Overwriting (``-O``, the default file) writes the hidden ``.part`` file and renames it into
    place on ``store``; appending (``-o``) writes in place, since renaming would replace what the
    file already held. ``commit()`` makes what is written durable; ``salvage()`` keeps the complete
    lines of a file whose writing failed; ``discard()`` removes an unused hidden file. A symbolic
    link is written through (the file it names is replaced, not the link); a pipe or device
    (``is_stream``: ``/dev/stdout``, ``/dev/null``, a named pipe to ``jq``) is written as a stream,
    in place and unjournaled.
    """

    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None,
                 journal: OutputJournal | None = None) -> None:
        super().__init__(uri, feed_options=feed_options)
        options = feed_options or {}
        self.format = str(options.get("format") or "")
        self.postprocessed = bool(options.get("postprocessing"))
        self.journal = journal
        self.file: OutputFile | None = None
        self.partial: Path | None = None
        self.stored = False      # done with: stored, salvaged or discarded
        self.in_place = False    # the file is complete under its final name
        self.streamed = False    # a pipe or device, written in place (``is_stream``)
        self.keep_journal = False  # once in place, the journal entry waits for ``end_journal`` (FeedOutput)
        self.cut_article_ids: list[str] = []  # the article of a cut last line found on opening (``repair_last_line``)
        self.cut_sources: list[str | None] = []  # its source (None: not readable in the cut line)
        self._destination: Path | None = None  # the target, through a symbolic link
        self.signals: SignalManager | None = None  # the crawl's, to meet its other outputs (``from_crawler``)
        self.settings: BaseSettings | None = None  # the crawl's: which files it writes beside an output
        self._answering = False  # connected to ``output_opening`` (a file open, not a stream)
        self._journal_handle: Path | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler, uri: str, *, feed_options: dict[str, Any] | None = None
                     ) -> AtomicFileFeedStorage:
        """The storage, journaling under the crawl's ``NEWSSPIDER_STATE_DIR`` (none without one), and
        meeting the crawl's other outputs through its signals (``conflict_with``)."""
        state_dir = crawler.settings.get("NEWSSPIDER_STATE_DIR")
        storage = cls(uri, feed_options=feed_options, journal=OutputJournal(journal_dir(state_dir)) if state_dir else None)
        storage.signals, storage.settings = crawler.signals, crawler.settings
        return storage

    @property
    def target(self) -> Path:
        """The file's final name."""
        return Path(self.path)

    @property
    def written(self) -> Path:
        """The file written: the target, or the file its symbolic link names (``/dev/stdout``
        redirected to a file), beside which the run's other files go."""
        return self._destination or self.target

    @property
    def recoverable(self) -> bool:
        """JSON lines written as such: the complete lines can be read back, after a kill or a failed write."""
        return recoverable(self.format, self.postprocessed)

    @property
    def appending(self) -> bool:
        """Lines are added to the end of the file in place (``-o``)."""
        return self.write_mode == "ab"

    def open(self, spider: Spider) -> IO[bytes]:
        """The file to write (``OutputFile``), recorded in the journal; ``OutputError`` if it cannot be."""
        target = self.target
        if is_stream(target):
            return self._open_stream(target)
        if target.is_dir():  # found now, not after the whole crawl when the file cannot be put in place
            raise OutputError(errno.EISDIR, "Is a directory", str(target))
        if target.is_symlink():  # renaming the hidden file onto the link would replace the link
            target = self._destination = through_link(target)
        if self.signals is not None:
            for _, conflict in self.signals.send_catch_log(signal=output_opening, storage=self):
                if isinstance(conflict, str):
                    raise OutputError(errno.EEXIST, conflict, str(self.target))
        if (self.settings is not None and writes_to_standard_output(self.settings)
                and (side := side_file_of(self.settings, target, STANDARD_OUTPUT))):
            raise OutputError(errno.EEXIST, f"its {side} is the run's standard output (-o -), {REPLACED_AT_THE_END}",
                              str(self.target))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if self.appending:
                raw = target.open("ab", buffering=0)
                try:
                    if self.recoverable and _lock_alone(raw):
                        cut = repair_last_line(raw, target)
                        self.cut_article_ids = [article_id for article_id, _ in cut]
                        self.cut_sources = [source for _, source in cut]
                    _lock_shared(raw, target)
                    start = raw.seek(0, os.SEEK_END)
                except BaseException:
                    raw.close()
                    raise
            else:
                self.partial = partial_name(target)
                if (alone := _open_alone(self.partial)) is None:
                    raise OutputError(errno.EBUSY, "another process is writing it now (each process needs a -O "
                                      "file of its own)", str(target))
                raw, start = alone, 0
        except OSError as exc:
            raise OutputError.wrap(exc, target) from exc
        self.file = OutputFile(raw, target, start, appended=self.appending, hidden=self.partial)
        if self.signals is not None:  # until done with (``_done``); a storage dropped unstored goes with it
            self.signals.connect(self.conflict_with, signal=output_opening)
            self._answering = True
        if self.journal is not None:
            opened = os.fstat(raw.fileno())
            entry = JournalEntry(str(target), str(self.partial) if self.partial else None, start, self.format,
                                 self.postprocessed, socket.gethostname(), os.getpid(), utc_now_iso(),
                                 opened.st_dev, opened.st_ino)
            try:
                self._journal_handle = self.journal.begin(entry)
            except OSError as exc:
                self.file.close()
                raise OutputError.wrap(exc, self.journal.directory) from exc
        return cast("IO[bytes]", self.file)

    def conflict_with(self, storage: AtomicFileFeedStorage) -> str | None:
        """Why ``storage``, opening a file in this storage's crawl, cannot write it while this one is
        open: it is this file (``NAMED_TWICE``), or one of the two is a file the run writes beside the
        other at its end (``side_files``), which would replace its articles; None if it can. Answers
        ``output_opening``: the names the run gives (``%(name)s``) are known only now."""
        if storage is self or self.stored or self.file is None:
            return None
        mine, theirs = self.written, storage.written
        if same_file(mine, theirs):
            return f"{self.target} is the same file: {NAMED_TWICE}"
        settings = self.settings
        if settings is None:
            return None
        if side := side_file_of(settings, mine, theirs):
            return f"it is the {side} of output {self.target}, {REPLACED_AT_THE_END}"
        if side := side_file_of(settings, theirs, mine):
            return f"its {side} is output {self.target}, {REPLACED_AT_THE_END}"
        return None

    def _open_stream(self, target: Path) -> IO[bytes]:
        """A pipe or device opened to write in place: no hidden name, no journal entry (it cannot be read back).
        A stream even when it cannot be opened (a named pipe no process reads): nothing goes beside it."""
        self.streamed = True
        try:
            raw = _open_pipe(target) if stat.S_ISFIFO(target.stat().st_mode) else target.open("ab", buffering=0)
        except OSError as exc:
            raise OutputError.wrap(exc, target) from exc
        self.file = OutputFile(raw, target, stream=True)
        return cast("IO[bytes]", self.file)

    def commit(self) -> None:
        """Make the lines written so far durable (``OutputError`` if they cannot be)."""
        if self.file is not None and not self.stored:
            self.file.commit()

    def store(self, file: IO[bytes]) -> None:
        """Make the file durable and put it in place; ``OutputError`` if that fails."""
        output = self.file
        assert output is not None and not self.stored
        try:
            file.flush()  # a compressing wrapper (FEEDS postprocessing) has flushed into ``output`` on close
            output.commit()
        except OSError as exc:
            raise OutputError.wrap(exc, self.target) from exc
        self._put_in_place()

    def salvage(self) -> int:
        """After a failed write: keep the complete lines, durably, in place; returns their bytes.

        Only a JSON lines file can be cut back to complete records; any other format is left
        under its hidden name (and its journal entry dropped), and ``OutputError`` raised. So is a
        file deleted while written: its name may now be another file's (renamed over it), which
        is not put in place as this run's; its journal entry stays (the next run forgets what it noted).
        """
        output = self.file
        assert output is not None
        if self.streamed:  # what the pipe took is gone: nothing to cut back or put in place
            output.salvage()
            output.close()
            self._done()
            return output.complete
        if not self.recoverable:
            output.close()
            self._done()
            raise OutputError(output.error.errno if output.error else None,
                              f"a {self.format or 'non-JSON-lines'} file cut short cannot be kept; left as "
                              f"{self.partial or self.target}", str(self.target))
        if output.unlinked():  # what it held is on no disk; a file renamed over it is another's: left alone
            output.close()
            raise OutputError(errno.ENOENT, "the file was deleted or replaced while the run wrote it: no record "
                              "of this run is kept", str(self.target))
        try:
            output.salvage()
        except OSError as exc:
            raise OutputError.wrap(exc, self.target) from exc
        self._put_in_place()
        return output.complete

    def _put_in_place(self) -> None:
        """Close the durable file and rename it to its target (``store``, ``salvage``)."""
        assert self.file is not None
        target = self.written
        try:
            self.file.close()
            if self.partial is not None:
                os.replace(self.partial, target)
            if not self.streamed:
                _sync_directory(target.parent)
        except OSError as exc:
            raise OutputError.wrap(exc, self.target) from exc
        self.in_place = True
        if self.journal is not None and self._journal_handle is not None:
            self.journal.drop_notes(self._journal_handle)
        self._done(end_journal=not self.keep_journal)

    def discard(self) -> None:
        """Nothing was written and nothing is to be stored: remove the hidden file, unless it was
        moved away (``OutputFile.unlinked``) or never opened: what holds its name is another program's."""
        ours = self.file is not None and not self.file.unlinked()  # never opened: not ours either
        if self.file is not None:
            self.file.close()
        if self.partial is not None and ours:
            self.partial.unlink(missing_ok=True)
        self._done()

    def note_committed(self, article_ids: list[str]) -> None:
        """Before these articles are recorded as emitted: note them in the journal entry of a hidden
        file not yet in place, so that the run after a kill forgets them if that file is gone (deleted:
        nobody consumes a hidden file); ``OutputError`` if that fails. A file under its final name
        (appended, or put in place) may have been taken away by its consumer: not noted."""
        if self.partial is not None and not self.in_place and self.journal is not None and self._journal_handle is not None:
            try:
                self.journal.note(self._journal_handle, article_ids)
            except OSError as exc:
                raise OutputError.wrap(exc, self.journal.directory) from exc

    def end_journal(self) -> None:
        """Forget the file's journal entry: its articles are recorded as emitted (or never will be).
        With ``keep_journal``, a file put in place keeps its entry until this is called: if the state
        could not record its articles, the entry stays and the next run records them, as after a kill."""
        if self.journal is not None and self._journal_handle is not None:
            self.journal.end(self._journal_handle)
            self._journal_handle = None

    def _done(self, end_journal: bool = True) -> None:
        self.stored = True
        if self._answering and self.signals is not None:
            self.signals.disconnect(self.conflict_with, signal=output_opening)
            self._answering = False
        if end_journal:
            self.end_journal()


def escaped_unless_utf8(options: dict[str, Any]) -> dict[str, Any]:
    """A JSON exporter's options with ``ensure_ascii`` in an encoding other than UTF-8 (``latin-1``,
    ``ascii``): every character it lacks written as JSON's ``\\u`` escape, as with no encoding at
    all. Scrapy writes the records raw then, so every article holding a character the codec lacks
    (a Japanese headline, Cyrillic, Arabic) failed to be written, in every run."""
    encoding = options.get("encoding")
    if encoding and codecs.lookup(encoding).name != "utf-8":
        return {"ensure_ascii": True, **options}
    return options


class JsonExporter(JsonItemExporter):
    """Scrapy's JSON (one array) exporter, in an encoding other than UTF-8 with ``\\u`` escapes
    (``escaped_unless_utf8``)."""

    def __init__(self, file: io.BytesIO, **kwargs: Any) -> None:  # as Scrapy declares it: any binary file
        super().__init__(file, **escaped_unless_utf8(kwargs))


class JsonLinesExporter(JsonLinesItemExporter):
    """Scrapy's JSON lines exporter, with the fields of an ``Article`` read directly.

    Scrapy finds each item's fields through an ``ItemAdapter`` (populated names, declaration
    order, per-field serializer metadata) for every record. An ``Article`` is a dataclass whose
    fields are always all set, in declaration order, with no serializers, so that yields exactly
    ``ARTICLE_FIELDS`` and their values: the same bytes for a tenth of a millisecond less per
    article, then the ``OPTIONAL_ARTICLE_FIELDS`` that are set. Other items, or an explicit
    ``FEED_EXPORT_FIELDS``, take Scrapy's path.

    An encoding other than UTF-8 (``latin-1``, ``ascii``: the settings check lets a JSON feed have
    only encodings that write ASCII as ASCII) has its records written with JSON's ``\\u``
    escapes (``escaped_unless_utf8``).
    """

    def __init__(self, file: io.BytesIO, **kwargs: Any) -> None:  # as Scrapy declares it: any binary file
        super().__init__(file, **escaped_unless_utf8(kwargs))

    def get_serialized_fields(self, item: Any, default_value: Any = None,
                              include_empty: bool | None = None) -> Iterable[tuple[str, Any]]:
        """An ``Article``'s fields in declaration order, read directly; anything else as Scrapy does."""
        if type(item) is Article and self.fields_to_export is None:
            fields = ((name, getattr(item, name)) for name in ARTICLE_FIELDS)
            optional = [(name, value) for name in OPTIONAL_ARTICLE_FIELDS if (value := getattr(item, name)) is not None]
            return chain(fields, optional) if optional else fields
        return super().get_serialized_fields(item, default_value, include_empty)


# --- recovery of a killed run's files ------------------------------------------------------------

def recover_outputs(journal: OutputJournal, seen: SeenStore, abandoned: Callable[[JournalEntry], bool],
                    overwritten: Iterable[str] = (),
                    forgotten: Callable[[JournalEntry, list[str]], object] | None = None) -> list[tuple[Path, int]]:
    """Finish the output files of killed runs (the journal entries ``abandoned`` accepts) and record
    the articles on their complete lines as emitted; returns (file, articles) per file.

    A JSON lines file keeps its complete lines from where the run started writing; a cut last
    line is removed; a hidden ``.part`` file is renamed into place. Only the file the killed run
    wrote is touched (``JournalEntry.wrote``): a target deleted since, created again or replaced by
    another run's file is left alone; if it was a hidden file, gone or now written by a live
    process, the articles its run recorded as emitted (noted in the journal) are forgotten. Two
    exceptions, where the articles are not recorded and a later run writes them again: a file
    whose target the coming run overwrites (``overwritten``: its ``-O`` file), which would lose
    them, is dropped and the articles the killed run committed to it are forgotten; a file of
    another format cannot be read back and is left as it is (a warning says where). Forgetting
    comes after recording, and wins. ``forgotten`` is then told, per entry, the articles forgotten
    (a distributed crawl queues their requests again: see ``newsspider.distributed.recovery``).
    Call only where no live run can own an abandoned entry's file (under the run lock, or for
    dead workers' entries).
    """
    replaced = {_resolved(path) for path in overwritten}
    recovered, handles = [], []
    lost: list[str] = []
    lost_by: list[tuple[JournalEntry, list[str]]] = []
    for handle, entry in journal.entries():
        if not abandoned(entry):
            continue
        before = len(lost)
        if (found := _recover(entry, journal.noted(handle), seen, lost, replaced)) is not None:
            recovered.append(found)
        if len(lost) > before:
            lost_by.append((entry, lost[before:]))
        handles.append(handle)
    if lost:  # after every file's articles are recorded: one also in a recovered file is forgotten all
        seen.forget(lost)  # the same (one "emitted" record for all outputs: written again rather than missing)
    if forgotten is not None:
        for entry, ids in lost_by:
            forgotten(entry, ids)
    for handle in handles:
        journal.end(handle)
    return recovered


def _recover(entry: JournalEntry, noted: list[str], seen: SeenStore, lost: list[str],
             replaced: set[Path]) -> tuple[Path, int] | None:
    """Finish one killed run's file (``recover_outputs``); its target and articles if recorded.
    ``noted``: the articles its run recorded as emitted while the file was hidden (``OutputJournal.note``);
    the articles to forget are added to ``lost``."""
    target = Path(entry.target)
    source = next((path for path in (Path(entry.partial) if entry.partial else None, target)
                   if path is not None and entry.wrote(path)), None)
    if source is not None and source != target and _written_by_another(source):
        lost += noted
        logger.warning("the hidden file %s of an earlier run is written by another live process now: left to it, and "
                       "the %d articles that run had recorded as emitted did not get into its output: forgotten, "
                       "written again", source, len(noted))
    elif source is None and noted:
        lost += noted
        logger.warning("the hidden file %s of an earlier run is gone (deleted) or another file is under its name: "
                       "the %d articles that run had recorded as emitted did not get into its output: forgotten, this "
                       "run writes them again", entry.partial, len(noted))
    elif source is None:  # a file under its final name may have been taken away by its consumer
        logger.warning("output %s of an earlier run is gone (deleted, moved, or replaced by another file): nothing to "
                       "recover from it", entry.partial or entry.target)
    elif _resolved(entry.target) in replaced:
        forgotten = _forget_articles_in(source, entry, noted, lost)
        if source != target:
            source.unlink(missing_ok=True)
            logger.warning("the unfinished %s of an earlier run is dropped: this run overwrites %s and writes its "
                           "%d articles again", source, entry.target, forgotten)
        else:
            logger.warning("the %d articles an earlier run wrote into %s are not recorded as emitted: this run "
                           "overwrites it and writes them again", forgotten, entry.target)
    elif not entry.recoverable:
        logger.warning("output %s of an earlier run is %s, not JSON lines: left as it is, and its articles "
                       "will be written again", source, "compressed" if entry.postprocessed else entry.format)
    elif is_stream(source):  # a pipe or device (journaled by an older release): nothing to read back
        logger.warning("output %s of an earlier run is not a file: nothing to recover from it", source)
    else:
        try:
            records = _finish_file(source, target, entry.offset)
        except OSError as exc:  # never wedge every later run on one file: give it up, lose nothing
            forgotten = _forget_articles_in(source, entry, noted, lost)
            logger.error("the output %s of an earlier run cannot be put in place as %s (%s): left as it is, and its "
                         "%d articles are written again", source, entry.target, exc.strerror or exc, forgotten)
        else:
            seen.add(EmittedArticle.from_records(records))
            if records:  # a run killed, or one whose state store failed (its file stayed in the journal)
                logger.warning("recovered %d articles an earlier run wrote into %s but did not record as emitted "
                               "(it was killed, or its output or state store failed): recorded now", len(records),
                               entry.target)
            else:
                logger.info("output %s of an earlier run holds no article to record", entry.target)
            return target, len(records)
    return None


def _written_by_another(path: Path) -> bool:
    """Whether a live process holds ``path`` open to write (its lock: ``_open_alone``, ``_lock_shared``)."""
    try:
        with path.open("rb") as handle:
            return not _lock_alone(handle)
    except OSError:
        return False


def _forget_articles_in(source: Path, entry: JournalEntry, noted: list[str], lost: list[str]) -> int:
    """Forget the articles its run recorded as emitted (``noted``) and those on the complete lines
    it wrote into ``source`` (a later run writes them again); returns how many. A file that cannot
    be read is logged, not raised: one file must not stop every later run."""
    ids = dict.fromkeys(noted)
    try:
        records = complete_records(source, entry.offset)[0] if source.is_file() else []
    except OSError as exc:
        logger.error("cannot read the output %s of an earlier run (%s): only the articles its journal entry "
                     "names are forgotten", source, exc.strerror or exc)
        records = []
    ids.update(dict.fromkeys(article.id for article in EmittedArticle.from_records(records)))
    lost += ids
    return len(ids)


def _resolved(path: str | Path) -> Path:
    return Path(path).expanduser().resolve()


def complete_records(path: Path, offset: int = 0) -> tuple[list[Any], int]:
    """Records of the leading run of complete, valid JSON lines from ``offset``, and their size in bytes."""
    records, good_bytes = [], 0
    with path.open("rb") as handle:
        handle.seek(offset)
        for line in handle:
            if not line.endswith(b"\n"):
                break
            try:
                records.append(json.loads(line))
            except ValueError:
                break
            good_bytes += len(line)
    return records, good_bytes


def _finish_file(source: Path, target: Path, offset: int) -> list[Any]:
    """Cut ``source`` back to its complete lines from ``offset``, make it durable, put it in place;
    its records. A file another live process still appends to (two workers of one host on one
    ``-o`` file) is not cut: the lines after a cut one may be that writer's; its valid lines are
    recorded (the live writer's too: they are in the file, now durably)."""
    with source.open("r+b") as handle:
        if _lock_alone(handle):
            records, good_bytes = complete_records(source, offset)
            handle.truncate(offset + good_bytes)
        else:
            records = valid_records(source, offset)
            logger.warning("another process appends to %s: the earlier run's lines are kept as they are, not cut",
                           source)
        os.fsync(handle.fileno())
    if source != target:
        os.replace(source, target)
    _sync_directory(target.parent)
    return records


def valid_records(path: Path, offset: int = 0) -> list[Any]:
    """Records of every complete, valid JSON line from ``offset``, passing over the others."""
    records = []
    with path.open("rb") as handle:
        handle.seek(offset)
        for line in handle:
            if line.endswith(b"\n"):
                try:
                    records.append(json.loads(line))
                except ValueError:
                    continue
    return records


def _open_alone(path: Path) -> io.FileIO | None:
    """``path`` emptied and opened to write, under an exclusive lock held while open; None, and the
    file untouched, while another live process writes it (two processes overwriting one file would
    truncate and overwrite each other's lines in one hidden file)."""
    raw = io.FileIO(os.open(path, os.O_WRONLY | os.O_CREAT, 0o666), "w")
    try:
        if not _lock_alone(raw):
            raw.close()
            return None
        raw.truncate(0)
    except BaseException:
        raw.close()
        raise
    return raw


def _lock_shared(file: IO[bytes], path: Path) -> None:
    """Say, while ``file`` is open, that this process appends to it (``_lock_alone`` of the others).
    Never blocks for long: a consumer holding an exclusive lock on the file must not hang the run."""
    deadline = time.monotonic() + SHARED_LOCK_WAIT_SECONDS
    while True:
        try:
            fcntl.flock(file.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                logger.warning("%s is locked by another process: appending without a lock (a recovery by another "
                               "process could then cut this run's lines)", path)
                return
            time.sleep(0.01)
        except OSError:  # a file system without locks: nothing to say it with
            return


def _lock_alone(file: IO[bytes]) -> bool:
    """Whether no other process appends to ``file``: an exclusive lock on it could be taken (every
    appending writer holds a shared one while open: ``AtomicFileFeedStorage.open``). Once taken, it
    is held until the file is closed or locked again."""
    try:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:  # a file system without locks: as before locks, taken as alone
        return True
    return True


def _last_line_start(reader: IO[bytes], size: int) -> int | None:
    """Where the last line of a file of ``size`` bytes starts, or None when the file ends with a
    newline. Read backwards from the end a chunk at a time: a year of appended runs is not read
    into memory to find its last newline."""
    reader.seek(size - 1)
    if reader.read(1) == b"\n":
        return None
    end = size
    while end > 0:
        start = max(0, end - TAIL_CHUNK)
        reader.seek(start)
        newline = reader.read(end - start).rfind(b"\n")
        if newline >= 0:
            return start + newline + 1
        end = start
    return 0


def _is_whole_record(reader: IO[bytes], start: int, size: int) -> bool:
    """Whether the bytes from ``start`` to ``size`` are one whole JSON value (a record written by a
    tool that ends its last line without a newline), not the first part of one."""
    if size - start > MAX_UNTERMINATED_RECORD:
        return False
    reader.seek(start)
    try:
        json.loads(reader.read(size - start))
    except ValueError:
        return False
    return True


def quarantine_name(path: Path) -> Path:
    """Where a cut last line removed from ``path`` is kept: ``out.jsonl`` -> ``out.jsonl.cut-<UTC>``
    (not a ``*.jsonl``: a consumer reading ``output/*.jsonl`` never reads it)."""
    return path.with_name(f"{path.name}.cut-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S%fZ')}")


def cut_record_string(record_start: re.Pattern[bytes], head: bytes) -> str | None:
    """The JSON string ``record_start`` captures at the start of a cut record (``CUT_RECORD_ID``:
    the article's id, its first field; ``CUT_RECORD_SOURCE``: its source), or None when the cut
    came before its end or it is no article."""
    match = record_start.match(head)
    if match is None:
        return None
    try:
        value = json.loads(match.group(1))
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def repair_last_line(raw: io.FileIO, path: Path) -> list[tuple[str, str | None]]:
    """Before appending to a JSON lines file, make its last line end with a newline, so the next
    record starts a line of its own and every line stays valid JSON; returns the article of a cut
    line removed (whose id could be read), which the run writes again, with its source (None when
    the cut came before it).

    * A whole record without its newline (written by another tool): the newline is added.
    * A cut line (a write interrupted by a kill, a full disk or a crash, or a copy cut short): it is
      moved to ``quarantine_name(path)`` (made durable first: nothing is destroyed) and cut off.
      Its article may have been recorded as emitted (its line fsync'd, then cut by something else):
      the caller forgets it, so that it is written again.
    ``OutputError`` when the cut line cannot be kept aside: the file is left as it is.
    """
    size = os.fstat(raw.fileno()).st_size
    if size == 0:
        return []
    with path.open("rb") as reader:
        start = _last_line_start(reader, size)
        if start is None:
            return []
        if _is_whole_record(reader, start, size):
            raw.write(b"\n")
            os.fsync(raw.fileno())
            logger.warning("%s ended with a complete record without its newline: the newline is added before "
                           "appending", path)
            return []
        reader.seek(start)
        head = reader.read(min(size - start, CUT_ID_BYTES))
        aside = quarantine_name(path)
        try:
            with aside.open("xb") as kept:
                reader.seek(start)
                while chunk := reader.read(min(TAIL_CHUNK, size - reader.tell())):
                    kept.write(chunk)
                kept.flush()
                os.fsync(kept.fileno())
            _sync_directory(aside.parent)
        except OSError as exc:
            raise OutputError(exc.errno, f"it ends with a cut line that cannot be kept aside in {aside} "
                              f"({exc.strerror or exc}); left as it is", str(path)) from exc
    raw.truncate(start)
    os.fsync(raw.fileno())
    article_id = cut_record_string(CUT_RECORD_ID, head)
    logger.warning("%s ended with a cut line (%d bytes, %s): moved to %s and removed before appending", path,
                   size - start, f"article {article_id}: written again by this run" if article_id
                   else "no article id readable in it", aside)
    return [(article_id, cut_record_string(CUT_RECORD_SOURCE, head))] if article_id else []


def _sync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (where the platform allows opening a directory)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def overwritten_outputs(settings: Any) -> list[str]:
    """The local files the run about to start will overwrite (its ``-O`` and ``overwrite`` feeds)."""
    paths = []
    for uri, options in (settings.getdict("FEEDS") or {}).items():
        uri = str(uri)
        if (options or {}).get("overwrite") and "%(" not in uri and (local := local_path(uri)) is not None:
            paths.append(str(local))
    return paths


def named_local_outputs(settings: Any, spider_name: str) -> list[tuple[str, Path, str]]:
    """The feeds of the run about to start that are local files of a known name, not a pipe or
    device: ``(uri, path, format)``, the path absolute as the run report gives it (its report goes
    beside the file a symbolic link names: ``through_link``). A ``FEEDS`` file named with a
    placeholder is left out; without ``FEEDS``, ``NEWSSPIDER_DEFAULT_FEED`` is named for now
    (``%(utc)s`` as ``uri_params`` fills it, ``%(name)s`` as ``spider_name``), as the spider would have named it."""
    feeds = settings.getdict("FEEDS") or {}
    default = settings.get("NEWSSPIDER_DEFAULT_FEED")
    if not feeds and default:
        now = datetime.now(timezone.utc)
        params: dict[str, Any] = {"name": spider_name,
                                  "time": now.replace(microsecond=0).isoformat().replace(":", "-")}
        try:
            feeds = {str(default) % {**params, "utc": _free_utc([str(default)], params, now)}: {"format": "jsonlines"}}
        except (KeyError, ValueError, TypeError):  # another placeholder: no name known before the run
            return []
    outputs = []
    for uri, options in feeds.items():
        uri = str(uri)
        if "%(" in uri or (local := local_path(uri)) is None or is_stream(local) or not local.name:
            continue  # the root (``-o /:jsonl``) names no file, nor one beside it
        outputs.append((uri, local.absolute(), str((options or {}).get("format") or "")))
    return outputs


NAMED_TWICE = "one file named twice as an output (each output writes every article to it; name it once)"
"""Why a run refuses two outputs of one file (``-o out.jsonl -o ./out.jsonl``, a symbolic link to it):
appended, it held every article twice; overwritten, the second found the first one's hidden file held
and said another process was writing it."""
STANDARD_OUTPUT = Path("/dev/stdout")
"""The run's standard output as a file name, which Scrapy's ``stdout:`` feed (``-o -``) writes: one
stream with ``-o /dev/stdout`` (``outputs_naming_one_file``)."""


def outputs_naming_one_file(settings: Any) -> tuple[str, str] | None:
    """Two feeds of the run about to start that write one local file or stream, as ``(uri, uri)``;
    None if none do. A stream is one through any of its names: ``-o -`` and ``-o /dev/stdout`` (or
    ``/dev/fd/1``, or ``/dev/stderr`` sent to the same pipe) each wrote every record to the reader.
    Left out: a name with a placeholder (the run gives it: ``AtomicFileFeedStorage.open`` refuses
    it then), and the null device (what is written there is dropped: twice harms nothing)."""
    files: list[tuple[str, Path]] = []
    for uri, local in written_feeds(settings):
        if is_stream(local) and same_file(local, os.devnull):
            continue
        if (twin := next((other for other, path in files if same_file(path, local)), None)) is not None:
            return twin, uri
        files.append((uri, local))
    return None


def written_feeds(settings: Any) -> list[tuple[str, Path]]:
    """The ``FEEDS`` of the run about to start that write a local file, pipe or device of a name
    known before it, as ``(uri, path)``; Scrapy's standard output feed (``-o -``) as ``STANDARD_OUTPUT``."""
    feeds = []
    for uri in settings.getdict("FEEDS") or {}:
        uri = str(uri)
        if urlparse(uri).scheme == "stdout":
            feeds.append((uri, STANDARD_OUTPUT))
        elif "%(" not in uri and (local := local_path(uri)) is not None:
            feeds.append((uri, local))
    return feeds


def local_feed_files(settings: Any) -> list[tuple[str, Path]]:
    """The ``FEEDS`` of the run about to start that are local files of a name known before it, as
    ``(uri, path)``: not a name with a placeholder (the run gives it), a pipe or a device."""
    return [(uri, local) for uri, local in written_feeds(settings)
            if urlparse(uri).scheme != "stdout" and not is_stream(local)]


def writes_to_standard_output(settings: Any) -> bool:
    """Whether a feed of the run is Scrapy's standard output one (``-o -``, ``stdout:``)."""
    return any(str(uri).startswith("stdout:") for uri in (settings.getdict("FEEDS") or {}))


def through_link(path: Path) -> Path:
    """The file a symbolic link names (``/dev/stdout`` redirected to a file: that file), else ``path``."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def local_path(uri: str) -> Path | None:
    """The local file a feed URI names (a plain path or ``file://``), or None (S3, stdout, ...)."""
    scheme = urlparse(uri).scheme
    if scheme == "file":
        return Path(file_uri_to_path(uri))
    if scheme == "" or (len(scheme) == 1 and os.name == "nt"):  # a Windows drive letter
        return Path(uri)
    return None
