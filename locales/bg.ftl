# disclose — текстове на български език (преведени от en.ftl; липсващите съобщения се показват на английски).
#
# Променливи на страницата: $policy (наименование на политиката), $controller
# (администратор), $sites (уебсайтове), $effective (дата на влизане в сила), $version,
# $authority (надзорен орган).
#
# Терминологията следва българския текст на Общия регламент относно защитата на
# данните (Регламент (ЕС) 2016/679, ОРЗД); позоваване във вида "чл. 6, пар. 1, буква
# „а“ от ОРЗД". Обръщение: учтивата форма "Вие".

## Документи

language-name = Български

cookie-policy-title = Политика за бисквитките
privacy-policy-title = Политика за поверителност
document-subtitle = { $policy }
effective-date = В сила от: { $effective }
policy-version = Версия { $version }
language-switcher = Други езици
contents = Съдържание
generated-by = Създадено с disclose от каталога на { $controller }.
index-title = Публикувани политики
index-document = Документ
index-language = Език
index-files = Файлове

## Политика за бисквитките

cookie-intro = Тази политика обяснява какви бисквитки и подобни технологии използва { $controller }, кой ги поставя, защо и за колко време, както и как можете сами да ги управлявате.
cookie-intro-sites = Тя се отнася за: { $sites }.
what-are-cookies-heading = Какво са бисквитките
what-are-cookies = Бисквитките са малки текстови файлове, които уебсайтът съхранява във Вашия браузър. При следващи посещения те се изпращат обратно към уебсайта, за да може той да разпознае браузъра Ви. Подобни технологии, като локалното хранилище и проследяващите пиксели, работят по същия начин и също са обхванати от тази политика.
session-vs-persistent = Сесийните бисквитки се изтриват, когато затворите браузъра. Постоянните бисквитки остават на устройството Ви, докато не изтекат или докато не ги изтриете.

consent-heading = Вашето съгласие
consent-necessary = Бисквитките, които са строго необходими за работата на уебсайта, се поставят без Вашето съгласие. Всички други бисквитки се поставят само по начина, описан по-долу.
consent-mechanism-opt-in-banner = Преди да поставим бисквитки, които не са строго необходими, искаме Вашето съгласие. При първото си посещение на уебсайта избирате кои категории приемате.
consent-mechanism-browser-settings = Кои бисквитки могат да бъдат поставени, се определя от настройките за бисквитки на Вашия браузър.
consent-mechanism-implied = Приемаме продължаващото използване на уебсайта като съгласие с нашите бисквитки.
consent-mechanism-none = Не искаме съгласие за поставянето на бисквитки.
consent-notice = Нашето известие за съгласие гласи:
consent-withdraw = Можете да оттеглите или промените съгласието си по всяко време. Оттеглянето не засяга законосъобразността на използването на бисквитки преди него.
consent-gpc = Ние спазваме Global Privacy Control (GPC). Когато браузърът ви изпраща този сигнал и все още не сте направили избор, го приемаме като отказ от тези бисквитки: { $categories }, и не поставяме нито една от тях, освен ако сами не ги разрешите в настройките за бисквитки. Сигналът не променя строго необходимите бисквитки, нито другите категории, за които продължаваме да ви питаме.
consent-withdrawal-effect = Ако оттеглите съгласието си:

cookies-heading = Бисквитки, които използваме
cookies-none = Този уебсайт не използва бисквитки.
cookie-table-caption = Бисквитки, поставяни на този уебсайт
column-name = Наименование
column-provider = Доставчик
column-role = Роля
column-purpose = Цел
column-category = Категория
column-duration = Срок на валидност
column-party = Страна
column-description = Описание
party-first = Собствена
party-third = На трета страна
cookie-unnamed = наименованието не е посочено
cookie-example = Пример: { $example }
cookie-retention = Събраната информация се съхранява за { $retention }.
cookie-retention-session = Събраната информация се съхранява до края на сесията.
cookie-retention-not-stated = Не е посочено колко дълго се съхранява събраната информация.
cookie-pattern = Частта в ъгловите скоби е променлива.
provider-first-party = { $controller }

category-necessary = Строго необходими
category-preferences = Предпочитания
category-analytics = Анализ
category-marketing = Маркетинг
category-necessary-description = Необходими за работата на уебсайта, например за да останете влезли в профила си. Не могат да бъдат изключени.
category-preferences-description = Запомнят Вашия избор, например езика, за да е по-удобно използването на уебсайта.
category-analytics-description = Отчитат посещенията и измерват как се използва уебсайтът, за да може той да бъде подобрен.
category-marketing-description = Проследяват дейността Ви, за да показват подходящо съдържание и реклами или да измерват кампании.

storage-cookie = Бисквитка
storage-local-storage = Локално хранилище
storage-session-storage = Сесийно хранилище
storage-indexed-db = IndexedDB
storage-pixel = Проследяващ пиксел
storage-flash = Flash local shared object

duration-session = Сесия
duration-persistent = Постоянна (срокът не е посочен)
duration-not-stated = Не е посочено
duration-year = { $plural ->
    [one] { $count } година
   *[other] { $count } години
}
duration-month = { $plural ->
    [one] { $count } месец
   *[other] { $count } месеца
}
duration-week = { $plural ->
    [one] { $count } седмица
   *[other] { $count } седмици
}
duration-day = { $plural ->
    [one] { $count } ден
   *[other] { $count } дни
}
duration-hour = { $plural ->
    [one] { $count } час
   *[other] { $count } часа
}
duration-minute = { $plural ->
    [one] { $count } минута
   *[other] { $count } минути
}
duration-second = { $plural ->
    [one] { $count } секунда
   *[other] { $count } секунди
}

managing-heading = Управление на бисквитките
managing-browser = Можете да блокирате или изтриете бисквитките в настройките на браузъра си. Всеки браузър прави това по различен начин; страниците му за помощ обясняват как. Ако блокирате строго необходимите бисквитки, части от уебсайта може да не работят.

## Получатели и предаване

third-parties-heading = Трети страни
recipients-heading = Кой получава Вашите данни
recipients-none = Не разкриваме лични данни на други организации.
recipient-service-label = Услуга
recipient-country-label = Обработва данни в
recipient-transfer-label = Гаранция за предаването
recipient-own-purposes-label = Собствени цели
recipient-own-purposes-yes = Може да използва данните и за собствени цели.
recipient-own-purposes-no = Не може да използва данните за собствени цели.
recipient-privacy = Политика за поверителност на { $name }
role-processor = Обработващ лични данни, който действа от наше име
role-controller = Самостоятелен администратор
role-joint-controller = Съвместен администратор
role-recipients = Категория получатели

transfer-adequacy = Решение на Европейската комисия относно адекватното ниво на защита
transfer-scc = Стандартни клаузи за защита на данните (стандартни договорни клаузи)
transfer-bcr = Задължителни фирмени правила
transfer-eu-us-dpf = Рамка за защита на данните между ЕС и САЩ (Data Privacy Framework)
transfer-derogation = Дерогация в особени случаи (чл. 49 от ОРЗД)
transfer-privacy-shield = Щит за личните данни ЕС—САЩ (Privacy Shield)
transfer-safe-harbor = Принципи на „сигурното пристанище“ (Safe Harbor)
transfers-heading = Предаване извън Европейското икономическо пространство

## Политика за поверителност

privacy-intro = Тази политика за поверителност обяснява как { $controller } обработва Вашите лични данни, за какви цели и на какво правно основание, кой ги получава, колко дълго се съхраняват и какви права имате.
controller-heading = Кой отговаря
controller-intro = Администратор на Вашите лични данни е:
controller-email = Имейл
controller-phone = Телефон
controller-website = Уебсайт
controller-registration = Регистрационен номер
controller-address = Адрес
dpo-heading = Контакт по въпросите на защитата на данните
dpo-designated = Нашето длъжностно лице по защита на данните:
dpo-contact = Нашето лице за контакт по въпросите на защитата на данните:

data-heading = Лични данни, които обработваме
data-examples = Примери
data-sources = Откъде ги получаваме
data-purposes = За какво ги използваме
data-recipients = Кой ги получава
data-retention = Колко дълго ги съхраняваме
data-sensitive = Те включват специални категории лични данни, които обработваме само когато законът позволява това.
source-data-subject = от Вас
source-cookies = чрез бисквитки на нашите уебсайтове
source-third-party = от трети страни
source-public = от публично достъпни източници

purposes-heading = Цели и правни основания
column-legal-basis = Правно основание
legal-basis-not-stated = Не е посочено
legal-bases-general = Обработваме данни на следните правни основания:
legitimate-interest = Нашият законен интерес: { $interest }
basis-consent = Съгласие (чл. 6, пар. 1, буква „а“ от ОРЗД)
basis-contract = Изпълнение на договор (чл. 6, пар. 1, буква „б“ от ОРЗД)
basis-legal-obligation = Законово задължение (чл. 6, пар. 1, буква „в“ от ОРЗД)
basis-vital-interests = Жизненоважни интереси (чл. 6, пар. 1, буква „г“ от ОРЗД)
basis-public-task = Задача от обществен интерес (чл. 6, пар. 1, буква „д“ от ОРЗД)
basis-legitimate-interests = Законни интереси (чл. 6, пар. 1, буква „е“ от ОРЗД)

storage-heading = Къде се съхраняват Вашите данни
retention-heading = Колко дълго съхраняваме Вашите данни

rights-heading = Вашите права
rights-intro = Имате следните права:
right-information = Право на информация относно обработването на Вашите лични данни.
right-access = Право на достъп до Вашите лични данни (чл. 15 от ОРЗД).
right-rectification = Право на коригиране на неточни лични данни (чл. 16 от ОРЗД).
right-erasure = Право на изтриване на Вашите лични данни (чл. 17 от ОРЗД).
right-restriction = Право на ограничаване на обработването (чл. 18 от ОРЗД).
right-portability = Право на преносимост на данните (чл. 20 от ОРЗД).
right-objection = Право на възражение срещу обработването (чл. 21 от ОРЗД).
right-automated-decisions = Право да не бъдете обект на решение, основаващо се единствено на автоматизирано обработване, включително профилиране (чл. 22 от ОРЗД).
right-withdraw-consent = Право да оттеглите съгласието си по всяко време, без това да засяга законосъобразността на обработването преди оттеглянето (чл. 7, пар. 3 от ОРЗД).
right-complaint = Право на жалба до надзорен орган (чл. 77 от ОРЗД).
rights-authority = Надзорен орган: { $authority }
rights-none = Тази политика не посочва какви права имате.

automated-heading = Автоматизирано вземане на решения
automated-yes = Вземаме решения, основаващи се единствено на автоматизирано обработване, включително профилиране.
automated-no = Не вземаме решения, основаващи се единствено на автоматизирано обработване, включително профилиране.

cookies-see-cookie-policy = Как използваме бисквитки, е обяснено в нашата политика за бисквитките.
more-information-heading = Допълнителна информация
contact-heading = Въпроси
contact-intro = Ако имате въпроси относно тази политика, моля, свържете се с { $controller }.

## Банери за съгласие

banner-title = Използваме бисквитки
banner-description = Използваме бисквитки, които са строго необходими за работата на този уебсайт. С Вашето съгласие използваме и други бисквитки, описани в настройките. Можете да промените избора си по всяко време.
banner-accept-all = Приемане на всички
banner-reject-all = Отхвърляне на всички
banner-settings = Управление на предпочитанията
banner-save = Запазване на предпочитанията
banner-close = Затваряне
banner-preferences-title = Предпочитания за бисквитки
banner-preferences-description = Изберете кои категории бисквитки разрешавате. Строго необходимите бисквитки са винаги включени. Можете да промените избора си по всяко време.
banner-cookies = Бисквитки: { $cookies }

## Промени в тази политика

changes-title = Промени в тази политика
changes-current = Това е версия { $version }, в сила от: { $effective }.
changes-current-date = Тази версия е в сила от: { $effective }.
changes-release = Версия { $version } от { $effective }
changes-editorial = Подобрени са формулировките и преводите.
changes-none = За тази версия не са отбелязани промени.
changes-first = Това е първата регистрирана версия.
changes-consent = Поради тези промени поискахме отново Вашето съгласие.
banner-revision = Тази политика е променена след последния Ви избор: { $changes }
banner-gpc = Браузърът ви изпраща сигнал Global Privacy Control, затова отказахме вместо вас тези бисквитки: { $categories }. Можете сами да ги разрешите в настройките.
banner-revision-unrecorded = Тази политика е променена след последния Ви избор.
change-nothing = няма
change-contact-controller = администраторът
change-contact-dpo = длъжностното лице по защита на данните
change-contact-supervisory_authority = надзорният орган
change-cookie-added = Нова бисквитка { $subject } ({ $details })
change-cookie-removed = Бисквитката { $subject } вече не се използва
change-cookie-renamed = Бисквитката { $before } вече се нарича { $after }
change-lifetime-longer = Срокът на валидност на бисквитката { $subject } вече е { $after } вместо { $before }
change-lifetime-shorter = Срокът на валидност на бисквитката { $subject } вече е { $after } вместо { $before }
change-category-changed = Бисквитката { $subject } е преместена от категория { $before } в { $after }
change-cookie-purposes-changed = Бисквитката { $subject } вече служи за: { $after }
change-cookie-provider-changed = Бисквитката { $subject } вече се поставя от { $after } вместо от { $before }
change-purpose-added = Нова цел: { $subject }
change-purpose-removed = Цел, която вече не се преследва: { $subject }
change-legal-basis-changed = { $subject }: правното основание вече е { $after } вместо { $before }
change-recipient-added = Нов получател: { $subject }
change-recipient-removed = { $subject } вече не получава данни
change-country-changed = { $subject } вече обработва данни в { $after } вместо в { $before }
change-transfer-changed = Предаването към { $subject } вече се основава на: { $after }
change-recipient-role-changed = Ролята на { $subject } е променена
change-data-added = Нова категория лични данни: { $subject }
change-data-removed = Вече не се обработват: { $subject }
change-data-purposes-changed = { $subject }: вече се използват за: { $after }
change-data-recipients-changed = { $subject }: получатели вече са: { $after }
change-sources-changed = { $subject }: вече идват от други източници
change-retention-changed = Срокът на съхранение е променен: { $subject }
change-right-granted = Вашите права вече включват: { $subject }
change-right-withdrawn = Вече не е посочено сред Вашите права: { $subject }
change-contact-changed = Данните за контакт са променени: { $subject }
change-automated-decisions-changed = Информацията ни за автоматизираните решения е променена
change-consent-mechanism-changed = Начинът, по който искаме Вашето съгласие, е променен
change-storage-changed = Мястото на съхранение на данните е променено: { $subject }
change-section-added = Нов раздел: { $subject }
change-section-removed = Премахнат раздел: { $subject }
change-document-added = Новопубликувано: { $subject }
change-document-removed = Вече не се публикува: { $subject }
change-locale-added = Вече се публикува и на: { $subject }
change-locale-removed = Вече не се публикува на: { $subject }
change-text-changed = Преформулирано: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Австрия
country-AU = Австралия
country-BE = Белгия
country-BG = България
country-CA = Канада
country-CH = Швейцария
country-CN = Китай
country-CY = Кипър
country-CZ = Чехия
country-DE = Германия
country-DK = Дания
country-EE = Естония
country-ES = Испания
country-FI = Финландия
country-FR = Франция
country-GB = Обединеното кралство
country-GR = Гърция
country-HR = Хърватия
country-HU = Унгария
country-IE = Ирландия
country-IL = Израел
country-IN = Индия
country-IS = Исландия
country-IT = Италия
country-JP = Япония
country-KR = Южна Корея
country-LI = Лихтенщайн
country-LT = Литва
country-LU = Люксембург
country-LV = Латвия
country-MT = Малта
country-NL = Нидерландия
country-NO = Норвегия
country-NZ = Нова Зеландия
country-PL = Полша
country-PT = Португалия
country-RO = Румъния
country-SE = Швеция
country-SG = Сингапур
country-SI = Словения
country-SK = Словакия
country-US = Съединени щати
country-UY = Уругвай

## Consent as asked; lifetimes with an end or per region

consent-asked-categories = Вие избирате кои категории от тези бисквитки приемате.
consent-asked-all-or-nothing = Приемате или отказвате тези бисквитки всички заедно.
consent-asked-reject-first-layer = Първият екран на нашия банер Ви позволява да откажете тези бисквитки толкова лесно, колкото да ги приемете.
consent-asked-reject-later = За да откажете тези бисквитки, отворете настройките на нашия банер.
consent-asked-pre-ticked = Някои опции в нашия банер са предварително отметнати.
consent-asked-not-pre-ticked = Нито една опция в нашия банер не е предварително отметната.
consent-asked-cookie-wall = Можете да използвате уебсайта само след като приемете тези бисквитки.
consent-asked-no-cookie-wall = Можете да използвате уебсайта независимо дали приемате тези бисквитки.
duration-until = До { $end }
duration-until-max = До { $end }, най-много { $max }
duration-until-date = До { $end }
duration-until-date-max = До { $end }, най-много { $max }
duration-rolling = { $period } от последното Ви посещение
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = другаде: { $duration }
region-eea = ЕИП
region-eu = ЕС
