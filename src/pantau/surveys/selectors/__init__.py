"""Every read of the SKM app, one topic a module; none writes except the rollup fold each
result read runs first (``pantau.surveys.rollup``), so figures are exact.

- ``surveys``: the public survey behind a code, the staff list, counts and responses;
- ``totals``: the one way summed figures become a result (NRR, IKM, grade);
- ``results``: a survey's result, any period per unit, OPD and Pemda, a unit's trend;
- ``publication``: the public page's figures;
- ``profiles``: a survey's respondent profile (raw responses of ONE survey);
- ``report``: the SKM report (PermenPANRB 14/2017 layout) as data for the PDF;
- ``followups``, ``questionnaires``: follow-up plans and the Pemda's wording.
"""
