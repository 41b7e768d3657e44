# disclose — slovenské texty (preložené z en.ftl; chýbajúce správy sa zobrazia po anglicky).
#
# Premenné stránky: $policy (názov zásad), $controller (prevádzkovateľ), $sites
# (webové sídla), $effective (dátum účinnosti), $version, $authority (dozorný orgán).
#
# Terminológia podľa slovenského znenia všeobecného nariadenia o ochrane údajov
# (nariadenie (EÚ) 2016/679, GDPR); citácie v tvare "čl. 6 ods. 1 písm. a) GDPR".
# Oslovenie: vykanie.

## Dokumenty

language-name = Slovenčina

cookie-policy-title = Zásady používania súborov cookie
privacy-policy-title = Zásady ochrany osobných údajov
document-subtitle = { $policy }
effective-date = Účinné od: { $effective }
policy-version = Verzia { $version }
language-switcher = Ďalšie jazyky
contents = Obsah
generated-by = Vytvorené nástrojom disclose z katalógu prevádzkovateľa { $controller }.
index-title = Zverejnené zásady
index-document = Dokument
index-language = Jazyk
index-files = Súbory

## Zásady používania súborov cookie

cookie-intro = Tieto zásady vysvetľujú, aké súbory cookie a podobné technológie { $controller } používa, kto ich ukladá, prečo a na aký čas a ako ich môžete sami spravovať.
cookie-intro-sites = Vzťahujú sa na: { $sites }.
what-are-cookies-heading = Čo sú súbory cookie
what-are-cookies = Súbory cookie sú malé textové súbory, ktoré webové sídlo ukladá do vášho prehliadača. Pri ďalších návštevách sa odosielajú späť na webové sídlo, aby mohlo váš prehliadač rozpoznať. Podobné technológie, napríklad lokálne úložisko a sledovacie pixely, fungujú rovnako a aj na ne sa vzťahujú tieto zásady.
session-vs-persistent = Relačné súbory cookie sa vymažú, keď zatvoríte prehliadač. Trvalé súbory cookie zostávajú vo vašom zariadení, kým neuplynie ich platnosť alebo kým ich nevymažete.

consent-heading = Váš súhlas
consent-necessary = Súbory cookie, ktoré sú nevyhnutne potrebné na fungovanie webového sídla, sa ukladajú bez vášho súhlasu. Všetky ostatné súbory cookie sa ukladajú len spôsobom opísaným nižšie.
consent-mechanism-opt-in-banner = Skôr ako uložíme súbory cookie, ktoré nie sú nevyhnutne potrebné, požiadame vás o súhlas. Pri prvej návšteve webového sídla si zvolíte, ktoré kategórie prijímate.
consent-mechanism-browser-settings = O tom, ktoré súbory cookie sa môžu uložiť, rozhodujú nastavenia súborov cookie vo vašom prehliadači.
consent-mechanism-implied = Ďalšie používanie webového sídla považujeme za súhlas s našimi súbormi cookie.
consent-mechanism-none = O súhlas s ukladaním súborov cookie nežiadame.
consent-notice = Naše oznámenie o súhlase znie:
consent-withdraw = Svoj súhlas môžete kedykoľvek odvolať alebo zmeniť. Odvolanie nemá vplyv na zákonnosť používania súborov cookie pred jeho odvolaním.
consent-gpc = Rešpektujeme Global Privacy Control (GPC). Keď váš prehliadač odosiela tento signál a vy ste sa ešte nerozhodli, považujeme ho za odmietnutie týchto súborov cookie: { $categories }, a žiadny z nich neukladáme, pokiaľ ich sami nepovolíte v nastaveniach súborov cookie. Signál nemení nevyhnutne potrebné súbory cookie ani ostatné kategórie, na ktoré sa vás naďalej pýtame.
consent-withdrawal-effect = Ak svoj súhlas odvoláte:

cookies-heading = Súbory cookie, ktoré používame
cookies-none = Toto webové sídlo nepoužíva súbory cookie.
cookie-table-caption = Súbory cookie ukladané na tomto webovom sídle
column-name = Názov
column-provider = Poskytovateľ
column-role = Úloha
column-purpose = Účel
column-category = Kategória
column-duration = Platnosť
column-party = Strana
column-description = Opis
party-first = Prvá strana
party-third = Tretia strana
cookie-unnamed = názov neuvedený
cookie-example = Príklad: { $example }
cookie-retention = Zhromaždené informácie sa uchovávajú počas { $retention }.
cookie-retention-session = Zhromaždené informácie sa uchovávajú do konca relácie.
cookie-retention-not-stated = Ako dlho sa zhromaždené informácie uchovávajú, nie je uvedené.
cookie-pattern = Časť v lomených zátvorkách sa mení.
provider-first-party = { $controller }

category-necessary = Nevyhnutné
category-preferences = Preferenčné
category-analytics = Analytické
category-marketing = Marketingové
category-necessary-description = Potrebné na fungovanie webového sídla, napríklad na udržanie vášho prihlásenia. Nedajú sa vypnúť.
category-preferences-description = Pamätajú si vaše voľby, napríklad jazyk, aby sa webové sídlo pohodlnejšie používalo.
category-analytics-description = Počítajú návštevy a merajú, ako sa webové sídlo používa, aby ho bolo možné zlepšovať.
category-marketing-description = Sledujú vašu aktivitu, aby mohli zobrazovať relevantný obsah a reklamu alebo merať kampane.

storage-cookie = Súbor cookie
storage-local-storage = Lokálne úložisko
storage-session-storage = Úložisko relácie
storage-indexed-db = IndexedDB
storage-pixel = Sledovací pixel
storage-flash = Flash local shared object

duration-session = Relácia
duration-persistent = Trvalý (doba neuvedená)
duration-not-stated = Neuvedené
duration-year = { $plural ->
    [one] { $count } rok
    [few] { $count } roky
    [many] { $count } roka
   *[other] { $count } rokov
}
duration-month = { $plural ->
    [one] { $count } mesiac
    [few] { $count } mesiace
    [many] { $count } mesiaca
   *[other] { $count } mesiacov
}
duration-week = { $plural ->
    [one] { $count } týždeň
    [few] { $count } týždne
    [many] { $count } týždňa
   *[other] { $count } týždňov
}
duration-day = { $plural ->
    [one] { $count } deň
    [few] { $count } dni
    [many] { $count } dňa
   *[other] { $count } dní
}
duration-hour = { $plural ->
    [one] { $count } hodina
    [few] { $count } hodiny
    [many] { $count } hodiny
   *[other] { $count } hodín
}
duration-minute = { $plural ->
    [one] { $count } minúta
    [few] { $count } minúty
    [many] { $count } minúty
   *[other] { $count } minút
}
duration-second = { $plural ->
    [one] { $count } sekunda
    [few] { $count } sekundy
    [many] { $count } sekundy
   *[other] { $count } sekúnd
}

managing-heading = Správa súborov cookie
managing-browser = Súbory cookie môžete zablokovať alebo vymazať v nastaveniach svojho prehliadača. Každý prehliadač to robí inak; jeho stránky pomocníka vysvetľujú ako. Ak zablokujete nevyhnutné súbory cookie, časti webového sídla nemusia fungovať.

## Príjemcovia a prenos

third-parties-heading = Tretie strany
recipients-heading = Kto dostáva vaše údaje
recipients-none = Osobné údaje iným organizáciám neposkytujeme.
recipient-service-label = Služba
recipient-country-label = Spracúva údaje v krajine
recipient-transfer-label = Záruka pre prenos
recipient-own-purposes-label = Vlastné účely
recipient-own-purposes-yes = Môže údaje používať aj na vlastné účely.
recipient-own-purposes-no = Nesmie údaje používať na vlastné účely.
recipient-privacy = Zásady ochrany osobných údajov: { $name }
role-processor = Sprostredkovateľ konajúci v našom mene
role-controller = Samostatný prevádzkovateľ
role-joint-controller = Spoločný prevádzkovateľ
role-recipients = Kategória príjemcov

transfer-adequacy = Rozhodnutie Európskej komisie o primeranosti
transfer-scc = Štandardné doložky o ochrane údajov (štandardné zmluvné doložky)
transfer-bcr = Záväzné vnútropodnikové pravidlá
transfer-eu-us-dpf = Rámec EÚ – USA na ochranu osobných údajov (Data Privacy Framework)
transfer-derogation = Výnimka pre osobitné situácie (čl. 49 GDPR)
transfer-privacy-shield = Štít na ochranu osobných údajov medzi EÚ a USA (Privacy Shield)
transfer-safe-harbor = Zásady bezpečného prístavu (Safe Harbor)
transfers-heading = Prenos mimo Európskeho hospodárskeho priestoru

## Zásady ochrany osobných údajov

privacy-intro = Tieto zásady ochrany osobných údajov vysvetľujú, ako { $controller } spracúva vaše osobné údaje, na aké účely a na akom právnom základe, kto ich dostáva, ako dlho sa uchovávajú a aké máte práva.
controller-heading = Kto zodpovedá
controller-intro = Prevádzkovateľom vašich osobných údajov je:
controller-email = E-mail
controller-phone = Telefón
controller-website = Webové sídlo
controller-registration = Identifikačné číslo
controller-address = Adresa
dpo-heading = Kontakt pre ochranu osobných údajov
dpo-designated = Naša zodpovedná osoba:
dpo-contact = Naša kontaktná osoba pre ochranu osobných údajov:

data-heading = Osobné údaje, ktoré spracúvame
data-examples = Príklady
data-sources = Odkiaľ ich získavame
data-purposes = Na čo ich používame
data-recipients = Kto ich dostáva
data-retention = Ako dlho ich uchovávame
data-sensitive = Patria sem osobitné kategórie osobných údajov, ktoré spracúvame len vtedy, keď to právo dovoľuje.
source-data-subject = od vás
source-cookies = prostredníctvom súborov cookie na našich webových sídlach
source-third-party = od tretích strán
source-public = z verejne dostupných zdrojov

purposes-heading = Účely a právne základy
column-legal-basis = Právny základ
legal-basis-not-stated = Neuvedené
legal-bases-general = Opierame sa o tieto právne základy:
legitimate-interest = Náš oprávnený záujem: { $interest }
basis-consent = Súhlas (čl. 6 ods. 1 písm. a) GDPR)
basis-contract = Plnenie zmluvy (čl. 6 ods. 1 písm. b) GDPR)
basis-legal-obligation = Zákonná povinnosť (čl. 6 ods. 1 písm. c) GDPR)
basis-vital-interests = Životne dôležité záujmy (čl. 6 ods. 1 písm. d) GDPR)
basis-public-task = Úloha realizovaná vo verejnom záujme (čl. 6 ods. 1 písm. e) GDPR)
basis-legitimate-interests = Oprávnené záujmy (čl. 6 ods. 1 písm. f) GDPR)

storage-heading = Kde sú vaše údaje uložené
retention-heading = Ako dlho vaše údaje uchovávame

rights-heading = Vaše práva
rights-intro = Máte tieto práva:
right-information = Právo na informácie o spracúvaní vašich osobných údajov.
right-access = Právo na prístup k vašim osobným údajom (čl. 15 GDPR).
right-rectification = Právo na opravu nesprávnych osobných údajov (čl. 16 GDPR).
right-erasure = Právo na vymazanie vašich osobných údajov (čl. 17 GDPR).
right-restriction = Právo na obmedzenie spracúvania (čl. 18 GDPR).
right-portability = Právo na prenosnosť údajov (čl. 20 GDPR).
right-objection = Právo namietať proti spracúvaniu (čl. 21 GDPR).
right-automated-decisions = Právo nebyť predmetom rozhodnutia, ktoré je založené výlučne na automatizovanom spracúvaní vrátane profilovania (čl. 22 GDPR).
right-withdraw-consent = Právo kedykoľvek odvolať svoj súhlas bez toho, aby to malo vplyv na zákonnosť spracúvania pred jeho odvolaním (čl. 7 ods. 3 GDPR).
right-complaint = Právo podať sťažnosť dozornému orgánu (čl. 77 GDPR).
rights-authority = Dozorný orgán: { $authority }
rights-none = Tieto zásady neuvádzajú, aké máte práva.

automated-heading = Automatizované rozhodovanie
automated-yes = Prijímame rozhodnutia založené výlučne na automatizovanom spracúvaní vrátane profilovania.
automated-no = Neprijímame rozhodnutia založené výlučne na automatizovanom spracúvaní vrátane profilovania.

cookies-see-cookie-policy = Ako používame súbory cookie, vysvetľujú naše zásady používania súborov cookie.
more-information-heading = Ďalšie informácie
contact-heading = Otázky
contact-intro = Ak máte k týmto zásadám otázky, obráťte sa, prosím, na { $controller }.

## Lišty súhlasu

banner-title = Používame súbory cookie
banner-description = Používame súbory cookie, ktoré sú nevyhnutne potrebné na fungovanie tohto webového sídla. S vaším súhlasom používame aj ďalšie súbory cookie opísané v nastaveniach. Svoju voľbu môžete kedykoľvek zmeniť.
banner-accept-all = Prijať všetky
banner-reject-all = Odmietnuť všetky
banner-settings = Spravovať predvoľby
banner-save = Uložiť predvoľby
banner-close = Zavrieť
banner-preferences-title = Predvoľby súborov cookie
banner-preferences-description = Zvoľte, ktoré kategórie súborov cookie povoľujete. Nevyhnutné súbory cookie sú vždy zapnuté. Svoju voľbu môžete kedykoľvek zmeniť.
banner-cookies = Súbory cookie: { $cookies }

## Zmeny týchto zásad

changes-title = Zmeny týchto zásad
changes-current = Toto je verzia { $version }, účinná od: { $effective }.
changes-current-date = Táto verzia je účinná od: { $effective }.
changes-release = Verzia { $version } zo dňa { $effective }
changes-editorial = Formulácie a preklady boli vylepšené.
changes-none = Pre túto verziu neboli zaznamenané žiadne zmeny.
changes-first = Toto je prvá zaznamenaná verzia.
changes-consent = Pre tieto zmeny sme vás opätovne požiadali o súhlas.
banner-revision = Tieto zásady sa od vašej poslednej voľby zmenili: { $changes }
banner-gpc = Váš prehliadač odosiela signál Global Privacy Control, preto sme za vás odmietli tieto súbory cookie: { $categories }. V nastaveniach ich môžete napriek tomu sami povoliť.
banner-revision-unrecorded = Tieto zásady sa od vašej poslednej voľby zmenili.
change-nothing = žiadne
change-contact-controller = prevádzkovateľ
change-contact-dpo = zodpovedná osoba
change-contact-supervisory_authority = dozorný orgán
change-cookie-added = Nový súbor cookie { $subject } ({ $details })
change-cookie-removed = Súbor cookie { $subject } sa už nepoužíva
change-cookie-renamed = Súbor cookie { $before } sa teraz volá { $after }
change-lifetime-longer = Platnosť súboru cookie { $subject } je teraz { $after } namiesto { $before }
change-lifetime-shorter = Platnosť súboru cookie { $subject } je teraz { $after } namiesto { $before }
change-category-changed = Súbor cookie { $subject } bol presunutý z kategórie { $before } do { $after }
change-cookie-purposes-changed = Súbor cookie { $subject } teraz slúži na: { $after }
change-cookie-provider-changed = Súbor cookie { $subject } teraz ukladá { $after } namiesto { $before }
change-purpose-added = Nový účel: { $subject }
change-purpose-removed = Účel, ktorý sa už nesleduje: { $subject }
change-legal-basis-changed = { $subject }: právnym základom je teraz { $after } namiesto { $before }
change-recipient-added = Nový príjemca: { $subject }
change-recipient-removed = { $subject } už nedostáva údaje
change-country-changed = { $subject } teraz spracúva údaje v krajine { $after } namiesto { $before }
change-transfer-changed = Prenos k príjemcovi { $subject } sa teraz opiera o: { $after }
change-recipient-role-changed = Úloha príjemcu { $subject } sa zmenila
change-data-added = Nová kategória osobných údajov: { $subject }
change-data-removed = Už sa nespracúvajú: { $subject }
change-data-purposes-changed = { $subject }: teraz sa používajú na: { $after }
change-data-recipients-changed = { $subject }: príjemcami sú teraz: { $after }
change-sources-changed = { $subject }: teraz pochádzajú z iných zdrojov
change-retention-changed = Doba uchovávania sa zmenila: { $subject }
change-right-granted = Vaše práva teraz zahŕňajú: { $subject }
change-right-withdrawn = Už nie je uvedené medzi vašimi právami: { $subject }
change-contact-changed = Kontaktné údaje sa zmenili: { $subject }
change-automated-decisions-changed = Naše informácie o automatizovanom rozhodovaní sa zmenili
change-consent-mechanism-changed = Spôsob, akým žiadame o váš súhlas, sa zmenil
change-storage-changed = Miesto uloženia údajov sa zmenilo: { $subject }
change-section-added = Nový oddiel: { $subject }
change-section-removed = Oddiel odstránený: { $subject }
change-document-added = Novo zverejnené: { $subject }
change-document-removed = Už sa nezverejňuje: { $subject }
change-locale-added = Teraz zverejnené aj v jazyku: { $subject }
change-locale-removed = Už sa nezverejňuje v jazyku: { $subject }
change-text-changed = Preformulované: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Rakúsko
country-AU = Austrália
country-BE = Belgicko
country-BG = Bulharsko
country-CA = Kanada
country-CH = Švajčiarsko
country-CN = Čína
country-CY = Cyprus
country-CZ = Česko
country-DE = Nemecko
country-DK = Dánsko
country-EE = Estónsko
country-ES = Španielsko
country-FI = Fínsko
country-FR = Francúzsko
country-GB = Spojené kráľovstvo
country-GR = Grécko
country-HR = Chorvátsko
country-HU = Maďarsko
country-IE = Írsko
country-IL = Izrael
country-IN = India
country-IS = Island
country-IT = Taliansko
country-JP = Japonsko
country-KR = Južná Kórea
country-LI = Lichtenštajnsko
country-LT = Litva
country-LU = Luxembursko
country-LV = Lotyšsko
country-MT = Malta
country-NL = Holandsko
country-NO = Nórsko
country-NZ = Nový Zéland
country-PL = Poľsko
country-PT = Portugalsko
country-RO = Rumunsko
country-SE = Švédsko
country-SG = Singapur
country-SI = Slovinsko
country-SK = Slovensko
country-US = Spojené štáty
country-UY = Uruguaj

## Consent as asked; lifetimes with an end or per region

consent-asked-categories = Sami si volíte, ktoré kategórie týchto súborov cookie prijímate.
consent-asked-all-or-nothing = Tieto súbory cookie prijímate alebo odmietate všetky naraz.
consent-asked-reject-first-layer = Prvá obrazovka našej lišty vám umožní tieto súbory cookie odmietnuť rovnako ľahko ako prijať.
consent-asked-reject-later = Ak chcete tieto súbory cookie odmietnuť, otvorte nastavenia našej lišty.
consent-asked-pre-ticked = Niektoré voľby v našej lište sú vopred zaškrtnuté.
consent-asked-not-pre-ticked = Žiadna voľba v našej lište nie je vopred zaškrtnutá.
consent-asked-cookie-wall = Webové sídlo môžete používať až po prijatí týchto súborov cookie.
consent-asked-no-cookie-wall = Webové sídlo môžete používať bez ohľadu na to, či tieto súbory cookie prijmete.
duration-until = Do { $end }
duration-until-max = Do { $end }, najviac { $max }
duration-until-date = Do { $end }
duration-until-date-max = Do { $end }, najviac { $max }
duration-rolling = { $period } od vašej poslednej návštevy
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = inde: { $duration }
region-eea = EHP
region-eu = EÚ
