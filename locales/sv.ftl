# disclose — svenska texter (översatta från en.ftl; meddelanden som saknas faller tillbaka på engelska).
#
# Sidvariabler: $policy (policyns namn), $controller (den personuppgiftsansvarige),
# $sites (webbplatserna), $effective (datum för ikraftträdande), $version, $authority
# (tillsynsmyndigheten).
#
# Terminologin följer den svenska texten av dataskyddsförordningen (förordning (EU)
# 2016/679). Tilltal: "du", som Integritetsskyddsmyndigheten använder.

## Dokument

language-name = Svenska

cookie-policy-title = Cookiepolicy
privacy-policy-title = Integritetspolicy
document-subtitle = { $policy }
effective-date = Gäller från { $effective }
policy-version = Version { $version }
language-switcher = Andra språk
contents = Innehåll
generated-by = Skapad av disclose utifrån katalogen från { $controller }.
index-title = Publicerade policyer
index-document = Dokument
index-language = Språk
index-files = Filer

## Cookiepolicy

cookie-intro = Denna policy förklarar vilka kakor (cookies) och liknande tekniker { $controller } använder, vem som placerar dem, varför och hur länge, och hur du själv kan styra dem.
cookie-intro-sites = Den gäller för { $sites }.
what-are-cookies-heading = Vad är kakor?
what-are-cookies = Kakor är små textfiler som en webbplats lagrar i din webbläsare. De skickas tillbaka till webbplatsen vid senare besök, så att den kan känna igen din webbläsare. Liknande tekniker, som lokal lagring och spårningspixlar, fungerar på samma sätt och omfattas också av denna policy.
session-vs-persistent = Sessionskakor raderas när du stänger webbläsaren. Permanenta kakor finns kvar på din enhet tills de löper ut eller du raderar dem.

consent-heading = Ditt samtycke
consent-necessary = Kakor som är absolut nödvändiga för att webbplatsen ska fungera placeras utan ditt samtycke. Alla andra kakor placeras bara på det sätt som beskrivs nedan.
consent-mechanism-opt-in-banner = Vi ber om ditt samtycke innan vi placerar kakor som inte är absolut nödvändiga.
consent-asked-categories = Du väljer själv vilka kategorier av dessa kakor du godkänner.
consent-asked-all-or-nothing = Du godkänner eller avvisar alla dessa kakor på en gång.
consent-asked-reject-first-layer = På den första skärmen i vår banner kan du avvisa dessa kakor lika enkelt som att godkänna dem.
consent-asked-reject-later = För att avvisa dessa kakor öppnar du inställningarna i vår banner.
consent-asked-pre-ticked = Vissa val i vår banner är förkryssade.
consent-asked-not-pre-ticked = Inga val i vår banner är förkryssade.
consent-asked-cookie-wall = Du kan bara använda webbplatsen efter att ha godkänt dessa kakor.
consent-asked-no-cookie-wall = Du kan använda webbplatsen oavsett om du godkänner dessa kakor eller inte.
consent-mechanism-browser-settings = Vi låter kakinställningarna i din webbläsare avgöra vilka kakor som får placeras.
consent-mechanism-implied = Vi betraktar din fortsatta användning av webbplatsen som ett godkännande av våra kakor.
consent-mechanism-none = Vi ber inte om samtycke till att placera kakor.
consent-notice = Vårt meddelande om samtycke lyder:
consent-withdraw = Du kan när som helst återkalla eller ändra ditt samtycke. Återkallelsen påverkar inte lagligheten i användningen av kakor innan samtycket återkallades.
consent-gpc = Vi respekterar Global Privacy Control (GPC). När din webbläsare skickar denna signal och du ännu inte har gjort något val behandlar vi det som ett avböjande av dessa kakor: { $categories }, och vi sätter inga av dem om du inte själv tillåter dem i kakinställningarna. Signalen ändrar inte strikt nödvändiga kakor eller de andra kategorierna, som vi fortfarande frågar dig om.
consent-withdrawal-effect = Om du återkallar ditt samtycke:

cookies-heading = Kakor som vi använder
cookies-none = Denna webbplats använder inte kakor.
cookie-table-caption = Kakor som placeras på denna webbplats
column-name = Namn
column-provider = Leverantör
column-role = Roll
column-purpose = Ändamål
column-category = Kategori
column-duration = Livslängd
column-party = Part
column-description = Beskrivning
party-first = Förstapart
party-third = Tredjepart
cookie-unnamed = namn anges inte
cookie-example = Exempel: { $example }
cookie-retention = Den insamlade informationen sparas i { $retention }.
cookie-retention-session = Den insamlade informationen sparas tills sessionen avslutas.
cookie-retention-not-stated = Hur länge den insamlade informationen sparas anges inte.
cookie-pattern = Delen inom vinkelparentes varierar.
provider-first-party = { $controller }

category-necessary = Absolut nödvändiga
category-preferences = Inställningar
category-analytics = Statistik
category-marketing = Marknadsföring
category-necessary-description = Behövs för att webbplatsen ska fungera, till exempel för att hålla dig inloggad. De kan inte stängas av.
category-preferences-description = Kommer ihåg dina val, till exempel ditt språk, så att webbplatsen blir enklare att använda.
category-analytics-description = Räknar besök och mäter hur webbplatsen används, så att den kan förbättras.
category-marketing-description = Följer din aktivitet för att visa relevant innehåll och relevanta annonser eller för att mäta kampanjer.

storage-cookie = Kaka
storage-local-storage = Lokal lagring
storage-session-storage = Sessionslagring
storage-indexed-db = IndexedDB
storage-pixel = Spårningspixel
storage-flash = Flash local shared object

duration-session = Session
duration-persistent = Permanent (period anges inte)
duration-not-stated = Anges inte
duration-until = Tills { $end }
duration-until-max = Tills { $end }, högst { $max }
duration-until-date = Till och med { $end }
duration-until-date-max = Till och med { $end }, högst { $max }
duration-rolling = { $period } från ditt senaste besök
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = på andra håll: { $duration }
region-eea = EES
region-eu = EU
duration-year = { $plural ->
    [one] { $count } år
   *[other] { $count } år
}
duration-month = { $plural ->
    [one] { $count } månad
   *[other] { $count } månader
}
duration-week = { $plural ->
    [one] { $count } vecka
   *[other] { $count } veckor
}
duration-day = { $plural ->
    [one] { $count } dag
   *[other] { $count } dagar
}
duration-hour = { $plural ->
    [one] { $count } timme
   *[other] { $count } timmar
}
duration-minute = { $plural ->
    [one] { $count } minut
   *[other] { $count } minuter
}
duration-second = { $plural ->
    [one] { $count } sekund
   *[other] { $count } sekunder
}

managing-heading = Hantera kakor
managing-browser = Du kan blockera eller radera kakor i webbläsarens inställningar. Varje webbläsare gör det på sitt sätt; dess hjälpsidor förklarar hur. Om du blockerar absolut nödvändiga kakor kan delar av webbplatsen sluta fungera.

## Mottagare och överföringar

third-parties-heading = Tredje parter
recipients-heading = Vem som tar emot dina uppgifter
recipients-none = Vi lämnar inte ut personuppgifter till andra organisationer.
recipient-service-label = Tjänst
recipient-country-label = Behandlar uppgifter i
recipient-transfer-label = Skyddsåtgärd för överföringen
recipient-own-purposes-label = Egna ändamål
recipient-own-purposes-yes = Får även använda uppgifterna för egna ändamål.
recipient-own-purposes-no = Får inte använda uppgifterna för egna ändamål.
recipient-privacy = Integritetspolicy för { $name }
role-processor = Personuppgiftsbiträde som agerar för vår räkning
role-controller = Självständigt personuppgiftsansvarig
role-joint-controller = Gemensamt personuppgiftsansvarig
role-recipients = Kategori av mottagare

transfer-adequacy = Europeiska kommissionens beslut om adekvat skyddsnivå
transfer-scc = Standardiserade dataskyddsbestämmelser (standardavtalsklausuler)
transfer-bcr = Bindande företagsbestämmelser
transfer-eu-us-dpf = Ramen för dataskydd mellan EU och USA (Data Privacy Framework)
transfer-derogation = Undantag i särskilda situationer (artikel 49 i dataskyddsförordningen)
transfer-privacy-shield = Skölden för skydd av privatlivet i EU och USA (Privacy Shield)
transfer-safe-harbor = Principerna om säker hamn (Safe Harbor)
transfers-heading = Överföringar utanför Europeiska ekonomiska samarbetsområdet

## Integritetspolicy

privacy-intro = Denna integritetspolicy förklarar hur { $controller } behandlar dina personuppgifter, för vilka ändamål och med vilken rättslig grund, vem som tar emot dem, hur länge de sparas och vilka rättigheter du har.
controller-heading = Vem som är ansvarig
controller-intro = Personuppgiftsansvarig för dina personuppgifter är:
controller-email = E-post
controller-phone = Telefon
controller-website = Webbplats
controller-registration = Registreringsnummer
controller-address = Adress
dpo-heading = Kontakt för dataskydd
dpo-designated = Vårt dataskyddsombud:
dpo-contact = Vår kontaktperson för dataskydd:

data-heading = Personuppgifter som vi behandlar
data-examples = Exempel
data-sources = Var vi får dem ifrån
data-purposes = Vad vi använder dem till
data-recipients = Vem som tar emot dem
data-retention = Hur länge vi sparar dem
data-sensitive = Detta omfattar särskilda kategorier av personuppgifter, som vi bara behandlar när lagen tillåter det.
source-data-subject = från dig
source-cookies = genom kakor på våra webbplatser
source-third-party = från tredje parter
source-public = från allmänt tillgängliga källor

purposes-heading = Ändamål och rättslig grund
column-legal-basis = Rättslig grund
legal-basis-not-stated = Anges inte
legal-bases-general = Vi stöder oss på följande rättsliga grunder:
legitimate-interest = Vårt berättigade intresse: { $interest }
basis-consent = Samtycke (artikel 6.1 a i dataskyddsförordningen)
basis-contract = Fullgörande av avtal (artikel 6.1 b i dataskyddsförordningen)
basis-legal-obligation = Rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)
basis-vital-interests = Grundläggande intressen (artikel 6.1 d i dataskyddsförordningen)
basis-public-task = Uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen)
basis-legitimate-interests = Berättigat intresse (artikel 6.1 f i dataskyddsförordningen)

storage-heading = Var dina uppgifter lagras
retention-heading = Hur länge vi sparar dina uppgifter

rights-heading = Dina rättigheter
rights-intro = Du har följande rättigheter:
right-information = Rätten att få information om behandlingen av dina personuppgifter.
right-access = Rätten till tillgång till dina personuppgifter (artikel 15 i dataskyddsförordningen).
right-rectification = Rätten att få felaktiga personuppgifter rättade (artikel 16 i dataskyddsförordningen).
right-erasure = Rätten till radering av dina personuppgifter (artikel 17 i dataskyddsförordningen).
right-restriction = Rätten till begränsning av behandling (artikel 18 i dataskyddsförordningen).
right-portability = Rätten till dataportabilitet (artikel 20 i dataskyddsförordningen).
right-objection = Rätten att göra invändningar mot behandling (artikel 21 i dataskyddsförordningen).
right-automated-decisions = Rätten att inte bli föremål för ett beslut som enbart grundas på automatiserad behandling, inbegripet profilering (artikel 22 i dataskyddsförordningen).
right-withdraw-consent = Rätten att när som helst återkalla ditt samtycke, utan att det påverkar lagligheten av behandlingen innan samtycket återkallades (artikel 7.3 i dataskyddsförordningen).
right-complaint = Rätten att lämna in klagomål till en tillsynsmyndighet (artikel 77 i dataskyddsförordningen).
rights-authority = Tillsynsmyndighet: { $authority }
rights-none = Denna policy anger inte vilka rättigheter du har.

automated-heading = Automatiserat beslutsfattande
automated-yes = Vi fattar beslut som enbart grundas på automatiserad behandling, inbegripet profilering.
automated-no = Vi fattar inga beslut som enbart grundas på automatiserad behandling, inbegripet profilering.

cookies-see-cookie-policy = Hur vi använder kakor förklaras i vår cookiepolicy.
more-information-heading = Mer information
contact-heading = Frågor
contact-intro = Om du har frågor om denna policy är du välkommen att kontakta { $controller }.

## Samtyckesbanderoller

banner-title = Vi använder kakor
banner-description = Vi använder kakor som är absolut nödvändiga för att denna webbplats ska fungera. Med ditt samtycke använder vi även andra kakor, som beskrivs i inställningarna. Du kan när som helst ändra ditt val.
banner-accept-all = Godkänn alla
banner-reject-all = Avvisa alla
banner-settings = Hantera inställningar
banner-save = Spara inställningar
banner-close = Stäng
banner-preferences-title = Inställningar för kakor
banner-preferences-description = Välj vilka kategorier av kakor du tillåter. Absolut nödvändiga kakor är alltid aktiverade. Du kan när som helst ändra ditt val.
banner-cookies = Kakor: { $cookies }

## Ändringar av denna policy

changes-title = Ändringar av denna policy
changes-current = Detta är version { $version }, som gäller sedan { $effective }.
changes-current-date = Denna version gäller sedan { $effective }.
changes-release = Version { $version } av { $effective }
changes-editorial = Formuleringar och översättningar har förbättrats.
changes-none = Inga ändringar har registrerats för denna version.
changes-first = Detta är den första registrerade versionen.
changes-consent = Vi har bett om ditt samtycke på nytt på grund av dessa ändringar.
banner-revision = Denna policy har ändrats sedan du senast gjorde ditt val: { $changes }
banner-revision-unrecorded = Denna policy har ändrats sedan du senast gjorde ditt val.
banner-gpc = Din webbläsare skickar en Global Privacy Control-signal, så vi har avböjt dessa kakor åt dig: { $categories }. Du kan fortfarande tillåta dem själv i inställningarna.
change-nothing = inga
change-contact-controller = den personuppgiftsansvarige
change-contact-dpo = dataskyddsombudet
change-contact-supervisory_authority = tillsynsmyndigheten
change-cookie-added = Ny kaka { $subject } ({ $details })
change-cookie-removed = Kakan { $subject } används inte längre
change-cookie-renamed = Kakan { $before } heter nu { $after }
change-lifetime-longer = Kakan { $subject } har nu en livslängd på { $after } i stället för { $before }
change-lifetime-shorter = Kakan { $subject } har nu en livslängd på { $after } i stället för { $before }
change-category-changed = Kakan { $subject } har flyttats från { $before } till { $after }
change-cookie-purposes-changed = Kakan { $subject } används nu för: { $after }
change-cookie-provider-changed = Kakan { $subject } placeras nu av { $after } i stället för { $before }
change-purpose-added = Nytt ändamål: { $subject }
change-purpose-removed = Ändamål som inte längre eftersträvas: { $subject }
change-legal-basis-changed = { $subject } grundas nu på { $after } i stället för { $before }
change-recipient-added = Ny mottagare: { $subject }
change-recipient-removed = { $subject } tar inte längre emot uppgifter
change-country-changed = { $subject } behandlar nu uppgifter i { $after } i stället för { $before }
change-transfer-changed = Överföringar till { $subject } grundas nu på: { $after }
change-recipient-role-changed = Rollen för { $subject } har ändrats
change-data-added = Ny kategori av personuppgifter: { $subject }
change-data-removed = { $subject } behandlas inte längre
change-data-purposes-changed = { $subject } används nu för: { $after }
change-data-recipients-changed = { $subject } går nu till: { $after }
change-sources-changed = { $subject } kommer nu från andra källor
change-retention-changed = Lagringstiden har ändrats: { $subject }
change-right-granted = Dina rättigheter omfattar nu: { $subject }
change-right-withdrawn = Inte längre upptagen bland dina rättigheter: { $subject }
change-contact-changed = Kontaktuppgifterna har ändrats: { $subject }
change-automated-decisions-changed = Det vi anger om automatiserade beslut har ändrats
change-consent-mechanism-changed = Sättet vi ber om ditt samtycke på har ändrats
change-storage-changed = Var uppgifterna lagras har ändrats: { $subject }
change-section-added = Nytt avsnitt: { $subject }
change-section-removed = Avsnitt borttaget: { $subject }
change-document-added = Nyligen publicerad: { $subject }
change-document-removed = Inte längre publicerad: { $subject }
change-locale-added = Nu även publicerad på: { $subject }
change-locale-removed = Inte längre publicerad på: { $subject }
change-text-changed = Omformulerat: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Österrike
country-AU = Australien
country-BE = Belgien
country-BG = Bulgarien
country-CA = Kanada
country-CH = Schweiz
country-CN = Kina
country-CY = Cypern
country-CZ = Tjeckien
country-DE = Tyskland
country-DK = Danmark
country-EE = Estland
country-ES = Spanien
country-FI = Finland
country-FR = Frankrike
country-GB = Storbritannien
country-GR = Grekland
country-HR = Kroatien
country-HU = Ungern
country-IE = Irland
country-IL = Israel
country-IN = Indien
country-IS = Island
country-IT = Italien
country-JP = Japan
country-KR = Sydkorea
country-LI = Liechtenstein
country-LT = Litauen
country-LU = Luxemburg
country-LV = Lettland
country-MT = Malta
country-NL = Nederländerna
country-NO = Norge
country-NZ = Nya Zeeland
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-SE = Sverige
country-SG = Singapore
country-SI = Slovenien
country-SK = Slovakien
country-US = USA
country-UY = Uruguay
