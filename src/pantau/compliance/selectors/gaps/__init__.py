"""Gap lists: every indicator below the top of every lokus unit, ranked by what fixing it alone
adds to the Pemda's predicted figure, built from the prediction's own reading of the answers."""

from pantau.compliance.selectors.gaps.ombudsman import ombudsman_gap_list
from pantau.compliance.selectors.gaps.pekppp import pekppp_gap_list
from pantau.compliance.selectors.gaps.rows import GapList, GapRow, next_band, visible

__all__ = ["GapList", "GapRow", "next_band", "ombudsman_gap_list", "pekppp_gap_list", "visible"]
