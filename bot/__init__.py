"""The runtime: settings, wiring, platform adapters, web server, scheduler and CLI."""
