"""The e-mail list: members on no chat get the board's announcements by mail.

Addresses come from the board (`/mail add`, `bryggan mail import`) or from the public
subscribe page (double opt-in); every mail goes through the outbox to the `email` platform.
"""
