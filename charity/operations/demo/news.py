"""The charity's news: its yearly report on the research it funds against childhood cancer."""

from dataclasses import dataclass

from charity.operations.demo.pages import SectionData
from charity.operations.demo.text import T, heading, paragraph
from news.kinds import ArticleKind
from news.models import ArticlePage

NEWS_INDEX = SectionData(
    key="news",
    slug=T("actualites", "news"),
    title=T("Actualités", "News"),
    intro=T(
        "Les avancées de la recherche que nous finançons, nos événements et nos rapports.",
        "Progress in the research we fund, our events and our reports.",
    ),
)


@dataclass(frozen=True)
class ArticleData:
    key: str
    slug: T
    title: T
    kind: str
    summary: T
    body: tuple = ()
    programs: tuple = ()
    diseases: tuple = ()
    partners: tuple = ()


ARTICLES = [
    ArticleData(
        key="yearly-report-childhood-cancer",
        slug=T("cancer-des-enfants-rapport-annuel", "childhood-cancer-yearly-report"),
        title=T("Cancer des enfants : notre rapport annuel", "Childhood cancer: our yearly report"),
        kind=ArticleKind.YEARLY_REPORT,
        summary=T(
            "Depuis 2011, plus de 20 millions d'euros consacrés à plus de 50 projets de "
            "recherche, qui ont bénéficié à plus de 3 000 enfants : les avancées de cette année.",
            "Since 2011, more than 20 million euros allocated to more than 50 research projects "
            "that have benefited more than 3,000 children: this year's progress.",
        ),
        body=(
            paragraph(
                "<p>Depuis notre création en 2011, nous avons multiplié les actions de collecte "
                "pour financer des projets de recherche visant à mieux comprendre et à mieux "
                "soigner les cancers de l'enfant. Nous avons consacré plus de 20 millions "
                "d'euros à des chercheurs français et européens, leur permettant de mener plus "
                "de 50 projets de recherche qui ont bénéficié à plus de 3 000 enfants. Ces "
                "projets ont été rigoureusement sélectionnés pour leur excellence et leur "
                "potentiel d'amélioration des soins et d'accélération du développement de "
                "nouvelles thérapies, comme la médecine de précision, l'immunothérapie ou les "
                "cellules CAR-T.</p>",
                "<p>Since our creation in 2011, we have increased fundraising actions to finance "
                "research projects aimed at better understanding and improving treatments for "
                "childhood cancer. We have allocated more than 20 million euros to French and "
                "European researchers, allowing them to carry out more than 50 research projects "
                "which have benefited more than 3,000 children. These have been carefully "
                "selected because of their excellence and their potential to improve care, as "
                "well as accelerate the development of new therapies, such as precision "
                "medicine, immunotherapy and CAR T-cells.</p>",
            ),
            heading("Comprendre les cancers de l'enfant", "Understanding childhood cancers"),
            paragraph(
                "<p>Comprendre les facteurs et les mécanismes liés à l'apparition et au "
                "développement des cancers de l'enfant, et à leur résistance aux traitements de "
                "première ligne, est essentiel. Ces dernières années, nous avons apporté un "
                "soutien financier important à des projets comme "
                "[[program:micchado|MICCHADO]], [[program:mappyacts|MAPPYACTS]] et "
                "[[program:biomede|BIOMEDE]], qui visent à identifier tous les facteurs "
                "moléculaires, génétiques et même immunologiques en jeu dans les cancers "
                "pédiatriques les plus graves.</p>"
                "<p>L'étude [[program:micchado|MICCHADO]], menée par la Dre Gudrun "
                "Schleiermacher (Institut Curie), a inclus plus de 512 patients et a permis de "
                "déterminer l'ensemble des facteurs spécifiquement liés aux cancers à haut "
                "risque au moment du diagnostic, afin que les enfants bénéficient d'un "
                "traitement de médecine de précision. Outre l'ADN tumoral, les chercheurs "
                "analysent aussi l'ADN tumoral circulant. Cette analyse, faite à partir d'une "
                "simple prise de sang, permet de suivre l'évolution de la tumeur dans le temps "
                "et d'adapter les traitements si nécessaire.</p>"
                "<p>Il est aussi crucial de mieux comprendre les mécanismes de résistance que "
                "les tumeurs développent face aux traitements. L'équipe du Pr Ory (Université "
                "de Nantes) a récemment mis en évidence l'activation de régions génétiques "
                "particulières dans les cellules d'[[disease:osteosarcoma|ostéosarcome]] "
                "résistantes à la doxorubicine, une chimiothérapie couramment utilisée contre "
                "ce cancer de l'os. Ces domaines génétiques favorisent la production de "
                "protéines qui empêchent le médicament d'entrer dans la cellule, inhibant ainsi "
                "son effet thérapeutique. Son équipe a montré que cibler ces séquences "
                "génétiques rend à ces cellules leur sensibilité à la doxorubicine, ouvrant une "
                "piste thérapeutique prometteuse qu'il faudra explorer en clinique.</p>",
                "<p>Understanding the factors and mechanisms linked to the appearance and "
                "development of childhood cancers and their resistance to first-line "
                "treatments is essential. In recent years, we have provided significant "
                "financial support to projects such as [[program:micchado|MICCHADO]], "
                "[[program:mappyacts|MAPPYACTS]] and [[program:biomede|BIOMEDE]], aimed at "
                "identifying all the molecular, genetic and even immunological factors involved "
                "in the most serious pediatric cancers.</p>"
                "<p>The [[program:micchado|MICCHADO]] study, led by Dr. Gudrun Schleiermacher "
                "(Institut Curie), included more than 512 patients and made it possible to "
                "determine all the factors specifically linked to high-risk cancers at the time "
                "of diagnosis in order to allow children to benefit from a precision medicine "
                "treatment. In addition to tumor DNA, researchers also analyze circulating "
                "tumor DNA. This analysis, carried out from a simple blood test, offers the "
                "advantage of monitoring the evolution of the tumor over time and adapting "
                "treatments, if necessary.</p>"
                "<p>It is also crucial to better understand the mechanisms of resistance to "
                "treatments that tumors develop. For this, the team of Professor Ory "
                "(University of Nantes) recently demonstrated the activation of specific "
                "genetic regions in [[disease:osteosarcoma|osteosarcoma]] cells resistant to "
                "doxorubicin, a chemotherapy commonly used for this bone cancer. These genetic "
                "domains promote the production of proteins that hinder the entry of the drug "
                "into the cell, thus inhibiting its therapeutic effect. His team showed that "
                "targeting these genetic sequences restores the sensitivity of these cells to "
                "doxorubicin, thus opening a promising therapeutic avenue that will need to be "
                "explored clinically.</p>",
            ),
            heading(
                "Des progrès majeurs contre les cancers à haut risque",
                "Major progress against high-risk cancers",
            ),
            paragraph(
                "<p>Cette année a aussi été marquée par des progrès majeurs dans le traitement "
                "des cancers pédiatriques à haut risque.</p>"
                "<ul><li>Une protéine anormale, NTRK, est impliquée dans des cancers de l'enfant "
                "et de l'adulte, notamment les fibrosarcomes et les tumeurs cérébrales. Le "
                "Dr Daniel Orbach (Institut Curie) a testé un nouveau médicament sous forme de "
                "sirop, qui cible spécifiquement cette anomalie, et a obtenu des résultats "
                "spectaculaires. « Les tumeurs (fibrosarcomes) fondent à vue d'œil », a "
                "déclaré le Dr Daniel Orbach. Une collaboration internationale a été mise en "
                "place pour détecter NTRK dans les tumeurs cérébrales, avec l'espoir que ce "
                "médicament y soit tout aussi efficace.</li>"
                "<li>Le programme [[program:biomede|BIOMEDE]] sur les gliomes infiltrants du "
                "tronc cérébral, mené par le Dr Jacques Grill (Gustave Roussy) et soutenu par "
                "Imagine for Margo depuis 2014 (1,6 million d'euros alloués), a produit des "
                "résultats inattendus. Pour la première fois, huit enfants sont les premiers "
                "survivants à long terme de ce cancer au pronostic sombre, et le séquençage de "
                "leur tumeur a permis de comprendre les raisons de ce succès, ouvrant des "
                "perspectives prometteuses.</li>"
                "<li>Enfin, Imagine for Margo participe au financement du projet "
                "[[program:beacon|BEACON]] depuis ses débuts. Ce projet teste plusieurs "
                "thérapies contre le [[disease:neuroblastoma|neuroblastome]] à haut risque, qui "
                "représente 10 % des tumeurs solides de l'enfant de moins de 15 ans et est "
                "généralement diagnostiqué à un stade métastatique. En 2018, le Dr Moreno, "
                "responsable du projet à l'Université de Birmingham, a décidé de tester "
                "l'efficacité de l'association d'une chimiothérapie et du bevacizumab, un "
                "anticorps thérapeutique qui neutralise la croissance des vaisseaux sanguins "
                "nécessaires à la progression de la tumeur. Au total, 160 jeunes de 1 à 21 ans "
                "de 11 pays européens, dont la France, ont bénéficié de ce traitement. Les "
                "chances de guérison des patients qui ont reçu l'association ont nettement "
                "augmenté, et cette nouvelle thérapie est devenue le traitement de référence au "
                "Royaume-Uni.</li></ul>",
                "<p>This year was also marked by major progress in the treatment of high-risk "
                "pediatric cancers.</p>"
                "<ul><li>An abnormal protein, NTRK, is involved in pediatric and adult cancers, "
                "notably fibrosarcomas and brain tumors. Dr. Daniel Orbach (Institut Curie) "
                "tested a new drug in syrup form, which specifically targets this anomaly, and "
                "obtained spectacular results. “The tumors (fibrosarcomas) shrink visibly,” "
                "said Dr. Daniel Orbach. An international collaboration has been set up to "
                "detect NTRK in brain tumors, with the hope that this drug could be just as "
                "effective there.</li>"
                "<li>The [[program:biomede|BIOMEDE]] program on infiltrative gliomas of the "
                "brainstem, led by Dr. Jacques Grill (Gustave Roussy) and supported by Imagine "
                "for Margo since 2014 (1.6 million euros allocated), has produced unexpected "
                "results. For the first time, eight children are now the first long-term "
                "survivors of this cancer with a poor prognosis, and the sequencing of their "
                "tumor has made it possible to understand the reasons for this success, thus "
                "opening up promising perspectives.</li>"
                "<li>Finally, Imagine for Margo has participated in financing the "
                "[[program:beacon|BEACON]] project since its beginnings. This project aims to "
                "test several therapies on high-risk [[disease:neuroblastoma|neuroblastoma]], "
                "which represents 10% of solid tumors in children under 15 years of age and is "
                "generally diagnosed at a metastatic stage. In 2018, Dr. Moreno, project leader "
                "at the University of Birmingham, decided to test the effectiveness of the "
                "combination of chemotherapy and Bevacizumab, a therapeutic antibody that "
                "neutralizes the growth of blood vessels necessary for tumor progression. In "
                "total, 160 young people aged 1 to 21 from 11 European countries, including "
                "France, benefited from this treatment. The chances of recovery for patients "
                "who received the combination therapy have greatly increased and this new "
                "therapy has now become the standard treatment in the United Kingdom.</li></ul>",
            ),
            heading(
                "Sécuriser l'accès aux thérapies innovantes",
                "Securing access to innovative therapies",
            ),
            paragraph(
                "<p>Les pédiatres peuvent être amenés à prescrire des médicaments innovants "
                "lorsque les enfants ne peuvent pas être inclus dans un essai clinique. Ils "
                "peuvent alors recevoir un traitement innovant dans le cadre d'une Autorisation "
                "temporaire d'utilisation (ATU) ou hors de l'Autorisation de mise sur le marché "
                "de médicaments déjà autorisés chez l'adulte. Jusqu'ici, les données de ces "
                "patients restaient dans le périmètre de l'hôpital et n'étaient jamais "
                "centralisées. Pour sécuriser l'accès à ces thérapies innovantes, le Dr Pablo "
                "Berlanga (Gustave Roussy) a lancé le programme [[program:sacha|SACHA]], qui "
                "recueille les données de toxicité et d'efficacité de ces traitements dans "
                "31 centres français et, depuis cette année, à l'international. Au total, plus "
                "de 650 patients ayant reçu 51 nouveaux médicaments ont été enregistrés, et des "
                "recommandations ont été établies pour certains d'entre eux. SACHA a été publié "
                "cette année et reconnu comme source de données exploitables par la Haute "
                "Autorité de santé (HAS).</p>",
                "<p>Pediatricians may be required to prescribe innovative drugs when children "
                "cannot be included in a clinical trial. At that time, they can receive an "
                "innovative treatment, within the framework of a Temporary Authorization for "
                "Use (ATU) or outside the Marketing Authorization for medicines already "
                "authorized for adults. Until now, the data of these patients remained within "
                "the hospital perimeter and were never centralized. With the aim of securing "
                "access to these innovative therapies, Dr. Pablo Berlanga (Gustave Roussy) "
                "launched the [[program:sacha|SACHA]] program, which collects data on the "
                "toxicity and effectiveness of these treatments in 31 French centers and, since "
                "this year, internationally. Ultimately, more than 650 patients who had "
                "received 51 new medications were recorded, and recommendations were "
                "established for some of them. SACHA was published this year and was "
                "recognized as a source of usable data by the French High Authority of Health "
                "(HAS).</p>",
            ),
            heading("Fight Kids Cancer", "Fight Kids Cancer"),
            paragraph(
                "<p>En 2020, Imagine for Margo a cofondé le consortium européen "
                "[[program:fight-kids-cancer|Fight Kids Cancer]]. Cette initiative, soutenue "
                "aussi par d'autres associations européennes (KickCancer, Kriibskrank Kanner, "
                "Kika et CRIS), permet de mettre des fonds en commun pour financer les "
                "programmes de recherche européens les plus innovants et de très grande "
                "ampleur. Ils sont sélectionnés par un comité scientifique indépendant pour "
                "leur excellence scientifique et leur capacité à apporter des réponses ou des "
                "solutions concrètes aux patients.</p>"
                "<p>Cette année, l'appel à projets Fight Kids Cancer est consacré aux "
                "[[disease:brain-tumours|tumeurs cérébrales]], qui représentent près de 30 % "
                "des cancers pédiatriques et pour lesquelles les avancées thérapeutiques ont "
                "été rares ces 30 dernières années. Au total, plus de 3 000 enfants en Europe, "
                "dont 500 en France, sont diagnostiqués chaque année avec ces cancers, pour "
                "lesquels les familles attendent des progrès.</p>",
                "<p>In 2020, Imagine for Margo co-created the European "
                "[[program:fight-kids-cancer|Fight Kids Cancer]] consortium. This initiative, "
                "also supported by other European associations (KickCancer, Kriibskrank "
                "Kanner, Kika and CRIS), makes it possible to pool funds in order to finance "
                "the most innovative, very large-scale research programs in Europe. The latter "
                "are selected for their scientific excellence and their ability to provide "
                "answers or concrete solutions for patients by an independent scientific "
                "committee.</p>"
                "<p>This year, the Fight Kids Cancer call for projects is dedicated to "
                "[[disease:brain-tumours|brain tumors]], which represent nearly 30% of "
                "pediatric cancers and for which therapeutic advances have been rare over the "
                "last 30 years. In total, more than 3,000 children in Europe, including 500 in "
                "France, are diagnosed with these cancers every year, for which families are "
                "waiting for progress.</p>",
            ),
        ),
        programs=("micchado", "mappyacts", "biomede", "beacon", "sacha", "fight-kids-cancer"),
        diseases=("osteosarcoma", "neuroblastoma", "brain-tumours"),
        partners=(
            "institut-curie",
            "gustave-roussy",
            "university-of-nantes",
            "university-of-birmingham",
        ),
    ),
]


def load(loader):
    """The news index and its articles in both languages, under the home pages."""

    def sources(kind, keys):
        return [loader.pages[f"{kind}:{key}"]["fr"] for key in keys]

    for article in ARTICLES:
        relations = {
            "related_programs": sources("program", article.programs),
            "related_diseases": sources("disease", article.diseases),
            "related_partners": sources("partner", article.partners),
        }

        def fields(language, article=article):
            return {
                "title": article.title(language),
                "kind": article.kind,
                "summary": article.summary(language),
                "body": loader._stream(article.body, language),
                "hero_image": loader._illustration(article.title(language)),
            }

        loader._page(
            f"article:{article.key}", ArticlePage, "section:news", article.slug, fields, relations
        )
