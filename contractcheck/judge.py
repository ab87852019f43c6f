"""Evidence -> present / weak / missing, with the reason in plain Japanese.

Each rule of a facet is judged by ``judge_rule``: a small sequence of named decisions (who bears
it, with what force, with which exception, with which qualifiers). An item is ``present`` when
every required facet has adequate evidence and nothing contrary, ``weak`` when something speaks
to it but falls short, ``missing`` when nothing does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .clause import Clause
from .model import Evidence, ItemResult
from .party_patterns import WORKERS_OWN_DATA, WORKERS_OWN_RECORDS
from .patterns import ItemSpec, Rule
from .references import NOTWITHSTANDING_ARTICLE, NOTWITHSTANDING_PREVIOUS
from .segment import Sentence

LEVELS = ("adequate", "weak")

BEARER_LABEL = {"client": "委託者（甲・区）", "contractor": "受託者（乙）"}


@dataclass(frozen=True)
class Hit:
    facet: str
    level: str            # adequate | weak
    reason: str
    sentence: Sentence
    note: str = ""
    contrary: bool = False   # a free permission where the rule restricts (「再委託することができる」)


def has_any(text: str, words) -> bool:
    if not words:
        return False
    if isinstance(words, tuple):
        return _alternation(words).search(text) is not None
    return any(w in text for w in words)


@lru_cache(maxsize=None)
def _alternation(words: tuple[str, ...]) -> re.Pattern:
    # One C-level scan instead of a Python loop over the words: the context tests run
    # ~100,000 times per 250,000 characters, and this made them about 3x faster.
    return re.compile("|".join(map(re.escape, words)))


def judge_rule(rule: Rule, clause: Clause, context: str,
               own_context: str | None = None, what_context: str | None = None,
               exclude_context: str | None = None, title: str = "",
               approved_conditions: bool = False,
               condition_context: str | None = None) -> tuple[str, str] | None:
    """Decide one rule on one sentence. Returns (level, reason), or None if not evidence.
    ``own_context`` (the sentence, its list and its lead) is where a named shortcoming must
    sit: a sibling 号 「報告書の提出：対応完了後10日以内」 does not make 「直ちに報告」 late.
    ``what_context`` (default ``context``) is where the words for *what* is handled or reported
    (context_also, require_any) are looked for: it adds the definitions of the terms used to a
    local rule's sentence (「実施体制」とは、責任者及び従事者の…をいう). ``exclude_context``
    (default ``context``) is where exclusions are looked for: without a 号 item's siblings.
    ``title`` (the article's heading, 「個人情報の取扱いの制限」) also says *what* a table row
    under it is about. ``approved_conditions``: the sentence is, or is one of, a list of
    conditions that include the client's approval (「次の各号のすべてを満たす場合に限り…できる。
    (1) 委託者の書面による承認を得ていること …(4) 主たる部分を再委託するものでないこと」), so a
    named shortcoming among them is one more condition, not the rule's only limit.
    ``condition_context`` is where a named shortcoming (``weak_any``, ``weak_if_condition``) is
    looked for in a sentence that is not a 号 item: the sentence, its list and lead, and the 項 it
    names (「前項の場合において」), not a sibling 項 with a condition of its own (「２　…請求が
    あったときは、…返還しなければならない。３　…業務が完了したときは、…返還する」 leaves 3項
    sound). Default: ``context``."""
    what = context if what_context is None else what_context
    if rule.context_any and not has_any(context, rule.context_any) \
            and not table_title_sets_the_scene(title, rule):
        return None
    if rule.exclude_any and has_any(context if exclude_context is None else exclude_context,
                                    rule.exclude_any):
        return None
    if rule.context_also and not has_any(what, rule.context_also) \
            and not title_names_information(title, rule):
        return None
    if clause.in_exception:
        return None  # the word sits inside the exception, not in the rule itself
    if clause.in_condition and not rule.allow_condition:
        return None  # 「再委託する場合は…」: the condition of another duty, not this one

    m = clause.modality
    if (m == "definition" and "definition" not in rule.accept) or (
            m == "statement" and "statement" not in rule.accept):
        return None  # a definition or description, not a rule (unless the rule asks for what
        # a word means: 「「再委託」とは、…第三者（子会社を含む。）に行わせることをいう」)
    if rule.bearer == "client" and m in ("prohibition", "negated") \
            and clause.bearer not in ("contractor", "both"):
        return ("weak", "甲（委託者）の権限を否定する書き方（「…行わない」等）になっています。")
    if m in ("duty", "prohibition") and m not in rule.accept and not (
            m == "prohibition" and "duty" in rule.accept and rule.bearer != "client"):
        return None  # a different kind of sentence (e.g. the client's own act)
    # The words of this sentence itself (its own list for a 号 item).
    own_words = own_context if own_context is not None else context
    # (「３　区は、前項の個人情報の漏えいが生じたときは」: what 前項 is about counts too.)
    wrong_party = _wrong_party(rule, clause, own_words, title, what)
    if wrong_party:
        return wrong_party
    # (Not the 項 before: 「３　甲は、派遣労働者の個人情報の取扱状況について…確認することができる。
    # ４　乙は、派遣労働者が取り扱う個人情報について漏えい…」 is about what the workers handle.)
    if _employers_own_records(rule, clause, own_words if exclude_context is None else exclude_context):
        return None
    if rule.bearer == "client" and clause.contractor_consent:
        # 「区は、指定管理者の同意を得た場合に限り、…実地調査を行う」
        return ("weak", "甲（委託者）の権限の行使が受託者の同意を条件としており、甲の権限になっていません。")
    if rule.client_approver and clause.own_approval:
        return ("weak", "承認・許可・指示を与えるのが受託者（派遣元）自身や社内の責任者になっており、"
                        "甲（委託者・派遣先）の承認・指示になっていません。")
    force = _force(rule, clause, context)
    if force is not None:
        return force
    if rule.not_internal and clause.to_own and not clause.to_client:
        return ("weak", "報告の相手が受託者内部の責任者になっており、委託者（甲・区）への報告になっていません。")
    if rule.to_client and not clause.to_client:
        return ("weak", "報告等の相手が委託者（甲・区）になっていません（受託者内部の報告だけです）。")
    # A client's right (termination, audit) with the usual 「ただし、違反が軽微であるときは、
    # この限りでない」 is still the client's right; only the contractor's duties can be hollowed.
    # An exception the contractor decides for itself (「ただし、乙が軽微と認めるときは、この限り
    # でない」) hollows even the client's right.
    if clause.exception == "own":
        return ("weak", "受託者自身の判断や承認（「乙が必要と認めるとき」「乙の責任者の許可」等）で"
                        "定めの適用が左右され、甲の承認によらない例外になっています。")
    # The client's own duty (the yearly check) is hollowed like the contractor's.
    if clause.exception == "swallowing" and (rule.bearer != "client" or clause.modality != "permission"
                                             or rule.exceptions_hollow):
        return ("weak", "例外（「ただし…この限りでない」「…を除き」）が甲の承認なしに認められており、"
                        "定めが骨抜きになっています。")
    # A named shortcoming (「月次報告で」) explains more than an absent qualifier, so it goes first.
    # (A sentence's own words and the 項 it names, not the sibling 項 before it: 「乙は、…その
    # 取扱いに十分留意しなければならない。２　乙は、…防止…のために必要な措置を講じなければならない」.
    # Unless the rule itself was let in by the sentence before: 「…複製物を作成する場合は、…最小限の
    # 部数にとどめなければならない。２　…作成した複製物を…保管しなければならない」.)
    shortcomings = own_context if own_context is not None else (
        context if condition_context is None else condition_context)
    if own_context is None and rule.context_any and not has_any(shortcomings, rule.context_any):
        shortcomings = context
    for check in () if approved_conditions else rule.weak_any:
        if has_any(shortcomings, check.words):
            return ("weak", check.reason)
    for check in rule.require_any:
        if not has_any(what, check.words):
            return ("weak", check.reason)
    if rule.weak_if_condition and has_any(shortcomings, rule.weak_if_condition.words) \
            and not _EITHER_AT_END.search(context) and not _STANDING_OCCASION.search(context):
        return ("weak", rule.weak_if_condition.reason)
    if _DEFERRED.search(own_words):
        return ("weak", "定めの内容が「甲乙協議の上、別途定める」等とされ、契約の条項としてまだ定められていません。")
    return ("adequate", "")


# 「本契約の終了に伴う個人情報の返還、消去その他の取扱いについては、…甲乙協議の上、別途定める。」:
# the matter is put off to a later agreement, not yet a term.
_DEFERRED = re.compile(r"(別途|別に|追って|協議の上|協議して|協議により)[^。、]{0,10}"
                       r"(定める|決定する|取り決める)(ものとする)?。")


# 「本業務の終了時又は委託元から請求があったときは、…返還する」: the request is a further
# occasion, not the only one.
# The same as a 号 list: 「(1) 業務が完了したとき。(2) …解除されたとき。(3) 発注者から求めがあったとき。」
_EITHER_AT_END = re.compile(r"(終了|完了|満了|解除)(した|された)?(時|とき|場合)(、)?(又は|若しくは|及び)[^。]{0,25}(請求|求め|指示|必要と認め)"
                            r"|(終了|完了|満了|解除)(した|された)?(時|とき|場合)。[^。]{0,25}(請求|求め|指示)(が|を受け)"
                            # 「発注者の請求があったとき、又はこの契約が終了したときは」
                            r"|(請求|求め|指示)(が|を受け)[^。、]{0,6}(時|とき|場合)、?(又は|若しくは)[^。]{0,20}"
                            r"(終了|完了|満了|解除)(した|された|する)?(時|とき|場合)")


# 「毎年度当初及び職員に異動があったときは、その都度、区に提出」: a change is one more occasion
# beside a standing one.
_STANDING_OCCASION = re.compile(r"(毎年度当初|年度当初|業務の?(開始|着手)前|契約締結後[^。、]{0,8}以内|契約締結時)"
                                r"[^。]{0,6}(及び|並びに|又は|、)[^。]{0,20}(変更|異動|交替|交代|追加)")


def table_title_sets_the_scene(title: str, rule: Rule) -> bool:
    """「別表（業務終了時の措置）」 over rows 「区から提供された記録媒体　　区へ返却する。」: the
    table's title says when its rows apply, as the sentence binding the table does."""
    return title.startswith("別表") and has_any(title, rule.context_any)


def title_names_information(title: str, rule: Rule) -> bool:
    """The article's heading (「個人情報の取扱いの制限」) says its rows are about personal
    information; it says nothing of the act (collecting, providing) a rule may also ask for."""
    return "個人情報" in title and "個人情報" in rule.context_also


# The client paying for its own breach is the contractor's liability placed on the wrong party;
# the client compensating a lawful act (a budget cut ending the contract) is another matter.
_BREACH = ("違反", "債務不履行", "義務を怠", "義務を履行しな")


_WORKERS_OWN_DATA = re.compile(WORKERS_OWN_DATA)
# A heading 「（派遣労働者に関する情報の取扱い）」 over the ward's duties.
_WORKERS_OWN_TITLE = re.compile(r"(派遣労働者|派遣スタッフ|派遣社員)(の|に関する|に係る)(個人)?情報")


def _wrong_party(rule: Rule, clause: Clause, context: str, title: str = "",
                 referred: str = "") -> tuple[str, str] | None:
    if rule.bearer == "contractor" and clause.bearer == "client" and clause.modality == "permission" \
            and rule.duty_always and "permission" in rule.contrary and not rule.approval_permission_ok:
        # 「甲は、必要があると認めるときは、…派遣労働者から…秘密の保持に関する誓約書を徴する
        # ことができる」: the workers are bound only if the ward chooses to ask.
        return ("weak", "義務が甲（委託者・派遣先）が必要と認めて求めた場合に限られており、常に課される定めになっていません。")
    if rule.bearer == "contractor" and clause.bearer == "client":
        # 「（派遣労働者の個人情報）…３　甲は、第１項の個人情報の漏えいがあったときは」: the
        # article's heading says whose data its 項 speak of.
        if clause.modality not in ("duty", "prohibition", "effort") or (
                rule.client_act_unrelated and not has_any(context, _BREACH)) or (
                rule.workers_data_unrelated and (_WORKERS_OWN_DATA.search(context)
                                                 or _WORKERS_OWN_DATA.search(referred)
                                                 or _WORKERS_OWN_TITLE.search(title))):
            return ("none", "")  # the client's own discretion (or another matter), not a
            # misplaced duty
        return ("weak", "この定めは委託者（甲・区）側の義務になっており、受託者（乙）を拘束していません。")
    if rule.bearer == "client" and clause.bearer == "contractor":
        return ("none", "")  # a client-right rule says nothing about the contractor's duties
    return None


# 「乙は、派遣労働者に…遵守させる」: the staffing company making its workers keep a rule.
_MAKES_WORKERS = re.compile(r"させ|遵守|義務付け|義務を課")
# 「派遣労働者の個人情報」 itself (not 「派遣労働者の取り扱う個人情報」「派遣労働者の過失により
# 個人情報の漏えい」, what they handle).
# 「派遣元が保有する登録者の個人情報」: the staffing company's own registrants.
_EMPLOYEES_DATA = re.compile(r"(派遣労働者|派遣スタッフ|派遣社員)(本人)?(の|に関する|に係る)個人情報"
                             r"|(登録者|登録スタッフ|派遣登録者|求職者)の個人情報"
                             r"|(派遣労働者|派遣スタッフ|派遣社員)の[^。]{0,40}?その他の個人情報|" + WORKERS_OWN_RECORDS)


def _employers_own_records(rule: Rule, clause: Clause, context: str) -> bool:
    """「乙は、派遣労働者の個人情報を…目的外に使用し、又は複製して第三者に提供してはならない」:
    the staffing company keeping its own employees' data, not a rule it makes the workers keep
    about what they handle at the ward."""
    return rule.workers_data_unrelated and clause.bearer in ("contractor", "both") \
        and bool(_EMPLOYEES_DATA.search(context)) and not _MAKES_WORKERS.search(context) \
        and not (clause.to_client and _WORKERS_HANDLING.search(context))


# 「派遣元は、派遣労働者の個人情報の取扱いに関し事故があったときは、直ちに区に報告」: an
# accident in how the workers handle information, reported to the ward; the staffing company's
# own records of its employees are no matter for a report to the ward.
_WORKERS_HANDLING = re.compile(r"(派遣労働者|派遣スタッフ|派遣社員)の個人情報の取扱い")


def _force(rule: Rule, clause: Clause, context: str) -> tuple[str, str] | None:
    """The modality test: duty / prohibition / permission / effort against what the rule accepts."""
    m = clause.modality
    if m in rule.accept:
        return None
    if m == "negated":
        if m not in rule.contrary:
            return ("none", "")  # 「…義務を負わない」: no duty at all (ITEMS.md: not evidence)
        return ("weak", "義務を否定する書き方（「…を要しない」等）になっています。")
    if m == "effort":
        return ("weak", "「努めるものとする」等の努力義務にとどまっており、義務になっていません。")
    if m == "permission":
        if rule.approval_permission_ok and clause.client_approval:
            return None
        if rule.approval_permission_ok and has_any(context, ("通知", "届け出", "届出", "報告")):
            return ("weak", "甲への通知・届出だけで「…することができる」と許容しており、甲の事前の承認が条件になっていません（許容する書き方）。")
        return ("weak", "「…することができる」と許容する書き方になっており、禁止又は甲の承認が条件になっていません。")
    if m == "prohibition" and "duty" in rule.accept:
        return None
    # statement or a modality this rule does not speak to: a mention, not evidence
    return ("none", "")


def combine(spec: ItemSpec, hits: list[Hit], kind_note: str | None = None) -> ItemResult:
    by_facet: dict[str, list[Hit]] = {f.id: [] for f in spec.facets}
    for h in hits:
        by_facet[h.facet].append(h)
    adequate = {fid for fid, hs in by_facet.items() if any(h.level == "adequate" for h in hs)}
    weak_only = {fid for fid, hs in by_facet.items() if hs and fid not in adequate}
    # A contrary statement (a permission without approval) beats an adequate one elsewhere,
    # unless that one sets it aside by name (「第7条の規定にかかわらず、…承認を得なければならない」).
    contrary = [h for h in hits if h.contrary
                and not any(o.level == "adequate" and o.facet == h.facet and _overrides(o.sentence, h.sentence)
                            for o in hits)]

    missing_required = [fid for fid in spec.require if fid not in adequate]
    is_present = not missing_required and not contrary
    evidence_hits = _pick_evidence(spec, by_facet, is_present)
    evidence = tuple(evidence_of(h.sentence) for h in evidence_hits)
    notes = tuple(dict.fromkeys(
        [spec.advise[fid] for fid in spec.advise if fid not in adequate]
        + [h.note for h in hits if h.note and h.level == "adequate"]))

    if is_present:
        return ItemResult(spec.id, spec.basis, spec.title, "present", spec.severity,
                          evidence, _present_reason(spec, evidence_hits), "", notes)
    if not ((adequate | weak_only) & set(spec.addressed_by or spec.require)) and not contrary:
        # Only an optional facet (e.g. 持ち出し), or one that only qualifies the others (子会社
        # counted as a third party), speaks: the item itself is not addressed.
        return ItemResult(spec.id, spec.basis, spec.title, "missing", spec.severity, (),
                          _missing_reason(spec), spec.suggestion, notes)
    reasons = []
    for h in contrary:
        # (Two rows of one table, 「複製：可（要承認）」「複写：可（要承認）」, give one reason.)
        r = f"{spec.facet(h.facet).label}: {h.reason}"
        if r not in reasons:
            reasons.append(r)
    for fid in missing_required:
        facet = spec.facet(fid)
        weak_hits = [h for h in by_facet[fid] if h.level == "weak"]
        if weak_hits:
            r = f"{facet.label}: {weak_hits[0].reason}"
        else:
            r = facet.missing or f"{facet.label}の定めがありません。"
        if r not in reasons:
            reasons.append(r)
    return ItemResult(spec.id, spec.basis, spec.title, "weak", spec.severity, evidence,
                      " ".join(reasons), spec.suggestion, notes)


def _overrides(later: Sentence, earlier: Sentence) -> bool:
    """``later`` says it applies notwithstanding the body article ``earlier`` belongs to (or,
    「前項の規定にかかわらず」, the 項 before it in the same article)."""
    if later.index <= earlier.index:
        return False
    if NOTWITHSTANDING_PREVIOUS.search(later.norm) and later.same_article(earlier):
        return True
    if earlier.attachment or not earlier.article:
        return False
    m_art = re.match(r"第(\d+)条", earlier.article)
    if not m_art:
        return False
    for m in NOTWITHSTANDING_ARTICLE.finditer(later.norm):
        if m.group(2) == m_art.group(1):
            return True
        if m.group(1) == "前条" and later.article and not later.attachment:
            m_later = re.match(r"第(\d+)条", later.article)
            if m_later and int(m_later.group(1)) == int(m_art.group(1)) + 1:
                return True
    return False


def _pick_evidence(spec: ItemSpec, by_facet: dict[str, list[Hit]], present: bool) -> list[Hit]:
    out: list[Hit] = []
    seen = set()
    for f in spec.facets:
        if present:
            # For a present item, the sentence that satisfies each facet is the evidence.
            hs = [h for h in by_facet[f.id] if h.level == "adequate"][:1]
        else:
            # For a weak one, the problem sentence first, then what does satisfy a facet.
            hs = sorted(by_facet[f.id], key=lambda h: (h.level != "weak", h.sentence.index))[:2]
        for h in hs:
            if h.sentence.index not in seen:
                seen.add(h.sentence.index)
                out.append(h)
    return sorted(out, key=lambda h: h.sentence.index)[:4]


def _present_reason(spec: ItemSpec, hits: list[Hit]) -> str:
    labels = "、".join(spec.facet(fid).label for fid in spec.require)
    return f"{labels}が定められています。"


def _missing_reason(spec: ItemSpec) -> str:
    labels = "・".join(spec.facet(fid).label for fid in spec.require)
    if labels == spec.title or labels in spec.title:
        return f"{spec.title}に当たる定めが見つかりません。"
    return f"{spec.title}（{labels}）に当たる定めが見つかりません。"


def evidence_of(s: Sentence) -> Evidence:
    loc = s.loc
    return Evidence(file=loc.file, article=s.article, text=s.text, page=loc.page,
                    paragraph=loc.paragraph, line=loc.line, table=loc.table, row=loc.row,
                    cell=loc.cell)
