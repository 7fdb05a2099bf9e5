"""Helpers for the printing tests: the names file, external tools, small images.

External tools (pdftoppm from poppler-utils, zbarimg from zbar-tools) are optional on a
developer's machine: tests that need one skip with the reason. Under CI=true a missing tool
is a failure, so CI can never pass without having looked at the pictures.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
IN_CI = os.environ.get("CI", "").lower() == "true"


def load_names() -> list[dict[str, str]]:
    """Rows of tests/data/names.csv, each with a "name" key: given + family, trimmed."""
    with (DATA / "names.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row["name"] = " ".join(f"{row['given_name']} {row['family_name']}".split())
    return rows


def need_tool(tool: str, package: str) -> str:
    """The path of an external tool; skip (or fail under CI=true) when it is missing."""
    path = shutil.which(tool)
    if path:
        return path
    message = f"{tool} is not installed (Debian package {package})"
    if IN_CI:
        pytest.fail(f"{message}; it is required under CI=true", pytrace=False)
    pytest.skip(message)


def rasterise(pdf: Path, out_dir: Path, dpi: int, *, gray: bool = True,
              first: int | None = None, last: int | None = None) -> list[Path]:
    """PDF pages as PNG files (pdftoppm), in page order."""
    pdftoppm = need_tool("pdftoppm", "poppler-utils")
    out_dir.mkdir(parents=True, exist_ok=True)
    cmd = [pdftoppm, "-r", str(dpi), "-png"]
    if gray:
        cmd.append("-gray")
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    subprocess.run(cmd + [str(pdf), str(out_dir / "page")], check=True, capture_output=True)
    return sorted(out_dir.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def decode_qr(png: Path) -> list[str]:
    """Every QR code zbarimg finds in a picture."""
    zbarimg = need_tool("zbarimg", "zbar-tools")
    result = subprocess.run([zbarimg, "--quiet", "--raw", "--nodbus", "-Sdisable",
                             "-Sqrcode.enable", str(png)], capture_output=True, text=True)
    if result.returncode not in (0, 4):  # 4: nothing found
        raise AssertionError(f"zbarimg failed: {result.stderr}")
    return [line for line in result.stdout.splitlines() if line]


def png_bytes(width: int, height: int, draw) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw(ImageDraw.Draw(image))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
