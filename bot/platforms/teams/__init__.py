"""Microsoft Teams through the Bot Connector REST API on the bot's own aiohttp (issue #19)."""
