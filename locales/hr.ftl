# disclose — hrvatski tekstovi (prevedeno iz en.ftl; poruke koje nedostaju prikazuju se na engleskom).
#
# Varijable stranice: $policy (naziv politike), $controller (voditelj obrade), $sites
# (mrežna mjesta), $effective (datum stupanja na snagu), $version, $authority
# (nadzorno tijelo).
#
# Nazivlje prema hrvatskom tekstu Opće uredbe o zaštiti podataka (Uredba (EU)
# 2016/679); navođenje u obliku "članak 6. stavak 1. točka (a)". Persiranje: "Vi".

## Dokumenti

language-name = Hrvatski

cookie-policy-title = Politika kolačića
privacy-policy-title = Politika privatnosti
document-subtitle = { $policy }
effective-date = Vrijedi od: { $effective }
policy-version = Verzija { $version }
language-switcher = Drugi jezici
contents = Sadržaj
generated-by = Izradio disclose na temelju kataloga voditelja obrade { $controller }.
index-title = Objavljene politike
index-document = Dokument
index-language = Jezik
index-files = Datoteke

## Politika kolačića

cookie-intro = Ova politika objašnjava koje kolačiće i slične tehnologije { $controller } upotrebljava, tko ih postavlja, zašto i koliko dugo te kako njima možete sami upravljati.
cookie-intro-sites = Odnosi se na: { $sites }.
what-are-cookies-heading = Što su kolačići
what-are-cookies = Kolačići su male tekstualne datoteke koje mrežno mjesto pohranjuje u Vašem pregledniku. Pri kasnijim posjetima šalju se natrag mrežnom mjestu kako bi ono moglo prepoznati Vaš preglednik. Slične tehnologije, poput lokalne pohrane i piksela za praćenje, funkcioniraju na isti način i također su obuhvaćene ovom politikom.
session-vs-persistent = Sesijski kolačići brišu se kada zatvorite preglednik. Trajni kolačići ostaju na Vašem uređaju dok ne isteknu ili dok ih ne izbrišete.

consent-heading = Vaša privola
consent-necessary = Kolačići koji su nužni za rad mrežnog mjesta postavljaju se bez Vaše privole. Svi ostali kolačići postavljaju se samo na način opisan u nastavku.
consent-mechanism-opt-in-banner = Prije postavljanja kolačića koji nisu nužni tražimo Vašu privolu. Pri prvom posjetu mrežnom mjestu birate koje kategorije prihvaćate.
consent-mechanism-browser-settings = O tome koji se kolačići smiju postaviti odlučuju postavke kolačića u Vašem pregledniku.
consent-mechanism-implied = Nastavak upotrebe mrežnog mjesta smatramo pristankom na naše kolačiće.
consent-mechanism-none = Ne tražimo privolu za postavljanje kolačića.
consent-notice = Naša obavijest o privoli glasi:
consent-withdraw = Svoju privolu možete u bilo kojem trenutku povući ili promijeniti. Povlačenje ne utječe na zakonitost upotrebe kolačića prije povlačenja.
consent-gpc = Poštujemo Global Privacy Control (GPC). Kad vaš preglednik šalje taj signal, a vi još niste odabrali, smatramo ga odbijanjem ovih kolačića: { $categories }, i ne postavljamo nijedan od njih osim ako ih sami ne dopustite u postavkama kolačića. Signal ne mijenja nužne kolačiće ni ostale kategorije, za koje vas i dalje pitamo.
consent-withdrawal-effect = Ako povučete svoju privolu:

cookies-heading = Kolačići koje upotrebljavamo
cookies-none = Ovo mrežno mjesto ne upotrebljava kolačiće.
cookie-table-caption = Kolačići koji se postavljaju na ovom mrežnom mjestu
column-name = Naziv
column-provider = Pružatelj
column-role = Uloga
column-purpose = Svrha
column-category = Kategorija
column-duration = Trajanje
column-party = Strana
column-description = Opis
party-first = Prva strana
party-third = Treća strana
cookie-unnamed = naziv nije naveden
cookie-example = Primjer: { $example }
cookie-retention = Prikupljene informacije čuvaju se { $retention }.
cookie-retention-session = Prikupljene informacije čuvaju se do kraja sesije.
cookie-retention-not-stated = Nije navedeno koliko se dugo prikupljene informacije čuvaju.
cookie-pattern = Dio u šiljastim zagradama mijenja se.
provider-first-party = { $controller }

category-necessary = Nužni
category-preferences = Postavke
category-analytics = Analitika
category-marketing = Marketing
category-necessary-description = Potrebni za rad mrežnog mjesta, na primjer kako biste ostali prijavljeni. Ne mogu se isključiti.
category-preferences-description = Pamte Vaše odabire, poput jezika, kako bi upotreba mrežnog mjesta bila ugodnija.
category-analytics-description = Broje posjete i mjere kako se mrežno mjesto upotrebljava kako bi se moglo poboljšati.
category-marketing-description = Prate Vašu aktivnost kako bi prikazivali relevantan sadržaj i oglase ili mjerili kampanje.

storage-cookie = Kolačić
storage-local-storage = Lokalna pohrana
storage-session-storage = Pohrana sesije
storage-indexed-db = IndexedDB
storage-pixel = Piksel za praćenje
storage-flash = Flash local shared object

duration-session = Sesija
duration-persistent = Trajni (razdoblje nije navedeno)
duration-not-stated = Nije navedeno
duration-year = { $plural ->
    [one] { $count } godina
    [few] { $count } godine
   *[other] { $count } godina
}
duration-month = { $plural ->
    [one] { $count } mjesec
    [few] { $count } mjeseca
   *[other] { $count } mjeseci
}
duration-week = { $plural ->
    [one] { $count } tjedan
    [few] { $count } tjedna
   *[other] { $count } tjedana
}
duration-day = { $plural ->
    [one] { $count } dan
    [few] { $count } dana
   *[other] { $count } dana
}
duration-hour = { $plural ->
    [one] { $count } sat
    [few] { $count } sata
   *[other] { $count } sati
}
duration-minute = { $plural ->
    [one] { $count } minuta
    [few] { $count } minute
   *[other] { $count } minuta
}
duration-second = { $plural ->
    [one] { $count } sekunda
    [few] { $count } sekunde
   *[other] { $count } sekundi
}

managing-heading = Upravljanje kolačićima
managing-browser = Kolačiće možete blokirati ili izbrisati u postavkama svojeg preglednika. Svaki preglednik to radi drukčije; njegove stranice pomoći objašnjavaju kako. Ako blokirate nužne kolačiće, dijelovi mrežnog mjesta možda neće raditi.

## Primatelji i prijenosi

third-parties-heading = Treće strane
recipients-heading = Tko prima Vaše podatke
recipients-none = Osobne podatke ne otkrivamo drugim organizacijama.
recipient-service-label = Usluga
recipient-country-label = Obrađuje podatke u
recipient-transfer-label = Zaštitna mjera za prijenos
recipient-own-purposes-label = Vlastite svrhe
recipient-own-purposes-yes = Smije podatke upotrebljavati i u vlastite svrhe.
recipient-own-purposes-no = Ne smije podatke upotrebljavati u vlastite svrhe.
recipient-privacy = Politika privatnosti: { $name }
role-processor = Izvršitelj obrade koji djeluje u naše ime
role-controller = Samostalni voditelj obrade
role-joint-controller = Zajednički voditelj obrade
role-recipients = Kategorija primatelja

transfer-adequacy = Odluka Europske komisije o primjerenosti
transfer-scc = Standardne klauzule o zaštiti podataka (standardne ugovorne klauzule)
transfer-bcr = Obvezujuća korporativna pravila
transfer-eu-us-dpf = Okvir EU-a i SAD-a za privatnost podataka (Data Privacy Framework)
transfer-derogation = Odstupanje u posebnim situacijama (članak 49. Opće uredbe o zaštiti podataka)
transfer-privacy-shield = Sustav zaštite privatnosti EU-a i SAD-a (Privacy Shield)
transfer-safe-harbor = Načela sigurne luke (Safe Harbor)
transfers-heading = Prijenosi izvan Europskog gospodarskog prostora

## Politika privatnosti

privacy-intro = Ova politika privatnosti objašnjava kako { $controller } obrađuje Vaše osobne podatke, u koje svrhe i na kojoj pravnoj osnovi, tko ih prima, koliko se dugo čuvaju i koja prava imate.
controller-heading = Tko je odgovoran
controller-intro = Voditelj obrade Vaših osobnih podataka je:
controller-email = E-pošta
controller-phone = Telefon
controller-website = Mrežno mjesto
controller-registration = Registarski broj
controller-address = Adresa
dpo-heading = Kontakt za zaštitu podataka
dpo-designated = Naš službenik za zaštitu podataka:
dpo-contact = Naša kontaktna osoba za zaštitu podataka:

data-heading = Osobni podaci koje obrađujemo
data-examples = Primjeri
data-sources = Odakle ih dobivamo
data-purposes = Za što ih upotrebljavamo
data-recipients = Tko ih prima
data-retention = Koliko ih dugo čuvamo
data-sensitive = To uključuje posebne kategorije osobnih podataka, koje obrađujemo samo kada to zakon dopušta.
source-data-subject = od Vas
source-cookies = putem kolačića na našim mrežnim mjestima
source-third-party = od trećih strana
source-public = iz javno dostupnih izvora

purposes-heading = Svrhe i pravne osnove
column-legal-basis = Pravna osnova
legal-basis-not-stated = Nije navedeno
legal-bases-general = Oslanjamo se na sljedeće pravne osnove:
legitimate-interest = Naš legitimni interes: { $interest }
basis-consent = Privola (članak 6. stavak 1. točka (a) Opće uredbe o zaštiti podataka)
basis-contract = Izvršavanje ugovora (članak 6. stavak 1. točka (b) Opće uredbe o zaštiti podataka)
basis-legal-obligation = Pravna obveza (članak 6. stavak 1. točka (c) Opće uredbe o zaštiti podataka)
basis-vital-interests = Ključni interesi (članak 6. stavak 1. točka (d) Opće uredbe o zaštiti podataka)
basis-public-task = Zadaća od javnog interesa (članak 6. stavak 1. točka (e) Opće uredbe o zaštiti podataka)
basis-legitimate-interests = Legitimni interesi (članak 6. stavak 1. točka (f) Opće uredbe o zaštiti podataka)

storage-heading = Gdje se Vaši podaci pohranjuju
retention-heading = Koliko dugo čuvamo Vaše podatke

rights-heading = Vaša prava
rights-intro = Imate sljedeća prava:
right-information = Pravo na informacije o obradi Vaših osobnih podataka.
right-access = Pravo na pristup Vašim osobnim podacima (članak 15. Opće uredbe o zaštiti podataka).
right-rectification = Pravo na ispravak netočnih osobnih podataka (članak 16. Opće uredbe o zaštiti podataka).
right-erasure = Pravo na brisanje Vaših osobnih podataka (članak 17. Opće uredbe o zaštiti podataka).
right-restriction = Pravo na ograničenje obrade (članak 18. Opće uredbe o zaštiti podataka).
right-portability = Pravo na prenosivost podataka (članak 20. Opće uredbe o zaštiti podataka).
right-objection = Pravo na prigovor obradi (članak 21. Opće uredbe o zaštiti podataka).
right-automated-decisions = Pravo da se na Vas ne odnosi odluka koja se temelji isključivo na automatiziranoj obradi, uključujući izradu profila (članak 22. Opće uredbe o zaštiti podataka).
right-withdraw-consent = Pravo da u bilo kojem trenutku povučete svoju privolu, a da to ne utječe na zakonitost obrade prije povlačenja (članak 7. stavak 3. Opće uredbe o zaštiti podataka).
right-complaint = Pravo na podnošenje pritužbe nadzornom tijelu (članak 77. Opće uredbe o zaštiti podataka).
rights-authority = Nadzorno tijelo: { $authority }
rights-none = Ova politika ne navodi koja prava imate.

automated-heading = Automatizirano donošenje odluka
automated-yes = Donosimo odluke koje se temelje isključivo na automatiziranoj obradi, uključujući izradu profila.
automated-no = Ne donosimo odluke koje se temelje isključivo na automatiziranoj obradi, uključujući izradu profila.

cookies-see-cookie-policy = Kako upotrebljavamo kolačiće, objašnjeno je u našoj politici kolačića.
more-information-heading = Dodatne informacije
contact-heading = Pitanja
contact-intro = Ako imate pitanja o ovoj politici, obratite se subjektu { $controller }.

## Trake za privolu

banner-title = Upotrebljavamo kolačiće
banner-description = Upotrebljavamo kolačiće koji su nužni za rad ovog mrežnog mjesta. Uz Vašu privolu upotrebljavamo i druge kolačiće, opisane u postavkama. Svoj odabir možete promijeniti u bilo kojem trenutku.
banner-accept-all = Prihvati sve
banner-reject-all = Odbij sve
banner-settings = Upravljaj postavkama
banner-save = Spremi postavke
banner-close = Zatvori
banner-preferences-title = Postavke kolačića
banner-preferences-description = Odaberite koje kategorije kolačića dopuštate. Nužni kolačići uvijek su uključeni. Svoj odabir možete promijeniti u bilo kojem trenutku.
banner-cookies = Kolačići: { $cookies }

## Izmjene ove politike

changes-title = Izmjene ove politike
changes-current = Ovo je verzija { $version }, koja vrijedi od: { $effective }.
changes-current-date = Ova verzija vrijedi od: { $effective }.
changes-release = Verzija { $version } od { $effective }
changes-editorial = Poboljšani su formulacije i prijevodi.
changes-none = Za ovu verziju nisu zabilježene izmjene.
changes-first = Ovo je prva zabilježena verzija.
changes-consent = Zbog ovih izmjena ponovno smo zatražili Vašu privolu.
banner-revision = Ova se politika promijenila od Vašeg posljednjeg odabira: { $changes }
banner-gpc = Vaš preglednik šalje signal Global Privacy Control pa smo umjesto vas odbili ove kolačiće: { $categories }. I dalje ih možete sami dopustiti u postavkama.
banner-revision-unrecorded = Ova se politika promijenila od Vašeg posljednjeg odabira.
change-nothing = nema
change-contact-controller = voditelj obrade
change-contact-dpo = službenik za zaštitu podataka
change-contact-supervisory_authority = nadzorno tijelo
change-cookie-added = Novi kolačić { $subject } ({ $details })
change-cookie-removed = Kolačić { $subject } više se ne upotrebljava
change-cookie-renamed = Kolačić { $before } sada se zove { $after }
change-lifetime-longer = Trajanje kolačića { $subject } sada je { $after } umjesto { $before }
change-lifetime-shorter = Trajanje kolačića { $subject } sada je { $after } umjesto { $before }
change-category-changed = Kolačić { $subject } premješten je iz kategorije { $before } u { $after }
change-cookie-purposes-changed = Kolačić { $subject } sada služi za: { $after }
change-cookie-provider-changed = Kolačić { $subject } sada postavlja { $after } umjesto { $before }
change-purpose-added = Nova svrha: { $subject }
change-purpose-removed = Svrha koja se više ne ostvaruje: { $subject }
change-legal-basis-changed = { $subject }: pravna osnova sada je { $after } umjesto { $before }
change-recipient-added = Novi primatelj: { $subject }
change-recipient-removed = { $subject } više ne prima podatke
change-country-changed = { $subject } sada obrađuje podatke u: { $after } umjesto: { $before }
change-transfer-changed = Prijenosi primatelju { $subject } sada se temelje na: { $after }
change-recipient-role-changed = Uloga primatelja { $subject } promijenila se
change-data-added = Nova kategorija osobnih podataka: { $subject }
change-data-removed = Više se ne obrađuju: { $subject }
change-data-purposes-changed = { $subject }: sada se upotrebljavaju za: { $after }
change-data-recipients-changed = { $subject }: primatelji su sada: { $after }
change-sources-changed = { $subject }: sada potječu iz drugih izvora
change-retention-changed = Razdoblje čuvanja promijenilo se: { $subject }
change-right-granted = Vaša prava sada uključuju: { $subject }
change-right-withdrawn = Više nije navedeno među Vašim pravima: { $subject }
change-contact-changed = Kontaktni podaci promijenili su se: { $subject }
change-automated-decisions-changed = Naše informacije o automatiziranim odlukama promijenile su se
change-consent-mechanism-changed = Način na koji tražimo Vašu privolu promijenio se
change-storage-changed = Mjesto pohrane podataka promijenilo se: { $subject }
change-section-added = Novi odjeljak: { $subject }
change-section-removed = Uklonjen odjeljak: { $subject }
change-document-added = Novo objavljeno: { $subject }
change-document-removed = Više se ne objavljuje: { $subject }
change-locale-added = Sada objavljeno i na jeziku: { $subject }
change-locale-removed = Više se ne objavljuje na jeziku: { $subject }
change-text-changed = Preoblikovano: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Austrija
country-AU = Australija
country-BE = Belgija
country-BG = Bugarska
country-CA = Kanada
country-CH = Švicarska
country-CN = Kina
country-CY = Cipar
country-CZ = Češka
country-DE = Njemačka
country-DK = Danska
country-EE = Estonija
country-ES = Španjolska
country-FI = Finska
country-FR = Francuska
country-GB = Ujedinjeno Kraljevstvo
country-GR = Grčka
country-HR = Hrvatska
country-HU = Mađarska
country-IE = Irska
country-IL = Izrael
country-IN = Indija
country-IS = Island
country-IT = Italija
country-JP = Japan
country-KR = Južna Koreja
country-LI = Lihtenštajn
country-LT = Litva
country-LU = Luksemburg
country-LV = Latvija
country-MT = Malta
country-NL = Nizozemska
country-NO = Norveška
country-NZ = Novi Zeland
country-PL = Poljska
country-PT = Portugal
country-RO = Rumunjska
country-SE = Švedska
country-SG = Singapur
country-SI = Slovenija
country-SK = Slovačka
country-US = Sjedinjene Američke Države
country-UY = Urugvaj

## Consent as asked; lifetimes with an end or per region

consent-asked-categories = Sami birate koje kategorije tih kolačića prihvaćate.
consent-asked-all-or-nothing = Te kolačiće prihvaćate ili odbijate sve zajedno.
consent-asked-reject-first-layer = Prvi zaslon naše trake omogućuje Vam da te kolačiće odbijete jednako lako kao što ih prihvaćate.
consent-asked-reject-later = Da biste odbili te kolačiće, otvorite postavke naše trake.
consent-asked-pre-ticked = Neki su odabiri u našoj traci unaprijed označeni.
consent-asked-not-pre-ticked = Nijedan odabir u našoj traci nije unaprijed označen.
consent-asked-cookie-wall = Mrežno mjesto možete upotrebljavati tek nakon što prihvatite te kolačiće.
consent-asked-no-cookie-wall = Mrežno mjesto možete upotrebljavati bez obzira na to prihvaćate li te kolačiće.
duration-until = Do { $end }
duration-until-max = Do { $end }, najviše { $max }
duration-until-date = Do { $end }
duration-until-date-max = Do { $end }, najviše { $max }
duration-rolling = { $period } od Vašeg posljednjeg posjeta
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = drugdje: { $duration }
region-eea = EGP
region-eu = EU
