"""The readiness report: Pemda summary, official trend and, per lokus unit, the predicted score,
its dimensions, its gaps ranked by points and the actions taken (``data`` reads, ``charts``
draws, ``document`` makes the PDF, ``tables`` the XLSX)."""
