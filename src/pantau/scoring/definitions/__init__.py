"""Every official method as data. To add one: define it in a module here and list it in ALL."""

from pantau.scoring.definitions.capaian import CAPAIAN_2017
from pantau.scoring.definitions.ombudsman import OMBUDSMAN_2015, OMBUDSMAN_2022, OMBUDSMAN_2025
from pantau.scoring.definitions.pekppp import PEKPPP_2017, PEKPPP_2022
from pantau.scoring.definitions.sakip import SAKIP_2021
from pantau.scoring.definitions.sampling import KREJCIE_MORGAN_1970
from pantau.scoring.definitions.skm import SKM_2004, SKM_2017
from pantau.scoring.methods import Method

ALL: tuple[Method, ...] = (
    CAPAIAN_2017,
    SKM_2017,
    SKM_2004,
    OMBUDSMAN_2015,
    OMBUDSMAN_2022,
    OMBUDSMAN_2025,
    PEKPPP_2017,
    PEKPPP_2022,
    SAKIP_2021,
    KREJCIE_MORGAN_1970,
)
