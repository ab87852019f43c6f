"""``--format html``: one self-contained Japanese page for ``check`` (one document) and ``scan``.

The page is opened on ward PCs, mailed around and printed, so it carries everything itself: no
external CSS, script, font or image, and a Content-Security-Policy that forbids loading any.
The inline style and script are allowed by their SHA-256 hashes, computed here at render time,
so nothing else can run even if a contract's text slipped through unescaped. All document text
(contracts are untrusted input) goes through ``html.escape``; every id and anchor in the page is
made by us, never taken from a document.

Status is shown by colour *and* a mark and a word (○記載あり △不十分 ×記載なし), so it
survives black-and-white printing and colour blindness.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from ..model import KIND_LABELS, STATUS_LABELS, DocumentResult, ItemResult, Report

MARKS = {"present": "○", "weak": "△", "missing": "×"}
# Short kind names for the scan table, where the long KIND_LABELS would take a column of their own.
KIND_SHORT = {"outsourcing": "業務委託", "special-provisions": "特記事項", "dispatch": "労働者派遣",
              "unknown": "種類不明"}
# Sort order: the worst first when sorted ascending, so officers see what needs work.
RANK = {"missing": 0, "weak": 1, "present": 2}

_CSS = """
:root{--ok:#1e6b34;--ok-bg:#e3f3e8;--weak:#7a4d00;--weak-bg:#fff1c9;--miss:#a4161a;
--miss-bg:#fde2e2;--err:#5c2b91;--err-bg:#efe5fb;--line:#c9ced6;--muted:#555d68}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:72rem;padding:1.5rem;color:#1b1f24;background:#fff;line-height:1.6;
font-family:"Noto Sans CJK JP","Hiragino Kaku Gothic ProN","Yu Gothic UI","Yu Gothic",Meiryo,
"IPAexGothic",sans-serif;font-size:15px}
h1{font-size:1.5rem;margin:0 0 .5rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem;padding-bottom:.2rem;border-bottom:2px solid #1b1f24}
h3{font-size:1.05rem;margin:0 0 .3rem}
p{margin:.3rem 0}
a{color:#0b4fa3}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef1f5}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}
dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;overflow-wrap:anywhere}
.summary{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0;padding:0;list-style:none}
.summary li{padding:.2rem .7rem;border-radius:1rem;border:1px solid var(--line)}
.st{white-space:nowrap;font-weight:bold}
.st-present{color:var(--ok);background:var(--ok-bg)}
.st-weak{color:var(--weak);background:var(--weak-bg)}
.st-missing{color:var(--miss);background:var(--miss-bg)}
.st-error{color:var(--err);background:var(--err-bg)}
.st-none{color:var(--muted)}
.mark{display:inline-block;width:1.2em;text-align:center}
.adv{font-size:.85em;color:var(--muted);font-weight:normal}
.warn{border-left:4px solid var(--weak);background:var(--weak-bg);padding:.3rem .7rem;margin:.5rem 0}
.error{border-left:4px solid var(--err);background:var(--err-bg);padding:.3rem .7rem;margin:.5rem 0}
.item{border:1px solid var(--line);border-left-width:6px;border-radius:4px;padding:.6rem .9rem;
margin:.8rem 0;break-inside:avoid}
.item.is-present{border-left-color:var(--ok)}.item.is-weak{border-left-color:#d39a00}
.item.is-missing{border-left-color:var(--miss)}
.item .basis{color:var(--muted);font-size:.9em}
blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:3px solid var(--line);background:#f7f8fa}
.where{color:var(--muted);font-size:.85em;margin:0}
.text,.suggest{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
.suggest{background:#f3f7ff;border:1px dashed #8fa9d6;padding:.4rem .7rem;border-radius:4px}
.label{font-weight:bold}
.controls{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:end;margin:.8rem 0;
padding:.6rem .8rem;background:#f5f6f8;border:1px solid var(--line);border-radius:4px}
.controls label{display:flex;flex-direction:column;font-size:.9em}
.controls select,.controls input{font:inherit;padding:.2rem .3rem;min-width:10rem}
body.scan{max-width:none}
.scroll{overflow-x:auto}
#matrix{font-size:.8rem;width:auto;min-width:100%}
#matrix th,#matrix td{padding:.2rem .3rem}
#matrix th.item-col{vertical-align:bottom;min-width:2.6em}
#matrix th.item-col span.v{writing-mode:vertical-rl;display:inline-block;max-height:15em}
#matrix td.st{text-align:center}
#matrix td.file{overflow-wrap:anywhere;min-width:12em;max-width:22em}
#matrix td.kind{white-space:nowrap}
#matrix td.num{text-align:right}
button.sort{font:inherit;font-weight:bold;background:none;border:0;padding:0;cursor:pointer;
color:inherit;text-align:inherit}
button.sort::after{content:"\\2195";color:var(--muted);font-weight:normal;margin-left:.15em}
th[aria-sort=ascending] button.sort::after{content:"\\25B2";color:#1b1f24}
th[aria-sort=descending] button.sort::after{content:"\\25BC";color:#1b1f24}
button.sort:focus-visible,select:focus-visible,input:focus-visible,a:focus-visible{
outline:3px solid #0b4fa3;outline-offset:2px}
footer{margin-top:2rem;color:var(--muted);font-size:.85em;border-top:1px solid var(--line);padding-top:.5rem}
@media print{
 @page{size:A4 PAGE_ORIENTATION;margin:12mm}
 body{max-width:none;padding:0;font-size:10pt}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .controls,.noprint{display:none!important}
 a{color:inherit;text-decoration:none}
 thead{display:table-header-group}
 tr,.item,blockquote{break-inside:avoid}
 h2,h3{break-after:avoid}
 section.doc+section.doc{break-before:page}
 #matrix{font-size:7pt}
 .scroll{overflow:visible}
}
"""

_JS = """
(function () {
  "use strict";
  document.documentElement.setAttribute("data-js", "on");
  var table = document.getElementById("matrix");
  if (!table) { return; }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var collator = new Intl.Collator("ja", {numeric: true});

  function sortBy(th, col, type) {
    var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
    var heads = table.tHead.querySelectorAll("th[aria-sort]");
    for (var i = 0; i < heads.length; i++) { heads[i].removeAttribute("aria-sort"); }
    th.setAttribute("aria-sort", dir);
    var sign = dir === "ascending" ? 1 : -1;
    var sorted = rows.slice().sort(function (a, b) {
      var x = a.cells[col] ? a.cells[col].getAttribute("data-sort") : "";
      var y = b.cells[col] ? b.cells[col].getAttribute("data-sort") : "";
      var c = type === "num" ? (parseFloat(x) - parseFloat(y)) : collator.compare(x, y);
      if (c === 0) { c = (+a.getAttribute("data-index")) - (+b.getAttribute("data-index")); return c; }
      return c * sign;
    });
    for (var k = 0; k < sorted.length; k++) { tbody.appendChild(sorted[k]); }
  }

  var buttons = table.querySelectorAll("button.sort");
  for (var b = 0; b < buttons.length; b++) {
    buttons[b].addEventListener("click", function (ev) {
      var btn = ev.currentTarget;
      sortBy(btn.parentNode, +btn.getAttribute("data-col"), btn.getAttribute("data-type"));
    });
  }

  var fItem = document.getElementById("f-item");
  var fStatus = document.getElementById("f-status");
  var fName = document.getElementById("f-name");
  var count = document.getElementById("f-count");

  function matches(row) {
    var item = fItem.value, status = fStatus.value;
    var name = fName.value.trim().toLowerCase();
    if (name && row.getAttribute("data-name").toLowerCase().indexOf(name) < 0) { return false; }
    if (!status) { return true; }
    if (row.getAttribute("data-error") === "1") { return status === "error"; }
    if (status === "error") { return false; }
    var cells = row.querySelectorAll("td[data-item]");
    for (var i = 0; i < cells.length; i++) {
      if (item && cells[i].getAttribute("data-item") !== item) { continue; }
      var s = cells[i].getAttribute("data-status");
      if (s === status || (status === "issue" && (s === "weak" || s === "missing"))) { return true; }
    }
    return false;
  }

  function apply() {
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var ok = matches(rows[i]);
      rows[i].hidden = !ok;
      if (ok) { shown++; }
    }
    count.textContent = rows.length + "件中 " + shown + "件を表示";
  }

  fItem.addEventListener("change", apply);
  fStatus.addEventListener("change", apply);
  fName.addEventListener("input", apply);
  document.getElementById("controls").hidden = false;
  apply();
})();
"""


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def render(report: Report, ctx=None) -> str:
    from . import RenderContext

    ctx = ctx or RenderContext()
    scan = ctx.command == "scan"
    specs = ctx.specs or {}
    css = _CSS.replace("PAGE_ORIENTATION", "landscape" if scan else "portrait")
    js = _JS if scan else ""
    # Only what the page itself carries may run or style it; nothing may be fetched or sent.
    csp = ("default-src 'none'; " f"style-src {_sha256(css)}; "
           + (f"script-src {_sha256(js)}; " if js else "script-src 'none'; ")
           + "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; "
             "object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'")

    if scan:
        title = f"契約書の一括確認結果（{len(report.documents)}件）"
        body = _scan_body(report, specs, title)
    else:
        doc = report.documents[0] if report.documents else DocumentResult(path="")
        title = f"契約書の確認結果 — {_basename(doc.path)}"
        body = "<h1>契約書の確認結果</h1>\n" + _document(doc, specs, prefix="d1", level=2)

    version = f" {ctx.tool_version}" if ctx.tool_version else ""
    out = [
        "<!DOCTYPE html>",
        '<html lang="ja">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light">',
        f"<title>{_e(title)}</title>",
        f"<style>{css}</style>",
        "</head>",
        '<body class="scan">' if scan else "<body>",
        "<main>",
        body,
        "</main>",
        f"<footer>contractcheck{_e(version)} が作成しました。判定は指針（第19条・第20条）の項目を"
        "機械的に照合した結果です。最終的な判断は担当者が行ってください。</footer>",
    ]
    if js:
        out.append(f"<script>{js}</script>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# ------------------------------------------------------------------ one document

def _basename(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1] or path


def _status_cell(status: str, tag: str = "td", extra: str = "") -> str:
    label = STATUS_LABELS.get(status, status)
    return (f'<{tag} class="st st-{_e(status)}"{extra}><span class="mark" aria-hidden="true">'
            f'{MARKS.get(status, "")}</span>{_e(label)}</{tag}>')


def _counts(doc: DocumentResult, severity: str = "required") -> dict[str, int]:
    counts = {s: 0 for s in STATUS_LABELS}
    for item in doc.items:
        if item.severity == severity and item.status in counts:
            counts[item.status] += 1
    return counts


def _document(doc: DocumentResult, specs: dict, *, prefix: str, level: int) -> str:
    h = f"h{level}"
    out = ['<dl class="meta">', f"<dt>ファイル</dt><dd>{_e(doc.path)}</dd>"]
    if doc.error is None:
        out.append(f"<dt>文書の種類</dt><dd>{_e(KIND_LABELS.get(doc.kind or '', doc.kind or '—'))}</dd>")
    if doc.attachments:
        out.append(f"<dt>添付</dt><dd>{'、'.join(_e(a) for a in doc.attachments)}</dd>")
    out.append("</dl>")
    if doc.error is not None:
        out.append(f'<p class="error" role="alert"><span class="label">エラー</span>'
                   f"（{_e(doc.error.code)}）: {_e(doc.error.message)}</p>")
        return "\n".join(out)
    for w in doc.warnings:
        out.append(f'<p class="warn"><span class="label">注意</span>: {_e(w)}</p>')

    req = _counts(doc)
    out.append('<ul class="summary" aria-label="必須項目の集計">')
    for s, n in req.items():
        out.append(f'<li class="st st-{s}"><span class="mark" aria-hidden="true">{MARKS[s]}</span>'
                   f"{STATUS_LABELS[s]} {n}件</li>")
    out.append("</ul>")

    out.append(f"<{h}>項目ごとの状態</{h}>")
    out.append('<table class="status"><thead><tr><th scope="col">状態</th><th scope="col">項目</th>'
               '<th scope="col">指針の根拠</th><th scope="col">区分</th></tr></thead><tbody>')
    for n, item in enumerate(doc.items, 1):
        adv = "参考" if item.severity == "advisory" else "必須"
        out.append(f"<tr>{_status_cell(item.status)}"
                   f'<td><a href="#{prefix}-i{n}">{_e(item.title)}</a></td>'
                   f"<td>{_e(item.basis)}</td><td>{adv}</td></tr>")
    out.append("</tbody></table>")

    out.append(f"<{h}>項目ごとの詳細</{h}>")
    for n, item in enumerate(doc.items, 1):
        out.append(_item(item, specs.get(item.id), f"{prefix}-i{n}", level + 1))
    return "\n".join(out)


def _item(item: ItemResult, spec, anchor: str, level: int) -> str:
    h = f"h{min(level, 6)}"
    adv = '<span class="adv">（参考）</span>' if item.severity == "advisory" else ""
    out = [f'<article class="item is-{_e(item.status)}" id="{anchor}">',
           f"<{h}>{_status_cell(item.status, 'span')} {_e(item.title)}{adv}</{h}>",
           f'<p class="basis">指針{_e(item.basis)}</p>']
    summary = getattr(spec, "summary", "") if spec is not None else ""
    if summary:
        out.append(f'<p class="basis">{_e(summary)}</p>')
    for ev in item.evidence:
        where = "・".join(x for x in (ev.article, ev.location().describe()) if x)
        out.append("<blockquote>")
        out.append(f'<p class="where">根拠: {_e(where)}'
                   + (f"（{_e(_basename(ev.file))}）" if ev.file else "") + "</p>")
        out.append(f'<p class="text">{_e(ev.text)}</p>')
        out.append("</blockquote>")
    if item.status == "missing" and not item.evidence:
        out.append("<p>この項目を定める条項が見当たりません。</p>")
    if item.reason:
        out.append(f'<p><span class="label">理由</span>: {_e(item.reason)}</p>')
    for note in item.notes:
        out.append(f'<p><span class="label">補足</span>: {_e(note)}</p>')
    suggestion = item.suggestion or (getattr(spec, "suggestion", "") if spec is not None else "")
    if suggestion and item.status != "present":
        head = "追加する文言の例" if item.status == "missing" else "修正する文言の例"
        out.append(f'<p class="label">{head}</p><p class="suggest">{_e(suggestion.strip())}</p>')
    out.append("</article>")
    return "\n".join(out)


# ------------------------------------------------------------------ scan: many documents

def _columns(report: Report) -> list[tuple[str, str]]:
    """Item columns in first-seen order (dispatch and outsourcing documents have different items)."""
    seen: dict[str, str] = {}
    for doc in report.documents:
        for item in doc.items:
            seen.setdefault(item.id, item.title + ("（参考）" if item.severity == "advisory" else ""))
    return list(seen.items())


def _scan_body(report: Report, specs: dict, title: str) -> str:
    cols = _columns(report)
    docs = report.documents
    n_err = sum(1 for d in docs if d.error)
    n_miss = sum(1 for d in docs if not d.error and _counts(d)["missing"])
    n_weak = sum(1 for d in docs if not d.error and not _counts(d)["missing"] and _counts(d)["weak"])
    n_ok = len(docs) - n_err - n_miss - n_weak
    out = [f"<h1>{_e(title)}</h1>",
           '<ul class="summary" aria-label="文書の集計">',
           f'<li class="st st-missing"><span class="mark" aria-hidden="true">×</span>記載なしの項目がある文書 {n_miss}件</li>',
           f'<li class="st st-weak"><span class="mark" aria-hidden="true">△</span>不十分の項目がある文書 {n_weak}件</li>',
           f'<li class="st st-present"><span class="mark" aria-hidden="true">○</span>必須項目がすべて記載ありの文書 {n_ok}件</li>',
           f'<li class="st st-error">読めなかった文書 {n_err}件</li>',
           "</ul>"]

    options = "".join(f'<option value="{_e(i)}">{_e(t)}</option>' for i, t in cols)
    # Hidden until the script runs: without it (or when printed) the controls would do nothing.
    out.append(
        '<div class="controls" id="controls" hidden role="search" aria-label="絞り込み">'
        f'<label>項目<select id="f-item"><option value="">すべての項目</option>{options}</select></label>'
        '<label>状態<select id="f-status"><option value="">すべて</option>'
        '<option value="issue">不十分または記載なし</option><option value="missing">記載なし</option>'
        '<option value="weak">不十分</option><option value="present">記載あり</option>'
        '<option value="error">エラー</option></select></label>'
        '<label>ファイル名<input type="search" id="f-name" autocomplete="off"></label>'
        '<output id="f-count" aria-live="polite"></output></div>')

    head = ['<th scope="col" data-col="0"><button type="button" class="sort" data-col="0" '
            'data-type="text">ファイル</button></th>',
            '<th scope="col"><button type="button" class="sort" data-col="1" data-type="text">'
            "種類</button></th>",
            '<th scope="col" class="item-col"><button type="button" class="sort" data-col="2" '
            'data-type="num"><span class="v">記載なしの数</span></button></th>',
            '<th scope="col" class="item-col"><button type="button" class="sort" data-col="3" '
            'data-type="num"><span class="v">不十分の数</span></button></th>']
    for k, (iid, ititle) in enumerate(cols, 4):
        head.append(f'<th scope="col" class="item-col" title="{_e(ititle)}"><button type="button" '
                    f'class="sort" data-col="{k}" data-type="num"><span class="v">{_e(ititle)}</span>'
                    "</button></th>")
    out.append('<div class="scroll"><table id="matrix">'
               '<caption class="noprint">見出しを押すと並べ替えます。</caption>'
               f"<thead><tr>{''.join(head)}</tr></thead><tbody>")
    for n, doc in enumerate(docs, 1):
        name = _basename(doc.path)
        link = f'<a href="#doc-{n}">{_e(doc.path)}</a>'
        attrs = f' data-index="{n}" data-name="{_e(doc.path)}"'
        if doc.error:
            out.append(f'<tr{attrs} data-error="1"><td class="file" data-sort="{_e(name)}">{link}</td>'
                       f'<td data-sort="">—</td><td class="num" data-sort="-1">—</td>'
                       f'<td class="num" data-sort="-1">—</td>'
                       f'<td class="st st-error" colspan="{max(len(cols), 1)}">エラー: '
                       f"{_e(doc.error.message)}</td></tr>")
            continue
        c = _counts(doc)
        kind = KIND_SHORT.get(doc.kind or "", doc.kind or "—")
        cells = [f'<td class="file" data-sort="{_e(name)}">{link}</td>',
                 f'<td class="kind" data-sort="{_e(kind)}">{_e(kind)}</td>',
                 f'<td class="num" data-sort="{c["missing"]}">{c["missing"]}</td>',
                 f'<td class="num" data-sort="{c["weak"]}">{c["weak"]}</td>']
        for iid, _title in cols:
            item = doc.item(iid)
            if item is None:
                # Not an item for this kind of document (e.g. dispatch items in an outsourcing
                # contract): sorts after every status.
                cells.append('<td class="st st-none" data-sort="9" title="対象外">—</td>')
            else:
                cells.append(_status_cell(item.status, extra=(
                    f' data-item="{_e(iid)}" data-status="{_e(item.status)}"'
                    f' data-sort="{RANK.get(item.status, 9)}"')))
        out.append(f"<tr{attrs}>{''.join(cells)}</tr>")
    out.append("</tbody></table></div>")

    out.append("<h2>文書ごとの詳細</h2>")
    for n, doc in enumerate(docs, 1):
        out.append(f'<section class="doc" id="doc-{n}">')
        out.append(f'<h2>{n}. {_e(_basename(doc.path))}</h2>')
        out.append(_document(doc, specs, prefix=f"d{n}", level=3))
        out.append('<p class="noprint"><a href="#matrix">一覧に戻る</a></p>')
        out.append("</section>")
    return "\n".join(out)


__all__ = ["render", "MARKS", "RANK"]
