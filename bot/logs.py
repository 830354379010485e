"""Structured logging (key=value or JSON lines on stderr) that never prints a secret, nor an
e-mail address at INFO or above (members' addresses are personal data; DEBUG may show them).

Message texts are kept out of log lines by the code that logs, which never passes one; an
address can also arrive inside an error a server sent back, so those are masked here too.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message"}
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@((?:[\w-]+\.)+[\w-]+)")


def mask_addresses(text: str) -> str:
    """Every e-mail address in `text` reduced to its domain: `kalle@vaxjo.se` → `…@vaxjo.se`."""
    return _ADDRESS.sub(lambda found: f"…@{found.group(1)}", text)


class RedactingFilter(logging.Filter):
    """Replace every known secret value (tokens, passwords, DSNs) with ***, and from INFO up
    reduce e-mail addresses to their domain (in the line, its extras and any traceback)."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        _malformed_request_in_one_line(record)
        masking = record.levelno >= logging.INFO
        if self.secrets or masking:
            record.msg = self._clean(record.getMessage(), masking)
            record.args = None
            if record.exc_info and not record.exc_text:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
            if record.exc_text:
                record.exc_text = self._clean(record.exc_text, masking)
        if masking:
            for key, value in _extras(record).items():
                if isinstance(value, str):
                    setattr(record, key, mask_addresses(value))
        return True

    def _clean(self, text: str, masking: bool) -> str:
        text = self.redact(text)
        return mask_addresses(text) if masking else text


def _malformed_request_in_one_line(record: logging.LogRecord) -> None:
    """aiohttp logs a request it cannot parse as an error with a traceback whose message
    quotes the offending bytes: a header line, cookies and all (a live session among them).
    A stranger can send such requests at will, so each becomes one warning naming the kind of
    fault, and the bytes are dropped."""
    fault = record.exc_info[1] if record.exc_info else None
    if not record.name.startswith("aiohttp.") or fault is None:
        return
    if type(fault).__module__ != "aiohttp.http_exceptions":
        return
    record.msg, record.args = "refused a malformed request (%s)", (type(fault).__name__,)
    record.exc_info = record.exc_text = None
    record.levelno = min(record.levelno, logging.WARNING)  # aiohttp's debug lines stay debug
    record.levelname = logging.getLevelName(record.levelno)


def _extras(record: logging.LogRecord) -> dict[str, object]:
    return {
        k: v for k, v in record.__dict__.items() if k not in _STANDARD and not k.startswith("_")
    }


class KeyValueFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        stamp = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        parts = [f"ts={stamp}", f"level={record.levelname.lower()}", f"logger={record.name}"]
        parts.append(f"msg={json.dumps(record.getMessage(), ensure_ascii=False)}")
        parts.extend(
            f"{k}={json.dumps(v, ensure_ascii=False, default=str)}"
            for k, v in _extras(record).items()
        )
        line = " ".join(parts)
        if record.exc_info or record.exc_text:
            exc = record.exc_text or self.formatException(record.exc_info)  # type: ignore[arg-type]
            line += f" exc={json.dumps(exc, ensure_ascii=False)}"
        return line


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
            **_extras(record),
        }
        if record.exc_info or record.exc_text:
            data["exc"] = record.exc_text or self.formatException(record.exc_info)  # type: ignore[arg-type]
        return json.dumps(data, ensure_ascii=False, default=str)


QUIETED_BY_THE_CLI = ("aiosqlite", "asyncio", "alembic.runtime.migration", "discord", "slack_bolt")


def configure_logging(level: str, fmt: str, secrets: Iterable[str] = ()) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else KeyValueFormatter())
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in QUIETED_BY_THE_CLI:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLevelName(level)))
