"""Turn the old TOML texts (a locale file or a service's TEXTS_FILE) into Fluent files.

    python scripts/toml_to_ftl.py en.toml                      # prints en.ftl
    python scripts/toml_to_ftl.py en.toml --update bot/locales/en.ftl --since old-en.toml
        # brings en.ftl up to date with what changed in en.toml since old-en.toml: new keys are
        # added, changed keys replaced, removed keys dropped; each is listed on stderr
    python scripts/toml_to_ftl.py ours.toml --override ours.ftl
        # a TEXTS_FILE: plain keys go to ours.ftl, `[pl.consent]`-style tables to ours.pl.ftl

`{name}` becomes `{ $name }`; whitespace and characters Fluent would read as syntax are kept
literally. Every converted text is checked: rendered by Fluent and by `str.format` with the
same values, both must agree, or the script stops.
"""

from __future__ import annotations

import argparse
import re
import string
import sys
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource

# Old date texts named parts; Babel's CLDR patterns name them like this.
DATE_PARTS = {
    "{day}": "dd",
    "{month}": "MMM",
    "{year}": "y",
    "{time}": "HH:mm",
    "{weekday}": "EEE",
}
# Month and day names now come from Babel for each language.
DROPPED = {"dates.months", "dates.weekdays"}
FIELD = re.compile(r"\{(\w+)\}")
LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = str(value)
    return flat


def read(path: Path) -> dict[str, str]:
    with path.open("rb") as handle:
        return flatten(tomllib.load(handle))


def message_id(key: str) -> str:
    return key.replace(".", "-")


def _literal(text: str) -> str:
    return '{ "' + text.replace("\\", "\\\\").replace('"', '\\"') + '" }'


def _line(text: str) -> str:
    """One line of a value, written so Fluent reads back exactly these characters."""
    if not text:
        return ""
    stripped = text.lstrip(" ")
    lead = text[: len(text) - len(stripped)]
    out = _literal(lead) if lead else ""
    if stripped[:1] in ("[", "*", ".") and not lead:
        out += _literal(stripped[0])
        stripped = stripped[1:]
    body = stripped.rstrip(" ")
    trail = stripped[len(body) :]
    parts = re.split(r"(\{\w+\}|[{}])", body)
    for part in parts:
        match = FIELD.fullmatch(part)
        if match:
            out += "{ $" + match.group(1) + " }"
        elif part in ("{", "}"):
            out += _literal(part)
        else:
            out += part
    if trail:
        out += _literal(trail)
    return out


def convert_value(key: str, value: str) -> str:
    if key.startswith("dates.") and key not in DROPPED:
        for part, pattern in DATE_PARTS.items():
            value = value.replace(part, pattern)
    lines = value.split("\n")
    written = [_line(line) for line in lines]
    # Fluent trims blank lines at the start and end of a value; an empty literal keeps them.
    if not written[0]:
        written[0] = _literal("")
    if len(written) > 1 and not written[-1]:
        written[-1] = _literal("")
    if len(written) == 1:
        return f"{message_id(key)} = {written[0]}"
    body = "\n".join(f"    {line}" if line else "" for line in written)
    return f"{message_id(key)} =\n{body}"


def convert(table: Mapping[str, str]) -> str:
    entries: list[str] = []
    section = ""
    for key, value in table.items():
        if key in DROPPED:
            continue
        head = key.split(".", 1)[0]
        if head != section:
            entries.append(f"\n## {head}\n")
            section = head
        entries.append(convert_value(key, value))
    return "\n".join(entries).lstrip("\n") + "\n"


def check(table: Mapping[str, str], ftl: str) -> None:
    """Stop if Fluent would render any converted text differently from the TOML one."""
    bundle = FluentBundle(["en"], use_isolating=False)
    bundle.add_resource(FluentResource(ftl))
    for key, value in table.items():
        if key in DROPPED or key.startswith("dates."):
            continue
        names = {name for _, name, _, _ in string.Formatter().parse(value) if name}
        values = {name: f"<{name}>" for name in names}
        expected = value.format_map(values)
        pattern = bundle.get_message(message_id(key)).value
        got, errors = bundle.format_pattern(pattern, values)
        if errors or got != expected:
            raise SystemExit(f"{key} does not convert faithfully: {got!r} != {expected!r}")


def entries_of(ftl: str) -> list[tuple[str | None, str]]:
    """Split a Fluent file into (message id or None for comments/blank, text) chunks."""
    chunks: list[tuple[str | None, str]] = []
    for block in re.split(r"\n(?=\S)", ftl):
        match = re.match(r"([a-zA-Z][\w-]*) =", block)
        chunks.append((match.group(1) if match else None, block))
    return chunks


def update(ftl: str, old: Mapping[str, str], new: Mapping[str, str]) -> str:
    """Carry what changed between two versions of en.toml into an existing en.ftl."""
    chunks = entries_of(ftl.rstrip("\n"))
    present = {name for name, _ in chunks if name}
    changed = {
        message_id(k): k
        for k, v in new.items()
        if k in old and old[k] != v and k not in DROPPED and message_id(k) in present
    }
    removed = {message_id(k) for k in old if k not in new}
    out: list[tuple[str | None, str]] = []
    for name, block in chunks:
        if name in removed:
            print(f"removed {name}", file=sys.stderr)
            continue
        if name in changed:
            print(f"changed {name} (hand edits to it are replaced)", file=sys.stderr)
            block = convert_value(changed[name], new[changed[name]])
        out.append((name, block))
    for key, value in new.items():
        name = message_id(key)
        if key in DROPPED or name in present:
            continue
        print(f"added {name}", file=sys.stderr)
        section = key.split(".", 1)[0]
        # After the last text of the same section, or at the end.
        last = max(
            (i for i, (n, _) in enumerate(out) if n and n.startswith(f"{section}-")),
            default=len(out) - 1,
        )
        out.insert(last + 1, (name, convert_value(key, value)))
        present.add(name)
    return "\n".join(block for _, block in out) + "\n"


def split_override(table: Mapping[str, str]) -> dict[str | None, dict[str, str]]:
    """Plain keys (None: every language) and `<language>.` keys, as the old loader read them."""
    parts: dict[str | None, dict[str, str]] = {}
    for key, value in table.items():
        head, _, rest = key.partition(".")
        if LANGUAGE.match(head) and "." in rest:
            parts.setdefault(head, {})[rest] = value
        else:
            parts.setdefault(None, {})[key] = value
    return parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("toml", type=Path)
    parser.add_argument("--update", type=Path, help="an existing .ftl to bring up to date")
    parser.add_argument("--since", type=Path, help="the .toml the existing .ftl was made from")
    parser.add_argument("--override", type=Path, help="write a TEXTS_FILE's .ftl files here")
    args = parser.parse_args(argv)
    table = read(args.toml)
    if args.override is not None:
        for language, keys in split_override(table).items():
            ftl = convert(keys)
            check(keys, ftl)
            target = args.override
            if language is not None:
                target = target.with_name(f"{target.stem}.{language}{target.suffix}")
            target.write_text(ftl, encoding="utf-8")
            print(f"wrote {target}", file=sys.stderr)
        return 0
    if args.update is not None:
        if args.since is None:
            parser.error("--update needs --since")
        result = update(args.update.read_text("utf-8"), read(args.since), table)
        old = read(args.since)
        check({k: v for k, v in table.items() if k not in DROPPED and old.get(k) != v}, result)
        args.update.write_text(result, encoding="utf-8")
        return 0
    ftl = convert(table)
    check(table, ftl)
    sys.stdout.write(ftl)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
