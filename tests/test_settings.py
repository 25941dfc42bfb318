import os
import re
from pathlib import Path

import pytest
from scrapy.settings import Settings

import newsspider.settings as project_settings
from newsspider.output import STANDARD_OUTPUT, local_feed_files, written_feeds
from newsspider.settings_check import SettingsError, check_settings
from tests.standard_output import standard_output_to

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def project() -> Settings:
    settings = Settings()
    settings.setmodule(project_settings)
    return settings


def test_crawl_opens_no_listening_socket_by_default():
    settings = project()
    assert settings.getbool("TELNETCONSOLE_ENABLED") is False
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False


def test_defaults_are_polite_to_news_sites():
    settings = project()
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 8
    assert "newsspider" in settings.get("USER_AGENT")


def test_every_project_setting_is_documented_in_the_readme():
    # The story thresholds are documented as one row (NEWSSPIDER_STORIES_<FIELD>, see StoryConfig).
    names = [name for name in vars(project_settings) if name.startswith("NEWSSPIDER_")]
    undocumented = [name for name in names if name not in README
                    and not (name.startswith("NEWSSPIDER_STORIES_") and "NEWSSPIDER_STORIES_<FIELD>" in README)]
    assert not undocumented


def check(**values) -> None:
    settings = project()
    for name, value in values.items():
        settings.set(name, value, priority="cmdline")
    check_settings(settings)


def test_the_project_defaults_pass_the_settings_check():
    check()
    check(NEWSSPIDER_WORKERS="2", NEWSSPIDER_REEMIT_ALL="True", NEWSSPIDER_STORIES_WINDOW_DAYS="3.5",
          NEWSSPIDER_EXTRACT_SECOND_PASS="never", NEWSSPIDER_MAX_AGE_DAYS="0")
    check(CLOSESPIDER_TIMEOUT="0.5", DOWNLOAD_DELAY="1.5", ROBOTSTXT_OBEY="false", LOG_LEVEL="WARNING",
          FEED_EXPORT_ENCODING="latin-1",
          FEEDS='{"out.jsonl": {"format": "jsonlines", "encoding": "utf-8"}}', RETRY_PRIORITY_ADJUST="-1", LOG_LEVEL_NAME_UNKNOWN_TO_SCRAPY="x")
    # whole-number defaults Scrapy reads as seconds, and one it reads as True or False
    check(DOWNLOAD_TIMEOUT="7.5", DNS_TIMEOUT="2.5", DOWNLOAD_DELAY="0.5", TELNETCONSOLE_ENABLED="False")


@pytest.mark.parametrize(("values", "message"), [
    ({"NEWSSPIDER_EXTRACT_SECOND_PASS": "sometimes"}, "NEWSSPIDER_EXTRACT_SECOND_PASS='sometimes': expected one of"),
    ({"NEWSSPIDER_STORIES_WINDOW_DAYS": "abc"}, "NEWSSPIDER_STORIES_WINDOW_DAYS='abc': expected a number"),
    ({"NEWSSPIDER_STORIES_WINDOW_DAYS": "0"}, "expected a number above 0"),
    ({"NEWSSPIDER_WORKERS": "1.5"}, "NEWSSPIDER_WORKERS='1.5': expected a whole number"),
    ({"NEWSSPIDER_QUIET": "sometimes"}, "NEWSSPIDER_QUIET='sometimes': expected True or False"),
    ({"NEWSSPIDER_MAX_ARTICLES_PER_SOURCE": "-1"}, "expected a number of at least 0"),
    ({"NEWSSPIDER_BOILERPLATE_MIN_SHARE": "30"}, "expected a share from 0 to 1"),
    ({"NEWSSPIDER_REEMIT": "True"}, "NEWSSPIDER_REEMIT is not a newsspider setting (did you mean NEWSSPIDER_REEMIT_"),
    ({"NEWSSPIDER_STORIES_BACKEND": "e6"}, "NEWSSPIDER_STORIES_BACKEND='e6': unknown embedding backend"),
    ({"DOWNLOAD_DELAY": "fast"}, "DOWNLOAD_DELAY='fast': expected a number"),
    ({"CONCURRENT_REQUESTS": "many"}, "CONCURRENT_REQUESTS='many': expected a whole number"),
    # passed the check, then Scrapy's getint failed to start the crawl (status 1, a traceback)
    ({"CONCURRENT_REQUESTS": "1.5"}, "CONCURRENT_REQUESTS='1.5': expected a whole number"),
    ({"RETRY_TIMES": "2.0"}, "RETRY_TIMES='2.0': expected a whole number"),
    ({"DOWNLOAD_MAXSIZE": "1e6"}, "DOWNLOAD_MAXSIZE='1e6': expected a whole number"),
    ({"TELNETCONSOLE_ENABLED": "perhaps"}, "TELNETCONSOLE_ENABLED='perhaps': expected True or False"),
    ({"COOKIES_ENABLED": "sometimes"}, "COOKIES_ENABLED='sometimes': expected True or False"),
    ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL='LOUD': expected one of CRITICAL, ERROR, WARNING, INFO, DEBUG"),
    ({"FEED_EXPORT_ENCODING": "no-such-codec"}, "FEED_EXPORT_ENCODING='no-such-codec': unknown encoding"),
    ({"FEEDS": '{"out.jsonl": {"format": "jsonlines", "encoding": "nope"}}'},
     "FEEDS['out.jsonl']['encoding']='nope': unknown encoding"),
    # each record encoded alone: a byte order mark began every line (utf-8-sig, utf-16), or a newline
    # was no b"\n" (utf-16, utf-32, EBCDIC): a file jq and pandas refuse, exit 0
    ({"FEEDS": '{"out.jsonl": {"format": "jsonlines", "encoding": "utf-8-sig"}}'},
     "FEEDS['out.jsonl']['encoding']='utf-8-sig': a JSON feed needs an encoding that writes ASCII as ASCII, "
     "with no byte order mark (utf-8, latin-1, ...)"),
    ({"FEEDS": '{"out.json": {"format": "json"}}', "FEED_EXPORT_ENCODING": "utf-16"},
     "FEED_EXPORT_ENCODING='utf-16': a JSON feed needs an encoding"),
    ({"FEEDS": '{"out.jsonl": {"format": "jsonlines", "encoding": "cp500"}}'}, "='cp500': a JSON feed needs"),
    # ASCII but for a few characters: utf-7 wrote every "+00:00" of a date as "+-00:00", hz every "~" as "~~"
    ({"FEED_EXPORT_ENCODING": "utf-7", "FEEDS": '{"out.jsonl": {"format": "jsonlines"}}'}, "='utf-7': a JSON feed needs"),
    ({"FEEDS": '{"out.json": {"format": "json", "encoding": "hz"}}'}, "='hz': a JSON feed needs"),
    # no text encoding: every record failed (csv: a traceback at the start, status 4; JSON: the check's, status 1)
    ({"FEEDS": '{"out.jsonl": {"format": "jsonlines", "encoding": "base64"}}'},
     "FEEDS['out.jsonl']['encoding']='base64': unknown encoding"),
    ({"FEED_EXPORT_ENCODING": "rot13"}, "FEED_EXPORT_ENCODING='rot13': unknown encoding"),
])
def test_a_bad_setting_is_named_with_what_it_expects(values, message):
    with pytest.raises(SettingsError, match=re.escape(message)):
        check(**values)


def test_an_encoding_writing_a_byte_order_mark_is_left_to_the_formats_that_write_it_once():
    check(FEEDS='{"out.csv": {"format": "csv", "encoding": "utf-8-sig"}, "out.jsonl": {"format": "jsonlines"}}',
          FEED_EXPORT_ENCODING="latin-1")


@pytest.mark.parametrize("feeds", [
    {"out.jsonl": {}, "./out.jsonl": {}},                               # -o out.jsonl -o ./out.jsonl
    {"out.jsonl": {"overwrite": True}, "sub/../out.jsonl": {"overwrite": True}},  # -O twice
    {"out.jsonl": {"overwrite": True}, "./out.jsonl": {}},               # -O and -o in FEEDS
    {"out.jsonl": {}, "link.jsonl": {}},                                 # through a symbolic link
    {"out.jsonl": {}, "file://{cwd}/out.jsonl": {}},                     # a file:// URI of it
    {"{cwd}/out.jsonl": {}, "other.jsonl": {}, "out.jsonl": {}},
])
def test_two_outputs_naming_one_file_are_refused_naming_both(tmp_path, monkeypatch, feeds):
    """Each feed writes every article: ``-o out.jsonl -o ./out.jsonl`` wrote each one twice into the
    file (exit 0); two ``-O`` names of one file said another process was writing it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.jsonl").symlink_to(tmp_path / "out.jsonl")  # to a file the run creates
    feeds = {uri.format(cwd=tmp_path): options for uri, options in feeds.items()}
    uris = [uri for uri in feeds]
    first, second = uris[0], uris[-1]
    with pytest.raises(SettingsError, match=re.escape(f"outputs {first!r} and {second!r} are one file named twice")):
        check(FEEDS={uri: {"format": "jsonlines", **options} for uri, options in feeds.items()})


def test_outputs_of_distinct_files_devices_and_run_time_names_pass(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("", encoding="utf-8")
    check(FEEDS={"a.jsonl": {"format": "jsonlines"}, "b.jsonl": {"format": "jsonlines"}, "c.jsonl": {"format": "jsonlines"},
                 "/dev/null": {"format": "jsonlines"}, "file:///dev/null": {"format": "jsonlines"},
                 "%(name)s.jsonl": {"format": "jsonlines"}, "news.jsonl": {"format": "jsonlines"}})


@pytest.mark.parametrize("names", [("pipe", "link"), ("pipe", "sub/../pipe")])
def test_one_stream_named_twice_is_refused(tmp_path, monkeypatch, names):
    """Two feeds writing one pipe or device (``-o - -o /dev/stdout``, a named pipe through a link)
    each wrote every record to its reader: refused as one file named twice is."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "link").symlink_to("pipe")
    first, second = names
    with pytest.raises(SettingsError, match=re.escape(f"outputs {first!r} and {second!r} are one file named twice")):
        check(FEEDS={name: {"format": "jsonlines"} for name in names})


def test_the_standard_output_feed_is_the_file_dev_stdout_names():
    """``-o -`` is Scrapy's ``stdout:`` feed: compared with the other outputs as ``/dev/stdout``."""
    settings = project()
    settings.set("FEEDS", {"stdout:": {"format": "jsonlines"}, "out.jsonl": {"format": "jsonlines"}}, priority="cmdline")
    assert written_feeds(settings) == [("stdout:", STANDARD_OUTPUT), ("out.jsonl", Path("out.jsonl"))]
    assert local_feed_files(settings) == [("out.jsonl", Path("out.jsonl"))]  # nothing is written beside it


@pytest.mark.parametrize(("redirected_to", "refused"), [("out.stories.jsonl", True), ("log.txt", False)])
def test_standard_output_sent_to_another_outputs_side_file_is_refused(tmp_path, monkeypatch, redirected_to, refused):
    """``-O out.jsonl -o - > out.stories.jsonl``: the story export written beside ``out.jsonl`` at the
    run's end was renamed over the file the standard output feed had written (exit 0, its articles in
    a file no name reaches), as ``-o /dev/stdout`` is refused for. Standard output sent elsewhere passes."""
    monkeypatch.chdir(tmp_path)
    feeds = {"out.jsonl": {"format": "jsonlines"}, "stdout:": {"format": "jsonlines"}}
    with standard_output_to(tmp_path / redirected_to):
        if refused:
            with pytest.raises(SettingsError, match=re.escape("output 'stdout:' is the story export of output "
                                                              "'out.jsonl'")):
                check(FEEDS=feeds)
        else:
            check(FEEDS=feeds)


def test_a_hard_link_is_the_same_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out.jsonl").write_text("", encoding="utf-8")
    os.link(tmp_path / "out.jsonl", tmp_path / "again.jsonl")
    with pytest.raises(SettingsError, match="'out.jsonl' and 'again.jsonl' are one file named twice"):
        check(FEEDS={"out.jsonl": {"format": "jsonlines"}, "again.jsonl": {"format": "jsonlines"}})


@pytest.mark.parametrize(("feeds", "side"), [
    ({"out.jsonl": {"format": "jsonlines"}, "out.stories.jsonl": {"format": "jsonlines"}}, "story export"),
    ({"out.jsonl": {"format": "jsonlines"}, "out.report.json": {"format": "json"}}, "run report"),
    ({"articles-1.jsonl": {"format": "jsonlines"}, "stories-1.html": {"format": "xml"}}, "story report"),
    ({"out.csv": {"format": "csv"}, "sub/../out.stories.jsonl": {"format": "jsonlines"}}, "story export"),
])
def test_an_output_named_as_another_outputs_side_file_is_refused(tmp_path, monkeypatch, feeds, side):
    """The run writes its report and stories beside each output (``out.report.json``,
    ``out.stories.jsonl``, ``out.stories.html``): an output of that name was replaced by them after
    the run had written it (or an appended one's earlier articles lost), from a run that exited 0."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    first, second = list(feeds)
    with pytest.raises(SettingsError, match=re.escape(f"output {second!r} is the {side} of output {first!r}")):
        check(FEEDS=feeds)


def test_an_output_named_as_a_side_file_the_run_does_not_write_passes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    check(FEEDS={"out.jsonl": {"format": "jsonlines"}, "out.stories.jsonl": {"format": "jsonlines"},
                 "out.report.json": {"format": "json"}, "out.stories.html": {"format": "xml"}},
          NEWSSPIDER_RUN_REPORT=False, NEWSSPIDER_STORY_EXPORT=False, NEWSSPIDER_STORY_REPORT=False)
    check(FEEDS={"out.jsonl": {"format": "jsonlines"}, "out.stories.stories.jsonl": {"format": "jsonlines"},
                 "%(name)s.stories.jsonl": {"format": "jsonlines"}, "/dev/null": {"format": "jsonlines"}})


@pytest.mark.parametrize("root", ["/", "file:///"])
def test_an_output_naming_the_root_directory_is_refused_not_a_crash(root):
    """``-o /:jsonl`` names no file: naming the report beside it raised ValueError (a traceback,
    exit 1) before any check could say what was wrong."""
    with pytest.raises(SettingsError, match=re.escape(f"output {root!r} names a directory, not a file")):
        check(FEEDS={root: {"format": "jsonlines"}})
