"""The output: the JSON lines exporter writes exactly what Scrapy's would, for articles and anything
else; the file storage shows a file only once it is complete."""
from __future__ import annotations

import dataclasses
import errno
import fcntl
import io
import json
import os
import re
import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from scrapy.exporters import CsvItemExporter, JsonItemExporter, JsonLinesItemExporter, XmlItemExporter
from scrapy.spiders import Spider
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.test import get_crawler

import newsspider.settings as project_settings
from newsspider.items import Article
from newsspider.output import (
    ARTICLE_FIELDS,
    OPTIONAL_ARTICLE_FIELDS,
    AtomicFileFeedStorage,
    JournalEntry,
    JsonExporter,
    JsonLinesExporter,
    OutputError,
    OutputFile,
    OutputJournal,
    partial_name,
    recover_outputs,
    through_link,
)
from tests.standard_output import standard_output_to


def article(**changes) -> Article:
    values = dict(id="0123456789abcdef", url="https://example.org/a?x=1", canonical_url="https://example.org/a",
                  source="example", title="Заголовок \"quoted\" ✓", authors=["A. Writer", "محمد"],
                  published="2024-05-01T08:00:00+00:00", modified=None, language="ru", direction="ltr",
                  text="Line one\nLine two with \u200c joiner and \\ backslash", description=None,
                  image="https://example.org/i.jpg", tags=[], site_name="Example News", fetched_at="2024-05-01T09:00:00+00:00",
                  simhash="00ff00ff00ff00ff", story_id="0123456789abcdef")
    values.update(changes)
    return Article(**values)


def export(exporter_class, items, **options) -> bytes:
    buffer = io.BytesIO()
    exporter = exporter_class(buffer, encoding="utf-8", **options)
    exporter.start_exporting()
    for item in items:
        exporter.export_item(item)
    exporter.finish_exporting()
    return buffer.getvalue()


def test_same_bytes_as_scrapys_exporter():
    """Scrapy's bytes for the fields every record has, then an optional field (comments) only when set."""
    items = [article(), article(title=None, authors=[], duplicate_of="fedcba9876543210", duplicate_kind="near"),
             {"not": "an article", "n": 1}]
    ours = export(JsonLinesExporter, items)
    assert ours == export(JsonLinesItemExporter, items[:2], fields_to_export=list(ARTICLE_FIELDS)) + export(
        JsonLinesItemExporter, items[2:])
    assert ours.count(b"\n") == 3 and "Заголовок".encode() in ours and b"comments" not in ours
    commented = [article(comments="First!\nA second comment.")]
    assert export(JsonLinesExporter, commented) == export(
        JsonLinesItemExporter, commented, fields_to_export=[*ARTICLE_FIELDS, *OPTIONAL_ARTICLE_FIELDS])


def test_a_record_holding_characters_its_encoding_lacks_is_written_with_json_escapes():
    """``FEED_EXPORT_ENCODING=latin-1`` (or ``ascii``): every article holding a character the codec
    lacks (Cyrillic, Arabic, a CJK headline) failed to encode, "article not written", in every run."""
    buffer = io.BytesIO()
    exporter = JsonLinesExporter(buffer, encoding="latin-1")
    exporter.export_item(article())
    exporter.export_item({"title": "café 議会"})
    lines = buffer.getvalue().decode("latin-1").splitlines()
    assert json.loads(lines[0])["title"] == "Заголовок \"quoted\" ✓"
    assert json.loads(lines[0])["authors"] == ["A. Writer", "محمد"]
    assert json.loads(lines[1]) == {"title": "café 議会"}


def test_a_json_feed_holding_characters_its_encoding_lacks_is_written_with_json_escapes():
    """The ``json`` format (one array) took Scrapy's exporter, raw: ``-O out.json -s
    FEED_EXPORT_ENCODING=latin-1`` lost every article with a Japanese or Cyrillic title ("article
    not written"), 2 of 3 in a run that exited 0."""
    exporter_class = load_object(project_settings.FEED_EXPORTERS["json"])
    buffer = io.BytesIO()
    exporter = exporter_class(buffer, encoding="latin-1")
    exporter.start_exporting()
    exporter.export_item(article())
    exporter.export_item({"title": "café 議会"})
    exporter.finish_exporting()
    records = json.loads(buffer.getvalue().decode("latin-1"))
    assert records[0]["title"] == "Заголовок \"quoted\" ✓" and records[1] == {"title": "café 議会"}
    assert export(exporter_class, [article()]) == export(JsonItemExporter, [article()])  # utf-8: Scrapy's bytes


def test_explicit_fields_take_scrapys_path():
    items = [article()]
    fields = ["id", "title"]
    ours = export(JsonLinesExporter, items, fields_to_export=fields)
    assert ours == export(JsonLinesItemExporter, items, fields_to_export=fields)
    assert ours.startswith(b'{"id": "0123456789abcdef", "title"') and b"text" not in ours


@pytest.mark.parametrize("replacement", ["file", "folder"])
def test_discarding_a_hidden_file_moved_away_leaves_what_took_its_name(tmp_path, replacement):
    """An unused ``-O`` file (no article; or the run's output failed) is discarded by removing its
    hidden name: moved away while open (a clean-up job) and another program's file made there, that
    file was deleted; a folder made there raised ``IsADirectoryError`` while the run closed."""
    storage = build_from_crawler(AtomicFileFeedStorage, get_crawler(), str(tmp_path / "out.jsonl"),
                                 feed_options={"overwrite": True})
    storage.open(Spider("news"))
    hidden = partial_name(tmp_path / "out.jsonl")
    os.replace(hidden, tmp_path / "swept.part")
    if replacement == "folder":
        hidden.mkdir()
    else:
        hidden.write_bytes(b"another program's\n")
    storage.discard()
    assert hidden.is_dir() if replacement == "folder" else hidden.read_bytes() == b"another program's\n"
    assert storage.stored and not (tmp_path / "out.jsonl").exists()


def test_storage_shows_the_file_only_once_complete_and_appends_in_place(tmp_path):
    crawler = get_crawler()
    target = tmp_path / "out" / "articles.jsonl"
    storage = build_from_crawler(AtomicFileFeedStorage, crawler, str(target), feed_options={"overwrite": True})
    handle = storage.open(Spider("news"))
    handle.write(b'{"id": "a"}\n')
    assert not target.exists() and (tmp_path / "out" / ".articles.jsonl.part").read_bytes() == b'{"id": "a"}\n'
    storage.store(handle)
    assert target.read_bytes() == b'{"id": "a"}\n' and not list(tmp_path.glob("out/.*.part"))
    appending = build_from_crawler(AtomicFileFeedStorage, crawler, str(target), feed_options={"overwrite": False})
    handle = appending.open(Spider("news"))
    handle.write(b'{"id": "b"}\n')
    appending.store(handle)
    assert target.read_bytes().count(b"\n") == 2



# --- an output file that never loses track of what reached it ---------------------------------------

class ShortWrites(io.FileIO):
    """A file whose writes take at most 5 bytes, then fail with ENOSPC after ``room`` bytes."""

    def __init__(self, path, room: int):
        super().__init__(path, "wb")
        self.room = room

    def write(self, data) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        part = bytes(data[:min(5, self.room)])
        self.room -= len(part)
        return super().write(part)


def test_output_file_finishes_short_writes_and_raises_on_a_full_disk_then_salvage_cuts_the_partial_line(tmp_path):
    path = tmp_path / "out.jsonl"
    output = OutputFile(ShortWrites(path, room=30), path)
    assert output.write(b'{"id": "a"}\n') == 12 and output.write(b'{"id": "b"}\n') == 12
    with pytest.raises(OutputError) as failure:
        output.write(b'{"id": "c"}\n')
    assert failure.value.errno == errno.ENOSPC and failure.value.describe().endswith("No space left on device")
    with pytest.raises(OutputError):
        output.write(b"more\n")  # once failed, always failed: nothing is silently dropped
    assert path.read_bytes() == b'{"id": "a"}\n{"id": "b"}\n{"id":'  # the cut line is on disk ...
    output.salvage()
    assert path.read_bytes() == b'{"id": "a"}\n{"id": "b"}\n' and output.committed == 24  # ... and gone


@pytest.mark.parametrize("appended", [False, True])
def test_after_a_failed_fsync_salvage_keeps_only_what_the_last_good_fsync_made_durable(tmp_path, monkeypatch, appended):
    """A disk that takes writes and then cannot store them (a full NFS share): the fsync fails once
    and the kernel may drop the pages it could not write, so a second fsync succeeding proves
    nothing. Salvage cut the file back to its complete writes only, keeping lines that are on no
    disk; and what the run recorded as emitted then was lost."""
    path = tmp_path / "out.jsonl"
    path.write_bytes(b'{"id": "earlier"}\n' if appended else b"")
    output = OutputFile(io.FileIO(path, "ab" if appended else "wb"), path, path.stat().st_size, appended=appended)
    output.write(b'{"id": "a"}\n')
    output.commit()
    output.write(b'{"id": "b"}\n')
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        monkeypatch.setattr(os, "fsync", real_fsync)  # reported once, as Linux does
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OutputError):
        output.commit()
    output.salvage()
    output.close()
    assert path.read_bytes() == (b'{"id": "earlier"}\n' if appended else b"") + b'{"id": "a"}\n'
    assert output.complete == output.committed == path.stat().st_size


DEAD_PID = 2 ** 22 + 1


def journal_of(tmp_path: Path) -> OutputJournal:
    return OutputJournal(tmp_path / "state" / "outputs")


def entry(target: Path, *, partial: bool = True, offset: int = 0, format: str = "jsonlines") -> JournalEntry:
    return JournalEntry(str(target), str(partial_name(target)) if partial else None, offset, format, False, "h", 1, "t")


class Seen:
    def __init__(self, ids=()):
        self.ids: list[str] = list(ids)

    def add(self, articles):
        self.ids += [article.id for article in articles]

    def forget(self, article_ids):
        article_ids = set(article_ids)
        self.ids = [i for i in self.ids if i not in article_ids]


def record(identifier: str) -> bytes:
    return (json.dumps({"id": identifier, "url": f"https://x.org/{identifier}",
                        "canonical_url": f"https://x.org/{identifier}", "modified": None}) + "\n").encode()


def test_recovery_keeps_a_killed_runs_complete_lines_and_records_them_as_emitted(tmp_path):
    journal, seen = journal_of(tmp_path), Seen()
    overwritten = tmp_path / "articles-1.jsonl"
    partial_name(overwritten).write_bytes(record("a") + record("b") + b'{"id": "c", "te')
    appended = tmp_path / "custom.jsonl"
    appended.write_bytes(record("old") + record("d") + b'{"id": "e"')  # the run appended from byte len(old)
    journal.begin(entry(overwritten))
    journal.begin(entry(appended, partial=False, offset=len(record("old"))))
    recovered = recover_outputs(journal, seen, abandoned=lambda e: True)
    assert sorted((path.name, n) for path, n in recovered) == [("articles-1.jsonl", 2), ("custom.jsonl", 1)]
    assert overwritten.read_bytes() == record("a") + record("b") and not partial_name(overwritten).exists()
    assert appended.read_bytes() == record("old") + record("d")
    assert sorted(seen.ids) == ["a", "b", "d"] and not list(journal.entries())


def test_recovery_drops_what_the_coming_run_overwrites_forgetting_its_articles_and_leaves_other_formats(tmp_path):
    journal, seen = journal_of(tmp_path), Seen(["old", "a"])  # the killed run committed "a" before the kill
    replaced, other = tmp_path / "out.jsonl", tmp_path / "out.json"
    partial_name(replaced).write_bytes(record("a"))
    partial_name(other).write_bytes(b'[{"id": "b"},')
    journal.begin(entry(replaced))
    journal.begin(entry(other, format="json"))
    assert recover_outputs(journal, seen, abandoned=lambda e: True, overwritten=[str(replaced)]) == []
    assert not partial_name(replaced).exists() and not replaced.exists()  # the coming run writes "a" again
    assert partial_name(other).exists() and seen.ids == ["old"] and not list(journal.entries())


def test_recovery_leaves_the_entries_it_is_told_are_alive(tmp_path):
    journal, seen = journal_of(tmp_path), Seen()
    target = tmp_path / "live.jsonl"
    partial_name(target).write_bytes(record("a"))
    journal.begin(entry(target))
    assert recover_outputs(journal, seen, abandoned=lambda e: False) == []
    assert partial_name(target).exists() and len(list(journal.entries())) == 1


def test_appending_to_a_file_that_ends_with_a_cut_line_starts_on_a_line_of_its_own(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_bytes(record("a") + b'{"id": "b", "te')
    storage = build_from_crawler(AtomicFileFeedStorage, get_crawler(settings_dict={"NEWSSPIDER_STATE_DIR": str(
        tmp_path / "state")}), str(target), feed_options={"overwrite": False, "format": "jsonlines"})
    handle = storage.open(Spider("news"))
    assert len(list(journal_of(tmp_path).entries())) == 1  # recorded while open
    handle.write(record("c"))
    storage.store(handle)
    assert target.read_bytes() == record("a") + record("c") and not list(journal_of(tmp_path).entries())
    assert storage.cut_article_ids == ["b"] and storage.cut_sources == [None]  # written again (FeedOutput),
    # its source not readable: every source's feeds are read in full
    assert [path.read_bytes() for path in tmp_path.glob("out.jsonl.cut-*")] == [b'{"id": "b", "te']  # kept aside


@pytest.mark.parametrize(("cut_line", "source"), [
    (b'{"id": "b", "url": "u", "canonical_url": "c", "source": "al\\"pha", "title": "T', 'al"pha'),
    (b'{"id":"b","url":"u","canonical_url":"c","source":"alpha"', "alpha"),
    (b'{"id": "b", "url": "u", "canonical_url": "c", "source": "alp', None),
    (b'{"id": "b", "url": "u \\"source\\": \\"x\\"", "canonical', None)])
def test_a_cut_line_names_its_source_when_the_cut_came_after_it(tmp_path, cut_line, source):
    target = tmp_path / "out.jsonl"
    target.write_bytes(record("a") + cut_line)
    storage = build_from_crawler(AtomicFileFeedStorage, get_crawler(), str(target),
                                 feed_options={"overwrite": False, "format": "jsonlines"})
    storage.store(storage.open(Spider("news")))
    assert storage.cut_article_ids == ["b"] and storage.cut_sources == [source]


def test_appending_to_a_file_whose_last_record_lacks_its_newline_keeps_the_record(tmp_path):
    """A JSON lines file written by another tool (pandas' ``to_json(lines=True)`` long ended its last
    line without a newline): its last record was deleted as a cut line."""
    target = tmp_path / "out.jsonl"
    target.write_bytes(record("a") + record("b").rstrip(b"\n"))
    storage = build_from_crawler(AtomicFileFeedStorage, get_crawler(), str(target),
                                 feed_options={"overwrite": False, "format": "jsonlines"})
    handle = storage.open(Spider("news"))
    handle.write(record("c"))
    storage.store(handle)
    assert target.read_bytes() == record("a") + record("b") + record("c")
    assert storage.cut_article_ids == [] and not list(tmp_path.glob("*.cut-*"))


def test_a_cut_last_line_that_cannot_be_kept_aside_stops_the_run_and_is_left_as_it_is(tmp_path, monkeypatch):
    target = tmp_path / "out.jsonl"
    target.write_bytes(record("a") + b'{"id": "b", "te')
    storage = build_from_crawler(AtomicFileFeedStorage, get_crawler(), str(target),
                                 feed_options={"overwrite": False, "format": "jsonlines"})
    monkeypatch.setattr("newsspider.output.quarantine_name", lambda path: tmp_path / "no-such-folder" / "x")
    with pytest.raises(OutputError, match="cut line that cannot be kept aside"):
        storage.open(Spider("news"))
    assert target.read_bytes() == record("a") + b'{"id": "b", "te'


# --- outputs that are not plain files -----------------------------------------------------------------

def test_the_file_written_through_a_symbolic_link_is_the_one_the_runs_other_files_go_beside(tmp_path):
    """``-o /dev/stdout:jsonlines > out.jsonl``: the run report and the stories export go beside
    out.jsonl, not into /dev (read-only there, the run exited 4 with every article written)."""
    real = tmp_path / "logs" / "out.jsonl"
    real.parent.mkdir()
    real.write_bytes(b"")
    link = tmp_path / "stdout"
    link.symlink_to(real)
    storage = build_from_crawler(AtomicFileFeedStorage, get_crawler(), str(link))
    handle = storage.open(Spider("news"))
    handle.write(record("a"))
    storage.store(handle)
    assert storage.written == real and real.read_bytes() == record("a")
    assert through_link(link) == real and through_link(real) == real


def test_overwriting_through_a_symbolic_link_replaces_the_file_it_names_not_the_link(tmp_path):
    real = tmp_path / "data" / "articles.jsonl"
    real.parent.mkdir()
    real.write_bytes(record("old"))
    link = tmp_path / "latest.jsonl"
    link.symlink_to(real)
    storage = build_from_crawler(AtomicFileFeedStorage, get_crawler(), str(link), feed_options={"overwrite": True})
    handle = storage.open(Spider("news"))
    handle.write(record("a"))
    storage.store(handle)
    assert link.is_symlink() and real.read_bytes() == record("a")
    assert not list(tmp_path.glob("**/.*.part"))


def test_a_named_pipe_is_written_as_a_stream_unjournaled_and_committed_without_fsync(tmp_path):
    pipe = tmp_path / "to-jq.jsonl"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    crawler = get_crawler(settings_dict={"NEWSSPIDER_STATE_DIR": str(tmp_path / "state")})
    storage = build_from_crawler(AtomicFileFeedStorage, crawler, str(pipe),
                                 feed_options={"overwrite": True, "format": "jsonlines"})
    handle = storage.open(Spider("news"))  # no seek, no hidden file beside it: both fail on a pipe
    assert storage.streamed and not list(journal_of(tmp_path).entries())
    handle.write(record("a"))
    storage.commit()  # fsync on a pipe is EINVAL: a stream has every byte once written
    storage.store(handle)
    reader.join(timeout=10)
    assert received == [record("a")] and pipe.is_fifo() and storage.in_place
    assert sorted(path.name for path in tmp_path.iterdir()) == ["to-jq.jsonl"]


def test_a_named_pipe_no_process_reads_stops_the_run_at_the_start_instead_of_hanging_it(tmp_path, monkeypatch):
    """Opening a pipe to write waits for a reader: with none (a cron run whose ``jq`` is not there)
    the run hung at its start, deaf to SIGTERM. It waits ``PIPE_READER_WAIT_SECONDS``, then fails."""
    monkeypatch.setattr("newsspider.output.PIPE_READER_WAIT_SECONDS", 0.3)
    pipe = tmp_path / "to-jq.jsonl"
    os.mkfifo(pipe)
    crawler = get_crawler(settings_dict={"NEWSSPIDER_STATE_DIR": str(tmp_path / "state")})
    storage = build_from_crawler(AtomicFileFeedStorage, crawler, str(pipe),
                                 feed_options={"overwrite": True, "format": "jsonlines"})
    outcome: list[Any] = []
    opener = threading.Thread(target=lambda: outcome.append(_raised(storage.open, Spider("news"))), daemon=True)
    opener.start()
    opener.join(timeout=10)
    assert isinstance(outcome[0], OutputError) and outcome[0].errno == errno.ENXIO, outcome
    assert outcome[0].describe() == f"cannot write {pipe}: no process reads the named pipe"
    received: list[bytes] = []  # a reader that comes within the wait is written to
    monkeypatch.setattr("newsspider.output.PIPE_READER_WAIT_SECONDS", 10)
    threading.Timer(0.3, lambda: received.append(pipe.read_bytes())).start()
    handle = storage.open(Spider("news"))
    handle.write(record("a") * 20000)  # more than the pipe holds: written whole, waiting on the reader
    storage.store(handle)
    deadline = time.monotonic() + 10
    while not received and time.monotonic() < deadline:
        time.sleep(0.05)
    assert received == [record("a") * 20000]


def _raised(function, *args) -> Any:
    try:
        return function(*args)
    except Exception as exc:
        return exc


def test_recovery_never_reads_a_journaled_output_that_is_not_a_file(tmp_path):
    """An entry naming a device (``-o /dev/full`` journaled by an older release) was read back line by
    line: endless bytes without a newline, every later run out of memory. It is dropped unread."""
    journal, seen = journal_of(tmp_path), Seen()
    device = tmp_path / "device"
    with socket.socket(socket.AF_UNIX) as listener:  # a path that is not a file and reads nothing
        listener.bind(str(device))
        journal.begin(entry(device, partial=False))
        assert recover_outputs(journal, seen, abandoned=lambda e: True) == []
    assert seen.ids == [] and not list(journal.entries())


def test_appending_to_a_large_file_with_a_cut_line_finds_its_last_newline_without_reading_it_whole(tmp_path):
    import tracemalloc

    target = tmp_path / "year.jsonl"
    with target.open("wb") as handle:
        for _ in range(30):
            handle.write(record("x" * 16) * 20_000)  # ~ 30 x 2 MB of complete lines
        handle.write(b'{"id": "cut' + b"y" * 200_000)  # a cut last line longer than a read chunk
    complete = target.stat().st_size - len(b'{"id": "cut') - 200_000
    storage = build_from_crawler(AtomicFileFeedStorage, get_crawler(), str(target),
                                 feed_options={"overwrite": False, "format": "jsonlines"})
    tracemalloc.start()
    try:
        handle = storage.open(Spider("news"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert target.stat().st_size == complete and peak < 4 * 2**20, peak
    handle.write(record("c"))
    storage.store(handle)
    assert target.read_bytes().endswith(record("x" * 16) + record("c"))


def test_recovery_does_not_record_a_stored_file_the_coming_run_overwrites(tmp_path):
    """A file in place still in the journal (its run's state failed before recording it, or a killed
    ``-o`` run) that the coming run overwrites (``-O`` the same file): recording its articles as
    emitted would lose them with the overwritten file; they are forgotten and written again."""
    journal, seen = journal_of(tmp_path), Seen(["a"])
    target = tmp_path / "out.jsonl"
    target.write_bytes(record("a") + record("b"))
    journal.begin(entry(target, partial=False))
    assert recover_outputs(journal, seen, abandoned=lambda e: True, overwritten=[str(target)]) == []
    assert seen.ids == [] and target.read_bytes() == record("a") + record("b") and not list(journal.entries())


def test_recovery_gives_up_a_file_it_cannot_put_in_place_forgetting_its_articles(tmp_path):
    """One unfinishable file (its target is now a folder) must not stop every later run: it is left as
    it is, its articles forgotten (the coming run writes them), and its entry dropped."""
    journal, seen = journal_of(tmp_path), Seen(["a", "old"])
    target = tmp_path / "out.jsonl"
    target.mkdir()
    partial_name(target).write_bytes(record("a") + b'{"id": "b"')
    journal.begin(entry(target))
    assert recover_outputs(journal, seen, abandoned=lambda e: True) == []
    assert seen.ids == ["old"] and partial_name(target).exists() and not list(journal.entries())


def opened_storage(tmp_path: Path, target: Path, *, overwrite: bool) -> tuple[AtomicFileFeedStorage, Any]:
    crawler = get_crawler(settings_dict={"NEWSSPIDER_STATE_DIR": str(tmp_path / "state")})
    storage = build_from_crawler(AtomicFileFeedStorage, crawler, str(target),
                                 feed_options={"overwrite": overwrite, "format": "jsonlines"})
    return storage, storage.open(Spider("news"))


def test_recovery_leaves_another_runs_file_under_the_name_of_a_hidden_file_deleted_mid_run(tmp_path):
    """A run's ``.part`` deleted under it (its entry stays): the target under that name is the earlier
    run's finished file. Recovery took it for the lost one and forgot its articles (the coming ``-O``
    run wrote them again), or cut it; now it tells the two apart by the file's identity."""
    journal, seen = journal_of(tmp_path), Seen(["a", "b", "c"])
    target = tmp_path / "out.jsonl"
    target.write_bytes(record("a") + record("b"))  # the earlier run's file, read by a consumer
    storage, handle = opened_storage(tmp_path, target, overwrite=True)
    handle.write(record("c"))
    storage.commit()
    partial_name(target).unlink()  # a clean-up job; the run is then killed
    assert recover_outputs(journal, seen, abandoned=lambda e: True, overwritten=[str(target)]) == []
    assert seen.ids == ["a", "b", "c"] and target.read_bytes() == record("a") + record("b")
    assert not list(journal.entries())


def test_recovery_leaves_a_file_created_again_under_an_appended_outputs_name_uncut(tmp_path):
    """A killed ``-o`` run's file deleted and created again, shorter than where the run started: it was
    cut to that offset (extended with NUL bytes), or its lines taken for the killed run's."""
    journal, seen = journal_of(tmp_path), Seen()
    target = tmp_path / "out.jsonl"
    target.write_bytes(record("old") * 3)
    storage, handle = opened_storage(tmp_path, target, overwrite=False)
    handle.write(record("a"))
    storage.commit()
    target.unlink()
    target.write_bytes(record("new") + b'{"id": "cut')  # another writer's file, not the run's
    assert recover_outputs(journal, seen, abandoned=lambda e: True) == []
    assert target.read_bytes() == record("new") + b'{"id": "cut' and seen.ids == []


def test_recovery_finishes_the_file_the_killed_run_put_in_place(tmp_path):
    """The identity follows the file through its rename: a ``-O`` file put in place whose articles
    the state could not record is still the run's, and recorded by the next."""
    journal, seen = journal_of(tmp_path), Seen()
    target = tmp_path / "out.jsonl"
    storage, handle = opened_storage(tmp_path, target, overwrite=True)
    storage.keep_journal = True
    handle.write(record("a"))
    storage.store(handle)
    assert recover_outputs(journal, seen, abandoned=lambda e: True) == [(target, 1)] and seen.ids == ["a"]


def test_recovering_a_dead_writers_appended_file_leaves_a_live_writers_lines_in_it(tmp_path):
    """Two workers of one host append to one ``-o`` file; one is killed mid-line and the other's next
    line joins its cut one. Recovery cut the file at that line, across the live worker's lines (its
    committed "d" gone); the live worker then appended past the cut. A file another process still
    appends to is now never cut: its valid lines are recorded, the live writer's included."""
    journal, seen = journal_of(tmp_path), Seen()
    target = tmp_path / "out.jsonl"
    target.write_bytes(record("old"))
    dead, dead_handle = opened_storage(tmp_path, target, overwrite=False)
    dead_handle.write(record("a"))
    live, live_handle = opened_storage(tmp_path, target, overwrite=False)
    live_handle.write(record("b"))
    dead_handle.write(b'{"id": "cut')
    dead.file.close()  # killed: its descriptor (and any lock on it) is gone, its entry stays
    live_handle.write(record("c"))
    live_handle.write(record("d"))
    live.commit()
    recover_outputs(journal, seen, abandoned=lambda e: e.offset == len(record("old")))
    assert target.read_bytes() == record("old") + record("a") + record("b") + b'{"id": "cut' + record("c") + record("d")
    assert sorted(seen.ids) == ["a", "b", "d"] and len(list(journal.entries())) == 1
    live_handle.write(record("e"))
    live.store(live_handle)
    assert target.read_bytes().endswith(record("d") + record("e")) and not list(journal.entries())


def test_a_second_writer_appending_to_a_file_leaves_the_first_ones_unfinished_line_alone(tmp_path):
    """Opening ``-o`` cuts a last line without its newline (a run killed before journals existed),
    but only when no other process appends to the file: a live writer's line is its own."""
    target = tmp_path / "out.jsonl"
    first, first_handle = opened_storage(tmp_path, target, overwrite=False)
    first_handle.write(record("a") + b'{"id": "b"')
    second, second_handle = opened_storage(tmp_path, target, overwrite=False)
    assert target.read_bytes() == record("a") + b'{"id": "b"'
    first_handle.write(b"}\n")
    second_handle.write(record("c"))
    first.store(first_handle)
    second.store(second_handle)
    assert [json.loads(line)["id"] for line in target.read_bytes().splitlines()] == ["a", "b", "c"]


def fail_writes_part_way(storage: AtomicFileFeedStorage) -> None:
    """Make the storage's next writes reach the disk 5 bytes in, then fail as on a full disk."""
    assert storage.file is not None
    write = storage.file.raw.write

    def fails_part_way(data):
        write(bytes(data[:5]))
        raise OSError(errno.ENOSPC, "No space left on device")

    storage.file.raw.write = fails_part_way  # type: ignore[method-assign]


def test_a_failed_write_to_a_shared_appended_file_cuts_only_its_own_line_not_another_writers_lines(tmp_path):
    """Two writers append to one ``-o`` file; the first one's write fails (a full disk): its salvage cut
    the file back to its own byte count, deleting the lines the second had written and committed."""
    target = tmp_path / "out.jsonl"
    first, first_handle = opened_storage(tmp_path, target, overwrite=False)
    second, second_handle = opened_storage(tmp_path, target, overwrite=False)
    first_handle.write(record("a"))
    second_handle.write(record("b") + record("c"))
    second.commit()
    fail_writes_part_way(first)
    with pytest.raises(OutputError):
        first_handle.write(record("d"))
    first.salvage()  # the second writer is still live: its lines, and the cut one, stay
    assert target.read_bytes() == record("a") + record("b") + record("c") + record("d")[:5]
    second.store(second_handle)
    reopened, handle = opened_storage(tmp_path, target, overwrite=False)  # the next run, alone, repairs it
    reopened.store(handle)
    assert target.read_bytes() == record("a") + record("b") + record("c")


def test_a_failed_write_to_an_appended_file_no_one_else_writes_cuts_its_line(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_bytes(record("earlier"))
    storage, handle = opened_storage(tmp_path, target, overwrite=False)
    handle.write(record("a"))
    fail_writes_part_way(storage)
    with pytest.raises(OutputError):
        handle.write(record("b"))
    storage.salvage()
    assert target.read_bytes() == record("earlier") + record("a")


def test_recovery_forgets_what_a_killed_run_recorded_in_a_file_now_gone_also_where_another_file_holds_it(tmp_path):
    """A killed run's hidden file deleted before the next run: the articles it had recorded as
    emitted stayed recorded, and no run wrote them again. The journal entry now notes them; an
    article also on a recovered file of the run is forgotten too, whichever entry comes first."""
    journal, seen = journal_of(tmp_path), Seen(["old", "a", "b"])
    kept, gone = tmp_path / "kept.jsonl", tmp_path / "gone.jsonl"
    gone_storage, gone_handle = opened_storage(tmp_path, gone, overwrite=True)  # its entry comes first
    kept_storage, kept_handle = opened_storage(tmp_path, kept, overwrite=True)
    kept_handle.write(record("a"))
    gone_handle.write(record("a") + record("b"))
    for storage, ids in ((kept_storage, ["a"]), (gone_storage, ["a", "b"])):
        storage.commit()
        storage.note_committed(ids)
        storage.file.close()  # killed
    partial_name(gone).unlink()
    assert recover_outputs(journal, seen, abandoned=lambda e: True) == [(kept, 1)]
    assert seen.ids == ["old"] and kept.read_bytes() == record("a") and not list(journal.entries())
    assert not list(journal.directory.iterdir())  # the notes go with their entries


def test_a_second_process_overwriting_the_same_file_is_refused_while_the_first_writes_it(tmp_path):
    """Two processes on one host given ``-O out.jsonl`` (two workers, two state directories) wrote
    one hidden ``.part``: the second's open truncated the first's lines, and both wrote at their own
    offsets over each other. The second is now refused, before it writes anything. (A storage of this
    process would be one file named twice: the other process here is its hidden file, open and locked.)"""
    target = tmp_path / "out.jsonl"
    with open(partial_name(target), "wb") as other:
        fcntl.flock(other.fileno(), fcntl.LOCK_EX)
        other.write(record("a"))
        other.flush()
        with pytest.raises(OutputError, match="another process is writing it"):
            opened_storage(tmp_path, target, overwrite=True)
        assert partial_name(target).read_bytes() == record("a")
    second, second_handle = opened_storage(tmp_path, target, overwrite=True)  # once it is done, a new run overwrites
    second_handle.write(record("b"))
    second.store(second_handle)
    assert target.read_bytes() == record("b")


@pytest.mark.parametrize("overwrite", [True, False])
def test_one_file_opened_twice_by_one_run_is_refused_as_named_twice_not_as_another_processes(tmp_path, overwrite):
    """Two outputs of one run naming one file under names only the run gives (``-O %(name)s.jsonl -O
    news.jsonl``, the settings check cannot see them): appended, every article went in twice; overwritten,
    the second was refused as if another process were writing the file. Once the first is stored, the
    file may be opened again."""
    target = tmp_path / "news.jsonl"
    crawler = get_crawler(settings_dict={"NEWSSPIDER_STATE_DIR": str(tmp_path / "state")})

    def opened(path: Path) -> tuple[AtomicFileFeedStorage, Any]:
        storage = build_from_crawler(AtomicFileFeedStorage, crawler, str(path),
                                     feed_options={"overwrite": overwrite, "format": "jsonlines"})
        return storage, storage.open(Spider("news"))
    first, first_handle = opened(target)
    with pytest.raises(OutputError, match=f"{re.escape(str(target))} is the same file: one file named twice") as raised:
        opened(tmp_path / "sub" / ".." / "news.jsonl")
    assert raised.value.describe().startswith(f"cannot write {tmp_path}/sub/../news.jsonl: {target} is the same file")
    first_handle.write(record("a"))
    first.store(first_handle)
    again, again_handle = opened(target)
    again_handle.write(record("b"))
    again.store(again_handle)
    assert target.read_bytes() == (record("b") if overwrite else record("a") + record("b"))


@pytest.mark.parametrize(("first", "second", "says"), [
    ("news.jsonl", "news.stories.jsonl", "it is the story export of output {dir}/news.jsonl"),
    ("news.stories.jsonl", "news.jsonl", "its story export is output {dir}/news.stories.jsonl"),
    ("news.jsonl", "news.report.json", "it is the run report of output {dir}/news.jsonl"),
    ("articles.jsonl", "stories.html", "it is the story report of output {dir}/articles.jsonl"),
])
def test_an_output_the_run_names_as_another_ones_side_file_is_refused_when_opened(tmp_path, first, second, says):
    """``-O %(name)s.jsonl -O news.stories.jsonl``: the settings check cannot see the names the run
    gives; the story export written beside ``news.jsonl`` at the end replaced the other output's
    articles. Refused when the second is opened, in either order; not when that side file is off."""
    on = {"NEWSSPIDER_RUN_REPORT": True, "NEWSSPIDER_STORY_EXPORT": True, "NEWSSPIDER_STORY_REPORT": True}

    def opened(crawler: Any, name: str) -> AtomicFileFeedStorage:
        storage = build_from_crawler(AtomicFileFeedStorage, crawler, str(tmp_path / name),
                                     feed_options={"overwrite": True, "format": "jsonlines"})
        storage.open(Spider("news"))
        return storage
    crawler = get_crawler(settings_dict=on)
    open_first = opened(crawler, first)  # kept: a storage dropped unstored is forgotten with it
    with pytest.raises(OutputError, match=re.escape(f"{says.format(dir=tmp_path)}, written beside it after the "
                                                    "articles (name the output otherwise)")):
        opened(crawler, second)
    assert not partial_name(tmp_path / second).exists()
    open_first.discard()
    off = get_crawler(settings_dict={name: False for name in on})
    open_first = opened(off, first)
    opened(off, second).discard()


@pytest.mark.parametrize(("redirected_to", "refused"), [("news.stories.jsonl", True), ("log.txt", False)])
def test_an_output_the_run_names_whose_side_file_is_the_redirected_standard_output_is_refused_when_opened(
        tmp_path, redirected_to, refused):
    """``-O %(name)s.jsonl -o - > news.stories.jsonl``: the settings check cannot see the name the run
    gives; the story export written beside ``news.jsonl`` at the end replaced the file the standard
    output feed had written. Refused when ``news.jsonl`` is opened; standard output elsewhere passes."""
    crawler = get_crawler(settings_dict={"NEWSSPIDER_STORY_EXPORT": True,
                                         "FEEDS": {"stdout:": {"format": "jsonlines"},
                                                   str(tmp_path / "%(name)s.jsonl"): {"format": "jsonlines"}}})
    storage = build_from_crawler(AtomicFileFeedStorage, crawler, str(tmp_path / "news.jsonl"),
                                 feed_options={"overwrite": True, "format": "jsonlines"})
    with standard_output_to(tmp_path / redirected_to):
        if refused:
            with pytest.raises(OutputError, match=re.escape("its story export is the run's standard output "
                                                            "(-o -), written beside it after the articles")):
                storage.open(Spider("news"))
            assert not partial_name(tmp_path / "news.jsonl").exists()
        else:
            storage.open(Spider("news"))
            storage.discard()


def test_the_outputs_of_two_crawls_in_one_process_do_not_meet(tmp_path):
    """Each crawl's outputs know only each other (through its own signals): a file one crawl
    appends to may be appended to by another crawl of the process, as by another process."""
    target = tmp_path / "news.jsonl"
    storages = [build_from_crawler(AtomicFileFeedStorage, get_crawler(), str(target), feed_options={"overwrite": False})
                for _ in range(2)]
    handles = [storage.open(Spider("news")) for storage in storages]
    for storage, handle, name in zip(storages, handles, "ab", strict=True):
        handle.write(record(name))
        storage.store(handle)
    assert target.read_bytes() == record("a") + record("b")


def test_recovery_leaves_a_hidden_file_a_live_process_took_over_and_forgets_the_dead_runs_articles(tmp_path):
    """A dead worker's ``.part`` that another live one reopened (and truncated) is no longer the dead
    one's: recovery renamed it into place under the live writer (whose own store then failed)."""
    journal, seen = journal_of(tmp_path), Seen(["a", "old"])
    target = tmp_path / "out.jsonl"
    partial_name(target).write_bytes(record("a"))
    found = os.stat(partial_name(target))
    dead = dataclasses.replace(entry(target), pid=DEAD_PID, device=found.st_dev, inode=found.st_ino)
    journal.note(journal.begin(dead), ["a"])
    live, live_handle = opened_storage(tmp_path, target, overwrite=True)
    live_handle.write(record("b"))
    assert recover_outputs(journal, seen, abandoned=lambda e: e.pid == DEAD_PID) == []
    assert not target.exists() and seen.ids == ["old"] and len(list(journal.entries())) == 1
    live.store(live_handle)
    assert target.read_bytes() == record("b")


def test_recovery_keeps_recorded_what_a_file_put_in_place_held_when_its_consumer_took_it_away(tmp_path):
    """Only a hidden file's notes are used: a file put in place (its entry kept because the state
    failed) and then moved away by its consumer was delivered; its articles are not written again."""
    journal, seen = journal_of(tmp_path), Seen(["a"])
    target = tmp_path / "out.jsonl"
    storage, handle = opened_storage(tmp_path, target, overwrite=True)
    storage.keep_journal = True
    handle.write(record("a"))
    storage.commit()
    storage.note_committed(["a"])
    storage.store(handle)
    target.rename(tmp_path / "consumed.jsonl")
    assert recover_outputs(journal, seen, abandoned=lambda e: True) == []
    assert seen.ids == ["a"] and not list(journal.directory.iterdir())


def test_appending_to_a_file_a_consumer_holds_locked_does_not_hang_the_run(tmp_path, caplog):
    """``flock out.jsonl some-consumer`` holds an exclusive lock: the run appends without one, in a
    second, instead of waiting for the consumer."""
    target = tmp_path / "out.jsonl"
    target.write_bytes(record("a"))
    with target.open("rb") as consumer:
        fcntl.flock(consumer.fileno(), fcntl.LOCK_EX)
        began = time.monotonic()
        storage, handle = opened_storage(tmp_path, target, overwrite=False)
        assert time.monotonic() - began < 5 and "appending without a lock" in caplog.text
        handle.write(record("b"))
        storage.store(handle)
    assert target.read_bytes() == record("a") + record("b")


def test_a_default_file_name_taken_by_an_earlier_run_is_not_reused(tmp_path, monkeypatch):
    """The default feed (``output/articles-%(utc)s.jsonl``, overwritten) named by the second: a run
    starting in the second of an earlier run's file (the clock set back, or two short runs) wrote
    over it, and the earlier run's articles, recorded as emitted, were gone."""
    from newsspider import output

    class Frozen(output.datetime):  # type: ignore[misc, valid-type]
        @classmethod
        def now(cls, tz=None):
            return output.datetime(2026, 11, 21, 14, 30, 0, tzinfo=tz)

    monkeypatch.setattr(output, "datetime", Frozen)
    template = str(tmp_path / "articles-%(utc)s.jsonl")
    spider = Spider("news")
    spider.crawler = get_crawler(settings_dict={"FEEDS": {template: {"format": "jsonlines"},
                                                           "s3://bucket/%(utc)s.jsonl": {"format": "jsonlines"}}})
    assert output.uri_params({}, spider)["utc"] == "20261121T143000Z"
    (tmp_path / "articles-20261121T143000Z.jsonl").write_text("earlier run\n")
    (tmp_path / "articles-20261121T143000Z-2.jsonl").write_text("another\n")
    assert output.uri_params({}, spider)["utc"] == "20261121T143000Z-3"


def test_a_field_one_pipeline_hands_another_is_in_no_record():
    item = article(label_links=(("Soma pia Reli mpya", "Soma pia"),))
    assert b"label_links" not in export(JsonLinesExporter, [item]) and "label_links" not in ARTICLE_FIELDS


@pytest.mark.parametrize("exporter_class", [JsonExporter, CsvItemExporter, XmlItemExporter, JsonItemExporter,
                                            JsonLinesItemExporter])
def test_the_internal_label_links_leak_into_no_exporter_of_scrapys(exporter_class):
    """``-o x.csv``, ``-o x.xml``, ``-o x.json`` take Scrapy's generic path (the item's fields through an
    ``ItemAdapter``): the pipelines' label + link lines are no field of the record, so no column, element or
    key; the pipelines still read them off the item."""
    item = article(label_links=(("Soma pia Reli mpya", "Soma pia"),))
    assert b"label_links" not in export(exporter_class, [item]) and b"Soma pia" not in export(exporter_class, [item])
    assert "label_links" not in dataclasses.asdict(item) and item.label_links == (("Soma pia Reli mpya", "Soma pia"),)
