"""Every write of the compliance module: keyword-only ``<entity>_<action>`` functions, each one
transaction with its audit event."""
