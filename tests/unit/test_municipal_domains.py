"""The shipped municipality mail domains, and how an address is matched to a municipality."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from handlers.people.domains import (
    DOMAINS_FILE,
    MunicipalDomains,
    normalise_domain,
    read_domains_file,
)

DATA = Path(__file__).resolve().parents[2] / "handlers" / "data"
HOSTNAME = re.compile(r"(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+se")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with DOMAINS_FILE.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == ["code", "municipality", "domains"]
        return list(reader)


@pytest.fixture(scope="module")
def domains() -> MunicipalDomains:
    return MunicipalDomains.shipped()


def test_every_listed_municipality_exactly_once(rows: list[dict[str, str]]) -> None:
    names = (DATA / "municipalities.txt").read_text(encoding="utf-8").splitlines()
    in_csv = [row["municipality"] for row in rows]
    assert len(rows) == 290
    assert sorted(in_csv) == sorted(names)
    assert len(set(in_csv)) == 290


def test_codes_are_four_digits_and_unique(rows: list[dict[str, str]]) -> None:
    codes = [row["code"] for row in rows]
    assert all(re.fullmatch(r"\d{4}", code) for code in codes)
    assert len(set(codes)) == len(codes)


def test_domains_are_lower_case_se_hostnames_owned_once(rows: list[dict[str, str]]) -> None:
    owner: dict[str, str] = {}
    for row in rows:
        listed = row["domains"].split(";")
        assert listed and len(set(listed)) == len(listed), row
        for domain in listed:
            assert domain == domain.strip().lower(), row
            assert HOSTNAME.fullmatch(domain), row
            assert domain.endswith(".se") and "@" not in domain, row
            assert domain not in owner, (domain, owner.get(domain), row["municipality"])
            owner[domain] = row["municipality"]


def test_the_file_ends_cleanly() -> None:
    raw = DOMAINS_FILE.read_text(encoding="utf-8")
    assert raw.endswith("\n") and not raw.endswith("\n\n") and "\r" not in raw


@pytest.mark.parametrize(
    ("code", "name"),
    [("0114", "Upplands Väsby"), ("0180", "Stockholm"), ("0780", "Växjö"), ("2584", "Kiruna")],
)
def test_known_codes(rows: list[dict[str, str]], code: str, name: str) -> None:
    assert {row["code"]: row["municipality"] for row in rows}[code] == name


@pytest.mark.parametrize(
    ("domain", "municipality"),
    [
        ("vaxjo.se", "Växjö"),
        ("goteborg.se", "Göteborg"),
        ("huddinge.se", "Huddinge"),
        ("stockholm.se", "Stockholm"),
        ("upplands-bro.se", "Upplands-Bro"),
        ("upplandsvasby.se", "Upplands Väsby"),
        ("habokommun.se", "Habo"),
        ("habo.se", "Håbo"),
        ("engelholm.se", "Ängelholm"),
        ("gotland.se", "Gotland"),
        ("malung-salen.se", "Malung-Sälen"),
        ("mark.se", "Mark"),
        ("falun.se", "Falun"),
        ("lillaedet.se", "Lilla Edet"),
        ("ostragoinge.se", "Östra Göinge"),
        ("dalsed.se", "Dals-Ed"),
        ("ockero.se", "Öckerö"),
        ("hellefors.se", "Hällefors"),
        ("herjedalen.se", "Härjedalen"),
        ("kiruna.se", "Kiruna"),
    ],
)
def test_examples(domains: MunicipalDomains, domain: str, municipality: str) -> None:
    assert domains.municipality_for(domain) == municipality
    assert domains.municipality_for(f"anna.svensson@{domain}") == municipality


def test_addresses_are_normalised(domains: MunicipalDomains) -> None:
    assert domains.municipality_for("  Anna.Svensson@VAXJO.SE ") == "Växjö"
    assert domains.municipality_for("anna@vaxjo.se.") == "Växjö"
    assert domains.municipality_for('"odd@name"@vaxjo.se') == "Växjö"


def test_subdomains_do_not_count(domains: MunicipalDomains) -> None:
    assert domains.municipality_for("bygg.vaxjo.se") is None
    assert domains.municipality_for("anna@edu.stockholm.se") is None
    assert domains.municipality_for("x@stadshuset.goteborg.se") is None


@pytest.mark.parametrize(
    "address",
    [
        "evilvaxjo.se",
        "anna@evilvaxjo.se",
        "vaxjo.se.evil.com",
        "anna@vaxjo.se.evil.com",
        "vaxjo-se.com",
        "se",
        "anna@se",
        ".vaxjo.se",
        "anna@bygg..vaxjo.se",
        "vaxjo.se..",
        "anna@",
        "",
        "anna@växjö.se",
        "anna@vaxjo.se@evil.com",
    ],
)
def test_look_alikes_do_not(domains: MunicipalDomains, address: str) -> None:
    assert domains.municipality_for(address) is None


def test_a_municipality_with_two_domains(domains: MunicipalDomains) -> None:
    assert domains.municipality_for("a@gallivare.se") == "Gällivare"
    assert domains.municipality_for("a@gellivare.se") == "Gällivare"


def test_shipped_is_read_once() -> None:
    assert MunicipalDomains.shipped() is MunicipalDomains.shipped()


def test_with_extra_takes_part_in_lookups(domains: MunicipalDomains) -> None:
    board = domains.with_extra({"Miljoforbundet.SE.": "Växjö", "sbf.vaxjo.se": "Alvesta"})
    assert board.municipality_for("anna@miljoforbundet.se") == "Växjö"
    assert board.municipality_for("anna@tillsyn.miljoforbundet.se") is None
    assert board.municipality_for("anna@evilmiljoforbundet.se") is None
    # a subdomain the board adds counts, for the municipality it names
    assert board.municipality_for("anna@sbf.vaxjo.se") == "Alvesta"
    assert board.municipality_for("anna@vaxjo.se") == "Växjö"
    # a new instance: the shipped one is untouched
    assert domains.municipality_for("anna@miljoforbundet.se") is None
    assert domains.municipality_for("anna@sbf.vaxjo.se") is None


def test_with_extra_overrides_a_listed_domain(domains: MunicipalDomains) -> None:
    board = domains.with_extra({"habo.se": "Habo"})
    assert board.municipality_for("x@habo.se") == "Habo"
    assert domains.municipality_for("x@habo.se") == "Håbo"


@pytest.mark.parametrize(
    ("domain", "municipality"),
    [("se", "Växjö"), ("anna@vaxjo.se", "Växjö"), ("not a domain", "Växjö"), ("x.se", " ")],
)
def test_with_extra_refuses_nonsense(
    domains: MunicipalDomains, domain: str, municipality: str
) -> None:
    with pytest.raises(ValueError):
        domains.with_extra({domain: municipality})


def test_normalise_domain() -> None:
    assert normalise_domain("Anna@Bygg.Vaxjo.SE.") == "bygg.vaxjo.se"
    assert normalise_domain("a" * 64 + ".se") is None
    assert normalise_domain("-vaxjo.se") is None


def test_a_domain_listed_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "domains.csv"
    path.write_text("code,municipality,domains\n0001,A,a.se\n0002,B,b.se;a.se\n", encoding="utf-8")
    with pytest.raises(ValueError, match="listed twice"):
        read_domains_file(path)
