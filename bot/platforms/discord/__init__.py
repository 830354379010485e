"""The Discord adapter (discord.py), built from the command catalogue."""
