"""A portal's meta line (a date and a source or byline credit side by side) above the story and an
editor's credit below it ("责任编辑：陈晓燕") go; story lines of the same surface shape stay."""
from __future__ import annotations

import pytest

from newsspider.extract.cleaning import clean_text

STORY = ["受强对流天气影响，湖北多地昨夜出现大到暴雨，局部地区降雨量超过一百毫米。",
         "市防汛部门已启动四级应急响应，出动排水人员两千余人。",
         "目前暂无人员伤亡报告。农业部门提醒农户及时做好田间排水工作。"]
RU_STORY = ["Ливни затопили несколько улиц в центре города.", "Коммунальные службы откачивают воду круглосуточно.",
            "Пострадавших нет, сообщили в администрации."]


def _clean(lines: list[str], site: str = "江城晚报") -> list[str]:
    return clean_text("\n".join(lines), title="湖北多地遭遇强降雨", site_name=site).text.split("\n")


@pytest.mark.parametrize("meta", [
    "2026年10月13日 08:01\u00a0\u00a0来源：江城晚报",   # the wide space sina / 163 print
    "2026年10月13日 08:01 来源：江城晚报",              # one space
    "2025/08/31  來源：南瀛日報",
    "2026.03.05 10:30 | 출처: 광주일보",
    "2026年10月13日 08:01  来源：江城晚报  记者：王小明",
])
def test_portal_meta_line_above_the_story_goes(meta):
    assert _clean([meta, *STORY]) == STORY


@pytest.mark.parametrize("editor", ["责任编辑：陈晓燕", "編輯：許雅婷", "责任编辑： 陈晓燕", "【责任编辑:王萌】",
                                    "(责编：杨虞波罗、牛镛)", "편집: 김민지"])
def test_editor_credit_below_the_story_goes(editor):
    assert _clean([*STORY, editor]) == STORY


def test_meta_line_below_the_story_goes():
    assert _clean([*STORY, "13.10.2026 08:01 | Источник: ТАСС"]) == STORY


@pytest.mark.parametrize("line", [
    "2026年10月13日 08:01  来源：目前暂无人员伤亡报告。农业部门提醒农户及时做好田间排水工作。",  # a sentence after the label
    "13.10.2026 08:01  Источник: Пострадавших нет, сообщили в администрации.",
    "2026年10月13日，武汉市政府召开新闻发布会，通报最新汛情。",                       # a paragraph opening with a date
    "据新华社报道，长江武汉段水位仍在缓慢上涨。",                                      # a story quoting its source
    "消息来源称，事故原因仍在调查中。",
    "2026年10月13日 08:01  记者从市防汛办获悉，水位仍在上涨。",
    "13.10.2026 · Reuters: Oil prices rose on Monday",
    "| 2026年10月13日 08:01 | 来源： 陈晓燕 |",                                         # a table's row
    "更正：本文此前版本误将发布会日期写为10月12日。",                                  # a correction note
])
def test_story_lines_shaped_like_meta_lines_stay_at_either_edge(line):
    assert line in _clean([line, *STORY])
    assert line in _clean([*STORY, line])


def test_interview_turns_stay_though_shaped_like_a_byline():
    """An interview's turns repeat their label: "记者：谢谢" closing it is the story's, not a credit."""
    qa = ["记者：请问排水工作何时完成？", "王局长：预计本周内全部完成。", "记者：市民需要注意什么", "王局长：尽量减少外出。", "记者：谢谢"]
    out = _clean([STORY[0], *qa])
    assert all(line in out for line in qa)
    qa = ["기자: 주민 불편 대책은", "시장: 우회도로를 마련하겠습니다.", "기자: 개통 시기는 언제인가요?", "시장: 2028년 말입니다."]
    out = _clean([*qa, *STORY], site="광주일보")
    assert all(line in out for line in qa)


def test_cased_story_line_after_an_editor_label_stays():
    line = "Текст: закон принят в третьем чтении"
    assert line in _clean([*RU_STORY, line], site="Вечерний Город")


def test_dated_source_line_naming_no_one_stays():
    """A source label before words no name is ("Source: a senior official") opens the story's line."""
    line = "13.10.2026  Source: a senior official at the ministry"
    story = ["Floods closed three roads in the city centre.", "Crews pumped water through the night."]
    assert line in clean_text("\n".join([line, *story]), title="Floods", site_name="City Post").text


def test_byline_repeated_in_an_author_box_still_goes_above_the_story():
    """A byline's label opening the author box below too is no interview: no other speaker beside it."""
    text = "\n".join(["Автор: Иван Петров", *RU_STORY, "Автор: Иван Петров — журналист, пишет о городе."])
    out = clean_text(text, title="Ливни", site_name="Вечерний Город").text.split("\n")
    assert out[0] == RU_STORY[0]


def test_interview_with_unlabelled_answers_keeps_its_closing_turn():
    qa = ["记者：请问排水工作何时完成？", "预计本周内全部完成。", "记者：市民需要注意什么？", "尽量减少外出。", "记者：谢谢"]
    assert _clean([STORY[0], *qa])[-1] == "记者：谢谢"


def test_closing_turn_stays_when_its_label_opens_one_other_line():
    """Below the story one other line with the label is enough: the interview's other turns may be gone."""
    assert _clean([*STORY, "記者：請問救助何時發放？", "預計下週開始發放。", "記者：謝謝"])[-1] == "記者：謝謝"


@pytest.mark.parametrize("box", [
    ["书名：《活着》", "出版社：作家出版社", "作者：余华"],
    ["Titel: Lichtspiel", "Verlag: Rowohlt", "Autor: Daniel Kehlmann"],
    ["Название: «Зулейха открывает глаза»", "Издательство: АСТ", "Автор: Гузель Яхина"],
    ["العنوان: الثلاثية", "الناشر: دار الشروق", "الكاتب: نجيب محفوظ"],
])
def test_book_fact_box_closing_a_story_keeps_its_author(box):
    """A labelled line above that is the story's own ("Verlag: Rowohlt") sets the author's line in a fact box."""
    assert _clean([*STORY, *box])[-3:] == box


@pytest.mark.parametrize("line", ["Erscheinungstermin: 13.10.2026 · Autor: Daniel Kehlmann",
                                  "Premiera: 13.10.2026 · Autorka: Olga Tokarczuk"])
def test_fact_line_of_a_labelled_date_and_an_author_stays(line):
    """Only a dateline's own phrase labels a meta line's date: "Premiera: 13.10.2026" is a fact."""
    assert _clean([*STORY, line])[-1] == line


@pytest.mark.parametrize("qa", [["王局长：预计本周内全部完成。", "记者：好的"], ["Mayor: Next week, I hope.", "Reporter: Okay"],
                                ["问：排水工作何时完成？", "答：预计本周内全部完成。", "记者：谢谢"]])
def test_closing_turn_after_another_speakers_turn_stays(qa):
    assert _clean([*STORY, *qa])[-len(qa):] == qa


def test_portal_source_above_the_editor_credit_both_go():
    assert _clean([*STORY, "来源：新华网", "责任编辑：陈晓燕"]) == STORY


@pytest.mark.parametrize("credit", ["本文来源：江城晚报", "摄影：李华", "原标题：湖北多地遭遇强降雨"])
def test_editor_credit_below_one_labelled_credit_goes(credit):
    """One line of a label and a name above is the template's credits, no fact box: the editor's goes."""
    assert _clean([*STORY, credit, "责任编辑：陈晓燕"])[-1] == credit


@pytest.mark.parametrize("credits,box", [
    (["Автор: Иван Петров", "Фото: Анна Смирнова"], "Автор: Иван Петров — журналист, пишет о городе."),
    (["记者：王小明", "摄影：李华"], "记者：王小明 编辑：赵敏"),
])
def test_byline_beside_a_photo_credit_goes_though_its_label_opens_the_author_box(credits, box):
    """A photo credit beside a byline names people, says nothing: no interview's other speaker."""
    out = clean_text("\n".join([*credits, *RU_STORY, box]), title="Ливни", site_name="Вечерний Город").text.split("\n")
    assert credits[0] not in out
