"""An uploaded notebook or bundle checked before any chat starts from it: hostile inputs refused, kernel-free."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import nbformat
import pytest

from notebook_agent.data.notebook_upload import (
    MAX_CELLS,
    MAX_NOTEBOOK_BYTES,
    is_import,
    read_notebook,
    read_upload,
)
from notebook_agent.errors import UploadError, UploadFormatError, UploadTooBig

LIMIT = 64 << 20


def _nb_text(cells: int = 1) -> str:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(f"x{i} = {i}") for i in range(cells)]
    return str(nbformat.writes(nb))


def _zip(path: Path, entries: dict[str, bytes | str], link: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
        if link is not None:
            info = zipfile.ZipInfo(link)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return path


def test_names_that_start_a_chat() -> None:
    assert is_import("a.ipynb") and is_import("B.ZIP") and not is_import("data.csv")


def test_a_valid_notebook_and_a_bundle_are_read(tmp_path: Path) -> None:
    nb = read_notebook(_nb_text(3).encode(), "x.ipynb")
    assert [c.source for c in nb.cells] == ["x0 = 0", "x1 = 1", "x2 = 2"]
    bundle = _zip(
        tmp_path / "b.zip",
        {"notebook.ipynb": _nb_text(), "sales.csv": "x\n1\n", "BUNDLE-NOTES.txt": "left out: big.csv"},
    )
    work = tmp_path / "work"
    work.mkdir()
    source = read_upload(bundle, "b.zip", work, max_file_bytes=LIMIT)
    assert source.name == "notebook.ipynb" and not source.ours
    [(copy, name)] = source.files
    assert name == "sales.csv" and copy.parent == work and copy.name != name and copy.read_text() == "x\n1\n"
    assert source.notes and "left out" in source.notes[0]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('{"cells": [}', "not JSON"),
        ("[1, 2]", r"not a notebook \(no list of cells\)"),
        ('{"cells": [{"cell_type": "code"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}', "not a valid"),
        ("[" * 100_000 + "]" * 100_000, "not JSON"),
        ("\xff\xfe not utf-8", "not JSON"),
    ],
)
def test_bad_notebooks_are_refused(text: str, words: str) -> None:
    data = text.encode("latin-1") if text.startswith("\xff") else text.encode()
    with pytest.raises(UploadFormatError, match=words) as caught:
        read_notebook(data, "../../etc/evil.ipynb")
    assert "evil.ipynb" in str(caught.value) and "../" not in str(caught.value)


def test_too_big_and_too_many_cells_are_refused(tmp_path: Path) -> None:
    huge = tmp_path / "huge.ipynb"
    with open(huge, "wb") as fh:
        fh.truncate(MAX_NOTEBOOK_BYTES + 1)  # sparse: refused by its size before a byte is read
    with pytest.raises(UploadTooBig, match="Clear its outputs"):
        read_upload(huge, "huge.ipynb", tmp_path, max_file_bytes=LIMIT)
    with pytest.raises(UploadTooBig, match=f"{MAX_CELLS + 1:,} cells"):
        read_notebook(_nb_text(MAX_CELLS + 1).encode(), "many.ipynb")


@pytest.mark.parametrize(
    ("entries", "words"),
    [
        ({"notebook.ipynb": "{}", "../escape.csv": "x\n1\n"}, "names a path"),
        ({"notebook.ipynb": "{}", "/etc/cron.d/x.csv": "x\n1\n"}, "names a path"),
        ({"notebook.ipynb": "{}", "sub/x.csv": "x\n1\n"}, "names a path"),
        ({"notebook.ipynb": "{}", "..\\x.csv": "x\n1\n"}, "names a path"),
        ({"notebook.ipynb": "{}", ".hidden.csv": "x\n1\n"}, "names a path"),
        ({"notebook.ipynb": "{}", "folder/": ""}, "is a folder"),
        ({"a.ipynb": "{}", "b.ipynb": "{}"}, "2 notebooks"),
        ({"data.csv": "x\n1\n"}, "0 notebooks"),
        ({f"f{i}.csv": "x\n1\n" for i in range(70)}, "entries"),
    ],
)
def test_hostile_bundles_are_refused(tmp_path: Path, entries: dict[str, bytes | str], words: str) -> None:
    bundle = _zip(tmp_path / "b.zip", entries)
    work = tmp_path / "work"
    work.mkdir()
    with pytest.raises(UploadError, match=words):
        read_upload(bundle, "b.zip", work, max_file_bytes=LIMIT)
    assert list(work.iterdir()) == []  # nothing unpacked
    assert not (tmp_path / "escape.csv").exists()


def test_a_link_in_a_bundle_is_refused(tmp_path: Path) -> None:
    bundle = _zip(tmp_path / "b.zip", {"notebook.ipynb": _nb_text()}, link="data.csv")
    with pytest.raises(UploadError, match=r"'data\.csv' is a link"):
        read_upload(bundle, "b.zip", tmp_path, max_file_bytes=LIMIT)


def test_a_zip_bomb_is_refused_by_its_directory(tmp_path: Path) -> None:
    bundle = _zip(tmp_path / "b.zip", {"notebook.ipynb": _nb_text(), "zeros.csv": b"0" * (48 << 20)})
    assert bundle.stat().st_size < 1 << 20
    with pytest.raises(UploadTooBig, match="zip bomb"):
        read_upload(bundle, "b.zip", tmp_path, max_file_bytes=LIMIT)
    with pytest.raises(UploadTooBig, match="over the 16 MB upload limit"):
        read_upload(bundle, "b.zip", tmp_path, max_file_bytes=16 << 20)


def test_not_a_zip_and_not_a_notebook(tmp_path: Path) -> None:
    fake = tmp_path / "fake.zip"
    fake.write_text("just text")
    with pytest.raises(UploadFormatError, match="not a zip file"):
        read_upload(fake, "fake.zip", tmp_path, max_file_bytes=LIMIT)
    csv = tmp_path / "x.csv"
    csv.write_text(json.dumps({"cells": []}))
    with pytest.raises(UploadFormatError, match="neither a notebook"):
        read_upload(csv, "x.csv", tmp_path, max_file_bytes=LIMIT)
