<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AudioControls</name>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="64"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="85"/>
        <source>Playback position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="93"/>
        <source>Speed, pitch kept (F3 slower, F4 faster)</source>
        <translation>Tempo, Tonhöhe bleibt erhalten (F3 langsamer, F4 schneller)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="94"/>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="129"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="102"/>
        <source>Volume (F5 down, F6 up)</source>
        <translation>Lautstärke (F5 leiser, F6 lauter)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="103"/>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="130"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="107"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="109"/>
        <source>Loop the selected segment (Ctrl+L)</source>
        <translation>Ausgewähltes Segment wiederholen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="110"/>
        <source>Loop the selected segment</source>
        <translation>Ausgewähltes Segment wiederholen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="118"/>
        <source>On resume, play again from this much earlier</source>
        <translation>Beim Fortsetzen um so viel früher wieder einsetzen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="119"/>
        <source>Rewind on resume</source>
        <translation>Rücksprung beim Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="124"/>
        <source>Rewind</source>
        <translation>Rücksprung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="125"/>
        <source>Rewind on resume: playing again after a pause starts this much earlier</source>
        <translation>Rücksprung beim Fortsetzen: Nach einer Pause beginnt die Wiedergabe um so viel früher</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="152"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="152"/>
        <source>Play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="154"/>
        <source>Pause (Esc, Ctrl+Space, F9)</source>
        <translation>Pause (Esc, Strg+Leertaste, F9)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/audio_controls.py" line="154"/>
        <source>Play (Esc, Ctrl+Space, F9)</source>
        <translation>Wiedergabe (Esc, Strg+Leertaste, F9)</translation>
    </message>
</context>
<context>
    <name>BoxCanvas</name>
    <message>
        <location filename="../../annotator/ui/editors/box_canvas.py" line="27"/>
        <source>Image and its boxes</source>
        <translation>Das Bild und seine Rahmen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/box_canvas.py" line="28"/>
        <source>Draw, select and move boxes by keys; F1 lists them</source>
        <translation>Rahmen mit Tasten zeichnen, auswählen und verschieben; F1 listet die Tasten auf</translation>
    </message>
</context>
<context>
    <name>BoxEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="92"/>
        <source>Class for new boxes</source>
        <translation>Klasse für neue Rahmen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="96"/>
        <source>Class… (Ctrl+L)</source>
        <translation>Klasse… (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="152"/>
        <source>(no key)</source>
        <translation>(keine Taste)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="199"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="228"/>
        <source>⚠ This image cannot be shown:
{error}

Flag it (Ctrl+G) or skip it (Ctrl+K).</source>
        <translation>⚠ Dieses Bild kann nicht angezeigt werden:
{error}

Markieren Sie es (Strg+G) oder überspringen Sie es (Strg+K).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="287"/>
        <source>DRAW: drag to draw a box ({key} to stop)</source>
        <translation>ZEICHNEN: Ziehen, um einen Rahmen zu zeichnen ({key} zum Beenden)</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="289"/>
        <source>{draw} draw · click select · {next} next box</source>
        <translation>{draw} zeichnen · Klick auswählen · {next} nächster Rahmen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="295"/>
        <source>Class for new boxes: {label}</source>
        <translation>Klasse neuer Rahmen: {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="297"/>
        <source>{keys} set class</source>
        <translation>{keys} Klasse setzen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="298"/>
        <source>{key} delete</source>
        <translation>{key} löschen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="301"/>
        <source>✓ verified</source>
        <translation>✓ geprüft</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="404"/>
        <source>Move box</source>
        <translation>Rahmen verschieben</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="404"/>
        <source>Resize box</source>
        <translation>Rahmengröße ändern</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="417"/>
        <source>Draw box</source>
        <translation>Rahmen zeichnen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="423"/>
        <source>Delete box</source>
        <translation>Rahmen löschen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="430"/>
        <source>Nudge box</source>
        <translation>Rahmen schrittweise verschieben</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="439"/>
        <source>Duplicate box</source>
        <translation>Rahmen duplizieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="453"/>
        <source>No boxes copied: {source} has none</source>
        <translation>Keine Rahmen kopiert: {source} hat keine</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="455"/>
        <source>No boxes copied: this image is not on screen yet</source>
        <translation>Keine Rahmen kopiert: Dieses Bild wird noch nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="459"/>
        <source>Copy boxes from {source}</source>
        <translation>Rahmen aus {source} kopieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="464"/>
        <source>Mark verified</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="472"/>
        <source>Toggle {attribute}</source>
        <translation>{attribute} umschalten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="515"/>
        <source>Set class {label}</source>
        <translation>Klasse {label} setzen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="525"/>
        <source>{count} box copied from {source}</source>
        <translation>{count} Rahmen aus {source} kopiert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="527"/>
        <source>{count} boxes copied from {source}</source>
        <translation>{count} Rahmen aus {source} kopiert</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="533"/>
        <source>No boxes copied from {source}: it falls outside this image</source>
        <translation>Kein Rahmen aus {source} kopiert: Der Rahmen liegt außerhalb dieses Bildes</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="536"/>
        <source>No boxes copied from {source}: they fall outside this image</source>
        <translation>Keine Rahmen aus {source} kopiert: Die Rahmen liegen außerhalb dieses Bildes</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="540"/>
        <source>{copied}, {count} left out: it falls outside this image</source>
        <translation>{copied}, {count} ausgelassen: Der Rahmen liegt außerhalb dieses Bildes</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/bbox.py" line="542"/>
        <source>{copied}, {count} left out: they fall outside this image</source>
        <translation>{copied}, {count} ausgelassen: Die Rahmen liegen außerhalb dieses Bildes</translation>
    </message>
</context>
<context>
    <name>BoxesLayer</name>
    <message>
        <location filename="../../annotator/ui/editors/boxes_layer.py" line="29"/>
        <source>occl</source>
        <translation>verd.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/boxes_layer.py" line="30"/>
        <source>trunc</source>
        <translation>abgeschn.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/boxes_layer.py" line="31"/>
        <source>diff</source>
        <translation>schw.</translation>
    </message>
</context>
<context>
    <name>LabelBar</name>
    <message>
        <location filename="../../annotator/ui/editors/label_bar.py" line="19"/>
        <source>A  ✓ accept</source>
        <translation>A  ✓ annehmen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/label_bar.py" line="20"/>
        <source>X  ✗ reject</source>
        <translation>X  ✗ ablehnen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/label_bar.py" line="21"/>
        <source>Space  ignore</source>
        <translation>Leertaste  ignorieren</translation>
    </message>
</context>
<context>
    <name>SegmentList</name>
    <message>
        <location filename="../../annotator/ui/editors/segment_list.py" line="93"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <location filename="../../annotator/ui/editors/segment_list.py" line="24"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_list.py" line="25"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_list.py" line="26"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_list.py" line="27"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>SegmentPanel</name>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="15"/>
        <source>— no speaker —</source>
        <translation>— kein Sprecher —</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="16"/>
        <source>No segment selected. Drag on the waveform, or press Ctrl+Shift+N to start one at the playhead; Alt+Up/Alt+Down move between segments.</source>
        <translation>Kein Segment ausgewählt. Ziehen Sie auf der Wellenform oder drücken Sie Strg+Umschalt+N, um eines an der Abspielposition zu beginnen; Alt+Hoch/Alt+Runter wechseln zwischen Segmenten.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="80"/>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="95"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="87"/>
        <source>Transcript of the segment</source>
        <translation>Transkript des Segments</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="118"/>
        <source>No segment selected</source>
        <translation>Kein Segment ausgewählt</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="129"/>
        <source>Segment {number} · {start}–{end} · {seconds} s</source>
        <translation>Segment {number} · {start}–{end} · {seconds} s</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/segment_panel.py" line="132"/>
        <source>Type what is said…</source>
        <translation>Geben Sie ein, was gesagt wird…</translation>
    </message>
</context>
<context>
    <name>SentimentEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="94"/>
        <source>U  unsure</source>
        <translation>U  unsicher</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="109"/>
        <source>Comment for the team lead</source>
        <translation>Kommentar für die Teamleitung</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="111"/>
        <source>Comment for the team lead (C) — Return or Esc goes back to the text</source>
        <translation>Kommentar für die Teamleitung (C) – Eingabe oder Esc führt zurück zum Text</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="183"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="249"/>
        <source>⚠ This text cannot be shown:
{error}

Flag it (Ctrl+G) or skip it (Ctrl+K).</source>
        <translation>⚠ Dieser Text kann nicht angezeigt werden:
{error}

Markieren Sie ihn (Strg+G) oder überspringen Sie ihn (Strg+K).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="299"/>
        <source>Is this text “{label}”?  A accept · X reject · Space ignore</source>
        <translation>Ist dieser Text „{label}“?  A annehmen · X ablehnen · Leertaste ignorieren</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="303"/>
        <source>Suggestion: {suggestion} — accepted</source>
        <translation>Vorschlag: {suggestion} – angenommen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="305"/>
        <source>Suggestion: {suggestion} — A accepts it and moves on</source>
        <translation>Vorschlag: {suggestion} – A nimmt ihn an und geht weiter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../annotator/ui/editors/sentiment.py" line="310"/>
        <source>%n span(s): {spans}</source>
        <translation>
            <numerusform>%n Spanne: {spans}</numerusform>
            <numerusform>%n Spannen: {spans}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="315"/>
        <source>A/X/Space answer</source>
        <translation>A/X/Leertaste antworten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="317"/>
        <source>{keys} toggle labels</source>
        <translation>{keys} Labels umschalten</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="319"/>
        <source>{keys} choose</source>
        <translation>{keys} wählen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="321"/>
        <source>{lead} · U unsure · C comment · Return submit · Backspace back · select text then {keys}: span · Del remove span · Ctrl +/− text size</source>
        <translation>{lead} · U unsicher · C Kommentar · Eingabe absenden · Rücktaste zurück · Text auswählen, dann {keys}: Spanne · Entf Spanne entfernen · Strg +/− Textgröße</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="324"/>
        <source>a label key</source>
        <translation>eine Label-Taste</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="338"/>
        <source>{count} span</source>
        <translation>{count} Spanne</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="338"/>
        <source>{count} spans</source>
        <translation>{count} Spannen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="343"/>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="368"/>
        <source>No span: {reason}.</source>
        <translation>Keine Spanne: {reason}.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="370"/>
        <source>Span {label}</source>
        <translation>Spanne {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="373"/>
        <source>Select some text first: in a yes/no task label keys mark spans.</source>
        <translation>Wählen Sie zuerst Text aus: In einer Ja/Nein-Aufgabe markieren die Label-Tasten Spannen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="376"/>
        <source>Label {label}</source>
        <translation>Label {label}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="392"/>
        <source>This text has no suggestion to accept.</source>
        <translation>Für diesen Text gibt es keinen Vorschlag zum Annehmen.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="395"/>
        <source>Accept suggestion</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="399"/>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="405"/>
        <source>Remove span</source>
        <translation>Spanne entfernen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="414"/>
        <source>Nothing chosen yet: answer with A, X or Space. Ctrl+K skips the text, Ctrl+Return marks it done.</source>
        <translation>Noch nichts gewählt: Antworten Sie mit A, X oder Leertaste. Strg+K überspringt den Text, Strg+Eingabe markiert ihn als erledigt.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="418"/>
        <source>Nothing chosen yet: choose a label (or U for unsure). Ctrl+K skips the text, Ctrl+Return marks it done.</source>
        <translation>Noch nichts gewählt: Wählen Sie ein Label (oder U für unsicher). Strg+K überspringt den Text, Strg+Eingabe markiert ihn als erledigt.</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="428"/>
        <source>Answer accept</source>
        <translation>Antwort: annehmen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="430"/>
        <source>Answer reject</source>
        <translation>Antwort: ablehnen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/sentiment.py" line="431"/>
        <source>Answer ignore</source>
        <translation>Antwort: ignorieren</translation>
    </message>
</context>
<context>
    <name>TextView</name>
    <message>
        <location filename="../../annotator/ui/editors/text_view.py" line="45"/>
        <source>Text to label</source>
        <translation>Zu bewertender Text</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/text_view.py" line="148"/>
        <source>suggested {label}: {text}</source>
        <translation>vorgeschlagen {label}: {text}</translation>
    </message>
</context>
<context>
    <name>TranscriptionEditor</name>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="123"/>
        <source>Insert timestamp</source>
        <translation>Zeitstempel einfügen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="249"/>
        <source>⚠ This audio cannot be played: {error}

You can still read the segments and their text. Flag the item (Ctrl+G) or skip it (Ctrl+K).</source>
        <translation>⚠ Dieses Audio kann nicht abgespielt werden: {error}

Sie können die Segmente und ihren Text trotzdem lesen. Markieren Sie das Element (Strg+G) oder überspringen Sie es (Strg+K).</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="294"/>
        <source>Esc play/pause · F7/F8 ±{skip} s · F3/F4 speed · drag on the waveform to add a segment · Ctrl+Shift+S split · Tags: {tags} · Speakers: {speakers}</source>
        <translation>Esc Wiedergabe/Pause · F7/F8 ±{skip} s · F3/F4 Tempo · auf der Wellenform ziehen, um ein Segment anzulegen · Strg+Umschalt+S teilen · Tags: {tags} · Sprecher: {speakers}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="299"/>
        <source>Esc play/pause · F7/F8 ±{skip} s · F3/F4 speed · drag on the waveform to add a segment · Ctrl+Shift+S split · Tags: {tags}</source>
        <translation>Esc Wiedergabe/Pause · F7/F8 ±{skip} s · F3/F4 Tempo · auf der Wellenform ziehen, um ein Segment anzulegen · Strg+Umschalt+S teilen · Tags: {tags}</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="344"/>
        <location filename="../../annotator/ui/editors/transcription.py" line="358"/>
        <source>Add segment</source>
        <translation>Segment hinzufügen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="364"/>
        <source>Move segment start</source>
        <translation>Segmentbeginn verschieben</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="364"/>
        <source>Move segment end</source>
        <translation>Segmentende verschieben</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="378"/>
        <source>Split segment</source>
        <translation>Segment teilen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="385"/>
        <source>Merge segments</source>
        <translation>Segmente zusammenführen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="392"/>
        <source>Delete segment</source>
        <translation>Segment löschen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="401"/>
        <source>Type text</source>
        <translation>Text eingeben</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="412"/>
        <source>Insert {tag}</source>
        <translation>{tag} einfügen</translation>
    </message>
    <message>
        <location filename="../../annotator/ui/editors/transcription.py" line="417"/>
        <source>Set speaker</source>
        <translation>Sprecher festlegen</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <location filename="../../annotator/ui/editors/waveform_view.py" line="193"/>
        <source>Computing waveform…</source>
        <translation>Wellenform wird berechnet…</translation>
    </message>
</context>
</TS>
