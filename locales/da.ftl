# disclose — danske tekster (oversat fra en.ftl; manglende meddelelser falder tilbage til engelsk).
#
# Sidevariabler: $policy (politikkens navn), $controller (den dataansvarlige),
# $sites (webstederne), $effective (ikrafttrædelsesdatoen), $version, $authority
# (tilsynsmyndigheden).
#
# Terminologien følger den danske tekst af databeskyttelsesforordningen (forordning (EU)
# 2016/679). Tiltaleform: "du", som Datatilsynet bruger.

## Dokumenter

language-name = Dansk

cookie-policy-title = Cookiepolitik
privacy-policy-title = Privatlivspolitik
document-subtitle = { $policy }
effective-date = Gældende fra { $effective }
policy-version = Version { $version }
language-switcher = Andre sprog
contents = Indhold
generated-by = Genereret af disclose ud fra kataloget fra { $controller }.
index-title = Offentliggjorte politikker
index-document = Dokument
index-language = Sprog
index-files = Filer

## Cookiepolitik

cookie-intro = Denne politik forklarer, hvilke cookies og lignende teknologier { $controller } bruger, hvem der sætter dem, hvorfor og hvor længe, og hvordan du selv kan styre dem.
cookie-intro-sites = Den gælder for { $sites }.
what-are-cookies-heading = Hvad er cookies?
what-are-cookies = Cookies er små tekstfiler, som et websted gemmer i din browser. De sendes tilbage til webstedet ved senere besøg, så det kan genkende din browser. Lignende teknologier, såsom lokal lagring og sporingspixels, fungerer på samme måde og er også omfattet af denne politik.
session-vs-persistent = Sessionscookies slettes, når du lukker din browser. Varige cookies bliver på din enhed, indtil de udløber, eller du sletter dem.

consent-heading = Dit samtykke
consent-necessary = Cookies, der er strengt nødvendige for, at webstedet fungerer, sættes uden dit samtykke. Alle andre cookies sættes kun som beskrevet nedenfor.
consent-mechanism-opt-in-banner = Vi beder om dit samtykke, før vi sætter cookies, der ikke er strengt nødvendige.
consent-asked-categories = Du vælger selv, hvilke kategorier af disse cookies du accepterer.
consent-asked-all-or-nothing = Du accepterer eller afviser alle disse cookies samlet.
consent-asked-reject-first-layer = På det første skærmbillede i vores banner kan du afvise disse cookies lige så let som at acceptere dem.
consent-asked-reject-later = For at afvise disse cookies skal du åbne indstillingerne i vores banner.
consent-asked-pre-ticked = Nogle valg i vores banner er markeret på forhånd.
consent-asked-not-pre-ticked = Ingen valg i vores banner er markeret på forhånd.
consent-asked-cookie-wall = Du kan kun bruge webstedet, når du har accepteret disse cookies.
consent-asked-no-cookie-wall = Du kan bruge webstedet, uanset om du accepterer disse cookies eller ej.
consent-mechanism-browser-settings = Vi lader cookieindstillingerne i din browser afgøre, hvilke cookies der må sættes.
consent-mechanism-implied = Vi betragter din fortsatte brug af webstedet som accept af vores cookies.
consent-mechanism-none = Vi beder ikke om samtykke til at sætte cookies.
consent-notice = Vores samtykkemeddelelse lyder:
consent-withdraw = Du kan til enhver tid trække dit samtykke tilbage eller ændre det. Tilbagetrækningen berører ikke lovligheden af brugen af cookies før tilbagetrækningen.
consent-gpc = Vi respekterer Global Privacy Control (GPC). Når din browser sender dette signal, og du endnu ikke har truffet et valg, behandler vi det som en afvisning af disse cookies: { $categories }, og vi sætter ingen af dem, medmindre du selv tillader dem i cookieindstillingerne. Signalet ændrer ikke strengt nødvendige cookies eller de andre kategorier, som vi stadig spørger dig om.
consent-withdrawal-effect = Hvis du trækker dit samtykke tilbage:

cookies-heading = Cookies, vi bruger
cookies-none = Dette websted bruger ikke cookies.
cookie-table-caption = Cookies, der sættes på dette websted
column-name = Navn
column-provider = Udbyder
column-role = Rolle
column-purpose = Formål
column-category = Kategori
column-duration = Levetid
column-party = Part
column-description = Beskrivelse
party-first = Førstepart
party-third = Tredjepart
cookie-unnamed = navn ikke oplyst
cookie-example = Eksempel: { $example }
cookie-retention = De indsamlede oplysninger opbevares i { $retention }.
cookie-retention-session = De indsamlede oplysninger opbevares, indtil sessionen slutter.
cookie-retention-not-stated = Det er ikke oplyst, hvor længe de indsamlede oplysninger opbevares.
cookie-pattern = Delen i vinkelparentes varierer.
provider-first-party = { $controller }

category-necessary = Strengt nødvendige
category-preferences = Præferencer
category-analytics = Statistik
category-marketing = Markedsføring
category-necessary-description = Nødvendige for, at webstedet fungerer, for eksempel for at holde dig logget ind. De kan ikke slås fra.
category-preferences-description = Husker dine valg, såsom dit sprog, så webstedet bliver nemmere at bruge.
category-analytics-description = Tæller besøg og måler, hvordan webstedet bruges, så det kan forbedres.
category-marketing-description = Følger din aktivitet for at vise relevant indhold og relevante annoncer eller for at måle kampagner.

storage-cookie = Cookie
storage-local-storage = Lokal lagring
storage-session-storage = Sessionslagring
storage-indexed-db = IndexedDB
storage-pixel = Sporingspixel
storage-flash = Flash local shared object

duration-session = Session
duration-persistent = Varig (periode ikke oplyst)
duration-not-stated = Ikke oplyst
duration-until = Indtil { $end }
duration-until-max = Indtil { $end }, højst { $max }
duration-until-date = Indtil { $end }
duration-until-date-max = Indtil { $end }, højst { $max }
duration-rolling = { $period } fra dit seneste besøg
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = andre steder: { $duration }
region-eea = EØS
region-eu = EU
duration-year = { $plural ->
    [one] { $count } år
   *[other] { $count } år
}
duration-month = { $plural ->
    [one] { $count } måned
   *[other] { $count } måneder
}
duration-week = { $plural ->
    [one] { $count } uge
   *[other] { $count } uger
}
duration-day = { $plural ->
    [one] { $count } dag
   *[other] { $count } dage
}
duration-hour = { $plural ->
    [one] { $count } time
   *[other] { $count } timer
}
duration-minute = { $plural ->
    [one] { $count } minut
   *[other] { $count } minutter
}
duration-second = { $plural ->
    [one] { $count } sekund
   *[other] { $count } sekunder
}

managing-heading = Styring af cookies
managing-browser = Du kan blokere eller slette cookies i din browsers indstillinger. Hver browser gør det forskelligt; dens hjælpesider forklarer hvordan. Hvis du blokerer strengt nødvendige cookies, fungerer dele af webstedet muligvis ikke.

## Modtagere og overførsler

third-parties-heading = Tredjeparter
recipients-heading = Hvem modtager dine oplysninger
recipients-none = Vi videregiver ikke personoplysninger til andre organisationer.
recipient-service-label = Tjeneste
recipient-country-label = Behandler oplysninger i
recipient-transfer-label = Garanti for overførslen
recipient-own-purposes-label = Egne formål
recipient-own-purposes-yes = Må også bruge oplysningerne til egne formål.
recipient-own-purposes-no = Må ikke bruge oplysningerne til egne formål.
recipient-privacy = Privatlivspolitik for { $name }
role-processor = Databehandler, der handler på vores vegne
role-controller = Selvstændig dataansvarlig
role-joint-controller = Fælles dataansvarlig
role-recipients = Kategori af modtagere

transfer-adequacy = Europa-Kommissionens afgørelse om tilstrækkeligheden af beskyttelsesniveauet
transfer-scc = Standardbestemmelser om databeskyttelse (standardkontraktbestemmelser)
transfer-bcr = Bindende virksomhedsregler
transfer-eu-us-dpf = EU-USA-databeskyttelsesrammen (Data Privacy Framework)
transfer-derogation = Undtagelse i specifikke situationer (databeskyttelsesforordningens artikel 49)
transfer-privacy-shield = EU-US Privacy Shield (værn om privatlivets fred i EU og USA)
transfer-safe-harbor = Safe Harbor-principperne
transfers-heading = Overførsler uden for Det Europæiske Økonomiske Samarbejdsområde

## Privatlivspolitik

privacy-intro = Denne privatlivspolitik forklarer, hvordan { $controller } behandler dine personoplysninger, til hvilke formål og på hvilket retsgrundlag, hvem der modtager dem, hvor længe de opbevares, og hvilke rettigheder du har.
controller-heading = Hvem er ansvarlig
controller-intro = Dataansvarlig for dine personoplysninger er:
controller-email = E-mail
controller-phone = Telefon
controller-website = Websted
controller-registration = Registreringsnummer
controller-address = Adresse
dpo-heading = Kontakt om databeskyttelse
dpo-designated = Vores databeskyttelsesrådgiver:
dpo-contact = Vores kontaktperson for databeskyttelse:

data-heading = Personoplysninger, vi behandler
data-examples = Eksempler
data-sources = Hvor vi får dem fra
data-purposes = Hvad vi bruger dem til
data-recipients = Hvem der modtager dem
data-retention = Hvor længe vi opbevarer dem
data-sensitive = Det omfatter særlige kategorier af personoplysninger, som vi kun behandler, hvor loven tillader det.
source-data-subject = fra dig
source-cookies = via cookies på vores websteder
source-third-party = fra tredjeparter
source-public = fra offentligt tilgængelige kilder

purposes-heading = Formål og retsgrundlag
column-legal-basis = Retsgrundlag
legal-basis-not-stated = Ikke oplyst
legal-bases-general = Vi behandler oplysninger på følgende retsgrundlag:
legitimate-interest = Vores legitime interesse: { $interest }
basis-consent = Samtykke (databeskyttelsesforordningens artikel 6, stk. 1, litra a)
basis-contract = Opfyldelse af en kontrakt (databeskyttelsesforordningens artikel 6, stk. 1, litra b)
basis-legal-obligation = Retlig forpligtelse (databeskyttelsesforordningens artikel 6, stk. 1, litra c)
basis-vital-interests = Vitale interesser (databeskyttelsesforordningens artikel 6, stk. 1, litra d)
basis-public-task = Opgave i samfundets interesse (databeskyttelsesforordningens artikel 6, stk. 1, litra e)
basis-legitimate-interests = Legitime interesser (databeskyttelsesforordningens artikel 6, stk. 1, litra f)

storage-heading = Hvor dine oplysninger opbevares
retention-heading = Hvor længe vi opbevarer dine oplysninger

rights-heading = Dine rettigheder
rights-intro = Du har følgende rettigheder:
right-information = Retten til at blive oplyst om behandlingen af dine personoplysninger.
right-access = Retten til indsigt i dine personoplysninger (databeskyttelsesforordningens artikel 15).
right-rectification = Retten til at få urigtige personoplysninger berigtiget (databeskyttelsesforordningens artikel 16).
right-erasure = Retten til sletning af dine personoplysninger (databeskyttelsesforordningens artikel 17).
right-restriction = Retten til begrænsning af behandling (databeskyttelsesforordningens artikel 18).
right-portability = Retten til dataportabilitet (databeskyttelsesforordningens artikel 20).
right-objection = Retten til at gøre indsigelse mod behandling (databeskyttelsesforordningens artikel 21).
right-automated-decisions = Retten til ikke at være genstand for en afgørelse, der alene er baseret på automatisk behandling, herunder profilering (databeskyttelsesforordningens artikel 22).
right-withdraw-consent = Retten til til enhver tid at trække dit samtykke tilbage, uden at det berører lovligheden af behandlingen før tilbagetrækningen (databeskyttelsesforordningens artikel 7, stk. 3).
right-complaint = Retten til at indgive klage til en tilsynsmyndighed (databeskyttelsesforordningens artikel 77).
rights-authority = Tilsynsmyndighed: { $authority }
rights-none = Denne politik oplyser ikke, hvilke rettigheder du har.

automated-heading = Automatiske afgørelser
automated-yes = Vi træffer afgørelser, der alene er baseret på automatisk behandling, herunder profilering.
automated-no = Vi træffer ikke afgørelser, der alene er baseret på automatisk behandling, herunder profilering.

cookies-see-cookie-policy = Hvordan vi bruger cookies, er forklaret i vores cookiepolitik.
more-information-heading = Mere information
contact-heading = Spørgsmål
contact-intro = Hvis du har spørgsmål om denne politik, er du velkommen til at kontakte { $controller }.

## Samtykkebannere

banner-title = Vi bruger cookies
banner-description = Vi bruger cookies, der er strengt nødvendige for, at dette websted fungerer. Med dit samtykke bruger vi også andre cookies, som er beskrevet i indstillingerne. Du kan til enhver tid ændre dit valg.
banner-accept-all = Accepter alle
banner-reject-all = Afvis alle
banner-settings = Administrer præferencer
banner-save = Gem præferencer
banner-close = Luk
banner-preferences-title = Cookiepræferencer
banner-preferences-description = Vælg, hvilke kategorier af cookies du tillader. Strengt nødvendige cookies er altid slået til. Du kan til enhver tid ændre dit valg.
banner-cookies = Cookies: { $cookies }

## Ændringer af denne politik

changes-title = Ændringer af denne politik
changes-current = Dette er version { $version }, gældende siden { $effective }.
changes-current-date = Denne version er gældende siden { $effective }.
changes-release = Version { $version } af { $effective }
changes-editorial = Formuleringer og oversættelser er blevet forbedret.
changes-none = Der er ikke registreret ændringer i denne version.
changes-first = Dette er den første registrerede version.
changes-consent = Vi har bedt om dit samtykke igen på grund af disse ændringer.
banner-revision = Denne politik er ændret, siden du sidst traf dit valg: { $changes }
banner-revision-unrecorded = Denne politik er ændret, siden du sidst traf dit valg.
banner-gpc = Din browser sender et Global Privacy Control-signal, så vi har afvist disse cookies for dig: { $categories }. Du kan stadig selv tillade dem i indstillingerne.
change-nothing = ingen
change-contact-controller = den dataansvarlige
change-contact-dpo = databeskyttelsesrådgiveren
change-contact-supervisory_authority = tilsynsmyndigheden
change-cookie-added = Ny cookie { $subject } ({ $details })
change-cookie-removed = Cookien { $subject } bruges ikke længere
change-cookie-renamed = Cookien { $before } hedder nu { $after }
change-lifetime-longer = Cookien { $subject } har nu en levetid på { $after } i stedet for { $before }
change-lifetime-shorter = Cookien { $subject } har nu en levetid på { $after } i stedet for { $before }
change-category-changed = Cookien { $subject } er flyttet fra { $before } til { $after }
change-cookie-purposes-changed = Cookien { $subject } bruges nu til: { $after }
change-cookie-provider-changed = Cookien { $subject } sættes nu af { $after } i stedet for { $before }
change-purpose-added = Nyt formål: { $subject }
change-purpose-removed = Formål, der ikke længere forfølges: { $subject }
change-legal-basis-changed = { $subject } bygger nu på { $after } i stedet for { $before }
change-recipient-added = Ny modtager: { $subject }
change-recipient-removed = { $subject } modtager ikke længere oplysninger
change-country-changed = { $subject } behandler nu oplysninger i { $after } i stedet for { $before }
change-transfer-changed = Overførsler til { $subject } bygger nu på: { $after }
change-recipient-role-changed = Rollen for { $subject } er ændret
change-data-added = Ny kategori af personoplysninger: { $subject }
change-data-removed = { $subject } behandles ikke længere
change-data-purposes-changed = { $subject } bruges nu til: { $after }
change-data-recipients-changed = { $subject } går nu til: { $after }
change-sources-changed = { $subject } kommer nu fra andre kilder
change-retention-changed = Opbevaringsperioden er ændret: { $subject }
change-right-granted = Dine rettigheder omfatter nu: { $subject }
change-right-withdrawn = Ikke længere nævnt blandt dine rettigheder: { $subject }
change-contact-changed = Kontaktoplysninger ændret: { $subject }
change-automated-decisions-changed = Det, vi oplyser om automatiske afgørelser, er ændret
change-consent-mechanism-changed = Måden, vi beder om dit samtykke på, er ændret
change-storage-changed = Hvor oplysningerne opbevares, er ændret: { $subject }
change-section-added = Nyt afsnit: { $subject }
change-section-removed = Afsnit fjernet: { $subject }
change-document-added = Nyligt offentliggjort: { $subject }
change-document-removed = Ikke længere offentliggjort: { $subject }
change-locale-added = Nu også offentliggjort på: { $subject }
change-locale-removed = Ikke længere offentliggjort på: { $subject }
change-text-changed = Omformuleret: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Østrig
country-AU = Australien
country-BE = Belgien
country-BG = Bulgarien
country-CA = Canada
country-CH = Schweiz
country-CN = Kina
country-CY = Cypern
country-CZ = Tjekkiet
country-DE = Tyskland
country-DK = Danmark
country-EE = Estland
country-ES = Spanien
country-FI = Finland
country-FR = Frankrig
country-GB = Storbritannien
country-GR = Grækenland
country-HR = Kroatien
country-HU = Ungarn
country-IE = Irland
country-IL = Israel
country-IN = Indien
country-IS = Island
country-IT = Italien
country-JP = Japan
country-KR = Sydkorea
country-LI = Liechtenstein
country-LT = Litauen
country-LU = Luxembourg
country-LV = Letland
country-MT = Malta
country-NL = Holland
country-NO = Norge
country-NZ = New Zealand
country-PL = Polen
country-PT = Portugal
country-RO = Rumænien
country-SE = Sverige
country-SG = Singapore
country-SI = Slovenien
country-SK = Slovakiet
country-US = USA
country-UY = Uruguay
