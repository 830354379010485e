"""What the wish list accepts: modules, municipalities and statuses (configurable lists)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from handlers.errors import CommandError
from handlers.i18n import N_

DEFAULT_MODULES = ("Bygg", "Miljö", "BAB", "Kart & mät", "Övrigt")
MUNICIPALITIES_FILE = Path(__file__).resolve().parents[1] / "data" / "municipalities.txt"

# status code -> source text of its name; codes are Swedish so the board can type them
STATUSES: dict[str, str] = {
    "ny": N_("new"),
    "beredning": N_("under preparation"),
    "prioriterad": N_("prioritised"),
    "skickad": N_("sent to the vendor"),
    "planerad": N_("planned"),
    "levererad": N_("delivered"),
    "avslagen": N_("declined"),
    "dubblett": N_("duplicate"),
}
CLOSED = frozenset({"levererad", "avslagen", "dubblett"})
STATUS_WORDS = {  # each status as typed in English
    "ny": "new",
    "beredning": "preparation",
    "prioriterad": "prioritised",
    "skickad": "sent",
    "planerad": "planned",
    "levererad": "delivered",
    "avslagen": "declined",
    "dubblett": "duplicate",
}
OPEN = tuple(code for code in STATUSES if code not in CLOSED)


@cache
def default_municipalities() -> frozenset[str]:
    """Sweden's 290 municipalities, from the shipped list."""
    if not MUNICIPALITIES_FILE.exists():
        return frozenset()
    lines = MUNICIPALITIES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip())


@dataclass(frozen=True)
class WishConfig:
    modules: tuple[str, ...] = DEFAULT_MODULES
    municipalities: frozenset[str] = field(default_factory=default_municipalities)
    vendor_address: str | None = None  # where /wishlist send mails the list

    def module(self, typed: str) -> str | None:
        """The configured module a member meant (case and spacing forgiven)."""
        wanted = " ".join(typed.split()).casefold()
        return next((m for m in self.modules if m.casefold() == wanted), None)

    def chosen_module(self, typed: str) -> str:
        """The module a member meant, or the choices told: every command naming one asks so."""
        found = self.module(typed)
        if found is None:
            raise CommandError(N_("Choose a module: {modules}."), modules=", ".join(self.modules))
        return found

    def municipality(self, typed: str) -> str | None:
        """The municipality meant: "Lund", "Lunds kommun", "Stockholms stad" all work."""
        wanted = " ".join(typed.split()).casefold()
        for suffix in (" kommun", " stad"):
            wanted = wanted.removesuffix(suffix)
        by_name = self._by_name
        return by_name.get(wanted) or (by_name.get(wanted[:-1]) if wanted.endswith("s") else None)

    @cached_property
    def _by_name(self) -> dict[str, str]:
        """Made once: an import asks for every row's municipality."""
        return {m.casefold(): m for m in self.municipalities}
