"""XLSX in and out, below every app: ``writer`` (one table shape, formula injection neutralised)
and ``reader`` (size-limited workbook reading for imports). Plain helpers, no models."""
