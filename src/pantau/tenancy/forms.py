from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_scopes.forms import SafeModelChoiceField

from pantau.pages.forms import BootstrapFormMixin
from pantau.pages.number_fields import YearField
from pantau.spreadsheets.writer import XLSX_CONTENT_TYPE
from pantau.tenancy.models import (
    AGENCY_ROLES,
    Agency,
    Membership,
    Period,
    Role,
    ServiceProduct,
    ServiceUnit,
)


class AgencyForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = Agency
        fields = ["name", "short_name", "kind", "head_name"]

class UnitForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = ServiceUnit
        fields = ["name", "kind", "address"]

class UnitMoveForm(UnitForm):
    """Admins and evaluators may also move a unit to another OPD."""

    class Meta(UnitForm.Meta):
        fields = ["agency", "name", "kind", "address"]
        field_classes = {"agency": SafeModelChoiceField}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        agency_field = self.fields["agency"]
        assert isinstance(agency_field, forms.ModelChoiceField)
        agency_field.queryset = Agency.objects.filter(is_active=True)

class ProductForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = ServiceProduct
        fields = ["name"]

class PeriodForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = Period
        fields = ["year", "quarter"]
        field_classes = {"year": YearField}
        help_texts = {"quarter": _("Kosongkan untuk periode tahunan.")}

class MembershipForm(BootstrapFormMixin, forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["role", "agency"]
        field_classes = {"agency": SafeModelChoiceField}
        help_texts = {"agency": _("Wajib untuk Operator OPD dan Kepala OPD.")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        agency_field = self.fields["agency"]
        assert isinstance(agency_field, forms.ModelChoiceField)
        agency_field.queryset = Agency.objects.filter(is_active=True)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("role") in AGENCY_ROLES and not data.get("agency"):
            self.add_error("agency", _("Peran ini harus dikaitkan dengan satu OPD."))
        return data

class InviteForm(MembershipForm):
    email = forms.EmailField(label=_("Email"))
    full_name = forms.CharField(label=_("Nama lengkap"), max_length=150)

    class Meta(MembershipForm.Meta):
        fields = ["email", "full_name", "role", "agency"]

class ImportForm(BootstrapFormMixin, forms.Form):
    """An XLSX upload; the size limit shown is the one pantau.spreadsheets.reader enforces."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        limit_mb = settings.UPLOAD_MAX_BYTES // (1024 * 1024)
        self.fields["file"].help_text = _(
            "Gunakan templat yang disediakan. Maksimal %(mb)s MB.") % {"mb": limit_mb}

    file = forms.FileField(
        label=_("Berkas XLSX"),
        help_text=_("Gunakan templat yang disediakan."),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".xlsx," + XLSX_CONTENT_TYPE}
        ),
    )

ROLE_CHOICES = Role.choices
