"""Writing outputs safely: atomically, never over an existing file without ``force``.

Inputs are never opened for writing anywhere in the package; every output goes through here.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import OutputError


def write_atomic(path: str | os.PathLike, data: bytes | str, *, force: bool = False,
                 encoding: str = "utf-8", mode: int | None = None) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder, then rename.

    A crash or Ctrl-C leaves either the old file or the new one, never half of one.
    """
    target = Path(path)
    if target.exists() and not force:
        raise OutputError(
            f"{target}: 出力先のファイルが既にあります。",
            "上書きしてよい場合は --force を付けてください。", path=str(target))
    if isinstance(data, str):
        data = data.encode(encoding)
    parent = target.parent if str(target.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
    except OSError as exc:
        raise OutputError(f"{target}: 出力先に書き込めません（{exc.strerror}）。",
                          "書き込みできるフォルダを指定してください。", path=str(target)) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return target
