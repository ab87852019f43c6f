"""Who the parties are: which words name the client (the ward) and which the contractor.

Definitions decide (「株式会社○○（以下「甲」という。）」 makes 甲 the company); without them,
the conventional roles apply (甲/委託者/発注者/区/派遣先 = client). Judgements use this to know
who bears each obligation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# 指揮命令者 and 派遣先責任者 are the 派遣先's own people in a dispatch contract.
CLIENT_DEFAULT = ("甲", "委託者", "発注者", "区", "本区", "派遣先", "委託元", "発注者側", "市", "町",
                  "指揮命令者", "派遣先責任者", "所管課", "担当課", "主管課", "区長", "市長", "町長")
CONTRACTOR_DEFAULT = ("乙", "受託者", "受注者", "指定管理者", "派遣元", "事業者", "請負者",
                      "受託事業者", "委託先", "受託業者", "業者", "自社", "当社", "弊社")
# People acting for the contractor: a duty placed on them is the contractor's side's duty.
CONTRACTOR_STAFF = ("従事者", "業務従事者", "従業者", "従業員", "派遣労働者", "作業従事者",
                    "受託者の従業員", "乙の従業員", "担当者")

# 「株式会社○○（以下「甲」という。）」, also with a role note first: 「（派遣元。以下「甲」という。）」
# 「（以下「委託者」又は「開示者」という。）」: a second name for the same party.
_DEF = re.compile(r"([^\s、。「」（）()]{1,40}?)\s*[（(]\s*(?:[^（）()「」]{1,10}?[。、]\s*)?以下\s*[「『]([^」』]{1,12})[」』]"
                  r"(?:\s*(?:又は|若しくは|あるいは|或いは|、)\s*[「『]([^」』]{1,12})[」』])?\s*(?:と|という)")
_AS_DEF = re.compile(r"(?:^|[、。\s])([^\s、。「」（）()]{2,40}?)を\s*[「『]?(甲|乙|丙)[」』]?\s*と(?:し|して|する)")
# 「委託業務を受託する株式会社練馬データサービスを「甲」、委託者である練馬区を「乙」という」
# (「委託者である○○区を「乙」と、受託者である…を「甲」という」 too.)
_WO_DEF = re.compile(r"(?:(?<=[、。\s])|^)([^\s、。「」（）()]{2,40}?)を\s*[「『](甲|乙|丙)[」』]\s*(?:、|という|と(?:いう|する|し|、))")
_TOWA_DEF = re.compile(r"[「『](甲|乙|丙)[」』]とは、?([^、。「」]{2,40}?)を(?:、|いい|いう)")
_RELATIVE_DEF = re.compile(r"(?:開示|提供|交付)(を受ける|を受けた|する)者を\s*[「『]([^」』]{1,8})[」』]")
# The contractor's own officer named by a term of the contract: 「乙は、…責任者（以下「業務責任者」
# という。）を定める」「指定管理者は、その代表者を個人情報保護の統括者とする」. An approval by
# that officer later (「業務責任者の許可を得た場合を除き」) is the contractor approving itself.
# 「…のうちから個人情報管理責任者を１名選任し」: a headcount between を and the verb.
_HEADCOUNT = r"(?:[0-9０-９一二三四五]+\s*(?:名|人)(?:以上)?)?"
_OFFICER = r"(?:責任者|管理者|担当者|統括者|総括者|監督者|代表者|主任者)"
_OFFICER_DEF = re.compile(rf"[（(]\s*以下\s*[「『]([^」』]{{0,10}}{_OFFICER})[」』]\s*(?:と|という)")
_OFFICER_NAMED = re.compile(rf"を、?(?:[^、。を「」]{{0,15}}の)?([^、。をの「」]{{0,8}}{_OFFICER})"
                            r"(?:とする|に選任|に指名|として(?:選任|指名|置|定め))"
                            rf"|(?:から|うちから|、)\s*([^、。をの「」]{{0,8}}{_OFFICER})を{_HEADCOUNT}(?:指名|選任|置|定め)")
# The client's own staff named by a term: 「区の個人情報保護を所管する課長を「担当課長」という」
# 「甲の職員（以下「監督員」という。）」. Only person- or office-like terms (not 「本業務」).
_STAFF_TERM = r"[^」』]{0,8}(?:課長|部長|係長|職員|員|担当課|所管課|主管課|担当者|責任者|管理者|長)"
_CLIENT_STAFF_DEF = re.compile(
    rf"[^、。「」（）()]{{0,30}}?(?:を\s*[「『]({_STAFF_TERM})[」』]\s*という"
    rf"|[（(]\s*以下\s*[「『]({_STAFF_TERM})[」』]\s*(?:と|という))")
_SIGNATURE = re.compile(r"代表取締役|代表者|代表理事|理事長")
_PUBLIC = re.compile(r"(区|市|町|村|都|県|府|道|庁|役所|区長|市長|町長|村長|知事|委員会|行政)$")
_COMPANY = re.compile(r"(株式会社|有限会社|合同会社|合資会社|法人|組合|協会|事業団|財団|社団|センター|会社|Co|Inc|㈱|\(株\))")


@dataclass(frozen=True)
class Parties:
    client: frozenset[str]
    contractor: frozenset[str]
    definitions: tuple[tuple[str, str, str], ...] = ()   # (entity, alias, role)
    officers: frozenset[str] = frozenset()   # terms for the contractor's own officers

    def role_of(self, word: str) -> str | None:
        if word in self.contractor or word in CONTRACTOR_STAFF:
            return "contractor"
        if word in self.client:
            return "client"
        return None

    def words(self) -> list[str]:
        """All party words, longest first (so 受託者 is tried before 受託)."""
        return sorted(set(self.client) | set(self.contractor) | set(CONTRACTOR_STAFF),
                      key=len, reverse=True)


def resolve(text: str, whole: str = "") -> Parties:
    """Parties from the definitions near the start (``text``); the contractor's officers from the
    whole document (``whole``), where 特記事項 usually name them."""
    client = set(CLIENT_DEFAULT)
    contractor = set(CONTRACTOR_DEFAULT)
    defs = []
    for m in _DEF.finditer(text[:20000]):
        raw, alias = m.group(1), m.group(2).strip()
        # Only a leading connective is dropped (「…）と株式会社…」); names may contain と/は.
        entity = re.sub(r"^(と|及び|並びに|は|が)", "", raw) or raw
        # 「…電子化業務について○○区（以下「発注者」という。）」: the party is what follows the
        # subject matter, not the centre the work is for.
        entity = re.split(r"について|に関して|に関し|に係る|において", entity)[-1] or entity
        # A signature block runs into the next agreement's preamble (「…代表取締役　○○　○○
        # 練馬区（以下「区」という。）」): the name defined is the last one.
        if _SIGNATURE.search(entity):
            entity = _SIGNATURE.split(entity)[-1].lstrip("○〇●◯□■△ 　") or entity
        if len(alias) > 8:
            continue
        role = _role_from_entity(entity, alias)
        if role is None:
            continue
        defs.append((entity, alias, role))
        _assign(alias, role, client, contractor)
        second = (m.group(3) or "").strip()
        if second and len(second) <= 8:
            defs.append((entity, second, role))
            _assign(second, role, client, contractor)
    # 「北斗ビジネス株式会社を甲とし、練馬区を乙として」: the other way of naming them.
    for m in _AS_DEF.finditer(text[:3000]):
        entity, alias = m.group(1), m.group(2)
        role = _role_from_entity(entity, alias)
        if role is not None and not any(a == alias for _, a, _ in defs):
            defs.append((entity, alias, role))
            _assign(alias, role, client, contractor)
    # 「この特記事項において、「甲」とは受託者である株式会社□□を、「乙」とは委託者である○○区
    # をいう」「株式会社□□を「甲」、○○区を「乙」という」: definitions by 「とは」 and by 「を」.
    for m in [*_TOWA_DEF.finditer(text[:3000]), *_WO_DEF.finditer(text[:3000])]:
        alias, entity = (m.group(1), m.group(2)) if m.re is _TOWA_DEF else (m.group(2), m.group(1))
        role = _role_from_entity(entity, alias)
        if role is not None and not any(a == alias for _, a, _ in defs):
            defs.append((entity, alias, role))
            _assign(alias, role, client, contractor)
    # A mutual NDA names the sides by role (「秘密情報を開示する者を「開示者」、開示を受ける者を
    # 「受領者」という」). The information the guideline protects flows from the ward, so the
    # disclosing side stands for the client and the receiving side for the contractor.
    for m in _RELATIVE_DEF.finditer(text[:20000]):
        alias = m.group(2).strip()
        role = "contractor" if m.group(1).startswith("を受") else "client"
        defs.append((m.group(0)[:20], alias, role))
        _assign(alias, role, client, contractor)
    officers = _contractor_officers(whole or text, client, contractor)
    client |= _client_staff(whole or text, client, contractor | officers)
    return Parties(frozenset(client), frozenset(contractor), tuple(defs), officers)


def _client_staff(text: str, client: set[str], contractor_side: set[str]) -> set[str]:
    """Terms for the client's own staff: 「区の…課長を「担当課長」という」「甲の職員（以下「監督員」
    という。）」「「監督職員」とは、委託者が指定する委託者の職員をいう」."""
    client_words = "|".join(map(re.escape, sorted(client, key=len, reverse=True)))
    found = list(re.finditer(rf"(?:{client_words})の" + _CLIENT_STAFF_DEF.pattern, text))
    found += re.finditer(rf"[「『]({_STAFF_TERM})[」』]とは、?[^。]{{0,40}}?(?:{client_words})の"
                         r"[^。、]{0,10}?(?:職員|課長|部長|係長|担当者)をいう()", text)
    # 「※　係長とは、区の指揮命令者である係長をいう。」 (a note, no brackets)
    found += re.finditer(rf"(?:^|[※\s。])([^\s※。、「」『』]{{0,8}}?(?:課長|部長|係長|職員|担当者|責任者))とは、?"
                         rf"[^。]{{0,40}}?(?:{client_words})の"
                         r"[^。、]{0,10}?(?:職員|課長|部長|係長|担当者|指揮命令者)をいう()", text, re.M)
    # 「区は、区の職員のうちから本業務の監督職員を定め」
    found += re.finditer(rf"(?:{client_words})は、[^。]{{0,30}}?(?:から|うちから)、?(?:[^、。を「」]{{0,12}}の)?"
                         r"([^、。をの「」]{0,8}(?:監督職員|監督員|担当職員|職員|担当者|責任者))を(?:定め|指定|指名|置|選任)()",
                         text)
    # 「発注者は、本業務の監督を行う職員（以下「監督員」という。）を定め」
    found += re.finditer(rf"(?:{client_words})は、[^。]{{0,30}}?職員[（(]\s*以下\s*[「『]({_STAFF_TERM})[」』]"
                         r"\s*という。?[）)]を(?:定め|指定|指名|置|選任)()", text)
    return {alias for m in found if (alias := m.group(1) or m.group(2)) not in contractor_side}


def _contractor_officers(text: str, client: set[str], contractor: set[str]) -> frozenset[str]:
    """Officer terms defined in a sentence whose topic is the contractor, and not as the
    client's own staff (「甲の職員（以下「監督員」という。）」)."""
    words = "|".join(map(re.escape, sorted(client | contractor, key=len, reverse=True)))
    topic = re.compile(rf"({words})(?:は|が)")
    client_owned = re.compile("(" + "|".join(map(re.escape, sorted(client, key=len, reverse=True))) + r")の[^、]*$")
    out = set()
    for m in list(_OFFICER_DEF.finditer(text)) + list(_OFFICER_NAMED.finditer(text)):
        term = m.group(1) or m.group(2)
        start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        prefix = text[start:m.start()]
        first = topic.search(prefix)
        if term in client or not first or first.group(1) not in contractor \
                or client_owned.search(prefix):
            continue
        out.add(term)
    # 「直ちに指定管理者の個人情報管理責任者に報告しなければならない」: an officer named as the
    # contractor's own wherever it first appears.
    contractor_words = "|".join(map(re.escape, sorted(contractor, key=len, reverse=True)))
    for m in re.finditer(rf"(?:{contractor_words})の([^、。のをにがは「」()（）\s]{{2,10}}(?:責任者|管理者))", text):
        if m.group(1) not in client and m.group(1) not in contractor:
            out.add(m.group(1))
    # 「受託者は、個人情報の管理について責任を有する個人情報管理責任者を置き」: an officer the
    # contractor appoints (「…個人情報管理責任者を自らの役員又は管理職の中から選任し」: from among
    # its own people).
    for m in re.finditer(rf"(?:^|[。\n])(?:{contractor_words})は、[^。]{{0,40}}?([^、。をのにがは「」()（）\s]{{2,10}}(?:責任者|管理者))"
                         rf"を、?(?:[^、。]{{0,20}}?(?:うち|中)から、?)?{_HEADCOUNT}(?:置|選任|定め|指名)", text):
        term = re.search(r"[^ぁ-ん]*$", m.group(1)).group(0)  # (not 「有する個人情報管理責任者」)
        if len(term) >= 3 and term not in client and term not in contractor:
            out.add(term)
    # 「指定管理者は、…その従業員のうちから館長を置かなければならない」「甲は、…甲の役員のうちから
    # 情報セキュリティ統括責任者を選任し」: a post the contractor fills from its own people,
    # whatever it is called.
    for m in re.finditer(rf"(?:^|[。\n])(?:{contractor_words})は、[^。]{{0,40}}?(?:その|自己の|自らの|(?:{contractor_words})の)"
                         r"(?:従業員|従業者|職員|役員|社員|役職員|使用人)(?:の)?(?:うち|中)から、?"
                         rf"([^、。をのにがは「」()（）\s]{{2,15}})を{_HEADCOUNT}(?:置|選任|定め|指名)", text):
        if m.group(1) not in client and m.group(1) not in contractor:
            out.add(m.group(1))
    # 「「管理責任者」とは、甲がその従業者のうちから選任し、…統括させる者をいう」 (甲 = the company)
    for m in re.finditer(rf"[「『]([^」』]{{0,10}}{_OFFICER})[」』]とは、?(?:{contractor_words})(?:が|の)", text):
        if m.group(1) not in client and m.group(1) not in contractor:
            out.add(m.group(1))
    # Posts the contract gives to the contractor's own people in other words:
    # 「主任技術者を乙の技術職員から選任し」「現場代理人は受託者の従業員とし」,
    # 「情報管理者（受託者が…自らの従業者の中から指名する者をいう。）」, and a definitions list
    # 「（２）プロジェクトマネージャー　受注者が…配置する者で、受注者の従業員であるものをいう」.
    own_people = r"(?:従業員|従業者|職員|技術職員|技術者|役員|社員|役職員|使用人)"
    posts = (rf"(?:^|[。\n])(?:{contractor_words})は、[^。]{{0,40}}?([^、。をのにがは「」()（）\s]{{2,15}})を、?"
             rf"(?:その|自己の|自らの|(?:{contractor_words})の)[^、。をに]{{0,8}}?{own_people}(?:の)?(?:うち|中)?から、?"
             rf"{_HEADCOUNT}(?:置|選任|定め|指名|配置)",
             rf"(?:^|[。\n、\s])([^、。をのにがは「」()（）\s]{{2,15}})は、?(?:{contractor_words})の{own_people}"
             r"(?:とし|とする|である|をもって充て)",
             # 「館長は、指定管理者が雇用する者のうちから指定管理者が任命する」
             rf"(?:^|[。\n、\s])([^、。をのにがは「」()（）\s]{{2,15}})は、?(?:{contractor_words})が(?:雇用|雇い入れ|使用)する者の?(?:うち|中)から",
             rf"([^、。をのにがは「」()（）\s]{{2,15}})[（(](?:{contractor_words})が[^（）()]{{0,60}}?"
             r"(?:指名|選任|配置|置|定め)(?:する|した)(?:者|もの)(?:をいう|で)",
             rf"(?:^|\n)\s*(?:[（(][0-9０-９]+[）)]|[0-9０-９]+[.．]|[一二三四五六七八九十]+)?\s*([^\s、。「」（）()]{{2,15}}?)[\s　]*"
             rf"(?:{contractor_words})が[^。]{{0,60}}?(?:者|もの)(?:で、[^。]{{0,30}}?)?をいう",
             # 「「運用リーダー」とは、受注者が…配置する者で、受注者の従業員であるものをいう」
             rf"[「『]([^」』]{{1,15}})[」』]とは、?(?:{contractor_words})が[^。]{{0,60}}?(?:者|もの)(?:で、[^。]{{0,30}}?)?をいう")
    # (A post the contractor fills or staffs, not a party it hires: 「「再委託先」とは、受託者が
    # 本業務の一部を委託する者をいう」.)
    staffed = re.compile(rf"配置|選任|指名|任命|置く|置き|{own_people}")
    for pattern in posts:
        for m in re.finditer(pattern, text):
            term = re.search(r"[^ぁ-ん]*$", m.group(1)).group(0)
            if m.group(0).endswith("をいう") and not staffed.search(m.group(0)):
                continue
            if len(term) >= 2 and term not in client and term not in contractor:
                out.add(term)
    return frozenset(out)


def _assign(alias: str, role: str, client: set[str], contractor: set[str]) -> None:
    """A defined alias belongs to one side only (a default 甲 = client is overridden)."""
    (client if role == "client" else contractor).add(alias)
    (contractor if role == "client" else client).discard(alias)


def _role_from_entity(entity: str, alias: str) -> str | None:
    ward = re.search(r"[一-龥]{1,4}(区|市|町|村)$", entity)
    if ward and ward.start() > 0 and not re.match(r"[一-龥]", entity[ward.start() - 1]) \
            and _COMPANY.search(entity[:ward.start()]):
        # 「（派遣先）練馬区　（派遣元）株式会社サクラワークス / 練馬区（以下「区」という。）」:
        # a heading's company name run into the ward's definition.
        return "client"
    if _COMPANY.search(entity):
        return "contractor"
    if _PUBLIC.search(entity) or entity.endswith(("区", "区長")):
        return "client"
    # 「「乙」とは委託者（練馬区）をいう」: the role word, with the name in parentheses.
    named = re.fullmatch(r"(委託者|発注者|派遣先|受託者|受注者|派遣元)[（(]([^（）()]+)[）)]", entity)
    if named and _PUBLIC.search(named.group(2)):
        return "client"
    if alias in CLIENT_DEFAULT:
        return "client"
    if alias in CONTRACTOR_DEFAULT:
        return "contractor"
    return None
