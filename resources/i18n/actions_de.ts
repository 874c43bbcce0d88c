<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>actions</name>
    <message>
        <source>&amp;Open package…</source>
        <translation>Paket ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a work package (.zip or folder)</source>
        <translation>Ein Arbeitspaket öffnen (.zip oder Ordner)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>Bundle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write your results as a bundle</source>
        <translation>Ihre Ergebnisse als Bundle schreiben</translation>
    </message>
    <message>
        <source>Export &amp;as…</source>
        <translation>Exportieren &amp;als…</translation>
    </message>
    <message>
        <source>Write your results in another tool&apos;s format (COCO, YOLO, JSONL, SRT, …)</source>
        <translation>Ihre Ergebnisse im Format eines anderen Werkzeugs schreiben (COCO, YOLO, JSONL, SRT, …)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Make a work package from another tool&apos;s files, their labels as suggestions</source>
        <translation>Ein Arbeitspaket aus den Dateien eines anderen Werkzeugs erstellen, ihre Labels als Vorschläge</translation>
    </message>
    <message>
        <source>Import re&amp;view…</source>
        <translation>Review i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Read the team lead&apos;s review: rejected items come back to do, with the reason shown on them</source>
        <translation>Das Review der Teamleitung einlesen: abgelehnte Elemente sind wieder offen, mit dem Grund daran</translation>
    </message>
    <message>
        <source>&amp;Pseudonym…</source>
        <translation>&amp;Pseudonym…</translation>
    </message>
    <message>
        <source>The pseudonym your bundles name you by (never your real name)</source>
        <translation>Das Pseudonym, unter dem Ihre Bundles Sie nennen (nie Ihr echter Name)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Show what changed, send it to the sync target, and fetch new packages and feedback</source>
        <translation>Zeigen, was sich geändert hat, es an das Sync-Ziel senden und neue Pakete und Rückmeldungen abholen</translation>
    </message>
    <message>
        <source>Sync se&amp;ttings…</source>
        <translation>Sync-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Where to sync (a shared folder, WebDAV or S3), who signs in, and whether to sync by itself</source>
        <translation>Wohin synchronisiert wird (ein freigegebener Ordner, WebDAV oder S3), wer sich anmeldet und ob automatisch</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit; everything is already saved</source>
        <translation>Beenden; alles ist bereits gespeichert</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Pseudonym, language, theme, font size, keys, audio, breaks and sync, each change in force at once</source>
        <translation>Pseudonym, Sprache, Design, Schriftgröße, Tasten, Audio, Pausen und Sync; jede Änderung gilt sofort</translation>
    </message>
    <message>
        <source>Mark &amp;done and next</source>
        <translation>&amp;Fertig und weiter</translation>
    </message>
    <message>
        <source>Mark the item done, go to the next unfinished</source>
        <translation>Das Element als fertig markieren, weiter zum nächsten offenen</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Element</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>Mark the item skipped, go to the next unfinished</source>
        <translation>Das Element als übersprungen markieren, weiter zum nächsten offenen</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>Flag the item for the team lead</source>
        <translation>Das Element für die Teamleitung markieren</translation>
    </message>
    <message>
        <source>Mark &amp;to do</source>
        <translation>Als &amp;offen markieren</translation>
    </message>
    <message>
        <source>Put the item back to do</source>
        <translation>Das Element wieder auf offen setzen</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Nächstes Element</translation>
    </message>
    <message>
        <source>Go to the next item</source>
        <translation>Zum nächsten Element gehen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Vorheriges Element</translation>
    </message>
    <message>
        <source>Go to the previous item</source>
        <translation>Zum vorherigen Element gehen</translation>
    </message>
    <message>
        <source>Next &amp;unfinished</source>
        <translation>Nächstes &amp;offenes</translation>
    </message>
    <message>
        <source>Go to the next item still to do</source>
        <translation>Zum nächsten noch offenen Element gehen</translation>
    </message>
    <message>
        <source>Focus item &amp;queue</source>
        <translation>&amp;Fokus auf Elementliste</translation>
    </message>
    <message>
        <source>Put the keyboard in the item list</source>
        <translation>Den Tastaturfokus in die Elementliste setzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show item &amp;list</source>
        <translation>Element&amp;liste anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the item list</source>
        <translation>Die Elementliste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show &amp;instructions</source>
        <translation>&amp;Anleitung anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the instructions</source>
        <translation>Die Anleitung ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Tasten&amp;kürzel</translation>
    </message>
    <message>
        <source>Show every key</source>
        <translation>Alle Tasten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Change keys…</source>
        <translation>Tasten ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Give any action the key you prefer</source>
        <translation>Jeder Aktion die gewünschte Taste geben</translation>
    </message>
    <message>
        <source>&amp;About annotator…</source>
        <translation>Ü&amp;ber annotator…</translation>
    </message>
    <message>
        <source>Version, licence, where your workspace is and what is recorded</source>
        <translation>Version, Lizenz, wo Ihr Arbeitsbereich liegt und was aufgezeichnet wird</translation>
    </message>
    <message>
        <source>Draw boxes</source>
        <translation>Rahmen zeichnen</translation>
    </message>
    <message>
        <source>Toggle draw mode: drag on the image to draw</source>
        <translation>Zeichenmodus ein/aus: zum Zeichnen auf dem Bild ziehen</translation>
    </message>
    <message>
        <source>&amp;Boxes</source>
        <translation>&amp;Rahmen</translation>
    </message>
    <message>
        <source>Delete box</source>
        <translation>Rahmen löschen</translation>
    </message>
    <message>
        <source>Delete the selected box</source>
        <translation>Den ausgewählten Rahmen löschen</translation>
    </message>
    <message>
        <source>Next box</source>
        <translation>Nächster Rahmen</translation>
    </message>
    <message>
        <source>Select the next box</source>
        <translation>Den nächsten Rahmen auswählen</translation>
    </message>
    <message>
        <source>Previous box</source>
        <translation>Vorheriger Rahmen</translation>
    </message>
    <message>
        <source>Select the previous box</source>
        <translation>Den vorherigen Rahmen auswählen</translation>
    </message>
    <message>
        <source>Nudge left</source>
        <translation>Nach links schieben</translation>
    </message>
    <message>
        <source>Move the selected box 1 px left</source>
        <translation>Den ausgewählten Rahmen 1 px nach links schieben</translation>
    </message>
    <message>
        <source>Nudge right</source>
        <translation>Nach rechts schieben</translation>
    </message>
    <message>
        <source>Move the selected box 1 px right</source>
        <translation>Den ausgewählten Rahmen 1 px nach rechts schieben</translation>
    </message>
    <message>
        <source>Nudge up</source>
        <translation>Nach oben schieben</translation>
    </message>
    <message>
        <source>Move the selected box 1 px up</source>
        <translation>Den ausgewählten Rahmen 1 px nach oben schieben</translation>
    </message>
    <message>
        <source>Nudge down</source>
        <translation>Nach unten schieben</translation>
    </message>
    <message>
        <source>Move the selected box 1 px down</source>
        <translation>Den ausgewählten Rahmen 1 px nach unten schieben</translation>
    </message>
    <message>
        <source>Nudge left 10 px</source>
        <translation>10 px nach links schieben</translation>
    </message>
    <message>
        <source>Move the selected box 10 px left</source>
        <translation>Den ausgewählten Rahmen 10 px nach links schieben</translation>
    </message>
    <message>
        <source>Nudge right 10 px</source>
        <translation>10 px nach rechts schieben</translation>
    </message>
    <message>
        <source>Move the selected box 10 px right</source>
        <translation>Den ausgewählten Rahmen 10 px nach rechts schieben</translation>
    </message>
    <message>
        <source>Nudge up 10 px</source>
        <translation>10 px nach oben schieben</translation>
    </message>
    <message>
        <source>Move the selected box 10 px up</source>
        <translation>Den ausgewählten Rahmen 10 px nach oben schieben</translation>
    </message>
    <message>
        <source>Nudge down 10 px</source>
        <translation>10 px nach unten schieben</translation>
    </message>
    <message>
        <source>Move the selected box 10 px down</source>
        <translation>Den ausgewählten Rahmen 10 px nach unten schieben</translation>
    </message>
    <message>
        <source>Fit image</source>
        <translation>Bild einpassen</translation>
    </message>
    <message>
        <source>Fit the whole image in the view</source>
        <translation>Das ganze Bild in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>Find class</source>
        <translation>Klasse suchen</translation>
    </message>
    <message>
        <source>Type part of a class name, Enter sets it on the selected (or next) box</source>
        <translation>Einen Teil eines Klassennamens tippen; Eingabe setzt sie am ausgewählten (oder nächsten) Rahmen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel zooms to the cursor)</source>
        <translation>Vergrößern (Strg+Mausrad zoomt zum Mauszeiger)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Actual size (100 %)</source>
        <translation>Originalgröße (100 %)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Ein Bildpixel pro Bildschirmpixel</translation>
    </message>
    <message>
        <source>Crosshair on/off</source>
        <translation>Fadenkreuz ein/aus</translation>
    </message>
    <message>
        <source>Show or hide the crosshair</source>
        <translation>Das Fadenkreuz ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Duplicate box</source>
        <translation>Rahmen duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected box, shifted 10 px</source>
        <translation>Den ausgewählten Rahmen kopieren, um 10 px versetzt</translation>
    </message>
    <message>
        <source>Copy boxes from previous item</source>
        <translation>Rahmen vom vorherigen Element kopieren</translation>
    </message>
    <message>
        <source>Add the previous item&apos;s boxes to this one</source>
        <translation>Die Rahmen des vorherigen Elements diesem hinzufügen</translation>
    </message>
    <message>
        <source>Hide/show boxes</source>
        <translation>Rahmen aus-/einblenden</translation>
    </message>
    <message>
        <source>Hide or show all boxes</source>
        <translation>Alle Rahmen aus- oder einblenden</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>Als geprüft markieren</translation>
    </message>
    <message>
        <source>Mark (or unmark) this image&apos;s boxes as verified</source>
        <translation>Die Rahmen dieses Bildes als geprüft markieren (oder die Markierung aufheben)</translation>
    </message>
    <message>
        <source>Toggle attribute 1</source>
        <translation>Attribut 1 ein/aus</translation>
    </message>
    <message>
        <source>Toggle the schema&apos;s attribute 1 (e.g. occluded, truncated, difficult) on the selected box</source>
        <translation>Attribut 1 des Schemas (z. B. verdeckt, abgeschnitten, schwierig) am ausgewählten Rahmen ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Toggle attribute 2</source>
        <translation>Attribut 2 ein/aus</translation>
    </message>
    <message>
        <source>Toggle the schema&apos;s attribute 2 (e.g. occluded, truncated, difficult) on the selected box</source>
        <translation>Attribut 2 des Schemas (z. B. verdeckt, abgeschnitten, schwierig) am ausgewählten Rahmen ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Toggle attribute 3</source>
        <translation>Attribut 3 ein/aus</translation>
    </message>
    <message>
        <source>Toggle the schema&apos;s attribute 3 (e.g. occluded, truncated, difficult) on the selected box</source>
        <translation>Attribut 3 des Schemas (z. B. verdeckt, abgeschnitten, schwierig) am ausgewählten Rahmen ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Class 1</source>
        <translation>Klasse 1</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 1</source>
        <translation>Die Klasse des ausgewählten (oder nächsten) Rahmens auf Klasse 1 setzen</translation>
    </message>
    <message>
        <source>Class 2</source>
        <translation>Klasse 2</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 2</source>
        <translation>Die Klasse des ausgewählten (oder nächsten) Rahmens auf Klasse 2 setzen</translation>
    </message>
    <message>
        <source>Class 3</source>
        <translation>Klasse 3</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 3</source>
        <translation>Die Klasse des ausgewählten (oder nächsten) Rahmens auf Klasse 3 setzen</translation>
    </message>
    <message>
        <source>Class 4</source>
        <translation>Klasse 4</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 4</source>
        <translation>Die Klasse des ausgewählten (oder nächsten) Rahmens auf Klasse 4 setzen</translation>
    </message>
    <message>
        <source>Class 5</source>
        <translation>Klasse 5</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 5</source>
        <translation>Die Klasse des ausgewählten (oder nächsten) Rahmens auf Klasse 5 setzen</translation>
    </message>
    <message>
        <source>Class 6</source>
        <translation>Klasse 6</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 6</source>
        <translation>Die Klasse des ausgewählten (oder nächsten) Rahmens auf Klasse 6 setzen</translation>
    </message>
    <message>
        <source>Class 7</source>
        <translation>Klasse 7</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 7</source>
        <translation>Die Klasse des ausgewählten (oder nächsten) Rahmens auf Klasse 7 setzen</translation>
    </message>
    <message>
        <source>Class 8</source>
        <translation>Klasse 8</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 8</source>
        <translation>Die Klasse des ausgewählten (oder nächsten) Rahmens auf Klasse 8 setzen</translation>
    </message>
    <message>
        <source>Class 9</source>
        <translation>Klasse 9</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 9</source>
        <translation>Die Klasse des ausgewählten (oder nächsten) Rahmens auf Klasse 9 setzen</translation>
    </message>
    <message>
        <source>Class 0</source>
        <translation>Klasse 0</translation>
    </message>
    <message>
        <source>Set the class of the selected box (or of the next box) to class 10</source>
        <translation>Die Klasse des ausgewählten (oder nächsten) Rahmens auf Klasse 10 setzen</translation>
    </message>
    <message>
        <source>Play/pause</source>
        <translation>Wiedergabe/Pause</translation>
    </message>
    <message>
        <source>Play or pause; resuming replays the last second or so (auto-rewind)</source>
        <translation>Abspielen oder anhalten; beim Fortsetzen wird etwa die letzte Sekunde wiederholt (Auto-Rücklauf)</translation>
    </message>
    <message>
        <source>&amp;Audio</source>
        <translation>&amp;Audio</translation>
    </message>
    <message>
        <source>Skip back</source>
        <translation>Zurückspringen</translation>
    </message>
    <message>
        <source>Jump back 1.5 s</source>
        <translation>1,5 s zurückspringen</translation>
    </message>
    <message>
        <source>Skip forward</source>
        <translation>Vorspringen</translation>
    </message>
    <message>
        <source>Jump forward 1.5 s</source>
        <translation>1,5 s vorspringen</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Speed down 0.1× (pitch kept)</source>
        <translation>0,1× langsamer (Tonhöhe bleibt)</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Speed up 0.1× (pitch kept)</source>
        <translation>0,1× schneller (Tonhöhe bleibt)</translation>
    </message>
    <message>
        <source>Volume down</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Volume down 10 %</source>
        <translation>Lautstärke 10 % leiser</translation>
    </message>
    <message>
        <source>Volume up</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Volume up 10 %</source>
        <translation>Lautstärke 10 % lauter</translation>
    </message>
    <message>
        <source>Loop segment</source>
        <translation>Segment wiederholen</translation>
    </message>
    <message>
        <source>Loop the selected segment on/off</source>
        <translation>Endloswiedergabe des ausgewählten Segments ein/aus</translation>
    </message>
    <message>
        <source>Insert timestamp</source>
        <translation>Zeitstempel einfügen</translation>
    </message>
    <message>
        <source>Type the playhead&apos;s time, e.g. [01:23.4], at the text cursor</source>
        <translation>Die Zeit der Abspielposition, z. B. [01:23.4], am Textcursor einfügen</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transkript</translation>
    </message>
    <message>
        <source>New segment at playhead</source>
        <translation>Neues Segment an Abspielposition</translation>
    </message>
    <message>
        <source>Start a 2 s segment at the playhead (up to the next segment); or drag on the waveform</source>
        <translation>Ein 2-s-Segment an der Abspielposition beginnen (bis zum nächsten Segment); oder auf der Wellenform ziehen</translation>
    </message>
    <message>
        <source>Split at playhead</source>
        <translation>An Abspielposition teilen</translation>
    </message>
    <message>
        <source>Cut the segment under the playhead in two; the text is cut at the text cursor</source>
        <translation>Das Segment unter der Abspielposition zweiteilen; der Text wird am Textcursor geteilt</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Mit nächstem zusammenführen</translation>
    </message>
    <message>
        <source>Join the selected segment and the next one</source>
        <translation>Das ausgewählte Segment mit dem nächsten zusammenführen</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Segment löschen</translation>
    </message>
    <message>
        <source>Delete the selected segment</source>
        <translation>Das ausgewählte Segment löschen</translation>
    </message>
    <message>
        <source>Set start at playhead</source>
        <translation>Anfang an Abspielposition setzen</translation>
    </message>
    <message>
        <source>Move the selected segment&apos;s start to the playhead</source>
        <translation>Den Anfang des ausgewählten Segments an die Abspielposition setzen</translation>
    </message>
    <message>
        <source>Set end at playhead</source>
        <translation>Ende an Abspielposition setzen</translation>
    </message>
    <message>
        <source>Move the selected segment&apos;s end to the playhead</source>
        <translation>Das Ende des ausgewählten Segments an die Abspielposition setzen</translation>
    </message>
    <message>
        <source>Previous segment</source>
        <translation>Vorheriges Segment</translation>
    </message>
    <message>
        <source>Select the previous segment and seek to its start</source>
        <translation>Das vorherige Segment auswählen und zu seinem Anfang springen</translation>
    </message>
    <message>
        <source>Next segment</source>
        <translation>Nächstes Segment</translation>
    </message>
    <message>
        <source>Select the next segment and seek to its start</source>
        <translation>Das nächste Segment auswählen und zu seinem Anfang springen</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Nächster Sprecher</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the next one of the schema (then none)</source>
        <translation>Dem ausgewählten Segment den nächsten Sprecher des Schemas geben (nach dem letzten keinen)</translation>
    </message>
    <message>
        <source>Zoom the waveform in</source>
        <translation>Die Wellenform vergrößern</translation>
    </message>
    <message>
        <source>Zoom the waveform out</source>
        <translation>Die Wellenform verkleinern</translation>
    </message>
    <message>
        <source>Insert tag 1</source>
        <translation>Tag 1 einfügen</translation>
    </message>
    <message>
        <source>Type tag 1 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Tag 1 am Textcursor einfügen: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 die des Schemas</translation>
    </message>
    <message>
        <source>Insert tag 2</source>
        <translation>Tag 2 einfügen</translation>
    </message>
    <message>
        <source>Type tag 2 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Tag 2 am Textcursor einfügen: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 die des Schemas</translation>
    </message>
    <message>
        <source>Insert tag 3</source>
        <translation>Tag 3 einfügen</translation>
    </message>
    <message>
        <source>Type tag 3 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Tag 3 am Textcursor einfügen: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 die des Schemas</translation>
    </message>
    <message>
        <source>Insert tag 4</source>
        <translation>Tag 4 einfügen</translation>
    </message>
    <message>
        <source>Type tag 4 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Tag 4 am Textcursor einfügen: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 die des Schemas</translation>
    </message>
    <message>
        <source>Insert tag 5</source>
        <translation>Tag 5 einfügen</translation>
    </message>
    <message>
        <source>Type tag 5 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Tag 5 am Textcursor einfügen: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 die des Schemas</translation>
    </message>
    <message>
        <source>Insert tag 6</source>
        <translation>Tag 6 einfügen</translation>
    </message>
    <message>
        <source>Type tag 6 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Tag 6 am Textcursor einfügen: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 die des Schemas</translation>
    </message>
    <message>
        <source>Insert tag 7</source>
        <translation>Tag 7 einfügen</translation>
    </message>
    <message>
        <source>Type tag 7 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Tag 7 am Textcursor einfügen: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 die des Schemas</translation>
    </message>
    <message>
        <source>Insert tag 8</source>
        <translation>Tag 8 einfügen</translation>
    </message>
    <message>
        <source>Type tag 8 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Tag 8 am Textcursor einfügen: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 die des Schemas</translation>
    </message>
    <message>
        <source>Insert tag 9</source>
        <translation>Tag 9 einfügen</translation>
    </message>
    <message>
        <source>Type tag 9 at the text cursor: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 the schema&apos;s own</source>
        <translation>Tag 9 am Textcursor einfügen: 1 [inaudible], 2 [crosstalk], 3 [laughter], 4-9 die des Schemas</translation>
    </message>
    <message>
        <source>Speaker 1</source>
        <translation>Sprecher 1</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 1</source>
        <translation>Dem ausgewählten Segment Sprecher 1 des Schemas geben</translation>
    </message>
    <message>
        <source>Speaker 2</source>
        <translation>Sprecher 2</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 2</source>
        <translation>Dem ausgewählten Segment Sprecher 2 des Schemas geben</translation>
    </message>
    <message>
        <source>Speaker 3</source>
        <translation>Sprecher 3</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 3</source>
        <translation>Dem ausgewählten Segment Sprecher 3 des Schemas geben</translation>
    </message>
    <message>
        <source>Speaker 4</source>
        <translation>Sprecher 4</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 4</source>
        <translation>Dem ausgewählten Segment Sprecher 4 des Schemas geben</translation>
    </message>
    <message>
        <source>Speaker 5</source>
        <translation>Sprecher 5</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 5</source>
        <translation>Dem ausgewählten Segment Sprecher 5 des Schemas geben</translation>
    </message>
    <message>
        <source>Speaker 6</source>
        <translation>Sprecher 6</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 6</source>
        <translation>Dem ausgewählten Segment Sprecher 6 des Schemas geben</translation>
    </message>
    <message>
        <source>Speaker 7</source>
        <translation>Sprecher 7</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 7</source>
        <translation>Dem ausgewählten Segment Sprecher 7 des Schemas geben</translation>
    </message>
    <message>
        <source>Speaker 8</source>
        <translation>Sprecher 8</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 8</source>
        <translation>Dem ausgewählten Segment Sprecher 8 des Schemas geben</translation>
    </message>
    <message>
        <source>Speaker 9</source>
        <translation>Sprecher 9</translation>
    </message>
    <message>
        <source>Set the selected segment&apos;s speaker to the schema&apos;s speaker 9</source>
        <translation>Dem ausgewählten Segment Sprecher 9 des Schemas geben</translation>
    </message>
    <message>
        <source>Submit and next</source>
        <translation>Absenden und weiter</translation>
    </message>
    <message>
        <source>Mark the text done and show the next one (in the comment box: back to the text)</source>
        <translation>Den Text als fertig markieren und den nächsten zeigen (im Kommentarfeld: zurück zum Text)</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back to the previous item</source>
        <translation>Zurück zum vorherigen Element</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Binary: accept and next; otherwise accept the suggested label(s) and next</source>
        <translation>Binär: annehmen und weiter; sonst die vorgeschlagenen Labels annehmen und weiter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Binary: reject and next</source>
        <translation>Binär: ablehnen und weiter</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Binary: cannot judge, next</source>
        <translation>Binär: nicht beurteilbar, weiter</translation>
    </message>
    <message>
        <source>Unsure on/off</source>
        <translation>Unsicher ein/aus</translation>
    </message>
    <message>
        <source>Mark the decision as unsure (or not)</source>
        <translation>Die Entscheidung als unsicher markieren (oder nicht)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Type a comment; Return or Esc goes back to the text</source>
        <translation>Einen Kommentar tippen; Eingabe oder Esc führt zurück zum Text</translation>
    </message>
    <message>
        <source>Remove span</source>
        <translation>Spanne entfernen</translation>
    </message>
    <message>
        <source>Remove the spans under the caret or the selection</source>
        <translation>Die Spannen unter dem Cursor oder der Auswahl entfernen</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Den Text vergrößern</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Den Text verkleinern</translation>
    </message>
    <message>
        <source>Default text size</source>
        <translation>Standard-Textgröße</translation>
    </message>
    <message>
        <source>Text at its default size</source>
        <translation>Den Text in Standardgröße zeigen</translation>
    </message>
    <message>
        <source>Label 1</source>
        <translation>Label 1</translation>
    </message>
    <message>
        <source>Choose label 1 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 1 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 2</source>
        <translation>Label 2</translation>
    </message>
    <message>
        <source>Choose label 2 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 2 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 3</source>
        <translation>Label 3</translation>
    </message>
    <message>
        <source>Choose label 3 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 3 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 4</source>
        <translation>Label 4</translation>
    </message>
    <message>
        <source>Choose label 4 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 4 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 5</source>
        <translation>Label 5</translation>
    </message>
    <message>
        <source>Choose label 5 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 5 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 6</source>
        <translation>Label 6</translation>
    </message>
    <message>
        <source>Choose label 6 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 6 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 7</source>
        <translation>Label 7</translation>
    </message>
    <message>
        <source>Choose label 7 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 7 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 8</source>
        <translation>Label 8</translation>
    </message>
    <message>
        <source>Choose label 8 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 8 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 9</source>
        <translation>Label 9</translation>
    </message>
    <message>
        <source>Choose label 9 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 9 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 10</source>
        <translation>Label 10</translation>
    </message>
    <message>
        <source>Choose label 10 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 10 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 11</source>
        <translation>Label 11</translation>
    </message>
    <message>
        <source>Choose label 11 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 11 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 12</source>
        <translation>Label 12</translation>
    </message>
    <message>
        <source>Choose label 12 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 12 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 13</source>
        <translation>Label 13</translation>
    </message>
    <message>
        <source>Choose label 13 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 13 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 14</source>
        <translation>Label 14</translation>
    </message>
    <message>
        <source>Choose label 14 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 14 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 15</source>
        <translation>Label 15</translation>
    </message>
    <message>
        <source>Choose label 15 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 15 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 16</source>
        <translation>Label 16</translation>
    </message>
    <message>
        <source>Choose label 16 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 16 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 17</source>
        <translation>Label 17</translation>
    </message>
    <message>
        <source>Choose label 17 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 17 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 18</source>
        <translation>Label 18</translation>
    </message>
    <message>
        <source>Choose label 18 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 18 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 19</source>
        <translation>Label 19</translation>
    </message>
    <message>
        <source>Choose label 19 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 19 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>Label 20</source>
        <translation>Label 20</translation>
    </message>
    <message>
        <source>Choose label 20 (multi-label: toggle it); with text selected, label the selection as a span. A schema hotkey replaces this key</source>
        <translation>Label 20 wählen (Mehrfach-Label: ein-/ausschalten); bei ausgewähltem Text die Auswahl als Spanne labeln. Ein Tastenkürzel des Schemas ersetzt diese Taste</translation>
    </message>
    <message>
        <source>A better</source>
        <translation>A besser</translation>
    </message>
    <message>
        <source>A is better; on a criteria row: A, then the next row; three or more answers: rank 1</source>
        <translation>A ist besser; in einer Kriterienzeile: A, dann die nächste Zeile; drei oder mehr Antworten: Rang 1</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>B better</source>
        <translation>B besser</translation>
    </message>
    <message>
        <source>B is better; on a criteria row: B, then the next row; three or more answers: rank 2</source>
        <translation>B ist besser; in einer Kriterienzeile: B, dann die nächste Zeile; drei oder mehr Antworten: Rang 2</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>Gleichstand</translation>
    </message>
    <message>
        <source>About the same; on a criteria row: tie, then the next row; three or more answers: rank 3</source>
        <translation>Etwa gleich; in einer Kriterienzeile: Gleichstand, dann die nächste Zeile; drei oder mehr Antworten: Rang 3</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>Beide schlecht</translation>
    </message>
    <message>
        <source>Neither answer is acceptable; three or more answers: rank 4</source>
        <translation>Keine Antwort ist akzeptabel; drei oder mehr Antworten: Rang 4</translation>
    </message>
    <message>
        <source>Rank 5</source>
        <translation>Rang 5</translation>
    </message>
    <message>
        <source>Three or more answers: rank 5 for the focused answer, then the next answer</source>
        <translation>Drei oder mehr Antworten: Rang 5 für die fokussierte Antwort, dann die nächste Antwort</translation>
    </message>
    <message>
        <source>Rank 6</source>
        <translation>Rang 6</translation>
    </message>
    <message>
        <source>Three or more answers: rank 6 for the focused answer, then the next answer</source>
        <translation>Drei oder mehr Antworten: Rang 6 für die fokussierte Antwort, dann die nächste Antwort</translation>
    </message>
    <message>
        <source>Rank 7</source>
        <translation>Rang 7</translation>
    </message>
    <message>
        <source>Three or more answers: rank 7 for the focused answer, then the next answer</source>
        <translation>Drei oder mehr Antworten: Rang 7 für die fokussierte Antwort, dann die nächste Antwort</translation>
    </message>
    <message>
        <source>Rank 8</source>
        <translation>Rang 8</translation>
    </message>
    <message>
        <source>Three or more answers: rank 8 for the focused answer, then the next answer</source>
        <translation>Drei oder mehr Antworten: Rang 8 für die fokussierte Antwort, dann die nächste Antwort</translation>
    </message>
    <message>
        <source>Rank 9</source>
        <translation>Rang 9</translation>
    </message>
    <message>
        <source>Three or more answers: rank 9 for the focused answer, then the next answer</source>
        <translation>Drei oder mehr Antworten: Rang 9 für die fokussierte Antwort, dann die nächste Antwort</translation>
    </message>
    <message>
        <source>Strength -3</source>
        <translation>Stärke -3</translation>
    </message>
    <message>
        <source>A much better (-3) — decides the overall row too</source>
        <translation>A viel besser (-3) — entscheidet auch die Gesamtzeile</translation>
    </message>
    <message>
        <source>Strength -2</source>
        <translation>Stärke -2</translation>
    </message>
    <message>
        <source>A better (-2) — decides the overall row too</source>
        <translation>A besser (-2) — entscheidet auch die Gesamtzeile</translation>
    </message>
    <message>
        <source>Strength -1</source>
        <translation>Stärke -1</translation>
    </message>
    <message>
        <source>A slightly better (-1) — decides the overall row too</source>
        <translation>A etwas besser (-1) — entscheidet auch die Gesamtzeile</translation>
    </message>
    <message>
        <source>Strength 0</source>
        <translation>Stärke 0</translation>
    </message>
    <message>
        <source>About the same (0) — decides a tie</source>
        <translation>Etwa gleich (0) — entscheidet auf Gleichstand</translation>
    </message>
    <message>
        <source>Strength +1</source>
        <translation>Stärke +1</translation>
    </message>
    <message>
        <source>B slightly better (+1) — decides the overall row too</source>
        <translation>B etwas besser (+1) — entscheidet auch die Gesamtzeile</translation>
    </message>
    <message>
        <source>Strength +2</source>
        <translation>Stärke +2</translation>
    </message>
    <message>
        <source>B better (+2) — decides the overall row too</source>
        <translation>B besser (+2) — entscheidet auch die Gesamtzeile</translation>
    </message>
    <message>
        <source>Strength +3</source>
        <translation>Stärke +3</translation>
    </message>
    <message>
        <source>B much better (+3) — decides the overall row too</source>
        <translation>B viel besser (+3) — entscheidet auch die Gesamtzeile</translation>
    </message>
    <message>
        <source>Previous row</source>
        <translation>Vorherige Zeile</translation>
    </message>
    <message>
        <source>Focus the criteria row above</source>
        <translation>Die Kriterienzeile darüber fokussieren</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>Nächste Zeile</translation>
    </message>
    <message>
        <source>Focus the criteria row below (the overall row last)</source>
        <translation>Die Kriterienzeile darunter fokussieren (die Gesamtzeile zuletzt)</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Nächste Antwort</translation>
    </message>
    <message>
        <source>Focus the next answer (its view scrolls with PgUp/PgDown; three or more: the one a digit ranks)</source>
        <translation>Die nächste Antwort fokussieren (ihre Ansicht scrollt mit Bild↑/Bild↓; drei oder mehr: die, der eine Ziffer den Rang gibt)</translation>
    </message>
    <message>
        <source>Previous answer</source>
        <translation>Vorherige Antwort</translation>
    </message>
    <message>
        <source>Focus the previous answer</source>
        <translation>Die vorherige Antwort fokussieren</translation>
    </message>
    <message>
        <source>Reason 1</source>
        <translation>Grund 1</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 1</source>
        <translation>Grund 1 des Pakets ankreuzen oder das Kreuz entfernen</translation>
    </message>
    <message>
        <source>Reason 2</source>
        <translation>Grund 2</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 2</source>
        <translation>Grund 2 des Pakets ankreuzen oder das Kreuz entfernen</translation>
    </message>
    <message>
        <source>Reason 3</source>
        <translation>Grund 3</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 3</source>
        <translation>Grund 3 des Pakets ankreuzen oder das Kreuz entfernen</translation>
    </message>
    <message>
        <source>Reason 4</source>
        <translation>Grund 4</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 4</source>
        <translation>Grund 4 des Pakets ankreuzen oder das Kreuz entfernen</translation>
    </message>
    <message>
        <source>Reason 5</source>
        <translation>Grund 5</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 5</source>
        <translation>Grund 5 des Pakets ankreuzen oder das Kreuz entfernen</translation>
    </message>
    <message>
        <source>Reason 6</source>
        <translation>Grund 6</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 6</source>
        <translation>Grund 6 des Pakets ankreuzen oder das Kreuz entfernen</translation>
    </message>
    <message>
        <source>Reason 7</source>
        <translation>Grund 7</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 7</source>
        <translation>Grund 7 des Pakets ankreuzen oder das Kreuz entfernen</translation>
    </message>
    <message>
        <source>Reason 8</source>
        <translation>Grund 8</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 8</source>
        <translation>Grund 8 des Pakets ankreuzen oder das Kreuz entfernen</translation>
    </message>
    <message>
        <source>Reason 9</source>
        <translation>Grund 9</translation>
    </message>
    <message>
        <source>Tick or untick the package&apos;s reason 9</source>
        <translation>Grund 9 des Pakets ankreuzen oder das Kreuz entfernen</translation>
    </message>
    <message>
        <source>Write rationale</source>
        <translation>Begründung schreiben</translation>
    </message>
    <message>
        <source>Type why in the rationale box (saved as you type); Return or Esc goes back</source>
        <translation>Im Begründungsfeld tippen, warum (wird beim Tippen gespeichert); Eingabe oder Esc führt zurück</translation>
    </message>
    <message>
        <source>Word diff on/off</source>
        <translation>Wortvergleich ein/aus</translation>
    </message>
    <message>
        <source>Mark the words A and B do not share, in both</source>
        <translation>Die Wörter, die A und B nicht gemeinsam haben, in beiden markieren</translation>
    </message>
    <message>
        <source>Raw text on/off</source>
        <translation>Rohtext ein/aus</translation>
    </message>
    <message>
        <source>Show the raw text instead of rendered Markdown</source>
        <translation>Den Rohtext statt des formatierten Markdowns zeigen</translation>
    </message>
    <message>
        <source>Mark the comparison done and show the next one (if something is missing, say what)</source>
        <translation>Den Vergleich als fertig markieren und den nächsten zeigen (fehlt etwas, wird es genannt)</translation>
    </message>
    <message>
        <source>Mark the rating done and show the next item; says what is still missing instead</source>
        <translation>Die Bewertung als fertig markieren und das nächste Element zeigen; sonst wird genannt, was noch fehlt</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <source>Next criterion</source>
        <translation>Nächstes Kriterium</translation>
    </message>
    <message>
        <source>Focus the next criterion (search: next result)</source>
        <translation>Das nächste Kriterium fokussieren (Suche: nächstes Ergebnis)</translation>
    </message>
    <message>
        <source>Previous criterion</source>
        <translation>Vorheriges Kriterium</translation>
    </message>
    <message>
        <source>Focus the previous criterion (search: previous result)</source>
        <translation>Das vorherige Kriterium fokussieren (Suche: vorheriges Ergebnis)</translation>
    </message>
    <message>
        <source>Next scale point</source>
        <translation>Nächster Skalenpunkt</translation>
    </message>
    <message>
        <source>Focus the next point of the scale; its anchor text shows below</source>
        <translation>Den nächsten Punkt der Skala fokussieren; seine Ankerbeschreibung erscheint darunter</translation>
    </message>
    <message>
        <source>Previous scale point</source>
        <translation>Vorheriger Skalenpunkt</translation>
    </message>
    <message>
        <source>Focus the previous point of the scale; its anchor text shows below</source>
        <translation>Den vorherigen Punkt der Skala fokussieren; seine Ankerbeschreibung erscheint darunter</translation>
    </message>
    <message>
        <source>Choose point</source>
        <translation>Punkt wählen</translation>
    </message>
    <message>
        <source>Choose the focused scale point (or grade)</source>
        <translation>Den fokussierten Skalenpunkt (oder die Note) wählen</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Mark the focused criterion N/A (or take the mark back)</source>
        <translation>Das fokussierte Kriterium als N/A markieren (oder die Markierung zurücknehmen)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Take back the focused criterion&apos;s score or N/A (search: the focused result&apos;s grade)</source>
        <translation>Die Punktzahl oder N/A des fokussierten Kriteriums zurücknehmen (Suche: die Note des fokussierten Ergebnisses)</translation>
    </message>
    <message>
        <source>Show the prompt and response as raw text</source>
        <translation>Prompt und Antwort als Rohtext zeigen</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Nach unten scrollen</translation>
    </message>
    <message>
        <source>Scroll the response (search: the results)</source>
        <translation>Die Antwort scrollen (Suche: die Ergebnisse)</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Nach oben scrollen</translation>
    </message>
    <message>
        <source>Scroll the response back (search: the results)</source>
        <translation>Die Antwort zurückscrollen (Suche: die Ergebnisse)</translation>
    </message>
    <message>
        <source>Score 1</source>
        <translation>Punktzahl 1</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 1 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Dem fokussierten Kriterium (Suche: Ergebnis) den Wert 1 geben und zum nächsten gehen; auf Skalen mit Werten über 9 wählen Ziffern die Punkte nach Position (0 den zehnten)</translation>
    </message>
    <message>
        <source>Score 2</source>
        <translation>Punktzahl 2</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 2 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Dem fokussierten Kriterium (Suche: Ergebnis) den Wert 2 geben und zum nächsten gehen; auf Skalen mit Werten über 9 wählen Ziffern die Punkte nach Position (0 den zehnten)</translation>
    </message>
    <message>
        <source>Score 3</source>
        <translation>Punktzahl 3</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 3 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Dem fokussierten Kriterium (Suche: Ergebnis) den Wert 3 geben und zum nächsten gehen; auf Skalen mit Werten über 9 wählen Ziffern die Punkte nach Position (0 den zehnten)</translation>
    </message>
    <message>
        <source>Score 4</source>
        <translation>Punktzahl 4</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 4 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Dem fokussierten Kriterium (Suche: Ergebnis) den Wert 4 geben und zum nächsten gehen; auf Skalen mit Werten über 9 wählen Ziffern die Punkte nach Position (0 den zehnten)</translation>
    </message>
    <message>
        <source>Score 5</source>
        <translation>Punktzahl 5</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 5 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Dem fokussierten Kriterium (Suche: Ergebnis) den Wert 5 geben und zum nächsten gehen; auf Skalen mit Werten über 9 wählen Ziffern die Punkte nach Position (0 den zehnten)</translation>
    </message>
    <message>
        <source>Score 6</source>
        <translation>Punktzahl 6</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 6 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Dem fokussierten Kriterium (Suche: Ergebnis) den Wert 6 geben und zum nächsten gehen; auf Skalen mit Werten über 9 wählen Ziffern die Punkte nach Position (0 den zehnten)</translation>
    </message>
    <message>
        <source>Score 7</source>
        <translation>Punktzahl 7</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 7 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Dem fokussierten Kriterium (Suche: Ergebnis) den Wert 7 geben und zum nächsten gehen; auf Skalen mit Werten über 9 wählen Ziffern die Punkte nach Position (0 den zehnten)</translation>
    </message>
    <message>
        <source>Score 8</source>
        <translation>Punktzahl 8</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 8 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Dem fokussierten Kriterium (Suche: Ergebnis) den Wert 8 geben und zum nächsten gehen; auf Skalen mit Werten über 9 wählen Ziffern die Punkte nach Position (0 den zehnten)</translation>
    </message>
    <message>
        <source>Score 9</source>
        <translation>Punktzahl 9</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 9 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Dem fokussierten Kriterium (Suche: Ergebnis) den Wert 9 geben und zum nächsten gehen; auf Skalen mit Werten über 9 wählen Ziffern die Punkte nach Position (0 den zehnten)</translation>
    </message>
    <message>
        <source>Score 0</source>
        <translation>Punktzahl 0</translation>
    </message>
    <message>
        <source>Give the focused criterion (search: result) the value 0 and go to the next; on scales with values past 9 digits pick points by position (0 the tenth)</source>
        <translation>Dem fokussierten Kriterium (Suche: Ergebnis) den Wert 0 geben und zum nächsten gehen; auf Skalen mit Werten über 9 wählen Ziffern die Punkte nach Position (0 den zehnten)</translation>
    </message>
    <message>
        <source>Confidence 1</source>
        <translation>Sicherheit 1</translation>
    </message>
    <message>
        <source>How sure you are: 1 (1 is a guess); only when the package asks</source>
        <translation>Wie sicher Sie sind: 1 (1 ist geraten); nur wenn das Paket danach fragt</translation>
    </message>
    <message>
        <source>Confidence 2</source>
        <translation>Sicherheit 2</translation>
    </message>
    <message>
        <source>How sure you are: 2 (1 is a guess); only when the package asks</source>
        <translation>Wie sicher Sie sind: 2 (1 ist geraten); nur wenn das Paket danach fragt</translation>
    </message>
    <message>
        <source>Confidence 3</source>
        <translation>Sicherheit 3</translation>
    </message>
    <message>
        <source>How sure you are: 3 (1 is a guess); only when the package asks</source>
        <translation>Wie sicher Sie sind: 3 (1 ist geraten); nur wenn das Paket danach fragt</translation>
    </message>
    <message>
        <source>Confidence 4</source>
        <translation>Sicherheit 4</translation>
    </message>
    <message>
        <source>How sure you are: 4 (1 is a guess); only when the package asks</source>
        <translation>Wie sicher Sie sind: 4 (1 ist geraten); nur wenn das Paket danach fragt</translation>
    </message>
    <message>
        <source>Confidence 5</source>
        <translation>Sicherheit 5</translation>
    </message>
    <message>
        <source>How sure you are: 5 (1 is a guess); only when the package asks</source>
        <translation>Wie sicher Sie sind: 5 (1 ist geraten); nur wenn das Paket danach fragt</translation>
    </message>
    <message>
        <source>Policy flag 1</source>
        <translation>Richtlinien-Flag 1</translation>
    </message>
    <message>
        <source>Toggle policy flag 1 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Richtlinien-Flag 1 zwischen Ja und Nein umschalten (erster Druck: Ja). Es nimmt die Taste des Pakets, sonst einen freien Buchstaben seines Namens; diese Taste ist der letzte Ausweg, und eine hier gesetzte ersetzt sie</translation>
    </message>
    <message>
        <source>Policy flag 2</source>
        <translation>Richtlinien-Flag 2</translation>
    </message>
    <message>
        <source>Toggle policy flag 2 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Richtlinien-Flag 2 zwischen Ja und Nein umschalten (erster Druck: Ja). Es nimmt die Taste des Pakets, sonst einen freien Buchstaben seines Namens; diese Taste ist der letzte Ausweg, und eine hier gesetzte ersetzt sie</translation>
    </message>
    <message>
        <source>Policy flag 3</source>
        <translation>Richtlinien-Flag 3</translation>
    </message>
    <message>
        <source>Toggle policy flag 3 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Richtlinien-Flag 3 zwischen Ja und Nein umschalten (erster Druck: Ja). Es nimmt die Taste des Pakets, sonst einen freien Buchstaben seines Namens; diese Taste ist der letzte Ausweg, und eine hier gesetzte ersetzt sie</translation>
    </message>
    <message>
        <source>Policy flag 4</source>
        <translation>Richtlinien-Flag 4</translation>
    </message>
    <message>
        <source>Toggle policy flag 4 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Richtlinien-Flag 4 zwischen Ja und Nein umschalten (erster Druck: Ja). Es nimmt die Taste des Pakets, sonst einen freien Buchstaben seines Namens; diese Taste ist der letzte Ausweg, und eine hier gesetzte ersetzt sie</translation>
    </message>
    <message>
        <source>Policy flag 5</source>
        <translation>Richtlinien-Flag 5</translation>
    </message>
    <message>
        <source>Toggle policy flag 5 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Richtlinien-Flag 5 zwischen Ja und Nein umschalten (erster Druck: Ja). Es nimmt die Taste des Pakets, sonst einen freien Buchstaben seines Namens; diese Taste ist der letzte Ausweg, und eine hier gesetzte ersetzt sie</translation>
    </message>
    <message>
        <source>Policy flag 6</source>
        <translation>Richtlinien-Flag 6</translation>
    </message>
    <message>
        <source>Toggle policy flag 6 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Richtlinien-Flag 6 zwischen Ja und Nein umschalten (erster Druck: Ja). Es nimmt die Taste des Pakets, sonst einen freien Buchstaben seines Namens; diese Taste ist der letzte Ausweg, und eine hier gesetzte ersetzt sie</translation>
    </message>
    <message>
        <source>Policy flag 7</source>
        <translation>Richtlinien-Flag 7</translation>
    </message>
    <message>
        <source>Toggle policy flag 7 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Richtlinien-Flag 7 zwischen Ja und Nein umschalten (erster Druck: Ja). Es nimmt die Taste des Pakets, sonst einen freien Buchstaben seines Namens; diese Taste ist der letzte Ausweg, und eine hier gesetzte ersetzt sie</translation>
    </message>
    <message>
        <source>Policy flag 8</source>
        <translation>Richtlinien-Flag 8</translation>
    </message>
    <message>
        <source>Toggle policy flag 8 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Richtlinien-Flag 8 zwischen Ja und Nein umschalten (erster Druck: Ja). Es nimmt die Taste des Pakets, sonst einen freien Buchstaben seines Namens; diese Taste ist der letzte Ausweg, und eine hier gesetzte ersetzt sie</translation>
    </message>
    <message>
        <source>Policy flag 9</source>
        <translation>Richtlinien-Flag 9</translation>
    </message>
    <message>
        <source>Toggle policy flag 9 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Richtlinien-Flag 9 zwischen Ja und Nein umschalten (erster Druck: Ja). Es nimmt die Taste des Pakets, sonst einen freien Buchstaben seines Namens; diese Taste ist der letzte Ausweg, und eine hier gesetzte ersetzt sie</translation>
    </message>
    <message>
        <source>Policy flag 10</source>
        <translation>Richtlinien-Flag 10</translation>
    </message>
    <message>
        <source>Toggle policy flag 10 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Richtlinien-Flag 10 zwischen Ja und Nein umschalten (erster Druck: Ja). Es nimmt die Taste des Pakets, sonst einen freien Buchstaben seines Namens; diese Taste ist der letzte Ausweg, und eine hier gesetzte ersetzt sie</translation>
    </message>
    <message>
        <source>Policy flag 11</source>
        <translation>Richtlinien-Flag 11</translation>
    </message>
    <message>
        <source>Toggle policy flag 11 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Richtlinien-Flag 11 zwischen Ja und Nein umschalten (erster Druck: Ja). Es nimmt die Taste des Pakets, sonst einen freien Buchstaben seines Namens; diese Taste ist der letzte Ausweg, und eine hier gesetzte ersetzt sie</translation>
    </message>
    <message>
        <source>Policy flag 12</source>
        <translation>Richtlinien-Flag 12</translation>
    </message>
    <message>
        <source>Toggle policy flag 12 yes/no (first press: yes). It takes the package&apos;s key, else a free letter of its name; this key is the last resort, and one set here replaces them</source>
        <translation>Richtlinien-Flag 12 zwischen Ja und Nein umschalten (erster Druck: Ja). Es nimmt die Taste des Pakets, sonst einen freien Buchstaben seines Namens; diese Taste ist der letzte Ausweg, und eine hier gesetzte ersetzt sie</translation>
    </message>
    <message>
        <source>Next sentence</source>
        <translation>Nächster Satz</translation>
    </message>
    <message>
        <source>Check the next sentence (its row is lit)</source>
        <translation>Den nächsten Satz prüfen (seine Zeile ist hervorgehoben)</translation>
    </message>
    <message>
        <source>&amp;Check translation</source>
        <translation>Übersetzung &amp;prüfen</translation>
    </message>
    <message>
        <source>Previous sentence</source>
        <translation>Vorheriger Satz</translation>
    </message>
    <message>
        <source>Check the sentence before</source>
        <translation>Den vorherigen Satz prüfen</translation>
    </message>
    <message>
        <source>Source ↔ target</source>
        <translation>Quelle ↔ Ziel</translation>
    </message>
    <message>
        <source>Switch between the target and the source of the row</source>
        <translation>Zwischen Ziel und Quelle der Zeile wechseln</translation>
    </message>
    <message>
        <source>Caret a word right</source>
        <translation>Cursor ein Wort nach rechts</translation>
    </message>
    <message>
        <source>Move the caret to the next word on the right</source>
        <translation>Den Cursor zum nächsten Wort rechts bewegen</translation>
    </message>
    <message>
        <source>Caret a word left</source>
        <translation>Cursor ein Wort nach links</translation>
    </message>
    <message>
        <source>Move the caret to the next word on the left</source>
        <translation>Den Cursor zum nächsten Wort links bewegen</translation>
    </message>
    <message>
        <source>Select a word more (right)</source>
        <translation>Ein Wort mehr auswählen (rechts)</translation>
    </message>
    <message>
        <source>Extend the selection by a word</source>
        <translation>Die Auswahl um ein Wort erweitern</translation>
    </message>
    <message>
        <source>Select a word more (left)</source>
        <translation>Ein Wort mehr auswählen (links)</translation>
    </message>
    <message>
        <source>Select a character more (right)</source>
        <translation>Ein Zeichen mehr auswählen (rechts)</translation>
    </message>
    <message>
        <source>Extend (or shrink) the selection by one character, for a fine fit</source>
        <translation>Die Auswahl um ein Zeichen erweitern (oder verkleinern), für eine genaue Passung</translation>
    </message>
    <message>
        <source>Select a character more (left)</source>
        <translation>Ein Zeichen mehr auswählen (links)</translation>
    </message>
    <message>
        <source>Caret to sentence start</source>
        <translation>Cursor an Satzanfang</translation>
    </message>
    <message>
        <source>Move the caret to the start of the sentence</source>
        <translation>Den Cursor an den Anfang des Satzes bewegen</translation>
    </message>
    <message>
        <source>Caret to sentence end</source>
        <translation>Cursor an Satzende</translation>
    </message>
    <message>
        <source>Move the caret to the end of the sentence</source>
        <translation>Den Cursor an das Ende des Satzes bewegen</translation>
    </message>
    <message>
        <source>Major error</source>
        <translation>Schwerer Fehler</translation>
    </message>
    <message>
        <source>Mark the selection (or the word at the caret) as a major error, then choose its category</source>
        <translation>Die Auswahl (oder das Wort am Cursor) als schweren Fehler markieren, dann seine Kategorie wählen</translation>
    </message>
    <message>
        <source>Minor error</source>
        <translation>Leichter Fehler</translation>
    </message>
    <message>
        <source>Mark the selection (or the word at the caret) as a minor error</source>
        <translation>Die Auswahl (oder das Wort am Cursor) als leichten Fehler markieren</translation>
    </message>
    <message>
        <source>Neutral error</source>
        <translation>Neutraler Fehler</translation>
    </message>
    <message>
        <source>Mark the selection (or the word at the caret) as a neutral error (no cost)</source>
        <translation>Die Auswahl (oder das Wort am Cursor) als neutralen Fehler markieren (ohne Abzug)</translation>
    </message>
    <message>
        <source>Choose category</source>
        <translation>Kategorie wählen</translation>
    </message>
    <message>
        <source>Choose the MQM category of the error at the caret (type-ahead)</source>
        <translation>Die MQM-Kategorie des Fehlers am Cursor wählen (Tippen sucht)</translation>
    </message>
    <message>
        <source>Remove error</source>
        <translation>Fehler entfernen</translation>
    </message>
    <message>
        <source>Remove the errors at the caret or in the selection</source>
        <translation>Die Fehler am Cursor oder in der Auswahl entfernen</translation>
    </message>
    <message>
        <source>Not a translation</source>
        <translation>Keine Übersetzung</translation>
    </message>
    <message>
        <source>Mark (or unmark) the row&apos;s target sentence as no translation at all</source>
        <translation>Den Zielsatz der Zeile als überhaupt keine Übersetzung markieren (oder die Markierung aufheben)</translation>
    </message>
    <message>
        <source>ESA −5</source>
        <translation>ESA −5</translation>
    </message>
    <message>
        <source>Lower the ESA score by 5 (a first step starts from 50)</source>
        <translation>Die ESA-Punktzahl um 5 senken (der erste Schritt beginnt bei 50)</translation>
    </message>
    <message>
        <source>ESA +5</source>
        <translation>ESA +5</translation>
    </message>
    <message>
        <source>Raise the ESA score by 5 (a first step starts from 50)</source>
        <translation>Die ESA-Punktzahl um 5 erhöhen (der erste Schritt beginnt bei 50)</translation>
    </message>
    <message>
        <source>ESA −1</source>
        <translation>ESA −1</translation>
    </message>
    <message>
        <source>Lower the ESA score by 1</source>
        <translation>Die ESA-Punktzahl um 1 senken</translation>
    </message>
    <message>
        <source>ESA +1</source>
        <translation>ESA +1</translation>
    </message>
    <message>
        <source>Raise the ESA score by 1</source>
        <translation>Die ESA-Punktzahl um 1 erhöhen</translation>
    </message>
    <message>
        <source>ESA 0</source>
        <translation>ESA 0</translation>
    </message>
    <message>
        <source>Set the ESA score to 0</source>
        <translation>Die ESA-Punktzahl auf 0 setzen</translation>
    </message>
    <message>
        <source>ESA 10</source>
        <translation>ESA 10</translation>
    </message>
    <message>
        <source>Set the ESA score to 10</source>
        <translation>Die ESA-Punktzahl auf 10 setzen</translation>
    </message>
    <message>
        <source>ESA 20</source>
        <translation>ESA 20</translation>
    </message>
    <message>
        <source>Set the ESA score to 20</source>
        <translation>Die ESA-Punktzahl auf 20 setzen</translation>
    </message>
    <message>
        <source>ESA 30</source>
        <translation>ESA 30</translation>
    </message>
    <message>
        <source>Set the ESA score to 30</source>
        <translation>Die ESA-Punktzahl auf 30 setzen</translation>
    </message>
    <message>
        <source>ESA 40</source>
        <translation>ESA 40</translation>
    </message>
    <message>
        <source>Set the ESA score to 40</source>
        <translation>Die ESA-Punktzahl auf 40 setzen</translation>
    </message>
    <message>
        <source>ESA 50</source>
        <translation>ESA 50</translation>
    </message>
    <message>
        <source>Set the ESA score to 50</source>
        <translation>Die ESA-Punktzahl auf 50 setzen</translation>
    </message>
    <message>
        <source>ESA 60</source>
        <translation>ESA 60</translation>
    </message>
    <message>
        <source>Set the ESA score to 60</source>
        <translation>Die ESA-Punktzahl auf 60 setzen</translation>
    </message>
    <message>
        <source>ESA 70</source>
        <translation>ESA 70</translation>
    </message>
    <message>
        <source>Set the ESA score to 70</source>
        <translation>Die ESA-Punktzahl auf 70 setzen</translation>
    </message>
    <message>
        <source>ESA 80</source>
        <translation>ESA 80</translation>
    </message>
    <message>
        <source>Set the ESA score to 80</source>
        <translation>Die ESA-Punktzahl auf 80 setzen</translation>
    </message>
    <message>
        <source>ESA 90</source>
        <translation>ESA 90</translation>
    </message>
    <message>
        <source>Set the ESA score to 90</source>
        <translation>Die ESA-Punktzahl auf 90 setzen</translation>
    </message>
    <message>
        <source>Check all is given, mark the item done, go to the next</source>
        <translation>Prüfen, ob alles angegeben ist, das Element als fertig markieren, zum nächsten gehen</translation>
    </message>
    <message>
        <source>Check the rewrite is complete (an unchanged response asks to be confirmed), mark it done, go to the next</source>
        <translation>Prüfen, ob die Umschreibung vollständig ist (eine unveränderte Antwort muss bestätigt werden), als fertig markieren, zur nächsten gehen</translation>
    </message>
    <message>
        <source>&amp;Rewrite</source>
        <translation>&amp;Umschreiben</translation>
    </message>
    <message>
        <source>Reset to the original</source>
        <translation>Original wiederherstellen</translation>
    </message>
    <message>
        <source>Put the response back as it was (one step: Ctrl+Z undoes it)</source>
        <translation>Die Antwort wieder so herstellen, wie sie war (ein Schritt: Strg+Z macht ihn rückgängig)</translation>
    </message>
    <message>
        <source>Next edit</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Put the caret at the end of the next edit (its row is lit)</source>
        <translation>Den Cursor ans Ende der nächsten Änderung setzen (ihre Zeile ist hervorgehoben)</translation>
    </message>
    <message>
        <source>Previous edit</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Put the caret at the end of the edit before</source>
        <translation>Den Cursor ans Ende der vorherigen Änderung setzen</translation>
    </message>
    <message>
        <source>Category 1</source>
        <translation>Kategorie 1</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 1</source>
        <translation>Der Änderung am Cursor die Kategorie 1 des Pakets geben</translation>
    </message>
    <message>
        <source>Category 2</source>
        <translation>Kategorie 2</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 2</source>
        <translation>Der Änderung am Cursor die Kategorie 2 des Pakets geben</translation>
    </message>
    <message>
        <source>Category 3</source>
        <translation>Kategorie 3</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 3</source>
        <translation>Der Änderung am Cursor die Kategorie 3 des Pakets geben</translation>
    </message>
    <message>
        <source>Category 4</source>
        <translation>Kategorie 4</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 4</source>
        <translation>Der Änderung am Cursor die Kategorie 4 des Pakets geben</translation>
    </message>
    <message>
        <source>Category 5</source>
        <translation>Kategorie 5</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 5</source>
        <translation>Der Änderung am Cursor die Kategorie 5 des Pakets geben</translation>
    </message>
    <message>
        <source>Category 6</source>
        <translation>Kategorie 6</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 6</source>
        <translation>Der Änderung am Cursor die Kategorie 6 des Pakets geben</translation>
    </message>
    <message>
        <source>Category 7</source>
        <translation>Kategorie 7</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 7</source>
        <translation>Der Änderung am Cursor die Kategorie 7 des Pakets geben</translation>
    </message>
    <message>
        <source>Category 8</source>
        <translation>Kategorie 8</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 8</source>
        <translation>Der Änderung am Cursor die Kategorie 8 des Pakets geben</translation>
    </message>
    <message>
        <source>Category 9</source>
        <translation>Kategorie 9</translation>
    </message>
    <message>
        <source>Tag the edit at the caret with the package&apos;s category 9</source>
        <translation>Der Änderung am Cursor die Kategorie 9 des Pakets geben</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>Take the category off the edit at the caret</source>
        <translation>Die Kategorie von der Änderung am Cursor entfernen</translation>
    </message>
    <message>
        <source>Choose category…</source>
        <translation>Kategorie wählen…</translation>
    </message>
    <message>
        <source>Choose the category of the edit at the caret from the whole list (type to jump, Return takes it)</source>
        <translation>Die Kategorie der Änderung am Cursor aus der ganzen Liste wählen (Tippen springt, Eingabe übernimmt)</translation>
    </message>
    <message>
        <source>Prompt as raw text</source>
        <translation>Prompt als Rohtext</translation>
    </message>
    <message>
        <source>Show the prompt as raw text or rendered Markdown</source>
        <translation>Den Prompt als Rohtext oder formatiertes Markdown zeigen</translation>
    </message>
    <message>
        <source>&amp;Postpone break</source>
        <translation>Pause &amp;verschieben</translation>
    </message>
    <message>
        <source>Postpone the break on screen (once; on the break screen P also works)</source>
        <translation>Die angezeigte Pause verschieben (einmal; auf dem Pausenbildschirm geht auch P)</translation>
    </message>
    <message>
        <source>&amp;Breaks</source>
        <translation>&amp;Pausen</translation>
    </message>
    <message>
        <source>S&amp;kip break</source>
        <translation>Pause ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip the break on screen (on the break screen Esc also works)</source>
        <translation>Die angezeigte Pause überspringen (auf dem Pausenbildschirm geht auch Esc)</translation>
    </message>
    <message>
        <source>&amp;Take a break now</source>
        <translation>&amp;Jetzt Pause machen</translation>
    </message>
    <message>
        <source>Start the next break now</source>
        <translation>Die nächste Pause jetzt beginnen</translation>
    </message>
    <message>
        <source>Your &amp;day (dashboard)</source>
        <translation>Ihr &amp;Tag (Übersicht)</translation>
    </message>
    <message>
        <source>Active time, items, breaks and estimated pay; private to you</source>
        <translation>Aktive Zeit, Elemente, Pausen und geschätzte Vergütung; nur für Sie sichtbar</translation>
    </message>
    <message>
        <source>Break &amp;settings…</source>
        <translation>Pausen&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Break intervals and lengths, daily limit, idle threshold</source>
        <translation>Pausenabstände und -längen, Tageslimit, Leerlaufschwelle</translation>
    </message>
    <message>
        <source>&amp;Next result</source>
        <translation>Nächstes &amp;Ergebnis</translation>
    </message>
    <message>
        <source>Show the next result in the list</source>
        <translation>Das nächste Ergebnis der Liste zeigen</translation>
    </message>
    <message>
        <source>&amp;Previous result</source>
        <translation>Vorheriges Er&amp;gebnis</translation>
    </message>
    <message>
        <source>Show the previous result in the list</source>
        <translation>Das vorherige Ergebnis der Liste zeigen</translation>
    </message>
    <message>
        <source>Choose &amp;list…</source>
        <translation>&amp;Liste wählen…</translation>
    </message>
    <message>
        <source>Open the list filter: all, undecided, rejected, disagreements, gold failures (with a key), …</source>
        <translation>Den Listenfilter öffnen: alle, unentschiedene, abgelehnte, Abweichungen, nicht bestandene Gold-Fragen (mit Lösungsschlüssel), …</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept this result, then go to the next undecided one</source>
        <translation>Dieses Ergebnis annehmen, dann zum nächsten unentschiedenen gehen</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Entscheiden</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Reject with a reason the annotator reads (1–5 chips, text)</source>
        <translation>Mit einem Grund ablehnen, den der Annotator liest (1–5 Bausteine, Text)</translation>
    </message>
    <message>
        <source>&amp;Fix…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <source>Fix: a text by digits 1–9 for the label; an image or audio item by 1–9 for whose result wins; then Enter</source>
        <translation>Korrigieren: einen Text mit den Ziffern 1–9 für das Label; ein Bild- oder Audio-Element mit 1–9 für das Ergebnis, das gilt; dann Eingabe</translation>
    </message>
    <message>
        <source>&amp;Edit the fix in the editor…</source>
        <translation>Korrektur im &amp;Editor bearbeiten…</translation>
    </message>
    <message>
        <source>Fix in the usual editor of the item&apos;s kind, starting from this result; Ctrl+Return uses it as the fix, Esc cancels</source>
        <translation>Im üblichen Editor der Elementart korrigieren, ausgehend von diesem Ergebnis; Strg+Eingabe übernimmt es als Korrektur, Esc bricht ab</translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation>Die letzte Entscheidung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the decision undone last</source>
        <translation>Die zuletzt rückgängig gemachte Entscheidung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Write review bundles</source>
        <translation>Review-Bu&amp;ndles schreiben</translation>
    </message>
    <message>
        <source>Write one review bundle per annotator</source>
        <translation>Ein Review-Bundle je Annotator schreiben</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sc&amp;hließen</translation>
    </message>
    <message>
        <source>Close the review; every decision is already saved</source>
        <translation>Das Review schließen; jede Entscheidung ist bereits gespeichert</translation>
    </message>
    <message>
        <source>Quality &amp;figures…</source>
        <translation>&amp;Qualitätskennzahlen…</translation>
    </message>
    <message>
        <source>Per annotator, agreement and the items to review, as `annotator report` gives them; save the HTML report</source>
        <translation>Je Annotator Übereinstimmung und zu prüfende Elemente, wie `annotator report` sie liefert; den HTML-Bericht speichern</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tasten</translation>
    </message>
    <message>
        <source>Show every key of the review</source>
        <translation>Alle Tasten des Reviews anzeigen</translation>
    </message>
    <message>
        <source>Box editor (images)</source>
        <translation>Rahmen-Editor (Bilder)</translation>
    </message>
    <message>
        <source>Transcription editor (audio)</source>
        <translation>Transkriptions-Editor (Audio)</translation>
    </message>
    <message>
        <source>Sentiment editor (texts)</source>
        <translation>Sentiment-Editor (Texte)</translation>
    </message>
    <message>
        <source>Comparison editor (two or more answers)</source>
        <translation>Vergleichs-Editor (zwei oder mehr Antworten)</translation>
    </message>
    <message>
        <source>Rating editor (rubric and search relevance)</source>
        <translation>Bewertungs-Editor (Rubrik und Suchrelevanz)</translation>
    </message>
    <message>
        <source>Translation check editor (MQM)</source>
        <translation>Übersetzungsprüfungs-Editor (MQM)</translation>
    </message>
    <message>
        <source>Rewrite editor</source>
        <translation>Umschreibungs-Editor</translation>
    </message>
    <message>
        <source>Breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>Ganzes Fenster</translation>
    </message>
</context>
</TS>
