"""What the API sends: OPDs, periods, indicators with targets, capaian, realization rows.

Output only (the input serializers are in ``inputs.py``). Numbers are exact strings.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from pantau.api.fields import DecimalString
from pantau.performance.models import Aggregation, Polarity, ReportStatus
from pantau.tenancy.models import PeriodStatus, Role


class AgencyBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    short_name = serializers.CharField()


class AgencySerializer(AgencyBriefSerializer):
    kind = serializers.CharField()
    kind_label = serializers.CharField(source="get_kind_display")
    head_name = serializers.CharField()
    is_active = serializers.BooleanField()


class PeriodSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    year = serializers.IntegerField()
    quarter = serializers.IntegerField(allow_null=True, help_text=_("1–4; null: satu tahun."))
    name = serializers.CharField(source="__str__")
    status = serializers.ChoiceField(PeriodStatus.choices)
    status_label = serializers.CharField(source="get_status_display")


class TargetSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    quarter = serializers.IntegerField(allow_null=True, help_text=_("null: target tahunan."))
    value = DecimalString(allow_null=True)
    value_high = DecimalString(allow_null=True)
    revised_value = DecimalString(allow_null=True)
    revised_value_high = DecimalString(allow_null=True)
    use_revised = serializers.BooleanField()
    revision_note = serializers.CharField()
    counted_value = DecimalString(allow_null=True, help_text=_(
        "Target yang dipakai capaian (revisi bila berlaku)."))
    counted_value_high = DecimalString(allow_null=True)


class NodeSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    level = serializers.CharField()
    code = serializers.CharField()
    name = serializers.CharField()


class PlanBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    level = serializers.CharField()
    title = serializers.CharField()
    start_year = serializers.IntegerField()
    end_year = serializers.IntegerField()


class IndicatorBriefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    name = serializers.CharField()
    unit = serializers.CharField()
    polarity = serializers.ChoiceField(Polarity.choices)
    is_range = serializers.BooleanField()
    aggregation = serializers.ChoiceField(Aggregation.choices, help_text=_(
        "Cara triwulan dijumlahkan menjadi capaian tahunan."))
    is_key = serializers.BooleanField()
    is_active = serializers.BooleanField()


class IndicatorSerializer(IndicatorBriefSerializer):
    data_source = serializers.CharField()
    baseline = DecimalString(allow_null=True)
    baseline_year = serializers.IntegerField(allow_null=True)
    agency = AgencyBriefSerializer()
    plan = PlanBriefSerializer(source="node.plan")
    node = NodeSerializer()
    supports = serializers.IntegerField(source="supports_id", allow_null=True)
    targets = TargetSerializer(many=True, source="targets.all")


class IndicatorRealizationSerializer(serializers.Serializer):
    period = PeriodSerializer()
    value = DecimalString(allow_null=True)
    drivers = serializers.CharField()
    obstacles = serializers.CharField()
    follow_up_plan = serializers.CharField()
    updated_at = serializers.DateTimeField()


class AgencyScoreSerializer(serializers.Serializer):
    """``AgencyScore`` of ``performance.selectors.scores``; percentages as published (2 dp)."""

    agency = AgencyBriefSerializer()
    rank = serializers.IntegerField(allow_null=True)
    achievement = DecimalString(normalize=False, allow_null=True, help_text=_(
        "Capaian OPD dalam %, dua desimal dibulatkan setengah ke atas (\"102.94\")."))
    rating = serializers.CharField(allow_null=True)
    indicator_count = serializers.IntegerField()
    computed_count = serializers.IntegerField()
    flagged_count = serializers.IntegerField()
    completeness = DecimalString(normalize=False, allow_null=True)  # null: no indicators
    on_time = serializers.BooleanField(allow_null=True)
    pagu = DecimalString()
    spent = DecimalString()
    absorption = DecimalString(normalize=False, allow_null=True)
    efficiency_gap = DecimalString(normalize=False, allow_null=True)


class IndicatorScoreSerializer(serializers.Serializer):
    """``IndicatorScore`` of ``performance.selectors.scores``."""

    indicator = IndicatorBriefSerializer()
    program = NodeSerializer(allow_null=True)
    sasaran = NodeSerializer(allow_null=True)
    target = DecimalString(allow_null=True)
    target_high = DecimalString(allow_null=True)
    realization = DecimalString(allow_null=True)
    achievement = DecimalString(normalize=False, allow_null=True)
    rating = serializers.CharField(allow_null=True)
    flag = serializers.CharField(allow_null=True)
    flag_label = serializers.CharField()
    drivers = serializers.CharField()
    obstacles = serializers.CharField()
    follow_up_plan = serializers.CharField()


class RealizationRowSerializer(serializers.Serializer):
    """``selectors.RealizationRow``: one indicator of an OPD in one quarter."""

    indicator = IndicatorBriefSerializer()
    annual_target = TargetSerializer(allow_null=True)
    quarter_target = TargetSerializer(allow_null=True)
    value = DecimalString(allow_null=True)
    drivers = serializers.CharField()
    obstacles = serializers.CharField()
    follow_up_plan = serializers.CharField()
    updated_at = serializers.DateTimeField(allow_null=True)
    evidence_count = serializers.IntegerField()



class IndicatorDetailSerializer(IndicatorSerializer):
    realizations = IndicatorRealizationSerializer(many=True, help_text=_(
        "Realisasi setiap triwulan."))


class RankingSerializer(serializers.Serializer):
    period = PeriodSerializer()
    rule = serializers.CharField(help_text=_("Aturan urutan peringkat."))
    results = AgencyScoreSerializer(many=True)


class ScorecardSerializer(serializers.Serializer):
    period = PeriodSerializer()
    agency = AgencyBriefSerializer()
    score = AgencyScoreSerializer()
    indicators = IndicatorScoreSerializer(many=True)


class ReportStateSerializer(serializers.Serializer):
    status = serializers.ChoiceField(ReportStatus.choices)
    status_label = serializers.CharField()
    submitted_at = serializers.DateTimeField(allow_null=True)


class RealizationDocumentSerializer(serializers.Serializer):
    agency = AgencyBriefSerializer()
    period = PeriodSerializer()
    report = ReportStateSerializer()
    lock_reason = serializers.CharField(allow_null=True, help_text=_(
        "Mengapa data tidak boleh diubah; null bila boleh."))
    editable = serializers.BooleanField(help_text=_("Pengguna token ini boleh mengubahnya."))
    results = RealizationRowSerializer(many=True)


class RootRegionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    code = serializers.CharField()
    timezone = serializers.CharField()


class RootUserSerializer(serializers.Serializer):
    username = serializers.CharField()
    full_name = serializers.CharField()


class RootTokenSerializer(serializers.Serializer):
    name = serializers.CharField()
    created_at = serializers.DateTimeField()


class RootSerializer(serializers.Serializer):
    """The shape of ``GET /api/v1/`` (the view builds the document)."""

    user = RootUserSerializer()
    region = RootRegionSerializer()
    role = serializers.ChoiceField(Role.choices)
    role_label = serializers.CharField()
    agency = AgencyBriefSerializer(allow_null=True, help_text=_(
        "OPD peran ini; null bila tidak ada."))
    token = RootTokenSerializer(allow_null=True, help_text=_("null untuk sesi login peramban."))
    links = serializers.DictField(child=serializers.URLField())
