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
                  "指揮命令者", "派遣先責任者", "所管課", "担当課", "主管課")
CONTRACTOR_DEFAULT = ("乙", "受託者", "受注者", "指定管理者", "派遣元", "事業者", "請負者",
                      "受託事業者", "委託先")
# People acting for the contractor: a duty placed on them is the contractor's side's duty.
CONTRACTOR_STAFF = ("従事者", "業務従事者", "従業者", "従業員", "派遣労働者", "作業従事者",
                    "受託者の従業員", "乙の従業員", "担当者")

_DEF = re.compile(r"([^\s、。「」（）()]{1,40}?)\s*[（(]\s*以下\s*[「『]([^」』]{1,12})[」』]\s*(?:と|という)")
_RELATIVE_DEF = re.compile(r"(?:開示|提供|交付)(を受ける|を受けた|する)者を\s*[「『]([^」』]{1,8})[」』]")
_PUBLIC = re.compile(r"(区|市|町|村|都|県|府|道|庁|役所|区長|市長|町長|村長|知事|委員会|行政)$")
_COMPANY = re.compile(r"(株式会社|有限会社|合同会社|合資会社|法人|組合|協会|事業団|財団|社団|センター|会社|Co|Inc|㈱|\(株\))")


@dataclass(frozen=True)
class Parties:
    client: frozenset[str]
    contractor: frozenset[str]
    definitions: tuple[tuple[str, str, str], ...] = ()   # (entity, alias, role)

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


def resolve(text: str) -> Parties:
    client = set(CLIENT_DEFAULT)
    contractor = set(CONTRACTOR_DEFAULT)
    defs = []
    for m in _DEF.finditer(text[:20000]):
        raw, alias = m.group(1), m.group(2).strip()
        # Only a leading connective is dropped (「…）と株式会社…」); names may contain と/は.
        entity = re.sub(r"^(と|及び|並びに|は|が)", "", raw) or raw
        if len(alias) > 8:
            continue
        role = _role_from_entity(entity, alias)
        if role is None:
            continue
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
    return Parties(frozenset(client), frozenset(contractor), tuple(defs))


def _assign(alias: str, role: str, client: set[str], contractor: set[str]) -> None:
    """A defined alias belongs to one side only (a default 甲 = client is overridden)."""
    (client if role == "client" else contractor).add(alias)
    (contractor if role == "client" else client).discard(alias)


def _role_from_entity(entity: str, alias: str) -> str | None:
    if _COMPANY.search(entity):
        return "contractor"
    if _PUBLIC.search(entity) or entity.endswith(("区", "区長")):
        return "client"
    if alias in CLIENT_DEFAULT:
        return "client"
    if alias in CONTRACTOR_DEFAULT:
        return "contractor"
    return None
