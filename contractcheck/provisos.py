"""Exceptions to a duty and who decides them: 「…を除き」, 「ただし、…この限りでない」, a later 項
that disapplies (「前二項の規定は…適用しない」) or lets the duty be skipped, the next article
overriding (「前条の規定にかかわらず」), a 項 that puts the exception back under the client's approval,
and a duty limited to what the contractor itself judges. The verdict is one word: none, approval,
law, swallowing or own (the contractor's own say)."""

from __future__ import annotations

import re

from .parties import Parties
from .party_patterns import approvals, client_approval_re, own_judgements, party_res
from .references import (ABOUT_THE_PREVIOUS, APPROVAL_FOR_THE_PREVIOUS, DISAPPLY, EARLIER_PROVISION,
                         ANNEXED_GROUNDS, LATER_BEYOND, LATER_DELAYED, LATER_ON_REQUEST, LATER_WAIVER,
                         LISTED_BELOW, OCCASION,
                         ITEM_LIST_WAIVER, NAMED_ARTICLE_WAIVER, NOT_THIS_LIMIT, OVERRIDES, TABLE_NOTE, TABLE_WAIVER)
from .segment import ROW_LABEL

_EITHER = re.compile(r"(又は|若しくは|もしくは|あるいは)")
# 「氏名及び住所を除いた形式で引き渡す」: the items left out of what is handed over, no exception.
_REMOVED_FROM_THE_DATA = re.compile(r"除い(た|て)(形式|形|状態|様式)")
_WORKERS_OWN_DATA = re.compile(r"(派遣労働者|派遣スタッフ|派遣社員|派遣登録者)(本人)?((及び|並びに|又は)[^、。]{1,22}?)?"
                               r"(の|に関する|に係る)(個人情報|個人データ|個人番号)")
_JOINED_BEFORE = re.compile(r"[^、。]*(場合|とき)(であって|であり)、?(かつ、?)?$")
_JOINED = re.compile(r"(かつ|であって)")
_APPROVAL = re.compile(r"(承認|承諾|同意|許可|許諾|了承|了解|指示|認め|指定(?!管理)|免除)")
# 「裁判所の命令による場合」: a court order compels like a law.
_LAW = re.compile(r"(法令|法律|条例|裁判所|令状)")
# The end of a clause that carries its own duty (「…ものとし、」「…してはならず、」), or of the
# condition the whole sentence is under (「個人情報を収集するときは、甲の承認を得た場合を除き、」).
_CLAUSE_END = re.compile(r"(ものとし|こととし|ならず|なければならず|ときは|場合は|ときには|場合には|際は|際には)、")
_SUBJECTS_CONSENT = re.compile(r"(本人|受診者|利用者|区民|市民|住民|相談者|申請者)の(書面による)?同意")
# 「開示の時点で既に公知であったもの」「正当な権原を有する第三者から…取得したもの」: what was
# never a secret of the client's.
_NOT_SECRET = re.compile(r"(公知|既に知られ|正当な権原|独自に開発)")
_NO_PERSONAL_INFORMATION = re.compile(r"個人情報(を|の取扱いを)(取り扱わ|扱わ|含ま|伴わ)ない(業務|資料|作業|事務|もの|書類|データ|記録)")
_NO_FAULT = re.compile(r"責めに帰す(ることができない|ることのできない|べき事由によらない|べからざる)")
# The words of an approval, and the phrases that name one only to waive it or to do without it
# (also read by clause.analyze).
APPROVAL_NOUNS = "承認|承諾|同意|許可|許諾"
# 「その都度区の承認を得ることを要しない」: an approval named only to waive it.
APPROVAL_WAIVED = re.compile(rf"({APPROVAL_NOUNS})[^。]{{0,12}}(要しない|必要としない|要さない|要せず|不要)")
# 「甲の許可を得ることなく複製することができる」: an approval named only to do without it.
APPROVAL_DONE_WITHOUT = re.compile(
    rf"({APPROVAL_NOUNS})(を得る|を受ける|を得た上で|を待つ)?"
    r"(ことなく|ことなしに|を得ないで|を得ずに|を受けないで|を受けずに|なく|なしに"
    # 「前項の承認を受けるいとまがないときは、…報告すれば足りる」「承認を待たずに」「承諾を待つ
    # いとまがないと判断したもの」
    r"|いとまがない|暇がない|時間的余裕がない|を待たず|を待つことなく)")


_PARENTHESIZED_EXCEPTION = re.compile(r"[（(]([^（）()]*?)を除く。?[）)]。?$")
# 「２　派遣労働者は、区の承認を得て、又は派遣元の責任において、前項の秘密を…開示することが
# できる」: a later 項 that lets the contractor do without the client's approval.
_NAMES_THE_PREVIOUS = re.compile(r"(前項|前各項|前条|同項)")
# 「…の場合に限り、」: what the rest of the sentence rests on.
_ONLY_UNDER = re.compile(r"^([^。]*?)(場合|とき)に限(り|って)")
# What a following 「ただし、…」 sentence does to the duty before it.
_PROVISO_OUTCOME = re.compile(rf"({NOT_THIS_LIMIT}|適用しない|ことができ|できる|除く|要しない|足りる|要しません|不要とする|行わない|実施しない|妨げない|差し支えない|差し支えありません|なくても(かま|構)?(わ|い|よい|良い|差し支え)|によるものとする|による。$|優先する|消滅する|効力を失う)")


def exception_of(doc, text: str, root, next_text: str, parties: Parties,
                 listed_grounds: str = "") -> str:
    """The exception the sentence (``doc``, whose text is ``text``) and the sentences after it
    (``next_text``) make to the duty whose main predicate is ``root``. ``listed_grounds``: the
    sentence's own 号 items, one per line, for 「次の各号のいずれかに該当する場合を除き」."""
    texts = []
    for t in doc:
        if t.lemma_ == "除く" and t.i < root.i and not _REMOVED_FROM_THE_DATA.match(doc.text[t.idx:]):
            span = doc[t.left_edge.i:t.i + 1].text
            # 「…資料等は、区の指示により次期指定管理者に引き継ぐものを除き」: the parser may hang
            # the client's instruction on the main verb; the words since the comma are the ground.
            lead_in = doc.text[:doc[t.left_edge.i].idx]
            lead_in = lead_in[lead_in.rfind("、") + 1:]
            if lead_in and client_approval_re(parties).search(lead_in):
                span = lead_in + span
            # 「乙の書面による承認を得た場合であって、かつ、甲の情報管理責任者の管理の下で行う
            # ときを除き」: the parser may leave the first of two joined conditions out.
            joined = _JOINED_BEFORE.search(doc.text[:doc[t.left_edge.i].idx])
            if joined:
                span = joined.group(0) + span
            if len(span) <= 4:
                # 「情報（公知のものを除く。）」: the parser may leave 除く without its object;
                # the exception is what the parenthesis (or the clause) it ends says.
                before = doc[:t.i + 1].text
                span = before[max(before.rfind("("), before.rfind("（"), before.rfind("、")) + 1:]
            # 「…に限り取得するものとし、乙の承認を得た場合を除き、…」: the parser may hang the
            # clause before (with its own condition 「取得するときは」) under 除き, or the
            # sentence's own condition; the exception starts after either ends.
            cut = None
            for cut in _CLAUSE_END.finditer(span):
                pass
            span = span[cut.end():] if cut else span
            if listed_grounds and _LISTED.search(span):
                # 「次の各号のいずれかに該当する場合を除き、…再委託してはならない。(1) 委託者が
                # 事前に書面で承認した場合 (2) …」, or the rows of 「別表第２に掲げる場合」: the
                # grounds are the items, each judged whole (「発注者が仕様書又は書面による指示で
                # …指定した場合」 is one ground).
                texts.extend(g for g in listed_grounds.split("\n") if g.strip())
                continue
            texts.append(span)
    # 「個人情報の複製の禁止（業務責任者が認めたものを除く。）」: a closing parenthesis after the
    # predicate (one inside the sentence may only narrow a noun: 「秘密（公知のものを除く。）」).
    texts.extend(m.group(1) for m in _PARENTHESIZED_EXCEPTION.finditer(text.rstrip()))
    m = re.search(rf"(ただし|但し)(.*?)({NOT_THIS_LIMIT}|この限りで無い|適用しない|を除く|除くものとする|を優先する)", text)
    if m:
        # (「２　前項ただし書に該当する場合には、…あらかじめ…区の承認を得なければならない」
        # puts the proviso under the client's approval.)
        if not _restores_the_same_act(next_text.split("\n")[0], text[:m.start()], parties):
            if listed_grounds and _LISTED.search(m.group(2)):
                # 「ただし、別表に定める場合は、この限りでない」: the rows are the grounds.
                texts.extend(g for g in listed_grounds.split("\n") if g.strip())
            else:
                texts.append(m.group(2))
    elif re.search(NOT_THIS_LIMIT, text):
        texts.append(text)
    followings = next_text.split("\n")
    for i, following in enumerate(followings):
        # 「ただし、…この限りでない。」 (or a proviso the contractor decides), or a later 項
        # 「前2項の規定は、…場合には、適用しない。」
        # (「ただし、受託者の文書管理規程により保存を要するものについては、…保存し」: the
        # contractor's own rules keep what the duty would remove.)
        proviso = (re.match(r"^\s*(ただし|但し)", following) or TABLE_NOTE.match(following)) and (
            _PROVISO_OUTCOME.search(following) or own_judgements(following, parties)
            or party_res(parties).refuses.search(following))
        if proviso or DISAPPLY.match(following) or LATER_WAIVER.search(following) \
                or LATER_BEYOND.match(following) or NAMED_ARTICLE_WAIVER.search(following) \
                or ITEM_LIST_WAIVER.search(following) \
                or LATER_ON_REQUEST.match(following) or LATER_DELAYED.match(following) \
                or TABLE_WAIVER.search(following) \
                or (ABOUT_THE_PREVIOUS.match(following) and _own_scope(following, parties)) \
                or (_THE_REST.search(following) and party_res(parties).discretion.search(following)) \
                or _puts_own_rules_instead(following, parties) \
                or _opens_the_previous_to_own(following, parties):
            after = followings[i + 1] if i + 1 < len(followings) else ""
            row = ROW_LABEL.match(text)
            if proviso and row and text[row.end():].strip() and _COLUMN_GROUNDS.search(following):
                # 「ただし、同表の「解除要件」欄に定める要件を満たすときは、この限りでない。」 read
                # for the row 「…の複製、複写又は撮影：乙の事前の書面による承認」: the row's cells
                # are its ground.
                texts.append(text[row.end():])
                continue
            if i == 0 and proviso and listed_grounds and _LISTED.search(following):
                # 「ただし、別表に定める場合は、この限りでない。」: the rows are the grounds.
                texts.extend(g for g in listed_grounds.split("\n") if g.strip())
                continue
            if re.search(r"次の(各号|いずれか)", following) and after \
                    and not _NUMBERED_GROUND.search(following):
                # 「前項の規定は、次の各号のいずれかに該当する情報には適用しない。」 with its
                # grounds on the next line (「(1)…既に公知であったもの (2)…」).
                following += after
            elif _restores_the_same_act(after, text, parties):
                # 「３　前項の複製は、あらかじめ区の承認を受けて行わなければならない。」: the
                # exception is made subject to the client's approval after all (both conditions
                # hold at once, hence かつ: classify_exception judges them as one ground).
                following += "かつ" + after
            texts.append(following)
    if (_own_scope(text, parties) and not restores_approval(followings[0], parties)) \
            or _puts_own_rules_instead(text, parties) \
            or party_res(parties).own_timing.search(text):
        # (The last: 「…業務が終了したときは、乙が別に定める時期に、…返還し、…消去する」.)
        return "own"
    proviso = re.search(r"(ただし|但し)、?(.*)$", text)
    if proviso and own_judgements(proviso.group(2), parties) \
            and not client_approval_re(parties).search(proviso.group(2)):
        # 「ただし、受託者が必要と判断して追加を求めた項目は、…含まれるものとする」 (a proviso in
        # the same sentence; one in the next sentence is among the texts below)
        return "own"
    if any(_deems_own_approval(f, parties) or _hands_part_to_own(f, parties)
           or _lets_others_copy_on_own_say(f, parties)
           or (_sets_aside_at_own_judgement(f, parties)
               # (「４　前項の規定による利用は、あらかじめ委託者の書面による承認を得た場合に限り、
               # 行うことができる」 puts it back under the client.)
               and not (i + 1 < len(followings) and restores_approval(followings[i + 1], parties)))
           for i, f in enumerate(followings)):
        return "own"
    if any(_deems_approval_given_unasked(f) for f in followings):
        return "swallowing"
    if not texts:
        return "none"
    if any(LATER_ON_REQUEST.match(t) for t in texts):
        # 「２　前項の返還及び消去は、発注者から請求があった場合に行うものとする」: the duty
        # waits for a request, whoever makes it.
        return "swallowing"
    kinds = [classify_exception(text, parties) for text in texts]
    if followings and (_scope_decided_by_client(followings[0], parties)
                       or _defined_as_approval(followings[0], parties)):
        # 「…引継ぎを要するものを除き、…消去し…。引継ぎの範囲は区が定める。」: the client
        # draws the exception's bounds.
        kinds = ["approval" if k == "swallowing" else k for k in kinds]
    for kind in ("own", "swallowing", "law"):
        if kind in kinds:
            return kind
    return "approval"


_LISTED = re.compile(rf"{LISTED_BELOW}|{ANNEXED_GROUNDS}")
# 「同表の「解除要件」欄に定める要件」: the grounds stand in a column of the table, row by row.
# (「ただし、「例外」欄に掲げる場合は、この限りでない」: the column named by its quoted title alone.)
_COLUMN_GROUNDS = re.compile(r"(?:(同表|次表|次の表|前表|上表|下表|別表[^、。]{0,6})の[「『]?[^」』、。]{1,10}[」』]?"
                             r"|[「『][^」』、。]{1,10}[」』])欄に(定める|掲げる|記載)")
# 「２　要配慮個人情報以外の個人情報の取得の範囲については、受注者の判断に委ねる」: a later 項
# handing the rest to the contractor.
# 「２　紙の申請書その他電子データ以外の媒体により提供を受けた個人情報の管理の方法は、甲の判断
# に委ねる」 too.
_THE_REST = re.compile(r"^[^。]{0,30}以外の[^。]{0,30}(について|に係る|に関する|方法は、)")


# 「２　指定管理者が自ら定める個人情報取扱手順書に記載した方法による複製については、前項の
# 承認があったものとみなす」: the contractor's own rules stand in for the client's approval.
# (「…前項の甲の承認があったものとみなす」 names whose approval it stands for.)
# (「…届け出るものとし、当該届出をもって(1)の承認があったものとみなす」: a notice after the copy
# stands in for it.)
_DEEMED_APPROVAL = re.compile(r"(前項|同項|前条|前号|第[^。、]{1,8}(項|号)|[(（][0-9０-９]{1,2}[)）])の(?:[^。、の]{1,8}の)?(承認|承諾|許可|同意)(が|を)?(あった|得た|受けた)ものとみなす")


# (「…甲が当該書面を受理した日から起算して５日以内に異議を述べないときは、同項の承認があったもの
# とみなす」: the client's silence too.)
_BY_NOTICE = re.compile(r"(届出|届け出|通知|報告)(をもって|により|があったときは|をしたときは)"
                        r"|(届け出|通知し|報告し)たとき"
                        r"|(届出書|申請書|書面)を[^。、]{0,8}?提出したとき"
                        r"|異議を(述べ|申し出)ない(とき|場合)")


def _deems_own_approval(text: str, parties: Parties) -> bool:
    return bool(_DEEMED_APPROVAL.search(text)) and bool(
        party_res(parties).own_rules.search(text) or own_judgements(text, parties))


def _deems_approval_given_unasked(text: str) -> bool:
    """The approval deemed given by a notice or by the client's silence: no one approves."""
    return bool(_DEEMED_APPROVAL.search(text)) and bool(_BY_NOTICE.search(text))


# 「２　乙が…保有する電磁的記録の管理の方法は、乙の判断に委ねるものとする。」「２　電磁的記録として
# 保有する個人情報の取扱いについては、乙の定める情報管理規程によるものとする。」「３　前２項に定める
# 措置について、指定管理者の定める…規程に別段の定めがあるときは、当該規程の定めるところによる。」
_HANDED_OVER = re.compile(r"(に委ねる|に委ねるものとする|に任せる|に任せるものとする|による|によるものとする"
                          r"|の定めるところによる|に従う|に従うものとする)。?$")


# 「２　前項の措置の内容は、甲が定める情報セキュリティ規程によるものとする」「２　前項の誓約書の様式は、
# 乙の就業規則の定めるところによる」: the duty stands; its own rules only spell out how.
_DETAILS_OF_THE_PREVIOUS = re.compile(r"^\s*(前[\d二三]?項|同項|前各項|前条)の[^。、]{0,10}(内容|具体的内容|具体的な内容|詳細|細目|実施方法|様式|書式|手続|手順)は")


def _sets_aside_at_own_judgement(text: str, parties: Parties) -> bool:
    """「３　前項後段の規定にかかわらず、甲は、乙の指示に従うことにより…支障が生じると甲が認める
    ときは、甲の定める方法により対応することができる」 (甲 = the company): a later 項 that lets the
    contractor set the earlier one aside when it so judges."""
    return bool(OVERRIDES.match(text)) and "ことができ" in text and bool(own_judgements(text, parties)) \
        and not re.search(rf"({APPROVAL_NOUNS})を(得|受け)", text)


def _opens_the_previous_to_own(text: str, parties: Parties) -> bool:
    """A later 項 that lets the earlier one be gone beyond on the contractor's own say:
    「２　前項の規定による報告は、乙が必要と認める場合に行うものとする。」, or
    「２　派遣労働者は、前項の秘密を…開示する必要が生じたときは、派遣元責任者に報告した上で、
    開示することができる」 (a report to its own officer opens the way)."""
    if not _NAMES_THE_PREVIOUS.search(text):
        return False
    res = party_res(parties)
    # (「２　前項の範囲を超える個人情報の収集は、発注者の承認を得て、又は受注者の責任において
    # 行う」「…開示する必要が生じたときは、派遣先の承認を得て、又は派遣元の責任において、これを
    # 行うものとする」: the way round is open whatever the verb.)
    return bool(res.own_alternative.search(text)) \
        or bool("ことができ" in text and res.to_own_officer.search(text)
                and not client_approval_re(parties).search(text))


_THIRD_PARTY = re.compile(r"(再委託先|再受託者|委託先|第三者)(が|に対し|に)")
_COPIES = re.compile(r"(複製|複写|写し|持ち出|持出)")


def _lets_others_copy_on_own_say(text: str, parties: Parties) -> bool:
    """A later 項 that lets a 再委託先 copy on the contractor's own approval: 「２　…第三者に委託
    する場合において、当該第三者が個人情報を複製しようとするときは、指定管理者の承認を得なければ
    ならない」「２　受託者は、…再委託したときは、当該再委託先に対し、受託者が必要と認める範囲で
    個人情報を複製することを許可することができる」."""
    if not (_THIRD_PARTY.search(text) and _COPIES.search(text)):
        return False
    # 「…場合において、当該第三者が個人情報を複製しようとするときは、」: the occasion, then the rule.
    occasion = OCCASION.match(text)
    main = text[occasion.end():] if occasion else text
    by_client, by_own = approvals(main, parties)
    return (by_own and not by_client) or (
        "許可することができ" in main and bool(own_judgements(main, parties))
        and not client_approval_re(parties).search(main))


def _hands_part_to_own(text: str, parties: Parties) -> bool:
    """A later 項 that hands the matter, or part of it, to the contractor's own judgement or
    rules (not 「…区の定める基準による」, nor one the client's approval still governs)."""
    res = party_res(parties)
    first = text.split("。")[0] + "。"
    return bool(_HANDED_OVER.search(first)) and not _DETAILS_OF_THE_PREVIOUS.match(text) \
        and bool(res.discretion.search(text) or res.own_rules.search(text)) \
        and not client_approval_re(parties).search(text)


def _puts_own_rules_instead(text: str, parties: Parties) -> bool:
    """「前条の規定にかかわらず、受注者は、…受注者が定める個人情報保護方針に従うものとし」: the
    provision before is put aside for the contractor's own rules, or its own way
    (「２　前項の規定にかかわらず、受注者は、…受注者が定める周期及び方法により、…バックアップを
    取得するものとする」)."""
    res = party_res(parties)
    return bool(OVERRIDES.match(text)) and bool(
        res.refuses.search(text) or (res.own_manner.search(text)
                                     and not client_approval_re(parties).search(text)))


# 「２　前項に規定する「本業務の処理に必要な場合」とは、発注者が…書面により指示し、又は…承認
# した場合をいう。」: the next 項 defines the exception as the client's instruction or approval.
_DEFINES_THE_EXCEPTION = re.compile(r"^\s*(前項|同項|前条)(に規定する|にいう|の)「[^」]{1,40}」とは、")


def _defined_as_approval(text: str, parties: Parties) -> bool:
    client = party_res(parties).client.pattern
    return bool(_DEFINES_THE_EXCEPTION.match(text)) and not own_judgements(text, parties) and (
        bool(client_approval_re(parties).search(text))
        or bool(re.search(rf"とは、{client}が[^。]{{0,80}}?(承認|承諾|同意|許可|指示)(し|する|した)", text)))


def _scope_decided_by_client(text: str, parties: Parties) -> bool:
    """「引継ぎの範囲は区が定める」「対象となるものは、甲が指定する」."""
    client = party_res(parties).client.pattern
    return bool(re.match(rf"^\s*[^。]{{0,20}}(範囲|対象|もの)は、?{client}が(別に)?(定める|指定する|決定する|指示する)",
                         text))




def restores_approval(text: str, parties: Parties) -> bool:
    """A 項 that makes what the previous one allowed subject to the client's approval, or a
    proviso that does (「…複製することができる。ただし、あらかじめ委託者の書面による承認を得た
    場合に限る。」)."""
    if _WHAT_THE_PREVIOUS_YIELDED.match(text):
        # 「２　指定管理者は、前項の規定により収集した個人情報を、区の承認を得ないで…利用しては
        # ならない」: a rule on what 1項's act produced, not on the exception to it.
        return False
    approval = client_approval_re(parties).search(text)
    # (Only a time before the approval puts it after the act: 「…区の承認を得なければならず、
    # 複写した書類は、用済み後直ちに…引き渡す」 is still approval first.)
    return bool((ABOUT_THE_PREVIOUS.match(text) or APPROVAL_FOR_THE_PREVIOUS.match(text)
                 or _ONLY_WITH_PROVISO.match(text))
                and approval and not APPROVAL_WAIVED.search(text)
                and not _AFTER_THE_FACT.search(text[:approval.end()]))


# The acts a 項 may govern: a later 項 that puts another act under the client's approval
# (「２　…前項の資料を委託者の承認を得ないで…持ち出してはならない」 after a proviso lifting the
# ban on copying) restores nothing of the proviso.
# (Not 「委託者」「委託料」: the parties and the price.)
_ACTS = re.compile(r"(複製|複写|持ち出|持出|搬出|送信|送付|提供|利用|使用|委託(?![者料])|開示|収集|取得|廃棄|消去|返還|返却)")


def _restores_the_same_act(following: str, sent: str, parties: Parties) -> bool:
    """``following`` puts under the client's approval what ``sent``'s proviso lifted: it names
    no act of its own, or one ``sent`` names too (or ``sent`` names none of these acts:
    「…秘密を漏らさない…。３　前項の開示は、…同意がある場合に限り」)."""
    if not restores_approval(following, parties):
        return False
    # (The act it governs is the one its occasion names: 「前項の予備データを作成しようとするときは、
    # …保管場所及び消去予定日を区に申請し」 governs the making, not the erasing it plans.)
    occasion = re.match(r"^[^。]*?(ときは|場合は|ときには|場合には)、", following)
    governed = following[:occasion.end()] if occasion else following
    acts, own = set(_ACTS.findall(governed)), set(_ACTS.findall(sent))
    return not acts or not own or bool(acts & own)


_WHAT_THE_PREVIOUS_YIELDED = re.compile(r"^\s*(?:[^、。]{1,12}は、)?(前項|同項)の規定により[^、。]{0,10}(収集し|取得し|作成し|複製し|複写し|受領し|提供を受け)た")
# 「複製後遅滞なく、その旨を区に届け出て、区の承認を得る」: an approval after the act restricts nothing.
_AFTER_THE_FACT = re.compile(r"(した後|後遅滞なく|後速やかに|後直ちに|事後)")
# 「ただし、この場合においては、あらかじめ…甲の書面による承認を得なければならない」 too.
_ONLY_WITH_PROVISO = re.compile(r"^\s*(ただし|但し)、?[^。]*((場合|とき)に限(る|り)|(承認|承諾|許可|同意)を(得|受け)なければならな)")


# 「…と認めるときは、あらかじめ甲の書面による承認を得て、」: an approval asked for at once.
_APPROVED_NEXT = re.compile(r"^(は|には)?、?(あらかじめ|事前に)?[^、。]{0,20}?(承認|承諾|許可|同意)を(得|受け)(て|た上で)")


def _own_scope(text: str, parties: Parties) -> bool:
    """「受注者が重大な事故であると判断したときは…報告」「甲が開示して差し支えないと判断する範囲で」:
    a duty that applies only where the contractor itself so judges is left to the contractor.
    Not when the judgement is one more occasion beside another (「…を知ったとき、又は乙が…と
    認めたとき」), nor when the client's approval is named too."""
    client_approval = client_approval_re(parties)
    if party_res(parties).discretion.search(text):
        # 「乙の判断により保管し、又は廃棄する」: left to the contractor.
        return not client_approval.search(text)
    rules = party_res(parties).own_rules.search(text)
    # (「事故（受注者の定める事故対応規程において重大事故に区分されるものに限る。）が発生した
    # ときは」: the parenthesis ends in its own 。)
    # (「指定管理者が定める事故等対応基準に基づき…レベル3以上と判定したものについては、」)
    condition = rules and re.match(r"(?:[^。]|。(?=[)）])){0,50}?((場合|とき)(に限り|には|は)|ものについては|ものに限り)、",
                                   text[rules.end():])
    if condition and not client_approval.search(text[:rules.end() + condition.end()]):
        # 「指定管理者が定める個人情報保護規程において区への報告を要するとされている場合には、
        # …区に報告する」: the contractor's own rules decide whether the duty arises.
        return True
    for m in own_judgements(text, parties):
        # 「乙が重大と判断した事故については」: the judgement decides what the duty covers.
        # 「乙が重大と判断したセキュリティインシデントが発生したときは」: what it judged occurs.
        # 「…受託者が…必要があると認めるもの（条項）を遵守する」: what it judges is what the duty
        # covers.
        tail = re.match(r"[^、。]{0,4}?(とき|場合|範囲|限り|時点|時期|際)|[^、。]{0,16}?(について|に限り|に限って|に限る)"
                        # 「…が不要と認めたものから順次消去する」
                        r"|[^、。]{0,4}?(もの|条項|規定|事項|措置)(を|について|に限り|のみ|から)"
                        # 「…知り得た情報のうち、乙が秘密として取り扱うべきものと判断した情報を」
                        r"|[^、。]{0,4}?(情報|秘密|資料)(を|について|に限り|のみ)"
                        # 「甲が…おそれがあると認めた者に対し、…誓約させる」「…と甲が判断した派遣
                        # 労働者に対し」: whom it binds.
                        r"|[^、。]{0,4}?者(に対し|に|を|について|のみ)"
                        r"|(した|する)(派遣労働者|労働者|従業者|従事者|職員)(に対し|に|を|について|のみ)"
                        # 「派遣元が…取り扱うと判断した派遣業務に従事させる派遣労働者について」
                        r"|した[^、。]{0,6}(業務|事務)に従事(させる|する)(派遣労働者|労働者|従業者|従事者|職員)(に対し|に|を|について|のみ)"
                        # 「賠償する額は、受託者が…相当と認める額とし」: it sets its own liability.
                        r"|[^、。]{0,4}?(額|金額)(と|を|に)"
                        # (「…と判断した漏えい、滅失又は毀損が発生したときは」: a list of what occurs.)
                        r"|(?:[^、。]{0,12}、){0,2}[^、。]{0,24}?(が|の)(発生|生じ)[^、。]{0,4}?(とき|場合)", text[m.end():])
        if not tail:
            continue
        after = text[m.end() + tail.end():]
        if client_approval.search(text[:m.end() + tail.end()]):
            # 「乙が必要と認め、かつ甲の承認を得たとき」 (not 「…については、直ちに報告し、
            # 区の指示に従う」, where the instruction comes after the duty is triggered).
            continue
        approved_next = _APPROVED_NEXT.match(after)
        if approved_next and client_approval.search(approved_next.group(0)):
            # 「乙の派遣元責任者が業務上必要と認めるときは、あらかじめ甲の書面による承認を得て、
            # …させることができる」: the judgement only starts a request the client decides.
            continue
        if re.search(r"(又は|若しくは|もしくは|あるいは)、?$", text[:m.start()]) or \
                re.match(r"(は、|に、|には、)?(又は|若しくは|もしくは|あるいは)", after):
            continue
        return True
    return False


# 「ただし、次の各号のいずれかに該当する場合は、この限りでない。(1)…(2)…(3)…」: numbered grounds.
_NUMBERED_GROUND = re.compile(r"[(（][0-9０-９]{1,2}[)）]")


def classify_exception(text: str, parties: Parties) -> str:
    """approval / law / swallowing / own. With several grounds (「甲の指示による場合及び乙が業務上
    必要な場合を除き」) each is judged, and one ground without approval swallows the rule."""
    numbered = _NUMBERED_GROUND.split(text)
    if len(numbered) > 2 and "いずれか" in numbered[0]:
        # Each numbered ground on its own: 「(3) 子会社に委託する場合であって、委託後速やかに区に
        # 報告したとき」 joins its own two conditions, not those of (1) and (2).
        kinds = [classify_exception(g, parties) for g in numbered[1:] if re.search(r"(場合|とき)", g)]
        for kind in ("own", "swallowing", "law"):
            if kind in kinds:
                return kind
        if kinds:
            return "approval"
    grounds = [g for g in re.split(r"(?:及び|又は|若しくは|並びに|、)", text) if re.search(r"(場合|とき)", g)]
    # 「…場合であって、あらかじめ甲の承認を得たとき」「…求められた場合において、…通知したとき」
    # join their conditions: judged as one. So does 「…必要が生じたときは、…甲の承認を得た場合に
    # 限り、…開示することができる」: the occasion, and only then under the approval.
    if len(grounds) > 1 and not re.search(r"(であって|かつ|(場合|とき)において、"
                                          r"|(場合|とき)(は|には)、[^。]*(場合|とき)に限(り|って))", text):
        kinds = [_classify_ground(g, parties) for g in grounds]
        for kind in ("own", "swallowing", "law"):
            if kind in kinds:
                return kind
        return "approval"
    return _classify_ground(text, parties)


# 「…承認を得ないで示すことはできない」: doing without the approval is what is forbidden.
_FORBIDDEN_AFTER = re.compile(r"^[^。、]{0,15}?(ことはできない|ことができない|てはならない|ではならない|てはいけない)")


def _waives_approval(text: str) -> bool:
    """「承認を得ることなく」「承認を要しない」: an approval named only to do without it."""
    return bool(APPROVAL_WAIVED.search(text)) or any(
        not _FORBIDDEN_AFTER.match(text[m.end():]) for m in APPROVAL_DONE_WITHOUT.finditer(text))


def _classify_ground(text: str, parties: Parties) -> str:
    patterns = party_res(parties)
    client_sets = re.search(rf"({patterns.client.pattern})が[^、。]{{0,12}}?定める(範囲|方法|場合|基準|手順)", text)
    if client_sets and not party_res(parties).own_judgement.search(text):
        # 「前項の規定は、委託者が仕様書において定める範囲及び方法による複製には、適用しない」:
        # the client draws the exception.
        return "approval"
    if _WORKERS_OWN_DATA.search(text) and not patterns.client_information.search(text):
        # 「前条の規定は、乙が保有する派遣労働者及び派遣登録者の個人情報については、適用しない」:
        # what is carved out was never the client's information.
        return "approval"
    if patterns.delegated_approval.search(text):
        # 「２　前項の承認は、受注者の個人情報管理責任者が行うものとする」
        return "own"
    if patterns.own_approval.search(text) and _EITHER.search(text) and not _JOINED.search(text):
        # 「乙の指示又は甲の情報管理責任者の承認がある場合を除き」 (甲 = the company): either
        # approval will do, so the contractor's own is enough.
        return "own"
    if patterns.own_alternative.search(text):
        # 「甲の承認を得て、又は乙の責任において収集する場合は」: the client's approval can be
        # done without.
        return "own"
    # 「乙が必要と認め、かつ甲の承認を得た場合」: the client's approval is still required.
    by_client, by_own = approvals(text, parties)
    if by_own and not by_client:
        # 「区の秘密を、派遣元責任者の承認を得た場合を除き」: the contractor's officer approves.
        return "own"
    if patterns.discretion.search(text) and not _JOINED.search(text):
        # 「前項の規定にかかわらず、…支障が生じると認めるときは、受注者の判断により当該指示と
        # 異なる措置を講じることができる」: the client's instruction is named only to be set aside.
        return "own"
    # 「ただし、甲が業務上必要と判断した場合は、乙の承認を要しない」 names the approval only to
    # waive it.
    waived = _waives_approval(text)
    standing = _ONLY_UNDER.match(text)
    if waived and standing and client_approval_re(parties).search(standing.group(1)) \
            and not _waives_approval(standing.group(1)):
        # 「…区があらかじめ書面で承認した様式及び保管方法による場合に限り、その都度の承諾を
        # 要しない」: the client approved the standing arrangement the waiver rests on.
        return "approval"
    if _APPROVAL.search(text) and by_client and not waived:
        return "approval"
    # 「乙が必要と認める」「乙が軽微と判断した」 is the contractor's own judgement, and 「派遣元の
    # 許可を得た場合」 the contractor's own permission: either hollows the rule.
    if own_judgements(text, parties) or patterns.own_approval.search(text) \
            or patterns.contractor_topic_judges.search(text) or patterns.refuses.search(text) \
            or patterns.contractor_consent.search(text) or patterns.own_manner.search(text):
        # 「３　乙は、業務に支障があるときは、前項の監査を拒むことができる」: whatever the stated
        # ground, the contractor decides to refuse (or to replace the check, to go by its own
        # rules or judgement, or to let its officer consent).
        # 「前項の規定にかかわらず、受託者は、…支障があると認めるときは、…拒むことができる」
        # (A row of grounds 「予約管理システムのバックアップ：指定管理者が定める手順による」 too.)
        return "own"
    if patterns.contractor_asks.search(text) and not by_client:
        # 「前項第三号の場合において、受託者が違反を是正する旨を区に申し出たときは、区は、この
        # 契約を解除しないものとする」: the contractor's word alone lifts the rule.
        return "own"
    if _SUBJECTS_CONSENT.search(text) and not by_client:
        # 「ただし、受診者本人の同意がある場合は、この限りでない」: the person the data is about
        # consents, but the client has no say.
        return "swallowing"
    if _APPROVAL.search(text) and not waived:
        if patterns.client.search(text) or re.search(r"(書面|事前|あらかじめ)", text):
            return "approval"
        if re.search(r"(承認|承諾|同意|許可|許諾)", text):
            return "approval"
    # 「…既に報告した内容に変更がないことを委託者が確認したときは」 too.
    if re.search(rf"({patterns.client.pattern})が[^、。]{{0,15}}?(示した|定めた|指示した|指定した|決定した|確認した)(とき|場合)", text) \
            or re.search(rf"({patterns.client.pattern})が[^。]{{0,40}}?として(指定|定め)(した|る)(もの|範囲|場合)", text):
        # 「ただし、区が書面により別段の基準を示したときは、その基準による」: the client decides.
        # (「区が年度協定において複製を行うことができる場合として指定したものについては、同項の
        # 承認を要しない」 too.)
        return "approval"
    if _LAW.search(text) or _NO_FAULT.search(text) or _NOT_SECRET.search(text) \
            or _NO_PERSONAL_INFORMATION.search(text) or re.search(
            rf"({patterns.client.pattern})の責め?に帰すべき", text):
        # 「ただし、区の責めに帰すべき事由による場合は、この限りでない」: the client's own fault.
        # Laws, and damage the contractor is not at fault for, are grounds the guideline
        # itself accepts; so is work with no personal information in it (「個人情報を取り扱わない
        # 業務については、前項の規定は適用しない」).
        return "law"
    return "swallowing"
