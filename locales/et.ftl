# disclose — eestikeelsed tekstid (tõlgitud failist en.ftl; puuduvad sõnumid kuvatakse inglise keeles).
#
# Lehe muutujad: $policy (teatise nimi), $controller (vastutav töötleja), $sites
# (veebisaidid), $effective (jõustumise kuupäev), $version, $authority
# (järelevalveasutus).
#
# Mõisted järgivad isikuandmete kaitse üldmääruse (määrus (EL) 2016/679, IKÜM)
# eestikeelset teksti. Pöördumine: viisakusvorm "teie".

## Dokumendid

language-name = Eesti

cookie-policy-title = Küpsiste kasutamise põhimõtted
privacy-policy-title = Privaatsuspoliitika
document-subtitle = { $policy }
effective-date = Kehtib alates: { $effective }
policy-version = Versioon { $version }
language-switcher = Muud keeled
contents = Sisukord
generated-by = Koostatud tööriistaga disclose ettevõtte { $controller } kataloogi põhjal.
index-title = Avaldatud dokumendid
index-document = Dokument
index-language = Keel
index-files = Failid

## Küpsiste kasutamise põhimõtted

cookie-intro = Need põhimõtted selgitavad, milliseid küpsiseid ja sarnaseid tehnoloogiaid { $controller } kasutab, kes need seab, miks ja kui kauaks ning kuidas saate neid ise hallata.
cookie-intro-sites = Põhimõtted kehtivad järgmistele veebisaitidele: { $sites }.
what-are-cookies-heading = Mis on küpsised
what-are-cookies = Küpsised on väikesed tekstifailid, mille veebisait salvestab teie brauserisse. Need saadetakse hilisematel külastustel veebisaidile tagasi, et sait tunneks teie brauseri ära. Sarnased tehnoloogiad, näiteks kohalik salvestusruum ja jälgimispikslid, toimivad samamoodi ning ka neid käsitlevad need põhimõtted.
session-vs-persistent = Seansiküpsised kustutatakse, kui sulgete brauseri. Püsiküpsised jäävad teie seadmesse, kuni need aeguvad või te need kustutate.

consent-heading = Teie nõusolek
consent-necessary = Veebisaidi toimimiseks hädavajalikud küpsised seatakse ilma teie nõusolekuta. Kõik muud küpsised seatakse ainult allpool kirjeldatud viisil.
consent-mechanism-opt-in-banner = Enne kui seame küpsiseid, mis ei ole hädavajalikud, küsime teie nõusolekut.
consent-asked-categories = Valite ise, milliseid nende küpsiste kategooriaid aktsepteerite.
consent-asked-all-or-nothing = Aktsepteerite või keeldute kõigist neist küpsistest korraga.
consent-asked-reject-first-layer = Meie teavitusriba esimesel ekraanil saate neist küpsistest keelduda sama lihtsalt kui neid aktsepteerida.
consent-asked-reject-later = Nendest küpsistest keeldumiseks avage meie teavitusriba seaded.
consent-asked-pre-ticked = Mõned valikud meie teavitusribal on eelnevalt märgitud.
consent-asked-not-pre-ticked = Ükski valik meie teavitusribal ei ole eelnevalt märgitud.
consent-asked-cookie-wall = Veebisaiti saate kasutada alles pärast nende küpsiste aktsepteerimist.
consent-asked-no-cookie-wall = Veebisaiti saate kasutada olenemata sellest, kas aktsepteerite neid küpsiseid või mitte.
consent-mechanism-browser-settings = Milliseid küpsiseid võib seada, otsustavad teie brauseri küpsiste seaded.
consent-mechanism-implied = Käsitame veebisaidi edasist kasutamist nõustumisena meie küpsistega.
consent-mechanism-none = Me ei küsi küpsiste seadmiseks nõusolekut.
consent-notice = Meie nõusolekuteade on järgmine:
consent-withdraw = Võite oma nõusoleku igal ajal tagasi võtta või seda muuta. Tagasivõtmine ei mõjuta küpsiste enne tagasivõtmist toimunud kasutamise seaduslikkust.
consent-gpc = Austame Global Privacy Controli (GPC) signaali. Kui teie brauser saadab selle signaali ja te ei ole veel valikut teinud, käsitleme seda keeldumisena nendest küpsistest: { $categories } ning ei salvesta ühtegi neist, kui te neid küpsiste seadetes ise ei luba. Signaal ei muuda rangelt vajalikke küpsiseid ega teisi kategooriaid, mille kohta küsime teilt endiselt.
consent-withdrawal-effect = Kui võtate nõusoleku tagasi:

cookies-heading = Meie kasutatavad küpsised
cookies-none = See veebisait ei kasuta küpsiseid.
cookie-table-caption = Sellel veebisaidil seatavad küpsised
column-name = Nimi
column-provider = Pakkuja
column-role = Roll
column-purpose = Eesmärk
column-category = Kategooria
column-duration = Kehtivusaeg
column-party = Osapool
column-description = Kirjeldus
party-first = Esimene osapool
party-third = Kolmas osapool
cookie-unnamed = nimi on esitamata
cookie-example = Näide: { $example }
cookie-retention = Kogutud teavet säilitatakse { $retention }.
cookie-retention-session = Kogutud teavet säilitatakse seansi lõpuni.
cookie-retention-not-stated = Kogutud teabe säilitamise aega ei ole märgitud.
cookie-pattern = Nurksulgudes olev osa on muutuv.
provider-first-party = { $controller }

category-necessary = Hädavajalikud
category-preferences = Eelistused
category-analytics = Analüütika
category-marketing = Turundus
category-necessary-description = Vajalikud veebisaidi toimimiseks, näiteks selleks, et te jääksite sisselogituks. Neid ei saa välja lülitada.
category-preferences-description = Jätavad meelde teie valikud, näiteks keele, et veebisaiti oleks mugavam kasutada.
category-analytics-description = Loendavad külastusi ja mõõdavad veebisaidi kasutamist, et seda parandada.
category-marketing-description = Jälgivad teie tegevust, et näidata asjakohast sisu ja reklaami või mõõta kampaaniaid.

storage-cookie = Küpsis
storage-local-storage = Kohalik salvestusruum
storage-session-storage = Seansi salvestusruum
storage-indexed-db = IndexedDB
storage-pixel = Jälgimispiksel
storage-flash = Flash local shared object

duration-session = Seanss
duration-persistent = Püsiv (aeg on märkimata)
duration-not-stated = Märkimata
duration-until = Kuni { $end }
duration-until-max = Kuni { $end }, kõige kauem { $max }
duration-until-date = Kuni { $end }
duration-until-date-max = Kuni { $end }, kõige kauem { $max }
duration-rolling = { $period } alates teie viimasest külastusest
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = mujal: { $duration }
region-eea = EMP
region-eu = EL
duration-year = { $plural ->
    [one] { $count } aasta
   *[other] { $count } aastat
}
duration-month = { $plural ->
    [one] { $count } kuu
   *[other] { $count } kuud
}
duration-week = { $plural ->
    [one] { $count } nädal
   *[other] { $count } nädalat
}
duration-day = { $plural ->
    [one] { $count } päev
   *[other] { $count } päeva
}
duration-hour = { $plural ->
    [one] { $count } tund
   *[other] { $count } tundi
}
duration-minute = { $plural ->
    [one] { $count } minut
   *[other] { $count } minutit
}
duration-second = { $plural ->
    [one] { $count } sekund
   *[other] { $count } sekundit
}

managing-heading = Küpsiste haldamine
managing-browser = Küpsiseid saate blokeerida või kustutada oma brauseri seadetes. Iga brauser teeb seda isemoodi; selle abilehed selgitavad, kuidas. Kui blokeerite hädavajalikud küpsised, ei pruugi osa veebisaidist toimida.

## Vastuvõtjad ja edastamine

third-parties-heading = Kolmandad isikud
recipients-heading = Kes teie andmeid saavad
recipients-none = Me ei edasta isikuandmeid teistele organisatsioonidele.
recipient-service-label = Teenus
recipient-country-label = Töötleb andmeid riigis
recipient-transfer-label = Edastamise kaitsemeede
recipient-own-purposes-label = Oma eesmärgid
recipient-own-purposes-yes = Võib andmeid kasutada ka oma eesmärkidel.
recipient-own-purposes-no = Ei tohi andmeid kasutada oma eesmärkidel.
recipient-privacy = Privaatsuspoliitika: { $name }
role-processor = Volitatud töötleja, kes tegutseb meie nimel
role-controller = Iseseisev vastutav töötleja
role-joint-controller = Kaasvastutav töötleja
role-recipients = Vastuvõtjate kategooria

transfer-adequacy = Euroopa Komisjoni kaitse piisavuse otsus
transfer-scc = Andmekaitse tüüptingimused (lepingu tüüptingimused)
transfer-bcr = Siduvad kontsernisisesed eeskirjad
transfer-eu-us-dpf = ELi ja USA andmekaitseraamistik (Data Privacy Framework)
transfer-derogation = Erand eriolukorras (IKÜM artikkel 49)
transfer-privacy-shield = ELi ja USA andmekaitseraamistik Privacy Shield
transfer-safe-harbor = Safe Harbori põhimõtted
transfers-heading = Edastamine väljapoole Euroopa Majanduspiirkonda

## Privaatsuspoliitika

privacy-intro = See privaatsuspoliitika selgitab, kuidas { $controller } teie isikuandmeid töötleb, millistel eesmärkidel ja millisel õiguslikul alusel, kes neid saavad, kui kaua neid säilitatakse ja millised õigused teil on.
controller-heading = Kes vastutab
controller-intro = Teie isikuandmete vastutav töötleja on:
controller-email = E-post
controller-phone = Telefon
controller-website = Veebisait
controller-registration = Registrikood
controller-address = Aadress
dpo-heading = Andmekaitse kontakt
dpo-designated = Meie andmekaitseametnik:
dpo-contact = Meie andmekaitse kontaktisik:

data-heading = Isikuandmed, mida töötleme
data-examples = Näited
data-sources = Kust me need saame
data-purposes = Milleks me neid kasutame
data-recipients = Kes neid saavad
data-retention = Kui kaua me neid säilitame
data-sensitive = Nende hulgas on isikuandmete eriliike, mida töötleme ainult seadusega lubatud juhtudel.
source-data-subject = teilt
source-cookies = meie veebisaitide küpsiste kaudu
source-third-party = kolmandatelt isikutelt
source-public = avalikest allikatest

purposes-heading = Eesmärgid ja õiguslikud alused
column-legal-basis = Õiguslik alus
legal-basis-not-stated = Märkimata
legal-bases-general = Tugineme järgmistele õiguslikele alustele:
legitimate-interest = Meie õigustatud huvi: { $interest }
basis-consent = Nõusolek (IKÜM artikli 6 lõike 1 punkt a)
basis-contract = Lepingu täitmine (IKÜM artikli 6 lõike 1 punkt b)
basis-legal-obligation = Juriidiline kohustus (IKÜM artikli 6 lõike 1 punkt c)
basis-vital-interests = Eluliselt tähtsad huvid (IKÜM artikli 6 lõike 1 punkt d)
basis-public-task = Avalikes huvides olev ülesanne (IKÜM artikli 6 lõike 1 punkt e)
basis-legitimate-interests = Õigustatud huvid (IKÜM artikli 6 lõike 1 punkt f)

storage-heading = Kus teie andmeid hoitakse
retention-heading = Kui kaua me teie andmeid säilitame

rights-heading = Teie õigused
rights-intro = Teil on järgmised õigused:
right-information = Õigus saada teavet oma isikuandmete töötlemise kohta.
right-access = Õigus tutvuda oma isikuandmetega (IKÜM artikkel 15).
right-rectification = Õigus nõuda ebaõigete isikuandmete parandamist (IKÜM artikkel 16).
right-erasure = Õigus nõuda oma isikuandmete kustutamist (IKÜM artikkel 17).
right-restriction = Õigus nõuda isikuandmete töötlemise piiramist (IKÜM artikkel 18).
right-portability = Õigus andmete ülekandmisele (IKÜM artikkel 20).
right-objection = Õigus esitada töötlemise suhtes vastuväiteid (IKÜM artikkel 21).
right-automated-decisions = Õigus, et teie kohta ei tehtaks otsust, mis põhineb üksnes automatiseeritud töötlemisel, sealhulgas profiilianalüüsil (IKÜM artikkel 22).
right-withdraw-consent = Õigus võtta oma nõusolek igal ajal tagasi, ilma et see mõjutaks enne tagasivõtmist toimunud töötlemise seaduslikkust (IKÜM artikli 7 lõige 3).
right-complaint = Õigus esitada kaebus järelevalveasutusele (IKÜM artikkel 77).
rights-authority = Järelevalveasutus: { $authority }
rights-none = Need põhimõtted ei märgi, millised õigused teil on.

automated-heading = Automatiseeritud otsuste tegemine
automated-yes = Teeme otsuseid, mis põhinevad üksnes automatiseeritud töötlemisel, sealhulgas profiilianalüüsil.
automated-no = Me ei tee otsuseid, mis põhinevad üksnes automatiseeritud töötlemisel, sealhulgas profiilianalüüsil.

cookies-see-cookie-policy = Kuidas me küpsiseid kasutame, selgitavad meie küpsiste kasutamise põhimõtted.
more-information-heading = Lisateave
contact-heading = Küsimused
contact-intro = Kui teil on nende põhimõtete kohta küsimusi, võtke palun ühendust: { $controller }.

## Nõusolekuribad

banner-title = Kasutame küpsiseid
banner-description = Kasutame küpsiseid, mis on selle veebisaidi toimimiseks hädavajalikud. Teie nõusolekul kasutame ka muid küpsiseid, mida on kirjeldatud seadetes. Võite oma valikut igal ajal muuta.
banner-accept-all = Nõustu kõigiga
banner-reject-all = Keeldu kõigist
banner-settings = Halda eelistusi
banner-save = Salvesta eelistused
banner-close = Sulge
banner-preferences-title = Küpsiste eelistused
banner-preferences-description = Valige, milliseid küpsiste kategooriaid lubate. Hädavajalikud küpsised on alati sees. Võite oma valikut igal ajal muuta.
banner-cookies = Küpsised: { $cookies }

## Muudatused

changes-title = Muudatused
changes-current = See on versioon { $version }, kehtib alates: { $effective }.
changes-current-date = See versioon kehtib alates: { $effective }.
changes-release = Versioon { $version }, { $effective }
changes-editorial = Sõnastust ja tõlkeid on parandatud.
changes-none = Selle versiooni kohta ei ole muudatusi registreeritud.
changes-first = See on esimene registreeritud versioon.
changes-consent = Küsisime nende muudatuste tõttu uuesti teie nõusolekut.
banner-revision = Need põhimõtted on pärast teie viimast valikut muutunud: { $changes }
banner-revision-unrecorded = Need põhimõtted on pärast teie viimast valikut muutunud.
banner-gpc = Teie brauser saadab Global Privacy Controli signaali, seega keeldusime teie eest nendest küpsistest: { $categories }. Saate need seadetes ise siiski lubada.
change-nothing = puuduvad
change-contact-controller = vastutav töötleja
change-contact-dpo = andmekaitseametnik
change-contact-supervisory_authority = järelevalveasutus
change-cookie-added = Uus küpsis { $subject } ({ $details })
change-cookie-removed = Küpsist { $subject } enam ei kasutata
change-cookie-renamed = Küpsise { $before } nimi on nüüd { $after }
change-lifetime-longer = Küpsise { $subject } kehtivusaeg on nüüd { $after } (varem { $before })
change-lifetime-shorter = Küpsise { $subject } kehtivusaeg on nüüd { $after } (varem { $before })
change-category-changed = Küpsis { $subject } viidi kategooriast { $before } kategooriasse { $after }
change-cookie-purposes-changed = Küpsise { $subject } eesmärk on nüüd: { $after }
change-cookie-provider-changed = Küpsise { $subject } seab nüüd { $after } (varem { $before })
change-purpose-added = Uus eesmärk: { $subject }
change-purpose-removed = Eesmärk, mida enam ei taotleta: { $subject }
change-legal-basis-changed = { $subject }: õiguslik alus on nüüd { $after } (varem { $before })
change-recipient-added = Uus vastuvõtja: { $subject }
change-recipient-removed = { $subject } ei saa enam andmeid
change-country-changed = { $subject } töötleb andmeid nüüd riigis { $after } (varem { $before })
change-transfer-changed = Edastamine vastuvõtjale { $subject } põhineb nüüd: { $after }
change-recipient-role-changed = Vastuvõtja { $subject } roll on muutunud
change-data-added = Uus isikuandmete kategooria: { $subject }
change-data-removed = Enam ei töödelda: { $subject }
change-data-purposes-changed = { $subject }: kasutamise eesmärk on nüüd: { $after }
change-data-recipients-changed = { $subject }: vastuvõtjad on nüüd: { $after }
change-sources-changed = { $subject }: andmed saadakse nüüd muudest allikatest
change-retention-changed = Säilitamise aeg on muutunud: { $subject }
change-right-granted = Teie õiguste hulka kuulub nüüd: { $subject }
change-right-withdrawn = Enam ei ole teie õiguste hulgas: { $subject }
change-contact-changed = Kontaktandmed muutusid: { $subject }
change-automated-decisions-changed = Meie teave automatiseeritud otsuste kohta on muutunud
change-consent-mechanism-changed = Teie nõusoleku küsimise viis on muutunud
change-storage-changed = Andmete hoiukoht on muutunud: { $subject }
change-section-added = Uus jaotis: { $subject }
change-section-removed = Jaotis eemaldatud: { $subject }
change-document-added = Äsja avaldatud: { $subject }
change-document-removed = Enam ei avaldata: { $subject }
change-locale-added = Nüüd avaldatud ka keeles: { $subject }
change-locale-removed = Enam ei avaldata keeles: { $subject }
change-text-changed = Ümber sõnastatud: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Austria
country-AU = Austraalia
country-BE = Belgia
country-BG = Bulgaaria
country-CA = Kanada
country-CH = Šveits
country-CN = Hiina
country-CY = Küpros
country-CZ = Tšehhi
country-DE = Saksamaa
country-DK = Taani
country-EE = Eesti
country-ES = Hispaania
country-FI = Soome
country-FR = Prantsusmaa
country-GB = Ühendkuningriik
country-GR = Kreeka
country-HR = Horvaatia
country-HU = Ungari
country-IE = Iirimaa
country-IL = Iisrael
country-IN = India
country-IS = Island
country-IT = Itaalia
country-JP = Jaapan
country-KR = Lõuna-Korea
country-LI = Liechtenstein
country-LT = Leedu
country-LU = Luksemburg
country-LV = Läti
country-MT = Malta
country-NL = Holland
country-NO = Norra
country-NZ = Uus-Meremaa
country-PL = Poola
country-PT = Portugal
country-RO = Rumeenia
country-SE = Rootsi
country-SG = Singapur
country-SI = Sloveenia
country-SK = Slovakkia
country-US = Ameerika Ühendriigid
country-UY = Uruguay
