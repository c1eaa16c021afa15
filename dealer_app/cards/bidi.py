"""Embedding levels for one line of text: the implicit part of the Unicode Bidirectional Algorithm.

Card texts come from forms, never from rich text, so explicit embeddings and isolates
(LRE, RLO, LRI, ...) are treated as boundary-neutral characters (rule X9) rather than honoured.
Everything else follows UAX #9 rules W1-W7, N1-N2, I1-I2 and L1 for a single line, using the
Bidi_Class values of :mod:`unicodedata`. Reordering (L2) is done by the caller on runs, because
the caller also splits runs by font and shapes each run in its own direction with HarfBuzz,
which also mirrors brackets in right-to-left runs (rule L4).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import TypeVar

_STRONG_RTL = frozenset(("R", "AL"))
_NEUTRAL = frozenset(("B", "S", "WS", "ON"))
# Removed by rule X9: they take the level of their neighbour and do not break runs.
_REMOVED = frozenset(("BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"))

T = TypeVar("T")


def paragraph_is_rtl(text: str) -> bool:
    """Rules P2-P3: the direction of the first strong character; left-to-right when there is none."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in _STRONG_RTL:
            return True
    return False


def embedding_levels(text: str, rtl: bool) -> list[int]:
    """Resolved embedding level of every character of ``text`` (one line, base level 0 or 1)."""
    base = 1 if rtl else 0
    sor = "R" if rtl else "L"
    n = len(text)
    kinds = [unicodedata.bidirectional(ch) or "L" for ch in text]
    live = [i for i in range(n) if kinds[i] not in _REMOVED]
    t = [kinds[i] for i in live]
    m = len(t)

    # W1: a non-spacing mark takes the type of the character before it.
    prev = sor
    for i in range(m):
        if t[i] == "NSM":
            t[i] = prev
        prev = t[i]
    # W2: European numbers after Arabic letters are Arabic numbers. W3: AL is R.
    last_strong = sor
    for i in range(m):
        if t[i] in ("L", "R", "AL"):
            last_strong = t[i]
        elif t[i] == "EN" and last_strong == "AL":
            t[i] = "AN"
    t = ["R" if k == "AL" else k for k in t]
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, m - 1):
        if t[i] == "ES" and t[i - 1] == "EN" and t[i + 1] == "EN":
            t[i] = "EN"
        elif t[i] == "CS" and t[i - 1] == t[i + 1] and t[i - 1] in ("EN", "AN"):
            t[i] = t[i - 1]
    # W5: terminators (%, currency signs, ...) next to a European number belong to it.
    i = 0
    while i < m:
        if t[i] == "ET":
            j = i
            while j < m and t[j] == "ET":
                j += 1
            if (i > 0 and t[i - 1] == "EN") or (j < m and t[j] == "EN"):
                for k in range(i, j):
                    t[k] = "EN"
            i = j
        else:
            i += 1
    # W6: remaining separators and terminators are neutral.
    t = ["ON" if k in ("ES", "ET", "CS") else k for k in t]
    # W7: European numbers in left-to-right context are L.
    last_strong = sor
    for i in range(m):
        if t[i] in ("L", "R"):
            last_strong = t[i]
        elif t[i] == "EN" and last_strong == "L":
            t[i] = "L"
    # N1/N2: a run of neutrals takes the direction around it when both sides agree
    # (numbers count as R), otherwise the paragraph direction.
    i = 0
    while i < m:
        if t[i] in _NEUTRAL:
            j = i
            while j < m and t[j] in _NEUTRAL:
                j += 1
            before = sor if i == 0 else ("R" if t[i - 1] in ("R", "EN", "AN") else "L")
            after = sor if j == m else ("R" if t[j] in ("R", "EN", "AN") else "L")
            resolved = before if before == after else sor
            for k in range(i, j):
                t[k] = resolved
            i = j
        else:
            i += 1
    # I1/I2
    live_levels: list[int] = []
    for k in t:
        if base == 0:
            live_levels.append(1 if k == "R" else 2 if k in ("AN", "EN") else 0)
        else:
            live_levels.append(2 if k in ("L", "EN", "AN") else 1)
    # L1: whitespace at the end of the line goes back to the paragraph level.
    for idx in range(m - 1, -1, -1):
        if kinds[live[idx]] in ("WS", "S", "B"):
            live_levels[idx] = base
        else:
            break

    levels = [base] * n
    for idx, pos in enumerate(live):
        levels[pos] = live_levels[idx]
    # Removed characters (ZWNJ, ZWJ, marks) stay with the character before them, so that a
    # ZWNJ inside a Persian word stays in that word's run and reaches the shaper.
    fill = live_levels[0] if live_levels else base
    for pos in range(n):
        if kinds[pos] in _REMOVED:
            levels[pos] = fill
        else:
            fill = levels[pos]
    return levels


def visual_order(items: Sequence[T], levels: Sequence[int]) -> list[T]:
    """Rule L2: reverse every maximal sequence at level >= k, for k from the highest level
    down to the lowest odd one. ``items`` are runs (or characters) with their levels."""
    order = list(range(len(items)))
    if not levels:
        return []
    lv = list(levels)
    highest = max(lv)
    lowest_odd = min((x for x in lv if x % 2), default=highest + 1)
    for k in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if lv[i] >= k:
                j = i
                while j < len(order) and lv[j] >= k:
                    j += 1
                order[i:j] = order[i:j][::-1]
                lv[i:j] = lv[i:j][::-1]
                i = j
            else:
                i += 1
    return [items[i] for i in order]
