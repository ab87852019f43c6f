"""Clause pattern files: load and validate strictly, before any contract is read.

One YAML file per item in ``clause_patterns/`` (plus any extra directories from the config).
A file declares what to look for (spaCy Matcher token patterns, trigger words, the facets an
item needs, reasons, model wording, examples); ``judge.py`` decides how.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from pathlib import Path

import yaml

from .errors import PatternError
from .yaml_keys import duplicate_keys

PACKAGE_ROOT = Path(__file__).resolve().parent
# clause_patterns/ lives at the repository top level (design card); installed copies are
# shipped inside the package as data, so look in both places.
DEFAULT_DIRS = (PACKAGE_ROOT.parent / "clause_patterns", PACKAGE_ROOT / "data" / "clause_patterns")

ITEM_KEYS = {"id", "basis", "title", "severity", "kinds", "summary", "triggers", "facets",
             "require", "addressed_by", "advise", "suggestion", "examples", "order"}
FACET_KEYS = {"label", "missing", "rules"}
EXAMPLE_KEYS = {"text", "expect", "facet", "note", "kind", "xfail"}
MODALITIES = {"duty", "prohibition", "permission", "effort", "statement", "definition"}
BEARERS = {"contractor", "client", "any"}
KINDS = {"outsourcing", "special-provisions", "dispatch", "unknown"}
FACET_EXPECT = {"adequate", "weak", "none"}
ITEM_EXPECT = {"present", "weak", "missing"}
# Token-level attributes only: the second prefilter stage matches on the tokenizer's output,
# before the parser runs, so POS/TAG/DEP would make it lossy. Syntax is judged in clause.py.
TOKEN_ATTRS = {"LEMMA", "NORM", "ORTH", "TEXT", "OP", "IS_PUNCT", "LOWER"}


@dataclass(frozen=True)
class WordCheck:
    words: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class Rule:
    match: tuple            # spaCy Matcher patterns (lists of token dicts)
    bearer: str = "contractor"
    accept: tuple[str, ...] = ("duty", "prohibition")
    approval_permission_ok: bool = False
    context_any: tuple[str, ...] = ()
    exclude_any: tuple[str, ...] = ()
    require_any: tuple[WordCheck, ...] = ()
    weak_any: tuple[WordCheck, ...] = ()
    allow_condition: bool = False
    weak_if_condition: WordCheck | None = None
    note: str = ""
    context_also: tuple[str, ...] = ()   # a second word list the context must also contain
    contrary: tuple[str, ...] = ()  # modalities (permission, negated) that beat adequate evidence
    to_client: bool = False   # the act must be towards the client (「甲に報告」)
    context_any_local: bool = False  # context_any must sit in the sentence itself (「…についても
                                     # 同様とする」), context_also may come from before it
    local_context: bool = False  # test words on the sentence (and its list) only, not on the
                                 # sentence before it: for qualifiers that must sit in the duty
    client_approver: bool = False  # an approval the sentence names must be the client's, not
                                   # the contractor's own (「乙の管理責任者の承認」)
    act_not_product: bool = False  # the word matched must name the act (複製), not what it makes
                                   # (複製物) when the sentence rules on something else done to it
    approver_column: bool = False  # a table row (or 号) under a lead that leaves the approver to
                                   # a column or list (「同表の承認者欄に掲げる者の承認」): the
                                   # approver the row names must be the client
    not_internal: bool = False  # a report addressed only to the contractor's own officer
                                # (「管理責任者に報告する」) is not one to the client
    client_act_unrelated: bool = False  # the same act by the client, other than for its own
                                        # breach, is another matter, not a misplaced duty (the
                                        # ward compensating a budget-cut termination)
    client_information_only: bool = False  # a sentence about the contractor's own secrets
                                           # (and none of the client's) is another matter
                                           # unless the client bears it
    workers_data_unrelated: bool = False  # the client handling the dispatched workers' own
                                          # personal data is another matter, not a misplaced duty
    limits_information: bool = False  # the limit matched must bear on information, as the parse
                                      # reads it (not 「複製の部数を必要最小限とし」)
    exceptions_hollow: bool = False  # a right of the client that an exception without its
                                     # approval hollows too (an audit that gives way 「受託者の業務の
                                     # 遂行に著しい支障が生じる場合」), unlike a right to terminate
    duty_always: bool = False  # the duty must not wait for the client's request (「事業者は、区から
                               # 指示があった場合には、派遣労働者に次の事項を遵守させる」)


# A rule's keys are its fields; the true/false ones are switches, off unless a rule sets them.
RULE_KEYS = frozenset(f.name for f in fields(Rule))
RULE_SWITCHES = tuple(f.name for f in fields(Rule) if f.type == "bool")


@dataclass(frozen=True)
class Facet:
    id: str
    label: str
    missing: str
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class Example:
    text: str
    expect: str
    facet: str | None = None
    note: str = ""
    kind: str | None = None
    xfail: str | None = None


@dataclass(frozen=True)
class ItemSpec:
    id: str
    basis: str
    title: str
    severity: str
    kinds: tuple[str, ...]
    summary: str
    triggers: tuple[str, ...]
    facets: tuple[Facet, ...]
    require: tuple[str, ...]
    advise: dict = field(default_factory=dict)     # facet id -> note when absent
    # The facets whose hits make the item "mentioned" (weak rather than missing); by default
    # every required facet. One that only qualifies another (affiliates counted as third
    # parties, with no rule on subcontracting) says nothing of the item on its own; one that is
    # not required (a general term on the information) may still make the item mentioned.
    addressed_by: tuple[str, ...] = ()
    suggestion: str = ""
    examples: tuple[Example, ...] = ()
    source: str = ""
    order: int = 100

    def facet(self, fid: str) -> Facet:
        return next(f for f in self.facets if f.id == fid)


def _fail(src: Path, where: str, what: str) -> PatternError:
    return PatternError(f"{src.name}: パターンファイルの {where} が不正です（{what}）。",
                        "clause_patterns の書き方（README）を確認して修正してください。")


def _expect_type(src, where, value, typ, what):
    if not isinstance(value, typ):
        raise _fail(src, where, what)
    return value


def _str_list(src, where, value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    _expect_type(src, where, value, list, "文字列のリストが必要です")
    for v in value:
        _expect_type(src, where, v, str, "文字列のリストが必要です")
    return tuple(value)


def _word_checks(src, where, value) -> tuple[WordCheck, ...]:
    if value is None:
        return ()
    if isinstance(value, dict):
        value = [value]
    _expect_type(src, where, value, list, "words と reason を持つ項目のリストが必要です")
    out = []
    for i, v in enumerate(value):
        _expect_type(src, f"{where}[{i}]", v, dict, "words と reason が必要です")
        unknown = set(v) - {"words", "reason"}
        if unknown or "words" not in v or "reason" not in v:
            raise _fail(src, f"{where}[{i}]", "キーは words と reason の2つです")
        out.append(WordCheck(_str_list(src, f"{where}[{i}].words", v["words"]),
                             _expect_type(src, f"{where}[{i}].reason", v["reason"], str,
                                          "文字列が必要です")))
    return tuple(out)


def _validate_matcher(src, where, patterns) -> tuple:
    from spacy.matcher import Matcher  # validation uses spaCy's own checker
    from spacy.vocab import Vocab

    _expect_type(src, where, patterns, list, "Matcherパターンのリストが必要です")
    matcher = Matcher(Vocab(), validate=True)
    for i, pat in enumerate(patterns):
        _expect_type(src, f"{where}[{i}]", pat, list, "トークン指定のリストが必要です")
        for j, tok in enumerate(pat):
            _expect_type(src, f"{where}[{i}][{j}]", tok, dict, "トークン指定は辞書です")
            bad = set(tok) - TOKEN_ATTRS
            if bad:
                raise _fail(src, f"{where}[{i}][{j}]", f"未知の属性 {sorted(bad)}")
        try:
            matcher.add(f"p{i}", [pat])
        except Exception as exc:  # spaCy raises ValueError/MatchPatternError with details
            raise _fail(src, f"{where}[{i}]", f"spaCyのパターンとして不正: {str(exc).splitlines()[0][:120]}") from None
    return tuple(tuple(dict(t) for t in p) for p in patterns)


def _anchor_values(pattern) -> list[list[str]]:
    """The word values of each token of a pattern (for the prefilter recall check)."""
    out = []
    for tok in pattern:
        for key in ("LEMMA", "NORM", "ORTH", "TEXT"):
            if key in tok:
                v = tok[key]
                if isinstance(v, str):
                    out.append([v])
                elif isinstance(v, dict) and "IN" in v:
                    out.append(list(v["IN"]))
    return out


def is_anchored(pattern, triggers) -> bool:
    """True if any text the pattern matches must contain one of ``triggers``: some token's
    every allowed word contains a trigger, or a run of single-word tokens spells one."""
    if any(all(any(t in v for t in triggers) for v in values) for values in _anchor_values(pattern)):
        return True
    words: list[list[str] | None] = []
    for tok in pattern:
        v = tok.get("LEMMA", tok.get("ORTH", tok.get("TEXT")))
        if "OP" in tok:
            v = None
        elif isinstance(v, dict) and "IN" in v:
            v = list(v["IN"])
        elif isinstance(v, str):
            v = [v]
        else:
            v = None
        words.append(v)
    for i in range(len(words)):
        runs = [""]
        for values in words[i:]:
            if values is None:
                break
            runs = [r + v for r in runs for v in values]
            if all(any(t in r for t in triggers) for r in runs):
                return True
    return False


def _load_rule(src, where, data, triggers) -> Rule:
    _expect_type(src, where, data, dict, "辞書が必要です")
    unknown = set(data) - RULE_KEYS
    if unknown:
        raise _fail(src, where, f"未知のキー {sorted(unknown)}")
    if "match" not in data:
        raise _fail(src, where, "match がありません")
    match = _validate_matcher(src, f"{where}.match", data["match"])
    # NOTE: the prefilter keeps a sentence only if it contains a trigger. For that to be
    # recall-safe, every pattern must have a token whose every allowed word contains a trigger.
    context = _str_list(src, f"{where}.context_any", data.get("context_any"))
    context_anchored = bool(context) and all(any(t in w for t in triggers) for w in context)
    for i, pat in enumerate(match):
        if not (context_anchored or is_anchored(pat, triggers)):
            raise _fail(src, f"{where}.match[{i}]",
                        "どのトークンの語も triggers のいずれかを含みません（前処理で文が落ちるおそれ）")
    bearer = data.get("bearer", "contractor")
    if bearer not in BEARERS:
        raise _fail(src, f"{where}.bearer", f"{sorted(BEARERS)} のいずれか")
    accept = _str_list(src, f"{where}.accept", data.get("accept", ["duty", "prohibition"]))
    if set(accept) - MODALITIES:
        raise _fail(src, f"{where}.accept", f"{sorted(MODALITIES)} から選びます")
    wic = data.get("weak_if_condition")
    wic_checks = _word_checks(src, f"{where}.weak_if_condition", wic) if wic else ()
    contrary = _str_list(src, f"{where}.contrary", data.get("contrary"))
    # (duty: a rule whose duty is itself a licence, 「複製は乙の規程に従い行う」.)
    if set(contrary) - {"permission", "negated", "duty"}:
        raise _fail(src, f"{where}.contrary", "permission / negated / duty から選びます")
    for key in RULE_SWITCHES:
        if key in data:
            _expect_type(src, f"{where}.{key}", data[key], bool, "true / false")
    return Rule(match=match, bearer=bearer, accept=accept,
                context_any=_str_list(src, f"{where}.context_any", data.get("context_any")),
                exclude_any=_str_list(src, f"{where}.exclude_any", data.get("exclude_any")),
                require_any=_word_checks(src, f"{where}.require_any", data.get("require_any")),
                weak_any=_word_checks(src, f"{where}.weak_any", data.get("weak_any")),
                weak_if_condition=wic_checks[0] if wic_checks else None,
                note=_expect_type(src, f"{where}.note", data.get("note", ""), str, "文字列"),
                context_also=_str_list(src, f"{where}.context_also", data.get("context_also")),
                contrary=contrary, **{key: data.get(key, False) for key in RULE_SWITCHES})


class _StrictLoader(yaml.SafeLoader):
    """PyYAML keeps the last of two equal keys without a word; a pattern file must not."""


def _mapping_no_duplicates(loader, node, deep=False):
    for key, key_node in duplicate_keys(loader, node, deep)[:1]:
        raise yaml.constructor.ConstructorError(
            None, None, f"duplicate key {key!r}", key_node.start_mark)
    return loader.construct_mapping(node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_no_duplicates)


def load_file(path: Path) -> ItemSpec:
    src = Path(path)
    try:
        data = yaml.load(src.read_text(encoding="utf-8"), Loader=_StrictLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{mark.line + 1}行目" if mark else "全体"
        what = "同じキーが2回あります" if "duplicate key" in str(exc) else "YAMLとして読めません"
        raise _fail(src, where, what) from None
    except (OSError, UnicodeDecodeError):
        raise PatternError(f"{src}: パターンファイルを読めません。", "UTF-8で保存してください。") from None
    _expect_type(src, "全体", data, dict, "辞書が必要です")
    unknown = set(data) - ITEM_KEYS
    if unknown:
        raise _fail(src, "トップレベル", f"未知のキー {sorted(unknown)}")
    for key in ("id", "basis", "title", "kinds", "triggers", "facets", "require", "examples"):
        if key not in data:
            raise _fail(src, key, "必須のキーがありません")
    item_id = _expect_type(src, "id", data["id"], str, "文字列")
    if src.stem != item_id:
        raise _fail(src, "id", f"ファイル名と id（{item_id}）を一致させてください")
    severity = data.get("severity", "required")
    if severity not in ("required", "advisory"):
        raise _fail(src, "severity", "required か advisory")
    kinds = _str_list(src, "kinds", data["kinds"])
    if set(kinds) - KINDS:
        raise _fail(src, "kinds", f"{sorted(KINDS)} から選びます")
    triggers = _str_list(src, "triggers", data["triggers"])
    if not triggers:
        raise _fail(src, "triggers", "1つ以上必要です")
    facets_data = _expect_type(src, "facets", data["facets"], dict, "facet id をキーとする辞書")
    facets = []
    for fid, fdata in facets_data.items():
        where = f"facets.{fid}"
        _expect_type(src, where, fdata, dict, "辞書が必要です")
        unknown = set(fdata) - FACET_KEYS
        if unknown:
            raise _fail(src, where, f"未知のキー {sorted(unknown)}")
        rules_data = _expect_type(src, f"{where}.rules", fdata.get("rules"), list, "ルールのリスト")
        rules = tuple(_load_rule(src, f"{where}.rules[{i}]", r, triggers)
                      for i, r in enumerate(rules_data))
        facets.append(Facet(fid, _expect_type(src, f"{where}.label", fdata.get("label", fid), str, "文字列"),
                            _expect_type(src, f"{where}.missing", fdata.get("missing", ""), str, "文字列"),
                            rules))
    fids = {f.id for f in facets}
    require = _str_list(src, "require", data["require"])
    if set(require) - fids or not require:
        raise _fail(src, "require", "facets に定義した id を1つ以上並べます")
    addressed_by = _str_list(src, "addressed_by", data.get("addressed_by", list(require)))
    if set(addressed_by) - fids or not addressed_by:
        raise _fail(src, "addressed_by", "facets に定義した facet id を1つ以上並べます")
    advise = data.get("advise") or {}
    _expect_type(src, "advise", advise, dict, "facet id -> 補足文")
    if set(advise) - fids:
        raise _fail(src, "advise", "facets に定義した id だけが使えます")
    examples = []
    ex_data = _expect_type(src, "examples", data["examples"], list, "例文のリスト")
    for i, ex in enumerate(ex_data):
        where = f"examples[{i}]"
        _expect_type(src, where, ex, dict, "辞書が必要です")
        unknown = set(ex) - EXAMPLE_KEYS
        if unknown:
            raise _fail(src, where, f"未知のキー {sorted(unknown)}")
        if "text" not in ex or "expect" not in ex or "note" not in ex:
            raise _fail(src, where, "text・expect・note が必要です")
        facet = ex.get("facet")
        allowed = FACET_EXPECT if facet else ITEM_EXPECT
        if ex["expect"] not in allowed:
            raise _fail(src, f"{where}.expect", f"{sorted(allowed)} のいずれか")
        if facet is not None and facet not in fids:
            raise _fail(src, f"{where}.facet", "facets に定義した id")
        examples.append(Example(ex["text"], ex["expect"], facet, ex["note"], ex.get("kind"),
                                ex.get("xfail")))
    has_match = any(e.expect in ("adequate", "present") for e in examples)
    has_nomatch = any(e.expect in ("none", "missing", "weak") for e in examples)
    if not (has_match and has_nomatch):
        raise _fail(src, "examples", "満たす例と満たさない例の両方が必要です")
    return ItemSpec(id=item_id, basis=_expect_type(src, "basis", data["basis"], str, "文字列"),
                    title=_expect_type(src, "title", data["title"], str, "文字列"),
                    severity=severity, kinds=kinds,
                    summary=_expect_type(src, "summary", data.get("summary", ""), str, "文字列"),
                    triggers=triggers, facets=tuple(facets), require=require,
                    addressed_by=addressed_by, advise={k: str(v) for k, v in advise.items()},
                    suggestion=_expect_type(src, "suggestion", data.get("suggestion", ""), str, "文字列"),
                    examples=tuple(examples), source=str(src),
                    order=int(data.get("order", 100)))


def pattern_files(dirs=None) -> list[Path]:
    files: list[Path] = []
    seen_dirs = []
    for d in (dirs or ()):
        seen_dirs.append(Path(d))
    if not dirs:
        for d in DEFAULT_DIRS:
            if d.is_dir():
                seen_dirs.append(d)
                break
    for d in seen_dirs:
        if not d.is_dir():
            raise PatternError(f"{d}: パターンのフォルダが見つかりません。", "設定の pattern-dirs を確認してください。")
        files.extend(sorted(d.glob("*.yaml")) + sorted(d.glob("*.yml")))
    return files


def load_patterns(extra_dirs=()) -> list[ItemSpec]:
    """The built-in items plus those in ``extra_dirs``; an extra file may replace a built-in id."""
    specs: dict[str, ItemSpec] = {}
    files = pattern_files(None) + (pattern_files(list(extra_dirs)) if extra_dirs else [])
    for f in files:
        spec = load_file(f)
        specs[spec.id] = spec
    return sorted(specs.values(), key=lambda s: (s.order, s.id))


def fingerprint(specs: list[ItemSpec]) -> str:
    h = hashlib.sha256()
    for s in specs:
        h.update(Path(s.source).read_bytes() if Path(s.source).exists() else s.id.encode())
    return h.hexdigest()[:16]
