"""The examples in deploy/ stay in step with the code: the compose file's bots share one
PostgreSQL, the role units name real roles, the Dockerfile copies what exists."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.roles import parse_roles

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def test_compose_runs_two_bots_on_one_postgresql() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    bots = [name for name in services if name.startswith("bot-")]
    assert len(bots) == 2
    urls = {services[name]["environment"]["DATABASE_URL"] for name in bots}
    assert len(urls) == 1 and next(iter(urls)).startswith("postgresql+asyncpg://")
    for name in bots:
        assert services[name]["depends_on"]["postgres"]["condition"] == "service_healthy"
        assert services[name]["build"]["dockerfile"] == "deploy/Dockerfile"
    host_ports = {services[name]["ports"][0].split(":")[0] for name in bots}
    assert len(host_ports) == 2


def test_role_units_name_real_roles() -> None:
    unit = (DEPLOY / "systemd" / "bryggan-role@.service").read_text()
    instances = re.findall(r"bryggan-role@([a-z-]+)", unit)
    assert instances, "the unit's comment shows how instances are named"
    assert "tr - ," in unit  # an instance's roles are joined by "-", given with ","
    for instance in instances:
        parse_roles(instance.replace("-", ","))


def test_the_dockerfile_copies_what_exists() -> None:
    root = DEPLOY.parent
    for line in (DEPLOY / "Dockerfile").read_text().splitlines():
        if line.startswith("COPY "):
            for source in line.split()[1:-1]:
                assert (root / source).exists(), source
