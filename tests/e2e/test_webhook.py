"""End to end: webhook mode. The loopback server delivers updates to the real bot process's
webhook with the secret header; a wrong or missing secret is refused; an update is confirmed
only once it is held in the database, and one sent while the bot is down arrives after."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

from aiohttp import ClientSession

from bot.sandbox.loopback import DEFAULT_TOKEN, FakeTelegram, FakeUser
from tests.e2e.process import running_bot

SECRET = "s3cret-Only_the-bot-and-Telegram-know"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def forged_start(update_id: int) -> dict[str, object]:
    """A /start from someone who is not Telegram, for user 666."""
    sender = {"id": 666, "is_bot": False, "first_name": "Mallory"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "from": sender,
            "chat": {"id": 666, "type": "private", "first_name": "Mallory"},
            "date": 1_700_000_000,
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


async def test_updates_arrive_by_webhook_only_with_the_secret_and_are_confirmed_once_stored(
    fake: FakeTelegram, staff: FakeUser, tmp_path: Path
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    database = tmp_path / "bot.sqlite3"
    # Whether each update was in the database at the moment it was confirmed (answered 200).
    held_when_confirmed: list[bool] = []
    record = fake.webhook_answered

    def confirmed(update_id: int, status: int | None, error: str | None) -> None:
        if status == 200:
            with sqlite3.connect(database) as conn:
                query = "SELECT count(*) FROM inbox WHERE update_id = ?"
                held_when_confirmed.append(conn.execute(query, (update_id,)).fetchone()[0] == 1)
        record(update_id, status, error)

    fake.webhook_answered = confirmed  # type: ignore[method-assign]
    alice = fake.user(4242, first_name="Alice")
    env = {"WEBHOOK_URL": url, "WEBHOOK_PORT": str(port), "WEBHOOK_SECRET": SECRET}
    async with running_bot(fake, tmp_path, **env) as bot:
        assert fake.webhook is not None and fake.webhook.url == url
        assert fake.webhook.secret_token == SECRET

        consent = await bot.send(alice, "/start", expect="not watched all the time")
        await bot.press(alice, consent, "I agree", expect="Your made-up name is")
        menu = await fake.wait_for_bot_message(alice.id, contains="What would you like")
        topics = await bot.press(alice, menu, "Give feedback", expect="What is your feedback")
        await bot.press(alice, topics, "Groups", expect="Please write your feedback")
        review = await bot.send(alice, "The group room is too cold in the morning.")
        await bot.press(alice, review, "Send", expect="Thank you")
        await fake.wait_for(lambda: fake.pending_updates() == 0)
        assert len(held_when_confirmed) == 6 and all(held_when_confirmed)

        async with ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as answer:
                assert answer.status == 200
                assert await answer.json() == {"status": "ok"}
            for headers in ({HEADER: "wrong"}, {}, {HEADER: SECRET[:-1]}):
                async with session.post(url, json=forged_start(1), headers=headers) as answer:
                    assert answer.status == 403

        # Telegram itself with a stale secret: refused and kept, then delivered once it matches.
        fake.webhook.secret_token = "an-old-secret"
        bea = fake.user(4343, first_name="Bea")
        fake.send_text(bea, "/start")
        await fake.wait_for(lambda: (fake.deliveries[-1][1] == 403) or None)
        _, info = await fake.handle(DEFAULT_TOKEN, "getWebhookInfo", {})
        assert info["result"]["pending_update_count"] == 1
        assert "403" in info["result"]["last_error_message"]
        assert fake.bot_messages(bea.id) == []
        fake.webhook.secret_token = SECRET
        await fake.wait_for_bot_message(bea.id, contains="not watched all the time", timeout=30)

        # While the bot is down, Telegram holds her message; it arrives after the restart.
        await bot.stop()
        fake.send_text(alice, "/menu")
        await fake.wait_for(lambda: (fake.deliveries[-1][1] is None) or None)
        assert fake.pending_updates() == 1
        await bot.start()
        await fake.wait_for_bot_message(
            alice.id, contains="What would you like", after=menu.message_id, timeout=30
        )
        await fake.wait_for(lambda: fake.pending_updates() == 0)

    assert not any(call.method.lower() == "getupdates" for call in fake.calls)
    assert not any(call.params.get("chat_id") == "666" for call in fake.calls)
    with sqlite3.connect(database) as conn:
        # Alice agreed; Bea only saw the consent screen; the forged /start stored nothing.
        assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM feedback").fetchone()[0] == 1
    logs = bot.logs()
    assert logs.count("refused a webhook request without the right secret token") == 1
    assert "webhook requests in all (wrong secret)" in logs
    assert SECRET not in logs and DEFAULT_TOKEN not in logs
