"""Plain-text rendering of a neutral message (console, and later e-mail)."""

from __future__ import annotations

from handlers.types import Message


def render_plain(message: Message) -> str:
    lines: list[str] = []
    if message.author_name:
        lines.append(f"{message.author_name}:")
    if message.title:
        lines.append(f"{message.title} <{message.url}>" if message.url else message.title)
    if message.text:
        lines.append(message.text)
    for field in message.fields:
        value = field.value.replace("\n", "\n  ")
        lines.append(
            f"{field.name}:\n  {value}" if "\n" in field.value else f"{field.name}: {value}"
        )
    controls = [f"[{n}: {b.label}]" for n, b in enumerate(message.buttons, start=1)]
    controls += [f"[{s.placeholder} ▾]" for s in message.selects]
    if controls:
        lines.append(" ".join(controls))
    lines.extend(f"📎 {a.filename}" + (f" <{a.url}>" if a.url else "") for a in message.attachments)
    return "\n".join(lines)
