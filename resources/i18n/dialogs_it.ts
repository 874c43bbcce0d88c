<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="16"/>
        <source>What is recorded, on this computer only, in the workspace:
• per item: your annotation, status and comment, and active and idle time;
• how many keys and clicks happened (counts only), every few seconds;
• a private break log (when, which break, taken, postponed or skipped);
• your settings: keys, break settings, pseudonym, recent packages.</source>
        <translation>Cosa viene registrato, solo su questo computer, nell&apos;area di lavoro:
• per ogni elemento: la tua annotazione, lo stato e il commento, il tempo attivo e inattivo;
• quanti tasti e clic ci sono stati (solo i conteggi), ogni pochi secondi;
• un registro privato delle pause (quando, quale pausa, fatta, rimandata o saltata);
• le tue impostazioni: tasti, impostazioni delle pause, pseudonimo, pacchetti recenti.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="24"/>
        <source>Never recorded: which keys you pressed or what you typed, where the mouse was, screenshots, the webcam, other applications.</source>
        <translation>Mai registrato: quali tasti hai premuto o cosa hai scritto, dove si trovava il mouse, schermate, la webcam, le altre applicazioni.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="29"/>
        <source>Only the bundles you export leave this computer ({menu}), after you have seen every field they hold; they name you by your pseudonym. The break log, the counts and the dashboard never leave.</source>
        <translation>Lasciano questo computer solo i pacchetti di risultati che esporti ({menu}), dopo che hai visto ogni campo che contengono; ti indicano con il tuo pseudonimo. Il registro delle pause, i conteggi e il riepilogo non lo lasciano mai.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="51"/>
        <source>About annotator</source>
        <translation>Informazioni su annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="56"/>
        <source>annotator {version} — offline, keyboard-first annotation of images, audio and text.</source>
        <translation>annotator {version} — annotazione di immagini, audio e testo, offline e pensata per la tastiera.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="60"/>
        <source>Licence: {licence}.</source>
        <translation>Licenza: {licence}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/about.py" line="63"/>
        <source>Your workspace (everything you do is saved here at once):
{folder}</source>
        <translation>La tua area di lavoro (tutto ciò che fai viene salvato qui all&apos;istante):
{folder}</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="58"/>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="59"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="60"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="180"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="184"/>
        <source>Font size in points</source>
        <translation>Dimensione del carattere in punti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="187"/>
        <source>System default</source>
        <translation>Predefinito di sistema</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="188"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="192"/>
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="193"/>
        <source>“Follow the system” turns dark and light with your desktop&apos;s colour scheme.</source>
        <translation>«Come il sistema» diventa scuro o chiaro insieme alla combinazione di colori del desktop.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="194"/>
        <source>&amp;Font size:</source>
        <translation>Dimensione &amp;carattere:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="196"/>
        <source>The size of menus, lists and dialogs. Editors&apos; own text size keys (Ctrl++) add to it.</source>
        <translation>La dimensione di menu, elenchi e finestre di dialogo. I tasti per la dimensione del testo degli editor (Ctrl++) si sommano a questa.</translation>
    </message>
</context>
<context>
    <name>AudioPage</name>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="64"/>
        <source>Audio output unavailable: PortAudio is not installed (install libportaudio2).</source>
        <translation>Uscita audio non disponibile: PortAudio non è installato (installa libportaudio2).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="67"/>
        <source>Audio output unavailable: the sounddevice module is not installed.</source>
        <translation>Uscita audio non disponibile: il modulo sounddevice non è installato.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="70"/>
        <source>Audio output unavailable: no output device found. Plug one in and press Look again.</source>
        <translation>Uscita audio non disponibile: nessun dispositivo di uscita trovato. Collegane uno e premi Cerca di nuovo.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="83"/>
        <source>Audio output unavailable: {detail}</source>
        <translation>Uscita audio non disponibile: {detail}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="242"/>
        <source>Output device</source>
        <translation>Dispositivo di uscita</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="244"/>
        <source>&amp;Look again</source>
        <translation>&amp;Cerca di nuovo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="246"/>
        <source>Look for output devices again</source>
        <translation>Cerca di nuovo i dispositivi di uscita</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="252"/>
        <source>Rewind on resume, in seconds</source>
        <translation>Riavvolgimento alla ripresa, in secondi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="256"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="264"/>
        <source>Output &amp;device:</source>
        <translation>&amp;Dispositivo di uscita:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="266"/>
        <source>&amp;Rewind on resume:</source>
        <translation>&amp;Riavvolgi alla ripresa:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="268"/>
        <source>Playing again after a pause starts this much earlier, to catch the last words.</source>
        <translation>Dopo una pausa la riproduzione riparte di tanto prima, per riprendere le ultime parole.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="278"/>
        <source>System default</source>
        <translation>Predefinito di sistema</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="282"/>
        <source>{device} (not connected)</source>
        <translation>{device} (non collegato)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="286"/>
        <source>A new choice plays from the next audio file opened.</source>
        <translation>Una nuova scelta vale dal prossimo file audio aperto.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="295"/>
        <source>{device} is not connected: the system default plays until it is.</source>
        <translation>{device} non è collegato: finché non lo sarà, suona il dispositivo predefinito di sistema.</translation>
    </message>
</context>
<context>
    <name>BreakSettingsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="94"/>
        <source>Breaks and idle time</source>
        <translation>Pause e inattività</translation>
    </message>
</context>
<context>
    <name>BreakSettingsForm</name>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="15"/>
        <source>Micro-break every (min of active time)</source>
        <translation>Micropausa ogni (min di tempo attivo)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="16"/>
        <source>Micro-break length (s)</source>
        <translation>Durata della micropausa (s)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="17"/>
        <source>Rest break every (min of active time)</source>
        <translation>Pausa lunga ogni (min di tempo attivo)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="18"/>
        <source>Rest break length (min)</source>
        <translation>Durata della pausa lunga (min)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="19"/>
        <source>Heads-up before a break (s)</source>
        <translation>Preavviso prima di una pausa (s)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="20"/>
        <source>Postpone by (min)</source>
        <translation>Rimanda di (min)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="21"/>
        <source>Idle after no input for (s)</source>
        <translation>Inattivo dopo nessun input per (s)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="36"/>
        <source>&amp;Micro-breaks</source>
        <translation>&amp;Micropause</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="37"/>
        <source>&amp;Rest breaks</source>
        <translation>Pause &amp;lunghe</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="52"/>
        <source>&amp;Daily limit</source>
        <translation>Limite gi&amp;ornaliero</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/break_settings.py" line="56"/>
        <source>Daily limit (min of active time)</source>
        <translation>Limite giornaliero (min di tempo attivo)</translation>
    </message>
</context>
<context>
    <name>BundleItemsModel</name>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="27"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="28"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="29"/>
        <source>Annotation</source>
        <translation>Annotazione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="30"/>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="31"/>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="32"/>
        <source>Idle</source>
        <translation>Inattivo</translation>
    </message>
</context>
<context>
    <name>CheatSheetDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="17"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="18"/>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="19"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="20"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="21"/>
        <source>What it does</source>
        <translation>Cosa fa</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="45"/>
        <source>none in this package</source>
        <translation>nessuna in questo pacchetto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="46"/>
        <source>Class {digit} — {name}</source>
        <translation>Classe {digit} — {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="52"/>
        <source>Label {slot} — {name}</source>
        <translation>Etichetta {slot} — {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="58"/>
        <source>Speaker {number} — {name}</source>
        <translation>Parlante {number} — {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="64"/>
        <source>Policy flag {slot} — {name}</source>
        <translation>Segnalazione {slot} — {name}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="76"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="82"/>
        <source>Filter the shortcuts</source>
        <translation>Filtra le scorciatoie</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="84"/>
        <source>Type to filter: an action, a key, an editor (e.g. sentiment), a class…</source>
        <translation>Digita per filtrare: un&apos;azione, un tasto, un editor (ad es. sentiment), una classe…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/cheat_sheet.py" line="89"/>
        <source>Actions and their keys</source>
        <translation>Le azioni e i loro tasti</translation>
    </message>
</context>
<context>
    <name>ExportAsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="53"/>
        <source>images</source>
        <translation>immagini</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="54"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="55"/>
        <source>texts</source>
        <translation>testi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="56"/>
        <source>pairwise comparisons</source>
        <translation>confronti a coppie</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="57"/>
        <source>ratings</source>
        <translation>valutazioni</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="58"/>
        <source>translation checks</source>
        <translation>verifiche di traduzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="59"/>
        <source>rewrites</source>
        <translation>riscritture</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="81"/>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="95"/>
        <source>holds {kinds} only; this package has {present}</source>
        <translation>contiene solo {kinds}; questo pacchetto ha {present}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="96"/>
        <source>no items</source>
        <translation>nessun elemento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="104"/>
        <source>writes the {kinds}; leaves out {counts}</source>
        <translation>scrive {kinds}; tralascia {counts}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="129"/>
        <source>Export as</source>
        <translation>Esporta come</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="154"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="161"/>
        <source>&amp;Write to:</source>
        <translation>Scri&amp;vi in:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="166"/>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="168"/>
        <source>Still writing; Esc closes once it is done.</source>
        <translation>Scrittura in corso; Esc chiude appena ha finito.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="173"/>
        <source>&amp;Format (type its name to find it):</source>
        <translation>&amp;Formato (digitane il nome per trovarlo):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="211"/>
        <source>&amp;Write to this folder (a new or empty one):</source>
        <translation>Scri&amp;vi in questa cartella (nuova o vuota):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="213"/>
        <source>&amp;Write to this file:</source>
        <translation>Scri&amp;vi in questo file:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="233"/>
        <source>Export as {format}</source>
        <translation>Esporta come {format}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="255"/>
        <source>Name the file or folder to write.</source>
        <translation>Indica il file o la cartella da scrivere.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="261"/>
        <source>Writing {format} to {path}…</source>
        <translation>Scrittura di {format} in {path}…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="269"/>
        <source>Nothing was exported:

{error}</source>
        <translation>Non è stato esportato nulla:

{error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="270"/>
        <source>Nothing was exported.</source>
        <translation>Non è stato esportato nulla.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_as.py" line="271"/>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
</context>
<context>
    <name>ExportPreviewDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="90"/>
        <source>What this bundle contains</source>
        <translation>Cosa contiene questo pacchetto di risultati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="96"/>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="96"/>
        <source>{count} items</source>
        <translation>{count} elementi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="99"/>
        <source>&lt;b&gt;{items}&lt;/b&gt; of package &lt;b&gt;{package}&lt;/b&gt;, as annotator &lt;b&gt;{annotator}&lt;/b&gt; (app {app} {version}). Per item: status, annotation, comment, active and idle time, when it was first and last changed. Nothing else leaves this computer: no break log, no input counts, no screenshots, no key content.</source>
        <translation>&lt;b&gt;{items}&lt;/b&gt; del pacchetto &lt;b&gt;{package}&lt;/b&gt;, come annotatore &lt;b&gt;{annotator}&lt;/b&gt; (app {app} {version}). Per ogni elemento: stato, annotazione, commento, tempo attivo e inattivo, quando è stato modificato la prima e l&apos;ultima volta. Nient&apos;altro lascia questo computer: nessun registro delle pause, nessun conteggio degli input, nessuna schermata, nessun contenuto dei tasti.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="121"/>
        <source>The file</source>
        <translation>Il file</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="122"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="131"/>
        <source>… 1 more line (every item is in the table)</source>
        <translation>… ancora 1 riga (ogni elemento è nella tabella)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="132"/>
        <source>… {count} more lines (every item is in the table)</source>
        <translation>… ancora {count} righe (ogni elemento è nella tabella)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="145"/>
        <source>Items and what is sent of each</source>
        <translation>Gli elementi e cosa si invia di ciascuno</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/export_preview.py" line="159"/>
        <source>Items</source>
        <translation>Elementi</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="123"/>
        <source>Pseudonym</source>
        <translation>Pseudonimo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="134"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="136"/>
        <source>Language of the user interface</source>
        <translation>Lingua dell&apos;interfaccia utente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="140"/>
        <source>Pseudo&amp;nym:</source>
        <translation>Pseudo&amp;nimo:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="143"/>
        <source>Your bundles name you only by it, never by your real name: {rule}.</source>
        <translation>I tuoi pacchetti di risultati ti indicano solo con questo, mai con il tuo vero nome: {rule}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="145"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="150"/>
        <source>These settings speak the new language at once, every other window as soon as you close them: the same item stays on screen, only the changes you can undo start afresh.</source>
        <translation>Queste impostazioni parlano subito la nuova lingua, tutte le altre finestre appena le chiudi: sullo schermo resta lo stesso elemento, solo le modifiche che puoi annullare ripartono da zero.</translation>
    </message>
</context>
<context>
    <name>ImportFromDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="47"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="61"/>
        <source>{format}: {kinds} items</source>
        <translation>{format}: elementi {kinds}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="70"/>
        <source>F&amp;ile…</source>
        <translation>F&amp;ile…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="73"/>
        <source>Fol&amp;der…</source>
        <translation>Car&amp;tella…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="77"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="81"/>
        <source>&amp;Import</source>
        <translation>I&amp;mporta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="83"/>
        <source>Still importing; Esc closes once it is done.</source>
        <translation>Importazione in corso; Esc chiude appena ha finito.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="89"/>
        <source>&amp;Format (type its name to find it):</source>
        <translation>&amp;Formato (digitane il nome per trovarlo):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="92"/>
        <source>&amp;Read from (a file, or a folder for layouts of many files):</source>
        <translation>&amp;Leggi da (un file, o una cartella per i formati di molti file):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="95"/>
        <source>&amp;Make this work package (.zip):</source>
        <translation>&amp;Crea questo pacchetto di lavoro (.zip):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="150"/>
        <source>Import from</source>
        <translation>Importa da</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="158"/>
        <source>Make the work package</source>
        <translation>Crea il pacchetto di lavoro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="161"/>
        <source>Work packages (*.zip)</source>
        <translation>Pacchetti di lavoro (*.zip)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="177"/>
        <source>Name the file or folder to read, and the package to make.</source>
        <translation>Indica il file o la cartella da leggere e il pacchetto da creare.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="184"/>
        <source>Reading {path} as {format}…</source>
        <translation>Lettura di {path} come {format}…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="193"/>
        <source>No package was made:

{error}</source>
        <translation>Non è stato creato nessun pacchetto:

{error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="194"/>
        <source>No package was made.</source>
        <translation>Non è stato creato nessun pacchetto.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/import_from.py" line="195"/>
        <source>Cannot import</source>
        <translation>Impossibile importare</translation>
    </message>
</context>
<context>
    <name>KeymapDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="169"/>
        <source>Keyboard shortcuts: change keys</source>
        <translation>Scorciatoie da tastiera: cambia i tasti</translation>
    </message>
</context>
<context>
    <name>KeymapEditor</name>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="42"/>
        <source>Type to find an action…</source>
        <translation>Digita per trovare un&apos;azione…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="43"/>
        <source>Find an action</source>
        <translation>Trova un&apos;azione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="47"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="47"/>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="47"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="48"/>
        <source>Actions and their keys</source>
        <translation>Le azioni e i loro tasti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="65"/>
        <source>New key for the selected action</source>
        <translation>Nuovo tasto per l&apos;azione selezionata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="68"/>
        <source>&amp;No key</source>
        <translation>&amp;Nessun tasto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="70"/>
        <source>No key for the selected action</source>
        <translation>Nessun tasto per l&apos;azione selezionata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="72"/>
        <source>De&amp;fault</source>
        <translation>Prede&amp;finito</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="74"/>
        <source>Default key for the selected action</source>
        <translation>Tasto predefinito per l&apos;azione selezionata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="79"/>
        <source>Key clashes</source>
        <translation>Conflitti tra tasti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="82"/>
        <source>New &amp;key for the selected action (press it):</source>
        <translation>Nuovo tasto per l&apos;azione selezionata (pre&amp;milo):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="140"/>
        <source>{keys} (changed)</source>
        <translation>{keys} (modificato)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/keymap_dialog.py" line="149"/>
        <source>{key} is the key of both “{first}” and “{second}”: change one.</source>
        <translation>{key} è il tasto sia di «{first}» sia di «{second}»: cambiane uno.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="219"/>
        <source>Select an action, press its new key: it works at once.</source>
        <translation>Seleziona un&apos;azione, premi il nuovo tasto: funziona subito.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="227"/>
        <source>Not in force until the clash above is resolved.</source>
        <translation>Non in vigore finché il conflitto qui sopra non è risolto.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="230"/>
        <source>Saved: the new keys work now.</source>
        <translation>Salvato: i nuovi tasti funzionano già.</translation>
    </message>
</context>
<context>
    <name>PseudonymDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="18"/>
        <source>1–64 of the letters A–Z and a–z, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit; no spaces</source>
        <translation>da 1 a 64 tra lettere A–Z e a–z, cifre, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;, che inizi con una lettera o una cifra; senza spazi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="44"/>
        <source>Type a pseudonym.</source>
        <translation>Digita uno pseudonimo.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="46"/>
        <source>“{name}” has a space: a pseudonym is one word ({rule}). Never your real name.</source>
        <translation>«{name}» contiene uno spazio: uno pseudonimo è una sola parola ({rule}). Mai il tuo vero nome.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="50"/>
        <source>“{name}” cannot be used: {rule}.</source>
        <translation>«{name}» non può essere usato: {rule}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="61"/>
        <source>Your pseudonym</source>
        <translation>Il tuo pseudonimo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="65"/>
        <source>Before your first export: which pseudonym should your bundles carry?

A bundle names you only by a pseudonym, never by your real name. Use the one your team lead gave you, or keep or make up one: {rule}. You can change it later ({menu}).</source>
        <translation>Prima della tua prima esportazione: quale pseudonimo devono riportare i tuoi pacchetti di risultati?

Un pacchetto di risultati ti indica solo con uno pseudonimo, mai con il tuo vero nome. Usa quello che ti ha dato il tuo responsabile, oppure tieni o inventane uno: {rule}. Puoi cambiarlo più tardi ({menu}).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="71"/>
        <source>A bundle names you only by a pseudonym, never by your real name. Use the one your team lead gave you, or keep or make up one: {rule}. You can change it later ({menu}).</source>
        <translation>Un pacchetto di risultati ti indica solo con uno pseudonimo, mai con il tuo vero nome. Usa quello che ti ha dato il tuo responsabile, oppure tieni o inventane uno: {rule}. Puoi cambiarlo più tardi ({menu}).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/pseudonym.py" line="80"/>
        <source>Pseudonym</source>
        <translation>Pseudonimo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="16"/>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="17"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Aspetto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="18"/>
        <source>&amp;Keys</source>
        <translation>&amp;Tasti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="19"/>
        <source>A&amp;udio</source>
        <translation>A&amp;udio</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="20"/>
        <source>&amp;Breaks</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="21"/>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="54"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="55"/>
        <source>Settings pages</source>
        <translation>Pagine delle impostazioni</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_dialog.py" line="56"/>
        <source>Close the settings</source>
        <translation>Chiudi le impostazioni</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="327"/>
        <source>Sync target</source>
        <translation>Destinazione della sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="330"/>
        <source>Change sync &amp;target…</source>
        <translation>Cambia &amp;destinazione della sincronizzazione…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="339"/>
        <source>The sync settings test the connection before they save it (also {menu}).</source>
        <translation>Le impostazioni di sincronizzazione verificano la connessione prima di salvarla (anche da {menu}).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="354"/>
        <source>The stored sync target cannot be read ({error}): set it up again.</source>
        <translation>La destinazione di sincronizzazione salvata non è leggibile ({error}): configurala di nuovo.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="359"/>
        <source>Not set up: your work stays on this computer until you choose where to sync.</source>
        <translation>Non configurata: il tuo lavoro resta su questo computer finché non scegli dove sincronizzarlo.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="363"/>
        <source>Syncs to {target}; syncs by itself when online.</source>
        <translation>Sincronizza con {target}; si sincronizza da sola quando sei online.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/settings_pages.py" line="365"/>
        <source>Syncs to {target}; syncs when you press Ctrl+Shift+Y.</source>
        <translation>Sincronizza con {target}; si sincronizza quando premi Ctrl+Maiusc+Y.</translation>
    </message>
</context>
<context>
    <name>SyncPreviewDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="21"/>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="23"/>
        <source>{count} bytes</source>
        <translation>{count} byte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="34"/>
        <source>What this sync sends</source>
        <translation>Cosa invia questa sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="42"/>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="42"/>
        <source>{count} items</source>
        <translation>{count} elementi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="44"/>
        <source>1 delta file</source>
        <translation>1 file delta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="46"/>
        <source>{count} delta files</source>
        <translation>{count} file delta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="50"/>
        <source>{items} in {files}, {size}, of package {packages}, as annotator {annotator}, to {destination}. Per item: status, annotation, comment, active and idle time, when it was first and last changed. Nothing else leaves this computer: no break log, no input counts, no screenshots.</source>
        <translation>{items} in {files}, {size}, del pacchetto {packages}, come annotatore {annotator}, verso {destination}. Per ogni elemento: stato, annotazione, commento, tempo attivo e inattivo, quando è stato modificato la prima e l&apos;ultima volta. Nient&apos;altro lascia questo computer: nessun registro delle pause, nessun conteggio degli input, nessuna schermata.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="70"/>
        <source>The files</source>
        <translation>I file</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_preview.py" line="71"/>
        <source>&amp;Send</source>
        <translation>&amp;Invia</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="33"/>
        <source>Shared folder</source>
        <translation>Cartella condivisa</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="34"/>
        <source>WebDAV (Nextcloud, ownCloud)</source>
        <translation>WebDAV (Nextcloud, ownCloud)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="35"/>
        <source>S3-compatible storage</source>
        <translation>Archiviazione compatibile S3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="37"/>
        <source>Kept in the system keyring, never in the workspace.</source>
        <translation>Conservata nel portachiavi di sistema, mai nell&apos;area di lavoro.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="38"/>
        <source>No system keyring here: you will be asked once per session.</source>
        <translation>Qui non c&apos;è un portachiavi di sistema: ti verrà chiesta una volta per sessione.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="39"/>
        <source>Every 5 minutes, and 30 s after your last change, what changed is sent without the preview, and new packages and feedback come down. Sync now (Ctrl+Shift+Y) always shows the preview first.</source>
        <translation>Ogni 5 minuti, e 30 s dopo l&apos;ultima modifica, ciò che è cambiato viene inviato senza anteprima, e arrivano nuovi pacchetti e riscontri. Sincronizza ora (Ctrl+Maiusc+Y) mostra sempre prima l&apos;anteprima.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="55"/>
        <source>Sync settings</source>
        <translation>Impostazioni di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="74"/>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="74"/>
        <source>/media/usb/annotator or a synced folder</source>
        <translation>/media/usb/annotator o una cartella sincronizzata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="75"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="77"/>
        <source>Browse for the folder</source>
        <translation>Sfoglia per scegliere la cartella</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="84"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Cartella:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="86"/>
        <source>A shared drive, a folder a sync client keeps (Nextcloud, Dropbox) or a USB stick.</source>
        <translation>Un&apos;unità condivisa, una cartella mantenuta da un client di sincronizzazione (Nextcloud, Dropbox) o una chiavetta USB.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="92"/>
        <source>WebDAV URL</source>
        <translation>URL WebDAV</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="93"/>
        <source>https://cloud.example.org/remote.php/dav/files/USER/annotator/</source>
        <translation>https://cloud.example.org/remote.php/dav/files/UTENTE/annotator/</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="95"/>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="96"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="98"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="99"/>
        <source>User &amp;name:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="100"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="104"/>
        <source>S3 location</source>
        <translation>Posizione S3</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="104"/>
        <source>s3://bucket/prefix</source>
        <translation>s3://bucket/percorso</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="106"/>
        <source>Endpoint URL</source>
        <translation>URL dell&apos;endpoint</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="106"/>
        <source>empty for AWS; e.g. https://minio.example.org</source>
        <translation>vuoto per AWS; ad es. https://minio.example.org</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="108"/>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="108"/>
        <source>e.g. eu-central-1</source>
        <translation>ad es. eu-central-1</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="109"/>
        <source>Access key ID</source>
        <translation>ID della chiave di accesso</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="110"/>
        <source>Secret key</source>
        <translation>Chiave segreta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="112"/>
        <source>&amp;Location:</source>
        <translation>&amp;Posizione:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="113"/>
        <source>&amp;Endpoint URL:</source>
        <translation>URL dell&apos;&amp;endpoint:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="114"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gione:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="115"/>
        <source>Access key &amp;ID:</source>
        <translation>&amp;ID chiave di accesso:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="116"/>
        <source>Secret &amp;key:</source>
        <translation>C&amp;hiave segreta:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="120"/>
        <source>Where to sync</source>
        <translation>Dove sincronizzare</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="123"/>
        <source>Sync &amp;automatically when online</source>
        <translation>Sincronizza &amp;automaticamente quando sei online</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="125"/>
        <source>Sync automatically when online</source>
        <translation>Sincronizza automaticamente quando sei online</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="129"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="134"/>
        <source>Connection test result</source>
        <translation>Esito della verifica della connessione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="150"/>
        <source>&amp;Where:</source>
        <translation>&amp;Dove:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="225"/>
        <source>kept; type to change it</source>
        <translation>conservata; digita per cambiarla</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="239"/>
        <source>Type the sync folder&apos;s path, or choose it with Browse….</source>
        <translation>Digita il percorso della cartella di sincronizzazione, o sceglila con Sfoglia….</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="243"/>
        <source>Type the WebDAV address (your cloud&apos;s WebDAV link, https://…).</source>
        <translation>Digita l&apos;indirizzo WebDAV (il link WebDAV del tuo cloud, https://…).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="299"/>
        <source>Choose the sync folder</source>
        <translation>Scegli la cartella di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="324"/>
        <source>Testing {target}…</source>
        <translation>Verifica di {target}…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dialogs/sync_settings.py" line="338"/>
        <source>Connected: {target} answers, and this workspace can write there.</source>
        <translation>Connesso: {target} risponde, e questa area di lavoro può scriverci.</translation>
    </message>
</context>
</TS>
