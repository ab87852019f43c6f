"""The adequacy decisions of issue #3, each shown both ways on sentences, through the whole
engine. Pattern-file examples cover the rest; these pin the reasons an officer reads."""

from __future__ import annotations

import pytest

from contractcheck.cli import run

pytestmark = pytest.mark.ginza

SUB_OK = """第4条　乙は、あらかじめ甲の書面による承認を得なければ、本業務を第三者（乙の子会社を含む。）に委託してはならない。
2　乙は、前項の承認を得て再委託する場合は、再委託先にこの特記事項を遵守させなければならない。"""


def status(engine, text, item, kind="outsourcing"):
    r = engine.check_text(text, "t.txt", kind=kind).item(item)
    return r.status, r.reason, r.notes


def test_contractor_bears_the_duty_not_the_client(engine):
    assert status(engine, "乙は、個人情報の漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。", "security")[0] == "present"
    st, reason, _ = status(engine, "甲は、個人情報の漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。", "security")
    assert st == "weak" and "委託者" in reason


def test_swapped_definitions_decide_who_is_who(engine):
    text = "株式会社ネリマ（以下「甲」という。）と練馬区（以下「乙」という。）は、次のとおり契約を締結する。\n"
    st, reason, _ = status(engine, text + "第6条　乙は、個人情報の漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。", "security")
    assert st == "weak" and "委託者" in reason
    assert status(engine, text + "第6条　甲は、個人情報の漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。", "security")[0] == "present"


def test_effort_is_weak(engine):
    st, reason, _ = status(engine, "乙は、個人情報の漏えいの防止のために必要な措置を講ずるよう努めるものとする。", "security")
    assert st == "weak" and "努力義務" in reason


@pytest.mark.parametrize("exception,expected", [
    ("甲の書面による承認を得た場合を除き、", "adequate"),
    ("乙が業務上必要と認める場合を除き、", "weak"),
])
def test_exception_scope(engine, exception, expected):
    from contractcheck.engine import facet_levels

    text = f"乙は、{exception}個人情報を複製してはならない。"
    assert facet_levels(engine, text, "copying", "outsourcing")["copy"] == expected


def test_tadashi_without_approval_swallows_the_rule(engine):
    from contractcheck.engine import facet_levels

    levels = facet_levels(engine, "乙は、個人情報を複製してはならない。ただし、必要がある場合はこの限りでない。", "copying", "outsourcing")
    assert levels["copy"] == "weak"


def test_subcontracting_says_which_piece_is_missing(engine):
    assert status(engine, SUB_OK, "subcontracting")[0] == "present"
    st, reason, _ = status(engine, "第4条　乙は、甲の承認を得ずに再委託してはならない。\n2　乙は、再委託先にこの特記事項を遵守させなければならない。", "subcontracting")
    assert st == "weak" and "子会社" in reason and "再委託先" not in reason.split("子会社")[0][-15:]
    st, reason, _ = status(engine, "第4条　乙は、甲の承認を得ずに第三者（子会社を含む。）に委託してはならない。", "subcontracting")
    assert st == "weak" and "再委託先" in reason
    st, reason, _ = status(engine, "第4条　乙は、本業務の一部を第三者に再委託することができる。", "subcontracting")
    assert st == "weak" and "許容" in reason


def test_free_permission_beats_a_prohibition_elsewhere(engine):
    text = SUB_OK + "\n第20条　前条の規定にかかわらず、乙は、本業務の一部を第三者に再委託することができる。"
    assert status(engine, text, "subcontracting")[0] == "weak"


def test_confidentiality_survival_is_a_note(engine):
    st, _, notes = status(engine, "乙は、業務上知り得た秘密を漏らしてはならない。\n乙は、個人情報を目的以外に利用してはならない。", "confidentiality")
    assert st == "present" and any("終了後" in n for n in notes)


def test_incident_timing_and_permission(engine):
    ok = "乙は、個人情報の漏えい等の事故が発生したときは、直ちに甲に報告し、甲の指示に従わなければならない。"
    assert status(engine, ok, "incident")[0] == "present"
    st, reason, _ = status(engine, ok.replace("直ちに", "業務完了後に取りまとめて"), "incident")
    assert st == "weak" and "後回し" in reason
    assert status(engine, "乙は、個人情報の漏えい等の事故が発生したときは、甲に報告することができる。", "incident")[0] == "weak"


def test_return_deletion_both_halves_and_client_discretion(engine):
    ok = "乙は、契約が終了したときは、個人情報が記録された資料を甲に返還し、又は消去しなければならない。"
    st, _, notes = status(engine, ok, "return-deletion")
    assert st == "present" and any("消去証明" in n for n in notes)  # a suggestion, not a requirement
    assert status(engine, "乙は、契約が終了したときは、個人情報を消去しなければならない。", "return-deletion")[0] == "weak"
    st, reason, _ = status(engine, "乙は、甲が必要と認めるときは、個人情報を返還し、又は消去しなければならない。", "return-deletion")
    assert st == "weak" and "必要と認める" in reason


def test_termination_for_other_reasons_is_not_evidence(engine):
    text = "甲は、予算の減額があったときは、契約を解除することができる。\n甲は、乙が暴力団員であると判明したときは、契約を解除することができる。"
    assert status(engine, text, "termination-damages")[0] == "missing"
    ok = "甲は、乙がこの特記事項に違反したときは、契約を解除することができる。\n乙は、この特記事項に違反して甲に損害を与えたときは、その損害を賠償しなければならない。"
    assert status(engine, ok, "termination-damages")[0] == "present"


def test_reporting_one_off_is_weak(engine):
    audit = "\n甲は、乙の作業場所に立ち入り、個人情報の管理状況を検査することができる。"
    assert status(engine, "乙は、毎月、個人情報の取扱状況を甲に報告しなければならない。" + audit, "reporting-audit")[0] == "present"
    assert status(engine, "乙は、業務完了後、個人情報の取扱状況を甲に報告しなければならない。" + audit, "reporting-audit")[0] == "weak"


def test_dispatch_items(engine):
    text = ("第8条　乙は、派遣労働者に、派遣就業中に知り得た秘密を漏らさないよう遵守させなければならない。派遣期間が終了した後も同様とする。")
    assert status(engine, text, "dispatch-secrecy", "dispatch")[0] == "present"
    assert status(engine, text.split("派遣期間")[0] + "派遣期間", "dispatch-secrecy", "dispatch")[0] == "weak"


def test_advisories_do_not_change_the_exit_code(tmp_path, capsys):
    # Every required item present, every advisory missing: exit 0.
    text = """業務委託契約書
第1条　乙は、業務上知り得た秘密を他に漏らしてはならない。契約終了後も同様とする。
第2条　乙は、個人情報を目的以外に利用し、又は第三者に提供してはならない。
第3条　乙は、あらかじめ甲の書面による承認を得なければ、本業務を第三者（乙の子会社を含む。）に委託してはならない。
2　乙は、前項の承認を得て再委託する場合は、再委託先にこの契約の個人情報に関する義務を遵守させなければならない。
第4条　乙は、甲の承認なく個人情報を複製してはならない。
第5条　乙は、個人情報の漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。
第6条　乙は、個人情報の漏えい等の事故が発生したときは、直ちに甲に報告し、甲の指示に従わなければならない。
第7条　乙は、契約が終了したときは、個人情報が記録された資料を甲に返還し、又は消去しなければならない。
第8条　甲は、乙がこの契約に違反したときは、契約を解除することができる。
2　乙は、この契約に違反して甲に損害を与えたときは、その損害を賠償しなければならない。
第9条　乙は、毎月、個人情報の取扱状況を甲に報告しなければならない。
2　甲は、乙の作業場所に立ち入り、個人情報の管理状況を検査することができる。
"""
    f = tmp_path / "ok.txt"
    f.write_text(text, encoding="utf-8")
    assert run(["check", str(f), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert '"severity": "advisory"' in out and '"status": "missing"' in out


def test_conditions_found_through_an_article_reference(engine):
    text = ("第12条　乙は、個人情報の漏えい等の事故が生じたときは、直ちに甲に報告しなければならない。\n"
            "別記　個人情報取扱特記事項\n"
            "10　前記第12条の場合において、乙は、甲の指示に従い、必要な措置を講じなければならない。")
    assert status(engine, text, "incident")[0] == "present"
    assert status(engine, text.replace("前記第12条の場合において、", ""), "incident")[0] == "weak"


def test_list_items_are_read_with_their_siblings(engine):
    text = ("第3　乙は、次に掲げる事項を記載した書面を、業務の開始前に甲に提出しなければならない。\n"
            "(1) 個人情報の管理責任者の氏名\n(2) 業務従事者の氏名及び担当業務\n")
    assert status(engine, text, "management-structure")[0] == "present"
    st, reason, _ = status(engine, text.replace("(2) 業務従事者の氏名及び担当業務\n", ""), "management-structure")
    assert st == "weak" and "業務従事者" in reason


def test_management_structure_needs_each_half_reported(engine):
    text = ("第7条　乙は、本業務に従事する作業員の名簿を甲に提出しなければならない。\n"
            "2　乙は、個人情報の管理責任者を置き、作業員を監督させなければならない。")
    st, reason, _ = status(engine, text, "management-structure")
    assert st == "weak" and "管理責任者" in reason
    assert status(engine, text.replace("管理責任者を置き、作業員を監督させなければならない",
                                       "管理責任者を定め、書面により甲に届け出なければならない"),
                  "management-structure")[0] == "present"


def test_report_before_an_instruction_condition_is_a_main_duty(engine):
    # GiNZA hangs 「報告し」 under the following 「指示があるとき」; the condition is about the
    # client's instruction, so the report is the contractor's own duty.
    text = "第9条　乙は、個人情報の漏えい等の事故が発生したときは、直ちに甲に報告し、甲の指示があるときは、これに従わなければならない。"
    assert status(engine, text, "incident")[0] == "present"
    st, reason, _ = status(engine, text.replace("直ちに甲に報告し", "業務完了報告書により甲に報告し"), "incident")
    assert st == "weak" and "後回し" in reason


def test_permission_without_approval_is_not_an_approval(engine):
    base = "第14条　派遣労働者は、個人情報を目的外に利用してはならず、漏えい等の事故があったときは直ちに甲に報告しなければならない。\n"
    ok = base + "2　派遣労働者は、甲の許可を得た場合に限り、個人情報を複製することができる。"
    free = base + "2　派遣労働者は、必要なときは、甲の許可を得ることなく個人情報を複製することができる。"
    assert status(engine, ok, "dispatch-personal-info", "dispatch")[0] == "present"
    assert status(engine, free, "dispatch-personal-info", "dispatch")[0] == "weak"


def test_a_later_article_can_disapply_an_earlier_one(engine):
    text = "第8条　乙は、甲の承認を得ないで、本業務に係る個人情報を複製してはならない。\n"
    assert status(engine, text, "copying")[0] == "present"
    text += "第9条　第8条の規定にかかわらず、乙は、障害に備えるためのバックアップについては、自らの判断で複製を行うことができる。"
    assert status(engine, text, "copying")[0] == "weak"


def test_force_comes_from_the_nominalised_verb(engine):
    # Root こと / もの: 「…記録しないこと」 is a prohibition, 「…義務を負わないものとする」 a negation.
    items = ("第8条　乙は、次の各号に掲げる事項を遵守しなければならない。\n"
             "（一）甲の承諾がある場合を除き、個人情報を写し取り、複製し、又は他の媒体に記録しないこと。")
    assert status(engine, items, "copying")[0] == "present"
    text = ("第11条　乙は、派遣労働者に、甲の業務に関して知り得た秘密を漏らさないよう義務付けるものとする。\n"
            "２　派遣労働者は、派遣期間の終了後においては、前項の秘密保持の義務を負わないものとする。")
    assert status(engine, text, "dispatch-secrecy", "dispatch")[0] == "weak"


def test_quoted_content_does_not_decide_the_force(engine):
    st, reason, _ = status(engine, "第7条　派遣元は、派遣労働者から派遣先の秘密を漏らさない旨の誓約書を徴することができる。"
                                   "誓約の効力は派遣期間終了後にも及ぶものとする。", "dispatch-secrecy", "dispatch")
    assert st == "weak"


def test_listed_duties_before_a_condition_are_duties(engine):
    text = ("第14条　派遣先は、派遣労働者に個人情報を複写させ、又は持ち出させないよう管理し、"
            "事故が生じたときは、派遣先の責任において対応するものとする。")
    st, reason, _ = status(engine, text, "dispatch-personal-info", "dispatch")
    assert st == "weak" and "委託者" in reason  # a duty on the 派遣先 only


@pytest.mark.parametrize("text,item", [
    # The contractor's own officer approves: no approval by the client.
    ("第8条　受託者は、受託者の情報管理責任者の許可を得た場合を除き、個人情報を複製してはならない。", "copying"),
    ("第30条　指定管理者は、個人情報を複製しようとするときは、指定管理者が置く個人情報保護管理者の承認を得なければならない。", "copying"),
    ("第12条　派遣労働者は、派遣業務で取り扱う個人情報を業務以外の目的に利用してはならない。\n２　派遣労働者は、派遣元の許可なく個人情報を複製し、又は持ち出してはならない。\n３　派遣労働者は、個人情報の漏えいを知ったときは、直ちに派遣先に報告しなければならない。", "dispatch-personal-info"),
])
def test_an_approval_the_contractor_gives_itself_is_weak(engine, text, item):
    kind = "dispatch" if item.startswith("dispatch") else "outsourcing"
    st, reason, _ = status(engine, text, item, kind)
    assert st == "weak" and ("受託者" in reason or "乙" in reason), reason
    # The same sentence with the client's approval is adequate.
    fixed = text.replace("受託者の情報管理責任者の許可", "委託者の書面による承認").replace(
        "指定管理者が置く個人情報保護管理者の承認", "区の承認").replace("派遣元の許可", "派遣先の許可")
    assert status(engine, fixed, item, kind)[0] == "present"


def test_a_duty_only_where_the_contractor_so_judges_is_weak(engine):
    base = "第16条　受注者は、個人情報の漏えい等の事故が発生した場合において、{}直ちに発注者に報告し、その指示に従わなければならない。"
    st, reason, _ = status(engine, base.format("受注者が重大な事故であると判断したときは、"), "incident")
    assert st == "weak" and "受託者自身の判断" in reason
    assert status(engine, base.format(""), "incident")[0] == "present"
    # One more occasion beside the event itself widens the duty; it does not narrow it.
    widened = "第16条　受注者は、個人情報の漏えい等の事故が発生したとき、又は受注者が事故のおそれがあると判断したときは、直ちに発注者に報告し、その指示に従わなければならない。"
    assert status(engine, widened, "incident")[0] == "present"


def test_the_contractor_judging_hollows_even_the_clients_right(engine):
    damages = "\n２　乙は、本特記事項の違反により甲に生じた損害を賠償しなければならない。"
    own = "第16条　甲は、乙が本特記事項に違反したときは、本契約を解除することができる。ただし、乙が当該違反を軽微なものと認めるときは、この限りでない。"
    assert status(engine, own + damages, "termination-damages")[0] == "weak"
    # The client judging what the contractor did is the client's right.
    client = "第18条　区は、受託者がこの特記事項に違反していると認めたときは、契約を解除することができる。"
    assert status(engine, client + damages.replace("甲", "区").replace("乙", "受託者"), "termination-damages")[0] == "present"


def test_a_later_paragraph_that_lets_the_duty_be_skipped(engine):
    text = "第10条　受託者は、個人情報の漏えい、滅失及び毀損の防止のため、別表の措置を講じなければならない。\n２　{}"
    st, _, _ = status(engine, text.format("受託者の情報セキュリティ責任者が業務の性質上やむを得ないと認めた場合は、前項の措置の一部又は全部を省略することができる。"), "security")
    assert st == "weak"
    st, _, _ = status(engine, text.format("前二項の規定は、受託者が必要と認めて行う場合については、適用しない。"), "security")
    assert st == "weak"
    assert status(engine, text.format("受託者は、前項の措置の実施状況を記録しなければならない。"), "security")[0] == "present"


def test_a_defined_term_is_read_with_its_definition(engine):
    definition = "第２条　この特記事項において「事故」とは、個人情報の漏えい、滅失、毀損又は改ざんをいう。\n"
    duty = "第６条　受託者は、事故の発生を防止するため、記録媒体の施錠保管その他必要な措置を講じなければならない。"
    assert status(engine, definition + duty, "security")[0] == "present"
    # Without the definition 事故 could be any accident.
    assert status(engine, duty, "security")[0] == "missing"


@pytest.mark.parametrize("text,item,expected", [
    # 「…利用することは、…承諾がない限り、許されない」: the topicalised act is what is ruled on.
    ("第９条　乙は、業務上知り得た秘密を漏らしてはならない。\n２　乙が、本業務の目的以外の目的のために個人情報を利用することは、甲の書面による事前の承諾がない限り、これを許されない。", "confidentiality", "present"),
    # A duty denied its end goes on.
    ("第11条　派遣労働者は、派遣就業に関して知り得た秘密を漏らしてはならない。\n２　派遣労働者は、派遣期間の満了をもって、前項の秘密を保持する義務を免れるものではない。", "dispatch-secrecy", "present"),
    # なるべく softens the verb.
    ("第4条　甲は、乙に提供する個人情報を、なるべく業務に必要な範囲のものにとどめるものとする。", "data-minimization", "weak"),
    ("第4条　甲は、乙に提供する個人情報を、業務に必要な最小限の範囲のものにとどめるものとする。", "data-minimization", "present"),
])
def test_double_negatives_topics_and_soft_adverbs(engine, text, item, expected):
    kind = "dispatch" if item.startswith("dispatch") else "outsourcing"
    assert status(engine, text, item, kind)[0] == expected


def test_special_provisions_named_in_a_list_and_an_empty_attachment(engine):
    listed = ("第４条　受注者は、次に掲げるものを遵守して業務を履行しなければならない。\n(1)　仕様書\n"
              "(2)　別記個人情報取扱特記事項\n\n別記\n個人情報取扱特記事項\n"
              "第１　受注者は、個人情報の漏えいの防止のために必要な措置を講じなければならない。")
    assert status(engine, listed, "special-provisions-link")[0] == "present"
    empty = "第29条　指定管理者は、別表「個人情報取扱特記事項」を遵守しなければならない。\n\n別表　個人情報取扱特記事項\n（別添のとおり）"
    st, reason, _ = status(engine, empty, "special-provisions-link")
    assert st == "weak" and "見当たりません" in reason
    # A works specification is not the personal-information 特記事項.
    works = "第1条　受注者は、設計図書（工事特記仕様書を含む。）に従い、工事を施工しなければならない。"
    assert status(engine, works, "special-provisions-link")[0] == "missing"


def test_a_later_paragraph_can_put_the_exception_back_under_the_clients_approval(engine):
    base = ("第12条　受注者は、業務を第三者に再委託してはならない。\n"
            "２　前項の規定にかかわらず、受注者は、受注者の情報管理責任者が必要と認めたときは、業務の一部を再委託することができる。\n"
            "{}"
            "４　受注者の子会社又は関連会社は、第1項の第三者に含まれるものとする。\n"
            "５　受注者は、再委託先に対し、本契約に基づく受注者の個人情報保護に関する義務を課し、再々委託を行わせる場合も同様とする。")
    restored = base.format("３　前項の場合において、受注者は、あらかじめ発注者の書面による承認を得なければならない。\n")
    assert status(engine, restored, "subcontracting")[0] == "present"
    assert status(engine, base.format(""), "subcontracting")[0] == "weak"


def test_a_disapplying_paragraph_is_no_evidence_of_the_rule(engine):
    text = ("第９条　受託者は、委託者から引き渡された個人情報を、委託者の承認なく複製してはならない。\n"
            "２　前項の規定は、受託者が業務上必要と判断して行う作業用の複製には、適用しない。")
    assert status(engine, text, "copying")[0] == "weak"


def test_approval_or_the_contractors_own_responsibility_is_no_approval(engine):
    text = "第9条　乙は、甲の承認を得て、又は乙の責任において、業務に必要な個人情報を複製することができる。"
    assert status(engine, text, "copying")[0] == "weak"
    assert status(engine, text.replace("、又は乙の責任において", ""), "copying")[0] == "present"


def test_no_fault_is_an_accepted_exception_to_damages(engine):
    text = ("第22条　区は、受託者が個人情報の取扱いに関するこの契約の定めに違反したときは、契約を解除できる。\n"
            "第23条　受託者は、前条の違反により区に損害を与えたときは、これを賠償しなければならない。\n"
            "２　前項の規定にかかわらず、{}による損害については、この限りでない。")
    assert status(engine, text.format("受託者の責めに帰することができない事由"), "termination-damages")[0] == "present"
    assert status(engine, text.format("受託者が軽微と認める違反"), "termination-damages")[0] == "weak"


def test_the_next_article_can_override_this_one(engine):
    text = ("第5条　受注者は、別記個人情報取扱特記事項を遵守しなければならない。\n"
            "第6条　前条の規定にかかわらず、受注者は、受注者の定める個人情報保護規程を遵守することをもって、特記事項の遵守に代えることができる。\n\n"
            "別記　個人情報取扱特記事項\n1　受注者は、個人情報を目的外に利用してはならない。")
    assert status(engine, text, "special-provisions-link")[0] == "weak"


def test_a_definition_with_a_parenthesis_and_a_local_rule_read_with_definitions(engine):
    secrecy = ("第１条　この契約において「秘密情報」とは、派遣労働者が派遣就業に際して知り得た派遣先の業務に関する情報（個人情報を含む。）をいう。\n"
               "第８条　派遣労働者は、秘密情報を第三者に漏らしてはならない。\n２　前項の義務は、本契約の終了後も存続する。")
    assert status(engine, secrecy, "dispatch-secrecy", "dispatch")[0] == "present"
    # What is reported may be spelled out in a definition (the reporting itself may not).
    roster = ("第１条　この契約において「実施体制」とは、個人情報の取扱いに係る責任者及び業務に従事する者の氏名、所属及び役割をいう。\n"
              "第６条　受託者は、業務の開始前に、実施体制を委託者に届け出なければならない。")
    assert status(engine, roster, "management-structure")[0] == "present"


def test_the_yearly_check_is_the_wards(engine):
    ward = "第16条　区は、毎年度一回以上、受託者における個人情報の管理状況を確認する。"
    assert status(engine, ward, "annual-check")[0] == "present"
    # The ward's own duty is hollowed by an exception the contractor decides.
    hollow = ward + "ただし、受託者が前年度の確認で問題がなかったと判断した場合は、この限りでない。"
    assert status(engine, hollow, "annual-check")[0] == "weak"
    # The contractor accepting the ward's yearly check is the same check.
    accepts = "第22条　受託者は、委託者が毎年度1回以上行う個人情報の取扱状況についての実地確認を拒んではならない。"
    assert status(engine, accepts, "annual-check")[0] == "present"
    # The contractor checking its own 再委託先 every year is no check by the ward.
    own = "第25条　受託者は、再委託先における個人情報の取扱状況を年1回以上確認し、その結果を記録しなければならない。"
    assert status(engine, own, "annual-check")[0] == "missing"


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「返還は、要しないものとする」 (GiNZA hangs 要し off 返還): no return duty.
    ("第１９条　受託者は、業務が完了したときは、委託者から提供を受けた個人情報を消去しなければならない。この場合において、個人情報が記録された媒体の委託者への返還は、要しないものとする。", "return-deletion", "outsourcing", "weak"),
    # 「…させない。」 is a prohibition.
    ("第13条　派遣元は、派遣労働者に、派遣業務で取り扱う個人情報を派遣業務以外の目的に使用させない。\n２　派遣元は、派遣労働者に、派遣先の許可を得ずに個人情報を複製させ、又は持ち出させない。\n３　派遣元は、派遣労働者が個人情報の漏えい等を知ったときは、直ちに派遣先に報告させるものとする。", "dispatch-personal-info", "dispatch", "present"),
    # Work that handles no personal information may be contracted out on notice.
    ("第６条　指定管理者は、清掃、警備その他個人情報を取り扱わない業務に限り、あらかじめ区に届け出て、第三者に委託することができる。\n第17条　指定管理者は、個人情報を取り扱う管理業務の全部又は一部を第三者に委託してはならない。ただし、あらかじめ区の書面による承認を得たときは、この限りでない。\n２　指定管理者の子会社に前項の管理業務を行わせるときも、同項の委託に当たるものとする。\n３　指定管理者は、委託先に対し、この章に定める指定管理者の義務と同等の義務を負わせなければならない。", "subcontracting", "outsourcing", "present"),
])
def test_negated_nominalised_verbs_sasenai_and_non_personal_work(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A later article gives the frequency of the audit an earlier one sets up.
    ("（監査）\n第10条　発注者は、受注者における個人情報の取扱状況を監査する。\n（監査の時期）\n第15条　前記第10条の監査は、契約期間中、四半期ごとに実施する。", "annual-check", "outsourcing", "present"),
    ("（監査）\n第10条　発注者は、受注者における個人情報の取扱状況を監査する。", "annual-check", "outsourcing", "weak"),
    # A survival article that names the secrecy article.
    ("第5条　派遣元は、派遣労働者が業務上知り得た派遣先の秘密及び個人情報を漏らすことのないよう、派遣労働者に遵守させなければならない。\n第12条　第5条の規定は、本契約が終了し、又は派遣労働者の派遣期間が終了した後においても、なお効力を有する。", "dispatch-secrecy", "dispatch", "present"),
    # 「損害は、甲がこれを填補しなければならない」 (甲 = the company here).
    ("株式会社シグマプラン（以下「甲」という。）と○○区（以下「乙」という。）とは、次のとおり契約を締結する。\n第18条　乙は、甲が本契約又は個人情報取扱特記事項の規定に違反したときは、本契約を解除することができる。この場合において、乙に生じた損害は、甲がこれを填補しなければならない。", "termination-damages", "outsourcing", "present"),
    # 「ただし、…甲の社内規程を優先するものとする」 hollows the binding clause.
    ("株式会社ノーザンクロス（以下「甲」という。）と○○区（以下「乙」という。）とは、次のとおり業務委託契約を締結する。\n第15条　甲は、別紙個人情報取扱特記事項を遵守する。ただし、甲の社内規程と抵触する場合は、甲の社内規程を優先するものとする。\n\n別紙\n個人情報取扱特記事項\n第1条　甲は、個人情報を第三者に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    # 派遣元責任者 is the contractor's own officer.
    ("第13条　派遣労働者は、派遣先の業務で取り扱う個人情報を、業務の目的以外に利用してはならない。\n２　派遣労働者は、派遣元責任者の許可を得た場合を除き、個人情報を複製し、又は持ち出してはならない。\n３　派遣労働者は、個人情報の漏えい等が生じたときは、直ちに派遣先に報告しなければならない。", "dispatch-personal-info", "dispatch", "weak"),
])
def test_references_between_articles_and_other_wording(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


def test_an_article_number_set_off_by_a_space_starts_an_article_even_before_a_reference():
    from contractcheck.extract.text import blocks_from_text
    from contractcheck.segment import build

    text = "第18条　乙は、報告しなければならない。\n第19条　第17条又は前条の規定によりこの契約が解除された場合は、乙は資料を返還する。\n"
    labels = [s.article for s in build(blocks_from_text(text, "t.txt")).sentences]
    assert labels == ["第18条", "第19条"]


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「甲及び乙は」 binds the contractor too (甲 = the company here).
    ("株式会社ABC（以下「甲」という。）と○○区（以下「乙」という。）は、次のとおり契約を締結する。\n第9条　甲及び乙は、本契約の履行により知り得た秘密を、相手方の書面による承諾なく第三者に開示し、又は漏えいしてはならない。\n２　甲は、乙データに含まれる個人情報を本サービスの提供の目的以外の目的に利用してはならない。", "confidentiality", "outsourcing", "present"),
    # A proviso in the next sentence that the contractor decides.
    ("第４条　委託者は、本業務に必要な最小限のデータを受託者に提供する。ただし、受託者が分析精度の向上のため必要と判断して追加を求めた項目は、提供するデータに含まれるものとする。", "data-minimization", "outsourcing", "weak"),
    # Erasure left to the contractor's discretion.
    ("第22条　乙は、契約終了時、甲から貸与された資料を甲に返却するものとする。\n２　乙が業務の過程で作成した複製物その他の記録は、乙の文書管理規程に従い、乙の判断により保管し、又は廃棄する。", "return-deletion", "outsourcing", "weak"),
    # An older template's 「個人情報取扱注意事項」, not attached.
    ("第12条　受託者は、区が別に定める「個人情報取扱注意事項」を遵守しなければならない。", "special-provisions-link", "outsourcing", "weak"),
    # The ward's own other contracts are not re-subcontracting.
    ("第15条　受託者は、委託者が別途第三者に委託する施設清掃業務及び警備業務の受託者と相互に協力し、業務の円滑な実施に努めなければならない。", "subcontracting", "outsourcing", "missing"),
    # 「派遣先及び派遣元に報告」 reports to the client.
    ("第13条　派遣元は、派遣労働者に対し、次に掲げる事項を遵守させるものとする。\n① 個人情報は、派遣先の業務の遂行のためにのみ使用し、目的外に利用しないこと。\n② 派遣先の書面による許可がある場合を除き、個人情報を記録した媒体を複写し、又は外部に持ち出さないこと。\n③ 事故が発生したときは、直ちに派遣先及び派遣元に報告すること。", "dispatch-personal-info", "dispatch", "present"),
])
def test_both_parties_provisos_discretion_and_recipients(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


def test_a_maintenance_contract_that_handles_personal_information_is_outsourcing(engine):
    head = "クラウド型施設予約システム運用保守サービス契約書\n\n株式会社ネクスト（以下「甲」という。）と○○区（以下「乙」という。）は、甲が提供する運用保守サービスに関し、次のとおり契約を締結する。\n"
    body = ("第2条　「乙データ」とは、利用者の氏名、住所等の個人情報を含むデータをいう。\n"
            "第9条　甲は、乙データに含まれる個人情報を本サービスの提供の目的以外に利用してはならない。\n"
            "第10条　甲は、個人情報の漏えいの防止のために必要な措置を講じなければならない。\n")
    assert engine.check_text(head + body, "t.txt").kind == "outsourcing"
    lease = "複合機賃貸借契約書\n\n第1条　甲は、乙に複合機を賃貸する。\n第2条　乙は、賃料を支払う。\n"
    assert engine.check_text(lease, "t.txt").kind == "unknown"


@pytest.mark.parametrize("text,item,kind,expected", [
    # A term for the contractor's own officer (以下「…」という / …を…とする / …から…を指名):
    # an approval or judgement by that officer is the contractor's own.
    ("第４条　受託者は、その従業員のうちから、個人情報の管理に関する責任者（以下「情報管理責任者」という。）を選任する。\n第８条　受託者は、情報管理責任者の許可を得た場合を除き、個人情報を複製してはならない。", "copying", "outsourcing", "weak"),
    ("第二十一条　指定管理者は、その代表者を個人情報保護の統括者とする。\n第二十二条　指定管理者は、管理業務上知り得た秘密を漏らしてはならない。\n２　指定管理者は、統括者の承認を得た場合を除き、個人情報を管理業務以外の目的に利用してはならない。", "confidentiality", "outsourcing", "weak"),
    ("第４条　受注者は、その社員から個人情報管理責任者を指名する。\n第６条　受注者は、必要最小限の個人情報を収集する。ただし、個人情報管理責任者が承認した場合は、この限りでない。", "data-minimization", "outsourcing", "weak"),
    # ... and the client's own staff named by a term stays the client.
    ("第２条　この契約において、区の個人情報保護を所管する課長を「担当課長」という。\n第１３条　受託者は、個人情報の漏えい等の事故を知ったときは、遅滞なく担当課長に報告し、その指示を受けて対応しなければならない。", "incident", "outsourcing", "present"),
    ("第４条　乙は、本業務の責任者（以下「業務責任者」という。）を乙の社員から定める。\n第９条　乙は、個人情報の取扱いについて次の事項を守る。\nア　個人情報の目的外利用の禁止\nイ　個人情報の複製の禁止（業務責任者が認めたものを除く。）", "copying", "outsourcing", "weak"),
    ("第９条　乙は、個人情報を複製してはならない（甲が承認したものを除く。）。", "copying", "outsourcing", "present"),
])
def test_the_contractors_own_officers_by_their_defined_terms(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「…場合に限る」 restricts: with the client's approval it is a prohibition with that exception.
    ("第１２条　乙は、次の条件に従い個人情報を取り扱うものとする。\n利用の範囲：本業務の遂行に必要な範囲\n複製：甲の書面による許可がある場合に限る\n持ち出し：禁止", "copying", "outsourcing", "present"),
    # A table row 「報告先：発注者の担当課」 names the recipient of the list's report.
    ("第１５条　受注者は、個人情報に係る事故が生じたときは、次のとおり対応しなければならない。\n報告先：発注者の担当課\n報告の時期：事故を認知した後、直ちに\n対応：発注者の指示に従い、受注者が必要な措置を講じる", "incident", "outsourcing", "present"),
    # A report to the contractor's own officer is not one to the client.
    ("第５条　受注者は、その社員のうちから個人情報の管理責任者（以下「管理責任者」という。）を定める。\n第１７条　受注者の業務従事者は、毎週、個人情報の取扱状況を管理責任者に報告する。\n第１８条　発注者は、受注者に対し、個人情報の取扱いについて監査を行うことができる。", "reporting-audit", "outsourcing", "weak"),
    # The contractor judging what is serious decides what is reported.
    ("第二十四条　指定管理者は、指定管理者が重大と判断した個人情報の事故については、直ちに区に報告し、区の指示に従う。", "incident", "outsourcing", "weak"),
    # A sibling 号 about loss (滅失) does not make a secrecy 号 about something else.
    ("第５条　受託者は、個人情報の取扱いに当たり、次の事項を守らなければならない。\n(1) 業務上知り得た秘密の保持（契約終了後を含む。）\n(2) 個人情報の目的外利用及び第三者への提供の禁止\n(3) 個人情報の漏えい、滅失及びき損の防止", "confidentiality", "outsourcing", "present"),
    # Plain wording of minimisation, and a range the contractor sets itself.
    ("第６条　受託者は、業務にいらない個人情報を集めてはいけない。", "data-minimization", "outsourcing", "present"),
    ("第５条　受注者は、受注者が業務上必要と判断する範囲で個人情報を収集するものとする。", "data-minimization", "outsourcing", "weak"),
    ("第６条　乙は、業務に必要な範囲を超えて個人情報を収集してはならない。ただし、甲の承認を得て、又は乙の責任において収集する場合は、この限りでない。", "data-minimization", "outsourcing", "weak"),
    # A check or a termination that needs the contractor's consent is no right of the client.
    ("第３６条　区は、指定管理者の同意を得た場合に限り、毎年度１回、指定管理者の個人情報の取扱状況について実地調査を行う。", "annual-check", "outsourcing", "weak"),
    ("第２５条　区は、受託者がこの契約に違反したときは、受託者と協議し、その同意を得て、この契約を解除することができる。\n第２６条　受託者は、この契約に違反して区に損害を与えたときは、その損害を賠償しなければならない。", "termination-damages", "outsourcing", "weak"),
    # An exception whose bounds the client draws.
    ("第12条　指定管理者は、指定期間が満了したときは、区から提供を受けた個人情報を区に返還し、指定管理者が取得した個人情報は、次期指定管理者への引継ぎを要するものを除き、復元不可能な方法により消去しなければならない。引継ぎの範囲は区が定める。", "return-deletion", "outsourcing", "present"),
    ("第12条　指定管理者は、指定期間が満了したときは、区から提供を受けた個人情報を区に返還し、指定管理者が取得した個人情報は、引継ぎを要するものを除き、復元不可能な方法により消去しなければならない。", "return-deletion", "outsourcing", "weak"),
    # 「当該守秘義務は…存続する」 carries on a duty; it states none.
    ("第９条　乙は、派遣労働者に対し、甲の業務に関して知り得た秘密について守秘義務を課すことができる。当該守秘義務は、派遣期間終了後も存続するものとする。", "dispatch-secrecy", "dispatch", "weak"),
])
def test_restrictions_recipients_consent_and_scope(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


def test_a_section_numbered_with_its_title_in_brackets_starts_a_section():
    from contractcheck.extract.text import blocks_from_text
    from contractcheck.segment import build

    text = "個人情報取扱特記事項\n第１（趣旨）\n　この特記事項は、定める。\n第２（秘密の保持）\n　乙は、秘密を漏らしてはならない。\n２　乙は、責任者を置く。\n"
    labels = [s.article for s in build(blocks_from_text(text, "t.txt")).sentences]
    assert labels == ["第1", "第2", "第2第2項"]


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「乙は、必要と認めるときは」: the topic judges for itself.
    ("第２５条　指定管理者は、必要と認めるときは、管理業務の責任者及び業務に従事する職員を区に報告するものとする。", "management-structure", "outsourcing", "weak"),
    # A later 項 lets the contractor refuse the inspection (「前項の規定にかかわらず」)... only the
    # 項 right before is affected.
    ("第17条　受託者は、毎月、個人情報の取扱状況を委託者に報告しなければならない。\n２　委託者は、受託者の事業所において、個人情報の取扱状況を検査することができる。\n３　前項の規定にかかわらず、受託者は、業務の遂行に支障があると認めるときは、委託者の検査を拒むことができる。", "reporting-audit", "outsourcing", "weak"),
    # A disapplication that itself needs the client's approval keeps the rule; one that waives the
    # approval does not.
    ("第11条　乙は、甲から引き渡された個人情報を複製してはならない。\n２　乙は、前項の個人情報を記録した媒体を乙の事業所の外に持ち出してはならない。\n３　第１項の規定は、障害に備えたバックアップのための複製であって、あらかじめ甲の承認を得たものについては、適用しない。", "copying", "outsourcing", "present"),
    ("第14条　受注者は、発注者の承認を得ないで、個人情報を複製し、又は複写してはならない。\n２　前項の規定にかかわらず、受注者がバックアップのために必要と判断する複製については、発注者の承認を要しない。", "copying", "outsourcing", "weak"),
    # 「発注者に申請し、その承認を受けた場合に限り」 is the client's approval.
    ("第12条　受注者は、個人情報の複製を要するときは、あらかじめ書面により発注者に申請し、その承認を受けた場合に限り、当該承認の範囲内で複製を行うことができる。", "copying", "outsourcing", "present"),
    # 「委託者の承認を得て、又は受託者の責任において」 and copying under the contractor's own rules.
    ("第14条　受託者は、個人情報の複製を行う場合は、委託者の承認を得て、又は受託者の責任において行うものとする。", "copying", "outsourcing", "weak"),
    ("第15条　受注者は、個人情報の複製に関する手順を受注者の情報セキュリティ規程に定め、当該規程に従って複製を行うものとする。", "copying", "outsourcing", "weak"),
    # A 指定管理者's own subcontractor called 受託者 or 委託を受けた者.
    ("第１５条　指定管理者は、管理業務を一括して第三者に委託し、又は請け負わせてはならない。\n２　指定管理者は、管理業務の一部を第三者に委託しようとするときは、あらかじめ区の承認を受けなければならない。指定管理者の子会社、関連会社その他の系列会社に委託する場合も同様とする。\n３　指定管理者は、前項の承認を受けて委託する場合、受託者に対し、この協定に定める個人情報の保護に関する義務を遵守させなければならない。", "subcontracting", "outsourcing", "present"),
    # A table row 「再委託の可否：…場合に限り可」.
    ("第10条　受託者が本業務を再委託する場合の取扱いは、次のとおりとする。\n再委託の可否：区の事前の書面承認を得た場合に限り可\n再委託先の範囲：受託者の子会社、関連会社その他資本関係のある会社を含む\n再委託先の義務：本特記事項に定める受託者の義務と同一の義務を再委託先に負わせる\n２　受託者は、前項の定めに従わなければならない。", "subcontracting", "outsourcing", "present"),
    # The workers' safety, a building's equipment and an injury are not the handling of information.
    ("第十六条　乙は、作業員の安全確保及び事故防止のため必要な措置を講じなければならない。", "security", "outsourcing", "missing"),
    ("第８条　受注者は、発注者の施設を使用するときは、施設及び設備を毀損しないよう注意しなければならない。", "security", "outsourcing", "missing"),
    ("第二十条　乙は、作業中に人身事故又は物損事故が発生したときは、直ちに甲に報告しなければならない。", "incident", "outsourcing", "missing"),
    # 「前項の規定は、本契約の終了後も適用する」 after a 項 of two sentences.
    ("第１２条　乙は、その派遣労働者が、甲の業務に関して知り得た秘密を第三者に漏らすことのないようにしなければならない。ただし、甲の書面による承諾を得た場合は、この限りでない。\n２　前項の規定は、本契約の終了後も適用する。", "dispatch-secrecy", "dispatch", "present"),
    # The damages parted from 「を負担」 by a parenthesis.
    ("第１１条　発注者は、受注者がこの特記事項に定める義務を履行しないときは、本契約を解除することができる。\n２　受注者は、前項の義務違反に起因して発注者に生じた一切の損害（発注者が第三者に支払った額を含む。）を負担しなければならない。", "termination-damages", "outsourcing", "present"),
])
def test_own_judgement_later_paragraphs_approvals_and_wording(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


def test_tables_laid_out_in_columns_are_read_as_label_lines():
    from contractcheck.extract.text import blocks_from_text
    from contractcheck.segment import build

    text = ("第21条　事故が発生した場合の受託者の対応は、次のとおりとする。\n"
            "　報告先　　委託者（所管課長）\n　報告時期　事案を把握した後直ちに\n"
            "（実地確認）\n第９　区は、年１回以上、実地に確認する。\n")
    norms = [s.norm for s in build(blocks_from_text(text, "t.txt")).sentences]
    assert "報告先:委託者(所管課長)" in norms and "報告時期:事案を把握した後直ちに" in norms
    assert norms[-1] == "区は、年1回以上、実地に確認する。"
    # One spaced line alone is not a table (a spaced title stays as it is).
    single = build(blocks_from_text("業務委託契約書\n第1条　乙は、報告する。\n", "t.txt")).sentences
    assert all(":" not in s.norm for s in single)


def test_a_section_title_on_the_same_line_is_not_part_of_the_sentence():
    from contractcheck.extract.text import blocks_from_text
    from contractcheck.segment import build

    text = "個人情報取扱特記事項\n1　総則　乙は、この特記事項を守る。\n4　複製の制限　乙は、甲の承認がある場合を除き、複製してはならない。\n"
    norms = [s.norm for s in build(blocks_from_text(text, "t.txt")).sentences]
    assert norms[-1].startswith("乙は、甲の承認")


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「前項後段の規定は…適用しない」 disapplies too.
    ("第40条　指定管理者は、管理業務を通じて知り得た秘密を漏らしてはならず、また、利用者の個人情報を管理業務以外の目的に利用してはならない。\n２　前項後段の規定は、指定管理者が自らの自主事業の案内のために利用者の個人情報を利用する場合には、適用しない。", "confidentiality", "outsourcing", "weak"),
    # 「…年度においては、前項の確認は行わないものとする」 leaves the yearly check undone.
    ("第19条　甲は、年１回以上、乙における個人情報の管理状況を確認する。\n２　乙が前項に規定する事項について自ら点検を行い、その結果を甲に報告した年度においては、前項の確認は行わないものとする。", "annual-check", "outsourcing", "weak"),
    # The contractor's consent, whatever it is called (甲 = the company here).
    ("株式会社ユニオンシステム（以下「甲」という。）と練馬区（以下「乙」という。）は、次のとおり契約する。\n第16条　乙は、甲の同意を得た場合に限り、毎年度、甲の事業所において個人情報の取扱状況を確認する。", "annual-check", "outsourcing", "weak"),
    # 「その複製、送信及び持ち出しは、甲が認める場合に限り行わせるものとする」
    ("第８条　乙は、派遣労働者に対し、甲の業務に従事する上で接する個人情報を利用目的の範囲内でのみ取り扱わせるものとし、その複製、送信及び持ち出しは、甲が認める場合に限り行わせるものとする。\n２　乙は、派遣労働者が取り扱う個人情報の漏えい等の事案が発生したときは、遅滞なく甲に報告し、甲の指示に従って対応しなければならない。", "dispatch-personal-info", "dispatch", "present"),
    # 「前号の返還又は廃棄の結果を報告する」 refers to the act; it does not state it again.
    ("７　資料の返還等\n（１）受託者は、委託者の請求があったときは、個人情報が記録された資料を委託者に返還し、又は廃棄しなければならない。\n（２）受託者は、前号の返還又は廃棄の結果を委託者に報告する。", "return-deletion", "outsourcing", "weak"),
    # An approval by the contractor's own officer after it has checked (甲 = the company).
    ("株式会社A（以下「甲」という。）と練馬区（以下「乙」という。）は、次のとおり契約する。\n第5条　甲は、本業務の全部又は一部を第三者に再委託してはならない。ただし、甲の個人情報管理責任者が再委託先の安全管理体制を確認し、書面により承認した場合は、この限りでない。\n２　甲は、前項ただし書により再委託するときは、再委託先に甲の義務と同等の義務を負わせなければならない。\n３　甲の子会社は、本条の第三者に含まれる。", "subcontracting", "outsourcing", "weak"),
    # A table of terms with a heading but no sentence to introduce it.
    ("個人情報に係る事故等発生時の対応\n\n　報告の対象　　　　個人情報の漏えい、滅失、毀損その他の事態が生じたとき\n　報告の時期　　　　直ちに\n　報告先　　　　　　委託者（所管課長）\n　報告の方法　　　　電話により第一報を行い、その後書面で報告する\n　事後の措置　　　　受託者は、委託者の指示に従い、被害拡大の防止のための措置をとる", "incident", "outsourcing", "present"),
    ("委託者による確認\n\n　確認の対象　　　　受託者の個人情報の管理状況\n　確認の頻度　　　　毎年度１回以上\n　確認の方法　　　　委託者の職員が受託者の作業場所に立ち入り、確認する", "annual-check", "outsourcing", "present"),
    # ... but 「特記事項：なし」 in such a table binds nothing, and a table of contents states no terms.
    ("物品運搬業務委託契約書\n第１条　受託者は、選挙用物品を各投票所へ運搬する。\n契約事項確認欄\n　履行場所：区内各投票所\n　特記事項：なし", "special-provisions-link", "outsourcing", "missing"),
    ("目次\n安全管理措置　　　　　第4\n取扱状況の定期報告及び発注者による監査　　―（別途協議）\n契約の解除　　　　　　第10\n", "annual-check", "outsourcing", "missing"),
    # The preamble naming both parties is no lead of the rows after it.
    ("株式会社コスモデータ（以下「甲」という。）と練馬区（以下「乙」という。）は、乙が甲に委託する業務に関し、以下のとおり定める。\n再委託の制限：甲は、乙の書面による事前の承認なく本業務を第三者に再委託してはならない。\n第三者の範囲：前項の第三者には、甲の子会社及び関連会社を含む。\n再委託先の義務：甲は、再委託先に対し、本契約に定める甲の義務と同一の義務を課し、これを遵守させなければならない。", "subcontracting", "outsourcing", "present"),
])
def test_later_paragraphs_consent_tables_and_references(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A permission restricted by the proviso or the sentence after it to the client's prior
    # approval; one after the fact restricts nothing.
    ("第八条　受託者は、個人情報を複製することができる。ただし、あらかじめ委託者の書面による承認を得た場合に限る。", "copying", "outsourcing", "present"),
    ("第11条　受託者は、業務上必要な場合には、区から提供された個人情報を複製することができる。この場合において、受託者は、複製後遅滞なく、その旨を区に届け出て、区の承認を得るものとする。", "copying", "outsourcing", "weak"),
    ("第８条　受託者は、業務の一部を再委託することができる。この場合において、受託者は、あらかじめ再委託先の名称を区に書面で申請し、区の承認を得なければならない。\n２　受託者の子会社に業務を行わせる場合も、再委託として前項の規定を適用する。\n３　受託者は、再委託先に対し、受託者がこの契約に基づいて負う義務と同等の義務を課さなければならない。", "subcontracting", "outsourcing", "present"),
    # 「複製は、…承認した範囲に限り、受注者において行うことができる」: the contractor does it.
    ("第12条　発注者から貸与された個人情報記録媒体の複製又は複写は、発注者があらかじめ書面で承認した範囲に限り、受注者において行うことができるものとする。", "copying", "outsourcing", "present"),
    # 「前項の措置は、受注者が必要と判断した範囲において講ずれば足りる」
    ("第11条　受注者は、個人情報の漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。\n２　前項の措置は、受注者が必要と判断した範囲において講ずれば足りるものとする。", "security", "outsourcing", "weak"),
    # 「原則として」 admits exceptions no one approves.
    ("第9条　乙は、この契約の履行に関して知り得た秘密を第三者に漏らしてはならない。\n２　乙は、甲から提供された個人情報を、原則として本業務以外の目的に利用してはならない。", "confidentiality", "outsourcing", "weak"),
    # 「機密文書」 names the work; bid secrets are rules for bidders.
    ("第3条　受託者は、委託者の各課から排出される機密文書を回収し、溶解処理施設まで運搬して処理する。", "confidentiality", "outsourcing", "missing"),
    ("第３条　乙は、入札に当たり、入札価格に関する秘密を他の者に知らせてはならない。", "confidentiality", "outsourcing", "missing"),
    # A definition that makes the minimum, and a 「提供情報以外」 ban built on it.
    ("第2条　この契約において「提供情報」とは、発注者が本業務の遂行に必要最小限のものとして項目を選定し、受注者に引き渡す個人情報をいう。\n第7条　受注者は、提供情報以外の個人情報の引渡しを求め、又はこれを取得してはならない。", "data-minimization", "outsourcing", "present"),
    # A role note before 以下 in the party definitions (甲 = the 派遣元 here).
    ("株式会社スタッフプラス（派遣元。以下「甲」という。）と○○区（派遣先。以下「乙」という。）は、次のとおり労働者派遣契約を締結する。\n第１１条　甲は、派遣労働者から、派遣就業により知り得た乙の秘密を外に漏らさない旨並びにその義務が派遣期間終了後も存続する旨の誓約書を徴し、これを遵守させなければならない。", "dispatch-secrecy", "dispatch", "present"),
    # Plain wording.
    ("第２２条　委託者は、受託者がこの特記事項を守らなかったときは、この契約をやめることができる。\n２　受託者は、この特記事項を守らなかったことにより委託者に損害を与えたときは、その損害を賠償しなければならない。", "termination-damages", "outsourcing", "present"),
    ("第１０条　受託者は、この業務が終わったときは、区から預かった書類やデータを区に返さなければならない。\n２　受託者は、前項の場合において、受託者の手元に残ったコピーやパソコン内のデータを消さなければならない。", "return-deletion", "outsourcing", "present"),
    ("第１６条　受託者は、毎月１回、区から預かった個人情報をどのように扱っているかを、書面で区に知らせなければならない。\n２　区は、いつでも受託者の事務所に立ち入って、個人情報の扱い方を調べることができる。", "reporting-audit", "outsourcing", "present"),
    ("第４条　受託者は、委託業務に関して知り得た個人情報を他人に知らせてはならない。", "reporting-audit", "outsourcing", "missing"),
])
def test_provisos_after_a_permission_rules_of_thumb_definitions_and_plain_wording(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected



@pytest.mark.parametrize("text,item,kind,expected", [
    # The people sit in the condition of the report itself.
    ("第６条　受注者は、個人情報の管理責任者及び業務従事者を定めたときは、これを書面により発注者に報告しなければならない。", "management-structure", "outsourcing", "present"),
    ("第６条　受注者は、個人情報の管理責任者及び業務従事者を定めたときは、これを発注者に報告するよう努めるものとする。", "management-structure", "outsourcing", "weak"),
    # ... but the client's supervisor notified to the contractor is no report of the structure.
    ("第９条　発注者は、監督職員を置いたときは、その氏名を受注者に通知しなければならない。", "management-structure", "outsourcing", "missing"),
    # 「できる限り」「必要に応じ」 soften a duty (not 「できる限り速やかに」, a deadline).
    ("第１０条　受託者は、できる限り、個人情報の漏えい、滅失及び毀損の防止のための措置を講ずるものとする。", "security", "outsourcing", "weak"),
    ("第８条　受託者は、必要に応じ、個人情報の漏えい、滅失又は毀損を防止するための措置を講じるものとする。", "security", "outsourcing", "weak"),
    ("第14条　乙は、個人情報の漏えいその他の事故が発生したときは、できる限り速やかに甲に報告し、甲の指示に従わなければならない。", "incident", "outsourcing", "present"),
    # A topic 「…の複製又は複写は、…場合でなければ、…行ってはならない」.
    ("第９条　甲から引き渡された個人情報の複製又は複写は、甲の書面による承諾を受けた場合でなければ、乙においてこれを行ってはならない。", "copying", "outsourcing", "present"),
    # The client's supervisor appointed 「区は、区の職員のうちから…監督職員を定め」.
    ("第３条　区は、区の職員のうちから本業務の監督職員を定め、受託者に通知する。\n第１０条　受託者は、監督職員の指示に基づく場合を除き、区から提供を受けた個人情報を複写し、又は複製してはならない。", "copying", "outsourcing", "present"),
    # 「第１項の規定にかかわらず、…確認は行わない」 two paragraphs later.
    ("第22条　発注者は、年１回以上、受注者における個人情報の管理状況を確認する。\n２　受注者は、前項の確認に必要な資料を発注者に提出する。\n３　第１項の規定にかかわらず、受注者が業務に支障があると判断したときは、当該年度の確認は行わない。", "annual-check", "outsourcing", "weak"),
])
def test_conditions_of_the_report_soft_adverbs_topics_and_supervisors(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A table whose sentence comes after it (「上表のとおり」) gives the rows their force, and a
    # cell's own verdict (「…と認める範囲で可」「不可」) outweighs it.
    ("第11条　個人情報の取扱いの制限\n\n行為　　　　　　　　　取扱い\n複製・複写　　　　　　禁止（委託者の指示による場合を除く）\n外部への送信　　　　　禁止\n\n受託者は、上表に定める制限を遵守しなければならない。", "copying", "outsourcing", "present"),
    ("第10条　個人情報の取扱条件は次のとおりとする。\n\n項目　　　　　　条件\n複製　　　　　　受託者が業務上必要と認める範囲で可\n持ち出し　　　　委託者の承認を要する\n\n上表のとおり取り扱うものとする。", "copying", "outsourcing", "weak"),
    ("第５条（再委託）\n　再委託　　　　　不可。ただし、甲の書面による承諾を得たときは可。\n　再委託先の義務　乙と同等の義務を負わせること。\n　子会社への委託　再委託とみなす。", "subcontracting", "outsourcing", "present"),
    # A list numbered with bare digits under its lead (and a 記 … 以上 block).
    ("第８条（報告及び調査）\n乙は、次に掲げる事項を甲に報告しなければならない。\n記\n１　報告事項　個人情報の取扱状況\n２　報告時期　毎月末日まで\n以上\n２　甲は、必要があると認めるときは、乙の事業所に立ち入り、個人情報の取扱状況を調査することができる。", "reporting-audit", "outsourcing", "present"),
    ("第５条　乙は、次のとおり個人情報の管理体制を整えなければならない。\n\n記\n\n1　個人情報管理責任者を選任し、その氏名を書面で甲に届け出ること。\n2　業務従事者に対し、個人情報保護に関する研修を実施すること。\n\n以上", "management-structure", "outsourcing", "present"),
    # 「前項の検査は、…年１回実施する」 restates the act with its frequency.
    ("第10条（検査）\n委託者は、受託者が行う個人情報の取扱いの状況について検査を行う。\n２　前項の検査は、契約期間中、少なくとも年１回実施するものとし、その方法は委託者が定める。", "annual-check", "outsourcing", "present"),
    # 「前項の指導は、…についても及ぶ」 extends an effort, no stronger than it.
    ("（秘密保持）\n第12条　派遣元事業主は、派遣労働者が区における就業に関して知り得た秘密を漏らさないよう指導に努めるものとする。\n２　前項の指導は、派遣期間終了後の秘密保持についても及ぶものとする。", "dispatch-secrecy", "dispatch", "weak"),
    # The client's staff as topic (「派遣先及び派遣先の職員は」).
    ("第１１条（秘密保持）\n派遣先及び派遣先の職員は、本契約に関して知り得た派遣元の営業上の秘密及び派遣労働者の個人情報を第三者に漏らしてはならない。本契約終了後も同様とする。", "dispatch-secrecy", "dispatch", "weak"),
    # The ward compensating a budget-cut termination is another matter; paying for its own
    # breach is the liability on the wrong party.
    ("第３０条　甲は、歳出予算の減額又は削除があったときは、この契約を解除することができる。\n２　甲は、前項の規定により契約を解除したときは、これにより乙に生じた損害を補償する。", "termination-damages", "outsourcing", "missing"),
    ("第２０条　受託者は、区がこの契約に違反したときは、この契約を解除することができる。\n２　区は、この契約に違反して受託者に損害を与えたときは、その損害を賠償するものとする。", "termination-damages", "outsourcing", "weak"),
    # A facility's damage or a vehicle accident is no information incident.
    ("第16条（交通事故）\n乙は、業務に使用する車両により事故が発生したときは、直ちに甲に報告し、甲の指示に従わなければならない。", "incident", "outsourcing", "missing"),
])
def test_tables_led_from_below_cells_digit_lists_and_parties(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Plain です・ます wording (「…てはいけません」「…なければなりません」「…してください」).
    ("第2条　受託者は、この仕事をするなかで知ったことを、外にもらしてはいけません。この契約が終わった後も同じです。\n２　受託者は、区から預かった名簿など利用者の個人情報を、この仕事のほかのことに使ってはいけません。", "confidentiality", "outsourcing", "present"),
    ("第６条　受託者は、この仕事をよその会社や人に回してはいけません。ただし、前もって区が書面でよいと認めたときは、この限りではありません。\n２　受託者の子会社やグループの会社にこの仕事を回すときも、よその会社に回すのと同じに扱います。\n３　区がよいと認めて仕事を回すときは、受託者は、この約束で受託者が守ることを、回した先にも同じように守らせなければなりません。", "subcontracting", "outsourcing", "present"),
    ("第４条　受託者は、この仕事で知った区民の家庭の事情などを、外にもらしてはいけません。ただし、受託者が仕事のうえで必要だと考えたときは、この限りではありません。\n２　受託者は、区から受け取った個人情報を、この仕事以外のことに使ってはいけません。", "confidentiality", "outsourcing", "weak"),
    ("第４条　受託者は、区から預かった個人情報が、外にもれたり、なくなったり、こわれたりしないよう、かぎのかかる棚にしまうなど、必要な対策をとらなければなりません。", "security", "outsourcing", "present"),
    ("第９条　受託者は、利用者の名簿をなくしたり、他の人に見られたりしたとき、又はそのおそれがあるときは、すぐに区へ連絡し、区の指示を受けて対応してください。", "incident", "outsourcing", "present"),
    ("第７条　受託者は、区から預かった相談記録について、勝手に写しをとらないように努めます。", "copying", "outsourcing", "weak"),
    # A PDF text layer of letter-spaced characters.
    ("第 1 3 条 （ 監 査 ）　区は、受託者に\nおける個人情報の取扱状況を把握する\nため、年 1 回以上、受託者の事業所に\nおいて監査を実施する。", "annual-check", "outsourcing", "present"),
])
def test_plain_wording_and_letter_spaced_text(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Items under 「次の各号に掲げる用語の意義は、…による」 define words; they state no duty.
    ("第２条（定義）　この契約において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。\n（１）　秘密情報　委託業務に関して委託者から受託者に開示される技術上又は営業上の情報\n（２）　個人情報　個人情報の保護に関する法律第２条第１項に規定する個人情報", "confidentiality", "outsourcing", "missing"),
    # ... but a definition of 再委託 that takes in subsidiaries says they count.
    ("第２条（定義）　この契約において「再委託」とは、受注者が本業務の全部又は一部を第三者（受注者の親会社、子会社及び関連会社を含む。）に行わせることをいう。\n第１１条（再委託の禁止）　受注者は、再委託をしてはならない。ただし、発注者の書面による承認を得たときは、この限りでない。\n２　受注者は、前項ただし書により再委託をするときは、再委託先に対し、本特記事項に定める受注者の義務を遵守させなければならない。", "subcontracting", "outsourcing", "present"),
    ("第２条（用語の定義）この契約において「再委託先」とは、受託者から業務の一部の委託を受けた者をいい、「子会社」とは会社法第２条第３号に規定する子会社をいう。", "subcontracting", "outsourcing", "missing"),
    # 「前二項の者」 names the people of the earlier 項.
    ("第8条（作業体制）\n受注者は、個人情報の取扱いを統括する作業責任者を一名定める。\n２　受注者は、個人情報を取り扱う作業従事者を必要最少の人数の範囲で定める。\n３　受注者は、前二項の者の氏名及び役割を、業務の開始前に発注者に届け出なければならない。", "management-structure", "outsourcing", "present"),
    # A condition before the topic takes the main predicate's force.
    ("第５条　受注者は、個人情報の管理について責任を負う者（以下「管理責任者」という。）を置く。受注者は、管理責任者の氏名及び連絡先を発注者に届け出る。本業務に従事する者を定めたときも、受注者は、その氏名及び担当業務を記載した名簿を発注者に提出する。", "management-structure", "outsourcing", "present"),
    # Returned at the end or on request: the request is a further occasion.
    ("第18条（秘密情報の返還等）\n１ 受託者は、本業務の終了時又は委託元から請求があったときは、委託元から受領した個人情報を記録した資料を委託元に返還する。\n２ 受託者は、本業務の終了時に、受託者の管理するシステムに保存された個人情報を消去し、その複製物を廃棄する。", "return-deletion", "outsourcing", "present"),
    # A second name for a party (「以下「委託者」又は「開示者」という」).
    ("練馬区（以下「委託者」又は「開示者」という。）と株式会社コアネット（以下「受託者」又は「受領者」という。）は、次のとおり合意する。\n第9条（漏えい時の対応）受領者は、開示者から受領した個人情報の漏えい、滅失若しくは毀損が判明し、又はそのおそれがあるときは、即時に開示者に通知し、開示者の指示に従って被害の拡大防止その他必要な措置をとる。", "incident", "outsourcing", "present"),
    # A later 項 that lets the limit be exceeded on the contractor's own responsibility.
    ("第24条（個人情報の収集）　指定管理者は、管理業務に必要な範囲で利用者の個人情報を収集するものとする。\n２　指定管理者は、前項の範囲を超えて個人情報を収集する場合には、区の承認を得て、又は指定管理者の責任において行うものとする。", "data-minimization", "outsourcing", "weak"),
    # The approver named right before 「承認」 is the contractor's own officer.
    ("練馬区（以下「区」という。）と株式会社テンプ北（以下「事業者」という。）は、労働者派遣に関し、次のとおり契約する。\n第6条（秘密の保持）　事業者は、派遣労働者が業務上知り得た区の秘密を、派遣元責任者の承認を得た場合を除き、第三者に漏らさないようにさせなければならない。派遣期間の終了後も同様とする。", "dispatch-secrecy", "dispatch", "weak"),
    # The conditions of a permission listed as 号, the client's approval among them.
    ("第１４条（再委託）　受注者は、次の各号のいずれにも該当する場合に限り、業務の一部を他に委託することができる。\n一　再委託先の名称を記載した書面を提出し、発注者の承認を事前に得たこと。\n二　再委託先との契約において、受注者が負う個人情報の保護に関する義務と同一の義務を再委託先に課していること。\n２　受注者の関連会社は、前項の適用については第三者とみなす。", "subcontracting", "outsourcing", "present"),
    # A business report that also carries the accounts still reports the handling when it says so.
    ("第十四条　指定管理者は、毎月十日までに、前月の利用状況、収支状況及び個人情報の取扱状況を記載した月次業務報告書を区に提出しなければならない。\n第十五条　区は、毎年度一回以上、指定管理者における個人情報の取扱状況について、区民館に立ち入り、実地に確認する。", "reporting-audit", "outsourcing", "present"),
])
def test_definitions_referred_people_alternatives_and_approvers(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「指定管理者」 contains 「指定」, which is no approval: a later 項 that disapplies the rule
    # when the operator has reported its own check still swallows it.
    ("第38条 区は、年１回以上、指定管理者における個人情報の管理状況について実地調査を行うものとする。\n2 前項の規定は、指定管理者が自己点検の結果を区に報告したときは、適用しない。", "annual-check", "outsourcing", "weak"),
    # 「前項の場合において」 after 1項's 号 list reads 1項 itself.
    ("第十六条　受託者は、この契約に定める個人情報の取扱いに関する事項に違反する事態が生じ、又は生ずるおそれがあることを知ったときは、速やかに次の事項を委託者に報告しなければならない。\n(1) 発生の日時及び場所\n(2) 講じた応急措置\n２　受託者は、前項の場合において、委託者の指示に従い、被害の拡大防止及び再発防止のために必要な措置を講じなければならない。", "incident", "outsourcing", "present"),
    # The clause before 「…を除き」 (with its own condition) is not part of the exception.
    ("株式会社ライフサポート練馬（以下「甲」という。）と練馬区（以下「乙」という。）は、次のとおり委託契約を締結する。\n第６条　甲は、本業務の利用者から個人情報を取得するときは、本業務の遂行に必要な範囲内に限り取得するものとし、乙の承認を得た場合を除き、それ以外の個人情報を取得してはならない。", "data-minimization", "outsourcing", "present"),
    # A bulleted list whose sentence comes after it (「上記を守らせなければならない」).
    ("派遣労働者が守ること（個人情報）\n・仕事で扱う個人情報は、仕事以外に使わない。\n・派遣先の許可なく、コピーしたり、USBメモリに保存して持ち帰ったりしない。\n・個人情報をなくしたり、外に漏れたりしたときは、すぐに派遣先に知らせる。\n派遣元は、派遣労働者に上記を守らせなければならない。", "dispatch-personal-info", "dispatch", "present"),
    # Security measures left to 「できる」.
    ("株式会社コスモ物流（以下「甲」という。）と○○市（以下「乙」という。）とは、配送業務に関し、次のとおり契約する。\n第5条　甲は、申請書に記載された個人情報の保護のため、必要に応じて、施錠付きケースの使用その他のセキュリティ対策を実施することができる。", "security", "outsourcing", "weak"),
    # A badge handed back is not information returned.
    ("第9条　受託者は、本業務が終了したときは、受託者が保有する本業務に係る個人情報を消去し、又は廃棄するものとする。\n２　受託者は、区から貸与された入館証を、本業務の終了後速やかに区に返却しなければならない。", "return-deletion", "outsourcing", "weak"),
])
def test_operator_names_lists_before_their_lead_and_what_is_returned(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A later 項 naming the 項 it disapplies applies to that 項 only, however far down.
    ("第１４条　受注者は、発注者の書面による承諾を得た場合を除き、本業務を第三者に再委託してはならない。\n２　前項の第三者には、受注者の子会社及び関連会社を含むものとする。\n３　受注者は、再委託先に対し、本契約に定める個人情報保護の義務を遵守させなければならない。再委託先が再々委託を行うときも同様とする。\n４　受注者は、再委託先の履行について、発注者に対しすべての責任を負う。\n５　第１項の規定は、受注者が業務の繁忙等により必要があると判断して行う入力作業の委託については、適用しない。", "subcontracting", "outsourcing", "weak"),
    # ... and with a topic first (「受託者は、第1項の規定にかかわらず」).
    ("第9条 受託者は、個人情報を収集するときは、その目的の達成に必要な範囲内で収集しなければならない。\n2 受託者は、前項の規定により個人情報を収集するときは、本人から直接収集しなければならない。ただし、委託者の承認を得た場合は、この限りでない。\n3 受託者は、第1項の規定にかかわらず、受託者においてやむを得ない事情があると認めるときは、同項に規定する範囲を超えて個人情報を収集することができる。", "data-minimization", "outsourcing", "weak"),
    # The sentence's own condition is not part of the 「…を除き」 exception.
    ("第4条 受託者は、本業務を処理するために個人情報を収集するときは、委託者の書面による承認を得た場合を除き、本業務の目的を達成するために必要な範囲内に限り、適法かつ公正な手段により収集しなければならない。", "data-minimization", "outsourcing", "present"),
    # Plain and old provisos.
    ("第8条（責任者と担当者のお知らせ）\n受託者は、仕事を始める前に、個人情報の責任者と担当者の名前を書面で区に知らせなければなりません。ただし、急いで仕事を始める必要があるときは、知らせなくてもかまいません。", "management-structure", "outsourcing", "weak"),
    ("第十三条（責任者等の届出）\n受注者は、本件業務に係る個人情報の管理責任者及び従事者の名簿を発注者に差し出すものとす。但し、受注者に於て其の要なしと認むるときは、此の限りに在らず。", "management-structure", "outsourcing", "weak"),
    ("第十一条　乙は、甲の書面による承諾を得ずして、本件業務の全部又は一部を第三者に委託し、又は請け負わしむることを得ず。乙の子会社及び関係会社に委託する場合亦同じ。\n2 乙は、前項の承諾を得て第三者に委託したるときは、当該第三者をして本契約に定むる乙の義務と同一の義務を負わしめ、且つ当該第三者が更に他に委託するときも同様ならしむべし。", "subcontracting", "outsourcing", "present"),
    # A permission whose proviso requires the client's prior approval.
    ("第14条　乙は、本業務の一部を第三者に委託することができる。ただし、この場合においては、あらかじめ、再委託先の名称及び再委託先における個人情報の管理方法を書面で甲に申請し、甲の書面による承認を得なければならない。\n2　乙は、前項の承認を得て再委託する場合には、再委託先に対し、乙が負う個人情報の取扱いに関する義務と同等の義務を負わせなければならない。\n3　第1項の第三者には、乙の子会社及び関連会社を含むものとする。", "subcontracting", "outsourcing", "present"),
    # The workers keeping the 派遣元's own trade secrets is another matter.
    ("第７条（服務規律）\n乙は、派遣労働者に、乙の就業規則に定める服務規律を遵守させる。\n２　派遣労働者は、乙の顧客名簿、料金体系その他乙の営業秘密を、在職中及び退職後を通じて他に漏らしてはならない。", "dispatch-secrecy", "dispatch", "missing"),
    # 「…退職した後も同様とする」 extends in time; the contractor's officer approving stays weak.
    ("第８条（守秘義務）\n乙は、派遣労働者が甲における就業を通じて知り得た甲の秘密を、派遣元責任者の承認を得た場合を除き、第三者に開示させてはならない。派遣労働者が乙を退職した後も同様とする。", "dispatch-secrecy", "dispatch", "weak"),
    # The client handling the workers' own data is not the item.
    ("第１６条（派遣労働者の個人情報）\n派遣元は、派遣労働者の個人情報を、労働者派遣法に基づき派遣先に通知すべき事項に限り派遣先に提供する。\n２ 派遣先は、派遣元から提供された派遣労働者の個人情報を、派遣労働者の就業管理の目的の範囲内で取り扱う。", "dispatch-personal-info", "dispatch", "missing"),
    # 「…ている」 describes.
    ("第１条（趣旨）\n本業務は、国が発注者に委託した事業の一部として、発注者が受注者に委託するものであり、発注者は原委託事業の再委託について国の承認を得ている。", "subcontracting", "outsourcing", "missing"),
    # The consent of the person the data is about is no approval by the client.
    ("記\n1　業務名　各種検診受付業務\n3　個人情報の収集　乙は、受付に当たり、検診の実施に必要な範囲内に限り受診者の個人情報を収集しなければならない。ただし、受診者本人の同意がある場合は、この限りでない。\n以上", "data-minimization", "outsourcing", "weak"),
])
def test_later_paragraphs_by_number_old_and_plain_provisos_and_whose_information(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Bulleted lines under 「次の書類を提出すること。」, however short.
    ("３　実施体制\n　受託者は、契約締結後速やかに、次の書類を提出すること。\n　・個人情報管理責任者届（氏名、所属、連絡先）\n　・業務従事者名簿（従事者全員の氏名及び担当業務）\n　・実施体制図", "management-structure", "outsourcing", "present"),
    # A pledge naming the parties leads its checklist.
    ("派遣先○○区（以下「甲」という。）と派遣元株式会社○○テンプ（以下「乙」という。）の労働者派遣契約に基づき、乙の派遣労働者は次の事項を遵守します。\n□ 業務で取り扱う個人情報は、業務以外の目的に使用しない。\n□ 甲の許可なく、個人情報を複製し、又は持ち出さない。\n□ 個人情報の漏えい等を発見したときは、直ちに甲に報告する。", "dispatch-personal-info", "dispatch", "present"),
    # Numbered items before the sentence that refers to them.
    ("○○データ株式会社（以下「甲」という。）と○○区（以下「乙」という。）とは、本契約に関し、次のとおり定める。\n第10条\n　(1) 乙から引き渡された資料に含まれる個人情報を複写し、又は複製すること。\n　(2) 当該資料を乙の指定する場所から持ち出すこと。\n　甲は、乙の指示又は承諾がある場合を除き、上記の行為を行ってはならない。", "copying", "outsourcing", "present"),
    # An exception in a closing parenthesis does not swallow the rule's own words.
    ("指定管理者は、利用者の個人情報の収集に当たり、次の事項を守ること。\n※収集は必要最小限とすること（指定管理者の個人情報管理責任者が認めた場合を除く）。", "data-minimization", "outsourcing", "weak"),
    # The agent of a passive duty.
    ("第二十二条 発注者は、受注者が個人情報の取扱いに関する条項に違反したときは、契約を解除することができる。\n２ 前項の違反により発注者に生じた損害は、受注者により賠償されなければならない。", "termination-damages", "outsourcing", "present"),
    # 「仕様書に定める時期に」 reads the timing rows of the attached 仕様書.
    ("第9条　受注者は、仕様書に定める時期に、個人情報の取扱状況を発注者に書面で報告しなければならない。\n２　発注者は、必要があると認めるときは、受注者の作業場所に立ち入り、個人情報の取扱状況を検査することができる。\n\n仕様書（抜粋）\n報告の時期：毎月10日まで（前月分）\n報告の方法：書面", "reporting-audit", "outsourcing", "present"),
    # An attached 特記事項 under another name.
    ("第２条　事業者は、別紙「個人情報の取扱いに関する追加条項」（以下「特記事項」という。）を遵守しなければならない。\n\n別紙　個人情報の取扱いに関する追加条項\n１　事業者は、区の登録データを本サービスの提供以外の目的に利用してはならない。", "special-provisions-link", "outsourcing", "present"),
    # A row read with the row above (「前欄の場合において」).
    ("事故発生時の対応\n項目　内容\n報告　乙は、個人情報の漏えい等の事故が生じたときは、遅滞なく甲に報告しなければならない。\n対応　乙は、前欄の場合において、甲の指示に従って必要な措置を講じなければならない。", "incident", "outsourcing", "present"),
])
def test_lists_pledges_closing_exceptions_passives_and_specifications(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The client's own 「認めたときに限り」 is its approval.
    ("第14条　受託者は、個人情報を取り扱う業務を自ら処理するものとし、委託者があらかじめ書面で認めたときに限り、これを第三者に処理させることができる。\n２　前項の第三者には、受託者のグループ会社（受託者の親会社、子会社及び兄弟会社をいう。）を含むものとする。\n３　受託者は、第１項により第三者に処理させるときは、当該第三者に対し、個人情報取扱特記事項と同等の義務を書面により負わせなければならない。当該第三者が更に他の者に処理させる場合も同様とする。", "subcontracting", "outsourcing", "present"),
    # Going beyond the minimum on the contractor's own officer's approval.
    ("第６条　受託者は、本業務に必要最小限の個人情報に限り収集するものとし、これを超えて収集するときは、受託者の個人情報保護管理者の承認を得なければならない。", "data-minimization", "outsourcing", "weak"),
    # A badge returned after the dispatch is no secrecy surviving it.
    ("第13条　派遣先は、機密区域への入退室を管理するため、派遣労働者にICカードを貸与する。\n２　派遣労働者は、派遣期間終了後、直ちにICカードを派遣先に返還しなければならない。", "dispatch-secrecy", "dispatch", "missing"),
])
def test_approvals_in_plain_words_own_officers_and_badges(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A ban is not softened by the adverb of an earlier clause (「できる限り特定し、」).
    ("第５条　受託者は、個人情報を取得するときは、その利用目的をできる限り特定し、当該利用目的の達成に必要な限度を超えて個人情報を取得してはならない。", "data-minimization", "outsourcing", "present"),
    ("第５条　受託者は、個人情報を収集するときは、なるべく業務に必要な範囲内で収集するものとする。", "data-minimization", "outsourcing", "weak"),
    # 「前項に定める以外の個人情報は、…収集することができる」: by its own judgement, or with the
    # client's written approval.
    ("第5条　受託者は、申込者から氏名及び住所を収集するときは、本業務に必要な範囲に限り収集しなければならない。\n２　前項に定める以外の個人情報については、受託者の判断により、必要に応じて収集することができる。", "data-minimization", "outsourcing", "weak"),
    ("第5条　受託者は、申込者から氏名及び住所を収集するときは、本業務に必要な範囲に限り収集しなければならない。\n２　前項に定める以外の個人情報については、委託者の書面による承認を得て収集することができる。", "data-minimization", "outsourcing", "present"),
    # A permission that the next 項 puts under the client's approval, with the subject first.
    ("第15条　受注者は、本業務の一部を再委託することができる。\n２　受注者は、前項の再委託をしようとするときは、あらかじめ発注者の書面による承認を受けなければならない。\n３　受注者は、再委託先に対し、本契約に基づく受注者の義務と同一の義務を負わせるものとする。\n４　受注者の子会社に本業務の一部を行わせることは、第１項の再委託に含まれるものとする。", "subcontracting", "outsourcing", "present"),
    # The contractor's own officer's 「事前の書面による承認」.
    ("第11条　受託者は、受託者の個人情報管理責任者の事前の書面による承認を得た場合に限り、本業務の一部を第三者に委託することができる。\n２　前項の第三者には、受託者の子会社を含む。\n３　受託者は、委託先に対し、この契約に定める受託者の義務を遵守させなければならない。", "subcontracting", "outsourcing", "weak"),
    # 「その承認を得るものとする」 obtains; it does not permit.
    ("第十一条　乙は、個人情報の取扱いに係る業務を第三者に委託してはならないものとする。ただし、あらかじめ甲の書面による承認を得たときは、この限りでない。\n２　乙は、前項ただし書の承認を得ようとするときは、再委託先の名称を記載した書面を甲に提出し、その承認を得るものとする。\n３　乙は、再委託先に対し、この特記事項に定める乙の義務と同等の義務を課すものとする。\n４　第一項に規定する第三者には、乙の子会社を含むものとする。", "subcontracting", "outsourcing", "present"),
    # Items under 「次の各号のいずれにも該当する場合に限り…できる」 are conditions, not permissions.
    ("第十二条　指定管理者は、次の各号のいずれにも該当する場合に限り、管理業務の一部を第三者に委託することができる。\n　一　あらかじめ区の書面による承認を受けたこと。\n　二　この協定に定める個人情報の取扱いに関する義務と同一の義務を委託先に課していること。\n２　前項の規定は、指定管理者がその子会社に管理業務の一部を行わせる場合にも適用する。", "subcontracting", "outsourcing", "present"),
])
def test_adverbs_of_earlier_clauses_later_permissions_and_conditions(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A 仕様書's 「提出書類」 list is handed in; a heading after it ends it.
    ("【仕様書】\n３　提出書類\n　(1) 業務実施計画書\n　(2) 業務責任者選任届\n４　業務従事者\n　受注者は、業務に従事する者に対し、研修を行うこと。", "management-structure", "outsourcing", "weak"),
    ("提出書類\n・作業従事者名簿（着手前）\n・作業工程表\n体制\n・乙は、情報管理責任者を置く。\n※乙は、提出書類の欄に掲げる書類を甲に提出すること。", "management-structure", "outsourcing", "weak"),
    # A table drawn with bars, a numbering column, and checklist boxes led from below.
    ("提出書類\n番号｜書類名｜提出期限\n１｜個人情報管理責任者届｜契約締結後７日以内\n２｜業務従事者名簿｜同上\n※受託者は、上記書類を区に提出しなければならない。", "management-structure", "outsourcing", "present"),
    ("着手時提出書類チェックリスト\n□ 個人情報取扱責任者の氏名を記載した届出書\n□ 業務従事者の名簿\n受託者は、上記書類を業務着手前に委託者に提出しなければならない。", "management-structure", "outsourcing", "present"),
    ("個人情報の取扱区分表\n受注者は、次表に従い個人情報を取り扱わなければならない。\n行為｜可否｜条件\n複製・複写｜不可｜ただし、発注者が事前に書面で承認したものを除く。", "copying", "outsourcing", "present"),
    # A proviso written as a ※ note.
    ("ア　指定管理者は、利用者の個人情報を複写してはならない。\n　※ただし、施設運営上必要がある場合は、この限りでない。", "copying", "outsourcing", "weak"),
    # 「4-1」「4-2」 numbering, and a note elsewhere that lets 第10条 be left undone.
    ("4-1　受託者は、次の措置を講じ、個人情報の漏えい、滅失及びき損を防止しなければならない。\n　ア　作業用端末へのウイルス対策ソフトの導入\n　イ　作業室の施錠\n4-2　前項の措置は、受託者の情報セキュリティ責任者が承認した場合には、その一部又は全部を省略することができる。", "security", "outsourcing", "weak"),
    ("第10条（安全管理措置）受注者は、個人情報の漏えい、滅失及び毀損を防止するため、別表の安全管理措置を講じなければならない。\n別表\n①暗号化：個人情報を送信する場合は、ファイルを暗号化する。\n②保管：紙媒体は施錠できる書庫に保管する。\n※受注者が業務の遂行上必要と判断した場合は、第10条及び本表の措置によらないことができる。", "security", "outsourcing", "weak"),
    # Table rows that each state a whole term do not borrow each other's words.
    ("次の表に定める条件により労働者派遣を行う。\n| 事項 | 内容 |\n|---|---|\n| 苦情処理 | 苦情の申出先は、派遣元責任者とし、申出を受けた者は、速やかに相手方に連絡する。 |\n| 解除 | 派遣元が本契約の条項に違反したときは、派遣先は本契約を解除することができる。 |", "dispatch-personal-info", "dispatch", "missing"),
])
def test_submissions_bar_tables_notes_and_waivers_elsewhere(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The 特記事項 bound through a defined 「契約書類」, through 「前項に掲げる書類」, or under the
    # name 「個人情報の保護に関する事項」.
    ("第１条（定義）この契約において「契約書類」とは、この契約書、仕様書及び別冊「個人情報保護特記事項」をいう。\n第２条（総則）受注者は、契約書類に定めるところに従い、この契約を履行しなければならない。\n\n別冊\n個人情報保護特記事項\n第１　受注者は、業務に関して知り得た個人情報を漏らしてはならない。", "special-provisions-link", "outsourcing", "present"),
    ("第１条（契約の構成）この契約は、本契約書、別紙仕様書及び別紙「個人情報の保護に関する事項」により構成される。\n２　受託者は、前項の各書類に定める事項を遵守しなければならない。\n第２条（委託業務）健康診断結果の集計業務", "special-provisions-link", "outsourcing", "weak"),
    ("第四条（個人情報）受託者は、本業務に係る個人情報の取扱いについて、別紙「個人情報の保護に関する事項」によることができる。\n\n別紙\n個人情報の保護に関する事項\n一　受託者は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    # Bound for one listed part of the work only.
    ("第2条（業務の範囲）業務は、次のとおりとする。\n(1) 利用受付に関する業務\n(2) 会員名簿の管理に関する業務\n第15条　指定管理者は、第2条第1号に掲げる業務を行うに当たっては、別記「個人情報取扱特記事項」を遵守しなければならない。\n\n別記\n個人情報取扱特記事項\n１　指定管理者は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    # Standard carve-outs (公知) are not a hollowed secrecy duty; an admission left to the
    # contractor is a hollowed damages clause.
    ("第4条（秘密保持）受託者は、本業務の遂行上知り得た委託者の秘密を第三者に開示し、又は漏えいしてはならない。本条の義務は、本契約終了後も存続する。\n2　前項の規定は、次の各号のいずれかに該当する情報には適用しない。\n(1)開示の時点で既に公知であったもの (2)受託者が正当な権原を有する第三者から取得したもの\n第5条　受託者は、個人情報を業務の目的以外に利用してはならない。", "confidentiality", "outsourcing", "present"),
    ("第十八条　区は、受託者がこの契約に違反したときは、この契約を解除することができる。\n第十九条　受託者は、その責めに帰すべき事由により区に損害を与えたことを自ら認めたときは、その損害を賠償するものとする。", "termination-damages", "outsourcing", "weak"),
])
def test_links_through_defined_terms_and_other_names_carve_outs_and_admissions(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The workers' own rules, attached: 「別表２　派遣労働者遵守事項」, a rules sheet, a pledge.
    ("第12条　乙は、派遣労働者に対し、別表２に掲げる事項を説明し、その遵守を約させるものとする。\n\n別表２　派遣労働者遵守事項\nア　甲の業務に関して知り得た事項は、何人にも開示し、又は漏えいしないこと。\nイ　アに定める事項は、派遣期間の終了後も引き続き遵守すること。", "dispatch-secrecy", "dispatch", "present"),
    ("第11条　事業者は、派遣労働者が署名した別紙誓約書を区に提出させ、その内容を遵守させなければならない。\n\n別紙\n誓　約　書\n私は、株式会社○○から派遣され、区において就業するに当たり、次の事項を守ることを誓約いたします。\n一　区の職務に関して知り得た情報は、いかなる者にも話さないこと。\n二　区から貸与された入館証を紛失したときは直ちに届け出ること。\n三　第一号の事項は、区での就業を終えた後も、派遣元を退職した後も、同様に守ること。", "dispatch-secrecy", "dispatch", "present"),
    # 「用以外の用に供して」「必要な範囲に限ること」「コピー」「書き出し」, a supervisor defined in a note.
    ("第十四条　派遣労働者は、派遣先の事務に関し取り扱う個人情報を、当該事務の用以外の用に供してはならない。\n２　派遣労働者は、派遣先の許可を受けないで、個人情報を記録した文書を複写し、又は庁外に持ち出してはならない。\n３　派遣労働者は、個人情報の漏えい等の事故が生じたときは、直ちにその旨を派遣先に届け出なければならない。", "dispatch-personal-info", "dispatch", "present"),
    # A lost badge and the lent equipment are not personal information.
    ("第15条（貸与品）　派遣労働者は、甲が貸与する備品を甲の許可なく庁舎外に持ち出してはならず、業務の目的以外に使用してはならない。\n第16条（入館証）　派遣労働者は、入館証を紛失したときは、直ちに甲に届け出なければならない。", "dispatch-personal-info", "dispatch", "missing"),
    # A list open to whatever the contractor's officer adds; 「人数」 among the items is no staffing limit.
    ("第4条　受注者は、受講申込みの受付に当たり、本業務に必要な最小限の項目として次に掲げるものを収集する。\n（1）氏名及び連絡先\n（2）児童の人数及び年齢\n（3）その他受注者の業務責任者が必要と認める項目", "data-minimization", "outsourcing", "weak"),
    ("第4条　受注者は、受講申込みの受付に当たり、本業務に必要な最小限の項目として次に掲げるものを収集する。\n（1）氏名及び連絡先\n（2）児童の人数及び年齢", "data-minimization", "outsourcing", "present"),
    # A duty stated in full (「…ものとし、」) is not inside the exception of the next one.
    ("株式会社○○リサーチ（以下「甲」という。）と○○区（以下「乙」という。）は、次のとおり契約する。\n第６条　甲は、調査の目的に照らして必要最小限の項目に限り個人情報を取得するものとし、乙の書面による承認を得た場合を除き、これを超えて個人情報を取得してはならない。", "data-minimization", "outsourcing", "present"),
    # 「提出不要」 in a bar table; a note under 「別表（第4条関係）」 that lets its measures go.
    ("第4条　受注者は、別表の提出区分欄に「提出」とある書類を発注者に提出しなければならない。\n\n別表（第4条関係）\n| 書類 | 提出区分 | 期限 |\n| 運用責任者届 | 提出 | 契約締結後7日以内 |\n| 作業従事者名簿 | 受注者において作成及び保管（提出不要） | ― |", "management-structure", "outsourcing", "weak"),
    ("第4条　指定管理者は、利用者名簿その他の個人情報について、別表に掲げる安全管理措置を講じなければならない。\n\n別表（第4条関係）　安全管理措置\n1　利用者名簿は、施錠できる書庫に保管すること。\n2　利用者名簿の電子データにはパスワードを設定すること。\n注　上記各措置は、指定管理者の判断により、その全部又は一部を省略することができる。", "security", "outsourcing", "weak"),
    # Returned or erased only when the ward asks; a sales audit is no audit of the handling.
    ("第十三条　指定管理者は、指定期間の満了に際し、区から求められたときは、管理業務に関して保有する個人情報を区に返還し、又は消去しなければならない。", "return-deletion", "outsourcing", "weak"),
    ("第8条　乙は、毎月15日までに、前月の販売本数及び売上金額を記載した売上報告書を甲に提出しなければならない。\n2　甲は、前項の報告の内容に疑義があるときは、乙の帳簿書類を検査し、又は乙の事務所において実地に調査することができる。", "reporting-audit", "outsourcing", "missing"),
])
def test_workers_rules_catch_all_items_bar_tables_and_requests(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Later 項 that hollow the first: the contractor may refuse the audit, replace it with its
    # own internal audit, or have it only with its consent; a report only 「甲が必要と認める場合」
    # (甲 = the company); a copy made first and reported after when there is no time to ask.
    ("第12条　乙は、個人情報の取扱状況について、毎月、甲に報告しなければならない。\n2 甲は、個人情報の取扱状況を確認するため、乙の事業所において監査を行うことができる。\n3 乙は、業務に支障があるときは、前項の監査を拒むことができる。", "reporting-audit", "outsourcing", "weak"),
    ("第24条　指定管理者は、毎月、個人情報の管理状況を区に報告しなければならない。\n2 区は、指定管理者による個人情報の管理状況について、施設に立ち入り実地に調査することができる。\n3 前項の調査は、指定管理者の同意を得て行うものとする。", "reporting-audit", "outsourcing", "weak"),
    ("第24条　指定管理者は、毎月、個人情報の管理状況を区に報告しなければならない。\n2 区は、指定管理者による個人情報の管理状況について、施設に立ち入り実地に調査することができる。", "reporting-audit", "outsourcing", "present"),
    ("株式会社○○企画（以下「甲」という。）は、○○区（以下「乙」という。）から委託を受けた業務に関し、次のとおり個人情報を取り扱う。\n第４条　甲は、個人情報の責任者及び業務従事者を定め、乙に報告する。\n２ 前項の規定による報告は、甲が必要と認める場合に行うものとする。", "management-structure", "outsourcing", "weak"),
    ("第22条　指定管理者は、区の承認を得ないで、個人情報を複製し、又は複写してはならない。\n2 前項の承認を受けるいとまがないときは、指定管理者は、複製した後に遅滞なくその旨を区に報告すれば足りる。", "copying", "outsourcing", "weak"),
    # A check defined as yearly, done by the ward.
    ("第1条　この特記事項において「定期確認」とは、委託者が、年1回以上、受託者の個人情報の管理の状況について行う確認をいう。\n第20条　委託者は、定期確認を行う。受託者は、正当な理由なくこれを拒んではならない。", "annual-check", "outsourcing", "present"),
    # 2項's proviso is not 1項's.
    ("第十二条　指定管理者は、個人情報の漏えい、滅失又はき損の防止その他の安全管理のために必要な措置を講じなければならない。\n２　指定管理者は、個人情報が記録された資料を複製してはならない。ただし、管理業務の遂行上必要な場合は、この限りでない。", "security", "outsourcing", "present"),
    # 「XをYとし」 names the parties too.
    ("北斗ビジネス株式会社を甲とし、練馬区を乙として、次のとおり業務委託契約を締結する。\n第１４条　乙は、甲に引き渡す個人情報について、漏えい及び滅失を防ぐための措置を講ずるものとする。", "security", "outsourcing", "weak"),
])
def test_later_paragraphs_that_hollow_defined_checks_and_other_provisos(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Rows of the workers' rules read with the article they belong to (「別表（第11条関係）」).
    ("第11条　派遣元は、派遣労働者に、別表に掲げる事項を遵守させなければならない。\n２　別表第２号に定める義務は、派遣労働者が派遣元を退職した後もなお存続するものとする。\n\n別表（第11条関係）\n１　派遣先の定める庁舎管理規程を守ること。\n２　就業により知り得た派遣先の秘密を、外部の者に漏えいしないこと。", "dispatch-secrecy", "dispatch", "present"),
    # A pledge in です・ます: 「…持ち帰ったりしません」 forbids.
    ("第14条　派遣元は、派遣労働者に、就業開始前に別記の誓約書を派遣先に提出させるものとする。\n別記\n誓　約　書\n私は、派遣就業中に取り扱う個人情報について、次のとおり約束します。\n１　担当する業務のためだけに使用します。\n２　派遣先の了承を得ないで、複写その他の方法で写しを作ったり、職場から持ち帰ったりしません。\n３　情報が漏れたことに気付いたときは、ただちに派遣先の担当者に知らせます。", "dispatch-personal-info", "dispatch", "present"),
    # 「第1項の承認は、…統括責任者の承認をもって代えることができる」; a consent required in 3項.
    ("第18条　指定管理者は、管理業務の一部を第三者（指定管理者の子会社を含む。）に委託しようとするときは、あらかじめ区の承認を得なければならない。\n2　指定管理者は、再委託先に対し、この協定に定める義務を遵守させなければならない。\n3　清掃その他の定型的な業務に係る第1項の承認は、指定管理者が選任する統括責任者の承認をもって代えることができる。", "subcontracting", "outsourcing", "weak"),
    ("第18条　区は、受託者がこの契約に違反したときは、この契約を解除することができる。\n2　受託者は、この契約に違反して区に損害を与えたときは、その損害を賠償しなければならない。\n3　第1項の規定による解除は、あらかじめ受託者の同意を得なければ、これを行うことができない。", "termination-damages", "outsourcing", "weak"),
    # A report limited to what the contractor's own officer deems serious.
    ("第26条　指定管理者は、個人情報の漏えいその他の事故が発生したときは、直ちに区に報告し、区の指示に従わなければならない。\n2　前項の報告の対象は、指定管理者の個人情報保護責任者が重大な事故と認めたものに限る。", "incident", "outsourcing", "weak"),
    # A monthly report row is not excluded by the incident row beside it.
    ("2　報告\n　作業報告　　：毎月10日までに、前月分の作業報告書（個人情報の取扱状況を含む。）を区に提出すること。\n　事故等の報告：事故が生じたときは、その内容を翌月の作業報告書に記載して報告すること。\n3　検査\n　区は、毎年度1回以上、受託者の作業所に立ち入り、個人情報の管理状況を検査するものとする。", "reporting-audit", "outsourcing", "present"),
])
def test_rows_of_an_article_polite_pledges_replaced_approvals_and_sibling_rows(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected



@pytest.mark.parametrize("text,word,expected", [
    # 「あらかじめ甲に届け出た作業場所」: a notification done already describes the place; the
    # duty is to work there. A notice required 「あらかじめ…届け出なければならない」 is a duty.
    ("乙は、個人情報を取り扱う作業を、あらかじめ甲に届け出た作業場所において行わなければならない。", "届け出", "statement"),
    ("乙は、作業場所を、あらかじめ甲に届け出なければならない。", "届け出", "duty"),
    # The relative clause's own argument keeps the force of the list it is in.
    ("乙は、個人情報の管理責任者の氏名を記載した届出書を甲に提出しなければならない。", "責任者", "duty"),
])
def test_a_past_act_in_a_relative_clause_describes(engine, text, word, expected):
    from contractcheck.clause import analyze
    from contractcheck.nlp import get_nlp
    from contractcheck.parties import resolve

    doc = get_nlp()(text)
    anchor = next(t for t in doc if word in t.text)
    assert analyze(doc, anchor, resolve(text)).modality == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A disclosure the law demands, after telling the client: 「場合において、…とき」 is one ground.
    ("第８条　乙は、業務上知り得た秘密を他に漏らしてはならない。ただし、法令に基づき開示を求められた場合において、あらかじめ甲に通知したときは、この限りでない。\n２　乙は、個人情報を本業務以外の目的に利用してはならない。\n３　前二項の規定は、契約終了後も効力を有する。", "confidentiality", "outsourcing", "present"),
    ("第８条　乙は、業務上知り得た秘密を他に漏らしてはならない。ただし、乙が業務上必要と判断した場合において、あらかじめ甲に通知したときは、この限りでない。\n２　乙は、個人情報を本業務以外の目的に利用してはならない。", "confidentiality", "outsourcing", "weak"),
    # Duties owed only when the ward asks, for dispatched workers; the same duties owed always.
    ("第12条　派遣元は、派遣先から求めがあった場合に限り、派遣労働者から、業務上知り得た秘密を派遣終了後も漏らさない旨の誓約書を徴し、これを守らせるものとする。", "dispatch-secrecy", "dispatch", "weak"),
    ("第12条　派遣元は、派遣労働者から、業務上知り得た秘密を派遣終了後も漏らさない旨の誓約書を徴し、これを守らせるものとする。", "dispatch-secrecy", "dispatch", "present"),
    # The contractor's officer deciding whether the ward hears of an accident.
    ("第10条　派遣元は、派遣労働者に次の事項を守らせなければならない。\n(1) 個人情報を派遣業務以外の目的に使用しないこと。\n(2) 派遣先の許可なく個人情報を複写し、又は持ち出さないこと。\n(3) 個人情報の紛失等が生じたときは、直ちに派遣元の営業担当者に報告すること。\n２　派遣元の営業担当者は、前項第３号の報告を受けたときは、重大であると判断した場合に限り、派遣先に通知する。", "dispatch-personal-info", "dispatch", "weak"),
    # Materials the staffing company wrote itself are not the ward's information.
    ("第７条　派遣労働者は、派遣元が作成した業務マニュアルを、派遣元の許可なく複製してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    # Only changes of the staff reported; the staff reported at the start and on change.
    ("第９条　受託者は、業務責任者又は業務従事者を変更したときは、変更後の者の氏名を委託者に届け出なければならない。", "management-structure", "outsourcing", "weak"),
    ("第９条　受託者は、業務責任者及び業務従事者を定め、その氏名を委託者に届け出なければならない。\n２　受託者は、業務責任者又は業務従事者を変更したときは、変更後の者の氏名を委託者に届け出なければならない。", "management-structure", "outsourcing", "present"),
    # A list of documents to hand in, with a header row between the lead and its rows.
    ("５　提出書類\n受託者は、次に掲げる書類を区に提出しなければならない。\n　書類名　　　　提出期限\n　①業務責任者届　　契約後5日以内\n　②業務従事者名簿　　作業開始前", "management-structure", "outsourcing", "present"),
    # The body binds another 特記事項 than the one attached; and one only partly attached.
    ("第２条　受託者は、別紙「情報セキュリティ特記事項」を遵守しなければならない。\n\n別記\n個人情報取扱特記事項\n１　受託者は、個人情報を漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第２条　受託者は、別記「個人情報取扱特記事項」を遵守しなければならない。\n\n別記\n個人情報取扱特記事項\n１　受託者は、個人情報を漏らしてはならない。\n（第２から第９までは、追って区が受託者に交付する。）", "special-provisions-link", "outsourcing", "weak"),
    ("第２条　受託者は、別記「個人情報取扱特記事項」を遵守しなければならない。\n\n別記\n個人情報取扱特記事項\n１　受託者は、個人情報を漏らしてはならない。", "special-provisions-link", "outsourcing", "present"),
    # The next article puts the 特記事項 aside for the contractor's own policy.
    ("第５条　乙は、別記「個人情報取扱特記事項」を遵守しなければならない。\n第６条　前条の規定にかかわらず、乙は、乙が定める情報管理規程に従うものとし、特記事項は当該規程に定めのない事項に限り適用する。\n\n別記\n個人情報取扱特記事項\n１　乙は、個人情報を漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第７条　派遣元は、派遣労働者に、業務上知り得た秘密を漏らさないよう遵守させなければならない。派遣期間が終了した後も同様とする。", "dispatch-secrecy", "dispatch", "present"),
    # A 就業条件明示書 addresses the worker; a staffing company's rules about its own secrets.
    ("就業条件明示書\n派遣労働者　○○　殿\n１　業務内容　窓口受付\n２　遵守事項\n(1) 派遣先の業務で知り得た秘密を漏らさないこと。派遣期間の終了後も同様とする。", "dispatch-secrecy", "dispatch", "present"),
    ("第４条　派遣元は、別紙「スタッフ心得」を派遣労働者に交付する。\n\n別紙　スタッフ心得\n１　スタッフは、在職中及び退職後も、当社の料金その他当社の営業上の秘密を他に漏らしてはならない。", "dispatch-secrecy", "dispatch", "missing"),
    # 「第11条（特記事項）」 heads an article; it starts no new document.
    ("第10条　甲は、乙がこの契約に違反したときは、契約を解除することができる。\n２　乙は、この契約に違反して甲に損害を与えたときは、その損害を賠償しなければならない。\n第11条（特記事項）\n乙は、別記「個人情報取扱特記事項」を遵守しなければならない。\n第12条　甲及び乙は、相手方が暴力団員であるときは、契約を解除することができる。この場合、解除した者は、相手方の損害を賠償する責任を負わない。", "termination-damages", "outsourcing", "present"),
    # A quoted name at the end of a PDF line, the sentence going on below.
    ("第５条　乙は、業務の実施に当たり、別記「個人情報取扱特記事項」\nを守らなければならない。\n\n別記\n個人情報取扱特記事項\n１　乙は、個人情報を漏らしてはならない。", "special-provisions-link", "outsourcing", "present"),
    # The approval of the 項 before, handed to the contractor's own officer.
    ("第12条　乙は、甲の承認を得た場合を除き、個人情報を複写してはならない。\n２　前項の承認は、乙の情報管理責任者が行うものとする。", "copying", "outsourcing", "weak"),
    ("第12条　乙は、甲の承認を得た場合を除き、個人情報を複写してはならない。\n２　乙は、前項の承認を受けた複写の記録を保存しなければならない。", "copying", "outsourcing", "present"),
    # A yearly check skipped at the contractor's word, or replaced by its own report.
    ("第20条　甲は、毎年度１回以上、乙における個人情報の管理状況を検査する。\n２　前項の検査は、乙が業務の繁忙を理由に申し出たときは、行わないものとする。", "annual-check", "outsourcing", "weak"),
    ("第20条　甲は、年１回以上、乙における個人情報の管理状況を確認する。\n２　乙は、自ら行った点検の結果を甲に報告することにより、前項の確認に代えることができる。", "annual-check", "outsourcing", "weak"),
    ("第20条　甲は、年１回以上、乙における個人情報の管理状況を確認する。\n２　前項の確認は、甲の職員が乙の事業所に立ち入って行う。", "annual-check", "outsourcing", "present"),
    # 2項 details 1項: its proviso, and 3項's 「前項」, reach 1項's measures.
    ("第10条　乙は、個人情報の漏えい、滅失及び毀損の防止のため、次の措置を講じなければならない。\n①　作業場所の限定\n②　媒体の施錠保管\n２　乙は、前項の措置を講ずるに当たり、甲の規程を参照する。ただし、乙が不要と判断した措置は、講じないことができる。", "security", "outsourcing", "weak"),
    ("第９条　受託者は、個人情報の漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。\n２　前項の措置の内容は、別紙のとおりとする。\n３　受託者は、自社の情報管理責任者の承認を得て、前項の措置の一部を省略することができる。", "security", "outsourcing", "weak"),
    ("第９条　受託者は、個人情報の漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。\n２　前項の措置の内容は、別紙のとおりとする。\n３　受託者は、区の書面による承認を得て、前項の措置の一部を変更することができる。", "security", "outsourcing", "present"),
    # Collecting more than the minimum at the contractor's own judgement.
    ("第８条　委託者は、本業務に必要な最小限の範囲で、受託者に個人情報を引き渡す。\n２　受託者は、前項の個人情報のほか、受託者が必要と判断する個人情報を収集することができる。", "data-minimization", "outsourcing", "weak"),
    ("第８条　委託者は、本業務に必要な最小限の範囲で、受託者に個人情報を引き渡す。\n２　受託者は、前項の個人情報のほか、委託者の書面による承認を得て、必要な個人情報を収集することができる。", "data-minimization", "outsourcing", "present"),
    # A defined term that covers only what the contractor judges it to.
    ("第１条　この協定において「事故」とは、個人情報の漏えい又は滅失のうち、指定管理者が重大であると認めたものをいう。\n第22条　指定管理者は、事故が発生したときは、直ちに区に報告し、区の指示に従わなければならない。", "incident", "outsourcing", "weak"),
    ("第１条　この協定において「事故」とは、個人情報の漏えい、滅失又は毀損をいう。\n第22条　指定管理者は、事故が発生したときは、直ちに区に報告し、区の指示に従わなければならない。", "incident", "outsourcing", "present"),
    # Return listed with a further occasion on request, not only on request.
    ("第17条　受注者は、次の各号のいずれかに該当するときは、発注者から提供を受けた資料を返却し、その複製物を廃棄しなければならない。\n(1) 業務が完了したとき。\n(2) この契約が解除されたとき。\n(3) 発注者から求めがあったとき。", "return-deletion", "outsourcing", "present"),
    ("第17条　受注者は、発注者から求めがあったときは、発注者から提供を受けた資料を返却し、その複製物を廃棄しなければならない。", "return-deletion", "outsourcing", "weak"),
    # The contractor refusing the inspection of the 項 before.
    ("第16条　乙は、毎月、個人情報の取扱状況を甲に報告しなければならない。\n２　甲は、乙の事業所に立ち入り、個人情報の管理状況を検査することができる。\n３　乙は、前項の検査の対象が乙の営業上の秘密に関わると判断するときは、当該検査を拒むことができる。", "reporting-audit", "outsourcing", "weak"),
    # A document set defined as 「契約書等」 that names the 特記事項.
    ("第１条　「契約書等」とは、この契約書、仕様書及び別紙「個人情報取扱特記事項」をいう。\n第２条　受託者は、契約書等に定めるところに従い、本業務を履行しなければならない。\n\n別紙\n個人情報取扱特記事項\n１　受託者は、個人情報を漏らしてはならない。", "special-provisions-link", "outsourcing", "present"),
    # A list run on in one paragraph after the sentence announcing it keeps its effort verb.
    ("第12条　乙は、派遣労働者が次の事項を守るよう努めるものとする。（1）個人情報を業務以外に利用しないこと。（2）甲の許可なく個人情報を複製し、又は持ち出さないこと。（3）個人情報の漏えいが生じたときは、直ちに甲に報告すること。", "dispatch-personal-info", "dispatch", "weak"),
    ("第12条　乙は、派遣労働者に次の事項を守らせなければならない。（1）個人情報を業務以外に利用しないこと。（2）甲の許可なく個人情報を複製し、又は持ち出さないこと。（3）個人情報の漏えいが生じたときは、直ちに甲に報告すること。", "dispatch-personal-info", "dispatch", "present"),
    # 「（公知のものを除く。）」 narrows what is secret; it is no exception to the duty.
    ("3-1　秘密の保持：受注者は、業務上知り得た情報（公知のものを除く。）を外部に漏らしてはならない。\n3-2　受注者は、個人情報を本業務以外の用途に用いてはならない。", "confidentiality", "outsourcing", "present"),
    ("3-1　秘密の保持：受注者は、業務上知り得た情報（受注者が業務上必要と判断したものを除く。）を外部に漏らしてはならない。\n3-2　受注者は、個人情報を本業務以外の用途に用いてはならない。", "confidentiality", "outsourcing", "weak"),
    # Acts banned by 「…てはならず、」 before a duty on a later condition.
    ("第８条　乙は、甲の書面による承認がある場合を除き、個人情報を複製し、又は複写してはならず、甲の承認を得て複製した場合には、その数量を甲に報告しなければならない。", "copying", "outsourcing", "present"),
    # A 仕様書 row with a long note in its label, ending in the act.
    ("４　実施体制\n体制表（個人情報管理責任者、運用責任者及び業務従事者の氏名を記載したもの）：契約締結後7日以内に区へ提出", "management-structure", "outsourcing", "present"),
    ("４　実施体制\n体制表（個人情報管理責任者、運用責任者及び業務従事者の氏名を記載したもの）：受託者において保管", "management-structure", "outsourcing", "missing"),
    # A PDF line closing 「（以下「業務責任者」という。）」, the sentence going on below.
    ("第４条　乙は、委託業務に係る個人情報の管理に関する責任者（以下「管理責任者」という。）\nを定め、書面により甲に届け出なければならない。", "management-structure", "outsourcing", "weak"),
    # Plain and old words: 「知ることのできた事項を…口外」「他者に請け負わせ」「契約を打ち切る」, and a
    # subject right before the predicate after the client's topic.
    ("受注者は、この契約による業務に関して知ることのできた事項を何人にも口外してはならない。\n２　受注者は、業務上取り扱う個人情報を契約目的以外の用途に供してはならない。", "confidentiality", "outsourcing", "present"),
    ("受注者は、本件業務を他者に請け負わせてはならない。ただし、発注者があらかじめ書面により承諾したときは、この限りでない。受注者の子会社に処理させることも、他者に請け負わせることとみなす。\n２　受注者は、前項ただし書の承諾を得て他者に請け負わせるときは、当該他者にこの契約に定める義務と同等の義務を負わせなければならない。", "subcontracting", "outsourcing", "present"),
    ("受注者は、本件業務を他者に請け負わせてはならない。ただし、受注者が必要と判断したときは、この限りでない。受注者の子会社に処理させることも、他者に請け負わせることとみなす。\n２　受注者は、他者に請け負わせるときは、当該他者にこの契約に定める義務と同等の義務を負わせなければならない。", "subcontracting", "outsourcing", "weak"),
    ("受託者が本契約の条項に背いたときは、区は直ちに契約を打ち切ることができ、これによって区に生じた損失は受託者が負担する。", "termination-damages", "outsourcing", "present"),
    ("受託者が本契約の条項に背いたときは、区は直ちに契約を打ち切ることができ、これによって受託者に生じた損失は区が負担する。", "termination-damages", "outsourcing", "weak"),
    # Workers' safety harnesses are not the safety of information.
    ("乙は、高所作業中の事故を防止するため、作業員に安全帯を着用させる等の安全対策を講じなければならない。", "security", "outsourcing", "missing"),
    # Later 項 that hollow the first: the approval replaced by the contractor's officer, the
    # client's approval waived at the contractor's judgement, the instruction set aside at its
    # own judgement, the check only with its officer's consent, a year's check skipped on its word.
    ("第９条　受託者は、区の承認を得ないで、個人情報を複写してはならない。\n２　前項の承認は、緊急を要するときは、受託者の管理責任者の許可をもってこれに代えることができる。", "copying", "outsourcing", "weak"),
    ("株式会社あおば（以下「甲」という。）と○○区（以下「乙」という。）は、次のとおり定める。\n第6条　甲は、乙の承認を得ないで、個人情報を複写してはならない。\n2　甲は、前項の規定を遵守するものとする。ただし、甲が業務上必要と判断した場合は、乙の承認を要しない。", "copying", "outsourcing", "weak"),
    ("第13条　受注者は、個人情報の漏えい等の事故が発生したときは、直ちに発注者に報告するとともに、発注者の指示に従って必要な措置を講じなければならない。\n2　前項の規定にかかわらず、受注者は、発注者の指示に従うことにより業務に支障が生じると認めるときは、受注者の判断により当該指示と異なる措置を講じることができる。", "incident", "outsourcing", "weak"),
    ("第11条　乙は、四半期ごとに、個人情報の管理状況を甲に報告しなければならない。\n2　甲は、乙における個人情報の取扱状況について、検査を行うことができる。\n3　前項の検査は、乙の情報管理責任者が同意した場合に限り、行うことができる。", "reporting-audit", "outsourcing", "weak"),
    ("第23条　区は、毎年度、指定管理者における個人情報の管理状況を確認する。\n２　指定管理者が、業務の都合により前項の確認を受けることが困難である旨を申し出たときは、区は、当該年度の確認を行わないものとする。", "annual-check", "outsourcing", "weak"),
    # A cap on damages lifted for leaks by 2項's proviso takes nothing from 1項.
    ("第8条　受託者は、本契約に違反して委託者に損害を与えたときは、その損害を賠償する。\n2　前項の賠償額は、委託料の総額を上限とする。ただし、個人情報の漏えいによる損害については、この限りでない。\n第9条　委託者は、受託者が本契約に違反したときは、本契約を解除することができる。", "termination-damages", "outsourcing", "present"),
    # 2項 enforcing 1項's duty, with a proviso the contractor's officer decides.
    ("第９条　派遣労働者は、派遣先において知り得た秘密を第三者に漏らしてはならない。派遣期間終了後も同様とする。\n２　派遣元は、前項の義務を派遣労働者に遵守させる。ただし、派遣元責任者が開示を相当と認めた場合は、この限りでない。", "dispatch-secrecy", "dispatch", "weak"),
    ("第９条　派遣労働者は、派遣先において知り得た秘密を第三者に漏らしてはならない。派遣期間終了後も同様とする。\n２　派遣元は、前項の義務を派遣労働者に遵守させる。ただし、派遣先が書面により開示を承諾した場合は、この限りでない。", "dispatch-secrecy", "dispatch", "present"),
    # 「前項各号の規定は、派遣元が…と判断した場合には、適用しない」
    ("第12条　派遣労働者は、派遣就業において取り扱う個人情報について、次の各号を遵守しなければならない。\n(1) 業務の目的以外に利用しないこと。\n(2) 派遣先の許可なく複製し、又は持ち出さないこと。\n(3) 漏えい等の事故が生じたときは、直ちに派遣先に報告すること。\n２　前項各号の規定は、派遣元が業務の遂行上やむを得ないと判断した場合には、適用しない。", "dispatch-personal-info", "dispatch", "weak"),
])
def test_requests_own_officers_partial_attachments_and_workers_documents(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A list of conditions that includes the client's approval: a ban on the main part among
    # them is one more condition (without the approval it is the only limit).
    ("第10条　乙は、次の各号のいずれにも該当する場合に限り、本業務の一部を第三者に委託することができる。\n(1) あらかじめ甲の書面による承認を受けていること。\n(2) 本業務の主要な部分を委託するものでないこと。\n２　乙の子会社に委託する場合も、前項の委託に当たるものとする。\n３　乙は、委託先に本契約と同等の義務を負わせ、委託先が更に委託するときも同様とする。", "subcontracting", "outsourcing", "present"),
    ("第10条　乙は、次の各号のいずれにも該当する場合に限り、本業務の一部を第三者に委託することができる。\n(1) 委託先の名称を甲に通知していること。\n(2) 本業務の主要な部分を委託するものでないこと。\n２　乙の子会社に委託する場合も、前項の委託に当たるものとする。\n３　乙は、委託先に本契約と同等の義務を負わせ、委託先が更に委託するときも同様とする。", "subcontracting", "outsourcing", "weak"),
    # Grounds of 「次の各号のいずれかに該当する場合を除き」 read one by one.
    ("第7条　受託者は、次の各号のいずれかに該当する場合を除き、本業務を第三者に委託してはならない。\n(1) 委託者があらかじめ書面で承認した場合\n(2) 委託者が書面で指定した者に委託する場合\n２　受託者の関連会社への委託も、前項の委託に含まれる。\n３　受託者は、委託先に本契約の義務を遵守させ、委託先が更に委託するときも同様とする。", "subcontracting", "outsourcing", "present"),
    ("第7条　受託者は、次の各号のいずれかに該当する場合を除き、本業務を第三者に委託してはならない。\n(1) 委託者があらかじめ書面で承認した場合\n(2) 受託者が繁忙期に必要と認める場合\n２　受託者の関連会社への委託も、前項の委託に含まれる。\n３　受託者は、委託先に本契約の義務を遵守させ、委託先が更に委託するときも同様とする。", "subcontracting", "outsourcing", "weak"),
    # The burden of an inspection kept to a minimum is no limit on the information.
    ("第14条　甲は、乙の事務所に立ち入り、個人情報の取扱状況を調査することができる。この場合において、甲は、乙の業務への影響が最小限となるよう配慮する。", "data-minimization", "outsourcing", "missing"),
    ("第14条　甲は、乙に引き渡す個人情報を、業務の遂行に必要な最小限のものとしなければならない。", "data-minimization", "outsourcing", "present"),
    # A scope defined as what the contractor judges useful; a later 項 letting its own officer
    # widen what is collected.
    ("第3条　この契約において「必要な範囲」とは、乙が業務上有用と判断する範囲をいう。\n第8条　乙は、個人情報を収集するときは、必要な範囲内に限り収集しなければならない。", "data-minimization", "outsourcing", "weak"),
    ("第8条　乙は、申請の受付に当たっては、受付に必要最小限の項目に限り個人情報を取得しなければならない。\n２　乙は、乙の個人情報保護責任者の承認を得たときは、前項の項目以外の事項を取得することができる。", "data-minimization", "outsourcing", "weak"),
    ("第8条　乙は、申請の受付に当たっては、受付に必要最小限の項目に限り個人情報を取得しなければならない。\n２　乙は、取得する項目を申請書に明示しなければならない。", "data-minimization", "outsourcing", "present"),
    # Termination only by agreement, or lifted at the contractor's word.
    ("第20条　受注者がこの契約に違反したときは、発注者及び受注者が協議し、両者が合意したときに限り、この契約を解除することができる。\n第21条　受注者は、この契約に違反して発注者に損害を与えたときは、これを賠償しなければならない。", "termination-damages", "outsourcing", "weak"),
    ("第20条　発注者は、受注者がこの契約に違反したときは、この契約を解除することができる。\n２　前項の場合において、受注者が是正計画を発注者に申し出たときは、発注者は、この契約を解除しないものとする。\n第21条　受注者は、この契約に違反して発注者に損害を与えたときは、これを賠償しなければならない。", "termination-damages", "outsourcing", "weak"),
    # Staff reported only when changed; a report the contractor's own rules decide on.
    ("第6条　乙は、個人情報管理責任者を定め、その氏名を甲に書面で届け出なければならない。\n第7条　乙は、本業務に従事する者を自ら選任する。\n２　乙は、前項の者を追加したときは、速やかに甲に通知する。", "management-structure", "outsourcing", "weak"),
    ("第6条　乙は、個人情報管理責任者及び業務従事者を定め、その氏名を甲に書面で届け出なければならない。", "management-structure", "outsourcing", "present"),
    ("第6条　乙は、個人情報管理責任者及び業務従事者を定めるものとする。\n２　乙は、乙が定める情報管理規程において報告を要するとされている場合には、前項の者を甲に報告する。", "management-structure", "outsourcing", "weak"),
    # A table laid out in columns whose first value wraps onto a line of its own.
    ("別紙　仕様書\n３　報告\n月次報告　　　毎月10日までに、前月の作業実績及び個人情報の管理状況を報告書\nにより甲に報告\n事故報告　　　事故発生時は直ちに甲に報告\n４　検査\n甲は、必要に応じて乙の作業場所に立ち入り、個人情報の管理状況を検査することができる。", "reporting-audit", "outsourcing", "present"),
])
def test_listed_conditions_scopes_agreed_terminations_and_wrapped_columns(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The body letting the contractor copy or subcontract on its own terms, and putting itself
    # above the 特記事項.
    ("第4条　乙は、別記「個人情報取扱特記事項」を遵守しなければならない。\n第5条　乙は、事務の迅速化のため必要と認めるときは、甲の承認を要せず、個人情報を記録した帳票を複写することができる。\n第19条　この契約書の規定と別記特記事項の規定とが異なるときは、この契約書の規定による。\n\n別記\n個人情報取扱特記事項\n第1　乙は、甲の承認を得ないで個人情報を複写してはならない。\n第2　乙は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第4条　乙は、別記「個人情報取扱特記事項」を遵守しなければならない。\n第5条　乙は、事務の迅速化のため、帳票の様式を甲と協議して定めることができる。\n第19条　この契約書の規定と別記特記事項の規定とが異なるときは、この契約書の規定による。\n\n別記\n個人情報取扱特記事項\n第1　乙は、甲の承認を得ないで個人情報を複写してはならない。\n第2　乙は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "present"),
    # A 特記事項 attached only in part.
    ("第4条　乙は、別記「個人情報取扱特記事項」を遵守しなければならない。\n\n別記\n個人情報取扱特記事項\n第1　乙は、個人情報を適正に取り扱わなければならない。\n※第2以降は、別冊により後日交付する。", "special-provisions-link", "outsourcing", "weak"),
])
def test_body_overriding_and_partly_attached_special_provisions(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「前二項」 in kanji reaches both 項; a subject inside 「…が承認したもの」 binds nobody.
    ("第11条　乙は、派遣労働者をして、派遣就業中に知り得た甲の秘密を他に漏らさせてはならない。\n２　前項の規定は、甲が事前に書面で開示を承認したものについては、適用しない。\n３　前二項の規定は、派遣期間が満了した後においても、なお効力を有する。", "dispatch-secrecy", "dispatch", "present"),
    ("第11条　乙は、派遣労働者をして、派遣就業中に知り得た甲の秘密を他に漏らさせてはならない。\n２　前項の規定は、甲が事前に書面で開示を承認したものについては、適用しない。", "dispatch-secrecy", "dispatch", "weak"),
    # A renewal clause's 「以後も同様とする」 is no survival.
    ("第8条　乙は、派遣期間中、派遣労働者に甲の業務上の秘密を漏らさせてはならない。\n第12条　この契約の期間は1年とし、期間満了の30日前までに申出がないときは、同一条件で更新するものとし、以後も同様とする。", "dispatch-secrecy", "dispatch", "weak"),
    # An effort extended 「…後においても、同様とする」 stays an effort.
    ("第8条　乙は、派遣労働者が甲の秘密を漏らすことのないよう指導に努めるものとする。派遣期間が終了した後においても、同様とする。", "dispatch-secrecy", "dispatch", "weak"),
    # The workers keeping the staffing company's own secrets is another matter.
    ("第5条　派遣労働者は、乙の営業上の秘密を在職中及び退職後も他に漏らしてはならない。", "dispatch-secrecy", "dispatch", "missing"),
    # The workers' own data kept by either party.
    ("第9条　乙は、派遣労働者の健康診断の結果を、健康管理の目的以外に利用してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    ("第9条　甲は、乙から通知された派遣労働者の氏名、生年月日その他の個人情報を、派遣先管理台帳の作成以外に利用してはならない。\n２　甲は、前項の個人情報を複製してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    ("第9条　甲は、乙が提供した研修資料を、乙の許可なく複製してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    # The 派遣先's commander is the ward's.
    ("第9条　乙は、派遣労働者に次の事項を遵守させなければならない。\n(1) 個人情報を業務の目的以外に使用しないこと。\n(2) 甲の許可なく個人情報を複製し、又は持ち出さないこと。\n(3) 個人情報の漏えいを発見したときは、直ちに指揮命令者（甲の職員）に報告すること。", "dispatch-personal-info", "dispatch", "present"),
    ("第9条　乙は、派遣労働者に次の事項を遵守させなければならない。\n(1) 個人情報を業務の目的以外に使用しないこと。\n(2) 甲の許可なく個人情報を複製し、又は持ち出さないこと。\n(3) 個人情報の漏えいを発見したときは、直ちに乙の営業担当者に報告すること。", "dispatch-personal-info", "dispatch", "weak"),
])
def test_dispatch_survival_renewals_others_secrets_and_commanders(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「前項③の規定は」 names one 号: the others keep their force.
    ("第10条　乙は、派遣労働者に次の事項を遵守させる。\n①　甲の個人情報を業務以外に利用しないこと。\n②　個人情報に関する事故を知ったときは、直ちに甲に報告すること。\n③　甲の承認なく個人情報を複製し、又は持ち出さないこと。\n２　前項③の規定は、乙が業務上やむを得ないと認めた場合には、適用しない。", "dispatch-personal-info", "dispatch", "weak"),
    ("第10条　乙は、派遣労働者に次の事項を遵守させる。\n①　甲の個人情報を業務以外に利用しないこと。\n②　個人情報に関する事故を知ったときは、直ちに甲に報告すること。\n③　甲の承認なく個人情報を複製し、又は持ち出さないこと。\n２　前項③の規定は、甲が書面により承認した場合には、適用しない。", "dispatch-personal-info", "dispatch", "present"),
    # 「派遣労働者でなくなった後も」 is survival.
    ("第8条　乙は、派遣労働者に次の事項を守らせなければならない。\n(1) 甲の業務上知り得た秘密を漏らさないこと。派遣労働者でなくなった後も、同様とする。", "dispatch-secrecy", "dispatch", "present"),
    ("第8条　乙は、派遣労働者に次の事項を守らせなければならない。\n(1) 甲の業務上知り得た秘密を漏らさないこと。", "dispatch-secrecy", "dispatch", "weak"),
    # What an application form holds is not what is permitted.
    ("第9条　乙は、業務の一部を第三者に委託してはならない。\n２　前項の規定にかかわらず、乙は、次に掲げる事項を記載した申請書を甲に提出し、あらかじめ甲の書面による承認を受けた場合に限り、業務の一部を委託することができる。\n一　委託先の名称\n二　委託する業務の範囲\n３　乙は、委託先に本契約と同一の義務を負わせ、委託先が更に委託するときも同様とする。\n４　乙の子会社に業務を行わせることも、第1項の委託に該当する。", "subcontracting", "outsourcing", "present"),
    # 「前条第1項第1号に該当することにより」 reads 前条's 1項, not its last 項 on budget cuts.
    ("第20条　甲は、次のいずれかに該当するときは、この契約を解除することができる。\n(1) 乙がこの契約に違反したとき。\n(2) 乙が暴力団員等であると判明したとき。\n２　甲は、予算の減額があったときも、この契約を解除することができる。この場合、甲は乙に生じた損害を補償する。\n第21条　乙は、前条第1項第1号に該当することにより甲に損害を与えたときは、これを賠償しなければならない。", "termination-damages", "outsourcing", "present"),
    # A note that sets an article aside at length.
    ("第十五条　受託者は、業務上知り得た個人情報を漏らし、又は業務以外の目的に利用してはならない。この契約の終了後も同様とする。\n※　第十五条の規定は、受託者が自社の新サービスの案内を送るために利用者の住所を用いる場合には、適用しない。", "confidentiality", "outsourcing", "weak"),
    # Visitors' safety at a venue is not the safety of information.
    ("3-2　安全対策：受託者は、会場設営に当たり、来場者の転倒を防止するため、通路を確保する。", "security", "outsourcing", "missing"),
    # The body putting the contractor's own rules first.
    ("第5条　乙は、別記「個人情報取扱特記事項」を遵守しなければならない。\n第6条　個人情報の取扱いは、乙が別に定める情報管理規程によるものとし、別記特記事項は、当該規程に反しない限りにおいて適用する。\n\n別記\n個人情報取扱特記事項\n第1条　乙は、個人情報を他に漏らしてはならない。\n第2条　乙は、甲の承認を得ないで個人情報を複製してはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第5条　乙は、別記「個人情報取扱特記事項」及び乙が定める情報管理規程を遵守しなければならない。\n\n別記\n個人情報取扱特記事項\n第1条　乙は、個人情報を他に漏らしてはならない。\n第2条　乙は、甲の承認を得ないで個人情報を複製してはならない。", "special-provisions-link", "outsourcing", "present"),
])
def test_named_items_survival_wording_form_contents_and_notes(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「前項イの規定は」 names one lettered item.
    ("第10条　乙は、派遣労働者に次の事項を守らせなければならない。\nア　業務で取り扱う個人情報を業務以外の目的に利用しないこと。\nイ　甲の許可を得ずに個人情報を複製し、又は持ち出さないこと。\nウ　個人情報の漏えいを知ったときは、直ちに甲に報告すること。\n２　前項イの規定は、乙が必要と判断した場合には、適用しない。", "dispatch-personal-info", "dispatch", "weak"),
    # 「労働者派遣に関して知り得た」 names the dispatch, not the workers.
    ("第10条　乙は、本契約に基づく労働者派遣に関して知り得た甲の秘密を第三者に漏らしてはならない。本契約が終了した後も、同様とする。", "dispatch-secrecy", "dispatch", "weak"),
    ("第10条　乙は、派遣労働者に、本契約に基づく労働者派遣に関して知り得た甲の秘密を第三者に漏らさせてはならない。本契約が終了した後も、同様とする。", "dispatch-secrecy", "dispatch", "present"),
    # 「本条の規定は、…終了後もなおその効力を有する」 carries the whole article on.
    ("第8条　この条において「秘密情報」とは、派遣労働者が派遣就業に際して知り得た甲の業務上の情報をいう。\n２　乙は、派遣労働者に対し、秘密情報を第三者に漏えいさせてはならない。\n３　本条の規定は、派遣期間の終了後もなおその効力を有する。", "dispatch-secrecy", "dispatch", "present"),
    # A staffing company's rules protecting its own business secrets.
    ("第20条　派遣スタッフは、会社の経営上及び営業上の秘密を他に漏らしてはならない。退職後も同様とする。", "dispatch-secrecy", "dispatch", "missing"),
    # 「前項の規定は、第1条第1号の業務には適用しない」 takes that work out of the 特記事項.
    ("第1条　甲は、次に掲げる業務を乙に委託する。\n(1) 住民票の写しの交付申請の受付業務\n(2) 庁舎の清掃業務\n第9条　乙は、別紙個人情報取扱特記事項を遵守しなければならない。\n2　前項の規定は、第1条第1号の業務には適用しない。\n\n別紙\n個人情報取扱特記事項\n第1条　乙は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    # Staff chosen by the contractor's officer with no report to the ward.
    ("第6条　甲は、業務責任者を選任し、その氏名を書面により乙に届け出なければならない。\n２　業務に従事する者の選任は、甲の業務責任者が行うものとし、乙への報告は要しない。", "management-structure", "outsourcing", "weak"),
    # An oral approval of the client when there is no time for a written one keeps the restriction.
    ("第9条　乙は、甲の事前の書面による承認なしに、業務の全部又は一部を第三者に委託してはならない。\n２　前項の規定にかかわらず、緊急やむを得ないため書面による承認を得るいとまがないときは、乙は、甲の口頭による承認を得て委託することができる。\n３　乙は、委託先（更に委託を受けた者を含む。）に本契約と同等の義務を負わせなければならない。\n４　乙の子会社に業務を行わせることも、第1項の委託に当たる。", "subcontracting", "outsourcing", "present"),
    # What is not indispensable may not be collected; what the contractor finds useful may be.
    ("第8条　乙は、業務の遂行上不可欠でない個人情報を取得し、又は保有してはならない。", "data-minimization", "outsourcing", "present"),
    ("第8条　乙は、申込書により個人情報を取得するときは、必要最小限の項目に限らなければならない。\n２　乙は、電話により個人情報を取得するときは、乙が有用と認めるものを取得することができる。", "data-minimization", "outsourcing", "weak"),
    # The client deciding is not the contractor's judgement.
    ("受注者が貸与データの写しを作成できるのは、発注者が書面で認めたときに限る。", "copying", "outsourcing", "present"),
    # A defined incident the contractor's officer certifies; a report replaced by a record kept
    # at the contractor.
    ("第2条　この特記事項において「事故」とは、個人情報の漏えいのうち、乙の個人情報管理責任者が重大と認定したものをいう。\n第10条　乙は、事故が発生したときは、直ちに甲に報告し、甲の指示に従わなければならない。", "incident", "outsourcing", "weak"),
    ("第12条　乙は、毎月、個人情報の取扱状況を甲に報告しなければならない。\n2　甲は、乙の個人情報の取扱状況について、実地に調査することができる。\n3　第1項の報告は、乙が点検表を作成し、乙の事業所に備え置くことをもって、これに代えることができる。", "reporting-audit", "outsourcing", "weak"),
    # A list that defines a term is its definition.
    ("第2条　この特記事項において「実施体制等」とは、次に掲げる事項をいう。\n一　個人情報管理責任者の氏名\n二　業務従事者の氏名及び担当業務\n第5条　乙は、業務の着手前に、実施体制等を書面により甲に届け出なければならない。", "management-structure", "outsourcing", "present"),
    # A land survey is no audit.
    ("第7条　甲は、引渡しの日までの間、乙に通知した上で本件土地に立ち入り、測量及び地盤調査を行うことができる。", "reporting-audit", "outsourcing", "missing"),
])
def test_lettered_items_dispatch_wording_definitions_and_decoys(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「当該業務の目的に限って使用すること」 limits the use.
    ("派遣労働者の遵守事項\n1　業務上取り扱う区民の個人情報は、当該業務の目的に限って使用すること。\n2　個人情報を記録した書類は、派遣先の許可なくコピーし、又は持ち帰らないこと。\n3　個人情報の紛失に気付いたときは、直ちに派遣先の指揮命令者に報告すること。", "dispatch-personal-info", "dispatch", "present"),
    # A change is one more occasion beside a standing one; a roster the contractor may keep
    # instead of handing it over.
    ("第20条　乙は、個人情報保護責任者を選任し、その氏名を甲に届け出なければならない。\n２　乙は、業務に従事する職員の氏名を記載した従事者名簿を作成し、毎年度当初及び職員に異動があったときは、その都度、甲に提出しなければならない。", "management-structure", "outsourcing", "present"),
    ("第13条　乙は、個人情報の管理責任者及び業務従事者を記載した名簿を作成し、これを甲に提出し、又は乙の事務所に備え置かなければならない。", "management-structure", "outsourcing", "weak"),
    # 「必要な最小の限度」, and 「外部の者に委託」.
    ("第3条　乙は、個人情報の取得に当たっては、その項目及び件数を業務の遂行に必要な最小の限度にとどめなければならない。", "data-minimization", "outsourcing", "present"),
    ("第20条　乙は、甲の事前の承認なしに本業務を外部の者に委託してはならない。乙の子会社への委託であっても、同様とする。\n2　乙は、甲の承認を得て外部の者に委託するときは、委託先に本契約と同等の義務を負わせなければならない。", "subcontracting", "outsourcing", "present"),
    # A monthly report listing a roster's keeping among its contents is still a periodic report.
    ("第14条　乙は、毎月の業務報告書に個人情報の管理状況（利用者名簿の保管状況、事故の有無）を記載し、翌月10日までに甲に提出しなければならない。\n第15条　甲は、必要があると認めるときは、乙の事務所に立ち入り、個人情報の取扱状況を検査することができる。", "reporting-audit", "outsourcing", "present"),
    # 項 numbered 「1.」「2.」: 2項's grounds include the contractor's own judgement.
    ("第5条（秘密保持）\n1. 乙は、本業務に関して知り得た個人情報を、甲の事前の書面による承諾なく第三者に開示してはならない。\n2. 前項の規定にかかわらず、乙が業務上必要と判断した場合は、この限りでない。\n第6条　乙は、個人情報を本業務の目的以外に利用してはならない。", "confidentiality", "outsourcing", "weak"),
])
def test_limits_by_purpose_standing_occasions_minimum_wording_and_dotted_paragraphs(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A later 項 disapplying the measures for part of the information (its ground first, a
    # parenthesis inside it); work with no personal information may be left out.
    ("第9条　乙は、事務所内で取り扱う個人情報について、漏えい、滅失及び毀損を防止するため、施錠保管その他必要な措置を講じなければならない。\n２　乙の事務所の外において個人情報を取り扱う場合（テレワークによる場合を含む。）については、前項の規定は適用しない。", "security", "outsourcing", "weak"),
    ("第9条　乙は、紙の帳票で取り扱う個人情報について、漏えい、滅失及び毀損を防止するための措置を講じなければならない。\n２　電子データで取り扱う個人情報については、前項の規定は適用しない。", "security", "outsourcing", "weak"),
    ("第9条　乙は、個人情報の漏えい、滅失及び毀損を防止するため、施錠保管その他必要な措置を講じなければならない。\n２　個人情報を含まない資料の取扱いについては、前項の規定は適用しない。", "security", "outsourcing", "present"),
    # Measures the contractor's own officer, or its view of the cost, may leave undone.
    ("第9条　乙は、個人情報の漏えい、滅失及び毀損を防止するため、次の措置を講じなければならない。\n(1) 書類の施錠保管\n(2) 端末のパスワード設定\n2　前項各号の措置は、乙の情報管理責任者がやむを得ないと認めて許可したときは、その一部を省略することができる。", "security", "outsourcing", "weak"),
    ("第9条　指定管理者は、利用者の個人情報の漏えい、滅失及び毀損を防止するため、次に掲げる措置を講じなければならない。\n一　名簿の施錠保管\n二　端末の利用者認証\n２　前項各号の措置のうち、費用が過大になると指定管理者が判断するものについては、講じないことができる。", "security", "outsourcing", "weak"),
    # Cash, keys and property are guarded too.
    ("第3条　乙は、収納した使用料の現金の紛失及び盗難を防止するため、これを金庫に保管しなければならない。\n第4条　乙は、甲から預かった鍵の紛失を防止し、その受渡しを記録しなければならない。\n第5条　乙は、甲の財産の滅失又は毀損を防止するため、巡回を行わなければならない。", "security", "outsourcing", "missing"),
    # A joint venture's members, an old 「他人」, and the one entrusted named by what was done.
    ("第12条　乙は、本業務を乙の構成員以外の者に委託してはならない。ただし、甲の書面による事前の承諾を受けたときは、この限りでない。\n２　構成員の子会社及び関連会社は、前項の構成員以外の者に含まれるものとする。\n３　乙は、前項ただし書により委託をしたときは、委託先に対し、この契約に定める個人情報の保護に関する義務を遵守させなければならない。", "subcontracting", "outsourcing", "present"),
    ("第14条　受託者は、委託者の承認を得ないで、本業務の処理を他人に委託してはならない。\n２　受託者は、前項の承認を受けて業務を委ねた相手方に対し、この契約と同様の義務を遵守させなければならない。\n３　第1項の「他人」には、受託者の子会社を含む。", "subcontracting", "outsourcing", "present"),
    ("第22条　指定管理者は、管理業務の一部を第三者に委託しようとするときは、あらかじめ区の承認を受けなければならない。\n２　指定管理者は、前項の承認を受けて業務を委託した者（以下「受託事業者」という。）に対し、この協定に定める個人情報の取扱いに関する義務を遵守させなければならない。\n３　指定管理者の子会社に委託する場合も、第1項の規定を適用する。", "subcontracting", "outsourcing", "present"),
    # A report of the people designated in the 項 before, only when the contractor sees fit.
    ("第9条　乙は、個人情報管理者及び個人情報取扱者を指定するものとする。\n２　乙は、乙が必要と認めるときは、前項の規定により指定した者の氏名を甲に報告する。", "management-structure", "outsourcing", "weak"),
    ("第9条　乙は、個人情報管理者及び個人情報取扱者を指定するものとする。\n２　乙は、前項の規定により指定した者の氏名及び担当業務を書面により甲に報告しなければならない。", "management-structure", "outsourcing", "present"),
    # The contractor's officer judging starts a request the client approves.
    ("第10条　乙は、派遣労働者に、甲の個人情報を業務の目的以外に利用させてはならない。\n２　乙は、派遣労働者に、甲の個人情報を複製させてはならない。\n３　前項の規定にかかわらず、乙の派遣元責任者が業務上必要と認めるときは、あらかじめ甲の書面による承認を得て、派遣労働者に複製をさせることができる。\n４　乙は、派遣労働者が個人情報の漏えいを知ったときは、直ちにその旨を甲に報告しなければならない。", "dispatch-personal-info", "dispatch", "present"),
    # The survival the 派遣元 may shorten; the 派遣元's own business and the worker's own data.
    ("第10条　派遣元は、派遣労働者に、派遣先の業務に関して知り得た秘密を漏らさないよう遵守させなければならない。派遣期間の満了後も同様とする。\n２　第１項後段の規定にかかわらず、満了後の秘密保持の範囲は、派遣元が定めるところによる。", "dispatch-secrecy", "dispatch", "weak"),
    ("第9条　派遣労働者は、派遣元の経営情報及び他の派遣先との取引条件を漏らしてはならない。派遣元を退職した後も同様とする。", "dispatch-secrecy", "dispatch", "missing"),
    ("就業条件明示書\n１　就業場所　区立図書館\n２　あなたの個人情報について　派遣元は、あなたの氏名、住所等の個人情報を適正に管理し、その秘密を守ります。", "dispatch-secrecy", "dispatch", "missing"),
    # A 特記事項 named by the body but not attached, partly deferred, or overridden by the body.
    ("第7条　乙は、別記1「個人情報取扱特記事項」及び別記2「情報セキュリティ特記事項」を遵守しなければならない。\n\n別記1\n個人情報取扱特記事項\n第1条　乙は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第20条　指定管理者は、別紙2「個人情報取扱特記事項」を遵守しなければならない。\n\n別紙1　管理業務の範囲（略）\n別紙2\n個人情報取扱特記事項\n1　指定管理者は、個人情報を漏らしてはならない。", "special-provisions-link", "outsourcing", "present"),
    ("第6条　乙は、別記「個人情報取扱特記事項」を遵守しなければならない。\n\n別記\n個人情報取扱特記事項\n第1条　乙は、個人情報を他に漏らしてはならない。\n第2条から第9条まで　甲乙協議の上、別途定める。", "special-provisions-link", "outsourcing", "weak"),
    ("第4条　乙は、別記「個人情報取扱特記事項」を遵守しなければならない。\n第5条　乙は、乙の業務上必要があるときは、本業務の一部を乙の関連会社に行わせることができる。\n第16条　この契約書の規定と別記特記事項の規定とが抵触するときは、この契約書の規定が優先する。\n\n別記\n個人情報取扱特記事項\n第1条　乙は、甲の承認なく本業務を第三者に委託してはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第8条　受注者は、別記「個人情報取扱特記事項」を遵守しなければならない。\n第9条　受注者は、個人情報の複製及び廃棄については、受注者の定める社内規程に従って行うものとする。\n第10条　この契約書の定めと特記事項の定めが矛盾するときは、この契約書の定めによる。\n\n別記\n個人情報取扱特記事項\n第1条　受注者は、発注者の承諾なく個人情報を複製してはならない。", "special-provisions-link", "outsourcing", "weak"),
    # A manual for goods is no audit.
    ("第8条　甲は、乙が提出した取扱説明書及び保守点検マニュアルを、職員研修のために複製することができる。", "reporting-audit", "outsourcing", "missing"),
])
def test_partial_disapplications_decoys_of_value_joint_ventures_and_unattached_provisions(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Care is not measures; general care is no measure either; goods and equipment are no
    # information.
    ("第12条　乙は、個人情報を取り扱うに当たっては、その漏えい、滅失又は毀損の防止について十分に配慮するものとする。", "security", "outsourcing", "weak"),
    ("第12条　乙は、個人情報の漏えい、滅失又は毀損の防止に配慮し、施錠保管その他必要な措置を講じなければならない。", "security", "outsourcing", "present"),
    ("第25条　指定管理者は、個人情報を適正に管理しなければならない。\n第26条　指定管理者は、区が所有する備品を、その滅失又は毀損のないよう管理しなければならない。", "security", "outsourcing", "weak"),
    ("第5条　乙は、受託した教材その他の物品の滅失又は毀損を防止するため、倉庫に保管しなければならない。", "security", "outsourcing", "missing"),
    # Measures the contractor may postpone or replace on its own say; replaced only with the
    # client's approval they stand.
    ("第8条　乙は、個人情報の漏えい、滅失及び毀損の防止のため、次の措置を講じなければならない。\n①　サーバのネットワーク分離\n②　多要素認証\n２　乙は、前項の措置のうちシステムの改修を要するものについては、乙の判断により、その実施を契約期間の末日まで延期することができる。", "security", "outsourcing", "weak"),
    ("第8条　乙は、個人情報の漏えい、滅失及び毀損を防止するため、次の措置を講じなければならない。\n（１）従事者の研修\n（２）端末の固定\n２　乙は、甲の承認を得て、又は乙の責任において、前項各号の措置を他の措置に変更することができる。", "security", "outsourcing", "weak"),
    ("第8条　乙は、個人情報の漏えい、滅失及び毀損を防止するため、次の措置を講じなければならない。\n（１）従事者の研修\n（２）端末の固定\n２　乙は、甲の書面による承認を得て、前項各号の措置を他の措置に変更することができる。", "security", "outsourcing", "present"),
    # The ward's staff contacts the 派遣元 is told are not what the workers handle.
    ("第6条　乙は、甲から通知を受けた甲の職員の氏名及び連絡先を、本契約に基づく連絡調整以外に使用してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    # A roster handed to the contractor's own officer; a structure the client sets; a 項 that
    # puts aside the one before reports only what it names; a training report is no roster.
    ("第10条　乙は、個人情報の管理責任者を選任し、その氏名を書面により甲に通知しなければならない。\n２　乙は、本業務に従事させる者の名簿を作成して前項の管理責任者に提出させるものとする。", "management-structure", "outsourcing", "weak"),
    ("第12条　甲は、個人情報の管理責任者及び作業に従事する者の体制を定め、乙に書面で通知するものとする。\n２　乙は、前項により通知された体制に従って業務を行わなければならない。", "management-structure", "outsourcing", "weak"),
    ("第30条　指定管理者は、管理体制及び実施体制を自らの規程において定めるものとし、当該体制については区への報告を要しない。\n２　前項の規定にかかわらず、指定管理者は、個人情報保護責任者の氏名については、区に届け出なければならない。", "management-structure", "outsourcing", "weak"),
    ("第3条　乙は、個人情報管理責任者を選任し、その氏名を書面により甲に届け出なければならない。\n第8条　乙は、毎月、次の事項を甲に報告しなければならない。\n報告の内容：個人情報の保管の状況、従事者教育の実施状況", "management-structure", "outsourcing", "weak"),
])
def test_care_postponed_or_replaced_measures_contacts_and_structures_set_elsewhere(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A 特記事項 bound only for a first period, or only the provisions the contractor picks; a
    # 覚書 or 仕様書 that puts the contractor's own rules above it; 「（第３条以下略）」.
    ("第3条　乙は、令和7年4月1日から同年9月30日までの間は、別記「個人情報取扱特記事項」を遵守しなければならない。\n２　その後の個人情報の取扱いについては、乙の定める個人情報保護方針によるものとする。\n\n別記\n個人情報取扱特記事項\n1　乙は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第3条　乙は、個人情報の取扱いについては、別記「個人情報取扱特記事項」のほか、乙の定める個人情報保護方針によるものとする。\n\n別記\n個人情報取扱特記事項\n1　乙は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "present"),
    ("第3条　受託者は、別記「個人情報取扱特記事項」の各条項のうち、受託者が本業務に適用する必要があると認めるものを遵守するものとする。\n\n別記\n個人情報取扱特記事項\n第1条　受託者は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第3条　事業者は、別紙「個人情報取扱特記事項」を遵守しなければならない。\n\n別紙\n個人情報取扱特記事項\n第1　事業者は、個人情報を他に漏らしてはならない。\n\n覚書\n1　事業者が自ら定める情報セキュリティ基本方針に基づき業務を行う場合には、別紙特記事項第3から第6までの規定にかかわらず、当該基本方針によることができる。", "special-provisions-link", "outsourcing", "weak"),
    ("第4条　受注者は、別記個人情報取扱特記事項を遵守しなければならない。\n\n仕様書（抜粋）\n(1) 別記個人情報取扱特記事項と受注者の社内規程とで定めが異なる場合には、受注者の社内規程を優先して適用する。\n\n別記\n個人情報取扱特記事項\n1　受注者は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第4条　指定管理者は、別添「個人情報取扱特記事項」を遵守しなければならない。\n\n別添\n個人情報取扱特記事項\n第1条　指定管理者は、個人情報を他に漏らしてはならない。\n（第3条以下略）", "special-provisions-link", "outsourcing", "weak"),
    # Measures replaced by the contractor's rules as it judges, or left out by its own officer;
    # measures only under the contractor's standard name no leak, loss or damage.
    ("第10条　受託者は、個人情報の漏えい、滅失又は毀損を防止するため、次に掲げる措置を講じなければならない。\n(1) 入退室管理\n(2) 施錠保管\n２　受託者は、受託者の社内規程に相当する定めがあるときは、当該社内規程に定める措置をもって前項各号の措置に代えることができる。", "security", "outsourcing", "weak"),
    ("第15条　受注者は、個人情報の漏えい、滅失及びき損を防止するため、別記に定める安全管理措置を講じなければならない。\n2　受注者の情報セキュリティ管理責任者が必要と認めて許可したときは、受注者は、別記に定める措置の全部又は一部を省略することができる。\n\n別記　安全管理措置\nア　作業は専用室で行うこと。", "security", "outsourcing", "weak"),
    ("第8条　受託者は、本業務において取り扱う個人情報を、受託者が定める情報管理基準に従って管理し、同基準により受託者が必要と認める措置を講ずるものとする。", "security", "outsourcing", "weak"),
    # The ward keeping the 派遣元's customer list and papers is another matter.
    ("第16条　派遣先は、派遣元の顧客名簿その他の営業上の秘密を第三者に漏らし、又は本契約の目的以外に利用してはならない。\n2　派遣先は、派遣元の書面による承諾なく、派遣元から提出された見積書その他の資料を複製してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    # A later 項 that makes return and erasure wait for a request.
    ("第16条　乙は、業務の終了後、個人情報を甲に返還し、かつ、保有する個人情報を消去しなければならない。\n２　前項の返還及び消去は、甲から請求があった場合に行うものとする。", "return-deletion", "outsourcing", "weak"),
    ("第16条　乙は、業務の終了後、個人情報を甲に返還し、かつ、保有する個人情報を消去しなければならない。\n２　前項の返還は、甲が指定する日までに行うものとする。", "return-deletion", "outsourcing", "present"),
])
def test_bindings_by_period_or_choice_memoranda_replaced_measures_and_requested_returns(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Bound for a first period only; bound to the provisions the contractor picks; a 仕様書
    # that lets its own manual replace the 特記事項; a 覚書 letting its officer set provisions
    # aside; 「（第３条から第１２条まで　略）」.
    ("第3条　乙は、令和7年4月1日から同年9月30日までの間、別記「個人情報取扱特記事項」を遵守しなければならない。\n２　その後における個人情報の取扱いについては、乙は、適切に対応するものとする。\n\n別記\n個人情報取扱特記事項\n一　乙は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第3条　受託者は、別記「個人情報取扱特記事項」に定める条項のうち、受託者が業務に関係すると認める条項を遵守しなければならない。\n\n別記\n個人情報取扱特記事項\n(1) 受託者は、個人情報を第三者に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第3条　受託者は、特記事項を遵守しなければならない。\n\n別添1\n個人情報取扱特記事項\n第1条　受託者は、個人情報を他に漏らしてはならない。\n\n別添2\n業務仕様書\n3　個人情報の取扱い　受託者は、個人情報の取扱いについて、受託者が定める情報管理マニュアルによることができる。この場合において、特記事項の規定は適用しない。", "special-provisions-link", "outsourcing", "weak"),
    ("第3条　受注者は、別記「個人情報取扱特記事項」を遵守しなければならない。\n\n覚書\n1　受注者は、受注者の個人情報保護管理者が必要と認めて承認したときは、特記事項第2及び第3の規定によらないことができる。\n\n別記\n個人情報取扱特記事項\n第1　受注者は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第3条　受注者は、別添「個人情報取扱特記事項」を遵守しなければならない。\n\n別添\n個人情報取扱特記事項\n第1条　受注者は、個人情報をみだりに他人に知らせてはならない。\n（第3条から第12条まで　略）", "special-provisions-link", "outsourcing", "weak"),
    # Measures replaced 「…をもって代える」 on the contractor's own say, not needed off-site,
    # left out as it judges; paper left to the contractor's judgement.
    ("第9条　受託者は、個人情報の安全管理のため、次に掲げる措置を講じなければならない。\n①　利用者識別符号の付与\n②　媒体の受払いの記録\n2　受託者は、委託者の承認を得て、又は受託者の責任において、前項各号に掲げる措置を、受託者の情報セキュリティ規程に定める措置をもって代えることができる。", "security", "outsourcing", "weak"),
    ("第12条　乙は、個人情報を取り扱うときは、漏えい、滅失及び毀損の防止のため、次の各号に掲げる措置を講じなければならない。\n(1) 端末の固定\n(2) 書類の施錠保管\n２　乙の業務従事者が事業所外において個人情報を取り扱う場合は、前項各号の措置を講じることを要しない。", "security", "outsourcing", "weak"),
    ("第12条　受託者は、個人情報の漏えい、滅失及び毀損を防止するため、次に掲げる安全管理措置を講じなければならない。\n(1) 作業場所の限定\n(2) 媒体の施錠保管\n２　受託者は、やむを得ないと自ら判断した場合は、前項各号に掲げる措置の一部を講じないことができる。", "security", "outsourcing", "weak"),
    ("第11条　乙は、電子データの個人情報について、その漏えい、滅失及び毀損を防止するため、必要な措置を講じなければならない。\n2　紙の申請書その他電子データ以外の媒体により提供を受けた個人情報の管理の方法は、乙の判断に委ねるものとする。", "security", "outsourcing", "weak"),
    # Only for the work, in plain words; rules handed to the workers name the ward only in a
    # modifier.
    ("乙の派遣労働者は、甲の個人情報を当該派遣業務の遂行にのみ用いるものとし、甲の承認を得ないでコピーを作成し、又は執務室の外へ持ち出してはならない。紛失、盗難等の事態を知ったときは、乙の派遣労働者は速やかに甲に申し出なければならない。", "dispatch-personal-info", "dispatch", "present"),
    ("第9条　事業者は、派遣労働者に、別紙「個人情報の取扱いに関する遵守事項」を遵守させなければならない。\n\n別紙　個人情報の取扱いに関する遵守事項\nア　区が貸与する端末や書類に記録された個人情報は、担当する業務以外の目的で利用しないこと。\nイ　指揮命令者の許可なく、個人情報を複製し、又は庁舎の外へ持ち出さないこと。\nウ　個人情報の漏えい等に気付いたときは、直ちに指揮命令者に報告すること。", "dispatch-personal-info", "dispatch", "present"),
    # The ward's map copied for leaflets is no personal information.
    ("第5条　指定管理者は、広報物を作成するに当たり、区が作成した施設案内図その他の資料を複製して使用することができる。", "copying", "outsourcing", "missing"),
])
def test_period_and_chosen_bindings_manuals_off_site_measures_and_workers_rules(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The contractor's own rules waiving the measures, its judgement deciding which measures,
    # a timetable it sets; a cleaner's chemicals are no information.
    ("第9条　受託者は、個人情報について、漏えい、滅失又は毀損の防止のために必要な措置を講じなければならない。\n2　受託者の就業規則その他の社内規程に別段の定めがある場合には、当該定めによるものとし、前項の規定は適用しない。", "security", "outsourcing", "weak"),
    ("第11条　乙は、個人情報の漏えい等の防止に関し、乙が定める基準に従い、乙が必要と認める措置を講ずるものとする。", "security", "outsourcing", "weak"),
    ("第10条　受注者は、個人情報について、別表に掲げる安全管理措置を講じなければならない。\n２　各措置の実施時期は受注者が定める。この場合において、受注者は、当該実施時期までの間は、当該措置を講ずることを要しない。\n\n別表（第10条関係）\n１　入退室管理\n２　アクセス制御", "security", "outsourcing", "weak"),
    ("第5条　受託者は、使用する洗剤及び薬剤を施錠できる場所に保管し、紛失及び漏えいのないよう管理しなければならない。", "security", "outsourcing", "missing"),
    # The 特記事項 applying only where the contractor's standard is silent; a 仕様書 naming it by
    # its label; a 特記事項 binding only the 再委託先 to itself.
    ("第3条　受注者は、個人情報を、受注者が定める情報資産管理基準に従って取り扱うものとする。この場合において、特記事項の規定は、当該基準に定めのない事項についてのみ適用する。\n第4条　受注者は、別紙「個人情報取扱特記事項」を遵守しなければならない。\n\n別紙\n個人情報取扱特記事項\n第1条　受注者は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第4条　乙は、別記1「個人情報取扱特記事項」を遵守しなければならない。\n\n別紙\n仕様書（抜粋）\n4　個人情報の取扱い　乙は、別記1に定める事項のうち、履行が困難なものについては、乙の判断により、乙の社内基準に定める措置をもってこれに代えることができる。\n\n別記1\n個人情報取扱特記事項\n第1　乙は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第5条　受託者は、区の承諾を得て本業務の一部を第三者に委託することができる。\n\n別紙\n個人情報取扱特記事項\n第1　受託者は、個人情報を他に漏らしてはならない。\n第5　受託者は、承認を得て委託したときは、再委託先に対し、この特記事項に定める受託者の義務を遵守させなければならない。", "special-provisions-link", "outsourcing", "weak"),
])
def test_own_rules_timetables_and_special_provisions_named_by_label(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The body's own rules with the body prevailing; a 仕様書 giving way to the contractor's rules
    # it 「has」; only another 特記事項 bound; the 特記事項's text handed over later.
    ("第4条　受託者は、委託業務において取り扱う個人情報を、受託者が定める個人情報保護方針及び社内規程に従い取り扱うものとする。\n第5条　受託者は、別紙「個人情報取扱特記事項」を遵守しなければならない。\n第6条　この契約書の本文の定めと別紙「個人情報取扱特記事項」の定めとが異なるときは、この契約書の本文の定めによる。\n\n別紙\n個人情報取扱特記事項\n１　受託者は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第3条　受託者は、別紙2「個人情報取扱特記事項」を遵守しなければならない。\n\n別紙1\n仕様書\n3　個人情報の取扱い　受託者が社内規程を有する場合は、当該社内規程によることができるものとし、この場合、別紙2の規定は適用しない。\n\n別紙2\n個人情報取扱特記事項\n第1条　受託者は、個人情報を第三者に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第3条　受注者は、別紙2「電子計算組織の運用に関する特記事項」を遵守しなければならない。\n\n別紙\n個人情報取扱特記事項\n第1　受注者は、個人情報を他に漏らしてはならない。", "special-provisions-link", "outsourcing", "weak"),
    ("第3条　受託者は、別記「個人情報取扱特記事項」を遵守しなければならない。\n\n別記\n個人情報取扱特記事項\n※本特記事項の本文は、契約締結後、区から受託者に別途交付する。", "special-provisions-link", "outsourcing", "weak"),
    # A topic between the condition and 「同項の規定にかかわらず」.
    ("第20条　指定管理者は、個人情報の漏えい、滅失及びき損を防止するため、次に掲げる措置を講じなければならない。\n(1)　書類の施錠保管\n(2)　IDの付与\n２　指定管理者の内部規程に前項各号と異なる定めがある場合には、指定管理者は、同項の規定にかかわらず、当該内部規程の定めるところにより個人情報を管理することができる。", "security", "outsourcing", "weak"),
    # Items and counts beyond what is needed; equipment and mistakes kept to a minimum.
    ("第10条　受託者は、次の事項を守らなければならない。\n(1) 本業務の処理に必要な項目及び件数を超えて個人情報を取得しないこと。\n(2) 取得した個人情報は、本業務以外の目的に利用しないこと。", "data-minimization", "outsourcing", "present"),
    ("第7条　発注者は、端末機器を必要最小限の台数に限り受注者に貸与する。\n第8条　受注者は、誤入力を最小限にとどめなければならない。", "data-minimization", "outsourcing", "missing"),
    # 「年に一度」 on personal data; 「行わせる者」 with the ward's approval; a duty left unperformed.
    ("委託者は、契約期間中少なくとも年に一度、受託者の事業所に赴き、個人データの取扱いが本特記事項に適合しているかを確認する。", "annual-check", "outsourcing", "present"),
    ("指定管理者は、個人情報を取り扱う業務を他の者に行わせようとするときは、事前に区の書面による承認を受けなければならない。指定管理者の関連会社に行わせるときも同様とする。\n指定管理者は、前段の承認を得て業務を行わせる者に対し、本協定に定める指定管理者の義務と同等の義務を課さなければならない。", "subcontracting", "outsourcing", "present"),
    ("第12条　乙は、甲の書面による承認を得ないで本業務を第三者に委託してはならない。乙の子会社への委託も同様とする。\n２　乙は、本業務を行わせる者に対し、秘密保持の義務を課さなければならない。", "subcontracting", "outsourcing", "weak"),
    ("受注者の責めに帰すべき事由により契約上の義務が履行されないときは、発注者は契約を解除することができる。\n受注者は、個人情報の取扱いに関する義務に違反して発注者に損害を及ぼしたときは、これを賠償しなければならない。", "termination-damages", "outsourcing", "present"),
])
def test_own_rules_with_the_body_prevailing_deferred_text_and_plain_frequencies(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


def test_each_way_of_overriding_the_special_provisions_says_which_it_is(engine):
    tokki = "\n\n別記\n個人情報取扱特記事項\n第1条　乙は、個人情報を他に漏らしてはならない。"
    st, reason, _ = status(engine, "第3条　乙は、別記「個人情報取扱特記事項」を遵守しなければならない。\n\n覚書\n1　乙の個人情報保護管理者が承認したときは、乙は、特記事項第1の規定によらないことができる。" + tokki, "special-provisions-link")
    assert st == "weak" and "覚書" in reason
    st, reason, _ = status(engine, "第3条　乙は、別記「個人情報取扱特記事項」を遵守しなければならない。\n第4条　個人情報の取扱いについては、乙の定める個人情報保護方針によるものとする。" + tokki, "special-provisions-link")
    assert st == "weak" and "置き換えられます" in reason
    st, reason, _ = status(engine, "第3条　乙は、別記「個人情報取扱特記事項」を遵守しなければならない。\n第4条　乙は、乙の定める基準により個人情報を複製することができる。\n第5条　この契約書の規定と特記事項の規定とが矛盾するときは、この契約書の規定が優先する。" + tokki, "special-provisions-link")
    assert st == "weak" and "優先させている" in reason


_DP = "派遣元は、派遣労働者に、派遣先の個人情報を派遣業務以外の目的に利用させてはならない。\n"


@pytest.mark.parametrize("text,item,kind,expected", [
    # The client approving a longer way round keeps a later 項's disapplication under approval;
    # the contractor judging alone does not.
    (_DP + "第9条　派遣元は、派遣労働者に、個人情報を複製させてはならない。\n２　前項の規定は、派遣先が業務上必要があると認めて、あらかじめ書面により承認した場合には、その承認の範囲内において適用しない。\n３　派遣元は、派遣労働者が個人情報の漏えいを知ったときは、直ちに派遣先に報告させなければならない。", "dispatch-personal-info", "dispatch", "present"),
    (_DP + "第9条　派遣元は、派遣労働者に、個人情報を複製させてはならない。\n２　前項の規定は、派遣元が業務上必要があると認める場合には、適用しない。\n３　派遣元は、派遣労働者が個人情報の漏えいを知ったときは、直ちに派遣先に報告させなければならない。", "dispatch-personal-info", "dispatch", "weak"),
    # 了承 is an approval: the ward's counts, the staffing company's own officer's does not.
    (_DP + "派遣労働者は、個人情報が記載された書類の写しを作る場合は、前もって派遣先の担当職員の了承を得ること。\n派遣労働者は、個人情報の漏えいに気付いたときは、すぐに派遣先に知らせること。", "dispatch-personal-info", "dispatch", "present"),
    (_DP + "派遣労働者は、個人情報が記載された書類の写しを作る場合は、前もって派遣元責任者の了承を得ること。\n派遣労働者は、個人情報の漏えいに気付いたときは、すぐに派遣先に知らせること。", "dispatch-personal-info", "dispatch", "weak"),
    # A report only where the party bound deems it needed (nobody else named as judging).
    (_DP + "派遣労働者は、派遣先の許可なく個人情報を複製してはならない。\n派遣労働者は、個人情報の漏えいを知ったときは、直ちに派遣元責任者に報告する。\n２　派遣元は、前項の報告を受けた場合において、必要があると認めるときは、派遣先にその旨を通知する。", "dispatch-personal-info", "dispatch", "weak"),
    (_DP + "派遣労働者は、派遣先の許可なく個人情報を複製してはならない。\n派遣労働者は、個人情報の漏えいを知ったときは、直ちに派遣元責任者に報告する。\n２　派遣元は、前項の報告を受けたときは、直ちに派遣先にその旨を通知する。", "dispatch-personal-info", "dispatch", "present"),
    # A worker's injury named beside an information incident does not hide the incident.
    (_DP + "派遣労働者は、派遣先の許可なく個人情報を複製してはならない。\n派遣労働者は、就業中に負傷したとき、又は個人情報の漏えい等の事故を発見したときは、直ちに派遣先に報告しなければならない。", "dispatch-personal-info", "dispatch", "present"),
    (_DP + "派遣労働者は、派遣先の許可なく個人情報を複製してはならない。\n派遣労働者は、就業中に負傷したときは、直ちに派遣先に報告しなければならない。", "dispatch-personal-info", "dispatch", "weak"),
    # The ward keeping what it is told of the workers, the staffing company keeping its own
    # employees' data, lent uniforms, mutual business secrets: none is a term on what the
    # workers handle.
    ("（派遣労働者に関する情報の取扱い）\n第４条　甲は、乙から通知を受けた派遣労働者の氏名その他の個人情報を、派遣就業の管理以外の目的に利用してはならない。\n２　甲は、前項の個人情報を複製してはならない。\n３　甲は、前項の個人情報の漏えいが生じたときは、直ちに乙に報告する。", "dispatch-personal-info", "dispatch", "missing"),
    ("第15条　乙は、派遣労働者の個人情報を、雇用管理に必要な範囲内で保管し、これを目的外に使用し、又は複製して第三者に提供してはならない。\n２　乙は、派遣労働者の個人情報の漏えいが生じたときは、直ちに当該派遣労働者本人に通知する。", "dispatch-personal-info", "dispatch", "missing"),
    ("第10条　派遣労働者は、貸与された制服及び名札を業務以外の目的に使用してはならない。\n２　派遣労働者は、貸与物品を紛失したときは、直ちに派遣先に届け出なければならない。", "dispatch-personal-info", "dispatch", "missing"),
    ("第18条　甲及び乙は、本契約に関し相手方から開示を受けた技術上又は営業上の情報を、本契約の目的以外に使用してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    ("第16条　派遣先は、派遣元から提供を受けた業務マニュアル、料金表その他の営業資料を、派遣元の承諾なく複製してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    # 「限度を超えて用いてはならない」 limits use to the work.
    ("派遣元は、派遣労働者に対し、次のことを義務付けるものとする。\n一　区民の個人情報は、派遣先から割り当てられた事務を処理するのに必要な限度を超えて用いてはならないこと。\n二　区民の個人情報を複製するには、派遣先の承認を要すること。\n三　区民の個人情報の漏えいがあったときは、直ちに派遣先に報告すること。", "dispatch-personal-info", "dispatch", "present"),
])
def test_dispatch_approvals_judges_incidents_and_other_peoples_data(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Survival: a former worker named, a separate survival article, a deferral, the staffing
    # company's own secrecy surviving.
    ("第10条　乙は、派遣労働者又は派遣労働者であった者が、派遣業務に関して知り得た甲の秘密を漏らすことのないよう、必要な措置を講じなければならない。", "dispatch-secrecy", "dispatch", "present"),
    ("第7条（秘密保持）　乙は、派遣労働者に、派遣業務の遂行に当たり知り得た甲の秘密を漏らさないことを遵守させなければならない。\n第8条（有効期間）　この契約の有効期間は、1年間とする。\n第11条（存続条項）　この契約が終了した場合においても、第7条及び第8条の規定は、なお効力を有する。", "dispatch-secrecy", "dispatch", "present"),
    ("第5条　乙は、派遣労働者に、派遣期間中、派遣業務に関して知り得た甲の秘密を漏らさないよう遵守させなければならない。\n２　派遣期間の終了後における派遣労働者の秘密保持については、甲乙協議の上、別に定める。", "dispatch-secrecy", "dispatch", "weak"),
    ("第5条　派遣労働者は、派遣就業に際して知り得た派遣先の秘密を第三者に漏らしてはならない。\n第6条　派遣元は、この契約の有効期間が満了した後においても、この契約の履行に関して知り得た派遣先の秘密を第三者に漏らしてはならない。", "dispatch-secrecy", "dispatch", "weak"),
    ("第5条　派遣労働者は、派遣就業に際して知り得た派遣先の秘密を第三者に漏らしてはならない。派遣期間が満了した後においても、同様とする。", "dispatch-secrecy", "dispatch", "present"),
])
def test_dispatch_survival_of_former_workers_separate_articles_and_deferrals(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Cash, lent goods and the contractor's own employees' data are decoys.
    ("第７条　受託者は、区民から収納した手数料及び釣銭について、紛失、盗難及び毀損を防止するため、手提げ金庫に収納して施錠するなど必要な措置を講じなければならない。", "security", "outsourcing", "missing"),
    ("第７条　受託者は、収納した現金を、紛失、盗難その他の事故を防止するため、手提金庫に収納して施錠する等、その安全管理のために必要な措置を講じなければならない。\n第８条　受託者は、個人情報の漏えいが生じないよう十分に配慮するものとする。", "security", "outsourcing", "weak"),
    ("第18条　指定管理者は、その雇用する職員の個人情報について、漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。\n２　指定管理者は、区から引き継いだ利用者の個人情報を、適正に取り扱わなければならない。", "security", "outsourcing", "weak"),
    ("第18条　指定管理者は、区から引き継いだ利用者の個人情報について、漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。", "security", "outsourcing", "present"),
    # A table of the article is only as strong as the article.
    ("第４条　受託者は、個人情報の漏えい、滅失及びき損を防止するため、安全管理措置を講じるよう努めるものとし、その具体的内容は別表のとおりとする。\n\n別表（第４条関係）\n組織的安全管理措置　責任者の選任\n人的安全管理措置　　業務従事者に対する教育\n物理的安全管理措置　書類の施錠保管", "security", "outsourcing", "weak"),
    ("第４条　受託者は、個人情報の漏えい、滅失及びき損を防止するため、安全管理措置を講じなければならない。その具体的内容は別表のとおりとする。\n\n別表（第４条関係）\n組織的安全管理措置　責任者の選任\n人的安全管理措置　　業務従事者に対する教育\n物理的安全管理措置　書類の施錠保管", "security", "outsourcing", "present"),
    # Measures named by what they are: a duty, or only a permission.
    ("２　受注者は、個人情報を記録した媒体の暗号化、施錠保管その他の措置を講じなければならない。", "security", "outsourcing", "present"),
    ("２　受注者は、個人情報を記録した媒体の暗号化、施錠保管その他の措置を講ずることができる。", "security", "outsourcing", "weak"),
    # Managing under the contractor's own rules names no measure.
    ("第12条　受託者は、受託者が定める個人情報保護規程に従い、委託業務に係る個人情報を管理するものとする。", "security", "outsourcing", "weak"),
    # A later 項 turning measures found difficult into an effort.
    ("第27条　指定管理者は、個人情報の漏えい、滅失及び毀損の防止のため、次の各号に掲げる措置を講じなければならない。\n（１）書庫の施錠\n（２）端末へのアクセス制限\n２　前項各号の措置のうち、予算上講ずることが困難なものについては、指定管理者は、可能な範囲で代替措置を講ずるよう努めるものとする。", "security", "outsourcing", "weak"),
])
def test_security_decoys_tables_of_an_article_named_measures_and_own_rules(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A party named after what the contract is about (「…業務について○○区（以下「発注者」）」).
    ("この特記事項は、子ども家庭支援センター相談記録電子化業務について○○区（以下「発注者」という。）と当該業務の受託事業者（以下「受注者」という。）との間で締結する契約の一部を構成する。\n第８条　受注者は、個人情報の漏えい等の事故が発生したときは、遅滞なく発注者に報告し、発注者の指示に従わなければならない。", "incident", "special-provisions", "present"),
    # Court orders are a legal ground; the contractor's own need is not.
    ("第８条　乙は、この契約の履行に関して知り得た個人情報を第三者に漏らしてはならない。\n２　前項の規定は、法令の規定に基づき開示が義務付けられる場合及び裁判所の命令による場合には、適用しない。\n第９条　乙は、個人情報を契約の目的以外の目的に利用してはならない。", "confidentiality", "outsourcing", "present"),
    ("第８条　乙は、この契約の履行に関して知り得た個人情報を第三者に漏らしてはならない。\n２　前項の規定は、法令の規定に基づき開示が義務付けられる場合及び乙が業務上必要と認める場合には、適用しない。\n第９条　乙は、個人情報を契約の目的以外の目的に利用してはならない。", "confidentiality", "outsourcing", "weak"),
    # Copies within what the client designated; copies on the contractor officer's own say;
    # erasing copies on the client's instruction is not approving them.
    ("第１３条　受託者は、委託者があらかじめ書面で指定した範囲及び部数に限り、個人情報を複製することができる。", "copying", "outsourcing", "present"),
    ("第１０条　乙は、個人情報を複製するときは、甲の承認を得て、又は乙の個人情報管理責任者の責任において行うものとする。", "copying", "outsourcing", "weak"),
    ("第１４条　受託者は、本業務の遂行に必要な場合を除き、個人情報を複製してはならない。\n２　受託者は、前項の規定により複製した個人情報を、本業務の終了後、区の指示に従い消去しなければならない。", "copying", "outsourcing", "weak"),
    # Measures only on request, only as far as the contractor can, only those its own rules name.
    ("第12条　受託者は、委託者から求めがあったときは、個人情報の漏えい、滅失及び毀損を防止するため、必要な措置を講ずるものとする。", "security", "outsourcing", "weak"),
    ("第６　受託者は、個人情報の漏えい、滅失及び毀損を防止するため、次に掲げる措置を講じなければならない。\nア　書類の施錠保管\nイ　端末のアクセス制限\n２　前項各号の措置は、受託者の設備の状況に照らし、受託者において実施が可能な範囲で講ずるものとする。", "security", "outsourcing", "weak"),
    ("第18条　受注者は、個人情報の漏えい、滅失又は毀損を防止するため、受注者が自ら定める情報セキュリティ規程において講ずべきものとされている措置に限り、これを講ずるものとする。", "security", "outsourcing", "weak"),
    # Notice of a next tier's ban is not the client's approval of the first.
    ("第９条　受託者は、本件業務の一部を第三者（受託者の子会社を含む。）に委託しようとするときは、あらかじめ書面により委託者に届け出なければならない。\n２　受託者は、前項の再委託先に対し、この契約に定める受託者の義務と同等の義務を負わせるとともに、再々委託を行わせてはならない。", "subcontracting", "outsourcing", "weak"),
    ("第９条　受託者は、本件業務の一部を第三者（受託者の子会社を含む。）に委託しようとするときは、あらかじめ書面により委託者の承認を得なければならない。\n２　受託者は、前項の再委託先に対し、この契約に定める受託者の義務と同等の義務を負わせるとともに、再々委託を行わせてはならない。", "subcontracting", "outsourcing", "present"),
    # A later 項 widening collection on the contractor's officer's approval; the next article
    # lifting a named 項 on the staffing company's officer's judgement.
    ("第９条　乙は、個人情報を収集するときは、業務仕様書に定める項目に限り収集するものとする。\n２　乙は、前項の項目以外の個人情報を収集する必要があるときは、乙の個人情報保護管理者の承認を得て、これを収集することができる。", "data-minimization", "outsourcing", "weak"),
    (_DP + "第9条　派遣元は、派遣先の許可を得ずに、派遣労働者に個人情報を複写させてはならない。\n２　派遣労働者は、個人情報の漏えい等の事故が発生したときは、直ちに派遣先に報告しなければならない。\n第10条　前条第１項の規定は、派遣元責任者が特に必要と認める場合には、適用しない。", "dispatch-personal-info", "dispatch", "weak"),
    # A proviso the client confirms; a quarterly copy of the handling log.
    ("第８条　受託者は、契約締結後速やかに、個人情報の管理体制及び実施体制を書面により委託者に報告しなければならない。ただし、既に報告した内容に変更がないことを委託者が確認したときは、この限りでない。", "management-structure", "outsourcing", "present"),
    ("第１０条　受注者は、個人情報の受渡し及び廃棄について管理台帳を備え、記録しなければならない。\n第１９条　受注者は、第１０条の管理台帳の写しを、各四半期の末日から１５日以内に発注者に提出しなければならない。\n２　発注者は、受注者における個人情報の管理状況について監査することができる。", "reporting-audit", "outsourcing", "present"),
])
def test_parties_after_the_subject_court_orders_designated_copies_and_limited_measures(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Measures where the party bound deems them needed; measures skipped on the contractor's
    # own responsibility; 「可能な範囲で実施すれば足りる」; 「前２項」 named from two 項 on.
    ("第10条　受託者は、本業務の実施に当たり必要があると認めるときは、個人情報の漏えい、滅失又は毀損を防止するため、アクセス制限その他の適切な措置を講ずるものとする。", "security", "outsourcing", "weak"),
    ("第12条　乙は、個人情報の安全管理のために必要な措置として、別紙に掲げる措置を講じなければならない。\n2 乙は、甲の承認を得て、又は乙の責任において、前項の措置の全部又は一部を省略し、又は簡略化することができる。", "security", "outsourcing", "weak"),
    ("第12条　乙は、個人情報の安全管理のために必要な措置として、別紙に掲げる措置を講じなければならない。\n2 乙は、甲の承認を得て、前項の措置の一部を簡略化することができる。", "security", "outsourcing", "present"),
    ("第11条　受託者は、個人情報の安全管理のため、次に掲げる措置を講じなければならない。\n　ア　入退室管理\n　イ　書類の施錠保管\n２　前項各号に掲げる措置は、受託者の事業規模に照らし、可能な範囲で実施すれば足りるものとする。", "security", "outsourcing", "weak"),
    ("第14条　受注者は、個人情報の漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。\n2 受注者は、前項の措置として、次の各号に掲げる措置を講ずるものとする。\n (1) 端末の限定\n (2) 書類の施錠保管\n (3) 部外者の立入りの禁止\n3 受注者が本業務の一部を受注者の事業所以外の場所（作業従事者の自宅を含む。）で行う場合には、当該業務については、前2項の規定は適用しない。", "security", "outsourcing", "weak"),
    # A proviso the next 項 puts under the client's approval.
    ("第11条　受託者は、個人情報の漏えいの防止のため、別記に掲げる措置を講じなければならない。ただし、業務の性質上、措置の一部を講ずることが困難な場合は、この限りでない。\n２　前項ただし書に該当する場合には、受託者は、あらかじめ、その内容を書面により区に申し出て、区の承認を得なければならない。", "security", "outsourcing", "present"),
    # Taking a permission away narrows it; a named 項 of the article before is lifted alone.
    ("第15条　受注者は、本業務を第三者に再委託してはならない。\n２　前項の規定にかかわらず、受注者は、本業務の一部について発注者の書面による事前の承諾を得たときは、これを再委託することができる。この場合において、受注者は、再委託先に本契約に定める受注者の義務を遵守させなければならない。\n３　受注者がその関連会社に本業務の一部を行わせることは、第１項に規定する再委託に当たるものとする。\n第16条　前条第２項の規定は、本業務の全部を一括して委託する場合には適用しない。", "subcontracting", "outsourcing", "present"),
    # Dispatch: plain 「仕事にだけ使い」, a table row 「利用目的：…処理に限る」, a complaint filer's data,
    # a renewal 「更新され、以後も同様」, the contract's own terms kept secret.
    ("乙は、派遣労働者に次のことを守らせる。\n一　仕事で見聞きした区民の氏名、住所などは、甲から指示された仕事にだけ使い、ほかのことには使わない。\n二　それらが書かれた書類は、甲の係長の了解をもらわずに、コピーしたり、役所の外に持ち帰ったりしない。\n三　情報が外に出たかもしれないときは、すぐに甲の係長に知らせる。", "dispatch-personal-info", "dispatch", "present"),
    ("第６条　派遣労働者から苦情の申出を受けたときは、甲及び乙が連携して処理する。この場合において、甲及び乙は、申出人に関する個人情報を、苦情の処理以外の目的に利用してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    ("第9条　派遣元は、派遣労働者に業務上知り得た派遣先の秘密を漏らさないよう指導するよう努めるものとする。派遣期間が終了した後においても、同様とする。\n第10条　派遣元及び派遣先は、本契約及び個別契約の内容を、相手方の事前の承諾なく第三者に開示してはならない。\n第11条　本契約の有効期間は1年間とし、別段の申出がないときは、同一条件で1年間更新され、以後も同様とする。", "dispatch-secrecy", "dispatch", "weak"),
    # A report item naming 「廃棄の状況」 is no duty to dispose.
    ("第13条　指定管理者は、毎月、個人情報の取扱状況（媒体の保管及び廃棄の状況を含む。）を区に報告しなければならない。\n２　指定管理者は、指定期間が満了したときは、個人情報が記録された資料を区の指示に従い区に引き渡さなければならない。", "return-deletion", "outsourcing", "weak"),
])
def test_measures_on_own_judgement_restored_provisos_narrowed_permissions_and_decoys(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The ward's duties over what 前項 says are the workers' own data; the staffing company's
    # registrants; its business information kept by the ward.
    ("第１０条　派遣元は、派遣労働者の氏名及び被保険者資格の有無を区に通知するものとする。\n２　区は、前項の通知により知り得た派遣労働者の個人情報を、派遣就業の管理以外の目的に利用してはならない。\n３　区は、前項の個人情報の漏えいが生じたときは、直ちに派遣元に通知するものとする。", "dispatch-personal-info", "dispatch", "missing"),
    ("第19条　派遣元は、派遣元が保有する登録者の個人情報の漏えい等が生じたときは、個人情報保護委員会への報告その他法令に基づく措置を講ずる。", "dispatch-personal-info", "dispatch", "missing"),
    ("株式会社なごみキャリア（以下「甲」という。）と○○区（以下「乙」という。）は、次のとおり契約を締結する。\n第１１条　乙は、この契約の履行に関して知り得た甲の派遣料金の算定基礎その他の営業上の情報を、甲の承諾なく第三者に開示し、又は複製してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    # Use only 「の用にのみ供する」「範囲においてのみ」「用に供する以外には一切用いさせない」; a
    # copy 「…ことを、…許可がない限り、させてはならない」; approval as 「許し」.
    ("第十四条　派遣労働者が派遣就業に際して知り得た区民の個人情報は、本件業務の用にのみ供するものとし、派遣元は、派遣労働者にその旨を遵守させる。\n２　派遣元は、派遣労働者が前項の個人情報を複製し、又は記録媒体を事務室から持ち出すことを、派遣先の指揮命令者の事前の許可がない限り、させてはならない。\n３　派遣元は、第一項の個人情報の漏えい等の事故が発生したときは、直ちに派遣先に報告しなければならない。", "dispatch-personal-info", "dispatch", "present"),
    ("第10条　派遣労働者が取り扱う個人情報は、派遣先の事務の遂行に必要な範囲においてのみ使用させるものとする。\n2　派遣元は、派遣労働者に、派遣先の許諾を得ない個人情報の複写及び外部への持出しをさせてはならない。\n3　派遣元は、派遣労働者が個人情報の漏えいを発見したときは、直ちに派遣先に報告させなければならない。", "dispatch-personal-info", "dispatch", "present"),
    ("第５条　乙は、派遣労働者に対し、次のことを守らせなければならない。\n（１）仕事で扱う区民の個人情報は、甲から頼まれた仕事のためだけに使うこと。\n（２）個人情報が載った書類の写しを作ったりするときは、前もって甲の許しを得ること。\n（３）個人情報をなくしたときは、すぐに甲へ知らせること。", "dispatch-personal-info", "dispatch", "present"),
    ("第５条　乙は、派遣労働者に対し、次のことを守らせなければならない。\n（１）仕事で扱う区民の個人情報は、甲から頼まれた仕事のためだけに使うこと。\n（２）個人情報が載った書類の写しを作ったりするときは、前もって派遣元責任者の許しを得ること。\n（３）個人情報をなくしたときは、すぐに甲へ知らせること。", "dispatch-personal-info", "dispatch", "weak"),
    # Security: measures only for what the contractor judges needs protecting; handling 「…の
    # ないよう、適正に」; lent goods.
    ("第９条　受託者は、個人情報のうち、受託者が特に保護を要すると判断したもの（以下「重要情報」という。）について、その漏えい、滅失及び毀損を防止するため、施錠保管、暗号化及びアクセス制限の措置を講じなければならない。", "security", "outsourcing", "weak"),
    ("第９条　受託者は、この契約による業務に係る個人情報を厳重に管理し、紛失、漏えい等の事故のないよう、適正に取り扱わなければならない。", "security", "outsourcing", "weak"),
    ("第１２条　受注者は、発注者から貸与を受けた物品を善良な管理者の注意をもって管理し、その滅失又は毀損を防止しなければならない。", "security", "outsourcing", "missing"),
    ("第９条　受託者は、個人情報の漏えい、滅失及び毀損を防止するため、施錠保管、暗号化及びアクセス制限の措置を講じなければならない。", "security", "outsourcing", "present"),
])
def test_data_the_ward_is_told_plain_use_limits_and_measures_left_to_the_contractor(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The 項 before speaking of 「派遣労働者の個人情報の取扱状況」 does not make an incident report
    # about what the workers handle one about their own data; 「急報させ」 is a report; an accident
    # 「派遣労働者の個人情報の取扱いに関し」 reported to the ward is about what they handle.
    ("第9条　乙は、派遣労働者に、業務上取り扱う個人情報を本件派遣業務以外の用途に用いさせてはならない。\n２　乙は、派遣労働者に個人情報を複製させ、又は就業場所から持ち出させてはならない。ただし、甲が書面により許可したときは、この限りでない。\n３　甲は、派遣労働者の個人情報の取扱状況について、乙に報告を求めることができる。\n４　乙は、派遣労働者が取り扱う個人情報について漏えいその他の事故が生じたことを知ったときは、直ちに甲に報告しなければならない。", "dispatch-personal-info", "dispatch", "present"),
    ("第10条　派遣元は、派遣労働者をして、区民の個人情報を本件業務の用にのみ供させなければならない。\n２　派遣元は、派遣労働者をして、区の許諾を得ないで、前項の個人情報の写しを作成させ、又は庁舎外に搬出させてはならない。\n３　派遣労働者が個人情報の流出その他の異状を覚知したときは、派遣元は、派遣労働者をして、直ちにその旨を区の指揮命令者に急報させなければならない。", "dispatch-personal-info", "dispatch", "present"),
    ("第11条　派遣元は、派遣労働者に、区の個人情報をこの契約の目的以外に利用させてはならない。\n2　派遣元は、派遣労働者に、区の個人情報を複製させ、又は持ち出させてはならない。ただし、区があらかじめ承認した場合は、この限りでない。\n3　派遣元は、派遣労働者の個人情報の取扱いに関し事故があったときは、直ちに区に報告しなければならない。", "dispatch-personal-info", "dispatch", "present"),
    # Not what the workers handle: a complaint filer's privacy, health check results the ward
    # asks for, the staffing company's secrets 「前項の秘密」, the data the ward is notified of.
    ("第１０条　区及び派遣元は、派遣労働者から苦情の申出を受けたときは、その内容を相手方に速やかに通知し、誠意をもって処理しなければならない。\n２　区及び派遣元は、申出をした派遣労働者の個人情報の保護に配慮し、本人の同意なく申出の内容を第三者に漏らしてはならない。\n３　苦情の申出先は、区にあっては総務課長、派遣元にあっては派遣元責任者とする。", "dispatch-personal-info", "dispatch", "missing"),
    ("第１１条　乙は、派遣労働者の安全衛生の確保のため必要があるときは、甲に対し健康診断の結果の提供を求めることができる。この場合において、乙は、提供を受けた結果を就業上の措置の検討以外の目的に利用してはならず、これを複写してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    ("第１５条　甲は、この契約に関して知り得た乙の営業上の秘密を、乙の承諾なく第三者に開示し、又はこの契約の目的以外に利用してはならない。\n２　甲は、前項の秘密が記録された資料を複製してはならず、その漏えいのおそれが生じたときは、直ちに乙に通知しなければならない。", "dispatch-personal-info", "dispatch", "missing"),
    ("株式会社ミライワークス（以下「甲」という。）と○○区（以下「乙」という。）とは、労働者派遣について、次のとおり契約を締結する。\n第６条　甲は、派遣労働者の氏名及び社会保険の加入状況を、派遣開始前に乙に書面で通知する。乙は、当該通知に記載された個人情報を派遣先管理台帳の作成以外の目的に用いないものとする。", "dispatch-personal-info", "dispatch", "missing"),
    # The staffing company reporting only when it judges the effect serious; a breach it
    # knows of is another matter.
    (_DP + "２　派遣元は、派遣労働者に、派遣先の許可なく個人情報を複写させ、又は持ち出させてはならない。\n３　派遣労働者は、個人情報の漏えい等の事故を知ったときは、直ちに派遣元責任者に報告するものとする。派遣元は、当該報告を受けた場合において、派遣先の業務に重大な影響を及ぼすおそれがあると判断したときは、速やかにその内容を派遣先に報告するものとする。", "dispatch-personal-info", "dispatch", "weak"),
    ("８　事故等の報告\n受託者は、この特記事項に違反する事態が生じ、又は生ずるおそれがあると認めたときは、速やかに区に報告し、区の指示を受けて必要な措置を講じなければならない。", "incident", "special-provisions", "present"),
])
def test_whose_data_a_dispatch_clause_is_about_and_reports_on_own_judgement(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # An exception the next 項 defines as the client's instruction or approval; the same defined
    # as the contractor's own judgement.
    ("第十四条　受注者は、本業務の処理に必要な場合を除き、個人情報を複製してはならない。\n２　前項に規定する「本業務の処理に必要な場合」とは、発注者が本業務の処理上必要と認めて受注者に書面により指示し、又は書面により承認した場合をいう。", "copying", "outsourcing", "present"),
    ("第十四条　受注者は、本業務の処理に必要な場合を除き、個人情報を複製してはならない。\n２　前項に規定する「本業務の処理に必要な場合」とは、受注者が本業務の処理上必要と認めた場合をいう。", "copying", "outsourcing", "weak"),
    # Copies only told to the client, whatever 2項 says of using them; copying that only sits
    # inside 「個人情報（これを複製したものを含む。）」 of a ban on taking out.
    ("第７条　受託者は、個人情報を複製しようとするときは、あらかじめ、その目的及び数量を委託者に通知しなければならない。\n２　受託者は、複製物を本業務の目的以外に使用してはならない。", "copying", "outsourcing", "weak"),
    ("第40条　指定管理者は、区の承認を得ないで、個人情報（これを複製したものを含む。）を施設の外に持ち出してはならない。\n2　指定管理者は、個人情報を複製した場合は、複製物を施錠できる保管庫に保管しなければならない。", "copying", "outsourcing", "weak"),
    ("第40条　指定管理者は、区の承認を得ないで、個人情報（これを複製したものを含む。）を複製し、又は施設の外に持ち出してはならない。", "copying", "outsourcing", "present"),
    # A permission 3項 puts under an approval asked for by handing in a document 「区に提出し、
    # その承認を受け」; the contractor's own procedures deemed to be the approval.
    ("第９条　受託者は、個人情報が記録された媒体を複製してはならない。\n２　前項の規定にかかわらず、受託者は、バックアップについては、複製を行うことができる。\n３　受託者は、前項の複製を行おうとするときは、あらかじめ、複製の方法を記載した書面を区に提出し、その承認を受けなければならない。", "copying", "outsourcing", "present"),
    ("第４　指定管理者は、区の承認を得ないで、個人情報を複写し、又は複製してはならない。\n２　指定管理者が自ら定める個人情報取扱手順書に記載した方法による複製については、前項の承認があったものとみなす。", "copying", "special-provisions", "weak"),
    # Management structure: the roster handed to the contractor's own 総括責任者; writing that
    # may be replaced by the contractor's own choice; a report only when asked.
    ("第８条　受託者は、総括責任者を定め、その氏名を書面により区に通知しなければならない。\n２　受託者は、本業務に従事する者の名簿を作成し、総括責任者に提出しなければならない。", "management-structure", "outsourcing", "weak"),
    ("第８条　受託者は、総括責任者を定め、その氏名を書面により区に通知しなければならない。\n２　受託者は、本業務に従事する者の名簿を作成し、区に提出しなければならない。", "management-structure", "outsourcing", "present"),
    ("第10条　受注者は、作業責任者及び作業従事者を、書面又は受注者が適当と認める方法により、業務開始前に発注者に報告する。", "management-structure", "outsourcing", "weak"),
    ("第11条　乙は、甲から求められたときは、個人情報の取扱責任者及び取扱者の氏名を記載した書面を、甲に提出しなければならない。", "management-structure", "outsourcing", "weak"),
])
def test_defined_exceptions_copies_named_in_passing_and_reports_kept_in_house(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A one-off report that only names personal information (a roster, a request for approval)
    # is not a weak periodic report; a report 「…期間ごとに」 by a table is periodic.
    ("第14条　受注者は、契約締結後速やかに、個人情報の管理責任者及び業務従事者を定め、書面により発注者に報告しなければならない。\n第15条　受注者は、再委託の承諾を申請するときは、再委託先の名称及び再委託する業務の範囲を書面により発注者に報告しなければならない。", "reporting-audit", "outsourcing", "missing"),
    ("第十四条　乙は、個人情報の取扱いの状況について、次の表の左欄に掲げる期間ごとに、同表の右欄に掲げる期限までに、甲に報告しなければならない。\n　四月から六月まで　　七月十日\n　七月から九月まで　　十月十日\n第十五条　甲は、必要があると認めるときは、乙の事務所に立ち入り、個人情報の管理の状況を調査することができる。", "reporting-audit", "outsourcing", "present"),
    # A waiver of the report that 3項 puts under the client's approval; a report that is only
    # an effort; an inspection by the regulator.
    ("第15条　受託者は、三月ごとに、個人情報の取扱状況を委託者に報告しなければならない。\n2　受託者は、前項の期間内に個人情報の取扱いがなかったときは、同項の報告を省略することができる。\n3　受託者は、前項の規定により報告を省略しようとするときは、あらかじめ委託者の承認を得なければならない。\n第16条　委託者は、受託者の事業所に立ち入り、個人情報の取扱状況を検査することができる。", "reporting-audit", "outsourcing", "present"),
    ("第11条　受託者は、個人情報の取扱状況を四半期ごとに取りまとめ、区に報告するよう努めるものとする。\n第12条　区は、受託者の作業場所に立ち入り、個人情報の管理状況を検査することができる。", "reporting-audit", "outsourcing", "weak"),
    ("第７　乙は、個人情報保護委員会から報告を求められ、又は立入検査を受けることとなったときは、速やかに甲に通知するとともに、甲が行う同委員会への報告に協力しなければならない。", "reporting-audit", "special-provisions", "missing"),
    ("第26条　区は、施設及び設備の維持管理の状況を確認するため、必要に応じ施設に立ち入ることができる。", "reporting-audit", "outsourcing", "missing"),
])
def test_reports_that_only_name_personal_information_and_waivers_put_under_approval(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Rows of 「別表　個人情報取扱遵守事項」 bound by the body; a 号 item whose 「区が指示する
    # 事務」 names the ward only inside a modifier.
    ("練馬区（以下「区」という。）と株式会社△△スタッフ（以下「派遣元」という。）とは、労働者派遣に関し、次のとおり個別契約を締結する。\n第12条　派遣元は、その派遣労働者に別表「個人情報取扱遵守事項」に掲げる事項を遵守させなければならない。\n別表　個人情報取扱遵守事項\n区分　｜　遵守事項\n利用目的　｜　区の指示した派遣業務の処理のためにのみ利用すること。\n複製・持出し　｜　区の承認を受けた場合を除き、複写、複製及び庁舎外への持出しをしないこと。\n事故時の対応　｜　漏えい等の事故を知ったときは、直ちに区の指揮命令者へ報告すること。", "dispatch-personal-info", "dispatch", "present"),
    ("第十五条　派遣元事業主は、派遣労働者に、次の事項を守らせなければならない。\nア　区民の個人情報を区が指示する事務のほかに転用しないこと。\nイ　区民の個人情報の写しを作成する場合には、あらかじめ区の担当職員の了承を得ること。\nウ　区民の個人情報が流出したことを把握したときは、直ちに区の担当職員へ通報すること。", "dispatch-personal-info", "dispatch", "present"),
    # Other people's information: the 派遣元's executives checked against organised crime, an
    # injured worker's records, officers' contacts, the workers' attendance records.
    ("株式会社ひかり総合サービス（以下「甲」という。）と練馬区（以下「乙」という。）は、労働者派遣に関し、次のとおり契約を締結する。\n第16条　甲は、乙の求めに応じ、役員名簿を乙に提出する。\n２　乙は、前項の役員名簿に記載された個人情報を、暴力団等の排除に必要な確認以外の目的に利用しないものとする。", "dispatch-personal-info", "dispatch", "missing"),
    ("第12条　甲及び乙は、労働災害の手続に際して取得した派遣労働者の傷病に関する情報を、労働災害の処理以外の目的に用いてはならない。", "dispatch-personal-info", "dispatch", "missing"),
    ("第9条　甲は、派遣労働者の出勤及び退勤の状況を記録し、その写しを毎月乙に送付する。\n２　乙は、前項により送付を受けた記録に含まれる個人情報を、複製し、又は給与計算及び社会保険手続以外の目的に利用してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    # Dispatch secrecy 「将来にわたり」; survival that lapses after six months; the contract's
    # own terms kept after it ends; the workers' own secrets their employer keeps.
    ("第８条　派遣元は、派遣労働者が、派遣期間中のみならず将来にわたり、区の業務に関して知り得た秘密を漏らすことがないよう、派遣労働者にこれを守らせなければならない。", "dispatch-secrecy", "dispatch", "present"),
    ("第１２条　派遣元は、派遣労働者に、区の業務に関して知り得た秘密を漏らさないことを誓約させなければならない。派遣期間の終了後も同様とする。\n２　前項後段の義務は、派遣期間の終了の日から起算して６月を経過したときは、消滅する。", "dispatch-secrecy", "dispatch", "weak"),
    ("第10条　乙は、派遣労働者に、甲の業務に関して知り得た秘密を漏らさせてはならない。\n２　前項の義務は、派遣期間の終了後においても、その終了の日から六月を経過する日までの間は、なおその効力を有する。", "dispatch-secrecy", "dispatch", "weak"),
    ("第15条　派遣元及び派遣先は、本契約の内容及び派遣料金の額を、相手方の同意を得ないで第三者に開示してはならない。本契約の終了後も、同様とする。", "dispatch-secrecy", "dispatch", "missing"),
    ("株式会社石神井スタッフィング（以下「甲」という。）と練馬区（以下「乙」という。）とは、労働者派遣に関し次のとおり契約を締結する。\n第１５条　甲及びその従業者は、その業務上取り扱ったことについて知り得た派遣労働者の秘密を漏らしてはならない。甲の従業者でなくなった後においても、同様とする。", "dispatch-secrecy", "dispatch", "missing"),
])
def test_workers_rule_sheets_other_peoples_data_and_survival_that_lapses(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Parties defined by 「とは」 and by 「を「甲」、…を「乙」という」.
    ("この特記事項において、「甲」とは受託者である株式会社□□システムズを、「乙」とは委託者である○○区をいう。\n第10条　甲は、毎月末日までに、当月における個人情報の取扱状況を乙に報告しなければならない。\n第11条　乙は、甲の作業場所に乙の職員を立ち入らせ、個人情報の管理の状況を確認させることができる。", "reporting-audit", "special-provisions", "present"),
    ("この特記事項において、委託業務を受託する株式会社練馬データサービスを「甲」、委託者である練馬区を「乙」という。\n２　甲は、乙の指示がある場合を除き、業務に係る個人情報が記録された資料等を複製し、又は複写してはならない。", "copying", "special-provisions", "present"),
    # An audit by staff sent to the contractor's office; staff sent to check a venue; reports a
    # subcontractor makes to the contractor; a report of which 別紙 sets the dates.
    ("第十一条　受注者は、定期に、個人情報の取扱いに関する事項の遵守状況を発注者に報告しなければならない。\n第十二条　発注者は、その職員を受注者の事業所その他個人情報を取り扱う場所に派遣し、個人情報の取扱状況を確認することができる。", "reporting-audit", "outsourcing", "present"),
    ("第２２条　受託者は、毎月の講座参加者数を翌月5日までに委託者に報告するものとする。\n第２３条　委託者は、講座会場の設営状況を確認するため、開催日に職員を派遣することができる。", "reporting-audit", "outsourcing", "missing"),
    ("第27条　指定管理者は、区の承認を得て管理業務の一部を第三者に委託したときは、当該第三者に対し、四半期ごとに個人情報の取扱状況を指定管理者に報告させるとともに、年1回以上、当該第三者の事業所において監査を行わなければならない。", "reporting-audit", "outsourcing", "missing"),
    ("第１１条　受託者は、別紙２「個人情報取扱状況報告日程表」に定めるところにより、個人情報の取扱状況を委託者に報告しなければならない。\n２　委託者は、必要があると認めるときは、受託者の事業所において監査を行うことができる。", "reporting-audit", "outsourcing", "present"),
    # Management structure: the ward may ask for it; a spoken report is enough; kept at the office.
    ("第十三条　受託者は、個人情報保護責任者及び業務従事者を定めなければならない。\n２　区は、必要があると認めるときは、受託者に対し、前項の責任者及び業務従事者の氏名等について書面による報告を求めることができる。", "management-structure", "outsourcing", "weak"),
    ("第１０条　受注者は、業務責任者及び業務従事者を定め、業務の着手前にその氏名を発注者に報告するものとする。この場合において、報告は口頭によることができ、書面の提出を要しない。", "management-structure", "outsourcing", "weak"),
    ("第３（管理体制）乙は、個人情報の管理責任者及び作業従事者を定め、これを記載した書面を甲に提出し、又は乙の事業所に備え置かなければならない。", "management-structure", "special-provisions", "weak"),
    ("第３（管理体制）乙は、個人情報の管理責任者及び作業従事者を定め、これを記載した書面を甲に提出しなければならない。", "management-structure", "special-provisions", "present"),
    # Copies banned only for one purpose; deletion of what the contractor's officer deems no
    # longer needed.
    ("第13条　受注者は、本業務に係る個人情報を、第三者に提供する目的で複製し、又は複写してはならない。", "copying", "outsourcing", "weak"),
    ("第22条　受託者は、本件業務が完了したときは、委託者から提供を受けた資料及び媒体を委託者に返還しなければならない。\n２　受託者の機器に残存する個人情報については、受託者の情報管理責任者が不要と認めたものから順次消去するものとする。", "return-deletion", "outsourcing", "weak"),
])
def test_parties_by_towa_audits_by_staff_sent_and_reports_on_request_or_by_mouth(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Approval after the copy is made; a yearly check of labour law; a report of training
    # given, which names no one; a roster that may be kept at the facility instead.
    ("第15条（複製）　受託者は、業務の遂行上個人情報の複製が必要となったときは、複製を行った後、遅滞なく、複製の内容を委託者に届け出て、その承認を受けるものとする。", "copying", "outsourcing", "weak"),
    ("第15条（複製）　受託者は、業務の遂行上個人情報の複製が必要となったときは、あらかじめ、複製の内容を委託者に届け出て、その承認を受けるものとする。", "copying", "outsourcing", "present"),
    ("第16条　受託者は、本業務に従事する者の労働条件について、労働関係法令を遵守しなければならない。\n２　受託者は、毎年度、委託者が定める「労働環境チェックシート」により前項の法令の遵守状況を点検し、その結果を委託者に提出しなければならない。", "reporting-audit", "outsourcing", "missing"),
    ("第11条　受託者は、業務に従事する者に対し、業務開始前及び毎年度１回以上、個人情報保護に関する研修を実施し、その実施日及び内容を区に報告しなければならない。", "management-structure", "outsourcing", "missing"),
    ("６（従事者名簿）　受託者は、業務に従事する者の名簿を作業開始前に委託者に提出するとともに、従事者に対して個人情報保護に関する研修を実施しなければならない。\n７　受託者は、業務責任者を定め、書面により委託者に届け出なければならない。", "management-structure", "outsourcing", "present"),
    ("第15条　指定管理者は、施設の管理運営を統括する総括責任者を置き、その氏名を書面により区に届け出なければならない。\n第16条　指定管理者は、従事職員の氏名を記載した名簿を作成し、これを区に提出し、又は施設に備え置くものとする。", "management-structure", "outsourcing", "weak"),
])
def test_approval_after_the_fact_other_compliance_and_rosters_kept_on_site(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Affiliates named as third parties under a rule on providing data or assigning rights say
    # nothing of subcontracting; under the subcontracting rule they count.
    ("第８条　乙は、甲の書面による承諾を得ないで、本業務に関して取り扱う個人情報を第三者に提供してはならない。\n２　前項の第三者には、乙の親会社、子会社及び関連会社を含む。", "subcontracting", "outsourcing", "missing"),
    ("第８条　乙は、甲の書面による承諾を得ないで、本業務を第三者に委託してはならない。\n２　前項の第三者には、乙の親会社、子会社及び関連会社を含む。", "subcontracting", "outsourcing", "weak"),
    # Staff seconded from an affiliate are no rule on affiliates as subcontractors.
    ("第8条　受託者は、委託者の書面による承諾を得た場合を除き、本業務を第三者に委託してはならない。\n2　受託者は、前項の承諾を得て委託する場合には、再委託先に対し、本契約に定める受託者の義務と同等の義務を負わせなければならない。\n第9条　本業務に従事する者には、受託者の子会社からの出向者を含むものとする。", "subcontracting", "outsourcing", "weak"),
    # The subcontractor's pledge, handed in to the client, binds it.
    ("第10条　受注者は、発注者の書面による承認がある場合を除き、本業務を第三者（受注者の子会社を含む。）に委託してはならない。\n2　受注者は、前項の承認を得て委託するときは、当該第三者に、本契約に定める受注者の義務を遵守する旨の誓約書を発注者宛てに提出させなければならない。", "subcontracting", "outsourcing", "present"),
    ("第10条　受注者は、発注者の書面による承認がある場合を除き、本業務を第三者（受注者の子会社を含む。）に委託してはならない。\n2　受注者は、前項の承認を得て委託するときは、当該第三者の名称を発注者に届け出なければならない。", "subcontracting", "outsourcing", "weak"),
    # A proviso approved by the contractor's own officer after a long purpose clause.
    ("第三十九条　指定管理者は、指定期間が満了したときは、区から提供を受けた個人情報を区に返還し、複製物等を消去しなければならない。ただし、指定管理者の個人情報保護管理責任者が、次期の施設運営又は自主事業の実施のために保存の必要があると認めて許可したものについては、この限りでない。", "return-deletion", "outsourcing", "weak"),
    ("第三十九条　指定管理者は、指定期間が満了したときは、区から提供を受けた個人情報を区に返還し、複製物等を消去しなければならない。ただし、区が、次期の施設運営又は自主事業の実施のために保存の必要があると認めて書面により承認したものについては、この限りでない。", "return-deletion", "outsourcing", "present"),
])
def test_affiliates_without_a_subcontracting_rule_pledges_and_officers_approving(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Secrecy that survives only until the framework contract ends, or while employed.
    ("第10条　派遣元は、派遣労働者に対し、派遣先において知り得た秘密を第三者に漏らさないよう義務付けなければならない。\n２　前項の義務は、派遣期間の終了後も、労働者派遣基本契約の有効期間が満了するまでの間は、同様とする。", "dispatch-secrecy", "dispatch", "weak"),
    ("第10条　乙は、派遣労働者に対し、甲の業務に関して知り得た秘密を第三者に漏らさないよう義務付けなければならない。\n２　前項の義務は、派遣期間の終了後も、当該派遣労働者が乙に雇用されている間は存続する。", "dispatch-secrecy", "dispatch", "weak"),
    ("第10条　乙は、派遣労働者に対し、甲の業務に関して知り得た秘密を第三者に漏らさないよう義務付けなければならない。\n２　前項の義務は、派遣期間の終了後も、当該派遣労働者が乙を退職した後も存続する。", "dispatch-secrecy", "dispatch", "present"),
    # The staffing company's own records (ITEMS.md's ruling): not a term on what the workers
    # learn at the ward, two sentences back too; the ward keeping them stays "on the 派遣先 only".
    ("第13条　派遣元は、派遣労働者の個人情報を、その業務の目的の達成に必要な範囲内で収集し、保管し、又は使用しなければならない。\n２　派遣元は、前項の個人情報を適正に管理し、正当な理由なく他に漏らしてはならない。派遣労働者が派遣元を退職した後も、同様とする。", "dispatch-secrecy", "dispatch", "missing"),
    ("第13条　派遣元の役員及び従業者は、業務上知り得た派遣労働者及び派遣登録者の秘密を漏らしてはならない。その職を退いた後も、同様とする。", "dispatch-secrecy", "dispatch", "missing"),
    ("第８条　区は、本契約に関して知り得た派遣元及び派遣労働者に関する秘密を第三者に漏らしてはならない。本契約の終了後も、同様とする。", "dispatch-secrecy", "dispatch", "weak"),
    # 「派遣労働者の個人情報の取扱いに関し事故」 is what the workers handle, not their own data.
    ("第11条　乙は、派遣労働者が甲の業務で取り扱う個人情報を当該業務以外の目的に使用させてはならない。\n２　乙は、派遣労働者に、甲の承認を得ないで個人情報を複製させ、又は持ち出させてはならない。\n３　乙は、派遣労働者の個人情報の取扱いに関して事故が生じたときは、速やかに甲に報告しなければならない。", "dispatch-personal-info", "dispatch", "present"),
])
def test_survival_that_ends_with_the_job_and_the_staffing_companys_own_records(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


def test_binding_the_subcontractor_to_the_special_provisions_does_not_bind_the_contractor(engine):
    body = ("第１条　甲は、別紙仕様書に定めるところにより、乙に業務を委託する。\n"
            "第２条　甲は、善良なる管理者の注意をもって業務を行う。\n\n別紙\n個人情報取扱特記事項\n"
            "１　受託者は、個人情報を適正に取り扱わなければならない。\n"
            "２　受託者は、区の承諾を得て業務を委託するときは、委託先にこの特記事項を遵守させなければならない。\n")
    assert status(engine, body, "special-provisions-link", "outsourcing")[0] == "weak"
    bound = body.replace("第２条　甲は、善良なる管理者の注意をもって業務を行う。",
                         "第２条　乙は、別紙個人情報取扱特記事項を遵守しなければならない。")
    assert status(engine, bound, "special-provisions-link", "outsourcing")[0] == "present"


@pytest.mark.parametrize("text,item,kind,expected", [
    # Measures only 「可能な範囲で」, or management left to the contractor's in-house rules.
    ("第７条　乙は、調査票及び集計用データについて、可能な範囲で漏えい、滅失又は毀損の防止のための措置を講ずるものとする。", "security", "outsourcing", "weak"),
    ("第７条　乙は、調査票及び集計用データについて、漏えい、滅失又は毀損の防止のための措置を講ずるものとする。", "security", "outsourcing", "present"),
    ("２　受注者は、業務に係る個人情報の保管、利用及び管理の方法については、受注者の社内規程の定めるところにより行うものとする。", "security", "outsourcing", "weak"),
    # A leaked password and the ward's tools taken out are not personal information.
    ("第10条　派遣労働者は、パスワードの漏えい又はそのおそれがあるときは、直ちに派遣先の情報システム担当者に届け出なければならない。\n２　派遣労働者は、派遣先の許可なく、派遣先の備品、工具及び事務用品を就業場所の外に持ち出さないこと。", "dispatch-personal-info", "dispatch", "missing"),
    # 「甲の業務において」 names no recipient: the report goes to the staffing company's officer.
    ("第十三条　乙は、乙の派遣労働者に対し、甲の業務において取り扱う個人情報を業務以外の目的に利用させず、甲の許可なく複写させず、又は持ち出させないものとし、個人情報の事故が発生したときは、派遣労働者から乙の派遣元責任者に報告させるものとする。", "dispatch-personal-info", "dispatch", "weak"),
    ("第十三条　乙は、乙の派遣労働者に対し、甲の業務において取り扱う個人情報を業務以外の目的に利用させず、甲の許可なく複写させず、又は持ち出させないものとし、個人情報の事故が発生したときは、直ちに甲に報告させるものとする。", "dispatch-personal-info", "dispatch", "present"),
    # A pledge taken from every worker and shown when the ward asks; one taken only on request.
    ("第12条　派遣元は、派遣就業の開始前に、派遣労働者から、就業上知り得た情報を在職中はもとより離職後においても口外しない旨の誓約書を徴し、派遣先の求めに応じてこれを提示しなければならない。", "dispatch-secrecy", "dispatch", "present"),
    ("第12条　派遣元は、派遣先の求めに応じ、派遣労働者から、就業上知り得た情報を在職中はもとより離職後においても口外しない旨の誓約書を徴しなければならない。", "dispatch-secrecy", "dispatch", "weak"),
    # Collection limited to the items of a form; a form's items kept to the minimum.
    ("第６条　甲は、調査に当たり、調査票に定める項目を超えて回答者の個人情報を取得してはならない。", "data-minimization", "outsourcing", "present"),
    ("第６条（収集の制限）乙は、本業務に係る申込書その他の様式で記載を求める事項を、本業務の遂行に必要な最小限度のものとし、その様式について、あらかじめ甲の承認を得なければならない。", "data-minimization", "outsourcing", "present"),
])
def test_measures_as_far_as_possible_passwords_recipients_and_pledges_shown_on_request(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The client's officer as the topic; a group of people and a set of documents defined in
    # passing lend their meaning to the sentences that use them.
    ("第20条（取扱状況の確認）委託者の個人情報保護担当者は、四半期ごとに受託者の作業場所に立ち入り、個人情報の取扱状況を確認する。", "annual-check", "outsourcing", "present"),
    ("第20条（取扱状況の確認）受託者の個人情報保護担当者は、四半期ごとに受託者の作業場所に立ち入り、個人情報の取扱状況を確認する。", "annual-check", "outsourcing", "missing"),
    ("第２条　この特記事項において「業務従事者等」とは、乙が本業務に関して選任する個人情報管理責任者及び本業務に従事する者をいう。\n第６条　乙は、契約締結後速やかに、業務従事者等の氏名、所属及び役割を記載した名簿を甲に提出しなければならない。", "management-structure", "special-provisions", "present"),
    ("第６条　乙は、契約締結後速やかに、業務従事者の氏名、所属及び役割を記載した名簿を甲に提出しなければならない。", "management-structure", "special-provisions", "weak"),
])
def test_the_clients_officer_as_topic_and_groups_defined_in_passing(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


def test_a_set_of_documents_named_in_passing_binds_the_special_provisions(engine):
    text = ("第１条（契約の構成）この契約は、この契約書、別記「個人情報取扱特記事項」及び仕様書（以下これらを「契約書等」という。）により構成される。\n"
            "第２条（誠実履行）受託者は、契約書等に定める事項を遵守し、本業務を履行しなければならない。\n"
            "別記\n個人情報取扱特記事項\n第１条（秘密保持）受託者は、本業務に関して知り得た個人情報を第三者に漏らしてはならない。\n")
    assert status(engine, text, "special-provisions-link", "outsourcing")[0] == "present"
    loose = text.replace("第２条（誠実履行）受託者は、契約書等に定める事項を遵守し、本業務を履行しなければならない。",
                         "第２条（誠実履行）受託者は、誠実に本業務を履行しなければならない。")
    assert status(engine, loose, "special-provisions-link", "outsourcing")[0] == "weak"


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「同様」 from the 項 before does not bind the workers by itself; 「…についても同様とする」 does.
    ("第８条（秘密の保持）甲の派遣労働者は、乙の業務に関し知り得た秘密の保持に努めなければならない。派遣期間終了後もまた同様とする。\n２　甲は、派遣労働者に前項の趣旨を説明するものとする。", "dispatch-secrecy", "dispatch", "weak"),
    ("第８条　乙は、業務上知り得た秘密を漏らしてはならない。乙の派遣労働者についても同様とする。派遣期間終了後も同様とする。", "dispatch-secrecy", "dispatch", "present"),
    # Survival for as long as the staffing company's own rules say; its own records (法第24条の4).
    ("第10条　派遣元は、派遣労働者に、区の業務に関して知り得た秘密を漏らさせてはならない。派遣期間の終了後においても、派遣元がその就業規則で定める期間は、同様とする。", "dispatch-secrecy", "dispatch", "weak"),
    ("第12条　派遣元は、労働者派遣法第24条の４の規定に従い、その業務上取り扱った派遣労働者に関する秘密を守らなければならない。", "dispatch-secrecy", "dispatch", "missing"),
    # A definition in parentheses lends a 号 list no permission; a pledge form's 「区が保有する」
    # is a relative clause, not the one who pledges.
    ("第9条　派遣元は、派遣労働者が取り扱う派遣先保有の個人情報（特定の個人を識別することができるものをいう。）について、派遣労働者に対し、次に掲げる事項を遵守させなければならない。\n（１）個人情報を派遣業務の目的以外に利用しないこと。\n（２）派遣先の承認を得ないで、個人情報を複製し、又は持ち出さないこと。\n（３）個人情報の漏えいその他の事故が発生したときは、直ちに派遣先の指揮命令者に報告し、その指示に従うこと。", "dispatch-personal-info", "dispatch", "present"),
    # Copies approved by the staffing company asked first; reports only when the ward asks.
    ("第８条　派遣元は、派遣労働者に次に掲げる事項を遵守させなければならない。\nア　区の個人情報を、派遣業務以外の目的で利用しないこと。\nイ　区の個人情報を複写し、又は庁舎の外へ持ち出す必要があるときは、あらかじめ派遣元に申請し、その許可を受けること。\nウ　個人情報の漏えいが生じたときは、直ちに区に報告すること。", "dispatch-personal-info", "dispatch", "weak"),
    ("第9条　乙は、派遣労働者をして、甲の個人情報を業務の目的以外に利用させてはならず、甲の書面による承諾を得ずに複写させ、又は持ち出させてはならない。\n２　乙は、派遣労働者が取り扱う甲の個人情報について、漏えい等の事故の有無及びその状況を、甲から求められたときは、甲に報告しなければならない。", "dispatch-personal-info", "dispatch", "weak"),
])
def test_likewise_from_the_paragraph_before_own_rules_and_pledge_forms(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Assigning the contract's rights (子会社 included) is no subcontracting rule.
    ("第１９条（譲渡等の禁止）　乙は、本契約から生ずる権利義務の全部若しくは一部を、甲の事前の書面による承諾なく、第三者（乙の子会社及び関連会社を含む。）に譲渡し、承継させ、又は担保に供してはならない。", "subcontracting", "outsourcing", "missing"),
    # 「当該委ねる先」 bound by a contract with equal duties.
    ("第９条　受注者は、発注者の事前の書面による承諾なしに、本業務の処理を他に委ねてはならない。\n第１０条　この契約において「第三者」又は「他」には、受注者の子会社及び関連会社を含むものとする。\n第１１条　受注者は、第９条の承諾を得て本業務の処理を他に委ねるときは、当該委ねる先との間で、この契約に定める受注者の義務と同等の義務を課す旨の書面による契約を締結しなければならない。", "subcontracting", "outsourcing", "present"),
    # No time to wait for the approval, as the contractor judges: a report afterwards.
    ("第１３条　受注者は、発注者の書面による承諾を得ないで、本業務を第三者（受注者の子会社を含む。）に委託してはならず、承諾を得て委託するときは、再委託先に対し、受注者の義務と同等の義務を課さなければならない。ただし、緊急を要する作業で、受注者が発注者の承諾を待ついとまがないと判断したものについては、受注者は、第三者に委託した後速やかにその旨を発注者に報告すれば足りる。", "subcontracting", "outsourcing", "weak"),
    # Return and erasure only when the contract is cancelled for breach; staff accounts and cards.
    ("第22条　甲は、乙がこの契約に違反したときは、この契約を解除することができる。\n2　前項の規定により契約が解除されたときは、乙は、甲から提供を受けた個人情報を記録した資料を直ちに甲に返還するとともに、乙の保有する当該個人情報に係る電子データを消去しなければならない。", "return-deletion", "outsourcing", "weak"),
    ("第21条　乙は、この契約が終了したときは、甲から提供を受けた資料を甲に返還し、電子データを消去しなければならない。\n第22条　甲は、乙がこの契約に違反したときは、この契約を解除することができる。\n2　前項の規定により契約が解除されたときは、乙は、甲から提供を受けた個人情報を記録した資料を直ちに甲に返還するとともに、電子データを消去しなければならない。", "return-deletion", "outsourcing", "present"),
    ("第18条　受託者は、従事者が退職したとき、又は契約期間が終了したときは、直ちに当該従事者に係る利用者IDの削除を委託者に申請するとともに、当該従事者の業務用アカウントを削除し、委託者から交付を受けたICカードを委託者に返却しなければならない。", "return-deletion", "outsourcing", "missing"),
])
def test_assignment_decoys_entrusting_others_and_return_only_on_cancellation(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # What a limit limits, as the parse reads it: copies, an inspection and copying held to
    # 「必要最小限」 say nothing of how much personal information is handled.
    ("第９条　受託者は、個人情報を記録した媒体を複製するときは、その部数を業務に必要な最小限のものとしなければならない。", "data-minimization", "outsourcing", "missing"),
    ("第９条　受託者は、業務に必要な最小限の個人情報に限り、利用者から取得しなければならない。", "data-minimization", "outsourcing", "present"),
    ("第15条　区は、必要があると認めるときは、受託者の作業場所に立ち入り、個人情報の管理状況を調査することができる。\n２　前項の調査は、受託者の業務に支障がないよう、必要最小限の範囲で行うものとする。", "data-minimization", "outsourcing", "missing"),
    ("第８条　受託者は、個人情報を収集するときは、業務の目的を達成するために必要最小限の範囲内で、適法かつ公正な手段により行わなければならない。", "data-minimization", "outsourcing", "present"),
    ("第８条　受注者は、発注者の承認を得て、業務の遂行に必要な範囲内に限り個人情報を複写することができる。", "data-minimization", "outsourcing", "missing"),
    ("第８条　受注者は、業務の遂行に必要な範囲内に限り個人情報を収集することができる。", "data-minimization", "outsourcing", "weak"),
    # A proviso put back under the client's approval by 「前項ただし書」.
    ("第13条　受注者は、本業務に必要な範囲内に限り個人情報を収集するものとする。ただし、やむを得ない場合は、この限りでない。\n２　受注者は、前項ただし書の規定により必要な範囲を超えて収集しようとするときは、あらかじめ発注者の書面による承認を得なければならない。", "data-minimization", "outsourcing", "present"),
    ("第13条　受注者は、本業務に必要な範囲内に限り個人情報を収集するものとする。ただし、やむを得ない場合は、この限りでない。", "data-minimization", "outsourcing", "weak"),
    # A check once in the year of an annual agreement.
    ("第４条　区は、本年度中に少なくとも１回、受託者の事業所において個人情報の取扱状況について実地調査を行う。", "annual-check", "outsourcing", "present"),
])
def test_what_a_limit_limits_and_checks_within_the_year(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


_TERMINATION = ("第20条　甲は、乙がこの契約に違反したときは、この契約を解除することができる。\n"
                "２　乙は、前項の違反により甲に損害を与えたときは、その損害を賠償しなければならない。")


@pytest.mark.parametrize("text,expected", [
    (_TERMINATION, "present"),
    # A later 項 that lets the contractor's own measures lift the right to terminate.
    (_TERMINATION + "\n３　第１項の規定は、乙が自ら定める改善策を講じた場合には、適用しない。", "weak"),
    (_TERMINATION + "\n３　第１項の規定による解除は、乙が改善計画書を甲に提出したときは、行わない。", "weak"),
    # Liability capped by an insurance the contractor may not take out.
    (_TERMINATION + "\n３　前項の規定による乙の賠償責任は、乙が付保する保険の保険金の額を限度とし、保険金が支払われない場合には、乙は、前項の賠償の責めを負わないものとする。", "weak"),
    # The amount left to the contractor's own judgement.
    (_TERMINATION + "\n３　前項の規定により乙が賠償する額は、乙において相当と認める額とする。", "weak"),
    # The contractor judging at length that the breach was not its fault.
    (_TERMINATION.replace("賠償しなければならない。", "賠償しなければならない。ただし、乙がその違反は自らの責めに帰することができない事由によるものと認めるときは、この限りでない。"), "weak"),
    # 「塡補」 is 「填補」; grounds numbered （ア）（イ） are a list.
    (_TERMINATION.replace("その損害を賠償しなければならない", "甲に生じた損害を塡補しなければならない"), "present"),
    ("第15条　甲は、乙が次のいずれかに該当するときは、この契約を解除することができる。\n（ア）　正当な理由なく業務に着手しないとき。\n（イ）　この契約に定める義務に違反したとき。\n第16条　乙は、この契約に違反して甲に損害を与えたときは、その損害を賠償しなければならない。", "present"),
])
def test_termination_lifted_by_the_contractor_and_liability_it_sets_itself(engine, text, expected):
    assert status(engine, text, "termination-damages", "outsourcing")[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Survival that lapses with the framework contract, or a later 項 letting the 派遣元 decide.
    ("第６条　派遣元は、派遣労働者に、区の業務で知り得た秘密を漏らさないよう誓約させなければならない。\n２　前項の義務は、派遣期間の終了後も存続する。ただし、労働者派遣基本契約が終了したときは、その時をもって消滅する。", "dispatch-secrecy", "dispatch", "weak"),
    ("第６条　派遣元は、派遣労働者に、区の業務で知り得た秘密を漏らさないよう誓約させなければならない。\n２　前項の義務は、派遣期間の終了後も存続する。", "dispatch-secrecy", "dispatch", "present"),
    ("第７条　派遣元は、派遣労働者に、区の業務に関して知り得た秘密を漏らさないよう遵守させなければならない。派遣期間満了後も、同様とする。\n２　派遣労働者は、区の承認を得て、又は派遣元の責任において、前項の秘密を第三者に開示することができる。", "dispatch-secrecy", "dispatch", "weak"),
    # The staffing company's own records (its registrants' CVs).
    ("第７条　派遣元は、派遣登録者及び派遣労働者の履歴書その他の個人情報を適正に保管し、その従業員に、これらを退職後も漏らさないよう義務付けなければならない。", "dispatch-secrecy", "dispatch", "missing"),
    # A pledge taken 「区の業務に派遣労働者を従事させるに当たり」 is about the ward's information;
    # the ward's office machines are not.
    ("第７条　派遣元は、区の業務に派遣労働者を従事させるに当たり、次の事項を派遣労働者に誓約させなければならない。\nア　区の個人情報を業務以外の目的で利用しないこと。\nイ　区の承認を得ないで個人情報を複写し、又は持ち出さないこと。\nウ　個人情報の漏えいが発生したときは、直ちに区に報告すること。", "dispatch-personal-info", "dispatch", "present"),
    ("第７条　派遣労働者は、派遣先の複写機その他の事務機器を派遣業務以外の目的に使用してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    ("第11条　派遣先は、派遣元の派遣料金の算定方法その他の営業上の秘密を、この契約の目的以外に利用してはならない。", "dispatch-personal-info", "dispatch", "missing"),
])
def test_dispatch_survival_that_lapses_and_whose_information(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


_BANNED_WITH_CASCADE = ("第９条　受託者は、業務を自ら処理するものとし、第三者（受託者の子会社を含む。）にその処理を委託してはならない。"
                        "ただし、委託者の書面による承諾を得たときは、この限りでない。\n"
                        "２　受託者は、前項ただし書の承諾を得て委託するときは、委託先に対し、この契約に定める義務と同等の義務を負わせなければならない。")
_FREE_THEN_OVERRIDDEN = ("第７条　乙は、本業務の一部を、乙の責任において第三者に再委託することができる。\n"
                         "第12条　第７条の規定にかかわらず、乙は、本業務の全部又は一部を再委託しようとするときは、あらかじめ甲の書面による承認を得なければならない。\n"
                         "２　乙は、前項の承認を得て再委託するときは、再委託先にこの契約と同等の義務を負わせなければならない。\n"
                         "３　乙の子会社に委託する場合も、再委託とみなす。")


@pytest.mark.parametrize("text,item,expected", [
    (_BANNED_WITH_CASCADE, "subcontracting", "present"),
    (_FREE_THEN_OVERRIDDEN, "subcontracting", "present"),
    # Without 「第７条の規定にかかわらず」 the free permission still stands.
    (_FREE_THEN_OVERRIDDEN.replace("第７条の規定にかかわらず、", ""), "subcontracting", "weak"),
    # A waiver of each approval that rests on a format the client approved.
    ("第11条　受託者は、委託者の承諾があるときを除き、個人情報を複写してはならない。\n２　前項の規定にかかわらず、帳票の写しについては、委託者があらかじめ書面で承認した様式による場合に限り、その都度の承諾を要しないものとする。", "copying", "present"),
    ("第11条　受託者は、委託者の承諾があるときを除き、個人情報を複写してはならない。\n２　前項の規定にかかわらず、帳票の写しについては、その都度の承諾を要しないものとする。", "copying", "weak"),
    # Fire safety under the 消防法 and a specification's own remarks are other matters.
    ("第21条　指定管理者は、防火管理者を選任し、消防計画を作成して所轄消防署長に届け出なければならない。", "management-structure", "missing"),
    ("第２条　受注者は、仕様書に従い業務を履行するものとし、仕様書に特記のない事項については、発注者と協議して定める。", "special-provisions-link", "missing"),
])
def test_entrusting_the_processing_overrides_by_name_and_standing_approvals(engine, text, item, expected):
    assert status(engine, text, item, "outsourcing")[0] == expected


def test_a_signature_block_running_into_the_next_agreement_names_the_last_party():
    from contractcheck.parties import resolve
    text = ("練馬区（以下「区」という。）と株式会社ねりま管理（以下「指定管理者」という。）とは、次のとおり協定を締結する。\n"
            "区長○○○○指定管理者株式会社ねりま管理代表取締役○○○○練馬区（以下「区」という。）と株式会社ねりま管理（以下「指定管理者」という。）とは、次のとおり年度協定を締結する。")
    parties = resolve(text)
    assert "区" in parties.client and "区" not in parties.contractor
    assert "指定管理者" in parties.contractor


_RETURN_TABLE = ("第15条（業務終了時の措置）\n受託者は、本業務が終了したときは、次の表の区分の欄に掲げる個人情報の区分に応じ、同表の措置の欄に定める措置を講じなければならない。\n"
                 "区分｜措置\n区から提供を受けた名簿、申請書等の紙資料｜区に返還する。\n区から提供を受けた電子データ及びその複製｜区の指定する方法により消去する。\n")


@pytest.mark.parametrize("text,item,kind,expected", [
    # Rows drawn with bars under 「次の表」 are the lead's items, whatever their labels hold.
    (_RETURN_TABLE, "return-deletion", "outsourcing", "present"),
    # Copies kept under the contractor's own filing rules; media handed back to the subcontractor.
    ("第21条　受託者は、委託期間が満了したときは、委託者から引渡しを受けた個人情報を委託者に返還し、又は消去しなければならない。ただし、受託者の文書管理規程により保存を要するものについては、当該規程に定める期間保存した後に廃棄するものとする。", "return-deletion", "outsourcing", "weak"),
    ("第22条　受注者は、本業務が完了したときは、再委託先から引渡しを受けた個人情報の記録媒体を再委託先に返還し、受注者の機器に残存する個人情報を消去しなければならない。", "return-deletion", "outsourcing", "weak"),
    # What the client's instruction hands to the next operator is an approved exception.
    ("第13条　指定管理者は、指定期間が満了したときは、区から提供を受けた個人情報が記録された資料等を区に返還し、指定管理者が取得した個人情報が記録された資料等は、区の指示により次期指定管理者に引き継ぐものを除き、確実に消去しなければならない。", "return-deletion", "outsourcing", "present"),
    ("第13条　指定管理者は、指定期間が満了したときは、区から提供を受けた個人情報が記録された資料等を区に返還し、指定管理者が取得した個人情報が記録された資料等は、指定管理者が次期指定管理者に引き継ぐものを除き、確実に消去しなければならない。", "return-deletion", "outsourcing", "weak"),
    # 「第7条、第8条及び前条の規定は」 opens with a reference, not an article number, and
    # carries those articles on.
    ("第7条（守秘義務）\n乙は、派遣労働者に、派遣業務により知り得た甲の秘密を第三者に漏らさせてはならない。\n第8条（料金）\n甲は、乙に派遣料金を支払う。\n第16条（存続規定）\n第7条、第8条及び前条の規定は、本契約が終了した後も、また派遣労働者が乙を退職した後も、なおその効力を有する。", "dispatch-secrecy", "dispatch", "present"),
    # Survival only while the framework contract lasts; only the workers the 派遣元 picks; a
    # renewal 「以後も同様とする」 is no survival.
    ("第10条　乙は、派遣労働者に対し、甲における就業を通じて知り得た秘密を漏らさないよう義務付ける。\n２　前項の義務は、派遣期間の終了後も、労働者派遣基本契約が有効に存続する間に限り、なお効力を有する。", "dispatch-secrecy", "dispatch", "weak"),
    ("第8条　乙は、派遣労働者のうち、乙が甲の機密情報に接するおそれがあると認めた者に対し、甲の業務に関して知り得た秘密を派遣期間の終了後も漏らさない旨を誓約させる。", "dispatch-secrecy", "dispatch", "weak"),
    ("第8条　乙は、派遣労働者に対し、甲の業務に関して知り得た秘密を派遣期間の終了後も漏らさない旨を誓約させる。", "dispatch-secrecy", "dispatch", "present"),
    ("第9条　乙は、派遣労働者に、甲の業務上の秘密を第三者に漏らさないよう守らせなければならない。\n第20条　この契約の有効期間は１年とする。ただし、期間満了の１月前までに申出がないときは、更に１年間延長するものとし、以後も同様とする。", "dispatch-secrecy", "dispatch", "weak"),
])
def test_tables_under_a_lead_own_filing_rules_and_survival_limits(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


_DPI_TABLE = ("第６条（個人情報の取扱い）派遣元は、派遣労働者に、別表の基準を遵守させなければならない。\n\n"
              "別表　派遣労働者による個人情報の取扱基準\n項目　　　　　　基準\n"
              "利用の範囲　　　　派遣先が指示した業務の遂行に必要な範囲に限る。\n"
              "複製・持出し　　　派遣先の事前の許可がある場合を除き、行ってはならない。\n"
              "事故時の対応　　　漏えいを知ったときは、直ちに派遣先の指揮命令者へ報告する。\n")


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「前項の規定にかかわらず、…同項の実地調査を行う」 sets a yearly check over a right.
    ("第35条　区は、必要があると認めるときは、受託者の個人情報の管理状況について実地調査をすることができる。\n２　前項の規定にかかわらず、区は、毎年度少なくとも１回、同項の実地調査を行うものとする。", "annual-check", "outsourcing", "present"),
    ("第35条　区は、必要があると認めるときは、受託者の個人情報の管理状況について実地調査をすることができる。", "annual-check", "outsourcing", "weak"),
    # Incidents the contractor's own rules rank as serious; reports after the response is over.
    ("第17条　受注者は、個人情報の漏えい等の事故（受注者の定める事故対応規程において重大事故に区分されるものに限る。）が発生したときは、直ちに発注者に報告し、発注者の指示に従わなければならない。", "incident", "outsourcing", "weak"),
    ("第17条　受注者は、個人情報の漏えい等の事故が発生したときは、直ちに発注者に報告し、発注者の指示に従わなければならない。", "incident", "outsourcing", "present"),
    ("第25条　受託者は、個人情報の漏えい等の事故が発生したときは、区の指示に従い、必要な対応を行わなければならない。\n２　受託者は、前項の事故への対応が完了した後、遅滞なく、その概要を区に報告しなければならない。", "incident", "outsourcing", "weak"),
    # A 別表 headed as rules on personal information lends its rows their subject.
    (_DPI_TABLE, "dispatch-personal-info", "dispatch", "present"),
    (_DPI_TABLE.replace("派遣労働者による個人情報の取扱基準", "派遣労働者の服務基準"), "dispatch-personal-info", "dispatch", "weak"),
    # Survival of the fee settlement is not survival of secrecy.
    ("第11条　派遣元は、派遣労働者が知り得た派遣先の業務上の秘密を他に漏らすことのないよう、派遣労働者を監督しなければならない。\n第18条　派遣料金の精算に関する前条の規定は、この契約の終了後もなお効力を有する。", "dispatch-secrecy", "dispatch", "weak"),
    # Collecting beyond what is needed is not using beyond the purpose.
    ("第11条　受託者は、業務に関して知り得た個人情報を他に漏らしてはならない。\n２　受託者は、受託者が必要と認める場合を除き、個人情報を業務以外の目的に利用してはならない。\n３　受託者は、業務に必要な範囲を超えて個人情報を収集してはならない。", "confidentiality", "outsourcing", "weak"),
])
def test_yearly_checks_over_a_right_own_incident_rules_and_table_headings(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The contractor's officer deciding which incidents reach the ward; the contractor's own
    # severity scale; the ward's emergency contact as the recipient.
    ("別紙　個人情報の取扱いに関する事項\n（１）指定管理者の従業者は、個人情報の漏えいその他の事故が発生したことを知ったときは、直ちに指定管理者の個人情報管理責任者に報告しなければならない。\n（２）個人情報管理責任者は、前号の報告を受けたときは、事故の内容を確認し、区への報告が必要と判断したものについて、速やかに区に報告し、区の指示に従うものとする。", "incident", "outsourcing", "weak"),
    ("第28条　指定管理者は、個人情報の漏えいその他の事故が発生したときは、指定管理者が定める事故等対応基準に基づき当該事故の重大度を判定し、重大度がレベル３以上と判定したものについては、直ちに区に報告し、区の指示に従わなければならない。", "incident", "outsourcing", "weak"),
    ("第28条　指定管理者は、個人情報の漏えいその他の事故が発生したときは、直ちに区に報告し、区の指示に従わなければならない。", "incident", "outsourcing", "present"),
    ("第16条　受託者は、個人情報の漏えいその他の事故が発生したことを知ったときは、委託者があらかじめ指定する緊急連絡先に即時に連絡しなければならない。\n２　受託者は、前項の事故への対処に当たっては、委託者の指示に従わなければならない。", "incident", "outsourcing", "present"),
    # The ward's own 再委託 from the 都 and the next tier's approval are not the contractor's rule.
    ("第２条　本業務は、甲が東京都から再委託を受けて実施する事業の一部であることから、乙は、甲が東京都に対して行う実績報告に必要な資料を提出するものとする。", "subcontracting", "outsourcing", "missing"),
    ("第12条　乙は、甲の書面による承認を得なければ、本業務を第三者に再委託してはならない。ただし、発送その他の付随的な業務であって、乙が支障がないと判断したものについては、この限りでない。\n２　乙の子会社は、前項の第三者に含まれる。\n３　乙は、再委託先に、本契約に定める乙の義務を遵守させなければならない。\n４　再委託先が更に再委託を行う場合も前３項と同様とし、甲の書面による承認を要するものとする。", "subcontracting", "outsourcing", "weak"),
])
def test_officers_who_sort_incidents_and_the_next_tiers_approval(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


_EFFORT_BOUND_RULES = ("練馬区（以下「区」という。）と株式会社さくら台人材（以下「派遣元」という。）とは、次のとおり労働者派遣契約を締結する。\n"
                       "（留意事項の周知）\n第９条　派遣元は、別紙「区の個人情報の取扱いに関する留意事項」を派遣労働者に周知し、これを守らせるよう努めるものとする。\n"
                       "別紙\n区の個人情報の取扱いに関する留意事項\n１　区の個人情報は、指示された業務以外に利用しないこと。\n"
                       "２　区の承認なく、区の個人情報を複写し、又は庁舎外に持ち出さないこと。\n"
                       "３　個人情報の漏えい等に気付いたときは、直ちに区の指揮命令者に報告すること。\n")


@pytest.mark.parametrize("text,item,kind,expected", [
    # An attachment the body binds only with an effort is no stronger than that effort.
    (_EFFORT_BOUND_RULES, "dispatch-personal-info", "dispatch", "weak"),
    (_EFFORT_BOUND_RULES.replace("守らせるよう努めるものとする", "守らせなければならない"), "dispatch-personal-info", "dispatch", "present"),
    # 「…についても、同様とする」 right after an effort carries the effort on.
    ("（秘密保持）\n第８条　派遣元は、派遣労働者が派遣就業中に知り得た派遣先の業務上の秘密及び個人情報を漏らすことのないよう、派遣労働者に対する指導及び監督に努めるものとする。派遣労働者が派遣先における就業を終えた後についても、同様とする。", "dispatch-secrecy", "dispatch", "weak"),
    ("（秘密保持）\n第８条　派遣元は、派遣労働者が派遣就業中に知り得た派遣先の業務上の秘密及び個人情報を漏らさないよう、派遣労働者を監督しなければならない。派遣労働者が派遣先における就業を終えた後についても、同様とする。", "dispatch-secrecy", "dispatch", "present"),
    # 「３　第1項の規定は、第12条の規定により再委託した場合…には、適用しない」 waives this 項.
    ("第19条（返還及び消去）受注者は、本契約が終了したときは、発注者から提供を受けた個人情報が記録された資料及び媒体を発注者に返還し、かつ、受注者の保有する複製物その他の個人情報を消去しなければならない。\n"
     "2　受注者は、前項の消去が完了したときは、書面により発注者に報告しなければならない。\n"
     "3　第1項の規定は、第12条の規定により本件業務の一部を再委託した場合において再委託先が保有する個人情報には、適用しない。", "return-deletion", "outsourcing", "weak"),
    ("第19条（返還及び消去）受注者は、本契約が終了したときは、発注者から提供を受けた個人情報が記録された資料及び媒体を発注者に返還し、かつ、受注者の保有する複製物その他の個人情報を消去しなければならない。\n"
     "2　受注者は、前項の消去が完了したときは、書面により発注者に報告しなければならない。", "return-deletion", "outsourcing", "present"),
    # A matter put off to a later agreement is not yet a term.
    ("第１２条　本契約の終了に伴う個人情報の返還、消去その他の取扱いについては、契約終了の日の３０日前までに甲乙協議の上、別途定める。", "return-deletion", "outsourcing", "weak"),
])
def test_effort_bound_rules_carried_efforts_waived_paragraphs_and_deferred_terms(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,expected", [
    # A later 項 handing part of the matter to the contractor's own rules or judgement.
    ("第１０　乙は、この契約が終了したときは、甲から提供を受けた帳票その他の紙媒体の資料を甲に返還するとともに、乙が複写した紙媒体の資料をシュレッダーにより裁断し、廃棄しなければならない。\n"
     "２　乙が電磁的記録として保有する個人情報の取扱いについては、乙の定める情報管理規程によるものとする。", "return-deletion", "weak"),
    ("第１１条（個人情報の管理）乙は、甲から提供を受けた個人情報が記録された書類について、施錠できる保管庫に保管し、使用の都度持出簿に記録する等、紛失及び漏えいを防止するための措置を講じなければならない。\n"
     "２　乙が本業務のために作成し、又は保有する電磁的記録の管理の方法は、乙の判断に委ねるものとする。", "security", "weak"),
    # ... but its own rules spelling out how the measures are taken leave the duty whole.
    ("第十条（安全管理）乙は、甲から預託を受けた個人情報の安全管理のために必要な措置を講じなければならない。\n"
     "２　前項の措置の内容は、乙が定める情報セキュリティ規程によるものとする。ただし、甲が特に指示した事項があるときは、乙はその指示に従わなければならない。", "security", "present"),
    # As far as possible, care only, examples for reference, only when asked.
    ("第２８条　乙は、個人情報の漏えい、滅失及び毀損を防止するため、可能な限り、次に掲げる措置を講ずるものとする。\n一　申込書は、施錠できる書庫に保管すること。\n二　システムの利用者ＩＤを職員ごとに付与すること。", "security", "weak"),
    ("第２８条　乙は、個人情報の漏えい、滅失及び毀損を防止するため、次に掲げる措置を講じなければならない。\n一　申込書は、施錠できる書庫に保管すること。\n二　システムの利用者ＩＤを職員ごとに付与すること。", "security", "present"),
    ("第12条　受託者は、区から提供を受けた個人情報の取扱いについては、紛失や漏えい等の事故が生じることのないよう、常に細心の注意を払わなければならない。", "security", "weak"),
    ("第８条　乙は、別表に掲げる安全管理措置の例を参考として、個人情報の適正な取扱いに配意するものとする。", "security", "weak"),
    ("第十二条　受注者は、発注者から求められたときは、発注者が指定する個人情報の漏えい、滅失及び毀損の防止のための措置を講じなければならない。", "security", "weak"),
    # A care clause one 項 up does not make the measures of the next 項 mere care.
    ("第十一条　乙は、個人情報を取り扱うに当たっては、個人の権利利益を侵害することのないよう、その取扱いに十分留意しなければならない。\n"
     "２　乙は、この契約による業務に関して取り扱う個人情報の漏えい、滅失及び毀損の防止その他の個人情報の適切な管理のために必要な措置を講じなければならない。", "security", "present"),
    # The building's keys are not personal information.
    ("第十九条（警備）指定管理者は、施設の鍵を適切に管理し、鍵の貸出し及び返却を記録しなければならない。", "security", "missing"),
])
def test_parts_handed_to_the_contractor_and_measures_short_of_a_duty(engine, text, item, expected):
    assert status(engine, text, item)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The contract's own terms are not personal information the workers handle.
    ("第15条　甲及び乙は、本契約の内容、派遣料金その他の取引条件を、相手方の書面による承諾なく第三者に開示してはならず、本契約の履行以外の目的に利用してはならない。\n２　甲は、本契約書を複製して甲の他の取引先に交付してはならない。", "dispatch-personal-info", "dispatch", "missing"),
    # Plain wording: 「…即刻その旨を伝えさせる」 is a report.
    ("第９条　派遣元は、派遣労働者が、区の保有する区民の情報を区から指示された仕事をするため以外のことに使うことのないようにし、区の許しを得ないでその写しを作ること及び執務場所から持ち去ることをさせないものとする。\n"
     "２　区民の情報がなくなり、又は外に漏れたことが分かったときは、派遣元は、派遣労働者から区の指揮命令者へ即刻その旨を伝えさせる。", "dispatch-personal-info", "dispatch", "present"),
    # Badges returned and damages found after the end are no secrecy surviving.
    ("第８条　派遣元は、派遣労働者に、派遣就業中に知り得た派遣先の秘密及び派遣先の保有する個人情報を漏らさないよう遵守させなければならない。\n"
     "第11条　派遣元は、派遣労働者の故意又は過失により派遣先に生じた損害を賠償する。本契約終了後に判明した損害についても、同様とする。", "dispatch-secrecy", "dispatch", "weak"),
    ("誓約書\n私は、派遣就業するに当たり、次のことを誓約します。\n１　派遣就業の期間中、区の業務に関して知り得た秘密及び利用者の個人情報を漏らしません。\n２　区から貸与されたＩＤカード及び鍵は、派遣期間終了後速やかに返却します。", "dispatch-secrecy", "dispatch", "weak"),
    # The 派遣元's own records of its workers and registrants surviving their leaving.
    ("第14条　乙は、派遣労働者に対し、派遣就業に際して知り得た甲の業務上の秘密及び個人情報を他に漏らさないよう周知徹底し、これを遵守させなければならない。\n"
     "第16条　乙は、派遣労働者及び派遣労働者として登録している者の個人情報を、適正に管理し、これらの者が乙を退職し、又は登録を抹消された後も、正当な理由なく他に漏らしてはならない。", "dispatch-secrecy", "dispatch", "weak"),
])
def test_dispatch_decoys_plain_reports_and_the_staffing_companys_own_records(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,expected", [
    # Checks every two years fall short; every twelve months at most is yearly.
    ("第16条（取扱状況の確認）委託者は、契約期間中、2年に1回、受託者における作業の管理体制及び実施体制並びに個人情報の管理の状況を実地に確認する。", "annual-check", "weak"),
    ("９　甲は、乙及び再委託先における個人情報の管理の状況について、12か月を超えない期間ごとに確認を行う。", "annual-check", "present"),
    # Going beyond the limit on the contractor's own footing, or with only a report after.
    ("第9条（収集の範囲）\n1　受注者は、本業務の目的を達成するために必要最小限の範囲で個人情報を収集する。\n2　前項の範囲を超える個人情報の収集は、発注者の承認を得て、又は受注者の責任において行うものとする。", "data-minimization", "weak"),
    ("第9条（収集の範囲）\n1　受注者は、本業務の目的を達成するために必要最小限の範囲で個人情報を収集する。\n2　前項の範囲を超える個人情報の収集は、発注者の承認を得て行うものとする。", "data-minimization", "present"),
    ("第5条　受注者は、本業務の遂行に必要な範囲内で個人情報を収集するものとする。\n２　受注者は、業務の都合により前項の範囲を超えて個人情報を収集したときは、遅滞なくその旨を発注者に報告しなければならない。", "data-minimization", "weak"),
    # The ward cutting what it hands over to what the work needs.
    ("第6条　区は、受託者に個人情報を引き渡すときは、本業務の遂行に必要のない項目を削除し、又は識別番号に置き換えた上で引き渡すものとする。", "data-minimization", "present"),
])
def test_less_than_yearly_checks_and_limits_gone_beyond(engine, text, item, expected):
    assert status(engine, text, item)[0] == expected


_MUTUAL = ("第20条　甲又は乙は、相手方が本契約に違反したときは、本契約を解除することができる。\n"
           "第21条　甲又は乙は、本契約に違反して相手方に損害を与えたときは、その損害を賠償しなければならない。")
_SWAPPED = "株式会社エー（以下「甲」という。）と練馬区（以下「乙」という。）とは、次のとおり契約を締結する。\n"


@pytest.mark.parametrize("text,item,expected", [
    # A term of both parties binds the contractor and empowers the client, whichever is 甲.
    (_MUTUAL, "termination-damages", "present"),
    (_SWAPPED + _MUTUAL, "termination-damages", "present"),
    ("第１７条（契約の解除）委託者及び受託者は、受託者がこの契約に違反したときは、協議の上、この契約を解除することができる。\n"
     "第１８条（損害賠償）受託者は、この契約に違反して委託者に損害を与えたときは、その損害を賠償しなければならない。", "termination-damages", "weak"),
    # 「（４）前号の規定は、…適用しない」 takes nothing from (1) and (2).
    ("３　個人情報の管理\n（１）受注者は、受領したデータについて、施錠できる保管庫への保管、入退室管理等、漏えい、滅失及び毀損を防止するための措置を講じなければならない。\n"
     "（２）受注者は、受領したデータを本業務以外の目的に利用し、又は第三者に提供してはならない。\n"
     "（３）受注者は、発注者の承認を得ずに、受領したデータを複写し、又は複製してはならない。\n"
     "（４）前号の規定は、受注者が作業の誤りに備えてバックアップを作成する場合には、適用しない。", "security", "present"),
    # A request as one more occasion beside the end; a request 項 beside an end 項.
    ("第20条　受注者は、次に掲げる事項を遵守しなければならない。\n一　本業務が完了したとき、本契約が解除されたとき、又は発注者から請求があったときは、発注者から提供を受けた個人情報を記録した資料を直ちに発注者に返還し、受注者の手元に残る個人情報を消去し、又は廃棄すること。", "return-deletion", "present"),
    ("第１２条　受託者は、委託期間中であっても、委託者の請求があったときは、貸与資料を速やかに委託者に返還しなければならない。\n"
     "２　受託者は、委託業務が完了したときは、貸与資料の全部を委託者に返還するとともに、受託者の電子計算機に残存する委託業務に係る個人情報を消去しなければならない。", "return-deletion", "present"),
    ("第18条　区は、必要があると認めるときは、受託者に対し、区が提供した個人情報の返還又は消去を求めることができる。この場合において、受託者は、区の求めに応じ、速やかに返還し、又は消去しなければならない。", "return-deletion", "weak"),
    # A time the contractor sets itself.
    ("第１１条　乙は、この契約に係る業務が終了したときは、乙が別に定める時期に、甲から提供を受けた個人情報が記録された資料を甲に返還し、乙の保有する当該個人情報の複製物を消去するものとする。", "return-deletion", "weak"),
    # The ward's supervisor, defined as its staff, approves.
    ("第４条（監督員）発注者は、本業務の監督を行う職員（以下「監督員」という。）を定め、受注者に通知する。\n第１１条（資料の複製）受注者は、監督員の指示を受けた場合を除き、発注者から貸与された個人情報を複製してはならない。", "copying", "present"),
    # Numbered grounds of a proviso, one without the ward's approval.
    ("第６　受託者は、個人情報を取り扱う業務を再委託してはならない。ただし、次の各号のいずれかに該当する場合は、この限りでない。\n（１）あらかじめ区の書面による承認を得た場合\n（２）区が指示した場合\n（３）受託者の子会社に委託する場合であって、委託後速やかに区に報告したとき\n２　受託者は、前項各号により再委託するときは、再委託先にこの特記事項を遵守させなければならない。\n３　前項の再委託先には、受託者の子会社を含む。", "subcontracting", "weak"),
    ("第６　受託者は、個人情報を取り扱う業務を再委託してはならない。ただし、次の各号のいずれかに該当する場合は、この限りでない。\n（１）あらかじめ区の書面による承認を得た場合\n（２）区が指示した場合\n２　受託者は、前項各号により再委託するときは、再委託先にこの特記事項を遵守させなければならない。\n３　前項の再委託先には、受託者の子会社を含む。", "subcontracting", "present"),
])
def test_mutual_terms_item_references_occasions_and_numbered_grounds(engine, text, item, expected):
    assert status(engine, text, item)[0] == expected


def test_an_agreement_amending_the_special_provisions_is_a_contract(engine):
    text = ("個人情報取扱特記事項の変更に関する覚書\n○○区（以下「発注者」という。）と株式会社アオバ（以下「受注者」という。）とは、業務委託契約の別記「個人情報取扱特記事項」の変更に関し、次のとおり覚書を締結する。\n"
            "第1条　旧特記事項の全部を、本覚書別紙「個人情報取扱特記事項」のとおり改める。\n第2条　受注者は、新特記事項を遵守しなければならない。\n")
    assert engine.check_text(text, "t.txt").kind == "outsourcing"


@pytest.mark.parametrize("text,item,expected", [
    # A mutual notice 「相手方に」 reaches the client from the contractor.
    ("第20条　発注者及び受注者は、本業務に係る個人情報の漏えい、滅失、毀損その他の事故が発生し、又は発生したおそれがあることを知ったときは、直ちにその旨を相手方に通知しなければならない。\n2　前項の場合において、受注者は、発注者の指示に従い、再発の防止のために必要な措置を講じなければならない。", "incident", "present"),
    # Plain wording: 「時を移さず委託者にその旨を告げ」.
    ("第22条　受託者は、預託物に記録された個人情報について、外部に流出し、紛失し、若しくは損なわれる事故が生じ、又は生じた疑いがあるときは、時を移さず委託者にその旨を告げ、以後の処理については、委託者の指図を受けてこれを行わなければならない。", "incident", "present"),
    # A later 項 that puts the report off until the contractor's investigation is done.
    ("第16条　受託者は、本業務に係る個人情報の漏えいその他の事故が発生したときは、直ちに区に報告し、区の指示に従わなければならない。\n２　前項の報告は、受託者が事故の原因及び影響の範囲についての調査を完了した後に、その結果を添えて行うものとする。", "incident", "weak"),
    ("第16条　受託者は、本業務に係る個人情報の漏えいその他の事故が発生したときは、直ちに区に報告し、区の指示に従わなければならない。\n２　受託者は、前項の事故に係る記録を、業務完了後５年間保存しなければならない。", "incident", "present"),
    # A later 項 that lets the contractor set the instructions aside when it so judges.
    ("第15条　乙は、本業務に係る個人情報の漏えいその他の事故が発生したときは、直ちに甲に報告しなければならない。\n２　甲は、前項の報告を受けたときは、乙に対し、必要な措置について指示することができる。この場合において、乙は、当該指示に従うものとする。\n３　前項後段の規定にかかわらず、乙は、甲の指示に従うことにより乙の他の業務に支障が生じると乙が認めるときは、乙の定める方法により対応することができる。", "incident", "weak"),
    # The contractor's officer reporting to the ward only as needed.
    ("第18条　受託者の従事者は、個人情報の漏えい等の事故が発生したことを知ったときは、直ちに受託者の管理責任者に報告しなければならない。\n２　管理責任者は、前項の報告を受けたときは、その内容を確認し、必要に応じて区に報告するものとする。\n３　受託者は、事故への対応について区から指示があったときは、これに従わなければならない。", "incident", "weak"),
])
def test_mutual_notices_plain_reports_and_reports_put_off_or_left_to_the_contractor(engine, text, item, expected):
    assert status(engine, text, item)[0] == expected


@pytest.mark.parametrize("text,item,expected", [
    ("第十九条　受託者は、個人情報の管理の状況を記した書面を、各月の末日を締めとして、翌月十日までに区へ差し出すものとする。\n２　区の職員は、受託者の作業場所に赴き、個人情報の管理に係る帳簿類を閲覧し、及び管理の実情を確かめることができる。", "reporting-audit", "present"),
    # Either side may do the yearly check, so the contractor's own is enough.
    ("第１６条　甲又は乙は、年１回以上、乙における個人情報の管理体制及び管理状況の点検を行うものとする。", "annual-check", "weak"),
    ("第１６条　甲は、年１回以上、乙における個人情報の管理体制及び管理状況の点検を行うものとする。", "annual-check", "present"),
    # 「特記事項のとおり…取り扱うものとする」 binds it.
    ("委託契約書\n第十条（個人情報）受託者は、この契約書に添付する個人情報取扱特記事項のとおり個人情報を取り扱うものとする。\n（添付）個人情報取扱特記事項\n一　受託者は、訪問により知り得た個人情報を他に漏らしてはならない。\n二　受託者は、個人情報の漏えい等が発生したおそれがあるときは、速やかに区に報告し、区の指示に従うものとする。", "special-provisions-link", "present"),
    # Drawings lent for the work hold no personal information.
    ("第１０条　受託者は、委託者が貸与する道路台帳図面を、本業務以外の目的に使用してはならない。", "confidentiality", "missing"),
    # Plain wording of the client's approval: 「甲がよいと書面で認めたときは」.
    ("第10条　乙は、甲から預かった名簿その他の書類の写しをとってはならない。\n2　前項の規定にかかわらず、甲がよいと書面で認めたときは、乙は、認められた範囲で写しをとることができる。", "copying", "present"),
    ("第10条　乙は、甲から預かった名簿その他の書類の写しをとってはならない。\n2　前項の規定にかかわらず、乙がよいと認めたときは、乙は、写しをとることができる。", "copying", "weak"),
    ("第７条　区は、受託者に渡す対象者名簿から、この業務に使わない項目（生年月日、電話番号等）を削ってから渡すものとする。", "data-minimization", "present"),
    # The report carried on to the staff by 「同様とする」.
    ("第7条　受注者は、業務責任者を定め、その氏名を発注者に届け出なければならない。業務に従事する者についても、同様とする。", "management-structure", "present"),
    ("第7条　受注者は、業務責任者を定め、その氏名を発注者に届け出なければならない。", "management-structure", "weak"),
])
def test_plain_reports_either_sides_checks_bindings_decoys_and_carried_on_reports(engine, text, item, expected):
    assert status(engine, text, item)[0] == expected


def test_the_form_of_a_pledge_under_the_staffing_companys_rules_leaves_the_duty_whole(engine):
    text = ("第九条（守秘義務）　乙は、派遣労働者から、派遣就業中及び派遣就業の終了後において甲の業務上知り得た秘密を漏らさない旨の誓約書を徴し、その写しを派遣就業の開始前に甲に提出しなければならない。\n"
            "２　前項の誓約書の様式は、乙の就業規則の定めるところによる。")
    assert status(engine, text, "dispatch-secrecy", "dispatch")[0] == "present"


def test_a_waiver_of_one_paragraph_of_another_article_leaves_its_other_paragraphs(engine):
    text = ("第7条（個人情報の保護）\n1　乙は、本業務の遂行に必要な範囲を超えて個人情報を収集してはならない。\n"
            "2　乙は、甲から提供を受けた個人情報を、本業務の目的以外に利用してはならない。\n"
            "3　乙は、甲の書面による承諾がある場合を除き、前項の個人情報を複製してはならない。\n"
            "4　乙は、個人情報の漏えい、滅失及びき損を防止するため、記録媒体の施錠保管その他の安全管理措置を講じなければならない。\n"
            "別紙　個別契約\n第3条　本個別契約に係る業務については、基本契約第7条第3項の規定にかかわらず、乙は、バックアップのために必要な範囲で、同条第2項に規定する個人情報を複製することができる。\n")
    assert status(engine, text, "security")[0] == "present"
    assert status(engine, text, "copying")[0] == "weak"


@pytest.mark.parametrize("text,expected", [
    # 「甲は、乙が取り扱う個人情報の管理状況について、必要があると認めるときは」: the client judges.
    ("第10条　乙は、個人情報の取扱状況について、毎月１回、書面で甲に報告しなければならない。\n"
     "第11条　甲は、乙が取り扱う個人情報の管理状況について、必要があると認めるときは、乙の作業場所に立ち入り、調査することができる。", "present"),
    ("第10条　乙は、個人情報の取扱状況について、毎月１回、書面で甲に報告しなければならない。\n"
     "第11条　甲は、乙が必要と認めるときは、乙の作業場所に立ち入り、調査することができる。", "weak"),
    # A report only when the ward asks, after periodic reports are waived.
    ("９　報告\n（１）受託者は、業務の進捗状況を毎月区に報告すること。\n（２）個人情報の取扱状況については、定期的な報告を要しない。ただし、区が求めたときは、速やかに報告すること。\n"
     "10　検査\n　区は、受託者の作業場所に立ち入り、個人情報の管理状況を検査することができる。", "weak"),
])
def test_the_clients_own_judgement_and_reports_only_when_asked(engine, text, expected):
    assert status(engine, text, "reporting-audit")[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「(a)」「(b)」 number the acts a lead forbids.
    ("第11条　派遣元は、派遣労働者をして、派遣先の事前の書面による承諾がある場合を除き、次の行為をさせないものとする。\n"
     "(a) 派遣業務で取り扱う個人情報を、派遣業務の目的以外に利用すること。\n(b) 個人情報が記録された書類を複写し、又は就業場所の外へ持ち出すこと。\n"
     "2. 派遣元は、派遣労働者が個人情報の漏えいその他の事故を知ったときは、直ちに派遣先に報告させる。", "dispatch-personal-info", "dispatch", "present"),
    ("第11条　派遣元は、派遣労働者をして、次の行為をさせないものとする。\n"
     "(a) 派遣業務で取り扱う個人情報を、派遣業務の目的以外に利用すること。\n"
     "2. 派遣元は、派遣労働者が個人情報の漏えいその他の事故を知ったときは、直ちに派遣先に報告させる。", "dispatch-personal-info", "dispatch", "weak"),
    # Numbered rows of a table laid out in columns.
    ("第10条　乙は、派遣労働者に別表に掲げる事項を守らせなければならない。\n別表（個人情報の取扱い）\n"
     "１　利用　　　　区の事務のためにだけ利用する。\n２　複写・持出し　　　甲の許可がない限り行わない。\n"
     "３　事故　　　　紛失又は漏えいを知ったときは、直ちに甲に報告する。", "dispatch-personal-info", "dispatch", "present"),
    ("第10条　乙は、派遣労働者に別表に掲げる事項を守らせなければならない。\n別表（個人情報の取扱い）\n"
     "１　利用　　　　区の事務のためにだけ利用する。\n２　複写・持出し　　　乙の判断で行うことができる。\n"
     "３　事故　　　　紛失又は漏えいを知ったときは、直ちに甲に報告する。", "dispatch-personal-info", "dispatch", "weak"),
    # A notice handed to the workers in plain words.
    ("第８条　派遣元は、派遣労働者に別紙「区役所で働くみなさんへ」を渡して説明し、これを守らせなければならない。\n"
     "別紙\n区役所で働くみなさんへ\n・仕事で知ったことは、だれにも話さないでください。仕事をやめた後も、話してはいけません。",
     "dispatch-secrecy", "dispatch", "present"),
    ("第８条　派遣元は、派遣労働者に別紙「区役所で働くみなさんへ」を渡して説明し、これを守らせなければならない。\n"
     "別紙\n区役所で働くみなさんへ\n・仕事で知ったことは、だれにも話さないでください。",
     "dispatch-secrecy", "dispatch", "weak"),
    # A later 項 keeping 1項's duty alive speaks of 1項's subject, not of the ward named in 2項.
    ("第8条　派遣元は、派遣労働者に、派遣先において知り得た情報を外部に漏らさせてはならない。\n"
     "2　前項の規定は、派遣先があらかじめ開示を承認した情報については、適用しない。\n"
     "3　第1項の義務は、派遣期間の終了後も、なおその効力を有する。", "dispatch-secrecy", "dispatch", "present"),
    # A later 項 that lets the workers disclose on a report to the staffing company's own officer.
    ("第９条　派遣労働者は、業務上知り得た秘密を漏らしてはならない。派遣就業の終了後も、同様とする。\n"
     "２　派遣労働者は、前項の秘密を第三者に開示する必要が生じたときは、派遣元責任者に報告した上で、開示することができる。",
     "dispatch-secrecy", "dispatch", "weak"),
    ("第９条　派遣労働者は、業務上知り得た秘密を漏らしてはならない。派遣就業の終了後も、同様とする。\n"
     "２　派遣労働者は、前項の秘密を第三者に開示する必要が生じたときは、派遣先の書面による承認を得た上で、開示することができる。",
     "dispatch-secrecy", "dispatch", "present"),
    # The staffing company's own know-how and a complainant's secrets are not what the workers learn.
    ("第11条　研修に用いる教材その他の乙独自のノウハウは乙の機密情報とし、派遣労働者は、乙の許諾なくこれを第三者に開示してはならない。派遣期間の終了後も同様とする。",
     "dispatch-secrecy", "dispatch", "missing"),
    ("第14条　派遣元は、派遣労働者から苦情の申出を受けたときは、申出者に関する秘密を守り、申出を理由として不利益な取扱いをしてはならない。",
     "dispatch-secrecy", "dispatch", "missing"),
    # Hiring the worker after the dispatch is no survival of secrecy.
    ("第15条　甲は、派遣期間の終了後に乙が派遣労働者を雇用しようとする場合において、雇用契約に定める秘密保持の約定を理由として、これを妨げてはならない。",
     "dispatch-secrecy", "dispatch", "missing"),
    ("第6条　乙は、その派遣する労働者が、派遣の期間内であると期間の経過後であるとを問わず、甲の事務を通じて知った事項で公にされていないものを他人に告げることのないようにさせなければならない。",
     "dispatch-secrecy", "dispatch", "present"),
    # Copying named by the machine, or by moving the data onto other media.
    ("第８条　受託者は、委託者から預かった申請書その他の個人情報が記載された書類を複写機にかけ、又はスキャナで読み取ってはならない。ただし、委託者があらかじめ書面により承認した場合は、この限りでない。",
     "copying", "outsourcing", "present"),
    ("第８条　受託者は、委託者から預かった申請書その他の個人情報が記載された書類を複写機にかけ、又はスキャナで読み取ってはならない。ただし、受託者が業務上必要と認める場合は、この限りでない。",
     "copying", "outsourcing", "weak"),
    ("第11条　受託者は、区から受け取った住民データを、別の媒体（ＵＳＢメモリを含む。）へ移してはならない。\n２　前項の規定は、区が書面により承認した範囲の作業については、適用しない。",
     "copying", "outsourcing", "present"),
])
def test_lettered_items_numbered_rows_notices_to_workers_and_copies_by_machine(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,expected", [
    # A request named before the end is still one more occasion beside it.
    ("第十七条　受注者は、発注者の請求があったとき、又はこの契約が終了したときは、発注者から提供を受けた資料を返還し、受注者の記録媒体に記録された個人情報を消去しなければならない。", "return-deletion", "present"),
    ("第十七条　受注者は、発注者の請求があったときは、発注者から提供を受けた資料を返還し、受注者の記録媒体に記録された個人情報を消去しなければならない。", "return-deletion", "weak"),
    # The client may order return or erasure: only on request.
    ("第18条　委託者は、必要があると認めるときは、受託者に対し、委託業務に係る個人情報の返還又は消去を指示することができる。この場合において、受託者は、その指示に従わなければならない。", "return-deletion", "weak"),
    # The table's title says when its rows apply.
    ("第９条　受託者は、委託業務が終了したときは、別表の区分に応じ同表に定める措置を講じなければならない。\n別表（業務終了時の措置）\n区分　　　　　　　　　　措置\n区から提供された帳票　　区へ返却する。\n受託者が作成した複写物　シュレッダーにより廃棄する。", "return-deletion", "present"),
    ("第９条　受託者は、別表の区分に応じ同表に定める措置を講じなければならない。\n別表（保管の方法）\n区分　　　　　　　　　　措置\n区から提供された帳票　　区へ返却する。\n受託者が作成した複写物　シュレッダーにより廃棄する。", "return-deletion", "missing"),
    # Erasure put off to the contractor's own retention period.
    ("第12条　受託者は、委託業務が終了したときは、区から提供を受けた資料を区に返却しなければならない。\n２　受託者が作成した電子データについては、受託者が定める文書管理規程に従い、同規程に定める保存期間の経過後に廃棄するものとする。", "return-deletion", "weak"),
    # Keeping terms alive after termination is no right to terminate.
    ("第14条　受託者は、この特記事項に違反したことにより区に損害を与えたときは、その損害を賠償しなければならない。\n第15条　この特記事項の規定は、契約が解除された後においても、第14条に関する限り、なお効力を有する。", "termination-damages", "weak"),
    # What a parenthesis adds to the information does not make it another matter.
    ("第30条　指定管理者は、管理業務の実施に当たって取り扱う個人情報（防犯カメラの画像を含む。）について、安全管理のために必要かつ適切な措置を講じなければならない。", "security", "present"),
    ("第30条　指定管理者は、防犯カメラの安全管理のために必要かつ適切な措置を講じなければならない。", "security", "missing"),
    ("第16条　受注者は、工事の施工に当たり、現場の安全管理及び災害の防止について必要な措置を講じなければならない。", "security", "missing"),
    # A table drawn with slashes.
    ("第７条　受託者は、次の書類を、それぞれ定める時期までに区に提出しなければならない。\n　書類　／　時期　／　備考\n　業務従事者名簿　／　業務開始の7日前まで　／　氏名を記載\n　個人情報管理責任者届　／　業務開始の7日前まで　／　連絡先を記載", "management-structure", "present"),
    ("第７条　受託者は、次の書類を、それぞれ定める時期までに区に提出しなければならない。\n　書類　／　時期　／　備考\n　業務従事者名簿　／　業務開始の7日前まで　／　氏名を記載\n　業務日報　／　翌月5日まで　／　前月分", "management-structure", "weak"),
    # A copy allowed at the contractor's own count.
    ("第６条　受託者は、委託者の承認を得ずに、世帯一覧データを他の記録媒体に複製してはならない。\n２　受託者は、調査票の写しを、受託者が作業上必要と認める部数に限り作成することができる。", "copying", "weak"),
])
def test_requests_before_the_end_table_titles_retention_and_parenthesised_information(engine, text, item, expected):
    assert status(engine, text, item)[0] == expected


def test_a_body_binding_a_personal_information_schedule_by_another_name(engine):
    text = ("基本協定書\n第7条　指定管理者は、管理業務を行うに当たり個人情報を取り扱うときは、別紙「個人情報取扱事項」を遵守しなければならない。\n"
            "別紙\n個人情報取扱事項\n1　指定管理者は、業務上知り得た個人情報を他に漏らしてはならない。\n")
    assert status(engine, text, "special-provisions-link")[0] == "present"


@pytest.mark.parametrize("text,item,kind,expected", [
    # A copy allowed only within what the client approved is forbidden beyond it.
    ("２　受託者が委託者から預かった個人情報を複製することができるのは、委託者があらかじめ書面により認めた範囲に限る。", "copying", "outsourcing", "present"),
    ("２　受託者が委託者から預かった個人情報を複製することができるのは、受託者が業務上必要と認めた範囲に限る。", "copying", "outsourcing", "weak"),
    # Subsidiaries named only where the contract's rights may not be assigned.
    ("第１３条　受託者は、区の事前の承認を得た場合を除き、この業務を第三者に再委託してはならない。\n２　受託者は、前項の承認を得て再委託するときは、再委託先に対し、この契約に定める受託者の義務を遵守させなければならない。\n"
     "第１４条　受託者は、この契約により生ずる権利又は義務を第三者（受託者の子会社及び関連会社を含む。）に譲渡してはならない。", "subcontracting", "outsourcing", "weak"),
    ("第１３条　受託者は、区の事前の承認を得た場合を除き、この業務を第三者（受託者の子会社及び関連会社を含む。）に再委託してはならない。\n２　受託者は、前項の承認を得て再委託するときは、再委託先に対し、この契約に定める受託者の義務を遵守させなければならない。", "subcontracting", "outsourcing", "present"),
    # A table of contents names articles; it states none.
    ("労働者派遣基本契約書\n目次\n第１条（目的）　第９条（秘密保持）　第12条（存続条項）\n第９条（秘密保持）　削除\n第12条（存続条項）　この契約が終了した後も、第10条の規定はなお効力を有する。", "dispatch-secrecy", "dispatch", "missing"),
    # The workers' own data (commuting allowance, the staffing company's registrants) is another matter.
    ("第10条　派遣労働者は、通勤手当申請書を甲に提出する。\n２　甲は、前項の申請書に記載された個人情報を、通勤手当の支給事務以外の目的に利用し、又は複製してはならず、その紛失等があったときは、速やかに当該派遣労働者に報告する。", "dispatch-personal-info", "dispatch", "missing"),
    ("第12条　甲は、その保有する派遣登録者及び派遣労働者の個人データについて、安全管理のために必要な措置を講じなければならない。\n２　甲は、前項の個人データの漏えい等が発生した場合には、乙にもその旨を通知する。\n３　甲は、前項の個人データを、雇用管理の目的以外に利用しない。", "dispatch-personal-info", "dispatch", "missing"),
    # The workers' secrecy bounded by the term.
    ("第９条　乙は、本契約の履行に当たり知り得た甲の秘密を他に漏らしてはならない。本契約が終了した後も同様とする。\n２　乙は、派遣労働者に、その派遣就業の期間中、前項の秘密を漏らさないよう遵守させなければならない。", "dispatch-secrecy", "dispatch", "weak"),
    ("第９条　乙は、本契約の履行に当たり知り得た甲の秘密を他に漏らしてはならない。本契約が終了した後も同様とする。\n２　乙は、派遣労働者に、前項の秘密を漏らさないよう遵守させなければならない。派遣就業の終了後も、同様とする。", "dispatch-secrecy", "dispatch", "present"),
])
def test_bounded_permissions_assignments_contents_workers_own_data_and_the_term(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


_SWAPPED = "株式会社ミドリ情報（以下「甲」という。）と練馬区（以下「乙」という。）は、次のとおり契約を締結する。\n"


@pytest.mark.parametrize("text,item,kind,expected", [
    # An occasion, and only then under the client's approval: one ground, not two.
    ("第9条　乙は、派遣労働者に、派遣業務で知り得た甲の秘密を漏らさせてはならない。派遣期間の終了後も同様とする。\n"
     "２　前項の規定にかかわらず、派遣労働者は、やむを得ず秘密を開示する必要が生じたときは、甲に申し出て、甲の承認を得た場合に限り、開示することができる。",
     "dispatch-secrecy", "dispatch", "present"),
    ("第9条　乙は、派遣労働者に、派遣業務で知り得た甲の秘密を漏らさせてはならない。派遣期間の終了後も同様とする。\n"
     "２　前項の規定にかかわらず、派遣労働者は、やむを得ず秘密を開示する必要が生じたときは、派遣元責任者に申し出た場合に限り、開示することができる。",
     "dispatch-secrecy", "dispatch", "weak"),
    # Forbidding disclosure without the approval is no waiver of it.
    ("第4条　派遣元は、派遣労働者に、派遣就業に際して知り得た派遣先の秘密を漏らさせてはならない。この義務は、派遣期間の満了後も存続する。\n"
     "2　前項の規定にかかわらず、派遣労働者は、業務上やむを得ない場合には、必要な範囲で前項の秘密を第三者に示すことができる。\n"
     "3　前項の場合において、派遣労働者は、あらかじめ派遣先の書面による承認を得なければならず、承認を得ないで示すことはできない。",
     "dispatch-secrecy", "dispatch", "present"),
    # Handing papers back is no secrecy duty.
    (_SWAPPED.replace("練馬区", "中野区").replace("株式会社ミドリ情報", "株式会社ミドリスタッフ")
     + "第2条　この契約において「秘密情報」とは、派遣労働者が乙の業務に従事する過程で知り得た乙の情報であって、公になっていないものをいう。\n"
     "第9条　甲は、派遣期間が終了したときは、派遣労働者が乙から貸与を受けた秘密情報を記録した資料を、速やかに乙に返却させなければならない。",
     "dispatch-secrecy", "dispatch", "missing"),
    # A survival bounded by a year lapses.
    ("第4条　派遣元は、派遣労働者に、派遣就業に際して知り得た派遣先の秘密を第三者に漏らさせてはならない。\n2　前項の義務は、派遣期間の終了後1年間は、なお存続するものとする。",
     "dispatch-secrecy", "dispatch", "weak"),
    ("第4条　派遣元は、派遣労働者に、派遣就業に際して知り得た派遣先の秘密を第三者に漏らさせてはならない。\n2　前項の義務は、派遣期間の終了後も、なお存続するものとする。",
     "dispatch-secrecy", "dispatch", "present"),
    # The staffing company keeping a complainant's or a registrant's secrets is another matter.
    ("第13条　乙は、派遣労働者から苦情の申出を受けたときは、派遣元責任者に処理させる。この場合において、乙は、申出をした派遣労働者の秘密を厳守しなければならない。",
     "dispatch-secrecy", "dispatch", "missing"),
    ("第16条　乙は、派遣労働者及び派遣労働者として登録しようとする者の個人情報を、適正に管理し、正当な理由なく他に漏らしてはならない。この契約が終了した後も、同様とする。",
     "dispatch-secrecy", "dispatch", "missing"),
    # 「同様とする」 said of the survival before it does not bind the workers in the next 項.
    ("第７条　乙は、派遣登録者の氏名、職歴その他の個人情報を、その秘密を保持して管理しなければならない。登録が抹消された後においても、同様とする。\n"
     "２　乙は、前項の個人情報を甲に提供するときは、派遣労働者の業務遂行能力に関する情報に限り、本人の同意を得て提供する。",
     "dispatch-secrecy", "dispatch", "missing"),
])
def test_occasions_refusals_papers_bounded_survival_and_others_secrets(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A row of the contract's table bounding use.
    ("労働者派遣個別契約書\n業務内容　　　：国民年金の届書の受付補助\n個人情報の取扱い\n　利用の範囲　　　：上記業務内容に限る。\n"
     "　複写・持出し　　：派遣先の指揮命令者の許可がある場合に限る。\n　事故の報告　　　：紛失又は漏えいのおそれを含め、直ちに指揮命令者へ報告する。\n"
     "　遵守の担保　　　：派遣元は、派遣労働者に上記の各事項を遵守させる。", "dispatch-personal-info", "dispatch", "present"),
    ("労働者派遣個別契約書\n業務内容　　　：国民年金の届書の受付補助\n個人情報の取扱い\n"
     "　複写・持出し　　：派遣先の指揮命令者の許可がある場合に限る。\n　事故の報告　　　：紛失又は漏えいのおそれを含め、直ちに指揮命令者へ報告する。\n"
     "　遵守の担保　　　：派遣元は、派遣労働者に上記の各事項を遵守させる。", "dispatch-personal-info", "dispatch", "weak"),
    # A worker who finds a leak reports it: finding out is no judgement of the staffing company's.
    ("第７条　派遣元は、派遣労働者に、派遣先の個人情報を派遣先の定めた用途に限って用いさせ、派遣先の許可なく複写させ、又は持ち出させてはならない。\n"
     "２　派遣労働者が前項の個人情報の流出その他の異常を認めたときは、派遣元は、派遣労働者をして、直ちにこれを派遣先に報告させなければならない。",
     "dispatch-personal-info", "dispatch", "present"),
    ("第７条　派遣元は、派遣労働者に、派遣先の個人情報を派遣先の定めた用途に限って用いさせ、派遣先の許可なく複写させ、又は持ち出させてはならない。\n"
     "２　派遣元が前項の個人情報の流出を重大であると認めたときは、派遣元は、直ちにこれを派遣先に報告しなければならない。",
     "dispatch-personal-info", "dispatch", "weak"),
    # Duties named before 「ほか」 do not make the rest of the sentence about a badge.
    ("第十条　乙は、派遣労働者に、甲が貸与する入館証を常に携帯させるほか、派遣業務で取り扱う甲の個人情報については、甲の指示する事務以外に用いさせず、"
     "甲の承諾のない複写及び庁外への持出しをさせず、並びにその漏えいが生じたときは速やかに甲に報告させなければならない。",
     "dispatch-personal-info", "dispatch", "present"),
    ("第十条　乙は、派遣労働者に、甲が貸与する入館証を常に携帯させ、これを甲の承諾なく庁外へ持ち出させてはならない。",
     "dispatch-personal-info", "dispatch", "missing"),
])
def test_table_rows_findings_and_duties_beside_the_rule(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The grounds of 「別表第２に掲げる場合を除き」 are the table's rows, each judged whole.
    ("第５　受注者は、別表第２に掲げる場合を除き、個人情報を複製してはならない。\n別表第２（第５関係）\n"
     "一　発注者が仕様書又は書面による指示で複製の範囲を指定した場合\n二　受注者が申請し、発注者の書面による承認を受けた場合", "copying", "outsourcing", "present"),
    ("第５　受注者は、別表第２に掲げる場合を除き、個人情報を複製してはならない。\n別表第２（第５関係）\n"
     "一　発注者が書面で複製の範囲を指定した場合\n二　受注者の業務責任者が業務上必要と認めた場合", "copying", "outsourcing", "weak"),
    # A cell that forbids as a rule, and one that allows at the contractor's judgement.
    ("第９条　受注者は、個人情報を別表に定めるところにより取り扱わなければならない。\n別表（個人情報の取扱区分）\n行為｜可否｜条件\n"
     "複製・複写（電子データのコピーを含む。）｜原則不可｜発注者の書面による承認を得た場合に限り可", "copying", "outsourcing", "present"),
    ("第９条　受注者は、個人情報を別表に定めるところにより取り扱わなければならない。\n別表（個人情報の取扱区分）\n行為｜可否｜条件\n"
     "複製（写しの作成を含む。）｜可｜業務に必要な範囲で、受注者の判断により行う", "copying", "outsourcing", "weak"),
    # Some 号 of the article before lifted at the contractor's own judgement.
    ("第３条　受託者は、次に掲げる行為をしてはならない。\n（１）個人情報を目的以外に利用すること。\n（２）個人情報を複製し、又は複写すること。\n"
     "第４条　前条第２号の規定は、受託者が業務の遂行上やむを得ないと認める場合には、適用しない。", "copying", "outsourcing", "weak"),
    ("第３条　受託者は、次に掲げる行為をしてはならない。\n（１）個人情報を目的以外に利用すること。\n（２）個人情報を複製し、又は複写すること。\n"
     "第４条　前条第１号の規定は、受託者が業務の遂行上やむを得ないと認める場合には、適用しない。", "copying", "outsourcing", "present"),
    # Two conditions joined: the client's approval still required.
    (_SWAPPED + "第10条　甲は、乙の書面による承認を得た場合であって、かつ、甲の情報管理責任者の管理の下で行うときを除き、個人情報を複製してはならない。",
     "copying", "outsourcing", "present"),
    # The contractor's own officer, however titled, approving.
    (_SWAPPED + "第4条　甲は、乙から受領した個人データを複製してはならない。ただし、甲のデータ保護責任者（DPO）が事前に書面で承認した場合は、この限りでない。",
     "copying", "outsourcing", "weak"),
    # A 再委託先's copies on the contractor's own approval.
    ("第27条　指定管理者は、区の書面による承認を得た場合を除き、個人情報を複製してはならない。\n"
     "２　指定管理者が、区の承認を得て業務の一部を第三者に委託する場合において、当該第三者が個人情報を複製しようとするときは、指定管理者の承認を得なければならない。",
     "copying", "outsourcing", "weak"),
    ("第27条　指定管理者は、区の書面による承認を得た場合を除き、個人情報を複製してはならない。\n"
     "２　指定管理者が、区の承認を得て業務の一部を第三者に委託する場合において、当該第三者が個人情報を複製しようとするときは、区の承認を得なければならない。",
     "copying", "outsourcing", "present"),
])
def test_annexed_grounds_table_cells_lifted_items_and_third_parties_copies(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Measures only when the contractor sees a risk.
    ("第４　受託者は、個人情報の漏えい、滅失又は毀損のおそれがあると受託者が認めるときは、その防止のために必要な措置を講ずるものとする。", "security", "outsourcing", "weak"),
    # Protecting from leaks is preventing them, as a duty or as an effort.
    ("第７条　受託者は、委託者の個人データを漏えい、滅失又は毀損から保護するため、合理的な努力を払うよう努めるものとする。", "security", "outsourcing", "weak"),
    ("第７条　受託者は、委託者の個人データを漏えい、滅失又は毀損から保護するため、必要な措置を講じなければならない。", "security", "outsourcing", "present"),
    # Paper left to the contractor's own say.
    ("第１３条　受託者は、電子データに含まれる個人情報については、暗号化を行い、その漏えいを防止するための措置を講じなければならない。\n"
     "２　区から提供を受けた申請書その他の紙媒体の保管及び管理の方法は、受託者の定めるところによる。", "security", "outsourcing", "weak"),
    # Items left out of the data handed over are minimisation, not an exception to it.
    ("第８条　乙は、甲に引き渡す調査票データを本業務の遂行に必要な最小限の項目に限るものとし、氏名及び住所を除いた形式で引き渡すものとする。",
     "data-minimization", "outsourcing", "present"),
])
def test_measures_on_own_sight_protection_paper_left_over_and_items_left_out(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # An officer the contract defines as the contractor's own (「「管理責任者」とは、甲が…選任し」).
    (_SWAPPED + "第１条　この覚書において「管理責任者」とは、甲がその従業者のうちから選任し、個人情報の管理を統括させる者をいう。\n"
     "第５条　甲は、乙から預託を受けた個人情報を複製してはならない。ただし、管理責任者の承認を得た場合は、この限りでない。",
     "copying", "outsourcing", "weak"),
    (_SWAPPED + "第１条　この覚書において「管理責任者」とは、甲がその従業者のうちから選任し、個人情報の管理を統括させる者をいう。\n"
     "第５条　甲は、乙から預託を受けた個人情報を複製してはならない。ただし、乙の承認を得た場合は、この限りでない。",
     "copying", "outsourcing", "present"),
    # Another article setting the ban aside (「第12条の規定は適用せず」).
    ("第12条　受注者は、発注者の承諾を得ずに、個人情報を複製してはならない。\n"
     "第18条　受注者は、再委託先に対し、この契約に定める受注者の義務と同等の義務を負わせなければならない。\n"
     "２　前項の規定にかかわらず、再委託先が業務の処理に必要な範囲で行う個人情報の複製については、第12条の規定は適用せず、受注者と再委託先との間の契約の定めるところによる。",
     "copying", "outsourcing", "weak"),
    # A later 項 lifting the ban, and the next putting the lifting under the client's approval.
    ("第８条　受託者は、区から提供された個人情報を複製してはならない。\n２　前項の規定は、受託者が業務の処理に必要な範囲で行う複製には、適用しない。\n"
     "３　受託者は、前項の複製を行おうとするときは、あらかじめ、書面により区に申請し、区の承認を受けなければならない。", "copying", "outsourcing", "present"),
    # 「前２項の規定は…適用しない」 lifts the ban of 1項 as well as the permission of 2項.
    ("第十一条　乙は、甲から提供を受けた個人情報を複製してはならない。\n２　前項の規定にかかわらず、乙は、甲の書面による承認を得たときは、承認を受けた範囲内で複製することができる。\n"
     "３　前２項の規定は、乙の定める手順により行われるバックアップについては、適用しない。", "copying", "outsourcing", "weak"),
    # A 別紙 of grounds with a header row, under 「…を「乙」と、…を「甲」という」.
    ("個人情報取扱特記事項\nこの特記事項において、委託者である○○区を「乙」と、受託者である株式会社◇◇を「甲」という。\n"
     "２　甲は、別紙に掲げる場合を除き、個人情報を複製してはならない。\n別紙（２関係）\n区分　　　　　　　　要件\n"
     "作業用データの作成　　乙の書面による事前の承認\nデータ移行時の複製　　乙の指示に基づき、乙の職員の立会いの下で行う場合", "copying", "outsourcing", "present"),
    # An officer's title with a note after it.
    ("第30条　指定管理者は、施設利用者の個人情報を複製してはならない。ただし、指定管理者の個人情報保護管理者（指定管理者の施設長をもって充てる。）の許可を得た場合は、この限りでない。",
     "copying", "outsourcing", "weak"),
])
def test_defined_officers_other_articles_restored_approvals_and_annexed_headers(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「前項と同様の義務を遵守させる」 carries 1項's secrecy to the workers.
    (_SWAPPED.replace("株式会社ミドリ情報", "株式会社ミドリスタッフ")
     + "第11条　甲及び乙は、この契約の履行に際して知り得た相手方の秘密を第三者に漏えいしてはならない。\n"
     "２　甲は、その雇用する派遣労働者に、乙における就業に際して知り得た情報について、前項と同様の義務を遵守させるものとする。\n"
     "３　前２項の規定は、派遣労働者が派遣就業を終えた後も、その効力を有する。", "dispatch-secrecy", "dispatch", "present"),
    # Whom the staffing company itself judges to need it.
    (_SWAPPED.replace("株式会社ミドリ情報", "株式会社ミドリスタッフ")
     + "第８条　甲は、秘密の保持が必要であると甲が判断した派遣労働者に対し、乙において知り得た秘密を漏らさない義務を課すものとする。\n２　前項の義務は、派遣期間の終了後も存続する。",
     "dispatch-secrecy", "dispatch", "weak"),
    # 機密文書 handled as the work, with what it contains in a parenthesis.
    ("第２条　派遣労働者は、派遣先の総務課において、機密文書（個人情報を含む。）の集配及び溶解処理業者への引渡しの補助に従事する。",
     "dispatch-secrecy", "dispatch", "missing"),
    # 「利用は…業務に限ること」 in a list.
    ("第10条　派遣元は、派遣労働者に、派遣就業中に取り扱う派遣先の個人情報を次のとおり取り扱わせなければならない。\n（１）利用は派遣先が指示する業務に限ること。\n"
     "（２）派遣先の許可のない複写及び持出しを行わないこと。\n（３）事故を知った場合は、速やかに派遣先に報告すること。", "dispatch-personal-info", "dispatch", "present"),
    # The workers' own accident, and their own 個人番号, are other matters.
    ("第15条　甲は、派遣労働者の個人情報を、法令に定める目的の範囲内で取り扱うものとする。\n第16条　派遣就業中に派遣労働者の業務上の事故が発生したときは、甲は、直ちに乙に連絡する。",
     "dispatch-personal-info", "dispatch", "missing"),
    ("第12条　派遣元は、派遣労働者から提供を受けた個人番号を、社会保険及び税に関する手続以外の目的に利用してはならず、これを複製してはならない。\n"
     "2　派遣元は、前項の個人番号の漏えい等が生じたときは、直ちに個人情報保護委員会に報告する。", "dispatch-personal-info", "dispatch", "missing"),
])
def test_secrecy_carried_on_judged_by_the_staffing_company_and_the_workers_own_matters(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Rows of a reporting table under its header, after a sentence reporting to the client by it.
    ("１０　事故発生時の対応\n（１）受託者は、個人情報の漏えいその他の事故を認知したときは、次表の区分に従い、委託者の担当課に報告すること。\n"
     "　報告区分｜時期｜方法\n　第一報｜認知後直ちに｜電話\n　最終報告｜原因究明後速やかに｜書面\n"
     "（２）受託者は、事故への対応に当たっては、委託者の指示に従うこと。", "incident", "outsourcing", "present"),
    # Instructions the contractor gives its own staff are not the client's.
    ("第１０　事故の報告等\n１　受託者は、個人情報の漏えい等の事故が発生したときは、直ちに区の担当課に報告しなければならない。\n"
     "２　受託者は、前項の事故の原因を調査し、業務従事者に対し、必要な指示及び指導を行わなければならない。", "incident", "outsourcing", "weak"),
    # Measures of a 別表 the contractor may leave undone on its own responsibility.
    ("第９条　受託者は、個人情報の漏えいの防止のため、別表に定める安全管理措置を講じなければならない。\n"
     "２　受託者は、委託者の承認を得て、又は受託者の責任において、別表に定める措置の全部又は一部を講じないことができる。", "security", "outsourcing", "weak"),
    ("第９条　受託者は、個人情報の漏えいの防止のため、別表に定める安全管理措置を講じなければならない。\n"
     "２　受託者は、委託者の承認を得て、別表に定める措置の一部を他の措置に代えることができる。", "security", "outsourcing", "present"),
    # A rule on what 1項's act produced does not put 1項's exception under the client's approval.
    ("第２５条　指定管理者は、管理業務に必要な範囲を超えて、利用者の個人情報を収集してはならない。ただし、指定管理者の個人情報保護管理責任者が必要と認めて承認した場合は、この限りでない。\n"
     "２　指定管理者は、前項の規定により収集した個人情報を、区の承認を得ないで管理業務以外の目的に利用してはならない。", "data-minimization", "outsourcing", "weak"),
])
def test_reporting_tables_own_instructions_annexed_measures_and_what_was_collected(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A later 項 disapplying part of 1項 (named in a parenthesis) on the staffing company's say.
    ("第11条 派遣元は、派遣労働者に、派遣先の個人情報を事務の目的以外に利用させず、派遣先の許可なく複製させ、又は持ち出させてはならず、"
     "漏えい等の事故が生じたときは直ちに派遣先に報告させなければならない。\n"
     "２ 派遣労働者が在宅で業務を行う場合において、派遣元が必要と認めるときは、前項の規定（複製及び持出しに係る部分に限る。）は、適用しない。",
     "dispatch-personal-info", "dispatch", "weak"),
    # Copies only when the ward has consented, in a list the workers keep.
    ("第13条 乙は、派遣社員をして、甲の業務で接する住民の個人データについて次の事項を遵守させます。\n① 甲から指示された業務以外の用途には一切供しないこと。\n"
     "② 写しの作成及び庁舎外への搬出は、いずれも甲の事前の許諾があった場合に限り行うこと。\n③ 個人データの流出の疑いが生じたときは、直ちに甲の担当職員に報告すること。",
     "dispatch-personal-info", "dispatch", "present"),
    # Information about the workers themselves is their own.
    ("第10条 甲は、乙に提供する派遣労働者に関する情報を派遣就業に必要な範囲に限るものとし、乙は、提供を受けた情報を派遣就業の管理以外の目的に利用してはならない。",
     "dispatch-personal-info", "dispatch", "missing"),
    ("第14条 派遣元は、派遣労働者の勤怠情報及び給与情報を労務管理の目的以外に利用してはならず、その漏えいが生じたときは、直ちに本人に通知するとともに、派遣先に報告する。",
     "dispatch-personal-info", "dispatch", "missing"),
    # Handing papers back, at the end of a long sentence, leaves its secrecy standing.
    ("第9条　派遣元は、派遣労働者をして、派遣先の規程を遵守させ、派遣就業中に知り得た派遣先の秘密を他に漏らさせてはならず、"
     "また、派遣先から貸与された端末その他の物品を派遣期間の満了時に速やかに返還させなければならない。", "dispatch-secrecy", "dispatch", "weak"),
    # A plain notice for the workers.
    ("第10条　甲は、派遣労働者に別紙「区で働く派遣スタッフのみなさんへ」を交付して説明し、その内容を守らせなければならない。\n別紙\n区で働く派遣スタッフのみなさんへ\n"
     "・区の仕事で見たこと、聞いたことは、だれにも話さないでください。\n・この約束は、区での派遣が終わったあとも、ずっと続きます。",
     "dispatch-secrecy", "dispatch", "present"),
    ("第10条　甲は、派遣労働者に別紙「区で働く派遣スタッフのみなさんへ」を交付して説明し、その内容を守らせなければならない。\n別紙\n区で働く派遣スタッフのみなさんへ\n"
     "・区の仕事で見たこと、聞いたことは、だれにも話さないでください。", "dispatch-secrecy", "dispatch", "weak"),
    # The workers' checkup results, and damages surviving the contract, are other matters.
    ("第10条　乙は、派遣労働者に対し、定期健康診断を実施し、その結果を秘密として適正に管理しなければならない。この義務は、派遣労働者が乙を退職した後も同様とする。",
     "dispatch-secrecy", "dispatch", "missing"),
    ("第五条　派遣元又は派遣先がこの契約に違反したときは、相手方は、この契約を解除することができる。\n第六条　派遣元は、この契約の終了後も、前条による解除に伴う損害賠償の義務を免れない。",
     "dispatch-secrecy", "dispatch", "missing"),
    # 「前項と同様の義務」 bounded by the term.
    ("第二条　乙は、この契約の履行に関して知り得た甲の秘密を他に漏らしてはならない。この契約が終了した後においても、同様とする。\n"
     "２　乙は、派遣労働者に対し、派遣就業中、前項と同様の義務を遵守させなければならない。", "dispatch-secrecy", "dispatch", "weak"),
])
def test_partial_disapplication_consent_lists_workers_records_notices_and_the_term(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A survival article naming another article keeps that article's duty, borne by its own party.
    ("第９条（遵守事項）乙は、派遣労働者に、業務上知り得た甲の秘密を漏らさないよう遵守させなければならない。\n"
     "第１０条（乙の情報の保護）甲は、乙から提供を受けた派遣労働者の個人情報及び乙の営業上の情報を、第三者に漏らしてはならない。\n"
     "第１９条（存続）第１０条の規定は、この契約の終了後もなお効力を有する。", "dispatch-secrecy", "dispatch", "weak"),
    ("第９条（遵守事項）乙は、派遣労働者に、業務上知り得た甲の秘密を漏らさないよう遵守させなければならない。\n"
     "第１０条（乙の情報の保護）甲は、乙から提供を受けた派遣労働者の個人情報及び乙の営業上の情報を、第三者に漏らしてはならない。\n"
     "第１９条（存続）第９条の規定は、この契約の終了後もなお効力を有する。", "dispatch-secrecy", "dispatch", "present"),
    # Those who were once employees or once sent are bound too.
    ("第１１条　乙及び乙の従業員又は従業員であった者（甲に派遣され、又は派遣されていた派遣労働者を含む。）は、"
     "この契約に基づく派遣就業に関して知り得た甲の秘密を、第三者に漏らしてはならない。", "dispatch-secrecy", "dispatch", "present"),
    ("第１１条　乙及び乙の従業員（甲に派遣される派遣労働者を含む。）は、"
     "この契約に基づく派遣就業に関して知り得た甲の秘密を、第三者に漏らしてはならない。", "dispatch-secrecy", "dispatch", "weak"),
    # Plain words for copying, taking out, a leak and telling at once.
    ("第７条　乙は、その派遣する者に、甲の窓口業務において接した区民の個人情報を、担当業務に必要な限度を超えて用いさせてはならない。\n"
     "２　乙は、その派遣する者が、前項の情報を記載した帳票の写しを取り、又はこれらを庁舎の外へ運び出すことのないようにしなければならない。"
     "ただし、甲の指揮命令者が業務のため特に認めた場合は、この限りでない。\n"
     "３　第１項の情報が外部に流れ、又は所在が分からなくなったときは、乙又はその派遣する者は、時を置かず甲の指揮命令者に知らせ、その指示を受けなければならない。",
     "dispatch-personal-info", "dispatch", "present"),
    # The registrants' data under a defined name, and an accident in the health-and-safety row, are other matters.
    ("第10条　派遣元は、派遣登録者及び派遣労働者（以下「登録者等」という。）の個人情報を、労働者派遣事業の運営に必要な範囲でのみ利用し、その目的以外に利用してはならない。\n"
     "２　派遣元は、登録者等の個人情報を記録した書類を、派遣元の個人情報保護管理者の許可なく複製し、又は事業所外に持ち出してはならない。",
     "dispatch-personal-info", "dispatch", "missing"),
    ("６　安全・衛生　　派遣先は、派遣労働者の作業環境に配慮し、事故が発生した場合は直ちに派遣元に連絡する。",
     "dispatch-personal-info", "dispatch", "missing"),
])
def test_named_article_survival_former_staff_plain_words_and_registrants(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A term making the workers handle the ward's information properly is a mention (ITEMS.md's
    # round-81 ruling); secrecy alone is not, nor the ward keeping the workers' own data.
    ("第９条　派遣元は、派遣労働者が派遣先において取り扱う個人情報について、派遣先が定める規程を遵守させ、これを適正に取り扱わせなければならない。",
     "dispatch-personal-info", "dispatch", "weak"),
    ("第９条　派遣元は、派遣労働者に、派遣先の業務に関して知り得た秘密（個人情報を含む。）を漏らさないよう遵守させなければならない。",
     "dispatch-personal-info", "dispatch", "missing"),
    ("第９条　派遣先は、派遣元から通知を受けた派遣労働者の個人情報を適正に管理する。", "dispatch-personal-info", "dispatch", "missing"),
    # Acts coordinated before 「ないものとし、」 share its ban.
    ("第６条　乙は、その派遣する労働者が甲の住民情報に接するときは、これを当該派遣業務の遂行以外の用途に供させず、甲の了承がない限り写しを作成させ、"
     "又は庁舎外へ携出させないものとし、万一住民情報の流出、紛失等の事態を覚知したときは、ただちに甲に申し出させ、その後の措置について甲の指図を受けさせるものとする。",
     "dispatch-personal-info", "dispatch", "present"),
    # The workers' names sent under the dispatch law, and a complaints row, are other matters.
    ("９　苦情処理　　　甲の申出先　区民事務所庶務係長　乙の申出先　派遣元責任者\n"
     "11　契約の解除　　甲は、乙が労働者派遣法その他の関係法令に違反したときは、この契約を解除することができる。\n"
     "12　派遣労働者の通知　乙は、労働者派遣法第35条に基づき、派遣労働者の氏名等を甲に通知する。", "dispatch-personal-info", "dispatch", "missing"),
    # Survival of a listed 項 speaks of what that 項 speaks of.
    ("第5条　派遣元は、派遣労働者に対し、派遣就業中に知り得た派遣先の秘密を漏らすことのないよう指導するとともに、これを遵守させなければならない。\n"
     "2　派遣先は、この契約の履行に関して知り得た派遣元の営業上の秘密を、第三者に漏らしてはならない。\n"
     "第12条　第5条第2項の規定は、この契約が終了した後も、なお効力を有する。", "dispatch-secrecy", "dispatch", "weak"),
    ("第5条　派遣元は、派遣労働者に対し、派遣就業中に知り得た派遣先の秘密を漏らすことのないよう指導するとともに、これを遵守させなければならない。\n"
     "2　派遣先は、この契約の履行に関して知り得た派遣元の営業上の秘密を、第三者に漏らしてはならない。\n"
     "第12条　第5条第1項の規定は、この契約が終了した後も、なお効力を有する。", "dispatch-secrecy", "dispatch", "present"),
    # The staffing company's own records surviving are no secrecy of the workers; a duty that
    # does not end with the job does survive.
    ("第９条　派遣元は、派遣労働者の個人情報を適正に管理するとともに、正当な理由なく他に漏らしてはならない。この義務は、本契約の終了後も存続する。",
     "dispatch-secrecy", "dispatch", "missing"),
    ("１　派遣労働者が派遣先における就業を通じて知り得た事項のうち公になっていないものについて他に漏らしてはならない義務は、"
     "派遣就業の期間の終了又は派遣元との雇用関係の終了によって消滅するものではない。", "dispatch-secrecy", "dispatch", "present"),
    # What is secret decided by the staffing company.
    ("第7条　乙は、派遣労働者に、甲の業務に関して知り得た情報のうち、乙が秘密として取り扱うべきものと判断した情報を、"
     "派遣期間中及び派遣期間終了後において第三者に漏らさないよう遵守させなければならない。", "dispatch-secrecy", "dispatch", "weak"),
])
def test_dispatch_mentions_listed_survival_and_the_staffing_companys_say(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A later 項 on taking out restores nothing of a proviso lifting the ban on copying.
    ("第9条　受託者は、委託者から貸与された個人情報を含む資料を複写し、又は複製してはならない。ただし、業務の遂行上必要がある場合は、この限りでない。\n"
     "2　受託者は、前項の資料を委託者の承認を得ないで受託者の事業所の外に持ち出してはならない。", "copying", "outsourcing", "weak"),
    ("第9条　受託者は、委託者から貸与された個人情報を含む資料を複写し、又は複製してはならない。ただし、業務の遂行上必要がある場合は、この限りでない。\n"
     "2　受託者は、前項ただし書により複製するときは、あらかじめ委託者の承認を得なければならない。", "copying", "outsourcing", "present"),
    # 「…目的以外の目的に利用し、又は複製してはならない」 bans copying outright (the purpose goes
    # with 利用); a program's copies are no personal information.
    ("第11条　乙は、甲から提供された個人情報を、本業務の目的以外の目的に利用し、又は複製してはならない。", "copying", "outsourcing", "present"),
    ("第８条　受注者は、貸与された業務ソフトウェアのプログラムを複製し、改変し、又は逆コンパイルその他の解析をしてはならない。", "copying", "outsourcing", "missing"),
    # Plain secrecy words.
    ("第30条　指定管理者は、管理業務を行う中で見聞きした事柄のうち、公にされていないものを外に洩らしてはならない。指定期間が終わった後も、同じとする。\n"
     "第31条　指定管理者は、利用者の個人情報を、管理業務を行うために必要な範囲を超えて使ってはならない。", "confidentiality", "outsourcing", "present"),
    # The instruction named in an attachment after the body's report; a table's recipient row.
    ("第９条　受託者は、個人情報の漏えいその他の事故が生じたときは、遅滞なく委託者に報告しなければならない。\n別紙\n個人情報取扱特記事項\n"
     "第６　受託者は、本契約書第９条の報告をしたときは、委託者の指示に従い、必要な措置を講じなければならない。", "incident", "outsourcing", "present"),
    ("２　受注者は、個人情報について漏えい等の事案が発生したときは、次表のとおり対応しなければならない。\n　区分　　　　　｜　内容\n"
     "　報告の時期　　｜　事案を知った時点で即時\n　報告の相手方　｜　発注者の担当課長\n"
     "　報告後の対応　｜　発注者の指示に従い、被害拡大の防止の措置を講ずる", "incident", "outsourcing", "present"),
    # The contractor deciding which incidents are reported; instructions on security or deadlines.
    ("第２０条　受注者は、受注者が重大な事故に該当すると判断した漏えい、滅失又は毀損が発生したときは、直ちに発注者に報告し、発注者の指示に従わなければならない。",
     "incident", "outsourcing", "weak"),
    ("第９条　受託者は、個人情報の漏えい、滅失又は毀損を防止するため、委託者の指示に従い、必要な措置を講じなければならない。", "incident", "outsourcing", "missing"),
    # A 別表 of timing rows run together; plain yearly reports; the accounts are no handling.
    ("第15条　受託者は、別表に定める時期に、同表に定める事項を区に報告しなければならない。\n"
     "2　区は、受託者の事業所に立ち入り、個人情報の取扱状況の検査を行うことができる。\n別表（第15条関係）\n"
     "報告事項　個人情報の管理状況\n報告時期　毎年度4月、7月、10月及び1月の各10日まで\n報告方法　書面", "reporting-audit", "outsourcing", "present"),
    ("第２２条　乙は、少なくとも年に一度、個人情報の扱いに関する決まりをどのように守っているかを書面にまとめ、甲に差し出すものとする。\n"
     "第２３条　甲の職員は、いつでも、乙の事業所に赴き、個人情報を記録した帳簿を調べることができる。", "reporting-audit", "outsourcing", "present"),
    ("２　委託者は、必要があると認めるときは、受託者に対し、委託料の使途について報告を求め、又は帳簿その他の関係書類を検査することができる。",
     "reporting-audit", "outsourcing", "missing"),
])
def test_outsourcing_provisos_other_acts_plain_words_tables_and_accounts(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「…用途に限って使用し、それ以外に用いない」 in a row of conditions the workers keep.
    ("乙は、派遣労働者に次の就業条件を明示し、これを遵守させるものとする。\n記\n"
     "６　個人情報の取扱い　業務で取り扱う被保険者等の情報は、照合及び入力の用途に限って使用し、それ以外に用いない。"
     "甲の指揮命令者の許可なく、印刷、複写又は撮影をせず、執務室外へ持ち出さない。"
     "紛失、誤送付その他の事故を起こし、又はそのおそれに気付いたときは、直ちに指揮命令者に報告する。", "dispatch-personal-info", "dispatch", "present"),
    # 「…事務の処理以外に、…個人情報を用いてはならない」 (not 「…事務以外に従事させて」).
    ("第９条　派遣元は、派遣労働者に、別紙「遵守事項」を遵守させなければならない。\n別紙\n遵守事項\n"
     "１　派遣労働者は、派遣先の指示する事務の処理以外に、派遣先の個人情報を用いてはならない。\n"
     "２　派遣労働者は、派遣先の許可なく、個人情報の写しを作成し、又は個人情報を就業場所の外へ持ち出してはならない。\n"
     "３　派遣労働者は、個人情報の漏えいその他の事故を知ったときは、直ちに派遣先の指揮命令者に申し出て、その指示に従わなければならない。",
     "dispatch-personal-info", "dispatch", "present"),
    ("乙は、派遣労働者を、派遣先の指示する事務以外に従事させてはならない。", "dispatch-personal-info", "dispatch", "missing"),
    # The workers' information the staffing company sends, and a pledge's own signer.
    ("４　派遣労働者の情報　派遣元が派遣先に通知する派遣労働者の情報は、氏名、性別及び社会保険の加入状況に限る。", "dispatch-personal-info", "dispatch", "missing"),
    # A time the rule holds in is no part of the exception after it.
    ("第９条　派遣元は、派遣労働者が本件派遣就業に従事する間及びその終了後において、派遣就業の過程で知り得た派遣先の秘密を、"
     "派遣先の書面による事前の承諾を得た場合を除き、第三者に開示することのないよう、派遣労働者にこれを遵守させなければならない。",
     "dispatch-secrecy", "dispatch", "present"),
    # The items of another contract to be agreed bind no one.
    ("第２条　甲及び乙は、労働者派遣を行うごとに、次に掲げる事項を定めた個別契約を締結する。\n（１）派遣労働者が従事する業務の内容\n（２）秘密の保持に関する事項\n（３）派遣料金",
     "dispatch-secrecy", "dispatch", "missing"),
    # Access logs kept are no information returned or erased.
    ("第12条　乙は、情報システムへのアクセス記録を、契約期間中保存しなければならず、甲の承認を得ずにこれを消去し、又は改変してはならない。",
     "return-deletion", "outsourcing", "missing"),
    # Labour law and a subcontract the ward itself holds are not the contractor's subcontracting.
    ("第17条　受注者は、本業務に従事する労働者（下請負人が雇用する労働者を含む。）の労働条件について、労働関係法令を遵守しなければならない。",
     "subcontracting", "outsourcing", "missing"),
    # No-fault release is ordinary liability; plain 「弁償」; an exception the contractor earns itself.
    ("第18条　委託者は、受託者がこの契約に違反したときは、この契約を解除することができる。\n"
     "第19条　受託者は、この契約の履行に関し、委託者に損害を与えたときは、その損害を賠償しなければならない。\n"
     "２　前項の規定にかかわらず、受託者の責めに帰することができない事由により生じた損害については、受託者はその賠償の責めを負わない。",
     "termination-damages", "outsourcing", "present"),
    ("第９条　乙がこの契約で約束したことを守らなかったときは、甲は、この契約をやめることができます。\n"
     "２　乙は、約束を守らなかったことで甲が受けた損害を、甲に弁償しなければなりません。", "termination-damages", "outsourcing", "present"),
    ("12　発注者は、受注者が本特記事項に違反したときは、契約を解除することができる。ただし、受注者が違反の事実を発注者に通知し、"
     "自らの責任において是正したときは、この限りでない。\n13　受注者は、本特記事項に違反したことにより発注者に損害が生じたときは、その損害を賠償しなければならない。",
     "termination-damages", "outsourcing", "weak"),
])
def test_plain_bans_uses_times_agreed_items_logs_and_liability(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Noticing an incident or its risk is no judgement of one's own.
    ("第８条　派遣元は、派遣労働者に、派遣先の個人情報を当該業務の目的の範囲内でのみ取り扱わせ、目的外に利用させてはならない。\n"
     "２　派遣元は、派遣労働者に前項の個人情報を、派遣先の書面による承認なく複製させ、又は就業場所から持ち出させてはならない。\n"
     "３　派遣元は、第１項の個人情報の漏えい、滅失等の事故が生じ、又は生ずるおそれがあると派遣労働者が認めたときは、直ちに派遣先に報告させ、派遣先の指示に従わせるものとする。",
     "dispatch-personal-info", "dispatch", "present"),
    ("３　派遣元は、第１項の個人情報の漏えいが派遣先の業務に重大な影響を及ぼすと派遣元が認めたときは、直ちに派遣先に報告させるものとする。\n"
     "第８条　派遣元は、派遣労働者に、派遣先の個人情報を目的外に利用させ、又は派遣先の承認なく複製させてはならない。",
     "dispatch-personal-info", "dispatch", "weak"),
    # A pledge binding after the worker leaves; a secret the staffing company designates.
    ("第２条　派遣元は、派遣労働者に対し、派遣先の事務に従事したことにより知ることのできた事項を口外しないよう誓約させ、これを守らせるものとする。"
     "この誓約の効力は、派遣労働者がその職を離れた後にも及ぶものとする。", "dispatch-secrecy", "dispatch", "present"),
    ("第２条　派遣元は、派遣労働者に、派遣就業に際し取り扱う情報のうち派遣元が秘密として指定したものを漏らさないことを遵守させなければならない。派遣期間終了後も同様とする。",
     "dispatch-secrecy", "dispatch", "weak"),
    ("第２条　派遣元は、派遣労働者に、派遣就業に際し取り扱う情報のうち派遣先が秘密として指定したものを漏らさないことを遵守させなければならない。派遣期間終了後も同様とする。",
     "dispatch-secrecy", "dispatch", "present"),
])
def test_noticing_pledges_and_designated_secrets(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The client's officer allowing copies a longer way round; 「…場合に限ること」 in a list.
    ("第７条　派遣元は、派遣労働者に、次の事項を遵守させなければならない。\n一　派遣業務の目的以外に利用しないこと。\n"
     "二　個人情報を複製し、又は就業場所から持ち出さないこと。\n三　漏えい等の事故が生じたときは、直ちに派遣先に報告し、派遣先の指示に従うこと。\n"
     "2　前項第二号の規定にかかわらず、派遣先の指揮命令者が、データのバックアップその他業務上必要と認めて書面により指示した場合には、"
     "派遣労働者は、その指示の範囲内に限り個人情報を複製することができる。", "dispatch-personal-info", "dispatch", "present"),
    ("第８条　派遣元は、区民の個人に関する情報について、次のとおり取り扱うよう派遣労働者を指導監督し、これを守らせる責任を負う。\n"
     "ア　それらの情報を本来の用途以外に用いないこと。\n"
     "イ　コピーその他の方法により写しを作ること、及び派遣先の建物の外へ持ち出すことは、派遣先が事前に認めた場合に限ること。\n"
     "ウ　書類の紛失その他の事故を知ったときは、その場で派遣先の指揮命令者に申し出て、派遣先の指示を仰ぐこと。", "dispatch-personal-info", "dispatch", "present"),
    # Copies of what holds no personal information; the contractor weighing a risk of leaks.
    ("第13条　受託者は、業務従事者に対し、研修を年１回以上実施しなければならない。\n"
     "２　受託者は、前項の研修に当たり、区が作成した研修テキスト（個人情報を含まないものに限る。）を複写して使用することができる。", "copying", "outsourcing", "missing"),
    ("第12条　受注者は、個人情報の漏えい、滅失又は毀損のおそれがあると受注者が判断したときは、その防止のために必要な措置を講じなければならない。",
     "security", "outsourcing", "weak"),
])
def test_client_officers_listed_conditions_copies_without_information_and_weighed_risks(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「派遣の役務を解かれた後においても、また同様とする」 survives; a term the staffing company sets does not.
    ("第九条（守秘）　派遣労働者は、甲の事務に従事するに当たり知り得た事項を他言してはならない。派遣の役務を解かれた後においても、また同様とする。\n"
     "２　乙は、前項の定めを派遣労働者に周知し、これを守らせなければならない。", "dispatch-secrecy", "dispatch", "present"),
    ("第９条（秘密の保持）　乙は、派遣労働者に、甲の業務に関し知り得た秘密を漏らさせてはならない。派遣期間終了後においては、乙が必要と認める期間、同様とする。",
     "dispatch-secrecy", "dispatch", "weak"),
])
def test_released_from_the_post_and_periods_the_staffing_company_sets(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A risk the contractor weighs (「…おそれがあると受託者が認めるときは」) is its own judgement.
    ("第13条　受託者は、個人情報の漏えい、滅失又はき損のおそれがあると受託者が認めるときは、直ちに、当該漏えい等を防止するために必要な措置を講じなければならない。",
     "security", "outsourcing", "weak"),
    # A later 項 putting a disclosure under the client's consent restores the approval, whatever the words.
    ("第10条　派遣元は、派遣労働者に、業務上知り得た秘密を漏らさないことを誓約させるものとし、この義務は派遣期間終了後も継続する。\n"
     "２　前項の規定にかかわらず、派遣元が必要と認めたときは、派遣労働者は秘密を開示することができる。\n"
     "３　前項の開示は、派遣先の書面による同意がある場合に限り、行うことができる。", "dispatch-secrecy", "dispatch", "present"),
    # Repaying lost property is no liability for a breach; the measures before an incident clause do not hide it.
    ("２　指定管理者は、備品を毀損し、又は滅失したときは、速やかに区に報告し、区の指示に従い弁償し、又は同等品を購入しなければならない。",
     "termination-damages", "outsourcing", "missing"),
    ("（３）指定管理者は、個人情報の漏えい、滅失及び毀損の防止のために必要な措置を講じなければならない。\n"
     "（４）指定管理者は、事故が生じたときは直ちに区に報告し、区の指示に従わなければならない。", "incident", "outsourcing", "present"),
    # The staffing company's registrants.
    ("甲（派遣元）は、甲に登録した者の個人情報を適正に管理し、その者が登録を抹消した後においても、これを第三者に漏らしてはならない。",
     "dispatch-personal-info", "dispatch", "missing"),
])
def test_weighed_risks_restored_consents_property_and_registrants(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A later 項 that sets the ban aside for copies made the contractor's own way.
    ("第11条　受注者は、発注者の承認を得ないで、本業務に係る個人情報を複製してはならない。\n"
     "２　前項の規定にかかわらず、受注者は、障害発生時の復旧に備え、受注者が定める周期及び方法により、個人情報を含むデータのバックアップを取得するものとする。",
     "copying", "outsourcing", "weak"),
    ("第11条　受注者は、発注者の承認を得ないで、本業務に係る個人情報を複製してはならない。\n"
     "２　前項の規定にかかわらず、受注者は、障害発生時の復旧に備え、発注者が指示する周期及び方法により、個人情報を含むデータのバックアップを取得するものとする。",
     "copying", "outsourcing", "present"),
    # Copying left to the contractor's own rules beats a ban on paper copies elsewhere.
    ("１　乙は、甲の承認を得た場合を除き、個人情報が記録された申請書その他の紙媒体を複写してはならない。\n"
     "２　電磁的記録に記録された個人情報の複製については、乙が定める情報セキュリティ規程に従い、乙の情報システム管理者が行うものとする。",
     "copying", "outsourcing", "weak"),
    ("１　乙は、甲の承認を得た場合を除き、個人情報が記録された申請書その他の紙媒体を複写してはならない。\n"
     "２　電磁的記録に記録された個人情報の複製については、甲の承認を得た上で、乙が定める情報セキュリティ規程に従い行うものとする。",
     "copying", "outsourcing", "present"),
    # A ban whose only bound is a purpose, set before the whole clause.
    ("第11条　受託者は、本業務の目的以外の目的のために、区から提供を受けた個人情報を複製し、又は複写してはならない。",
     "copying", "outsourcing", "weak"),
    ("第11条　受託者は、区の承認を得ないで、区から提供を受けた個人情報を複製し、又は複写してはならない。",
     "copying", "outsourcing", "present"),
    # A table cell that allows, with a note after its verdict.
    ("第７条　受託者は、本業務で取り扱う個人情報について、次の区分に従わなければならない。\n区分　｜　取扱い\n"
     "複製・複写　｜　業務上必要な場合は可（作業日誌に記録すること）\n持ち出し　｜　区の承認を得た場合に限り可",
     "copying", "outsourcing", "weak"),
    ("第７条　受託者は、本業務で取り扱う個人情報について、次の区分に従わなければならない。\n区分　｜　取扱い\n"
     "複製・複写　｜　区の承認を得た場合に限り可（作業日誌に記録すること）\n持ち出し　｜　区の承認を得た場合に限り可",
     "copying", "outsourcing", "present"),
])
def test_own_ways_of_copying_purpose_bounds_and_cell_notes(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


_TABLE_NAMED_BY_THE_BODY = (
    "第６条（個人情報の取扱制限）\n受託者は、本業務において取り扱う個人情報について、別表「取扱制限一覧」に掲げる行為を、同表の条件によらずに行ってはならない。\n\n"
    "別表　取扱制限一覧\n行為　｜　可否　｜　条件\n閲覧　｜　可　｜　業務従事者として区に届け出た者に限る\n"
    "複写・複製（印刷を含む。）　｜　原則不可　｜　区の書面による承認を得た場合に限り可\n")


def test_a_table_reads_with_the_body_sentence_that_names_it(engine):
    assert status(engine, _TABLE_NAMED_BY_THE_BODY, "copying", "outsourcing")[0] == "present"
    # Without the body naming it, the rows say nothing of personal information.
    alone = _TABLE_NAMED_BY_THE_BODY.split("\n\n", 1)[1]
    assert status(engine, alone, "copying", "outsourcing")[0] == "missing"


@pytest.mark.parametrize("text,item,kind,expected", [
    # Use allowed only within the work is the limit itself.
    ("第７条　派遣労働者は、区の保有する個人情報を、区が指示した派遣業務の遂行に必要な範囲内においてのみ利用することができ、これを超えて利用してはならない。\n"
     "２　派遣労働者は、区の指揮命令者の書面による許可を得ないで、前項の個人情報を複製し、又は区の施設外へ持ち出してはならない。\n"
     "３　派遣労働者は、個人情報の紛失その他の事故を知ったときは、直ちに区の指揮命令者に申し出なければならない。\n"
     "４　派遣元は、派遣労働者に前３項の規定を遵守させなければならない。", "dispatch-personal-info", "dispatch", "present"),
    ("第７条　派遣労働者は、区の保有する個人情報を、派遣業務の遂行に必要な範囲で利用することができる。\n"
     "２　派遣労働者は、区の指揮命令者の書面による許可を得ないで、前項の個人情報を複製し、又は区の施設外へ持ち出してはならない。\n"
     "３　派遣労働者は、個人情報の紛失その他の事故を知ったときは、直ちに区の指揮命令者に申し出なければならない。\n"
     "４　派遣元は、派遣労働者に前３項の規定を遵守させなければならない。", "dispatch-personal-info", "dispatch", "weak"),
    # 「事故発生時の…報告」 names a kind of report, not a condition of the others listed.
    ("（個人情報の取扱いに関する遵守事項）\n第13条　目的外利用の禁止、派遣先の許可のない複製及び持出しの禁止並びに事故発生時の派遣先への即時報告については、派遣元の責任において、派遣労働者に遵守させるものとする。",
     "dispatch-personal-info", "dispatch", "present"),
    # A later 項 puts the permission under the ward's approval; a return after use does not make it late.
    ("第10条　派遣元は、派遣労働者に、区の個人情報を業務以外に利用させず、区の承認なく複写させず、事故を直ちに区に報告させなければならない。\n"
     "2　前項の規定にかかわらず、派遣労働者は、業務の遂行のために必要と判断した場合には、個人情報が記録された書類を複写することができる。\n"
     "3　前項の場合においては、派遣労働者は、あらかじめ区の承認を得なければならず、複写した書類は、用済み後直ちに指揮命令者に引き渡すものとする。",
     "dispatch-personal-info", "dispatch", "present"),
    ("第10条　派遣元は、派遣労働者に、区の個人情報を業務以外に利用させず、区の承認なく複写させず、事故を直ちに区に報告させなければならない。\n"
     "2　前項の規定にかかわらず、派遣労働者は、業務の遂行のために必要と判断した場合には、個人情報が記録された書類を複写することができる。\n"
     "3　前項の場合においては、派遣労働者は、複写した後遅滞なく区の承認を得なければならない。",
     "dispatch-personal-info", "dispatch", "weak"),
    # 「第１項の個人情報」 two 項 down is still the workers' own data the ward was told.
    ("第６条　甲は、乙から通知を受けた派遣労働者の個人情報を、派遣就業の管理以外の目的に利用してはならない。\n"
     "２　甲は、乙の同意なく、前項の個人情報を複製し、又は庁外に持ち出してはならない。\n"
     "３　甲は、第１項の個人情報の漏えいが生じたときは、直ちに乙に報告するものとする。", "dispatch-personal-info", "dispatch", "missing"),
])
def test_uses_allowed_only_within_kinds_of_report_restored_approvals_and_workers_data(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # Nothing changes after the end; the post lost; information got at the workplace.
    ("第３条　派遣元は、その雇用する派遣労働者に、派遣先の庁舎内で見聞きした事柄を、部外者に口外させてはならない。\n"
     "２　前項の取扱いは、派遣が終わった後も、また当該派遣労働者が派遣元を辞めた後も、変わるものではない。", "dispatch-secrecy", "dispatch", "present"),
    ("第３条　派遣元は、その雇用する派遣労働者に、派遣先の庁舎内で見聞きした事柄を、部外者に口外させてはならない。",
     "dispatch-secrecy", "dispatch", "weak"),
    ("第七条（口外の禁止）\n乙は、その雇用する者で甲に派遣されたものに、甲の庁舎内で見聞きした事柄を他言させないものとし、"
     "その者が派遣労働者としての地位を失った後においても、これを他言させてはならない。", "dispatch-secrecy", "dispatch", "present"),
    ("株式会社セブンスター人材（以下「甲」という。）と練馬区（以下「乙」という。）は、甲が乙に対して行う労働者派遣について、次のとおり基本契約を締結する。\n"
     "第３条（職場で得た情報）　甲は、派遣労働者に、乙の職場で得た情報を乙の外へ漏らさせないものとする。\n"
     "２　前項により派遣労働者に課す義務には期限を設けないものとし、この契約の終了によっても消滅しない。",
     "dispatch-secrecy", "dispatch", "present"),
    # A 就業条件明示 table's 遵守事項 row binds the workers.
    ("第2条　派遣元は、別表の「遵守事項」欄に定める事項を派遣労働者に守らせなければならない。\n別表（就業条件明示）\n"
     "業務内容　　｜区民相談室における相談受付票の作成補助\n遵守事項　　｜就業中に知り得た相談者の相談内容その他一切の情報を他に漏らさないこと。\n"
     "（注）「遵守事項」欄の事項は、派遣就業の期間が満了した後も、引き続き守らせるものとする。", "dispatch-secrecy", "dispatch", "present"),
    # Secrecy only for the workers the staffing company picks.
    ("第10条　派遣元は、派遣元が個人情報又は機密性の高い情報を取り扱うと判断した派遣業務に従事させる派遣労働者について、"
     "派遣先で知り得た秘密を派遣終了後も漏らさない旨の誓約書を提出させ、これを遵守させるものとする。", "dispatch-secrecy", "dispatch", "weak"),
    ("第10条　派遣元は、派遣労働者について、派遣先で知り得た秘密を派遣終了後も漏らさない旨の誓約書を提出させ、これを遵守させるものとする。",
     "dispatch-secrecy", "dispatch", "present"),
])
def test_unchanged_after_the_end_lost_posts_workplace_information_tables_and_picked_workers(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A permission that reaches past the client's instruction (「…の指示によるほか」).
    ("第16条　受託者は、区の指示によるほか、本業務の遂行に必要な範囲内において、区から提供を受けた個人情報を複製することができる。",
     "copying", "outsourcing", "weak"),
    ("第16条　受託者は、区の指示による場合に限り、区から提供を受けた個人情報を複製することができる。",
     "copying", "outsourcing", "present"),
    # A report after copying, with the client's say only over disposing of the copies later.
    ("第8条　受注者は、本業務の処理のため個人情報を複製し、又は複写したときは、遅滞なく、その日時及び数量を書面により発注者に報告するとともに、"
     "本業務の完了後は発注者の指示に従って廃棄しなければならない。", "copying", "outsourcing", "weak"),
    # Copying one kind of data on the contractor's own judgement.
    ("１　乙は、甲の承認を得た場合を除き、個人情報が記録された紙媒体を複写してはならない。\n"
     "２　電子データの複製は、乙の判断により行うものとする。", "copying", "outsourcing", "weak"),
])
def test_permissions_past_instructions_reports_after_copies_and_own_judgement(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # 「前２項の規定は、…後も適用する」 keeps the secrecy of the article's earlier 項.
    ("第８条（秘密の保持）　乙は、派遣労働者に、甲の業務に関して知り得た秘密を他に漏らさせてはならない。ただし、業務の遂行上やむを得ない場合は、この限りでない。\n"
     "２　前項ただし書の場合において、乙は、あらかじめ甲の書面による承認を受けなければならず、甲の承認がない限り、派遣労働者に開示させてはならない。\n"
     "３　前２項の規定は、本契約の終了後も、また派遣労働者が乙を退職した後も適用する。", "dispatch-secrecy", "dispatch", "present"),
    ("第８条（秘密の保持）　乙は、派遣労働者に、甲の業務に関して知り得た秘密を他に漏らさせてはならない。ただし、業務の遂行上やむを得ない場合は、この限りでない。\n"
     "２　前項ただし書の場合において、乙は、あらかじめ甲の書面による承認を受けなければならず、甲の承認がない限り、派遣労働者に開示させてはならない。",
     "dispatch-secrecy", "dispatch", "weak"),
    # The staffing company's own business secrets (its manuals) carried by its workers.
    ("株式会社ユニオンキャリア（以下「甲」という。）と○○区（以下「乙」という。）とは、甲が雇用する労働者を乙に派遣することについて、次のとおり契約する。\n"
     "第８条　甲は、その雇用する派遣労働者に対し、派遣就業に当たり携行させる甲の業務マニュアル、料金表その他甲の事業上の秘密を保持させるものとし、"
     "この義務は派遣労働者が甲を退職した後も存続させる。", "dispatch-secrecy", "dispatch", "missing"),
    # The staffing company's own staff and records, 「…についても、その職を退いた後も同様とする」.
    ("第９条（秘密の保持）　派遣元は、派遣登録者及び派遣労働者の経歴、評価、賃金その他の個人情報を、正当な理由なく他に漏らしてはならない。"
     "派遣元の役員又は従業員であった者についても、その職を退いた後も同様とする。", "dispatch-secrecy", "dispatch", "missing"),
    # 「その仕事のため以外には使わず」: use bounded in plain words.
    ("株式会社ひかり人材サービス（以下「甲」という。）と練馬区（以下「乙」という。）とは、甲が乙に労働者を派遣することについて、次のとおり契約を締結する。\n"
     "第６条　甲は、派遣労働者が乙の仕事で扱う住民の氏名、住所その他の個人に関する情報を、その仕事のため以外には使わず、乙の了解なしに写しを作り、"
     "又は乙の庁舎の外へ持ち出すことのないようにさせ、これらの情報が漏れたことを知ったときは直ちに乙に知らせるようにさせなければならない。",
     "dispatch-personal-info", "dispatch", "present"),
])
def test_named_paragraphs_surviving_own_manuals_own_staff_and_plain_use(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


_BODY_WAIVES_AN_ITEM = (
    "第５条（特記事項）乙は、別記個人情報取扱特記事項を遵守しなければならない。ただし、同特記事項第６（複写又は複製の禁止）の規定は、"
    "{} 作成するバックアップデータについては、適用しない。\n"
    "別記　個人情報取扱特記事項\n"
    "第６（複写又は複製の禁止）乙は、甲の承諾なしに、甲から提供された個人情報を複写し、又は複製してはならない。\n")


@pytest.mark.parametrize("how,expected", [
    # The body lifts the special provisions' copying ban (item 第６, no 条) for copies the
    # contractor makes its own way; not for copies the client instructs.
    ("乙が自ら定める手順に従い", "weak"),
    ("甲の書面による指示に基づき", "present"),
])
def test_the_body_waiving_an_item_of_the_special_provisions(engine, how, expected):
    assert status(engine, _BODY_WAIVES_AN_ITEM.format(how), "copying", "outsourcing")[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # The ward named only to be left out of the report.
    ("株式会社パシフィック人材（以下「甲」という。）と練馬区（以下「乙」という。）は、次のとおり個別契約を締結する。\n"
     "第７条　甲は、派遣労働者に、乙の業務において取り扱う個人情報を、当該業務の目的以外に利用させてはならない。\n"
     "２　甲は、派遣労働者に、乙の許可なく、前項の個人情報を複製させ、又は乙の庁舎外へ持ち出させてはならない。\n"
     "３　派遣労働者は、個人情報の漏えい等の事故を知ったときは、直ちに甲の派遣元責任者に報告するものとし、乙への報告を要しない。",
     "dispatch-personal-info", "dispatch", "weak"),
    ("株式会社パシフィック人材（以下「甲」という。）と練馬区（以下「乙」という。）は、次のとおり個別契約を締結する。\n"
     "第７条　甲は、派遣労働者に、乙の業務において取り扱う個人情報を、当該業務の目的以外に利用させてはならない。\n"
     "２　甲は、派遣労働者に、乙の許可なく、前項の個人情報を複製させ、又は乙の庁舎外へ持ち出させてはならない。\n"
     "３　派遣労働者は、個人情報の漏えい等の事故を知ったときは、直ちに甲の派遣元責任者及び乙に報告するものとする。",
     "dispatch-personal-info", "dispatch", "present"),
    # Registrants' information kept by the staffing company's own staff.
    ("第16条　派遣元は、派遣労働者及び派遣登録者の個人情報について、個人情報適正管理規程を定め、漏えいの防止その他必要な措置を講じなければならない。\n"
     "２　派遣元は、前項の規程を遵守させるため、その従業者に対する教育を行い、従業者が退職した後も登録者の情報を漏らさないよう誓約させる。",
     "dispatch-secrecy", "dispatch", "missing"),
    # 「…承認を得て、又は派遣元の責任において、これを行うものとする」 in the next 項.
    ("第10条　派遣元は、派遣労働者に、派遣先における業務の処理上知り得た秘密を漏らさないことを遵守させなければならない。派遣期間の終了後も同様とする。\n"
     "２　派遣労働者が前項の秘密を第三者に開示する必要が生じたときは、派遣先の承認を得て、又は派遣元の責任において、これを行うものとする。",
     "dispatch-secrecy", "dispatch", "weak"),
    ("第10条　派遣元は、派遣労働者に、派遣先における業務の処理上知り得た秘密を漏らさないことを遵守させなければならない。派遣期間の終了後も同様とする。\n"
     "２　派遣労働者が前項の秘密を第三者に開示する必要が生じたときは、派遣先の承認を得て、これを行うものとする。",
     "dispatch-secrecy", "dispatch", "present"),
    # Damages after a termination are no surviving secrecy.
    ("第5条　乙は、派遣労働者に、業務上知り得た甲の秘密を他に漏らさないことを遵守させなければならない。\n"
     "第９条　甲は、乙が本契約に違反したときは、本契約を解除することができる。前条第1項の規定により契約を解除した場合において甲に損害が生じたときも、同様とする。",
     "dispatch-secrecy", "dispatch", "weak"),
    # Copies by other names: writing out, photographing, copying onto other media.
    ("第9条　受注者は、発注者から貸与された調査票を善良な管理者の注意をもって管理しなければならない。\n"
     "2　受注者は、調査票に記録された個人に関する情報について、その全部又は一部を書き写し、撮影し、又は他の記録媒体に写し取ってはならない。"
     "ただし、あらかじめ発注者が書面により同意したときは、この限りでない。", "copying", "outsourcing", "present"),
    ("第9条　受注者は、発注者から貸与された調査票を善良な管理者の注意をもって管理しなければならない。\n"
     "2　受注者は、調査票に記録された個人に関する情報について、その全部又は一部を書き写し、撮影し、又は他の記録媒体に写し取ってはならない。"
     "ただし、業務上必要があるときは、この限りでない。", "copying", "outsourcing", "weak"),
])
def test_reports_kept_from_the_ward_registrants_ways_round_damages_and_copies_by_other_names(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("survival,expected", [
    # A survival article naming the secrecy article and a damages article keeps the secrecy alive,
    # though the damages article speaks of 「生じた損害」; damages found later keep nothing.
    ("第21条　本契約が期間満了、解除その他の事由により終了した場合においても、第９条及び第12条の規定は、なお効力を有する。", "present"),
    ("第21条　第９条の規定は、この契約の終了後においても、派遣期間中に生じた損害については、なお効力を有する。", "weak"),
])
def test_survival_naming_secrecy_beside_damages(engine, survival, expected):
    text = ("第９条　派遣元は、派遣労働者に、派遣業務の遂行に当たり知り得た派遣先の秘密を他に漏らさないことを遵守させなければならない。\n"
            "第12条　派遣元は、派遣労働者が第９条の規定に違反したことにより派遣先に生じた損害を賠償しなければならない。\n" + survival)
    assert status(engine, text, "dispatch-secrecy", "dispatch")[0] == expected


@pytest.mark.parametrize("text,item,kind,expected", [
    # A numbered table of forbidden acts named by a body article: each row is banned.
    ("第８条　乙は、甲の書面による承諾を得た場合を除き、別表第１に掲げる行為をしてはならない。\n"
     "別表第１（第８条関係）\n｜番号｜行為｜\n｜１｜個人情報を第三者に提供すること｜\n"
     "｜２｜個人情報を記録した帳簿を複写し、又は電子データを複製すること｜", "copying", "outsourcing", "present"),
    # ... and a row that carves out what the contractor judges necessary is weak.
    ("第８条　乙は、別表に掲げる行為をしてはならない。\n別表（第８条関係）\n"
     "一　個人情報を第三者に提供すること。\n"
     "二　個人情報を複写し、又は複製すること（乙が作業上必要と認めるものを除く。）。", "copying", "outsourcing", "weak"),
    # A table of acts that need the client's approval, named by the body.
    ("第６条　受注者は、個人情報について別表に掲げる行為をしようとするときは、あらかじめ発注者の承認を受けなければならない。\n"
     "別表（第６条関係）\n番号　行為　内容\n１　複製　帳票の複写及び電子データの複製\n２　持出し　媒体の事務所外への持出し",
     "copying", "outsourcing", "present"),
    # A notice before copying is no approval.
    ("第７条　乙は、業務上、個人情報を複写する必要があるときは、あらかじめその範囲を甲に通知した上で行うものとする。",
     "copying", "outsourcing", "weak"),
    ("第７条　乙は、業務上、個人情報を複写する必要があるときは、あらかじめその範囲を示して甲の承認を得なければならない。",
     "copying", "outsourcing", "present"),
    # The ban's approval deemed given by the contractor's own officer, or by a notice after the copy.
    ("第７条　乙は、甲の承認を得ずに個人情報を複製してはならない。\n"
     "２　乙の情報管理責任者が必要と認めて複製を許可したときは、前項の甲の承認があったものとみなす。",
     "copying", "outsourcing", "weak"),
    ("７　複製の制限\n(1) 乙は、甲の承認を得ずに、個人情報を複製してはならない。\n"
     "(2) 乙は、個人情報を複製したときは、その旨を甲に届け出るものとし、当該届出をもって(1)の承認があったものとみなす。",
     "copying", "special-provisions", "weak"),
    # Copying under the contractor's own rules beside a ban on paper copies.
    ("第９条　乙は、甲から借り受けた帳票を、甲の承認を得ずに複写してはならない。\n"
     "２　乙は、電子データの複製については、乙が定める情報管理規程に従い、適正に行うものとする。",
     "copying", "outsourcing", "weak"),
    ("第９条　乙は、個人情報を複製するときは、甲の承認を得て、又は乙が定める情報管理規程に基づく手続を経て行うものとする。",
     "copying", "outsourcing", "weak"),
    # A proviso whose grounds are an attachment's rows: the contractor's own say is among them.
    ("第12条　乙は、甲の承認を得ずに、個人情報を複製してはならない。ただし、別表に定める場合は、この限りでない。\n"
     "別表（第12条関係）\n番号　｜　複製の内容　｜　手続\n１　｜　甲の指示による統計資料　｜　甲の指示による\n"
     "２　｜　受付簿の控え　｜　乙の所長の判断により作成する", "copying", "outsourcing", "weak"),
    # The client designating the exception keeps it under the client.
    ("第12条　乙は、甲の承認を得ないで個人情報を複製してはならない。\n"
     "２　前項の規定にかかわらず、甲が事業計画において複製を行うことができる場合として指定したものについては、同項の承認を要しない。",
     "copying", "outsourcing", "present"),
    # The duty to keep copies from being made put on the ward alone.
    ("第10条　甲は、乙に引き渡す個人情報について、乙がこれを複写することのないよう、必要な措置を講じなければならない。",
     "copying", "outsourcing", "weak"),
    # A copy written as 「写し（…を含む。）を作成」 with the client's approval only.
    ("第５条　乙は、甲の書面による承認を得た場合に限り、個人情報の写し（印刷及び記録媒体への記録により作成するものを含む。）を作成することができる。",
     "copying", "outsourcing", "present"),
    # A row of a table: copies reported afterwards.
    ("第11条　乙は、個人情報に関し次に掲げる行為を行う場合は、それぞれ次に定める手続によらなければならない。\n"
     "　区分　　　　｜手続\n　第三者への提供｜禁止\n　複製・複写　　｜実施後、月次報告により甲に報告\n　持出し　　　　｜甲の事前承認",
     "copying", "outsourcing", "weak"),
    # A table naming who approves each act: the contractor's own officer approving copies.
    ("第９条　乙は、個人情報について次の表に掲げる行為を行う場合には、同表の承認者欄に掲げる者の承認を事前に得なければならない。\n"
     "　行為　　　　　｜　承認者\n　個人情報の複製　｜　受託者が選任する情報管理責任者\n　個人情報の持出し｜　甲",
     "copying", "outsourcing", "weak"),
    ("第９条　乙は、個人情報について次の表に掲げる行為を行う場合には、同表の承認者欄に掲げる者の承認を事前に得なければならない。\n"
     "　行為　　　　　｜　承認者\n　個人情報の複製　｜　甲\n　個人情報の持出し｜　甲",
     "copying", "outsourcing", "present"),
    # Drawings lent for the upkeep of a facility are no personal information.
    ("第12条　区は、施設の竣工図面その他の技術資料を指定管理者に貸与する。\n"
     "２　指定管理者は、前項の資料を管理業務に必要な範囲で複写して使用することができる。", "copying", "outsourcing", "missing"),
])
def test_copying_tables_deemed_approvals_and_own_rules(engine, text, item, kind, expected):
    assert status(engine, text, item, kind)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # 「明かさせない」 and survival as 「変わらない」.
    ("第６条　乙は、派遣労働者をして、甲の事務に従事する中で見聞きした事柄を何人にも明かさせないものとする。この取扱いは、派遣が終わった後も変わらない。",
     "present"),
    # Making the workers aware is not binding them.
    ("第６条　乙は、派遣労働者に対し、守秘の重要性について周知し、情報の取扱いについて必要な指導を行うものとする。", "weak"),
    ("第６条　乙は、派遣労働者に対し、業務上知り得た甲の秘密を漏らしてはならない旨を周知し、これを遵守させなければならない。派遣終了後も同様とする。",
     "present"),
    # The staffing company's staff keeping registrants' secrets.
    ("第８条　派遣元の役員及び従業者は、その業務上知り得た派遣登録者及び派遣労働者の秘密を漏らしてはならない。その職を退いた後も、同様とする。",
     "missing"),
    # 「守秘義務　有り」 in the table of working conditions: a duty, but none after the dispatch.
    ("第２条　乙は、派遣労働者に別表の就業条件を明示し、これに従って就業させなければならない。\n"
     "別表（就業条件）\n　１　業務内容　　　窓口受付補助\n　２　守秘義務　　　有り\n　３　安全衛生　　　派遣先の定めによる",
     "weak"),
    # 「期間中であると否とを問わず」 keeps the secrecy after the dispatch.
    ("第９条　乙は、派遣労働者に、甲の業務に関して知り得た情報を、その就業の期間中であると否とを問わず、他人に知らせさせてはならない。",
     "present"),
    # A survival article naming the secrecy article with another article's title.
    ("第９条　派遣元は、派遣労働者に、派遣就業に関して知り得た派遣先の秘密を漏えいさせてはならない。\n"
     "第20条　第９条及び第15条（損害賠償）の規定は、本契約が終了した後においても、なおその効力を有する。", "present"),
    # Keeping the statutory ledgers after the end is no secrecy surviving.
    ("第５条　区は、派遣先管理台帳を派遣期間の終了の日から3年間保存し、派遣元は、派遣元管理台帳を同様に保存する。", "missing"),
    # 「機密文書及び廃棄文書の仕分け」 is the work itself.
    ("第１条　派遣労働者は、総務課において、機密文書及び廃棄文書の仕分けの業務に従事する。", "missing"),
])
def test_dispatch_secrecy_awareness_tables_and_named_survival(engine, text, expected):
    assert status(engine, text, "dispatch-secrecy", "dispatch")[0] == expected


@pytest.mark.parametrize("text,expected", [
    # 「…のためにのみ用いさせ、乙が認めた場合のほかは…」: the use term is not inside the condition.
    ("第９条　派遣元は、派遣労働者が派遣先の個人情報に接するときは、当該個人情報を派遣先の事務の処理のためにのみ用いさせ、派遣先が認めた場合のほかは、"
     "複写させ、又は庁舎外へ持ち出させないものとし、漏えいを知ったときは直ちに派遣先に報告させなければならない。", "present"),
    # A pledge: 「…以外のことには使いません」, and 「漏れ」 as the incident.
    ("第15条　派遣元は、派遣労働者から別紙の誓約書を徴し、その写しを派遣先に提出しなければならない。\n"
     "別紙\n誓約書\n私は、区で就業するに当たり、区の個人情報について、次のことを守ることを誓約します。\n"
     "１　指示された仕事以外のことには使いません。\n２　区の許可なく、コピー及び持ち帰りをしません。\n"
     "３　個人情報が外に漏れ、又はなくなったと気付いたときは、すぐに区の担当職員に知らせます。", "present"),
    # A successor named after a breach is no incident report.
    ("第10条　甲は、派遣労働者が第８条の規定に違反したときは、乙に派遣労働者の交替を求めることができる。\n"
     "２　乙は、前項の求めがあったときは、速やかに後任者を選定し、甲に通知する。", "missing"),
])
def test_dispatch_personal_info_plain_pledges_and_successors(engine, text, expected):
    assert status(engine, text, "dispatch-personal-info", "dispatch")[0] == expected


def test_a_pledge_signed_for_work_at_the_ward_binds_the_worker(engine):
    text = ("第８条　派遣元は、派遣労働者に、別記様式による誓約書を派遣先あてに提出させなければならない。\n"
            "別記様式（第８条関係）\n誓　約　書\n○○区長　あて\n"
            "私は、株式会社ミナトの派遣労働者として○○区において派遣就業を行うに当たり、次の事項を遵守することを誓約します。\n"
            "１　派遣就業に際して知り得た○○区の業務上の秘密を、第三者に漏らしません。派遣就業を終了した後も、同様とします。")
    parties_text = "○○区（以下「派遣先」という。）と株式会社ミナト（以下「派遣元」という。）は、労働者派遣について、次のとおり契約を締結する。\n"
    assert status(engine, parties_text + text, "dispatch-secrecy", "dispatch")[0] == "present"
