"""Importing nodes, indicators and targets from XLSX: good files write everything with one audit
event; any bad row writes nothing and every bad row is reported with its line and reason."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.performance.models import Indicator, PlanNode, Target
from pantau.tenancy.models import Period, PeriodStatus
from tests.performance.plans.conftest import Plans
from tests.personas import World
from tests.xlsx import indicator_import_file, sheet_values, uploaded
from tests.xlsx import indicator_row as row

IND = ["", "Persentase balita gizi baik", "%", "positif", "terakhir", "ya", "e-PPGBM", "",
       "80", 2024]


def _counts() -> tuple[int, int, int, int]:
    with scopes_disabled():
        return (PlanNode.objects.count(), Indicator.objects.count(), Target.objects.count(),
                AuditEvent.objects.count())


def _errors(body: str) -> list[tuple[str, str]]:
    table = body[body.index("baris bermasalah"):body.index("</table>")]
    return re.findall(r"<tr><td>Indikator</td><td>(\d+)</td><td>(.*?)</td></tr>", table)


def _post(client: Any, plans: Plans, upload: Any) -> Any:
    return client.post(reverse("performance_plans:plan_import", args=[plans.renstra_a.pk]),
                       {"file": upload})


def test_a_good_file_creates_nodes_indicators_and_targets(plans: Plans,
                                                          client_for: Any) -> None:
    before = _counts()
    upload = indicator_import_file(plans.renstra_a, [
        row(["1.02.02.2.01", "1.02.02", "kegiatan", "Pelayanan gizi"]),
        row(["1.02.02.2.01.01", "1.02.02.2.01", "sub_kegiatan", "Pemberian makanan tambahan"],
            ["IK-20", *IND[1:]], {0: 85, 5: 87.5, 6: 20, 10: "90–95"}),
        row(["T1.S1"], ["IK-21", "Jumlah posyandu aktif", "unit", "positif", "jumlah",
                        "tidak", "", "Dinkes", "1.234,5", "", "iku-1"], {5: "1.300,5"}),
    ])

    response = _post(client_for("operator_a"), plans, upload)

    assert response.status_code == 302
    after = _counts()
    assert after[:3] == (before[0] + 2, before[1] + 2, before[2] + 5)
    assert after[3] == before[3] + 1  # one summary event
    with scopes_disabled():
        sub = PlanNode.objects.get(code="1.02.02.2.01.01")
        assert sub.parent.code == "1.02.02.2.01" and sub.level == "sub_kegiatan"
        ik20 = Indicator.objects.get(code="IK-20")
        targets = {(t.year, t.quarter): (t.value, t.value_high) for t in ik20.targets.all()}
        ik21 = Indicator.objects.get(code="IK-21")
        assert AuditEvent.objects.filter(action="performance.import.applied").count() == 1
    assert ik20.is_key and ik20.baseline == 80 and ik20.baseline_year == 2024
    assert ik20.is_range and ik20.agency == plans.renstra_a.agency
    assert targets == {(2025, None): (Decimal(85), None), (2026, None): (Decimal("87.5"), None),
                       (2026, 1): (Decimal(20), None), (2027, None): (Decimal(90), Decimal(95))}
    assert ik21.baseline == Decimal("1234.5") and ik21.aggregation == "sum"
    assert ik21.node == plans.sasaran_a and ik21.supports == plans.rpjmd_indicator


def test_bad_rows_are_all_reported_with_their_line_and_nothing_is_written(
    plans: Plans, client_for: Any
) -> None:
    before = _counts()
    upload = indicator_import_file(plans.renstra_a, [
        row(["1.02.02.2.01", "1.02.02", "kegiatan", "Pelayanan gizi"]),    # 2 good
        row(["X.9"], ["IK-30", *IND[1:]]),                                  # 3 unknown node
        row(["T2", "T1", "program", "Program di bawah tujuan"]),            # 4 bad level
        row(["T1.S1"], ["IK-31", *IND[1:]], {0: "sembilan"}),               # 5 text target
        row(["T1.S1"], ["IK-1", *IND[1:]]),                                 # 6 duplicate code
        row(["T1.S1"], ["IK-32", "Nama", "%", "naik", "sum", "mungkin"]),   # 7 unknown choices
        row(["T1.S1"], ["IK-33", *IND[1:]]),                                # 8 good
        row(["T1.S1"], ["IK-33", *IND[1:]]),                                # 9 twice in file
        row(["T1.S1"], ["IK-34", *IND[1:], "IKU-404"]),                     # 10 unknown RPJMD
    ])

    response = _post(client_for("operator_a"), plans, upload)

    body = response.content.decode()
    assert response.status_code == 200
    assert "Ditemukan 7 baris bermasalah. Tidak ada data yang disimpan." in body, _errors(body)
    errors = _errors(body)
    assert [line for line, _ in errors] == ["3", "4", "5", "6", "7", "9", "10"]
    messages = dict(errors)
    assert "simpul “X.9” tidak ada" in messages["3"]
    assert "tingkat “program” tidak boleh di bawah tujuan" in messages["4"]
    assert "kolom “Target 2025”: “sembilan” bukan angka" in messages["5"]
    assert "kode indikator “IK-1” sudah dipakai di dokumen ini" in messages["6"]
    assert "polaritas “naik” tidak dikenal" in messages["7"]
    assert "IKU “mungkin” harus ya atau tidak" in messages["7"]
    assert "kode indikator “IK-33” sudah dipakai" in messages["9"]
    assert "indikator RPJMD berkode “IKU-404” tidak ada" in messages["10"]
    assert _counts() == before


def test_a_file_with_other_years_is_rejected_whole(world: World, plans: Plans,
                                                   client_for: Any) -> None:
    upload = indicator_import_file(plans.renstra_a, [row(["T1.S1"], ["IK-40", *IND[1:]])])
    with scopes_disabled():
        plans.renstra_a.start_year, plans.renstra_a.end_year = 2030, 2034
        plans.renstra_a.save()

    response = _post(client_for("operator_a"), plans, upload)

    assert "tidak sesuai dengan tahun dokumen (2030–2034)" in response.content.decode()


def test_an_import_with_targets_of_a_closed_year_is_refused_and_audited(
    world: World, plans: Plans, client_for: Any
) -> None:
    with scopes_disabled():
        Period.objects.filter(pk=world.period_a.pk).update(status=PeriodStatus.CLOSED)
    before = _counts()

    response = _post(client_for("operator_a"), plans, indicator_import_file(
        plans.renstra_a, [row(["T1.S1"], ["IK-41", *IND[1:]], {5: 90})]))

    assert "Tahun 2026 sudah ditutup" in response.content.decode()
    after = _counts()
    assert after[:3] == before[:3] and after[3] == before[3] + 1
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="performance.locked.refused").exists()


def test_a_file_that_is_not_xlsx_is_rejected(plans: Plans, client_for: Any) -> None:
    response = _post(client_for("operator_a"), plans,
                     uploaded(b"%PDF-1.4 bukan xlsx", "indikator.xlsx"))

    assert "Berkas ini bukan XLSX" in response.content.decode()


def test_the_template_lists_the_existing_nodes_and_has_dropdowns(plans: Plans,
                                                                 client_for: Any) -> None:
    response = client_for("operator_a").get(
        reverse("performance_plans:plan_import_template", args=[plans.renstra_a.pk]))

    content = b"".join(response.streaming_content) if response.streaming else response.content
    nodes = sheet_values(content, "Simpul")
    assert ["T1.S1", "sasaran", "Meningkatnya gizi balita", "T1", "ya"] in nodes
    header = sheet_values(content, "Indikator")[0]
    assert header[-1] == "2029 TW IV" and header[15] == "Target 2025"
    assert sheet_values(content, "Pilihan")[0][:4] == ["positif", "jumlah", "ya", "tujuan"]
