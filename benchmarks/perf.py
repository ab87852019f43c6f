#!/usr/bin/env python3
"""Speed and memory of the check engine against the issue #4 targets, in one table.

    cd /work/main && PYTHONPATH=. /work/venv/bin/python benchmarks/perf.py [--quick] [--keep DIR]

What it does (each heavy measurement in a fresh process, so RSS figures are per process and
the parent never loads spaCy):

1. builds a corpus in a temporary folder from samples/*.txt|docx|pdf: a real sample as the body,
   other samples appended as 別記 until the document reaches about 5,000 / 20,000 / 60,000
   characters, with the municipality, company, dates and amounts replaced and about a quarter
   of the 、 dropped per document, so that near-identical sentences do not simply hit the parse
   cache. A "same municipality" set (one ward's template, only names/dates/amounts differ)
   shows the cache case separately;
2. ``contractcheck --help`` and a cold ``contractcheck check`` of one 20,000-character file
   (process start to exit, subprocess, median);
3. warm per-document time in one process (``get_engine()``, first document discarded), chars/s,
   parse-cache hit rate;
4. identical verdicts: the same documents through ``Engine(load_patterns(), prefilter=False)``
   (it shares the fast engine's parse cache: a parse depends only on the sentence text);
5. the naive baseline in the same run: ``spacy.load("ja_ginza")`` with every pipe and
   ``nlp(text)`` on the whole text, split only at SudachiPy's 49,149-byte limit. It runs at
   about 1,000 chars/s, so only a few documents are timed (printed below the table); its
   figure is parse time only, which flatters the baseline (the ratio is conservative);
6. ``contractcheck scan --jobs 1`` and ``--jobs 2`` over the throughput corpus (documents/s,
   chars/s, peak RSS per process sampled from /proc), statuses compared between the two;
7. RSS of one long-lived engine after 100 and after 1,000 distinct short documents.

The targets are the issue's; they are checked here, never in timed tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PY = sys.executable
SUDACHI_MAX_BYTES = 49149

MUNICIPALITIES = ["世田谷区", "杉並区", "板橋区", "足立区", "江戸川区", "葛飾区", "北区", "豊島区",
                  "中野区", "目黒区", "大田区", "品川区", "八王子市", "町田市", "府中市", "調布市",
                  "川崎市", "相模原市", "さいたま市", "千葉市", "船橋市", "横須賀市", "藤沢市",
                  "所沢市", "川口市", "越谷市", "柏市", "松戸市", "市川市", "立川市"]
COMPANY_WORDS = ["アオバ", "ミナト", "サクラ", "ヒカリ", "ツバサ", "コスモ", "ミライ", "ヤマト",
                 "ソレイユ", "アルファ", "ネクスト", "グリーン", "ユニオン", "シグマ", "ワカバ"]
COMPANY_TAILS = ["情報システム", "データサービス", "総合研究所", "ソリューションズ", "工業",
                 "ビジネスサポート", "メディカル", "ネットワークス", "印刷", "テクノロジー"]
BODY_SAMPLES = ["01_itaku_compliant.docx", "02_itaku_items_removed.docx", "03_itaku_contrary.pdf",
                "04_shitei_kanri_kyotei.docx", "09_system_unyo_long.docx",
                "10a_hatchusha_kanji.pdf", "10b_itakusha_jutakusha.txt",
                "11_auto_numbering.docx", "12_body_with_attachment.docx",
                "13_tokki_not_supplied.txt", "14_party_swap.docx"]

TARGETS = {
    "warm20k": 1.0, "ratio": 20.0, "cold": 4.0, "scaling": 1.7, "rss_mb": 1024.0,
    "rss_growth": 0.10, "help": 0.3,
}


# ----------------------------------------------------------------------------- corpus

def sample_lines() -> dict[str, list[str]]:
    from contractcheck.extract import extract

    out = {}
    for p in sorted(SAMPLES.iterdir()):
        if p.suffix in (".txt", ".docx", ".pdf") and p.is_file():
            lines = [b.text for b in extract(str(p)) if b.text.strip()]
            out[p.name] = lines
    return out


def _company(rng: random.Random) -> str:
    return f"株式会社{rng.choice(COMPANY_WORDS)}{rng.choice(COMPANY_TAILS)}"


def vary(lines: list[str], rng: random.Random, *, municipality: str, company: str,
         drop_commas: float) -> list[str]:
    """Names, dates and amounts of another contract; drop some 、 so sentences differ."""
    out = []
    year = rng.randint(3, 9)
    for line in lines:
        line = line.replace("練馬区", municipality)
        line = re.sub(r"株式会社[ァ-ヶー・A-Za-z]+(?:[^\s（(「」、。]{0,8}?)(?=（|\(|、|。|\s|$)",
                      company, line)
        line = re.sub(r"令和[0-9０-９一二三四五六七八九十]+年", f"令和{year}年", line)
        line = re.sub(r"[0-9,，]{4,}円", lambda m: f"{rng.randint(100, 99999) * 1000:,}円", line)
        if drop_commas:
            parts = line.split("、")
            line = parts[0] + "".join(("" if rng.random() < drop_commas else "、") + p
                                      for p in parts[1:])
        out.append(line)
    return out


def make_document(src: dict[str, list[str]], target: int, rng: random.Random, *,
                  base: str | None = None, municipality: str | None = None,
                  drop_commas: float = 0.25, extras: list[str] | None = None) -> str:
    base = base or rng.choice(BODY_SAMPLES)
    municipality = municipality or rng.choice(MUNICIPALITIES)
    lines = list(src[base])
    others = [n for n in src if n != base]
    order = extras if extras is not None else rng.sample(others, len(others))
    n = 1
    i = 0
    while sum(len(x) + 1 for x in lines) < target and order:
        extra = order[i % len(order)]
        i += 1
        lines.append(f"別記{n}　{src[extra][0].strip()}（参考）")
        lines.extend(src[extra][1:])
        n += 1
    # Trim at a line boundary near the target (a long sample may be the body of a short one).
    out, size = [], 0
    for line in lines:
        if size >= target:
            break
        out.append(line)
        size += len(line) + 1
    return "\n".join(vary(out, rng, municipality=municipality, company=_company(rng),
                          drop_commas=drop_commas)) + "\n"


def short_excerpt(src: dict[str, list[str]], rng: random.Random, size: int = 900) -> str:
    """A short contract excerpt (title + a run of lines) for the RSS-growth run."""
    name = rng.choice(BODY_SAMPLES)
    lines = src[name]
    start = rng.randrange(1, max(2, len(lines) - 10))
    out = [lines[0]]
    for line in lines[start:]:
        if sum(len(x) for x in out) >= size:
            break
        out.append(line)
    return "\n".join(vary(out, rng, municipality=rng.choice(MUNICIPALITIES),
                          company=_company(rng), drop_commas=0.35)) + "\n"


def build_corpus(root: Path, plan: dict, seed: int = 4) -> dict:
    rng = random.Random(seed)
    src = sample_lines()
    manifest: dict[str, list[str]] = {"warm": [], "same": [], "rss": []}
    (root / "warm").mkdir(parents=True)
    for size, count in plan["warm"]:
        for k in range(count):
            p = root / "warm" / f"w{size // 1000:02d}k_{k:02d}.txt"
            p.write_text(make_document(src, size, rng), encoding="utf-8")
            manifest["warm"].append(str(p))
    # Same municipality: one template (same body, same 別記 in the same order), names differ.
    (root / "same").mkdir()
    extras = rng.sample([n for n in src if n != "01_itaku_compliant.docx"], len(src) - 1)
    for k in range(plan["same"]):
        p = root / "same" / f"same_{k:02d}.txt"
        p.write_text(make_document(src, 20000, rng, base="01_itaku_compliant.docx",
                                   municipality="練馬区", drop_commas=0.0, extras=extras),
                     encoding="utf-8")
        manifest["same"].append(str(p))
    (root / "scan").mkdir()
    k = 0
    for size, count in plan["scan"]:
        for _ in range(count):
            p = root / "scan" / f"s{k:04d}_{size // 1000:02d}k.txt"
            p.write_text(make_document(src, size, rng), encoding="utf-8")
            k += 1
    (root / "rss").mkdir()
    for k in range(plan["rss"]):
        p = root / "rss" / f"r{k:05d}.txt"
        p.write_text(short_excerpt(src, rng), encoding="utf-8")
        manifest["rss"].append(str(p))
    one = root / "cold_20k.txt"
    one.write_text(make_document(src, 20000, random.Random(seed + 1)), encoding="utf-8")
    manifest["cold"] = [str(one)]
    # The naive baseline times a few of the warm documents of each size.
    manifest["naive"] = []
    for size, count in plan["naive"]:
        manifest["naive"] += [p for p in manifest["warm"] if f"w{size // 1000:02d}k_" in p][:count]
    return manifest


# ----------------------------------------------------------------------------- helpers

def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_timed(argv: list[str], env: dict, cwd: str, sample_rss: bool = False):
    """Run a command; return (wall seconds, exit code, peak RSS MB of it and its descendants
    (wait4), per-process peak RSS MB seen by polling /proc, stdout, stderr)."""
    out_f, err_f = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=out_f, stderr=err_f)
    peaks: dict[int, float] = {}
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            for pid in [proc.pid, *_descendants(proc.pid)]:
                try:
                    with open(f"/proc/{pid}/status") as fh:
                        for line in fh:
                            if line.startswith("VmRSS:"):
                                peaks[pid] = max(peaks.get(pid, 0), int(line.split()[1]) / 1024)
                except OSError:
                    pass
            stop.wait(0.2)

    th = threading.Thread(target=poll, daemon=True)
    if sample_rss:
        th.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    stop.set()
    if sample_rss:
        th.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    out_f.seek(0)
    err_f.seek(0)
    return (wall, proc.returncode, usage.ru_maxrss / 1024, peaks,
            out_f.read().decode("utf-8", "replace"), err_f.read().decode("utf-8", "replace"))


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(d))
    out, todo = [], [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            out.append(c)
            todo.append(c)
    return out


def base_env(cache_dir: Path) -> dict:
    return dict(os.environ, PYTHONPATH=str(ROOT), CONTRACTCHECK_NO_CONFIG="1",
                CONTRACTCHECK_CACHE_DIR=str(cache_dir), PYTHONDONTWRITEBYTECODE="0")


def inner(mode: str, manifest_path: str, out_path: str) -> None:
    """Run one in-process measurement (called in a fresh interpreter) and write JSON."""
    sys.path.insert(0, str(ROOT))
    manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
    result: dict = {"rss_start_mb": rss_mb()}
    if mode == "warm":
        from contractcheck.engine import Engine, get_engine
        from contractcheck.patterns import load_patterns

        t0 = time.perf_counter()
        eng = get_engine()
        eng.check_text("乙は、個人情報を第三者に提供してはならない。", "warmup.txt")
        result["load_s"] = time.perf_counter() - t0
        eng.check_paths([manifest["rss"][0]])  # warm-up document, not counted
        docs = []
        for group in ("warm", "same"):
            for p in manifest[group]:
                h0, m0 = eng._cache.hits, eng._cache.misses
                t, c = time.perf_counter(), time.process_time()
                doc = eng.check_paths([p])
                dt, cpu = time.perf_counter() - t, time.process_time() - c
                assert doc.error is None, (p, doc.error)
                docs.append({"path": p, "group": group, "chars": doc.chars, "s": dt, "cpu": cpu,
                             "hits": eng._cache.hits - h0, "misses": eng._cache.misses - m0,
                             "status": {i.id: i.status for i in doc.items}})
        result["docs"] = docs
        result["rss_after_fast_mb"] = rss_mb()
        # Identical verdicts: the same documents, every sentence parsed.
        naive = Engine(load_patterns(), prefilter=False)
        naive._cache = eng._cache
        t = time.perf_counter()
        diffs = []
        for d in docs:
            got = naive.check_paths([d["path"]])
            status = {i.id: i.status for i in got.items}
            if status != d["status"]:
                diffs.append({"path": d["path"], "fast": d["status"], "naive": status})
        result["noprefilter_s"] = time.perf_counter() - t
        result["verdict_diffs"] = diffs
        result["verdict_docs"] = len(docs)
    elif mode == "naive":
        import spacy

        from contractcheck.extract import extract

        t0 = time.perf_counter()
        nlp = spacy.load("ja_ginza")
        result["load_s"] = time.perf_counter() - t0
        result["pipes"] = nlp.pipe_names
        nlp("練馬区は契約を締結した。")
        docs = []
        for p in manifest["naive"]:
            text = "\n".join(b.text for b in extract(p))
            t = time.perf_counter()
            for chunk in byte_chunks(text):
                nlp(chunk)
            docs.append({"path": p, "chars": len(text), "s": time.perf_counter() - t})
        result["docs"] = docs
    elif mode == "rss":
        from contractcheck.engine import get_engine

        eng = get_engine()
        marks = {}
        paths = manifest["rss"]
        checkpoints = {len(paths) // 10, len(paths)}
        t = time.perf_counter()
        for n, p in enumerate(paths, 1):
            eng.check_paths([p])
            if n in checkpoints:
                marks[n] = rss_mb()
        result["marks"] = marks
        result["s"] = time.perf_counter() - t
        result["cache_entries"] = len(eng._cache._docs)
    result["rss_peak_mb"] = peak_rss_mb()
    Path(out_path).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")


def byte_chunks(text: str) -> list[str]:
    """Split only where SudachiPy requires it: under 49,149 UTF-8 bytes, at a line end."""
    out, cur, size = [], [], 0
    for line in text.splitlines(keepends=True):
        b = len(line.encode("utf-8"))
        if cur and size + b >= SUDACHI_MAX_BYTES:
            out.append("".join(cur))
            cur, size = [], 0
        while b >= SUDACHI_MAX_BYTES:  # one enormous line: hard cut by characters
            cut = SUDACHI_MAX_BYTES // 4
            out.append(line[:cut])
            line = line[cut:]
            b = len(line.encode("utf-8"))
        cur.append(line)
        size += b
    if cur:
        out.append("".join(cur))
    return out


def run_inner(mode: str, manifest_path: Path, work: Path, env: dict) -> tuple[dict, float]:
    out = work / f"inner_{mode}.json"
    wall, code, maxrss, _, so, se = run_timed(
        [PY, __file__, "--inner", mode, str(manifest_path), str(out)], env, str(work))
    if code != 0:
        raise SystemExit(f"inner {mode} failed ({code}):\n{se[-3000:]}")
    data = json.loads(out.read_text(encoding="utf-8"))
    data["wall_s"] = wall
    data["maxrss_mb"] = maxrss
    return data, wall


def scan_statuses(json_text: str) -> dict[str, dict[str, str]]:
    data = json.loads(json_text)
    return {Path(d["path"]).name: {i["id"]: i["status"] for i in d.get("items", [])}
            for d in data["documents"]}


# ----------------------------------------------------------------------------- main

def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        kb = int(next(ln for ln in Path("/proc/meminfo").read_text().splitlines()
                      if ln.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    import importlib.metadata as md

    vers = []
    for pkg in ("spacy", "ginza", "ja-ginza", "sudachipy", "thinc", "numpy"):
        try:
            vers.append(f"{pkg} {md.version(pkg)}")
        except md.PackageNotFoundError:
            pass
    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"load average {load} (other processes share the machine: figures are wall "
            f"time), nproc {os.cpu_count()} (affinity {len(os.sched_getaffinity(0))}), CPU {cpu}, "
            f"RAM {mem}, Python {platform.python_version()}, " + ", ".join(vers))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller corpus (about 4 minutes)")
    ap.add_argument("--keep", metavar="DIR", help="build the corpus here and keep it")
    ap.add_argument("--inner", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.inner:
        inner(*args.inner)
        return 0

    if args.quick:
        plan = {"warm": [(5000, 3), (20000, 3), (60000, 1)], "same": 5,
                "scan": [(5000, 36), (20000, 3), (60000, 1)], "rss": 200,
                "naive": [(5000, 1), (20000, 1)], "help": 3, "cold": 2}
    else:
        plan = {"warm": [(5000, 5), (20000, 5), (60000, 3)], "same": 10,
                "scan": [(5000, 190), (20000, 8), (60000, 2)], "rss": 1000,
                "naive": [(5000, 3), (20000, 3), (60000, 1)], "help": 5, "cold": 3}

    t_all = time.perf_counter()
    load_start = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cc-perf-"))
    if args.keep and tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True, exist_ok=True)
    work = tmp / "work"
    work.mkdir()
    env = base_env(tmp / "cache")
    log = lambda msg: print(f"[{time.perf_counter() - t_all:6.0f}s] {msg}", file=sys.stderr,
                            flush=True)
    try:
        sys.path.insert(0, str(ROOT))
        manifest = build_corpus(tmp / "corpus", plan)
        mpath = work / "manifest.json"
        mpath.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
        scan_dir = tmp / "corpus" / "scan"
        scan_files = sorted(scan_dir.iterdir())
        scan_chars = sum(len(p.read_text(encoding="utf-8")) for p in scan_files)
        log(f"corpus built in {tmp} ({len(scan_files)} scan documents, {scan_chars:,} chars)")

        # --help
        helps = [run_timed([PY, "-m", "contractcheck", "--help"], env, str(work))[0]
                 for _ in range(plan["help"])]
        help_s = statistics.median(helps)
        log(f"--help median {help_s:.3f}s")

        # cold check of one 20,000-character file
        colds = []
        cold_rss = 0.0
        for _ in range(plan["cold"]):
            wall, code, maxrss, *_ = run_timed(
                [PY, "-m", "contractcheck", "check", manifest["cold"][0], "--exit-zero"],
                env, str(work))
            assert code == 0, code
            colds.append(wall)
            cold_rss = max(cold_rss, maxrss)
        cold_s = statistics.median(colds)
        log(f"cold check median {cold_s:.2f}s")

        warm, _ = run_inner("warm", mpath, work, env)
        log(f"warm done ({warm['wall_s']:.0f}s, no-prefilter pass {warm['noprefilter_s']:.0f}s)")
        naive, _ = run_inner("naive", mpath, work, env)
        log(f"naive done ({naive['wall_s']:.0f}s)")

        scans = {}
        for jobs in (1, 2):
            out = work / f"scan{jobs}.json"
            wall, code, maxrss, peaks, so, se = run_timed(
                [PY, "-m", "contractcheck", "scan", str(scan_dir), "--jobs", str(jobs),
                 "--no-cache", "--exit-zero", "--format", "json", "-o", str(out), "--force"],
                env, str(work), sample_rss=True)
            if code != 0:
                raise SystemExit(f"scan --jobs {jobs} failed ({code}): {se[-2000:]}")
            scans[jobs] = {"s": wall, "maxrss": maxrss, "peaks": peaks,
                           "status": scan_statuses(out.read_text(encoding="utf-8"))}
            log(f"scan --jobs {jobs}: {wall:.1f}s")

        rss, _ = run_inner("rss", mpath, work, env)
        log(f"rss run done ({rss['wall_s']:.0f}s)")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)

    # ------------------------------------------------------------------ table
    def fast_docs(group, lo, hi):
        return [d for d in warm["docs"] if d["group"] == group and lo <= d["chars"] < hi]

    rows = []

    def row(name, target, measured, ok):
        rows.append((name, target, measured, "n/a" if ok is None else ("PASS" if ok else "FAIL")))

    per_size = {}
    for label, lo, hi in (("5k", 3000, 12000), ("20k", 12000, 40000), ("60k", 40000, 10**9)):
        ds = fast_docs("warm", lo, hi)
        if ds:
            med = statistics.median(d["s"] for d in ds)
            cpu_med = statistics.median(d["cpu"] for d in ds)
            chars = statistics.median(d["chars"] for d in ds)
            hit = sum(d["hits"] for d in ds) / max(1, sum(d["hits"] + d["misses"] for d in ds))
            per_size[label] = (med, chars, len(ds), hit, cpu_med)
    all_warm = [d for d in warm["docs"] if d["group"] == "warm"]
    fast_cps = sum(d["chars"] for d in all_warm) / sum(d["s"] for d in all_warm)
    naive_cps = sum(d["chars"] for d in naive["docs"]) / sum(d["s"] for d in naive["docs"])
    same = [d for d in warm["docs"] if d["group"] == "same"]

    w20 = per_size.get("20k")
    row("warm check, 20k-char contract (median)", "≤ 1.0 s",
        f"{w20[0]:.2f} s (CPU {w20[4]:.2f} s; n={w20[2]}, median {w20[1]:,.0f} chars, "
        f"cache hits {w20[3]:.0%})",
        w20[0] <= TARGETS["warm20k"])
    for label in ("5k", "60k"):
        if label in per_size:
            m = per_size[label]
            row(f"warm check, {label}-char contract (median)", "—",
                f"{m[0]:.2f} s (CPU {m[4]:.2f} s; n={m[2]}, {m[1]:,.0f} chars, "
                f"cache hits {m[3]:.0%})", None)
    if same:
        sm = statistics.median(d["s"] for d in same[1:] or same)
        hit = sum(d["hits"] for d in same) / max(1, sum(d["hits"] + d["misses"] for d in same))
        row("warm check, same municipality 20k (median)", "—",
            f"{sm:.2f} s (n={len(same)}, cache hits {hit:.0%})", None)
    row("throughput, chars/s (warm, distinct docs)", "—", f"{fast_cps:,.0f} chars/s", None)
    row("naive baseline, chars/s (full ja_ginza, whole text)", "—",
        f"{naive_cps:,.0f} chars/s (n={len(naive['docs'])}, load {naive['load_s']:.1f} s)", None)
    ratio = fast_cps / naive_cps
    row("throughput ratio fast / naive", "≥ 20x", f"{ratio:.1f}x", ratio >= TARGETS["ratio"])
    nd = len(warm["verdict_diffs"])
    row("identical verdicts, prefilter on vs off", "all identical",
        f"{warm['verdict_docs'] - nd}/{warm['verdict_docs']} documents identical", nd == 0)
    row("cold `contractcheck check`, one 20k file (median)", "≤ 4 s",
        f"{cold_s:.2f} s (runs {', '.join(f'{c:.2f}' for c in colds)}; peak RSS {cold_rss:.0f} MB)",
        cold_s <= TARGETS["cold"])
    n_scan = len(scan_files)
    for jobs in (1, 2):
        s = scans[jobs]
        row(f"scan --jobs {jobs}, {n_scan} docs", "—",
            f"{s['s']:.1f} s, {n_scan / s['s']:.2f} docs/s, {scan_chars / s['s']:,.0f} chars/s", None)
    scaling = scans[1]["s"] / scans[2]["s"]
    row("scan --jobs 2 vs --jobs 1", "≥ 1.7x", f"{scaling:.2f}x", scaling >= TARGETS["scaling"])
    same_status = scans[1]["status"] == scans[2]["status"]
    row("scan --jobs 1 and --jobs 2 statuses", "identical",
        "identical" if same_status else "DIFFERENT", same_status)
    worker_peak = max(max(s["peaks"].values(), default=0) for s in scans.values())
    peak_all = max(worker_peak, warm["rss_peak_mb"], cold_rss, rss["rss_peak_mb"])
    row("peak RSS per process", "≤ 1024 MB",
        f"{peak_all:.0f} MB (scan workers {worker_peak:.0f}, in-process engine "
        f"{warm['rss_peak_mb']:.0f}, naive full pipeline {naive['rss_peak_mb']:.0f})",
        peak_all <= TARGETS["rss_mb"])
    marks = {int(k): v for k, v in rss["marks"].items()}
    lo_n, hi_n = min(marks), max(marks)
    growth = marks[hi_n] / marks[lo_n] - 1
    row(f"RSS after {hi_n} vs after {lo_n} documents (one engine)", "≤ +10%",
        f"{marks[lo_n]:.0f} → {marks[hi_n]:.0f} MB ({growth:+.0%}; {rss['cache_entries']} "
        f"cached parses)", growth <= TARGETS["rss_growth"])
    row("`contractcheck --help` (median)", "≤ 0.3 s", f"{help_s:.3f} s", help_s <= TARGETS["help"])

    print(f"\n## contractcheck performance ({'quick' if args.quick else 'full'} run, "
          f"{time.strftime('%Y-%m-%d %H:%M')})\n")
    print(f"Machine: {machine()}; load average at start {load_start}\n")
    print("| measurement | target | measured | result |")
    print("|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    print()
    print(f"- Corpus: samples/ varied (names, dates, amounts, ~25% of 、 dropped); warm set "
          f"{len(all_warm)} docs, same-municipality set {len(same)} docs, scan set {n_scan} docs "
          f"({scan_chars:,} chars), RSS set {len(manifest['rss'])} short docs.")
    print(f"- Naive baseline timed on {len(naive['docs'])} documents only "
          f"({', '.join(format(d['chars'], ',') for d in naive['docs'])} chars; pipes "
          f"{'+'.join(naive['pipes'])}); parse time only (no judgement), so the ratio is "
          "conservative. Its verdicts are the prefilter=False engine's (every sentence parsed), "
          f"compared on all {warm['verdict_docs']} warm/same documents.")
    if warm["verdict_diffs"]:
        for d in warm["verdict_diffs"][:5]:
            diff = {k: (d["fast"].get(k), d["naive"].get(k)) for k in set(d["fast"]) | set(d["naive"])
                    if d["fast"].get(k) != d["naive"].get(k)}
            print(f"  - verdict differs: {Path(d['path']).name}: {diff}")
    from contractcheck.config import DEFAULT_WORKER_MAX_DOCS

    print(f"- Scan workers seen: jobs 1 {len(scans[1]['peaks']) - 1}, jobs 2 "
          f"{len(scans[2]['peaks']) - 1} processes (workers are recycled every "
          f"{DEFAULT_WORKER_MAX_DOCS} documents; "
          "each new worker loads GiNZA again).")
    print(f"- Total benchmark time {time.perf_counter() - t_all:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
