<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AudioOutput</name>
    <message>
        <location filename="../../annotator/ui/audio_output.py" line="24"/>
        <source>Audio output unavailable: {error}.</source>
        <translation>Uscita audio non disponibile: {error}.</translation>
    </message>
</context>
<context>
    <name>BreakController</name>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="146"/>
        <source>Micro-break now</source>
        <translation>Micropausa in corso</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="148"/>
        <source>Rest break now</source>
        <translation>Pausa di riposo in corso</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="149"/>
        <source>Time to stop for today</source>
        <translation>È ora di smettere per oggi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="152"/>
        <source>Breaks off</source>
        <translation>Pause disattivate</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="156"/>
        <source>Next micro break in {minutes} min</source>
        <translation>Prossima micropausa tra {minutes} min</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="158"/>
        <source>Next rest break in {minutes} min</source>
        <translation>Prossima pausa di riposo tra {minutes} min</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="159"/>
        <source>Daily limit in {minutes} min</source>
        <translation>Limite giornaliero tra {minutes} min</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="182"/>
        <source>{title} in {seconds} s</source>
        <translation>{title} tra {seconds} s</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_controller.py" line="185"/>
        <source>Finish what you are doing.</source>
        <translation>Porta a termine quello che stai facendo.</translation>
    </message>
</context>
<context>
    <name>BreakOverlay</name>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="17"/>
        <source>Look away from the screen, at something far away. Blink a few times.</source>
        <translation>Distogli lo sguardo dallo schermo e guarda qualcosa di lontano. Sbatti le palpebre qualche volta.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="20"/>
        <source>Stand up, stretch your back and shoulders, walk a little, drink some water.</source>
        <translation>Alzati, allunga la schiena e le spalle, cammina un po&apos;, bevi un po&apos; d&apos;acqua.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="23"/>
        <source>You reached the daily limit you set yourself. Everything is saved.</source>
        <translation>Hai raggiunto il limite giornaliero che ti sei dato. Tutto è salvato.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="28"/>
        <source>Micro-break</source>
        <translation>Micropausa</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="29"/>
        <source>Rest break</source>
        <translation>Pausa di riposo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="30"/>
        <source>Time to stop for today</source>
        <translation>È ora di smettere per oggi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="59"/>
        <source>P  postpone once   ·   Esc  skip   ·   or just wait</source>
        <translation>P  rimanda una volta   ·   Esc  salta   ·   oppure aspetta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="61"/>
        <source>P  postpone once   ·   Esc  skip</source>
        <translation>P  rimanda una volta   ·   Esc  salta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="63"/>
        <source>postponed once already   ·   Esc  skip   ·   or just wait</source>
        <translation>già rimandata una volta   ·   Esc  salta   ·   oppure aspetta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="64"/>
        <source>postponed once already   ·   Esc  skip</source>
        <translation>già rimandata una volta   ·   Esc  salta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/break_overlay.py" line="177"/>
        <source>{keys}   (keys in {seconds} s…)</source>
        <translation>{keys}   (tasti attivi tra {seconds} s…)</translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message>
        <location filename="../../annotator/ui/bundle_export.py" line="58"/>
        <source>Export result bundle</source>
        <translation>Esporta bundle dei risultati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/bundle_export.py" line="61"/>
        <source>Result bundles (*.bundle.json)</source>
        <translation>Bundle dei risultati (*.bundle.json)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/bundle_export.py" line="99"/>
        <source>Bundle written to {path}</source>
        <translation>Bundle scritto in {path}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/bundle_export.py" line="104"/>
        <source>Cannot export bundle</source>
        <translation>Impossibile esportare il bundle</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/bundle_export.py" line="104"/>
        <source>The bundle was not written:

{error}</source>
        <translation>Il bundle non è stato scritto:

{error}</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="26"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="28"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="34"/>
        <source>This package declares no pay rate.</source>
        <translation>Questo pacchetto non indica alcuna tariffa.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="39"/>
        <source>{currency} {by_item} by item · {currency} {by_hour} by active hour</source>
        <translation>{currency} {by_item} a elemento · {currency} {by_hour} per ora attiva</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="41"/>
        <source>{currency} {by_item} by item</source>
        <translation>{currency} {by_item} a elemento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="43"/>
        <source>{currency} {by_hour} by active hour</source>
        <translation>{currency} {by_hour} per ora attiva</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="132"/>
        <source>Your day</source>
        <translation>La tua giornata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="145"/>
        <source>Active time today</source>
        <translation>Tempo attivo oggi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="146"/>
        <source>Items done today</source>
        <translation>Elementi completati oggi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="147"/>
        <source>Items per active hour</source>
        <translation>Elementi per ora attiva</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="148"/>
        <source>Breaks today</source>
        <translation>Pause oggi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="149"/>
        <source>Estimated pay (this package, today)</source>
        <translation>Compenso stimato (questo pacchetto, oggi)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="155"/>
        <source>Only for you: these figures come from this computer&apos;s private log and are never exported. Active time counts input in the app, with a minute of grace for reading; no screenshots, no key content.</source>
        <translation>Solo per te: questi dati provengono dal registro privato di questo computer e non vengono mai esportati. Il tempo attivo conta l&apos;input nell&apos;app, con un minuto di tolleranza per la lettura; nessuna schermata, nessun contenuto dei tasti.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="166"/>
        <source>Active time, last 7 days</source>
        <translation>Tempo attivo, ultimi 7 giorni</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="193"/>
        <source>— (after a few items)</source>
        <translation>— (dopo qualche elemento)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="196"/>
        <source>{taken} taken · {natural} natural · {postponed} postponed · {skipped} skipped</source>
        <translation>fatte: {taken} · spontanee: {natural} · rimandate: {postponed} · saltate: {skipped}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="204"/>
        <source>No package open.</source>
        <translation>Nessun pacchetto aperto.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../annotator/ui/interop_jobs.py" line="126"/>
        <location filename="../../annotator/ui/widgets/messages.py" line="20"/>
        <source>… and {count} more</source>
        <translation>… e altri {count}</translation>
    </message>
</context>
<context>
    <name>ExportOutcome</name>
    <message>
        <location filename="../../annotator/ui/interop_jobs.py" line="41"/>
        <source>Wrote 1 file to {folder} ({annotated} annotated items of {items}).</source>
        <translation>Scritto 1 file in {folder} ({annotated} elementi annotati su {items}).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/interop_jobs.py" line="43"/>
        <source>Wrote {count} files to {folder} ({annotated} annotated items of {items}).</source>
        <translation>Scritti {count} file in {folder} ({annotated} elementi annotati su {items}).</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <location filename="../../annotator/ui/interop_jobs.py" line="65"/>
        <source>Imported {items} items ({prelabels} with prelabels) into {output}.</source>
        <translation>Importati {items} elementi ({prelabels} con pre-etichette) in {output}.</translation>
    </message>
</context>
<context>
    <name>InstructionsView</name>
    <message>
        <location filename="../../annotator/ui/widgets/instructions.py" line="15"/>
        <source>_This package has no instructions._</source>
        <translation>_Questo pacchetto non ha istruzioni._</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/instructions.py" line="16"/>
        <source>_Loading instructions…_</source>
        <translation>_Caricamento delle istruzioni…_</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/instructions.py" line="30"/>
        <source>Instructions</source>
        <translation>Istruzioni</translation>
    </message>
</context>
<context>
    <name>LocaleChoice</name>
    <message>
        <location filename="../../annotator/ui/locale_choice.py" line="13"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="113"/>
        <source>Items</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="119"/>
        <source>Instructions</source>
        <translation>Istruzioni</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="123"/>
        <source>No package open — File ▸ Open (Ctrl+O) or drop a package here</source>
        <translation>Nessun pacchetto aperto — File ▸ Apri (Ctrl+O) o trascina qui un pacchetto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="235"/>
        <source>Micro break in about {seconds} s — it waits for a pause in your typing.</source>
        <translation>Micropausa tra circa {seconds} s — attende una pausa nella digitazione.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="237"/>
        <source>Rest break in about {seconds} s — it waits for a pause in your typing.</source>
        <translation>Pausa di riposo tra circa {seconds} s — attende una pausa nella digitazione.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="239"/>
        <source>Daily limit in about {seconds} s — it waits for a pause in your typing.</source>
        <translation>Limite giornaliero tra circa {seconds} s — attende una pausa nella digitazione.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="247"/>
        <source>Opening {path}…</source>
        <translation>Apertura di {path}…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="255"/>
        <source>{title} — annotator</source>
        <translation>{title} — annotator</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="265"/>
        <source>This package has no items.</source>
        <translation>Questo pacchetto non ha elementi.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="271"/>
        <source>This package cannot be opened. Ask the team lead for a fixed copy.</source>
        <translation>Impossibile aprire questo pacchetto. Chiedi al responsabile del team una copia corretta.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="273"/>
        <source>This package cannot be opened:</source>
        <translation>Impossibile aprire questo pacchetto:</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="275"/>
        <source>The package could not be opened.</source>
        <translation>Non è stato possibile aprire il pacchetto.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="276"/>
        <source>Cannot open package</source>
        <translation>Impossibile aprire il pacchetto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="285"/>
        <source>Open work package</source>
        <translation>Apri pacchetto di lavoro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="287"/>
        <source>Work packages (*.zip package.json)</source>
        <translation>Pacchetti di lavoro (*.zip package.json)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="287"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="312"/>
        <source>Not a work package</source>
        <translation>Non è un pacchetto di lavoro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="314"/>
        <source>{name} is not a work package: open a package .zip or folder; to add images, ask the team lead to pack them.</source>
        <translation>{name} non è un pacchetto di lavoro: apri un pacchetto .zip o una cartella; per aggiungere immagini, chiedi al responsabile del team di impacchettarle.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="341"/>
        <source>No item to do in the list “{name}” — choose All to see the others.</source>
        <translation>Nessun elemento da fare nell&apos;elenco «{name}» — scegli Tutti per vedere gli altri.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="344"/>
        <source>Every item is finished — export your bundle with Ctrl+E.</source>
        <translation>Tutti gli elementi sono completati — esporta il bundle con Ctrl+E.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="356"/>
        <source>Item {number} of {total}: {item} ({kind}) — {status}</source>
        <translation>Elemento {number} di {total}: {item} ({kind}) — {status}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="372"/>
        <source>Mark {item} {status}</source>
        <translation>Segna {item} come {status}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="385"/>
        <source>Flag item</source>
        <translation>Segnala elemento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="386"/>
        <source>Why flag {item}? The team lead reads this.</source>
        <translation>Perché segnalare {item}? Il responsabile del team lo leggerà.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="396"/>
        <source>Flag {item}</source>
        <translation>Segnala {item}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="442"/>
        <source>Could not undo your change to item &apos;{item}&apos; ({change}):

{error}

The item shows what is saved; the change stays as it was saved. Your earlier work is safe.</source>
        <translation>Impossibile annullare la modifica all&apos;elemento &apos;{item}&apos; ({change}):

{error}

L&apos;elemento mostra ciò che è salvato; la modifica resta come era stata salvata. Il lavoro precedente è al sicuro.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="447"/>
        <source>Could not save your change to item &apos;{item}&apos; ({change}):

{error}

The item shows what is saved; this change is not kept. Your earlier work is safe.</source>
        <translation>Impossibile salvare la modifica all&apos;elemento &apos;{item}&apos; ({change}):

{error}

L&apos;elemento mostra ciò che è salvato; questa modifica non viene mantenuta. Il lavoro precedente è al sicuro.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="457"/>
        <source>Change not saved</source>
        <translation>Modifica non salvata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/main_window.py" line="485"/>
        <source>Your bundles name you “{name}”.</source>
        <translation>I tuoi bundle ti indicano come «{name}».</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="13"/>
        <source>pace after a few items</source>
        <translation>ritmo dopo qualche elemento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="29"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="32"/>
        <location filename="../../annotator/ui/widgets/progress.py" line="41"/>
        <source>{hours} hours</source>
        <translation>{hours} ore</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="37"/>
        <source>1 hour {minutes} min</source>
        <translation>1 ora {minutes} min</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="38"/>
        <source>{hours} hours {minutes} min</source>
        <translation>{hours} ore {minutes} min</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="40"/>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="47"/>
        <source>{done} / {total} done</source>
        <translation>{done} / {total} completati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="52"/>
        <source>1 flagged</source>
        <translation>1 segnalato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="54"/>
        <source>{count} flagged</source>
        <translation>{count} segnalati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="56"/>
        <source>1 skipped</source>
        <translation>1 saltato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="58"/>
        <source>{count} skipped</source>
        <translation>{count} saltati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="60"/>
        <source>nothing left to do</source>
        <translation>niente più da fare</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="63"/>
        <source>1 item left</source>
        <translation>1 elemento rimasto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="65"/>
        <source>{count} items left</source>
        <translation>{count} elementi rimasti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="69"/>
        <source>{pace} items/h</source>
        <translation>{pace} elementi/h</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/progress.py" line="72"/>
        <source>about {duration} left</source>
        <translation>ancora circa {duration}</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="36"/>
        <source>to do</source>
        <translation>da fare</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="37"/>
        <source>done</source>
        <translation>completato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="38"/>
        <source>skipped</source>
        <translation>saltato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="39"/>
        <source>flagged</source>
        <translation>segnalato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="55"/>
        <source>image</source>
        <translation>immagine</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="56"/>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="57"/>
        <source>text</source>
        <translation>testo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="58"/>
        <source>pairwise</source>
        <translation>confronto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="59"/>
        <source>rating</source>
        <translation>valutazione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="60"/>
        <source>translation</source>
        <translation>traduzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="61"/>
        <source>rewrite</source>
        <translation>riscrittura</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="94"/>
        <source>comparison of {count} answers</source>
        <translation>confronto di {count} risposte</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="97"/>
        <source>search results to grade</source>
        <translation>risultati di ricerca da valutare</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="98"/>
        <source>answer to rate</source>
        <translation>risposta da valutare</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="101"/>
        <source>summary check</source>
        <translation>verifica di riassunto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="103"/>
        <source>translation check</source>
        <translation>verifica di traduzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="110"/>
        <source>answer to rewrite</source>
        <translation>risposta da riscrivere</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="66"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="67"/>
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="68"/>
        <source>Done</source>
        <translation>Completati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="69"/>
        <source>Flagged</source>
        <translation>Segnalati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_model.py" line="70"/>
        <source>Skipped</source>
        <translation>Saltati</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_panel.py" line="33"/>
        <source>Items</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/queue_panel.py" line="40"/>
        <source>Show items</source>
        <translation>Mostra elementi</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../annotator/ui/recent.py" line="54"/>
        <source>&amp;Recent packages</source>
        <translation>Pacchetti &amp;recenti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recent.py" line="71"/>
        <source>{package} — not found</source>
        <translation>{package} — non trovato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recent.py" line="79"/>
        <source>No packages opened yet</source>
        <translation>Nessun pacchetto aperto finora</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/recent.py" line="81"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Svuota elenco</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../../annotator/ui/widgets/response_view.py" line="27"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/response_view.py" line="28"/>
        <source>Assistant</source>
        <translation>Assistente</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/widgets/response_view.py" line="29"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="71"/>
        <source>1 item</source>
        <translation>1 elemento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="72"/>
        <source>{count} items</source>
        <translation>{count} elementi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="99"/>
        <source>Sync status</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="146"/>
        <source>Sync: not set up</source>
        <translation>Sincronizzazione: non configurata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="148"/>
        <source>Sync: sending…</source>
        <translation>Sincronizzazione: invio…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="150"/>
        <source>Sync: offline — {items} wait</source>
        <translation>Sincronizzazione: offline — {items} in attesa</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="150"/>
        <source>Sync: offline</source>
        <translation>Sincronizzazione: offline</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="152"/>
        <source>Sync: failed — {items} wait</source>
        <translation>Sincronizzazione: non riuscita — {items} in attesa</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="152"/>
        <source>Sync: failed</source>
        <translation>Sincronizzazione: non riuscita</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="154"/>
        <source>Sync: {items} to send · last sync {when}</source>
        <translation>Sincronizzazione: {items} da inviare · ultima {when}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="156"/>
        <source>Sync: {items} to send</source>
        <translation>Sincronizzazione: {items} da inviare</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="158"/>
        <source>Sync: up to date · last sync {when}</source>
        <translation>Sincronizzazione: aggiornata · ultima {when}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="160"/>
        <source>Sync: up to date</source>
        <translation>Sincronizzazione: aggiornata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="161"/>
        <source>No sync target: File ▸ Sync settings…</source>
        <translation>Nessuna destinazione di sincronizzazione: File ▸ Impostazioni di sincronizzazione…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="165"/>
        <source>Syncs by itself every 5 minutes and after a pause in your work.</source>
        <translation>Si sincronizza da sola ogni 5 minuti e dopo una pausa nel lavoro.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="195"/>
        <source>Sync set up: {target}. Sync now: Ctrl+Shift+Y.</source>
        <translation>Sincronizzazione configurata: {target}. Sincronizza ora: Ctrl+Maiusc+Y.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="228"/>
        <source>Sync password</source>
        <translation>Password di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="230"/>
        <source>Password or secret key for {target} (kept in the system keyring):</source>
        <translation>Password o chiave segreta per {target} (conservata nel portachiavi di sistema):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="232"/>
        <source>Password or secret key for {target} (kept for this session):</source>
        <translation>Password o chiave segreta per {target} (conservata per questa sessione):</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="279"/>
        <source>Nothing to send; fetching new packages and feedback…</source>
        <translation>Niente da inviare; ricezione di nuovi pacchetti e feedback…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="295"/>
        <source>Nothing was sent.</source>
        <translation>Non è stato inviato nulla.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="337"/>
        <source>Fetching failed: {error}</source>
        <translation>Ricezione non riuscita: {error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="349"/>
        <source>Sync kept both copies</source>
        <translation>La sincronizzazione ha conservato entrambe le copie</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="350"/>
        <source>Both are in {folder}.</source>
        <translation>Entrambe sono in {folder}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="363"/>
        <source>Sent {items}</source>
        <translation>Inviati: {items}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="365"/>
        <source>Nothing to send</source>
        <translation>Niente da inviare</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="374"/>
        <source>1 new package ({names})</source>
        <translation>1 nuovo pacchetto ({names})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="377"/>
        <source>{count} new packages ({names})</source>
        <translation>{count} nuovi pacchetti ({names})</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="379"/>
        <source>1 new feedback file</source>
        <translation>1 nuovo file di feedback</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="381"/>
        <source>{count} new feedback files</source>
        <translation>{count} nuovi file di feedback</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="384"/>
        <source>{count} kept beside yours</source>
        <translation>conservati accanto ai tuoi: {count}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="386"/>
        <source>in {folder}</source>
        <translation>in {folder}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="388"/>
        <source>fetching failed: {error}</source>
        <translation>ricezione non riuscita: {error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="399"/>
        <source>Offline, nothing lost — your work waits: {error}</source>
        <translation>Offline, nulla è perso — il tuo lavoro attende: {error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="405"/>
        <source>Sync failed</source>
        <translation>Sincronizzazione non riuscita</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="405"/>
        <source>Nothing more was sent:

{error}</source>
        <translation>Non è stato inviato altro:

{error}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/sync_controller.py" line="422"/>
        <source>Sync now (Ctrl+Shift+Y) asks for the password once this session.</source>
        <translation>Sincronizza ora (Ctrl+Maiusc+Y) chiede la password una volta in questa sessione.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../annotator/ui/theme.py" line="16"/>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="17"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/theme.py" line="18"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="74"/>
        <location filename="../../annotator/ui/dashboard.py" line="90"/>
        <location filename="../../annotator/ui/dashboard.py" line="113"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/dashboard.py" line="105"/>
        <source>today</source>
        <translation>oggi</translation>
    </message>
</context>
</TS>
