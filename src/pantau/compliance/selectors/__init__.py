"""Reads of the compliance module shared by pages, exports, reports and the API."""
