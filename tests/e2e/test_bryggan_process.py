"""The real `bryggan` process: console script, health check, clean stop, CLI and config errors."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

import aiohttp

from handlers.clock import SystemClock
from storage import outbox, outbox_claims
from storage.db import Database
from tests.conftest import DatabaseTarget
from tests.e2e.process import run, start, wait_for_port

HELP_SCRIPT = "/help\n/language en\n/help\n"


async def test_console_script_prints_swedish_then_english_help(
    db_target: DatabaseTarget, tmp_path: Path
) -> None:
    code, out, err = await run("run", env=db_target.env, cwd=tmp_path, input_text=HELP_SCRIPT)
    assert code == 0, err
    swedish, english = out.split("I will speak English with you from now on.\n")
    assert swedish.startswith("Kommandon\n/hjälp — Visa kommandona du kan använda\n")
    assert english.startswith("Commands\n/help — Show the commands you may use\n")
    assert "Traceback" not in err


async def test_console_board_session_routes_a_test_post_through_the_outbox(
    db_target: DatabaseTarget, tmp_path: Path
) -> None:
    script = (
        "/channel add news\n"
        "/as Anna board municipality:Huddinge\n"  # refused: a municipality is verified, not set
        "/as Anna board\n"
        "/channel add news\n"
        "/in nyheter\n"
        "/channel add news\n"
        '/channel test "news"\n'
        "/chanel list\n"
        '/as "Bo\n'
    )
    code, out, err = await run("console", env=db_target.env, cwd=tmp_path, input_text=script)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Bara styrelseledamöter får använda /channel add."
    assert lines[1] == "Så här: /as NAMN [board]"
    assert lines[2] == "Du är nu Anna (styrelseledamot)."
    assert "#general tar nu emot news (nyheter)." in lines
    assert "Ett testinlägg är på väg till 2 kanaler." in lines
    posts = [line for line in lines if line.startswith(("[#general]", "[#nyheter]"))]
    assert sorted(p.split("]")[0] for p in posts) == ["[#general", "[#nyheter"]
    assert all("Testinlägg för news (nyheter), skickat av Anna." in p for p in posts)
    assert "Okänt kommando /chanel. Menade du /kanal?" in lines
    assert lines[-1] == "Ett citattecken är inte avslutat. Inget gjordes."
    db = Database(db_target.url, schema=db_target.schema)
    try:
        rows = await outbox.list_rows(db)
    finally:
        await db.dispose()
    assert [r.status for r in rows] == ["sent", "sent"]


async def test_healthz_then_sigterm_stops_cleanly(
    db_target: DatabaseTarget, tmp_path: Path
) -> None:
    process = await start("run", env=db_target.env, cwd=tmp_path)
    try:
        port, _ = await wait_for_port(process)
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"http://127.0.0.1:{port}/healthz") as response,
        ):
            assert response.status == 200
            report = await response.json()
        assert report["status"] == "ok"
        assert report["database"]["ok"] is True
        assert report["platforms"] == {"console": {"connected": True}}
        assert report["outbox"] == {"backlog": 0, "failed": 0, "oldest_pending_age_seconds": None}
        process.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(process.wait(), timeout=10)
        assert code == 0
        assert process.stderr is not None
        rest = (await process.stderr.read()).decode()
        assert 'msg="bryggan stopped"' in rest
        assert "Traceback" not in rest  # e.g. SQLAlchemy's pool, cancelled mid-return
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def test_invalid_setting_stops_start_with_one_line_and_exit_2(tmp_path: Path) -> None:
    code, out, err = await run("run", env={"WEB_PORT": "eighty"}, cwd=tmp_path)
    assert code == 2
    assert err.strip().splitlines() == [
        "bryggan: configuration error: WEB_PORT: Input should be a valid integer, "
        "unable to parse string as an integer (got 'eighty')"
    ]
    assert out == ""


async def test_secrets_never_appear_in_output(tmp_path: Path) -> None:
    url = "postgresql+asyncpg://bryggan:Hemligt-Lösen-42@127.0.0.1:1/none"
    for args in (("check-config",), ("run",), ("migrate",)):
        code, out, err = await run(*args, env={"DATABASE_URL": url}, cwd=tmp_path)
        assert code == 2, (args, err)  # an unreachable database is a setting to fix
        assert "DATABASE_URL: cannot reach the database" in err
        assert "Hemligt-Lösen-42" not in out + err
        assert "Traceback" not in err
    sqlite = {"DATABASE_URL": "sqlite+aiosqlite:///x.db"}
    assert (await run("migrate", env=sqlite, cwd=tmp_path))[0] == 0
    code, out, _ = await run("check-config", env=sqlite, cwd=tmp_path)
    assert code == 0
    assert "database: reachable" in out


async def test_env_file_is_read_from_the_working_directory(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DEFAULT_LOCALE=en\nWEB_ENABLED=false\n")
    code, out, err = await run("run", env={}, cwd=tmp_path, input_text="/help\n")
    assert code == 0, err
    assert out.startswith("Commands\n")


async def test_the_installed_script_answers_help(tmp_path: Path) -> None:
    """The script itself; every subcommand's help is checked in-process (tests/unit)."""
    code, out, _ = await run("--help", env={}, cwd=tmp_path)
    assert code == 0
    assert out.startswith("usage: bryggan")


async def test_outbox_list_and_retry_from_the_command_line(
    db_target: DatabaseTarget, tmp_path: Path
) -> None:
    db = Database(db_target.url, schema=db_target.schema)
    now = SystemClock().now()
    try:
        async with db.transaction() as session:
            await outbox.enqueue(
                session,
                platform="slack",
                target="C1",
                idempotency_key="k1",
                payload={"text": "hej"},
                now=now,
            )
        [row] = await outbox_claims.claim(
            db, now=now, lease_seconds=30, limit=5, platforms=["slack"]
        )
        await outbox.mark_failed(db, row, error="channel_not_found")
        code, out, _ = await run("outbox", "list", "--failed", env=db_target.env, cwd=tmp_path)
        assert code == 0
        assert "failed" in out and "slack:C1" in out and "channel_not_found" in out
        code, out, _ = await run("outbox", "retry", str(row.id), env=db_target.env, cwd=tmp_path)
        assert (code, out.strip()) == (0, f"delivery {row.id} will be sent again")
        code, _, err = await run("outbox", "retry", str(row.id), env=db_target.env, cwd=tmp_path)
        assert code == 1 and "is pending, not failed" in err
        code, out, _ = await run("outbox", "list", "--failed", env=db_target.env, cwd=tmp_path)
        assert out.strip() == "no failed deliveries"
    finally:
        await db.dispose()
