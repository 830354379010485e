"""E-mail: the mailing list as a platform of the outbox (SMTP through aiosmtplib)."""

from bot.platforms.email.platform import EmailPlatform, build_email_platform

__all__ = ["EmailPlatform", "build_email_platform"]
