"""Every write of the SKM app, one topic a module: each call one transaction, audited except the
public submission (the response row is its own append-only record).

- ``surveys``: a unit's survey set up and changed;
- ``responses``: the public submission, marking a response invalid and counting it again;
- ``recount``: rebuilding a Pemda's rollup from its raw responses;
- ``paper_import``: paper questionnaires typed into the XLSX template;
- ``followups``: follow-up plans for the weakest elements;
- ``questionnaires``: the Pemda's wording of the questionnaire.

The rollup they keep current is ``pantau.surveys.rollup``.
"""
