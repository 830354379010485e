"""The e-mail platform: the outbox port for the mailing list, over SMTP.

Targets are `"<subscriber id>"` (list mail, only while the subscriber is active) and
`"confirm:<subscriber id>"` (the double-opt-in mail, only while pending); who gets what
is decided at send time, so an unsubscribe wins over mail already queued. A mail cannot
be changed or withdrawn once sent, so `edit` and `delete` do nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from bot.platforms.email.compose import Envelope, Sender, compose
from bot.platforms.email.smtp import SERVER_AWAY, SmtpConfig
from bot.platforms.email.template import TemplateCache
from bot.platforms.email.worker import MailWorker
from bot.settings import Settings
from handlers.door import Door
from handlers.i18n import translator
from handlers.mail.fanout import PLATFORM
from handlers.people.codes import with_code
from handlers.ports import DeliveryError
from handlers.types import Message, normalise_locale

log = logging.getLogger(__name__)
SKIPPED = "skipped"  # the message id recorded for a mail nobody should get any more
# While the server is away one mail at a time is tried, first after this long, then after
# twice as long each time it still fails, never more than the cap apart.
PROBE_FIRST_SECONDS = 30.0
PROBE_MAX_SECONDS = 600.0


class EmailPlatform:
    name = PLATFORM

    def __init__(self, door: Door, config: SmtpConfig, *, mail_from: str) -> None:
        self.door = door
        self.config = config
        self.pool = MailWorker(config)
        self.recipients = door.recipients()
        self.templates = TemplateCache()
        self.sender = Sender(
            header=mail_from,
            site_name=door.public.site_name,
            privacy_url=door.public.privacy_url,
        )
        if not self.sender.address:
            raise ValueError("MAIL_FROM has no address")
        self._server_up: bool | None = None  # not known before the first mail
        self._probe_wait = PROBE_FIRST_SECONDS
        self._probe_at: datetime | None = None

    @property
    def connected(self) -> bool:
        """False once the server could not be reached or refused the login, until a mail
        goes through again (/status and /healthz show it)."""
        return self._server_up is not False

    def probe_due(self) -> bool:
        """Whether the dispatcher should try one mail although the server is away: nothing
        else would ever find out that it is back."""
        if self._server_up is not False or self._probe_at is None:
            return False
        return self.door.now() >= self._probe_at

    async def start(self) -> None:
        """Start the mail worker; its connections open on the first mail and are kept."""
        await self.pool.start()

    async def stop(self) -> None:
        await self.pool.close()

    async def send(
        self, target: str, message: Message, *, idempotency_key: str, in_doubt: bool
    ) -> str:
        """Mail one subscriber; returns the Message-ID, or "skipped" when they are off the list.

        A resend after a doubtful attempt carries the same Message-ID: SMTP has no way to
        ask whether the first one arrived, and mail clients that see both show one.
        """
        recipient = await self.recipients.get(target)
        if recipient is None:
            log.info("mail to %s skipped: not (or no longer) subscribed", target)
            return SKIPPED
        unsubscribe = recipient.unsubscribe_url or (
            self.door.public.url(f"unsubscribe/{recipient.token}") if recipient.list_mail else None
        )
        if recipient.code is not None:
            message = with_code(message, recipient.code)
        locale = normalise_locale(recipient.locale) or self.door.default_locale
        envelope = Envelope(
            to=recipient.address,
            idempotency_key=idempotency_key,
            date=self.door.now(),
            unsubscribe_url=unsubscribe,
            locale=locale,
            welcome=recipient.welcome(idempotency_key),
            footer=recipient.footer,
        )
        data, mid = self._mail(message, envelope, list_mail=recipient.list_mail)
        try:
            await self.pool.send(self.sender.address, recipient.address, data)
        except DeliveryError as error:
            raise self._server_failure(error) from None
        self._server_up = True
        return mid

    def _server_failure(self, error: DeliveryError) -> DeliveryError:
        """Note a server that is away; what the dispatcher should make of the failure.

        The failure that finds the server away is passed on as it is: a refused login parks
        that mail, so the board is told (once, not once per mail). While the server stays
        away, the other mails wait for it instead of each being parked for the same cause.
        """
        if not error.reason.startswith(SERVER_AWAY):
            self._server_up = True  # the server answered: it is this mail that was refused
            return error
        already_away = self._server_up is False
        self._server_up = False
        now = self.door.now()
        if not already_away:
            self._probe_wait = PROBE_FIRST_SECONDS
            self._probe_at = now + timedelta(seconds=self._probe_wait)
        elif self._probe_at is None or now >= self._probe_at:  # a probe failed: wait longer
            self._probe_wait = min(PROBE_MAX_SECONDS, self._probe_wait * 2)
            self._probe_at = now + timedelta(seconds=self._probe_wait)
        if already_away and not error.retryable:
            return DeliveryError(error.reason, retryable=True, in_doubt=error.in_doubt)
        return error

    def _mail(self, message: Message, envelope: Envelope, *, list_mail: bool) -> tuple[bytes, str]:
        """The mail's bytes and Message-ID: from the message's template, or composed whole
        for a recipient the template cannot take (and for a mail of one person's own, such as
        a digest, which no other recipient shares)."""
        translate = translator(envelope.locale)
        if envelope.footer is not None:
            mail = compose(message, self.sender, envelope, translate)
            return mail.as_bytes(), str(mail["Message-ID"])
        template = self.templates.get(
            message,
            self.sender,
            list_mail=list_mail,
            locale=envelope.locale,
            translate=translate,
            welcome=envelope.welcome,
        )
        filled = template.fill(envelope, self.sender.domain)
        if filled is not None:
            return filled
        mail = compose(message, self.sender, envelope, translate)
        return mail.as_bytes(), str(mail["Message-ID"])

    async def edit(self, target: str, message_id: str, message: Message) -> str | None:
        return None  # a sent mail cannot be changed

    async def delete(self, target: str, message_id: str) -> None:
        return None  # nor withdrawn


def smtp_config(settings: Settings) -> SmtpConfig | None:
    resolved = settings.smtp()
    if resolved is None:
        return None
    return SmtpConfig(
        host=resolved.host,
        port=resolved.port,
        tls=resolved.tls,
        username=resolved.username,
        password=resolved.password,
        timeout_seconds=resolved.timeout_seconds,
        pool_size=settings.smtp_pool_size,
        tls_cafile=settings.smtp_ca_file or None,
    )


def build_email_platform(settings: Settings, door: Door) -> EmailPlatform | None:
    """The e-mail platform when SMTP is configured, else None."""
    config = smtp_config(settings)
    if config is None:
        return None
    if not settings.mail_from:
        raise ValueError("MAIL_FROM must be set when SMTP is configured")  # load_settings says so
    return EmailPlatform(door, config, mail_from=settings.mail_from)
