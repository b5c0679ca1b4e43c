"""The decision-domain step shared by /newpoll and the staff decision flows: toggle buttons
for priorities, design, language, accessibility and delivery, then Done."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import CallbackQuery

from bot.outbox import Buttons
from bot.rules.domains import DOMAINS, toggle
from bot.texts import Safe
from handlers.common import show_html, text
from handlers.context import Ctx

DONE = "done"


def names(ctx: Ctx, domains: Sequence[str]) -> str:
    """The domains in plain words, e.g. "Design, Accessibility" ("not recorded" for a decision
    made before domains were recorded)."""
    if not domains:
        return str(text(ctx, "domains.none"))
    return ", ".join(str(text(ctx, f"domains.{name}")) for name in domains)


def buttons(ctx: Ctx, chosen: Sequence[str], prefix: str) -> Buttons:
    """One toggle per domain (ticked when chosen), then Done."""
    rows: list[list[tuple[str, str]]] = [
        [(("✓ " if name in chosen else "") + text(ctx, f"domains.{name}"), f"{prefix}:{name}")]
        for name in DOMAINS
    ]
    rows.append([(text(ctx, "domains.done"), f"{prefix}:{DONE}")])
    return rows


def question(ctx: Ctx, chosen: Sequence[str]) -> Safe:
    chosen_names = names(ctx, chosen) if chosen else text(ctx, "domains.none_yet")
    return text(ctx, "domains.ask", chosen=chosen_names)


async def press(
    query: CallbackQuery, ctx: Ctx, chosen: tuple[str, ...], prefix: str
) -> tuple[tuple[str, ...], bool]:
    """One press on the domain keyboard, re-checked: (the domains now chosen, whether Done was
    pressed with at least one chosen). A name that is not a domain changes nothing."""
    code = (query.data or "").partition(":")[2]
    if code == DONE:
        if chosen:
            await query.answer()
            return chosen, True
        await query.answer(text(ctx, "domains.pick_one"), show_alert=True)
        return chosen, False
    if code not in DOMAINS:
        await query.answer(text(ctx, "input.stale_button"), show_alert=True)
        return chosen, False
    await query.answer()
    chosen = toggle(chosen, code)
    await show_html(query, question(ctx, chosen), buttons=buttons(ctx, chosen, prefix))
    return chosen, False
