"""Writes the SKM demo: surveys, a year of responses, a handful of invalidations, the rollup.

Rows are plain tuples inserted with ``executemany`` in one transaction (model instances and
``bulk_create`` cost more than the SQL); columns the generator does not fill get the model
default; the rollup is rebuilt once at the end (``rollup_recount``).
"""

from __future__ import annotations

import datetime
import random
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import connection, transaction
from django.utils import timezone
from django_scopes import scope

from pantau.audit.services import audit_record
from pantau.dbstats import refresh_planner_statistics
from pantau.demo.surveys import data, draw
from pantau.surveys.models import Survey, SurveyDailyTally, SurveyMonthlyTally, SurveyResponse
from pantau.surveys.questions import ELEMENT_FIELDS, AgeBand, Education, Occupation, Sex
from pantau.surveys.services.recount import rollup_recount
from pantau.tenancy.models import Membership, Region, Role, ServiceProduct, ServiceUnit

BATCH = 20_000
COLUMNS = ("region_id", "survey_id", "unit_id", "submitted_at", "day", *ELEMENT_FIELDS,
           "age_band", "sex", "education", "occupation", "product_id", "comment", "token",
           "is_valid", "invalid_reason", "invalidated_by_id", "invalidated_at")
PROFILE_CHOICES = (AgeBand.values, Sex.values, Education.values, Occupation.values)

Row = tuple[Any, ...]


def _utc_adapter() -> Callable[[datetime.datetime], Any]:
    """A cheap function turning a naive UTC datetime into what the database takes.

    ``adapt_datetimefield_value`` costs more than generating a whole row; probe what it does
    with an aware UTC value (SQLite: the naive UTC text; PostgreSQL: the value itself).
    """
    adapt = connection.ops.adapt_datetimefield_value
    probe = datetime.datetime(2001, 2, 3, 4, 5, 6)
    adapted = adapt(probe.replace(tzinfo=datetime.UTC))
    if adapted == str(probe):
        return str
    if isinstance(adapted, datetime.datetime) and adapted == probe.replace(tzinfo=datetime.UTC):
        return lambda moment: moment.replace(tzinfo=datetime.UTC)
    return lambda moment: adapt(moment.replace(tzinfo=datetime.UTC))


@dataclass
class _Context:
    rng: random.Random
    region: Region
    tz: zoneinfo.ZoneInfo
    first: datetime.date
    last: datetime.date
    surveys: dict[tuple[int, int], Survey]
    products: dict[int, list[int]]
    calendars: dict[str, draw.Calendar] = field(default_factory=dict)
    now: datetime.datetime = field(default_factory=lambda: timezone.now().replace(tzinfo=None))
    adapt: Callable[[datetime.datetime], Any] = field(default_factory=_utc_adapter)
    days: dict[datetime.date, tuple[Any, datetime.datetime]] = field(default_factory=dict)

    def calendar(self, plan: draw.Plan) -> draw.Calendar:
        if plan.calendar_key not in self.calendars:
            self.calendars[plan.calendar_key] = draw.calendar(self.first, self.last, plan)
        return self.calendars[plan.calendar_key]

    def token(self) -> str:
        return f"demo{self.region.pk}-{self.rng.getrandbits(112):028x}"

    def day(self, day: datetime.date) -> tuple[Any, datetime.datetime]:
        """(the day as the database takes it, its local midnight in naive UTC), cached."""
        if day not in self.days:
            noon = datetime.datetime(day.year, day.month, day.day, 12, tzinfo=self.tz)
            offset = noon.utcoffset() or datetime.timedelta()
            self.days[day] = (connection.ops.adapt_datefield_value(day),
                              datetime.datetime(day.year, day.month, day.day) - offset)
        return self.days[day]

    def utc(self, day: datetime.date, seconds: int) -> datetime.datetime:
        """The naive UTC moment ``seconds`` after local midnight of ``day``."""
        return self.day(day)[1] + datetime.timedelta(seconds=max(0, min(seconds, 86_399)))


def _unit_rows(ctx: _Context, plan: draw.Plan) -> list[Row]:
    """The unit's responses of the year, in the order they came in."""
    rng, profile, count = ctx.rng, plan.profile, plan.count
    schedule = data.SCHEDULES[profile.schedule]
    days = sorted(rng.choices(ctx.calendar(plan)[0], cum_weights=ctx.calendar(plan)[1], k=count))
    columns = [draw.draws(rng, values, weights, count) for values, weights in
               zip(PROFILE_CHOICES, data.AUDIENCES[profile.audience], strict=True)]
    products = ctx.products.get(plan.unit.pk, [])
    columns.append(draw.draws(rng, products, [1 / (n + 1) for n in range(len(products))], count)
                   if products else [None] * count)
    span = max(1, (ctx.last - ctx.first).days)
    by_day: dict[datetime.date, tuple[Any, ...]] = {}
    for day in set(days):  # what every response of that day shares
        opens, closes, _ = schedule.days[day.weekday()] or (8.0, 15.0, 1.0)
        by_day[day] = (ctx.surveys[(plan.unit.pk, day.year)].pk, *ctx.day(day), opens, closes,
                       opens + (closes - opens) * 0.3,  # busiest in the first hours
                       plan.level + plan.drift * ((day - ctx.first).days / span - 0.5))
    answers_of, gauss, triangular = draw.Answers(plan.biases), rng.gauss, rng.triangular
    region_id, unit_id, topic, adapt = ctx.region.pk, plan.unit.pk, profile.topic, ctx.adapt
    rows = []
    for day, age, sex, education, occupation, product in zip(days, *columns, strict=True):
        survey_id, date_value, midnight, opens, closes, busiest, level = by_day[day]
        seconds = int(3600 * triangular(opens, closes, busiest))
        answers = answers_of.draw(rng, gauss(level, draw.MOOD_SD))
        rows.append((region_id, survey_id, unit_id,
                     adapt(midnight + datetime.timedelta(seconds=seconds)), date_value, *answers,
                     age, sex, education, occupation, product or None,
                     draw.comment(rng, topic, sum(answers) / 9), ctx.token(),
                     True, "", None, None))
    rows.sort(key=lambda row: row[3])
    return rows


def _invalid_rows(ctx: _Context, plans: list[draw.Plan], actor_id: int | None) -> list[Row]:
    """A handful of responses the evaluator marked invalid: QR trials, a burst, spam."""
    rng = ctx.rng
    busy = [plan for plan in plans if plan.count >= 100]
    if not busy:
        return []
    rows = []

    def add(plan: draw.Plan, day: datetime.date, seconds: int, answers: Sequence[int],
            profile: Sequence[Any], comment: str, reason: str) -> None:
        review = day + datetime.timedelta(days=rng.randint(1, 4))  # the evaluator's next look
        while review.weekday() >= 5 or review in data.HOLIDAYS:
            review += datetime.timedelta(days=1)
        at = min(ctx.utc(review, rng.randrange(9 * 3600, 15 * 3600)), ctx.now)
        rows.append((ctx.region.pk, ctx.surveys[(plan.unit.pk, day.year)].pk, plan.unit.pk,
                     ctx.adapt(ctx.utc(day, seconds)), ctx.day(day)[0], *answers, *profile,
                     comment, ctx.token(), False, reason, actor_id, ctx.adapt(at)))

    nobody = ("", "", "", "", None)
    for plan in rng.sample(busy, min(6, len(busy))):  # staff trying the QR code on day one
        add(plan, ctx.calendar(plan)[0][0], 8 * 3600 + rng.randrange(600, 3600),
            [rng.choice((3, 4)) for _ in ELEMENT_FIELDS], nobody,
            rng.choice(data.TRIAL_COMMENTS), data.TRIAL_REASON)
    plan = rng.choice(busy)  # seven taps in twelve minutes from the counter's tablet
    day = rng.choice(ctx.calendar(plan)[0])
    start = 10 * 3600 + rng.randrange(3600)
    for offset in sorted(rng.sample(range(720), 7)):
        add(plan, day, start + offset, [4] * len(ELEMENT_FIELDS),
            ("30_39", "P", "s1", "pns", None), "", data.BURST_REASON)
    counters = [plan for plan in busy
                if plan.unit.kind == "mpp" and "Disdukcapil" not in plan.unit.name] or busy
    for comment, reason, among in (
        *((comment, reason, busy) for comment, reason in data.SPAM),
        *((comment, data.WRONG_COUNTER_REASON, counters) for comment in data.WRONG_COUNTER),
    ):
        plan = rng.choice(among)
        add(plan, rng.choice(ctx.calendar(plan)[0]), rng.randrange(9 * 3600, 14 * 3600),
            [rng.randint(1, 4) for _ in ELEMENT_FIELDS], nobody, comment, reason)
    return rows


def _insert(rows: list[Row]) -> None:
    fields = {field.attname: field for field in SurveyResponse._meta.concrete_fields
              if not field.primary_key}
    others = [field for name, field in fields.items() if name not in COLUMNS]
    defaults = tuple(field.get_db_prep_save(field.get_default(), connection) for field in others)
    quote = connection.ops.quote_name
    names = [quote(fields[name].column or name) for name in COLUMNS]
    names += [quote(field.column or field.attname) for field in others]
    sql = (f"INSERT INTO {quote(SurveyResponse._meta.db_table)} ({', '.join(names)}) "  # noqa: S608
           f"VALUES ({', '.join(['%s'] * len(names))})")
    with connection.cursor() as cursor:
        cache = None
        if connection.vendor == "sqlite":  # room for the indexes' pages while inserting
            cursor.execute("PRAGMA cache_size")
            cache = int(cursor.fetchone()[0])
            cursor.execute("PRAGMA cache_size = -65536")  # KiB
        for start in range(0, len(rows), BATCH):
            cursor.executemany(sql, [row + defaults for row in rows[start:start + BATCH]])
        if cache is not None:
            cursor.execute(f"PRAGMA cache_size = {cache}")


def _surveys(region: Region, units: list[ServiceUnit], first: datetime.date,
             last_year: int) -> dict[tuple[int, int], Survey]:
    """One survey per unit and calendar year of the demo (found by its title, else created)."""
    existing = {(survey.unit_id, survey.title): survey
                for survey in Survey.objects.filter(region=region)}
    surveys, missing = {}, []
    for unit in units:
        for year in range(first.year, last_year + 1):
            title = f"SKM {year} — {unit.name}"[:200]
            survey = existing.get((unit.pk, title))
            if survey is None:
                survey = Survey(region=region, unit=unit, title=title,
                                starts_on=max(first, datetime.date(year, 1, 1)),
                                ends_on=datetime.date(year, 12, 31))
                missing.append(survey)
            surveys[(unit.pk, year)] = survey
    Survey.objects.bulk_create(missing)
    if any(survey.pk is None for survey in missing):  # a database that returns no ids
        surveys = {key: Survey.objects.get(region=region, unit_id=key[0], title=survey.title)
                   for key, survey in surveys.items()}
    return surveys


def _set_populations(rng: random.Random, plans: list[draw.Plan],
                     surveys: dict[tuple[int, int], Survey], rows: list[Row]) -> None:
    valid = COLUMNS.index("is_valid")
    counts: dict[int, int] = {}
    for row in rows:
        if row[valid]:
            counts[row[1]] = counts.get(row[1], 0) + 1
    short = {plan.unit.pk for plan in plans if plan.short}
    for (unit_id, _year), survey in surveys.items():
        survey.population = draw.population(rng, counts.get(survey.pk, 0), unit_id in short)
    Survey.objects.bulk_update(list(surveys.values()), ["population"], batch_size=500)


def _audit_invalid(rows: list[Row], actor: Any) -> None:
    """The audit event ``response_invalidate`` writes, for each invalid demo response."""
    tokens = [row[COLUMNS.index("token")] for row in rows]
    for response in SurveyResponse.objects.filter(token__in=tokens).select_related("survey"):
        audit_record(
            actor=actor, action="surveys.response.invalidated", obj=response,
            changes={"is_valid": [True, False], "invalid_reason": ["", response.invalid_reason]},
        )


def surveys_demo_load(*, region: Region, total: int = 100_000, seed: int = 2026,
                     today: datetime.date | None = None) -> int:
    """Creates the demo surveys and a year of responses; returns the responses written.

    Does nothing (returns 0) when the Pemda already has responses.
    """
    with scope(region=region.pk), transaction.atomic():
        if SurveyResponse.objects.filter(region=region).exists():
            return 0
        units = list(ServiceUnit.objects.filter(region=region, is_active=True).order_by("pk"))
        if not units:
            return 0
        rng = random.Random(seed)
        tz = zoneinfo.ZoneInfo(region.timezone)
        today = today or timezone.now().astimezone(tz).date()
        last = today - datetime.timedelta(days=1)
        first = last - datetime.timedelta(days=364)
        products: dict[int, list[int]] = {}
        for unit_id, product_id in ServiceProduct.objects.filter(
            region=region, is_active=True
        ).order_by("pk").values_list("unit_id", "pk"):
            products.setdefault(unit_id, []).append(product_id)
        surveys = _surveys(region, units, first, today.year)
        ctx = _Context(rng, region, tz, first, last, surveys, products)
        plans = draw.plans(rng, units, total)
        rows = [row for plan in plans for row in _unit_rows(ctx, plan)]
        membership = Membership.objects.filter(
            region=region, role=Role.EVALUATOR, is_active=True
        ).select_related("user").order_by("pk").first()
        actor = membership.user if membership else None
        invalid = _invalid_rows(ctx, plans, actor.pk if actor else None)
        rows += invalid
        _insert(rows)
        _audit_invalid(invalid, actor)
        _set_populations(rng, plans, surveys, rows)
        rollup_recount(region=region)
        refresh_planner_statistics(Survey, SurveyResponse, SurveyDailyTally, SurveyMonthlyTally)
        return len(rows)
