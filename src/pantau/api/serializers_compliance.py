"""What the API sends about public-service compliance: predicted scores (Pemda and lokus
units), gap lists and official results. Output only; numbers are exact strings with their two
published decimals."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from pantau.api.fields import DecimalString
from pantau.api.serializers import AgencyBriefSerializer
from pantau.compliance.models import ActionStatus, Assessor


class UnitBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    agency = AgencyBriefSerializer()


def _score(**kwargs: Any) -> DecimalString:
    return DecimalString(normalize=False, **kwargs)


class DimensionSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    weight = _score(help_text=_("Bobot dimensi (poin dari 100)."))
    points = _score(help_text=_("Nilai dimensi, dua desimal."))
    answered = serializers.IntegerField()
    total = serializers.IntegerField()


class AspectSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    weight = DecimalString(help_text=_("Porsi aspek dalam indeks (0–1)."))
    score = _score(help_text=_("Aspek ini saja pada skala 0–5."))
    answered = serializers.IntegerField()
    total = serializers.IntegerField()


class OmbudsmanUnitSerializer(serializers.Serializer):
    unit = UnitBriefSerializer()
    score = _score()
    category = serializers.CharField(source="result.category", allow_null=True)
    zone = serializers.CharField(source="result.zone")
    category_label = serializers.CharField(source="result.label", help_text=_("Opini."))
    answered = serializers.IntegerField()
    total = serializers.IntegerField()
    dimensions = DimensionSerializer(many=True)


class PekpppUnitSerializer(serializers.Serializer):
    unit = UnitBriefSerializer()
    evaluator_index = _score(help_text=_("Indeks penilaian evaluator (F-02)."))
    users_index = _score(allow_null=True, help_text=_(
        "Indeks penilaian pengguna (F-03); null bila belum dikumpulkan."))
    index = _score(help_text=_("Indeks unit."))
    grade = serializers.CharField(source="result.grade")
    category_label = serializers.CharField(source="result.label", help_text=_("Predikat."))
    answered = serializers.IntegerField()
    total = serializers.IntegerField()
    aspects = AspectSerializer(many=True)


class OmbudsmanPredictionSerializer(serializers.Serializer):
    score = _score(allow_null=True, help_text=_("Nilai Pemda: rata-rata unit lokus."))
    category = serializers.CharField(source="result.category", allow_null=True, default=None)
    zone = serializers.CharField(source="result.zone", allow_null=True, default=None)
    category_label = serializers.CharField(source="result.label", allow_null=True, default=None)
    answered = serializers.IntegerField()
    total = serializers.IntegerField()
    without_lokus = serializers.BooleanField(help_text=_(
        "Belum ada lokus: unit yang dihitung adalah semua unit yang sudah menjawab."))
    public_trust_assumed = serializers.BooleanField()
    units = OmbudsmanUnitSerializer(many=True, help_text=_(
        "Unit yang boleh dibaca pengguna token ini (operator: unit OPD-nya)."))


class PekpppPredictionSerializer(serializers.Serializer):
    index = _score(allow_null=True, help_text=_("Indeks Pemda: rata-rata unit lokus."))
    grade = serializers.CharField(source="result.grade", allow_null=True, default=None)
    category_label = serializers.CharField(source="result.label", allow_null=True, default=None)
    answered = serializers.IntegerField()
    total = serializers.IntegerField()
    without_lokus = serializers.BooleanField()
    users_missing = serializers.BooleanField()
    units = PekpppUnitSerializer(many=True)


class PredictionSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    ombudsman = OmbudsmanPredictionSerializer()
    pekppp = PekpppPredictionSerializer()


class ActionBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    owner = AgencyBriefSerializer()
    due_date = serializers.DateField()
    status = serializers.ChoiceField(ActionStatus.choices)
    status_label = serializers.CharField(source="get_status_display")


class IndicatorRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    text = serializers.CharField()


class GapSerializer(serializers.Serializer):
    rank = serializers.IntegerField(help_text=_("Peringkat dalam daftar Pemda."))
    unit = UnitBriefSerializer()
    group_code = serializers.CharField(help_text=_("Dimensi (Ombudsman) atau aspek (PEKPPP)."))
    group_name = serializers.CharField()
    indicator = IndicatorRefSerializer()
    score = DecimalString(help_text=_("Nilai yang dihitung sekarang."))
    top = serializers.IntegerField(help_text=_("Nilai tertinggi versi instrumen."))
    points = _score(help_text=_(
        "Kenaikan nilai/indeks Pemda bila indikator ini saja dinaikkan ke nilai tertinggi."))
    unit_points = _score(allow_null=True, help_text=_(
        "PEKPPP: kenaikan indeks evaluator unit (F-02); null untuk Ombudsman."))
    in_fix_set = serializers.BooleanField(help_text=_(
        "Termasuk kekurangan teratas yang bersama-sama mencapai kategori berikutnya."))
    actions = ActionBriefSerializer(many=True)


class GapListSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    assessor = serializers.ChoiceField(Assessor.choices)
    target = serializers.CharField(source="target_name", help_text=_(
        "Kategori berikutnya; kosong bila sudah tertinggi atau belum ada prediksi."))
    fixes = serializers.IntegerField(allow_null=True, help_text=_(
        "Jumlah kekurangan teratas yang perlu diperbaiki untuk mencapainya; null bila "
        "memperbaiki semua pun belum cukup."))
    results = GapSerializer(many=True, source="rows")


class OfficialResultSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    year = serializers.IntegerField()
    assessor = serializers.ChoiceField(Assessor.choices)
    unit = UnitBriefSerializer(allow_null=True, help_text=_("null: hasil Pemda."))
    score = _score(help_text=_("Nilai (0–100) atau indeks (0–5)."))
    grade = serializers.CharField()
    zone = serializers.CharField()
    category_label = serializers.CharField(source="label", help_text=_("Predikat/opini."))
    without_maladministration = serializers.BooleanField()
    opinion = serializers.CharField()
    source_url = serializers.CharField()
    has_source_file = serializers.SerializerMethodField()

    def get_has_source_file(self, result: object) -> bool:
        return bool(getattr(result, "source_file", None))


class CalibrationSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    assessor = serializers.ChoiceField(Assessor.choices)
    official = _score(source="official.score", allow_null=True, default=None)
    official_label = serializers.SerializerMethodField()
    predicted = _score(source="predicted.score", allow_null=True, default=None)
    predicted_label = serializers.SerializerMethodField()
    difference = _score(allow_null=True, help_text=_(
        "Prediksi − resmi; positif: penilaian mandiri lebih tinggi daripada penilai."))

    def get_official_label(self, row: object) -> str | None:
        official = getattr(row, "official", None)
        return " ".join(x for x in (official.grade, official.label) if x) if official else None

    def get_predicted_label(self, row: object) -> str | None:
        predicted = getattr(row, "predicted", None)
        return " ".join(x for x in (predicted.category, predicted.label) if x) \
            if predicted else None


class OfficialResultsSerializer(serializers.Serializer):
    results = OfficialResultSerializer(many=True)
    predicted_vs_official = CalibrationSerializer(many=True)
