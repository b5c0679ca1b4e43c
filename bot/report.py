"""The co-production report: gather the records, count, and say it in plain words."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.apart import run_apart
from bot.chart_data import ChartData, ChartPoint, draw
from bot.delivery import stage_name
from bot.recognition import value_of
from bot.report_rules import (
    DecisionStats,
    ReportPeriod,
    ReportSummary,
    refused_items,
    summarise_counted,
)
from bot.rules.offline import OfflineCounts, tally_offline
from bot.rules.power import PowerFigures, PowerRow, power_figures
from bot.rules.recognition import (
    LEVELS,
    RecognitionTotals,
    Totals,
    show_hours,
    show_money,
    total_recognition,
)
from bot.rules.stages import ReviewCount, review_figures, roles_taken
from bot.rules.story import count_events
from bot.runtime import Runtime
from bot.story import story_slices
from bot.texts import Safe, Texts
from storage.db import Database
from storage.power import PowerRecord

HOUR = 3600
DAY = 86400


@dataclass(frozen=True, slots=True)
class Report:
    """A finished co-production report: its figures, its text as HTML blocks, and the chart."""

    summary: ReportSummary
    offline: OfflineCounts
    recognition: RecognitionTotals
    text: list[str]  # HTML blocks, to be split into messages
    chart_png: bytes


def period_label(texts: Texts, period: ReportPeriod) -> Safe:
    if period.kind == "all":
        return texts("report.period_all")
    if period.kind == "year":
        return texts("report.period_year", year=period.number)
    if period.kind == "quarter":
        return texts("report.period_quarter", year=period.number, quarter=period.quarter)
    return texts("report.period_days", days=period.number)


def duration(texts: Texts, seconds: float | None) -> Safe:
    """A median as a person would say it: hours under a day, days beyond."""
    if seconds is None:
        return texts("report.no_data")
    if seconds < DAY:
        return texts("report.hours", value=f"{seconds / HOUR:.1f}")
    return texts("report.days", value=f"{seconds / DAY:.1f}")


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{100 * share:.0f}%"


def _decisions(texts: Texts, key: str, stats: DecisionStats) -> Safe:
    return texts(
        key,
        count=stats.polls,
        turnout=stats.turnout,
        eligible=stats.eligible,
        percent=_percent(stats.share),
        median=_percent(stats.median_share),
        met=stats.quorum_met,
    )


def _by_domain(
    texts: Texts,
    counts: dict[str, dict[int | None, int]],
    level: dict[int, Safe],
    *,
    staff: bool = False,
) -> Safe:
    """Shared decisions (or those staff made alone) per domain, split by the level of the idea
    they decided."""
    lines = [texts("report.staff_domains_header" if staff else "report.domains_header")]
    for name, by_level in counts.items():
        lines.append(
            texts(
                "report.staff_domains_line" if staff else "report.domains_line",
                domain=texts(f"domains.{name}"),
                count=sum(by_level.values()),
                service=by_level.get(None, 0),
                level_1=level[1],
                level_2=level[2],
                level_3=level[3],
                at_1=by_level.get(1, 0),
                at_2=by_level.get(2, 0),
                at_3=by_level.get(3, 0),
            )
        )
    return Safe("\n".join(lines))


def render_report(texts: Texts, zone: ZoneInfo, summary: ReportSummary) -> list[str]:
    """The report as HTML blocks (each complete on its own, for splitting)."""

    def day(timestamp: int) -> str:
        return texts.when(timestamp, zone)

    period = summary.period
    level = {n: texts(f"ladder.level_{n}") for n in (1, 2, 3)}
    blocks: list[str] = [
        texts(
            "report.header",
            period=period_label(texts, period),
            since=day(period.start) if period.start is not None else texts("report.beginning"),
            until=day(period.end),
        ),
        texts(
            "report.activity",
            feedback=summary.feedback_received,
            ideas=summary.ideas_submitted,
        ),
        texts(
            "report.ladder",
            level_1=level[1],
            level_2=level[2],
            level_3=level[3],
            reached_1=summary.reached[0],
            reached_2=summary.reached[1],
            reached_3=summary.reached[2],
            moves=len(summary.moves),
            moves_2=len(summary.moves_to(2)),
            moves_3=len(summary.moves_to(3)),
            took_2=duration(texts, summary.median_move_seconds(2)),
            took_3=duration(texts, summary.median_move_seconds(3)),
            adopted=summary.adopted,
            delivered=summary.delivered,
            not_possible=summary.not_possible_count,
        ),
        Safe(
            texts("report.decisions_header")
            + "\n"
            + _decisions(texts, "report.decisions_shared", summary.shared)
            + "\n"
            + _decisions(texts, "report.decisions_advisory", summary.advisory)
        ),
        _by_domain(texts, summary.by_domain, level),
        _by_domain(texts, summary.staff_by_domain, level, staff=True),
    ]
    if summary.not_possible:
        # One block per limit keeps each group whole when the report is split.
        groups = [
            "\n".join(
                [
                    texts("report.limit", limit=texts(f"ladder.limit_{code}"), count=len(items)),
                    *(
                        texts(
                            "report.not_possible_item",
                            number=abs(item.proposal_id),
                            title=item.title or texts("report.title_removed"),
                            date=day(item.at),
                            explanation=item.explanation,
                        )
                        for item in items
                    ),
                ]
            )
            for code, items in summary.not_possible
        ]
        heading = texts("report.not_possible_header", count=summary.not_possible_count)
        blocks.extend([f"{heading}\n{groups[0]}", *groups[1:]])
    else:
        blocks.append(texts("report.not_possible_none"))
    response = summary.response
    blocks.append(
        texts(
            "report.response",
            overall=duration(texts, response.overall),
            feedback=duration(texts, response.feedback),
            moderation=duration(texts, response.moderation),
            suggestions=duration(texts, response.suggestions),
            answered=response.answered,
            waiting=response.waiting,
        )
    )
    return blocks


def render_offline(texts: Texts, counts: OfflineCounts) -> Safe:
    """What women gave offline (paper form, phone, group session), and erasures on request."""
    if not counts.total and not counts.erasures:
        return texts("report.offline_none")
    return texts(
        "report.offline",
        total=counts.total,
        **{kind: count for kind, count in counts.by_kind.items()},
        **{f"by_{channel}": count for channel, count in counts.by_channel.items()},
        erasures=counts.erasures,
    )


def _given(texts: Texts, totals: Totals) -> Safe:
    parts = [show_money(amount, currency) for currency, amount in sorted(totals.money.items())]
    if totals.minutes:
        parts.append(show_hours(totals.minutes))
    return texts(
        "report.recognition_line",
        given=" + ".join(parts) if parts else texts("report.recognition_nothing"),
        records=totals.records,
        women=len(totals.women),
    )


def render_recognition(texts: Texts, totals: RecognitionTotals) -> Safe:
    """What women received for their time, per level of the ladder and in all."""
    if not totals.overall.records:
        return texts("report.recognition_none")
    lines = [texts("report.recognition_header")]
    lines.extend(
        Safe(f"{texts(f'ladder.level_{level}')}: {_given(texts, totals.by_level[level])}")
        for level in LEVELS
    )
    lines.append(Safe(f"{texts('report.recognition_total')}: {_given(texts, totals.overall)}"))
    return Safe("\n".join(lines))


def render_power(
    texts: Texts, figures: PowerFigures, items: Sequence[tuple[int, PowerRecord]] = ()
) -> Safe:
    """The power-sharing record: where women chose differently, did the service follow them?
    Then each idea's polls closed in the period, one line each."""
    if not figures.with_preference:
        return texts("report.power_none")
    lines = [
        texts("report.power_header", count=figures.with_preference),
        texts(
            "report.power_lines",
            differed=figures.differed,
            followed=figures.followed,
            not_followed=figures.not_followed,
            awaiting=figures.awaiting,
        ),
    ]
    lines.extend(
        texts("report.power_limit", limit=texts(f"ladder.limit_{code}"), count=count)
        for code, count in sorted(figures.not_followed_by_limit.items())
    )
    for item, record in items:
        did = ""
        if record.followed == "followed":
            did = texts("report.power_item_followed")
        elif record.followed == "not_followed":
            limit = texts(f"ladder.limit_{record.limit_code or 'other'}")
            did = texts("report.power_item_not_followed", limit=limit)
        lines.append(
            texts(
                "report.power_item",
                number=item,
                poll=record.poll_id,
                verdict=texts(f"report.power_verdict_{record.verdict or 'undecided'}"),
                did=Safe(did),
            )
        )
    return Safe("\n".join(lines))


@dataclass(frozen=True, slots=True)
class DeliveryFigures:
    """Co-delivery in the report's period: the roles women took at each stage, and what the reviews
    that closed found."""

    roles_by_stage: dict[str, int]  # roles taken in the period, per stage
    role_women: int  # how many women took them
    reviews: int  # reviews that closed in the period
    answers: ReviewCount  # their counts added up


def render_delivery(texts: Texts, figures: DeliveryFigures) -> Safe:
    """Co-delivery: which stages had women in a role, and what the reviews found."""
    taken = sum(figures.roles_by_stage.values())
    if not taken and not figures.reviews:
        return texts("report.delivery_none")
    lines = [
        texts("report.delivery_header"),
        texts("report.roles", count=taken, women=figures.role_women),
    ]
    lines.extend(
        texts("report.roles_stage", stage=stage_name(texts, stage, "en"), count=count)
        for stage, count in figures.roles_by_stage.items()
    )
    answers = figures.answers
    lines.append(
        texts(
            "report.reviews",
            count=figures.reviews,
            asked=answers.asked,
            yes=answers.yes,
            partly=answers.partly,
            no=answers.no,
            comments=answers.comments,
        )
    )
    return Safe("\n".join(lines))


def render_stories(texts: Texts, counts: dict[str, int]) -> Safe:
    """What happened to ideas in the period, counted from their stories."""
    kinds = (
        "draft", "moved", "not_yet", "closed", "declined", "poll_opened", "poll_closed",
        "followed", "not_followed", "next_again", "next_decided",
    )  # fmt: skip
    return texts("report.stories", **{kind: counts.get(kind, 0) for kind in kinds})


def chart_data(texts: Texts, zone: ZoneInfo, summary: ReportSummary) -> ChartData:
    """What the chart shows, in plain words (texts are HTML; a chart shows the words)."""

    def plain(key: str, **values: object) -> str:
        return html.unescape(texts(key, **values))

    level_1, level_2, level_3 = (plain(f"ladder.level_{n}") for n in (1, 2, 3))
    return ChartData(
        zone=zone.key,
        title=plain("report.chart_title", period=period_label(texts, summary.period)),
        levels=(level_1, level_2, level_3),
        reached=summary.reached,
        funnel=plain("report.chart_funnel"),
        funnel_axis=plain("report.chart_funnel_axis"),
        turnout=plain("report.chart_turnout"),
        turnout_axis=plain("report.chart_turnout_axis"),
        shared=plain("report.chart_shared"),
        advisory=plain("report.chart_advisory"),
        no_polls=plain("report.chart_no_polls"),
        points=tuple(
            ChartPoint(p.closed_at, 100 * p.share, p.shared)
            for p in summary.polls
            if p.share is not None
        ),
        start=summary.period.start,
        end=summary.period.end,
    )


async def build_report(rt: Runtime, period: ReportPeriod) -> Report:
    """Count the period from the pseudonymised records, write it up, and draw the chart.

    The database hands over the period's rows only. Reading and counting run in a worker
    thread on a read-only connection of their own, and the chart is drawn in a process of
    its own: a report on years of records never stops the bot answering anyone.
    """
    counted = await run_apart(_count(rt.db, period, rt.settings.stage_plan.names))
    summary = counted.summary
    zone = rt.settings.zone
    png = await draw(chart_data(rt.texts, zone, summary))
    blocks = [
        *render_report(rt.texts, zone, summary),
        render_offline(rt.texts, counted.offline),
        render_recognition(rt.texts, counted.recognition),
        render_power(rt.texts, counted.power, counted.power_items),
        render_delivery(rt.texts, counted.delivered),
        render_stories(rt.texts, counted.events),
    ]
    return Report(summary, counted.offline, counted.recognition, blocks, png)


@dataclass(frozen=True, slots=True)
class _Counted:
    """Every figure of a report, counted in the worker thread from one snapshot, to be put into
    words."""

    summary: ReportSummary
    offline: OfflineCounts
    recognition: RecognitionTotals
    power: PowerFigures
    power_items: list[tuple[int, PowerRecord]]  # each idea's polls closed in the period
    delivered: DeliveryFigures
    events: dict[str, int]  # what happened to ideas, by kind


async def _count(db: Database, period: ReportPeriod, stages: tuple[str, ...]) -> _Counted:
    """In the worker thread: the period's figures from one snapshot. What grows with every
    message (feedback, ideas, supports, votes) the database counts; the rest is read and
    counted here, the stories a slice of items at a time."""
    start, end = period.start, period.end
    async with db.snapshot() as tx:
        records = tx.records
        retained = tx.retention
        feedback = await records.feedback_waits(start, end)
        ideas = await records.idea_waits(start, end)
        by_channel = await records.entries_by_channel(start, end)
        # What a purge removed still counts, from its wordless traces.
        history = [*await records.history(end), *await retained.history_traces()]
        titles = await records.titles(refused_items(period, history))
        suggestions = [
            *await records.suggestions(start, end),
            *await retained.suggestion_traces(),
        ]
        polls = await records.polls()
        erasures = await tx.participants.erasures()
        given = [*await tx.recognition.all(), *await retained.recognition_traces()]
        shared = await tx.power.all()
        not_yet = await tx.proposals.all_not_yet()
        roles = await tx.delivery.all_roles()
        reviews = await tx.delivery.all_reviews()
        events: Counter[str] = Counter()
        async for stories in story_slices(tx):
            events.update(count_events(stories, period.holds))
    summary = summarise_counted(
        period,
        feedback=feedback,
        ideas=ideas,
        titles=titles,
        history=history,
        suggestions=suggestions,
        polls=polls,
        not_yet=not_yet,
    )
    offline = tally_offline(by_channel, sum(1 for moment in erasures if period.holds(moment)))
    power = power_figures(
        [PowerRow(r.closed_at, r.verdict, r.followed, r.limit_code) for r in shared],
        period.holds,
    )
    recognition = total_recognition(
        period.holds, [(r.level, r.pseudonym, value_of(r), r.given_at) for r in given]
    )
    by_stage, women = roles_taken(
        ((r.stage, r.pseudonym, r.taken_at) for r in roles), stages, period.holds
    )
    counts = [
        (r.closed_at, ReviewCount(r.asked or 0, r.yes or 0, r.partly or 0, r.no or 0,
                                  r.comments or 0))
        for r in reviews
    ]  # fmt: skip
    closed, answers = review_figures(counts, period.holds)
    delivered = DeliveryFigures(by_stage, women, closed, answers)
    item_of_poll = {p.id: p.proposal_id for p in polls}
    power_items = [
        (item, record)
        for record in shared
        if period.holds(record.closed_at) and (item := item_of_poll.get(record.poll_id))
    ]
    return _Counted(summary, offline, recognition, power, power_items, delivered, dict(events))
