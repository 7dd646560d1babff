"""Coded errors with a fix-it hint. The CLI prints one line; the API one JSON shape."""
from __future__ import annotations


class FrontwatchError(Exception):
    """Base error: ``code`` (FWxxx), a message, and a hint saying how to fix it."""

    code = "FW000"

    def __init__(self, message: str, hint: str = "", code: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint
        if code:
            self.code = code

    def line(self) -> str:
        hint = f" (hint: {self.hint})" if self.hint else ""
        return f"error {self.code}: {self.message}{hint}"

    def as_json(self) -> dict:
        return {"error": {"code": self.code, "message": self.message, "hint": self.hint}}


class InputError(FrontwatchError):
    """A file or line that cannot be read. Carries the source it names."""

    code = "FW100"

    def __init__(self, source: str, reason: str, hint: str = "", code: str | None = None, kept: bool = False):
        super().__init__(f"{source}: {reason}", hint, code)
        self.source = source
        self.reason = reason
        self.kept = kept        # True: a warning, the document was still read


def problem_lines(problems: list[InputError]) -> list[str]:
    """One line per input: 'skipped CODE: source: reason (hint)', or 'note ...' when it was still read.

    Several problems of one input (an encoding note and a missing date) share its line.
    """
    by_source: dict[str, list[InputError]] = {}
    for problem in problems:
        by_source.setdefault(problem.source, []).append(problem)
    lines = []
    for source, found in by_source.items():
        label = "note" if all(p.kept for p in found) else "skipped"
        found = sorted(found, key=lambda p: p.kept)     # why it was skipped comes first, with its code
        reasons = "; ".join(p.reason for p in found)
        hints = "; ".join(dict.fromkeys(p.hint for p in found if p.hint))
        lines.append(f"{label} {found[0].code}: {source}: {reasons}" + (f" (hint: {hints})" if hints else ""))
    return lines


class NothingReadError(FrontwatchError):
    """Nothing usable in the inputs; carries the problems met on the way, for the user to read first."""

    code = "FW101"

    def __init__(self, message: str, hint: str = "", problems: list | None = None):
        super().__init__(message, hint)
        self.problems = list(problems or [])


class SettingError(FrontwatchError):
    code = "FW200"


class StoreError(FrontwatchError):
    code = "FW300"


class ModelError(FrontwatchError):
    code = "FW400"


class GoldError(FrontwatchError):
    code = "FW500"


class OutputError(FrontwatchError):
    """An export or brief.html that cannot be written (a read-only folder, a full disk)."""

    code = "FW700"


EXPORTS_AGAIN = ("check that the folder is writable and has free space; the store keeps what was read, "
                 "so `frontwatch report --db STORE --out FOLDER` writes the exports again")


def output_error(path, exc: OSError, hint: str = EXPORTS_AGAIN) -> OutputError:
    """The write of ``path`` failed: say which file and why (by default: and that the store still holds everything)."""
    return OutputError(f"{path}: cannot write ({exc.strerror or exc})", hint=hint)
