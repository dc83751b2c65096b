"""The charity's events: its yearly seminar for the research community."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from charity.models import EventKind
from charity.operations.demo.text import EMPTY, T, heading, paragraph

PARIS = ZoneInfo("Europe/Paris")


@dataclass(frozen=True)
class EventData:
    key: str
    slug: T
    title: T
    kind: str
    summary: T
    date: datetime.date
    edition: T = EMPTY
    audience: T = EMPTY
    body: tuple = ()

    @property
    def start(self):
        return datetime.datetime.combine(self.date, datetime.time.min, tzinfo=PARIS)

    @property
    def end(self):
        # The times are not announced: the event is shown as lasting the whole day.
        return datetime.datetime.combine(self.date, datetime.time(23, 59), tzinfo=PARIS)


EVENTS = [
    EventData(
        key="fast-seminar-2023",
        slug=T("seminaire-fast-2023", "fast-seminar-2023"),
        title=T("10e édition du séminaire FAST", "FAST seminar, 10th edition"),
        kind=EventKind.SEMINAR,
        edition=T("10e édition", "10th edition"),
        date=datetime.date(2023, 2, 11),
        audience=T("Les acteurs de la recherche en France", "Research stakeholders in France"),
        summary=T(
            "Chaque année en février, nous organisons un séminaire qui réunit les acteurs de "
            "la recherche en France.",
            "Every year in February, we organise a seminar to bring together the research "
            "players in France.",
        ),
        body=(
            heading("Fédérer les acteurs de la recherche", "Uniting the research stakeholders"),
            paragraph(
                "<p>Au-delà de l'aide financière que nous apportons aux chercheurs, nous "
                "mobilisons et fédérons les acteurs de la recherche en France et en Europe, "
                "pour que le cancer de l'enfant devienne une priorité pour tous.</p>"
                "<p>Chaque année en février, nous organisons un séminaire pour réunir les "
                "acteurs de la recherche en France. Sa 10e édition s'est tenue le 11 février "
                "2023.</p>",
                "<p>Beyond the financial assistance that we bring to researchers, we enlist and "
                "unite the research stakeholders in France and Europe so that childhood cancer "
                "becomes a priority for all.</p>"
                "<p>Every year in February, we organise a seminar to bring together the "
                "research players in France. Its 10th edition took place on 11 February "
                "2023.</p>",
            ),
        ),
    ),
]
