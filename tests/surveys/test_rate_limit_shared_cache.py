"""The SKM rate limit holds across gunicorn workers: CACHE_URL points the cache at Redis (parsed
strictly), the counters live there, and `check --deploy` warns when production has no shared
cache."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import ImproperlyConfigured

from pantau.env import env_cache
from pantau.surveys import ratelimit
from pantau.web.checks import rate_limit_cache_is_shared

PROJECT = Path(__file__).resolve().parents[2]
REDIS = "redis://127.0.0.1:6379/15"


def test_an_address_refused_does_not_use_up_the_survey_allowance(settings: Any) -> None:
    settings.SKM_RATE_PER_IP = (2, 600)
    settings.SKM_RATE_PER_SURVEY = (3, 600)
    code = secrets.token_hex(6)

    flood = [ratelimit.submission_allowed(ip="10.9.9.9", survey_code=code) for _ in range(10)]
    others = [ratelimit.submission_allowed(ip=f"10.9.8.{n}", survey_code=code) for n in range(2)]

    assert flood == [True, True] + [False] * 8
    assert others == [True, False]  # 2 + 1: the survey's third and fourth attempt


@pytest.mark.parametrize(("url", "location"), [
    ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/0"),
    ("rediss://:geheim@cache.internal:6380/2", "rediss://:geheim@cache.internal:6380/2"),
    ("unix:///run/redis/redis.sock?db=1", "unix:///run/redis/redis.sock?db=1"),
    ("redis://cache", "redis://cache"),
])
def test_a_redis_url_gives_the_shared_redis_cache(
    url: str, location: str, monkeypatch: Any
) -> None:
    monkeypatch.setenv("CACHE_URL", url)

    cache = env_cache("CACHE_URL", key_prefix="pantau")

    assert cache == {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                     "LOCATION": location, "KEY_PREFIX": "pantau",
                     "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2}}


@pytest.mark.parametrize("value", [None, "", "  "])
def test_no_cache_url_keeps_the_process_memory(value: str | None, monkeypatch: Any) -> None:
    if value is None:
        monkeypatch.delenv("CACHE_URL", raising=False)
    else:
        monkeypatch.setenv("CACHE_URL", value)

    assert env_cache("CACHE_URL")["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"


@pytest.mark.parametrize(("url", "message"), [
    ("memcached://127.0.0.1:11211", "CACHE_URL must start with redis://, rediss://, unix://"),
    ("127.0.0.1:6379", "CACHE_URL must start with"),
    ("redis://", "CACHE_URL needs a host"),
    ("redis://127.0.0.1:6379/satu", "CACHE_URL: the database must be a number"),
    ("redis://127.0.0.1:enam/0", "CACHE_URL is not a valid URL"),
    ("unix://", "CACHE_URL needs the socket path"),
    ("unix:///run/redis.sock?db=x", "CACHE_URL: the database must be a number"),
])
def test_a_malformed_cache_url_stops_the_settings(url: str, message: str, monkeypatch: Any) -> None:
    monkeypatch.setenv("CACHE_URL", url)

    with pytest.raises(ImproperlyConfigured, match=message):
        env_cache("CACHE_URL")


def _settings_process(env: dict[str, str], tmp_path: Path, *args: str) -> Any:
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("DJANGO_", "PANTAU_", "CACHE_"))}
    clean.update({"PANTAU_DATA_DIR": str(tmp_path), **env})
    return subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env=clean,
                          capture_output=True, text=True, timeout=120, check=False)


def test_the_settings_refuse_a_malformed_cache_url(tmp_path: Path) -> None:
    result = _settings_process({"DEBUG": "true", "CACHE_URL": "memcache://x"}, tmp_path, "check")

    assert result.returncode != 0
    assert "CACHE_URL must start with redis://" in result.stderr


def test_check_deploy_warns_when_production_has_no_shared_cache(tmp_path: Path) -> None:
    result = _settings_process({
        "DEBUG": "false", "SECRET_KEY": secrets.token_urlsafe(60),
        "ALLOWED_HOSTS": "pantau.example.go.id", "SITE_URL": "https://pantau.example.go.id",
    }, tmp_path, "check", "--deploy", "--fail-level", "WARNING")

    assert result.returncode != 0
    assert "pantau.W003" in result.stdout + result.stderr
    assert "CACHE_URL" in result.stdout + result.stderr


@pytest.mark.parametrize(("backend", "warned"), [
    ("django.core.cache.backends.locmem.LocMemCache", True),
    ("django.core.cache.backends.dummy.DummyCache", True),
    ("django.core.cache.backends.db.DatabaseCache", True),
    ("django.core.cache.backends.redis.RedisCache", False),
    ("django.core.cache.backends.memcached.PyMemcacheCache", False),
])
def test_the_deploy_check_looks_at_the_rate_limit_cache(
    backend: str, warned: bool, settings: Any
) -> None:
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
                       "skm": {"BACKEND": backend, "LOCATION": "x"}}
    settings.SKM_RATE_CACHE = "skm"

    assert [w.id for w in rate_limit_cache_is_shared()] == (["pantau.W003"] if warned else [])


def _redis_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.mark.skipif(not _redis_up(), reason="no Redis on 127.0.0.1:6379")
def test_two_workers_count_in_the_same_redis(settings: Any) -> None:
    """Two cache objects with their own connection pools stand for two gunicorn workers."""
    prefix = f"pantau-test-{secrets.token_hex(4)}"
    config = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS,
              "KEY_PREFIX": prefix}
    settings.CACHES = {"default": config}
    settings.SKM_RATE_PER_IP = (3, 60)
    settings.SKM_RATE_PER_SURVEY = (1000, 60)
    workers = [RedisCache(REDIS, {"KEY_PREFIX": prefix}) for _ in range(2)]
    code = secrets.token_hex(6)
    allowed = []
    try:
        for attempt in range(6):
            worker = workers[attempt % 2]
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(ratelimit, "_cache", lambda worker=worker: worker)
                allowed.append(ratelimit.submission_allowed(ip="10.1.1.1", survey_code=code))
        client = workers[0]._cache.get_client(None, write=True)
        keys = client.keys(f"{prefix}:*")
        ttls = [client.ttl(key) for key in keys]
    finally:
        client = workers[0]._cache.get_client(None, write=True)
        for key in client.keys(f"{prefix}:*"):
            client.delete(key)

    assert allowed == [True, True, True, False, False, False]  # 3 in all, not 3 per worker
    assert len(keys) == 2 and all(0 < ttl <= 60 for ttl in ttls)  # the window expires


def _redis_settings(settings: Any, prefix: str, location: str = REDIS) -> None:
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": location, "KEY_PREFIX": prefix,
                                   "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}}}
    settings.SKM_RATE_PER_IP = (2, 60)
    settings.SKM_RATE_PER_SURVEY = (1000, 60)


def test_an_unreachable_redis_lets_the_submission_through_and_logs(
    settings: Any, caplog: Any
) -> None:
    """Fail open: the one-time token still counts the response once."""
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    _redis_settings(settings, "pantau-down", f"redis://127.0.0.1:{port}/0")

    allowed = [ratelimit.submission_allowed(ip="10.2.2.2", survey_code="abc") for _ in range(3)]

    assert allowed == [True, True, True]
    assert "Redis unreachable" in caplog.text


@pytest.mark.skipif(not _redis_up(), reason="no Redis on 127.0.0.1:6379")
def test_the_limit_survives_a_script_flush_and_a_dropped_connection(settings: Any) -> None:
    """Redis restarted: it forgot the script and closed this thread's connection; the next
    submission loads the script again on a new connection and the counting goes on."""
    prefix = f"pantau-test-{secrets.token_hex(4)}"
    _redis_settings(settings, prefix)
    code = secrets.token_hex(6)
    client = RedisCache(REDIS, {})._cache.get_client(None, write=True)
    try:
        first = ratelimit.submission_allowed(ip="10.3.3.3", survey_code=code)
        held = ratelimit._connection(ratelimit._cache())
        held.send_command("CLIENT", "ID")
        client.script_flush()
        client.client_kill_filter(_id=held.read_response())
        second = ratelimit.submission_allowed(ip="10.3.3.3", survey_code=code)
        third = ratelimit.submission_allowed(ip="10.3.3.3", survey_code=code)
    finally:
        for key in client.keys(f"{prefix}:*"):
            client.delete(key)

    assert (first, second, third) == (True, True, False)  # 2 per address, still counted


def test_the_public_results_page_works_while_the_cache_is_down(
    settings: Any, client: Any, world: Any
) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    _redis_settings(settings, "pantau-down", f"redis://127.0.0.1:{port}/0")

    page = client.get("/publik/kabupaten-contoh/skm/")

    assert page.status_code == 200
    assert "Indeks Kepuasan Masyarakat" in page.content.decode()
