"""Thin views of the compliance module: parse, check permission, call a service or selector."""
