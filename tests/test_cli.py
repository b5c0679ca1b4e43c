"""The command line: every subcommand, its help, and its exit codes."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import COMMANDS, main
from storage.db import Database, open_file
from tests.prepared import TELEGRAM_IDS, prepared_database

PROJECT_ROOT = Path(__file__).resolve().parents[1]
TOKEN = "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef012"


@pytest.fixture(autouse=True)
def _own_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only the settings a test gives; the test's folder holds no .env."""
    for name in list(os.environ):
        if name.isupper() and not name.startswith(("PATH", "PYTHON", "HOME", "LANG", "LC_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "data" / "bot.sqlite3"))
    monkeypatch.setenv("STAFF_USER_IDS", "900001")


def _prepare(path: Path, key: str | None = None) -> None:
    """The prepared database, or (with a key) an empty encrypted one."""

    async def build() -> None:
        if key is None:
            await (await prepared_database(path)).db.close()
        else:
            await (await Database.open(path, key)).close()

    asyncio.run(build())


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--help"])
    assert stopped.value.code == 0
    shown = capsys.readouterr().out
    for command in COMMANDS:
        assert command.name in shown


@pytest.mark.parametrize("name", [command.name for command in COMMANDS])
def test_every_subcommand_has_its_own_help(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([name, "--help"])
    assert stopped.value.code == 0
    assert f"python -m bot {name}" in capsys.readouterr().out


def test_an_unknown_subcommand_is_refused_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["launch"])
    assert stopped.value.code == 2
    assert "invalid choice: 'launch'" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [[], ["run"]])
def test_run_is_the_default_and_stops_with_one_line_without_a_token(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN")
    assert main(argv) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "Setting TELEGRAM_BOT_TOKEN is missing: create a bot with @BotFather and put its token "
        "in .env."
    ]


def test_export_writes_the_csv_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _prepare(tmp_path / "data" / "bot.sqlite3")
    assert main(["export", str(tmp_path / "out")]) == 0
    assert "Wrote 21 CSV files" in capsys.readouterr().out
    participants = (tmp_path / "out" / "participants.csv").read_text(encoding="utf-8-sig")
    assert "P-0000" in participants
    assert str(TELEGRAM_IDS[0]) not in participants


def test_export_without_a_database_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "out"]) == 2
    assert "there is no database" in capsys.readouterr().err


def test_export_needs_a_folder(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["export"])
    assert stopped.value.code == 2
    assert "folder" in capsys.readouterr().err


def test_check_passes_on_good_settings_and_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _prepare(tmp_path / "data" / "bot.sqlite3")
    assert main(["check"]) == 0
    assert capsys.readouterr().out.startswith("No problems found")


def test_check_names_every_bad_setting_on_its_own_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:short")
    monkeypatch.setenv("STAFF_USER_IDS", "12,abc")
    monkeypatch.setenv("TIMEZONE", "Mars/Olympus")
    assert main(["check"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("Setting TELEGRAM_BOT_TOKEN does not look like a Telegram token")
    assert lines[1].startswith("Setting STAFF_USER_IDS")
    assert lines[2].startswith("Setting TIMEZONE is not a known time zone")


def test_check_says_when_there_are_no_staff(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("STAFF_USER_IDS")
    assert main(["check"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "Setting STAFF_USER_IDS is empty: nobody could publish women's ideas, answer their"
        " feedback or hear of anything they send. Put each staff member's numeric Telegram"
        " user id there, comma-separated."
    ]


def test_check_finds_a_broken_texts_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "texts.ftl").write_text("menu-nonsense = hi\n", encoding="utf-8")
    monkeypatch.setenv("TEXTS_FILE", str(tmp_path / "texts.ftl"))
    assert main(["check"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "Setting TEXTS_FILE is not usable: texts.ftl names an unknown text: menu-nonsense."
    ]


def test_a_start_stopped_by_its_texts_leaves_the_database_closed_and_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data" / "bot.sqlite3"
    _prepare(path, "the right key, long enough")
    monkeypatch.setenv("DATABASE_KEY", "the right key, long enough")
    (tmp_path / "texts.ftl").write_text("menu-nonsense = hi\n", encoding="utf-8")
    monkeypatch.setenv("TEXTS_FILE", str(tmp_path / "texts.ftl"))
    # The database was being opened while the bot was imported; the texts stop the start.
    assert main(["run"]) == 2
    assert capsys.readouterr().err.startswith("Setting TEXTS_FILE is not usable")
    open_file(path, "the right key, long enough", exclusive=True).close()


def test_check_finds_a_damaged_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data" / "bot.sqlite3"
    path.parent.mkdir()
    path.write_bytes(b"this is not a database, just some bytes " * 200)
    assert main(["check"]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith(f"Database: {path} cannot be read")


def test_check_finds_a_database_from_a_newer_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data" / "bot.sqlite3"
    _prepare(path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    assert main(["check"]) == 1
    (line,) = capsys.readouterr().out.splitlines()
    assert "schema version 999 is newer than this release knows" in line


def test_the_real_command_line_runs_check_and_reports_by_exit_code(tmp_path: Path) -> None:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(PROJECT_ROOT),
        "TELEGRAM_BOT_TOKEN": "not-a-token",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout.startswith("Setting TELEGRAM_BOT_TOKEN does not look like")


def test_run_with_a_wrong_key_stops_with_one_line_before_contacting_telegram(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data" / "bot.sqlite3"
    _prepare(path, "the right key, long enough")
    monkeypatch.setenv("DATABASE_KEY", "a wrong key, also long enough")
    assert main(["run"]) == 3
    assert capsys.readouterr().err.splitlines() == [
        f"Cannot start: {path} cannot be read with the key in DATABASE_KEY or DATABASE_KEY_FILE."
    ]


def test_run_without_the_key_of_an_encrypted_database_stops_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _prepare(tmp_path / "data" / "bot.sqlite3", "the right key, long enough")
    assert main([]) == 3
    (line,) = capsys.readouterr().err.splitlines()
    assert "is encrypted (set DATABASE_KEY or DATABASE_KEY_FILE to its key)" in line


def test_check_opens_an_encrypted_database_with_its_key_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _prepare(tmp_path / "data" / "bot.sqlite3", "the right key, long enough")
    (tmp_path / "key").write_text("the right key, long enough\n", encoding="utf-8")
    (tmp_path / "key").chmod(0o644)
    monkeypatch.setenv("DATABASE_KEY_FILE", str(tmp_path / "key"))
    assert main(["check"]) == 1
    assert capsys.readouterr().out == (
        f"Setting DATABASE_KEY_FILE: {tmp_path / 'key'} can be read by other users (mode 644):"
        f" run chmod 600 {tmp_path / 'key'}.\n"
    )
    (tmp_path / "key").chmod(0o600)
    assert main(["check"]) == 0
    (tmp_path / "key").write_text("another key, long enough\n", encoding="utf-8")
    assert main(["check"]) == 1
    assert "cannot be read with the key" in capsys.readouterr().out


def test_backup_then_restore_brings_every_row_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data" / "bot.sqlite3"
    _prepare(path)
    with sqlite3.connect(path) as conn:
        before = sorted(conn.iterdump())
    conn.close()
    assert main(["backup", str(tmp_path / "copy.sqlite3")]) == 0
    assert capsys.readouterr().out.startswith(f"Backed up {path} to {tmp_path / 'copy.sqlite3'}")
    assert main(["backup", str(tmp_path / "copy.sqlite3")]) == 3
    assert "already exists" in capsys.readouterr().err
    path.unlink()
    assert main(["restore", str(tmp_path / "copy.sqlite3")]) == 0
    assert capsys.readouterr().out.startswith(f"Restored {tmp_path / 'copy.sqlite3'} into {path}")
    with sqlite3.connect(path) as conn:
        assert sorted(conn.iterdump()) == before
    conn.close()


def test_restore_of_a_missing_file_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["restore", "nowhere.sqlite3"]) == 2
    assert capsys.readouterr().err == "Cannot restore: there is no backup at nowhere.sqlite3.\n"


def test_encrypt_and_decrypt_need_a_key_and_keep_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data" / "bot.sqlite3"
    _prepare(path)
    with sqlite3.connect(path) as conn:
        before = sorted(conn.iterdump())
    conn.close()
    assert main(["encrypt"]) == 2
    assert "set DATABASE_KEY or DATABASE_KEY_FILE first" in capsys.readouterr().err
    monkeypatch.setenv("DATABASE_KEY", "the service's long passphrase")
    assert main(["encrypt"]) == 0
    assert "is encrypted, " in capsys.readouterr().out
    assert main(["check"]) == 0
    assert main(["decrypt"]) == 0
    assert "Remove DATABASE_KEY" in capsys.readouterr().out
    with sqlite3.connect(path) as conn:
        assert sorted(conn.iterdump()) == before
    conn.close()
