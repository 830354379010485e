"""The member portal on the web: signing in by a mailed link, and what members do there."""

from datetime import timedelta

WEB = "web"  # the platform name of portal accounts (user id: the proved address)
SESSION_IDLE = timedelta(days=14)  # a session unused this long has ended
