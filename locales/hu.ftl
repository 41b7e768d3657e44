# disclose — magyar szövegek (az en.ftl fordítása; a hiányzó üzenetek angolul jelennek meg).
#
# Oldalváltozók: $policy (a tájékoztató neve), $controller (adatkezelő), $sites
# (webhelyek), $effective (hatálybalépés napja), $version, $authority (felügyeleti
# hatóság).
#
# A szóhasználat az általános adatvédelmi rendelet (EU) 2016/679 (GDPR) magyar szövegét
# követi; hivatkozás "GDPR 6. cikk (1) bekezdés a) pont" formában. Megszólítás: önözés.

## Dokumentumok

language-name = Magyar

cookie-policy-title = Sütitájékoztató
privacy-policy-title = Adatvédelmi tájékoztató
document-subtitle = { $policy }
effective-date = Hatályos: { $effective }
policy-version = { $version }. verzió
language-switcher = További nyelvek
contents = Tartalom
generated-by = Készült a disclose segítségével a(z) { $controller } katalógusa alapján.
index-title = Közzétett tájékoztatók
index-document = Dokumentum
index-language = Nyelv
index-files = Fájlok

## Sütitájékoztató

cookie-intro = Ez a tájékoztató ismerteti, hogy a(z) { $controller } milyen sütiket és hasonló technológiákat használ, ki helyezi el őket, miért és mennyi időre, valamint hogy Ön hogyan kezelheti azokat.
cookie-intro-sites = A tájékoztató a következőkre vonatkozik: { $sites }.
what-are-cookies-heading = Mik azok a sütik
what-are-cookies = A sütik kis szöveges fájlok, amelyeket egy webhely az Ön böngészőjében tárol. A későbbi látogatások során visszaküldődnek a webhelynek, így az felismerheti az Ön böngészőjét. A hasonló technológiák, például a helyi tárolás és a követőpixelek, ugyanígy működnek, és ez a tájékoztató rájuk is kiterjed.
session-vs-persistent = A munkamenet-sütik törlődnek, amikor bezárja a böngészőt. Az állandó sütik az eszközén maradnak, amíg le nem járnak, vagy amíg Ön nem törli őket.

consent-heading = Az Ön hozzájárulása
consent-necessary = A webhely működéséhez feltétlenül szükséges sütiket az Ön hozzájárulása nélkül helyezzük el. Minden más sütit csak az alább leírt módon helyezünk el.
consent-mechanism-opt-in-banner = A nem feltétlenül szükséges sütik elhelyezése előtt kérjük az Ön hozzájárulását. A webhely első felkeresésekor Ön választja ki, mely kategóriákat fogadja el.
consent-mechanism-browser-settings = Az Ön böngészőjének sütibeállításai döntik el, mely sütik helyezhetők el.
consent-mechanism-implied = A webhely további használatát sütijeink elfogadásának tekintjük.
consent-mechanism-none = A sütik elhelyezéséhez nem kérünk hozzájárulást.
consent-notice = Hozzájárulási tájékoztatónk szövege:
consent-withdraw = Hozzájárulását bármikor visszavonhatja vagy módosíthatja. A visszavonás nem érinti a sütik visszavonás előtti használatának jogszerűségét.
consent-gpc = Tiszteletben tartjuk a Global Privacy Control (GPC) jelzést. Ha böngészője ezt a jelzést küldi, és Ön még nem döntött, ezt az alábbi sütik elutasításának tekintjük: { $categories }, és egyiket sem helyezzük el, hacsak Ön maga nem engedélyezi őket a sütibeállításokban. A jelzés nem érinti a feltétlenül szükséges sütiket és a többi kategóriát, amelyekről továbbra is megkérdezzük.
consent-withdrawal-effect = Ha visszavonja hozzájárulását:

cookies-heading = Az általunk használt sütik
cookies-none = Ez a webhely nem használ sütiket.
cookie-table-caption = A webhelyen elhelyezett sütik
column-name = Név
column-provider = Szolgáltató
column-role = Szerep
column-purpose = Cél
column-category = Kategória
column-duration = Élettartam
column-party = Fél
column-description = Leírás
party-first = Saját
party-third = Harmadik fél
cookie-unnamed = név nincs megadva
cookie-example = Példa: { $example }
cookie-retention = A gyűjtött információkat { $retention } időtartamig őrizzük meg.
cookie-retention-session = A gyűjtött információkat a munkamenet végéig őrizzük meg.
cookie-retention-not-stated = Nincs megadva, meddig őrizzük meg a gyűjtött információkat.
cookie-pattern = A csúcsos zárójelben lévő rész változik.
provider-first-party = { $controller }

category-necessary = Feltétlenül szükséges
category-preferences = Beállítások
category-analytics = Statisztika
category-marketing = Marketing
category-necessary-description = A webhely működéséhez szükségesek, például ahhoz, hogy Ön bejelentkezve maradjon. Nem kapcsolhatók ki.
category-preferences-description = Megjegyzik az Ön választásait, például a nyelvet, hogy kényelmesebb legyen a webhely használata.
category-analytics-description = Számolják a látogatásokat és mérik a webhely használatát, hogy az fejleszthető legyen.
category-marketing-description = Követik az Ön tevékenységét, hogy releváns tartalmat és hirdetéseket jelenítsenek meg, vagy kampányokat mérjenek.

storage-cookie = Süti
storage-local-storage = Helyi tárolás
storage-session-storage = Munkamenet-tárolás
storage-indexed-db = IndexedDB
storage-pixel = Követőpixel
storage-flash = Flash local shared object

duration-session = Munkamenet
duration-persistent = Állandó (időtartam nincs megadva)
duration-not-stated = Nincs megadva
duration-year = { $plural ->
    [one] { $count } év
   *[other] { $count } év
}
duration-month = { $plural ->
    [one] { $count } hónap
   *[other] { $count } hónap
}
duration-week = { $plural ->
    [one] { $count } hét
   *[other] { $count } hét
}
duration-day = { $plural ->
    [one] { $count } nap
   *[other] { $count } nap
}
duration-hour = { $plural ->
    [one] { $count } óra
   *[other] { $count } óra
}
duration-minute = { $plural ->
    [one] { $count } perc
   *[other] { $count } perc
}
duration-second = { $plural ->
    [one] { $count } másodperc
   *[other] { $count } másodperc
}

managing-heading = A sütik kezelése
managing-browser = A sütiket böngészője beállításaiban tilthatja le vagy törölheti. Minden böngésző másként teszi ezt; súgóoldalai elmagyarázzák, hogyan. Ha letiltja a feltétlenül szükséges sütiket, a webhely egyes részei nem működhetnek.

## Címzettek és továbbítás

third-parties-heading = Harmadik felek
recipients-heading = Kik kapják meg az Ön adatait
recipients-none = Személyes adatokat nem közlünk más szervezetekkel.
recipient-service-label = Szolgáltatás
recipient-country-label = Adatkezelés helye
recipient-transfer-label = A továbbítás garanciája
recipient-own-purposes-label = Saját célok
recipient-own-purposes-yes = Az adatokat saját céljaira is felhasználhatja.
recipient-own-purposes-no = Az adatokat nem használhatja fel saját céljaira.
recipient-privacy = Adatvédelmi tájékoztató: { $name }
role-processor = A nevünkben eljáró adatfeldolgozó
role-controller = Önálló adatkezelő
role-joint-controller = Közös adatkezelő
role-recipients = Címzettek kategóriája

transfer-adequacy = Az Európai Bizottság megfelelőségi határozata
transfer-scc = Általános adatvédelmi kikötések (általános szerződési feltételek)
transfer-bcr = Kötelező erejű vállalati szabályok
transfer-eu-us-dpf = EU–USA adatvédelmi keret (Data Privacy Framework)
transfer-derogation = Eltérés különleges helyzetekben (GDPR 49. cikk)
transfer-privacy-shield = EU–USA adatvédelmi pajzs (Privacy Shield)
transfer-safe-harbor = A „biztonságos kikötő” elvei (Safe Harbor)
transfers-heading = Továbbítás az Európai Gazdasági Térségen kívülre

## Adatvédelmi tájékoztató

privacy-intro = Ez az adatvédelmi tájékoztató ismerteti, hogy a(z) { $controller } hogyan kezeli az Ön személyes adatait, milyen célokból és milyen jogalapon, kik kapják meg azokat, meddig őrzik meg őket, és milyen jogok illetik meg Önt.
controller-heading = Ki a felelős
controller-intro = Az Ön személyes adatainak adatkezelője:
controller-email = E-mail
controller-phone = Telefon
controller-website = Webhely
controller-registration = Cégjegyzékszám
controller-address = Cím
dpo-heading = Adatvédelmi kapcsolattartó
dpo-designated = Adatvédelmi tisztviselőnk:
dpo-contact = Adatvédelmi kapcsolattartónk:

data-heading = Az általunk kezelt személyes adatok
data-examples = Példák
data-sources = Honnan szerezzük
data-purposes = Mire használjuk
data-recipients = Ki kapja meg
data-retention = Meddig őrizzük
data-sensitive = Ide tartoznak a személyes adatok különleges kategóriái is, amelyeket csak akkor kezelünk, ha a jog ezt megengedi.
source-data-subject = Öntől
source-cookies = webhelyeink sütijein keresztül
source-third-party = harmadik felektől
source-public = nyilvánosan elérhető forrásokból

purposes-heading = Célok és jogalapok
column-legal-basis = Jogalap
legal-basis-not-stated = Nincs megadva
legal-bases-general = A következő jogalapokra támaszkodunk:
legitimate-interest = Jogos érdekünk: { $interest }
basis-consent = Hozzájárulás (GDPR 6. cikk (1) bekezdés a) pont)
basis-contract = Szerződés teljesítése (GDPR 6. cikk (1) bekezdés b) pont)
basis-legal-obligation = Jogi kötelezettség (GDPR 6. cikk (1) bekezdés c) pont)
basis-vital-interests = Létfontosságú érdek (GDPR 6. cikk (1) bekezdés d) pont)
basis-public-task = Közérdekű feladat (GDPR 6. cikk (1) bekezdés e) pont)
basis-legitimate-interests = Jogos érdek (GDPR 6. cikk (1) bekezdés f) pont)

storage-heading = Hol tároljuk az Ön adatait
retention-heading = Meddig őrizzük az Ön adatait

rights-heading = Az Ön jogai
rights-intro = Önt a következő jogok illetik meg:
right-information = A személyes adatai kezeléséről szóló tájékoztatáshoz való jog.
right-access = A személyes adataihoz való hozzáférés joga (GDPR 15. cikk).
right-rectification = A pontatlan személyes adatok helyesbítéséhez való jog (GDPR 16. cikk).
right-erasure = A személyes adatai törléséhez való jog (GDPR 17. cikk).
right-restriction = Az adatkezelés korlátozásához való jog (GDPR 18. cikk).
right-portability = Az adathordozhatósághoz való jog (GDPR 20. cikk).
right-objection = Az adatkezelés elleni tiltakozáshoz való jog (GDPR 21. cikk).
right-automated-decisions = A jog, hogy ne terjedjen ki Önre a kizárólag automatizált adatkezelésen – ideértve a profilalkotást is – alapuló döntés hatálya (GDPR 22. cikk).
right-withdraw-consent = A hozzájárulás bármikor történő visszavonásának joga, amely nem érinti a visszavonás előtti adatkezelés jogszerűségét (GDPR 7. cikk (3) bekezdés).
right-complaint = A felügyeleti hatóságnál történő panasztétel joga (GDPR 77. cikk).
rights-authority = Felügyeleti hatóság: { $authority }
rights-none = Ez a tájékoztató nem tünteti fel, milyen jogok illetik meg Önt.

automated-heading = Automatizált döntéshozatal
automated-yes = Hozunk kizárólag automatizált adatkezelésen – ideértve a profilalkotást is – alapuló döntéseket.
automated-no = Nem hozunk kizárólag automatizált adatkezelésen – ideértve a profilalkotást is – alapuló döntéseket.

cookies-see-cookie-policy = A sütik használatát sütitájékoztatónk ismerteti.
more-information-heading = További információ
contact-heading = Kérdések
contact-intro = Ha kérdése van ezzel a tájékoztatóval kapcsolatban, forduljon hozzánk: { $controller }.

## Hozzájárulási sávok

banner-title = Sütiket használunk
banner-description = A webhely működéséhez feltétlenül szükséges sütiket használunk. Az Ön hozzájárulásával más, a beállításokban ismertetett sütiket is használunk. Választását bármikor módosíthatja.
banner-accept-all = Az összes elfogadása
banner-reject-all = Az összes elutasítása
banner-settings = Beállítások kezelése
banner-save = Beállítások mentése
banner-close = Bezárás
banner-preferences-title = Sütibeállítások
banner-preferences-description = Válassza ki, mely sütikategóriákat engedélyezi. A feltétlenül szükséges sütik mindig be vannak kapcsolva. Választását bármikor módosíthatja.
banner-cookies = Sütik: { $cookies }

## A tájékoztató módosításai

changes-title = A tájékoztató módosításai
changes-current = Ez a(z) { $version }. verzió, hatályos: { $effective }.
changes-current-date = Ez a verzió hatályos: { $effective }.
changes-release = { $version }. verzió, { $effective }
changes-editorial = A megfogalmazás és a fordítások javultak.
changes-none = Ehhez a verzióhoz nem rögzítettek módosítást.
changes-first = Ez az első rögzített verzió.
changes-consent = E módosítások miatt ismét kértük az Ön hozzájárulását.
banner-revision = Ez a tájékoztató megváltozott az Ön legutóbbi választása óta: { $changes }
banner-gpc = Böngészője Global Privacy Control jelzést küld, ezért az Ön nevében elutasítottuk ezeket a sütiket: { $categories }. A beállításokban továbbra is maga engedélyezheti őket.
banner-revision-unrecorded = Ez a tájékoztató megváltozott az Ön legutóbbi választása óta.
change-nothing = nincs
change-contact-controller = az adatkezelő
change-contact-dpo = az adatvédelmi tisztviselő
change-contact-supervisory_authority = a felügyeleti hatóság
change-cookie-added = Új süti: { $subject } ({ $details })
change-cookie-removed = A(z) { $subject } sütit már nem használjuk
change-cookie-renamed = A(z) { $before } süti neve mostantól { $after }
change-lifetime-longer = A(z) { $subject } süti élettartama mostantól { $after } ({ $before } helyett)
change-lifetime-shorter = A(z) { $subject } süti élettartama mostantól { $after } ({ $before } helyett)
change-category-changed = A(z) { $subject } süti átkerült a(z) { $before } kategóriából ide: { $after }
change-cookie-purposes-changed = A(z) { $subject } süti célja mostantól: { $after }
change-cookie-provider-changed = A(z) { $subject } sütit mostantól { $after } helyezi el ({ $before } helyett)
change-purpose-added = Új cél: { $subject }
change-purpose-removed = Már nem követett cél: { $subject }
change-legal-basis-changed = { $subject }: a jogalap mostantól { $after } ({ $before } helyett)
change-recipient-added = Új címzett: { $subject }
change-recipient-removed = { $subject }: már nem kap adatokat
change-country-changed = { $subject }: az adatkezelés helye mostantól { $after } ({ $before } helyett)
change-transfer-changed = A(z) { $subject } részére történő továbbítás alapja mostantól: { $after }
change-recipient-role-changed = { $subject }: a szerep megváltozott
change-data-added = A személyes adatok új kategóriája: { $subject }
change-data-removed = Már nem kezeljük: { $subject }
change-data-purposes-changed = { $subject }: a felhasználás célja mostantól: { $after }
change-data-recipients-changed = { $subject }: a címzettek mostantól: { $after }
change-sources-changed = { $subject }: mostantól más forrásokból származnak
change-retention-changed = Az őrzési idő megváltozott: { $subject }
change-right-granted = Az Ön jogai mostantól kiterjednek erre is: { $subject }
change-right-withdrawn = Már nem szerepel az Ön jogai között: { $subject }
change-contact-changed = Az elérhetőségek megváltoztak: { $subject }
change-automated-decisions-changed = Az automatizált döntésekről adott tájékoztatásunk megváltozott
change-consent-mechanism-changed = Megváltozott, hogyan kérjük az Ön hozzájárulását
change-storage-changed = Az adatok tárolási helye megváltozott: { $subject }
change-section-added = Új szakasz: { $subject }
change-section-removed = Eltávolított szakasz: { $subject }
change-document-added = Újonnan közzétéve: { $subject }
change-document-removed = Már nem tesszük közzé: { $subject }
change-locale-added = Mostantól ezen a nyelven is közzétéve: { $subject }
change-locale-removed = Már nem tesszük közzé ezen a nyelven: { $subject }
change-text-changed = Átfogalmazva: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Ausztria
country-AU = Ausztrália
country-BE = Belgium
country-BG = Bulgária
country-CA = Kanada
country-CH = Svájc
country-CN = Kína
country-CY = Ciprus
country-CZ = Csehország
country-DE = Németország
country-DK = Dánia
country-EE = Észtország
country-ES = Spanyolország
country-FI = Finnország
country-FR = Franciaország
country-GB = Egyesült Királyság
country-GR = Görögország
country-HR = Horvátország
country-HU = Magyarország
country-IE = Írország
country-IL = Izrael
country-IN = India
country-IS = Izland
country-IT = Olaszország
country-JP = Japán
country-KR = Dél-Korea
country-LI = Liechtenstein
country-LT = Litvánia
country-LU = Luxemburg
country-LV = Lettország
country-MT = Málta
country-NL = Hollandia
country-NO = Norvégia
country-NZ = Új-Zéland
country-PL = Lengyelország
country-PT = Portugália
country-RO = Románia
country-SE = Svédország
country-SG = Szingapúr
country-SI = Szlovénia
country-SK = Szlovákia
country-US = Egyesült Államok
country-UY = Uruguay

## Consent as asked; lifetimes with an end or per region

consent-asked-categories = Ön választja ki, hogy e sütik mely kategóriáit fogadja el.
consent-asked-all-or-nothing = Ezeket a sütiket együtt fogadja el vagy utasítja el.
consent-asked-reject-first-layer = Bannerünk első képernyőjén e sütiket ugyanolyan könnyen elutasíthatja, mint elfogadhatja.
consent-asked-reject-later = E sütik elutasításához nyissa meg bannerünk beállításait.
consent-asked-pre-ticked = Bannerünkben egyes választások előre be vannak jelölve.
consent-asked-not-pre-ticked = Bannerünkben egyetlen választás sincs előre bejelölve.
consent-asked-cookie-wall = A webhelyet csak e sütik elfogadása után használhatja.
consent-asked-no-cookie-wall = A webhelyet attól függetlenül használhatja, hogy elfogadja-e e sütiket.
duration-until = Eddig: { $end }
duration-until-max = Eddig: { $end }, legfeljebb { $max }
duration-until-date = Eddig: { $end }
duration-until-date-max = Eddig: { $end }, legfeljebb { $max }
duration-rolling = { $period } az utolsó látogatástól
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = máshol: { $duration }
region-eea = EGT
region-eu = EU
