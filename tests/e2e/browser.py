"""Headless Chromium for the browser tests: find it, launch it, keep screenshots.

Debian's own `chromium` package is used (never `playwright install`, which downloads a
browser). A machine without it skips the browser tests; CI (`CI=true`) fails instead, so a
broken browser can never pass unnoticed there.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[2]
ON_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PHONE: dict[str, Any] = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
    "locale": "sv-SE",
}


def chromium_path() -> str | None:
    """`BRYGGAN_CHROMIUM`, else Debian's /usr/bin/chromium, else any chromium on PATH."""
    configured = os.environ.get("BRYGGAN_CHROMIUM")
    if configured:
        return configured
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


def unavailable(reason: str) -> NoReturn:
    """Skip here, fail on CI: the browser tests must run there."""
    if ON_CI:
        pytest.fail(f"CI=true but the browser test cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


def artifacts_dir() -> Path:
    """Where screenshots go: `BRYGGAN_ARTIFACTS`, else `test-artifacts/` (gitignored)."""
    folder = Path(os.environ.get("BRYGGAN_ARTIFACTS") or ROOT / "test-artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def artifact_name(node_name: str, suffix: str) -> str:
    """A file name from a test's name: `test_x[sqlite]` → `test_x-sqlite-suffix.png`."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", node_name).strip("-") + f"-{suffix}.png"


@asynccontextmanager
async def chromium() -> AsyncIterator[Any]:
    """A headless Chromium browser (Playwright), closed afterwards."""
    try:
        from playwright.async_api import Error, async_playwright
    except ImportError as error:
        unavailable(f"the playwright package is not installed ({error})")
    executable = chromium_path()
    if executable is None:
        unavailable("no Chromium found (apt-get install chromium, or set BRYGGAN_CHROMIUM)")
    async with async_playwright() as playwright:
        try:
            browser = await playwright.chromium.launch(executable_path=executable, headless=True)
        except Error as error:
            unavailable(f"Chromium at {executable} does not start: {error}")
        try:
            yield browser
        finally:
            await browser.close()


AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"  # `make test` installs it (npm ci)
# Rules that look at a whole site's structure, not at one page (a page of ours may have no
# landmark for a skip link): none are left out today.
AXE_RUN = """async () => {
  const found = await axe.run(document, {resultTypes: ['violations']});
  return found.violations.map(v => `${v.id} (${v.impact}): ` +
    v.nodes.map(n => n.target.join(' ')).join(', '));
}"""


async def axe_violations(page: Any) -> list[str]:
    """axe-core's violations on the page as it is now (its HTML, in a context of its own
    with scripts on, so the page under test may keep them off); none is the goal."""
    if not AXE.exists():
        unavailable(f"axe-core is not installed ({AXE}); run `make test` or `npm ci`")
    context = await page.context.browser.new_context(**PHONE)
    try:
        checked = await context.new_page()
        await checked.set_content(await page.content())
        await checked.add_script_tag(path=str(AXE))
        return list(await checked.evaluate(AXE_RUN))
    finally:
        await context.close()


# Every element with its own text: WCAG contrast of its colour against the first opaque
# background behind it (enough for flat layouts like ours; images are not looked at).
CONTRAST_JS = """
() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const poor = [];
  for (const el of document.body.querySelectorAll("*")) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.offsetParent === null && getComputedStyle(el).position !== "fixed") continue;
    const style = getComputedStyle(el);
    if (style.clip === "rect(0px, 0px, 0px, 0px)") continue;
    const [a, b] = [lum(rgb(style.color).slice(0, 3)), lum(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) poor.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)}`);
  }
  return poor;
}
"""
