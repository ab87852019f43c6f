"""The check pipeline: load -> extract -> segment -> select candidates -> parse -> match ->
judge. ``check_paths`` never raises for a bad input: the error goes into the result, so a
batch goes on."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from . import __version__
from .clause import PARENTHESES, Clause, analyze, bearer_of, head_predicate, modality_of
from .config import Config
from .errors import ContractCheckError, InputError
from .extract import extract, extract_text
from .extract.text import decode
from .judge import (Hit, combine, evidence_of, has_any, judge_rule, table_title_sets_the_scene,
                    title_names_information)
from .limited import limits_information
from .model import Block, DocumentResult, ErrorInfo, ItemResult, Location
from .parties import Parties, resolve
from .party_patterns import approvals, client_approval_re, own_judgements, party_pattern, party_res
from .patterns import ItemSpec, load_patterns, fingerprint
from .provisos import APPROVAL_NOUNS, APPROVAL_WAIVED
from .references import (ABOUT_THE_PREVIOUS, ANNEXED_GROUNDS, APPROVAL_FOR_WHAT_BEFORE, ARTICLE_REFERENCE,
                         ARTICLE_TITLE, BACK_REFERENCE, KANJI_DIGITS, LISTED_BELOW, NAMED_ARTICLE_WAIVER,
                         ITEM_LIST_WAIVER, NAMED_PROVISION, NEXT_ARTICLE_OVERRIDE, NOT_THIS_LIMIT, OVERRIDES, SPECIAL_ITEM_WAIVER,
                         TABLE_NOTE, TABLE_WAIVER, TAKES_AWAY, WAIVED_WITHIN)
from .segment import IROHA, ROW_LABEL, SUBMISSIONS_HEADING, Sentence, Structure, build, is_label_line, kanji_to_int

ENGINE_VERSION = "1"
# 「前項」「同項」: the one 項 right before (not 「前二項」「前各項」), at the start of the
# sentence or after its topic (「区は、前項の報告を受けたときは」).
_THE_ONE_BEFORE = re.compile(r"^\s*([^、。]{1,12}は、)?(前項|同項)")
_SAME_ONE_AGAIN = re.compile(r"(前項|同項)の(?!規定)")
# 「次の各号に掲げる用語の意義は、当該各号に定めるところによる」: its items define words.
_LISTS_CONTENTS = re.compile(r"(次に掲げる|次の|以下の)(各号に掲げる)?事項を(記載|明記|記入)した")
# 「…労働者派遣を行うごとに、次に掲げる事項を定めた個別契約を締結する。（８）秘密の保持に関する
# 事項」: the items name what another contract will say; they bind no one.
_LISTS_TERMS_TO_AGREE = re.compile(r"(次に掲げる|次の|以下の)(各号に掲げる)?事項を(定めた|定める)[^。]{0,6}(個別契約|契約|協定)")
_DEFINES_TERMS = re.compile(r"用語の(意義|定義|意味)")
# 「受託者は、前項の場合において」: names the 項 before, anywhere in the sentence.
_NAMES_THE_ONE_BEFORE = re.compile(r"(前項|同項)")
# 「前二項の者」「前各項」: every earlier 項.
_THE_ONES_BEFORE = re.compile(r"前(二|2|各)項")
_PROVISO_START = re.compile(r"^\s*(ただし|但し)")
# A definition of an act brought in by ``background`` (「「定期確認」とは、…行う確認をいう。」);
# not of a thing (「「秘密情報」とは、…書面…により開示された情報をいう」), whose words say
# nothing of what the sentence does with it.
_DEFINITION_SENTENCE = re.compile(r"[^。]*「[^「」]{2,15}」とは[^。]*(確認|検査|監査|調査|点検|報告|提出|届出)"
                                  r"(をいう|をいい|を指す|を意味する)[^。]*。?")
# 「別表（第4条関係）」: an attachment that belongs to an article.
_TABLE_OF_ARTICLE = re.compile(rf"第([\d{KANJI_DIGITS}]+)条関係")
# An attachment of rules for the contractor's people (「派遣労働者遵守事項」「従事者心得」「誓約書」).
_WORKERS_RULES = re.compile(r"(派遣労働者|派遣社員|派遣スタッフ|派遣職員|従事者|従業者|作業員|派遣就業)[^。]{0,6}"
                            r"(遵守事項|心得|ルール|規則)|誓約書|就業条件明示書|[（(]就業条件明示[）)]"
                            # 「別紙　個人情報の取扱いに関する遵守事項」 handed to the workers
                            r"|に関する遵守事項\s*$"
                            # 「別表　個人情報取扱遵守事項」
                            r"|個人情報[^。]{0,8}遵守事項"
                            # 「別添　○○区で働くみなさんへ」「別紙　窓口業務に従事する皆さんへ」
                            # 「別紙　就業上の遵守事項（派遣スタッフの皆さまへ）」
                            r"|就業上の遵守事項|(皆さん|みなさん|皆様|みなさま|皆さま)へ[）)]?\s*$")
# 「個人情報（防犯カメラの画像を含む。）」: what a parenthesis adds to the information widens it;
# it never makes the sentence about another matter, so exclusions do not look inside it. (Only
# after the information itself: 「従業員（子会社からの出向者を含む。）」 says who.)
_WHAT_IS_INCLUDED = re.compile(r"(?:(?<=情報)|(?<=データ)|(?<=記録)|(?<=文書)|(?<=書類))[（(][^（）()。]{0,40}を含む。?[）)]")
# 「…入館証を常に携帯させるほか、…甲の個人情報については、…」: the duties before 「ほか」 are
# other matters beside the sentence's rule, so they do not make it about another matter.
_BESIDES = re.compile(r"[^。]*?(する|させる|せる|守らせ)ほか、")


def _without_besides(text: str) -> str:
    # (The search is quadratic in a long context; most have no 「ほか、」 at all.)
    return _BESIDES.sub("", text) if "ほか、" in text else text
# 「次の各号のいずれにも該当する場合に限り」「次に掲げる要件を満たすときに限り」: the conditions of
# the act are its 号 list.
_EXCEPT_LISTED = re.compile(rf"({LISTED_BELOW})[^。]{{0,30}}を除")
# 「別表第２に掲げる場合を除き、…複製してはならない」: the grounds are that table's rows.
# (「ただし、別表に定める場合は、この限りでない」 too.)
_EXCEPT_ANNEXED = re.compile(rf"({ANNEXED_GROUNDS})[^。]{{0,10}}?(場合|とき|もの)(を除|(は|には|については)、?{NOT_THIS_LIMIT})")
_ONLY_IF_LISTED = re.compile(r"(次の(各号|要件|条件|事項)|次に掲げる)[^。]{0,20}(場合|とき)に限")
_OWN_PARAGRAPH = re.compile(r"第(\d+)項")
_OWN_ITEM = re.compile(r"第(\d+)号")
_OWN_LETTER = re.compile(rf"[（(]([{IROHA}])[）)]$")
_NAMES_PART_OF_THE_ARTICLE_BEFORE = re.compile(r"前条第\d+項")
_THE_ITEM_BEFORE = re.compile(r"^\s*([^、。]{1,12}は、)?前号(の|に)")
_PREVIOUS_ITEM = re.compile(rf"^\s*(?:[^、。]{{1,12}}は、)?前項第([\d{KANJI_DIGITS}]+)号の")
# 「受注者は、仕様書に定める時期に、…報告しなければならない」 and the 仕様書's rows that say
# when (「報告の時期：毎月10日まで」「検査の頻度：年1回以上」).
# (「別表に定める時期に、同表に定める事項を区に報告」: a 別表 of its own does the same.)
_NAMES_SPECIFICATION = re.compile(r"(仕様書|別表)(に|で|において)(定める|定めた|示す|記載)|仕様書のとおり")
_TIMING_ROW = re.compile(r"^[^:：。]{0,10}(時期|頻度|回数|周期|期限)\s*[:：]")
_SCHEDULE_ATTACHMENT = re.compile(r"(仕様書|別表)")
# A 別表 with a timing row (「報告事項　…」「報告時期　毎年度4月、7月…」, rows that may run
# together) is read whole: what is reported and when.
_TIMING_LABEL = re.compile(r"(報告|提出)(の)?(時期|頻度|回数|周期|期限)")
# 「…同様とする」 carrying on the sentence before it (「派遣元の役員又は従業員であった者についても、
# その職を退いた後も同様とする」 is a long one; a pledge says 「退職後も同様とします」).
_LIKEWISE = re.compile(r"^[^。]{0,40}(同様|同じ)(とする|である|とします|です)")
_EXTENDS_THE_ONE_BEFORE = re.compile(r"^\s*(前項|同項)の[^、。]{0,15}は、[^。]*(及ぶ|適用する|同様とする)")
_ARTICLE_LABEL = re.compile(r"第\d+条")
# 「…についても、同様とする」: carries on the sentence before it.
_QUOTED = re.compile(r"「[^「」]*」")
# 「第7条第3項の規定」: the 項 right after a named article.
_NAMED_PARAGRAPH = re.compile(rf"第([\d{KANJI_DIGITS}]+)項")
_CARRIES_ON = re.compile(r"(同様|同じ)と(する|します)。?$")
_THIS_ARTICLE = re.compile(r"^\s*(本条|この条)(の規定|に定める)")
_PREAMBLE = re.compile(r"(締結する|締結した|締結します|取り交わす)[。]?$")


@dataclass
class Prepared:
    """A document after extraction and segmentation, before any parsing."""

    path: str
    structure: Structure
    parties: Parties
    kind: str
    warnings: list[str]
    attachments: list[str]
    chars: int

    @cached_property
    def articles(self) -> dict[tuple[str | None, str], str]:
        """(attachment, 「第12条」 or 「第12条第3項」) -> that provision's opening sentence."""
        return article_index(self.structure.sentences)

    @cached_property
    def definitions(self) -> dict[str, str]:
        """Defined term -> the sentence defining it (found once)."""
        return definition_index(self.structure.sentences, self.parties)

    @cached_property
    def table_naming(self) -> dict[str, str]:
        """Attachment heading -> the body sentence that names its table (found once)."""
        return _sentences_naming_tables(self.structure.sentences)

    @cached_property
    def article_waivers(self) -> dict[tuple, str]:
        """For each 第N条 of the body (or one 項 of it), the sentences elsewhere (a note under a
        table, an attachment) that let it be left undone: 「第10条及び本表の措置によらないことが
        できる」; 「基本契約第7条第3項の規定にかかわらず、…複製することができる」 only 3項. Items
        of a 特記事項 are keyed ("特記事項", N)."""
        out: dict[tuple, list[str]] = {}
        for sent in self.structure.sentences:
            for m in NAMED_ARTICLE_WAIVER.finditer(sent.norm):
                number = kanji_to_int(m.group(1))
                if number is not None and number != _article_number(sent):
                    para = _NAMED_PARAGRAPH.match(sent.norm, m.end(1) + 1)
                    key = (number, kanji_to_int(para.group(1)) if para else None)
                    out.setdefault(key, []).append(sent.norm)
            if not sent.attachment:
                for m in SPECIAL_ITEM_WAIVER.finditer(sent.norm):
                    # 「ただし、同特記事項第６（…）の規定は、…については、適用しない」: the body
                    # waiving one item of the 特記事項 (numbered 第６, without 条).
                    out.setdefault(("特記事項", kanji_to_int(m.group(1))), []).append(sent.norm)
            own_item = _SPECIAL_ITEM_LABEL.match(sent.article or "")
            if own_item:
                for m in _ITEM_WAIVER.finditer(sent.norm):
                    # 「14（適用除外）第４項の規定は、受託者が…認めて行う作業用の複製には適用しない」:
                    # items numbered without 条 name one another as 項.
                    number = kanji_to_int(m.group(1))
                    if number is not None and number != kanji_to_int(own_item.group(1)):
                        out.setdefault(("item", sent.attachment, number), []).append(sent.norm)
                for m in ITEM_LIST_WAIVER.finditer(sent.norm):
                    for named in re.findall(rf"第([\d{KANJI_DIGITS}]+)", m.group(1)):
                        number = kanji_to_int(named)
                        if number is not None and number != kanji_to_int(own_item.group(1)):
                            out.setdefault(("item", sent.attachment, number), []).append(sent.norm)
            owner = _TABLE_OF_ARTICLE.search(sent.attachment or "")
            if owner and TABLE_WAIVER.search(sent.norm):
                # 「別表（第4条関係）…注　上記各措置は、…省略することができる。」
                out.setdefault((kanji_to_int(owner.group(1)), None), []).append(sent.norm)
        # (A sentence both forms read, 「第４の規定は、…適用しない」, is one waiver.)
        return {key: "\n".join(dict.fromkeys(texts)) for key, texts in out.items()}

    @cached_property
    def effort_bound_attachments(self) -> frozenset[str]:
        """Attachments the body binds only with an effort: 「派遣元は、別紙「区の個人情報の取扱いに
        関する留意事項」を派遣労働者に周知し、これを守らせるよう努める」 makes their rows no stronger
        than that effort. A body sentence that binds one with a duty keeps its rows as they are."""
        out = set()
        body = [s for s in self.structure.sentences if s.attachment is None]
        for attachment in {s.attachment for s in self.structure.sentences if s.attachment}:
            label, _, title = attachment.partition(" ")
            name = title.strip() if len(title.strip()) >= 4 else label
            # (The name in brackets is no part of the force: 「…留意事項」 is no effort.)
            forces = {modality_of(_QUOTED.sub("", s.norm).rstrip("。")) for s in body if name in s.norm}
            if "effort" in forces and "duty" not in forces and "prohibition" not in forces:
                out.add(attachment)
        return frozenset(out)

    @cached_property
    def schedule(self) -> str:
        """The timing rows of an attached 仕様書 (「報告の時期：毎月10日まで」), which
        「仕様書に定める時期に」 in the contract refers to, and the whole of a 別表 with a timing
        row, which 「別表に定める時期に」 refers to."""
        sents = self.structure.sentences
        timed_tables = {s.attachment for s in sents
                        if s.attachment and "別表" in s.attachment and _TIMING_LABEL.search(s.norm)}
        # (The table's heading may hold its first row: 「別表（第15条関係）　報告事項　…」.)
        return "".join(sorted(timed_tables)) + "".join(
            s.norm for s in sents
            if s.attachment and (("仕様書" in s.attachment and _TIMING_ROW.search(s.norm))
                                 or s.attachment in timed_tables))


@dataclass(frozen=True)
class _Setting:
    """What one sentence is read with, the same for every item (see ``Engine._setting``)."""
    inherited_bearer: str
    inherited_modality: str | None
    next_text: str          # later sentences that may carve an exception out of it
    own_context: str        # the sentence, its 号 list and its lead
    what_referred: str      # the provisions it names (for what a rule's words are about)
    items_approval: bool    # its listed conditions include the client's approval
    approved_conditions: bool  # it is, or lists, such conditions (see judge_rule)
    items_own: bool         # its list ends in 「その他受注者が必要と認めるもの」, or a term it
                            # uses is defined as what the contractor judges
    others_information: bool  # it is about the contractor's own secrets, none of the client's
    on_request_only: bool   # it (or its lead) binds only when the client asks
    listed_grounds: str     # its 号 items, one per line, when they are the grounds of its
                            # exception (「次の各号のいずれかに該当する場合を除き」)


class Engine:
    def __init__(self, specs: list[ItemSpec], config: Config | None = None,
                 prefilter: bool = True) -> None:
        self.specs = specs
        self.config = config or Config()
        self.prefilter = prefilter
        self.version = f"{__version__}+e{ENGINE_VERSION}+p{fingerprint(specs)}"
        self._matchers = None
        self._needs: dict[tuple[str, str, int], list[list[frozenset[int]]]] = {}
        self._cache = None
        # When a list, every Hit of the next checks is appended (facet_levels, for examples).
        self._collect: list | None = None
        self.max_bytes = self.config.max_file_mb * 1024 * 1024

    # ------------------------------------------------------------------ public API
    def specs_by_id(self) -> dict[str, ItemSpec]:
        return {s.id: s for s in self.specs}

    def check_paths(self, paths, kind: str | None = None) -> DocumentResult:
        from .extract._common import display_name

        paths = [str(p) for p in paths]
        # Names reach terminals and reports: control characters, bidi overrides and bytes that
        # are not UTF-8 are escaped once here, so no reporter has to think about them.
        names = [display_name(p) for p in paths]
        try:
            blocks_per_file = [extract(p, display_name=n, max_bytes=self.max_bytes)
                               for p, n in zip(paths, names)]
            return self._check_blocks(names[0], blocks_per_file, names[1:], kind)
        except ContractCheckError as exc:
            return DocumentResult(path=names[0], error=ErrorInfo(exc.code, exc.one_line()),
                                  attachments=tuple(names[1:]))

    def check_bytes(self, data: bytes, name: str = "-", kind: str | None = None) -> DocumentResult:
        try:
            if not data.strip():
                raise InputError("empty-file", f"{name}: 入力が空です。", "契約書の本文を入力してください。")
            blocks = extract_text(decode(data, name), name)
            return self._check_blocks(name, [blocks], [], kind)
        except ContractCheckError as exc:
            return DocumentResult(path=name, error=ErrorInfo(exc.code, exc.one_line()))

    def check_text(self, text: str, name: str = "-", kind: str | None = None) -> DocumentResult:
        """Judge a piece of contract text (an excerpt: the not-a-contract guard is skipped)."""
        prepared = self.prepare(name, [extract_text(text, name)], [], kind, excerpt=True)
        return DocumentResult(path=name, kind=prepared.kind, items=tuple(self.judge(prepared)),
                              warnings=tuple(prepared.warnings), chars=prepared.chars)

    # ------------------------------------------------------------------ stages
    def prepare(self, main: str, blocks_per_file: list[list[Block]], attachments: list[str],
                kind: str | None, excerpt: bool = False) -> Prepared:
        blocks: list[Block] = list(blocks_per_file[0])
        for name, extra in zip(attachments, blocks_per_file[1:]):
            # An attached file is an attachment of the contract: give it a heading of its own.
            first = next((b for b in extra if b.text.strip()), None)
            starts_with_heading = first is not None and len(first.text.strip()) <= 40 \
                and "。" not in first.text and not first.text.strip().startswith("第")
            if not starts_with_heading:
                blocks.append(Block(f"別添 {Path(name).name}", Location(name, line=0)))
            blocks.extend(extra)
        structure = build(blocks)
        _read_tables_of_acts(structure.sentences)
        full = "".join(s.norm for s in structure.sentences)
        parties = resolve("\n".join(s.norm for s in structure.sentences[:80]),
                          "\n".join(s.norm for s in structure.sentences))
        warnings: list[str] = []
        detected = detect_kind(structure, full)
        if kind is None:
            kind = detected
            if kind == "unknown":
                warnings.append("文書の種類を判定できませんでした（委託契約・特記事項・派遣契約のいずれにも当たらないようです）。"
                                "業務委託契約として確認しています。種類が分かる場合は --kind で指定してください。")
        if not excerpt and not re.search(r"(契約|協定|特記事項|覚書|約款|甲|乙|委託|受託|発注|受注|派遣)", full):
            raise InputError("not-a-contract", f"{main}: 契約書の文章として読み取れる部分がありません。",
                             "契約書のファイルを指定してください（スキャン画像の場合はOCRをかけてください）。",
                             path=main)
        return Prepared(main, structure, parties, kind, warnings, attachments, len(full))

    def _check_blocks(self, main, blocks_per_file, attachments, kind) -> DocumentResult:
        prepared = self.prepare(main, blocks_per_file, attachments, kind)
        items = self.judge(prepared)
        return DocumentResult(path=main, kind=prepared.kind, items=tuple(items),
                              warnings=tuple(prepared.warnings),
                              attachments=tuple(attachments), chars=prepared.chars)

    def applicable(self, kind: str) -> list[ItemSpec]:
        effective = "outsourcing" if kind == "unknown" else kind
        return [s for s in self.specs if effective in s.kinds and self.config.item_enabled(s.id)]

    def candidates(self, spec: ItemSpec, sentences: list[Sentence],
                   contexts: list[str]) -> list[Sentence]:
        # The preamble (「…次のとおり契約を締結する。」) names the parties and the subject; it is
        # never an obligation, whatever words it contains.
        usable = [s for s in sentences if not _PREAMBLE.search(s.norm)]
        if not self.prefilter:
            return usable
        # Triggers are looked for in the same text a rule's context words are tested on (the
        # sentence plus its 号 list, lead and back-referenced sentence): a rule anchored by its
        # context words can only fire where that text holds a trigger, so nothing is lost.
        return [s for s in usable if has_any(contexts[s.index], spec.triggers)]

    def judge(self, prepared: Prepared) -> list[ItemResult]:
        from .nlp import ParseCache, get_nlp, pieces

        if self._cache is None:
            self._cache = ParseCache()
        matchers = self._get_matchers()
        sents = prepared.structure.sentences
        specs = self.applicable(prepared.kind)
        articles = prepared.articles
        definitions = prepared.definitions
        # What each sentence brings in by reference, found once and read by both the context
        # filters and the local rules.
        referenced = [background(s, articles, definitions, prepared.schedule) for s in sents]
        title = prepared.structure.title or ""
        if _WORKERS_RULES.search(title):
            # 「就業条件明示書」「誓約書」 as the document itself: all of it is addressed to the
            # workers.
            referenced = [r + title for r in referenced]
        # A row of a table in an attachment reads with the body sentence that names the table
        # (「…別表「取扱制限一覧」に掲げる行為を、同表の条件によらずに行ってはならない」): that
        # sentence says what the rows are about.
        naming = prepared.table_naming
        referenced = [r + naming.get(s.attachment, "") if s.attachment and _is_table_row(s.norm) else r
                      for r, s in zip(referenced, sents)]
        contexts = [sentence_context(s, sents, referenced[s.index]) for s in sents]
        exclusions = [_without_besides(_WHAT_IS_INCLUDED.sub("", sentence_context(
                          s, sents, _survival_list_background(s, prepared.articles, referenced[s.index]),
                          siblings=False)))
                      for s in sents]
        grounds = _exception_ground_rows(sents)
        per_item = {s.id: [c for c in self.candidates(s, sents, contexts) if c.index not in grounds]
                    for s in specs}
        # The lemmas of each candidate sentence, straight from Sudachi: building a spaCy Doc
        # costs ~6x more than Sudachi's own analysis, and most candidates need no Doc at all.
        nlp = get_nlp()
        lemmas = {i: _lemmas(nlp, pieces(sents[i].norm))
                  for i in sorted({s.index for cands in per_item.values() for s in cands})}
        if self.prefilter:
            per_item = {spec.id: [s for s in per_item[spec.id]
                                  if self._may_give_verdict(spec, s, contexts, exclusions,
                                                            lemmas[s.index])]
                        for spec in specs}
        # Tokenize the remaining candidates once; the same Doc objects are then parsed, so
        # nothing is tokenized twice.
        tokenized: dict[int, list] = {}
        for i in sorted({s.index for cands in per_item.values() for s in cands}):
            tokenized[i] = [nlp.make_doc(p) for p in pieces(sents[i].norm)]
        if self.prefilter:
            per_item = self._matchable(per_item, specs, contexts, exclusions, tokenized, matchers,
                                       lemmas)
        needed = sorted({s.index for cands in per_item.values() for s in cands})
        owners = [i for i in needed for _ in tokenized[i]]
        docs_in = [d for i in needed for d in tokenized[i]]
        docs_by_sentence: dict[int, list] = {}
        for owner, doc in zip(owners, self._cache.parse_docs(docs_in)):
            docs_by_sentence.setdefault(owner, []).append(doc)

        results = []
        topic_cache: dict[int, str] = {}
        settings: dict[int, _Setting] = {}
        # A clause read once per anchor token: items and rules that anchor on the same word of a
        # sentence read it with the same setting, so the reading is the same.
        clauses: dict[tuple[int, int], Clause] = {}
        for spec in specs:
            hits: list[Hit] = []
            for sent in per_item[spec.id]:
                for doc in docs_by_sentence.get(sent.index, []):
                    hits.extend(self._hits(spec, sent, doc, prepared, matchers, topic_cache, settings,
                                           contexts[sent.index], referenced[sent.index],
                                           exclusions[sent.index], lemmas[sent.index], clauses))
            if self._collect is not None:
                self._collect.extend(hits)
            result = combine(spec, hits)
            if spec.id == "special-provisions-link":
                result = self._link_adjust(spec, result, prepared)
            results.append(result)
        return results

    # ------------------------------------------------------------------ internals
    def _matchable(self, per_item, specs, contexts, exclusions, tokenized, matchers, lemmas):
        """Second prefilter stage: keep a sentence for an item only if one of its rules could
        give a verdict there. A rule needs its Matcher to fire and its context words to allow
        it (``judge_rule`` returns None otherwise, before reading the parse). Patterns may use
        only token attributes (lemma, text: enforced by ``patterns.py``), and parsing never
        changes tokens or lemmas, so the tokenizer-only Doc gives the same matches: lossless
        (``tests/test_prefilter_identical.py``)."""
        out = {}
        for spec in specs:
            keep = []
            for sent in per_item[spec.id]:
                if any(_rule_context_ok(r, sent, contexts, exclusions)
                       and self._may_match((spec.id, f.id, i), lemmas[sent.index])
                       and any(matchers[(spec.id, f.id, i)](d) for d in tokenized[sent.index])
                       for f in spec.facets for i, r in enumerate(f.rules)):
                    keep.append(sent)
            out[spec.id] = keep
        return out

    def _may_give_verdict(self, spec, sent, contexts, exclusions, lemmas: set[str]) -> bool:
        """The part of ``_matchable`` that needs no spaCy Doc: some rule's context words allow
        the sentence and its Matcher could fire on these lemmas. A sentence failing it is
        neither made into a Doc nor parsed."""
        return any(_rule_context_ok(r, sent, contexts, exclusions)
                   and self._may_match((spec.id, f.id, i), lemmas)
                   for f in spec.facets for i, r in enumerate(f.rules))

    def _get_matchers(self):
        if self._matchers is None:
            from spacy.matcher import Matcher

            from .nlp import get_nlp

            vocab = get_nlp().vocab
            self._matchers = {}
            for spec in self.specs:
                for facet in spec.facets:
                    for r_i, rule in enumerate(facet.rules):
                        m = Matcher(vocab)
                        m.add("r", [list(p) for p in rule.match])
                        self._matchers[(spec.id, facet.id, r_i)] = m
                        self._needs[(spec.id, facet.id, r_i)] = [
                            _required_lemmas(p) for p in rule.match]
        return self._matchers

    def _may_match(self, key: tuple[str, str, int], lemmas: set[str]) -> bool:
        """Can the rule's Matcher fire on tokens with these lemmas? A pattern needs, for each of
        its required tokens with a LEMMA condition, one of that token's lemmas. A cheap, exact
        necessary test: running a Matcher walks the doc and creates a spaCy Token per token,
        which was about a quarter of the judging time when every rule ran on every sentence."""
        return any(all(need & lemmas for need in pattern) for pattern in self._needs[key])

    def _setting(self, sent: Sentence, prepared: Prepared, topic_cache, settings: dict,
                 referenced: str) -> "_Setting":
        """What a sentence is read with, whichever item is judged: found once per sentence."""
        setting = settings.get(sent.index)
        if setting is not None:
            return setting
        sents = prepared.structure.sentences
        parties = prepared.parties
        inherited_bearer, inherited_modality = self._inherited(sent, sents, parties, topic_cache)
        if inherited_modality is None and _extends_an_effort(sent, sents):
            inherited_modality = "effort"
        if inherited_modality in (None, "duty") \
                and sent.attachment in prepared.effort_bound_attachments:
            inherited_modality = "effort"
        elif inherited_modality in (None, "duty") and _table_named_to_forbid(sent, prepared.table_naming):
            # 「…承認を受けたときを除き、別表第２に掲げる行為をしてはならない」 above a table of
            # numbered rows: each row is a forbidden act.
            inherited_modality = "prohibition"
        lead = sents[sent.lead] if sent.lead is not None else None
        lists_approval = _lists_client_approval(sent, parties)
        setting = settings[sent.index] = _Setting(
            inherited_bearer, inherited_modality,
            self._exception_text(sent, sents, prepared),
            _own_context(sent, lead, prepared, referenced),
            _referred_provisions(sent, sents) + referenced,
            lists_approval,
            lists_approval or (lead is not None and _lists_client_approval(lead, parties)),
            _open_to_contractor(sent, referenced, parties),
            _about_others_information(sent, sents, parties, prepared.articles, referenced),
            bool(party_res(parties).on_request_only.search(
                sent.norm if lead is None else lead.norm)),
            _listed_grounds(sent, sents))
        return setting

    def _exception_text(self, sent: Sentence, sents: list[Sentence], prepared: Prepared) -> str:
        """Everything that may carve an exception out of the sentence: the provisos and later
        項 that follow it, an article-wide waiver, and those following its list's lead."""
        next_text = self._following_exceptions(sent, sents)
        number = _article_number(sent)
        keys = [(number, None), (number, _paragraph_number(sent))]
        item = _SPECIAL_ITEM_LABEL.search(sent.article or "") \
            if sent.attachment and _SPECIAL_PROVISIONS_TITLE.search(sent.attachment) else None
        if item:
            keys.append(("特記事項", kanji_to_int(item.group(1))))
        own_item = _SPECIAL_ITEM_LABEL.match(sent.article or "")
        if own_item:
            keys.append(("item", sent.attachment, kanji_to_int(own_item.group(1))))
        for key in keys:
            waiver = prepared.article_waivers.get(key)
            if waiver:
                next_text += "\n" + waiver
        if sent.lead is not None:
            # 「次に掲げる行為をしてはならない。ただし、…この限りでない。」 covers every item.
            next_text += "\n" + self._following_exceptions(sents[sent.lead], sents, about=sent)
        return next_text

    def _hits(self, spec, sent: Sentence, doc, prepared: Prepared, matchers, topic_cache,
              settings: dict, context: str, referenced: str, exclusion: str, lemmas: set[str],
              clauses: dict):
        parties = prepared.parties
        setting = self._setting(sent, prepared, topic_cache, settings, referenced)
        inherited_bearer, inherited_modality = setting.inherited_bearer, setting.inherited_modality
        next_text, own_context = setting.next_text, setting.own_context
        what_referred, items_approval = setting.what_referred, setting.items_approval
        items_own = setting.items_own
        others_information = setting.others_information
        out = []
        for facet in spec.facets:
            best = None
            # A contrary permission (「必要な範囲を超えて収集することができる」) beats adequate
            # wording earlier in the same sentence, so such facets are read to the end.
            stop_at_adequate = not any(r.contrary for r in facet.rules)
            for r_i, rule in enumerate(facet.rules):
                rule_context = own_context if rule.local_context or rule.context_any_local else context
                what_context = what_referred + own_context if rule.local_context else context
                if not self._may_match((spec.id, facet.id, r_i), lemmas):
                    continue
                for _, start, end in matchers[(spec.id, facet.id, r_i)](doc):
                    if rule.limits_information and limits_information(doc, start, end) is False:
                        continue
                    anchor = doc[end - 1]
                    if rule.act_not_product and _names_the_product(doc, end):
                        continue
                    clause = clauses.get((id(doc), anchor.i))
                    if clause is None:
                        clause = clauses[(id(doc), anchor.i)] = analyze(
                            doc, anchor, parties, inherited_bearer, inherited_modality, next_text,
                            setting.listed_grounds)
                    if rule.client_information_only and others_information \
                            and (clause.bearer != "client" or rule.workers_data_unrelated):
                        # The workers keeping the 派遣元's trade secrets. The ward keeping them
                        # stays the secrecy duty placed on the wrong party; the ward copying the
                        # 派遣元's training materials is no rule on personal information.
                        continue
                    if sent.lead is not None and not clause.to_client \
                            and (party_res(parties).recipient_label.search(context)
                                 or _table_reported_to_client(sent, prepared.structure.sentences, parties)):
                        # 「報告の時期：直ちに」 under a lead whose list has 「報告先：区の担当課」.
                        clause = replace(clause, to_client=True)
                    elif not clause.to_client \
                            and _column_names_client_recipient(sent, prepared.structure.sentences, parties):
                        # 「区分｜報告先｜報告時期」 and the row 「漏えい…｜委託者（所管課長）｜覚知後直ちに」.
                        clause = replace(clause, to_client=True)
                    if clause.modality == "prohibition" \
                            and _allowed_by_its_mark(sent, prepared.structure.sentences):
                        # 「次表において「×」とされた行為をしてはならない。…複製・複写　○」: the
                        # lead forbids the rows marked ×; a row marked ○ is allowed.
                        clause = replace(clause, modality="permission")
                    if not clause.own_approval and _approver_named_elsewhere_is_own(rule, sent, prepared):
                        clause = replace(clause, own_approval=True)
                    if items_approval and clause.modality == "permission" and not clause.client_approval:
                        clause = replace(clause, client_approval=True)
                    if items_own and clause.exception == "none":
                        clause = replace(clause, exception="own")
                    verdict = judge_rule(rule, clause, rule_context,
                                         own_context if sent.is_item else None, what_context,
                                         None if rule.local_context else exclusion,
                                         _heading_of(sent),
                                         setting.approved_conditions,
                                         what_referred + own_context)
                    if verdict is None or verdict[0] == "none":
                        continue
                    # (「派遣労働者は、乙の指示がある場合に限り、…複写し…できる」: a permission
                    # only the client's instruction opens is the approval rule, not a duty on
                    # request.)
                    if verdict[0] == "adequate" and rule.duty_always and setting.on_request_only \
                            and not (clause.modality == "permission" and clause.client_approval):
                        verdict = ("weak", "義務が甲（委託者・派遣先）から指示や求めがあった場合に限られており、"
                                           "常に課される定めになっていません。")
                    level, reason = verdict
                    contrary = level == "weak" and clause.modality in rule.contrary
                    if best is None or (best[0] == "weak" and level == "adequate") or (
                            level == "weak" and contrary and not best[3]):
                        best = (level, reason, rule.note, contrary)
                    if level == "adequate" and stop_at_adequate:
                        break
                if best and best[0] == "adequate" and stop_at_adequate:
                    break
            if best:
                out.append(Hit(facet.id, best[0], best[1], sent, best[2], best[3]))
        return out

    @staticmethod
    def _following_exceptions(sent: Sentence, sents: list[Sentence],
                              about: Sentence | None = None) -> str:
        """Sentences after ``sent`` that may carve an exception out of it (or out of ``about``,
        an item of its list): the next sentence of the paragraph (「ただし、…」) and later 項 of
        the same article (「前2項の規定は…」)."""
        out = []
        # The sentence's own 号 items do not use up the window (「4-1 …次の措置を講じ…」 ア イ ウ
        # 「4-2 前項の措置は、…省略することができる」).
        own_items = sum(1 for s in sents[sent.index + 1:sent.index + 40] if s.lead == sent.index)
        for nxt in sents[sent.index + 1:sent.index + 4 + own_items]:
            if nxt.lead == sent.index and own_items:
                continue
            if _proviso_of_a_later_paragraph(nxt, sent, sents):
                continue
            if TABLE_NOTE.match(nxt.norm) and not _note_is_about(nxt, about or sent):
                # 「※注　複製・複写については、…この限りでない。」 under the row on 目的外利用.
                continue
            if _THE_ITEM_BEFORE.match(nxt.norm) and nxt.index - 1 != (about or sent).index \
                    and sents[nxt.index - 1].lead != (about or sent).index:
                # 「（４）前号の規定は、…適用しない」 takes nothing from (1) and (2).
                continue
            if nxt.para_index == sent.para_index or nxt.same_article(sent):
                if _speaks_only_of_the_paragraph_before(nxt, sent, sents, about or sent):
                    if out and out[-1].startswith(sents[nxt.index - 1].norm) \
                            and APPROVAL_FOR_WHAT_BEFORE.search(nxt.norm):
                        # 「２　…報告を省略することができる。３　受託者は、前項の規定により報告を
                        # 省略しようとするときは、あらかじめ委託者の承認を得なければならない。」:
                        # 3項 puts 2項's waiver under an approval (whose, ``exception_of`` reads).
                        out.append(nxt.norm)
                    continue
                waived = NAMED_ARTICLE_WAIVER.search(nxt.norm)
                if waived and kanji_to_int(waived.group(1)) != _article_number(sent) \
                        and not _THE_ONE_BEFORE.match(nxt.norm) \
                        and not _names_this_provision(nxt.norm, about or sent):
                    # 「２　第5条の規定は、…適用しない」 waives another article (「２　前項の規定は、
                    # 第1条第1号の業務には適用しない」 and 「３　第1項の規定は、第12条の規定により
                    # 再委託した場合…には、適用しない」 waive this one for that work).
                    continue
                if _names_another_provision(nxt.norm, about or sent):
                    # 「３　第1項の規定は、…適用しない」 takes nothing from 2項, nor
                    # 「第1項第二号の規定は」 from 第三号.
                    continue
                # 「２　前項の規定は、次の各号のいずれかに該当する情報には適用しない。」: its
                # items are the grounds.
                out.append(nxt.norm + nxt.items_text)
            else:
                override = NEXT_ARTICLE_OVERRIDE.match(nxt.norm)
                if override and _in_paragraph(sent, override.group(1)) \
                        and _among_items(about or sent, override.group(2)) and not (
                        TAKES_AWAY.match(nxt.norm) and _grants_permission(sent, sents)):
                    # 「第6条　前条の規定にかかわらず、…代えることができる。」 (「前条第２項の
                    # 規定は」 only of that 項)
                    out.append(nxt.norm)
                break
        for nxt in sents[sent.index + 4 + own_items:sent.index + 16 + own_items]:
            # 「５　第１項の規定は、…適用しない」 four 項 later still names this one.
            if not nxt.same_article(sent):
                break
            if _names_this_provision(nxt.norm, about or sent) or _names_the_ones_before(nxt, sent):
                out.append(nxt.norm)
        return "\n".join(out)

    def _inherited(self, sent: Sentence, sents: list[Sentence], parties: Parties, cache):
        """Bearer and force carried over from the sentence that introduces a 号 list, or the
        subject of an earlier sentence of the same article (「２　前項の場合において、…」)."""
        modality = None
        if sent.lead is not None:
            lead = sents[sent.lead]
            # 「…個人情報（…特定の個人を識別することができるものをいう。）について、…次に掲げる
            # 事項を遵守させなければならない」: a definition in parentheses lends no force.
            modality = modality_of(_ABLE_TO_DESCRIBE.sub("", PARENTHESES.sub("", lead.norm)).rstrip("。:："))
            if modality is None and (is_label_line(lead.norm) or SUBMISSIONS_HEADING.match(lead.norm)):
                # A table of 「項目：内容」 rows with no sentence to introduce it states the
                # contract's terms: its rows bind like 「…とする」; so does a 仕様書's list of
                # documents to hand in.
                modality = "duty"
                # 「別表（第4条関係）」 under 「…安全管理措置を講じるよう努めるものとし、その具体的
                # 内容は別表のとおりとする」: the rows are only as strong as their article.
                modality = _owner_article_force(sent, sents) or modality
            if modality == "duty" and _FORBIDS.search(lead.norm):
                modality = "prohibition"
            if modality == "permission" and _ONLY_IF_LISTED.search(lead.norm):
                # 「次の各号のいずれにも該当する場合に限り、…委託することができる」: each item is
                # a condition the permission requires, not something permitted.
                modality = "duty"
            if _DEFINES_TERMS.search(lead.norm):
                modality = "definition"
            elif _LISTS_TERMS_TO_AGREE.search(lead.norm):
                modality = "statement"
            elif modality == "permission" and _LISTS_CONTENTS.search(lead.norm):
                # 「次に掲げる事項を記載した申請書を甲に提出し、…承認を受けた場合に限り、…委託する
                # ことができる。一 再委託先の名称 二 再委託する業務の内容」: the items say what a
                # document holds; they are not what is permitted.
                modality = "statement"
            if _PLEDGE_LEAD.search(lead.norm):
                # 「私は、…派遣労働者として○○区において派遣就業を行うに当たり、次の事項を遵守
                # することを誓約します」: the worker who signs keeps the items (the ward is only
                # where the work is done).
                return "contractor", modality
            header = _binding_header(sent, sents)
            if header is not None:
                # 「事項｜甲が派遣労働者に守らせる内容」 heading the rows: the party its header names
                # keeps them, whoever the sentence above the table names first.
                bearer = bearer_of(header, parties)
                if bearer:
                    return bearer, modality
            bearer = self._topic(lead, parties, cache)
            if bearer:
                return bearer, modality
        carried = _survival_of_named_paragraph(sent, sents)
        if carried is not None:
            # 「３　第1項の義務は、派遣期間の終了後も、なおその効力を有する」: the duty is the one
            # 1項 puts on its subject, whoever a 項 in between names (「２　…派遣先が…承認した
            # 情報については、適用しない」).
            bearer = self._topic(carried, parties, cache)
            if bearer:
                return bearer, modality
        if _in_workers_rules(sent) \
                and not party_pattern(parties).search(sent.norm):
            # 「別表２　派遣労働者遵守事項」「誓約書」: rules the contractor's workers keep (a
            # party named in a modifier, 「区が貸与する端末…の個人情報は」, does not keep them).
            return "contractor", modality or "duty"
        back, looked = sent.index - 1, 0
        while back >= 0 and looked < 3:
            prev = sents[back]
            if not prev.same_article(sent):
                break
            if prev.lead is not None and prev.lead < prev.index:
                # A 号 item speaks with its lead's topic: 「甲が保有する個人情報を…使用しないこと」
                # under 「乙は、…次の事項を遵守させなければならない」 is still the contractor's.
                prev = sents[prev.lead]
                back = prev.index
            bearer = self._topic(prev, parties, cache)
            if bearer:
                return bearer, modality
            back, looked = back - 1, looked + 1
        return "unknown", modality

    @staticmethod
    def _topic(sent: Sentence, parties: Parties, cache) -> str | None:
        if sent.index not in cache:
            cache[sent.index] = bearer_of(sent.norm, parties) or ""
        return cache[sent.index] or None

    def _link_adjust(self, spec, result: ItemResult, prepared: Prepared) -> ItemResult:
        """special-provisions-link: the body binds the contractor to a 特記事項, and it is there."""
        # An attachment heading with nothing under it (「別表　個人情報取扱特記事項（別添のとおり）」)
        # does not put the 特記事項 in the contract.
        # 「別記1　情報セキュリティ特記事項」 alone is not the 特記事項 on personal information.
        has_tokki = any(_SPECIAL_PROVISIONS_TITLE.search(a) and _has_content(prepared, a)
                        and not _names_other_provisions(a)
                        for a in prepared.structure.attachments) or (
            prepared.structure.title is not None and "特記事項" in prepared.structure.title
            # 「第２０条（特記事項）」 heading an article on consultation is no 特記事項.
            and not _ARTICLE_HEADING.match(prepared.structure.title))
        # 「別紙2「…情報セキュリティ特記事項」を遵守しなければならない」 binds another one.
        bound = result.status == "present" and not all(
            _names_other_provisions(e.text) for e in result.evidence)
        if bound and has_tokki:
            shortfall = _shortfall_of_the_binding(result, prepared)
            if shortfall is None:
                return result
            evidence, reason = shortfall
            return _weak(spec, result, result.evidence + evidence, reason)
        if bound:
            return _weak(spec, result, result.evidence,
                         "本文が特記事項の遵守を定めていますが、その特記事項が文書にも添付（--attach）にも見当たりません。")
        if result.status == "weak":
            return result  # a binding clause that falls short says why itself
        if result.status == "present":
            # Only another 特記事項 is bound: the personal-information one is not.
            result = replace(result, status="missing", evidence=(), reason=spec.facets[0].missing,
                             suggestion=spec.suggestion)
        if has_tokki:
            return _weak(spec, result, result.evidence,
                         "特記事項が付いていますが、本文で受託者にその遵守を義務付ける条項が見当たりません。")
        return result


def _weak(spec, result: ItemResult, evidence: tuple, reason: str) -> ItemResult:
    """special-provisions-link judged weak by the engine, with the evidence and reason given."""
    return ItemResult(spec.id, spec.basis, spec.title, "weak", spec.severity, evidence, reason,
                      spec.suggestion, result.notes)


def _shortfall_of_the_binding(result: ItemResult, prepared: Prepared) -> tuple[tuple, str] | None:
    """What undoes a binding to a 特記事項 that is there: part of it missing, another one named
    but absent, a binding for part of the term, or the contractor's own terms put above it.
    Returns the evidence to add and the reason, or None."""
    partial = [s for s in prepared.structure.sentences
               if s.attachment and _SPECIAL_PROVISIONS_TITLE.search(s.attachment)
               and _DELIVERED_LATER.search(s.norm)]
    if partial:
        return ((evidence_of(partial[0]),),
                "特記事項の一部しか添付されていません（残りが後日交付・別冊・省略などとされています）。遵守させる条項の全体を契約書に添付してください。")
    absent = _unattached_labels(result.evidence, prepared)
    if absent:
        return (), f"本文が遵守を求める{absent[0]}が文書に添付されていません。遵守させる特記事項の全てを契約書に添付してください。"
    part_of_term = _bound_for_part_of_the_term(prepared)
    if part_of_term:
        return (tuple(evidence_of(s) for s in part_of_term),
                "特記事項の遵守が契約期間の一部に限られ、その後の個人情報の取扱いが特記事項によらないものとされています。")
    overridden, why = _body_overrides(prepared)
    if overridden:
        return tuple(evidence_of(s) for s in overridden), why
    return None


_SPECIAL_ITEM_LABEL = re.compile(rf"第([\d{KANJI_DIGITS}]+)$")
# (「第９　第３の規定にかかわらず、受託者は、…と判断したときは、…複製を行うことができる」: or
# by their bare number.)
_ITEM_WAIVER = re.compile(rf"^\s*第([\d{KANJI_DIGITS}]+)(?:項(?:の規定)?|(?=の規定)){WAIVED_WITHIN}")
_ARTICLE_HEADING = re.compile(rf"^\s*第[\d{KANJI_DIGITS}０-９]+条")
# 「別記　個人情報取扱特記事項」, or under another name 「別紙　個人情報の取扱いに関する追加条項」.
# 「別紙　個人情報の保護に関する事項」 too.
_SPECIAL_PROVISIONS_TITLE = re.compile(r"特記事項|個人情報[^。]{0,12}(条項|特約|遵守事項|注意事項|留意事項|留意点|特記仕様書|取扱いに関する条件)"
                                       r"|個人情報の(保護|取扱い?)に(関する|係る)事項$|個人情報の?取扱い?事項$")

# 「（第3条から第12条までは、追って甲が乙に交付する。）」「第三から第十二まで（別冊のとおり。）」:
# the 特記事項 is only partly attached.
# 「第２以降の本文は、別冊により契約締結後に交付する。」「第２から第１４まで　（略）」 too, and
# 「第3条から第10条まで　甲乙協議の上、別途定める。」
_DELIVERED_LATER = re.compile(r"第[^。]{1,8}((から|～|〜|ないし)[^。]{1,8}まで|以降|以下)[^。]{0,20}"
                              r"(追って|後日|別途|別冊|別添|契約締結後)[^。]{0,20}(交付|送付|提供|のとおり|による|定める)"
                              r"|^\s*第[^。]{1,8}(から|～|〜|ないし)[^。]{1,8}まで\s*[（(](略|省略)[）)]"
                              # 「第２条から第15条まで　（別冊のとおり）」 read with 第２条 as its marker
                              r"|^\s*(から|～|〜|ないし)第[^。]{1,8}まで\s*[（(]?(略|省略|別冊|別添)"
                              r"|^\s*(から|～|〜|ないし)第[^。]{1,8}まで[^。]{0,20}(別途|追って|後日)定める"
                              # 「（第３条以下略）」
                              r"|^\s*[（(]?第[^。]{1,8}(以下|以降)\s*[（(]?(略|省略)"
                              # 「（第３条から第１２条まで　略）」
                              r"|^\s*[（(]第[^。]{1,8}(から|～|〜|ないし)[^。]{1,10}まで\s*(略|省略)"
                              # 「※本特記事項の本文は、契約締結後、区から受託者に別途交付する。」
                              r"|本文は、?[^。]{0,20}?(追って|後日|別途|契約締結後)[^。]{0,20}(交付|送付|提供)")
# 「この契約書の規定と別記特記事項の規定とが矛盾するときは、この契約書の規定が優先する」: the
# body prevails over the 特記事項 (not 「…特記事項の定めが優先する」).
_BODY_PREVAILS = re.compile(r"(この|本)契約書?(の?本文)?の(規定|定め|条項)(が優先|による。|によるものとする|を優先)")
# The 特記事項 applying only where the contractor's own rules leave room.
_OWN_RULES_FIRST = re.compile(r"(反しない|抵触しない|矛盾しない)限り|定めのない(事項|場合)(に限り|についてのみ|に限って)"
                              r"|が優先する|を優先")
# A binding for a stretch of time, and what follows it.
_FOR_A_PERIOD = re.compile(r"から[^。]{1,20}までの間")
_AFTER_THE_PERIOD = re.compile(r"^\s*[^。]{0,25}(経過後|満了後|経過した後|以後|以降|その後)[^。]{0,30}個人情報の取扱い")
# What puts a 特記事項 (or some of its provisions) aside.
_SETS_ASIDE = re.compile(r"かかわらず|適用しない|によらないことができ|(これに|に)代えることができ")
# 「個人情報の取扱いについては、乙の定める…方針によるものとする」 with nothing added to.
_OWN_RULES_INSTEAD = re.compile(r"^(?:(?!ほか|併せ|加え|ともに)[^。])*個人情報の取扱い?(については|は)、"
                                r"(?:(?!ほか|併せ|加え|ともに)[^。])*(による|に従う|に従って行う|によるものとする)")
# 「…個人情報を、受託者が定める個人情報保護方針及び社内規程に従い取り扱う」 with nothing added.
_HANDLED_BY_OWN_RULES = re.compile(r"^(?:(?!ほか|併せ|加え|ともに|特記)[^。])*個人情報(?:(?!ほか|併せ|加え|ともに|特記)[^。])*"
                                   r"(に従い|に従って|により|に基づき)(取り扱|取扱)")
# What a body article may let the contractor do with the information on its own terms.
_HANDLING_ACT = re.compile(r"(個人情報|媒体|データ|資料|業務の(一部|全部))[^。]*"
                           r"(複製|複写|再委託|(第三者|他の者|関連会社|子会社|グループ会社)に(委託|委ね|行わせ)|持ち出|外部に送付|提供|廃棄)")
# Special provisions on another subject (security, environment, safety, works).
# 「電子計算機処理等に関する特記事項」「電子計算組織の運用に関する特記事項」 are on computer
# processing.
_OTHER_SPECIAL_PROVISIONS = re.compile(r"(セキュリティ|環境|安全|労働|暴力団|工事|障害者|緑化|省エネ|電子計算機|電子計算組織|電算処理)"
                                       r"[^。]{0,8}特記事項")
# 「別記２」「別紙1」: a numbered attachment, as the body names it and as its heading reads.
_NUMBERED_ATTACHMENT = re.compile(r"(別記|別紙|別添)\s*([0-9]+)")



def _names_other_provisions(text: str) -> bool:
    """「情報セキュリティ特記事項」 without 個人情報: special provisions on another subject."""
    return bool(_OTHER_SPECIAL_PROVISIONS.search(text)) and "個人情報" not in text


def _unattached_labels(evidence, prepared: Prepared) -> list[str]:
    """「別記１「個人情報取扱特記事項」及び別記２「…情報セキュリティ特記事項」を遵守しなければ
    ならない」 with only 別記１ attached: the numbered attachments the binding sentence names that
    the document does not have (only when its attachments are numbered and none came as files)."""
    if prepared.attachments:
        return []
    # A heading may join two (「別紙1 管理業務の範囲(略) 別紙2 個人情報取扱特記事項」).
    # (Headings are normalized already; the evidence quotes the original text.)
    have = {(m.group(1), m.group(2)) for a in prepared.structure.attachments
            for m in _NUMBERED_ATTACHMENT.finditer(a)}
    if not have:
        return []
    named = [(m.group(1), m.group(2)) for e in evidence
             for m in _NUMBERED_ATTACHMENT.finditer(unicodedata.normalize("NFKC", e.text))]
    return [kind + number for kind, number in dict.fromkeys(named) if (kind, number) not in have]


def _bound_for_part_of_the_term(prepared: Prepared) -> list[Sentence]:
    """「乙は、令和7年4月1日から同年9月30日までの間（以下「移行期間」という。）、…特記事項を遵守
    しなければならない。２　移行期間経過後における…個人情報の取扱いについては、…」: the body
    binds the contractor for a period and then says how it handles the information after it."""
    sents = prepared.structure.sentences
    for s in sents:
        if s.attachment or "特記" not in s.norm or not _FOR_A_PERIOD.search(s.norm):
            continue
        for after in sents[s.index + 1:s.index + 3]:
            if after.same_article(s) and _AFTER_THE_PERIOD.match(after.norm):
                return [s, after]
    return []


_SET_ASIDE_REASON = ("契約書（本文・仕様書・覚書等）が、受託者自身の規程・判断・責任者の承認で特記事項の定めを"
                     "外すことを認めており、特記事項の定めが甲の承認なく覆されます。")
_OWN_RULES_REASON = "本文が個人情報の取扱いを受託者自身の規程によるものとしており、特記事項の定めが甲の承認なく置き換えられます。"
_LICENSED_REASON = ("本文が受託者自身の判断や規程による個人情報の取扱いを認め、特記事項より優先させているため、"
                    "特記事項の定めが甲の承認なく覆されます。")


def _body_overrides(prepared: Prepared) -> tuple[list[Sentence], str]:
    """「第６条 受注者は、…個人情報の複製、再委託…を、受注者が定める…基準により行うことができる」
    with 「第１５条 …矛盾…するときは、この契約書の規定が優先する」: the body lets the contractor
    handle the information on its own terms and puts itself above the 特記事項 that forbids it;
    or one sentence of the contract (its body, a 仕様書, a 覚書) puts the contractor's own rules,
    judgement or officer first (「…特記事項は、当該社内基準に反しない限りにおいて適用する」).
    Returns the sentences that do it (or nothing) and the reason to report."""
    set_aside, why = _set_aside_by_the_contractor(prepared)
    if set_aside:
        return set_aside, why
    licensed = _licensed_by_the_body(prepared)
    return licensed, _LICENSED_REASON if licensed else ""


def _set_aside_by_the_contractor(prepared: Prepared) -> tuple[list[Sentence], str]:
    """One sentence outside the 特記事項 that lets the contractor's rules, judgement or officer put
    it aside, or that hands the handling of the information to the contractor's rules (with the
    reason to report)."""
    sents = prepared.structure.sentences
    # A 仕様書 or 覚書 attached to the contract speaks for it too (not the 特記事項 itself).
    outside = [s for s in sents if not (s.attachment and _SPECIAL_PROVISIONS_TITLE.search(s.attachment))]
    patterns = party_res(prepared.parties)
    own_rules = patterns.own_rules
    approval = client_approval_re(prepared.parties)
    # 「別記１に定める事項のうち…」 names the 特記事項 by its attachment's label.
    labels = [m.group(0) for a in prepared.structure.attachments if _SPECIAL_PROVISIONS_TITLE.search(a)
              for m in [_NUMBERED_ATTACHMENT.match(a)] if m]
    for s in outside:
        # 「…情報管理マニュアルによることができる。この場合において、特記事項の規定は適用しない。」
        after = sents[s.index + 1] if s.index + 1 < len(sents) else None
        text = s.norm + (after.norm if after is not None and after.para_index == s.para_index
                         and after.norm.startswith("この場合") else "")
        names_it = "特記" in text or any(label in text for label in labels)
        if names_it and _OWN_RULES_FIRST.search(text) and own_rules.search(text):
            # 「…受注者が別に定める社内基準によるものとし、別記特記事項の規定は、当該社内基準に
            # 反しない限りにおいて適用する」
            return [s], _SET_ASIDE_REASON
        if names_it and _SETS_ASIDE.search(text) and not approval.search(text) and (
                own_rules.search(text) or own_judgements(text, prepared.parties)
                or patterns.own_approval.search(text)):
            # 覚書: 「事業者が自ら定める情報セキュリティ基本方針に基づき業務を行う場合には、別紙
            # 特記事項第３から第６までの規定にかかわらず、当該基本方針によることができる」
            # 「受注者の個人情報保護管理者が…承認したときは、特記事項第２…の規定によらないこと
            # ができる」
            return [s], _SET_ASIDE_REASON
    for s in sents:
        if not s.attachment and _OWN_RULES_INSTEAD.search(s.norm) and own_rules.search(s.norm) \
                and not approval.search(s.norm):
            # 「２　移行期間経過後の個人情報の取扱いについては、乙の定める個人情報保護方針による
            # ものとする」: the contractor's rules, not the 特記事項 (「…特記事項のほか、乙の定める
            # 規程による」 adds to it).
            return [s], _OWN_RULES_REASON
    return [], ""


def _licensed_by_the_body(prepared: Prepared) -> list[Sentence]:
    """A body sentence that lets the contractor handle the information on its own terms, with
    another that puts the body above the 特記事項."""
    body = [s for s in prepared.structure.sentences if not s.attachment]
    own_rules = party_res(prepared.parties).own_rules
    approval = client_approval_re(prepared.parties)
    prevails = next((s for s in body if "特記" in s.norm and _BODY_PREVAILS.search(s.norm)), None)
    if prevails is None:
        return []
    for s in body:
        # 「発注者の承認を要せず、…委託することができる」: the waived approval is no negation.
        waived = APPROVAL_WAIVED.search(s.norm)
        # 「…個人情報の取扱いの方法については、受注者が定める社内規程によることができる」 too.
        handles = _HANDLING_ACT.search(s.norm) or ("個人情報" in s.norm and own_rules.search(s.norm))
        if handles and modality_of(APPROVAL_WAIVED.sub("", s.norm)) == "permission" \
                and (waived or not approval.search(s.norm)):
            return [s, prevails]
        if (_HANDLING_ACT.search(s.norm) or _HANDLED_BY_OWN_RULES.search(s.norm)) \
                and own_rules.search(s.norm) and not approval.search(s.norm):
            # 「受注者は、…個人情報の複製、再委託及び廃棄については、受注者の定める社内規程に
            # 従って行うものとする」「…個人情報を、受託者が定める…社内規程に従い取り扱うものと
            # する」: a duty to follow its own rules is the same licence.
            return [s, prevails]
    return []


def _has_content(prepared: Prepared, attachment: str) -> bool:
    """The attachment has a provision, not only a note such as 「（別添のとおり）」."""
    return any(s.attachment == attachment and not re.fullmatch(r"[（(][^（）()]*[）)]", s.norm.strip())
               for s in prepared.structure.sentences)


_TABLE_ATTACHMENT = re.compile(r"^(別表|別紙|別記|別添)\s*(第?[0-9一二三四五六七八九]+)?\s*[「『]?([^「」『』]{0,20}?)[」』]?\s*$")


# A numbered row of such a table (「２：個人情報が記録された書類を複製し、又は複写すること」): the
# number is the row's, the row is one of the acts the naming sentence speaks of.
_NUMBERED_ROW = re.compile(r"^[0-9]{1,3}[：:]\S")


def _is_table_row(text: str) -> bool:
    return is_label_line(text) or bool(_NUMBERED_ROW.match(text))


_FORBIDS = re.compile(r"(してはならない|ならない行為|禁止)")
# 「三　個人情報を複写し、又は複製すること（受託者が業務処理上必要と判断したものを除く。）。」
_LISTED_ACT = re.compile(r"こと(?:[(（][^()（）]*[)）])?。?$")


# A lead that forbids only the rows bearing a mark (「次表において「×」とされた行為」「×印の行為」).
_MARK_KEYED_LEAD = re.compile(r"[「『]?[×✕✖][」』]?(とされた|とした|を付した|印の|の欄の|とする)")
_ALLOWING_MARK = re.compile(r"[:：、]\s*[○◯〇]\s*$")


def _allowed_by_its_mark(sent: Sentence, sents: list[Sentence]) -> bool:
    """Is ``sent`` a row marked ○ under a lead that forbids the rows marked ×?"""
    return sent.lead is not None and bool(_ALLOWING_MARK.search(sent.norm)) \
        and bool(_MARK_KEYED_LEAD.search(sents[sent.lead].norm))


def _table_named_to_forbid(sent: Sentence, table_naming: dict[str, str]) -> bool:
    # (A row may be a listed act of its own: 「二　個人情報が記録された帳票…を複写し、又は複製する
    # こと。」)
    # (Or a numbered row that only names the act: 「三　個人情報の複製又は複写」.)
    if not sent.attachment or not (_is_table_row(sent.norm) or _LISTED_ACT.search(sent.norm) or sent.is_item):
        return False
    naming = table_naming.get(sent.attachment)
    return naming is not None and bool(_FORBIDS.search(naming))


def _sentences_naming_tables(sents: list[Sentence]) -> dict[str, str]:
    """Attachment heading -> the body sentence that names it, by its number (「別表第２」) or its
    name (「別表「取扱制限一覧」」), or by its kind alone when it is the only one of its kind."""
    headings = list(dict.fromkeys(s.attachment for s in sents if s.attachment))
    body = [s for s in sents if not s.attachment]
    out = {}
    for heading in headings:
        m = _TABLE_ATTACHMENT.match(heading)
        if not m:
            continue
        kind, number, name = m.group(1), m.group(2), m.group(3).strip()
        # (「別表（就業条件）」: a name in parentheses only describes the table; so does
        # 「（第十二条関係）」 before a name, 「別表（第十二条関係）　禁止行為」.)
        described = re.fullmatch(r"[（(]([^（）()]+)[）)]", name)
        name = described.group(1) if described else re.sub(r"^[（(][^（）()]*関係[）)]\s*", "", name)
        alone = sum(h.startswith(kind) for h in headings) == 1
        if number:
            wanted = [kind + number, kind + number.lstrip("第")]
        elif len(name) >= 3 and not described:
            wanted = [name] + ([kind] if alone else [])
        elif alone:
            wanted = [kind]
        else:
            continue
        naming = [s.norm for s in body if any(w in s.norm for w in wanted)]
        if naming:
            # (「第９条　…別表第２に定めるところにより取り扱わなければならない。第１０条　…承認を
            # 得た場合を除き、別表第２に掲げる行為をしてはならない。」: the one that forbids.)
            out[heading] = next((n for n in naming if _FORBIDS.search(n)), naming[0])
    return out


def article_index(sents: list[Sentence]) -> dict[tuple[str | None, str], str]:
    """(attachment, 「第12条」) -> the text of that article's first sentence; (attachment,
    「第12条第3項」) -> that of its 3項."""
    index: dict[tuple[str | None, str], str] = {}
    for s in sents:
        m = _ARTICLE_LABEL.search(s.article or "")
        if m:
            index.setdefault((s.attachment, m.group(0)), s.norm)
            if not s.is_item:
                index.setdefault((s.attachment, f"{m.group(0)}第{_paragraph_number(s)}項"), s.norm)
    return index


# 「この特記事項において「事故」とは、個人情報の漏えい…をいう。」
_DEFINITION_OF = re.compile(r"「([^「」]{2,15})」とは、?(?:[^。（）()]|[（(][^（）()]*[）)])*"
                            r"(をいう|をいい|を指す|を意味する)")
# The term of a 号 item, set off by a space after its number (read on the item's own text: the
# normalised one drops the space).
_DEFINED_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十\d０-９]+|[（(][\d０-９一二三四五六七八九十]+[）)]|[①-⑳]|[ア-ン])?"
                           r"[\s　]*([^\s　、。「」()（）]{2,12})[\s　]+[^。]*(をいう|をいい)")
_DEFINED_IN_PASSING = re.compile(r"[（(][^（）()]*?を含む。以下\s*「([^「」]{2,15})」という。?[）)]")
# 「この契約書、別記「個人情報取扱特記事項」及び仕様書（以下これらを「契約書等」という。）」: a set
# of documents named in passing (only such sets: other 以下「…」 terms are too many to lend).
_SET_NAMED_IN_PASSING = re.compile(r"[（(]以下(?:これらを|これらを総称して|併せて)?\s*「([^「」]{2,15})」という。?[）)]")
# Terms every sentence uses: their definition would lend its words to the whole document.
_TOO_COMMON_TERM = re.compile(r"(業務|契約|本件|委託|事業|甲|乙)")
# ... but 「契約書類」「契約図書」「契約書等」 name the set of documents the contract binds to
# (a 特記事項 among them), and are used in few sentences.
_DOCUMENT_SET = ("書類", "図書", "契約書等")
# 「「業務に必要な範囲」とは、受託者が…有益であると判断する範囲をいう」: a scope, used where it
# limits something.
_SCOPE = ("範囲", "限度")
# 「「業務従事者等」とは、…個人情報管理責任者及び本業務に従事する者をいう」: a group of people.
_GROUP = ("者等",)


def definition_index(sents: list[Sentence], parties: Parties) -> dict[str, str]:
    """Defined term -> the sentence defining it (「「定期確認」とは、発注者が…確認することをいう」),
    so that a later 「定期確認を毎年度実施する」 is read with what the term means."""
    index: dict[str, str] = {}
    for s in sents:
        terms = [m.group(1) for m in _DEFINITION_OF.finditer(s.norm)]
        # 「資料（被保険者の…個人情報が記録された帳票…を含む。以下「貸与品」という。）」
        terms += [m.group(1) for m in _DEFINED_IN_PASSING.finditer(s.norm)]
        terms += [m.group(1) for m in _SET_NAMED_IN_PASSING.finditer(s.norm)
                  if m.group(1).endswith(_DOCUMENT_SET)]
        if s.lead is not None and _DEFINES_TERMS.search(sents[s.lead].norm):
            # 「次の各号に掲げる用語の意義は、…」 then 「二　秘密情報　派遣スタッフが…知り得た…をいう」.
            item = _DEFINED_ITEM.match(s.text)
            if item:
                terms.append(item.group(1))
        for term in terms:
            if term not in parties.words() and (not _TOO_COMMON_TERM.search(term)
                                                or term.endswith(_DOCUMENT_SET + _SCOPE + _GROUP)):
                # 「「実施体制等」とは、次に掲げる事項をいう。一 個人情報管理責任者の氏名…」: the
                # list is the definition.
                index.setdefault(term, s.norm + s.items_text)
    return index


def background(sent: Sentence, articles: dict[tuple[str | None, str], str] | None,
               definitions: dict[str, str] | None, schedule: str = "") -> str:
    """What ``sent`` brings in by reference: the opening of an article it refers to
    (「前記第10条の監査は…」), the definitions of the terms it uses (not its own), and for
    「仕様書に定める時期に」 the timing rows of the attached 仕様書 (``schedule``)."""
    refs = []
    owner = _TABLE_OF_ARTICLE.search(sent.attachment or "")
    if owner and articles is not None:
        # A row of 「別表（第11条関係）」 is read with the article it belongs to (「派遣元は、
        # 派遣労働者に、…別表に掲げる事項を遵守させなければならない」).
        refs.append(articles.get((None, f"第{kanji_to_int(owner.group(1))}条"), ""))
    if reads_schedule(sent, schedule):
        refs.append(schedule)
    if _THIS_ARTICLE.match(sent.norm) and sent.article and articles is not None:
        # 「４　本条の規定は、派遣期間の終了後もなおその効力を有する」: the article's opening
        # says what survives.
        own = _ARTICLE_LABEL.search(sent.article)
        opening = articles.get((sent.attachment, own.group(0))) if own else None
        if opening and opening != sent.norm:
            refs.append(opening)
    for m in ARTICLE_REFERENCE.finditer(sent.norm):
        ref = _provision_named(m, sent, articles or {})
        if ref and ref != sent.norm:
            refs.append(ref)
    defs = [d for term, d in (definitions or {}).items() if term in sent.norm and d != sent.norm]
    return "".join(refs + defs)


def _binding_header(sent: Sentence, sents: list[Sentence]) -> str | None:
    """The header row of the table ``sent`` is a row of, when it names who makes the rows be
    kept (「事項：甲が派遣労働者に守らせる内容」): its second cell."""
    first = sent.lead + 1
    if first >= len(sents) or first == sent.index or sents[first].lead != sent.lead:
        return None
    label = ROW_LABEL.match(sents[first].norm)
    if not label:
        return None
    cell = sents[first].norm[label.end():]
    return cell if _HEADER_BINDS.search(cell) else None


def _names_the_product(doc, end: int) -> bool:
    """「前項の届出に係る複写物等を、…目的以外に利用してはならない」「消去したときは、消去の日時
    及び方法を記載した消去証明書を提出する」: the word matched is part of a noun for what the act
    makes or a record of it (複写物, 消去証明書, 消去の日時), and the sentence rules on something
    else (「複製物を作成してはならない」 still rules on making them)."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    if nxt.lemma_ in _PRODUCTS:
        noun = nxt
    elif nxt.lemma_ == "の" and end + 1 < len(doc) and doc[end + 1].lemma_ in _RECORDED_DETAILS:
        noun = doc[end + 1]
    else:
        return False
    pred = head_predicate(noun)
    return pred is not None and pred.lemma_ not in _MAKING and pred.lemma_ != doc[end - 1].lemma_


def _approver_named_elsewhere_is_own(rule, sent: Sentence, prepared: Prepared) -> bool:
    """An approval the sentence asks for without naming the approver itself, whose approver, named
    elsewhere, is the contractor's own: through a defined term (「複製：可（要承認）」 and
    「「要承認」とは、…受託者が選任した業務責任者の承認を要することをいう」), through the 項 it
    refers to (「２　…前項の承認を得ないで…複製してはならない」 after 「…区の担当職員又は受託者が
    選任した現場責任者のいずれかの承認」), or in its row of an approver column."""
    parties = prepared.parties
    if rule.client_approver and (_defined_as_own_approval(sent, prepared.definitions, parties)
                                 or _previous_approval_is_own(sent, prepared.structure.sentences, parties)):
        return True
    return rule.approver_column and _row_names_own_approver(sent, parties)


def _previous_approval_is_own(sent: Sentence, sents: list[Sentence], parties: Parties) -> bool:
    """Does the sentence ask for 「前項の承認」 where the 項 before names the contractor's own
    approver, alone or as an alternative to the client?"""
    named = _PREVIOUS_APPROVAL.search(sent.norm)
    if not named or sent.index == 0:
        return False
    if named.group(1).startswith("第"):
        # 「３　受注者は、第１項の承認の記録を作成し」: the 項 named by number.
        prev = _paragraph_of_article(sent, sents, int(named.group(1)[1:-1]))
        if prev is None:
            return False
    else:
        prev = sents[sent.index - 1]
    if not prev.same_article(sent):
        return False
    client, own = approvals(prev.norm, parties)
    return (own and not client) or bool(party_res(parties).own_alternative.search(prev.norm))


def _defined_as_own_approval(sent: Sentence, definitions: dict[str, str], parties: Parties) -> bool:
    """Does the sentence ask for an approval through a defined term (「要承認」) whose definition
    names the contractor's own approver and not the client?"""
    for term, meaning in definitions.items():
        if term in sent.norm and re.search(APPROVAL_NOUNS, term) and meaning != sent.norm:
            client, own = approvals(meaning, parties)
            if own and not client:
                return True
    return False


def _note_is_about(note: Sentence, row: Sentence) -> bool:
    """Does a note under a table (「備考　三に掲げる行為のうち、…」「※注　複製・複写については、…」)
    speak of this row? A note naming a row by its number, or an act by its words, speaks of that
    one only; a note naming neither speaks of them all."""
    number = _NOTE_ROW_NUMBER.search(note.norm)
    if number:
        own = _ROW_NUMBER.match(row.text)
        return own is not None and kanji_to_int(own.group(1)) == kanji_to_int(number.group(1))
    topic = _NOTE_TOPIC.search(note.norm[TABLE_NOTE.match(note.norm).end():])
    if topic:
        words = re.split(r"・|及び|又は|並びに|若しくは", topic.group(1))
        return any(len(w) >= 2 and w in row.norm for w in words)
    return True


def _row_names_own_approver(sent: Sentence, parties: Parties) -> bool:
    """「個人情報の複製・複写：乙の個人情報管理責任者、複製物は管理台帳に記載する」 under 「…同表の
    承認者欄に掲げる者の承認を得なければならない」: the approver the row's cells name is the
    contractor or one of its own people (and not the client)."""
    label = ROW_LABEL.match(sent.norm)
    cells = sent.norm[label.end():] if label else sent.norm
    res = party_res(parties)
    return bool(res.own_side.search(cells)) and not res.client.search(cells)


def _survival_list_background(sent: Sentence, articles: dict, referenced: str) -> str:
    """What a survival list is about, for exclusions: 「…終了した場合であっても、第９条（秘密保持）、
    第12条（損害賠償）及び第14条（管轄裁判所）の規定は、なお効力を有する」 keeps each article alive,
    so the words of one of them (「損害が生じ」) do not make the secrecy's survival another matter.
    Only the named provisions that keep a secret are read, when there are any."""
    if not (_KEEPS_NAMED_ALIVE.match(sent.norm)
            or _KEEPS_NAMED_ALIVE.match(_AFTER_THE_END.sub("", sent.norm, count=1))):
        return referenced
    named = [_provision_named(m, sent, articles) for m in ARTICLE_REFERENCE.finditer(sent.norm)]
    secret_keeping = [t for t in named if t and _SECRET_WORDS.search(t)]
    if len(named) < 2 or not secret_keeping:
        return referenced
    return "".join(secret_keeping)


def _provision_named(m: re.Match, sent: Sentence, articles: dict) -> str | None:
    """The opening of the article (or 項) an ARTICLE_REFERENCE match names: in the same attachment
    first, then in the contract body (「契約書第12条」 from a 特記事項)."""
    label = f"第{m.group(1)}条" + (f"第{int(m.group(2))}項" if m.group(2) else "")
    return articles.get((sent.attachment, label)) or articles.get((None, label))


def _own_context(sent: Sentence, lead: Sentence | None, prepared: Prepared, referenced: str) -> str:
    """The words a rule with ``local_context`` may read: the sentence, its items and lead, and
    what it takes in by reference (its workers' rules, defined terms, the 仕様書's timing)."""
    # The first row of a 「項目：内容」 table leads the rest only to share its force: a row
    # that states its own whole rule (「内容：甲は、業務責任者を…選任する。」) does not
    # borrow what another row reports.
    row_of_rules = lead is not None and is_label_line(lead.norm) and is_rule_row(sent)
    first_row_of_rules = is_rule_row(sent)
    own_context = sent.norm + ("" if first_row_of_rules else sent.items_text) + (
        _governing_part(lead.norm) if lead is not None and not row_of_rules else "")
    if _in_workers_rules(sent):
        own_context += sent.attachment
    # 「委託者は、定期確認を行う」 with 「「定期確認」とは、委託者が、年1回以上、…確認をいう」: what
    # a defined term means is said by the sentence that uses it.
    own_context += "".join(m.group(0) for m in _DEFINITION_SENTENCE.finditer(referenced))
    if reads_schedule(sent, prepared.schedule):
        # 「仕様書に定める頻度により…検査する」: the 仕様書's timing rows are this
        # sentence's own words.
        own_context += prepared.schedule
    return own_context


# 「…次に掲げる事項を遵守させるものとし、その遵守状況について派遣先から求めがあったときは報告
# するものとする」: the lead's clause that names the list, and a duty of its own after it.
_LIST_THEN_OWN_DUTY = re.compile(r"(次に掲げる|次の各号|以下に掲げる|下記の)[^。]*?(ものとし|とともに|こととし)、")


def _governing_part(lead: str) -> str:
    """The part of a list's lead that governs its items (not a duty of its own it adds after)."""
    m = _LIST_THEN_OWN_DUTY.search(lead)
    return lead[:m.end()] if m else lead


_THE_ONES_BEFORE_RULE = re.compile(r"^(?:[^。]|。(?=[)）])){0,80}?" + _THE_ONES_BEFORE.pattern + "の規定(は|にかかわらず)")


# 「…特定の個人を識別することができるもの（以下「区民情報」という。）について、…次の各号を守ら
# せる」: 「できる」 that describes a noun lends the list no permission.
_ABLE_TO_DESCRIBE = re.compile(r"(ことができる|ことのできる)(?=(もの|者|情報|記録|資料|データ))")
# 「次表の区分に従い、委託者の担当課に報告すること」: the sentence a table of reports follows.
_TABLE_FOLLOWS = re.compile(r"(次表|下表|次の表|以下の表|下記の表)")


# (「個人情報の漏えい、紛失、盗難（そのおそれがある場合を含む。）：…」: a note in the label.)
_ROW_LABEL_WITH_NOTES = re.compile(r"^(?:[^:：。（(]|[（(][^）)]*[）)]){2,60}?[:：]")
_TABLE_RECIPIENT = re.compile(r"(同表|次の表|次表|下表|別表[^、。]{0,6})の(報告先|連絡先|通報先)")
_RECIPIENT_HEADER = re.compile(r"^(報告先|連絡先|通報先|報告の相手方?|報告相手)$")


def _column_names_client_recipient(sent: Sentence, sents: list[Sentence], parties: Parties) -> bool:
    """A table row whose cell under the header's 「報告先」 column names the client (and not the
    contractor): the rows above it up to the header are rows of the same table."""
    if _TABLE_RECIPIENT.search(sent.norm):
        # 「…次の表の左欄に掲げる事態が生じたときは、同表の報告先に…報告し」: the recipients are
        # the table's cells.
        for header in sents[sent.index + 1:sent.index + 15]:
            at = _recipient_column(header)
            if at is not None:
                rows = [r for r in sents[header.index + 1:header.index + 30]
                        if r.attachment == header.attachment and r.article == header.article
                        and _ROW_LABEL_WITH_NOTES.match(r.norm)]
                cells = [_cell(r, at) for r in rows]
                res = party_res(parties)
                return any(c and res.client.search(c) for c in cells) \
                    and not any(c and res.own_side.search(c) for c in cells)
        return False
    if not _ROW_LABEL_WITH_NOTES.match(sent.norm):
        return False
    for header in reversed(sents[max(0, sent.index - 12):sent.index]):
        if header.attachment != sent.attachment or header.article != sent.article:
            return False
        if not ROW_LABEL.match(header.norm):
            return False
        at = _recipient_column(header)
        if at is None:
            continue
        cell = _cell(sent, at)
        res = party_res(parties)
        return bool(cell) and bool(res.client.search(cell)) and not res.own_side.search(cell)
    return False


def _recipient_column(header: Sentence) -> int | None:
    """The index of the 「報告先」 column among a header row's cells after its label."""
    head = ROW_LABEL.match(header.norm)
    if not head:
        return None
    columns = header.norm[head.end():].split("、")
    return next((i for i, c in enumerate(columns) if _RECIPIENT_HEADER.match(c.strip())), None)


def _cell(row: Sentence, at: int) -> str:
    label = _ROW_LABEL_WITH_NOTES.match(row.norm)
    cells = row.norm[label.end():].split("、") if label else []
    return cells[at] if at < len(cells) else ""


def _table_reported_to_client(sent: Sentence, sents: list[Sentence], parties: Parties) -> bool:
    """A row of a table (「第一報｜認知後直ちに｜電話」) under its header row, where the sentence
    before the header reports to the client by that table."""
    header = sents[sent.lead]
    if header.index == 0 or not is_label_line(header.norm):
        return False
    before = sents[header.index - 1]
    return bool(_TABLE_FOLLOWS.search(before.norm)) and bool(party_res(parties).to_client.search(before.norm))


def _among_items(sent: Sentence, named: str | None) -> bool:
    """Whether ``sent`` is one of the 号 ``named`` (「第3号及び第4号」; None names them all, and
    a sentence that is no 号 is the lead they all belong to)."""
    own = _OWN_ITEM.search(sent.article or "")
    return not named or not own or int(own.group(1)) in {
        kanji_to_int(n) for n in re.findall(rf"第([\d{KANJI_DIGITS}]+)号", named)}


def _paragraph_number(sent: Sentence) -> int:
    para = _OWN_PARAGRAPH.search(sent.article or "")
    return int(para.group(1)) if para else 1


# 「第1項の義務は、…終了後も、なおその効力を有する」「前項の規定は、…後も適用する」: a 項 that
# keeps an earlier 項 of the article alive.
_LIVES_ON = r".*(後も|後においても|後であっても|効力を有する|存続する|消滅しない|失わない)"
_NAMED_PARAGRAPH_LIVES_ON = re.compile(
    r"^\s*(前項|第([0-9０-９一二三四五六七八九十]+)項)(前段|後段)?(に定める|に規定する|の)(義務|規定|定め)は、"
    + _LIVES_ON)


# 「第10条の規定は、この契約の終了後もなお効力を有する」 from an article of its own: the duty that
# lives on is article 10's, borne by whoever article 10 binds.
_NAMED_ARTICLE_LIVES_ON = re.compile(
    r"^\s*(?:[^、。]{1,6})?第(\d+)条(?:第(\d+)項)?(に定める|に規定する|の)(義務|規定|定め)は、" + _LIVES_ON)


def _survival_of_named_paragraph(sent: Sentence, sents: list[Sentence]) -> Sentence | None:
    """The opening sentence of the 項 (or the other article) whose duty ``sent`` keeps alive, if
    it names one."""
    if sent.lead is not None:
        return None
    other = _NAMED_ARTICLE_LIVES_ON.match(sent.norm)
    if other:
        label = f"第{int(other.group(1))}条"
        para = int(other.group(2)) if other.group(2) else 1
        return next((s for s in sents if s is not sent and not s.is_item and s.article
                     and s.attachment == sent.attachment
                     and (own := _ARTICLE_LABEL.search(s.article)) and own.group(0) == label
                     and _paragraph_number(s) == para), None)
    m = _NAMED_PARAGRAPH_LIVES_ON.match(sent.norm)
    if not m:
        return None
    number = _paragraph_number(sent) - 1 if m.group(1) == "前項" else kanji_to_int(m.group(2))
    return _paragraph_of_article(sent, sents, number)


def _names_the_ones_before(later: Sentence, sent: Sentence) -> bool:
    """「３　…場合には、当該業務については、前２項の規定は適用しない」 names 1項 from 3項,
    however long 2項's list is."""
    m = _THE_ONES_BEFORE_RULE.match(later.norm)
    if not m:
        return False
    return m.group(1) == "各" or 0 < _paragraph_number(later) - _paragraph_number(sent) <= 2


def _grants_permission(sent: Sentence, sents: list[Sentence]) -> bool:
    """「２　…発注者の…承諾を得たときは、これを再委託することができる。この場合において、…」:
    the 項 ``sent`` is in opens with a permission (whose taking away narrows it)."""
    first = next((s for s in sents if s.para_index == sent.para_index), sent)
    return bool(re.search(r"ことができる。?$", first.norm))


def _in_paragraph(sent: Sentence, named: str | None) -> bool:
    """Whether ``sent`` is in the 項 ``named`` (「第2項」; None names the whole article)."""
    return not named or kanji_to_int(re.sub(r"[第項]", "", named)) == _paragraph_number(sent)


def _owner_article_force(sent: Sentence, sents: list[Sentence]) -> str | None:
    """An effort or a permission in the article a 「別表（第N条関係）」 belongs to."""
    owner = _TABLE_OF_ARTICLE.search(sent.attachment or "")
    if not owner:
        return None
    label = re.compile(rf"(^|\s)第{kanji_to_int(owner.group(1))}条(第|$)")
    opening = next((s for s in sents if s.article and s.attachment != sent.attachment
                    and label.search(s.article)), None)
    force = modality_of(opening.norm.rstrip("。")) if opening is not None else None
    return force if force in ("effort", "permission") else None


def _lists_client_approval(sent: Sentence, parties: Parties) -> bool:
    """「次の各号のいずれにも該当する場合に限り、…委託することができる。一 …発注者の承認を
    事前に得たこと」: the conditions listed include the approval."""
    return bool(sent.items_text) and bool(_ONLY_IF_LISTED.search(sent.norm)) \
        and bool(client_approval_re(parties).search(sent.items_text))


# 「…別表に掲げる行為をしようとするときは、あらかじめ、発注者の書面による承認を受けなければ
# ならない」: the table lists the acts, as a 号 list would.
_TABLE_OF_ACTS = re.compile(rf"({ANNEXED_GROUNDS})[^。、]{{0,6}}?(行為|事項|書類|書面)を")


_NEXT_TABLE_LISTS = re.compile(r"(次の表|次表|下表|以下の表)の?[^、。]{0,6}?に(掲げる|定める|記載する)(事態|事由|事案|事故|場合)")


def _read_tables_of_acts(sents: list[Sentence]) -> None:
    """Give a body sentence that names a table of acts the table's rows as its items."""
    for sent in sents:
        m = None if sent.attachment else _TABLE_OF_ACTS.search(sent.norm)
        if m is None or _EXCEPT_ANNEXED.search(sent.norm) or sent.items_text:
            continue
        rows = _table_rows(m.group(1), sents)
        if 0 < len(rows) <= 30:
            sent.items_text = "".join(r.norm for r in rows)
    for sent in sents:
        if sent.attachment or sent.items_text or not _NEXT_TABLE_LISTS.search(sent.norm):
            continue
        # 「…次の表の左欄に掲げる事態が生じたときは、同表の報告先に…報告し」: the table that
        # follows lists the events.
        rows = []
        for row in sents[sent.index + 1:sent.index + 31]:
            if not _ROW_LABEL_WITH_NOTES.match(row.norm):
                break
            rows.append(row)
        if rows:
            sent.items_text = "".join(r.norm for r in rows)


_PLEDGE_LEAD = re.compile(r"私(は|たちは|どもは)、[^。]*誓約(します|いたします|する)")


def _annexed_grounds(sent: Sentence, sents: list[Sentence]) -> list[Sentence]:
    """The rows of the table 「別表に掲げる場合を除き」 names as the grounds of the sentence's
    exception (or its proviso's: 「…複製してはならない。ただし、別表に定める場合は、この限りで
    ない。」)."""
    annexed = _EXCEPT_ANNEXED.search(sent.norm)
    nxt = sents[sent.index + 1] if sent.index + 1 < len(sents) else None
    if not annexed and nxt is not None and nxt.same_article(sent) and _PROVISO_START.match(nxt.norm):
        annexed = _EXCEPT_ANNEXED.search(nxt.norm)
    return _table_rows(annexed.group(1), sents) if annexed else []


def _table_rows(named: str, sents: list[Sentence]) -> list[Sentence]:
    """The rows of the attachment 「別表第２に掲げる」 names (not those of 別表第２１)."""
    name = re.sub(r"[「」『』\s]", "", re.sub(r"(に掲げる|に定める|に記載(する|の|した))$", "", named))
    heading = {s.attachment: re.sub(r"[「」『』\s]", "", s.attachment) for s in sents if s.attachment}
    return [s for s in sents if s.attachment and heading[s.attachment].startswith(name)
            and not heading[s.attachment][len(name):len(name) + 1].isdigit()]


def _exception_ground_rows(sents: list[Sentence]) -> set[int]:
    """Rows that only state when a ban of the body does not apply: they are read as that ban's
    exception, never as a rule of their own (「区の指示による集計データ：区の指示による」)."""
    return {row.index for s in sents if not s.attachment for row in _annexed_grounds(s, sents)}


def _listed_grounds(sent: Sentence, sents: list[Sentence]) -> str:
    """「次の各号のいずれかに該当する場合を除き、…してはならない。(1) … (2) …」: the items, one per
    line, are the grounds of the sentence's exception (empty when they are not)."""
    rows = _annexed_grounds(sent, sents)
    if rows:
        # (A header row 「区分　要件」 the others hang from states no ground.)
        headers = {s.lead for s in rows}
        return "\n".join(s.norm for s in rows if s.index not in headers)
    if not sent.items_text or not _EXCEPT_LISTED.search(sent.norm):
        return ""
    return "\n".join(s.norm for s in sents[sent.index + 1:sent.index + 40] if s.lead == sent.index)


def _open_to_contractor(sent: Sentence, referenced: str, parties: Parties) -> bool:
    """Does the contractor's own judgement widen what the sentence covers?"""
    # 「次に掲げるものを収集する。…(4) その他受注者の業務責任者が必要と認める項目」: the list
    # is open to whatever the contractor adds.
    if sent.items_text and any(
            "その他" in sent.items_text[max(0, m.start() - 20):m.end()]
            for m in own_judgements(sent.items_text, parties)):
        return True
    # 「「事故」とは、…のうち、指定管理者が重大であると認めたものをいう」: a term the sentence
    # uses covers only what the contractor judges it to.
    return any(re.match(r"[^。、]{0,4}?(もの|範囲|事項|項目)(をいう|をいい|に限る)", referenced[m.end():])
               for m in own_judgements(referenced, parties))


_THIS_DUTY = re.compile(r"^\s*(この|その|当該|前項の)(義務|規定|定め)は、")
# (「３　甲は、第１項の個人情報の漏えいが生じたときは」 two 項 down names it by number.)
_THE_SECRET_BEFORE = re.compile(r"(前項|第[1-3１-３一二三]項)の(秘密|情報|資料|個人情報|個人データ|個人番号|申請書|台帳)")


# 「第5条第3項及び前条の規定は、この契約が終了した後も、なお効力を有する」: a sentence that only
# keeps named provisions alive speaks of what they speak of.
_KEEPS_NAMED_ALIVE = re.compile(r"^\s*(?:第\d+条(?:第\d+項)?|前条)" + ARTICLE_TITLE
                                + r"(?:(?:、|及び|並びに)(?:第\d+条(?:第\d+項)?|前条|本条|この条)" + ARTICLE_TITLE + r")*の規定は、"
                                r"[^。]*(後も|後においても|効力を有する|存続する)")


_SECRET_WORDS = re.compile(r"(秘密|守秘|機密|漏ら|漏えい)")
# 「甲が派遣労働者に守らせる内容」「受注者の遵守事項」: a header cell naming who keeps the rows.
_HEADER_BINDS = re.compile(r"^[^。、]{0,12}が[^。、]{0,12}(守らせる|遵守させる|行わせる|守る|遵守する)(内容|事項)")
# The acts whose product or record a matched word may name: a sentence whose verb is one of
# them (「複製物を作成してはならない」「消去証明書を添えて消去する」) still rules on the act.
_MAKING = frozenset({"作成", "作る", "複製", "複写", "コピー", "生成", "消去", "廃棄", "抹消", "破棄", "削除"})
_PRODUCTS = frozenset({"物", "証明書", "証明", "報告書"})
_RECORDED_DETAILS = frozenset({"日時", "日", "年月日", "状況", "結果", "記録", "件数", "数量"})
# 「前項の承認を得ないで」: an approval described by the 項 before.
_PREVIOUS_APPROVAL = re.compile(rf"(前項|同項|(?<![条\d])第\d{{1,2}}項)の({APPROVAL_NOUNS})")
# 「三に掲げる行為のうち」「第３号の」: a note naming a row by its number; the row's own number.
_NOTE_ROW_NUMBER = re.compile(rf"(?:^|[^第\d{KANJI_DIGITS}])第?([\d{KANJI_DIGITS}]{{1,3}})(?:号)?(?:に掲げる|に定める|の行為)")
_ROW_NUMBER = re.compile(rf"^\s*[（(]?([\d{KANJI_DIGITS}０-９]{{1,3}})[）)]?[\s　.．、:：]")
# 「※注　複製・複写については、」: the acts a note speaks of.
_NOTE_TOPIC = re.compile(r"^([^、。]{2,20}?)(?:について|に関して|に係る部分について)は、")
# 「この契約が終了した場合においても、第９条第２項…の規定は、なお効力を有する」
# (「本契約が期間満了、解除その他の事由により終了した場合であっても、」: the ways it ends, listed.)
_AFTER_THE_END = re.compile(r"^(?:[^。、]|、(?=[^。、]{0,12}(?:その他|又は|若しくは)))+?(においても|であっても|後も|場合も)、")


def _about_others_information(sent: Sentence, sents: list[Sentence], parties: Parties,
                              articles: dict, referenced: str = "") -> bool:
    """「派遣労働者は、乙の営業秘密を…漏らしてはならない」: the contractor's own information,
    not the client's. 「…この契約の終了後も同様とする」 speaks of the sentence before it."""
    about, i = sent.norm, sent.index
    if _KEEPS_NAMED_ALIVE.match(about) or _KEEPS_NAMED_ALIVE.match(_AFTER_THE_END.sub("", about, count=1)):
        # 「第９条第２項、第１３条及び第１９条の規定は、なお効力を有する」: if every provision
        # named that keeps a secret keeps another's (the ward keeping the staffing company's
        # business secrets), the survival is of that, whatever else is named.
        res = party_res(parties)
        named = [_provision_named(m, sent, articles) for m in ARTICLE_REFERENCE.finditer(about)]
        secret_keeping = [t for t in named if t and _SECRET_WORDS.search(t)]
        if secret_keeping and all(res.others_information.search(t) and not res.client_information.search(t)
                                  for t in secret_keeping):
            return True
        about = referenced + about
    # 「２　甲は、前項の秘密が記録された資料を複製してはならず」: whose secret 1項 says; and
    # 「２　派遣元は、前項の個人情報を…漏らしてはならない。退職した後も、同様とする。」: two back.
    # 「…派遣労働者の個人情報を…漏らしてはならない。この義務は、本契約の終了後も存続する。」
    while i > 0 and i > sent.index - 3 and (_LIKEWISE.match(sents[i].norm)
                                            or _THE_SECRET_BEFORE.search(sents[i].norm)
                                            or _THIS_DUTY.match(sents[i].norm)):
        i -= 1
        about = sents[i].norm + about
    return bool(party_res(parties).others_information.search(about)) \
        and not party_res(parties).client_information.search(about)


def _proviso_of_a_later_paragraph(nxt: Sentence, sent: Sentence, sents: list[Sentence]) -> bool:
    """Is ``nxt`` a proviso that belongs to a later 項, not to ``sent``?

    「２　…複製してはならない。ただし、…この限りでない。」 is 2項's proviso, not one of 1項 (a
    proviso after this sentence's own list is still its own). But 「２　乙は、前項各号の措置を講ず
    るに当たり、…。ただし、乙が不要と判断した措置については、これを講じないことができる。」 speaks
    of 1項's measures, and so does 「２　派遣元は、前項の義務を…遵守させる。ただし、…この限りでな
    い。」 (a proviso that only lifts a limit 2項 puts on 1項, 「前項の賠償額は…上限とする。ただし、
    …この限りでない。」, does not)."""
    before = sents[nxt.index - 1]
    return bool(_PROVISO_START.match(nxt.norm)) and before.index != sent.index \
        and before.lead != sent.index and before.para_index != sent.para_index \
        and not (_speaks_of(before, sent, sents) and (
            not re.search(NOT_THIS_LIMIT, nxt.norm)
            or re.search(r"前項の(義務|規定|措置)", before.norm)))


def _speaks_only_of_the_paragraph_before(nxt: Sentence, sent: Sentence, sents: list[Sentence],
                                         about: Sentence) -> bool:
    """「３　前項の規定にかかわらず…」「３　乙は、…前項の検査を拒むことができる」 speak of 2項,
    not of 1項 two paragraphs up — unless 2項 only details 1項 (「２　前項の措置の具体的内容は、
    別紙のとおり」「３　…前項の措置の全部又は一部を省略することができる」), so that 3項's 「前項」
    reaches 1項 too."""
    later_paragraphs = {s.para_index for s in sents[sent.index + 1:nxt.index + 1]
                        if s.lead != sent.index}
    through_details = len(later_paragraphs - {sent.para_index}) == 2 \
        and _speaks_of(sents[nxt.index - 1], sent, sents) \
        and ABOUT_THE_PREVIOUS.match(sents[nxt.index - 1].norm)
    return len(later_paragraphs - {sent.para_index}) >= 2 \
        and bool(_NAMES_THE_ONE_BEFORE.search(nxt.norm)) \
        and not _names_this_provision(nxt.norm, about) and not through_details


def _in_workers_rules(sent: Sentence) -> bool:
    """The sentence is a row of rules the contractor's people keep (「別表２　派遣労働者遵守事項」)."""
    return bool(sent.attachment and _WORKERS_RULES.search(sent.attachment))


def _speaks_of(later: Sentence, sent: Sentence, sents: list[Sentence]) -> bool:
    """``later`` is the first sentence of the 項 right after ``sent``'s and refers to it as
    「前項」."""
    first = later.index > 0 and sents[later.index - 1].para_index != later.para_index
    next_paragraph = [s.para_index for s in sents[sent.index + 1:later.index + 1]
                      if s.lead != sent.index and s.para_index != sent.para_index]
    return bool(first and later.same_article(sent) and set(next_paragraph) == {later.para_index}
                and re.search(r"前項", later.norm))


def reads_schedule(sent: Sentence, schedule: str) -> bool:
    """Whether ``sent`` takes its timing from the attached 仕様書 (「仕様書に定める時期に」)."""
    return bool(schedule) and bool(_NAMES_SPECIFICATION.search(sent.norm)) \
        and not (sent.attachment and _SCHEDULE_ATTACHMENT.search(sent.attachment))


def is_rule_row(sent: Sentence) -> bool:
    """A 「項目：内容」 row whose value is a whole rule with its own topic (「内容：甲は、…選任
    する。」), not a value that completes its siblings (「報告の時期：直ちに」)."""
    return is_label_line(sent.norm) and sent.norm.endswith("。") and "は、" in sent.norm


def _article_number(sent: Sentence) -> int | None:
    """N of the body's 第N条 the sentence belongs to (None in an attachment or outside one)."""
    if sent.attachment or not sent.article:
        return None
    m = re.match(rf"第([\d{KANJI_DIGITS}]+)条", sent.article)
    return kanji_to_int(m.group(1)) if m else None


def _names_this_provision(text: str, sent: Sentence) -> bool:
    """Whether ``text`` names by number the 項 (or 号) ``sent`` belongs to."""
    return bool(NAMED_PROVISION.match(text)) and not _names_another_provision(text, sent)


def _names_another_provision(text: str, sent: Sentence) -> bool:
    """Whether ``text`` names by number a 項 (or 号) other than the one ``sent`` belongs to."""
    m = NAMED_PROVISION.match(text)
    previous_item = _PREVIOUS_ITEM.match(text)
    if previous_item and sent.article:
        # 「２　前項第2号の規定は、…適用しない」 takes nothing from 第1号.
        item = _own_item(sent.article)
        return item is not None and kanji_to_int(previous_item.group(1)) != item
    if not m or not sent.article:
        return False
    para = _OWN_PARAGRAPH.search(sent.article)
    if kanji_to_int(m.group(1)) != (int(para.group(1)) if para else 1):
        return True
    item = _own_item(sent.article)
    return bool(m.group(2) and item is not None and kanji_to_int(m.group(2)) != item)


def _own_item(article: str) -> int | None:
    """The number of the 号 a sentence's label names: 「第10条第2号」, or 「第10条（イ）」 for a
    list lettered ア, イ, ウ."""
    item = _OWN_ITEM.search(article)
    if item:
        return int(item.group(1))
    letter = _OWN_LETTER.search(article)
    return IROHA.index(letter.group(1)) + 1 if letter else None


def _extends_an_effort(sent: Sentence, sents: list[Sentence]) -> bool:
    """「２　前項の指導は、派遣期間終了後の秘密保持についても及ぶ」 after a 項 that is only an
    effort: it extends that effort and is no stronger than it. So does 「…就業を終えた後に
    ついても、同様とする」 right after 「…漏らすことのないよう指導…に努める」."""
    return (sent.index > 0 and bool(_EXTENDS_THE_ONE_BEFORE.match(sent.norm)
                                    or (_CARRIES_ON.search(sent.norm)
                                        and not _ARTICLE_LABEL.search(sent.norm)))
            and sents[sent.index - 1].same_article(sent)
            and modality_of(sents[sent.index - 1].norm) == "effort")


def _heading_of(sent: Sentence) -> str:
    """The heading a sentence sits under: its article's title, or the title of the 別表 whose
    row it is (「別表　派遣労働者による個人情報の取扱基準」)."""
    if sent.article_title:
        return sent.article_title
    if sent.attachment and sent.attachment.startswith("別表"):
        return sent.attachment
    return ""


def _referred_provisions(sent: Sentence, sents: list[Sentence]) -> str:
    """The earlier 項 a sentence names, read for *what* it is about even by a rule whose words
    must be the sentence's own: 「２　前項の検査は、少なくとも年1回実施する」 (the 項 before),
    「３　受注者は、前二項の者の氏名を…」 (every earlier 項 of the article). Not a 項 that puts
    the one before aside (「２　前項の規定にかかわらず、…責任者の氏名については、区に届け出る」
    is about its own words)."""
    overridden = OVERRIDES.match(sent.norm)
    if overridden:
        # 「２　前項の規定にかかわらず、区は、毎年度少なくとも１回、同項の実地調査を行う」
        # still names what 1項 is about.
        if sent.index > 0 and _SAME_ONE_AGAIN.search(sent.norm[overridden.end():]) \
                and sents[sent.index - 1].same_article(sent):
            return sents[sent.index - 1].norm
        return ""
    if sent.index > 0 and _THE_ONE_BEFORE.match(sent.norm) and sents[sent.index - 1].same_article(sent):
        return sents[sent.index - 1].norm
    if _THE_ONES_BEFORE.search(sent.norm):
        return "".join(s.norm for s in sents[max(0, sent.index - 4):sent.index] if s.same_article(sent))
    return ""


def _rule_context_ok(rule, sent: Sentence, contexts: list[str], exclusions: list[str]) -> bool:
    """The context words of ``rule`` allow a verdict on ``sent`` (the tests ``judge_rule``
    makes before it reads a token; a local rule's own context is narrower, so it is never
    dropped here when ``judge_rule`` would keep it)."""
    context = contexts[sent.index]
    return ((not rule.context_any or has_any(context, rule.context_any)
             or table_title_sets_the_scene(_heading_of(sent), rule))
            and not (rule.exclude_any and not rule.local_context
                     and has_any(exclusions[sent.index], rule.exclude_any))
            and (not rule.context_also or has_any(context, rule.context_also)
                 or title_names_information(_heading_of(sent), rule)))


def _lemmas(nlp, texts: list[str]) -> set[str]:
    """The lemmas of the texts' tokens as spaCy's Japanese tokenizer would give them (the
    dictionary form, else the surface), read from Sudachi directly. A superset: spaCy also
    drops empty tokens and merges runs of spaces, so a test against it never rejects a
    sentence a Doc's lemmas would keep."""
    sudachi = nlp.tokenizer.tokenizer
    out: set[str] = set()
    for text in texts:
        for m in sudachi.tokenize(text):
            out.add(m.dictionary_form() or m.surface())
    return out


def _required_lemmas(pattern: list[dict]) -> list[frozenset[str]]:
    """For each token a pattern cannot do without (no OP, or OP + / 1), the lemmas it accepts
    (「LEMMA: 報告」 or 「LEMMA: {IN: [...]}」); tokens with no LEMMA condition, or an optional
    or negated one, constrain nothing here."""
    out = []
    for tok in pattern:
        if tok.get("OP") not in (None, "+", "1"):
            continue
        lemma = tok.get("LEMMA")
        if isinstance(lemma, str):
            out.append(frozenset({lemma}))
        elif isinstance(lemma, dict) and set(lemma) == {"IN"}:
            out.append(frozenset(lemma["IN"]))
    return out


def sentence_context(sent: Sentence, sents: list[Sentence], referenced: str = "",
                     siblings: bool = True) -> str:
    """The text a rule's word conditions are tested on: the sentence, its 号 list (where the
    conditions of a lead sentence live), its lead sentence, for 「前項の場合において…」 the
    sentence it refers back to, and what it brings in by reference (``background``: the opening of
    an article it names, the definitions of the terms it uses). Without ``siblings``, a 号 item's
    sibling items are left out (the one right before it too), and so is the sentence before if
    this one names personal information itself: that is where a rule's exclusions are looked
    for, since a word that marks
    another matter (「滅失」 for security) in a sibling 号 says nothing of this one, nor 「施設及び
    備品を原状に回復して返還」 of 「２　前項の場合において、…個人情報が記録された書類…を返還」."""
    # The first row of a 「項目：内容」 table leads the rows after it only as their sibling:
    # without ``siblings`` they are left out too (「事故等の報告：…生じたときは」 says nothing of
    # 「作業報告：毎月10日までに…」).
    own_items = "" if not siblings and is_label_line(sent.norm) else sent.items_text
    context = referenced + sent.norm + own_items
    if _in_workers_rules(sent):
        # Each row of 「別表２　派遣労働者遵守事項」 is about the workers its title names.
        context += sent.attachment
    if sent.lead is not None:
        # A 号 item reads with its lead sentence and its sibling items: 「次に掲げる事項を記載した
        # 書面を提出」 (1) 管理責任者 (2) 業務従事者 is one report of both. Under a sentence
        # such as 「次の表に定める条件により…」, a row that states a whole rule of its own
        # (「苦情処理：苦情の申出先は、…連絡し、…」) is one term among others (「解除：派遣元が…
        # 違反したときは」), not part of theirs; rows under a first row that leads them
        # (「報告先：委託者」「報告後の対応：受託者は、…」) describe one matter.
        lead = sents[sent.lead]
        independent = is_rule_row(sent) and not is_label_line(lead.norm)
        context += lead.norm + (lead.items_text if siblings and not independent else "")
    prev_is_sibling = sent.index > 0 and sent.lead is not None \
        and sents[sent.index - 1].lead == sent.lead
    if sent.index > 0 and (siblings or ("個人情報" not in sent.norm and not prev_is_sibling)):
        prev = sents[sent.index - 1]
        if prev.lead is not None and prev.lead != sent.lead and prev.lead < prev.index \
                and _NAMES_THE_ONE_BEFORE.search(sent.norm):
            # 「２　前項の場合において…」 after 1項's 号 list: 前項 is the sentence that
            # introduced the list (read with its items), not its last item.
            context = sents[prev.lead].items_text + context
            prev = sents[prev.lead]
        # 「前項の場合において…」 or the next 項 of the same article: its conditions (「契約の
        # 終了後」) often sit one sentence up.
        # (Not for 「前条第1項第1号又は第2号に該当することにより」 after that article's 2項 on
        # budget cuts: the 項 named is not the sentence before; ``referenced`` has its opening.)
        if (BACK_REFERENCE.search(sent.norm) and not _NAMES_PART_OF_THE_ARTICLE_BEFORE.search(sent.norm)) \
                or prev.same_article(sent):
            context = prev.norm + context
            # 「２　前項の規定は、本契約の終了後も適用する。」 after a 項 of two sentences (the
            # duty, then 「ただし、…」): the whole 項 referred to is read.
            first = sent.index - 1
            while first > 0 and sents[first - 1].para_index == prev.para_index \
                    and prev.para_index != sent.para_index and BACK_REFERENCE.search(sent.norm):
                first -= 1
                context = sents[first].norm + context
            # 「３　乙は、前項の報告後、甲の指示に従い…」 after 「２　前項の報告は、…」: what the
            # chain of references is about was said one 項 further up.
            if BACK_REFERENCE.search(sent.norm) and _THE_ONE_BEFORE.match(prev.norm) \
                    and first > 0 and sents[first - 1].same_article(prev):
                context = sents[first - 1].norm + context
    named = _OWN_PARAGRAPH_NAMED.search(sent.norm)
    if named:
        # 「３　受託者は、第１項の返還の後、…残存する当該個人情報を消去し」: the 項 named by number
        # in the same article (its 「委託業務の終了時」), not only the one right before.
        target = _paragraph_of_article(sent, sents, int(named.group(1)))
        if target is not None and target.index < sent.index - 1:
            context = target.norm + context
    return context


# 「第１項の返還の後」: a 項 of the sentence's own article named by number.
_OWN_PARAGRAPH_NAMED = re.compile(r"(?<![条\d])第(\d{1,2})項(?:の|に規定する|に定める)")


def _paragraph_of_article(sent: Sentence, sents: list[Sentence], number: int) -> Sentence | None:
    """The opening sentence of 項 ``number`` of ``sent``'s own article, before ``sent``."""
    return next((s for s in sents[:sent.index] if s.same_article(sent) and not s.is_item
                 and _paragraph_number(s) == number), None)


def detect_kind(structure: Structure, full: str) -> str:
    head = (structure.title or "") + full[:400]
    if re.search(r"労働者派遣", head) or (re.search(r"派遣元", full) and re.search(r"派遣先", full)
                                        and re.search(r"派遣労働者", full)):
        return "dispatch"
    title = structure.title or ""
    # (「個人情報取扱特記事項の変更に関する覚書」 is an agreement that binds one.)
    if "特記事項" in title and structure.articles >= 0 and not re.search(r"契約書|協定書|覚書|変更契約", title):
        return "special-provisions"
    if re.search(r"(委託|指定管理)", head) or any("特記事項" in a for a in structure.attachments):
        return "outsourcing"
    if re.search(r"(業務委託|委託契約|指定管理)", full):
        return "outsourcing"
    # 「ソフトウェア保守契約書」「運用保守サービス契約書」 without the word 委託: a service contract
    # under which the company handles the ward's personal information is outsourcing too.
    if re.search(r"(保守|運用|役務|業務)", title) and re.search(r"(保守|運用|役務|業務)", full[:800]) \
            and len(re.findall(r"個人情報", full)) >= 3:
        return "outsourcing"
    return "unknown"


_ENGINES: dict = {}


def get_engine(config: Config | None = None, prefilter: bool = True) -> Engine:
    """One engine per process and configuration (patterns loaded and validated once)."""
    config = config or Config()
    key = (tuple(str(p) for p in config.pattern_dirs), config.enable, config.disable,
           config.max_file_mb, prefilter)
    if key not in _ENGINES:
        _ENGINES[key] = Engine(load_patterns(config.pattern_dirs), config, prefilter)
    engine = _ENGINES[key]
    engine.config = config
    return engine


def check_paths(paths, kind: str | None = None, config: Config | None = None) -> DocumentResult:
    return get_engine(config).check_paths(paths, kind)


def facet_levels(engine: Engine, text: str, item_id: str, kind: str) -> dict[str, str]:
    """The best level each facet of one item reaches in ``text`` (for pattern examples)."""
    engine._collect = []
    try:
        engine.check_text(text, "example.txt", kind=kind)
        hits = [h for h in engine._collect]
    finally:
        engine._collect = None
    spec = engine.specs_by_id()[item_id]
    facet_ids = {f.id for f in spec.facets}
    out: dict[str, str] = {}
    for h in hits:
        if h.facet in facet_ids and h.sentence is not None:
            if out.get(h.facet) != "adequate":
                out[h.facet] = h.level
    return out
