"""End to end: `python -m bot demo` in a real headless browser (Debian's chromium via Playwright).

A woman joins, sends feedback, the staff member answers it and she sees the answer; the clock
control closes the seeded poll. Nothing but 127.0.0.1 is used.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from playwright.async_api import Locator, Page, async_playwright, expect

from tests.e2e.process import PROJECT_ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Generous, for a loaded machine: the page normally shows a reply in well under a second.
SHOWN_MS = 30_000

pytestmark = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None, reason="needs Debian's chromium (.ci/run installs it)"
)


@asynccontextmanager
async def demo(workdir: Path) -> AsyncIterator[str]:
    """`python -m bot demo --port 0` with no token and no settings; yields the page address."""
    temp = workdir / "tmp"
    temp.mkdir()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "demo",
        "--port",
        "0",
        cwd=workdir,
        env={"PATH": os.environ["PATH"], "PYTHONPATH": str(PROJECT_ROOT), "TMPDIR": str(temp)},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    assert process.stdout is not None
    seen = []
    try:
        while True:
            line = (await asyncio.wait_for(process.stdout.readline(), 60)).decode()
            seen.append(line)
            assert line, f"the sandbox exited at start:\n{''.join(seen)}"
            if line.startswith("Sandbox ready: open "):
                break
        address = line.split("open ", 1)[1].split(" ", 1)[0]
        assert address.startswith("http://127.0.0.1:")
        yield address
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
        rest, _ = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, "".join(seen) + rest.decode()
    # The temporary database went with it.
    assert list(temp.iterdir()) == []


def column(page: Page, name: str) -> Locator:
    return page.locator(f'section[data-name="{name}"]')


async def type_in(page: Page, name: str, text: str) -> None:
    chat = column(page, name)
    await chat.get_by_role("textbox").fill(text)
    await chat.get_by_role("button", name="Send", exact=True).last.click()


async def press(page: Page, name: str, button: str) -> None:
    """Press the button on the latest message that has it, as she would."""
    await column(page, name).locator(".kb button", has_text=button).last.click()


async def shows(page: Page, name: str, text: str) -> None:
    await expect(column(page, name).locator(".msg", has_text=text).last).to_be_visible(
        timeout=SHOWN_MS
    )


async def test_in_the_sandbox_a_woman_joins_gives_feedback_and_sees_the_staff_answer(
    tmp_path: Path,
) -> None:
    async with demo(tmp_path) as address, async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = await browser.new_page(viewport={"width": 1800, "height": 1000})
            await page.goto(address)
            # The seeded poll reached the women who joined before.
            await shows(page, "Amina", "Which day suits the new peer support group best?")

            # Dana starts from the command menu by the text box, as on Telegram.
            await column(page, "Dana").get_by_title("The bot's command menu").click()
            await column(page, "Dana").locator(".menu button", has_text="/start").click()
            await shows(page, "Dana", "not watched all the time")
            await press(page, "Dana", "I agree")
            await shows(page, "Dana", "What would you like to do?")
            await press(page, "Dana", "Give feedback")
            await press(page, "Dana", "Sessions and groups")
            await shows(page, "Dana", "Please write your feedback")
            await type_in(page, "Dana", "Could the crèche open <b>half an hour</b> earlier?")
            await shows(page, "Dana", "Could the crèche open")
            await press(page, "Dana", "Send")
            await shows(page, "Dana", "Thank you. Your feedback has been sent")

            # Beth's seeded feedback is #1, so Dana's is #2.
            await type_in(page, "Sam", "/respond 2")
            await shows(page, "Sam", "Write your reply")
            await type_in(page, "Sam", "Yes: from Monday the crèche opens at 9:30.")
            await shows(page, "Sam", "Send it?")
            await press(page, "Sam", "Send")
            await shows(page, "Sam", "marked as answered")

            await shows(page, "Dana", "You said, we did")
            answer = column(page, "Dana").locator(".msg", has_text="You said, we did").last
            await expect(answer).to_contain_text("from Monday the crèche opens at 9:30.")
            await expect(answer).to_contain_text("<b>half an hour</b>")  # shown, not obeyed
            await column(page, "Dana").screenshot(path=tmp_path / "dana.png")
            await page.screenshot(path=tmp_path / "sandbox.png")

            # The clock control: two days on, the seeded poll closes and the women hear.
            await page.get_by_role("button", name="+2 days").click()
            await shows(page, "Beth", "Result of poll #1")
            await shows(page, "Staff group", "Result of poll #1")
        finally:
            await browser.close()
    assert (tmp_path / "dana.png").read_bytes().startswith(b"\x89PNG")


async def test_demo_help_describes_it(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "demo",
        "--help",
        cwd=tmp_path,
        env={"PATH": os.environ["PATH"], "PYTHONPATH": str(PROJECT_ROOT)},
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await process.communicate()
    assert process.returncode == 0
    text = " ".join(out.decode().split())
    assert text.startswith("usage: python -m bot demo [-h] [--port PORT]")
    assert "Nothing leaves the machine; no token is needed." in text
