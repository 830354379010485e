"""/verify through the real Discord and Slack clients, with the code read from the mail a
real SMTP server (aiosmtpd) received: the whole way a member proves their municipality."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import replace

import pytest

from bot.platforms.email.platform import EmailPlatform
from bot.platforms.email.smtp import SmtpConfig
from handlers.context import Context
from handlers.door import Door
from handlers.public_config import PublicConfig
from tests.contract.test_wishes_on_platforms import OPENERS, Side, delivering
from tests.fakes.smtp_server import SmtpServer

CODE = re.compile(r"\b(\d{6})\b")


@pytest.fixture(params=sorted(OPENERS))
async def mailing_side(
    request: pytest.FixtureRequest, contract_ctx: Context, smtp_server: SmtpServer
) -> AsyncIterator[Side]:
    """A chat platform and the e-mail platform, delivered by one outbox dispatcher."""
    contract_ctx.people = replace(contract_ctx.people, mail_enabled=True)
    contract_ctx.public = PublicConfig("https://bryggan.example.se", "Användarföreningen Castor")
    email = EmailPlatform(
        Door(contract_ctx),
        SmtpConfig(smtp_server.host, smtp_server.port, tls="none", timeout_seconds=5.0),
        mail_from="Bryggan <bryggan@castor.example.se>",
    )
    await email.start()
    try:
        async with (
            OPENERS[request.param](contract_ctx) as side,
            delivering(contract_ctx, side, more={"email": email}),
        ):
            yield side
    finally:
        await email.stop()


async def test_the_code_comes_by_mail_and_verifies_the_municipality(
    mailing_side: Side, smtp_server: SmtpServer
) -> None:
    side = mailing_side
    asked = await side.command("verify", side.eva, email="Eva.Ek@Vaxjo.se")
    assert asked.private
    assert asked.text.startswith("En kod är på väg till eva.ek@vaxjo.se (Växjö).")
    assert not CODE.search(asked.text), "the code is only in the mail"
    (mail,) = await smtp_server.wait_for(1)
    assert mail.rcpt_tos == ("eva.ek@vaxjo.se",)
    assert "List-Unsubscribe" not in mail.message, "a code is no list mail"
    body = mail.part("plain")
    found = CODE.search(body)
    assert found is not None, body
    code = found.group(1)
    assert f"/verifiera kod:{code}" in body and code in str(mail.message["Subject"])

    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    assert (await side.command("verify", side.eva, code=wrong)).text == "Fel kod; 4 försök kvar."
    done = await side.command("verify", side.eva, code=code)
    assert done.private
    assert done.text == "Verifierat: eva.ek@vaxjo.se är din, och du räknas för Växjö."
    reused = await side.command("verify", side.eva, code=code)
    assert reused.text == "Ingen kod väntar på dig. Be om en med /verifiera e-post:ADRESS."
    profile = await side.command("profile", side.eva)
    assert "Växjö (verifierad via eva.ek@vaxjo.se)" in profile.text


async def test_an_unknown_domain_sends_no_mail(mailing_side: Side, smtp_server: SmtpServer) -> None:
    side = mailing_side
    refused = await side.command("verify", side.eva, email="eva@gmail.com")
    assert refused.text.startswith("gmail.com är inte e-postdomänen för någon svensk kommun")
    assert side.dispatcher is not None
    assert await side.dispatcher.drain("email")
    assert smtp_server.messages == []
