"""What the bot does before its first getUpdates: only what the first update needs.

Asserts on what is loaded, never on how long it took (the benchmark measures that).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.sandbox.loopback import FakeTelegram
from bot.texts import LOCALES_DIR, _read, _read_version
from tests.harness import make_settings, start_harness, stop_harness

PROJECT_ROOT = Path(__file__).resolve().parents[1]

# In a fresh interpreter, the way `python -m bot` starts: the command line, then the assembly.
_STARTING = """
import json, sys
from pathlib import Path
import bot.cli
from bot import texts
from bot.app import build_application
from bot.config import Settings
build_application(Settings(
    _env_file=None,
    telegram_bot_token="123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef012",
    database_path=Path(sys.argv[1]) / "bot.sqlite3",
))
heavy = (
    "matplotlib", "aiohttp.web", "bot.chart", "bot.report", "bot.export", "bot.webhook",
    "bot.sandbox.demo",
)
print(json.dumps({
    "loaded": [name for name in heavy if name in sys.modules],
    "read": texts._read_version.cache_info().currsize,
}))
"""


def test_building_the_bot_reads_no_locale_and_loads_no_report_or_web_server(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _STARTING, str(tmp_path)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    seen = json.loads(result.stdout)
    assert seen == {"loaded": [], "read": 0}


async def test_a_started_bot_parses_only_the_texts_it_shows_and_sets_every_menu(
    tmp_path: Path,
) -> None:
    _read_version.cache_clear()  # what other tests in this process parsed
    fake = FakeTelegram()
    harness = await start_harness(make_settings(tmp_path), fake)
    try:
        woman = harness.woman("Woman")
        await harness.join(woman)
        assert "What would you like" in (await harness.send(woman, "/menu")).text
        texts = harness.runtime.texts
        for language in texts.languages:
            assert fake.descriptions[("description", language)]
        english = _read(LOCALES_DIR / "en.ftl")
        # The consent screens, the menu, the command menus: a few dozen of the file's texts.
        assert 10 < len(english.parsed) < len(english.entries) / 10
    finally:
        await stop_harness(harness)
