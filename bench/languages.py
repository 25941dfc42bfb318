"""Language accuracy through the crawl: NTREX stories in 11 languages plus the sample corpus.

Builds one page per NTREX story and language (the src.eng and ref.* files) into a temporary
folder, with misleading page markup on purpose: a third of the pages carry ``<html lang="en">``
whatever their language, a third carry the right tag, a third none. Serves them and the bundled
sample corpus (which has the Persian pages NTREX lacks) on 127.0.0.1, crawls both with the
project, and prints per-language accuracy as JSON.

    python bench/languages.py
"""
from __future__ import annotations

import html
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from urllib.parse import unquote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.common import LOCAL_CRAWL_SETTINGS, scrapy_crawl  # noqa: E402
from bench.ntrex import NTREX_DIR, VARIANTS, read_stories  # noqa: E402
from newsspider.sample.server import LocalSite, render_sources  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "newsspider" / "sample"
PAGE = """<!doctype html><html{lang}><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-05-01T08:00:00+00:00"></head>
<body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>{body}</article></body></html>"""


def build(root: Path) -> dict[str, str]:
    """Write the pages and one sitemap per language; return url path -> expected language."""
    expected = {}
    for index, (story, variants) in enumerate(read_stories(NTREX_DIR)):
        for variant, sentences in variants.items():
            if variant in ("en-GB", "en-US"):
                continue
            language = dict(VARIANTS.values())[variant]
            path = f"/ntrex/{variant}/{index:03d}-{story.replace('.', '-')}.html"
            lang_attr = [' lang="en"', f' lang="{language}"', ""][index % 3]
            body = "".join(f"<p>{html.escape(s)}</p>" for s in sentences[1:])
            target = root / path.lstrip("/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(PAGE.format(lang=lang_attr, title=html.escape(sentences[0]), body=body), encoding="utf-8")
            expected[path] = language
    by_variant: dict[str, list[str]] = {}
    for path in expected:
        by_variant.setdefault(path.split("/")[2], []).append(path)
    for variant, paths in by_variant.items():
        urls = "".join(f"<url><loc>{{{{BASE}}}}{p}</loc></url>" for p in paths)
        (root / "ntrex" / variant / "sitemap.xml").write_text(
            f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>',
            encoding="utf-8")
    return expected


def crawl(sources: str, workdir: Path) -> list[dict]:
    """The records of a crawl of ``sources`` (a sources file's text) in ``workdir``."""
    settings = {**LOCAL_CRAWL_SETTINGS, "NEWSSPIDER_STORIES_BACKEND": "none", "LOG_LEVEL": "WARNING"}
    done, _ = scrapy_crawl(workdir, sources, settings, timeout=None)
    if done.returncode != 0:
        raise SystemExit(f"crawl failed (exit {done.returncode}):\n{(done.stderr + done.stdout)[-3000:]}")
    return [json.loads(line) for line in (workdir / "out.jsonl").read_text(encoding="utf-8").splitlines()]


def main() -> None:
    manifest = json.loads((SAMPLE / "site" / "manifest.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as scratch:
        root, workdir = Path(scratch) / "site", Path(scratch) / "run"
        workdir.mkdir()
        expected = build(root)
        with LocalSite(root) as ntrex, LocalSite(SAMPLE / "site") as sample:
            sources = render_sources(SAMPLE / "sources.template.toml", sample.base_url)
            for variant in sorted({path.split("/")[2] for path in expected}):
                sources += f'\n[[source]]\nname = "ntrex-{variant}"\nsitemaps = ["{ntrex.base_url}/ntrex/{variant}/sitemap.xml"]\n'
            records = crawl(sources, workdir)
            bases = (ntrex.base_url, sample.base_url)
        expected.update({unquote(page["path"]): page["language"] for page in manifest["pages"]})
    total, right, missing = Counter(), Counter(), Counter(expected.values())
    for record in records:
        path = unquote(record["url"].removeprefix(bases[0]).removeprefix(bases[1]).split("?")[0])
        if path not in expected:
            continue
        language = expected[path]
        total[language] += 1
        missing[language] -= 1
        right[language] += record["language"] == language
    report = {language: {"pages": total[language], "correct": right[language],
                         "accuracy": round(right[language] / total[language], 4) if total[language] else None,
                         "not_emitted": missing[language]} for language in sorted(total)}
    all_pages = sum(total.values())
    report["all"] = {"pages": all_pages, "correct": sum(right.values()),
                     "accuracy": round(sum(right.values()) / all_pages, 4), "not_emitted": sum(missing.values())}
    print("{\n" + ",\n".join(f" {json.dumps(key)}: {json.dumps(value)}" for key, value in report.items()) + "\n}")


if __name__ == "__main__":
    main()
