# disclose — testi in italiano (tradotti da en.ftl; i messaggi mancanti ricadono sull'inglese).
#
# I messaggi che usano solo le variabili di pagina elencate sotto sono disponibili nei modelli
# come `t.<identificativo con - sostituito da _>`. Variabili di pagina:
#   $policy      il nome dell'informativa (policy)
#   $controller  il nome del titolare del trattamento (controller)
#   $sites       i siti a cui si applica l'informativa, in forma di elenco
#   $effective   la data di entrata in vigore, scritta per esteso
#   $version     la versione dell'informativa
#   $authority   il nome dell'autorità di controllo
#
# La terminologia segue la versione italiana del GDPR (Regolamento (UE) 2016/679).

## Documenti

# Il nome della lingua nella lingua stessa, mostrato nel selettore della lingua.
language-name = Italiano

cookie-policy-title = Informativa sui cookie
privacy-policy-title = Informativa sulla privacy
document-subtitle = { $policy }
effective-date = Data di entrata in vigore: { $effective }
policy-version = Versione { $version }
language-switcher = Altre lingue
contents = Indice
generated-by = Generato da disclose a partire dal catalogo di { $controller }.
index-title = Informative pubblicate
index-document = Documento
index-language = Lingua
index-files = File

## Informativa sui cookie

cookie-intro = La presente informativa spiega quali cookie e tecnologie simili utilizza { $controller }, chi li installa, per quale motivo e per quanto tempo, e come può gestirli.
cookie-intro-sites = Si applica a { $sites }.
what-are-cookies-heading = Che cosa sono i cookie?
what-are-cookies = I cookie sono piccoli file di testo che un sito web memorizza nel Suo browser. Nelle visite successive vengono rinviati al sito, che in questo modo può riconoscere il Suo browser. Le tecnologie simili, come l'archiviazione locale e i pixel di tracciamento, funzionano allo stesso modo e rientrano anch'esse nella presente informativa.
session-vs-persistent = I cookie di sessione vengono cancellati quando chiude il browser. I cookie persistenti restano sul Suo dispositivo finché non scadono o finché non li cancella.

consent-heading = Il Suo consenso
consent-necessary = I cookie strettamente necessari al funzionamento del sito web vengono installati senza il Suo consenso. Tutti gli altri cookie vengono installati solo secondo le modalità descritte di seguito.
consent-mechanism-opt-in-banner = Le chiediamo il consenso prima di installare cookie che non siano strettamente necessari.
consent-asked-categories = Lei sceglie quali categorie di questi cookie accettare.
consent-asked-all-or-nothing = Lei accetta o rifiuta questi cookie tutti insieme.
consent-asked-reject-first-layer = La prima schermata del nostro banner Le consente di rifiutare questi cookie con la stessa facilità con cui li accetta.
consent-asked-reject-later = Per rifiutare questi cookie, apra le impostazioni del nostro banner.
consent-asked-pre-ticked = Alcune scelte del nostro banner sono selezionate in anticipo.
consent-asked-not-pre-ticked = Nessuna scelta del nostro banner è selezionata in anticipo.
consent-asked-cookie-wall = Può usare il sito web solo dopo aver accettato questi cookie.
consent-asked-no-cookie-wall = Può usare il sito web sia che accetti questi cookie sia che non li accetti.
consent-mechanism-browser-settings = Per stabilire quali cookie possono essere installati, ci basiamo sulle impostazioni dei cookie del Suo browser.
consent-mechanism-implied = Consideriamo la prosecuzione della navigazione sul sito web come accettazione dei nostri cookie.
consent-mechanism-none = Non chiediamo il consenso per l'installazione dei cookie.
consent-notice = Il testo della nostra richiesta di consenso è il seguente:
consent-withdraw = Può revocare o modificare il Suo consenso in qualsiasi momento. La revoca non pregiudica la liceità dell'uso dei cookie effettuato prima della revoca.
consent-gpc = Rispettiamo Global Privacy Control (GPC). Quando il Suo browser invia questo segnale e Lei non ha ancora scelto, lo trattiamo come un rifiuto di questi cookie: { $categories }, e non ne installiamo nessuno a meno che Lei non li consenta nelle impostazioni dei cookie. Il segnale non modifica i cookie strettamente necessari né le altre categorie, per le quali continuiamo a chiederLe il consenso.
consent-withdrawal-effect = Se revoca il Suo consenso:

cookies-heading = Cookie che utilizziamo
cookies-none = Questo sito web non utilizza cookie.
cookie-table-caption = Cookie installati su questo sito web
column-name = Nome
column-provider = Fornitore
column-role = Ruolo
column-purpose = Finalità
column-category = Categoria
column-duration = Durata
column-party = Parte
column-description = Descrizione
party-first = Prima parte
party-third = Terza parte
cookie-unnamed = nome non indicato
cookie-example = Esempio: { $example }
cookie-retention = Le informazioni raccolte sono conservate per { $retention }.
cookie-retention-session = Le informazioni raccolte sono conservate fino al termine della sessione.
cookie-retention-not-stated = Non è indicato per quanto tempo sono conservate le informazioni raccolte.
cookie-pattern = La parte tra parentesi angolari è variabile.
provider-first-party = { $controller }

category-necessary = Strettamente necessari
category-preferences = Preferenze
category-analytics = Statistiche
category-marketing = Marketing
category-necessary-description = Servono al funzionamento del sito web, ad esempio per mantenere attivo il Suo accesso. Non possono essere disattivati.
category-preferences-description = Memorizzano le Sue scelte, come la lingua, per rendere più comodo l'uso del sito web.
category-analytics-description = Contano le visite e misurano come viene utilizzato il sito web, per consentirci di migliorarlo.
category-marketing-description = Seguono la Sua attività per mostrarLe contenuti e pubblicità pertinenti o per misurare le campagne.

storage-cookie = Cookie
storage-local-storage = Archiviazione locale
storage-session-storage = Archiviazione di sessione
storage-indexed-db = IndexedDB
storage-pixel = Pixel di tracciamento
storage-flash = Oggetto condiviso locale di Flash

duration-session = Sessione
duration-persistent = Persistente (durata non indicata)
duration-not-stated = Non indicata
duration-until = Fino a quando { $end }
duration-until-max = Fino a quando { $end }, al massimo { $max }
duration-until-date = Fino al { $end }
duration-until-date-max = Fino al { $end }, al massimo { $max }
duration-rolling = { $period } dall'ultima visita
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = altrove: { $duration }
region-eea = SEE
region-eu = UE
duration-year = { $plural ->
    [one] { $count } anno
   *[other] { $count } anni
}
duration-month = { $plural ->
    [one] { $count } mese
   *[other] { $count } mesi
}
duration-week = { $plural ->
    [one] { $count } settimana
   *[other] { $count } settimane
}
duration-day = { $plural ->
    [one] { $count } giorno
   *[other] { $count } giorni
}
duration-hour = { $plural ->
    [one] { $count } ora
   *[other] { $count } ore
}
duration-minute = { $plural ->
    [one] { $count } minuto
   *[other] { $count } minuti
}
duration-second = { $plural ->
    [one] { $count } secondo
   *[other] { $count } secondi
}

managing-heading = Gestione dei cookie
managing-browser = Può bloccare o cancellare i cookie nelle impostazioni del Suo browser. La procedura varia da browser a browser; le pagine di assistenza del browser spiegano come fare. Se blocca i cookie strettamente necessari, alcune parti del sito web potrebbero non funzionare.

## Destinatari e trasferimenti

third-parties-heading = Terze parti
recipients-heading = Destinatari dei Suoi dati
recipients-none = Non comunichiamo dati personali ad altre organizzazioni.
recipient-service-label = Servizio
recipient-country-label = Paese del trattamento
recipient-transfer-label = Garanzia per il trasferimento
recipient-own-purposes-label = Finalità proprie
recipient-own-purposes-yes = Può utilizzare i dati anche per finalità proprie.
recipient-own-purposes-no = Non può utilizzare i dati per finalità proprie.
recipient-privacy = Informativa sulla privacy di { $name }
role-processor = Responsabile del trattamento che agisce per nostro conto
role-controller = Titolare autonomo del trattamento
role-joint-controller = Contitolare del trattamento
role-recipients = Categoria di destinatari

transfer-adequacy = Decisione di adeguatezza della Commissione europea
transfer-scc = Clausole contrattuali tipo
transfer-bcr = Norme vincolanti d'impresa
transfer-eu-us-dpf = Quadro UE-USA per la protezione dei dati personali
transfer-derogation = Deroga per situazioni specifiche (articolo 49 del GDPR)
transfer-privacy-shield = Scudo UE-USA per la privacy
transfer-safe-harbor = Principi dell'approdo sicuro
transfers-heading = Trasferimenti al di fuori dello Spazio economico europeo

## Informativa sulla privacy

privacy-intro = La presente informativa spiega come { $controller } tratta i Suoi dati personali, per quali finalità e su quale base giuridica, chi li riceve, per quanto tempo vengono conservati e quali sono i Suoi diritti.
controller-heading = Titolare del trattamento
controller-intro = Il titolare del trattamento dei Suoi dati personali è:
controller-email = Posta elettronica
controller-phone = Telefono
controller-website = Sito web
controller-registration = Numero di iscrizione
controller-address = Indirizzo
dpo-heading = Contatto per la protezione dei dati
dpo-designated = Il nostro responsabile della protezione dei dati:
dpo-contact = Il nostro referente per la protezione dei dati:

data-heading = Dati personali che trattiamo
data-examples = Esempi
data-sources = Fonte
data-purposes = Finalità
data-recipients = Destinatari
data-retention = Periodo di conservazione
data-sensitive = Sono comprese categorie particolari di dati personali, che trattiamo solo nei casi consentiti dalla legge.
source-data-subject = da Lei
source-cookies = tramite i cookie dei nostri siti web
source-third-party = da terzi
source-public = da fonti accessibili al pubblico

purposes-heading = Finalità e basi giuridiche
column-legal-basis = Base giuridica
legal-basis-not-stated = Non indicata
legal-bases-general = Ci basiamo sulle seguenti basi giuridiche:
legitimate-interest = Il nostro legittimo interesse: { $interest }
basis-consent = Consenso (articolo 6, paragrafo 1, lettera a), del GDPR)
basis-contract = Esecuzione di un contratto (articolo 6, paragrafo 1, lettera b), del GDPR)
basis-legal-obligation = Adempimento di un obbligo legale (articolo 6, paragrafo 1, lettera c), del GDPR)
basis-vital-interests = Salvaguardia degli interessi vitali (articolo 6, paragrafo 1, lettera d), del GDPR)
basis-public-task = Esecuzione di un compito di interesse pubblico (articolo 6, paragrafo 1, lettera e), del GDPR)
basis-legitimate-interests = Legittimo interesse (articolo 6, paragrafo 1, lettera f), del GDPR)

storage-heading = Dove sono conservati i Suoi dati
retention-heading = Per quanto tempo conserviamo i Suoi dati

rights-heading = I Suoi diritti
rights-intro = Lei ha i seguenti diritti:
right-information = Il diritto all'informazione sul trattamento dei Suoi dati personali.
right-access = Il diritto di accesso ai Suoi dati personali (articolo 15 del GDPR).
right-rectification = Il diritto di rettifica dei dati personali inesatti (articolo 16 del GDPR).
right-erasure = Il diritto alla cancellazione dei Suoi dati personali (articolo 17 del GDPR).
right-restriction = Il diritto di limitazione del trattamento (articolo 18 del GDPR).
right-portability = Il diritto alla portabilità dei dati (articolo 20 del GDPR).
right-objection = Il diritto di opposizione al trattamento (articolo 21 del GDPR).
right-automated-decisions = Il diritto di non essere sottoposto a una decisione basata unicamente sul trattamento automatizzato, compresa la profilazione (articolo 22 del GDPR).
right-withdraw-consent = Il diritto di revocare il Suo consenso in qualsiasi momento, senza pregiudicare la liceità del trattamento effettuato prima della revoca (articolo 7, paragrafo 3, del GDPR).
right-complaint = Il diritto di proporre reclamo a un'autorità di controllo (articolo 77 del GDPR).
rights-authority = Autorità di controllo: { $authority }
rights-none = La presente informativa non indica quali sono i Suoi diritti.

automated-heading = Processo decisionale automatizzato
automated-yes = Adottiamo decisioni basate unicamente sul trattamento automatizzato, compresa la profilazione.
automated-no = Non adottiamo decisioni basate unicamente sul trattamento automatizzato, compresa la profilazione.

cookies-see-cookie-policy = Il modo in cui utilizziamo i cookie è illustrato nella nostra informativa sui cookie.
more-information-heading = Ulteriori informazioni
contact-heading = Domande
contact-intro = Per qualsiasi domanda sulla presente informativa, può contattare { $controller }.

## Paesi (ISO 3166-1)

country-AT = Austria
country-AU = Australia
country-BE = Belgio
country-BG = Bulgaria
country-CA = Canada
country-CH = Svizzera
country-CN = Cina
country-CY = Cipro
country-CZ = Cechia
country-DE = Germania
country-DK = Danimarca
country-EE = Estonia
country-ES = Spagna
country-FI = Finlandia
country-FR = Francia
country-GB = Regno Unito
country-GR = Grecia
country-HR = Croazia
country-HU = Ungheria
country-IE = Irlanda
country-IL = Israele
country-IN = India
country-IS = Islanda
country-IT = Italia
country-JP = Giappone
country-KR = Corea del Sud
country-LI = Liechtenstein
country-LT = Lituania
country-LU = Lussemburgo
country-LV = Lettonia
country-MT = Malta
country-NL = Paesi Bassi
country-NO = Norvegia
country-NZ = Nuova Zelanda
country-PL = Polonia
country-PT = Portogallo
country-RO = Romania
country-SE = Svezia
country-SG = Singapore
country-SI = Slovenia
country-SK = Slovacchia
country-US = Stati Uniti
country-UY = Uruguay

## Banner di consenso (out/<policy>/exports/, docs/exports.md)
banner-title = Utilizziamo i cookie
banner-description = Utilizziamo cookie strettamente necessari al funzionamento di questo sito. Con il Suo consenso utilizziamo anche altri cookie, descritti nelle impostazioni. Può modificare la Sua scelta in qualsiasi momento.
banner-accept-all = Accetta tutti
banner-reject-all = Rifiuta tutti
banner-settings = Gestisci preferenze
banner-save = Salva preferenze
banner-close = Chiudi
banner-preferences-title = Preferenze sui cookie
banner-preferences-description = Scelga quali categorie di cookie consente. I cookie strettamente necessari sono sempre attivi. Può modificare la Sua scelta in qualsiasi momento.
banner-cookies = Cookie: { $cookies }

## Changes to this policy: the pages' section, `disclose diff` and the banners' revision notice
changes-title = Modifiche alla presente informativa
changes-current = Questa è la versione { $version }, in vigore dal { $effective }.
changes-current-date = Questa versione è in vigore dal { $effective }.
changes-release = Versione { $version } del { $effective }
changes-editorial = Sono stati migliorati la formulazione e le traduzioni.
changes-none = Per questa versione non sono state registrate modifiche.
changes-first = È la prima versione registrata.
changes-consent = A causa di queste modifiche le abbiamo chiesto nuovamente il consenso.
banner-revision = La presente informativa è cambiata dalla sua ultima scelta: { $changes }
banner-revision-unrecorded = La presente informativa è cambiata dalla sua ultima scelta.
banner-gpc = Il Suo browser invia un segnale Global Privacy Control: abbiamo quindi rifiutato per Lei questi cookie: { $categories }. Può comunque consentirli Lei stesso nelle impostazioni.
change-nothing = nessuno
change-contact-controller = il titolare del trattamento
change-contact-dpo = il responsabile della protezione dei dati
change-contact-supervisory_authority = l'autorità di controllo
change-cookie-added = Nuovo cookie { $subject } ({ $details })
change-cookie-removed = Il cookie { $subject } non viene più utilizzato
change-cookie-renamed = Il cookie { $before } ora si chiama { $after }
change-lifetime-longer = Il cookie { $subject } ora dura { $after } anziché { $before }
change-lifetime-shorter = Il cookie { $subject } ora dura { $after } anziché { $before }
change-category-changed = Il cookie { $subject } passa da { $before } a { $after }
change-cookie-purposes-changed = Il cookie { $subject } ora serve per: { $after }
change-cookie-provider-changed = Il cookie { $subject } ora è installato da { $after } anziché da { $before }
change-purpose-added = Nuova finalità: { $subject }
change-purpose-removed = Finalità non più perseguita: { $subject }
change-legal-basis-changed = { $subject } ora si basa su { $after } anziché su { $before }
change-recipient-added = Nuovo destinatario: { $subject }
change-recipient-removed = { $subject } non riceve più dati
change-country-changed = { $subject } ora tratta i dati in { $after } anziché in { $before }
change-transfer-changed = I trasferimenti a { $subject } ora si basano su: { $after }
change-recipient-role-changed = Il ruolo di { $subject } è cambiato
change-data-added = Nuova categoria di dati personali: { $subject }
change-data-removed = { $subject } non sono più trattati
change-data-purposes-changed = { $subject } ora sono utilizzati per: { $after }
change-data-recipients-changed = { $subject } ora sono comunicati a: { $after }
change-sources-changed = { $subject } ora provengono da altre fonti
change-retention-changed = Il periodo di conservazione è cambiato: { $subject }
change-right-granted = I suoi diritti ora comprendono: { $subject }
change-right-withdrawn = Non più elencato tra i suoi diritti: { $subject }
change-contact-changed = Dati di contatto modificati: { $subject }
change-automated-decisions-changed = Quanto indicato sulle decisioni automatizzate è cambiato
change-consent-mechanism-changed = Il modo in cui chiediamo il suo consenso è cambiato
change-storage-changed = Il luogo di conservazione dei dati è cambiato: { $subject }
change-section-added = Nuova sezione: { $subject }
change-section-removed = Sezione rimossa: { $subject }
change-document-added = Pubblicato per la prima volta: { $subject }
change-document-removed = Non più pubblicato: { $subject }
change-locale-added = Ora pubblicato anche in: { $subject }
change-locale-removed = Non più pubblicato in: { $subject }
change-text-changed = Riformulato: { $subject } ({ $field }, { $locale })
