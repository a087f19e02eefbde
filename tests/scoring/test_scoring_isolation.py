"""The scoring package is the ground floor: importing it must not pull Django in."""

import pathlib
import subprocess
import sys

import pantau.scoring

PACKAGE_DIR = pathlib.Path(pantau.scoring.__file__).parent


def test_importing_every_scoring_module_loads_no_django():
    code = (
        "import sys, pkgutil, importlib, pantau.scoring as s\n"
        "for m in pkgutil.walk_packages(s.__path__, 'pantau.scoring.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] == 'django'))\n"
    )
    src = str(PACKAGE_DIR.parent.parent)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": src, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.stdout.strip() == "[]"


def test_no_scoring_source_file_mentions_django_imports():
    for path in PACKAGE_DIR.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import django" not in text and "from django" not in text, path
