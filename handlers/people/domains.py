"""Which municipality a work address belongs to, by its mail domain.

A member who says they work for a municipality proves it with a code mailed to their work
address; this module says which municipality that address's domain belongs to. The shipped
list is `handlers/data/municipality_domains.csv` (see the `.SOURCES.md` beside it for where
each row comes from); the board can add domains of its own (a joint board, a municipal
company) with `with_extra`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType

DOMAINS_FILE = Path(__file__).resolve().parents[1] / "data" / "municipality_domains.csv"

# One DNS label: letters, digits and inner hyphens, at most 63 characters (RFC 1035/1123).
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_MAX_HOSTNAME = 253


def normalise_domain(address_or_domain: str) -> str | None:
    """The domain of an address or domain as compared here, or None if it is no hostname.

    Lower case, the part after the last `@`, one trailing dot (a fully qualified name)
    dropped; at least two labels, each valid, so that `se`, `.vaxjo.se` or `vaxjo..se` never
    match anything.
    """
    domain = address_or_domain.strip().lower().rpartition("@")[2].removesuffix(".")
    labels = domain.split(".")
    if len(domain) > _MAX_HOSTNAME or len(labels) < 2:
        return None
    if not all(_LABEL.fullmatch(label) for label in labels):
        return None
    return domain


@dataclass(frozen=True)
class MunicipalDomains:
    """Mail domains (domain -> municipality), in the order they were given.

    Only a listed domain itself counts, not a subdomain of it: a municipality may hand out
    addresses under a subdomain to people who do not work for it (pupils, say); the board
    adds a subdomain that does count (`sbf.vaxjo.se` may even belong to another municipality).
    """

    by_domain: Mapping[str, str]

    @classmethod
    def shipped(cls) -> MunicipalDomains:
        """Sweden's 290 municipalities and their official domains (read once, then cached)."""
        return _load_shipped()

    @classmethod
    def from_pairs(cls, pairs: Mapping[str, str]) -> MunicipalDomains:
        """Build from domain -> municipality pairs, checking each domain is a hostname.

        Raises ValueError for a domain that is not one or an empty municipality: a typo
        must not silently widen or narrow who counts as working for a municipality.
        """
        checked: dict[str, str] = {}
        for raw, municipality in pairs.items():
            domain = normalise_domain(raw)
            if domain is None or "@" in raw:
                raise ValueError(f"not a mail domain: {raw!r}")
            name = municipality.strip()
            if not name:
                raise ValueError(f"no municipality for {raw!r}")
            checked[domain] = name
        return cls(MappingProxyType(checked))

    def municipality_for(self, address_or_domain: str) -> str | None:
        """The municipality whose domain the address (or domain) is.

        `anna@vaxjo.se` -> Växjö; `bygg.vaxjo.se`, `evilvaxjo.se`, `vaxjo.se.evil.com` -> None.
        """
        domain = normalise_domain(address_or_domain)
        return self.by_domain.get(domain) if domain else None

    def with_extra(self, extra: Mapping[str, str]) -> MunicipalDomains:
        """A copy in which the board's domain -> municipality pairs take part in lookups.

        The board's word wins where it names a domain already listed (the shipped list can
        go stale). Raises ValueError as `from_pairs` does.
        """
        added = MunicipalDomains.from_pairs(extra).by_domain
        return MunicipalDomains(MappingProxyType({**self.by_domain, **added}))


def read_domains_file(path: Path) -> MunicipalDomains:
    """Read a `code,municipality,domains` file (domains separated by `;`).

    Raises ValueError if a domain is listed twice: the same domain cannot belong to two
    municipalities, and a repeat within one is a slip worth knowing about.
    """
    pairs: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for domain in row["domains"].split(";"):
                if domain in pairs:
                    raise ValueError(f"{path.name}: {domain!r} is listed twice")
                pairs[domain] = row["municipality"]
    return MunicipalDomains.from_pairs(pairs)


@cache
def _load_shipped() -> MunicipalDomains:
    return read_domains_file(DOMAINS_FILE)
