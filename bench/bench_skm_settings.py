"""Settings for the gunicorn run of bench_skm: the project's as in production (DEBUG off, the
cache from CACHE_URL: the runner passes a Redis URL when one is reachable), plus a bench-only bare
view URL and rate limits lifted (the load generator posts from one address); the limits still
count on every submission, so their cost is measured."""

from pantau.settings import *  # noqa: F403

DEBUG = False
ROOT_URLCONF = "bench.bench_skm_urls"
SKM_RATE_PER_IP = (10**9, 600)
SKM_RATE_PER_SURVEY = (10**9, 600)
