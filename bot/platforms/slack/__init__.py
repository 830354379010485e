"""The Slack adapter (slack-bolt, Socket Mode or HTTP), built from the command catalogue."""
