"""An audit event, once written, cannot be changed or deleted through the ORM."""

from __future__ import annotations

import pytest
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent, AuditEventImmutable
from pantau.audit.services import audit_record
from tests.personas import World


@pytest.fixture
def event(world: World) -> AuditEvent:
    with scopes_disabled():
        return audit_record(actor=world.user("admin"), action="tenancy.agency.updated",
                            obj=world.opd_a, changes={"head_name": ["A", "B"]})


def test_saving_a_changed_event_raises(event: AuditEvent) -> None:
    event.note = "ditulis ulang"
    with pytest.raises(AuditEventImmutable):
        event.save()


def test_deleting_an_event_raises(event: AuditEvent) -> None:
    with pytest.raises(AuditEventImmutable):
        event.delete()


def test_bulk_update_and_bulk_delete_raise(event: AuditEvent) -> None:
    with scopes_disabled():
        with pytest.raises(AuditEventImmutable):
            AuditEvent.objects.filter(pk=event.pk).update(note="ditulis ulang")
        with pytest.raises(AuditEventImmutable):
            AuditEvent.objects.filter(pk=event.pk).delete()


def test_the_event_is_unchanged_after_the_attempts(event: AuditEvent) -> None:
    for attempt in (event.delete, lambda: AuditEvent.objects.filter(pk=event.pk).delete()):
        with scopes_disabled(), pytest.raises(AuditEventImmutable):
            attempt()

    with scopes_disabled():
        stored = AuditEvent.objects.get(pk=event.pk)
    assert stored.changes == {"head_name": ["A", "B"]}
    assert stored.note == ""
