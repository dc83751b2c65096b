"""The institutions, committees and charities the charity works with.

The founding members' pages tell, in their own words, how each of them came to support
the Imagine project; websites and the years partnerships began are given only where the
charity's pages state them.
"""

from dataclasses import dataclass

from charity.operations.demo.text import T, figure
from partners.models import PartnerKind

FRANCE = T("France", "France")


@dataclass(frozen=True)
class PartnerData:
    key: str
    slug: T
    title: T
    kind: str
    summary: T
    description: T
    logo_text: str
    short_name: str = ""
    country: T = T("", "")
    partner_since: int | None = None
    key_figures: tuple = ()


PARTNERS = [
    PartnerData(
        key="ap-hp",
        slug=T("ap-hp", "ap-hp"),
        title=T(
            "Assistance Publique – Hôpitaux de Paris",
            "Paris Public Hospitals Group",
        ),
        short_name="AP-HP",
        logo_text="AP-HP",
        kind=PartnerKind.FOUNDING_MEMBER,
        country=FRANCE,
        summary=T(
            "Acteur majeur de la recherche et de l'enseignement en santé, premier promoteur "
            "d'essais cliniques en France.",
            "A prominent player in healthcare research and education, and the largest "
            "clinical trial sponsor in France.",
        ),
        description=T(
            "<p>L'Assistance Publique – Hôpitaux de Paris (AP-HP) est un acteur de premier "
            "plan de la recherche et de l'enseignement dans le domaine de la santé. Elle est "
            "partenaire de 7 UFR (unités de formation et de recherche), de 18 instituts "
            "d'enseignement et de recherche collaboratifs et de 17 centres d'investigation "
            "clinique, et elle gère 12 unités de recherche clinique. Ses sites hospitaliers "
            "accueillent 80 unités de l'INSERM et 13 laboratoires de recherche du CNRS.</p>"
            "<p>Avec plus de 2 000 projets en cours, dont 900 projets de recherche "
            "biomédicale, elle est le premier promoteur d'essais cliniques en France et le "
            "premier centre de recherche biomédicale en Europe. Le grand nombre d'articles "
            "originaux qu'elle publie dans les revues scientifiques en fait un contributeur "
            "considérable aux progrès de la médecine.</p>"
            "<p>En fournissant le terrain sur lequel sera construit le bâtiment pionnier "
            "consacré à la recherche sur les maladies génétiques, l'AP-HP s'implique "
            "pleinement dans le projet Imagine, qui renforcera la synergie entre les équipes "
            "de recherche et les équipes de soins innovants.</p>",
            "<p>The Paris Public Hospitals Group (AP-HP) is a prominent player in "
            "healthcare-related research and education. It is a partner in 7 UFR (training "
            "and research units), 18 collaborative education and research institutes and "
            "17 clinical investigation centres, and it runs 12 clinical research units. "
            "Across its hospital sites, it houses 80 INSERM units and 13 CNRS research "
            "laboratories.</p>"
            "<p>Carrying out more than 2,000 ongoing projects, including 900 biomedical "
            "research projects, it is the largest clinical trial sponsor in France and the "
            "leading centre of biomedical research in Europe. The large number of original "
            "articles it publishes in scientific journals makes it a considerable "
            "contributor to advances in medicine.</p>"
            "<p>By providing the land on which the pioneering building dedicated to research "
            "on genetic diseases will be built, the AP-HP is fully involved in the Imagine "
            "project, which will strengthen the synergy between research and innovative "
            "care teams.</p>",
        ),
        key_figures=(
            figure(T("2 000+", "2,000+"), T("projets en cours", "ongoing projects")),
            figure("900", T("projets de recherche biomédicale", "biomedical research projects")),
            figure("17", T("centres d'investigation clinique", "clinical investigation centres")),
            figure("12", T("unités de recherche clinique", "clinical research units")),
            figure("80", T("unités de l'INSERM sur ses sites", "INSERM units on its sites")),
            figure("13", T("laboratoires du CNRS", "CNRS research laboratories")),
        ),
    ),
    PartnerData(
        key="inserm",
        slug=T("inserm", "inserm"),
        title=T(
            "Institut national de la santé et de la recherche médicale",
            "French National Institute for Health and Medical Research",
        ),
        short_name="INSERM",
        logo_text="INSERM",
        kind=PartnerKind.FOUNDING_MEMBER,
        country=FRANCE,
        summary=T(
            "Le seul organisme public de recherche français entièrement dédié à la santé humaine.",
            "The only public-sector research organisation in France entirely dedicated to "
            "human health.",
        ),
        description=T(
            "<p>Fondé en 1964, l'Institut national de la santé et de la recherche médicale "
            "(INSERM) est placé sous la double tutelle du ministère de la Santé et du "
            "ministère de la Recherche.</p>"
            "<p>L'INSERM est le seul organisme public de recherche français entièrement "
            "dédié à la santé humaine. Ses chercheurs, répartis dans 316 unités de "
            "recherche, étudient toutes les maladies, des plus fréquentes aux plus rares, à "
            "travers des programmes de recherche biologique, médicale et en santé "
            "publique.</p>"
            "<p>Membre fondateur d'Aviesan, l'Alliance nationale pour les sciences de la vie "
            "et de la santé, l'INSERM favorise le dialogue et la collaboration entre "
            "recherche fondamentale, recherche clinique et recherche appliquée, dans les "
            "secteurs public comme privé, d'où ses liens étroits avec la Fondation Imagine. "
            "Cet engagement s'inscrit pleinement dans sa recherche de l'excellence : fédérer "
            "les professionnels de santé autour d'une thématique forte, au sein d'un "
            "environnement hospitalo-universitaire.</p>",
            "<p>Founded in 1964, the French National Institute for Health and Medical "
            "Research (INSERM) operates under the joint authority of the French Ministry of "
            "Health and the French Ministry for Research.</p>"
            "<p>INSERM is the only public-sector research organisation in France entirely "
            "dedicated to human health. Its researchers, spread across 316 research units, "
            "study all types of disease, from the most common to the rarest conditions, in "
            "biological, medical and public health research programs.</p>"
            "<p>As a founding member of Aviesan, France's National Alliance for Life Sciences "
            "and Health, INSERM seeks to foster dialogue and collaboration between "
            "fundamental, clinical and applied research in both the public and private "
            "sectors, which explains its close links with the Imagine Foundation. This "
            "commitment is in line with its efforts to achieve excellence by federating "
            "healthcare professionals around a prominent theme within a university hospital "
            "setting.</p>",
        ),
        key_figures=(
            figure("1964", T("année de sa fondation", "year founded")),
            figure("316", T("unités de recherche", "research units")),
        ),
    ),
    PartnerData(
        key="paris-descartes",
        slug=T("universite-paris-descartes", "paris-descartes-university"),
        title=T("Université Paris Descartes", "Paris Descartes University"),
        logo_text="Université Paris Descartes",
        kind=PartnerKind.FOUNDING_MEMBER,
        country=FRANCE,
        summary=T(
            "Une université dont la biologie humaine et la médecine interne sont des domaines "
            "d'excellence.",
            "A university whose domains of excellence include human biology and internal medicine.",
        ),
        description=T(
            "<p>L'université Paris Descartes accueille plus de 37 600 étudiants, 2 177 "
            "enseignants-chercheurs (dont 800 en médecine) et 2 149 personnels "
            "administratifs et techniques. Elle compte 10 unités de formation et de "
            "recherche (UFR, facultés et instituts universitaires de technologie).</p>"
            "<p>La biologie humaine et la médecine interne font partie de ses domaines "
            "d'excellence : 70 % de ses équipes de recherche travaillent en génétique, "
            "immunologie, chimie biologique, neurosciences, hématologie, oncologie, "
            "endocrinologie et diabétologie. Au total, l'université compte 85 unités mixtes "
            "de recherche, dont 55 avec l'INSERM.</p>"
            "<p>Le projet Imagine s'inscrit pleinement dans ses objectifs en recherche "
            "translationnelle et dans sa volonté de réunir dans un même bâtiment, doté des "
            "meilleurs équipements techniques, des cliniciens et des chercheurs jusque-là "
            "dispersés sur le campus de l'hôpital Necker-Enfants malades.</p>",
            "<p>Paris Descartes University welcomes over 37,600 students, 2,177 faculty "
            "members (including 800 in medicine) and 2,149 administrative and technical "
            "support staff. It includes 10 education and research units (UFR, faculties and "
            "university institutes of technology).</p>"
            "<p>Human biology and internal medicine are among its domains of excellence: 70% "
            "of the university's research groups work in genetics, immunology, biological "
            "chemistry, neurosciences, haematology, oncology, endocrinology and diabetes. In "
            "total, the university has 85 joint research units, including 55 operated with "
            "INSERM.</p>"
            "<p>The Imagine project fits perfectly with the university's objectives in "
            "translational research and its goal of bringing together clinicians and "
            "researchers, previously dispersed across the Necker Children's Hospital campus, "
            "in a single building with the best technical facilities.</p>",
        ),
        key_figures=(
            figure(T("37 600+", "37,600+"), T("étudiants", "students")),
            figure(
                T("2 177", "2,177"),
                T(
                    "enseignants-chercheurs, dont 800 en médecine",
                    "faculty members, 800 in medicine",
                ),
            ),
            figure(
                "85",
                T(
                    "unités mixtes de recherche, dont 55 avec l'INSERM",
                    "joint research units, 55 with INSERM",
                ),
            ),
        ),
    ),
    PartnerData(
        key="afm",
        slug=T("afm", "afm"),
        title=T(
            "Association française contre les myopathies",
            "French Muscular Dystrophy Association",
        ),
        short_name="AFM",
        logo_text="AFM",
        kind=PartnerKind.FOUNDING_MEMBER,
        country=FRANCE,
        summary=T(
            "Créée en 1958 par des malades et des parents de malades pour vaincre les "
            "maladies neuromusculaires.",
            "Created in 1958 by patients and their parents to cure neuromuscular disorders.",
        ),
        description=T(
            "<p>Depuis sa création en 1958 par des malades et des parents de malades, "
            "l'Association française contre les myopathies (AFM) se bat pour guérir les "
            "maladies neuromusculaires et réduire le handicap qu'elles entraînent. Ces "
            "maladies rares, évolutives et très invalidantes, le plus souvent d'origine "
            "génétique, ont longtemps été délaissées par la communauté scientifique et "
            "médicale, et restent mal prises en charge par le système de santé.</p>"
            "<p>Pour changer cette situation, l'AFM a choisi d'élargir son action à "
            "l'ensemble des maladies génétiques et rares, une politique de santé publique "
            "à l'impact bien plus large. Elle explore aujourd'hui toutes les voies de "
            "thérapies innovantes : thérapie génique, chirurgie du gène, thérapie cellulaire "
            "et par cellules souches, traitements pharmacologiques. Elle soutient environ 30 "
            "essais cliniques, prévus ou en cours, dans les maladies neuromusculaires et "
            "d'autres maladies génétiques rares.</p>"
            "<p>L'AFM a décidé de devenir membre fondateur de la Fondation Imagine, qui "
            "réunit soignants, chercheurs et patients pour tirer parti de leurs synergies et "
            "accélérer encore le développement de nouvelles thérapies, avec un seul but : "
            "trouver de nouvelles approches thérapeutiques.</p>",
            "<p>Since its creation in 1958 by patients and their parents, the French "
            "Muscular Dystrophy Association (AFM) has been fighting to cure neuromuscular "
            "disorders and reduce the associated handicaps. These rare, rapidly progressing "
            "and highly disabling diseases, most of which are genetic disorders, were "
            "neglected by the scientific and medical community for a long time and are not "
            "well managed by the healthcare system.</p>"
            "<p>To counter this situation, the AFM chose to focus its activities on genetic "
            "and rare diseases as a whole, a broader public health policy with a much greater "
            "impact. Today it explores all types of innovative therapy: gene therapy, gene "
            "surgery, cell and stem cell therapy and pharmacological treatments. It sponsors "
            "around 30 planned or ongoing clinical trials in neuromuscular disease and other "
            "rare genetic diseases.</p>"
            "<p>The AFM decided to become a founding member of the Imagine Foundation, which "
            "brings together care providers, researchers and patients in order to leverage "
            "synergies and further accelerate the development of new therapies, with one "
            "purpose: finding new therapeutic approaches.</p>",
        ),
        key_figures=(
            figure("1958", T("année de sa création", "year created")),
            figure("≈ 30", T("essais cliniques soutenus", "clinical trials sponsored")),
        ),
    ),
    PartnerData(
        key="paris-city-council",
        slug=T("mairie-de-paris", "paris-city-council"),
        title=T("Mairie de Paris", "Paris City Council"),
        logo_text="Mairie de Paris",
        kind=PartnerKind.FOUNDING_MEMBER,
        country=FRANCE,
        summary=T(
            "Engagée auprès des enfants malades et de leurs familles, aux côtés de la "
            "Fondation Imagine depuis le début du projet.",
            "Committed to ill children and their families, alongside the Imagine Foundation "
            "since the beginning of the project.",
        ),
        description=T(
            "<p>La Mairie de Paris s'est engagée à aider les enfants malades et leurs "
            "familles, en partenariat avec la Fondation Imagine, depuis le début du projet de "
            "création de ce lieu unique consacré aux maladies génétiques. La recherche en "
            "sciences du vivant est essentielle aux progrès médicaux dont bénéficieront nos "
            "enfants dans les années à venir. Ce concept innovant contribue au rayonnement "
            "de Paris et à sa réputation internationale d'excellence scientifique, ainsi qu'à "
            "la formation et à la diffusion des thérapies de pointe.</p>"
            "<p>La Mairie de Paris soutient fortement ce grand projet architectural et "
            "symbolique, situé au sein de l'hôpital Necker-Enfants malades, qui accueillera "
            "dans des conditions optimales chercheurs, médecins, ingénieurs et surtout les "
            "enfants malades et leurs familles.</p>",
            "<p>Paris City Council has committed to helping ill children and their families, "
            "in partnership with the Imagine Foundation, since the beginning of the project to "
            "create this unique place dedicated to genetic diseases. Research in life sciences "
            "is essential for the medical advances our children will benefit from in the "
            "coming years. This innovative concept contributes to the influence of Paris and "
            "its international reputation for scientific excellence, and to the training in "
            "and spread of advanced therapies.</p>"
            "<p>Paris City Council strongly supports this great architectural and symbolic "
            "project within the Necker Children's Hospital complex, which will host "
            "researchers, physicians, engineers and above all ill children and their families "
            "in optimal conditions.</p>",
        ),
    ),
    PartnerData(
        key="fondation-hopitaux",
        slug=T(
            "fondation-hopitaux-de-paris-hopitaux-de-france",
            "hopitaux-de-paris-hopitaux-de-france-foundation",
        ),
        title=T(
            "Fondation Hôpitaux de Paris – Hôpitaux de France",
            "Hôpitaux de Paris – Hôpitaux de France Foundation",
        ),
        logo_text="Fondation Hôpitaux de Paris – Hôpitaux de France",
        kind=PartnerKind.FOUNDING_MEMBER,
        country=FRANCE,
        summary=T(
            "Depuis 1989, elle améliore la vie des enfants, des adolescents et des personnes "
            "âgées hospitalisés.",
            "Since 1989, it has improved the lives of hospitalised children, teenagers and "
            "elderly patients.",
        ),
        description=T(
            "<p>Depuis sa création en 1989, la Fondation Hôpitaux de Paris – Hôpitaux de "
            "France, alors présidée par Mme Bernadette Chirac, s'efforce d'améliorer la "
            "qualité de vie des enfants, des adolescents et des personnes âgées hospitalisés. "
            "Engagée dans la lutte contre la douleur, le rapprochement des familles, le "
            "soutien aux adolescents en souffrance, le développement d'activités et "
            "l'amélioration du confort, la Fondation soutient des actions qui soulagent "
            "chaque jour les patients hospitalisés.</p>"
            "<p>Son combat contre la souffrance des enfants l'a conduite à rejoindre et à "
            "financer la Fondation Imagine, dont le but est de permettre aux enfants atteints "
            "d'une maladie génétique de bénéficier plus rapidement des techniques innovantes "
            "de diagnostic et de traitement.</p>",
            "<p>Ever since it was created in 1989, the Hôpitaux de Paris – Hôpitaux de "
            "France Foundation, then chaired by Mrs Bernadette Chirac, has striven to improve "
            "the quality of life of hospitalised children, teenagers and elderly patients. "
            "Involved in fighting pain, bringing families together, supporting teenagers in "
            "distress, developing activities and improving comfort, the Foundation supports "
            "actions that relieve hospitalised patients every day.</p>"
            "<p>Its fight against children's suffering prompted it to join and fund the "
            "Imagine Foundation, whose goal is to enable children suffering from a genetic "
            "disease to benefit more rapidly from innovative diagnostic and therapeutic "
            "techniques.</p>",
        ),
        key_figures=(figure("1989", T("année de sa création", "year created")),),
    ),
    PartnerData(
        key="gustave-roussy",
        slug=T("gustave-roussy", "gustave-roussy"),
        title=T("Gustave Roussy", "Gustave Roussy"),
        logo_text="Gustave Roussy",
        kind=PartnerKind.SCIENTIFIC_PARTNER,
        country=FRANCE,
        summary=T(
            "Ses équipes mènent plusieurs des programmes que nous cofinançons.",
            "Its teams lead several of the programs we co-fund.",
        ),
        description=T(
            "<p>Gustave Roussy est l'un des partenaires scientifiques d'Imagine for Margo. "
            "Ses équipes dirigent plusieurs des programmes que l'association cofinance : "
            "MAPPYACTS et AcSé-ESMART, dirigés par Birgit Geoerger, BIOMEDE, mené par le "
            "Dr Jacques Grill, et SACHA, lancé par le Dr Pablo Berlanga. Le Pr Gilles Vassal "
            "y est directeur de la recherche.</p>",
            "<p>Gustave Roussy is one of the scientific partners of Imagine for Margo. Its "
            "teams lead several of the programs the charity co-funds: MAPPYACTS and "
            "AcSé-ESMART, directed by Birgit Geoerger, BIOMEDE, led by Dr Jacques Grill, and "
            "SACHA, launched by Dr Pablo Berlanga. Professor Gilles Vassal is its Director of "
            "Research.</p>",
        ),
    ),
    PartnerData(
        key="institut-curie",
        slug=T("institut-curie", "institut-curie"),
        title=T("Institut Curie", "Institut Curie"),
        logo_text="Institut Curie",
        kind=PartnerKind.SCIENTIFIC_PARTNER,
        country=FRANCE,
        summary=T(
            "Ses équipes mènent MICCHADO et les travaux sur NTRK dans les fibrosarcomes.",
            "Its teams lead MICCHADO and the NTRK work on fibrosarcoma.",
        ),
        description=T(
            "<p>L'Institut Curie est l'un des partenaires scientifiques d'Imagine for Margo. "
            "Le Dr Gudrun Schleiermacher y dirige l'étude MICCHADO, et le Dr Daniel Orbach y "
            "a testé un nouveau médicament ciblant l'anomalie NTRK dans les "
            "fibrosarcomes.</p>",
            "<p>Institut Curie is one of the scientific partners of Imagine for Margo. Dr "
            "Gudrun Schleiermacher leads the MICCHADO study there, and Dr Daniel Orbach "
            "tested a new drug targeting the NTRK anomaly in fibrosarcoma.</p>",
        ),
    ),
    PartnerData(
        key="itcc",
        slug=T("itcc", "itcc"),
        title=T(
            "Innovative Therapies for Children with Cancer",
            "Innovative Therapies for Children with Cancer",
        ),
        short_name="ITCC",
        logo_text="ITCC",
        kind=PartnerKind.EXPERT_COMMITTEE,
        partner_since=2012,
        summary=T(
            "Le consortium européen d'experts en oncologie pédiatrique dont les "
            "recommandations guident nos financements depuis 2012.",
            "The European consortium of paediatric oncology experts whose recommendations "
            "have guided our funding since 2012.",
        ),
        description=T(
            "<p>Depuis 2012, les programmes que nous cofinançons sont issus des "
            "recommandations d'experts en oncologie pédiatrique, dont le consortium européen "
            "ITCC (Innovative Therapies for Children with Cancer). Le Dr Stefan Pfister y "
            "préside le comité de biologie.</p>",
            "<p>Since 2012, the programs we co-fund have come from recommendations from "
            "experts in paediatric oncology, among them the European consortium ITCC "
            "(Innovative Therapies for Children with Cancer). Dr Stefan Pfister chairs its "
            "Biology Committee.</p>",
        ),
    ),
    PartnerData(
        key="sfce",
        slug=T("sfce", "sfce"),
        title=T(
            "Société Française de lutte contre les Cancers et leucémies de l'Enfant et de "
            "l'adolescent",
            "Société Française de lutte contre les Cancers et leucémies de l'Enfant et de "
            "l'adolescent",
        ),
        short_name="SFCE",
        logo_text="SFCE",
        kind=PartnerKind.EXPERT_COMMITTEE,
        country=FRANCE,
        partner_since=2012,
        summary=T(
            "La Société française de lutte contre les cancers et leucémies de l'enfant et "
            "de l'adolescent, dont les experts recommandent nos programmes depuis 2012.",
            "The French society fighting cancers and leukaemias in children and adolescents, "
            "whose experts have recommended our programs since 2012.",
        ),
        description=T(
            "<p>Depuis 2012, les programmes que nous cofinançons sont issus des "
            "recommandations d'experts en oncologie pédiatrique, dont la Société Française de "
            "lutte contre les Cancers et leucémies de l'Enfant et de l'adolescent "
            "(SFCE).</p>",
            "<p>Since 2012, the programs we co-fund have come from recommendations from "
            "experts in paediatric oncology, among them the SFCE (Société Française de lutte "
            "contre les Cancers et leucémies de l'Enfant et de l'adolescent, the French "
            "society fighting cancers and leukaemias in children and adolescents).</p>",
        ),
    ),
    PartnerData(
        key="fight-kids-cancer-committee",
        slug=T("comite-scientifique-fight-kids-cancer", "fight-kids-cancer-scientific-committee"),
        title=T(
            "Comité scientifique de Fight Kids Cancer", "Fight Kids Cancer scientific committee"
        ),
        logo_text="Fight Kids Cancer",
        kind=PartnerKind.EXPERT_COMMITTEE,
        partner_since=2020,
        summary=T(
            "Le comité scientifique indépendant qui sélectionne les projets de l'appel "
            "européen Fight Kids Cancer.",
            "The independent scientific committee that selects the projects of the European "
            "Fight Kids Cancer call.",
        ),
        description=T(
            "<p>Depuis 2020, les programmes que nous cofinançons sont aussi issus des "
            "recommandations du comité scientifique de Fight Kids Cancer. Ce comité "
            "indépendant sélectionne les projets pour leur excellence scientifique et leur "
            "capacité à apporter des réponses ou des solutions concrètes aux patients.</p>",
            "<p>Since 2020, the programs we co-fund have also come from recommendations from "
            "the scientific committee of Fight Kids Cancer. This independent committee "
            "selects projects for their scientific excellence and their ability to provide "
            "answers or concrete solutions for patients.</p>",
        ),
    ),
    PartnerData(
        key="university-of-birmingham",
        slug=T("universite-de-birmingham", "university-of-birmingham"),
        title=T("Université de Birmingham", "University of Birmingham"),
        logo_text="University of Birmingham",
        kind=PartnerKind.SCIENTIFIC_PARTNER,
        country=T("Royaume-Uni", "United Kingdom"),
        summary=T(
            "L'université où le Dr Lucas Moreno a mené le projet BEACON contre le neuroblastome.",
            "The university where Dr Lucas Moreno led the BEACON project on neuroblastoma.",
        ),
        description=T(
            "<p>C'est à l'université de Birmingham que le Dr Lucas Moreno, responsable du "
            "projet BEACON, a décidé en 2018 de tester l'association d'une chimiothérapie et "
            "du bévacizumab chez les enfants atteints d'un neuroblastome à haut risque.</p>",
            "<p>At the University of Birmingham, Dr Lucas Moreno, project leader of BEACON, "
            "decided in 2018 to test the combination of chemotherapy and bevacizumab for "
            "children with high-risk neuroblastoma.</p>",
        ),
    ),
    PartnerData(
        key="university-of-nantes",
        slug=T("universite-de-nantes", "university-of-nantes"),
        title=T("Université de Nantes", "University of Nantes"),
        logo_text="Université de Nantes",
        kind=PartnerKind.SCIENTIFIC_PARTNER,
        country=FRANCE,
        summary=T(
            "Ses équipes étudient la résistance de l'ostéosarcome aux traitements et "
            "l'efficacité des cellules CAR-T.",
            "Its teams study resistance to treatment in osteosarcoma and the effectiveness "
            "of CAR T-cells.",
        ),
        description=T(
            "<p>À l'université de Nantes, l'équipe du Pr Ory a montré comment des cellules "
            "d'ostéosarcome résistent à la doxorubicine, et comment leur rendre leur "
            "sensibilité. L'université mène aussi des travaux, soutenus par Imagine for "
            "Margo, pour renforcer l'efficacité des thérapies par cellules CAR-T.</p>",
            "<p>At the University of Nantes, Professor Ory's team showed how osteosarcoma "
            "cells resist doxorubicin, and how to restore their sensitivity. The university "
            "also carries out work, supported by Imagine for Margo, to enhance the "
            "effectiveness of CAR T-cell therapies.</p>",
        ),
    ),
    PartnerData(
        key="kickcancer",
        slug=T("kickcancer", "kickcancer"),
        title=T("Fondation KickCancer", "KickCancer Foundation"),
        logo_text="KickCancer",
        kind=PartnerKind.CO_FUNDER,
        country=T("Belgique", "Belgium"),
        partner_since=2020,
        summary=T(
            "La fondation belge avec laquelle nous avons lancé Fight Kids Cancer en 2020.",
            "The Belgian foundation with which we launched Fight Kids Cancer in 2020.",
        ),
        description=T(
            "<p>En 2020, Imagine for Margo a lancé l'appel à projets européen Fight Kids "
            "Cancer avec la fondation belge KickCancer et la fondation luxembourgeoise "
            "Kriibskrank Kanner. Ensemble, elles mettent leurs fonds en commun pour financer "
            "les programmes de recherche les plus innovants d'Europe.</p>",
            "<p>In 2020, Imagine for Margo launched the European Fight Kids Cancer call for "
            "projects with the Belgian KickCancer Foundation and the Luxembourg Kriibskrank "
            "Kanner Foundation. Together they pool funds to finance the most innovative "
            "research programs in Europe.</p>",
        ),
    ),
    PartnerData(
        key="kriibskrank-kanner",
        slug=T("kriibskrank-kanner", "kriibskrank-kanner"),
        title=T("Fondation Kriibskrank Kanner", "Kriibskrank Kanner Foundation"),
        logo_text="Kriibskrank Kanner",
        kind=PartnerKind.CO_FUNDER,
        country=T("Luxembourg", "Luxembourg"),
        partner_since=2020,
        summary=T(
            "La fondation luxembourgeoise avec laquelle nous avons lancé Fight Kids Cancer "
            "en 2020.",
            "The Luxembourg foundation with which we launched Fight Kids Cancer in 2020.",
        ),
        description=T(
            "<p>En 2020, Imagine for Margo a lancé l'appel à projets européen Fight Kids "
            "Cancer avec la fondation luxembourgeoise Kriibskrank Kanner et la fondation "
            "belge KickCancer. Ensemble, elles mettent leurs fonds en commun pour financer "
            "les programmes de recherche les plus innovants d'Europe.</p>",
            "<p>In 2020, Imagine for Margo launched the European Fight Kids Cancer call for "
            "projects with the Luxembourg Kriibskrank Kanner Foundation and the Belgian "
            "KickCancer Foundation. Together they pool funds to finance the most innovative "
            "research programs in Europe.</p>",
        ),
    ),
    PartnerData(
        key="kika",
        slug=T("kika", "kika"),
        title=T("Kika", "Kika"),
        logo_text="Kika",
        kind=PartnerKind.CO_FUNDER,
        summary=T(
            "Une association européenne qui soutient elle aussi Fight Kids Cancer.",
            "A European association that also supports Fight Kids Cancer.",
        ),
        description=T(
            "<p>Kika fait partie des associations européennes qui soutiennent Fight Kids "
            "Cancer, aux côtés d'Imagine for Margo, de KickCancer, de Kriibskrank Kanner et "
            "de CRIS, et mettent leurs fonds en commun pour financer des programmes de "
            "recherche innovants à très grande échelle en Europe.</p>",
            "<p>Kika is one of the European associations that support Fight Kids Cancer "
            "alongside Imagine for Margo, KickCancer, Kriibskrank Kanner and CRIS, pooling "
            "funds to finance innovative, very large-scale research programs in Europe.</p>",
        ),
    ),
    PartnerData(
        key="cris",
        slug=T("cris", "cris"),
        title=T("CRIS", "CRIS"),
        logo_text="CRIS",
        kind=PartnerKind.CO_FUNDER,
        summary=T(
            "Une association européenne qui soutient elle aussi Fight Kids Cancer.",
            "A European association that also supports Fight Kids Cancer.",
        ),
        description=T(
            "<p>CRIS fait partie des associations européennes qui soutiennent Fight Kids "
            "Cancer, aux côtés d'Imagine for Margo, de KickCancer, de Kriibskrank Kanner et "
            "de Kika, et mettent leurs fonds en commun pour financer des programmes de "
            "recherche innovants à très grande échelle en Europe.</p>",
            "<p>CRIS is one of the European associations that support Fight Kids Cancer "
            "alongside Imagine for Margo, KickCancer, Kriibskrank Kanner and Kika, pooling "
            "funds to finance innovative, very large-scale research programs in Europe.</p>",
        ),
    ),
]
