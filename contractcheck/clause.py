"""What one sentence says about an anchor word: who bears it, with what force, with which
exception. Built on the GiNZA dependency parse (the head predicate, its auxiliaries, the path
from the anchor to the main predicate, the clause an exception attaches to).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .parties import Parties

# Modality markers, tested in this order (a longer, more specific form before its substrings).
_NEGATED = re.compile(r"(要せず|要することなく|必要とせず|拘束しない|効力を有しない|負わない|負うものではない|要しない|要さない|必要としない|必要はない|必要がない|ものではない|には及ばない|義務を負わない|責任を負わない|責めを負わない|責を負わない|賠償しない|限りではない$)")
_EFFORT = re.compile(r"(努め|努力|よう[^。、]{0,4}配慮|心掛け|心がけ|留意|なるべく|望ましい)")
_PERMIT_NEG_FORM = re.compile(r"(差し支えない|差支えない|妨げない)")
_PROHIBIT = re.compile(r"(せない[。]?$|許されない|許されず|てもならな|てはならず|ではならず|てはならな|ではならな|てはいけな|ことはできな|ことができな|ことができません|ないものとする|ないこと|ないよう|しない[。]?$|せず|禁止|禁ず|禁じ|してはな|させてはな|ないものと|行わない|漏らさない|ないで$)")
_PERMIT = re.compile(r"(ことができる|ことができ|ことを得る|ことができます|得るものとする|自由に)")
_DUTY = re.compile(r"(なければならな|なければならず|ものとし|こととし|ものとする|こと[。]?$|義務を負|責任を負|責めを負|責を負|負う|べき|させる|する[。]?$|行う[。]?$|ものとします|しなければ|とする[。]?$|る。$|う。$|す。$|従う|る$|う$)")

_KANJI_DIGITS = "一二三四五六七八九十"
_EARLIER_PROVISION = rf"(前[\d{_KANJI_DIGITS}]*項|前各項|前条|同項|前号|第[\d{_KANJI_DIGITS}]+項)"
_DISAPPLY = re.compile(rf"^\s*{_EARLIER_PROVISION}(及び[^、]*)?の規定(は|にかかわらず)[^。]*(適用しない|この限りでない|この限りではない|要しない|できる|足りる)")
# 「…と認めた場合は、前項の措置の一部又は全部を省略することができる」: a later 項 that lets the
# duty of an earlier one be left undone.
_LATER_WAIVER = re.compile(rf"{_EARLIER_PROVISION}[^。]{{0,20}}(省略|免除)[^。]{{0,10}}(できる|ものとする)")
# NOTE: 「ところ」 is left out: 「甲の指示するところにより」 is a manner, not a condition.
_CONDITION_NOUNS = {"場合", "とき", "時", "際", "限り"}
_APPROVAL = re.compile(r"(承認|承諾|同意|許可|許諾|了承|了解|指示|認め|指定)")
_LAW = re.compile(r"(法令|法律|条例)")
_NO_FAULT = re.compile(r"責めに帰す(ることができない|ることのできない|べき事由によらない|べからざる)")
_CLIENT_APPROVAL_PHRASE_TMPL = r"({client})(の|による|が)[^。]{{0,20}}?(承認|承諾|同意|許可|許諾|了承|指示)"


@dataclass(frozen=True)
class Clause:
    bearer: str              # contractor | client | unknown
    # (fields below)
    modality: str            # duty | prohibition | permission | effort | negated | statement
    in_condition: bool       # the anchor sits in a 「…場合」「…とき」 clause, not the main duty
    in_exception: bool       # the anchor sits inside the exception clause itself
    exception: str           # none | approval | law | swallowing | own (the contractor's own say)
    client_approval: bool    # the sentence ties the act to the client's approval/instruction
    to_client: bool = True   # the sentence names the client as a recipient (「甲に報告」)
    own_approval: bool = False  # the only approval named is the contractor's own


@lru_cache(maxsize=64)
def party_pattern(parties: Parties) -> re.Pattern:
    # 「甲（派遣先）は」: a role note between the party and its topic marker.
    return re.compile("(" + "|".join(map(re.escape, parties.words())) + r")(?:[（(][^（）()]{1,12}[）)])?(?:は|においては|の側は)")


@lru_cache(maxsize=64)
def client_approval_re(parties: Parties) -> re.Pattern:
    words = "|".join(map(re.escape, sorted(parties.client, key=len, reverse=True)))
    return re.compile(_CLIENT_APPROVAL_PHRASE_TMPL.format(client=words))


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
    return "とともに" in between or "と共に" in between


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


_SOFT_ADVERB = re.compile(r"(なるべく|極力)")
# Named word lists of the clause-level readings below (each used in one place; named so the
# reading is visible where it is used).
_APPROVAL_NOUNS = "承認|承諾|同意|許可|許諾"
# 「…確認するほか、…できる」: the act before ほか is stated outright.
_STATED_BEFORE_HOKA = re.compile(r"(する|行う)ほか、?$")
# A clause carrying its own duty is not part of a condition that follows it.
_OWN_DUTY = re.compile(r"(ないよう|なければならな|ものとし|こととし)")
# 「…漏らさないよう、」: a purpose clause; the main verb decides the force.
_PURPOSE_CLAUSE = re.compile(r"ないよう(に)?、?$")
# 「その都度区の承認を得ることを要しない」: an approval named only to waive it.
_APPROVAL_WAIVED = re.compile(rf"({_APPROVAL_NOUNS})[^。]{{0,12}}(要しない|必要としない|要さない|要せず|不要)")
# 「甲の許可を得ることなく複製することができる」: an approval named only to do without it.
_APPROVAL_DONE_WITHOUT = re.compile(
    rf"({_APPROVAL_NOUNS})(を得る|を受ける|を得た上で)?"
    r"(ことなく|ことなしに|を得ないで|を得ずに|を受けないで|を受けずに|なく|なしに)")
# 「書面による承認」 with no approver named is the client's ...
_UNNAMED_APPROVAL = re.compile(rf"(書面による|事前の|あらかじめ)[^。]{{0,6}}({_APPROVAL_NOUNS})")
# ... unless the contractor is the one who approves.
_CONTRACTOR_APPROVES = re.compile(r"(乙|受託者|受注者|指定管理者)が[^。]{0,10}(承認|認め)")
# A listed duty (「させず、」「てはならず、」) before a condition noun.
_LISTED_DUTY = re.compile(r"(てはならず、|させず、|させないよう|ないようにし、|禁じ、|禁止し、|限らせ、)")


_DEFINITION = re.compile(r"(をいう|をいい|を指す|を意味する|と称する)[。]?$")


# 「…義務を免れるものではない」「…によっても消滅しない」: a duty denied its end goes on.
_SURVIVES = re.compile(r"(免れ|消滅し|失効し|免除され)(る)?(ものではない|ものでない|ない|ず)")


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
    if _DUTY.search(text):
        return "duty"
    return None


def analyze(doc, anchor, parties: Parties, inherited_bearer: str = "unknown",
            inherited_modality: str | None = None, next_text: str = "") -> Clause:
    pred = head_predicate(anchor)
    path = path_to_root(anchor)
    # A condition clause precedes its noun (「事故が発生した場合」), so only a condition noun
    # after the anchor can hold it; a parser attachment to an earlier 場合 is an error.
    # A 「こと」 between them means the anchor ends its own listed duty (「…使用しないこと、…
    # おそれがあるときは報告すること」): a parser chain through the later とき is not a condition.
    in_condition = any(t.lemma_ in _CONDITION_NOUNS and t.pos_ == "NOUN" and t.i > anchor.i
                       and not _listing_boundary(doc, anchor.i, t.i)
                       for t in path[1:])
    in_exception = any(t.lemma_ == "除く" and t.i > anchor.i
                       and not _listing_boundary(doc, anchor.i, t.i) for t in path[1:])
    cond = next((t for t in path[1:] if t.lemma_ in _CONDITION_NOUNS and t.i > anchor.i), None)
    if in_condition and cond.i > pred.i and re.search(r"ことは、", doc_text(doc)[pred.idx:cond.idx]):
        # 「…利用することは、甲の承諾がない限り、許されない」: a clause topicalised with 「ことは」
        # is what the main predicate rules on; the parser hangs it under the 限り that follows.
        in_condition = False
    if in_condition and _instruction_condition_follows(doc, pred, cond):
        # 「…のみ用いさせ、乙の許可がある場合を除き…」: neither the condition nor the
        # exception after it contains the verb before it.
        in_condition = in_exception = False
    root = path[-1]

    local = local_tail(doc, _main_predicate(pred))
    # 「漏らさない旨の誓約書を徴することができる」: what follows 旨 is quoted content; the act
    # done with it decides the force.
    if "旨" in local:
        local = local[local.rfind("旨") + 1:]
    modality = modality_of(local)
    if modality is None and _STATED_BEFORE_HOKA.search(local):
        # 「年1回以上実地に確認するほか、必要に応じて調査を行うことができる」: the act before
        # ほか is stated outright; only what is added after it is a discretion.
        modality = "duty"
    if in_condition and (_OWN_DUTY.search(local) or _duty_between(doc, anchor, cond)):
        # A clause that carries its own duty (「…持ち出させないよう管理し、事故が生じたときは…」)
        # is coordinated with the main predicate, not part of the condition after it.
        in_condition = False
    if _PURPOSE_CLAUSE.search(local) and pred is not root:
        # 「…漏らさないよう、教育を行うことができる」: a purpose clause; the main verb decides.
        modality = None
    # Coordinated predicates (「消去し、返却しなければならない」) take the main predicate's force.
    # A clause without a marker of its own (「消去し、」「報告するとともに、」) takes the main
    # predicate's force, unless a new topic starts in between (「甲は…報告し、乙は…監査する
    # ことができる」): then it is a plain duty of its own subject.
    if modality is None and pred is not root:
        if party_pattern(parties).search(doc_text(doc)[pred.idx:root.idx]):
            # A relative clause (「甲が乙に開示する資料」) describes; it binds no one.
            modality = "statement" if pred.dep_ == "acl" else "duty"
        else:
            modality = modality_of(doc_text(doc)[_main_predicate(root).idx:])
    if any(t.lemma_ in ("努める", "努力") for t in path) or _EFFORT.search(doc_text(doc)[anchor.idx:]):
        # 「漏らしてはならず、…努める」 keeps its prohibition; 「漏らすことのないよう…努める」
        # is a purpose clause under the effort verb.
        if not _PROHIBIT.search(local) or "ないよう" in local:
            modality = "effort"
    if modality in ("duty", "prohibition") and _SOFT_ADVERB.search(doc_text(doc)[:pred.idx]):
        # 「なるべく…にとどめるものとする」: the adverb softens the verb it modifies.
        modality = "effort"
    # A 号 item ending in 「…すること」 carries the force of the sentence introducing the list.
    if inherited_modality and (modality is None or (
            modality == "duty" and re.search(r"こと[。]?$", doc_text(doc).strip()))):
        # A 号 item (「…すること」, or a bare noun phrase 「管理責任者の氏名」) carries the force
        # of the sentence introducing the list.
        modality = inherited_modality
    elif inherited_modality in ("effort", "negated"):
        # 「次に掲げる事項を遵守するよう努めなければならない。一 …漏らさないこと」: the list
        # is only as strong as the sentence that introduces it.
        modality = inherited_modality
    if _DISAPPLY.match(doc_text(doc)) and re.search(r"(適用しない|この限りでない|この限りではない|要しない)",
                                                doc_text(doc)):
        # 「前項の規定は、…複製には、適用しない。」 takes a rule away; it states none.
        modality = "negated"
    if _DEFINITION.search(doc_text(doc).strip()):
        modality = "definition"  # 「…をいう。」: what a word means, never a duty
    elif modality is None:
        modality = "statement"

    prefix = doc_text(doc)[:pred.idx]
    if inherited_modality is not None and inherited_bearer != "unknown" \
            and not party_pattern(parties).search(prefix):
        # A 号 item without a topic of its own is done by whoever its lead names: 「区が指示する
        # 方法により抹消すること」 names the ward only inside a modifier.
        bearer = inherited_bearer
    else:
        bearer = _bearer(prefix, parties) or inherited_bearer
    exception = _exception(doc, root, next_text, parties)
    # 「その都度区の承認を得ることを要しない」 names an approval only to waive it.
    # 「甲の許可を得ることなく複製することができる」 names an approval only to do without it.
    waived = _APPROVAL_WAIVED.search(doc_text(doc)) \
        or (modality == "permission" and _APPROVAL_DONE_WITHOUT.search(doc_text(doc)))
    by_client = bool(client_approval_re(parties).search(doc_text(doc)))
    # 「書面による承認」 with no approver named is the client's, unless the contractor approves.
    unnamed = bool(_UNNAMED_APPROVAL.search(doc_text(doc))) \
        and not _CONTRACTOR_APPROVES.search(doc_text(doc))
    own_approval = not by_client and bool(_party_res(parties).own_approval.search(doc_text(doc)))
    # 「甲の承認を得て、又は乙の責任において」: the contractor may do without the approval.
    own_alternative = bool(_party_res(parties).own_alternative.search(doc_text(doc)))
    approval = not waived and not own_approval and not own_alternative and (by_client or unnamed)
    if not approval and modality == "permission":
        # 「２　…複製することができる。３　前項の複製は、あらかじめ区の承認を受けて行わなけれ
        # ばならない。」: the permission is subject to the client's approval.
        approval = restores_approval(next_text.split("\n")[0], parties)
    to_client = bool(_party_res(parties).to_client.search(doc_text(doc)))
    return Clause(bearer, modality, in_condition, in_exception, exception, approval, to_client,
                  own_approval)


# 「…報告し、甲の指示があるときは、これに従う」「…用いさせ、乙の許可がある場合を除き」: the parser
# hangs 「報告し」 under the とき (or 場合) that
# follows, but a condition that is about the client's instruction or request cannot contain the
# contractor's own act before it; the 連用中止 verb is coordinated with the main predicate.
_INSTRUCTION_CONDITION = re.compile(r"^(し|して|て|され|させ)?、[^、。]{0,20}?(指示|請求|求め|要求|要請|許可|承認|承諾|同意)(が|の)(あ|な)")


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


def _bearer(prefix: str, parties: Parties) -> str | None:
    matches = list(party_pattern(parties).finditer(prefix))
    if not matches:
        # 「乙が…しなければならない」 without a topic: a subject directly before the predicate.
        m = None
        for m in _party_res(parties).subject.finditer(prefix):
            pass
        if m is None or re.search(r"(場合|とき|時|際)", prefix[m.end():]):
            return None
        return parties.role_of(m.group(1))
    last = matches[-1]
    role = parties.role_of(last.group(1))
    # 「甲及び乙は、…してはならない」: a duty of both parties binds the contractor too.
    before = re.search(r"(\S+?)(及び|並びに)$", prefix[:last.start()])
    if before and role == "client":
        words = "|".join(map(re.escape, parties.words()))
        other = re.search(rf"({words})$", before.group(1))
        if other and parties.role_of(other.group(1)) == "contractor":
            return "contractor"
    return role


def bearer_of(text: str, parties: Parties) -> str | None:
    return _bearer(text, parties)


def _exception(doc, root, next_text: str, parties: Parties) -> str:
    texts = []
    for t in doc:
        if t.lemma_ == "除く" and t.i < root.i:
            span = doc[t.left_edge.i:t.i + 1].text
            texts.append(span)
    m = re.search(r"(ただし|但し)(.*?)(この限りでない|この限りではない|この限りで無い|適用しない|を除く|除くものとする|を優先する)", doc_text(doc))
    if m:
        texts.append(m.group(2))
    elif re.search(r"(この限りでない|この限りではない)", doc_text(doc)):
        texts.append(doc_text(doc))
    followings = next_text.split("\n")
    for i, following in enumerate(followings):
        # 「ただし、…この限りでない。」 or a later 項 「前2項の規定は、…場合には、適用しない。」
        if (re.match(r"^\s*(ただし|但し)", following) and re.search(
                r"(この限りでない|この限りではない|適用しない|ことができ|できる|除く|要しない|不要とする|行わない|実施しない|妨げない|差し支えない|によるものとする|による。$|優先する)", following)) or \
                _DISAPPLY.match(following) or _LATER_WAIVER.search(following) or \
                (re.match(r"^\s*(ただし|但し)", following) and own_judgements(following, parties)):
            after = followings[i + 1] if i + 1 < len(followings) else ""
            if restores_approval(after, parties):
                # 「３　前項の複製は、あらかじめ区の承認を受けて行わなければならない。」: the
                # exception is made subject to the client's approval after all (both conditions
                # hold at once, hence かつ: classify_exception judges them as one ground).
                following += "かつ" + after
            texts.append(following)
    if _own_scope(doc_text(doc), parties) and not restores_approval(followings[0], parties):
        return "own"
    proviso = re.search(r"(ただし|但し)、?(.*)$", doc_text(doc))
    if proviso and own_judgements(proviso.group(2), parties) \
            and not client_approval_re(parties).search(proviso.group(2)):
        # 「ただし、受託者が必要と判断して追加を求めた項目は、…含まれるものとする」 (a proviso in
        # the same sentence; one in the next sentence is among the texts below)
        return "own"
    if not texts:
        return "none"
    kinds = [classify_exception(text, parties) for text in texts]
    for kind in ("own", "swallowing", "law"):
        if kind in kinds:
            return kind
    return "approval"


# 「前項の複製は」「前項の場合においても」「前項の規定による利用は」: a 項 about the one before it.
_ABOUT_THE_PREVIOUS = re.compile(r"^\s*(前項|同項)(の|に)")


def restores_approval(text: str, parties: Parties) -> bool:
    """A 項 that makes what the previous one allowed subject to the client's approval."""
    return bool(_ABOUT_THE_PREVIOUS.match(text) and client_approval_re(parties).search(text)
                and not _APPROVAL_WAIVED.search(text))


def _own_scope(text: str, parties: Parties) -> bool:
    """「受注者が重大な事故であると判断したときは…報告」「甲が開示して差し支えないと判断する範囲で」:
    a duty that applies only where the contractor itself so judges is left to the contractor.
    Not when the judgement is one more occasion beside another (「…を知ったとき、又は乙が…と
    認めたとき」), nor when the client's approval is named too."""
    if _party_res(parties).discretion.search(text) and not client_approval_re(parties).search(text):
        # 「乙の判断により保管し、又は廃棄する」: left to the contractor.
        return True
    for m in own_judgements(text, parties):
        tail = re.match(r"[^、。]{0,4}?(とき|場合|範囲|限り)", text[m.end():])
        if not tail:
            continue
        after = text[m.end() + tail.end():]
        if re.search(r"(又は|若しくは|もしくは|あるいは)、?$", text[:m.start()]) or \
                re.match(r"(は、|に、|には、)?(又は|若しくは|もしくは|あるいは)", after):
            continue
        if client_approval_re(parties).search(text):
            continue
        return True
    return False


class PartyPatterns(NamedTuple):
    own_judgement: re.Pattern   # 「乙が必要と認める」: the contractor decides (see own_judgements)
    client: re.Pattern          # any word for the client
    subject: re.Pattern         # 「乙が」: a party as grammatical subject
    to_client: re.Pattern       # 「甲の担当課へ」 names the client as recipient
    own_approval: re.Pattern    # 「派遣元の許可」: an approval the contractor gives itself
    own_alternative: re.Pattern  # 「又は乙の責任において」: a way round the client's approval
    discretion: re.Pattern      # 「乙の判断により」「受託者の裁量で」


@lru_cache(maxsize=64)
def _party_res(parties: Parties) -> PartyPatterns:
    client_words = "|".join(map(re.escape, sorted(parties.client, key=len, reverse=True)))
    contractor_words = "|".join(map(re.escape, sorted(parties.contractor, key=len, reverse=True)))
    # 「受託者の個人情報管理責任者」「指定管理者が置く管理者」: the contractor's own officer is the
    # contractor for approvals and judgements.
    officer = (rf"(?:(?:の|が)?(?:(?!{client_words})[^、。]){{0,15}}?"
               r"(?:責任者|管理者|担当者|代表者|役員|部長|社長|取締役|委員会))?")
    return PartyPatterns(
        own_judgement=re.compile(rf"({contractor_words}){officer}(が|の判断|において)[^。]{{0,15}}(認め|判断)"),
        client=re.compile(rf"({client_words})"),
        subject=re.compile("(" + "|".join(map(re.escape, parties.words())) + ")が"),
        # 「甲の担当課へ」 names a recipient; 「甲の指示に従い」 does not.
        # 「派遣先及び派遣元に報告」 names the client among the recipients.
        to_client=re.compile(rf"({client_words})(の(?!指示|承認|承諾|許可|同意|求め|定め|指定|確認|立会|責め|責任)[^、。]{{1,12}}?|(及び|並びに|又は)[^、。]{{1,10}}?)?(に|へ|に対し|あて)"),
        own_approval=re.compile(rf"({contractor_words}){officer}(の|が)[^、。]{{0,6}}?(承認|承諾|同意|許可|許諾|指示)"),
        own_alternative=re.compile(rf"(又は|若しくは|あるいは)、?({contractor_words})(の|が)(自らの)?(責任|判断|裁量)"),
        discretion=re.compile(rf"({contractor_words})の(判断|裁量|任意)(により|で|に委ね|に任せ)"))


def own_judgements(text: str, parties: Parties) -> list[re.Match]:
    """「乙が必要と認める」「乙が問題がなかったと判断した」: the contractor judges. Not 「区は、
    受託者が違反したと（違反していると）認めるとき」, where the contractor is the subject of
    what is judged and the client judges: a finished act right before と認め with no other
    subject (が) after the contractor's."""
    out = []
    for m in _party_res(parties).own_judgement.finditer(text):
        inner = m.group(0)[len(m.group(1)):]
        inner = inner[inner.index("が") + 1:] if inner.startswith(("が",)) else inner
        if re.search(r"(た|だ|ている|でいる)と(認め|判断)$", m.group(0)) and "が" not in inner:
            continue
        out.append(m)
    return out


def classify_exception(text: str, parties: Parties) -> str:
    """approval / law / swallowing / own. With several grounds (「甲の指示による場合及び乙が業務上
    必要な場合を除き」) each is judged, and one ground without approval swallows the rule."""
    grounds = [g for g in re.split(r"(?:及び|又は|若しくは|並びに|、)", text) if re.search(r"(場合|とき)", g)]
    # 「…場合であって、あらかじめ甲の承認を得たとき」 joins its conditions: judged as one.
    if len(grounds) > 1 and not re.search(r"(であって|かつ)", text):
        kinds = [_classify_ground(g, parties) for g in grounds]
        for kind in ("own", "swallowing", "law"):
            if kind in kinds:
                return kind
        return "approval"
    return _classify_ground(text, parties)


def _classify_ground(text: str, parties: Parties) -> str:
    patterns = _party_res(parties)
    # 「乙が必要と認め、かつ甲の承認を得た場合」: the client's approval is still required.
    if _APPROVAL.search(text) and client_approval_re(parties).search(text) \
            and not _APPROVAL_DONE_WITHOUT.search(text):
        return "approval"
    # 「乙が必要と認める」「乙が軽微と判断した」 is the contractor's own judgement, and 「派遣元の
    # 許可を得た場合」 the contractor's own permission: either hollows the rule.
    if own_judgements(text, parties) or patterns.own_approval.search(text):
        return "own"
    if _APPROVAL.search(text):
        if patterns.client.search(text) or re.search(r"(書面|事前|あらかじめ)", text):
            return "approval"
        if re.search(r"(承認|承諾|同意|許可|許諾)", text):
            return "approval"
    if _LAW.search(text) or _NO_FAULT.search(text):
        # Laws, and damage the contractor is not at fault for, are grounds the guideline
        # itself accepts.
        return "law"
    return "swallowing"
