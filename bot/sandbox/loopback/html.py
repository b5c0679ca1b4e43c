"""Parser and validator for the HTML subset accepted by the Telegram Bot API."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]*);")
_ATTRIBUTE_RE = re.compile(r"""\s*([A-Za-z-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?""")
_TAG_END_RE = re.compile(r"\s*(/?)>")
_PLAIN_RE = re.compile(r"[^&<]+")


class HtmlError(ValueError):
    """The text is not valid Telegram HTML; the message mirrors Telegram's wording."""


@dataclass
class ParsedText:
    """Plain text and message entities (offsets in UTF-16 code units) of parsed HTML."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _OpenTag:
    """A tag not yet closed while HTML is parsed: where its entity starts in the text, and its
    attributes."""

    name: str
    offset: int
    attributes: dict[str, str]


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit Telegram uses for entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


class _LazyOffset:
    """A byte offset for an error message, counted only if the message is written."""

    def __init__(self, source: str, index: int) -> None:
        self._source = source
        self._index = index

    def __format__(self, spec: str) -> str:
        return format(_byte_offset(self._source, self._index), spec)


def _decode_entity(source: str, index: int) -> tuple[str, int]:
    """Decode the character reference at ``source[index]`` ('&'); return text and new index."""
    match = _ENTITY_RE.match(source, index)
    if match is None:
        # Telegram keeps a lone ampersand that does not start a reference as text.
        return "&", index + 1
    name = match.group(1)
    if name.startswith("#"):
        code = int(name[2:], 16) if name[1:2] in ("x", "X") else int(name[1:])
        if not 0 < code <= 0x10FFFF:
            raise HtmlError(
                f"Invalid character reference at byte offset {_byte_offset(source, index)}"
            )
        return chr(code), match.end()
    if name not in _NAMED_ENTITIES:
        raise HtmlError(
            f'Unsupported HTML entity "&{name};" at byte offset {_byte_offset(source, index)}'
        )
    return _NAMED_ENTITIES[name], match.end()


def _decode_value(source: str, raw: str, index: int) -> str:
    if raw[:1] in ('"', "'"):
        raw = raw[1:-1]
    chunks: list[str] = []
    position = 0
    while position < len(raw):
        if raw[position] == "&":
            try:
                chunk, position = _decode_entity(raw, position)
            except HtmlError as error:
                raise HtmlError(
                    f"{error} in attribute at byte offset {_byte_offset(source, index)}"
                ) from None
            chunks.append(chunk)
        else:
            chunks.append(raw[position])
            position += 1
    return "".join(chunks)


def _make_entity(tag: _OpenTag, end: int) -> dict[str, Any]:
    entity: dict[str, Any] = {
        "type": _ENTITY_TYPES[tag.name],
        "offset": tag.offset,
        "length": end - tag.offset,
    }
    if tag.name == "a":
        entity["url"] = tag.attributes.get("href", "")
    elif tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attributes["emoji-id"]
    elif tag.name == "blockquote" and "expandable" in tag.attributes:
        entity["type"] = "expandable_blockquote"
    elif tag.name == "pre" and "language" in tag.attributes:
        entity["language"] = tag.attributes["language"]
    return entity


def _check_attributes(name: str, attributes: dict[str, str], byte_offset: _LazyOffset) -> None:
    if name == "span" and attributes.get("class") != "tg-spoiler":
        raise HtmlError('Tag "span" must have class "tg-spoiler"')
    if name == "tg-emoji" and not attributes.get("emoji-id", "").isdigit():
        raise HtmlError(
            "Custom emoji entity must contain a valid custom emoji identifier "
            f"at byte offset {byte_offset}"
        )


def parse_html(source: str) -> ParsedText:
    """Turn Telegram HTML into plain text plus entities; raise HtmlError for invalid markup."""
    chunks: list[str] = []
    length = 0  # UTF-16 length of the text produced so far
    stack: list[_OpenTag] = []
    entities: list[dict[str, Any]] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "&":
            chunk, index = _decode_entity(source, index)
        elif char != "<":
            # A run of plain text at once (character by character, a long page was slow).
            plain = _PLAIN_RE.match(source, index)
            assert plain is not None
            chunk, index = plain.group(), plain.end()
        elif source.startswith("</", index):
            index = _close_tag(source, index, stack, entities, length)
            continue
        else:
            index = _open_tag(source, index, stack, length)
            continue
        chunks.append(chunk)
        length += utf16_len(chunk)
    if stack:
        raise HtmlError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return ParsedText("".join(chunks), entities)


def _open_tag(source: str, start: int, stack: list[_OpenTag], length: int) -> int:
    byte_offset = _LazyOffset(source, start)
    index = start + 1
    while index < len(source) and not source[index].isspace() and source[index] not in "/>":
        index += 1
    if index >= len(source):
        raise HtmlError(f"Unclosed start tag at byte offset {byte_offset}")
    name = source[start + 1 : index].lower()
    if name not in _ENTITY_TYPES:
        raise HtmlError(f'Unsupported start tag "{name}" at byte offset {byte_offset}')
    attributes: dict[str, str] = {}
    while True:
        end = _TAG_END_RE.match(source, index)
        if end is not None:
            if end.group(1):
                raise HtmlError(f'Unsupported start tag "{name}/" at byte offset {byte_offset}')
            index = end.end()
            break
        attribute = _ATTRIBUTE_RE.match(source, index)
        if attribute is None or attribute.end() == index:
            raise HtmlError(f"Unclosed start tag at byte offset {byte_offset}")
        raw_value = attribute.group(2)
        attributes[attribute.group(1).lower()] = (
            "" if raw_value is None else _decode_value(source, raw_value, start)
        )
        index = attribute.end()
    _check_attributes(name, attributes, byte_offset)
    stack.append(_OpenTag(name, length, attributes))
    return index


def _close_tag(
    source: str,
    start: int,
    stack: list[_OpenTag],
    entities: list[dict[str, Any]],
    length: int,
) -> int:
    byte_offset = _LazyOffset(source, start)
    if not stack:
        raise HtmlError(f"Unexpected end tag at byte offset {byte_offset}")
    index = start + 2
    while index < len(source) and not source[index].isspace() and source[index] != ">":
        index += 1
    name = source[start + 2 : index].lower()
    end = _TAG_END_RE.match(source, index)
    if end is None or end.group(1):
        raise HtmlError(f"Unclosed end tag at byte offset {byte_offset}")
    tag = stack.pop()
    if name and name != tag.name:
        raise HtmlError(
            f'Unmatched end tag at byte offset {byte_offset}, expected "</{tag.name}>", '
            f'found "</{name}>"'
        )
    language = tag.attributes.get("class", "")
    if tag.name == "code" and stack and stack[-1].name == "pre" and language[:9] == "language-":
        # Telegram folds <pre><code class="language-x"> into one pre entity with a language.
        stack[-1].attributes["language"] = language[9:]
    elif length > tag.offset:
        entities.append(_make_entity(tag, length))
    return end.end()
