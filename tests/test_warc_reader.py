"""The WARC reader (plain logic): pages out of records, every other record counted and skipped,
never fatal; the writer's files read back; the selection of hosts, dates and a limit."""
from __future__ import annotations

import gzip
import zlib
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import brotli
import pytest
from fastwarc.warc import WarcRecordType  # noqa: I001  (after the project's: a test dependency)

from newsspider.warc import request_record
from newsspider.warc.payload import PayloadError, PayloadTooLarge, dechunk, decoded_body
from newsspider.warc.reader import COUNTS, WarcReader
from newsspider.warc.selection import Selection, archive_paths
from newsspider.warc.writer import Exchange, RotatingWarcWriter, exchange_records, http_head, warc_record

HTML = "<html><head><title>T</title></head><body><p>Ünïcode page {n}</p></body></html>"
WHEN = datetime(2024, 7, 1, 12, 0, tzinfo=timezone.utc)


def exchange(n: int, *, url: str | None = None, status: str = "200 OK", content_type: str = "text/html; charset=utf-8",
             body: bytes | None = None, headers: tuple = (), when: datetime = WHEN, recorded: bytes | None = None) -> Exchange:
    body = HTML.format(n=n).encode() if body is None else body
    head = http_head(f"HTTP/1.1 {status}", [(b"Content-Type", content_type.encode()), *headers])
    return Exchange(url=url or f"https://www.example.com/{n}.html", fetched_at=when,
                    request_head=http_head(f"GET /{n}.html HTTP/1.1", [(b"Host", b"www.example.com")]),
                    response_head=head, response_body=body, request_record=recorded)


def write(path: Path, *parts: bytes) -> Path:
    path.write_bytes(b"".join(parts))
    return path


def read(*paths: Path, selection: Selection | None = None, max_body_bytes: int = 1 << 24):
    counts: Counter[str] = Counter()
    pages = list(WarcReader(selection or Selection(), counts, max_body_bytes=max_body_bytes).pages(paths))
    assert set(counts) <= set(COUNTS) | {"discovery_pages"}, set(counts) - set(COUNTS)
    return pages, counts


def test_html_responses_become_pages_with_url_headers_body_and_fetch_time(tmp_path):
    pages, counts = read(write(tmp_path / "a.warc.gz", exchange_records(exchange(1)), exchange_records(exchange(2))))
    assert [p.url for p in pages] == ["https://www.example.com/1.html", "https://www.example.com/2.html"]
    assert pages[0].body == HTML.format(n=1).encode()
    assert pages[0].fetched_at == "2024-07-01T12:00:00+00:00"
    assert (b"Content-Type", b"text/html; charset=utf-8") in pages[0].headers
    assert counts["pages"] == 2 and counts["records"] == 4 and counts["other_records"] == 2  # the request records


def test_the_request_record_newsspider_wrote_is_attached_to_its_page(tmp_path):
    recorded = request_record.encode("parse_article", {"source": "example", "hints": {"title": "Feed title"}})
    pages, _ = read(write(tmp_path / "a.warc.gz", exchange_records(exchange(1, recorded=recorded)),
                          exchange_records(exchange(2))))
    assert pages[0].request == {"callback": "parse_article", "cb_kwargs": {"source": "example", "hints": {"title": "Feed title"}}}
    assert pages[1].request is None


def test_non_html_non_200_revisit_and_other_records_are_counted_and_skipped(tmp_path):
    revisit = warc_record(WarcRecordType.revisit, WHEN, http_head("HTTP/1.1 200 OK", [(b"Content-Type", b"text/html")]),
                      "application/http; msgtype=response", [("WARC-Target-URI", "https://www.example.com/r.html"),
                                                             ("WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")])[1]
    resource = warc_record(WarcRecordType.resource, WHEN, b"<html></html>", "text/html",
                       [("WARC-Target-URI", "https://www.example.com/res.html")])[1]
    pages, counts = read(write(
        tmp_path / "a.warc.gz",
        exchange_records(exchange(1, content_type="application/rss+xml", body=b"<rss/>")),
        exchange_records(exchange(2, content_type="image/jpeg", body=b"\xff\xd8\xff")),
        exchange_records(exchange(3, status="301 Moved Permanently")),
        exchange_records(exchange(4, status="404 Not Found")),
        revisit, resource,
        exchange_records(exchange(5))))
    assert [p.url for p in pages] == ["https://www.example.com/5.html"]
    assert counts["not_html"] == 2 and counts["not_200"] == 2 and counts["revisit"] == 1
    assert counts["other_records"] == 4 + 1 + 1  # the requests of the skipped responses and of the page, the resource


def test_a_response_whose_address_names_no_host_is_counted_and_reading_goes_on(tmp_path):
    """An archive holds what a crawler was given: "http://[not-an-ip]/" made urlsplit raise, and
    the whole input stopped at that record."""
    path = write(tmp_path / "a.warc.gz", exchange_records(exchange(1, url="http://[not-an-ip/1.html")),
                 exchange_records(exchange(2, url="http:///2.html")), exchange_records(exchange(3)))
    for selection in (Selection(), Selection.from_arguments("example.com", None, None, None)):
        pages, counts = read(path, selection=selection)
        assert [p.url for p in pages] == ["https://www.example.com/3.html"]
        assert counts["bad_address"] == 2 and counts["pages"] == 1


def test_a_record_marked_truncated_and_a_file_cut_inside_a_record_are_counted(tmp_path):
    marked = warc_record(WarcRecordType.response, WHEN, http_head("HTTP/1.1 200 OK", [(b"Content-Type", b"text/html")])
                     + b"<html>part", "application/http; msgtype=response",
                     [("WARC-Target-URI", "https://www.example.com/t.html"), ("WARC-Truncated", "length")])[1]
    last = exchange_records(exchange(9, body=b"<html>" + b"x" * 50_000 + b"</html>"))
    member = _first_member(last)
    pages, counts = read(write(tmp_path / "a.warc.gz", exchange_records(exchange(1)), marked,
                               member[: len(member) // 2]))
    assert [p.url for p in pages] == ["https://www.example.com/1.html"]
    assert counts["truncated"] == 2


def test_a_corrupt_gzip_member_is_counted_once_and_reading_goes_on_at_the_next(tmp_path):
    bad = bytearray(exchange_records(exchange(2)))
    for i in range(40, 80):
        bad[i] ^= 0xFF
    path = write(tmp_path / "a.warc.gz", exchange_records(exchange(1)), bytes(bad), exchange_records(exchange(3)))
    pages, counts = read(path)
    assert [p.url.rsplit("/", 1)[1] for p in pages] == ["1.html", "3.html"]
    assert counts["corrupt"] == 1


def test_a_file_that_is_not_a_warc_or_cannot_be_opened_is_counted_never_fatal(tmp_path):
    pages, counts = read(write(tmp_path / "junk.warc.gz", gzip.compress(b"this is no WARC file\r\n" * 100)),
                         tmp_path / "missing.warc.gz", write(tmp_path / "ok.warc", _plain(exchange_records(exchange(1)))))
    assert [p.url for p in pages] == ["https://www.example.com/1.html"]
    assert counts["corrupt"] == 1 and counts["files_failed"] == 1 and counts["files"] == 2


def test_an_uncompressed_warc_is_read_and_resynchronised_on_the_next_header(tmp_path):
    text = _plain(exchange_records(exchange(1)))
    broken = _plain(exchange_records(exchange(2))).replace(b"Content-Length: ", b"Content-Lenght: ", 1)
    pages, counts = read(write(tmp_path / "a.warc", text, broken, _plain(exchange_records(exchange(3)))))
    assert [p.url.rsplit("/", 1)[1] for p in pages] == ["1.html", "3.html"]
    assert counts["corrupt"] + counts["truncated"] >= 1


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_content_encoded_and_chunked_bodies_are_decoded_as_a_client_decodes_them(tmp_path, encoding):
    body = HTML.format(n=7).encode()
    encoded = {"gzip": gzip.compress(body), "deflate": zlib.compress(body), "br": brotli.compress(body)}[encoding]
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(encoded[i:i + 100]), encoded[i:i + 100]) for i in range(0, len(encoded), 100))
    pages, _ = read(write(tmp_path / "a.warc.gz", exchange_records(exchange(
        7, body=chunked + b"0\r\n\r\n", headers=((b"Content-Encoding", encoding.encode()), (b"Transfer-Encoding", b"chunked"))))))
    assert pages[0].body == body
    assert not {name.lower() for name, _ in pages[0].headers} & {b"content-encoding", b"transfer-encoding"}


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_each_content_coding_refuses_a_body_past_the_cap_and_names_itself_in_a_broken_one(encoding):
    body = b"<html>" + b" " * 10_000
    encoded = {"gzip": gzip.compress(body), "deflate": zlib.compress(body), "br": brotli.compress(body)}[encoding]
    assert decoded_body(encoded, None, encoding, len(body)) == body
    with pytest.raises(PayloadTooLarge, match="decompressed body larger than 10005 bytes"):
        decoded_body(encoded, None, encoding, len(body) - 1)
    with pytest.raises(PayloadError, match={"gzip": "broken compressed body", "deflate": "broken compressed body",
                                            "br": "broken brotli body"}[encoding]):
        decoded_body(b"\xff not compressed", None, encoding, len(body))


def test_bodies_over_the_cap_and_undecodable_bodies_are_counted(tmp_path):
    bomb = gzip.compress(b"<html>" + b" " * 5_000_000)
    pages, counts = read(write(tmp_path / "a.warc.gz",
                               exchange_records(exchange(1, body=bomb, headers=((b"Content-Encoding", b"gzip"),))),
                               exchange_records(exchange(2, body=b"<html>" + b"y" * 3_000_000)),
                               exchange_records(exchange(3, body=b"not gzip", headers=((b"Content-Encoding", b"gzip"),))),
                               exchange_records(exchange(4, headers=((b"Content-Encoding", b"compress"),))),
                               exchange_records(exchange(5))), max_body_bytes=1_000_000)
    assert [p.url.rsplit("/", 1)[1] for p in pages] == ["5.html"]
    assert counts["too_large"] == 2 and counts["undecodable"] == 2


def test_without_a_size_cap_every_body_is_read(tmp_path):
    """DOWNLOAD_MAXSIZE=0 (no cap) is read as a cap of 2**62 bytes: no buffer of that size is asked for."""
    pages, counts = read(write(tmp_path / "a.warc.gz", exchange_records(exchange(1)), exchange_records(exchange(2))),
                         max_body_bytes=1 << 62)
    assert [p.body for p in pages] == [HTML.format(n=n).encode() for n in (1, 2)] and counts["pages"] == 2


def test_selection_by_domain_fetch_date_and_limit(tmp_path):
    path = write(tmp_path / "a.warc.gz",
                 exchange_records(exchange(1, url="https://news.example.com/1.html")),
                 exchange_records(exchange(2, url="https://other.org/2.html")),
                 exchange_records(exchange(3, url="https://example.com/3.html", when=datetime(2024, 6, 30, 23, tzinfo=timezone.utc))),
                 exchange_records(exchange(4, url="https://www.example.com/4.html", when=datetime(2024, 7, 31, 23, 59, tzinfo=timezone.utc))),
                 exchange_records(exchange(5, url="https://example.com/5.html", when=datetime(2024, 8, 1, tzinfo=timezone.utc))),
                 exchange_records(exchange(6, url="https://example.com/6.html")))
    selection = Selection.from_arguments("example.com", "2024-07-01", "2024-07-31", None)
    pages, counts = read(path, selection=selection)
    assert [p.url.rsplit("/", 1)[1] for p in pages] == ["1.html", "4.html", "6.html"]
    assert counts["outside_domains"] == 1 and counts["outside_dates"] == 2
    pages, counts = read(path, selection=Selection(limit=2))
    assert len(pages) == 2 and counts["pages"] == 2


@pytest.mark.parametrize("arguments, message", [
    ({"limit": "ten"}, "whole number"), ({"limit": "-1"}, "0 .no limit. or more"), ({"since": "yesterday"}, "ISO 8601"),
    ({"since": "2024-08-01", "until": "2024-07-01"}, "must come before"),
])
def test_bad_selection_arguments_say_what_is_wrong(arguments, message):
    with pytest.raises(ValueError, match=message):
        Selection.from_arguments(**arguments)


def test_archive_paths_expand_globs_directories_and_lists_and_name_what_is_missing(tmp_path):
    for name in ("b.warc.gz", "a.warc.gz", "c.warc", ".hidden.warc.gz.part"):
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in archive_paths(str(tmp_path))] == ["a.warc.gz", "b.warc.gz", "c.warc"]
    assert [p.name for p in archive_paths(f"{tmp_path}/*.warc.gz,{tmp_path}/c.warc")] == ["a.warc.gz", "b.warc.gz", "c.warc"]
    with pytest.raises(ValueError, match="no WARC file at"):
        archive_paths(f"{tmp_path}/nothing-*.warc.gz")


def test_the_writer_rotates_and_renames_complete_files_only(tmp_path):
    writer = RotatingWarcWriter(tmp_path, "out", max_bytes=3000, info={"software": "test"})
    for n in range(6):
        writer.write(exchange(n, body=("<html>%d" % n + " words" * 400 + "</html>").encode()))
    assert any(p.name.endswith(".part") for p in tmp_path.iterdir())  # the file being written is hidden
    writer.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [f"out-{i:05d}.warc.gz" for i in range(len(names))] and len(names) > 1
    pages, counts = read(*archive_paths(f"{tmp_path}/*.warc.gz"))
    assert [p.url.rsplit("/", 1)[1] for p in pages] == [f"{n}.html" for n in range(6)]
    assert counts["other_records"] == 6 + len(names)  # requests and one warcinfo per file


def test_payload_decoding_rejects_broken_framing():
    assert dechunk(b"3\r\nabc\r\n0\r\n\r\n") == b"abc"
    with pytest.raises(PayloadError):
        decoded_body(b"zz\r\nabc", "chunked", None, 100)


def _first_member(data: bytes) -> bytes:
    decompressor = zlib.decompressobj(31)
    decompressor.decompress(data)
    return data[: len(data) - len(decompressor.unused_data)]


def _plain(data: bytes) -> bytes:
    out, rest = b"", data
    while rest:
        decompressor = zlib.decompressobj(31)
        out += decompressor.decompress(rest)
        rest = decompressor.unused_data
    return out


def test_a_second_run_beside_the_same_output_numbers_its_warc_files_on_instead_of_replacing(tmp_path):
    """``-o out.jsonl`` run twice appends the articles but replaced out-00000.warc.gz: the first run's
    responses were gone. A file is never replaced: the next run's files take the next free numbers."""
    first = RotatingWarcWriter(tmp_path, "out", max_bytes=1 << 20, info={"software": "test"})
    first.write(exchange(1))
    first.close()
    second = RotatingWarcWriter(tmp_path, "out", max_bytes=1 << 20, info={"software": "test"})
    second.write(exchange(2))
    second.close()
    assert [p.name for p in first.written + second.written] == ["out-00000.warc.gz", "out-00001.warc.gz"]
    pages, _ = read(*archive_paths(f"{tmp_path}/*.warc.gz"))
    assert [p.url.rsplit("/", 1)[1] for p in pages] == ["1.html", "2.html"]


def test_a_failed_runs_part_file_is_kept_and_a_target_made_meanwhile_is_not_replaced(tmp_path):
    """The next run reopened a failed run's kept ``.out-00000.warc.gz.part`` with "wb": its records
    were gone. And completing replaced a file another run had completed under the same number."""
    kept = tmp_path / ".out-00000.warc.gz.part"
    kept.write_bytes(b"x" * 1000)  # the failed run's records
    writer = RotatingWarcWriter(tmp_path, "out", max_bytes=1 << 20, info={"software": "test"})
    writer.write(exchange(1))
    writer.close()
    assert kept.read_bytes() == b"x" * 1000
    assert [p.name for p in writer.written] == ["out-00001.warc.gz"]
    racing = RotatingWarcWriter(tmp_path, "out", max_bytes=1 << 20, info={"software": "test"})
    racing.write(exchange(2))
    (tmp_path / "out-00002.warc.gz").write_bytes(b"another run's")  # completed meanwhile
    with pytest.raises(FileExistsError):
        racing.close()
    assert (tmp_path / "out-00002.warc.gz").read_bytes() == b"another run's"
    assert (tmp_path / ".out-00002.warc.gz.part").stat().st_size > 0  # kept, not lost


def test_a_warc_file_is_completed_on_a_file_system_without_hard_links(tmp_path, monkeypatch):
    """vfat, exFAT and some network mounts refuse ``os.link``: the file is renamed instead."""
    def no_links(source, target):
        raise PermissionError(1, "Operation not permitted")
    monkeypatch.setattr("newsspider.warc.writer.os.link", no_links)
    writer = RotatingWarcWriter(tmp_path, "out", max_bytes=1 << 20, info={"software": "test"})
    writer.write(exchange(1))
    writer.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-00000.warc.gz"]
    assert [p.name for p in writer.written] == ["out-00000.warc.gz"]
