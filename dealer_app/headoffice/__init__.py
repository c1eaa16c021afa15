"""`dealer-hq`: the head-office service branches sync with (FastAPI app, models, CLI).

Start with `create_app(db_url)` in `app.py`, or `dealer-hq serve --db URL`.
"""
