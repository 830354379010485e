"""/announce: the board writes an announcement in a form; it reaches every announcement
channel on every platform, the e-mail list, the web archive and the Atom feed."""

from __future__ import annotations

import secrets
from urllib.parse import urlparse

from handlers.announcements.publish import publish
from handlers.catalogue import CommandSpec, InteractionSpec, OptionSpec, OptionType
from handlers.context import Call, Context
from handlers.core.members import member_row
from handlers.errors import CommandError, on_field
from handlers.forms import filled
from handlers.i18n import N_, translator
from handlers.types import Form, FormField, Interaction, Member, Message, Reply

FORM_ID = "announce.form"


def _web_address(value: str) -> str:
    parsed = urlparse(value)
    spaced = any(c.isspace() or not c.isprintable() for c in value)
    if spaced or parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise CommandError(N_("“{url}” is not an http or https address."), url=value)
    return value


async def announce_command(ctx: Context, call: Call) -> Reply:
    """Open the form; a file attached on Discord (or a link given) fills in the link."""
    attached = call.values.get("file")
    if attached:
        _web_address(str(attached))
    # The nonce makes a form submitted twice (a double click, a retried request) publish once.
    form = await announce_form(ctx, call.member, secrets.token_hex(8))
    if attached:
        form = filled(form, {"link": str(attached)})
    return Reply(Message(text=""), form=form)


async def announce_form(_ctx: Context, member: Member, nonce: str) -> Form:
    """The form, bound to its nonce (kept when a refused form is given back)."""
    _ = translator(member.locale)
    fields = (
        FormField("title", _("Title"), max_length=150),
        FormField("text", _("Text"), long=True, max_length=3500),
        FormField(
            "link",
            _("Link or attachment"),  # platforms mark optional fields themselves
            required=False,
            max_length=500,
        ),
    )
    return Form(FORM_ID, _("Announcement"), fields, context=nonce)


async def form_submitted(ctx: Context, interaction: Interaction) -> Reply:
    _ = translator(interaction.member.locale)
    title = " ".join(interaction.values.get("title", "").split())
    text = interaction.values.get("text", "").strip()
    link = interaction.values.get("link", "").strip() or None
    if not title or not text:
        with on_field("text" if title else "title"):
            raise CommandError(N_("An announcement needs a title and a text."))
    if link:
        with on_field("link"):
            _web_address(link)
    member = interaction.member
    nonce = interaction.value or secrets.token_hex(8)
    async with ctx.db.transaction() as session:
        published = await publish(
            ctx,
            session,
            source_key=f"announce:{member.platform}:{member.user_id}:{nonce}",
            source_platform=member.platform,
            source_channel_id=None,
            fields={
                "author_name": member.display_name[:200],
                "author_id": (await member_row(ctx, session, member)).id,
                "title": title,
                "text": text,
                "link": link,
            },
        )
    if published is None:
        return Reply.text(_("This announcement was already sent."))
    row, channels, mails = published
    channel_part = _.ngettext("{n} channel", "{n} channels", channels)
    mail_part = _.ngettext("{n} subscriber", "{n} subscribers", mails)
    said = _(
        "Announcement #{number} is on its way to {channels} and {mails}, and is on the web page.",
        number=row.id,
        channels=channel_part,
        mails=mail_part,
    )
    if mails and not ctx.public.mail_enabled:  # queued, and kept, until a server is set up
        said += " " + _(NO_MAIL_SERVER)
    return Reply.text(said)


NO_MAIL_SERVER = N_(
    "No mail server is set up (SMTP_URL or SMTP_HOST): the mails wait in the outbox until one is."
)


COMMAND = CommandSpec(
    name="announce",
    sv="meddela",
    description=N_("Send an announcement to every channel, the e-mail list and the web"),
    board_only=True,
    options=(
        OptionSpec(
            "file",
            N_("A file to link in the announcement"),
            type=OptionType.FILE,
            sv="fil",
        ),
    ),
    handler=announce_command,
)

INTERACTIONS = (InteractionSpec(FORM_ID, form_submitted, board_only=True, form=announce_form),)
