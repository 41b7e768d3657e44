# disclose — suomenkieliset tekstit (käännetty tiedostosta en.ftl; puuttuvat viestit näytetään englanniksi).
#
# Sivun muuttujat: $policy (selosteen nimi), $controller (rekisterinpitäjä), $sites
# (verkkosivustot), $effective (voimaantulopäivä), $version, $authority
# (valvontaviranomainen).
#
# Termit noudattavat yleisen tietosuoja-asetuksen (asetus (EU) 2016/679) suomenkielistä
# tekstiä. Puhuttelu: "sinä", kuten tietosuojavaltuutetun toimisto käyttää.

## Asiakirjat

language-name = Suomi

cookie-policy-title = Evästeseloste
privacy-policy-title = Tietosuojaseloste
document-subtitle = { $policy }
effective-date = Voimassa alkaen: { $effective }
policy-version = Versio { $version }
language-switcher = Muut kielet
contents = Sisältö
generated-by = Luotu disclose-työkalulla rekisterinpitäjän { $controller } luettelosta.
index-title = Julkaistut selosteet
index-document = Asiakirja
index-language = Kieli
index-files = Tiedostot

## Evästeseloste

cookie-intro = Tässä selosteessa kerrotaan, mitä evästeitä ja vastaavia tekniikoita { $controller } käyttää, kuka ne asettaa, miksi ja kuinka pitkäksi aikaa sekä miten voit itse hallita niitä.
cookie-intro-sites = Seloste koskee seuraavia: { $sites }.
what-are-cookies-heading = Mitä evästeet ovat
what-are-cookies = Evästeet ovat pieniä tekstitiedostoja, jotka verkkosivusto tallentaa selaimeesi. Ne lähetetään takaisin sivustolle myöhemmillä käynneillä, jotta sivusto tunnistaa selaimesi. Vastaavat tekniikat, kuten paikallinen tallennustila ja seurantapikselit, toimivat samalla tavalla, ja myös niitä koskee tämä seloste.
session-vs-persistent = Istuntoevästeet poistetaan, kun suljet selaimen. Pysyvät evästeet säilyvät laitteellasi, kunnes ne vanhenevat tai poistat ne.

consent-heading = Suostumuksesi
consent-necessary = Sivuston toiminnan kannalta välttämättömät evästeet asetetaan ilman suostumustasi. Kaikki muut evästeet asetetaan vain jäljempänä kuvatulla tavalla.
consent-mechanism-opt-in-banner = Pyydämme suostumustasi ennen kuin asetamme evästeitä, jotka eivät ole välttämättömiä.
consent-asked-categories = Valitset itse, mitkä näiden evästeiden luokat hyväksyt.
consent-asked-all-or-nothing = Hyväksyt tai hylkäät nämä evästeet kaikki kerralla.
consent-asked-reject-first-layer = Bannerimme ensimmäisessä näkymässä voit hylätä nämä evästeet yhtä helposti kuin hyväksyä ne.
consent-asked-reject-later = Hylätäksesi nämä evästeet avaa bannerimme asetukset.
consent-asked-pre-ticked = Jotkin bannerimme valinnat on valittu valmiiksi.
consent-asked-not-pre-ticked = Mitään bannerimme valintaa ei ole valittu valmiiksi.
consent-asked-cookie-wall = Voit käyttää verkkosivustoa vasta, kun olet hyväksynyt nämä evästeet.
consent-asked-no-cookie-wall = Voit käyttää verkkosivustoa riippumatta siitä, hyväksytkö nämä evästeet.
consent-mechanism-browser-settings = Selaimesi evästeasetukset ratkaisevat, mitä evästeitä saa asettaa.
consent-mechanism-implied = Katsomme sivuston jatketun käytön hyväksynnäksi evästeillemme.
consent-mechanism-none = Emme pyydä suostumusta evästeiden asettamiseen.
consent-notice = Suostumusilmoituksemme kuuluu:
consent-withdraw = Voit peruuttaa tai muuttaa suostumuksesi milloin tahansa. Peruuttaminen ei vaikuta evästeiden käytön lainmukaisuuteen ennen peruuttamista.
consent-gpc = Noudatamme Global Privacy Control (GPC) -signaalia. Kun selaimesi lähettää tämän signaalin etkä ole vielä tehnyt valintaa, käsittelemme sitä kieltäytymisenä näistä evästeistä: { $categories }, emmekä aseta niistä yhtäkään, ellet itse salli niitä evästeasetuksissa. Signaali ei muuta välttämättömiä evästeitä eikä muita luokkia, joista kysymme sinulta edelleen.
consent-withdrawal-effect = Jos peruutat suostumuksesi:

cookies-heading = Käyttämämme evästeet
cookies-none = Tämä sivusto ei käytä evästeitä.
cookie-table-caption = Tällä sivustolla asetettavat evästeet
column-name = Nimi
column-provider = Tarjoaja
column-role = Rooli
column-purpose = Tarkoitus
column-category = Luokka
column-duration = Voimassaoloaika
column-party = Osapuoli
column-description = Kuvaus
party-first = Ensimmäinen osapuoli
party-third = Kolmas osapuoli
cookie-unnamed = nimeä ei ilmoitettu
cookie-example = Esimerkki: { $example }
cookie-retention = Kerättyjä tietoja säilytetään: { $retention }.
cookie-retention-session = Kerättyjä tietoja säilytetään istunnon loppuun asti.
cookie-retention-not-stated = Kerättyjen tietojen säilytysaikaa ei ole ilmoitettu.
cookie-pattern = Kulmasulkeissa oleva osa vaihtelee.
provider-first-party = { $controller }

category-necessary = Välttämättömät
category-preferences = Asetukset
category-analytics = Analytiikka
category-marketing = Markkinointi
category-necessary-description = Tarvitaan sivuston toimintaan, esimerkiksi pitämään sinut kirjautuneena. Niitä ei voi kytkeä pois päältä.
category-preferences-description = Muistavat valintasi, kuten kielesi, jotta sivustoa on helpompi käyttää.
category-analytics-description = Laskevat käyntejä ja mittaavat sivuston käyttöä, jotta sivustoa voidaan parantaa.
category-marketing-description = Seuraavat toimintaasi näyttääkseen sinulle asiaankuuluvaa sisältöä ja mainontaa tai mitatakseen kampanjoita.

storage-cookie = Eväste
storage-local-storage = Paikallinen tallennustila
storage-session-storage = Istuntotallennustila
storage-indexed-db = IndexedDB
storage-pixel = Seurantapikseli
storage-flash = Flash local shared object

duration-session = Istunto
duration-persistent = Pysyvä (aikaa ei ilmoitettu)
duration-not-stated = Ei ilmoitettu
duration-until = Kunnes { $end }
duration-until-max = Kunnes { $end }, enintään { $max }
duration-until-date = { $end } asti
duration-until-date-max = { $end } asti, enintään { $max }
duration-rolling = { $period } viimeisimmästä käynnistäsi
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = muualla: { $duration }
region-eea = ETA
region-eu = EU
duration-year = { $plural ->
    [one] { $count } vuosi
   *[other] { $count } vuotta
}
duration-month = { $plural ->
    [one] { $count } kuukausi
   *[other] { $count } kuukautta
}
duration-week = { $plural ->
    [one] { $count } viikko
   *[other] { $count } viikkoa
}
duration-day = { $plural ->
    [one] { $count } päivä
   *[other] { $count } päivää
}
duration-hour = { $plural ->
    [one] { $count } tunti
   *[other] { $count } tuntia
}
duration-minute = { $plural ->
    [one] { $count } minuutti
   *[other] { $count } minuuttia
}
duration-second = { $plural ->
    [one] { $count } sekunti
   *[other] { $count } sekuntia
}

managing-heading = Evästeiden hallinta
managing-browser = Voit estää tai poistaa evästeitä selaimesi asetuksista. Jokainen selain tekee sen eri tavalla; sen ohjesivuilla kerrotaan miten. Jos estät välttämättömät evästeet, osa sivustosta ei ehkä toimi.

## Vastaanottajat ja siirrot

third-parties-heading = Kolmannet osapuolet
recipients-heading = Kuka tietojasi vastaanottaa
recipients-none = Emme luovuta henkilötietoja muille organisaatioille.
recipient-service-label = Palvelu
recipient-country-label = Käsittelee tietoja maassa
recipient-transfer-label = Siirron suojatoimi
recipient-own-purposes-label = Omat tarkoitukset
recipient-own-purposes-yes = Saa käyttää tietoja myös omiin tarkoituksiinsa.
recipient-own-purposes-no = Ei saa käyttää tietoja omiin tarkoituksiinsa.
recipient-privacy = Tietosuojaseloste: { $name }
role-processor = Henkilötietojen käsittelijä, joka toimii puolestamme
role-controller = Itsenäinen rekisterinpitäjä
role-joint-controller = Yhteisrekisterinpitäjä
role-recipients = Vastaanottajaryhmä

transfer-adequacy = Euroopan komission tietosuojan riittävyyttä koskeva päätös
transfer-scc = Tietosuojaa koskevat vakiolausekkeet (mallisopimuslausekkeet)
transfer-bcr = Yritystä koskevat sitovat säännöt
transfer-eu-us-dpf = EU:n ja Yhdysvaltojen välinen tietosuojakehys (Data Privacy Framework)
transfer-derogation = Poikkeus erityistilanteissa (tietosuoja-asetuksen 49 artikla)
transfer-privacy-shield = EU:n ja Yhdysvaltojen välinen yksityisyydensuoja (Privacy Shield)
transfer-safe-harbor = Safe Harbor -periaatteet
transfers-heading = Siirrot Euroopan talousalueen ulkopuolelle

## Tietosuojaseloste

privacy-intro = Tässä tietosuojaselosteessa kerrotaan, miten { $controller } käsittelee henkilötietojasi, mihin tarkoituksiin ja millä oikeusperusteella, kuka tietoja vastaanottaa, kuinka kauan niitä säilytetään ja mitä oikeuksia sinulla on.
controller-heading = Rekisterinpitäjä
controller-intro = Henkilötietojesi rekisterinpitäjä on:
controller-email = Sähköposti
controller-phone = Puhelin
controller-website = Verkkosivusto
controller-registration = Rekisterinumero
controller-address = Osoite
dpo-heading = Tietosuoja-asioiden yhteyshenkilö
dpo-designated = Tietosuojavastaavamme:
dpo-contact = Tietosuoja-asioiden yhteyshenkilömme:

data-heading = Käsittelemämme henkilötiedot
data-examples = Esimerkkejä
data-sources = Mistä saamme tiedot
data-purposes = Mihin käytämme tietoja
data-recipients = Kuka tiedot vastaanottaa
data-retention = Kuinka kauan säilytämme tiedot
data-sensitive = Tähän sisältyy erityisiin henkilötietoryhmiin kuuluvia tietoja, joita käsittelemme vain lain sallimissa tapauksissa.
source-data-subject = sinulta
source-cookies = sivustojemme evästeiden kautta
source-third-party = kolmansilta osapuolilta
source-public = julkisista lähteistä

purposes-heading = Käsittelyn tarkoitukset ja oikeusperusteet
column-legal-basis = Oikeusperuste
legal-basis-not-stated = Ei ilmoitettu
legal-bases-general = Käsittely perustuu seuraaviin oikeusperusteisiin:
legitimate-interest = Oikeutettu etumme: { $interest }
basis-consent = Suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta)
basis-contract = Sopimuksen täytäntöönpano (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)
basis-legal-obligation = Lakisääteinen velvoite (tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta)
basis-vital-interests = Elintärkeät edut (tietosuoja-asetuksen 6 artiklan 1 kohdan d alakohta)
basis-public-task = Yleistä etua koskeva tehtävä (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta)
basis-legitimate-interests = Oikeutettu etu (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta)

storage-heading = Missä tietojasi säilytetään
retention-heading = Kuinka kauan säilytämme tietojasi

rights-heading = Oikeutesi
rights-intro = Sinulla on seuraavat oikeudet:
right-information = Oikeus saada tietoa henkilötietojesi käsittelystä.
right-access = Oikeus saada pääsy henkilötietoihisi (tietosuoja-asetuksen 15 artikla).
right-rectification = Oikeus saada virheelliset henkilötiedot oikaistuiksi (tietosuoja-asetuksen 16 artikla).
right-erasure = Oikeus henkilötietojesi poistamiseen (tietosuoja-asetuksen 17 artikla).
right-restriction = Oikeus käsittelyn rajoittamiseen (tietosuoja-asetuksen 18 artikla).
right-portability = Oikeus siirtää tiedot järjestelmästä toiseen (tietosuoja-asetuksen 20 artikla).
right-objection = Oikeus vastustaa käsittelyä (tietosuoja-asetuksen 21 artikla).
right-automated-decisions = Oikeus olla joutumatta sellaisen päätöksen kohteeksi, joka perustuu pelkästään automaattiseen käsittelyyn, kuten profilointiin (tietosuoja-asetuksen 22 artikla).
right-withdraw-consent = Oikeus peruuttaa suostumuksesi milloin tahansa ilman, että se vaikuttaa ennen peruuttamista suoritetun käsittelyn lainmukaisuuteen (tietosuoja-asetuksen 7 artiklan 3 kohta).
right-complaint = Oikeus tehdä valitus valvontaviranomaiselle (tietosuoja-asetuksen 77 artikla).
rights-authority = Valvontaviranomainen: { $authority }
rights-none = Tässä selosteessa ei kerrota, mitä oikeuksia sinulla on.

automated-heading = Automatisoidut päätökset
automated-yes = Teemme päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn, kuten profilointiin.
automated-no = Emme tee päätöksiä, jotka perustuvat pelkästään automaattiseen käsittelyyn, kuten profilointiin.

cookies-see-cookie-policy = Evästeiden käytöstä kerrotaan evästeselosteessamme.
more-information-heading = Lisätietoja
contact-heading = Kysymykset
contact-intro = Jos sinulla on kysyttävää tästä selosteesta, ota yhteyttä: { $controller }.

## Suostumusbannerit

banner-title = Käytämme evästeitä
banner-description = Käytämme evästeitä, jotka ovat välttämättömiä tämän sivuston toiminnalle. Suostumuksellasi käytämme myös muita evästeitä, jotka on kuvattu asetuksissa. Voit muuttaa valintaasi milloin tahansa.
banner-accept-all = Hyväksy kaikki
banner-reject-all = Hylkää kaikki
banner-settings = Hallitse asetuksia
banner-save = Tallenna asetukset
banner-close = Sulje
banner-preferences-title = Evästeasetukset
banner-preferences-description = Valitse, mitkä evästeluokat sallit. Välttämättömät evästeet ovat aina käytössä. Voit muuttaa valintaasi milloin tahansa.
banner-cookies = Evästeet: { $cookies }

## Muutokset tähän selosteeseen

changes-title = Muutokset tähän selosteeseen
changes-current = Tämä on versio { $version }, voimassa alkaen: { $effective }.
changes-current-date = Tämä versio on voimassa alkaen: { $effective }.
changes-release = Versio { $version }, { $effective }
changes-editorial = Sanamuotoja ja käännöksiä on parannettu.
changes-none = Tähän versioon ei ole kirjattu muutoksia.
changes-first = Tämä on ensimmäinen kirjattu versio.
changes-consent = Pyysimme suostumustasi uudelleen näiden muutosten vuoksi.
banner-revision = Tämä seloste on muuttunut viimeisimmän valintasi jälkeen: { $changes }
banner-revision-unrecorded = Tämä seloste on muuttunut viimeisimmän valintasi jälkeen.
banner-gpc = Selaimesi lähettää Global Privacy Control -signaalin, joten olemme kieltäytyneet puolestasi näistä evästeistä: { $categories }. Voit silti sallia ne itse asetuksissa.
change-nothing = ei mitään
change-contact-controller = rekisterinpitäjä
change-contact-dpo = tietosuojavastaava
change-contact-supervisory_authority = valvontaviranomainen
change-cookie-added = Uusi eväste { $subject } ({ $details })
change-cookie-removed = Evästettä { $subject } ei enää käytetä
change-cookie-renamed = Evästeen { $before } nimi on nyt { $after }
change-lifetime-longer = Evästeen { $subject } voimassaoloaika on nyt { $after } aiemman { $before } sijaan
change-lifetime-shorter = Evästeen { $subject } voimassaoloaika on nyt { $after } aiemman { $before } sijaan
change-category-changed = Eväste { $subject } siirrettiin luokasta { $before } luokkaan { $after }
change-cookie-purposes-changed = Evästeen { $subject } tarkoitus on nyt: { $after }
change-cookie-provider-changed = Evästeen { $subject } asettaa nyt { $after } aiemman { $before } sijaan
change-purpose-added = Uusi tarkoitus: { $subject }
change-purpose-removed = Tarkoitus, jota ei enää ole: { $subject }
change-legal-basis-changed = { $subject }: oikeusperuste on nyt { $after } aiemman { $before } sijaan
change-recipient-added = Uusi vastaanottaja: { $subject }
change-recipient-removed = { $subject } ei enää vastaanota tietoja
change-country-changed = { $subject } käsittelee tietoja nyt maassa { $after } aiemman { $before } sijaan
change-transfer-changed = Siirrot vastaanottajalle { $subject } perustuvat nyt: { $after }
change-recipient-role-changed = Vastaanottajan { $subject } rooli on muuttunut
change-data-added = Uusi henkilötietoryhmä: { $subject }
change-data-removed = Ei enää käsitellä: { $subject }
change-data-purposes-changed = { $subject }: käyttötarkoitus on nyt: { $after }
change-data-recipients-changed = { $subject }: vastaanottajat ovat nyt: { $after }
change-sources-changed = { $subject }: tiedot saadaan nyt muista lähteistä
change-retention-changed = Säilytysaika on muuttunut: { $subject }
change-right-granted = Oikeutesi sisältävät nyt: { $subject }
change-right-withdrawn = Ei enää mainita oikeuksiesi joukossa: { $subject }
change-contact-changed = Yhteystiedot muuttuivat: { $subject }
change-automated-decisions-changed = Automatisoituja päätöksiä koskevat tietomme ovat muuttuneet
change-consent-mechanism-changed = Tapa, jolla pyydämme suostumustasi, on muuttunut
change-storage-changed = Tietojen säilytyspaikka on muuttunut: { $subject }
change-section-added = Uusi osio: { $subject }
change-section-removed = Osio poistettu: { $subject }
change-document-added = Äskettäin julkaistu: { $subject }
change-document-removed = Ei enää julkaistu: { $subject }
change-locale-added = Julkaistu nyt myös kielellä: { $subject }
change-locale-removed = Ei enää julkaistu kielellä: { $subject }
change-text-changed = Muotoiltu uudelleen: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Itävalta
country-AU = Australia
country-BE = Belgia
country-BG = Bulgaria
country-CA = Kanada
country-CH = Sveitsi
country-CN = Kiina
country-CY = Kypros
country-CZ = Tšekki
country-DE = Saksa
country-DK = Tanska
country-EE = Viro
country-ES = Espanja
country-FI = Suomi
country-FR = Ranska
country-GB = Iso-Britannia
country-GR = Kreikka
country-HR = Kroatia
country-HU = Unkari
country-IE = Irlanti
country-IL = Israel
country-IN = Intia
country-IS = Islanti
country-IT = Italia
country-JP = Japani
country-KR = Etelä-Korea
country-LI = Liechtenstein
country-LT = Liettua
country-LU = Luxemburg
country-LV = Latvia
country-MT = Malta
country-NL = Alankomaat
country-NO = Norja
country-NZ = Uusi-Seelanti
country-PL = Puola
country-PT = Portugali
country-RO = Romania
country-SE = Ruotsi
country-SG = Singapore
country-SI = Slovenia
country-SK = Slovakia
country-US = Yhdysvallat
country-UY = Uruguay
