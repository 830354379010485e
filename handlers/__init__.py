"""Platform-neutral use cases: a Command in, Replies and outbox Deliveries out."""
