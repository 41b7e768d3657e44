# disclose — testi bil-Malti (tradotti minn en.ftl; messaġġi neqsin jintwerew bl-Ingliż).
#
# Varjabbli tal-paġna: $policy (isem il-politika), $controller (il-kontrollur),
# $sites (is-siti), $effective (id-data tad-dħul fis-seħħ), $version, $authority
# (l-awtorità superviżorja).
#
# It-terminoloġija ssegwi t-test Malti tar-Regolament Ġenerali dwar il-Protezzjoni
# tad-Data (Regolament (UE) 2016/679, GDPR); referenzi fil-forma "Artikolu 6(1)(a)
# tal-GDPR".

## Dokumenti

language-name = Malti

cookie-policy-title = Politika dwar il-cookies
privacy-policy-title = Politika tal-privatezza
document-subtitle = { $policy }
effective-date = Fis-seħħ minn: { $effective }
policy-version = Verżjoni { $version }
language-switcher = Lingwi oħra
contents = Werrej
generated-by = Iġġenerat minn disclose mill-katalgu ta' { $controller }.
index-title = Politiki ppubblikati
index-document = Dokument
index-language = Lingwa
index-files = Fajls

## Politika dwar il-cookies

cookie-intro = Din il-politika tispjega liema cookies u teknoloġiji simili juża { $controller }, min ipoġġihom, għaliex u għal kemm żmien, u kif tista' tikkontrollahom.
cookie-intro-sites = Tapplika għal: { $sites }.
what-are-cookies-heading = X'inhuma l-cookies
what-are-cookies = Il-cookies huma fajls żgħar tat-test li sit web jaħżen fil-browser tiegħek. Jintbagħtu lura lis-sit f'żjarat aktar tard, sabiex is-sit ikun jista' jagħraf il-browser tiegħek. Teknoloġiji simili, bħall-ħażna lokali u l-pixels tat-traċċar, jaħdmu bl-istess mod u huma koperti wkoll minn din il-politika.
session-vs-persistent = Il-cookies tas-sessjoni jitħassru meta tagħlaq il-browser. Il-cookies persistenti jibqgħu fuq l-apparat tiegħek sakemm jiskadu jew sakemm tħassarhom.

consent-heading = Il-kunsens tiegħek
consent-necessary = Il-cookies li huma strettament meħtieġa biex is-sit jaħdem jitqiegħdu mingħajr il-kunsens tiegħek. Il-cookies l-oħra kollha jitqiegħdu biss kif deskritt hawn taħt.
consent-mechanism-opt-in-banner = Nitolbu l-kunsens tiegħek qabel ma npoġġu cookies li mhumiex strettament meħtieġa. Fl-ewwel żjara tiegħek fis-sit, tagħżel liema kategoriji taċċetta.
consent-mechanism-browser-settings = L-issettjar tal-cookies tal-browser tiegħek jiddeċiedi liema cookies jistgħu jitqiegħdu.
consent-mechanism-implied = Nqisu l-użu kontinwu tas-sit bħala qbil mal-cookies tagħna.
consent-mechanism-none = Ma nitolbux kunsens biex inpoġġu cookies.
consent-notice = L-avviż tagħna dwar il-kunsens jgħid:
consent-withdraw = Tista' tirtira jew tibdel il-kunsens tiegħek fi kwalunkwe ħin. L-irtirar ma jaffettwax il-legalità tal-użu tal-cookies qabel l-irtirar.
consent-gpc = Aħna nirrispettaw il-Global Privacy Control (GPC). Meta l-browser tiegħek jibgħat dan is-sinjal u għadek ma għamiltx għażla, nittrattawh bħala rifjut ta’ dawn il-cookies: { $categories }, u ma npoġġu l-ebda waħda minnhom sakemm ma tippermettihomx int stess fis-settings tal-cookies. Is-sinjal ma jbiddilx il-cookies strettament meħtieġa u lanqas il-kategoriji l-oħra, li dwarhom għadna nistaqsuk.
consent-withdrawal-effect = Jekk tirtira l-kunsens tiegħek:

cookies-heading = Cookies li nużaw
cookies-none = Dan is-sit ma jużax cookies.
cookie-table-caption = Cookies li jitqiegħdu f'dan is-sit
column-name = Isem
column-provider = Fornitur
column-role = Rwol
column-purpose = Skop
column-category = Kategorija
column-duration = Tul ta' żmien
column-party = Parti
column-description = Deskrizzjoni
party-first = L-ewwel parti
party-third = Parti terza
cookie-unnamed = isem mhux iddikjarat
cookie-example = Eżempju: { $example }
cookie-retention = L-informazzjoni miġbura tinżamm għal { $retention }.
cookie-retention-session = L-informazzjoni miġbura tinżamm sa tmiem is-sessjoni.
cookie-retention-not-stated = Mhuwiex iddikjarat għal kemm żmien tinżamm l-informazzjoni miġbura.
cookie-pattern = Il-parti bejn il-parentesi angolari tvarja.
provider-first-party = { $controller }

category-necessary = Strettament meħtieġa
category-preferences = Preferenzi
category-analytics = Analitika
category-marketing = Kummerċjalizzazzjoni
category-necessary-description = Meħtieġa biex is-sit jaħdem, pereżempju biex tibqa' illoggjat. Ma jistgħux jintfew.
category-preferences-description = Jiftakru l-għażliet tiegħek, bħall-lingwa, biex is-sit ikun aktar komdu.
category-analytics-description = Jgħoddu ż-żjarat u jkejlu kif jintuża s-sit, sabiex ikun jista' jitjieb.
category-marketing-description = Isegwu l-attività tiegħek biex juru kontenut u reklamar rilevanti jew biex ikejlu kampanji.

storage-cookie = Cookie
storage-local-storage = Ħażna lokali
storage-session-storage = Ħażna tas-sessjoni
storage-indexed-db = IndexedDB
storage-pixel = Pixel tat-traċċar
storage-flash = Flash local shared object

duration-session = Sessjoni
duration-persistent = Persistenti (perjodu mhux iddikjarat)
duration-not-stated = Mhux iddikjarat
duration-year = { $plural ->
    [one] { $count } sena
    [two] { $count } snin
    [few] { $count } snin
    [many] { $count }-il sena
   *[other] { $count } sena
}
duration-month = { $plural ->
    [one] { $count } xahar
    [two] { $count } xhur
    [few] { $count } xhur
    [many] { $count }-il xahar
   *[other] { $count } xahar
}
duration-week = { $plural ->
    [one] { $count } ġimgħa
    [two] { $count } ġimgħat
    [few] { $count } ġimgħat
    [many] { $count }-il ġimgħa
   *[other] { $count } ġimgħa
}
duration-day = { $plural ->
    [one] { $count } jum
    [two] { $count } ijiem
    [few] { $count } ijiem
    [many] { $count }-il jum
   *[other] { $count } jum
}
duration-hour = { $plural ->
    [one] { $count } siegħa
    [two] { $count } sigħat
    [few] { $count } sigħat
    [many] { $count }-il siegħa
   *[other] { $count } siegħa
}
duration-minute = { $plural ->
    [one] { $count } minuta
    [two] { $count } minuti
    [few] { $count } minuti
    [many] { $count }-il minuta
   *[other] { $count } minuta
}
duration-second = { $plural ->
    [one] { $count } sekonda
    [two] { $count } sekondi
    [few] { $count } sekondi
    [many] { $count }-il sekonda
   *[other] { $count } sekonda
}

managing-heading = Il-ġestjoni tal-cookies
managing-browser = Tista' timblokka jew tħassar il-cookies fl-issettjar tal-browser tiegħek. Kull browser jagħmel dan b'mod differenti; il-paġni tal-għajnuna tiegħu jispjegaw kif. Jekk timblokka l-cookies strettament meħtieġa, xi partijiet tas-sit jistgħu ma jaħdmux.

## Riċevituri u trasferimenti

third-parties-heading = Partijiet terzi
recipients-heading = Min jirċievi d-data tiegħek
recipients-none = Ma niżvelawx data personali lil organizzazzjonijiet oħra.
recipient-service-label = Servizz
recipient-country-label = Pajjiż tal-ipproċessar
recipient-transfer-label = Salvagwardja għat-trasferiment
recipient-own-purposes-label = Skopijiet proprji
recipient-own-purposes-yes = Jista' juża d-data wkoll għall-iskopijiet proprji tiegħu.
recipient-own-purposes-no = Ma jistax juża d-data għall-iskopijiet proprji tiegħu.
recipient-privacy = Politika tal-privatezza ta' { $name }
role-processor = Proċessur li jaġixxi f'isimna
role-controller = Kontrollur indipendenti
role-joint-controller = Kontrollur konġunt
role-recipients = Kategorija ta' riċevituri

transfer-adequacy = Deċiżjoni ta' adegwatezza tal-Kummissjoni Ewropea
transfer-scc = Klawżoli standard dwar il-protezzjoni tad-data (klawżoli kuntrattwali standard)
transfer-bcr = Regoli korporattivi vinkolanti
transfer-eu-us-dpf = Qafas tal-Privatezza tad-Data UE-Stati Uniti (Data Privacy Framework)
transfer-derogation = Deroga għal sitwazzjonijiet speċifiċi (Artikolu 49 tal-GDPR)
transfer-privacy-shield = Tarka tal-Privatezza UE-Stati Uniti (Privacy Shield)
transfer-safe-harbor = Prinċipji tal-"Port Sikur" (Safe Harbor)
transfers-heading = Trasferimenti barra miż-Żona Ekonomika Ewropea

## Politika tal-privatezza

privacy-intro = Din il-politika tal-privatezza tispjega kif { $controller } jipproċessa d-data personali tiegħek, għal liema skopijiet u fuq liema bażi legali, min jirċeviha, għal kemm żmien tinżamm u liema drittijiet għandek.
controller-heading = Min hu responsabbli
controller-intro = Il-kontrollur tad-data personali tiegħek huwa:
controller-email = Posta elettronika
controller-phone = Telefon
controller-website = Sit web
controller-registration = Numru tar-reġistrazzjoni
controller-address = Indirizz
dpo-heading = Kuntatt għall-protezzjoni tad-data
dpo-designated = L-uffiċjal tal-protezzjoni tad-data tagħna:
dpo-contact = Il-persuna ta' kuntatt tagħna għall-protezzjoni tad-data:

data-heading = Data personali li nipproċessaw
data-examples = Eżempji
data-sources = Minn fejn niksbuha
data-purposes = Għal xiex nużawha
data-recipients = Min jirċeviha
data-retention = Għal kemm żmien inżommuha
data-sensitive = Din tinkludi kategoriji speċjali ta' data personali, li nipproċessaw biss fejn il-liġi tippermetti.
source-data-subject = mingħandek
source-cookies = permezz ta' cookies fis-siti tagħna
source-third-party = mingħand partijiet terzi
source-public = minn sorsi pubbliċi

purposes-heading = Skopijiet u bażijiet legali
column-legal-basis = Bażi legali
legal-basis-not-stated = Mhux iddikjarat
legal-bases-general = Nibbażaw fuq il-bażijiet legali li ġejjin:
legitimate-interest = L-interess leġittimu tagħna: { $interest }
basis-consent = Kunsens (Artikolu 6(1)(a) tal-GDPR)
basis-contract = Twettiq ta' kuntratt (Artikolu 6(1)(b) tal-GDPR)
basis-legal-obligation = Obbligu legali (Artikolu 6(1)(c) tal-GDPR)
basis-vital-interests = Interessi vitali (Artikolu 6(1)(d) tal-GDPR)
basis-public-task = Kompitu fl-interess pubbliku (Artikolu 6(1)(e) tal-GDPR)
basis-legitimate-interests = Interessi leġittimi (Artikolu 6(1)(f) tal-GDPR)

storage-heading = Fejn tinħażen id-data tiegħek
retention-heading = Għal kemm żmien inżommu d-data tiegħek

rights-heading = Id-drittijiet tiegħek
rights-intro = Għandek id-drittijiet li ġejjin:
right-information = Id-dritt li tkun infurmat dwar l-ipproċessar tad-data personali tiegħek.
right-access = Id-dritt ta' aċċess għad-data personali tiegħek (Artikolu 15 tal-GDPR).
right-rectification = Id-dritt għar-rettifika ta' data personali ineżatta (Artikolu 16 tal-GDPR).
right-erasure = Id-dritt għat-tħassir tad-data personali tiegħek (Artikolu 17 tal-GDPR).
right-restriction = Id-dritt għar-restrizzjoni tal-ipproċessar (Artikolu 18 tal-GDPR).
right-portability = Id-dritt għall-portabbiltà tad-data (Artikolu 20 tal-GDPR).
right-objection = Id-dritt li toġġezzjona għall-ipproċessar (Artikolu 21 tal-GDPR).
right-automated-decisions = Id-dritt li ma tkunx soġġett għal deċiżjoni bbażata biss fuq proċessar awtomatizzat, inkluż it-tfassil ta' profili (Artikolu 22 tal-GDPR).
right-withdraw-consent = Id-dritt li tirtira l-kunsens tiegħek fi kwalunkwe ħin, mingħajr ma jiġi affettwat il-legalità tal-ipproċessar ibbażat fuq il-kunsens qabel l-irtirar (Artikolu 7(3) tal-GDPR).
right-complaint = Id-dritt li tressaq ilment quddiem awtorità superviżorja (Artikolu 77 tal-GDPR).
rights-authority = Awtorità superviżorja: { $authority }
rights-none = Din il-politika ma tiddikjarax liema drittijiet għandek.

automated-heading = Teħid ta' deċiżjonijiet awtomatizzat
automated-yes = Nieħdu deċiżjonijiet ibbażati biss fuq proċessar awtomatizzat, inkluż it-tfassil ta' profili.
automated-no = Ma niħdux deċiżjonijiet ibbażati biss fuq proċessar awtomatizzat, inkluż it-tfassil ta' profili.

cookies-see-cookie-policy = Kif nużaw il-cookies huwa spjegat fil-politika tagħna dwar il-cookies.
more-information-heading = Aktar informazzjoni
contact-heading = Mistoqsijiet
contact-intro = Jekk għandek mistoqsijiet dwar din il-politika, jekk jogħġbok ikkuntattja lil { $controller }.

## Banners tal-kunsens

banner-title = Nużaw il-cookies
banner-description = Nużaw cookies li huma strettament meħtieġa biex dan is-sit jaħdem. Bil-kunsens tiegħek, nużaw ukoll cookies oħra, deskritti fl-issettjar. Tista' tibdel l-għażla tiegħek fi kwalunkwe ħin.
banner-accept-all = Aċċetta kollox
banner-reject-all = Irrifjuta kollox
banner-settings = Immaniġġja l-preferenzi
banner-save = Issejvja l-preferenzi
banner-close = Agħlaq
banner-preferences-title = Preferenzi tal-cookies
banner-preferences-description = Agħżel liema kategoriji ta' cookies tippermetti. Il-cookies strettament meħtieġa huma dejjem attivi. Tista' tibdel l-għażla tiegħek fi kwalunkwe ħin.
banner-cookies = Cookies: { $cookies }

## Bidliet f'din il-politika

changes-title = Bidliet f'din il-politika
changes-current = Din hija l-verżjoni { $version }, fis-seħħ minn: { $effective }.
changes-current-date = Din il-verżjoni hija fis-seħħ minn: { $effective }.
changes-release = Verżjoni { $version }, { $effective }
changes-editorial = Il-kliem u t-traduzzjonijiet ġew imtejba.
changes-none = Ma ġiet irreġistrata l-ebda bidla għal din il-verżjoni.
changes-first = Din hija l-ewwel verżjoni rreġistrata.
changes-consent = Minħabba dawn il-bidliet, erġajna tlabna l-kunsens tiegħek.
banner-revision = Din il-politika nbidlet mill-aħħar darba li għamilt l-għażla tiegħek: { $changes }
banner-gpc = Il-browser tiegħek jibgħat sinjal Global Privacy Control, għalhekk irrifjutajna dawn il-cookies f’ismek: { $categories }. Xorta tista’ tippermettihom int stess fis-settings.
banner-revision-unrecorded = Din il-politika nbidlet mill-aħħar darba li għamilt l-għażla tiegħek.
change-nothing = xejn
change-contact-controller = il-kontrollur
change-contact-dpo = l-uffiċjal tal-protezzjoni tad-data
change-contact-supervisory_authority = l-awtorità superviżorja
change-cookie-added = Cookie ġdid { $subject } ({ $details })
change-cookie-removed = Il-cookie { $subject } ma għadux jintuża
change-cookie-renamed = Il-cookie { $before } issa jismu { $after }
change-lifetime-longer = Il-cookie { $subject } issa jdum { $after } minflok { $before }
change-lifetime-shorter = Il-cookie { $subject } issa jdum { $after } minflok { $before }
change-category-changed = Il-cookie { $subject } ġie mċaqlaq minn { $before } għal { $after }
change-cookie-purposes-changed = Il-cookie { $subject } issa jservi għal: { $after }
change-cookie-provider-changed = Il-cookie { $subject } issa jitqiegħed minn { $after } minflok { $before }
change-purpose-added = Skop ġdid: { $subject }
change-purpose-removed = Skop li ma għadux segwit: { $subject }
change-legal-basis-changed = { $subject }: il-bażi legali issa hija { $after } minflok { $before }
change-recipient-added = Riċevitur ġdid: { $subject }
change-recipient-removed = { $subject } ma għadux jirċievi data
change-country-changed = { $subject } issa jipproċessa d-data f'{ $after } minflok { $before }
change-transfer-changed = It-trasferimenti lil { $subject } issa huma bbażati fuq: { $after }
change-recipient-role-changed = Ir-rwol ta' { $subject } inbidel
change-data-added = Kategorija ġdida ta' data personali: { $subject }
change-data-removed = Ma għadhiex tiġi pproċessata: { $subject }
change-data-purposes-changed = { $subject }: issa tintuża għal: { $after }
change-data-recipients-changed = { $subject }: ir-riċevituri issa huma: { $after }
change-sources-changed = { $subject }: issa tinkiseb minn sorsi oħra
change-retention-changed = Il-perjodu taż-żamma nbidel: { $subject }
change-right-granted = Id-drittijiet tiegħek issa jinkludu: { $subject }
change-right-withdrawn = Ma għadux imsemmi fost id-drittijiet tiegħek: { $subject }
change-contact-changed = Id-dettalji ta' kuntatt inbidlu: { $subject }
change-automated-decisions-changed = Dak li ngħidu dwar deċiżjonijiet awtomatizzati nbidel
change-consent-mechanism-changed = Il-mod kif nitolbu l-kunsens tiegħek inbidel
change-storage-changed = Il-post fejn tinħażen id-data nbidel: { $subject }
change-section-added = Taqsima ġdida: { $subject }
change-section-removed = Taqsima mneħħija: { $subject }
change-document-added = Ippubblikat ġdid: { $subject }
change-document-removed = Ma għadux ippubblikat: { $subject }
change-locale-added = Issa ppubblikat ukoll f'dawn il-lingwi: { $subject }
change-locale-removed = Ma għadux ippubblikat f'dawn il-lingwi: { $subject }
change-text-changed = Ifformulat mill-ġdid: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = l-Awstrija
country-AU = l-Awstralja
country-BE = il-Belġju
country-BG = il-Bulgarija
country-CA = il-Kanada
country-CH = l-Iżvizzera
country-CN = iċ-Ċina
country-CY = Ċipru
country-CZ = ir-Repubblika Ċeka
country-DE = il-Ġermanja
country-DK = id-Danimarka
country-EE = l-Estonja
country-ES = Spanja
country-FI = il-Finlandja
country-FR = Franza
country-GB = ir-Renju Unit
country-GR = il-Greċja
country-HR = il-Kroazja
country-HU = l-Ungerija
country-IE = l-Irlanda
country-IL = Iżrael
country-IN = l-Indja
country-IS = l-Iżlanda
country-IT = l-Italja
country-JP = il-Ġappun
country-KR = il-Korea t’Isfel
country-LI = il-Liechtenstein
country-LT = il-Litwanja
country-LU = il-Lussemburgu
country-LV = il-Latvja
country-MT = Malta
country-NL = in-Netherlands
country-NO = in-Norveġja
country-NZ = New Zealand
country-PL = il-Polonja
country-PT = il-Portugall
country-RO = ir-Rumanija
country-SE = l-Iżvezja
country-SG = Singapore
country-SI = is-Slovenja
country-SK = is-Slovakkja
country-US = l-Istati Uniti
country-UY = l-Urugwaj

## Consent as asked; lifetimes with an end or per region

consent-asked-categories = Int tagħżel liema kategoriji ta' dawn il-cookies taċċetta.
consent-asked-all-or-nothing = Taċċetta jew tirrifjuta dawn il-cookies kollha flimkien.
consent-asked-reject-first-layer = L-ewwel skrin tal-banner tagħna jħallik tirrifjuta dawn il-cookies faċilment daqs kemm taċċettahom.
consent-asked-reject-later = Biex tirrifjuta dawn il-cookies, tiftaħ l-issettjar tal-banner tagħna.
consent-asked-pre-ticked = Xi għażliet fil-banner tagħna huma mmarkati minn qabel.
consent-asked-not-pre-ticked = L-ebda għażla fil-banner tagħna mhi mmarkata minn qabel.
consent-asked-cookie-wall = Tista' tuża s-sit biss wara li taċċetta dawn il-cookies.
consent-asked-no-cookie-wall = Tista' tuża s-sit kemm jekk taċċetta dawn il-cookies kif ukoll jekk le.
duration-until = Sa { $end }
duration-until-max = Sa { $end }, l-aktar { $max }
duration-until-date = Sa { $end }
duration-until-date-max = Sa { $end }, l-aktar { $max }
duration-rolling = { $period } mill-aħħar żjara tiegħek
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = x'imkien ieħor: { $duration }
region-eea = iż-ŻEE
region-eu = l-UE
