from pathlib import Path

import pytest

from newsspider.sources import SourcesError, load_source_file, load_sources


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_file_loads_every_source_with_its_urls(tmp_path):
    path = write(tmp_path, """
[[source]]
name = "example-ar"
language = "AR"
feeds = ["https://example.org/rss.xml"]
sitemaps = ["https://example.org/robots.txt"]

[[source]]
name = "example-en"
pages = ["https://example.com/world/"]
""")
    sources = load_sources(path)
    assert [s.name for s in sources] == ["example-ar", "example-en"]
    assert sources[0].language == "ar"
    assert sources[0].feeds == ("https://example.org/rss.xml",)
    assert sources[1].pages == ("https://example.com/world/",) and sources[1].language is None


@pytest.mark.parametrize("body, expected", [
    ('[[source]]\nname = "a"\nfeedz = ["https://x.org/"]\n', ["sources.toml", "'a'", "'feedz'"]),
    ('[[source]]\nfeeds = ["https://x.org/"]\n', ["sources.toml", "#1", "'name'"]),
    ('[[source]]\nname = "a"\nfeeds = ["https://x.org/"]\n[[source]]\nname = "a"\npages = ["https://y.org/"]\n',
     ["'a'", "'name'", "duplicate"]),
    ('[[source]]\nname = "a"\n', ["'a'", "at least one"]),
    ('[[source]]\nname = "a"\nfeeds = "https://x.org/"\n', ["'a'", "'feeds'", "list"]),
    ('[[source]]\nname = "a"\nfeeds = ["ftp://x.org/"]\n', ["'a'", "'feeds'", "http"]),
    ('[[source]]\nname = "a"\nlanguage = "arabic"\nfeeds = ["https://x.org/"]\n', ["'a'", "'language'"]),
    ('[[source]\nname = "a"', ["sources.toml", "malformed TOML"]),
    ('title = "x"\n', ["sources.toml", "'title'"]),
])
def test_invalid_file_error_names_file_source_and_key(tmp_path, body, expected):
    with pytest.raises(SourcesError) as error:
        load_sources(write(tmp_path, body))
    for fragment in expected:
        assert fragment in str(error.value)


def test_missing_file_says_how_to_provide_one(tmp_path):
    with pytest.raises(SourcesError, match="not found.*-a sources=PATH"):
        load_sources(tmp_path / "nope.toml")


FULL = """
[[source]]
name = "full"
language = "pt-BR"
home = ["https://example.com.br/"]
include = ['/noticias/\\d{4}/']
exclude = ["/opiniao/", "[?&]amp="]
boilerplate = ["Compartilhe no Facebook", "Leia também"]
delay = 1.5
concurrency = 2
max_articles = 50
max_age_days = 3
depth = 2
body = "article .materia"
prune = [".relacionadas", "aside"]

[source.headers]
Accept-Language = "pt-BR"
"""


def test_every_per_source_option_is_parsed(tmp_path):
    (source,) = load_sources(write(tmp_path, FULL))
    assert source.language == "pt"
    assert source.home == ("https://example.com.br/",)
    assert source.include == (r"/noticias/\d{4}/",) and source.exclude == ("/opiniao/", "[?&]amp=")
    assert source.boilerplate == ("Compartilhe no Facebook", "Leia também")
    assert (source.delay, source.concurrency, source.max_articles, source.max_age_days, source.depth) == (1.5, 2, 50, 3, 2)
    assert source.body == "article .materia" and source.prune == (".relacionadas", "aside")
    assert dict(source.headers) == {"Accept-Language": "pt-BR"}


def test_options_left_out_mean_the_crawl_settings_apply(tmp_path):
    (source,) = load_sources(write(tmp_path, '[[source]]\nname = "a"\nfeeds = ["https://x.org/rss"]\n'))
    assert (source.delay, source.concurrency, source.max_articles, source.max_age_days, source.body) == (None,) * 5
    assert source.depth == 1 and not source.include and not source.exclude and not source.prune and not source.headers


def test_include_and_exclude_patterns_filter_article_urls(tmp_path):
    (source,) = load_sources(write(tmp_path, FULL))
    assert source.matches("https://example.com.br/noticias/2026/12/01/uma-noticia")
    assert not source.matches("https://example.com.br/esportes/2026/12/01/um-jogo")
    assert not source.matches("https://example.com.br/noticias/2026/12/01/opiniao/x")
    assert load_sources(write(tmp_path, '[[source]]\nname = "a"\nfeeds = ["https://x.org/rss"]\n'))[0].matches("https://x.org/any")


@pytest.mark.parametrize("line, fragments", [
    ("language = \"portuguese\"", ["'language'", "'pt-BR'"]),
    ("include = ['([unclosed']", ["'include'", "regular expression"]),
    ("exclude = \"/opiniao/\"", ["'exclude'", "list"]),
    ("delay = -1", ["'delay'", ">= 0"]),
    ("concurrency = 0", ["'concurrency'", ">= 1"]),
    ("concurrency = 1.5", ["'concurrency'", "whole number"]),
    ("max_articles = true", ["'max_articles'", "whole number"]),
    ("max_age_days = \"3\"", ["'max_age_days'", "number"]),
    ("depth = 9", ["'depth'", "at most 3"]),
    ("body = \"div[\"", ["'body'", "CSS selector"]),
    ("prune = [\"..x\"]", ["'prune'", "CSS selector"]),
    ("headers = { \"Bad Header\" = \"x\" }", ["'headers'", "header name"]),
    ("headers = { Accept = 3 }", ["'headers'", "table of strings"]),
    ("boilerplate = [\"\"]", ["'boilerplate'", "non-empty"]),
    ("langauge = \"ar\"", ["'langauge'", "did you mean 'language'"]),
])
def test_bad_option_value_names_line_source_key_and_what_is_expected(tmp_path, line, fragments):
    body = f'[[source]]\nname = "ok"\nfeeds = ["https://y.org/rss"]\n\n[[source]]\nname = "bad"\nfeeds = ["https://x.org/rss"]\n{line}\n'
    with pytest.raises(SourcesError) as error:
        load_sources(write(tmp_path, body))
    message = str(error.value)
    assert message.startswith(f"{tmp_path / 'sources.toml'}:8: source 'bad'"), message
    for fragment in fragments:
        assert fragment in message


@pytest.mark.parametrize("url, why", [
    ("https://x.org:99999/rss", "Port out of range"), ("https://x.org:rss/", "Port could not be cast"),
    ("https://[::1/rss", "Invalid IPv6 URL"), ("https://x .org/rss", "no host name holds 'x .org'"),
    ("https://user@/rss", "no host"),
])
def test_an_address_no_request_can_be_made_to_is_a_mistake_of_its_source_saying_why(tmp_path, url, why):
    """urlsplit takes these apart without a word; the crawl's first request for one raised, and no
    source was crawled."""
    body = f'[[source]]\nname = "ok"\nfeeds = ["https://y.org/rss"]\n\n[[source]]\nname = "bad"\nhome = ["{url}"]\n'
    loaded = load_source_file(write(tmp_path, body))
    assert [source.name for source in loaded.sources] == ["ok"]
    assert loaded.rejected[0].reason == f"source 'bad': key 'home': not an http(s) URL: {url!r} ({why}" + \
        loaded.rejected[0].reason.rpartition(why)[2]
    assert loaded.rejected[0].reason.endswith(")")


def test_single_bracket_source_table_says_to_write_double_brackets(tmp_path):
    with pytest.raises(SourcesError, match=r"\[source\] is a single table: write \[\[source\]\]"):
        load_sources(write(tmp_path, '[source]\nname = "a"\nfeeds = ["https://x.org/rss"]\n'))


def test_toml_syntax_error_gives_line_and_column(tmp_path):
    with pytest.raises(SourcesError) as error:
        load_sources(write(tmp_path, '[[source]]\nname = "a"\nfeeds = ["https://x.org/rss",\n  oops]\n'))
    assert f"{tmp_path / 'sources.toml'}:4:3: malformed TOML" in str(error.value)


def test_duplicate_name_points_at_both_sources(tmp_path):
    body = '[[source]]\nname = "a"\nfeeds = ["https://x.org/"]\n[[source]]\nname = "a"\npages = ["https://y.org/"]\n'
    with pytest.raises(SourcesError, match=r"sources.toml:5: source 'a': key 'name': duplicate name \(source #1"):
        load_sources(write(tmp_path, body))


def test_two_sources_sharing_a_url_are_warned_about(tmp_path, caplog):
    body = ('[[source]]\nname = "first"\nfeeds = ["https://x.org/rss"]\n'
            '[[source]]\nname = "second"\nfeeds = ["https://x.org/rss"]\n')
    with caplog.at_level("WARNING", logger="newsspider.sources"):
        load_sources(write(tmp_path, body))
    assert "https://x.org/rss is listed by sources 'first', 'second': it is fetched once, for 'first' only" in caplog.text


def test_a_file_saved_with_a_byte_order_mark_loads_and_errors_keep_their_columns(tmp_path):
    """Windows editors save UTF-8 with a BOM: it was read as part of the first line ('1:1: malformed
    TOML: Invalid statement')."""
    path = tmp_path / "sources.toml"
    path.write_bytes('[[source]]\nname = "a"\nfeeds = ["https://example.org/rss.xml"]\n'.encode("utf-8-sig"))
    assert [source.name for source in load_sources(path)] == ["a"]
    path.write_bytes('[[source]]\nname = "a"\nfeeds = ["https://example.org/rss.xml"]\nlangauge = "en"\n'
                     .encode("utf-8-sig"))
    with pytest.raises(SourcesError, match=r"sources.toml:4: source 'a': key 'langauge'"):
        load_sources(path)


def test_a_malformed_source_among_good_ones_is_set_aside_with_its_message_and_the_good_ones_load(tmp_path):
    """One typo in one ``[[source]]`` stopped every other source's crawl (a cron run over 50 sites
    fetched nothing); the crawl sets that source aside and runs the others. A file that cannot be
    read as a whole, or has no usable source, still stops the run."""
    path = write(tmp_path, """
[[source]]
name = "good"
feeds = ["https://example.org/rss.xml"]

[[source]]
name = "typo"
feeds = ["htp:/example.net/rss.xml"]

[[source]]
feeds = ["https://example.com/rss.xml"]

[[source]]
name = "good"
pages = ["https://example.com/world/"]

[[source]]
name = "also-good"
sitemaps = ["https://example.com/sitemap.xml"]
""")
    loaded = load_source_file(path)
    assert [source.name for source in loaded.sources] == ["good", "also-good"]
    assert [(rejected.name, rejected.where) for rejected in loaded.rejected] == [
        ("typo", f"{path}:8"), ("source #3", f"{path}:10"), ("good (#4)", f"{path}:14")]
    assert loaded.rejected[0].message == f"{path}:8: source 'typo': key 'feeds': not an http(s) URL: 'htp:/example.net/rss.xml'"
    assert loaded.rejected[0].reason == "source 'typo': key 'feeds': not an http(s) URL: 'htp:/example.net/rss.xml'"
    assert "key 'name': missing" in loaded.rejected[1].message and "duplicate name" in loaded.rejected[2].message
    assert loaded.names == ["good", "typo", "source #3", "good (#4)", "also-good"]
    with pytest.raises(SourcesError, match="key 'feeds': not an http"):  # the strict loader: the first mistake
        load_sources(path)
    with pytest.raises(SourcesError, match=r"sources.toml:3: source 'a': key 'feedz'"):  # nothing usable
        load_source_file(write(tmp_path, '[[source]]\nname = "a"\nfeedz = ["https://x.org/rss"]\n'))
    with pytest.raises(SourcesError, match="malformed TOML"):
        load_source_file(write(tmp_path, '[[source]]\nname = "a"\nfeeds = ["https://x.org/rss",\n  oops]\n'))


@pytest.mark.parametrize("name, what", [
    ("bad\\nname", "U+000A"), ("a/b", "'/'"), ("tab\\there", "U+0009"), ("nul\\u0000", "U+0000"),
    ("line\\u2028sep", "U+2028"), ("del\\u007f", "U+007F"), ("next\\u0085line", "U+0085"),
])
def test_a_name_that_breaks_a_line_or_a_stats_key_sets_its_source_aside(tmp_path, name, what):
    """A name goes into the one-line summary and into the stats keys ``newsspider/source/<name>/...``:
    a line break or control character, or a '/', is that source's mistake, labelled by its place."""
    path = write(tmp_path, f'[[source]]\nname = "good"\nfeeds = ["https://x.org/rss"]\n'
                           f'[[source]]\nname = "{name}"\nfeeds = ["https://y.org/rss"]\n')
    loaded = load_source_file(path)
    assert [source.name for source in loaded.sources] == ["good"]
    assert loaded.names == ["good", "source #2"]
    [rejected] = loaded.rejected
    assert rejected.name == "source #2" and rejected.where == f"{path}:5"
    assert "key 'name'" in rejected.message and what in rejected.message
    assert "\n" not in rejected.message and "\u2028" not in rejected.message


@pytest.mark.parametrize("name", ["Al Jazeera (ar)", "خبر-عاجل", "例え.jp", "ہم\u200cنیوز", "a:b#1"])
def test_names_of_any_script_with_spaces_and_punctuation_are_kept(tmp_path, name):
    path = write(tmp_path, f'[[source]]\nname = "{name}"\nfeeds = ["https://x.org/rss"]\n')
    assert [source.name for source in load_sources(path)] == [name]
