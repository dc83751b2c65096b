"""The research programs the charity co-funds, with the facts and results it reports.

Figures, people, institutions, years and grants are those the charity's pages give; fields
they say nothing about stay empty, start years included (the earliest year the pages
associate with a program: the year the charity began supporting it, or a dated milestone).

Listed so that a program is created before the programs that link to it or follow it.
"""

from dataclasses import dataclass
from decimal import Decimal

from charity.operations.demo.text import EMPTY, T, heading, key_result, paragraph, quote
from programs.models import ProgramKind, ProgramStatus


@dataclass(frozen=True)
class GrantData:
    year: int
    amount_eur: Decimal
    note: T


@dataclass(frozen=True)
class ProgramData:
    key: str
    slug: str
    acronym: T
    title: T
    summary: T
    kind: str
    start_year: int | None = None
    status: str = ProgramStatus.ONGOING
    full_title: T = EMPTY
    patients_included: int | None = None
    therapies_tested: int | None = None
    centres_count: int | None = None
    headline_result: T = EMPTY
    diseases: tuple = ()
    investigators: tuple = ()
    institutions: tuple = ()
    recommended_by: tuple = ()
    follows: str | None = None
    grants: tuple = ()
    body: tuple = ()


def same(text):
    return T(text, text)


PROGRAMS = [
    ProgramData(
        key="micchado",
        slug="micchado",
        acronym=same("MICCHADO"),
        title=same("MICCHADO"),
        kind=ProgramKind.GENOMIC_SEQUENCING,
        start_year=2016,
        patients_included=512,
        headline_result=T(
            "Les facteurs des cancers à haut risque identifiés dès le diagnostic",
            "Factors linked to high-risk cancers identified at diagnosis",
        ),
        investigators=("gudrun-schleiermacher",),
        institutions=("institut-curie",),
        summary=T(
            "Analyser dès le diagnostic les tumeurs des enfants atteints d'un cancer à haut "
            "risque, pour leur ouvrir l'accès à la médecine de précision.",
            "Analysing the tumours of children with high-risk cancer at diagnosis, so that "
            "they can benefit from precision medicine.",
        ),
        body=(
            paragraph(
                "<p>Comprendre les facteurs et les mécanismes liés à l'apparition et au "
                "développement des cancers de l'enfant est essentiel. L'étude MICCHADO, "
                "dirigée par le Dr Gudrun Schleiermacher (Institut Curie), a inclus plus de "
                "512 patients. Elle a permis de déterminer l'ensemble des facteurs "
                "spécifiquement liés aux cancers à haut risque au moment du diagnostic, afin "
                "que les enfants puissent bénéficier d'un traitement de médecine de "
                "précision.</p>",
                "<p>Understanding the factors and mechanisms linked to the appearance and "
                "development of childhood cancers is essential. The MICCHADO study, led by "
                "Dr Gudrun Schleiermacher (Institut Curie), included more than 512 patients. "
                "It made it possible to determine all the factors specifically linked to "
                "high-risk cancers at the time of diagnosis, so that children can benefit "
                "from a precision medicine treatment.</p>",
            ),
            key_result("512+", T("patients inclus", "patients included")),
            heading(
                "Suivre la tumeur par une prise de sang", "Following the tumour with a blood test"
            ),
            paragraph(
                "<p>En plus de l'ADN tumoral, les chercheurs analysent aussi l'ADN tumoral "
                "circulant. Réalisée à partir d'une simple prise de sang, cette analyse permet "
                "de suivre l'évolution de la tumeur dans le temps et d'adapter les traitements "
                "si nécessaire.</p>",
                "<p>In addition to tumour DNA, researchers also analyse circulating tumour "
                "DNA. Carried out from a simple blood test, this analysis makes it possible to "
                "monitor the evolution of the tumour over time and to adapt treatments if "
                "necessary.</p>",
            ),
            heading(
                "Intégré au Plan France Médecine Génomique 2025",
                "Part of France Genomic Medicine 2025",
            ),
            paragraph(
                "<p>Depuis 2016, Imagine for Margo soutient les grands programmes de "
                "séquençage destinés à chaque enfant atteint d'un cancer à haut risque "
                "(MICCHADO) ou en rechute (MAPPYACTS). Plus de 3 600 enfants en ont bénéficié, "
                "et ces programmes sont désormais intégrés au Plan France Médecine Génomique "
                "2025.</p>",
                "<p>Since 2016, Imagine for Margo has supported major sequencing programs for "
                "every child with cancer at high risk (MICCHADO) or in relapse (MAPPYACTS). "
                "More than 3,600 children have benefited from them, and they are now "
                "integrated into the France Genomic Medicine 2025 framework.</p>",
            ),
        ),
    ),
    ProgramData(
        key="mappyacts",
        slug="mappyacts",
        acronym=same("MAPPYACTS"),
        title=same("MAPPYACTS"),
        kind=ProgramKind.GENOMIC_SEQUENCING,
        start_year=2016,
        headline_result=T(
            "De nombreuses cibles moléculaires identifiées", "Numerous molecular targets identified"
        ),
        investigators=("birgit-geoerger",),
        institutions=("gustave-roussy",),
        summary=T(
            "Séquencer la tumeur de chaque enfant en rechute pour trouver son point faible et "
            "l'orienter vers un traitement ciblé.",
            "Sequencing the tumour of every child whose cancer has relapsed, to find its "
            "weakness and guide them towards a targeted treatment.",
        ),
        body=(
            heading("Accélérer la médecine de précision", "Accelerating precision medicine"),
            paragraph(
                "<p>À la création d'Imagine for Margo, lorsque les traitements de première "
                "ligne échouaient, peu de solutions thérapeutiques innovantes étaient "
                "disponibles pour les enfants. Depuis 2016, l'association soutient les grands "
                "programmes de séquençage destinés à chaque enfant atteint d'un cancer en "
                "rechute (MAPPYACTS) ou à haut risque ([[program:micchado|MICCHADO]]).</p>"
                "<p>Séquencer une tumeur, c'est chercher son « point faible » pour cibler le "
                "meilleur traitement possible. Plus de 3 600 enfants ont bénéficié de ces "
                "programmes, désormais intégrés au Plan France Médecine Génomique 2025. Ils "
                "ont permis d'identifier de nombreuses cibles moléculaires ; pour deux tiers "
                "d'entre elles, malheureusement, aucun médicament n'existe encore.</p>",
                "<p>At the inception of Imagine for Margo, when frontline treatments failed, "
                "few innovative therapeutic solutions were available for children. Since "
                "2016, the charity has supported major sequencing programs for every child "
                "with relapsed cancer (MAPPYACTS) or at high risk "
                "([[program:micchado|MICCHADO]]).</p>"
                "<p>Sequencing a tumour means finding its “weakness” in order to target the "
                "best possible treatment. More than 3,600 children have benefited from these "
                "programs, now integrated into the France Genomic Medicine 2025 framework. "
                "They have identified numerous molecular targets, for two-thirds of which, "
                "unfortunately, no drugs currently exist.</p>",
            ),
            key_result(
                T("3 600+", "3,600+"),
                T(
                    "enfants ont bénéficié de MAPPYACTS et MICCHADO",
                    "children benefited from MAPPYACTS and MICCHADO",
                ),
            ),
            heading("Du profil moléculaire au traitement", "From molecular profile to treatment"),
            paragraph(
                "<p>Un comité de spécialistes analyse le profil moléculaire des enfants et "
                "peut orienter leurs patients vers le programme AcSé-ESMART. C'est aussi "
                "grâce à MAPPYACTS que tous les enfants dont la tumeur porte l'anomalie NTRK "
                "ont pu être identifiés et recevoir un nouveau médicament, le larotrectinib "
                "(Tag-N-Track).</p>",
                "<p>A specialist committee analyses the children's molecular profiles and can "
                "guide their patients to the AcSé-ESMART program. Thanks to MAPPYACTS, it was "
                "also possible to identify all children with the NTRK anomaly in their tumour "
                "and provide them with a new drug, larotrectinib (Tag-N-Track).</p>",
            ),
        ),
    ),
    ProgramData(
        key="acse-esmart",
        slug="acse-esmart",
        acronym=same("AcSé-ESMART"),
        title=same("AcSé-ESMART"),
        kind=ProgramKind.PRECISION_MEDICINE_PLATFORM,
        patients_included=254,
        investigators=("birgit-geoerger",),
        institutions=("gustave-roussy",),
        summary=T(
            "Une plateforme d'essais cliniques qui accélère le développement de la médecine "
            "de précision pour les enfants atteints d'un cancer à haut risque ou en rechute.",
            "A clinical trial platform that accelerates the development of precision medicine "
            "for children with high-risk or relapsed cancer.",
        ),
        body=(
            paragraph(
                "<p>Après le séquençage de leur tumeur "
                "([[program:mappyacts|MAPPYACTS]], [[program:micchado|MICCHADO]]), le comité "
                "de spécialistes qui analyse le profil moléculaire des enfants peut orienter "
                "leurs patients vers AcSé-ESMART, une plateforme clinique qui accélère le "
                "développement de la médecine de précision. Elle a inclus 254 enfants atteints "
                "de cancers à haut risque ou en rechute.</p>",
                "<p>After their tumour has been sequenced ([[program:mappyacts|MAPPYACTS]], "
                "[[program:micchado|MICCHADO]]), the specialist committee analysing the "
                "children's molecular profiles can guide their patients to AcSé-ESMART, a "
                "clinical platform accelerating the development of precision medicine. It has "
                "included 254 children with high-risk and relapsed cancers.</p>",
            ),
            key_result(
                "254",
                T("enfants inclus", "children included"),
                T(
                    "Atteints de cancers à haut risque ou en rechute.",
                    "With high-risk and relapsed cancers.",
                ),
            ),
            paragraph(
                "<p>AcSé-ESMART fait partie des programmes financés par Imagine for Margo dont "
                "certaines thérapies testées se sont révélées très efficaces.</p>",
                "<p>AcSé-ESMART is one of the programs funded by Imagine for Margo in which "
                "some of the therapies tested have proven highly effective.</p>",
            ),
        ),
    ),
    ProgramData(
        key="tag-n-track",
        slug="tag-n-track",
        acronym=same("Tag-N-Track"),
        title=same("Tag-N-Track"),
        kind=ProgramKind.CLINICAL_TRIAL,
        headline_result=T("94 % de taux de réponse", "94% response rate"),
        summary=T(
            "Identifier chaque enfant dont la tumeur porte l'anomalie NTRK et le traiter par "
            "le larotrectinib, un médicament ciblé pris sous forme de sirop.",
            "Identifying every child whose tumour carries the NTRK anomaly and treating them "
            "with larotrectinib, a targeted drug taken as a syrup.",
        ),
        body=(
            heading(
                "Le premier grand succès de la médecine de précision",
                "The first major success of precision medicine",
            ),
            paragraph(
                "<p>Grâce au projet [[program:mappyacts|MAPPYACTS]], il a été possible "
                "d'identifier tous les enfants dont la tumeur porte l'anomalie NTRK et de leur "
                "proposer un nouveau médicament : le larotrectinib.</p>",
                "<p>Thanks to the [[program:mappyacts|MAPPYACTS]] project, it was possible to "
                "identify all children with the NTRK anomaly within their tumour and provide "
                "them with a new drug: larotrectinib.</p>",
            ),
            key_result(
                T("94 %", "94%"),
                T("de taux de réponse au larotrectinib", "response rate to larotrectinib"),
                T(
                    "Sans effets secondaires, il est administré sous forme de sirop deux fois "
                    "par jour.",
                    "It has no side effects and is administered as a syrup twice daily.",
                ),
            ),
        ),
    ),
    ProgramData(
        key="ntrk-fibrosarcoma",
        slug="ntrk-fibrosarcome",
        acronym=T("NTRK – fibrosarcomes", "NTRK – fibrosarcoma"),
        title=T("Cibler NTRK dans les fibrosarcomes", "Targeting NTRK in fibrosarcoma"),
        kind=ProgramKind.CLINICAL_TRIAL,
        headline_result=T(
            "Les fibrosarcomes régressent à vue d'œil", "The fibrosarcomas shrink visibly"
        ),
        diseases=("childhood-sarcomas", "brain-tumours"),
        investigators=("daniel-orbach",),
        institutions=("institut-curie",),
        summary=T(
            "Un nouveau médicament sous forme de sirop, qui cible l'anomalie NTRK, a donné "
            "des résultats spectaculaires contre les fibrosarcomes.",
            "A new drug in syrup form that targets the NTRK anomaly has given spectacular "
            "results against fibrosarcoma.",
        ),
        body=(
            paragraph(
                "<p>Une protéine anormale, NTRK, est impliquée dans des cancers de l'enfant et "
                "de l'adulte, notamment les fibrosarcomes et les tumeurs cérébrales. Le "
                "Dr Daniel Orbach (Institut Curie) a testé un nouveau médicament sous forme de "
                "sirop, qui cible spécifiquement cette anomalie, et obtenu des résultats "
                "spectaculaires.</p>",
                "<p>An abnormal protein, NTRK, is involved in paediatric and adult cancers, "
                "notably fibrosarcomas and brain tumours. Dr Daniel Orbach (Institut Curie) "
                "tested a new drug in syrup form, which specifically targets this anomaly, "
                "and obtained spectacular results.</p>",
            ),
            quote(
                T(
                    "Les tumeurs (fibrosarcomes) régressent à vue d'œil.",
                    "The tumours (fibrosarcomas) shrink visibly.",
                ),
                "Dr Daniel Orbach",
                T("Institut Curie", "Institut Curie"),
            ),
            heading("Et dans les tumeurs cérébrales ?", "And in brain tumours?"),
            paragraph(
                "<p>Une collaboration internationale a été mise en place pour détecter NTRK "
                "dans les [[disease:brain-tumours|tumeurs cérébrales]], dans l'espoir que ce "
                "médicament y soit tout aussi efficace.</p>",
                "<p>An international collaboration has been set up to detect NTRK in "
                "[[disease:brain-tumours|brain tumours]], with the hope that this drug could "
                "be just as effective there.</p>",
            ),
        ),
    ),
    ProgramData(
        key="biomede",
        slug="biomede",
        acronym=same("BIOMEDE"),
        title=same("BIOMEDE"),
        kind=ProgramKind.CLINICAL_TRIAL,
        status=ProgramStatus.COMPLETED,
        start_year=2014,
        headline_result=T(
            "8 enfants survivants à long terme, une première mondiale",
            "8 long-term survivors, a first worldwide",
        ),
        diseases=("dipg", "brain-tumours"),
        investigators=("jacques-grill",),
        institutions=("gustave-roussy",),
        grants=(
            GrantData(
                year=2014,
                amount_eur=Decimal("1600000"),
                note=T(
                    "1,6 million d'euros alloués depuis 2014",
                    "1.6 million euros allocated since 2014",
                ),
            ),
        ),
        summary=T(
            "Le plus grand essai clinique mené sur le gliome infiltrant du tronc cérébral "
            "(DIPG), un cancer au pronostic très sombre.",
            "The largest clinical trial conducted on diffuse intrinsic pontine glioma (DIPG), "
            "a cancer with a very poor prognosis.",
        ),
        body=(
            paragraph(
                "<p>Le programme BIOMEDE sur les gliomes infiltrants du tronc cérébral, mené "
                "par le Dr Jacques Grill (Gustave Roussy) et soutenu par Imagine for Margo "
                "depuis 2014 (1,6 million d'euros alloués), est le plus grand essai clinique "
                "mené sur le [[disease:dipg|DIPG]], une maladie qui ne laisse généralement "
                "que quelques mois d'espérance de vie après le diagnostic.</p>",
                "<p>The BIOMEDE program on infiltrating gliomas of the brainstem, led by "
                "Dr Jacques Grill (Gustave Roussy) and supported by Imagine for Margo since "
                "2014 (1.6 million euros allocated), is the largest clinical trial conducted "
                "on [[disease:dipg|DIPG]], a disease which typically allows only a few months "
                "of life expectancy after diagnosis.</p>",
            ),
            heading("Nos premières victoires contre le DIPG", "Our first victories against DIPG"),
            paragraph(
                "<p>Cet essai a amélioré la compréhension et le traitement de la maladie, et "
                "produit des résultats inattendus : pour la première fois au monde, huit "
                "enfants sont des survivants à long terme de ce cancer. Le séquençage de leur "
                "tumeur a permis de comprendre les raisons de ce succès, ouvrant ainsi des "
                "perspectives prometteuses.</p>",
                "<p>This trial has improved the understanding and treatment of the disease, "
                "and produced unexpected results: for the first time worldwide, eight "
                "children are long-term survivors of this cancer. The sequencing of their "
                "tumours has made it possible to understand the reasons for this success, "
                "opening up promising perspectives.</p>",
            ),
            key_result(
                "8",
                T("enfants survivants à long terme", "children who are long-term survivors"),
                T("Une première mondiale.", "A first worldwide."),
            ),
            heading("La suite", "What comes next"),
            paragraph(
                "<p>Ces travaux se poursuivent avec BIOMEDE 2, l'essai clinique PATOI et un "
                "programme mené par le Dr David Castel.</p>",
                "<p>This work continues through BIOMEDE 2, the PATOI clinical trial and a "
                "program led by Dr David Castel.</p>",
            ),
        ),
    ),
    ProgramData(
        key="biomede-2",
        slug="biomede-2",
        acronym=same("BIOMEDE 2"),
        title=same("BIOMEDE 2"),
        kind=ProgramKind.CLINICAL_TRIAL,
        diseases=("dipg", "brain-tumours"),
        follows="biomede",
        summary=T(
            "La suite de BIOMEDE, le plus grand essai clinique mené sur le gliome infiltrant "
            "du tronc cérébral (DIPG).",
            "The continuation of BIOMEDE, the largest clinical trial conducted on diffuse "
            "intrinsic pontine glioma (DIPG).",
        ),
        body=(
            paragraph(
                "<p>BIOMEDE 2 prolonge les travaux de [[program:biomede|BIOMEDE]], le plus "
                "grand essai clinique mené sur le [[disease:dipg|DIPG]], grâce auquel, pour "
                "la première fois au monde, huit enfants sont des survivants à long terme de "
                "cette maladie.</p>",
                "<p>BIOMEDE 2 continues the work of [[program:biomede|BIOMEDE]], the largest "
                "clinical trial conducted on [[disease:dipg|DIPG]], thanks to which, for the "
                "first time worldwide, eight children are long-term survivors of this "
                "disease.</p>",
            ),
        ),
    ),
    ProgramData(
        key="patoi",
        slug="patoi",
        acronym=same("PATOI"),
        title=same("PATOI"),
        kind=ProgramKind.CLINICAL_TRIAL,
        diseases=("dipg", "brain-tumours"),
        follows="biomede",
        summary=T(
            "Un essai clinique qui prolonge les travaux de BIOMEDE contre le gliome infiltrant "
            "du tronc cérébral (DIPG).",
            "A clinical trial that continues the work of BIOMEDE against diffuse intrinsic "
            "pontine glioma (DIPG).",
        ),
        body=(
            paragraph(
                "<p>L'essai clinique PATOI fait partie des travaux qui prolongent "
                "[[program:biomede|BIOMEDE]], le plus grand essai clinique mené sur le "
                "[[disease:dipg|DIPG]].</p>",
                "<p>The PATOI clinical trial is part of the work that continues "
                "[[program:biomede|BIOMEDE]], the largest clinical trial conducted on "
                "[[disease:dipg|DIPG]].</p>",
            ),
        ),
    ),
    ProgramData(
        key="castel-dipg",
        slug="dipg-david-castel",
        acronym=same("DIPG – D. Castel"),
        title=T("Le programme DIPG du Dr David Castel", "Dr David Castel's DIPG program"),
        kind=ProgramKind.TRANSLATIONAL_RESEARCH,
        diseases=("dipg", "brain-tumours"),
        investigators=("david-castel",),
        follows="biomede",
        summary=T(
            "Un programme de recherche sur le gliome infiltrant du tronc cérébral (DIPG), "
            "dans la lignée de BIOMEDE.",
            "A research program on diffuse intrinsic pontine glioma (DIPG), following on from "
            "BIOMEDE.",
        ),
        body=(
            paragraph(
                "<p>Mené par le Dr David Castel, ce programme fait partie des travaux qui "
                "prolongent [[program:biomede|BIOMEDE]] contre le [[disease:dipg|DIPG]], avec "
                "[[program:biomede-2|BIOMEDE 2]] et l'essai clinique "
                "[[program:patoi|PATOI]].</p>",
                "<p>Led by Dr David Castel, this program is part of the work that continues "
                "[[program:biomede|BIOMEDE]] against [[disease:dipg|DIPG]], alongside "
                "[[program:biomede-2|BIOMEDE 2]] and the [[program:patoi|PATOI]] clinical "
                "trial.</p>",
            ),
        ),
    ),
    ProgramData(
        key="beacon",
        slug="beacon",
        acronym=same("BEACON"),
        title=same("BEACON"),
        kind=ProgramKind.CLINICAL_TRIAL,
        status=ProgramStatus.COMPLETED,
        start_year=2018,
        patients_included=160,
        headline_result=T(
            "Devenu le traitement standard au Royaume-Uni",
            "Became the standard treatment in the United Kingdom",
        ),
        diseases=("neuroblastoma",),
        investigators=("lucas-moreno",),
        institutions=("university-of-birmingham",),
        summary=T(
            "Un projet européen qui teste plusieurs thérapies contre le neuroblastome à haut "
            "risque ; l'une d'elles est devenue le traitement standard au Royaume-Uni.",
            "A European project testing several therapies for high-risk neuroblastoma; one of "
            "them has become the standard treatment in the United Kingdom.",
        ),
        body=(
            paragraph(
                "<p>Imagine for Margo participe au financement du projet BEACON depuis ses "
                "débuts. Ce projet vise à tester plusieurs thérapies contre le "
                "[[disease:neuroblastoma|neuroblastome]] à haut risque, qui représente 10 % "
                "des tumeurs solides de l'enfant de moins de 15 ans et qui est généralement "
                "diagnostiqué à un stade métastatique.</p>",
                "<p>Imagine for Margo has participated in financing the BEACON project since "
                "its beginnings. The project aims to test several therapies on high-risk "
                "[[disease:neuroblastoma|neuroblastoma]], which represents 10% of solid "
                "tumours in children under 15 years of age and is generally diagnosed at a "
                "metastatic stage.</p>",
            ),
            heading("Chimiothérapie et bévacizumab", "Chemotherapy and bevacizumab"),
            paragraph(
                "<p>En 2018, le Dr Lucas Moreno, responsable du projet à l'université de "
                "Birmingham, a décidé de tester l'efficacité de l'association d'une "
                "chimiothérapie et du bévacizumab, un anticorps thérapeutique qui neutralise la "
                "croissance des vaisseaux sanguins nécessaires à la progression de la tumeur. "
                "Au total, 160 jeunes âgés de 1 à 21 ans, venant de 11 pays européens dont la "
                "France, ont bénéficié de ce traitement.</p>",
                "<p>In 2018, Dr Lucas Moreno, project leader at the University of Birmingham, "
                "decided to test the effectiveness of combining chemotherapy with "
                "bevacizumab, a therapeutic antibody that neutralises the growth of the blood "
                "vessels the tumour needs to progress. In total, 160 young people aged 1 to 21 "
                "from 11 European countries, including France, benefited from this "
                "treatment.</p>",
            ),
            key_result(
                "160",
                T("jeunes de 1 à 21 ans traités", "young people aged 1 to 21 treated"),
                T(
                    "Dans 11 pays européens, dont la France.",
                    "In 11 European countries, including France.",
                ),
            ),
            paragraph(
                "<p>Les chances de guérison des patients qui ont reçu l'association de "
                "traitements ont nettement augmenté, et cette nouvelle thérapie est désormais "
                "devenue le traitement standard au Royaume-Uni.</p>",
                "<p>The chances of recovery for patients who received the combination therapy "
                "have greatly increased, and this new therapy has now become the standard "
                "treatment in the United Kingdom.</p>",
            ),
        ),
    ),
    ProgramData(
        key="beacon-immuno",
        slug="beacon-immuno",
        acronym=same("BEACON Immuno"),
        title=same("BEACON Immuno"),
        kind=ProgramKind.CLINICAL_TRIAL,
        diseases=("neuroblastoma",),
        follows="beacon",
        summary=T(
            "Dans la lignée de BEACON, de nouveaux protocoles de traitement pour les enfants "
            "atteints d'un neuroblastome en rechute ou réfractaire.",
            "Following on from BEACON, new treatment protocols for children with relapsed or "
            "refractory neuroblastoma.",
        ),
        body=(
            paragraph(
                "<p>Grâce à l'étude [[program:beacon|BEACON]], puis à BEACON Immuno, il est "
                "désormais possible de mieux soigner les enfants atteints d'un "
                "[[disease:neuroblastoma|neuroblastome]] en rechute ou réfractaire. Ces "
                "nouveaux protocoles de traitement, dont l'un est devenu le standard au "
                "Royaume-Uni, ont amélioré la survie à long terme des enfants.</p>",
                "<p>Thanks to the [[program:beacon|BEACON]] study, and subsequently BEACON "
                "Immuno, it is now possible to better treat children with relapsed or "
                "refractory [[disease:neuroblastoma|neuroblastoma]]. These new treatment "
                "protocols, one of which has become the standard in the UK, have improved "
                "long-term survival for children.</p>",
            ),
        ),
    ),
    ProgramData(
        key="digitwins",
        slug="digitwins",
        acronym=same("DigiTwins"),
        title=same("DigiTwins"),
        kind=ProgramKind.TRANSLATIONAL_RESEARCH,
        diseases=("neuroblastoma",),
        summary=T(
            "Mieux comprendre le neuroblastome pour améliorer encore la survie des enfants.",
            "A better understanding of neuroblastoma, to improve children's survival further.",
        ),
        body=(
            paragraph(
                "<p>Les protocoles issus de [[program:beacon|BEACON]] ont amélioré la survie "
                "à long terme des enfants atteints de [[disease:neuroblastoma|neuroblastome]]. "
                "Pour aller plus loin, il faut notamment mieux comprendre la maladie : c'est "
                "l'objet de DigiTwins.</p>",
                "<p>The protocols that came out of [[program:beacon|BEACON]] have improved "
                "long-term survival for children with [[disease:neuroblastoma|neuroblastoma]]. "
                "To go even further, we need a better understanding of the disease: this is "
                "the aim of DigiTwins.</p>",
            ),
        ),
    ),
    ProgramData(
        key="prevention-of-neuroblastoma-relapse",
        slug="prevention-of-neuroblastoma-relapse",
        acronym=same("Prevention of Neuroblastoma Relapse"),
        title=T(
            "Prévenir les rechutes du neuroblastome (Prevention of Neuroblastoma Relapse)",
            "Prevention of Neuroblastoma Relapse",
        ),
        kind=ProgramKind.TRANSLATIONAL_RESEARCH,
        diseases=("neuroblastoma",),
        summary=T(
            "Prévenir les rechutes du neuroblastome pour améliorer encore la survie des enfants.",
            "Preventing neuroblastoma relapses, to improve children's survival further.",
        ),
        body=(
            paragraph(
                "<p>Les protocoles issus de [[program:beacon|BEACON]] ont amélioré la survie "
                "à long terme des enfants atteints de [[disease:neuroblastoma|neuroblastome]]. "
                "Pour aller plus loin, il faut notamment prévenir les rechutes : c'est l'objet "
                "du programme Prevention of Neuroblastoma Relapse.</p>",
                "<p>The protocols that came out of [[program:beacon|BEACON]] have improved "
                "long-term survival for children with [[disease:neuroblastoma|neuroblastoma]]. "
                "To go even further, relapses must be prevented: this is the aim of the "
                "Prevention of Neuroblastoma Relapse program.</p>",
            ),
        ),
    ),
    ProgramData(
        key="restrain",
        slug="restrain",
        acronym=same("RESTRAIN"),
        title=same("RESTRAIN"),
        kind=ProgramKind.CLINICAL_TRIAL,
        diseases=("neuroblastoma",),
        summary=T(
            "Des traitements plus efficaces et plus ciblés contre le neuroblastome.",
            "More effective and targeted treatments for neuroblastoma.",
        ),
        body=(
            paragraph(
                "<p>Les protocoles issus de [[program:beacon|BEACON]] ont amélioré la survie "
                "à long terme des enfants atteints de [[disease:neuroblastoma|neuroblastome]]. "
                "Pour aller plus loin, il faut notamment des traitements plus efficaces et "
                "plus ciblés : c'est l'objet de RESTRAIN.</p>",
                "<p>The protocols that came out of [[program:beacon|BEACON]] have improved "
                "long-term survival for children with [[disease:neuroblastoma|neuroblastoma]]. "
                "To go even further, we need more effective and targeted treatments: this is "
                "the aim of RESTRAIN.</p>",
            ),
        ),
    ),
    ProgramData(
        key="nivo-alcl",
        slug="nivo-alcl",
        acronym=same("NIVO-ALCL"),
        title=same("NIVO-ALCL"),
        kind=ProgramKind.IMMUNOTHERAPY,
        headline_result=T("50 % de taux de réponse", "50% response rate"),
        diseases=("lymphoma",),
        summary=T(
            "Améliorer la survie des enfants atteints de formes résistantes de lymphome grâce "
            "à un médicament d'immunothérapie, le nivolumab.",
            "Improving survival for children with resistant forms of lymphoma with an "
            "immunotherapy drug, nivolumab.",
        ),
        body=(
            heading("Nous accélérons l'immunothérapie", "We are accelerating immunotherapy"),
            paragraph(
                "<p>Bien que nos projets d'immunothérapie soient récents, certains commencent "
                "à se montrer prometteurs. Le projet NIVO-ALCL améliore la survie des enfants "
                "atteints de formes résistantes de [[disease:lymphoma|lymphome]] grâce à un "
                "médicament d'immunothérapie, le nivolumab.</p>",
                "<p>Although our immunotherapy projects are recent, some have begun to show "
                "promise. The NIVO-ALCL project improves survival for children with resistant "
                "forms of [[disease:lymphoma|lymphoma]] using an immunotherapy drug, "
                "nivolumab.</p>",
            ),
            key_result(
                T("50 %", "50%"), T("de taux de réponse au nivolumab", "response rate to nivolumab")
            ),
        ),
    ),
    ProgramData(
        key="glo-bnhl",
        slug="glo-bnhl",
        acronym=same("GLO-BNHL"),
        title=same("GLO-BNHL"),
        kind=ProgramKind.IMMUNOTHERAPY,
        summary=T(
            "L'un des projets que nous finançons pour renforcer l'efficacité des thérapies "
            "par cellules CAR-T.",
            "One of the projects we fund to enhance the effectiveness of CAR T-cell therapies.",
        ),
        body=(
            paragraph(
                "<p>Nous finançons des projets qui renforcent l'efficacité des thérapies par "
                "cellules CAR-T, en particulier contre les tumeurs solides. GLO-BNHL en fait "
                "partie, comme CARBEMED et les travaux menés à l'université de Nantes.</p>",
                "<p>We fund projects that enhance the effectiveness of CAR T-cell therapies, "
                "particularly against solid tumours. GLO-BNHL is one of them, alongside "
                "CARBEMED and the work carried out at the University of Nantes.</p>",
            ),
        ),
    ),
    ProgramData(
        key="carbemed",
        slug="carbemed",
        acronym=same("CARBEMED"),
        title=same("CARBEMED"),
        kind=ProgramKind.IMMUNOTHERAPY,
        summary=T(
            "L'un des projets que nous finançons pour renforcer l'efficacité des thérapies "
            "par cellules CAR-T, en particulier contre les tumeurs solides.",
            "One of the projects we fund to enhance the effectiveness of CAR T-cell "
            "therapies, particularly against solid tumours.",
        ),
        body=(
            paragraph(
                "<p>Nous finançons des projets qui renforcent l'efficacité des thérapies par "
                "cellules CAR-T, en particulier contre les tumeurs solides. CARBEMED en fait "
                "partie, comme [[program:glo-bnhl|GLO-BNHL]] et les travaux menés à "
                "l'université de Nantes.</p>",
                "<p>We fund projects that enhance the effectiveness of CAR T-cell therapies, "
                "particularly against solid tumours. CARBEMED is one of them, alongside "
                "[[program:glo-bnhl|GLO-BNHL]] and the work carried out at the University of "
                "Nantes.</p>",
            ),
        ),
    ),
    ProgramData(
        key="imagine-nantes",
        slug="imagine-nantes",
        acronym=same("Imagine (Nantes)"),
        title=T(
            "Imagine : les cellules CAR-T à l'université de Nantes",
            "Imagine: CAR T-cells at the University of Nantes",
        ),
        kind=ProgramKind.IMMUNOTHERAPY,
        institutions=("university-of-nantes",),
        summary=T(
            "Des travaux menés à l'université de Nantes pour renforcer l'efficacité des "
            "thérapies par cellules CAR-T, en particulier contre les tumeurs solides.",
            "Work at the University of Nantes to enhance the effectiveness of CAR T-cell "
            "therapies, particularly against solid tumours.",
        ),
        body=(
            paragraph(
                "<p>Nous finançons des projets qui renforcent l'efficacité des thérapies par "
                "cellules CAR-T, en particulier contre les tumeurs solides. Les travaux menés "
                "à l'université de Nantes en font partie, comme "
                "[[program:glo-bnhl|GLO-BNHL]] et [[program:carbemed|CARBEMED]].</p>",
                "<p>We fund projects that enhance the effectiveness of CAR T-cell therapies, "
                "particularly against solid tumours. The work carried out at the University "
                "of Nantes is one of them, alongside [[program:glo-bnhl|GLO-BNHL]] and "
                "[[program:carbemed|CARBEMED]].</p>",
            ),
        ),
    ),
    ProgramData(
        key="sacha",
        slug="sacha",
        acronym=same("SACHA"),
        title=same("SACHA"),
        kind=ProgramKind.DATA_REGISTRY,
        patients_included=779,
        therapies_tested=79,
        centres_count=31,
        headline_result=T("Reconnu par la HAS et l'ANSM", "Recognised by the HAS and the ANSM"),
        investigators=("pablo-berlanga",),
        institutions=("gustave-roussy",),
        summary=T(
            "Une étude unique en Europe qui recueille les données d'efficacité et de "
            "toxicité des nouveaux médicaments prescrits en accès précoce ou compassionnel.",
            "A study, unique in Europe, that collects efficacy and toxicity data on new drugs "
            "prescribed under early or compassionate access.",
        ),
        body=(
            paragraph(
                "<p>Les pédiatres peuvent être amenés à prescrire des médicaments innovants "
                "lorsque les enfants ne peuvent pas être inclus dans un essai clinique : dans "
                "le cadre d'une autorisation temporaire d'utilisation (ATU), ou hors de "
                "l'autorisation de mise sur le marché de médicaments déjà autorisés chez "
                "l'adulte. Jusqu'ici, les données de ces patients restaient dans chaque "
                "hôpital et n'étaient jamais centralisées.</p>",
                "<p>Paediatricians may have to prescribe innovative drugs when children cannot "
                "be included in a clinical trial: under a Temporary Authorisation for Use "
                "(ATU), or outside the marketing authorisation of medicines already "
                "authorised for adults. Until now, the data of these patients remained within "
                "each hospital and were never centralised.</p>",
            ),
            heading(
                "L'accès aux thérapies innovantes sécurisé",
                "Access to innovative therapies secured",
            ),
            paragraph(
                "<p>Pour sécuriser l'accès à ces thérapies innovantes, le Dr Pablo Berlanga "
                "(Gustave Roussy) a lancé le programme SACHA, qui recueille les données de "
                "toxicité et d'efficacité de ces traitements dans 31 centres français et, "
                "depuis 2023, à l'international. Des recommandations ont été établies pour "
                "certains de ces médicaments.</p>",
                "<p>With the aim of securing access to these innovative therapies, Dr Pablo "
                "Berlanga (Gustave Roussy) launched the SACHA program, which collects data on "
                "the toxicity and efficacy of these treatments in 31 French centres and, "
                "since 2023, internationally. Recommendations have been established for some "
                "of these drugs.</p>",
            ),
            key_result(
                "779+",
                T("patients inclus", "patients included"),
                T("Ils ont reçu 79 nouvelles thérapies.", "They received 79 new therapies."),
            ),
            paragraph(
                "<p>Unique en Europe, l'étude SACHA a été publiée et reconnue comme source de "
                "données exploitables par la Haute Autorité de santé (HAS) et l'Agence "
                "nationale de sécurité du médicament et des produits de santé (ANSM).</p>",
                "<p>Unique in Europe, the SACHA study has been published and recognised as a "
                "source of usable data by the French National Authority for Health (HAS) and "
                "the National Agency for the Safety of Medicines and Health Products "
                "(ANSM).</p>",
            ),
        ),
    ),
    ProgramData(
        key="osteosarcoma-doxorubicin",
        slug="osteosarcome-doxorubicine",
        acronym=T("Ostéosarcome – doxorubicine", "Osteosarcoma – doxorubicin"),
        title=T(
            "La résistance de l'ostéosarcome à la doxorubicine",
            "Doxorubicin resistance in osteosarcoma",
        ),
        kind=ProgramKind.TRANSLATIONAL_RESEARCH,
        headline_result=T(
            "La sensibilité des cellules à la doxorubicine restaurée",
            "Cells' sensitivity to doxorubicin restored",
        ),
        diseases=("osteosarcoma", "childhood-sarcomas"),
        investigators=("ory",),
        institutions=("university-of-nantes",),
        summary=T(
            "Comprendre pourquoi des cellules d'ostéosarcome résistent à la doxorubicine, et "
            "leur rendre leur sensibilité à cette chimiothérapie.",
            "Understanding why osteosarcoma cells resist doxorubicin, and restoring their "
            "sensitivity to this chemotherapy.",
        ),
        body=(
            paragraph(
                "<p>Il est crucial de mieux comprendre les mécanismes de résistance aux "
                "traitements que développent les tumeurs. L'équipe du Pr Ory (université de "
                "Nantes) a récemment démontré l'activation de régions génétiques spécifiques "
                "dans les cellules d'[[disease:osteosarcoma|ostéosarcome]] résistantes à la "
                "doxorubicine, une chimiothérapie couramment utilisée contre ce cancer de "
                "l'os.</p>",
                "<p>It is crucial to better understand the mechanisms of resistance to "
                "treatment that tumours develop. Professor Ory's team (University of Nantes) "
                "recently demonstrated the activation of specific genetic regions in "
                "[[disease:osteosarcoma|osteosarcoma]] cells resistant to doxorubicin, a "
                "chemotherapy commonly used for this bone cancer.</p>",
            ),
            paragraph(
                "<p>Ces domaines génétiques favorisent la production de protéines qui "
                "empêchent le médicament d'entrer dans la cellule, inhibant ainsi son effet "
                "thérapeutique. L'équipe a montré que cibler ces séquences génétiques rend aux "
                "cellules leur sensibilité à la doxorubicine, ouvrant une piste thérapeutique "
                "prometteuse qu'il faudra explorer en clinique.</p>",
                "<p>These genetic domains promote the production of proteins that hinder the "
                "entry of the drug into the cell, thus inhibiting its therapeutic effect. The "
                "team showed that targeting these genetic sequences restores the sensitivity "
                "of these cells to doxorubicin, opening a promising therapeutic avenue that "
                "will need to be explored clinically.</p>",
            ),
        ),
    ),
    ProgramData(
        key="fight-kids-cancer",
        slug="fight-kids-cancer",
        acronym=same("Fight Kids Cancer"),
        title=same("Fight Kids Cancer"),
        kind=ProgramKind.CALL_FOR_PROJECTS,
        start_year=2020,
        diseases=("brain-tumours",),
        institutions=("kickcancer", "kriibskrank-kanner", "kika", "cris"),
        recommended_by=("fight-kids-cancer-committee",),
        summary=T(
            "Un appel à projets européen, cocréé en 2020, qui met en commun les fonds de "
            "plusieurs associations pour financer les programmes de recherche les plus "
            "innovants d'Europe.",
            "A European call for projects, co-created in 2020, that pools the funds of "
            "several charities to finance the most innovative research programs in Europe.",
        ),
        body=(
            paragraph(
                "<p>Fight Kids Cancer est un appel à projets européen qu'Imagine for Margo a "
                "lancé en 2020 avec la fondation belge KickCancer et la fondation "
                "luxembourgeoise Kriibskrank Kanner. Soutenue aussi par d'autres associations "
                "européennes, Kika et CRIS, cette initiative permet de mettre les fonds en "
                "commun pour financer les programmes de recherche les plus innovants et de "
                "très grande envergure en Europe.</p>",
                "<p>Fight Kids Cancer is a European call for projects that Imagine for Margo "
                "launched in 2020 with the Belgian KickCancer Foundation and the Luxembourg "
                "Kriibskrank Kanner Foundation. Also supported by other European "
                "associations, Kika and CRIS, the initiative makes it possible to pool funds "
                "in order to finance the most innovative, very large-scale research programs "
                "in Europe.</p>",
            ),
            paragraph(
                "<p>Les projets sont sélectionnés par un comité scientifique indépendant pour "
                "leur excellence scientifique et leur capacité à apporter des réponses ou des "
                "solutions concrètes aux patients.</p>",
                "<p>The projects are selected by an independent scientific committee for their "
                "scientific excellence and their ability to provide answers or concrete "
                "solutions for patients.</p>",
            ),
            heading(
                "Un appel consacré aux tumeurs cérébrales", "A call dedicated to brain tumours"
            ),
            paragraph(
                "<p>Un appel à projets Fight Kids Cancer a été consacré aux "
                "[[disease:brain-tumours|tumeurs cérébrales]], qui représentent près de 30 % "
                "des cancers pédiatriques et pour lesquelles les avancées thérapeutiques ont "
                "été rares au cours des 30 dernières années. Plus de 3 000 enfants en Europe, "
                "dont 500 en France, sont diagnostiqués chaque année.</p>",
                "<p>One Fight Kids Cancer call for projects was dedicated to "
                "[[disease:brain-tumours|brain tumours]], which represent nearly 30% of "
                "paediatric cancers and for which therapeutic advances have been rare over "
                "the last 30 years. More than 3,000 children in Europe, including 500 in "
                "France, are diagnosed with them every year.</p>",
            ),
        ),
    ),
]
