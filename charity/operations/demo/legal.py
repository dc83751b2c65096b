"""The pages French law asks for (legal notice, privacy policy) and the contact page.

The legal texts are templates: what only the charity knows is marked "[À compléter : …]"
/ "[To complete: …]" for staff to fill in before the site opens. What the site itself
does (what its forms keep and for how long, the cookies it sets) is stated as it is.
"""

from dataclasses import dataclass

from charity.operations.demo.pages import StandardPageData
from charity.operations.demo.text import T, heading, paragraph

LEGAL_NOTICE = StandardPageData(
    key="legal-notice",
    slug=T("mentions-legales", "legal-notice"),
    title=T("Mentions légales", "Legal notice"),
    intro=T(
        "Qui publie ce site et qui l'héberge, comme le demande la loi pour la confiance dans "
        "l'économie numérique.",
        "Who publishes this website and who hosts it, as French law on the digital economy "
        "requires.",
    ),
    body=(
        heading("Éditeur du site", "Publisher"),
        paragraph(
            "<p>Imagine for Margo – Enfants sans cancer, association régie par la loi du "
            "1er juillet 1901, créée en 2011.</p>"
            "<p>[À compléter : adresse du siège, numéro RNA ou SIREN, adresse e-mail et "
            "numéro de téléphone.]</p>",
            "<p>Imagine for Margo – Children without cancer, a non-profit association under "
            "the French law of 1 July 1901, founded in 2011.</p>"
            "<p>[To complete: registered address, RNA or SIREN number, e-mail address and "
            "telephone number.]</p>",
        ),
        heading("Directeur ou directrice de la publication", "Director of publication"),
        paragraph(
            "<p>[À compléter : nom et qualité de la personne responsable de la publication, "
            "en général la présidente ou le président de l'association.]</p>",
            "<p>[To complete: name and position of the person responsible for publication, "
            "usually the association's president.]</p>",
        ),
        heading("Hébergeur", "Host"),
        paragraph(
            "<p>[À compléter : nom ou raison sociale de l'hébergeur, adresse et numéro de "
            "téléphone.]</p>",
            "<p>[To complete: the host's name or company name, address and telephone number.]</p>",
        ),
        heading("Propriété intellectuelle", "Intellectual property"),
        paragraph(
            "<p>Les textes, images et logos de ce site appartiennent à Imagine for Margo ou à "
            "leurs auteurs. [À compléter : conditions de réutilisation et crédits "
            "photographiques.]</p>",
            "<p>The texts, images and logos on this website belong to Imagine for Margo or to "
            "their authors. [To complete: terms of reuse and photo credits.]</p>",
        ),
        heading("Données personnelles", "Personal data"),
        paragraph(
            "<p>Ce que le site collecte, pourquoi, combien de temps et comment exercer vos "
            "droits : voir la [[page:privacy|politique de confidentialité]].</p>",
            "<p>What the website collects, why, for how long and how to exercise your "
            "rights: see the [[page:privacy|privacy policy]].</p>",
        ),
    ),
)

PRIVACY = StandardPageData(
    key="privacy",
    slug=T("confidentialite", "privacy"),
    title=T("Politique de confidentialité", "Privacy policy"),
    intro=T(
        "Les données que ce site collecte, pourquoi, combien de temps nous les gardons, et "
        "vos droits.",
        "The data this website collects, why, how long we keep it, and your rights.",
    ),
    body=(
        heading("Responsable du traitement", "Data controller"),
        paragraph(
            "<p>Imagine for Margo – Enfants sans cancer. [À compléter : adresse postale et "
            "adresse e-mail à laquelle écrire pour toute question sur vos données, et le "
            "cas échéant le nom du délégué à la protection des données.]</p>",
            "<p>Imagine for Margo – Children without cancer. [To complete: postal address "
            "and the e-mail address to write to about your data, and the data protection "
            "officer's name if there is one.]</p>",
        ),
        heading("Lettre d'information", "Newsletter"),
        paragraph(
            "<p><strong>Ce que nous collectons :</strong> votre adresse e-mail, la langue "
            "choisie, et la preuve de votre accord (date et heure, texte accepté, langue). "
            "<strong>Pourquoi :</strong> vous envoyer la lettre d'information, sur la base "
            "de votre consentement, que vous confirmez en cliquant le lien reçu par e-mail. "
            "<strong>Combien de temps :</strong> une inscription non confirmée est effacée "
            "après quelques jours [À compléter : durée exacte réglée sur le site] ; une "
            "adresse confirmée est gardée jusqu'à votre désinscription, possible en un clic "
            "depuis chaque e-mail.</p>",
            "<p><strong>What we collect:</strong> your e-mail address, the language you "
            "chose, and the record of your consent (date and time, the text you accepted, "
            "the language). <strong>Why:</strong> to send you the newsletter, on the basis "
            "of your consent, which you confirm by clicking the link we e-mail you. "
            "<strong>How long:</strong> a sign-up that is not confirmed is deleted after a "
            "few days [To complete: the exact period set on the site]; a confirmed address "
            "is kept until you unsubscribe, in one click from any of our e-mails.</p>",
        ),
        heading("Formulaire de contact", "Contact form"),
        paragraph(
            "<p><strong>Ce que nous collectons :</strong> ce que vous écrivez dans le "
            "formulaire (en général votre nom, votre adresse e-mail et votre message). "
            "<strong>Pourquoi :</strong> vous répondre, dans l'intérêt légitime de "
            "l'association à répondre aux personnes qui lui écrivent. Le message est envoyé "
            "par e-mail à l'équipe et enregistré sur le site. <strong>Combien de temps "
            ":</strong> le temps indiqué sur la page de contact (douze mois par défaut), "
            "puis il est effacé automatiquement.</p>",
            "<p><strong>What we collect:</strong> what you type into the form (usually your "
            "name, your e-mail address and your message). <strong>Why:</strong> to reply "
            "to you, in the association's legitimate interest in answering those who write "
            "to it. The message is e-mailed to the team and stored on the website. "
            "<strong>How long:</strong> the period stated on the contact page (twelve "
            "months by default), after which it is deleted automatically.</p>",
        ),
        paragraph(
            "<p>Ces données ne sont ni vendues ni cédées. Seule l'équipe de l'association y "
            "a accès. [À compléter : prestataires qui les traitent pour l'association, par "
            "exemple l'hébergeur et l'outil d'envoi d'e-mails, et leur pays.]</p>",
            "<p>This data is neither sold nor passed on. Only the association's team has "
            "access to it. [To complete: the service providers that process it on the "
            "association's behalf, such as the host and the e-mailing tool, and their "
            "country.]</p>",
        ),
        heading("Cookies", "Cookies"),
        paragraph(
            "<p>Ce site ne dépose <strong>aucun cookie de mesure d'audience, de publicité ou "
            "de suivi</strong>, et n'utilise aucun outil de statistiques. Il dépose "
            "seulement des cookies nécessaires à son fonctionnement, exemptés de "
            "consentement :</p>"
            "<ul><li><strong>langue</strong> (<code>django_language</code>) : seulement "
            "si vous choisissez une langue avec le sélecteur de langue, pour la retenir ; "
            "gardé un an.</li>"
            "<li><strong>sécurité des formulaires</strong> (<code>csrftoken</code>) : "
            "lorsque vous ouvrez la page de contact, pour empêcher un autre site d'envoyer "
            "le formulaire à votre place ; gardé un an.</li>"
            "<li><strong>session</strong> (<code>sessionid</code>) : seulement pour les "
            "membres de l'équipe connectés à l'administration du site.</li></ul>"
            "<p>Sur le site publié en HTTPS, le nom de ces cookies commence par "
            "<code>__Host-</code>, ce qui les réserve à ce site.</p>"
            "<p>Les vidéos intégrées aux pages sont lues avec le mode de confidentialité "
            "renforcée de YouTube (youtube-nocookie.com) ou le lecteur Vimeo : ces sites "
            "peuvent enregistrer des données dans votre navigateur lorsque vous lancez une "
            "vidéo, selon leur propre politique.</p>",
            "<p>This website sets <strong>no audience measurement, advertising or tracking "
            "cookie</strong>, and uses no statistics tool. It only sets cookies it needs to "
            "work, which need no consent:</p>"
            "<ul><li><strong>language</strong> (<code>django_language</code>): only if you "
            "choose a language with the language switcher, to remember it; kept one "
            "year.</li>"
            "<li><strong>form security</strong> (<code>csrftoken</code>): when you open "
            "the contact page, so that no other website can send the form in your place; "
            "kept one year.</li>"
            "<li><strong>session</strong> (<code>sessionid</code>): only for team members "
            "signed in to the website's administration.</li></ul>"
            "<p>On the published HTTPS site, their names start with <code>__Host-</code>, "
            "which keeps them to this site.</p>"
            "<p>Videos embedded in pages play in YouTube's privacy-enhanced mode "
            "(youtube-nocookie.com) or in Vimeo's player: these sites may store data in "
            "your browser when you start a video, under their own policies.</p>",
        ),
        heading("Vos droits", "Your rights"),
        paragraph(
            "<p>Vous pouvez accéder à vos données, les faire rectifier ou effacer, vous "
            "opposer à leur traitement ou en demander la limitation, retirer votre "
            "consentement à tout moment et recevoir vos données dans un format lisible "
            "(règlement général sur la protection des données, articles 15 à 21). Pour "
            "cela, écrivez-nous [À compléter : adresse e-mail ou postale] ; nous répondons "
            "dans un délai d'un mois.</p>"
            "<p>Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser "
            'une réclamation à la CNIL : <a href="https://www.cnil.fr/fr/plaintes">'
            "cnil.fr/fr/plaintes</a>.</p>",
            "<p>You may access your data, have it corrected or erased, object to its "
            "processing or ask for it to be restricted, withdraw your consent at any time "
            "and receive your data in a readable format (General Data Protection "
            "Regulation, articles 15 to 21). To do so, write to us [To complete: e-mail or "
            "postal address]; we reply within one month.</p>"
            "<p>If you believe your rights are not respected, you may lodge a complaint "
            "with the CNIL, the French data protection authority: "
            '<a href="https://www.cnil.fr/en/contact-cnil">cnil.fr</a>.</p>',
        ),
    ),
)

# The privacy policy first: the legal notice links to it.
LEGAL_PAGES = [PRIVACY, LEGAL_NOTICE]


@dataclass(frozen=True)
class ContactFieldData:
    label: T
    field_type: str
    required: bool = True
    help_text: T = T("", "")


@dataclass(frozen=True)
class ContactPageData:
    slug: T
    title: T
    intro: T
    subject: T
    fields: tuple


CONTACT = ContactPageData(
    slug=T("contact", "contact"),
    title=T("Nous écrire", "Contact us"),
    intro=T(
        "Une question sur nos programmes, un projet de partenariat, une idée d'événement ? "
        "Écrivez-nous, nous vous répondrons.",
        "A question about our programs, a partnership, an idea for an event? Write to us and "
        "we will reply.",
    ),
    subject=T("Message du site", "Message from the website"),
    fields=(
        ContactFieldData(T("Votre nom", "Your name"), "singleline"),
        ContactFieldData(
            T("Votre adresse e-mail", "Your e-mail address"),
            "email",
            help_text=T("Pour vous répondre.", "So that we can reply."),
        ),
        ContactFieldData(T("Votre message", "Your message"), "multiline"),
    ),
)
