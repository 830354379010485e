"""The real `bryggan` process: `bryggan wishes import|export|similar` and a console session with
wishes, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path

from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.run import run_command
from handlers.similarity import DEFAULT_THRESHOLD
from handlers.types import Command, Member
from tests.conftest import DatabaseTarget, database_at
from tests.e2e.process import run

HEADER = "external_id,title,description,module,municipality,status,vendor_reference"
VALID = [
    "L-1,Bättre sökning i bygglovsärenden,Sök på fastighetsbeteckning,Bygg,Huddinge,ny,",
    'L-2,Mejlnotiser vid nya handlingar,"Ett mejl, inte ett sms",Miljö,,prioriterad,',
    "L-3,Ärendebalans per handläggare,,BAB,stockholm,skickad,HD-1234",
]
REFUSED = [
    ("L-4,,Ingen rubrik,Bygg,,,", "no title"),
    ("L-5,Kartlager för strandskydd,,Trädgård,,,", "unknown module 'Trädgård'"),
    ("L-6,Export till Excel,,Övrigt,Atlantis,,", "unknown municipality 'Atlantis'"),
    ("L-7,Digital signering,,Bygg,,klar,", "unknown status 'klar'"),
    ("L-1,Samma id igen,,Bygg,,,", "external id 'L-1' twice in the file"),
    (f"L-8,{'x' * 121},,Bygg,,,", "longer than 120 (title) or 2000 (description)"),
]
REPORT = [
    f"  line {line}: {reason}" for line, (_row, reason) in enumerate(REFUSED, start=len(VALID) + 2)
]
CONSOLE_SCRIPT = (
    "/as Eva\n"
    "/language sv\n"
    "/as Bo board\n"
    "/member approve Eva Huddinge\n"  # no mail from the console: the board vouches for Eva
    "/as Eva\n"
    '/wish title:"Bättre sökning i bygglovsärenden" module:Bygg\n'
    "/as Bo board\n"
    "/wish-status 1 prioriterad\n"
)


def sqlite_env(tmp_path: Path, name: str) -> dict[str, str]:
    return {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / name}.db"}


def write_csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


async def test_import_report_reimport_exports_and_similar(
    db_target: DatabaseTarget, tmp_path: Path
) -> None:
    source = write_csv(tmp_path / "leverantor.csv", HEADER, *VALID, *(r for r, _ in REFUSED))
    env, cwd = db_target.env, tmp_path
    code, out, err = await run(
        "wishes", "import", str(source), "--source", "leverantor", env=env, cwd=cwd
    )
    assert code == 0, err
    assert out.splitlines() == ["taken: 3, already there: 0, refused: 6", *REPORT]
    assert "Traceback" not in err
    code, out, err = await run(
        "wishes", "import", str(source), "--source", "leverantor", env=env, cwd=cwd
    )
    assert code == 0, err
    assert out.splitlines()[0] == "taken: 0, already there: 3, refused: 6"

    exports = await asyncio.gather(
        *(run("wishes", "export", "--format", f, env=env, cwd=cwd) for f in ("csv", "md", "json")),
        run("wishes", "similar", "sökning i bygglov", "--json", "--all", env=env, cwd=cwd),
        run("wishes", "similar", "mejl om nya handlingar", env=env, cwd=cwd),
        run("wishes", "similar", "xyzzy", "--json", env=env, cwd=cwd),
        run("wishes", "similar", "sökning i bygglov", "--json", env=env, cwd=cwd),
    )
    assert [code for code, _out, _err in exports] == [0] * 7, exports
    as_csv, as_md, as_json, similar, for_people, nothing, shown = (out for _c, out, _e in exports)

    rows = list(csv.DictReader(io.StringIO(as_csv)))
    assert [(r["number"], r["title"], r["module"], r["status"]) for r in rows] == [
        ("1", "Bättre sökning i bygglovsärenden", "Bygg", "ny"),
        ("2", "Mejlnotiser vid nya handlingar", "Miljö", "prioriterad"),
        ("3", "Ärendebalans per handläggare", "BAB", "skickad"),
    ]
    assert [r["municipality"] for r in rows] == ["Huddinge", "", "Stockholm"]
    assert rows[1]["description"] == "Ett mejl, inte ett sms"
    assert rows[2]["vendor_reference"] == "HD-1234"
    assert {(r["source"], r["external_id"]) for r in rows} == {
        ("leverantor", "L-1"),
        ("leverantor", "L-2"),
        ("leverantor", "L-3"),
    }
    parsed = json.loads(as_json)
    assert [{k: str(v) for k, v in item.items()} for item in parsed] == rows
    assert isinstance(parsed[0]["number"], int) and isinstance(parsed[0]["members"], int)
    md_lines = as_md.splitlines()
    assert md_lines[0].startswith("| # | Önskemål | Modul | Status |")
    assert len(md_lines) == 2 + len(rows)
    assert md_lines[4].startswith("| 3 | Ärendebalans per handläggare | BAB | skickad |")
    assert md_lines[4].rstrip().endswith("| HD-1234 |")

    unknown, miljo = await asyncio.gather(
        run("wishes", "export", "--module", "Rymd", env=env, cwd=cwd),
        run("wishes", "export", "--module", "miljö", "--format", "json", env=env, cwd=cwd),
    )
    assert unknown[0] == 2 and "no module 'Rymd'" in unknown[2] and unknown[1] == ""
    assert [item["number"] for item in json.loads(miljo[1])] == [2]  # case forgiven

    found = json.loads(similar)
    assert isinstance(found, list) and found
    assert found[0]["number"] == 1 and found[0]["title"] == "Bättre sökning i bygglovsärenden"
    scores = [item["score"] for item in found]
    assert all(0 <= s <= 1 for s in scores) and scores == sorted(scores, reverse=True)
    assert all({"number", "title", "score"} <= set(item) for item in found)
    assert json.loads(nothing) == []
    # Without --all: what a member is shown before saving, the threshold applied.
    seen = json.loads(shown)
    assert seen == [item for item in found[:3] if item["score"] >= DEFAULT_THRESHOLD]
    assert len(seen) < len(found)  # the control: the raw ranking shows more
    number, score, title = for_people.splitlines()[0].split(maxsplit=2)
    assert (number, title) == ("#2", "Mejlnotiser vid nya handlingar") and 0 < float(score) <= 1

    # the export's own CSV imports into an empty database and exports the same again
    exported = write_csv(tmp_path / "export.csv", as_csv.rstrip("\n"))
    elsewhere = sqlite_env(tmp_path, "elsewhere")
    code, out, err = await run("wishes", "import", str(exported), env=elsewhere, cwd=cwd)
    assert (code, out.splitlines()) == (0, ["taken: 3, already there: 0, refused: 0"]), err
    code, again, err = await run("wishes", "export", "--format", "csv", env=elsewhere, cwd=cwd)
    assert code == 0, err
    assert again == as_csv


async def test_unreadable_input_is_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    no_columns = write_csv(tmp_path / "fel.csv", "rubrik,område", "Bättre sökning,Bygg")
    results = await asyncio.gather(
        run(
            "wishes",
            "import",
            str(tmp_path / "saknas.csv"),
            env=sqlite_env(tmp_path, "a"),
            cwd=tmp_path,
        ),
        run("wishes", "import", str(no_columns), env=sqlite_env(tmp_path, "b"), cwd=tmp_path),
    )
    (missing_code, missing_out, missing_err), (columns_code, columns_out, columns_err) = results
    assert (missing_code, missing_out) == (1, "")
    [line] = missing_err.strip().splitlines()
    assert line.startswith(f"bryggan: cannot read {tmp_path / 'saknas.csv'}: ")
    assert "No such file" in line
    assert (columns_code, columns_out) == (1, "")
    assert columns_err.strip().splitlines() == [
        "bryggan: the file needs the columns title and module"
    ]


async def test_a_header_without_title_and_module_is_refused_even_with_no_rows(
    tmp_path: Path,
) -> None:
    header_only = write_csv(tmp_path / "tom.csv", "rubrik,område")
    code, out, err = await run(
        "wishes", "import", str(header_only), env=sqlite_env(tmp_path, "h"), cwd=tmp_path
    )
    assert (code, out) == (1, "")
    assert err.strip().splitlines() == ["bryggan: the file needs the columns title and module"]


async def test_every_wishes_command_has_help(tmp_path: Path) -> None:
    commands = [(), ("import",), ("export",), ("similar",)]
    results = await asyncio.gather(
        *(run("wishes", *c, "--help", env={}, cwd=tmp_path) for c in commands)
    )
    for command, (code, out, _err) in zip(commands, results, strict=True):
        assert code == 0
        assert out.startswith(" ".join(("usage: bryggan wishes", *command)))
    wishes, taking, giving, similar = (out for _code, out, _err in results)
    assert "import" in wishes and "export" in wishes and "similar" in wishes
    assert "--source SOURCE" in taking and "title and module" in taking
    assert "--format {csv,json,md}" in giving
    assert "--json" in similar and "TEXT" in similar


async def test_console_session_wish_then_board_status_with_a_private_notice(
    db_target: DatabaseTarget, tmp_path: Path
) -> None:
    code, out, err = await run(
        "console", env=db_target.env, cwd=tmp_path, input_text=CONSOLE_SCRIPT
    )
    assert code == 0, err
    assert "Traceback" not in err
    lines = out.splitlines()
    assert lines[2:7] == [
        "Du är nu Bo (styrelseledamot).",
        "#1 Eva räknas nu för Huddinge.",
        "Du är nu Eva (medlem).",
        "Tack! Ditt önskemål har nummer #1: Bättre sökning i bygglovsärenden",
        "Du är nu Bo (styrelseledamot).",
    ]
    assert lines[7].startswith("#1 är nu prioriterad; 1 ")
    assert lines[8:] == [
        "[#dm:eva] Önskemålet #1 Bättre sökning i bygglovsärenden är nu: prioriterad."
    ]
    code, exported, err = await run(
        "wishes", "export", "--format", "json", env=db_target.env, cwd=tmp_path
    )
    assert code == 0, err
    [wish] = json.loads(exported)
    assert (wish["number"], wish["status"], wish["municipalities"], wish["members"]) == (
        1,
        "prioriterad",
        "Huddinge",
        1,
    )


async def test_one_member_told_is_singular_in_swedish(tmp_path: Path) -> None:
    code, out, err = await run(
        "console", env=sqlite_env(tmp_path, "c"), cwd=tmp_path, input_text=CONSOLE_SCRIPT
    )
    assert code == 0, err
    assert "#1 är nu prioriterad; 1 medlem fick besked." in out.splitlines()


async def test_importing_the_export_back_into_the_same_database_changes_nothing(
    tmp_path: Path,
) -> None:
    async with database_at("sqlite", tmp_path) as target:  # a copy of a migrated template
        env = target.env
        db = target.open()
        try:
            ctx = Context(db=db, catalogue=build_catalogue())
            eva = Member("discord", "1", "Eva", municipality="Huddinge")
            words = ('title:"Bättre sökning i bygglovsärenden"', "module:Bygg")
            said = await run_command(ctx, Command("wish", eva, None, positional=words))
        finally:
            await db.dispose()
    assert said.message.text.startswith("Tack!")  # a wish born in chat, not imported
    exported = tmp_path / "lista.csv"
    code, _out, err = await run(
        "wishes", "export", "--output", str(exported), env=env, cwd=tmp_path
    )
    assert code == 0, err
    code, out, err = await run("wishes", "import", str(exported), env=env, cwd=tmp_path)
    assert code == 0, err
    assert out.splitlines() == ["taken: 0, already there: 1, refused: 0"]


async def test_official_municipality_names_are_understood(tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "kommuner.csv",
        "external_id,title,module,municipality",
        "K-1,Bättre kartstöd,Kart & mät,Lunds kommun",
        "K-2,Digital delgivning,Bygg,Stockholms kommun",
    )
    env = sqlite_env(tmp_path, "k")
    code, out, err = await run("wishes", "import", str(source), env=env, cwd=tmp_path)
    assert code == 0, err
    assert out.splitlines() == ["taken: 2, already there: 0, refused: 0"]


async def test_the_vendors_answer_sets_statuses_and_lists_what_it_cannot_match(
    tmp_path: Path,
) -> None:
    """SQLite only: each run is a process start; the same use case on PostgreSQL is in
    tests/unit/test_wish_handoff.py."""
    env, cwd = sqlite_env(tmp_path, "answers"), tmp_path
    source = write_csv(tmp_path / "lista.csv", HEADER, *VALID)
    assert (await run("wishes", "import", str(source), env=env, cwd=cwd))[0] == 0
    files = {
        # its first row alone would make #3 levererad: "already so" below, were it taken
        "fel.csv": ("nummer,ärende,status,kommentar", "3,HD-1234,levererad,", "2,,klar,"),
        "utan-status.csv": ("nummer,kommentar", "1,Med i 5.2"),
        "tom.csv": ("nummer,status",),
    }
    said = {}
    for name, lines in files.items():
        code, _out, err = await run(
            "wishes", "import", "--statuses", str(write_csv(tmp_path / name, *lines)),
            env=env, cwd=cwd,
        )  # fmt: skip
        said[name] = (code, [line for line in err.splitlines() if not line.startswith("ts=")])
    assert said["fel.csv"] == (1, [
        "bryggan: nothing was changed; these rows cannot be read:",
        "  line 3: unknown status 'klar'",
    ])  # fmt: skip
    assert said["utan-status.csv"] == (1, [
        "bryggan: nothing was changed; the file needs a status column and a number or ticket "
        "column (number/nummer, ticket/referens/ärende); its columns are: nummer, kommentar"
    ])  # fmt: skip
    assert said["tom.csv"] == (1, ["bryggan: nothing was changed; the file has no rows"])
    answer = write_csv(
        tmp_path / "svar.csv",  # semicolons, as a Swedish spreadsheet writes them
        "number;ticket;status;comment",
        "1;HD-2001;planned;Kommer i version 5.2, troligen",  # our number; the ticket id kept
        ";HD-1234;Levererad;Finns i 5.1",  # the vendor's ticket id alone
        "99;;avslagen;",
        ";HD-9999;planerad;",
    )
    code, out, err = await run("wishes", "import", "--statuses", str(answer), env=env, cwd=cwd)
    assert code == 0, err
    assert out.splitlines() == [
        "changed: 2, already so: 0, members told: 0, not matched: 2, refused: 0",
        "  line 4: there is no wish #99",
        "  line 5: no wish has the ticket id 'HD-9999'",
    ]
    code, out, err = await run("wishes", "import", "--statuses", str(answer), env=env, cwd=cwd)
    assert out.splitlines()[0] == (
        "changed: 0, already so: 2, members told: 0, not matched: 2, refused: 0"
    )
    code, as_csv, err = await run("wishes", "export", env=env, cwd=cwd)
    rows = {r["number"]: r for r in csv.DictReader(io.StringIO(as_csv))}
    assert (rows["1"]["status"], rows["1"]["vendor_reference"]) == ("planerad", "HD-2001")
    assert (rows["3"]["status"], rows["3"]["vendor_reference"]) == ("levererad", "HD-1234")
    assert rows["2"]["status"] == "prioriterad"  # named in no answer
