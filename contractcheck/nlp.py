"""GiNZA, loaded once per process, lazily. The only module that imports spaCy.

Facts measured on our 2-core machines (see ARCHITECTURE.md): the full ja_ginza pipeline parses
~700-1,000 chars/s; without ``ner`` ~4x faster; numpy's BLAS beats thinc's blis here; SudachiPy
rejects any input over 49,149 UTF-8 bytes. So: no ner, NumpyOps without blis, only the
sentences the judgement needs, batched, cached by normalized text, each piece byte-bounded.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict

# Keep pieces well under SudachiPy's 49,149-byte limit, and short enough to parse quickly.
MAX_PIECE_CHARS = 1200
SUDACHI_MAX_BYTES = 49149
# Components the judgement never reads: ner alone was ~3/4 of the parse time; the compound
# splitter does nothing in split mode None. NOTE: bunsetu_recognizer stays: besides bunsetu
# spans it turns the parser's raw labels (「nsubj_bunsetu」) into the UD labels clause.py reads.
EXCLUDED_PIPES = ("ner", "compound_splitter")

_lock = threading.Lock()
_nlp = None
_owner_pid = None


def _use_numpy_blas(nlp) -> None:
    """Swap thinc's blis matmul for numpy's (OpenBLAS): measured ~+25% end to end here."""
    try:
        from thinc.api import NumpyOps
    except ImportError:  # pragma: no cover - thinc always ships with spaCy
        return
    ops = NumpyOps(use_blis=False)
    for _, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            node.ops = ops


def get_nlp(full: bool = False):
    """The pipeline, loaded on first use. ``full=True`` gives the naive baseline (benchmarks)."""
    global _nlp, _owner_pid
    if full:
        import spacy
        return spacy.load("ja_ginza")
    with _lock:
        # A forked child must not reuse the parent's pipeline object state blindly; reload.
        if _nlp is None or _owner_pid != os.getpid():
            import spacy

            _nlp = spacy.load("ja_ginza", exclude=list(EXCLUDED_PIPES))
            # Sudachi's finer splits (modes A and B) are kept only for the compound splitter,
            # which is excluded: computing them was ~1/4 of the tokenizer's time, and the
            # tokenizer runs on every candidate sentence.
            _nlp.tokenizer.need_subtokens = False
            if os.environ.get("CONTRACTCHECK_BLIS") != "1":
                _use_numpy_blas(_nlp)
            _owner_pid = os.getpid()
        return _nlp


def is_loaded() -> bool:
    return _nlp is not None


def pieces(text: str, limit: int = MAX_PIECE_CHARS) -> list[str]:
    """Split ``text`` into pieces the model accepts: at 、 where possible, else hard cuts.

    Every piece stays under both ``limit`` characters and SudachiPy's byte limit.
    """
    if len(text) <= limit and len(text.encode("utf-8")) < SUDACHI_MAX_BYTES:
        return [text]
    out, cur = [], ""
    for part in _split_keep(text, "、"):
        while len(part) > limit:
            out.append(part[:limit])
            part = part[limit:]
        if len(cur) + len(part) > limit:
            out.append(cur)
            cur = ""
        cur += part
    if cur:
        out.append(cur)
    return [p for p in out if p]


def _split_keep(text: str, sep: str) -> list[str]:
    parts = text.split(sep)
    return [p + sep for p in parts[:-1]] + [parts[-1]]


class ParseCache:
    """Parsed sentences keyed by normalized text. Municipal contracts repeat the same clauses
    almost word for word, so a scan of one ward's store hits this cache very often.
    A parsed sentence costs ~60 KB: 500 entries (~30 MB) keep the last few contracts, enough
    for consecutive near-identical ones, while memory stays flat over thousands of documents."""

    def __init__(self, size: int = 500) -> None:
        self.size = size
        self._docs: OrderedDict[str, object] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def parse_docs(self, docs: list, nlp=None) -> list:
        """Parse tokenized Docs (from ``nlp.make_doc``), reusing cached parses by text."""
        nlp = nlp or get_nlp()
        todo: dict[str, object] = {}
        for d in docs:
            if d.text not in self._docs and d.text not in todo:
                todo[d.text] = d
        self.hits += len(docs) - len(todo)
        self.misses += len(todo)
        for text, parsed in zip(todo, nlp.pipe(list(todo.values()), batch_size=64)):
            self._docs[text] = parsed
            if len(self._docs) > self.size:
                self._docs.popitem(last=False)
        out = []
        for d in docs:
            parsed = self._docs.get(d.text)
            if parsed is None:  # evicted within this call (cache smaller than the batch)
                parsed = nlp(d.text)
            else:
                self._docs.move_to_end(d.text)
            out.append(parsed)
        return out
