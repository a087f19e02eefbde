"""Demo SKM data: a year of believable responses for the demo Pemda's units.

The demo covers the twelve months up to yesterday, as if the Pemda started its QR survey a year
ago: one survey per active unit and calendar year (the first one starts on that first day).
About ``total`` responses (100 000 by default) are shared among the units by how busy each is
(``data``: the Disdukcapil, DPMPTSP and MPP counters, the RSUD and the Puskesmas are busy, a fire
post or a school has few), on the days and hours the unit is open (no Sundays or public holidays
at an office, every day at the IGD or the beach), with a respondent profile that fits its users
and the unit's own service products. Units are ranked into grades (about 20 % A, 10 % C, one D,
the rest B) and each unit's answers are drawn around a score of its grade (``draw``); each
survey's population is set so that most surveys reach their Krejcie–Morgan minimum sample and
about one unit in ten does not. Some respondents write a comment (unhappy ones more often); a
handful of responses were marked invalid by the evaluator, with the fields and the audit event
``response_invalidate`` writes. ``load.surveys_demo_load`` writes it all in one transaction.
"""
