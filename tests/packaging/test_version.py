"""One version: the package, the changelog, the AppStream metadata and the wheel agree."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from makerspace_app import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_changelog_starts_with_the_current_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    first = re.search(r"^## \[([^\]]+)\]", text, re.MULTILINE)
    assert first, "CHANGELOG.md has no '## [version]' heading"
    assert first.group(1) == __version__


def test_appstream_metadata_lists_the_current_version() -> None:
    (metainfo,) = (ROOT / "packaging" / "linux").glob("*.metainfo.xml")
    releases = ET.parse(metainfo).getroot().find("releases")
    assert releases is not None
    assert releases[0].get("version") == __version__


def test_pyproject_reads_the_version_from_the_package() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in text
    assert 'path = "makerspace_app/__init__.py"' in text
    assert not re.search(r'^version\s*=', text, re.MULTILINE), "a second version string"
