"""E-mail: the mailing list as a platform of the outbox (SMTP through aiosmtplib).

Import `bot.platforms.email.platform` for the platform: this package stays empty so the
mail worker (`python -m bot.platforms.email.worker`) starts without loading the rest.
"""
