"""Wiring: one asyncio process with the platforms, the outbox dispatcher, the web server and the
scheduler; a clean stop on SIGTERM/SIGINT or at the end of console input."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import sys
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine, Iterable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from functools import partial
from typing import Any, TextIO

from bot.context import build_context
from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.feed_fetcher import AiohttpFetcher
from bot.leadership import Leadership, Timing
from bot.platforms import registry
from bot.platforms.console import ConsolePlatform, stdin_lines
from bot.process_beat import ProcessBeat
from bot.roles import ROLES
from bot.scheduler import Job, Scheduler
from bot.settings import Settings
from bot.web import WebServer, build_web_app
from handlers.clock import Clock, SystemClock
from handlers.commands import scheduled_jobs
from handlers.door import Door
from handlers.outbox_alerts import PARKED_NOTICE_PREFIX, report_parked_delivery
from handlers.ports import Platform
from handlers.wishes.handoff import KEY_PREFIX as HANDOFF_KEY
from storage import outbox, outbox_claims
from storage.leader_lock import LeaderLock
from storage.migrate import upgrade
from storage.outbox import Claimed
from storage.outbox_signal import Notifier, OutboxListener

log = logging.getLogger(__name__)
STOP_FLOOR_SECONDS = 0.5  # what stops by itself gets this long even when the grace is spent


def dispatcher_config(settings: Settings) -> DispatcherConfig:
    return DispatcherConfig(
        lease_seconds=settings.outbox_lease_seconds,
        send_timeout_seconds=settings.outbox_send_timeout_seconds,
        max_attempts=settings.outbox_max_attempts,
        give_up_after_seconds=settings.outbox_give_up_hours * 3600,
        backoff_base_seconds=settings.outbox_backoff_base_seconds,
        backoff_max_seconds=settings.outbox_backoff_max_seconds,
        poll_seconds=settings.outbox_poll_seconds,
        concurrency=settings.outbox_concurrency,
    )


@dataclass
class Runtime:
    """Everything one process runs, built from settings; `serve()` until told to stop."""

    settings: Settings
    console_input: AsyncIterator[str] | None = None
    output: TextIO = field(default_factory=lambda: sys.stdout)
    clock: Clock = field(default_factory=SystemClock)
    with_web: bool = True
    with_console: bool | None = None
    with_chat: bool = True
    roles: tuple[str, ...] = ROLES  # `bryggan run --role` (bot/roles.py)
    timing: Timing = field(default_factory=Timing)  # of the leader election

    def __post_init__(self) -> None:
        self.ctx = build_context(self.settings, self.clock)
        self.db = self.ctx.db
        self.door = Door(self.ctx)  # how the platforms reach the use cases
        self.platforms: dict[str, Platform] = {}
        self.process_id = str(uuid.uuid4())  # in the heartbeat table, and a dispatcher's holds
        config = dispatcher_config(self.settings)
        if self.db.is_postgresql:  # other dispatcher processes may share the outbox
            config = replace(config, holder=self.process_id)
        self.dispatcher = Dispatcher(
            self.db, self.platforms, self.clock, config, on_parked=self._report_parked
        )
        self.ctx.wake_outbox = self.dispatcher.wake
        self.ctx.connected = lambda: {n: p.connected for n, p in self.platforms.items()}
        self.scheduler = Scheduler()
        self.ctx.wake_job = self.scheduler.wake
        self._jobs: set[asyncio.Task[object]] = set()  # scheduled jobs under way
        self._owns_loop = False  # set by `run_until_signal`: every other task is ours
        self._register_jobs()
        self.web: WebServer | None = None
        self.web_port: int | None = None  # bound, once the web server listens
        self.console: ConsolePlatform | None = None
        self._stop = asyncio.Event()
        self._stopping = False
        self.leadership = Leadership(
            self.roles, self._leader_lock(), self._leadership_changed, timing=self.timing
        )
        self.beat = ProcessBeat(
            self.db, self.clock, self.roles, lambda: self.leadership.leads, id=self.process_id
        )
        if self.db.is_postgresql:
            self.beat.on_dispatchers = self._share_limits
        self._listener: OutboxListener | None = None
        self._notifier: Notifier | None = None
        if self.db.is_postgresql:  # other processes' dispatchers (storage/outbox_signal.py)
            self._share_outbox_wakes()

    def _share_outbox_wakes(self) -> None:
        """A dispatcher here listens for other processes' posts; without one, this process's
        posts wake the dispatchers elsewhere."""
        if "dispatcher" in self.roles:
            url, schema = self.settings.database_url_value, self.settings.database_schema
            retry = self.timing.retry_seconds
            self._listener = OutboxListener(url, schema, self.dispatcher.wake, retry_seconds=retry)
        else:
            self._notifier = Notifier(self.db)
            self.ctx.wake_outbox = self._notifier.wake

    def _leader_lock(self) -> Callable[[Timing], LeaderLock] | None:
        """How a leader lock is made on PostgreSQL; None on SQLite (one process only)."""
        if not self.db.is_postgresql:
            return None
        url, schema = self.settings.database_url_value, self.settings.database_schema
        return lambda timing: LeaderLock(
            url,
            schema,
            server_idle_seconds=timing.server_idle_seconds,
            statement_seconds=timing.lease_seconds,
        )

    def _share_limits(self, dispatchers: int) -> None:
        """Dispatcher processes came or went: each platform's per-token limits re-shared."""
        log.info("dispatcher processes", extra={"count": dispatchers})
        for platform in self.platforms.values():
            if isinstance(platform, registry.SharesLimits):
                platform.share_limits(dispatchers)

    def _listeners(self) -> list[Any]:
        """The platforms that open a gateway of their own (registry.Listens)."""
        return [p for p in self.platforms.values() if isinstance(p, registry.Listens)]

    async def _leadership_changed(self, role: str, leading: bool) -> None:
        """Start or stop what the role runs, as this process gains or loses it."""
        if self._stopping and leading:
            return  # nothing starts while stopping; a loss still closes the gateway
        if role == "gateway":
            for platform in self._listeners():
                await platform.listen(leading)
        elif role == "scheduler" and leading:
            self.scheduler.start()
        elif role == "scheduler":
            await self.scheduler.stop()
        self.beat.wake()

    async def _report_parked(self, row: Claimed, error: str) -> None:
        if row.idempotency_key.startswith(PARKED_NOTICE_PREFIX):
            return  # a notice about a notice would never end when board channels fail
        once_per = None
        if row.platform == "email" and not row.idempotency_key.startswith(HANDOFF_KEY):
            if "recipient" in error:
                return  # one notice per refused address would drown the board: /status sums them
            once_per = f"email:{self.clock.now():%Y-%m-%dT%H}"  # a server problem, once an hour
        await report_parked_delivery(
            self.ctx, row_id=row.id, destination=row.destination, error=error, once_per=once_per
        )

    def request_stop(self) -> None:
        self._stop.set()

    def _build_platforms(self) -> None:
        """Every configured platform the registry knows (chat ones only `with_chat`)."""
        self.ctx.platforms = registry.capabilities()
        for declared in registry.configured(self.settings, chat_only=False):
            if declared.chat and not self.with_chat:
                continue
            self.platforms[declared.name] = declared.build(self.door, self.settings)
        wants_console = self.with_console
        if wants_console is None:
            wants_console = self.settings.wants_console()
        if wants_console and ("gateway" in self.roles or self.with_console):
            self.console = ConsolePlatform(
                self.door,
                output=self.output,
                channel=self.settings.console_channel,
                locale=self.settings.default_locale,
                drain=lambda: self.dispatcher.drain("console"),
                interactive=self.console_input is None and sys.stdin.isatty(),
            )
            self.platforms["console"] = self.console

    async def _log_backlog(self) -> None:
        stats = await outbox.stats(self.db, now=self.clock.now())
        if stats.backlog or stats.failed:
            log.info(
                "outbox backlog",
                extra={
                    "backlog": stats.backlog,
                    "failed": stats.failed,
                    "oldest_pending_age_seconds": stats.oldest_pending_age_seconds,
                },
            )

    async def _prune_holds(self) -> None:
        """Dispatchers' holds on destinations, a minute after they ended (a direct message's
        destination names its member: nothing is kept about it longer than needed)."""
        await outbox_claims.prune_holds(self.db, before=self.clock.now() - timedelta(minutes=1))

    def _register_jobs(self) -> None:
        """The periodic jobs, started by `serve()` (tests run one with `scheduler.run_due`):
        the outbox's backlog in the log, and every feature's declared jobs."""
        every = self.scheduler.every
        every("outbox-backlog", 300, self._uncancelled("outbox-backlog", self._log_backlog))
        every("outbox-holds", 60, self._uncancelled("outbox-holds", self._prune_holds))
        for job in scheduled_jobs():
            run = self._uncancelled(job.name, partial(job.run, self.ctx))
            every(job.name, job.every_seconds, run, first_after=job.first_after)

    def _uncancelled(self, name: str, job: Callable[[], Coroutine[Any, Any, object]]) -> Job:
        """`job` in a task of its own that the scheduler's stop does not cancel: `_shutdown`
        waits for it instead (see there why)."""

        async def run() -> None:
            task = asyncio.create_task(job(), name=f"job-{name}-run")
            self._jobs.add(task)
            task.add_done_callback(self._jobs.discard)
            await asyncio.shield(task)  # an error still reaches the scheduler, which logs it

        return run

    async def serve(self) -> int:
        await upgrade(self.db)
        self._build_platforms()
        leads = await self.leadership.begin()
        for platform in self._listeners():
            platform.listening = "gateway" in leads
        for platform in self.platforms.values():
            await platform.start()
        dispatcher_task = None
        if "dispatcher" in self.roles:
            dispatcher_task = asyncio.create_task(self.dispatcher.run(), name="dispatcher")
        if self._listener is not None:
            self._listener.start()
        if "scheduler" in leads:
            self.scheduler.start()
        await self.beat.start()
        if "web" in self.roles and self.with_web and self.settings.web_enabled:
            app = build_web_app(self.db, self.platforms, self.clock, self.ctx, self.beat.describe)
            declared = registry.declarations()
            for name, platform in self.platforms.items():
                for route in declared[name].routes(platform) if name in declared else ():
                    app.router.add_route(route.method, route.path, route.handler)
            self.web = WebServer(app, self.settings.web_host, self.settings.web_port)
            self.web_port = await self.web.start()
        waiters = [asyncio.create_task(self._stop.wait(), name="stop-signal")]
        if self.console is not None:
            lines = self.console_input or stdin_lines()
            waiters.append(asyncio.create_task(self.console.serve(lines), name="console"))
        # What start-up made (modules, the catalogue, clients) lives as long as the process:
        # kept out of the collector's full passes, each of which otherwise walks it all
        # (about 90 ms here, on whatever callback it interrupts).
        gc.freeze()
        log.info("bryggan started", extra={"platforms": sorted(self.platforms)})
        try:
            done, _pending = await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()
        finally:
            for task in waiters:
                task.cancel()
            await asyncio.gather(*waiters, return_exceptions=True)
            await self._shutdown(dispatcher_task)
        return 0

    async def _shutdown(self, dispatcher_task: asyncio.Task[None] | None) -> None:
        """Stop everything, then dispose the database. Nothing is cancelled in the middle of
        a database call while it can still end by itself (within SHUTDOWN_GRACE_SECONDS):
        a cancel that lands while a connection is being returned makes SQLAlchemy's pool
        log a CancelledError traceback."""
        log.info("bryggan stopping")
        self._stopping = True  # leadership won from here starts nothing
        grace = self.settings.shutdown_grace_seconds
        deadline = asyncio.get_running_loop().time() + grace
        await self.dispatcher.stop(grace)
        await _ended([dispatcher_task] if dispatcher_task else [], deadline)  # stops claiming
        await self.scheduler.stop()  # a job under way runs on (`_uncancelled`)…
        await _ended(self._jobs, deadline)  # …and is waited for here
        for platform in self.platforms.values():
            with contextlib.suppress(Exception):
                await platform.stop()
        await self.leadership.stop()  # after the gateway closed: a standby may take it now
        await self.beat.stop()
        for signal_end in (self._listener, self._notifier):
            if signal_end is not None:
                await signal_end.stop()
        if self.web is not None:
            await self.web.stop()
        if isinstance(self.ctx.fetcher, AiohttpFetcher):
            await self.ctx.fetcher.close()
        if self._owns_loop:  # platforms' event handlers, anything else still at work
            await _ended(asyncio.all_tasks() - {asyncio.current_task()}, deadline)
        await self.db.dispose()  # last: nothing that may use it is left running
        log.info("bryggan stopped")


async def _ended(tasks: Iterable[asyncio.Task[Any]], deadline: float) -> None:
    """Wait for `tasks` until `deadline`, then cancel what is left; errors are logged."""
    tasks = list(tasks)
    if not tasks:
        return
    timeout = max(STOP_FLOOR_SECONDS, deadline - asyncio.get_running_loop().time())
    _done, pending = await asyncio.wait(tasks, timeout=timeout)
    for task in pending:
        task.cancel()
    outcomes = await asyncio.gather(*tasks, return_exceptions=True)
    for task, outcome in zip(tasks, outcomes, strict=True):
        if isinstance(outcome, Exception):
            log.error(
                "task failed while stopping", exc_info=outcome, extra={"task": task.get_name()}
            )


async def run_until_signal(runtime: Runtime) -> int:
    """Serve, turning SIGTERM and SIGINT into a clean stop."""
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, runtime.request_stop)
    runtime._owns_loop = True  # `asyncio.run`'s loop, which holds nothing but the bot
    try:
        return await runtime.serve()
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
