"""Core figures: demo generation rate, rules-engine evaluations per second, and member
lookups on a large branch next to the same query as raw SQL (the floor).

    .venv/bin/python bench/bench_core.py [--members 1000000] [--db PATH]

The branch database is kept at --db (default /tmp/dealer-bench/branch-<N>.sqlite3) and reused
by later runs and by bench_ui.py, because generating a million members takes minutes.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dealer_app import rules, search
from dealer_app.club_profile import load_profile
from dealer_app.db.database import Database
from dealer_app.demo import generate
from dealer_app.plates import format_plate
from dealer_app.services import settings
from dealer_app.text import search_key


def bench_demo_rate(members: int = 50_000) -> None:
    """Demo generation on a fresh branch (the 1M lookup database is reused, not regenerated)."""
    import tempfile

    profile = load_profile("kerman_motor")
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "rate.sqlite3")
        with db.write() as s:
            settings.initialise(s, "BN02", "Rate branch", profile.code)
        started = time.perf_counter()
        result = generate(db, profile, members, seed=9)
        took = time.perf_counter() - started
        db.close()
    print(f"demo generation: {result.members:,} members + {result.vehicles:,} vehicles (with cards and outbox "
          f"entries) in {took:.1f} s = {result.members / took:,.0f} members/s")


def prepare(path: Path, members: int) -> Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    profile = load_profile("kerman_motor")
    with db.read() as s:
        have = s.execute(settings.Setting.__table__.select()).first() is not None
    if not have:
        with db.write() as s:
            settings.initialise(s, "BN01", "Bench branch", profile.code)
        started = time.perf_counter()
        result = generate(db, profile, members, seed=42)
        took = time.perf_counter() - started
        print(
            f"demo generation: {result.members:,} members, {result.vehicles:,} vehicles in {took:.1f} s "
            f"= {result.members / took:,.0f} members/s"
        )
    else:
        print(f"reusing {path}")
    return db


def bench_engine(n: int = 50_000) -> None:
    profile = load_profile("kerman_motor")
    rng = random.Random(1)
    histories = [
        rules.MemberFacts(
            joined_on=date(2015, 1, 1),
            profile_complete=rng.random() < 0.7,
            vehicles=tuple(
                rules.VehicleFact(
                    date(2010 + rng.randrange(14), 1 + rng.randrange(12), 1), "direct" if rng.random() < 0.8 else "used"
                )
                for _ in range(rng.choice((1, 1, 1, 2, 2, 3, 6)))
            ),
        )
        for _ in range(n)
    ]
    as_of = date(2024, 6, 1)
    started = time.perf_counter()
    for facts in histories:
        rules.evaluate(profile, facts, as_of)
    took = time.perf_counter() - started
    print(f"rules engine: {n / took:,.0f} evaluations/s")


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def timed(fn, samples) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for sample in samples:
        t = time.perf_counter()
        fn(sample)
        out.append((time.perf_counter() - t) * 1000)
    return out


def bench_lookups(db: Database, path: Path, n: int = 300) -> None:
    profile = load_profile("kerman_motor")
    raw = sqlite3.connect(path)
    total = raw.execute("SELECT count(*) FROM members").fetchone()[0]
    vehicles = raw.execute("SELECT count(*) FROM vehicles").fetchone()[0]
    rng = random.Random(7)
    rowids = [rng.randrange(1, total + 1) for _ in range(n)]
    rows = [
        raw.execute(
            "SELECT m.id, m.member_number, m.phone, m.national_id, m.full_name, v.plate_key "
            "FROM members m JOIN vehicles v ON v.member_id = m.id WHERE m.rowid = ? LIMIT 1",
            (r,),
        ).fetchone()
        for r in rowids
    ]
    print(f"lookups on {total:,} members / {vehicles:,} vehicles, {n} queries each (ms)")
    print(f"{'query':<16}{'median':>9}{'p95':>9}   {'raw SQL median':>15}{'p95':>9}")
    cases = {
        "plate": (
            [format_plate(r[5]) for r in rows],
            "SELECT member_id FROM vehicles WHERE plate_key = ?",
            [r[5] for r in rows],
        ),
        "phone": (["0" + r[2][3:] for r in rows], "SELECT id FROM members WHERE phone = ?", [r[2] for r in rows]),
        "national ID": ([r[3] for r in rows], "SELECT id FROM members WHERE national_id = ?", [r[3] for r in rows]),
        "member number": ([r[1] for r in rows], "SELECT id FROM members WHERE member_number = ?", [r[1] for r in rows]),
    }
    names = [r[4].split()[-1][: rng.choice((3, 4, 5))] for r in rows]
    cases["name (3+ chars)"] = (
        names,
        "SELECT m.id FROM member_name_fts f JOIN members m ON m.rowid = f.rowid WHERE member_name_fts MATCH ? LIMIT 20",
        ['"' + search_key(q) + '"' for q in names],
    )
    short = [r[4][:2] for r in rows]
    cases["name (2 chars)"] = (
        short,
        "SELECT DISTINCT member_id FROM name_tokens WHERE token >= ? AND token < ? LIMIT 20",
        [(search_key(q), search_key(q) + "\U0010ffff") for q in short],
    )
    for label, (queries, sql, params) in cases.items():
        app = timed(lambda q: search.find(db, profile, q), queries)
        floor = timed(lambda p, sql=sql: raw.execute(sql, p if isinstance(p, tuple) else (p,)).fetchall(), params)
        print(
            f"{label:<16}{statistics.median(app):>9.3f}{percentile(app, 95):>9.3f}   "
            f"{statistics.median(floor):>15.3f}{percentile(floor, 95):>9.3f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    path = args.db or Path(f"/tmp/dealer-bench/branch-{args.members}.sqlite3")
    bench_engine()
    bench_demo_rate()
    db = prepare(path, args.members)
    bench_lookups(db, path)


if __name__ == "__main__":
    main()
