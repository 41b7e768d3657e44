# disclose — teksty polskie (przetłumaczone z en.ftl; brakujące komunikaty są wyświetlane po angielsku).
#
# Zmienne strony: $policy (nazwa polityki), $controller (administrator), $sites
# (serwisy), $effective (data wejścia w życie), $version, $authority (organ nadzorczy).
#
# Terminologia według polskiej wersji RODO (rozporządzenie (UE) 2016/679); cytowania
# w formie "art. 6 ust. 1 lit. a RODO". Forma grzecznościowa: "Państwo".

## Dokumenty

language-name = Polski

cookie-policy-title = Polityka plików cookie
privacy-policy-title = Polityka prywatności
document-subtitle = { $policy }
effective-date = Obowiązuje od: { $effective }
policy-version = Wersja { $version }
language-switcher = Inne języki
contents = Spis treści
generated-by = Wygenerowano przez disclose na podstawie katalogu { $controller }.
index-title = Opublikowane polityki
index-document = Dokument
index-language = Język
index-files = Pliki

## Polityka plików cookie

cookie-intro = Niniejsza polityka wyjaśnia, jakich plików cookie i podobnych technologii używa { $controller }, kto je zapisuje, w jakim celu i na jak długo oraz jak mogą Państwo nimi zarządzać.
cookie-intro-sites = Dotyczy ona: { $sites }.
what-are-cookies-heading = Czym są pliki cookie
what-are-cookies = Pliki cookie to niewielkie pliki tekstowe, które strona internetowa zapisuje w Państwa przeglądarce. Przy kolejnych wizytach są one odsyłane do strony, dzięki czemu może ona rozpoznać Państwa przeglądarkę. Podobne technologie, takie jak pamięć lokalna i piksele śledzące, działają w ten sam sposób i również są objęte niniejszą polityką.
session-vs-persistent = Sesyjne pliki cookie są usuwane po zamknięciu przeglądarki. Trwałe pliki cookie pozostają na Państwa urządzeniu do czasu ich wygaśnięcia lub usunięcia.

consent-heading = Państwa zgoda
consent-necessary = Pliki cookie niezbędne do działania strony są zapisywane bez Państwa zgody. Wszystkie pozostałe pliki cookie są zapisywane wyłącznie w sposób opisany poniżej.
consent-mechanism-opt-in-banner = Przed zapisaniem plików cookie, które nie są niezbędne, prosimy o Państwa zgodę. Przy pierwszej wizycie na stronie wybierają Państwo, które kategorie akceptują.
consent-mechanism-browser-settings = O tym, które pliki cookie mogą zostać zapisane, decydują ustawienia plików cookie w Państwa przeglądarce.
consent-mechanism-implied = Dalsze korzystanie ze strony traktujemy jako akceptację naszych plików cookie.
consent-mechanism-none = Nie prosimy o zgodę na zapisywanie plików cookie.
consent-notice = Treść naszej informacji o zgodzie:
consent-withdraw = Zgodę można w każdej chwili wycofać lub zmienić. Wycofanie zgody nie wpływa na zgodność z prawem korzystania z plików cookie przed jej wycofaniem.
consent-gpc = Respektujemy Global Privacy Control (GPC). Gdy Twoja przeglądarka wysyła ten sygnał, a Ty jeszcze nie dokonałeś wyboru, traktujemy go jako odmowę tych plików cookie: { $categories }, i nie zapisujemy żadnego z nich, chyba że sam zezwolisz na nie w ustawieniach plików cookie. Sygnał nie zmienia niezbędnych plików cookie ani pozostałych kategorii, o które nadal Cię pytamy.
consent-withdrawal-effect = W przypadku wycofania zgody:

cookies-heading = Pliki cookie, których używamy
cookies-none = Ta strona nie używa plików cookie.
cookie-table-caption = Pliki cookie zapisywane przez tę stronę
column-name = Nazwa
column-provider = Dostawca
column-role = Rola
column-purpose = Cel
column-category = Kategoria
column-duration = Okres ważności
column-party = Strona
column-description = Opis
party-first = Własne
party-third = Zewnętrzne
cookie-unnamed = nazwa nie została podana
cookie-example = Przykład: { $example }
cookie-retention = Zebrane informacje są przechowywane przez { $retention }.
cookie-retention-session = Zebrane informacje są przechowywane do końca sesji.
cookie-retention-not-stated = Nie podano, jak długo przechowywane są zebrane informacje.
cookie-pattern = Część w nawiasach ostrych jest zmienna.
provider-first-party = { $controller }

category-necessary = Niezbędne
category-preferences = Preferencje
category-analytics = Analityczne
category-marketing = Marketingowe
category-necessary-description = Potrzebne do działania strony, na przykład do utrzymania zalogowania. Nie można ich wyłączyć.
category-preferences-description = Zapamiętują Państwa wybory, takie jak język, aby korzystanie ze strony było wygodniejsze.
category-analytics-description = Liczą wizyty i mierzą sposób korzystania ze strony, aby można ją było ulepszać.
category-marketing-description = Śledzą Państwa aktywność, aby wyświetlać odpowiednie treści i reklamy lub mierzyć kampanie.

storage-cookie = Plik cookie
storage-local-storage = Pamięć lokalna
storage-session-storage = Pamięć sesji
storage-indexed-db = IndexedDB
storage-pixel = Piksel śledzący
storage-flash = Flash local shared object

duration-session = Sesja
duration-persistent = Trwały (okres nie został podany)
duration-not-stated = Nie podano
duration-year = { $plural ->
    [one] { $count } rok
    [few] { $count } lata
    [many] { $count } lat
   *[other] { $count } roku
}
duration-month = { $plural ->
    [one] { $count } miesiąc
    [few] { $count } miesiące
    [many] { $count } miesięcy
   *[other] { $count } miesiąca
}
duration-week = { $plural ->
    [one] { $count } tydzień
    [few] { $count } tygodnie
    [many] { $count } tygodni
   *[other] { $count } tygodnia
}
duration-day = { $plural ->
    [one] { $count } dzień
    [few] { $count } dni
    [many] { $count } dni
   *[other] { $count } dnia
}
duration-hour = { $plural ->
    [one] { $count } godzina
    [few] { $count } godziny
    [many] { $count } godzin
   *[other] { $count } godziny
}
duration-minute = { $plural ->
    [one] { $count } minuta
    [few] { $count } minuty
    [many] { $count } minut
   *[other] { $count } minuty
}
duration-second = { $plural ->
    [one] { $count } sekunda
    [few] { $count } sekundy
    [many] { $count } sekund
   *[other] { $count } sekundy
}

managing-heading = Zarządzanie plikami cookie
managing-browser = Pliki cookie można zablokować lub usunąć w ustawieniach przeglądarki. Każda przeglądarka robi to inaczej; jej strony pomocy wyjaśniają, jak to zrobić. Zablokowanie niezbędnych plików cookie może spowodować, że część strony przestanie działać.

## Odbiorcy i przekazywanie

third-parties-heading = Podmioty trzecie
recipients-heading = Kto otrzymuje Państwa dane
recipients-none = Nie udostępniamy danych osobowych innym organizacjom.
recipient-service-label = Usługa
recipient-country-label = Przetwarza dane w
recipient-transfer-label = Zabezpieczenie przekazania
recipient-own-purposes-label = Własne cele
recipient-own-purposes-yes = Może wykorzystywać dane również do własnych celów.
recipient-own-purposes-no = Nie może wykorzystywać danych do własnych celów.
recipient-privacy = Polityka prywatności: { $name }
role-processor = Podmiot przetwarzający działający w naszym imieniu
role-controller = Niezależny administrator
role-joint-controller = Współadministrator
role-recipients = Kategoria odbiorców

transfer-adequacy = Decyzja Komisji Europejskiej stwierdzająca odpowiedni stopień ochrony
transfer-scc = Standardowe klauzule ochrony danych (standardowe klauzule umowne)
transfer-bcr = Wiążące reguły korporacyjne
transfer-eu-us-dpf = Ramy ochrony danych UE–USA (Data Privacy Framework)
transfer-derogation = Wyjątek w szczególnych sytuacjach (art. 49 RODO)
transfer-privacy-shield = Tarcza Prywatności UE–USA (Privacy Shield)
transfer-safe-harbor = Zasady bezpiecznej przystani (Safe Harbor)
transfers-heading = Przekazywanie danych poza Europejski Obszar Gospodarczy

## Polityka prywatności

privacy-intro = Niniejsza polityka prywatności wyjaśnia, w jaki sposób { $controller } przetwarza Państwa dane osobowe, w jakich celach i na jakiej podstawie prawnej, kto je otrzymuje, jak długo są przechowywane oraz jakie prawa Państwu przysługują.
controller-heading = Kto odpowiada za dane
controller-intro = Administratorem Państwa danych osobowych jest:
controller-email = E-mail
controller-phone = Telefon
controller-website = Strona internetowa
controller-registration = Numer rejestrowy
controller-address = Adres
dpo-heading = Kontakt w sprawie ochrony danych
dpo-designated = Nasz inspektor ochrony danych:
dpo-contact = Nasza osoba kontaktowa w sprawie ochrony danych:

data-heading = Dane osobowe, które przetwarzamy
data-examples = Przykłady
data-sources = Skąd je pozyskujemy
data-purposes = Do czego je wykorzystujemy
data-recipients = Kto je otrzymuje
data-retention = Jak długo je przechowujemy
data-sensitive = Obejmuje to szczególne kategorie danych osobowych, które przetwarzamy wyłącznie wtedy, gdy zezwala na to prawo.
source-data-subject = od Państwa
source-cookies = za pomocą plików cookie w naszych serwisach
source-third-party = od podmiotów trzecich
source-public = z publicznie dostępnych źródeł

purposes-heading = Cele i podstawy prawne
column-legal-basis = Podstawa prawna
legal-basis-not-stated = Nie podano
legal-bases-general = Przetwarzamy dane na następujących podstawach prawnych:
legitimate-interest = Nasz prawnie uzasadniony interes: { $interest }
basis-consent = Zgoda (art. 6 ust. 1 lit. a RODO)
basis-contract = Wykonanie umowy (art. 6 ust. 1 lit. b RODO)
basis-legal-obligation = Obowiązek prawny (art. 6 ust. 1 lit. c RODO)
basis-vital-interests = Żywotne interesy (art. 6 ust. 1 lit. d RODO)
basis-public-task = Zadanie realizowane w interesie publicznym (art. 6 ust. 1 lit. e RODO)
basis-legitimate-interests = Prawnie uzasadnione interesy (art. 6 ust. 1 lit. f RODO)

storage-heading = Gdzie przechowujemy Państwa dane
retention-heading = Jak długo przechowujemy Państwa dane

rights-heading = Państwa prawa
rights-intro = Przysługują Państwu następujące prawa:
right-information = Prawo do informacji o przetwarzaniu Państwa danych osobowych.
right-access = Prawo dostępu do Państwa danych osobowych (art. 15 RODO).
right-rectification = Prawo do sprostowania nieprawidłowych danych osobowych (art. 16 RODO).
right-erasure = Prawo do usunięcia Państwa danych osobowych (art. 17 RODO).
right-restriction = Prawo do ograniczenia przetwarzania (art. 18 RODO).
right-portability = Prawo do przenoszenia danych (art. 20 RODO).
right-objection = Prawo do wniesienia sprzeciwu wobec przetwarzania (art. 21 RODO).
right-automated-decisions = Prawo do niepodlegania decyzji, która opiera się wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu (art. 22 RODO).
right-withdraw-consent = Prawo do cofnięcia zgody w dowolnym momencie bez wpływu na zgodność z prawem przetwarzania, którego dokonano przed jej cofnięciem (art. 7 ust. 3 RODO).
right-complaint = Prawo do wniesienia skargi do organu nadzorczego (art. 77 RODO).
rights-authority = Organ nadzorczy: { $authority }
rights-none = Niniejsza polityka nie określa, jakie prawa Państwu przysługują.

automated-heading = Zautomatyzowane podejmowanie decyzji
automated-yes = Podejmujemy decyzje, które opierają się wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu.
automated-no = Nie podejmujemy decyzji, które opierają się wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu.

cookies-see-cookie-policy = Sposób, w jaki używamy plików cookie, wyjaśnia nasza polityka plików cookie.
more-information-heading = Więcej informacji
contact-heading = Pytania
contact-intro = W razie pytań dotyczących niniejszej polityki prosimy o kontakt: { $controller }.

## Banery zgody

banner-title = Używamy plików cookie
banner-description = Używamy plików cookie niezbędnych do działania tej strony. Za Państwa zgodą używamy również innych plików cookie, opisanych w ustawieniach. Wybór można zmienić w każdej chwili.
banner-accept-all = Akceptuj wszystkie
banner-reject-all = Odrzuć wszystkie
banner-settings = Zarządzaj preferencjami
banner-save = Zapisz preferencje
banner-close = Zamknij
banner-preferences-title = Preferencje dotyczące plików cookie
banner-preferences-description = Proszę wybrać, na które kategorie plików cookie Państwo zezwalają. Niezbędne pliki cookie są zawsze włączone. Wybór można zmienić w każdej chwili.
banner-cookies = Pliki cookie: { $cookies }

## Zmiany niniejszej polityki

changes-title = Zmiany niniejszej polityki
changes-current = To jest wersja { $version }, obowiązująca od: { $effective }.
changes-current-date = Ta wersja obowiązuje od: { $effective }.
changes-release = Wersja { $version } z { $effective }
changes-editorial = Poprawiono sformułowania i tłumaczenia.
changes-none = W tej wersji nie odnotowano zmian.
changes-first = To pierwsza odnotowana wersja.
changes-consent = Ze względu na te zmiany ponownie poprosiliśmy o Państwa zgodę.
banner-revision = Ta polityka zmieniła się od Państwa ostatniego wyboru: { $changes }
banner-gpc = Twoja przeglądarka wysyła sygnał Global Privacy Control, więc odrzuciliśmy w Twoim imieniu te pliki cookie: { $categories }. Nadal możesz sam je zezwolić w ustawieniach.
banner-revision-unrecorded = Ta polityka zmieniła się od Państwa ostatniego wyboru.
change-nothing = brak
change-contact-controller = administrator
change-contact-dpo = inspektor ochrony danych
change-contact-supervisory_authority = organ nadzorczy
change-cookie-added = Nowy plik cookie { $subject } ({ $details })
change-cookie-removed = Plik cookie { $subject } nie jest już używany
change-cookie-renamed = Plik cookie { $before } nazywa się teraz { $after }
change-lifetime-longer = Okres ważności pliku cookie { $subject } wynosi teraz { $after } zamiast { $before }
change-lifetime-shorter = Okres ważności pliku cookie { $subject } wynosi teraz { $after } zamiast { $before }
change-category-changed = Plik cookie { $subject } przeniesiono z kategorii { $before } do { $after }
change-cookie-purposes-changed = Plik cookie { $subject } służy teraz celom: { $after }
change-cookie-provider-changed = Plik cookie { $subject } zapisuje teraz { $after } zamiast { $before }
change-purpose-added = Nowy cel: { $subject }
change-purpose-removed = Cel, który nie jest już realizowany: { $subject }
change-legal-basis-changed = { $subject }: podstawą prawną jest teraz { $after } zamiast { $before }
change-recipient-added = Nowy odbiorca: { $subject }
change-recipient-removed = { $subject } nie otrzymuje już danych
change-country-changed = { $subject } przetwarza teraz dane w: { $after } zamiast: { $before }
change-transfer-changed = Przekazywanie danych do { $subject } opiera się teraz na: { $after }
change-recipient-role-changed = Zmieniła się rola: { $subject }
change-data-added = Nowa kategoria danych osobowych: { $subject }
change-data-removed = Nie są już przetwarzane: { $subject }
change-data-purposes-changed = { $subject }: cel wykorzystania to teraz: { $after }
change-data-recipients-changed = { $subject }: odbiorcy to teraz: { $after }
change-sources-changed = { $subject }: dane pochodzą teraz z innych źródeł
change-retention-changed = Zmienił się okres przechowywania: { $subject }
change-right-granted = Państwa prawa obejmują teraz: { $subject }
change-right-withdrawn = Nie jest już wymienione wśród Państwa praw: { $subject }
change-contact-changed = Zmieniły się dane kontaktowe: { $subject }
change-automated-decisions-changed = Zmieniły się nasze informacje o zautomatyzowanych decyzjach
change-consent-mechanism-changed = Zmienił się sposób, w jaki prosimy o Państwa zgodę
change-storage-changed = Zmieniło się miejsce przechowywania danych: { $subject }
change-section-added = Nowa sekcja: { $subject }
change-section-removed = Usunięta sekcja: { $subject }
change-document-added = Nowo opublikowano: { $subject }
change-document-removed = Nie jest już publikowane: { $subject }
change-locale-added = Publikowane teraz także w języku: { $subject }
change-locale-removed = Nie jest już publikowane w języku: { $subject }
change-text-changed = Przeredagowano: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Austria
country-AU = Australia
country-BE = Belgia
country-BG = Bułgaria
country-CA = Kanada
country-CH = Szwajcaria
country-CN = Chiny
country-CY = Cypr
country-CZ = Czechy
country-DE = Niemcy
country-DK = Dania
country-EE = Estonia
country-ES = Hiszpania
country-FI = Finlandia
country-FR = Francja
country-GB = Wielka Brytania
country-GR = Grecja
country-HR = Chorwacja
country-HU = Węgry
country-IE = Irlandia
country-IL = Izrael
country-IN = Indie
country-IS = Islandia
country-IT = Włochy
country-JP = Japonia
country-KR = Korea Południowa
country-LI = Liechtenstein
country-LT = Litwa
country-LU = Luksemburg
country-LV = Łotwa
country-MT = Malta
country-NL = Holandia
country-NO = Norwegia
country-NZ = Nowa Zelandia
country-PL = Polska
country-PT = Portugalia
country-RO = Rumunia
country-SE = Szwecja
country-SG = Singapur
country-SI = Słowenia
country-SK = Słowacja
country-US = Stany Zjednoczone
country-UY = Urugwaj

## Consent as asked; lifetimes with an end or per region

consent-asked-categories = Wybierają Państwo, które kategorie tych plików cookie akceptują.
consent-asked-all-or-nothing = Akceptują lub odrzucają Państwo te pliki cookie wszystkie razem.
consent-asked-reject-first-layer = Pierwszy ekran naszego baneru pozwala odrzucić te pliki cookie równie łatwo, jak je zaakceptować.
consent-asked-reject-later = Aby odrzucić te pliki cookie, należy otworzyć ustawienia naszego baneru.
consent-asked-pre-ticked = Niektóre opcje w naszym banerze są zaznaczone z góry.
consent-asked-not-pre-ticked = Żadna opcja w naszym banerze nie jest zaznaczona z góry.
consent-asked-cookie-wall = Ze strony można korzystać dopiero po zaakceptowaniu tych plików cookie.
consent-asked-no-cookie-wall = Ze strony można korzystać niezależnie od tego, czy zaakceptują Państwo te pliki cookie.
duration-until = Do { $end }
duration-until-max = Do { $end }, najwyżej { $max }
duration-until-date = Do { $end }
duration-until-date-max = Do { $end }, najwyżej { $max }
duration-rolling = { $period } od ostatniej wizyty
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = gdzie indziej: { $duration }
region-eea = EOG
region-eu = UE
