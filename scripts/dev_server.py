"""Development server and task worker together: Ctrl-C (or either one exiting) stops both.

Used by ``make run``. Background reports (rakor pack) need ``manage.py task_worker`` running.
Serves on PANTAU_DEV_ADDRESS (default 127.0.0.1:8000), which the settings also read: links in
emails, QR codes and posters made in development point at the address being served.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from pantau.site_url import DEFAULT_DEV_ADDRESS

ADDRESS = os.environ.get("PANTAU_DEV_ADDRESS", DEFAULT_DEV_ADDRESS)


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    # Ctrl-C and a plain `kill` both end the loop below (also when started in the background).
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    python = sys.executable
    env = {**os.environ, "DEBUG": os.environ.get("DEBUG", "true")}
    children = [
        subprocess.Popen([python, "manage.py", "task_worker", "--no-reload"], env=env),
        subprocess.Popen([python, "manage.py", "runserver", ADDRESS], env=env),
    ]
    try:
        while all(child.poll() is None for child in children):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        for child in children:
            if child.poll() is None:
                child.terminate()  # both stop cleanly on SIGTERM (the worker finishes its task)
        deadline = time.monotonic() + 10
        for child in children:
            try:
                child.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                child.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
