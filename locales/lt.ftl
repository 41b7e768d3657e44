# disclose — lietuviški tekstai (išversti iš en.ftl; trūkstami pranešimai rodomi angliškai).
#
# Puslapio kintamieji: $policy (politikos pavadinimas), $controller (duomenų
# valdytojas), $sites (svetainės), $effective (įsigaliojimo data), $version,
# $authority (priežiūros institucija).
#
# Terminai atitinka Bendrojo duomenų apsaugos reglamento (Reglamentas (ES) 2016/679,
# BDAR) tekstą lietuvių kalba. Kreipinys: mandagumo forma „jūs“.

## Dokumentai

language-name = Lietuvių

cookie-policy-title = Slapukų politika
privacy-policy-title = Privatumo politika
document-subtitle = { $policy }
effective-date = Galioja nuo: { $effective }
policy-version = Versija { $version }
language-switcher = Kitos kalbos
contents = Turinys
generated-by = Sukurta naudojant disclose pagal { $controller } katalogą.
index-title = Paskelbtos politikos
index-document = Dokumentas
index-language = Kalba
index-files = Failai

## Slapukų politika

cookie-intro = Šioje politikoje paaiškinama, kokius slapukus ir panašias technologijas naudoja { $controller }, kas juos įrašo, kodėl ir kuriam laikui, taip pat kaip galite juos valdyti.
cookie-intro-sites = Ji taikoma: { $sites }.
what-are-cookies-heading = Kas yra slapukai
what-are-cookies = Slapukai yra nedideli tekstiniai failai, kuriuos svetainė įrašo jūsų naršyklėje. Vėlesnių apsilankymų metu jie siunčiami atgal svetainei, kad ji galėtų atpažinti jūsų naršyklę. Panašios technologijos, pavyzdžiui, vietinė saugykla ir sekimo pikseliai, veikia taip pat, ir joms taip pat taikoma ši politika.
session-vs-persistent = Seanso slapukai ištrinami, kai uždarote naršyklę. Nuolatiniai slapukai lieka jūsų įrenginyje, kol baigiasi jų galiojimas arba kol juos ištrinate.

consent-heading = Jūsų sutikimas
consent-necessary = Slapukai, kurie yra būtini svetainei veikti, įrašomi be jūsų sutikimo. Visi kiti slapukai įrašomi tik taip, kaip aprašyta toliau.
consent-mechanism-opt-in-banner = Prieš įrašydami slapukus, kurie nėra būtini, prašome jūsų sutikimo.
consent-asked-categories = Patys pasirenkate, kurias šių slapukų kategorijas priimate.
consent-asked-all-or-nothing = Šiuos slapukus priimate arba atmetate visus kartu.
consent-asked-reject-first-layer = Pirmajame mūsų reklamjuostės ekrane šiuos slapukus galite atmesti taip pat lengvai, kaip ir priimti.
consent-asked-reject-later = Norėdami atmesti šiuos slapukus, atidarykite mūsų reklamjuostės nustatymus.
consent-asked-pre-ticked = Kai kurie mūsų reklamjuostės pasirinkimai pažymėti iš anksto.
consent-asked-not-pre-ticked = Nė vienas mūsų reklamjuostės pasirinkimas nepažymėtas iš anksto.
consent-asked-cookie-wall = Svetaine galite naudotis tik priėmę šiuos slapukus.
consent-asked-no-cookie-wall = Svetaine galite naudotis nepriklausomai nuo to, ar priimate šiuos slapukus.
consent-mechanism-browser-settings = Kokius slapukus galima įrašyti, lemia jūsų naršyklės slapukų nustatymai.
consent-mechanism-implied = Tolesnį naudojimąsi svetaine laikome sutikimu su mūsų slapukais.
consent-mechanism-none = Neprašome sutikimo įrašyti slapukus.
consent-notice = Mūsų pranešimas apie sutikimą:
consent-withdraw = Savo sutikimą galite bet kada atšaukti arba pakeisti. Atšaukimas nedaro poveikio slapukų naudojimo iki atšaukimo teisėtumui.
consent-gpc = Mes paisome „Global Privacy Control“ (GPC) signalo. Kai jūsų naršyklė siunčia šį signalą, o jūs dar nepasirinkote, laikome tai šių slapukų atsisakymu: { $categories }, ir nenaudojame nė vieno iš jų, nebent patys juos leisite slapukų nustatymuose. Signalas nekeičia būtinųjų slapukų ir kitų kategorijų, dėl kurių vis tiek jūsų klausiame.
consent-withdrawal-effect = Jei atšauksite savo sutikimą:

cookies-heading = Mūsų naudojami slapukai
cookies-none = Ši svetainė nenaudoja slapukų.
cookie-table-caption = Šioje svetainėje įrašomi slapukai
column-name = Pavadinimas
column-provider = Teikėjas
column-role = Vaidmuo
column-purpose = Tikslas
column-category = Kategorija
column-duration = Galiojimo laikas
column-party = Šalis
column-description = Aprašymas
party-first = Pirmoji šalis
party-third = Trečioji šalis
cookie-unnamed = pavadinimas nenurodytas
cookie-example = Pavyzdys: { $example }
cookie-retention = Surinkta informacija saugoma { $retention }.
cookie-retention-session = Surinkta informacija saugoma iki seanso pabaigos.
cookie-retention-not-stated = Nenurodyta, kiek laiko saugoma surinkta informacija.
cookie-pattern = Dalis tarp kampinių skliaustų kinta.
provider-first-party = { $controller }

category-necessary = Būtinieji
category-preferences = Nuostatos
category-analytics = Analitika
category-marketing = Rinkodara
category-necessary-description = Reikalingi, kad svetainė veiktų, pavyzdžiui, kad išliktumėte prisijungę. Jų negalima išjungti.
category-preferences-description = Įsimena jūsų pasirinkimus, pavyzdžiui, kalbą, kad svetaine būtų patogiau naudotis.
category-analytics-description = Skaičiuoja apsilankymus ir matuoja, kaip naudojamasi svetaine, kad ją būtų galima tobulinti.
category-marketing-description = Seka jūsų veiklą, kad būtų rodomas aktualus turinys ir reklama arba matuojamos kampanijos.

storage-cookie = Slapukas
storage-local-storage = Vietinė saugykla
storage-session-storage = Seanso saugykla
storage-indexed-db = IndexedDB
storage-pixel = Sekimo pikselis
storage-flash = Flash local shared object

duration-session = Seansas
duration-persistent = Nuolatinis (laikotarpis nenurodytas)
duration-not-stated = Nenurodyta
duration-until = Kol { $end }
duration-until-max = Kol { $end }, ne ilgiau kaip { $max }
duration-until-date = Iki { $end }
duration-until-date-max = Iki { $end }, ne ilgiau kaip { $max }
duration-rolling = { $period } nuo paskutinio jūsų apsilankymo
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = kitur: { $duration }
region-eea = EEE
region-eu = ES
duration-year = { $plural ->
    [one] { $count } metai
    [few] { $count } metai
    [many] { $count } metų
   *[other] { $count } metų
}
duration-month = { $plural ->
    [one] { $count } mėnuo
    [few] { $count } mėnesiai
    [many] { $count } mėnesio
   *[other] { $count } mėnesių
}
duration-week = { $plural ->
    [one] { $count } savaitė
    [few] { $count } savaitės
    [many] { $count } savaitės
   *[other] { $count } savaičių
}
duration-day = { $plural ->
    [one] { $count } diena
    [few] { $count } dienos
    [many] { $count } dienos
   *[other] { $count } dienų
}
duration-hour = { $plural ->
    [one] { $count } valanda
    [few] { $count } valandos
    [many] { $count } valandos
   *[other] { $count } valandų
}
duration-minute = { $plural ->
    [one] { $count } minutė
    [few] { $count } minutės
    [many] { $count } minutės
   *[other] { $count } minučių
}
duration-second = { $plural ->
    [one] { $count } sekundė
    [few] { $count } sekundės
    [many] { $count } sekundės
   *[other] { $count } sekundžių
}

managing-heading = Slapukų valdymas
managing-browser = Slapukus galite blokuoti arba ištrinti savo naršyklės nustatymuose. Kiekviena naršyklė tai daro skirtingai; jos pagalbos puslapiuose paaiškinta, kaip. Užblokavus būtinuosius slapukus, dalis svetainės gali neveikti.

## Gavėjai ir perdavimas

third-parties-heading = Trečiosios šalys
recipients-heading = Kas gauna jūsų duomenis
recipients-none = Asmens duomenų kitoms organizacijoms neteikiame.
recipient-service-label = Paslauga
recipient-country-label = Duomenis tvarko šioje šalyje
recipient-transfer-label = Perdavimo apsaugos priemonė
recipient-own-purposes-label = Savi tikslai
recipient-own-purposes-yes = Duomenis gali naudoti ir savo tikslais.
recipient-own-purposes-no = Duomenų negali naudoti savo tikslais.
recipient-privacy = Privatumo politika: { $name }
role-processor = Duomenų tvarkytojas, veikiantis mūsų vardu
role-controller = Savarankiškas duomenų valdytojas
role-joint-controller = Bendras duomenų valdytojas
role-recipients = Gavėjų kategorija

transfer-adequacy = Europos Komisijos sprendimas dėl tinkamumo
transfer-scc = Standartinės duomenų apsaugos sąlygos (standartinės sutarčių sąlygos)
transfer-bcr = Įmonei privalomos taisyklės
transfer-eu-us-dpf = ES ir JAV duomenų privatumo sistema (Data Privacy Framework)
transfer-derogation = Nukrypti leidžiančios nuostatos konkrečiais atvejais (BDAR 49 straipsnis)
transfer-privacy-shield = ES ir JAV privatumo skydas (Privacy Shield)
transfer-safe-harbor = Saugaus uosto (Safe Harbor) principai
transfers-heading = Perdavimas už Europos ekonominės erdvės ribų

## Privatumo politika

privacy-intro = Šioje privatumo politikoje paaiškinama, kaip { $controller } tvarko jūsų asmens duomenis, kokiais tikslais ir kokiu teisiniu pagrindu, kas juos gauna, kiek laiko jie saugomi ir kokias teises turite.
controller-heading = Kas atsako
controller-intro = Jūsų asmens duomenų valdytojas:
controller-email = El. paštas
controller-phone = Telefonas
controller-website = Svetainė
controller-registration = Registracijos numeris
controller-address = Adresas
dpo-heading = Kontaktai duomenų apsaugos klausimais
dpo-designated = Mūsų duomenų apsaugos pareigūnas:
dpo-contact = Mūsų kontaktinis asmuo duomenų apsaugos klausimais:

data-heading = Mūsų tvarkomi asmens duomenys
data-examples = Pavyzdžiai
data-sources = Iš kur juos gauname
data-purposes = Kam juos naudojame
data-recipients = Kas juos gauna
data-retention = Kiek laiko juos saugome
data-sensitive = Tai apima specialių kategorijų asmens duomenis, kuriuos tvarkome tik tada, kai tai leidžia teisė.
source-data-subject = iš jūsų
source-cookies = naudojant slapukus mūsų svetainėse
source-third-party = iš trečiųjų šalių
source-public = iš viešų šaltinių

purposes-heading = Tikslai ir teisiniai pagrindai
column-legal-basis = Teisinis pagrindas
legal-basis-not-stated = Nenurodyta
legal-bases-general = Remiamės šiais teisiniais pagrindais:
legitimate-interest = Mūsų teisėtas interesas: { $interest }
basis-consent = Sutikimas (BDAR 6 straipsnio 1 dalies a punktas)
basis-contract = Sutarties vykdymas (BDAR 6 straipsnio 1 dalies b punktas)
basis-legal-obligation = Teisinė prievolė (BDAR 6 straipsnio 1 dalies c punktas)
basis-vital-interests = Gyvybiniai interesai (BDAR 6 straipsnio 1 dalies d punktas)
basis-public-task = Užduotis, vykdoma viešojo intereso labui (BDAR 6 straipsnio 1 dalies e punktas)
basis-legitimate-interests = Teisėti interesai (BDAR 6 straipsnio 1 dalies f punktas)

storage-heading = Kur saugomi jūsų duomenys
retention-heading = Kiek laiko saugome jūsų duomenis

rights-heading = Jūsų teisės
rights-intro = Turite šias teises:
right-information = Teisę gauti informaciją apie jūsų asmens duomenų tvarkymą.
right-access = Teisę susipažinti su savo asmens duomenimis (BDAR 15 straipsnis).
right-rectification = Teisę reikalauti ištaisyti netikslius asmens duomenis (BDAR 16 straipsnis).
right-erasure = Teisę reikalauti ištrinti savo asmens duomenis (BDAR 17 straipsnis).
right-restriction = Teisę apriboti duomenų tvarkymą (BDAR 18 straipsnis).
right-portability = Teisę į duomenų perkeliamumą (BDAR 20 straipsnis).
right-objection = Teisę nesutikti su duomenų tvarkymu (BDAR 21 straipsnis).
right-automated-decisions = Teisę, kad jums nebūtų taikomas sprendimas, pagrįstas vien automatizuotu duomenų tvarkymu, įskaitant profiliavimą (BDAR 22 straipsnis).
right-withdraw-consent = Teisę bet kada atšaukti savo sutikimą, nedarant poveikio duomenų tvarkymo iki atšaukimo teisėtumui (BDAR 7 straipsnio 3 dalis).
right-complaint = Teisę pateikti skundą priežiūros institucijai (BDAR 77 straipsnis).
rights-authority = Priežiūros institucija: { $authority }
rights-none = Šioje politikoje nenurodyta, kokias teises turite.

automated-heading = Automatizuotas sprendimų priėmimas
automated-yes = Priimame sprendimus, pagrįstus vien automatizuotu duomenų tvarkymu, įskaitant profiliavimą.
automated-no = Nepriimame sprendimų, pagrįstų vien automatizuotu duomenų tvarkymu, įskaitant profiliavimą.

cookies-see-cookie-policy = Kaip naudojame slapukus, paaiškinta mūsų slapukų politikoje.
more-information-heading = Daugiau informacijos
contact-heading = Klausimai
contact-intro = Jei turite klausimų dėl šios politikos, kreipkitės: { $controller }.

## Sutikimo juostos

banner-title = Naudojame slapukus
banner-description = Naudojame slapukus, kurie yra būtini šiai svetainei veikti. Jums sutikus, naudojame ir kitus slapukus, aprašytus nustatymuose. Savo pasirinkimą galite bet kada pakeisti.
banner-accept-all = Priimti visus
banner-reject-all = Atmesti visus
banner-settings = Tvarkyti nuostatas
banner-save = Išsaugoti nuostatas
banner-close = Uždaryti
banner-preferences-title = Slapukų nuostatos
banner-preferences-description = Pasirinkite, kurias slapukų kategorijas leidžiate. Būtinieji slapukai visada įjungti. Savo pasirinkimą galite bet kada pakeisti.
banner-cookies = Slapukai: { $cookies }

## Šios politikos pakeitimai

changes-title = Šios politikos pakeitimai
changes-current = Tai versija { $version }, galiojanti nuo: { $effective }.
changes-current-date = Ši versija galioja nuo: { $effective }.
changes-release = Versija { $version }, { $effective }
changes-editorial = Patobulintos formuluotės ir vertimai.
changes-none = Šios versijos pakeitimų neužregistruota.
changes-first = Tai pirmoji užregistruota versija.
changes-consent = Dėl šių pakeitimų dar kartą paprašėme jūsų sutikimo.
banner-revision = Ši politika pasikeitė nuo jūsų paskutinio pasirinkimo: { $changes }
banner-revision-unrecorded = Ši politika pasikeitė nuo jūsų paskutinio pasirinkimo.
banner-gpc = Jūsų naršyklė siunčia „Global Privacy Control“ signalą, todėl jūsų vardu atsisakėme šių slapukų: { $categories }. Vis tiek galite juos leisti patys nustatymuose.
change-nothing = nėra
change-contact-controller = duomenų valdytojas
change-contact-dpo = duomenų apsaugos pareigūnas
change-contact-supervisory_authority = priežiūros institucija
change-cookie-added = Naujas slapukas { $subject } ({ $details })
change-cookie-removed = Slapukas { $subject } nebenaudojamas
change-cookie-renamed = Slapukas { $before } dabar vadinasi { $after }
change-lifetime-longer = Slapuko { $subject } galiojimo laikas dabar { $after } (anksčiau { $before })
change-lifetime-shorter = Slapuko { $subject } galiojimo laikas dabar { $after } (anksčiau { $before })
change-category-changed = Slapukas { $subject } perkeltas iš kategorijos { $before } į { $after }
change-cookie-purposes-changed = Slapuko { $subject } paskirtis dabar: { $after }
change-cookie-provider-changed = Slapuką { $subject } dabar įrašo { $after } (anksčiau { $before })
change-purpose-added = Naujas tikslas: { $subject }
change-purpose-removed = Tikslas, kurio nebesiekiama: { $subject }
change-legal-basis-changed = { $subject }: teisinis pagrindas dabar { $after } (anksčiau { $before })
change-recipient-added = Naujas gavėjas: { $subject }
change-recipient-removed = { $subject } nebegauna duomenų
change-country-changed = { $subject } dabar tvarko duomenis šalyje { $after } (anksčiau { $before })
change-transfer-changed = Duomenų perdavimas gavėjui { $subject } dabar grindžiamas: { $after }
change-recipient-role-changed = Pasikeitė gavėjo { $subject } vaidmuo
change-data-added = Nauja asmens duomenų kategorija: { $subject }
change-data-removed = Nebetvarkoma: { $subject }
change-data-purposes-changed = { $subject }: naudojimo tikslas dabar: { $after }
change-data-recipients-changed = { $subject }: gavėjai dabar: { $after }
change-sources-changed = { $subject }: duomenys dabar gaunami iš kitų šaltinių
change-retention-changed = Pasikeitė saugojimo laikotarpis: { $subject }
change-right-granted = Jūsų teisės dabar apima: { $subject }
change-right-withdrawn = Nebenurodyta tarp jūsų teisių: { $subject }
change-contact-changed = Pasikeitė kontaktiniai duomenys: { $subject }
change-automated-decisions-changed = Pasikeitė mūsų informacija apie automatizuotus sprendimus
change-consent-mechanism-changed = Pasikeitė tai, kaip prašome jūsų sutikimo
change-storage-changed = Pasikeitė duomenų saugojimo vieta: { $subject }
change-section-added = Naujas skyrius: { $subject }
change-section-removed = Skyrius pašalintas: { $subject }
change-document-added = Naujai paskelbta: { $subject }
change-document-removed = Nebeskelbiama: { $subject }
change-locale-added = Dabar skelbiama ir šia kalba: { $subject }
change-locale-removed = Nebeskelbiama šia kalba: { $subject }
change-text-changed = Performuluota: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Austrija
country-AU = Australija
country-BE = Belgija
country-BG = Bulgarija
country-CA = Kanada
country-CH = Šveicarija
country-CN = Kinija
country-CY = Kipras
country-CZ = Čekija
country-DE = Vokietija
country-DK = Danija
country-EE = Estija
country-ES = Ispanija
country-FI = Suomija
country-FR = Prancūzija
country-GB = Jungtinė Karalystė
country-GR = Graikija
country-HR = Kroatija
country-HU = Vengrija
country-IE = Airija
country-IL = Izraelis
country-IN = Indija
country-IS = Islandija
country-IT = Italija
country-JP = Japonija
country-KR = Pietų Korėja
country-LI = Lichtenšteinas
country-LT = Lietuva
country-LU = Liuksemburgas
country-LV = Latvija
country-MT = Malta
country-NL = Nyderlandai
country-NO = Norvegija
country-NZ = Naujoji Zelandija
country-PL = Lenkija
country-PT = Portugalija
country-RO = Rumunija
country-SE = Švedija
country-SG = Singapūras
country-SI = Slovėnija
country-SK = Slovakija
country-US = Jungtinės Valstijos
country-UY = Urugvajus
