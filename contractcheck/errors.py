"""One exception hierarchy with stable codes.

Every failure the tool can explain to a contract officer is a ``ContractCheckError``: a stable
``code`` (used in JSON/CSV output and by tests), a one-line Japanese ``message`` naming the file,
and a ``hint`` saying what to do. The CLI turns these into exit code 2; nothing else does.
Messages never quote document text (privacy: see README "セキュリティとプライバシー").
"""

from __future__ import annotations


class ContractCheckError(Exception):
    """Base class. ``code`` is stable; ``message`` and ``hint`` are Japanese for the user."""

    code = "error"

    def __init__(self, message: str, hint: str = "", *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.path = path

    def one_line(self) -> str:
        """The single line shown to the user: what is wrong, then what to do."""
        text = self.message
        if self.hint:
            text += f"（対処: {self.hint}）"
        return text

    def as_dict(self) -> dict:
        return {"code": self.code, "message": self.one_line()}


class InputError(ContractCheckError):
    """A contract file that cannot be read as a contract."""

    def __init__(self, code: str, message: str, hint: str = "", *, path: str | None = None):
        super().__init__(message, hint, path=path)
        self.code = code


class PatternError(ContractCheckError):
    """A clause pattern file that is malformed (raised before any contract is read)."""

    code = "pattern-invalid"


class TemplateDataError(ContractCheckError):
    """Variables given to ``generate`` that do not fit the template; lists every problem."""

    code = "template-data"

    def __init__(self, message: str, problems: list[str] | None = None, hint: str = ""):
        super().__init__(message, hint)
        self.problems = list(problems or [])

    def one_line(self) -> str:
        text = super().one_line()
        if self.problems:
            text += " " + " / ".join(self.problems)
        return text


class TemplateError(ContractCheckError):
    """A template file that is broken or unsafe."""

    code = "template-invalid"


class ConfigError(ContractCheckError):
    """A configuration file (pyproject.toml / contractcheck.toml) that is malformed."""

    code = "config-invalid"


class OutputError(ContractCheckError):
    """An output file that cannot or must not be written (exists without --force, no permission)."""

    code = "output"


class UsageError(ContractCheckError):
    code = "usage"
