"""XLSX in and out for a plan's nodes, indicators and targets (the export round-trips).

``layout`` is the sheet both directions share, ``export`` writes it, ``read`` validates an
uploaded one without writing, ``apply`` writes a clean import in one transaction.
"""
