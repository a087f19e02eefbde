"""Pieces shared by the SKM submission benchmarks (bench_skm, bench_skm_faults): a Pemda with open
surveys, the servers (gunicorn and the background worker) under the bench settings, and the
client's posts (one new connection per request: gunicorn's sync workers close it anyway)."""

from __future__ import annotations

import datetime
import http.client
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from django_scopes import scopes_disabled

ROOT = Path(__file__).resolve().parent.parent
YEAR = 2025
CSRF = "benchcsrftokenbenchcsrftoken0123"  # 32 characters: Django accepts the unmasked secret
HEADERS = {"Content-Type": "application/x-www-form-urlencoded",
           "Cookie": f"csrftoken={CSRF}", "Host": "127.0.0.1"}


def skm_region(code: str, units: int) -> tuple[Any, list[Any], list[Any]]:
    """A Pemda with ``units`` service units, each with a survey open all year and today."""
    from pantau.surveys.models import Survey
    from pantau.tenancy.models import Agency, Region, ServiceUnit

    with scopes_disabled():
        region = Region.objects.create(kind="kabupaten", name=f"Bench SKM {code}", code=code,
                                       slug=f"bench-skm-{code}")
        agencies = Agency.objects.bulk_create(
            Agency(region=region, name=f"Dinas {i}", short_name=f"D{i}", kind="dinas")
            for i in range(max(1, units // 5))
        )
        unit_rows = ServiceUnit.objects.bulk_create(
            ServiceUnit(region=region, agency=agencies[i % len(agencies)], name=f"Unit {i}",
                        kind="uptd")
            for i in range(units)
        )
        today = datetime.date.today()
        surveys = Survey.objects.bulk_create(
            Survey(region=region, unit=unit, title=f"SKM {unit.name}",
                   starts_on=min(datetime.date(YEAR, 1, 1), today - datetime.timedelta(days=2)),
                   ends_on=max(datetime.date(YEAR, 12, 31), today + datetime.timedelta(days=2)),
                   public_code=secrets.token_urlsafe(9))
            for unit in unit_rows
        )
    return region, unit_rows, surveys


def rollup_rows(region: Any) -> set[tuple[Any, ...]]:
    """Both rollup levels as stored (daily rows, then monthly rows tagged "m")."""
    from pantau.surveys.models import SUM_FIELDS, SurveyDailyTally, SurveyMonthlyTally

    with scopes_disabled():
        daily = set(SurveyDailyTally.objects.filter(region=region, responses__gt=0).values_list(
            "survey_id", "day", "responses", *SUM_FIELDS))
        monthly = SurveyMonthlyTally.objects.filter(region=region, responses__gt=0).values_list(
            "survey_id", "month", "responses", *SUM_FIELDS)
        return daily | {("m", *row) for row in monthly}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, seconds: float = 30) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listens on port {port} after {seconds:.0f} s")


def server_env(*, cache_url: str) -> dict[str, str]:
    """The servers' environment: bench settings (DEBUG off, rate limits lifted), this cache."""
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.bench_skm_settings",
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")]),
            "CACHE_URL": cache_url,
            "CACHE_KEY_PREFIX": f"pantau-bench-{os.getpid()}-{secrets.token_hex(3)}"}


def start_servers(env: dict[str, str], port: int, workers: int, *, output: Any = None
                  ) -> tuple[ExitStack, list[subprocess.Popen[bytes]]]:
    """gunicorn and the background worker (``task_worker``), stopped when the stack closes;
    their output into ``output`` (a file) when given."""
    stack = ExitStack()
    processes = []
    bin_dir = Path(sys.executable).parent
    for command in (
        [str(bin_dir / "gunicorn"), "pantau.wsgi", "-w", str(workers), "-b",
         f"127.0.0.1:{port}", "--log-level", "warning"],
        [sys.executable, "manage.py", "task_worker", "--no-startup-delay", "--no-reload",
         "--interval", "0.5", "-v", "0"],
    ):
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output,
                                   stderr=subprocess.STDOUT if output is not None else None)
        processes.append(process)

        def stop(process: subprocess.Popen[bytes] = process) -> None:
            process.terminate()
            process.wait(timeout=30)

        stack.callback(stop)
    return stack, processes


def survey_post(survey: Any, answers: dict[str, str], token: str) -> tuple[str, str]:
    """The public form's path and the urlencoded body of one submission with this token."""
    from django.urls import reverse

    return (reverse("surveys:public_form", args=[survey.public_code]),
            urllib.parse.urlencode({"csrfmiddlewaretoken": CSRF, "token": token, "website": "",
                                    "comment": "", **answers}))


def post(port: int, path: str, body: str, *, timeout: float = 60) -> tuple[int, bytes]:
    """Status and body of one POST on a new connection; status 0 when the connection failed."""
    return request(port, "POST", path, body, timeout=timeout)


def request(port: int, method: str, path: str, body: str = "", *,
            timeout: float = 60) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body or None, headers=HEADERS)
        response = conn.getresponse()
        return response.status, response.read()
    except (OSError, http.client.HTTPException):
        return 0, b""
    finally:
        conn.close()


def warm_up(port: int, path: str, concurrent: int, seconds: float = 180) -> None:
    """GETs ``path`` in rounds of ``concurrent`` requests at once until a whole round answers
    200, so every worker has loaded the app and answered (on a busy machine a cold worker's
    first request can take long enough for gunicorn to kill it)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        answers: list[int] = []

        def one(answers: list[int] = answers) -> None:
            answers.append(request(port, "GET", path)[0])

        pool = [threading.Thread(target=one) for _ in range(concurrent)]
        for thread in pool:
            thread.start()
        for thread in pool:
            thread.join()
        if answers == [200] * concurrent:
            return
    raise RuntimeError(f"gunicorn did not answer {path} within {seconds:.0f} s")
