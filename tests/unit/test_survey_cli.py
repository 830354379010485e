"""`bryggan survey create FILE` (YAML or CSV) and `bryggan survey export N`, in-process."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from bot import cli, cli_surveys
from bot.settings import Settings
from storage.surveys import DRAFT, get_survey, questions_of
from tests.conftest import DatabaseTarget

YAML = """\
title: Castor 2027
intro: |
  Tell us how Castor works for you.
closes: 2037-05-31
closes_time: 18:00
questions:
  - text: Which module matters most?
    kind: single
    choices: [Bygg, Miljö, BAB]
  - text: How satisfied are you?
    kind: scale
  - text: Which modules do you use?
    kind: multiple
    choices: [Bygg, Miljö, "Kart & mät"]
    required: false
  - text: What do you miss?
    kind: text
    required: false
"""
CSV = """\
text,kind,choices,required
Which module matters most?,single,Bygg|Miljö|BAB,true
"How satisfied are you, overall?",scale,,
What do you miss?,text,,false
"""


def settings_for(target: DatabaseTarget) -> Settings:
    return Settings(database_url=target.url, database_schema=target.schema)  # type: ignore[arg-type]


async def bryggan(target: DatabaseTarget, *argv: str) -> int:
    args = cli._parser().parse_args(["survey", *argv])
    return await cli_surveys.run(settings_for(target), args)


async def stored(target: DatabaseTarget, number: int) -> tuple[str, str, list[tuple]]:  # type: ignore[type-arg]
    db = target.open()
    try:
        async with db.transaction() as session:
            survey = await get_survey(session, number)
            assert survey is not None
            questions = [
                (q.kind, q.text, q.choices, q.required) for q in await questions_of(session, number)
            ]
            return survey.status, f"{survey.title}|{survey.intro}|{survey.closes_at}", questions
    finally:
        await db.dispose()


async def test_a_yaml_file_becomes_a_draft_and_exports(
    db_target: DatabaseTarget, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "enkat.yaml"
    path.write_text(YAML, encoding="utf-8")
    assert await bryggan(db_target, "create", str(path)) == 0
    out = capsys.readouterr()
    assert out.out == "1\n"
    assert "publish it with /survey publish 1" in out.err
    status, head, questions = await stored(db_target, 1)
    assert status == DRAFT
    # 18:00 in Stockholm summer time is 16:00 UTC
    assert head == "Castor 2027|Tell us how Castor works for you.|2037-05-31 16:00:00+00:00"
    assert questions == [
        ("single", "Which module matters most?", ["Bygg", "Miljö", "BAB"], True),
        ("scale", "How satisfied are you?", ["1", "2", "3", "4", "5"], True),
        ("multiple", "Which modules do you use?", ["Bygg", "Miljö", "Kart & mät"], False),
        ("text", "What do you miss?", [], False),
    ]
    output = tmp_path / "svar.csv"
    assert await bryggan(db_target, "export", "1", "--output", str(output)) == 0
    rows = list(csv.reader(io.StringIO(output.read_text(encoding="utf-8"))))
    assert rows[0][:5] == ["survey", "municipality", "member", "submitted", "complete"]
    assert rows[0][5:] == [
        "1. Which module matters most?", "2. How satisfied are you?",
        "3. Which modules do you use?", "4. What do you miss?",
    ]  # fmt: skip
    assert len(rows) == 1
    capsys.readouterr()
    assert await bryggan(db_target, "export", "1", "--format", "md") == 0
    assert capsys.readouterr().out.startswith("# ")
    assert await bryggan(db_target, "export", "7") == 1
    assert capsys.readouterr().err == "bryggan: there is no survey #7\n"


def _readme_example() -> str:
    """The survey file the README shows, as a newcomer would copy it."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    return readme.split("### Survey files", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]


async def test_the_readme_example_is_saved_as_it_stands(
    db_target: DatabaseTarget, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "enkat.yaml"
    path.write_text(_readme_example(), encoding="utf-8")
    assert await bryggan(db_target, "create", str(path)) == 0, capsys.readouterr().err
    _status, _head, questions = await stored(db_target, 1)
    assert [kind for kind, *_ in questions] == ["single", "scale", "multiple", "text"]


async def test_a_csv_file_with_options_becomes_a_draft(
    db_target: DatabaseTarget, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "enkat.csv"
    path.write_text(CSV, encoding="utf-8")
    argv = ["create", str(path), "--title", "Kort enkät", "--closes", "2037-03-01"]
    assert await bryggan(db_target, *argv) == 0
    assert capsys.readouterr().out == "1\n"
    status, head, questions = await stored(db_target, 1)
    assert (status, head) == (DRAFT, "Kort enkät||2037-03-01 22:59:00+00:00")
    assert [(kind, required) for kind, _text, _choices, required in questions] == [
        ("single", True),
        ("scale", True),
        ("text", False),
    ]
    assert questions[1][1] == "How satisfied are you, overall?"


async def test_bad_files_get_one_line_per_problem_and_exit_2(
    db_target: DatabaseTarget, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "trasig.yaml"
    bad.write_text(
        "title: ''\ncloses: 2040-01-01\nquestions:\n"
        "  - text: Vilken modul?\n    kind: single\n    choices: [Bygg]\n"
        "  - text: Hur?\n    kind: slider\n"
        "  - text: Varför?\n    kind: text\n    required: kanske\n",
        encoding="utf-8",
    )
    assert await bryggan(db_target, "create", str(bad)) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"bryggan: {bad}: title: a survey needs a title (--title for a CSV file)",
        f"bryggan: {bad}: closes: Give a date between 2000 and 2037.",
        f"bryggan: {bad}: question 1: “Vilken modul?” needs between 2 and 25 choices.",
        f"bryggan: {bad}: question 2: “slider” is not a kind of question (single, multiple, "
        "scale or text).",
        f"bryggan: {bad}: question 3: required must be true or false",
    ]
    broken = tmp_path / "sönder.yaml"
    broken.write_text("title: [oj\nquestions: -\n", encoding="utf-8")
    assert await bryggan(db_target, "create", str(broken)) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"bryggan: {broken}: not valid YAML (line ")
    headless = tmp_path / "fel.csv"
    headless.write_text("fråga,typ\nVad?,text\n", encoding="utf-8")
    assert await bryggan(db_target, "create", str(headless), "--title", "X") == 2
    assert capsys.readouterr().err == (
        f"bryggan: {headless}: the CSV file needs the header text,kind,choices,required\n"
    )
    past = tmp_path / "gammal.csv"
    past.write_text(CSV, encoding="utf-8")
    assert (
        await bryggan(db_target, "create", str(past), "--title", "X", "--closes", "2001-01-01") == 2
    )
    assert capsys.readouterr().err == (
        f"bryggan: {past}: closes: The closing time has already passed.\n"
    )
    assert await bryggan(db_target, "create", str(tmp_path / "saknas.yaml")) == 2
    assert "cannot read" in capsys.readouterr().err
    db = db_target.open()
    try:
        async with db.transaction() as session:
            assert await get_survey(session, 1) is None, "nothing saved from a bad file"
    finally:
        await db.dispose()


def test_the_command_is_registered_in_the_main_parser() -> None:
    args = cli._parser().parse_args(["survey", "export", "3", "--format", "md"])
    assert (args.command, args.survey_command, args.number, args.format) == (
        "survey", "export", 3, "md",
    )  # fmt: skip


def _created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Survey #1 made by `bryggan survey create` in tmp_path's main.db; its file."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'main.db'}")
    path = tmp_path / "enkat.yml"
    path.write_text(YAML, encoding="utf-8")
    assert cli.main(["survey", "create", str(path)]) == 0
    return path


def test_bryggan_main_runs_survey_create(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _created(tmp_path, monkeypatch)
    assert capsys.readouterr().out == "1\n"
    path.write_text("questions: []\n", encoding="utf-8")
    assert cli.main(["survey", "create", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"bryggan: {path}: title: a survey needs a title" in err
    assert f"bryggan: {path}: questions: A survey has between 1 and 10 questions." in err


def test_an_export_to_a_missing_folder_names_it_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _created(tmp_path, monkeypatch)
    capsys.readouterr()
    folder = tmp_path / "saknas"
    for database in ("main.db", "new.db"):  # a database not yet made is not made either
        monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / database}")
        with pytest.raises(SystemExit) as stopped:
            cli.main(["survey", "export", "1", "--output", str(folder / "svar.csv")])
        assert stopped.value.code == 2
        said = capsys.readouterr().err
        assert f"argument --output: the folder {folder} does not exist" in said
        assert "cannot start" not in said and "Traceback" not in said
    assert not folder.exists() and not (tmp_path / "new.db").exists()


def test_an_impossible_date_is_named_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'main.db'}")
    path = tmp_path / "fel.yml"
    path.write_text("title: x\ncloses: 2037-13-45\nquestions:\n  - {text: a, kind: scale}\n")
    assert cli.main(["survey", "create", str(path)]) == 2
    said = capsys.readouterr().err
    assert f"bryggan: {path}: a date that does not exist: month must be in 1..12" in said
    assert "Traceback" not in said
