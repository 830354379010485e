"""Bridge groups: discussion channels on Discord and Slack that are one room."""
