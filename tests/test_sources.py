from pathlib import Path

import pytest

from newsspider.sources import SourcesError, load_sources


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
