"""Textual evidence of a copy: shingles of the body (words, or characters for CJK), containment of
the shorter body over informative shingles, the opening; the sorted-runs multimap under the
postings and the stock counts; stock-shingle learning per source and across sources."""
from collections import Counter

import numpy as np
import pytest

from newsspider.stories.evidence import (
    body_shingles,
    body_tokens,
    containment,
    found_share,
    shingle_sequence,
    sorted_isin,
    strip_title,
)
from newsspider.stories.keyruns import KeyRuns
from newsspider.stories.normalize import normalize, tokenize, tokens
from newsspider.stories.stock import StockShingles

WORDS = 5, 8, 2048, 20  # word n, character n, limit, opening (StoryConfig defaults)


def shingles_of(text: str, title: str | None = None) -> np.ndarray:
    return body_shingles(title, text, *WORDS)[0]


def test_body_tokens_are_the_body_tokenised_on_its_own():
    """prepare_inputs tokenises the title and the text once each: the tokens of "title\ntext", of
    the body without its title and of the title must be what tokenising each gives, for whitespace
    of every kind, marks and compositions at the cut, and a title ending inside a word."""
    import random

    rng = random.Random(1)
    alphabet = list("ab AB1.\n\t\u00a0\u2002\u3000\u0301\u0308\u200d\u00ad\u1100\u1161e\u00e9\u4e2d"
                    "\u0e01\u0e34\u00a8\U0001d400\u2028\u0451\u0660\ufb01")
    for _ in range(5000):
        title = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        text = ("\n " if rng.random() < 0.3 else "") + (title if rng.random() < 0.7 else "") + "".join(
            rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        title_tokens, text_tokens = tokens(title), tokens(text)
        assert body_tokens(title, text, title_tokens, text_tokens) == tokens(strip_title(title, text))
        assert body_tokens(None, text, [], text_tokens) == tokens(strip_title(None, text))
        assert normalize(f"{title}\n{text}") == f"{normalize(title)}\n{normalize(text)}"
        assert tokens(f"{title}\n{text}") == title_tokens + text_tokens


def test_keyruns_count_and_values_match_a_dict():
    rng = np.random.default_rng(4)
    runs, truth = KeyRuns(), {}
    for ref in range(600):  # many adds: runs get merged many times
        keys = rng.integers(0, 5000, size=rng.integers(0, 40)).astype(np.uint32)
        runs.add(keys, ref)
        for k in keys.tolist():
            truth.setdefault(k, []).append(ref)
    query = np.arange(0, 5100, 7, dtype=np.uint32)
    assert runs.count(query).tolist() == [len(truth.get(k, [])) for k in query.tolist()]
    want = Counter(ref for k in query.tolist() for ref in truth.get(k, []))
    assert Counter(runs.values(query).tolist()) == want
    capped = Counter(runs.values(query, max_per_key=3).tolist())
    assert capped == Counter(ref for k in query.tolist() if 0 < len(truth.get(k, [])) <= 3 for ref in truth[k])
    assert len(runs) == sum(len(v) for v in truth.values()) and len(runs._runs) <= 2 * np.log2(len(runs))


def test_keyruns_count_answers_unordered_keys_in_their_place():
    rng = np.random.default_rng(5)
    runs, truth = KeyRuns(values=False), Counter()
    for _ in range(200):
        keys = rng.integers(0, 3000, size=30).astype(np.uint32)
        runs.add(keys)
        truth.update(keys.tolist())
    query = rng.permutation(np.concatenate([np.arange(0, 3100, 3), np.arange(0, 3100, 11)])).astype(np.uint32)
    assert (query[1:] < query[:-1]).any()  # searched in order, answered in the query's order
    assert runs.count(query).tolist() == [truth[k] for k in query.tolist()]


def test_keyruns_count_at_the_ends_of_the_key_range():
    """A key below, past or at the ends of every run is counted as a dict counts it (the first search
    past a run's end lands on its last key)."""
    top = np.iinfo(np.uint32).max
    runs, truth = KeyRuns(values=False), Counter()
    for keys in ([5, 5, 9], [0, 9, top], [7], [top, top, 1], [4]):
        runs.add(np.array(keys, dtype=np.uint32))
        truth.update(keys)
    query = np.array([0, 1, 2, 5, 6, 9, 10, top - 1, top, 3], dtype=np.uint32)
    assert runs.count(query).tolist() == [truth[k] for k in query.tolist()]
    assert KeyRuns(values=False).count(query).tolist() == [0] * query.size


def test_shingles_are_stable_word_ngrams_of_the_body_without_its_title():
    text = "Storm warning. The weather service expects strong gusts tonight in the valley towns."
    seq = shingle_sequence(tokenize(normalize(text)), 5, 100)
    assert seq.dtype == np.uint32 and seq.size == len(tokenize(normalize(text))) - 4
    assert np.array_equal(shingles_of(text, "Storm warning."), np.unique(seq[2:]))  # the title's words are gone
    assert strip_title("Storm warning.", "Storm  warning. The text") == "The text"
    assert shingle_sequence(["a", "b"], 5, 10).size == 1 and shingle_sequence([], 5, 10).size == 0
    # the same text gives the same hashes in every process and run (they are stored)
    assert shingle_sequence(["one", "two", "three", "four", "five"], 5, 10).tolist() == [1960587810]


def test_chinese_and_japanese_are_shingled_by_characters():
    chinese = "北京市政府周二宣布将在明年春季开始更换老城区的供水管道工程预计持续两年"
    toks = tokenize(normalize(chinese))
    assert shingles_of(chinese).size == len(toks) - 8 + 1  # 8-character shingles, not one 5-"word" run
    english = "the city will replace the old water pipes in spring and the work will take two years"
    assert shingles_of(english).size == len(english.split()) - 5 + 1


def test_containment_is_the_share_of_the_shorter_body_over_informative_shingles():
    long = " ".join(f"w{i}" for i in range(100))
    short = " ".join(f"w{i}" for i in range(40)) + " plus a closing line of its own here"
    a, b = shingles_of(long), shingles_of(short)
    c = containment(b, a)
    assert c.shared == c.raw_shared == 36 and c.smaller == b.size and c.share == pytest.approx(36 / b.size)
    # stock shingles count neither as shared nor in the denominators
    stock_b = np.isin(b, a[:10])
    c2 = containment(b, a, stock_b, np.isin(a, a[:10]))
    assert c2.raw_shared == 36 and c2.shared == 36 - int(stock_b.sum()) and c2.smaller == b.size - int(stock_b.sum())


def test_found_share_counts_the_start_of_a_body():
    text = " ".join(f"w{i}" for i in range(60))
    body, opening = body_shingles(None, text, *WORDS)
    with_dateline = body_shingles(None, "PARIS - " + text, *WORDS)[0]
    assert opening.size == 20 and found_share(sorted_isin(opening, with_dateline)) == 1.0
    other_start = body_shingles(None, "a different first sentence of the report. " + text[200:], *WORDS)[0]
    assert found_share(sorted_isin(opening, other_start)) < 0.5
    assert found_share(sorted_isin(opening, body), np.ones(20, bool)) == 1.0  # all stock: every shingle counts


def test_stock_shingles_are_learned_across_sources_and_per_source():
    chrome = shingles_of("your browser does not support the audio element please update it")
    stock = StockShingles(min_stories=3, min_source_stories=2, memory=100)
    for n, source in enumerate(("a", "b")):
        own = shingles_of(f"story {n} has its own sentence about topic {n} and more words")
        stock.add(np.union1d(own, chrome), source, f"s{n}", root=True, language="en")
    assert not stock.mask(chrome, "c").any()          # two stories: not yet stock
    assert stock.mask(chrome, "a").sum() == 0          # one story of source a
    stock.add(chrome, "a", "s2", root=True, language="en")
    assert stock.mask(chrome, "a").all()               # two stories of source a: a's template
    assert stock.mask(chrome, "c").all()               # three stories in all: stock everywhere


def test_copies_of_one_story_are_counted_once_but_what_they_add_counts():
    text = shingles_of("the wire story text that many sites reprint word for word every single day of the week")
    credit = shingles_of("reporting by the desk of the valley courier newspaper staff")
    stock = StockShingles(min_stories=3, min_source_stories=99, memory=100)
    stock.add(text, "wire", "w", root=True, language="en")
    for n in range(5):  # five copies of the story, each adding the same credit line
        stock.add(np.union1d(text, credit), f"site{n}", "w", root=False, language="en")
    assert not stock.mask(text, "x").any()             # one story, however many copies
    assert stock.mask(credit, "x").all()               # added by five copies of it: counted per copy


def test_a_storys_text_in_a_further_language_is_counted_once_however_many_copies_reprint_it():
    """A story rooted in Turkish, its English translation and three English reprints: the English
    text is the story's own (counted once, still evidence), while the credit line that each reprint
    adds is counted per copy, as in the root's language."""
    turkish = shingles_of("metin burada uzun bir haber olarak yer alir ve bir cok kelime icerir her gun")
    english = shingles_of("the english translation of the wire story that several sites reprint word for word")
    credit = shingles_of("reporting by the desk of the valley courier newspaper staff")
    stock = StockShingles(min_stories=3, min_source_stories=2, memory=100)
    stock.add(turkish, "tr-wire", "w", root=True, language="tr")
    stock.add(english, "en-site", "w", root=False, language="en")
    for _ in range(3):
        stock.add(np.union1d(english, credit), "en-site", "w", root=False, language="en")
    assert not stock.mask(english, "en-site").any()     # one story, however many copies
    assert stock.mask(credit, "x").all()                 # what the copies added: counted per copy


def test_a_text_is_counted_once_per_headline_of_its_source():
    """Articles of one source under one headline are one text, whichever stories they went to (a
    copy that failed to join its original's story starts one): its words do not become the
    source's stock. Another headline of the source is another article: what they share is stock."""
    from newsspider.stories.evidence import headline_words

    text = shingles_of("the mayor opened a new bridge over the river on monday after three years of work")
    credit = shingles_of("additional reporting by the news agency and its staff")
    chrome = shingles_of("we use cookies to personalise content and ads and to analyse our traffic")
    stock = StockShingles(min_stories=3, min_source_stories=2, memory=100)
    title = headline_words("New bridge opens")
    stock.add(np.union1d(text, chrome), "site", "s1", root=True, language="en", headline=title)
    stock.add(np.union1d(np.union1d(text, credit), chrome), "site", "s2", root=True, language="en", headline=title)
    assert not stock.mask(text, "site").any() and not stock.mask(chrome, "site").any()  # one text, counted once
    assert not stock.mask(credit, "site").any()       # what the second added: counted once
    # a new article is judged as one more story of its source, unless it is that text again
    def share(source: str, headline: np.ndarray) -> float:
        return stock.shares([chrome], [source], [0 if stock.known_headline(source, headline) else 1])[0]

    assert share("site", headline_words("Council meets")) == 1.0
    assert share("site", title) == 0.0
    assert share("other", headline_words("Council meets")) == 0.0
    stock.add(np.union1d(shingles_of("the council met on tuesday"), chrome), "site", "s3", root=True, language="en",
              headline=headline_words("Council meets"))
    assert stock.mask(chrome, "site").all()           # two articles of the site: its template
    samples, sources = [chrome, np.union1d(text, chrome), np.zeros(0, np.uint32), chrome], ["site", "site", "site", ""]
    assert stock.shares(samples, sources, [0] * 4) == [  # one lookup for many: what each mask tells
        float(stock.mask(s, source).mean()) if s.size else 0.0 for s, source in zip(samples, sources, strict=True)]


def test_stock_memory_counts_the_headlines():
    """The headline -> story dict grows with every article under a new headline: it is memory."""
    from newsspider.stories.evidence import headline_words

    empty = np.zeros(0, np.uint32)
    plain, titled = (StockShingles(min_stories=3, min_source_stories=2, memory=1000) for _ in range(2))
    for n in range(200):
        plain.add(empty, "site", f"s{n}", root=True, language="en")
        titled.add(empty, "site", f"s{n}", root=True, language="en", headline=headline_words(
            "Headline " + "".join(chr(ord("a") + int(digit)) for digit in str(n))))  # figures are no words
    assert titled.nbytes() - plain.nbytes() >= 200 * 8  # at least a 64-bit key per headline


def test_stock_counts_forget_old_generations():
    stock = StockShingles(min_stories=2, min_source_stories=99, memory=2)
    old = shingles_of("an old sentence that was repeated by two stories long ago in the archive")
    stock.add(old, "s", "a", root=True, language="en")
    stock.add(old, "s", "b", root=True, language="en")
    assert stock.mask(old, "s").all()
    for n in range(4):  # two generations of other stories
        stock.add(shingles_of(f"story number {n} about something entirely different again"), "s", f"n{n}", root=True, language="en")
    assert not stock.mask(old, "s").any()


@pytest.mark.parametrize("seed", range(3))
def test_source_keys_differ_between_sources(seed):
    from newsspider.stories.stock import source_keys

    rng = np.random.default_rng(seed)
    keys = np.unique(rng.integers(0, 2**32, size=500, dtype=np.uint64).astype(np.uint32))
    a, b = source_keys(keys, "site-a"), source_keys(keys, "site-b")
    assert np.unique(a).size == keys.size and not np.isin(a, b).any() and not np.isin(a, keys).any()
    assert np.array_equal(a, source_keys(keys, "site-a"))


@pytest.mark.parametrize("seed", range(5))
def test_sorted_isin_is_np_isin_for_a_sorted_set(seed):
    rng = np.random.default_rng(seed)
    for size_a, size_b in ((0, 5), (5, 0), (1, 1), (50, 300), (300, 50)):
        a = rng.integers(0, 400, size_a).astype(np.uint32)
        b = np.unique(rng.integers(0, 400, size_b).astype(np.uint32))
        assert np.array_equal(sorted_isin(a, b), np.isin(a, b))


def test_alphabets_without_spaces_shingle_as_many_words_as_other_scripts():
    """Thai characters are letters (about five a word), Chinese ones words or parts of words: a Thai
    shingle and opening span letters_per_word times as many characters as a Chinese one."""
    thai = "ตลาดเกษตรกรกลับมาเปิดที่ลานหน้าศาลากลางจังหวัดเชียงใหม่อีกครั้งในวันเสาร์นี้ โดยมีลำไยอบแห้งเป็นสินค้าเด่น" * 2
    chinese = "东京都十五日发布来年度一般会计预算案总额为过去最大规模子育世帯支援大幅扩充" * 2
    for text, n, opening in ((thai, 25, 100), (chinese, 8, 20)):
        toks = tokenize(normalize(text))
        body, first = body_shingles(None, text, 5, 8, 2048, 20, 5)
        assert np.array_equal(body, np.unique(shingle_sequence(toks, n, 2048)))
        assert np.array_equal(first, np.unique(shingle_sequence(toks, n, opening)))


def test_sorted_isin_is_np_isin_for_values_before_between_and_past_the_sorted_values():
    b = np.array([3, 7, 9], dtype=np.uint32)
    a = np.array([0, 3, 5, 9, 10, 2**32 - 1], dtype=np.uint32)
    assert sorted_isin(a, b).tolist() == np.isin(a, b).tolist() == [False, True, False, True, False, False]
    assert sorted_isin(a, b[:0]).tolist() == [False] * a.size
