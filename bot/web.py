"""The web server (aiohttp): `/healthz`, the public archive and feed, the mail pages."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from aiohttp import web

from bot.settings import SettingsError
from handlers.clock import Clock
from handlers.context import Context
from handlers.ports import Platform
from storage import outbox
from storage.db import Database
from storage.outbox_health import waiting_platforms

log = logging.getLogger(__name__)

DB_KEY = web.AppKey("db", Database)
PLATFORMS_KEY = web.AppKey("platforms", dict)
CLOCK_KEY = web.AppKey("clock", object)
PROCESS_KEY = web.AppKey("process", object)  # () -> this process's roles and leadership


async def health(db: Database, platforms: Mapping[str, Platform], clock: Clock) -> dict[str, Any]:
    """Database reachable, platforms connected, outbox backlog and its oldest pending age."""
    database_ok = await db.ping()
    connected = {name: p.connected for name, p in platforms.items()}  # read each once
    report: dict[str, Any] = {
        "database": {"ok": database_ok, "engine": db.url.get_backend_name()},
        "platforms": {name: {"connected": up} for name, up in connected.items()},
    }
    if database_ok:
        stats = await outbox.stats(db, now=clock.now())
        report["outbox"] = {
            "backlog": stats.backlog,
            "failed": stats.failed,
            "oldest_pending_age_seconds": stats.oldest_pending_age_seconds,
        }
        for name in sorted(await waiting_platforms(db) - set(connected)):
            # deliveries waiting for a platform this process does not have (mail without SMTP)
            report["platforms"][name] = {"connected": False, "configured": False}
            connected[name] = False
    healthy = database_ok and all(connected.values())
    report["status"] = "ok" if healthy else "degraded"
    return report


async def _healthz(request: web.Request) -> web.Response:
    app = request.app
    report = await health(app[DB_KEY], app[PLATFORMS_KEY], app[CLOCK_KEY])  # type: ignore[arg-type]
    if (process := app.get(PROCESS_KEY)) is not None:
        report["process"] = process()  # type: ignore[operator]
    return web.json_response(report, status=200 if report["status"] == "ok" else 503)


def build_web_app(
    db: Database,
    platforms: Mapping[str, Platform],
    clock: Clock,
    ctx: Context | None = None,
    process: Callable[[], dict[str, object]] | None = None,
) -> web.Application:
    """The health check always (with the process's roles when `process` tells them); the
    public pages when a handler context is given."""
    app = web.Application()
    app[DB_KEY] = db
    app[PLATFORMS_KEY] = dict(platforms)
    app[CLOCK_KEY] = clock
    if process is not None:
        app[PROCESS_KEY] = process
    app.router.add_get("/healthz", _healthz)
    if ctx is not None:
        from bot.public.routes import add_public_routes

        add_public_routes(app, ctx)
    return app


class WebServer:
    def __init__(self, app: web.Application, host: str, port: int) -> None:
        self.runner = web.AppRunner(app, access_log=None)
        self.host, self.port = host, port

    async def start(self) -> int:
        """Listen and return the bound port (useful when the setting asked for port 0)."""
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.host, self.port)
        try:
            await site.start()
        except OSError as error:  # in use, not allowed, or no such address here
            await self.runner.cleanup()
            raise SettingsError(
                [f"WEB_PORT: cannot listen on {self.host}:{self.port} ({error.strerror or error})"]
            ) from None
        server = site._server  # aiohttp exposes the bound sockets only here
        sockets = getattr(server, "sockets", None) or []
        bound = sockets[0].getsockname()[1] if sockets else self.port
        log.info("web server listening", extra={"host": self.host, "port": bound})
        return int(bound)

    async def stop(self) -> None:
        await self.runner.cleanup()
