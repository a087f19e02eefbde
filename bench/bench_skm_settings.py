"""Settings for the gunicorn run of bench_skm: the project's, plus a bench-only bare view URL and
rate limits lifted (the load generator posts from one address into one survey)."""

from pantau.settings import *  # noqa: F403

ROOT_URLCONF = "bench.bench_skm_urls"
SKM_RATE_PER_IP = (10**9, 1)
SKM_RATE_PER_SURVEY = (10**9, 1)
