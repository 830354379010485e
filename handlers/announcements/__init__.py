"""Announcements: the board posts once, every channel, the e-mail list and the web get it."""
