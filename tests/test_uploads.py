"""Uploads: formats, encodings, delimiters, headers, refusals, names, and the kernel-side profile.

Load and profile code run in a plain subprocess Python (not the sandbox), with the destination dir as cwd.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from notebook_agent.data import PreparedUpload, format_profile, parse_profile, prepare_upload, profile_code
from notebook_agent.data.delimited import detect_header, sniff_delimiter
from notebook_agent.data.names import safe_filename, variable_name
from notebook_agent.errors import UploadError

PYTHON = sys.executable

LATIN_TEXT = "name,city,score\nJosé,Zürich,1\nRenée,München,2\nGünther,Köln,3\n"
ENCODED = {
    "utf-8": LATIN_TEXT.encode("utf-8"),
    "utf-8-sig": codecs.BOM_UTF8 + LATIN_TEXT.encode("utf-8"),
    "latin-1": LATIN_TEXT.encode("latin-1"),
    "utf-16": codecs.BOM_UTF16_LE + LATIN_TEXT.encode("utf-16-le"),
}


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def refused(src: Path, dest: Path, **kwargs: Any) -> str:
    """Prepare an upload that must be refused; its message, and nothing left in dest."""
    dest.mkdir(exist_ok=True)
    with pytest.raises(UploadError) as info:
        prepare_upload(src, dest, **kwargs)
    assert list(dest.iterdir()) == []
    return str(info.value)


def run_python(code: str, cwd: Path) -> str:
    proc = subprocess.run([PYTHON, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


_BATCH = """
import json, sys, traceback
import pandas as pd
for key, code in json.loads(sys.stdin.read()):
    try:
        exec(code, {"pd": pd})
    except Exception:
        print(json.dumps({"batch_error": key, "traceback": traceback.format_exc()}))
"""


def load_all(dest: Path, uploads: dict[str, PreparedUpload]) -> dict[str, dict[str, Any]]:
    """Run each upload's load code and profile code, in its own namespace, in one subprocess."""
    jobs = [[key, up.load_code + "\n" + profile_code(up.variable)] for key, up in uploads.items()]
    proc = subprocess.run(
        [PYTHON, "-c", _BATCH], cwd=dest, input=json.dumps(jobs), capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    by_variable = {up.variable: key for key, up in uploads.items()}
    results: dict[str, dict[str, Any]] = {}
    for line in proc.stdout.splitlines():
        data = json.loads(line)
        assert "batch_error" not in data, f"{data.get('batch_error')}:\n{data.get('traceback')}"
        results[by_variable[data["variable"]]] = data
    return results


def column(profile: dict[str, Any], name: str) -> dict[str, Any]:
    return next(c for c in profile["columns"] if c["name"] == name)


# --- every accepted format, loaded for real in one subprocess ------------------------------------------------------


def _make_sources(src: Path) -> dict[str, tuple[Path, str | None]]:
    """Sample files: key → (path, original name or None)."""
    import openpyxl
    import pandas as pd

    files: dict[str, tuple[Path, str | None]] = {}
    for name, data in ENCODED.items():
        files[f"enc-{name}"] = (write(src / f"enc-{name}.csv", data), None)
    rows = [["id", "amount", "label"], ["1", "2.5", "x"], ["2", "3.5", "y"], ["3", "4.5", "z"]]
    for key, sep in {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|"}.items():
        ext = "tsv" if sep == "\t" else "csv"
        files[f"sep-{key}"] = (write(src / f"sep-{key}.{ext}", "".join(sep.join(r) + "\n" for r in rows)), None)
    files["noheader"] = (write(src / "noheader.csv", "1,2.5,3\n4,5.5,6\n7,8.5,9\n"), None)
    # a bank's download with no header row (Wells Fargo): date, signed amount, "*", check number, description
    statement = "".join(
        f'"{12 - i // 3:02d}/{28 - i % 28:02d}/2024","{"-" if i % 4 else ""}{12.5 + i * 3.1:.2f}","*","",'
        f'"PURCHASE AUTHORIZED ON {12 - i // 3:02d}/{28 - i % 28:02d} SHOP NUMBER {i * 7919 % 1000} CARD 4417"\n'
        for i in range(30)
    )
    files["statement-noheader"] = (write(src / "checking.csv", statement), None)
    files["decimal-comma"] = (write(src / "decimal.csv", "item;price\na;1,5\nb;2,25\n"), None)
    files["quoted"] = (write(src / "quoted.csv", 'name,note\n"Smith, J.","a;b|c"\n"Doe, A.","x;y"\n'), None)
    files["header-only"] = (write(src / "header-only.csv", "a,b,c\n"), None)
    # the UCI tables' "?" for a missing number; a "?" in text stays a question mark's row of its own
    marks = "".join(f"{30 + i},{'?' if i % 4 == 0 else float(i % 2)},{'?' if i == 3 else 'ok'}\n" for i in range(12))
    files["question-marks"] = (write(src / "marks.csv", "Age,Smokes,Note\n" + marks), None)
    # the World Bank's layout: years as column names, a trailing comma on every line
    wide = "".join(f"{c},{c[:3].upper()},{i},{i + 1},{i + 2},\n" for i, c in enumerate(["Aruba", "Chad", "Peru"]))
    files["wide-years"] = (write(src / "years-wide.csv", "Country Name,Country Code,1990,1991,1992,\n" + wide), None)
    # a report's title and a blank line above its table (Google Ads, Analytics)
    report = "".join(f"Campaign {i % 3},{i * 7},{i * 1.5:.2f},2023-01-{i + 1:02d}\n" for i in range(9))
    files["titled"] = (write(src / "titled.csv", "Campaign report,,,\n\nCampaign,Clicks,Cost,Day\n" + report), None)
    # an ONS time series download: the series' id, unit and release dates under the header, then years, quarters
    # and months of figures in the Title column
    ons = '"Title","CPIH ANNUAL RATE 00: ALL ITEMS 2015=100","CPIH ANNUAL RATE 01: FOOD 2015=100"\n'
    ons += '"CDID","L55O","L55P"\n"Source dataset ID","MM23","MM23"\n"PreUnit","",""\n"Unit","%","%"\n'
    ons += '"Release date","17-01-2024","17-01-2024"\n"Next release","14 February 2024","14 February 2024"\n'
    ons += '"Important notes","",""\n"2022","9.1","10.2"\n"2023","6.0","11.1"\n"2022 Q4","9.4","14.6"\n'
    ons += "".join(f'"2023 {m}","{5 + i / 10:.1f}","{12 - i / 4:.1f}"\n' for i, m in enumerate(["JAN", "FEB", "MAR"]))
    files["ons-series"] = (write(src / "mm23.csv", ons), None)
    # Google Business Profile's insights: a row of descriptions in words under the header, then counts
    gbp = "Business name,Month,Total searches,Total views,Phone call actions\n"
    gbp += ",,Total number of times the profile appeared in search,Total number of times the profile was viewed,"
    gbp += "Number of times customers called the business\n"
    gbp += "".join(f"Clinic {i % 3},2023-{i % 12 + 1:02d}-01,{100 + i},{200 + i},{i % 7}\n" for i in range(12))
    files["described"] = (write(src / "insights.csv", gbp), None)
    # FRED's "." on holidays, IMDb's "\\N": marks of a missing number, each read as missing
    yields = "".join(f"2023-01-{i + 1:02d},{'.' if i % 5 == 0 else f'{3.5 + i / 100:.2f}'}\n" for i in range(12))
    files["fred-dots"] = (write(src / "DGS10.csv", "observation_date,DGS10\n" + yields), None)
    unknown = "\\N"
    episodes = "".join(f"tt{i:07d},{unknown if i % 4 == 0 else i % 6 + 1},{40 + i}\n" for i in range(12))
    files["imdb-n"] = (write(src / "episodes.csv", "tconst,seasonNumber,runtimeMinutes\n" + episodes), None)
    # Coinbase: a notice, a section name and an account line of three cells above a table of seven columns
    trades = "".join(
        f"2023-01-{i + 1:02d}T10:00:00Z,{'Buy' if i % 3 else 'Sell'},BTC,0.00{i + 1},USD,{20000 + i},{20 + i}\n"
        for i in range(8)
    )
    files["account-line"] = (
        write(
            src / "coinbase.csv",
            '"You can use this report to inform your likely tax obligations."\nTransactions,,,,,,\n'
            "User,Alex Morgan,5f3c9a8e,,,,\nTimestamp,Transaction Type,Asset,Quantity Transacted,"
            "Spot Price Currency,Spot Price at Transaction,Subtotal\n" + trades,
        ),
        None,
    )
    # LinkedIn: notes and a blank line above an all-text table
    people = "".join(f"Ann{i},Lee{i},Company {i % 3},Engineer\n" for i in range(8))
    files["notes-above"] = (
        write(
            src / "connections.csv",
            'Notes:,,,\n"When exporting your connection data, some email addresses are missing.",,,\n,,,\n'
            "First Name,Last Name,Company,Position\n" + people,
        ),
        None,
    )
    # USGS: the RDB formats' row under the header; HXL: the hashtags' row
    flows = "".join(f"USGS,01646500,2023-01-{i + 1:02d},{3000 + 10 * i}\n" for i in range(8))
    files["format-row"] = (
        write(src / "usgs.csv", "agency_cd,site_no,datetime,69928_00060_00003\n5s,15s,20d,14n\n" + flows),
        None,
    )
    prices = "".join(f"Nairobi,Maize,KG,{40 + i}\n" for i in range(8))
    files["hxl-row"] = (
        write(src / "wfp.csv", "admin1,commodity,unit,price\n#adm1+name,#item+name,#item+unit,#value\n" + prices),
        None,
    )
    # Salesforce: a blank row, the grand total, a blank row and a copyright line below the table
    deals = "".join(f"Chris,Acme {i},Closed Won,{1000 * (i + 1)}\n" for i in range(9))
    files["footer"] = (
        write(
            src / "salesforce.csv",
            "Opportunity Owner,Account Name,Stage,Amount\n"
            + deals
            + ',,,\nGrand Totals (9 records),,,45000\n,,,\n"Copyright (c) 2000-2023 salesforce.com, inc.",,,\n',
        ),
        None,
    )
    files["ragged"] = (write(src / "ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n"), None)
    files["trailing"] = (write(src / "trailing.csv", "a,b\n1,2,\n3,4,\n"), None)
    files["dates"] = (
        write(
            src / "dates.csv",
            "when,day,city,flag,value\n"
            + "".join(
                f"2024-01-{d:02d},202401{d:02d},{'Paris' if d % 2 else 'Köln'},{d % 3 == 0},{d * 1.5}\n"
                for d in range(1, 21)
            ),
        ),
        None,
    )
    records = [{"id": 1, "zip": "01234", "when": "2024-01-05"}, {"id": 2, "zip": "99999", "when": "2024-02-05"}]
    files["json-records"] = (write(src / "records.json", json.dumps(records)), None)
    files["json-lines"] = (write(src / "lines.jsonl", "\n".join(json.dumps(r) for r in records) + "\n"), None)
    files["json-lines-in-json"] = (write(src / "lines2.json", "\n".join(json.dumps(r) for r in records)), None)
    files["json-nested"] = (write(src / "api.json", json.dumps({"meta": {"n": 2}, "data": records})), None)
    frame = pd.DataFrame({"id": [1, 2, 3], "city": ["Paris", "Köln", "Zürich"], "day": [20240105, 20240106, 20240107]})
    frame.to_excel(src / "book.xlsx", index=False)
    files["excel"] = (src / "book.xlsx", None)
    book = openpyxl.Workbook()
    sheet = book.active
    for r, values in enumerate([[1, 2], [3, 4], [5, 6]], start=3):
        for c, value in enumerate(values, start=1):
            sheet.cell(row=r, column=c, value=value)
    book.create_sheet("Other")["A1"] = "more"
    book.save(src / "noheader.xlsx")
    files["excel-noheader"] = (src / "noheader.xlsx", None)
    book = openpyxl.Workbook()
    book.active.append(["Sales report 2024"])
    book.active.append([])
    for values in (["region", "amount"], ["north", 10], ["south", 12.5]):
        book.active.append(values)
    book.save(src / "report.xlsx")
    files["excel-title"] = (src / "report.xlsx", None)
    wide = ",".join(f"c{i}" for i in range(100)) + "\n" + ",".join(["x" * 200] + [str(i) for i in range(99)]) + "\n"
    files["wide"] = (write(src / "wide.csv", wide), None)
    frame.to_parquet(src / "table.parquet")
    files["parquet"] = (src / "table.parquet", None)
    return files


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[PreparedUpload, dict[str, Any]]]:
    root = tmp_path_factory.mktemp("formats")
    dest = root / "session"
    dest.mkdir()
    uploads: dict[str, PreparedUpload] = {}
    variables: set[str] = set()
    for key, (path, original) in _make_sources(root / "src").items():
        up = prepare_upload(path, dest, original_name=original, existing_variables=variables, first=not variables)
        variables.add(up.variable)
        uploads[key] = up
    profiles = load_all(dest, uploads)
    return {key: (up, profiles[key]) for key, up in uploads.items()}


@pytest.mark.parametrize("encoding", list(ENCODED))
def test_text_encodings_are_detected_and_load(loaded, encoding: str) -> None:
    up, profile = loaded[f"enc-{encoding}"]
    assert up.encoding == encoding
    assert f'encoding="{encoding}"' in up.load_code
    assert profile["shape"] == [3, 3]
    assert [c["name"] for c in profile["columns"]] == ["name", "city", "score"]  # no BOM in the first name
    assert profile["sample"][0][:2] == ["José", "Zürich"]
    assert profile["sample"][2][1] == "Köln"
    assert any("not UTF-8" in w for w in up.warnings) == (encoding == "latin-1")


@pytest.mark.parametrize(("key", "sep"), [("comma", ","), ("semicolon", ";"), ("tab", "\t"), ("pipe", "|")])
def test_delimiters_are_sniffed(loaded, key: str, sep: str) -> None:
    up, profile = loaded[f"sep-{key}"]
    assert up.delimiter == sep
    assert up.header is True
    assert f"sep={json.dumps(sep)}" in up.load_code
    assert profile["shape"] == [3, 3]
    assert column(profile, "amount")["kind"] == "numeric"
    assert column(profile, "amount")["mean"] == 3.5


def test_first_csv_load_code_is_plain(loaded) -> None:
    up, _ = loaded["enc-utf-8"]
    assert up.variable == "df"
    assert up.kind == "csv"
    assert up.load_code == 'df = pd.read_csv("enc-utf-8.csv", encoding="utf-8", sep=",")'
    assert up.path.read_bytes() == ENCODED["utf-8"]


def test_no_header_gets_numbered_columns(loaded) -> None:
    up, profile = loaded["noheader"]
    assert up.header is False
    assert 'header=None, names=["col_1", "col_2", "col_3"]' in up.load_code
    assert profile["shape"] == [3, 3]
    assert [c["name"] for c in profile["columns"]] == ["col_1", "col_2", "col_3"]


def test_a_headerless_statement_names_its_date_amount_and_description(loaded) -> None:
    up, profile = loaded["statement-noheader"]
    assert up.header is False
    names = [c["name"] for c in profile["columns"]]
    assert names == ["Date", "Amount", "col_3", "col_4", "Description"], names
    assert column(profile, "Amount")["kind"] == "numeric" and column(profile, "Amount")["min"] < 0
    assert any("named by what they hold" in w for w in up.warnings), up.warnings


def test_question_marks_among_numbers_and_a_header_of_years(loaded) -> None:
    up, profile = loaded["question-marks"]
    assert 'na_values=["?"]' in up.load_code and any('"?" for a missing value' in w for w in up.warnings)
    smokes = column(profile, "Smokes")
    assert smokes["kind"] == "numeric" and smokes["max"] == 1.0 and smokes["nulls"] == 3
    up, profile = loaded["wide-years"]
    assert up.header is True and [c["name"] for c in profile["columns"]][:3] == ["Country Name", "Country Code", "1990"]


def test_a_title_above_the_table_is_skipped(loaded) -> None:
    up, profile = loaded["titled"]
    assert "skiprows=2" in up.load_code and any("title above its table" in w for w in up.warnings)
    assert [c["name"] for c in profile["columns"]] == ["Campaign", "Clicks", "Cost", "Day"]
    assert profile["shape"] == [9, 4] and column(profile, "Clicks")["max"] == 56


def test_a_row_describing_the_columns_in_words_is_skipped(loaded) -> None:
    up, profile = loaded["described"]
    assert "skiprows=[1]" in up.load_code and any("describes the columns in words" in w for w in up.warnings)
    assert column(profile, "Total searches")["kind"] == "numeric" and column(profile, "Total searches")["max"] == 111
    assert profile["shape"] == [12, 5]


def test_the_series_description_under_an_ons_header_is_skipped(loaded) -> None:
    up, profile = loaded["ons-series"]
    assert "skiprows=[1, 2, 3, 4, 5, 6, 7]" in up.load_code, up.load_code
    assert any("describe its series (CDID, Source dataset ID" in w for w in up.warnings), up.warnings
    rate = column(profile, "CPIH ANNUAL RATE 00: ALL ITEMS 2015=100")
    assert rate["kind"] == "numeric" and rate["max"] == 9.4, rate
    assert profile["shape"] == [6, 3]


def test_dots_and_backslash_n_among_numbers_are_missing(loaded) -> None:
    up, profile = loaded["fred-dots"]
    assert 'na_values=["."]' in up.load_code and any('"." for a missing value' in w for w in up.warnings)
    assert column(profile, "DGS10")["kind"] == "numeric" and column(profile, "DGS10")["nulls"] == 3
    up, profile = loaded["imdb-n"]
    assert column(profile, "seasonNumber")["kind"] == "numeric" and column(profile, "seasonNumber")["nulls"] == 3


def test_notes_and_an_account_line_above_the_table_are_skipped(loaded) -> None:
    up, profile = loaded["account-line"]
    assert "skiprows=3" in up.load_code and any("title above its table" in w for w in up.warnings)
    assert [c["name"] for c in profile["columns"]][:2] == ["Timestamp", "Transaction Type"]
    assert profile["shape"] == [8, 7] and column(profile, "Quantity Transacted")["kind"] == "numeric"
    up, profile = loaded["notes-above"]
    assert [c["name"] for c in profile["columns"]] == ["First Name", "Last Name", "Company", "Position"]
    assert profile["shape"] == [8, 4]


def test_a_row_of_field_formats_or_tags_under_the_header_is_skipped(loaded) -> None:
    up, profile = loaded["format-row"]
    assert "skiprows=[1]" in up.load_code and any("describes the columns" in w for w in up.warnings)
    assert profile["shape"] == [8, 4] and column(profile, "69928_00060_00003")["max"] == 3070
    up, profile = loaded["hxl-row"]
    assert profile["shape"] == [8, 4] and column(profile, "price")["kind"] == "numeric"


def test_totals_and_a_copyright_below_the_table_are_left_out(loaded) -> None:
    up, profile = loaded["footer"]
    assert "nrows=9" in up.load_code and any("below its table" in w for w in up.warnings)
    assert profile["shape"] == [9, 4] and column(profile, "Amount")["max"] == 9000


def test_decimal_comma_and_quoted_fields(loaded) -> None:
    up, profile = loaded["decimal-comma"]
    assert up.delimiter == ";" and 'decimal=","' in up.load_code
    assert column(profile, "price")["kind"] == "numeric" and column(profile, "price")["max"] == 2.25
    up, profile = loaded["quoted"]
    assert up.delimiter == ","
    assert profile["shape"] == [2, 2]
    assert profile["sample"][0] == ["Smith, J.", "a;b|c"]


def test_header_only_csv_is_accepted_with_a_warning(loaded) -> None:
    up, profile = loaded["header-only"]
    assert any("no data rows" in w for w in up.warnings)
    assert profile["shape"] == [0, 3]


def test_inconsistent_rows_are_tolerated_with_warnings(loaded) -> None:
    up, profile = loaded["ragged"]
    text = " ".join(up.warnings)
    assert "In ragged.csv, 1 row has more fields than the header's 3 (first at line 4)" in text
    assert "1 row has fewer than 3 fields (first at line 3)" in text
    assert profile["shape"] == [4, 3]
    up, profile = loaded["trailing"]
    assert "index_col=False" in up.load_code
    assert profile["shape"] == [2, 2]
    assert profile["sample"] == [[1, 2], [3, 4]]


def test_profile_kinds_and_date_like_columns(loaded) -> None:
    _, profile = loaded["dates"]
    assert profile["shape"] == [20, 5]
    when, day = column(profile, "when"), column(profile, "day")
    assert when["date_like"] is True and when["date_format"] == "%Y-%m-%d"
    assert when["kind"] == "text"
    assert day["date_like"] is True and day["date_format"] == "%Y%m%d"
    assert day["kind"] == "numeric" and day["dtype"] == "int64" and day["min"] == 20240101
    city = column(profile, "city")
    assert city["kind"] == "categorical" and city["n_unique"] == 2
    assert sorted(city["top"]) == [["Köln", 10], ["Paris", 10]]
    assert column(profile, "flag")["kind"] == "bool" and column(profile, "flag")["true"] == 6
    value = column(profile, "value")
    assert value["min"] == 1.5 and value["max"] == 30 and value["nulls"] == 0
    assert "date_like" not in value and "date_like" not in city
    assert len(profile["sample"]) == 5


def test_json_records_lines_and_nested(loaded) -> None:
    for key in ("json-records", "json-lines", "json-lines-in-json", "json-nested"):
        up, profile = loaded[key]
        assert up.kind == "json" and up.encoding == "utf-8"
        assert profile["shape"] == [2, 3], key
        assert column(profile, "zip")["examples"][0] == "01234", key  # codes stay strings
        assert column(profile, "when")["date_like"] is True, key
    assert "lines=True" in loaded["json-lines"][0].load_code
    assert "lines=True" in loaded["json-lines-in-json"][0].load_code
    nested = loaded["json-nested"][0]
    assert 'pd.json_normalize(json.load(_file)["data"])' in nested.load_code
    assert any("'meta'" in w for w in nested.warnings)


def test_excel_and_parquet(loaded) -> None:
    up, profile = loaded["excel"]
    assert up.kind == "excel" and up.encoding is None and up.delimiter is None
    assert up.load_code == f'{up.variable} = pd.read_excel("book.xlsx")'
    assert profile["shape"] == [3, 3]
    assert column(profile, "day")["date_like"] is True
    up, profile = loaded["excel-noheader"]
    assert up.header is False
    assert "skiprows=2" in up.load_code and "header=None" in up.load_code
    assert [c["name"] for c in profile["columns"]] == ["col_1", "col_2"]
    assert profile["shape"] == [3, 2]
    assert any("2 sheets with data" in w for w in up.warnings)
    up, profile = loaded["excel-title"]
    assert "skiprows=2" in up.load_code and up.header is True
    assert any("looks like a title ('Sales report 2024')" in w for w in up.warnings)
    assert [c["name"] for c in profile["columns"]] == ["region", "amount"] and profile["shape"] == [2, 2]
    up, profile = loaded["parquet"]
    assert up.kind == "parquet"
    assert up.load_code == f'{up.variable} = pd.read_parquet("table.parquet")'
    assert profile["shape"] == [3, 3]
    assert column(profile, "city")["dtype"] in ("str", "object", "string")


def test_profile_caps_columns_and_strings(loaded) -> None:
    _, profile = loaded["wide"]
    assert profile["shape"] == [1, 100]
    assert profile["columns_described"] == 60 and len(profile["columns"]) == 60
    assert len(profile["sample"][0]) == 60
    assert profile["sample"][0][0] == "x" * 59 + "…"
    assert "40 more columns not described" in format_profile(profile)


def test_later_files_get_their_own_variables(loaded) -> None:
    names = [up.variable for up, _ in loaded.values()]
    assert len(set(names)) == len(names)
    assert names.count("df") == 1
    assert loaded["sep-comma"][0].variable == "sep_comma"
    assert loaded["json-lines"][0].variable == "lines"


# --- the plain subprocess run and output size -------------------------------------------------------------------


def _big_csv(path: Path, rows: int) -> None:
    import numpy as np
    import pyarrow as pa
    import pyarrow.csv as pacsv

    ids = np.arange(rows)
    days = np.datetime64("2024-01-01") + (ids % 366).astype("timedelta64[D]")
    text_days = days.astype(str)
    table = pa.table(
        {
            "id": ids,
            "value": np.round(np.random.default_rng(0).random(rows) * 100, 3),
            "city": np.array(["Paris", "Köln", "Zürich", "Oslo", "Lima"])[ids % 5],
            "when": text_days,
            "day": np.char.replace(text_days, "-", "").astype(np.int64),
        }
    )
    pacsv.write_csv(table, path, pacsv.WriteOptions(quoting_style="none"))


def test_profile_size_does_not_grow_with_rows(tmp_path: Path) -> None:
    dest = tmp_path / "session"
    dest.mkdir()
    _big_csv(tmp_path / "big.csv", 1_000_000)
    # Enough rows that every column repeats: the profile keeps a bounded number of common values, so from here
    # on its size must stay flat however many rows follow.
    _big_csv(tmp_path / "small.csv", 5_000)
    big = prepare_upload(tmp_path / "big.csv", dest, first=True)
    small = prepare_upload(tmp_path / "small.csv", dest, existing_variables={"df"}, first=False)
    assert (big.variable, small.variable) == ("df", "small")
    code = "\n".join(
        [
            "import pandas as pd",
            big.load_code,
            small.load_code,
            profile_code(big.variable),
            profile_code(small.variable),
            "print('leftovers', sorted(k for k in dir() if 'profile' in k))",
        ]
    )
    out = run_python(code, dest)
    assert "leftovers []" in out
    lines = [line for line in out.splitlines() if line.startswith("{")]
    big_json, small_json = lines
    big_profile, small_profile = json.loads(big_json), json.loads(small_json)
    assert parse_profile(out)["variable"] == "small"  # the last profile wins
    assert big_profile["shape"] == [1_000_000, 5] and small_profile["shape"] == [5_000, 5]
    assert column(big_profile, "when")["date_like"] and column(big_profile, "day")["date_like"]
    assert column(big_profile, "city")["n_unique"] == 5
    assert len(big_json) / len(small_json) < 1.2, (len(big_json), len(small_json))
    assert len(big_json) < 5000


# --- big files: the app streams its checks, the kernel reads serially ------------------------------------------


def _status_bytes(key: str) -> int:
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) * 1024 for line in fh if line.startswith(key + ":"))


def test_big_csv_is_checked_in_bounded_memory(tmp_path: Path) -> None:
    import filecmp
    import tracemalloc

    block = "".join(
        f"{i},2024-{i % 12 + 1:02d}-{i % 28 + 1:02d},{['Köln', 'Paris', 'São Paulo'][i % 3]},"
        f'"{i * 1.25:.2f}",note {i % 97}\n'
        for i in range(20_000)
    )
    src = tmp_path / "big.csv"
    with src.open("w", encoding="utf-8") as fh:
        fh.write("id,day,city,amount,note\n")
        for _ in range(80 * 2**20 // len(block.encode())):
            fh.write(block)
    size = src.stat().st_size
    dest = tmp_path / "session"
    dest.mkdir()
    prepare_upload(write(tmp_path / "warm.csv", "a,b\n1,2\n"), dest)  # pyarrow's pools settle on first use

    Path("/proc/self/clear_refs").write_text("5")  # the RSS high-water mark restarts from the RSS now
    before = _status_bytes("VmRSS")
    big = prepare_upload(src, dest, first=False)
    rss_growth = _status_bytes("VmHWM") - before
    tracemalloc.start()
    try:
        again = prepare_upload(src, dest, first=False, existing_variables={"big"})
        python_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # Reading the file whole would take at least its size (80 MB) in memory, decoding it twice that.
    assert rss_growth < size // 3, (rss_growth, size)
    assert python_peak < 8 * 2**20, python_peak
    assert big.load_code == 'big = pd.read_csv("big.csv", encoding="utf-8", sep=",")' and big.warnings == []
    assert (again.path.name, again.variable) == ("big-2.csv", "big_2")
    assert filecmp.cmp(src, big.path, shallow=False)


def test_rows_and_bytes_past_the_head_are_still_checked(tmp_path: Path) -> None:
    # Sniffing reads the first 256 KB; the encoding and the row widths are checked over the whole file.
    lines = ["name;price;qty"] + [f"item {i};{i},5;{i % 7}" for i in range(200_000)]
    lines[150_000] += ";extra"
    lines[-1] = "Crème brûlée;9,5;1"
    src = write(tmp_path / "shop.csv", ("\n".join(lines) + "\n").encode("cp1252"))
    assert src.stat().st_size > 4 * 2**20
    dest = tmp_path / "session"
    dest.mkdir()
    up = prepare_upload(src, dest)
    assert (up.delimiter, up.encoding, up.header) == (";", "latin-1", True)
    assert 'decimal=","' in up.load_code and "on_bad_lines=lambda row: row[:3]" in up.load_code
    text = " ".join(up.warnings)
    assert "not UTF-8; it was read as latin-1" in text
    assert "1 row has more fields than the header's 3 (first at line 150,001)" in text
    out = run_python(f"import pandas as pd\n{up.load_code}\nprint(df.shape, [str(v) for v in df.iloc[-1]])", dest)
    assert out.strip() == "(200000, 3) ['Crème brûlée', '9.5', '1']"


ROW_CASES = {
    "ragged": "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n",
    "blank": "a,b,c\n\n1,2,3\n   \n4,5\n\n6,7,8,9\n",
    "multiline": 'a,b\n"x\ny",2\n3\n4,5,6\n',
    "trailing": "a,b\n1,2,\n3,4,\n",
    "unterminated": 'a,b\n1,2\n"3,4\n5,6\n',
    "quotes": 'a,b\nx"y,2\n"p"q,3\n"r ""s""",4\n',
    "crlf": "a,b\r\n1,2\r\n3\r\n",
    "blank-start": "\n  \na,b\n1,2\n1\n",
    "one-column": "a\n1\n  \n2\n",
    "many": "a,b\n" + "1,2\n3\n4,5,6\n7,8,\n" * 5,
}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_streamed_row_scan_agrees_with_the_csv_module(tmp_path: Path, encoding: str) -> None:
    from notebook_agent.data import delimited

    for key, text in ROW_CASES.items():
        path = write(tmp_path / f"{key}.csv", text.replace("1", "é1").encode(encoding))
        exact = delimited._scan_exact(path, encoding, ",")
        assert delimited.scan_rows(path, encoding, ",") == exact, key
        if exact.first_width > 1:  # single-column files are left to the csv module
            fast = delimited._scan_fast(path, encoding, ",", exact.first_width)
            assert fast is not None and (fast.rows, fast.widths) == (exact.rows, exact.widths), key


def test_kernel_setup_reads_serially_and_leaves_nothing_behind() -> None:
    from notebook_agent.agent.session import KERNEL_SETUP

    out = run_python(
        KERNEL_SETUP + "import pandas as pd\nprint(pd.get_option('mode.max_threads'), "
        "[k for k in dir() if 'notebook_agent' in k])",
        Path.cwd(),
    )
    assert out.strip() == "1 []"


def test_running_out_of_memory_on_load_is_said_plainly(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from notebook_agent.agent.session_uploads import load_failed
    from notebook_agent.kernel.session_kernel import CellResult

    dest = tmp_path / "session"
    dest.mkdir()
    up = prepare_upload(write(tmp_path / "Sales 2024.csv", "a,b\n1,2\n"), dest)
    kernel = SimpleNamespace(profile=SimpleNamespace(limits=SimpleNamespace(address_space_mb=4096)))
    for res in (
        CellResult(status="error", error={"ename": "MemoryError", "evalue": "Unable to allocate"}),
        CellResult(status="error", error={"ename": "ArrowMemoryError", "evalue": "malloc failed"}),
        CellResult(status="died", error={"ename": "KernelDied", "evalue": "SIGSEGV"}),
    ):
        msg = str(load_failed(kernel, up, res))  # type: ignore[arg-type]
        assert msg.startswith(
            "Sales 2024.csv (0 MB) is too big to load whole within this chat's memory limit of 4,096 MB"
        ), msg
        assert "pd.read_csv('Sales_2024.csv', usecols=[...])" in msg and "Parquet" in msg
    msg = str(
        load_failed(
            kernel,  # type: ignore[arg-type]
            up,
            CellResult(
                status="error",
                error={
                    "ename": "ParserError",  # type: ignore[arg-type]
                    "evalue": "bad line",
                },
            ),
        )
    )
    assert msg.startswith("Sales 2024.csv could not be loaded: ParserError: bad line. Check the file"), msg


def test_distinct_values_are_counted_on_the_first_rows_when_memory_runs_out(monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd

    real = pd.Series.nunique
    calls = []

    def nunique(self: Any, *args: Any, **kwargs: Any) -> int:
        calls.append(len(self))
        if len(calls) == 1:
            raise MemoryError("no room for the hash table")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pd.Series, "nunique", nunique)
    profile = profile_of(pd.DataFrame({"code": [f"c{i}" for i in range(30)]}))
    col = column(profile, "code")
    assert (col["n_unique"], col["n_unique_of"], col["kind"]) == (30, 30, "text")
    assert "30 unique in the first 30 rows" in format_profile(profile)


def test_profile_code_survives_odd_frames_and_leaves_nothing_behind() -> None:
    import contextlib
    import io

    import numpy as np
    import pandas as pd

    odd = pd.DataFrame(
        {
            "cat": pd.Categorical(["a", "b", "a", None]),
            "span": pd.to_timedelta([1, 2, 3, None], unit="h"),
            "tz": pd.date_range("2024-01-01", periods=4, tz="Europe/Paris"),
            "nullable": pd.array([1, None, 3, 4], dtype="Int64"),
            "nested": [[1], {"a": 1}, None, [2, 3]],
            "mixed": [1, "a", 2.5, None],
            "flag": pd.array([True, False, None, True], dtype="boolean"),
            "inf": [np.inf, -np.inf, 1.0, np.nan],
            "iso": ["2024-01-05T10:00:00Z", "2024-01-06 11:30:00", "2024-01-07T00:00:00+02:00", None],
        }
    )
    odd.columns = [*odd.columns[:-2], "inf", "inf"]  # duplicate names too
    for obj in (odd, pd.DataFrame(), pd.Series([1, 2], name="s"), pd.DataFrame([[1, 2]])):
        namespace: dict[str, Any] = {"frame": obj}
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(profile_code("frame"), namespace)
        assert set(namespace) == {"frame", "__builtins__"}
        profile = parse_profile(out.getvalue())
        assert profile["shape"] == [len(obj), 1 if obj.ndim == 1 else obj.shape[1]]
        assert format_profile(profile)
    kinds = {c["name"] + str(i): c.get("kind") for i, c in enumerate(profile_of(odd)["columns"])}
    assert kinds == {
        "cat0": "categorical",
        "span1": "other",
        "tz2": "datetime",
        "nullable3": "numeric",
        "nested4": "other",
        "mixed5": "other",
        "flag6": "bool",
        "inf7": "numeric",
        "inf8": "text",
    }
    assert profile_of(odd)["columns"][7]["min"] == "-inf"
    assert profile_of(odd)["columns"][8]["date_like"] is True
    with pytest.raises(TypeError, match="not a pandas DataFrame"):
        exec(profile_code("x"), {"x": 5})


def profile_of(frame: Any) -> dict[str, Any]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(profile_code("frame"), {"frame": frame})
    return parse_profile(out.getvalue())


def test_parse_profile_needs_the_line() -> None:
    with pytest.raises(UploadError, match="no data profile"):
        parse_profile("Traceback (most recent call last):\nNameError: name 'df' is not defined\n")
    line = json.dumps({"notebook_agent_profile": 1, "variable": "df", "shape": [1, 1], "columns": []})
    assert parse_profile(f"noise\n{line}\nmore noise\n")["shape"] == [1, 1]


def test_profile_code_rejects_non_identifiers() -> None:
    for bad in ("df; import os", "1df", "class", ""):
        with pytest.raises(ValueError):
            profile_code(bad)


def test_format_profile_is_compact_and_capped() -> None:
    columns = [
        {
            "name": f"column_{i}",
            "dtype": "float64",
            "kind": "numeric",
            "nulls": i,
            "min": 0,
            "max": i,
            "mean": 0.5,
            "std": 0.1,
        }
        for i in range(60)
    ]
    columns[1] = {
        "name": "when",
        "dtype": "str",
        "kind": "text",
        "nulls": 0,
        "n_unique": 3,
        "examples": ["2024-01-05"],
        "date_like": True,
        "date_format": "%Y-%m-%d",
    }
    columns[2] = {
        "name": "city",
        "dtype": "str",
        "kind": "categorical",
        "nulls": 0,
        "n_unique": 2,
        "top": [["Paris", 7], ["Köln", 3]],
    }
    profile = {
        "notebook_agent_profile": 1,
        "variable": "sales",
        "shape": [1000, 75],
        "memory_bytes": 600_000,
        "columns": columns,
        "sample": [[1.5] * 60] * 5,
    }
    text = format_profile(profile)
    assert len(text) <= 4000
    assert text.startswith("sales: 1,000 rows × 75 columns")
    assert "- when (str, text, date-like %Y-%m-%d): 3 unique" in text
    assert "- city (str, categorical): 2 unique; top Paris (7), Köln (3)" in text
    assert "more columns not described" in text
    short = format_profile(profile, max_chars=300)
    assert len(short) <= 300 and short.startswith("sales:")


# --- refusals -------------------------------------------------------------------------------------------------------


def test_refuses_empty_and_blank(tmp_path: Path) -> None:
    msg = refused(write(tmp_path / "empty.csv", b""), tmp_path / "dest")
    assert "empty.csv is empty (0 bytes)" in msg and "Upload a file that contains data" in msg
    msg = refused(write(tmp_path / "blank.csv", "\n  \n\n"), tmp_path / "dest")
    assert "only blank lines" in msg


def test_refuses_oversized_with_the_limit(tmp_path: Path) -> None:
    src = write(tmp_path / "big.csv", "a,b\n" + "1,2\n" * 1000)
    msg = refused(src, tmp_path / "dest", max_bytes=2048)
    assert "big.csv is 3.9 KB, over the upload limit of 2 KB" in msg
    assert "smaller file" in msg
    os.truncate(src, 2**30 + 1)  # sparse: cheap
    msg = refused(src, tmp_path / "dest")
    assert "big.csv is 1,073,741,825 bytes, over the upload limit of 1 GB (1,073,741,824 bytes)" in msg
    msg = refused(src, tmp_path / "dest", max_bytes=200 * 2**20)
    assert "big.csv is 1 GB, over the upload limit of 200 MB" in msg


def test_refuses_unsupported_extensions_listing_supported(tmp_path: Path) -> None:
    msg = refused(write(tmp_path / "notes.docx", b"PK\x03\x04..."), tmp_path / "dest")
    assert "its type (.docx) is not supported" in msg
    for ext in (".csv", ".tsv", ".json", ".jsonl", ".xlsx", ".parquet"):
        assert ext in msg
    msg = refused(write(tmp_path / "old.xls", b"\xd0\xcf\x11\xe0"), tmp_path / "dest")
    assert "save it as .xlsx" in msg
    msg = refused(write(tmp_path / "README", "a,b\n1,2\n"), tmp_path / "dest")
    assert "no file extension" in msg


def test_refuses_binary_and_garbled_text(tmp_path: Path) -> None:
    msg = refused(write(tmp_path / "nul.csv", b"a,b\n1,2\n3,\x00\x004\n"), tmp_path / "dest")
    assert "NUL bytes" in msg and "binary" in msg and "UTF-8 CSV" in msg
    noise = bytes(b or 1 for b in random.Random(0).randbytes(4000))
    msg = refused(write(tmp_path / "noise.csv", noise), tmp_path / "dest")
    assert "does not look like CSV text" in msg
    msg = refused(write(tmp_path / "bad16.csv", codecs.BOM_UTF16_LE + b"a\x00,\x00\x00\xd8"), tmp_path / "dest")
    assert "UTF-16" in msg


def test_refuses_zip_and_xlsx_named_csv(tmp_path: Path) -> None:
    import pandas as pd

    with zipfile.ZipFile(tmp_path / "data.csv", "w") as archive:
        archive.writestr("inner.csv", "a,b\n1,2\n")
    msg = refused(tmp_path / "data.csv", tmp_path / "dest")
    assert "really a ZIP archive" in msg and "Unzip it" in msg
    pd.DataFrame({"a": [1]}).to_excel(tmp_path / "book.xlsx", index=False)
    msg = refused(tmp_path / "book.xlsx", tmp_path / "dest", original_name="sheet.csv")
    assert "sheet.csv is named as CSV but is really an Excel workbook" in msg and "Rename it to .xlsx" in msg


def test_refuses_excel_and_parquet_that_do_not_open(tmp_path: Path) -> None:
    import openpyxl

    msg = refused(write(tmp_path / "text.xlsx", "a,b\n1,2\n"), tmp_path / "dest")
    assert "does not open as an Excel workbook" in msg and "rename it to .csv" in msg
    msg = refused(write(tmp_path / "broken.xlsx", b"PK\x03\x04" + b"\x00" * 100), tmp_path / "dest")
    assert "does not open as an Excel workbook" in msg and "save it again as .xlsx" in msg
    openpyxl.Workbook().save(tmp_path / "blank.xlsx")
    msg = refused(tmp_path / "blank.xlsx", tmp_path / "dest")
    assert "every sheet is empty" in msg
    msg = refused(write(tmp_path / "junk.parquet", b"\x01\x02" * 50), tmp_path / "dest")
    assert "does not open as Parquet" in msg
    msg = refused(write(tmp_path / "cut.parquet", b"PAR1" + b"\x07" * 64 + b"PAR1"), tmp_path / "dest")
    assert "does not open as Parquet" in msg and "damaged" in msg


def test_refuses_json_that_is_not_a_table(tmp_path: Path) -> None:
    msg = refused(write(tmp_path / "bad.json", '[{"a": 1},\n {"a": 2'), tmp_path / "dest")
    assert "is not valid JSON" in msg and "line 2" in msg
    msg = refused(write(tmp_path / "one.json", "42"), tmp_path / "dest")
    assert "single JSON value" in msg
    msg = refused(write(tmp_path / "none.json", "[]"), tmp_path / "dest")
    assert "empty JSON list" in msg
    msg = refused(write(tmp_path / "bad.jsonl", '{"a": 1}\n{"a": 2}\n{"a": \n'), tmp_path / "dest")
    assert "line 3" in msg


def test_big_json_is_judged_by_its_start(tmp_path: Path) -> None:
    from notebook_agent.data.limits import JSON_PARSE_LIMIT

    # Past the size parsed whole, in the confined checker: only the start decides.
    records = [{"id": i, "name": f"row {i}"} for i in range(JSON_PARSE_LIMIT // 25)]
    dest = tmp_path / "session"
    dest.mkdir()
    lines = prepare_upload(write(tmp_path / "src" / "big.json", "\n".join(map(json.dumps, records))), dest)
    assert lines.path.stat().st_size > JSON_PARSE_LIMIT
    assert "lines=True" in lines.load_code
    array = prepare_upload(write(tmp_path / "src" / "array.json", json.dumps(records)), dest, first=False)
    assert array.load_code == 'array = pd.read_json("array.json", encoding="utf-8", dtype=False)'
    msg = refused(write(tmp_path / "src" / "junk.json", "hello " * (JSON_PARSE_LIMIT // 5)), tmp_path / "dest")
    assert "should start with [ or {" in msg


# --- names ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "safe"),
    [
        ("../../etc/passwd.csv", "passwd.csv"),
        ("C:\\Users\\ann\\Desktop\\sales.csv", "sales.csv"),
        ("my data (1).CSV", "my_data_(1).csv"),
        ("données été.csv", "données_été.csv"),
        ("データ.csv", "データ.csv"),
        (".hidden.csv", "hidden.csv"),
        ("...csv", "upload.csv"),
        (".csv", "upload.csv"),
        ("bad\x00na\x1bme\u202e.csv", "badname.csv"),
        ("a/b:c*?.json", "b_c_.json"),
        ("CON.csv", "CON_.csv"),
        ("lpt1.xlsx", "lpt1_.xlsx"),
        ("x" * 300 + ".parquet", "x" * 150 + ".parquet"),
    ],
)
def test_safe_filename(given: str, safe: str) -> None:
    assert safe_filename(given) == safe


def test_stored_under_safe_deduplicated_names(tmp_path: Path) -> None:
    src = write(tmp_path / "upload.tmp", "a,b\n1,2\n")
    dest = tmp_path / "session"
    dest.mkdir()
    first = prepare_upload(src, dest, original_name="../../etc/passwd.csv")
    assert first.path == dest / "passwd.csv" and first.original_name == "../../etc/passwd.csv"
    again = prepare_upload(src, dest, original_name="passwd.csv", existing_variables={"df"}, first=False)
    assert again.path == dest / "passwd-2.csv" and again.variable == "passwd"
    assert 'pd.read_csv("passwd-2.csv"' in again.load_code
    spaced = prepare_upload(src, dest, original_name="Q3 Umsätze.csv", existing_variables={"df", "passwd"}, first=False)
    assert spaced.path.name == "Q3_Umsätze.csv" and spaced.variable == "q3_umsatze"
    assert 'pd.read_csv("Q3_Umsätze.csv"' in spaced.load_code
    assert sorted(p.name for p in dest.iterdir()) == ["Q3_Umsätze.csv", "passwd-2.csv", "passwd.csv"]  # no temps
    assert (dest / "passwd.csv").stat().st_mode & 0o777 == 0o644


def test_symlinks_in_destination_are_never_followed(tmp_path: Path) -> None:
    src = write(tmp_path / "in.csv", "a,b\n1,2\n")
    outside = write(tmp_path / "outside.txt", "keep me")
    dest = tmp_path / "session"
    dest.mkdir()
    (dest / "data.csv").symlink_to(outside)
    (dest / "data-2.csv").symlink_to(tmp_path / "missing")  # dangling links count as taken too
    up = prepare_upload(src, dest, original_name="data.csv")
    assert up.path == dest / "data-3.csv" and not up.path.is_symlink()
    assert outside.read_text() == "keep me"
    (tmp_path / "link").symlink_to(dest)
    with pytest.raises(UploadError, match="session folder is not usable"):
        prepare_upload(src, tmp_path / "link", original_name="x.csv")


@pytest.mark.skipif(os.geteuid() != 0, reason="handing files to another uid needs root")
def test_root_hands_the_file_to_the_session_uid(tmp_path: Path) -> None:
    src = write(tmp_path / "in.csv", "a,b\n1,2\n")
    dest = tmp_path / "session"
    dest.mkdir(mode=0o700)
    os.chown(dest, 200123, 200123)
    up = prepare_upload(src, dest)
    info = up.path.stat()
    assert (info.st_uid, info.st_gid) == (200123, 200123)


def test_variable_names() -> None:
    assert variable_name("sales-2024.csv", first=True) == "df"
    assert variable_name("sales-2024.csv", {"df"}, first=True) == "sales_2024"
    assert variable_name("sales-2024.csv") == "sales_2024"
    assert variable_name("2024.csv") == "df_2024"
    assert variable_name("class.csv") == "class_df"
    assert variable_name("list.json") == "list_df"
    assert variable_name("pd.csv") == "pd_df"
    assert variable_name("Données Été.xlsx") == "donnees_ete"
    assert variable_name("データ.csv") == "data"
    assert variable_name("sales.csv", {"sales", "sales_2"}) == "sales_3"
    assert variable_name("df.csv", {"df"}) == "df_2"


# --- sniffing helpers -----------------------------------------------------------------------------------------------


def test_sniff_delimiter_falls_back_to_consistent_columns() -> None:
    assert sniff_delimiter("a;b\n1,5;2,5\n3,1;4,2\n", ",") == ";"
    assert sniff_delimiter("a|b|c\n1|2|3\n4|5\n6|7|8\n", ",") == "|"
    assert sniff_delimiter("just one column\nof text\n", "\t") == "\t"
    assert sniff_delimiter('x,y\n"1;2",3\n"4;5",6\n', ",") == ","


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([["name", "age"], ["ann", "31"], ["bob", "42"]], True),
        ([["1", "2"], ["3", "4"]], False),
        ([["ann", "31"], ["bob", "42"]], False),
        ([["id", "2020"], ["1", "5"]], True),
        ([["name", "city"], ["ann", "Oslo"]], None),
        ([["a", "b"]], True),
        ([["date", "value"], ["2024-01-05", "NA"], ["2024-01-06", "3"]], True),
        # a wide table named by years (World Bank): a header, with or without text columns before the years
        ([["Country Name", "1960", "1961", "1962"], ["Aruba", "54608", "55811", "56682"]], True),
        ([["1990", "1991", "1992"], ["5", "6", "7"]], True),
        # years in a row of data, and the same run again below: data
        ([["1990", "1991", "1992"], ["1993", "1994", "1995"]], False),
    ],
)
def test_detect_header(rows: list[list[str]], expected: bool | None) -> None:
    assert detect_header(rows) is expected


def test_title_rows_need_a_header_below_them() -> None:
    from notebook_agent.data.delimited import _title_rows

    body = [["a", "1", "2"], ["b", "3", "4"]]
    assert _title_rows([["Campaign report", "", ""], ["name", "x", "y"], *body]) == 1
    assert _title_rows([["Report"], ["Generated 2023-03-14"], ["name", "x", "y"], *body]) == 2
    # a one-column table is no title over a table; nor is a first row of data with blanks
    assert _title_rows([["name"], ["ann"], ["bob"], ["cy"]]) == 0
    assert _title_rows([["", "", "5"], ["a", "1", "2"], ["b", "3", "4"]]) == 0
    # a short line of facts above a header twice as wide (LibreView's "Glucose Data,Generated on,…")
    names = ["Device", "Serial Number", "Device Timestamp", "Record Type", "Historic Glucose mg/dL", "Notes"]
    facts = ["Glucose Data", "Generated on", "06-18-2024 09:41 UTC", "", "", ""]
    sparse = [["FreeStyle Libre 3", "ABC", f"06-0{d}-2024 08:00", "0", str(100 + d), ""] for d in range(1, 8)]
    assert _title_rows([facts, names, *sparse]) == 1
    # ... but never a table's own header above rows as wide as it
    assert _title_rows([names[:3], ["a", "b", "c"], ["d", "e", "f"]]) == 0


def test_a_report_written_back_by_pandas_and_its_total_rows_are_not_data(tmp_path: Path) -> None:
    """A Google Ads report: its title rows (written back by pandas as "Unnamed: n" cells) and "Total: …" rows."""
    import pandas as pd

    from notebook_agent.data.delimited import inspect_delimited

    names = ["Search term", "Match type", "Campaign", "Cost", "Impr.", "Clicks"]
    lines = [
        "Search terms report," + ",".join(f"Unnamed: {i}" for i in range(1, 6)),
        '"January 1, 2024 - June 30, 2024",,,,,',
        ",".join(names),
        *(f"term {i},Exact match,Search | Brand,{i}.50,{100 + i},{i % 7}" for i in range(40)),
        "Total: Search terms,,,799.50,5780,117",
        "Total: Account,,,799.50,5780,117",
    ]
    path = tmp_path / "search_terms.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    options = inspect_delimited(path, "csv", path.name).options
    frame = pd.read_csv(path, **{k: v for k, v in options.items() if k in ("sep", "skiprows", "nrows", "header")})
    assert list(frame.columns) == names and len(frame) == 40, options
    assert frame["Cost"].sum() == sum(i + 0.5 for i in range(40))
