from django.urls import path

from pantau.tenancy.views import agencies, imports, invitations, periods, units, users

app_name = "tenancy"
urlpatterns = [
    path("opd/", agencies.agency_list_view, name="agency_list"),
    path("opd/baru/", agencies.agency_create_view, name="agency_create"),
    path("opd/impor/", imports.import_view, name="agency_import"),
    path("opd/impor/templat.xlsx", imports.import_template, name="agency_import_template"),
    path("opd/<int:pk>/", agencies.agency_detail, name="agency_detail"),
    path("opd/<int:pk>/ubah/", agencies.agency_update_view, name="agency_update"),
    path("opd/<int:pk>/status/", agencies.agency_toggle_active, name="agency_toggle"),
    path("opd/<int:agency_pk>/unit/baru/", units.unit_create_view, name="unit_create"),
    path("unit/", units.unit_list_view, name="unit_list"),
    path("unit/<int:pk>/", units.unit_detail, name="unit_detail"),
    path("unit/<int:pk>/ubah/", units.unit_update_view, name="unit_update"),
    path("unit/<int:pk>/status/", units.unit_toggle_active, name="unit_toggle"),
    path("unit/<int:unit_pk>/produk/baru/", units.product_create_view, name="product_create"),
    path("produk/<int:pk>/ubah/", units.product_update_view, name="product_update"),
    path("produk/<int:pk>/status/", units.product_toggle_active, name="product_toggle"),
    path("periode/", periods.period_list_view, name="period_list"),
    path("periode/<int:pk>/buka-kembali/", periods.period_reopen_view, name="period_reopen"),
    path("pengguna/", users.membership_list_view, name="membership_list"),
    path("pengguna/undang/", users.membership_invite_view, name="membership_invite"),
    path("pengguna/<int:pk>/ubah/", users.membership_update_view, name="membership_update"),
    path("pengguna/<int:pk>/status/", users.membership_toggle_active, name="membership_toggle"),
    path("pengguna/<int:pk>/kirim-ulang-undangan/", users.membership_resend_invitation_view,
         name="membership_resend_invitation"),
    path("undangan/", invitations.invitation_list_view, name="invitation_list"),
    path("undangan/<int:pk>/terima/", invitations.invitation_accept, name="invitation_accept"),
    path("undangan/<int:pk>/tolak/", invitations.invitation_decline, name="invitation_decline"),
]
