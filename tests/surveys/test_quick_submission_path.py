"""The lean submission path gives up nothing: the survey copy kept by the process never lets a
closed survey or a wrong product in (the INSERT checks the live rows), and the quick reading of
the answer sheet accepts only what ResponseForm accepts, with the same values."""

from __future__ import annotations

from typing import Any

from django.http import QueryDict
from django.test import Client
from django_scopes import scope, scopes_disabled
from hypothesis import HealthCheck, event, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from pantau.surveys.forms import ResponseForm, plain_answer_sheet
from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.questions import AgeBand, Education, Occupation, Sex
from pantau.surveys.services.surveys import survey_update
from pantau.tenancy.models import ServiceProduct
from tests.personas import World
from tests.surveys.conftest import answers_post, form_url, load_token, valid_count


def test_a_survey_closed_after_the_process_kept_it_takes_nothing(
    survey_a: Survey, settings: Any, rollup_deferred: bool
) -> None:
    settings.SKM_SURVEY_CACHE_SECONDS = 300
    client = Client()
    token = load_token(client, survey_a)  # the process now keeps this survey as open
    with scopes_disabled():
        Survey.objects.filter(pk=survey_a.pk).update(is_active=False)  # behind its back

    page = client.post(form_url(survey_a), answers_post(token))

    assert page.status_code == 403
    assert "tidak dibuka" in page.content.decode()
    assert valid_count(survey_a) == 0


def test_closing_a_survey_through_the_service_is_seen_at_once(
    world: World, survey_a: Survey, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.SKM_SURVEY_CACHE_SECONDS = 300
    Client().get(form_url(survey_a))

    with scopes_disabled():
        survey = Survey.objects.get(pk=survey_a.pk)
    with scope(region=survey.region_id), django_capture_on_commit_callbacks(execute=True):
        survey_update(actor=world.user("admin"), survey=survey, is_active=False)

    assert Client().get(form_url(survey_a)).status_code == 403


def test_a_product_of_another_unit_is_refused_with_the_form_message(
    world: World, survey_a: Survey, rollup_deferred: bool
) -> None:
    client = Client()

    page = client.post(form_url(survey_a), answers_post(load_token(client, survey_a),
                                                        product=world.product_b.pk))

    assert page.status_code == 200
    assert 'name="product"' in page.content.decode()
    assert valid_count(survey_a) == 0


def test_an_inactive_product_is_refused(
    world: World, survey_a: Survey, rollup_deferred: bool
) -> None:
    client = Client()
    token = load_token(client, survey_a)
    with scopes_disabled():
        ServiceProduct.objects.filter(pk=world.product_a.pk).update(is_active=False)

    page = client.post(form_url(survey_a), answers_post(token, product=world.product_a.pk))

    assert page.status_code == 200
    assert valid_count(survey_a) == 0


def test_a_product_of_the_unit_is_stored_with_the_profile_and_comment(
    world: World, survey_a: Survey, rollup_deferred: bool
) -> None:
    client = Client()

    page = client.post(form_url(survey_a), answers_post(
        load_token(client, survey_a), product=world.product_a.pk, sex="P", age_band="30_39",
        comment="  Antrean cepat.  "))

    assert page.status_code == 302
    with scopes_disabled():
        response = SurveyResponse.objects.get(survey=survey_a)
    assert (response.product_id, response.sex, response.age_band, response.comment) == (
        world.product_a.pk, "P", "30_39", "Antrean cepat.")


FIELD_VALUES = st.one_of(
    st.sampled_from(["", "1", "2", "3", "4", "0", "5", " 3", "3 ", "1.0", "x", "sd", "s1",
                     "L", "P", "lt20", "60p", "pns", "lainnya", "SD", "\x00", "²", "٣"]),
    st.text(max_size=6),
)


PROFILE_CHOICES = {
    "age_band": ["", *AgeBand.values], "sex": ["", *Sex.values],
    "education": ["", *Education.values], "occupation": ["", *Occupation.values],
}


@hypothesis_settings(max_examples=200, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    answers=st.lists(st.sampled_from(["1", "2", "3", "4"]), min_size=9, max_size=9),
    profile=st.fixed_dictionaries({name: st.sampled_from(values)
                                   for name, values in PROFILE_CHOICES.items()}),
    product=st.sampled_from(["", "own", "other", "999999", "12a", " 1", "-1"]),
    comment=st.one_of(st.text(max_size=20), st.just(" " * 5 + "x" * 1000 + " " * 5),
                      st.just("x" * 1001), st.just("ada\x00nol")),
    broken=st.dictionaries(
        st.sampled_from([*(f"u{index}" for index in range(1, 10)), *PROFILE_CHOICES]),
        FIELD_VALUES, max_size=2),
    missing=st.sets(st.sampled_from(["u1", "u5", "sex", "comment", "product"]), max_size=2),
)
def test_the_quick_reading_accepts_only_what_the_form_accepts(
    world: World, answers: list[str], profile: dict[str, str], product: str, comment: str,
    broken: dict[str, str], missing: set[str],
) -> None:
    products = {"own": str(world.product_a.pk), "other": str(world.product_b.pk)}
    data = {f"u{index}": value for index, value in enumerate(answers, start=1)}
    data.update(profile, product=products.get(product, product), comment=comment)
    data.update(broken)
    post = QueryDict(mutable=True)
    for name, value in data.items():
        if name not in missing:
            post[name] = value
    post.update({"token": "t", "website": ""})

    quick = plain_answer_sheet(post)
    with scopes_disabled():
        form = ResponseForm(post, unit=world.unit_a)
        valid = form.is_valid()

    event("quick" if quick else "form")
    if quick is None:
        return  # the form decides, with its messages
    own_product = quick.product_id in (None, world.product_a.pk)
    assert valid == own_product  # a number that is not the unit's product: the INSERT refuses
    if valid:
        chosen = form.cleaned_data.get("product")
        sheet = form.sheet()
        assert quick.answers == sheet.answers
        assert quick.profile == sheet.profile
        assert quick.comment == sheet.comment == form.cleaned_data["comment"]
        assert quick.product_id == sheet.product_id == (chosen.pk if chosen else None)
