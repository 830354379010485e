"""`bryggan survey create FILE` and `bryggan survey export N`: surveys from the board's computer.

A survey file is YAML (title, intro, closes, closes_time, questions) or CSV (one question a
row: text,kind,choices,required; choices separated by "|"; title, intro and closing date as
options). Every problem in a file is reported on its own line, exit code 2, and nothing is
saved until the whole file is right.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.cli_args import ID, output_file
from bot.cli_output import write_output, write_stdout
from handlers.errors import CommandError  # a small module: no database, no platform

if TYPE_CHECKING:  # the rest is imported when the command runs: its --help stays cheap
    from bot.settings import Settings
    from handlers.context import Context
    from handlers.surveys.definition import QuestionSpec

EXIT_BAD_FILE = 2
CSV_COLUMNS = ("text", "kind", "choices", "required")
TRUE = {"true", "yes", "ja", "1", "y", "j", ""}
FALSE = {"false", "no", "nej", "0", "n"}


class BadFile(Exception):
    """A survey file with problems, one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    survey = commands.add_parser(
        "survey",
        help="make a survey from a file, or export a survey's answers",
        description="Make a draft survey from a YAML or CSV file, or export its answers.",
    )
    actions = survey.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    create = actions.add_parser(
        "create",
        help="save a draft survey from a YAML or CSV file",
        description="Save a draft survey (publish it with /survey publish N). YAML: title, "
        "intro, closes (YYYY-MM-DD), closes_time (HH:MM, default 23:59) and questions (text, "
        "kind: single|multiple|scale|text, choices, required). CSV: the columns "
        "text,kind,choices,required with choices separated by |; title, intro and closing "
        "date as options.",
    )
    create.add_argument("file", type=Path, help="the survey file (.yaml, .yml or .csv; UTF-8)")
    create.add_argument("--title", help="the title (CSV; overrides the YAML's)")
    create.add_argument("--intro", help="the introduction (CSV; overrides the YAML's)")
    create.add_argument("--closes", help="closing date YYYY-MM-DD (CSV; overrides the YAML's)")
    create.add_argument("--closes-time", help="closing time HH:MM in Swedish time (default 23:59)")
    create.add_argument("--by", default="bryggan survey create", help="who made it")
    export = actions.add_parser(
        "export",
        help="print a survey's answers (CSV) or summary (Markdown)",
        description="Print a survey's answers, one CSV row per member, or its summary.",
    )
    export.add_argument("number", type=ID, help="the survey's number")
    export.add_argument("--format", choices=("csv", "md"), default="csv")
    export.add_argument("--output", type=output_file, help="write to this file instead of stdout")


async def run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.context import build_context
    from handlers.clock import SystemClock
    from storage.migrate import upgrade

    ctx = build_context(settings, SystemClock())
    try:
        await upgrade(ctx.db)
        if args.survey_command == "create":
            return await _create(ctx, args)
        return await _export(ctx, args, settings)
    finally:
        await ctx.db.dispose()


def _message(error: CommandError) -> str:
    from handlers.i18n import translator

    return error.text(translator("en"))


def read_definition(path: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The file's title, intro, closing date and time, and raw questions (options win)."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise BadFile([f"cannot read {path}: {error}"]) from None
    if path.suffix.lower() == ".csv":
        found: dict[str, Any] = {"questions": _csv_questions(raw)}
    else:
        found = _yaml_definition(raw)
    for key in ("title", "intro", "closes"):
        if getattr(args, key, None) is not None:
            found[key] = getattr(args, key)
    if args.closes_time is not None:
        found["closes_time"] = args.closes_time
    return found


def _yaml_definition(raw: str) -> dict[str, Any]:
    import yaml

    try:
        loaded = yaml.safe_load(raw)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(error, "problem", None) or "not valid YAML"
        raise BadFile([f"not valid YAML{where}: {problem}"]) from None
    except ValueError as error:  # a date YAML reads as one, that does not exist: 2037-13-45
        raise BadFile([f"a date that does not exist: {error}"]) from None
    if not isinstance(loaded, dict):
        raise BadFile(["the file must be a YAML mapping with title, closes and questions"])
    questions = loaded.get("questions")
    if not isinstance(questions, list) or not all(isinstance(q, dict) for q in questions):
        raise BadFile(["questions: a list of questions, each with text and kind"])
    return dict(loaded)


def _csv_questions(raw: str) -> list[dict[str, Any]]:
    reader = csv.DictReader(io.StringIO(raw))
    columns = [c.strip().lower() for c in reader.fieldnames or ()]
    if not {"text", "kind"} <= set(columns):
        raise BadFile([f"the CSV file needs the header {','.join(CSV_COLUMNS)}"])
    reader.fieldnames = columns
    rows = []
    for row in reader:
        choices = str(row.get("choices") or "")
        rows.append({**row, "choices": [c for c in choices.split("|") if c.strip()]})
    return rows


def _text(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        return f"{value // 60:02d}:{value % 60:02d}"  # YAML 1.1 reads 18:00 as 1080
    if isinstance(value, datetime | date):
        return value.isoformat()[:10]
    return "" if value is None else str(value).strip()


def _required(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    word = _text(value).lower()
    return True if word in TRUE else False if word in FALSE else None


def checked_definition(
    ctx: Context, found: dict[str, Any]
) -> tuple[dict[str, Any], list[QuestionSpec]]:
    """Every problem of the definition at once, or what `create_survey` takes."""
    from handlers.surveys.authoring import closing_time
    from handlers.surveys.definition import checked, question

    problems: list[str] = []
    title = " ".join(_text(found.get("title")).split())
    if not title:
        problems.append("title: a survey needs a title (--title for a CSV file)")
    elif len(title) > 150:
        problems.append(f"title: at most 150 characters (this one has {len(title)})")
    closes_at = None
    if not _text(found.get("closes")):
        problems.append("closes: the closing date YYYY-MM-DD is missing (--closes for a CSV file)")
    else:
        try:
            closes_at = closing_time(
                ctx, _text(found["closes"]), _text(found.get("closes_time")) or None
            )
        except CommandError as error:
            problems.append(f"closes: {_message(error)}")
    specs = []
    for number, raw in enumerate(found.get("questions") or [], start=1):
        required = _required(raw.get("required", True))
        if required is None:
            problems.append(f"question {number}: required must be true or false")
            continue
        choices = raw.get("choices") or []
        if not isinstance(choices, list):
            problems.append(f"question {number}: choices must be a list")
            continue
        try:
            kind = _text(raw.get("kind")).lower()
            specs.append(question(kind, _text(raw.get("text")), choices, required))
        except CommandError as error:
            problems.append(f"question {number}: {_message(error)}")
    if len(specs) == len(found.get("questions") or []):  # each question itself is right
        try:
            checked(specs)
        except CommandError as error:
            problems.append(f"questions: {_message(error)}")
    if problems:
        raise BadFile(problems)
    return {"title": title, "intro": _text(found.get("intro")), "closes_at": closes_at}, specs


async def _create(ctx: Context, args: argparse.Namespace) -> int:
    from handlers.surveys.authoring import create_survey

    try:
        fields, specs = checked_definition(ctx, read_definition(args.file, args))
    except BadFile as error:
        for problem in error.problems:
            print(f"bryggan: {args.file}: {problem}", file=sys.stderr)
        return EXIT_BAD_FILE
    async with ctx.db.transaction() as session:
        survey = await create_survey(ctx, session, questions=specs, created_by=args.by, **fields)
    print(survey.id)
    print(
        f"survey #{survey.id} saved as a draft with {len(specs)} "
        f"question{'' if len(specs) == 1 else 's'}; "
        f"publish it with /survey publish {survey.id}",
        file=sys.stderr,
    )
    return 0


async def _export(ctx: Context, args: argparse.Namespace, settings: Settings) -> int:
    from handlers.i18n import translator
    from handlers.surveys.export import load, to_csv, to_markdown

    async with ctx.db.transaction() as session:
        data = await load(session, args.number)
    if data is None:
        print(f"bryggan: there is no survey #{args.number}", file=sys.stderr)
        return 1
    if args.format == "csv":
        text = to_csv(data, ctx.meetings.zone)
    else:
        text = to_markdown(data, translator(settings.default_locale))
    if args.output:
        write_output(args.output, text)
        print(f"{len(data.answers)} answers written to {args.output}", file=sys.stderr)
    else:
        write_stdout(text)
    return 0
