"""Normalization and the article tree.

Blocks from extraction become logical paragraphs (lines broken by a PDF layout or a text
editor's wrapping are joined again), then sentences, each knowing its article label
(「特記事項 第5条第2項第1号」), its attachment, the lead sentence of a 号 list, and its location.
Evidence always quotes the original sentence text, so it maps back to the source.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from .model import Block, Location

_KANJI_NUM = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_KANJI_UNIT = {"十": 10, "百": 100, "千": 1000}


def kanji_to_int(text: str) -> int | None:
    """第十二条 -> 12, 百二 -> 102, 二〇 -> 20. None if ``text`` is not a kanji numeral."""
    if not text:
        return None
    if text.isdigit():
        try:
            return int(text)
        except ValueError:  # digits such as 「²」 that int() does not take
            return None
    total, current = 0, 0
    positional = all(ch in _KANJI_NUM for ch in text)
    if positional:  # 二〇 style
        value = 0
        for ch in text:
            value = value * 10 + _KANJI_NUM[ch]
        return value
    for ch in text:
        if ch in _KANJI_NUM:
            current = _KANJI_NUM[ch]
        elif ch in _KANJI_UNIT:
            total += (current or 1) * _KANJI_UNIT[ch]
            current = 0
        else:
            return None
    return total + current


_KANJI_CLASS = "〇零一二三四五六七八九十百千"
_ARTICLE_NUM = re.compile(rf"第([0-9]+|[{_KANJI_CLASS}]+)(条|項|号)")
# Conjunctions and other forms officers write both ways; we keep the kanji form (legal style).
_VARIANTS = [("または", "又は"), ("および", "及び"), ("もしくは", "若しくは"), ("ならびに", "並びに"),
             ("すみやかに", "速やかに"), ("ただちに", "直ちに"), ("漏洩", "漏えい"),
             ("き損", "毀損"),
             # The 2010 常用漢字 form of 填 (「損害を塡補する」).
             ("塡", "填"),
             # Old character forms of a pre-war style text (「第九條」「謄寫」「從ヒ」).
             ("條", "条"), ("寫", "写"), ("從", "従"), ("處", "処"), ("當", "当"), ("實", "実"),
             ("關", "関"), ("擔", "担"), ("證", "証"), ("歸", "帰"), ("辨", "弁"), ("於テ", "おいて"),
             ("洩", "漏")]

_CIRCLED_ITEM = re.compile(r"(項)([①-⑳])")
IROHA = "アイウエオカキクケコサシスセソ"
_KATAKANA_ITEM = re.compile(rf"(前項|第[0-9０-９一二三四五六七八九十]+項)([{IROHA}])(の|に|及び|から)")


# Katakana endings after kanji (「乙ハ」「報告シ」「従ヒ」「所ニ」), as old texts are written.
_KATAKANA_OKURIGANA = re.compile(r"[一-龥][ハヲニノガヘトシスルヒリ][一-龥、。]")
_KATAKANA_TO_HIRAGANA = {c: c - 0x60 for c in range(ord("ァ"), ord("ヶ") + 1)}
_IROHA_MARK = re.compile(r"^\s*[ア-ン][\s　.．)）]")
_OLD_VERB_STEMS = "従|行|払|償|失|負|言|使|扱|違|問|争|伴|補|貰|拾|整|揃|伺"
_OLD_HA_ENDING = re.compile(rf"({_OLD_VERB_STEMS})は(?=な|ざ|ず|れ|せ|しめ)")
_OLD_HI_ENDING = re.compile(rf"({_OLD_VERB_STEMS})ひ(?=、|て|たる|つつ)")

# Old modal endings and their modern forms: 「複製スルコトヲ得」 is 「複製することができる」;
# 「遵守せしむべし」「返還すべし」「洩らさざること」 are old duties and bans.
_OLD_MODAL_ENDINGS = (
    (re.compile(r"することを得(?=[、。\n]|$)", re.M), "することができる"),
    (re.compile(r"せしむべし(?=[、。\s]|$)", re.M), "させなければならない"),
    (re.compile(r"す[べへ]し(?=[、。\s]|$)", re.M), "しなければならない"),
    (re.compile(r"ざること(?=[、。\s]|$)", re.M), "ないこと"),
)


def normalize(text: str, squeeze: bool = True) -> str:
    """NFKC, unified conjunctions, arabic article numbers (第十二条 -> 第12条), no stray spaces."""
    # 「前項②の規定は」 names 号 ② (NFKC would leave a bare 「前項2」).
    text = _CIRCLED_ITEM.sub(lambda m: f"{m.group(1)}第{ord(m.group(2)) - 0x245F}号", text)
    # 「前項イの規定は」 names 号 イ.
    text = _KATAKANA_ITEM.sub(lambda m: f"{m.group(1)}第{IROHA.index(m.group(2)) + 1}号{m.group(3)}", text)
    text = unicodedata.normalize("NFKC", text)
    for a, b in _VARIANTS:
        text = text.replace(a, b)
    if len(_KATAKANA_OKURIGANA.findall(text)) >= 3:
        # 「乙ハ、…遅滞ナク其ノ状況ヲ甲ニ報告シ、甲ノ指示スル所ニ従ヒ」: an old text writes its
        # endings in katakana; the parser reads them only in hiragana. (A leading 号 mark 「ア」
        # stays as it is.)
        head = _IROHA_MARK.match(text)
        start = head.end() if head else 0
        text = text[:start] + text[start:].translate(_KATAKANA_TO_HIRAGANA)
        # (and with the old spelling of verb endings: 「従ハナケレバ」 is 「従わなければ」.)
        text = _OLD_HA_ENDING.sub(r"\1わ", text)
        text = _OLD_HI_ENDING.sub(r"\1い", text)
        for old_form, modern in _OLD_MODAL_ENDINGS:
            text = old_form.sub(modern, text)

    def num(m: re.Match) -> str:
        value = kanji_to_int(m.group(1))
        return f"第{value}{m.group(2)}" if value is not None else m.group(0)

    text = _ARTICLE_NUM.sub(num, text)
    if squeeze:
        # Spaces inside Japanese text are layout, not meaning (full-width ones became ' ').
        text = re.sub(r"(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])", "", text)
    return text.strip()


def strip_markers(text: str) -> str:
    """Remove a leading 第N条 / heading / 項 number / 号 marker: structure, not language."""
    text = text.lstrip()
    # (「第7条及び第8条の規定は、…なお効力を有する」 opens with a reference, not a number.)
    m = article_match(text)
    if m:
        text = text[m.end():].lstrip()
        text = re.sub(r"^[（(][^（）()]{1,30}[）)]\s*", "", text)
    m = (_HYPHEN_NUM.match(text) or _KOU.match(text) or _GOU.match(text) or _SECTION_MARK.match(text)
         or _ART_NO_JO_TEXT.match(text) or _NUM_TITLE_TEXT.match(text))
    if m:
        text = text[m.end():]
        # 「4　複製の制限　甲は、…」: the section's title on the same line, set off by a space.
        text = _INLINE_TITLE.sub("", text, count=1)
    return text.strip()


# The text after the title is a sentence with its own topic (「甲は、」), not a 仕様書 value
# (「3　抽出方法　住民基本台帳からの…」).
_INLINE_TITLE = re.compile(r"^\s*[^\s、。「」（）()]{2,15}[ 　]+(?=[^\s、。]{1,12}は、)")


# ---------------------------------------------------------------- structure markers
_ART = re.compile(rf"^\s*第\s*([0-9０-９]+|[{_KANJI_CLASS}]+)\s*[条條](?:の([0-9０-９]+|[{_KANJI_CLASS}]+))?")
# 特記事項 often number their sections 「第１　秘密の保持」 (no 条): an article with a title.
_ART_NO_JO = re.compile(rf"^\s*第\s*([0-9０-９]+|[{_KANJI_CLASS}]+)[\s　]+([^。]{{1,30}})$")
# 「第１（趣旨）」: the same with the title in brackets and no space.
_ART_NO_JO_PAREN = re.compile(rf"^\s*第\s*([0-9０-９]+|[{_KANJI_CLASS}]+)\s*[（(]([^（）()。]{{1,30}})[）)]\s*$")
# 「10（立入検査）」 on its own line: a numbered section with its title (特記事項 style).
_NUM_TITLE = re.compile(r"^\s*([0-9０-９]{1,2})\s*[（(]([^（）()。]{1,30})[）)]\s*$")
# 「2（目的外利用等の禁止）受注者は、…」: the same with the section's text on the line.
_NUM_TITLE_TEXT = re.compile(r"^\s*([0-9０-９]{1,2})\s*[（(]([^（）()。]{1,30})[）)][\s　]*(?=\S)")
# 「第11　乙は、…」 (第N with no 条, then the text): not 「第1項」「第三者」, which have no space.
# 「第５（車両の使用）　乙は、…」: the same with its title in brackets before the text.
_ART_NO_JO_TEXT = re.compile(rf"^\s*第\s*([0-9０-９]+|[{_KANJI_CLASS}]+)(?:[\s　]+|\s*[（(][^（）()。]{{1,30}}[）)][\s　]*)(?=\S)")
_HEADING = re.compile(r"^\s*[（(][^（）()。]{1,30}[）)]\s*$")
# 「２　…」, and 「2. …」 as some company forms number their 項.
_KOU = re.compile(r"^\s*([2-9２-９]|[1-9][0-9]|[１-９][０-９])[.．]?[\s　]")
# 「(a)」「（ｂ）」: latin letters number 号 in contracts drafted after English models.
_GOU = re.compile(rf"^\s*(?:[（(]([0-9０-９]{{1,2}}|[{_KANJI_CLASS}]{{1,3}}|[ア-ンｱ-ﾝ]|[a-hａ-ｈ])[）)]|([{_KANJI_CLASS}]{{1,3}})[\s　]|([①-⑳])|([ア-ンｱ-ﾝ])[\s　])")
_ATTACH = re.compile(r"^\s*[【\[]?\s*(別記|別紙|別添|別表|付属書|附属書)\s*([0-9０-９一二三四五六七八九十]*)")
_TITLE_WORDS = ("特記事項", "仕様書", "契約書", "協定書", "覚書", "約款", "ルール", "誓約書", "明示書")
_END_PUNCT = tuple("。：:）)」』】")
# A line that can only go on a sentence (「とともに、」「を提出する。」「に報告」).
_PARTICLE_START = re.compile(r"^(とともに|と|を|に|の|が|は|で|も|へ|や|から|まで|より)(?![\d０-９])")
# A running header that ends with the page number (「練馬区立□□図書館　協定書　　　　１４」).
_HEADER_WITH_PAGE = re.compile(r"^[^。、]{2,40}?[ 　]{3,}[-－―‐ー（(]?\s*[0-9０-９]{1,4}\s*[-－―‐ー）)]?\s*$")
_PAGE_LINE = re.compile(r"^\s*[-－―‐ー（(]?\s*[0-9０-９]{1,4}\s*(?:/\s*[0-9０-９]{1,4})?\s*[-－―‐ー）)]?\s*$")


# A table written as lines: 「報告の時期：毎月10日まで」「事故発生時の連絡：…」. Each starts a new
# unit; under 「次のとおり報告しなければならない。」 they are the list the sentence introduces.
_LABEL_LINE = re.compile(r"^\s*[^\s：:。、「」『』（）()]{2,20}(?:[（(][^（）()。]{1,40}。?[）)])?\s*[：:]\s*\S")
# The same table laid out in columns (「　報告先　　　委託者（所管課長）」), as text files and PDF text
# layers give it: a short label, a gap of two or more spaces, the value. Read as 「報告先：…」 when a
# neighbouring line is laid out the same way (one such line alone may be a spaced title).
_COLUMN_ROW = re.compile(r"^[ 　]*([^\s：:。、「」『』]{2,20})([ 　]+)([^ 　].*)$")
# A numbered row of such a table (「１　利用の範囲　　　　派遣業務に必要な範囲に限り…」): the number
# is the row's, the short label and a wide gap make it a row rather than a numbered sentence.
_NUMBERED_COLUMN_ROW = re.compile(r"^[ 　]*[0-9０-９]{1,2}[ 　]+([^\s：:。、「」『』｜|]{2,12})([ 　]{2,})([^ 　｜|].*)$")
# 「1　乙は、…」「2　目的」: a 特記事項 or 仕様書 numbering its sections with bare numbers.
_SECTION_NUM = re.compile(r"^\s*([0-9０-９]{1,2})[\s　]+\S")
# 仕様書 numbering 「4-1　受託者は、…」「4-2　前項の措置は、…」: section 4, its 項 1 and 2.
_HYPHEN_NUM = re.compile(r"^\s*([0-9０-９]{1,2})[-－‐ー]([0-9０-９]{1,2})[\s　]+(?=\S)")
_SECTION_MARK = re.compile(r"^\s*[0-9０-９]{1,2}[.．]?[\s　]+")
# 「1　報告事項　…」「2　報告時期　…」 right under 「次に掲げる事項を報告しなければならない。」 (or its
# 「記」): a list numbered with bare digits, which otherwise read as a heading and 項 2.
_DIGIT_ITEM = re.compile(r"^\s*([0-9０-９]{1,2})[\s　.．]")
# A sentence that announces a list: 「次に掲げる事項」「次に定めるところにより」「下記の」.
_LIST_LEAD = re.compile(r"(次の|次に(?:掲げる|定める|示す|規定する|挙げる|記載する)|次により|以下の|下記の|下記により|次表|下表)")
_XREF_AFTER = tuple("のに及又かまをがでと第、。並若中各前後)）もはや")


def article_match(text: str):
    """A 第N条 at the start of a line that opens an article, not a cross-reference that a PDF
    line break happened to put first (「…毎月、契約書 / 第12条の月次業務報告書により…」)."""
    m = _ART.match(text)
    if m is None:
        return None
    rest = text[m.end():].lstrip(" 　")
    # 「第15条　前記第10条の監査は…」: a space after 条 sets off an article's number; a
    # cross-reference runs on (「第12条の月次業務報告書」).
    spaced = text[m.end():m.end() + 1] in (" ", "　")
    if rest.startswith(_XREF_AFTER) and not rest.startswith(("(", "（")) and not spaced:
        return None
    return m


def is_structural_start(line: str) -> bool:
    s = line.strip()
    return bool(article_match(s) or _HEADING.match(s) or _KOU.match(s) or _GOU.match(s)
                or _ATTACH.match(s) or is_title_line(s) or _LABEL_LINE.match(s)
                or _NUM_TITLE.match(s) or _NUM_TITLE_TEXT.match(s) or _ART_NO_JO_TEXT.match(s)
                or _ART_NO_JO_PAREN.match(s) or _BOX_BULLET.match(s) or _HYPHEN_NUM.match(s)
                or _BAR_ROW.search(s))


def is_title_line(s: str) -> bool:
    s = s.strip()
    if len(s) > 40 or "。" in s or "、" in s:
        return False
    if article_match(s):
        # 「第11条（特記事項）」 heads an article of the contract, not a new document.
        return False
    # 「特記事項（個人情報の取扱い）」: a title may end in a parenthetical subtitle.
    core = re.sub(r"[（(][^（）()]{1,20}[）)]$", "", s.replace(" ", "").replace("　", ""))
    if core.endswith(_TITLE_WORDS):
        return True
    if core in ("特約事項", "特約条項"):
        # A heading of its own after the last article (not 「21　特約事項」, a numbered row).
        return True
    # 「個人情報の取扱いについての約束（特記事項）」: the document type in the parenthetical.
    kind = re.search(r"[（(]([^（）()]{1,20})[）)]$", s) if len(core) >= 4 else None
    return bool(kind and kind.group(1).endswith(_TITLE_WORDS))


@dataclass
class Paragraph:
    text: str
    loc: Location
    label: str | None = None       # from Word numbering
    pieces: list[tuple[int, Location]] = field(default_factory=list)  # (offset, loc) of joined lines
    # A table row laid out in columns: (start, end) of the gap between label and value in
    # ``text``, read as 「：」 (the quoted text keeps the spaces).
    column_gap: tuple[int, int] | None = None
    # The last joined line was as wide as the lines around it (a wrapped line, even when the
    # page is narrow or the line was letter-spaced and is shorter once unspaced).
    last_full: bool = False


# 「第 1 3 条 （ 監 査 ）」「年 1 回以上」: a PDF text layer of justified (letter-spaced) text puts a
# space between every character; three or more single characters in a row, each one space apart,
# are one word (normal text never has that shape).
_LETTER_SPACED = re.compile(r"\S(?: \S){2,}")


def unspace_letters(line: str) -> str:
    """Remove the spaces a letter-spaced layout put between single characters."""
    if line.count(" ") < 2:
        return line
    # Only runs with Japanese in them (「年 1 回」, not 「1 2 3」 in a table of figures).
    return _LETTER_SPACED.sub(
        lambda m: m.group(0).replace(" ", "") if len(re.findall(r"[^\x00-\x7f ]", m.group(0))) >= 2
        else m.group(0), line)


def _line_gap(prev: Paragraph, block: Block) -> bool:
    """A blank line lies between the previous paragraph's last line and ``block`` (text
    extraction drops blank lines but keeps the line numbers)."""
    last = prev.pieces[-1][1].line if prev.pieces else None
    return last is not None and block.loc.line is not None and block.loc.line - last > 1


def join_lines(blocks: list[Block]) -> list[Paragraph]:
    """Re-join lines that a layout broke in the middle of a sentence.

    Only line-oriented sources (text, PDF) are joined; a Word paragraph is already a paragraph.
    A line continues the previous one when the previous does not end a sentence or a heading,
    is long enough to have been wrapped, and this line does not start a new structural unit.
    """
    repeated = _repeated_short_lines(blocks)
    column_gaps = _column_rows(blocks)
    seen: set[str] = set()
    paras: list[Paragraph] = []
    after_page_number = False
    # Printed widths of the lines (unspaced), for telling a wrapped line on a narrow page.
    widths = [len(unspace_letters(b.text.strip())) if b.loc.line is not None or b.loc.page is not None
              else 0 for b in blocks]
    for n, b in enumerate(blocks):
        line_oriented = b.loc.line is not None or b.loc.page is not None
        text = unspace_letters(b.text.rstrip()) if line_oriented else b.text.rstrip()
        stripped = text.strip()
        if not stripped:
            continue
        if line_oriented and (_PAGE_LINE.match(stripped) or stripped in repeated
                              or _HEADER_WITH_PAGE.match(stripped)):
            after_page_number = bool(_PAGE_LINE.match(stripped))
            if paras:
                # The page ended here: a sentence left open goes on on the next page, however
                # short its last line.
                paras[-1].last_full = True
            continue
        if line_oriented and after_page_number and paras and (
                _looks_like_page_header(paras[-1], stripped)
                or (stripped in seen and len(stripped) <= 50 and "。" not in stripped)):
            # The running header printed at the top of the next page (「令和7年度　…業務委託」),
            # or any short line repeated from earlier in the document (the contract's title).
            after_page_number = False
            continue
        # Lines wrapped on a narrow page (14-17 characters) still fill it: as wide as the
        # widest of their neighbours (measured unspaced).
        width = len(b.text.strip())
        full = line_oriented and width >= 12 and width >= 0.85 * max(widths[max(0, n - 8):n + 9])
        after_page_number = False
        seen.add(stripped)
        if line_oriented and paras and _is_running_header(paras[-1], stripped, blocks[n + 1:n + 2]):
            continue
        # A table row laid out in columns may wrap onto the next line, but not across a blank
        # line (the table has ended: 「乙は、上表の事項を遵守させる。」).
        if (line_oriented and paras and paras[-1].label is None and b.label is None
                and n not in column_gaps
                and not (paras[-1].column_gap is not None and _line_gap(paras[-1], b))
                and not _under_attachment_mark(paras)
                and _continues(paras[-1], stripped)):
            prev = paras[-1]
            prev.pieces.append((len(prev.text), b.loc))
            prev.text += stripped
            prev.last_full = full
            continue
        paras.append(Paragraph(stripped if line_oriented else text.strip(), b.loc, b.label,
                               [(0, b.loc)], column_gaps.get(n) if line_oriented else None,
                               full))
    return paras


def _under_attachment_mark(paras: list[Paragraph]) -> bool:
    """The last line stands alone under a lone 「別添」「別紙1」: it is the attachment's title
    (「派遣就業における個人情報取扱遵守事項」), however long, and the next line starts the text."""
    if len(paras) < 2 or len(paras[-1].pieces) != 1 or "。" in paras[-1].text or "、" in paras[-1].text:
        return False
    mark = paras[-2].text.strip()
    return bool(_ATTACH.match(mark)) and len(mark) < 12 and "。" not in mark


def _column_rows(blocks: list[Block]) -> dict[int, tuple[int, int]]:
    """Blocks that are rows of a table laid out in columns (「報告先　　委託者」), with the gap
    between label and value in the stripped text: a run of two or more such lines of which at
    least one has a gap of two spaces or more (a long label is followed by a single one)."""
    matches = [(_COLUMN_ROW.match(b.text.strip()) if not is_structural_start(b.text)
                else _NUMBERED_COLUMN_ROW.match(b.text.strip()))
               if b.loc.table is None and (b.loc.line is not None or b.loc.page is not None)
               and not is_title_line(b.text) else None
               for b in blocks]
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and (matches[j] or _wrapped_between(blocks, matches, j, i)):
            j += 1
        run = [m for m in matches[i:j] if m]
        # A table of contents (「安全管理措置　　　第4」) lists articles; it states no terms.
        contents = sum(bool(_CONTENTS_VALUE.match(m.group(3).strip())) for m in run)
        if len(run) >= 2 and any(len(m.group(2)) >= 2 for m in run) and contents * 2 < len(run):
            for k in range(i, j):
                if matches[k]:
                    out[k] = matches[k].span(2)
        i = max(j, i + 1)
    return out


def _wrapped_between(blocks: list[Block], matches: list, j: int, start: int) -> bool:
    """「定例報告　　四半期ごとに、…報告書」「により報告」「障害報告　　障害発生時は…」: the end of
    a row's value wrapped onto a line of its own, between two rows, keeps the table together."""
    text = blocks[j].text.strip()
    return j > start and matches[j - 1] is not None and j + 1 < len(blocks) \
        and matches[j + 1] is not None and bool(text) and not re.search(r"[ 　]", text) \
        and not is_title_line(blocks[j].text) and not is_structural_start(blocks[j].text)


# The preamble that names both parties (「株式会社○○（以下「甲」という。）と○○区（以下「乙」という。）
# は、…以下のとおり定める。」) introduces the whole contract, not a list under it.
_PARTIES_DEFINED = re.compile(r"以下\s*[「『][^」』]{1,8}[」』]\s*という.*?以下\s*[「『][^」』]{1,8}[」』]\s*という")


# A table row as the pipeline reads it (「個人情報の複製・複写：乙の…」), up to its first colon:
# the label, with the cells after it.
ROW_LABEL = re.compile(r"^[^:：。]{2,40}[:：]")


def is_label_line(text: str) -> bool:
    """「報告の時期：毎月10日まで」: a table row written as a line."""
    return bool(_LABEL_LINE.match(text))


_CONTENTS_VALUE = re.compile(r"^(第\s*[0-9０-９一二三四五六七八九十]+\s*条?|[0-9０-９]{1,3}|[-―ー－].*)$")


def as_label_line(text: str, gap: tuple[int, int] | None) -> str:
    """「報告先　　委託者」 read as 「報告先：委託者」, and a row drawn with bars
    (「複製・複写｜不可｜ただし、…」) as 「複製・複写：不可、ただし、…」."""
    if gap is None or gap[1] > len(text):
        return bar_row(text)
    return text[:gap[0]] + "：" + text[gap[1]:]


# A table drawn with bars (「複製・複写｜不可｜ただし、…」, Markdown 「| a | b |」).
# (And 「書類　／　時期　／　備考」: slashes set off by spaces, two or more on the line.)
# (And 「複製・複写\t×\t甲が指示した場合に限り可」: cells separated by tabs, as a table pasted
# from a spreadsheet or a word processor gives them.)
_BAR = re.compile(r"\s*[｜|]\s*|[ 　]+／[ 　]+|[ 　]*\t+[ 　]*")
# (「複製・複写／不可／区が事前に書面で承認したときに限り可とする。」: bare slashes after short
# cells, two or more on the line.)
# (And 「複写・複製　／　乙が業務上必要と認める範囲で可」: one slash set off by spaces after a short
# label, a two-column row; 「個人情報を含む電磁的記録の外部媒体への保存　／　…」 is short enough.)
_SLASH_ROW = re.compile(r"^\s*[^／。、\s]{1,20}／[^／。]{1,12}／|^\s*[^／。、\s]{1,30}[ 　]+／[ 　]+\S")
_BAR_ROW = re.compile(r"｜|\S\s*\|\s*\S|^\s*\||[ 　]／[ 　].*[ 　]／[ 　]|\S[ 　]*\t+[ 　]*\S|" + _SLASH_ROW.pattern)
_NUMBER_CELL = re.compile(r"^[(（]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．]?$")
_RULE_ROW = re.compile(r"^[\s｜|:：\-－ー―=＝+＋]*$")


def bar_row(line: str) -> str:
    """A row of a table drawn with bars, as the line the rest of the pipeline reads: 「label：
    cell、cell」, the shape of a two-column row (「報告の時期：毎月10日まで」). A ruling line
    (「---|---」) is dropped. Other lines are returned unchanged."""
    if not _BAR_ROW.search(line):
        return line
    if _RULE_ROW.match(line):
        return ""
    bar = re.compile(r"\s*／\s*") if _SLASH_ROW.match(line) and not re.search(r"[｜|]", line) else _BAR
    cells = [c for c in bar.split(line.strip()) if c]
    if len(cells) >= 3 and _NUMBER_CELL.match(cells[0]):
        # A numbering column (「１｜個人情報管理責任者届｜契約締結後７日以内」) labels nothing.
        cells = cells[1:]
    if len(cells) < 2:
        return "".join(cells)
    return cells[0] + "：" + "、".join(cells[1:])


def _looks_like_page_header(prev: Paragraph, line: str) -> bool:
    """Is ``line``, printed right after a page number, the next page's running header? After a
    finished sentence any short unpunctuated line is; in the middle of a sentence only a line
    that reads like a document title is (a continuation line would be swallowed otherwise)."""
    if "。" in line or len(line) > 50:
        return False
    mid_sentence = not prev.text.rstrip().endswith(_END_PUNCT)
    # A title line starts a new document after a finished sentence (an attachment on a new
    # page), but cannot in the middle of one.
    if is_structural_start(line) and not (mid_sentence and is_title_line(line)):
        return False
    if not mid_sentence:
        return True
    return "、" not in line and line.replace(" ", "").replace("\u3000", "").endswith(
        _TITLE_WORDS + ("委託", "業務"))


def _is_running_header(prev: Paragraph, line: str, following: list[Block]) -> bool:
    """A short title line that a page break put in the middle of a sentence (「…第三者に漏 /
    個人情報の取扱いに関する特記事項 / らしてはならない。」): the sentence goes on after it."""
    if not following or len(line) > 30 or "。" in line or "、" in line or _ATTACH.match(line):
        # An attachment's heading printed once (「別紙2　個人情報取扱特記事項」) starts it.
        return False
    if not (is_title_line(line) or _HEADING.match(line)
            or (_LABEL_LINE.match(line) and len(line) <= 20)):
        return False
    nxt = following[0].text.strip()
    last = prev.text.rstrip()
    # (Not under a title line of its own, 「令和６年度　…業務委託契約書」 then 「特記事項（個人情報
    # 関係）」: two heading lines, no sentence broken.)
    return (not last.endswith(_END_PUNCT) and len(last[prev.pieces[-1][0]:]) >= 18
            and not (len(prev.pieces) == 1 and is_title_line(last))
            and bool(nxt) and not is_structural_start(nxt))


def _continues(prev: Paragraph, line: str) -> bool:
    last = prev.text.rstrip()
    if not prev.pieces or prev.pieces[-1][1].table is not None:
        return False
    if prev.pieces[-1][1].line is None and prev.pieces[-1][1].page is None:
        return False
    if is_structural_start(line):
        return False
    if line.startswith(("・", "･")) and last[prev.pieces[-1][0]:].startswith(("・", "･")):
        # 「・派遣業務の遂行以外の目的での利用の禁止」 / 「・派遣先の許可のない複製…の禁止」: a run
        # of bulleted rows without 。, one row a line (a wrapped line may start with 「・」, but not
        # after a line that started with one too).
        return False
    # 「（以下「管理責任者」」 / 「という。）を選任し」: a parenthesis still open means the
    # sentence goes on, whatever the line ends with.
    if last.count("（") + last.count("(") > last.count("）") + last.count(")"):
        return True
    if last.endswith(("）", ")")) and prev.last_full and _PARTICLE_START.match(line):
        # 「…名簿（氏名…を記載したもの）」 / 「とともに、…報告しなければならない。」, 「…責任者
        # （以下「業務責任者」という。）」 / 「を定め、…」: a full line closing a parenthesis, and the
        # next one opening with a particle, is one sentence.
        return True
    if last.endswith(("」", "』")) and not last.endswith(("。」", "。』")) and _PARTICLE_START.match(line):
        # 「…別記「個人情報取扱特記事項」 / を守らなければならない。」: a quoted name, and the next
        # line going on with a particle.
        return True
    if last.endswith(_END_PUNCT):
        return False
    if _HEADING.match(last) or is_title_line(last) or _ATTACH.match(last) and len(last) < 20:
        return False
    # The last physical line of the previous paragraph must look wrapped, not short.
    last_piece = last[prev.pieces[-1][0]:]
    return len(last_piece) >= 18 or prev.last_full


def _repeated_short_lines(blocks: list[Block]) -> set[str]:
    """Running headers/footers of a PDF: the same short line on three or more pages."""
    pages: dict[str, set[int]] = {}
    for b in blocks:
        if b.loc.page is None:
            continue
        s = b.text.strip()
        if 0 < len(s) <= 30 and not s.endswith("。"):
            pages.setdefault(s, set()).add(b.loc.page)
    return {s for s, p in pages.items() if len(p) >= 3 and not _ART.match(s)}


# ---------------------------------------------------------------- sentences and the tree
@dataclass
class Sentence:
    text: str                  # original text (quoted as evidence)
    norm: str                  # normalized text (matched and parsed)
    loc: Location
    article: str | None        # e.g. "第5条第2項第1号" (with attachment prefix when in one)
    attachment: str | None     # e.g. "別記 個人情報取扱特記事項"
    article_title: str | None  # e.g. "秘密の保持"
    index: int = 0
    para_index: int = 0
    is_item: bool = False      # a 号 (list item) sentence
    lead: int | None = None    # index of the sentence introducing the 号 list
    items_text: str = ""       # for a lead sentence: its 号 items' text (conditions live there)

    def same_article(self, other: "Sentence") -> bool:
        """In the same 第N条 (of the same attachment), whichever 項 or 号."""
        return bool(self.article and other.article and
                    self.article.split("第")[:2] == other.article.split("第")[:2])


@dataclass
class Structure:
    sentences: list[Sentence]
    title: str | None
    attachments: list[str]
    articles: int
    headings: list[tuple[str, Location]]   # attachment / title headings with locations


_OMITTED = re.compile(r"(以下|以降|から)[^()（）]{0,10}(略|省略)[)）]?\s*$")
_SENT_END = re.compile(r"(?<=。)(?![」）)』])")


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Split at 「。」 outside brackets. Returns (offset, sentence) pairs covering ``text``."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "「（(『":
            depth += 1
        elif ch in "」）)』" and depth:
            depth -= 1
        elif ch == "。" and depth == 0:
            piece = text[start:i + 1]
            if piece.strip():
                out.append((start, piece))
            start = i + 1
    if text[start:].strip():
        out.append((start, text[start:]))
    return out


def _loc_at(para: Paragraph, offset: int) -> Location:
    loc = para.pieces[0][1] if para.pieces else para.loc
    for off, piece_loc in para.pieces:
        if off <= offset:
            loc = piece_loc
        else:
            break
    return loc


def build(blocks: list[Block]) -> Structure:
    """The sentences of ``blocks`` with their place in the article tree."""
    return _TreeBuilder().run(join_lines(blocks))


class _TreeBuilder:
    """Walks the paragraphs once, keeping where it is in the tree (attachment, article, 項, the
    lead of the current 号 list); each step below reads one kind of line."""

    def __init__(self) -> None:
        self.sentences: list[Sentence] = []
        self.title: str | None = None
        self.attachments: list[str] = []
        self.headings: list[tuple[str, Location]] = []
        self.attachment: str | None = None
        self.article: str | None = None
        self.article_title: str | None = None
        self.pending_title: str | None = None
        self.kou: int | None = None
        self.lead: int | None = None
        self.last_digit_item: int | None = None  # number of the last bare-digit item under the lead
        self.n_articles = 0
        self.numbered_sections = False  # sections are 「1」「2」 lines (a 特記事項), not 第N条 with 項
        self.last_heading_para = -2

    def run(self, paras: list[Paragraph]) -> Structure:
        for p_index, para in enumerate(paras):
            raw = para.text
            s = normalize(as_label_line(raw, para.column_gap), squeeze=False)
            if para.label:
                s_label = normalize(para.label)
                if not s.startswith(s_label):
                    s = f"{s_label} {s}"
            if not s:
                continue
            if self._proviso_note(para, raw) or self._document_start(p_index, para, s, raw) \
                    or self._heading(s):
                continue
            consumed, text_section = self._section(s)
            if consumed:
                continue
            is_item = self._numbering(p_index, s, raw, text_section)
            if is_item is None:
                continue
            self._emit(p_index, para, s, raw, is_item)
            self._follow_list(p_index, s, is_item)
        _lead_tables_from_below(self.sentences)
        return Structure(self.sentences, self.title, self.attachments, self.n_articles,
                         self.headings)

    def _new_article(self) -> None:
        self.n_articles += 1
        self.kou, self.lead = None, None

    def _proviso_note(self, para: Paragraph, raw: str) -> bool:
        """「※ただし、施設運営上必要がある場合は、この限りでない。」 under a rule: a proviso to the
        sentence above, read as the next sentence of its paragraph."""
        if not (self.sentences and _PROVISO_NOTE.match(raw)):
            return False
        above = self.sentences[-1]
        for off, sent in split_sentences(raw):
            norm = normalize(_PROVISO_NOTE.sub("", sent, count=1) if off == 0 else sent)
            if norm:
                self.sentences.append(Sentence(
                    text=sent.strip(), norm=norm, loc=_loc_at(para, off), article=above.article,
                    attachment=above.attachment, article_title=above.article_title,
                    index=len(self.sentences), para_index=above.para_index))
        return True

    def _document_start(self, p_index: int, para: Paragraph, s: str, raw: str) -> bool:
        """An attachment (別記, 別紙…) or a new document (a 特記事項, a 仕様書) starts, or the
        contract's own title: numbering restarts."""
        m_att = _ATTACH.match(s)
        # NFKC turns ① into 1, so a 号 marker is looked for in the raw text too.
        gou = bool(_GOU.match(s) or _GOU.match(raw.strip()))
        # 「(2)　別記個人情報取扱特記事項」 under 「次に掲げるものを遵守し」 names a document in a
        # list; it does not start one.
        listed = self.lead is not None and gou
        right_under_mark = bool(self.attachment and self.attachments
                                and self.last_heading_para == p_index - 1)
        # 「別紙」 then 「個人情報の保護に関する事項」: the line right under an attachment mark,
        # short and unpunctuated, is its title whatever words it ends with.
        titles_attachment = (right_under_mark and len(s) <= 30 and "。" not in s and "、" not in s
                             and not is_structural_start(s) and not m_att
                             and not para.label and not re.match(r"^\s*[0-9０-９(（①-⑳]", s))
        if not listed and ((m_att and len(s) < 60 and "。" not in s)
                           or (is_title_line(s) and self.sentences) or titles_attachment):
            if right_under_mark:
                # 「別記」 then 「個人情報取扱特記事項」 on the next line: one heading.
                self.attachment = f"{self.attachment} {s[:40]}"
                self.attachments[-1] = self.attachment
            else:
                self.attachment = s[:40]
                self.attachments.append(self.attachment)
            self.last_heading_para = p_index
            self.headings.append((self.attachment, para.loc))
            self.article, self.article_title, self.kou, self.lead = None, None, None, None
            self.numbered_sections = False
            return True
        if self.title is None and not self.sentences and is_title_line(s):
            self.title = s
            self.headings.append((s, para.loc))
            return True
        return False

    def _heading(self, s: str) -> bool:
        """「（秘密の保持）」 on its own line: the title of the article below (not 「（第３条以下
        略）」, a note that the rest is left out)."""
        if _HEADING.match(s) and not _ART.match(s) and not _OMITTED.search(s):
            self.pending_title = s.strip("()（） ")
            return True
        return False

    def _section(self, s: str) -> tuple[bool, bool]:
        """Numbered sections without 条: 「第5　秘密の保持」 (a title line), 「第11　乙は、…」 and
        「2（目的外利用等の禁止）受注者は、…」 (text follows), 「4-1　…」 (項 of a section).
        Returns (the line is only a title, a section with its text on the line)."""
        m_nojo = _ART_NO_JO.match(s) or _ART_NO_JO_PAREN.match(s) or _NUM_TITLE.match(s)
        if m_nojo:
            self.article = f"第{kanji_to_int(unicodedata.normalize('NFKC', m_nojo.group(1)))}"
            self.article_title, self.pending_title = m_nojo.group(2).strip(), None
            self._new_article()
            self.numbered_sections = False
            return True, False
        m_text = None if article_match(s) else _ART_NO_JO_TEXT.match(s)
        m_num_text = None if (m_text or article_match(s)) else _NUM_TITLE_TEXT.match(s)
        if m_text or m_num_text:
            m_sec = m_text or m_num_text
            self.article = f"第{kanji_to_int(unicodedata.normalize('NFKC', m_sec.group(1)))}"
            self.article_title = m_num_text.group(2).strip() if m_num_text else self.pending_title
            self.pending_title = None
            self._new_article()
            self.numbered_sections = False
        m_hyph = _HYPHEN_NUM.match(s)
        if m_hyph:
            # 「4-1」「4-2」: 項 of one section, read together like 第4条第1項 and 第2項.
            self.article = f"第{int(unicodedata.normalize('NFKC', m_hyph.group(1)))}"
            kou = int(unicodedata.normalize("NFKC", m_hyph.group(2)))
            self.article_title, self.pending_title = self.pending_title, None
            self._new_article()
            self.kou = kou if kou > 1 else None
            self.numbered_sections = False
            rest = s[m_hyph.end():].strip()
            if len(rest) <= 25 and "。" not in rest and "、" not in rest:
                # 「5-3　発注者による検査」: the 項's title; its rows follow.
                self.article_title = rest.strip("()（） ")
                return True, bool(m_text or m_num_text)
        return False, bool(m_text or m_num_text)

    def _digit_item(self, s: str, text_section: bool) -> bool:
        """「1」「2」 under a lead: the list's items, or the article's next 項?"""
        m_digit = _DIGIT_ITEM.match(s) if self.lead is not None and not text_section else None
        n_digit = int(unicodedata.normalize("NFKC", m_digit.group(1))) if m_digit else None
        # Item 1 right after the lead, or the next number after the last item; a 「2」 after
        # items 「(1)」「(2)」 or a repeated 「2」 is the article's next 項.
        digit_item = n_digit is not None and (
            (n_digit == 1 and self.last_digit_item is None and bool(self.sentences)
             and self.sentences[self.lead].para_index == self.sentences[-1].para_index)
            or (self.last_digit_item is not None and n_digit == self.last_digit_item + 1))
        if digit_item:
            self.last_digit_item = n_digit
        elif self.lead is None:
            self.last_digit_item = None
        return digit_item

    def _numbering(self, p_index: int, s: str, raw: str, text_section: bool) -> bool | None:
        """Where the line sits: a new article, 項 or section, or a 号 item of the current list.
        Returns whether it is a 号 item, or None when the line is only a title."""
        # NFKC turns ① into 1, so circled numbers are looked for in the raw text.
        circled = re.match(r"^\s*([①-⑳])", raw)
        digit_item = self._digit_item(s, text_section)
        section = None if digit_item else (
            (self.article is None or self.numbered_sections) and _SECTION_NUM.match(s))
        if self.lead is not None and _COLUMN_HEADER.match(raw) and not circled \
                and not _GOU.match(s) and not _DIGIT_ITEM.match(s) \
                and self.sentences[-1].para_index == self.sentences[self.lead].para_index:
            # 「書類名　　提出期限　　備考」 between 「次に掲げる書類を…提出しなければならない。」
            # and its rows: the table's header, not the end of the list.
            return None
        if (len(s) <= 25 and "。" not in s and "、" not in s and not _GOU.match(s)
                and not circled and not _KOU.match(s) and not _ART.match(s) and not _OMITTED.search(s)
                and not _LABEL_LINE.match(s) and not section and not digit_item and self.sentences
                and not (self.lead is not None and _BULLET.match(raw)) and not _BOX_BULLET.match(raw)):
            # A bare heading line (「複写又は複製の禁止」): a title, not a rule.
            self.pending_title = s
            if self.lead is not None and SUBMISSIONS_HEADING.match(self.sentences[self.lead].norm):
                # 「提出書類」 then 「体制」: the list of documents has ended.
                self.lead = None
            return None
        if _CONTENTS_LINE.match(s):
            # 「第１条（目的）　第２条（個別契約）　…第12条（存続条項）」: a table of contents.
            return None
        m_art = article_match(s)
        if m_art:
            self.numbered_sections = False
            num = kanji_to_int(m_art.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
            branch = m_art.group(2)
            self.article = f"第{num}条" + (f"の{kanji_to_int(branch) or branch}" if branch else "")
            self.article_title, self.pending_title = self.pending_title, None
            m_head = re.match(r"^\s*[（(]([^（）()]{1,30})[）)]", s[m_art.end():])
            if m_head:
                self.article_title = m_head.group(1)
            self._new_article()
            rest = s[m_art.end():].strip()
            if rest and "。" not in rest and "、" not in rest and len(rest) <= 25:
                # 「第3条　再委託の禁止」 (a heading or a table of contents line): a title only.
                self.article_title = rest.strip("()（） ")
                return None
            return False
        if circled and self.lead is not None:
            # ①②③ under 「次に掲げる行為をしてはならない。」: 号, even though ② reads as 項 2.
            return True
        if circled and self.article:
            # ①② without a list to belong to number the 項 of the article.
            self.kou = ord(circled.group(1)) - ord("①") + 1
            self.lead = None
            return False
        if section:
            # 特記事項 or 仕様書 numbered 「1　乙は、…」「2　目的」 with no 第N条: each number is a
            # section (a short rest is its title).
            self.article = f"第{int(unicodedata.normalize('NFKC', section.group(1)))}"
            self.article_title, self.pending_title = self.pending_title, None
            self._new_article()
            self.numbered_sections = True
            rest = s[_SECTION_MARK.match(s).end():].strip()
            if len(rest) <= 25 and "。" not in rest and "、" not in rest:
                # 「2　業務内容」 titles the section; it stays a line too (「2　標本数五千人」 is
                # content in a 仕様書).
                self.article_title = rest
            return False
        if digit_item:
            return True
        if _KOU.match(s) and self.article:
            self.kou = int(unicodedata.normalize("NFKC", _KOU.match(s).group(1)))
            self.lead = None
            return False
        if _GOU.match(s) or _GOU.match(raw.strip()):
            return True
        if self.lead is not None and "|" in unicodedata.normalize("NFKC", raw) \
                and _TABLE_LEAD.search(self.sentences[self.lead].norm):
            # 「次の表の区分の欄に掲げる…措置を講じなければならない」 over rows drawn with bars,
            # whatever their labels hold (「区から提供を受けた名簿、申請書等の紙資料｜区に返還する。」).
            return True
        if self.lead is not None and (_BULLET.match(raw) or _LABEL_LINE.match(s)):
            # 「次の書類を区に提出すること。」 then 「・業務責任者届」「・業務従事者名簿」.
            return True
        if self.lead is not None and raw.strip().startswith(("「", "『")) \
                and self.sentences[-1].index == self.lead:
            # 「次の内容を含む誓約書を徴し」 then the pledge quoted on its own line: its wording.
            return True
        if _LABEL_LINE.match(s) and self.sentences and self.sentences[-1].para_index == p_index - 1 \
                and _LABEL_LINE.match(self.sentences[-1].norm) and self.sentences[-1].lead is None:
            # A table of 「項目：内容」 rows under a heading with no sentence to introduce it
            # (「報告の時期：直ちに」「報告先：委託者」): the first row leads the rest, so each row
            # is read with its siblings.
            self.lead = len(self.sentences) - 1
            return True
        return False

    def _emit(self, p_index: int, para: Paragraph, s: str, raw: str, is_item: bool) -> None:
        label_text = _label(self.attachment, self.article, self.kou, is_item, s, raw)
        inline_lead = None
        for off, sent in split_sentences(raw):
            inline_item = inline_lead is not None and off > 0 and bool(_GOU.match(sent))
            norm = normalize(strip_markers(as_label_line(sent, para.column_gap))
                             if off == 0 or inline_item else sent)
            if not norm or not re.search(r"[ぁ-んァ-ヶ一-龥A-Za-z]", norm):
                continue
            if inline_item:
                # 「…次の事項を守るよう努めるものとする。（1）…こと。（2）…こと。」 run on in one
                # paragraph: the numbered sentences are the list of the one announcing it.
                self.sentences[inline_lead].items_text += norm
            self.sentences.append(Sentence(
                text=sent.strip(), norm=norm, loc=_loc_at(para, off),
                article=_label(self.attachment, self.article, self.kou, True, sent) if inline_item
                else label_text,
                attachment=self.attachment, article_title=self.article_title,
                index=len(self.sentences), para_index=p_index, is_item=is_item or inline_item,
                lead=inline_lead if inline_item else (self.lead if is_item else None)))
            if not is_item and not inline_item and _LIST_LEAD.search(norm) and norm.endswith("。"):
                inline_lead = len(self.sentences) - 1

    def _sub_list_lead(self) -> int | None:
        """The 号 a katakana sub-item (「第11条（ア）」) belongs to, if that 号 announces a list."""
        sentences = self.sentences
        if not sentences or not _SUB_ITEM_LABEL.search(sentences[-1].article or ""):
            return None
        i = len(sentences) - 2
        while i > (self.lead or 0) and _SUB_ITEM_LABEL.search(sentences[i].article or ""):
            i -= 1
        parent = sentences[i]
        return i if i > (self.lead or 0) and parent.is_item and _LIST_LEAD.search(parent.norm) else None

    def _follow_list(self, p_index: int, s: str, is_item: bool) -> None:
        """Open, extend or close the current 号 list after a line."""
        sentences = self.sentences
        # The contract's preamble (「甲と乙とは、次のとおり契約を締結する。」) leads no list; a
        # pledge naming the parties (「…乙の派遣労働者は次の事項を遵守します。」) does.
        preamble = len(sentences) <= 2 and _PARTIES_DEFINED.search(s) and _AGREES.search(s)
        if not is_item and sentences and _LIST_LEAD.search(s) and not preamble \
                and s.rstrip().endswith(("。", "：", ":")):
            # 「次に掲げる行為をしてはならない。ただし、…この限りでない。」: the list belongs to
            # the sentence that announces it, not to the proviso after it.
            lead = len(sentences) - 1
            while lead > 0 and sentences[lead].para_index == p_index and not re.search(
                    _LIST_LEAD, sentences[lead].norm):
                lead -= 1
            self.lead = lead
            self.last_digit_item = None
        elif not is_item and sentences and SUBMISSIONS_HEADING.match(sentences[-1].norm):
            # 「３　提出書類」 over 「(1) 業務責任者届」「(2) 従事者名簿」: a 仕様書's list of the
            # documents the contractor hands in.
            self.lead = len(sentences) - 1
            self.last_digit_item = None
        elif is_item and self.lead is not None:
            sentences[self.lead].items_text += s
            sub_lead = self._sub_list_lead()
            if sub_lead is not None:
                # 「二　次に掲げる行為は、甲の…許可を得た場合に限り、行うこと。ア　個人情報の複写
                # 又は複製　イ　…持出し」: the 号 that announces them holds its own sub-items too.
                sentences[sub_lead].items_text += s
        elif not is_item:
            self.lead = None


# A katakana sub-item's label (「第11条（ア）」).
_SUB_ITEM_LABEL = re.compile(rf"[（(][{IROHA}][）)]$")
# A line that only lists article headings (a table of contents), three or more, no sentence.
_CONTENTS_LINE = re.compile(r"^\s*(第\s*[0-9０-９一二三四五六七八九十百]+\s*条(の[0-9０-９一二三四五六七八九十]+)?\s*"
                            r"[（(][^（）()。、]{1,20}[）)][\s　・、]*){3,}$")
# A lead that announces a table below it.
_TABLE_LEAD = re.compile(r"(次の表|次表|下表|以下の表|下記の表|別表)")
# 「受託者は、上表に定める制限を遵守しなければならない。」「上表のとおりとする。」: a sentence
# below a table that gives its rows their force.
_TABLE_ABOVE = re.compile(r"(上表|前表|上記の表|左表|表の(とおり|通り)|表に(定める|掲げる|記載|示す)"
                          r"|上記(を|の事項|の各事項|のとおり|の内容|の行為|各号|の?各?書類)|以上の事項)")
_AGREES = re.compile(r"(締結|契約する|契約を結|合意する|合意した|定める|取り交わ)")
# The heading of a 仕様書's list of documents to hand in (its items are submitted, not named).
SUBMISSIONS_HEADING = re.compile(r"^(提出(書類|物|図書|資料)|(届出|提出|報告)(書類|書)の?(一覧|等)?)(等|一覧)?$")
# A checklist box or a mark that opens a row (not 「・」, which a wrapped line may start with:
# 「漏えい / ・紛失」).
# (「○○区で働くみなさんへ」: 「○○」 stands for a name left blank in a model text.)
_BOX_BULLET = re.compile(r"^\s*(?!○○)[□■☐☑●○◆◇▪※]\s*\S")
# A bulleted row that is a whole sentence with its own topic (「・乙は、…を置く。」).
_OWN_RULE_ROW = re.compile(r"^[・･●○◆■□▪‐－※\-\s]*[^、。：:]{1,12}は、[^。]*。$")
# A proviso written as a note (「※ただし、…この限りでない。」).
_PROVISO_NOTE = re.compile(r"^\s*[※＊*]\s*(?=ただし|但し)")
# The header row of a table laid out in columns (「書類名　　提出期限　　備考」).
_COLUMN_HEADER = re.compile(r"^\s*[^\s。、：:]{2,8}(?:[ 　]{2,}[^\s。、：:]{2,8}){1,5}\s*$")
# A bulleted line (「・仕事以外に使わない。」): one row of a list.
_BULLET = re.compile(r"^\s*[・･●○◆■□▪‐－※-]\s*\S")


def _lead_tables_from_below(sentences: list[Sentence]) -> None:
    """Rows of a 「項目：内容」 table (or a bulleted or numbered list) with no sentence above to
    introduce them take the sentence right below that refers to them as their lead."""
    for sent in sentences:
        if sent.is_item or not _TABLE_ABOVE.search(sent.norm):
            continue
        rows = []
        i = sent.index - 1
        while i >= 0 and (sentences[i].same_article(sent) or (
                sentences[i].article is None and sent.article is None
                and sentences[i].attachment == sent.attachment)) \
                and (is_label_line(sentences[i].norm) or _BULLET.match(sentences[i].text)
                     or (sentences[i].is_item and sentences[i].lead is None)):
            if not _OWN_RULE_ROW.match(sentences[i].norm):
                # 「・乙は、情報管理責任者を置く。」 among the rows states its own rule: what the
                # sentence below does with the rows (「上記書類を提出」) is not done to it.
                rows.append(sentences[i])
            i -= 1
        led_above = any(r.lead is not None and not is_label_line(sentences[r.lead].norm)
                        for r in rows)
        if len(rows) < 2 or led_above:
            continue
        for row in reversed(rows):
            row.is_item = True
            row.lead = sent.index
            row.items_text = ""
            sent.items_text += row.norm


def _label(attachment: str | None, article: str | None, kou: int | None, is_item: bool,
           text: str, raw_text: str = "") -> str | None:
    if article is None:
        return attachment
    label = article
    if kou:
        label += f"第{kou}項"
    if is_item:
        m = _GOU.match(text) or _GOU.match(raw_text) or _DIGIT_ITEM.match(text)
        g = next((x for x in m.groups() if x), None) if m else None
        if g:
            n = kanji_to_int(unicodedata.normalize("NFKC", g))
            label += f"第{n}号" if n is not None else f"（{g}）"
    if attachment:
        label = f"{attachment} {label}"
    return label
