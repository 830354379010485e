# ruff: noqa: E501
"""Sealed, blind evaluation set of development wishes (round 7, file a).

Written by an AI helper session from its own knowledge of Swedish municipal case handling in
Castor, without reading the project's files. Modules and number ranges: Bygg 10000-10059,
BAB 10200-10219, Övrigt 10400-10419 (100 stored wishes), with duplicate queries of eight kinds
and look-alikes that duplicate nothing.
"""

from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # Bygg
    Wish(
        10000,
        "Bygg",
        "Bygglovsavgiften ska räknas ut automatiskt enligt taxan. När ärendetyp, bruttoarea och tidsfaktor är ifyllda ska Castor föreslå avgiften så att handläggaren slipper räkna i Excel.",
    ),
    Wish(
        10001,
        "Bygg",
        "Avdrag på avgiften vid överskriden handläggningstid ska beräknas automatiskt. Om tioveckorsfristen passeras ska systemet räkna fram reduceringen med en femtedel per påbörjad vecka enligt PBL 12 kap. 8 a §.",
    ),
    Wish(
        10002,
        "Bygg",
        "Varning innan handläggningstiden för lovärenden går ut. Handläggaren vill få en bevakning två veckor innan tio veckor har passerat från komplett ansökan.",
    ),
    Wish(
        10003,
        "Bygg",
        "Handläggningstiden ska stoppas automatiskt när föreläggande om komplettering skickas. Klockan ska starta om först när kompletteringen registreras som inkommen.",
    ),
    Wish(
        10004,
        "Bygg",
        "Mallen för föreläggande om komplettering ska fyllas i med de handlingar som saknas. Det som inte är bockat i checklistan för ärendet ska listas automatiskt i brevet.",
    ),
    Wish(
        10005,
        "Bygg",
        "Automatisk mottagningsbekräftelse till sökanden när en bygglovsansökan kommer in. Bekräftelsen ska skickas med mejl och innehålla diarienummer och handläggarens namn.",
    ),
    Wish(
        10006,
        "Bygg",
        "Underrättelse om att ansökan är komplett ska skapas med beräknat beslutsdatum. Brevet ska ange datum då tiden började räknas och senaste datum för beslut.",
    ),
    Wish(
        10007,
        "Bygg",
        "Grannehörande ska kunna skickas till alla sakägare på en gång. Castor ska skapa ett brev per sakägare med ritningar bifogade och svarsdatum ifyllt.",
    ),
    Wish(
        10008,
        "Bygg",
        "Sakägarförteckning ska hämtas från fastighetsregistret direkt i ärendet. Lagfarna ägare och tomträttshavare för angränsande fastigheter ska läggas in som parter med adresser.",
    ),
    Wish(
        10009,
        "Bygg",
        "Registrera mottagna delgivningskvitton per part. Man ska kunna se i ärendet vilka sakägare som har skickat tillbaka kvittot och vilka som saknas.",
    ),
    Wish(
        10010,
        "Bygg",
        "Kungörelse av beslut i Post- och Inrikes Tidningar ska kunna skickas direkt från ärendet. Idag kopierar vi text och loggar in på PoIT separat.",
    ),
    Wish(
        10011,
        "Bygg",
        "Vid expediering av beslut ska mottagarlistan vara förifylld. Sökande, fastighetsägare, kontrollansvarig och de sakägare som haft synpunkter ska föreslås som mottagare.",
    ),
    Wish(
        10012,
        "Bygg",
        "Startbeskedet ska hämta kontrollansvarig och kontrollplan från ärendet. Idag skrivs KA:s namn och certifieringsnummer in för hand i mallen.",
    ),
    Wish(
        10013,
        "Bygg",
        "Kallelse till tekniskt samråd ska skickas som kalenderinbjudan. Byggherre och kontrollansvarig ska få en mötesinbjudan de kan lägga in i sin kalender.",
    ),
    Wish(
        10014,
        "Bygg",
        "Kontrollplanen ska kunna tas emot digitalt och punkterna bockas av under byggtiden. Byggherren eller KA ska kunna markera kontrollpunkter som utförda.",
    ),
    Wish(
        10015,
        "Bygg",
        "Bevakning av slutbesked som aldrig sökts. Ärenden där startbesked getts men inget slutbesked begärts efter viss tid ska komma upp i en lista.",
    ),
    Wish(
        10016,
        "Bygg",
        "Interimistiskt slutbesked ska vara en egen beslutstyp. Kvarstående åtgärder ska kunna registreras och bevakas tills slutligt slutbesked ges.",
    ),
    Wish(
        10017,
        "Bygg",
        "Påminnelse när ett bygglov håller på att upphöra att gälla. Om åtgärden inte påbörjats inom två år eller avslutats inom fem år ska handläggaren få en bevakning.",
    ),
    Wish(
        10018,
        "Bygg",
        "Beräkningsstöd för byggsanktionsavgift. Handläggaren väljer överträdelse enligt PBF och anger area, så räknar Castor fram sanktionsavgiften.",
    ),
    Wish(
        10019,
        "Bygg",
        "Pågående tillsynsärenden ska synas när nytt ärende skapas på fastigheten. En varning ska visas om det finns ett öppet ärende om olovligt byggande.",
    ),
    Wish(
        10020,
        "Bygg",
        "Lista över delegationsbeslut för anmälan till nämnden ska tas fram automatiskt. Alla beslut fattade på delegation under en period ska kunna skrivas ut grupperade per beslutstyp.",
    ),
    Wish(
        10021,
        "Bygg",
        "Castor ska kontrollera att handläggaren har delegation för beslutet. Den som saknar delegation för en beslutstyp ska inte kunna signera beslutet.",
    ),
    Wish(
        10022,
        "Bygg",
        "Tjänsteskrivelse till nämnden ska skapas från mall med uppgifter ur ärendet. Fastighet, sökande, åtgärd och förslag till beslut ska fyllas i automatiskt.",
    ),
    Wish(
        10023,
        "Bygg",
        "Faktureringsunderlag ska skickas till ekonomisystemet automatiskt när beslutet tas. Idag för vi över avgifterna manuellt till ekonomi varje vecka.",
    ),
    Wish(
        10024,
        "Bygg",
        "En faktura ska kunna delas mellan flera betalare. När två sökande står på ansökan ska avgiften kunna fördelas procentuellt på dem.",
    ),
    Wish(
        10025,
        "Bygg",
        "Förhandsbesked ska vara en egen ärendetyp med egen checklista och avgift. Idag registreras förhandsbesked som bygglov med en notering.",
    ),
    Wish(
        10026,
        "Bygg",
        "Marklov för trädfällning ska ha en egen checklista utan ritningskrav. Ofta räcker en karta och ett foto, men idag kräver checklistan fasadritningar.",
    ),
    Wish(
        10027,
        "Bygg",
        "Rivningsplanen ska vara en obligatorisk handling i checklistan för rivningslov och rivningsanmälan. Startbesked ska inte kunna ges innan den är inlämnad.",
    ),
    Wish(
        10028,
        "Bygg",
        "Attefallsanmälan ska vara en egen ärendetyp med förenklad handläggning. Attefallshus, tillbyggnad och takkupa ska kunna väljas som åtgärd direkt i anmälan.",
    ),
    Wish(
        10029,
        "Bygg",
        "OVK-protokoll ska kunna registreras per byggnad med bevakning på nästa besiktning. Systemet ska räkna fram när nästa obligatoriska ventilationskontroll ska göras utifrån byggnadskategori.",
    ),
    Wish(
        10030,
        "Bygg",
        "Register över hissar med besiktningsprotokoll. Varje hiss ska kunna registreras med fabrikationsnummer och besiktningsresultat från kontrollorganet.",
    ),
    Wish(
        10031,
        "Bygg",
        "Remiss ska kunna skickas till flera remissinstanser samtidigt med bevakning på svar. Varje instans ska få sitt eget svarsdatum som bevakas.",
    ),
    Wish(
        10032,
        "Bygg",
        "Remissinstanser ska kunna svara via e-tjänst så att svaret registreras i ärendet. Miljöförvaltningen och räddningstjänsten mejlar idag sina yttranden som vi diarieför manuellt.",
    ),
    Wish(
        10033,
        "Bygg",
        "Ritningar ska kunna stämplas digitalt med beslutsuppgifter. Godkända ritningar ska få en stämpel med diarienummer, beslutsdatum och 'Hör till beslut' innan de expedieras.",
    ),
    Wish(
        10034,
        "Bygg",
        "Jämförelse mellan två versioner av samma ritning. Handläggaren vill se ändringarna markerade när sökanden skickat in en reviderad ritning.",
    ),
    Wish(
        10035,
        "Bygg",
        "Checklista per ärendetyp över handlingar som krävs. När ärendetyp väljs ska rätt lista över ritningar och handlingar visas så man kan bocka av.",
    ),
    Wish(
        10036,
        "Bygg",
        "Gällande detaljplan och planbestämmelser ska visas i ärendet. Handläggaren ska se byggrätt, prickmark och högsta nockhöjd för fastigheten utan att öppna ett separat kartprogram.",
    ),
    Wish(
        10037,
        "Bygg",
        "Avvikelse från detaljplan ska kunna registreras som ett eget sökbart fält. Vi vill kunna ta fram alla lov som beviljats med liten avvikelse.",
    ),
    Wish(
        10038,
        "Bygg",
        "Bygglovsstatistiken till Boverket ska tas fram automatiskt. Uppgifterna till den årliga plan- och byggenkäten ska kunna hämtas ur Castor utan manuell räkning.",
    ),
    Wish(
        10039,
        "Bygg",
        "Rapport över handläggningstider per ärendetyp och handläggare. Chefen vill se medianhandläggningstid per månad för att kunna följa upp.",
    ),
    Wish(
        10040,
        "Bygg",
        "Sökning på fastighetsbeteckning ska också hitta gamla, avregistrerade beteckningar. Efter fastighetsreglering hittar vi inte äldre ärenden när vi söker på den nya beteckningen.",
    ),
    Wish(
        10041,
        "Bygg",
        "Fastighetsägare i ärendet ska uppdateras när lagfarten ändras. När ägarbyte sker under pågående ärende ska Castor markera att ny ägare finns i fastighetsregistret.",
    ),
    Wish(
        10042,
        "Bygg",
        "Sökanden ska kunna följa status för sin bygglovsansökan i e-tjänsten. De ringer ofta och frågar hur långt ärendet kommit.",
    ),
    Wish(
        10043,
        "Bygg",
        "Kompletteringar som lämnas via e-tjänsten ska kopplas direkt till rätt ärende. Idag kommer de in som nya ärenden och registrator får flytta handlingarna.",
    ),
    Wish(
        10044,
        "Bygg",
        "Beslut och stämplade ritningar ska bli tillgängliga för sökanden på Mina sidor. Då slipper vi skicka stora ritningsfiler med mejl.",
    ),
    Wish(
        10045,
        "Bygg",
        "Påminnelse med sms till sökanden när begärd komplettering inte kommit in. Sms:et ska gå ut automatiskt några dagar innan svarsfristen löper ut.",
    ),
    Wish(
        10046,
        "Bygg",
        "Foton från platsbesök ska kunna tas i mobilen och sparas direkt i ärendet. Inspektören ska slippa föra över bilder från telefonen till datorn.",
    ),
    Wish(
        10047,
        "Bygg",
        "Mall för protokoll vid arbetsplatsbesök. Protokollet ska hämta ärendeuppgifter och närvarande och kunna fyllas i på plats.",
    ),
    Wish(
        10048,
        "Bygg",
        "Protokoll från slutsamråd ska skapas från mall med kontrollplanens punkter. Det ska synas vilka kontrollpunkter som återstår när vi sitter på slutsamrådet.",
    ),
    Wish(
        10049,
        "Bygg",
        "Kontrollansvarig ska kunna hämtas från Boverkets register över certifierade. Genom att söka på namn eller certifieringsnummer ska KA läggas in som part med giltig behörighetsnivå.",
    ),
    Wish(
        10050,
        "Bygg",
        "Överklagade beslut ska kunna skickas till länsstyrelsen digitalt från ärendet. Handlingar som ska med i överklagandet väljs ut och skickas som ett paket.",
    ),
    Wish(
        10051,
        "Bygg",
        "Datum för laga kraft ska räknas ut automatiskt. När delgivningsdatum eller kungörelsedatum registreras ska Castor beräkna när beslutet vinner laga kraft.",
    ),
    Wish(
        10052,
        "Bygg",
        "Nya bygglovsärenden ska fördelas automatiskt till handläggare efter geografiskt område. Regler för vilken handläggare som har vilket område ska kunna läggas in.",
    ),
    Wish(
        10053,
        "Bygg",
        "Notis till handläggaren när ny handling kommer in i hens ärenden. Idag märker man inte att sökanden lämnat komplettering förrän man öppnar ärendet.",
    ),
    Wish(
        10054,
        "Bygg",
        "Mall för beslut om avvisning när sökanden inte kompletterat i tid. Beslutet ska hänvisa till föreläggandet och datum för svarsfristen.",
    ),
    Wish(
        10055,
        "Bygg",
        "Nedlagd tid ska kunna registreras per ärende för debitering enligt timtaxa. Handläggaren ska kunna skriva in timmar och aktivitet och få fram summan vid fakturering.",
    ),
    Wish(
        10056,
        "Bygg",
        "Återbetalning av avgift när ansökan återkallas. Castor ska räkna fram hur mycket av den redan fakturerade avgiften som ska betalas tillbaka.",
    ),
    Wish(
        10057,
        "Bygg",
        "Ändring av beviljat bygglov ska registreras som ett ärende kopplat till ursprungslovet. Man ska se hela kedjan av ändringar från det första lovet.",
    ),
    Wish(
        10058,
        "Bygg",
        "Beställning av nybyggnadskarta ska kunna göras direkt från bygglovsärendet. Mätenheten ska få beställningen med fastighet och sökande ifyllt.",
    ),
    Wish(
        10059,
        "Bygg",
        "Utförd lägeskontroll ska registreras i bygglovsärendet med mätprotokollet bifogat. Då ser vi innan slutbesked att huset står där det ska.",
    ),
    # BAB
    Wish(
        10200,
        "BAB",
        "Intyg från arbetsterapeut ska kunna bifogas direkt i e-tjänsten för bostadsanpassning. Sökanden eller arbetsterapeuten ska kunna ladda upp intyget när ansökan görs.",
    ),
    Wish(
        10201,
        "BAB",
        "Begäran om kompletterande intyg till arbetsterapeut ska kunna skickas från ärendet. Brevet ska ange vilka uppgifter som saknas för att kunna bedöma åtgärden.",
    ),
    Wish(
        10202,
        "BAB",
        "Beslutsmallen för bostadsanpassningsbidrag ska lista beviljade åtgärder med belopp. Varje åtgärd ska stå på egen rad med bidragsbelopp och en summa längst ned.",
    ),
    Wish(
        10203,
        "BAB",
        "Bidraget ska kunna betalas ut direkt till entreprenören mot faktura. Utbetalningen ska registreras i ärendet och skickas till ekonomi med fakturan som underlag.",
    ),
    Wish(
        10204,
        "BAB",
        "Flera offerter per åtgärd ska kunna registreras och jämföras. Handläggaren vill se offerterna bredvid varandra och markera vilken som ligger till grund för bidraget.",
    ),
    Wish(
        10205,
        "BAB",
        "Register över återtagna trapphissar och ramper som kan återanvändas. När en hiss monteras ned ska den läggas i lager så vi kan erbjuda den i nästa ärende.",
    ),
    Wish(
        10206,
        "BAB",
        "Statistik över bostadsanpassningsbidrag till Boverket ska tas fram ur Castor. Antal beslut, åtgärdstyper och kostnader per år ska kunna hämtas i rätt format.",
    ),
    Wish(
        10207,
        "BAB",
        "Bevakning på att slutfaktura och intyg om utfört arbete kommer in. Ärenden där åtgärden beviljats men ingen slutredovisning kommit efter ett halvår ska synas i en lista.",
    ),
    Wish(
        10208,
        "BAB",
        "Återställningsbidrag ska vara en egen ärendetyp. När en hyresvärd söker bidrag för att återställa en anpassning ska ärendet kunna kopplas till det ursprungliga bidraget.",
    ),
    Wish(
        10209,
        "BAB",
        "Serviceavtal för trapphissar ska kunna registreras så att återkommande service bevakas. Service och besiktning av hissar som kommunen bekostat ska få en bevakning varje år.",
    ),
    Wish(
        10210,
        "BAB",
        "Mall för fastighetsägarens medgivande till anpassningen. Hyresvärd eller bostadsrättsförening ska få blanketten med åtgärderna ifyllda och kunna skriva under digitalt.",
    ),
    Wish(
        10211,
        "BAB",
        "Protokoll från hembesök ska kunna fyllas i på surfplatta i bostaden. Mått, foton och iakttagelser ska sparas direkt i BAB-ärendet.",
    ),
    Wish(
        10212,
        "BAB",
        "Avslagsbeslut ska kunna motiveras med färdiga textblock med lagrum. Vanliga avslagsskäl enligt lagen om bostadsanpassningsbidrag ska kunna väljas och infogas i beslutet.",
    ),
    Wish(
        10213,
        "BAB",
        "Uppföljning av kostnader för bostadsanpassning mot budget. Beviljade och utbetalda belopp ska kunna summeras per månad jämfört med årets budget.",
    ),
    Wish(
        10214,
        "BAB",
        "Tidigare anpassningar på samma adress ska visas när ett nytt ärende registreras. Då ser vi om bostaden redan har ramp eller borttagna trösklar från en tidigare boende.",
    ),
    Wish(
        10215,
        "BAB",
        "Ombud och god man ska kunna registreras som part i BAB-ärendet. Utskick ska då gå till ombudet i stället för till sökanden.",
    ),
    Wish(
        10216,
        "BAB",
        "Handläggningstiden för bostadsanpassningsärenden ska kunna följas upp. Tiden från inkommen ansökan till beslut ska visas per ärende och i en sammanställning.",
    ),
    Wish(
        10217,
        "BAB",
        "Tilläggsarbeten (ÄTA) ska kunna registreras och godkännas i ärendet. När entreprenören hittar mer arbete ska det kunna beviljas som ett tilläggsbeslut kopplat till det första beslutet.",
    ),
    Wish(
        10218,
        "BAB",
        "Beställningsskrivelse till entreprenör ska skapas från mall med beviljade åtgärder. Entreprenören ska få en beställning med adress, kontaktperson och vad som ska utföras.",
    ),
    Wish(
        10219,
        "BAB",
        "Intyg och andra handlingar med hälsouppgifter ska sekretessmarkeras automatiskt i BAB. De ska inte synas för alla som har läsbehörighet i modulen.",
    ),
    # Övrigt
    Wish(
        10400,
        "Övrigt",
        "Mejl ska kunna registreras direkt från Outlook till ett ärende. Registrator ska kunna dra ett mejl med bilagor till Castor och välja diarienummer.",
    ),
    Wish(
        10401,
        "Övrigt",
        "Avslutade ärenden ska levereras till e-arkivet automatiskt. Leveransen ska ske enligt FGS när ärendet har varit avslutat i ett år.",
    ),
    Wish(
        10402,
        "Övrigt",
        "Gallring av handlingar enligt dokumenthanteringsplanen ska kunna göras i Castor. Handlingstyper ska ha gallringsfrist och det ska gå att ta fram en lista över vad som kan gallras.",
    ),
    Wish(
        10403,
        "Övrigt",
        "Behörigheter ska kunna styras per roll i stället för per användare. En ny handläggare ska få rätt behörigheter genom att tilldelas rollen bygglovshandläggare eller miljöinspektör.",
    ),
    Wish(
        10404,
        "Övrigt",
        "Handlingar i ärenden ska kunna maskas innan de lämnas ut. Vid begäran om allmän handling ska personnummer och sekretessuppgifter kunna strykas i en kopia av PDF:en.",
    ),
    Wish(
        10405,
        "Övrigt",
        "Massutskick med mejl till ett urval av parter. Till exempel alla ägare till enskilda avlopp i ett område ska kunna få samma brev med mejl.",
    ),
    Wish(
        10406,
        "Övrigt",
        "Sms ska kunna skickas från Castor till parter i ett ärende. Handläggaren ska kunna skicka korta meddelanden och sms:et ska sparas i ärendet.",
    ),
    Wish(
        10407,
        "Övrigt",
        "Egna rapporter ska kunna byggas utan att beställa från leverantören. Användare ska kunna välja fält, filter och gruppering och spara rapporten.",
    ),
    Wish(
        10408,
        "Övrigt",
        "Beslut ska kunna signeras elektroniskt med e-legitimation. Handläggare och ordförande ska kunna skriva under beslut och protokoll med BankID eller SITHS.",
    ),
    Wish(
        10409,
        "Övrigt",
        "Beslut ska kunna skickas till digital brevlåda. Medborgare som har Kivra eller Min myndighetspost ska få beslutet där i stället för papperspost.",
    ),
    Wish(
        10410,
        "Övrigt",
        "Parters adresser ska uppdateras från folkbokföringen. När en privatperson flyttat ska Castor hämta aktuell adress via Navet innan utskick.",
    ),
    Wish(
        10411,
        "Övrigt",
        "Logg över vem som har öppnat ett ärende eller en handling. Vid misstanke om otillåten läsning ska vi kunna ta fram vilka användare som tittat i ärendet.",
    ),
    Wish(
        10412,
        "Övrigt",
        "Mallar ska kunna redigeras i Word av oss själva med fältkoder från Castor. Systemförvaltaren ska kunna lägga till nya fält i en mall utan leverantören.",
    ),
    Wish(
        10413,
        "Övrigt",
        "Postlistan ska publiceras automatiskt på kommunens webbplats. Inkomna och upprättade handlingar ska visas utan personuppgifter och sekretessmarkerade poster.",
    ),
    Wish(
        10414,
        "Övrigt",
        "Inloggning med enkel inloggning (SSO) mot kommunens Azure AD. Användarna ska inte behöva ett separat lösenord till Castor.",
    ),
    Wish(
        10415,
        "Övrigt",
        "Rapport över ärendebalans per enhet. Hur många ärenden som kommit in, avslutats och är öppna vid månadens slut ska visas per modul.",
    ),
    Wish(
        10416,
        "Övrigt",
        "Ärenden från kommunens e-tjänsteplattform ska skapas automatiskt i Castor. Inskickade formulär med bilagor ska bli ett registrerat ärende utan att registrator skriver av.",
    ),
    Wish(
        10417,
        "Övrigt",
        "Användarkonton ska avaktiveras automatiskt när personen slutar. Kopplingen till AD ska låsa kontot och visa vilka ärenden som behöver ny handläggare.",
    ),
    Wish(
        10418,
        "Övrigt",
        "Dokument ska konverteras till PDF/A när de låses eller arkiveras. Wordfiler och bilder ska automatiskt sparas i arkivbeständigt format.",
    ),
    Wish(
        10419,
        "Övrigt",
        "Ett befintligt ärende ska kunna kopieras som grund för ett nytt. Parter, fastighet och ärendemening ska följa med till det nya ärendet.",
    ),
]

QUERIES: list[Query] = [
    # Bygg duplicates
    Query(
        "Låt systemet föreslå vad lovet kostar utifrån taxetabellen när vi fyllt i area och typ av åtgärd, i stället för att vi räknar själva i kalkylblad.",
        10000,
        "synonyms",
    ),
    Query(
        "Automatisk beräkning av avgift för bygglov utifrån bygglovstaxan när BTA och ärendetyp är ifyllda.",
        10000,
        "compound",
    ),
    Query(
        "Räkna ut avdraget på avgiften automatiskt när tioveckorsfristen i plan- och bygglagen 12 kap. 8 a § överskrids, en femtedel per vecka.",
        10001,
        "abbreviation",
    ),
    Query(
        "Automatic fee reduction när handläggningstiden överskrids – en femtedel per påbörjad vecka enligt PBL.",
        10001,
        "english",
    ),
    Query(
        "Varning inann handläggningstiden för lovarenden går ut. Vill ha bevakning två veckor innan tio veckor passerat från komplett ansökan.",
        10002,
        "typos",
    ),
    Query("Bevakning före tioveckorsgränsen", 10002, "less_detail"),
    Query(
        "Vi missar ofta att pausa handläggningstiden när vi skickar föreläggande om komplettering, och sen ser det ut i statistiken som att vi dragit över. Kan tiden stanna av sig själv när föreläggandet går ut och börja om när kompletteringen registreras?",
        10003,
        "more_detail",
    ),
    Query(
        "När föreläggande om komplettering skickas ska handläggningstiden automatiskt stoppas, och först när kompletteringen registrerats som inkommen ska den starta igen.",
        10003,
        "word_order",
    ),
    Query(
        "Brevet där vi begär in fler papper från sökanden borde själv plocka med det som fattas enligt avbockningslistan.",
        10004,
        "synonyms",
    ),
    Query(
        "Kompletteringsföreläggandet ska automatiskt lista handlingar som saknas enligt ärendets checklista.",
        10004,
        "compound",
    ),
    Query(
        "Automatiskt mejl med dnr och handläggare till sökande när ansökan om bygglov kommer in",
        10005,
        "abbreviation",
    ),
    Query(
        "Auto-reply/confirmation mail till sökanden när bygglovsansökan kommit in, med diarienummer och vem som är handläggare.",
        10005,
        "english",
    ),
    Query(
        "Underrättelse om att ansökan är kompett ska skapas med beräknat beslutsdatm och datum då tiden börjar räknas",
        10006,
        "typos",
    ),
    Query(
        "Enligt PBL ska vi meddela sökanden när ansökan är komplett och när beslut senast ska fattas. Vi skriver det för hand varje gång och räknar veckorna i almanackan – kan Castor göra brevet och räkna fram datumet?",
        10006,
        "more_detail",
    ),
    Query("Grannehörande i ett svep till alla sakägare", 10007, "less_detail"),
    Query(
        "Till alla sakägare samtidigt ska grannehörandet kunna gå ut, där Castor skapar ett brev per sakägare med svarsdatum och bifogade ritningar.",
        10007,
        "word_order",
    ),
    Query(
        "Förteckning över sakägare ur fastighetsregistret: lagfarna ägare och tomträttshavare på grannfastigheterna ska läggas in som parter automatiskt.",
        10008,
        "compound",
    ),
    Query(
        "Kunna bocka av vilka grannar som returnerat sina mottagningsbevis, så man ser vilka som fortfarande inte skickat tillbaka.",
        10009,
        "synonyms",
    ),
    Query(
        "Registera mottagna delgivningskviton per part så man ser vilka sakägare som skickat tillbaka och vilka som fattas",
        10009,
        "typos",
    ),
    Query("Kungöra beslut i PoIT direkt från Castor", 10010, "abbreviation"),
    Query(
        "Varje vecka kungör vi flera bygglov och det tar lång tid att kopiera beslutstexten och fastighetsbeteckningen till Post- och Inrikes Tidningars webb. Vore bra om kungörelsen kunde skickas iväg direkt från ärendet.",
        10010,
        "more_detail",
    ),
    Query("Förvalda mottagare vid expediering", 10011, "less_detail"),
    Query(
        "Mottagarlistan ska vara förifylld när beslut expedieras, med sökande, fastighetsägare, KA och sakägare som haft synpunkter föreslagna.",
        10011,
        "word_order",
    ),
    Query(
        "Startbesked: hämta KA och KP automatiskt från ärendet till mallen", 10012, "abbreviation"
    ),
    Query(
        "Beskedet om att byggandet får påbörjas ska få med den certifierade kontrollanten och planen för kontroller direkt ur ärendet, vi fyller i det manuellt nu.",
        10012,
        "synonyms",
    ),
    Query(
        "Skicka kallelse till tekniskt samråd som Outlook meeting invite till byggherre och KA",
        10013,
        "english",
    ),
    Query(
        "Kallelse till tekniskt samråd som kalenderinbjudn så byggherren och kontrollansvarig kan lagga in det i kalendern",
        10013,
        "typos",
    ),
    Query(
        "Kontrollplanspunkterna ska kunna kvitteras som utförda digitalt av byggherren eller kontrollansvarig under byggets gång.",
        10014,
        "compound",
    ),
    Query(
        "Vi får in kontrollplaner som PDF och sen vet vi inte förrän slutsamrådet vad som gjorts. Om byggherren kunde markera varje kontrollpunkt som klar i en digital kontrollplan under tiden skulle vi kunna följa bygget.",
        10014,
        "more_detail",
    ),
    Query(
        "Vi vill hitta projekt som fått börja byggas men aldrig avslutats formellt, alltså där byggherren inte begärt att få ta huset i bruk.",
        10015,
        "synonyms",
    ),
    Query("Uppföljning av saknade slutbesked", 10015, "less_detail"),
    Query(
        "Interimistsikt slutbesked som egen beslutstyp med kvarstående åtgarder som bevakas",
        10016,
        "typos",
    ),
    Query(
        "Som egen beslutstyp ska interimistiskt slutbesked finnas, och tills det slutliga slutbeskedet ges ska kvarstående åtgärder bevakas.",
        10016,
        "word_order",
    ),
    Query(
        "Alert when bygglov is about to expire – om inte påbörjat inom 2 år eller klart inom 5 år.",
        10017,
        "english",
    ),
    Query(
        "Bevakning av lovets giltighetstid: påminnelse innan bygglovet slutar gälla när byggstart inte skett inom två år eller bygget inte är klart inom fem.",
        10017,
        "compound",
    ),
    Query(
        "Räknestöd för sanktionsavgift vid byggnadsbrott: välj överträdelsen i förordningen, ange arean så räknas avgiften fram.",
        10018,
        "compound",
    ),
    Query(
        "Beräkningsstöd byggsanktionsavgift enligt plan- och byggförordningen, utifrån överträdelse och area",
        10018,
        "abbreviation",
    ),
    Query(
        "När man lägger upp ett nytt lovärende på en fastighet borde det blinka om det redan pågår en utredning om svartbygge där.",
        10019,
        "synonyms",
    ),
    Query(
        "Warning om det finns ett open tillsynsärende (olovligt byggande) på fastigheten when creating a new case.",
        10019,
        "english",
    ),
    Query(
        "Delegationslista till BN: alla delegationsbeslut under perioden per beslutstyp, automatiskt",
        10020,
        "abbreviation",
    ),
    Query(
        "Lista över delegationsbesult för anmälan till nämden ska tas fram automatiskt, grupperat per beslutstyp",
        10020,
        "typos",
    ),
    Query(
        "Spärr så att man inte kan skriva under ett beslut man inte har mandat att fatta enligt nämndens beslutsordning.",
        10021,
        "synonyms",
    ),
    Query(
        "Vi hade en vikarie som beslutade om en sanktionsavgift fast det bara får göras av nämnden. Castor borde stoppa signering om handläggaren inte har delegation för beslutstypen.",
        10021,
        "more_detail",
    ),
    Query(
        "Tjänsteskrivelsemall för nämndärenden där fastighet, sökande, åtgärd och beslutsförslag fylls i från ärendet.",
        10022,
        "compound",
    ),
    Query(
        "Template för tjänsteskrivelse till nämnden som auto-fillar fastighet, sökande och förslag till beslut.",
        10022,
        "english",
    ),
    Query(
        "Automatiskt när beslutet tas ska faktureringsunderlaget gå över till ekonomisystemet – idag görs det manuellt varje vecka.",
        10023,
        "word_order",
    ),
    Query("Split invoice – avgiften fördelas procentuellt mellan två sökande.", 10024, "english"),
    Query(
        "En faktra ska kunna delas mellan flera betalare när två sokande står på ansökan",
        10024,
        "typos",
    ),
    Query("Egen ärendetyp för förhandsbesked", 10025, "less_detail"),
    Query(
        "Vi får in ett tjugotal förhandsbesked om året utanför planlagt område och lägger upp dem som bygglov med en anteckning. Det blir fel i statistiken och checklistan. Vill ha förhandsbesked som egen ärendetyp med egen taxa.",
        10025,
        "more_detail",
    ),
    Query(
        "När någon söker lov för att fälla träd ska systemet inte kräva fasad- och planritningar, bara en situationsplan och en bild.",
        10026,
        "synonyms",
    ),
    Query("Checklista för trädfällningsmarklov utan krav på ritningar", 10026, "compound"),
    Query(
        "Startbesked för rivning ska inte kunna ges innan rivningsplanen har lämnats in; den ska finnas som obligatorisk handling i checklistan.",
        10027,
        "word_order",
    ),
    Query(
        "Rivningsplanen ska vara obligatorsik i checklistan för rivningslov och rivningsanmälan sa att startbesked inte ges innan den finns",
        10027,
        "typos",
    ),
    Query(
        "Ärendetyp för anmälan om attefallsåtgärd, där attefallshus, tillbyggnad eller takkupa väljs direkt",
        10028,
        "compound",
    ),
    Query(
        "Egen case type för Attefall-anmälningar, med val av attefallshus/tillbyggnad/takkupa.",
        10028,
        "english",
    ),
    Query(
        "Registrera protokoll från obligatorisk ventilationskontroll per byggnad och bevaka när nästa besiktning ska ske utifrån byggnadens kategori.",
        10029,
        "abbreviation",
    ),
    Query("OVK-register med besiktningsintervall", 10029, "less_detail"),
    Query("Register över hisar med besiktningsprotokol per hiss", 10030, "typos"),
    Query(
        "Med bevakning på svar ska remiss kunna skickas samtidigt till flera remissinstanser, och varje instans ska få ett eget svarsdatum.",
        10031,
        "word_order",
    ),
    Query(
        "Svar på remiss via e-tjänst: remissinstansens yttrande ska landa direkt i bygglovsärendet.",
        10032,
        "compound",
    ),
    Query(
        "Räddningstjänsten och miljö skickar sina yttranden med mejl till vår funktionsbrevlåda och registrator får lägga in dem. Om de kunde svara på remissen i en e-tjänst som går rakt in i ärendet skulle vi spara mycket tid.",
        10032,
        "more_detail",
    ),
    Query(
        "Digital stämpel på godkända ritningar med dnr, beslutsdatum och 'Hör till beslut'",
        10033,
        "abbreviation",
    ),
    Query(
        "Vi vill kunna märka de fastställda planerna och fasaderna elektroniskt med ärendenummer och beslutsdag innan de skickas ut.",
        10033,
        "synonyms",
    ),
    Query(
        "Compare två versioner av en ritning och visa diffen när sökanden skickat in en reviderad.",
        10034,
        "english",
    ),
    Query("Jämför reviderad ritning mot tidigare version", 10034, "less_detail"),
    Query(
        "Cheklista per ärendetyp över vilka handlingar som krävs, så man kan bocka av",
        10035,
        "typos",
    ),
    Query(
        "Över handlingar som krävs ska det finnas en checklista per ärendetyp, som visas när man väljer ärendetyp.",
        10035,
        "word_order",
    ),
    Query(
        "Visa gällande DP och planbestämmelser i ärendet så vi slipper öppna GIS",
        10036,
        "abbreviation",
    ),
    Query(
        "Planinformationen för tomten – vad som får byggas, var man inte får bygga och hur högt – borde gå att se inne i ärendet utan att starta kartverktyget.",
        10036,
        "synonyms",
    ),
    Query(
        "Eget fält för planavvikelse så att vi kan söka fram lov beviljade med liten avvikelse.",
        10037,
        "compound",
    ),
    Query(
        "Nämnden vill inför en uppföljning veta hur många lov vi beviljat med liten avvikelse de senaste tre åren. Idag står det bara i beslutstexten. Kan man få ett sökbart fält för avvikelse från detaljplanen?",
        10037,
        "more_detail",
    ),
    Query(
        "Automatic export av bygglovsstatistik till Boverkets yearly plan- och byggenkät.",
        10038,
        "english",
    ),
    Query("Boverkets plan- och byggenkät ur Castor", 10038, "less_detail"),
    Query(
        "Handläggningstidsrapport per ärendetyp och handläggare med median per månad.",
        10039,
        "compound",
    ),
    Query(
        "Chefen behöver kunna se hur lång tid det tar från komplett ansökan till beslut, uppdelat på olika slags ärenden och vem som hanterar dem.",
        10039,
        "synonyms",
    ),
    Query(
        "Sökning på fastighetsbeteckning ska hitta gamla avregisterade beteckningar ocksa",
        10040,
        "typos",
    ),
    Query(
        "Efter en stor lantmäteriförrättning i centrum har flera fastigheter slagits ihop och nu hittar vi inte bygglov från 90-talet när vi söker på nya beteckningen. Sökningen borde även träffa gamla, avregistrerade fastighetsbeteckningar.",
        10040,
        "more_detail",
    ),
    Query(
        "Få en flagga i pågående ärende när fastigheten sålts och äganderätten gått över till någon annan.",
        10041,
        "synonyms",
    ),
    Query("Status på bygglovsansökan synlig för sökanden i e-tj.", 10042, "abbreviation"),
    Query(
        "Vi får säkert tio samtal om dagen från sökande som undrar var i processen deras ansökan är. Om de själva kunde se status i e-tjänsten, t.ex. mottagen, komplett, under handläggning, beslut, skulle det avlasta oss.",
        10042,
        "more_detail",
    ),
    Query(
        "Kompletteringar via e-tjänsten ska matchas mot existing ärende, inte skapa ett nytt case.",
        10043,
        "english",
    ),
    Query(
        "Till rätt ärende ska kompletteringar som lämnas via e-tjänsten kopplas direkt, så registrator slipper flytta handlingar från nya ärenden.",
        10043,
        "word_order",
    ),
    Query(
        "Sökanden borde själv kunna hämta hem beslutet och de godkända ritningarna från sin personliga sida på webben i stället för att vi mejlar stora filer.",
        10044,
        "synonyms",
    ),
    Query("Beslut och stämplade ritnigar tillgängliga för sokanden på Mina sidor", 10044, "typos"),
    Query(
        "SMS-påminn. till sökande om kompl. som ej inkommit innan svarsfristen",
        10045,
        "abbreviation",
    ),
    Query("Sms-påminnelse om utebliven komplettering", 10045, "less_detail"),
    Query("Ta photos i mobilen på platsbesöket och uploada direkt till ärendet", 10046, "english"),
    Query(
        "Platsbesöksfoton ska kunna sparas i ärendet direkt från mobiltelefonen.", 10046, "compound"
    ),
    Query(
        "Arbetsplatsbesöksprotokoll som mall, med ärendeuppgifter och närvarande ifyllda, som går att fylla i på plats.",
        10047,
        "compound",
    ),
    Query("Mall för protokol vid arbetsplatsbesok som hämtar ärendeuppgifter", 10047, "typos"),
    Query(
        "Med kontrollplanens punkter ska protokollet från slutsamrådet skapas ur mall, så att det syns vilka punkter som återstår.",
        10048,
        "word_order",
    ),
    Query(
        "När vi har det avslutande mötet med byggherren vill vi ha ett färdigt mötesdokument där de kontroller som ännu inte är gjorda syns.",
        10048,
        "synonyms",
    ),
    Query(
        "Hämta KA ur Boverkets cert.register med namn eller cert.nr och lägga in som part med behörighetsnivå",
        10049,
        "abbreviation",
    ),
    Query(
        "Lookup av kontrollansvarig i Boverkets register, add as party med certifieringsnivå.",
        10049,
        "english",
    ),
    Query(
        "Skicka överklagande digitalt till Lst direkt från ärendet med valda handlingar",
        10050,
        "abbreviation",
    ),
    Query("Överklagandepaket till länsstyrelsen digitalt", 10050, "less_detail"),
    Query(
        "Datum för laga kraft ska räknas ut automatiskt nar delgivningsdatum eller kungörelsedatun registreras",
        10051,
        "typos",
    ),
    Query(
        "Castor borde själv räkna fram när beslutet inte längre går att överklaga, utifrån när grannarna fått del av det eller när det publicerades.",
        10051,
        "synonyms",
    ),
    Query(
        "Auto-assign nya bygglovsärenden till handläggare based on geografiskt område.",
        10052,
        "english",
    ),
    Query(
        "Ärendefördelning efter område: nya lovärenden ska automatiskt tilldelas den handläggare som har området.",
        10052,
        "compound",
    ),
    Query(
        "Handläggaren ska få en notis när sökanden lämnat en ny handling i hens ärenden – idag märks det först när ärendet öppnas.",
        10053,
        "word_order",
    ),
    Query("Notis vid inkommen handling", 10053, "less_detail"),
    Query(
        "Avvisningsbeslutsmall för när sökanden inte kompletterat, med hänvisning till föreläggandet och svarsfristen.",
        10054,
        "compound",
    ),
    Query(
        "Det händer några gånger i månaden att sökande inte svarar på vårt föreläggande. Då skriver vi ett avvisningsbeslut från tomt dokument. En mall som hänvisar till föreläggandet och svarsfristen skulle spara tid.",
        10054,
        "more_detail",
    ),
    Query(
        "Vi vill kunna skriva in hur många timmar vi lagt på ett ärende och vad vi gjort, så att det kan debiteras per timme.",
        10055,
        "synonyms",
    ),
    Query(
        "Återbetalning av avgift nar ansökan återkallas, räkna fram hur mycket som ska betalas tilbaka",
        10056,
        "typos",
    ),
    Query(
        "När ansökan återkallas ska Castor räkna fram hur stor del av den redan fakturerade avgiften som ska betalas tillbaka.",
        10056,
        "word_order",
    ),
    Query(
        "Ändringslov ska registreras som ärende kopplat till det ursprungliga bygglovet, så hela kedjan syns.",
        10057,
        "compound",
    ),
    Query("Koppla ändringslov till ursprungslov", 10057, "less_detail"),
    Query(
        "Beställa NBK från bygglovsärendet så att mätenheten får beställningen med fastighet och sökande",
        10058,
        "abbreviation",
    ),
    Query(
        "Direkt från bygglovsärendet ska man kunna beställa nybyggnadskarta, och till mätenheten ska beställningen komma med fastighet och sökande ifyllt.",
        10058,
        "word_order",
    ),
    Query(
        "Vi vill kunna notera i lovärendet att husets placering har kontrollmätts och lägga in mätresultatet, innan vi ger slutbesked.",
        10059,
        "synonyms",
    ),
    Query(
        "Register lägeskontroll as done i ärendet, med mätprotokollet attached.", 10059, "english"
    ),
    # BAB duplicates
    Query("Kunna bifoga AT-intyg direkt i e-tj. när man söker BAB", 10200, "abbreviation"),
    Query(
        "När man söker bidrag för att anpassa hemmet på nätet ska utlåtandet från den som bedömt funktionsnedsättningen kunna laddas upp samtidigt.",
        10200,
        "synonyms",
    ),
    Query(
        "Begäran om kompleterande intyg till arbetsteraput ska kunna skickas från ärendet",
        10201,
        "typos",
    ),
    Query(
        "Mall för beslut om bostadsanpassningsbidrag där varje åtgärd får en egen rad med bidragets belopp och en summering.",
        10202,
        "compound",
    ),
    Query("BAB-beslut med belopp per åtgärd", 10202, "less_detail"),
    Query(
        "Direkt till entreprenören ska bidraget kunna betalas ut mot faktura, och utbetalningen ska registreras i ärendet och gå till ekonomi.",
        10203,
        "word_order",
    ),
    Query(
        "De flesta sökande vill inte lägga ut pengarna själva, så vi betalar oftast firman direkt. Idag gör vi det på papper utanför Castor. Vi vill kunna registrera fakturan i ärendet och skicka utbetalningen till entreprenören via ekonomi därifrån.",
        10203,
        "more_detail",
    ),
    Query(
        "Vi tar in prisförslag från två tre firmor för samma anpassning och vill kunna lägga dem sida vid sida och markera vilket vi räknar bidraget på.",
        10204,
        "synonyms",
    ),
    Query(
        "Vi har ett förråd med trapphissar och ramper som plockats ned när brukare flyttat eller avlidit, men koll på dem har vi bara i en Excel. Vore bra med ett register i Castor så vi kan erbjuda en återtagen hiss när ett nytt ärende kommer.",
        10205,
        "more_detail",
    ),
    Query(
        "BAB-statistiken till Boverket ska kunna tas ut ur Castor, antal beslut och kostnader per år",
        10206,
        "abbreviation",
    ),
    Query(
        "Statistik over bostadsanpassningsbidrag till Boverket ska tas fram ur Castor med antal beslut och åtgärdstyper per år",
        10206,
        "typos",
    ),
    Query("Bevaka utebliven slutredovisning", 10207, "less_detail"),
    Query(
        "Återställningsbidrag as own case type, linked till det ursprungliga bidragsärendet.",
        10208,
        "english",
    ),
    Query(
        "Som egen ärendetyp ska återställningsbidrag finnas, och när hyresvärden söker ska ärendet kopplas till det ursprungliga bidraget.",
        10208,
        "word_order",
    ),
    Query(
        "Kommunen äger ett trettiotal trapphissar ute hos brukare och enligt avtalet ska de ha service och besiktning varje år. Idag håller en handläggare koll i sin kalender. Vi vill kunna lägga in serviceavtalet på hissen i Castor och få en bevakning när det är dags.",
        10209,
        "more_detail",
    ),
    Query(
        "Blankett där hyresvärden eller föreningen godkänner att lägenheten byggs om, med anpassningarna redan ifyllda och möjlighet att signera elektroniskt.",
        10210,
        "synonyms",
    ),
    Query(
        "Medgivandemall för fastighetsägare/BRF med åtgärderna ifyllda och e-underskrift",
        10210,
        "abbreviation",
    ),
    Query(
        "Hembesöksprotokoll på surfplatta där mått, foton och iakttagelser sparas direkt i bostadsanpassningsärendet.",
        10211,
        "compound",
    ),
    Query(
        "Fylla i home visit-protokollet på iPad, med mått och photos direkt i ärendet.",
        10211,
        "english",
    ),
    Query(
        "Avslagsbeslut ska kunna motiveras med fardiga textblock med lagrum enligt lagen om bostadsanpassningsbidrag",
        10212,
        "typos",
    ),
    Query(
        "Med färdiga textblock och lagrum ska avslagsbeslut kunna motiveras; de vanliga skälen enligt bostadsanpassningslagen väljs och infogas.",
        10212,
        "word_order",
    ),
    Query(
        "Vi har överskridit budgeten för bostadsanpassning två år i rad utan att märka det förrän i bokslutet. Vi vill kunna följa beviljade och utbetalda belopp månad för månad mot årets budget direkt i Castor.",
        10213,
        "more_detail",
    ),
    Query(
        "Förra veckan beviljade vi borttagning av trösklar i en lägenhet där det redan gjorts för en tidigare hyresgäst. Om Castor visade tidigare anpassningar på samma adress när vi registrerar ett nytt ärende skulle vi undvika det.",
        10214,
        "more_detail",
    ),
    Query("Historik på anpassningar per adress", 10214, "less_detail"),
    Query(
        "Ombud och god man ska kunna läggas in som part i bostadsanpassningsärendet, och utskicken går då till ombudet.",
        10215,
        "abbreviation",
    ),
    Query(
        "God man och ombud ska kunna regsitreras som part så utskick går till ombudet istallet för sökanden",
        10215,
        "typos",
    ),
    Query("Uppföljning handläggningstid BAB", 10216, "less_detail"),
    Query(
        "Ändrings- och tilläggsarbeten ska kunna beviljas som tilläggsbeslut kopplat till första beslutet i bostadsanpassningsärendet.",
        10217,
        "abbreviation",
    ),
    Query(
        "När hantverkaren upptäcker att mer behöver göras än vi beviljat, t.ex. ruttet golv under badrumsmattan, ska vi kunna godkänna det extra som ett kompletterande beslut knutet till det ursprungliga.",
        10217,
        "synonyms",
    ),
    Query(
        "Från mall ska beställningsskrivelsen till entreprenören skapas, med de beviljade åtgärderna, adress och kontaktperson.",
        10218,
        "word_order",
    ),
    Query(
        "Work order till entreprenören genererad från template med beviljade åtgärder.",
        10218,
        "english",
    ),
    Query(
        "Intygen innehåller ofta diagnoser och hela sjukdomshistorik, och just nu kan alla med läsbehörighet i BAB se dem. Vi vill att sådana handlingar sekretessmarkeras automatiskt när de registreras.",
        10219,
        "more_detail",
    ),
    Query(
        "Intyg med hälsouppgifter ska automatiskt sekretesmarkeras i BAB och inte synas för alla handlägare",
        10219,
        "typos",
    ),
    # Övrigt duplicates
    Query("Drag and drop av mejl från Outlook till ärendet, med attachments.", 10400, "english"),
    Query("Registrera e-post med bilagor direkt från Outlook på rätt dnr", 10400, "abbreviation"),
    Query(
        "Automatisk leverans till e-arkiv enligt förvaltningsgemensamma specifikationer, ett år efter att ärendet avslutats.",
        10401,
        "abbreviation",
    ),
    Query(
        "Stängda ärenden borde föras över till det digitala slutarkivet av sig själva när en viss tid gått.",
        10401,
        "synonyms",
    ),
    Query(
        "Gallringsfunktion med frist per typ av handling och lista över gallringsbara handlingar enligt dokumenthanteringsplanen.",
        10402,
        "compound",
    ),
    Query("Role based access i stället för behörigheter per user.", 10403, "english"),
    Query(
        "Varje gång vi får en ny inspektör tar det en halv dag för systemförvaltaren att klicka i alla behörigheter, och det blir ändå olika för olika personer. Vi vill kunna tilldela en roll så följer behörigheterna med.",
        10403,
        "more_detail",
    ),
    Query(
        "När någon begär ut handlingar vill vi kunna svärta personnummer och känsliga uppgifter i en kopia direkt i systemet.",
        10404,
        "synonyms",
    ),
    Query("Maskning av PDF vid utlämnande", 10404, "less_detail"),
    Query(
        "Mejlutskick till många på en gång: ett urval av parter, t.ex. alla avloppsägare i ett område, ska få samma brev.",
        10405,
        "compound",
    ),
    Query(
        "Till ett urval av parter ska samma brev kunna skickas med mejl som massutskick, t.ex. till alla ägare av enskilda avlopp inom ett område.",
        10405,
        "word_order",
    ),
    Query(
        "Sms ska kunna skickas från Castor till parter i ett ärnde och sparas i ärendet",
        10406,
        "typos",
    ),
    Query(
        "Till parter i ett ärende ska handläggaren kunna skicka sms från Castor, och i ärendet ska sms:et sparas.",
        10406,
        "word_order",
    ),
    Query("Egen rapportgenerator", 10407, "less_detail"),
    Query("E-sign. av beslut och prot. med BankID/SITHS", 10408, "abbreviation"),
    Query("E-signing av beslut och protokoll med BankID eller SITHS-kort.", 10408, "english"),
    Query(
        "Portot för beslut i bygg och miljö kostar oss mycket, och många medborgare har redan Kivra. Om beslut kunde skickas till deras digitala brevlåda när de är anslutna skulle vi spara både pengar och tid.",
        10409,
        "more_detail",
    ),
    Query(
        "Folkbokföringsadressen ska hämtas via Navet och uppdatera parternas adresser innan utskick.",
        10410,
        "compound",
    ),
    Query(
        "Parters adreser ska uppdateras fran folkbokföringen via Navet innan utskick",
        10410,
        "typos",
    ),
    Query("Access log – vem har läst/öppnat ett ärende eller dokument.", 10411, "english"),
    Query("Läslogg på ärenden", 10411, "less_detail"),
    Query(
        "Vi har väntat i månader på att leverantören ska lägga in ett nytt fält i vår delgivningsmall. Systemförvaltaren borde själv kunna redigera mallarna i Word och lägga till fältkoder från Castor.",
        10412,
        "more_detail",
    ),
    Query(
        "Av oss själva ska mallarna kunna redigeras i Word, och nya fält från Castor ska läggas in utan leverantörens hjälp.",
        10412,
        "word_order",
    ),
    Query("Automatisk postlista på webben", 10413, "less_detail"),
    Query(
        "Postlistan ska publiceras automatisk pa kommunens webbplats utan personuppgifter",
        10413,
        "typos",
    ),
    Query("SSO mot Azure AD", 10414, "less_detail"),
    Query(
        "Rapport över balansen av ärenden per enhet: inkomna, avslutade och öppna vid månadsslut.",
        10415,
        "compound",
    ),
    Query(
        "Per modul och enhet ska det visas hur många ärenden som har kommit in, avslutats och är öppna vid slutet av månaden.",
        10415,
        "word_order",
    ),
    Query(
        "Integration e-tjänsteplattform → Castor: submitted forms blir automatiskt ärenden med bilagor.",
        10416,
        "english",
    ),
    Query(
        "Registrator sitter varje morgon och skriver av formulär från vår e-tjänsteplattform till Castor. Vi vill att inskickade ansökningar skapar ett registrerat ärende med bilagor automatiskt.",
        10416,
        "more_detail",
    ),
    Query(
        "När personen slutar ska användarkontot avaktiveras automatiskt via AD, och de ärenden som behöver ny handläggare ska visas.",
        10417,
        "word_order",
    ),
    Query("Automatisk PDF/A-konvertering vid arkivering", 10418, "less_detail"),
    Query(
        "Vi lägger ofta upp nästan likadana ärenden, t.ex. när samma sökande har flera anmälningar på samma fastighet. Då vill vi kopiera ett befintligt ärende så att parter, fastighet och ärendemening följer med i det nya.",
        10419,
        "more_detail",
    ),
    # Look-alikes, Bygg
    Query(
        "Bygglovsavgiften ska visas som en preliminär beräkning enligt taxan för sökanden i e-tjänsten, innan ansökan skickas in.",
        None,
        "lookalike",
    ),
    Query(
        "Avdraget på avgiften vid överskriden handläggningstid ska sammanställas i en rapport per år, så nämnden ser hur mycket intäkter vi har tappat.",
        None,
        "lookalike",
    ),
    Query(
        "Varning till handläggaren innan svarsfristen i ett föreläggande om komplettering går ut, så att man kan gå vidare med avvisning.",
        None,
        "lookalike",
    ),
    Query(
        "Handläggningstiden ska kunna förlängas en gång med högst tio veckor, och beslutet om förlängning ska skickas till sökanden från mall.",
        None,
        "lookalike",
    ),
    Query(
        "Mallen för föreläggande om rättelse i tillsynsärenden ska hämta vilka åtgärder som ska vidtas och vitesbeloppet från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Mottagningsbekräftelse ska skickas automatiskt när en anmälan om olovligt byggande kommer in från allmänheten, så att anmälaren får diarienumret.",
        None,
        "lookalike",
    ),
    Query(
        "Grannarnas svar i grannehörandet ska registreras per sakägare med markering om de har erinringar eller inte.",
        None,
        "lookalike",
    ),
    Query(
        "Sakägarförteckningen ska kunna skrivas ut som bilaga till beslutet, med fastighetsbeteckning och ägare för varje sakägare.",
        None,
        "lookalike",
    ),
    Query(
        "Beslut ska kunna delges med förenklad delgivning, där kontrollmeddelandet skickas automatiskt dagen efter utskicket.",
        None,
        "lookalike",
    ),
    Query(
        "Kungörelse av grannehörande i ortstidningen ska kunna beställas från ärendet när sakägarna är för många för att underrättas var för sig.",
        None,
        "lookalike",
    ),
    Query(
        "Vid expediering ska beslutet och alla bilagor slås ihop till en enda PDF i stället för att skickas som flera filer.",
        None,
        "lookalike",
    ),
    Query(
        "Slutbeskedet ska hämta uppgifter om utförda kontroller och lägeskontroll från kontrollplanen automatiskt till mallen.",
        None,
        "lookalike",
    ),
    Query(
        "Protokollet från tekniskt samråd ska skapas från mall och skickas till byggherren och KA efter mötet.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollplanen ska kunna skapas i Castor från mall med förslag på kontrollpunkter för ärendetypen, så vi kan hjälpa privatpersoner som inte behöver KA.",
        None,
        "lookalike",
    ),
    Query(
        "Ärenden där slutbesked getts men slutavgiften inte fakturerats ska komma upp i en lista.",
        None,
        "lookalike",
    ),
    Query(
        "Bygglov som upphört att gälla ska automatiskt få status förfallet så att de inte ligger kvar bland pågående ärenden.",
        None,
        "lookalike",
    ),
    Query(
        "Byggsanktionsavgifter som tagits ut ska sammanställas per år och typ av överträdelse för nämndens uppföljning.",
        None,
        "lookalike",
    ),
    Query(
        "Öppna tillsynsärenden ska visas i kartan med en egen symbol så man ser var det pågår olovligt byggande.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollansvarigs certifiering ska bevakas så att vi får en varning om certifikatet går ut under ett pågående ärende.",
        None,
        "lookalike",
    ),
    Query(
        "Protokollsutdrag med nämndens beslut ska kopplas tillbaka till bygglovsärendet automatiskt efter sammanträdet.",
        None,
        "lookalike",
    ),
    Query(
        "Tjänsteskrivelsen ska kunna skickas för granskning till chefen och markeras som godkänd innan den går vidare till nämndsekreteraren.",
        None,
        "lookalike",
    ),
    Query(
        "Fakturor som inte betalats ska rapporteras tillbaka från ekonomisystemet och synas som obetalda i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Fakturan ska kunna ställas till en annan betalare än sökanden, t.ex. byggföretaget, med deras fakturareferens.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning på att bygglov söks inom två år efter ett positivt förhandsbesked.",
        None,
        "lookalike",
    ),
    Query(
        "OVK-protokoll med underkänt resultat ska automatiskt skapa ett tillsynsärende på byggnaden.",
        None,
        "lookalike",
    ),
    Query(
        "En påminnelse ska gå ut automatiskt till den remissinstans som inte har svarat i tid.",
        None,
        "lookalike",
    ),
    Query(
        "Remissvaren ska sammanställas automatiskt i tjänsteskrivelsen så man slipper klippa in yttrandena.",
        None,
        "lookalike",
    ),
    Query(
        "Inkomna ritningar ska automatiskt få en inkomststämpel med datum och diarienummer när de registreras.",
        None,
        "lookalike",
    ),
    Query(
        "Handläggaren ska kunna mäta avstånd och areor direkt i ritningen i Castor.",
        None,
        "lookalike",
    ),
    Query(
        "Checklistan över handlingar som krävs ska visas för sökanden i e-tjänsten, så att de ser vad som ska bifogas innan de skickar in.",
        None,
        "lookalike",
    ),
    Query(
        "Bygglovsärenden ska visas som punkter i kartan med ärendestatus, så man ser var det byggs i kommunen.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över antal överklaganden per år och hur många av besluten som upphävts av länsstyrelsen.",
        None,
        "lookalike",
    ),
    Query(
        "Ärenden ska kunna omfördelas i klump till en annan handläggare vid föräldraledighet eller längre sjukskrivning.",
        None,
        "lookalike",
    ),
    # Look-alikes, BAB
    Query(
        "Arbetsterapeuten ska automatiskt få en kopia av beslutet om bostadsanpassningsbidrag när det expedieras.",
        None,
        "lookalike",
    ),
    Query(
        "Beslutet om bostadsanpassningsbidrag ska visa de åtgärder som avslagits, med motivering per rad, bredvid de beviljade.",
        None,
        "lookalike",
    ),
    Query(
        "Bidraget ska kunna betalas ut till sökanden som själv har betalat entreprenören, mot kvitto.",
        None,
        "lookalike",
    ),
    Query(
        "Offerter ska kunna begäras in från flera entreprenörer med ett gemensamt utskick från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "När en återtagen trapphiss ska monteras ned ska beställningen av nedmonteringen kunna skickas till hissleverantören från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över genomsnittlig kostnad per åtgärdstyp, t.ex. ramp och duschplats, så vi kan jämföra prisnivån mellan entreprenörer.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning på att fastighetsägarens medgivande har kommit in innan beslut om bidrag fattas.",
        None,
        "lookalike",
    ),
    Query(
        "Hembesök ska kunna bokas i handläggarens kalender och en bekräftelse skickas till sökanden.",
        None,
        "lookalike",
    ),
    Query(
        "Avslagsbeslut i BAB ska automatiskt få en överklagandehänvisning till förvaltningsrätten.",
        None,
        "lookalike",
    ),
    Query(
        "Fullmakten för ombudet ska bevakas så vi ser när den upphör att gälla.", None, "lookalike"
    ),
    Query(
        "Kostnaden för tilläggsarbeten ska redovisas separat i uppföljningen så vi ser hur mycket ÄTA kostar per år.",
        None,
        "lookalike",
    ),
    # Look-alikes, Övrigt
    Query(
        "Mejl som skickas från Castor ska sparas automatiskt i ärendet som utgående handling.",
        None,
        "lookalike",
    ),
    Query(
        "Ärenden som levererats till e-arkivet ska gå att söka fram i Castor med en länk till arkivet.",
        None,
        "lookalike",
    ),
    Query(
        "Behörigheten ska kunna begränsas för enskilda ärenden, t.ex. när en kollega är jävig.",
        None,
        "lookalike",
    ),
    Query(
        "Begäran om utlämnande av allmän handling ska registreras som eget ärende med bevakning på att svar ges skyndsamt.",
        None,
        "lookalike",
    ),
    Query(
        "Studsade mejl från massutskick ska registreras på parten så vi ser vilka som inte nåtts.",
        None,
        "lookalike",
    ),
    Query(
        "Sms som sökanden svarar med ska komma in i ärendet som inkommen handling.",
        None,
        "lookalike",
    ),
    Query(
        "Sparade rapporter ska kunna schemaläggas och skickas med mejl till chefen varje månad.",
        None,
        "lookalike",
    ),
    Query(
        "Beslut som skickats till digital brevlåda ska få kvittens på när mottagaren har öppnat dem.",
        None,
        "lookalike",
    ),
    Query(
        "Adresser till företag ska hämtas från Bolagsverket när organisationsnummer anges på parten.",
        None,
        "lookalike",
    ),
    Query(
        "Logg över ändringar i ärendet: vem som ändrat status, handläggare eller fastighet och när.",
        None,
        "lookalike",
    ),
    Query(
        "Mallarna ska kunna delas mellan kommuner i användarföreningen via ett gemensamt mallbibliotek.",
        None,
        "lookalike",
    ),
]
