"""The background task: loads the report in its Pemda's scope and generates it."""

from __future__ import annotations

from django_scopes import scope, scopes_disabled
from django_tasks import task

from pantau.reports.models import GeneratedReport


@task()
def generate_report(report_id: int) -> str:
    """Runs in the worker (``manage.py task_worker``) outside any request, so it scopes itself."""
    from pantau.reports.services import background_report_generate

    with scopes_disabled():
        report = GeneratedReport.objects.select_related("region").get(pk=report_id)
    with scope(region=report.region_id):
        return str(background_report_generate(report=report).status)
