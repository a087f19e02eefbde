"""SKM submissions while things break: PostgreSQL restarts once, Redis stops for a few seconds.

Setup (``fault_services``): a PostgreSQL cluster of its own (``scripts/with_postgres.py``'s
ephemeral cluster, migrated; the shared server on 127.0.0.1:5432 is never touched) and a Redis of
its own (``redis-server --save "" --appendonly no`` on a free port); then, as in bench_skm,
gunicorn -w (2 × CPUs) with the bench settings (DEBUG off, rate limits lifted but counted in that
Redis) and the background worker (``manage.py task_worker``) folding submissions into the rollup.

1. Calm: C submissions into one Pemda's four surveys, nothing breaks (quick 300, full 2 000).
2. Faults: N submissions into another Pemda's four surveys (quick 1 000, full 10 000) from 16
   client threads, spread evenly over D seconds (quick 12, full 40). At 25 % of D PostgreSQL
   stops (fast shutdown: every connection is cut) and starts again after 2 s (full 3 s); at 60 %
   Redis stops and starts again after 3 s (full 5 s). Servers are never restarted by hand.
3. Recovery: every refused submission is sent once more with the same token (what the 503 page
   asks: back, send again); after a pause one more submission queues the background fold.

Each answer is acknowledged (302 to the thank-you page), refused (503 with the "Sedang ada
gangguan … coba lagi" page and no traceback), already recorded (200 "sudah tercatat": a resend
whose first try was stored after all) or unclear (anything else, e.g. a 500: must be 0).

Checked at the end, per Pemda, before any reader folds: lost = acknowledged or already-recorded
submissions whose token is not stored (must be 0); double_counted = responses in the rollup −
stored valid responses (must be 0, and so must the reverse, missing_from_rollup); every stored
response counted by the background worker alone, a fold task finished after the restart and the
worker still running; rollup == ``rollup_recount``. The metric is lost + double_counted of the
fault run (target = 0); the baseline is the same figure for the calm run (the same load on the
same servers without faults, so 0 as well and the ratio is null): what the faults are measured
against. The calm run's acknowledged count is reported beside it.

Sizes: BENCH_SKM_FAULTS_SUBMISSIONS, BENCH_SKM_FAULTS_SECONDS, BENCH_SKM_WORKERS.
"""

from __future__ import annotations

import datetime
import os
import random
import re
import secrets
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import connection
from django_scopes import scope, scopes_disabled

from bench.fault_services import missing, private_postgres, private_redis
from bench.skm_common import (
    free_port,
    post,
    rollup_rows,
    server_env,
    skm_region,
    start_servers,
    survey_post,
    wait_for_port,
    warm_up,
)

THREADS = 16
POSTGRES_DOWN = {True: 2, False: 3}  # seconds without PostgreSQL, quick / full
REDIS_DOWN = {True: 3, False: 5}
FOLD_WAIT = 30  # seconds the background worker gets to fold the last submissions


@dataclass
class Submission:
    path: str
    body: str
    nonce: str
    outcome: str = ""  # acknowledged / refused / already / unclear
    answer: str = ""  # status and page title of an answer that is not a 302, for the report
    sent_at: float = 0.0  # time.monotonic() when it was sent
    resent: str = ""  # the outcome of the resend of a refused submission


@dataclass
class Faults:
    """When each fault began and ended (time.monotonic()), and the restart's wall clock end."""

    pg_down: float = 0.0
    pg_up: float = 0.0
    pg_up_wall: datetime.datetime | None = None
    redis_down: float = 0.0
    redis_up: float = 0.0
    errors: list[str] = field(default_factory=list)


def classify(status: int, body: bytes) -> str:
    if status == 302:
        return "acknowledged"
    if status == 503 and b"Sedang ada gangguan" in body and b"coba lagi" in body \
            and b"Traceback" not in body:
        return "refused"
    if status == 200 and b"sudah tercatat" in body:
        return "already"
    return "unclear"


def _title(body: bytes) -> str:
    match = re.search(rb"<title>(.*?)</title>", body, re.DOTALL)
    return match.group(1).decode(errors="replace").strip()[:80] if match else body[:80].decode(
        errors="replace")


def _submissions(surveys: list[Any], count: int, seed: int) -> list[Submission]:
    from pantau.surveys.tokens import token_make, token_read

    rng = random.Random(seed)
    made = []
    for index in range(count):
        survey = surveys[index % len(surveys)]
        token = token_make(survey_id=survey.pk)
        answers = {f"u{i}": str(rng.randint(1, 4)) for i in range(1, 10)}
        made.append(Submission(*survey_post(survey, answers, token),
                               nonce=token_read(value=token, survey_id=survey.pk)))
    return made


def _send(port: int, submissions: list[Submission], *, seconds: float, resend: bool = False
          ) -> None:
    """Posts each once from THREADS threads, none before its even share of ``seconds``."""
    lock = threading.Lock()
    queue = iter(enumerate(submissions))
    start = time.monotonic()

    def worker() -> None:
        while True:
            with lock:
                index, submission = next(queue, (-1, None))
            if submission is None:
                return
            delay = start + seconds * index / len(submissions) - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            sent_at = time.monotonic()
            status, body = post(port, submission.path, body=submission.body)
            outcome = classify(status, body)
            if resend:
                submission.resent = outcome
                continue
            submission.outcome, submission.sent_at = outcome, sent_at
            if status != 302:
                submission.answer = f"{status} {_title(body)}"

    pool = [threading.Thread(target=worker) for _ in range(THREADS)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()


def _break_things(cluster: Any, redis: Any, seconds: float, quick: bool,
                  faults: Faults) -> threading.Thread:
    """The fault schedule, in its own thread from now on."""
    start = time.monotonic()

    def schedule() -> None:
        try:
            time.sleep(max(0.0, start + 0.25 * seconds - time.monotonic()))
            faults.pg_down = time.monotonic()
            cluster.restart(downtime=POSTGRES_DOWN[quick])
            faults.pg_up, faults.pg_up_wall = time.monotonic(), datetime.datetime.now(datetime.UTC)
            time.sleep(max(0.0, start + 0.6 * seconds - time.monotonic()))
            faults.redis_down = time.monotonic()
            redis.stop()
            time.sleep(REDIS_DOWN[quick])
            redis.start()
            faults.redis_up = time.monotonic()
        except Exception as error:  # reported, and the run fails
            faults.errors.append(repr(error))

    thread = threading.Thread(target=schedule)
    thread.start()
    return thread


def _wait_folded(region: Any, seconds: float) -> int:
    """Uncounted responses left after waiting up to ``seconds`` for the background worker (no
    reader fold here: folding ourselves would hide a dead worker)."""
    from pantau.surveys.models import SurveyResponse

    deadline = time.monotonic() + seconds
    while True:
        with scopes_disabled():
            left = SurveyResponse.objects.filter(region=region, counted=False).count()
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.5)


def _verify(region: Any, submissions: list[Submission],
            probes: list[Submission] | None = None) -> dict[str, Any]:
    """Stored, counted and rolled up exactly once (see the module docstring); ``probes`` are
    checked for loss but left out of the answer counts."""
    from pantau.surveys.models import SurveyDailyTally, SurveyResponse
    from pantau.surveys.services.recount import rollup_recount

    with scopes_disabled():
        stored = Counter(SurveyResponse.objects.filter(region=region)
                         .values_list("token", flat=True))
        valid = SurveyResponse.objects.filter(region=region, is_valid=True).count()
        in_rollup = sum(SurveyDailyTally.objects.filter(region=region)
                        .values_list("responses", flat=True))
    confirmed = [s for s in submissions + (probes or [])
                 if {"acknowledged", "already"} & {s.outcome, s.resent}]
    live = rollup_rows(region)
    with scope(region=region.pk):
        rollup_recount(region=region)
    outcomes = Counter(s.outcome for s in submissions)
    return {
        "answers": dict(Counter(s.answer for s in submissions if s.answer).most_common(5)),
        "submitted": len(submissions), "acknowledged": outcomes["acknowledged"],
        "refused": outcomes["refused"], "unclear": outcomes["unclear"],
        "resent_acknowledged": sum(s.resent == "acknowledged" for s in submissions),
        "resent_already_recorded": sum(s.resent == "already" for s in submissions),
        "resent_unclear": sum(s.resent not in ("", "acknowledged", "already")
                              for s in submissions),
        "lost": sum(1 for s in confirmed if not stored[s.nonce]),
        "stored_twice": sum(count - 1 for count in stored.values() if count > 1),
        "double_counted": max(0, in_rollup - valid),
        "missing_from_rollup": max(0, valid - in_rollup),
        "rollup_equals_recount": rollup_rows(region) == live,
    }


def _say(text: str) -> None:
    print(f"  bench_skm_faults: {text}", flush=True)


def _refused_between(submissions: list[Submission], start: float, end: float) -> int:
    return sum(1 for s in submissions if s.outcome == "refused" and start <= s.sent_at <= end)


def _run(quick: bool, cluster: Any, redis: Any, log: Path) -> dict[str, Any]:
    from django_tasks_db.models import DBTaskResult

    count = int(os.environ.get("BENCH_SKM_FAULTS_SUBMISSIONS", 1000 if quick else 10_000))
    seconds = float(os.environ.get("BENCH_SKM_FAULTS_SECONDS", 12 if quick else 40))
    calm_count = 300 if quick else max(50, count // 5)
    workers = int(os.environ.get("BENCH_SKM_WORKERS", 2 * (os.cpu_count() or 1)))
    calm_region, _units, calm_surveys = skm_region(f"BF1{secrets.token_hex(2)}", 4)
    region, _units, surveys = skm_region(f"BF2{secrets.token_hex(2)}", 4)
    calm, faulty = _submissions(calm_surveys, calm_count, 1), _submissions(surveys, count, 2)
    tail = _submissions(surveys, 1, 3)  # after everything: queues the last background fold
    env = {**server_env(cache_url=redis.url), "DATABASE_URL": cluster.url}
    port = free_port()
    faults = Faults()
    with log.open("wb") as output:
        stack, (_gunicorn, worker) = start_servers(env, port, workers, output=output)
        with stack:
            wait_for_port(port)
            warm_up(port, calm[0].path, THREADS)
            _send(port, calm, seconds=calm_count / 100)
            _say(f"calm run: {Counter(s.outcome for s in calm)}")
            breaker = _break_things(cluster, redis, seconds, quick, faults)
            started = time.monotonic()
            _send(port, faulty, seconds=seconds)
            load_seconds = time.monotonic() - started
            breaker.join()
            _say(f"fault run: {Counter(s.outcome for s in faulty)} in {load_seconds:.1f} s")
            _send(port, [s for s in faulty if s.outcome != "acknowledged"], seconds=0,
                  resend=True)
            time.sleep(2.5)  # SKM_FOLD_INTERVAL (2 s) passes: the next submission queues a fold
            _send(port, tail, seconds=0)
            connection.close()  # this process's connection died with the restart
            left = {name: _wait_folded(place, FOLD_WAIT)
                    for name, place in (("calm", calm_region), ("faults", region))}
            worker_alive = worker.poll() is None
            _say(f"resent, folded by the worker (left: {left})")
            folds_after_restart = DBTaskResult.objects.filter(
                status="SUCCESSFUL", finished_at__gt=faults.pg_up_wall
            ).count() if faults.pg_up_wall else 0
    calm_result = _verify(calm_region, calm)
    result = _verify(region, faulty, tail)
    text = log.read_text(errors="replace")
    return {
        "count": count, "seconds": seconds, "workers": workers, "calm": calm_result,
        "faults": result, "schedule": faults, "tail": tail[0].outcome, "load_seconds": load_seconds,
        "uncounted_left": left, "worker_alive": worker_alive,
        "folds_after_restart": folds_after_restart,
        "worker_reconnects": text.count("Background worker: database unavailable"),
        "refused_pg": _refused_between(faulty, faults.pg_down - 1, faults.pg_up + 1),
        "refused_redis": _refused_between(faulty, faults.redis_down - 1, faults.redis_up + 1),
        "faults_in_load": bool(started < faults.pg_down and faults.redis_up
                               and faults.redis_up - started < load_seconds),
        "log_tail": text.splitlines()[-30:],
    }


def _result(run: dict[str, Any], quick: bool) -> dict[str, Any]:
    calm, faults, schedule = run["calm"], run["faults"], run["schedule"]
    value = faults["lost"] + faults["double_counted"]
    baseline = calm["lost"] + calm["double_counted"]
    web_recovered = (run["tail"] == "acknowledged" and faults["resent_unclear"] == 0
                     and faults["resent_acknowledged"] + faults["resent_already_recorded"]
                     == faults["refused"] + faults["unclear"])
    worker_recovered = (run["worker_alive"] and run["folds_after_restart"] > 0
                        and not any(run["uncounted_left"].values()))
    clean = (not schedule.errors and run["faults_in_load"] and calm["refused"] == 0
             and calm["unclear"] == 0 and faults["unclear"] == 0 and faults["stored_twice"] == 0
             and calm["missing_from_rollup"] == 0 and faults["missing_from_rollup"] == 0
             and calm["rollup_equals_recount"] and faults["rollup_equals_recount"])
    passed = value == 0 and baseline == 0 and web_recovered and worker_recovered and clean
    if not passed:
        print("  bench_skm_faults: server log tail:\n    " + "\n    ".join(run["log_tail"]))
    return {
        "name": "skm_faults", "unit": "submissions", "value": value, "baseline": baseline,
        "ratio": round(value / baseline, 3) if baseline else None,
        "metric": f"lost + double-counted SKM submissions: {run['count']} public submissions "
                  f"over {run['seconds']:.0f} s (took {run['load_seconds']:.1f} s) under gunicorn "
                  f"-w {run['workers']} ({THREADS} client threads, {connection.vendor}) while "
                  f"PostgreSQL restarts ({POSTGRES_DOWN[quick]} s down) and then Redis stops "
                  f"({REDIS_DOWN[quick]} s); baseline: the same figure for {calm['submitted']} "
                  "submissions without faults",
        "target": "= 0, no unclear answer (500), web and worker recover by themselves, "
                  "rollup == recount",
        "pass": passed,
        "acknowledged": faults["acknowledged"], "refused": faults["refused"],
        "lost": faults["lost"], "double_counted": faults["double_counted"],
        "missing_from_rollup": faults["missing_from_rollup"],
        "recovered": web_recovered and worker_recovered,
        "unclear": faults["unclear"], "refused_while_postgres_down": run["refused_pg"],
        "refused_while_redis_down": run["refused_redis"],
        "resent_acknowledged": faults["resent_acknowledged"],
        "resent_already_recorded": faults["resent_already_recorded"],
        "web_recovered": web_recovered, "worker_recovered": worker_recovered,
        "worker_reconnects": run["worker_reconnects"],
        "folds_after_restart": run["folds_after_restart"],
        "rollup_equals_recount": faults["rollup_equals_recount"],
        "calm_acknowledged": calm["acknowledged"], "calm_submitted": calm["submitted"],
        "answers_other_than_302": faults["answers"], "calm_answers_other_than_302": calm["answers"],
        "fault_errors": schedule.errors,
        "note": "acknowledged = 302 to the thank-you page on the first try; refused = 503 "
                "'Sedang ada gangguan … coba lagi' page (no traceback); each refused one is "
                "sent again with the same token once things are back (resent_*: stored now, or "
                "'already recorded' when the first try had been stored after all). lost = "
                "acknowledged or already-recorded token not stored; double_counted = rollup "
                "count − stored valid responses. The background worker alone folds (no reader "
                "fold before the check); recovered = every resend answered and the worker, never "
                "restarted, folded everything after the restart.",
    }


def run(*, quick: bool) -> list[dict[str, Any]]:
    lacking = missing()
    if lacking:
        print(f"  bench_skm_faults: skipped, this machine has no {lacking}")
        return []
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as folder, private_postgres() as cluster, \
            private_redis() as redis:
        _say(f"own PostgreSQL and Redis ready in {time.monotonic() - start:.0f} s")
        outcome = _run(quick, cluster, redis, Path(folder) / "servers.log")
    _say(f"done in {time.monotonic() - start:.0f} s")
    return [_result(outcome, quick)]
