# disclose — textos en español (traducidos de en.ftl; los mensajes que falten se muestran en inglés).
#
# Los mensajes que solo usan las variables de página indicadas abajo están disponibles en las
# plantillas como `t.<identificador con - sustituido por _>`. Variables de página:
#   $policy      el nombre de la política (policy)
#   $controller  el nombre del responsable del tratamiento (controller)
#   $sites       los sitios a los que se aplica la política, en forma de lista
#   $effective   la fecha de entrada en vigor, escrita completa
#   $version     la versión de la política
#   $authority   el nombre de la autoridad de control
#
# La terminología sigue la versión española del RGPD (Reglamento (UE) 2016/679).

## Documentos

# El nombre del idioma en el propio idioma, que se muestra en el selector de idioma.
language-name = Español

cookie-policy-title = Política de cookies
privacy-policy-title = Política de privacidad
document-subtitle = { $policy }
effective-date = Fecha de entrada en vigor: { $effective }
policy-version = Versión { $version }
language-switcher = Otros idiomas
contents = Índice
generated-by = Generado por disclose a partir del catálogo de { $controller }.
index-title = Políticas publicadas
index-document = Documento
index-language = Idioma
index-files = Archivos

## Política de cookies

cookie-intro = Esta política explica qué cookies y tecnologías similares utiliza { $controller }, quién las instala, con qué finalidad y durante cuánto tiempo, y cómo puede usted controlarlas.
cookie-intro-sites = Se aplica a { $sites }.
what-are-cookies-heading = ¿Qué son las cookies?
what-are-cookies = Las cookies son pequeños archivos de texto que un sitio web almacena en su navegador. En visitas posteriores se envían de nuevo al sitio web, para que este pueda reconocer su navegador. Las tecnologías similares, como el almacenamiento local y los píxeles de seguimiento, funcionan de la misma manera y también están cubiertas por esta política.
session-vs-persistent = Las cookies de sesión se eliminan cuando usted cierra el navegador. Las cookies persistentes permanecen en su dispositivo hasta que caducan o hasta que usted las elimina.

consent-heading = Su consentimiento
consent-necessary = Las cookies estrictamente necesarias para el funcionamiento del sitio web se instalan sin su consentimiento. Las demás cookies solo se instalan en los términos que se describen a continuación.
consent-mechanism-opt-in-banner = Le pedimos su consentimiento antes de instalar cookies que no sean estrictamente necesarias.
consent-asked-categories = Usted elige qué categorías de estas cookies acepta.
consent-asked-all-or-nothing = Usted acepta o rechaza estas cookies todas a la vez.
consent-asked-reject-first-layer = La primera pantalla de nuestro banner le permite rechazar estas cookies con la misma facilidad con que las acepta.
consent-asked-reject-later = Para rechazar estas cookies, abra la configuración de nuestro banner.
consent-asked-pre-ticked = Algunas opciones de nuestro banner están marcadas de antemano.
consent-asked-not-pre-ticked = Ninguna opción de nuestro banner está marcada de antemano.
consent-asked-cookie-wall = Solo puede usar el sitio web después de aceptar estas cookies.
consent-asked-no-cookie-wall = Puede usar el sitio web tanto si acepta estas cookies como si no.
consent-mechanism-browser-settings = Nos basamos en la configuración de cookies de su navegador para decidir qué cookies pueden instalarse.
consent-mechanism-implied = Consideramos que, si sigue utilizando el sitio web, acepta nuestras cookies.
consent-mechanism-none = No solicitamos consentimiento para instalar cookies.
consent-notice = Nuestro aviso de consentimiento dice lo siguiente:
consent-withdraw = Puede retirar o modificar su consentimiento en cualquier momento. La retirada del consentimiento no afecta a la licitud del uso de cookies anterior a ella.
consent-gpc = Respetamos Global Privacy Control (GPC). Cuando su navegador envía esta señal y usted aún no ha elegido, la tratamos como un rechazo de estas cookies: { $categories }, y no instalamos ninguna salvo que usted las permita en la configuración de cookies. La señal no cambia las cookies estrictamente necesarias ni las demás categorías, sobre las que seguimos preguntándole.
consent-withdrawal-effect = Si retira su consentimiento:

cookies-heading = Cookies que utilizamos
cookies-none = Este sitio web no utiliza cookies.
cookie-table-caption = Cookies instaladas en este sitio web
column-name = Nombre
column-provider = Proveedor
column-role = Función
column-purpose = Finalidad
column-category = Categoría
column-duration = Duración
column-party = Tipo
column-description = Descripción
party-first = Propia
party-third = De terceros
cookie-unnamed = nombre no indicado
cookie-example = Ejemplo: { $example }
cookie-retention = La información recogida se conserva durante { $retention }.
cookie-retention-session = La información recogida se conserva hasta el final de la sesión.
cookie-retention-not-stated = No se indica durante cuánto tiempo se conserva la información recogida.
cookie-pattern = La parte entre corchetes angulares es variable.
provider-first-party = { $controller }

category-necessary = Estrictamente necesarias
category-preferences = Preferencias
category-analytics = Análisis
category-marketing = Publicidad
category-necessary-description = Son necesarias para que el sitio web funcione, por ejemplo, para mantener abierta su sesión. No se pueden desactivar.
category-preferences-description = Recuerdan sus elecciones, como el idioma, para que el sitio web le resulte más cómodo.
category-analytics-description = Cuentan las visitas y miden cómo se utiliza el sitio web, para que podamos mejorarlo.
category-marketing-description = Siguen su actividad para mostrarle contenidos y publicidad relevantes, o para medir campañas.

storage-cookie = Cookie
storage-local-storage = Almacenamiento local
storage-session-storage = Almacenamiento de sesión
storage-indexed-db = IndexedDB
storage-pixel = Píxel de seguimiento
storage-flash = Objeto compartido local de Flash

duration-session = Sesión
duration-persistent = Persistente (plazo no indicado)
duration-not-stated = No indicada
duration-until = Hasta que { $end }
duration-until-max = Hasta que { $end }, como máximo { $max }
duration-until-date = Hasta el { $end }
duration-until-date-max = Hasta el { $end }, como máximo { $max }
duration-rolling = { $period } desde su última visita
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = en otros lugares: { $duration }
region-eea = EEE
region-eu = UE
duration-year = { $plural ->
    [one] { $count } año
   *[other] { $count } años
}
duration-month = { $plural ->
    [one] { $count } mes
   *[other] { $count } meses
}
duration-week = { $plural ->
    [one] { $count } semana
   *[other] { $count } semanas
}
duration-day = { $plural ->
    [one] { $count } día
   *[other] { $count } días
}
duration-hour = { $plural ->
    [one] { $count } hora
   *[other] { $count } horas
}
duration-minute = { $plural ->
    [one] { $count } minuto
   *[other] { $count } minutos
}
duration-second = { $plural ->
    [one] { $count } segundo
   *[other] { $count } segundos
}

managing-heading = Cómo gestionar las cookies
managing-browser = Puede bloquear o eliminar las cookies en la configuración de su navegador. Cada navegador lo hace de forma distinta; sus páginas de ayuda explican cómo. Si bloquea las cookies estrictamente necesarias, es posible que algunas partes del sitio web dejen de funcionar.

## Destinatarios y transferencias

third-parties-heading = Terceros
recipients-heading = Destinatarios de sus datos
recipients-none = No comunicamos datos personales a otras organizaciones.
recipient-service-label = Servicio
recipient-country-label = País donde se tratan los datos
recipient-transfer-label = Garantía para la transferencia
recipient-own-purposes-label = Fines propios
recipient-own-purposes-yes = Puede utilizar también los datos para sus propios fines.
recipient-own-purposes-no = No puede utilizar los datos para sus propios fines.
recipient-privacy = Política de privacidad de { $name }
role-processor = Encargado del tratamiento que actúa por cuenta nuestra
role-controller = Responsable del tratamiento independiente
role-joint-controller = Corresponsable del tratamiento
role-recipients = Categoría de destinatarios

transfer-adequacy = Decisión de adecuación de la Comisión Europea
transfer-scc = Cláusulas contractuales tipo
transfer-bcr = Normas corporativas vinculantes
transfer-eu-us-dpf = Marco de Privacidad de Datos UE-EE. UU.
transfer-derogation = Excepción para situaciones específicas (artículo 49 del RGPD)
transfer-privacy-shield = Escudo de la privacidad UE-EE. UU.
transfer-safe-harbor = Principios de puerto seguro
transfers-heading = Transferencias fuera del Espacio Económico Europeo

## Política de privacidad

privacy-intro = Esta política de privacidad explica cómo trata { $controller } sus datos personales, con qué fines y sobre qué base jurídica, quién los recibe, durante cuánto tiempo se conservan y qué derechos tiene usted.
controller-heading = Responsable del tratamiento
controller-intro = El responsable del tratamiento de sus datos personales es:
controller-email = Correo electrónico
controller-phone = Teléfono
controller-website = Sitio web
controller-registration = Número de registro
controller-address = Dirección
dpo-heading = Contacto para la protección de datos
dpo-designated = Nuestro delegado de protección de datos:
dpo-contact = Nuestro contacto para la protección de datos:

data-heading = Datos personales que tratamos
data-examples = Ejemplos
data-sources = Procedencia
data-purposes = Finalidades
data-recipients = Destinatarios
data-retention = Plazo de conservación
data-sensitive = Se incluyen categorías especiales de datos personales, que solo tratamos cuando la ley lo permite.
source-data-subject = de usted
source-cookies = mediante cookies en nuestros sitios web
source-third-party = de terceros
source-public = de fuentes de acceso público

purposes-heading = Finalidades y bases jurídicas
column-legal-basis = Base jurídica
legal-basis-not-stated = No indicada
legal-bases-general = Nos basamos en las siguientes bases jurídicas:
legitimate-interest = Nuestro interés legítimo: { $interest }
basis-consent = Consentimiento (artículo 6, apartado 1, letra a), del RGPD)
basis-contract = Ejecución de un contrato (artículo 6, apartado 1, letra b), del RGPD)
basis-legal-obligation = Cumplimiento de una obligación legal (artículo 6, apartado 1, letra c), del RGPD)
basis-vital-interests = Protección de intereses vitales (artículo 6, apartado 1, letra d), del RGPD)
basis-public-task = Misión realizada en interés público (artículo 6, apartado 1, letra e), del RGPD)
basis-legitimate-interests = Intereses legítimos (artículo 6, apartado 1, letra f), del RGPD)

storage-heading = Dónde se almacenan sus datos
retention-heading = Cuánto tiempo conservamos sus datos

rights-heading = Sus derechos
rights-intro = Usted tiene los siguientes derechos:
right-information = El derecho a recibir información sobre el tratamiento de sus datos personales.
right-access = El derecho de acceso a sus datos personales (artículo 15 del RGPD).
right-rectification = El derecho de rectificación de los datos personales inexactos (artículo 16 del RGPD).
right-erasure = El derecho de supresión de sus datos personales (artículo 17 del RGPD).
right-restriction = El derecho a la limitación del tratamiento (artículo 18 del RGPD).
right-portability = El derecho a la portabilidad de los datos (artículo 20 del RGPD).
right-objection = El derecho de oposición al tratamiento (artículo 21 del RGPD).
right-automated-decisions = El derecho a no ser objeto de una decisión basada únicamente en el tratamiento automatizado, incluida la elaboración de perfiles (artículo 22 del RGPD).
right-withdraw-consent = El derecho a retirar su consentimiento en cualquier momento, sin que ello afecte a la licitud del tratamiento anterior a la retirada (artículo 7, apartado 3, del RGPD).
right-complaint = El derecho a presentar una reclamación ante una autoridad de control (artículo 77 del RGPD).
rights-authority = Autoridad de control: { $authority }
rights-none = Esta política no indica qué derechos tiene usted.

automated-heading = Decisiones automatizadas
automated-yes = Tomamos decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles.
automated-no = No tomamos decisiones basadas únicamente en el tratamiento automatizado, incluida la elaboración de perfiles.

cookies-see-cookie-policy = En nuestra política de cookies explicamos cómo utilizamos las cookies.
more-information-heading = Más información
contact-heading = Preguntas
contact-intro = Si tiene alguna pregunta sobre esta política, póngase en contacto con { $controller }.

## Países (ISO 3166-1)

country-AT = Austria
country-AU = Australia
country-BE = Bélgica
country-BG = Bulgaria
country-CA = Canadá
country-CH = Suiza
country-CN = China
country-CY = Chipre
country-CZ = Chequia
country-DE = Alemania
country-DK = Dinamarca
country-EE = Estonia
country-ES = España
country-FI = Finlandia
country-FR = Francia
country-GB = Reino Unido
country-GR = Grecia
country-HR = Croacia
country-HU = Hungría
country-IE = Irlanda
country-IL = Israel
country-IN = India
country-IS = Islandia
country-IT = Italia
country-JP = Japón
country-KR = Corea del Sur
country-LI = Liechtenstein
country-LT = Lituania
country-LU = Luxemburgo
country-LV = Letonia
country-MT = Malta
country-NL = Países Bajos
country-NO = Noruega
country-NZ = Nueva Zelanda
country-PL = Polonia
country-PT = Portugal
country-RO = Rumanía
country-SE = Suecia
country-SG = Singapur
country-SI = Eslovenia
country-SK = Eslovaquia
country-US = Estados Unidos
country-UY = Uruguay

## Banners de consentimiento (out/<policy>/exports/, docs/exports.md)
banner-title = Utilizamos cookies
banner-description = Utilizamos cookies estrictamente necesarias para el funcionamiento de este sitio web. Con su consentimiento, también utilizamos otras cookies, descritas en la configuración. Puede cambiar su elección en cualquier momento.
banner-accept-all = Aceptar todas
banner-reject-all = Rechazar todas
banner-settings = Gestionar preferencias
banner-save = Guardar preferencias
banner-close = Cerrar
banner-preferences-title = Preferencias de cookies
banner-preferences-description = Elija qué categorías de cookies permite. Las cookies estrictamente necesarias están siempre activas. Puede cambiar su elección en cualquier momento.
banner-cookies = Cookies: { $cookies }

## Changes to this policy: the pages' section, `disclose diff` and the banners' revision notice
changes-title = Cambios en esta política
changes-current = Esta es la versión { $version }, vigente desde el { $effective }.
changes-current-date = Esta versión está vigente desde el { $effective }.
changes-release = Versión { $version } del { $effective }
changes-editorial = Se mejoraron la redacción y las traducciones.
changes-none = No se registraron cambios para esta versión.
changes-first = Es la primera versión registrada.
changes-consent = Debido a estos cambios, le volvimos a pedir su consentimiento.
banner-revision = Esta política ha cambiado desde su última elección: { $changes }
banner-revision-unrecorded = Esta política ha cambiado desde su última elección.
banner-gpc = Su navegador envía una señal Global Privacy Control; por eso hemos rechazado estas cookies por usted: { $categories }. Puede permitirlas usted mismo en la configuración.
change-nothing = ninguno
change-contact-controller = el responsable del tratamiento
change-contact-dpo = el delegado de protección de datos
change-contact-supervisory_authority = la autoridad de control
change-cookie-added = Nueva cookie { $subject } ({ $details })
change-cookie-removed = La cookie { $subject } ya no se utiliza
change-cookie-renamed = La cookie { $before } ahora se llama { $after }
change-lifetime-longer = La cookie { $subject } dura ahora { $after } en lugar de { $before }
change-lifetime-shorter = La cookie { $subject } dura ahora { $after } en lugar de { $before }
change-category-changed = La cookie { $subject } pasa de { $before } a { $after }
change-cookie-purposes-changed = La cookie { $subject } sirve ahora para: { $after }
change-cookie-provider-changed = La cookie { $subject } la instala ahora { $after } en lugar de { $before }
change-purpose-added = Nueva finalidad: { $subject }
change-purpose-removed = Finalidad suprimida: { $subject }
change-legal-basis-changed = { $subject } se basa ahora en { $after } en lugar de { $before }
change-recipient-added = Nuevo destinatario: { $subject }
change-recipient-removed = { $subject } ya no recibe datos
change-country-changed = { $subject } trata ahora los datos en { $after } en lugar de { $before }
change-transfer-changed = Las transferencias a { $subject } se basan ahora en: { $after }
change-recipient-role-changed = El papel de { $subject } ha cambiado
change-data-added = Nueva categoría de datos personales: { $subject }
change-data-removed = { $subject } ya no se tratan
change-data-purposes-changed = { $subject } se utilizan ahora para: { $after }
change-data-recipients-changed = { $subject } se comunican ahora a: { $after }
change-sources-changed = { $subject } proceden ahora de otras fuentes
change-retention-changed = El plazo de conservación ha cambiado: { $subject }
change-right-granted = Sus derechos incluyen ahora: { $subject }
change-right-withdrawn = Ya no figura entre sus derechos: { $subject }
change-contact-changed = Datos de contacto modificados: { $subject }
change-automated-decisions-changed = Lo que decimos sobre las decisiones automatizadas ha cambiado
change-consent-mechanism-changed = La forma en que pedimos su consentimiento ha cambiado
change-storage-changed = El lugar donde se guardan los datos ha cambiado: { $subject }
change-section-added = Nueva sección: { $subject }
change-section-removed = Sección suprimida: { $subject }
change-document-added = Publicado por primera vez: { $subject }
change-document-removed = Ya no se publica: { $subject }
change-locale-added = Ahora también publicado en: { $subject }
change-locale-removed = Ya no se publica en: { $subject }
change-text-changed = Redactado de nuevo: { $subject } ({ $field }, { $locale })
