"""The Matrix adapter (mautrix): commands as `!bryggan NAME …` messages, forms as a short
conversation in a direct room, buttons as numbered choices; posts through the outbox with a
transaction id made from the idempotency key."""
