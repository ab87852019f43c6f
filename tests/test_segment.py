"""Segmentation and party resolution: golden files of the article tree for samples in every
format and style, and focused cases. Regenerate goldens after an intended change with
``CONTRACTCHECK_UPDATE_GOLDEN=1 pytest tests/test_segment.py`` and review the diff."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from contractcheck.extract import extract, extract_text
from contractcheck.parties import resolve
from contractcheck.segment import build, kanji_to_int, normalize

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_SAMPLES = ["01_itaku_compliant.docx", "03_itaku_contrary.pdf", "05_tokki_only.txt",
                  "07_haken_without_privacy.txt", "10a_hatchusha_kanji.pdf",
                  "11_auto_numbering.docx"]


def outline(path: Path) -> dict:
    st = build(extract(path))
    return {"title": st.title, "attachments": st.attachments, "articles": st.articles,
            "sentences": [[s.article, s.article_title, s.is_item, s.lead, s.norm[:40],
                           s.loc.describe()] for s in st.sentences]}


@pytest.mark.parametrize("name", GOLDEN_SAMPLES)
def test_outline_matches_golden(name):
    got = outline(ROOT / "samples" / name)
    golden = GOLDEN / (name + ".json")
    if os.environ.get("CONTRACTCHECK_UPDATE_GOLDEN") or not golden.exists():
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


def test_word_auto_numbering_recovers_article_labels():
    st = build(extract(ROOT / "samples" / "11_auto_numbering.docx"))
    labels = {s.article.split(" ")[-1].split("第")[1] for s in st.sentences if s.article and "条" in s.article}
    assert len(labels) >= 5


def test_kanji_articles_items_and_attachments():
    text = """業務委託契約書
（秘密の保持）
第十二条　乙は、業務上知り得た秘密を漏らしてはならない。契約の終了後も同様とする。
２　乙は、次に掲げる行為をしてはならない。
一　個人情報を目的外に利用すること。
二　甲の承認なく複製すること。
別記
個人情報取扱特記事項
第１　基本的事項
乙は、個人情報を適正に取り扱わなければならない。
"""
    st = build(extract_text(text))
    arts = [(s.article, s.is_item) for s in st.sentences]
    assert ("第12条", False) in arts
    assert ("第12条第2項第1号", True) in arts
    assert ("第12条第2項第2号", True) in arts
    assert st.attachments == ["別記 個人情報取扱特記事項"]
    assert st.sentences[-1].article == "別記 個人情報取扱特記事項 第1"
    assert st.sentences[-1].article_title == "基本的事項"
    item = next(s for s in st.sentences if s.article == "第12条第2項第1号")
    assert st.sentences[item.lead].norm.startswith("乙は、次に掲げる行為")


def test_pdf_broken_lines_page_numbers_and_cross_references_are_rejoined():
    text = """第8条　乙は、個人情報の管理状況について、毎月、契約書
第12条の月次報告書により甲に報告しなければな
－ 3 －
らない。
第9条　乙は、再委託してはならない。"""
    st = build(extract_text(text))
    assert [s.article for s in st.sentences] == ["第8条", "第9条"]
    assert st.sentences[0].norm.endswith("甲に報告しなければならない。")


def test_normalize():
    assert normalize("第十二条　甲又は乙は、および") == "第12条甲又は乙は、及び"
    assert normalize("第二十一条") == "第21条"
    assert kanji_to_int("百二") == 102 and kanji_to_int("二〇") == 20 and kanji_to_int("x") is None


@pytest.mark.parametrize("text,client,contractor", [
    ("練馬区（以下「甲」という。）と株式会社ネリマ（以下「乙」という。）は", "甲", "乙"),
    ("株式会社ネリマ（以下「甲」という。）と練馬区（以下「乙」という。）は", "乙", "甲"),
    ("練馬区長（以下「発注者」という。）と有限会社光が丘（以下「受注者」という。）", "発注者", "受注者"),
    ("一般財団法人ねりま（以下「指定管理者」という。）と練馬区（以下「区」という。）", "区", "指定管理者"),
    ("", "委託者", "受託者"),
])
def test_party_resolution(text, client, contractor):
    parties = resolve(text)
    assert parties.role_of(client) == "client"
    assert parties.role_of(contractor) == "contractor"


def test_circled_numbers_are_items_under_a_list_and_paragraphs_otherwise():
    # NFKC turns ① into 1: a short ① line used to be taken for a bare heading and dropped.
    text = """第十八条　乙は、あらかじめ甲の承認を受けた場合を除き、次に掲げる行為をしてはならない。
①　個人情報の複製又は複写
②　個人情報の電子メールによる送信
第十九条　乙は、秘密を守らなければならない。
②　乙は、前項の義務を従業者に守らせなければならない。
"""
    st = build(extract_text(text))
    arts = [(s.article, s.is_item, s.norm) for s in st.sentences]
    assert ("第18条第1号", True, "個人情報の複製又は複写") in arts
    assert ("第18条第2号", True, "個人情報の電子メールによる送信") in arts
    assert ("第19条第2項", False, "乙は、前項の義務を従業者に守らせなければならない。") in arts


def test_label_lines_under_a_lead_are_its_list():
    text = """第19条　乙は、個人情報の取扱状況について、次のとおり甲に報告しなければならない。
報告の時期：毎月10日まで（前月分）
報告の方法：甲が定める様式による書面
"""
    st = build(extract_text(text))
    assert [s.is_item for s in st.sentences] == [False, True, True]
    assert "報告の時期:毎月10日まで" in st.sentences[0].items_text


def test_a_short_label_line_inside_a_broken_sentence_is_a_running_header():
    text = ("第11条　派遣元は、派遣労働者に、派遣先の業務で取り扱う個人情報を当該業務の\n"
            "目的以外に利用させないとともに、派遣先の許可なく複\n派遣先：練馬区\n"
            "製し、又は持ち出させないものとする。\n")
    st = build(extract_text(text))
    assert len(st.sentences) == 1 and "許可なく複製し" in st.sentences[0].norm


def test_numbered_section_titles_start_new_sections():
    text = "９（消去）\n乙は、業務が完了したときは、個人情報を消去しなければならない。\n10（立入検査）\n甲は、いつでも乙の事業所に立ち入ることができる。\n"
    st = build(extract_text(text))
    assert [s.article for s in st.sentences] == ["第9", "第10"]
    assert [s.article_title for s in st.sentences] == ["消去", "立入検査"]


def test_two_cell_table_rows_read_as_label_and_value(tmp_path):
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "報告の時期", "毎月10日まで"
    t.cell(1, 0).text, t.cell(1, 1).text = "第5条", "乙は、秘密を守らなければならない。"
    f = tmp_path / "t.docx"
    d.save(f)
    blocks = extract(f)
    texts = [b.text for b in blocks]
    assert "報告の時期：毎月10日まで" in texts
    assert "第5条" in texts  # a numbering cell stays structure
    joined = next(b for b in blocks if b.text.startswith("報告の時期"))
    assert (joined.loc.row, joined.loc.cell) == (1, 2)


def test_numbered_special_provisions_sections_and_list_leads():
    text = """別記
個人情報取扱特記事項
（秘密の保持）
1　乙は、業務上知り得た個人情報を他に漏らしてはならない。
（安全管理）
2　乙は、個人情報の漏えいの防止のために必要な措置を講じなければならない。
3　乙は、次に定めるところにより処理しなければならない。ただし、甲が承認した場合は、この限りでない。
一　資料を返還すること。
"""
    st = build(extract_text(text))
    arts = [(s.article.split(" ")[-1], s.article_title) for s in st.sentences]
    assert arts[:2] == [("第1", "秘密の保持"), ("第2", "安全管理")]
    item = st.sentences[-1]
    assert item.is_item and st.sentences[item.lead].norm.startswith("乙は、次に定めるところにより")


def test_sections_written_as_dai_n_with_text_and_repeated_page_headers():
    text = """個人情報取扱特記事項
（秘密の保持）
第２　受注者は、本業務に関して知り得た個人情報を漏らしてはならない。
（管理責任者の届出）
第３　受注者は、個人情報の管理について責任を負う者（以下「管理責任者」
という。）を選任し、その氏名を書面により発注者に届け出なければならない。
- 2 -
個人情報取扱特記事項
２　受注者は、本業務に従事する者に研修を実施しなければならない。
第12　乙は、個人情報の取扱状況について、次により甲に報告しなければならない。
　報告の時期：毎月10日まで
"""
    st = build(extract_text(text))
    got = [(s.article, s.norm[:12]) for s in st.sentences]
    assert ("第2", "受注者は、本業務に関して") in got
    assert ("第3", "受注者は、個人情報の管理") in got  # joined across 「」 inside an open （
    assert ("第3第2項", "受注者は、本業務に従事す") in got  # the repeated title is a page header
    assert st.attachments == []
    last = st.sentences[-1]
    assert last.is_item and st.sentences[last.lead].article == "第12"


def test_a_title_may_end_in_a_parenthetical_subtitle():
    from contractcheck.segment import is_title_line

    assert is_title_line("特記事項（個人情報の取扱い）")
    assert is_title_line("個人情報取扱特記事項")
    assert not is_title_line("乙は、特記事項（個人情報の取扱い）を遵守する。")
