<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>actions</name>
    <message>
        <source>&amp;Open package…</source>
        <translation>&amp;Apri pacchetto…</translation>
    </message>
    <message>
        <source>Open a work package (.zip or folder)</source>
        <translation>Apri un pacchetto di lavoro (.zip o cartella)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>Esporta &amp;bundle…</translation>
    </message>
    <message>
        <source>Write your results as a bundle</source>
        <translation>Scrivi i tuoi risultati in un bundle</translation>
    </message>
    <message>
        <source>Export &amp;as…</source>
        <translation>Esporta co&amp;me…</translation>
    </message>
    <message>
        <source>Write your results in another tool&apos;s format (COCO, YOLO, JSONL, SRT, …)</source>
        <translation>Scrivi i tuoi risultati nel formato di un altro strumento (COCO, YOLO, JSONL, SRT, …)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>Make a work package from another tool&apos;s files, their labels as suggestions</source>
        <translation>Crea un pacchetto di lavoro dai file di un altro strumento, con le loro etichette come suggerimenti</translation>
    </message>
    <message>
        <source>Import re&amp;view…</source>
        <translation>Importa re&amp;visione…</translation>
    </message>
    <message>
        <source>Read the team lead&apos;s review: rejected items come back to do, with the reason shown on them</source>
        <translation>Leggi la revisione del responsabile: gli elementi rifiutati tornano da fare, con il motivo indicato</translation>
    </message>
    <message>
        <source>&amp;Pseudonym…</source>
        <translation>&amp;Pseudonimo…</translation>
    </message>
    <message>
        <source>The pseudonym your bundles name you by (never your real name)</source>
        <translation>Lo pseudonimo con cui i tuoi bundle ti identificano (mai il tuo vero nome)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>Show what changed, send it to the sync target, and fetch new packages and feedback</source>
        <translation>Mostra cosa è cambiato, invialo alla destinazione di sincronizzazione e scarica nuovi pacchetti e riscontri</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>Impos&amp;tazioni di sincronizzazione…</translation>
    </message>
    <message>
        <source>Where to sync (a shared folder, WebDAV or S3), who signs in, and whether to sync by itself</source>
        <translation>Dove sincronizzare (una cartella condivisa, WebDAV o S3), chi accede e se sincronizzare automaticamente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Quit; everything is already saved</source>
        <translation>Esci; tutto è già salvato</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annulla l&apos;ultima modifica</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Ripeti l&apos;ultima modifica annullata</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <source>Pseudonym, language, theme, font size, keys, audio, breaks and sync, each change in force at once</source>
        <translation>Pseudonimo, lingua, tema, dimensione del carattere, tasti, audio, pause e sincronizzazione; ogni modifica vale subito</translation>
    </message>
    <message>
        <source>Mark &amp;done and next</source>
        <translation>&amp;Completato e successivo</translation>
    </message>
    <message>
        <source>Mark the item done, go to the next unfinished</source>
        <translation>Segna l&apos;elemento come completato e passa al prossimo da fare</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Elemento</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Salta</translation>
    </message>
    <message>
        <source>Mark the item skipped, go to the next unfinished</source>
        <translation>Segna l&apos;elemento come saltato e passa al prossimo da fare</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>Se&amp;gnala</translation>
    </message>
    <message>
        <source>Flag the item for the team lead</source>
        <translation>Segnala l&apos;elemento al responsabile</translation>
    </message>
    <message>
        <source>Mark &amp;to do</source>
        <translation>Segna &amp;da fare</translation>
    </message>
    <message>
        <source>Put the item back to do</source>
        <translation>Rimetti l&apos;elemento tra quelli da fare</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Elemento &amp;successivo</translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation>Vai all&apos;elemento successivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Va&amp;i</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>Elemento &amp;precedente</translation>
    </message>
    <message>
        <source>Go to the previous item</source>
        <translation>Vai all&apos;elemento precedente</translation>
    </message>
    <message>
        <source>Next &amp;unfinished</source>
        <translation>Prossimo &amp;incompleto</translation>
    </message>
    <message>
        <source>Go to the next item still to do</source>
        <translation>Vai al prossimo elemento ancora da fare</translation>
    </message>
    <message>
        <source>Focus item &amp;queue</source>
        <translation>Passa alla &amp;coda degli elementi</translation>
    </message>
    <message>
        <source>Put the keyboard in the item list</source>
        <translation>Porta la tastiera nell&apos;elenco degli elementi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Show item &amp;list</source>
        <translation>Mostra &amp;elenco elementi</translation>
    </message>
    <message>
        <source>Show or hide the item list</source>
        <translation>Mostra o nascondi l&apos;elenco degli elementi</translation>
    </message>
    <message>
        <source>Show &amp;instructions</source>
        <translation>Mostra &amp;istruzioni</translation>
    </message>
    <message>
        <source>Show or hide the instructions</source>
        <translation>Mostra o nascondi le istruzioni</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Show every key</source>
        <translation>Mostra tutti i tasti</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Change keys…</source>
        <translation>&amp;Cambia tasti…</translation>
    </message>
    <message>
        <source>Give any action the key you prefer</source>
        <translation>Assegna a ogni azione il tasto che preferisci</translation>
    </message>
    <message>
        <source>&amp;About annotator…</source>
        <translation>&amp;Informazioni su annotator…</translation>
    </message>
    <message>
        <source>Version, licence, where your workspace is and what is recorded</source>
        <translation>Versione, licenza, dove si trova il tuo spazio di lavoro e cosa viene registrato</translation>
    </message>
    <message>
        <source>Draw boxes</source>
        <translation>Disegna riquadri</translation>
    </message>
    <message>
        <source>Toggle draw mode: drag on the image to draw</source>
        <translation>Attiva o disattiva il disegno: trascina sull&apos;immagine per disegnare</translation>
    </message>
    <message>
        <source>&amp;Boxes</source>
        <translation>&amp;Riquadri</translation>
    </message>
    <message>
        <source>Delete box</source>
        <translation>Elimina riquadro</translation>
    </message>
    <message>
        <source>Delete the selected box</source>
        <translation>Elimina il riquadro selezionato</translation>
    </message>
    <message>
        <source>Next box</source>
        <translation>Riquadro successivo</translation>
    </message>
    <message>
        <source>Select the next box</source>
        <translation>Seleziona il riquadro successivo</translation>
    </message>
    <message>
        <source>Previous box</source>
        <translation>Riquadro precedente</translation>
    </message>
    <message>
        <source>Select the previous box</source>
        <translation>Seleziona il riquadro precedente</translation>
    </message>
    <message>
        <source>Nudge left</source>
        <translation>Sposta a sinistra</translation>
    </message>
    <message>
        <source>Move the selected box 1 px left</source>
        <translation>Sposta il riquadro selezionato di 1 px a sinistra</translation>
    </message>
    <message>
        <source>Nudge right</source>
        <translation>Sposta a destra</translation>
    </message>
    <message>
        <source>Move the selected box 1 px right</source>
        <translation>Sposta il riquadro selezionato di 1 px a destra</translation>
    </message>
    <message>
        <source>Nudge up</source>
        <translation>Sposta in alto</translation>
    </message>
    <message>
        <source>Move the selected box 1 px up</source>
        <translation>Sposta il riquadro selezionato di 1 px in alto</translation>
    </message>
    <message>
        <source>Nudge down</source>
        <translation>Sposta in basso</translation>
    </message>
    <message>
        <source>Move the selected box 1 px down</source>
        <translation>Sposta il riquadro selezionato di 1 px in basso</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>Sposta a sinistra di 10 px</translation>
    </message>
    <message>
        <source>Move the selected box 10 px left</source>
        <translation>Sposta il riquadro selezionato di 10 px a sinistra</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>Sposta a destra di 10 px</translation>
    </message>
    <message>
        <source>Move the selected box 10 px right</source>
        <translation>Sposta il riquadro selezionato di 10 px a destra</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>Sposta in alto di 10 px</translation>
    </message>
    <message>
        <source>Move the selected box 10 px up</source>
        <translation>Sposta il riquadro selezionato di 10 px in alto</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>Sposta in basso di 10 px</translation>
    </message>
    <message>
        <source>Move the selected box 10 px down</source>
        <translation>Sposta il riquadro selezionato di 10 px in basso</translation>
    </message>
    <message>
        <source>Fit image</source>
        <translation>Adatta immagine</translation>
    </message>
    <message>
        <source>Fit the whole image in the view</source>
        <translation>Mostra l&apos;intera immagine nella vista</translation>
    </message>
    <message>
        <source>Find class</source>
        <translation>Trova classe</translation>
    </message>
    <message>
        <source>Type part of a class name, Enter sets it on the selected (or next) box</source>
        <translation>Digita parte del nome di una classe; Invio la assegna al riquadro selezionato (o al successivo)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel zooms to the cursor)</source>
        <translation>Ingrandisci (Ctrl+rotellina ingrandisce verso il cursore)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Riduci</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Dimensione reale (100 %)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Un pixel dell&apos;immagine per pixel dello schermo</translation>
    </message>
    <message>
        <source>Crosshair on/off</source>
        <translation>Attiva/disattiva mirino</translation>
    </message>
    <message>
        <source>Show or hide the crosshair</source>
        <translation>Mostra o nascondi il mirino</translation>
    </message>
    <message>
        <source>Duplicate box</source>
        <translation>Duplica riquadro</translation>
    </message>
    <message>
        <source>Copy the selected box, shifted 10 px</source>
        <translation>Copia il riquadro selezionato, spostato di 10 px</translation>
    </message>
    <message>
        <source>Copy boxes from previous item</source>
        <translation>Copia i riquadri dall&apos;elemento precedente</translation>
    </message>
    <message>
        <source>Add the previous item&apos;s boxes to this one</source>
        <translation>Aggiungi a questo elemento i riquadri di quello precedente</translation>
    </message>
    <message>
        <source>Hide/show boxes</source>
        <translation>Nascondi/mostra riquadri</translation>
    </message>
    <message>
        <source>Hide or show all boxes</source>
        <translation>Nascondi o mostra tutti i riquadri</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Segna come verificato</translation>
    </message>
    <message>
        <source>Mark (or unmark) this image&apos;s boxes as verified</source>
        <translation>Segna i riquadri di questa immagine come verificati (o togli il segno)</translation>
    </message>
    <message>
        <source>Toggle attribute 1</source>
        <translation>Attiva/disattiva attributo 1</translation>
    </message>
    <message>
        <source>Toggle the schema&apos;s attribute 1 (e.g. occluded, truncated, difficult) on the selected box</source>
        <translation>Attiva o disattiva l&apos;attributo 1 dello schema (ad es. occluso, troncato, difficile) sul riquadro selezionato</translation>
    </message>
    <message>
        <source>Toggle attribute 2</source>
        <translation>Attiva/disattiva attributo 2</translation>
    </message>
    <message>
        <source>Toggle the schema&apos;s attribute 2 (e.g. occluded, truncated, difficult) on the selected box</source>
        <translation>Attiva o disattiva l&apos;attributo 2 dello schema (ad es. occluso, troncato, difficile) sul riquadro selezionato</translation>
    </message>
    <message>
        <source>Toggle attribute 3</source>
        <translation>Attiva/disattiva attributo 3</translation>
    </message>
    <message>
        <source>Toggle the schema&apos;s attribute 3 (e.g. occluded, truncated, difficult) on the selected box</source>
        <translation>Attiva o disattiva l&apos;attributo 3 dello schema (ad es. occluso, troncato, difficile) sul riquadro selezionato</translation>
    </message>
    <message>
        <source>Class 1</source>
        <translation>Classe 1</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 1</source>
        <translation>Imposta la classe del riquadro selezionato (o del successivo) alla classe 1</translation>
    </message>
    <message>
        <source>Class 2</source>
        <translation>Classe 2</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 2</source>
        <translation>Imposta la classe del riquadro selezionato (o del successivo) alla classe 2</translation>
    </message>
    <message>
        <source>Class 3</source>
        <translation>Classe 3</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 3</source>
        <translation>Imposta la classe del riquadro selezionato (o del successivo) alla classe 3</translation>
    </message>
    <message>
        <source>Class 4</source>
        <translation>Classe 4</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 4</source>
        <translation>Imposta la classe del riquadro selezionato (o del successivo) alla classe 4</translation>
    </message>
    <message>
        <source>Class 5</source>
        <translation>Classe 5</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 5</source>
        <translation>Imposta la classe del riquadro selezionato (o del successivo) alla classe 5</translation>
    </message>
    <message>
        <source>Class 6</source>
        <translation>Classe 6</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 6</source>
        <translation>Imposta la classe del riquadro selezionato (o del successivo) alla classe 6</translation>
    </message>
    <message>
        <source>Class 7</source>
        <translation>Classe 7</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 7</source>
        <translation>Imposta la classe del riquadro selezionato (o del successivo) alla classe 7</translation>
    </message>
    <message>
        <source>Class 8</source>
        <translation>Classe 8</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 8</source>
        <translation>Imposta la classe del riquadro selezionato (o del successivo) alla classe 8</translation>
    </message>
    <message>
        <source>Class 9</source>
        <translation>Classe 9</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 9</source>
        <translation>Imposta la classe del riquadro selezionato (o del successivo) alla classe 9</translation>
    </message>
    <message>
        <source>Class 0</source>
        <translation>Classe 0</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 10</source>
        <translation>Imposta la classe del riquadro selezionato (o del successivo) alla classe 10</translation>
    </message>
    <message>
        <source>Play/pause</source>
        <translation>Riproduci/pausa</translation>
    </message>
    <message>
        <source>Play or pause; resuming replays the last second or so (auto-rewind)</source>
        <translation>Riproduci o metti in pausa; alla ripresa riascolti l&apos;ultimo secondo circa (riavvolgimento automatico)</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>&amp;Audio</translation>
    </message>
    <message>
        <source>Skip back</source>
        <translation>Salta indietro</translation>
    </message>
    <message>
        <source>Jump back 1.5 s</source>
        <translation>Torna indietro di 1,5 s</translation>
    </message>
    <message>
        <source>Skip forward</source>
        <translation>Salta avanti</translation>
    </message>
    <message>
        <source>Jump forward 1.5 s</source>
        <translation>Vai avanti di 1,5 s</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Più lento</translation>
    </message>
    <message>
        <source>Speed down 0.1× (pitch kept)</source>
        <translation>Rallenta di 0,1× (tono invariato)</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Più veloce</translation>
    </message>
    <message>
        <source>Speed up 0.1× (pitch kept)</source>
        <translation>Accelera di 0,1× (tono invariato)</translation>
    </message>
    <message>
        <source>Volume down</source>
        <translation>Abbassa volume</translation>
    </message>
    <message>
        <source>Volume down 10 %</source>
        <translation>Abbassa il volume del 10 %</translation>
    </message>
    <message>
        <source>Volume up</source>
        <translation>Alza volume</translation>
    </message>
    <message>
        <source>Volume up 10 %</source>
        <translation>Alza il volume del 10 %</translation>
    </message>
    <message>
        <source>Loop segment</source>
        <translation>Ripeti segmento</translation>
    </message>
    <message>
        <source>Loop the selected segment on/off</source>
        <translation>Attiva o disattiva la ripetizione del segmento selezionato</translation>
    </message>
    <message>
        <source>Insert timestamp</source>
        <translation>Inserisci marca temporale</translation>
    </message>
    <message>
        <source>Type the playhead&apos;s time, e.g. [01:23.4], at the text cursor</source>
        <translation>Scrivi il tempo della testina, ad es. [01:23.4], nel punto del cursore</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Trascrizione</translation>
    </message>
    <message>
        <source>New segment at playhead</source>
        <translation>Nuovo segmento alla testina</translation>
    </message>
    <message>
        <source>Start a 2 s segment at the playhead (up to the next segment); or drag on the waveform</source>
        <translation>Crea un segmento di 2 s dalla testina (fino al segmento successivo); oppure trascina sulla forma d&apos;onda</translation>
    </message>
    <message>
        <source>Split at playhead</source>
        <translation>Dividi alla testina</translation>
    </message>
    <message>
        <source>Cut the segment under the playhead in two; the text is cut at the text cursor</source>
        <translation>Dividi in due il segmento sotto la testina; il testo viene diviso nel punto del cursore</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Unisci al successivo</translation>
    </message>
    <message>
        <source>Join the selected segment and the next one</source>
        <translation>Unisci il segmento selezionato e quello successivo</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Elimina segmento</translation>
    </message>
    <message>
        <source>Delete the selected segment</source>
        <translation>Elimina il segmento selezionato</translation>
    </message>
    <message>
        <source>Set start at playhead</source>
        <translation>Imposta inizio alla testina</translation>
    </message>
    <message>
        <source>Move the selected segment&apos;s start to the playhead</source>
        <translation>Sposta l&apos;inizio del segmento selezionato alla testina</translation>
    </message>
    <message>
        <source>Set end at playhead</source>
        <translation>Imposta fine alla testina</translation>
    </message>
    <message>
        <source>Move the selected segment&apos;s end to the playhead</source>
        <translation>Sposta la fine del segmento selezionato alla testina</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>Segmento precedente</translation>
    </message>
    <message>
        <source>Select the previous segment and seek to its start</source>
        <translation>Seleziona il segmento precedente e vai al suo inizio</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Segmento successivo</translation>
    </message>
    <message>
        <source>Select the next segment and seek to its start</source>
        <translation>Seleziona il segmento successivo e vai al suo inizio</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Parlante successivo</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the next one of the schema (then none)</source>
        <translation>Assegna al segmento selezionato il parlante successivo dello schema (dopo l&apos;ultimo, nessuno)</translation>
    </message>
    <message>
        <source>Zoom the waveform in</source>
        <translation>Ingrandisci la forma d&apos;onda</translation>
    </message>
    <message>
        <source>Zoom the waveform out</source>
        <translation>Riduci la forma d&apos;onda</translation>
    </message>
    <message>
        <source>Insert tag 1</source>
        <translation>Inserisci tag 1</translation>
    </message>
    <message>
        <source>Type tag 1 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Scrivi il tag 1 nel punto del cursore: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 quelli dello schema</translation>
    </message>
    <message>
        <source>Insert tag 2</source>
        <translation>Inserisci tag 2</translation>
    </message>
    <message>
        <source>Type tag 2 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Scrivi il tag 2 nel punto del cursore: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 quelli dello schema</translation>
    </message>
    <message>
        <source>Insert tag 3</source>
        <translation>Inserisci tag 3</translation>
    </message>
    <message>
        <source>Type tag 3 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Scrivi il tag 3 nel punto del cursore: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 quelli dello schema</translation>
    </message>
    <message>
        <source>Insert tag 4</source>
        <translation>Inserisci tag 4</translation>
    </message>
    <message>
        <source>Type tag 4 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Scrivi il tag 4 nel punto del cursore: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 quelli dello schema</translation>
    </message>
    <message>
        <source>Insert tag 5</source>
        <translation>Inserisci tag 5</translation>
    </message>
    <message>
        <source>Type tag 5 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Scrivi il tag 5 nel punto del cursore: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 quelli dello schema</translation>
    </message>
    <message>
        <source>Insert tag 6</source>
        <translation>Inserisci tag 6</translation>
    </message>
    <message>
        <source>Type tag 6 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Scrivi il tag 6 nel punto del cursore: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 quelli dello schema</translation>
    </message>
    <message>
        <source>Insert tag 7</source>
        <translation>Inserisci tag 7</translation>
    </message>
    <message>
        <source>Type tag 7 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Scrivi il tag 7 nel punto del cursore: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 quelli dello schema</translation>
    </message>
    <message>
        <source>Insert tag 8</source>
        <translation>Inserisci tag 8</translation>
    </message>
    <message>
        <source>Type tag 8 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Scrivi il tag 8 nel punto del cursore: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 quelli dello schema</translation>
    </message>
    <message>
        <source>Insert tag 9</source>
        <translation>Inserisci tag 9</translation>
    </message>
    <message>
        <source>Type tag 9 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Scrivi il tag 9 nel punto del cursore: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 quelli dello schema</translation>
    </message>
    <message>
        <source>Speaker 1</source>
        <translation>Parlante 1</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 1</source>
        <translation>Assegna al segmento selezionato il parlante 1 dello schema</translation>
    </message>
    <message>
        <source>Speaker 2</source>
        <translation>Parlante 2</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 2</source>
        <translation>Assegna al segmento selezionato il parlante 2 dello schema</translation>
    </message>
    <message>
        <source>Speaker 3</source>
        <translation>Parlante 3</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 3</source>
        <translation>Assegna al segmento selezionato il parlante 3 dello schema</translation>
    </message>
    <message>
        <source>Speaker 4</source>
        <translation>Parlante 4</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 4</source>
        <translation>Assegna al segmento selezionato il parlante 4 dello schema</translation>
    </message>
    <message>
        <source>Speaker 5</source>
        <translation>Parlante 5</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 5</source>
        <translation>Assegna al segmento selezionato il parlante 5 dello schema</translation>
    </message>
    <message>
        <source>Speaker 6</source>
        <translation>Parlante 6</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 6</source>
        <translation>Assegna al segmento selezionato il parlante 6 dello schema</translation>
    </message>
    <message>
        <source>Speaker 7</source>
        <translation>Parlante 7</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 7</source>
        <translation>Assegna al segmento selezionato il parlante 7 dello schema</translation>
    </message>
    <message>
        <source>Speaker 8</source>
        <translation>Parlante 8</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 8</source>
        <translation>Assegna al segmento selezionato il parlante 8 dello schema</translation>
    </message>
    <message>
        <source>Speaker 9</source>
        <translation>Parlante 9</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 9</source>
        <translation>Assegna al segmento selezionato il parlante 9 dello schema</translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation>Conferma e successivo</translation>
    </message>
    <message>
        <source>Mark the text done and show the next one (in the comment box: back to the text)</source>
        <translation>Segna il testo come completato e mostra il successivo (nel riquadro del commento: torna al testo)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Testo</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Go back to the previous item</source>
        <translation>Torna all&apos;elemento precedente</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>Binary: accept and next; otherwise accept the suggested label(s) and next</source>
        <translation>Binario: accetta e successivo; altrimenti accetta le etichette suggerite e successivo</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <source>Binary: reject and next</source>
        <translation>Binario: rifiuta e successivo</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Binary: cannot judge, next</source>
        <translation>Binario: impossibile giudicare, successivo</translation>
    </message>
    <message>
        <source>Unsure on/off</source>
        <translation>Attiva/disattiva incerto</translation>
    </message>
    <message>
        <source>Mark the decision as unsure (or not)</source>
        <translation>Segna la decisione come incerta (o no)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Type a comment; Return or Esc goes back to the text</source>
        <translation>Scrivi un commento; Invio o Esc tornano al testo</translation>
    </message>
    <message>
        <source>Remove span</source>
        <translation>Rimuovi porzione</translation>
    </message>
    <message>
        <source>Remove the spans under the caret or the selection</source>
        <translation>Rimuovi le porzioni sotto il cursore o la selezione</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Testo più grande</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Ingrandisci il testo</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Testo più piccolo</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Rimpicciolisci il testo</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Dimensione predefinita del testo</translation>
    </message>
    <message>
        <source>Text at its default size</source>
        <translation>Riporta il testo alla dimensione predefinita</translation>
    </message>
    <message>
        <source>Label 1</source>
        <translation>Etichetta 1</translation>
    </message>
    <message>
        <source>Choose label 1 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 1 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 2</source>
        <translation>Etichetta 2</translation>
    </message>
    <message>
        <source>Choose label 2 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 2 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 3</source>
        <translation>Etichetta 3</translation>
    </message>
    <message>
        <source>Choose label 3 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 3 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 4</source>
        <translation>Etichetta 4</translation>
    </message>
    <message>
        <source>Choose label 4 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 4 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 5</source>
        <translation>Etichetta 5</translation>
    </message>
    <message>
        <source>Choose label 5 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 5 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 6</source>
        <translation>Etichetta 6</translation>
    </message>
    <message>
        <source>Choose label 6 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 6 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 7</source>
        <translation>Etichetta 7</translation>
    </message>
    <message>
        <source>Choose label 7 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 7 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 8</source>
        <translation>Etichetta 8</translation>
    </message>
    <message>
        <source>Choose label 8 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 8 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 9</source>
        <translation>Etichetta 9</translation>
    </message>
    <message>
        <source>Choose label 9 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 9 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 10</source>
        <translation>Etichetta 10</translation>
    </message>
    <message>
        <source>Choose label 10 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 10 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 11</source>
        <translation>Etichetta 11</translation>
    </message>
    <message>
        <source>Choose label 11 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 11 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 12</source>
        <translation>Etichetta 12</translation>
    </message>
    <message>
        <source>Choose label 12 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 12 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 13</source>
        <translation>Etichetta 13</translation>
    </message>
    <message>
        <source>Choose label 13 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 13 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 14</source>
        <translation>Etichetta 14</translation>
    </message>
    <message>
        <source>Choose label 14 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 14 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 15</source>
        <translation>Etichetta 15</translation>
    </message>
    <message>
        <source>Choose label 15 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 15 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 16</source>
        <translation>Etichetta 16</translation>
    </message>
    <message>
        <source>Choose label 16 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 16 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 17</source>
        <translation>Etichetta 17</translation>
    </message>
    <message>
        <source>Choose label 17 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 17 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 18</source>
        <translation>Etichetta 18</translation>
    </message>
    <message>
        <source>Choose label 18 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 18 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 19</source>
        <translation>Etichetta 19</translation>
    </message>
    <message>
        <source>Choose label 19 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 19 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>Label 20</source>
        <translation>Etichetta 20</translation>
    </message>
    <message>
        <source>Choose label 20 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Scegli l&apos;etichetta 20 (multi-etichetta: attivala o disattivala); con del testo selezionato, etichetta la selezione come porzione. Un tasto rapido dello schema sostituisce questo tasto</translation>
    </message>
    <message>
        <source>A better</source>
        <translation>A migliore</translation>
    </message>
    <message>
        <source>A is better; on a criteria row: A, then the next row; three or more answers: rank 1</source>
        <translation>A è migliore; su una riga dei criteri: A, poi la riga successiva; tre o più risposte: posizione 1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Confronta</translation>
    </message>
    <message>
        <source>B better</source>
        <translation>B migliore</translation>
    </message>
    <message>
        <source>B is better; on a criteria row: B, then the next row; three or more answers: rank 2</source>
        <translation>B è migliore; su una riga dei criteri: B, poi la riga successiva; tre o più risposte: posizione 2</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Pari</translation>
    </message>
    <message>
        <source>About the same; on a criteria row: tie, then the next row; three or more answers: rank 3</source>
        <translation>Più o meno uguali; su una riga dei criteri: pari, poi la riga successiva; tre o più risposte: posizione 3</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Entrambe scarse</translation>
    </message>
    <message>
        <source>Neither answer is acceptable; three or more answers: rank 4</source>
        <translation>Nessuna risposta è accettabile; tre o più risposte: posizione 4</translation>
    </message>
    <message>
        <source>Rank 5</source>
        <translation>Posizione 5</translation>
    </message>
    <message>
        <source>Three or more answers: rank 5 for the focused answer, then the next answer</source>
        <translation>Tre o più risposte: posizione 5 alla risposta attiva, poi la risposta successiva</translation>
    </message>
    <message>
        <source>Rank 6</source>
        <translation>Posizione 6</translation>
    </message>
    <message>
        <source>Three or more answers: rank 6 for the focused answer, then the next answer</source>
        <translation>Tre o più risposte: posizione 6 alla risposta attiva, poi la risposta successiva</translation>
    </message>
    <message>
        <source>Rank 7</source>
        <translation>Posizione 7</translation>
    </message>
    <message>
        <source>Three or more answers: rank 7 for the focused answer, then the next answer</source>
        <translation>Tre o più risposte: posizione 7 alla risposta attiva, poi la risposta successiva</translation>
    </message>
    <message>
        <source>Rank 8</source>
        <translation>Posizione 8</translation>
    </message>
    <message>
        <source>Three or more answers: rank 8 for the focused answer, then the next answer</source>
        <translation>Tre o più risposte: posizione 8 alla risposta attiva, poi la risposta successiva</translation>
    </message>
    <message>
        <source>Rank 9</source>
        <translation>Posizione 9</translation>
    </message>
    <message>
        <source>Three or more answers: rank 9 for the focused answer, then the next answer</source>
        <translation>Tre o più risposte: posizione 9 alla risposta attiva, poi la risposta successiva</translation>
    </message>
    <message>
        <source>Strength -3</source>
        <translation>Intensità -3</translation>
    </message>
    <message>
        <source>A much better (-3) — decides the overall row too</source>
        <translation>A molto migliore (-3) — decide anche la riga complessiva</translation>
    </message>
    <message>
        <source>Strength -2</source>
        <translation>Intensità -2</translation>
    </message>
    <message>
        <source>A better (-2) — decides the overall row too</source>
        <translation>A migliore (-2) — decide anche la riga complessiva</translation>
    </message>
    <message>
        <source>Strength -1</source>
        <translation>Intensità -1</translation>
    </message>
    <message>
        <source>A slightly better (-1) — decides the overall row too</source>
        <translation>A leggermente migliore (-1) — decide anche la riga complessiva</translation>
    </message>
    <message>
        <source>Strength 0</source>
        <translation>Intensità 0</translation>
    </message>
    <message>
        <source>About the same (0) — decides a tie</source>
        <translation>Più o meno uguali (0) — decide un pari</translation>
    </message>
    <message>
        <source>Strength +1</source>
        <translation>Intensità +1</translation>
    </message>
    <message>
        <source>B slightly better (+1) — decides the overall row too</source>
        <translation>B leggermente migliore (+1) — decide anche la riga complessiva</translation>
    </message>
    <message>
        <source>Strength +2</source>
        <translation>Intensità +2</translation>
    </message>
    <message>
        <source>B better (+2) — decides the overall row too</source>
        <translation>B migliore (+2) — decide anche la riga complessiva</translation>
    </message>
    <message>
        <source>Strength +3</source>
        <translation>Intensità +3</translation>
    </message>
    <message>
        <source>B much better (+3) — decides the overall row too</source>
        <translation>B molto migliore (+3) — decide anche la riga complessiva</translation>
    </message>
    <message>
        <source>Previous row</source>
        <translation>Riga precedente</translation>
    </message>
    <message>
        <source>Focus the criteria row above</source>
        <translation>Attiva la riga dei criteri sopra</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>Riga successiva</translation>
    </message>
    <message>
        <source>Focus the criteria row below (the overall row last)</source>
        <translation>Attiva la riga dei criteri sotto (per ultima la riga complessiva)</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Risposta successiva</translation>
    </message>
    <message>
        <source>Focus the next answer (its view scrolls with PgUp/PgDown; three or more: the one a digit ranks)</source>
        <translation>Attiva la risposta successiva (la sua vista scorre con PagSu/PagGiù; tre o più: quella a cui una cifra dà la posizione)</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Risposta precedente</translation>
    </message>
    <message>
        <source>Focus the previous answer</source>
        <translation>Attiva la risposta precedente</translation>
    </message>
    <message>
        <source>Reason 1</source>
        <translation>Motivo 1</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 1</source>
        <translation>Spunta o togli la spunta al motivo 1 del pacchetto</translation>
    </message>
    <message>
        <source>Reason 2</source>
        <translation>Motivo 2</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 2</source>
        <translation>Spunta o togli la spunta al motivo 2 del pacchetto</translation>
    </message>
    <message>
        <source>Reason 3</source>
        <translation>Motivo 3</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 3</source>
        <translation>Spunta o togli la spunta al motivo 3 del pacchetto</translation>
    </message>
    <message>
        <source>Reason 4</source>
        <translation>Motivo 4</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 4</source>
        <translation>Spunta o togli la spunta al motivo 4 del pacchetto</translation>
    </message>
    <message>
        <source>Reason 5</source>
        <translation>Motivo 5</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 5</source>
        <translation>Spunta o togli la spunta al motivo 5 del pacchetto</translation>
    </message>
    <message>
        <source>Reason 6</source>
        <translation>Motivo 6</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 6</source>
        <translation>Spunta o togli la spunta al motivo 6 del pacchetto</translation>
    </message>
    <message>
        <source>Reason 7</source>
        <translation>Motivo 7</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 7</source>
        <translation>Spunta o togli la spunta al motivo 7 del pacchetto</translation>
    </message>
    <message>
        <source>Reason 8</source>
        <translation>Motivo 8</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 8</source>
        <translation>Spunta o togli la spunta al motivo 8 del pacchetto</translation>
    </message>
    <message>
        <source>Reason 9</source>
        <translation>Motivo 9</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 9</source>
        <translation>Spunta o togli la spunta al motivo 9 del pacchetto</translation>
    </message>
    <message>
        <source>Write rationale</source>
        <translation>Scrivi motivazione</translation>
    </message>
    <message>
        <source>Type why in the rationale box (saved as you type); Return or Esc goes back</source>
        <translation>Scrivi il perché nel riquadro della motivazione (salvato mentre scrivi); Invio o Esc tornano indietro</translation>
    </message>
    <message>
        <source>Word diff on/off</source>
        <translation>Attiva/disattiva differenze</translation>
    </message>
    <message>
        <source>Mark the words A and B do not share, in both</source>
        <translation>Evidenzia in entrambe le parole che A e B non hanno in comune</translation>
    </message>
    <message>
        <source>Raw text on/off</source>
        <translation>Attiva/disattiva testo grezzo</translation>
    </message>
    <message>
        <source>Show the raw text instead of rendered Markdown</source>
        <translation>Mostra il testo grezzo al posto del Markdown formattato</translation>
    </message>
    <message>
        <source>Mark the comparison done and show the next one (if something is missing, say what)</source>
        <translation>Segna il confronto come completato e mostra il successivo (se manca qualcosa, dice cosa)</translation>
    </message>
    <message>
        <source>Mark the rating done and show the next item; says what is still missing instead</source>
        <translation>Segna la valutazione come completata e mostra l&apos;elemento successivo; altrimenti dice cosa manca ancora</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>Next criterion</source>
        <translation>Criterio successivo</translation>
    </message>
    <message>
        <source>Focus the next criterion (search: next result)</source>
        <translation>Attiva il criterio successivo (ricerca: risultato successivo)</translation>
    </message>
    <message>
        <source>Previous criterion</source>
        <translation>Criterio precedente</translation>
    </message>
    <message>
        <source>Focus the previous criterion (search: previous result)</source>
        <translation>Attiva il criterio precedente (ricerca: risultato precedente)</translation>
    </message>
    <message>
        <source>Next scale point</source>
        <translation>Punto successivo della scala</translation>
    </message>
    <message>
        <source>Focus the next point of the scale; its anchor text shows below</source>
        <translation>Attiva il punto successivo della scala; la sua descrizione appare sotto</translation>
    </message>
    <message>
        <source>Previous scale point</source>
        <translation>Punto precedente della scala</translation>
    </message>
    <message>
        <source>Focus the previous point of the scale; its anchor text shows below</source>
        <translation>Attiva il punto precedente della scala; la sua descrizione appare sotto</translation>
    </message>
    <message>
        <source>Choose point</source>
        <translation>Scegli punto</translation>
    </message>
    <message>
        <source>Choose the focused scale point (or grade)</source>
        <translation>Scegli il punto della scala attivo (o il giudizio)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicabile</translation>
    </message>
    <message>
        <source>Mark the focused criterion N/A (or take the mark back)</source>
        <translation>Segna il criterio attivo come N/A (o togli il segno)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Take back the focused criterion&apos;s score or N/A (search: the focused result&apos;s grade)</source>
        <translation>Togli il punteggio o N/A del criterio attivo (ricerca: il giudizio del risultato attivo)</translation>
    </message>
    <message>
        <source>Show the prompt and response as raw text</source>
        <translation>Mostra il prompt e la risposta come testo grezzo</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Scorri giù</translation>
    </message>
    <message>
        <source>Scroll the response (search: the results)</source>
        <translation>Scorri la risposta (ricerca: i risultati)</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Scorri su</translation>
    </message>
    <message>
        <source>Scroll the response back (search: the results)</source>
        <translation>Scorri indietro la risposta (ricerca: i risultati)</translation>
    </message>
    <message>
        <source>Score 1</source>
        <translation>Punteggio 1</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 1 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Assegna al criterio attivo (ricerca: risultato) il valore 1 e passa al successivo; sulle scale con valori oltre il 9 le cifre scelgono i punti per posizione (0 il decimo)</translation>
    </message>
    <message>
        <source>Score 2</source>
        <translation>Punteggio 2</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 2 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Assegna al criterio attivo (ricerca: risultato) il valore 2 e passa al successivo; sulle scale con valori oltre il 9 le cifre scelgono i punti per posizione (0 il decimo)</translation>
    </message>
    <message>
        <source>Score 3</source>
        <translation>Punteggio 3</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 3 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Assegna al criterio attivo (ricerca: risultato) il valore 3 e passa al successivo; sulle scale con valori oltre il 9 le cifre scelgono i punti per posizione (0 il decimo)</translation>
    </message>
    <message>
        <source>Score 4</source>
        <translation>Punteggio 4</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 4 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Assegna al criterio attivo (ricerca: risultato) il valore 4 e passa al successivo; sulle scale con valori oltre il 9 le cifre scelgono i punti per posizione (0 il decimo)</translation>
    </message>
    <message>
        <source>Score 5</source>
        <translation>Punteggio 5</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 5 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Assegna al criterio attivo (ricerca: risultato) il valore 5 e passa al successivo; sulle scale con valori oltre il 9 le cifre scelgono i punti per posizione (0 il decimo)</translation>
    </message>
    <message>
        <source>Score 6</source>
        <translation>Punteggio 6</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 6 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Assegna al criterio attivo (ricerca: risultato) il valore 6 e passa al successivo; sulle scale con valori oltre il 9 le cifre scelgono i punti per posizione (0 il decimo)</translation>
    </message>
    <message>
        <source>Score 7</source>
        <translation>Punteggio 7</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 7 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Assegna al criterio attivo (ricerca: risultato) il valore 7 e passa al successivo; sulle scale con valori oltre il 9 le cifre scelgono i punti per posizione (0 il decimo)</translation>
    </message>
    <message>
        <source>Score 8</source>
        <translation>Punteggio 8</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 8 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Assegna al criterio attivo (ricerca: risultato) il valore 8 e passa al successivo; sulle scale con valori oltre il 9 le cifre scelgono i punti per posizione (0 il decimo)</translation>
    </message>
    <message>
        <source>Score 9</source>
        <translation>Punteggio 9</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 9 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Assegna al criterio attivo (ricerca: risultato) il valore 9 e passa al successivo; sulle scale con valori oltre il 9 le cifre scelgono i punti per posizione (0 il decimo)</translation>
    </message>
    <message>
        <source>Score 0</source>
        <translation>Punteggio 0</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 0 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Assegna al criterio attivo (ricerca: risultato) il valore 0 e passa al successivo; sulle scale con valori oltre il 9 le cifre scelgono i punti per posizione (0 il decimo)</translation>
    </message>
    <message>
        <source>Confidence 1</source>
        <translation>Certezza 1</translation>
    </message>
    <message>
        <source>How sure you are: 1 (1 is a guess); only when the package asks</source>
        <translation>Quanto sei sicuro: 1 (1 è un&apos;ipotesi); solo se il pacchetto lo chiede</translation>
    </message>
    <message>
        <source>Confidence 2</source>
        <translation>Certezza 2</translation>
    </message>
    <message>
        <source>How sure you are: 2 (1 is a guess); only when the package asks</source>
        <translation>Quanto sei sicuro: 2 (1 è un&apos;ipotesi); solo se il pacchetto lo chiede</translation>
    </message>
    <message>
        <source>Confidence 3</source>
        <translation>Certezza 3</translation>
    </message>
    <message>
        <source>How sure you are: 3 (1 is a guess); only when the package asks</source>
        <translation>Quanto sei sicuro: 3 (1 è un&apos;ipotesi); solo se il pacchetto lo chiede</translation>
    </message>
    <message>
        <source>Confidence 4</source>
        <translation>Certezza 4</translation>
    </message>
    <message>
        <source>How sure you are: 4 (1 is a guess); only when the package asks</source>
        <translation>Quanto sei sicuro: 4 (1 è un&apos;ipotesi); solo se il pacchetto lo chiede</translation>
    </message>
    <message>
        <source>Confidence 5</source>
        <translation>Certezza 5</translation>
    </message>
    <message>
        <source>How sure you are: 5 (1 is a guess); only when the package asks</source>
        <translation>Quanto sei sicuro: 5 (1 è un&apos;ipotesi); solo se il pacchetto lo chiede</translation>
    </message>
    <message>
        <source>Policy flag 1</source>
        <translation>Indicatore di policy 1</translation>
    </message>
    <message>
        <source>Toggle policy flag 1 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Alterna l&apos;indicatore di policy 1 tra sì e no (prima pressione: sì). Usa il tasto del pacchetto, altrimenti una lettera libera del suo nome; questo tasto è l&apos;ultima risorsa e uno impostato qui li sostituisce</translation>
    </message>
    <message>
        <source>Policy flag 2</source>
        <translation>Indicatore di policy 2</translation>
    </message>
    <message>
        <source>Toggle policy flag 2 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Alterna l&apos;indicatore di policy 2 tra sì e no (prima pressione: sì). Usa il tasto del pacchetto, altrimenti una lettera libera del suo nome; questo tasto è l&apos;ultima risorsa e uno impostato qui li sostituisce</translation>
    </message>
    <message>
        <source>Policy flag 3</source>
        <translation>Indicatore di policy 3</translation>
    </message>
    <message>
        <source>Toggle policy flag 3 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Alterna l&apos;indicatore di policy 3 tra sì e no (prima pressione: sì). Usa il tasto del pacchetto, altrimenti una lettera libera del suo nome; questo tasto è l&apos;ultima risorsa e uno impostato qui li sostituisce</translation>
    </message>
    <message>
        <source>Policy flag 4</source>
        <translation>Indicatore di policy 4</translation>
    </message>
    <message>
        <source>Toggle policy flag 4 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Alterna l&apos;indicatore di policy 4 tra sì e no (prima pressione: sì). Usa il tasto del pacchetto, altrimenti una lettera libera del suo nome; questo tasto è l&apos;ultima risorsa e uno impostato qui li sostituisce</translation>
    </message>
    <message>
        <source>Policy flag 5</source>
        <translation>Indicatore di policy 5</translation>
    </message>
    <message>
        <source>Toggle policy flag 5 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Alterna l&apos;indicatore di policy 5 tra sì e no (prima pressione: sì). Usa il tasto del pacchetto, altrimenti una lettera libera del suo nome; questo tasto è l&apos;ultima risorsa e uno impostato qui li sostituisce</translation>
    </message>
    <message>
        <source>Policy flag 6</source>
        <translation>Indicatore di policy 6</translation>
    </message>
    <message>
        <source>Toggle policy flag 6 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Alterna l&apos;indicatore di policy 6 tra sì e no (prima pressione: sì). Usa il tasto del pacchetto, altrimenti una lettera libera del suo nome; questo tasto è l&apos;ultima risorsa e uno impostato qui li sostituisce</translation>
    </message>
    <message>
        <source>Policy flag 7</source>
        <translation>Indicatore di policy 7</translation>
    </message>
    <message>
        <source>Toggle policy flag 7 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Alterna l&apos;indicatore di policy 7 tra sì e no (prima pressione: sì). Usa il tasto del pacchetto, altrimenti una lettera libera del suo nome; questo tasto è l&apos;ultima risorsa e uno impostato qui li sostituisce</translation>
    </message>
    <message>
        <source>Policy flag 8</source>
        <translation>Indicatore di policy 8</translation>
    </message>
    <message>
        <source>Toggle policy flag 8 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Alterna l&apos;indicatore di policy 8 tra sì e no (prima pressione: sì). Usa il tasto del pacchetto, altrimenti una lettera libera del suo nome; questo tasto è l&apos;ultima risorsa e uno impostato qui li sostituisce</translation>
    </message>
    <message>
        <source>Policy flag 9</source>
        <translation>Indicatore di policy 9</translation>
    </message>
    <message>
        <source>Toggle policy flag 9 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Alterna l&apos;indicatore di policy 9 tra sì e no (prima pressione: sì). Usa il tasto del pacchetto, altrimenti una lettera libera del suo nome; questo tasto è l&apos;ultima risorsa e uno impostato qui li sostituisce</translation>
    </message>
    <message>
        <source>Policy flag 10</source>
        <translation>Indicatore di policy 10</translation>
    </message>
    <message>
        <source>Toggle policy flag 10 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Alterna l&apos;indicatore di policy 10 tra sì e no (prima pressione: sì). Usa il tasto del pacchetto, altrimenti una lettera libera del suo nome; questo tasto è l&apos;ultima risorsa e uno impostato qui li sostituisce</translation>
    </message>
    <message>
        <source>Policy flag 11</source>
        <translation>Indicatore di policy 11</translation>
    </message>
    <message>
        <source>Toggle policy flag 11 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Alterna l&apos;indicatore di policy 11 tra sì e no (prima pressione: sì). Usa il tasto del pacchetto, altrimenti una lettera libera del suo nome; questo tasto è l&apos;ultima risorsa e uno impostato qui li sostituisce</translation>
    </message>
    <message>
        <source>Policy flag 12</source>
        <translation>Indicatore di policy 12</translation>
    </message>
    <message>
        <source>Toggle policy flag 12 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Alterna l&apos;indicatore di policy 12 tra sì e no (prima pressione: sì). Usa il tasto del pacchetto, altrimenti una lettera libera del suo nome; questo tasto è l&apos;ultima risorsa e uno impostato qui li sostituisce</translation>
    </message>
    <message>
        <source>Next sentence</source>
        <translation>Frase successiva</translation>
    </message>
    <message>
        <source>Check the next sentence (its row is lit)</source>
        <translation>Verifica la frase successiva (la sua riga è evidenziata)</translation>
    </message>
    <message>
        <source>&amp;Check translation</source>
        <translation>&amp;Verifica traduzione</translation>
    </message>
    <message>
        <source>Previous sentence</source>
        <translation>Frase precedente</translation>
    </message>
    <message>
        <source>Check the sentence before</source>
        <translation>Verifica la frase precedente</translation>
    </message>
    <message>
        <source>Source ↔ target</source>
        <translation>Origine ↔ traduzione</translation>
    </message>
    <message>
        <source>Switch between the target and the source of the row</source>
        <translation>Passa dalla traduzione all&apos;origine della riga e viceversa</translation>
    </message>
    <message>
        <source>Caret a word right</source>
        <translation>Cursore una parola a destra</translation>
    </message>
    <message>
        <source>Move the caret to the next word on the right</source>
        <translation>Sposta il cursore alla parola successiva a destra</translation>
    </message>
    <message>
        <source>Caret a word left</source>
        <translation>Cursore una parola a sinistra</translation>
    </message>
    <message>
        <source>Move the caret to the next word on the left</source>
        <translation>Sposta il cursore alla parola successiva a sinistra</translation>
    </message>
    <message>
        <source>Select a word more (right)</source>
        <translation>Seleziona una parola in più (destra)</translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation>Estendi la selezione di una parola</translation>
    </message>
    <message>
        <source>Select a word more (left)</source>
        <translation>Seleziona una parola in più (sinistra)</translation>
    </message>
    <message>
        <source>Select a character more (right)</source>
        <translation>Seleziona un carattere in più (destra)</translation>
    </message>
    <message>
        <source>Extend (or shrink) the selection by one character, for a fine fit</source>
        <translation>Estendi (o riduci) la selezione di un carattere, per un adattamento preciso</translation>
    </message>
    <message>
        <source>Select a character more (left)</source>
        <translation>Seleziona un carattere in più (sinistra)</translation>
    </message>
    <message>
        <source>Caret to sentence start</source>
        <translation>Cursore all&apos;inizio della frase</translation>
    </message>
    <message>
        <source>Move the caret to the start of the sentence</source>
        <translation>Sposta il cursore all&apos;inizio della frase</translation>
    </message>
    <message>
        <source>Caret to sentence end</source>
        <translation>Cursore alla fine della frase</translation>
    </message>
    <message>
        <source>Move the caret to the end of the sentence</source>
        <translation>Sposta il cursore alla fine della frase</translation>
    </message>
    <message>
        <source>Major error</source>
        <translation>Errore grave</translation>
    </message>
    <message>
        <source>Mark the selection (or the word at the caret) as a major error, then choose its category</source>
        <translation>Segna la selezione (o la parola al cursore) come errore grave, poi scegline la categoria</translation>
    </message>
    <message>
        <source>Minor error</source>
        <translation>Errore lieve</translation>
    </message>
    <message>
        <source>Mark the selection (or the word at the caret) as a minor error</source>
        <translation>Segna la selezione (o la parola al cursore) come errore lieve</translation>
    </message>
    <message>
        <source>Neutral error</source>
        <translation>Errore neutro</translation>
    </message>
    <message>
        <source>Mark the selection (or the word at the caret) as a neutral error (no cost)</source>
        <translation>Segna la selezione (o la parola al cursore) come errore neutro (senza penalità)</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>Scegli categoria</translation>
    </message>
    <message>
        <source>Choose the MQM category of the error at the caret (type-ahead)</source>
        <translation>Scegli la categoria MQM dell&apos;errore al cursore (digita per cercare)</translation>
    </message>
    <message>
        <source>Remove error</source>
        <translation>Rimuovi errore</translation>
    </message>
    <message>
        <source>Remove the errors at the caret or in the selection</source>
        <translation>Rimuovi gli errori al cursore o nella selezione</translation>
    </message>
    <message>
        <source>Not a translation</source>
        <translation>Non è una traduzione</translation>
    </message>
    <message>
        <source>Mark (or unmark) the row&apos;s target sentence as no translation at all</source>
        <translation>Segna la frase di destinazione della riga come non tradotta affatto (o togli il segno)</translation>
    </message>
    <message>
        <source>ESA −5</source>
        <translation>ESA −5</translation>
    </message>
    <message>
        <source>Lower the ESA score by 5 (a first step starts from 50)</source>
        <translation>Abbassa il punteggio ESA di 5 (il primo passo parte da 50)</translation>
    </message>
    <message>
        <source>ESA +5</source>
        <translation>ESA +5</translation>
    </message>
    <message>
        <source>Raise the ESA score by 5 (a first step starts from 50)</source>
        <translation>Alza il punteggio ESA di 5 (il primo passo parte da 50)</translation>
    </message>
    <message>
        <source>ESA −1</source>
        <translation>ESA −1</translation>
    </message>
    <message>
        <source>Lower the ESA score by 1</source>
        <translation>Abbassa il punteggio ESA di 1</translation>
    </message>
    <message>
        <source>ESA +1</source>
        <translation>ESA +1</translation>
    </message>
    <message>
        <source>Raise the ESA score by 1</source>
        <translation>Alza il punteggio ESA di 1</translation>
    </message>
    <message>
        <source>ESA 0</source>
        <translation>ESA 0</translation>
    </message>
    <message>
        <source>Set the ESA score to 0</source>
        <translation>Imposta il punteggio ESA a 0</translation>
    </message>
    <message>
        <source>ESA 10</source>
        <translation>ESA 10</translation>
    </message>
    <message>
        <source>Set the ESA score to 10</source>
        <translation>Imposta il punteggio ESA a 10</translation>
    </message>
    <message>
        <source>ESA 20</source>
        <translation>ESA 20</translation>
    </message>
    <message>
        <source>Set the ESA score to 20</source>
        <translation>Imposta il punteggio ESA a 20</translation>
    </message>
    <message>
        <source>ESA 30</source>
        <translation>ESA 30</translation>
    </message>
    <message>
        <source>Set the ESA score to 30</source>
        <translation>Imposta il punteggio ESA a 30</translation>
    </message>
    <message>
        <source>ESA 40</source>
        <translation>ESA 40</translation>
    </message>
    <message>
        <source>Set the ESA score to 40</source>
        <translation>Imposta il punteggio ESA a 40</translation>
    </message>
    <message>
        <source>ESA 50</source>
        <translation>ESA 50</translation>
    </message>
    <message>
        <source>Set the ESA score to 50</source>
        <translation>Imposta il punteggio ESA a 50</translation>
    </message>
    <message>
        <source>ESA 60</source>
        <translation>ESA 60</translation>
    </message>
    <message>
        <source>Set the ESA score to 60</source>
        <translation>Imposta il punteggio ESA a 60</translation>
    </message>
    <message>
        <source>ESA 70</source>
        <translation>ESA 70</translation>
    </message>
    <message>
        <source>Set the ESA score to 70</source>
        <translation>Imposta il punteggio ESA a 70</translation>
    </message>
    <message>
        <source>ESA 80</source>
        <translation>ESA 80</translation>
    </message>
    <message>
        <source>Set the ESA score to 80</source>
        <translation>Imposta il punteggio ESA a 80</translation>
    </message>
    <message>
        <source>ESA 90</source>
        <translation>ESA 90</translation>
    </message>
    <message>
        <source>Set the ESA score to 90</source>
        <translation>Imposta il punteggio ESA a 90</translation>
    </message>
    <message>
        <source>Check all is given, mark the item done, go to the next</source>
        <translation>Verifica che tutto sia indicato, segna l&apos;elemento come completato, passa al successivo</translation>
    </message>
    <message>
        <source>Check the rewrite is complete (an unchanged response asks to be confirmed), mark it done, go to the next</source>
        <translation>Verifica che la riscrittura sia completa (una risposta invariata va confermata), segnala come completata, passa alla successiva</translation>
    </message>
    <message>
        <source>&amp;Rewrite</source>
        <translation>&amp;Riscrivi</translation>
    </message>
    <message>
        <source>Reset to the original</source>
        <translation>Ripristina l&apos;originale</translation>
    </message>
    <message>
        <source>Put the response back as it was (one step: Ctrl+Z undoes it)</source>
        <translation>Riporta la risposta com&apos;era (un solo passo: Ctrl+Z lo annulla)</translation>
    </message>
    <message>
        <source>Next edit</source>
        <translation>Modifica successiva</translation>
    </message>
    <message>
        <source>Put the caret at the end of the next edit (its row is lit)</source>
        <translation>Porta il cursore alla fine della modifica successiva (la sua riga è evidenziata)</translation>
    </message>
    <message>
        <source>Previous edit</source>
        <translation>Modifica precedente</translation>
    </message>
    <message>
        <source>Put the caret at the end of the edit before</source>
        <translation>Porta il cursore alla fine della modifica precedente</translation>
    </message>
    <message>
        <source>Category 1</source>
        <translation>Categoria 1</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 1</source>
        <translation>Assegna alla modifica al cursore la categoria 1 del pacchetto</translation>
    </message>
    <message>
        <source>Category 2</source>
        <translation>Categoria 2</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 2</source>
        <translation>Assegna alla modifica al cursore la categoria 2 del pacchetto</translation>
    </message>
    <message>
        <source>Category 3</source>
        <translation>Categoria 3</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 3</source>
        <translation>Assegna alla modifica al cursore la categoria 3 del pacchetto</translation>
    </message>
    <message>
        <source>Category 4</source>
        <translation>Categoria 4</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 4</source>
        <translation>Assegna alla modifica al cursore la categoria 4 del pacchetto</translation>
    </message>
    <message>
        <source>Category 5</source>
        <translation>Categoria 5</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 5</source>
        <translation>Assegna alla modifica al cursore la categoria 5 del pacchetto</translation>
    </message>
    <message>
        <source>Category 6</source>
        <translation>Categoria 6</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 6</source>
        <translation>Assegna alla modifica al cursore la categoria 6 del pacchetto</translation>
    </message>
    <message>
        <source>Category 7</source>
        <translation>Categoria 7</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 7</source>
        <translation>Assegna alla modifica al cursore la categoria 7 del pacchetto</translation>
    </message>
    <message>
        <source>Category 8</source>
        <translation>Categoria 8</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 8</source>
        <translation>Assegna alla modifica al cursore la categoria 8 del pacchetto</translation>
    </message>
    <message>
        <source>Category 9</source>
        <translation>Categoria 9</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 9</source>
        <translation>Assegna alla modifica al cursore la categoria 9 del pacchetto</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Nessuna categoria</translation>
    </message>
    <message>
        <source>Take the category off the edit at the caret</source>
        <translation>Togli la categoria dalla modifica al cursore</translation>
    </message>
    <message>
        <source>Choose category…</source>
        <translation>Scegli categoria…</translation>
    </message>
    <message>
        <source>Choose the category of the edit at the caret from the whole list (type to jump, Return takes it)</source>
        <translation>Scegli la categoria della modifica al cursore dall&apos;elenco completo (digita per saltare, Invio la conferma)</translation>
    </message>
    <message>
        <source>Prompt as raw text</source>
        <translation>Prompt come testo grezzo</translation>
    </message>
    <message>
        <source>Show the prompt as raw text or rendered Markdown</source>
        <translation>Mostra il prompt come testo grezzo o Markdown formattato</translation>
    </message>
    <message>
        <source>&amp;Postpone break</source>
        <translation>&amp;Rimanda la pausa</translation>
    </message>
    <message>
        <source>Postpone the break on screen (once; on the break screen P also works)</source>
        <translation>Rimanda la pausa in corso (una volta; nella schermata della pausa funziona anche P)</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>S&amp;kip break</source>
        <translation>&amp;Salta la pausa</translation>
    </message>
    <message>
        <source>Skip the break on screen (on the break screen Esc also works)</source>
        <translation>Salta la pausa in corso (nella schermata della pausa funziona anche Esc)</translation>
    </message>
    <message>
        <source>&amp;Take a break now</source>
        <translation>Fai una &amp;pausa ora</translation>
    </message>
    <message>
        <source>Start the next break now</source>
        <translation>Inizia subito la prossima pausa</translation>
    </message>
    <message>
        <source>Your &amp;day (dashboard)</source>
        <translation>La tua &amp;giornata (riepilogo)</translation>
    </message>
    <message>
        <source>Active time, items, breaks and estimated pay; private to you</source>
        <translation>Tempo attivo, elementi, pause e compenso stimato; visibili solo a te</translation>
    </message>
    <message>
        <source>Break &amp;settings…</source>
        <translation>Imposta&amp;zioni delle pause…</translation>
    </message>
    <message>
        <source>Break intervals and lengths, daily limit, idle threshold</source>
        <translation>Intervalli e durata delle pause, limite giornaliero, soglia di inattività</translation>
    </message>
    <message>
        <source>&amp;Next result</source>
        <translation>Risultato successi&amp;vo</translation>
    </message>
    <message>
        <source>Show the next result in the list</source>
        <translation>Mostra il risultato successivo dell&apos;elenco</translation>
    </message>
    <message>
        <source>&amp;Previous result</source>
        <translation>Risultato prece&amp;dente</translation>
    </message>
    <message>
        <source>Show the previous result in the list</source>
        <translation>Mostra il risultato precedente dell&apos;elenco</translation>
    </message>
    <message>
        <source>Choose &amp;list…</source>
        <translation>Scegli &amp;elenco…</translation>
    </message>
    <message>
        <source>Open the list filter: all, undecided, rejected, disagreements, gold failures (with a key), …</source>
        <translation>Apri il filtro dell&apos;elenco: tutti, da decidere, rifiutati, disaccordi, gold non superati (con una chiave), …</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accetta</translation>
    </message>
    <message>
        <source>Accept this result, then go to the next undecided one</source>
        <translation>Accetta questo risultato, poi passa al prossimo da decidere</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Decidi</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rifiuta…</translation>
    </message>
    <message>
        <source>Reject with a reason the annotator reads (1–5 chips, text)</source>
        <translation>Rifiuta con un motivo che l&apos;annotatore legge (1–5 etichette, testo)</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Correggi…</translation>
    </message>
    <message>
        <source>Fix: a text by digits 1–9 for the label; an image or audio item by 1–9 for whose result wins; then Enter</source>
        <translation>Correggi: un testo con le cifre 1–9 per l&apos;etichetta; un&apos;immagine o un audio con 1–9 per il risultato che vince; poi Invio</translation>
    </message>
    <message>
        <source>&amp;Edit the fix in the editor…</source>
        <translation>&amp;Modifica la correzione nell&apos;editor…</translation>
    </message>
    <message>
        <source>Fix in the usual editor of the item&apos;s kind, starting from this result; Ctrl+Return uses it as the fix, Esc cancels</source>
        <translation>Correggi nel solito editor del tipo di elemento, partendo da questo risultato; Ctrl+Invio la usa come correzione, Esc annulla</translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation>Annulla l&apos;ultima decisione</translation>
    </message>
    <message>
        <source>Redo the decision undone last</source>
        <translation>Ripeti l&apos;ultima decisione annullata</translation>
    </message>
    <message>
        <source>&amp;Write review bundles</source>
        <translation>Scrivi i bundle di &amp;revisione</translation>
    </message>
    <message>
        <source>Write one review bundle per annotator</source>
        <translation>Scrivi un bundle di revisione per annotatore</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Close the review; every decision is already saved</source>
        <translation>Chiudi la revisione; ogni decisione è già salvata</translation>
    </message>
    <message>
        <source>Quality &amp;figures…</source>
        <translation>&amp;Indicatori di qualità…</translation>
    </message>
    <message>
        <source>Per annotator, agreement and the items to review, as `annotator report` gives them; save the HTML report</source>
        <translation>Per annotatore, accordo ed elementi da rivedere, come li dà `annotator report`; salva il rapporto HTML</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapporto</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tasti</translation>
    </message>
    <message>
        <source>Show every key of the review</source>
        <translation>Mostra tutti i tasti della revisione</translation>
    </message>
    <message>
        <source>Box editor (images)</source>
        <translation>Editor dei riquadri (immagini)</translation>
    </message>
    <message>
        <source>Transcription editor (audio)</source>
        <translation>Editor di trascrizione (audio)</translation>
    </message>
    <message>
        <source>Sentiment editor (texts)</source>
        <translation>Editor del sentiment (testi)</translation>
    </message>
    <message>
        <source>Comparison editor (two or more answers)</source>
        <translation>Editor di confronto (due o più risposte)</translation>
    </message>
    <message>
        <source>Rating editor (rubric and search relevance)</source>
        <translation>Editor di valutazione (rubrica e pertinenza della ricerca)</translation>
    </message>
    <message>
        <source>Translation check editor (MQM)</source>
        <translation>Editor di verifica della traduzione (MQM)</translation>
    </message>
    <message>
        <source>Rewrite editor</source>
        <translation>Editor di riscrittura</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>Tutta la finestra</translation>
    </message>
</context>
</TS>
