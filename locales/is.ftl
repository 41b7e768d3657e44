# disclose — íslenskur texti (þýddur úr en.ftl; skilaboð sem vantar falla aftur á ensku).
#
# Breytur síðu: $policy (heiti stefnunnar), $controller (ábyrgðaraðili), $sites
# (vefsvæðin), $effective (gildistökudagur), $version, $authority (eftirlitsyfirvald).
#
# Hugtök fylgja íslenskum texta almennu persónuverndarreglugerðarinnar (reglugerð (ESB)
# 2016/679, lögfest með lögum nr. 90/2018). Ávarp: "þú", eins og Persónuvernd notar.

## Skjöl

language-name = Íslenska

cookie-policy-title = Stefna um vafrakökur
privacy-policy-title = Persónuverndarstefna
document-subtitle = { $policy }
effective-date = Gildir frá { $effective }
policy-version = Útgáfa { $version }
language-switcher = Önnur tungumál
contents = Efnisyfirlit
generated-by = Búið til með disclose úr skrá { $controller }.
index-title = Birtar stefnur
index-document = Skjal
index-language = Tungumál
index-files = Skrár

## Stefna um vafrakökur

cookie-intro = Í þessari stefnu kemur fram hvaða vafrakökur og sambærilega tækni { $controller } notar, hver kemur þeim fyrir, hvers vegna og hve lengi, og hvernig þú getur stjórnað þeim.
cookie-intro-sites = Hún gildir um { $sites }.
what-are-cookies-heading = Hvað eru vafrakökur?
what-are-cookies = Vafrakökur eru litlar textaskrár sem vefsvæði vistar í vafranum þínum. Þær eru sendar aftur til vefsvæðisins í síðari heimsóknum svo að það geti þekkt vafrann þinn. Sambærileg tækni, svo sem staðbundin geymsla og rakningarpixlar, virkar á sama hátt og fellur einnig undir þessa stefnu.
session-vs-persistent = Lotukökum er eytt þegar þú lokar vafranum. Varanlegar vafrakökur verða eftir í tækinu þínu þar til þær renna út eða þú eyðir þeim.

consent-heading = Samþykki þitt
consent-necessary = Vafrakökum sem eru bráðnauðsynlegar til að vefsvæðið virki er komið fyrir án samþykkis þíns. Öðrum vafrakökum er aðeins komið fyrir eins og lýst er hér á eftir.
consent-mechanism-opt-in-banner = Við biðjum um samþykki þitt áður en við komum fyrir vafrakökum sem eru ekki bráðnauðsynlegar.
consent-asked-categories = Þú velur sjálf(ur) hvaða flokka þessara vafrakakna þú samþykkir.
consent-asked-all-or-nothing = Þú samþykkir eða hafnar öllum þessum vafrakökum í einu.
consent-asked-reject-first-layer = Á fyrsta skjá borðans okkar getur þú hafnað þessum vafrakökum jafn auðveldlega og samþykkt þær.
consent-asked-reject-later = Til að hafna þessum vafrakökum opnar þú stillingar borðans okkar.
consent-asked-pre-ticked = Sumir valkostir í borðanum okkar eru fyrirfram hakaðir.
consent-asked-not-pre-ticked = Enginn valkostur í borðanum okkar er fyrirfram hakaður.
consent-asked-cookie-wall = Þú getur aðeins notað vefsvæðið eftir að hafa samþykkt þessar vafrakökur.
consent-asked-no-cookie-wall = Þú getur notað vefsvæðið hvort sem þú samþykkir þessar vafrakökur eða ekki.
consent-mechanism-browser-settings = Stillingar vafrans þíns fyrir vafrakökur ráða því hvaða vafrakökum má koma fyrir.
consent-mechanism-implied = Við lítum á áframhaldandi notkun þína á vefsvæðinu sem samþykki fyrir vafrakökum okkar.
consent-mechanism-none = Við biðjum ekki um samþykki fyrir því að koma fyrir vafrakökum.
consent-notice = Tilkynning okkar um samþykki hljóðar svo:
consent-withdraw = Þú getur hvenær sem er dregið samþykki þitt til baka eða breytt því. Afturköllun hefur ekki áhrif á lögmæti notkunar vafrakakna fyrir afturköllunina.
consent-gpc = Við virðum Global Privacy Control (GPC). Þegar vafrinn þinn sendir þetta merki og þú hefur ekki enn valið, lítum við á það sem höfnun á þessum vafrakökum: { $categories }, og setjum engar þeirra nema þú leyfir þær sjálf(ur) í stillingum vafrakaka. Merkið breytir engu um nauðsynlegar vafrakökur né um aðra flokka, sem við spyrjum þig enn um.
consent-withdrawal-effect = Ef þú dregur samþykki þitt til baka:

cookies-heading = Vafrakökur sem við notum
cookies-none = Þetta vefsvæði notar ekki vafrakökur.
cookie-table-caption = Vafrakökur sem komið er fyrir á þessu vefsvæði
column-name = Heiti
column-provider = Veitandi
column-role = Hlutverk
column-purpose = Tilgangur
column-category = Flokkur
column-duration = Líftími
column-party = Aðili
column-description = Lýsing
party-first = Fyrsti aðili
party-third = Þriðji aðili
cookie-unnamed = heiti ekki tilgreint
cookie-example = Dæmi: { $example }
cookie-retention = Upplýsingarnar sem er safnað eru varðveittar í { $retention }.
cookie-retention-session = Upplýsingarnar sem er safnað eru varðveittar þar til lotunni lýkur.
cookie-retention-not-stated = Ekki er tilgreint hve lengi upplýsingarnar sem er safnað eru varðveittar.
cookie-pattern = Hlutinn innan oddklofa er breytilegur.
provider-first-party = { $controller }

category-necessary = Bráðnauðsynlegar
category-preferences = Kjörstillingar
category-analytics = Tölfræði
category-marketing = Markaðssetning
category-necessary-description = Nauðsynlegar til að vefsvæðið virki, til dæmis til að halda þér innskráðum. Ekki er hægt að slökkva á þeim.
category-preferences-description = Muna val þitt, svo sem tungumál, til að auðvelda notkun vefsvæðisins.
category-analytics-description = Telja heimsóknir og mæla hvernig vefsvæðið er notað svo að hægt sé að bæta það.
category-marketing-description = Fylgjast með virkni þinni til að sýna viðeigandi efni og auglýsingar eða til að mæla herferðir.

storage-cookie = Vafrakaka
storage-local-storage = Staðbundin geymsla
storage-session-storage = Lotugeymsla
storage-indexed-db = IndexedDB
storage-pixel = Rakningarpixill
storage-flash = Flash local shared object

duration-session = Lota
duration-persistent = Varanleg (tímabil ekki tilgreint)
duration-not-stated = Ekki tilgreint
duration-until = Þar til { $end }
duration-until-max = Þar til { $end }, í mesta lagi { $max }
duration-until-date = Til { $end }
duration-until-date-max = Til { $end }, í mesta lagi { $max }
duration-rolling = { $period } frá síðustu heimsókn þinni
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = annars staðar: { $duration }
region-eea = EES
region-eu = ESB
duration-year = { $plural ->
    [one] { $count } ár
   *[other] { $count } ár
}
duration-month = { $plural ->
    [one] { $count } mánuður
   *[other] { $count } mánuðir
}
duration-week = { $plural ->
    [one] { $count } vika
   *[other] { $count } vikur
}
duration-day = { $plural ->
    [one] { $count } dagur
   *[other] { $count } dagar
}
duration-hour = { $plural ->
    [one] { $count } klukkustund
   *[other] { $count } klukkustundir
}
duration-minute = { $plural ->
    [one] { $count } mínúta
   *[other] { $count } mínútur
}
duration-second = { $plural ->
    [one] { $count } sekúnda
   *[other] { $count } sekúndur
}

managing-heading = Stjórnun vafrakakna
managing-browser = Þú getur lokað á eða eytt vafrakökum í stillingum vafrans þíns. Hver vafri gerir þetta á sinn hátt; hjálparsíður hans útskýra hvernig. Ef þú lokar á bráðnauðsynlegar vafrakökur getur verið að hlutar vefsvæðisins virki ekki.

## Viðtakendur og miðlun

third-parties-heading = Þriðju aðilar
recipients-heading = Hverjir fá upplýsingar um þig
recipients-none = Við miðlum ekki persónuupplýsingum til annarra aðila.
recipient-service-label = Þjónusta
recipient-country-label = Vinnur upplýsingar í
recipient-transfer-label = Verndarráðstöfun við miðlunina
recipient-own-purposes-label = Eigin tilgangur
recipient-own-purposes-yes = Má einnig nota upplýsingarnar í eigin tilgangi.
recipient-own-purposes-no = Má ekki nota upplýsingarnar í eigin tilgangi.
recipient-privacy = Persónuverndarstefna { $name }
role-processor = Vinnsluaðili sem starfar fyrir okkar hönd
role-controller = Sjálfstæður ábyrgðaraðili
role-joint-controller = Sameiginlegur ábyrgðaraðili
role-recipients = Flokkur viðtakenda

transfer-adequacy = Ákvörðun framkvæmdastjórnar Evrópusambandsins um að vernd sé fullnægjandi
transfer-scc = Föst samningsákvæði um persónuvernd (staðlaðir samningsskilmálar)
transfer-bcr = Bindandi fyrirtækjareglur
transfer-eu-us-dpf = Persónuverndarrammi ESB og Bandaríkjanna (Data Privacy Framework)
transfer-derogation = Undanþága í sérstökum tilvikum (49. gr. almennu persónuverndarreglugerðarinnar)
transfer-privacy-shield = Friðhelgisskjöldur ESB og Bandaríkjanna (Privacy Shield)
transfer-safe-harbor = Meginreglur um örugga höfn (Safe Harbor)
transfers-heading = Miðlun út fyrir Evrópska efnahagssvæðið

## Persónuverndarstefna

privacy-intro = Í þessari persónuverndarstefnu kemur fram hvernig { $controller } vinnur persónuupplýsingar um þig, í hvaða tilgangi og á hvaða lagagrundvelli, hverjir fá þær, hve lengi þær eru varðveittar og hvaða réttindi þú hefur.
controller-heading = Hver ber ábyrgð
controller-intro = Ábyrgðaraðili persónuupplýsinga um þig er:
controller-email = Netfang
controller-phone = Sími
controller-website = Vefsvæði
controller-registration = Kennitala
controller-address = Heimilisfang
dpo-heading = Tengiliður um persónuvernd
dpo-designated = Persónuverndarfulltrúi okkar:
dpo-contact = Tengiliður okkar um persónuvernd:

data-heading = Persónuupplýsingar sem við vinnum
data-examples = Dæmi
data-sources = Hvaðan við fáum þær
data-purposes = Til hvers við notum þær
data-recipients = Hverjir fá þær
data-retention = Hve lengi við varðveitum þær
data-sensitive = Þar á meðal eru viðkvæmar persónuupplýsingar, sem við vinnum aðeins þar sem lög heimila.
source-data-subject = frá þér
source-cookies = með vafrakökum á vefsvæðum okkar
source-third-party = frá þriðju aðilum
source-public = úr opinberum heimildum

purposes-heading = Tilgangur og lagagrundvöllur
column-legal-basis = Lagagrundvöllur
legal-basis-not-stated = Ekki tilgreint
legal-bases-general = Við byggjum á eftirfarandi lagagrundvelli:
legitimate-interest = Lögmætir hagsmunir okkar: { $interest }
basis-consent = Samþykki (a-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
basis-contract = Efndir samnings (b-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
basis-legal-obligation = Lagaskylda (c-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
basis-vital-interests = Brýnir hagsmunir (d-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
basis-public-task = Verkefni í þágu almannahagsmuna (e-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)
basis-legitimate-interests = Lögmætir hagsmunir (f-liður 1. mgr. 6. gr. almennu persónuverndarreglugerðarinnar)

storage-heading = Hvar upplýsingarnar eru geymdar
retention-heading = Hve lengi við varðveitum upplýsingarnar

rights-heading = Réttindi þín
rights-intro = Þú átt eftirfarandi réttindi:
right-information = Rétt til upplýsinga um vinnslu persónuupplýsinga um þig.
right-access = Rétt til aðgangs að persónuupplýsingum um þig (15. gr. almennu persónuverndarreglugerðarinnar).
right-rectification = Rétt til leiðréttingar á röngum persónuupplýsingum (16. gr. almennu persónuverndarreglugerðarinnar).
right-erasure = Rétt til eyðingar persónuupplýsinga um þig (17. gr. almennu persónuverndarreglugerðarinnar).
right-restriction = Rétt til takmörkunar á vinnslu (18. gr. almennu persónuverndarreglugerðarinnar).
right-portability = Rétt til að flytja eigin gögn (20. gr. almennu persónuverndarreglugerðarinnar).
right-objection = Rétt til að andmæla vinnslu (21. gr. almennu persónuverndarreglugerðarinnar).
right-automated-decisions = Rétt til að sæta ekki ákvörðun sem byggist eingöngu á sjálfvirkri vinnslu, þ.m.t. gerð persónusniðs (22. gr. almennu persónuverndarreglugerðarinnar).
right-withdraw-consent = Rétt til að draga samþykki þitt til baka hvenær sem er, án þess að það hafi áhrif á lögmæti vinnslu fyrir afturköllunina (3. mgr. 7. gr. almennu persónuverndarreglugerðarinnar).
right-complaint = Rétt til að leggja fram kvörtun hjá eftirlitsyfirvaldi (77. gr. almennu persónuverndarreglugerðarinnar).
rights-authority = Eftirlitsyfirvald: { $authority }
rights-none = Í þessari stefnu kemur ekki fram hvaða réttindi þú átt.

automated-heading = Sjálfvirk ákvarðanataka
automated-yes = Við tökum ákvarðanir sem byggjast eingöngu á sjálfvirkri vinnslu, þ.m.t. gerð persónusniðs.
automated-no = Við tökum ekki ákvarðanir sem byggjast eingöngu á sjálfvirkri vinnslu, þ.m.t. gerð persónusniðs.

cookies-see-cookie-policy = Hvernig við notum vafrakökur er útskýrt í stefnu okkar um vafrakökur.
more-information-heading = Nánari upplýsingar
contact-heading = Spurningar
contact-intro = Ef þú hefur spurningar um þessa stefnu skaltu hafa samband við { $controller }.

## Samþykkisborðar

banner-title = Við notum vafrakökur
banner-description = Við notum vafrakökur sem eru bráðnauðsynlegar til að þetta vefsvæði virki. Með samþykki þínu notum við einnig aðrar vafrakökur, sem lýst er í stillingunum. Þú getur breytt vali þínu hvenær sem er.
banner-accept-all = Samþykkja allar
banner-reject-all = Hafna öllum
banner-settings = Stjórna stillingum
banner-save = Vista stillingar
banner-close = Loka
banner-preferences-title = Stillingar vafrakakna
banner-preferences-description = Veldu hvaða flokka vafrakakna þú leyfir. Bráðnauðsynlegar vafrakökur eru alltaf virkar. Þú getur breytt vali þínu hvenær sem er.
banner-cookies = Vafrakökur: { $cookies }

## Breytingar á þessari stefnu

changes-title = Breytingar á þessari stefnu
changes-current = Þetta er útgáfa { $version }, í gildi frá { $effective }.
changes-current-date = Þessi útgáfa er í gildi frá { $effective }.
changes-release = Útgáfa { $version }, { $effective }
changes-editorial = Orðalag og þýðingar voru bætt.
changes-none = Engar breytingar voru skráðar fyrir þessa útgáfu.
changes-first = Þetta er fyrsta skráða útgáfan.
changes-consent = Við báðum aftur um samþykki þitt vegna þessara breytinga.
banner-revision = Þessi stefna hefur breyst síðan þú valdir síðast: { $changes }
banner-revision-unrecorded = Þessi stefna hefur breyst síðan þú valdir síðast.
banner-gpc = Vafrinn þinn sendir Global Privacy Control-merki, svo við höfum hafnað þessum vafrakökum fyrir þig: { $categories }. Þú getur samt leyft þær sjálf(ur) í stillingunum.
change-nothing = engar
change-contact-controller = ábyrgðaraðilinn
change-contact-dpo = persónuverndarfulltrúinn
change-contact-supervisory_authority = eftirlitsyfirvaldið
change-cookie-added = Ný vafrakaka { $subject } ({ $details })
change-cookie-removed = Vafrakakan { $subject } er ekki lengur notuð
change-cookie-renamed = Vafrakakan { $before } heitir nú { $after }
change-lifetime-longer = Líftími vafrakökunnar { $subject } er nú { $after } í stað { $before }
change-lifetime-shorter = Líftími vafrakökunnar { $subject } er nú { $after } í stað { $before }
change-category-changed = Vafrakakan { $subject } var færð úr { $before } í { $after }
change-cookie-purposes-changed = Vafrakakan { $subject } er nú notuð til: { $after }
change-cookie-provider-changed = { $after } kemur nú vafrakökunni { $subject } fyrir í stað { $before }
change-purpose-added = Nýr tilgangur: { $subject }
change-purpose-removed = Tilgangur sem ekki er lengur stefnt að: { $subject }
change-legal-basis-changed = { $subject } byggist nú á { $after } í stað { $before }
change-recipient-added = Nýr viðtakandi: { $subject }
change-recipient-removed = { $subject } fær ekki lengur upplýsingar
change-country-changed = { $subject } vinnur nú upplýsingar í { $after } í stað { $before }
change-transfer-changed = Miðlun til { $subject } byggist nú á: { $after }
change-recipient-role-changed = Hlutverk { $subject } hefur breyst
change-data-added = Nýr flokkur persónuupplýsinga: { $subject }
change-data-removed = { $subject }: ekki lengur unnið
change-data-purposes-changed = { $subject }: nú notað til: { $after }
change-data-recipients-changed = { $subject }: fer nú til: { $after }
change-sources-changed = { $subject }: kemur nú frá öðrum heimildum
change-retention-changed = Varðveislutíminn hefur breyst: { $subject }
change-right-granted = Réttindi þín ná nú einnig til: { $subject }
change-right-withdrawn = Ekki lengur talið meðal réttinda þinna: { $subject }
change-contact-changed = Samskiptaupplýsingar breyttust: { $subject }
change-automated-decisions-changed = Það sem við segjum um sjálfvirkar ákvarðanir hefur breyst
change-consent-mechanism-changed = Hvernig við biðjum um samþykki þitt hefur breyst
change-storage-changed = Hvar upplýsingar eru geymdar hefur breyst: { $subject }
change-section-added = Nýr kafli: { $subject }
change-section-removed = Kafla eytt: { $subject }
change-document-added = Nýbirt: { $subject }
change-document-removed = Ekki lengur birt: { $subject }
change-locale-added = Nú einnig birt á: { $subject }
change-locale-removed = Ekki lengur birt á: { $subject }
change-text-changed = Orðalagi breytt: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Austurríki
country-AU = Ástralía
country-BE = Belgía
country-BG = Búlgaría
country-CA = Kanada
country-CH = Sviss
country-CN = Kína
country-CY = Kýpur
country-CZ = Tékkland
country-DE = Þýskaland
country-DK = Danmörk
country-EE = Eistland
country-ES = Spánn
country-FI = Finnland
country-FR = Frakkland
country-GB = Bretland
country-GR = Grikkland
country-HR = Króatía
country-HU = Ungverjaland
country-IE = Írland
country-IL = Ísrael
country-IN = Indland
country-IS = Ísland
country-IT = Ítalía
country-JP = Japan
country-KR = Suður-Kórea
country-LI = Liechtenstein
country-LT = Litháen
country-LU = Lúxemborg
country-LV = Lettland
country-MT = Malta
country-NL = Holland
country-NO = Noregur
country-NZ = Nýja-Sjáland
country-PL = Pólland
country-PT = Portúgal
country-RO = Rúmenía
country-SE = Svíþjóð
country-SG = Singapúr
country-SI = Slóvenía
country-SK = Slóvakía
country-US = Bandaríkin
country-UY = Úrúgvæ
