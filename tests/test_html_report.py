"""``--format html``: self-contained, escaped, sortable/filterable, printable on A4.

The browser tests drive Debian's headless Chromium over the DevTools protocol on a pipe
(``--remote-debugging-pipe``: NUL-separated JSON on fds 3 and 4), so they need no extra Python
package and no port. Chromium runs with a proxy pointing at a dead local port, and every
request the page makes is recorded from the Network domain: the page must make none.

Set CONTRACTCHECK_SCREENSHOTS=DIR to also save the screenshots used in docs/outputs.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from contractcheck.model import DocumentResult, ErrorInfo, Evidence, ItemResult, Report
from contractcheck.report import RenderContext, render

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


def _items(path: str, variant: int) -> tuple[ItemResult, ...]:
    """Nine items with statuses that differ by ``variant``, so sorting has something to do."""
    statuses = {
        0: ["present", "weak", "missing", "present", "present", "weak", "present", "missing", "present"],
        1: ["present"] * 9,
        2: ["missing", "missing", "missing", "weak", "present", "present", "present", "present", "weak"],
        3: ["present", "present", "weak", "present", "present", "present", "present", "present", "missing"],
    }[variant]
    spec = [
        ("confidentiality", "第20条第1項第1号", "秘密保持・目的外利用の禁止"),
        ("subcontracting", "第20条第1項第2号", "再委託の制限"),
        ("copying", "第20条第1項第3号", "複写・複製の禁止"),
        ("security", "第20条第1項第4号", "安全管理措置"),
        ("incident", "第20条第1項第5号", "事故発生時の報告"),
        ("return-deletion", "第20条第1項第6号", "返還・廃棄"),
        ("termination-damages", "第20条第1項第7号", "契約解除・損害賠償"),
        ("reporting-audit", "第20条第1項第8号", "定期報告・監査"),
        ("annual-check", "第20条第3項", "年1回以上の確認"),
    ]
    out = []
    for (iid, basis, title), status in zip(spec, statuses):
        ev = ()
        if status != "missing":
            ev = (Evidence(path, "第5条", f"乙は、{title}について定める。", paragraph=12),)
        out.append(ItemResult(
            iid, basis, title, status, severity="advisory" if iid == "annual-check" else "required",
            evidence=ev,
            reason="" if status == "present" else f"{title}の定めが不十分です。",
            suggestion="" if status == "present" else f"乙は、{title}に関し、甲の指示に従わなければならない。"))
    return tuple(out)


def check_report() -> Report:
    path = "令和7年度_委託契約書.docx"
    items = list(_items(path, 0))
    # A contract is untrusted input: its text may contain markup.
    items[1] = ItemResult(
        "subcontracting", "第20条第1項第2号", "再委託の制限", "weak",
        evidence=(Evidence(path, "第9条", f"乙は、{HOSTILE}再委託することができる。", paragraph=30),),
        reason="甲の承認なしに再委託できる定めです。",
        suggestion="乙は、あらかじめ甲の書面による承認を得なければ、再委託してはならない。\n２　乙は、再委託先に…")
    return Report(documents=(DocumentResult(path, "outsourcing", tuple(items),
                                            warnings=("添付の特記事項が見つかりません。",)),))


def scan_report() -> Report:
    docs = [
        DocumentResult("keiyaku/b_データ入力.docx", "outsourcing", _items("b", 0)),
        DocumentResult("keiyaku/a_健診通知.pdf", "outsourcing", _items("a", 1)),
        DocumentResult(f"keiyaku/{HOSTILE}.txt", "special-provisions", _items("x", 2)),
        DocumentResult("keiyaku/c_broken.docx", error=ErrorInfo(
            "docx-corrupt", "keiyaku/c_broken.docx: Word文書の本文が壊れていて読めません。")),
        DocumentResult("keiyaku/d_派遣.docx", "dispatch", (
            ItemResult("dispatch-secrecy", "第20条第5項", "派遣労働者の秘密保持", "weak",
                       reason="派遣期間終了後の定めがありません。"),)),
        DocumentResult("keiyaku/e_システム運用.docx", "outsourcing", _items("e", 3)),
    ]
    return Report(documents=tuple(docs))


def _html(report: Report, command: str) -> str:
    return render(report, "html", RenderContext(command=command, tool_version="0.1.0"))


# ------------------------------------------------------------------ without a browser

@pytest.mark.parametrize("command", ["check", "scan"])
def test_self_contained_and_escaped(command):
    html = _html(check_report() if command == "check" else scan_report(), command)
    assert html.startswith("<!DOCTYPE html>") and '<html lang="ja">' in html
    # Nothing from outside: no link/src/href except in-page anchors, no url() or @import.
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert not re.search(r"https?://", html)
    for attr in re.findall(r'\s(?:src|href|action|srcset|poster|data)\s*=\s*"([^"]*)"', html):
        assert attr.startswith("#"), attr
    # Exactly the tags we wrote: the document's markup is text.
    assert html.count("<script") == (1 if command == "scan" else 0)
    assert "<img" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html


@pytest.mark.parametrize("command", ["check", "scan"])
def test_csp_hashes_match_inline_code(command):
    html = _html(check_report() if command == "check" else scan_report(), command)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in csp
    if command == "scan":
        script = re.search(r"<script>(.*?)</script>", html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"script-src 'sha256-{digest}'" in csp
    else:
        assert "script-src 'none'" in csp
    assert ' style="' not in html, "inline style attributes would need 'unsafe-inline'"


def test_check_page_content():
    html = _html(check_report(), "check")
    # Status in words and marks, not colour alone.
    assert '<td class="st st-weak"><span class="mark" aria-hidden="true">△</span>不十分</td>' in html
    assert '<td class="st st-missing"><span class="mark" aria-hidden="true">×</span>記載なし</td>' in html
    assert "根拠: 第9条・30段落（令和7年度_委託契約書.docx）" in html
    assert "理由</span>: 甲の承認なしに再委託できる定めです。" in html
    assert "乙は、あらかじめ甲の書面による承認を得なければ、再委託してはならない。\n２　乙は、再委託先に…" in html
    assert "添付の特記事項が見つかりません。" in html
    assert "size:A4 portrait" in html


def test_scan_page_content():
    html = _html(scan_report(), "scan")
    for n in range(1, 7):
        assert f'href="#doc-{n}"' in html and f'id="doc-{n}"' in html
    assert "Word文書の本文が壊れていて読めません。" in html
    assert "size:A4 landscape" in html
    # The dispatch document has no outsourcing items: those cells say so.
    assert 'title="対象外"' in html


# ------------------------------------------------------------------ headless Chromium

def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Chromium:
    """A minimal DevTools-protocol client over ``--remote-debugging-pipe`` (stdlib only)."""

    def __init__(self, binary: str, timeout: float = 60.0):
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="cc-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def child_fds():
            # Chromium reads commands on fd 3 and writes replies on fd 4. Duplicate high first
            # so the dup2 below cannot clobber one pipe end with the other.
            import fcntl
            r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 64)
            w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 64)
            os.dup2(r, 3)
            os.dup2(w, 4)

        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run",
                "--no-default-browser-check", "--mute-audio", "--hide-scrollbars",
                "--force-color-profile=srgb", "--lang=ja",
                # Anything that tried to go out would hit a dead local port.
                "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                f"--user-data-dir={self.profile}", "about:blank"]
        self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, pass_fds=(3, 4),
                                     preexec_fn=child_fds)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict] = []

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_chrome, self._from_chrome):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from Chromium")
            ready, _, _ = select.select([self._from_chrome], [], [], left)
            if ready:
                chunk = os.read(self._from_chrome, 1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_event(self, method: str, session: str | None = None) -> dict:
        deadline = time.monotonic() + self.timeout
        for ev in self.events:
            if ev.get("method") == method and (session is None or ev.get("sessionId") == session):
                self.events.remove(ev)
                return ev
        while True:
            ev = self._read_message(deadline)
            self.events.append(ev)
            if ev.get("method") == method and (session is None or ev.get("sessionId") == session):
                self.events.remove(ev)
                return ev


class Page:
    def __init__(self, browser: Chromium, url: str, width: int = 1200, height: int = 900):
        self.b = browser
        target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.sid = browser.call("Target.attachToTarget",
                                {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Network", "Runtime", "Log"):
            browser.call(f"{domain}.enable", session=self.sid)
        browser.call("Emulation.setDeviceMetricsOverride",
                     {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
                     session=self.sid)
        browser.call("Page.navigate", {"url": url}, session=self.sid)
        browser.wait_event("Page.loadEventFired", self.sid)

    def js(self, expression: str):
        res = self.b.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                               "awaitPromise": True}, session=self.sid)
        if "exceptionDetails" in res:
            raise AssertionError(f"page script failed: {res['exceptionDetails']}")
        return res["result"].get("value")

    def events(self, method: str) -> list[dict]:
        return [e for e in self.b.events if e.get("method") == method
                and e.get("sessionId") == self.sid]

    def screenshot(self, path: Path, max_height: int = 4000) -> None:
        size = self.b.call("Page.getLayoutMetrics", session=self.sid)["cssContentSize"]
        params = {"format": "png", "captureBeyondViewport": True,
                  "clip": {"x": 0, "y": 0, "width": size["width"],
                           "height": min(size["height"], max_height), "scale": 1}}
        data = self.b.call("Page.captureScreenshot", params, session=self.sid)["data"]
        path.write_bytes(base64.b64decode(data))

    def pdf(self) -> bytes:
        data = self.b.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True},
                           session=self.sid)["data"]
        return base64.b64decode(data)


@pytest.fixture(scope="module")
def browser():
    binary = _chromium()
    if binary is None:
        pytest.skip("chromium is not installed")
    b = Chromium(binary)
    yield b
    b.close()


def _open(browser: Chromium, tmp_path: Path, html: str, name: str) -> Page:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return Page(browser, path.as_uri())


def _no_requests_left_the_page(page: Page, url: str) -> None:
    urls = [e["params"]["request"]["url"] for e in page.events("Network.requestWillBeSent")]
    assert all(u == url for u in urls), urls
    failed = page.events("Network.loadingFailed")
    assert not failed, failed
    # A CSP violation or script error would show up here (e.g. a wrong script hash).
    problems = [e["params"]["entry"] for e in page.events("Log.entryAdded")
                if e["params"]["entry"]["level"] in ("error", "warning")]
    assert not problems, problems
    assert not page.events("Runtime.exceptionThrown")


def _shots_dir() -> Path | None:
    d = os.environ.get("CONTRACTCHECK_SCREENSHOTS")
    if not d:
        return None
    Path(d).mkdir(parents=True, exist_ok=True)
    return Path(d)


def _a4_pages(pdf_bytes: bytes, tmp_path: Path, landscape: bool) -> str:
    """The printed text (NFKC: the CJK font maps some kanji to Kangxi radicals in the PDF)."""
    import logging
    import unicodedata

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    f = tmp_path / "print.pdf"
    f.write_bytes(pdf_bytes)
    with pdfplumber.open(f) as pdf:
        texts = []
        for page in pdf.pages:
            w, h = (842, 595) if landscape else (595, 842)
            assert abs(page.width - w) < 2 and abs(page.height - h) < 2, (page.width, page.height)
            # Nothing printed off the page's right edge (a wide table would be cut off).
            assert all(c["x1"] <= page.width + 0.5 for c in page.chars)
            texts.append(page.extract_text() or "")
        return unicodedata.normalize("NFKC", "".join(texts))


@pytest.mark.chromium
def test_check_page_in_chromium(browser, tmp_path):
    page = _open(browser, tmp_path, _html(check_report(), "check"), "check.html")
    url = (tmp_path / "check.html").as_uri()
    assert page.js("document.title") == "契約書の確認結果 — 令和7年度_委託契約書.docx"
    # The contract's markup is shown as text and did not run.
    assert page.js("typeof window.__pwned") == "undefined"
    assert page.js("document.querySelectorAll('img, script').length") == 0
    assert HOSTILE in page.js("document.body.innerText")
    rows = page.js("Array.from(document.querySelectorAll('table.status tbody tr'))"
                   ".map(r => r.cells[0].innerText.trim())")
    assert rows[:3] == ["○記載あり", "△不十分", "×記載なし"]
    # The status colours are really applied (the stylesheet passed the CSP).
    assert page.js("getComputedStyle(document.querySelector('td.st-missing')).backgroundColor") \
        == "rgb(253, 226, 226)"
    if (shots := _shots_dir()) is not None:
        page.screenshot(shots / "html-check.png")
    text = "".join(_a4_pages(page.pdf(), tmp_path, landscape=False).split())
    assert "再委託の制限" in text and "追加する文言の例" in text
    _no_requests_left_the_page(page, url)


@pytest.mark.chromium
def test_scan_page_sort_and_filter_in_chromium(browser, tmp_path):
    page = _open(browser, tmp_path, _html(scan_report(), "scan"), "scan.html")
    url = (tmp_path / "scan.html").as_uri()
    assert page.js("document.documentElement.getAttribute('data-js')") == "on", \
        "the inline script did not run (CSP hash?)"
    assert page.js("typeof window.__pwned") == "undefined"
    assert page.js("document.querySelectorAll('img').length") == 0
    assert HOSTILE in page.js("document.querySelector('#matrix').innerText")
    assert page.js("document.getElementById('controls').hidden") is False

    names = ("Array.from(document.querySelectorAll('#matrix tbody tr'))"
             ".filter(r => !r.hidden).map(r => r.getAttribute('data-name').replace('keiyaku/', ''))")
    all_rows = page.js(names)
    assert len(all_rows) == 6
    assert page.js("document.getElementById('f-count').textContent") == "6件中 6件を表示"

    # Sort by file name, then reverse it.
    page.js("document.querySelector('button.sort[data-col=\"0\"]').click()")
    asc = page.js(names)
    assert asc[:5] == ["a_健診通知.pdf", "b_データ入力.docx", "c_broken.docx", "d_派遣.docx",
                       "e_システム運用.docx"], asc
    assert page.js("document.querySelector('th[aria-sort]').getAttribute('aria-sort')") == "ascending"
    page.js("document.querySelector('button.sort[data-col=\"0\"]').click()")
    assert page.js(names) == list(reversed(asc))

    # Sort by the number of missing items: most first after two clicks.
    page.js("document.querySelector('button.sort[data-col=\"2\"]').click()")
    page.js("document.querySelector('button.sort[data-col=\"2\"]').click()")
    by_missing = page.js(names)
    assert by_missing[0] == HOSTILE + ".txt"  # three missing items
    assert by_missing[-1] == "c_broken.docx"  # errors have no count

    # Sort by one item's status (再委託の制限 is column 5): 記載なし first, then 不十分, 記載あり.
    page.js("document.querySelector('button.sort[data-col=\"5\"]').click()")
    statuses = page.js("Array.from(document.querySelectorAll('#matrix tbody tr'))"
                       ".map(r => r.cells[5] ? (r.cells[5].getAttribute('data-status') || '') : '')")
    ranked = [s for s in statuses if s]
    order = {"missing": 0, "weak": 1, "present": 2}
    assert ranked == sorted(ranked, key=order.get)
    assert ranked[0] == "missing"

    def choose(select_id: str, value: str) -> None:
        page.js(f"var s = document.getElementById('{select_id}'); s.value = {json.dumps(value)};"
                "s.dispatchEvent(new Event('change'))")

    choose("f-status", "missing")
    assert sorted(page.js(names)) == sorted(["b_データ入力.docx", HOSTILE + ".txt",
                                             "e_システム運用.docx"])
    assert page.js("document.getElementById('f-count').textContent") == "6件中 3件を表示"
    choose("f-item", "copying")
    assert sorted(page.js(names)) == sorted([HOSTILE + ".txt", "b_データ入力.docx"])
    choose("f-status", "weak")
    assert page.js(names) == ["e_システム運用.docx"]
    choose("f-item", "")
    choose("f-status", "error")
    assert page.js(names) == ["c_broken.docx"]
    choose("f-status", "issue")
    assert "a_健診通知.pdf" not in page.js(names) and len(page.js(names)) == 4
    page.js("var i = document.getElementById('f-name'); i.value = '派遣';"
            "i.dispatchEvent(new Event('input'))")
    assert page.js(names) == ["d_派遣.docx"]
    page.js("var i = document.getElementById('f-name'); i.value = '';"
            "i.dispatchEvent(new Event('input'))")
    choose("f-status", "")
    assert len(page.js(names)) == 6

    # Each file name links to its section, which exists.
    page.js("document.querySelector('#matrix a[href=\"#doc-4\"]').click()")
    assert page.js("location.hash") == "#doc-4"
    assert "Word文書の本文が壊れていて読めません" in page.js("document.getElementById('doc-4').innerText")

    if (shots := _shots_dir()) is not None:
        page.js("window.scrollTo(0, 0); location.hash = ''")
        choose("f-status", "issue")
        page.screenshot(shots / "html-scan.png", max_height=1000)
        choose("f-status", "")
    text = "".join(_a4_pages(page.pdf(), tmp_path, landscape=True).split())
    assert "契約書の一括確認結果" in text
    _no_requests_left_the_page(page, url)


@pytest.mark.chromium
def test_page_still_renders_when_nothing_can_be_fetched(browser, tmp_path):
    """The proxy is a dead port: a page that needed the network would lose its styling."""
    page = _open(browser, tmp_path, _html(scan_report(), "scan"), "offline.html")
    assert page.js("getComputedStyle(document.querySelector('#matrix td.st-weak')).color") \
        == "rgb(122, 77, 0)"
    assert page.js("document.fonts.status") == "loaded"
    assert page.js("performance.getEntriesByType('resource').length") == 0
