"""`python -m bench`: every comparison, printed as one table with medians and ratios.

The sizes are parameters (`--size smoke|moderate|full`, then any single knob), and so are the
server's pacing (`--no-server-limits`) and the bot's (`--outbox-rate`); nothing is patched.
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import time
from dataclasses import dataclass, replace

from bench.scenarios import (
    Pacing,
    Row,
    broadcast,
    compare_end_to_end,
    flood,
    in_process,
    mixed,
    staff_at,
    staff_process,
)

PARTS = ("end-to-end", "in-process", "broadcast", "flood", "mixed", "staff")


@dataclass(frozen=True)
class Sizes:
    burst_women: int
    burst_each: int
    rounds: int
    updates: int
    broadcast: tuple[int, ...]
    flood_women: int
    flood_updates: int
    flood_phase_seconds: float
    mixed_women: int
    mixed_minutes: float
    mixed_rate: float
    staff_items: tuple[int, ...]


PRESETS = {
    # A few seconds: run by the test suite so the benchmark never rots.
    "smoke": Sizes(2, 2, 1, 6, (12,), 2, 20, 1.0, 2, 0.05, 2.0, (300,)),
    "moderate": Sizes(16, 24, 3, 300, (1000,), 10, 1200, 15.0, 50, 5.0, 7.0, (1000, 10_000)),
    "full": Sizes(
        16, 24, 3, 1000, (1000, 5000), 10, 1200, 30.0, 50, 30.0, 7.0, (1000, 10_000, 100_000)
    ),
}


def parse(argv: list[str] | None) -> tuple[Sizes, Pacing, tuple[str, ...]]:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--size", choices=PRESETS, default="full")
    parser.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS))
    parser.add_argument("--minutes", type=float, help="length of the mixed run")
    parser.add_argument("--broadcast", type=int, nargs="+", help="women per broadcast")
    parser.add_argument("--items", type=int, nargs="+", help="items for the staff work")
    parser.add_argument(
        "--no-server-limits",
        action="store_true",
        help="the loopback server never answers 429 (Telegram's limits switched off)",
    )
    parser.add_argument(
        "--reply-limits",
        action="store_true",
        help="the server also paces replies in the end-to-end runs (1/s a chat, 30/s in all)",
    )
    parser.add_argument("--outbox-rate", type=float, default=25.0, help="messages a second")
    args = parser.parse_args(argv)
    sizes = PRESETS[args.size]
    if args.minutes is not None:
        sizes = replace(sizes, mixed_minutes=args.minutes)
    if args.broadcast:
        sizes = replace(sizes, broadcast=tuple(args.broadcast))
    if args.items:
        sizes = replace(sizes, staff_items=tuple(args.items))
    pacing = Pacing(
        server_limits=not args.no_server_limits,
        reply_limits=args.reply_limits,
        outbox_rate=args.outbox_rate,
    )
    return sizes, pacing, tuple(args.only)


async def run(sizes: Sizes, pacing: Pacing, parts: tuple[str, ...]) -> list[Row]:
    rows: list[Row] = []
    if "end-to-end" in parts:
        rows += await compare_end_to_end(pacing, sizes.burst_women, sizes.burst_each, sizes.rounds)
    if "in-process" in parts:
        rows += await in_process(sizes.updates)
    if "broadcast" in parts:
        for women in sizes.broadcast:
            rows.append(await broadcast(pacing, women))
    if "flood" in parts:
        rows += await flood(
            pacing, sizes.flood_women, sizes.flood_updates, sizes.flood_phase_seconds
        )
    if "mixed" in parts:
        rows += await mixed(pacing, sizes.mixed_women, sizes.mixed_minutes, sizes.mixed_rate)
    if "staff" in parts:
        for items in sizes.staff_items:
            rows += await staff_at(items)
            rows += await staff_process(pacing, items)
    return rows


def table(rows: list[Row]) -> str:
    lines = ["| what | this bot | bare echo bot | ratio |", "|---|---|---|---|"]
    lines += [f"| {r.what} | {r.bot} | {r.echo} | {r.ratio} |" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> str:
    sizes, pacing, parts = parse(argv)
    started = time.perf_counter()
    rows = asyncio.run(run(sizes, pacing, parts))
    limits = "Telegram's limits for broadcasts" if pacing.server_limits else "no limits"
    if pacing.reply_limits:
        limits += " and replies"
    report = (
        f"{table(rows)}\n\n{platform.python_version()} on {platform.machine()},"
        f" server with {limits}, outbox at {pacing.outbox_rate:g}/s;"
        f" took {time.perf_counter() - started:.0f} s"
    )
    print(report)
    return report


if __name__ == "__main__":
    main()
