"""What a story is: one text and its copies. Same-language merges need shared text (never only a
shared topic), every join is judged against the story's root (no chaining), stock text and site
chrome are no evidence, short Chinese texts are held to the same rule, and every copy's record says
what it matched and how strongly. No model is loaded: a fake backend gives chosen vectors."""
from __future__ import annotations

import random
from collections import defaultdict

import numpy as np
import pytest

from bench.chrome import build_pages
from bench.chrome import prepare as prepare_chrome
from bench.chrome import run as run_chrome
from bench.chrome import score as score_chrome
from bench.formulaic import build_reports
from bench.story_language_texts import thai_market_reports
from newsspider.stories.config import StoryConfig
from newsspider.stories.detector import StoryDetector
from newsspider.stories.prepare import StoryInput
from newsspider.stories.store import MemoryStoryStore


class SameVector:
    """Every text embeds to the same vector: the worst case of topic similarity."""

    name, dim = "same", 8

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.tile(np.eye(1, self.dim, dtype=np.float32), (len(texts), 1))


def item(aid: str, text: str, title: str | None = None, lang: str = "en", source: str = "site",
         day: int = 1) -> StoryInput:
    return StoryInput(id=aid, text=text, title=title, language=lang, published=f"2024-05-{day:02d}T10:00:00+00:00",
                      fetched_at="2024-05-30T00:00:00Z", source=source)


def paragraph(seed: int, words: int = 40) -> str:
    rng = random.Random(seed)
    vocab = [f"{a}{b}" for a in ("ka", "lo", "mi", "ne", "su", "ta", "ve", "zo") for b in ("rin", "dal", "mek", "pos", "tuv")]
    return " ".join(rng.choice(vocab) for _ in range(words)) + "."


def run(det: StoryDetector, *items: StoryInput):
    return [det.assign(p) for p in det.prepare(list(items))]


def test_a_chain_of_copies_does_not_join_an_unrelated_root():
    """B contains A (a copy of A), C repeats most of B's second half (a copy of B), but C shares
    nothing with A: C is a story of its own."""
    p = [paragraph(i) for i in range(9)]
    det = StoryDetector(MemoryStoryStore(), None, StoryConfig())
    a, b, c = run(det, item("a", " ".join(p[0:3])), item("b", " ".join(p[0:7]), source="other"),
                  item("c", " ".join(p[3:9]), source="third"))
    assert (b.story_id, b.duplicate_kind, b.matched_id) == ("a", "near", "a")
    assert c.story_id == "c" and c.duplicate_of is None


def test_topic_similarity_never_merges_two_articles_of_one_language():
    """Every article embeds identically (one topic); only the one that shares the text joins."""
    det = StoryDetector(MemoryStoryStore(), SameVector(), StoryConfig(passage_chars=0))
    texts = [" ".join(paragraph(10 * n + k) for k in range(4)) for n in range(6)]
    out = run(det, *[item(f"r{n}", t, f"Report {n}") for n, t in enumerate(texts)],
              item("copy", "LONDON - " + texts[2] + " Reporting by the desk.", "Report 2 (updated)", source="b"),
              item("fr", texts[4].replace("a", "e"), "Rapport", lang="fr"))
    assert [a.story_id for a in out[:6]] == [f"r{n}" for n in range(6)]
    assert (out[6].story_id, out[6].duplicate_kind) == ("r2", "near")
    assert out[7].duplicate_kind == "translation"  # across languages the embedding is the evidence


CHINESE_REPORT = (  # one outlet's long report of a rainstorm in Guangzhou (944 characters)
    "广州市气象台周二凌晨发布暴雨红色预警信号，受强对流天气影响，全市多个区域出现大暴雨到特大暴雨。"
    "截至当天上午十时，白云区、花都区和从化区的累计降雨量均超过二百毫米，其中花都区一个监测站录得的三小时雨量创下"
    "当地有气象记录以来的最高值。市防汛指挥部随即启动防汛一级应急响应，要求各区立即组织危险区域群众转移。"
    "据官方通报，暴雨已造成三人死亡、五人失踪，另有两万余名居民被紧急转移到临时安置点。"
    "在白云区的一个城中村，积水一度没过成年人的腰部，消防员乘坐冲锋舟挨家挨户搜寻被困居民。"
    "一名姓陈的居民告诉记者，凌晨四点左右雨势突然加大，家里一楼在不到半小时内就被淹没，全家只能爬到楼顶等待救援。"
    "地铁公司表示，受积水影响，三号线和九号线部分车站临时封闭，列车在部分区段降速运行，早高峰期间大量乘客滞留。"
    "全市共有一百二十多条道路出现严重积水，交警部门对其中四十余条实施了交通管制，并提醒市民尽量减少外出。"
    "教育部门宣布，全市中小学和幼儿园当天停课一天，已经到校的学生由学校统一安排看护，待雨势减弱后再由家长接回。"
    "白云机场方面称，截至中午已有八十多个航班取消或延误，旅客可通过航空公司官方渠道办理改签或退票手续。"
    "电力部门表示，暴雨导致部分线路跳闸，约三万户居民一度停电，抢修人员正在冒雨作业，预计当晚可恢复大部分供电。"
    "水利专家指出，此次降雨集中、强度大，而城市排水系统的设计标准难以应对如此极端的短时强降雨，城市内涝风险明显上升。"
    "气象部门预计，未来三天广州仍将有间歇性强降雨，累计雨量可能达到一百至一百五十毫米，提醒市民密切关注最新预警信息。"
    "广东省应急管理厅已派出工作组赶赴广州，指导抢险救灾和群众安置工作，并调拨帐篷、折叠床和救生衣等救灾物资。"
    "民政部门表示，各临时安置点已为转移群众提供饮用水、食品和医疗服务，确保受灾群众有饭吃、有干净水喝、有安全住处。"
    "多家保险公司也已开通理赔绿色通道，简化车辆和家庭财产受损的报案和理赔流程，并派出查勘人员前往受灾较重的区域。"
    "专家还提醒，暴雨过后要注意饮用水安全和食品卫生，防止肠道传染病，受淹房屋在重新入住前应进行安全检查。"
    "市政府表示，将在灾情稳定后对全市排水管网进行全面排查，并加快推进海绵城市建设，提高应对极端天气的能力。"
    "这场暴雨是广州今年入汛以来最强的一次降雨过程。"
)
CHINESE_SHORT = (  # another outlet's own short report of the same event (150 characters)
    "暴雨袭击广州，广州市气象台发布暴雨红色预警。官方称，灾害已致三人遇难、五人下落不明，两万多名群众被转移安置。"
    "白云区和花都区受灾最重，多处街道积水严重，地铁部分站点关闭，全市学校停课一天。"
    "气象部门提醒，未来几天仍有强降雨，市民应减少外出并留意预警。省里已派出工作组协助救灾，目前救援工作仍在紧张进行中。"
)


def test_a_short_chinese_report_of_the_same_event_is_not_a_copy_but_an_excerpt_is():
    """The failure: a 150-character Chinese article flagged near of a 944-character report of the
    same event from another outlet (they share names, figures and an official phrase)."""
    assert len(CHINESE_SHORT) == 150 and len(CHINESE_REPORT) == 944
    det = StoryDetector(MemoryStoryStore(), SameVector(), StoryConfig(passage_chars=0))
    report, short, excerpt = run(det, item("report", CHINESE_REPORT, "广州遭遇特大暴雨", "zh", "a"),
                                 item("short", CHINESE_SHORT, "广州暴雨", "zh", "b"),
                                 item("excerpt", CHINESE_REPORT[:150] + "（完）", "广州特大暴雨", "zh", "c"))
    assert short.story_id == "short" and short.duplicate_kind is None
    assert (excerpt.story_id, excerpt.duplicate_kind, excerpt.matched_id) == ("report", "near", "report")
    assert excerpt.duplicate_score > 0.9


def test_thai_reports_of_one_template_stay_apart_and_their_copies_join():
    """Thai characters are letters: shingles of 8 (two words) and an opening of the first ~27
    characters made three market reports of one template on three sites one story."""
    det = StoryDetector(MemoryStoryStore(), None, StoryConfig())
    reports = thai_market_reports()
    inputs = [item(f"r{i}", "\n\n".join(body), title, "th", f"site{i}") for i, (title, body) in enumerate(reports)]
    title, body = reports[1]
    copy = item("copy", "\n\n".join([f"(สำนักข่าว) {body[0]}", *body[1:-1], "ที่มา: สำนักข่าวไทย"]), title, "th", "wire")
    assigned = run(det, *inputs, copy)
    assert [a.story_id for a in assigned] == ["r0", "r1", "r2", "r1"]
    assert assigned[-1].duplicate_kind == "near"


def test_learned_site_chrome_is_no_evidence():
    """Articles of one site that carry the same long consent notice: once the notice is known as the
    site's template, two different articles that are half notice stay apart; a real copy still joins."""
    notice = ("We use cookies and similar technologies to personalise content and advertising, to provide "
              "social media features and to analyse our traffic; by clicking accept you agree to the processing "
              "of your data by us and our partners as described in the privacy policy.")
    det = StoryDetector(MemoryStoryStore(), None, StoryConfig())
    own = [paragraph(100 + n, 45) for n in range(5)]
    out = run(det, *[item(f"p{n}", f"{notice} {own[n]}", source="portal") for n in range(4)],
              item("copy", f"{notice} {own[1]}", "Another headline", source="portal"))
    assert [a.story_id for a in out[:4]] == ["p0", "p1", "p2", "p3"]
    assert (out[4].story_id, out[4].duplicate_kind) == ("p1", "near")


def test_a_pair_that_shares_only_the_articles_stock_is_judged_without_the_others_stock_mask():
    """Speed, same decisions: a stored article that shares with the new one only what is stock for
    the new one (its site's learned notice) cannot be a copy, so its own stock mask is not computed;
    a real copy's still is."""
    notice = ("We use cookies and similar technologies to personalise content and advertising, to provide "
              "social media features and to analyse our traffic; by clicking accept you agree to the processing "
              "of your data by us and our partners as described in the privacy policy.")
    det = StoryDetector(MemoryStoryStore(), None, StoryConfig())
    own = [paragraph(100 + n, 45) for n in range(5)]
    run(det, *[item(f"p{n}", f"{notice} {own[n]}", source="portal") for n in range(4)])
    masked: list[int] = []
    mask = det._stock.mask
    det._stock.mask = lambda shingles, source: masked.append(shingles.size) or mask(shingles, source)
    (other,) = run(det, item("p4", f"{notice} {own[4]}", source="portal"))
    assert other.story_id == "p4" and len(masked) == 1  # its own mask, none of the four it shares the notice with
    (copy,) = run(det, item("copy", f"{notice} {own[1]}", "Another headline", source="portal"))
    # its own, then the original's and the original's opening's (_is_copy): none of the other three
    assert (copy.story_id, copy.duplicate_kind) == ("p1", "near") and len(masked) == 1 + 3


def test_two_articles_of_one_site_whose_text_is_mostly_its_chrome_are_two_stories():
    """The failure: two articles of one site (different headlines), each a consent notice and a
    sentence of its own, were one story as a near copy, before the notice was learned as the site's
    stock; every later article of the site then joined the first (its notice counted once)."""
    notice = ("Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, "
              "Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu analysieren. "
              "Außerdem geben wir Informationen zu Ihrer Verwendung unserer Website an unsere Partner für soziale "
              "Medien, Werbung und Analysen weiter. Sie können Ihre Einwilligung jederzeit widerrufen.")
    det = StoryDetector(MemoryStoryStore(), None, StoryConfig())
    first, second, third, other_site = run(
        det, item("a", f"{notice}\nDie Parteien haben sich in Wien auf eine Regierung geeinigt.",
                  "Große Überraschung: Die Parteien sind sich einig", "de", "portal"),
        item("b", f"{notice}\nDer Kanzler stellt am Donnerstag sein neues Kabinett vor.",
             "Premiere in Wien: Der Kanzler bildet eine Regierung", "de", "portal"),
        item("c", f"{notice}\nIn Graz wurde am Abend ein neuer Bürgermeister gewählt.", "Graz hat gewählt", "de", "portal"),
        item("d", f"{notice}\nIn Linz öffnet am Montag eine neue Brücke über die Donau.", "Neue Brücke", "de",
             "elsewhere"))
    assert [a.story_id for a in (first, second, third)] == ["a", "b", "c"]
    assert other_site.story_id == "d"  # the notice is the portal's stock now, whatever site shows it
    assert det.stats["near_one_source_two_headlines"] == 1


def test_a_story_takes_one_article_of_a_source_and_language_whatever_path_admits_it():
    """Two articles of one site (different headlines) that both 'translate' a story's root (here every
    text embeds alike; in a crawl, two sites' consent notices in two languages do) are two texts:
    the second stays out of the story, while a copy of the first under its headline still joins."""
    det = StoryDetector(MemoryStoryStore(), SameVector(), StoryConfig(passage_chars=0))
    root, first, second, update = run(
        det, item("root", paragraph(400, 60), "Council approves the budget", source="wire"),
        item("a", paragraph(401, 60), "Rat beschließt den Haushalt", "de", "portal"),
        item("b", paragraph(402, 60), "Neue Brücke über die Donau", "de", "portal"),
        item("a2", paragraph(401, 60) + " Aktualisiert am Abend.", "Rat beschließt den Haushalt", "de", "portal"))
    assert (first.story_id, first.duplicate_kind) == ("root", "translation")
    assert second.story_id == "b"
    assert update.story_id == "root" and update.duplicate_kind in ("near", "translation")


def _chrome_site_pages(det: StoryDetector) -> list:
    """Two sites, one German and one French, each showing its notice (60 words of chrome) above
    two articles of a sentence or two (8 words) of their own; every text embeds alike."""
    notice_de, notice_fr = paragraph(500, 60), paragraph(501, 60)
    return run(det, item("a1", f"{notice_de}\n{paragraph(510, 8)}", "Erste Meldung", "de", "portal-de"),
               item("a2", f"{notice_de}\n{paragraph(511, 8)}", "Zweite Sache", "de", "portal-de"),
               item("b1", f"{notice_fr}\n{paragraph(512, 8)}", "Une nouvelle", "fr", "portail-fr"),
               item("b2", f"{notice_fr}\n{paragraph(513, 8)}", "Autre chose", "fr", "portail-fr"))


def test_pages_that_are_mostly_their_sites_chrome_are_no_translations_of_each_other():
    """The embedding of a page that is mostly a consent notice sees the notice, and a notice
    translates a notice: a body mostly stock text neither verifies as a translation nor verifies
    one (``translation_max_stock_share``), so the French pages do not join the German ones."""
    det = StoryDetector(MemoryStoryStore(), SameVector(), StoryConfig(passage_chars=0))
    assert [a.story_id for a in _chrome_site_pages(det)] == ["a1", "a2", "b1", "b2"]


def test_a_translation_with_a_block_of_chrome_still_joins_its_original():
    """A page whose own text is most of its body is judged as before, its site's notice and all."""
    det = StoryDetector(MemoryStoryStore(), SameVector(), StoryConfig(passage_chars=0))
    _chrome_site_pages(det)  # the German notice is the site's stock now
    root, translation = run(
        det, item("root", paragraph(400, 150), "Council approves the budget", "en", "wire"),
        item("t", f"{paragraph(500, 60)}\n{paragraph(401, 150)}", "Rat beschließt den Haushalt", "de", "portal-de"))
    assert root.story_id == "root"
    assert (translation.story_id, translation.duplicate_kind) == ("root", "translation")


def test_one_headline_is_kept_through_an_update_and_told_from_another_articles():
    """A page updated or at a second address keeps its headline's words (respelt, a figure changed,
    words added); another article of the site, even under a formulaic headline, names another subject."""
    from newsspider.stories.evidence import headline_words, same_headline

    def same(a: str, b: str) -> bool:
        return same_headline(headline_words(a), headline_words(b), StoryConfig().near_same_headline)

    assert same("Sturridge dips deep equalizer vs. Chelsea", "Sturridge dips deep equaliser vs. Chelsea")
    assert same("Fire in Ashcombe: 3 injured", "Fire in Ashcombe: 5 injured")
    assert same("Warehouse destroyed by fire", "Warehouse destroyed by fire: latest")
    assert not same("Warehouse destroyed by fire in Ashcombe", "Warehouse destroyed by fire in Brindlewick")
    assert not same("Große Überraschung: ÖVP und Grüne einig", "Premiere in Österreich: Kurz bildet Regierung")
    assert same("广州遭遇特大暴雨", "广州遭遇特大暴雨 最新") and not same("广州遭遇特大暴雨", "深圳遭遇特大暴雨")
    assert headline_words(None).size == 0


@pytest.mark.parametrize("order", [0, 1, 2])
def test_chrome_pages_of_one_site_stay_apart_while_its_copies_and_wire_reprints_join(order):
    """bench.chrome: in 7 languages, a site's articles sharing a consent notice, paywall or
    newsletter prompt of 300-800 characters with 1-3 sentences of their own; the site's exact copies,
    updated versions (under the same or an edited headline) and wire stories another site reprints."""
    pages = build_pages()
    result = score_chrome(pages, run_chrome(prepare_chrome(pages, "none"), order))
    assert result["false_merges"] == 0, result["examples"]
    assert {k: v for k, v in result.items() if k.endswith("_found")} == {
        "copy_found": "14/14", "reprint_found": "14/14", "retitled_found": "14/14", "updated_found": "14/14"}


def test_two_pages_of_one_site_without_headlines_are_judged_by_their_text_as_before():
    """A page without a headline (or a record stored before headlines were) has none to tell it by."""
    det = StoryDetector(MemoryStoryStore(), None, StoryConfig())
    text = " ".join(paragraph(300 + k) for k in range(3))
    _, copy = run(det, item("a", text, None, source="site"), item("b", text + " Updated.", "Later", source="site"))
    assert (copy.story_id, copy.duplicate_kind) == ("a", "near")


def test_the_record_says_what_a_copy_matched_and_how_strongly():
    det = StoryDetector(MemoryStoryStore(), None, StoryConfig())
    text = " ".join(paragraph(200 + k) for k in range(4))
    root, exact, near, again = run(det, item("root", text, "T"), item("exact", text.upper(), "t", source="b"),
                                   item("near", "PARIS - " + text[:-60] + " Source: agencies.", "T", source="c"),
                                   item("root", text, "T"))
    assert (root.duplicate_of, root.matched_id, root.duplicate_score) == (None, None, None)
    assert (exact.duplicate_of, exact.duplicate_kind, exact.matched_id, exact.duplicate_score) == ("root", "exact", "root", 1.0)
    assert (near.duplicate_of, near.duplicate_kind, near.matched_id) == ("root", "near", "root")
    assert 0.9 < near.duplicate_score < 1.0
    assert again == root  # the same article again: the same record
    near_again = det.assign(det.prepare([item("near", "PARIS - " + text[:-60] + " Source: agencies.", "T", source="c")])[0])
    assert near_again == near


@pytest.mark.parametrize("backend", [None, SameVector()], ids=["no-embeddings", "one-topic-embeddings"])
def test_formulaic_news_stays_apart_and_every_reprint_is_found(backend):
    """bench.formulaic: 160 reports sharing stock sentences and 40 reprints, in 4 arrival orders;
    with embeddings that make every report look alike too."""
    docs = build_reports(reprints=40)
    config = StoryConfig(passage_chars=0)
    det = StoryDetector(MemoryStoryStore(), backend, config)
    prepared = det.prepare([item(d.doc_id, d.text, d.title, "en", d.source) for d in docs])
    truth = {d.doc_id: d.story for d in docs}
    for order in range(4):
        shuffled = prepared[:]
        random.Random(order).shuffle(shuffled)
        det = StoryDetector(MemoryStoryStore(), backend, config)
        story = {p.id: det.assign(p).story_id for p in shuffled}
        found = defaultdict(set)
        for doc_id, story_id in story.items():
            found[story_id].add(truth[doc_id])
        assert all(len(v) == 1 for v in found.values()), f"order {order}: false merges"
        assert len(found) == len(set(truth.values())), f"order {order}: a reprint was missed"


def test_alignment_asks_every_passage_to_match_best_at_its_own_place():
    from newsspider.stories.detector import _alignment

    translation = np.array([[0.6, 0.1], [0.2, 0.5]])
    same_topic = np.array([[0.3, 0.3], [0.25, 0.3]])     # any passage matches any other about as well
    same_ending = np.array([[0.15, 0.15], [-0.06, 0.49]])  # stock endings match, middles do not
    assert _alignment(translation) == pytest.approx(0.3)
    assert _alignment(same_topic) == pytest.approx(0.0)
    assert _alignment(same_ending) == pytest.approx(0.0)


def test_numbers_veto_a_translation_and_the_same_figures_verify_one():
    from newsspider.stories.fingerprints import figures_disagree, same_figures

    c = StoryConfig()
    disagree = lambda a, b: figures_disagree(a, b, c.anchor_conflict_min, c.anchor_conflict_max_score)  # noqa: E731
    same = lambda a, b: same_figures(a, b, c.anchor_only_min_shared, c.anchor_only_min_score)  # noqa: E731
    weather = frozenset({"24", "27", "40", "60", "90"})
    assert disagree(weather, frozenset())                         # five figures against none
    assert disagree(weather, frozenset({"24", "35", "7"}))        # one of five shared
    assert not disagree(weather, frozenset({"24", "27", "7"}))    # two of five
    assert not disagree(frozenset({"2.89", "2040", "17"}), frozenset({"289", "2040", "17"}))  # million vs 万
    seeds = frozenset({"16", "175", "2014", "2500", "900"})
    assert same(seeds, seeds | {"3"})
    fish_prices = frozenset({str(n) for n in range(10, 200, 10)} | {"2020"})
    assert not same(frozenset({"2020", "40", "50", "70", "60"}), fish_prices)  # 4 of 20


def test_two_events_sharing_one_figure_of_three_are_no_translation_of_each_other():
    """Two companies' results embed alike (one genre, one layout) and share their growth, 16%, but
    not their revenue or jobs: 1 of 3 figures, a third of the larger set, under half of either. A
    translation keeps all of its original's figures, so the second company's report starts a story
    of its own, while the translation, whatever digits and separators it writes, joins the first."""
    e = np.eye(8)
    vectors = {"ko": e[0], "vi": e[0], "uk": e[0]}
    config = StoryConfig(passage_chars=0, mean_min_count=1000)  # no centring: the chosen cosines

    def report(language: str, revenue: str, jobs: str) -> StoryInput:  # words of its own in each language
        seed = 10 * len(vectors) * ord(language[0])
        text = "\n".join([f"{paragraph(seed, 12)} 16% {revenue}.", paragraph(seed + 1, 12),
                          f"{paragraph(seed + 2, 12)} {jobs}."])
        return item(language, text, language, language, source=language)

    det = StoryDetector(MemoryStoryStore(), ByTitle(vectors), config)
    _, vi, uk = run(det, report("ko", "366.2", "2,286"), report("vi", "72,8", "1.607"), report("uk", "366,2", "2 286"))
    assert vi.story_id == "vi" and vi.duplicate_of is None
    assert (uk.story_id, uk.duplicate_kind) == ("ko", "translation")


class ByTitle:
    """Vectors chosen per title (title + lead, lead only: no passages)."""

    name, dim = "bytitle", 8

    def __init__(self, vectors: dict[str, np.ndarray]) -> None:
        self.vectors = vectors

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.array([self.vectors[t.split("\n", 1)[0]] for t in texts], dtype=np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_a_translation_joins_on_a_quorum_that_includes_the_root():
    """The Urdu text scores under the bar against the Arabic root but is not contradicted by it,
    and matches the English member well: root + English member are the quorum. A Chinese text
    that matches only the English member, not the root, does not join."""
    e = np.eye(8)
    # cosines: ar-en 0.90, ar-ur 0.38 (under the bar, not contradicting), en-ur 0.67; zh: en 0.48, ur 0.97,
    # but ar 0.21 (contradicted). Lead-only scores are the cosine minus 0.11 (lead_only_min_score).
    vectors = {"ar": e[0] + 0.9 * e[1], "en": e[0] + 0.35 * e[1] + 0.25 * e[2], "ur": 0.6 * e[0] + e[2],
               "zh": 0.3 * e[0] + e[2]}
    config = StoryConfig(passage_chars=0, mean_min_count=1000)  # no centring: the chosen cosines
    det = StoryDetector(MemoryStoryStore(), ByTitle(vectors), config)
    text = "ein text ohne zahlen und ohne namen, der lang genug ist, um als artikel zu gelten, und noch länger."
    ar, en, ur, zh = run(det, item("ar", text, "ar", "ar"), item("en", text.replace("e", "a"), "en", "en"),
                         item("ur", text.replace("e", "o"), "ur", "ur"), item("zh", text.replace("e", "i"), "zh", "zh"))
    assert (en.story_id, en.duplicate_kind) == ("ar", "translation")
    assert (ur.story_id, ur.duplicate_kind, ur.matched_id) == ("ar", "translation", "ar")
    assert zh.story_id == "zh"


def test_a_translation_that_keeps_the_roots_paragraphs_does_not_need_the_quorums_mean():
    """The Urdu text clears the bar against the Arabic root but not the quorum's mean (it matches
    the English member poorly, as a translation matches an edited copy whose passages moved): it
    joins when it has the root's paragraphs, as a translation keeps its original's, and not when
    it is paragraphed its own way, as another outlet's report of the same event is."""
    e = np.eye(8)
    # lead-only scores are the cosine minus 0.15: ar-en 0.81, ar-ur 0.34, en-ur 0.11 (quorum mean 0.22)
    vectors = {"ar": e[0], "en": e[0] + 0.3 * e[1], "ur": e[0] + e[2] - 1.5 * e[1]}
    config = StoryConfig(passage_chars=0, mean_min_count=1000)  # no centring: the chosen cosines

    def urdu_story(urdu: list[str]) -> str | None:
        det = StoryDetector(MemoryStoryStore(), ByTitle(vectors), config)
        _, en, ur = run(det, item("ar", "\n".join(paragraph(k, 12) for k in range(10)), "ar", "ar"),
                        item("en", "\n".join(paragraph(10 + k, 12) for k in range(10)), "en", "en"),
                        item("ur", "\n".join(urdu), "ur", "ur"))
        assert (en.story_id, en.duplicate_kind) == ("ar", "translation")
        return ur.story_id

    urdu = [paragraph(20 + k, 12) for k in range(10)]
    assert urdu_story(urdu) == "ar"
    assert urdu_story(urdu[:4] + urdu[5:]) == "ar"  # an edited copy drops a paragraph
    assert urdu_story([" ".join(urdu[k:k + 2]) for k in range(0, 10, 2)]) == "ur"


def test_a_copy_of_a_lone_article_joins_the_story_whose_root_it_translates_with_its_paragraphs():
    """The Urdu article fails against the Arabic root (a translation whose passages moved) and
    starts a story of one; its reprint, the same text, is verified against the root and keeps the
    root's paragraphs: it joins the root's story, not the lone article's. Re-paragraphed its own
    way, it stays with the lone article it copies."""
    e = np.eye(8)
    # lead-only scores are the cosine minus 0.15: ar-ur 0.05 (under the root floor), ar-reprint 0.45
    vectors = {"ar": e[0], "ur": 0.2 * e[0] + e[2], "reprint": 0.6 * e[0] + 0.8 * e[3]}
    config = StoryConfig(passage_chars=0, mean_min_count=1000)  # no centring: the chosen cosines

    def reprint_of(urdu: list[str]):
        det = StoryDetector(MemoryStoryStore(), ByTitle(vectors), config)
        _, ur, reprint = run(det, item("ar", "\n".join(paragraph(k, 12) for k in range(10)), "ar", "ar"),
                             item("ur", "\n".join(paragraph(10 + k, 12) for k in range(10)), "ur", "ur"),
                             item("reprint", "\n".join(urdu), "reprint", "ur", source="other"))
        assert ur.story_id == "ur"
        return reprint.story_id, reprint.duplicate_kind, reprint.matched_id

    urdu = [paragraph(10 + k, 12) for k in range(10)]
    assert reprint_of(["KARACHI (AFP) - " + urdu[0]] + urdu[1:]) == ("ar", "translation", "ar")
    assert reprint_of([" ".join(urdu[k:k + 2]) for k in range(0, 10, 2)]) == ("ur", "near", "ur")


def test_a_translation_of_two_fragments_roots_goes_on_with_the_larger_story():
    """The Urdu text fails against the Arabic root (a translation whose passages moved) and starts
    a story of one. A French text is verified against both roots and keeps both roots' paragraphs:
    it is both texts' translation, so the two stories are one text's fragments, and it joins the
    larger (the Arabic root's, with its English member), though it scores higher against the
    Urdu root. Paragraphed its own way, it is judged by its score as before."""
    e = np.eye(8)
    # lead-only scores are the cosine minus 0.15: ar-ur 0.05 (under the root floor), fr-ar 0.48, fr-ur 0.74
    vectors = {"ar": e[0], "en": e[0] + 0.3 * e[1], "ur": 0.2 * e[0] + e[2], "fr": 0.6 * e[0] + 0.75 * e[2]}
    config = StoryConfig(passage_chars=0, mean_min_count=1000)  # no centring: the chosen cosines

    def french_story(french: list[str]) -> str:
        det = StoryDetector(MemoryStoryStore(), ByTitle(vectors), config)
        _, en, ur, fr = run(det, item("ar", "\n".join(paragraph(k, 12) for k in range(10)), "ar", "ar"),
                            item("en", "\n".join(paragraph(10 + k, 12) for k in range(10)), "en", "en"),
                            item("ur", "\n".join(paragraph(20 + k, 12) for k in range(10)), "ur", "ur"),
                            item("fr", "\n".join(french), "fr", "fr"))
        assert (en.story_id, ur.story_id) == ("ar", "ur")
        assert fr.duplicate_kind == "translation"
        return fr.story_id

    french = [paragraph(30 + k, 12) for k in range(10)]
    assert french_story(french) == "ar"
    assert french_story([" ".join(french[k:k + 2]) for k in range(0, 10, 2)]) == "ur"


def test_a_translation_whose_figures_contradict_the_root_does_not_join_on_the_quorum():
    """As above, but the Urdu text cites none of the root's figures (the English member cites
    both sets, so neither pair with it is contradicted): under the bar against the root, its
    contradiction is checked when the quorum is asked, and it does not join."""
    e = np.eye(8)
    vectors = {"ar": e[0] + 0.9 * e[1], "en": e[0] + 0.35 * e[1] + 0.25 * e[2], "ur": 0.6 * e[0] + e[2]}
    config = StoryConfig(passage_chars=0, mean_min_count=1000)  # no centring: the chosen cosines
    det = StoryDetector(MemoryStoryStore(), ByTitle(vectors), config)
    text = "ein text ohne namen, der lang genug ist, um als artikel zu gelten, und noch länger. "
    root_figures, other_figures = "1812 2934 3756 4578.", "5190 6231 7342 8453."
    ar, en, ur = run(det, item("ar", text + root_figures, "ar", "ar"),
                     item("en", text.replace("e", "a") + root_figures + " " + other_figures, "en", "en"),
                     item("ur", text.replace("e", "o") + other_figures, "ur", "ur"))
    assert (en.story_id, en.duplicate_kind) == ("ar", "translation")
    assert ur.story_id == "ur" and ur.duplicate_of is None


def test_an_edited_copy_of_a_member_joins_when_the_root_shares_its_start():
    """An edited reprint of the story's English member (dateline added, a sentence dropped) joins
    as its copy when its title + lead clears the lead floor against the root, even though its
    whole-text score against the root is under story_root_floor; one whose start differs from the
    root's stays a story of its own."""
    e = np.eye(8)
    lead = StoryConfig().translation_min_lead
    vectors = {"ar": e[0], "en": e[0] + 0.2 * e[1],
               "reprint": (lead + 0.03) * e[0] + np.sqrt(1 - (lead + 0.03) ** 2) * e[3],
               "other start": (lead - 0.08) * e[0] + np.sqrt(1 - (lead - 0.08) ** 2) * e[4]}
    config = StoryConfig(passage_chars=0, mean_min_count=1000)  # no centring: the chosen cosines
    det = StoryDetector(MemoryStoryStore(), ByTitle(vectors), config)
    p = [paragraph(i) for i in range(6)]
    original = " ".join(p[0:5])
    edited = "LONDON (AFP) - " + " ".join(p[0:2] + p[3:5])
    ar, en, reprint, other = run(
        det, item("ar", paragraph(99), "ar", "ar"), item("en", original, "en", "en"),
        item("reprint", edited, "reprint", "en", source="other"),
        item("other", edited, "other start", "en", source="third"))
    assert (en.story_id, en.duplicate_kind) == ("ar", "translation")
    assert (reprint.story_id, reprint.duplicate_kind, reprint.matched_id) == ("ar", "near", "en")
    assert other.story_id != "ar"


def test_a_story_holds_one_text_per_language():
    """A story is one text: in a language where it already has a member, a new article joins only as
    a text copy of a member there. Another outlet's report of the event in that language verifies
    as a translation of the root as well as the member does (text-blind evidence: here every text
    embeds alike), but it is another text (bench.formulaic_languages: two outlets' reports of one
    weather warning in Spanish both joined a German root)."""
    det = StoryDetector(MemoryStoryStore(), SameVector(), StoryConfig(passage_chars=0))
    root = " ".join(paragraph(k) for k in range(3))
    translation = " ".join(paragraph(10 + k) for k in range(3))
    other = " ".join(paragraph(20 + k) for k in range(3))
    out = run(det, item("de", root, "Warnung", lang="de", source="de-a"),
              item("es", translation, "Alerta", lang="es", source="es-a"),
              item("es-rival", other, "Temporal", lang="es", source="es-b"),
              item("es-copy", "MADRID - " + translation + " Fuente: es-a.", "Alerta", lang="es", source="es-c"),
              item("fr", " ".join(paragraph(30 + k) for k in range(3)), "Alerte", lang="fr", source="fr-a"))
    assert [a.story_id for a in out] == ["de", "de", "es-rival", "de", "de"]


def test_a_story_holds_one_text_per_language_beyond_the_members_it_checks():
    """A story of more members than a check reads (``story_check_members``, the oldest first) still
    has its text in a language whose first member came later: another outlet's report in that
    language is another text there, however it verifies against the root."""
    cfg = StoryConfig(passage_chars=0)
    det = StoryDetector(MemoryStoryStore(), SameVector(), cfg)
    languages = "de fr it pt nl pl cs sk sl hr ro hu fi sv da no et lv lt bg el tr ca id".split()
    assert len(languages) >= cfg.story_check_members - 1
    translations = [item(lang, " ".join(paragraph(100 + 10 * n + k) for k in range(3)), "Warning", lang=lang,
                         source=f"{lang}-a") for n, lang in enumerate(languages[:cfg.story_check_members - 1])]
    out = run(det, item("en", " ".join(paragraph(k) for k in range(3)), "Warning", lang="en", source="en-a"),
              *translations,
              item("es", " ".join(paragraph(10 + k) for k in range(3)), "Alerta", lang="es", source="es-a"),
              item("es-rival", " ".join(paragraph(20 + k) for k in range(3)), "Temporal", lang="es", source="es-b"))
    assert [a.story_id for a in out[-2:]] == ["en", "es-rival"]


def test_a_language_written_in_two_scripts_may_hold_one_text_in_each():
    """Serbian news is published in Cyrillic and in Latin, Chinese in simplified and traditional
    characters: under one language code a text and its transliteration share no shingle, so in
    such a language a second text is not refused as another text (it may be the same one)."""
    det = StoryDetector(MemoryStoryStore(), SameVector(), StoryConfig(passage_chars=0))
    out = run(det, item("en", " ".join(paragraph(k) for k in range(3)), "Warning", lang="en", source="en-a"),
              item("sr-cyrl", " ".join(paragraph(10 + k) for k in range(3)), "Упозорење", lang="sr", source="sr-a"),
              item("sr-latn", " ".join(paragraph(20 + k) for k in range(3)), "Upozorenje", lang="sr", source="sr-b"))
    assert [a.story_id for a in out] == ["en", "en", "en"]
