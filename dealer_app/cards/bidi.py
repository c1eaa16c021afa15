"""Embedding levels for one line of text: the implicit part of the Unicode Bidirectional Algorithm.

Card texts come from forms, never from rich text, so explicit embeddings and isolates
(LRE, RLO, LRI, ...) are treated as boundary-neutral characters (rule X9) rather than honoured.
Everything else follows UAX #9 rules W1-W7, N0-N2, I1-I2 and L1 for a single line, using the
Bidi_Class values of :mod:`unicodedata` (which lacks Bidi_Paired_Bracket, hence the bracket
table below). Reordering (L2) is done by the caller on runs, because
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

# Bidi_Paired_Bracket pairs (BidiBrackets.txt) that card texts can plausibly contain.
_BRACKET_PAIRS = {
    "(": ")", "[": "]", "{": "}", "\u2045": "\u2046", "\u207d": "\u207e", "\u208d": "\u208e",
    "\u2308": "\u2309", "\u230a": "\u230b", "\u2329": "\u232a", "\u27e8": "\u27e9", "\u2768": "\u2769",
    "\u3008": "\u3009", "\u300a": "\u300b", "\u300c": "\u300d", "\u300e": "\u300f", "\u3010": "\u3011",
    "\u3014": "\u3015", "\u3016": "\u3017", "\u3018": "\u3019", "\u301a": "\u301b", "\ufe59": "\ufe5a",
    "\ufe5b": "\ufe5c", "\ufe5d": "\ufe5e", "\uff08": "\uff09", "\uff3b": "\uff3d", "\uff5b": "\uff5d",
    "\uff5f": "\uff60", "\uff62": "\uff63",
}
_CLOSING = {v: k for k, v in _BRACKET_PAIRS.items()}
_MAX_BRACKET_DEPTH = 63  # BD16

T = TypeVar("T")


def _bracket_pairs(chars: Sequence[str], types: Sequence[str]) -> list[tuple[int, int]]:
    """BD16: positions of matched bracket pairs, sorted by the opening bracket."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for i, ch in enumerate(chars):
        if types[i] != "ON":
            continue
        if ch in _BRACKET_PAIRS:
            if len(stack) == _MAX_BRACKET_DEPTH:
                break
            stack.append((_BRACKET_PAIRS[ch], i))
        elif ch in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == ch:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return sorted(pairs)


def _strong(kind: str) -> str | None:
    """Direction of a resolved type for rule N0/N1: numbers count as R."""
    if kind == "L":
        return "L"
    if kind in ("R", "EN", "AN"):
        return "R"
    return None


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
    # N0: a bracket pair takes the embedding direction if it encloses text of that direction,
    # else the direction inside when the text before the pair has that direction too.
    chars = [text[i] for i in live]
    for open_at, close_at in _bracket_pairs(chars, t):
        inside = {d for d in (_strong(k) for k in t[open_at + 1 : close_at]) if d}
        if not inside:
            continue
        if sor in inside:
            resolved = sor
        else:
            opposite = "L" if sor == "R" else "R"
            before = next((d for d in (_strong(k) for k in reversed(t[:open_at])) if d), sor)
            resolved = opposite if before == opposite else sor
        for pos in (open_at, close_at):
            t[pos] = resolved
            # Marks after a bracket follow it (they were given ON by W1).
            k = pos + 1
            while k < m and kinds[live[k]] == "NSM":
                t[k] = resolved
                k += 1
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
    for kind in t:
        if base == 0:
            live_levels.append(1 if kind == "R" else 2 if kind in ("AN", "EN") else 0)
        else:
            live_levels.append(2 if kind in ("L", "EN", "AN") else 1)
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
