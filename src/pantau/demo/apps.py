from django.apps import AppConfig


class DemoConfig(AppConfig):
    """No models: the demo only writes the domain apps' tables (``manage.py load_demo``)."""

    name = "pantau.demo"
    verbose_name = "Pemda demo"
