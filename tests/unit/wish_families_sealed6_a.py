# ruff: noqa: E501
"""Sealed, blind evaluation set of development wishes (helper file a).

Written by an AI helper session from its own knowledge of Swedish municipal case handling in
Castor, without reading any of the project's files. Modules and number ranges in this file:
Bygg 9500-9559 (60 wishes), BAB 9700-9719 (20 wishes), Övrigt 9900-9919 (20 wishes).
QUERIES hold duplicates (original = the stored wish they duplicate) and look-alikes
(original None, kind "lookalike") that share vocabulary but ask for something else.
"""

from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # --- Bygg: avgift, taxa, fakturering ---
    Wish(
        9500,
        "Bygg",
        "Bygglovsavgiften ska räknas fram automatiskt utifrån taxan när beslutet skrivs. I dag räknar handläggaren i Excel och skriver in beloppet i beslutet för hand.",
    ),
    Wish(
        9501,
        "Bygg",
        "Faktureringsunderlaget för bygglovsavgiften ska gå över automatiskt till ekonomisystemet när beslutet expedieras. Nu skriver vi ut underlaget och lämnar det till ekonomienheten.",
    ),
    Wish(
        9502,
        "Bygg",
        "Avgiften ska kunna reduceras automatiskt när handläggningstiden överskrids. Systemet ska räkna av en femtedel av avgiften per påbörjad vecka enligt PBL 12 kap. 8 a §.",
    ),
    Wish(
        9503,
        "Bygg",
        "Bygglovsavgiften ska kunna delfaktureras. Lovdelen faktureras vid beslut och avgiften för tekniskt samråd, startbesked och slutbesked faktureras i ett senare skede.",
    ),
    Wish(
        9504,
        "Bygg",
        "Lista över beslutade ärenden där avgiften ännu inte fakturerats. Vi upptäcker i efterhand ärenden som aldrig fått någon faktura.",
    ),
    # --- Bygg: handläggningstid, bevakning ---
    Wish(
        9505,
        "Bygg",
        "Bevakning av handläggningstiden i bygglovsärenden. Systemet ska räkna tio veckor från att ansökan är komplett och varna handläggaren två veckor innan fristen går ut.",
    ),
    Wish(
        9506,
        "Bygg",
        "Kunna registrera beslut om förlängd handläggningstid med ytterligare tio veckor, med datum och skäl. Tidsfristen och bevakningen ska då räknas om automatiskt.",
    ),
    Wish(
        9507,
        "Bygg",
        "Automatisk bevakning av att bygglovet upphör att gälla. Om arbetena inte påbörjats inom två år eller avslutats inom fem år ska handläggaren få en påminnelse.",
    ),
    Wish(
        9508,
        "Bygg",
        "Lista över ärenden som fått startbesked men inget slutbesked. Vi vill kunna filtrera på hur många år sedan startbeskedet gavs.",
    ),
    Wish(
        9509,
        "Bygg",
        "Statistik över handläggningstider per ärendetyp som kan användas direkt till Boverkets plan- och byggenkät. I dag räknar vi för hand ur listor.",
    ),
    # --- Bygg: kungörelse, grannar, delgivning ---
    Wish(
        9510,
        "Bygg",
        "Kungörelsen i Post- och Inrikes Tidningar ska fyllas i automatiskt med fastighetsbeteckning, åtgärd och beslutsdatum. Vi skriver i dag av uppgifterna från beslutet.",
    ),
    Wish(
        9511,
        "Bygg",
        "Underrättelse till grannar och sakägare ska kunna skickas direkt från ärendet, som brev eller e-post. Mottagarna hämtas från sakägarförteckningen.",
    ),
    Wish(
        9512,
        "Bygg",
        "Sakägarförteckning ska kunna tas fram från kartan genom att markera fastigheter inom ett visst avstånd från bygglovsfastigheten. Ägare och adresser hämtas från fastighetsregistret.",
    ),
    Wish(
        9513,
        "Bygg",
        "Kunna registrera när sakägare har delgetts beslutet, till exempel via delgivningskvitto. Överklagandetiden ska räknas ut automatiskt per sakägare.",
    ),
    Wish(
        9514,
        "Bygg",
        "Datum för när beslutet vinner laga kraft ska beräknas automatiskt utifrån kungörelsedatum i Post- och Inrikes Tidningar plus fyra veckor.",
    ),
    # --- Bygg: komplettering, e-tjänst ---
    Wish(
        9515,
        "Bygg",
        "Begäran om komplettering ska kunna skickas direkt från ärendet med ett svarsdatum. En bevakning på svarsdatumet ska skapas automatiskt.",
    ),
    Wish(
        9516,
        "Bygg",
        "När sökanden lämnar en komplettering via e-tjänsten ska handlingarna kopplas till rätt ärende och handläggaren få en notis. I dag hamnar de i en gemensam inkorg.",
    ),
    Wish(
        9517,
        "Bygg",
        "Bekräftelse till sökanden om att ansökan är komplett, med datum från vilket handläggningstiden räknas. Brevet ska skapas från mall med datumet ifyllt.",
    ),
    Wish(
        9518,
        "Bygg",
        "E-tjänsten för bygglov ska visa sökanden ärendets status, till exempel mottaget, under handläggning eller beslutat. Vi får många samtal från sökande som bara vill veta var ärendet står.",
    ),
    Wish(
        9519,
        "Bygg",
        "Sökanden ska kunna ladda upp stora ritningsfiler i e-tjänsten för bygglov. Gränsen på 10 MB per fil gör att många skickar ritningar med e-post i stället.",
    ),
    # --- Bygg: tekniskt samråd, startbesked, slutbesked ---
    Wish(
        9520,
        "Bygg",
        "Mall för kallelse till tekniskt samråd som fylls i med ärendeuppgifter, föreslagen tid och lista över handlingar som byggherren ska ta med.",
    ),
    Wish(
        9521,
        "Bygg",
        "Protokoll från tekniskt samråd ska kunna skrivas direkt i systemet under mötet och skickas till byggherre och kontrollansvarig.",
    ),
    Wish(
        9522,
        "Bygg",
        "Kontrollplan ska kunna upprättas i systemet från en mall per åtgärdstyp och bifogas startbeskedet.",
    ),
    Wish(
        9523,
        "Bygg",
        "Register över kontrollansvariga med certifieringsnummer, behörighetsnivå och giltighetstid. Uppgifterna ska hämtas från certifieringsorganens register så att vi ser om certifikatet gått ut.",
    ),
    Wish(
        9524,
        "Bygg",
        "Checklista inför slutbesked som visar om alla handlingar har kommit in: utlåtande från kontrollansvarig, relationsritningar, OVK-protokoll och energideklaration.",
    ),
    Wish(
        9525,
        "Bygg",
        "Interimistiskt slutbesked ska kunna registreras som eget beslut med villkor. En bevakning ska skapas för när slutligt slutbesked senast ska ges.",
    ),
    Wish(
        9526,
        "Bygg",
        "Stöd för arbetsplatsbesök i mobil eller surfplatta. Inspektören ska kunna skriva anteckningar och ta foton på plats som sparas direkt i ärendet.",
    ),
    # --- Bygg: tillsyn ---
    Wish(
        9527,
        "Bygg",
        "Ett tillsynsärende ska kunna skapas direkt från en inkommen anmälan om olovligt byggande, med anmälan, fastighet och anmälare överförda.",
    ),
    Wish(
        9528,
        "Bygg",
        "Byggsanktionsavgift ska beräknas automatiskt enligt plan- och byggförordningen utifrån typ av överträdelse, area och prisbasbelopp.",
    ),
    Wish(
        9529,
        "Bygg",
        "Bevakning av tidsfristen i förelägganden med vite. När fristen har gått ut ska handläggaren få en påminnelse om att kontrollera om föreläggandet följts.",
    ),
    Wish(
        9530,
        "Bygg",
        "Statistik över tillsynsärenden inom bygg: antal öppna, avslutade och nya per år, uppdelat på typ av överträdelse.",
    ),
    Wish(
        9531,
        "Bygg",
        "Bilder som finns i ärendet ska kunna infogas direkt i tjänsteskrivelsen och beslutet, med bildtext.",
    ),
    # --- Bygg: OVK, hissar ---
    Wish(
        9532,
        "Bygg",
        "OVK-register per byggnad med bevakning av när nästa obligatoriska ventilationskontroll ska vara utförd, utifrån byggnadens kategori och kontrollintervall.",
    ),
    Wish(
        9533,
        "Bygg",
        "Funktionskontrollanter ska kunna skicka in OVK-protokoll via e-tjänst så att uppgifterna läses in i registret utan att vi skriver av dem.",
    ),
    Wish(
        9534,
        "Bygg",
        "Register över hissar och andra motordrivna anordningar med bevakning av när besiktningsprotokoll inte kommit in i tid.",
    ),
    Wish(
        9535,
        "Bygg",
        "Påminnelse till fastighetsägare som inte lämnat in OVK-protokoll i tid ska kunna skickas som massutskick från registret.",
    ),
    # --- Bygg: ritningar, arkiv ---
    Wish(
        9536,
        "Bygg",
        "Äldre bygglovsritningar i arkivet ska gå att söka fram på fastighetsbeteckning och adress direkt från Castor.",
    ),
    Wish(
        9537,
        "Bygg",
        "När bygglovsärendet avslutas ska beslut och ritningar föras över automatiskt till e-arkivet.",
    ),
    Wish(
        9538,
        "Bygg",
        "Ritningar ska stämplas digitalt med 'Hör till beslut', diarienummer och datum när beslutet fattas.",
    ),
    Wish(
        9539,
        "Bygg",
        "Allmänheten ska kunna beställa kopior av ritningar till en fastighet via en e-tjänst, med betalning av avgiften.",
    ),
    # --- Bygg: delegation, nämnd, granskning ---
    Wish(
        9540,
        "Bygg",
        "Delegationsbeslut ska listas automatiskt för anmälan till nämnden varje månad, med diarienummer, beslutsdatum, ärendemening och delegationspunkt.",
    ),
    Wish(
        9541,
        "Bygg",
        "Ärenden som ska beslutas av nämnden ska kunna skickas från Castor till nämndadministrationssystemet med tjänsteskrivelse och bilagor, så att de hamnar på dagordningen.",
    ),
    Wish(
        9542,
        "Bygg",
        "I beslutsmallen ska rätt punkt i delegationsordningen fyllas i automatiskt utifrån ärendetyp och beslutstyp.",
    ),
    Wish(
        9543,
        "Bygg",
        "Beslut ska kunna skickas till en kollega för granskning och måste godkännas innan det kan expedieras.",
    ),
    # --- Bygg: remiss, expediering ---
    Wish(
        9544,
        "Bygg",
        "Remiss ska kunna skickas till flera remissinstanser samtidigt, till exempel miljö, räddningstjänst och Lantmäteriet, med gemensamt svarsdatum.",
    ),
    Wish(
        9545,
        "Bygg",
        "Remissvar som kommer in via e-post ska kunna registreras direkt i ärendet och kopplas till den remiss det besvarar.",
    ),
    Wish(
        9546,
        "Bygg",
        "Översikt för handläggaren över utestående remisser där svarsdatum passerats, så att man vet vilka remissinstanser man ska jaga.",
    ),
    Wish(
        9547,
        "Bygg",
        "Expediering av beslut till sökande, sakägare och kontrollansvarig i ett steg, där varje mottagare får rätt bilagor.",
    ),
    Wish(
        9548,
        "Bygg",
        "Beslut ska kunna expedieras digitalt till sökandens inkorg i e-tjänsten (Mina sidor) i stället för med brev.",
    ),
    Wish(
        9549,
        "Bygg",
        "Vid slutbesked ska uppgifter om nybyggnaden skickas automatiskt till Lantmäteriet för uppdatering av byggnadsregistret.",
    ),
    # --- Bygg: karta, fastighet ---
    Wish(
        9550,
        "Bygg",
        "Fastighetens gällande detaljplan och planbestämmelser ska visas direkt i ärendet utan att man öppnar ett separat kartprogram.",
    ),
    Wish(
        9551,
        "Bygg",
        "Bygglovsärenden ska visas på kartan med olika symboler per ärendetyp, så att man ser andra lov och ärenden i närheten.",
    ),
    Wish(
        9552,
        "Bygg",
        "Fastighetsbeteckning och adress i ärendet ska uppdateras automatiskt från fastighetsregistret när fastigheten ändras, till exempel vid avstyckning.",
    ),
    # --- Bygg: ärendetyper och arbetsfördelning ---
    Wish(
        9553,
        "Bygg",
        "Ett bygglovsärende ska kunna kopplas till det förhandsbesked som getts för samma fastighet, så att förhandsbeskedet syns i bygglovsärendet.",
    ),
    Wish(
        9554,
        "Bygg",
        "Beslut om strandskyddsdispens ska skickas automatiskt till länsstyrelsen inom tre veckor efter beslut, med beslut och karta bifogade.",
    ),
    Wish(
        9555,
        "Bygg",
        "Anmälningsärenden för attefallsåtgärder ska ha en förenklad handläggning med färre steg och en mall för startbesked som fylls i direkt.",
    ),
    Wish(
        9556,
        "Bygg",
        "Ärendemeningen ska skapas automatiskt utifrån åtgärd, ärendetyp och fastighetsbeteckning så att den blir enhetlig.",
    ),
    Wish(
        9557,
        "Bygg",
        "Alla pågående ärenden och bevakningar för en handläggare ska kunna flyttas till en annan handläggare i ett steg, till exempel när någon slutar.",
    ),
    Wish(
        9558,
        "Bygg",
        "Översikt för chefen över pågående ärenden per handläggare, med antal och hur länge de legat, för att kunna fördela arbetsbelastningen.",
    ),
    Wish(9559, "Bygg", "Sökanden ska få ett SMS när beslut i bygglovsärendet har fattats."),
    # --- BAB ---
    Wish(
        9700,
        "BAB",
        "Ansökan om bostadsanpassningsbidrag ska kunna göras via e-tjänst där intyget från arbetsterapeuten bifogas.",
    ),
    Wish(
        9701,
        "BAB",
        "I ett och samma beslut om bostadsanpassningsbidrag ska varje åtgärd kunna beviljas eller avslås för sig, med eget belopp.",
    ),
    Wish(
        9702,
        "BAB",
        "Bidraget ska kunna betalas ut direkt till entreprenören när sökanden lämnat fullmakt, efter attest av handläggaren.",
    ),
    Wish(
        9703,
        "BAB",
        "Offerter från flera entreprenörer ska kunna registreras på åtgärden och jämföras sida vid sida på belopp.",
    ),
    Wish(
        9704,
        "BAB",
        "Register över återtagbara anordningar som trapphissar och ramper, så att de kan återanvändas i andra ärenden när de monteras ned.",
    ),
    Wish(
        9705,
        "BAB",
        "Bevakning av garantitid och serviceavtal för installerade hissar och trapphissar i bostadsanpassningsärenden.",
    ),
    Wish(
        9706,
        "BAB",
        "Årlig statistik till Boverket över bostadsanpassningsbidrag: antal beslut, belopp, åtgärdstyp samt sökandens ålder och kön.",
    ),
    Wish(
        9707,
        "BAB",
        "Beställning till entreprenör ska skapas från beslutet med åtgärder, adress och sökandens kontaktuppgifter ifyllda.",
    ),
    Wish(
        9708,
        "BAB",
        "Ansökan om reparationsbidrag ska kunna kopplas till det ursprungliga bostadsanpassningsärendet där anordningen beviljades.",
    ),
    Wish(
        9709,
        "BAB",
        "Mall för att begära fastighetsägarens eller hyresvärdens medgivande till anpassningen, med åtgärderna ifyllda.",
    ),
    Wish(
        9710,
        "BAB",
        "Fakturor från entreprenören ska kunna registreras i ärendet och kontrolleras automatiskt mot beviljat belopp innan attest.",
    ),
    Wish(
        9711,
        "BAB",
        "Mall för avslagsbeslut om bostadsanpassningsbidrag med skäl och hänvisning till hur man överklagar.",
    ),
    Wish(
        9712,
        "BAB",
        "ÄTA-arbeten som uppstår under anpassningen ska kunna beslutas som tilläggsbeslut i samma ärende, utan att ett nytt ärende skapas.",
    ),
    Wish(
        9713,
        "BAB",
        "Rapport över handläggningstid i ärenden om bostadsanpassningsbidrag, från inkommen ansökan till beslut och till utbetalning.",
    ),
    Wish(9714, "BAB", "Sökanden ska få ett brev eller SMS när bidraget har betalats ut."),
    Wish(
        9715,
        "BAB",
        "Anteckningar och foton från hembesök ska kunna registreras i mobilen och sparas direkt i bostadsanpassningsärendet.",
    ),
    Wish(
        9716,
        "BAB",
        "Kontantbidrag när sökanden själv utför arbetet ska kunna beräknas och beslutas, med schablon för arbetskostnaden.",
    ),
    Wish(
        9717,
        "BAB",
        "Egen ärendetyp och beslutsmall för återställningsbidrag som söks av hyresvärden när en anpassning ska tas bort.",
    ),
    Wish(
        9718,
        "BAB",
        "Medicinska uppgifter i intyg ska kunna sekretessmarkeras så att de bara syns för handläggaren och inte följer med vid utlämnande.",
    ),
    Wish(
        9719,
        "BAB",
        "Förslag till beslut ska kunna kommuniceras med sökanden innan avslag, med svarstid och bevakning.",
    ),
    # --- Övrigt ---
    Wish(
        9900,
        "Övrigt",
        "Inkommande e-post ska kunna registreras direkt från Outlook till rätt ärende, med bilagor, utan att filerna sparas ner först.",
    ),
    Wish(
        9901,
        "Övrigt",
        "Avslutade ärenden ska kunna levereras till kommunens e-arkiv i FGS-format med metadata och handlingar.",
    ),
    Wish(
        9902,
        "Övrigt",
        "Sekretessmarkerade ärenden och handlingar ska bara visas för användare med särskild behörighet.",
    ),
    Wish(
        9903,
        "Övrigt",
        "Massutskick av brev eller e-post till en lista med mottagare, där mallen fylls i med uppgifter för varje mottagare.",
    ),
    Wish(
        9904,
        "Övrigt",
        "Egna rapporter ska kunna byggas och exporteras till Excel utan att leverantören behöver ta fram dem.",
    ),
    Wish(
        9905,
        "Övrigt",
        "Inloggning i kommunens e-tjänster ska ske med BankID så att sökanden identifieras säkert.",
    ),
    Wish(
        9906,
        "Övrigt",
        "Beslut och delegationsbeslut ska kunna signeras digitalt av handläggaren med e-legitimation.",
    ),
    Wish(
        9907,
        "Övrigt",
        "Handlingar ska gallras automatiskt enligt dokumenthanteringsplanen när gallringsfristen passerat, efter att registrator godkänt en gallringslista.",
    ),
    Wish(
        9908,
        "Övrigt",
        "Fritextsökning över alla moduler, så att man hittar ärenden och handlingar oavsett om de ligger i Bygg, Miljö eller BAB.",
    ),
    Wish(
        9909,
        "Övrigt",
        "Logg över vilka användare som öppnat ett ärende eller en handling, som kan tas ut vid misstanke om obehörig åtkomst.",
    ),
    Wish(
        9910,
        "Övrigt",
        "Personuppgifter i avslutade ärenden ska kunna avidentifieras eller raderas när de inte längre behövs enligt GDPR.",
    ),
    Wish(
        9911,
        "Övrigt",
        "Postlistan över registrerade handlingar ska publiceras automatiskt på kommunens webbplats, utan sekretessuppgifter.",
    ),
    Wish(
        9912,
        "Övrigt",
        "Inloggning i Castor med kommunens vanliga konto via single sign-on, så att användarna slipper ett separat lösenord.",
    ),
    Wish(
        9913,
        "Övrigt",
        "Adresser till privatpersoner ska hämtas från folkbokföringen (SPAR) vid utskick så att de alltid är aktuella.",
    ),
    Wish(
        9914,
        "Övrigt",
        "Systemförvaltaren ska själv kunna redigera dokumentmallar i Word med fältkoder, utan att beställa ändringen av leverantören.",
    ),
    Wish(
        9915,
        "Övrigt",
        "Personlig startsida där handläggaren ser sina egna pågående ärenden och de bevakningar som förfaller närmast.",
    ),
    Wish(
        9916,
        "Övrigt",
        "Påminnelse via e-post till handläggaren när en bevakning förfaller, för den som inte är inloggad i Castor varje dag.",
    ),
    Wish(
        9917,
        "Övrigt",
        "Ärenden i olika moduler som gäller samma fastighet och sak ska kunna kopplas ihop och synas från båda modulerna, till exempel bygglov och miljöärende om enskilt avlopp.",
    ),
    Wish(
        9918,
        "Övrigt",
        "Sökanden ska kunna spara ett påbörjat formulär i e-tjänsten och fortsätta senare.",
    ),
    Wish(
        9919,
        "Övrigt",
        "Versionshantering av dokument i ärendet, så att tidigare versioner av en tjänsteskrivelse eller ett beslut sparas när någon ändrar.",
    ),
]

QUERIES: list[Query] = [
    # ===== Bygg: duplicates and look-alikes =====
    Query(
        "Automatisk beräkning av avgift för bygglov enligt kommunens taxa direkt i beslutet",
        9500,
        "compound",
    ),
    Query(
        "Systemet borde rakna ut bygglovsavgiften sjalv enligt taxan nar man gör beslutet",
        9500,
        "typos",
    ),
    Query(
        "Taxan för bygglov ska vi kunna uppdatera själva varje år när nämnden beslutat om ny taxa, utan att leverantören behöver lägga in den.",
        None,
        "lookalike",
    ),
    Query(
        "Fakturan för lovet borde skickas elektroniskt till ekonomi när vi har skickat ut beslutet, inte på papper",
        9501,
        "synonyms",
    ),
    Query(
        "SBF vill att faktureringsunderlag för lovavgiften går rakt in i ekonomisystemet vid expediering",
        9501,
        "abbreviation",
    ),
    Query(
        "Vi vill få tillbaka uppgift från ekonomisystemet om att bygglovsfakturan är betald, så att handläggaren ser det i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Vi har haft flera ärenden i år där tioveckorsfristen sprack och då ska avgiften sättas ned med en femtedel per vecka. Räknar vi fel blir det klagomål. Kan Castor göra reduceringen själv utifrån hur många veckor vi ligger över?",
        9502,
        "more_detail",
    ),
    Query(
        "För varje påbörjad vecka över handläggningstiden ska en femtedel dras av från avgiften, och det bör räknas ut av systemet",
        9502,
        "word_order",
    ),
    Query(
        "Rapport över alla ärenden där avgiften har reducerats på grund av överskriden handläggningstid, per år, till nämndens verksamhetsberättelse.",
        None,
        "lookalike",
    ),
    Query("Delfakturering av lovavgift i två steg", 9503, "less_detail"),
    Query(
        "Split invoicing: lov-delen när beslutet fattas och resten (startbesked, slutbesked) senare",
        9503,
        "english",
    ),
    Query(
        "Rapport som visar avgjorda lovärenden som saknar faktura, så att inget glöms bort",
        9504,
        "synonyms",
    ),
    Query(
        "Lista på ärnden med beslut men ingen faktura skickad, vi misar avgifter ibland",
        9504,
        "typos",
    ),
    Query(
        "Lista över bygglovsfakturor som skickats men inte betalats, så att vi kan skicka påminnelse till sökanden.",
        None,
        "lookalike",
    ),
    Query(
        "Två veckor innan handläggningstiden löper ut bör handläggaren varnas, med tio veckor räknat från att ansökan blev komplett",
        9505,
        "word_order",
    ),
    Query(
        "Varning när en ny bygglovsansökan legat mer än tre veckor utan att någon granskat om den är komplett.",
        None,
        "lookalike",
    ),
    Query(
        "Registrering av handläggningstidsförlängning där tidsfristen räknas om", 9506, "compound"
    ),
    Query(
        "Förlangning av handläggningstiden, vill kunna ange skäl och datum och att fristen räkans om",
        9506,
        "typos",
    ),
    Query(
        "Mall för underrättelse till sökanden om att handläggningstiden förlängs, med det nya datumet ifyllt.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse när ett lov håller på att förfalla för att byggherren inte kommit igång i tid",
        9507,
        "synonyms",
    ),
    Query(
        "Vi har haft ärenden där lovet löpt ut utan att någon märkt det, och sedan kommer byggherren och vill ha startbesked. Vi behöver en automatisk bevakning som säger till när lovets giltighetstid går ut.",
        9507,
        "more_detail",
    ),
    Query(
        "Sökanden ska automatiskt få ett brev när bygglovet snart upphör att gälla, så att de hinner söka nytt lov.",
        None,
        "lookalike",
    ),
    Query("Ärenden utan slutbesked efter startbesked – lista", 9508, "less_detail"),
    Query(
        "Påminnelsebrev till byggherren om att begära slutbesked när det gått två år sedan startbeskedet.",
        None,
        "lookalike",
    ),
    Query("Handläggningstider per ärendetyp till Boverkets enkät", 9509, "less_detail"),
    Query(
        "Till Boverkets plan- och byggenkät behöver vi handläggningstiderna per ärendetyp, gärna framtagna direkt av systemet",
        9509,
        "word_order",
    ),
    Query(
        "Med fastighetsbeteckning, åtgärd och beslutsdatum ifyllda automatiskt ska kungörelsen till Post- och Inrikes Tidningar skapas från beslutet",
        9510,
        "word_order",
    ),
    Query(
        "Kungorelse i Post och inrikes tidningar bör fyllas i automatisk med fastighet och beslutsdatum",
        9510,
        "typos",
    ),
    Query(
        "Kvittot från Post- och Inrikes Tidningar med publiceringsdatum ska läsas in i ärendet automatiskt.",
        None,
        "lookalike",
    ),
    Query(
        "Vid varje avvikelse från detaljplanen ska grannarna få tillfälle att yttra sig och i dag skriver vi ut breven i Word och mejlar de som har lämnat e-postadress för sig. Vi vill kunna skicka underrättelsen till alla sakägare i förteckningen direkt från ärendet, på papper eller digitalt.",
        9511,
        "more_detail",
    ),
    Query(
        "Sakägarunderrättelse per e-post eller brev direkt från bygglovsärendet", 9511, "compound"
    ),
    Query(
        "Grannarnas svar på underrättelsen ska kunna registreras och kopplas till respektive sakägare i förteckningen.",
        None,
        "lookalike",
    ),
    Query(
        "Vid varje lov med avvikelse från detaljplanen sitter vi och letar grannar i kartan och sedan ägare i fastighetsregistret. Vi skulle vilja rita en buffert på till exempel 50 meter och få ut en lista på sakägare med adresser.",
        9512,
        "more_detail",
    ),
    Query("Sakägarlista via buffert i GIS-kartan med ägare från FIR", 9512, "abbreviation"),
    Query(
        "Överklagandetiden per sakägare ska räknas fram automatiskt när man registrerar att delgivningskvittot kommit in",
        9513,
        "word_order",
    ),
    Query("Beräkna laga kraft-datum från kungörelsen", 9514, "less_detail"),
    Query(
        "Calculate when the beslut vinner laga kraft from the PoIT publication date + 4 weeks",
        9514,
        "english",
    ),
    Query("Kompletteringsbegäran med svarsdatum och automatisk bevakning", 9515, "compound"),
    Query(
        "Mall för avvisningsbeslut när sökanden inte kompletterat i tid, med hänvisning till begäran om komplettering.",
        None,
        "lookalike",
    ),
    Query(
        "Kompletteringar from the e-service should land in the right case and notify the handläggare",
        9516,
        "english",
    ),
    Query(
        "Sökanden skickar in reviderade ritningar via e-tjänsten men de hamnar i registratorns gemensamma inkorg och blir ibland liggande en vecka. Det vore bra om de kopplades till ärendet direkt och ansvarig handläggare fick en signal.",
        9516,
        "more_detail",
    ),
    Query(
        "Sökanden ska kunna se i e-tjänsten vilka handlingar vi har begärt in som komplettering, som en checklista.",
        None,
        "lookalike",
    ),
    Query(
        "Meddelande till den som sökt lov att alla handlingar nu finns och när tiden för beslut börjar löpa",
        9517,
        "synonyms",
    ),
    Query(
        "Kvittens på komplett ansökan enl. PBL med startdatum för handläggningstiden",
        9517,
        "abbreviation",
    ),
    Query(
        "Mottagningsbekräftelse direkt när ansökan kommer in via e-tjänsten, innan vi har hunnit granska den.",
        None,
        "lookalike",
    ),
    Query("Status för bygglovsärendet synlig för sökanden i e-tjänsten", 9518, "less_detail"),
    Query(
        "Sökanden ska själv kunna se i e-tjänsten var i handläggningen bygglovsärendet befinner sig",
        9518,
        "word_order",
    ),
    Query(
        "Handläggaren ska se i Castor om sökanden har öppnat och läst beslutet som skickats via e-tjänsten.",
        None,
        "lookalike",
    ),
    Query(
        "Storleksgransen pa 10 MB i e-tjansten for bygglov maste hojas, ritningarna blir for stora",
        9519,
        "typos",
    ),
    Query(
        "Uppladdning av ritningar i bygglovstjänsten: gränsen för filstorlek på 10 MB räcker inte",
        9519,
        "compound",
    ),
    Query("Kallelse till TS – mall med ärendeuppgifter och handlingslista", 9520, "abbreviation"),
    Query(
        "Write the protokoll from tekniskt samråd directly in Castor during the meeting and send it to byggherre and KA",
        9521,
        "english",
    ),
    Query(
        "TS-protokoll skrivs i systemet på mötet och går sedan till byggherren och KA",
        9521,
        "abbreviation",
    ),
    Query(
        "Protokoll från slutsamråd ska kunna skrivas i systemet och kopplas till slutbeskedet.",
        None,
        "lookalike",
    ),
    Query(
        "Varje gång vi ger startbesked för ett enbostadshus skriver vi nästan samma kontrollplan. Det vore smidigt med mallar för olika typer av åtgärder som vi kan justera och sedan bifoga till startbeskedet.",
        9522,
        "more_detail",
    ),
    Query("Kontrollplansmallar per åtgärd som bilaga till startbesked", 9522, "compound"),
    Query(
        "Kontrollansvarig ska kunna signera av punkterna i kontrollplanen digitalt under bygget så att vi ser det i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "KA-register med cert.nr och giltighet hämtat från certifieringsorganen",
        9523,
        "abbreviation",
    ),
    Query("Checklista för slutbesked", 9524, "less_detail"),
    Query(
        "Slutbeskedet ska automatiskt lista de handlingar som legat till grund för beslutet.",
        None,
        "lookalike",
    ),
    Query(
        "Som ett eget beslut med villkor ska interimistiskt slutbesked kunna registreras, och en bevakning skapas på när det slutliga ska ges",
        9525,
        "word_order",
    ),
    Query("Interimistiskt slutbesked med bevakning", 9525, "less_detail"),
    Query(
        "Vid besök på byggen vill vi dokumentera med telefonen och få in bilder och noteringar i akten utan att föra över dem efteråt",
        9526,
        "synonyms",
    ),
    Query(
        "Skapa byggtillsynsärende ur en klagomålsanmälan med fastighet och anmälare förifyllda",
        9527,
        "compound",
    ),
    Query(
        "Tillsynsärede ska kunna skapas direkt från en anmälan om olovligt byggande sa man slipper skriva in allt igen",
        9527,
        "typos",
    ),
    Query(
        "Vi gör ett tiotal sanktionsärenden om året och varje gång räknar vi fram beloppet i ett eget Excelark med prisbasbelopp och sanktionsarea. Det blir lätt fel. Vill att systemet räknar ut avgiften när vi anger typ av överträdelse och yta.",
        9528,
        "more_detail",
    ),
    Query(
        "Automatisk uträkning av sanktionsavgift för olovligt byggande utifrån area och prisbasbelopp",
        9528,
        "compound",
    ),
    Query(
        "Byggsanktionsavgiften ska faktureras automatiskt när beslutet har vunnit laga kraft.",
        None,
        "lookalike",
    ),
    Query("Bevakning av frist i vitesföreläggande", 9529, "less_detail"),
    Query(
        "Vi ger fastighetsägare en tidsfrist i vitesförelägganden, till exempel att riva ett plank inom tre månader, men ingen håller koll på när tiden gått ut. Det behövs en påminnelse till handläggaren så att vi åker ut och kontrollerar i tid.",
        9529,
        "more_detail",
    ),
    Query(
        "Ansökan om utdömande av vite till mark- och miljödomstolen ska kunna skapas från mall med föreläggandet bifogat.",
        None,
        "lookalike",
    ),
    Query(
        "Uppdelat på typ av överträdelse vill vi få fram hur många tillsynsärenden som är öppna, avslutade och nya per år",
        9530,
        "word_order",
    ),
    Query("Infoga ärendefoton i tjänsteskrivelse och beslut med bildtexter", 9531, "compound"),
    Query(
        "Vill kunna lagga in bilder från akten i tjänsteskrivelsen och beslutet med bildtext",
        9531,
        "typos",
    ),
    Query(
        "Register över obligatorisk ventilationskontroll per byggnad, med datum för nästa kontroll",
        9532,
        "abbreviation",
    ),
    Query("Nästa OVK-datum per byggnad", 9532, "less_detail"),
    Query(
        "Lista över alla byggnader där senaste OVK-protokollet visar ej godkänt, så att vi kan följa upp bristerna.",
        None,
        "lookalike",
    ),
    Query(
        "Besiktningsprotokoll för ventilation ska kunna lämnas digitalt av kontrollanten och hamna i registret automatiskt",
        9533,
        "synonyms",
    ),
    Query(
        "OVK-protokol från funktionskontrolanter via e-tjänst direkt in i registret", 9533, "typos"
    ),
    Query(
        "Bevakning när besiktningsprotokoll inte har kommit in i tid, kopplat till ett register över hissar och motordrivna anordningar",
        9534,
        "word_order",
    ),
    Query(
        "Vi har runt 400 hissar i kommunen och ingen koll på om besiktningarna gjorts. Vi vill ha ett hissregister där vi ser när protokollet senast kom och får en varning om det uteblir.",
        9534,
        "more_detail",
    ),
    Query("Bulk reminder letters to property owners with overdue OVK", 9535, "english"),
    Query(
        "Påminnelseutskick till fastighetsägare med försenad OVK, direkt ur registret",
        9535,
        "compound",
    ),
    Query(
        "Föreläggande om OVK till fastighetsägare som inte reagerat på påminnelsen ska kunna skapas från mall.",
        None,
        "lookalike",
    ),
    Query(
        "Sök i gamla ritningar efter fastighet eller gatuadress inifrån bygglovssystemet",
        9536,
        "synonyms",
    ),
    Query(
        "Automatisk överföring av beslut och ritningar till e-arkiv enligt förvaltningsgemensamma specifikationer när lovärendet avslutas",
        9537,
        "abbreviation",
    ),
    Query("Autoarkivering av lovhandlingar vid avslut", 9537, "less_detail"),
    Query("Digital beslutsstämpel på ritningarna med diarienummer och datum", 9538, "compound"),
    Query(
        "Digital stampel pa ritningarna 'Hör till beslut' med diarienummer och datum", 9538, "typos"
    ),
    Query(
        "Vi får ett tjugotal ritningsbeställningar i veckan via telefon och mejl från mäklare och privatpersoner. Kan det bli en e-tjänst där man anger fastigheten, beställer ritningarna och betalar?",
        9539,
        "more_detail",
    ),
    Query("E-tjänst för ritningsbeställning med betalning", 9539, "compound"),
    Query(
        "Varje månad vill vi få ut en automatisk lista över fattade delegationsbeslut som kan anmälas till nämnden",
        9540,
        "word_order",
    ),
    Query(
        "Lista over delegationsbeslut till nämdens anmälan, automatiskt varje manad", 9540, "typos"
    ),
    Query(
        "Nämndsekreteraren ska kunna markera att ett delegationsbeslut har anmälts till nämnden och på vilket sammanträde.",
        None,
        "lookalike",
    ),
    Query(
        "Send nämndärenden from Castor to the meeting system with tjänsteskrivelse and attachments",
        9541,
        "english",
    ),
    Query(
        "Vi skriver tjänsteskrivelsen i Castor, sparar ner den och bilagorna och laddar sedan upp allt i nämndsystemet igen inför varje sammanträde. Ärenden till nämnden borde kunna föras över direkt med skrivelse och handlingar så att de kommer med på föredragningslistan.",
        9541,
        "more_detail",
    ),
    Query(
        "Protokollsutdrag från nämnden ska komma tillbaka automatiskt till bygglovsärendet efter justering.",
        None,
        "lookalike",
    ),
    Query("Delegationspunkt auto i beslutsmall", 9542, "less_detail"),
    Query(
        "Hänvisningen till delegationsordningen i beslutet bör sättas av systemet beroende på vilken sorts ärende och beslut det är",
        9542,
        "synonyms",
    ),
    Query(
        "Delegationsordningen ska läggas in i systemet så att en handläggare bara kan fatta beslut som hen har delegation för.",
        None,
        "lookalike",
    ),
    Query(
        "Four-eyes review: a colleague must approve the beslut before it can be expedierat",
        9543,
        "english",
    ),
    Query("Beslutsgranskning av kollega före expediering", 9543, "compound"),
    Query(
        "Med ett gemensamt svarsdatum ska vi samtidigt kunna skicka en remiss till flera instanser",
        9544,
        "word_order",
    ),
    Query("Koppla inkomna remissvar på mejl till rätt remiss i ärendet", 9545, "abbreviation"),
    Query(
        "Remisvar som kommer via epost ska kunna registeras i ärendet och kopplas till remissen",
        9545,
        "typos",
    ),
    Query(
        "Remissinstanser ska kunna svara direkt i en webbportal i stället för att skicka svaret med e-post.",
        None,
        "lookalike",
    ),
    Query("Lista över försenade remissvar", 9546, "less_detail"),
    Query("Overview of overdue remisser per handläggare", 9546, "english"),
    Query(
        "Automatisk påminnelse via e-post till remissinstansen två dagar före svarsdatum.",
        None,
        "lookalike",
    ),
    Query(
        "Utskick av beslutet till alla parter på en gång, med olika bifogade handlingar beroende på vem som får det",
        9547,
        "synonyms",
    ),
    Query(
        "När vi expedierar ett bygglov med avvikelse går det till sökanden, fem-sex grannar och KA, och var och en ska ha olika bilagor. Nu gör vi tre separata utskick. Det borde gå i ett moment där man väljer bilagor per mottagare.",
        9547,
        "more_detail",
    ),
    Query(
        "Expedieringen ska loggas i ärendet med vilka handlingar som gått till vem och när, så det går att visa i efterhand.",
        None,
        "lookalike",
    ),
    Query(
        "Digital expediering till Mina sidor i e-tj. i stället för papperspost",
        9548,
        "abbreviation",
    ),
    Query(
        "I stället för brev ska sökanden få beslutet digitalt i sin inkorg på Mina sidor",
        9548,
        "word_order",
    ),
    Query(
        "Sökanden ska kunna svara på kommuniceringen direkt på Mina sidor i e-tjänsten.",
        None,
        "lookalike",
    ),
    Query(
        "Send info to Lantmäteriet automatically when slutbesked is given so the byggnadsregister gets updated",
        9549,
        "english",
    ),
    Query(
        "Automatisk byggnadsregisteruppdatering hos Lantmäteriet vid slutbesked", 9549, "compound"
    ),
    Query(
        "Direkt i ärendet, utan att ett separat kartprogram behöver öppnas, ska detaljplanen och planbestämmelserna för fastigheten visas",
        9550,
        "word_order",
    ),
    Query(
        "Detaljplanen och planbestammelserna for fastigheten borde synas i arendet", 9550, "typos"
    ),
    Query(
        "Kartvy där alla lovärenden markeras med olika ikoner beroende på typ, för att se vad som sökts runt omkring",
        9551,
        "synonyms",
    ),
    Query(
        "I kartan ska man kunna markera ett område och få ut en lista över alla ärenden inom området som Excel.",
        None,
        "lookalike",
    ),
    Query(
        "Efter förrättningar får fastigheterna nya beteckningar men i våra gamla ärenden står de gamla kvar, så sökningar missar. Vi vill att systemet hämtar ändringarna från fastighetsregistret och uppdaterar ärendena.",
        9552,
        "more_detail",
    ),
    Query("Auto-uppdatering av fastbet. och adress från FIR vid avstyckning", 9552, "abbreviation"),
    Query("Koppling mellan förhandsbeskedsärende och efterföljande bygglov", 9553, "compound"),
    Query(
        "Så att förhandsbeskedet syns i bygglovet vill vi kunna koppla ihop bygglovsärendet med förhandsbeskedet för fastigheten",
        9553,
        "word_order",
    ),
    Query(
        "Bevakning av att förhandsbeskedet gäller i två år, så att vi ser när det löper ut.",
        None,
        "lookalike",
    ),
    Query(
        "Dispens från strandskyddet: vidarebefordra till länsstyrelsen automatiskt inom lagstadgad tid",
        9554,
        "synonyms",
    ),
    Query(
        "Strandskyddsdispens decisions auto-sent to Länsstyrelsen with the map attached",
        9554,
        "english",
    ),
    Query(
        "Länsstyrelsens beslut om överprövning av en strandskyddsdispens ska kunna registreras och bevakas.",
        None,
        "lookalike",
    ),
    Query("Förenklat flöde för attefallsanmälan", 9555, "less_detail"),
    Query(
        "Attefalls anmälningar behöver ett enklare flöde med mall för startbeskedet direkt",
        9555,
        "typos",
    ),
    Query(
        "Rubriken på ärendet bör genereras av systemet från vad som söks och var, så att alla skriver likadant",
        9556,
        "synonyms",
    ),
    Query(
        "Auto-generate the ärendemening from åtgärd + fastighet for consistent titles",
        9556,
        "english",
    ),
    Query(
        "När en kollega gick på föräldraledighet fick vi byta handläggare på 140 ärenden ett i taget. Vi behöver kunna omfördela alla ärenden och bevakningar på en gång.",
        9557,
        "more_detail",
    ),
    Query(
        "Flytta alla arenden och bevakningar fran en handlaggare till en annan i ett steg",
        9557,
        "typos",
    ),
    Query(
        "Nya ärenden ska fördelas automatiskt till handläggare enligt turordning eller geografiskt område.",
        None,
        "lookalike",
    ),
    Query(
        "För att kunna fördela arbetsbelastningen behöver chefen se hur många pågående ärenden varje handläggare har och hur gamla de är",
        9558,
        "word_order",
    ),
    Query(
        "Workload overview for the manager: open cases per handläggare and how old they are",
        9558,
        "english",
    ),
    Query(
        "När beslutet i bygglovsärendet är fattat ska ett SMS gå till sökanden", 9559, "word_order"
    ),
    Query("SMS vid bygglovsbeslut", 9559, "less_detail"),
    Query(
        "SMS-påminnelse till sökanden när kompletteringen inte kommit in före svarsdatum.",
        None,
        "lookalike",
    ),
    # ===== BAB: duplicates and look-alikes =====
    Query("E-tjänst för BAB-ansökan med AT-intyg som bilaga", 9700, "abbreviation"),
    Query(
        "E-service for bostadsanpassning applications, with the arbetsterapeut certificate attached",
        9700,
        "english",
    ),
    Query(
        "Arbetsterapeuten ska kunna skicka intyget direkt till oss via en egen e-tjänst utan att gå via sökanden.",
        None,
        "lookalike",
    ),
    Query("Delvis bifall: olika utfall per anpassning i samma bidragsbeslut", 9701, "synonyms"),
    Query(
        "Varje åtgärd ska kunna få eget belopp och beviljas eller avslås separat, i samma beslut om bidrag",
        9701,
        "word_order",
    ),
    Query(
        "Nästan alla våra sökande är äldre och vill inte hantera fakturor. De skriver fullmakt så att pengarna går direkt till firman. Castor behöver stödja utbetalning till entreprenören med attest.",
        9702,
        "more_detail",
    ),
    Query(
        "Utbetalning av bidraget direkt till entreprenoren nar det finns fullmakt, med attest",
        9702,
        "typos",
    ),
    Query(
        "Mall för fullmakt som sökanden skriver under, så att bostadsanpassningsbidraget kan betalas till entreprenören.",
        None,
        "lookalike",
    ),
    Query("Offertjämförelse per åtgärd i bostadsanpassningsärendet", 9703, "compound"),
    Query(
        "Begäran om offert ska kunna skickas till flera entreprenörer från ärendet med samma underlag.",
        None,
        "lookalike",
    ),
    Query(
        "Lager över nedmonterade trapphissar och ramper som kan sättas in hos någon annan",
        9704,
        "synonyms",
    ),
    Query("Register för återanvändning av trapphissar", 9704, "less_detail"),
    Query(
        "Bevakning av när en trapphiss ska monteras ned efter att den boende har flyttat eller avlidit.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning av hissgaranti och serviceavtal i bostadsanpassningsärenden", 9705, "compound"
    ),
    Query("Bevakning av garanitid och serviceavtal för trapphisar", 9705, "typos"),
    Query("BAB-statistik till BoV per år (belopp, åtgärd, ålder, kön)", 9706, "abbreviation"),
    Query(
        "Yearly report to Boverket on housing adaptation grants – amounts, types, age, gender",
        9706,
        "english",
    ),
    Query(
        "Uppföljning av budgeten för bostadsanpassning: beviljade och utbetalda belopp hittills i år mot budget.",
        None,
        "lookalike",
    ),
    Query(
        "Arbetsorder till hantverkaren genereras från bidragsbeslutet med rätt åtgärder och kontaktinfo",
        9707,
        "synonyms",
    ),
    Query(
        "Med åtgärder, adress och sökandens kontaktuppgifter ifyllda ska en beställning till entreprenören kunna tas fram ur beslutet",
        9707,
        "word_order",
    ),
    Query(
        "Entreprenören ska kunna rapportera via en e-tjänst att anpassningen är klar.",
        None,
        "lookalike",
    ),
    Query("Link reparationsbidrag cases to the original adaptation case", 9708, "english"),
    Query("Koppla ansökan om reprationsbidrag till urpsrungsärendet", 9708, "typos"),
    Query("Brevmall BAB: begäran om hyresvärdens ok till åtgärderna", 9709, "abbreviation"),
    Query("Mall medgivande hyresvärd", 9709, "less_detail"),
    Query(
        "Bevakning av om hyresvärdens medgivande har kommit in, med påminnelse efter två veckor.",
        None,
        "lookalike",
    ),
    Query(
        "Ibland fakturerar firmorna mer än vi beviljat och det upptäcks först av ekonomi. Vi vill att systemet jämför fakturabeloppet med beslutet och flaggar när det överstiger.",
        9710,
        "more_detail",
    ),
    Query(
        "Kontroll att entreprenörens räkning inte är högre än bidraget som beviljats",
        9710,
        "synonyms",
    ),
    Query("Avslagsmall för bostadsanpassning med överklagandehänvisning", 9711, "compound"),
    Query(
        "Template for rejection decisions (avslag) in BAB with appeal instructions", 9711, "english"
    ),
    Query(
        "Överklaganden av BAB-beslut ska registreras och skickas till förvaltningsrätten tillsammans med vårt yttrande.",
        None,
        "lookalike",
    ),
    Query(
        "Ändrings- och tilläggsarbeten ska ge ett tilläggsbeslut i samma ärende",
        9712,
        "abbreviation",
    ),
    Query(
        "Utan att skapa nytt ärende vill vi kunna fatta tilläggsbeslut i samma ärende när ÄTA-arbeten dyker upp",
        9712,
        "word_order",
    ),
    Query(
        "Statistik över hur stor del av kostnaden som är ÄTA-arbeten per entreprenör.",
        None,
        "lookalike",
    ),
    Query("Handläggningstid BAB rapport", 9713, "less_detail"),
    Query("Varning när ett BAB-ärende legat mer än åtta veckor utan beslut.", None, "lookalike"),
    Query("Notify the applicant by SMS or letter when the grant has been paid", 9714, "english"),
    Query("Meddelande till sokanden nar bidraget betalats ut", 9714, "typos"),
    Query(
        "Vid hembesök mäter vi dörrbredder och tar bilder på badrum, och sedan sitter vi och för in allt på kontoret. Vi vill kunna dokumentera på plats i telefonen och få in det i ärendet direkt.",
        9715,
        "more_detail",
    ),
    Query(
        "Många sökande vill att en släkting gör jobbet, till exempel tar bort trösklar, och då ska bidraget betalas kontant. Vi räknar i dag fram arbetskostnaden med schablonen för hand. Castor borde kunna räkna och ta fram beslut om kontantbidrag.",
        9716,
        "more_detail",
    ),
    Query("Kontantbidrag eget arbete", 9716, "less_detail"),
    Query(
        "Own case type and decision template for återställningsbidrag applied for by the landlord",
        9717,
        "english",
    ),
    Query("Egen arendetyp och mall för återstallningsbidrag", 9717, "typos"),
    Query(
        "Skydd av känsliga hälsouppgifter i läkar- och arbetsterapeutintyg så att obehöriga inte ser dem",
        9718,
        "synonyms",
    ),
    Query("Sekretessmarkering av AT-intyg i BAB", 9718, "abbreviation"),
    Query(
        "Utlämnande av handlingar ur ett BAB-ärende ska kunna göras med automatisk maskning av sekretessuppgifter.",
        None,
        "lookalike",
    ),
    Query(
        "Innan ett avslag ska förslaget till beslut kunna kommuniceras med sökanden, med svarstid och bevakning",
        9719,
        "word_order",
    ),
    # ===== Övrigt: duplicates and look-alikes =====
    Query("Registrera mejl från Outlook till ärende med bilagor direkt", 9900, "abbreviation"),
    Query(
        "Registratorn får hundra mejl om dagen och varje gång sparar hon bilagorna på skrivbordet och laddar upp dem i ärendet. Ett tillägg i Outlook där man väljer ärende och registrerar mejlet med bilagor skulle spara massor av tid.",
        9900,
        "more_detail",
    ),
    Query(
        "Utgående e-post som skickas från ärendet ska sparas automatiskt som handling i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Leverans till e-arkivet enligt förvaltningsgemensamma specifikationer",
        9901,
        "abbreviation",
    ),
    Query(
        "Sökning i e-arkivet ska kunna göras inifrån Castor för ärenden som redan levererats.",
        None,
        "lookalike",
    ),
    Query(
        "Handlingar som omfattas av sekretess ska bara kunna öppnas av de som har rätt till det",
        9902,
        "synonyms",
    ),
    Query(
        "Bara användare med särskild behörighet ska se ärenden och handlingar som är sekretessmarkerade",
        9902,
        "word_order",
    ),
    Query(
        "Behörigheter ska kunna tilldelas via grupper i AD så att IT slipper lägga upp varje användare för hand.",
        None,
        "lookalike",
    ),
    Query(
        "Brev- och mejlutskick till många mottagare samtidigt med personliga uppgifter i mallen",
        9903,
        "compound",
    ),
    Query(
        "Mail merge: bulk letters or emails with template fields filled per recipient",
        9903,
        "english",
    ),
    Query(
        "Kunna göra egna uttag och listor och få ut dem i kalkylark på egen hand", 9904, "synonyms"
    ),
    Query("Egen rapportgenerator med Excel-export", 9904, "less_detail"),
    Query(
        "Färdiga rapporter ska kunna schemaläggas och skickas ut automatiskt med e-post varje månad.",
        None,
        "lookalike",
    ),
    Query("E-legitimation för inloggning i e-tj.", 9905, "abbreviation"),
    Query("Inlogging med BankID i etjänsterna", 9905, "typos"),
    Query(
        "Ansökan ska kunna signeras av flera sökande, till exempel båda fastighetsägarna, med BankID innan den skickas in.",
        None,
        "lookalike",
    ),
    Query("Digital signing of beslut with e-ID by the handläggare", 9906, "english"),
    Query("E-signering av delegationsbeslut och beslut", 9906, "compound"),
    Query(
        "Automatisk rensning av handlingar när tiden i dokumenthanteringsplanen gått ut, med en lista för godkännande först",
        9907,
        "synonyms",
    ),
    Query("Automatisk gallring enligt DHP", 9907, "less_detail"),
    Query(
        "Rapport över vilka handlingar som har gallrats, med datum och gallringsbeslut, för arkivredovisningen.",
        None,
        "lookalike",
    ),
    Query("Fritextsokning i alla moduler samtidigt", 9908, "typos"),
    Query("Åtkomstlogg per ärende och handling", 9909, "compound"),
    Query(
        "Vid misstanke om obehörig åtkomst vill vi kunna ta ut en logg över vem som öppnat ärendet eller handlingen",
        9909,
        "word_order",
    ),
    Query(
        "Ändringslogg som visar vem som ändrat ett fält i ärendet och vad det stod innan.",
        None,
        "lookalike",
    ),
    Query(
        "Anonymisering av persondata enligt dataskyddsförordningen i avslutade ärenden",
        9910,
        "abbreviation",
    ),
    Query(
        "Dataskyddsombudet har frågat varför klagande privatpersoner i gamla tillsynsärenden ligger kvar med namn och telefonnummer i tjugo år. Vi behöver kunna ta bort eller avidentifiera personuppgifterna när ärendet inte behöver dem längre.",
        9910,
        "more_detail",
    ),
    Query(
        "Registerutdrag enligt GDPR: alla ärenden och uppgifter om en viss person ska kunna tas fram.",
        None,
        "lookalike",
    ),
    Query(
        "Dagliga listan över inkomna och upprättade allmänna handlingar ut på hemsidan automatiskt",
        9911,
        "synonyms",
    ),
    Query(
        "Publish the postlista on the website automatically, without secret information",
        9911,
        "english",
    ),
    Query("SSO login with our Azure AD account instead of a separate password", 9912, "english"),
    Query("Enkel inloggning med AD-konto", 9912, "less_detail"),
    Query("Aktuella adresser från Statens personadressregister vid utskick", 9913, "abbreviation"),
    Query("Hamta adresser från SPAR vid utskick sa de är aktuela", 9913, "typos"),
    Query(
        "Personer med skyddad identitet ska flaggas när de hämtas från SPAR så att adressen inte skrivs ut.",
        None,
        "lookalike",
    ),
    Query(
        "Vi vill kunna ändra i våra brev- och beslutsmallar på egen hand med sammanfogningsfält",
        9914,
        "synonyms",
    ),
    Query(
        "Utan att gå via leverantören ska vi själva kunna ändra mallarna i Word med fältkoder",
        9914,
        "word_order",
    ),
    Query("Personlig startsida med ärendelista och bevakningslista för mig", 9915, "compound"),
    Query("Mejlpåminnelse vid förfallen bevakning", 9916, "abbreviation"),
    Query(
        "Vid ett nytt enskilt avlopp har vi ofta både ett bygglov och en tillståndsansökan hos miljö på samma fastighet och handläggarna vet inte om varandra. Vi vill kunna koppla ihop ärendena över modulgränsen så att båda syns från båda hållen.",
        9917,
        "more_detail",
    ),
    Query(
        "Koppla MB-ärende och PBL-ärende på samma fastighet så att de syns i båda modulerna",
        9917,
        "abbreviation",
    ),
    Query(
        "Vid ny ansökan ska systemet varna om det finns öppna ärenden i andra moduler på samma fastighet.",
        None,
        "lookalike",
    ),
    Query("Save a draft in the e-service and continue later", 9918, "english"),
    Query("Spara utkast i e-tjänst", 9918, "less_detail"),
    Query("Dokumentversioner sparas i ärendet vid ändring", 9919, "compound"),
    Query(
        "Det har hänt att en kollega skrivit över mitt beslutsförslag och det gamla gick inte att få tillbaka. Vi behöver att varje sparad ändring blir en ny version som man kan gå tillbaka till.",
        9919,
        "more_detail",
    ),
    Query(
        "Dokumenten i ärendet ska låsas när beslut fattats så att de inte kan ändras.",
        None,
        "lookalike",
    ),
]
