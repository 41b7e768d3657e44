# disclose — latviešu teksti (tulkoti no en.ftl; trūkstošie ziņojumi tiek rādīti angliski).
#
# Lapas mainīgie: $policy (paziņojuma nosaukums), $controller (pārzinis), $sites
# (tīmekļvietnes), $effective (spēkā stāšanās datums), $version, $authority
# (uzraudzības iestāde).
#
# Termini atbilst Vispārīgās datu aizsardzības regulas (Regula (ES) 2016/679, VDAR)
# tekstam latviešu valodā. Uzruna: pieklājības forma "jūs".

## Dokumenti

language-name = Latviešu

cookie-policy-title = Sīkdatņu politika
privacy-policy-title = Privātuma politika
document-subtitle = { $policy }
effective-date = Spēkā no: { $effective }
policy-version = Versija { $version }
language-switcher = Citas valodas
contents = Saturs
generated-by = Izveidots ar disclose no { $controller } kataloga.
index-title = Publicētās politikas
index-document = Dokuments
index-language = Valoda
index-files = Datnes

## Sīkdatņu politika

cookie-intro = Šajā politikā ir izskaidrots, kādas sīkdatnes un līdzīgas tehnoloģijas izmanto { $controller }, kas tās iestata, kāpēc un uz cik ilgu laiku, kā arī kā jūs varat tās pārvaldīt.
cookie-intro-sites = Tā attiecas uz: { $sites }.
what-are-cookies-heading = Kas ir sīkdatnes
what-are-cookies = Sīkdatnes ir nelielas teksta datnes, ko tīmekļvietne saglabā jūsu pārlūkprogrammā. Turpmāku apmeklējumu laikā tās tiek nosūtītas atpakaļ tīmekļvietnei, lai tā varētu atpazīt jūsu pārlūkprogrammu. Līdzīgas tehnoloģijas, piemēram, lokālā krātuve un izsekošanas pikseļi, darbojas tāpat, un arī uz tām attiecas šī politika.
session-vs-persistent = Sesijas sīkdatnes tiek dzēstas, kad aizverat pārlūkprogrammu. Pastāvīgās sīkdatnes paliek jūsu ierīcē, līdz beidzas to derīguma termiņš vai līdz jūs tās izdzēšat.

consent-heading = Jūsu piekrišana
consent-necessary = Sīkdatnes, kas ir absolūti nepieciešamas tīmekļvietnes darbībai, tiek iestatītas bez jūsu piekrišanas. Visas pārējās sīkdatnes tiek iestatītas tikai tā, kā aprakstīts turpmāk.
consent-mechanism-opt-in-banner = Pirms iestatām sīkdatnes, kas nav absolūti nepieciešamas, mēs lūdzam jūsu piekrišanu.
consent-asked-categories = Jūs pats izvēlaties, kuras šo sīkdatņu kategorijas pieņemat.
consent-asked-all-or-nothing = Jūs pieņemat vai noraidāt visas šīs sīkdatnes kopā.
consent-asked-reject-first-layer = Mūsu paziņojuma joslas pirmajā ekrānā šīs sīkdatnes varat noraidīt tikpat viegli kā pieņemt.
consent-asked-reject-later = Lai noraidītu šīs sīkdatnes, atveriet mūsu paziņojuma joslas iestatījumus.
consent-asked-pre-ticked = Dažas izvēles mūsu paziņojuma joslā ir atzīmētas iepriekš.
consent-asked-not-pre-ticked = Neviena izvēle mūsu paziņojuma joslā nav atzīmēta iepriekš.
consent-asked-cookie-wall = Tīmekļvietni varat izmantot tikai pēc šo sīkdatņu pieņemšanas.
consent-asked-no-cookie-wall = Tīmekļvietni varat izmantot neatkarīgi no tā, vai pieņemat šīs sīkdatnes.
consent-mechanism-browser-settings = To, kuras sīkdatnes drīkst iestatīt, nosaka jūsu pārlūkprogrammas sīkdatņu iestatījumi.
consent-mechanism-implied = Tīmekļvietnes turpmāku izmantošanu mēs uzskatām par piekrišanu mūsu sīkdatnēm.
consent-mechanism-none = Mēs nelūdzam piekrišanu sīkdatņu iestatīšanai.
consent-notice = Mūsu paziņojums par piekrišanu:
consent-withdraw = Jūs jebkurā laikā varat atsaukt vai mainīt savu piekrišanu. Atsaukums neietekmē sīkdatņu izmantošanas likumīgumu pirms atsaukuma.
consent-gpc = Mēs ievērojam Global Privacy Control (GPC). Ja jūsu pārlūkprogramma sūta šo signālu un jūs vēl neesat izdarījis izvēli, mēs to uzskatām par atteikumu no šīm sīkdatnēm: { $categories }, un neizmantojam nevienu no tām, ja vien jūs pats tās neatļaujat sīkdatņu iestatījumos. Signāls nemaina obligāti nepieciešamās sīkdatnes un pārējās kategorijas, par kurām mēs jums joprojām jautājam.
consent-withdrawal-effect = Ja atsaucat savu piekrišanu:

cookies-heading = Mūsu izmantotās sīkdatnes
cookies-none = Šī tīmekļvietne neizmanto sīkdatnes.
cookie-table-caption = Šajā tīmekļvietnē iestatītās sīkdatnes
column-name = Nosaukums
column-provider = Nodrošinātājs
column-role = Loma
column-purpose = Nolūks
column-category = Kategorija
column-duration = Derīguma termiņš
column-party = Puse
column-description = Apraksts
party-first = Pirmā puse
party-third = Trešā puse
cookie-unnamed = nosaukums nav norādīts
cookie-example = Piemērs: { $example }
cookie-retention = Savāktā informācija tiek glabāta { $retention }.
cookie-retention-session = Savāktā informācija tiek glabāta līdz sesijas beigām.
cookie-retention-not-stated = Nav norādīts, cik ilgi savāktā informācija tiek glabāta.
cookie-pattern = Daļa leņķiekavās mainās.
provider-first-party = { $controller }

category-necessary = Absolūti nepieciešamās
category-preferences = Izvēles
category-analytics = Analītika
category-marketing = Mārketings
category-necessary-description = Nepieciešamas tīmekļvietnes darbībai, piemēram, lai saglabātu jūsu pieteikšanos. Tās nevar izslēgt.
category-preferences-description = Atceras jūsu izvēles, piemēram, valodu, lai tīmekļvietni būtu ērtāk lietot.
category-analytics-description = Skaita apmeklējumus un mēra, kā tīmekļvietne tiek izmantota, lai to varētu uzlabot.
category-marketing-description = Izseko jūsu darbības, lai rādītu atbilstošu saturu un reklāmas vai lai mērītu kampaņas.

storage-cookie = Sīkdatne
storage-local-storage = Lokālā krātuve
storage-session-storage = Sesijas krātuve
storage-indexed-db = IndexedDB
storage-pixel = Izsekošanas pikselis
storage-flash = Flash local shared object

duration-session = Sesija
duration-persistent = Pastāvīga (termiņš nav norādīts)
duration-not-stated = Nav norādīts
duration-until = Līdz brīdim, kad { $end }
duration-until-max = Līdz brīdim, kad { $end }, ne ilgāk kā { $max }
duration-until-date = Līdz { $end }
duration-until-date-max = Līdz { $end }, ne ilgāk kā { $max }
duration-rolling = { $period } kopš jūsu pēdējā apmeklējuma
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = citur: { $duration }
region-eea = EEZ
region-eu = ES
duration-year = { $plural ->
    [zero] { $count } gadi
    [one] { $count } gads
   *[other] { $count } gadi
}
duration-month = { $plural ->
    [zero] { $count } mēneši
    [one] { $count } mēnesis
   *[other] { $count } mēneši
}
duration-week = { $plural ->
    [zero] { $count } nedēļas
    [one] { $count } nedēļa
   *[other] { $count } nedēļas
}
duration-day = { $plural ->
    [zero] { $count } dienas
    [one] { $count } diena
   *[other] { $count } dienas
}
duration-hour = { $plural ->
    [zero] { $count } stundas
    [one] { $count } stunda
   *[other] { $count } stundas
}
duration-minute = { $plural ->
    [zero] { $count } minūtes
    [one] { $count } minūte
   *[other] { $count } minūtes
}
duration-second = { $plural ->
    [zero] { $count } sekundes
    [one] { $count } sekunde
   *[other] { $count } sekundes
}

managing-heading = Sīkdatņu pārvaldība
managing-browser = Sīkdatnes varat bloķēt vai dzēst savas pārlūkprogrammas iestatījumos. Katrā pārlūkprogrammā tas notiek citādi; tās palīdzības lapās ir paskaidrots, kā. Ja bloķējat absolūti nepieciešamās sīkdatnes, dažas tīmekļvietnes daļas var nedarboties.

## Saņēmēji un nosūtīšana

third-parties-heading = Trešās personas
recipients-heading = Kas saņem jūsu datus
recipients-none = Mēs neizpaužam personas datus citām organizācijām.
recipient-service-label = Pakalpojums
recipient-country-label = Apstrādā datus valstī
recipient-transfer-label = Nosūtīšanas garantija
recipient-own-purposes-label = Savi nolūki
recipient-own-purposes-yes = Drīkst izmantot datus arī saviem nolūkiem.
recipient-own-purposes-no = Nedrīkst izmantot datus saviem nolūkiem.
recipient-privacy = Privātuma politika: { $name }
role-processor = Apstrādātājs, kas darbojas mūsu vārdā
role-controller = Neatkarīgs pārzinis
role-joint-controller = Kopīgs pārzinis
role-recipients = Saņēmēju kategorija

transfer-adequacy = Eiropas Komisijas lēmums par aizsardzības līmeņa pietiekamību
transfer-scc = Standarta datu aizsardzības klauzulas (līguma standartklauzulas)
transfer-bcr = Saistoši uzņēmuma noteikumi
transfer-eu-us-dpf = ES un ASV datu privātuma regulējums (Data Privacy Framework)
transfer-derogation = Atkāpe īpašās situācijās (VDAR 49. pants)
transfer-privacy-shield = ES un ASV privātuma vairogs (Privacy Shield)
transfer-safe-harbor = Drošības zonas (Safe Harbor) principi
transfers-heading = Nosūtīšana ārpus Eiropas Ekonomikas zonas

## Privātuma politika

privacy-intro = Šajā privātuma politikā ir izskaidrots, kā { $controller } apstrādā jūsu personas datus, kādiem nolūkiem un uz kāda juridiskā pamata, kas tos saņem, cik ilgi tie tiek glabāti un kādas ir jūsu tiesības.
controller-heading = Kas ir atbildīgs
controller-intro = Jūsu personas datu pārzinis ir:
controller-email = E-pasts
controller-phone = Tālrunis
controller-website = Tīmekļvietne
controller-registration = Reģistrācijas numurs
controller-address = Adrese
dpo-heading = Kontaktinformācija datu aizsardzības jautājumos
dpo-designated = Mūsu datu aizsardzības speciālists:
dpo-contact = Mūsu kontaktpersona datu aizsardzības jautājumos:

data-heading = Personas dati, ko mēs apstrādājam
data-examples = Piemēri
data-sources = No kurienes mēs tos iegūstam
data-purposes = Kam mēs tos izmantojam
data-recipients = Kas tos saņem
data-retention = Cik ilgi mēs tos glabājam
data-sensitive = Tie ietver īpašu kategoriju personas datus, ko mēs apstrādājam tikai tad, ja to atļauj tiesību akti.
source-data-subject = no jums
source-cookies = ar sīkdatnēm mūsu tīmekļvietnēs
source-third-party = no trešām personām
source-public = no publiskiem avotiem

purposes-heading = Nolūki un juridiskais pamats
column-legal-basis = Juridiskais pamats
legal-basis-not-stated = Nav norādīts
legal-bases-general = Mēs balstāmies uz šādiem juridiskajiem pamatiem:
legitimate-interest = Mūsu leģitīmās intereses: { $interest }
basis-consent = Piekrišana (VDAR 6. panta 1. punkta a) apakšpunkts)
basis-contract = Līguma izpilde (VDAR 6. panta 1. punkta b) apakšpunkts)
basis-legal-obligation = Juridisks pienākums (VDAR 6. panta 1. punkta c) apakšpunkts)
basis-vital-interests = Vitālas intereses (VDAR 6. panta 1. punkta d) apakšpunkts)
basis-public-task = Sabiedrības interesēs veicams uzdevums (VDAR 6. panta 1. punkta e) apakšpunkts)
basis-legitimate-interests = Leģitīmās intereses (VDAR 6. panta 1. punkta f) apakšpunkts)

storage-heading = Kur jūsu dati tiek glabāti
retention-heading = Cik ilgi mēs glabājam jūsu datus

rights-heading = Jūsu tiesības
rights-intro = Jums ir šādas tiesības:
right-information = Tiesības saņemt informāciju par jūsu personas datu apstrādi.
right-access = Tiesības piekļūt saviem personas datiem (VDAR 15. pants).
right-rectification = Tiesības panākt neprecīzu personas datu labošanu (VDAR 16. pants).
right-erasure = Tiesības panākt savu personas datu dzēšanu (VDAR 17. pants).
right-restriction = Tiesības ierobežot apstrādi (VDAR 18. pants).
right-portability = Tiesības uz datu pārnesamību (VDAR 20. pants).
right-objection = Tiesības iebilst pret apstrādi (VDAR 21. pants).
right-automated-decisions = Tiesības, lai uz jums neattiektos tāds lēmums, kura pamatā ir tikai automatizēta apstrāde, tostarp profilēšana (VDAR 22. pants).
right-withdraw-consent = Tiesības jebkurā laikā atsaukt savu piekrišanu, neietekmējot apstrādes likumīgumu pirms atsaukuma (VDAR 7. panta 3. punkts).
right-complaint = Tiesības iesniegt sūdzību uzraudzības iestādei (VDAR 77. pants).
rights-authority = Uzraudzības iestāde: { $authority }
rights-none = Šajā politikā nav norādīts, kādas tiesības jums ir.

automated-heading = Automatizēta lēmumu pieņemšana
automated-yes = Mēs pieņemam lēmumus, kuru pamatā ir tikai automatizēta apstrāde, tostarp profilēšana.
automated-no = Mēs nepieņemam lēmumus, kuru pamatā ir tikai automatizēta apstrāde, tostarp profilēšana.

cookies-see-cookie-policy = Kā mēs izmantojam sīkdatnes, ir izskaidrots mūsu sīkdatņu politikā.
more-information-heading = Papildu informācija
contact-heading = Jautājumi
contact-intro = Ja jums ir jautājumi par šo politiku, lūdzu, sazinieties ar { $controller }.

## Piekrišanas paziņojumi

banner-title = Mēs izmantojam sīkdatnes
banner-description = Mēs izmantojam sīkdatnes, kas ir absolūti nepieciešamas šīs tīmekļvietnes darbībai. Ar jūsu piekrišanu mēs izmantojam arī citas sīkdatnes, kas aprakstītas iestatījumos. Savu izvēli varat mainīt jebkurā laikā.
banner-accept-all = Pieņemt visas
banner-reject-all = Noraidīt visas
banner-settings = Pārvaldīt izvēles
banner-save = Saglabāt izvēles
banner-close = Aizvērt
banner-preferences-title = Sīkdatņu izvēles
banner-preferences-description = Izvēlieties, kuras sīkdatņu kategorijas atļaujat. Absolūti nepieciešamās sīkdatnes ir vienmēr ieslēgtas. Savu izvēli varat mainīt jebkurā laikā.
banner-cookies = Sīkdatnes: { $cookies }

## Izmaiņas šajā politikā

changes-title = Izmaiņas šajā politikā
changes-current = Šī ir versija { $version }, spēkā no: { $effective }.
changes-current-date = Šī versija ir spēkā no: { $effective }.
changes-release = Versija { $version }, { $effective }
changes-editorial = Formulējumi un tulkojumi ir uzlaboti.
changes-none = Šai versijai izmaiņas nav reģistrētas.
changes-first = Šī ir pirmā reģistrētā versija.
changes-consent = Šo izmaiņu dēļ mēs atkārtoti lūdzām jūsu piekrišanu.
banner-revision = Šī politika ir mainījusies kopš jūsu pēdējās izvēles: { $changes }
banner-revision-unrecorded = Šī politika ir mainījusies kopš jūsu pēdējās izvēles.
banner-gpc = Jūsu pārlūkprogramma sūta Global Privacy Control signālu, tāpēc mēs jūsu vietā esam atteikušies no šīm sīkdatnēm: { $categories }. Jūs joprojām varat tās atļaut pats iestatījumos.
change-nothing = nav
change-contact-controller = pārzinis
change-contact-dpo = datu aizsardzības speciālists
change-contact-supervisory_authority = uzraudzības iestāde
change-cookie-added = Jauna sīkdatne { $subject } ({ $details })
change-cookie-removed = Sīkdatne { $subject } vairs netiek izmantota
change-cookie-renamed = Sīkdatnes { $before } nosaukums tagad ir { $after }
change-lifetime-longer = Sīkdatnes { $subject } derīguma termiņš tagad ir { $after } (iepriekš { $before })
change-lifetime-shorter = Sīkdatnes { $subject } derīguma termiņš tagad ir { $after } (iepriekš { $before })
change-category-changed = Sīkdatne { $subject } pārvietota no kategorijas { $before } uz { $after }
change-cookie-purposes-changed = Sīkdatnes { $subject } nolūks tagad ir: { $after }
change-cookie-provider-changed = Sīkdatni { $subject } tagad iestata { $after } (iepriekš { $before })
change-purpose-added = Jauns nolūks: { $subject }
change-purpose-removed = Nolūks, kas vairs netiek īstenots: { $subject }
change-legal-basis-changed = { $subject }: juridiskais pamats tagad ir { $after } (iepriekš { $before })
change-recipient-added = Jauns saņēmējs: { $subject }
change-recipient-removed = { $subject } vairs nesaņem datus
change-country-changed = { $subject } tagad apstrādā datus valstī { $after } (iepriekš { $before })
change-transfer-changed = Nosūtīšana saņēmējam { $subject } tagad balstās uz: { $after }
change-recipient-role-changed = Saņēmēja { $subject } loma ir mainījusies
change-data-added = Jauna personas datu kategorija: { $subject }
change-data-removed = Vairs netiek apstrādāti: { $subject }
change-data-purposes-changed = { $subject }: izmantošanas nolūks tagad ir: { $after }
change-data-recipients-changed = { $subject }: saņēmēji tagad ir: { $after }
change-sources-changed = { $subject }: dati tagad tiek iegūti no citiem avotiem
change-retention-changed = Glabāšanas laiks ir mainījies: { $subject }
change-right-granted = Jūsu tiesības tagad ietver: { $subject }
change-right-withdrawn = Vairs nav minēts starp jūsu tiesībām: { $subject }
change-contact-changed = Kontaktinformācija ir mainījusies: { $subject }
change-automated-decisions-changed = Mūsu informācija par automatizētiem lēmumiem ir mainījusies
change-consent-mechanism-changed = Veids, kā lūdzam jūsu piekrišanu, ir mainījies
change-storage-changed = Datu glabāšanas vieta ir mainījusies: { $subject }
change-section-added = Jauna sadaļa: { $subject }
change-section-removed = Sadaļa noņemta: { $subject }
change-document-added = Nesen publicēts: { $subject }
change-document-removed = Vairs netiek publicēts: { $subject }
change-locale-added = Tagad publicēts arī valodā: { $subject }
change-locale-removed = Vairs netiek publicēts valodā: { $subject }
change-text-changed = Pārformulēts: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Austrija
country-AU = Austrālija
country-BE = Beļģija
country-BG = Bulgārija
country-CA = Kanāda
country-CH = Šveice
country-CN = Ķīna
country-CY = Kipra
country-CZ = Čehija
country-DE = Vācija
country-DK = Dānija
country-EE = Igaunija
country-ES = Spānija
country-FI = Somija
country-FR = Francija
country-GB = Apvienotā Karaliste
country-GR = Grieķija
country-HR = Horvātija
country-HU = Ungārija
country-IE = Īrija
country-IL = Izraēla
country-IN = Indija
country-IS = Islande
country-IT = Itālija
country-JP = Japāna
country-KR = Dienvidkoreja
country-LI = Lihtenšteina
country-LT = Lietuva
country-LU = Luksemburga
country-LV = Latvija
country-MT = Malta
country-NL = Nīderlande
country-NO = Norvēģija
country-NZ = Jaunzēlande
country-PL = Polija
country-PT = Portugāle
country-RO = Rumānija
country-SE = Zviedrija
country-SG = Singapūra
country-SI = Slovēnija
country-SK = Slovākija
country-US = Amerikas Savienotās Valstis
country-UY = Urugvaja
