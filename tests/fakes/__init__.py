"""Protocol-level stand-ins (Discord, Slack, ...) that the real client libraries talk to."""
