"""Capaian computed and stored in one place: ``compute`` (one indicator's capaian from its
targets and realizations), ``store`` (every write of ``IndicatorScoreCache``) and ``read`` (the
stored rows, per indicator or added up per OPD). Selectors only read through ``read``.
"""
