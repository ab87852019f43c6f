"""What a limit word limits: 「最小限」「必要な範囲」「必要な限度」 name a limit, and the dependency
parse says on what. 「提供する個人情報を必要最小限のものとする」 limits information; 「複製の部数を
必要な最小限のものとし」「権限を付与する従事者を必要最小限とし」「監査は、必要最小限の範囲で行う」
「業務上必要な限度において…媒体を持ち出すことができる」 limit copies, people, an audit and taking
media out, and say nothing of how much personal information is handled.
"""

from __future__ import annotations

# Nouns a limit passes through on its way to what it limits (「最小限のものとする」
# 「必要な範囲で行う」「必要な限度において」).
_CARRIERS = {"もの", "範囲", "限度", "程度", "最小限", "必要最小限", "最低限", "必要最低限",
             "最小限度", "必要最小限度", "内", "範囲内", "限度内", "分", "限定", "制限"}
# Words of handling information: a limit on one of them, or on a thing named by one of them,
# limits the information.
_INFORMATION_WORDS = ("情報", "項目", "データ", "件数", "事項", "記載", "記入", "収集", "取得",
                      "提供", "引渡", "引き渡", "受け渡", "渡す", "取扱", "取り扱", "聴取",
                      "聞き取", "保有", "集め", "入手", "調査票", "申請書", "様式", "内容")
# The parties are who limits, not what is limited (「乙は、…」).
_PARTY_WORDS = ("甲", "乙", "丙", "委託者", "受託者", "発注者", "受注者", "指定管理者", "区",
                "事業者", "当社", "派遣元", "派遣先")
_ARGUMENTS = {"obj", "nsubj", "iobj"}
# Predicates a limit crosses to reach the act (「…限度において、区の承認を得て、持ち出す」).
# 「必要最小限度の範囲を超えて、個人情報を取得し」: the limit is crossed on the way to the act.
_ON_THE_WAY = {"得る", "受ける", "超える", "越える"}
_POINTERS = {"これ", "それ", "これら", "それら", "当該", "同"}
# 「必要な範囲内に限り…複製する」: a limiting verb on the way to the act.
_LIMITING = {"限る", "とどめる", "止める", "留める", "絞る", "抑える", "限定"}
# Acts other than handing over or collecting information that a limit is often put on; the
# parse of a long sentence is not sure enough to say the same of every other verb.
_OTHER_ACTS = {"複製", "複写", "持ち出す", "持出す", "持出", "調査", "立ち入る", "立入る", "監査", "検査",
               "開示", "委託", "再委託", "閲覧", "利用", "送信", "送付", "報告", "付与", "公表", "貸与",
               "保管", "保存", "使用"}
# The words that name a limit: where a rule anchors elsewhere (「必要な事項に限り」 anchored on
# 事項), these are read instead.
_LIMIT_WORDS = {"最小限", "必要最小限", "最低限", "必要最低限", "最小限度", "必要最小限度", "範囲",
                "限度", "範囲内", "限度内"}
# 「その数」「その量」 say how much of something named before.
_MEASURES = {"数", "量", "部分"}


def _names_information(tok) -> bool | None:
    """The noun (with its compounds and the 「の」 noun it is 「…の範囲」 of) is information;
    None for a bare 「その範囲」, which points back to what the sentence named before."""
    if tok.lemma_ in ("とき", "場合", "際", "時"):
        # 「個人情報を収集するときは、…必要最小限の範囲内で…行わなければならない」: the act the
        # condition names is what is done within the limit.
        acts = [c for c in tok.children if c.dep_ == "acl"]
        return True if any(_handles_information(a) for a in acts) else None
    if tok.pos_ == "PRON" or tok.lemma_ in _POINTERS:
        # 「…必要な限度においてのみこれを行い」: what 「これ」 stands for was named before.
        return None
    words = [tok]
    words += [c for c in tok.children if c.dep_ == "compound"]
    if tok.lemma_ in _CARRIERS or tok.lemma_ in _MEASURES:
        named = [c for c in tok.children if c.dep_ in ("nmod", "acl")]
        if not named:
            return None
        words += named
    return any(any(w in t.text or w in t.lemma_ for w in _INFORMATION_WORDS) for t in words)


def _is_party(tok) -> bool:
    """The one who keeps to the limit (「指定管理者は」「受注者が」), not what it limits."""
    topic = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "は"
    if tok.dep_ not in ("nsubj", "dislocated") and not topic:
        return False
    name = "".join(c.text for c in tok.children if c.dep_ == "compound" and c.i < tok.i) + tok.text
    return name.endswith(_PARTY_WORDS) or name.endswith(("者", "会社", "法人"))


def limits_information(doc, start: int, end: int) -> bool | None:
    """Whether the limit matched at ``doc[start:end]`` bears on personal information: True, False,
    or None when the parse names nothing limited (the caller keeps its word-level reading)."""
    anchor = doc[end - 1]
    if anchor.lemma_ in _LIMIT_WORDS or doc[start].lemma_ in ("最小",):
        return _limits_information(doc, anchor)
    return _any_of([_limits_information(doc, t) for t in doc if t.lemma_ in _LIMIT_WORDS])


def _any_of(readings: list[bool | None]) -> bool | None:
    """True if any reading is, False if every one is, else None (nothing to go on)."""
    if any(readings):
        return True
    return False if readings and all(r is False for r in readings) else None


def _limits_information(doc, anchor) -> bool | None:
    tok = anchor
    path = [tok]
    # Up through the carrier nouns to what they modify or the predicate they belong to.
    for _ in range(6):
        head = tok.head
        if head is tok:
            break
        if tok.dep_ in ("nmod", "compound", "amod") and head.pos_ in ("NOUN", "PROPN") \
                and head.lemma_ not in _CARRIERS:
            # 「最小限の個人情報」「必要な範囲の項目」: the noun it modifies is what is limited.
            return _names_information(head)
        tok = head
        path.append(tok)
        if tok.pos_ in ("VERB", "ADJ") and tok.lemma_ not in _CARRIERS:
            break
    pred = path[-1]
    # 「必要な限度において、区の承認を得て、…持ち出す」: the approval is on the way to the act.
    while (pred.lemma_ in _ON_THE_WAY or (pred.lemma_ in _LIMITING and pred.dep_ in ("obl", "advcl"))) \
            and pred.head is not pred:
        if pred.dep_ == "acl" and pred.head.pos_ in ("NOUN", "PROPN"):
            # 「必要な最小限を超える個人情報の収集」: what goes beyond the limit.
            return _names_information(pred.head)
        if pred.dep_ != "advcl" and not (pred.lemma_ in _LIMITING and pred.dep_ == "obl"):
            break
        pred = pred.head
        path.append(pred)
    if pred.dep_ == "acl" and pred.head.lemma_ in ("もの", "こと") and pred.head.head is not pred.head:
        # 「前項の監査は、…必要最小限の範囲で行うものとする」: the topic sits on 「ものとする」.
        path += [pred.head, pred.head.head]
    if pred.pos_ == "VERB" and _handles_information(pred):
        # 「必要な範囲で収集する」: the act limited is one of handling information.
        return True
    if pred.pos_ == "VERB" and pred.lemma_ in _OTHER_ACTS:
        # 「必要な範囲内に限り個人情報を複製することができる」: another act (copying, taking out,
        # inspecting) is held to the limit, whatever it is done to.
        return False
    # What the act is done to, or what is held to the limit: 「その部数を…必要な最小限のものとし」
    # parses 部数 as the object of 必要, so the modifiers on the way are read too.
    args = []
    for t in path:
        for c in t.children:
            if c in path:
                continue
            if c.dep_ in _ARGUMENTS and not _is_party(c):
                args.append(c)
            elif c.dep_ == "nmod" and t.pos_ == "NOUN" and t is pred:
                # 「個人情報の項目の…必要最低限のものへの限定」: a limiting act named as a noun.
                args.append(c)
            elif c.dep_ == "acl" and c.i < anchor.i:
                # Not an advcl: 「目的を達成するために」 says why, not what is limited.
                args += [g for g in _within_clause(c) if g.dep_ in _ARGUMENTS
                         and g.i < anchor.i and not _is_party(g)]
    if any(t.dep_ == "ROOT" for t in path):
        # 「前項の調査は、…支障がないよう、必要最小限の範囲で行うものとする」: the topic the
        # sentence opens with is held to the limit, wherever the parse hangs it.
        topic = _topic(doc)
        if topic is not None and topic.i < anchor.i and topic not in args and not _is_party(topic):
            args.append(topic)
    return _any_of([_names_information(a) for a in args])


def _within_clause(tok):
    """The words below ``tok`` outside any clause of its own (「目的を達成するために」 says why)."""
    out = []
    stack = list(tok.children)
    while stack:
        t = stack.pop()
        if t.dep_ in ("advcl", "mark", "punct") or any(c.lemma_ in ("ため", "よう") for c in t.children):
            continue
        out.append(t)
        stack.extend(t.children)
    return out


def _topic(doc):
    """The noun marked by 「は」 before the sentence's first comma (「前項の調査は、」)."""
    for t in doc:
        if t.text == "、":
            return None
        if t.pos_ in ("NOUN", "PROPN") and t.i + 1 < len(doc) and doc[t.i + 1].text == "は" \
                and doc[t.i + 1].pos_ == "ADP":
            return t
    return None


def _handles_information(tok) -> bool:
    return any(w in tok.text or w in tok.lemma_ for w in _INFORMATION_WORDS)
