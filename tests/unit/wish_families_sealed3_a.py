"""Sealed, blind evaluation set (modules Bygg, BAB and Övrigt).

Written by an AI helper session from its own knowledge of Swedish municipal
case handling, without reading the project's other wish sets, handlers,
benchmarks or documentation. Intended to be used once, sealed, to measure
duplicate detection of development wishes.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # ---------------------------------------------------------------- Bygg
    Wish(
        7000,
        "Bygg",
        "Automatisk bevakning av bygglovets giltighetstid. Vi vill att en bevakning skapas automatiskt när bygglovet beviljas, så att handläggaren påminns innan lovet upphör att gälla om åtgärden inte har påbörjats inom två år.",
    ),
    Wish(
        7001,
        "Bygg",
        "Bevakning av slutbesked. Det borde gå att få en bevakning när startbesked har getts men inget slutbesked har begärts inom den tid som angetts i startbeskedet.",
    ),
    Wish(
        7002,
        "Bygg",
        "Räkna handläggningstiden från komplett ansökan. Systemet ska räkna de tio veckorna från det datum ärendet markerades som komplett och visa i ärendelistan hur många dagar som återstår.",
    ),
    Wish(
        7003,
        "Bygg",
        "Automatisk beräkning av avgiftsreduktion. När handläggningstiden överskrids ska systemet räkna ut hur mycket bygglovsavgiften ska sättas ned (en femtedel per påbörjad vecka) och föreslå det nya beloppet på fakturan.",
    ),
    Wish(
        7004,
        "Bygg",
        "Mall för föreläggande om komplettering. Önskar att mallen för kompletteringsbegäran hämtar de saknade handlingarna från checklistan och räknar fram svarsdatumet automatiskt.",
    ),
    Wish(
        7005,
        "Bygg",
        "Checklista för handlingar per ärendetyp. Vi vill kunna ställa in vilka handlingar som krävs för varje ärendetyp (t.ex. nybyggnad enbostadshus, tillbyggnad, attefallsåtgärd) och bocka av dem när de kommer in.",
    ),
    Wish(
        7006,
        "Bygg",
        "Utskick av grannehörande direkt från ärendet. Det borde gå att välja sakägare från fastighetsförteckningen och skicka underrättelsen om grannehörande i ett moment, med brev eller e-post.",
    ),
    Wish(
        7007,
        "Bygg",
        "Översikt över svar från sakägare. Önskar en vy där man ser vilka grannar som har svarat på grannehörandet, om de har erinringar och vilka som inte svarat före sista svarsdag.",
    ),
    Wish(
        7008,
        "Bygg",
        "Kungörelse i Post- och Inrikes Tidningar direkt från Castor. Beslut om bygglov ska kunna skickas för kungörelse utan att man loggar in i en annan tjänst, och kungörelsedatumet ska sparas i ärendet.",
    ),
    Wish(
        7009,
        "Bygg",
        "Bevakning av delgivningskvitto. När ett beslut har skickats med delgivningskvitto vill vi att en bevakning skapas som påminner om kvittot inte har kommit tillbaka inom tre veckor.",
    ),
    Wish(
        7010,
        "Bygg",
        "Automatiskt beräknat datum för laga kraft. Systemet ska räkna ut när beslutet vinner laga kraft utifrån kungörelsedatum och delgivningsdatum och visa datumet på ärendet.",
    ),
    Wish(
        7011,
        "Bygg",
        "Kallelse till tekniskt samråd. Vi vill kunna boka tekniskt samråd i kalendern och skicka kallelse till byggherren och kontrollansvarig från ärendet med en färdig mall.",
    ),
    Wish(
        7012,
        "Bygg",
        "Protokoll från tekniskt samråd som kan fyllas i på plats. Det borde gå att skriva protokollet direkt i Castor under mötet, med rubrikerna förifyllda, och spara det som en handling i ärendet.",
    ),
    Wish(
        7013,
        "Bygg",
        "Kontrollplan som mall i e-tjänsten. Önskar att byggherren kan fylla i kontrollplanen i en strukturerad mall i e-tjänsten i stället för att bifoga en PDF.",
    ),
    Wish(
        7014,
        "Bygg",
        "Register över kontrollansvariga med certifiering. Vi vill kunna välja kontrollansvarig ur ett register i Castor och se certifieringsnummer och giltighetstid, så att vi slipper kontrollera mot Boverkets register för hand.",
    ),
    Wish(
        7015,
        "Bygg",
        "Arbetsplatsbesök i mobilen. Handläggaren ska kunna dokumentera arbetsplatsbesök i mobilen med foton och anteckningar som sparas direkt i ärendet.",
    ),
    Wish(
        7016,
        "Bygg",
        "Kallelse till slutsamråd. Samma stöd som för tekniskt samråd borde finnas för slutsamråd, med mall för kallelsen och möjlighet att bjuda in kontrollansvarig.",
    ),
    Wish(
        7017,
        "Bygg",
        "Beslutsmall för interimistiskt slutbesked. Vi vill ha en egen mall för interimistiskt slutbesked där kvarstående åtgärder och datum för slutligt slutbesked listas.",
    ),
    Wish(
        7018,
        "Bygg",
        "Beräkning av byggsanktionsavgift. Det borde finnas en kalkylator som räknar fram byggsanktionsavgiften utifrån överträdelse enligt PBF, prisbasbelopp och area, och för in beloppet i beslutet.",
    ),
    Wish(
        7019,
        "Bygg",
        "Tillsynsärende skapas från anmälan via e-tjänst. När någon anmäler misstänkt olovligt byggande via e-tjänsten ska ett tillsynsärende skapas automatiskt med fastigheten kopplad.",
    ),
    Wish(
        7020,
        "Bygg",
        "Register över OVK. Vi vill att systemet håller reda på när nästa obligatoriska ventilationskontroll ska göras för varje byggnad och kan ta fram en lista över förfallna besiktningar.",
    ),
    Wish(
        7021,
        "Bygg",
        "OVK-protokoll via e-tjänst. Önskar att funktionskontrollanten kan ladda upp protokollet i en e-tjänst så att det registreras på rätt byggnad utan att registratorn behöver göra det.",
    ),
    Wish(
        7022,
        "Bygg",
        "Bevakning av hissbesiktningar. Vi vill kunna registrera hissar per fastighet och få en bevakning när besiktningsintyg saknas efter besiktningsintervallet.",
    ),
    Wish(
        7023,
        "Bygg",
        "Avgiftsberäkning enligt PBL-taxan. Bygglovsavgiften ska kunna räknas fram automatiskt i ärendet utifrån vår taxa (OF, HF1, HF2 och mPBB) i stället för i ett separat Excelark.",
    ),
    Wish(
        7024,
        "Bygg",
        "Faktureringsunderlag vid beslut. Vi vill att ett faktureringsunderlag skapas automatiskt när bygglovsbeslutet expedieras, så att handläggaren inte behöver skapa det manuellt.",
    ),
    Wish(
        7025,
        "Bygg",
        "Koppla förhandsbesked till efterföljande bygglov. När bygglov söks på en fastighet där förhandsbesked har getts ska förhandsbeskedet och dess giltighetstid visas i lovärendet.",
    ),
    Wish(
        7026,
        "Bygg",
        "Skicka remiss digitalt från ärendet. Det borde gå att skicka remiss till t.ex. miljöförvaltningen, räddningstjänsten och Trafikverket direkt från bygglovsärendet med svarsdatum och få tillbaka svaret som en handling i ärendet.",
    ),
    Wish(
        7027,
        "Bygg",
        "Påminnelse om försenade remissvar. Vi vill se en lista över alla utestående remisser och få en påminnelse när svarsdatumet har passerat.",
    ),
    Wish(
        7028,
        "Bygg",
        "Förenklad e-tjänst för attefallsanmälan. Önskar en e-tjänst anpassad för attefallshus och attefallstillbyggnader där sökanden bara behöver fylla i det som krävs för en anmälan.",
    ),
    Wish(
        7029,
        "Bygg",
        "Fastighetsbeteckning hämtas automatiskt i e-tjänsten. När sökanden anger adressen i bygglovs-e-tjänsten ska fastighetsbeteckning och lagfaren ägare hämtas automatiskt.",
    ),
    Wish(
        7030,
        "Bygg",
        "Jämföra ritningsversioner. Det borde gå att lägga två versioner av en ritning bredvid eller ovanpå varandra för att se vad som har ändrats efter en komplettering.",
    ),
    Wish(
        7031,
        "Bygg",
        "Digital stämpel på fastställda ritningar. Vi vill kunna stämpla ritningar digitalt med 'Hör till beslut', diarienummer och datum direkt i Castor.",
    ),
    Wish(
        7032,
        "Bygg",
        "Visa gällande detaljplan i ärendet. Önskar att planbestämmelser och genomförandetid för den gällande detaljplanen visas automatiskt i ärendet för fastigheten, så att man slipper gå till kartan.",
    ),
    Wish(
        7033,
        "Bygg",
        "Markera liten avvikelse från detaljplanen. Vi vill kunna ange i ärendet att det gäller en liten avvikelse och vilken planbestämmelse som avviks från, så att det följer med in i beslutsmallen.",
    ),
    Wish(
        7034,
        "Bygg",
        "Underlag till Boverkets plan- och byggenkät. Det borde gå att ta fram de uppgifter som Boverkets årliga enkät frågar efter direkt ur Castor, t.ex. antal lov, handläggningstider och sanktionsavgifter.",
    ),
    Wish(
        7035,
        "Bygg",
        "Rapport över handläggningstider per handläggare. Önskar en rapport som visar medianhandläggningstid per ärendetyp och handläggare för vald period.",
    ),
    Wish(
        7036,
        "Bygg",
        "Fördela nya ärenden till handläggare. Chefen ska kunna se alla nyinkomna bygglovsärenden i en lista och fördela dem till handläggare med ett klick, och handläggaren ska få en notis.",
    ),
    Wish(
        7037,
        "Bygg",
        "Byta handläggare på många ärenden samtidigt. När en handläggare slutar eller är föräldraledig behöver vi kunna flytta alla hens öppna ärenden till en annan handläggare på en gång.",
    ),
    Wish(
        7038,
        "Bygg",
        "Automatisk mottagningsbekräftelse. När en ansökan kommer in via e-tjänsten ska sökanden få ett mejl med diarienummer och namnet på handläggaren.",
    ),
    Wish(
        7039,
        "Bygg",
        "Besked om komplett ansökan. Vi vill ha en knapp som skickar ett meddelande till sökanden om att ansökan är komplett och vilket datum beslut senast ska fattas.",
    ),
    Wish(
        7040,
        "Bygg",
        "Sökande ska kunna se status på sitt ärende. Önskar att sökanden kan logga in med BankID och se var i processen ärendet befinner sig och vilka handlingar som saknas.",
    ),
    Wish(
        7041,
        "Bygg",
        "Komplettera ansökan via e-tjänsten. Det borde gå för sökanden att ladda upp kompletteringar direkt till sitt befintliga ärende i stället för att mejla dem till oss.",
    ),
    Wish(
        7042,
        "Bygg",
        "Digital underskrift av bygglovsbeslut. Vi vill att handläggaren kan signera beslutet med e-legitimation i Castor så att vi slipper skriva ut och skriva under på papper.",
    ),
    Wish(
        7043,
        "Bygg",
        "Byte av kontrollansvarig i pågående ärende. Det borde gå att registrera en ny kontrollansvarig och skapa ett beslut om ny KA med historik över tidigare kontrollansvariga.",
    ),
    Wish(
        7044,
        "Bygg",
        "Rivningsplan via e-tjänsten. Vi vill kunna ta emot rivningsplanen strukturerat i e-tjänsten med fält för farligt avfall och materialinventering.",
    ),
    Wish(
        7045,
        "Bygg",
        "Fält för BTA, BYA och antal lägenheter. Önskar obligatoriska fält för bruttoarea, byggnadsarea och antal lägenheter i lovärendet så att uppgifterna kan användas i avgiftsberäkning och statistik.",
    ),
    Wish(
        7046,
        "Bygg",
        "Uppdatera byggnadsregistret vid slutbesked. När slutbesked ges ska uppgifterna om byggnaden (ändamål, area, antal lägenheter) automatiskt föras över till byggnadsregistret.",
    ),
    Wish(
        7047,
        "Bygg",
        "Mallar för föreläggande om ovårdad tomt. Önskar färdiga mallar för föreläggande om att städa upp en ovårdad tomt, med och utan vite, enligt 11 kap. PBL.",
    ),
    Wish(
        7048,
        "Bygg",
        "Bevakning av förelägganden med vite. Vi vill att en bevakning skapas när ett föreläggande med vite meddelas, så att handläggaren påminns att kontrollera rättelsen efter sista dag.",
    ),
    Wish(
        7049,
        "Bygg",
        "Historiska bygglov vid sökning på fastighet. Det borde gå att söka på en fastighet och få upp alla tidigare bygglov, även de som migrerats från det gamla systemet.",
    ),
    Wish(
        7050,
        "Bygg",
        "Koppla skannade arkivritningar till fastigheten. Önskar att inskannade ritningar från bygglovsarkivet kan kopplas till fastighet och byggnad så att de syns när man öppnar ett nytt ärende på fastigheten.",
    ),
    Wish(
        7051,
        "Bygg",
        "E-tjänst för att beställa ritningar. Allmänheten ska kunna beställa kopior av ritningar för sin fastighet via en e-tjänst och få dem skickade digitalt.",
    ),
    Wish(
        7052,
        "Bygg",
        "Tjänsteskrivelse i bygglovsärendet direkt till nämnden. Vi vill att tjänsteskrivelsen i ett bygglovsärende kan skickas till byggnadsnämndens dagordning utan att man skapar ett separat ärende.",
    ),
    Wish(
        7053,
        "Bygg",
        "Bibliotek med standardtexter för upplysningar. Det borde finnas en samling upplysningstexter (t.ex. om startbesked, strandskydd och fornlämningar) som man kan bocka i när man skriver beslutet.",
    ),
    Wish(
        7054,
        "Bygg",
        "Snabbanteckning från ärendelistan. Önskar att man kan skriva en kort tjänsteanteckning, t.ex. om ett telefonsamtal, direkt från ärendelistan utan att öppna hela ärendet.",
    ),
    Wish(
        7055,
        "Bygg",
        "Varning vid startbesked innan lovet vunnit laga kraft. När startbesked ges innan bygglovet har vunnit laga kraft ska handläggaren få en varning och en upplysning om risken läggas in i startbeskedet automatiskt.",
    ),
    Wish(
        7056,
        "Bygg",
        "Rita byggnadens placering på kartan i ärendet. Önskar att handläggaren kan rita ut den nya byggnaden på kartan i ärendet så att placeringen sparas som geometri.",
    ),
    Wish(
        7057,
        "Bygg",
        "Separat fakturering av startbeskedet. Vi vill kunna fakturera lovdelen när bygglovet beviljas och avgiften för tekniskt samråd och startbesked först när startbeskedet ges.",
    ),
    Wish(
        7058,
        "Bygg",
        "Automatisk ärendemening. Ärendemeningen ska genereras utifrån åtgärd och fastighet, t.ex. 'Bygglov för nybyggnad av enbostadshus, Eken 1:23', så att alla skriver på samma sätt.",
    ),
    Wish(
        7059,
        "Bygg",
        "Automatisk påminnelse till sökanden om komplettering. Om sökanden inte har kompletterat före svarsdatumet ska systemet skicka en påminnelse via e-post.",
    ),
    # ----------------------------------------------------------------- BAB
    Wish(
        7200,
        "BAB",
        "Intyg från arbetsterapeut i e-tjänsten. Vi vill att arbetsterapeuten kan ladda upp sitt intyg direkt till den sökandes ansökan om bostadsanpassningsbidrag via e-tjänsten.",
    ),
    Wish(
        7201,
        "BAB",
        "Söka bidrag åt någon annan med digital fullmakt. Önskar att en anhörig eller god man kan söka bostadsanpassningsbidrag för någons räkning i e-tjänsten med en digital fullmakt.",
    ),
    Wish(
        7202,
        "BAB",
        "Fastighetsägarens medgivande digitalt. Det borde gå att skicka förfrågan om medgivande till hyresvärden eller bostadsrättsföreningen via e-post med en länk där de kan signera med BankID.",
    ),
    Wish(
        7203,
        "BAB",
        "Jämförelse av offerter. Vi vill kunna registrera flera offerter per åtgärd och få en jämförelse, så att bidraget beräknas på den mest kostnadseffektiva.",
    ),
    Wish(
        7204,
        "BAB",
        "Beräkning av bidragsbeloppet. Systemet ska räkna fram bidraget utifrån godkänd offert och eventuella avdrag och föra in beloppet i beslutsmallen.",
    ),
    Wish(
        7205,
        "BAB",
        "Utbetalning direkt till entreprenören. Önskar att bidraget kan betalas ut direkt till entreprenören efter att fakturan har attesterats, med underlag till ekonomisystemet.",
    ),
    Wish(
        7206,
        "BAB",
        "Attest av entreprenörens faktura i ärendet. Det borde gå att attestera entreprenörens faktura digitalt i BAB-ärendet innan utbetalningen görs.",
    ),
    Wish(
        7207,
        "BAB",
        "Återkrav av utbetalt bidrag. Vi behöver kunna hantera återkrav när ett bidrag har betalats ut felaktigt eller åtgärden inte har utförts, med beslutsmall och faktura.",
    ),
    Wish(
        7208,
        "BAB",
        "Egen ärendetyp för återställningsbidrag. När någon söker återställningsbidrag ska det tidigare anpassningsärendet kopplas ihop automatiskt så att man ser vad som installerades.",
    ),
    Wish(
        7209,
        "BAB",
        "Register över återanvändbara hissar och ramper. Önskar ett register där vi ser vilka trapphissar, ramper och andra produkter som har monterats ner och kan återanvändas i nya ärenden.",
    ),
    Wish(
        7210,
        "BAB",
        "Statistik till Boverket för bostadsanpassning. En rapport som tar fram det Boverket begär in varje år: antal ärenden, kostnader per åtgärdstyp samt sökandes ålder och kön.",
    ),
    Wish(
        7211,
        "BAB",
        "Handläggningstid i BAB-ärenden. Vi vill se i ärendelistan hur lång tid varje bostadsanpassningsärende har tagit från komplett ansökan till beslut.",
    ),
    Wish(
        7212,
        "BAB",
        "Fördefinierade åtgärdstyper. Önskar en lista med åtgärder (t.ex. borttagning av trösklar, duschplats, ramp, dörrautomatik) som väljs per ansökan och används i statistiken.",
    ),
    Wish(
        7213,
        "BAB",
        "Slutbesiktning innan utbetalning. Önskar ett moment med mall för slutbesiktning där handläggaren bekräftar att anpassningen är utförd innan utbetalning kan göras.",
    ),
    Wish(
        7214,
        "BAB",
        "Mallar för avslagsbeslut med lagrum. Vi vill ha mallar för avslag där man väljer skäl (t.ex. inte permanent bostad, brist i bostaden) och rätt paragraf i lagen om bostadsanpassningsbidrag läggs in automatiskt.",
    ),
    Wish(
        7215,
        "BAB",
        "Kommunicering innan avslag. Det borde gå att skicka ett kommuniceringsbrev med förslag till beslut och svarsdatum till sökanden innan avslaget fattas.",
    ),
    Wish(
        7216,
        "BAB",
        "Reparationsbidrag kopplat till ursprungsärendet. Egen ärendetyp för reparation av t.ex. dörrautomatik eller hiss, där det ursprungliga ärendet och anpassningen visas.",
    ),
    Wish(
        7217,
        "BAB",
        "Beställning till ramavtalsentreprenör. Vi vill kunna välja entreprenör ur en lista över kommunens ramavtalsleverantörer och skicka beställningen direkt från ärendet.",
    ),
    Wish(
        7218,
        "BAB",
        "Bevakning när utbetalning inte begärts. Önskar en bevakning när beslut om bidrag har fattats men ingen faktura eller begäran om utbetalning har kommit in efter sex månader.",
    ),
    Wish(
        7219,
        "BAB",
        "Flera personer med funktionsnedsättning i samma hushåll. Det ska gå att registrera flera personer i samma hushåll och koppla varje anpassning till rätt person.",
    ),
    # -------------------------------------------------------------- Övrigt
    Wish(
        7400,
        "Övrigt",
        "Delegationslista ur beslutade ärenden. Vi vill att varje beslut kopplas till en punkt i delegationsordningen och att en lista över delegationsbeslut för anmälan till nämnden kan tas ut automatiskt.",
    ),
    Wish(
        7401,
        "Övrigt",
        "Dagordning och kallelse till nämndsammanträde. Önskar att nämndsekreteraren kan skapa dagordning och kallelse direkt ur de ärenden i Castor som ska upp på sammanträdet.",
    ),
    Wish(
        7402,
        "Övrigt",
        "Protokollsutdrag sparas i ärendena. Efter sammanträdet ska protokollsutdraget automatiskt sparas som handling i varje berört ärende.",
    ),
    Wish(
        7403,
        "Övrigt",
        "Leverans till e-arkiv. Avslutade ärenden ska kunna levereras till kommunens e-arkiv enligt FGS, med handlingar och metadata.",
    ),
    Wish(
        7404,
        "Övrigt",
        "Gallring enligt dokumenthanteringsplanen. Systemet ska föreslå vilka handlingar som kan gallras när gallringsfristen har passerat och logga vad som har gallrats.",
    ),
    Wish(
        7405,
        "Övrigt",
        "Behörighet per ärendetyp. Vi vill kunna styra att vissa användare bara ser vissa ärendetyper, t.ex. att ärenden med sekretess inte syns för alla i förvaltningen.",
    ),
    Wish(
        7406,
        "Övrigt",
        "Logg över vem som har öppnat ett ärende. Önskar en läslogg per ärende, särskilt för ärenden med känsliga personuppgifter.",
    ),
    Wish(
        7407,
        "Övrigt",
        "SMS till sökanden från ärendet. Handläggaren ska kunna skicka ett SMS till sökanden direkt från ärendet, och meddelandet ska sparas som handling.",
    ),
    Wish(
        7408,
        "Övrigt",
        "Utskick till digital brevlåda. Beslut ska kunna skickas till mottagarens digitala brevlåda (Kivra, Min myndighetspost), och om mottagaren saknar brevlåda ska ett brev skrivas ut.",
    ),
    Wish(
        7409,
        "Övrigt",
        "Fritextsökning i dokument. Önskar att man kan söka i innehållet i alla handlingar, inte bara i ärendemening och diarienummer.",
    ),
    Wish(
        7410,
        "Övrigt",
        "Sparade sökningar. Vi vill kunna spara egna sökningar och filter i ärendelistan och dela dem med kollegor.",
    ),
    Wish(
        7411,
        "Övrigt",
        "Gemensamma mallar för brevhuvud och sidfot. Brevhuvud och sidfot ska kunna ändras på ett ställe och slå igenom i alla mallar i alla moduler.",
    ),
    Wish(
        7412,
        "Övrigt",
        "Integration med ekonomisystemet. Fakturaunderlag ska skickas via API till ekonomisystemet, och fakturanumret ska komma tillbaka och synas i ärendet.",
    ),
    Wish(
        7413,
        "Övrigt",
        "Indexuppräkning av taxan. Det borde gå att räkna upp timavgiften och alla avgifter i taxan med ett index vid årsskiftet utan att ändra varje rad för sig.",
    ),
    Wish(
        7414,
        "Övrigt",
        "Egna rapporter. Användare ska kunna bygga egna rapporter med valfria fält och exportera dem till Excel.",
    ),
    Wish(
        7415,
        "Övrigt",
        "Mobilen ska fungera offline. Castor i mobilen ska gå att använda utan täckning och synkronisera när man har uppkoppling igen.",
    ),
    Wish(
        7416,
        "Övrigt",
        "Registrera e-post som handling från Outlook. Mejl som kommer till funktionsbrevlådan ska kunna registreras som handling i rätt ärende direkt från Outlook.",
    ),
    Wish(
        7417,
        "Övrigt",
        "Postlista för webben. Önskar en daglig postlista över diarieförda handlingar som kan publiceras på webben med personuppgifter maskade.",
    ),
    Wish(
        7418,
        "Övrigt",
        "Maskning av uppgifter vid utlämnande. Önskar ett verktyg för att maska sekretessbelagda uppgifter i PDF:er innan en allmän handling lämnas ut.",
    ),
    Wish(
        7419,
        "Övrigt",
        "Enkät till sökande efter avslutat ärende. Efter avslutat ärende ska sökanden automatiskt få en enkät om nöjdhet, och svaren ska gå att ta ut som statistik.",
    ),
]

QUERIES: list[Query] = [
    # ------------------------------------------------------ Bygg duplicates
    Query(
        "Påminnelse innan ett beviljat lov slutar gälla. Systemet borde självt lägga in en påminnelse när vi ger bygglov, så att vi märker om byggherren inte har kommit igång inom två år.",
        7000,
        "synonyms",
    ),
    Query(
        "Automatic bevakning when a bygglov is granted – we want a reminder before the permit expires if the work hasn't started within two years.",
        7000,
        "english",
    ),
    Query(
        "Bevaking av slutbesked. Det borde gå att få en bevakning när startbesked har getts men inget slutbesked har begärts inom tiden som angets i startbeskedet.",
        7001,
        "typos",
    ),
    Query("Bevakning när slutbesked inte har begärts", 7001, "less_detail"),
    Query(
        "Räkning av tid för handläggning från datum för komplett ansökan. De tio veckorna ska räknas från när ärendet blev komplett, och listan över ärenden ska visa hur många dagar som återstår.",
        7002,
        "compound",
    ),
    Query(
        "Räkna handläggningstiden från komplett ansökan. Vi har flera gånger missat tioveckorsgränsen eftersom vi räknar för hand i en Excellista vid sidan av. Om systemet räknade från datumet då ärendet markerades komplett och visade antal dagar kvar direkt i ärendelistan skulle vi ha koll.",
        7002,
        "more_detail",
    ),
    Query(
        "Sänkt avgift räknas ut automatiskt när vi dragit över tiden. Hinner vi inte fatta beslut inom fristen borde Castor själv räkna fram avdraget på lovavgiften, en femtedel för varje påbörjad vecka, och lägga in det nya beloppet på fakturan.",
        7003,
        "synonyms",
    ),
    Query(
        "Auto-calculate the fee reduction when handläggningstiden is exceeded (1/5 per started week) and suggest the new amount on the invoice.",
        7003,
        "english",
    ),
    Query(
        "Mall för kompletteringsföreläggande. Saknade handlingar ska hämtas från checklistan och datum för svar ska räknas fram automatiskt.",
        7004,
        "compound",
    ),
    Query(
        "Saknade handlingar från checklistan och ett uträknat svarsdatum borde fyllas i automatiskt när vi använder mallen för föreläggande om komplettering.",
        7004,
        "word_order",
    ),
    Query("Konfigurerbar checklista för handlingar per ärendetyp", 7005, "less_detail"),
    Query(
        "Ställa in vilka ritningar och dokument som behövs för olika sorters ärenden, t.ex. nytt enbostadshus eller tillbyggnad, och pricka av dem efter hand som de kommer in.",
        7005,
        "synonyms",
    ),
    Query(
        "Grannehörande direkt från ärendet – välja sakägare ur fastighetsförteckningen och skicka underrättelse enl. 9 kap. 25 § PBL i ett moment, brev el. mejl.",
        7006,
        "abbreviation",
    ),
    Query(
        "Med brev eller e-post, i ett moment och direkt från ärendet, borde underrättelsen om grannehörande kunna skickas till de sakägare man valt ut från fastighetsförteckningen.",
        7006,
        "word_order",
    ),
    Query(
        "Overview of neighbour replies in the grannehörande: who has answered, who has objections and who hasn't replied before the deadline.",
        7007,
        "english",
    ),
    Query(
        "Översikt över svar från sakägare. Önskar en vy där man ser vilka granar som har svarat på grannehörandet, om de har erinrigar och vilka som inte svarat före sista svarsdag.",
        7007,
        "typos",
    ),
    Query(
        "Kungöra lovbeslut i PoIT direkt från Castor utan att logga in i en annan tjänst, kung.datum ska sparas i ärendet.",
        7008,
        "abbreviation",
    ),
    Query("Kungörelse i Post- och Inrikes Tidningar från ärendet", 7008, "less_detail"),
    Query(
        "Påminnelse när kvittot för delgivning inte kommit tillbaka. Skickar vi ett beslut med kvitto för delgivning vill vi få en bevakning om det inte har returnerats inom tre veckor.",
        7009,
        "compound",
    ),
    Query(
        "Bevakning av delgivningskvitton. Vi skickar många beslut med delgivningskvitto till sakägare och det händer att kvittot aldrig kommer tillbaka utan att någon märker det, så att vi inte vet om beslutet har vunnit laga kraft. Vi vill att en bevakning skapas när beslutet skickas som påminner om kvittot inte kommit in inom tre veckor.",
        7009,
        "more_detail",
    ),
    Query(
        "Utifrån kungörelsedatum och delgivningsdatum borde systemet räkna ut och visa på ärendet vilket datum beslutet vinner laga kraft.",
        7010,
        "word_order",
    ),
    Query(
        "Kallelse till TS – boka tekn. samråd i kalendern och skicka kallelse till byggherre och KA från ärendet med färdig mall.",
        7011,
        "abbreviation",
    ),
    Query(
        "Kallelse till tekniskt samråd. Vi vill kunna boka tekniskt samråd i kalendern och skicka kallese till byggherren och kontrollansvarig från ärendet med en färdig mal.",
        7011,
        "typos",
    ),
    Query(
        "Tekniskt samrådsprotokoll som fylls i under mötet. Protokollet ska kunna skrivas i Castor på plats med förifyllda rubriker och sparas som handling i ärendet.",
        7012,
        "compound",
    ),
    Query(
        "Fill in the tekniskt samråd protocol directly in Castor during the meeting, with pre-filled headings, and save it as a document in the case.",
        7012,
        "english",
    ),
    Query(
        "Byggherren ska kunna skriva kontrollplanen i ett formulär i ansökningstjänsten i stället för att ladda upp en färdig fil.",
        7013,
        "synonyms",
    ),
    Query("Kontrollplan som formulär i e-tjänsten", 7013, "less_detail"),
    Query(
        "Register över KA med cert.nr och giltighetstid i Castor, så vi slipper kolla mot Boverkets register manuellt.",
        7014,
        "abbreviation",
    ),
    Query(
        "Register över kontrollansvariga. Vid varje tekniskt samråd sitter vi och kontrollerar i Boverkets register att KA:s certifiering fortfarande gäller, och ibland har den gått ut mitt under projektet. Vi vill välja kontrollansvarig ur ett register i Castor som visar certifieringsnummer och giltighetstid.",
        7014,
        "more_detail",
    ),
    Query(
        "Site visits on the phone – document arbetsplatsbesök with photos and notes that are saved directly in the case.",
        7015,
        "english",
    ),
    Query(
        "Arbetsplatsbesök i mobilen. Handläggaren ska kunna dokumentera arbetsplatsbesök i mobilen med foton och antekningar som sparas direkt i ärnedet.",
        7015,
        "typos",
    ),
    Query("Mall för kallelse till slutsamråd", 7016, "less_detail"),
    Query(
        "Mall för beslut om interimistiskt slutbesked, där åtgärder som kvarstår och datum för slutligt slutbesked listas.",
        7017,
        "compound",
    ),
    Query(
        "Egen beslutsmall för interimistiskt SB där kvarstående åtgärder och datum för slutligt SB listas.",
        7017,
        "abbreviation",
    ),
    Query(
        "Kalkylator för byggsanktionsavgift enligt plan- och byggförordningen – prisbasbelopp och sanktionsarea, beloppet direkt in i beslutet.",
        7018,
        "abbreviation",
    ),
    Query(
        "Beräkning av byggsanktionsavgift. Varje gång vi tar ut en sanktionsavgift för att någon har börjat bygga utan startbesked räknar vi för hand med prisbasbeloppet och arean, och det blir ofta fel. En kalkylator i Castor som räknar utifrån rätt punkt i PBF och lägger in beloppet i beslutet vore en stor hjälp.",
        7018,
        "more_detail",
    ),
    Query(
        "Klagomål om svartbygge som kommer in via webbformuläret borde automatiskt bli ett tillsynsärende, kopplat till rätt fastighet.",
        7019,
        "synonyms",
    ),
    Query(
        "Tillsynsärnde skapas från anmälan via etjänst. När någon anmäler misstänkt olovlig byggande via e-tjänsten ska ett tillsynsärende skapas automatiskt med fastigheten kopplad.",
        7019,
        "typos",
    ),
    Query(
        "Register över obligatorisk ventilationskontroll per byggnad, som visar när nästa kontroll ska göras och kan ta fram en lista över förfallna besiktningar.",
        7020,
        "abbreviation",
    ),
    Query(
        "Register över OVK. Idag har vi en gammal Accessdatabas där vi försöker hålla koll på när skolor och flerbostadshus ska ha ny ventilationskontroll, men den uppdateras sällan. Vi vill att Castor håller reda på nästa OVK per byggnad och kan ta fram en lista över de besiktningar som har förfallit.",
        7020,
        "more_detail",
    ),
    Query(
        "Let the OVK inspector upload the protocol through an e-service so it gets registered on the right building without the registrator having to do it.",
        7021,
        "english",
    ),
    Query(
        "Utan att registratorn behöver göra något borde OVK-protokollet hamna på rätt byggnad, genom att funktionskontrollanten själv laddar upp det i en e-tjänst.",
        7021,
        "word_order",
    ),
    Query(
        "Bevakning av hissbesiktningar. Vi vill kunna registerara hissar per fastighet och få en bevakning när besiktningsintyg saknas efter besiktnigsintervallet.",
        7022,
        "typos",
    ),
    Query("Bevakning av besiktning av hissar", 7022, "less_detail"),
    Query(
        "Räkna ut bygglovsavgiften i ärendet enligt taxan med objektsfaktor, handläggningsfaktorer och milliprisbasbelopp, inte i ett Excelark vid sidan av.",
        7023,
        "abbreviation",
    ),
    Query(
        "Låt systemet ta fram lovavgiften direkt i ärendet enligt kommunens plan- och byggtaxa, så att vi kan sluta räkna i ett separat kalkylblad.",
        7023,
        "synonyms",
    ),
    Query(
        "Underlag för fakturering ska skapas automatiskt när beslutet om bygglov expedieras, så att handläggaren slipper göra det för hand.",
        7024,
        "compound",
    ),
    Query(
        "När någon söker lov på en fastighet som redan har fått förhandsbesked vill vi att förhandsbeskedet och hur länge det gäller syns i bygglovsärendet.",
        7025,
        "synonyms",
    ),
    Query(
        "Link förhandsbesked to the later bygglov – show the förhandsbesked and how long it is valid in the permit case for the same property.",
        7025,
        "english",
    ),
    Query(
        "Skicka remiss digitalt från ärendet. Idag mejlar vi remisser till räddningstjänsten och Trafikverket från Outlook och får tillbaka svar på olika sätt som vi sedan måste registrera. Vi vill skicka remissen direkt från bygglovsärendet med svarsdatum och få svaret tillbaka som handling i ärendet.",
        7026,
        "more_detail",
    ),
    Query(
        "Skicka remis digitalt från ärendet. Det borde gå att skicka remiss till t.ex. miljöförvaltningen, räddningstjänsten och Trafikverket direkt från bygglovsärendet med svarsdatum och få tilbaka svaret som en handling.",
        7026,
        "typos",
    ),
    Query("Lista och påminnelse för försenade remissvar", 7027, "less_detail"),
    Query(
        "Påminnelse om svar på remisser som är försenade. Vi vill ha en lista över remisser som inte har besvarats och få en påminnelse när datumet för svar har passerat.",
        7027,
        "compound",
    ),
    Query(
        "Enklare e-tjänst för anmälan av attefallsåtgärder. En e-tjänst för attefallshus och tillbyggnader enligt attefallsreglerna där sökanden bara fyller i det som krävs för en anmälan.",
        7028,
        "compound",
    ),
    Query(
        "Förenklad e-tjänst för atefallsanmälan. Önskar en e-tjänst anpassad för attefallshus och attefallstillbygnader där sökanden bara behöver fylla i det som krävs för en anmälan.",
        7028,
        "typos",
    ),
    Query(
        "Fastighetsbeteckning and owner should be fetched automatically in the e-tjänst when the applicant enters the address.",
        7029,
        "english",
    ),
    Query(
        "När adressen anges av sökanden i e-tjänsten för bygglov borde fastighetsbeteckning och lagfaren ägare hämtas automatiskt.",
        7029,
        "word_order",
    ),
    Query(
        "Se skillnaden mellan gamla och nya ritningen. Vi vill kunna visa den ursprungliga och den kompletterade ritningen sida vid sida eller överlagrade, så att ändringarna syns.",
        7030,
        "synonyms",
    ),
    Query(
        "Digital ritningsstämpel. Fastställda ritningar ska kunna stämplas digitalt i Castor med 'Hör till beslut', diarienummer och datum.",
        7031,
        "compound",
    ),
    Query("Stämpla fastställda ritningar digitalt", 7031, "less_detail"),
    Query(
        "Visa gällande DP i ärendet – planbestämmelser och genomförandetid för fastigheten automatiskt, så man slipper gå till kartan.",
        7032,
        "abbreviation",
    ),
    Query(
        "Visa gällande detaljplan i ärendet. Vi kollar planen i nästan varje lovärende och måste då öppna kartan, leta upp fastigheten och läsa plankartan för att se bestämmelserna och om genomförandetiden har gått ut. Det vore smidigt om planbestämmelser och genomförandetid visades direkt i ärendet.",
        7032,
        "more_detail",
    ),
    Query(
        "Markera liten avvikelse från detaljplanen. Vi vill kunna ange i ärendet att det gäller en liten avvikelse och vilken planbestämelse som avviks från, så att det följer med in i beslutsmalen.",
        7033,
        "typos",
    ),
    Query(
        "Kunna notera i lovärendet att åtgärden strider mot planen i mindre omfattning och vilken bestämmelse det gäller, och att det sedan kommer med automatiskt i beslutstexten.",
        7033,
        "synonyms",
    ),
    Query(
        "Data for Boverket's annual plan- och byggenkät straight out of Castor – number of permits, handling times, sanction fees etc.",
        7034,
        "english",
    ),
    Query(
        "Ta fram uppgifterna till PBE direkt ur Castor (antal lov, handläggningstider, sanktionsavgifter m.m.).",
        7034,
        "abbreviation",
    ),
    Query(
        "Medianhandläggningstid per handläggare och ärendetyp för en vald period – det är vad vi önskar få fram i en rapport.",
        7035,
        "word_order",
    ),
    Query(
        "Chefen ska kunna tilldela inkomna lovärenden till medarbetarna från en gemensam lista, och den som får ärendet ska få ett meddelande.",
        7036,
        "synonyms",
    ),
    Query(
        "Fördela nya ärenden till handlägare. Chefen ska kunna se alla ny inkomna bygglovsärenden i en lista och fördela dem till handläggare med ett klick och handläggaren ska få en notis.",
        7036,
        "typos",
    ),
    Query("Flytta alla ärenden från en handläggare till en annan på en gång", 7037, "less_detail"),
    Query(
        "Byta handläggare på många ärenden samtidigt. När en kollega gick i pension i våras fick vi öppna över 80 ärenden ett och ett för att byta handläggare. Vi behöver kunna markera alla öppna ärenden för en handläggare och flytta dem till en annan på en gång.",
        7037,
        "more_detail",
    ),
    Query(
        "Bekräftelse på mottagen ansökan ska skickas automatiskt. Kommer en ansökan in via e-tjänsten ska sökanden få ett e-postmeddelande med diarienummer och handläggarens namn.",
        7038,
        "compound",
    ),
    Query(
        "Autom. mottagningsbekräftelse via mejl när ansökan kommer in via e-tj., med dnr och namn på handl.",
        7038,
        "abbreviation",
    ),
    Query(
        "Till sökanden borde ett meddelande kunna skickas med en knapp, om att ansökan är komplett och vilket datum beslut senast ska fattas.",
        7039,
        "word_order",
    ),
    Query(
        "A button that sends a message to the sökande that the application is complete and the latest date for the decision.",
        7039,
        "english",
    ),
    Query(
        "Den som sökt lov ska kunna logga in med e-legitimation och följa sitt ärende, se vilket steg det är i och vilka papper vi fortfarande väntar på.",
        7040,
        "synonyms",
    ),
    Query("Ärendestatus för sökanden via BankID-inloggning", 7040, "less_detail"),
    Query(
        "Sökande ska kunna ladda upp kompl. direkt till sitt befintliga ärende via e-tj. i st.f. att mejla dem.",
        7041,
        "abbreviation",
    ),
    Query(
        "Komplettera ansökan via e-tjänsten. Många sökande skickar kompletteringar som mejlbilagor i flera omgångar och vi får leta rätt på ärendet varje gång. Det borde gå för sökanden att ladda upp kompletteringarna direkt till sitt befintliga ärende i e-tjänsten.",
        7041,
        "more_detail",
    ),
    Query(
        "Digital signature of bygglov decisions – the handläggare signs with e-legitimation in Castor so we don't have to print and sign on paper.",
        7042,
        "english",
    ),
    Query(
        "Digitalt undertecknande av beslut om bygglov. Vi vill att handläggaren kan signera med e-legitimation i Castor så att vi slipper pappersutskrifter och underskrift för hand.",
        7042,
        "compound",
    ),
    Query(
        "Byte av kontrollansvarig i pågånde ärende. Det borde gå att registrera en ny kontrollansvarig och skapa ett beslut om ny KA med historik över tidigare kontrolansvariga.",
        7043,
        "typos",
    ),
    Query(
        "Plan för rivning som strukturerat formulär i e-tjänsten, med fält för avfall som är farligt och för inventering av material.",
        7044,
        "compound",
    ),
    Query("Strukturerad rivningsplan i e-tjänsten", 7044, "less_detail"),
    Query(
        "Mandatory fields for BTA, BYA and number of apartments in the permit case, to use in the fee calculation and statistics.",
        7045,
        "english",
    ),
    Query(
        "När vi ger slutbesked borde byggnadens data – användning, yta, antal bostäder – automatiskt skickas över till byggnadsregistret.",
        7046,
        "synonyms",
    ),
    Query(
        "Uppdatera byggnadsregistret vid slutbesked. Hos oss ska bygglovshandläggaren mejla mätavdelningen efter varje slutbesked så att de kan föra in byggnaden i byggnadsregistret, och det glöms ofta bort. Vi vill att uppgifterna om ändamål, area och antal lägenheter förs över automatiskt när slutbeskedet ges.",
        7046,
        "more_detail",
    ),
    Query(
        "Mallar för tomtstädningsföreläggande. Färdiga mallar för att förelägga om städning av ovårdade tomter, med och utan vite enligt 11 kap. PBL.",
        7047,
        "compound",
    ),
    Query(
        "Färdiga mallar för föreläggande om ovårdad tomt, med och utan vite, enligt 11 kap. plan- och bygglagen.",
        7047,
        "abbreviation",
    ),
    Query(
        "Bevakning av förelägganen med vite. Vi vill att en bevakning skapas när ett föreläggande med vite meddelas, så att handläggaren påminns att kontrolera rättelsen efter sista dag.",
        7048,
        "typos",
    ),
    Query(
        "Handläggaren borde påminnas om att kontrollera rättelsen efter sista dag, genom att en bevakning skapas när ett föreläggande med vite meddelas.",
        7048,
        "word_order",
    ),
    Query("Alla tidigare bygglov på fastigheten vid sökning, även migrerade", 7049, "less_detail"),
    Query(
        "Koppla ritningar ur bygglovsarkivet som skannats in till fastigheten och byggnaden, så att de syns när man öppnar ett nytt ärende på samma fastighet.",
        7050,
        "compound",
    ),
    Query(
        "Link scanned archive drawings to the property and building so they show up when you open a new case on the fastighet.",
        7050,
        "english",
    ),
    Query(
        "Allmänheten borde kunna begära ut ritningar på sitt hus via ett webbformulär och få dem digitalt.",
        7051,
        "synonyms",
    ),
    Query(
        "Via en e-tjänst ska allmänheten kunna beställa kopior av ritningar för sin fastighet och få dem skickade digitalt.",
        7051,
        "word_order",
    ),
    Query(
        "Skicka TJS från bygglovsärendet direkt till BN:s dagordning utan att skapa ett separat ärende.",
        7052,
        "abbreviation",
    ),
    Query(
        "Bibliotek med standardtexter för upplysningar. Varje handläggare har sina egna Worddokument med upplysningstexter om strandskydd, fornlämningar och att man inte får börja bygga före startbesked, och de skiljer sig åt. Vi vill ha en gemensam samling i Castor där man bockar i vilka upplysningar som ska med i beslutet.",
        7053,
        "more_detail",
    ),
    Query(
        "Snabbanteckning från ärendelistan. Önskar att man kan skriva en kort tjänsteantecking t.ex. om ett telefonsamtal direkt från ärendelistan utan att öppna hela ärndet.",
        7054,
        "typos",
    ),
    Query("Tjänsteanteckning direkt från ärendelistan", 7054, "less_detail"),
    Query(
        "En varning till handläggaren, och en upplysning om risken i startbeskedet, borde komma automatiskt när startbesked ges innan bygglovet har vunnit laga kraft.",
        7055,
        "word_order",
    ),
    Query(
        "Warning when startbesked is given before the bygglov has gained legal force, and the risk info added automatically to the startbesked.",
        7055,
        "english",
    ),
    Query(
        "Rita byggnadens placering på kartan i ärendet. Idag finns placeringen bara på situationsplanen som PDF, så när vi senare ska göra lägeskontroll eller svara på frågor från grannar måste vi leta fram ritningen. Vi vill att handläggaren kan rita ut den nya byggnaden på kartan i ärendet och att den sparas som geometri.",
        7056,
        "more_detail",
    ),
    Query("Fakturera avgiften för startbesked separat från lovet", 7057, "less_detail"),
    Query(
        "Automatisk ärendemening. Ärendemeningen ska genereras utifrån årgärd och fastighet, t.ex. 'Bygglov för nybyggnad av enbostadshus, Eken 1:23', så att alla skriver på samma sät.",
        7058,
        "typos",
    ),
    Query(
        "Automatisk ärendemening. Vi har tio handläggare som alla formulerar ärendemeningen på sitt eget sätt, vilket gör det svårt att söka och ta fram statistik. Ärendemeningen borde skapas automatiskt från vald åtgärd och fastighet, t.ex. 'Bygglov för tillbyggnad av enbostadshus, Eken 1:23'.",
        7058,
        "more_detail",
    ),
    Query(
        "Har sökanden inte skickat in det som saknas till sista dagen borde Castor själv mejla en påminnelse till hen.",
        7059,
        "synonyms",
    ),
    Query(
        "En påminnelse via e-post borde skickas automatiskt av systemet till sökanden om kompletteringen inte har kommit in före svarsdatumet.",
        7059,
        "word_order",
    ),
    # ------------------------------------------------------ Bygg look-alikes
    Query(
        "Rapport över bygglov som har upphört att gälla. Vi vill kunna ta fram en lista över alla lov där tiden har gått ut utan att startbesked getts, så att vi kan avsluta ärendena.",
        None,
        "lookalike",
    ),
    Query(
        "Notis till handläggaren när sökanden har laddat upp kompletteringar. Vi vill få ett meddelande i Castor så fort nya handlingar har kommit in till ett ärende via e-tjänsten.",
        None,
        "lookalike",
    ),
    Query(
        "Förlängd handläggningstid. Vi vill kunna registrera beslut om att förlänga handläggningstiden med ytterligare tio veckor och skicka underrättelse om förlängningen till sökanden.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över avgiftsreduktioner. Önskar en sammanställning per år över hur många ärenden som fått sänkt bygglovsavgift på grund av överskriden handläggningstid och hur mycket det blev totalt.",
        None,
        "lookalike",
    ),
    Query(
        "Avvisningsbeslut när kompletteringen uteblir. När svarsdatumet i föreläggandet om komplettering har passerat vill vi kunna skapa ett beslut om avvisning som hänvisar till föreläggandet.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka beslutet till grannar som haft erinringar. När lovet har beviljats vill vi kunna välja ut de sakägare som lämnade synpunkter i grannehörandet och skicka beslutet till just dem.",
        None,
        "lookalike",
    ),
    Query(
        "Grannarna ska kunna svara på grannehörandet digitalt. Önskar en e-tjänst där sakägare loggar in med BankID och lämnar sitt yttrande, som sedan hamnar i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Kostnaden för kungörelsen ska läggas på fakturan. Vi vill att avgiften för kungörelse i Post- och Inrikes Tidningar automatiskt läggs till på sökandens bygglovsfaktura.",
        None,
        "lookalike",
    ),
    Query(
        "Digital delgivning med BankID. Mottagaren borde kunna bekräfta delgivningen av beslutet med BankID i stället för att skicka tillbaka ett delgivningskvitto på papper.",
        None,
        "lookalike",
    ),
    Query(
        "Registrera överklagande och skicka till länsstyrelsen. När ett bygglovsbeslut överklagas vill vi kunna registrera överklagandet, göra rättidsprövningen och skicka handlingarna vidare till länsstyrelsen från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka protokollet från tekniskt samråd till deltagarna. När protokollet är klart vill vi kunna mejla det till byggherren och kontrollansvarig med ett klick och få en notering i ärendet om när det skickades.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollansvarig ska kunna bocka av kontrollplanen under byggtiden. Önskar att KA kan signera utförda kontroller i den fastställda kontrollplanen digitalt, så att vi ser status inför slutsamrådet.",
        None,
        "lookalike",
    ),
    Query(
        "Statistik över kontrollansvariga. Vi vill kunna ta fram hur många ärenden varje kontrollansvarig har haft i kommunen under året.",
        None,
        "lookalike",
    ),
    Query(
        "Checklista för arbetsplatsbesök. Önskar en färdig checklista med kontrollpunkter för arbetsplatsbesöket (t.ex. grundläggning, brandskydd, tillgänglighet) som kan väljas per ärendetyp.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning av utlåtande från kontrollansvarig inför slutsamråd. Vi vill få en påminnelse om KA:s utlåtande inte har kommit in en vecka före slutsamrådet.",
        None,
        "lookalike",
    ),
    Query(
        "Indrivning av obetald byggsanktionsavgift. Vi vill ha en bevakning på att sanktionsavgiften betalas och kunna ta fram underlag till Kronofogden om den inte betalas.",
        None,
        "lookalike",
    ),
    Query(
        "Återkoppling till den som anmält olovligt byggande. När tillsynsärendet avslutas ska anmälaren automatiskt få ett meddelande om vad som har beslutats.",
        None,
        "lookalike",
    ),
    Query(
        "Massutskick till fastighetsägare inför OVK. Vi vill kunna skicka ett brev till alla fastighetsägare vars obligatoriska ventilationskontroll förfaller inom tre månader.",
        None,
        "lookalike",
    ),
    Query(
        "Föreläggande när OVK-protokollet visar underkänt. Önskar en mall för föreläggande om åtgärder när ventilationen inte är godkänd vid besiktningen, med uppgifterna från protokollet förifyllda.",
        None,
        "lookalike",
    ),
    Query(
        "Preliminär bygglovsavgift i e-tjänsten. Sökanden ska kunna se en uppskattning av avgiften i e-tjänsten utifrån vald åtgärd och area innan ansökan skickas in.",
        None,
        "lookalike",
    ),
    Query(
        "Kreditera fakturan när bygglovsbeslutet upphävs. Om länsstyrelsen upphäver beslutet vill vi kunna skapa en kreditfaktura direkt från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse till sökanden innan förhandsbeskedet går ut. Vi vill att den som fått ett positivt förhandsbesked får ett brev några månader innan de två åren har gått, om att bygglov behöver sökas.",
        None,
        "lookalike",
    ),
    Query(
        "Ta emot och besvara remisser från andra myndigheter. När länsstyrelsen eller grannkommunen skickar en remiss till byggnadsnämnden vill vi kunna registrera den och skicka vårt yttrande från samma ärende.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för startbesked för attefallsåtgärder. Önskar en förenklad beslutsmall för startbesked för attefallshus där tekniskt samråd inte hålls.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för ansökan om utdömande av vite. När ett vitesföreläggande inte har följts vill vi kunna skapa ansökan till mark- och miljödomstolen direkt från tillsynsärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Ersatta ritningar ska märkas och döljas. När en reviderad ritning kommer in ska den gamla versionen automatiskt märkas som ersatt och inte visas i standardvyn.",
        None,
        "lookalike",
    ),
    Query(
        "Mätverktyg i ritningsvisaren. Det borde gå att mäta avstånd och areor direkt på ritningarna i Castor utan att öppna dem i ett annat program.",
        None,
        "lookalike",
    ),
    Query(
        "Statistik över beviljade avvikelser från detaljplanen. Vi vill kunna ta ut hur många lov som beviljats med liten avvikelse per plan och år.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över arbetsbelastning. Önskar en rapport som visar antalet öppna ärenden per handläggare just nu, uppdelat på ärendetyp.",
        None,
        "lookalike",
    ),
    Query(
        "Ersättare som ser kollegans ärenden under frånvaro. Vi vill kunna ange en ersättare för en handläggare under semestern så att ersättaren får bevakningarna utan att ärendena byter handläggare.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollansvariga ska kunna logga in och se sina ärenden. Önskar en inloggning för KA där de ser alla pågående ärenden i kommunen där de är utsedda.",
        None,
        "lookalike",
    ),
    Query(
        "Sökanden ska kunna signera ansökan med BankID. Önskar att ansökan om bygglov undertecknas med BankID i e-tjänsten, så att vi slipper begära in underskrift på papper.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta uppgifter från byggnadsregistret till bygglovsärendet. När ett ärende gäller en befintlig byggnad ska byggnadens uppgifter i byggnadsregistret (ändamål, byggnadsår, area) visas i ärendet.",
        None,
        "lookalike",
    ),
    # ------------------------------------------------------- BAB duplicates
    Query(
        "AT-intyg via e-tjänsten – arbetsterapeuten laddar upp intyget direkt till sökandens BAB-ansökan.",
        7200,
        "abbreviation",
    ),
    Query(
        "The occupational therapist should be able to upload the intyg directly to the applicant's bostadsanpassning application in the e-tjänst.",
        7200,
        "english",
    ),
    Query(
        "Anhöriga eller god man behöver kunna ansöka om bostadsanpassning åt den som behöver den, med en fullmakt som lämnas digitalt i e-tjänsten.",
        7201,
        "synonyms",
    ),
    Query(
        "Med en digital fullmakt i e-tjänsten borde en god man eller en anhörig kunna söka bostadsanpassningsbidrag för någon annans räkning.",
        7201,
        "word_order",
    ),
    Query(
        "Fastighetsägarens medgivnade digitalt. Det borde gå att skicka förfrågan om medgivande till hyresvärden eller bostadsrättsföreningen via epost med en länk där de kan signera med BankID.",
        7202,
        "typos",
    ),
    Query(
        "Fastighetsägarens medgivande digitalt. Vi skickar idag medgivandeblanketten med post till hyresvärdar och bostadsrättsföreningar, och det kan ta flera veckor innan den kommer tillbaka underskriven. Om vi kunde mejla en länk där fastighetsägaren godkänner med BankID skulle ärendena gå mycket snabbare.",
        7202,
        "more_detail",
    ),
    Query(
        "Offertjämförelse per åtgärd. Vi vill registrera flera offerter för varje åtgärd och få dem jämförda, så att bidraget räknas på den mest kostnadseffektiva.",
        7203,
        "compound",
    ),
    Query("Jämföra flera offerter per åtgärd", 7203, "less_detail"),
    Query(
        "Castor borde själv räkna ut hur stort bidraget blir utifrån den godkända offerten minus avdrag, och skriva in summan i beslutet.",
        7204,
        "synonyms",
    ),
    Query(
        "Beloppet i beslutsmallen ska föras in automatiskt, efter att systemet räknat fram bidraget från godkänd offert och eventuella avdrag.",
        7204,
        "word_order",
    ),
    Query(
        "Pay the grant directly to the entreprenör once the invoice has been attested, with underlag to the ekonomisystem.",
        7205,
        "english",
    ),
    Query(
        "Utbetalning direkt till entreprenören. Önskar att bidraget kan betalas ut direkt till entreprenoren efter att fakturan har atesterats, med underlag till ekonomisystemet.",
        7205,
        "typos",
    ),
    Query(
        "Fakturaattest i BAB-ärendet. Entreprenörsfakturan ska kunna attesteras digitalt i ärendet innan utbetalningen görs.",
        7206,
        "compound",
    ),
    Query(
        "Kräva tillbaka bidrag som betalats ut fel, eller när anpassningen aldrig gjordes, med beslut och faktura från ärendet.",
        7207,
        "synonyms",
    ),
    Query("Återkrav av felaktigt utbetalt bidrag", 7207, "less_detail"),
    Query(
        "Det tidigare anpassningsärendet ska kopplas ihop automatiskt, så att man ser vad som installerades, när någon söker återställningsbidrag – gärna som en egen ärendetyp.",
        7208,
        "word_order",
    ),
    Query(
        "Egen ärendetyp för återställningsbidrag i BAB, där tidigare anpassningsärende kopplas automatiskt så man ser vad som inst.",
        7208,
        "abbreviation",
    ),
    Query(
        "Återanvändningsregister för hissar och ramper. Ett register över nedmonterade trapphissar, ramper och liknande produkter som kan användas igen i nya ärenden.",
        7209,
        "compound",
    ),
    Query(
        "Register of dismantled stair lifts and ramps that can be reused in new bostadsanpassning cases.",
        7209,
        "english",
    ),
    Query(
        "Rapport för BAB-statistiken till Boverket: antal ärenden, kostnad per åtgärdstyp, sökandes ålder och kön.",
        7210,
        "abbreviation",
    ),
    Query(
        "Statistik till Boverket för bostadsanpassning. Varje år lägger jag flera dagar på att räkna fram antal ärenden, kostnader per åtgärdstyp och sökandes ålder och kön ur Excel till Boverkets uppföljning. En färdig rapport i Castor som tar fram just de uppgifterna skulle spara mycket tid.",
        7210,
        "more_detail",
    ),
    Query(
        "Handläggningstid i BAB-ärenden. Vi vill se i ärendelisan hur lång tid varje bostadsanpassningsärende har tagit från kompett ansökan till beslut.",
        7211,
        "typos",
    ),
    Query(
        "En färdig lista med typer av anpassningar, som tröskelborttagning, duschplats, ramp och dörröppnare, att välja i varje ansökan och som sedan används för statistik.",
        7212,
        "synonyms",
    ),
    Query(
        "Att välja per ansökan, och som sedan används i statistiken: fördefinierade åtgärdstyper som borttagning av trösklar, duschplats, ramp och dörrautomatik.",
        7212,
        "word_order",
    ),
    Query(
        "Slutbesiktningsmall innan utbetalning. Ett moment där handläggaren bekräftar att anpassningen är utförd, innan bidraget kan betalas ut.",
        7213,
        "compound",
    ),
    Query(
        "Slutbesiktning innan utbetalning. Det har hänt att vi betalat ut bidrag för en duschplats som sedan visade sig inte vara färdig. Vi önskar ett moment med en mall för slutbesiktning där handläggaren måste bekräfta att anpassningen är utförd innan utbetalningen går att göra.",
        7213,
        "more_detail",
    ),
    Query(
        "Mallar för avslagsbeslut med lagrum. Vi vill ha mallar för avslag där man väljer skäl (t.ex. inte permanent bostad, brist i bostaden) och rätt pargraf i lagen om bostadsanpasningsbidrag läggs in automatiskt.",
        7214,
        "typos",
    ),
    Query(
        "Templates for rejection decisions where you pick the reason (not permanent residence, brist i bostaden etc.) and the right paragraph of the bostadsanpassning law is inserted automatically.",
        7214,
        "english",
    ),
    Query(
        "Innan avslaget fattas borde ett kommuniceringsbrev kunna skickas till sökanden, med förslag till beslut och svarsdatum.",
        7215,
        "word_order",
    ),
    Query("Kommuniceringsbrev före avslag", 7215, "less_detail"),
    Query(
        "Reparationsbidrag kopplat till ursprungsärendet. Vi får många ansökningar om reparation av dörrautomatik och trapphissar som installerades för tio år sedan, och då måste vi leta upp det gamla ärendet för hand. Vi vill ha en egen ärendetyp för reparation där ursprungsärendet och anpassningen visas direkt.",
        7216,
        "more_detail",
    ),
    Query(
        "Beställning till entreprenör m. ramavtal direkt från BAB-ärendet – välja ur kommunens lista över RA-leverantörer.",
        7217,
        "abbreviation",
    ),
    Query(
        "Beställning till ramavtalsentreprenor. Vi vill kunna välja entreprenör ur en lista över kommunens ramavtalsleverantörer och skicka beställnigen direkt från ärendet.",
        7217,
        "typos",
    ),
    Query(
        "Påminnelse om inga pengar har begärts ut ett halvår efter att bidraget beviljades.",
        7218,
        "synonyms",
    ),
    Query(
        "Efter sex månader utan att någon faktura eller begäran om utbetalning har kommit in, trots att bidrag beviljats, vill vi få en bevakning.",
        7218,
        "word_order",
    ),
    Query("Flera personer med funktionsnedsättning i samma hushåll", 7219, "less_detail"),
    # ------------------------------------------------------- BAB look-alikes
    Query(
        "Register över arbetsterapeuter. Önskar ett register över arbetsterapeuter i regionen och kommunen med kontaktuppgifter, så att man kan välja intygsskrivare ur en lista i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Beslutet ska skickas till både sökanden och god man. När sökanden har god man vill vi att beslutet om bostadsanpassningsbidrag automatiskt skickas till båda.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning när fastighetsägarens medgivande saknas. Önskar en påminnelse om medgivandet från hyresvärden inte har kommit in inom tre veckor efter att vi begärt det.",
        None,
        "lookalike",
    ),
    Query(
        "Begära in offerter från flera entreprenörer samtidigt. Vi vill kunna skicka en offertförfrågan med åtgärdsbeskrivning till flera entreprenörer på en gång direkt från ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Utbetalning till sökanden när hen själv har betalat entreprenören. Önskar att vi kan betala ut bidraget till sökandens bankkonto när sökanden visat kvitto på att fakturan är betald.",
        None,
        "lookalike",
    ),
    Query(
        "Avskrivning när sökanden har avlidit eller flyttat. Önskar en mall för att avskriva bostadsanpassningsärendet med rätt motivering när anpassningen inte längre behövs.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över kostnader per entreprenör. Vi vill se hur mycket bidrag som har betalats ut till varje entreprenör under året.",
        None,
        "lookalike",
    ),
    Query(
        "Kötid innan handläggningen påbörjas. Vi vill se hur länge nya BAB-ansökningar har väntat innan en handläggare har tilldelats.",
        None,
        "lookalike",
    ),
    Query(
        "Foton från hembesöket i BAB-ärendet. Önskar att handläggaren kan fotografera bostaden med mobilen vid hembesöket före anpassningen och spara bilderna direkt i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för delvis bifall. Önskar en beslutsmall där vissa åtgärder beviljas och andra avslås i samma beslut, med skälen för varje åtgärd.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning av service på kommunägda trapphissar. Vi vill få en påminnelse när den årliga servicen på trapphissar som kommunen äger ska göras.",
        None,
        "lookalike",
    ),
    # ---------------------------------------------------- Övrigt duplicates
    Query(
        "Koppla varje beslut till punkt i DO och ta ut delegationslistan för anmälan till nämnden automatiskt.",
        7400,
        "abbreviation",
    ),
    Query(
        "Delegationslista ur beslutade ärenden. Inför varje nämndmöte sitter jag och sammanställer alla delegationsbeslut för hand från flera moduler. Om varje beslut kopplades till rätt punkt i delegationsordningen kunde listan för anmälan till nämnden tas ut automatiskt.",
        7400,
        "more_detail",
    ),
    Query(
        "Nämndsekreteraren ska kunna ta fram föredragningslista och kallelse till sammanträdet direkt från de ärenden som ska behandlas.",
        7401,
        "synonyms",
    ),
    Query(
        "Dagordning och kallelse till nämdsammanträde. Önskar att nämndsekreteraren kan skapa dagordning och kallelse direkt ur de ärenden i Castor som ska upp på sammantädet.",
        7401,
        "typos",
    ),
    Query(
        "Utdrag ur protokollet sparas i ärendena. Efter nämndens sammanträde ska utdraget ur protokollet automatiskt läggas som handling i varje ärende som berörs.",
        7402,
        "compound",
    ),
    Query(
        "Som handling i varje berört ärende ska protokollsutdraget sparas automatiskt efter sammanträdet.",
        7402,
        "word_order",
    ),
    Query(
        "Leverans av avslutade ärenden till e-arkivet enligt förvaltningsgemensamma specifikationer, med handlingar och metadata.",
        7403,
        "abbreviation",
    ),
    Query(
        "Export closed cases to the municipal e-archive according to FGS, with documents and metadata.",
        7403,
        "english",
    ),
    Query("Gallringsförslag enligt dokumenthanteringsplanen", 7404, "less_detail"),
    Query(
        "Castor borde tala om vilka dokument som får rensas bort när tiden enligt informationshanteringsplanen har gått ut, och spara en logg över vad som rensats.",
        7404,
        "synonyms",
    ),
    Query(
        "Att ärenden med sekretess inte syns för alla i förvaltningen – det vill vi kunna styra genom att vissa användare bara får se vissa ärendetyper.",
        7405,
        "word_order",
    ),
    Query(
        "Behörighet per ärendetyp. Vi har en gemensam Castor för bygg, miljö och bostadsanpassning, och idag kan alla se BAB-ärenden med läkarintyg och uppgifter om sjukdomar. Vi vill kunna begränsa vilka ärendetyper en användare får se.",
        7405,
        "more_detail",
    ),
    Query(
        "Logg över läsning per ärende. Önskar en ärendelogg som visar vem som har öppnat ärendet, särskilt när det innehåller känsliga personuppgifter.",
        7406,
        "compound",
    ),
    Query(
        "Logg över vem som har öppnat ett ärende. Önskar en läslog per ärende, särskilt för ärenden med känsliga personuppgifer.",
        7406,
        "typos",
    ),
    Query(
        "SMS till sök. direkt från ärendet, ska sparas som handl. automatiskt.",
        7407,
        "abbreviation",
    ),
    Query("Skicka SMS från ärendet", 7407, "less_detail"),
    Query(
        "Send decisions to the recipient's digital mailbox (Kivra etc.), and print a paper letter if they don't have one.",
        7408,
        "english",
    ),
    Query(
        "Om mottagaren inte har någon digital brevlåda ska ett brev skrivas ut, annars ska beslutet skickas till brevlådan, t.ex. Kivra eller Min myndighetspost.",
        7408,
        "word_order",
    ),
    Query(
        "Sökning i fritext i dokumentens innehåll, inte bara i ärendemening och diarienummer.",
        7409,
        "compound",
    ),
    Query("Sök i innehållet i handlingarna", 7409, "less_detail"),
    Query(
        "Save my own searches and filters in the case list and share them with colleagues.",
        7410,
        "english",
    ),
    Query(
        "Gemensamma mallar för brevhuvud och sidfot. När kommunen bytte logotyp förra året fick vi ändra brevhuvudet i över 200 mallar, en i taget, i både bygg och miljö. Brevhuvud och sidfot borde ligga på ett ställe och slå igenom i alla mallar.",
        7411,
        "more_detail",
    ),
    Query(
        "Logga, adress och kontaktuppgifter överst och nederst i dokumenten ska bara behöva uppdateras en gång för att ändras i samtliga mallar, oavsett modul.",
        7411,
        "synonyms",
    ),
    Query(
        "Integration mot ekonomisystemet: fakturaunderlag via API, och fakt.nr tillbaka in i ärendet.",
        7412,
        "abbreviation",
    ),
    Query(
        "Integration med ekonomisystemet. Fakturaunderlag ska skickas via API till ekonomisytemet, och fakturanumret ska komma tillbaka och synas i ärndet.",
        7412,
        "typos",
    ),
    Query(
        "Vid årsskiftet borde timavgiften och alla avgifter i taxan kunna räknas upp med ett index, utan att varje rad ändras för sig.",
        7413,
        "word_order",
    ),
    Query(
        "Users should be able to build their own reports with any fields and export them to Excel.",
        7414,
        "english",
    ),
    Query("Egna rapporter med export till Excel", 7414, "less_detail"),
    Query(
        "Mobilen ska fungera ofline. Castor i mobilen ska gå att använda utan täckning och synkronisera när man har uppkopling igen.",
        7415,
        "typos",
    ),
    Query(
        "Mobilen ska fungera offline. Vid inspektioner ute på landsbygden och i källare har vi ofta ingen täckning, och då går det inte att använda Castor i mobilen alls. Vi vill kunna arbeta utan uppkoppling och att allt synkas när mobilen har nät igen.",
        7415,
        "more_detail",
    ),
    Query(
        "Mejl till funk.brevlådan ska kunna reggas som handl. i rätt ärende direkt från Outlook.",
        7416,
        "abbreviation",
    ),
    Query(
        "E-postregistrering från Outlook. Mejl som kommer in till funktionens brevlåda ska kunna registreras som en handling i rätt ärende direkt ur Outlook.",
        7416,
        "compound",
    ),
    Query(
        "En förteckning över dagens registrerade handlingar som kan läggas ut på kommunens hemsida, där namn och personnummer är dolda.",
        7417,
        "synonyms",
    ),
    Query("Daglig postlista för publicering på webben", 7417, "less_detail"),
    Query(
        "Innan en allmän handling lämnas ut behöver sekretessbelagda uppgifter i PDF:en kunna maskas – ett sådant verktyg önskar vi.",
        7418,
        "word_order",
    ),
    Query(
        "Enkät till sökande efter avslutat ärende. Vi är med i SKR:s Insikt och skickar idag enkäten manuellt en gång i kvartalet utifrån en Excellista över avslutade ärenden. Det vore bättre om sökanden automatiskt fick enkäten när ärendet avslutas och svaren gick att ta ut som statistik.",
        7419,
        "more_detail",
    ),
    # ---------------------------------------------------- Övrigt look-alikes
    Query(
        "Digital justering av nämndprotokoll. Önskar att ordförande och justerare kan justera protokollet digitalt med e-legitimation.",
        None,
        "lookalike",
    ),
    Query(
        "Anslag om justerat protokoll på digital anslagstavla. När protokollet har justerats ska ett anslag publiceras automatiskt på kommunens digitala anslagstavla.",
        None,
        "lookalike",
    ),
    Query(
        "Hämta tillbaka ärenden från e-arkivet. Önskar att handlingar som har levererats till e-arkivet kan sökas fram och visas från Castor när någon begär ut dem.",
        None,
        "lookalike",
    ),
    Query(
        "Behörighet att ändra mallar. Vi vill kunna ge bara vissa användare rätt att redigera mallar, medan övriga bara kan använda dem.",
        None,
        "lookalike",
    ),
    Query(
        "Logg över ändringar i ärendet. Önskar en historik som visar vem som har ändrat uppgifter i ett ärende (t.ex. fastighet, handläggare, status) och när.",
        None,
        "lookalike",
    ),
    Query(
        "Ta emot SMS-svar från sökanden i ärendet. När sökanden svarar på ett SMS ska svaret hamna som inkommen handling i rätt ärende.",
        None,
        "lookalike",
    ),
    Query(
        "Statistik över utskick till digital brevlåda. Vi vill kunna se hur många beslut som har gått till digital brevlåda respektive som papperspost per månad.",
        None,
        "lookalike",
    ),
    Query(
        "Sök på personnummer över alla moduler. Vi vill kunna söka fram en person och se alla ärenden hen är part i, i bygg, miljö och BAB, i en och samma träfflista.",
        None,
        "lookalike",
    ),
    Query(
        "Betalningsstatus från ekonomisystemet. Vi vill se i ärendet om fakturan är betald, så att vi vet när vi ska skicka påminnelse.",
        None,
        "lookalike",
    ),
    Query(
        "Schemalagda rapporter via mejl. Önskar att en sparad rapport automatiskt skickas till chefen den första varje månad.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka e-post från ärendet via Outlook. När handläggaren mejlar en part ur Outlook ska det utgående meddelandet kunna sparas som handling i ärendet.",
        None,
        "lookalike",
    ),
]
