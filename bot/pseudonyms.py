"""Pseudonyms: how staff see a woman, random and meaningless (e.g. P-7KQ2)."""

from __future__ import annotations

import secrets

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a pseudonym read aloud or copied by hand must stay unambiguous.
ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
LENGTH = 4


def new_pseudonym(length: int = LENGTH) -> str:
    return "P-" + "".join(secrets.choice(ALPHABET) for _ in range(length))
