"""``contractcheck scan``: find the documents under some folders and check them in parallel.

Two halves, each testable alone:

* ``discover`` walks the folders (sorted, so the order never depends on the file system) and
  returns one ``Target`` per document, or a row with an error for what cannot be checked
  (a symlink loop, a link leaving the scanned tree, a folder without permission).
* ``run_scan`` checks the targets: cache hits first, then the rest in worker processes.

Why a small pool of our own instead of ``ProcessPoolExecutor(max_tasks_per_child=...)``:
the per-file time limit has to kill exactly the one worker stuck in a looping PDF parser and
replace it. An executor cannot kill one of its processes without breaking the whole pool (every
other in-flight document is lost), and ``Pool.apply_async(...).get(timeout)`` leaves the stuck
worker running. Here each worker is a ``multiprocessing`` process (spawn context: never fork a
parent that might hold a loaded model) with its own pipe; the parent knows which file each worker
holds, when it got it, and can kill and replace it. Workers load the engine (and GiNZA) once and
are retired after ``worker_max_docs`` documents so memory stays flat over thousands of files.
"""

from __future__ import annotations

import fnmatch
import importlib
import multiprocessing
import os
import signal
import sys
import time
import unicodedata
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait as mp_wait
from pathlib import Path

from .cache import ResultCache, file_digest, relocate
from .config import Config
from .errors import ContractCheckError
from .model import DocumentResult, ErrorInfo

# .doc is listed so that an old binary Word file gets its own error row (「.docx で保存し直して
# ください」) instead of being silently left out of an officer's summary.
SUPPORTED_SUFFIXES = (".docx", ".pdf", ".txt", ".md", ".doc")
# Word's owner files ("~$契約書.docx", 162 bytes of binary) sit next to every open document,
# and hidden folders (.git, .venv) never hold contracts to check.
DEFAULT_EXCLUDES = ("~$*", ".*")
DEFAULT_FACTORY = "contractcheck.scan:default_engine_factory"
FIRST_TASK_GRACE = 60.0    # the first document of a worker also pays for loading GiNZA
STARTUP_LIMIT = 300.0      # a worker that cannot even start within this is replaced
MAX_STARTUP_FAILURES = 3   # ...and after this many in a row the scan gives up (exit 2)


# --------------------------------------------------------------------------- discovery

def display_path(path: str) -> str:
    """A path safe to print, write to CSV/JSON/XML and use in a baseline.

    Names that are not valid UTF-8 (possible on Linux) keep their bytes as ``\\xNN``; control
    characters (a newline or an escape sequence in a file name) are shown escaped so they cannot
    break a report line or drive the terminal.
    """
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        text = "".join(ch.encode("unicode_escape").decode("ascii")
                       if unicodedata.category(ch) == "Cc" else ch for ch in text)
    return text.replace("\\", "/") if os.sep == "\\" else text


@dataclass(frozen=True)
class Target:
    path: str                       # what to open (may hold surrogate-escaped bytes)
    display: str                    # what to show
    error: ErrorInfo | None = None  # set for rows that are reported without being checked


def _glob_match(rel: str, name: str, patterns) -> bool:
    for pat in patterns:
        pats = {pat}
        # "**/x" should also match x at the top level; fnmatch's "*" already crosses "/".
        while pat.startswith("**/"):
            pat = pat[3:]
            pats.add(pat)
        for p in pats:
            if fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(name, p):
                return True
    return False


def _wanted_file(rel: str, name: str, include, exclude) -> bool:
    if _glob_match(rel, name, exclude) or _glob_match(rel, name, DEFAULT_EXCLUDES):
        return False
    if include:
        return _glob_match(rel, name, include)
    return name.lower().endswith(SUPPORTED_SUFFIXES)


def _join_display(root_disp: str, rel: str) -> str:
    if root_disp in ("", "."):
        return rel
    return root_disp.rstrip("/\\") + "/" + rel


def _error_target(path: str, display: str, code: str, message: str) -> Target:
    return Target(path, display, ErrorInfo(code, message))


def _inside(real: str, roots: list[str]) -> bool:
    for r in roots:
        if real == r or real.startswith(r.rstrip(os.sep) + os.sep):
            return True
    return False


def discover(paths, include=(), exclude=()) -> list[Target]:
    """Every document under ``paths``, in a stable order, each exactly once.

    Symbolic links are never followed inside a folder: a link to somewhere inside the scanned
    folders is skipped silently (its target is checked where it lives), a link that leaves them
    or loops is an error row (``symlink-outside`` / ``symlink-loop``) so the officer sees that
    something was not checked. A path named on the command line is always taken as given.
    """
    roots_real = [os.path.realpath(p) for p in paths if os.path.isdir(p)]
    seen: set[str] = set()
    out: list[Target] = []

    def add_file(path: str, disp: str) -> None:
        real = os.path.realpath(path)
        if real in seen:
            return
        seen.add(real)
        out.append(Target(path, disp))

    def walk(dir_path: str, rel_dir: str, root_disp: str) -> None:
        try:
            with os.scandir(dir_path) as it:
                entries = sorted(it, key=lambda e: os.fsencode(e.name))
        except PermissionError:
            disp = display_path(_join_display(root_disp, rel_dir) if rel_dir else root_disp)
            out.append(_error_target(dir_path, disp, "permission-denied",
                                     f"{disp}: フォルダを読む権限がありません。"))
            return
        except OSError as exc:
            disp = display_path(_join_display(root_disp, rel_dir) if rel_dir else root_disp)
            out.append(_error_target(dir_path, disp, "unreadable",
                                     f"{disp}: フォルダを開けません（{exc.strerror}）。"))
            return
        for e in entries:
            rel = f"{rel_dir}/{e.name}" if rel_dir else e.name
            disp = display_path(_join_display(root_disp, rel))
            try:
                if e.is_symlink():
                    _link(e, rel, disp)
                elif e.is_dir(follow_symlinks=False):
                    if not (_glob_match(rel, e.name, exclude)
                            or _glob_match(rel, e.name, DEFAULT_EXCLUDES)):
                        walk(e.path, rel, root_disp)
                elif e.is_file(follow_symlinks=False):
                    if _wanted_file(rel, e.name, include, exclude):
                        add_file(e.path, disp)
                elif _wanted_file(rel, e.name, include, exclude):
                    # A FIFO or device named like a contract: opening it could block forever.
                    out.append(_error_target(e.path, disp, "not-a-file",
                                             f"{disp}: 通常のファイルではないため確認しません。"))
            except OSError as exc:
                out.append(_error_target(e.path, disp, "unreadable",
                                         f"{disp}: 開けません（{exc.strerror}）。"))

    def _link(e, rel: str, disp: str) -> None:
        if _glob_match(rel, e.name, exclude) or _glob_match(rel, e.name, DEFAULT_EXCLUDES):
            return
        try:
            target = Path(e.path).resolve(strict=True)
        except FileNotFoundError:
            if _wanted_file(rel, e.name, include, exclude):
                out.append(_error_target(e.path, disp, "file-not-found",
                                         f"{disp}: リンク先のファイルがありません。"))
            return
        except (RuntimeError, OSError):  # 3.11 raises RuntimeError on a loop, later ELOOP
            out.append(_error_target(e.path, disp, "symlink-loop",
                                     f"{disp}: シンボリックリンクが循環しているため確認しません。"))
            return
        is_dir = target.is_dir()
        if not is_dir and not _wanted_file(rel, e.name, include, exclude):
            return
        if _inside(str(target), roots_real):
            if is_dir and any(str(target) == r or r.startswith(str(target) + os.sep)
                              for r in roots_real):
                # A link to a folder that contains the scanned folder: following it would loop.
                out.append(_error_target(e.path, disp, "symlink-loop",
                                         f"{disp}: シンボリックリンクが循環しているため確認しません。"))
            return  # the target is checked where it lives
        out.append(_error_target(
            e.path, disp, "symlink-outside",
            f"{disp}: 確認対象のフォルダの外を指すシンボリックリンクのため確認しません。"
            f"（対処: リンク先のフォルダを直接指定してください）"))

    for p in paths:
        disp_root = display_path(os.path.normpath(p)) if p not in ("", ".") else "."
        if os.path.isdir(p):
            walk(p, "", disp_root)
        elif os.path.isfile(p):
            add_file(p, display_path(os.path.normpath(p)))
        elif os.path.lexists(p) and not os.path.exists(p):
            out.append(_error_target(p, disp_root, "file-not-found",
                                     f"{disp_root}: リンク先のファイルがありません。"))
        elif os.path.exists(p):
            out.append(_error_target(p, disp_root, "not-a-file",
                                     f"{disp_root}: 通常のファイルではないため確認しません。"))
        else:
            out.append(_error_target(p, disp_root, "file-not-found",
                                     f"{disp_root}: ファイルまたはフォルダが見つかりません。"
                                     "（対処: パスを確認してください）"))
    return out


# --------------------------------------------------------------------------- workers

def default_engine_factory(config: Config):
    from .engine import get_engine
    return get_engine(config)


def check_one(engine, path: str, kind: str | None) -> DocumentResult:
    """The unit of work in a worker (module level, so a test can swap the engine factory)."""
    return engine.check_paths([path], kind=kind)


def _load_factory(spec: str):
    mod, _, name = spec.partition(":")
    return getattr(importlib.import_module(mod), name)


def _internal_error(display: str, exc: BaseException) -> DocumentResult:
    return DocumentResult(path=display, error=ErrorInfo(
        "internal-error",
        f"{display}: 確認中に予期しないエラーが発生しました（{type(exc).__name__}）。"
        "（対処: --debug を付けて check で再実行し、表示内容を担当者に知らせてください）"))


def worker_main(conn, factory_spec: str, config: Config, single_thread_blas: bool = False) -> None:
    """Entry point of a worker process: load the engine once, then check what is sent."""
    if single_thread_blas:
        # With several workers on few cores, each worker's BLAS starting its own threads only
        # oversubscribes the cores. Must be set before numpy is imported (by spaCy, below).
        for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
            os.environ[var] = "1"
    # Ctrl-C in a terminal reaches the whole process group; only the parent decides what to do
    # (it kills the workers and writes what is done), so a worker must not die half-way.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        engine = _load_factory(factory_spec)(config)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which stops the scan
        msg = exc.one_line() if isinstance(exc, ContractCheckError) else f"{type(exc).__name__}: {exc}"
        conn.send(("fatal", msg))
        return
    conn.send(("ready", None))
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return
        if msg is None:
            return
        index, path, display, kind = msg
        try:
            doc = check_one(engine, path, kind)
        except Exception as exc:  # noqa: BLE001 - one bad file is one error row
            doc = _internal_error(display, exc)
        conn.send(("done", index, doc))


@dataclass
class _Worker:
    proc: multiprocessing.process.BaseProcess
    conn: object
    ready: bool = False
    started: float = field(default_factory=time.monotonic)
    task: tuple | None = None        # (index, path, display, kind)
    task_sent: float = 0.0
    done: int = 0


@dataclass
class ScanStats:
    total: int = 0
    cached: int = 0
    checked: int = 0
    errors: int = 0
    timeouts: int = 0
    crashed: int = 0
    workers_started: int = 0
    elapsed: float = 0.0


@dataclass
class ScanOutcome:
    documents: tuple[DocumentResult, ...]
    not_done: int
    interrupted: bool
    stats: ScanStats


class _Pool:
    def __init__(self, jobs: int, factory_spec: str, config: Config, timeout: float,
                 max_docs: int):
        self.ctx = multiprocessing.get_context("spawn")
        self.jobs = max(1, jobs)
        self.factory_spec = factory_spec
        self.config = config
        self.timeout = timeout
        self.max_docs = max(1, max_docs)
        self.workers: list[_Worker] = []
        self.startup_failures = 0
        self.started = 0

    def spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=worker_main,
                                args=(child, self.factory_spec, self.config, self.jobs > 1),
                                daemon=True, name="contractcheck-worker")
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        self.workers.append(w)
        self.started += 1
        return w

    def remove(self, w: _Worker, *, kill: bool) -> None:
        if w in self.workers:
            self.workers.remove(w)
        if kill and w.proc.is_alive():
            w.proc.kill()
        else:
            try:
                w.conn.send(None)
            except (OSError, ValueError):
                pass
        w.proc.join(timeout=5)
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join(timeout=5)
        try:
            w.conn.close()
        except OSError:
            pass

    def shutdown(self) -> None:
        for w in list(self.workers):
            self.remove(w, kill=True)


def _timeout_result(display: str, limit: float) -> DocumentResult:
    return DocumentResult(path=display, error=ErrorInfo(
        "timeout", f"{display}: 確認が{limit:g}秒以内に終わらなかったため中止しました。"
        "（対処: ファイルが壊れていないか確認するか、--timeout を延ばしてください）"))


def _crash_result(display: str) -> DocumentResult:
    return DocumentResult(path=display, error=ErrorInfo(
        "worker-crashed", f"{display}: 確認中に処理が異常終了しました（ファイルが壊れている"
        "可能性があります）。（対処: 元のファイルから作り直してください）"))


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def run_scan(targets: list[Target], *, config: Config, kind: str | None = None,
             jobs: int | None = None, timeout: float | None = None,
             cache: ResultCache | None = None, factory_spec: str = DEFAULT_FACTORY,
             progress=None, max_docs: int | None = None) -> ScanOutcome:
    """Check ``targets``; results come back in the targets' order whatever ``jobs`` is.

    ``progress(done, total)`` is called as documents finish. Ctrl-C stops the workers and
    returns what is done (``interrupted=True``) so the caller can still write its outputs.
    """
    t0 = time.monotonic()
    timeout = float(timeout or config.timeout)
    max_docs = max_docs or config.worker_max_docs
    stats = ScanStats(total=len(targets))
    results: list[DocumentResult | None] = [None] * len(targets)
    keys: dict[int, str] = {}
    pending: deque = deque()
    done = 0
    pool: _Pool | None = None
    interrupted = False

    def finish(i: int, doc: DocumentResult) -> None:
        nonlocal done
        results[i] = doc
        done += 1
        if doc.error is not None:
            stats.errors += 1
        if progress:
            progress(done, len(targets))

    try:
        for i, t in enumerate(targets):
            if t.error is not None:
                finish(i, DocumentResult(path=t.display, error=t.error))
                continue
            doc_kind = kind or config.kind_for(t.display)
            if cache is not None:
                try:
                    key = ResultCache.key(file_digest(t.path), doc_kind)
                except OSError:
                    key = None  # unreadable: the engine's check gives the proper error row
                if key is not None:
                    keys[i] = key
                    hit = cache.get(key, t.display)
                    if hit is not None:
                        stats.cached += 1
                        finish(i, hit)
                        continue
            pending.append((i, t.path, t.display, doc_kind))

        if pending:
            pool = _Pool(jobs or default_jobs(), factory_spec, config, timeout, max_docs)
            _drive(pool, pending, finish, keys, cache, config, stats)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        if pool is not None:
            pool.shutdown()
            stats.workers_started = pool.started
    stats.elapsed = time.monotonic() - t0
    docs = tuple(d for d in results if d is not None)
    return ScanOutcome(documents=docs, not_done=len(targets) - len(docs),
                       interrupted=interrupted, stats=stats)


def _drive(pool: _Pool, pending: deque, finish, keys, cache, config: Config,
           stats: ScanStats) -> None:
    """The parent's loop: hand out documents, collect results, enforce the time limit."""
    in_flight = 0

    def complete(w: _Worker, doc: DocumentResult) -> None:
        nonlocal in_flight
        index, _, display, _ = w.task
        doc = config.apply(relocate(doc, display))
        if cache is not None and index in keys:
            cache.put(keys[index], doc)
        w.task = None
        in_flight -= 1
        stats.checked += 1
        finish(index, doc)

    while pending or in_flight:
        # Keep up to `jobs` workers while there is work; new ones start while others check.
        want = min(pool.jobs, len(pending) + in_flight)
        while len(pool.workers) < want:
            pool.spawn()
        for w in pool.workers:
            if w.task is None and pending:
                w.task = pending.popleft()
                w.conn.send(w.task)
                w.task_sent = time.monotonic()
                in_flight += 1

        waitables = {}
        for w in pool.workers:
            waitables[w.conn] = w
            waitables[w.proc.sentinel] = w
        ready = mp_wait(list(waitables), timeout=0.25)
        handled: set[int] = set()
        for obj in ready:
            w = waitables[obj]
            if id(w) in handled or w not in pool.workers:
                continue
            if obj is w.conn:
                try:
                    msg = w.conn.recv()
                except (EOFError, OSError):
                    msg = None
                if msg is None:
                    continue  # the process has died: its sentinel says so below / next turn
                if msg[0] == "ready":
                    w.ready = True
                    pool.startup_failures = 0
                    if w.task is not None:
                        w.task_sent = time.monotonic()  # the clock starts when it can work
                elif msg[0] == "fatal":
                    pool.shutdown()
                    raise ContractCheckError(
                        f"作業プロセスを起動できませんでした（{msg[1]}）。",
                        "--debug を付けて再実行し、表示内容を担当者に知らせてください。")
                elif msg[0] == "done":
                    complete(w, msg[2])
                    w.done += 1
                    if w.done >= pool.max_docs:
                        handled.add(id(w))
                        pool.remove(w, kill=False)  # recycled: a fresh one starts if needed
            elif not w.proc.is_alive() or obj is w.proc.sentinel:
                # Drain a result that arrived just before the process ended.
                while w.task is not None and w.conn.poll():
                    try:
                        msg = w.conn.recv()
                    except (EOFError, OSError):
                        break
                    if msg and msg[0] == "done":
                        complete(w, msg[2])
                handled.add(id(w))
                pool.remove(w, kill=True)
                if w.task is not None:
                    if not w.ready:
                        # Died before it could work: not the document's fault. Retry it.
                        pool.startup_failures += 1
                        pending.appendleft(w.task)
                        in_flight -= 1
                        if pool.startup_failures >= MAX_STARTUP_FAILURES:
                            raise ContractCheckError(
                                "作業プロセスが起動直後に異常終了しました。",
                                "--jobs 1 で再実行するか、--debug で詳細を確認してください。")
                    else:
                        stats.crashed += 1
                        complete(w, _crash_result(w.task[2]))

        now = time.monotonic()
        for w in list(pool.workers):
            if w.task is None:
                if not w.ready and now - w.started > STARTUP_LIMIT:
                    pool.remove(w, kill=True)
                continue
            if not w.ready:
                if now - w.started > STARTUP_LIMIT:
                    pending.appendleft(w.task)
                    in_flight -= 1
                    pool.startup_failures += 1
                    pool.remove(w, kill=True)
                    if pool.startup_failures >= MAX_STARTUP_FAILURES:
                        raise ContractCheckError("作業プロセスを起動できませんでした（時間切れ）。",
                                                 "--jobs 1 で再実行してください。")
                continue
            limit = pool.timeout + (FIRST_TASK_GRACE if w.done == 0 else 0.0)
            if now - w.task_sent > limit:
                # The one stuck worker is killed and replaced; the others carry on.
                stats.timeouts += 1
                pool.remove(w, kill=True)
                complete(w, _timeout_result(w.task[2], pool.timeout))


# --------------------------------------------------------------------------- progress

class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal (CI logs stay clean)."""

    def __init__(self, stream=None, enabled: bool | None = None, min_interval: float = 0.1):
        self.stream = stream or sys.stderr
        self.enabled = (self.stream.isatty() if enabled is None else enabled)
        self.min_interval = min_interval
        self.t0 = time.monotonic()
        self.last = 0.0
        self.first_done: int | None = None
        self.width = 0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if self.first_done is None:
            # Cache hits arrive in a burst at the start; the rate counts real work only.
            self.first_done, self.t0 = done, now
        if done < total and now - self.last < self.min_interval:
            return
        self.last = now
        elapsed = max(now - self.t0, 1e-6)
        rate = (done - self.first_done) / elapsed
        frac = done / total if total else 1.0
        bar = "#" * int(frac * 24)
        line = f"\r[{bar:<24}] {done}/{total}件"
        if rate > 0:
            line += f"  {rate:.1f}件/秒"
            if done < total:
                eta = int((total - done) / rate)
                line += f"  残り約{eta // 60}:{eta % 60:02d}"
        pad = max(0, self.width - len(line))
        self.width = len(line)
        self.stream.write(line + " " * pad)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
