# disclose — textes en français (traduits de en.ftl ; les messages manquants retombent sur l'anglais).
#
# Les messages qui n'utilisent que les variables communes à la page ci-dessous sont disponibles
# dans les modèles sous la forme `t.<identifiant avec - remplacé par _>`. Variables de page :
#   $policy      le nom de la politique (policy)
#   $controller  le nom du responsable du traitement (controller)
#   $sites       les sites couverts par la politique, sous forme de liste
#   $effective   la date d'entrée en vigueur, écrite en toutes lettres
#   $version     la version de la politique
#   $authority   le nom de l'autorité de contrôle
#
# La terminologie suit la version française du RGPD (règlement (UE) 2016/679).

## Documents

# Le nom de la langue dans cette langue, affiché dans le sélecteur de langue.
language-name = Français

cookie-policy-title = Politique relative aux cookies
privacy-policy-title = Politique de confidentialité
document-subtitle = { $policy }
effective-date = Date d'entrée en vigueur : { $effective }
policy-version = Version { $version }
language-switcher = Autres langues
contents = Sommaire
generated-by = Généré par disclose à partir du catalogue de { $controller }.
index-title = Politiques publiées
index-document = Document
index-language = Langue
index-files = Fichiers

## Politique relative aux cookies

cookie-intro = La présente politique explique quels cookies et technologies similaires { $controller } utilise, qui les dépose, dans quel but et pour combien de temps, et comment vous pouvez les contrôler.
cookie-intro-sites = Elle s'applique à { $sites }.
what-are-cookies-heading = Qu'est-ce qu'un cookie ?
what-are-cookies = Les cookies sont de petits fichiers texte qu'un site web enregistre dans votre navigateur. Ils sont renvoyés au site lors de vos visites ultérieures, ce qui lui permet de reconnaître votre navigateur. Des technologies similaires, comme le stockage local et les pixels de suivi, fonctionnent de la même manière et sont également couvertes par la présente politique.
session-vs-persistent = Les cookies de session sont supprimés lorsque vous fermez votre navigateur. Les cookies persistants restent sur votre appareil jusqu'à leur expiration ou jusqu'à ce que vous les supprimiez.

consent-heading = Votre consentement
consent-necessary = Les cookies strictement nécessaires au fonctionnement du site sont déposés sans votre consentement. Tous les autres cookies ne sont déposés que dans les conditions décrites ci-dessous.
consent-mechanism-opt-in-banner = Nous vous demandons votre consentement avant de déposer des cookies qui ne sont pas strictement nécessaires.
consent-asked-categories = Vous choisissez les catégories de ces cookies que vous acceptez.
consent-asked-all-or-nothing = Vous acceptez ou refusez ces cookies tous ensemble.
consent-asked-reject-first-layer = Le premier écran de notre bandeau vous permet de refuser ces cookies aussi facilement que de les accepter.
consent-asked-reject-later = Pour refuser ces cookies, vous ouvrez les paramètres de notre bandeau.
consent-asked-pre-ticked = Certains choix de notre bandeau sont cochés à l'avance.
consent-asked-not-pre-ticked = Aucun choix de notre bandeau n'est coché à l'avance.
consent-asked-cookie-wall = Vous ne pouvez utiliser le site qu'après avoir accepté ces cookies.
consent-asked-no-cookie-wall = Vous pouvez utiliser le site que vous acceptiez ces cookies ou non.
consent-mechanism-browser-settings = Nous nous fondons sur les paramètres de cookies de votre navigateur pour déterminer quels cookies peuvent être déposés.
consent-mechanism-implied = Nous considérons que la poursuite de votre navigation sur le site vaut acceptation de nos cookies.
consent-mechanism-none = Nous ne demandons pas de consentement pour déposer des cookies.
consent-notice = Notre demande de consentement est rédigée ainsi :
consent-withdraw = Vous pouvez retirer ou modifier votre consentement à tout moment. Le retrait de votre consentement ne compromet pas la licéité de l'utilisation des cookies effectuée avant ce retrait.
consent-gpc = Nous respectons Global Privacy Control (GPC). Lorsque votre navigateur envoie ce signal et que vous n'avez pas encore fait de choix, nous le traitons comme un refus de ces cookies : { $categories }, et n'en déposons aucun sauf si vous les autorisez vous-même dans les paramètres des cookies. Le signal ne change rien aux cookies strictement nécessaires ni aux autres catégories, pour lesquelles nous vous demandons toujours votre choix.
consent-withdrawal-effect = Si vous retirez votre consentement :

cookies-heading = Les cookies que nous utilisons
cookies-none = Ce site n'utilise pas de cookies.
cookie-table-caption = Cookies déposés sur ce site
column-name = Nom
column-provider = Émetteur
column-role = Rôle
column-purpose = Finalité
column-category = Catégorie
column-duration = Durée de vie
column-party = Origine
column-description = Description
party-first = Interne
party-third = Tiers
cookie-unnamed = nom non précisé
cookie-example = Exemple : { $example }
cookie-retention = Les informations collectées sont conservées pendant { $retention }.
cookie-retention-session = Les informations collectées sont conservées jusqu'à la fin de la session.
cookie-retention-not-stated = La durée de conservation des informations collectées n'est pas indiquée.
cookie-pattern = La partie entre chevrons est variable.
provider-first-party = { $controller }

category-necessary = Strictement nécessaires
category-preferences = Préférences
category-analytics = Mesure d'audience
category-marketing = Marketing
category-necessary-description = Indispensables au fonctionnement du site, par exemple pour maintenir votre connexion. Ils ne peuvent pas être désactivés.
category-preferences-description = Mémorisent vos choix, comme votre langue, pour rendre le site plus pratique à utiliser.
category-analytics-description = Comptent les visites et mesurent l'utilisation du site, afin que nous puissions l'améliorer.
category-marketing-description = Suivent votre activité pour afficher des contenus et des publicités pertinents, ou pour mesurer l'efficacité des campagnes.

storage-cookie = Cookie
storage-local-storage = Stockage local
storage-session-storage = Stockage de session
storage-indexed-db = IndexedDB
storage-pixel = Pixel de suivi
storage-flash = Objet partagé local Flash

duration-session = Session
duration-persistent = Persistant (durée non précisée)
duration-not-stated = Non précisée
duration-until = Jusqu'à ce que { $end }
duration-until-max = Jusqu'à ce que { $end }, au plus { $max }
duration-until-date = Jusqu'au { $end }
duration-until-date-max = Jusqu'au { $end }, au plus { $max }
duration-rolling = { $period } à compter de votre dernière visite
duration-in-regions = { $regions } : { $duration }
duration-elsewhere = ailleurs : { $duration }
region-eea = EEE
region-eu = UE
duration-year = { $plural ->
    [one] { $count } an
   *[other] { $count } ans
}
duration-month = { $plural ->
    [one] { $count } mois
   *[other] { $count } mois
}
duration-week = { $plural ->
    [one] { $count } semaine
   *[other] { $count } semaines
}
duration-day = { $plural ->
    [one] { $count } jour
   *[other] { $count } jours
}
duration-hour = { $plural ->
    [one] { $count } heure
   *[other] { $count } heures
}
duration-minute = { $plural ->
    [one] { $count } minute
   *[other] { $count } minutes
}
duration-second = { $plural ->
    [one] { $count } seconde
   *[other] { $count } secondes
}

managing-heading = Gérer les cookies
managing-browser = Vous pouvez bloquer ou supprimer les cookies dans les paramètres de votre navigateur. La procédure varie d'un navigateur à l'autre ; les pages d'aide de votre navigateur l'expliquent. Si vous bloquez les cookies strictement nécessaires, certaines parties du site risquent de ne plus fonctionner.

## Destinataires et transferts

third-parties-heading = Tiers
recipients-heading = Destinataires de vos données
recipients-none = Nous ne communiquons pas de données à caractère personnel à d'autres organismes.
recipient-service-label = Service
recipient-country-label = Pays de traitement
recipient-transfer-label = Garantie encadrant le transfert
recipient-own-purposes-label = Finalités propres
recipient-own-purposes-yes = Peut également utiliser les données pour ses propres finalités.
recipient-own-purposes-no = Ne peut pas utiliser les données pour ses propres finalités.
recipient-privacy = Politique de confidentialité de { $name }
role-processor = Sous-traitant agissant pour notre compte
role-controller = Responsable du traitement indépendant
role-joint-controller = Responsable conjoint du traitement
role-recipients = Catégorie de destinataires

transfer-adequacy = Décision d'adéquation de la Commission européenne
transfer-scc = Clauses contractuelles types
transfer-bcr = Règles d'entreprise contraignantes
transfer-eu-us-dpf = Cadre de protection des données UE-États-Unis
transfer-derogation = Dérogation pour des situations particulières (article 49 du RGPD)
transfer-privacy-shield = Bouclier de protection des données UE-États-Unis
transfer-safe-harbor = Principes de la « sphère de sécurité »
transfers-heading = Transferts hors de l'Espace économique européen

## Politique de confidentialité

privacy-intro = La présente politique de confidentialité explique comment { $controller } traite vos données à caractère personnel, à quelles fins et sur quelle base juridique, qui les reçoit, combien de temps elles sont conservées et quels sont vos droits.
controller-heading = Responsable du traitement
controller-intro = Le responsable du traitement de vos données à caractère personnel est :
controller-email = Courriel
controller-phone = Téléphone
controller-website = Site web
controller-registration = Numéro d'immatriculation
controller-address = Adresse
dpo-heading = Contact pour la protection des données
dpo-designated = Notre délégué à la protection des données :
dpo-contact = Notre contact pour la protection des données :

data-heading = Données à caractère personnel que nous traitons
data-examples = Exemples
data-sources = Provenance
data-purposes = Finalités
data-recipients = Destinataires
data-retention = Durée de conservation
data-sensitive = Elles comprennent des catégories particulières de données à caractère personnel, que nous ne traitons que lorsque la loi l'autorise.
source-data-subject = auprès de vous
source-cookies = au moyen de cookies sur nos sites
source-third-party = auprès de tiers
source-public = de sources accessibles au public

purposes-heading = Finalités et bases juridiques
column-legal-basis = Base juridique
legal-basis-not-stated = Non précisée
legal-bases-general = Nous nous fondons sur les bases juridiques suivantes :
legitimate-interest = Notre intérêt légitime : { $interest }
basis-consent = Consentement (article 6, paragraphe 1, point a), du RGPD)
basis-contract = Exécution d'un contrat (article 6, paragraphe 1, point b), du RGPD)
basis-legal-obligation = Obligation légale (article 6, paragraphe 1, point c), du RGPD)
basis-vital-interests = Sauvegarde des intérêts vitaux (article 6, paragraphe 1, point d), du RGPD)
basis-public-task = Mission d'intérêt public (article 6, paragraphe 1, point e), du RGPD)
basis-legitimate-interests = Intérêts légitimes (article 6, paragraphe 1, point f), du RGPD)

storage-heading = Lieu de stockage de vos données
retention-heading = Durée de conservation de vos données

rights-heading = Vos droits
rights-intro = Vous disposez des droits suivants :
right-information = Le droit à l'information sur le traitement de vos données à caractère personnel.
right-access = Le droit d'accès à vos données à caractère personnel (article 15 du RGPD).
right-rectification = Le droit de rectification des données à caractère personnel inexactes (article 16 du RGPD).
right-erasure = Le droit à l'effacement de vos données à caractère personnel (article 17 du RGPD).
right-restriction = Le droit à la limitation du traitement (article 18 du RGPD).
right-portability = Le droit à la portabilité des données (article 20 du RGPD).
right-objection = Le droit d'opposition au traitement (article 21 du RGPD).
right-automated-decisions = Le droit de ne pas faire l'objet d'une décision fondée exclusivement sur un traitement automatisé, y compris le profilage (article 22 du RGPD).
right-withdraw-consent = Le droit de retirer votre consentement à tout moment, sans que cela compromette la licéité du traitement effectué avant ce retrait (article 7, paragraphe 3, du RGPD).
right-complaint = Le droit d'introduire une réclamation auprès d'une autorité de contrôle (article 77 du RGPD).
rights-authority = Autorité de contrôle : { $authority }
rights-none = La présente politique n'indique pas quels sont vos droits.

automated-heading = Prise de décision automatisée
automated-yes = Nous prenons des décisions fondées exclusivement sur un traitement automatisé, y compris le profilage.
automated-no = Nous ne prenons pas de décisions fondées exclusivement sur un traitement automatisé, y compris le profilage.

cookies-see-cookie-policy = Notre politique relative aux cookies explique comment nous utilisons les cookies.
more-information-heading = Pour en savoir plus
contact-heading = Nous contacter
contact-intro = Pour toute question sur la présente politique, veuillez contacter { $controller }.

## Pays (ISO 3166-1)

country-AT = Autriche
country-AU = Australie
country-BE = Belgique
country-BG = Bulgarie
country-CA = Canada
country-CH = Suisse
country-CN = Chine
country-CY = Chypre
country-CZ = Tchéquie
country-DE = Allemagne
country-DK = Danemark
country-EE = Estonie
country-ES = Espagne
country-FI = Finlande
country-FR = France
country-GB = Royaume-Uni
country-GR = Grèce
country-HR = Croatie
country-HU = Hongrie
country-IE = Irlande
country-IL = Israël
country-IN = Inde
country-IS = Islande
country-IT = Italie
country-JP = Japon
country-KR = Corée du Sud
country-LI = Liechtenstein
country-LT = Lituanie
country-LU = Luxembourg
country-LV = Lettonie
country-MT = Malte
country-NL = Pays-Bas
country-NO = Norvège
country-NZ = Nouvelle-Zélande
country-PL = Pologne
country-PT = Portugal
country-RO = Roumanie
country-SE = Suède
country-SG = Singapour
country-SI = Slovénie
country-SK = Slovaquie
country-US = États-Unis
country-UY = Uruguay

## Bandeaux de consentement (out/<policy>/exports/, docs/exports.md)
banner-title = Nous utilisons des cookies
banner-description = Nous utilisons des cookies strictement nécessaires au fonctionnement de ce site. Avec votre consentement, nous utilisons aussi d’autres cookies, décrits dans les paramètres. Vous pouvez modifier votre choix à tout moment.
banner-accept-all = Tout accepter
banner-reject-all = Tout refuser
banner-settings = Gérer les préférences
banner-save = Enregistrer les préférences
banner-close = Fermer
banner-preferences-title = Préférences en matière de cookies
banner-preferences-description = Choisissez les catégories de cookies que vous autorisez. Les cookies strictement nécessaires sont toujours actifs. Vous pouvez modifier votre choix à tout moment.
banner-cookies = Cookies : { $cookies }

## Changes to this policy: the pages' section, `disclose diff` and the banners' revision notice
changes-title = Modifications de cette politique
changes-current = Ceci est la version { $version }, en vigueur depuis le { $effective }.
changes-current-date = Cette version est en vigueur depuis le { $effective }.
changes-release = Version { $version } du { $effective }
changes-editorial = La rédaction et les traductions ont été améliorées.
changes-none = Aucune modification n'a été enregistrée pour cette version.
changes-first = Il s'agit de la première version enregistrée.
changes-consent = En raison de ces modifications, nous vous avons de nouveau demandé votre consentement.
banner-revision = Cette politique a changé depuis votre dernier choix : { $changes }
banner-revision-unrecorded = Cette politique a changé depuis votre dernier choix.
banner-gpc = Votre navigateur envoie un signal Global Privacy Control : nous avons donc refusé ces cookies pour vous : { $categories }. Vous pouvez toujours les autoriser vous-même dans les paramètres.
change-nothing = aucun
change-contact-controller = le responsable du traitement
change-contact-dpo = le délégué à la protection des données
change-contact-supervisory_authority = l'autorité de contrôle
change-cookie-added = Nouveau cookie { $subject } ({ $details })
change-cookie-removed = Le cookie { $subject } n'est plus utilisé
change-cookie-renamed = Le cookie { $before } s'appelle désormais { $after }
change-lifetime-longer = Le cookie { $subject } dure désormais { $after } au lieu de { $before }
change-lifetime-shorter = Le cookie { $subject } dure désormais { $after } au lieu de { $before }
change-category-changed = Le cookie { $subject } passe de la catégorie { $before } à { $after }
change-cookie-purposes-changed = Le cookie { $subject } sert désormais à : { $after }
change-cookie-provider-changed = Le cookie { $subject } est désormais déposé par { $after } au lieu de { $before }
change-purpose-added = Nouvelle finalité : { $subject }
change-purpose-removed = Finalité abandonnée : { $subject }
change-legal-basis-changed = { $subject } repose désormais sur { $after } au lieu de { $before }
change-recipient-added = Nouveau destinataire : { $subject }
change-recipient-removed = { $subject } ne reçoit plus de données
change-country-changed = { $subject } traite désormais les données en { $after } au lieu de { $before }
change-transfer-changed = Les transferts vers { $subject } reposent désormais sur : { $after }
change-recipient-role-changed = Le rôle de { $subject } a changé
change-data-added = Nouvelle catégorie de données personnelles : { $subject }
change-data-removed = { $subject } ne sont plus traitées
change-data-purposes-changed = { $subject } sont désormais utilisées pour : { $after }
change-data-recipients-changed = { $subject } sont désormais transmises à : { $after }
change-sources-changed = { $subject } proviennent désormais d'autres sources
change-retention-changed = La durée de conservation a changé : { $subject }
change-right-granted = Vos droits comprennent désormais : { $subject }
change-right-withdrawn = Ne figure plus parmi vos droits : { $subject }
change-contact-changed = Coordonnées modifiées : { $subject }
change-automated-decisions-changed = Nos informations sur les décisions automatisées ont changé
change-consent-mechanism-changed = La manière dont nous demandons votre consentement a changé
change-storage-changed = Le lieu de conservation des données a changé : { $subject }
change-section-added = Nouvelle section : { $subject }
change-section-removed = Section supprimée : { $subject }
change-document-added = Nouvellement publié : { $subject }
change-document-removed = N'est plus publié : { $subject }
change-locale-added = Désormais aussi publié en : { $subject }
change-locale-removed = N'est plus publié en : { $subject }
change-text-changed = Reformulé : { $subject } ({ $field }, { $locale })
