"""Report kinds come from their app's ``ready()``: a process that only sets Django up (the task
worker never loads the URLconf) knows the rakor pack, and has not paid for matplotlib yet."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

import pantau

SRC = pathlib.Path(pantau.__file__).parent.parent


def test_a_bare_process_knows_the_rakor_kinds_without_loading_the_generator() -> None:
    code = (
        "import sys, django\n"
        "django.setup()\n"
        "from pantau.reports.kinds import background_report_kind\n"
        "print(background_report_kind('performance.rakor_pdf').permission,"
        " background_report_kind('performance.rakor_xlsx').permission,"
        " 'pantau.performance.rakor' in sys.modules, 'matplotlib' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC), "DJANGO_SETTINGS_MODULE": "pantau.settings",
           "DEBUG": "true"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env=env)

    assert result.stdout.split() == ["performance.generate_rakor_pack"] * 2 + ["False", "False"]
