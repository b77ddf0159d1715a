<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <source>Startup</source>
        <comment>rpl-desktop cannot start</comment>
        <translation>rpl-desktop kan inte starta</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The data was not changed.</comment>
        <translation>Inga data har ändrats.</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Load demo data?</comment>
        <translation>Läsa in demodata?</translation>
    </message>
    <message numerus="yes">
        <source>Startup</source>
        <comment>The register is empty. To try the program, rpl-desktop can add a few demo candidates with work histories. They are invented (their ID numbers are synthetic test numbers) and can be deleted like any other candidate. This question is asked only once.</comment>
        <translation>
            <numerusform>Registret är tomt. För att prova programmet kan rpl-desktop lägga in några demokandidater med arbetslivserfarenhet. De är påhittade (deras id-nummer är syntetiska testnummer) och kan tas bort som alla andra kandidater. Frågan ställs bara en gång.</numerusform>
            <numerusform>Registret är tomt. För att prova programmet kan rpl-desktop lägga in några demokandidater med arbetslivserfarenhet. De är påhittade (deras id-nummer är syntetiska testnummer) och kan tas bort som alla andra kandidater. Frågan ställs bara en gång.</numerusform>
        </translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Your data is not encrypted</comment>
        <translation>Dina data är inte krypterade</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Your data is not encrypted. Encrypt it now?</comment>
        <translation>Dina data är inte krypterade. Vill du kryptera dem nu?</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The database and the evidence files on this computer can be read by anyone who gets hold of the computer or its disk. Encrypting them with a passphrase takes a moment and keeps all data. If you choose Not now, you are asked again in a week; Settings → Security can encrypt at any time.</comment>
        <translation>Databasen och filerna med underlag på den här datorn kan läsas av vem som helst som kommer åt datorn eller dess disk. Att kryptera dem med en lösenfras tar en stund, och alla data behålls. Om du väljer Inte nu får du frågan igen om en vecka; under Inställningar → Säkerhet kan du kryptera när som helst.</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>&amp;Encrypt now…</comment>
        <translation>Kryptera nu</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>&amp;Not now</comment>
        <translation>Inte nu</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The remembered passphrase no longer opens the data (it may have been changed elsewhere). Enter the current passphrase.</comment>
        <translation>Den sparade lösenfrasen öppnar inte längre data (den kan ha bytts någon annanstans). Ange den nuvarande lösenfrasen.</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>That passphrase does not open the data. Check it (capital letters, keyboard layout) and try again. Tries left: %1.</comment>
        <translation>Lösenfrasen öppnar inte data. Kontrollera den (versaler, tangentbordslayout) och försök igen.</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The passphrase was wrong three times, so rpl-desktop closes. Nothing has been changed. Start the program again to retry.</comment>
        <translation>Lösenfrasen var fel tre gånger, så rpl-desktop avslutas. Inget har ändrats. Starta programmet igen för att försöka på nytt.</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Fagskole module</comment>
        <translation>Fagskole-emne</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Programme</comment>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Lærefag</comment>
        <translation>Lærefag (norskt lärlingsyrke)</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Admission requirement</comment>
        <translation>Antagningskrav</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Branschmodell</comment>
        <translation>Branschmodell</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Norwegian Bokmål</comment>
        <translation>Norska (bokmål)</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Norwegian Nynorsk</comment>
        <translation>Norska (nynorska)</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>English</comment>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Swedish</comment>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Northern Sami</comment>
        <translation>Nordsamiska</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Danish</comment>
        <translation>Danska</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Kunnskap (knowledge)</comment>
        <translation>Kunnskap (kunskaper)</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Ferdigheter (skills)</comment>
        <translation>Ferdigheter (färdigheter)</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Generell kompetanse (general competence)</comment>
        <translation>Generell kompetanse (generell kompetens)</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Kunskaper (knowledge)</comment>
        <translation>Kunskaper</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Färdigheter (skills)</comment>
        <translation>Färdigheter</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Ansvar och självständighet (responsibility and autonomy)</comment>
        <translation>Ansvar och självständighet</translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>Unsaved changes</comment>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>The candidate has changes that are not saved.</comment>
        <translation>Kandidaten har ändringar som inte har sparats.</translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>Save them now, discard them, or go back to the candidate?</comment>
        <translation>Vill du spara dem nu, förkasta dem eller gå tillbaka till kandidaten?</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Vocational college (fagskole)</comment>
        <translation>Yrkeshögskola (fagskole)</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>County authority (fylkeskommune)</comment>
        <translation>Region (fylkeskommune)</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Municipality (kommune)</comment>
        <translation>Kommun (kommune)</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Industry organisation (bransjeorganisasjon)</comment>
        <translation>Branschorganisation</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Other</comment>
        <translation>Annan</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Norwegian Nynorsk</comment>
        <translation>Norska (nynorska)</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>English</comment>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Swedish</comment>
        <translation>Svenska</translation>
    </message>
</context>
<context>
    <name>AppealBundleDialog</name>
    <message>
        <source>Appeal bundle</source>
        <translation>Överklagandepaket</translation>
    </message>
    <message>
        <source>One zip file for the appeal body (klageinstans) with case %1: a summary, the issued documents, every judgement with its reason, the evidence list and the case history from the audit log. The national ID number and contact data are left out.</source>
        <translation>En zip-fil till överinstansen (klageinstans) med ärende %1: en sammanfattning, de utfärdade dokumenten, varje bedömning med motivering, förteckningen över underlag och ärendets historik från granskningsloggen. Id-nummer och kontaktuppgifter tas inte med.</translation>
    </message>
    <message>
        <source>Save the appeal bundle as</source>
        <translation>Spara överklagandepaketet som</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Zip-filer (*.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Include the &amp;evidence files themselves (not only the list)</source>
        <translation>Ta med själva filerna med &amp;underlag (inte bara förteckningen)</translation>
    </message>
    <message>
        <source>Encrypt the file when it is sent by e-mail or on a memory stick, and give the passphrase to the appeal body another way.</source>
        <translation>Kryptera filen när den skickas med e-post eller på ett USB-minne, och lämna lösenfrasen till överinstansen på annat sätt.</translation>
    </message>
    <message>
        <source>&amp;Write bundle</source>
        <translation>&amp;Skriv paket</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Välj filen som ska skrivas.</translation>
    </message>
</context>
<context>
    <name>AssessorBar</name>
    <message>
        <source>Send to e&amp;xternal assessor…</source>
        <translation>Skicka till e&amp;xtern bedömare…</translation>
    </message>
    <message>
        <source>Write an encrypted package with open outcomes for a fagkonsulent or yrkesbedömare</source>
        <translation>Skriv ett krypterat paket med öppna lärandemål till en fagkonsulent eller yrkesbedömare</translation>
    </message>
    <message>
        <source>Import assessor&apos;s &amp;judgements…</source>
        <translation>Importera bedömarens &amp;bedömningar…</translation>
    </message>
    <message>
        <source>Read the response file the assessor sent back</source>
        <translation>Läs in svarsfilen som bedömaren skickade tillbaka</translation>
    </message>
    <message>
        <source>Assessed by %1, %2</source>
        <translation>Bedömt av %1, %2</translation>
    </message>
    <message>
        <source>(judged %1; the office kept its own judgement)</source>
        <translation>(bedömt: %1; kontoret behöll sin egen bedömning)</translation>
    </message>
    <message>
        <source>External assessor: judgements from %1 imported %2.</source>
        <translation>Extern bedömare: bedömningar från %1 importerade %2.</translation>
    </message>
    <message>
        <source>External assessor: %1 outcome(s) sent to %2 on %3; waiting for the response.</source>
        <translation>Extern bedömare: %1 lärandemål skickade till %2 den %3; väntar på svar.</translation>
    </message>
    <message>
        <source>Send to an external assessor</source>
        <translation>Skicka till en extern bedömare</translation>
    </message>
    <message>
        <source>Package created</source>
        <translation>Paketet har skapats</translation>
    </message>
    <message>
        <source>The package for %1 is in %2. Send the file (e.g. by e-mail) and give the passphrase by telephone or text message. When the response comes back, use Import assessor&apos;s judgements.</source>
        <translation>Paketet till %1 finns i %2. Skicka filen (t.ex. med e-post) och lämna lösenfrasen per telefon eller sms. När svaret kommer tillbaka använder du Importera bedömarens bedömningar.</translation>
    </message>
    <message>
        <source> Kept the office&apos;s judgement of %1.</source>
        <translation> Kontorets bedömning av %1 behölls.</translation>
    </message>
    <message>
        <source>Judgements imported</source>
        <translation>Bedömningarna har importerats</translation>
    </message>
    <message>
        <source>Applied the assessor&apos;s judgement of %1.</source>
        <translation>Bedömarens bedömning av %1 har tillämpats.</translation>
    </message>
    <message>
        <source>Import the assessor&apos;s response</source>
        <translation>Importera bedömarens svar</translation>
    </message>
    <message>
        <source>Assessor responses (*.response.rpl);;All files (*)</source>
        <translation>Svar från bedömare (*.response.rpl);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>AssessorOutcomeTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lärandemål</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Din bedömning</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Not saved yet: complete the assessment (a judgement needs a reason and a method).</source>
        <translation>Inte sparat ännu: gör klart bedömningen (en bedömning behöver en motivering och en metod).</translation>
    </message>
</context>
<context>
    <name>AssessorWindow</name>
    <message>
        <source>Assessment %1 · %2 — rpl-desktop</source>
        <translation>Bedömning %1 · %2 — rpl-desktop</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>kontoret</translation>
    </message>
    <message>
        <source>Sent by %1, %2, on %3 to %4.</source>
        <translation>Skickat av %1, %2, den %3 till %4.</translation>
    </message>
    <message>
        <source>Message from the office: %1</source>
        <translation>Meddelande från kontoret: %1</translation>
    </message>
    <message>
        <source>&amp;Who is assessing…</source>
        <translation>&amp;Vem bedömer…</translation>
    </message>
    <message>
        <source>Outcomes to assess</source>
        <translation>Lärandemål att bedöma</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Intervjuguide</translation>
    </message>
    <message>
        <source>Evidence the office lets you see</source>
        <translation>Underlag som kontoret låter dig se</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Filer med underlag</translation>
    </message>
    <message>
        <source>No files in the package.</source>
        <translation>Inga filer i paketet.</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Öppna fil</translation>
    </message>
    <message>
        <source>Opens a copy; copies are deleted when this window closes</source>
        <translation>Öppnar en kopia; kopiorna tas bort när fönstret stängs</translation>
    </message>
    <message>
        <source>Your assessment</source>
        <translation>Din bedömning</translation>
    </message>
    <message>
        <source>Methods:</source>
        <translation>Metoder:</translation>
    </message>
    <message>
        <source>Judgement:</source>
        <translation>Bedömning:</translation>
    </message>
    <message>
        <source>Reason for the judgement</source>
        <translation>Motivering av bedömningen</translation>
    </message>
    <message>
        <source>What you saw or heard that shows it</source>
        <translation>Vad du såg eller hörde som visar det</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Notes from the conversation or the test</source>
        <translation>Anteckningar från samtalet eller provet</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>&amp;Finish and create the response file</source>
        <translation>Slutför och s&amp;kapa svarsfilen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Stän&amp;g</translation>
    </message>
    <message>
        <source>Not saved yet: complete the assessment.</source>
        <translation>Inte sparat ännu: gör klart bedömningen.</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Inte klart</translation>
    </message>
    <message>
        <source>The assessment of %1 is not complete (a judgement needs a reason and a method). Complete it or set it back to Not assessed.</source>
        <translation>Bedömningen av %1 är inte klar (en bedömning behöver en motivering och en metod). Gör klart den eller sätt tillbaka den till Inte bedömt.</translation>
    </message>
    <message>
        <source>Finish with open outcomes?</source>
        <translation>Slutföra med öppna lärandemål?</translation>
    </message>
    <message>
        <source>You have not judged %1. The office will see them as still open. Finish anyway?</source>
        <translation>Du har inte bedömt %1. Kontoret kommer att se dem som fortfarande öppna. Vill du slutföra ändå?</translation>
    </message>
    <message>
        <source>The response file was not created</source>
        <translation>Svarsfilen skapades inte</translation>
    </message>
    <message>
        <source>Response file created</source>
        <translation>Svarsfilen har skapats</translation>
    </message>
    <message>
        <source>Your judgements are in %1 (next to the package). Send this file to %2, e.g. by e-mail. It is encrypted with the same passphrase; do not send the passphrase with it. You can still change your judgements: then finish again and send the new file.</source>
        <translation>Dina bedömningar finns i %1 (bredvid paketet). Skicka filen till %2, t.ex. med e-post. Den är krypterad med samma lösenfras; skicka inte lösenfrasen tillsammans med den. Du kan fortfarande ändra dina bedömningar: slutför då igen och skicka den nya filen.</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Filen kan inte öppnas</translation>
    </message>
    <message>
        <source>Enter who is assessing before you finish.</source>
        <translation>Ange vem som bedömer innan du slutför.</translation>
    </message>
    <message>
        <source>Assessed by: %1</source>
        <translation>Bedömt av: %1</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes judged</source>
        <translation>%1 av %2 lärandemål bedömda</translation>
    </message>
    <message>
        <source>Finished %1: send %2 to the office.</source>
        <translation>Slutfört %1: skicka %2 till kontoret.</translation>
    </message>
    <message>
        <source>Saved %1 in %2 (encrypted).</source>
        <translation>Sparat kl. %1 i %2 (krypterat).</translation>
    </message>
    <message>
        <source>Your work is saved as you go, encrypted, next to the package.</source>
        <translation>Ditt arbete sparas löpande, krypterat, bredvid paketet.</translation>
    </message>
    <message>
        <source>%1 (not linked to this outcome)</source>
        <translation>%1 (inte kopplad till det här lärandemålet)</translation>
    </message>
    <message>
        <source>Close without the incomplete assessments?</source>
        <translation>Stänga utan de ofullständiga bedömningarna?</translation>
    </message>
    <message>
        <source>The assessment of %1 is not complete and was not saved (a judgement needs a reason and a method). Close anyway?</source>
        <translation>Bedömningen av %1 är inte klar och sparades inte (en bedömning behöver en motivering och en metod). Vill du stänga ändå?</translation>
    </message>
    <message>
        <source>Open assessor package</source>
        <translation>Öppna bedömarpaket</translation>
    </message>
    <message>
        <source>Assessor packages (*.rpl);;All files (*)</source>
        <translation>Bedömarpaket (*.rpl);;Alla filer (*)</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>Det finns ingen fil %1. Kontrollera namnet och mappen.</translation>
    </message>
</context>
<context>
    <name>BatchCertificatesDialog</name>
    <message>
        <source>Print certificates</source>
        <translation>Skriv ut kompetensbevis</translation>
    </message>
    <message>
        <source>From a CSV &amp;file…</source>
        <translation>Från en CSV-&amp;fil…</translation>
    </message>
    <message>
        <source>A CSV with a case_number (or saksnummer) column</source>
        <translation>En CSV-fil med kolumnen case_number (eller saksnummer)</translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation>Mapp att skriva till</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>One &amp;combined PDF (for printing)</source>
        <translation>En samlad &amp;PDF (för utskrift)</translation>
    </message>
    <message>
        <source>Each case&apos;s own language</source>
        <translation>Varje ärendes eget språk</translation>
    </message>
    <message>
        <source>Certificates already issued are printed as issued; the others are issued now. Cases that cannot have one yet are listed here with the reason.</source>
        <translation>Kompetensbevis som redan har utfärdats skrivs ut så som de utfärdades; de övriga utfärdas nu. Ärenden som ännu inte kan få något kompetensbevis listas här med skälet.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Ärenden:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>Resume printing certificates</source>
        <translation>Återuppta utskriften av kompetensbevis</translation>
    </message>
    <message>
        <source>The certificates issued before the interruption are printed as issued; the others are issued now, under the numbers already taken for them. If the folder is gone, choose another.</source>
        <translation>Kompetensbevis som utfärdades före avbrottet skrivs ut så som de utfärdades; de övriga utfärdas nu, med de nummer som redan har reserverats för dem. Om mappen inte finns längre väljer du en annan.</translation>
    </message>
    <message>
        <source>The interrupted batch of %1: %2 of %3 done, %4 still to do.</source>
        <translation>Den avbrutna körningen från %1: %2 av %3 klara, %4 återstår.</translation>
    </message>
    <message>
        <source>The cases listed in %1</source>
        <translation>Ärendena som finns i %1</translation>
    </message>
    <message>
        <source>%1 chosen case(s)</source>
        <translation>%1 valda ärende(n)</translation>
    </message>
    <message>
        <source>Choose a CSV file of case numbers</source>
        <translation>Välj en CSV-fil med ärendenummer</translation>
    </message>
    <message>
        <source>Write the certificates into</source>
        <translation>Skriv kompetensbevisen till</translation>
    </message>
    <message>
        <source>Choose cases first, or a CSV file of case numbers.</source>
        <translation>Välj ärenden först eller en CSV-fil med ärendenummer.</translation>
    </message>
    <message>
        <source>Cancelling after the current certificate…</source>
        <translation>Avbryter efter det aktuella kompetensbeviset…</translation>
    </message>
    <message>
        <source>Combined PDF: %1</source>
        <translation>Samlad PDF: %1</translation>
    </message>
    <message>
        <source>No combined PDF was written, because the batch was cancelled.</source>
        <translation>Ingen samlad PDF skrevs eftersom körningen avbröts.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>BranschPanelWidget</name>
    <message>
        <source>&amp;Model texts:</source>
        <translation>&amp;Modellens texter:</translation>
    </message>
    <message>
        <source>Language of the model&apos;s texts</source>
        <translation>Språk för modellens texter</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>Str&amp;ucture</source>
        <translation>&amp;Struktur</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Process</translation>
    </message>
    <message>
        <source>Prere&amp;quisites</source>
        <translation>&amp;Förutsättningar</translation>
    </message>
    <message>
        <source>Enter a result</source>
        <translation>Registrera ett resultat</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Delprov:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>Attempt:</source>
        <translation>Försök:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Passed or failed</source>
        <translation>Godkänt eller underkänt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Underkänt</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>P&amp;oäng:</translation>
    </message>
    <message>
        <source>certified yrkesbedömare or testledare</source>
        <translation>certifierad yrkesbedömare eller testledare</translation>
    </message>
    <message>
        <source>Assessor &amp;id:</source>
        <translation>&amp;Bedömarens id:</translation>
    </message>
    <message>
        <source>Test c&amp;entre:</source>
        <translation>T&amp;estcenter:</translation>
    </message>
    <message>
        <source>&amp;Accreditation id:</source>
        <translation>&amp;Ackrediterings-id:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;nmärkning:</translation>
    </message>
    <message>
        <source>&amp;Save result</source>
        <translation>Spara res&amp;ultat</translation>
    </message>
    <message>
        <source>Component results</source>
        <translation>Resultat för delprov</translation>
    </message>
    <message>
        <source>De&amp;lete the selected result</source>
        <translation>Ta bort det mar&amp;kerade resultatet</translation>
    </message>
    <message>
        <source>Only the latest attempt of a component can be deleted.</source>
        <translation>Bara det senaste försöket på ett delprov kan tas bort.</translation>
    </message>
    <message>
        <source>Module, outcome or component</source>
        <translation>Modul, lärandemål eller delprov</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Structure of the model</source>
        <translation>Modellens struktur</translation>
    </message>
    <message>
        <source>Process phases</source>
        <translation>Processens faser</translation>
    </message>
    <message>
        <source>Record a phase</source>
        <translation>Registrera en fas</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>F&amp;as:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>e.g. studie- och yrkesvägledare, yrkesbedömare</source>
        <translation>t.ex. studie- och yrkesvägledare, yrkesbedömare</translation>
    </message>
    <message>
        <source>Actor ro&amp;le:</source>
        <translation>Aktörens ro&amp;ll:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Underlag:</translation>
    </message>
    <message>
        <source>Rec&amp;ord phase</source>
        <translation>Re&amp;gistrera fas</translation>
    </message>
    <message>
        <source>Signature of the formal assessment (bedömning)</source>
        <translation>Underskrift av den formella bedömningen</translation>
    </message>
    <message>
        <source>Assessor i&amp;d:</source>
        <translation>&amp;Bedömarens id:</translation>
    </message>
    <message>
        <source>Date si&amp;gned:</source>
        <translation>Da&amp;tum för underskrift:</translation>
    </message>
    <message>
        <source>Sig&amp;n the formal assessment</source>
        <translation>U&amp;nderteckna den formella bedömningen</translation>
    </message>
    <message>
        <source>Documented hours per trade</source>
        <translation>Dokumenterade timmar per yrke</translation>
    </message>
    <message>
        <source>Periods counted as documented hours</source>
        <translation>Perioder som räknas som dokumenterade timmar</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>Tr&amp;ade:</source>
        <translation>&amp;Yrke:</translation>
    </message>
    <message>
        <source>empty: computed from the dates and percentage</source>
        <translation>tomt: beräknas utifrån datumen och tjänstgöringsgraden</translation>
    </message>
    <message>
        <source>Hours in the &amp;statement:</source>
        <translation>Timm&amp;ar i intyget:</translation>
    </message>
    <message>
        <source>&amp;Count the period</source>
        <translation>&amp;Ta med perioden</translation>
    </message>
    <message>
        <source>Stop counting the selected period</source>
        <translation>Sluta räkna med den markerade perioden</translation>
    </message>
    <message>
        <source>This model has no documented-hours requirement.</source>
        <translation>Den här modellen har inget krav på dokumenterade timmar.</translation>
    </message>
    <message>
        <source>Workplace sign-offs</source>
        <translation>Intyg från arbetsplatsen</translation>
    </message>
    <message>
        <source>Si&amp;gn-off:</source>
        <translation>&amp;Intyg:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Undertecknat av:</translation>
    </message>
    <message>
        <source>Record sign-o&amp;ff</source>
        <translation>Re&amp;gistrera intyg</translation>
    </message>
    <message>
        <source>This model asks for no workplace sign-offs.</source>
        <translation>Den här modellen kräver inga intyg från arbetsplatsen.</translation>
    </message>
    <message>
        <source>How the rules were applied</source>
        <translation>Så tillämpades reglerna</translation>
    </message>
    <message>
        <source>Rule evaluation, line by line</source>
        <translation>Regelprövning, rad för rad</translation>
    </message>
    <message>
        <source>Owner (huvudman): %1</source>
        <translation>Huvudman: %1</translation>
    </message>
    <message>
        <source>Version %1, valid from %2</source>
        <translation>Version %1, giltig från %2</translation>
    </message>
    <message>
        <source>SeQF level %1</source>
        <translation>SeQF-nivå %1</translation>
    </message>
    <message>
        <source>SAMPLE MODEL, not an industry&apos;s own</source>
        <translation>EXEMPELMODELL, inte en branschs egen</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>skala %1</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>nummer %1</translation>
    </message>
    <message>
        <source>number %1 of at most %2</source>
        <translation>nummer %1 av högst %2</translation>
    </message>
    <message>
        <source>already passed; no new attempt is needed</source>
        <translation>redan godkänt; inget nytt försök behövs</translation>
    </message>
    <message>
        <source>blocked until its prerequisites are met (see the explanation)</source>
        <translation>spärrat tills förutsättningarna är uppfyllda (se förklaringen)</translation>
    </message>
    <message>
        <source>the retake rule allows it from %1</source>
        <translation>regeln för omprov tillåter det från %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>godkänt</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>inte godkänt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>underkänt</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>inte genomfört</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>spärrat</translation>
    </message>
    <message>
        <source>module</source>
        <translation>modul</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfri</translation>
    </message>
    <message>
        <source>Components outside the modules</source>
        <translation>Delprov utanför modulerna</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>alla</translation>
    </message>
    <message>
        <source>k of n</source>
        <translation>k av n</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>viktat</translation>
    </message>
    <message>
        <source>minimum per area</source>
        <translation>minimum per område</translation>
    </message>
    <message>
        <source>documented hours</source>
        <translation>dokumenterade timmar</translation>
    </message>
    <message>
        <source>passed first</source>
        <translation>godkänt först</translation>
    </message>
    <message>
        <source>workplace sign-off</source>
        <translation>intyg från arbetsplatsen</translation>
    </message>
    <message>
        <source>retakes</source>
        <translation>omprov</translation>
    </message>
    <message>
        <source>Not signed. Nothing can be issued before it is.</source>
        <translation>Inte undertecknad. Inget kan utfärdas innan den är undertecknad.</translation>
    </message>
    <message>
        <source>Signed by assessor %1 on %2.</source>
        <translation>Undertecknad av bedömare %1 den %2.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 hours documented</source>
        <translation>%1: %2 av %3 timmar dokumenterade</translation>
    </message>
    <message>
        <source>Full: %1</source>
        <translation>Fullständigt: %1</translation>
    </message>
    <message>
        <source>Partial: %1 for the passed modules</source>
        <translation>Delvis: %1 för de godkända modulerna</translation>
    </message>
    <message>
        <source>None passed yet: %1</source>
        <translation>Inget godkänt ännu: %1</translation>
    </message>
    <message>
        <source>Passed modules: %1</source>
        <translation>Godkända moduler: %1</translation>
    </message>
    <message>
        <source>Missing modules: %1</source>
        <translation>Saknade moduler: %1</translation>
    </message>
    <message>
        <source>Can be issued: %1</source>
        <translation>Kan utfärdas: %1</translation>
    </message>
    <message>
        <source>Cannot be issued yet:</source>
        <translation>Kan inte utfärdas ännu:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <source>What remains</source>
        <translation>Vad som återstår</translation>
    </message>
    <message>
        <source>Nothing: every requirement for the full certificate is met</source>
        <translation>Inget: alla krav för fullständigt bevis är uppfyllda</translation>
    </message>
    <message>
        <source>Before anything is issued</source>
        <translation>Innan något utfärdas</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation>Inget saknas</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Ange datumet.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Avvisat: %1</translation>
    </message>
    <message>
        <source>Saved: %1, attempt %2.</source>
        <translation>Sparat: %1, försök %2.</translation>
    </message>
    <message>
        <source>Select the result to delete.</source>
        <translation>Markera resultatet som ska tas bort.</translation>
    </message>
    <message>
        <source>The result was deleted.</source>
        <translation>Resultatet togs bort.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Registrerat: %1.</translation>
    </message>
    <message>
        <source>The formal assessment is signed.</source>
        <translation>Den formella bedömningen är undertecknad.</translation>
    </message>
    <message>
        <source>Choose a period and a trade.</source>
        <translation>Välj en period och ett yrke.</translation>
    </message>
    <message>
        <source>The period now counts as %1.</source>
        <translation>Perioden räknas nu som %1.</translation>
    </message>
    <message>
        <source>Select a counted period first.</source>
        <translation>Markera först en period som räknas med.</translation>
    </message>
    <message>
        <source>Signed off: %1.</source>
        <translation>Intygat: %1.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Offline case file</source>
        <translation>Offlinefil med ärenden</translation>
    </message>
    <message>
        <source>Bring cases back</source>
        <translation>Hämta tillbaka ärenden</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Skillnader</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Choose the offline case file.</source>
        <translation>Välj offlinefilen med ärenden.</translation>
    </message>
    <message>
        <source>Importing the cases…</source>
        <translation>Importerar ärendena…</translation>
    </message>
    <message>
        <source>The comparison above is fresh.</source>
        <translation>Jämförelsen ovan är aktuell.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 deleted, %4 restored; %5 decision(s) applied.</source>
        <translation>Importerat: %1 tillagda, %2 ändrade, %3 borttagna, %4 återställda; %5 val tillämpade.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Reading the file and comparing it with this database…</source>
        <translation>Läser filen och jämför den med den här databasen…</translation>
    </message>
    <message>
        <source>Office (this database)</source>
        <translation>Kontoret (den här databasen)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Den här datorn</translation>
    </message>
    <message>
        <source>Laptop (the file)</source>
        <translation>Bärbar dator (filen)</translation>
    </message>
    <message>
        <source>Office (the file)</source>
        <translation>Kontoret (filen)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>the office&apos;s version</source>
        <translation>kontorets version</translation>
    </message>
    <message>
        <source>this computer&apos;s version</source>
        <translation>den här datorns version</translation>
    </message>
    <message>
        <source>the laptop&apos;s version</source>
        <translation>den bärbara datorns version</translation>
    </message>
    <message>
        <source>&amp;Keep %1 for every open decision</source>
        <translation>&amp;Behåll %1 i alla återstående val</translation>
    </message>
    <message>
        <source>&amp;Take %1 for every open decision</source>
        <translation>&amp;Använd %1 i alla återstående val</translation>
    </message>
    <message>
        <source>Choose the file and enter its passphrase, then Compare.</source>
        <translation>Välj filen och ange dess lösenfras, klicka sedan på Jämför.</translation>
    </message>
    <message>
        <source>File from %1, written %2: %3 case(s) (%4).</source>
        <translation>Fil från %1, skriven %2: %3 ärende(n) (%4).</translation>
    </message>
    <message>
        <source>Nothing differs from this database: importing only records that the file came back.</source>
        <translation>Inget skiljer sig från den här databasen: importen registrerar bara att filen har kommit tillbaka.</translation>
    </message>
    <message>
        <source>%1 added, %2 changed; %3 need(s) your decision (marked “Decide”).</source>
        <translation>%1 tillagda, %2 ändrade; %3 behöver ditt val (markerade ”Välj”).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>Behåll: %1</translation>
    </message>
    <message>
        <source>Take: %1</source>
        <translation>Använd: %1</translation>
    </message>
    <message>
        <source>Keep both texts</source>
        <translation>Behåll båda texterna</translation>
    </message>
    <message>
        <source>Decide: </source>
        <translation>Välj: </translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation>Val för %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behåll den</translation>
    </message>
    <message>
        <source>Delete it here too</source>
        <translation>Ta bort den här också</translation>
    </message>
    <message>
        <source>Leave it deleted</source>
        <translation>Låt den vara borttagen</translation>
    </message>
    <message>
        <source>Restore it from the file</source>
        <translation>Återställ den från filen</translation>
    </message>
    <message>
        <source>Added on the laptop</source>
        <translation>Tillagd på den bärbara datorn</translation>
    </message>
    <message>
        <source>Added in the office</source>
        <translation>Tillagd på kontoret</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Deleted on the laptop</source>
        <translation>Borttagen på den bärbara datorn</translation>
    </message>
    <message>
        <source>Deleted in the office</source>
        <translation>Borttagen på kontoret</translation>
    </message>
    <message>
        <source>Deleted in the office, changed on the laptop</source>
        <translation>Borttagen på kontoret, ändrad på den bärbara datorn</translation>
    </message>
    <message>
        <source>Deleted here, changed in the office</source>
        <translation>Borttagen här, ändrad på kontoret</translation>
    </message>
    <message>
        <source>Deleted here; stays deleted</source>
        <translation>Borttagen här; förblir borttagen</translation>
    </message>
    <message>
        <source>Taken from %1</source>
        <translation>Hämtad från %1</translation>
    </message>
    <message>
        <source>Kept (%1)</source>
        <translation>Behållen (%1)</translation>
    </message>
    <message>
        <source>Same change on both sides</source>
        <translation>Samma ändring på båda sidor</translation>
    </message>
    <message>
        <source>%1 decision(s) still open</source>
        <translation>%1 val återstår</translation>
    </message>
</context>
<context>
    <name>CandidateEditorWidget</name>
    <message>
        <source>P&amp;erson</source>
        <translation>P&amp;erson</translation>
    </message>
    <message>
        <source>&amp;Work and learning history</source>
        <translation>Arbets- och lärande&amp;historik</translation>
    </message>
    <message>
        <source>S&amp;chooling and exams</source>
        <translation>S&amp;kolgång och prov</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Underlag</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Type of ID number</source>
        <translation>Typ av id-nummer</translation>
    </message>
    <message>
        <source>Norwegian fødselsnummer</source>
        <translation>Norskt fødselsnummer</translation>
    </message>
    <message>
        <source>Norwegian D-nummer</source>
        <translation>Norskt D-nummer</translation>
    </message>
    <message>
        <source>Swedish personnummer</source>
        <translation>Svenskt personnummer</translation>
    </message>
    <message>
        <source>Swedish samordningsnummer</source>
        <translation>Svenskt samordningsnummer</translation>
    </message>
    <message>
        <source>Foreign ID number</source>
        <translation>Utländskt id-nummer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Id-nummer</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show the whole ID number to check or correct it</source>
        <translation>Visa hela id-numret för att kontrollera eller rätta det</translation>
    </message>
    <message>
        <source>Show the whole ID number</source>
        <translation>Visa hela id-numret</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Preferred language for letters</source>
        <translation>Önskat språk i brev</translation>
    </message>
    <message>
        <source>Norwegian bokmål</source>
        <translation>Norska (bokmål)</translation>
    </message>
    <message>
        <source>Norwegian nynorsk</source>
        <translation>Norska (nynorska)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Swedish (svenska)</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>F&amp;örnamn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>E&amp;fternamn:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Födelse&amp;datum:</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>Id-t&amp;yp:</translation>
    </message>
    <message>
        <source>ID &amp;number:</source>
        <translation>Id-nu&amp;mmer:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation>P&amp;ostnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>&amp;Language / målform:</source>
        <translation>Spr&amp;åk:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the person&apos;s details (Ctrl+S)</source>
        <translation>Spara personuppgifterna (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete candidate…</source>
        <translation>&amp;Ta bort kandidat…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Å&amp;ngra</translation>
    </message>
    <message>
        <source>Bring the deleted period back (Ctrl+Z)</source>
        <translation>Återställ den borttagna perioden (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Lä&amp;gg till…</translation>
    </message>
    <message>
        <source>Add a period (Ins)</source>
        <translation>Lägg till en period (Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected period (Enter or double-click)</source>
        <translation>Redigera den markerade perioden (Enter eller dubbelklick)</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Dup&amp;licera</translation>
    </message>
    <message>
        <source>Copy the selected period, e.g. for a change of position % at the same employer (Ctrl+D)</source>
        <translation>Kopiera den markerade perioden, t.ex. vid ändrad tjänstgöringsgrad hos samma arbetsgivare (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected period (Del); it can be undone</source>
        <translation>Ta bort den markerade perioden (Del); det går att ångra</translation>
    </message>
    <message>
        <source>Schooling (videregående and higher)</source>
        <translation>Skolgång (gymnasienivå och högre)</translation>
    </message>
    <message>
        <source>Exams (e.g. the privatist theory exam)</source>
        <translation>Prov (t.ex. teoriprovet som privatist)</translation>
    </message>
    <message>
        <source>Non-formal courses</source>
        <translation>Icke-formella kurser</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>a new candidate</source>
        <translation>en ny kandidat</translation>
    </message>
    <message>
        <source>Unsaved changes restored; saved again since, so Save compares both</source>
        <translation>Osparade ändringar har återställts; posten har sparats igen sedan dess, så Spara jämför båda</translation>
    </message>
    <message>
        <source>Unsaved changes restored; save to keep them</source>
        <translation>Osparade ändringar har återställts; spara för att behålla dem</translation>
    </message>
    <message>
        <source>Your changes were dropped; this is the version saved last.</source>
        <translation>Dina ändringar förkastades; det här är den senast sparade versionen.</translation>
    </message>
    <message>
        <source>Save the person first</source>
        <translation>Spara personen först</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Döl&amp;j</translation>
    </message>
    <message>
        <source>No ID number</source>
        <translation>Inget id-nummer</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Ny kandidat</translation>
    </message>
    <message>
        <source>Fill in the person&apos;s details and save; then add the history.</source>
        <translation>Fyll i personuppgifterna och spara; lägg sedan till historiken.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>född %1</translation>
    </message>
    <message>
        <source>1 work and learning period</source>
        <translation>1 arbets- och lärandeperiod</translation>
    </message>
    <message>
        <source>%1 work and learning periods</source>
        <translation>%1 arbets- och lärandeperioder</translation>
    </message>
    <message>
        <source>1 schooling entry</source>
        <translation>1 post om skolgång</translation>
    </message>
    <message>
        <source>%1 schooling entries</source>
        <translation>%1 poster om skolgång</translation>
    </message>
    <message>
        <source>1 exam</source>
        <translation>1 prov</translation>
    </message>
    <message>
        <source>%1 exams</source>
        <translation>%1 prov</translation>
    </message>
    <message>
        <source>1 course</source>
        <translation>1 kurs</translation>
    </message>
    <message>
        <source>%1 courses</source>
        <translation>%1 kurser</translation>
    </message>
    <message>
        <source>1 evidence file</source>
        <translation>1 fil med underlag</translation>
    </message>
    <message>
        <source>%1 evidence files</source>
        <translation>%1 filer med underlag</translation>
    </message>
    <message>
        <source>This also deletes: %1.</source>
        <translation>Detta tar också bort: %1.</translation>
    </message>
    <message>
        <source>No history or evidence is recorded.</source>
        <translation>Ingen historik eller underlag har registrerats.</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded about them?

%2

This cannot be undone; only a backup brings it back.</source>
        <translation>Ta bort %1 och allt som registrerats om personen?

%2

Detta går inte att ångra; bara en säkerhetskopia kan återställa det.</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>Ta bort kandidat</translation>
    </message>
    <message>
        <source>Candidate deleted</source>
        <translation>Kandidaten har tagits bort</translation>
    </message>
    <message>
        <source>Why is the candidate deleted? The reason is kept in the audit log (no names, please).</source>
        <translation>Varför tas kandidaten bort? Skälet sparas i granskningsloggen (skriv inga namn).</translation>
    </message>
    <message>
        <source>Period duplicated; edit the copy</source>
        <translation>Perioden har duplicerats; redigera kopian</translation>
    </message>
    <message>
        <source>Period deleted: %1.</source>
        <translation>Period borttagen: %1.</translation>
    </message>
    <message>
        <source>Delete the selected row of &apos;%1&apos;? This cannot be undone.</source>
        <translation>Ta bort den markerade raden i ”%1”? Detta går inte att ångra.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>CandidateListWidget</name>
    <message>
        <source>Search name, ID number or case number</source>
        <translation>Sök på namn, id-nummer eller ärendenummer</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Sök kandidater</translation>
    </message>
    <message>
        <source>Ctrl+F. Esc clears the search; Down moves to the list.</source>
        <translation>Ctrl+F. Esc rensar sökningen; nedåtpil flyttar till listan.</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>1 of %1 candidates</source>
        <translation>1 av %1 kandidater</translation>
    </message>
    <message>
        <source>More than %1 of %2 candidates</source>
        <translation>Fler än %1 av %2 kandidater</translation>
    </message>
    <message>
        <source>%1 of %2 candidates</source>
        <translation>%1 av %2 kandidater</translation>
    </message>
    <message>
        <source>No candidate matches this search. Esc clears it.</source>
        <translation>Ingen kandidat matchar sökningen. Esc rensar den.</translation>
    </message>
    <message>
        <source>1 candidate</source>
        <translation>1 kandidat</translation>
    </message>
    <message>
        <source>%1 candidates</source>
        <translation>%1 kandidater</translation>
    </message>
    <message>
        <source>No candidates yet. Add one with File &gt; New candidate (Ctrl+N).</source>
        <translation>Inga kandidater ännu. Lägg till en med Arkiv &gt; Ny kandidat (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>CandidatePrivacyActions</name>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xportera personuppgifter…</translation>
    </message>
    <message>
        <source>Everything about the selected candidate in one file</source>
        <translation>Allt om den markerade kandidaten i en fil</translation>
    </message>
    <message>
        <source>&amp;Erase or anonymise…</source>
        <translation>&amp;Radera eller anonymisera…</translation>
    </message>
    <message>
        <source>Needs the administrator or approver role</source>
        <translation>Kräver rollen administratör eller beslutsfattare</translation>
    </message>
    <message>
        <source>Personal &amp;data</source>
        <translation>&amp;Personuppgifter</translation>
    </message>
    <message>
        <source>Export, erase or anonymise the selected candidate&apos;s personal data</source>
        <translation>Exportera, radera eller anonymisera den markerade kandidatens personuppgifter</translation>
    </message>
    <message>
        <source>Select a candidate first.</source>
        <translation>Markera en kandidat först.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Id-nummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>CaseHistoryWidget</name>
    <message>
        <source>Words in who, what or why</source>
        <translation>Ord i vem, vad eller varför</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrera historiken</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Ärendets historik</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this case yet.</source>
        <translation>Inget har registrerats för det här ärendet ännu.</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 av %2 poster</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 poster</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Admission (opptak)</source>
        <translation>Antagning (opptak)</translation>
    </message>
    <message>
        <source>Exemption (fritak / innpassing)</source>
        <translation>Tillgodoräknande (fritak / innpassing)</translation>
    </message>
    <message>
        <source>Praksiskandidat</source>
        <translation>Praksiskandidat</translation>
    </message>
    <message>
        <source>RKV upper secondary</source>
        <translation>RKV gymnasienivå (videregående)</translation>
    </message>
    <message>
        <source>Industry validation (bransjevalidering)</source>
        <translation>Branschvalidering</translation>
    </message>
    <message>
        <source>Competence map (kompetansekartlegging)</source>
        <translation>Kompetenskartläggning</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>Under bedömning</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Föreslaget</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdat</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Överklagat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Guidance (veiledning)</source>
        <translation>Vägledning</translation>
    </message>
    <message>
        <source>Mapping (kartlegging)</source>
        <translation>Kartläggning</translation>
    </message>
    <message>
        <source>Assessment (vurdering)</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Documentation (dokumentasjon)</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Fagskole emne</source>
        <translation>Fagskole-emne</translation>
    </message>
    <message>
        <source>Fagskole programme (utdanning)</source>
        <translation>Fagskoleutbildning (utdanning)</translation>
    </message>
    <message>
        <source>Lærefag</source>
        <translation>Lærefag (norskt lärlingsyrke)</translation>
    </message>
    <message>
        <source>Fagskole admission</source>
        <translation>Antagning till fagskole</translation>
    </message>
    <message>
        <source>Swedish branschmodell</source>
        <translation>Svensk branschmodell</translation>
    </message>
</context>
<context>
    <name>CaseListWidget</name>
    <message>
        <source>Case number, candidate name or target</source>
        <translation>Ärendenummer, kandidatens namn eller mål</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Sök ärenden</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter för status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Caseworker filter</source>
        <translation>Filter för handläggare</translation>
    </message>
    <message>
        <source>Target filter</source>
        <translation>Filter för mål</translation>
    </message>
    <message>
        <source>Phase filter</source>
        <translation>Filter för fas</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Alla faser</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Endast &amp;försenade</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nytt ärende…</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+Shift+N)</source>
        <translation>Öppna ett nytt ärende (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (försenat)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>F&amp;as:</translation>
    </message>
    <message>
        <source>Take &amp;offline…</source>
        <translation>Ta &amp;offline…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Alla mål</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (exempel)</translation>
    </message>
    <message>
        <source>Checked out to %1 since %2</source>
        <translation>Utcheckat till %1 sedan %2</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 ärende</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 ärenden</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Inga ärenden matchar filtren.</translation>
    </message>
    <message>
        <source>No cases yet. Open one with “New case…” (Ctrl+Shift+N).</source>
        <translation>Inga ärenden ännu. Öppna ett med ”Nytt ärende…” (Ctrl+Shift+N).</translation>
    </message>
</context>
<context>
    <name>CaseResultWidget</name>
    <message>
        <source>Result: full — all %1 outcomes met.</source>
        <translation>Resultat: fullt — alla %1 lärandemål är uppfyllda.</translation>
    </message>
    <message>
        <source>Result: partial — %1 of %2 outcomes met, %3 partly met.</source>
        <translation>Resultat: delvis — %1 av %2 lärandemål uppfyllda, %3 delvis uppfyllda.</translation>
    </message>
    <message>
        <source>Result: partial — %1 of %2 outcomes met.</source>
        <translation>Resultat: delvis — %1 av %2 lärandemål uppfyllda.</translation>
    </message>
    <message>
        <source>Result: none — no outcome met yet (%1 outcomes).</source>
        <translation>Resultat: inget — inget lärandemål är uppfyllt ännu (%1 lärandemål).</translation>
    </message>
    <message>
        <source>Credits recognised: &lt;b&gt;%1 studiepoeng&lt;/b&gt;.</source>
        <translation>Tillgodoräknade studiepoäng: &lt;b&gt;%1 studiepoeng&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Remaining for the programme: &lt;b&gt;%1 studiepoeng&lt;/b&gt;.</source>
        <translation>Återstår av utbildningen: &lt;b&gt;%1 studiepoeng&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>fullständigt</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 av %2 uppfyllda</translation>
    </message>
    <message>
        <source>%1 sp</source>
        <translation>%1 sp</translation>
    </message>
    <message>
        <source>An emne counts with all its credits only when every outcome in it is met:</source>
        <translation>Ett emne (kurs) ger alla sina studiepoäng först när varje lärandemål i det är uppfyllt:</translation>
    </message>
    <message>
        <source>A competence map leads to no decision; it shows what is met and what is missing.</source>
        <translation>En kompetenskartläggning leder inte till något beslut; den visar vad som är uppfyllt och vad som saknas.</translation>
    </message>
    <message>
        <source>Documents alone accepted, because: %1</source>
        <translation>Enbart dokument godtas, eftersom: %1</translation>
    </message>
    <message>
        <source>Before a decision can be proposed:</source>
        <translation>Innan ett beslut kan föreslås:</translation>
    </message>
    <message>
        <source>Met (%1)</source>
        <translation>Uppfyllt (%1)</translation>
    </message>
    <message>
        <source>Partly met (%1)</source>
        <translation>Delvis uppfyllt (%1)</translation>
    </message>
    <message>
        <source>Missing: not met or not assessed (%1)</source>
        <translation>Saknas: inte uppfyllt eller inte bedömt (%1)</translation>
    </message>
    <message>
        <source>Nothing blocks a decision.</source>
        <translation>Inget hindrar ett beslut.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>Ärendenr</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <source>%1 (checked out)</source>
        <translation>%1 (utcheckat)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>inte påbörjat</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (försenat)</translation>
    </message>
    <message>
        <source>Overdue: the due date passed %1 day(s) ago.</source>
        <translation>Försenat: sista datum passerades för %1 dag(ar) sedan.</translation>
    </message>
</context>
<context>
    <name>CaseViewWidget</name>
    <message>
        <source>Ma&amp;pping</source>
        <translation>&amp;Kartläggning</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Intervjuguide</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Hi&amp;storik</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+4 switch between the tabs</source>
        <translation>Ctrl+1 … Ctrl+4 växlar mellan flikarna</translation>
    </message>
    <message>
        <source>Choose a case in the list, or open a new one.</source>
        <translation>Välj ett ärende i listan eller öppna ett nytt.</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>exempel</translation>
    </message>
    <message>
        <source>The target is from the sample catalogue written for trying the program, not an official standard.</source>
        <translation>Målet kommer från exempelkatalogen som är gjord för att prova programmet och är ingen officiell standard.</translation>
    </message>
    <message>
        <source>Appeal &amp;bundle…</source>
        <translation>Överklagande&amp;paket…</translation>
    </message>
    <message>
        <source>The case, its documents, evidence list and history for the appeal body</source>
        <translation>Ärendet, dess dokument, förteckning över underlag och historik för överinstansen</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Ärendeuppgifter</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <source>Their reference (Deres ref.)</source>
        <translation>Er referens (Er ref.)</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>S&amp;ista datum:</translation>
    </message>
    <message>
        <source>Deres &amp;ref.:</source>
        <translation>Er &amp;ref.:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <source>Date of the phase %1</source>
        <translation>Datum för fasen %1</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Faser:</translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation>Spara &amp;uppgifter</translation>
    </message>
    <message>
        <source>Interview notes for %1: someone else saved notes for it meanwhile</source>
        <translation>Intervjuanteckningar för %1: någon annan har sparat anteckningar för det under tiden</translation>
    </message>
    <message>
        <source>Interview notes for %1: they could not be saved</source>
        <translation>Intervjuanteckningar för %1: de kunde inte sparas</translation>
    </message>
    <message>
        <source>Interview notes for %1</source>
        <translation>Intervjuanteckningar för %1</translation>
    </message>
    <message>
        <source>Judgements not saved yet, whose draft could not be written</source>
        <translation>Bedömningar som inte har sparats än och vars utkast inte kunde skrivas</translation>
    </message>
    <message>
        <source>Case details (caseworker, due date, reference, phase dates)</source>
        <translation>Ärendeuppgifter (handläggare, sista datum, referens, datum för faserna)</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Avsluta ärendet</translation>
    </message>
    <message>
        <source>A closed case cannot be opened again or changed. Close it?</source>
        <translation>Ett avslutat ärende kan inte öppnas igen eller ändras. Avsluta det?</translation>
    </message>
    <message>
        <source>The case is now: %1.</source>
        <translation>Ärendet är nu: %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Ärende %1</translation>
    </message>
    <message>
        <source>Your changes were dropped; these are the details saved last.</source>
        <translation>Dina ändringar förkastades; det här är de senast sparade uppgifterna.</translation>
    </message>
    <message>
        <source>Branschmodell</source>
        <translation>Branschmodell</translation>
    </message>
    <message>
        <source>Practice time</source>
        <translation>Yrkeserfarenhet</translation>
    </message>
    <message>
        <source>met</source>
        <translation>uppfyllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>inte uppfyllt</translation>
    </message>
    <message>
        <source>needs your judgement</source>
        <translation>behöver din bedömning</translation>
    </message>
    <message>
        <source>Practice time for %1: %2.</source>
        <translation>Yrkeserfarenhet för %1: %2.</translation>
    </message>
    <message>
        <source>Counted: %1 h of %2 h required.</source>
        <translation>Medräknat: %1 tim av %2 tim som krävs.</translation>
    </message>
    <message>
        <source>Remaining: %1 h.</source>
        <translation>Återstår: %1 tim.</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Syfte: %1</translation>
    </message>
    <message>
        <source>The purpose is chosen when the case is opened.</source>
        <translation>Syftet väljs när ärendet öppnas.</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(overdue since %1)</source>
        <translation>(försenat sedan %1)</translation>
    </message>
    <message>
        <source>Move the case to: %1</source>
        <translation>Flytta ärendet till: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The case has changes that are not saved:</source>
        <translation>Ärendet har ändringar som inte har sparats:</translation>
    </message>
    <message>
        <source>Save them now (notes someone else changed meanwhile are compared with theirs first), discard them, or go back to the case?</source>
        <translation>Vill du spara dem nu (anteckningar som någon annan har ändrat under tiden jämförs först med deras), slänga dem eller gå tillbaka till ärendet?</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Påbörja bedömning</translation>
    </message>
    <message>
        <source>Back to assessment</source>
        <translation>Tillbaka till bedömning</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Tillbaka till utkast</translation>
    </message>
    <message>
        <source>Propose decision</source>
        <translation>Föreslå beslut</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Utfärda</translation>
    </message>
    <message>
        <source>Register appeal</source>
        <translation>Registrera överklagande</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Avsluta ärendet</translation>
    </message>
</context>
<context>
    <name>CataloguePageWidget</name>
    <message>
        <source>Kind of standard to show</source>
        <translation>Typ av standard som ska visas</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Code or title</source>
        <translation>Kod eller titel</translation>
    </message>
    <message>
        <source>Search standards</source>
        <translation>Sök standarder</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>Import a catalogue JSON file, a CSV outcome table or a Udir Grep JSON file.</source>
        <translation>Importera en katalogfil i JSON, en CSV-tabell med lärandemål eller en JSON-fil från Udirs Grep.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>Write the whole catalogue to a JSON file in this program&apos;s format.</source>
        <translation>Skriv hela katalogen till en JSON-fil i programmets eget format.</translation>
    </message>
    <message>
        <source>Load &amp;sample catalogue</source>
        <translation>Läs in &amp;exempelkatalog</translation>
    </message>
    <message>
        <source>Add the sample standards written by the project for trying the program (not official texts).</source>
        <translation>Lägg in exempelstandarderna som projektet har gjort för att prova programmet (inte officiella texter).</translation>
    </message>
    <message>
        <source>Catalogue message</source>
        <translation>Meddelande från katalogen</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standarder</translation>
    </message>
    <message>
        <source>Language of the outcome texts</source>
        <translation>Språk för lärandemålens texter</translation>
    </message>
    <message>
        <source>Text &amp;language:</source>
        <translation>Sp&amp;råk för texterna:</translation>
    </message>
    <message>
        <source>Details of the selected standard</source>
        <translation>Uppgifter om den markerade standarden</translation>
    </message>
    <message>
        <source>Select a standard to see its details.</source>
        <translation>Markera en standard för att se uppgifterna.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Inget importerades från %1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>%1: nothing changed; every standard in the file is already in the catalogue.</source>
        <translation>%1: inget ändrades; alla standarder i filen finns redan i katalogen.</translation>
    </message>
    <message>
        <source>1 standard added</source>
        <translation>1 standard tillagd</translation>
    </message>
    <message>
        <source>%1 standards added</source>
        <translation>%1 standarder tillagda</translation>
    </message>
    <message>
        <source>1 updated</source>
        <translation>1 uppdaterad</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 uppdaterade</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>Inget importerades från ”%1”.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Var: %1</translation>
    </message>
    <message>
        <source>What is wrong: %1</source>
        <translation>Vad som är fel: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>The catalogue could not be written to %1: %2. Choose another folder.</source>
        <translation>Katalogen kunde inte skrivas till %1: %2. Välj en annan mapp.</translation>
    </message>
    <message>
        <source>The catalogue was not exported: %1</source>
        <translation>Katalogen exporterades inte: %1</translation>
    </message>
    <message>
        <source>1 standard exported to %1.</source>
        <translation>1 standard exporterad till %1.</translation>
    </message>
    <message>
        <source>%1 standards exported to %2.</source>
        <translation>%1 standarder exporterade till %2.</translation>
    </message>
    <message>
        <source>The sample catalogue was not loaded: %1</source>
        <translation>Exempelkatalogen lästes inte in: %1</translation>
    </message>
    <message>
        <source>Sample catalogue loaded: %1 standards. They are marked “Sample”: written by the project for trying the program, not official texts.</source>
        <translation>Exempelkatalogen har lästs in: %1 standarder. De är märkta ”Exempel”: gjorda av projektet för att prova programmet, inte officiella texter.</translation>
    </message>
    <message>
        <source>Import standards</source>
        <translation>Importera standarder</translation>
    </message>
    <message>
        <source>Catalogue files (*.json *.csv *.txt)</source>
        <translation>Katalogfiler (*.json *.csv *.txt)</translation>
    </message>
    <message>
        <source>Catalogue JSON or Udir Grep JSON (*.json)</source>
        <translation>Katalog i JSON eller JSON från Udirs Grep (*.json)</translation>
    </message>
    <message>
        <source>CSV outcome table (*.csv *.txt)</source>
        <translation>CSV-tabell med lärandemål (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>Export the catalogue</source>
        <translation>Exportera katalogen</translation>
    </message>
    <message>
        <source>Catalogue JSON (*.json)</source>
        <translation>Katalog i JSON (*.json)</translation>
    </message>
    <message>
        <source>1 standard</source>
        <translation>1 standard</translation>
    </message>
    <message>
        <source>%1 standards</source>
        <translation>%1 standarder</translation>
    </message>
    <message>
        <source>%1 of %2 standards</source>
        <translation>%1 av %2 standarder</translation>
    </message>
    <message>
        <source>The catalogue is empty. Import a catalogue file with “Import…”, or load the sample catalogue to try the program.</source>
        <translation>Katalogen är tom. Importera en katalogfil med ”Importera…” eller läs in exempelkatalogen för att prova programmet.</translation>
    </message>
    <message>
        <source>No standard matches this kind and search.</source>
        <translation>Ingen standard matchar typen och sökningen.</translation>
    </message>
    <message>
        <source>%1 · code %2 · version %3</source>
        <translation>%1 · kod %2 · version %3</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>written by the project for demonstration; not an official text.</source>
        <translation>gjord av projektet för demonstration; ingen officiell text.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Giltig från</translation>
    </message>
    <message>
        <source>NKR %1 (EQF %2)</source>
        <translation>NKR %1 (EQF %2)</translation>
    </message>
    <message>
        <source>Studiepoeng</source>
        <translation>Studiepoeng</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Reason for the level</source>
        <translation>Motivering av nivån</translation>
    </message>
    <message>
        <source>none (a degree needs 60–90 or at least 120 studiepoeng)</source>
        <translation>ingen (en examen kräver 60–90 eller minst 120 studiepoeng)</translation>
    </message>
    <message>
        <source>Total studiepoeng</source>
        <translation>Studiepoeng totalt</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>%1 hours (%2 months at 145 hours a month)</source>
        <translation>%1 timmar (%2 månader à 145 timmar i månaden)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>Læreplan</source>
        <translation>Læreplan (ämnesplan)</translation>
    </message>
    <message>
        <source>Vg3 programme area</source>
        <translation>Programområde Vg3</translation>
    </message>
    <message>
        <source>Utdanningsprogram</source>
        <translation>Utdanningsprogram (program)</translation>
    </message>
    <message>
        <source>Læretid</source>
        <translation>Læretid (lärlingstid)</translation>
    </message>
    <message>
        <source>Required praksis</source>
        <translation>Krav på yrkeserfarenhet</translation>
    </message>
    <message>
        <source>Theory exam</source>
        <translation>Teoriprov</translation>
    </message>
    <message>
        <source>Extra certificates</source>
        <translation>Ytterligare certifikat</translation>
    </message>
    <message>
        <source>This lærefag has no kompetansemål yet. Import its kompetansemålsett from Udir Grep to add them.</source>
        <translation>Detta lærefag har inga kompetansemål ännu. Importera dess kompetansemålsett från Udirs Grep för att lägga in dem.</translation>
    </message>
    <message>
        <source>%1 or older in the admission year (NOKUT-approved art programme, %2)</source>
        <translation>Fyller minst %1 år under antagningsåret (NOKUT-godkänd konstnärlig utbildning, %2)</translation>
    </message>
    <message>
        <source>%1 or older in the admission year (%2)</source>
        <translation>Fyller minst %1 år under antagningsåret (%2)</translation>
    </message>
    <message>
        <source>Yes: admission on realkompetanse is not available for this programme</source>
        <translation>Ja: antagning på grundval av reell kompetens är inte möjlig för den här utbildningen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Age rule</source>
        <translation>Åldersregel</translation>
    </message>
    <message>
        <source>Requires an authorisation</source>
        <translation>Kräver legitimation</translation>
    </message>
    <message>
        <source>This standard has no outcomes yet.</source>
        <translation>Den här standarden har inga lärandemål ännu.</translation>
    </message>
    <message>
        <source>Outcomes (%1)</source>
        <translation>Lärandemål (%1)</translation>
    </message>
    <message>
        <source>Emner (%1)</source>
        <translation>Emner (%1)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Kompetansemål (%1)</source>
        <translation>Kompetansemål (%1)</translation>
    </message>
    <message>
        <source>No kompetansemål imported for this area.</source>
        <translation>Inga kompetansemål har importerats för det här området.</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificate settings</source>
        <translation>Inställningar för kompetensbevis</translation>
    </message>
    <message>
        <source>Type of quality assurance</source>
        <translation>Typ av kvalitetssäkring</translation>
    </message>
    <message>
        <source>{org}, {yyyy}, {yy} and {seq} or {seq:06}</source>
        <translation>{org}, {yyyy}, {yy} och {seq} eller {seq:06}</translation>
    </message>
    <message>
        <source>initials of the organisation</source>
        <translation>organisationens initialer</translation>
    </message>
    <message>
        <source>Validation of prior learning, no training</source>
        <translation>Validering av reell kompetens, utan utbildning</translation>
    </message>
    <message>
        <source>Work practice</source>
        <translation>Arbetslivserfarenhet</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>På plats</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>På distans</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>Kombinerad</translation>
    </message>
    <message>
        <source>&amp;Quality assurance:</source>
        <translation>&amp;Kvalitetssäkring:</translation>
    </message>
    <message>
        <source>&amp;Number pattern:</source>
        <translation>&amp;Nummermönster:</translation>
    </message>
    <message>
        <source>&amp;Organisation code:</source>
        <translation>&amp;Organisationskod:</translation>
    </message>
    <message>
        <source>&amp;Participation:</source>
        <translation>&amp;Deltagandeform:</translation>
    </message>
</context>
<context>
    <name>CheckoutLabel</name>
    <message>
        <source>Checked out to %1 by %2 since %3.</source>
        <translation>Utcheckat till %1 av %2 sedan %3.</translation>
    </message>
    <message>
        <source>Checked out by %1 since %2.</source>
        <translation>Utcheckat av %1 sedan %2.</translation>
    </message>
    <message>
        <source>Changes made here meanwhile are compared when it comes back.</source>
        <translation>Ändringar som görs här under tiden jämförs när det kommer tillbaka.</translation>
    </message>
    <message>
        <source>An offline copy from the office (received %1). When the work is done, write the file for the office with File → Take cases offline…</source>
        <translation>En offlinekopia från kontoret (mottagen %1). När arbetet är klart skriver du filen till kontoret med Arkiv → Ta ärenden offline…</translation>
    </message>
</context>
<context>
    <name>CompetenceMapWidget</name>
    <message>
        <source>One column per target. The bar counts the outcomes met, partly met and missing; “indicated” means the candidate&apos;s history suggests evidence that nobody has judged yet.</source>
        <translation>En kolumn per mål. Stapeln räknar lärandemål som är uppfyllda, delvis uppfyllda och som saknas; ”indikerat” betyder att kandidatens historik pekar på underlag som ingen har bedömt ännu.</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Lägg till mål…</translation>
    </message>
    <message>
        <source>Compare the candidate&apos;s history with one more standard from the catalogue.</source>
        <translation>Jämför kandidatens historik med ytterligare en standard från katalogen.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Read the judgements and the history again (F5).</source>
        <translation>Läs in bedömningarna och historiken på nytt (F5).</translation>
    </message>
    <message>
        <source>Competence map: %1</source>
        <translation>Kompetenskarta: %1</translation>
    </message>
    <message>
        <source>Competence map</source>
        <translation>Kompetenskarta</translation>
    </message>
    <message>
        <source>Open a candidate first.</source>
        <translation>Öppna en kandidat först.</translation>
    </message>
    <message>
        <source>The catalogue is empty. Import standards or load the sample catalogue on the Catalogue page first.</source>
        <translation>Katalogen är tom. Importera standarder eller läs in exempelkatalogen på sidan Katalog först.</translation>
    </message>
    <message>
        <source>Every standard in the catalogue is already on this map.</source>
        <translation>Alla standarder i katalogen finns redan på den här kartan.</translation>
    </message>
    <message>
        <source>The target was not added: %1</source>
        <translation>Målet lades inte till: %1</translation>
    </message>
    <message>
        <source>Added %1 (case %2).</source>
        <translation>Lade till %1 (ärende %2).</translation>
    </message>
    <message>
        <source>Choose a candidate in the candidate list and open “Competence map” to compare their history with fagskole modules, programmes and lærefag.</source>
        <translation>Välj en kandidat i kandidatlistan och öppna ”Kompetenskarta” för att jämföra historiken med fagskole-emner, utbildningar och lærefag.</translation>
    </message>
    <message>
        <source>No targets yet. Add up to three or more targets to compare the candidate&apos;s history against them: use “Add target…” and pick fagskole modules, programmes or lærefag from the catalogue.</source>
        <translation>Inga mål ännu. Lägg till tre eller fler mål att jämföra kandidatens historik med: använd ”Lägg till mål…” och välj fagskole-emner, utbildningar eller lærefag från katalogen.</translation>
    </message>
</context>
<context>
    <name>ComponentResultsTableModel</name>
    <message>
        <source>blocked: a prerequisite is not met</source>
        <translation>spärrat: en förutsättning är inte uppfylld</translation>
    </message>
    <message>
        <source>counts: passed</source>
        <translation>räknas: godkänt</translation>
    </message>
    <message>
        <source>counts: failed</source>
        <translation>räknas: underkänt</translation>
    </message>
    <message>
        <source>replaced by a later attempt</source>
        <translation>ersatt av ett senare försök</translation>
    </message>
    <message>
        <source>does not count (see the explanation)</source>
        <translation>räknas inte (se förklaringen)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Delprov</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Räknas</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>Test centre</source>
        <translation>Testcenter</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Ackreditering</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Fields changed here and by the other person</source>
        <translation>Fält som har ändrats här och av den andra personen</translation>
    </message>
    <message>
        <source>&amp;Changed fields:</source>
        <translation>&amp;Ändrade fält:</translation>
    </message>
    <message>
        <source>Their save changed none of these fields; your changes can be saved as they are.</source>
        <translation>Deras sparning ändrade inget av de här fälten; dina ändringar kan sparas som de är.</translation>
    </message>
    <message>
        <source>Show whole ID &amp;numbers</source>
        <translation>Visa hela id-&amp;numren</translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation>&amp;Spara sammanfogat</translation>
    </message>
    <message>
        <source>Save the merged version shown in the last column</source>
        <translation>Spara den sammanfogade versionen som visas i sista kolumnen</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>&amp;Förkasta mina</translation>
    </message>
    <message>
        <source>Drop your changes and show the version they saved</source>
        <translation>Släpp dina ändringar och visa den version som de sparade</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Back to the form: your changes stay there, not saved yet</source>
        <translation>Tillbaka till formuläret: dina ändringar finns kvar där, inte sparade ännu</translation>
    </message>
    <message>
        <source>It was saved again while you were choosing. Look at the newest version and save again.</source>
        <translation>Det sparades igen medan du valde. Titta på den senaste versionen och spara igen.</translation>
    </message>
    <message>
        <source>Someone else saved this candidate while you were editing</source>
        <translation>Någon annan sparade den här kandidaten medan du redigerade</translation>
    </message>
    <message>
        <source>Someone else saved this case while you were editing</source>
        <translation>Någon annan sparade det här ärendet medan du redigerade</translation>
    </message>
    <message>
        <source>Someone else saved this judgement while you were editing</source>
        <translation>Någon annan sparade den här bedömningen medan du redigerade</translation>
    </message>
    <message>
        <source>Someone else saved this while you were editing</source>
        <translation>Någon annan sparade detta medan du redigerade</translation>
    </message>
    <message>
        <source>%1 saved it at %2.</source>
        <translation>%1 sparade det %2.</translation>
    </message>
    <message>
        <source>%1 saved it.</source>
        <translation>%1 sparade det.</translation>
    </message>
    <message>
        <source>It was saved at %1.</source>
        <translation>Det sparades %1.</translation>
    </message>
    <message>
        <source>Changes made on one side only are merged already. The highlighted rows (⚠) were changed on both sides: choose for each which version to keep. Nothing is saved until you press Save merged.</source>
        <translation>Ändringar som bara har gjorts på en sida är redan sammanfogade. De markerade raderna (⚠) ändrades på båda sidor: välj för varje rad vilken version som ska behållas. Inget sparas förrän du trycker på Spara sammanfogat.</translation>
    </message>
    <message>
        <source>None of your changes clash with theirs: the last column shows both merged. Nothing is saved until you press Save merged.</source>
        <translation>Inga av dina ändringar krockar med deras: sista kolumnen visar båda sammanfogade. Inget sparas förrän du trycker på Spara sammanfogat.</translation>
    </message>
    <message>
        <source>Theirs
saved by %1
%2</source>
        <translation>Deras
sparat av %1
%2</translation>
    </message>
    <message>
        <source>Theirs
saved by %1</source>
        <translation>Deras
sparat av %1</translation>
    </message>
    <message>
        <source>Theirs
saved %1</source>
        <translation>Deras
sparat %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deras</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mina</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>din version</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>deras version</translation>
    </message>
    <message>
        <source>the same on both sides</source>
        <translation>samma på båda sidor</translation>
    </message>
    <message>
        <source>Which %1 to keep</source>
        <translation>Välj vad som ska behållas för %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Behåll min version: %1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Använd deras version: %1</translation>
    </message>
    <message>
        <source>Combine both (theirs, then mine)</source>
        <translation>Kombinera båda (deras först, sedan din)</translation>
    </message>
    <message>
        <source>Changed by you only: yours is kept</source>
        <translation>Ändrat bara av dig: din version behålls</translation>
    </message>
    <message>
        <source>Changed by them only: theirs is taken</source>
        <translation>Ändrat bara av dem: deras version används</translation>
    </message>
    <message>
        <source>Changed alike on both sides</source>
        <translation>Ändrat likadant på båda sidor</translation>
    </message>
    <message>
        <source>Changed differently on both sides: choose which to keep</source>
        <translation>Ändrat olika på båda sidor: välj vilken version som ska behållas</translation>
    </message>
    <message>
        <source>Choose a version for every highlighted row first</source>
        <translation>Välj först en version för varje markerad rad</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <source>Type of ID number</source>
        <translation>Typ av id-nummer</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Id-nummer</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Er referens</translation>
    </message>
    <message>
        <source>Practice-time rule profile</source>
        <translation>Regelprofil för yrkeserfarenhet</translation>
    </message>
    <message>
        <source>Why documents alone are enough</source>
        <translation>Varför enbart dokument räcker</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Intervjuanteckningar</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Databasanslutning</translation>
    </message>
    <message>
        <source>An office with several caseworkers keeps its cases on one PostgreSQL server that the IT department runs; every desktop is pointed at it here. The change applies the next time rpl-desktop starts.</source>
        <translation>Ett kontor med flera handläggare har sina ärenden på en gemensam PostgreSQL-server som it-avdelningen driver; här pekar du ut den för varje dator. Ändringen gäller nästa gång rpl-desktop startar.</translation>
    </message>
    <message>
        <source>Use the database on &amp;this computer</source>
        <translation>Använd databasen på den &amp;här datorn</translation>
    </message>
    <message>
        <source>Use a &amp;shared PostgreSQL server</source>
        <translation>Använd en &amp;gemensam PostgreSQL-server</translation>
    </message>
    <message>
        <source>e.g. db.vestfjell.no</source>
        <translation>t.ex. db.vestfjell.no</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer (OS keyring)</source>
        <translation>&amp;Kom ihåg lösenordet på den här datorn (nyckelring i operativsystemet)</translation>
    </message>
    <message>
        <source>No keyring on this computer: you will be asked for the password at each start.</source>
        <translation>Ingen nyckelring på den här datorn: du får ange lösenordet vid varje start.</translation>
    </message>
    <message>
        <source>Otherwise you are asked for it at each start. It is never written to a file.</source>
        <translation>Annars får du ange det vid varje start. Det skrivs aldrig till någon fil.</translation>
    </message>
    <message>
        <source>Off (only on a trusted network)</source>
        <translation>Av (bara i ett betrott nätverk)</translation>
    </message>
    <message>
        <source>Use SSL when the server offers it</source>
        <translation>Använd SSL om servern erbjuder det</translation>
    </message>
    <message>
        <source>Require SSL</source>
        <translation>Kräv SSL</translation>
    </message>
    <message>
        <source>Require SSL and check the server&apos;s certificate</source>
        <translation>Kräv SSL och kontrollera serverns certifikat</translation>
    </message>
    <message>
        <source>Require SSL, check the certificate and the server name</source>
        <translation>Kräv SSL, kontrollera certifikatet och servernamnet</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Servernamn eller adress</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Databasnamn</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Databasanvändare</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>SS&amp;L:</source>
        <translation>&amp;SSL:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-läge</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>The environment variable %1 is set and takes precedence over this setting.</source>
        <translation>Miljövariabeln %1 är satt och har företräde framför den här inställningen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <source>The password could not be kept in the OS keyring. Untick “Remember the password” to be asked for it at each start.</source>
        <translation>Lösenordet kunde inte sparas i operativsystemets nyckelring. Avmarkera ”Kom ihåg lösenordet” för att i stället få ange det vid varje start.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <source>Choose a country or type its two-letter ISO code, e.g. IS or RO</source>
        <translation>Välj ett land eller skriv dess ISO-kod med två bokstäver, t.ex. IS eller RO</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>Redigera kurs</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>Lägg till kurs</translation>
    </message>
    <message>
        <source>Course provider</source>
        <translation>Kursanordnare</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Kursens titel</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>Datum för slutförande</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Kursanordnare:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>T&amp;immar:</translation>
    </message>
    <message>
        <source>&amp;Completed:</source>
        <translation>&amp;Slutförd:</translation>
    </message>
    <message>
        <source>Write the hours as a number, e.g. 7,5.</source>
        <translation>Skriv timmarna som ett tal, t.ex. 7,5.</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
</context>
<context>
    <name>CoverageBarWidget</name>
    <message>
        <source>No outcomes</source>
        <translation>Inga lärandemål</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>rpl-desktop: unexpected error</source>
        <translation>rpl-desktop: oväntat fel</translation>
    </message>
    <message>
        <source>rpl-desktop ran into a bug</source>
        <translation>rpl-desktop stötte på ett programfel</translation>
    </message>
    <message>
        <source>This is an error in the program, not something you did. What was saved before it happened is kept. If it happens again, copy the report below and send it with a short description of what you were doing. The report contains program versions and where in the program the error happened; read it before you send it.</source>
        <translation>Detta är ett fel i programmet, inte något du har gjort. Det som sparades innan felet inträffade finns kvar. Om det händer igen, kopiera rapporten nedan och skicka den med en kort beskrivning av vad du höll på med. Rapporten innehåller programversioner och var i programmet felet inträffade; läs den innan du skickar den.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Felrapport</translation>
    </message>
    <message>
        <source>Co&amp;py report</source>
        <translation>&amp;Kopiera rapport</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>Shared PostgreSQL server: %1</source>
        <translation>Gemensam PostgreSQL-server: %1</translation>
    </message>
    <message>
        <source>The database on this computer (in %1)</source>
        <translation>Databasen på den här datorn (i %1)</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Databaslösenord</translation>
    </message>
    <message>
        <source>Password of the database user %1 on %2:</source>
        <translation>Lösenord för databasanvändaren %1 på %2:</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidget</name>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Anslutning…</translation>
    </message>
    <message>
        <source>Use the database on this computer or a shared PostgreSQL server</source>
        <translation>Använd databasen på den här datorn eller en gemensam PostgreSQL-server</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Används nu: %1</translation>
    </message>
    <message>
        <source>After a restart: %1</source>
        <translation>Efter omstart: %1</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Type the date as dd.mm.yyyy (also d.m.yyyy or yyyy-mm-dd). Alt+Down opens a calendar.</source>
        <translation>Skriv datumet som dd.mm.åååå (även d.m.åååå eller åååå-mm-dd). Alt+nedåtpil öppnar en kalender.</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Välj datumet i en kalender (Alt+nedåtpil)</translation>
    </message>
    <message>
        <source>Open calendar</source>
        <translation>Öppna kalender</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy, e.g. 01.08.2019.</source>
        <translation>Skriv datumet som dd.mm.åååå, t.ex. 01.08.2019.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 01.08.2019.</source>
        <translation>Skriv året med fyra siffror, t.ex. 01.08.2019.</translation>
    </message>
    <message>
        <source>There is no month %1. %2</source>
        <translation>Det finns ingen månad %1. %2</translation>
    </message>
    <message>
        <source>The year %1 looks mistyped; give a year between %2 and %3.</source>
        <translation>Året %1 ser felskrivet ut; ange ett år mellan %2 och %3.</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 %3 has %4 days.</source>
        <translation>%1 är inte ett datum: %2 %3 har %4 dagar.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>DocumentsTabWidget</name>
    <message>
        <source>Kind of document</source>
        <translation>Dokumenttyp</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Dokumentets språk</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Förhandsgranska</translation>
    </message>
    <message>
        <source>Build the document as it would be issued now (nothing is stored)</source>
        <translation>Skapa dokumentet så som det skulle utfärdas nu (inget sparas)</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Utfärda…</translation>
    </message>
    <message>
        <source>Store the document as issued. It can never be changed; a correction is a new version.</source>
        <translation>Spara dokumentet som utfärdat. Det kan aldrig ändras; en rättelse blir en ny version.</translation>
    </message>
    <message>
        <source>Certificate settings…</source>
        <translation>Inställningar för kompetensbevis…</translation>
    </message>
    <message>
        <source>Quality assurance text and certificate numbers</source>
        <translation>Text om kvalitetssäkring och nummer på kompetensbevis</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Issued documents</source>
        <translation>Utfärdade dokument</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Reason for the new version</source>
        <translation>Motivering av den nya versionen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Show the issued version in the viewer (its SHA-256 is checked)</source>
        <translation>Visa den utfärdade versionen i visningsprogrammet (dess SHA-256 kontrolleras)</translation>
    </message>
    <message>
        <source>&amp;Save copy…</source>
        <translation>Spara &amp;kopia…</translation>
    </message>
    <message>
        <source>Write the issued PDF and its archive sidecar (JSON) into a folder</source>
        <translation>Skriv den utfärdade PDF-filen och tillhörande arkivfil (JSON) till en mapp</translation>
    </message>
    <message>
        <source>Nothing issued yet.</source>
        <translation>Inget har utfärdats ännu.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utfärdat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Preview, not issued: %1 in %2, %3 page(s).</source>
        <translation>Förhandsgranskning, inte utfärdat: %1 (%2), %3 sida/sidor.</translation>
    </message>
    <message>
        <source>The certificate cannot be issued until these are filled in:</source>
        <translation>Kompetensbeviset kan inte utfärdas förrän detta har fyllts i:</translation>
    </message>
    <message>
        <source>Issue a corrected version</source>
        <translation>Utfärda en rättad version</translation>
    </message>
    <message>
        <source>Version %1 of this document was issued on %2. Why is a new version issued?</source>
        <translation>Version %1 av det här dokumentet utfärdades %2. Varför utfärdas en ny version?</translation>
    </message>
    <message>
        <source>A new version needs the reason for the correction.</source>
        <translation>En ny version kräver en motivering av rättelsen.</translation>
    </message>
    <message>
        <source>Issue the document</source>
        <translation>Utfärda dokumentet</translation>
    </message>
    <message>
        <source>Issue the %1 in %2? It is stored as sent and can never be changed afterwards.</source>
        <translation>Utfärda ”%1” (%2)? Dokumentet sparas som skickat och kan aldrig ändras efteråt.</translation>
    </message>
    <message>
        <source>Issued version %1 (SHA-256 %2…).</source>
        <translation>Utfärdade version %1 (SHA-256 %2…).</translation>
    </message>
    <message>
        <source>Issued version %1 of %2 (%3), %4 page(s).</source>
        <translation>Utfärdad version %1 av ”%2” (%3), %4 sida/sidor.</translation>
    </message>
    <message>
        <source>Save a copy of the issued document in</source>
        <translation>Spara en kopia av det utfärdade dokumentet i</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Sparade %1 och %2.</translation>
    </message>
    <message>
        <source>Vedtak (decision letter)</source>
        <translation>Beslut (vedtak)</translation>
    </message>
    <message>
        <source>Kompetansebevis (certificate)</source>
        <translation>Kompetensbevis (kompetansebevis)</translation>
    </message>
    <message>
        <source>Full certificate of the model (yrkesbevis)</source>
        <translation>Yrkesbevis (modellens fullständiga bevis)</translation>
    </message>
    <message>
        <source>Intyg (passed and missing modules)</source>
        <translation>Intyg (godkända och saknade moduler)</translation>
    </message>
    <message>
        <source>Kartläggningsutlåtande (mapping statement)</source>
        <translation>Kartläggningsutlåtande</translation>
    </message>
    <message>
        <source>Competence map</source>
        <translation>Kompetenskarta</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Svenska</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>the learner&apos;s name</source>
        <translation>den bedömdas namn</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>titeln</translation>
    </message>
    <message>
        <source>the issuer&apos;s country and region (organisation profile)</source>
        <translation>utfärdarens land och region (organisationsprofil)</translation>
    </message>
    <message>
        <source>the awarding body (organisation profile)</source>
        <translation>utfärdande organ (organisationsprofil)</translation>
    </message>
    <message>
        <source>the date of issue</source>
        <translation>utfärdandedatumet</translation>
    </message>
    <message>
        <source>learning outcomes: at least one approved item</source>
        <translation>lärandemål: minst ett godkänt mål</translation>
    </message>
    <message>
        <source>the workload (studiepoeng, hours or YH-poäng of the standard)</source>
        <translation>omfattningen (standardens studiepoeng, timmar eller YH-poäng)</translation>
    </message>
    <message>
        <source>the level (NKR, EQF or SeQF)</source>
        <translation>nivån (NKR, EQF eller SeQF)</translation>
    </message>
    <message>
        <source>the type of assessment (methods in the judgements)</source>
        <translation>typen av bedömning (metoderna i bedömningarna)</translation>
    </message>
    <message>
        <source>the form of participation (certificate settings)</source>
        <translation>deltagandeformen (inställningar för kompetensbevis)</translation>
    </message>
    <message>
        <source>the type of quality assurance (certificate settings)</source>
        <translation>typen av kvalitetssäkring (inställningar för kompetensbevis)</translation>
    </message>
    <message>
        <source>the certificate number</source>
        <translation>kompetensbevisets nummer</translation>
    </message>
    <message>
        <source>the date the assessment was signed</source>
        <translation>datumet då bedömningen undertecknades</translation>
    </message>
    <message>
        <source>the assessor&apos;s id</source>
        <translation>bedömarens id</translation>
    </message>
    <message>
        <source>the test centre&apos;s accreditation id</source>
        <translation>testcentrets ackrediterings-id</translation>
    </message>
</context>
<context>
    <name>DraftRestore</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Restore unsaved changes from %1?</source>
        <translation>Återställa osparade ändringar från %1?</translation>
    </message>
    <message>
        <source>Changes to %1 were not saved when the program last stopped. Restore puts them back in the form; they are kept only when you save. Discard deletes them.</source>
        <translation>Ändringarna i %1 sparades inte när programmet avslutades senast. Återställ lägger tillbaka dem i formuläret; de behålls bara om du sparar. Förkasta tar bort dem.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Förkasta</translation>
    </message>
    <message>
        <source>a new candidate</source>
        <translation>en ny kandidat</translation>
    </message>
    <message>
        <source>candidate %1</source>
        <translation>kandidat %1</translation>
    </message>
    <message>
        <source>the judgements of case %1</source>
        <translation>bedömningarna i ärende %1</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>• a batch of certificates: %1 of %2 done</source>
        <translation>• en körning med kompetensbevis: %1 av %2 klara</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>Osparat arbete hittades</translation>
    </message>
    <message>
        <source>The program stopped last time before this work was saved or finished:</source>
        <translation>Programmet avslutades förra gången innan det här arbetet hade sparats eller slutförts:</translation>
    </message>
    <message>
        <source>Open the candidate or case to restore its unsaved changes. An interrupted batch of certificates can be resumed from the Documents tab of a case.</source>
        <translation>Öppna kandidaten eller ärendet för att återställa de osparade ändringarna. En avbruten körning med kompetensbevis kan återupptas från fliken Dokument i ett ärende.</translation>
    </message>
</context>
<context>
    <name>EraseCandidateDialog</name>
    <message>
        <source>Erase or anonymise a candidate</source>
        <translation>Radera eller anonymisera en kandidat</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (candidate %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (kandidat %2)</translation>
    </message>
    <message>
        <source>The register holds: %1.</source>
        <translation>Registret innehåller: %1.</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Ärenden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Erase: delete the candidate and &amp;everything about them</source>
        <translation>Radera: ta bort kandidaten och &amp;allt som rör kandidaten</translation>
    </message>
    <message>
        <source>Anonymise: remove the &amp;person, keep the case record</source>
        <translation>Anonymisera: ta bort &amp;personen, behåll ärendeuppgifterna</translation>
    </message>
    <message>
        <source>The name becomes “Anonymisert kandidat”; the ID number, birth date, contact data, employers, notes, reasons, attachments and the issued PDFs go. The standard, judgements, dates, result and the issued documents&apos; numbers and checksums stay.</source>
        <translation>Namnet blir ”Anonymisert kandidat”; id-nummer, födelsedatum, kontaktuppgifter, arbetsgivare, anteckningar, motiveringar, bilagor och de utfärdade PDF-filerna tas bort. Standarden, bedömningarna, datumen, resultatet samt de utfärdade dokumentens nummer och kontrollsummor finns kvar.</translation>
    </message>
    <message>
        <source>It cannot be erased before then; anonymise instead.</source>
        <translation>Kandidaten kan inte raderas före dess; anonymisera i stället.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>e.g. the candidate&apos;s request of 3 March</source>
        <translation>t.ex. kandidatens begäran den 3 mars</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the log; do not write the candidate&apos;s name):</source>
        <translation>&amp;Skäl (sparas i loggen; skriv inte kandidatens namn):</translation>
    </message>
    <message>
        <source>I understand that this cannot be &amp;undone</source>
        <translation>Jag förstår att detta inte går att å&amp;ngra</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Erasing and anonymising need the administrator or approver role; %1 has neither. Ask an administrator or an approver.</source>
        <translation>Att radera och anonymisera kräver rollen administratör eller beslutsfattare; %1 har ingen av dem. Fråga en administratör eller en beslutsfattare.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymisera</translation>
    </message>
    <message>
        <source>Give the reason and tick the confirmation first.</source>
        <translation>Ange skälet och kryssa i bekräftelsen först.</translation>
    </message>
</context>
<context>
    <name>EvaluationLinesModel</name>
    <message>
        <source>met</source>
        <translation>uppfyllt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>inte uppfyllt</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Link evidence to %1</source>
        <translation>Koppla underlag till %1</translation>
    </message>
    <message>
        <source>Evidence from the candidate&apos;s history</source>
        <translation>Underlag från kandidatens historik</translation>
    </message>
    <message>
        <source>&amp;Tick the evidence that shows this outcome (Space ticks):</source>
        <translation>&amp;Markera underlaget som visar det här lärandemålet (mellanslag markerar):</translation>
    </message>
    <message>
        <source>Everything in the candidate&apos;s history is linked already, or the history is empty. Add periods, files, exams or courses on the candidate&apos;s page.</source>
        <translation>Allt i kandidatens historik är redan kopplat, eller så är historiken tom. Lägg till perioder, filer, prov eller kurser på kandidatens sida.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>K&amp;oppla</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Översatt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2…</source>
        <translation>%1, SHA-256 %2…</translation>
    </message>
    <message>
        <source>Checked against the original document</source>
        <translation>Kontrollerad mot originalhandlingen</translation>
    </message>
    <message>
        <source>A certified translation is attached</source>
        <translation>En auktoriserad översättning är bifogad</translation>
    </message>
</context>
<context>
    <name>EvidenceWidget</name>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Bifoga fil…</translation>
    </message>
    <message>
        <source>Attach scanned documents or pictures (Ctrl+O). You can also drop files onto this page.</source>
        <translation>Bifoga skannade dokument eller bilder (Ctrl+O). Du kan också släppa filer på den här sidan.</translation>
    </message>
    <message>
        <source>Kind of the files to attach</source>
        <translation>Typ för filerna som ska bifogas</translation>
    </message>
    <message>
        <source>Period the files to attach belong to</source>
        <translation>Perioden som filerna som ska bifogas hör till</translation>
    </message>
    <message>
        <source>a&amp;s</source>
        <translation>so&amp;m</translation>
    </message>
    <message>
        <source>fo&amp;r</source>
        <translation>fö&amp;r</translation>
    </message>
    <message>
        <source>or drop files here</source>
        <translation>eller släpp filer här</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Filer med underlag</translation>
    </message>
    <message>
        <source>Selected file</source>
        <translation>Markerad fil</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Dokumenttyp</translation>
    </message>
    <message>
        <source>Period the document belongs to</source>
        <translation>Perioden som dokumentet hör till</translation>
    </message>
    <message>
        <source>&amp;Verified against the original</source>
        <translation>&amp;Kontrollerad mot originalet</translation>
    </message>
    <message>
        <source>&amp;Translated</source>
        <translation>Ö&amp;versatt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open a copy of the file (Enter)</source>
        <translation>Öppna en kopia av filen (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ta b&amp;ort…</translation>
    </message>
    <message>
        <source>Remove the file from this candidate (Del)</source>
        <translation>Ta bort filen från den här kandidaten (Del)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Save the candidate first; then files can be attached.</source>
        <translation>Spara kandidaten först; sedan kan filer bifogas.</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Bifoga filer med underlag</translation>
    </message>
    <message>
        <source>Documents and pictures (%1);;All files (*)</source>
        <translation>Dokument och bilder (%1);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2.</source>
        <translation>”%1” kan inte läsas: %2.</translation>
    </message>
    <message>
        <source>1 file attached.</source>
        <translation>1 fil bifogad.</translation>
    </message>
    <message>
        <source>%1 files attached.</source>
        <translation>%1 filer bifogade.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was already attached to this candidate.</source>
        <translation>”%1” var redan bifogad för den här kandidaten.</translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation>Inte bifogat:</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached; %1 web link(s) were ignored.</source>
        <translation>Bara filer på den här datorn kan bifogas; %1 webblänk(ar) ignorerades.</translation>
    </message>
    <message>
        <source>(no period)</source>
        <translation>(ingen period)</translation>
    </message>
    <message>
        <source>A copy for viewing could not be made: %1. Check free disk space.</source>
        <translation>Det gick inte att skapa en kopia för visning: %1. Kontrollera ledigt diskutrymme.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. The copy is in %1.</source>
        <translation>Inget program på den här datorn kan öppna den här filtypen. Kopian finns i %1.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this candidate?

The record is deleted, and the stored copy of the file too unless another candidate has the same file attached. This cannot be undone.</source>
        <translation>Ta bort ”%1” från den här kandidaten?

Posten tas bort, och den sparade kopian av filen också, om inte en annan kandidat har samma fil bifogad. Detta går inte att ångra.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Ta bort fil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; removed.</source>
        <translation>”%1” har tagits bort.</translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message>
        <source>Edit exam</source>
        <translation>Redigera prov</translation>
    </message>
    <message>
        <source>Add exam</source>
        <translation>Lägg till prov</translation>
    </message>
    <message>
        <source>Exam code</source>
        <translation>Provkod</translation>
    </message>
    <message>
        <source>e.g. TMF3102</source>
        <translation>t.ex. TMF3102</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Provdatum</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>&amp;Godkänt</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Resultat:</translation>
    </message>
</context>
<context>
    <name>ExamTableModel</name>
    <message>
        <source>Exam code</source>
        <translation>Provkod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Godkänt</translation>
    </message>
</context>
<context>
    <name>ExportPersonalDataDialog</name>
    <message>
        <source>Export personal data</source>
        <translation>Exportera personuppgifter</translation>
    </message>
    <message>
        <source>Everything rpl-desktop holds about %1 — register data, work and learning history, cases with judgements and results, attachments and issued documents — in one zip file with a short README. Use it to answer a request for access (GDPR art. 15) or to give the candidate their data (art. 20).</source>
        <translation>Allt som rpl-desktop har om %1 — registeruppgifter, arbets- och lärandehistorik, ärenden med bedömningar och resultat, bilagor och utfärdade dokument — i en zip-fil med en kort README. Använd den för att besvara en begäran om registerutdrag (GDPR art. 15) eller för att lämna ut uppgifterna till kandidaten (art. 20).</translation>
    </message>
    <message>
        <source>Save personal data as</source>
        <translation>Spara personuppgifterna som</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Zip-filer (*.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The file holds national ID numbers and attachments. Encrypt it when it leaves the office, and give the passphrase to the candidate another way than the file (by phone or text message).</source>
        <translation>Filen innehåller id-nummer och bilagor. Kryptera den när den lämnar kontoret, och lämna lösenfrasen till kandidaten på annat sätt än filen (per telefon eller sms).</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Välj filen som ska skrivas.</translation>
    </message>
</context>
<context>
    <name>FirstUserDialog</name>
    <message>
        <source>The first user – rpl-desktop</source>
        <translation>Den första användaren – rpl-desktop</translation>
    </message>
    <message>
        <source>You are the first user of this data. You will be its administrator, and caseworker and approver as well; you can add colleagues under Settings.</source>
        <translation>Du är den första användaren av dessa data. Du blir administratör, och dessutom handläggare och beslutsfattare; du kan lägga till kolleger under Inställningar.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullständigt &amp;namn:</translation>
    </message>
    <message>
        <source>Give a user name: a short name without spaces.</source>
        <translation>Ange ett användarnamn: ett kort namn utan mellanslag.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who is assessing?</source>
        <translation>Vem bedömer?</translation>
    </message>
    <message>
        <source>The office records your name and role with each of your judgements; they appear in the case and in its history.</source>
        <translation>Kontoret registrerar ditt namn och din roll med var och en av dina bedömningar; de visas i ärendet och i dess historik.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>e.g. fagkonsulent or yrkesbedömare</source>
        <translation>t.ex. fagkonsulent eller yrkesbedömare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
</context>
<context>
    <name>ImportResponseDialog</name>
    <message>
        <source>Import the assessor&apos;s judgements</source>
        <translation>Importera bedömarens bedömningar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted with the passphrase you chose when you sent the package.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; är krypterad med den lösenfras som du valde när du skickade paketet.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Kontrollera filen</translation>
    </message>
    <message>
        <source>The assessor&apos;s judgements</source>
        <translation>Bedömarens bedömningar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lärandemål</translation>
    </message>
    <message>
        <source>Office now</source>
        <translation>Kontoret nu</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Använd</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>This response belongs to case %1, not to the case open here. Open case %1 and import it there.</source>
        <translation>Det här svaret hör till ärende %1, inte till ärendet som är öppet här. Öppna ärende %1 och importera det där.</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;, finished %2, for case %3.</source>
        <translation>Från &lt;b&gt;%1&lt;/b&gt;, slutfört %2, för ärende %3.</translation>
    </message>
    <message>
        <source>Left open by the assessor: %1.</source>
        <translation>Lämnade öppna av bedömaren: %1.</translation>
    </message>
    <message>
        <source>%1 — changed after the package was sent</source>
        <translation>%1 — ändrat efter att paketet skickades</translation>
    </message>
    <message>
        <source>What to use for %1</source>
        <translation>Vad som ska användas för %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Keep the office&apos;s</source>
        <translation>Behåll kontorets</translation>
    </message>
    <message>
        <source>Take the assessor&apos;s</source>
        <translation>Använd bedömarens</translation>
    </message>
    <message>
        <source>The office changed %1 after the package was sent: choose for each whether to keep the office&apos;s judgement or take the assessor&apos;s.</source>
        <translation>Kontoret ändrade %1 efter att paketet skickades: välj för vart och ett om kontorets bedömning ska behållas eller bedömarens användas.</translation>
    </message>
    <message>
        <source>Importing records the assessor&apos;s name with each judgement; nothing you keep is changed.</source>
        <translation>Importen registrerar bedömarens namn med varje bedömning; inget som du behåller ändras.</translation>
    </message>
</context>
<context>
    <name>InterviewGuideWidget</name>
    <message>
        <source>Language of the questions</source>
        <translation>Frågornas språk</translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation>&amp;Språk för frågorna:</translation>
    </message>
    <message>
        <source>Questions for the outcomes not yet judged met. Notes are saved as you type and appear in the mapping matrix.</source>
        <translation>Frågor för de lärandemål som ännu inte bedömts som uppfyllda. Anteckningarna sparas medan du skriver och visas i kartläggningsmatrisen.</translation>
    </message>
    <message>
        <source>Interview notes for outcome %1</source>
        <translation>Intervjuanteckningar för lärandemål %1</translation>
    </message>
    <message>
        <source>Every outcome is judged met: there is nothing left to ask.</source>
        <translation>Alla lärandemål är bedömda som uppfyllda: det finns inget mer att fråga om.</translation>
    </message>
    <message>
        <source>Notes for %1</source>
        <translation>Anteckningar för %1</translation>
    </message>
    <message>
        <source>Notes from the conversation</source>
        <translation>Anteckningar från samtalet</translation>
    </message>
    <message>
        <source>&amp;Compare with theirs…</source>
        <translation>&amp;Jämför med deras…</translation>
    </message>
    <message>
        <source>Show their notes next to yours and choose what to keep, or combine both</source>
        <translation>Visa deras anteckningar bredvid dina och välj vad som ska behållas, eller kombinera båda</translation>
    </message>
    <message>
        <source>Compare the notes for %1 with theirs</source>
        <translation>Jämför anteckningarna för %1 med deras</translation>
    </message>
    <message>
        <source>Saved in the matrix.</source>
        <translation>Sparat i matrisen.</translation>
    </message>
    <message>
        <source>Saved in the matrix, merged with their notes.</source>
        <translation>Sparat i matrisen, sammanfogat med deras anteckningar.</translation>
    </message>
    <message>
        <source>Your notes were dropped; these are the notes saved last.</source>
        <translation>Dina anteckningar förkastades; det här är de senast sparade anteckningarna.</translation>
    </message>
    <message>
        <source>Your notes stay in the box and are not saved until you compare them with theirs.</source>
        <translation>Dina anteckningar finns kvar i rutan och sparas inte förrän du har jämfört dem med deras.</translation>
    </message>
    <message>
        <source>Saving when you pause…</source>
        <translation>Sparar när du gör en paus…</translation>
    </message>
</context>
<context>
    <name>JudgementInputs</name>
    <message>
        <source>Methods used</source>
        <translation>Metoder som använts</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>D&amp;ialogue / interview</source>
        <translation>Samtal / inter&amp;vju</translation>
    </message>
    <message>
        <source>P&amp;ractical test</source>
        <translation>&amp;Praktiskt prov</translation>
    </message>
    <message>
        <source>T&amp;heory test</source>
        <translation>&amp;Teoriprov</translation>
    </message>
    <message>
        <source>&amp;Third-party statement</source>
        <translation>&amp;Utlåtande från tredje part</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>Upp&amp;fyllt</translation>
    </message>
    <message>
        <source>Partl&amp;y met</source>
        <translation>De&amp;lvis uppfyllt</translation>
    </message>
    <message>
        <source>N&amp;ot met</source>
        <translation>&amp;Inte uppfyllt</translation>
    </message>
    <message>
        <source>Not &amp;assessed</source>
        <translation>Inte &amp;bedömt</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norska (bokmål)</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norska (nynorska)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>Nordsamiska</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Avsnitt</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Opening the register…</source>
        <translation>Öppnar registret…</translation>
    </message>
    <message>
        <source>Co&amp;mpetence map</source>
        <translation>Ko&amp;mpetenskarta</translation>
    </message>
    <message>
        <source>The selected candidate&apos;s history against several targets side by side</source>
        <translation>Den markerade kandidatens historik mot flera mål sida vid sida</translation>
    </message>
    <message>
        <source>New case for candidate…</source>
        <translation>Nytt ärende för kandidaten…</translation>
    </message>
    <message>
        <source>← &amp;Back to the candidate</source>
        <translation>← Till&amp;baka till kandidaten</translation>
    </message>
    <message>
        <source>Select a candidate first.</source>
        <translation>Markera en kandidat först.</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Organisationsprofil</translation>
    </message>
    <message>
        <source>&amp;Edit organisation profile…</source>
        <translation>&amp;Redigera organisationsprofil…</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Mappar</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Öppna &amp;datamapp</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Loggar:</translation>
    </message>
    <message>
        <source>Open lo&amp;g folder</source>
        <translation>Öppna &amp;loggmapp</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Case handling</source>
        <translation>Ärendehantering</translation>
    </message>
    <message>
        <source>Case number pattern</source>
        <translation>Mönster för ärendenummer</translation>
    </message>
    <message>
        <source>{yy} or {yyyy} is the year, {seq:05} the running number with five digits: {yy}/{seq:05} gives 25/01234.</source>
        <translation>{yy} eller {yyyy} är året, {seq:05} är löpnumret med fem siffror: {yy}/{seq:05} ger 25/01234.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Evidence counts as current for</source>
        <translation>Underlag räknas som aktuellt i</translation>
    </message>
    <message>
        <source>Praksis rule profile of this office</source>
        <translation>Kontorets regelprofil för praktik</translation>
    </message>
    <message>
        <source>The county rules the practice-time calculator uses for new calculations. Each case records the profile and version it was computed with.</source>
        <translation>Länets regler som praktikkalkylatorn använder i nya beräkningar. Varje ärende sparar vilken profil och version det beräknades med.</translation>
    </message>
    <message>
        <source>Save case settings</source>
        <translation>Spara inställningar för ärenden</translation>
    </message>
    <message>
        <source>Case number pattern:</source>
        <translation>Mönster för ärendenummer:</translation>
    </message>
    <message>
        <source>Evidence is current for:</source>
        <translation>Underlag är aktuellt i:</translation>
    </message>
    <message>
        <source>Praksis rule profile:</source>
        <translation>Regelprofil för praktik:</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Användare och roller</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Gränssnittets språk</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>The language applies the next time rpl-desktop starts.</source>
        <translation>Språket används nästa gång rpl-desktop startar.</translation>
    </message>
    <message>
        <source>The environment variable %1 is set and takes precedence.</source>
        <translation>Miljövariabeln %1 är satt och har företräde.</translation>
    </message>
    <message>
        <source>No organisation profile yet: documents cannot be issued. Set it up in Settings.</source>
        <translation>Ingen organisationsprofil ännu: dokument kan inte utfärdas. Ställ in den under Inställningar.</translation>
    </message>
    <message>
        <source>Set up now…</source>
        <translation>Ställ in nu…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New candidate</source>
        <translation>&amp;Ny kandidat</translation>
    </message>
    <message>
        <source>Open &amp;assessor package…</source>
        <translation>&amp;Öppna bedömarpaket…</translation>
    </message>
    <message>
        <source>For an external assessor: judge the outcomes of a package an office sent you</source>
        <translation>För en extern bedömare: bedöm lärandemålen i ett paket som ett kontor har skickat till dig</translation>
    </message>
    <message>
        <source>&amp;Take cases offline…</source>
        <translation>Ta ärenden o&amp;ffline…</translation>
    </message>
    <message>
        <source>Write cases to an encrypted file for a laptop (or, on the laptop, the file that goes back)</source>
        <translation>Skriv ärenden till en krypterad fil för en bärbar dator (eller, på den bärbara datorn, filen som går tillbaka)</translation>
    </message>
    <message>
        <source>&amp;Bring cases back…</source>
        <translation>Hämta &amp;tillbaka ärenden…</translation>
    </message>
    <message>
        <source>Read an offline case file: see what changed on both sides and decide before anything is saved</source>
        <translation>Läs in en offlinefil med ärenden: se vad som har ändrats på båda sidor och bestäm innan något sparas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Ärenden</translation>
    </message>
    <message>
        <source>C&amp;andidates</source>
        <translation>&amp;Kandidater</translation>
    </message>
    <message>
        <source>Ca&amp;talogue</source>
        <translation>Ka&amp;talog</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About rpl-desktop</source>
        <translation>&amp;Om rpl-desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datamapp: %1</translation>
    </message>
    <message>
        <source>Database: %1 on %2</source>
        <translation>Databas: %1 på %2</translation>
    </message>
    <message>
        <source>Not set up yet. Documents (decisions, certificates) need the organisation&apos;s name, number and signers.</source>
        <translation>Inte inställd ännu. Dokument (beslut, kompetensbevis) behöver organisationens namn, nummer och undertecknare.</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Organisation number: %1</source>
        <translation>Organisationsnummer: %1</translation>
    </message>
    <message>
        <source>Signers: %1</source>
        <translation>Undertecknare: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>inga ännu</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>About rpl-desktop</source>
        <translation>Om rpl-desktop</translation>
    </message>
    <message>
        <source>rpl-desktop %1</source>
        <translation>rpl-desktop %1</translation>
    </message>
    <message>
        <source>Recognition of prior learning: candidates, work history, mapping, decisions and certificates.

Licence: EUPL-1.2
Python %1, Qt %2</source>
        <translation>Validering av reell kompetens: kandidater, arbetslivserfarenhet, kartläggning, beslut och kompetensbevis.

Licens: EUPL-1.2
Python %1, Qt %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The candidate has changes that are not saved.</source>
        <translation>Kandidaten har ändringar som inte har sparats.</translation>
    </message>
    <message>
        <source>Save them now, discard them, or go back to the candidate?</source>
        <translation>Vill du spara dem nu, förkasta dem eller gå tillbaka till kandidaten?</translation>
    </message>
</context>
<context>
    <name>MatrixLabels</name>
    <message>
        <source>Met</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Delvis uppfyllt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Inte uppfyllt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömt</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Dialogue / interview</source>
        <translation>Samtal / intervju</translation>
    </message>
    <message>
        <source>Practical test</source>
        <translation>Praktiskt prov</translation>
    </message>
    <message>
        <source>Theory test</source>
        <translation>Teoriprov</translation>
    </message>
    <message>
        <source>Third-party statement</source>
        <translation>Utlåtande från tredje part</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Dok.</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>Praktiskt</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Teori</translation>
    </message>
    <message>
        <source>3rd party</source>
        <translation>Tredje part</translation>
    </message>
    <message>
        <source>Work period</source>
        <translation>Arbetsperiod</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prov</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Provresultat</translation>
    </message>
    <message>
        <source>Knowledge (K)</source>
        <translation>Kunskap (K)</translation>
    </message>
    <message>
        <source>Knowledge (kunskaper)</source>
        <translation>Kunskaper</translation>
    </message>
    <message>
        <source>Skills (F)</source>
        <translation>Färdigheter (F)</translation>
    </message>
    <message>
        <source>Skills (färdigheter)</source>
        <translation>Färdigheter</translation>
    </message>
    <message>
        <source>General competence (GK)</source>
        <translation>Generell kompetens (GK)</translation>
    </message>
    <message>
        <source>Responsibility and autonomy</source>
        <translation>Ansvar och självständighet</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuellt</translation>
    </message>
    <message>
        <source>Sufficient</source>
        <translation>Tillräckligt</translation>
    </message>
    <message>
        <source>Authentic</source>
        <translation>Autentiskt</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>uppfyllt</translation>
    </message>
    <message>
        <source>check</source>
        <translation>kontrollera</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>Some evidence is from the last %1 years, or was seen directly.</source>
        <translation>En del av underlaget är från de senaste %1 åren eller har iakttagits direkt.</translation>
    </message>
    <message>
        <source>All evidence is older than %1 years.</source>
        <translation>Allt underlag är äldre än %1 år.</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>Inget underlag ännu.</translation>
    </message>
    <message>
        <source>Not only the candidate&apos;s own statements.</source>
        <translation>Inte bara kandidatens egna uppgifter.</translation>
    </message>
    <message>
        <source>Only the candidate&apos;s own statements so far.</source>
        <translation>Hittills bara kandidatens egna uppgifter.</translation>
    </message>
    <message>
        <source>A signed or verified attest, an exam, or seen directly.</source>
        <translation>Ett undertecknat eller verifierat intyg, ett prov eller iakttaget direkt.</translation>
    </message>
    <message>
        <source>Nothing signed or verified yet.</source>
        <translation>Inget undertecknat eller verifierat ännu.</translation>
    </message>
    <message>
        <source>The method fits this kind of outcome.</source>
        <translation>Metoden passar för den här typen av lärandemål.</translation>
    </message>
    <message>
        <source>The method does not fit this kind of outcome (documents alone are not enough).</source>
        <translation>Metoden passar inte för den här typen av lärandemål (enbart dokument räcker inte).</translation>
    </message>
    <message>
        <source>No assessment method recorded.</source>
        <translation>Ingen bedömningsmetod har registrerats.</translation>
    </message>
    <message>
        <source>Suggested from the history: %1 — matches: %2</source>
        <translation>Föreslaget utifrån historiken: %1 — träffar: %2</translation>
    </message>
    <message>
        <source>Suggested from the history: %1</source>
        <translation>Föreslaget utifrån historiken: %1</translation>
    </message>
</context>
<context>
    <name>MatrixTreeModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Lärandemål</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Curr.</source>
        <translation>Akt.</translation>
    </message>
    <message>
        <source>Suff.</source>
        <translation>Tillr.</translation>
    </message>
    <message>
        <source>Auth.</source>
        <translation>Aut.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Sugg.</source>
        <translation>Försl.</translation>
    </message>
    <message>
        <source>%1: ✓ fulfilled, ! check, – missing</source>
        <translation>%1: ✓ uppfyllt, ! kontrollera, – saknas</translation>
    </message>
    <message>
        <source>Suggested evidence from the candidate&apos;s history</source>
        <translation>Föreslaget underlag från kandidatens historik</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 met</source>
        <translation>%1 — %2 av %3 uppfyllda</translation>
    </message>
    <message>
        <source>%1 evidence item(s) linked</source>
        <translation>%1 underlag kopplade</translation>
    </message>
    <message>
        <source>No method recorded</source>
        <translation>Ingen metod registrerad</translation>
    </message>
    <message>
        <source>%1 suggestion(s)</source>
        <translation>%1 förslag</translation>
    </message>
    <message>
        <source>%1, unsaved changes</source>
        <translation>%1, osparade ändringar</translation>
    </message>
    <message>
        <source>Unsaved changes in the editor: select the outcome and save them.</source>
        <translation>Osparade ändringar i redigeringsfältet: markera lärandemålet och spara dem.</translation>
    </message>
</context>
<context>
    <name>MatrixWidget</name>
    <message>
        <source>Override &amp;with reason…</source>
        <translation>Åsidosätt &amp;med motivering…</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Lärandemål</translation>
    </message>
    <message>
        <source>Group outcomes by</source>
        <translation>Gruppera lärandemålen efter</translation>
    </message>
    <message>
        <source>Kind of outcome (K / F / GK)</source>
        <translation>Typ av lärandemål (K / F / GK)</translation>
    </message>
    <message>
        <source>Area or emne</source>
        <translation>Område eller emne (kurs)</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>&amp;Gruppera efter:</translation>
    </message>
    <message>
        <source>Rules of evidence: ✓ fulfilled   ! check   – missing   (✎ unsaved)</source>
        <translation>Krav på underlaget: ✓ uppfyllt   ! kontrollera   – saknas   (✎ osparat)</translation>
    </message>
    <message>
        <source>Current: evidence from recent years. Sufficient: not only the candidate&apos;s own word. Authentic: signed, verified or seen directly. Valid: the method fits the outcome.</source>
        <translation>Aktuellt: underlag från senare år. Tillräckligt: inte bara kandidatens egna uppgifter. Autentiskt: undertecknat, verifierat eller iakttaget direkt. Giltigt: metoden passar lärandemålet.</translation>
    </message>
    <message>
        <source>Choose an outcome in the list to see its evidence and judge it.</source>
        <translation>Välj ett lärandemål i listan för att se underlaget och bedöma det.</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Kopplat underlag</translation>
    </message>
    <message>
        <source>No evidence linked yet.</source>
        <translation>Inget underlag har kopplats ännu.</translation>
    </message>
    <message>
        <source>&amp;Link evidence…</source>
        <translation>&amp;Koppla underlag…</translation>
    </message>
    <message>
        <source>Choose from the candidate&apos;s history (Ctrl+L)</source>
        <translation>Välj från kandidatens historik (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Ta b&amp;ort koppling</translation>
    </message>
    <message>
        <source>Remove the selected evidence from this outcome (Delete)</source>
        <translation>Ta bort det markerade underlaget från det här lärandemålet (Delete)</translation>
    </message>
    <message>
        <source>Suggestions from the history</source>
        <translation>Förslag utifrån historiken</translation>
    </message>
    <message>
        <source>Found by matching words. Accepting links the evidence; it does not judge the outcome.</source>
        <translation>Hittat genom att jämföra ord. Att godta kopplar underlaget; det bedömer inte lärandemålet.</translation>
    </message>
    <message>
        <source>Suggested evidence</source>
        <translation>Föreslaget underlag</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Methods:</source>
        <translation>Metoder:</translation>
    </message>
    <message>
        <source>Judgement:</source>
        <translation>Bedömning:</translation>
    </message>
    <message>
        <source>Reason for the judgement</source>
        <translation>Motivering av bedömningen</translation>
    </message>
    <message>
        <source>What in the evidence shows it</source>
        <translation>Vad i underlaget som visar det</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>Motiveri&amp;ng:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Interview notes and the like (not shown in the decision)</source>
        <translation>Intervjuanteckningar och liknande (visas inte i beslutet)</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save the judgement of this outcome (Ctrl+S)</source>
        <translation>Spara bedömningen av det här lärandemålet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes of this outcome</source>
        <translation>Förkasta de osparade ändringarna för det här lärandemålet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The case is issued or closed: its judgements can no longer change.</source>
        <translation>Ärendet är utfärdat eller avslutat: bedömningarna kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Unsaved judgements restored for %1 outcome(s) (marked in the list). Save each to keep it.</source>
        <translation>Osparade bedömningar har återställts för %1 lärandemål (markerade i listan). Spara vart och ett för att behålla det.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Outcome %1 in case %2</source>
        <translation>Lärandemål %1 i ärende %2</translation>
    </message>
    <message>
        <source>Your changes were dropped; this is the judgement saved last.</source>
        <translation>Dina ändringar förkastades; det här är den senast sparade bedömningen.</translation>
    </message>
    <message>
        <source>the judgements of case %1</source>
        <translation>bedömningarna i ärende %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <source>Accept suggestion: %1</source>
        <translation>Godta förslag: %1</translation>
    </message>
    <message>
        <source>Link this evidence to the outcome; the judgement stays yours</source>
        <translation>Koppla det här underlaget till lärandemålet; bedömningen är fortfarande din</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Ignore suggestion: %1</source>
        <translation>Ignorera förslag: %1</translation>
    </message>
    <message>
        <source>Hide this suggestion until the case is opened again</source>
        <translation>Dölj förslaget tills ärendet öppnas igen</translation>
    </message>
    <message>
        <source>Rules of evidence</source>
        <translation>Krav på underlaget</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judged on documents alone:&lt;/b&gt; %1. A decision cannot rest on documents alone (Udir: hardly forsvarlig). Add a dialogue or a practical test, or record why the documents are enough.</source>
        <translation>&lt;b&gt;Bedömt enbart utifrån dokument:&lt;/b&gt; %1. Ett beslut kan inte vila på enbart dokument (Udir: knappast försvarligt). Lägg till ett samtal eller ett praktiskt prov, eller ange varför dokumenten räcker.</translation>
    </message>
    <message>
        <source>Documents alone accepted for %1, because: %2</source>
        <translation>Enbart dokument godtas för %1, eftersom: %2</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Type a name, ID number or case number</source>
        <translation>Skriv namn, id-nummer eller ärendenummer</translation>
    </message>
    <message>
        <source>Search candidate</source>
        <translation>Sök kandidat</translation>
    </message>
    <message>
        <source>Matching candidates</source>
        <translation>Matchande kandidater</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>Target standard</source>
        <translation>Målstandard</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>S&amp;yfte:</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Name of the caseworker</source>
        <translation>Handläggarens namn</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>&amp;Handläggare:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Sista datum</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>Sista &amp;datum:</translation>
    </message>
    <message>
        <source>Their reference (Deres ref.)</source>
        <translation>Er referens (Er ref.)</translation>
    </message>
    <message>
        <source>Deres &amp;ref.:</source>
        <translation>&amp;Er ref.:</translation>
    </message>
    <message>
        <source>Language of the case</source>
        <translation>Ärendets språk</translation>
    </message>
    <message>
        <source>The candidate&apos;s language (målform)</source>
        <translation>Kandidatens språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>The next in the series %1 (like %2), given when the case is created.</source>
        <translation>Nästa nummer i serien %1 (som %2), tilldelas när ärendet skapas.</translation>
    </message>
    <message>
        <source>Given when the case is created (pattern %1).</source>
        <translation>Tilldelas när ärendet skapas (mönster %1).</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Ärendenummer:</translation>
    </message>
    <message>
        <source>Create &amp;case</source>
        <translation>Skapa &amp;ärende</translation>
    </message>
    <message>
        <source>Choose the candidate from the list (search by name).</source>
        <translation>Välj kandidaten i listan (sök på namn).</translation>
    </message>
    <message>
        <source>Choose the target standard.</source>
        <translation>Välj målstandarden.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>född %1</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (exempel)</translation>
    </message>
    <message>
        <source>%1, version %2; %3 outcomes</source>
        <translation>%1, version %2; %3 lärandemål</translation>
    </message>
    <message>
        <source>Sample written for trying the program.</source>
        <translation>Exempel gjort för att prova programmet.</translation>
    </message>
    <message>
        <source>Choose the target standard</source>
        <translation>Välj målstandarden</translation>
    </message>
    <message>
        <source>The catalogue is empty: import standards first.</source>
        <translation>Katalogen är tom: importera standarder först.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Protect the data with a passphrase</source>
        <translation>Skydda data med en lösenfras</translation>
    </message>
    <message>
        <source>Encrypt the data</source>
        <translation>Kryptera data</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Byt lösenfras</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Lösenfras för säkerhetskopian</translation>
    </message>
    <message>
        <source>rpl-desktop keeps national ID numbers, work histories and attests. Choose a passphrase: the database and the evidence files are encrypted with it, so a lost or stolen computer reveals nothing. You need it each time the program starts, unless this computer remembers it.</source>
        <translation>rpl-desktop lagrar id-nummer, arbets- och lärandehistorik och intyg. Välj en lösenfras: databasen och filerna med underlag krypteras med den, så att en borttappad eller stulen dator inte avslöjar något. Du behöver den varje gång programmet startar, om inte den här datorn kommer ihåg den.</translation>
    </message>
    <message>
        <source>The database and the evidence files will be encrypted with this passphrase. Unencrypted copies are removed afterwards. You need the passphrase each time the program starts, unless this computer remembers it.</source>
        <translation>Databasen och filerna med underlag krypteras med den här lösenfrasen. Okrypterade kopior tas bort efteråt. Du behöver lösenfrasen varje gång programmet startar, om inte den här datorn kommer ihåg den.</translation>
    </message>
    <message>
        <source>Enter the current passphrase, then the new one twice. The data is re-encrypted with the new passphrase; the old one stops working. Backups made earlier keep the passphrase they were made with.</source>
        <translation>Ange den nuvarande lösenfrasen och sedan den nya två gånger. Alla data krypteras om med den nya lösenfrasen; den gamla slutar fungera. Säkerhetskopior som gjorts tidigare behåller den lösenfras de gjordes med.</translation>
    </message>
    <message>
        <source>The data on this computer is not encrypted, but a backup always is. Choose a passphrase for the backup and keep it safe: without it the backup cannot be restored.</source>
        <translation>Data på den här datorn är inte krypterade, men en säkerhetskopia är det alltid. Välj en lösenfras för säkerhetskopian och förvara den säkert: utan den kan säkerhetskopian inte återställas.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Nuvarande lösenfras</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ny lösenfras igen</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess, for example “blue kettle, seven gulls”.</source>
        <translation>Minst %1 tecken. Några ord utan samband är lätta att komma ihåg och svåra att gissa, till exempel ”blå kittel, sju måsar”.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Lösenfrasens styrka</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Visa lösenfrasen</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (OS keyring)</source>
        <translation>Kom i&amp;håg på den här datorn (nyckelring i operativsystemet)</translation>
    </message>
    <message>
        <source>The passphrase is kept in the password store of your user account; the program then starts without asking. Anyone who can sign in as you can then open the data.</source>
        <translation>Lösenfrasen sparas i lösenordsförrådet för ditt användarkonto; programmet startar då utan att fråga. Alla som kan logga in som du kan då öppna data.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that rpl-desktop can use, so the passphrase cannot be remembered: you will type it at each start.</source>
        <translation>Den här datorn har inget lösenordsförråd (nyckelring) som rpl-desktop kan använda, så lösenfrasen kan inte sparas: du får skriva den vid varje start.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Nuvarande lösenfras:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>N&amp;y lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrka:</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Kryptera</translation>
    </message>
    <message>
        <source>&amp;Encrypt now</source>
        <translation>&amp;Kryptera nu</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Byt lösenfras</translation>
    </message>
    <message>
        <source>&amp;Use this passphrase</source>
        <translation>&amp;Använd den här lösenfrasen</translation>
    </message>
    <message>
        <source>Continue &amp;without encryption</source>
        <translation>Fortsätt &amp;utan kryptering</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>(type a passphrase)</source>
        <translation>(skriv en lösenfras)</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters</source>
        <translation>För kort: %1 av minst %2 tecken</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words.</source>
        <translation>Svag: lätt att gissa. Lägg till fler ord.</translation>
    </message>
    <message>
        <source>Fair: a word or two more would help.</source>
        <translation>Godtagbar: ett eller två ord till skulle hjälpa.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Ange en lösenfras.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Lösenfrasen är för kort: använd minst %1 tecken.</translation>
    </message>
    <message>
        <source>The passphrase contains a control character (such as a tab). Use letters, digits, spaces and punctuation only.</source>
        <translation>Lösenfrasen innehåller ett styrtecken (t.ex. tabb). Använd bara bokstäver, siffror, mellanslag och skiljetecken.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same passphrase twice.</source>
        <translation>De två lösenfraserna är olika. Skriv samma lösenfras två gånger.</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Ange den nuvarande lösenfrasen.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose another.</source>
        <translation>Den nya lösenfrasen är samma som den nuvarande. Välj en annan.</translation>
    </message>
</context>
<context>
    <name>OfflineLabels</name>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>History period</source>
        <translation>Period i historiken</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Skolgång</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prov</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Fil med underlag</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Koppling till underlag</translation>
    </message>
    <message>
        <source>Component result</source>
        <translation>Resultat för delprov</translation>
    </message>
    <message>
        <source>Validation step</source>
        <translation>Valideringssteg</translation>
    </message>
    <message>
        <source>Workplace sign-off</source>
        <translation>Intyg från arbetsplatsen</translation>
    </message>
    <message>
        <source>Assessor&apos;s signature</source>
        <translation>Bedömarens underskrift</translation>
    </message>
    <message>
        <source>Trade hours</source>
        <translation>Timmar per yrke</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Position %</source>
        <translation>Tjänstgöringsgrad</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <source>Confirmed by a third party</source>
        <translation>Bekräftat av tredje part</translation>
    </message>
    <message>
        <source>Attest issued by</source>
        <translation>Intyg utfärdat av</translation>
    </message>
    <message>
        <source>Attest signed by</source>
        <translation>Intyg undertecknat av</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Undertecknarens titel</translation>
    </message>
    <message>
        <source>Attest date</source>
        <translation>Intygets datum</translation>
    </message>
    <message>
        <source>On letterhead</source>
        <translation>På brevpapper</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>In school</source>
        <translation>I skolan</translation>
    </message>
    <message>
        <source>Relevant YFF</source>
        <translation>Relevant YFF</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Provdatum</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anordnare</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Slutförd den</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnamn</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Översatt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Öppnat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Ackreditering</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Utfört av</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Undertecknat av</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation profile</source>
        <translation>Organisationsprofil</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>9 digits in Norway, 10 in Sweden</source>
        <translation>9 siffror i Norge, 10 i Sverige</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Typ av organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Annat land</translation>
    </message>
    <message>
        <source>Country code (two letters)</source>
        <translation>Landskod (två bokstäver)</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. FI</source>
        <translation>Kod med två bokstäver, t.ex. FI</translation>
    </message>
    <message>
        <source>Region (fylke or län)</source>
        <translation>Region (län eller fylke)</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Standardspråk för dokument</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>A&amp;dd signer</source>
        <translation>Lägg till &amp;undertecknare</translation>
    </message>
    <message>
        <source>Remo&amp;ve signer</source>
        <translation>Ta &amp;bort undertecknare</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Organisation n&amp;umber:</source>
        <translation>&amp;Organisationsnummer:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Dokumentspråk:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Postadress:</translation>
    </message>
    <message>
        <source>Si&amp;gners:</source>
        <translation>Undert&amp;ecknare:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Inte nu</translation>
    </message>
    <message>
        <source>Welcome. Decisions and certificates carry your organisation&apos;s name, number, address and signers. Fill them in now, or later under Settings; until then no documents can be issued.</source>
        <translation>Välkommen. Beslut och kompetensbevis visar organisationens namn, nummer, adress och undertecknare. Fyll i dem nu eller senare under Inställningar; fram till dess kan inga dokument utfärdas.</translation>
    </message>
    <message>
        <source>Signer %1: %2</source>
        <translation>Undertecknare %1: %2</translation>
    </message>
    <message>
        <source>Vocational college (fagskole)</source>
        <translation>Yrkeshögskola (fagskole)</translation>
    </message>
    <message>
        <source>County authority (fylkeskommune)</source>
        <translation>Region (fylkeskommune)</translation>
    </message>
    <message>
        <source>Municipality (kommune)</source>
        <translation>Kommun (kommune)</translation>
    </message>
    <message>
        <source>Industry organisation (bransjeorganisasjon)</source>
        <translation>Branschorganisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annan</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norska (bokmål)</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norska (nynorska)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
</context>
<context>
    <name>OutcomeCategory</name>
    <message>
        <source>Kunnskap (knowledge)</source>
        <translation>Kunnskap (kunskaper)</translation>
    </message>
    <message>
        <source>Ferdigheter (skills)</source>
        <translation>Ferdigheter (färdigheter)</translation>
    </message>
    <message>
        <source>Generell kompetanse (general competence)</source>
        <translation>Generell kompetanse (generell kompetens)</translation>
    </message>
    <message>
        <source>Kunskaper (knowledge)</source>
        <translation>Kunskaper</translation>
    </message>
    <message>
        <source>Färdigheter (skills)</source>
        <translation>Färdigheter</translation>
    </message>
    <message>
        <source>Ansvar och självständighet (responsibility and autonomy)</source>
        <translation>Ansvar och självständighet</translation>
    </message>
</context>
<context>
    <name>OverrideReasonDialog</name>
    <message>
        <source>Accept a decision on documents alone</source>
        <translation>Godta ett beslut enbart utifrån dokument</translation>
    </message>
    <message>
        <source>These outcomes are judged on documents alone: %1. Udir&apos;s guidance says such an assessment is hardly sound (forsvarlig). Record why the documents are enough here; the reason is kept with the case and shown in the decision.</source>
        <translation>De här lärandemålen är bedömda enbart utifrån dokument: %1. Enligt Udirs vägledning är en sådan bedömning knappast försvarlig (”forsvarlig”). Ange här varför dokumenten räcker; motiveringen sparas i ärendet och visas i beslutet.</translation>
    </message>
    <message>
        <source>Reason for accepting documents alone</source>
        <translation>Motivering för att godta enbart dokument</translation>
    </message>
    <message>
        <source>&amp;Reason (at least 15 characters):</source>
        <translation>&amp;Motivering (minst 15 tecken):</translation>
    </message>
    <message>
        <source>&amp;Record reason</source>
        <translation>&amp;Registrera motivering</translation>
    </message>
    <message>
        <source>%1 characters.</source>
        <translation>%1 tecken.</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters.</source>
        <translation>%1 av minst %2 tecken.</translation>
    </message>
</context>
<context>
    <name>PackagePassphraseDialog</name>
    <message>
        <source>Open assessor package</source>
        <translation>Öppna bedömarpaket</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted. Enter the passphrase the caseworker gave you (by telephone or text message, not with the file).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; är krypterad. Ange den lösenfras som handläggaren gav dig (per telefon eller sms, inte tillsammans med filen).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Visa lösenfrasen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Ange lösenfrasen.</translation>
    </message>
    <message>
        <source>The passphrase does not open this package. Check it (capital letters, spaces) and try again, or ask the caseworker.</source>
        <translation>Lösenfrasen öppnar inte det här paketet. Kontrollera den (versaler, mellanslag) och försök igen, eller fråga handläggaren.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation>Lösenord för %1</translation>
    </message>
    <message>
        <source>At least %1 characters. Leave both fields empty to remove the password.</source>
        <translation>Minst %1 tecken. Lämna båda fälten tomma för att ta bort lösenordet.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Upprepa:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>De två lösenorden är olika. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Edit period</source>
        <translation>Redigera period</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Lägg till period</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Typ av period</translation>
    </message>
    <message>
        <source>Employer or organisation</source>
        <translation>Arbetsgivare eller organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Role or job title</source>
        <translation>Roll eller befattning</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbetsuppgifter</translation>
    </message>
    <message>
        <source>What the candidate did, in the attest&apos;s words</source>
        <translation>Vad kandidaten gjorde, med intygets ord</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Från datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Till datum</translation>
    </message>
    <message>
        <source>O&amp;ngoing</source>
        <translation>&amp;Pågår</translation>
    </message>
    <message>
        <source>Still employed / still going on</source>
        <translation>Fortfarande anställd / pågår fortfarande</translation>
    </message>
    <message>
        <source>&amp;Position %</source>
        <translation>&amp;Tjänstgöringsgrad</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>Ti&amp;mmar per vecka</translation>
    </message>
    <message>
        <source>Position percent</source>
        <translation>Tjänstgöringsgrad i procent</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>t.ex. 100</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <source>e.g. 37,5</source>
        <translation>t.ex. 37,5</translation>
    </message>
    <message>
        <source>&amp;Confirmed by a third party (employer, NAV, Aa-register)</source>
        <translation>&amp;Bekräftat av tredje part (arbetsgivare, NAV, Aa-registeret)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Employer / organisation:</source>
        <translation>&amp;Arbetsgivare / organisation:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>T&amp;asks:</source>
        <translation>Arbets&amp;uppgifter:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>E&amp;xtent:</source>
        <translation>&amp;Omfattning:</translation>
    </message>
    <message>
        <source>Attest (work certificate)</source>
        <translation>Intyg (arbetsgivarintyg)</translation>
    </message>
    <message>
        <source>Attest issued by</source>
        <translation>Intyget är utfärdat av</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Undertecknarens namn</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Undertecknarens titel</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Utfärdandedatum</translation>
    </message>
    <message>
        <source>On letterhead or sta&amp;mped</source>
        <translation>På brevpapper eller &amp;stämplat</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>Utfärdat a&amp;v:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>U&amp;ndertecknat av:</translation>
    </message>
    <message>
        <source>Signer&apos;s tit&amp;le:</source>
        <translation>Undertecknarens tit&amp;el:</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>Utfärdande&amp;datum:</translation>
    </message>
    <message>
        <source>An attest must be made out to the candidate and give the period, the position % or hours, and the tasks. Timesheets are not accepted.</source>
        <translation>Ett intyg måste vara utfärdat till kandidaten och ange perioden, tjänstgöringsgraden eller timmarna samt arbetsuppgifterna. Tidrapporter godtas inte.</translation>
    </message>
    <message>
        <source>Course pro&amp;vider:</source>
        <translation>&amp;Kursanordnare:</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>Startdatum måste anges.</translation>
    </message>
    <message>
        <source>Give the end date, or tick &apos;Ongoing&apos; if the period has not ended.</source>
        <translation>Ange slutdatum, eller kryssa i ”Pågår” om perioden inte har avslutats.</translation>
    </message>
    <message>
        <source>Write the position % as a number, e.g. 80 or 37,5.</source>
        <translation>Skriv tjänstgöringsgraden som ett tal, t.ex. 80 eller 37,5.</translation>
    </message>
    <message>
        <source>Write the hours per week as a number, e.g. 37,5.</source>
        <translation>Skriv timmar per vecka som ett tal, t.ex. 37,5.</translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Employer / organisation</source>
        <translation>Arbetsgivare / organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>Attest</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>%1 h/week</source>
        <translation>%1 tim/vecka</translation>
    </message>
    <message>
        <source>No attest recorded</source>
        <translation>Inget intyg registrerat</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Utfärdat av: %1</translation>
    </message>
    <message>
        <source>Signed by: %1, %2</source>
        <translation>Undertecknat av: %1, %2</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Inte registrerat: %1</translation>
    </message>
</context>
<context>
    <name>PeriodTagTableModel</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Yrke</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>from an employer&apos;s statement</source>
        <translation>från ett arbetsgivarintyg</translation>
    </message>
    <message>
        <source>computed from the dates and position percentage (40 hours a full-time week)</source>
        <translation>beräknat utifrån datumen och tjänstgöringsgraden (40 timmar per vecka vid heltid)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
</context>
<context>
    <name>PersonalDataSettingsBox</name>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>How many years a case is kept after its decision was issued (or after it was closed without a decision). After that the candidate appears in the retention report, to be erased or anonymised. The defaults are placeholders: check your county&apos;s bevarings- og kassasjonsregler (no national source was found) and set the periods here.</source>
        <translation>Hur många år ett ärende bevaras efter att beslutet utfärdades (eller efter att ärendet avslutades utan beslut). Därefter visas kandidaten i gallringsrapporten för att raderas eller anonymiseras. Standardvärdena är bara platshållare: kontrollera de bevarande- och gallringsregler som gäller hos er (bevarings- og kassasjonsregler; ingen nationell källa hittades) och ange tiderna här.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Only an administrator can change the retention periods.</source>
        <translation>Bara en administratör kan ändra bevarandetiderna.</translation>
    </message>
    <message>
        <source>Save &amp;periods</source>
        <translation>Spara &amp;bevarandetider</translation>
    </message>
    <message>
        <source>Retention &amp;report…</source>
        <translation>&amp;Gallringsrapport…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
</context>
<context>
    <name>PhaseTableModel</name>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Actor role</source>
        <translation>Aktörens roll</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
</context>
<context>
    <name>PraksisContributionTableModel</name>
    <message>
        <source>Employer / school</source>
        <translation>Arbetsgivare / skola</translation>
    </message>
    <message>
        <source>Role /
programme</source>
        <translation>Roll /
program</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Counted
as</source>
        <translation>Räknas
som</translation>
    </message>
    <message>
        <source>Calendar
months</source>
        <translation>Kalender-
månader</translation>
    </message>
    <message>
        <source>Credited
months</source>
        <translation>Tillgodoräknade
månader</translation>
    </message>
    <message>
        <source>In the last
%1 years</source>
        <translation>Under de senaste
%1 åren</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Nyligen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Positions at or above the full-time threshold count as 100 %.</source>
        <translation>Tjänstgöringsgrader vid eller över heltidsgränsen räknas som 100 %.</translation>
    </message>
    <message>
        <source>Length of the period in calendar months, whatever the position.</source>
        <translation>Periodens längd i kalendermånader, oavsett tjänstgöringsgrad.</translation>
    </message>
    <message>
        <source>Months that count, after the position percentage and the yearly cap.</source>
        <translation>Månader som räknas, efter tjänstgöringsgrad och årstak.</translation>
    </message>
    <message>
        <source>At or above the full-time threshold, so counted as full time.</source>
        <translation>Vid eller över heltidsgränsen och räknas därför som heltid.</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Period %1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Partly: %1 months</source>
        <translation>Delvis: %1 månader</translation>
    </message>
    <message>
        <source>Not counted: starts after the reference date</source>
        <translation>Räknas inte: börjar efter referensdatumet</translation>
    </message>
    <message>
        <source>Ongoing: counted up to the reference date %1</source>
        <translation>Pågår: räknas till och med referensdatumet %1</translation>
    </message>
    <message>
        <source>Ends after the reference date: counted up to %1</source>
        <translation>Slutar efter referensdatumet: räknas till och med %1</translation>
    </message>
    <message>
        <source>%1 months cut by the yearly cap</source>
        <translation>%1 månader bortfallna på grund av årstaket</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>Skola: %1</translation>
    </message>
    <message>
        <source>for this trade</source>
        <translation>för det här yrket</translation>
    </message>
    <message>
        <source>another programme</source>
        <translation>ett annat program</translation>
    </message>
    <message>
        <source>Not passed. %1</source>
        <translation>Inte godkänd. %1</translation>
    </message>
    <message>
        <source>Vg1</source>
        <translation>Vg1</translation>
    </message>
    <message>
        <source>Vg2</source>
        <translation>Vg2</translation>
    </message>
    <message>
        <source>Vg3</source>
        <translation>Vg3</translation>
    </message>
    <message>
        <source>higher education</source>
        <translation>högre utbildning</translation>
    </message>
</context>
<context>
    <name>PraksisPanelWidget</name>
    <message>
        <source>Practice-time calculation</source>
        <translation>Beräkning av yrkeserfarenhet</translation>
    </message>
    <message>
        <source>Practice time</source>
        <translation>Yrkeserfarenhet</translation>
    </message>
    <message>
        <source>Counted months per calendar year</source>
        <translation>Medräknade månader per kalenderår</translation>
    </message>
    <message>
        <source>What each period and school year contributes</source>
        <translation>Vad varje period och varje skolår bidrar med</translation>
    </message>
    <message>
        <source>Contribution of each period</source>
        <translation>Bidrag från varje period</translation>
    </message>
    <message>
        <source>Warnings: what to check</source>
        <translation>Varningar: vad som bör kontrolleras</translation>
    </message>
    <message>
        <source>Exam, certificates and approval</source>
        <translation>Prov, certifikat och godkännande</translation>
    </message>
    <message>
        <source>No practice-time calculation yet.</source>
        <translation>Ingen beräkning av yrkeserfarenhet ännu.</translation>
    </message>
    <message>
        <source>Practice time requirement met</source>
        <translation>Kravet på yrkeserfarenhet är uppfyllt</translation>
    </message>
    <message>
        <source>Enough practice time. Approval still needs the theory exam and your assessment of relevance.</source>
        <translation>Tillräcklig yrkeserfarenhet. Godkännande kräver fortfarande teoriprovet och din bedömning av relevansen.</translation>
    </message>
    <message>
        <source>Practice time requirement not met</source>
        <translation>Kravet på yrkeserfarenhet är inte uppfyllt</translation>
    </message>
    <message>
        <source>Not enough practice time yet; see what is left below.</source>
        <translation>Inte tillräcklig yrkeserfarenhet ännu; se nedan vad som återstår.</translation>
    </message>
    <message>
        <source>Practice time requirement needs judgement</source>
        <translation>Kravet på yrkeserfarenhet behöver bedömas</translation>
    </message>
    <message>
        <source>The hours are enough, but some warnings below need your judgement before you decide.</source>
        <translation>Timmarna räcker, men några av varningarna nedan behöver bedömas innan du beslutar.</translation>
    </message>
    <message>
        <source>%1 profile %2</source>
        <translation>profil %1 %2</translation>
    </message>
    <message>
        <source>reference date %1</source>
        <translation>referensdatum %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 tim</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 månad</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 månader</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Credited work</source>
        <translation>Tillgodoräknat arbete</translation>
    </message>
    <message>
        <source>Cut by the yearly cap</source>
        <translation>Bortfallet på grund av årstaket</translation>
    </message>
    <message>
        <source>%1 (not credited)</source>
        <translation>%1 (inte tillgodoräknat)</translation>
    </message>
    <message>
        <source>School credit</source>
        <translation>Tillgodoräknad skolgång</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Återstår</translation>
    </message>
    <message>
        <source>Recent practice</source>
        <translation>Nyligen förvärvad erfarenhet</translation>
    </message>
    <message>
        <source>In Norway</source>
        <translation>I Norge</translation>
    </message>
    <message>
        <source>%1 in Norway, %2 abroad</source>
        <translation>%1 i Norge, %2 utomlands</translation>
    </message>
    <message>
        <source>Requirement reached</source>
        <translation>Kravet är uppnått</translation>
    </message>
    <message>
        <source>1 month at full time left</source>
        <translation>1 månad på heltid återstår</translation>
    </message>
    <message>
        <source>%1 months at full time left</source>
        <translation>%1 månader på heltid återstår</translation>
    </message>
    <message>
        <source>No dated practice, so no share of recent practice.</source>
        <translation>Ingen daterad erfarenhet, och därför ingen andel nyligen förvärvad erfarenhet.</translation>
    </message>
    <message>
        <source>%1 of the practice is within the profile&apos;s recency window</source>
        <translation>%1 av erfarenheten ligger inom profilens tidsfönster för nyligen förvärvad erfarenhet</translation>
    </message>
    <message>
        <source>%1 of the practice is from the last %2 years</source>
        <translation>%1 av erfarenheten är från de senaste %2 åren</translation>
    </message>
    <message>
        <source>Much of the practice is old</source>
        <translation>Mycket av erfarenheten är gammal</translation>
    </message>
    <message>
        <source>Less of the practice than the profile expects is from the last %1 years: check whether the older practice is still relevant to today&apos;s Vg3 læreplan, for example through recent tasks or a professional conversation.</source>
        <translation>En mindre del av erfarenheten än profilen förväntar sig är från de senaste %1 åren: kontrollera om den äldre erfarenheten fortfarande är relevant för dagens læreplan för Vg3, till exempel genom nyare arbetsuppgifter eller ett fackligt samtal.</translation>
    </message>
    <message>
        <source>Period shorter than %1 months</source>
        <translation>Period kortare än %1 månader</translation>
    </message>
    <message>
        <source>Period shorter than %1 months: check that it was a continuous engagement; several short jobs at the same employer may be one period.</source>
        <translation>Period kortare än %1 månader: kontrollera att det var en sammanhängande anställning; flera korta jobb hos samma arbetsgivare kan vara en och samma period.</translation>
    </message>
    <message>
        <source>Too little practice in Norway for this profile</source>
        <translation>För lite erfarenhet i Norge för den här profilen</translation>
    </message>
    <message>
        <source>The county profile asks for a minimum of practice in Norway: check whether the county accepts the foreign practice, or whether more Norwegian practice is documented.</source>
        <translation>Fylkesprofilen kräver en minsta mängd erfarenhet i Norge: kontrollera om fylket godtar erfarenheten från utlandet, eller om mer erfarenhet från Norge är styrkt.</translation>
    </message>
    <message>
        <source>Self-employment without third-party confirmation</source>
        <translation>Egen verksamhet utan bekräftelse från tredje part</translation>
    </message>
    <message>
        <source>Ask for a confirmation from someone with professional competence in the trade, and a firmaattest or a printout from Brønnøysundregistrene.</source>
        <translation>Begär en bekräftelse från någon med yrkeskompetens i yrket samt en firmaattest (norskt registreringsbevis) eller ett utdrag från Brønnøysundregistrene.</translation>
    </message>
    <message>
        <source>Practice abroad</source>
        <translation>Erfarenhet från utlandet</translation>
    </message>
    <message>
        <source>Check that the attests are translated into Norwegian and describe the tasks, so the practice can be assessed like Norwegian practice.</source>
        <translation>Kontrollera att intygen är översatta till norska och beskriver arbetsuppgifterna, så att erfarenheten kan bedömas som norsk erfarenhet.</translation>
    </message>
    <message>
        <source>Months cut by the yearly cap</source>
        <translation>Månader bortfallna på grund av årstaket</translation>
    </message>
    <message>
        <source>Overlapping jobs count at most 12 months in one calendar year; nothing to do unless the dates are wrong. Check that the periods really ran at the same time.</source>
        <translation>Överlappande jobb räknas som högst 12 månader per kalenderår; du behöver inte göra något om inte datumen är fel. Kontrollera att perioderna verkligen pågick samtidigt.</translation>
    </message>
    <message>
        <source>Leading, teaching or engineering role</source>
        <translation>Chefs-, lärar- eller ingenjörsroll</translation>
    </message>
    <message>
        <source>Teacher, engineer, foreman and supervisor roles are normally not approved: check that the work itself was done at skilled-worker level.</source>
        <translation>Roller som lärare, ingenjör, förman och arbetsledare godkänns normalt inte: kontrollera att själva arbetet utfördes på yrkesarbetarnivå.</translation>
    </message>
    <message>
        <source>Voluntary work, work training or spare-time practice</source>
        <translation>Ideellt arbete, arbetsträning eller erfarenhet från fritiden</translation>
    </message>
    <message>
        <source>Such practice is accepted only in some cases: check that it was real work in the trade, alongside skilled workers.</source>
        <translation>Sådan erfarenhet godtas bara i vissa fall: kontrollera att det var verkligt arbete inom yrket, tillsammans med yrkesarbetare.</translation>
    </message>
    <message>
        <source>Period after the reference date</source>
        <translation>Period efter referensdatumet</translation>
    </message>
    <message>
        <source>The period was not counted: check its dates, or the reference date of the calculation.</source>
        <translation>Perioden räknades inte: kontrollera datumen eller beräkningens referensdatum.</translation>
    </message>
    <message>
        <source>Read the message and check the period it names.</source>
        <translation>Läs meddelandet och kontrollera perioden det nämner.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Inga varningar.</translation>
    </message>
    <message>
        <source>Needs your judgement</source>
        <translation>Behöver din bedömning</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>För kännedom</translation>
    </message>
    <message>
        <source>No theory exam is listed for this trade in the catalogue.</source>
        <translation>Inget teoriprov finns angivet för det här yrket i katalogen.</translation>
    </message>
    <message>
        <source>Theory exam %1: passed on %2</source>
        <translation>Teoriprov %1: godkänt %2</translation>
    </message>
    <message>
        <source>Theory exam %1: passed</source>
        <translation>Teoriprov %1: godkänt</translation>
    </message>
    <message>
        <source>Theory exam %1: not passed (%2)</source>
        <translation>Teoriprov %1: inte godkänt (%2)</translation>
    </message>
    <message>
        <source>Theory exam %1: not passed</source>
        <translation>Teoriprov %1: inte godkänt</translation>
    </message>
    <message>
        <source>Theory exam %1: not registered</source>
        <translation>Teoriprov %1: inte registrerat</translation>
    </message>
    <message>
        <source>Confirm certificate: %1</source>
        <translation>Bekräfta certifikat: %1</translation>
    </message>
    <message>
        <source>Approval also needs your recorded assessment of relevance against the Vg3 kompetansemål (mapping matrix).</source>
        <translation>Godkännande kräver också att du har registrerat din bedömning av relevansen mot kompetansemålen för Vg3 (kartläggningsmatrisen).</translation>
    </message>
    <message>
        <source>The case cannot be approved yet:</source>
        <translation>Ärendet kan inte godkännas ännu:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Vad som bör kontrolleras:</translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message>
        <source>open</source>
        <translation>öppet</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>avslutat %1</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>bevaras till %1</translation>
    </message>
    <message>
        <source>Case %1 is under appeal.</source>
        <translation>Ärende %1 är överklagat.</translation>
    </message>
    <message>
        <source>Case %1 is still open (%2) and holds an issued document.</source>
        <translation>Ärende %1 är fortfarande öppet (%2) och innehåller ett utfärdat dokument.</translation>
    </message>
    <message>
        <source>Case %1 holds a decision issued on %2, which must be kept until %3 (%4 years).</source>
        <translation>Ärende %1 innehåller ett beslut som utfärdades %2 och som måste bevaras till %3 (%4 år).</translation>
    </message>
    <message>
        <source>Cases closed without a decision</source>
        <translation>Ärenden som avslutats utan beslut</translation>
    </message>
    <message>
        <source>Candidates who never had a case</source>
        <translation>Kandidater som aldrig har haft något ärende</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>OrganisationDialog</source>
        <comment>Norwegian Bokmål</comment>
        <translation>Norska (bokmål)</translation>
    </message>
</context>
<context>
    <name>RetentionReportDialog</name>
    <message>
        <source>Retention report</source>
        <translation>Gallringsrapport</translation>
    </message>
    <message>
        <source>Candidates past their retention period</source>
        <translation>Kandidater vars bevarandetid har löpt ut</translation>
    </message>
    <message>
        <source>No candidate is past their retention period.</source>
        <translation>Ingen kandidat har passerat sin bevarandetid.</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exportera som &amp;CSV…</translation>
    </message>
    <message>
        <source>The file holds names: keep it safe and delete it when done.</source>
        <translation>Filen innehåller namn: förvara den säkert och radera den när du är klar.</translation>
    </message>
    <message>
        <source>&amp;Erase or anonymise…</source>
        <translation>&amp;Radera eller anonymisera…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Save the retention report as</source>
        <translation>Spara gallringsrapporten som</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>On %1, %2 of %3 candidates are past their retention period (%4 have an open case, %5 are still within their period). The periods are set in Settings › Personal data; check them against your county&apos;s bevarings- og kassasjonsregler (no national source was found).</source>
        <translation>Den %1 har %2 av %3 kandidater passerat sin bevarandetid (%4 har ett öppet ärende, %5 är fortfarande inom sin bevarandetid). Tiderna ställs in under Inställningar › Personuppgifter; kontrollera dem mot de bevarande- och gallringsregler som gäller hos er (bevarings- og kassasjonsregler; ingen nationell källa hittades).</translation>
    </message>
    <message>
        <source>Saved %1. It holds names: keep it safe and delete it when done.</source>
        <translation>%1 har sparats. Filen innehåller namn: förvara den säkert och radera den när du är klar.</translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>no cases</source>
        <translation>inga ärenden</translation>
    </message>
    <message>
        <source>Erase (anonymised already)</source>
        <translation>Radera (redan anonymiserad)</translation>
    </message>
    <message>
        <source>Erase, or anonymise to keep the case record</source>
        <translation>Radera, eller anonymisera för att behålla ärendeuppgifterna</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Retention ended</source>
        <translation>Bevarandetiden löpte ut</translation>
    </message>
    <message>
        <source>May be done</source>
        <translation>Tillåten åtgärd</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymiserad</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Your role does not allow this: it needs the role %1. An administrator can give it to you.</source>
        <translation>Din roll tillåter inte detta: det kräver rollen %1. En administratör kan ge dig den.</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>handläggare</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>beslutsfattare</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>vägledare</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administratör</translation>
    </message>
</context>
<context>
    <name>SchoolingDialog</name>
    <message>
        <source>Edit schooling</source>
        <translation>Redigera skolgång</translation>
    </message>
    <message>
        <source>Add schooling</source>
        <translation>Lägg till skolgång</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>Skolnivå</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>e.g. Vg1 bygg- og anleggsteknikk</source>
        <translation>t.ex. Vg1 bygg- og anleggsteknikk</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>In &amp;school (not as apprentice or privatist)</source>
        <translation>&amp;I skolan (inte som lärling eller privatist)</translation>
    </message>
    <message>
        <source>&amp;YFF relevant to the fag</source>
        <translation>&amp;YFF relevant för yrket</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>&amp;Godkänd</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <source>P&amp;rogramme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 2012.</source>
        <translation>Skriv året med fyra siffror, t.ex. 2012.</translation>
    </message>
</context>
<context>
    <name>SchoolingTableModel</name>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>In school</source>
        <translation>I skolan</translation>
    </message>
    <message>
        <source>YFF relevant</source>
        <translation>YFF relevant</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Godkänd</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Security and backups</source>
        <translation>Säkerhet och säkerhetskopior</translation>
    </message>
    <message>
        <source>&amp;Encrypt the data…</source>
        <translation>&amp;Kryptera data…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;Byt lösenfras…</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer (OS &amp;keyring)</source>
        <translation>Kom ihåg lösenfrasen på den här datorn (&amp;nyckelring i operativsystemet)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Automatic daily backups to keep</source>
        <translation>Antal automatiska dagliga säkerhetskopior som sparas</translation>
    </message>
    <message>
        <source>Each day the program is started it writes an encrypted backup into the backups folder and keeps this many of them. Off: no automatic backups.</source>
        <translation>Varje dag som programmet startas skriver det en krypterad säkerhetskopia till mappen för säkerhetskopior och behåller så här många av dem. Av: inga automatiska säkerhetskopior.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <source>Rest&amp;ore from a backup…</source>
        <translation>&amp;Återställ från en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept:</source>
        <translation>&amp;Antal automatiska säkerhetskopior:</translation>
    </message>
    <message>
        <source>The data is on a database server. Encryption at rest and backups are looked after there (ask your IT department).</source>
        <translation>Data finns på en databasserver. Kryptering av lagrade data och säkerhetskopiering sköts där (fråga it-avdelningen).</translation>
    </message>
    <message>
        <source>Encrypted: the database and the evidence files are encrypted with your passphrase.</source>
        <translation>Krypterat: databasen och filerna med underlag är krypterade med din lösenfras.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who gets hold of this computer or its disk can read the data. Encrypt it with a passphrase.</source>
        <translation>Inte krypterat: alla som kommer åt den här datorn eller dess disk kan läsa data. Kryptera dem med en lösenfras.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that rpl-desktop can use, so the passphrase is asked at each start.</source>
        <translation>Den här datorn har inget lösenordsförråd (nyckelring) som rpl-desktop kan använda, så lösenfrasen efterfrågas vid varje start.</translation>
    </message>
    <message>
        <source>The keyring did not accept the passphrase; it is asked at each start.</source>
        <translation>Nyckelringen tog inte emot lösenfrasen; den efterfrågas vid varje start.</translation>
    </message>
    <message>
        <source>The passphrase is kept in this computer&apos;s keyring; the program starts without asking.</source>
        <translation>Lösenfrasen sparas i den här datorns nyckelring; programmet startar utan att fråga.</translation>
    </message>
    <message>
        <source>The passphrase is no longer kept on this computer; it is asked at each start.</source>
        <translation>Lösenfrasen sparas inte längre på den här datorn; den efterfrågas vid varje start.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Säkerhetskopiera till</translation>
    </message>
    <message>
        <source>rpl-desktop backups (*%1)</source>
        <translation>Säkerhetskopior från rpl-desktop (*%1)</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Återställ från</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Återställa den här säkerhetskopian?</translation>
    </message>
    <message>
        <source>Replace all current data with this backup?</source>
        <translation>Ersätta alla nuvarande data med den här säkerhetskopian?</translation>
    </message>
    <message>
        <source>The backup was made %1 by rpl-desktop %2 and holds %3 candidates, %4 cases and %5 evidence files. Everything entered since then is replaced (a safety backup of the current data is written first). The program closes afterwards; start it again.</source>
        <translation>Säkerhetskopian gjordes %1 av rpl-desktop %2 och innehåller %3 kandidater, %4 ärenden och %5 filer med underlag. Allt som har registrerats sedan dess ersätts (först skrivs en säkerhetskopia av nuvarande data). Programmet avslutas efteråt; starta det igen.</translation>
    </message>
    <message>
        <source>&amp;Replace the data</source>
        <translation>&amp;Ersätt data</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Krypterar</translation>
    </message>
    <message>
        <source>Encrypting the data…</source>
        <translation>Krypterar data…</translation>
    </message>
    <message>
        <source>The data is now encrypted. Keep the passphrase safe: without it the data cannot be opened.</source>
        <translation>Nu är alla data krypterade. Förvara lösenfrasen säkert: utan den kan data inte öppnas.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so nothing was changed. Try again.</source>
        <translation>Den nuvarande lösenfrasen stämmer inte, så inget har ändrats. Försök igen.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before keep the old passphrase.</source>
        <translation>Lösenfrasen har bytts. Säkerhetskopior som gjorts tidigare behåller den gamla lösenfrasen.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Säkerhetskopierar</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Skriver säkerhetskopian…</translation>
    </message>
    <message>
        <source>The backup was written to %1 (%2 MB: %3 candidates, %4 evidence files).</source>
        <translation>Säkerhetskopian skrevs till %1 (%2 MB: %3 kandidater, %4 filer med underlag).</translation>
    </message>
    <message>
        <source>It opens with the passphrase of the data.</source>
        <translation>Den öppnas med samma lösenfras som data.</translation>
    </message>
    <message>
        <source>It opens with the passphrase you chose for it.</source>
        <translation>Den öppnas med den lösenfras som du valde för den.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Kontrollerar säkerhetskopian</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Kontrollerar säkerhetskopian…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Check it and try again.</source>
        <translation>Lösenfrasen öppnar inte säkerhetskopian. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <source>The passphrase did not open the backup; nothing was changed.</source>
        <translation>Lösenfrasen öppnade inte säkerhetskopian; inget har ändrats.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Återställer</translation>
    </message>
    <message>
        <source>Saving the current data first…</source>
        <translation>Sparar först nuvarande data…</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The data you replaced was saved to %2. rpl-desktop closes now: start it again to work with the restored data.</source>
        <translation>Säkerhetskopian från %1 har återställts. De data som ersattes sparades i %2. rpl-desktop avslutas nu: starta programmet igen för att arbeta med de återställda data.</translation>
    </message>
    <message>
        <source>The restored data opens with the backup&apos;s passphrase.</source>
        <translation>De återställda data öppnas med säkerhetskopians lösenfras.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Säkerhetskopian har återställts</translation>
    </message>
</context>
<context>
    <name>SendToAssessorDialog</name>
    <message>
        <source>Send to an external assessor</source>
        <translation>Skicka till en extern bedömare</translation>
    </message>
    <message>
        <source>The assessor (a fagkonsulent or yrkesbedömare) gets an encrypted file with the outcomes and the files you tick, the interview guide for those outcomes and the candidate&apos;s name — never the national ID number, contact details, the work history or other cases. They judge in rpl-desktop without access to this database and send back a response file.</source>
        <translation>Bedömaren (en fagkonsulent eller yrkesbedömare) får en krypterad fil med lärandemålen och de filer som du markerar, intervjuguiden för lärandemålen och kandidatens namn — aldrig id-numret, kontaktuppgifterna, arbets- och lärandehistoriken eller andra ärenden. Bedömaren bedömer i rpl-desktop utan åtkomst till den här databasen och skickar tillbaka en svarsfil.</translation>
    </message>
    <message>
        <source>e.g. Ola Fagkonsulent</source>
        <translation>t.ex. Anna Andersson</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>&amp;Bedömare:</translation>
    </message>
    <message>
        <source>Outcomes to send</source>
        <translation>Lärandemål att skicka</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppet</translation>
    </message>
    <message>
        <source>&amp;Outcomes:</source>
        <translation>Lä&amp;randemål:</translation>
    </message>
    <message>
        <source>Evidence files the assessor may see</source>
        <translation>Filer med underlag som bedömaren får se</translation>
    </message>
    <message>
        <source>linked to %1</source>
        <translation>kopplad till %1</translation>
    </message>
    <message>
        <source>The candidate has no evidence files.</source>
        <translation>Kandidaten har inga filer med underlag.</translation>
    </message>
    <message>
        <source>Tick only the files the assessor needs to see (Space ticks):</source>
        <translation>Markera bara de filer som bedömaren behöver se (mellanslag markerar):</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Filer:</translation>
    </message>
    <message>
        <source>Optional: where and when to meet the candidate, what to look at</source>
        <translation>Valfritt: var och när kandidaten ska träffas, vad som ska granskas</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Meddelande:</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>Lösenfrasen igen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give the assessor the passphrase by another channel&lt;/b&gt; — by telephone or text message, never in the same e-mail as the file. At least %1 characters; a few unrelated words are easy to read out. Keep it: you need it again to import the assessor&apos;s answer.</source>
        <translation>&lt;b&gt;Lämna lösenfrasen till bedömaren på annat sätt&lt;/b&gt; — per telefon eller sms, aldrig i samma e-postmeddelande som filen. Minst %1 tecken; några ord utan samband är lätta att läsa upp. Spara den: du behöver den igen för att importera bedömarens svar.</translation>
    </message>
    <message>
        <source>&amp;Create package…</source>
        <translation>&amp;Skapa paket…</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna är olika.</translation>
    </message>
    <message>
        <source>Save the assessor package</source>
        <translation>Spara bedömarpaketet</translation>
    </message>
    <message>
        <source>Assessor packages (*.rpl)</source>
        <translation>Bedömarpaket (*.rpl)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – rpl-desktop</source>
        <translation>Logga in – rpl-desktop</translation>
    </message>
    <message>
        <source>Several people use this data. Choose your name, so that what you do is recorded as yours.</source>
        <translation>Flera personer använder dessa data. Välj ditt namn så att det du gör registreras som ditt.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Logga &amp;in</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>inget lösenord</translation>
    </message>
    <message>
        <source>There is no active user. Ask an administrator.</source>
        <translation>Det finns ingen aktiv användare. Fråga en administratör.</translation>
    </message>
</context>
<context>
    <name>SignerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>SignoffTableModel</name>
    <message>
        <source>Sign-off</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Undertecknat av</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>inte undertecknat</translation>
    </message>
</context>
<context>
    <name>StandardKind</name>
    <message>
        <source>Fagskole module</source>
        <translation>Fagskole-emne</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Lærefag</source>
        <translation>Lærefag (norskt lärlingsyrke)</translation>
    </message>
    <message>
        <source>Admission requirement</source>
        <translation>Antagningskrav</translation>
    </message>
    <message>
        <source>Branschmodell</source>
        <translation>Branschmodell</translation>
    </message>
</context>
<context>
    <name>StandardPickerDialog</name>
    <message>
        <source>Add a target</source>
        <translation>Lägg till ett mål</translation>
    </message>
    <message>
        <source>Code or title</source>
        <translation>Kod eller titel</translation>
    </message>
    <message>
        <source>Search standards</source>
        <translation>Sök standarder</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standarder</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Lägg till mål</translation>
    </message>
</context>
<context>
    <name>StandardTableModel</name>
    <message>
        <source>Sample</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Written by the project for demonstration; not an official text.</source>
        <translation>Gjord av projektet för demonstration; ingen officiell text.</translation>
    </message>
    <message>
        <source>A programme&apos;s outcomes are those of its emner.</source>
        <translation>En utbildnings lärandemål är lärandemålen i dess emner (kurser).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Lärandemål</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>rpl-desktop cannot start</source>
        <translation>rpl-desktop kan inte starta</translation>
    </message>
    <message>
        <source>The data was not changed.</source>
        <translation>Inga data har ändrats.</translation>
    </message>
    <message>
        <source>Load demo data?</source>
        <translation>Läsa in demodata?</translation>
    </message>
    <message>
        <source>The register is empty. To try the program, rpl-desktop can add a few demo candidates with work histories. They are invented (their ID numbers are synthetic test numbers) and can be deleted like any other candidate. This question is asked only once.</source>
        <translation>Registret är tomt. För att prova programmet kan rpl-desktop lägga in några demokandidater med arbetslivserfarenhet. De är påhittade (deras id-nummer är syntetiska testnummer) och kan tas bort som alla andra kandidater. Frågan ställs bara en gång.</translation>
    </message>
    <message>
        <source>Your data is not encrypted</source>
        <translation>Dina data är inte krypterade</translation>
    </message>
    <message>
        <source>Your data is not encrypted. Encrypt it now?</source>
        <translation>Dina data är inte krypterade. Vill du kryptera dem nu?</translation>
    </message>
    <message>
        <source>The database and the evidence files on this computer can be read by anyone who gets hold of the computer or its disk. Encrypting them with a passphrase takes a moment and keeps all data. If you choose Not now, you are asked again in a week; Settings → Security can encrypt at any time.</source>
        <translation>Databasen och filerna med underlag på den här datorn kan läsas av vem som helst som kommer åt datorn eller dess disk. Att kryptera dem med en lösenfras tar en stund, och alla data behålls. Om du väljer Inte nu får du frågan igen om en vecka; under Inställningar → Säkerhet kan du kryptera när som helst.</translation>
    </message>
    <message>
        <source>&amp;Encrypt now…</source>
        <translation>&amp;Kryptera nu…</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Inte nu</translation>
    </message>
    <message>
        <source>The remembered passphrase no longer opens the data (it may have been changed elsewhere). Enter the current passphrase.</source>
        <translation>Den sparade lösenfrasen öppnar inte längre data (den kan ha bytts någon annanstans). Ange den nuvarande lösenfrasen.</translation>
    </message>
    <message>
        <source>That passphrase does not open the data. Check it (capital letters, keyboard layout) and try again. Tries left: %1.</source>
        <translation>Lösenfrasen öppnar inte data. Kontrollera den (versaler, tangentbordslayout) och försök igen. Försök kvar: %1.</translation>
    </message>
    <message>
        <source>The passphrase was wrong three times, so rpl-desktop closes. Nothing has been changed. Start the program again to retry.</source>
        <translation>Lösenfrasen var fel tre gånger, så rpl-desktop avslutas. Inget har ändrats. Starta programmet igen för att försöka på nytt.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Offline case file</source>
        <translation>Offlinefil med ärenden</translation>
    </message>
    <message>
        <source>Take cases offline</source>
        <translation>Ta ärenden offline</translation>
    </message>
    <message>
        <source>Writes the chosen cases – with their candidates, history, evidence files, judgements and case history – to one encrypted file for a laptop. Here they are marked as checked out until the file comes back (File → Bring cases back…). On a laptop, this writes the file that goes back to the office.</source>
        <translation>Skriver de valda ärendena – med kandidater, historik, filer med underlag, bedömningar och ärendehistorik – till en krypterad fil för en bärbar dator. Här markeras de som utcheckade tills filen kommer tillbaka (Arkiv → Hämta tillbaka ärenden…). På en bärbar dator skrivs i stället filen som går tillbaka till kontoret.</translation>
    </message>
    <message>
        <source>Find a case by number or name</source>
        <translation>Sök ett ärende på nummer eller namn</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Cases to take offline</source>
        <translation>Ärenden att ta offline</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Ärendenr</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Utcheckat</translation>
    </message>
    <message>
        <source>e.g. Kari Nordmann, admission day in Arendal</source>
        <translation>t.ex. Anna Andersson, antagningsdag i Arendal</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to remember and hard to guess. Give the passphrase to the person who opens the file by another channel (in person, by telephone), never with the file.</source>
        <translation>Minst %1 tecken; några ord utan samband är lätta att komma ihåg och svåra att gissa. Lämna lösenfrasen till den som öppnar filen på annat sätt (personligen, per telefon), aldrig tillsammans med filen.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>&amp;Taken by and where:</source>
        <translation>&amp;Ansvarig och plats:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Upprepa lösenfrasen:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Write file</source>
        <translation>S&amp;kriv fil</translation>
    </message>
    <message>
        <source>Tick at least one case to take offline.</source>
        <translation>Markera minst ett ärende att ta offline.</translation>
    </message>
    <message>
        <source>Choose where to write the file.</source>
        <translation>Välj var filen ska skrivas.</translation>
    </message>
    <message>
        <source>Writing %1 case(s) to the offline case file…</source>
        <translation>Skriver %1 ärende(n) till offlinefilen med ärenden…</translation>
    </message>
    <message>
        <source>%1 case(s) are checked out and written to %2 (%3 KiB).</source>
        <translation>%1 ärende(n) har checkats ut och skrivits till %2 (%3 KiB).</translation>
    </message>
    <message>
        <source>%1 case(s) are written to %2 (%3 KiB) for the office.</source>
        <translation>%1 ärende(n) har skrivits till %2 (%3 KiB) för kontoret.</translation>
    </message>
    <message>
        <source>Give the passphrase by another channel, never with the file.</source>
        <translation>Lämna lösenfrasen på annat sätt, aldrig tillsammans med filen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, sedan %2</translation>
    </message>
    <message>
        <source>1 case chosen</source>
        <translation>1 ärende valt</translation>
    </message>
    <message>
        <source>%1 cases chosen</source>
        <translation>%1 ärenden valda</translation>
    </message>
</context>
<context>
    <name>TargetCardWidget</name>
    <message>
        <source>Target: %1</source>
        <translation>Mål: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · case %3</source>
        <translation>%1 · %2 · ärende %3</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes met, %3 partly met, %4 missing (%5 of them indicated by the history).</source>
        <translation>%1 av %2 lärandemål uppfyllda, %3 delvis uppfyllda, %4 saknas (%5 av dem indikerade av historiken).</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Täckning</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Uppfyllt: %1</translation>
    </message>
    <message>
        <source>Judged met by the assessor.</source>
        <translation>Bedömt som uppfyllt.</translation>
    </message>
    <message>
        <source>Partly met: %1</source>
        <translation>Delvis uppfyllt: %1</translation>
    </message>
    <message>
        <source>Judged partly met by the assessor.</source>
        <translation>Bedömt som delvis uppfyllt.</translation>
    </message>
    <message>
        <source>Missing, indicated: %1</source>
        <translation>Saknas, indikerat: %1</translation>
    </message>
    <message>
        <source>Not assessed yet, but the history holds suggested evidence. A hint for the conversation, not a judgement.</source>
        <translation>Inte bedömt ännu, men historiken innehåller föreslaget underlag. Ett tips inför samtalet, ingen bedömning.</translation>
    </message>
    <message>
        <source>Missing, not indicated: %1</source>
        <translation>Saknas, inte indikerat: %1</translation>
    </message>
    <message>
        <source>Not met, or not assessed with no evidence suggested.</source>
        <translation>Inte uppfyllt, eller inte bedömt och utan föreslaget underlag.</translation>
    </message>
    <message>
        <source>%1 of %2 studiepoeng recognised; %3 remaining</source>
        <translation>%1 av %2 studiepoeng tillgodoräknade; %3 återstår</translation>
    </message>
    <message>
        <source>No studiepoeng: assessed by outcomes only</source>
        <translation>Inga studiepoeng: bedöms endast efter lärandemål</translation>
    </message>
    <message>
        <source>Open in case view</source>
        <translation>Öppna i ärendevyn</translation>
    </message>
    <message>
        <source>Open case %1 in the case view</source>
        <translation>Öppna ärende %1 i ärendevyn</translation>
    </message>
    <message>
        <source>Still to show</source>
        <translation>Återstår att visa</translation>
    </message>
    <message>
        <source>Gaps for %1</source>
        <translation>Luckor för %1</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes shown; still to show:</source>
        <translation>%1 av %2 lärandemål visade; återstår:</translation>
    </message>
    <message>
        <source>%1 (%2 studiepoeng): %3 of %4 outcomes shown</source>
        <translation>%1 (%2 studiepoeng): %3 av %4 lärandemål visade</translation>
    </message>
    <message>
        <source>%1: %2 of %3 outcomes shown</source>
        <translation>%1: %2 av %3 lärandemål visade</translation>
    </message>
    <message>
        <source>This target has no outcomes in the catalogue yet.</source>
        <translation>Det här målet har inga lärandemål i katalogen ännu.</translation>
    </message>
    <message>
        <source>Nothing: every outcome is met.</source>
        <translation>Inget: alla lärandemål är uppfyllda.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of the work and learning history</source>
        <translation>Tidslinje över arbets- och lärandehistoriken</translation>
    </message>
    <message>
        <source>No periods recorded.</source>
        <translation>Inga perioder registrerade.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>1 period</source>
        <translation>1 period</translation>
    </message>
    <message>
        <source>%1 periods</source>
        <translation>%1 perioder</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>från %1 till %2</translation>
    </message>
    <message>
        <source>no overlaps</source>
        <translation>inga överlappningar</translation>
    </message>
    <message>
        <source>1 overlap</source>
        <translation>1 överlappning</translation>
    </message>
    <message>
        <source>%1 overlaps</source>
        <translation>%1 överlappningar</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>inga luckor</translation>
    </message>
    <message>
        <source>%1 gaps, the longest %2</source>
        <translation>%1 luckor, den längsta %2</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 månad</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 månader</translation>
    </message>
    <message>
        <source>1 gap of %1</source>
        <translation>1 lucka på %1</translation>
    </message>
    <message>
        <source>not confirmed by a third party</source>
        <translation>inte bekräftat av tredje part</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>%1 hours/week (≈ %2 %)</source>
        <translation>%1 timmar/vecka (≈ %2 %)</translation>
    </message>
    <message>
        <source>No periods yet. Add the first with Add period (Ins).</source>
        <translation>Inga perioder ännu. Lägg till den första med Lägg till period (Ins).</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 mån</translation>
    </message>
</context>
<context>
    <name>UnfinishedBatchBanner</name>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Återuppta…</translation>
    </message>
    <message>
        <source>Issue and print the certificates that are not done yet</source>
        <translation>Utfärda och skriv ut de kompetensbevis som inte är klara ännu</translation>
    </message>
    <message>
        <source>Disca&amp;rd…</source>
        <translation>&amp;Förkasta…</translation>
    </message>
    <message>
        <source>Do not finish this batch; what it issued stays issued</source>
        <translation>Slutför inte den här körningen; det som den utfärdade förblir utfärdat</translation>
    </message>
    <message>
        <source>A batch of certificates started %1 was interrupted: %2 of %3 done, %4 still to do.</source>
        <translation>En körning med kompetensbevis som startade %1 avbröts: %2 av %3 klara, %4 återstår.</translation>
    </message>
    <message>
        <source>(%1 more interrupted batches after this one.)</source>
        <translation>(%1 avbrutna körningar till efter den här.)</translation>
    </message>
    <message>
        <source>Give up the interrupted batch? The %1 certificate(s) it issued stay issued. The %2 not done are not issued; a certificate number already taken for one of them is recorded as void and never used again.</source>
        <translation>Ge upp den avbrutna körningen? De %1 kompetensbevis som den utfärdade förblir utfärdade. De %2 som inte är klara utfärdas inte; ett kompetensbevisnummer som redan har reserverats för något av dem registreras som makulerat och används aldrig igen.</translation>
    </message>
    <message>
        <source>Discard the batch</source>
        <translation>Förkasta körningen</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the backup</source>
        <translation>Öppna säkerhetskopian</translation>
    </message>
    <message>
        <source>The backup file is encrypted. Enter the passphrase it was made with.</source>
        <translation>Säkerhetskopian är krypterad. Ange den lösenfras som den gjordes med.</translation>
    </message>
    <message>
        <source>Unlock rpl-desktop</source>
        <translation>Lås upp rpl-desktop</translation>
    </message>
    <message>
        <source>The data is encrypted. Enter the passphrase to open it.</source>
        <translation>Data är krypterade. Ange lösenfrasen för att öppna dem.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (OS keyring)</source>
        <translation>&amp;Kom ihåg på den här datorn (nyckelring i operativsystemet)</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that rpl-desktop can use.</source>
        <translation>Den här datorn har inget lösenordsförråd (nyckelring) som rpl-desktop kan använda.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;upp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Ange lösenfrasen.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Lägg till en användare</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Roller för %1</translation>
    </message>
    <message>
        <source>A short name without spaces, e.g. the login name</source>
        <translation>Ett kort namn utan mellanslag, t.ex. inloggningsnamnet</translation>
    </message>
    <message>
        <source>The name shown in the program and in the audit log</source>
        <translation>Namnet som visas i programmet och i granskningsloggen</translation>
    </message>
    <message>
        <source>register, cases, mapping, proposes decisions</source>
        <translation>register, ärenden, kartläggning, föreslår beslut</translation>
    </message>
    <message>
        <source>also approves and issues decisions</source>
        <translation>godkänner och utfärdar även beslut</translation>
    </message>
    <message>
        <source>register, cases, competence maps; no decisions</source>
        <translation>register, ärenden, kompetenskartor; inga beslut</translation>
    </message>
    <message>
        <source>catalogue, rule profiles, users, settings</source>
        <translation>katalog, regelprofiler, användare, inställningar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Upprepa lösenordet:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>De två lösenorden är olika. Skriv samma lösenord två gånger.</translation>
    </message>
</context>
<context>
    <name>UsersAdminWidget</name>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Lägg till användare…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Roller…</translation>
    </message>
    <message>
        <source>Change the name and roles of the chosen user</source>
        <translation>Ändra namn och roller för den valda användaren</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Inaktivera</translation>
    </message>
    <message>
        <source>A user who leaves is deactivated, never deleted: the audit log names them.</source>
        <translation>En användare som slutar inaktiveras men tas aldrig bort: granskningsloggen nämner användaren.</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Återställ lö&amp;senord…</translation>
    </message>
    <message>
        <source>&amp;Two-person rule: a decision is approved and a vedtak issued by another user than the case&apos;s caseworker</source>
        <translation>&amp;Fyraögonsprincipen: beslut godkänns och utfärdas av en annan användare än ärendets handläggare</translation>
    </message>
    <message>
        <source>The caseworker is the case&apos;s assigned caseworker and the last user who changed its judgements.</source>
        <translation>Handläggaren är den handläggare som ärendet är tilldelat och den användare som senast ändrade dess bedömningar.</translation>
    </message>
    <message>
        <source>No users yet: the program works without signing in. The first user becomes its administrator.</source>
        <translation>Inga användare ännu: programmet fungerar utan inloggning. Den första användaren blir administratör.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Inloggad som %1 (%2).</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Aktivera igen</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Användaren %1 har lagts till.</translation>
    </message>
    <message>
        <source>The roles of %1 are saved.</source>
        <translation>Rollerna för %1 har sparats.</translation>
    </message>
    <message>
        <source>The password of %1 is saved.</source>
        <translation>Lösenordet för %1 har sparats.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Inaktivera användare</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in; what they did stays in the audit log. An administrator can reactivate them.</source>
        <translation>Inaktivera %1? Användaren kan inte längre logga in; det som användaren har gjort finns kvar i granskningsloggen. En administratör kan aktivera användaren igen.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 är aktiv igen.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 har inaktiverats.</translation>
    </message>
    <message>
        <source>The two-person rule is on.</source>
        <translation>Fyraögonsprincipen är aktiverad.</translation>
    </message>
    <message>
        <source>The two-person rule is off.</source>
        <translation>Fyraögonsprincipen är avaktiverad.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>YearChartWidget</name>
    <message>
        <source>Credited months per year</source>
        <translation>Tillgodoräknade månader per år</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>No practice to chart.</source>
        <translation>Ingen erfarenhet att visa i diagrammet.</translation>
    </message>
    <message>
        <source>Credited practice months per calendar year from %1 to %2, %3 years with practice</source>
        <translation>Tillgodoräknade månader med erfarenhet per kalenderår från %1 till %2, %3 år med erfarenhet</translation>
    </message>
    <message>
        <source>the most in %1 (%2 months)</source>
        <translation>mest %1 (%2 månader)</translation>
    </message>
    <message>
        <source>%1 months cut by the yearly cap of %2 months (in %3)</source>
        <translation>%1 månader bortfallna på grund av årstaket på %2 månader (%3)</translation>
    </message>
    <message>
        <source>%1 months of school credit</source>
        <translation>%1 månader tillgodoräknad skolgång</translation>
    </message>
    <message>
        <source>Credited practice</source>
        <translation>Tillgodoräknad erfarenhet</translation>
    </message>
    <message>
        <source>Cut by the yearly cap</source>
        <translation>Bortfallet på grund av årstaket</translation>
    </message>
    <message>
        <source>School credit</source>
        <translation>Tillgodoräknad skolgång</translation>
    </message>
    <message>
        <source>Yearly cap (%1 months)</source>
        <translation>Årstak (%1 månader)</translation>
    </message>
    <message>
        <source>Last %1 years</source>
        <translation>Senaste %1 åren</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>tak %1</translation>
    </message>
    <message>
        <source>School credit without a year: %1 months
(not part of the yearly cap or the recency share)</source>
        <translation>Tillgodoräknad skolgång utan årtal: %1 månader
(ingår inte i årstaket eller andelen nyligen förvärvad erfarenhet)</translation>
    </message>
    <message>
        <source>Credited practice: %1 months</source>
        <translation>Tillgodoräknad erfarenhet: %1 månader</translation>
    </message>
    <message>
        <source>Worked %1 months; %2 cut by the yearly cap of %3</source>
        <translation>Arbetat %1 månader; %2 bortfallna på grund av årstaket på %3</translation>
    </message>
    <message>
        <source>Within the last %1 years: %2 months</source>
        <translation>Inom de senaste %1 åren: %2 månader</translation>
    </message>
    <message>
        <source>School credit: %1 months</source>
        <translation>Tillgodoräknad skolgång: %1 månader</translation>
    </message>
    <message>
        <source>months</source>
        <translation>månader</translation>
    </message>
</context>
<context>
    <name>_FileField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
</context>
<context>
    <name>_ListSection</name>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Add (Ins)</source>
        <translation>Lägg till (Ins)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>Redigera den markerade raden (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected row (Del)</source>
        <translation>Ta bort den markerade raden (Del)</translation>
    </message>
</context>
<context>
    <name>_PassphraseFields</name>
    <message>
        <source>Encr&amp;ypt the file with a passphrase</source>
        <translation>&amp;Kryptera filen med en lösenfras</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfrasen igen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igen:</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Lösenfrasen måste ha minst %1 tecken.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>De två lösenfraserna är olika. Skriv samma lösenfras två gånger.</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Tyskland</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Storbritannien</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Attest</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <source>Tjenestebevis</source>
        <translation>Tjänstgöringsintyg</translation>
    </message>
    <message>
        <source>Kursbevis</source>
        <translation>Kursintyg</translation>
    </message>
    <message>
        <source>Vitnemål</source>
        <translation>Betyg (vitnemål)</translation>
    </message>
    <message>
        <source>Arbeidsprøve</source>
        <translation>Arbetsprov</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Work and learning periods</source>
        <translation>Arbets- och lärandeperioder</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Anställning</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Egenföretagare</translation>
    </message>
    <message>
        <source>Voluntary work</source>
        <translation>Ideellt arbete</translation>
    </message>
    <message>
        <source>Work training</source>
        <translation>Arbetsträning</translation>
    </message>
    <message>
        <source>Leisure activity</source>
        <translation>Fritidsaktivitet</translation>
    </message>
    <message>
        <source>Non-formal course</source>
        <translation>Icke-formell kurs</translation>
    </message>
    <message>
        <source>Vg1</source>
        <translation>Vg1</translation>
    </message>
    <message>
        <source>Vg2</source>
        <translation>Vg2</translation>
    </message>
    <message>
        <source>Vg3</source>
        <translation>Vg3</translation>
    </message>
    <message>
        <source>Higher education</source>
        <translation>Högre utbildning</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Yes, undated</source>
        <translation>Ja, odaterat</translation>
    </message>
    <message>
        <source>letterhead or stamp</source>
        <translation>brevhuvud eller stämpel</translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation>undertecknarens namn</translation>
    </message>
    <message>
        <source>signer&apos;s title</source>
        <translation>undertecknarens titel</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>utfärdandedatum</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Notes for %1</source>
        <translation>Anteckningar för %1</translation>
    </message>
    <message>
        <source>Notes from the conversation</source>
        <translation>Anteckningar från samtalet</translation>
    </message>
    <message>
        <source>&amp;Compare with theirs…</source>
        <translation>&amp;Jämför med deras…</translation>
    </message>
    <message>
        <source>Show their notes next to yours and choose what to keep, or combine both</source>
        <translation>Visa deras anteckningar bredvid dina och välj vad som ska behållas, eller kombinera båda</translation>
    </message>
    <message>
        <source>Compare the notes for %1 with theirs</source>
        <translation>Jämför anteckningarna för %1 med deras</translation>
    </message>
</context>
<context>
    <name>self.owner</name>
    <message>
        <source>Saved in the matrix.</source>
        <translation>Sparat i matrisen.</translation>
    </message>
    <message>
        <source>Saved in the matrix, merged with their notes.</source>
        <translation>Sparat i matrisen, sammanfogat med deras anteckningar.</translation>
    </message>
    <message>
        <source>Your notes were dropped; these are the notes saved last.</source>
        <translation>Dina anteckningar förkastades; det här är de senast sparade anteckningarna.</translation>
    </message>
    <message>
        <source>Your notes stay in the box and are not saved until you compare them with theirs.</source>
        <translation>Dina anteckningar finns kvar i rutan och sparas inte förrän du har jämfört dem med deras.</translation>
    </message>
    <message>
        <source>Saving when you pause…</source>
        <translation>Sparar när du gör en paus…</translation>
    </message>
</context>
</TS>
