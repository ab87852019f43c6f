"""Formatting for Japanese official documents: 和暦 dates, money, 漢数字.

These are the only filters the templates get (besides Jinja's safe built-ins), so a template
cannot format a date or an amount in a way the ward's documents never use.
"""

from __future__ import annotations

import datetime as _dt
import re

# (first day, era name). Newest first. Dates before 明治6年 (the solar calendar) are refused:
# contracts never carry them and the 旧暦 mapping is not a formatting concern.
_ERAS: tuple[tuple[_dt.date, str], ...] = (
    (_dt.date(2019, 5, 1), "令和"),
    (_dt.date(1989, 1, 8), "平成"),
    (_dt.date(1926, 12, 25), "昭和"),
    (_dt.date(1912, 7, 30), "大正"),
    (_dt.date(1873, 1, 1), "明治"),
)

_KANJI_DIGITS = "〇一二三四五六七八九"
# 大字: used for amounts on formal documents because 一二三 can be altered by adding strokes.
_DAIJI_DIGITS = "〇壱弐参四五六七八九"
_SMALL_UNITS = ("", "十", "百", "千")
_DAIJI_SMALL_UNITS = ("", "拾", "百", "千")
_LARGE_UNITS = ("", "万", "億", "兆", "京")


def to_date(value) -> _dt.date:
    """Accept a date, a datetime or an ISO string (YYYY-MM-DD); raise ValueError otherwise."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        m = re.fullmatch(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", text)
        if m:
            return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = re.fullmatch(r"(令和|平成|昭和|大正|明治)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日", text)
        if m:
            return _from_wareki(m.group(1), m.group(2), int(m.group(3)), int(m.group(4)))
    raise ValueError(f"not a date: {value!r}")


def _from_wareki(era: str, year: str, month: int, day: int) -> _dt.date:
    start = next(s for s, name in _ERAS if name == era)
    n = 1 if year == "元" else int(year)
    date = _dt.date(start.year + n - 1, month, day)
    if date < start or wareki_parts(date)[0] != era:
        # e.g. 平成31年5月1日 does not exist: that day is 令和元年5月1日.
        raise ValueError(f"{era}{year}年{month}月{day}日 is outside the era")
    return date


def wareki_parts(value) -> tuple[str, int, int, int]:
    date = to_date(value)
    for start, name in _ERAS:
        if date >= start:
            return name, date.year - start.year + 1, date.month, date.day
    raise ValueError(f"date before 明治6年 cannot be written in 和暦: {date}")


def wareki(value, kanji: bool = False) -> str:
    """2026-04-01 -> 令和8年4月1日 (kanji=True -> 令和八年四月一日). The first year is 元年."""
    era, year, month, day = wareki_parts(value)
    if kanji:
        y = "元" if year == 1 else kansuji(year)
        return f"{era}{y}年{kansuji(month)}月{kansuji(day)}日"
    y = "元" if year == 1 else str(year)
    return f"{era}{y}年{month}月{day}日"


def wareki_month(value) -> str:
    """2026-04-01 -> 令和8年4月 (for monthly reports and record periods)."""
    era, year, month, _ = wareki_parts(value)
    return f"{era}{'元' if year == 1 else year}年{month}月"


def _to_int(value) -> int:
    if isinstance(value, bool):
        raise ValueError("a yes/no value is not a number")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace("，", "")
        if re.fullmatch(r"-?\d+", text):
            return int(text)
    raise ValueError(f"not an integer: {value!r}")


def money(value, unit: str = "円") -> str:
    """1234000 -> 1,234,000円 (unit='' for the bare number)."""
    return f"{_to_int(value):,}{unit}"


def kansuji(value, daiji: bool = False) -> str:
    """Positional 漢数字 as used in Japanese documents: 1234000 -> 百二十三万四千.

    ``daiji=True`` gives the forms used for amounts (壱、弐、参、拾) and writes 壱千/壱百/壱拾
    in full, since a bare 千 can be altered to 二千.
    """
    n = _to_int(value)
    if n < 0:
        return "マイナス" + kansuji(-n, daiji)
    digits = _DAIJI_DIGITS if daiji else _KANJI_DIGITS
    small = _DAIJI_SMALL_UNITS if daiji else _SMALL_UNITS
    if n == 0:
        return "零" if daiji else "〇"
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    if len(groups) > len(_LARGE_UNITS):
        raise ValueError("number too large for 漢数字")
    out = []
    for idx in range(len(groups) - 1, -1, -1):
        group = groups[idx]
        if not group:
            continue
        text = ""
        for pos in range(3, -1, -1):
            d = group // (10 ** pos) % 10
            if not d:
                continue
            if d == 1 and pos > 0 and not daiji:
                text += small[pos]        # 十, 百, 千 (not 一十) in ordinary 漢数字
            else:
                text += digits[d] + small[pos]
        out.append(text + _LARGE_UNITS[idx])
    return "".join(out)


def money_kanji(value) -> str:
    """1234000 -> 金壱百弐拾参万四千円 (大字, for the amount line of formal documents)."""
    return f"金{kansuji(value, daiji=True)}円"


def zenkaku(value) -> str:
    """ASCII digits and letters to full width: 12 -> １２ (for documents that ask for it)."""
    return str(value).translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})


FILTERS = {
    "wareki": wareki,
    "wareki_month": wareki_month,
    "money": money,
    "kansuji": kansuji,
    "money_kanji": money_kanji,
    "zenkaku": zenkaku,
}
