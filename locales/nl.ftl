# disclose — Nederlandse teksten (vertaald uit en.ftl; ontbrekende berichten vallen terug op het Engels).
#
# Berichten die alleen de paginabrede variabelen hieronder gebruiken, zijn in templates beschikbaar als
# `t.<id met - vervangen door _>`. Paginabrede variabelen:
#   $policy      de naam van de verklaring (policy)
#   $controller  de naam van de verwerkingsverantwoordelijke (controller)
#   $sites       de websites waarop de verklaring van toepassing is, als opsomming
#   $effective   de ingangsdatum, voluit geschreven
#   $version     de versie van de verklaring
#   $authority   de naam van de toezichthoudende autoriteit
#
# Terminologie volgt de Nederlandse tekst van de AVG (Verordening (EU) 2016/679).

## Documenten

# De eigen naam van de taal, getoond in de taalkeuze.
language-name = Nederlands

cookie-policy-title = Cookieverklaring
privacy-policy-title = Privacyverklaring
document-subtitle = { $policy }
effective-date = Geldig vanaf { $effective }
policy-version = Versie { $version }
language-switcher = Andere talen
contents = Inhoud
generated-by = Gegenereerd door disclose op basis van de catalogus van { $controller }.
index-title = Gepubliceerde verklaringen
index-document = Document
index-language = Taal
index-files = Bestanden

## Cookieverklaring

cookie-intro = In deze verklaring leest u welke cookies en vergelijkbare technieken { $controller } gebruikt, wie ze plaatst, waarom en hoe lang, en hoe u ze zelf kunt beheren.
cookie-intro-sites = Deze verklaring geldt voor { $sites }.
what-are-cookies-heading = Wat zijn cookies?
what-are-cookies = Cookies zijn kleine tekstbestanden die een website in uw browser opslaat. Bij latere bezoeken worden ze teruggestuurd naar de website, zodat die uw browser kan herkennen. Vergelijkbare technieken, zoals lokale opslag en trackingpixels, werken op dezelfde manier en vallen ook onder deze verklaring.
session-vs-persistent = Sessiecookies worden verwijderd wanneer u uw browser sluit. Permanente cookies blijven op uw apparaat staan totdat ze verlopen of totdat u ze verwijdert.

consent-heading = Uw toestemming
consent-necessary = Cookies die strikt noodzakelijk zijn om de website te laten werken, worden zonder uw toestemming geplaatst. Alle andere cookies worden alleen geplaatst zoals hieronder beschreven.
consent-mechanism-opt-in-banner = Wij vragen uw toestemming voordat wij cookies plaatsen die niet strikt noodzakelijk zijn.
consent-asked-categories = U kiest zelf welke categorieën van deze cookies u accepteert.
consent-asked-all-or-nothing = U accepteert of weigert deze cookies allemaal tegelijk.
consent-asked-reject-first-layer = Op het eerste scherm van onze banner kunt u deze cookies even gemakkelijk weigeren als accepteren.
consent-asked-reject-later = Om deze cookies te weigeren, opent u de instellingen van onze banner.
consent-asked-pre-ticked = Sommige keuzes in onze banner zijn vooraf aangevinkt.
consent-asked-not-pre-ticked = Geen enkele keuze in onze banner is vooraf aangevinkt.
consent-asked-cookie-wall = U kunt de website alleen gebruiken nadat u deze cookies hebt geaccepteerd.
consent-asked-no-cookie-wall = U kunt de website gebruiken, of u deze cookies nu accepteert of niet.
consent-mechanism-browser-settings = Welke cookies geplaatst mogen worden, bepalen wij aan de hand van de cookie-instellingen van uw browser.
consent-mechanism-implied = Wij beschouwen het voortgezette gebruik van de website als instemming met onze cookies.
consent-mechanism-none = Wij vragen geen toestemming voor het plaatsen van cookies.
consent-notice = Onze toestemmingsmelding luidt:
consent-withdraw = U kunt uw toestemming op elk moment intrekken of wijzigen. Het intrekken van uw toestemming doet geen afbreuk aan de rechtmatigheid van het gebruik van cookies vóór de intrekking.
consent-gpc = Wij respecteren Global Privacy Control (GPC). Als uw browser dit signaal stuurt en u nog geen keuze hebt gemaakt, beschouwen wij dat als een weigering van deze cookies: { $categories }; wij plaatsen ze pas als u ze in de cookie-instellingen zelf toestaat. Het signaal verandert niets aan strikt noodzakelijke cookies en aan de andere categorieën, waarnaar wij u nog steeds vragen.
consent-withdrawal-effect = Als u uw toestemming intrekt:

cookies-heading = Cookies die wij gebruiken
cookies-none = Deze website gebruikt geen cookies.
cookie-table-caption = Cookies die op deze website worden geplaatst
column-name = Naam
column-provider = Aanbieder
column-role = Rol
column-purpose = Doel
column-category = Categorie
column-duration = Looptijd
column-party = Partij
column-description = Beschrijving
party-first = Eerste partij
party-third = Derde partij
cookie-unnamed = naam niet vermeld
cookie-example = Voorbeeld: { $example }
cookie-retention = De verzamelde informatie wordt { $retention } bewaard.
cookie-retention-session = De verzamelde informatie wordt bewaard tot het einde van de sessie.
cookie-retention-not-stated = Hoe lang de verzamelde informatie wordt bewaard, is niet vermeld.
cookie-pattern = Het deel tussen punthaken verschilt per cookie.
provider-first-party = { $controller }

category-necessary = Strikt noodzakelijk
category-preferences = Voorkeuren
category-analytics = Analyse
category-marketing = Marketing
category-necessary-description = Nodig om de website te laten werken, bijvoorbeeld om u ingelogd te houden. Deze cookies kunnen niet worden uitgeschakeld.
category-preferences-description = Onthouden uw keuzes, zoals uw taal, zodat de website prettiger in gebruik is.
category-analytics-description = Tellen bezoeken en meten hoe de website wordt gebruikt, zodat wij die kunnen verbeteren.
category-marketing-description = Volgen uw activiteiten om relevante inhoud en advertenties te tonen of om campagnes te meten.

storage-cookie = Cookie
storage-local-storage = Lokale opslag
storage-session-storage = Sessieopslag
storage-indexed-db = IndexedDB
storage-pixel = Trackingpixel
storage-flash = Lokaal gedeeld object van Flash

duration-session = Sessie
duration-persistent = Permanent (termijn niet vermeld)
duration-not-stated = Niet vermeld
duration-until = Tot { $end }
duration-until-max = Tot { $end }, hoogstens { $max }
duration-until-date = Tot { $end }
duration-until-date-max = Tot { $end }, hoogstens { $max }
duration-rolling = { $period } na uw laatste bezoek
duration-in-regions = In { $regions }: { $duration }
duration-elsewhere = elders: { $duration }
region-eea = de EER
region-eu = de EU
duration-year = { $plural ->
    [one] { $count } jaar
   *[other] { $count } jaar
}
duration-month = { $plural ->
    [one] { $count } maand
   *[other] { $count } maanden
}
duration-week = { $plural ->
    [one] { $count } week
   *[other] { $count } weken
}
duration-day = { $plural ->
    [one] { $count } dag
   *[other] { $count } dagen
}
duration-hour = { $plural ->
    [one] { $count } uur
   *[other] { $count } uur
}
duration-minute = { $plural ->
    [one] { $count } minuut
   *[other] { $count } minuten
}
duration-second = { $plural ->
    [one] { $count } seconde
   *[other] { $count } seconden
}

managing-heading = Cookies beheren
managing-browser = U kunt cookies blokkeren of verwijderen via de instellingen van uw browser. Dat werkt in elke browser anders; de hulppagina's van uw browser leggen uit hoe. Als u strikt noodzakelijke cookies blokkeert, werken onderdelen van de website mogelijk niet meer.

## Ontvangers en doorgiften

third-parties-heading = Derde partijen
recipients-heading = Ontvangers van uw gegevens
recipients-none = Wij delen geen persoonsgegevens met andere organisaties.
recipient-service-label = Dienst
recipient-country-label = Land van verwerking
recipient-transfer-label = Waarborg voor de doorgifte
recipient-own-purposes-label = Eigen doeleinden
recipient-own-purposes-yes = Mag de gegevens ook voor eigen doeleinden gebruiken.
recipient-own-purposes-no = Mag de gegevens niet voor eigen doeleinden gebruiken.
recipient-privacy = Privacyverklaring van { $name }
role-processor = Verwerker die in onze opdracht handelt
role-controller = Zelfstandige verwerkingsverantwoordelijke
role-joint-controller = Gezamenlijke verwerkingsverantwoordelijke
role-recipients = Categorie van ontvangers

transfer-adequacy = Adequaatheidsbesluit van de Europese Commissie
transfer-scc = Standaardcontractbepalingen
transfer-bcr = Bindende bedrijfsvoorschriften
transfer-eu-us-dpf = EU-VS-kader voor gegevensbescherming
transfer-derogation = Afwijking voor specifieke situaties (art. 49 AVG)
transfer-privacy-shield = EU-VS-privacyschild
transfer-safe-harbor = Veiligehavenbeginselen
transfers-heading = Doorgiften buiten de Europese Economische Ruimte

## Privacyverklaring

privacy-intro = In deze privacyverklaring leest u hoe { $controller } uw persoonsgegevens verwerkt, voor welke doeleinden en op welke rechtsgrond, wie ze ontvangt, hoe lang ze worden bewaard en welke rechten u hebt.
controller-heading = Wie is verantwoordelijk?
controller-intro = De verwerkingsverantwoordelijke voor uw persoonsgegevens is:
controller-email = E-mail
controller-phone = Telefoon
controller-website = Website
controller-registration = Registratienummer
controller-address = Adres
dpo-heading = Contact over privacy
dpo-designated = Onze functionaris voor gegevensbescherming:
dpo-contact = Ons contactpunt voor privacy:

data-heading = Persoonsgegevens die wij verwerken
data-examples = Voorbeelden
data-sources = Hoe wij ze verkrijgen
data-purposes = Waarvoor wij ze gebruiken
data-recipients = Wie ze ontvangt
data-retention = Hoe lang wij ze bewaren
data-sensitive = Het gaat hierbij ook om bijzondere categorieën van persoonsgegevens. Die verwerken wij alleen als de wet dat toestaat.
source-data-subject = van u
source-cookies = via cookies op onze websites
source-third-party = van derden
source-public = uit openbare bronnen

purposes-heading = Doeleinden en rechtsgronden
column-legal-basis = Rechtsgrond
legal-basis-not-stated = Niet vermeld
legal-bases-general = Wij baseren ons op de volgende rechtsgronden:
legitimate-interest = Ons gerechtvaardigd belang: { $interest }
basis-consent = Toestemming (art. 6 lid 1 sub a AVG)
basis-contract = Uitvoering van een overeenkomst (art. 6 lid 1 sub b AVG)
basis-legal-obligation = Wettelijke verplichting (art. 6 lid 1 sub c AVG)
basis-vital-interests = Vitale belangen (art. 6 lid 1 sub d AVG)
basis-public-task = Taak van algemeen belang (art. 6 lid 1 sub e AVG)
basis-legitimate-interests = Gerechtvaardigd belang (art. 6 lid 1 sub f AVG)

storage-heading = Waar uw gegevens worden opgeslagen
retention-heading = Hoe lang wij uw gegevens bewaren

rights-heading = Uw rechten
rights-intro = U hebt de volgende rechten:
right-information = Het recht op informatie over de verwerking van uw persoonsgegevens.
right-access = Het recht van inzage in uw persoonsgegevens (art. 15 AVG).
right-rectification = Het recht op rectificatie van onjuiste persoonsgegevens (art. 16 AVG).
right-erasure = Het recht op gegevenswissing, dat wil zeggen het wissen van uw persoonsgegevens (art. 17 AVG).
right-restriction = Het recht op beperking van de verwerking (art. 18 AVG).
right-portability = Het recht op overdraagbaarheid van gegevens (art. 20 AVG).
right-objection = Het recht van bezwaar tegen de verwerking (art. 21 AVG).
right-automated-decisions = Het recht om niet te worden onderworpen aan een besluit dat uitsluitend is gebaseerd op geautomatiseerde verwerking, waaronder profilering (art. 22 AVG).
right-withdraw-consent = Het recht om uw toestemming op elk moment in te trekken, zonder dat dit afbreuk doet aan de rechtmatigheid van de verwerking vóór de intrekking (art. 7 lid 3 AVG).
right-complaint = Het recht om een klacht in te dienen bij een toezichthoudende autoriteit (art. 77 AVG).
rights-authority = Toezichthoudende autoriteit: { $authority }
rights-none = Deze verklaring vermeldt niet welke rechten u hebt.

automated-heading = Geautomatiseerde besluitvorming
automated-yes = Wij nemen besluiten die uitsluitend zijn gebaseerd op geautomatiseerde verwerking, waaronder profilering.
automated-no = Wij nemen geen besluiten die uitsluitend zijn gebaseerd op geautomatiseerde verwerking, waaronder profilering.

cookies-see-cookie-policy = Hoe wij cookies gebruiken, leest u in onze cookieverklaring.
more-information-heading = Meer informatie
contact-heading = Vragen
contact-intro = Hebt u vragen over deze verklaring? Neem dan contact op met { $controller }.

## Landen (ISO 3166-1)

country-AT = Oostenrijk
country-AU = Australië
country-BE = België
country-BG = Bulgarije
country-CA = Canada
country-CH = Zwitserland
country-CN = China
country-CY = Cyprus
country-CZ = Tsjechië
country-DE = Duitsland
country-DK = Denemarken
country-EE = Estland
country-ES = Spanje
country-FI = Finland
country-FR = Frankrijk
country-GB = Verenigd Koninkrijk
country-GR = Griekenland
country-HR = Kroatië
country-HU = Hongarije
country-IE = Ierland
country-IL = Israël
country-IN = India
country-IS = IJsland
country-IT = Italië
country-JP = Japan
country-KR = Zuid-Korea
country-LI = Liechtenstein
country-LT = Litouwen
country-LU = Luxemburg
country-LV = Letland
country-MT = Malta
country-NL = Nederland
country-NO = Noorwegen
country-NZ = Nieuw-Zeeland
country-PL = Polen
country-PT = Portugal
country-RO = Roemenië
country-SE = Zweden
country-SG = Singapore
country-SI = Slovenië
country-SK = Slowakije
country-US = Verenigde Staten
country-UY = Uruguay

## Toestemmingsbanners (out/<policy>/exports/, docs/exports.md)
banner-title = Wij gebruiken cookies
banner-description = Wij gebruiken cookies die strikt noodzakelijk zijn om deze website te laten werken. Met uw toestemming gebruiken wij ook andere cookies, die in de instellingen worden beschreven. U kunt uw keuze altijd wijzigen.
banner-accept-all = Alles accepteren
banner-reject-all = Alles weigeren
banner-settings = Voorkeuren beheren
banner-save = Voorkeuren opslaan
banner-close = Sluiten
banner-preferences-title = Cookievoorkeuren
banner-preferences-description = Kies welke categorieën cookies u toestaat. Strikt noodzakelijke cookies staan altijd aan. U kunt uw keuze altijd wijzigen.
banner-cookies = Cookies: { $cookies }

## Changes to this policy: the pages' section, `disclose diff` and the banners' revision notice
changes-title = Wijzigingen in dit beleid
changes-current = Dit is versie { $version }, van kracht sinds { $effective }.
changes-current-date = Deze versie is van kracht sinds { $effective }.
changes-release = Versie { $version } van { $effective }
changes-editorial = Formuleringen en vertalingen zijn verbeterd.
changes-none = Voor deze versie zijn geen wijzigingen vastgelegd.
changes-first = Dit is de eerste vastgelegde versie.
changes-consent = Vanwege deze wijzigingen hebben we opnieuw om uw toestemming gevraagd.
banner-revision = Dit beleid is gewijzigd sinds u voor het laatst uw keuze maakte: { $changes }
banner-revision-unrecorded = Dit beleid is gewijzigd sinds u voor het laatst uw keuze maakte.
banner-gpc = Uw browser stuurt een Global Privacy Control-signaal; daarom hebben wij deze cookies voor u geweigerd: { $categories }. U kunt ze in de instellingen zelf alsnog toestaan.
change-nothing = geen
change-contact-controller = de verwerkingsverantwoordelijke
change-contact-dpo = de functionaris voor gegevensbescherming
change-contact-supervisory_authority = de toezichthoudende autoriteit
change-cookie-added = Nieuwe cookie { $subject } ({ $details })
change-cookie-removed = Cookie { $subject } wordt niet meer gebruikt
change-cookie-renamed = Cookie { $before } heet nu { $after }
change-lifetime-longer = Cookie { $subject } blijft nu { $after } bewaard in plaats van { $before }
change-lifetime-shorter = Cookie { $subject } blijft nu { $after } bewaard in plaats van { $before }
change-category-changed = Cookie { $subject } is verplaatst van { $before } naar { $after }
change-cookie-purposes-changed = Cookie { $subject } dient nu voor: { $after }
change-cookie-provider-changed = Cookie { $subject } wordt nu geplaatst door { $after } in plaats van { $before }
change-purpose-added = Nieuw doel: { $subject }
change-purpose-removed = Doel vervallen: { $subject }
change-legal-basis-changed = { $subject } berust nu op { $after } in plaats van { $before }
change-recipient-added = Nieuwe ontvanger: { $subject }
change-recipient-removed = { $subject } ontvangt geen gegevens meer
change-country-changed = { $subject } verwerkt gegevens nu in { $after } in plaats van { $before }
change-transfer-changed = Doorgiften aan { $subject } berusten nu op: { $after }
change-recipient-role-changed = De rol van { $subject } is gewijzigd
change-data-added = Nieuwe categorie persoonsgegevens: { $subject }
change-data-removed = { $subject } worden niet meer verwerkt
change-data-purposes-changed = { $subject } worden nu gebruikt voor: { $after }
change-data-recipients-changed = { $subject } gaan nu naar: { $after }
change-sources-changed = { $subject } komen nu uit andere bronnen
change-retention-changed = De bewaartermijn is gewijzigd: { $subject }
change-right-granted = Uw rechten omvatten nu: { $subject }
change-right-withdrawn = Niet meer vermeld bij uw rechten: { $subject }
change-contact-changed = Contactgegevens gewijzigd: { $subject }
change-automated-decisions-changed = Wat we zeggen over geautomatiseerde besluiten is gewijzigd
change-consent-mechanism-changed = De manier waarop we om uw toestemming vragen is gewijzigd
change-storage-changed = Waar gegevens worden bewaard is gewijzigd: { $subject }
change-section-added = Nieuw onderdeel: { $subject }
change-section-removed = Onderdeel verwijderd: { $subject }
change-document-added = Nieuw gepubliceerd: { $subject }
change-document-removed = Niet meer gepubliceerd: { $subject }
change-locale-added = Nu ook gepubliceerd in: { $subject }
change-locale-removed = Niet meer gepubliceerd in: { $subject }
change-text-changed = Anders geformuleerd: { $subject } ({ $field }, { $locale })
