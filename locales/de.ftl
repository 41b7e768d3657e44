# disclose — deutsche Texte (übersetzt aus en.ftl; fehlende Nachrichten fallen auf Englisch zurück).
#
# Nachrichten, die nur die seitenweiten Variablen unten verwenden, stehen in Templates als
# `t.<ID mit _ statt ->` zur Verfügung. Seitenweite Variablen:
#   $policy      der Name der Richtlinie (policy)
#   $controller  der Name des Verantwortlichen (controller)
#   $sites       die Websites, für die die Richtlinie gilt, als Aufzählung
#   $effective   das Datum des Inkrafttretens, ausgeschrieben
#   $version     die Version der Richtlinie
#   $authority   der Name der Aufsichtsbehörde
#
# Die Terminologie folgt dem deutschen Wortlaut der DSGVO (Verordnung (EU) 2016/679).

## Dokumente

# Der eigene Name der Sprache, angezeigt in der Sprachauswahl.
language-name = Deutsch

cookie-policy-title = Cookie-Richtlinie
privacy-policy-title = Datenschutzerklärung
document-subtitle = { $policy }
effective-date = Gültig ab { $effective }
policy-version = Version { $version }
language-switcher = Weitere Sprachen
contents = Inhalt
generated-by = Erstellt mit disclose aus dem Katalog von { $controller }.
index-title = Veröffentlichte Dokumente
index-document = Dokument
index-language = Sprache
index-files = Dateien

## Cookie-Richtlinie

cookie-intro = Diese Richtlinie erläutert, welche Cookies und ähnlichen Technologien { $controller } verwendet, wer sie setzt, zu welchem Zweck und wie lange, und wie Sie sie steuern können.
cookie-intro-sites = Diese Richtlinie gilt für { $sites }.
what-are-cookies-heading = Was sind Cookies?
what-are-cookies = Cookies sind kleine Textdateien, die eine Website in Ihrem Browser speichert. Bei späteren Besuchen werden sie an die Website zurückgesendet, damit diese Ihren Browser wiedererkennen kann. Ähnliche Technologien wie der lokale Speicher und Zählpixel funktionieren auf die gleiche Weise und fallen ebenfalls unter diese Richtlinie.
session-vs-persistent = Sitzungscookies werden gelöscht, wenn Sie Ihren Browser schließen. Dauerhafte Cookies bleiben auf Ihrem Gerät gespeichert, bis sie ablaufen oder Sie sie löschen.

consent-heading = Ihre Einwilligung
consent-necessary = Cookies, die für den Betrieb der Website unbedingt erforderlich sind, werden ohne Ihre Einwilligung gesetzt. Alle anderen Cookies werden nur so gesetzt, wie unten beschrieben.
consent-mechanism-opt-in-banner = Bevor wir Cookies setzen, die nicht unbedingt erforderlich sind, bitten wir Sie um Ihre Einwilligung.
consent-asked-categories = Sie wählen aus, welche Kategorien dieser Cookies Sie akzeptieren.
consent-asked-all-or-nothing = Sie akzeptieren oder verweigern diese Cookies nur alle zusammen.
consent-asked-reject-first-layer = Auf der ersten Ebene unseres Banners können Sie diese Cookies ebenso einfach ablehnen wie akzeptieren.
consent-asked-reject-later = Um diese Cookies abzulehnen, öffnen Sie die Einstellungen unseres Banners.
consent-asked-pre-ticked = Einige Auswahlmöglichkeiten in unserem Banner sind vorab angekreuzt.
consent-asked-not-pre-ticked = Keine Auswahlmöglichkeit in unserem Banner ist vorab angekreuzt.
consent-asked-cookie-wall = Sie können die Website nur nutzen, nachdem Sie diese Cookies akzeptiert haben.
consent-asked-no-cookie-wall = Sie können die Website nutzen, ob Sie diese Cookies akzeptieren oder nicht.
consent-mechanism-browser-settings = Welche Cookies gesetzt werden dürfen, richtet sich nach den Cookie-Einstellungen Ihres Browsers.
consent-mechanism-implied = Wir werten die weitere Nutzung der Website als Zustimmung zu unseren Cookies.
consent-mechanism-none = Wir holen für das Setzen von Cookies keine Einwilligung ein.
consent-notice = Unser Einwilligungshinweis lautet:
consent-withdraw = Sie können Ihre Einwilligung jederzeit widerrufen oder ändern. Der Widerruf berührt nicht die Rechtmäßigkeit der Verwendung von Cookies bis zum Widerruf.
consent-gpc = Wir beachten Global Privacy Control (GPC). Sendet Ihr Browser dieses Signal und haben Sie noch keine Auswahl getroffen, behandeln wir es als Ablehnung dieser Cookies: { $categories }, und setzen keines davon, solange Sie es nicht in den Cookie-Einstellungen selbst zulassen. Das Signal ändert nichts an unbedingt erforderlichen Cookies und an den übrigen Kategorien, nach denen wir Sie weiterhin fragen.
consent-withdrawal-effect = Wenn Sie Ihre Einwilligung widerrufen:

cookies-heading = Von uns verwendete Cookies
cookies-none = Diese Website verwendet keine Cookies.
cookie-table-caption = Auf dieser Website gesetzte Cookies
column-name = Name
column-provider = Anbieter
column-role = Rolle
column-purpose = Zweck
column-category = Kategorie
column-duration = Laufzeit
column-party = Herkunft
column-description = Beschreibung
party-first = Erstanbieter
party-third = Drittanbieter
cookie-unnamed = Name nicht angegeben
cookie-example = Beispiel: { $example }
cookie-retention = Die erhobenen Informationen werden { $retention } lang gespeichert.
cookie-retention-session = Die erhobenen Informationen werden bis zum Ende der Sitzung gespeichert.
cookie-retention-not-stated = Wie lange die erhobenen Informationen gespeichert werden, ist nicht angegeben.
cookie-pattern = Der Teil in spitzen Klammern ist variabel.
provider-first-party = { $controller }

category-necessary = Unbedingt erforderlich
category-preferences = Präferenzen
category-analytics = Analyse
category-marketing = Marketing
category-necessary-description = Erforderlich, damit die Website funktioniert, zum Beispiel um Sie angemeldet zu halten. Diese Cookies können nicht deaktiviert werden.
category-preferences-description = Speichern Ihre Auswahl, etwa Ihre Sprache, damit Sie die Website bequemer nutzen können.
category-analytics-description = Zählen Besuche und messen, wie die Website genutzt wird, damit wir sie verbessern können.
category-marketing-description = Verfolgen Ihre Aktivitäten, um relevante Inhalte und Werbung anzuzeigen oder Kampagnen zu messen.

storage-cookie = Cookie
storage-local-storage = Lokaler Speicher
storage-session-storage = Sitzungsspeicher
storage-indexed-db = IndexedDB
storage-pixel = Zählpixel
storage-flash = Lokales freigegebenes Flash-Objekt

duration-session = Sitzung
duration-persistent = Dauerhaft (Zeitraum nicht angegeben)
duration-not-stated = Nicht angegeben
duration-until = Bis { $end }
duration-until-max = Bis { $end }, höchstens { $max }
duration-until-date = Bis { $end }
duration-until-date-max = Bis { $end }, höchstens { $max }
duration-rolling = { $period } ab Ihrem letzten Besuch
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = sonst: { $duration }
region-eea = EWR
region-eu = EU
duration-year = { $plural ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
}
duration-month = { $plural ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
duration-week = { $plural ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
duration-day = { $plural ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
duration-hour = { $plural ->
    [one] { $count } Stunde
   *[other] { $count } Stunden
}
duration-minute = { $plural ->
    [one] { $count } Minute
   *[other] { $count } Minuten
}
duration-second = { $plural ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}

managing-heading = Cookies verwalten
managing-browser = Sie können Cookies in den Einstellungen Ihres Browsers blockieren oder löschen. Das funktioniert in jedem Browser anders; die Hilfeseiten Ihres Browsers erklären, wie es geht. Wenn Sie unbedingt erforderliche Cookies blockieren, funktionieren Teile der Website möglicherweise nicht mehr.

## Empfänger und Übermittlungen

third-parties-heading = Drittanbieter
recipients-heading = Empfänger Ihrer Daten
recipients-none = Wir geben keine personenbezogenen Daten an andere Organisationen weiter.
recipient-service-label = Dienst
recipient-country-label = Land der Verarbeitung
recipient-transfer-label = Garantie für die Übermittlung
recipient-own-purposes-label = Eigene Zwecke
recipient-own-purposes-yes = Darf die Daten auch für eigene Zwecke verwenden.
recipient-own-purposes-no = Darf die Daten nicht für eigene Zwecke verwenden.
recipient-privacy = Datenschutzerklärung von { $name }
role-processor = Auftragsverarbeiter, der in unserem Auftrag tätig ist
role-controller = Eigenständiger Verantwortlicher
role-joint-controller = Gemeinsam Verantwortlicher
role-recipients = Kategorie von Empfängern

transfer-adequacy = Angemessenheitsbeschluss der Europäischen Kommission
transfer-scc = Standardvertragsklauseln
transfer-bcr = Verbindliche interne Datenschutzvorschriften
transfer-eu-us-dpf = Datenschutzrahmen EU-USA
transfer-derogation = Ausnahme für bestimmte Fälle (Art. 49 DSGVO)
transfer-privacy-shield = EU-US-Datenschutzschild
transfer-safe-harbor = Grundsätze des „sicheren Hafens“
transfers-heading = Übermittlungen in Länder außerhalb des Europäischen Wirtschaftsraums

## Datenschutzerklärung

privacy-intro = Diese Datenschutzerklärung erläutert, wie { $controller } Ihre personenbezogenen Daten verarbeitet, zu welchen Zwecken und auf welcher Rechtsgrundlage, wer sie erhält, wie lange sie gespeichert werden und welche Rechte Sie haben.
controller-heading = Verantwortlicher
controller-intro = Verantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten ist:
controller-email = E-Mail
controller-phone = Telefon
controller-website = Website
controller-registration = Registernummer
controller-address = Anschrift
dpo-heading = Kontakt für Datenschutzfragen
dpo-designated = Unser Datenschutzbeauftragter:
dpo-contact = Unser Kontakt für Datenschutzfragen:

data-heading = Von uns verarbeitete personenbezogene Daten
data-examples = Beispiele
data-sources = Herkunft
data-purposes = Zwecke
data-recipients = Empfänger
data-retention = Speicherdauer
data-sensitive = Dazu gehören besondere Kategorien personenbezogener Daten, die wir nur verarbeiten, soweit das Gesetz es erlaubt.
source-data-subject = von Ihnen
source-cookies = über Cookies auf unseren Websites
source-third-party = von Dritten
source-public = aus öffentlich zugänglichen Quellen

purposes-heading = Zwecke und Rechtsgrundlagen
column-legal-basis = Rechtsgrundlage
legal-basis-not-stated = Nicht angegeben
legal-bases-general = Wir stützen uns auf folgende Rechtsgrundlagen:
legitimate-interest = Unser berechtigtes Interesse: { $interest }
basis-consent = Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)
basis-contract = Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO)
basis-legal-obligation = Rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)
basis-vital-interests = Lebenswichtige Interessen (Art. 6 Abs. 1 lit. d DSGVO)
basis-public-task = Aufgabe im öffentlichen Interesse (Art. 6 Abs. 1 lit. e DSGVO)
basis-legitimate-interests = Berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO)

storage-heading = Wo Ihre Daten gespeichert werden
retention-heading = Wie lange wir Ihre Daten speichern

rights-heading = Ihre Rechte
rights-intro = Sie haben folgende Rechte:
right-information = Das Recht, über die Verarbeitung Ihrer personenbezogenen Daten informiert zu werden.
right-access = Das Recht auf Auskunft über Ihre personenbezogenen Daten (Art. 15 DSGVO).
right-rectification = Das Recht auf Berichtigung unrichtiger personenbezogener Daten (Art. 16 DSGVO).
right-erasure = Das Recht auf Löschung Ihrer personenbezogenen Daten (Art. 17 DSGVO).
right-restriction = Das Recht auf Einschränkung der Verarbeitung (Art. 18 DSGVO).
right-portability = Das Recht auf Datenübertragbarkeit (Art. 20 DSGVO).
right-objection = Das Recht, der Verarbeitung zu widersprechen (Widerspruchsrecht, Art. 21 DSGVO).
right-automated-decisions = Das Recht, keiner Entscheidung unterworfen zu werden, die ausschließlich auf einer automatisierten Verarbeitung einschließlich Profiling beruht (Art. 22 DSGVO).
right-withdraw-consent = Das Recht, Ihre Einwilligung jederzeit zu widerrufen, ohne dass die Rechtmäßigkeit der bis zum Widerruf erfolgten Verarbeitung berührt wird (Art. 7 Abs. 3 DSGVO).
right-complaint = Das Recht auf Beschwerde bei einer Aufsichtsbehörde (Art. 77 DSGVO).
rights-authority = Aufsichtsbehörde: { $authority }
rights-none = Hier ist nicht angegeben, welche Rechte Sie haben.

automated-heading = Automatisierte Entscheidungsfindung
automated-yes = Wir treffen Entscheidungen, die ausschließlich auf einer automatisierten Verarbeitung einschließlich Profiling beruhen.
automated-no = Wir treffen keine Entscheidungen, die ausschließlich auf einer automatisierten Verarbeitung einschließlich Profiling beruhen.

cookies-see-cookie-policy = Wie wir Cookies verwenden, erläutern wir in unserer Cookie-Richtlinie.
more-information-heading = Weitere Informationen
contact-heading = Fragen
contact-intro = Wenn Sie Fragen zu diesen Informationen haben, wenden Sie sich bitte an { $controller }.

## Länder (ISO 3166-1)

country-AT = Österreich
country-AU = Australien
country-BE = Belgien
country-BG = Bulgarien
country-CA = Kanada
country-CH = Schweiz
country-CN = China
country-CY = Zypern
country-CZ = Tschechien
country-DE = Deutschland
country-DK = Dänemark
country-EE = Estland
country-ES = Spanien
country-FI = Finnland
country-FR = Frankreich
country-GB = Vereinigtes Königreich
country-GR = Griechenland
country-HR = Kroatien
country-HU = Ungarn
country-IE = Irland
country-IL = Israel
country-IN = Indien
country-IS = Island
country-IT = Italien
country-JP = Japan
country-KR = Südkorea
country-LI = Liechtenstein
country-LT = Litauen
country-LU = Luxemburg
country-LV = Lettland
country-MT = Malta
country-NL = Niederlande
country-NO = Norwegen
country-NZ = Neuseeland
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-SE = Schweden
country-SG = Singapur
country-SI = Slowenien
country-SK = Slowakei
country-US = Vereinigte Staaten
country-UY = Uruguay

## Einwilligungsbanner (out/<policy>/exports/, docs/exports.md)
banner-title = Wir verwenden Cookies
banner-description = Wir verwenden Cookies, die für den Betrieb dieser Website unbedingt erforderlich sind. Mit Ihrer Einwilligung verwenden wir auch weitere Cookies, die in den Einstellungen beschrieben sind. Sie können Ihre Wahl jederzeit ändern.
banner-accept-all = Alle akzeptieren
banner-reject-all = Alle ablehnen
banner-settings = Einstellungen verwalten
banner-save = Einstellungen speichern
banner-close = Schließen
banner-preferences-title = Cookie-Einstellungen
banner-preferences-description = Wählen Sie, welche Kategorien von Cookies Sie zulassen. Unbedingt erforderliche Cookies sind immer aktiv. Sie können Ihre Wahl jederzeit ändern.
banner-cookies = Cookies: { $cookies }

## Changes to this policy: the pages' section, `disclose diff` and the banners' revision notice
changes-title = Änderungen dieser Erklärung
changes-current = Dies ist Version { $version }, gültig seit { $effective }.
changes-current-date = Diese Fassung gilt seit { $effective }.
changes-release = Version { $version } vom { $effective }
changes-editorial = Formulierungen und Übersetzungen wurden verbessert.
changes-none = Für diese Version wurden keine Änderungen verzeichnet.
changes-first = Dies ist die erste verzeichnete Version.
changes-consent = Wegen dieser Änderungen haben wir Sie erneut um Ihre Einwilligung gebeten.
banner-revision = Diese Erklärung hat sich seit Ihrer letzten Auswahl geändert: { $changes }
banner-revision-unrecorded = Diese Erklärung hat sich seit Ihrer letzten Auswahl geändert.
banner-gpc = Ihr Browser sendet ein Global-Privacy-Control-Signal; deshalb haben wir diese Cookies für Sie abgelehnt: { $categories }. Sie können sie in den Einstellungen selbst zulassen.
change-nothing = keine
change-contact-controller = der Verantwortliche
change-contact-dpo = der Datenschutzbeauftragte
change-contact-supervisory_authority = die Aufsichtsbehörde
change-cookie-added = Neues Cookie { $subject } ({ $details })
change-cookie-removed = Das Cookie { $subject } wird nicht mehr verwendet
change-cookie-renamed = Das Cookie { $before } heißt jetzt { $after }
change-lifetime-longer = Das Cookie { $subject } bleibt jetzt { $after } statt { $before } gespeichert
change-lifetime-shorter = Das Cookie { $subject } bleibt jetzt { $after } statt { $before } gespeichert
change-category-changed = Das Cookie { $subject } gehört jetzt zu { $after } statt zu { $before }
change-cookie-purposes-changed = Das Cookie { $subject } dient jetzt: { $after }
change-cookie-provider-changed = Das Cookie { $subject } wird jetzt von { $after } statt von { $before } gesetzt
change-purpose-added = Neuer Zweck: { $subject }
change-purpose-removed = Zweck entfällt: { $subject }
change-legal-basis-changed = { $subject } beruht jetzt auf { $after } statt auf { $before }
change-recipient-added = Neuer Empfänger: { $subject }
change-recipient-removed = { $subject } erhält keine Daten mehr
change-country-changed = { $subject } verarbeitet Daten jetzt in { $after } statt in { $before }
change-transfer-changed = Übermittlungen an { $subject } stützen sich jetzt auf: { $after }
change-recipient-role-changed = Die Rolle von { $subject } hat sich geändert
change-data-added = Neue Kategorie personenbezogener Daten: { $subject }
change-data-removed = { $subject } werden nicht mehr verarbeitet
change-data-purposes-changed = { $subject } werden jetzt verwendet für: { $after }
change-data-recipients-changed = { $subject } gehen jetzt an: { $after }
change-sources-changed = { $subject } stammen jetzt aus anderen Quellen
change-retention-changed = Die Speicherdauer hat sich geändert: { $subject }
change-right-granted = Ihre Rechte umfassen jetzt: { $subject }
change-right-withdrawn = Nicht mehr unter Ihren Rechten aufgeführt: { $subject }
change-contact-changed = Kontaktdaten geändert: { $subject }
change-automated-decisions-changed = Unsere Angaben zu automatisierten Entscheidungen haben sich geändert
change-consent-mechanism-changed = Die Art, wie wir Ihre Einwilligung einholen, hat sich geändert
change-storage-changed = Der Speicherort der Daten hat sich geändert: { $subject }
change-section-added = Neuer Abschnitt: { $subject }
change-section-removed = Abschnitt entfernt: { $subject }
change-document-added = Neu veröffentlicht: { $subject }
change-document-removed = Nicht mehr veröffentlicht: { $subject }
change-locale-added = Jetzt auch veröffentlicht in: { $subject }
change-locale-removed = Nicht mehr veröffentlicht in: { $subject }
change-text-changed = Neu formuliert: { $subject } ({ $field }, { $locale })
