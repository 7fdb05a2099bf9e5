"""The translation pipeline: Qt's .ts sources and the compiled .qm files the app ships.

    .venv/bin/python tools/translations.py update    # lupdate: new strings into the .ts files
    .venv/bin/python tools/translations.py update --prune  # ... and drop vanished ones
    .venv/bin/python tools/translations.py release   # lrelease: .ts -> .qm (commit both)
    .venv/bin/python tools/translations.py check     # exit 1 when anything is not finished

English is the source language (the text in the code). ``update`` extracts every string
marked with ``self.tr``, ``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP`` from
makerspace_app/**/*.py into resources/translations/makerspace_<lang>.ts, keeping the
translations already made; a string the code no longer has stays as "vanished" with its
translation (lrelease leaves it out; it comes back if the code has it again) until
``update --prune``. New strings arrive as
"unfinished": translate them (Qt Linguist: ``.venv/bin/pyside6-linguist FILE.ts``, or any
editor), then ``release``.

``check`` fails when a string of the code is missing from a .ts file, when a translation is
unfinished or empty (every plural form counts), when a translation loses a placeholder
(%1, %n, {name}) or the & of a keyboard accelerator, and when a .qm file is missing or is not
what lrelease makes of its .ts (a .qm left behind after the .ts changed).
"""

from __future__ import annotations

import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "makerspace_app"
FOLDER = ROOT / "resources" / "translations"
PREFIX = "makerspace"
LANGUAGES = ("es", "fr", "ar", "uk")
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)|\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{PREFIX}_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"{PREFIX}_{language}.qm"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the project's venv), else PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 into the environment")
    return found


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "_shipped" not in p.parts)


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def lupdate(targets: list[Path], extra_sources: tuple[Path, ...] = (),
            prune: bool = False) -> None:
    """Extract the strings of the code into ``targets``. A string the code no longer has
    stays in the file as "vanished" with its translation (it comes back to life if the code
    has it again), unless ``prune``."""
    files = [_shown(p) for p in (*sources(), *extra_sources)]
    command = [_tool("pyside6-lupdate"), *files, *(["-no-obsolete"] if prune else []),
               "-locations", "none", "-ts", *[str(t) for t in targets]]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"lupdate failed: {result.stderr.strip() or result.stdout.strip()}")


def lrelease(ts: Path, qm: Path) -> None:
    command = [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"lrelease failed for {ts.name}: {result.stderr.strip()}")


def update(prune: bool = False) -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    targets = [ts_path(lang) for lang in LANGUAGES]
    for lang, target in zip(LANGUAGES, targets, strict=True):
        if not target.exists():
            target.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{lang}" sourcelanguage="en"></TS>\n',
                encoding="utf-8",
            )
    lupdate(targets, prune=prune)


def release() -> None:
    for lang in LANGUAGES:
        lrelease(ts_path(lang), qm_path(lang))


# --- checking ------------------------------------------------------------------------------


DEAD = ("vanished", "obsolete")  # kept in a .ts file for when the code has them again


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]


def read_ts(path: Path) -> list[Message]:
    out = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            out.append(Message(name, source, numerus, kind, forms))
    return out


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?![&#\w]+;)(?=\S)", text.replace("&&", "")))


def message_problems(language: str, message: Message) -> list[str]:
    where = f"{language} [{message.context}] {message.source!r}"
    if message.kind in ("unfinished", "vanished", "obsolete"):
        return [f"{where}: {message.kind or 'not translated'}"]
    if not message.forms or any(not form.strip() for form in message.forms):
        return [f"{where}: empty translation"]
    problems = []
    wanted = set(PLACEHOLDER.findall(message.source))
    for form in message.forms:
        have = set(PLACEHOLDER.findall(form))
        if message.numerus:  # a plural form may spell out "one" instead of %n
            missing, extra = (wanted - {"%n"}) - have, have - wanted
        else:
            missing, extra = wanted - have, have - wanted
        if missing or extra:
            problems.append(f"{where}: placeholders {sorted(missing)} missing, {sorted(extra)} extra in {form!r}")
        if _accelerators(message.source) and not _accelerators(form):
            problems.append(f"{where}: the & accelerator is missing in {form!r}")
    return problems


def problems(folder: Path = FOLDER, extra_sources: tuple[Path, ...] = ()) -> list[str]:
    """Everything unfinished, as lines for a person to read (empty when all is complete).

    ``extra_sources`` are Python files checked as if they were part of the app (tests use
    them to show that a new, untranslated string is found)."""
    found: list[str] = []
    with tempfile.TemporaryDirectory(prefix="makerspace-ts-") as tmp:
        copies = []
        for lang in LANGUAGES:
            committed = ts_path(lang, folder)
            if not committed.exists():
                found.append(f"{_shown(committed)} is missing (run: tools/translations.py update)")
                continue
            copy = ts_path(lang, Path(tmp))
            shutil.copy2(committed, copy)
            copies.append((lang, committed, copy))
        if copies:
            lupdate([copy for _, _, copy in copies], extra_sources)  # what the code marks for translation now
        for lang, committed, copy in copies:
            current = [m for m in read_ts(copy) if m.kind not in DEAD]
            stored = {(m.context, m.source) for m in read_ts(committed) if m.kind not in DEAD}
            for message in current:
                if (message.context, message.source) not in stored:
                    found.append(f"{lang} [{message.context}] {message.source!r}: new in the code, "
                                 "not in the .ts file (run: tools/translations.py update)")
                else:
                    found.extend(message_problems(lang, message))
            gone = stored - {(m.context, m.source) for m in current}
            found.extend(f"{lang} [{c}] {s!r}: no longer in the code (run update)" for c, s in sorted(gone))
            qm = qm_path(lang, folder)
            if not qm.exists():
                found.append(f"{_shown(qm)} is missing (run: tools/translations.py release)")
                continue
            fresh = Path(tmp) / f"fresh_{lang}.qm"
            lrelease(committed, fresh)
            if not filecmp.cmp(fresh, qm, shallow=False):
                found.append(f"{_shown(qm)} is older than its .ts file "
                             "(run: tools/translations.py release)")
    return found


def counts(folder: Path = FOLDER) -> dict[str, int]:
    """Finished translations per language."""
    return {
        lang: sum(1 for m in read_ts(ts_path(lang, folder)) if not m.kind and all(m.forms))
        for lang in LANGUAGES if ts_path(lang, folder).exists()
    }


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "release", "check") \
            or argv[1:] not in ([], ["--prune"]) or (argv[1:] and argv[0] != "update"):
        print("usage: tools/translations.py update [--prune] | release | check", file=sys.stderr)
        return 2
    if argv[0] == "update":
        update(prune=argv[1:] == ["--prune"])
        for lang, ok in counts().items():
            total = sum(1 for m in read_ts(ts_path(lang)) if m.kind not in DEAD)
            print(f"{lang}: {ok} of {total} translated")
        return 0
    if argv[0] == "release":
        release()
        return 0
    found = problems()
    for line in found:
        print(line, file=sys.stderr)
    if found:
        print(f"{len(found)} translation problem(s)", file=sys.stderr)
        return 1
    print("translations complete: " + ", ".join(f"{k} {v}" for k, v in counts().items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
