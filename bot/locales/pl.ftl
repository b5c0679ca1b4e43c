# Polish texts (polski). The same messages as en.ftl, in Fluent's format.
# Written for easy reading: short sentences, one idea each.
# A native speaker at the service should review these texts before women use them.

## common

common-service_name = Twój głos
common-helplines =
    999 w nagłej sytuacji
    Krajowa infolinia przeciw przemocy domowej: 0808 2000 247 (bezpłatna, całą dobę)

## language

language-name = Polski

## profile

profile-description = Tutaj możesz powiedzieć nam, co myślisz. Możesz podać pomysł. Możesz decydować razem z nami. Naciśnij Start. Najpierw przeczytasz, jak to działa. Nic nie zapisujemy bez Twojej zgody.
profile-short_description = Powiedz nam, co myślisz. Decydujmy razem.

## dates

dates-day = dd MMM y
dates-moment = dd MMM y HH:mm
dates-short = dd MMM HH:mm
dates-short_weekday = EEE dd MMM HH:mm
dates-long = EEE dd MMM y, HH:mm

## consent

consent-screen =
    <b>Witaj w { $service_name }</b>

    Tutaj możesz powiedzieć nam, co myślisz. Możesz podać pomysł. Możesz decydować razem z osobami, które prowadzą to miejsce.

    <b>Zanim dołączysz, przeczytaj to:</b>
    • Jeśli dołączysz, zapiszemy wymyślone imię dla Ciebie (na przykład P-7KQ2). Zapiszemy też to, co nam wyślesz, i Twoje ustawienia. Zespół widzi tylko wymyślone imię. Nie widzi Twojego imienia z Telegrama, nazwy użytkownika ani numeru telefonu.
    • Ten czat <b>nie jest sprawdzany cały czas</b>. Nie proś tu o pomoc w nagłej sytuacji.
    • Pilna pomoc: { $helplines }
    • Jeśli z Twoich słów wynika, że możesz nie być bezpieczna, pokażemy Ci, gdzie szukać pomocy. Powiemy też osobie w zespole, która dba o bezpieczeństwo.
    • /exit szybko usuwa wiadomości z tego czatu z ostatnich dwóch dni. Starsze możesz usunąć tylko Ty. W każdej chwili zobaczysz wszystko, co mamy, przez /mydata. Wszystko usuniesz przez /forget.

    Nic o Tobie nie zapiszemy, dopóki nie naciśniesz <b>Zgadzam się</b>.
consent-agree = Zgadzam się
consent-decline = Nie teraz
consent-declined = Dobrze. Nic o Tobie nie zapisaliśmy. Wyślij /start, jeśli zmienisz zdanie.
consent-joined = Dziękujemy, że jesteś z nami. Twoje wymyślone imię to <b>{ $pseudonym }</b>.
consent-already = Już dołączyłaś.
consent-needed = Najpierw wyślij /start i się zgódź. Potem możesz z tego korzystać.

## menu

menu-text = Co chcesz zrobić?
menu-feedback = Powiedz, co myślisz
menu-propose = Podaj pomysł
menu-ideas = Zobacz pomysły
menu-mine = Moje pomysły
menu-vote = Głosuj
menu-privacy = Prywatność i moje dane
menu-settings = Ustawienia
menu-support = Potrzebuję wsparcia teraz
menu-exit = Szybko wyjdź
menu-back = Wróć do menu

menu-policy = Dziękujemy za Twój czas
## help

help-text =
    Oto, co możesz zrobić:
    /share – powiedz, co myślisz
    /propose – podaj pomysł
    /vote – głosowania dla Ciebie
    /menu – wszystko inne
    /exit – szybko wyjdź

    Pilna pomoc: { $helplines }
help-unknown = Przepraszam, nie rozumiem.
help-staff =
    Polecenia dla zespołu:
    /feedback – ostatnie opinie według tematu
    /respond &lt;numer&gt; – odpowiedz na opinię
    /pending – pomysły czekające na publikację lub odrzucenie
    /proposals [poziom] [strona] – pomysły według poziomu drabiny (1, 2, 3 lub all), po 20 na stronie
    /proposal &lt;numer&gt; – jeden pomysł, jego historia i przyciski, by go przesunąć wyżej lub zamknąć
    /story &lt;numer&gt; – cała historia pomysłu, od początku do dziś
    /plan – wstaw plan zespołu na drabinę i powiedz, co kobiety mogą jeszcze zmienić
    /toidea &lt;numer&gt; – zapytaj kobietę, czy jej opinia może stać się pomysłem, który inne mogą poprzeć
    /draft &lt;numer&gt; – udostępnij szkic albo poprawkę wolontariuszkom pomysłu
    /comments &lt;numer&gt; – komentarze do szkiców pomysłu, zebrane według szkicu
    /newpoll – utwórz głosowanie (rozmowa krok po kroku z podglądem)
    /polls – otwarte i niedawne głosowania z frekwencją
    /closepoll &lt;numer&gt; – zamknij głosowanie teraz
    /prefer &lt;numer&gt; – zapieczętuj wybór zespołu w głosowaniu (widać go dopiero po zamknięciu)
    /invite [liczba] – jednorazowe linki z zaproszeniem
    /voice &lt;numer&gt; – odtwórz wiadomość głosową opinii (nie można jej zapisać ani przekazać dalej)
    /voiceidea &lt;numer&gt; – odtwórz wiadomość głosową, która opisuje pomysł
    /tell &lt;alert&gt; &lt;wiadomość&gt; – (osoby od bezpieczeństwa) napisz do kobiety, która po alercie wybrała „napiszcie do mnie tutaj”
    /onbehalf [pseudonim] – zapisz opinię, pomysł, poparcie albo głos, które kobieta dała na papierze, przez telefon albo w grupie
    /eraseoffline &lt;pseudonim&gt; – na jej prośbę usuń zapisy kobiety spoza czatu
    /linkcode &lt;pseudonim&gt; – jednorazowy kod, który ona wyśle z /link po dołączeniu, by jej wpisy spoza czatu stały się częścią jej czatu
    /herdata &lt;pseudonim&gt; – wszystko o kobiecie spoza czatu (z tym, co dostała), jako plik do wydrukowania dla niej
    /recognise [pseudonim] – zapisz, co kobieta dostała za swój czas: bon, zapłatę, zwrot kosztów, godziny albo coś innego
    /stages &lt;numer&gt; – etapy pomysłu, kto ma jaką rolę i przycisk, by przejść dalej
    /review &lt;numer&gt; – ustaw dzień pytania „czy to działa?” albo przeczytaj odpowiedzi
    /helpers &lt;numer&gt; – napisz do kobiet, które pomagają przy pomyśle

    /digest – podsumowanie teraz: co nowego od ostatniego i co czeka
    /report [okres] – raport o współtworzeniu z wykresem: /report (ostatnie 90 dni), /report 30d, /report 2026, /report 2026-Q1 lub /report all
    /export – wszystko, pod pseudonimami, jako plik zip z plikami CSV
help-more_button = Więcej
help-more =
    Oto, co możesz zrobić:
    /menu – główne menu
    /share – powiedz, co myślisz
    /propose – podaj pomysł
    /ideas – zobacz pomysły i je poprzyj
    /myideas – Twoje pomysły i co się z nimi stało
    /myfeedback – Twoje opinie i nasze odpowiedzi
    /vote – głosowania dla Ciebie
    /settings – język i wiadomości od nas
    /privacy – co zapisujemy i kto to widzi
    /mydata – wszystko, co o Tobie mamy
    /forget – usuń wszystko o sobie
    /link &lt;kod&gt; – dodaj do swoich danych to, co dałaś nam na papierze, przez telefon albo w grupie
    /policy – jak dziękujemy za Twój czas (bony, zwrot kosztów, godziny)
    /cancel – przerwij to, co robisz
    /exit – szybko wyjdź

    Pilna pomoc: { $helplines }
## privacy

privacy-text =
    <b>Twoja prywatność</b>

    <b>Co zapisujemy:</b> wymyślone imię ({ $pseudonym }). Kiedy dołączyłaś i kiedy ostatnio pisałaś. Twoje ustawienia. To, co nam wysyłasz: opinie, pomysły, które pomysły popierasz lub w których pomagasz, Twoje głosy i nasze odpowiedzi. Przez 48 godzin trzymamy numery wiadomości z tego czatu, żeby /exit mógł je usunąć. Dłużej Telegram nie pozwala ich usuwać. Nie trzymamy ich treści. Jeśli prosisz o wsparcie albo z Twoich słów wynika, że możesz nie być bezpieczna, zapisujemy kiedy. Mówimy o tym osobie w zespole, która dba o bezpieczeństwo. Jeśli dziękujemy Ci za Twój czas (bon, zapłata, zwrot kosztów, godziny), zespół zapisuje, co dostałaś i za co. Jeśli dałaś nam swoje zdanie na papierze, przez telefon albo w grupie i dodałaś je tutaj przez /link, to też są Twoje dane.
    <b>Kto to widzi:</b> zespół { $service_name } widzi to, co wysyłasz, tylko z wymyślonym imieniem. Nigdy nie widzi Twojego imienia z Telegrama, nazwy użytkownika ani numeru telefonu.
    <b>Czego nie robimy:</b> nie pobieramy zdjęć ani plików. Nikomu niczego nie przekazujemy.

    Zobacz wszystko: /mydata
    Usuń wszystko: /forget
privacy-not_joined =
    <b>Twoja prywatność</b>

    Nie dołączyłaś, więc nic o Tobie nie mamy. Jeśli dołączysz przez /start, zapiszemy wymyślone imię dla Ciebie, to, co nam wyślesz, i Twoje ustawienia. Zespół zobaczy tylko wymyślone imię.

privacy-retention = <b>Jak długo to trzymamy:</b> Twoje opinie i nasze odpowiedzi: { $feedback_days } dni. Pomysł: { $ideas_days } dni od odrzucenia albo zamknięcia. Powód podany przy głosie: { $reason_days } dni od końca głosowania. Notatkę, że możesz potrzebować wsparcia: { $alert_days } dni. Jeśli nie piszesz tu przez { $inactive_days } dni, wyślemy Ci jedną wiadomość. { $notice_days } dni później usuniemy wszystko, co o Tobie mamy, chyba że znów do nas napiszesz. Potem nasze raporty liczą tylko, że coś zostało wysłane. Nie wiedzą, co to było ani kto to wysłał.
## mydata

mydata-header =
    <b>Wszystko, co o Tobie mamy</b>

    Wymyślone imię: { $pseudonym }
    Dołączyłaś: { $joined }
    Ostatnio tutaj: { $last_seen }
    Język: { $language }
    Wiadomości od nas: { $notify }
mydata-feedback_header = <b>Twoje opinie</b>
mydata-feedback_item =
    #{ $number } · { $date } · { $topic }
    „{ $body }”
mydata-response_item = Nasza odpowiedź ({ $date }): { $body }
mydata-none = Nie wysłałaś jeszcze żadnej opinii.
mydata-ideas_header = <b>Twoje pomysły</b>
mydata-idea_item =
    #{ $number } · { $date } · { $status }
    <b>{ $title }</b>
    „{ $body }”
mydata-supported = Pomysły, które popierasz: { $numbers }
mydata-volunteered = Pomysły, w których chcesz pomóc: { $numbers }
mydata-votes_header = <b>Twoje głosy</b>
mydata-vote_item = Głosowanie #{ $number } „{ $question }”: { $option }
mydata-vote_reason = { " " }(Twój powód: { $reason })
mydata-safety =
    Ile razy powiedzieliśmy zespołowi, że możesz potrzebować wsparcia: { $alerts }
    Wiadomości w tym czacie, które /exit może jeszcze usunąć: { $messages } (trzymamy je 48 godzin)
    Wiadomości do zespołu, które pokazują Twoje słowa: { $staff }. /forget może je jeszcze usunąć. Ich numery trzymamy 48 godzin.
mydata-footer = Aby to wszystko usunąć, wyślij /forget.

mydata-given = (dałaś to poza czatem: { $channel })
mydata-recognition_header = <b>Co dostałaś za swój czas</b>
mydata-recognition_item = { $date } · { $kind }: { $value } · za: { $purpose }
mydata-her_usage = Wyślij /herdata i jej pseudonim, na przykład /herdata P-7KQ4.
mydata-her_caption = Wszystko, co mamy o { $pseudonym }, do wydrukowania i oddania jej. Nie zatrzymuj kopii.
mydata-drafts_header = <b>Zaczęte, ale niewysłane</b> (usuwamy po { $hours } godz. bez zmian albo teraz przez /cancel)
mydata-draft_feedback =
    Opinia o: { $topic }
    „{ $body }”
mydata-draft_idea = Pomysł: <b>{ $title }</b>
mydata-draft_idea_body = „{ $body }”
mydata-draft_comment =
    Do szkicu ({ $kind }):
    „{ $body }”
mydata-shared_header = <b>Udostępnienie opinii jako pomysłu</b>
mydata-shared_open = Opinia #{ $number }: zapytaliśmy, czy możemy ją udostępnić jako pomysł „{ $title }”. Jeszcze nie odpowiedziałaś.
mydata-shared_yes = Opinia #{ $number }: zgodziłaś się udostępnić ją jako pomysł „{ $title }”.
mydata-shared_no = Opinia #{ $number }: nie zgodziłaś się udostępnić jej jako pomysł „{ $title }”. Zostaje prywatna.
mydata-comments_header = <b>Twoje komentarze do szkiców</b>
mydata-comment_item = { $date } · szkic w wersji { $version } · { $kind }: „{ $body }” · { $state }
mydata-comment_open = jeszcze nierozstrzygnięty
mydata-comment_taken = uwzględniony
mydata-comment_not_taken = nieuwzględniony
mydata-comment_reason = { " " }(dlaczego: { $reason })
mydata-roles_header = <b>Twoje role</b>
mydata-role_item = #{ $number }: { $role } ({ $stage })
mydata-reviews_header = <b>Twoje odpowiedzi na „Czy to działa?”</b>
mydata-review_item = #{ $number }: { $answer }
mydata-review_comment = { " " }(Twój komentarz: { $comment })
## forget

forget-ask =
    To usunie na zawsze wszystko, co o Tobie mamy:
    • Twoje wymyślone imię i ustawienia
    • Twoje opinie i nasze odpowiedzi
    • Twoje pomysły, poparcie i pomoc przy innych pomysłach
    • Twoje głosy i powody, które do nich dodałaś
    • wszystko, co tu zaczęłaś pisać
    • numery wiadomości z tego czatu, których używa /exit

    Co zostaje: wiadomości na czatach zespołu, które pokazują Twoje słowa, jeśli mają więcej niż 48 godzin (nowsze usuwamy). Zostają też pliki, które zespół zapisał (eksport albo raport), wiadomości głosowe, które odsłuchał, i listy komentarzy do planów. Jeśli kiedyś powiedzieliśmy osobie dbającej o bezpieczeństwo, że możesz potrzebować wsparcia, zostaje notatka kiedy, bez Twojego imienia i słów. Wiadomości z tego czatu zostają na Twoim telefonie, dopóki ich nie usuniesz. Zaraz potem zaproponujemy, że je usuniemy.

    Tego nie da się cofnąć. Usunąć wszystko?
forget-confirm = Tak, usuń wszystko
forget-keep = Nie, zostaw
forget-done = Gotowe. Usunęliśmy wszystko, co o Tobie zapisaliśmy. Wiadomości z tego czatu są jeszcze na Twoim telefonie: naciśnij przycisk, a usuniemy wszystkie, które jeszcze możemy. Jeśli zechcesz wrócić, wyślij /start.
forget-kept = Dobrze, nic nie usunęliśmy.
forget-nothing = Nic o Tobie nie mamy.

forget-not_asked = Nic nie usunęliśmy. Aby usunąć wszystko, co o Tobie mamy, wyślij /forget i odpowiedz na pytanie.
forget-clear_now = Usuń teraz wiadomości z tego czatu
forget-staff_deleted = Usunęliśmy też wiadomości na czatach zespołu, które pokazywały Twoje słowa.
forget-staff_some_deleted = Usunęliśmy też nowsze wiadomości na czatach zespołu, które pokazywały Twoje słowa. Telegram pozwala usuwać wiadomości tylko przez 48 godzin. Starsze są za stare, żebyśmy mogli je usunąć. Zostają na czatach zespołu.
forget-staff_none_deleted = Niektóre wiadomości na czatach zespołu, które pokazywały Twoje słowa, są za stare, żebyśmy mogli je usunąć (Telegram pozwala na to tylko przez 48 godzin), więc tam zostają.
## settings

settings-text =
    <b>Ustawienia</b>

    Język: { $language }
    Wiadomości od nas: { $notify }
    Wiadomości w tym czacie usuwamy: { $tidy }

    Wybierz, co zmienić:
settings-notify_all = O wszystkim
settings-notify_mine = Tylko o moich sprawach
settings-notify_none = Żadnych
settings-notify_label_all = o wszystkim
settings-notify_label_mine = tylko o Twoich sprawach
settings-notify_label_none = żadnych
settings-saved = Zapisane.

settings-tidy_label_off = tylko gdy użyjesz /exit
settings-tidy_label_hours = po { $hours } godz.
settings-tidy_button_off = Zostaw wiadomości
settings-tidy_button_hours = Usuń po { $hours } godz.
## feedback

feedback-topics =
    Zajęcia i grupy
    Zespół i wolontariuszki
    Budynek i dojazd
    Informacje i materiały
    Coś innego
feedback-choose_topic = O czym jest Twoja opinia?
feedback-ask_text =
    Temat: <b>{ $topic }</b>

    Napisz swoją opinię w jednej wiadomości (najwyżej { $limit } znaków). Wyślij /cancel, aby przerwać.
feedback-review =
    Sprawdź swoją opinię:

    <b>{ $topic }</b>
    „{ $body }”

    Wysłać?
feedback-send = Wyślij
feedback-rewrite = Napisz od nowa
feedback-cancel = Anuluj
feedback-thanks = Dziękujemy. Twoja opinia trafiła do zespołu (numer #{ $number }). Damy Ci znać, gdy odpowiedzą.
feedback-cancelled = Dobrze, nic nie wysłaliśmy.
feedback-you_said_we_did =
    <b>Ty mówisz, my działamy</b>

    Napisałaś (opinia #{ $number }, { $topic }):
    „{ $body }”

    Zespół odpowiada:
    { $response }

feedback-offer = Czy chcesz wysłać to jako opinię?
feedback-offer_yes = Tak, wyślij
feedback-offer_no = Nie
feedback-offer_dropped = Dobrze. Nie wysłaliśmy tego i nic nie zostało zapisane.
feedback-mine_header = <b>Twoje opinie i nasze odpowiedzi</b>
feedback-no_reply_yet = Jeszcze bez odpowiedzi.
## input

input-text_only = Wyślij odpowiedź jako wiadomość tekstową. Tutaj nie można użyć zdjęć, naklejek, wiadomości głosowych ani plików. Nic nie zapisaliśmy.
input-too_long =
    { $length ->
        [one] To jest { $length } znak. Limit to { $limit }. Skróć tekst i wyślij go jeszcze raz.
        [few] To są { $length } znaki. Limit to { $limit }. Skróć tekst i wyślij go jeszcze raz.
        [many] To jest { $length } znaków. Limit to { $limit }. Skróć tekst i wyślij go jeszcze raz.
       *[other] To jest { $length } znaku. Limit to { $limit }. Skróć tekst i wyślij go jeszcze raz.
    }
input-empty = Ta wiadomość była pusta. Napisz jakiś tekst.
input-cancelled = Przerwane. Nic nie zapisaliśmy.
input-nothing_to_cancel = Nie ma czego przerywać.
input-stale_button = Ten przycisk już nie działa.

## exit

exit-done = Dobrze.
exit-some_stay = Dobrze. Starsze wiadomości tutaj możesz usunąć tylko Ty: na liście czatów przytrzymaj ten czat (na iPhonie przesuń go w lewo) i wybierz Usuń.
## safeguarding

safeguarding-reply =
    Jeśli potrzebujesz pomocy teraz, możesz zadzwonić:
    { $helplines }

    Powiedzieliśmy o tym osobie w zespole, która dba o bezpieczeństwo. Ten czat nie jest sprawdzany cały czas, więc może nie zobaczyć tego od razu.
safeguarding-alert_words =
    <b>Alert bezpieczeństwa</b>
    Od: { $pseudonym }
    Słowa: { $words }
    Gdzie: { $source }
    Czas: { $time }
safeguarding-alert_button =
    <b>Alert bezpieczeństwa</b>
    { $pseudonym } nacisnęła „Potrzebuję wsparcia teraz”.
    Czas: { $time }
safeguarding-not_joined = ktoś, kto nie dołączył (bez wymyślonego imienia)
safeguarding-source_feedback = podczas pisania opinii
safeguarding-source_message = w wiadomości do bota
safeguarding-source_proposal = podczas podawania pomysłu
safeguarding-source_vote_reason = podczas podawania powodu głosu
safeguarding-seen_button = Widziane
safeguarding-seen_line = Widziała: { $who }, { $time }

safeguarding-reply_hours =
    Jeśli potrzebujesz pomocy teraz, możesz zadzwonić:
    { $helplines }

    Powiedzieliśmy o tym osobie w zespole, która dba o bezpieczeństwo. Czyta te alerty { $hours }, nie w innym czasie.
safeguarding-reply_untold =
    Jeśli potrzebujesz pomocy teraz, możesz zadzwonić:
    { $helplines }

    Ten czat nie jest sprawdzany, więc zadzwoń pod numery powyżej.
safeguarding-contacted_button = Kontakt nawiązany
safeguarding-contacted_line = Kontakt nawiązała: { $who }, { $time }
safeguarding-closed_button = Zamknięte
safeguarding-closed_line = Zamknęła: { $who }, { $time }
safeguarding-already_marked = Już oznaczone albo jeszcze niemożliwe: wiadomość pokazuje, na jakim etapie jest ten alert.
safeguarding-item_feedback = Wysłane jako: opinia nr { $number }
safeguarding-item_idea = Wysłane jako: pomysł nr { $number }
safeguarding-item_poll = Wysłane jako: powód jej głosu w głosowaniu nr { $number }
safeguarding-offered_button = Zaproponuj kontakt
safeguarding-offered_line = Kontakt zaproponował(a) { $who } o { $time }
safeguarding-answer_line = Jej odpowiedź: { $answer } ({ $time })
safeguarding-source_contact = podczas odpowiadania na propozycję kontaktu
## invite

invite-needed = Dzień dobry. Do tego czatu można dołączyć tylko z zaproszeniem. Jeśli masz link, otwórz go jeszcze raz.
invite-invalid = Przepraszamy, tego linku nie można użyć. Może wygasł albo ktoś już go użył. Poproś osobę, która go dała, o nowy.
invite-usage = Wyślij /invite, aby dostać jeden link z zaproszeniem, albo /invite 5, aby dostać pięć (najwyżej 20).
invite-made =
    <b>Linki z zaproszeniem: { $count }</b>
    Każdy działa dla jednej osoby, do { $expires }:

    { $links }

    Wyślij każdy link prywatnie jednej osobie. Użyty albo wygasły link przestaje działać.

## flood

flood-slow_down = Wysyłasz dużo bardzo szybko. Poczekaj minutę, potem pisz dalej.
flood-submissions = W ostatnich minutach wysłałaś dużo. Poczekaj chwilę, potem znów naciśnij Wyślij. Nic nie zginęło.

## staff

staff-feedback_topic = <b>{ $topic }</b> ({ $count })
staff-feedback_item =
    #{ $number } · { $pseudonym } · { $date } · { $state }
    { $body }
staff-state_answered = z odpowiedzią
staff-state_open = czeka na odpowiedź
staff-feedback_none = Nie ma jeszcze opinii.
staff-respond_usage = Wyślij /respond i numer opinii, na przykład /respond 12.
staff-respond_missing = Nie ma opinii #{ $number }.
staff-respond_ask =
    Odpowiedź na opinię #{ $number } od { $pseudonym } ({ $topic }):
    { $body }

    Napisz odpowiedź w jednej wiadomości. { $pseudonym } dostanie ją jako „Ty mówisz, my działamy”. Wyślij /cancel, aby przerwać.
staff-respond_review =
    Ta odpowiedź na #{ $number } trafi do { $pseudonym }:

    { $body }

    Wysłać?
staff-respond_sent = Wysłane. Opinia #{ $number } ma teraz odpowiedź.
staff-respond_gone = Opinii #{ $number } już nie ma (autorka mogła usunąć swoje dane). Nic nie wysłaliśmy.
staff-error_alert = Coś poszło nie tak przy obsłudze aktualizacji ({ $error }). Szczegóły są w dzienniku.

staff-respond_ask_offline =
    Odpowiedź na opinię #{ $number } od { $pseudonym } ({ $topic }):
    { $body }

    Dała ją poza czatem i nie pisze z botem. Twoja odpowiedź zostanie zapisana (zobaczy ją w swoich danych). Przekaż jej odpowiedź tak, jak ona dała opinię. Napisz ją w jednej wiadomości. Wyślij /cancel, aby przerwać.
staff-respond_review_offline =
    Ta odpowiedź na #{ $number } od { $pseudonym } zostanie zapisana (ona nie ma czatu, więc nic nie wyślemy):

    { $body }

    Zapisać?
staff-respond_saved_offline = Zapisane. Opinia #{ $number } ma teraz odpowiedź. Przekaż jej tę odpowiedź.
staff-respond_saved_quietly = Zapisane, niewysłane: autorka opinii #{ $number } nie chce wiadomości, więc zobaczy odpowiedź dopiero, gdy zajrzy (w /myfeedback). Opinia ma teraz odpowiedź.
staff-feedback_header_page = <b>Ostatnie opinie</b> · od { $first } do { $last } z { $count }, najnowsze najpierw
staff-feedback_more = Starsze: { $count }: /feedback { $page }
staff-feedback_page_empty = Nie ma takiej strony: /feedback pokazuje najnowsze.
## commands

commands-start = Dołącz albo zobacz główne menu
commands-menu = Główne menu
commands-share = Powiedz, co myślisz
commands-propose = Podaj pomysł
commands-ideas = Zobacz pomysły i je poprzyj
commands-myideas = Twoje pomysły
commands-vote = Głosowania dla Ciebie
commands-settings = Język i wiadomości
commands-privacy = Co zapisujemy i kto to widzi
commands-mydata = Wszystko, co o Tobie mamy
commands-forget = Usuń wszystko o sobie
commands-help = Co możesz tu zrobić
commands-cancel = Przerwij to, co robisz
commands-exit = Szybko wyjdź
commands-feedback = Zespół: ostatnie opinie
commands-respond = Zespół: odpowiedz na opinię
commands-pending = Zespół: pomysły do sprawdzenia
commands-proposals = Zespół: pomysły według poziomu
commands-proposal = Zespół: jeden pomysł i jego historia
commands-newpoll = Zespół: utwórz głosowanie
commands-polls = Zespół: otwarte i niedawne głosowania
commands-closepoll = Zespół: zamknij głosowanie teraz
commands-invite = Zespół: linki z zaproszeniem
commands-digest = Zespół: podsumowanie teraz
commands-report = Zespół: raport o współtworzeniu
commands-export = Zespół: eksport wszystkiego (CSV)

commands-onbehalf = Zespół: zapisz coś za kobietę spoza czatu
commands-eraseoffline = Zespół: usuń zapisy kobiety spoza czatu
commands-linkcode = Zespół: kod, który łączy jej wpisy spoza czatu z czatem
commands-herdata = Zespół: dane kobiety spoza czatu, do wydrukowania
commands-recognise = Zespół: zapisz, co kobieta dostała za swój czas
commands-policy = Jak dziękujemy za Twój czas
commands-link = Dodaj do swoich danych to, co dałaś poza czatem
commands-voice = Zespół: odtwórz wiadomość głosową opinii
commands-voiceidea = Zespół: odtwórz wiadomość głosową pomysłu
commands-tell = Zespół: napisz do kobiety po alercie (osoby od bezpieczeństwa)
commands-plan = Zespół: wstaw plan zespołu na drabinę
commands-toidea = Zespół: zapytaj, czy opinia może stać się pomysłem
commands-draft = Zespół: udostępnij szkic albo poprawkę wolontariuszkom pomysłu
commands-comments = Zespół: komentarze do szkiców pomysłu
commands-prefer = Zespół: zapieczętuj wybór zespołu w głosowaniu
commands-stages = Zespół: etapy pomysłu i kto ma jaką rolę
commands-review = Zespół: ustaw datę oceny pomysłu albo przeczytaj odpowiedzi
commands-helpers = Zespół: napisz do kobiet, które pomagają przy pomyśle
commands-myfeedback = Twoje opinie i nasze odpowiedzi
## error

error-general = Przepraszamy, coś poszło nie tak po naszej stronie. Spróbuj znowu za chwilę. Jeśli to się powtórzy, /mydata pokaże, co zapisaliśmy.

## proposals

proposals-ask_title = Jaki masz pomysł? Nadaj mu krótki tytuł (najwyżej { $limit } znaków). Wyślij /cancel, aby przerwać.
proposals-ask_body =
    Tytuł: <b>{ $title }</b>

    Teraz opisz pomysł w jednej wiadomości (najwyżej { $limit } znaków). Co by się zmieniło? Komu by to pomogło?
proposals-review =
    Sprawdź swój pomysł:

    <b>{ $title }</b>
    „{ $body }”

    Zespół czyta każdy pomysł, zanim zobaczą go inne kobiety. Wysłać?
proposals-thanks = Dziękujemy. Twój pomysł został wysłany (numer #{ $number }). Najpierw przeczyta go zespół. Co dalej, zobaczysz w /myideas.
proposals-cancelled = Dobrze, nie wysłaliśmy Twojego pomysłu.
proposals-you_published = Twój pomysł „{ $title }” jest już widoczny. Inne kobiety mogą go zobaczyć, poprzeć i zaoferować pomoc.
proposals-you_declined =
    Twój pomysł „{ $title }” nie został opublikowany.

    Powód: { $reason }
proposals-staff_new = Nowy pomysł #{ $number } czeka na sprawdzenie: „{ $title }”. Użyj /pending, aby go opublikować albo odrzucić.
proposals-browse_header = <b>Pomysły</b> · { $filter } · strona { $page } z { $pages }
proposals-browse_empty = Nie ma tu jeszcze opublikowanych pomysłów. Możesz podać swój przez /propose.
proposals-filter_all = wszystkie etapy
proposals-button_all = Wszystkie
proposals-button_level_1 = { ladder-plain_1 }
proposals-button_level_2 = { ladder-plain_2 }
proposals-button_level_3 = { ladder-plain_3 }
proposals-mine_button = #{ $number } { $title }
proposals-button_newer = ◀ Nowsze
proposals-button_older = Starsze ▶
proposals-button_back = ◀ Wróć do pomysłów
proposals-list_item = #{ $number } · { $title } ({ $level }) · poparcie: { $supporters }
proposals-detail =
    <b>#{ $number } { $title }</b>
    { $body }

    Etap: <b>{ $level }</b> – { $meaning }
    { $status }
    Poparcie: { $supporters } · Pomagają to tworzyć: { $volunteers }
proposals-detail_history = <b>Co się do tej pory stało</b>
proposals-status_open = Można poprzeć
proposals-status_adopted = Przyjęty
proposals-status_delivered = Zrobiony
proposals-status_not_possible = Niemożliwy
proposals-status_pending = Czeka, aż zespół go przeczyta
proposals-status_declined = Nieopublikowany
proposals-button_support = Popieram ten pomysł
proposals-button_unsupport = Cofam poparcie
proposals-button_volunteer = Chcę pomóc to zaplanować
proposals-button_unvolunteer = Już nie pomagam
proposals-supported = Dziękujemy za poparcie.
proposals-unsupported = Twoje poparcie zostało cofnięte.
proposals-volunteered = Dziękujemy. Damy Ci znać, gdy będzie w czym pomóc.
proposals-volunteered_quiet = Dziękujemy. Wybrałaś brak wiadomości od nas, więc nie napiszemy. Zajrzyj do pomysłu w /ideas, żeby zobaczyć, co się dzieje.
proposals-unvolunteered = Nie jesteś już na liście osób do pomocy.
proposals-own = To Twój pomysł, więc już się liczy jako Twój.
proposals-not_open = Ten pomysł jest zamknięty. Nie można go teraz zmienić.
proposals-missing = Ten pomysł nie jest dostępny.
proposals-mine_header = <b>Twoje pomysły</b>
proposals-mine_item = #{ $number } · { $title } · { $status } · { $level }
proposals-mine_none = Nie podałaś jeszcze żadnego pomysłu. Możesz to zrobić przez /propose.
proposals-history_submitted = { $date }: zgłoszony
proposals-history_published = { $date }: opublikowany
proposals-history_declined = { $date }: nieopublikowany – { $reason }
proposals-history_moved = { $date }: przeszedł wyżej: { $level } – { $reason }
proposals-history_closed = { $date }: zamknięty jako { $outcome } – { $reason }
proposals-history_not_possible = { $date }: niemożliwy ({ $limit }) – { $reason }
proposals-history_stage = { $date }: teraz etap „{ $stage }”
proposals-history_reviewed = { $date }: kobiety powiedziały, czy to działa

proposals-you_declined_limit =
    Twój pomysł „{ $title }” nie został opublikowany. Powód: { $limit }.

    Wyjaśnienie: { $reason }
proposals-origin_plan = Plan od zespołu.
proposals-origin_feedback = To była opinia. Autorka zgodziła się, żeby stała się pomysłem.
proposals-can_change = Co kobiety mogą jeszcze zmienić: { $change }
proposals-from_service = od zespołu (plan zespołu)
proposals-from_idea = od { $pseudonym }
proposals-from_feedback = od { $pseudonym } (z opinii)
## ladder

ladder-level_1 = konsultacja
ladder-level_2 = współprojektowanie
ladder-level_3 = współtworzenie
ladder-plain_1 = Słuchamy
ladder-plain_2 = Tworzymy razem
ladder-plain_3 = Decydujemy razem
ladder-meaning_1 = słuchamy i zbieramy opinie
ladder-meaning_2 = kobiety układają plan razem z zespołem, póki można go zmienić
ladder-meaning_3 = kobiety i zespół decydują razem
ladder-outcome_adopted = przyjęty
ladder-outcome_delivered = zrobiony
ladder-outcome_not_possible = niemożliwy
ladder-limit_law = prawo
ladder-limit_funder = warunki naszych darczyńców
ladder-limit_finance = nasze pieniądze
ladder-limit_safeguarding = bezpieczeństwo ludzi
ladder-limit_other = inny powód
ladder-evidence_co_design =
    { $supporters ->
        [one] { $supporters } osoba popiera
        [few] { $supporters } osoby popierają
        [many] { $supporters } osób popiera
       *[other] { $supporters } osoby popiera
    } na { $active } aktywnych uczestniczek (potrzeba: { $threshold })
ladder-evidence_co_production =
    { $volunteers ->
        [one] { $volunteers } wolontariuszka
        [few] { $volunteers } wolontariuszki
        [many] { $volunteers } wolontariuszek
       *[other] { $volunteers } wolontariuszki
    }, a głosowanie o wspólnej decyzji #{ $poll } wybrało: { $winner }
ladder-staff_suggestion =
    <b>Propozycja na drabinie</b>
    Pomysł #{ $number } „{ $title }” jest na etapie: { $level }. Może przejść wyżej: <b>{ $to_level }</b>.
    Dowód: { $evidence }
ladder-button_move = Przesuń wyżej
ladder-button_wait = Jeszcze nie
ladder-button_no = Niemożliwe
ladder-you_moved =
    <b>Ty mówisz, my działamy</b>
    Pomysł „{ $title }” przeszedł wyżej: <b>{ $level }</b>. To znaczy: { $meaning }.

    Dlaczego: { $reason }
ladder-you_closed =
    <b>Ty mówisz, my działamy</b>
    Pomysł „{ $title }” jest teraz: <b>{ $outcome }</b>.

    { $reason }
ladder-you_not_possible =
    <b>Ty mówisz, my działamy</b>
    Pomysłu „{ $title }” nie da się zrobić. Powód: { $limit }.

    { $reason }

ladder-you_not_yet =
    <b>Ty mówisz, my działamy</b>
    Pomysł „{ $title }” jeszcze nie przechodzi na etap: { $level }.

    Dlaczego: { $reason }

    Spojrzymy na niego znowu, gdy poparcie urośnie.
ladder-you_not_yet_limit =
    <b>Ty mówisz, my działamy</b>
    Pomysł „{ $title }” jeszcze nie przechodzi na etap: { $level }. Powód: { $limit }.

    Dlaczego: { $reason }

    Spojrzymy na niego znowu, gdy poparcie urośnie.
ladder-evidence_now = w tamtej chwili: poparcie { $supporters } na { $active } aktywnych uczestniczek (potrzeba: { $threshold }), wolontariuszki: { $volunteers }{ $poll }
ladder-evidence_poll = , głosowanie o wspólnej decyzji #{ $poll } wybrało: { $winner }
## moderation

moderation-none = Żadne pomysły nie czekają na sprawdzenie.
moderation-item =
    <b>Pomysł #{ $number }</b> od { $pseudonym } · { $date }
    <b>{ $title }</b>
    { $body }
moderation-publish = Opublikuj
moderation-decline = Odrzuć
moderation-published = Pomysł #{ $number } jest opublikowany. Autorka o tym wie.
moderation-published_quietly = Pomysł #{ $number } jest opublikowany. Autorka nie chce wiadomości, więc znajdzie go w /myideas.
moderation-declined = Pomysł #{ $number } został odrzucony. Autorka wie dlaczego.
moderation-declined_quietly = Pomysł #{ $number } został odrzucony. Autorka nie chce wiadomości. Powód przeczyta przy pomyśle w /myideas.
moderation-already = Pomysł #{ $number } był już sprawdzony.
moderation-missing = Nie ma pomysłu #{ $number }.

moderation-published_offline = Pomysł #{ $number } jest opublikowany. Autorka dała go poza czatem i nie pisze z botem. Powiedz jej o tym tak, jak dała pomysł.
moderation-declined_offline = Pomysł #{ $number } został odrzucony. Autorka dała go poza czatem i nie pisze z botem. Powiedz jej o tym i dlaczego, tak jak dała pomysł.
moderation-ask_decline_limit = Pomysł #{ $number } „{ $title }” nie zostanie opublikowany. Czy dotyczy go jedno z tych ograniczeń?
moderation-more = Czeka jeszcze: { $count }: /pending { $page }
moderation-page_empty = Nie ma takiej strony: /pending pokazuje pierwszą.
## staffladder

staffladder-list_header = <b>Pomysły na etapie: { $level }</b> · od { $first } do { $last } z { $count }, najnowsze najpierw
staffladder-list_header_all = <b>Opublikowane pomysły</b> · od { $first } do { $last } z { $count }, najnowsze najpierw
staffladder-list_item = #{ $number } · { $title } · { $level } · { $status } · poparcie: { $supporters }, pomoc: { $volunteers }
staffladder-list_none = Nie ma tu opublikowanych pomysłów.
staffladder-list_more = Jeszcze: { $count }: { $command }
staffladder-list_page_empty = Nie ma takiej strony: /proposals pokazuje pierwszą.
staffladder-usage = Wyślij /proposal i numer pomysłu, na przykład /proposal 12.
staffladder-list_usage = Wyślij /proposals albo /proposals 1, 2 lub 3 dla jednego poziomu. Numer strony podaj po poziomie: /proposals 1 2 albo /proposals all 2 dla wszystkich poziomów.
staffladder-detail =
    <b>Pomysł #{ $number }</b> { $pseudonym } · { $state }
    <b>{ $title }</b>
    { $body }

    Poziom: <b>{ $level }</b> · Wynik: { $outcome }
    Poparcie: { $supporters } · Wolontariuszki: { $volunteers }
staffladder-history_header = <b>Historia</b>
staffladder-history_item = { $date } · { $event }{ $who }{ $detail }
staffladder-who = { " " }· kto: { $name }
staffladder-event_submitted = zgłoszony
staffladder-event_published = opublikowany
staffladder-event_declined = odrzucony
staffladder-event_moved = przesunięty { $from_level } → { $to_level }
staffladder-event_closed = zamknięty: { $outcome }
staffladder-event_stage = etap: { $stage }
staffladder-event_reviewed = oceniony razem z kobietami
staffladder-detail_evidence =
    { "" }
    { "  " }dowód: { $evidence }
staffladder-detail_reason =
    { "" }
    { "  " }powód: { $reason }
staffladder-detail_limit =
    { "" }
    { "  " }ograniczenie: { $limit }
staffladder-button_move = Przesuń wyżej: { $level }
staffladder-button_adopted = Zamknij: przyjęty
staffladder-button_delivered = Zamknij: zrobiony
staffladder-button_not_possible = Zamknij: niemożliwy
staffladder-ask_limit = Pomysł #{ $number } „{ $title }”: jakie ograniczenie sprawia, że jest niemożliwy?
staffladder-ask_move_reason = Przesuwasz pomysł #{ $number } „{ $title }” wyżej: { $level }. W jednej wiadomości napisz zaangażowanym kobietom dlaczego. One to przeczytają. Wyślij /cancel, aby przerwać.
staffladder-ask_close_reason = Zamykasz pomysł #{ $number } „{ $title }” jako: { $outcome }. W jednej wiadomości napisz zaangażowanym kobietom, co będzie dalej. Wyślij /cancel, aby przerwać.
staffladder-ask_limit_reason = Ograniczenie: { $limit }. Prostymi słowami wyjaśnij, dlaczego pomysł #{ $number } jest niemożliwy. Zaangażowane kobiety to przeczytają. Wyślij /cancel, aby przerwać.
staffladder-review =
    To trafi do wszystkich osób zaangażowanych w pomysł #{ $number }:

    { $preview }

    Wysłać?
staffladder-confirm = Wyślij
staffladder-cancel = Anuluj
staffladder-done = Gotowe. Pomysł #{ $number } jest zmieniony. Wszystkie zaangażowane osoby dostaną wiadomość.
staffladder-waiting = Zapisane: pomysł #{ $number } na razie zostaje na etapie: { $level }. Zaangażowane kobiety dowiedzą się dlaczego. Propozycja wróci, gdy urośnie poparcie albo minie czas (zobacz README).
staffladder-already = To już zostało zdecydowane.
staffladder-invalid = Tego nie można teraz zrobić z pomysłem #{ $number } (mógł się w międzyczasie przesunąć albo zamknąć).
staffladder-missing = Nie ma pomysłu #{ $number }.
staffladder-check_private = Następny krok wysłałem Ci w naszym prywatnym czacie.
staffladder-start_private = Otwórz ze mną prywatny czat i najpierw wyślij /start. Potem naciśnij przycisk jeszcze raz.

staffladder-ask_wait_limit = Pomysł #{ $number } „{ $title }” jeszcze nie przechodzi wyżej. Czy dotyczy go jedno z tych ograniczeń?
staffladder-ask_not_yet_reason = Pomysł #{ $number } „{ $title }” jeszcze nie przechodzi wyżej.{ $limit } W jednej wiadomości napisz zaangażowanym kobietom dlaczego. One to przeczytają. Wyślij /cancel, aby przerwać.
staffladder-ask_decline_reason = Dlaczego pomysł #{ $number } „{ $title }” nie zostanie opublikowany?{ $limit } Napisz powód w jednej wiadomości. Autorka go przeczyta. Wyślij /cancel, aby przerwać.
staffladder-limit_line = { " " }Ograniczenie: { $limit }.
staffladder-decided_line = <b>Zdecydowano:</b> { $what } · kto: { $name } · { $time }
staffladder-decided_wait = jeszcze nie: zostaje na etapie { $level }
staffladder-decided_move = przesunięty wyżej: { $level }
staffladder-decided_no = niemożliwy
## polls

polls-card =
    <b>Głosowanie #{ $number }: { $question }</b>

    { $kind }
    Koniec: { $closes }. Do tego czasu możesz zmienić swój głos. Wyniki pokażemy po zakończeniu.
polls-card_limits = Ograniczenia podane przed głosowaniem: { $limits }
polls-card_choice = Twój głos: <b>{ $option }</b>
polls-kind_shared = To jest <b>wspólna decyzja</b>. Zrobimy to, co wybierzecie, chyba że przeszkodzi jedno z ograniczeń poniżej.
polls-kind_advisory = To jest głosowanie <b>doradcze</b>. Zespół weźmie wynik pod uwagę, gdy będzie decydować.
polls-button_reason = Dodaj powód (jeśli chcesz)
polls-voted = Dziękujemy, Twój głos jest zapisany.
polls-changed = Twój głos został zmieniony.
polls-same = To już jest Twój głos.
polls-closed = To głosowanie się skończyło. Nie można już zmienić głosu.
polls-not_eligible = To głosowanie nie jest dla Ciebie.
polls-invalid = To głosowanie nie jest dostępne.
polls-ask_reason = Dlaczego to wybrałaś? Jedna krótka wiadomość (najwyżej { $limit } znaków). Wyślij /cancel, aby pominąć.
polls-reason_saved = Dziękujemy, Twój powód jest zapisany razem z głosem.
polls-vote_first = Najpierw wybierz odpowiedź. Potem możesz dodać powód.
polls-reason_closed = Głosowanie się skończyło, więc powód nie został zapisany.
polls-none_open = Teraz nie ma głosowań dla Ciebie.
polls-open_header = <b>Głosowania dla Ciebie</b>
polls-reminder =
    <b>Przypomnienie: głosowanie #{ $number } niedługo się kończy</b> ({ $closes })
    { $question }

    Jeszcze nie zagłosowałaś. Wybierz poniżej.
polls-result =
    <b>Wynik głosowania #{ $number }: { $question }</b>

    { $options }

    Głosowało: { $turnout } z { $eligible }.
    { $verdict }
polls-result_option = { $option }: { $votes }
polls-verdict_shared = Decyzja: <b>{ $option }</b>. To wspólna decyzja. Zrobimy to, chyba że przeszkodzi podane ograniczenie.
polls-verdict_advisory = Najwięcej osób wybrało <b>{ $option }</b>. Zespół weźmie to pod uwagę.
polls-verdict_tie = Był remis, więc żadna odpowiedź nie wygrała. Zespół wyjaśni, co będzie dalej.
polls-verdict_tie_advisory = Był remis, więc żadna odpowiedź nie wygrała. Zespół weźmie pod uwagę wszystkie odpowiedzi, gdy będzie decydować.
polls-verdict_no_quorum = Za mało osób zagłosowało (potrzeba było co najmniej { $needed }). To głosowanie nie podjęło decyzji.
polls-staff_opened = Głosowanie #{ $number } „{ $question }” jest otwarte dla { $eligible } kobiet do { $closes }.

## newpoll

newpoll-ask_question = Jakie jest pytanie? Wyślij /cancel, aby przerwać.
newpoll-ask_options = Wyślij odpowiedzi, każdą w nowej linii (od 2 do 10, każda najwyżej 60 znaków).
newpoll-bad_options = Wyślij od 2 do 10 różnych odpowiedzi, każdą w nowej linii, każda najwyżej 60 znaków.
newpoll-ask_closing = Kiedy koniec? Wyślij czas trwania (na przykład <code>3d</code>, <code>36h</code>, <code>2 days 4h</code>) albo datę i godzinę w strefie { $zone } (na przykład <code>2026-12-01 18:00</code>).
newpoll-bad_closing = Nie rozumiem tego jako czasu między teraz a 90 dniami od teraz. Spróbuj <code>3d</code> albo <code>2026-12-01 18:00</code>.
newpoll-ask_quorum = Jakie jest kworum? Liczba głosujących (na przykład <code>10</code>) albo część kobiet, które mogą głosować (na przykład <code>30%</code>).
newpoll-bad_quorum = Wyślij liczbę całkowitą, na przykład <code>10</code>, albo procent, na przykład <code>30%</code>.
newpoll-ask_audience = Kto może głosować?
newpoll-audience_all = Wszystkie aktywne kobiety
newpoll-audience_proposal = Kobiety zaangażowane w jeden pomysł
newpoll-ask_proposal = Który pomysł? Wyślij jego numer. Głosować mogą autorka, osoby popierające i wolontariuszki.
newpoll-ask_link = Czy to głosowanie decyduje o jednym pomyśle? Wyślij jego numer albo naciśnij przycisk, jeśli nie.
newpoll-no_link = Nie decyduje o żadnym pomyśle
newpoll-bad_proposal = Nie ma opublikowanego pomysłu #{ $number }. Wyślij inny numer.
newpoll-ask_kind = Jaki to rodzaj decyzji?
newpoll-kind_advisory = Doradcze
newpoll-kind_shared = Wspólna decyzja
newpoll-ask_limits = Podaj z góry ograniczenia decyzji (prawo, warunki darczyńców, pieniądze) prostymi słowami. Kobiety je przeczytają. Albo naciśnij przycisk, jeśli ich nie ma.
newpoll-no_limits = Nie ma ograniczeń
newpoll-preview =
    <b>Podgląd</b> (to dostanie każda kobieta)

    { $card }

    Odpowiedzi: { $options }
    Kworum: { $quorum } · Głosują: { $audience }{ $link }
    Decyduje o: { $domains }
newpoll-preview_link = { " " }· Decyduje o pomyśle #{ $number }
newpoll-quorum_count =
    { $count ->
        [one] { $count } głos
        [few] { $count } głosy
        [many] { $count } głosów
       *[other] { $count } głosu
    }
newpoll-quorum_share = { $percent }% osób, które mogą głosować
newpoll-send = Otwórz głosowanie
newpoll-cancel = Anuluj
newpoll-sent = Głosowanie #{ $number } jest otwarte dla { $eligible } kobiet. Niedługo je dostaną.
newpoll-gone = Pomysłu z tego głosowania już nie ma. Nic nie wysłaliśmy.
newpoll-too_few = W tym głosowaniu mogłoby głosować mniej niż { $minimum } kobiety. Wtedy wynik pokazałby, jak głosowała każda z nich. Nic nie wysłaliśmy. Wybierz większą grupę.

## staffpolls

staffpolls-none = Nie ma otwartych ani niedawnych głosowań.
staffpolls-header = <b>Głosowania</b>
staffpolls-open_item = #{ $number } · { $question } · { $domains } · otwarte do { $closes } · głosowało { $turnout } z { $eligible } (kworum { $needed })
staffpolls-closed_item = #{ $number } · { $question } · { $domains } · zamknięte · głosowało { $turnout } z { $eligible } · { $verdict }
staffpolls-verdict_winner = wynik: { $option }
staffpolls-verdict_tie = remis
staffpolls-verdict_no_quorum = brak kworum
staffpolls-close_usage = Wyślij /closepoll i numer głosowania, na przykład /closepoll 3.
staffpolls-closed = Głosowanie #{ $number } jest zamknięte. Wynik trafi do wszystkich, którzy mogli głosować, i na czat zespołu.
staffpolls-not_open = Głosowanie #{ $number } nie jest otwarte.

## digest

digest-header = <b>Podsumowanie</b> · od { $since } do { $until }
digest-catch_up = To podsumowanie zastępuje { $count } zaplanowane podsumowania. Bot nie działał, gdy część z nich miała przyjść.
digest-quiet = Nic nowego i nic nie czeka na zespół.
digest-feedback_header = <b>Nowe opinie</b> ({ $count })
digest-feedback_topic = <b>{ $topic }</b> ({ $count })
digest-feedback_item =
    #{ $number } · { $pseudonym } · { $date }
    { $body }
digest-moderation_header = <b>Pomysły do sprawdzenia</b> ({ $count }) · /pending
digest-moderation_item = #{ $number } · { $pseudonym } · { $date } · „{ $title }”
digest-suggestions_header = <b>Propozycje przesunięcia wyżej, jeszcze bez decyzji</b> ({ $count })
digest-suggestion_item =
    #{ $number } „{ $title }” · { $level } → { $to_level } · zaproponowano { $date }
    { $evidence }
digest-polls_opened_header = <b>Otwarte głosowania</b> ({ $count })
digest-poll_opened_item = #{ $number } · { $question } · może głosować: { $eligible } · koniec { $closes }
digest-polls_closing_header = <b>Głosowania kończące się w ciągu 48 godzin</b> ({ $count })
digest-poll_closing_item = #{ $number } · { $question } · koniec { $closes } · głosowało { $turnout } z { $eligible } (kworum { $needed })
digest-polls_closed_header = <b>Zamknięte głosowania</b> ({ $count })
digest-poll_closed_item =
    #{ $number } · { $question } · głosowało { $turnout } z { $eligible }
    { $options }
    { $verdict }
digest-poll_option = { $option }: { $votes }
digest-verdict_winner = Wynik: <b>{ $option }</b>
digest-verdict_tie = Remis: żadna odpowiedź nie wygrała.
digest-verdict_no_quorum =
    { $needed ->
        [one] Brak kworum (potrzebny był { $needed } głos).
        [few] Brak kworum (potrzebne były { $needed } głosy).
        [many] Brak kworum (potrzeba było { $needed } głosów).
       *[other] Brak kworum (potrzeba było { $needed } głosu).
    }
digest-overdue_header =
    { $days ->
        [one] <b>Czeka na zespół dłużej niż { $days } dzień</b> ({ $count })
        [few] <b>Czeka na zespół dłużej niż { $days } dni</b> ({ $count })
        [many] <b>Czeka na zespół dłużej niż { $days } dni</b> ({ $count })
       *[other] <b>Czeka na zespół dłużej niż { $days } dnia</b> ({ $count })
    }
digest-overdue_feedback =
    { $days ->
        [one] Opinia #{ $number } ({ $topic }) od { $pseudonym }: bez odpowiedzi od { $days } dnia · /respond { $number }
        [few] Opinia #{ $number } ({ $topic }) od { $pseudonym }: bez odpowiedzi od { $days } dni · /respond { $number }
        [many] Opinia #{ $number } ({ $topic }) od { $pseudonym }: bez odpowiedzi od { $days } dni · /respond { $number }
       *[other] Opinia #{ $number } ({ $topic }) od { $pseudonym }: bez odpowiedzi od { $days } dnia · /respond { $number }
    }
digest-overdue_proposal =
    { $days ->
        [one] Pomysł #{ $number } „{ $title }”: czeka na sprawdzenie od { $days } dnia
        [few] Pomysł #{ $number } „{ $title }”: czeka na sprawdzenie od { $days } dni
        [many] Pomysł #{ $number } „{ $title }”: czeka na sprawdzenie od { $days } dni
       *[other] Pomysł #{ $number } „{ $title }”: czeka na sprawdzenie od { $days } dnia
    }
digest-overdue_suggestion =
    { $days ->
        [one] Pomysł #{ $number } „{ $title }”: propozycja przesunięcia na etap { $to_level } bez decyzji od { $days } dnia
        [few] Pomysł #{ $number } „{ $title }”: propozycja przesunięcia na etap { $to_level } bez decyzji od { $days } dni
        [many] Pomysł #{ $number } „{ $title }”: propozycja przesunięcia na etap { $to_level } bez decyzji od { $days } dni
       *[other] Pomysł #{ $number } „{ $title }”: propozycja przesunięcia na etap { $to_level } bez decyzji od { $days } dnia
    }
digest-safeguarding = <b>Alerty bezpieczeństwa</b>: { $count } (otwarte: { $open }, z kontaktem: { $contacted }, zamknięte: { $closed }). Szczegóły są tylko w samych alertach, nigdy w podsumowaniu.
digest-turnout_offline = { $turnout } (poza czatem: { $offline })
digest-more = …i jeszcze { $count }: { $command }
## report

report-usage =
    Wyślij /report, aby dostać ostatnie 90 dni, albo podaj okres:
    /report 30d – ostatnie 30 dni (dowolna liczba dni)
    /report 2026 – rok kalendarzowy
    /report 2026-Q1 – kwartał
    /report all – wszystko do teraz
report-period_days =
    { $days ->
        [one] ostatni dzień
        [few] ostatnie { $days } dni
        [many] ostatnie { $days } dni
       *[other] ostatnie { $days } dnia
    }
report-period_year = { $year }
report-period_quarter = { $year }, kwartał { $quarter }
report-period_all = cały czas
report-beginning = początku
report-header = <b>Raport o współtworzeniu</b> · { $period } (od { $since } do { $until })
report-activity = Otrzymane opinie: { $feedback } · Zgłoszone pomysły: { $ideas }
report-ladder =
    <b>Drabina</b>
    Doszły do etapu „{ $level_1 }” (opublikowane): { $reached_1 }
    Doszły do etapu „{ $level_2 }”: { $reached_2 }
    Doszły do etapu „{ $level_3 }”: { $reached_3 }
    Przesunięcia wyżej: { $moves } ({ $level_1 } → { $level_2 }: { $moves_2 }, mediana czasu { $took_2 }; { $level_2 } → { $level_3 }: { $moves_3 }, mediana czasu { $took_3 })
    Zamknięte: przyjęte { $adopted }, zrobione { $delivered }, niemożliwe { $not_possible }
report-decisions_header = <b>Decyzje</b>
report-decisions_shared = Wspólne decyzje: { $count } · głosowało { $turnout } z { $eligible } ({ $percent }; mediana { $median }) · kworum osiągnięte w { $met }
report-decisions_advisory = Głosowania doradcze: { $count } · głosowało { $turnout } z { $eligible } ({ $percent }; mediana { $median }) · kworum osiągnięte w { $met }
report-not_possible_header = <b>Niemożliwe, według ograniczenia</b> ({ $count })
report-not_possible_none = <b>Niemożliwe</b>: brak w tym okresie.
report-limit = <i>{ $limit }</i> ({ $count })
report-not_possible_item = #{ $number } „{ $title }” · { $date }: { $explanation }
report-response =
    <b>Czas odpowiedzi zespołu</b> (mediana, dla spraw z tego okresu)
    Razem: { $overall } (z odpowiedzią: { $answered }, wciąż czeka: { $waiting })
    Opinie z odpowiedzią: { $feedback }
    Sprawdzone pomysły: { $moderation }
    Propozycje z decyzją: { $suggestions }
report-hours = { $value } godz.
report-days = { $value } dni
report-no_data = –
report-chart_caption = Wykres do raportu o współtworzeniu · { $period }
report-chart_title = Współtworzenie · { $period }
report-chart_funnel = Pomysły na każdym etapie
report-chart_funnel_axis = pomysły
report-chart_turnout = Frekwencja w głosowaniach w czasie
report-chart_turnout_axis = frekwencja (% kobiet, które mogły głosować)
report-chart_shared = wspólne decyzje
report-chart_advisory = głosowania doradcze
report-chart_no_polls = W tym okresie nie zamknięto żadnego głosowania

report-offline =
    <b>Dane poza czatem</b> (zapisane przez zespół za kobiety): { $total }
    Opinie { $feedback } · pomysły { $idea } · poparcia { $support } · głosy { $vote }
    Formularz papierowy { $by_paper } · telefon { $by_phone } · zajęcia w grupie { $by_group } · inne { $by_other }
    Usunięcia na prośbę kobiety spoza czatu: { $erasures }
report-offline_none = <b>Dane poza czatem</b>: w tym okresie nic nie zapisano za kobiety.
report-recognition_header = <b>Podziękowania</b>: co kobiety dostały za swój czas, według poziomu drabiny
report-recognition_line = { $given } (zapisy: { $records }, kobiety: { $women })
report-recognition_nothing = nic
report-recognition_total = Razem
report-recognition_none = <b>Podziękowania</b>: w tym okresie nic nie zapisano.
report-title_removed = tytuł usunięty po czasie przechowywania
report-power_none = Zapis dzielenia władzy: w tym okresie nie zamknięto żadnego głosowania z zapieczętowanym wyborem zespołu.
report-power_header = <b>Zapis dzielenia władzy</b> · głosowania z zapieczętowanym wyborem zespołu: { $count }
report-power_lines = Kobiety wybrały inaczej: { $differed } · zespół poszedł za nimi: { $followed } · nie poszedł: { $not_followed } · jeszcze niezapisane: { $awaiting }
report-power_limit = { "  " }nie poszedł z powodu: { $limit }: { $count }
report-domains_header = <b>Wspólne decyzje według obszaru</b> (decyzja o kilku obszarach liczy się w każdym)
report-domains_line = { $domain }: { $count } · dla całej usługi { $service } · { $level_1 } { $at_1 } · { $level_2 } { $at_2 } · { $level_3 } { $at_3 }
## export

export-caption = Wszystko, pod pseudonimami: plików CSV: { $files } (wierszy: { $rows }). Kobiety są tu tylko pod wymyślonymi imionami, głosy tylko jako sumy. Przechowuj ten plik bezpiecznie.

## offline

offline-channel_telegram = w czacie
offline-channel_paper = formularz papierowy
offline-channel_phone = telefon
offline-channel_group = zajęcia w grupie
offline-channel_other = inaczej
offline-who = { $pseudonym } · { $channel }
offline-ask_who =
    <b>Zapisz coś za kobietę</b>
    Wyślij pseudonim z jej karty (na przykład P-7KQ4) albo naciśnij <b>Nowa kobieta</b>, jeśli zapisujesz coś za nią pierwszy raz. Wyślij /cancel, aby przerwać.
offline-button_new = Nowa kobieta
offline-who_new = nowy pseudonim (powstanie przy zapisie)
offline-bad_pseudonym = To nie wygląda na pseudonim. Pseudonim to P- i cztery litery lub cyfry, na przykład P-7KQ4. Spróbuj znowu albo wyślij /cancel.
offline-refused_unknown = Nie ma uczestniczki { $pseudonym }. Sprawdź jej kartę i spróbuj znowu albo wyślij /cancel.
offline-refused_in_chat = { $pseudonym } sama korzysta z czatu, więc sama robi swoje wpisy. Spróbuj innego pseudonimu albo wyślij /cancel.
offline-refused_missing = Tego pomysłu albo głosowania już nie ma. Nic nie zapisaliśmy.
offline-refused_not_open = Ten pomysł albo to głosowanie jest już zamknięte. Nic nie zapisaliśmy.
offline-refused_own = To pomysł { $pseudonym }, więc już się liczy jako jej. Nic nie zapisaliśmy.
offline-refused_already = { $pseudonym } już raz tu poparła albo zagłosowała. Jedna kobieta, jeden raz: nic nie zapisaliśmy.
offline-refused_not_eligible = { $pseudonym } nie była wśród kobiet, które mogły głosować, gdy to głosowanie się zaczęło. Nic nie zapisaliśmy.
offline-refused_invalid = Coś w tym wpisie było niepoprawne. Nic nie zapisaliśmy.
offline-ask_channel = Za: { $who }. Jak to przekazała?
offline-ask_kind = Za: { $who } ({ $channel }). Co to jest?
offline-kind_feedback = Opinia
offline-kind_idea = Pomysł
offline-kind_support = Poparcie pomysłu
offline-kind_vote = Głos w głosowaniu
offline-ask_topic = O czym jest jej opinia?
offline-ask_text = Temat: <b>{ $topic }</b>. Wpisz jej opinię tak, jak ją podała (najwyżej { $limit } znaków).
offline-ask_title = Wpisz tytuł jej pomysłu (najwyżej { $limit } znaków).
offline-ask_body = Teraz opis, tak jak go podała (najwyżej { $limit } znaków).
offline-ask_support_number = Który pomysł popiera? Wyślij jego numer (zobacz /proposals).
offline-ask_vote_number = W którym głosowaniu głosowała? Wyślij jego numer (zobacz /polls).
offline-no_such_idea = Nie ma opublikowanego, otwartego pomysłu z tym numerem. Wyślij inny numer albo /cancel.
offline-no_such_poll = Nie ma otwartego głosowania z tym numerem. Wyślij inny numer albo /cancel.
offline-ask_option =
    Głosowanie #{ $number }: { $question }
    Którą odpowiedź wybrała?
offline-what_feedback =
    Opinia · { $topic }
    { $body }
offline-what_idea =
    Pomysł: <b>{ $title }</b>
    { $body }
    (Czeka na sprawdzenie, jak każdy pomysł.)
offline-what_support = Poparcie pomysłu #{ $number } „{ $title }”
offline-what_vote =
    Głos w głosowaniu #{ $number } „{ $question }”: <b>{ $option }</b>
    Głos dany poza czatem jest ostateczny. Nie można go zmienić ani oddać drugi raz.
offline-review =
    <b>Sprawdź przed zapisaniem</b>
    Za: { $who }
    Jak przekazała: { $channel }

    { $what }
offline-button_save = Zapisz
offline-saved_feedback = Zapisane: opinia #{ $number } za { $pseudonym } ({ $channel }).
offline-saved_idea = Zapisane: pomysł #{ $number } za { $pseudonym } ({ $channel }). Czeka na sprawdzenie (/pending).
offline-saved_support = Zapisane: { $pseudonym } popiera pomysł #{ $number } ({ $channel }).
offline-saved_vote = Zapisane: głos { $pseudonym } w głosowaniu #{ $number } ({ $channel }).
offline-new_card = Jej pseudonim to <b>{ $pseudonym }</b>. Zapisz go na jej karcie. Niech poda go następnym razem, a wszystko zostanie przy niej.
offline-erase_usage = Wyślij /eraseoffline i jej pseudonim, na przykład /eraseoffline P-7KQ4.
offline-erase_ask =
    Usunąć wszystko, co zapisano za <b>{ $pseudonym }</b>: jej opinie, pomysły, poparcia, głosy i wszystko inne?
    Zostanie tylko notatka, że było usunięcie (kiedy i kto je zrobił). Nigdy czyje ani co. Tego nie da się cofnąć.
offline-button_erase = Tak, usuń wszystko
offline-erase_kept = Nic nie usunęliśmy.
offline-erased = Usunięte. Nic o niej nie zostało. Notatka mówi tylko, że było usunięcie.
offline-erase_gone = Nie ma już kobiety spoza czatu z takim zapisem. Nic nie usunęliśmy.
offline-link_usage = Wyślij /linkcode i jej pseudonim, na przykład /linkcode P-7KQ4.
offline-link_ask =
    Zrobić jednorazowy kod dla <b>{ $pseudonym }</b>?
    Gdy dołączy do bota w Telegramie, wyśle /link i kod. Wtedy wszystko, co zapisano za nią poza czatem, stanie się częścią jej czatu. Zostanie przy pseudonimie { $pseudonym }. Nowy kod zastępuje poprzedni.
offline-button_link = Zrób kod
offline-link_made =
    Jej jednorazowy kod: <b>{ $code }</b>
    Daj go jej osobiście (widać go tylko teraz). Ona dołącza przez /start, potem wysyła: /link { $code }
    Działa raz, do { $expires }.

## link

link-usage = Wyślij /link i kod od zespołu, na przykład /link 7KQ4-MN3X.
link-invalid = Ten kod nie działa. Może jest źle wpisany, już użyty albo za stary. Poproś zespół o nowy.
link-done = Gotowe. To, co dałaś nam na papierze, przez telefon albo w grupie, jest teraz w Twoich danych (zobacz /mydata). Twoje wymyślone imię to teraz <b>{ $pseudonym }</b>, to z Twojej karty.

## recognition

recognition-kind_voucher = bon
recognition-kind_payment = zapłata
recognition-kind_expenses = zwrot kosztów
recognition-kind_time_credit = godziny do wykorzystania
recognition-kind_other = inne
recognition-ask_who =
    <b>Zapisz, co kobieta dostała za swój czas</b>
    Wyślij jej pseudonim (na przykład P-7KQ4). Wyślij /cancel, aby przerwać.
recognition-unknown = Nie ma uczestniczki z takim pseudonimem. Sprawdź go i wyślij znowu albo wyślij /cancel.
recognition-ask_kind = Dla { $pseudonym }. Co dostała?
recognition-ask_amount = Ile? Na przykład 25, 12.50, £20 albo 15 EUR (bez waluty to { $currency }).
recognition-ask_hours = Ile godzin? Na przykład 2, 1.5, 1h30 albo 90 min.
recognition-ask_amount_or_hours = Ile albo ile godzin? Na przykład 25, £20, 15 EUR albo 2h, 90 min (kwota bez waluty to { $currency }).
recognition-bad_amount = Nie umiem odczytać tej kwoty. Spróbuj na przykład 25, 12.50, £20 albo 15 EUR.
recognition-bad_hours = Nie umiem odczytać tego czasu. Spróbuj na przykład 2, 1.5, 1h30 albo 90 min.
recognition-ask_item = Czy to za jeden konkretny pomysł? Wyślij jego numer (na przykład 12) albo naciśnij przycisk.
recognition-button_no_item = Nie za jeden pomysł
recognition-no_such_idea = Nie ma pomysłu z tym numerem. Wyślij inny numer albo naciśnij przycisk.
recognition-ask_level = Na jakim poziomie drabiny była praca, za którą to jest?
recognition-ask_purpose = Za co to było, w kilku słowach? Na przykład „współprowadzenie marcowej grupy” (najwyżej { $limit } znaków).
recognition-for_idea = pomysł #{ $number } „{ $title }”
recognition-for_no_idea = nie za jeden pomysł
recognition-review =
    <b>Sprawdź przed zapisaniem</b>
    Dla: { $pseudonym }
    Co: { $kind }, { $value }
    Za co: { $purpose }
    Pomysł: { $item }
    Poziom drabiny: { $level }
recognition-saved = Zapisane: wpis #{ $number }, { $kind }: { $value } dla { $pseudonym }. Zobaczy to w swoich danych (/mydata, albo /herdata dla kobiety spoza czatu).
recognition-refused_gone = Jej albo tego pomysłu już nie ma (usunięto w międzyczasie). Nic nie zapisaliśmy.
recognition-refused_invalid = Coś w tym wpisie było niepoprawne. Nic nie zapisaliśmy.
recognition-policy =
    <b>Jak dziękujemy za Twój czas</b>

    { $policy }
recognition-policy_unset = Nie spisaliśmy jeszcze, jak dziękujemy za czas. Zapytaj kogoś z zespołu.

## intake

intake-received_before_restart = Bot uruchomił się ponownie, gdy Ci odpowiadał. To, co wysłałaś tuż przed tym, dotarło i jest zapisane. Wyślij /menu, aby iść dalej.

## risk

# Never shown to women. One phrase per line; zabije/zabiję matches either form.
risk-words =
    zabiję/zabije/zabić/zabic się
    zabiję/zabije/zabijać/zabijac siebie
    odebrać/odebrac sobie życie/zycie
    skończyć/skonczyc ze sobą/soba
    skończę/skoncze ze sobą/soba
    chcę/chce umrzeć/umrzec
    nie chcę/chce żyć/zyc
    samobójstwo/samobojstwo/samobójcze/samobojcze/samobójczyni
    samookaleczenie/samookaleczam/okaleczam się
    zrobić/zrobic/zrobię/zrobie sobie krzywdę/krzywde
    tnę/tne się
    przedawkować/przedawkowac/przedawkowałam/przedawkowalam/przedawkowanie
    zabije/zabiję/zabić/zabic mnie
    grozi/groził/grozil/grozić/grozic mi śmiercią/smiercia
    groził/grozil/grozi że mnie zabije
    grozi/groził/grozil mi
    bije/bił/bil/pobił/pobil/uderzył/uderzyl/uderza/kopie/kopnął/kopnal mnie
    szarpie/szarpał/szarpal/popycha/popchnął/popchnal mnie
    dusi/dusił/dusil/udusi mnie
    krzywdzi/skrzywdził/skrzywdzil mnie
    zgwałcił/zgwalcil/zgwałcona/zgwalcona/gwałt/gwalt/gwałci/gwalci
    napaść/napasc seksualna
    boję/boje się jego/go/jej/męża/meza/partnera/chłopaka/chlopaka/byłego/bylego
    boję/boje się o swoje/moje życie/zycie
    nie jestem bezpieczna w domu
    nie czuję/czuje się bezpieczna
    nie mogę/moge wrócić/wrocic do domu
    jestem w niebezpieczeństwie/niebezpieczenstwie
    nie pozwala mi wyjść/wyjsc
    zamknął/zamknal mnie

## retention

retention-notice = Dawno tu nie pisałaś ({ $days } dni). Żeby trzymać o Tobie jak najmniej, usuniemy wszystko, co o Tobie mamy, po { $date }. Jeśli chcesz, żebyśmy to zatrzymali, wyślij /menu przed tym dniem.

## voice

voice-stored = (wiadomość głosowa, { $length })
voice-shown = 🎤 Wiadomość głosowa ({ $length })
voice-feedback_review =
    Sprawdź swoją opinię:

    <b>{ $topic }</b>
    🎤 Twoja wiadomość głosowa ({ $length })

    Trzymamy tylko link z Telegrama, nie kopię. Zespół jej wysłucha.
    W wiadomości głosowej nie możemy sprawdzić słów, które znaczą, że możesz nie być bezpieczna. Jeśli potrzebujesz pomocy teraz, naciśnij <b>Potrzebuję wsparcia teraz</b>.

    Wysłać?
voice-idea_review =
    Sprawdź swój pomysł:

    <b>{ $title }</b>
    🎤 Twoja wiadomość głosowa ({ $length })

    Trzymamy tylko link z Telegrama, nie kopię. Zespół słucha każdego pomysłu, zanim zobaczą go inne kobiety.
    W wiadomości głosowej nie możemy sprawdzić słów, które znaczą, że możesz nie być bezpieczna. Jeśli potrzebujesz pomocy teraz, naciśnij <b>Potrzebuję wsparcia teraz</b>.

    Wysłać?
voice-text_or_voice = Napisz odpowiedź albo wyślij wiadomość głosową. Tutaj nie można użyć zdjęć, naklejek ani plików. Nic nie zapisaliśmy.
voice-offer =
    Czy chcesz wysłać tę wiadomość głosową ({ $length }) jako opinię?
    Jeśli tak, zachowamy tylko link z Telegrama, nie kopię.
    W wiadomości głosowej nie możemy sprawdzić słów, które znaczą, że możesz nie być bezpieczna. Jeśli potrzebujesz pomocy teraz, naciśnij <b>Potrzebuję wsparcia teraz</b>.
voice-staff_usage = Wyślij /voice i numer opinii (na przykład /voice 12) albo /voiceidea i numer pomysłu.
voice-staff_none_feedback = Opinia #{ $number } nie ma wiadomości głosowej.
voice-staff_none_idea = Pomysł #{ $number } nie ma wiadomości głosowej.
voice-staff_caption_feedback = Wiadomość głosowa: opinia #{ $number } od { $pseudonym } ({ $length })
voice-staff_caption_idea = Wiadomość głosowa: pomysł #{ $number } od { $pseudonym } ({ $length })

## notice

notice-first_line = <b>Nowa wiadomość</b>

## plans

plans-ask_title = Plan od zespołu. Nadaj mu krótki tytuł (najwyżej { $limit } znaków). Wyślij /cancel, aby przerwać.
plans-ask_body = Opisz plan w jednej wiadomości: co by się zmieniło i dla kogo.
plans-ask_level = Od czego zaczyna? Przy konsultacji kobiety dają swoje zdanie. Przy współprojektowaniu kształtują plan z wami, póki można go zmienić.
plans-ask_change = Co kobiety mogą jeszcze zmienić w tym planie? Napisz to w jednej wiadomości. Przeczytają to razem z planem.
plans-ask_decided = Co zespół już zdecydował i dlaczego? Napisz to w jednej wiadomości albo naciśnij przycisk, jeśli nic nie jest jeszcze zdecydowane.
plans-button_nothing_decided = Nic nie jest jeszcze zdecydowane
plans-ask_limit = Czy jedno z tych ograniczeń wyjaśnia, co już zdecydowano?
plans-button_no_limit = Żadne ograniczenie
plans-decided_line = Już zdecydowane: { $decided }
plans-decided_line_limit = Już zdecydowane ({ $limit }): { $decided }
plans-decided_nothing = Nic nie jest jeszcze zdecydowane.
plans-review =
    <b>{ $title }</b>
    { $body }

    Zaczyna od: <b>{ $level }</b>
    Kobiety mogą jeszcze zmienić: { $change }
    { $decided }

    Opublikować ten plan? Wtedy kobiety mogą go zobaczyć, poprzeć i zaoferować pomoc.
plans-published = Plan #{ $number } jest opublikowany. Kobiety znajdą go w /ideas.
plans-toidea_usage = Wyślij /toidea i numer opinii, na przykład /toidea 12.
plans-toidea_ask_title =
    Opinia #{ $number }:
    „{ $body }”

    Jeśli autorka się zgodzi, stanie się pomysłem, który inne mogą poprzeć. Ona będzie autorką. Nadaj mu krótki tytuł (najwyżej { $limit } znaków). Wyślij /cancel, aby przerwać.
plans-toidea_review = Zapytać autorkę opinii #{ $number }, czy może ona stać się pomysłem „{ $title }”? Dostanie neutralną wiadomość z Tak / Nie. Nic nie zostanie pokazane, jeśli nie powie tak.
plans-toidea_asked = Autorka opinii #{ $number } została zapytana. Czat zespołu pozna jej odpowiedź.
plans-toidea_offline = Autorka opinii #{ $number } dała ją poza czatem i nie pisze z botem, więc nie można jej tu zapytać. Zapytaj ją tak, jak dała opinię. Nic nie zostało pokazane.
plans-toidea_quiet = Autorka opinii #{ $number } nie chce wiadomości, więc nie można jej zapytać. Nic nie zostało pokazane.
plans-ask_author =
    Zespół chciałby pokazać coś, co napisałaś, jako pomysł, który inne mogą poprzeć. Tytuł: „{ $title }”. Będziesz autorką, tylko pod swoim pseudonimem.

    Co napisałaś:
    „{ $body }”

    Czy się zgadzasz?
plans-button_yes = Tak, pokażcie to
plans-button_no = Nie, dziękuję
plans-you_agreed = Dziękujemy. To jest teraz pomysł #{ $number }. Możesz go śledzić w /myideas.
plans-you_refused = Dobrze, nie pokażemy tego. Dziękujemy za odpowiedź.
plans-already_answered = Już na to odpowiedziałaś.
plans-staff_agreed = Autorka opinii #{ $feedback } się zgodziła: to jest teraz pomysł #{ $number } „{ $title }”.
plans-staff_refused = Autorka opinii #{ $feedback } woli nie pokazywać jej jako pomysłu („{ $title }”). Nic nie zostało pokazane.

## codesign

codesign-draft_usage = Wyślij /draft i numer pomysłu, na przykład /draft 12.
codesign-not_co_design = Pomysł #{ $number } nie jest otwarty na etapie współprojektowania ani współtworzenia, więc nie ma szkiców do udostępnienia.
codesign-ask_body = Szkic { $version } pomysłu #{ $number } „{ $title }”. Wyślij jego tekst w jednej wiadomości (najwyżej { $limit } znaków) albo zdjęcie lub dokument z tekstem w podpisie. Wyślij /cancel, aby przerwać.
codesign-caption_needed = Wyślij zdjęcie albo dokument z tekstem szkicu w podpisie (w zwykłej długości).
codesign-ask_changes = Co się zmieniło od ostatniej wersji? Napisz to w jednej wiadomości. Kobiety przeczytają to najpierw.
codesign-ask_take =
    Komentarz { $position } z { $count } (#{ $number }, { $kind } od { $pseudonym }):
    „{ $body }”

    Czy ta wersja go uwzględnia?
codesign-button_taken = Uwzględniony
codesign-button_not_taken = Nieuwzględniony
codesign-ask_limit = Komentarz #{ $number } nie został uwzględniony. Czy dotyczy go jedno z tych ograniczeń?
codesign-ask_reason = Dlaczego komentarz #{ $number } nie został uwzględniony? Napisz to w jednej wiadomości. Ona to przeczyta.
codesign-ask_audience = Kto dostanie ten szkic?
codesign-audience_volunteers = Wolontariuszki
codesign-audience_involved = Wolontariuszki, osoby popierające i autorka
codesign-with_photo =
    Ze zdjęciem.
    { "" }
codesign-with_document =
    Z dokumentem.
    { "" }
codesign-review =
    <b>Szkic { $version } pomysłu #{ $number } „{ $title }”</b>
    { $changes }{ $body }

    { $file }Dla: { $audience }
    Komentarze uwzględnione: { $taken } · nieuwzględnione: { $not_taken } (każda kobieta dowie się o swoich)

    Wysłać?
codesign-changes_line =
    <b>Co się zmieniło:</b> { $changes }

    { "" }
codesign-changes_took_line =
    <b>Co się zmieniło:</b> { $changes }
    Uwzględniliśmy { $taken } z { $decided } komentarzy do poprzedniej wersji.

    { "" }
codesign-shared = Szkic { $version } pomysłu #{ $number } jest udostępniony. Komentarze zobaczysz w /comments { $number }.
codesign-not_shared = Nic nie udostępniliśmy: pomysł #{ $number } zmienił się w międzyczasie (zamknięty albo komentarz był już rozstrzygnięty). Zacznij od nowa przez /draft { $number }.
codesign-comments_usage = Wyślij /comments i numer pomysłu, na przykład /comments 12.
codesign-no_drafts = Pomysł #{ $number } nie ma jeszcze szkiców. Udostępnij szkic przez /draft { $number }.
codesign-comments_header = <b>Komentarze do #{ $number } „{ $title }”</b>
codesign-comments_draft = <b>Szkic { $version }</b> · { $date } · komentarze: { $count }
codesign-comments_item = #{ $number } · { $pseudonym } · { $kind }: „{ $body }” · { $state }
codesign-state_open = otwarty
codesign-state_taken = uwzględniony w szkicu { $version }
codesign-state_not_taken = nieuwzględniony w szkicu { $version }
codesign-kind_comment = komentarz
codesign-kind_suggestion = propozycja zmiany
codesign-button_comment = Skomentuj
codesign-button_suggest = Zaproponuj zmianę
codesign-button_file = Zobacz zdjęcie albo dokument
codesign-you_draft =
    Szkic do wspólnego kształtowania: „{ $title }” (wersja { $version })

    { $changes }{ $body }

    Poniżej możesz skomentować albo zaproponować zmianę. Dowiesz się, czy Twoje propozycje zostały uwzględnione, a jeśli nie, to dlaczego.
codesign-you_outcome =
    Co się stało z tym, co powiedziałaś o „{ $title }” (teraz wersja { $version }):
    { $lines }
codesign-line_taken = ✓ „{ $said }” zostało uwzględnione.
codesign-line_not_taken = ✗ „{ $said }” nie zostało uwzględnione: { $reason }
codesign-line_not_taken_limit = ✗ „{ $said }” nie zostało uwzględnione. Powód: { $limit }: { $reason }
codesign-ask_comment = Twój komentarz do wersji { $version }, w jednej wiadomości (najwyżej { $limit } znaków). Wyślij /cancel, aby przerwać.
codesign-ask_suggestion = Zmiana, którą proponujesz w wersji { $version }, w jednej wiadomości (najwyżej { $limit } znaków). Wyślij /cancel, aby przerwać.
codesign-comment_review =
    Sprawdź:
    „{ $body }”

    Wysłać?
codesign-comment_thanks = Dziękujemy. Zespół to przeczyta. Dowiesz się, czy zostało uwzględnione.
codesign-comment_thanks_quiet = Dziękujemy. Zespół to przeczyta. Wybrałaś brak wiadomości od nas. Zajrzyj do /mydata, żeby zobaczyć, czy zostało uwzględnione.
codesign-comment_newer = Jest już nowsza wersja tego szkicu. Skomentuj tamtą.
codesign-comment_cancelled = Dobrze, nic nie wysłaliśmy.
codesign-staff_new_comment = Nowy komentarz do szkicu { $version } pomysłu #{ $number }. Przeczytaj go przez /comments { $number }.

## power

power-usage = Wyślij /prefer i numer głosowania, na przykład /prefer 4.
power-not_open = Głosowanie #{ $number } nie jest otwarte, więc nie można zapieczętować dla niego wyboru.
power-ask_preference =
    Głosowanie #{ $number }: { $question }
    Którą odpowiedź woli sam zespół? Wybór jest zapieczętowany: kobiety nie zobaczą go przed końcem głosowania, więc nie może ich kierować. Na koniec bot zapisze, czy wybrały inaczej.{ $current }
power-current =
    { "" }
    Teraz zapieczętowane: { $option } (możesz zmienić do końca głosowania).
power-sealed = Zapieczętowane dla głosowania #{ $number }. Kobiety tego nie zobaczą. Na koniec porównamy to z ich wyborem.
power-staff_agreed = Głosowanie #{ $number } „{ $question }”: kobiety wybrały { $women }, tę samą odpowiedź, którą wolał zespół.
power-staff_differed =
    <b>Kobiety wybrały inaczej</b>
    Głosowanie #{ $number } „{ $question }”: kobiety wybrały <b>{ $women }</b>. Zespół wolał { $staff }.
    Co zrobi zespół? Wszystkie głosujące to usłyszą, razem z Twoim wyjaśnieniem.
power-staff_undecided = Głosowanie #{ $number } „{ $question }” niczego nie zdecydowało (remis albo brak kworum), więc nie porównujemy go z wyborem zespołu ({ $staff }).
power-button_follow = Idź za wyborem kobiet
power-button_not_follow = Nie idź (jest ograniczenie)
power-ask_follow_reason = Głosowanie #{ $number }: zespół idzie za wyborem kobiet. W jednej wiadomości napisz głosującym, co będzie dalej. Wyślij /cancel, aby przerwać.
power-ask_limit = Głosowanie #{ $number }: jakie ograniczenie nie pozwala zespołowi iść za wyborem kobiet?
power-ask_not_follow_reason = Głosowanie #{ $number }: prostymi słowami wyjaśnij, dlaczego zespół nie może iść za wyborem kobiet. Wszystkie głosujące to przeczytają. Wyślij /cancel, aby przerwać.
power-review =
    To trafi do wszystkich, które głosowały:

    { $preview }

    Wysłać?
power-recorded = Zapisane dla głosowania #{ $number }. Wszystkie głosujące się dowiedzą.
power-you_followed =
    Głosowanie #{ $number } „{ $question }”: wybrałyście <b>{ $women }</b> i zespół pójdzie za Waszym wyborem.

    { $explanation }
power-you_not_followed =
    Głosowanie #{ $number } „{ $question }”: wybrałyście <b>{ $women }</b>, ale zespół nie może tego zrobić. Powód: { $limit }.

    { $explanation }
power-staff_next_step =
    <b>Brak decyzji</b>
    Głosowanie o wspólnej decyzji #{ $number } „{ $question }” niczego nie zdecydowało (remis, brak głosów albo brak kworum). Co dalej? Kobiety się dowiedzą.
power-button_again = Głosujmy jeszcze raz
power-button_decide = Zdecyduj, z powodem
power-ran_again = Głosowanie #{ $number } odbywa się znowu jako głosowanie #{ $again }. Kobiety, które mogą głosować, już je dostały.
power-cannot_run_again = Teraz nie można głosować znowu: za mało kobiet mogłoby głosować albo pomysłu już nie ma.
power-ask_option = Głosowanie #{ $number }: którą odpowiedź wybiera zespół?
power-ask_decided_reason = Głosowanie #{ $number }: zespół wybiera „{ $option }”. W jednej wiadomości napisz kobietom, które mogły głosować, dlaczego. Wyślij /cancel, aby przerwać.
power-review_decided =
    To trafi do każdej kobiety, która mogła głosować:

    { $preview }

    Wysłać?
power-decided = Zapisane dla głosowania #{ $number }. Kobiety, które mogły głosować, się dowiedzą.
power-you_decided =
    Głosowanie #{ $number } „{ $question }” tego nie rozstrzygnęło, więc zespół zdecydował: <b>{ $option }</b>.

    Dlaczego: { $reason }
domains-priorities = Priorytety
domains-design = Projekt
domains-language = Język
domains-accessibility = Dostępność
domains-delivery = Realizacja
domains-done = Gotowe
domains-ask = Czego to dotyczy? Wybierz jedno lub więcej, potem naciśnij Gotowe. Wybrane: { $chosen }
domains-none_yet = jeszcze nic
domains-pick_one = Wybierz co najmniej jedno.
domains-chosen = Decyduje o: { $domains }
domains-none = nie zapisano
## decision domains on staff decisions
staffladder-event_not_yet = jeszcze nie: { $from_level } → { $to_level }
staffladder-detail_domains =
    { "" }
    { "  " }dotyczy: { $domains }
proposals-history_not_yet = { $date }: jeszcze nie przechodzi na etap: { $level } – { $reason }
proposals-history_not_yet_limit = { $date }: jeszcze nie przechodzi na etap: { $level } ({ $limit }) – { $reason }
proposals-history_about = { $line } · dotyczy: { $domains }
report-staff_domains_header = <b>Decyzje podjęte przez zespół samodzielnie, według obszaru</b> (przejście wyżej, jeszcze nie, zamknięcie, odrzucenie, to, co plan już ustalił)
report-staff_domains_line = { $domain }: { $count } · { $level_1 } { $at_1 } · { $level_2 } { $at_2 } · { $level_3 } { $at_3 }

## delivery

# Etapy, przez które przechodzi pomysł na etapie współtworzenia, i role, które kobiety mogą
# objąć na każdym z nich (nazwy w STAGE_ROLES to klucze).
stages-plan = Planowanie
stages-design = Projekt
stages-access = Język i dostępność
stages-delivery = Realizacja
stages-review = Ocena
stages-finished = Wszystkie etapy za nami
roles-reviewer = Recenzentka
roles-designer = Projektantka
roles-co_facilitator = Współprowadząca
delivery-stages_usage = Wyślij /stages i numer pomysłu, na przykład /stages 12.
delivery-no_stages = Pomysł #{ $number } nie jest na etapie współtworzenia, więc nie ma etapów.
delivery-no_stages_now = Ten pomysł nie ma teraz etapów. Nie jest na etapie współtworzenia albo zamknięto go jako niemożliwy.
delivery-not_started = jeszcze się nie zaczęły
delivery-stages_header = <b>Etapy pomysłu #{ $number } „{ $title }”</b>
    Teraz: { $stage }
delivery-stage_line =
    { $marker }<b>{ $stage }</b>{ $moved }
    { $roles }
delivery-moved_on = { " " }· od { $date }
delivery-role_holders = { $role }: { $who }
delivery-nobody = jeszcze nikt
delivery-finished_on = Wszystkie etapy zakończone { $date }.
delivery-button_move = Dalej, do etapu: { $stage }
delivery-button_finish = Zakończ etapy
delivery-moved = Teraz etap: { $stage }
delivery-moved_already = To już się przesunęło. Otwórz /stages jeszcze raz, aby zobaczyć, gdzie jest teraz.
delivery-review_first = Ocena jeszcze się nie skończyła. Można iść dalej, gdy kobiety powiedzą, czy to działa.
delivery-review_none = Ocena: nie ma jeszcze daty. Ustaw ją przez /review { $number }.
delivery-review_set = Ocena: kobiety dostaną pytanie { $date }.
delivery-review_open = Ocena: kobiety odpowiadają teraz, do { $date }.
delivery-review_result = Ocena zakończona { $date }. Zapytane: { $asked }. Tak: { $yes }. Częściowo: { $partly }. Nie: { $no }.
delivery-review_usage = Wyślij /review i numer pomysłu, na przykład /review 12.
delivery-review_current = { " " }Obecna data to { $date }.
delivery-ask_review_date = Kiedy zapytać kobiety, czy #{ $number } „{ $title }” działa?{ $current } Wyślij datę, na przykład <code>2026-06-30</code>, albo liczbę dni, na przykład <code>30d</code>. Będą miały { $days } dni na odpowiedź. Wyślij /cancel, aby przerwać.
delivery-bad_review_date = Nie rozumiem. Wyślij datę w ciągu roku, na przykład <code>2026-06-30</code>, albo dni, na przykład <code>30d</code>.
delivery-review_saved = Gotowe. Dnia { $date } kobiety, które pomagały przy #{ $number }, dostaną pytanie: czy to działa?
delivery-review_already_sent = Pytanie o ocenę #{ $number } już wysłano, więc daty nie można zmienić.
delivery-review_header = <b>Ocena #{ $number } „{ $title }”</b>
delivery-review_so_far = Odpowiedzi do tej pory: { $count } z { $asked }. Co powiedziały, zobaczysz po { $date }.
delivery-comments_header = Komentarze: { $count }
delivery-comment_item = { $answer }: „{ $comment }”
delivery-no_answer = bez odpowiedzi
delivery-button_roles = Role, które możesz objąć
delivery-roles_screen =
    <b>Role przy #{ $number } „{ $title }”</b>
    Etap teraz: { $stage }

    Twoje role:
    { $mine }

    Naciśnij rolę, aby ją objąć. Naciśnij jeszcze raz, aby z niej zrezygnować.
delivery-my_role = { $role } ({ $stage })
delivery-no_roles_yet = jeszcze żadnej
delivery-button_take = Obejmij: { $role } ({ $stage })
delivery-button_leave = ✓ Zrezygnuj: { $role } ({ $stage })
delivery-button_back = Wróć
delivery-roles_closed = Teraz nie możesz tu objąć roli.
delivery-role_already = Nic się nie zmieniło: już tak jest.
delivery-volunteer_first = Najpierw naciśnij przy pomyśle „Chcę pomóc to zaplanować”.
delivery-role_taken = Jesteś teraz: { $role } ({ $stage }). Dziękujemy!
delivery-role_left = Zrezygnowałaś z roli: { $role } ({ $stage }).
delivery-review_ask =
    Czy to działa? Brałaś udział w #{ $number } „{ $title }”. Chcemy wiedzieć, czy to działa dla Ciebie.

    Odpowiedz do { $closes }. Możesz też dodać komentarz.
delivery-review_yours = Twoja odpowiedź: <b>{ $answer }</b>. Możesz ją zmienić do końca.
delivery-answer_yes = Tak
delivery-answer_partly = Częściowo
delivery-answer_no = Nie
delivery-button_comment = Dodaj komentarz
delivery-answer_thanks = Dziękujemy. Twoja odpowiedź jest zapisana.
delivery-review_closed = To pytanie jest już zamknięte.
delivery-ask_comment = Twój komentarz o „{ $title }”, w jednej wiadomości (najwyżej { $limit } znaków). Wyślij /cancel, aby przerwać.
delivery-comment_thanks = Dziękujemy. Twój komentarz jest zapisany. Zespół czyta go bez Twojego imienia.
delivery-staff_review_sent = Pytanie o ocenę #{ $number } „{ $title }” poszło do kobiet: { $count }. Bez wiadomości, na własne życzenie: { $quiet } (ich nie zapytano). Koniec: { $closes }.
delivery-evidence_review = zapytane { $asked }: tak { $yes }, częściowo { $partly }, nie { $no }; komentarze { $comments }
delivery-staff_review_closed = Ocena #{ $number } zakończona. Zapytane: { $asked }. Tak: { $yes }. Częściowo: { $partly }. Nie: { $no }. Komentarze: { $comments }. Przeczytasz je przez /review { $number }.
delivery-helpers_usage = Wyślij /helpers i numer pomysłu, na przykład /helpers 12.
delivery-no_helpers = Nikt jeszcze nie zgłosił się do pomocy przy pomyśle #{ $number }, więc nie ma do kogo pisać.
delivery-ask_helpers_audience = Kto ma dostać Twoją wiadomość o #{ $number } „{ $title }”?
delivery-audience_volunteers = Wszystkie pomagające ({ $count })
delivery-audience_roles = Tylko kobiety z rolą ({ $count })
delivery-to_volunteers = wszystkich pomagających
delivery-to_roles = tylko kobiet z rolą
delivery-ask_helpers_text = Napisz wiadomość w jednej wiadomości (najwyżej { $limit } znaków). Zacznie się od neutralnej linijki, nigdy od Twoich słów. Wyślij /cancel, aby przerwać.
delivery-helpers_review =
    To trafi do: { $audience }

    { $preview }

    Wysłać?
delivery-you_helpers =
    O #{ $number } „{ $title }”, przy którym pomagasz:

    { $body }
delivery-helpers_sent = Wysłane. Dostaną je: { $count }. Nie chcą wiadomości, więc go nie dostaną: { $quiet }.
report-delivery_none = Współrealizacja i ocena: w tym okresie nikt nie objął roli i nie było ocen.
report-delivery_header = <b>Współrealizacja i ocena</b>
report-roles = Role objęte przez kobiety: { $count } (kobiety: { $women }). Według etapu:
report-roles_stage = { $stage }: { $count }
report-reviews = Zakończone oceny: { $count }. Zapytane kobiety: { $asked }. Czy to działa? Tak: { $yes }. Częściowo: { $partly }. Nie: { $no }. Komentarze: { $comments }.
## story
story-header = <b>Historia pomysłu #{ $number }</b> „{ $title }” · strona { $page } z { $pages }
story-origin_plan = { $date } · Zespół przedstawił własny plan.
story-origin_idea = { $date } · Kobieta zaproponowała ten pomysł.
story-origin_idea_yours = { $date } · Zaproponowałaś ten pomysł.
story-origin_idea_staff = { $date } · { $pseudonym } zaproponowała ten pomysł.
story-origin_feedback = { $date } · Opinia kobiety stała się tym pomysłem. Zgodziła się go udostępnić.
story-origin_feedback_yours = { $date } · Twoja opinia stała się tym pomysłem. Zgodziłaś się go udostępnić.
story-origin_feedback_staff = { $date } · Opinia #{ $feedback } od { $pseudonym } stała się tym pomysłem. Zgodziła się go udostępnić.
story-decided_before = Zespół już zdecydował: { $decided }
story-published = { $date } · Opublikowany na etapie: { $level }.
story-declined = { $date } · Nieopublikowany.
story-moved = { $date } · Przeszedł wyżej: { $level }.
story-not_yet = { $date } · Jeszcze nie przechodzi wyżej. Zostaje na etapie: { $level }.
story-closed = { $date } · Zamknięty: { $outcome }.
story-evidence = Co się liczyło: { $evidence }
story-by = { " " }({ $name })
story-power_staff = Kto zdecydował: zespół{ $who }
story-about = Dotyczy: { $domains }
story-limit = Ograniczenie: { $limit }
story-reason = Dlaczego: { $reason }
story-power_shared = wspólna decyzja
story-power_advisory = rada dla zespołu
story-poll_opened = { $date } · Głosowanie #{ $number } otwarte, { $kind }: „{ $question }”. Trwa do { $closes }.
story-sealed = Wybór zespołu, zapieczętowany do zamknięcia: { $option }
story-poll_closed = { $date } · Głosowanie #{ $number } zamknięte. Głosowało { $turnout } z { $eligible }. Kobiety wybrały: { $option }.
story-poll_undecided = { $date } · Głosowanie #{ $number } zamknięte bez decyzji (remis albo za mało głosów).
story-power_agreed = Zespół też wybrał: { $preferred }.
story-power_differed = Zespół wybrał: { $preferred }. Kobiety wybrały inaczej.
story-followed = { $date } · Zespół poszedł za wyborem kobiet w głosowaniu #{ $number }.
story-not_followed = { $date } · Zespół nie poszedł za wyborem kobiet w głosowaniu #{ $number }.
story-again = { $date } · Głosowanie odbyło się znowu jako głosowanie #{ $number }.
story-decided_after = { $date } · Głosowanie #{ $number } niczego nie zdecydowało, więc zespół wybrał: { $option }.
story-draft_first = { $date } · Udostępniono wersję { $version }. Komentarze: { $comments }.
story-draft = { $date } · Udostępniono wersję { $version }. Co się zmieniło: { $changes } Komentarze: { $comments }.
story-draft_answers = Przyjęte sugestie: { $taken } · nieprzyjęte: { $not_taken }
story-draft_limits = Nieprzyjęte z powodu: { $limits }
story-earlier = ◀ Wcześniej
story-later = Później ▶
story-back = ◀ Wróć do pomysłu
story-button = Historia pomysłu
story-usage = Wyślij /story i numer pomysłu, np. /story 12.
commands-story = Zespół: cała historia pomysłu, od początku do dziś
report-power_item = { "  " }pomysł #{ $number }, głosowanie #{ $poll }: { $verdict }{ $did }
report-power_verdict_agreed = kobiety wybrały to, co wolał zespół
report-power_verdict_differed = kobiety wybrały inaczej
report-power_verdict_undecided = brak decyzji
report-power_item_followed = { " " }· zespół poszedł za ich wyborem
report-power_item_not_followed = { " " }· zespół nie poszedł za ich wyborem ({ $limit })
report-stories =
    <b>Co się działo z pomysłami</b> (z historii każdego pomysłu, zob. /story)
    Udostępnione wersje: { $draft } · przejścia wyżej: { $moved } · jeszcze nie: { $not_yet } · zamknięte: { $closed } · odrzucone: { $declined }
    Głosowania o pomyśle otwarte: { $poll_opened } · zamknięte: { $poll_closed }
    Gdy kobiety wybrały inaczej, zespół poszedł za nimi: { $followed } · nie poszedł: { $not_followed }
    Gdy głosowanie niczego nie zdecydowało, odbyło się znowu: { $next_again } · zdecydował zespół: { $next_decided }
proposals-history_earlier = Wcześniejsze kroki: { $count }. Naciśnij „Historia pomysłu”, aby przeczytać wszystkie.
story-stage = { $date } · Osiągnięty etap: { $stage }{ $who }.
story-role = { $date } · Kobieta podjęła rolę: { $role } ({ $stage }).
story-role_yours = { $date } · Podjęłaś rolę: { $role } ({ $stage }).
story-role_staff = { $date } · { $pseudonym } podjęła rolę: { $role } ({ $stage }).
story-review_planned = { $date } · Podsumowanie: kobiety zostaną zapytane, czy to zadziałało.
story-review_asked = { $date } · Podsumowanie: zaangażowane kobiety zostały zapytane, czy to zadziałało.
story-review_closed = { $date } · Podsumowanie gotowe. Zapytane: { $asked }. Tak: { $yes }. Częściowo: { $partly }. Nie: { $no }. Komentarze: { $comments }.
## contact

contact-offer = Czy to dobry moment, żebyśmy się z Tobą skontaktowali?
contact-answer_button_h = Napiszcie do mnie tutaj
contact-answer_button_n = Nie teraz
contact-answer_button_c = Zadzwońcie do mnie
contact-answer_here = napiszcie do mnie tutaj
contact-answer_not_now = nie teraz
contact-answer_call = zadzwońcie do mnie
contact-reply_here = Dziękujemy. Przekazaliśmy to dalej. Gdy ktoś odpisze, będzie to w tym czacie.
contact-reply_not_now = Dobrze. Nie będziemy się teraz kontaktować. W każdej chwili możesz nacisnąć „Potrzebuję wsparcia teraz” w menu.
contact-reply_call = Dziękujemy. Przekazaliśmy Twoją godzinę i numer. Trzymamy je tylko do chwili, gdy ma je osoba, która do Ciebie zadzwoni.
contact-ask_call = Wpisz bezpieczną godzinę, o której możemy zadzwonić, i numer telefonu. Użyj jednej wiadomości, do { $limit } znaków. Trzymamy je tylko do chwili, gdy ma je osoba, która do Ciebie zadzwoni. Wyślij /cancel, aby przerwać.
contact-already = Na to pytanie już odpowiedziano albo jest już zamknięte.
contact-told_here =
    <b>Odpowiedź na propozycję kontaktu</b>
    { $pseudonym } (alert nr { $alert }): napiszcie do mnie tutaj.
    Napisz do niej: /tell { $alert } i Twoja wiadomość.
contact-told_not_now =
    <b>Odpowiedź na propozycję kontaktu</b>
    { $pseudonym } (alert nr { $alert }): nie teraz.
contact-told_call =
    <b>Odpowiedź na propozycję kontaktu</b>
    { $pseudonym } (alert nr { $alert }): zadzwońcie do mnie.
    Bezpieczna godzina i numer: { $details }
    Naciśnij „Zanotowane”, gdy je zapiszesz. Wtedy znikną z tego czatu.
contact-told_call_removed =
    <b>Odpowiedź na propozycję kontaktu</b>
    { $pseudonym } (alert nr { $alert }): zadzwońcie do mnie.
    Godzina i numer zostały usunięte z tego czatu.
contact-noted_button = Zanotowane
contact-already_removed = Zostały już usunięte z tego czatu.
contact-message =
    Wiadomość dla Ciebie:

    { $body }
contact-tell_usage = Wyślij /tell, numer alertu i swoją wiadomość, np. /tell 12 Dzień dobry, tu Sam. Działa tylko wtedy, gdy kobieta wybrała „napiszcie do mnie tutaj” przy otwartym alercie.
contact-tell_queued = Twoja wiadomość jest w drodze do niej.
contact-tell_refused = Nie wysłano. Nie wybrała „napiszcie do mnie tutaj” przy tym alercie, albo alert jest zamknięty, albo już jej tu nie ma.
