"""The childhood cancers the charity's pages describe, with the figures they give.

Listed so that a page is created before the pages that link to it.
"""

from dataclasses import dataclass

from charity.operations.demo.text import EMPTY, T, figure, heading, paragraph
from diseases.models import DiseaseCategory


@dataclass(frozen=True)
class DiseaseData:
    key: str
    slug: T
    title: T
    category: str
    summary: T
    other_names: T = EMPTY
    share_of_childhood_cancers: T = EMPTY
    incidence: T = EMPTY
    location: T = EMPTY
    key_facts: tuple = ()
    body: tuple = ()


DISEASES = [
    DiseaseData(
        key="nephroblastoma",
        slug=T("nephroblastome", "nephroblastoma"),
        title=T("Néphroblastome", "Nephroblastoma"),
        other_names=T("Tumeur de Wilms", "Wilms' tumour"),
        category=DiseaseCategory.SOLID_TUMOUR,
        summary=T(
            "Le néphroblastome, aussi appelé tumeur de Wilms, est le cancer du rein le plus "
            "fréquent chez l'enfant.",
            "Nephroblastoma, also known as Wilms' tumour, is the most common kidney cancer "
            "in children.",
        ),
        share_of_childhood_cancers=T("5 % à 14 %", "5% to 14%"),
        incidence=T("1 cas pour 10 000 naissances", "1 case per 10,000 births"),
        location=T("Rein", "Kidney"),
        body=(
            heading("Qu'est-ce qu'un néphroblastome ?", "What is a nephroblastoma?"),
            paragraph(
                "<p>Le néphroblastome, aussi appelé tumeur de Wilms, est le cancer du rein le "
                "plus fréquent chez l'enfant. Il représente entre 5 % et 14 % de l'ensemble "
                "des cancers de l'enfant (1 cas pour 10 000 naissances).</p>",
                "<p>Nephroblastoma, also known as Wilms' tumour, is the most common kidney "
                "cancer in children. It accounts for between 5% and 14% of all childhood "
                "cancers (1 case per 10,000 births).</p>",
            ),
        ),
    ),
    DiseaseData(
        key="rhabdomyosarcoma",
        slug=T("rhabdomyosarcome", "rhabdomyosarcoma"),
        title=T("Rhabdomyosarcome", "Rhabdomyosarcoma"),
        other_names=T("RMS", "RMS"),
        category=DiseaseCategory.SARCOMA,
        summary=T(
            "Le rhabdomyosarcome (RMS) est le plus fréquent des cancers des tissus mous chez "
            "l'enfant et l'adolescent. Il reste pourtant un cancer rare.",
            "Rhabdomyosarcoma (RMS) is the most common soft-tissue cancer in children and "
            "adolescents. It nevertheless remains a rare cancer.",
        ),
        location=T("Tissus mous", "Soft tissue"),
        key_facts=(
            figure(
                T("≈ 60 %", "≈ 60%"),
                T(
                    "des cancers des tissus mous de l'enfant et de l'adolescent",
                    "of soft-tissue cancers in children and adolescents",
                ),
            ),
            figure(
                T("5 %", "5%"),
                T("des tumeurs solides de l'enfant", "of all paediatric solid tumours"),
            ),
        ),
        body=(
            heading("Qu'est-ce qu'un rhabdomyosarcome ?", "What is a rhabdomyosarcoma?"),
            paragraph(
                "<p>Le rhabdomyosarcome (RMS) est le cancer des tissus mous le plus fréquent "
                "chez l'enfant et l'adolescent : il représente environ 60 % de ces cancers, "
                "et 5 % de l'ensemble des tumeurs solides de l'enfant. Il reste néanmoins un "
                "cancer rare.</p>",
                "<p>Rhabdomyosarcoma (RMS) is the most common soft-tissue cancer in children "
                "and adolescents: it accounts for approximately 60% of these cancers, and for "
                "5% of all paediatric solid tumours. However, it remains a rare cancer.</p>",
            ),
        ),
    ),
    DiseaseData(
        key="osteosarcoma",
        slug=T("osteosarcome", "osteosarcoma"),
        title=T("Ostéosarcome", "Osteosarcoma"),
        category=DiseaseCategory.SARCOMA,
        summary=T(
            "L'ostéosarcome est un cancer de l'os. Certaines de ses cellules résistent à la "
            "doxorubicine, une chimiothérapie couramment utilisée pour le traiter : la "
            "recherche cherche à lever cette résistance.",
            "Osteosarcoma is a bone cancer. Some of its cells resist doxorubicin, a "
            "chemotherapy commonly used to treat it: research is working to overcome this "
            "resistance.",
        ),
        location=T("Os", "Bone"),
        body=(
            heading(
                "Comprendre la résistance aux traitements", "Understanding resistance to treatment"
            ),
            paragraph(
                "<p>L'équipe du Pr Ory (université de Nantes) a montré que des régions "
                "génétiques spécifiques sont activées dans les cellules d'ostéosarcome "
                "résistantes à la doxorubicine. Elles favorisent la production de protéines "
                "qui empêchent le médicament d'entrer dans la cellule. En ciblant ces "
                "séquences génétiques, l'équipe a rendu aux cellules leur sensibilité à la "
                "doxorubicine : une piste thérapeutique prometteuse, qu'il faudra explorer en "
                "clinique.</p>",
                "<p>Professor Ory's team (University of Nantes) showed that specific genetic "
                "regions are activated in osteosarcoma cells resistant to doxorubicin. They "
                "promote the production of proteins that stop the drug from entering the "
                "cell. By targeting these genetic sequences, the team restored the cells' "
                "sensitivity to doxorubicin: a promising therapeutic avenue that will need to "
                "be explored clinically.</p>",
            ),
        ),
    ),
    DiseaseData(
        key="childhood-sarcomas",
        slug=T("sarcomes-de-l-enfant", "childhood-sarcomas"),
        title=T("Sarcomes de l'enfant", "Childhood sarcomas"),
        category=DiseaseCategory.SARCOMA,
        summary=T(
            "Après les cancers du sang et les tumeurs cérébrales, les sarcomes sont les "
            "tumeurs les plus fréquentes de l'enfant. On distingue les sarcomes des tissus "
            "mous et les sarcomes osseux.",
            "After blood cancers and brain tumours, sarcomas are the most common paediatric "
            "tumours. They are divided into soft-tissue sarcomas and bone sarcomas.",
        ),
        location=T("Tissus mous et os", "Soft tissue and bone"),
        body=(
            heading("Les différents sarcomes", "Types of sarcoma"),
            paragraph(
                "<p>Parmi les sarcomes, on distingue les sarcomes des tissus mous, dont le "
                "plus fréquent est le [[disease:rhabdomyosarcoma|rhabdomyosarcome]], et les "
                "sarcomes osseux, comme l'[[disease:osteosarcoma|ostéosarcome]].</p>",
                "<p>Sarcomas include soft-tissue sarcomas, the most common of which is "
                "[[disease:rhabdomyosarcoma|rhabdomyosarcoma]], and bone sarcomas such as "
                "[[disease:osteosarcoma|osteosarcoma]].</p>",
            ),
            heading("Cibler l'anomalie NTRK", "Targeting the NTRK anomaly"),
            paragraph(
                "<p>Une protéine anormale, NTRK, est impliquée dans certains cancers de "
                "l'enfant, notamment les fibrosarcomes. Un nouveau médicament sous forme de "
                "sirop, qui cible spécifiquement cette anomalie, a donné des résultats "
                "spectaculaires : les fibrosarcomes régressent à vue d'œil.</p>",
                "<p>An abnormal protein, NTRK, is involved in some childhood cancers, notably "
                "fibrosarcomas. A new drug in syrup form, which specifically targets this "
                "anomaly, has given spectacular results: the fibrosarcomas shrink "
                "visibly.</p>",
            ),
        ),
    ),
    DiseaseData(
        key="dipg",
        slug=T("dipg", "dipg"),
        title=T(
            "Gliome infiltrant du tronc cérébral (DIPG)", "Diffuse intrinsic pontine glioma (DIPG)"
        ),
        other_names=T(
            "DIPG, gliome intrinsèque diffus du pont", "DIPG, infiltrating glioma of the brainstem"
        ),
        category=DiseaseCategory.BRAIN_TUMOUR,
        summary=T(
            "Le gliome infiltrant du tronc cérébral (DIPG) est une tumeur de très mauvais "
            "pronostic : il ne laisse généralement que quelques mois d'espérance de vie après "
            "le diagnostic.",
            "Diffuse intrinsic pontine glioma (DIPG) is a tumour with a very poor prognosis: "
            "it typically allows only a few months of life expectancy after diagnosis.",
        ),
        location=T("Tronc cérébral", "Brainstem"),
        key_facts=(
            figure(
                "8",
                T(
                    "enfants survivants à long terme, une première mondiale",
                    "children who are long-term survivors, a first worldwide",
                ),
            ),
        ),
        body=(
            heading("Nos premières victoires", "Our first victories"),
            paragraph(
                "<p>Le programme BIOMEDE est le plus grand essai clinique mené sur cette "
                "maladie. Il en a amélioré la compréhension et le traitement : pour la "
                "première fois au monde, 8 enfants sont des survivants à long terme. Le "
                "séquençage de leur tumeur a permis de comprendre les raisons de ce succès et "
                "ouvre des perspectives prometteuses.</p>"
                "<p>Ces travaux se poursuivent avec BIOMEDE 2, l'essai clinique PATOI et un "
                "programme mené par le Dr David Castel.</p>",
                "<p>The BIOMEDE program is the largest clinical trial conducted on this "
                "disease. It has improved the understanding and treatment of the disease: for "
                "the first time worldwide, 8 children are long-term survivors. Sequencing "
                "their tumours has made it possible to understand the reasons for this "
                "success, opening up promising perspectives.</p>"
                "<p>This work continues through BIOMEDE 2, the PATOI clinical trial and a "
                "program led by Dr David Castel.</p>",
            ),
        ),
    ),
    DiseaseData(
        key="brain-tumours",
        slug=T("tumeurs-cerebrales", "brain-tumours"),
        title=T("Tumeurs cérébrales", "Brain tumours"),
        other_names=T("Tumeurs du système nerveux central", "Central nervous system tumours"),
        category=DiseaseCategory.BRAIN_TUMOUR,
        summary=T(
            "Les tumeurs cérébrales de l'enfant sont des proliférations anormales de cellules "
            "dans le cerveau ou le système nerveux central. Elles sont la deuxième forme de "
            "cancer chez l'enfant, après la leucémie.",
            "Childhood brain tumours are abnormal growths of cells in the brain or central "
            "nervous system. They are the second most common form of cancer in children, "
            "after leukaemia.",
        ),
        share_of_childhood_cancers=T("Près de 30 %", "Nearly 30%"),
        incidence=T(
            "Plus de 3 000 enfants par an en Europe, dont 500 en France",
            "More than 3,000 children a year in Europe, including 500 in France",
        ),
        location=T("Cerveau et système nerveux central", "Brain and central nervous system"),
        body=(
            heading("Des progrès encore trop rares", "Progress that is still too rare"),
            paragraph(
                "<p>Les tumeurs cérébrales représentent près de 30 % des cancers pédiatriques, "
                "et les avancées thérapeutiques ont été rares au cours des 30 dernières "
                "années. Plus de 3 000 enfants en Europe, dont 500 en France, en sont atteints "
                "chaque année : les familles attendent des progrès.</p>",
                "<p>Brain tumours represent nearly 30% of paediatric cancers, and therapeutic "
                "advances have been rare over the last 30 years. More than 3,000 children in "
                "Europe, including 500 in France, are diagnosed with them every year, and "
                "families are waiting for progress.</p>",
            ),
            heading("La recherche que nous soutenons", "The research we support"),
            paragraph(
                "<p>Un appel à projets Fight Kids Cancer a été consacré aux tumeurs "
                "cérébrales. Une collaboration internationale a été mise en place pour "
                "détecter l'anomalie NTRK dans ces tumeurs, dans l'espoir qu'un médicament qui "
                "la cible y soit aussi efficace que dans les fibrosarcomes. Et contre le "
                "[[disease:dipg|gliome infiltrant du tronc cérébral]], le programme BIOMEDE a "
                "permis d'obtenir les premiers survivants à long terme.</p>",
                "<p>A Fight Kids Cancer call for projects was dedicated to brain tumours. An "
                "international collaboration has been set up to detect the NTRK anomaly in "
                "these tumours, in the hope that a drug targeting it will be just as "
                "effective there as in fibrosarcoma. And against "
                "[[disease:dipg|diffuse intrinsic pontine glioma]], the BIOMEDE program has "
                "produced the first long-term survivors.</p>",
            ),
        ),
    ),
    DiseaseData(
        key="neuroblastoma",
        slug=T("neuroblastome", "neuroblastoma"),
        title=T("Neuroblastome", "Neuroblastoma"),
        category=DiseaseCategory.SOLID_TUMOUR,
        summary=T(
            "Le neuroblastome à haut risque représente 10 % des tumeurs solides de l'enfant "
            "de moins de 15 ans. Il est généralement diagnostiqué à un stade métastatique.",
            "High-risk neuroblastoma represents 10% of solid tumours in children under 15. "
            "It is generally diagnosed at a metastatic stage.",
        ),
        key_facts=(
            figure(
                T("10 %", "10%"),
                T(
                    "des tumeurs solides de l'enfant de moins de 15 ans (neuroblastome à haut "
                    "risque)",
                    "of solid tumours in children under 15 (high-risk neuroblastoma)",
                ),
            ),
        ),
        body=(
            heading("L'espérance de vie progresse", "Life expectancy is improving"),
            paragraph(
                "<p>Grâce à l'étude BEACON, puis à BEACON Immuno, il est désormais possible "
                "de mieux soigner les enfants atteints d'un neuroblastome en rechute ou "
                "réfractaire. Ces nouveaux protocoles de traitement, dont l'un est devenu le "
                "traitement standard au Royaume-Uni, ont amélioré la survie à long terme des "
                "enfants.</p>",
                "<p>Thanks to the BEACON study, and subsequently BEACON Immuno, it is now "
                "possible to better treat children with relapsed or refractory "
                "neuroblastoma. These new treatment protocols, one of which has become the "
                "standard in the UK, have improved long-term survival for children.</p>",
            ),
            heading("Aller plus loin", "Going further"),
            paragraph(
                "<p>Il faut aller encore plus loin, en particulier en comprenant mieux la "
                "maladie (DigiTwins), en prévenant les rechutes (Prevention of Neuroblastoma "
                "Relapse) et en développant des traitements plus efficaces et plus ciblés "
                "(RESTRAIN).</p>",
                "<p>We need to go even further, particularly through a better understanding "
                "of the disease (DigiTwins), the prevention of relapses (Prevention of "
                "Neuroblastoma Relapse) and more effective and targeted treatments "
                "(RESTRAIN).</p>",
            ),
        ),
    ),
    DiseaseData(
        key="retinoblastoma",
        slug=T("retinoblastome", "retinoblastoma"),
        title=T("Rétinoblastome", "Retinoblastoma"),
        category=DiseaseCategory.SOLID_TUMOUR,
        summary=T(
            "Le rétinoblastome est une tumeur maligne qui se développe dans la rétine, la "
            "couche de tissu sensible à la lumière située au fond de l'œil. Il se forme à "
            "partir de cellules immatures de la rétine.",
            "Retinoblastoma is a malignant tumour that grows in the retina, the layer of "
            "light-sensitive tissue at the back of the eye. It forms from immature cells in "
            "the retina.",
        ),
        location=T("Rétine, au fond de l'œil", "Retina, at the back of the eye"),
    ),
    DiseaseData(
        key="lymphoma",
        slug=T("lymphomes", "lymphoma"),
        title=T("Lymphomes", "Lymphoma"),
        category=DiseaseCategory.LYMPHOMA,
        summary=T(
            "Certains enfants sont atteints de formes de lymphome qui résistent aux "
            "traitements. L'immunothérapie améliore leur survie.",
            "Some children have forms of lymphoma that resist treatment. Immunotherapy is "
            "improving their survival.",
        ),
        body=(
            heading("L'immunothérapie", "Immunotherapy"),
            paragraph(
                "<p>Le projet NIVO-ALCL améliore la survie des enfants atteints de formes "
                "résistantes de lymphome grâce à un médicament d'immunothérapie, le "
                "nivolumab (taux de réponse : 50 %).</p>",
                "<p>The NIVO-ALCL project improves survival for children with resistant "
                "forms of lymphoma using an immunotherapy drug, nivolumab (response rate: "
                "50%).</p>",
            ),
        ),
    ),
    DiseaseData(
        key="leukaemia",
        slug=T("leucemies", "leukaemia"),
        title=T("Leucémies", "Leukaemia"),
        category=DiseaseCategory.BLOOD_CANCER,
        summary=T(
            "La leucémie est le cancer le plus fréquent chez l'enfant, devant les tumeurs "
            "cérébrales.",
            "Leukaemia is the most common cancer in children, ahead of brain tumours.",
        ),
        body=(
            heading("Trouver le point faible de la maladie", "Finding the weakness of the disease"),
            paragraph(
                "<p>Comme pour les tumeurs, le séquençage complet de la leucémie permet de "
                "trouver son « point faible » afin de cibler le meilleur traitement "
                "possible.</p>",
                "<p>As with tumours, the complete sequencing of leukaemia makes it possible "
                "to find its “weakness” in order to target the best possible treatment.</p>",
            ),
        ),
    ),
]
