# disclose — texte în limba română (traduse din en.ftl; mesajele lipsă sunt afișate în engleză).
#
# Variabilele paginii: $policy (denumirea politicii), $controller (operatorul), $sites
# (site-urile), $effective (data intrării în vigoare), $version, $authority
# (autoritatea de supraveghere).
#
# Terminologia urmează textul în limba română al Regulamentului general privind
# protecția datelor (Regulamentul (UE) 2016/679, RGPD); trimiteri în forma
# "art. 6 alin. (1) lit. (a) din RGPD". Adresare: forma de politețe "dumneavoastră".

## Documente

language-name = Română

cookie-policy-title = Politica privind modulele cookie
privacy-policy-title = Politica de confidențialitate
document-subtitle = { $policy }
effective-date = În vigoare de la: { $effective }
policy-version = Versiunea { $version }
language-switcher = Alte limbi
contents = Cuprins
generated-by = Generat cu disclose pe baza catalogului { $controller }.
index-title = Politici publicate
index-document = Document
index-language = Limbă
index-files = Fișiere

## Politica privind modulele cookie

cookie-intro = Această politică explică ce module cookie și tehnologii similare folosește { $controller }, cine le plasează, de ce și pentru cât timp, precum și cum le puteți gestiona.
cookie-intro-sites = Se aplică pentru: { $sites }.
what-are-cookies-heading = Ce sunt modulele cookie
what-are-cookies = Modulele cookie sunt fișiere text mici pe care un site le stochează în browserul dumneavoastră. La vizitele ulterioare, acestea sunt trimise înapoi site-ului, astfel încât acesta să vă poată recunoaște browserul. Tehnologiile similare, precum stocarea locală și pixelii de urmărire, funcționează în același mod și sunt, de asemenea, acoperite de această politică.
session-vs-persistent = Modulele cookie de sesiune sunt șterse când închideți browserul. Modulele cookie persistente rămân pe dispozitivul dumneavoastră până când expiră sau până când le ștergeți.

consent-heading = Consimțământul dumneavoastră
consent-necessary = Modulele cookie strict necesare pentru funcționarea site-ului sunt plasate fără consimțământul dumneavoastră. Toate celelalte module cookie sunt plasate numai în modul descris mai jos.
consent-mechanism-opt-in-banner = Vă solicităm consimțământul înainte de a plasa module cookie care nu sunt strict necesare. La prima vizită pe site alegeți ce categorii acceptați.
consent-mechanism-browser-settings = Setările privind modulele cookie ale browserului dumneavoastră decid ce module cookie pot fi plasate.
consent-mechanism-implied = Considerăm utilizarea în continuare a site-ului drept acord cu modulele noastre cookie.
consent-mechanism-none = Nu solicităm consimțământul pentru plasarea modulelor cookie.
consent-notice = Notificarea noastră privind consimțământul are următorul conținut:
consent-withdraw = Vă puteți retrage sau modifica oricând consimțământul. Retragerea nu afectează legalitatea utilizării modulelor cookie înainte de retragere.
consent-gpc = Respectăm Global Privacy Control (GPC). Când browserul dumneavoastră trimite acest semnal și nu ați ales încă, îl tratăm ca pe un refuz al acestor module cookie: { $categories }, și nu plasăm niciunul dintre ele decât dacă le permiteți chiar dumneavoastră în setările modulelor cookie. Semnalul nu schimbă modulele cookie strict necesare și nici celelalte categorii, despre care vă întrebăm în continuare.
consent-withdrawal-effect = Dacă vă retrageți consimțământul:

cookies-heading = Module cookie pe care le folosim
cookies-none = Acest site nu folosește module cookie.
cookie-table-caption = Module cookie plasate pe acest site
column-name = Denumire
column-provider = Furnizor
column-role = Rol
column-purpose = Scop
column-category = Categorie
column-duration = Durată de viață
column-party = Parte
column-description = Descriere
party-first = Proprii
party-third = Terță parte
cookie-unnamed = denumire neindicată
cookie-example = Exemplu: { $example }
cookie-retention = Informațiile colectate sunt păstrate timp de { $retention }.
cookie-retention-session = Informațiile colectate sunt păstrate până la sfârșitul sesiunii.
cookie-retention-not-stated = Nu se indică pentru cât timp sunt păstrate informațiile colectate.
cookie-pattern = Partea dintre parantezele unghiulare variază.
provider-first-party = { $controller }

category-necessary = Strict necesare
category-preferences = Preferințe
category-analytics = Statistici
category-marketing = Marketing
category-necessary-description = Necesare pentru funcționarea site-ului, de exemplu pentru a vă menține autentificat. Nu pot fi dezactivate.
category-preferences-description = Rețin alegerile dumneavoastră, precum limba, pentru ca utilizarea site-ului să fie mai comodă.
category-analytics-description = Numără vizitele și măsoară modul în care este utilizat site-ul, pentru ca acesta să poată fi îmbunătățit.
category-marketing-description = Vă urmăresc activitatea pentru a afișa conținut și reclame relevante sau pentru a măsura campanii.

storage-cookie = Modul cookie
storage-local-storage = Stocare locală
storage-session-storage = Stocare de sesiune
storage-indexed-db = IndexedDB
storage-pixel = Pixel de urmărire
storage-flash = Flash local shared object

duration-session = Sesiune
duration-persistent = Persistent (perioadă neindicată)
duration-not-stated = Neindicat
duration-year = { $plural ->
    [one] { $count } an
    [few] { $count } ani
   *[other] { $count } de ani
}
duration-month = { $plural ->
    [one] { $count } lună
    [few] { $count } luni
   *[other] { $count } de luni
}
duration-week = { $plural ->
    [one] { $count } săptămână
    [few] { $count } săptămâni
   *[other] { $count } de săptămâni
}
duration-day = { $plural ->
    [one] { $count } zi
    [few] { $count } zile
   *[other] { $count } de zile
}
duration-hour = { $plural ->
    [one] { $count } oră
    [few] { $count } ore
   *[other] { $count } de ore
}
duration-minute = { $plural ->
    [one] { $count } minut
    [few] { $count } minute
   *[other] { $count } de minute
}
duration-second = { $plural ->
    [one] { $count } secundă
    [few] { $count } secunde
   *[other] { $count } de secunde
}

managing-heading = Gestionarea modulelor cookie
managing-browser = Puteți bloca sau șterge modulele cookie din setările browserului. Fiecare browser face acest lucru diferit; paginile sale de ajutor explică modul. Dacă blocați modulele cookie strict necesare, este posibil ca unele părți ale site-ului să nu funcționeze.

## Destinatari și transferuri

third-parties-heading = Terți
recipients-heading = Cine primește datele dumneavoastră
recipients-none = Nu divulgăm date cu caracter personal altor organizații.
recipient-service-label = Serviciu
recipient-country-label = Prelucrează date în
recipient-transfer-label = Garanția pentru transfer
recipient-own-purposes-label = Scopuri proprii
recipient-own-purposes-yes = Poate utiliza datele și în scopuri proprii.
recipient-own-purposes-no = Nu poate utiliza datele în scopuri proprii.
recipient-privacy = Politica de confidențialitate: { $name }
role-processor = Persoană împuternicită de operator, care acționează în numele nostru
role-controller = Operator independent
role-joint-controller = Operator asociat
role-recipients = Categorie de destinatari

transfer-adequacy = Decizia Comisiei Europene privind caracterul adecvat
transfer-scc = Clauze standard de protecție a datelor (clauze contractuale standard)
transfer-bcr = Reguli corporatiste obligatorii
transfer-eu-us-dpf = Cadrul UE-SUA privind protecția datelor (Data Privacy Framework)
transfer-derogation = Derogare pentru situații specifice (art. 49 din RGPD)
transfer-privacy-shield = Scutul de confidențialitate UE-SUA (Privacy Shield)
transfer-safe-harbor = Principiile „sferei de siguranță” (Safe Harbor)
transfers-heading = Transferuri în afara Spațiului Economic European

## Politica de confidențialitate

privacy-intro = Această politică de confidențialitate explică modul în care { $controller } prelucrează datele dumneavoastră cu caracter personal, în ce scopuri și în temeiul cărei baze legale, cine le primește, cât timp sunt păstrate și ce drepturi aveți.
controller-heading = Cine este responsabil
controller-intro = Operatorul datelor dumneavoastră cu caracter personal este:
controller-email = E-mail
controller-phone = Telefon
controller-website = Site
controller-registration = Număr de înregistrare
controller-address = Adresă
dpo-heading = Contact pentru protecția datelor
dpo-designated = Responsabilul nostru cu protecția datelor:
dpo-contact = Persoana noastră de contact pentru protecția datelor:

data-heading = Date cu caracter personal pe care le prelucrăm
data-examples = Exemple
data-sources = De unde le obținem
data-purposes = Pentru ce le folosim
data-recipients = Cine le primește
data-retention = Cât timp le păstrăm
data-sensitive = Acestea includ categorii speciale de date cu caracter personal, pe care le prelucrăm numai atunci când legea permite acest lucru.
source-data-subject = de la dumneavoastră
source-cookies = prin module cookie pe site-urile noastre
source-third-party = de la terți
source-public = din surse accesibile publicului

purposes-heading = Scopuri și temeiuri juridice
column-legal-basis = Temei juridic
legal-basis-not-stated = Neindicat
legal-bases-general = Ne bazăm pe următoarele temeiuri juridice:
legitimate-interest = Interesul nostru legitim: { $interest }
basis-consent = Consimțământ (art. 6 alin. (1) lit. (a) din RGPD)
basis-contract = Executarea unui contract (art. 6 alin. (1) lit. (b) din RGPD)
basis-legal-obligation = Obligație legală (art. 6 alin. (1) lit. (c) din RGPD)
basis-vital-interests = Interese vitale (art. 6 alin. (1) lit. (d) din RGPD)
basis-public-task = Sarcină de interes public (art. 6 alin. (1) lit. (e) din RGPD)
basis-legitimate-interests = Interese legitime (art. 6 alin. (1) lit. (f) din RGPD)

storage-heading = Unde sunt stocate datele dumneavoastră
retention-heading = Cât timp păstrăm datele dumneavoastră

rights-heading = Drepturile dumneavoastră
rights-intro = Aveți următoarele drepturi:
right-information = Dreptul de a fi informat cu privire la prelucrarea datelor dumneavoastră cu caracter personal.
right-access = Dreptul de acces la datele dumneavoastră cu caracter personal (art. 15 din RGPD).
right-rectification = Dreptul la rectificarea datelor cu caracter personal inexacte (art. 16 din RGPD).
right-erasure = Dreptul la ștergerea datelor dumneavoastră cu caracter personal (art. 17 din RGPD).
right-restriction = Dreptul la restricționarea prelucrării (art. 18 din RGPD).
right-portability = Dreptul la portabilitatea datelor (art. 20 din RGPD).
right-objection = Dreptul la opoziție față de prelucrare (art. 21 din RGPD).
right-automated-decisions = Dreptul de a nu face obiectul unei decizii bazate exclusiv pe prelucrarea automată, inclusiv crearea de profiluri (art. 22 din RGPD).
right-withdraw-consent = Dreptul de a vă retrage oricând consimțământul, fără a afecta legalitatea prelucrării efectuate înainte de retragere (art. 7 alin. (3) din RGPD).
right-complaint = Dreptul de a depune o plângere la o autoritate de supraveghere (art. 77 din RGPD).
rights-authority = Autoritatea de supraveghere: { $authority }
rights-none = Această politică nu precizează ce drepturi aveți.

automated-heading = Procesul decizional automatizat
automated-yes = Luăm decizii bazate exclusiv pe prelucrarea automată, inclusiv crearea de profiluri.
automated-no = Nu luăm decizii bazate exclusiv pe prelucrarea automată, inclusiv crearea de profiluri.

cookies-see-cookie-policy = Modul în care folosim modulele cookie este explicat în politica noastră privind modulele cookie.
more-information-heading = Mai multe informații
contact-heading = Întrebări
contact-intro = Dacă aveți întrebări despre această politică, vă rugăm să contactați { $controller }.

## Bannere de consimțământ

banner-title = Folosim module cookie
banner-description = Folosim module cookie strict necesare pentru funcționarea acestui site. Cu consimțământul dumneavoastră, folosim și alte module cookie, descrise în setări. Vă puteți schimba oricând alegerea.
banner-accept-all = Acceptă toate
banner-reject-all = Respinge toate
banner-settings = Gestionează preferințele
banner-save = Salvează preferințele
banner-close = Închide
banner-preferences-title = Preferințe privind modulele cookie
banner-preferences-description = Alegeți ce categorii de module cookie permiteți. Modulele cookie strict necesare sunt întotdeauna active. Vă puteți schimba oricând alegerea.
banner-cookies = Module cookie: { $cookies }

## Modificări ale acestei politici

changes-title = Modificări ale acestei politici
changes-current = Aceasta este versiunea { $version }, în vigoare de la: { $effective }.
changes-current-date = Această versiune este în vigoare de la: { $effective }.
changes-release = Versiunea { $version } din { $effective }
changes-editorial = Formulările și traducerile au fost îmbunătățite.
changes-none = Pentru această versiune nu au fost înregistrate modificări.
changes-first = Aceasta este prima versiune înregistrată.
changes-consent = Din cauza acestor modificări v-am solicitat din nou consimțământul.
banner-revision = Această politică s-a modificat de la ultima dumneavoastră alegere: { $changes }
banner-gpc = Browserul dumneavoastră trimite un semnal Global Privacy Control, așa că am refuzat în numele dumneavoastră aceste module cookie: { $categories }. Le puteți totuși permite chiar dumneavoastră în setări.
banner-revision-unrecorded = Această politică s-a modificat de la ultima dumneavoastră alegere.
change-nothing = niciuna
change-contact-controller = operatorul
change-contact-dpo = responsabilul cu protecția datelor
change-contact-supervisory_authority = autoritatea de supraveghere
change-cookie-added = Modul cookie nou { $subject } ({ $details })
change-cookie-removed = Modulul cookie { $subject } nu mai este folosit
change-cookie-renamed = Modulul cookie { $before } se numește acum { $after }
change-lifetime-longer = Durata de viață a modulului cookie { $subject } este acum { $after } în loc de { $before }
change-lifetime-shorter = Durata de viață a modulului cookie { $subject } este acum { $after } în loc de { $before }
change-category-changed = Modulul cookie { $subject } a fost mutat din categoria { $before } în { $after }
change-cookie-purposes-changed = Modulul cookie { $subject } servește acum pentru: { $after }
change-cookie-provider-changed = Modulul cookie { $subject } este plasat acum de { $after } în loc de { $before }
change-purpose-added = Scop nou: { $subject }
change-purpose-removed = Scop care nu mai este urmărit: { $subject }
change-legal-basis-changed = { $subject }: temeiul juridic este acum { $after } în loc de { $before }
change-recipient-added = Destinatar nou: { $subject }
change-recipient-removed = { $subject } nu mai primește date
change-country-changed = { $subject } prelucrează acum date în { $after } în loc de { $before }
change-transfer-changed = Transferurile către { $subject } se bazează acum pe: { $after }
change-recipient-role-changed = Rolul destinatarului { $subject } s-a modificat
change-data-added = Categorie nouă de date cu caracter personal: { $subject }
change-data-removed = Nu mai sunt prelucrate: { $subject }
change-data-purposes-changed = { $subject }: sunt folosite acum pentru: { $after }
change-data-recipients-changed = { $subject }: destinatarii sunt acum: { $after }
change-sources-changed = { $subject }: provin acum din alte surse
change-retention-changed = Perioada de păstrare s-a modificat: { $subject }
change-right-granted = Drepturile dumneavoastră includ acum: { $subject }
change-right-withdrawn = Nu mai este menționat printre drepturile dumneavoastră: { $subject }
change-contact-changed = Datele de contact s-au modificat: { $subject }
change-automated-decisions-changed = Informațiile noastre despre deciziile automatizate s-au modificat
change-consent-mechanism-changed = Modul în care vă solicităm consimțământul s-a modificat
change-storage-changed = Locul de stocare a datelor s-a modificat: { $subject }
change-section-added = Secțiune nouă: { $subject }
change-section-removed = Secțiune eliminată: { $subject }
change-document-added = Publicat recent: { $subject }
change-document-removed = Nu mai este publicat: { $subject }
change-locale-added = Publicat acum și în: { $subject }
change-locale-removed = Nu mai este publicat în: { $subject }
change-text-changed = Reformulat: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Austria
country-AU = Australia
country-BE = Belgia
country-BG = Bulgaria
country-CA = Canada
country-CH = Elveția
country-CN = China
country-CY = Cipru
country-CZ = Cehia
country-DE = Germania
country-DK = Danemarca
country-EE = Estonia
country-ES = Spania
country-FI = Finlanda
country-FR = Franța
country-GB = Regatul Unit
country-GR = Grecia
country-HR = Croația
country-HU = Ungaria
country-IE = Irlanda
country-IL = Israel
country-IN = India
country-IS = Islanda
country-IT = Italia
country-JP = Japonia
country-KR = Coreea de Sud
country-LI = Liechtenstein
country-LT = Lituania
country-LU = Luxemburg
country-LV = Letonia
country-MT = Malta
country-NL = Țările de Jos
country-NO = Norvegia
country-NZ = Noua Zeelandă
country-PL = Polonia
country-PT = Portugalia
country-RO = România
country-SE = Suedia
country-SG = Singapore
country-SI = Slovenia
country-SK = Slovacia
country-US = Statele Unite ale Americii
country-UY = Uruguay

## Consent as asked; lifetimes with an end or per region

consent-asked-categories = Alegeți ce categorii ale acestor module cookie acceptați.
consent-asked-all-or-nothing = Acceptați sau refuzați aceste module cookie pe toate împreună.
consent-asked-reject-first-layer = Primul ecran al bannerului nostru vă permite să refuzați aceste module cookie la fel de ușor cum le acceptați.
consent-asked-reject-later = Pentru a refuza aceste module cookie, deschideți setările bannerului nostru.
consent-asked-pre-ticked = Unele opțiuni din bannerul nostru sunt bifate în prealabil.
consent-asked-not-pre-ticked = Nicio opțiune din bannerul nostru nu este bifată în prealabil.
consent-asked-cookie-wall = Puteți folosi site-ul numai după ce acceptați aceste module cookie.
consent-asked-no-cookie-wall = Puteți folosi site-ul indiferent dacă acceptați sau nu aceste module cookie.
duration-until = Până la { $end }
duration-until-max = Până la { $end }, cel mult { $max }
duration-until-date = Până la { $end }
duration-until-date-max = Până la { $end }, cel mult { $max }
duration-rolling = { $period } de la ultima vizită
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = în rest: { $duration }
region-eea = SEE
region-eu = UE
