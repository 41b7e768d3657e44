# disclose — české texty (přeloženo z en.ftl; chybějící zprávy se zobrazí anglicky).
#
# Proměnné stránky: $policy (název zásad), $controller (správce), $sites (weby),
# $effective (datum účinnosti), $version, $authority (dozorový úřad).
#
# Terminologie podle českého znění obecného nařízení o ochraně osobních údajů
# (nařízení (EU) 2016/679, GDPR); citace ve tvaru "čl. 6 odst. 1 písm. a) GDPR".
# Oslovení: vykání.

## Dokumenty

language-name = Čeština

cookie-policy-title = Zásady používání souborů cookie
privacy-policy-title = Zásady ochrany osobních údajů
document-subtitle = { $policy }
effective-date = Účinné od: { $effective }
policy-version = Verze { $version }
language-switcher = Další jazyky
contents = Obsah
generated-by = Vytvořeno nástrojem disclose z katalogu správce { $controller }.
index-title = Zveřejněné zásady
index-document = Dokument
index-language = Jazyk
index-files = Soubory

## Zásady používání souborů cookie

cookie-intro = Tyto zásady vysvětlují, jaké soubory cookie a podobné technologie { $controller } používá, kdo je ukládá, proč a na jak dlouho a jak je můžete sami spravovat.
cookie-intro-sites = Vztahují se na: { $sites }.
what-are-cookies-heading = Co jsou soubory cookie
what-are-cookies = Soubory cookie jsou malé textové soubory, které web ukládá do vašeho prohlížeče. Při dalších návštěvách se odesílají zpět na web, aby mohl váš prohlížeč rozpoznat. Podobné technologie, například místní úložiště a sledovací pixely, fungují stejně a i na ně se tyto zásady vztahují.
session-vs-persistent = Relační soubory cookie se smažou, když zavřete prohlížeč. Trvalé soubory cookie zůstávají ve vašem zařízení, dokud nevyprší nebo dokud je nesmažete.

consent-heading = Váš souhlas
consent-necessary = Soubory cookie, které jsou nezbytně nutné pro fungování webu, se ukládají bez vašeho souhlasu. Všechny ostatní soubory cookie se ukládají pouze způsobem popsaným níže.
consent-mechanism-opt-in-banner = Než uložíme soubory cookie, které nejsou nezbytně nutné, požádáme vás o souhlas. Při první návštěvě webu si zvolíte, které kategorie přijímáte.
consent-mechanism-browser-settings = O tom, které soubory cookie smějí být uloženy, rozhoduje nastavení souborů cookie ve vašem prohlížeči.
consent-mechanism-implied = Další používání webu považujeme za souhlas s našimi soubory cookie.
consent-mechanism-none = O souhlas s ukládáním souborů cookie nežádáme.
consent-notice = Naše oznámení o souhlasu zní:
consent-withdraw = Svůj souhlas můžete kdykoli odvolat nebo změnit. Odvolání nemá vliv na zákonnost používání souborů cookie před jeho odvoláním.
consent-gpc = Respektujeme Global Privacy Control (GPC). Když váš prohlížeč odesílá tento signál a vy jste se dosud nerozhodli, považujeme jej za odmítnutí těchto souborů cookie: { $categories }, a žádný z nich neukládáme, pokud je sami nepovolíte v nastavení souborů cookie. Signál nemění nezbytně nutné soubory cookie ani ostatní kategorie, na které se vás stále ptáme.
consent-withdrawal-effect = Pokud svůj souhlas odvoláte:

cookies-heading = Soubory cookie, které používáme
cookies-none = Tento web nepoužívá soubory cookie.
cookie-table-caption = Soubory cookie ukládané na tomto webu
column-name = Název
column-provider = Poskytovatel
column-role = Role
column-purpose = Účel
column-category = Kategorie
column-duration = Platnost
column-party = Strana
column-description = Popis
party-first = První strana
party-third = Třetí strana
cookie-unnamed = název neuveden
cookie-example = Příklad: { $example }
cookie-retention = Shromážděné informace se uchovávají po dobu { $retention }.
cookie-retention-session = Shromážděné informace se uchovávají do konce relace.
cookie-retention-not-stated = Jak dlouho se shromážděné informace uchovávají, není uvedeno.
cookie-pattern = Část ve špičatých závorkách se mění.
provider-first-party = { $controller }

category-necessary = Nezbytně nutné
category-preferences = Preferenční
category-analytics = Analytické
category-marketing = Marketingové
category-necessary-description = Potřebné pro fungování webu, například k udržení vašeho přihlášení. Nelze je vypnout.
category-preferences-description = Pamatují si vaše volby, například jazyk, aby se web pohodlněji používal.
category-analytics-description = Počítají návštěvy a měří, jak se web používá, aby jej bylo možné zlepšovat.
category-marketing-description = Sledují vaši aktivitu, aby mohly zobrazovat relevantní obsah a reklamu nebo měřit kampaně.

storage-cookie = Soubor cookie
storage-local-storage = Místní úložiště
storage-session-storage = Úložiště relace
storage-indexed-db = IndexedDB
storage-pixel = Sledovací pixel
storage-flash = Flash local shared object

duration-session = Relace
duration-persistent = Trvalý (doba neuvedena)
duration-not-stated = Neuvedeno
duration-year = { $plural ->
    [one] { $count } rok
    [few] { $count } roky
    [many] { $count } roku
   *[other] { $count } let
}
duration-month = { $plural ->
    [one] { $count } měsíc
    [few] { $count } měsíce
    [many] { $count } měsíce
   *[other] { $count } měsíců
}
duration-week = { $plural ->
    [one] { $count } týden
    [few] { $count } týdny
    [many] { $count } týdne
   *[other] { $count } týdnů
}
duration-day = { $plural ->
    [one] { $count } den
    [few] { $count } dny
    [many] { $count } dne
   *[other] { $count } dní
}
duration-hour = { $plural ->
    [one] { $count } hodina
    [few] { $count } hodiny
    [many] { $count } hodiny
   *[other] { $count } hodin
}
duration-minute = { $plural ->
    [one] { $count } minuta
    [few] { $count } minuty
    [many] { $count } minuty
   *[other] { $count } minut
}
duration-second = { $plural ->
    [one] { $count } sekunda
    [few] { $count } sekundy
    [many] { $count } sekundy
   *[other] { $count } sekund
}

managing-heading = Správa souborů cookie
managing-browser = Soubory cookie můžete zablokovat nebo smazat v nastavení svého prohlížeče. Každý prohlížeč to dělá jinak; jeho stránky nápovědy vysvětlují jak. Zablokujete-li nezbytně nutné soubory cookie, části webu nemusí fungovat.

## Příjemci a předávání

third-parties-heading = Třetí strany
recipients-heading = Kdo vaše údaje přijímá
recipients-none = Osobní údaje jiným organizacím neposkytujeme.
recipient-service-label = Služba
recipient-country-label = Zpracovává údaje v zemi
recipient-transfer-label = Záruka pro předání
recipient-own-purposes-label = Vlastní účely
recipient-own-purposes-yes = Smí údaje používat i pro vlastní účely.
recipient-own-purposes-no = Nesmí údaje používat pro vlastní účely.
recipient-privacy = Zásady ochrany osobních údajů: { $name }
role-processor = Zpracovatel jednající naším jménem
role-controller = Samostatný správce
role-joint-controller = Společný správce
role-recipients = Kategorie příjemců

transfer-adequacy = Rozhodnutí Evropské komise o odpovídající ochraně
transfer-scc = Standardní doložky o ochraně osobních údajů (standardní smluvní doložky)
transfer-bcr = Závazná podniková pravidla
transfer-eu-us-dpf = Rámec EU-USA pro ochranu osobních údajů (Data Privacy Framework)
transfer-derogation = Výjimka pro specifické situace (čl. 49 GDPR)
transfer-privacy-shield = Štít EU-USA na ochranu soukromí (Privacy Shield)
transfer-safe-harbor = Zásady bezpečného přístavu (Safe Harbor)
transfers-heading = Předávání mimo Evropský hospodářský prostor

## Zásady ochrany osobních údajů

privacy-intro = Tyto zásady ochrany osobních údajů vysvětlují, jak { $controller } zpracovává vaše osobní údaje, k jakým účelům a na jakém právním základě, kdo je přijímá, jak dlouho se uchovávají a jaká máte práva.
controller-heading = Kdo je odpovědný
controller-intro = Správcem vašich osobních údajů je:
controller-email = E-mail
controller-phone = Telefon
controller-website = Web
controller-registration = Identifikační číslo
controller-address = Adresa
dpo-heading = Kontakt pro ochranu osobních údajů
dpo-designated = Náš pověřenec pro ochranu osobních údajů:
dpo-contact = Naše kontaktní osoba pro ochranu osobních údajů:

data-heading = Osobní údaje, které zpracováváme
data-examples = Příklady
data-sources = Odkud je získáváme
data-purposes = K čemu je používáme
data-recipients = Kdo je přijímá
data-retention = Jak dlouho je uchováváme
data-sensitive = Zahrnuje to zvláštní kategorie osobních údajů, které zpracováváme pouze tam, kde to právo dovoluje.
source-data-subject = od vás
source-cookies = prostřednictvím souborů cookie na našich webech
source-third-party = od třetích stran
source-public = z veřejně dostupných zdrojů

purposes-heading = Účely a právní základy
column-legal-basis = Právní základ
legal-basis-not-stated = Neuvedeno
legal-bases-general = Opíráme se o tyto právní základy:
legitimate-interest = Náš oprávněný zájem: { $interest }
basis-consent = Souhlas (čl. 6 odst. 1 písm. a) GDPR)
basis-contract = Plnění smlouvy (čl. 6 odst. 1 písm. b) GDPR)
basis-legal-obligation = Právní povinnost (čl. 6 odst. 1 písm. c) GDPR)
basis-vital-interests = Životně důležité zájmy (čl. 6 odst. 1 písm. d) GDPR)
basis-public-task = Úkol prováděný ve veřejném zájmu (čl. 6 odst. 1 písm. e) GDPR)
basis-legitimate-interests = Oprávněné zájmy (čl. 6 odst. 1 písm. f) GDPR)

storage-heading = Kde jsou vaše údaje uloženy
retention-heading = Jak dlouho vaše údaje uchováváme

rights-heading = Vaše práva
rights-intro = Máte tato práva:
right-information = Právo na informace o zpracování vašich osobních údajů.
right-access = Právo na přístup k vašim osobním údajům (čl. 15 GDPR).
right-rectification = Právo na opravu nepřesných osobních údajů (čl. 16 GDPR).
right-erasure = Právo na výmaz vašich osobních údajů (čl. 17 GDPR).
right-restriction = Právo na omezení zpracování (čl. 18 GDPR).
right-portability = Právo na přenositelnost údajů (čl. 20 GDPR).
right-objection = Právo vznést námitku proti zpracování (čl. 21 GDPR).
right-automated-decisions = Právo nebýt předmětem rozhodnutí založeného výhradně na automatizovaném zpracování, včetně profilování (čl. 22 GDPR).
right-withdraw-consent = Právo kdykoli odvolat svůj souhlas, aniž je tím dotčena zákonnost zpracování před jeho odvoláním (čl. 7 odst. 3 GDPR).
right-complaint = Právo podat stížnost u dozorového úřadu (čl. 77 GDPR).
rights-authority = Dozorový úřad: { $authority }
rights-none = Tyto zásady neuvádějí, jaká máte práva.

automated-heading = Automatizované rozhodování
automated-yes = Přijímáme rozhodnutí založená výhradně na automatizovaném zpracování, včetně profilování.
automated-no = Nepřijímáme rozhodnutí založená výhradně na automatizovaném zpracování, včetně profilování.

cookies-see-cookie-policy = Jak používáme soubory cookie, vysvětlují naše zásady používání souborů cookie.
more-information-heading = Další informace
contact-heading = Dotazy
contact-intro = Máte-li k těmto zásadám dotazy, obraťte se prosím na { $controller }.

## Lišty souhlasu

banner-title = Používáme soubory cookie
banner-description = Používáme soubory cookie, které jsou nezbytně nutné pro fungování tohoto webu. S vaším souhlasem používáme i další soubory cookie popsané v nastavení. Svou volbu můžete kdykoli změnit.
banner-accept-all = Přijmout vše
banner-reject-all = Odmítnout vše
banner-settings = Spravovat předvolby
banner-save = Uložit předvolby
banner-close = Zavřít
banner-preferences-title = Předvolby souborů cookie
banner-preferences-description = Zvolte, které kategorie souborů cookie povolujete. Nezbytně nutné soubory cookie jsou vždy zapnuté. Svou volbu můžete kdykoli změnit.
banner-cookies = Soubory cookie: { $cookies }

## Změny těchto zásad

changes-title = Změny těchto zásad
changes-current = Toto je verze { $version }, účinná od: { $effective }.
changes-current-date = Tato verze je účinná od: { $effective }.
changes-release = Verze { $version } ze dne { $effective }
changes-editorial = Formulace a překlady byly vylepšeny.
changes-none = Pro tuto verzi nebyly zaznamenány žádné změny.
changes-first = Toto je první zaznamenaná verze.
changes-consent = Kvůli těmto změnám jsme vás znovu požádali o souhlas.
banner-revision = Tyto zásady se od vaší poslední volby změnily: { $changes }
banner-gpc = Váš prohlížeč odesílá signál Global Privacy Control, proto jsme za vás odmítli tyto soubory cookie: { $categories }. V nastavení je můžete přesto sami povolit.
banner-revision-unrecorded = Tyto zásady se od vaší poslední volby změnily.
change-nothing = žádné
change-contact-controller = správce
change-contact-dpo = pověřenec pro ochranu osobních údajů
change-contact-supervisory_authority = dozorový úřad
change-cookie-added = Nový soubor cookie { $subject } ({ $details })
change-cookie-removed = Soubor cookie { $subject } se již nepoužívá
change-cookie-renamed = Soubor cookie { $before } se nyní jmenuje { $after }
change-lifetime-longer = Platnost souboru cookie { $subject } je nyní { $after } místo { $before }
change-lifetime-shorter = Platnost souboru cookie { $subject } je nyní { $after } místo { $before }
change-category-changed = Soubor cookie { $subject } byl přesunut z kategorie { $before } do { $after }
change-cookie-purposes-changed = Soubor cookie { $subject } nyní slouží k: { $after }
change-cookie-provider-changed = Soubor cookie { $subject } nyní ukládá { $after } místo { $before }
change-purpose-added = Nový účel: { $subject }
change-purpose-removed = Účel, který již není sledován: { $subject }
change-legal-basis-changed = { $subject }: právním základem je nyní { $after } místo { $before }
change-recipient-added = Nový příjemce: { $subject }
change-recipient-removed = { $subject } již nepřijímá údaje
change-country-changed = { $subject } nyní zpracovává údaje v zemi { $after } místo { $before }
change-transfer-changed = Předávání příjemci { $subject } se nyní opírá o: { $after }
change-recipient-role-changed = Role příjemce { $subject } se změnila
change-data-added = Nová kategorie osobních údajů: { $subject }
change-data-removed = Již se nezpracovávají: { $subject }
change-data-purposes-changed = { $subject }: nyní se používají k: { $after }
change-data-recipients-changed = { $subject }: příjemci jsou nyní: { $after }
change-sources-changed = { $subject }: nyní pocházejí z jiných zdrojů
change-retention-changed = Doba uchovávání se změnila: { $subject }
change-right-granted = Vaše práva nyní zahrnují: { $subject }
change-right-withdrawn = Již není uvedeno mezi vašimi právy: { $subject }
change-contact-changed = Kontaktní údaje se změnily: { $subject }
change-automated-decisions-changed = Naše informace o automatizovaném rozhodování se změnily
change-consent-mechanism-changed = Způsob, jakým žádáme o váš souhlas, se změnil
change-storage-changed = Místo uložení údajů se změnilo: { $subject }
change-section-added = Nový oddíl: { $subject }
change-section-removed = Oddíl odstraněn: { $subject }
change-document-added = Nově zveřejněno: { $subject }
change-document-removed = Již se nezveřejňuje: { $subject }
change-locale-added = Nyní zveřejněno také v jazyce: { $subject }
change-locale-removed = Již se nezveřejňuje v jazyce: { $subject }
change-text-changed = Přeformulováno: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Rakousko
country-AU = Austrálie
country-BE = Belgie
country-BG = Bulharsko
country-CA = Kanada
country-CH = Švýcarsko
country-CN = Čína
country-CY = Kypr
country-CZ = Česko
country-DE = Německo
country-DK = Dánsko
country-EE = Estonsko
country-ES = Španělsko
country-FI = Finsko
country-FR = Francie
country-GB = Spojené království
country-GR = Řecko
country-HR = Chorvatsko
country-HU = Maďarsko
country-IE = Irsko
country-IL = Izrael
country-IN = Indie
country-IS = Island
country-IT = Itálie
country-JP = Japonsko
country-KR = Jižní Korea
country-LI = Lichtenštejnsko
country-LT = Litva
country-LU = Lucembursko
country-LV = Lotyšsko
country-MT = Malta
country-NL = Nizozemsko
country-NO = Norsko
country-NZ = Nový Zéland
country-PL = Polsko
country-PT = Portugalsko
country-RO = Rumunsko
country-SE = Švédsko
country-SG = Singapur
country-SI = Slovinsko
country-SK = Slovensko
country-US = Spojené státy
country-UY = Uruguay

## Consent as asked; lifetimes with an end or per region

consent-asked-categories = Sami volíte, které kategorie těchto souborů cookie přijímáte.
consent-asked-all-or-nothing = Tyto soubory cookie přijímáte nebo odmítáte všechny najednou.
consent-asked-reject-first-layer = První obrazovka naší lišty vám umožní tyto soubory cookie odmítnout stejně snadno jako přijmout.
consent-asked-reject-later = Chcete-li tyto soubory cookie odmítnout, otevřete nastavení naší lišty.
consent-asked-pre-ticked = Některé volby v naší liště jsou předem zaškrtnuté.
consent-asked-not-pre-ticked = Žádná volba v naší liště není předem zaškrtnutá.
consent-asked-cookie-wall = Web můžete používat teprve po přijetí těchto souborů cookie.
consent-asked-no-cookie-wall = Web můžete používat bez ohledu na to, zda tyto soubory cookie přijmete.
duration-until = Do { $end }
duration-until-max = Do { $end }, nejvýše { $max }
duration-until-date = Do { $end }
duration-until-date-max = Do { $end }, nejvýše { $max }
duration-rolling = { $period } od vaší poslední návštěvy
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = jinde: { $duration }
region-eea = EHP
region-eu = EU
