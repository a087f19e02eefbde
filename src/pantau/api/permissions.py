"""Who may manage personal API tokens (rules predicates).

What a token may read or write is not decided here: an API request carries its user's
membership and every endpoint checks the same permissions as the pages
(``pantau.performance.permissions``, ``pantau.tenancy.permissions``).
"""

from __future__ import annotations

import rules

from pantau.tenancy.permissions import is_member

# Every member of a Pemda may hold tokens for their own work in that Pemda.
rules.add_perm("api.manage_tokens", is_member)
