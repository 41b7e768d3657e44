# disclose — ελληνικά κείμενα (μεταφρασμένα από το en.ftl· τα μηνύματα που λείπουν εμφανίζονται στα αγγλικά).
#
# Μεταβλητές σελίδας: $policy (τίτλος της πολιτικής), $controller (υπεύθυνος
# επεξεργασίας), $sites (ιστότοποι), $effective (ημερομηνία έναρξης ισχύος),
# $version, $authority (εποπτική αρχή).
#
# Η ορολογία ακολουθεί το ελληνικό κείμενο του Γενικού Κανονισμού για την Προστασία
# Δεδομένων (Κανονισμός (ΕΕ) 2016/679, ΓΚΠΔ)· παραπομπές στη μορφή "άρθρο 6 παρ. 1
# στοιχ. α΄ ΓΚΠΔ". Προσφώνηση: ευγενικός πληθυντικός.

## Έγγραφα

language-name = Ελληνικά

cookie-policy-title = Πολιτική cookies
privacy-policy-title = Πολιτική απορρήτου
document-subtitle = { $policy }
effective-date = Ισχύει από: { $effective }
policy-version = Έκδοση { $version }
language-switcher = Άλλες γλώσσες
contents = Περιεχόμενα
generated-by = Δημιουργήθηκε με το disclose από τον κατάλογο του υπευθύνου επεξεργασίας { $controller }.
index-title = Δημοσιευμένες πολιτικές
index-document = Έγγραφο
index-language = Γλώσσα
index-files = Αρχεία

## Πολιτική cookies

cookie-intro = Η παρούσα πολιτική εξηγεί ποια cookies και παρόμοιες τεχνολογίες χρησιμοποιεί ο υπεύθυνος επεξεργασίας { $controller }, ποιος τα τοποθετεί, για ποιο λόγο και για πόσο χρόνο, καθώς και πώς μπορείτε να τα διαχειριστείτε.
cookie-intro-sites = Ισχύει για: { $sites }.
what-are-cookies-heading = Τι είναι τα cookies
what-are-cookies = Τα cookies είναι μικρά αρχεία κειμένου που αποθηκεύει ένας ιστότοπος στο πρόγραμμα περιήγησής σας. Αποστέλλονται πίσω στον ιστότοπο σε επόμενες επισκέψεις, ώστε να μπορεί να αναγνωρίσει το πρόγραμμα περιήγησής σας. Παρόμοιες τεχνολογίες, όπως η τοπική αποθήκευση και τα pixel παρακολούθησης, λειτουργούν με τον ίδιο τρόπο και καλύπτονται επίσης από την παρούσα πολιτική.
session-vs-persistent = Τα cookies συνεδρίας διαγράφονται όταν κλείνετε το πρόγραμμα περιήγησης. Τα μόνιμα cookies παραμένουν στη συσκευή σας έως ότου λήξουν ή τα διαγράψετε.

consent-heading = Η συγκατάθεσή σας
consent-necessary = Τα cookies που είναι απολύτως απαραίτητα για τη λειτουργία του ιστότοπου τοποθετούνται χωρίς τη συγκατάθεσή σας. Όλα τα άλλα cookies τοποθετούνται μόνο όπως περιγράφεται παρακάτω.
consent-mechanism-opt-in-banner = Ζητούμε τη συγκατάθεσή σας πριν τοποθετήσουμε cookies που δεν είναι απολύτως απαραίτητα. Κατά την πρώτη επίσκεψή σας στον ιστότοπο επιλέγετε ποιες κατηγορίες αποδέχεστε.
consent-mechanism-browser-settings = Οι ρυθμίσεις cookies του προγράμματος περιήγησής σας καθορίζουν ποια cookies μπορούν να τοποθετηθούν.
consent-mechanism-implied = Θεωρούμε τη συνέχιση της χρήσης του ιστότοπου ως αποδοχή των cookies μας.
consent-mechanism-none = Δεν ζητούμε συγκατάθεση για την τοποθέτηση cookies.
consent-notice = Η ειδοποίησή μας για τη συγκατάθεση αναφέρει:
consent-withdraw = Μπορείτε να ανακαλέσετε ή να αλλάξετε τη συγκατάθεσή σας ανά πάσα στιγμή. Η ανάκληση δεν θίγει τη νομιμότητα της χρήσης cookies πριν από αυτήν.
consent-gpc = Σεβόμαστε το Global Privacy Control (GPC). Όταν το πρόγραμμα περιήγησής σας στέλνει αυτό το σήμα και δεν έχετε ακόμη επιλέξει, το θεωρούμε άρνηση αυτών των cookies: { $categories }, και δεν τοποθετούμε κανένα από αυτά εκτός αν τα επιτρέψετε εσείς στις ρυθμίσεις cookies. Το σήμα δεν αλλάζει τα απολύτως απαραίτητα cookies ούτε τις άλλες κατηγορίες, για τις οποίες εξακολουθούμε να σας ρωτάμε.
consent-withdrawal-effect = Εάν ανακαλέσετε τη συγκατάθεσή σας:

cookies-heading = Cookies που χρησιμοποιούμε
cookies-none = Ο ιστότοπος αυτός δεν χρησιμοποιεί cookies.
cookie-table-caption = Cookies που τοποθετούνται σε αυτόν τον ιστότοπο
column-name = Όνομα
column-provider = Πάροχος
column-role = Ρόλος
column-purpose = Σκοπός
column-category = Κατηγορία
column-duration = Διάρκεια ζωής
column-party = Μέρος
column-description = Περιγραφή
party-first = Πρώτου μέρους
party-third = Τρίτου μέρους
cookie-unnamed = δεν αναφέρεται όνομα
cookie-example = Παράδειγμα: { $example }
cookie-retention = Οι πληροφορίες που συλλέγονται διατηρούνται για { $retention }.
cookie-retention-session = Οι πληροφορίες που συλλέγονται διατηρούνται έως το τέλος της συνεδρίας.
cookie-retention-not-stated = Δεν αναφέρεται για πόσο διατηρούνται οι πληροφορίες που συλλέγονται.
cookie-pattern = Το τμήμα μέσα σε γωνιακές αγκύλες διαφέρει.
provider-first-party = { $controller }

category-necessary = Απολύτως απαραίτητα
category-preferences = Προτιμήσεις
category-analytics = Στατιστικά
category-marketing = Μάρκετινγκ
category-necessary-description = Απαιτούνται για τη λειτουργία του ιστότοπου, για παράδειγμα για να παραμένετε συνδεδεμένοι. Δεν μπορούν να απενεργοποιηθούν.
category-preferences-description = Θυμούνται τις επιλογές σας, όπως τη γλώσσα σας, για να είναι πιο εύχρηστος ο ιστότοπος.
category-analytics-description = Μετρούν τις επισκέψεις και τον τρόπο χρήσης του ιστότοπου, ώστε να μπορεί να βελτιωθεί.
category-marketing-description = Παρακολουθούν τη δραστηριότητά σας για να προβάλλουν σχετικό περιεχόμενο και διαφημίσεις ή για να μετρούν καμπάνιες.

storage-cookie = Cookie
storage-local-storage = Τοπική αποθήκευση
storage-session-storage = Αποθήκευση συνεδρίας
storage-indexed-db = IndexedDB
storage-pixel = Pixel παρακολούθησης
storage-flash = Flash local shared object

duration-session = Συνεδρία
duration-persistent = Μόνιμο (η διάρκεια δεν αναφέρεται)
duration-not-stated = Δεν αναφέρεται
duration-year = { $plural ->
    [one] { $count } έτος
   *[other] { $count } έτη
}
duration-month = { $plural ->
    [one] { $count } μήνας
   *[other] { $count } μήνες
}
duration-week = { $plural ->
    [one] { $count } εβδομάδα
   *[other] { $count } εβδομάδες
}
duration-day = { $plural ->
    [one] { $count } ημέρα
   *[other] { $count } ημέρες
}
duration-hour = { $plural ->
    [one] { $count } ώρα
   *[other] { $count } ώρες
}
duration-minute = { $plural ->
    [one] { $count } λεπτό
   *[other] { $count } λεπτά
}
duration-second = { $plural ->
    [one] { $count } δευτερόλεπτο
   *[other] { $count } δευτερόλεπτα
}

managing-heading = Διαχείριση των cookies
managing-browser = Μπορείτε να αποκλείσετε ή να διαγράψετε cookies στις ρυθμίσεις του προγράμματος περιήγησής σας. Κάθε πρόγραμμα περιήγησης το κάνει διαφορετικά· οι σελίδες βοήθειάς του εξηγούν πώς. Αν αποκλείσετε τα απολύτως απαραίτητα cookies, ορισμένα μέρη του ιστότοπου ενδέχεται να μη λειτουργούν.

## Αποδέκτες και διαβιβάσεις

third-parties-heading = Τρίτα μέρη
recipients-heading = Ποιος λαμβάνει τα δεδομένα σας
recipients-none = Δεν κοινοποιούμε δεδομένα προσωπικού χαρακτήρα σε άλλους οργανισμούς.
recipient-service-label = Υπηρεσία
recipient-country-label = Επεξεργάζεται δεδομένα σε
recipient-transfer-label = Εγγύηση για τη διαβίβαση
recipient-own-purposes-label = Ίδιοι σκοποί
recipient-own-purposes-yes = Μπορεί να χρησιμοποιεί τα δεδομένα και για δικούς του σκοπούς.
recipient-own-purposes-no = Δεν μπορεί να χρησιμοποιεί τα δεδομένα για δικούς του σκοπούς.
recipient-privacy = Πολιτική απορρήτου: { $name }
role-processor = Εκτελών την επεξεργασία για λογαριασμό μας
role-controller = Αυτοτελής υπεύθυνος επεξεργασίας
role-joint-controller = Από κοινού υπεύθυνος επεξεργασίας
role-recipients = Κατηγορία αποδεκτών

transfer-adequacy = Απόφαση επάρκειας της Ευρωπαϊκής Επιτροπής
transfer-scc = Τυποποιημένες ρήτρες προστασίας δεδομένων (τυποποιημένες συμβατικές ρήτρες)
transfer-bcr = Δεσμευτικοί εταιρικοί κανόνες
transfer-eu-us-dpf = Πλαίσιο ΕΕ-ΗΠΑ για την προστασία των δεδομένων (Data Privacy Framework)
transfer-derogation = Παρέκκλιση για ειδικές περιπτώσεις (άρθρο 49 ΓΚΠΔ)
transfer-privacy-shield = Ασπίδα προστασίας της ιδιωτικής ζωής ΕΕ-ΗΠΑ (Privacy Shield)
transfer-safe-harbor = Αρχές του «ασφαλούς λιμένα» (Safe Harbor)
transfers-heading = Διαβιβάσεις εκτός του Ευρωπαϊκού Οικονομικού Χώρου

## Πολιτική απορρήτου

privacy-intro = Η παρούσα πολιτική απορρήτου εξηγεί πώς ο υπεύθυνος επεξεργασίας { $controller } επεξεργάζεται τα δεδομένα προσωπικού χαρακτήρα σας, για ποιους σκοπούς και με ποια νομική βάση, ποιος τα λαμβάνει, για πόσο διατηρούνται και ποια δικαιώματα έχετε.
controller-heading = Ποιος είναι υπεύθυνος
controller-intro = Υπεύθυνος επεξεργασίας των δεδομένων προσωπικού χαρακτήρα σας είναι:
controller-email = Ηλεκτρονικό ταχυδρομείο
controller-phone = Τηλέφωνο
controller-website = Ιστότοπος
controller-registration = Αριθμός μητρώου
controller-address = Διεύθυνση
dpo-heading = Επικοινωνία για την προστασία δεδομένων
dpo-designated = Ο υπεύθυνος προστασίας δεδομένων μας:
dpo-contact = Το πρόσωπο επικοινωνίας μας για την προστασία δεδομένων:

data-heading = Δεδομένα προσωπικού χαρακτήρα που επεξεργαζόμαστε
data-examples = Παραδείγματα
data-sources = Από πού τα λαμβάνουμε
data-purposes = Για ποιο σκοπό τα χρησιμοποιούμε
data-recipients = Ποιος τα λαμβάνει
data-retention = Για πόσο τα διατηρούμε
data-sensitive = Περιλαμβάνονται ειδικές κατηγορίες δεδομένων προσωπικού χαρακτήρα, τις οποίες επεξεργαζόμαστε μόνο όπου το επιτρέπει ο νόμος.
source-data-subject = από εσάς
source-cookies = μέσω cookies στους ιστότοπούς μας
source-third-party = από τρίτους
source-public = από δημόσια προσβάσιμες πηγές

purposes-heading = Σκοποί και νομικές βάσεις
column-legal-basis = Νομική βάση
legal-basis-not-stated = Δεν αναφέρεται
legal-bases-general = Βασιζόμαστε στις ακόλουθες νομικές βάσεις:
legitimate-interest = Το έννομο συμφέρον μας: { $interest }
basis-consent = Συγκατάθεση (άρθρο 6 παρ. 1 στοιχ. α΄ ΓΚΠΔ)
basis-contract = Εκτέλεση σύμβασης (άρθρο 6 παρ. 1 στοιχ. β΄ ΓΚΠΔ)
basis-legal-obligation = Έννομη υποχρέωση (άρθρο 6 παρ. 1 στοιχ. γ΄ ΓΚΠΔ)
basis-vital-interests = Ζωτικά συμφέροντα (άρθρο 6 παρ. 1 στοιχ. δ΄ ΓΚΠΔ)
basis-public-task = Καθήκον προς το δημόσιο συμφέρον (άρθρο 6 παρ. 1 στοιχ. ε΄ ΓΚΠΔ)
basis-legitimate-interests = Έννομα συμφέροντα (άρθρο 6 παρ. 1 στοιχ. στ΄ ΓΚΠΔ)

storage-heading = Πού αποθηκεύονται τα δεδομένα σας
retention-heading = Για πόσο διατηρούμε τα δεδομένα σας

rights-heading = Τα δικαιώματά σας
rights-intro = Έχετε τα ακόλουθα δικαιώματα:
right-information = Το δικαίωμα ενημέρωσης για την επεξεργασία των δεδομένων προσωπικού χαρακτήρα σας.
right-access = Το δικαίωμα πρόσβασης στα δεδομένα προσωπικού χαρακτήρα σας (άρθρο 15 ΓΚΠΔ).
right-rectification = Το δικαίωμα διόρθωσης ανακριβών δεδομένων προσωπικού χαρακτήρα (άρθρο 16 ΓΚΠΔ).
right-erasure = Το δικαίωμα διαγραφής των δεδομένων προσωπικού χαρακτήρα σας (άρθρο 17 ΓΚΠΔ).
right-restriction = Το δικαίωμα περιορισμού της επεξεργασίας (άρθρο 18 ΓΚΠΔ).
right-portability = Το δικαίωμα στη φορητότητα των δεδομένων (άρθρο 20 ΓΚΠΔ).
right-objection = Το δικαίωμα εναντίωσης στην επεξεργασία (άρθρο 21 ΓΚΠΔ).
right-automated-decisions = Το δικαίωμα να μην υπόκεισθε σε απόφαση που λαμβάνεται αποκλειστικά βάσει αυτοματοποιημένης επεξεργασίας, συμπεριλαμβανομένης της κατάρτισης προφίλ (άρθρο 22 ΓΚΠΔ).
right-withdraw-consent = Το δικαίωμα να ανακαλέσετε τη συγκατάθεσή σας ανά πάσα στιγμή, χωρίς να θίγεται η νομιμότητα της επεξεργασίας πριν από την ανάκληση (άρθρο 7 παρ. 3 ΓΚΠΔ).
right-complaint = Το δικαίωμα υποβολής καταγγελίας σε εποπτική αρχή (άρθρο 77 ΓΚΠΔ).
rights-authority = Εποπτική αρχή: { $authority }
rights-none = Η παρούσα πολιτική δεν αναφέρει ποια δικαιώματα έχετε.

automated-heading = Αυτοματοποιημένη λήψη αποφάσεων
automated-yes = Λαμβάνουμε αποφάσεις αποκλειστικά βάσει αυτοματοποιημένης επεξεργασίας, συμπεριλαμβανομένης της κατάρτισης προφίλ.
automated-no = Δεν λαμβάνουμε αποφάσεις αποκλειστικά βάσει αυτοματοποιημένης επεξεργασίας, συμπεριλαμβανομένης της κατάρτισης προφίλ.

cookies-see-cookie-policy = Ο τρόπος με τον οποίο χρησιμοποιούμε τα cookies εξηγείται στην πολιτική cookies.
more-information-heading = Περισσότερες πληροφορίες
contact-heading = Ερωτήσεις
contact-intro = Εάν έχετε ερωτήσεις σχετικά με την παρούσα πολιτική, επικοινωνήστε με: { $controller }.

## Μπάνερ συγκατάθεσης

banner-title = Χρησιμοποιούμε cookies
banner-description = Χρησιμοποιούμε cookies που είναι απολύτως απαραίτητα για τη λειτουργία αυτού του ιστότοπου. Με τη συγκατάθεσή σας χρησιμοποιούμε και άλλα cookies, που περιγράφονται στις ρυθμίσεις. Μπορείτε να αλλάξετε την επιλογή σας ανά πάσα στιγμή.
banner-accept-all = Αποδοχή όλων
banner-reject-all = Απόρριψη όλων
banner-settings = Διαχείριση προτιμήσεων
banner-save = Αποθήκευση προτιμήσεων
banner-close = Κλείσιμο
banner-preferences-title = Προτιμήσεις cookies
banner-preferences-description = Επιλέξτε ποιες κατηγορίες cookies επιτρέπετε. Τα απολύτως απαραίτητα cookies είναι πάντα ενεργά. Μπορείτε να αλλάξετε την επιλογή σας ανά πάσα στιγμή.
banner-cookies = Cookies: { $cookies }

## Αλλαγές στην παρούσα πολιτική

changes-title = Αλλαγές στην παρούσα πολιτική
changes-current = Αυτή είναι η έκδοση { $version }, σε ισχύ από: { $effective }.
changes-current-date = Η έκδοση αυτή ισχύει από: { $effective }.
changes-release = Έκδοση { $version }, { $effective }
changes-editorial = Βελτιώθηκαν η διατύπωση και οι μεταφράσεις.
changes-none = Δεν καταγράφηκαν αλλαγές για αυτή την έκδοση.
changes-first = Αυτή είναι η πρώτη καταγεγραμμένη έκδοση.
changes-consent = Λόγω αυτών των αλλαγών ζητήσαμε ξανά τη συγκατάθεσή σας.
banner-revision = Η πολιτική αυτή άλλαξε από την τελευταία σας επιλογή: { $changes }
banner-gpc = Το πρόγραμμα περιήγησής σας στέλνει σήμα Global Privacy Control, γι’ αυτό απορρίψαμε για λογαριασμό σας αυτά τα cookies: { $categories }. Μπορείτε πάντα να τα επιτρέψετε εσείς στις ρυθμίσεις.
banner-revision-unrecorded = Η πολιτική αυτή άλλαξε από την τελευταία σας επιλογή.
change-nothing = καμία
change-contact-controller = ο υπεύθυνος επεξεργασίας
change-contact-dpo = ο υπεύθυνος προστασίας δεδομένων
change-contact-supervisory_authority = η εποπτική αρχή
change-cookie-added = Νέο cookie { $subject } ({ $details })
change-cookie-removed = Το cookie { $subject } δεν χρησιμοποιείται πλέον
change-cookie-renamed = Το cookie { $before } ονομάζεται πλέον { $after }
change-lifetime-longer = Η διάρκεια ζωής του cookie { $subject } είναι πλέον { $after } αντί για { $before }
change-lifetime-shorter = Η διάρκεια ζωής του cookie { $subject } είναι πλέον { $after } αντί για { $before }
change-category-changed = Το cookie { $subject } μεταφέρθηκε από την κατηγορία { $before } στην { $after }
change-cookie-purposes-changed = Το cookie { $subject } εξυπηρετεί πλέον: { $after }
change-cookie-provider-changed = Το cookie { $subject } τοποθετείται πλέον από { $after } αντί για { $before }
change-purpose-added = Νέος σκοπός: { $subject }
change-purpose-removed = Σκοπός που δεν επιδιώκεται πλέον: { $subject }
change-legal-basis-changed = { $subject }: η νομική βάση είναι πλέον { $after } αντί για { $before }
change-recipient-added = Νέος αποδέκτης: { $subject }
change-recipient-removed = { $subject }: δεν λαμβάνει πλέον δεδομένα
change-country-changed = { $subject }: επεξεργάζεται πλέον δεδομένα σε { $after } αντί για { $before }
change-transfer-changed = Οι διαβιβάσεις προς { $subject } βασίζονται πλέον σε: { $after }
change-recipient-role-changed = Ο ρόλος του αποδέκτη { $subject } άλλαξε
change-data-added = Νέα κατηγορία δεδομένων προσωπικού χαρακτήρα: { $subject }
change-data-removed = Δεν υποβάλλονται πλέον σε επεξεργασία: { $subject }
change-data-purposes-changed = { $subject }: χρησιμοποιούνται πλέον για: { $after }
change-data-recipients-changed = { $subject }: αποδέκτες είναι πλέον: { $after }
change-sources-changed = { $subject }: προέρχονται πλέον από άλλες πηγές
change-retention-changed = Η περίοδος διατήρησης άλλαξε: { $subject }
change-right-granted = Τα δικαιώματά σας περιλαμβάνουν πλέον: { $subject }
change-right-withdrawn = Δεν αναφέρεται πλέον στα δικαιώματά σας: { $subject }
change-contact-changed = Άλλαξαν τα στοιχεία επικοινωνίας: { $subject }
change-automated-decisions-changed = Άλλαξαν όσα αναφέρουμε για τις αυτοματοποιημένες αποφάσεις
change-consent-mechanism-changed = Άλλαξε ο τρόπος με τον οποίο ζητούμε τη συγκατάθεσή σας
change-storage-changed = Άλλαξε ο τόπος αποθήκευσης των δεδομένων: { $subject }
change-section-added = Νέα ενότητα: { $subject }
change-section-removed = Αφαιρέθηκε η ενότητα: { $subject }
change-document-added = Νέα δημοσίευση: { $subject }
change-document-removed = Δεν δημοσιεύεται πλέον: { $subject }
change-locale-added = Δημοσιεύεται πλέον και στα: { $subject }
change-locale-removed = Δεν δημοσιεύεται πλέον στα: { $subject }
change-text-changed = Αναδιατυπώθηκε: { $subject } ({ $field }, { $locale })

## Countries (ISO 3166-1; names from CLDR)

country-AT = Αυστρία
country-AU = Αυστραλία
country-BE = Βέλγιο
country-BG = Βουλγαρία
country-CA = Καναδάς
country-CH = Ελβετία
country-CN = Κίνα
country-CY = Κύπρος
country-CZ = Τσεχία
country-DE = Γερμανία
country-DK = Δανία
country-EE = Εσθονία
country-ES = Ισπανία
country-FI = Φινλανδία
country-FR = Γαλλία
country-GB = Ηνωμένο Βασίλειο
country-GR = Ελλάδα
country-HR = Κροατία
country-HU = Ουγγαρία
country-IE = Ιρλανδία
country-IL = Ισραήλ
country-IN = Ινδία
country-IS = Ισλανδία
country-IT = Ιταλία
country-JP = Ιαπωνία
country-KR = Νότια Κορέα
country-LI = Λιχτενστάιν
country-LT = Λιθουανία
country-LU = Λουξεμβούργο
country-LV = Λετονία
country-MT = Μάλτα
country-NL = Ολλανδία
country-NO = Νορβηγία
country-NZ = Νέα Ζηλανδία
country-PL = Πολωνία
country-PT = Πορτογαλία
country-RO = Ρουμανία
country-SE = Σουηδία
country-SG = Σιγκαπούρη
country-SI = Σλοβενία
country-SK = Σλοβακία
country-US = Ηνωμένες Πολιτείες
country-UY = Ουρουγουάη

## Consent as asked; lifetimes with an end or per region

consent-asked-categories = Επιλέγετε ποιες κατηγορίες αυτών των cookies αποδέχεστε.
consent-asked-all-or-nothing = Αποδέχεστε ή απορρίπτετε αυτά τα cookies όλα μαζί.
consent-asked-reject-first-layer = Η πρώτη οθόνη του μπάνερ μας σάς επιτρέπει να απορρίψετε αυτά τα cookies εξίσου εύκολα με την αποδοχή τους.
consent-asked-reject-later = Για να απορρίψετε αυτά τα cookies, ανοίγετε τις ρυθμίσεις του μπάνερ μας.
consent-asked-pre-ticked = Ορισμένες επιλογές στο μπάνερ μας είναι προεπιλεγμένες.
consent-asked-not-pre-ticked = Καμία επιλογή στο μπάνερ μας δεν είναι προεπιλεγμένη.
consent-asked-cookie-wall = Μπορείτε να χρησιμοποιήσετε τον ιστότοπο μόνο αφού αποδεχτείτε αυτά τα cookies.
consent-asked-no-cookie-wall = Μπορείτε να χρησιμοποιήσετε τον ιστότοπο είτε αποδεχτείτε είτε όχι αυτά τα cookies.
duration-until = Έως { $end }
duration-until-max = Έως { $end }, το πολύ { $max }
duration-until-date = Έως { $end }
duration-until-date-max = Έως { $end }, το πολύ { $max }
duration-rolling = { $period } από την τελευταία σας επίσκεψη
duration-in-regions = { $regions }: { $duration }
duration-elsewhere = αλλού: { $duration }
region-eea = ΕΟΧ
region-eu = ΕΕ
