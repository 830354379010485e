"""`bryggan mail import FILE.csv` and `bryggan mail list`, run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import cli, cli_mail
from bot.settings import Settings
from storage import mail
from tests.conftest import DatabaseTarget


def settings_for(target: DatabaseTarget) -> Settings:
    return Settings(database_url=target.url, database_schema=target.schema)  # type: ignore[arg-type]


async def bryggan(target: DatabaseTarget, *argv: str) -> int:
    args = cli._parser().parse_args(["mail", *argv])
    return await cli_mail.run(settings_for(target), args)


async def test_import_adds_valid_rows_and_reports_bad_ones_by_line(
    db_target: DatabaseTarget, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = tmp_path / "medlemmar.csv"
    register.write_text(
        "namn;e-post\n"
        "Kalle Anka;Kalle@Kommun.se\n"
        "Trasig;inte-en-adress\n"
        "\n"
        "Kalle igen;kalle@kommun.se\n"
        "Eva;eva@kommun.se\n",
        encoding="utf-8",
    )
    assert await bryggan(db_target, "import", str(register)) == 0
    said = capsys.readouterr()
    out = said.out.splitlines()
    assert "no mail server is set up" in said.err  # these settings have no SMTP
    assert out[0] == "added: 2, already on the list: 1, refused: 1"
    assert out[1].startswith("  line 3: “inte-en-adress” is not an e-mail address")
    assert await bryggan(db_target, "import", str(register)) == 0  # again: nothing doubles
    assert capsys.readouterr().out.startswith("added: 0, already on the list: 3, refused: 1")
    db = db_target.open()
    try:
        async with db.transaction() as session:
            rows = await mail.all_subscribers(session)
            assert [(r.address, r.name, r.status, r.source) for r in rows] == [
                ("eva@kommun.se", "Eva", "active", "import"),
                ("kalle@kommun.se", "Kalle Anka", "active", "import"),
            ]
    finally:
        await db.dispose()
    assert await bryggan(db_target, "list", "--json") == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["address"] for r in listed] == ["eva@kommun.se", "kalle@kommun.se"]


async def test_import_without_a_header_and_a_missing_file(
    db_target: DatabaseTarget, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = tmp_path / "adresser.csv"
    plain.write_text("bo@kommun.se\nsara@kommun.se,Sara S\n", encoding="utf-8")
    assert await bryggan(db_target, "import", str(plain)) == 0
    assert capsys.readouterr().out.startswith("added: 2, already on the list: 0, refused: 0")
    assert await bryggan(db_target, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("bo@kommun.se") and lines[1].endswith("Sara S")
    assert await bryggan(db_target, "import", str(tmp_path / "saknas.csv")) == 1
    assert "cannot read" in capsys.readouterr().err
    assert await bryggan(db_target, "list", "--status", "pending") == 0
    assert capsys.readouterr().out == "the mailing list is empty\n"
