# disclose — norske tekster, bokmål (oversatt fra en.ftl; meldinger som mangler, faller tilbake på engelsk).
#
# Sidevariabler: $policy (erklæringens navn), $controller (den behandlingsansvarlige),
# $sites (nettstedene), $effective (datoen for ikrafttredelse), $version, $authority
# (tilsynsmyndigheten).
#
# Terminologien følger den norske teksten av personvernforordningen (forordning (EU)
# 2016/679, gjennomført ved personopplysningsloven). Tiltale: "du", som Datatilsynet bruker.

## Dokumenter

language-name = Norsk bokmål

cookie-policy-title = Erklæring om informasjonskapsler
privacy-policy-title = Personvernerklæring
document-subtitle = { $policy }
effective-date = Gjelder fra { $effective }
policy-version = Versjon { $version }
language-switcher = Andre språk
contents = Innhold
generated-by = Laget av disclose ut fra katalogen til { $controller }.
index-title = Publiserte erklæringer
index-document = Dokument
index-language = Språk
index-files = Filer

## Informasjonskapsler

cookie-intro = Denne erklæringen forklarer hvilke informasjonskapsler (cookies) og lignende teknologier { $controller } bruker, hvem som setter dem, hvorfor og hvor lenge, og hvordan du selv kan styre dem.
cookie-intro-sites = Den gjelder for { $sites }.
what-are-cookies-heading = Hva er informasjonskapsler?
what-are-cookies = Informasjonskapsler er små tekstfiler som et nettsted lagrer i nettleseren din. De sendes tilbake til nettstedet ved senere besøk, slik at det kan kjenne igjen nettleseren din. Lignende teknologier, som lokal lagring og sporingspiksler, virker på samme måte og omfattes også av denne erklæringen.
session-vs-persistent = Øktkapsler slettes når du lukker nettleseren. Varige informasjonskapsler blir liggende på enheten din til de utløper eller du sletter dem.

consent-heading = Ditt samtykke
consent-necessary = Informasjonskapsler som er strengt nødvendige for at nettstedet skal virke, settes uten ditt samtykke. Alle andre informasjonskapsler settes bare slik det er beskrevet nedenfor.
consent-mechanism-opt-in-banner = Vi ber om ditt samtykke før vi setter informasjonskapsler som ikke er strengt nødvendige.
consent-asked-categories = Du velger selv hvilke kategorier av disse informasjonskapslene du godtar.
consent-asked-all-or-nothing = Du godtar eller avviser alle disse informasjonskapslene samlet.
consent-asked-reject-first-layer = På det første skjermbildet i banneret vårt kan du avvise disse informasjonskapslene like lett som å godta dem.
consent-asked-reject-later = For å avvise disse informasjonskapslene åpner du innstillingene i banneret vårt.
consent-asked-pre-ticked = Noen valg i banneret vårt er krysset av på forhånd.
consent-asked-not-pre-ticked = Ingen valg i banneret vårt er krysset av på forhånd.
consent-asked-cookie-wall = Du kan bare bruke nettstedet etter at du har godtatt disse informasjonskapslene.
consent-asked-no-cookie-wall = Du kan bruke nettstedet enten du godtar disse informasjonskapslene eller ikke.
consent-mechanism-browser-settings = Vi lar innstillingene for informasjonskapsler i nettleseren din avgjøre hvilke informasjonskapsler som kan settes.
consent-mechanism-implied = Vi regner din fortsatte bruk av nettstedet som aksept av våre informasjonskapsler.
consent-mechanism-none = Vi ber ikke om samtykke til å sette informasjonskapsler.
consent-notice = Vår samtykkemelding lyder:
consent-withdraw = Du kan når som helst trekke tilbake eller endre samtykket ditt. Tilbaketrekkingen påvirker ikke lovligheten av bruken av informasjonskapsler før tilbaketrekkingen.
consent-gpc = Vi respekterer Global Privacy Control (GPC). Når nettleseren din sender dette signalet og du ennå ikke har tatt et valg, behandler vi det som en avvisning av disse informasjonskapslene: { $categories }, og vi setter ingen av dem med mindre du selv tillater dem i innstillingene for informasjonskapsler. Signalet endrer ikke strengt nødvendige informasjonskapsler eller de andre kategoriene, som vi fortsatt spør deg om.
consent-withdrawal-effect = Hvis du trekker tilbake samtykket ditt:

cookies-heading = Informasjonskapsler vi bruker
cookies-none = Dette nettstedet bruker ikke informasjonskapsler.
cookie-table-caption = Informasjonskapsler som settes på dette nettstedet
column-name = Navn
column-provider = Leverandør
column-role = Rolle
column-purpose = Formål
column-category = Kategori
column-duration = Levetid
column-party = Part
column-description = Beskrivelse
party-first = Førstepart
party-third = Tredjepart
cookie-unnamed = navn ikke oppgitt
cookie-example = Eksempel: { $example }
cookie-retention = Informasjonen som samles inn, lagres i { $retention }.
cookie-retention-session = Informasjonen som samles inn, lagres til økten avsluttes.
cookie-retention-not-stated = Det er ikke oppgitt hvor lenge informasjonen som samles inn, lagres.
cookie-pattern = Delen i vinkelparentes varierer.
provider-first-party = { $controller }

category-necessary = Strengt nødvendige
category-preferences = Preferanser
category-analytics = Statistikk
category-marketing = Markedsføring
category-necessary-description = Nødvendige for at nettstedet skal virke, for eksempel for å holde deg innlogget. De kan ikke slås av.
category-preferences-description = Husker valgene dine, som språket ditt, slik at nettstedet blir enklere å bruke.
category-analytics-description = Teller besøk og måler hvordan nettstedet brukes, slik at det kan forbedres.
category-marketing-description = Følger aktiviteten din for å vise relevant innhold og relevante annonser eller for å måle kampanjer.

storage-cookie = Informasjonskapsel
storage-local-storage = Lokal lagring
storage-session-storage = Øktlagring
storage-indexed-db = IndexedDB
storage-pixel = Sporingspiksel
storage-flash = Flash local shared object

duration-session = Økt
duration-persistent = Varig (periode ikke oppgitt)
duration-not-stated = Ikke oppgitt
duration-until = Til { $end }
duration-until-max = Til { $end }, høyst { $max }
duration-until-date = Til { $end }
duration-until-date-max = Til { $end }, høyst { $max }
duration-rolling = { $period } fra ditt siste besøk
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
    [one] { $count } uke
   *[other] { $count } uker
}
duration-day = { $plural ->
    [one] { $count } dag
   *[other] { $count } dager
}
duration-hour = { $plural ->
    [one] { $count } time
   *[other] { $count } timer
}
duration-minute = { $plural ->
    [one] { $count } minutt
   *[other] { $count } minutter
}
duration-second = { $plural ->
    [one] { $count } sekund
   *[other] { $count } sekunder
}

managing-heading = Styre informasjonskapsler
managing-browser = Du kan blokkere eller slette informasjonskapsler i innstillingene i nettleseren din. Hver nettleser gjør det på sin måte; hjelpesidene dens forklarer hvordan. Hvis du blokkerer strengt nødvendige informasjonskapsler, kan deler av nettstedet slutte å virke.

## Mottakere og overføringer

third-parties-heading = Tredjeparter
recipients-heading = Hvem som mottar opplysningene dine
recipients-none = Vi utleverer ikke personopplysninger til andre organisasjoner.
recipient-service-label = Tjeneste
recipient-country-label = Behandler opplysninger i
recipient-transfer-label = Garanti for overføringen
recipient-own-purposes-label = Egne formål
recipient-own-purposes-yes = Kan også bruke opplysningene til egne formål.
recipient-own-purposes-no = Kan ikke bruke opplysningene til egne formål.
recipient-privacy = Personvernerklæringen til { $name }
role-processor = Databehandler som handler på våre vegne
role-controller = Selvstendig behandlingsansvarlig
role-joint-controller = Felles behandlingsansvarlig
role-recipients = Kategori av mottakere

transfer-adequacy = Europakommisjonens beslutning om tilstrekkelig beskyttelsesnivå
transfer-scc = Standard personvernbestemmelser (standardkontraktsklausuler)
transfer-bcr = Bindende virksomhetsregler
transfer-eu-us-dpf = Personvernrammeverket mellom EU og USA (Data Privacy Framework)
transfer-derogation = Unntak i særlige situasjoner (personvernforordningen artikkel 49)
transfer-privacy-shield = Personvernskjoldet mellom EU og USA (Privacy Shield)
transfer-safe-harbor = Safe Harbor-prinsippene
transfers-heading = Overføringer utenfor Det europeiske økonomiske samarbeidsområdet

## Personvernerklæring

privacy-intro = Denne personvernerklæringen forklarer hvordan { $controller } behandler personopplysningene dine, for hvilke formål og på hvilket rettslig grunnlag, hvem som mottar dem, hvor lenge de lagres, og hvilke rettigheter du har.
controller-heading = Hvem som er ansvarlig
controller-intro = Behandlingsansvarlig for personopplysningene dine er:
controller-email = E-post
controller-phone = Telefon
controller-website = Nettsted
controller-registration = Organisasjonsnummer
controller-address = Adresse
dpo-heading = Kontakt for personvern
dpo-designated = Vårt personvernombud:
dpo-contact = Vår kontaktperson for personvern:

data-heading = Personopplysninger vi behandler
data-examples = Eksempler
data-sources = Hvor vi får dem fra
data-purposes = Hva vi bruker dem til
data-recipients = Hvem som mottar dem
data-retention = Hvor lenge vi lagrer dem
data-sensitive = Dette omfatter særlige kategorier av personopplysninger, som vi bare behandler der loven tillater det.
source-data-subject = fra deg
source-cookies = gjennom informasjonskapsler på nettstedene våre
source-third-party = fra tredjeparter
source-public = fra offentlig tilgjengelige kilder

purposes-heading = Formål og rettslig grunnlag
column-legal-basis = Rettslig grunnlag
legal-basis-not-stated = Ikke oppgitt
legal-bases-general = Vi bygger på følgende rettslige grunnlag:
legitimate-interest = Vår berettigede interesse: { $interest }
basis-consent = Samtykke (personvernforordningen artikkel 6 nr. 1 bokstav a)
basis-contract = Oppfyllelse av en avtale (personvernforordningen artikkel 6 nr. 1 bokstav b)
basis-legal-obligation = Rettslig forpliktelse (personvernforordningen artikkel 6 nr. 1 bokstav c)
basis-vital-interests = Vitale interesser (personvernforordningen artikkel 6 nr. 1 bokstav d)
basis-public-task = Oppgave i allmennhetens interesse (personvernforordningen artikkel 6 nr. 1 bokstav e)
basis-legitimate-interests = Berettigede interesser (personvernforordningen artikkel 6 nr. 1 bokstav f)

storage-heading = Hvor opplysningene dine lagres
retention-heading = Hvor lenge vi lagrer opplysningene dine

rights-heading = Dine rettigheter
rights-intro = Du har følgende rettigheter:
right-information = Retten til informasjon om behandlingen av personopplysningene dine.
right-access = Retten til innsyn i personopplysningene dine (personvernforordningen artikkel 15).
right-rectification = Retten til å få uriktige personopplysninger rettet (personvernforordningen artikkel 16).
right-erasure = Retten til sletting av personopplysningene dine (personvernforordningen artikkel 17).
right-restriction = Retten til begrensning av behandlingen (personvernforordningen artikkel 18).
right-portability = Retten til dataportabilitet (personvernforordningen artikkel 20).
right-objection = Retten til å protestere mot behandlingen (personvernforordningen artikkel 21).
right-automated-decisions = Retten til ikke å være gjenstand for en avgjørelse som utelukkende er basert på automatisert behandling, herunder profilering (personvernforordningen artikkel 22).
right-withdraw-consent = Retten til når som helst å trekke tilbake samtykket ditt, uten at det påvirker lovligheten av behandlingen før tilbaketrekkingen (personvernforordningen artikkel 7 nr. 3).
right-complaint = Retten til å klage til en tilsynsmyndighet (personvernforordningen artikkel 77).
rights-authority = Tilsynsmyndighet: { $authority }
rights-none = Denne erklæringen oppgir ikke hvilke rettigheter du har.

automated-heading = Automatiserte avgjørelser
automated-yes = Vi treffer avgjørelser som utelukkende er basert på automatisert behandling, herunder profilering.
automated-no = Vi treffer ikke avgjørelser som utelukkende er basert på automatisert behandling, herunder profilering.

cookies-see-cookie-policy = Hvordan vi bruker informasjonskapsler, er forklart i vår erklæring om informasjonskapsler.
more-information-heading = Mer informasjon
contact-heading = Spørsmål
contact-intro = Har du spørsmål om denne erklæringen, kan du kontakte { $controller }.

## Samtykkebannere

banner-title = Vi bruker informasjonskapsler
banner-description = Vi bruker informasjonskapsler som er strengt nødvendige for at dette nettstedet skal virke. Med ditt samtykke bruker vi også andre informasjonskapsler, som er beskrevet i innstillingene. Du kan når som helst endre valget ditt.
banner-accept-all = Godta alle
banner-reject-all = Avvis alle
banner-settings = Administrer innstillinger
banner-save = Lagre innstillinger
banner-close = Lukk
banner-preferences-title = Innstillinger for informasjonskapsler
banner-preferences-description = Velg hvilke kategorier av informasjonskapsler du tillater. Strengt nødvendige informasjonskapsler er alltid på. Du kan når som helst endre valget ditt.
banner-cookies = Informasjonskapsler: { $cookies }

## Endringer i denne erklæringen

changes-title = Endringer i denne erklæringen
changes-current = Dette er versjon { $version }, gjeldende fra { $effective }.
changes-current-date = Denne versjonen gjelder fra { $effective }.
changes-release = Versjon { $version } av { $effective }
changes-editorial = Formuleringer og oversettelser er forbedret.
changes-none = Ingen endringer er registrert for denne versjonen.
changes-first = Dette er den første registrerte versjonen.
changes-consent = Vi har bedt om samtykket ditt på nytt på grunn av disse endringene.
banner-revision = Denne erklæringen er endret siden du sist gjorde valget ditt: { $changes }
banner-revision-unrecorded = Denne erklæringen er endret siden du sist gjorde valget ditt.
banner-gpc = Nettleseren din sender et Global Privacy Control-signal, så vi har avvist disse informasjonskapslene for deg: { $categories }. Du kan fortsatt tillate dem selv i innstillingene.
change-nothing = ingen
change-contact-controller = den behandlingsansvarlige
change-contact-dpo = personvernombudet
change-contact-supervisory_authority = tilsynsmyndigheten
change-cookie-added = Ny informasjonskapsel { $subject } ({ $details })
change-cookie-removed = Informasjonskapselen { $subject } brukes ikke lenger
change-cookie-renamed = Informasjonskapselen { $before } heter nå { $after }
change-lifetime-longer = Informasjonskapselen { $subject } har nå en levetid på { $after } i stedet for { $before }
change-lifetime-shorter = Informasjonskapselen { $subject } har nå en levetid på { $after } i stedet for { $before }
change-category-changed = Informasjonskapselen { $subject } er flyttet fra { $before } til { $after }
change-cookie-purposes-changed = Informasjonskapselen { $subject } brukes nå til: { $after }
change-cookie-provider-changed = Informasjonskapselen { $subject } settes nå av { $after } i stedet for { $before }
change-purpose-added = Nytt formål: { $subject }
change-purpose-removed = Formål som ikke lenger forfølges: { $subject }
change-legal-basis-changed = { $subject } bygger nå på { $after } i stedet for { $before }
change-recipient-added = Ny mottaker: { $subject }
change-recipient-removed = { $subject } mottar ikke lenger opplysninger
change-country-changed = { $subject } behandler nå opplysninger i { $after } i stedet for { $before }
change-transfer-changed = Overføringer til { $subject } bygger nå på: { $after }
change-recipient-role-changed = Rollen til { $subject } er endret
change-data-added = Ny kategori av personopplysninger: { $subject }
change-data-removed = { $subject } behandles ikke lenger
change-data-purposes-changed = { $subject } brukes nå til: { $after }
change-data-recipients-changed = { $subject } går nå til: { $after }
change-sources-changed = { $subject } kommer nå fra andre kilder
change-retention-changed = Lagringstiden er endret: { $subject }
change-right-granted = Rettighetene dine omfatter nå: { $subject }
change-right-withdrawn = Ikke lenger oppført blant rettighetene dine: { $subject }
change-contact-changed = Kontaktopplysningene er endret: { $subject }
change-automated-decisions-changed = Det vi opplyser om automatiserte avgjørelser, er endret
change-consent-mechanism-changed = Måten vi ber om samtykket ditt på, er endret
change-storage-changed = Hvor opplysningene lagres, er endret: { $subject }
change-section-added = Nytt avsnitt: { $subject }
change-section-removed = Avsnitt fjernet: { $subject }
change-document-added = Nylig publisert: { $subject }
change-document-removed = Ikke lenger publisert: { $subject }
change-locale-added = Nå også publisert på: { $subject }
change-locale-removed = Ikke lenger publisert på: { $subject }
change-text-changed = Omformulert: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Østerrike
country-AU = Australia
country-BE = Belgia
country-BG = Bulgaria
country-CA = Canada
country-CH = Sveits
country-CN = Kina
country-CY = Kypros
country-CZ = Tsjekkia
country-DE = Tyskland
country-DK = Danmark
country-EE = Estland
country-ES = Spania
country-FI = Finland
country-FR = Frankrike
country-GB = Storbritannia
country-GR = Hellas
country-HR = Kroatia
country-HU = Ungarn
country-IE = Irland
country-IL = Israel
country-IN = India
country-IS = Island
country-IT = Italia
country-JP = Japan
country-KR = Sør-Korea
country-LI = Liechtenstein
country-LT = Litauen
country-LU = Luxemburg
country-LV = Latvia
country-MT = Malta
country-NL = Nederland
country-NO = Norge
country-NZ = New Zealand
country-PL = Polen
country-PT = Portugal
country-RO = Romania
country-SE = Sverige
country-SG = Singapore
country-SI = Slovenia
country-SK = Slovakia
country-US = USA
country-UY = Uruguay
