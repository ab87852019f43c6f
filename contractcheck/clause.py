"""What one sentence says about an anchor word: who bears it, with what force, with which
exception. Built on the GiNZA dependency parse (the head predicate, its auxiliaries, the path
from the anchor to the main predicate, the clause an exception attaches to).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .parties import Parties
from .party_patterns import approvals, client_approval_re, party_pattern, party_res
from .provisos import (APPROVAL_DONE_WITHOUT, APPROVAL_NOUNS, APPROVAL_WAIVED,
                       classify_exception, exception_of, restores_approval)
from .references import (ABOUT_THE_PREVIOUS, DISAPPLY, LATER_WAIVER, NAMED_PROVISION, NOT_THIS_LIMIT, OCCASION,
                         TAKES_AWAY)
from .segment import SUBMISSIONS_HEADING

# Modality markers, tested in this order (a longer, more specific form before its substrings).
_NEGATED = re.compile(r"(要せず|要することなく|必要とせず|拘束しない|効力を有しない|負わない|負うものではない|要しない|要さない|必要としない|必要はない|必要がない|ものではない|には及ばない|義務を負わない|責任を負わない|責めを負わない|責を負わない|賠償しない|限りではない$)")
# (「留意事項」「留意点」 name a list of points, not an effort: 「別紙「個人情報取扱いの留意事項」を
# 遵守しなければならない」.)
_EFFORT = re.compile(r"(努め|努む|努力|よう[^。、]{0,4}配慮|心掛け|心がけ|留意(?!事項|点)|なるべく|望ましい)")
_PERMIT_NEG_FORM = re.compile(r"(差し支えない|差支えない|妨げない)")
# 「ただし、…を複製することは、この限りでない」 (group 1 the act let be done).
_EXEMPTED_ACT = re.compile(rf"^\s*(?:ただし|但し)、?([^。]*?)ことは、?(?:{NOT_THIS_LIMIT})")
_PROHIBIT = re.compile(r"(せない[。]?$|許されない|許されず|てもならな|てはならず|ではならず|てはならな|ではならな|てはいけな|てはいけません|ではいけな|ではいけません|ことはできな|ことができな|ことができません|ないものとする|ないこと|ないよう|しない[。]?$|せず|禁止|禁ず|禁じ|してはな|させてはな|ないものと|行わない|漏らさない|ないで$|ないでください|ないで下さい|ことを得ず|ことを得ない|べからず|[さわかた]ない[。]?$|用いない[。]?$|(?<!なり)(?<!あり)(?<!でき)ません[。]?$)")
# 「行い得るものとする」 may; 「その承認を得るものとする」 obtains.
_PERMIT = re.compile(r"(ことができる|ことができ|ことを得る|ことができます|(?<=[いきしちにみりえけせてねめれべげで])得るものとする|自由に)")
_DUTY = re.compile(r"(なければならな|なければなりません|ねばならな|なければならず|ものとし|こととし|ものとする|こと[。]?$|義務を負|責任を負|責めを負|責を負|負う|べき|させる|する[。]?$|行う[。]?$|ものとします|しなければ|とする[。]?$|てください|て下さい|でください|で下さい|る。$|う。$|す。$|従う|る$|う$|ます$)")

# Notifying and reporting (「あらかじめ甲に届け出た作業場所」: a notice done already).
_NOTICE_VERBS = {"届け出る", "届出る", "届出", "報告", "通知", "提出", "申し出る", "申出る"}
# NOTE: 「ところ」 is left out: 「甲の指示するところにより」 is a manner, not a condition.
_CONDITION_NOUNS = {"場合", "とき", "時", "際", "限り"}


@dataclass(frozen=True)
class Clause:
    bearer: str              # contractor | client | both (「甲及び乙は」) | unknown
    # (fields below)
    modality: str            # duty | prohibition | permission | effort | negated | statement
    in_condition: bool       # the anchor sits in a 「…場合」「…とき」 clause, not the main duty
    in_exception: bool       # the anchor sits inside the exception clause itself
    exception: str           # none | approval | law | swallowing | own (the contractor's own say)
    client_approval: bool    # the sentence ties the act to the client's approval/instruction
    to_client: bool = True   # the sentence names the client as a recipient (「甲に報告」)
    own_approval: bool = False  # the only approval named is the contractor's own
    to_own: bool = False     # the report goes to the contractor's own officer (「管理責任者に報告」)
    contractor_consent: bool = False  # the act needs the contractor's consent (「乙の同意を得て」)


def head_predicate(tok):
    """The predicate that governs ``tok``: itself if it is one, else up the dependency tree."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "ADJ") or t.dep_ == "ROOT":
            return t
        if any(c.lemma_ in ("する", "できる") and c.dep_ in ("aux", "fixed") for c in t.children):
            return t
        t = t.head
    return t


def path_to_root(tok):
    out = []
    t = tok
    for _ in range(60):
        out.append(t)
        if t.head.i == t.i:  # spaCy makes a new Token object per access: compare indices
            break
        t = t.head
    return out


def _listing_boundary(doc, start: int, end: int) -> bool:
    """A listed duty closes between ``start`` and ``end``: 「…こと、」「…こと及び」."""
    for x in doc[start:end]:
        if x.lemma_ == "こと" and x.i + 1 < len(doc) and doc[x.i + 1].text in ("、", "及び", "並びに", "又は"):
            return True
        if x.text in ("ならず", "ず") and x.i + 1 < len(doc) and doc[x.i + 1].text in ("、", "（", "("):
            return True  # 「…委託してはならず、当該承認を得て委託する場合には…」
    between = doc[start:end].text if end > start else ""
    # 「…項目に限り取得するものとし、乙の…承認を得た場合を除き、…」: a duty stated in full
    # before the exception of the next one.
    return "とともに" in between or "と共に" in between or bool(re.search(r"(ものとし|こととし)、", between))


def doc_text(doc) -> str:
    """``doc.text`` joins every token on each access; a clause is read many times per sentence."""
    text = doc.user_data.get("contractcheck_text")
    if text is None:
        text = doc.user_data["contractcheck_text"] = doc.text
    return text


def local_tail(doc, pred) -> str:
    """Text from the predicate to the end of its clause (the next 「、」 or the sentence end)."""
    text = doc_text(doc)
    depth = 0
    # A parenthetical (「（…をいう。）」) is skipped: its 。 does not end the clause.
    for j in range(pred.idx + len(pred.text), len(text)):
        ch = text[j]
        if ch in "(（「":
            depth += 1
        elif ch in ")）」" and depth:
            depth -= 1
        elif depth == 0 and ch in "、。":
            return text[pred.idx:j + (1 if ch == "。" else 0)]
    return text[pred.idx:]


# 「できる限り、業務に必要な範囲内で収集する」 (not 「できる限り速やかに報告する」, which is a deadline).
_SOFT_ADVERB = re.compile(r"(なるべく|極力|(できる|可能な)限り(?!速やか|早|迅速|直ち|すみやか))")
# Named patterns of the clause-level readings below (each used in one place; named so the
# reading is visible where it is used).
# 「…確認するほか、…できる」: the act before ほか is stated outright.
# An exception in a parenthesis closing the sentence, after its predicate.
_CLOSING_EXCEPTION = re.compile(r"(こと|ない|する|とする|らない)[（(][^（）()]*を除く。?[）)]。?$")
# 「発注者は…国の承認を得ている。」: a state of affairs described, not an act required.
_STATE_OF_AFFAIRS = re.compile(r"(ている|ております|ています|てある|てあります)[。]?$")
_STATED_BEFORE_HOKA = re.compile(r"(する|行う)ほか、?$")
# A clause carrying its own duty is not part of a condition that follows it.
_OWN_DUTY = re.compile(r"(ないよう|なければならな|ものとし|こととし)")
# 「…漏らさないよう、」: a purpose clause; the main verb decides the force.
_PURPOSE_CLAUSE = re.compile(r"ないよう(に)?、?$")
_TO_THE_OTHER_SIDE = re.compile(r"相手方(に|へ|に対し|あて)")
# 「書面による承認」 with no approver named is the client's ...
# 「３　前項の同意を得た場合には、…複製等をすることができる」: the approval the 項 before asks for
# (whose it is, the engine reads there).
_UNNAMED_APPROVAL = re.compile(rf"(書面による|事前の|あらかじめ)[^。]{{0,6}}({APPROVAL_NOUNS})"
                               rf"|(前項|同項|(?<![条\d０-９])第[0-9０-９]{{1,2}}項)の({APPROVAL_NOUNS})を(得|受け)"
                               # (not 「前項の承認を得て作成した複製物を、…更に複製し」: the copies
                               # it approved, not the act at hand)
                               r"(?!(?:て|た)[^、。]{0,8}?(?:複製物|複写物|写し|もの|資料)を)")
# ... unless the contractor is the one who approves.
_CONTRACTOR_APPROVES = re.compile(r"(乙|受託者|受注者|指定管理者)が[^。]{0,10}(承認|認め)")
# The first 「…ものとし、」 after a coordinated act closes it (group 1: a ban, 「ないものとし、」).
_CLOSING_MARKER = re.compile(r"(ない)?(?:もの|こと)とし、")
# The occasion a contractor's judgement opens (「…必要があると認めるときは、」).
_JUDGED_OCCASION = re.compile(r"(認める|認めた|判断する|判断した|生じた|ある)(とき|場合)(は|には)、")
_ALTERNATIVE = re.compile(r"又は|若しくは|あるいは|もしくは")


def _approval_follows_the_judgement(head: str, parties) -> bool:
    """Does the client's approval come after the occasion the contractor's judgement opens, in the
    same chain of acts (not as an alternative 「…と認めるとき、又は甲の承認を得たときは」)?"""
    occasions = list(_JUDGED_OCCASION.finditer(head))
    if not occasions:
        return False
    occasion = occasions[-1]  # the judgement nearest the act
    rest = head[occasion.end():]
    approval = client_approval_re(parties).search(rest)
    return bool(approval) and not _ALTERNATIVE.search(rest[:approval.start()]) \
        and not approvals(rest[approval.end():], parties)[1]


# A listed duty (「させず、」「てはならず、」) before a condition noun.
_LISTED_DUTY = re.compile(r"(てはならず、|させず、|させないよう|ないようにし、|禁じ、|禁止し、|限らせ、)")


# 「複製：甲の書面による許可がある場合に限る」: the act is allowed only on that condition, so it
# is forbidden otherwise (a restriction, read as a prohibition with that exception).
_ONLY_ON_CONDITION = re.compile(r"^(.*)(場合|とき)(に|のみに)?限(る|ること|るものとする|られる|り可|り可能"
                                r"|り、?[^。、]{0,12}(ものとする|ものとします))[。]?$")

# The end of a coordinated clause (「特定し、」「限定して、」「定め、」).
_CLAUSE_BREAK = re.compile(r"(し|して|り|って|め|え|け)、")
PARENTHESES = re.compile(r"[（(][^（）()]*[）)]")
# (「…確認し、必要に応じて区に報告する」: just before the act, too.)
_AS_NEEDED = re.compile(r"必要に応じ(て)?(、|[^、。]{0,12}(に|へ)\s*$)")

# 「派遣元は、…報告を受けた場合において、必要があると認めるときは、派遣先に通知する」: nobody
# else is named as judging, so the party bound judges whether its duty arises.
_UNNAMED_JUDGE = re.compile(r"(?:^|、)[^、。が]{0,15}?(?:特に)?(必要|必要がある|相当|適当|適切)と(認める|認めた|判断する|判断した)(とき|場合)(は|には)?、")
_AS_A_RULE = re.compile(r"(原則として|原則、|原則的に)")
_MANNER = re.compile(r"(により|によって|において|の方法で|をもって)")
# 「前号の返還又は」: an act referred to by the provision that states it.
# 「前二項に定める報告及び調査の受入れを」 too.
_REFERRED_ACT = re.compile(r"(前号|前項|前各項|前二項|前2項|同項|同号|上記|前記)(?:の|に定める|に規定する)"
                           r"(?:[^、。をにはが]{0,6}(?:又は|及び|若しくは|並びに))?$")
# 「前項の検査は、少なくとも年1回実施する」: the act referred to is the topic and is done again
# here, with the detail this sentence adds.
_RESTATED_ACT = re.compile(r"^は、?[^。]{0,30}(実施|行う|行わ|行い|行な)")
# A table cell that forbids (「不可」「禁止」) or allows (「…の範囲で可」「可能」) the act its row names.
# (「複製・複写：×、甲が指示した場合に限り可」: a cross marks a forbidden act.)
# (「複写・複製：×甲の承認を得た場合を除く」: columns set apart by spaces run together.)
_CELL_FORBIDS = re.compile(r"^(原則(として)?、?)?(不可|禁止|認めない|認められない|できない|[×✕✖](?![0-9０-９]))")
_CELL_ALLOWS = re.compile(r"(?<!不)(可|可能|差し支えない|自由)[。）)]?$")
_NO_REPORT_TO_CLIENT = re.compile(r"(への|に対する|に)(報告|通知|連絡)(を|は)?(要しない|要さない|必要としない|不要|行わない|しない)")
_BESIDES_APPROVAL = re.compile(r"(承認|承諾|許可|同意|指示)(による|に基づく|がある場合の|があった場合の|を得た場合の|を受けた場合の)ほか、")
_CLOSING_NOTE = re.compile(r"\s*[（(][^（）()]*[）)]。?$")
# A cell that opens with its verdict (「可、業務従事者に限る。」).
_CELL_OPENS_ALLOWING = re.compile(r"^(可|可能|差し支えない|自由)(。|、|$)")
# 「体制表：契約締結後7日以内に区へ提出」: a 仕様書 row that ends in the act is an instruction.
_CELL_INSTRUCTS = re.compile(r"(提出|届出|届け出|報告|返還|返却|消去|廃棄)(する(こと)?)?。?$")
# 「報告の時期：…」: a table row written as a line, its label before the colon (with a note:
# 「複製・複写（電子データのコピーを含む。）：原則不可、…」).
# (「B:電子データの複製・バックアップ、受託者において随時実施可」: a code column, then the label
# cell.)
_LABEL_PREFIX = re.compile(r"^[^:：。、]{2,20}(?:[（(][^（）()。]{1,40}。?[）)])?[:：]"
                           r"|^[A-Za-zＡ-Ｚａ-ｚ0-9０-９ア-ンイロハニホヘト]{1,2}[:：][^:：。、]{2,30}(?:[（(][^（）()。]{1,40}。?[）)])?、")

_DEFINITION = re.compile(r"(をいう|をいい|を指す|を意味する|と称する)[。]?$")
_SEVERAL_BEFORE = re.compile(r"^\s*(前[2-9２-９二三四]項|前各項)の規定は")


# 「…義務を免れるものではない」「…によっても消滅しない」: a duty denied its end goes on.
# (「…雇用関係の終了によって消滅するものではない」 too.)
# (「前項の取扱いは、派遣が終わった後も、…変わるものではない」: nothing changes after the end.)
_SURVIVES = re.compile(r"(免れ|消滅し|消滅す|失効し|失効す|免除され|変わ)(る)?(ものではない|ものでない|ない|ず)"
                       r"|変わらない|変わりはない|変わりない")


# 「…複製することができるのは、委託者があらかじめ書面により認めた範囲に限る」: what is allowed
# only within a bound is forbidden beyond it.
_ALLOWED_ONLY_WITHIN = re.compile(r"ことができるのは、?[^。]*(範囲|場合|とき|もの|部数|数量)(の内|の内容|内)?に限(る|られる)")
# 「…派遣業務の遂行に必要な範囲内においてのみ利用することができ、これを超えて利用してはならない」:
# a use allowed only within the work's bounds is the limit itself.
_ALLOWED_ONLY_HERE = re.compile(r"(範囲|範囲内|目的|業務|事務)(において|で|に|のため|のために)?のみ[^、。]{0,20}(ことができ|できる)")


# 「…遵守するよう努めるものとし、再委託先が更に委託する場合も同様とする」: an effort clause before
# the anchor, and 「…も同様とする」 closing the anchor's own clause.
_EFFORT_CLAUSE_BEFORE = re.compile(r"(努める|努力する)(もの)?とし、")
_LIKEWISE_AFTER = re.compile(r"[^。]*(も|についても)、?(同様|同じ)と(する|します)")


def modality_of(text: str) -> str | None:
    if _SURVIVES.search(text):
        return "duty"
    if _NEGATED.search(text):
        return "negated"
    if _EFFORT.search(text):
        return "effort"
    if _PERMIT_NEG_FORM.search(text):
        return "permission"
    if _PROHIBIT.search(text):
        return "prohibition"
    if _PERMIT.search(text):
        return "permission"
    if _STATE_OF_AFFAIRS.search(text):
        return "statement"
    if _DUTY.search(text):
        return "duty"
    return None


def analyze(doc, anchor, parties: Parties, inherited_bearer: str = "unknown",
            inherited_modality: str | None = None, next_text: str = "",
            listed_grounds: str = "") -> Clause:
    pred = head_predicate(anchor)
    path = path_to_root(anchor)
    root = path[-1]
    text = doc_text(doc)
    in_condition, in_exception, cond = _scope(doc, anchor, pred, path)
    if re.match(r"(した|する|され|し)", text[anchor.idx + len(anchor.text):]) \
            and _in_what_a_noun_includes(text, anchor.idx):
        # 「個人情報（これを複製したものを含む。）を…持ち出してはならない」: the act named only
        # says what the noun covers; the rule is about the act outside the parenthesis. (Not a
        # noun: 「第三者（子会社を含む。）」 is what a subcontracting rule asks for.)
        in_exception = True
    local = local_tail(doc, _main_predicate(pred))
    # 「漏らさない旨の誓約書を徴することができる」: what follows 旨 is quoted content; the act
    # done with it decides the force.
    if "旨" in local:
        local = local[local.rfind("旨") + 1:]
    if in_condition and (_OWN_DUTY.search(local) or _duty_between(doc, anchor, cond)):
        # A clause that carries its own duty (「…持ち出させないよう管理し、事故が生じたときは…」)
        # is coordinated with the main predicate, not part of the condition after it.
        in_condition = False
    modality = _force(doc, anchor, pred, root, path, local, parties, inherited_modality)
    exempted = _EXEMPTED_ACT.match(text)
    if modality == "statement" and exempted and anchor.idx < exempted.end(1):
        # 「ただし、再委託先が業務上必要な範囲で個人情報を複製することは、この限りでない」: the
        # act named before 「ことは」 is let be done, whatever the sentence before was about.
        modality = "permission"
    if modality == "negated" and DISAPPLY.match(text) and restores_approval(next_text.split("\n")[0], parties):
        # 「２　前項の規定は、…必要な範囲で行う複製には、適用しない。３　受託者は、前項の複製を
        # 行おうとするときは、あらかじめ…区の承認を受けなければならない」: the rule is lifted only
        # under the client's approval (judged as the earlier 項's exception).
        modality = "statement"
    bearer = _who(text[:pred.idx], parties, inherited_bearer, inherited_modality)
    if pred.i == root.i:
        # 「区は、…打ち切ることができ、これによって区に生じた損失は受託者が負担する」: a subject
        # right before the main predicate is its own, whatever the sentence's topic (not one
        # before a relative clause: 「受注者は、発注者が指示する措置を講じ」).
        right_before = None
        for right_before in party_res(parties).subject.finditer(text[:pred.idx]):
            pass
        if right_before is not None and len(text[:pred.idx].rstrip()) - right_before.end() <= 1:
            bearer = parties.role_of(right_before.group(1))
    if modality == "permission" and bearer in ("contractor", "both"):
        # 「第16条　前条第２項の規定は、本業務の全部を一括して委託する場合には適用しない」: a
        # later provision that takes the contractor's permission away narrows it, it opens nothing.
        # (「３　前２項の規定は、…バックアップについては、適用しない」 lifts the ban of 1項 with
        # the permission of 2項: it opens what the permission was the only way to.)
        next_text = "\n".join(line for line in next_text.split("\n")
                               if not TAKES_AWAY.match(line) or _SEVERAL_BEFORE.match(line))
    exception = exception_of(doc, text, root, next_text, parties, listed_grounds)
    # 「その都度区の承認を得ることを要しない」 names an approval only to waive it.
    # 「甲の許可を得ることなく複製することができる」 names an approval only to do without it.
    # (Not 「書面による承認を得るいとまがないときは、…委託者の口頭による承認を得て再委託する
    # ことができる」: another approval is still asked for after the one done without.)
    done_without = APPROVAL_DONE_WITHOUT.search(text)
    waived = APPROVAL_WAIVED.search(text) \
        or (modality == "permission" and done_without
            and not client_approval_re(parties).search(text[done_without.end():]))
    by_client, by_own = approvals(text, parties)
    occasion = OCCASION.match(text)
    if occasion and by_client and by_own:
        main_client, main_own = approvals(text[occasion.end():], parties)
        if main_own and not main_client:
            # 「…区の承認を得て…第三者に委託する場合において、当該第三者が…複製しようとするとき
            # は、指定管理者の承認を得なければならない」: the client's approval is the occasion's,
            # the one the rule asks for is the contractor's own.
            by_client = False
    # 「書面による承認」 with no approver named is the client's, unless the contractor approves.
    unnamed = bool(_UNNAMED_APPROVAL.search(text)) and not _CONTRACTOR_APPROVES.search(text)
    own_approval = not by_client and by_own
    # 「甲の承認を得て、又は乙の責任において」: the contractor may do without the approval.
    own_alternative = bool(party_res(parties).own_alternative.search(text))
    approval = not waived and not own_approval and not own_alternative and (by_client or unnamed)
    if approval and modality == "permission" and _BESIDES_APPROVAL.search(text):
        # 「区の指示によるほか、本業務の遂行に必要な範囲内において…複製することができる」: the
        # permission reaches past what the client directs.
        approval = False
    exception = _qualified(text[:pred.idx], bearer, exception, own_alternative)
    if not approval and modality == "permission":
        # 「２　…複製することができる。３　前項の複製は、あらかじめ区の承認を受けて行わなけれ
        # ばならない。」: the permission is subject to the client's approval.
        approval = restores_approval(next_text.split("\n")[0], parties)
        if approval and exception in ("own", "swallowing"):
            # 「２　…必要と判断した場合には、…複写することができる。３　前項の場合においては、
            # あらかじめ区の承認を得なければならず」: the judgement only starts a request.
            exception = "approval"
    elif approval and modality == "permission" and exception == "own" \
            and _approval_follows_the_judgement(text[:pred.idx], parties):
        # 「乙は、…複製する必要があると認めるときは、あらかじめ…書面を甲に提出してその承認を
        # 受け、承認を受けた範囲内に限り複製することができる」: the judgement only starts a request.
        exception = "approval"
    if _REFERRED_ACT.search(text[:anchor.idx]) and modality != "definition" \
            and (anchor.pos_ == "VERB" or "サ変" in anchor.tag_) \
            and not _RESTATED_ACT.match(text[anchor.idx + len(anchor.text):]):
        # 「前号の返還又は廃棄の結果を報告する」: the act named is the one stated in the 号
        # before; this sentence does not state it again (an act, not a party: 「前項の委託先に」).
        modality = "statement"
    label = _LABEL_PREFIX.match(text)
    label_anchor = bool(label) and anchor.idx < label.end()
    if label_anchor:
        # 「再委託の可否：区の事前の書面承認を得た場合に限り可」: the label names the act and the
        # value rules on it; the act is not inside the value's condition.
        in_condition = in_exception = False
        value = text[label.end():].strip()
        # 「業務上必要な場合は可（作業日誌に記録すること）」: a note after the verdict.
        verdict = _CLOSING_NOTE.sub("", value)
        # 「再委託：不可」「複製：受託者が必要と認める範囲で可」: a table cell's own verdict
        # outweighs the force the table's lead sentence lends its rows.
        if _CELL_FORBIDS.match(value):
            modality = "prohibition"
        elif (_CELL_ALLOWS.search(verdict) and modality_of(verdict) is None) \
                or _CELL_OPENS_ALLOWING.match(value):
            # (「可、施設運営に必要な範囲で、指定管理者の判断により行う」: allowed, then how.)
            modality = "permission"
        elif modality == "statement" and _CELL_INSTRUCTS.search(value):
            modality = "duty"
        if _CELL_FORBIDS.match(value) or _CELL_OPENS_ALLOWING.match(value):
            # 「複製・複写：不可、ただし、発注者が…承認したものを除く。」: the party in the
            # cell's proviso approves; the row binds whoever the table's lead binds.
            bearer = _who(text[:label.end()], parties, inherited_bearer, inherited_modality)
    if label and modality == "statement" and SUBMISSIONS_HEADING.match(label.group(0)[:-1].strip()):
        # 「提出書類：個人情報管理責任者届、業務従事者名簿」: the documents listed are handed in.
        modality = "duty"
    modality, exception = _only_on_condition(text, modality, exception, label_anchor, parties)
    patterns = party_res(parties)
    # (「発注者及び受注者は、…直ちにその旨を相手方に通知しなければならない」: the contractor's
    # other side is the client.)
    to_client = bool(patterns.to_client.search(text) or patterns.recipient_label.search(text)
                     or (bearer == "both" and _TO_THE_OTHER_SIDE.search(text)))
    to_own = bool(patterns.to_own_officer.search(text))
    if to_own and _NO_REPORT_TO_CLIENT.search(text):
        # 「…派遣元責任者に報告するものとし、乙への報告を要しない」: the client is named only to
        # be left out.
        to_client = False
    # 「２　区は、…実地に調査することができる。３　前項の調査は、指定管理者の同意を得て行う」
    # 「３　第1項の規定による解除は、あらかじめ受託者の同意を得なければ…」 too.
    consent = bool(patterns.contractor_consent.search(text)) or any(
        (ABOUT_THE_PREVIOUS.match(line) or NAMED_PROVISION.match(line))
        and patterns.contractor_consent.search(line) for line in next_text.split("\n"))
    return Clause(bearer, modality, in_condition, in_exception, exception, approval, to_client,
                  own_approval, to_own, consent)


_ANY_PARENTHESIS = re.compile(r"[（(）)]")


def _in_what_a_noun_includes(text: str, at: int) -> bool:
    """Is position ``at`` inside a parenthesis 「（…を含む。）」?"""
    depth, start = 0, None
    for i in range(at - 1, -1, -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            if depth == 0:
                start = i
                break
            depth -= 1
    if start is None:
        return False
    end = _ANY_PARENTHESIS.search(text, at)
    # (Not a time: 「…秘密を漏らさないこと（派遣期間が終了した後を含む。）」 says when the duty holds.)
    return bool(end) and text[end.start()] in "）)" and bool(
        re.search(r"(?<!後)(?<!間)を含む。?$", text[start + 1:end.start()]))


_TIME_ADVERBIAL = re.compile(r"^[^、。]{0,10}?(後において|後においても|後にあっても|間において)、")


def _scope(doc, anchor, pred, path) -> tuple[bool, bool, object]:
    """Is the anchor inside a condition (「…場合」) or an exception (「…を除き」) of the sentence,
    rather than in the rule itself? Returns (in_condition, in_exception, the condition noun)."""
    # A condition clause precedes its noun (「事故が発生した場合」), so only a condition noun
    # after the anchor can hold it; a parser attachment to an earlier 場合 is an error.
    # A 「こと」 between them means the anchor ends its own listed duty (「…使用しないこと、…
    # おそれがあるときは報告すること」): a parser chain through the later とき is not a condition.
    # (「事故発生時の派遣先への即時報告」: a condition noun compounded with a noun and before の
    # names a kind of thing; 「…を発見したときの避難経路」 is still a condition's clause.)
    in_condition = any(t.lemma_ in _CONDITION_NOUNS and t.pos_ == "NOUN" and t.i > anchor.i
                       and not _listing_boundary(doc, anchor.i, t.i)
                       and not (0 < t.i < len(doc) - 1 and doc[t.i + 1].text == "の"
                                and doc[t.i - 1].pos_ == "NOUN")
                       for t in path[1:])
    in_exception = any(t.lemma_ == "除く" and t.i > anchor.i
                       and not _listing_boundary(doc, anchor.i, t.i) for t in path[1:])
    cond = next((t for t in path[1:] if t.lemma_ in _CONDITION_NOUNS and t.i > anchor.i), None)
    text = doc_text(doc)
    if in_condition and re.match(r"^[^、。]{0,12}?は、", PARENTHESES.sub("", text[anchor.idx:cond.idx])):
        # 「…の複製又は複写は、甲の書面による承諾を受けた場合でなければ、…行ってはならない」:
        # the anchor is the topic the sentence rules on, not part of the condition after it.
        in_condition = False
    if in_condition and cond.i > pred.i and re.search(r"こと(は|を)、", text[pred.idx:cond.idx]):
        # 「…利用することは、甲の承諾がない限り、許されない」: a clause topicalised with 「ことは」
        # (or the object 「…持ち出すことを、…許可がない限り、させてはならない」)
        # is what the main predicate rules on; the parser hangs it under the 限り that follows.
        in_condition = False
    closing = _CLOSING_EXCEPTION.search(text)
    if closing and anchor.idx < closing.start():
        # 「…必要最小限とすること（管理責任者が認めた場合を除く）。」: the parser hangs the
        # whole sentence under the 除く of its closing parenthesis; the rule is before it.
        in_condition = in_condition and cond is not None and cond.idx < closing.start()
        in_exception = False
    if in_condition and _instruction_condition_follows(doc, pred, cond):
        # 「…のみ用いさせ、乙の許可がある場合を除き…」: neither the condition nor the
        # exception after it contains the verb before it.
        in_condition = in_exception = False
    when = _TIME_ADVERBIAL.match(text[anchor.idx:])
    if (in_condition or in_exception) and when and not re.search(r"(場合|とき)", when.group(0)):
        # 「派遣労働者が…従事する間及びその終了後において、…承諾を得た場合を除き、…開示し」:
        # a time the rule holds in, which the parser hangs under the exception after it.
        in_condition = in_exception = False
    exc = next((t for t in path[1:] if t.lemma_ == "除く" and t.i > anchor.i), None)
    if in_exception and exc.i > pred.i and _APPROVAL_EXCEPTION_FOLLOWS.match(
            text[pred.idx + len(pred.text):exc.idx]):
        # 「…範囲内でのみ取り扱わせ、甲の書面による承認を得た場合を除き、複製させ…」: the
        # exception about the client's approval cannot contain the act listed before it.
        in_exception = False
    return in_condition, in_exception, cond


def _allowed_only_here(text: str, at: int) -> bool:
    """The anchor (「範囲内」「利用」) sits in 「…範囲内においてのみ…することができ」."""
    m = _ALLOWED_ONLY_HERE.search(text, max(0, at - 12))
    return m is not None and m.start() <= at + 4 and at < m.end()


def _force(doc, anchor, pred, root, path, local: str, parties: Parties,
           inherited_modality: str | None) -> str:
    """duty / prohibition / permission / effort / negated / statement / definition."""
    text = doc_text(doc)
    modality = modality_of(local)
    if modality == "permission" and (_ALLOWED_ONLY_WITHIN.search(text[anchor.idx:])
                                     or _allowed_only_here(text, anchor.idx)):
        modality = "prohibition"
    if modality is None and _STATED_BEFORE_HOKA.search(local):
        # 「年1回以上実地に確認するほか、必要に応じて調査を行うことができる」: the act before
        # ほか is stated outright; only what is added after it is a discretion.
        modality = "duty"
    if _PURPOSE_CLAUSE.search(local) and pred is not root:
        # 「…漏らさないよう、教育を行うことができる」: a purpose clause; the main verb decides.
        modality = None
    # Coordinated predicates (「消去し、返却しなければならない」) take the main predicate's force.
    # A clause without a marker of its own (「消去し、」「報告するとともに、」) takes the main
    # predicate's force, unless a new topic starts in between (「甲は…報告し、乙は…監査する
    # ことができる」): then it is a plain duty of its own subject.
    if modality is None and pred is not root and re.search(r"[てで]はならず、", text[pred.idx:root.idx]):
        # 「…複製し、複写し、…持ち出してはならず、…場合には、…報告しなければならない」: the
        # coordinated acts share the ban that closes them, not the duty after it.
        modality = "prohibition"
    if modality is None and pred is not root:
        closing = _CLOSING_MARKER.search(text[pred.idx:root.idx])
        if closing and closing.group(1):
            # 「…写しを作成させ、又は庁舎外へ携出させないものとし、…申し出させるものとする」:
            # the acts coordinated before 「ないものとし、」 share its ban, not the duty after it.
            modality = "prohibition"
    if modality is None and pred is not root:
        if pred.dep_ == "acl" and pred.head.lemma_ in _CONDITION_NOUNS:
            # 「…を定めたときも、受注者は、…提出する」: a condition of the main predicate, whose
            # force it takes (the topic after it is the main clause's).
            modality = modality_of(text[_main_predicate(root).idx:])
        elif party_pattern(parties).search(text[pred.idx:root.idx]):
            # A relative clause (「甲が乙に開示する資料」) describes; it binds no one.
            modality = "statement" if pred.dep_ == "acl" else "duty"
        else:
            modality = modality_of(text[_main_predicate(root).idx:])
    if pred is not root and anchor.i == pred.i and anchor.lemma_ in _NOTICE_VERBS \
            and pred.dep_ == "acl" and pred.head.pos_ == "NOUN" and pred.head.lemma_ not in _CONDITION_NOUNS \
            and any(t.dep_ == "aux" and t.lemma_ == "た" for t in pred.children):
        # 「あらかじめ甲に届け出た作業場所において行わなければならない」: the act named, done
        # already, describes the noun; the duty is to work there, not to notify.
        modality = "statement"
    if any(t.lemma_ in ("努める", "努力") for t in path) or _EFFORT.search(text[anchor.idx:]):
        # 「漏らしてはならず、…努める」 keeps its prohibition; 「漏らすことのないよう…努める」
        # is a purpose clause under the effort verb.
        if not _PROHIBIT.search(local) or "ないよう" in local:
            modality = "effort"
    if _EFFORT_CLAUSE_BEFORE.search(text[:anchor.idx]) and _LIKEWISE_AFTER.match(text[anchor.idx:]):
        # 「…義務を遵守するよう努めるものとし、再委託先が更に委託する場合も同様とする」: what
        # 「同様」 carries on is the effort.
        modality = "effort"
    soft = _SOFT_ADVERB.search(text[:pred.idx])
    if modality in ("duty", "prohibition") and soft and not (
            modality == "prohibition" and _CLAUSE_BREAK.search(text[soft.end():pred.idx])):
        # 「なるべく…にとどめるものとする」: the adverb softens the verb it modifies. A ban is
        # never softened by an adverb of an earlier clause (「利用目的をできる限り特定し、…取得
        # してはならない」): 「なるべく…してはならない」 is not said.
        modality = "effort"
    if inherited_modality and (modality is None or (
            modality == "duty" and re.search(r"こと[。]?$", text.strip()))):
        # A 号 item (「…すること」, or a bare noun phrase 「管理責任者の氏名」) carries the force
        # of the sentence introducing the list.
        modality = inherited_modality
    elif inherited_modality in ("effort", "negated", "definition"):
        # 「次に掲げる事項を遵守するよう努めなければならない。一 …漏らさないこと」: the list
        # is only as strong as the sentence that introduces it; under 「次の各号に掲げる用語の
        # 意義は、…による」 each item defines a word.
        modality = inherited_modality
    if (DISAPPLY.match(text) and re.search(rf"(適用しない|適用せず|{NOT_THIS_LIMIT}|要しない)", text)) \
            or LATER_WAIVER.search(text):
        # 「前項の規定は、…複製には、適用しない。」「前項の検査は、…行わないものとする。」 takes
        # a rule away (or lets it be skipped); it states none. One that
        # needs the client's approval (「…であって、あらかじめ甲の承認を得たものについては、
        # 適用しない」) keeps the rule under that approval: judged as the earlier 項's exception.
        approved = client_approval_re(parties).search(text) and not APPROVAL_WAIVED.search(text) \
            and not party_res(parties).own_alternative.search(text)
        modality = "statement" if approved else "negated"
    if _DEFINITION.search(text.strip()):
        return "definition"  # 「…をいう。」: what a word means, never a duty
    return modality or "statement"


def _who(prefix: str, parties: Parties, inherited_bearer: str,
         inherited_modality: str | None) -> str:
    """Who bears the act: the sentence's own topic or subject, else the one its lead names."""
    if inherited_modality is not None and inherited_bearer != "unknown" \
            and not party_pattern(parties).search(prefix):
        # A 号 item without a topic of its own is done by whoever its lead names: 「区が指示する
        # 方法により抹消すること」 names the ward only inside a modifier. A subject right before
        # the predicate is the item's own (「損害賠償：…損害は受託者が賠償する」).
        last = None
        for last in party_res(parties).subject.finditer(prefix):
            pass
        if last is not None and len(prefix.rstrip()) - last.end() <= 1:
            return parties.role_of(last.group(1))
        return inherited_bearer
    return _bearer(prefix, parties) or inherited_bearer


def _qualified(prefix: str, bearer: str, exception: str, own_alternative: bool) -> str:
    """Words before the predicate that open the rule up when no exception is stated."""
    if exception != "none":
        return exception
    as_a_rule = _AS_A_RULE.search(prefix)
    if as_a_rule and not _MANNER.search(prefix[as_a_rule.end():]):
        # 「原則として…利用してはならない」: a rule that admits exceptions nobody approves (not
        # 「年1回以上、原則として実地検査により確認する」, where only the manner is qualified).
        return "swallowing"
    if bearer in ("contractor", "both") and (_AS_NEEDED.search(prefix) or _UNNAMED_JUDGE.search(prefix)):
        # 「受託者は、必要に応じ、…措置を講じるものとする」: whether is left to the contractor.
        return "own"
    if own_alternative:
        # 「甲の承認を得て、又は乙の責任において行う」: the contractor can go its own way.
        return "own"
    return exception


def _only_on_condition(text: str, modality: str, exception: str, label_anchor: bool,
                       parties: Parties) -> tuple[str, str]:
    """「…場合に限る」 allows the act only on that condition: a prohibition with that exception."""
    only_on = _ONLY_ON_CONDITION.match(text.strip())
    if not only_on or not (modality == "duty" or label_anchor):
        return modality, exception
    if exception == "none":
        exception = classify_exception(only_on.group(1) + only_on.group(2), parties)
    return "prohibition", exception


# 「…報告し、甲の指示があるときは、これに従う」「…用いさせ、乙の許可がある場合を除き」: the parser
# hangs 「報告し」 under the とき (or 場合) that
# follows, but a condition that is about the client's instruction or request cannot contain the
# contractor's own act before it; the 連用中止 verb is coordinated with the main predicate.
_APPROVAL_EXCEPTION_FOLLOWS = re.compile(r"^(し|して|て|され|させ|せ)?、[^、。]{0,25}?(指示|許可|承認|承諾|同意)(が|の|を)")
# 「…利用させ、乙の承認を得た場合のほかは複製させない」 too, and 「…のみ用いさせ、乙が認めた場合
# のほかは…複製させ」.
_INSTRUCTION_CONDITION = re.compile(r"^(し|して|て|され|させ)?、[^、。]{0,20}?((指示|請求|求め|要求|要請|許可|承認|承諾|同意)(が|の)(あ|な)"
                                    r"|(許可|承認|承諾|同意|許諾)を(得|受け)|が認め(た|る))")


def _duty_between(doc, anchor, cond) -> bool:
    """「…業務にのみ用いさせ、…複製をさせず、漏えいが判明したときは…報告させなければならない」:
    a listed duty (「させず、」「てはならず、」) between the anchor and the condition noun shows the
    anchor is one of the duties, not part of the condition."""
    return bool(_LISTED_DUTY.search(doc_text(doc)[anchor.idx:cond.idx]))


def _instruction_condition_follows(doc, pred, cond) -> bool:
    if cond.i <= pred.i:
        return False
    between = doc_text(doc)[pred.idx + len(pred.text):cond.idx]
    return bool(_INSTRUCTION_CONDITION.match(between))


def _main_predicate(pred):
    """The verb whose auxiliaries carry the force. For a 号 item 「…複製し、又は…記録しないこと」
    the parser's root is こと, and for 「…義務を負わないものとする」 it is the light verb する: the
    force (「ない」) sits on the verb that こと / もの nominalises."""
    holder = pred
    if pred.lemma_ in ("なる", "いける") and pred.i >= 2 and pred.doc[pred.i - 1].text in ("ば", "は"):
        # 「とらなければなりません」「渡してはいけません」 parsed with なり / いけ as the root: the
        # force sits on the verb before it and its auxiliaries.
        i = pred.i - 1
        while i > 0 and pred.doc[i].pos_ in ("AUX", "SCONJ", "ADP"):
            i -= 1
        if pred.doc[i].pos_ == "VERB":
            return pred.doc[i]
    if pred.lemma_ == "する":
        holder = next((c for c in pred.children if c.lemma_ in ("もの", "こと") and c.i < pred.i),
                      None)
        if holder is None:
            return pred
    if holder.lemma_ in ("こと", "もの"):
        verbs = [c for c in holder.children if c.dep_ in ("acl", "advcl") and c.i < holder.i]
        if verbs:
            return verbs[-1]
        # 「返還は、要しないものとする」 parsed with 要し hanging off 返還: the verb right before
        # もの (past its auxiliaries) is still the one nominalised.
        i = holder.i - 1
        while i >= 0 and holder.doc[i].pos_ == "AUX":
            i -= 1
        if i >= 0 and i < holder.i - 1 and holder.doc[i].pos_ == "VERB":
            return holder.doc[i]
    return pred


# 「区が指示する事務のほかに転用しない」「派遣先が指示した業務の範囲内に限り利用する」: the
# subject of a clause that names a thing, not of the predicate.
_RELATIVE_CLAUSE = re.compile(r"[^、。]{0,8}?(した|する|している|された)(業務|範囲|事務|方法|場所|目的|仕事|期間|内容|手順|基準|様式|個人情報|情報|資料|書類)")


def _bearer(prefix: str, parties: Parties) -> str | None:
    matches = list(party_pattern(parties).finditer(prefix))
    if not matches:
        # 「…損害は、受注者により賠償されなければならない」: the agent of a passive predicate.
        agent = party_res(parties).agent.search(prefix.rstrip())
        if agent:
            return parties.role_of(agent.group(1))
        # 「複製は、発注者が承認した範囲に限り、受注者において行うことができる」: the party
        # 「において」 does the act, whoever else is a subject in between.
        doer = None
        for doer in party_res(parties).doer.finditer(prefix):
            pass
        if doer is not None:
            return parties.role_of(doer.group(1))
        # 「乙が…しなければならない」 without a topic: a subject directly before the predicate.
        m = None
        for m in party_res(parties).subject.finditer(prefix):
            pass
        # 「甲が事前に書面で承認したものについては、適用しない」: a subject inside a clause
        # that names a thing is not the one the sentence binds.
        if m is None or re.search(r"(場合|とき|時|際|もの(について|は|を|に))", prefix[m.end():]) \
                or _RELATIVE_CLAUSE.match(prefix[m.end():]):
            return None
        return parties.role_of(m.group(1))
    last = matches[-1]
    role = parties.role_of(last.group(1))
    # 「甲及び乙は、…してはならない」「甲又は乙は、…損害を賠償しなければならない」「甲又は乙は、
    # 相手方が…違反したときは、…解除することができる」: a term of both parties binds the
    # contractor and empowers the client alike.
    before = re.search(r"(\S+?)(及び|並びに|又は|若しくは)$", prefix[:last.start()])
    if before:
        words = "|".join(map(re.escape, parties.words()))
        other = re.search(rf"({words})$", before.group(1))
        if other and {role, parties.role_of(other.group(1))} == {"client", "contractor"}:
            return "both"
    return role


def bearer_of(text: str, parties: Parties) -> str | None:
    return _bearer(text, parties)


