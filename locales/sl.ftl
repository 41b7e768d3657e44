# disclose — slovenska besedila (prevedena iz en.ftl; manjkajoča sporočila so prikazana v angleščini).
#
# Spremenljivke strani: $policy (ime politike), $controller (upravljavec), $sites
# (spletna mesta), $effective (datum začetka veljavnosti), $version, $authority
# (nadzorni organ).
#
# Izrazje po slovenskem besedilu Splošne uredbe o varstvu podatkov (Uredba (EU)
# 2016/679); navajanje v obliki "točka (a) člena 6(1)". Nagovor: vikanje.

## Dokumenti

language-name = Slovenščina

cookie-policy-title = Politika piškotkov
privacy-policy-title = Politika zasebnosti
document-subtitle = { $policy }
effective-date = Velja od: { $effective }
policy-version = Različica { $version }
language-switcher = Drugi jeziki
contents = Vsebina
generated-by = Ustvarjeno z orodjem disclose iz kataloga upravljavca { $controller }.
index-title = Objavljene politike
index-document = Dokument
index-language = Jezik
index-files = Datoteke

## Politika piškotkov

cookie-intro = Ta politika pojasnjuje, katere piškotke in podobne tehnologije uporablja { $controller }, kdo jih namešča, zakaj in za koliko časa ter kako jih lahko sami upravljate.
cookie-intro-sites = Velja za: { $sites }.
what-are-cookies-heading = Kaj so piškotki
what-are-cookies = Piškotki so majhne besedilne datoteke, ki jih spletno mesto shrani v vaš brskalnik. Ob poznejših obiskih se pošljejo nazaj spletnemu mestu, da lahko prepozna vaš brskalnik. Podobne tehnologije, kot sta lokalna shramba in sledilne slikovne pike, delujejo enako in jih prav tako zajema ta politika.
session-vs-persistent = Sejni piškotki se izbrišejo, ko zaprete brskalnik. Trajni piškotki ostanejo v vaši napravi, dokler ne potečejo ali jih ne izbrišete.

consent-heading = Vaša privolitev
consent-necessary = Piškotki, ki so nujno potrebni za delovanje spletnega mesta, se namestijo brez vaše privolitve. Vsi drugi piškotki se namestijo samo tako, kot je opisano v nadaljevanju.
consent-mechanism-opt-in-banner = Preden namestimo piškotke, ki niso nujno potrebni, vas prosimo za privolitev. Ob prvem obisku spletnega mesta izberete, katere kategorije sprejmete.
consent-mechanism-browser-settings = O tem, kateri piškotki se smejo namestiti, odločajo nastavitve piškotkov v vašem brskalniku.
consent-mechanism-implied = Nadaljnjo uporabo spletnega mesta štejemo za strinjanje z našimi piškotki.
consent-mechanism-none = Za nameščanje piškotkov ne prosimo za privolitev.
consent-notice = Naše obvestilo o privolitvi se glasi:
consent-withdraw = Privolitev lahko kadar koli prekličete ali spremenite. Preklic ne vpliva na zakonitost uporabe piškotkov pred preklicem.
consent-gpc = Spoštujemo Global Privacy Control (GPC). Ko vaš brskalnik pošilja ta signal in se še niste odločili, ga obravnavamo kot zavrnitev teh piškotkov: { $categories }, in ne nastavimo nobenega od njih, razen če jih sami dovolite v nastavitvah piškotkov. Signal ne spremeni nujno potrebnih piškotkov niti drugih kategorij, za katere vas še naprej sprašujemo.
consent-withdrawal-effect = Če prekličete privolitev:

cookies-heading = Piškotki, ki jih uporabljamo
cookies-none = To spletno mesto ne uporablja piškotkov.
cookie-table-caption = Piškotki, ki se nameščajo na tem spletnem mestu
column-name = Ime
column-provider = Ponudnik
column-role = Vloga
column-purpose = Namen
column-category = Kategorija
column-duration = Trajanje
column-party = Stran
column-description = Opis
party-first = Prva stran
party-third = Tretja stran
cookie-unnamed = ime ni navedeno
cookie-example = Primer: { $example }
cookie-retention = Zbrani podatki se hranijo { $retention }.
cookie-retention-session = Zbrani podatki se hranijo do konca seje.
cookie-retention-not-stated = Koliko časa se zbrani podatki hranijo, ni navedeno.
cookie-pattern = Del v lomljenih oklepajih se spreminja.
provider-first-party = { $controller }

category-necessary = Nujno potrebni
category-preferences = Nastavitve
category-analytics = Analitika
category-marketing = Trženje
category-necessary-description = Potrebni za delovanje spletnega mesta, na primer da ostanete prijavljeni. Ni jih mogoče izklopiti.
category-preferences-description = Zapomnijo si vaše izbire, na primer jezik, da je uporaba spletnega mesta udobnejša.
category-analytics-description = Štejejo obiske in merijo, kako se spletno mesto uporablja, da ga lahko izboljšamo.
category-marketing-description = Sledijo vaši dejavnosti, da prikažejo ustrezno vsebino in oglase ali merijo oglaševalske akcije.

storage-cookie = Piškotek
storage-local-storage = Lokalna shramba
storage-session-storage = Sejna shramba
storage-indexed-db = IndexedDB
storage-pixel = Sledilna slikovna pika
storage-flash = Flash local shared object

duration-session = Seja
duration-persistent = Trajno (obdobje ni navedeno)
duration-not-stated = Ni navedeno
duration-year = { $plural ->
    [one] { $count } leto
    [two] { $count } leti
    [few] { $count } leta
   *[other] { $count } let
}
duration-month = { $plural ->
    [one] { $count } mesec
    [two] { $count } meseca
    [few] { $count } meseci
   *[other] { $count } mesecev
}
duration-week = { $plural ->
    [one] { $count } teden
    [two] { $count } tedna
    [few] { $count } tedni
   *[other] { $count } tednov
}
duration-day = { $plural ->
    [one] { $count } dan
    [two] { $count } dneva
    [few] { $count } dnevi
   *[other] { $count } dni
}
duration-hour = { $plural ->
    [one] { $count } ura
    [two] { $count } uri
    [few] { $count } ure
   *[other] { $count } ur
}
duration-minute = { $plural ->
    [one] { $count } minuta
    [two] { $count } minuti
    [few] { $count } minute
   *[other] { $count } minut
}
duration-second = { $plural ->
    [one] { $count } sekunda
    [two] { $count } sekundi
    [few] { $count } sekunde
   *[other] { $count } sekund
}

managing-heading = Upravljanje piškotkov
managing-browser = Piškotke lahko blokirate ali izbrišete v nastavitvah brskalnika. Vsak brskalnik to naredi drugače; njegove strani s pomočjo pojasnjujejo, kako. Če blokirate nujno potrebne piškotke, deli spletnega mesta morda ne bodo delovali.

## Uporabniki in prenosi

third-parties-heading = Tretje osebe
recipients-heading = Kdo prejme vaše podatke
recipients-none = Osebnih podatkov ne razkrivamo drugim organizacijam.
recipient-service-label = Storitev
recipient-country-label = Obdeluje podatke v državi
recipient-transfer-label = Zaščitni ukrep za prenos
recipient-own-purposes-label = Lastni nameni
recipient-own-purposes-yes = Podatke lahko uporablja tudi za lastne namene.
recipient-own-purposes-no = Podatkov ne sme uporabljati za lastne namene.
recipient-privacy = Politika zasebnosti: { $name }
role-processor = Obdelovalec, ki deluje v našem imenu
role-controller = Samostojni upravljavec
role-joint-controller = Skupni upravljavec
role-recipients = Kategorija uporabnikov

transfer-adequacy = Sklep Evropske komisije o ustreznosti
transfer-scc = Standardna določila o varstvu podatkov (standardna pogodbena določila)
transfer-bcr = Zavezujoča poslovna pravila
transfer-eu-us-dpf = Okvir EU-ZDA za zasebnost podatkov (Data Privacy Framework)
transfer-derogation = Odstopanje v posebnih primerih (člen 49 Splošne uredbe o varstvu podatkov)
transfer-privacy-shield = Zasebnostni ščit EU-ZDA (Privacy Shield)
transfer-safe-harbor = Načela varnega pristana (Safe Harbor)
transfers-heading = Prenosi zunaj Evropskega gospodarskega prostora

## Politika zasebnosti

privacy-intro = Ta politika zasebnosti pojasnjuje, kako { $controller } obdeluje vaše osebne podatke, za katere namene in na kateri pravni podlagi, kdo jih prejme, koliko časa se hranijo in katere pravice imate.
controller-heading = Kdo je odgovoren
controller-intro = Upravljavec vaših osebnih podatkov je:
controller-email = E-pošta
controller-phone = Telefon
controller-website = Spletno mesto
controller-registration = Matična številka
controller-address = Naslov
dpo-heading = Kontakt za varstvo podatkov
dpo-designated = Naša pooblaščena oseba za varstvo podatkov:
dpo-contact = Naša kontaktna oseba za varstvo podatkov:

data-heading = Osebni podatki, ki jih obdelujemo
data-examples = Primeri
data-sources = Od kod jih pridobimo
data-purposes = Za kaj jih uporabljamo
data-recipients = Kdo jih prejme
data-retention = Koliko časa jih hranimo
data-sensitive = To vključuje posebne vrste osebnih podatkov, ki jih obdelujemo samo, kadar to dovoljuje zakon.
source-data-subject = od vas
source-cookies = prek piškotkov na naših spletnih mestih
source-third-party = od tretjih oseb
source-public = iz javno dostopnih virov

purposes-heading = Nameni in pravne podlage
column-legal-basis = Pravna podlaga
legal-basis-not-stated = Ni navedeno
legal-bases-general = Opiramo se na te pravne podlage:
legitimate-interest = Naš zakoniti interes: { $interest }
basis-consent = Privolitev (točka (a) člena 6(1) Splošne uredbe o varstvu podatkov)
basis-contract = Izvajanje pogodbe (točka (b) člena 6(1) Splošne uredbe o varstvu podatkov)
basis-legal-obligation = Zakonska obveznost (točka (c) člena 6(1) Splošne uredbe o varstvu podatkov)
basis-vital-interests = Življenjski interesi (točka (d) člena 6(1) Splošne uredbe o varstvu podatkov)
basis-public-task = Naloga v javnem interesu (točka (e) člena 6(1) Splošne uredbe o varstvu podatkov)
basis-legitimate-interests = Zakoniti interesi (točka (f) člena 6(1) Splošne uredbe o varstvu podatkov)

storage-heading = Kje so vaši podatki shranjeni
retention-heading = Koliko časa hranimo vaše podatke

rights-heading = Vaše pravice
rights-intro = Imate te pravice:
right-information = Pravico do informacij o obdelavi vaših osebnih podatkov.
right-access = Pravico dostopa do vaših osebnih podatkov (člen 15 Splošne uredbe o varstvu podatkov).
right-rectification = Pravico do popravka netočnih osebnih podatkov (člen 16 Splošne uredbe o varstvu podatkov).
right-erasure = Pravico do izbrisa vaših osebnih podatkov (člen 17 Splošne uredbe o varstvu podatkov).
right-restriction = Pravico do omejitve obdelave (člen 18 Splošne uredbe o varstvu podatkov).
right-portability = Pravico do prenosljivosti podatkov (člen 20 Splošne uredbe o varstvu podatkov).
right-objection = Pravico do ugovora obdelavi (člen 21 Splošne uredbe o varstvu podatkov).
right-automated-decisions = Pravico, da za vas ne velja odločitev, ki temelji zgolj na avtomatizirani obdelavi, vključno z oblikovanjem profilov (člen 22 Splošne uredbe o varstvu podatkov).
right-withdraw-consent = Pravico, da privolitev kadar koli prekličete, ne da bi to vplivalo na zakonitost obdelave pred preklicem (člen 7(3) Splošne uredbe o varstvu podatkov).
right-complaint = Pravico do vložitve pritožbe pri nadzornem organu (člen 77 Splošne uredbe o varstvu podatkov).
rights-authority = Nadzorni organ: { $authority }
rights-none = Ta politika ne navaja, katere pravice imate.

automated-heading = Avtomatizirano sprejemanje odločitev
automated-yes = Sprejemamo odločitve, ki temeljijo zgolj na avtomatizirani obdelavi, vključno z oblikovanjem profilov.
automated-no = Ne sprejemamo odločitev, ki bi temeljile zgolj na avtomatizirani obdelavi, vključno z oblikovanjem profilov.

cookies-see-cookie-policy = Kako uporabljamo piškotke, pojasnjuje naša politika piškotkov.
more-information-heading = Več informacij
contact-heading = Vprašanja
contact-intro = Če imate vprašanja o tej politiki, se obrnite na { $controller }.

## Pasice za privolitev

banner-title = Uporabljamo piškotke
banner-description = Uporabljamo piškotke, ki so nujno potrebni za delovanje tega spletnega mesta. Z vašo privolitvijo uporabljamo tudi druge piškotke, opisane v nastavitvah. Svojo izbiro lahko kadar koli spremenite.
banner-accept-all = Sprejmi vse
banner-reject-all = Zavrni vse
banner-settings = Upravljaj nastavitve
banner-save = Shrani nastavitve
banner-close = Zapri
banner-preferences-title = Nastavitve piškotkov
banner-preferences-description = Izberite, katere kategorije piškotkov dovolite. Nujno potrebni piškotki so vedno vklopljeni. Svojo izbiro lahko kadar koli spremenite.
banner-cookies = Piškotki: { $cookies }

## Spremembe te politike

changes-title = Spremembe te politike
changes-current = To je različica { $version }, ki velja od: { $effective }.
changes-current-date = Ta različica velja od: { $effective }.
changes-release = Različica { $version } z dne { $effective }
changes-editorial = Izboljšani so bili ubeseditev in prevodi.
changes-none = Za to različico ni zabeleženih sprememb.
changes-first = To je prva zabeležena različica.
changes-consent = Zaradi teh sprememb smo vas ponovno prosili za privolitev.
banner-revision = Ta politika se je od vaše zadnje izbire spremenila: { $changes }
banner-gpc = Vaš brskalnik pošilja signal Global Privacy Control, zato smo namesto vas zavrnili te piškotke: { $categories }. V nastavitvah jih lahko še vedno sami dovolite.
banner-revision-unrecorded = Ta politika se je od vaše zadnje izbire spremenila.
change-nothing = brez
change-contact-controller = upravljavec
change-contact-dpo = pooblaščena oseba za varstvo podatkov
change-contact-supervisory_authority = nadzorni organ
change-cookie-added = Nov piškotek { $subject } ({ $details })
change-cookie-removed = Piškotek { $subject } se ne uporablja več
change-cookie-renamed = Piškotek { $before } se zdaj imenuje { $after }
change-lifetime-longer = Trajanje piškotka { $subject } je zdaj { $after } namesto { $before }
change-lifetime-shorter = Trajanje piškotka { $subject } je zdaj { $after } namesto { $before }
change-category-changed = Piškotek { $subject } je bil premaknjen iz kategorije { $before } v { $after }
change-cookie-purposes-changed = Piškotek { $subject } se zdaj uporablja za: { $after }
change-cookie-provider-changed = Piškotek { $subject } zdaj namešča { $after } namesto { $before }
change-purpose-added = Nov namen: { $subject }
change-purpose-removed = Namen, ki se ne uresničuje več: { $subject }
change-legal-basis-changed = { $subject }: pravna podlaga je zdaj { $after } namesto { $before }
change-recipient-added = Nov uporabnik: { $subject }
change-recipient-removed = { $subject } ne prejema več podatkov
change-country-changed = { $subject } zdaj obdeluje podatke v državi { $after } namesto { $before }
change-transfer-changed = Prenosi k uporabniku { $subject } zdaj temeljijo na: { $after }
change-recipient-role-changed = Vloga uporabnika { $subject } se je spremenila
change-data-added = Nova vrsta osebnih podatkov: { $subject }
change-data-removed = Se ne obdelujejo več: { $subject }
change-data-purposes-changed = { $subject }: zdaj se uporabljajo za: { $after }
change-data-recipients-changed = { $subject }: uporabniki so zdaj: { $after }
change-sources-changed = { $subject }: zdaj izvirajo iz drugih virov
change-retention-changed = Obdobje hrambe se je spremenilo: { $subject }
change-right-granted = Vaše pravice zdaj vključujejo: { $subject }
change-right-withdrawn = Ni več navedeno med vašimi pravicami: { $subject }
change-contact-changed = Kontaktni podatki so se spremenili: { $subject }
change-automated-decisions-changed = Naše informacije o avtomatiziranih odločitvah so se spremenile
change-consent-mechanism-changed = Način, kako prosimo za vašo privolitev, se je spremenil
change-storage-changed = Kraj hrambe podatkov se je spremenil: { $subject }
change-section-added = Nov razdelek: { $subject }
change-section-removed = Odstranjen razdelek: { $subject }
change-document-added = Na novo objavljeno: { $subject }
change-document-removed = Ni več objavljeno: { $subject }
change-locale-added = Zdaj objavljeno tudi v jeziku: { $subject }
change-locale-removed = Ni več objavljeno v jeziku: { $subject }
change-text-changed = Preoblikovano: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Avstrija
country-AU = Avstralija
country-BE = Belgija
country-BG = Bolgarija
country-CA = Kanada
country-CH = Švica
country-CN = Kitajska
country-CY = Ciper
country-CZ = Češka
country-DE = Nemčija
country-DK = Danska
country-EE = Estonija
country-ES = Španija
country-FI = Finska
country-FR = Francija
country-GB = Združeno kraljestvo
country-GR = Grčija
country-HR = Hrvaška
country-HU = Madžarska
country-IE = Irska
country-IL = Izrael
country-IN = Indija
country-IS = Islandija
country-IT = Italija
country-JP = Japonska
country-KR = Južna Koreja
country-LI = Lihtenštajn
country-LT = Litva
country-LU = Luksemburg
country-LV = Latvija
country-MT = Malta
country-NL = Nizozemska
country-NO = Norveška
country-NZ = Nova Zelandija
country-PL = Poljska
country-PT = Portugalska
country-RO = Romunija
country-SE = Švedska
country-SG = Singapur
country-SI = Slovenija
country-SK = Slovaška
country-US = Združene države Amerike
country-UY = Urugvaj

## Consent as asked; lifetimes with an end or per region

consent-asked-categories = Sami izberete, katere kategorije teh piškotkov sprejmete.
consent-asked-all-or-nothing = Te piškotke sprejmete ali zavrnete vse skupaj.
consent-asked-reject-first-layer = Prvi zaslon naše pasice vam omogoča, da te piškotke zavrnete enako preprosto, kot jih sprejmete.
consent-asked-reject-later = Če želite te piškotke zavrniti, odprite nastavitve naše pasice.
consent-asked-pre-ticked = Nekatere izbire v naši pasici so vnaprej označene.
consent-asked-not-pre-ticked = Nobena izbira v naši pasici ni vnaprej označena.
consent-asked-cookie-wall = Spletno mesto lahko uporabljate šele, ko sprejmete te piškotke.
consent-asked-no-cookie-wall = Spletno mesto lahko uporabljate ne glede na to, ali te piškotke sprejmete.
duration-until = Do { $end }
duration-until-max = Do { $end }, največ { $max }
duration-until-date = Do { $end }
duration-until-date-max = Do { $end }, največ { $max }
duration-rolling = { $period } od vašega zadnjega obiska
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = drugod: { $duration }
region-eea = EGP
region-eu = EU
