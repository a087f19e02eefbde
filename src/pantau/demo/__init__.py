"""The demo Pemda "Kabupaten Contoh": every fictional row `manage.py load_demo` writes.

The demo sits on the top floor, beside ``web`` and ``api``: it may import any domain app, and no
domain app imports it. One subpackage per domain app, each shaped the same way: ``data`` holds
the names and figures, ``load`` holds ``<app>_demo_load``, and helpers such as ``draw`` or
``quarters`` hold the generators between them. ``load.demo_load`` runs the three in order.
"""
