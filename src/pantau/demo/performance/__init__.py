"""Demo plans and two years of quarterly data (``load.performance_demo_load``).

``data`` and ``narratives`` hold the names and sentences, ``plans`` builds the RPJMD, the
Renstra, their targets and budget lines, ``quarters`` the realizations, spending, reports,
deadlines and follow-ups of each quarter.
"""
