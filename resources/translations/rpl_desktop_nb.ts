<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name></name>
    <message>
        <source>Startup</source>
        <comment>rpl-desktop cannot start</comment>
        <translation>rpl-desktop kan ikke starte</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The data was not changed.</comment>
        <translation>Ingen data ble endret.</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Load demo data?</comment>
        <translation>Laste inn demodata?</translation>
    </message>
    <message numerus="yes">
        <source>Startup</source>
        <comment>The register is empty. To try the program, rpl-desktop can add a few demo candidates with work histories. They are invented (their ID numbers are synthetic test numbers) and can be deleted like any other candidate. This question is asked only once.</comment>
        <translation>
            <numerusform>Registeret er tomt. For å prøve programmet kan rpl-desktop legge inn noen demokandidater med arbeids- og læringshistorikk. De er oppdiktede (ID-numrene er syntetiske testnumre) og kan slettes som alle andre kandidater. Dette spørsmålet stilles bare én gang.</numerusform>
            <numerusform>Registeret er tomt. For å prøve programmet kan rpl-desktop legge inn noen demokandidater med arbeids- og læringshistorikk. De er oppdiktede (ID-numrene er syntetiske testnumre) og kan slettes som alle andre kandidater. Dette spørsmålet stilles bare én gang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Your data is not encrypted</comment>
        <translation>Dataene dine er ikke kryptert</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>Your data is not encrypted. Encrypt it now?</comment>
        <translation>Dataene dine er ikke kryptert. Vil du kryptere dem nå?</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The database and the evidence files on this computer can be read by anyone who gets hold of the computer or its disk. Encrypting them with a passphrase takes a moment and keeps all data. If you choose Not now, you are asked again in a week; Settings → Security can encrypt at any time.</comment>
        <translation>Databasen og dokumentasjonsfilene på denne datamaskinen kan leses av alle som får tak i datamaskinen eller disken. Å kryptere dem med en passordfrase tar litt tid, og alle data beholdes. Velger du Ikke nå, blir du spurt igjen om en uke; under Innstillinger → Sikkerhet kan du kryptere når som helst.</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>&amp;Encrypt now…</comment>
        <translation>Krypter nå</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>&amp;Not now</comment>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The remembered passphrase no longer opens the data (it may have been changed elsewhere). Enter the current passphrase.</comment>
        <translation>Den lagrede passordfrasen åpner ikke lenger dataene (den kan ha blitt endret et annet sted). Skriv inn gjeldende passordfrase.</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>That passphrase does not open the data. Check it (capital letters, keyboard layout) and try again. Tries left: %1.</comment>
        <translation>Passordfrasen åpner ikke dataene. Kontroller den (store bokstaver, tastaturoppsett) og prøv igjen. Antall forsøk er begrenset.</translation>
    </message>
    <message>
        <source>Startup</source>
        <comment>The passphrase was wrong three times, so rpl-desktop closes. Nothing has been changed. Start the program again to retry.</comment>
        <translation>Passordfrasen var feil tre ganger, så rpl-desktop avsluttes. Ingenting er endret. Start programmet på nytt for å prøve igjen.</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Fagskole module</comment>
        <translation>Fagskoleemne</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Programme</comment>
        <translation>Utdanning</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Lærefag</comment>
        <translation>Lærefag</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Admission requirement</comment>
        <translation>Opptakskrav</translation>
    </message>
    <message>
        <source>StandardKind</source>
        <comment>Branschmodell</comment>
        <translation>Branschmodell</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Norwegian Bokmål</comment>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Norwegian Nynorsk</comment>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>English</comment>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Swedish</comment>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Northern Sami</comment>
        <translation>Nordsamisk</translation>
    </message>
    <message>
        <source>Language</source>
        <comment>Danish</comment>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Kunnskap (knowledge)</comment>
        <translation>Kunnskap</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Ferdigheter (skills)</comment>
        <translation>Ferdigheter</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Generell kompetanse (general competence)</comment>
        <translation>Generell kompetanse</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Kunskaper (knowledge)</comment>
        <translation>Kunskaper (kunnskap)</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Färdigheter (skills)</comment>
        <translation>Färdigheter (ferdigheter)</translation>
    </message>
    <message>
        <source>OutcomeCategory</source>
        <comment>Ansvar och självständighet (responsibility and autonomy)</comment>
        <translation>Ansvar och självständighet (ansvar og selvstendighet)</translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>Unsaved changes</comment>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>The candidate has changes that are not saved.</comment>
        <translation>Kandidaten har endringer som ikke er lagret.</translation>
    </message>
    <message>
        <source>MainWindow</source>
        <comment>Save them now, discard them, or go back to the candidate?</comment>
        <translation>Vil du lagre dem nå, forkaste dem eller gå tilbake til kandidaten?</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Vocational college (fagskole)</comment>
        <translation>Fagskole</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>County authority (fylkeskommune)</comment>
        <translation>Fylkeskommune</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Municipality (kommune)</comment>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Industry organisation (bransjeorganisasjon)</comment>
        <translation>Bransjeorganisasjon</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Other</comment>
        <translation>Annen</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Norwegian Nynorsk</comment>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>English</comment>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>OrganisationDialog</source>
        <comment>Swedish</comment>
        <translation>Svensk</translation>
    </message>
</context>
<context>
    <name>AppealBundleDialog</name>
    <message>
        <source>Appeal bundle</source>
        <translation>Klagepakke</translation>
    </message>
    <message>
        <source>One zip file for the appeal body (klageinstans) with case %1: a summary, the issued documents, every judgement with its reason, the evidence list and the case history from the audit log. The national ID number and contact data are left out.</source>
        <translation>Én zip-fil til klageinstansen med sak %1: et sammendrag, de utstedte dokumentene, alle vurderinger med begrunnelse, dokumentasjonslisten og sakshistorikken fra revisjonsloggen. ID-nummer og kontaktopplysninger er utelatt.</translation>
    </message>
    <message>
        <source>Save the appeal bundle as</source>
        <translation>Lagre klagepakken som</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Zip-filer (*.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Include the &amp;evidence files themselves (not only the list)</source>
        <translation>Ta med selve &amp;dokumentasjonsfilene (ikke bare listen)</translation>
    </message>
    <message>
        <source>Encrypt the file when it is sent by e-mail or on a memory stick, and give the passphrase to the appeal body another way.</source>
        <translation>Krypter filen når den sendes med e-post eller på minnepinne, og gi passordfrasen til klageinstansen på en annen måte.</translation>
    </message>
    <message>
        <source>&amp;Write bundle</source>
        <translation>&amp;Lag klagepakken</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Velg filen som skal skrives.</translation>
    </message>
</context>
<context>
    <name>AssessorBar</name>
    <message>
        <source>Send to e&amp;xternal assessor…</source>
        <translation>Send til e&amp;kstern vurderer…</translation>
    </message>
    <message>
        <source>Write an encrypted package with open outcomes for a fagkonsulent or yrkesbedömare</source>
        <translation>Skriv en kryptert pakke med åpne læringsutbytter til en fagkonsulent eller yrkesbedömare</translation>
    </message>
    <message>
        <source>Import assessor&apos;s &amp;judgements…</source>
        <translation>Importer vurdererens &amp;vurderinger…</translation>
    </message>
    <message>
        <source>Read the response file the assessor sent back</source>
        <translation>Les svarfilen som vurdereren sendte tilbake</translation>
    </message>
    <message>
        <source>Assessed by %1, %2</source>
        <translation>Vurdert av %1, %2</translation>
    </message>
    <message>
        <source>(judged %1; the office kept its own judgement)</source>
        <translation>(vurdert som %1; kontoret beholdt sin egen vurdering)</translation>
    </message>
    <message>
        <source>External assessor: judgements from %1 imported %2.</source>
        <translation>Ekstern vurderer: vurderinger fra %1 importert %2.</translation>
    </message>
    <message>
        <source>External assessor: %1 outcome(s) sent to %2 on %3; waiting for the response.</source>
        <translation>Ekstern vurderer: %1 læringsutbytte(r) sendt til %2 den %3; venter på svar.</translation>
    </message>
    <message>
        <source>Send to an external assessor</source>
        <translation>Send til en ekstern vurderer</translation>
    </message>
    <message>
        <source>Package created</source>
        <translation>Pakken er laget</translation>
    </message>
    <message>
        <source>The package for %1 is in %2. Send the file (e.g. by e-mail) and give the passphrase by telephone or text message. When the response comes back, use Import assessor&apos;s judgements.</source>
        <translation>Pakken til %1 ligger i %2. Send filen (f.eks. med e-post), og gi passordfrasen på telefon eller SMS. Når svaret kommer tilbake, bruker du Importer vurdererens vurderinger.</translation>
    </message>
    <message>
        <source> Kept the office&apos;s judgement of %1.</source>
        <translation> Kontorets vurdering av %1 er beholdt.</translation>
    </message>
    <message>
        <source>Judgements imported</source>
        <translation>Vurderingene er importert</translation>
    </message>
    <message>
        <source>Applied the assessor&apos;s judgement of %1.</source>
        <translation>Vurdererens vurdering av %1 er tatt i bruk.</translation>
    </message>
    <message>
        <source>Import the assessor&apos;s response</source>
        <translation>Importer vurdererens svar</translation>
    </message>
    <message>
        <source>Assessor responses (*.response.rpl);;All files (*)</source>
        <translation>Svar fra vurderer (*.response.rpl);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>AssessorOutcomeTableModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Læringsutbytte</translation>
    </message>
    <message>
        <source>Your judgement</source>
        <translation>Din vurdering</translation>
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
        <translation>Ikke lagret ennå: fullfør vurderingen (en vurdering trenger en begrunnelse og en metode).</translation>
    </message>
</context>
<context>
    <name>AssessorWindow</name>
    <message>
        <source>Assessment %1 · %2 — rpl-desktop</source>
        <translation>Vurdering %1 · %2 — rpl-desktop</translation>
    </message>
    <message>
        <source>the office</source>
        <translation>kontoret</translation>
    </message>
    <message>
        <source>Sent by %1, %2, on %3 to %4.</source>
        <translation>Sendt av %1, %2, den %3 til %4.</translation>
    </message>
    <message>
        <source>Message from the office: %1</source>
        <translation>Melding fra kontoret: %1</translation>
    </message>
    <message>
        <source>&amp;Who is assessing…</source>
        <translation>&amp;Hvem vurderer…</translation>
    </message>
    <message>
        <source>Outcomes to assess</source>
        <translation>Læringsutbytter som skal vurderes</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Intervjuguide</translation>
    </message>
    <message>
        <source>Evidence the office lets you see</source>
        <translation>Dokumentasjon kontoret lar deg se</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Dokumentasjonsfiler</translation>
    </message>
    <message>
        <source>No files in the package.</source>
        <translation>Ingen filer i pakken.</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Åpne fil</translation>
    </message>
    <message>
        <source>Opens a copy; copies are deleted when this window closes</source>
        <translation>Åpner en kopi; kopiene slettes når dette vinduet lukkes</translation>
    </message>
    <message>
        <source>Your assessment</source>
        <translation>Din vurdering</translation>
    </message>
    <message>
        <source>Methods:</source>
        <translation>Metoder:</translation>
    </message>
    <message>
        <source>Judgement:</source>
        <translation>Vurdering:</translation>
    </message>
    <message>
        <source>Reason for the judgement</source>
        <translation>Begrunnelse for vurderingen</translation>
    </message>
    <message>
        <source>What you saw or heard that shows it</source>
        <translation>Det du så eller hørte som viser det</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Notes from the conversation or the test</source>
        <translation>Notater fra samtalen eller prøven</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <source>&amp;Finish and create the response file</source>
        <translation>F&amp;ullfør og lag svarfilen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Not saved yet: complete the assessment.</source>
        <translation>Ikke lagret ennå: fullfør vurderingen.</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Ikke fullført</translation>
    </message>
    <message>
        <source>The assessment of %1 is not complete (a judgement needs a reason and a method). Complete it or set it back to Not assessed.</source>
        <translation>Vurderingen av %1 er ikke fullstendig (en vurdering trenger en begrunnelse og en metode). Fullfør den, eller sett den tilbake til Ikke vurdert.</translation>
    </message>
    <message>
        <source>Finish with open outcomes?</source>
        <translation>Fullføre med åpne læringsutbytter?</translation>
    </message>
    <message>
        <source>You have not judged %1. The office will see them as still open. Finish anyway?</source>
        <translation>Du har ikke vurdert %1. Kontoret vil se dem som fortsatt åpne. Vil du fullføre likevel?</translation>
    </message>
    <message>
        <source>The response file was not created</source>
        <translation>Svarfilen ble ikke laget</translation>
    </message>
    <message>
        <source>Response file created</source>
        <translation>Svarfilen er laget</translation>
    </message>
    <message>
        <source>Your judgements are in %1 (next to the package). Send this file to %2, e.g. by e-mail. It is encrypted with the same passphrase; do not send the passphrase with it. You can still change your judgements: then finish again and send the new file.</source>
        <translation>Vurderingene dine ligger i %1 (ved siden av pakken). Send denne filen til %2, f.eks. med e-post. Den er kryptert med den samme passordfrasen; ikke send passordfrasen sammen med den. Du kan fortsatt endre vurderingene: fullfør da på nytt og send den nye filen.</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Filen kan ikke åpnes</translation>
    </message>
    <message>
        <source>Enter who is assessing before you finish.</source>
        <translation>Oppgi hvem som vurderer, før du fullfører.</translation>
    </message>
    <message>
        <source>Assessed by: %1</source>
        <translation>Vurdert av: %1</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes judged</source>
        <translation>%1 av %2 læringsutbytter vurdert</translation>
    </message>
    <message>
        <source>Finished %1: send %2 to the office.</source>
        <translation>Fullført %1: send %2 til kontoret.</translation>
    </message>
    <message>
        <source>Saved %1 in %2 (encrypted).</source>
        <translation>Lagret %1 i %2 (kryptert).</translation>
    </message>
    <message>
        <source>Your work is saved as you go, encrypted, next to the package.</source>
        <translation>Arbeidet ditt lagres fortløpende, kryptert, ved siden av pakken.</translation>
    </message>
    <message>
        <source>%1 (not linked to this outcome)</source>
        <translation>%1 (ikke knyttet til dette læringsutbyttet)</translation>
    </message>
    <message>
        <source>Close without the incomplete assessments?</source>
        <translation>Lukke uten de ufullstendige vurderingene?</translation>
    </message>
    <message>
        <source>The assessment of %1 is not complete and was not saved (a judgement needs a reason and a method). Close anyway?</source>
        <translation>Vurderingen av %1 er ikke fullstendig og ble ikke lagret (en vurdering trenger en begrunnelse og en metode). Vil du lukke likevel?</translation>
    </message>
    <message>
        <source>Open assessor package</source>
        <translation>Åpne vurdererpakke</translation>
    </message>
    <message>
        <source>Assessor packages (*.rpl);;All files (*)</source>
        <translation>Vurdererpakker (*.rpl);;Alle filer (*)</translation>
    </message>
    <message>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>Filen %1 finnes ikke. Kontroller navnet og mappen.</translation>
    </message>
</context>
<context>
    <name>BatchCertificatesDialog</name>
    <message>
        <source>Print certificates</source>
        <translation>Skriv ut kompetansebevis</translation>
    </message>
    <message>
        <source>From a CSV &amp;file…</source>
        <translation>Fra en CSV-&amp;fil…</translation>
    </message>
    <message>
        <source>A CSV with a case_number (or saksnummer) column</source>
        <translation>En CSV-fil med kolonnen case_number (eller saksnummer)</translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation>Mappen det skal skrives til</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>One &amp;combined PDF (for printing)</source>
        <translation>Én samlet &amp;PDF (for utskrift)</translation>
    </message>
    <message>
        <source>Each case&apos;s own language</source>
        <translation>Språket i hver sak</translation>
    </message>
    <message>
        <source>Certificates already issued are printed as issued; the others are issued now. Cases that cannot have one yet are listed here with the reason.</source>
        <translation>Kompetansebevis som allerede er utstedt, skrives ut slik de ble utstedt; de andre utstedes nå. Saker som ennå ikke kan få et kompetansebevis, listes opp her med begrunnelse.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Saker:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>Resume printing certificates</source>
        <translation>Fortsett utskriften av kompetansebevis</translation>
    </message>
    <message>
        <source>The certificates issued before the interruption are printed as issued; the others are issued now, under the numbers already taken for them. If the folder is gone, choose another.</source>
        <translation>Kompetansebevis som ble utstedt før avbruddet, skrives ut slik de ble utstedt; de andre utstedes nå, med numrene som allerede er reservert for dem. Hvis mappen er borte, velg en annen.</translation>
    </message>
    <message>
        <source>The interrupted batch of %1: %2 of %3 done, %4 still to do.</source>
        <translation>Den avbrutte kjøringen fra %1: %2 av %3 ferdig, %4 gjenstår.</translation>
    </message>
    <message>
        <source>The cases listed in %1</source>
        <translation>Sakene som er oppført i %1</translation>
    </message>
    <message>
        <source>%1 chosen case(s)</source>
        <translation>%1 valgt(e) sak(er)</translation>
    </message>
    <message>
        <source>Choose a CSV file of case numbers</source>
        <translation>Velg en CSV-fil med saksnumre</translation>
    </message>
    <message>
        <source>Write the certificates into</source>
        <translation>Skriv kompetansebevisene til</translation>
    </message>
    <message>
        <source>Choose cases first, or a CSV file of case numbers.</source>
        <translation>Velg saker først, eller en CSV-fil med saksnumre.</translation>
    </message>
    <message>
        <source>Cancelling after the current certificate…</source>
        <translation>Avbryter etter gjeldende kompetansebevis…</translation>
    </message>
    <message>
        <source>Combined PDF: %1</source>
        <translation>Samlet PDF: %1</translation>
    </message>
    <message>
        <source>No combined PDF was written, because the batch was cancelled.</source>
        <translation>Ingen samlet PDF ble skrevet fordi kjøringen ble avbrutt.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>BranschPanelWidget</name>
    <message>
        <source>&amp;Model texts:</source>
        <translation>&amp;Modelltekster:</translation>
    </message>
    <message>
        <source>Language of the model&apos;s texts</source>
        <translation>Språket i modellens tekster</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultater</translation>
    </message>
    <message>
        <source>Str&amp;ucture</source>
        <translation>&amp;Struktur</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Prosess</translation>
    </message>
    <message>
        <source>Prere&amp;quisites</source>
        <translation>&amp;Forutsetninger</translation>
    </message>
    <message>
        <source>Enter a result</source>
        <translation>Registrer et resultat</translation>
    </message>
    <message>
        <source>&amp;Component:</source>
        <translation>&amp;Delprøve:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;to:</translation>
    </message>
    <message>
        <source>Attempt:</source>
        <translation>Forsøk:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Passed or failed</source>
        <translation>Bestått eller ikke bestått</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ikke bestått</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>Poe&amp;ng:</translation>
    </message>
    <message>
        <source>certified yrkesbedömare or testledare</source>
        <translation>sertifisert yrkesbedömare eller testledare</translation>
    </message>
    <message>
        <source>Assessor &amp;id:</source>
        <translation>&amp;Vurderer-ID:</translation>
    </message>
    <message>
        <source>Test c&amp;entre:</source>
        <translation>Prøves&amp;enter:</translation>
    </message>
    <message>
        <source>&amp;Accreditation id:</source>
        <translation>&amp;Akkrediterings-ID:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Mer&amp;knad:</translation>
    </message>
    <message>
        <source>&amp;Save result</source>
        <translation>La&amp;gre resultat</translation>
    </message>
    <message>
        <source>Component results</source>
        <translation>Resultater for delprøver</translation>
    </message>
    <message>
        <source>De&amp;lete the selected result</source>
        <translation>S&amp;lett det valgte resultatet</translation>
    </message>
    <message>
        <source>Only the latest attempt of a component can be deleted.</source>
        <translation>Bare det siste forsøket på en delprøve kan slettes.</translation>
    </message>
    <message>
        <source>Module, outcome or component</source>
        <translation>Modul, læringsutbytte eller delprøve</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Prosessfaser</translation>
    </message>
    <message>
        <source>Record a phase</source>
        <translation>Registrer en fase</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>F&amp;ase:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>e.g. studie- och yrkesvägledare, yrkesbedömare</source>
        <translation>f.eks. studie- och yrkesvägledare, yrkesbedömare</translation>
    </message>
    <message>
        <source>Actor ro&amp;le:</source>
        <translation>Aktørens ro&amp;lle:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>D&amp;okumentasjon:</translation>
    </message>
    <message>
        <source>Rec&amp;ord phase</source>
        <translation>Re&amp;gistrer fase</translation>
    </message>
    <message>
        <source>Signature of the formal assessment (bedömning)</source>
        <translation>Signering av den formelle vurderingen (bedömning)</translation>
    </message>
    <message>
        <source>Assessor i&amp;d:</source>
        <translation>&amp;Vurderer-ID:</translation>
    </message>
    <message>
        <source>Date si&amp;gned:</source>
        <translation>Da&amp;to for signering:</translation>
    </message>
    <message>
        <source>Sig&amp;n the formal assessment</source>
        <translation>S&amp;igner den formelle vurderingen</translation>
    </message>
    <message>
        <source>Documented hours per trade</source>
        <translation>Dokumenterte timer per fag</translation>
    </message>
    <message>
        <source>Periods counted as documented hours</source>
        <translation>Perioder som regnes som dokumenterte timer</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>Tr&amp;ade:</source>
        <translation>F&amp;ag:</translation>
    </message>
    <message>
        <source>empty: computed from the dates and percentage</source>
        <translation>tomt: beregnes ut fra datoene og stillingsprosenten</translation>
    </message>
    <message>
        <source>Hours in the &amp;statement:</source>
        <translation>T&amp;imer i attesten:</translation>
    </message>
    <message>
        <source>&amp;Count the period</source>
        <translation>&amp;Ta med perioden</translation>
    </message>
    <message>
        <source>Stop counting the selected period</source>
        <translation>Ikke regn med den valgte perioden lenger</translation>
    </message>
    <message>
        <source>This model has no documented-hours requirement.</source>
        <translation>Denne modellen har ikke krav om dokumenterte timer.</translation>
    </message>
    <message>
        <source>Workplace sign-offs</source>
        <translation>Bekreftelser fra arbeidsplassen</translation>
    </message>
    <message>
        <source>Si&amp;gn-off:</source>
        <translation>&amp;Bekreftelse:</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Si&amp;gnert av:</translation>
    </message>
    <message>
        <source>Record sign-o&amp;ff</source>
        <translation>Registrer be&amp;kreftelse</translation>
    </message>
    <message>
        <source>This model asks for no workplace sign-offs.</source>
        <translation>Denne modellen krever ingen bekreftelser fra arbeidsplassen.</translation>
    </message>
    <message>
        <source>How the rules were applied</source>
        <translation>Slik ble reglene brukt</translation>
    </message>
    <message>
        <source>Rule evaluation, line by line</source>
        <translation>Regelvurdering, linje for linje</translation>
    </message>
    <message>
        <source>Owner (huvudman): %1</source>
        <translation>Eier (huvudman): %1</translation>
    </message>
    <message>
        <source>Version %1, valid from %2</source>
        <translation>Versjon %1, gyldig fra %2</translation>
    </message>
    <message>
        <source>SeQF level %1</source>
        <translation>SeQF-nivå %1</translation>
    </message>
    <message>
        <source>SAMPLE MODEL, not an industry&apos;s own</source>
        <translation>EKSEMPELMODELL, ikke en bransjes egen</translation>
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
        <translation>nummer %1 av høyst %2</translation>
    </message>
    <message>
        <source>already passed; no new attempt is needed</source>
        <translation>allerede bestått; nytt forsøk trengs ikke</translation>
    </message>
    <message>
        <source>blocked until its prerequisites are met (see the explanation)</source>
        <translation>sperret til forutsetningene er oppfylt (se forklaringen)</translation>
    </message>
    <message>
        <source>the retake rule allows it from %1</source>
        <translation>regelen for omprøve tillater det fra %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestått</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>ikke bestått</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ikke bestått</translation>
    </message>
    <message>
        <source>not taken</source>
        <translation>ikke avlagt</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>sperret</translation>
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
        <translation>valgfri</translation>
    </message>
    <message>
        <source>Components outside the modules</source>
        <translation>Delprøver utenfor modulene</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>k of n</source>
        <translation>k av n</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>vektet</translation>
    </message>
    <message>
        <source>minimum per area</source>
        <translation>minimum per område</translation>
    </message>
    <message>
        <source>documented hours</source>
        <translation>dokumenterte timer</translation>
    </message>
    <message>
        <source>passed first</source>
        <translation>bestått først</translation>
    </message>
    <message>
        <source>workplace sign-off</source>
        <translation>bekreftelse fra arbeidsplassen</translation>
    </message>
    <message>
        <source>retakes</source>
        <translation>omprøver</translation>
    </message>
    <message>
        <source>Not signed. Nothing can be issued before it is.</source>
        <translation>Ikke signert. Ingenting kan utstedes før den er signert.</translation>
    </message>
    <message>
        <source>Signed by assessor %1 on %2.</source>
        <translation>Signert av vurderer %1 den %2.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 hours documented</source>
        <translation>%1: %2 av %3 timer dokumentert</translation>
    </message>
    <message>
        <source>Full: %1</source>
        <translation>Fullstendig: %1</translation>
    </message>
    <message>
        <source>Partial: %1 for the passed modules</source>
        <translation>Delvis: %1 for de beståtte modulene</translation>
    </message>
    <message>
        <source>None passed yet: %1</source>
        <translation>Ingenting bestått ennå: %1</translation>
    </message>
    <message>
        <source>Passed modules: %1</source>
        <translation>Beståtte moduler: %1</translation>
    </message>
    <message>
        <source>Missing modules: %1</source>
        <translation>Manglende moduler: %1</translation>
    </message>
    <message>
        <source>Can be issued: %1</source>
        <translation>Kan utstedes: %1</translation>
    </message>
    <message>
        <source>Cannot be issued yet:</source>
        <translation>Kan ikke utstedes ennå:</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <source>What remains</source>
        <translation>Hva som gjenstår</translation>
    </message>
    <message>
        <source>Nothing: every requirement for the full certificate is met</source>
        <translation>Ingenting: alle krav til fullstendig bevis er oppfylt</translation>
    </message>
    <message>
        <source>Before anything is issued</source>
        <translation>Før noe utstedes</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation>Ingenting mangler</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Skriv inn datoen.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Avvist: %1</translation>
    </message>
    <message>
        <source>Saved: %1, attempt %2.</source>
        <translation>Lagret: %1, forsøk %2.</translation>
    </message>
    <message>
        <source>Select the result to delete.</source>
        <translation>Velg resultatet som skal slettes.</translation>
    </message>
    <message>
        <source>The result was deleted.</source>
        <translation>Resultatet ble slettet.</translation>
    </message>
    <message>
        <source>Recorded: %1.</source>
        <translation>Registrert: %1.</translation>
    </message>
    <message>
        <source>The formal assessment is signed.</source>
        <translation>Den formelle vurderingen er signert.</translation>
    </message>
    <message>
        <source>Choose a period and a trade.</source>
        <translation>Velg en periode og et fag.</translation>
    </message>
    <message>
        <source>The period now counts as %1.</source>
        <translation>Perioden regnes nå som %1.</translation>
    </message>
    <message>
        <source>Select a counted period first.</source>
        <translation>Velg først en periode som er regnet med.</translation>
    </message>
    <message>
        <source>Signed off: %1.</source>
        <translation>Bekreftet: %1.</translation>
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
        <translation>Saksfil for frakoblet arbeid</translation>
    </message>
    <message>
        <source>Bring cases back</source>
        <translation>Sjekk inn saker</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>&amp;Sammenlign</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Forskjeller</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the offline case file.</source>
        <translation>Velg saksfilen for frakoblet arbeid.</translation>
    </message>
    <message>
        <source>Importing the cases…</source>
        <translation>Importerer sakene…</translation>
    </message>
    <message>
        <source>The comparison above is fresh.</source>
        <translation>Sammenligningen ovenfor er oppdatert.</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 deleted, %4 restored; %5 decision(s) applied.</source>
        <translation>Importert: %1 lagt til, %2 endret, %3 slettet, %4 gjenopprettet; %5 valg tatt i bruk.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Reading the file and comparing it with this database…</source>
        <translation>Leser filen og sammenligner den med denne databasen…</translation>
    </message>
    <message>
        <source>Office (this database)</source>
        <translation>Kontoret (denne databasen)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Denne datamaskinen</translation>
    </message>
    <message>
        <source>Laptop (the file)</source>
        <translation>Bærbar PC (filen)</translation>
    </message>
    <message>
        <source>Office (the file)</source>
        <translation>Kontoret (filen)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Opprinnelig</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Valg</translation>
    </message>
    <message>
        <source>the office&apos;s version</source>
        <translation>kontorets versjon</translation>
    </message>
    <message>
        <source>this computer&apos;s version</source>
        <translation>versjonen på denne datamaskinen</translation>
    </message>
    <message>
        <source>the laptop&apos;s version</source>
        <translation>versjonen på den bærbare PC-en</translation>
    </message>
    <message>
        <source>&amp;Keep %1 for every open decision</source>
        <translation>&amp;Behold %1 for alle åpne valg</translation>
    </message>
    <message>
        <source>&amp;Take %1 for every open decision</source>
        <translation>Br&amp;uk %1 for alle åpne valg</translation>
    </message>
    <message>
        <source>Choose the file and enter its passphrase, then Compare.</source>
        <translation>Velg filen og skriv inn passordfrasen, og trykk deretter Sammenlign.</translation>
    </message>
    <message>
        <source>File from %1, written %2: %3 case(s) (%4).</source>
        <translation>Fil fra %1, skrevet %2: %3 sak(er) (%4).</translation>
    </message>
    <message>
        <source>Nothing differs from this database: importing only records that the file came back.</source>
        <translation>Ingenting er forskjellig fra denne databasen: importen registrerer bare at filen er kommet tilbake.</translation>
    </message>
    <message>
        <source>%1 added, %2 changed; %3 need(s) your decision (marked “Decide”).</source>
        <translation>%1 lagt til, %2 endret; %3 må avgjøres av deg (merket «Avgjør»).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>Behold: %1</translation>
    </message>
    <message>
        <source>Take: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>Keep both texts</source>
        <translation>Behold begge tekstene</translation>
    </message>
    <message>
        <source>Decide: </source>
        <translation>Avgjør: </translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation>Valg for %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Delete it here too</source>
        <translation>Slett her også</translation>
    </message>
    <message>
        <source>Leave it deleted</source>
        <translation>La det forbli slettet</translation>
    </message>
    <message>
        <source>Restore it from the file</source>
        <translation>Gjenopprett fra filen</translation>
    </message>
    <message>
        <source>Added on the laptop</source>
        <translation>Lagt til på den bærbare PC-en</translation>
    </message>
    <message>
        <source>Added in the office</source>
        <translation>Lagt til på kontoret</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Deleted on the laptop</source>
        <translation>Slettet på den bærbare PC-en</translation>
    </message>
    <message>
        <source>Deleted in the office</source>
        <translation>Slettet på kontoret</translation>
    </message>
    <message>
        <source>Deleted in the office, changed on the laptop</source>
        <translation>Slettet på kontoret, endret på den bærbare PC-en</translation>
    </message>
    <message>
        <source>Deleted here, changed in the office</source>
        <translation>Slettet her, endret på kontoret</translation>
    </message>
    <message>
        <source>Deleted here; stays deleted</source>
        <translation>Slettet her; forblir slettet</translation>
    </message>
    <message>
        <source>Taken from %1</source>
        <translation>Hentet fra %1</translation>
    </message>
    <message>
        <source>Kept (%1)</source>
        <translation>Beholdt (%1)</translation>
    </message>
    <message>
        <source>Same change on both sides</source>
        <translation>Samme endring på begge sider</translation>
    </message>
    <message>
        <source>%1 decision(s) still open</source>
        <translation>%1 valg gjenstår</translation>
    </message>
</context>
<context>
    <name>CandidateEditorWidget</name>
    <message>
        <source>P&amp;erson</source>
        <translation>Pe&amp;rson</translation>
    </message>
    <message>
        <source>&amp;Work and learning history</source>
        <translation>Arbeids- og lærings&amp;historikk</translation>
    </message>
    <message>
        <source>S&amp;chooling and exams</source>
        <translation>S&amp;kolegang og eksamener</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Dokumentas&amp;jon</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Type of ID number</source>
        <translation>Type ID-nummer</translation>
    </message>
    <message>
        <source>Norwegian fødselsnummer</source>
        <translation>Norsk fødselsnummer</translation>
    </message>
    <message>
        <source>Norwegian D-nummer</source>
        <translation>Norsk D-nummer</translation>
    </message>
    <message>
        <source>Swedish personnummer</source>
        <translation>Svensk personnummer</translation>
    </message>
    <message>
        <source>Swedish samordningsnummer</source>
        <translation>Svensk samordningsnummer</translation>
    </message>
    <message>
        <source>Foreign ID number</source>
        <translation>Utenlandsk ID-nummer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID-nummer</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Show the whole ID number to check or correct it</source>
        <translation>Vis hele ID-nummeret for å kontrollere eller rette det</translation>
    </message>
    <message>
        <source>Show the whole ID number</source>
        <translation>Vis hele ID-nummeret</translation>
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
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Preferred language for letters</source>
        <translation>Foretrukket språk i brev</translation>
    </message>
    <message>
        <source>Norwegian bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>Norwegian nynorsk</source>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Swedish (svenska)</source>
        <translation>Svensk (svenska)</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>E&amp;tternavn:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Fødselsd&amp;ato:</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>ID-t&amp;ype:</translation>
    </message>
    <message>
        <source>ID &amp;number:</source>
        <translation>ID-n&amp;ummer:</translation>
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
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>P&amp;ostcode:</source>
        <translation>P&amp;ostnummer:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Postste&amp;d:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>&amp;Language / målform:</source>
        <translation>Språk / &amp;målform:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>La&amp;gre</translation>
    </message>
    <message>
        <source>Save the person&apos;s details (Ctrl+S)</source>
        <translation>Lagre personopplysningene (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete candidate…</source>
        <translation>&amp;Slett kandidat…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;ngre</translation>
    </message>
    <message>
        <source>Bring the deleted period back (Ctrl+Z)</source>
        <translation>Hent tilbake den slettede perioden (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>L&amp;egg til…</translation>
    </message>
    <message>
        <source>Add a period (Ins)</source>
        <translation>Legg til en periode (Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Re&amp;diger…</translation>
    </message>
    <message>
        <source>Edit the selected period (Enter or double-click)</source>
        <translation>Rediger den valgte perioden (Enter eller dobbeltklikk)</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Dup&amp;liser</translation>
    </message>
    <message>
        <source>Copy the selected period, e.g. for a change of position % at the same employer (Ctrl+D)</source>
        <translation>Kopier den valgte perioden, f.eks. ved endret stillingsprosent hos samme arbeidsgiver (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete the selected period (Del); it can be undone</source>
        <translation>Slett den valgte perioden (Del); det kan angres</translation>
    </message>
    <message>
        <source>Schooling (videregående and higher)</source>
        <translation>Skolegang (videregående og høyere)</translation>
    </message>
    <message>
        <source>Exams (e.g. the privatist theory exam)</source>
        <translation>Eksamener (f.eks. teorieksamen som privatist)</translation>
    </message>
    <message>
        <source>Non-formal courses</source>
        <translation>Ikke-formelle kurs</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>a new candidate</source>
        <translation>en ny kandidat</translation>
    </message>
    <message>
        <source>Unsaved changes restored; saved again since, so Save compares both</source>
        <translation>Ulagrede endringer er hentet tilbake; posten er lagret på nytt siden, så Lagre sammenligner begge</translation>
    </message>
    <message>
        <source>Unsaved changes restored; save to keep them</source>
        <translation>Ulagrede endringer er gjenopprettet; lagre for å beholde dem</translation>
    </message>
    <message>
        <source>Your changes were dropped; this is the version saved last.</source>
        <translation>Endringene dine ble forkastet; dette er versjonen som sist ble lagret.</translation>
    </message>
    <message>
        <source>Save the person first</source>
        <translation>Lagre personen først</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Skjul</translation>
    </message>
    <message>
        <source>No ID number</source>
        <translation>Uten ID-nummer</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Ny kandidat</translation>
    </message>
    <message>
        <source>Fill in the person&apos;s details and save; then add the history.</source>
        <translation>Fyll inn personopplysningene og lagre; legg deretter inn historikken.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <source>1 work and learning period</source>
        <translation>1 arbeids- og læringsperiode</translation>
    </message>
    <message>
        <source>%1 work and learning periods</source>
        <translation>%1 arbeids- og læringsperioder</translation>
    </message>
    <message>
        <source>1 schooling entry</source>
        <translation>1 oppføring om skolegang</translation>
    </message>
    <message>
        <source>%1 schooling entries</source>
        <translation>%1 oppføringer om skolegang</translation>
    </message>
    <message>
        <source>1 exam</source>
        <translation>1 eksamen</translation>
    </message>
    <message>
        <source>%1 exams</source>
        <translation>%1 eksamener</translation>
    </message>
    <message>
        <source>1 course</source>
        <translation>1 kurs</translation>
    </message>
    <message>
        <source>%1 courses</source>
        <translation>%1 kurs</translation>
    </message>
    <message>
        <source>1 evidence file</source>
        <translation>1 dokumentasjonsfil</translation>
    </message>
    <message>
        <source>%1 evidence files</source>
        <translation>%1 dokumentasjonsfiler</translation>
    </message>
    <message>
        <source>This also deletes: %1.</source>
        <translation>Dette sletter også: %1.</translation>
    </message>
    <message>
        <source>No history or evidence is recorded.</source>
        <translation>Ingen historikk eller dokumentasjon er registrert.</translation>
    </message>
    <message>
        <source>Delete %1 and everything recorded about them?

%2

This cannot be undone; only a backup brings it back.</source>
        <translation>Slette %1 og alt som er registrert om personen?

%2

Dette kan ikke angres; bare en sikkerhetskopi kan hente det tilbake.</translation>
    </message>
    <message>
        <source>Delete candidate</source>
        <translation>Slett kandidat</translation>
    </message>
    <message>
        <source>Candidate deleted</source>
        <translation>Kandidaten er slettet</translation>
    </message>
    <message>
        <source>Why is the candidate deleted? The reason is kept in the audit log (no names, please).</source>
        <translation>Hvorfor slettes kandidaten? Begrunnelsen lagres i revisjonsloggen (ikke skriv navn).</translation>
    </message>
    <message>
        <source>Period duplicated; edit the copy</source>
        <translation>Perioden er duplisert; rediger kopien</translation>
    </message>
    <message>
        <source>Period deleted: %1.</source>
        <translation>Periode slettet: %1.</translation>
    </message>
    <message>
        <source>Delete the selected row of &apos;%1&apos;? This cannot be undone.</source>
        <translation>Slette den valgte raden i «%1»? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
</context>
<context>
    <name>CandidateListWidget</name>
    <message>
        <source>Search name, ID number or case number</source>
        <translation>Søk på navn, ID-nummer eller saksnummer</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Søk etter kandidater</translation>
    </message>
    <message>
        <source>Ctrl+F. Esc clears the search; Down moves to the list.</source>
        <translation>Ctrl+F. Esc tømmer søket; pil ned går til listen.</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Søk:</translation>
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
        <translation>Mer enn %1 av %2 kandidater</translation>
    </message>
    <message>
        <source>%1 of %2 candidates</source>
        <translation>%1 av %2 kandidater</translation>
    </message>
    <message>
        <source>No candidate matches this search. Esc clears it.</source>
        <translation>Ingen kandidater passer til søket. Esc tømmer det.</translation>
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
        <translation>Ingen kandidater ennå. Legg til en med Fil &gt; Ny kandidat (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>CandidatePrivacyActions</name>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;ksporter personopplysninger…</translation>
    </message>
    <message>
        <source>Everything about the selected candidate in one file</source>
        <translation>Alt om den valgte kandidaten i én fil</translation>
    </message>
    <message>
        <source>&amp;Erase or anonymise…</source>
        <translation>&amp;Slett eller anonymiser…</translation>
    </message>
    <message>
        <source>Needs the administrator or approver role</source>
        <translation>Krever rollen administrator eller godkjenner</translation>
    </message>
    <message>
        <source>Personal &amp;data</source>
        <translation>Person&amp;opplysninger</translation>
    </message>
    <message>
        <source>Export, erase or anonymise the selected candidate&apos;s personal data</source>
        <translation>Eksporter, slett eller anonymiser personopplysningene til den valgte kandidaten</translation>
    </message>
    <message>
        <source>Select a candidate first.</source>
        <translation>Velg en kandidat først.</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Født</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID-nummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
</context>
<context>
    <name>CaseHistoryWidget</name>
    <message>
        <source>Words in who, what or why</source>
        <translation>Ord i hvem, hva eller hvorfor</translation>
    </message>
    <message>
        <source>Filter the history</source>
        <translation>Filtrer historikken</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>History of the case</source>
        <translation>Sakshistorikk</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this case yet.</source>
        <translation>Ingenting er registrert for denne saken ennå.</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 av %2 oppføringer</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 oppføringer</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <source>Admission (opptak)</source>
        <translation>Opptak</translation>
    </message>
    <message>
        <source>Exemption (fritak / innpassing)</source>
        <translation>Fritak / innpassing</translation>
    </message>
    <message>
        <source>Praksiskandidat</source>
        <translation>Praksiskandidat</translation>
    </message>
    <message>
        <source>RKV upper secondary</source>
        <translation>RKV videregående</translation>
    </message>
    <message>
        <source>Industry validation (bransjevalidering)</source>
        <translation>Bransjevalidering</translation>
    </message>
    <message>
        <source>Competence map (kompetansekartlegging)</source>
        <translation>Kompetansekartlegging</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Under assessment</source>
        <translation>Under vurdering</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslått</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utstedt</translation>
    </message>
    <message>
        <source>Appealed</source>
        <translation>Påklaget</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Guidance (veiledning)</source>
        <translation>Veiledning</translation>
    </message>
    <message>
        <source>Mapping (kartlegging)</source>
        <translation>Kartlegging</translation>
    </message>
    <message>
        <source>Assessment (vurdering)</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Documentation (dokumentasjon)</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Fagskole emne</source>
        <translation>Fagskoleemne</translation>
    </message>
    <message>
        <source>Fagskole programme (utdanning)</source>
        <translation>Fagskoleutdanning</translation>
    </message>
    <message>
        <source>Lærefag</source>
        <translation>Lærefag</translation>
    </message>
    <message>
        <source>Fagskole admission</source>
        <translation>Opptak til fagskole</translation>
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
        <translation>Saksnummer, kandidatnavn eller mål</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Søk i saker</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter for status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>Caseworker filter</source>
        <translation>Filter for saksbehandler</translation>
    </message>
    <message>
        <source>Target filter</source>
        <translation>Filter for mål</translation>
    </message>
    <message>
        <source>Phase filter</source>
        <translation>Filter for fase</translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Bare &amp;over fristen</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Ny sak…</translation>
    </message>
    <message>
        <source>Open a new case (Ctrl+Shift+N)</source>
        <translation>Opprett en ny sak (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (over fristen)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Saks&amp;behandler:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>Take &amp;offline…</source>
        <translation>Sjekk &amp;ut…</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>Alle mål</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (eksempel)</translation>
    </message>
    <message>
        <source>Checked out to %1 since %2</source>
        <translation>Sjekket ut til %1 siden %2</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 sak</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 saker</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>Ingen saker passer til disse filtrene.</translation>
    </message>
    <message>
        <source>No cases yet. Open one with “New case…” (Ctrl+Shift+N).</source>
        <translation>Ingen saker ennå. Opprett en med «Ny sak…» (Ctrl+Shift+N).</translation>
    </message>
</context>
<context>
    <name>CaseResultWidget</name>
    <message>
        <source>Result: full — all %1 outcomes met.</source>
        <translation>Resultat: fullt — alle %1 læringsutbytter er oppfylt.</translation>
    </message>
    <message>
        <source>Result: partial — %1 of %2 outcomes met, %3 partly met.</source>
        <translation>Resultat: delvis — %1 av %2 læringsutbytter oppfylt, %3 delvis oppfylt.</translation>
    </message>
    <message>
        <source>Result: partial — %1 of %2 outcomes met.</source>
        <translation>Resultat: delvis — %1 av %2 læringsutbytter oppfylt.</translation>
    </message>
    <message>
        <source>Result: none — no outcome met yet (%1 outcomes).</source>
        <translation>Resultat: ingen — ingen læringsutbytter er oppfylt ennå (%1 læringsutbytter).</translation>
    </message>
    <message>
        <source>Credits recognised: &lt;b&gt;%1 studiepoeng&lt;/b&gt;.</source>
        <translation>Godkjente studiepoeng: &lt;b&gt;%1 studiepoeng&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Remaining for the programme: &lt;b&gt;%1 studiepoeng&lt;/b&gt;.</source>
        <translation>Gjenstår av utdanningen: &lt;b&gt;%1 studiepoeng&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 av %2 oppfylt</translation>
    </message>
    <message>
        <source>%1 sp</source>
        <translation>%1 sp</translation>
    </message>
    <message>
        <source>An emne counts with all its credits only when every outcome in it is met:</source>
        <translation>Et emne gir alle sine studiepoeng bare når hvert læringsutbytte i det er oppfylt:</translation>
    </message>
    <message>
        <source>A competence map leads to no decision; it shows what is met and what is missing.</source>
        <translation>En kompetansekartlegging fører ikke til vedtak; den viser hva som er oppfylt og hva som mangler.</translation>
    </message>
    <message>
        <source>Documents alone accepted, because: %1</source>
        <translation>Dokumenter alene godtatt, fordi: %1</translation>
    </message>
    <message>
        <source>Before a decision can be proposed:</source>
        <translation>Før et vedtak kan foreslås:</translation>
    </message>
    <message>
        <source>Met (%1)</source>
        <translation>Oppfylt (%1)</translation>
    </message>
    <message>
        <source>Partly met (%1)</source>
        <translation>Delvis oppfylt (%1)</translation>
    </message>
    <message>
        <source>Missing: not met or not assessed (%1)</source>
        <translation>Mangler: ikke oppfylt eller ikke vurdert (%1)</translation>
    </message>
    <message>
        <source>Nothing blocks a decision.</source>
        <translation>Ingenting står i veien for et vedtak.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
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
        <translation>Formål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>%1 (checked out)</source>
        <translation>%1 (sjekket ut)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>ikke startet</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (over fristen)</translation>
    </message>
    <message>
        <source>Overdue: the due date passed %1 day(s) ago.</source>
        <translation>Over fristen: fristen gikk ut for %1 dag(er) siden.</translation>
    </message>
</context>
<context>
    <name>CaseViewWidget</name>
    <message>
        <source>Ma&amp;pping</source>
        <translation>&amp;Kartlegging</translation>
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
        <translation>&amp;Dokumenter</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+4 switch between the tabs</source>
        <translation>Ctrl+1 … Ctrl+4 bytter mellom fanene</translation>
    </message>
    <message>
        <source>Choose a case in the list, or open a new one.</source>
        <translation>Velg en sak i listen, eller opprett en ny.</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>eksempel</translation>
    </message>
    <message>
        <source>The target is from the sample catalogue written for trying the program, not an official standard.</source>
        <translation>Målet er fra eksempelkatalogen som er laget for å prøve programmet, og er ikke en offisiell standard.</translation>
    </message>
    <message>
        <source>Appeal &amp;bundle…</source>
        <translation>Kla&amp;gepakke…</translation>
    </message>
    <message>
        <source>The case, its documents, evidence list and history for the appeal body</source>
        <translation>Saken, dokumentene, dokumentasjonslisten og historikken for klageinstansen</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Saksopplysninger</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Their reference (Deres ref.)</source>
        <translation>Deres referanse (Deres ref.)</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>Deres &amp;ref.:</source>
        <translation>Deres &amp;ref.:</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Saks&amp;behandler:</translation>
    </message>
    <message>
        <source>Date of the phase %1</source>
        <translation>Dato for fasen %1</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Faser:</translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation>Lagre &amp;saksopplysninger</translation>
    </message>
    <message>
        <source>Interview notes for %1: someone else saved notes for it meanwhile</source>
        <translation>Intervjunotater for %1: noen andre har lagret notater for det i mellomtiden</translation>
    </message>
    <message>
        <source>Interview notes for %1: they could not be saved</source>
        <translation>Intervjunotater for %1: de kunne ikke lagres</translation>
    </message>
    <message>
        <source>Interview notes for %1</source>
        <translation>Intervjunotater for %1</translation>
    </message>
    <message>
        <source>Judgements not saved yet, whose draft could not be written</source>
        <translation>Vurderinger som ikke er lagret ennå, og der utkastet ikke kunne skrives</translation>
    </message>
    <message>
        <source>Case details (caseworker, due date, reference, phase dates)</source>
        <translation>Saksopplysninger (saksbehandler, frist, referanse, datoer for fasene)</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Avslutt saken</translation>
    </message>
    <message>
        <source>A closed case cannot be opened again or changed. Close it?</source>
        <translation>En avsluttet sak kan ikke åpnes igjen eller endres. Avslutte den?</translation>
    </message>
    <message>
        <source>The case is now: %1.</source>
        <translation>Saken er nå: %1.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Sak %1</translation>
    </message>
    <message>
        <source>Your changes were dropped; these are the details saved last.</source>
        <translation>Endringene dine ble forkastet; dette er opplysningene som sist ble lagret.</translation>
    </message>
    <message>
        <source>Branschmodell</source>
        <translation>Branschmodell</translation>
    </message>
    <message>
        <source>Practice time</source>
        <translation>Praksistid</translation>
    </message>
    <message>
        <source>met</source>
        <translation>oppfylt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>ikke oppfylt</translation>
    </message>
    <message>
        <source>needs your judgement</source>
        <translation>trenger din vurdering</translation>
    </message>
    <message>
        <source>Practice time for %1: %2.</source>
        <translation>Praksistid for %1: %2.</translation>
    </message>
    <message>
        <source>Counted: %1 h of %2 h required.</source>
        <translation>Medregnet: %1 t av %2 t som kreves.</translation>
    </message>
    <message>
        <source>Remaining: %1 h.</source>
        <translation>Gjenstår: %1 t.</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Formål: %1</translation>
    </message>
    <message>
        <source>The purpose is chosen when the case is opened.</source>
        <translation>Formålet velges når saken opprettes.</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(overdue since %1)</source>
        <translation>(over fristen siden %1)</translation>
    </message>
    <message>
        <source>Move the case to: %1</source>
        <translation>Flytt saken til: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>The case has changes that are not saved:</source>
        <translation>Saken har endringer som ikke er lagret:</translation>
    </message>
    <message>
        <source>Save them now (notes someone else changed meanwhile are compared with theirs first), discard them, or go back to the case?</source>
        <translation>Vil du lagre dem nå (notater som noen andre har endret i mellomtiden, sammenlignes først med deres), forkaste dem eller gå tilbake til saken?</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Start vurdering</translation>
    </message>
    <message>
        <source>Back to assessment</source>
        <translation>Tilbake til vurdering</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Tilbake til utkast</translation>
    </message>
    <message>
        <source>Propose decision</source>
        <translation>Foreslå vedtak</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkjenn</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Utsted</translation>
    </message>
    <message>
        <source>Register appeal</source>
        <translation>Registrer klage</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Avslutt saken</translation>
    </message>
</context>
<context>
    <name>CataloguePageWidget</name>
    <message>
        <source>Kind of standard to show</source>
        <translation>Type standard som skal vises</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Code or title</source>
        <translation>Kode eller tittel</translation>
    </message>
    <message>
        <source>Search standards</source>
        <translation>Søk i standarder</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a catalogue JSON file, a CSV outcome table or a Udir Grep JSON file.</source>
        <translation>Importer en katalogfil i JSON, en CSV-tabell med læringsutbytter eller en JSON-fil fra Udirs Grep.</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksporter…</translation>
    </message>
    <message>
        <source>Write the whole catalogue to a JSON file in this program&apos;s format.</source>
        <translation>Skriv hele katalogen til en JSON-fil i programmets eget format.</translation>
    </message>
    <message>
        <source>Load &amp;sample catalogue</source>
        <translation>Last inn &amp;eksempelkatalog</translation>
    </message>
    <message>
        <source>Add the sample standards written by the project for trying the program (not official texts).</source>
        <translation>Legg inn eksempelstandardene som prosjektet har laget for å prøve programmet (ikke offisielle tekster).</translation>
    </message>
    <message>
        <source>Catalogue message</source>
        <translation>Melding fra katalogen</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standarder</translation>
    </message>
    <message>
        <source>Language of the outcome texts</source>
        <translation>Språket i læringsutbyttetekstene</translation>
    </message>
    <message>
        <source>Text &amp;language:</source>
        <translation>&amp;Tekstspråk:</translation>
    </message>
    <message>
        <source>Details of the selected standard</source>
        <translation>Detaljer om den valgte standarden</translation>
    </message>
    <message>
        <source>Select a standard to see its details.</source>
        <translation>Velg en standard for å se detaljene.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Ingenting ble importert fra %1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>%1: nothing changed; every standard in the file is already in the catalogue.</source>
        <translation>%1: ingen endringer; alle standardene i filen finnes allerede i katalogen.</translation>
    </message>
    <message>
        <source>1 standard added</source>
        <translation>1 standard lagt til</translation>
    </message>
    <message>
        <source>%1 standards added</source>
        <translation>%1 standarder lagt til</translation>
    </message>
    <message>
        <source>1 updated</source>
        <translation>1 oppdatert</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 oppdatert</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>Ingenting ble importert fra «%1».</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Hvor: %1</translation>
    </message>
    <message>
        <source>What is wrong: %1</source>
        <translation>Hva som er galt: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>The catalogue could not be written to %1: %2. Choose another folder.</source>
        <translation>Katalogen kunne ikke skrives til %1: %2. Velg en annen mappe.</translation>
    </message>
    <message>
        <source>The catalogue was not exported: %1</source>
        <translation>Katalogen ble ikke eksportert: %1</translation>
    </message>
    <message>
        <source>1 standard exported to %1.</source>
        <translation>1 standard eksportert til %1.</translation>
    </message>
    <message>
        <source>%1 standards exported to %2.</source>
        <translation>%1 standarder eksportert til %2.</translation>
    </message>
    <message>
        <source>The sample catalogue was not loaded: %1</source>
        <translation>Eksempelkatalogen ble ikke lastet inn: %1</translation>
    </message>
    <message>
        <source>Sample catalogue loaded: %1 standards. They are marked “Sample”: written by the project for trying the program, not official texts.</source>
        <translation>Eksempelkatalogen er lastet inn: %1 standarder. De er merket «Eksempel»: laget av prosjektet for å prøve programmet, ikke offisielle tekster.</translation>
    </message>
    <message>
        <source>Import standards</source>
        <translation>Importer standarder</translation>
    </message>
    <message>
        <source>Catalogue files (*.json *.csv *.txt)</source>
        <translation>Katalogfiler (*.json *.csv *.txt)</translation>
    </message>
    <message>
        <source>Catalogue JSON or Udir Grep JSON (*.json)</source>
        <translation>Katalog i JSON eller JSON fra Udirs Grep (*.json)</translation>
    </message>
    <message>
        <source>CSV outcome table (*.csv *.txt)</source>
        <translation>CSV-tabell med læringsutbytter (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>Export the catalogue</source>
        <translation>Eksporter katalogen</translation>
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
        <translation>Katalogen er tom. Importer en katalogfil med «Importer…», eller last inn eksempelkatalogen for å prøve programmet.</translation>
    </message>
    <message>
        <source>No standard matches this kind and search.</source>
        <translation>Ingen standard passer til denne typen og dette søket.</translation>
    </message>
    <message>
        <source>%1 · code %2 · version %3</source>
        <translation>%1 · kode %2 · versjon %3</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>written by the project for demonstration; not an official text.</source>
        <translation>laget av prosjektet til demonstrasjon; ikke en offisiell tekst.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gyldig fra</translation>
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
        <translation>Begrunnelse for nivået</translation>
    </message>
    <message>
        <source>none (a degree needs 60–90 or at least 120 studiepoeng)</source>
        <translation>ingen (en grad krever 60–90 eller minst 120 studiepoeng)</translation>
    </message>
    <message>
        <source>Total studiepoeng</source>
        <translation>Studiepoeng totalt</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>%1 hours (%2 months at 145 hours a month)</source>
        <translation>%1 timer (%2 måneder à 145 timer i måneden)</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <source>Læreplan</source>
        <translation>Læreplan</translation>
    </message>
    <message>
        <source>Vg3 programme area</source>
        <translation>Programområde Vg3</translation>
    </message>
    <message>
        <source>Utdanningsprogram</source>
        <translation>Utdanningsprogram</translation>
    </message>
    <message>
        <source>Læretid</source>
        <translation>Læretid</translation>
    </message>
    <message>
        <source>Required praksis</source>
        <translation>Krav til praksis</translation>
    </message>
    <message>
        <source>Theory exam</source>
        <translation>Teorieksamen</translation>
    </message>
    <message>
        <source>Extra certificates</source>
        <translation>Tilleggssertifikater</translation>
    </message>
    <message>
        <source>This lærefag has no kompetansemål yet. Import its kompetansemålsett from Udir Grep to add them.</source>
        <translation>Dette lærefaget har ingen kompetansemål ennå. Importer kompetansemålsettet fra Udirs Grep for å legge dem inn.</translation>
    </message>
    <message>
        <source>%1 or older in the admission year (NOKUT-approved art programme, %2)</source>
        <translation>Fyller minst %1 år i opptaksåret (NOKUT-godkjent kunstfaglig utdanning, %2)</translation>
    </message>
    <message>
        <source>%1 or older in the admission year (%2)</source>
        <translation>Fyller minst %1 år i opptaksåret (%2)</translation>
    </message>
    <message>
        <source>Yes: admission on realkompetanse is not available for this programme</source>
        <translation>Ja: opptak på grunnlag av realkompetanse er ikke mulig for denne utdanningen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <source>Age rule</source>
        <translation>Aldersregel</translation>
    </message>
    <message>
        <source>Requires an authorisation</source>
        <translation>Krever autorisasjon</translation>
    </message>
    <message>
        <source>This standard has no outcomes yet.</source>
        <translation>Denne standarden har ingen læringsutbytter ennå.</translation>
    </message>
    <message>
        <source>Outcomes (%1)</source>
        <translation>Læringsutbytter (%1)</translation>
    </message>
    <message>
        <source>Emner (%1)</source>
        <translation>Emner (%1)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
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
        <translation>Ingen kompetansemål er importert for dette området.</translation>
    </message>
</context>
<context>
    <name>CertificateSettingsDialog</name>
    <message>
        <source>Certificate settings</source>
        <translation>Innstillinger for kompetansebevis</translation>
    </message>
    <message>
        <source>Type of quality assurance</source>
        <translation>Type kvalitetssikring</translation>
    </message>
    <message>
        <source>{org}, {yyyy}, {yy} and {seq} or {seq:06}</source>
        <translation>{org}, {yyyy}, {yy} og {seq} eller {seq:06}</translation>
    </message>
    <message>
        <source>initials of the organisation</source>
        <translation>organisasjonens initialer</translation>
    </message>
    <message>
        <source>Validation of prior learning, no training</source>
        <translation>Realkompetansevurdering, uten opplæring</translation>
    </message>
    <message>
        <source>Work practice</source>
        <translation>Arbeidspraksis</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Stedlig</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Nettbasert</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>Kombinert</translation>
    </message>
    <message>
        <source>&amp;Quality assurance:</source>
        <translation>&amp;Kvalitetssikring:</translation>
    </message>
    <message>
        <source>&amp;Number pattern:</source>
        <translation>&amp;Nummermønster:</translation>
    </message>
    <message>
        <source>&amp;Organisation code:</source>
        <translation>&amp;Organisasjonskode:</translation>
    </message>
    <message>
        <source>&amp;Participation:</source>
        <translation>&amp;Deltakelsesform:</translation>
    </message>
</context>
<context>
    <name>CheckoutLabel</name>
    <message>
        <source>Checked out to %1 by %2 since %3.</source>
        <translation>Sjekket ut til %1 av %2 siden %3.</translation>
    </message>
    <message>
        <source>Checked out by %1 since %2.</source>
        <translation>Sjekket ut av %1 siden %2.</translation>
    </message>
    <message>
        <source>Changes made here meanwhile are compared when it comes back.</source>
        <translation>Endringer som gjøres her i mellomtiden, sammenlignes når saken kommer tilbake.</translation>
    </message>
    <message>
        <source>An offline copy from the office (received %1). When the work is done, write the file for the office with File → Take cases offline…</source>
        <translation>En frakoblet kopi fra kontoret (mottatt %1). Når arbeidet er ferdig, skriver du filen til kontoret med Fil → Sjekk ut saker…</translation>
    </message>
</context>
<context>
    <name>CompetenceMapWidget</name>
    <message>
        <source>One column per target. The bar counts the outcomes met, partly met and missing; “indicated” means the candidate&apos;s history suggests evidence that nobody has judged yet.</source>
        <translation>Én kolonne per mål. Søylen teller læringsutbytter som er oppfylt, delvis oppfylt og som mangler; «indikert» betyr at kandidatens historikk peker på dokumentasjon som ingen har vurdert ennå.</translation>
    </message>
    <message>
        <source>&amp;Add target…</source>
        <translation>&amp;Legg til mål…</translation>
    </message>
    <message>
        <source>Compare the candidate&apos;s history with one more standard from the catalogue.</source>
        <translation>Sammenlign kandidatens historikk med enda en standard fra katalogen.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Read the judgements and the history again (F5).</source>
        <translation>Les inn vurderingene og historikken på nytt (F5).</translation>
    </message>
    <message>
        <source>Competence map: %1</source>
        <translation>Kompetansekart: %1</translation>
    </message>
    <message>
        <source>Competence map</source>
        <translation>Kompetansekart</translation>
    </message>
    <message>
        <source>Open a candidate first.</source>
        <translation>Åpne en kandidat først.</translation>
    </message>
    <message>
        <source>The catalogue is empty. Import standards or load the sample catalogue on the Catalogue page first.</source>
        <translation>Katalogen er tom. Importer standarder eller last inn eksempelkatalogen på siden Katalog først.</translation>
    </message>
    <message>
        <source>Every standard in the catalogue is already on this map.</source>
        <translation>Alle standardene i katalogen er allerede på dette kartet.</translation>
    </message>
    <message>
        <source>The target was not added: %1</source>
        <translation>Målet ble ikke lagt til: %1</translation>
    </message>
    <message>
        <source>Added %1 (case %2).</source>
        <translation>La til %1 (sak %2).</translation>
    </message>
    <message>
        <source>Choose a candidate in the candidate list and open “Competence map” to compare their history with fagskole modules, programmes and lærefag.</source>
        <translation>Velg en kandidat i kandidatlisten og åpne «Kompetansekart» for å sammenligne historikken med fagskoleemner, utdanninger og lærefag.</translation>
    </message>
    <message>
        <source>No targets yet. Add up to three or more targets to compare the candidate&apos;s history against them: use “Add target…” and pick fagskole modules, programmes or lærefag from the catalogue.</source>
        <translation>Ingen mål ennå. Legg til tre eller flere mål å sammenligne kandidatens historikk med: bruk «Legg til mål…» og velg fagskoleemner, utdanninger eller lærefag fra katalogen.</translation>
    </message>
</context>
<context>
    <name>ComponentResultsTableModel</name>
    <message>
        <source>blocked: a prerequisite is not met</source>
        <translation>sperret: en forutsetning er ikke oppfylt</translation>
    </message>
    <message>
        <source>counts: passed</source>
        <translation>teller: bestått</translation>
    </message>
    <message>
        <source>counts: failed</source>
        <translation>teller: ikke bestått</translation>
    </message>
    <message>
        <source>replaced by a later attempt</source>
        <translation>erstattet av et senere forsøk</translation>
    </message>
    <message>
        <source>does not count (see the explanation)</source>
        <translation>teller ikke (se forklaringen)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Delprøve</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Vurderer</translation>
    </message>
    <message>
        <source>Test centre</source>
        <translation>Prøvesenter</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Akkreditering</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Fields changed here and by the other person</source>
        <translation>Felt som er endret her og av den andre personen</translation>
    </message>
    <message>
        <source>&amp;Changed fields:</source>
        <translation>&amp;Endrede felt:</translation>
    </message>
    <message>
        <source>Their save changed none of these fields; your changes can be saved as they are.</source>
        <translation>Den andres lagring endret ingen av disse feltene; endringene dine kan lagres som de er.</translation>
    </message>
    <message>
        <source>Show whole ID &amp;numbers</source>
        <translation>Vis hele ID-&amp;numre</translation>
    </message>
    <message>
        <source>&amp;Save merged</source>
        <translation>&amp;Lagre sammenslått</translation>
    </message>
    <message>
        <source>Save the merged version shown in the last column</source>
        <translation>Lagre den sammenslåtte versjonen som vises i siste kolonne</translation>
    </message>
    <message>
        <source>&amp;Discard mine</source>
        <translation>&amp;Forkast mine</translation>
    </message>
    <message>
        <source>Drop your changes and show the version they saved</source>
        <translation>Forkast endringene dine og vis versjonen den andre lagret</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Back to the form: your changes stay there, not saved yet</source>
        <translation>Tilbake til skjemaet: endringene dine blir stående der, ikke lagret ennå</translation>
    </message>
    <message>
        <source>It was saved again while you were choosing. Look at the newest version and save again.</source>
        <translation>Det ble lagret på nytt mens du valgte. Se på den nyeste versjonen og lagre igjen.</translation>
    </message>
    <message>
        <source>Someone else saved this candidate while you were editing</source>
        <translation>Noen andre lagret denne kandidaten mens du redigerte</translation>
    </message>
    <message>
        <source>Someone else saved this case while you were editing</source>
        <translation>Noen andre lagret denne saken mens du redigerte</translation>
    </message>
    <message>
        <source>Someone else saved this judgement while you were editing</source>
        <translation>Noen andre lagret denne vurderingen mens du redigerte</translation>
    </message>
    <message>
        <source>Someone else saved this while you were editing</source>
        <translation>Noen andre lagret dette mens du redigerte</translation>
    </message>
    <message>
        <source>%1 saved it at %2.</source>
        <translation>%1 lagret det %2.</translation>
    </message>
    <message>
        <source>%1 saved it.</source>
        <translation>%1 lagret det.</translation>
    </message>
    <message>
        <source>It was saved at %1.</source>
        <translation>Det ble lagret %1.</translation>
    </message>
    <message>
        <source>Changes made on one side only are merged already. The highlighted rows (⚠) were changed on both sides: choose for each which version to keep. Nothing is saved until you press Save merged.</source>
        <translation>Endringer som bare er gjort på én side, er allerede slått sammen. De uthevede radene (⚠) ble endret på begge sider: velg for hver rad hvilken versjon som skal beholdes. Ingenting lagres før du trykker Lagre sammenslått.</translation>
    </message>
    <message>
        <source>None of your changes clash with theirs: the last column shows both merged. Nothing is saved until you press Save merged.</source>
        <translation>Ingen av endringene dine kolliderer med den andres: siste kolonne viser begge slått sammen. Ingenting lagres før du trykker Lagre sammenslått.</translation>
    </message>
    <message>
        <source>Theirs
saved by %1
%2</source>
        <translation>Den andres
lagret av %1
%2</translation>
    </message>
    <message>
        <source>Theirs
saved by %1</source>
        <translation>Den andres
lagret av %1</translation>
    </message>
    <message>
        <source>Theirs
saved %1</source>
        <translation>Den andres
lagret %1</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Den andres</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Opprinnelig</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>din endring</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>den andres endring</translation>
    </message>
    <message>
        <source>the same on both sides</source>
        <translation>likt på begge sider</translation>
    </message>
    <message>
        <source>Which %1 to keep</source>
        <translation>Hvilken verdi for %1 som skal beholdes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Behold min: %1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Bruk den andres: %1</translation>
    </message>
    <message>
        <source>Combine both (theirs, then mine)</source>
        <translation>Kombiner begge (den andres, deretter min)</translation>
    </message>
    <message>
        <source>Changed by you only: yours is kept</source>
        <translation>Bare endret av deg: din beholdes</translation>
    </message>
    <message>
        <source>Changed by them only: theirs is taken</source>
        <translation>Bare endret av den andre: den andres brukes</translation>
    </message>
    <message>
        <source>Changed alike on both sides</source>
        <translation>Endret likt på begge sider</translation>
    </message>
    <message>
        <source>Changed differently on both sides: choose which to keep</source>
        <translation>Endret ulikt på begge sider: velg hvilken som skal beholdes</translation>
    </message>
    <message>
        <source>Choose a version for every highlighted row first</source>
        <translation>Velg først en versjon for hver uthevet rad</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Etternavn</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <source>Type of ID number</source>
        <translation>Type ID-nummer</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID-nummer</translation>
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
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Poststed</translation>
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
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Their reference</source>
        <translation>Deres ref.</translation>
    </message>
    <message>
        <source>Practice-time rule profile</source>
        <translation>Regelprofil for praksistid</translation>
    </message>
    <message>
        <source>Why documents alone are enough</source>
        <translation>Hvorfor dokumenter alene er nok</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Intervjunotater</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Databasetilkobling</translation>
    </message>
    <message>
        <source>An office with several caseworkers keeps its cases on one PostgreSQL server that the IT department runs; every desktop is pointed at it here. The change applies the next time rpl-desktop starts.</source>
        <translation>Et kontor med flere saksbehandlere har sakene sine på én PostgreSQL-server som IT-avdelingen drifter; her kobles hver PC til den. Endringen gjelder fra neste gang rpl-desktop starter.</translation>
    </message>
    <message>
        <source>Use the database on &amp;this computer</source>
        <translation>Bruk databasen på denne data&amp;maskinen</translation>
    </message>
    <message>
        <source>Use a &amp;shared PostgreSQL server</source>
        <translation>Bruk en &amp;felles PostgreSQL-server</translation>
    </message>
    <message>
        <source>e.g. db.vestfjell.no</source>
        <translation>f.eks. db.vestfjell.no</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer (OS keyring)</source>
        <translation>&amp;Husk passordet på denne datamaskinen (nøkkelring i operativsystemet)</translation>
    </message>
    <message>
        <source>No keyring on this computer: you will be asked for the password at each start.</source>
        <translation>Ingen nøkkelring på denne datamaskinen: du blir bedt om passordet ved hver oppstart.</translation>
    </message>
    <message>
        <source>Otherwise you are asked for it at each start. It is never written to a file.</source>
        <translation>Ellers blir du bedt om det ved hver oppstart. Det skrives aldri til en fil.</translation>
    </message>
    <message>
        <source>Off (only on a trusted network)</source>
        <translation>Av (bare på et klarert nettverk)</translation>
    </message>
    <message>
        <source>Use SSL when the server offers it</source>
        <translation>Bruk SSL når serveren tilbyr det</translation>
    </message>
    <message>
        <source>Require SSL</source>
        <translation>Krev SSL</translation>
    </message>
    <message>
        <source>Require SSL and check the server&apos;s certificate</source>
        <translation>Krev SSL og kontroller serverens sertifikat</translation>
    </message>
    <message>
        <source>Require SSL, check the certificate and the server name</source>
        <translation>Krev SSL, kontroller sertifikatet og servernavnet</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Servernavn eller adresse</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Databasenavn</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Databasebruker</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>SS&amp;L:</source>
        <translation>SS&amp;L:</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-modus</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>The environment variable %1 is set and takes precedence over this setting.</source>
        <translation>Miljøvariabelen %1 er satt og går foran denne innstillingen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Kobler til…</translation>
    </message>
    <message>
        <source>The password could not be kept in the OS keyring. Untick “Remember the password” to be asked for it at each start.</source>
        <translation>Passordet kunne ikke lagres i nøkkelringen i operativsystemet. Fjern avkrysningen for «Husk passordet» for å bli bedt om det ved hver oppstart.</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <source>Choose a country or type its two-letter ISO code, e.g. IS or RO</source>
        <translation>Velg et land eller skriv den tobokstavs ISO-koden, f.eks. IS eller RO</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Edit course</source>
        <translation>Rediger kurs</translation>
    </message>
    <message>
        <source>Add course</source>
        <translation>Legg til kurs</translation>
    </message>
    <message>
        <source>Course provider</source>
        <translation>Kurstilbyder</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Kurstittel</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Date completed</source>
        <translation>Dato fullført</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Kurstilbyder:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>T&amp;imer:</translation>
    </message>
    <message>
        <source>&amp;Completed:</source>
        <translation>&amp;Fullført:</translation>
    </message>
    <message>
        <source>Write the hours as a number, e.g. 7,5.</source>
        <translation>Skriv timene som et tall, f.eks. 7,5.</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>Provider</source>
        <translation>Tilbyder</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
</context>
<context>
    <name>CoverageBarWidget</name>
    <message>
        <source>No outcomes</source>
        <translation>Ingen læringsutbytter</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>rpl-desktop: unexpected error</source>
        <translation>rpl-desktop: uventet feil</translation>
    </message>
    <message>
        <source>rpl-desktop ran into a bug</source>
        <translation>rpl-desktop støtte på en programfeil</translation>
    </message>
    <message>
        <source>This is an error in the program, not something you did. What was saved before it happened is kept. If it happens again, copy the report below and send it with a short description of what you were doing. The report contains program versions and where in the program the error happened; read it before you send it.</source>
        <translation>Dette er en feil i programmet, ikke noe du har gjort. Det som ble lagret før feilen oppstod, er tatt vare på. Hvis det skjer igjen, kopierer du rapporten nedenfor og sender den med en kort beskrivelse av hva du holdt på med. Rapporten inneholder programversjoner og hvor i programmet feilen oppstod; les den før du sender den.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Feilrapport</translation>
    </message>
    <message>
        <source>Co&amp;py report</source>
        <translation>&amp;Kopier rapport</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>Shared PostgreSQL server: %1</source>
        <translation>Felles PostgreSQL-server: %1</translation>
    </message>
    <message>
        <source>The database on this computer (in %1)</source>
        <translation>Databasen på denne datamaskinen (i %1)</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Databasepassord</translation>
    </message>
    <message>
        <source>Password of the database user %1 on %2:</source>
        <translation>Passord for databasebrukeren %1 på %2:</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsWidget</name>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Tilkobling…</translation>
    </message>
    <message>
        <source>Use the database on this computer or a shared PostgreSQL server</source>
        <translation>Bruk databasen på denne datamaskinen eller en felles PostgreSQL-server</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>I bruk: %1</translation>
    </message>
    <message>
        <source>After a restart: %1</source>
        <translation>Etter omstart: %1</translation>
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
        <translation>Skriv datoen som dd.mm.åååå (også d.m.åååå eller åååå-mm-dd). Alt+pil ned åpner en kalender.</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Velg datoen i en kalender (Alt+pil ned)</translation>
    </message>
    <message>
        <source>Open calendar</source>
        <translation>Åpne kalender</translation>
    </message>
    <message>
        <source>Write the date as dd.mm.yyyy, e.g. 01.08.2019.</source>
        <translation>Skriv datoen som dd.mm.åååå, f.eks. 01.08.2019.</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 01.08.2019.</source>
        <translation>Skriv året med fire sifre, f.eks. 01.08.2019.</translation>
    </message>
    <message>
        <source>There is no month %1. %2</source>
        <translation>Det finnes ingen måned %1. %2</translation>
    </message>
    <message>
        <source>The year %1 looks mistyped; give a year between %2 and %3.</source>
        <translation>Året %1 ser feilskrevet ut; oppgi et år mellom %2 og %3.</translation>
    </message>
    <message>
        <source>%1 is not a date: %2 %3 has %4 days.</source>
        <translation>%1 er ikke en dato: %2 %3 har %4 dager.</translation>
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
        <translation>Dokumenttype</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>Språket i dokumentet</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Forhåndsvis</translation>
    </message>
    <message>
        <source>Build the document as it would be issued now (nothing is stored)</source>
        <translation>Lag dokumentet slik det ville blitt utstedt nå (ingenting lagres)</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Utsted…</translation>
    </message>
    <message>
        <source>Store the document as issued. It can never be changed; a correction is a new version.</source>
        <translation>Lagre dokumentet som utstedt. Det kan aldri endres; en rettelse blir en ny versjon.</translation>
    </message>
    <message>
        <source>Certificate settings…</source>
        <translation>Innstillinger for kompetansebevis…</translation>
    </message>
    <message>
        <source>Quality assurance text and certificate numbers</source>
        <translation>Tekst om kvalitetssikring og nummer på kompetansebevis</translation>
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
        <translation>Utstedte dokumenter</translation>
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
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utstedt</translation>
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
        <translation>Begrunnelse for ny versjon</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Show the issued version in the viewer (its SHA-256 is checked)</source>
        <translation>Vis den utstedte versjonen i visningsprogrammet (SHA-256 kontrolleres)</translation>
    </message>
    <message>
        <source>&amp;Save copy…</source>
        <translation>Lagre &amp;kopi…</translation>
    </message>
    <message>
        <source>Write the issued PDF and its archive sidecar (JSON) into a folder</source>
        <translation>Skriv den utstedte PDF-en og arkivfilen som hører til (JSON), til en mappe</translation>
    </message>
    <message>
        <source>Nothing issued yet.</source>
        <translation>Ingenting er utstedt ennå.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Issued&lt;/b&gt;</source>
        <translation>&lt;b&gt;Utstedt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Preview, not issued: %1 in %2, %3 page(s).</source>
        <translation>Forhåndsvisning, ikke utstedt: %1 (%2), %3 side(r).</translation>
    </message>
    <message>
        <source>The certificate cannot be issued until these are filled in:</source>
        <translation>Kompetansebeviset kan ikke utstedes før dette er fylt inn:</translation>
    </message>
    <message>
        <source>Issue a corrected version</source>
        <translation>Utsted en rettet versjon</translation>
    </message>
    <message>
        <source>Version %1 of this document was issued on %2. Why is a new version issued?</source>
        <translation>Versjon %1 av dette dokumentet ble utstedt %2. Hvorfor utstedes en ny versjon?</translation>
    </message>
    <message>
        <source>A new version needs the reason for the correction.</source>
        <translation>En ny versjon krever en begrunnelse for rettelsen.</translation>
    </message>
    <message>
        <source>Issue the document</source>
        <translation>Utsted dokumentet</translation>
    </message>
    <message>
        <source>Issue the %1 in %2? It is stored as sent and can never be changed afterwards.</source>
        <translation>Utstede «%1» (%2)? Dokumentet lagres som sendt og kan aldri endres etterpå.</translation>
    </message>
    <message>
        <source>Issued version %1 (SHA-256 %2…).</source>
        <translation>Utstedt versjon %1 (SHA-256 %2…).</translation>
    </message>
    <message>
        <source>Issued version %1 of %2 (%3), %4 page(s).</source>
        <translation>Utstedt versjon %1 av «%2» (%3), %4 side(r).</translation>
    </message>
    <message>
        <source>Save a copy of the issued document in</source>
        <translation>Lagre en kopi av det utstedte dokumentet i</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Lagret %1 og %2.</translation>
    </message>
    <message>
        <source>Vedtak (decision letter)</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Kompetansebevis (certificate)</source>
        <translation>Kompetansebevis</translation>
    </message>
    <message>
        <source>Full certificate of the model (yrkesbevis)</source>
        <translation>Fullstendig bevis etter modellen (yrkesbevis)</translation>
    </message>
    <message>
        <source>Intyg (passed and missing modules)</source>
        <translation>Intyg (beståtte og manglende moduler)</translation>
    </message>
    <message>
        <source>Kartläggningsutlåtande (mapping statement)</source>
        <translation>Kartläggningsutlåtande (kartleggingsuttalelse)</translation>
    </message>
    <message>
        <source>Competence map</source>
        <translation>Kompetansekart</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Svenska</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>the learner&apos;s name</source>
        <translation>navnet på den som vurderes</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>tittelen</translation>
    </message>
    <message>
        <source>the issuer&apos;s country and region (organisation profile)</source>
        <translation>utstederens land og region (organisasjonsprofil)</translation>
    </message>
    <message>
        <source>the awarding body (organisation profile)</source>
        <translation>utstedende organ (organisasjonsprofil)</translation>
    </message>
    <message>
        <source>the date of issue</source>
        <translation>utstedelsesdatoen</translation>
    </message>
    <message>
        <source>learning outcomes: at least one approved item</source>
        <translation>læringsutbytte: minst ett godkjent punkt</translation>
    </message>
    <message>
        <source>the workload (studiepoeng, hours or YH-poäng of the standard)</source>
        <translation>omfanget (studiepoeng, timer eller YH-poäng for standarden)</translation>
    </message>
    <message>
        <source>the level (NKR, EQF or SeQF)</source>
        <translation>nivået (NKR, EQF eller SeQF)</translation>
    </message>
    <message>
        <source>the type of assessment (methods in the judgements)</source>
        <translation>vurderingsformen (metodene i vurderingene)</translation>
    </message>
    <message>
        <source>the form of participation (certificate settings)</source>
        <translation>deltakelsesformen (innstillinger for kompetansebevis)</translation>
    </message>
    <message>
        <source>the type of quality assurance (certificate settings)</source>
        <translation>typen kvalitetssikring (innstillinger for kompetansebevis)</translation>
    </message>
    <message>
        <source>the certificate number</source>
        <translation>nummeret på kompetansebeviset</translation>
    </message>
    <message>
        <source>the date the assessment was signed</source>
        <translation>datoen vurderingen ble signert</translation>
    </message>
    <message>
        <source>the assessor&apos;s id</source>
        <translation>vurdererens ID</translation>
    </message>
    <message>
        <source>the test centre&apos;s accreditation id</source>
        <translation>prøvesenterets akkrediterings-ID</translation>
    </message>
</context>
<context>
    <name>DraftRestore</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Restore unsaved changes from %1?</source>
        <translation>Gjenopprette ulagrede endringer fra %1?</translation>
    </message>
    <message>
        <source>Changes to %1 were not saved when the program last stopped. Restore puts them back in the form; they are kept only when you save. Discard deletes them.</source>
        <translation>Endringer i %1 ble ikke lagret da programmet sist stoppet. Gjenopprett legger dem tilbake i skjemaet; de beholdes bare når du lagrer. Forkast sletter dem.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
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
        <translation>vurderingene i sak %1</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>• a batch of certificates: %1 of %2 done</source>
        <translation>• en kjøring med kompetansebevis: %1 av %2 ferdig</translation>
    </message>
    <message>
        <source>Unsaved work found</source>
        <translation>Ulagret arbeid funnet</translation>
    </message>
    <message>
        <source>The program stopped last time before this work was saved or finished:</source>
        <translation>Programmet stoppet sist før dette arbeidet var lagret eller fullført:</translation>
    </message>
    <message>
        <source>Open the candidate or case to restore its unsaved changes. An interrupted batch of certificates can be resumed from the Documents tab of a case.</source>
        <translation>Åpne kandidaten eller saken for å gjenopprette de ulagrede endringene. En avbrutt kjøring med kompetansebevis kan fortsettes fra fanen Dokumenter i en sak.</translation>
    </message>
</context>
<context>
    <name>EraseCandidateDialog</name>
    <message>
        <source>Erase or anonymise a candidate</source>
        <translation>Slett eller anonymiser en kandidat</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (candidate %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (kandidat %2)</translation>
    </message>
    <message>
        <source>The register holds: %1.</source>
        <translation>Registeret inneholder: %1.</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Saker: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Erase: delete the candidate and &amp;everything about them</source>
        <translation>Slett: slett kandidaten og &amp;alt om vedkommende</translation>
    </message>
    <message>
        <source>Anonymise: remove the &amp;person, keep the case record</source>
        <translation>Anonymiser: fjern &amp;personen, behold saken</translation>
    </message>
    <message>
        <source>The name becomes “Anonymisert kandidat”; the ID number, birth date, contact data, employers, notes, reasons, attachments and the issued PDFs go. The standard, judgements, dates, result and the issued documents&apos; numbers and checksums stay.</source>
        <translation>Navnet blir «Anonymisert kandidat»; ID-nummer, fødselsdato, kontaktopplysninger, arbeidsgivere, notater, begrunnelser, vedlegg og de utstedte PDF-ene fjernes. Standarden, vurderingene, datoene, resultatet og numrene og sjekksummene til de utstedte dokumentene blir stående.</translation>
    </message>
    <message>
        <source>It cannot be erased before then; anonymise instead.</source>
        <translation>Det kan ikke slettes før da; anonymiser i stedet.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>e.g. the candidate&apos;s request of 3 March</source>
        <translation>f.eks. kandidatens forespørsel av 3. mars</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the log; do not write the candidate&apos;s name):</source>
        <translation>&amp;Begrunnelse (lagres i loggen; ikke skriv kandidatens navn):</translation>
    </message>
    <message>
        <source>I understand that this cannot be &amp;undone</source>
        <translation>Jeg forstår at dette ikke kan an&amp;gres</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Erasing and anonymising need the administrator or approver role; %1 has neither. Ask an administrator or an approver.</source>
        <translation>Sletting og anonymisering krever rollen administrator eller godkjenner; %1 har ingen av dem. Spør en administrator eller en godkjenner.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>Give the reason and tick the confirmation first.</source>
        <translation>Oppgi begrunnelsen og kryss av for bekreftelsen først.</translation>
    </message>
</context>
<context>
    <name>EvaluationLinesModel</name>
    <message>
        <source>met</source>
        <translation>oppfylt</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>ikke oppfylt</translation>
    </message>
    <message>
        <source>information</source>
        <translation>informasjon</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <source>Link evidence to %1</source>
        <translation>Knytt dokumentasjon til %1</translation>
    </message>
    <message>
        <source>Evidence from the candidate&apos;s history</source>
        <translation>Dokumentasjon fra kandidatens historikk</translation>
    </message>
    <message>
        <source>&amp;Tick the evidence that shows this outcome (Space ticks):</source>
        <translation>&amp;Kryss av for dokumentasjonen som viser dette læringsutbyttet (mellomrom krysser av):</translation>
    </message>
    <message>
        <source>Everything in the candidate&apos;s history is linked already, or the history is empty. Add periods, files, exams or courses on the candidate&apos;s page.</source>
        <translation>Alt i kandidatens historikk er allerede knyttet til, eller historikken er tom. Legg til perioder, filer, eksamener eller kurs på kandidatens side.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>K&amp;nytt til</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lagt til</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Oversatt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>%1, SHA-256 %2…</source>
        <translation>%1, SHA-256 %2…</translation>
    </message>
    <message>
        <source>Checked against the original document</source>
        <translation>Kontrollert mot originaldokumentet</translation>
    </message>
    <message>
        <source>A certified translation is attached</source>
        <translation>En autorisert oversettelse er lagt ved</translation>
    </message>
</context>
<context>
    <name>EvidenceWidget</name>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Legg ved fil…</translation>
    </message>
    <message>
        <source>Attach scanned documents or pictures (Ctrl+O). You can also drop files onto this page.</source>
        <translation>Legg ved skannede dokumenter eller bilder (Ctrl+O). Du kan også slippe filer på denne siden.</translation>
    </message>
    <message>
        <source>Kind of the files to attach</source>
        <translation>Type for filene som skal legges ved</translation>
    </message>
    <message>
        <source>Period the files to attach belong to</source>
        <translation>Perioden filene som skal legges ved, hører til</translation>
    </message>
    <message>
        <source>a&amp;s</source>
        <translation>so&amp;m</translation>
    </message>
    <message>
        <source>fo&amp;r</source>
        <translation>fo&amp;r</translation>
    </message>
    <message>
        <source>or drop files here</source>
        <translation>eller slipp filer her</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Dokumentasjonsfiler</translation>
    </message>
    <message>
        <source>Selected file</source>
        <translation>Valgt fil</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Dokumenttype</translation>
    </message>
    <message>
        <source>Period the document belongs to</source>
        <translation>Perioden dokumentet hører til</translation>
    </message>
    <message>
        <source>&amp;Verified against the original</source>
        <translation>&amp;Kontrollert mot originalen</translation>
    </message>
    <message>
        <source>&amp;Translated</source>
        <translation>&amp;Oversatt</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Open a copy of the file (Enter)</source>
        <translation>Åpne en kopi av filen (Enter)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>Remove the file from this candidate (Del)</source>
        <translation>Fjern filen fra denne kandidaten (Del)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Save the candidate first; then files can be attached.</source>
        <translation>Lagre kandidaten først; deretter kan filer legges ved.</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Legg ved dokumentasjonsfiler</translation>
    </message>
    <message>
        <source>Documents and pictures (%1);;All files (*)</source>
        <translation>Dokumenter og bilder (%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2.</source>
        <translation>«%1» kan ikke leses: %2.</translation>
    </message>
    <message>
        <source>1 file attached.</source>
        <translation>1 fil lagt ved.</translation>
    </message>
    <message>
        <source>%1 files attached.</source>
        <translation>%1 filer lagt ved.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was already attached to this candidate.</source>
        <translation>«%1» var allerede lagt ved for denne kandidaten.</translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation>Ikke lagt ved:</translation>
    </message>
    <message>
        <source>Only files on this computer can be attached; %1 web link(s) were ignored.</source>
        <translation>Bare filer på denne datamaskinen kan legges ved; %1 nettlenke(r) ble ignorert.</translation>
    </message>
    <message>
        <source>(no period)</source>
        <translation>(ingen periode)</translation>
    </message>
    <message>
        <source>A copy for viewing could not be made: %1. Check free disk space.</source>
        <translation>Kunne ikke lage en kopi for visning: %1. Sjekk ledig diskplass.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. The copy is in %1.</source>
        <translation>Ingen programmer på denne datamaskinen kan åpne denne filtypen. Kopien ligger i %1.</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from this candidate?

The record is deleted, and the stored copy of the file too unless another candidate has the same file attached. This cannot be undone.</source>
        <translation>Fjerne «%1» fra denne kandidaten?

Oppføringen slettes, og den lagrede kopien av filen også, med mindre en annen kandidat har samme fil lagt ved. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Fjern fil</translation>
    </message>
    <message>
        <source>&apos;%1&apos; removed.</source>
        <translation>«%1» er fjernet.</translation>
    </message>
</context>
<context>
    <name>ExamDialog</name>
    <message>
        <source>Edit exam</source>
        <translation>Rediger eksamen</translation>
    </message>
    <message>
        <source>Add exam</source>
        <translation>Legg til eksamen</translation>
    </message>
    <message>
        <source>Exam code</source>
        <translation>Eksamenskode</translation>
    </message>
    <message>
        <source>e.g. TMF3102</source>
        <translation>f.eks. TMF3102</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Eksamensdato</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>&amp;Bestått</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
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
        <translation>Eksamenskode</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
</context>
<context>
    <name>ExportPersonalDataDialog</name>
    <message>
        <source>Export personal data</source>
        <translation>Eksporter personopplysninger</translation>
    </message>
    <message>
        <source>Everything rpl-desktop holds about %1 — register data, work and learning history, cases with judgements and results, attachments and issued documents — in one zip file with a short README. Use it to answer a request for access (GDPR art. 15) or to give the candidate their data (art. 20).</source>
        <translation>Alt rpl-desktop har om %1 — registeropplysninger, arbeids- og læringshistorikk, saker med vurderinger og resultater, vedlegg og utstedte dokumenter — i én zip-fil med en kort README. Bruk den til å svare på en begjæring om innsyn (GDPR art. 15) eller til å gi kandidaten dataene sine (art. 20).</translation>
    </message>
    <message>
        <source>Save personal data as</source>
        <translation>Lagre personopplysningene som</translation>
    </message>
    <message>
        <source>Zip files (*.zip);;All files (*)</source>
        <translation>Zip-filer (*.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file holds national ID numbers and attachments. Encrypt it when it leaves the office, and give the passphrase to the candidate another way than the file (by phone or text message).</source>
        <translation>Filen inneholder ID-numre og vedlegg. Krypter den når den forlater kontoret, og gi passordfrasen til kandidaten på en annen måte enn filen (på telefon eller SMS).</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Velg filen som skal skrives.</translation>
    </message>
</context>
<context>
    <name>FirstUserDialog</name>
    <message>
        <source>The first user – rpl-desktop</source>
        <translation>Den første brukeren – rpl-desktop</translation>
    </message>
    <message>
        <source>You are the first user of this data. You will be its administrator, and caseworker and approver as well; you can add colleagues under Settings.</source>
        <translation>Du er den første brukeren av disse dataene. Du blir administrator, og i tillegg saksbehandler og godkjenner; du kan legge til kolleger under Innstillinger.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullt &amp;navn:</translation>
    </message>
    <message>
        <source>Give a user name: a short name without spaces.</source>
        <translation>Oppgi et brukernavn: et kort navn uten mellomrom.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Who is assessing?</source>
        <translation>Hvem vurderer?</translation>
    </message>
    <message>
        <source>The office records your name and role with each of your judgements; they appear in the case and in its history.</source>
        <translation>Kontoret registrerer navnet og rollen din sammen med hver vurdering du gjør; de vises i saken og i historikken.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. fagkonsulent or yrkesbedömare</source>
        <translation>f.eks. fagkonsulent eller yrkesbedömare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
</context>
<context>
    <name>ImportResponseDialog</name>
    <message>
        <source>Import the assessor&apos;s judgements</source>
        <translation>Importer vurdererens vurderinger</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted with the passphrase you chose when you sent the package.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; er kryptert med passordfrasen du valgte da du sendte pakken.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Kontroller filen</translation>
    </message>
    <message>
        <source>The assessor&apos;s judgements</source>
        <translation>Vurdererens vurderinger</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Læringsutbytte</translation>
    </message>
    <message>
        <source>Office now</source>
        <translation>Kontoret nå</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Vurderer</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>This response belongs to case %1, not to the case open here. Open case %1 and import it there.</source>
        <translation>Dette svaret hører til sak %1, ikke til saken som er åpen her. Åpne sak %1 og importer det der.</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt;, finished %2, for case %3.</source>
        <translation>Fra &lt;b&gt;%1&lt;/b&gt;, fullført %2, for sak %3.</translation>
    </message>
    <message>
        <source>Left open by the assessor: %1.</source>
        <translation>Vurdereren lot disse stå åpne: %1.</translation>
    </message>
    <message>
        <source>%1 — changed after the package was sent</source>
        <translation>%1 — endret etter at pakken ble sendt</translation>
    </message>
    <message>
        <source>What to use for %1</source>
        <translation>Hva som skal brukes for %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <source>Keep the office&apos;s</source>
        <translation>Behold kontorets</translation>
    </message>
    <message>
        <source>Take the assessor&apos;s</source>
        <translation>Bruk vurdererens</translation>
    </message>
    <message>
        <source>The office changed %1 after the package was sent: choose for each whether to keep the office&apos;s judgement or take the assessor&apos;s.</source>
        <translation>Kontoret endret %1 etter at pakken ble sendt: velg for hver om kontorets vurdering skal beholdes eller vurdererens brukes.</translation>
    </message>
    <message>
        <source>Importing records the assessor&apos;s name with each judgement; nothing you keep is changed.</source>
        <translation>Importen registrerer vurdererens navn sammen med hver vurdering; ingenting du beholder, blir endret.</translation>
    </message>
</context>
<context>
    <name>InterviewGuideWidget</name>
    <message>
        <source>Language of the questions</source>
        <translation>Språket i spørsmålene</translation>
    </message>
    <message>
        <source>&amp;Language of the questions:</source>
        <translation>&amp;Språk for spørsmålene:</translation>
    </message>
    <message>
        <source>Questions for the outcomes not yet judged met. Notes are saved as you type and appear in the mapping matrix.</source>
        <translation>Spørsmål til læringsutbyttene som ennå ikke er vurdert som oppfylt. Notatene lagres mens du skriver og vises i kartleggingsmatrisen.</translation>
    </message>
    <message>
        <source>Interview notes for outcome %1</source>
        <translation>Intervjunotater for læringsutbytte %1</translation>
    </message>
    <message>
        <source>Every outcome is judged met: there is nothing left to ask.</source>
        <translation>Alle læringsutbyttene er vurdert som oppfylt: det er ikke noe mer å spørre om.</translation>
    </message>
    <message>
        <source>Notes for %1</source>
        <translation>Notater for %1</translation>
    </message>
    <message>
        <source>Notes from the conversation</source>
        <translation>Notater fra samtalen</translation>
    </message>
    <message>
        <source>&amp;Compare with theirs…</source>
        <translation>Sa&amp;mmenlign med den andres…</translation>
    </message>
    <message>
        <source>Show their notes next to yours and choose what to keep, or combine both</source>
        <translation>Vis den andres notater ved siden av dine, og velg hva som skal beholdes, eller kombiner begge</translation>
    </message>
    <message>
        <source>Compare the notes for %1 with theirs</source>
        <translation>Sammenlign notatene for %1 med den andres</translation>
    </message>
    <message>
        <source>Saved in the matrix.</source>
        <translation>Lagret i matrisen.</translation>
    </message>
    <message>
        <source>Saved in the matrix, merged with their notes.</source>
        <translation>Lagret i matrisen, slått sammen med den andres notater.</translation>
    </message>
    <message>
        <source>Your notes were dropped; these are the notes saved last.</source>
        <translation>Notatene dine ble forkastet; dette er notatene som sist ble lagret.</translation>
    </message>
    <message>
        <source>Your notes stay in the box and are not saved until you compare them with theirs.</source>
        <translation>Notatene dine blir stående i feltet og lagres ikke før du har sammenlignet dem med den andres.</translation>
    </message>
    <message>
        <source>Saving when you pause…</source>
        <translation>Lagrer når du tar en pause…</translation>
    </message>
</context>
<context>
    <name>JudgementInputs</name>
    <message>
        <source>Methods used</source>
        <translation>Metoder som er brukt</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumenter</translation>
    </message>
    <message>
        <source>D&amp;ialogue / interview</source>
        <translation>&amp;Samtale / intervju</translation>
    </message>
    <message>
        <source>P&amp;ractical test</source>
        <translation>&amp;Praktisk prøve</translation>
    </message>
    <message>
        <source>T&amp;heory test</source>
        <translation>&amp;Teoriprøve</translation>
    </message>
    <message>
        <source>&amp;Third-party statement</source>
        <translation>Uttalelse fra t&amp;redjepart</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>&amp;Met</source>
        <translation>&amp;Oppfylt</translation>
    </message>
    <message>
        <source>Partl&amp;y met</source>
        <translation>Del&amp;vis oppfylt</translation>
    </message>
    <message>
        <source>N&amp;ot met</source>
        <translation>&amp;Ikke oppfylt</translation>
    </message>
    <message>
        <source>Not &amp;assessed</source>
        <translation>Ikke vurd&amp;ert</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>Nordsamisk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Seksjoner</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
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
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Opening the register…</source>
        <translation>Åpner registeret…</translation>
    </message>
    <message>
        <source>Co&amp;mpetence map</source>
        <translation>Ko&amp;mpetansekart</translation>
    </message>
    <message>
        <source>The selected candidate&apos;s history against several targets side by side</source>
        <translation>Historikken til den valgte kandidaten mot flere mål side om side</translation>
    </message>
    <message>
        <source>New case for candidate…</source>
        <translation>Ny sak for kandidaten…</translation>
    </message>
    <message>
        <source>← &amp;Back to the candidate</source>
        <translation>← Til&amp;bake til kandidaten</translation>
    </message>
    <message>
        <source>Select a candidate first.</source>
        <translation>Velg en kandidat først.</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Organisasjonsprofil</translation>
    </message>
    <message>
        <source>&amp;Edit organisation profile…</source>
        <translation>&amp;Rediger organisasjonsprofil…</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Mapper</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Åpne &amp;datamappe</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Logger:</translation>
    </message>
    <message>
        <source>Open lo&amp;g folder</source>
        <translation>Åpne &amp;loggmappe</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Case handling</source>
        <translation>Saksbehandling</translation>
    </message>
    <message>
        <source>Case number pattern</source>
        <translation>Mønster for saksnummer</translation>
    </message>
    <message>
        <source>{yy} or {yyyy} is the year, {seq:05} the running number with five digits: {yy}/{seq:05} gives 25/01234.</source>
        <translation>{yy} eller {yyyy} er året, {seq:05} er løpenummeret med fem sifre: {yy}/{seq:05} gir 25/01234.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Evidence counts as current for</source>
        <translation>Dokumentasjon regnes som aktuell i</translation>
    </message>
    <message>
        <source>Praksis rule profile of this office</source>
        <translation>Kontorets regelprofil for praksis</translation>
    </message>
    <message>
        <source>The county rules the practice-time calculator uses for new calculations. Each case records the profile and version it was computed with.</source>
        <translation>Fylkets regler som praksiskalkulatoren bruker i nye beregninger. Hver sak lagrer hvilken profil og versjon den ble beregnet med.</translation>
    </message>
    <message>
        <source>Save case settings</source>
        <translation>Lagre innstillinger for saker</translation>
    </message>
    <message>
        <source>Case number pattern:</source>
        <translation>Mønster for saksnummer:</translation>
    </message>
    <message>
        <source>Evidence is current for:</source>
        <translation>Dokumentasjon er aktuell i:</translation>
    </message>
    <message>
        <source>Praksis rule profile:</source>
        <translation>Regelprofil for praksis:</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Brukere og roller</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Språk i brukergrensesnittet</translation>
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
        <translation>Språket tas i bruk neste gang rpl-desktop starter.</translation>
    </message>
    <message>
        <source>The environment variable %1 is set and takes precedence.</source>
        <translation>Miljøvariabelen %1 er satt og går foran.</translation>
    </message>
    <message>
        <source>No organisation profile yet: documents cannot be issued. Set it up in Settings.</source>
        <translation>Ingen organisasjonsprofil ennå: dokumenter kan ikke utstedes. Sett den opp under Innstillinger.</translation>
    </message>
    <message>
        <source>Set up now…</source>
        <translation>Sett opp nå…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New candidate</source>
        <translation>&amp;Ny kandidat</translation>
    </message>
    <message>
        <source>Open &amp;assessor package…</source>
        <translation>Åpne &amp;vurdererpakke…</translation>
    </message>
    <message>
        <source>For an external assessor: judge the outcomes of a package an office sent you</source>
        <translation>For en ekstern vurderer: vurder læringsutbyttene i en pakke som et kontor har sendt deg</translation>
    </message>
    <message>
        <source>&amp;Take cases offline…</source>
        <translation>Sjekk &amp;ut saker…</translation>
    </message>
    <message>
        <source>Write cases to an encrypted file for a laptop (or, on the laptop, the file that goes back)</source>
        <translation>Skriv saker til en kryptert fil for en bærbar PC (eller, på den bærbare PC-en, filen som skal tilbake)</translation>
    </message>
    <message>
        <source>&amp;Bring cases back…</source>
        <translation>Sjekk inn sak&amp;er…</translation>
    </message>
    <message>
        <source>Read an offline case file: see what changed on both sides and decide before anything is saved</source>
        <translation>Les en saksfil fra frakoblet arbeid: se hva som er endret på begge sider, og avgjør før noe lagres</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Saker</translation>
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
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
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
        <translation>Datamappe: %1</translation>
    </message>
    <message>
        <source>Database: %1 on %2</source>
        <translation>Database: %1 på %2</translation>
    </message>
    <message>
        <source>Not set up yet. Documents (decisions, certificates) need the organisation&apos;s name, number and signers.</source>
        <translation>Ikke satt opp ennå. Dokumenter (vedtak, kompetansebevis) trenger organisasjonens navn, nummer og underskrivere.</translation>
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
        <translation>Organisasjonsnummer: %1</translation>
    </message>
    <message>
        <source>Signers: %1</source>
        <translation>Underskrivere: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
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
        <translation>Realkompetansevurdering: kandidater, arbeids- og læringshistorikk, kartlegging, vedtak og kompetansebevis.

Lisens: EUPL-1.2
Python %1, Qt %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>The candidate has changes that are not saved.</source>
        <translation>Kandidaten har endringer som ikke er lagret.</translation>
    </message>
    <message>
        <source>Save them now, discard them, or go back to the candidate?</source>
        <translation>Vil du lagre dem nå, forkaste dem eller gå tilbake til kandidaten?</translation>
    </message>
</context>
<context>
    <name>MatrixLabels</name>
    <message>
        <source>Met</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Delvis oppfylt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Ikke oppfylt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Dialogue / interview</source>
        <translation>Samtale / intervju</translation>
    </message>
    <message>
        <source>Practical test</source>
        <translation>Praktisk prøve</translation>
    </message>
    <message>
        <source>Theory test</source>
        <translation>Teoriprøve</translation>
    </message>
    <message>
        <source>Third-party statement</source>
        <translation>Uttalelse fra tredjepart</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Dok.</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Practical</source>
        <translation>Praktisk</translation>
    </message>
    <message>
        <source>Theory</source>
        <translation>Teori</translation>
    </message>
    <message>
        <source>3rd party</source>
        <translation>Tredjepart</translation>
    </message>
    <message>
        <source>Work period</source>
        <translation>Arbeidsperiode</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Eksamen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Prøveresultat</translation>
    </message>
    <message>
        <source>Knowledge (K)</source>
        <translation>Kunnskap (K)</translation>
    </message>
    <message>
        <source>Knowledge (kunskaper)</source>
        <translation>Kunnskap (kunskaper)</translation>
    </message>
    <message>
        <source>Skills (F)</source>
        <translation>Ferdigheter (F)</translation>
    </message>
    <message>
        <source>Skills (färdigheter)</source>
        <translation>Ferdigheter (färdigheter)</translation>
    </message>
    <message>
        <source>General competence (GK)</source>
        <translation>Generell kompetanse (GK)</translation>
    </message>
    <message>
        <source>Responsibility and autonomy</source>
        <translation>Ansvar og selvstendighet</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Sufficient</source>
        <translation>Tilstrekkelig</translation>
    </message>
    <message>
        <source>Authentic</source>
        <translation>Autentisk</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>oppfylt</translation>
    </message>
    <message>
        <source>check</source>
        <translation>sjekk</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>Some evidence is from the last %1 years, or was seen directly.</source>
        <translation>Noe av dokumentasjonen er fra de siste %1 årene, eller er observert direkte.</translation>
    </message>
    <message>
        <source>All evidence is older than %1 years.</source>
        <translation>All dokumentasjon er eldre enn %1 år.</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>Ingen dokumentasjon ennå.</translation>
    </message>
    <message>
        <source>Not only the candidate&apos;s own statements.</source>
        <translation>Ikke bare kandidatens egne utsagn.</translation>
    </message>
    <message>
        <source>Only the candidate&apos;s own statements so far.</source>
        <translation>Så langt bare kandidatens egne utsagn.</translation>
    </message>
    <message>
        <source>A signed or verified attest, an exam, or seen directly.</source>
        <translation>En signert eller verifisert attest, en eksamen, eller observert direkte.</translation>
    </message>
    <message>
        <source>Nothing signed or verified yet.</source>
        <translation>Ingenting signert eller verifisert ennå.</translation>
    </message>
    <message>
        <source>The method fits this kind of outcome.</source>
        <translation>Metoden passer for denne typen læringsutbytte.</translation>
    </message>
    <message>
        <source>The method does not fit this kind of outcome (documents alone are not enough).</source>
        <translation>Metoden passer ikke for denne typen læringsutbytte (dokumenter alene er ikke nok).</translation>
    </message>
    <message>
        <source>No assessment method recorded.</source>
        <translation>Ingen vurderingsmetode er registrert.</translation>
    </message>
    <message>
        <source>Suggested from the history: %1 — matches: %2</source>
        <translation>Foreslått fra historikken: %1 — treff: %2</translation>
    </message>
    <message>
        <source>Suggested from the history: %1</source>
        <translation>Foreslått fra historikken: %1</translation>
    </message>
</context>
<context>
    <name>MatrixTreeModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Læringsutbytte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Metoder</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Curr.</source>
        <translation>Akt.</translation>
    </message>
    <message>
        <source>Suff.</source>
        <translation>Tilstr.</translation>
    </message>
    <message>
        <source>Auth.</source>
        <translation>Aut.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gyldig</translation>
    </message>
    <message>
        <source>Sugg.</source>
        <translation>Forsl.</translation>
    </message>
    <message>
        <source>%1: ✓ fulfilled, ! check, – missing</source>
        <translation>%1: ✓ oppfylt, ! sjekk, – mangler</translation>
    </message>
    <message>
        <source>Suggested evidence from the candidate&apos;s history</source>
        <translation>Foreslått dokumentasjon fra kandidatens historikk</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 met</source>
        <translation>%1 — %2 av %3 oppfylt</translation>
    </message>
    <message>
        <source>%1 evidence item(s) linked</source>
        <translation>%1 dokument(er) knyttet til</translation>
    </message>
    <message>
        <source>No method recorded</source>
        <translation>Ingen metode registrert</translation>
    </message>
    <message>
        <source>%1 suggestion(s)</source>
        <translation>%1 forslag</translation>
    </message>
    <message>
        <source>%1, unsaved changes</source>
        <translation>%1, ulagrede endringer</translation>
    </message>
    <message>
        <source>Unsaved changes in the editor: select the outcome and save them.</source>
        <translation>Ulagrede endringer i redigeringsfeltet: velg læringsutbyttet og lagre dem.</translation>
    </message>
</context>
<context>
    <name>MatrixWidget</name>
    <message>
        <source>Override &amp;with reason…</source>
        <translation>Overstyr &amp;med begrunnelse…</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Læringsutbytter</translation>
    </message>
    <message>
        <source>Group outcomes by</source>
        <translation>Grupper læringsutbyttene etter</translation>
    </message>
    <message>
        <source>Kind of outcome (K / F / GK)</source>
        <translation>Type læringsutbytte (K / F / GK)</translation>
    </message>
    <message>
        <source>Area or emne</source>
        <translation>Område eller emne</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>&amp;Grupper etter:</translation>
    </message>
    <message>
        <source>Rules of evidence: ✓ fulfilled   ! check   – missing   (✎ unsaved)</source>
        <translation>Krav til dokumentasjonen: ✓ oppfylt   ! sjekk   – mangler   (✎ ulagret)</translation>
    </message>
    <message>
        <source>Current: evidence from recent years. Sufficient: not only the candidate&apos;s own word. Authentic: signed, verified or seen directly. Valid: the method fits the outcome.</source>
        <translation>Aktuell: dokumentasjon fra de senere årene. Tilstrekkelig: ikke bare kandidatens egne utsagn. Autentisk: signert, verifisert eller observert direkte. Gyldig: metoden passer til læringsutbyttet.</translation>
    </message>
    <message>
        <source>Choose an outcome in the list to see its evidence and judge it.</source>
        <translation>Velg et læringsutbytte i listen for å se dokumentasjonen og vurdere det.</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Tilknyttet dokumentasjon</translation>
    </message>
    <message>
        <source>No evidence linked yet.</source>
        <translation>Ingen dokumentasjon er knyttet til ennå.</translation>
    </message>
    <message>
        <source>&amp;Link evidence…</source>
        <translation>&amp;Knytt til dokumentasjon…</translation>
    </message>
    <message>
        <source>Choose from the candidate&apos;s history (Ctrl+L)</source>
        <translation>Velg fra kandidatens historikk (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Fjern tilknytning</translation>
    </message>
    <message>
        <source>Remove the selected evidence from this outcome (Delete)</source>
        <translation>Fjern den valgte dokumentasjonen fra dette læringsutbyttet (Delete)</translation>
    </message>
    <message>
        <source>Suggestions from the history</source>
        <translation>Forslag fra historikken</translation>
    </message>
    <message>
        <source>Found by matching words. Accepting links the evidence; it does not judge the outcome.</source>
        <translation>Funnet ved å sammenligne ord. Å godta knytter dokumentasjonen til læringsutbyttet; det vurderer ikke læringsutbyttet.</translation>
    </message>
    <message>
        <source>Suggested evidence</source>
        <translation>Foreslått dokumentasjon</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Methods:</source>
        <translation>Metoder:</translation>
    </message>
    <message>
        <source>Judgement:</source>
        <translation>Vurdering:</translation>
    </message>
    <message>
        <source>Reason for the judgement</source>
        <translation>Begrunnelse for vurderingen</translation>
    </message>
    <message>
        <source>What in the evidence shows it</source>
        <translation>Hva i dokumentasjonen som viser det</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>&amp;Begrunnelse:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Interview notes and the like (not shown in the decision)</source>
        <translation>Intervjunotater og lignende (vises ikke i vedtaket)</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the judgement of this outcome (Ctrl+S)</source>
        <translation>Lagre vurderingen av dette læringsutbyttet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Tilb&amp;akestill</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes of this outcome</source>
        <translation>Forkast de ulagrede endringene for dette læringsutbyttet</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>The case is issued or closed: its judgements can no longer change.</source>
        <translation>Saken er utstedt eller avsluttet: vurderingene kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>Unsaved judgements restored for %1 outcome(s) (marked in the list). Save each to keep it.</source>
        <translation>Ulagrede vurderinger er gjenopprettet for %1 læringsutbytte(r) (merket i listen). Lagre hver av dem for å beholde dem.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <source>Outcome %1 in case %2</source>
        <translation>Læringsutbytte %1 i sak %2</translation>
    </message>
    <message>
        <source>Your changes were dropped; this is the judgement saved last.</source>
        <translation>Endringene dine ble forkastet; dette er vurderingen som sist ble lagret.</translation>
    </message>
    <message>
        <source>the judgements of case %1</source>
        <translation>vurderingene i sak %1</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
    <message>
        <source>Accept suggestion: %1</source>
        <translation>Godta forslag: %1</translation>
    </message>
    <message>
        <source>Link this evidence to the outcome; the judgement stays yours</source>
        <translation>Knytt denne dokumentasjonen til læringsutbyttet; vurderingen er fortsatt din</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Ignore suggestion: %1</source>
        <translation>Ignorer forslag: %1</translation>
    </message>
    <message>
        <source>Hide this suggestion until the case is opened again</source>
        <translation>Skjul dette forslaget til saken åpnes igjen</translation>
    </message>
    <message>
        <source>Rules of evidence</source>
        <translation>Krav til dokumentasjonen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judged on documents alone:&lt;/b&gt; %1. A decision cannot rest on documents alone (Udir: hardly forsvarlig). Add a dialogue or a practical test, or record why the documents are enough.</source>
        <translation>&lt;b&gt;Vurdert bare på grunnlag av dokumenter:&lt;/b&gt; %1. Et vedtak kan ikke bygge på dokumenter alene (Udir: neppe forsvarlig). Legg til en samtale eller en praktisk prøve, eller registrer hvorfor dokumentene er nok.</translation>
    </message>
    <message>
        <source>Documents alone accepted for %1, because: %2</source>
        <translation>Dokumenter alene godtatt for %1, fordi: %2</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <source>Type a name, ID number or case number</source>
        <translation>Skriv navn, ID-nummer eller saksnummer</translation>
    </message>
    <message>
        <source>Search candidate</source>
        <translation>Søk etter kandidat</translation>
    </message>
    <message>
        <source>Matching candidates</source>
        <translation>Kandidater som passer</translation>
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
        <translation>Formål</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Formål:</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Name of the caseworker</source>
        <translation>Navnet på saksbehandleren</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Saks&amp;behandler:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>F&amp;rist:</translation>
    </message>
    <message>
        <source>Their reference (Deres ref.)</source>
        <translation>Deres referanse (Deres ref.)</translation>
    </message>
    <message>
        <source>Deres &amp;ref.:</source>
        <translation>&amp;Deres ref.:</translation>
    </message>
    <message>
        <source>Language of the case</source>
        <translation>Språket i saken</translation>
    </message>
    <message>
        <source>The candidate&apos;s language (målform)</source>
        <translation>Kandidatens målform</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The next in the series %1 (like %2), given when the case is created.</source>
        <translation>Neste nummer i serien %1 (som %2), tildeles når saken opprettes.</translation>
    </message>
    <message>
        <source>Given when the case is created (pattern %1).</source>
        <translation>Tildeles når saken opprettes (mønster %1).</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Saksnummer:</translation>
    </message>
    <message>
        <source>Create &amp;case</source>
        <translation>&amp;Opprett sak</translation>
    </message>
    <message>
        <source>Choose the candidate from the list (search by name).</source>
        <translation>Velg kandidaten i listen (søk på navn).</translation>
    </message>
    <message>
        <source>Choose the target standard.</source>
        <translation>Velg målstandarden.</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>født %1</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (eksempel)</translation>
    </message>
    <message>
        <source>%1, version %2; %3 outcomes</source>
        <translation>%1, versjon %2; %3 læringsutbytter</translation>
    </message>
    <message>
        <source>Sample written for trying the program.</source>
        <translation>Eksempel laget for å prøve programmet.</translation>
    </message>
    <message>
        <source>Choose the target standard</source>
        <translation>Velg målstandarden</translation>
    </message>
    <message>
        <source>The catalogue is empty: import standards first.</source>
        <translation>Katalogen er tom: importer standarder først.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Protect the data with a passphrase</source>
        <translation>Beskytt dataene med en passordfrase</translation>
    </message>
    <message>
        <source>Encrypt the data</source>
        <translation>Krypter dataene</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Endre passordfrasen</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Passordfrase for sikkerhetskopien</translation>
    </message>
    <message>
        <source>rpl-desktop keeps national ID numbers, work histories and attests. Choose a passphrase: the database and the evidence files are encrypted with it, so a lost or stolen computer reveals nothing. You need it each time the program starts, unless this computer remembers it.</source>
        <translation>rpl-desktop lagrer ID-numre, arbeidshistorikk og attester. Velg en passordfrase: databasen og dokumentasjonsfilene krypteres med den, slik at en mistet eller stjålet datamaskin ikke avslører noe. Du trenger den hver gang programmet starter, med mindre denne datamaskinen husker den.</translation>
    </message>
    <message>
        <source>The database and the evidence files will be encrypted with this passphrase. Unencrypted copies are removed afterwards. You need the passphrase each time the program starts, unless this computer remembers it.</source>
        <translation>Databasen og dokumentasjonsfilene blir kryptert med denne passordfrasen. Ukrypterte kopier fjernes etterpå. Du trenger passordfrasen hver gang programmet starter, med mindre denne datamaskinen husker den.</translation>
    </message>
    <message>
        <source>Enter the current passphrase, then the new one twice. The data is re-encrypted with the new passphrase; the old one stops working. Backups made earlier keep the passphrase they were made with.</source>
        <translation>Skriv inn gjeldende passordfrase, deretter den nye to ganger. Dataene krypteres på nytt med den nye passordfrasen; den gamle slutter å virke. Sikkerhetskopier som er laget tidligere, beholder passordfrasen de ble laget med.</translation>
    </message>
    <message>
        <source>The data on this computer is not encrypted, but a backup always is. Choose a passphrase for the backup and keep it safe: without it the backup cannot be restored.</source>
        <translation>Dataene på denne datamaskinen er ikke kryptert, men en sikkerhetskopi er alltid det. Velg en passordfrase for sikkerhetskopien og ta godt vare på den: uten den kan sikkerhetskopien ikke gjenopprettes.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Gjeldende passordfrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny passordfrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ny passordfrase igjen</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words are easy to remember and hard to guess, for example “blue kettle, seven gulls”.</source>
        <translation>Minst %1 tegn. Noen få ord uten sammenheng er lette å huske og vanskelige å gjette, for eksempel «blå kjele, sju måker».</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passordfrasens styrke</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Vis passordfrasen</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (OS keyring)</source>
        <translation>&amp;Husk på denne datamaskinen (nøkkelring i operativsystemet)</translation>
    </message>
    <message>
        <source>The passphrase is kept in the password store of your user account; the program then starts without asking. Anyone who can sign in as you can then open the data.</source>
        <translation>Passordfrasen lagres i passordlageret til brukerkontoen din; programmet starter da uten å spørre. Alle som kan logge på som deg, kan da åpne dataene.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that rpl-desktop can use, so the passphrase cannot be remembered: you will type it at each start.</source>
        <translation>Denne datamaskinen har ikke noe passordlager (nøkkelring) som rpl-desktop kan bruke, så passordfrasen kan ikke huskes: du må skrive den inn ved hver oppstart.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Gjeldende passordfrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny passordfrase:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igjen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Styrke:</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Krypter</translation>
    </message>
    <message>
        <source>&amp;Encrypt now</source>
        <translation>&amp;Krypter nå</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Endre passordfrasen</translation>
    </message>
    <message>
        <source>&amp;Use this passphrase</source>
        <translation>&amp;Bruk denne passordfrasen</translation>
    </message>
    <message>
        <source>Continue &amp;without encryption</source>
        <translation>Fortsett &amp;uten kryptering</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>(type a passphrase)</source>
        <translation>(skriv en passordfrase)</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters</source>
        <translation>For kort: %1 av minst %2 tegn</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words.</source>
        <translation>Svak: lett å gjette. Legg til flere ord.</translation>
    </message>
    <message>
        <source>Fair: a word or two more would help.</source>
        <translation>Middels: et ord eller to til ville hjelpe.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>God</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Skriv inn en passordfrase.</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters.</source>
        <translation>Passordfrasen er for kort: bruk minst %1 tegn.</translation>
    </message>
    <message>
        <source>The passphrase contains a control character (such as a tab). Use letters, digits, spaces and punctuation only.</source>
        <translation>Passordfrasen inneholder et kontrolltegn (for eksempel tabulator). Bruk bare bokstaver, sifre, mellomrom og skilletegn.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the same passphrase twice.</source>
        <translation>De to passordfrasene er ikke like. Skriv den samme passordfrasen to ganger.</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Skriv inn gjeldende passordfrase.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one. Choose another.</source>
        <translation>Den nye passordfrasen er den samme som den gjeldende. Velg en annen.</translation>
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
        <translation>Arbeids- og læringsperiode</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Skolegang</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Eksamen</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Dokumentasjonsfil</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>Tilknyttet dokumentasjon</translation>
    </message>
    <message>
        <source>Component result</source>
        <translation>Resultat for delprøve</translation>
    </message>
    <message>
        <source>Validation step</source>
        <translation>Valideringstrinn</translation>
    </message>
    <message>
        <source>Workplace sign-off</source>
        <translation>Bekreftelse fra arbeidsplassen</translation>
    </message>
    <message>
        <source>Assessor&apos;s signature</source>
        <translation>Vurdererens signatur</translation>
    </message>
    <message>
        <source>Trade hours</source>
        <translation>Timer per fag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbeidsgiver</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbeidsoppgaver</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Position %</source>
        <translation>Stillingsprosent</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timer per uke</translation>
    </message>
    <message>
        <source>Confirmed by a third party</source>
        <translation>Bekreftet av tredjepart</translation>
    </message>
    <message>
        <source>Attest issued by</source>
        <translation>Attesten er utstedt av</translation>
    </message>
    <message>
        <source>Attest signed by</source>
        <translation>Attesten er signert av</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Underskriverens tittel</translation>
    </message>
    <message>
        <source>Attest date</source>
        <translation>Attestdato</translation>
    </message>
    <message>
        <source>On letterhead</source>
        <translation>På brevpapir</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>In school</source>
        <translation>I skole</translation>
    </message>
    <message>
        <source>Relevant YFF</source>
        <translation>YFF relevant</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Eksamensdato</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Tilbyder</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Filnavn</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Oversatt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poeng</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Vurderer</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Akkreditering</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Utført av</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signert av</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation profile</source>
        <translation>Organisasjonsprofil</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisasjonens navn</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>9 digits in Norway, 10 in Sweden</source>
        <translation>9 sifre i Norge, 10 i Sverige</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Type organisasjon</translation>
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
        <translation>Annet land</translation>
    </message>
    <message>
        <source>Country code (two letters)</source>
        <translation>Landkode (to bokstaver)</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. FI</source>
        <translation>Kode på to bokstaver, f.eks. FI</translation>
    </message>
    <message>
        <source>Region (fylke or län)</source>
        <translation>Region (fylke eller län)</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>Standard dokumentspråk</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadresse</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Underskrivere</translation>
    </message>
    <message>
        <source>A&amp;dd signer</source>
        <translation>Legg til &amp;underskriver</translation>
    </message>
    <message>
        <source>Remo&amp;ve signer</source>
        <translation>&amp;Fjern underskriver</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Organisation n&amp;umber:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
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
        <translation>&amp;Postadresse:</translation>
    </message>
    <message>
        <source>Si&amp;gners:</source>
        <translation>Under&amp;skrivere:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>La&amp;gre</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Ikke nå</translation>
    </message>
    <message>
        <source>Welcome. Decisions and certificates carry your organisation&apos;s name, number, address and signers. Fill them in now, or later under Settings; until then no documents can be issued.</source>
        <translation>Velkommen. Vedtak og kompetansebevis viser organisasjonens navn, nummer, adresse og underskrivere. Fyll dem inn nå, eller senere under Innstillinger; inntil da kan ingen dokumenter utstedes.</translation>
    </message>
    <message>
        <source>Signer %1: %2</source>
        <translation>Underskriver %1: %2</translation>
    </message>
    <message>
        <source>Vocational college (fagskole)</source>
        <translation>Fagskole</translation>
    </message>
    <message>
        <source>County authority (fylkeskommune)</source>
        <translation>Fylkeskommune</translation>
    </message>
    <message>
        <source>Municipality (kommune)</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Industry organisation (bransjeorganisasjon)</source>
        <translation>Bransjeorganisasjon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annen</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norsk bokmål</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norsk nynorsk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
</context>
<context>
    <name>OutcomeCategory</name>
    <message>
        <source>Kunnskap (knowledge)</source>
        <translation>Kunnskap</translation>
    </message>
    <message>
        <source>Ferdigheter (skills)</source>
        <translation>Ferdigheter</translation>
    </message>
    <message>
        <source>Generell kompetanse (general competence)</source>
        <translation>Generell kompetanse</translation>
    </message>
    <message>
        <source>Kunskaper (knowledge)</source>
        <translation>Kunskaper (kunnskap)</translation>
    </message>
    <message>
        <source>Färdigheter (skills)</source>
        <translation>Färdigheter (ferdigheter)</translation>
    </message>
    <message>
        <source>Ansvar och självständighet (responsibility and autonomy)</source>
        <translation>Ansvar och självständighet (ansvar og selvstendighet)</translation>
    </message>
</context>
<context>
    <name>OverrideReasonDialog</name>
    <message>
        <source>Accept a decision on documents alone</source>
        <translation>Godta et vedtak bare på grunnlag av dokumenter</translation>
    </message>
    <message>
        <source>These outcomes are judged on documents alone: %1. Udir&apos;s guidance says such an assessment is hardly sound (forsvarlig). Record why the documents are enough here; the reason is kept with the case and shown in the decision.</source>
        <translation>Disse læringsutbyttene er vurdert bare på grunnlag av dokumenter: %1. Ifølge Udirs veiledning er en slik vurdering neppe forsvarlig. Registrer her hvorfor dokumentene er nok; begrunnelsen lagres i saken og vises i vedtaket.</translation>
    </message>
    <message>
        <source>Reason for accepting documents alone</source>
        <translation>Begrunnelse for å godta dokumenter alene</translation>
    </message>
    <message>
        <source>&amp;Reason (at least 15 characters):</source>
        <translation>&amp;Begrunnelse (minst 15 tegn):</translation>
    </message>
    <message>
        <source>&amp;Record reason</source>
        <translation>&amp;Registrer begrunnelse</translation>
    </message>
    <message>
        <source>%1 characters.</source>
        <translation>%1 tegn.</translation>
    </message>
    <message>
        <source>%1 of at least %2 characters.</source>
        <translation>%1 av minst %2 tegn.</translation>
    </message>
</context>
<context>
    <name>PackagePassphraseDialog</name>
    <message>
        <source>Open assessor package</source>
        <translation>Åpne vurdererpakke</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is encrypted. Enter the passphrase the caseworker gave you (by telephone or text message, not with the file).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; er kryptert. Skriv inn passordfrasen saksbehandleren ga deg (på telefon eller SMS, ikke sammen med filen).</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Vis passordfrasen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Skriv inn passordfrasen.</translation>
    </message>
    <message>
        <source>The passphrase does not open this package. Check it (capital letters, spaces) and try again, or ask the caseworker.</source>
        <translation>Passordfrasen åpner ikke denne pakken. Kontroller den (store bokstaver, mellomrom) og prøv igjen, eller spør saksbehandleren.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password of %1</source>
        <translation>Passord for %1</translation>
    </message>
    <message>
        <source>At least %1 characters. Leave both fields empty to remove the password.</source>
        <translation>Minst %1 tegn. La begge feltene stå tomme for å fjerne passordet.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nytt passord:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gjenta:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>De to passordene er ulike. Skriv det samme passordet to ganger.</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Edit period</source>
        <translation>Rediger periode</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Legg til periode</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Type periode</translation>
    </message>
    <message>
        <source>Employer or organisation</source>
        <translation>Arbeidsgiver eller organisasjon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Role or job title</source>
        <translation>Rolle eller stillingstittel</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Arbeidsoppgaver</translation>
    </message>
    <message>
        <source>What the candidate did, in the attest&apos;s words</source>
        <translation>Hva kandidaten gjorde, med ordene fra attesten</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>O&amp;ngoing</source>
        <translation>&amp;Pågår</translation>
    </message>
    <message>
        <source>Still employed / still going on</source>
        <translation>Fortsatt ansatt / pågår fortsatt</translation>
    </message>
    <message>
        <source>&amp;Position %</source>
        <translation>&amp;Stillingsprosent</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>&amp;Timer per uke</translation>
    </message>
    <message>
        <source>Position percent</source>
        <translation>Stillingsprosent</translation>
    </message>
    <message>
        <source>e.g. 100</source>
        <translation>f.eks. 100</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer per uke</translation>
    </message>
    <message>
        <source>e.g. 37,5</source>
        <translation>f.eks. 37,5</translation>
    </message>
    <message>
        <source>&amp;Confirmed by a third party (employer, NAV, Aa-register)</source>
        <translation>&amp;Bekreftet av tredjepart (arbeidsgiver, NAV, Aa-registeret)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Employer / organisation:</source>
        <translation>&amp;Arbeidsgiver / organisasjon:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>T&amp;asks:</source>
        <translation>Arbeids&amp;oppgaver:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <source>E&amp;xtent:</source>
        <translation>O&amp;mfang:</translation>
    </message>
    <message>
        <source>Attest (work certificate)</source>
        <translation>Attest (arbeidsattest)</translation>
    </message>
    <message>
        <source>Attest issued by</source>
        <translation>Attesten er utstedt av</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Underskriverens navn</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Underskriverens tittel</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Utstedelsesdato</translation>
    </message>
    <message>
        <source>On letterhead or sta&amp;mped</source>
        <translation>På brevpapir eller st&amp;emplet</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Utstedt av:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>Si&amp;gnert av:</translation>
    </message>
    <message>
        <source>Signer&apos;s tit&amp;le:</source>
        <translation>U&amp;nderskriverens tittel:</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>Utstedelses&amp;dato:</translation>
    </message>
    <message>
        <source>An attest must be made out to the candidate and give the period, the position % or hours, and the tasks. Timesheets are not accepted.</source>
        <translation>En attest må være utstedt til kandidaten og oppgi perioden, stillingsprosent eller timer, og arbeidsoppgavene. Timelister godtas ikke.</translation>
    </message>
    <message>
        <source>Course pro&amp;vider:</source>
        <translation>&amp;Kurstilbyder:</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>Startdato må fylles ut.</translation>
    </message>
    <message>
        <source>Give the end date, or tick &apos;Ongoing&apos; if the period has not ended.</source>
        <translation>Oppgi sluttdato, eller kryss av for «Pågår» hvis perioden ikke er avsluttet.</translation>
    </message>
    <message>
        <source>Write the position % as a number, e.g. 80 or 37,5.</source>
        <translation>Skriv stillingsprosenten som et tall, f.eks. 80 eller 37,5.</translation>
    </message>
    <message>
        <source>Write the hours per week as a number, e.g. 37,5.</source>
        <translation>Skriv timer per uke som et tall, f.eks. 37,5.</translation>
    </message>
</context>
<context>
    <name>PeriodTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Employer / organisation</source>
        <translation>Arbeidsgiver / organisasjon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <source>Attest</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>%1 h/week</source>
        <translation>%1 t/uke</translation>
    </message>
    <message>
        <source>No attest recorded</source>
        <translation>Ingen attest registrert</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Utstedt av: %1</translation>
    </message>
    <message>
        <source>Signed by: %1, %2</source>
        <translation>Signert av: %1, %2</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Ikke registrert: %1</translation>
    </message>
</context>
<context>
    <name>PeriodTagTableModel</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Fag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>from an employer&apos;s statement</source>
        <translation>fra en attest fra arbeidsgiver</translation>
    </message>
    <message>
        <source>computed from the dates and position percentage (40 hours a full-time week)</source>
        <translation>beregnet ut fra datoene og stillingsprosenten (40 timer per uke ved heltid)</translation>
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
        <translation>Personopplysninger</translation>
    </message>
    <message>
        <source>How many years a case is kept after its decision was issued (or after it was closed without a decision). After that the candidate appears in the retention report, to be erased or anonymised. The defaults are placeholders: check your county&apos;s bevarings- og kassasjonsregler (no national source was found) and set the periods here.</source>
        <translation>Hvor mange år en sak oppbevares etter at vedtaket ble utstedt (eller etter at saken ble avsluttet uten vedtak). Deretter vises kandidaten i oppbevaringsrapporten for å bli slettet eller anonymisert. Standardverdiene er bare plassholdere: sjekk fylkets bevarings- og kassasjonsregler (ingen nasjonal kilde ble funnet), og angi periodene her.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Only an administrator can change the retention periods.</source>
        <translation>Bare en administrator kan endre oppbevaringstidene.</translation>
    </message>
    <message>
        <source>Save &amp;periods</source>
        <translation>Lagre &amp;periodene</translation>
    </message>
    <message>
        <source>Retention &amp;report…</source>
        <translation>&amp;Oppbevaringsrapport…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Lagret.</translation>
    </message>
</context>
<context>
    <name>PhaseTableModel</name>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Actor role</source>
        <translation>Aktørens rolle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokumentasjon</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registrert</translation>
    </message>
</context>
<context>
    <name>PraksisContributionTableModel</name>
    <message>
        <source>Employer / school</source>
        <translation>Arbeidsgiver / skole</translation>
    </message>
    <message>
        <source>Role /
programme</source>
        <translation>Rolle /
programområde</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Counted
as</source>
        <translation>Regnet
som</translation>
    </message>
    <message>
        <source>Calendar
months</source>
        <translation>Kalender-
måneder</translation>
    </message>
    <message>
        <source>Credited
months</source>
        <translation>Godskrevne
måneder</translation>
    </message>
    <message>
        <source>In the last
%1 years</source>
        <translation>I de siste
%1 årene</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Nylig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Positions at or above the full-time threshold count as 100 %.</source>
        <translation>Stillinger på eller over heltidsgrensen regnes som 100 %.</translation>
    </message>
    <message>
        <source>Length of the period in calendar months, whatever the position.</source>
        <translation>Periodens lengde i kalendermåneder, uansett stillingsprosent.</translation>
    </message>
    <message>
        <source>Months that count, after the position percentage and the yearly cap.</source>
        <translation>Måneder som teller, etter stillingsprosent og årstak.</translation>
    </message>
    <message>
        <source>At or above the full-time threshold, so counted as full time.</source>
        <translation>På eller over heltidsgrensen, og derfor regnet som heltid.</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Periode %1</translation>
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
        <translation>Nei</translation>
    </message>
    <message>
        <source>Partly: %1 months</source>
        <translation>Delvis: %1 måneder</translation>
    </message>
    <message>
        <source>Not counted: starts after the reference date</source>
        <translation>Ikke medregnet: starter etter referansedatoen</translation>
    </message>
    <message>
        <source>Ongoing: counted up to the reference date %1</source>
        <translation>Pågår: medregnet fram til referansedatoen %1</translation>
    </message>
    <message>
        <source>Ends after the reference date: counted up to %1</source>
        <translation>Slutter etter referansedatoen: medregnet fram til %1</translation>
    </message>
    <message>
        <source>%1 months cut by the yearly cap</source>
        <translation>%1 måneder avkortet av årstaket</translation>
    </message>
    <message>
        <source>School: %1</source>
        <translation>Skole: %1</translation>
    </message>
    <message>
        <source>for this trade</source>
        <translation>for dette faget</translation>
    </message>
    <message>
        <source>another programme</source>
        <translation>et annet programområde</translation>
    </message>
    <message>
        <source>Not passed. %1</source>
        <translation>Ikke bestått. %1</translation>
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
        <translation>høyere utdanning</translation>
    </message>
</context>
<context>
    <name>PraksisPanelWidget</name>
    <message>
        <source>Practice-time calculation</source>
        <translation>Beregning av praksistid</translation>
    </message>
    <message>
        <source>Practice time</source>
        <translation>Praksistid</translation>
    </message>
    <message>
        <source>Counted months per calendar year</source>
        <translation>Medregnede måneder per kalenderår</translation>
    </message>
    <message>
        <source>What each period and school year contributes</source>
        <translation>Hva hver periode og hvert skoleår bidrar med</translation>
    </message>
    <message>
        <source>Contribution of each period</source>
        <translation>Bidrag fra hver periode</translation>
    </message>
    <message>
        <source>Warnings: what to check</source>
        <translation>Varsler: hva som bør sjekkes</translation>
    </message>
    <message>
        <source>Exam, certificates and approval</source>
        <translation>Eksamen, sertifikater og godkjenning</translation>
    </message>
    <message>
        <source>No practice-time calculation yet.</source>
        <translation>Ingen beregning av praksistid ennå.</translation>
    </message>
    <message>
        <source>Practice time requirement met</source>
        <translation>Kravet til praksistid er oppfylt</translation>
    </message>
    <message>
        <source>Enough practice time. Approval still needs the theory exam and your assessment of relevance.</source>
        <translation>Nok praksistid. Godkjenning krever fortsatt teorieksamen og din vurdering av relevans.</translation>
    </message>
    <message>
        <source>Practice time requirement not met</source>
        <translation>Kravet til praksistid er ikke oppfylt</translation>
    </message>
    <message>
        <source>Not enough practice time yet; see what is left below.</source>
        <translation>Ikke nok praksistid ennå; se nedenfor hva som gjenstår.</translation>
    </message>
    <message>
        <source>Practice time requirement needs judgement</source>
        <translation>Kravet til praksistid må vurderes</translation>
    </message>
    <message>
        <source>The hours are enough, but some warnings below need your judgement before you decide.</source>
        <translation>Timene er nok, men noen av varslene nedenfor må vurderes før du avgjør saken.</translation>
    </message>
    <message>
        <source>%1 profile %2</source>
        <translation>profil %1 %2</translation>
    </message>
    <message>
        <source>reference date %1</source>
        <translation>referansedato %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 måned</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 måneder</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Credited work</source>
        <translation>Godskrevet arbeid</translation>
    </message>
    <message>
        <source>Cut by the yearly cap</source>
        <translation>Avkortet av årstaket</translation>
    </message>
    <message>
        <source>%1 (not credited)</source>
        <translation>%1 (ikke godskrevet)</translation>
    </message>
    <message>
        <source>School credit</source>
        <translation>Godskrevet skoletid</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Gjenstår</translation>
    </message>
    <message>
        <source>Recent practice</source>
        <translation>Nylig praksis</translation>
    </message>
    <message>
        <source>In Norway</source>
        <translation>I Norge</translation>
    </message>
    <message>
        <source>%1 in Norway, %2 abroad</source>
        <translation>%1 i Norge, %2 i utlandet</translation>
    </message>
    <message>
        <source>Requirement reached</source>
        <translation>Kravet er nådd</translation>
    </message>
    <message>
        <source>1 month at full time left</source>
        <translation>1 måned på heltid gjenstår</translation>
    </message>
    <message>
        <source>%1 months at full time left</source>
        <translation>%1 måneder på heltid gjenstår</translation>
    </message>
    <message>
        <source>No dated practice, so no share of recent practice.</source>
        <translation>Ingen datert praksis, og derfor ingen andel nylig praksis.</translation>
    </message>
    <message>
        <source>%1 of the practice is within the profile&apos;s recency window</source>
        <translation>%1 av praksisen ligger innenfor profilens tidsvindu for nylig praksis</translation>
    </message>
    <message>
        <source>%1 of the practice is from the last %2 years</source>
        <translation>%1 av praksisen er fra de siste %2 årene</translation>
    </message>
    <message>
        <source>Much of the practice is old</source>
        <translation>Mye av praksisen er gammel</translation>
    </message>
    <message>
        <source>Less of the practice than the profile expects is from the last %1 years: check whether the older practice is still relevant to today&apos;s Vg3 læreplan, for example through recent tasks or a professional conversation.</source>
        <translation>Mindre av praksisen enn profilen forventer er fra de siste %1 årene: sjekk om den eldre praksisen fortsatt er relevant for dagens læreplan for Vg3, for eksempel gjennom nyere arbeidsoppgaver eller en faglig samtale.</translation>
    </message>
    <message>
        <source>Period shorter than %1 months</source>
        <translation>Periode kortere enn %1 måneder</translation>
    </message>
    <message>
        <source>Period shorter than %1 months: check that it was a continuous engagement; several short jobs at the same employer may be one period.</source>
        <translation>Periode kortere enn %1 måneder: sjekk at det var et sammenhengende arbeidsforhold; flere korte jobber hos samme arbeidsgiver kan være én periode.</translation>
    </message>
    <message>
        <source>Too little practice in Norway for this profile</source>
        <translation>For lite praksis i Norge for denne profilen</translation>
    </message>
    <message>
        <source>The county profile asks for a minimum of practice in Norway: check whether the county accepts the foreign practice, or whether more Norwegian practice is documented.</source>
        <translation>Fylkesprofilen krever et minimum av praksis i Norge: sjekk om fylket godtar praksisen fra utlandet, eller om mer praksis fra Norge er dokumentert.</translation>
    </message>
    <message>
        <source>Self-employment without third-party confirmation</source>
        <translation>Selvstendig næringsdrift uten bekreftelse fra tredjepart</translation>
    </message>
    <message>
        <source>Ask for a confirmation from someone with professional competence in the trade, and a firmaattest or a printout from Brønnøysundregistrene.</source>
        <translation>Be om en bekreftelse fra noen med fagkompetanse i faget, og en firmaattest eller en utskrift fra Brønnøysundregistrene.</translation>
    </message>
    <message>
        <source>Practice abroad</source>
        <translation>Praksis i utlandet</translation>
    </message>
    <message>
        <source>Check that the attests are translated into Norwegian and describe the tasks, so the practice can be assessed like Norwegian practice.</source>
        <translation>Sjekk at attestene er oversatt til norsk og beskriver arbeidsoppgavene, slik at praksisen kan vurderes som norsk praksis.</translation>
    </message>
    <message>
        <source>Months cut by the yearly cap</source>
        <translation>Måneder avkortet av årstaket</translation>
    </message>
    <message>
        <source>Overlapping jobs count at most 12 months in one calendar year; nothing to do unless the dates are wrong. Check that the periods really ran at the same time.</source>
        <translation>Overlappende jobber teller høyst 12 måneder i ett kalenderår; du trenger ikke gjøre noe med mindre datoene er feil. Sjekk at periodene virkelig gikk samtidig.</translation>
    </message>
    <message>
        <source>Leading, teaching or engineering role</source>
        <translation>Leder-, lærer- eller ingeniørrolle</translation>
    </message>
    <message>
        <source>Teacher, engineer, foreman and supervisor roles are normally not approved: check that the work itself was done at skilled-worker level.</source>
        <translation>Roller som lærer, ingeniør, formann og arbeidsleder godkjennes normalt ikke: sjekk at selve arbeidet ble utført på fagarbeidernivå.</translation>
    </message>
    <message>
        <source>Voluntary work, work training or spare-time practice</source>
        <translation>Frivillig arbeid, arbeidstrening eller praksis på fritiden</translation>
    </message>
    <message>
        <source>Such practice is accepted only in some cases: check that it was real work in the trade, alongside skilled workers.</source>
        <translation>Slik praksis godtas bare i noen tilfeller: sjekk at det var reelt arbeid i faget, sammen med fagarbeidere.</translation>
    </message>
    <message>
        <source>Period after the reference date</source>
        <translation>Periode etter referansedatoen</translation>
    </message>
    <message>
        <source>The period was not counted: check its dates, or the reference date of the calculation.</source>
        <translation>Perioden ble ikke medregnet: sjekk datoene, eller referansedatoen for beregningen.</translation>
    </message>
    <message>
        <source>Read the message and check the period it names.</source>
        <translation>Les meldingen og sjekk perioden den nevner.</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>Ingen varsler.</translation>
    </message>
    <message>
        <source>Needs your judgement</source>
        <translation>Trenger din vurdering</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Til orientering</translation>
    </message>
    <message>
        <source>No theory exam is listed for this trade in the catalogue.</source>
        <translation>Ingen teorieksamen er oppført for dette faget i katalogen.</translation>
    </message>
    <message>
        <source>Theory exam %1: passed on %2</source>
        <translation>Teorieksamen %1: bestått %2</translation>
    </message>
    <message>
        <source>Theory exam %1: passed</source>
        <translation>Teorieksamen %1: bestått</translation>
    </message>
    <message>
        <source>Theory exam %1: not passed (%2)</source>
        <translation>Teorieksamen %1: ikke bestått (%2)</translation>
    </message>
    <message>
        <source>Theory exam %1: not passed</source>
        <translation>Teorieksamen %1: ikke bestått</translation>
    </message>
    <message>
        <source>Theory exam %1: not registered</source>
        <translation>Teorieksamen %1: ikke registrert</translation>
    </message>
    <message>
        <source>Confirm certificate: %1</source>
        <translation>Bekreft sertifikat: %1</translation>
    </message>
    <message>
        <source>Approval also needs your recorded assessment of relevance against the Vg3 kompetansemål (mapping matrix).</source>
        <translation>Godkjenning krever også at du har registrert din vurdering av relevans mot kompetansemålene for Vg3 (kartleggingsmatrisen).</translation>
    </message>
    <message>
        <source>The case cannot be approved yet:</source>
        <translation>Saken kan ikke godkjennes ennå:</translation>
    </message>
    <message>
        <source>What to check:</source>
        <translation>Hva som bør sjekkes:</translation>
    </message>
</context>
<context>
    <name>PrivacyDialogs</name>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>avsluttet %1</translation>
    </message>
    <message>
        <source>kept until %1</source>
        <translation>oppbevares til %1</translation>
    </message>
    <message>
        <source>Case %1 is under appeal.</source>
        <translation>Sak %1 er påklaget.</translation>
    </message>
    <message>
        <source>Case %1 is still open (%2) and holds an issued document.</source>
        <translation>Sak %1 er fortsatt åpen (%2) og inneholder et utstedt dokument.</translation>
    </message>
    <message>
        <source>Case %1 holds a decision issued on %2, which must be kept until %3 (%4 years).</source>
        <translation>Sak %1 inneholder et vedtak utstedt %2, som må oppbevares til %3 (%4 år).</translation>
    </message>
    <message>
        <source>Cases closed without a decision</source>
        <translation>Saker avsluttet uten vedtak</translation>
    </message>
    <message>
        <source>Candidates who never had a case</source>
        <translation>Kandidater som aldri har hatt en sak</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>OrganisationDialog</source>
        <comment>Norwegian Bokmål</comment>
        <translation>Norsk bokmål</translation>
    </message>
</context>
<context>
    <name>RetentionReportDialog</name>
    <message>
        <source>Retention report</source>
        <translation>Oppbevaringsrapport</translation>
    </message>
    <message>
        <source>Candidates past their retention period</source>
        <translation>Kandidater som har passert oppbevaringstiden</translation>
    </message>
    <message>
        <source>No candidate is past their retention period.</source>
        <translation>Ingen kandidater har passert oppbevaringstiden.</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Eksporter som &amp;CSV…</translation>
    </message>
    <message>
        <source>The file holds names: keep it safe and delete it when done.</source>
        <translation>Filen inneholder navn: oppbevar den trygt og slett den når du er ferdig.</translation>
    </message>
    <message>
        <source>&amp;Erase or anonymise…</source>
        <translation>&amp;Slett eller anonymiser…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Save the retention report as</source>
        <translation>Lagre oppbevaringsrapporten som</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>On %1, %2 of %3 candidates are past their retention period (%4 have an open case, %5 are still within their period). The periods are set in Settings › Personal data; check them against your county&apos;s bevarings- og kassasjonsregler (no national source was found).</source>
        <translation>Per %1 har %2 av %3 kandidater passert oppbevaringstiden (%4 har en åpen sak, %5 er fortsatt innenfor oppbevaringstiden). Periodene angis under Innstillinger › Personopplysninger; sjekk dem mot fylkets bevarings- og kassasjonsregler (ingen nasjonal kilde ble funnet).</translation>
    </message>
    <message>
        <source>Saved %1. It holds names: keep it safe and delete it when done.</source>
        <translation>Lagret %1. Den inneholder navn: oppbevar den trygt og slett den når du er ferdig.</translation>
    </message>
</context>
<context>
    <name>RetentionTableModel</name>
    <message>
        <source>no cases</source>
        <translation>ingen saker</translation>
    </message>
    <message>
        <source>Erase (anonymised already)</source>
        <translation>Slett (allerede anonymisert)</translation>
    </message>
    <message>
        <source>Erase, or anonymise to keep the case record</source>
        <translation>Slett, eller anonymiser for å beholde saken</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <source>Retention ended</source>
        <translation>Oppbevaringstid utløpt</translation>
    </message>
    <message>
        <source>May be done</source>
        <translation>Kan gjøres</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisert</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Your role does not allow this: it needs the role %1. An administrator can give it to you.</source>
        <translation>Rollen din tillater ikke dette: det krever rollen %1. En administrator kan gi deg den.</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>saksbehandler</translation>
    </message>
    <message>
        <source>approver</source>
        <translation>godkjenner</translation>
    </message>
    <message>
        <source>counsellor</source>
        <translation>veileder</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>SchoolingDialog</name>
    <message>
        <source>Edit schooling</source>
        <translation>Rediger skolegang</translation>
    </message>
    <message>
        <source>Add schooling</source>
        <translation>Legg til skolegang</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>Skolenivå</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programområde</translation>
    </message>
    <message>
        <source>e.g. Vg1 bygg- og anleggsteknikk</source>
        <translation>f.eks. Vg1 bygg- og anleggsteknikk</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>In &amp;school (not as apprentice or privatist)</source>
        <translation>&amp;I skole (ikke som lærling eller privatist)</translation>
    </message>
    <message>
        <source>&amp;YFF relevant to the fag</source>
        <translation>&amp;YFF relevant for faget</translation>
    </message>
    <message>
        <source>&amp;Passed</source>
        <translation>&amp;Bestått</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <source>P&amp;rogramme:</source>
        <translation>&amp;Programområde:</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Write the year with four digits, e.g. 2012.</source>
        <translation>Skriv året med fire sifre, f.eks. 2012.</translation>
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
        <translation>Programområde</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>In school</source>
        <translation>I skole</translation>
    </message>
    <message>
        <source>YFF relevant</source>
        <translation>YFF relevant</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
</context>
<context>
    <name>SecurityBox</name>
    <message>
        <source>Security and backups</source>
        <translation>Sikkerhet og sikkerhetskopier</translation>
    </message>
    <message>
        <source>&amp;Encrypt the data…</source>
        <translation>&amp;Krypter dataene…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;Endre passordfrasen…</translation>
    </message>
    <message>
        <source>Remember the passphrase on this computer (OS &amp;keyring)</source>
        <translation>Husk passordfrasen på denne datamaskinen (&amp;nøkkelring i operativsystemet)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source>Automatic daily backups to keep</source>
        <translation>Automatiske daglige sikkerhetskopier som beholdes</translation>
    </message>
    <message>
        <source>Each day the program is started it writes an encrypted backup into the backups folder and keeps this many of them. Off: no automatic backups.</source>
        <translation>Hver dag programmet startes, skriver det en kryptert sikkerhetskopi til mappen for sikkerhetskopier og beholder så mange av dem. Av: ingen automatiske sikkerhetskopier.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Ta sikkerhetskopi nå…</translation>
    </message>
    <message>
        <source>Rest&amp;ore from a backup…</source>
        <translation>&amp;Gjenopprett fra en sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Automatic backups &amp;kept:</source>
        <translation>Automatiske sikkerhetskopier som &amp;beholdes:</translation>
    </message>
    <message>
        <source>The data is on a database server. Encryption at rest and backups are looked after there (ask your IT department).</source>
        <translation>Dataene ligger på en databaseserver. Kryptering av lagrede data og sikkerhetskopier tas hånd om der (spør IT-avdelingen).</translation>
    </message>
    <message>
        <source>Encrypted: the database and the evidence files are encrypted with your passphrase.</source>
        <translation>Kryptert: databasen og dokumentasjonsfilene er kryptert med passordfrasen din.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who gets hold of this computer or its disk can read the data. Encrypt it with a passphrase.</source>
        <translation>Ikke kryptert: alle som får tak i denne datamaskinen eller disken, kan lese dataene. Krypter dem med en passordfrase.</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that rpl-desktop can use, so the passphrase is asked at each start.</source>
        <translation>Denne datamaskinen har ikke noe passordlager (nøkkelring) som rpl-desktop kan bruke, så du blir spurt om passordfrasen ved hver oppstart.</translation>
    </message>
    <message>
        <source>The keyring did not accept the passphrase; it is asked at each start.</source>
        <translation>Nøkkelringen godtok ikke passordfrasen; du blir spurt om den ved hver oppstart.</translation>
    </message>
    <message>
        <source>The passphrase is kept in this computer&apos;s keyring; the program starts without asking.</source>
        <translation>Passordfrasen lagres i nøkkelringen på denne datamaskinen; programmet starter uten å spørre.</translation>
    </message>
    <message>
        <source>The passphrase is no longer kept on this computer; it is asked at each start.</source>
        <translation>Passordfrasen lagres ikke lenger på denne datamaskinen; du blir spurt om den ved hver oppstart.</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Ta sikkerhetskopi til</translation>
    </message>
    <message>
        <source>rpl-desktop backups (*%1)</source>
        <translation>Sikkerhetskopier fra rpl-desktop (*%1)</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Gjenopprett fra</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Gjenopprette denne sikkerhetskopien?</translation>
    </message>
    <message>
        <source>Replace all current data with this backup?</source>
        <translation>Erstatte alle gjeldende data med denne sikkerhetskopien?</translation>
    </message>
    <message>
        <source>The backup was made %1 by rpl-desktop %2 and holds %3 candidates, %4 cases and %5 evidence files. Everything entered since then is replaced (a safety backup of the current data is written first). The program closes afterwards; start it again.</source>
        <translation>Sikkerhetskopien ble laget %1 av rpl-desktop %2 og inneholder %3 kandidater, %4 saker og %5 dokumentasjonsfiler. Alt som er registrert siden da, erstattes (en sikkerhetskopi av de gjeldende dataene skrives først). Programmet avsluttes etterpå; start det på nytt.</translation>
    </message>
    <message>
        <source>&amp;Replace the data</source>
        <translation>E&amp;rstatt dataene</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Krypterer</translation>
    </message>
    <message>
        <source>Encrypting the data…</source>
        <translation>Krypterer dataene…</translation>
    </message>
    <message>
        <source>The data is now encrypted. Keep the passphrase safe: without it the data cannot be opened.</source>
        <translation>Dataene er nå kryptert. Ta godt vare på passordfrasen: uten den kan dataene ikke åpnes.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so nothing was changed. Try again.</source>
        <translation>Gjeldende passordfrase er ikke riktig, så ingenting ble endret. Prøv igjen.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Backups made before keep the old passphrase.</source>
        <translation>Passordfrasen er endret. Sikkerhetskopier som er laget tidligere, beholder den gamle passordfrasen.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Tar sikkerhetskopi</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Skriver sikkerhetskopien…</translation>
    </message>
    <message>
        <source>The backup was written to %1 (%2 MB: %3 candidates, %4 evidence files).</source>
        <translation>Sikkerhetskopien ble skrevet til %1 (%2 MB: %3 kandidater, %4 dokumentasjonsfiler).</translation>
    </message>
    <message>
        <source>It opens with the passphrase of the data.</source>
        <translation>Den åpnes med passordfrasen til dataene.</translation>
    </message>
    <message>
        <source>It opens with the passphrase you chose for it.</source>
        <translation>Den åpnes med passordfrasen du valgte for den.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Kontrollerer sikkerhetskopien</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Kontrollerer sikkerhetskopien…</translation>
    </message>
    <message>
        <source>That passphrase does not open the backup. Check it and try again.</source>
        <translation>Passordfrasen åpner ikke sikkerhetskopien. Kontroller den og prøv igjen.</translation>
    </message>
    <message>
        <source>The passphrase did not open the backup; nothing was changed.</source>
        <translation>Passordfrasen åpnet ikke sikkerhetskopien; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Gjenoppretter</translation>
    </message>
    <message>
        <source>Saving the current data first…</source>
        <translation>Lagrer de gjeldende dataene først…</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. The data you replaced was saved to %2. rpl-desktop closes now: start it again to work with the restored data.</source>
        <translation>Sikkerhetskopien fra %1 er gjenopprettet. Dataene du erstattet, ble lagret i %2. rpl-desktop avsluttes nå: start programmet på nytt for å arbeide med de gjenopprettede dataene.</translation>
    </message>
    <message>
        <source>The restored data opens with the backup&apos;s passphrase.</source>
        <translation>De gjenopprettede dataene åpnes med passordfrasen til sikkerhetskopien.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhetskopien er gjenopprettet</translation>
    </message>
</context>
<context>
    <name>SendToAssessorDialog</name>
    <message>
        <source>Send to an external assessor</source>
        <translation>Send til en ekstern vurderer</translation>
    </message>
    <message>
        <source>The assessor (a fagkonsulent or yrkesbedömare) gets an encrypted file with the outcomes and the files you tick, the interview guide for those outcomes and the candidate&apos;s name — never the national ID number, contact details, the work history or other cases. They judge in rpl-desktop without access to this database and send back a response file.</source>
        <translation>Vurdereren (en fagkonsulent eller yrkesbedömare) får en kryptert fil med læringsutbyttene og filene du krysser av, intervjuguiden for disse læringsutbyttene og kandidatens navn — aldri ID-nummeret, kontaktopplysningene, arbeids- og læringshistorikken eller andre saker. Vurdereren vurderer i rpl-desktop uten tilgang til denne databasen og sender tilbake en svarfil.</translation>
    </message>
    <message>
        <source>e.g. Ola Fagkonsulent</source>
        <translation>f.eks. Ola Fagkonsulent</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>&amp;Vurderer:</translation>
    </message>
    <message>
        <source>Outcomes to send</source>
        <translation>Læringsutbytter som skal sendes</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>&amp;Outcomes:</source>
        <translation>&amp;Læringsutbytter:</translation>
    </message>
    <message>
        <source>Evidence files the assessor may see</source>
        <translation>Dokumentasjonsfiler vurdereren kan se</translation>
    </message>
    <message>
        <source>linked to %1</source>
        <translation>knyttet til %1</translation>
    </message>
    <message>
        <source>The candidate has no evidence files.</source>
        <translation>Kandidaten har ingen dokumentasjonsfiler.</translation>
    </message>
    <message>
        <source>Tick only the files the assessor needs to see (Space ticks):</source>
        <translation>Kryss bare av for filene vurdereren trenger å se (mellomromstasten krysser av):</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>&amp;Filer:</translation>
    </message>
    <message>
        <source>Optional: where and when to meet the candidate, what to look at</source>
        <translation>Valgfritt: hvor og når kandidaten skal møtes, hva som skal ses på</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Melding:</translation>
    </message>
    <message>
        <source>The passphrase again</source>
        <translation>Passordfrasen igjen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Vi&amp;s</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Igjen:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give the assessor the passphrase by another channel&lt;/b&gt; — by telephone or text message, never in the same e-mail as the file. At least %1 characters; a few unrelated words are easy to read out. Keep it: you need it again to import the assessor&apos;s answer.</source>
        <translation>&lt;b&gt;Gi vurdereren passordfrasen på en annen måte&lt;/b&gt; — på telefon eller SMS, aldri i samme e-post som filen. Minst %1 tegn; noen få ord uten sammenheng er lette å lese opp. Ta vare på den: du trenger den igjen for å importere svaret fra vurdereren.</translation>
    </message>
    <message>
        <source>&amp;Create package…</source>
        <translation>Lag pa&amp;kke…</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De to passordfrasene er ulike.</translation>
    </message>
    <message>
        <source>Save the assessor package</source>
        <translation>Lagre vurdererpakken</translation>
    </message>
    <message>
        <source>Assessor packages (*.rpl)</source>
        <translation>Vurdererpakker (*.rpl)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – rpl-desktop</source>
        <translation>Logg på – rpl-desktop</translation>
    </message>
    <message>
        <source>Several people use this data. Choose your name, so that what you do is recorded as yours.</source>
        <translation>Flere personer bruker disse dataene. Velg navnet ditt, slik at det du gjør, registreres på deg.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruker</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Logg på</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>uten passord</translation>
    </message>
    <message>
        <source>There is no active user. Ask an administrator.</source>
        <translation>Det finnes ingen aktiv bruker. Spør en administrator.</translation>
    </message>
</context>
<context>
    <name>SignerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
</context>
<context>
    <name>SignoffTableModel</name>
    <message>
        <source>Sign-off</source>
        <translation>Bekreftelse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signert av</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>ikke signert</translation>
    </message>
</context>
<context>
    <name>StandardKind</name>
    <message>
        <source>Fagskole module</source>
        <translation>Fagskoleemne</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Utdanning</translation>
    </message>
    <message>
        <source>Lærefag</source>
        <translation>Lærefag</translation>
    </message>
    <message>
        <source>Admission requirement</source>
        <translation>Opptakskrav</translation>
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
        <translation>Legg til et mål</translation>
    </message>
    <message>
        <source>Code or title</source>
        <translation>Kode eller tittel</translation>
    </message>
    <message>
        <source>Search standards</source>
        <translation>Søk i standarder</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Standarder</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Legg til mål</translation>
    </message>
</context>
<context>
    <name>StandardTableModel</name>
    <message>
        <source>Sample</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>Written by the project for demonstration; not an official text.</source>
        <translation>Laget av prosjektet til demonstrasjon; ikke en offisiell tekst.</translation>
    </message>
    <message>
        <source>A programme&apos;s outcomes are those of its emner.</source>
        <translation>Læringsutbyttet for en utdanning er læringsutbyttet i emnene den består av.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Læringsutbytter</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>rpl-desktop cannot start</source>
        <translation>rpl-desktop kan ikke starte</translation>
    </message>
    <message>
        <source>The data was not changed.</source>
        <translation>Ingen data ble endret.</translation>
    </message>
    <message>
        <source>Load demo data?</source>
        <translation>Laste inn demodata?</translation>
    </message>
    <message>
        <source>The register is empty. To try the program, rpl-desktop can add a few demo candidates with work histories. They are invented (their ID numbers are synthetic test numbers) and can be deleted like any other candidate. This question is asked only once.</source>
        <translation>Registeret er tomt. For å prøve programmet kan rpl-desktop legge inn noen demokandidater med arbeids- og læringshistorikk. De er oppdiktede (ID-numrene er syntetiske testnumre) og kan slettes som alle andre kandidater. Dette spørsmålet stilles bare én gang.</translation>
    </message>
    <message>
        <source>Your data is not encrypted</source>
        <translation>Dataene dine er ikke kryptert</translation>
    </message>
    <message>
        <source>Your data is not encrypted. Encrypt it now?</source>
        <translation>Dataene dine er ikke kryptert. Vil du kryptere dem nå?</translation>
    </message>
    <message>
        <source>The database and the evidence files on this computer can be read by anyone who gets hold of the computer or its disk. Encrypting them with a passphrase takes a moment and keeps all data. If you choose Not now, you are asked again in a week; Settings → Security can encrypt at any time.</source>
        <translation>Databasen og dokumentasjonsfilene på denne datamaskinen kan leses av alle som får tak i datamaskinen eller disken. Å kryptere dem med en passordfrase tar litt tid, og alle data beholdes. Velger du Ikke nå, blir du spurt igjen om en uke; under Innstillinger → Sikkerhet kan du kryptere når som helst.</translation>
    </message>
    <message>
        <source>&amp;Encrypt now…</source>
        <translation>&amp;Krypter nå…</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ikke nå</translation>
    </message>
    <message>
        <source>The remembered passphrase no longer opens the data (it may have been changed elsewhere). Enter the current passphrase.</source>
        <translation>Den lagrede passordfrasen åpner ikke lenger dataene (den kan ha blitt endret et annet sted). Skriv inn gjeldende passordfrase.</translation>
    </message>
    <message>
        <source>That passphrase does not open the data. Check it (capital letters, keyboard layout) and try again. Tries left: %1.</source>
        <translation>Passordfrasen åpner ikke dataene. Kontroller den (store bokstaver, tastaturoppsett) og prøv igjen. Gjenstående forsøk: %1.</translation>
    </message>
    <message>
        <source>The passphrase was wrong three times, so rpl-desktop closes. Nothing has been changed. Start the program again to retry.</source>
        <translation>Passordfrasen var feil tre ganger, så rpl-desktop avsluttes. Ingenting er endret. Start programmet på nytt for å prøve igjen.</translation>
    </message>
</context>
<context>
    <name>TakeOfflineDialog</name>
    <message>
        <source>Offline case file</source>
        <translation>Saksfil for frakoblet arbeid</translation>
    </message>
    <message>
        <source>Take cases offline</source>
        <translation>Sjekk ut saker</translation>
    </message>
    <message>
        <source>Writes the chosen cases – with their candidates, history, evidence files, judgements and case history – to one encrypted file for a laptop. Here they are marked as checked out until the file comes back (File → Bring cases back…). On a laptop, this writes the file that goes back to the office.</source>
        <translation>Skriver de valgte sakene – med kandidatene, historikken, dokumentasjonsfilene, vurderingene og sakshistorikken – til én kryptert fil for en bærbar PC. Her merkes de som sjekket ut til filen kommer tilbake (Fil → Sjekk inn saker…). På en bærbar PC skriver dette filen som skal tilbake til kontoret.</translation>
    </message>
    <message>
        <source>Find a case by number or name</source>
        <translation>Finn en sak etter nummer eller navn</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>F&amp;inn:</translation>
    </message>
    <message>
        <source>Cases to take offline</source>
        <translation>Saker som skal sjekkes ut</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Saksnr.</translation>
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
        <translation>Sjekket ut</translation>
    </message>
    <message>
        <source>e.g. Kari Nordmann, admission day in Arendal</source>
        <translation>f.eks. Kari Nordmann, opptaksdag i Arendal</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to remember and hard to guess. Give the passphrase to the person who opens the file by another channel (in person, by telephone), never with the file.</source>
        <translation>Minst %1 tegn; noen få ord uten sammenheng er lette å huske og vanskelige å gjette. Gi passordfrasen til den som åpner filen, på en annen måte (personlig, på telefon), aldri sammen med filen.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>&amp;Taken by and where:</source>
        <translation>&amp;Hvem og hvor:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Gjenta passordfrasen:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Write file</source>
        <translation>&amp;Skriv filen</translation>
    </message>
    <message>
        <source>Tick at least one case to take offline.</source>
        <translation>Kryss av for minst én sak som skal sjekkes ut.</translation>
    </message>
    <message>
        <source>Choose where to write the file.</source>
        <translation>Velg hvor filen skal skrives.</translation>
    </message>
    <message>
        <source>Writing %1 case(s) to the offline case file…</source>
        <translation>Skriver %1 sak(er) til saksfilen for frakoblet arbeid…</translation>
    </message>
    <message>
        <source>%1 case(s) are checked out and written to %2 (%3 KiB).</source>
        <translation>%1 sak(er) er sjekket ut og skrevet til %2 (%3 KiB).</translation>
    </message>
    <message>
        <source>%1 case(s) are written to %2 (%3 KiB) for the office.</source>
        <translation>%1 sak(er) er skrevet til %2 (%3 KiB) for kontoret.</translation>
    </message>
    <message>
        <source>Give the passphrase by another channel, never with the file.</source>
        <translation>Gi passordfrasen på en annen måte, aldri sammen med filen.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, siden %2</translation>
    </message>
    <message>
        <source>1 case chosen</source>
        <translation>1 sak valgt</translation>
    </message>
    <message>
        <source>%1 cases chosen</source>
        <translation>%1 saker valgt</translation>
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
        <translation>%1 · %2 · sak %3</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes met, %3 partly met, %4 missing (%5 of them indicated by the history).</source>
        <translation>%1 av %2 læringsutbytter oppfylt, %3 delvis oppfylt, %4 mangler (%5 av dem indikert av historikken).</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dekning</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Oppfylt: %1</translation>
    </message>
    <message>
        <source>Judged met by the assessor.</source>
        <translation>Vurdert som oppfylt.</translation>
    </message>
    <message>
        <source>Partly met: %1</source>
        <translation>Delvis oppfylt: %1</translation>
    </message>
    <message>
        <source>Judged partly met by the assessor.</source>
        <translation>Vurdert som delvis oppfylt.</translation>
    </message>
    <message>
        <source>Missing, indicated: %1</source>
        <translation>Mangler, indikert: %1</translation>
    </message>
    <message>
        <source>Not assessed yet, but the history holds suggested evidence. A hint for the conversation, not a judgement.</source>
        <translation>Ikke vurdert ennå, men historikken inneholder foreslått dokumentasjon. Et tips til samtalen, ikke en vurdering.</translation>
    </message>
    <message>
        <source>Missing, not indicated: %1</source>
        <translation>Mangler, ikke indikert: %1</translation>
    </message>
    <message>
        <source>Not met, or not assessed with no evidence suggested.</source>
        <translation>Ikke oppfylt, eller ikke vurdert og uten foreslått dokumentasjon.</translation>
    </message>
    <message>
        <source>%1 of %2 studiepoeng recognised; %3 remaining</source>
        <translation>%1 av %2 studiepoeng godkjent; %3 gjenstår</translation>
    </message>
    <message>
        <source>No studiepoeng: assessed by outcomes only</source>
        <translation>Ingen studiepoeng: vurdert bare etter læringsutbytte</translation>
    </message>
    <message>
        <source>Open in case view</source>
        <translation>Åpne i saksvisningen</translation>
    </message>
    <message>
        <source>Open case %1 in the case view</source>
        <translation>Åpne sak %1 i saksvisningen</translation>
    </message>
    <message>
        <source>Still to show</source>
        <translation>Gjenstår å dokumentere</translation>
    </message>
    <message>
        <source>Gaps for %1</source>
        <translation>Mangler for %1</translation>
    </message>
    <message>
        <source>%1 of %2 outcomes shown; still to show:</source>
        <translation>%1 av %2 læringsutbytter dokumentert; gjenstår:</translation>
    </message>
    <message>
        <source>%1 (%2 studiepoeng): %3 of %4 outcomes shown</source>
        <translation>%1 (%2 studiepoeng): %3 av %4 læringsutbytter dokumentert</translation>
    </message>
    <message>
        <source>%1: %2 of %3 outcomes shown</source>
        <translation>%1: %2 av %3 læringsutbytter dokumentert</translation>
    </message>
    <message>
        <source>This target has no outcomes in the catalogue yet.</source>
        <translation>Dette målet har ingen læringsutbytter i katalogen ennå.</translation>
    </message>
    <message>
        <source>Nothing: every outcome is met.</source>
        <translation>Ingenting: alle læringsutbyttene er oppfylt.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline of the work and learning history</source>
        <translation>Tidslinje for arbeids- og læringshistorikken</translation>
    </message>
    <message>
        <source>No periods recorded.</source>
        <translation>Ingen perioder registrert.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>1 period</source>
        <translation>1 periode</translation>
    </message>
    <message>
        <source>%1 periods</source>
        <translation>%1 perioder</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>fra %1 til %2</translation>
    </message>
    <message>
        <source>no overlaps</source>
        <translation>ingen overlapp</translation>
    </message>
    <message>
        <source>1 overlap</source>
        <translation>1 overlapp</translation>
    </message>
    <message>
        <source>%1 overlaps</source>
        <translation>%1 overlapp</translation>
    </message>
    <message>
        <source>no gaps</source>
        <translation>ingen opphold</translation>
    </message>
    <message>
        <source>%1 gaps, the longest %2</source>
        <translation>%1 opphold, det lengste %2</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 måned</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 måneder</translation>
    </message>
    <message>
        <source>1 gap of %1</source>
        <translation>1 opphold på %1</translation>
    </message>
    <message>
        <source>not confirmed by a third party</source>
        <translation>ikke bekreftet av tredjepart</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>%1 hours/week (≈ %2 %)</source>
        <translation>%1 timer/uke (≈ %2 %)</translation>
    </message>
    <message>
        <source>No periods yet. Add the first with Add period (Ins).</source>
        <translation>Ingen perioder ennå. Legg til den første med Legg til periode (Ins).</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 mnd</translation>
    </message>
</context>
<context>
    <name>UnfinishedBatchBanner</name>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Fortsett…</translation>
    </message>
    <message>
        <source>Issue and print the certificates that are not done yet</source>
        <translation>Utsted og skriv ut kompetansebevisene som ikke er ferdige ennå</translation>
    </message>
    <message>
        <source>Disca&amp;rd…</source>
        <translation>Fork&amp;ast…</translation>
    </message>
    <message>
        <source>Do not finish this batch; what it issued stays issued</source>
        <translation>Ikke fullfør denne kjøringen; det som er utstedt, forblir utstedt</translation>
    </message>
    <message>
        <source>A batch of certificates started %1 was interrupted: %2 of %3 done, %4 still to do.</source>
        <translation>En kjøring med kompetansebevis startet %1 ble avbrutt: %2 av %3 ferdig, %4 gjenstår.</translation>
    </message>
    <message>
        <source>(%1 more interrupted batches after this one.)</source>
        <translation>(%1 flere avbrutte kjøringer etter denne.)</translation>
    </message>
    <message>
        <source>Give up the interrupted batch? The %1 certificate(s) it issued stay issued. The %2 not done are not issued; a certificate number already taken for one of them is recorded as void and never used again.</source>
        <translation>Gi opp den avbrutte kjøringen? De %1 kompetansebevisene som ble utstedt, forblir utstedt. De %2 som ikke er ferdige, utstedes ikke; et kompetansebevisnummer som allerede er reservert for et av dem, registreres som ugyldig og brukes aldri igjen.</translation>
    </message>
    <message>
        <source>Discard the batch</source>
        <translation>Forkast kjøringen</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the backup</source>
        <translation>Åpne sikkerhetskopien</translation>
    </message>
    <message>
        <source>The backup file is encrypted. Enter the passphrase it was made with.</source>
        <translation>Sikkerhetskopifilen er kryptert. Skriv inn passordfrasen den ble laget med.</translation>
    </message>
    <message>
        <source>Unlock rpl-desktop</source>
        <translation>Lås opp rpl-desktop</translation>
    </message>
    <message>
        <source>The data is encrypted. Enter the passphrase to open it.</source>
        <translation>Dataene er kryptert. Skriv inn passordfrasen for å åpne dem.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (OS keyring)</source>
        <translation>&amp;Husk på denne datamaskinen (nøkkelring i operativsystemet)</translation>
    </message>
    <message>
        <source>This computer has no password store (keyring) that rpl-desktop can use.</source>
        <translation>Denne datamaskinen har ikke noe passordlager (nøkkelring) som rpl-desktop kan bruke.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Skriv inn passordfrasen.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Legg til en bruker</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollene til %1</translation>
    </message>
    <message>
        <source>A short name without spaces, e.g. the login name</source>
        <translation>Et kort navn uten mellomrom, f.eks. påloggingsnavnet</translation>
    </message>
    <message>
        <source>The name shown in the program and in the audit log</source>
        <translation>Navnet som vises i programmet og i revisjonsloggen</translation>
    </message>
    <message>
        <source>register, cases, mapping, proposes decisions</source>
        <translation>register, saker, kartlegging, foreslår vedtak</translation>
    </message>
    <message>
        <source>also approves and issues decisions</source>
        <translation>godkjenner og utsteder også vedtak</translation>
    </message>
    <message>
        <source>register, cases, competence maps; no decisions</source>
        <translation>register, saker, kompetansekart; ingen vedtak</translation>
    </message>
    <message>
        <source>catalogue, rule profiles, users, settings</source>
        <translation>katalog, regelprofiler, brukere, innstillinger</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>valgfri</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Gjenta passordet:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>De to passordene er ulike. Skriv det samme passordet to ganger.</translation>
    </message>
</context>
<context>
    <name>UsersAdminWidget</name>
    <message>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Legg til bruker…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Roller…</translation>
    </message>
    <message>
        <source>Change the name and roles of the chosen user</source>
        <translation>Endre navnet og rollene til den valgte brukeren</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <source>A user who leaves is deactivated, never deleted: the audit log names them.</source>
        <translation>En bruker som slutter, blir deaktivert, aldri slettet: revisjonsloggen viser navnet.</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Tilbakestill &amp;passord…</translation>
    </message>
    <message>
        <source>&amp;Two-person rule: a decision is approved and a vedtak issued by another user than the case&apos;s caseworker</source>
        <translation>&amp;Topersonsregel: forslag til vedtak godkjennes og vedtak utstedes av en annen bruker enn sakens saksbehandler</translation>
    </message>
    <message>
        <source>The caseworker is the case&apos;s assigned caseworker and the last user who changed its judgements.</source>
        <translation>Med saksbehandler menes den som er tildelt saken, og den siste brukeren som endret vurderingene i saken.</translation>
    </message>
    <message>
        <source>No users yet: the program works without signing in. The first user becomes its administrator.</source>
        <translation>Ingen brukere ennå: programmet fungerer uten pålogging. Den første brukeren blir administrator.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Logget på som %1 (%2).</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;aktiver</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Brukeren %1 er lagt til.</translation>
    </message>
    <message>
        <source>The roles of %1 are saved.</source>
        <translation>Rollene til %1 er lagret.</translation>
    </message>
    <message>
        <source>The password of %1 is saved.</source>
        <translation>Passordet til %1 er lagret.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Deaktiver bruker</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer sign in; what they did stays in the audit log. An administrator can reactivate them.</source>
        <translation>Deaktivere %1? Vedkommende kan ikke lenger logge på; det vedkommende har gjort, blir stående i revisjonsloggen. En administrator kan aktivere brukeren igjen.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 er aktiv igjen.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 er deaktivert.</translation>
    </message>
    <message>
        <source>The two-person rule is on.</source>
        <translation>Topersonsregelen er slått på.</translation>
    </message>
    <message>
        <source>The two-person rule is off.</source>
        <translation>Topersonsregelen er slått av.</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukernavn</translation>
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
        <translation>Passord</translation>
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
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>YearChartWidget</name>
    <message>
        <source>Credited months per year</source>
        <translation>Godskrevne måneder per år</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skole</translation>
    </message>
    <message>
        <source>No practice to chart.</source>
        <translation>Ingen praksis å vise i diagrammet.</translation>
    </message>
    <message>
        <source>Credited practice months per calendar year from %1 to %2, %3 years with practice</source>
        <translation>Godskrevne praksismåneder per kalenderår fra %1 til %2, %3 år med praksis</translation>
    </message>
    <message>
        <source>the most in %1 (%2 months)</source>
        <translation>mest i %1 (%2 måneder)</translation>
    </message>
    <message>
        <source>%1 months cut by the yearly cap of %2 months (in %3)</source>
        <translation>%1 måneder avkortet av årstaket på %2 måneder (i %3)</translation>
    </message>
    <message>
        <source>%1 months of school credit</source>
        <translation>%1 måneder godskrevet skoletid</translation>
    </message>
    <message>
        <source>Credited practice</source>
        <translation>Godskrevet praksis</translation>
    </message>
    <message>
        <source>Cut by the yearly cap</source>
        <translation>Avkortet av årstaket</translation>
    </message>
    <message>
        <source>School credit</source>
        <translation>Godskrevet skoletid</translation>
    </message>
    <message>
        <source>Yearly cap (%1 months)</source>
        <translation>Årstak (%1 måneder)</translation>
    </message>
    <message>
        <source>Last %1 years</source>
        <translation>Siste %1 år</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>tak %1</translation>
    </message>
    <message>
        <source>School credit without a year: %1 months
(not part of the yearly cap or the recency share)</source>
        <translation>Godskrevet skoletid uten årstall: %1 måneder
(ikke med i årstaket eller andelen nylig praksis)</translation>
    </message>
    <message>
        <source>Credited practice: %1 months</source>
        <translation>Godskrevet praksis: %1 måneder</translation>
    </message>
    <message>
        <source>Worked %1 months; %2 cut by the yearly cap of %3</source>
        <translation>Arbeidet %1 måneder; %2 avkortet av årstaket på %3</translation>
    </message>
    <message>
        <source>Within the last %1 years: %2 months</source>
        <translation>Innenfor de siste %1 årene: %2 måneder</translation>
    </message>
    <message>
        <source>School credit: %1 months</source>
        <translation>Godskrevet skoletid: %1 måneder</translation>
    </message>
    <message>
        <source>months</source>
        <translation>måneder</translation>
    </message>
</context>
<context>
    <name>_FileField</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
</context>
<context>
    <name>_ListSection</name>
    <message>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Add (Ins)</source>
        <translation>Legg til (Ins)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected row (Enter)</source>
        <translation>Rediger den valgte raden (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selected row (Del)</source>
        <translation>Slett den valgte raden (Del)</translation>
    </message>
</context>
<context>
    <name>_PassphraseFields</name>
    <message>
        <source>Encr&amp;ypt the file with a passphrase</source>
        <translation>&amp;Krypter filen med en passordfrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passordfrasen igjen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Igjen:</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Passordfrasen må ha minst %1 tegn.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>De to passordfrasene er ulike. Skriv den samme passordfrasen to ganger.</translation>
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
        <translation>Storbritannia</translation>
    </message>
</context>
<context>
    <name>evidence</name>
    <message>
        <source>Attest</source>
        <translation>Attest</translation>
    </message>
    <message>
        <source>Tjenestebevis</source>
        <translation>Tjenestebevis</translation>
    </message>
    <message>
        <source>Kursbevis</source>
        <translation>Kursbevis</translation>
    </message>
    <message>
        <source>Vitnemål</source>
        <translation>Vitnemål</translation>
    </message>
    <message>
        <source>Arbeidsprøve</source>
        <translation>Arbeidsprøve</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Work and learning periods</source>
        <translation>Arbeids- og læringsperioder</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Ansettelse</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Selvstendig næringsdrivende</translation>
    </message>
    <message>
        <source>Voluntary work</source>
        <translation>Frivillig arbeid</translation>
    </message>
    <message>
        <source>Work training</source>
        <translation>Arbeidstrening</translation>
    </message>
    <message>
        <source>Leisure activity</source>
        <translation>Fritidsaktivitet</translation>
    </message>
    <message>
        <source>Non-formal course</source>
        <translation>Ikke-formelt kurs</translation>
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
        <translation>Høyere utdanning</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Yes, undated</source>
        <translation>Ja, udatert</translation>
    </message>
    <message>
        <source>letterhead or stamp</source>
        <translation>brevhode eller stempel</translation>
    </message>
    <message>
        <source>signer&apos;s name</source>
        <translation>underskriverens navn</translation>
    </message>
    <message>
        <source>signer&apos;s title</source>
        <translation>underskriverens tittel</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>utstedelsesdato</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Notes for %1</source>
        <translation>Notater for %1</translation>
    </message>
    <message>
        <source>Notes from the conversation</source>
        <translation>Notater fra samtalen</translation>
    </message>
    <message>
        <source>&amp;Compare with theirs…</source>
        <translation>Sa&amp;mmenlign med den andres…</translation>
    </message>
    <message>
        <source>Show their notes next to yours and choose what to keep, or combine both</source>
        <translation>Vis den andres notater ved siden av dine, og velg hva som skal beholdes, eller kombiner begge</translation>
    </message>
    <message>
        <source>Compare the notes for %1 with theirs</source>
        <translation>Sammenlign notatene for %1 med den andres</translation>
    </message>
</context>
<context>
    <name>self.owner</name>
    <message>
        <source>Saved in the matrix.</source>
        <translation>Lagret i matrisen.</translation>
    </message>
    <message>
        <source>Saved in the matrix, merged with their notes.</source>
        <translation>Lagret i matrisen, slått sammen med den andres notater.</translation>
    </message>
    <message>
        <source>Your notes were dropped; these are the notes saved last.</source>
        <translation>Notatene dine ble forkastet; dette er notatene som sist ble lagret.</translation>
    </message>
    <message>
        <source>Your notes stay in the box and are not saved until you compare them with theirs.</source>
        <translation>Notatene dine blir stående i feltet og lagres ikke før du har sammenlignet dem med den andres.</translation>
    </message>
    <message>
        <source>Saving when you pause…</source>
        <translation>Lagrer når du tar en pause…</translation>
    </message>
</context>
</TS>
