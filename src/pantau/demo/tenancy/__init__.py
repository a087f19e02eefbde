"""Demo Pemda, OPDs, service units and products, periods and logins (``load.tenancy_demo_load``)."""
