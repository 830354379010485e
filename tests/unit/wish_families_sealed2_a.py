"""Sealed, blind evaluation set for duplicate-wish suggestions (Bygg, BAB, Övrigt).

Written by an AI helper session from its own knowledge of Swedish municipal
case handling, without reading the project's other wish sets, handlers,
benchmarks or documentation. Intended to be used once, as a sealed measurement.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.unit.wish_families import Query, Wish

WISHES: list[Wish] = [
    # ---------------------------------------------------------------- Bygg
    Wish(
        6000,
        "Bygg",
        "Bevakning av handläggningstiden i bygglovsärenden. Vi vill att systemet varnar handläggaren när det återstår två veckor av tioveckorsfristen, räknat från det datum ärendet blev komplett.",
    ),
    Wish(
        6001,
        "Bygg",
        "Beslut om förlängd handläggningstid. Det borde finnas en färdig mall för beslut om förlängning av handläggningstiden enligt 9 kap. 27 § PBL, och när beslutet sparas ska tidsfristen i ärendet flyttas fram automatiskt med tio veckor.",
    ),
    Wish(
        6002,
        "Bygg",
        "Automatisk reducering av bygglovsavgiften vid överskriden tidsfrist. När handläggningstiden överskrids ska avgiften minskas med en femtedel per påbörjad vecka enligt 12 kap. 8 a § PBL, utan att handläggaren behöver räkna manuellt.",
    ),
    Wish(
        6003,
        "Bygg",
        "Bevakning av svarsdatum i kompletteringsföreläggande. När vi skickar ett föreläggande om komplettering vill vi att sista dag för komplettering läggs in som en bevakning på handläggaren, så att ärendet kan avvisas i tid om inget kommer in.",
    ),
    Wish(
        6004,
        "Bygg",
        "Automatisk mottagningsbekräftelse till sökanden. När en ansökan kommer in via e-tjänsten ska sökanden direkt få ett mejl med diarienummer och namn på handläggaren.",
    ),
    Wish(
        6005,
        "Bygg",
        "Meddelande om att ansökan är komplett. Önskar att ett brev till sökanden skapas automatiskt när handläggaren markerar ärendet som komplett, med datum och besked om när beslut senast ska lämnas.",
    ),
    Wish(
        6006,
        "Bygg",
        "Grannhörande med sakägarlista direkt i ärendet. Det borde gå att hämta sakägare och deras adresser från fastighetsregistret direkt i bygglovsärendet och skicka ut underrättelsen till alla med ett klick.",
    ),
    Wish(
        6007,
        "Bygg",
        "Registrera grannarnas svar per sakägare. Vi vill kunna se i en lista vilka sakägare som har svarat på underrättelsen, om de har erinran eller inte, och vilka som inte hörts av.",
    ),
    Wish(
        6008,
        "Bygg",
        "Kungörelse av beslut i Post- och Inrikes Tidningar direkt från Castor. Beslutet ska kunna skickas till tidningen från ärendet och publiceringsdatumet sparas automatiskt i ärendet.",
    ),
    Wish(
        6009,
        "Bygg",
        "Bevakning av delgivningskvitton. När ett beslut skickas med delgivningskvitto vill vi få en bevakning som påminner om kvittot inte har kommit tillbaka inom tre veckor.",
    ),
    Wish(
        6010,
        "Bygg",
        "Kallelse till tekniskt samråd. Önskar en mall för kallelse till tekniskt samråd där byggherre och kontrollansvarig fylls i automatiskt från ärendets parter.",
    ),
    Wish(
        6011,
        "Bygg",
        "Protokoll från tekniskt samråd. Det borde finnas en protokollsmall som hämtar fastighet, åtgärd, kontrollansvarig och bygglovsbeslut från ärendet, så att vi bara behöver skriva in det som sades på mötet.",
    ),
    Wish(
        6012,
        "Bygg",
        "Startbesked med fastställd kontrollplan som bilaga. När startbesked skapas ska den fastställda kontrollplanen automatiskt bifogas beslutet och markeras som fastställd handling.",
    ),
    Wish(
        6013,
        "Bygg",
        "Kontrollplansmallar per typ av åtgärd. Vi vill ha färdiga mallar för kontrollplan för t.ex. enbostadshus, tillbyggnad, attefallshus och eldstad som sökanden kan få och fylla i.",
    ),
    Wish(
        6014,
        "Bygg",
        "Kallelse till slutsamråd. Önskar en mall för kallelse till slutsamråd som kan skickas via e-post till byggherre och kontrollansvarig direkt från ärendet.",
    ),
    Wish(
        6015,
        "Bygg",
        "Kontroll av handlingar innan slutbesked. Innan slutbesked kan skapas vill vi att systemet visar en checklista över det som krävs enligt startbeskedet (utlåtande från kontrollansvarig, relationsritningar, intyg) och markerar vad som saknas.",
    ),
    Wish(
        6016,
        "Bygg",
        "Bevakning av interimistiskt slutbesked. När ett interimistiskt slutbesked ges ska det gå att ange vilka brister som ska åtgärdas och ett datum, och handläggaren ska få en påminnelse när datumet har passerat.",
    ),
    Wish(
        6017,
        "Bygg",
        "Hämta kontrollansvariga från registret över certifierade. Vi vill kunna söka fram kontrollansvarig i Boverkets register över certifierade och få namn, certifieringsnummer, behörighetsnivå och giltighetstid inlagda i ärendet.",
    ),
    Wish(
        6018,
        "Bygg",
        "Varning om kontrollansvarigs certifikat har gått ut. Systemet borde varna när man kopplar en kontrollansvarig vars certifiering har upphört eller går ut innan ärendet är avslutat.",
    ),
    Wish(
        6019,
        "Bygg",
        "Ärendestatus för sökanden i e-tjänsten. Sökanden ska kunna logga in och se var i processen ärendet är (inkommit, komplett, beslut, startbesked) i stället för att ringa till oss.",
    ),
    Wish(
        6020,
        "Bygg",
        "Komplettering via e-tjänsten till befintligt ärende. Det borde gå för sökanden att ladda upp kompletterande handlingar direkt till sitt ärende via e-tjänsten, så att de hamnar i rätt ärende utan att registratorn behöver flytta dem.",
    ),
    Wish(
        6021,
        "Bygg",
        "Digital stämpel på beviljade ritningar. Vi vill kunna stämpla PDF-ritningar med texten 'Hör till beslut', datum och diarienummer när beslutet fattas, i stället för att skriva ut och stämpla för hand.",
    ),
    Wish(
        6022,
        "Bygg",
        "Kommentera och markera i ritningar. Önskar ett granskningsverktyg där handläggaren kan göra markeringar, mått och kommentarer direkt i PDF-ritningen i Castor och spara det som en granskningsversion.",
    ),
    Wish(
        6023,
        "Bygg",
        "Avgiftsberäkning enligt PBL-taxan. Bygglovsavgiften ska räknas ut automatiskt utifrån ärendetyp och area (BTA/OPA) med de faktorer som finns i kommunens taxa, så att vi slipper räkna i Excel.",
    ),
    Wish(
        6024,
        "Bygg",
        "Faktura skapas vid beslut. När ett beslut om bygglov eller startbesked expedieras borde fakturan skapas automatiskt och skickas vidare till ekonomisystemet utan manuell hantering.",
    ),
    Wish(
        6025,
        "Bygg",
        "Annan fakturamottagare än sökanden. Vi behöver kunna ange en separat fakturamottagare i bygglovsärendet, t.ex. ett företag eller en av flera sökande, med eget organisationsnummer och fakturaadress.",
    ),
    Wish(
        6026,
        "Bygg",
        "Beräkningsstöd för byggsanktionsavgift. Önskar en kalkylator i tillsynsärendet där man väljer överträdelse enligt 9 kap. PBF och anger area, så räknas sanktionsavgiften ut med aktuellt prisbasbelopp.",
    ),
    Wish(
        6027,
        "Bygg",
        "Skapa tillsynsärende från bygglovsärende. Det borde gå att starta ett tillsynsärende direkt från ett bygglovsärende så att fastighet, parter och valda handlingar följer med och ärendena blir kopplade.",
    ),
    Wish(
        6028,
        "Bygg",
        "Eget flöde för anmälningsärenden (attefall). Attefallsåtgärder och andra anmälningspliktiga åtgärder borde ha en egen ärendetyp med färre steg: inget grannhörande och direkt till startbesked.",
    ),
    Wish(
        6029,
        "Bygg",
        "Mall för förhandsbesked. Vi saknar en beslutsmall för positivt och negativt förhandsbesked som hämtar lokalisering, fastighet och giltighetstid (två år) från ärendet.",
    ),
    Wish(
        6030,
        "Bygg",
        "Påminnelse om materialinventering i rivningsärenden. Vi vill att handläggaren i rivningsärenden får en påminnelse om att inventering av farligt avfall och byggprodukter ska finnas innan startbesked ges.",
    ),
    Wish(
        6031,
        "Bygg",
        "Underlag till Boverkets plan- och byggenkät. Önskar en färdig rapport som tar fram antal lov, anmälningar, förhandsbesked och handläggningstider per år i det format som enkäten frågar efter.",
    ),
    Wish(
        6032,
        "Bygg",
        "Rapportering av påbörjade och färdigställda bostäder till SCB. Uppgifterna om nya bostäder från startbesked och slutbesked borde kunna exporteras direkt till SCB:s inrapportering varje kvartal.",
    ),
    Wish(
        6033,
        "Bygg",
        "Statistik över handläggningstider. Vi vill kunna ta ut median- och medelhandläggningstid per ärendetyp och månad, räknat från komplett ansökan till beslut.",
    ),
    Wish(
        6034,
        "Bygg",
        "Visa gällande detaljplan i ärendet. När fastigheten kopplas till ärendet borde gällande detaljplan, planbestämmelser och genomförandetid visas automatiskt i ärendets översikt.",
    ),
    Wish(
        6035,
        "Bygg",
        "Markera liten avvikelse från detaljplan. Det borde finnas ett fält där handläggaren anger att lovet avser en liten avvikelse och skriver motiveringen, och texten ska komma med i beslutet och i statistiken.",
    ),
    Wish(
        6036,
        "Bygg",
        "Expediering av beslut till alla parter med ett klick. När beslutet är klart vill vi kunna välja sökande, sakägare med erinran och andra berörda och skicka beslutet till alla samtidigt, med rätt följebrev och överklagandehänvisning.",
    ),
    Wish(
        6037,
        "Bygg",
        "Textbank för upplysningar i beslut. Önskar en gemensam textbank med standardupplysningar (t.ex. om tekniskt samråd, kontrollansvarig, lovets giltighet) ordnad per åtgärdstyp som man kan klicka in i beslutet.",
    ),
    Wish(
        6038,
        "Bygg",
        "Förslag på ärendemening. Ärendemeningen borde föreslås automatiskt utifrån vald åtgärd och fastighetsbeteckning, t.ex. 'Ansökan om bygglov för tillbyggnad av enbostadshus, Björken 3'.",
    ),
    Wish(
        6039,
        "Bygg",
        "Flera fastigheter i ett ärende. Vi behöver kunna koppla fler än en fastighet till samma bygglovsärende, t.ex. vid ledningsdragning eller när en byggnad står över fastighetsgräns.",
    ),
    Wish(
        6040,
        "Bygg",
        "Visa andra ärenden på samma fastighet. När man öppnar ett ärende vill vi se en lista över pågående och avslutade ärenden på samma fastighet, även tillsynsärenden.",
    ),
    Wish(
        6041,
        "Bygg",
        "Äldre ritningar från bygglovsarkivet i ärendet. Önskar att inskannade ritningar och beslut från det gamla pappersarkivet kan kopplas till fastigheten och öppnas direkt från bygglovsärendet.",
    ),
    Wish(
        6042,
        "Bygg",
        "Anteckningar och foton vid platsbesök i mobilen. Handläggaren ska kunna öppna ärendet i mobilen ute på plats, ta foton och skriva anteckningar som sparas direkt i ärendet.",
    ),
    Wish(
        6043,
        "Bygg",
        "Checklista vid arbetsplatsbesök. Vi vill ha en checklista för arbetsplatsbesök som kan fyllas i på plats och som sedan blir en tjänsteanteckning i ärendet.",
    ),
    Wish(
        6044,
        "Bygg",
        "Bevakning av att bygglovet upphör att gälla. Systemet borde automatiskt lägga en bevakning på två respektive fem år från beslutsdatum, så att vi ser vilka lov som upphör om åtgärden inte har påbörjats eller avslutats.",
    ),
    Wish(
        6045,
        "Bygg",
        "Påminnelse till sökanden innan lovet går ut. Önskar att ett brev eller mejl skickas automatiskt till sökanden några månader innan bygglovet upphör att gälla, om inget startbesked har getts.",
    ),
    Wish(
        6046,
        "Bygg",
        "Skicka remisser från ärendet med svarsdatum. Det borde gå att välja remissinstanser (t.ex. miljö, räddningstjänst, Trafikverket) ur en lista, skicka remissen via e-post från ärendet och få en bevakning på sista svarsdag.",
    ),
    Wish(
        6047,
        "Bygg",
        "Inkomna remissvar kopplas till remissen. När ett remissvar kommer in via e-post borde det automatiskt registreras i rätt ärende och markera remissen som besvarad.",
    ),
    Wish(
        6048,
        "Bygg",
        "Flytta många ärenden till en annan handläggare samtidigt. Vid sjukdom eller när någon slutar vill vi kunna markera flera ärenden och byta handläggare på alla på en gång.",
    ),
    Wish(
        6049,
        "Bygg",
        "Filtrera min ärendelista på status och tidsfrist. Önskar att man i 'Mina ärenden' kan filtrera och sortera på status, ärendetyp och hur många dagar som återstår av tidsfristen.",
    ),
    Wish(
        6050,
        "Bygg",
        "Överklagande skickas digitalt till länsstyrelsen. När ett beslut överklagas vill vi kunna registrera överklagandet och skicka det med alla handlingar digitalt till länsstyrelsen direkt från ärendet.",
    ),
    Wish(
        6051,
        "Bygg",
        "Automatisk beräkning av när beslutet vunnit laga kraft. Datumet för laga kraft borde räknas ut från delgivningsdatum och kungörelsedatum i PoIT och visas i ärendet.",
    ),
    Wish(
        6052,
        "Bygg",
        "Register över OVK-besiktningar. Vi vill ha ett register över byggnader som omfattas av OVK, med senaste besiktningsdatum och nästa besiktningstillfälle, och en bevakning när besiktning ska ske.",
    ),
    Wish(
        6053,
        "Bygg",
        "Register över hissar och motordrivna anordningar. Önskar ett register över hissar i kommunen med besiktningsintervall och resultat från besiktningsprotokollen, så att vi ser när en hiss har underkänts eller saknar besiktning.",
    ),
    Wish(
        6054,
        "Bygg",
        "Enkel ärendetyp för rådgivning. Vi vill kunna registrera förhandsrådgivning och telefonfrågor som ett enkelt ärende utan full diarieföring, så att vi kan följa upp hur mycket tid rådgivningen tar.",
    ),
    Wish(
        6055,
        "Bygg",
        "Byte av kontrollansvarig. När kontrollansvarig byts under pågående ärende ska bytet registreras med datum, och den tidigare kontrollansvarige ska finnas kvar i historiken.",
    ),
    Wish(
        6056,
        "Bygg",
        "Ersatta handlingar markeras. När sökanden skickar in en ny version av en ritning vill vi kunna markera den gamla som ersatt och koppla ihop versionerna, så att bara gällande handlingar syns i listan.",
    ),
    Wish(
        6057,
        "Bygg",
        "Fastställda handlingar listas i beslutet. Handlingar som markerats som fastställda borde automatiskt räknas upp i beslutet med handlingsnummer och datum.",
    ),
    Wish(
        6058,
        "Bygg",
        "Snabb tjänsteanteckning. Det borde gå att skriva en kort tjänsteanteckning, t.ex. efter ett telefonsamtal, med ett kortkommando direkt från ärendelistan utan att öppna ärendet.",
    ),
    Wish(
        6059,
        "Bygg",
        "Digital signering av beslut. Önskar att delegationsbeslut kan signeras med e-legitimation i Castor så att vi slipper skriva ut och skriva under beslutet för hand.",
    ),
    # ---------------------------------------------------------------- BAB
    Wish(
        6200,
        "BAB",
        "E-tjänst för ansökan om bostadsanpassningsbidrag. Den sökande ska kunna ansöka digitalt med BankID och bifoga intyg och ritningar, och ansökan ska skapa ett BAB-ärende i Castor.",
    ),
    Wish(
        6201,
        "BAB",
        "Intyg direkt från arbetsterapeuten. Vi vill att arbetsterapeuten kan skicka sitt intyg digitalt till BAB-ärendet via en egen e-tjänst, i stället för att den sökande ska posta det.",
    ),
    Wish(
        6202,
        "BAB",
        "Jämföra offerter i ärendet. Det borde gå att registrera flera offerter på samma åtgärd med belopp och entreprenör och få en jämförelse som visar den lägsta.",
    ),
    Wish(
        6203,
        "BAB",
        "Beslutsmall med åtgärder och belopp. Önskar en beslutsmall för bostadsanpassningsbidrag där de beviljade åtgärderna och bidragsbeloppet per åtgärd hämtas från ärendet.",
    ),
    Wish(
        6204,
        "BAB",
        "Utbetalning direkt till entreprenören. När bidraget beviljats vill vi kunna attestera entreprenörens faktura i Castor och skicka den för utbetalning via ekonomisystemet.",
    ),
    Wish(
        6205,
        "BAB",
        "Lager av återtagna hjälpmedel. Vi vill ha ett register över återtagna trapphissar och ramper som kan återanvändas, med modell, mått och var de förvaras.",
    ),
    Wish(
        6206,
        "BAB",
        "Register över installerade hissar och lyftanordningar. Önskar ett register som visar vilka bidragsfinansierade trapphissar och plattformshissar som finns på vilka adresser, så att vi kan följa upp service och besiktning.",
    ),
    Wish(
        6207,
        "BAB",
        "Fastighetsägarens medgivande digitalt. Det borde gå att skicka medgivandeblanketten till fastighetsägaren för e-signering och få tillbaka den direkt i ärendet.",
    ),
    Wish(
        6208,
        "BAB",
        "Statistik till Boverket för bostadsanpassning. Vi vill kunna ta fram den årliga statistiken över bostadsanpassningsbidrag som Boverket begär direkt ur Castor.",
    ),
    Wish(
        6209,
        "BAB",
        "Kostnader per typ av åtgärd. Önskar en rapport över beviljade belopp fördelat på åtgärdstyp (t.ex. badrum, dörrautomatik, trapphiss) för budgetarbetet.",
    ),
    Wish(
        6210,
        "BAB",
        "Ärendetyp för reparationsbidrag. Vi behöver en egen ärendetyp för bidrag till reparation och service av tidigare anpassningar, där det ursprungliga ärendet kopplas.",
    ),
    Wish(
        6211,
        "BAB",
        "Återställningsbidrag när den sökande flyttat. Det borde finnas en ärendetyp för återställningsbidrag till fastighetsägaren som kan kopplas till det tidigare anpassningsärendet.",
    ),
    Wish(
        6212,
        "BAB",
        "Mobil checklista vid hembesök. Handläggaren vill kunna fylla i en checklista och ta foton i bostaden vid hembesök, så att det hamnar i BAB-ärendet.",
    ),
    Wish(
        6213,
        "BAB",
        "Beställning till ramavtalsentreprenör från ärendet. Vi vill kunna skicka en beställning av den beviljade åtgärden direkt till upphandlad entreprenör med adress, kontaktuppgifter och åtgärd.",
    ),
    Wish(
        6214,
        "BAB",
        "Entreprenören anmäler att arbetet är utfört. Det borde finnas en e-tjänst där entreprenören meddelar att anpassningen är klar, så att vi kan göra slutbesiktning och betala ut.",
    ),
    Wish(
        6215,
        "BAB",
        "Bevakning av utförandetid. Önskar att en bevakning läggs när beslut fattas, så att vi påminns om åtgärden inte är utförd inom den tid som står i beslutet.",
    ),
    Wish(
        6216,
        "BAB",
        "Skydda hälsouppgifter i BAB-ärenden. Ärenden om bostadsanpassning innehåller känsliga uppgifter om hälsa och ska bara kunna öppnas av handläggare med BAB-behörighet.",
    ),
    Wish(
        6217,
        "BAB",
        "God man eller ombud som part. Vi behöver kunna registrera god man eller ombud för den sökande, så att brev och beslut automatiskt skickas till ombudet.",
    ),
    Wish(
        6218,
        "BAB",
        "Ny ansökan utifrån tidigare ärende. När samma person söker igen vill vi kunna skapa det nya ärendet från det gamla så att personuppgifter, bostad och diagnosuppgifter följer med.",
    ),
    Wish(
        6219,
        "BAB",
        "Prislista för standardåtgärder. Önskar en prislista för vanliga åtgärder (t.ex. borttagning av trösklar, stödhandtag, ramp) så att bidragsbeloppet räknas fram automatiskt när åtgärden väljs.",
    ),
    # ---------------------------------------------------------------- Övrigt
    Wish(
        6400,
        "Övrigt",
        "Delegationslista till nämnden. Alla delegationsbeslut under en period borde kunna tas ut som en lista för anmälan till nämnden, sorterad på delegat och beslutstyp.",
    ),
    Wish(
        6401,
        "Övrigt",
        "Skicka tjänsteskrivelse till nämndsystemet. Vi vill kunna skicka ärendets tjänsteskrivelse och bilagor till kommunens nämndadministrationssystem (t.ex. Ciceron eller Meetings Plus) direkt från Castor.",
    ),
    Wish(
        6402,
        "Övrigt",
        "Protokollsutdrag tillbaka till ärendet. När nämnden har fattat beslut ska protokollsutdraget automatiskt hamna i rätt ärende i Castor och beslutet registreras.",
    ),
    Wish(
        6403,
        "Övrigt",
        "Leverans till e-arkivet. Avslutade ärenden med handlingar och metadata borde kunna levereras automatiskt till kommunens e-arkiv enligt FGS.",
    ),
    Wish(
        6404,
        "Övrigt",
        "Stöd för gallring. Önskar en lista över handlingar som ska gallras enligt dokumenthanteringsplanen, där man kan godkänna och genomföra gallringen.",
    ),
    Wish(
        6405,
        "Övrigt",
        "Rollmallar för behörigheter. När en ny användare läggs upp vill vi välja en roll, t.ex. bygglovshandläggare eller registrator, så att rätt behörigheter sätts automatiskt.",
    ),
    Wish(
        6406,
        "Övrigt",
        "Logg över vem som läst ett ärende. Det borde gå att se vilka användare som har öppnat ett visst ärende eller dokument, särskilt i ärenden med sekretess.",
    ),
    Wish(
        6407,
        "Övrigt",
        "Sök i innehållet i dokument. Vi vill kunna fritextsöka i texten i inkomna och upprättade dokument, även inskannade PDF:er, inte bara på ärendemening och diarienummer.",
    ),
    Wish(
        6408,
        "Övrigt",
        "Spara sökningar. Önskar att man kan spara en avancerad sökning med sina filter och köra den igen med ett klick.",
    ),
    Wish(
        6409,
        "Övrigt",
        "Massutskick via e-post och SMS. Det borde gå att skicka samma meddelande utifrån en mall till många mottagare på en gång, t.ex. alla sökande med pågående ärenden.",
    ),
    Wish(
        6410,
        "Övrigt",
        "Beslut till digital brevlåda. Vi vill att beslut och brev kan skickas till mottagarens digitala brevlåda (Kivra, Min myndighetspost) direkt från Castor.",
    ),
    Wish(
        6411,
        "Övrigt",
        "Redigera mallar i webbläsaren. Önskar en mallredigerare inne i Castor så att vi kan ändra mallar utan Word och se tidigare versioner av mallen.",
    ),
    Wish(
        6412,
        "Övrigt",
        "Förteckning över fältkoder. Vi saknar en fullständig lista över alla kopplingsfält som går att använda i mallarna, med förklaring och exempel på vad som hämtas.",
    ),
    Wish(
        6413,
        "Övrigt",
        "Kreditering av faktura från Castor. Det borde gå att kreditera en felaktig faktura helt eller delvis direkt i ärendet, så att kreditfakturan skickas till ekonomisystemet och kopplas till ursprungsfakturan.",
    ),
    Wish(
        6414,
        "Övrigt",
        "Årlig uppräkning av timavgift. Timavgiften och andra belopp i taxan borde kunna räknas upp med PKV centralt en gång per år, med datum för när nya belopp börjar gälla.",
    ),
    Wish(
        6415,
        "Övrigt",
        "Egna rapporter. Användare borde själva kunna välja fält och villkor och bygga en rapport som kan sparas och exporteras till Excel.",
    ),
    Wish(
        6416,
        "Övrigt",
        "Inloggning med kommunens konto (SSO). Vi vill att handläggarna loggar in i Castor med sitt vanliga kommunkonto via Azure AD/Entra ID i stället för ett separat lösenord.",
    ),
    Wish(
        6417,
        "Övrigt",
        "Registrera e-post från Outlook. Det borde finnas ett tillägg i Outlook så att man kan registrera ett inkommet mejl med bilagor direkt i ett ärende i Castor.",
    ),
    Wish(
        6418,
        "Övrigt",
        "Diariet publicerat på webben. Önskar att en offentlig diarieförteckning kan publiceras på kommunens webbplats automatiskt, med personuppgifter och sekretessuppgifter maskade.",
    ),
    Wish(
        6419,
        "Övrigt",
        "Öppet API för ärendedata. Vi vill ha ett dokumenterat REST-API så att kommunen kan hämta ärenden och status till egna system, t.ex. till Power BI eller kommunens webbplats.",
    ),
]

QUERIES: list[Query] = [
    # ================================================================ Bygg duplicates
    Query(
        "Påminnelse när tidsfristen för bygglovet snart löper ut. Handläggaren borde få en signal när två veckor är kvar av de tio veckorna från komplett ansökan.",
        6000,
        "synonyms",
    ),
    Query(
        "Bevakning av handl.tid enl. PBL – varning 2 v innan 10-veckorsfristen går ut, räknat fr. komplett ans.",
        6000,
        "abbreviation",
    ),
    Query(
        "Mall för handläggningstidsförlängning. Vid beslut om förlängd frist enligt 9:27 PBL ska det nya slutdatumet räknas fram automatiskt, tio veckor till.",
        6001,
        "compound",
    ),
    Query(
        "Automatisk reducering av bygglovsavgiften när tidsfristen överskrids. Avgiften ska minskas med en femtedel per påbörjad vecka enligt PBL utan att handlägaren behöver rakna själv.",
        6002,
        "typos",
    ),
    Query(
        "Vi har haft flera ärenden där vi missat att sätta ned avgiften när handläggningstiden dragit över, och sökanden har fått tillbaka pengar i efterhand. Önskar att Castor själv räknar ut avdraget på 1/5 per påbörjad vecka enligt 12 kap. 8 a § PBL när fristen har passerats.",
        6002,
        "more_detail",
    ),
    Query("Automatisk avgiftsreduktion vid försenat bygglovsbeslut", 6002, "less_detail"),
    Query(
        "Sista dag för komplettering ska läggas in som bevakning på handläggaren när vi skickar föreläggande om komplettering. Då kan ärendet avvisas i tid om inget har kommit in.",
        6003,
        "word_order",
    ),
    Query(
        "Bevakning av datum för svar på föreläggande om att komplettera. Handläggaren ska påminnas när sista dagen för kompletteringen har gått, så att vi kan avvisa ärendet.",
        6003,
        "compound",
    ),
    Query(
        "Auto-reply to the applicant when an ansökan comes in through the e-tjänst, with diarienummer and the name of the handläggare.",
        6004,
        "english",
    ),
    Query(
        "Kvittens till den som söker. Direkt när en digital ansökan landar hos oss borde personen få ett e-postmeddelande med ärendenummer och vem som handlägger.",
        6004,
        "synonyms",
    ),
    Query("Automatiskt brev när ansökan är komplett", 6005, "less_detail"),
    Query(
        "Enligt PBL ska vi meddela sökanden när ansökan är komplett och när beslut senast ska komma. Idag skriver vi det brevet för hand och ibland glöms det bort. Önskar att brevet skapas av sig självt när vi bockar i att ärendet är komplett.",
        6005,
        "more_detail",
    ),
    Query(
        "Hörande av grannar direkt i ärendet. En lista över sakägare med adresser ska hämtas från registret över fastigheter, och underrättelsen ska kunna gå ut till alla på en gång.",
        6006,
        "compound",
    ),
    Query(
        "Grannhörande med sakägarlista direkt i ärendet – hämta sakagare och adresser från fastighetsregistret och skicka underrattelsen till alla med ett klick.",
        6006,
        "typos",
    ),
    Query(
        "En lista där vi ser vilka sakägare som har svarat på underrättelsen, om de har erinran eller inte, och vilka som inte hörts av. Alltså registrering av grannarnas svar per sakägare.",
        6007,
        "word_order",
    ),
    Query(
        "Kungörelse i PoIT direkt från Castor, publ.datum sparas autom. i ärendet.",
        6008,
        "abbreviation",
    ),
    Query(
        "Publicera bygglovsbeslut i den officiella kungörelsetidningen utan att lämna systemet, och få datumet då det publicerades inskrivet i ärendet av sig självt.",
        6008,
        "synonyms",
    ),
    Query(
        "Bevakning av kvitton på delgivning. Påminnelse om kvittot för delgivningen inte har kommit tillbaka inom tre veckor efter att beslutet skickades.",
        6009,
        "compound",
    ),
    Query(
        "Bevakning av delgivningskviton – påminelse om kvittot inte kommit tillbaka inom tre veckor.",
        6009,
        "typos",
    ),
    Query(
        "Mall för kallelse till TS där BH och KA fylls i automatiskt från parterna i ärendet.",
        6010,
        "abbreviation",
    ),
    Query("Kallelsemall tekniskt samråd", 6010, "less_detail"),
    Query(
        "Vi skriver protokollen från tekniska samråd från noll varje gång och skriver av fastighetsbeteckning, kontrollansvarig och åtgärd från ärendet. Det tar tid och blir lätt fel. En mall för samrådsprotokollet som hämtar uppgifterna från ärendet skulle spara mycket tid.",
        6011,
        "more_detail",
    ),
    Query(
        "Kontrollplanen ska följa med startbeskedet automatiskt. När vi tar fram startbeskedet borde den godkända kontrollplanen läggas med som bilaga och märkas som fastställd.",
        6012,
        "synonyms",
    ),
    Query(
        "Den fastställda kontrollplanen ska automatiskt bifogas och markeras som fastställd handling när startbesked skapas.",
        6012,
        "word_order",
    ),
    Query(
        "Mallar för kontrollplan per åtgärdstyp, t.ex. eldstad, tillbyggnad, attefallshus och nytt enbostadshus, som sökanden kan få och fylla i.",
        6013,
        "compound",
    ),
    Query(
        "Kontrolplansmallar per typ av åtgärd, färdiga för enbostadshus, tillbygnad, attefallshus och eldstad.",
        6013,
        "typos",
    ),
    Query(
        "Via e-post direkt från ärendet ska en kallelse till slutsamråd kunna skickas till byggherre och kontrollansvarig – vi önskar en mall för det.",
        6014,
        "word_order",
    ),
    Query(
        "Se vad som saknas innan vi ger slutbesked. Systemet borde stämma av inlämnade dokument mot kraven i startbeskedet – utlåtande från KA, relationsritningar, intyg – och visa vad som fattas.",
        6015,
        "synonyms",
    ),
    Query(
        "Flera gånger har vi gett slutbesked fast ett intyg om täthetsprovning eller kontrollansvarigs utlåtande saknades. Vi skulle vilja ha en checklista som jämför inkomna handlingar med det som krävdes i startbeskedet och tydligt visar vad som saknas innan slutbeskedet kan skapas.",
        6015,
        "more_detail",
    ),
    Query(
        "Bevakning av interim. slutbesked – ange brister och datum, påminnelse till handl. när datumet passerat.",
        6016,
        "abbreviation",
    ),
    Query("Påminnelse om brister i interimistiskt slutbesked", 6016, "less_detail"),
    Query(
        "Namn, certifieringsnummer, behörighetsnivå och giltighetstid för kontrollansvarig borde läggas in i ärendet genom att vi söker fram personen i Boverkets register över certifierade.",
        6017,
        "word_order",
    ),
    Query(
        "Signal om KA:ns behörighet har löpt ut. När vi lägger till en kontrollansvarig vars certifikat inte längre gäller, eller slutar gälla under ärendets gång, vill vi få en tydlig varning.",
        6018,
        "synonyms",
    ),
    Query(
        "Varning om kontrollansvarigs certifikat har gott ut, även när det går ut innan ärendet är avslutat.",
        6018,
        "typos",
    ),
    Query(
        "Vi får väldigt många samtal från sökande som bara vill veta hur långt deras ärende har kommit. Om de kunde logga in i e-tjänsten och se status – inkommit, komplett, beslut, startbesked – skulle telefontrycket minska mycket.",
        6019,
        "more_detail",
    ),
    Query(
        "Status för ärendet synlig för sökande i e-tjänst. Den som har sökt ska kunna logga in och se om ärendet är inkommet, komplett, beslutat eller har fått startbesked.",
        6019,
        "compound",
    ),
    Query(
        "Kompl. via e-tj. till befintligt ärende – sökande laddar upp handlingarna själv så de hamnar rätt utan att reg. behöver flytta dem.",
        6020,
        "abbreviation",
    ),
    Query("Ladda upp kompletteringar via e-tjänsten", 6020, "less_detail"),
    Query(
        "Digital stamp on approved drawings – put 'Hör till beslut', date and diarienummer on the PDF when the decision is made instead of printing and stamping by hand.",
        6021,
        "english",
    ),
    Query(
        "Digital stämpel på beviljade ritningar, 'Hör till beslut' + datum och diarenummer direkt på pdf:en istället för att skriva ut och stämpla för hand.",
        6021,
        "typos",
    ),
    Query(
        "Direkt i PDF-ritningen i Castor vill vi kunna göra markeringar, mått och kommentarer och spara det som en granskningsversion – ett granskningsverktyg för handläggaren alltså.",
        6022,
        "word_order",
    ),
    Query(
        "Verktyg för granskning av ritningar där man kan kommentera och rita markeringar i PDF:en inne i Castor, och spara som version för granskning.",
        6022,
        "compound",
    ),
    Query(
        "Autom. beräkning av bygglovsavg. enl. SKR:s PBL-taxa – ärendetyp + BTA/OPA ggr kommunens faktorer, så vi slipper Excel.",
        6023,
        "abbreviation",
    ),
    Query(
        "Avgiftsberäkning enligt PBL-taxan – avgiften ska räknas ut automatiskt utifrån ärendetyp och area med faktorerna i kommunens taxa så vi slipper räkan i Exel.",
        6023,
        "typos",
    ),
    Query(
        "Till ekonomisystemet borde fakturan skickas automatiskt utan manuell hantering, och den ska skapas när ett beslut om bygglov eller startbesked expedieras.",
        6024,
        "word_order",
    ),
    Query(
        "Invoice should be created automatically when a bygglov or startbesked decision is sent out, and go on to the ekonomisystem without manual handling.",
        6024,
        "english",
    ),
    Query(
        "Ofta är det en privatperson som söker men byggföretaget som ska betala, eller så är det två sökande och bara en ska ha fakturan. Vi behöver kunna lägga till en fakturamottagare som inte är sökande, med eget org.nummer och fakturaadress.",
        6025,
        "more_detail",
    ),
    Query(
        "Mottagare av fakturan som inte är sökanden. I ärenden om bygglov ska vi kunna ange ett företag eller en av flera sökande som betalare, med eget organisationsnummer och adress för fakturan.",
        6025,
        "compound",
    ),
    Query(
        "Kalkylator för byggsanktionsavg. enl. 9 kap. PBF – välj överträdelse, ange m², räkna med aktuellt PBB.",
        6026,
        "abbreviation",
    ),
    Query(
        "Stöd för att beräkna sanktionsavgift på byggområdet. I tillsynsärenden ska man välja överträdelse och ange area, så räknas avgiften ut med årets prisbasbelopp.",
        6026,
        "compound",
    ),
    Query(
        "Skapa tilsynsärende från bygglovsärende så att fastighet, parter och valda handlingar följer med och ärendena blir koplade.",
        6027,
        "typos",
    ),
    Query(
        "Create a tillsynsärende directly from a bygglovsärende, with property, parties and selected documents copied over and the two cases linked.",
        6027,
        "english",
    ),
    Query("Förenklat flöde för attefallsanmälningar", 6028, "less_detail"),
    Query(
        "Kortare process för anmälningspliktiga åtgärder som attefallshus. En separat ärendetyp utan grannhörande där man går raka vägen till startbesked.",
        6028,
        "synonyms",
    ),
    Query(
        "Lokalisering, fastighet och giltighetstid på två år borde hämtas från ärendet i en beslutsmall för förhandsbesked, både positivt och negativt – en sådan mall saknar vi idag.",
        6029,
        "word_order",
    ),
    Query(
        "I rivningsärenden har det hänt att startbesked getts utan att det fanns någon inventering av farligt avfall och byggprodukter, trots att det är ett krav. En automatisk påminnelse till handläggaren innan startbeskedet skulle hjälpa oss.",
        6030,
        "more_detail",
    ),
    Query(
        "Rapport till PBE (Boverkets plan- och byggenkät) – antal lov, anm., förhandsbesked och handl.tider per år i enkätens format.",
        6031,
        "abbreviation",
    ),
    Query("Färdig rapport för plan- och byggenkäten", 6031, "less_detail"),
    Query(
        "Export of started and completed dwellings (from startbesked and slutbesked) directly to SCB every quarter.",
        6032,
        "english",
    ),
    Query(
        "Rapportering av påbörjade och färdigställda bostäder till Statistiska centralbyrån, direkt utifrån startbesked och slutbesked, varje kvartal.",
        6032,
        "abbreviation",
    ),
    Query(
        "Rapport över hur lång tid ärendena tar. Vi vill få fram median och genomsnitt för tiden från komplett ansökan till beslut, uppdelat på ärendetyp och månad.",
        6033,
        "synonyms",
    ),
    Query(
        "Statistik över handläggningstider – median och medel per ärendetyp och månad, räknat från komlpett ansökan till beslut.",
        6033,
        "typos",
    ),
    Query(
        "Gällande detaljplan, planbestämmelser och genomförandetid borde visas automatiskt i ärendets översikt när fastigheten kopplas till ärendet.",
        6034,
        "word_order",
    ),
    Query(
        "Idag måste vi öppna kartan eller planarkivet i ett annat system för att se vilken detaljplan som gäller för fastigheten. Det vore mycket smidigare om planen, bestämmelserna och genomförandetiden syntes direkt i ärendet när fastigheten är kopplad.",
        6034,
        "more_detail",
    ),
    Query(
        "Field to mark 'liten avvikelse' from the detaljplan, with a motivation text that follows into the decision and into the statistics.",
        6035,
        "english",
    ),
    Query(
        "Motiveringen till en liten avvikelse från detaljplanen ska skrivas i ett eget fält och följa med till beslutet och statistiken, där handläggaren också markerar att lovet avser en liten avvikelse.",
        6035,
        "word_order",
    ),
    Query(
        "Skicka ut beslut till samtliga parter med ett klick – sökande, sakägare som haft erinran och andra berörda – med brev som följer med och hänvisning om hur man överklagar.",
        6036,
        "compound",
    ),
    Query("Expediera beslutet till alla parter på en gång", 6036, "less_detail"),
    Query(
        "Gemensamma standardtexter för upplysningar. En samling färdiga upplysningar (om tekniskt samråd, KA, hur länge lovet gäller) sorterade efter åtgärd, som man kan välja och lägga in i beslutet.",
        6037,
        "synonyms",
    ),
    Query(
        "Textbank för upplysingar i beslut, ordnad per åtgärdstyp så man kan klicka in texterna i beslutet.",
        6037,
        "typos",
    ),
    Query(
        "Auto-suggest ärendemening from chosen åtgärd and fastighetsbeteckning, e.g. 'Ansökan om bygglov för nybyggnad av garage, Eken 12'.",
        6038,
        "english",
    ),
    Query("Automatisk ärendemening utifrån åtgärd och fastighet", 6038, "less_detail"),
    Query(
        "Koppla ihop ett bygglov med mer än en fastighetsbeteckning. Behövs t.ex. när ett hus byggs över tomtgränsen eller en ledning går genom flera fastigheter.",
        6039,
        "synonyms",
    ),
    Query(
        "När jag handlägger ett bygglov vill jag snabbt se om det finns ett pågående tillsynsärende eller tidigare lov på samma fastighet. Idag måste jag söka separat. En lista över alla ärenden på fastigheten direkt när man öppnar ärendet skulle hjälpa.",
        6040,
        "more_detail",
    ),
    Query(
        "Visa andra ärenden på samma fastiget när man öppnar ett ärende, både pågånde och avslutade, även tillsyn.",
        6040,
        "typos",
    ),
    Query(
        "Gamla ritningar från arkivet för bygglov kopplade till fastigheten, så man kan öppna skannade beslut och ritningar från papperstiden direkt från ärendet.",
        6041,
        "compound",
    ),
    Query("Ta foton och anteckna i mobilen vid platsbesök", 6042, "less_detail"),
    Query(
        "En checklista som fylls i på plats och sedan blir en tjänsteanteckning i ärendet – det vill vi ha vid arbetsplatsbesök.",
        6043,
        "word_order",
    ),
    Query(
        "Checklista för besök på arbetsplatsen som kan fyllas i på plats och sparas som anteckning i ärendet.",
        6043,
        "compound",
    ),
    Query(
        "Automatic bevakning at 2 and 5 years from the decision date, so we can see which bygglov expire if the work hasn't started or been finished.",
        6044,
        "english",
    ),
    Query(
        "Bevakning lov som upphör (2 resp. 5 år fr. beslutsdatum, 9 kap. 43 § PBL) – autom. så vi ser vilka som inte påbörjats/avslutats.",
        6044,
        "abbreviation",
    ),
    Query(
        "Meddela byggherren innan bygglovet förfaller. Ett mejl eller brev borde gå ut av sig självt ett par månader innan lovet slutar gälla, om det inte finns något startbesked.",
        6045,
        "synonyms",
    ),
    Query("Utskick till sökande när lovet snart går ut", 6045, "less_detail"),
    Query(
        "Remiss från ärendet: välj remissinst. ur lista (miljö, RTJ, TRV), skicka via mejl, bevakning på sista svarsdag.",
        6046,
        "abbreviation",
    ),
    Query(
        "Vi skickar remisser till miljöenheten, räddningstjänsten och ibland Trafikverket i nästan varje större ärende, och idag sker det med vanlig e-post utanför Castor. Vi vill kunna välja instanser ur en lista, skicka direkt från ärendet och få en bevakning på svarsdatumet.",
        6046,
        "more_detail",
    ),
    Query(
        "Inkomna remisvar via e-post borde automatiskt registreras i rätt ärende och remisen markeras som besvarad.",
        6047,
        "typos",
    ),
    Query(
        "Massbyte av handläggare. Vid sjukskrivning eller när en kollega slutar ska man kunna markera ett antal ärenden och göra handläggarbyte på alla samtidigt.",
        6048,
        "compound",
    ),
    Query(
        "Bulk reassign cases to another handläggare when someone is sick or leaves – select several ärenden and change handläggare on all at once.",
        6048,
        "english",
    ),
    Query("Filter på status och tidsfrist i Mina ärenden", 6049, "less_detail"),
    Query(
        "I 'Mina ärenden' vill vi kunna filtrera och sortera på status, ärendetyp och antal dagar kvar av tidsfristen – alltså filtrering av min ärendelista.",
        6049,
        "word_order",
    ),
    Query(
        "Överklagande digitalt till Lst – reg. överkl. och skicka med alla handl. från ärendet.",
        6050,
        "abbreviation",
    ),
    Query(
        "Direkt från ärendet vill vi kunna skicka överklagandet med alla handlingar digitalt till länsstyrelsen, efter att ha registrerat det när ett beslut överklagas.",
        6050,
        "word_order",
    ),
    Query(
        "Räkna fram datum då bygglovet inte längre kan överklagas. Utifrån när beslutet delgavs och när det kungjordes i Post- och Inrikes borde systemet visa dagen då det vinner laga kraft.",
        6051,
        "synonyms",
    ),
    Query(
        "Autom. beräkning av LK-datum utifrån delgivning och kungörelse i PoIT.",
        6051,
        "abbreviation",
    ),
    Query(
        "Register över obligatorisk ventilationskontroll – byggnader som omfattas, senaste och nästa besiktning, och bevakning när det är dags.",
        6052,
        "abbreviation",
    ),
    Query(
        "We need a register of buildings covered by OVK (ventilation inspection) with last inspection date and next due date, and a reminder when it's time.",
        6052,
        "english",
    ),
    Query(
        "Hissar som underkänts vid besiktning hör vi ofta talas om först när någon ringer. Vi skulle vilja ha ett register över hissar och andra motordrivna anordningar i kommunen där besiktningsintervall och resultat från protokollen syns, så att vi kan agera när en hiss är underkänd eller inte besiktigad.",
        6053,
        "more_detail",
    ),
    Query(
        "Enkel registrering av frågor från allmänheten. Telefonsamtal och förhandsrådgivning ska kunna läggas in som lätta ärenden så vi kan mäta hur mycket tid som går åt till rådgivning.",
        6054,
        "synonyms",
    ),
    Query(
        "Vi lägger mycket tid på telefonrådgivning och förhandsrådgivning inför ansökningar, men det syns ingenstans eftersom det inte blir några ärenden. Vi vill kunna registrera rådgivningen som ett enkelt ärende utan full diarieföring, så att vi kan följa upp hur mycket tid den tar.",
        6054,
        "more_detail",
    ),
    Query(
        "Den tidigare kontrollansvarige ska finnas kvar i historiken när kontrollansvarig byts under pågående ärende, och bytet ska registreras med datum.",
        6055,
        "word_order",
    ),
    Query(
        "Det händer ofta att byggherren byter kontrollansvarig mitt i projektet, och då skriver vi över uppgiften så att vi inte längre ser vem som var KA tidigare. Bytet borde registreras med datum och den tidigare kontrollansvarige ligga kvar i historiken.",
        6055,
        "more_detail",
    ),
    Query(
        "Versionshantering av ritningar: när en ny ritningsversion kommer in ska den gamla markeras som ersatt och bara den gällande synas i handlingslistan.",
        6056,
        "compound",
    ),
    Query("Markera ersatta ritningar", 6056, "less_detail"),
    Query(
        "Med handlingsnummer och datum borde de handlingar som markerats som fastställda automatiskt räknas upp i beslutet.",
        6057,
        "word_order",
    ),
    Query(
        "Snabb tjänsteantecking – skriva en kort anteckning efter ett telefonsamtal med kortkomando direkt från ärendelistan utan att öppna ärendet.",
        6058,
        "typos",
    ),
    Query(
        "Jag får många telefonsamtal om ärenden och ska skriva en tjänsteanteckning efter varje. Det tar onödigt lång tid att öppna ärendet och klicka sig fram. Det vore bra med ett kortkommando eller en knapp direkt i ärendelistan för en snabb anteckning.",
        6058,
        "more_detail",
    ),
    Query(
        "Signera delegationsbeslut med e-leg/BankID i Castor så vi slipper skriva ut och skriva under.",
        6059,
        "abbreviation",
    ),
    Query("E-signering av beslut", 6059, "less_detail"),
    # ================================================================ BAB duplicates
    Query(
        "E-tjänst för ansökan om BAB med BankID, bifoga intyg och ritningar, skapar ärende i Castor.",
        6200,
        "abbreviation",
    ),
    Query(
        "Digital application for bostadsanpassningsbidrag – the applicant signs with BankID, attaches certificates and drawings, and a case is created in Castor.",
        6200,
        "english",
    ),
    Query(
        "Låt arbetsterapeuten lämna utlåtandet elektroniskt. Intyget borde kunna skickas rakt in i ärendet om bostadsanpassning via en egen digital tjänst för intygsgivare, så att sökanden slipper skicka det med posten.",
        6201,
        "synonyms",
    ),
    Query(
        "Intyg från AT direkt till BAB-ärendet via e-tj. i stället för att sökande postar det.",
        6201,
        "abbreviation",
    ),
    Query(
        "Jämföra oferter i ärendet – registrera flera offerter på samma åtgärd med belopp och entreprenör och se vilken som är lägst.",
        6202,
        "typos",
    ),
    Query(
        "Vid större anpassningar som badrum begär vi in två eller tre offerter. Idag jämför vi dem i ett separat Excelark. Det vore bra att kunna lägga in alla offerter med belopp och entreprenör i ärendet och direkt se vilken som är billigast.",
        6202,
        "more_detail",
    ),
    Query(
        "Mall för beslut om bostadsanpassning där beviljade åtgärder och belopp för bidraget per åtgärd hämtas från ärendet.",
        6203,
        "compound",
    ),
    Query("Beslutsmall BAB med belopp per åtgärd", 6203, "less_detail"),
    Query(
        "Pay the grant directly to the contractor – attest the entreprenör's invoice in Castor and send it for payment via the ekonomisystem.",
        6204,
        "english",
    ),
    Query(
        "Entreprenörens faktura ska kunna attesteras i Castor och skickas för utbetalning via ekonomisystemet när bidraget är beviljat, så att pengarna går direkt till entreprenören.",
        6204,
        "word_order",
    ),
    Query(
        "Förteckning över begagnade trapphissar och ramper som vi tagit tillbaka, med modell, storlek och förvaringsplats, så att de kan användas igen.",
        6205,
        "synonyms",
    ),
    Query(
        "Lager av återtagna hjälpmedel – register över trapphisar och ramper som kan återanvändas, med modell, mått och var de förvars.",
        6205,
        "typos",
    ),
    Query(
        "Vi har flera hundra plattformshissar och trapphissar ute som kommunen betalat genom bidraget, men ingen samlad bild av var de sitter. När en leverantör slutar med service eller en modell får problem behöver vi snabbt hitta alla adresser. Ett register över installerade hissar och lyftanordningar skulle lösa det.",
        6206,
        "more_detail",
    ),
    Query(
        "Register över lyftanordningar och hissar som installerats med bidrag, per adress, för uppföljning av service och besiktning.",
        6206,
        "compound",
    ),
    Query(
        "Send the property owner's consent form (medgivande) for e-signing and get it back straight into the case.",
        6207,
        "english",
    ),
    Query("Årsstatistik BAB till Boverket direkt ur Castor.", 6208, "abbreviation"),
    Query(
        "Direkt ur Castor vill vi kunna ta fram den årliga statistik över bostadsanpassningsbidragen som Boverket begär.",
        6208,
        "word_order",
    ),
    Query(
        "Sammanställning av hur mycket vi beviljat för olika slags anpassningar, t.ex. badrum, automatiska dörröppnare och trapphissar, som underlag till budgeten.",
        6209,
        "synonyms",
    ),
    Query("Kostnadsrapport per åtgärdstyp BAB", 6209, "less_detail"),
    Query(
        "Need a separate case type for reparationsbidrag (repair and service of earlier adaptations), linked to the original case.",
        6210,
        "english",
    ),
    Query(
        "Ärendetyp för reprationsbidrag – egen ärendetyp för bidrag till reparation och service av tidigare anpasningar, kopplad till ursprungsärendet.",
        6210,
        "typos",
    ),
    Query(
        "När en brukare flyttar eller avlider kan fastighetsägaren söka bidrag för att ta bort t.ex. en ramp eller hiss. Vi registrerar det idag som ett vanligt BAB-ärende, vilket ger fel statistik. Vi önskar en egen ärendetyp för återställningsbidrag som kopplas till det tidigare ärendet.",
        6211,
        "more_detail",
    ),
    Query(
        "Checklista för besök i hemmet i mobilen, med foton som hamnar i ärendet om bostadsanpassning.",
        6212,
        "compound",
    ),
    Query(
        "Skicka arbetsorder till den upphandlade firman direkt från Castor. Ordern ska innehålla adress, kontaktperson och vilken anpassning som beviljats.",
        6213,
        "synonyms",
    ),
    Query("Beställa åtgärd från ramavtalsentreprenör i ärendet", 6213, "less_detail"),
    Query(
        "Så att vi kan göra slutbesiktning och betala ut borde entreprenören kunna meddela via en e-tjänst att anpassningen är klar.",
        6214,
        "word_order",
    ),
    Query(
        "Entreprenören anmäler att arbetet är utfört via e-tjänst så vi kan göra slutbesiktining och betala ut.",
        6214,
        "typos",
    ),
    Query(
        "Påminnelse om anpassningen inte är gjord i tid. När beslutet tas borde en uppföljning läggas in som larmar om åtgärden inte blivit klar inom den tid som anges i beslutet.",
        6215,
        "synonyms",
    ),
    Query(
        "I BAB-ärenden finns läkarintyg och uppgifter om diagnoser. Idag kan alla i förvaltningen som har tillgång till Castor öppna dem, även bygglovshandläggarna. Vi vill att bara de med BAB-behörighet ska kunna se dessa ärenden.",
        6216,
        "more_detail",
    ),
    Query(
        "BAB cases contain sensitive health data and should only be possible to open for users with BAB permission.",
        6216,
        "english",
    ),
    Query("Registrera god man/ombud i BAB-ärende", 6217, "less_detail"),
    Query(
        "Brev och beslut ska automatiskt gå till ombudet, och därför behöver vi kunna registrera god man eller ombud för den sökande.",
        6217,
        "word_order",
    ),
    Query(
        "Kopiera uppgifter från ett gammalt ärende när samma person ansöker på nytt – personuppgifter, bostad och diagnos ska föras över till den nya ansökan.",
        6218,
        "synonyms",
    ),
    Query(
        "Ny ansökan utifrån tidigre ärende – när samma person söker igen vill vi skapa det nya ärendet från det gamla så persunuppgifter, bostad och diagnosuppgifter följer med.",
        6218,
        "typos",
    ),
    Query("Prislista för vanliga åtgärder i BAB", 6219, "less_detail"),
    Query(
        "Lista med priser för standardåtgärder, t.ex. att ta bort trösklar, sätta upp stödhandtag eller bygga ramp, så att bidraget räknas ut när man väljer åtgärd.",
        6219,
        "compound",
    ),
    # ================================================================ Övrigt duplicates
    Query(
        "Report of all delegationsbeslut for a period to report to the nämnd, sorted by delegate and decision type.",
        6400,
        "english",
    ),
    Query(
        "Exportera beslutsunderlaget till nämndadministrationen. Underlaget för ärendet och bilagorna ska kunna föras över till Meetings Plus eller Ciceron utan att vi laddar ner och upp filer.",
        6401,
        "synonyms",
    ),
    Query(
        "Skicka TJS + bilagor från Castor till nämndsystemet (Ciceron/Meetings Plus).",
        6401,
        "abbreviation",
    ),
    Query(
        "Protokollsutdraget ska automatiskt hamna i rätt ärende i Castor, och beslutet registreras, när nämnden har fattat beslut.",
        6402,
        "word_order",
    ),
    Query(
        "When the nämnd has decided, the protokollsutdrag should come back into the right case in Castor automatically and the decision be registered.",
        6402,
        "english",
    ),
    Query(
        "Leverans av avslutade ärenden till e-arkivet enligt Förvaltningsgemensamma specifikationer, med handlingar och metadata, automatiskt.",
        6403,
        "abbreviation",
    ),
    Query(
        "Vi ska börja leverera till kommunens e-arkiv nästa år och arkivarien vill att avslutade ärenden skickas löpande i stället för en stor export vart tionde år. Önskar en automatisk leverans av ärenden med alla handlingar och metadata enligt FGS.",
        6403,
        "more_detail",
    ),
    Query(
        "Hjälp att rensa bort handlingar som ska förstöras. Systemet ska visa vilka dokument som enligt dokumenthanteringsplanen ska tas bort och låta oss godkänna och radera dem.",
        6404,
        "synonyms",
    ),
    Query(
        "Stöd för gallring – lista över handlingar som ska gallras enligt dokumenthanterinsplanen där man kan godkänna och genomföra galringen.",
        6404,
        "typos",
    ),
    Query(
        "Mallar för roller när behörighet ska delas ut. Väljer man roll, t.ex. registrator eller handläggare för bygglov, ska rätt rättigheter sättas automatiskt för nya användare.",
        6405,
        "compound",
    ),
    Query("Behörighet via rollmall för nya användare", 6405, "less_detail"),
    Query(
        "Log of who has opened a case or a document – especially for cases with sekretess.",
        6406,
        "english",
    ),
    Query(
        "Vi har ärenden med skyddade personuppgifter och sekretess där vi måste kunna visa vilka som har tittat i ärendet om det ifrågasätts. Idag loggas bara ändringar. Önskar en läslogg som visar vilka användare som öppnat ärendet eller dokumentet och när.",
        6406,
        "more_detail",
    ),
    Query(
        "Fritextsök i dokumentinnehåll inkl. inskannade pdf:er (OCR), inte bara ärendemening och dnr.",
        6407,
        "abbreviation",
    ),
    Query(
        "Inte bara på ärendemening och diarienummer utan även i själva texten i dokumenten, också inskannade PDF:er, vill vi kunna fritextsöka.",
        6407,
        "word_order",
    ),
    Query(
        "Save an advanced search with its filters and run it again with one click.", 6408, "english"
    ),
    Query("Sparade sökningar", 6408, "less_detail"),
    Query(
        "När taxan ändras eller e-tjänsten har varit nere behöver vi informera alla sökande med pågående ärenden, och idag skickar vi mejl ett och ett. Vi vill kunna göra ett massutskick via e-post och SMS utifrån en mall till alla på en gång.",
        6409,
        "more_detail",
    ),
    Query(
        "Massutskick via e-post och SMS – skicka samma meddelande från en mall till månnga mottagare på en gång, t.ex. alla sökande med pågaende ärenden.",
        6409,
        "typos",
    ),
    Query(
        "Send decisions and letters to the recipient's digital mailbox (Kivra etc.) straight from Castor.",
        6410,
        "english",
    ),
    Query(
        "Redigerare för mallar inne i Castor så vi slipper Word, och där man kan se äldre versioner av mallarna.",
        6411,
        "compound",
    ),
    Query(
        "Redigera mallar i webbläsarn utan Word och se tidigare vesioner av mallen.", 6411, "typos"
    ),
    Query(
        "Beskrivning av alla fält som kan användas i dokumentmallar. Vi behöver veta vilka variabler som finns och vad var och en hämtar, gärna med exempel.",
        6412,
        "synonyms",
    ),
    Query("Lista över alla fältkoder i mallar", 6412, "less_detail"),
    Query(
        "Credit an incorrect invoice fully or partly directly in the case, with the credit invoice sent to the ekonomisystem and linked to the original invoice.",
        6413,
        "english",
    ),
    Query(
        "En felaktig faktura ska kunna krediteras helt eller delvis direkt i ärendet – kreditfakturan kopplas till ursprungsfakturan och skickas till ekonomisystemet.",
        6413,
        "word_order",
    ),
    Query(
        "Uppräkning av timavgiften med prisindex för kommunal verksamhet centralt en gång per år, med datum för när de nya beloppen gäller.",
        6414,
        "abbreviation",
    ),
    Query(
        "Varje år i januari lägger vi flera dagar på att ändra timavgiften och alla fasta belopp i taxan för både bygg och miljö. Önskar att det kunde göras på ett ställe genom att ange uppräkningen enligt PKV och ett datum från när de nya beloppen gäller.",
        6414,
        "more_detail",
    ),
    Query(
        "Rapportverktyg för användarna. Vi vill själva kunna plocka ihop kolumner och urval till en egen rapport, spara den och få ut den i Excel.",
        6415,
        "synonyms",
    ),
    Query(
        "Egen rapportbyggare där användaren väljer fält och villkor, sparar rapporten och exporterar till Excel.",
        6415,
        "compound",
    ),
    Query(
        "Inloggning med single sign-on – handläggarna ska använda sitt vanliga kommunkonto via Entra ID och inte ett separat lösenord i Castor.",
        6416,
        "abbreviation",
    ),
    Query(
        "Outlook add-in to register an incoming email with attachments directly in a case in Castor.",
        6417,
        "english",
    ),
    Query(
        "Registrera e-post från Outlok – ett tillägg så man kan registrera inkommet mejl med bilagor direkt i ett ärende i Castor.",
        6417,
        "typos",
    ),
    Query(
        "Med personuppgifter och sekretessuppgifter maskade borde en offentlig diarieförteckning automatiskt kunna publiceras på kommunens webbplats.",
        6418,
        "word_order",
    ),
    Query(
        "Förteckning ur diariet publicerad på kommunens webbplats automatiskt, med uppgifter om personer och uppgifter under sekretess maskade.",
        6418,
        "compound",
    ),
    Query(
        "Documented REST API so we can fetch cases and status into our own systems, e.g. Power BI.",
        6419,
        "english",
    ),
    # ================================================================ look-alikes, Bygg
    Query(
        "Spärr mot sent förlängningsbeslut. Systemet borde hindra att man sparar ett beslut om förlängd handläggningstid om de första tio veckorna redan har gått ut.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över ärenden där bygglovsavgiften reducerats. Vi vill kunna ta fram en lista över alla ärenden där avgiften satts ned på grund av överskriden handläggningstid, med belopp, för att redovisa till nämnden.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för föreläggande om komplettering med kryssrutor för vanliga brister (situationsplan, fasadritning, sektion), så att handläggaren bara kryssar i det som saknas.",
        None,
        "lookalike",
    ),
    Query(
        "Kvittens när komplettering kommit in. När sökanden skickar in kompletterande handlingar vill vi att ett automatiskt mejl bekräftar vad som tagits emot.",
        None,
        "lookalike",
    ),
    Query(
        "Kungörelse av underrättelse i ortstidning. När sakägarna är väldigt många vill vi kunna kungöra underrättelsen i stället för att skicka brev till varje granne.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka grannarnas erinringar vidare till sökanden så att sökanden kan bemöta dem, med en bevakning av svarstiden.",
        None,
        "lookalike",
    ),
    Query(
        "Delgivning via e-post med läsbekräftelse. Vi vill kunna delge beslut via e-post där mottagaren klickar på en länk och bekräftar att hen tagit del av beslutet, i stället för delgivningskvitto på papper.",
        None,
        "lookalike",
    ),
    Query(
        "Bokning av tekniskt samråd i e-tjänsten. Byggherren ska själv kunna välja en ledig tid för tekniskt samråd i handläggarens kalender.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för protokoll från slutsamråd som hämtar kontrollansvarig, fastighet och startbesked från ärendet, så vi bara skriver in det som kom fram på mötet.",
        None,
        "lookalike",
    ),
    Query(
        "Kontrollansvarig ska kunna bocka av kontrollpunkterna i kontrollplanen digitalt under byggtiden, så att vi ser vilka kontroller som är gjorda innan slutsamrådet.",
        None,
        "lookalike",
    ),
    Query(
        "Påminnelse till byggherren om att begära slutbesked. Om startbeskedet är några år gammalt och inget slutbesked har getts vill vi skicka ett brev som påminner om att byggnaden inte får tas i bruk.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över interimistiska slutbesked som fortfarande gäller. Rapport över byggnader som tagits i bruk med interimistiskt slutbesked men som ännu inte fått slutbesked.",
        None,
        "lookalike",
    ),
    Query(
        "Kontaktuppgifter för kontrollansvariga på ett ställe. När en KA byter telefonnummer eller e-post vill vi ändra det en gång och få det uppdaterat i alla pågående ärenden.",
        None,
        "lookalike",
    ),
    Query(
        "Sökanden ska kunna se avgiften för sitt bygglov och om fakturan är betald när hen loggar in i e-tjänsten.",
        None,
        "lookalike",
    ),
    Query(
        "Flytta handling mellan ärenden. Registratorn ska kunna flytta en felregistrerad handling från ett ärende till ett annat utan att ta bort den och registrera om den.",
        None,
        "lookalike",
    ),
    Query(
        "Samla alla fastställda ritningar i en enda PDF som kan skickas till sökanden tillsammans med beslutet.",
        None,
        "lookalike",
    ),
    Query(
        "Jämföra två versioner av en ritning. I visaren vill vi kunna lägga den nya ritningen ovanpå den gamla och se vad som har ändrats.",
        None,
        "lookalike",
    ),
    Query(
        "Visa beräknad bygglovsavgift för sökanden i e-tjänsten innan ansökan skickas in, så att de vet ungefär vad lovet kommer att kosta.",
        None,
        "lookalike",
    ),
    Query(
        "Förskottsfaktura när ansökan kommer in. Vi vill kunna fakturera en ansökningsavgift direkt när ärendet registreras, innan beslut fattas.",
        None,
        "lookalike",
    ),
    Query(
        "Adressen till fakturamottagaren borde kontrolleras mot folkbokföringen (SPAR) när fakturan skapas, så att fakturor inte går till gamla adresser.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för beslut om byggsanktionsavgift med de vanligaste överträdelserna och hänvisningar till PBF, så att texten inte behöver skrivas från början varje gång.",
        None,
        "lookalike",
    ),
    Query(
        "Skapa bygglovsärende från tillsynsärende. När fastighetsägaren ska söka lov i efterhand vill vi starta bygglovsärendet direkt från tillsynsärendet så att fastighet och parter följer med.",
        None,
        "lookalike",
    ),
    Query(
        "När startbesked ges för en eldstad ska anmälan automatiskt skickas vidare till sotaren och räddningstjänsten.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över positiva förhandsbesked som är äldre än två år och där ingen bygglovsansökan har kommit in.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över hur många pågående ärenden varje handläggare har, uppdelat på ärendetyp, så att chefen kan fördela nya ärenden jämnt.",
        None,
        "lookalike",
    ),
    Query(
        "Lista över vilka beslutet har skickats till och när. Per ärende vill vi kunna visa att alla sakägare har fått beslutet och på vilket sätt.",
        None,
        "lookalike",
    ),
    Query(
        "Utdrag över bygglovshistoriken för en fastighet som kan skickas till mäklare eller köpare, med alla tidigare lov och beslutsdatum.",
        None,
        "lookalike",
    ),
    Query(
        "Offlineläge i mobilen vid platsbesök. Där det saknas täckning ska foton och anteckningar sparas i telefonen och synkas till ärendet när man får nät igen.",
        None,
        "lookalike",
    ),
    Query(
        "Avsluta ärenden där bygglovet har upphört att gälla i en samlad körning, med status 'lov upphört', i stället för att stänga dem ett och ett.",
        None,
        "lookalike",
    ),
    Query(
        "Automatisk påminnelse till remissinstansen. När svarsdatumet för en remiss har passerat ska ett mejl gå till den instans som inte har svarat.",
        None,
        "lookalike",
    ),
    Query(
        "Registrera utgången i överklagade ärenden. När länsstyrelsen eller mark- och miljödomstolen har avgjort ett överklagande vill vi ange om beslutet fastställts eller ändrats, så att det syns i statistiken.",
        None,
        "lookalike",
    ),
    Query(
        "Utskick till fastighetsägare om OVK. Brev till alla fastighetsägare vars ventilationskontroll ska göras om inom tre månader.",
        None,
        "lookalike",
    ),
    Query(
        "Handlingar som markerats som fastställda ska låsas så att de inte kan ändras eller tas bort efter att beslutet fattats.",
        None,
        "lookalike",
    ),
    # ================================================================ look-alikes, BAB
    Query(
        "Sökanden ska kunna följa sitt BAB-ärende i e-tjänsten och se om beslut har fattats och när entreprenören är beställd.",
        None,
        "lookalike",
    ),
    Query(
        "Kopia av beslutet till intygsgivaren. När beslut om bostadsanpassningsbidrag fattas vill vi att arbetsterapeuten som skrev intyget automatiskt får en kopia.",
        None,
        "lookalike",
    ),
    Query(
        "Begära in offerter från flera entreprenörer samtidigt direkt från BAB-ärendet, med åtgärdsbeskrivning och sista dag för anbud.",
        None,
        "lookalike",
    ),
    Query(
        "Beslutsmall för avslag på bostadsanpassningsbidrag med färdiga motiveringar, t.ex. normalt underhåll eller åtgärd som inte är bostadsanknuten.",
        None,
        "lookalike",
    ),
    Query(
        "Registrera serviceavtal för trapphissar med avtalsperiod och leverantör, och få en påminnelse innan avtalet löper ut.",
        None,
        "lookalike",
    ),
    Query(
        "Bevakning av fastighetsägarens medgivande. Om medgivandet inte har kommit in inom två veckor vill vi få en påminnelse så att vi kan stöta på.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över handläggningstider i BAB-ärenden från inkommen ansökan till beslut, per månad.",
        None,
        "lookalike",
    ),
    Query(
        "Boka hembesök via SMS. Vi vill skicka ett förslag på tid för hembesök till sökanden och låta hen bekräfta genom att svara på SMS:et.",
        None,
        "lookalike",
    ),
    Query(
        "Mall för protokoll vid slutbesiktning av anpassningen, där handläggaren noterar om åtgärden utförts enligt beslutet och eventuella brister.",
        None,
        "lookalike",
    ),
    Query(
        "Maskera personnummer och diagnos när BAB-beslut lämnas ut som allmän handling, så att vi inte behöver svärta över för hand.",
        None,
        "lookalike",
    ),
    Query(
        "Varning när ny BAB-ansökan registreras för en person som redan har ett pågående ärende.",
        None,
        "lookalike",
    ),
    # ================================================================ look-alikes, Övrigt
    Query(
        "Delegationsordningen inlagd i Castor så att handläggaren bara kan fatta delegationsbeslut i de beslutstyper hen har delegation på.",
        None,
        "lookalike",
    ),
    Query(
        "Nämndens beslut ska automatiskt expedieras till sökanden när protokollet har justerats.",
        None,
        "lookalike",
    ),
    Query(
        "Söka i e-arkivet och hämta tillbaka ett arkiverat ärende till Castor när det behövs i ett nytt ärende.",
        None,
        "lookalike",
    ),
    Query(
        "Tidsbegränsad behörighet för konsulter och vikarier som upphör automatiskt vid ett visst datum.",
        None,
        "lookalike",
    ),
    Query(
        "Gemensam sökning över alla moduler. Ett sökfält där man söker på fastighet eller person och får träffar från bygg, miljö och BAB samtidigt.",
        None,
        "lookalike",
    ),
    Query(
        "När en mottagare svarar på ett SMS som skickats från Castor vill vi att svaret registreras som inkommande handling i ärendet.",
        None,
        "lookalike",
    ),
    Query(
        "Gemensamma mallar för hela förvaltningen med låsta delar (logotyp, sidhuvud, sidfot) som handläggarna inte kan ändra.",
        None,
        "lookalike",
    ),
    Query(
        "Rapport över fakturerade avgifter per nämnd och månad som underlag till ekonomienheten.",
        None,
        "lookalike",
    ),
    Query(
        "Schemalagda rapporter. En sparad rapport ska kunna skickas automatiskt via e-post till chefen den första varje månad.",
        None,
        "lookalike",
    ),
    Query(
        "Skicka mejl från Castor med automatisk registrering. Utgående e-post som skickas från ärendet ska diarieföras som upprättad handling utan extra steg.",
        None,
        "lookalike",
    ),
    Query(
        "Ta emot ansökningar från kommunens egen e-tjänsteplattform via API, så att ärenden från våra egna e-tjänster skapas automatiskt i Castor.",
        None,
        "lookalike",
    ),
]
