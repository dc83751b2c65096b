"""The home page, the section index pages and the pages about the charity."""

from dataclasses import dataclass
from decimal import Decimal

from charity.operations.demo.text import T, heading, key_result, paragraph, quote


@dataclass(frozen=True)
class SectionData:
    """An index page under the home page: programs, diseases, events or partners."""

    key: str
    slug: T
    title: T
    intro: T
    body: tuple = ()


@dataclass(frozen=True)
class StandardPageData:
    key: str
    slug: T
    title: T
    intro: T
    body: tuple = ()
    parent: str | None = None  # key of another standard page; the home page when None
    show_in_menus: bool = False


@dataclass(frozen=True)
class DonatePageData:
    slug: T
    title: T
    intro: T
    body: tuple
    examples_heading: T
    examples: tuple  # (program key, what a gift to it funds)


@dataclass(frozen=True)
class FundingPageData:
    slug: T
    title: T
    intro: T


# The charity's latest totals, from its research page. It gives no date for them.
KEY_FIGURES = {
    "funding_total_eur": Decimal("20000000"),
    "programs_count": 61,
    "children_count": 7200,
    "therapies_count": 119,
}

FEATURED_PROGRAMS = ["biomede", "tag-n-track", "beacon", "acse-esmart", "micchado", "sacha"]

HOME = {
    "hero_heading": T(
        "Accélérer la recherche contre les cancers de l'enfant",
        "Accelerating research against childhood cancer",
    ),
    "hero_text": T(
        "<p>Depuis la création de l'association en 2011, nous avons consacré plus de "
        "20 millions d'euros à 61 programmes de recherche translationnelle et clinique en "
        "France et en Europe. Les projets cliniques ont bénéficié à plus de 7 200 enfants et "
        "ont permis de tester 119 nouvelles thérapies.</p>",
        "<p>Since the creation of the association in 2011, we have allocated more than "
        "20 million euros to 61 translational and clinical research programs in France and "
        "Europe. Clinical projects have benefited over 7,200 children and have tested 119 new "
        "therapies.</p>",
    ),
    "figures_heading": T("La recherche en chiffres", "Our research in figures"),
    "programs_heading": T("Les programmes que nous cofinançons", "The programs we co-fund"),
    "programs_intro": T(
        "Depuis 2012, les programmes que nous cofinançons sont issus des recommandations "
        "d'experts en oncologie pédiatrique : le consortium européen ITCC, la SFCE et, depuis "
        "2020, le comité scientifique de Fight Kids Cancer.",
        "Since 2012, the programs we co-fund have come from recommendations from experts in "
        "paediatric oncology: the European consortium ITCC, the SFCE and, since 2020, the "
        "scientific committee of Fight Kids Cancer.",
    ),
    "diseases_heading": T("Les cancers de l'enfant", "Childhood cancers"),
    "diseases_intro": T(
        "Tumeurs cérébrales, neuroblastome, sarcomes, néphroblastome : ce que sont ces "
        "maladies, et ce que la recherche change pour les enfants.",
        "Brain tumours, neuroblastoma, sarcomas, nephroblastoma: what these diseases are, and "
        "what research is changing for children.",
    ),
    "search_description": T(
        "Imagine for Margo – Enfants sans cancer finance depuis 2011 la recherche contre les "
        "cancers de l'enfant : plus de 20 millions d'euros pour 61 programmes en France et en "
        "Europe.",
        "Since 2011, Imagine for Margo – Enfants sans cancer has funded research against "
        "childhood cancer: more than 20 million euros for 61 programs in France and Europe.",
    ),
    "footer_text": T(
        "Imagine for Margo – Enfants sans cancer finance depuis 2011 la recherche contre les "
        "cancers de l'enfant en France et en Europe.",
        "Since 2011, Imagine for Margo – Enfants sans cancer has funded research against "
        "childhood cancer in France and Europe.",
    ),
}
HOME_ILLUSTRATION = "Imagine for Margo – Enfants sans cancer"


PROGRAM_INDEX = SectionData(
    key="programs",
    slug=T("programmes", "programs"),
    title=T("Programmes de recherche", "Research programs"),
    intro=T(
        "Depuis la création de l'association en 2011, nous avons consacré plus de 20 millions "
        "d'euros à 61 programmes de recherche translationnelle et clinique en France et en "
        "Europe pour accélérer la recherche contre les cancers de l'enfant.",
        "Since the creation of the association in 2011, we have allocated more than "
        "20 million euros to 61 translational and clinical research programs in France and "
        "Europe to accelerate research against childhood cancer.",
    ),
    body=(
        paragraph(
            "<p>Les projets cliniques ont bénéficié à plus de 7 200 enfants et ont permis de "
            "tester 119 nouvelles thérapies, dont certaines se sont révélées très efficaces "
            "(BIOMEDE, Tag-N-Track, BEACON, AcSé-ESMART…).</p>",
            "<p>Clinical projects have benefited over 7,200 children and have tested 119 new "
            "therapies, some of which have proven to be highly effective (BIOMEDE, "
            "Tag-N-Track, BEACON, AcSé-ESMART, etc.).</p>",
        ),
        heading("Accélérer la médecine de précision", "Accelerating precision medicine"),
        paragraph(
            "<p>Depuis 2016, Imagine for Margo soutient les grands programmes de séquençage "
            "destinés à chaque enfant atteint d'un cancer en rechute (MAPPYACTS) ou à haut "
            "risque (MICCHADO). Plus de 3 600 enfants en ont bénéficié. Le comité de "
            "spécialistes qui analyse leur profil moléculaire peut orienter leurs patients "
            "vers AcSé-ESMART, une plateforme clinique qui a inclus 254 enfants.</p>",
            "<p>Since 2016, Imagine for Margo has supported major sequencing programs for "
            "every child with relapsed cancer (MAPPYACTS) or at high risk (MICCHADO). More "
            "than 3,600 children have benefited from them. The specialist committee analysing "
            "their molecular profiles can guide their patients to AcSé-ESMART, a clinical "
            "platform that has included 254 children.</p>",
        ),
        key_result(
            T("94 %", "94%"),
            T("de taux de réponse avec Tag-N-Track", "response rate with Tag-N-Track"),
            T(
                "Le premier grand succès de la médecine de précision : le larotrectinib, "
                "pour les enfants dont la tumeur porte l'anomalie NTRK.",
                "The first major success of precision medicine: larotrectinib, for children "
                "with the NTRK anomaly in their tumour.",
            ),
        ),
        heading("Nos premières victoires contre le DIPG", "Our first victories against DIPG"),
        paragraph(
            "<p>BIOMEDE est le plus grand essai clinique mené sur le gliome infiltrant du "
            "tronc cérébral. Pour la première fois au monde, 8 enfants sont des survivants à "
            "long terme de cette maladie. Les travaux se poursuivent avec BIOMEDE 2, l'essai "
            "clinique PATOI et un programme mené par le Dr David Castel.</p>",
            "<p>BIOMEDE is the largest clinical trial conducted on diffuse intrinsic pontine "
            "glioma. For the first time worldwide, 8 children are long-term survivors of this "
            "disease. The work continues through BIOMEDE 2, the PATOI clinical trial and a "
            "program led by Dr David Castel.</p>",
        ),
        heading(
            "L'espérance de vie des enfants atteints de neuroblastome progresse",
            "Life expectancy for children with neuroblastoma is improving",
        ),
        paragraph(
            "<p>Grâce à BEACON, puis à BEACON Immuno, les enfants atteints d'un neuroblastome "
            "en rechute ou réfractaire sont mieux soignés, et l'un de ces protocoles est "
            "devenu le traitement standard au Royaume-Uni. Pour aller plus loin, nous "
            "soutenons DigiTwins, Prevention of Neuroblastoma Relapse et RESTRAIN.</p>",
            "<p>Thanks to BEACON, and subsequently BEACON Immuno, children with relapsed or "
            "refractory neuroblastoma are better treated, and one of these protocols has "
            "become the standard treatment in the UK. To go even further, we support "
            "DigiTwins, Prevention of Neuroblastoma Relapse and RESTRAIN.</p>",
        ),
        heading("Nous accélérons l'immunothérapie", "We are accelerating immunotherapy"),
        paragraph(
            "<p>Le projet NIVO-ALCL améliore la survie des enfants atteints de formes "
            "résistantes de lymphome grâce au nivolumab (taux de réponse : 50 %). Nous "
            "finançons aussi des projets qui renforcent l'efficacité des thérapies par "
            "cellules CAR-T, en particulier contre les tumeurs solides (Imagine à "
            "l'université de Nantes, GLO-BNHL, CARBEMED).</p>",
            "<p>The NIVO-ALCL project improves survival for children with resistant forms of "
            "lymphoma using nivolumab (response rate: 50%). We also fund projects that "
            "enhance the effectiveness of CAR T-cell therapies, particularly against solid "
            "tumours (Imagine at the University of Nantes, GLO-BNHL, CARBEMED).</p>",
        ),
        heading(
            "L'accès aux thérapies innovantes sécurisé grâce à SACHA",
            "Access to innovative therapies secured through SACHA",
        ),
        paragraph(
            "<p>Unique en Europe, l'étude SACHA recueille toutes les données d'efficacité et "
            "de toxicité des nouveaux médicaments prescrits en accès précoce ou "
            "compassionnel. Plus de 779 patients ayant reçu 79 thérapies y ont été inclus. "
            "Reconnue par la HAS et l'ANSM, elle est déployée à l'international depuis "
            "2023.</p>",
            "<p>Unique in Europe, the SACHA study collects all efficacy and toxicity data on "
            "new drugs prescribed under early or compassionate access. More than 779 patients "
            "who received 79 therapies have been included. Recognised by the HAS and the "
            "ANSM, it has been deployed internationally since 2023.</p>",
        ),
    ),
)

DISEASE_INDEX = SectionData(
    key="diseases",
    slug=T("cancers-de-l-enfant", "childhood-cancers"),
    title=T("Cancers de l'enfant", "Childhood cancers"),
    intro=T(
        "Les cancers contre lesquels travaillent les programmes que nous finançons : ce "
        "qu'ils sont, et ce que la recherche change pour les enfants.",
        "The cancers the programs we fund are working against: what they are, and what "
        "research is changing for children.",
    ),
)

EVENT_INDEX = SectionData(
    key="events",
    slug=T("evenements", "events"),
    title=T("Événements", "Events"),
    intro=T(
        "Chaque année en février, nous organisons un séminaire qui réunit les acteurs de la "
        "recherche en France, et nous participons aux principaux congrès et conférences sur "
        "les cancers pédiatriques.",
        "Every year in February, we organise a seminar to bring together the research "
        "players in France, and we take part in the main conventions and conferences on "
        "paediatric cancers.",
    ),
)

PARTNER_INDEX = SectionData(
    key="partners",
    slug=T("partenaires", "partners"),
    title=T("Partenaires", "Partners"),
    intro=T(
        "Les institutions, les comités d'experts et les associations avec lesquels nous "
        "accélérons la recherche contre les cancers de l'enfant.",
        "The institutions, expert committees and charities with which we accelerate research "
        "against childhood cancer.",
    ),
)


# Listed so that a page is created before the pages under it or linking to it.
STANDARD_PAGES = [
    StandardPageData(
        key="about",
        slug=T("a-propos", "about"),
        title=T("À propos", "About"),
        show_in_menus=True,
        intro=T(
            "Depuis 2011, Imagine for Margo – Enfants sans cancer finance la recherche pour "
            "mieux comprendre et mieux soigner les cancers de l'enfant.",
            "Since 2011, Imagine for Margo – Enfants sans cancer has funded research to better "
            "understand and better treat childhood cancer.",
        ),
        body=(
            heading("Qui sommes-nous ?", "Who we are"),
            paragraph(
                "<p>Depuis notre création en 2011, nous multiplions les actions de collecte de "
                "fonds pour financer des projets de recherche destinés à mieux comprendre et "
                "à mieux soigner les cancers de l'enfant. Nous avons consacré plus de "
                "20 millions d'euros à des chercheurs français et européens.</p>"
                "<p>Ces projets sont rigoureusement sélectionnés pour leur excellence et pour "
                "leur potentiel d'amélioration des soins et d'accélération du développement de "
                "nouvelles thérapies : médecine de précision, immunothérapie, cellules "
                "CAR-T…</p>",
                "<p>Since our creation in 2011, we have increased fundraising actions to "
                "finance research projects aimed at better understanding and improving "
                "treatments for childhood cancer. We have allocated more than 20 million euros "
                "to French and European researchers.</p>"
                "<p>These projects are carefully selected for their excellence and their "
                "potential to improve care, as well as to accelerate the development of new "
                "therapies such as precision medicine, immunotherapy and CAR T-cells.</p>",
            ),
            key_result(
                "61",
                T(
                    "programmes de recherche financés depuis 2011",
                    "research programs funded since 2011",
                ),
                T(
                    "Ils ont bénéficié à plus de 7 200 enfants et ont permis de tester 119 "
                    "nouvelles thérapies.",
                    "They have benefited over 7,200 children and tested 119 new therapies.",
                ),
            ),
            heading("Notre présidente", "Our president"),
            paragraph(
                "<p>Patricia Blanc, présidente d'Imagine for Margo, est coautrice de plusieurs "
                "publications de référence sur les cancers de l'enfant.</p>",
                "<p>Patricia Blanc, President of Imagine for Margo, has co-authored several "
                "reference publications on childhood cancers.</p>",
            ),
            heading("Au-delà du financement", "Beyond funding"),
            paragraph(
                "<p>Au-delà de l'aide financière que nous apportons aux chercheurs, nous "
                "mobilisons et fédérons les acteurs de la recherche en France et en Europe, "
                "pour que le cancer de l'enfant devienne une priorité pour tous.</p>",
                "<p>Beyond the financial assistance that we bring to researchers, we enlist "
                "and unite the research stakeholders in France and Europe so that childhood "
                "cancer becomes a priority for all.</p>",
            ),
        ),
    ),
    StandardPageData(
        key="our-strategy",
        parent="about",
        slug=T("notre-strategie", "our-strategy"),
        title=T("Notre stratégie", "Our strategy"),
        intro=T(
            "Financer la recherche fondamentale et translationnelle, ainsi que des essais "
            "cliniques précoces, pour donner aux enfants accès à des traitements innovants et "
            "personnalisés.",
            "Funding fundamental and translational research, as well as early-phase clinical "
            "trials, to give children access to innovative personalised treatments.",
        ),
        body=(
            paragraph(
                "<p>Notre stratégie consiste à financer des programmes de recherche "
                "fondamentale et translationnelle pour mieux comprendre les causes des "
                "cancers de l'enfant et la résistance aux traitements, ainsi que des essais "
                "cliniques précoces qui permettent aux enfants en rechute ou en échec "
                "thérapeutique de bénéficier de traitements innovants et personnalisés, grâce "
                "à la médecine de précision.</p>",
                "<p>Our strategy consists of funding fundamental and translational research "
                "programs to better understand the causes of childhood cancer and resistance "
                "to treatments, as well as early phase clinical trials that allow children "
                "who suffer relapse or therapeutic failure to benefit from innovative "
                "personalised treatments, thanks to precision medicine.</p>",
            ),
            heading(
                "Des programmes recommandés par des experts", "Programs recommended by experts"
            ),
            paragraph(
                "<p>Depuis 2012, les programmes que nous cofinançons sont issus des "
                "recommandations d'experts en oncologie pédiatrique : le consortium européen "
                "[[partner:itcc|ITCC]] (Innovative Therapies for Children with Cancer), la "
                "[[partner:sfce|SFCE]] (Société Française de lutte contre les Cancers et "
                "leucémies de l'Enfant et de l'adolescent) et, depuis 2020, le "
                "[[partner:fight-kids-cancer-committee|comité scientifique de Fight Kids "
                "Cancer]].</p>",
                "<p>Since 2012, the programs that we have co-funded have come from "
                "recommendations from experts in paediatric oncology: the European consortium "
                "[[partner:itcc|ITCC]] (Innovative Therapies for Children with Cancer), the "
                "[[partner:sfce|SFCE]] (Société Française de lutte contre les Cancers et "
                "leucémies de l'Enfant et de l'adolescent) and, since 2020, the "
                "[[partner:fight-kids-cancer-committee|scientific committee of Fight Kids "
                "Cancer]].</p>",
            ),
            heading("Comprendre", "Understanding"),
            paragraph(
                "<p>Comprendre, c'est trouver le « point faible » de la tumeur pour cibler le "
                "meilleur traitement possible, en analysant le séquençage complet des tumeurs "
                "ou des leucémies. C'est aussi analyser toutes les données disponibles pour "
                "mieux connaître les cancers de l'enfant. Nous avons ainsi apporté un soutien "
                "financier important à des projets comme [[program:micchado|MICCHADO]], "
                "[[program:mappyacts|MAPPYACTS]] et [[program:biomede|BIOMEDE]], qui visent à "
                "identifier tous les facteurs moléculaires, génétiques et même immunologiques "
                "en jeu dans les cancers pédiatriques les plus graves.</p>",
                "<p>Understanding means finding the “weakness” of the tumour in order to "
                "target the best possible treatment, by analysing the complete sequencing of "
                "tumours or leukaemia. It also means analysing all the available data in order "
                "to better understand childhood cancer. We have provided significant "
                "financial support to projects such as [[program:micchado|MICCHADO]], "
                "[[program:mappyacts|MAPPYACTS]] and [[program:biomede|BIOMEDE]], aimed at "
                "identifying all the molecular, genetic and even immunological factors "
                "involved in the most serious paediatric cancers.</p>",
            ),
            heading("Soigner", "Treating"),
            paragraph(
                "<p>Soigner, c'est proposer des thérapies mieux adaptées, mieux ciblées et "
                "donc plus efficaces. Certains des programmes que nous finançons proposent "
                "des traitements particulièrement innovants, comme "
                "l'[[program:nivo-alcl|immunothérapie]].</p>",
                "<p>Treating means proposing better adapted, better targeted and therefore "
                "more effective therapies. Some of the programs that we finance offer "
                "treatments that are particularly innovative, such as "
                "[[program:nivo-alcl|immunotherapy]].</p>",
            ),
            heading("Fédérer l'Europe", "Uniting Europe"),
            paragraph(
                "<p>En 2020, Imagine for Margo a cocréé le consortium européen "
                "[[program:fight-kids-cancer|Fight Kids Cancer]] avec la fondation belge "
                "KickCancer et la fondation luxembourgeoise Kriibskrank Kanner, rejointes par "
                "Kika et CRIS. En mettant leurs fonds en commun, ces associations financent "
                "les programmes de recherche les plus innovants et de très grande envergure en "
                "Europe.</p>",
                "<p>In 2020, Imagine for Margo co-created the European "
                "[[program:fight-kids-cancer|Fight Kids Cancer]] consortium with the Belgian "
                "KickCancer Foundation and the Luxembourg Kriibskrank Kanner Foundation, "
                "joined by Kika and CRIS. By pooling their funds, these associations finance "
                "the most innovative, very large-scale research programs in Europe.</p>",
            ),
        ),
    ),
    StandardPageData(
        key="conventions",
        parent="about",
        slug=T("congres-et-conferences", "conventions-and-conferences"),
        title=T("Congrès et conférences", "Conventions and conferences"),
        intro=T(
            "Comprendre, analyser, témoigner, échanger, proposer, mobiliser : être sur tous "
            "les fronts pour défendre notre cause et accélérer la décision et l'action en "
            "faveur de la recherche.",
            "Understand, analyse, testify, exchange, propose, enlist: being on all fronts to "
            "defend our cause and accelerate decisions and action in favour of research.",
        ),
        body=(
            paragraph(
                "<p>Depuis la création de l'association, nous participons aux principaux "
                "congrès et conférences sur les cancers pédiatriques, en France et à "
                "l'international.</p>",
                "<p>Since the creation of the association, we have taken part in the main "
                "conventions and conferences on paediatric cancers in France and "
                "internationally.</p>",
            ),
            quote(
                T(
                    "L'association Imagine for Margo a contribué à inscrire le cancer de "
                    "l'enfant à l'agenda européen.",
                    "The Imagine for Margo association has helped place childhood cancer on "
                    "the European agenda.",
                ),
                "Prof. Gilles Vassal",
                T(
                    "Directeur de la recherche à Gustave Roussy",
                    "Director of Research at Gustave Roussy",
                ),
            ),
        ),
    ),
    StandardPageData(
        key="enlist",
        parent="about",
        slug=T("mobiliser-les-acteurs-de-la-recherche", "enlist-the-research-stakeholders"),
        title=T("Mobiliser les acteurs de la recherche", "Enlist the research stakeholders"),
        intro=T(
            "Au-delà de l'aide financière que nous apportons aux chercheurs, nous mobilisons "
            "et fédérons les acteurs de la recherche en France et en Europe, pour que le "
            "cancer de l'enfant devienne une priorité pour tous.",
            "Beyond the financial assistance that we bring to researchers, we enlist and "
            "unite the research stakeholders in France and Europe so that childhood cancer "
            "becomes a priority for all.",
        ),
        body=(
            heading("Le séminaire FAST", "The FAST seminar"),
            paragraph(
                "<p>Chaque année en février, nous organisons un séminaire pour réunir les "
                "acteurs de la recherche en France. Sa "
                "[[event:fast-seminar-2023|10e édition]] s'est tenue le 11 février "
                "2023.</p>",
                "<p>Every year in February, we organise a seminar to bring together the "
                "research players in France. Its [[event:fast-seminar-2023|10th edition]] "
                "took place on 11 February 2023.</p>",
            ),
            quote(
                T(
                    "Le travail que fait l'association pour réunir, en même temps, les "
                    "chercheurs, les cliniciens, les laboratoires, les industriels "
                    "pharmaceutiques et les familles est vraiment extrêmement important.",
                    "The work that the association does to bring together, at the same time, "
                    "researchers, clinicians, laboratories, pharmaceuticals, the families, is "
                    "really something extremely important.",
                ),
                "Dr Gudrun Schleiermacher",
                T(
                    "Chercheuse à l'Institut Curie, directrice du programme MICCHADO",
                    "Researcher at Institut Curie, director of the MICCHADO program",
                ),
            ),
        ),
    ),
]

ACCESSIBILITY = StandardPageData(
    key="accessibility",
    slug=T("accessibilite", "accessibility"),
    title=T("Déclaration d'accessibilité", "Accessibility statement"),
    intro=T(
        "Imagine for Margo s'engage à rendre son site accessible à toutes et à tous, quels que "
        "soient leur matériel, leur logiciel et leur handicap.",
        "Imagine for Margo is committed to making its website accessible to everyone, whatever "
        "their device, software or disability.",
    ),
    body=(
        heading("Norme visée", "Standard targeted"),
        paragraph(
            "<p>Ce site vise le niveau AA des Règles pour l'accessibilité des contenus Web "
            "(WCAG) 2.2, que reprend en France le Référentiel général d'amélioration de "
            "l'accessibilité (RGAA 4.1).</p>",
            "<p>This website aims for level AA of the Web Content Accessibility Guidelines "
            "(WCAG) 2.2, which the French reference framework for accessibility (RGAA 4.1) "
            "adopts.</p>",
        ),
        heading("État de conformité", "Conformance status"),
        paragraph(
            "<p>Ce site est <strong>partiellement conforme</strong> au RGAA 4.1 et aux WCAG 2.2 "
            "niveau AA : il n'a pas encore fait l'objet d'un audit manuel complet. Cette "
            "déclaration sera mise à jour lorsqu'un tel audit aura été réalisé.</p>",
            "<p>This website is <strong>partially conformant</strong> with RGAA 4.1 and WCAG 2.2 "
            "level AA: it has not yet undergone a full manual audit. This statement will be "
            "updated once such an audit has been carried out.</p>",
        ),
        heading("Comment le site est vérifié", "How the website is tested"),
        paragraph(
            "<p>À chaque modification du site, les tests automatiques vérifient chaque type de "
            "page avec axe-core dans un vrai navigateur, sur des écrans de téléphone et "
            "d'ordinateur. Ils vérifient aussi que chaque page se parcourt entièrement au "
            "clavier et reste utilisable sans JavaScript. Les pages sont en outre auditées avec "
            "Lighthouse.</p>",
            "<p>Whenever the website changes, the automated tests check every page type with "
            "axe-core in a real browser, at phone and desktop widths. They also check that "
            "every page can be used with the keyboard alone and without JavaScript. The pages "
            "are also audited with Lighthouse.</p>",
        ),
        heading("Contenus non accessibles", "Non-accessible content"),
        paragraph(
            "<ul><li>Les vidéos d'autres sites intégrées aux pages peuvent ne pas avoir de "
            "sous-titres.</li><li>Les documents PDF publiés par l'équipe peuvent ne pas être "
            "accessibles.</li><li>Les illustrations du site de démonstration sont décoratives : "
            "elles ne portent que le titre de la page.</li></ul>",
            "<ul><li>Videos from other websites embedded in pages may lack captions.</li>"
            "<li>PDF documents published by the team may not be accessible.</li>"
            "<li>The demonstration website's illustrations are decorative: they show nothing "
            "but the page's title.</li></ul>",
        ),
        heading("Signaler un problème", "Reporting a problem"),
        paragraph(
            "<p>Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez-nous à "
            "l'adresse indiquée en bas de chaque page : nous vous répondrons et vous "
            "proposerons une autre façon d'y accéder.</p>",
            "<p>If you cannot access a piece of content or a service, write to us at the "
            "address given at the bottom of every page: we will reply and offer you another "
            "way to access it.</p>",
        ),
        heading("Voies de recours", "Enforcement procedure"),
        paragraph(
            "<p>Si vous nous avez signalé un défaut d'accessibilité et que notre réponse ne "
            "vous satisfait pas, vous pouvez saisir le Défenseur des droits : en ligne sur "
            '<a href="https://www.defenseurdesdroits.fr">defenseurdesdroits.fr</a>, auprès '
            "de l'un de ses délégués dans votre région, ou par courrier gratuit, sans timbre, "
            "à l'adresse Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</p>",
            "<p>If you have reported an accessibility problem to us and are not satisfied with "
            "our reply, you may contact the Défenseur des droits (the French rights "
            'ombudsman): online at <a href="https://www.defenseurdesdroits.fr">'
            "defenseurdesdroits.fr</a>, through one of its delegates in your region, or by "
            "free post, without a stamp, to Défenseur des droits, Libre réponse 71120, "
            "75342 Paris CEDEX 07.</p>",
        ),
    ),
)
STANDARD_PAGES.append(ACCESSIBILITY)

DONATE = DonatePageData(
    slug=T("faire-un-don", "donate"),
    title=T("Faire un don", "Donate"),
    intro=T(
        "Vos dons financent des programmes de recherche qui changent déjà la vie d'enfants "
        "atteints de cancer, en France et en Europe.",
        "Your gifts fund research programs that are already changing the lives of children "
        "with cancer, in France and Europe.",
    ),
    body=(
        heading("Ce que financent vos dons", "What your gifts fund"),
        paragraph(
            "<p>Depuis 2011, vos dons ont permis de consacrer plus de 20 millions d'euros à 61 "
            "programmes de recherche, qui ont bénéficié à plus de 7 200 enfants et permis de "
            "tester 119 nouvelles thérapies.</p>"
            "<p>Ils financent le séquençage de la tumeur de chaque enfant atteint d'un cancer "
            "en rechute ([[program:mappyacts|MAPPYACTS]]) ou à haut risque "
            "([[program:micchado|MICCHADO]]), pour lui trouver le traitement le mieux ciblé ; "
            "des essais cliniques comme [[program:biomede|BIOMEDE]], "
            "[[program:beacon|BEACON]] et [[program:acse-esmart|AcSé-ESMART]] ; "
            "l'[[program:nivo-alcl|immunothérapie]] ; et l'étude "
            "[[program:sacha|SACHA]], qui sécurise l'accès des enfants aux thérapies "
            "innovantes.</p>",
            "<p>Since 2011, your gifts have allowed more than 20 million euros to go to 61 "
            "research programs, which have benefited over 7,200 children and tested 119 new "
            "therapies.</p>"
            "<p>They fund the sequencing of the tumour of every child with relapsed "
            "([[program:mappyacts|MAPPYACTS]]) or high-risk ([[program:micchado|MICCHADO]]) "
            "cancer, to find the best targeted treatment; clinical trials such as "
            "[[program:biomede|BIOMEDE]], [[program:beacon|BEACON]] and "
            "[[program:acse-esmart|AcSé-ESMART]]; [[program:nivo-alcl|immunotherapy]]; and "
            "the [[program:sacha|SACHA]] study, which secures children's access to "
            "innovative therapies.</p>",
        ),
    ),
    examples_heading=T("Des programmes que vos dons financent", "Programs your gifts fund"),
    examples=(
        (
            "mappyacts",
            T(
                "Le séquençage de la tumeur de chaque enfant atteint d'un cancer en rechute.",
                "Sequencing the tumour of every child with relapsed cancer.",
            ),
        ),
        (
            "micchado",
            T(
                "Le séquençage de la tumeur des enfants atteints d'un cancer à haut risque.",
                "Sequencing the tumour of children with high-risk cancer.",
            ),
        ),
        (
            "biomede",
            T(
                "Le plus grand essai clinique mené sur le gliome infiltrant du tronc cérébral.",
                "The largest clinical trial conducted on diffuse intrinsic pontine glioma.",
            ),
        ),
        (
            "beacon",
            T(
                "Un essai qui soigne mieux les enfants atteints d'un neuroblastome en rechute.",
                "A trial that treats children with relapsed neuroblastoma better.",
            ),
        ),
        (
            "acse-esmart",
            T(
                "Une plateforme clinique qui a inclus 254 enfants.",
                "A clinical platform that has included 254 children.",
            ),
        ),
        (
            "sacha",
            T(
                "Le suivi des thérapies innovantes prescrites en accès précoce ou compassionnel.",
                "Following up innovative therapies prescribed under early or compassionate access.",
            ),
        ),
    ),
)

FUNDING = FundingPageData(
    slug=T("ou-va-l-argent", "where-the-money-goes"),
    title=T("Où va l'argent", "Where the money goes"),
    intro=T(
        "Les programmes que nous cofinançons sont sélectionnés sur les recommandations "
        "d'experts en oncologie pédiatrique. Cette page présente les financements que nous "
        "leur avons accordés, par programme, par maladie et par année.",
        "The programs we co-fund are selected on the recommendations of experts in paediatric "
        "oncology. This page shows the funding we have granted them, by program, by disease "
        "and by year.",
    ),
)
