"""The programs app's pages: one module per page type, each with what only it uses."""

from programs.models.funding_page import FundingPage
from programs.models.program_index_page import ProgramIndexPage
from programs.models.program_page import ProgramKind, ProgramPage, ProgramStatus
from programs.models.program_queryset import KEY_DATA, ProgramPageManager, ProgramPageQuerySet
from programs.models.program_rows import (
    YEAR_VALIDATORS,
    FundingGrant,
    ProgramDisease,
    ProgramInstitution,
    ProgramInvestigator,
)

__all__ = [
    "KEY_DATA",
    "YEAR_VALIDATORS",
    "FundingGrant",
    "FundingPage",
    "ProgramDisease",
    "ProgramIndexPage",
    "ProgramInstitution",
    "ProgramInvestigator",
    "ProgramKind",
    "ProgramPage",
    "ProgramPageManager",
    "ProgramPageQuerySet",
    "ProgramStatus",
]
