<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AudioControls</name>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="64"/>
        <source>Retry</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="85"/>
        <source>Playback position</source>
        <translation>Posizione di riproduzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="93"/>
        <source>Speed, pitch kept (F3 slower, F4 faster)</source>
        <translation>Velocità, tono invariato (F3 più lenta, F4 più veloce)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="94"/>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="129"/>
        <source>Speed</source>
        <translation>Velocità</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="102"/>
        <source>Volume (F5 down, F6 up)</source>
        <translation>Volume (F5 abbassa, F6 alza)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="103"/>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="130"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="107"/>
        <source>Loop</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="109"/>
        <source>Loop the selected segment (Ctrl+L)</source>
        <translation>Ripeti il segmento selezionato (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="110"/>
        <source>Loop the selected segment</source>
        <translation>Ripeti il segmento selezionato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="118"/>
        <source>On resume, play again from this much earlier</source>
        <translation>Alla ripresa, riparti da questo tempo prima</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="119"/>
        <source>Rewind on resume</source>
        <translation>Riavvolgi alla ripresa</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="124"/>
        <source>Rewind</source>
        <translation>Riavvolgi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="125"/>
        <source>Rewind on resume: playing again after a pause starts this much earlier</source>
        <translation>Riavvolgi alla ripresa: dopo una pausa la riproduzione riparte da questo tempo prima</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="152"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="152"/>
        <source>Play</source>
        <translation>Riproduci</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="154"/>
        <source>Pause (Esc, Ctrl+Space, F9)</source>
        <translation>Pausa (Esc, Ctrl+Spazio, F9)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="154"/>
        <source>Play (Esc, Ctrl+Space, F9)</source>
        <translation>Riproduci (Esc, Ctrl+Spazio, F9)</translation>
    </message>
</context>
<context>
    <name>BoxCanvas</name>
    <message>
        <location filename="../../annotator/ui/editors/box_canvas.py" line="27"/>
        <source>Image and its boxes</source>
        <translation>L&apos;immagine e i suoi riquadri</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/box_canvas.py" line="28"/>
        <source>Draw, select and move boxes by keys; F1 lists them</source>
        <translation>Disegna, seleziona e sposta i riquadri con i tasti; F1 li elenca</translation>
    </message>
</context>
<context>
    <name>BoxEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="92"/>
        <source>Class for new boxes</source>
        <translation>Classe per i nuovi riquadri</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="96"/>
        <source>Class… (Ctrl+L)</source>
        <translation>Classe… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="152"/>
        <source>(no key)</source>
        <translation>(nessun tasto)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="199"/>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="228"/>
        <source>⚠ This image cannot be shown:
{error}

Flag it (Ctrl+G) or skip it (Ctrl+K).</source>
        <translation>⚠ Impossibile mostrare questa immagine:
{error}

Segnalala (Ctrl+G) o saltala (Ctrl+K).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="287"/>
        <source>DRAW: drag to draw a box ({key} to stop)</source>
        <translation>DISEGNO: trascina per disegnare un riquadro ({key} per terminare)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="289"/>
        <source>{draw} draw · click select · {next} next box</source>
        <translation>{draw} disegna · clic seleziona · {next} riquadro successivo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="295"/>
        <source>Class for new boxes: {label}</source>
        <translation>Classe dei nuovi riquadri: {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="297"/>
        <source>{keys} set class</source>
        <translation>{keys} imposta classe</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="298"/>
        <source>{key} delete</source>
        <translation>{key} elimina</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="301"/>
        <source>✓ verified</source>
        <translation>✓ verificato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="404"/>
        <source>Move box</source>
        <translation>Sposta riquadro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="404"/>
        <source>Resize box</source>
        <translation>Ridimensiona riquadro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="417"/>
        <source>Draw box</source>
        <translation>Disegna riquadro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="423"/>
        <source>Delete box</source>
        <translation>Elimina riquadro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="430"/>
        <source>Nudge box</source>
        <translation>Sposta leggermente il riquadro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="439"/>
        <source>Duplicate box</source>
        <translation>Duplica riquadro</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="453"/>
        <source>No boxes copied: {source} has none</source>
        <translation>Nessun riquadro copiato: {source} non ne ha</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="455"/>
        <source>No boxes copied: this image is not on screen yet</source>
        <translation>Nessun riquadro copiato: questa immagine non è ancora visualizzata</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="459"/>
        <source>Copy boxes from {source}</source>
        <translation>Copia riquadri da {source}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="464"/>
        <source>Mark verified</source>
        <translation>Segna come verificato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="472"/>
        <source>Toggle {attribute}</source>
        <translation>Attiva/disattiva {attribute}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="515"/>
        <source>Set class {label}</source>
        <translation>Imposta classe {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="525"/>
        <source>{count} box copied from {source}</source>
        <translation>{count} riquadro copiato da {source}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="527"/>
        <source>{count} boxes copied from {source}</source>
        <translation>{count} riquadri copiati da {source}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="533"/>
        <source>No boxes copied from {source}: it falls outside this image</source>
        <translation>Nessun riquadro copiato da {source}: è fuori da questa immagine</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="536"/>
        <source>No boxes copied from {source}: they fall outside this image</source>
        <translation>Nessun riquadro copiato da {source}: sono fuori da questa immagine</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="540"/>
        <source>{copied}, {count} left out: it falls outside this image</source>
        <translation>{copied}, {count} escluso: è fuori da questa immagine</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="542"/>
        <source>{copied}, {count} left out: they fall outside this image</source>
        <translation>{copied}, {count} esclusi: sono fuori da questa immagine</translation>
    </message>
</context>
<context>
    <name>BoxesLayer</name>
    <message>
        <location filename="../../annotator/ui/editors/boxes_layer.py" line="29"/>
        <source>occl</source>
        <translation>occl.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/boxes_layer.py" line="30"/>
        <source>trunc</source>
        <translation>tronc.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/boxes_layer.py" line="31"/>
        <source>diff</source>
        <translation>diff.</translation>
    </message>
</context>
<context>
    <name>LabelBar</name>
    <message>
        <location filename="../../annotator/ui/editors/label_bar.py" line="19"/>
        <source>A  ✓ accept</source>
        <translation>A  ✓ accetta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/label_bar.py" line="20"/>
        <source>X  ✗ reject</source>
        <translation>X  ✗ rifiuta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/label_bar.py" line="21"/>
        <source>Space  ignore</source>
        <translation>Spazio  ignora</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <location filename="../../annotator/ui/editors/segment_list.py" line="93"/>
        <source>Segments</source>
        <translation>Segmenti</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <location filename="../../annotator/ui/editors/segment_list.py" line="24"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_list.py" line="25"/>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_list.py" line="26"/>
        <source>Speaker</source>
        <translation>Parlante</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_list.py" line="27"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
</context>
<context>
    <name>SegmentPanel</name>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="15"/>
        <source>— no speaker —</source>
        <translation>— nessun parlante —</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="16"/>
        <source>No segment selected. Drag on the waveform, or press Ctrl+Shift+N to start one at the playhead; Alt+Up/Alt+Down move between segments.</source>
        <translation>Nessun segmento selezionato. Trascina sulla forma d&apos;onda o premi Ctrl+Shift+N per iniziarne uno alla testina; Alt+Su/Alt+Giù passano da un segmento all&apos;altro.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="80"/>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="95"/>
        <source>Speaker</source>
        <translation>Parlante</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="87"/>
        <source>Transcript of the segment</source>
        <translation>Trascrizione del segmento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="118"/>
        <source>No segment selected</source>
        <translation>Nessun segmento selezionato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="129"/>
        <source>Segment {number} · {start}–{end} · {seconds} s</source>
        <translation>Segmento {number} · {start}–{end} · {seconds} s</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="132"/>
        <source>Type what is said…</source>
        <translation>Scrivi ciò che viene detto…</translation>
    </message>
</context>
<context>
    <name>SentimentEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="94"/>
        <source>U  unsure</source>
        <translation>U  incerto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="109"/>
        <source>Comment for the team lead</source>
        <translation>Commento per il team lead</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="111"/>
        <source>Comment for the team lead (C) — Return or Esc goes back to the text</source>
        <translation>Commento per il responsabile (C) — Invio o Esc tornano al testo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="183"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="249"/>
        <source>⚠ This text cannot be shown:
{error}

Flag it (Ctrl+G) or skip it (Ctrl+K).</source>
        <translation>⚠ Impossibile mostrare questo testo:
{error}

Segnalalo (Ctrl+G) o saltalo (Ctrl+K).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="299"/>
        <source>Is this text “{label}”?  A accept · X reject · Space ignore</source>
        <translation>Questo testo è “{label}”?  A accetta · X rifiuta · Spazio ignora</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="303"/>
        <source>Suggestion: {suggestion} — accepted</source>
        <translation>Suggerimento: {suggestion} — accettato</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="305"/>
        <source>Suggestion: {suggestion} — A accepts it and moves on</source>
        <translation>Suggerimento: {suggestion} — A lo accetta e passa al successivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/editors/sentiment.py" line="310"/>
        <source>%n span(s): {spans}</source>
        <translation>
            <numerusform>%n porzione: {spans}</numerusform>
            <numerusform>%n porzioni: {spans}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="315"/>
        <source>A/X/Space answer</source>
        <translation>A/X/Spazio rispondi</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="317"/>
        <source>{keys} toggle labels</source>
        <translation>{keys} attiva/disattiva etichette</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="319"/>
        <source>{keys} choose</source>
        <translation>{keys} scegli</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="321"/>
        <source>{lead} · U unsure · C comment · Return submit · Backspace back · select text then {keys}: span · Del remove span · Ctrl +/− text size</source>
        <translation>{lead} · U incerto · C commento · Invio invia · Backspace indietro · seleziona il testo, poi {keys}: porzione · Canc rimuovi porzione · Ctrl +/− dimensione testo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="324"/>
        <source>a label key</source>
        <translation>un tasto etichetta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="338"/>
        <source>{count} span</source>
        <translation>{count} porzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="338"/>
        <source>{count} spans</source>
        <translation>{count} porzioni</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="343"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="368"/>
        <source>No span: {reason}.</source>
        <translation>Nessuna porzione: {reason}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="370"/>
        <source>Span {label}</source>
        <translation>Porzione {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="373"/>
        <source>Select some text first: in a yes/no task label keys mark spans.</source>
        <translation>Seleziona prima del testo: in un compito sì/no i tasti delle etichette segnano porzioni.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="376"/>
        <source>Label {label}</source>
        <translation>Etichetta {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="392"/>
        <source>This text has no suggestion to accept.</source>
        <translation>Questo testo non ha suggerimenti da accettare.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="395"/>
        <source>Accept suggestion</source>
        <translation>Accetta suggerimento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="399"/>
        <source>Unsure</source>
        <translation>Incerto</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="405"/>
        <source>Remove span</source>
        <translation>Rimuovi porzione</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="414"/>
        <source>Nothing chosen yet: answer with A, X or Space. Ctrl+K skips the text, Ctrl+Return marks it done.</source>
        <translation>Nessuna scelta: rispondi con A, X o Spazio. Ctrl+K salta il testo, Ctrl+Invio lo segna come completato.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="418"/>
        <source>Nothing chosen yet: choose a label (or U for unsure). Ctrl+K skips the text, Ctrl+Return marks it done.</source>
        <translation>Nessuna scelta: scegli un&apos;etichetta (o U per incerto). Ctrl+K salta il testo, Ctrl+Invio lo segna come completato.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="428"/>
        <source>Answer accept</source>
        <translation>Risposta: accetta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="430"/>
        <source>Answer reject</source>
        <translation>Risposta: rifiuta</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="431"/>
        <source>Answer ignore</source>
        <translation>Risposta: ignora</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../annotator/ui/editors/text_view.py" line="45"/>
        <source>Text to label</source>
        <translation>Testo da etichettare</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/text_view.py" line="148"/>
        <source>suggested {label}: {text}</source>
        <translation>suggerito {label}: {text}</translation>
    </message>
</context>
<context>
    <name>TranscriptionEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="123"/>
        <source>Insert timestamp</source>
        <translation>Inserisci marca temporale</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="249"/>
        <source>⚠ This audio cannot be played: {error}

You can still read the segments and their text. Flag the item (Ctrl+G) or skip it (Ctrl+K).</source>
        <translation>⚠ Impossibile riprodurre questo audio: {error}

Puoi comunque leggere i segmenti e il loro testo. Segnala l&apos;elemento (Ctrl+G) o saltalo (Ctrl+K).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="294"/>
        <source>Esc play/pause · F7/F8 ±{skip} s · F3/F4 speed · drag on the waveform to add a segment · Ctrl+Shift+S split · Tags: {tags} · Speakers: {speakers}</source>
        <translation>Esc riproduci/pausa · F7/F8 ±{skip} s · F3/F4 velocità · trascina sulla forma d&apos;onda per aggiungere un segmento · Ctrl+Shift+S dividi · Tag: {tags} · Parlanti: {speakers}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="299"/>
        <source>Esc play/pause · F7/F8 ±{skip} s · F3/F4 speed · drag on the waveform to add a segment · Ctrl+Shift+S split · Tags: {tags}</source>
        <translation>Esc riproduci/pausa · F7/F8 ±{skip} s · F3/F4 velocità · trascina sulla forma d&apos;onda per aggiungere un segmento · Ctrl+Shift+S dividi · Tag: {tags}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="344"/>
        <location filename="../../annotator/ui/editors/transcription.py" line="358"/>
        <source>Add segment</source>
        <translation>Aggiungi segmento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="364"/>
        <source>Move segment start</source>
        <translation>Sposta l&apos;inizio del segmento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="364"/>
        <source>Move segment end</source>
        <translation>Sposta la fine del segmento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="378"/>
        <source>Split segment</source>
        <translation>Dividi segmento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="385"/>
        <source>Merge segments</source>
        <translation>Unisci segmenti</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="392"/>
        <source>Delete segment</source>
        <translation>Elimina segmento</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="401"/>
        <source>Type text</source>
        <translation>Digita testo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="412"/>
        <source>Insert {tag}</source>
        <translation>Inserisci {tag}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="417"/>
        <source>Set speaker</source>
        <translation>Imposta parlante</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../annotator/ui/editors/waveform_view.py" line="193"/>
        <source>Computing waveform…</source>
        <translation>Calcolo della forma d&apos;onda…</translation>
    </message>
</context>
</TS>
