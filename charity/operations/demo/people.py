"""The researchers and members of the charity named in its pages, and their words."""

from dataclasses import dataclass

from charity.operations.demo.text import T


@dataclass(frozen=True)
class PersonData:
    key: str
    name: str
    role: T
    honorific: str = ""
    organisation: str | None = None  # key of a partner
    bio: T = T("", "")


@dataclass(frozen=True)
class TestimonialData:
    key: str
    person: str
    quote: T
    # Their role as the quote gives it, so that it shows in the quote's language.
    role: T


PEOPLE = [
    PersonData(
        key="patricia-blanc",
        name="Patricia Blanc",
        role=T("Présidente d'Imagine for Margo", "President of Imagine for Margo"),
        bio=T(
            "Patricia Blanc est coautrice de plusieurs publications de référence sur les "
            "cancers de l'enfant.",
            "Patricia Blanc has co-authored several reference publications on childhood cancers.",
        ),
    ),
    PersonData(
        key="gilles-vassal",
        honorific="Prof.",
        name="Gilles Vassal",
        role=T(
            "Directeur de la recherche à Gustave Roussy", "Director of Research at Gustave Roussy"
        ),
        organisation="gustave-roussy",
    ),
    PersonData(
        key="stefan-pfister",
        honorific="Dr",
        name="Stefan Pfister",
        role=T(
            "Président du comité de biologie de l'ITCC", "Chair of the Biology Committee at ITCC"
        ),
        organisation="itcc",
    ),
    PersonData(
        key="birgit-geoerger",
        name="Birgit Geoerger",
        role=T(
            "Chercheuse à Gustave Roussy, directrice des programmes MAPPYACTS et ESMART",
            "Researcher at Gustave Roussy, director of the MAPPYACTS and ESMART programs",
        ),
        organisation="gustave-roussy",
    ),
    PersonData(
        key="gudrun-schleiermacher",
        honorific="Dr",
        name="Gudrun Schleiermacher",
        role=T(
            "Chercheuse à l'Institut Curie, directrice du programme MICCHADO",
            "Researcher at Institut Curie, director of the MICCHADO program",
        ),
        organisation="institut-curie",
    ),
    PersonData(
        key="jacques-grill",
        honorific="Dr",
        name="Jacques Grill",
        role=T(
            "Responsable du programme BIOMEDE à Gustave Roussy",
            "Leader of the BIOMEDE program at Gustave Roussy",
        ),
        organisation="gustave-roussy",
    ),
    PersonData(
        key="daniel-orbach",
        honorific="Dr",
        name="Daniel Orbach",
        role=T(
            "Responsable des travaux sur NTRK dans les fibrosarcomes à l'Institut Curie",
            "Leader of the NTRK work on fibrosarcoma at Institut Curie",
        ),
        organisation="institut-curie",
    ),
    PersonData(
        key="pablo-berlanga",
        honorific="Dr",
        name="Pablo Berlanga",
        role=T(
            "Fondateur du programme SACHA à Gustave Roussy",
            "Founder of the SACHA program at Gustave Roussy",
        ),
        organisation="gustave-roussy",
    ),
    PersonData(
        key="lucas-moreno",
        honorific="Dr",
        name="Lucas Moreno",
        role=T(
            "Responsable du projet BEACON à l'université de Birmingham",
            "BEACON project leader at the University of Birmingham",
        ),
        organisation="university-of-birmingham",
    ),
    PersonData(
        key="david-castel",
        honorific="Dr",
        name="David Castel",
        role=T(
            "Responsable d'un programme de recherche sur le DIPG",
            "Leader of a research program on DIPG",
        ),
    ),
    PersonData(
        key="ory",
        honorific="Prof.",
        # The sources give only his surname.
        name="Ory",
        role=T(
            "Responsable d'une équipe de recherche sur l'ostéosarcome à l'université de Nantes",
            "Head of an osteosarcoma research team at the University of Nantes",
        ),
        organisation="university-of-nantes",
    ),
]


TESTIMONIALS = [
    TestimonialData(
        key="gilles-vassal",
        person="gilles-vassal",
        role=T(
            "Directeur de la recherche à Gustave Roussy", "Director of Research at Gustave Roussy"
        ),
        quote=T(
            "L'association Imagine for Margo a contribué à inscrire le cancer de l'enfant à "
            "l'agenda européen. Grâce à Imagine for Margo, nous gagnons du temps et nous "
            "mettons en place des essais qui n'auraient pas démarré faute de financement.",
            "The Imagine for Margo association has helped place childhood cancer on the "
            "European agenda. Thanks to Imagine for Margo, we are gaining time and we are "
            "implementing tests that would not have started for lack of funding.",
        ),
    ),
    TestimonialData(
        key="stefan-pfister",
        person="stefan-pfister",
        role=T(
            "Président du comité de biologie de l'ITCC", "Chair of the Biology Committee at ITCC"
        ),
        quote=T(
            "Je tiens à vous remercier de nous réunir encore et encore autour de cette cause "
            "et de nous rappeler pour quoi nous nous battons. Car au bout du compte, ce sont "
            "les patients que nous voulons aider, et en ce sens votre soutien nous est très "
            "précieux.",
            "I would like to thank you for bringing us together again and again for this "
            "cause and to remind us what we are striving for. Because at the end, it's the "
            "patients that we want to help and in this sense your support is very helpful.",
        ),
    ),
    TestimonialData(
        key="birgit-geoerger",
        person="birgit-geoerger",
        role=T(
            "Chercheuse à Gustave Roussy, directrice des programmes MAPPYACTS et ESMART",
            "Researcher at Gustave Roussy, director of the MAPPYACTS and ESMART programs",
        ),
        quote=T(
            "Imagine for Margo nous apporte un soutien considérable en finançant nos projets "
            "de manière importante et constante. Cela nous permet d'avancer plus vite dans "
            "nos recherches.",
            "Imagine for Margo provides huge support in backing our projects financially, in "
            "a significant and constant manner. This allows us to move forward faster in our "
            "research.",
        ),
    ),
    TestimonialData(
        key="gudrun-schleiermacher",
        person="gudrun-schleiermacher",
        role=T(
            "Chercheuse à l'Institut Curie, directrice du programme MICCHADO",
            "Researcher at Institut Curie, director of the MICCHADO program",
        ),
        quote=T(
            "Le travail que fait l'association pour réunir, en même temps, les chercheurs, "
            "les cliniciens, les laboratoires, les industriels pharmaceutiques et les familles "
            "est vraiment extrêmement important. L'aide financière est bien sûr très "
            "importante, mais ce qu'apporte Imagine for Margo va au-delà.",
            "The work that the association does to bring together, at the same time, "
            "researchers, clinicians, laboratories, pharmaceuticals, the families, is really "
            "something extremely important. The financial help is of course very important, "
            "but what Imagine for Margo brings goes beyond that.",
        ),
    ),
]
